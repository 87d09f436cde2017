"""Who an actor belongs to by what it is: an unnamed diplomat's state, a mission's state,
a unit's parent body.

Why apart from the verb rules: these relations are stated by the mention itself
('a senior Chinese diplomat', 'the Embassy of India', 'the RCMP INSET') or by
the few words between a unit and the body after it ('the RRM of Global Affairs
Canada'), not by a verb; they need the gazetteer's parents, not the parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ...graph.model import SCHEMA
from ..mentions.mention import Mention, text_of
from ..vocabulary import lexicon, locales
from ..vocabulary.gazetteer import Gazetteer
from .agents import AGENT_NOUNS
from .found import Builtin, Found, pairs, pobj_actors
from .registry import Sentence, family
from .structure import listed_after
from .syntax import SentenceView

__all__ = ["affiliation_relations"]


MISSION_WORDS = re.compile(r"\b(?:Embassy|Consulate|High Commission)\b", re.IGNORECASE)
"""A diplomatic mission is an organ of its state (the gold's convention: PART_OF)."""
PARENT_GAP = 3
PARENT_LINKS = {"of", "at", "in", "within", "inside", "housed", "under", "the", ","}


def _names_parent(text: str, parent: Any) -> bool:
    """The unit's surface form spells out its parent ('RCMP Integrated National Security
    Enforcement Team'): a word-bounded name or acronym of the parent inside it."""
    if parent is None:
        return False
    demonyms = getattr(parent, "demonyms", ()) if parent.type == "State" else ()
    for form in [parent.name, *parent.aliases, *demonyms]:  # 'the Chinese Ministry of
        # State Security', 'Russia's Federal Security Service
        if (len(form) >= 3 or form.isalpha() and form.isupper()) and form != text \
                and re.search(rf"\b{re.escape(form)}\b", text):  # ('EU Council': 'EU')
            return True
    return False


def _demonym_before(doc: Any, m: Mention, parent: Any) -> bool:
    """'the Russian Main Intelligence Directorate': the parent state's adjective right
    before the name the gazetteer matched."""
    return m.start > 0 and parent.type == "State" \
        and doc[m.start - 1].text in getattr(parent, "demonyms", ())


UNIT_HEADS = {"branch", "division", "chapter", "wing", "section", "unit", "office", "bureau",
              "directorate", "caucus"} | lexicon.words("numbered_unit_nouns")
SUCCESSION_WORDS = {"successor", "predecessor", "forerunner"}
"""'the KGB's successor agency': it followed the KGB, it is no part of it."""


def _named_owner(unit: Mention, gazetteer: Gazetteer) -> Any | None:
    """A unit whose name opens with a known body's full name and ends in a unit's head word
    ('Australian Labor Party New South Wales Branch') is part of that body."""
    words = unit.text.split()
    if words and words[-1].isdigit():
        words = words[:-1]  # 'GRU Unit 29155': a numbered unit
        if len(words) < 2 or words[-1].lower() not in UNIT_HEADS:
            return None
    elif len(words) < 3 or words[-1].lower() not in UNIT_HEADS or unit.type == "Person":
        return None
    if unit.type == "Person":
        return None
    for cut in range(len(words) - 1, 0, -1):
        known = gazetteer.named(" ".join(words[:cut]))
        if known is not None and known.type not in ("Person", "State"):
            return known
    return None


UNIT_PARENTS = ("Agency", "Government", "Organization")
NAMED_UNIT_HEADS = {"department", "command"}
"""'The National Security Department of the Hong Kong Police Force', 'the Counter Terrorism
Command of the Metropolitan Police': a named department or command of a body is a unit of it
(a ministry is named 'Department of X', its head word first, and is not read here)."""


def _named_unit(m: Mention) -> bool:
    """'Unit 29155', 'FSB Centre 18': a body named by its unit noun and number; 'the
    Fuzhou branch' of X: by its place and its branch noun."""
    words = m.text.split()
    return m.type == "Agency" and len(words) >= 2 and (
        words[-1].isdigit() and words[-2].lower() in UNIT_HEADS
        or words[-1].lower() in UNIT_HEADS | NAMED_UNIT_HEADS and words[0][:1].isupper())


def _subcommittee(m: Mention, nxt: Mention) -> bool:
    return m.type == nxt.type == "Committee" and nxt.start - m.end <= PARENT_GAP \
        and m.text.split()[0].lower() in ("subcommittee", "sub-committee")


def _linking_word(doc: Any, start: int, end: int) -> bool:
    """Only 'of', 'at', 'housed at' and the like between a unit and its parent body."""
    words = [doc[i].lower_ for i in range(start, end)]
    return bool(words) and all(w in PARENT_LINKS for w in words) and \
        any(w not in (",", "the") for w in words)  # 'CSIS, Public Safety' is a list


OWNED_TYPES = ("Agency", "Organization", "Committee", "Commission", "Media")
OWNER_TYPES = ("Agency", "Organization", "Government", "Commission", "Legislature", "State",
               "Party")


def _owned_body(doc: Any, owner: Mention, owned: Mention) -> bool:
    """'the University of Toronto's Citizen Lab', 'Russia's RT': a body named with a
    possessive is part of its owner (read on the surface: parsers often misattach the
    "'s" of a long name). The home state's own bodies ('Canada's spy agency') are left
    out: that a Canadian agency is Canada's says nothing."""
    gap = owned.start - owner.end  # "Global Affairs Canada's (GAC) Rapid Response ...'
    bracketed = gap in (4, 5) and doc[owner.end + 1].text in ("(", "[") \
        and doc[owned.start - 1].text in (")", "]")  # or "... Canada's [GAC's] Rapid ..."
    return (gap == 1 or bracketed) and owner.end < len(doc) \
        and doc[owner.end].text in ("'s", "’s") and owned.type in OWNED_TYPES \
        and doc[owned.start].lower_ not in SUCCESSION_WORDS \
        and owner.type in OWNER_TYPES and owner.name != locales.home_state()


PART_TYPES = ("Committee", "Agency", "Commission")
WHOLE_TYPES = ("Legislature", "Government", "Agency", "Organization", "Party", "State",
               "Commission")


def _its_body(view: SentenceView, body: Mention) -> list[Found]:
    """'Instructs its Committee on Defence and Security', 'China and its Ministry of State
    Security': a committee or agency named with 'its' is part of whom 'its' stands for."""
    owner = _pronoun_before(view, body, ("its",)) if body.type in PART_TYPES else None
    if owner is None or owner.type not in WHOLE_TYPES or owner.key == body.key:
        return []
    return list(pairs([body], [owner], "PART_OF", "possessive:its-body", body.start))


def _pronoun_before(view: SentenceView, named: Mention, words: tuple[str, ...]
                    ) -> Mention | None:
    """Whom the possessive pronoun right before a name stands for ('its Committee on X',
    'his League Party'), if it is one of `words` and resolves."""
    doc = view.sent.doc
    if named.start == 0 or doc[named.start - 1].lower_ not in words:
        return None
    return view.pronoun(doc[named.start - 1])


def _country_and_group(doc: Any, person: Mention, later: list[Mention]) -> list[Found]:
    """'Rapporteur: Mr John Roe, Northland, ALDE': a member of an international assembly
    listed with the country that sent them and their political group, commas apart (how
    the Council of Europe's and OSCE's papers list their members): the group is theirs."""
    if person.type != "Person" or len(later) < 2:
        return []
    country, group = later
    if country.type != "State" or group.type != "Party" or country.start != person.end + 1 \
            or group.start != country.end + 1 or doc[person.end].text != "," \
            or doc[country.end].text != ",":
        return []
    return list(pairs([person], [group], "MEMBER_OF", "listed:country-group", group.start))


def _own_party(view: SentenceView, party: Mention) -> list[Found]:
    """'Salvini denied that his League Party received money': a party named with 'his' or
    'her' is the party of the person the pronoun stands for."""
    if party.type != "Party" or not party.text[:1].isupper():
        return []  # ('his party' is coreference's: the party last named need not be his)
    member = _pronoun_before(view, party, ("his", "her"))
    if member is None or member.type != "Person":
        return []
    return list(pairs([member], [party], "MEMBER_OF", "possessive:own-party", party.start))


STATE_ROLES = {role for role, body in SCHEMA.roles.items()
               if body in ("State", "Government", "Agency", "Legislature", "Commission")}
"""Roles held in a state's service (diplomat, official, agent, MP...): only an unnamed
holder of one works for the state its demonym names."""


def _bracketed_party(doc: Any, person: Mention, party: Mention) -> bool:
    """'MEP Jane Roe (EPP)', 'Ian Doe (Conservative Party)': a party in brackets right
    after a person's name is theirs."""
    return person.type == "Person" and party.type == "Party" and party.start == person.end + 1 \
        and doc[person.end].text == "(" and party.end < len(doc) and doc[party.end].text == ")"


PARTY_CODE = re.compile(r"\s*\((?P<party>[A-Z])-[A-Z][A-Za-z.]{0,5}\.?\)")
"""An American politician's party and state in brackets after the name: '(D-CA)',
'(R-S.C.)', '(D-Calif.)'."""
PARTY_CODE_LOCALE = "US"


def _party_code(doc: Any, person: Mention, builtin: Builtin) -> list[Found]:
    """'Congressman Richard Roe (D-CA)': the letter before the state names the party."""
    if person.type != "Person" or person.end >= len(doc) or doc[person.end].text != "(":
        return []
    match = PARTY_CODE.match(text_of(doc), doc[person.end - 1].idx + len(doc[person.end - 1].text))
    country = locales.by_code(PARTY_CODE_LOCALE)
    name = country.label_parties.get(match.group("party").lower()) if match and country else ""
    if not name:
        return []
    return list(pairs([person], [builtin(name, "Party")], "MEMBER_OF", "bracket:party-code",
                      person.start))


CONGRESS_CHAMBERS = {"Rep": "house", "Sen": "senate"}


def _congress_label(person: Mention, builtin: Builtin) -> list[Found]:
    """'Rep. Roe, Jane [D-CA-28]': a member of the party and of the chamber the label says."""
    party, chamber = person.attrs.get("congress") or ("", "")
    country = locales.by_code(PARTY_CODE_LOCALE)
    if not party or country is None:
        return []
    name = country.label_parties.get(party.lower(), "")
    body = country.body(CONGRESS_CHAMBERS[chamber])
    found = list(pairs([person], [builtin(name, "Party")], "MEMBER_OF", "congress:party",
                       person.start)) if name else []
    return found + (list(pairs([person], [builtin(*body)], "MEMBER_OF", "congress:chamber",
                               person.start)) if body else [])


SELF_DESCRIBED_RULE = "unnamed:named-by-body"
"""'an FSB officer' works for the FSB: what the phrase says of itself, which alone makes no
unnamed actor of the text (`assemble` keeps the person only if another relation names it)."""


def affiliation_relations(view: SentenceView, gazetteer: Gazetteer, builtin: Builtin
                          ) -> list[Found]:
    """'a senior Chinese diplomat' works for China; an embassy or a consulate is part of
    its state; 'the Rapid Response Mechanism of GAC' is part of the body named next."""
    found: list[Found] = _possessed_party(view)
    mentions = sorted(view.mentions, key=lambda m: m.start)
    for n, m in enumerate(mentions):
        state = m.attrs.get("state") if m.kind in ("unnamed", "lead") else None  # (a
        # lead's 'two alleged Chinese spies' are still so once named: `resolution.leads`)
        if state and state == locales.home_state() and m.roles & {"MP", "Senator"}:
            state = None  # 'a Canadian member of Parliament' in a Canadian text: no news
        if state and not m.roles & STATE_ROLES:
            state = None  # 'a Chinese businessman', 'three Russian nationals': of the
            # country, not in its service
        if state:  # 'two alleged Chinese spies' act for China (an allegation, hedged by
            # the description's own 'alleged'); 'a senior Chinese diplomat' works for it
            spying = view.sent.doc[m.end - 1].lower_ in AGENT_NOUNS
            found += pairs(m.attrs.get("members", [m]), [builtin(state, "State")],
                           "ACTED_FOR" if spying else "WORKS_FOR", "unnamed:state",
                           m.end - 1 if spying else m.start)
        ally = view.at.get(m.attrs.get("allied_at", -1)) if m.kind == "unnamed" else None
        if ally is not None and ally.type == "State":  # 'the UK and its allies'
            found += pairs([ally], [m], "COOPERATED_WITH", "unnamed:allies", m.start)
        union = gazetteer.get(m.attrs.get("union", "")) if m.kind == "unnamed" else None
        if union is not None:  # 'the EU and its Member States'
            found += pairs([m], [builtin(union.name, union.type)], "PART_OF", "unnamed:union",
                           m.start)
        parent = view.at.get(m.attrs.get("parent_at", -1)) if m.kind == "unnamed" else None
        if parent is not None and parent.type != "Person":  # 'a subordinate organization
            found += pairs([m], [parent], m.attrs["tie"], "unnamed:parent", m.start)  # of X'
        employer = view.at.get(m.attrs.get("employer_at", -1)) if m.kind == "unnamed" else None
        if employer is not None and employer.type != "Person":  # 'employees of RT'; 'a
            tie = "MEMBER_OF" if employer.type == "Party" else "WORKS_FOR"  # Liberal MP'
            rule = SELF_DESCRIBED_RULE if m.attrs.get("named_by_employer") else "unnamed:employer"
            found += pairs([m], [employer], tie, rule, m.start)
        later = [o for o in mentions[n + 1:n + 3] if o.key != m.key]  # past '(GAC)'
        found += _country_and_group(view.sent.doc, m, later)
        nxt = later[0] if later else None
        if nxt is not None and _bracketed_party(view.sent.doc, m, nxt):
            found += pairs([m], [nxt], "MEMBER_OF", "bracket:party", m.start)
        found += _party_code(view.sent.doc, m, builtin) + _congress_label(m, builtin)
        if nxt is not None and _owned_body(view.sent.doc, m, nxt):  # 'U of T's Citizen Lab'
            found += pairs([nxt], [m], "PART_OF", "possessive:body", nxt.start)
        found += _its_body(view, m) + _own_party(view, m)
        if m.attrs.get("of_state"):  # 'the Ministry of Foreign Affairs of the Czech Republic'
            found += pairs([m], [builtin(m.attrs["of_state"], "State")], "PART_OF", "name:state",
                           m.start)
        body, kind = m.attrs.get("office_body") or ("", "")
        served = gazetteer.get(body) if body else None
        if served is not None:  # 'the commissioner of the RCMP', 'the Russian Ambassador'
            found += pairs([m], [builtin(served.name, served.type)], kind, "office:body",
                           m.start)
        owner = _named_owner(m, gazetteer) if m.kind == "ner" else None
        if owner is not None:  # 'the Australian Labor Party New South Wales Branch'
            found += pairs([m], [builtin(owner.name, owner.type)], "PART_OF", "name:owner",
                           m.start)
        if nxt is not None and _subcommittee(m, nxt) \
                and _linking_word(view.sent.doc, m.end, nxt.start):  # 'Subcommittee on X of
            found += pairs([m], [nxt], "PART_OF", "subcommittee:parent", m.start)  # the Y'
        if nxt is not None and _named_unit(m) and nxt.type in UNIT_PARENTS \
                and nxt.start - m.end <= PARENT_GAP \
                and _linking_word(view.sent.doc, m.end, nxt.start):  # 'Unit 29155 of the GRU'
            found += pairs([m], [nxt], "PART_OF", "unit:parent", m.start)
        entry = m.attrs.get("entry")
        parent = getattr(entry, "parent", "") if entry is not None else ""
        if not parent:
            continue
        known = gazetteer.get(parent)
        if MISSION_WORDS.search(m.name) and known is not None and known.type == "State":
            found += pairs([m], [builtin(parent, "State")], "PART_OF", "mission:state",
                           m.start)
        if known is not None and (_names_parent(m.text, known) or _demonym_before(
                view.sent.doc, m, known)):  # 'the RCMP INSET', 'the Russian GRU'
            found += pairs([m], [builtin(parent, known.type)], "PART_OF", "name:parent",
                           m.start)
        if nxt is not None and nxt.name == parent and nxt.start - m.end <= PARENT_GAP \
                and _linking_word(view.sent.doc, m.end, nxt.start):
            found += pairs([m], [nxt], "PART_OF", "named:parent", m.start)
    return found


def _possessed_party(view: SentenceView) -> list[Found]:
    """'Justin Trudeau's Liberals', 'Poilievre's Conservatives': a party named as a
    person's own is that person's party (news and biographies write leaders so)."""
    found: list[Found] = []
    for i, party in view.at.items():
        if party.type != "Party" or i != party.end - 1:
            continue
        token = view.sent.doc[i]
        heads = [token]
        if token.head.i == party.end and token.head.lower_ in ("party", "parties"):
            heads.append(token.head)  # "Vladimir Putin's United Russia party"
        members = [view.at[c.i] for h in heads for c in h.children
                   if c.dep_ == "poss" and c.i in view.at and view.at[c.i].type == "Person"]
        found += pairs(members, [party], "MEMBER_OF", "party-possessed", token.i)
    for noun in (t for t in view.tokens if t.lower_ == "party"):
        named = [view.at[c.i] for c in noun.children if c.dep_ == "appos" and c.i in view.at
                 and view.at[c.i].type == "Party"]  # 'His party, the AfD, expelled him'
        owners = [view.at[c.i] for c in noun.children if c.dep_ == "poss"
                  and c.i in view.at and view.at[c.i].type == "Person"]  # (not 'his': the
        found += pairs(owners, named, "MEMBER_OF", "party-possessed", noun.i)  # pronoun
        # reader knows no sex, and 'his party' after a woman and a man is anyone's)
    return found


AFFILIATION_WORDS = lexicon.words("affiliation_words")
LISTING_WORDS = {"including", "such"}


def listed_affiliates(view: SentenceView) -> Iterator[Found]:
    """'individuals and organisations close to the Russian government, including X and Y':
    each one listed is affiliated with the body the group is described by."""
    if view.words.isdisjoint(AFFILIATION_WORDS) or view.words.isdisjoint(LISTING_WORDS):
        return
    doc = view.sent.doc
    for word in view.tokens:
        if word.lower_ not in AFFILIATION_WORDS or not _describes_group(word):
            continue
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
            bodies = pobj_actors(view, prep)
            if not bodies:
                continue
            i = max(m.end for m in bodies)
            while i < view.sent.end and doc[i].text in (",", ")"):
                i += 1
            if i + 1 >= view.sent.end or not (doc[i].lower_ == "including" or doc[i].lower_
                                              == "such" and doc[i + 1].lower_ == "as"):
                continue
            listed = [m for m in listed_after(view, doc[i + (doc[i].lower_ == "such")])
                      if m.key not in {b.key for b in bodies}]
            yield from pairs(listed, bodies[:1], "AFFILIATED_WITH", "affiliated:listed", word.i)


AFFILIATE_NOUNS = lexicon.words("affiliate_nouns")
AFFILIATE_OWNERS = {"his", "her", "its", "their"}


def possessed_affiliates(view: SentenceView) -> Iterator[Found]:
    """'Guo Wengui, and his affiliated organisations, A and B', "the firm's associated
    companies A and B": each one listed after the owned group is affiliated with its owner
    (the one the possessive names, or the one 'and his' follows)."""
    if view.words.isdisjoint(AFFILIATION_WORDS) or view.words.isdisjoint(AFFILIATE_NOUNS):
        return
    doc = view.sent.doc
    for word in view.tokens:
        if word.lower_ not in AFFILIATION_WORDS or word.i + 1 >= view.sent.end \
                or doc[word.i + 1].lower_ not in AFFILIATE_NOUNS:
            continue
        owner = _affiliates_owner(view, word.i - 1)
        if owner is None:
            continue
        listed = [m for m in listed_after(view, doc[word.i + 1]) if m.key != owner.key]
        yield from pairs([owner], listed, "AFFILIATED_WITH", "affiliated:possessed", word.i)


def _affiliates_owner(view: SentenceView, i: int) -> Mention | None:
    """Who owns the group whose possessive is token `i`: the actor before "'s", or the
    actor 'and his' follows ('X, and his'); no one for a pronoun without 'and'."""
    doc = view.sent.doc
    if i <= view.sent.start:
        return None
    if doc[i].tag_ == "POS":
        return view.at.get(i - 1)
    if doc[i].lower_ not in AFFILIATE_OWNERS or doc[i - 1].lower_ != "and":
        return None
    j = i - 2
    while j > view.sent.start and doc[j].text in (",", ")"):
        if doc[j].text == ")":  # 'Guo Wengui ("GWG"), and his': past the brackets
            j = next((k for k in range(j - 1, max(view.sent.start, j - 6) - 1, -1)
                      if doc[k].text == "("), j)
        j -= 1
    return view.at.get(j)


def _describes_group(word: Any) -> bool:
    """'individuals close to', 'groups linked to': the word describes a plural noun (the
    parser may make 'linked' the sentence's verb with that noun its subject)."""
    if word.dep_ in ("amod", "acl") and word.head.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS")
               for c in word.children)


