"""Relations stated by titles and appositions: "former Liberal MP Han Dong",
"the Minister of Public Safety, Dominic LeBlanc", "CSIS Director David Vigneault",
"Zhao Wei, a Chinese diplomat", "X is a member of Y".

Why separate from verbs: these facts have no verb. They sit in the words
around a person's name, so the rules read the name's left modifiers, its
apposition, or the predicate of "is/was/became".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..mentions.kin import AIDE_NOUNS
from ..mentions.mention import normalize_name, opens_line, written_within
from ..mentions.unnamed import GROUP_ROLE_NOUNS
from ..vocabulary import lexicon, locales, offices
from ..vocabulary.morph import lemma
from .agents import AGENT_NOUNS, agency_post
from .claims import negated
from .found import Found, pairs, pobj_actors
from .registry import Sentence, family
from .syntax import (
    POSSESSIVES,
    SentenceView,
    appositive_beside,
    misattached_title,
    places_of_portfolio,
    runs_into_name,
)

__all__ = ["title_relations"]

ORG_TYPES = ("Agency", "Committee", "Commission", "Organization", "Government", "Legislature",
             "Media")


def title_relations(view: SentenceView, doc_types: dict[str, list[Mention]]) -> Iterator[Found]:
    """Title and apposition rules for every person mention of the sentence."""
    seen: set[int] = set()
    for mention in view.mentions:
        if mention.type in PART_HOLDERS + ("Media", "Person") and id(mention) not in seen:
            yield from _affiliated(view, mention)
        if mention.type in PART_HOLDERS + ("Media",) and id(mention) not in seen:
            seen.add(id(mention))
            yield from _part_of(view, mention)
            yield from _run_by(view, mention)
        if mention.type in ("State", "Organization") and not mention.group:
            yield from _member_body(view, mention)
        if mention.type != "Person" or id(mention) in seen or "kin_of" in mention.attrs:
            continue  # a family holds no title ('MP Michael Chong and his relatives')
        seen.add(id(mention))
        head = view.sent.doc[mention.end - 1]
        yield from _left_titles(view, mention, doc_types)
        yield from _title_before_comma(view, mention)
        yield from _of_employer(view, mention, head)
        yield from _aide_to(view, mention, head)
        title = misattached_title(head)  # 'the Ambassador of X to Canada, NAME'
        for noun in [title] if title is not None else predicate_nouns(head):
            yield from _role_noun(view, mention, noun, head.i)
            yield from _aide_to(view, mention, noun)  # 'X became a close aide to Y'
        yield from _sole_body_head(view, mention, head, doc_types)
        yield from _speaker_roles(mention)
        yield from _kin(view, mention, head)
    yield from _led_government(view)
    if view.words.isdisjoint(SUBJECT_PRONOUNS):
        return
    for token in view.tokens:  # 'she was elected ... as a member of X': a pronoun subject
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in SUBJECT_PRONOUNS:
            person = view.pronoun(token)
            if person is not None and person.type == "Person" and (
                    token.dep_ == "nsubjpass" or not _describes_object(token.head)):
                for noun in as_nouns(token.head) + copula_roles(token):
                    yield from _role_noun(view, person, noun, token.i)
                    yield from _aide_to(view, person, noun)
                yield from _kin(view, person, token)


SUBJECT_PRONOUNS = ("he", "she", "i")
"""A pronoun subject whose roles the titles read ('she was elected ... as a member of X')."""


SOLE_BODY_TITLES = {"commissioner": "Commission", "chair": "Committee",
                    "chairperson": "Committee", "chairman": "Committee"}


def _sole_body_head(view: SentenceView, person: Mention, head: Any,
                    doc_types: dict[str, list[Mention]]) -> Iterator[Found]:
    """'Marie-Josée Hogue, Commissioner' / 'with Hogue as commissioner': a bare head title
    (no body beside it) heads the one commission (committee) the document names."""
    nouns = [c for c in head.children if c.dep_ == "appos"]
    nouns += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "as"
              for o in p.children if o.dep_ == "pobj"]
    for noun in nouns:
        kind = SOLE_BODY_TITLES.get(noun.lower_)
        bodies = doc_types.get(kind, []) if kind else []
        others = [m for m in view.at.values() if m.type in ("Agency", "Committee",
                  "Commission") and bodies and m.key != bodies[0].key]
        if len(bodies) == 1 and not others and not any(  # '(Commissioner, RCMP)' is the RCMP's
                c.dep_ in ("prep", "compound", "poss") for c in noun.children):
            yield from pairs([person], bodies, "HEADS", "title:sole-body", head.i)


EMPLOYERS = ("Media", "Agency", "Organization")
AGAINST_NOUNS = lexicon.words("against_nouns")
RIDING_HOLDERS = {"mp", "mps", "member", "candidate", "mla", "mpp", "representative"}


def _aide_to(view: SentenceView, person: Mention, head: Any) -> Iterator[Found]:
    """'an aide to X', 'the assistant of X' (unnamed, or hung on the name): the aide works
    for X."""
    if head.lower_ not in AIDE_NOUNS:
        return
    preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ in ("to", "of")]
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is not None and after.lower_ == "to" and after.dep_ == "prep" \
            and after.head.i == head.head.i:
        preps.append(after)  # 'arrested an aide to X': the parser hangs 'to X' on the verb
    bosses = [m for p in preps for m in pobj_actors(view, p) if m.type == "Person"]
    yield from pairs([person], bosses, "WORKS_FOR", "aide:to", head.i)


def _of_employer(view: SentenceView, person: Mention, head: Any) -> Iterator[Found]:
    """'Sam Cooper of Global News', 'Robert Fife and Steven Chase of The Globe and Mail':
    a person 'of' an outlet or agency works for it (the 'of' may hang on the last name)."""
    own_of = any(p.dep_ == "prep" and p.lower_ in ("of", "at") for p in head.children)
    holders = [head] + [c for c in head.children if c.lower_ in lexicon.NAME_SUFFIXES] \
        + [c for c in head.conjuncts if c.i > head.i and c.pos_ == "PROPN" and not own_of
           and c.i in view.at and view.at[c.i].type == "Person"]  # not 'X and director of
    # Y', someone else's title, nor 'X, the Ministry of Defense, ...', a list of bodies,
    # nor 'X of the P party and Y of the Q', where each has their own
    for holder in holders:
        if holder.lower_ in AGAINST_NOUNS:
            continue  # 'critics of the CCP' are no members of it
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "at") \
                    or prep.lower_ == "at" and (holder is not head
                                                or not _named_with_workplace(holder)):
                continue
            objects = [obj for obj in prep.children if obj.dep_ == "pobj"]
            orgs = [m for obj in objects for m in view.actors(obj, owner=False)] or [
                m for obj in objects for c in obj.subtree if c.dep_ == "poss" and c.i < obj.i
                for m in view.actors(c, owner=False)]  # "of the AFP's Special division"
            yield from pairs([person], [o for o in orgs if o.type in EMPLOYERS], "WORKS_FOR",
                             "of:employer", head.i)
            yield from pairs([person], [o for o in orgs if o.type == "Party"], "MEMBER_OF",
                             "of:party", head.i)


def _named_with_workplace(name: Any) -> bool:
    """'Jane Roe at the X Institute said', 'sanctions on A, B at the X Institute and C': a
    name 'at' a body, where the name is the clause's subject or one of a list, says where
    the person works; after a verb's object the 'at' says where it happened ('arrested X
    at the embassy')."""
    return name.dep_ in ("nsubj", "nsubjpass", "appos") or name.dep_ == "conj" \
        and name.head.dep_ != "dobj" or name.dep_ == "pobj" and name.head.lower_ == "including"


PART_HOLDERS = ("Agency", "Committee", "Organization", "Commission")
PART_NOUNS = {"organ", "arm", "branch", "division", "unit", "part", "agency", "department",
              "wing", "body", "office", "bureau", "subsidiary", "component", "directorate",
              "secretariat", "service", "ministry"}


NOT_PART_WORDS = {"successor", "predecessor", "rival", "counterpart", "sister", "former"}
"""Words that make a body described by another's noun not its part."""