SUBORDINATE_WORDS = {"subordinate"}
"""'X is subordinate to Y': X is part of Y ('accountable to' is oversight, no part)."""
SUBORDINATE_PARTS = ("Agency", "Organization", "Committee", "Commission")


def _subordinate(view: SentenceView) -> Iterator[Found]:
    """A body said to be subordinate to another is part of it; a person so described is
    not."""
    if view.words.isdisjoint(SUBORDINATE_WORDS):
        return
    for token in view.tokens:
        if token.lower_ not in SUBORDINATE_WORDS or token.pos_ != "ADJ" \
                or token.dep_ not in ("acomp", "amod"):
            continue
        wholes = [m for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
                  for m in pobj_actors(view, p) if m.type in UNIT_PARENTS + ("State",)]
        verb = token.head
        parts = view.subjects(verb) if token.dep_ == "acomp" else view.actors(verb, owner=False)
        yield from pairs([p for p in parts if p.type in SUBORDINATE_PARTS], wholes, "PART_OF",
                         "predicate:subordinate", token.i)


RAPPORTEUR_WORDS = {"rapporteur", "co-rapporteur", "rapporteurs", "co-rapporteurs"}
RAPPORTEUR_REACH = 16
"""How far before 'rapporteur' the committee whose report it is may be named."""