def _part_of(view: SentenceView, org: Mention) -> Iterator[Found]:
    """'The UFWD, an organ of the Chinese Communist Party' / 'the MSS, China's intelligence
    agency' / 'the UFWD, the Communist Party agency that ...': a body described as a part
    of another is PART_OF it (the apposition may hang on its acronym '(UFWD)'); a noun that
    names a body itself ('MI5 is the Security Service') says who it is, not whose part."""
    doc = view.sent.doc
    heads = [doc[org.end - 1]]
    if org.end - org.start >= 2 and doc[org.end - 1].like_num:
        heads.append(doc[org.end - 2])  # 'Centre 16 is a unit within the FSB'
    if org.end + 2 < len(doc) and doc[org.end].text == "(":
        heads.append(doc[org.end + 1])
    nouns = [n for head in heads for n in _described_by(head)]  # also 'X is a bureau of Y'
    last = doc[org.end - 1]
    if last.dep_ == "appos" and last.head.i < org.start and last.head.pos_ == "NOUN" \
            and not any(c.lower_ in NOT_PART_WORDS for c in last.head.children):
        nouns.append(last.head)  # "East Germany's secret service, the Stasi": described first
        # (not "the KGB's successor agency, the FSB")
    if org.end + 1 < len(doc) and doc[org.end].text == ",":  # ', a bureau within X' the
        nouns += [t for t in doc[org.end + 1:org.end + 5]  # parser hung on another noun
                  if t.dep_ == "appos" and t.head.i < org.start]
    for noun in (n for n in nouns if n.lower_ in PART_NOUNS and n.i not in view.at):
        wholes = [m for prep in noun.children if prep.dep_ == "prep"
                  and prep.lower_ in ("of", "within", "under")
                  for obj in prep.children if obj.dep_ == "pobj"
                  for m in view.actors(obj, owner=False)]
        wholes += [view.at[c.i] for c in noun.children  # "China's intelligence agency"
                   if c.dep_ in ("poss", "compound", "nmod") and c.i in view.at]
        yield from pairs([org], [w for w in wholes if w.type != "Person"], "PART_OF",
                         "appos:part", noun.i)


def _member_body(view: SentenceView, member: Mention) -> Iterator[Found]:
    """'Northland, a member of the Harbour Pact', 'Southland is a member of the union': a state or
    body described as a member of an organisation is part of it (as a union's member
    states are; the model keeps MEMBER_OF for people)."""
    for noun in _described_by(view.sent.doc[member.end - 1]):
        if noun.lower_ != "member" or noun.i in view.at:
            continue
        bodies = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for m in pobj_actors(view, prep) if m.type == "Organization"]
        yield from pairs([member], bodies, "PART_OF", "appos:member", noun.i)


def _led_government(view: SentenceView) -> Iterator[Found]:
    """'the government of Justin Trudeau': its head (a known Canadian leader only)."""
    for noun, government in ((view.sent.doc[i], m) for i, m in view.at.items()
                             if m.type == "Government" and view.sent.doc[i].lower_ == "government"):
        leaders = [m for c in noun.children if c.dep_ == "poss" and c.i in view.at
                   for m in [view.at[c.i]]]
        leaders += [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                    for m in pobj_actors(view, p)]
        home = [m for m in leaders if m.type == "Person" and _home_leader(m)]
        yield from pairs(home, [government], "HEADS", "government-of", noun.i)


def _home_leader(person: Mention) -> bool:
    """A known Canadian leader: 'the government' is read as Ottawa's, so a foreign or
    unknown person's 'government of X' must not make X head of it."""
    entry = person.attrs.get("entry")
    return entry is not None and entry.country == locales.home_state() and \
        bool({"PrimeMinister", "Premier", "Leader"} & set(entry.roles))


RUNNING = {"run": "HEADS", "led": "HEADS", "headed": "HEADS", "operated": "HEADS",
           "founded": "RELATED_TO", "owned": "RELATED_TO", "created": "RELATED_TO",
           "co-founded": "RELATED_TO", "established": "RELATED_TO", "controlled": "HEADS"}