def _rapporteurs(view: SentenceView, committees_named: list[Mention]) -> Iterator[Found]:
    """'report of the Committee on Political Affairs and Democracy, rapporteur: Ms X': a
    committee's rapporteur, named just after the word (or just before: 'X, rapporteur'),
    is a member of the committee named just before it (a parliamentary procedure's
    usual line)."""
    if view.words.isdisjoint(RAPPORTEUR_WORDS):
        return
    ordered = sorted(view.mentions, key=lambda m: m.start)
    for token in view.tokens:
        if token.lower_ not in RAPPORTEUR_WORDS:
            continue
        committees = [m for m in ordered if m.type == "Committee" and m.end <= token.i
                      and token.i - m.end <= RAPPORTEUR_REACH] or _heading_committee(
                          token, committees_named)
        after = next((m for m in ordered if token.i < m.start <= token.i + 3), None)
        before = next((m for m in reversed(ordered) if m.end in (token.i, token.i - 1)
                       and m.type == "Person"), None)
        named = after if after is not None and after.type == "Person" else before
        if committees and named is not None:
            yield from pairs([named], committees[-1:], "MEMBER_OF", "rapporteur:committee",
                             token.i)


DEBATED_PAPERS = {"report", "opinion"}
DEBATE_LINE_REACH = 400
"""How many characters before a committee's report the debate that opens its line may be."""


def _debated_reports(view: SentenceView, houses: list[Mention]) -> Iterator[Found]:
    """'Origin - Assembly debate on 26 April 2018 (see Doc. 14540, report of the Committee
    on X, rapporteur: ...; and Doc. 14543, opinion of the Committee on Y, ...)': each
    committee whose report or opinion the assembly debated briefed that assembly (a
    parliamentary assembly's usual origin line, which the parser cuts at 'Doc.')."""
    if view.words.isdisjoint(DEBATED_PAPERS) or not houses:
        return
    doc = view.sent.doc
    text = text_of(doc)
    for m in view.mentions:
        i = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
        if m.type != "Committee" or i < 2 or doc[i - 1].lower_ != "of" \
                or doc[i - 2].lower_ not in DEBATED_PAPERS:
            continue
        at = doc[m.start].idx
        line = text[text.rfind("\n", 0, at) + 1:at][-DEBATE_LINE_REACH:]
        debate = DEBATE.search(line)
        house = _house_named(houses, debate.group("house")) if debate else None
        if house is not None:
            yield from pairs([m], [house], "BRIEFED", "debate:report", m.start)


DEBATE = re.compile(r"\b(?P<house>[A-Z][a-z]+) debate\b")
"""'Assembly debate on 26 April 2018': the house whose debate opens a line."""