def _run_by(view: SentenceView, org: Mention) -> Iterator[Found]:
    """'Tenet Media, a company run by X and Y' / 'founded by X': the people behind it."""
    head = view.sent.doc[org.end - 1]
    for noun in (c for c in head.children if c.dep_ == "appos"):
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.lower_ in RUNNING):
            people = [m for a in acl.children if a.dep_ == "agent" for o in a.children
                      if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
            yield from pairs([p for p in people if p.type == "Person"], [org],
                             RUNNING[acl.lower_], "appos:run-by", acl.i)


AFFILIATING = {"affiliated": "with", "associated": "with", "linked": "to", "tied": "to",
               "connected": "to", "aligned": "with"}
"""'APT31, a group affiliated with the Chinese state', 'X, a businessman linked to the
United Front': the participle and the preposition that names the other side."""


def _affiliated(view: SentenceView, actor: Mention) -> Iterator[Found]:
    """An apposition describing an actor as affiliated with, linked or tied to another."""
    head = view.sent.doc[actor.end - 1]
    for noun in _described_by(head):
        for acl in (c for c in noun.children if c.dep_ in ("acl", "amod")
                    and c.lower_ in AFFILIATING):
            others = [m for p in acl.children if p.dep_ == "prep"
                      and p.lower_ == AFFILIATING[acl.lower_] for m in pobj_actors(view, p)]
            yield from pairs([actor], [o for o in others if o.key != actor.key],
                             "AFFILIATED_WITH", f"appos:{acl.lower_}", acl.i)


def _described_by(head: Any) -> list[Any]:
    """The nouns that say what an actor is: its appositions ('APT31, a group ...') and, as
    the subject of 'be', its predicate ('APT31 is a group ...')."""
    nouns = [c for c in head.children if c.dep_ == "appos" and appositive_beside(c)]
    doc = head.doc
    if not nouns and head.i + 3 < len(doc) and doc[head.i + 1].text == "," \
            and doc[head.i + 2].lower_ in ("a", "an") and doc[head.i + 2].head.i > head.i \
            and doc[head.i + 2].head.pos_ == "NOUN":  # 'attributed it to APT40, a group
        nouns.append(doc[head.i + 2].head)  # linked to X': the parser took it for an object
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        predicates = [c for c in head.head.children if c.dep_ == "attr"]
        if predicates and not negated(head.head):  # not 'is not a group'
            nouns += predicates
    return nouns


def _left_titles(view: SentenceView, person: Mention, doc_types: dict[str, list[Mention]]
                 ) -> Iterator[Found]:
    """Words just before the name: 'former Liberal MP', 'RCMP Commissioner', 'Chinese diplomat'."""
    doc = view.sent.doc
    words: list[Any] = []
    i = person.start - 2 if _title_then_comma(doc, person) else \
        _before_remit(view, person.start - 1)
    first = _first_listed(view, person)
    if first is not None:  # 'Harbour Party MPs Jane Roe, John Roe and Mark Stone': the
        i = first.start - 1  # title before the list is each one's
    if _seat_title_after_comma(view, person):  # 'the Chairman of the Foreign Affairs
        words, i = [doc[person.start - 1]], person.start - 3  # Committee, MP X'
    while i >= view.sent.start and len(words) < 6:
        token = doc[i]
        if token.lower_ in ("of", "for", "the") and i - 1 >= view.sent.start and words \
                and (words[-1].i in view.at or all(w.is_title for w in words)) \
                and (doc[i - 1].lower_ in lexicon.TITLE_WORDS or (
                    token.lower_ == "the" and doc[i - 1].lower_ in ("of", "for"))):
            i -= 1  # 'Minister of Foreign Affairs Mélanie Joly', 'Secretary of the Treasury
            continue  # Janet Yellen': the title spans the 'of' (and its 'the'), whether or
            # not its portfolio was found as a body
        if token.text == ")" and i - 2 >= view.sent.start and doc[i - 2].text == "(" \
                and i - 1 in view.at:
            i -= 3  # 'Harbour Security Service (HSS) Director General X': the body's
            continue  # acronym in brackets between the body and the title
        if token.is_punct and token.text not in ("-", "’s", "'s") \
                or token.pos_ in ("VERB", "ADP", "PRON", "SCONJ"):
            break  # ('the former politician that ASIO Chief X referenced': not X's 'former')
        if token.pos_ == "DET" and token.i not in view.at or token.pos_ == "CCONJ" and not words:
            break  # ('X of the Harbour party and Anne Lee': 'and' right before the name
            # joins her to X; no word before it is her title)
        words.append(token)
        i -= 1
    words.reverse()
    titles = [t.lower_ for t in words if t.i not in view.at]
    if not titles:
        return
    yield from _speaker_of(person, [w.lower_ for w in words], doc_types)
    for t in titles:
        role = lexicon.TITLE_ROLES.get(t)
        if role:
            person.roles.add(role)
    orgs = _unique([view.at[t.i] for t in words if t.i in view.at and view.at[t.i] is not person])
    former = "former" in titles or "ex" in titles
    anchor = words[-1].i if words else person.start
    party_led = any(o.type == "Party" for o in orgs) and bool(set(titles) & lexicon.HEAD_TITLES)
    for org in orgs:
        if party_led and org.type == "Legislature":  # 'Welsh Conservative Senedd leader X'
            kind = "FORMER_MEMBER_OF" if former else "MEMBER_OF"  # leads the party's group
            yield from pairs([person], [org], kind, "title:group-leader", anchor)  # there
            continue
        own = [t for t in titles if t not in lexicon.HEAD_TITLES] \
            if _title_before_party(doc, words, org) else titles
        yield from _titled(person, own, [org], former, "title", anchor)
    if not orgs:
        yield from _titled(person, titles, [], former, "title", anchor)
        abroad = any(w.ent_type_ in ("NORP", "GPE") for w in words)  # 'Russian Foreign
        yield from _portfolio(person, titles, doc_types, person.start, abroad)  # Minister X'


def _title_before_party(doc: Any, words: list[Any], org: Mention) -> bool:
    """'The Chair Liberal Ken Hardie' (a committee's label line): a head title written
    before the party, not through 'of' ('Chair of the Liberal Party X'), is the person's
    post elsewhere; the party is only theirs ('Liberal leader X' heads it)."""
    if org.type != "Party":
        return False
    before = [w for w in words if w.i < org.start and w.lower_ in lexicon.HEAD_TITLES]
    return bool(before) and not any(t.lower_ in ("of", "for", "the")
                                    for t in doc[before[-1].i + 1:org.start]) and not any(
        w.i >= org.end and w.lower_ in lexicon.HEAD_TITLES for w in words)


def _seat_title_after_comma(view: SentenceView, person: Mention) -> bool:
    """'the Chairman of the Foreign Affairs Committee, MP Jane Roe': a seat's short title
    before the name, a comma, and a body that ends a title phrase before it."""
    doc, k = view.sent.doc, person.start
    if k - 3 < view.sent.start or doc[k - 1].lower_ not in RIDING_HOLDERS \
            or doc[k - 2].text != "," or k - 3 not in view.at \
            or view.at[k - 3].type not in ("Committee", "Commission", "Agency", "Party"):
        return False
    before = [t.lower_ for t in doc[max(view.sent.start, view.at[k - 3].start - 3):
                                    view.at[k - 3].start]]  # ('met the Harbour Committee,
    return "of" in before and bool(set(before) & lexicon.HEAD_TITLES)  # MP X and others')


def _title_then_comma(doc: Any, person: Mention) -> bool:
    """'The Minister for Foreign Affairs, Maria Lindqvist, said': a title before a comma,
    the name in apposition to it (as releases name their ministers)."""
    root = doc[person.start:person.end].root
    return person.start > 1 and doc[person.start - 1].text == "," and root.dep_ == "appos" \
        and root.head.i < person.start and root.head.lower_ in lexicon.TITLE_WORDS


def _first_listed(view: SentenceView, person: Mention) -> Mention | None:
    """The first person of a list `person` is a later item of, when a plural title stands
    right before that first name ('Democratic Progressive Party legislators A, B and C')."""
    doc = view.sent.doc
    first = doc[person.end - 1]
    for _ in range(12):  # (the parser makes the second name an apposition of the first)
        if first.dep_ not in ("conj", "appos") or first.head.i == first.i \
                or first.head.i not in view.at or view.at[first.head.i].type != "Person":
            break
        first = first.head
    head = view.at.get(first.i)
    if head is None or head is person or head.start - 1 < view.sent.start:
        return None
    title = doc[head.start - 1]
    plural = title.tag_ in ("NNS", "NNPS") or title.lower_ in lexicon.TITLE_WORDS \
        and title.lower_.endswith("s")  # ('MPs', which the model may tag as a name)
    return head if plural else None


def _before_remit(view: SentenceView, i: int) -> int:
    """Where the title words left of a name end, past a capitalised remit after 'for':
    'Under Secretary of the Treasury for Terrorism and Financial Intelligence Bradley Smith'
    holds the Treasury title; the remit names no body. Returns `i` when there is none."""
    doc, j = view.sent.doc, i
    while j > view.sent.start and i - j < 6 and j not in view.at and (
            doc[j].is_title or doc[j].lower_ in ("and", "&")) \
            and doc[j].lower_ not in lexicon.TITLE_WORDS:
        j -= 1
    if j < i and doc[j].lower_ in lexicon.TITLE_WORDS \
            and any(t.lower_ in lexicon.FIELD_OF_WORK_WORDS for t in doc[j + 1:i + 1]):
        return j  # 'Assistant Commissioner Counter Terrorism and Special Investigations X':
        # the field names no body either
    if j == i or doc[j].lower_ != "for" or not doc[j + 1].is_title or j - 1 < view.sent.start:
        return i
    before = doc[j - 1]
    if before.lower_ in PORTFOLIO_TITLES:
        return i  # 'Minister for Home Affairs X': the remit is the minister's portfolio
    return j - 1 if before.i in view.at or before.lower_ in lexicon.TITLE_WORDS else i


PORTFOLIO_TITLES = {"minister"}


COURTESY_WORDS = lexicon.HONORIFICS | {"dame", "lord", "lady", "professor"}
"""Words between a comma and a name ('..., the Rt Hon. Sir Julian Lewis')."""


def _title_before_comma(view: SentenceView, person: Mention) -> Iterator[Found]:
    """'our witnesses, director of the FBI, Jim Comey and ...': a title of a body, then a
    comma, then the name holds that title there (the parser often makes the name a
    conjunct of the title, not its apposition)."""
    doc, i = view.sent.doc, person.start - 1
    while i > view.sent.start and (doc[i].lower_ in COURTESY_WORDS or doc[i].text == "."):
        i -= 1  # 'the Chairman of the ISC, the Rt Hon. Sir Julian Lewis MP'
    if i - 3 < view.sent.start or doc[i].text != "," or doc[i - 1].i not in view.at:
        return
    body = view.at[doc[i - 1].i]
    j = body.start - 1
    if j >= view.sent.start and doc[j].lower_ == "the":
        j -= 1
    if j - 1 < view.sent.start or doc[j].lower_ != "of" or body.type == "Person":
        return
    title = doc[j - 1].lower_
    if title in lexicon.TITLE_WORDS:
        former = j - 2 >= view.sent.start and doc[j - 2].lower_ in ("former", "ex")
        yield from _titled(person, [title], [body], former, "title-comma", doc[j - 1].i)


def _speaker_of(person: Mention, titles: list[str], doc_types: dict[str, list[Mention]]
                ) -> Iterator[Found]:
    """'Speaker Greg Fergus': in a Canadian text the Speaker presides over the House of
    Commons ('Senate Speaker X' over the Senate); a deputy or former one does not now."""
    if not titles or titles[-1] != "speaker" or {"deputy", "former", "ex", "acting"} & set(titles):
        return
    house = "Senate of Canada" if "senate" in titles else "House of Commons"
    targets = [m for m in doc_types.get("Legislature", []) if m.name == house]
    yield from pairs([person], targets[:1], "HEADS", "title:speaker", person.start)


PLURAL_HEADS = {"leaders", "co-leaders", "chairs", "co-chairs", "heads", "presidents"}
"""'AfD parliamentary leaders Alice Weidel and Tino Chrupalla': each heads the party."""
STATE_HEAD_TITLES = lexicon.words("state_head_titles")
"""Titles whose holder heads the state they are of ('the leader of Belarus')."""
FUNCTIONAL_TITLE_WORDS = lexicon.words("functional_title_words")
"""'marketing director of X': a post inside the body, not its head."""
NOT_HEADING_WORDS = lexicon.SUBORDINATE_TITLE_WORDS | FUNCTIONAL_TITLE_WORDS
"""Words that make a head title someone else's ('deputy director', 'marketing director')."""
STAFF_NOUNS = {"officer", "employee", "analyst", "investigator", "officers", "employees"}


LATER_TITLE_WORDS = {"future", "later"}
"""'the future president', 'later prime minister': a title the person did not hold then."""


def _titled(person: Mention, titles: list[str], orgs: list[Mention], former: bool, rule: str,
            anchor: int) -> Iterator[Found]:
    """Turn title words plus the organisations beside them into relations."""
    title_set = set(titles) | {_singular(t) for t in titles if t in PLURAL_HEADS}
    if title_set & LATER_TITLE_WORDS:
        return  # 'future president of South Korea Kim Dae-jung': a post held only later
    if title_set & lexicon.SHADOW_TITLE_WORDS:
        return  # 'the Shadow Home Affairs Minister' speaks for the opposition on the
        # portfolio: no minister of its department, no member of the government
    heads = lexicon.HEAD_TITLES | STATE_HEAD_TITLES
    subordinate = bool(title_set & NOT_HEADING_WORDS and title_set & heads)
    if subordinate:  # 'Assistant Director of the FBI' works there, heads nothing; 'the
        title_set -= heads  # former vice chancellor of Austria' never headed it
    for org in orgs:
        if org.type == "Legislature" and subordinate and title_set & {"majority", "minority"}:
            kind = "FORMER_MEMBER_OF" if former else "MEMBER_OF"  # 'Senate Majority Leader X'
            yield from pairs([person], [org], kind, f"{rule}:house-leader", anchor)  # leads a
            # side of the house, sitting in it
        elif org.type == "Party" and title_set & lexicon.HEAD_TITLES:
            kind = "FORMERLY_HEADED" if former else "HEADS"  # 'former leader of Reform UK'
            yield from pairs([person], [org], kind, f"{rule}:party-head", anchor)
        elif org.type == "Party":
            kind = "FORMER_MEMBER_OF" if former else "MEMBER_OF"
            yield from pairs([person], [org], kind, f"{rule}:party", anchor)
        elif org.type == "State" and title_set & AGENT_NOUNS:
            continue  # 'an agent of China', 'a spy for Russia': an allegation (`agents`
            # reads it, alleged), never a stated employment
        elif org.type == "State" and title_set & (lexicon.DIPLOMAT_NOUNS | {"commissioner"}):
            if not former:  # 'the former ambassador of China' no longer works for it
                yield from pairs([person], [org], "WORKS_FOR", f"{rule}:diplomat", anchor)
        elif org.type == "State" and (title_set & STATE_HEAD_TITLES or {"prime", "minister"}
                                      <= title_set and not title_set & NOT_HEADING_WORDS) \
                and not _own_government_apart(org):  # (a deputy prime minister heads none)
            kind = "FORMERLY_HEADED" if former else "HEADS"  # 'the leader of Belarus, X',
            # 'X, President of Russia', 'former President of Ukraine X'
            yield from pairs([person], [org], kind, f"{rule}:state-head", anchor)
        elif org.type == "State" and "minister" in title_set \
                and not _own_government_apart(org):  # 'Amit Shah, India's home minister'
            yield from pairs([person], [org], "MINISTER_OF", f"{rule}:state-minister", anchor)
        elif org.type in ORG_TYPES and "minister" in title_set and "deputy" in title_set \
                and "prime" not in title_set:  # a deputy minister is the department's official
            yield from pairs([person], [org], "WORKS_FOR", f"{rule}:deputy-minister", anchor)
        elif org.type in ORG_TYPES and "minister" in title_set:
            yield from pairs([person], [org], "MINISTER_OF", f"{rule}:minister", anchor)
        elif org.type in ORG_TYPES + ("Party",) and title_set & lexicon.HEAD_TITLES:
            kind = "HEADS" if not former else "FORMERLY_HEADED"  # 'former director of X'
            yield from pairs([person], [org], kind, f"{rule}:head", anchor)
        elif org.type in ORG_TYPES and title_set & {"member", "members"}:
            kind = "FORMER_MEMBER_OF" if former else "MEMBER_OF" if org.type != "Agency" \
                else "WORKS_FOR"  # a ministry or a police force has staff, not members
            yield from pairs([person], [org], kind, f"{rule}:member", anchor)
        elif org.type in ORG_TYPES and (subordinate or title_set & (
                set(lexicon.TITLE_ROLES) | STAFF_NOUNS | lexicon.WORK_ROLE_NOUNS)):
            kind = "FORMER_MEMBER_OF" if former else "WORKS_FOR"  # 'a former RCMP officer'
            yield from pairs([person], [org], kind, f"{rule}:works", anchor)


def _own_government_apart(state: Mention) -> bool:
    """Canada's own head of government heads the Government of Canada, an actor of its
    own (the model's convention), not the State."""
    here = locales.current()
    return here is not None and here.state == state.name and here.government_type != "State"


def _portfolio(person: Mention, titles: list[str], doc_types: dict[str, list[Mention]],
               anchor: int, abroad: bool = False) -> Iterator[Found]:
    """'Commissioner Hogue' in a text that names her commission: she heads it."""
    entry = person.attrs.get("entry")
    if entry is not None and entry.country and {"Diplomat", "Ambassador", "Consul"} & \
            set(entry.roles) and set(titles) & (lexicon.DIPLOMAT_NOUNS | {"commissioner"}):
        states = [m for m in doc_types.get("State", []) if m.name == entry.country]
        yield from pairs([person], states, "WORKS_FOR", "title:country", anchor)
    held = [t for i, t in enumerate(titles)
            if t in ("minister", "commissioner", "director", "chair")
            and (i == 0 or titles[i - 1] != "high")]
    if not held or lexicon.SHADOW_TITLE_WORDS & set(titles):
        return
    named = {m.name: m for ms in doc_types.values() for m in ms}
    targets = [named[p] for p in getattr(entry, "portfolio", []) if p in named]
    if not targets and held[-1] == "commissioner" and len(doc_types.get("Commission", [])) == 1:
        targets = doc_types["Commission"]
    if not targets and held[-1] == "minister":
        targets = _named_ministry(titles, doc_types.get("Agency", [])) \
            or ([] if abroad or _known_abroad(person) else _home_state_named(titles, doc_types))
    kind = "MINISTER_OF" if held[-1] == "minister" else "HEADS"
    yield from pairs([person], targets, kind, "title:portfolio", anchor)


def _known_abroad(person: Mention) -> bool:
    """A person the gazetteer knows as another country's ('Foreign Minister Wang Yi' in a
    British text is China's, not the text's own minister)."""
    entry = person.attrs.get("entry")
    here = locales.current()
    return entry is not None and bool(entry.country) and here is not None \
        and entry.country != here.state


def _home_state_named(titles: list[str], doc_types: dict[str, list[Mention]]
                      ) -> list[Mention]:
    """'Foreign Minister Nanaia Mahuta' in a New Zealand text naming New Zealand: a
    minister of the text's own state (not where the government is an actor apart, as
    Canada's; not a prime minister, who heads it)."""
    here = locales.current()
    if here is None or here.government_type != "State" or "prime" in titles:
        return []
    return [m for m in doc_types.get("State", []) if m.name == here.state][:1]


MINISTRY_HEADS = ("ministry", "department")
PORTFOLIO_FILLER = {"of", "for", "the", "and", "&"}


def _named_ministry(titles: list[str], agencies: list[Mention]) -> list[Mention]:
    """'Minister of Foreign Affairs X', 'Defence Minister X' in a text that names the
    'Ministry of Foreign Affairs' (of whatever country): the one ministry whose subject
    words hold the title's is the minister's."""
    words = {w for w in titles if w not in PORTFOLIO_FILLER and w != "minister"
             and w not in lexicon.TITLE_WORDS}
    if not words:
        return []
    found = []
    for m in agencies:
        name = normalize_name(m.name).split()
        if len(name) > 1 and name[-1] in MINISTRY_HEADS:  # 'the Foreign Ministry': its
            if words == {w for w in name[:-1] if w not in PORTFOLIO_FILLER}:  # words all
                found.append(m)  # the title's ('Russian Foreign Ministry' is no Foreign
            continue  # Minister X's)
        if not name or name[0] not in MINISTRY_HEADS:
            continue
        subject = name[1:]
        if "of" in subject[1:]:  # 'Ministry of Foreign Affairs of Lithuania': the country
            subject = subject[:subject.index("of", 1)]  # is no part of the portfolio
        if words <= {w for w in subject if w not in PORTFOLIO_FILLER}:
            found.append(m)
    return found if len({m.key for m in found}) == 1 else []


def predicate_nouns(head: Any) -> list[Any]:
    """Nouns that describe the person: apposition either way, or 'is/was/became a ...'.
    Read once per token and document (the title rules ask of every person's head)."""
    cache = head.doc.user_data.setdefault("figraph_predicate_nouns", {})
    if head.i not in cache:
        cache[head.i] = _predicate_nouns(head)
    return list(cache[head.i])


def _nearest_conjunct(noun: Any, before: int) -> Any:
    """'became police clerks and his late wife, Y, was ...': the parser may hang a name on
    the first of coordinated nouns; it stands by the nearest one before it."""
    return max((c for c in (noun, *noun.conjuncts) if c.i < before), key=lambda c: c.i)


def _predicate_nouns(head: Any) -> list[Any]:
    nouns = [c for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
             and not (c.i > head.i and runs_into_name(c))]
    # 'X and Y, the two co-chairs of Z': a plural apposition on either conjunct is both's
    nouns += [c for other in head.conjuncts for c in other.children if c.dep_ == "appos"
              and c.tag_ == "NNS" and c.i > head.i]
    # 'X, a resident of Y and a former member of Z': every coordinated apposition
    nouns += [c for n in list(nouns) for c in n.conjuncts if c.i > n.i]
    if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(_nearest_conjunct(head.head, head.i))
        # 'my colleague, the Minister of X, Y': both appositions describe one person
        nouns += [c for c in head.head.children if c.dep_ == "appos" and c.i != head.i
                  and c.i < head.i and c.pos_ in ("NOUN", "PROPN")]
    # 'His father, John O'Toole, was a member of Y': the apposition's subject is described
    subject = head.head if head.dep_ == "appos" and head.head.dep_ == "nsubj" and \
        head.head.pos_ == "NOUN" else head
    if (subject.dep_ == "nsubj" and subject.head.lemma_ in ("be", "become") or
            subject.dep_ == "nsubj" and subject.head.lower_ in ("is", "was", "became", "becomes",
                                                              "remains", "served", "serves")) \
            and not negated(subject.head):
        for child in subject.head.children:
            if child.dep_ == "attr":  # 'X is a businessman and former member of Y'
                nouns += [child, *(c for c in child.conjuncts if c.i > child.i)]
                nouns += [a for a in child.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
                # ('X was a civil servant, diplomat and Labour Party politician': the
                # parser makes the last of the listed nouns an apposition of the first)
                # 'X is a politician who has represented ... as a member of Y', 'X is a
                # jurist, employed as a judge in Y'
                for clause in child.children:
                    if clause.dep_ == "relcl" or clause.dep_ == "acl" and clause.tag_ == "VBN":
                        nouns += as_nouns(clause)
    if head.dep_ == "nsubjpass" or head.dep_ == "nsubj" and not _describes_object(head.head):
        nouns += as_nouns(head.head)
    # 'X, a former oligarch who was leader of Y', 'X, who served as chair of Y'
    for owner in [head] + [n for n in nouns if n.dep_ == "appos"]:
        for clause in owner.children:
            if clause.dep_ == "relcl" and not negated(clause) and any(
                    c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
                if clause.lemma_ in ("be", "become"):
                    nouns += [c for c in clause.children if c.dep_ == "attr"]
                nouns += as_nouns(clause)
    for participle in head.children:  # 'The man, identified as an agent of X, was ...'
        if participle.dep_ == "acl" and participle.tag_ == "VBN" and not negated(participle):
            nouns += as_nouns(participle)
    if head.dep_ in ("nsubjpass", "dobj") and _names_someone(head.head):
        # 'X was appointed chair of Y', 'Z named X leader of Y': the office X is given
        nouns += [c for c in head.head.children if c.dep_ in ("oprd", "attr")]
    return _role_nouns(nouns)


def copula_roles(subject: Any) -> list[Any]:
    """'I am the president of X', 'she is a member of Y', 'he became an aide to Z': the role
    a pronoun is said to hold (a named subject's are read by `predicate_nouns`); 'he was
    elected president of X' too."""
    verb = subject.head
    if subject.dep_ == "nsubjpass" and _names_someone(verb) and not negated(verb):
        return _role_nouns([c for c in verb.children if c.dep_ in ("oprd", "attr")])
    if subject.dep_ != "nsubj" or negated(verb) or not (
            verb.lemma_ == "be" or verb.lower_ in ("became", "becomes", "become")):
        return []
    return _role_nouns([c for c in verb.children if c.dep_ == "attr"])


def _names_someone(verb: Any) -> bool:
    """'Trudeau appointed Johnston as rapporteur': the 'as' role is the object's."""
    return lexicon.VERB_RELATIONS.get(lemma(verb.text)) == "APPOINTED" or lemma(verb.text) in (
        "elect", "choose", "select", "hire", "designate", "install", "confirm")


OBJECT_AS_VERBS = lexicon.words("object_as_verbs")


def _describes_object(verb: Any) -> bool:
    """'arrested a Russian citizen ... as a suspected FSB agent': the 'as' is the object's,
    as after a verb naming someone; the subject holds no such role."""
    return _names_someone(verb) or lemma(verb.text) in OBJECT_AS_VERBS \
        and any(c.dep_ == "dobj" for c in verb.children)


def as_nouns(verb: Any) -> list[Any]:
    """'(she was elected / represented X / served for two decades) as a member of Y': the
    'as' nouns of the verb's own clause (not of a verb below it)."""
    if not written_within(verb.doc, "as", verb.left_edge.i, verb.right_edge.i + 1):
        return []  # most clauses have no 'as': their subtree is not walked
    if negated(verb):
        return []
    found = []
    for prep in verb.subtree:
        if prep.dep_ not in ("prep", "conj") or prep.lower_ != "as":
            continue  # 'as an engineer and as a reporter for X': the second 'as' a conjunct
        node = prep.head
        while node.i != verb.i and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        if node.i == verb.i:
            found += [g for g in prep.children if g.dep_ == "pobj"]
    return _role_nouns(found)


def _role_nouns(nouns: list[Any]) -> list[Any]:
    unique = {n.i: n for n in nouns}
    return [n for n in unique.values() if _singular(n.lower_) in lexicon.PERSON_ROLE_NOUNS |
            lexicon.HEAD_TITLES | STATE_HEAD_TITLES
            or _singular(n.lower_) in ("member", "head", "commissioner")
            or n.lower_ in AIDE_NOUNS]  # 'became a close aide to X' (`_aide_to`)


def _singular(word: str) -> str:
    """'co-chairs' -> 'chair', 'members' -> 'member': a plural title names each holder."""
    word = word[:-1] if word.endswith("s") and not word.endswith(("ss", "affaires")) else word
    return word[3:] if word.startswith("co-") else word


def _comma_body(view: SentenceView, word: Any) -> bool:
    """A body named right after a comma that follows a title: a witness's 'Name, title,
    Body' as committee chairs introduce them."""
    body = view.at.get(word.i)
    return body is not None and body.type in ORG_TYPES and body.start > 0 \
        and view.sent.doc[body.start - 1].text == ","


def _role_noun(view: SentenceView, person: Mention, noun: Any, anchor: int) -> Iterator[Found]:
    """'X, a member of Y', 'the Minister of Y, X', 'X was chair of Y', 'X, a Chinese diplomat'."""
    orgs: list[Mention] = []
    titles = [_singular(noun.lower_)]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for" and noun.lower_ in RIDING_HOLDERS:
            continue  # 'the Liberal MP for Don Valley North': a riding, not an employer
        if child.dep_ == "prep" and child.lower_ == "for" and places_of_portfolio(view, noun,
                                                                                child):
            titles.append("regional")  # 'the Director for Korea, Japan and Oceania at the
            # National Security Council' directs a desk there; Japan is no employer
        elif child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "with", "in"):
            orgs += [m for obj in child.children if obj.dep_ == "pobj"
                     for m in view.actors(obj, owner=False)]
            orgs += _in_charge_of(view, child)
        elif child.dep_ in ("appos", "conj") and _comma_body(view, child):
            orgs.append(view.at[child.i])  # 'X, commissioner, Royal Canadian Mounted Police'
        elif child.dep_ == "acl" and lemma(child.text) in lexicon.POSTING_VERBS:
            orgs += [m for p in child.children if p.dep_ == "prep"  # 'accredited to Y'
                     and p.lower_ in ("to", "at", "in", "with") for m in pobj_actors(view, p)]
        elif child.dep_ in ("amod", "compound", "poss", "nmod"):
            if child.i in view.at:
                orgs.append(view.at[child.i])
            elif child.dep_ == "nmod":  # 'a diplomat and Labour Party politician': the
                orgs += [view.at[c.i] for c in child.conjuncts  # parser joins the party
                         if c.i in view.at and view.at[c.i].type == "Party"]  # to the list
            elif child.dep_ == "poss" and child.lower_ == "our":  # 'our Commissioner, X'
                body = view.pronoun(child)  # in a witness's turn: the witness's body
                orgs += [body] if body is not None and body.type != "Person" else []
            elif child.i not in view.at and _part_named(child):
                titles.append("regional")  # 'the Asia-Pacific Director at the Foreign
                # Office' directs a part of it
            else:
                titles.append(child.lower_)
    if noun.dep_ == "appos":  # the parser may hang the body on the name beside the title
        orgs += [view.at[s.i] for s in noun.head.children if s.dep_ in ("appos", "conj")
                 and s.i > noun.i and _comma_body(view, s) and view.at[s.i].start == noun.i + 2]
    own = view.at.get(noun.i)
    if own is not None and own is not person and own.type != "Person":
        orgs.append(own)
    hosts = [m for m in _owning_bodies(view, orgs) + _unit_hosts(view, orgs)
             if m.key not in {o.key for o in orgs}]
    role = lexicon.TITLE_ROLES.get(noun.lower_)
    if role:
        person.roles.add(role)
    former = "former" in titles or noun.dep_ == "attr" and any(
        c.dep_ == "advmod" and c.lower_ in FORMERLY for c in noun.head.children) \
        or _left_as(noun)
    heads_unit = bool({_singular(t) for t in titles} & lexicon.HEAD_TITLES)
    if noun.lower_ in AGENT_NOUNS and not agency_post(noun):  # 'identified as an agent
        # of the GRU': a service's agent
        principals = [m for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                      for m in pobj_actors(view, c) if m.type in ("Agency", "State")]
        yield from pairs([person], _unique(principals), "ACTED_FOR", "agent:described", anchor)
        orgs = [m for m in orgs if m.key not in {p.key for p in principals}]  # is what the
        # text alleges, not a post it states ('an FBI agent' before the name works there)
    yield from _titled(person, titles, _unique(orgs + ([] if heads_unit else hosts)), former,
                       "appos", anchor)  # 'a member of the Bundestag's committee' sits in both
    if heads_unit and not former:  # 'head of the FBI's field office' works for the FBI
        yield from pairs([person], _unique(hosts), "WORKS_FOR", "appos:unit-host", anchor)


DESK_REGION_WORDS = lexicon.words("desk_region_words")


def _part_named(word: Any) -> bool:
    """A region or a place before a title, no actor of the sentence: the desk of the body
    the title is of ('the Asia-Pacific Director', 'the Europe Director')."""
    return word.dep_ == "compound" and (word.lower_ in DESK_REGION_WORDS
                                        or word.ent_type_ in ("LOC", "GPE"))


FORMERLY = {"once", "formerly", "previously"}
"""'X was once a member of Y': a past membership."""
LEAVING_VERBS = lexicon.words("leaving_verbs")


def _left_as(noun: Any) -> bool:
    """'resigned as chair of Y', 'stepped down as leader of Y': a role given up."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    verb = noun.head.head
    while verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.i != verb.i:
        verb = verb.head.head  # 'voted out of office as chancellor'
    return lemma(verb.text) in LEAVING_VERBS or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "out") or c.lower_ == "out" and any(
            o.lower_ in ("office", "power", "post") for p in c.children for o in p.children)
        for c in verb.children)  # ('stepped down as', 'was voted out of office as')


def _owning_bodies(view: SentenceView, orgs: list[Mention]) -> list[Mention]:
    """'the FBI's Washington Field Office': who works in a body's unit works for the body."""
    doc = view.sent.doc
    return [view.at[c.i] for org in orgs if org.type in ORG_TYPES
            for c in doc[org.end - 1].children if c.dep_ == "poss" and c.i in view.at
            and view.at[c.i].type in ORG_TYPES and view.at[c.i].key != org.key]


UNIT_WORDS = {"department", "division", "office", "bureau", "directorate", "unit",
              "section", "desk", "service"}


def _unit_hosts(view: SentenceView, orgs: list[Mention]) -> list[Mention]:
    """'Head of the International Department at Russia Today': the body a named unit is
    at (or of) is the one its staff work for."""
    doc = view.sent.doc
    return [m for org in orgs if org.name.split()[-1].lower() in UNIT_WORDS
            for p in doc[org.end - 1].children if p.dep_ == "prep"
            and p.lower_ in ("at", "of", "within") for m in pobj_actors(view, p)
            if m.type in ORG_TYPES + ("Media",) and m.key != org.key]


def _in_charge_of(view: SentenceView, prep: Any) -> list[Mention]:
    """'Special Agent in Charge of the FBI's field office': the body is 'of' the charge."""
    return [m for obj in prep.children if obj.dep_ == "pobj" and obj.lower_ == "charge"
            for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
            for m in pobj_actors(view, of)] if prep.lower_ == "in" else []


ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "ROOT")
"""'Her husband, X, was charged': the kin noun is an argument of the clause (in 'run by
Y and her husband X' the tie is left alone: the earlier sets' gold does not list it)."""
COMPANY_PREPS = ("with", "alongside")
"""'was arrested with his wife X', 'lived there with her husband, X': the relative is in
the company of the clause's subject, whose relative the possessive names."""
KIN = lexicon.words("relative_nouns") | {"spouse", "partner", "niece", "nephew", "cousin",
                                          "child"} | lexicon.words("close_person_nouns")


def _kin(view: SentenceView, person: Mention, head: Any) -> Iterator[Found]:
    """'Her husband, Chris Hu, ...' / 'Chris Hu, the husband of Linda Sun': family members
    are tied to each other (what the tie means is left to the reader)."""
    nouns = [head.head] if head.dep_ == "appos" and (
        _kin_argument(head.head) or _named_owner(view, head.head)) else []
    nouns += [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":  # 'He was the only child of X
        nouns += [c for c in head.head.children if c.dep_ == "attr"]  # and Y'
    if head.dep_ == "attr" and head.head.lemma_ == "be":  # 'His grandfather was X'
        nouns += [c for c in head.head.children if c.dep_ == "nsubj"]
    if head.dep_ == "nsubjpass" and head.head.lower_ == "born":  # 'X was born in Bern, the
        nouns += [a for p in head.head.children if p.dep_ == "prep"  # son of Y' (the parser
                  for o in p.children if o.dep_ == "pobj"  # hangs the son on the place)
                  for a in o.children if a.dep_ == "appos"]
    for noun in (n for n in nouns if n.lower_ in KIN):
        relatives = [m for c in noun.children if c.dep_ == "poss"
                     for m in ([view.at[c.i]] if c.i in view.at else [view.pronoun(c)])
                     if m is not None]
        relatives += [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                      for m in pobj_actors(view, p)]
        yield from pairs([person], [m for m in relatives if m.type == "Person"
                                    and m.key != person.key], "HAD_RELATIONSHIP", "appos:kin",
                         noun.i)
    yield from _born_to(view, person, head)


def _named_owner(view: SentenceView, noun: Any) -> bool:
    """'allegations about X's son, Y': a relative whose possessor the text names is theirs
    wherever the phrase stands (a pronoun's, 'her husband X', only as an argument)."""
    return any(c.dep_ == "poss" and c.i in view.at and view.at[c.i].type == "Person"
               for c in noun.children)


def _kin_argument(noun: Any) -> bool:
    if noun.dep_ == "conj" and noun.head.i != noun.i:  # 'he and his wife Anna'
        return _kin_argument(noun.head)
    return noun.dep_ in ARGUMENTS or noun.dep_ == "pobj" and noun.head.lower_ in COMPANY_PREPS


def _born_to(view: SentenceView, person: Mention, head: Any) -> Iterator[Found]:
    """'X was born to A and B': the parents are family (a biography's opening line)."""
    if head.dep_ != "nsubjpass" or head.head.lower_ != "born":
        return
    parents = [m for p in head.head.children if p.dep_ == "prep" and p.lower_ == "to"
               for m in pobj_actors(view, p)]
    yield from pairs([person], [m for m in parents if m.type == "Person"
                                and m.key != person.key], "HAD_RELATIONSHIP", "born-to",
                     head.head.i)


def _speaker_roles(person: Mention) -> Iterator[Found]:
    """Transcript speaker lines carry the party.

    'Mr. Michael Chong (Wellington—Halton Hills, CPC):' names the Conservative Party.
    """
    party = person.attrs.get("party_mention")
    if party is not None:
        yield from pairs([person], [party], "MEMBER_OF", "speaker:party", person.start)
    body = person.attrs.get("heads_mention")
    if body is not None:
        yield from pairs([person], [body], "HEADS", "speaker:title", person.start)


def _unique(items: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in items:
        seen.setdefault(m.key, m)
    return list(seen.values())


ROLE_NOUNS = lexicon.words("held_role_nouns")


def _role_as(view: SentenceView) -> Iterator[Found]:
    """"X's role as deputy chair of Y", 'her time as director of Y', 'in his capacity as
    chair of Y': the title the possessor held in the body after it."""
    if view.words.isdisjoint(ROLE_NOUNS):
        return  # (asked of every sentence: most hold none of the nouns)
    for noun in view.tokens:
        if noun.lower_ not in ROLE_NOUNS or noun.pos_ != "NOUN":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        person = view.pronoun(owner) if owner.lower_ in PERSONAL_POSSESSIVES \
            else view.at.get(owner.i)
        if person is None or person.type != "Person":
            continue
        for title in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "as"
                      for o in p.children if o.dep_ == "pobj"):
            if title.lower_ not in lexicon.TITLE_WORDS:
                continue
            bodies = [m for p in title.children if p.dep_ == "prep" and p.lower_ in ("of", "at")
                      for m in pobj_actors(view, p) if m.type != "Person"]
            former = any(c.lower_ in ("former", "previous") for c in noun.children) \
                or any(c.lower_ in ("former", "ex") for c in title.children)
            words = [c.lower_ for c in title.children if c.i < title.i
                     and c.dep_ in ("compound", "amod")] + [title.lower_]  # 'deputy chair'
            yield from _titled(person, words, bodies, former, "role-as", title.i)


PERSONAL_POSSESSIVES = POSSESSIVES - {"its"} | {"their"}
"""'his role', 'her time', 'their tenure': a person's ('its' is a body's)."""


ISSUER_PROSE_TITLES = lexicon.words("issuer_prose_titles")
ISSUER_LABEL_TITLES = lexicon.words("issuer_label_titles")
ISSUER_BODIES = ("Agency", "Organization", "Commission", "Committee")


def _issuer_head(s: Sentence) -> Iterator[Found]:
    """'Director General X said', or a label line 'Director general X:' opening a
    quotation: in a release or a statement of a body (its issuer), the head the text
    names with no body beside the title is the issuer's own. A body beside the title
    ('FBI Director X', 'Director X of Y') is read by the title rules instead."""
    issuer = s.extras.get("issuer")
    if issuer is None or issuer.type not in ISSUER_BODIES or s.view.words.isdisjoint(ISSUER_GATE):
        return  # (asked of every sentence: most hold none of the titles)
    doc = s.view.sent.doc
    for person in s.view.mentions:
        if person.type != "Person":
            continue
        title = _title_before(doc, person.start, s.view)
        if not title:
            continue
        label = person.end < len(doc) and doc[person.end].text == ":" \
            and opens_line(doc[person.start - len(title.split())])
        if title in ISSUER_PROSE_TITLES or label and title in ISSUER_LABEL_TITLES:
            head = doc[person.end - 1]
            if not any(c.dep_ == "prep" and c.lower_ in ("of", "at") for c in head.children):
                yield from pairs([person], [issuer], "HEADS", "title:issuer-head", person.start)


def _title_before(doc: Any, start: int, view: SentenceView) -> str:
    """The lowercase title words (up to three) right before a name, '' when a body, a
    subordinate word or anything but a title word comes first."""
    words: list[str] = []
    i = start - 1
    while i >= view.sent.start and len(words) < 3 and doc[i].lower_ in TITLE_PARTS \
            and i not in view.at:
        words.insert(0, doc[i].lower_)
        i -= 1
    if i >= view.sent.start and (i in view.at or doc[i].lower_ in SUBORDINATE_WORDS
                                 or doc[i].tag_ == "POS"):
        return ""  # 'FBI Director X', 'Deputy Director General X', "the FBI's Director X"
    return " ".join(words)


TITLE_PARTS = frozenset(w for t in ISSUER_LABEL_TITLES | ISSUER_PROSE_TITLES for w in t.split())
ISSUER_GATE = frozenset(t.split()[0] for t in ISSUER_LABEL_TITLES | ISSUER_PROSE_TITLES)
"""A word every issuer head title opens with."""
SUBORDINATE_WORDS = lexicon.words("subordinate_title_words")


@family("titles", 20)
def _titles_family(s: Sentence) -> Iterator[Found]:
    yield from title_relations(s.view, s.doc_types)
    yield from _issuer_head(s)
    yield from _role_as(s.view)
    yield from _legislators(s)
    yield from _leaders_regime(s)
    yield from _state_diplomats(s)
    yield from _listed_officials(s.view)
    yield from _state_ministers(s)
    yield from _home_ministers(s)
    yield from _state_heads(s)


HEAD_TITLE_WORDS = STATE_HEAD_TITLES | {"minister"}


def _state_heads(s: Sentence) -> Iterator[Found]:
    """'Russian President Vladimir Putin', 'X, the Czech president,', 'X served as Austrian
    chancellor': the demonym before a head-of-state or head-of-government title names the
    state the person heads ('former': headed); a vice or deputy heads nothing."""
    doc = s.view.sent.doc
    if s.view.words.isdisjoint(HEAD_TITLE_WORDS):
        return  # most sentences name no head of state (this runs on every one)
    headed = {t.i: _headed_state(s, t) for t in s.view.tokens if t.lower_ in HEAD_TITLE_WORDS}
    if not any(found is not None or i + 1 in s.view.at for i, found in headed.items()):
        return  # none by a demonym or a known person's title: the people's descriptions
        # are not read
    for person in _unique([m for m in s.view.at.values() if m.type == "Person"]):
        head = doc[person.end - 1]
        titles = _titles_beside(doc, person)
        if head.dep_ in ("nsubj", "nsubjpass"):
            titles += as_nouns(head.head)  # 'was voted out of office as Austrian chancellor'
        for title in titles:
            found, rule = headed.get(title.i), "title:demonym-head"
            if found is None:
                found, rule = _known_head(s, person, title), "title:known-head"
            if found is not None:
                state, former = found[0], found[1] or _left_as(title)
                yield from pairs([person], [state], "FORMERLY_HEADED" if former else "HEADS",
                                 rule, title.i)
                break


def _known_head(s: Sentence, person: Mention, title: Any) -> tuple[Mention, bool] | None:
    """'President Vladimir Putin' with no country named: the state the gazetteer says the
    known person is the president of ('President of Russia'), by the title the text gives."""
    entry = person.attrs.get("entry")
    if entry is None or not entry.country or title.i != person.start - 1 \
            or title.lower_ not in STATE_HEAD_TITLES \
            or f"{title.lower_} of " not in entry.description.lower():
        return None  # (a prime minister heads a government, which the text may name apart)
    doc = s.view.sent.doc
    former = any(t.lower_ in LEFT for t in doc[max(title.i - 2, s.view.sent.start):title.i])
    state = s.builtin(entry.country, "State")
    return None if _own_government_apart(state) else (state, former)


def _headed_state(s: Sentence, title: Any) -> tuple[Mention, bool] | None:
    """The state a head title's demonym names ('Russian President', 'Austrian prime
    minister'), and whether the title is a former one."""
    doc = s.view.sent.doc
    if title.lower_ not in HEAD_TITLE_WORDS or title.i in s.view.at:
        return None
    first = title.i - 1 if title.lower_ == "minister" else title.i
    if title.lower_ == "minister" and (first < 0 or doc[first].lower_ != "prime"):
        return None  # 'Foreign Minister' heads no state
    before = [doc[i] for i in range(max(first - 3, s.view.sent.start), first)]
    if any(t.lower_ in lexicon.SUBORDINATE_TITLE_WORDS for t in before[-2:]):
        return None  # 'Russian Vice President X'
    for demonym in reversed(before):
        if demonym.pos_ not in ("ADJ", "PROPN", "NOUN") or not demonym.text[:1].isupper():
            break
        state = s.gazetteer.state_of_demonym_at(demonym) if demonym.i not in s.view.at else None
        if state:
            return s.builtin(state, "State"), any(t.lower_ in LEFT for t in before)
    return None


def _state_diplomats(s: Sentence) -> Iterator[Found]:
    """'Chinese Ambassador Wang Xiaolong', 'the Indian diplomat Sanjay Verma': the demonym
    before a diplomat's title names the state the person works for."""
    doc = s.view.sent.doc
    if s.view.words.isdisjoint(lexicon.DIPLOMAT_NOUNS):
        return  # most sentences name no diplomat (this runs on every one)
    people = [m for m in s.view.mentions if m.type == "Person"]
    for person in people:
        titles = [doc[person.start - 1]] if person.start >= 2 else []  # 'Chinese Ambassador X'
        titles += predicate_nouns(doc[person.end - 1])  # 'X, the Chinese ambassador,'
        titles += _title_before_host(s.view, person)  # 'Chinese ambassador to Canada X'
        titles += _title_after_comma(doc, person.end)  # 'A, chair of X, and B, Russian
        # ambassador to London': the parser may give B's title to A
        for title in (t for t in titles if t.lower_ in lexicon.DIPLOMAT_NOUNS
                      and not _nearer_person(people, person, t.i)):
            for demonym in (doc[title.i - 1], *(c for c in title.children if c.dep_ in (
                    "amod", "compound") and c.i < title.i)):
                state = s.gazetteer.state_of_demonym_at(demonym) \
                    if demonym.text[:1].isupper() and demonym.i not in s.view.at else None
                if state:
                    yield from pairs([person], [s.builtin(state, "State")], "WORKS_FOR",
                                     "title:demonym-diplomat", title.i)
                    break


def _title_after_comma(doc: Any, end: int) -> list[Any]:
    """'X, Russian ambassador to London': a title two or three words after a name and a
    comma."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    return [doc[i] for i in range(end + 1, min(end + 4, len(doc)))
            if doc[i].lower_ in lexicon.DIPLOMAT_NOUNS][:1]


def _nearer_person(people: list[Mention], person: Mention, title: int) -> bool:
    """Another person named between this one and a title after it: the title is theirs."""
    return title > person.end and any(person.end <= o.start and o.end <= title
                                      for o in people if o.key != person.key)


LISTING_WORDS = {"including", "include", "included", "includes"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _listed_officials(view: SentenceView) -> Iterator[Found]:
    """'attended by US officials including Assistant Secretary X and Deputy Y', 'the
    Pakistani diplomats attending included X': the people a state's officials are said to
    include work for that state. The list runs to the next finite verb or ';' (the parser
    seldom hangs a long list of titled names on the group)."""
    if view.words.isdisjoint(LISTING_WORDS):
        return
    doc = view.sent.doc
    for word in (t for t in view.tokens if t.lower_ in LISTING_WORDS):
        state = _officials_before(view, word)
        if state is None:
            continue
        end = next((t.i for t in doc[word.i + 1:view.sent.end]
                    if t.tag_ in FINITE_TAGS or t.text == ";"), view.sent.end)
        people = [m for m in view.mentions
                  if m.type == "Person" and word.i < m.start and m.end <= end]
        yield from pairs(people, [state], "WORKS_FOR", "list:state-officials", word.i)


def _officials_before(view: SentenceView, word: Any) -> Mention | None:
    """The state whose officials `word` lists: named just before 'including' ('US
    officials, including'), or the subject of 'included'."""
    doc = view.sent.doc
    if word.lower_ == "including":
        at = word.i - 2 if word.i >= 2 and doc[word.i - 1].text == "," else word.i - 1
        group = doc[at] if at >= view.sent.start else None
    else:
        group = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if group is None or group.lower_ not in GROUP_ROLE_NOUNS:
        return None
    return next((m for m in view.actors(group, owner=False) if m.type == "State"), None)
    # ('US officials', 'Chinese officials': the state they serve)


def _title_before_host(view: SentenceView, person: Mention) -> list[Any]:
    """'Pakistani ambassador to United States Asad Majeed Khan': the title before the
    state a diplomat is sent to, when the name follows that state without a comma."""
    host = view.at.get(person.start - 1)
    if host is None or host.type != "State":
        return []
    doc = view.sent.doc
    to = host.start - 2 if host.start >= 2 and doc[host.start - 1].lower_ == "the" \
        else host.start - 1
    return [doc[to - 1]] if to >= 1 and doc[to].lower_ == "to" else []


MAX_PORTFOLIO_WORDS = 5


def _titles_beside(doc: Any, person: Mention) -> list[Any]:
    """The word just before a name ('Turkish minister X') and the nouns said of it ('X, the
    Czech president,')."""
    titles = [doc[person.start - 1]] if person.start >= 1 else []
    return titles + predicate_nouns(doc[person.end - 1])


def _state_ministers(s: Sentence) -> Iterator[Found]:
    """'Turkish foreign minister X', 'X, the Turkish family and social policy minister,':
    the demonym before a minister's portfolio names the foreign state the person serves
    (a prime minister heads it: `_state_heads`; one's own country's minister belongs to
    its government, which the text names apart; a former minister serves no more)."""
    doc = s.view.sent.doc
    if "minister" not in s.view.words:
        return  # most sentences name no minister (this runs on every one)
    home = locales.home_state()
    for person in _unique([m for m in s.view.mentions if m.type == "Person"]):
        titles = _titles_beside(doc, person)
        for title in (t for t in titles if t.lower_ == "minister"):
            state = _minister_state(s, title)
            if state is not None and state.name != home:
                yield from pairs([person], [state], "MINISTER_OF", "title:demonym-minister",
                                 title.i)
                break


def _home_ministers(s: Sentence) -> Iterator[Found]:
    """'Foreign Secretary David Cameron said' in a British release: a minister's title of
    the document's own country, written just before the name, makes the person its
    minister (where the country's government is no actor apart; a former or shadow
    minister is none)."""
    here, state = locales.current(), s.home_state
    if here is None or state is None or _own_government_apart(state):
        return
    cabinet = offices.cabinet_titles(here.state)
    if not cabinet or s.view.words.isdisjoint(offices.CABINET_WORDS):
        return
    doc = s.view.sent.doc
    for person in _unique([m for m in s.view.mentions if m.type == "Person"
                           and not _known_abroad(m)]):
        start = person.start
        for first in range(max(s.view.sent.start, start - 4), start - 1):
            words = doc[first:start]
            if all(t.text[:1].isupper() and t.is_alpha for t in words) \
                    and words.text.lower() in cabinet \
                    and not (first > 0 and doc[first - 1].lower_ in LEFT | {"shadow"}):
                yield from pairs([person], [state], "MINISTER_OF", "title:home-minister",
                                 first)
                break


def _minister_state(s: Sentence, title: Any) -> Mention | None:
    """The state named by the demonym that opens a minister's title, past lowercase
    portfolio words ('Turkish family and social policy minister'); None for a prime
    minister, or a former minister."""
    doc = s.view.sent.doc
    i = title.i - 1
    while i >= max(s.view.sent.start, title.i - MAX_PORTFOLIO_WORDS) and i not in s.view.at:
        word = doc[i]
        if word.lower_ in LEFT or word.lower_ == "prime" or word.is_punct \
                or word.pos_ in ("VERB", "AUX", "DET", "ADP", "PRON"):
            return None
        state = s.gazetteer.state_of_demonym_at(word) if word.text[:1].isupper() else None
        if state:
            before = doc[max(s.view.sent.start, i - 2):i]
            return None if any(t.lower_ in LEFT for t in before) else s.builtin(state, "State")
        i -= 1
    return None


UNION_MEMBER_TITLES = {"mep": "European Parliament"}
"""Titles that name their legislature: an MEP sits in the European Parliament."""
CHAMBER_TITLES = lexicon.table("chamber_titles")
"""Titles before a name that seat it in the chamber of the document's country ('Senator
X', 'Congressman X', 'MP X'), by the chamber's bare noun in the locale's bodies."""
LEFT = {"former", "ex", "retired"}


def _legislators(s: Sentence) -> Iterator[Found]:
    """'AfD MEP Maximilian Krah': a member of the European Parliament; 'Labor senator Sam
    Dastyari', 'U.S. Congressman Richard Hanna', 'Conservative MP Alicia Kearns': a member
    of the chamber of the document's country (its locale's; none where it has no such
    chamber). 'former senator X' was one."""
    if s.view.words.isdisjoint(UNION_MEMBER_TITLES) and s.view.words.isdisjoint(CHAMBER_TITLES):
        return
    here = locales.current()
    for token in s.view.tokens:
        body = UNION_MEMBER_TITLES.get(token.lower_)
        local = here.body(CHAMBER_TITLES[token.lower_]) \
            if body is None and here is not None and token.lower_ in CHAMBER_TITLES else None
        if body is None and local is None:
            continue
        person = s.view.at.get(token.head.i)
        if person is None or person.type != "Person" or token.dep_ not in ("compound", "amod") \
                or token.i >= person.start:
            continue
        if body is not None:
            yield from pairs([person], [s.builtin(body, "Legislature")], "MEMBER_OF",
                             "title:mep", token.i)
        elif local is not None:
            before = [t.lower_ for t in s.view.sent.doc[max(token.i - 4, 0):token.i]]
            left = bool(before) and before[-1] in LEFT
            if not left and any(word in LEFT for word in before):
                continue  # 'former Liberal MP X, now an independent': a former Liberal, or
                # a former MP? Either reading may be wrong: none
            yield from pairs([person], [s.builtin(*local)],
                             "FORMER_MEMBER_OF" if left else "MEMBER_OF", "title:chamber",
                             token.i)


REGIME_NOUNS = {"regime", "government", "administration", "dictatorship"}
LEADER_ROLES = {"Leader", "PrimeMinister", "President", "Premier"}


def _leaders_regime(s: Sentence) -> Iterator[Found]:
    """'Putin's regime', 'the Xi government': a known national leader heads the state the
    gazetteer gives them (a name the gazetteer does not know as a leader links nothing)."""
    if s.view.words.isdisjoint(REGIME_NOUNS):
        return
    for token in s.view.tokens:
        if token.lower_ not in REGIME_NOUNS:
            continue
        ruled = [s.view.at[c.i] for c in token.children if c.dep_ in ("compound", "nmod")
                 and c.i in s.view.at and s.view.at[c.i].type in ("Party", "State")]
        of_leader = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.i in s.view.at]
        rulers = [s.view.at[o.i] for o in of_leader if s.view.at[o.i].type == "Person"]
        if ruled:  # 'the Chinese Communist Party (CCP) regime of Xi Jinping'
            yield from pairs(rulers, ruled[:1], "HEADS", "title:regime-of", token.i)
        for child in token.children:
            leader = s.view.at.get(child.i) if child.dep_ in ("poss", "compound") else None
            entry = leader.attrs.get("entry") if leader is not None else None
            country = getattr(entry, "country", "") if entry is not None else ""
            roles = set(getattr(entry, "roles", ()))
            if leader is None or leader.type != "Person" or not country or \
                    not LEADER_ROLES & roles or country == locales.home_state():
                continue
            yield from pairs([leader], [s.builtin(country, "State")], "HEADS",
                             "title:regime", token.i)