def _house_named(houses: list[Mention], word: str) -> Mention | None:
    """The one house the document names whose name ends in `word` ('Assembly'); none when
    two differ."""
    named = {h.key: h for h in houses if h.text.split()[-1] == word or h.name.split()[-1]
             == word}
    return next(iter(named.values())) if len(named) == 1 else None


HEADING_REACH = 200
"""How many characters above a 'Rapporteur:' line the report's committee may be named."""


def _heading_committee(token: Any, committees: list[Mention]) -> list[Mention]:
    """'Committee on Political Affairs and Democracy' on a line of its own, then
    'Rapporteur: Mr X' on the next: a report's heading names the committee above the
    rapporteur's line."""
    doc = token.doc
    if token.i > 0 and "\n" not in doc[token.i - 1].text_with_ws:
        return []  # not a line's first word
    above = [m for m in committees if m.end <= token.i
             and token.idx - doc[m.end - 1].idx <= HEADING_REACH]
    return above[-1:]


PLACING_PREPS = {"under", "within"}


def _placed_under(view: SentenceView) -> Iterator[Found]:
    """'the Coastal Intelligence and Security Service under the Ministry of National
    Defence', "France's Viginum agency, within the Secretariat-General for National Defence
    and Security": a body named with the ministry or agency it sits under is part of it."""
    if view.words.isdisjoint(PLACING_PREPS):
        return
    for prep in view.tokens:
        if prep.lower_ not in PLACING_PREPS or prep.dep_ != "prep":
            continue
        part = view.at.get(prep.head.i)
        if part is None or part.end - 1 != prep.head.i:
            part = _set_off_before(view, prep)
        if part is not None and part.type in SUBORDINATE_PARTS:
            wholes = [m for m in pobj_actors(view, prep) if m.type in ("Agency", "Government")]
            yield from pairs([part], wholes, "PART_OF", "placed:under", prep.i)


def _set_off_before(view: SentenceView, prep: Any) -> Mention | None:
    """The body named just before ', within ...' ("France's Viginum agency, within the
    X"), however the parser hung the preposition: its name, or the noun it is named
    with ('Viginum agency')."""
    doc, i = view.sent.doc, prep.i - 2
    if i < view.sent.start or doc[i + 1].text != ",":
        return None
    if i in view.at:
        return view.at[i]
    return next((view.at[c.i] for c in doc[i].children
                 if c.dep_ == "compound" and c.i in view.at), None)


LED_GROUPINGS = lexicon.words("led_grouping_nouns")


def _led_coalition(view: SentenceView) -> Iterator[Found]:
    """"Berlusconi's centre-right coalition, the House of Freedoms": the one whose
    coalition it is leads it (a person's 'party' may be only theirs as a member)."""
    if view.words.isdisjoint(LED_GROUPINGS):
        return
    for noun in view.tokens:
        if noun.lower_ not in LED_GROUPINGS:
            continue
        leaders = [m for c in noun.children if c.dep_ == "poss" and c.i in view.at
                   for m in [view.at[c.i]] if m.type == "Person"]
        named = [view.at[c.i] for c in noun.children if c.dep_ == "appos" and c.i in view.at
                 and view.at[c.i].type == "Party"]
        yield from pairs(leaders, named, "HEADS", "coalition:led", noun.i)


RANKS = lexicon.words("rank_nouns")
EMPLOYERS = ("Agency", "Government", "Media")


def _through_ranks(view: SentenceView) -> Iterator[Found]:
    """'rose through the ranks of the Liberal Party', 'Rising through the hierarchy of the
    SPD, he became ...': who climbs a body's ranks is a member of it (works for an agency)."""
    if view.words.isdisjoint(RANKS):
        return
    for noun in view.tokens:
        if noun.lower_ not in RANKS or noun.dep_ != "pobj" or noun.head.lower_ != "through" \
                or noun.head.head.pos_ != "VERB":
            continue
        bodies = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for m in pobj_actors(view, p) if m.type != "Person"]
        people = [m for m in view.subjects(noun.head.head) if m.type == "Person"]
        yield from pairs(people, [b for b in bodies if b.type not in EMPLOYERS], "MEMBER_OF",
                         "ranks:member", noun.i)
        yield from pairs(people, [b for b in bodies if b.type in EMPLOYERS], "WORKS_FOR",
                         "ranks:member", noun.i)


MEMBERSHIP_NOUNS = {"member", "members", "part"}


def _as_member(view: SentenceView) -> Iterator[Found]:
    """'the AFP, as a member of the Counter Foreign Interference Taskforce, identified ...':
    an actor set off with ', as a member of Y' is a member of Y (the parser hangs the 'as'
    on whatever noun or verb is near, so the words are read as written)."""
    if "as" not in view.words or view.words.isdisjoint(MEMBERSHIP_NOUNS):
        return
    doc = view.sent.doc
    for prep in view.tokens:
        i = prep.i
        if prep.lower_ != "as" or i < 2 or doc[i - 1].text != "," or doc[i - 2].i not in view.at:
            continue
        j = i + 1
        if j < view.sent.end and doc[j].lower_ in ("a", "an", "the"):
            j += 1  # ('as a member of', 'as the member of')
        if j + 2 >= view.sent.end or doc[j].lower_ not in MEMBERSHIP_NOUNS \
                or doc[j + 1].lower_ != "of":
            continue
        member = view.at[doc[i - 2].i]
        bodies = [m for m in pobj_actors(view, doc[j + 1])
                  if m.type not in ("Person", "State", "Bill")]
        kind = "MEMBER_OF" if member.type == "Person" else "PART_OF"  # (a body's
        yield from pairs([member], bodies, kind, "as:member", j)  # membership is a part)


def _members_listed(view: SentenceView) -> Iterator[Found]:
    """'thanks to the members of the IBAC, Sir Nicolas Bratza, Mr X and Ms Y': the people
    listed right after 'the members of X,' are its members (read as written: the parser
    hangs a long list anywhere)."""
    if "members" not in view.words:
        return
    doc = view.sent.doc
    for noun in view.tokens:
        i = noun.i
        if noun.lower_ != "members" or i + 2 >= view.sent.end or doc[i + 1].lower_ != "of":
            continue
        body = view.at.get(i + 3 if doc[i + 2].lower_ == "the" else i + 2)
        if body is None or body.type in ("Person", "State", "Bill") \
                or body.end >= view.sent.end or doc[body.end].text != ",":
            continue
        people = [m for m in listed_after(view, doc[body.end]) if m.type == "Person"]
        yield from pairs(people, [body], "MEMBER_OF", "members:listed", i)


def _led_by_prefix(view: SentenceView) -> Iterator[Found]:
    """'the ASIO-led Taskforce', 'a Kremlin-led network': the one named before '-led'
    leads the body the phrase names (a person heads it, a body controls it)."""
    if "led" not in view.words:
        return
    doc = view.sent.doc
    for token in view.tokens:
        if token.lower_ != "led" or token.i < 2 or doc[token.i - 1].text != "-" \
                or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
            continue
        leader = view.at.get(token.i - 2)
        led = view.at.get(token.i + 1)
        if leader is None or led is None or leader.key == led.key \
                or leader.type == "Bill" or led.type in ("Person", "Bill", "State"):
            continue
        kind = "HEADS" if leader.type == "Person" else "CONTROLS"
        yield from pairs([leader], [led], kind, "led:prefix", token.i)


@family("affiliations", 30)
def _affiliations_family(s: Sentence) -> list[Found]:
    return affiliation_relations(s.view, s.gazetteer, s.builtin) \
        + list(listed_affiliates(s.view)) + list(possessed_affiliates(s.view)) \
        + list(_subordinate(s.view)) \
        + list(_placed_under(s.view)) + list(_through_ranks(s.view)) \
        + list(_as_member(s.view)) + list(_members_listed(s.view)) \
        + list(_led_by_prefix(s.view)) \
        + list(_led_coalition(s.view)) \
        + list(_rapporteurs(s.view, s.doc_types.get("Committee", []))) \
        + list(_debated_reports(s.view, s.doc_types.get("Legislature", []))) \
        + list(_state_services(s.view, s.doc_types, s.builtin)) + list(_its_bodies(s.view))


OWNED_BODY_TYPES = ("Agency", "Committee", "Commission")


def _its_bodies(view: SentenceView) -> Iterator[Found]:
    """'spying for Russia and its military intelligence service, the GRU', 'China and its
    Ministry of State Security': a body 'its' joins to a state is part of that state."""
    if "its" not in view.words:
        return
    for m in view.mentions:
        if m.type not in OWNED_BODY_TYPES:
            continue
        noun = view.sent.doc[m.start:m.end].root
        if noun.dep_ == "appos":  # 'its military intelligence service, the GRU'
            noun = noun.head
        owner = noun.head if noun.dep_ == "conj" else None
        if owner is None or owner.i > noun.i or not any(
                c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
            continue
        states = [s for s in view.actors(owner, owner=False) if s.type == "State"]
        yield from pairs([m], states[:1], "PART_OF", "its:state", m.start)


def _state_services(view: SentenceView, doc_types: dict[str, list[Mention]],
                    builtin: Builtin) -> Iterator[Found]:
    """'the Iranian security services', "China's intelligence service": a state's service
    is part of the state, when the text names that state as an actor too (else the
    service stands alone, as its name already says whose it is)."""
    named = {m.name for m in doc_types.get("State", []) if not any(
        m.attrs.get(flag) for flag in ("incidental", "place", "header"))}
    for m in view.mentions:
        state = m.attrs.get("state") if m.kind == "service" else None
        if state and state in named:
            yield from pairs([m], [builtin(state, "State")], "PART_OF", "service:state",
                             m.start)
