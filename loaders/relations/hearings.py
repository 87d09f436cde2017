"""Relations of hearings and findings: who testified before which body, who briefed
whom, which body reported on whom.

Why apart from the other verb rules: these rules share the bodies that hear
and report (committees, commissions, review agencies) and read the clause a
finding verb governs ('The Committee found that India ...') rather than its
object.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .claims import confident_words, negated
from .found import BODIES, Found, pairs, pobj_actors, unique
from .payments import is_payment
from .registry import Sentence, family
from .structure import PART_TYPES, listed_after
from .syntax import SentenceView

__all__ = ["heard", "received", "testimony", "finding", "discovered", "cited_testimony",
           "greeting", "BODY_SAYING_VERBS", "DISCOVERY_VERBS"]


def heard(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'The inquiry heard witnesses, including X and Y' / 'the committee heard from X': the
    people heard testified before the hearing body."""
    bodies = [m for m in view.subjects(verb) if m.type in ("Committee", "Commission")]
    if not bodies:
        return
    clauses = _found_clauses(verb)  # 'heard (evidence) that X ...': X is what it heard about
    told = {t.i for c in clauses for t in c.subtree}
    for clause in clauses:
        about = [m for child in clause.children if child.dep_ in ("nsubj", "nsubjpass")
                 for m in view.actors(child) if m.type in FOUND_ABOUT]
        yield from pairs(bodies, about, "REPORTED_ON", "finding:hear", verb.i)
    if _ahead(verb):
        return  # 'the committee is expected to hear from X': no testimony yet
    heard = [m for m in view.objects(verb, {"from"}) if m.type == "Person"]
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lower_ in ("witnesses", "testimony", "evidence") or \
                obj.dep_ == "prep" and obj.lower_ == "including":
            heard += _people_within(view, obj)
        elif obj.dep_ == "prep":  # 'heard witnesses in hearings, including X' (misattached)
            heard += [m for p in obj.subtree if p.dep_ == "prep" and p.lower_ == "including"
                      for m in _people_within(view, p)]
    for person in unique([m for m in heard if m.start not in told]):
        yield from pairs([person], bodies, "TESTIFIED_BEFORE", "verb:hear", verb.i)


AHEAD = {"expect", "expected", "expects", "schedule", "scheduled", "due", "set", "plan",
         "plans", "planned", "intend", "intends", "will", "shall", "'ll"}


def _ahead(verb: Any) -> bool:
    """A hearing still to come: 'is expected / scheduled / set to hear', 'will hear'."""
    return any(c.dep_ == "aux" and c.lower_ in AHEAD for c in verb.children) or \
        verb.dep_ == "xcomp" and verb.head.lower_ in AHEAD


def _people_within(view: SentenceView, token: Any) -> list[Mention]:
    return [view.at[t.i] for t in token.subtree if t.i in view.at
            and view.at[t.i].type == "Person"]


INFORMING_NOUNS = {"information": "BRIEFED", "intelligence": "BRIEFED"}
"""Only when received: 'received information from CSIS' is a briefing by CSIS ('sent
information to India' stays assistance, read by the transfer rule)."""


def received(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'received funding from X', 'hear testimony from X', 'benefited from the help of X'."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("against", "without", "about", "over"):
        return  # 'warned the parties against / about accepting donations from X': a topic or
        # a warning, nothing received (and never by whoever warned)
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and not nouns and is_payment(verb.head):
        nouns.append(verb.head)  # 'the millions of dollars they received from the PRC'
    nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
              for o in p.children if o.dep_ == "pobj"]
    receivers = view.subjects(verb)
    for noun in nouns:
        rel_type = lexicon.LIGHT_VERB_NOUNS.get(noun.lower_) or INFORMING_NOUNS.get(noun.lower_)
        if rel_type is None and (noun.dep_ == "dobj" or noun.i == verb.head.i) \
                and is_payment(noun):
            rel_type = "FUNDED"  # 'received millions of dollars from the PRC'
        if rel_type not in lexicon.RECEIVED_TYPES:
            continue
        froms = [p for holder in (noun, verb) for p in holder.children
                 if p.dep_ == "prep" and p.lower_ in ("from", "of") and p.i != noun.head.i]
        givers = [m for p in froms for m in pobj_actors(view, p)]
        givers += [m for p in froms if p.lower_ == "from" for m in listed_after(view, p)
                   if m.type in PART_TYPES]  # 'from CSIS, the CSE (CSE) and GAC', parse broken
        yield from pairs(unique(givers), receivers, rel_type, f"received:{noun.lower_}",
                         verb.i)


TESTIMONY_NOUNS = {"evidence", "testimony", "submission", "appearance", "statement"}
"""'In evidence to the Committee, X said': the noun that carries the hearing."""


def testimony(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'At the committee, X said ...', 'X told the inquiry ...' and 'In (his) evidence to
    the Committee, X said' -> X testified before it."""
    bodies: list[Mention] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("at", "before"):
            bodies += [m for obj in child.children if obj.dep_ == "pobj"
                       for m in view.actors(obj, owner=False)]
        elif child.dep_ == "prep" and child.lower_ == "in":
            bodies += [m for obj in child.children if obj.dep_ == "pobj"
                       and obj.lower_ in TESTIMONY_NOUNS for p in obj.children
                       if p.dep_ == "prep" and p.lower_ in ("to", "before")
                       for m in pobj_actors(view, p)]
        elif child.dep_ in ("dobj", "dative") and lemma(verb.text) == "tell":
            bodies += view.actors(child, owner=False)
    bodies = [b for b in bodies if b.type in BODIES]
    if bodies:
        speakers = [m for m in view.subjects(verb) if m.type == "Person"]
        yield from pairs(speakers, bodies, "TESTIFIED_BEFORE", "testimony", verb.i)


FINDERS = ("Committee", "Commission", "Agency", "Media", "Legislature")
BODY_SAYING_VERBS = {"say", "state", "write"}
BODY_TYPES = ("Agency", "Committee", "Commission")
FOUND_ABOUT = ("Person", "State", "Government", "Party", "Agency", "Organization", "Committee")


def finding(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'The Committee found that India's efforts expanded' -> the Committee reported on
    India: the subject of a finding clause is what the finder reports on. An outlet citing
    an agency ('reported that CSIS had warned') sources its story, it does not report on
    the agency, so media findings about agencies are left out."""
    saying = lemma(verb.text) in BODY_SAYING_VERBS  # 'GAC said RRM detected': a source
    finders = [m for m in view.subjects(verb) if m.type in FINDERS or
               m.type == "Person" and m.roles & {"Commissioner", "Judge"} or
               m.type == "Organization" and not saying]  # 'Safeguard Defenders reported'
    if saying:  # a review body's report 'says': a finding; an outlet's story says what
        finders = [m for m in finders if m.type in ("Committee", "Commission", "Agency",
                                                    "Media")]  # it reports
    if not finders:
        return
    for clause in _found_clauses(verb):
        about = _clause_subjects(view, clause)
        told = [m for inner in clause.children if inner.dep_ == "ccomp"  # 'AP reports that
                for m in _clause_subjects(view, inner) if m.type == "Person"] \
            if lemma(clause.text) in SOURCE_VERBS else []  # prosecutors said he received':
        # the story is about him, whoever its sources are
        sourcing = lemma(clause.text) in SOURCE_VERBS  # 'reported that CSIS had warned'
        described = saying and clause.lemma_ == "be"  # 'Global News said X was a Liberal
        for finder in finders:  # MP' describes X; 'BBC said he pleaded guilty' reports
            if described and finder.type == "Media":
                continue
            kept = [m for m in about if not (finder.type == "Media" and m.type == "Agency"
                                             and sourcing)
                    and not (saying and finder.type == "Agency" and m.type in BODY_TYPES)
                    and m.name != _parent(finder)  # an embassy speaks for its state
                    and not _own_state(finder, m)]  # 'Estonia expelled X, the Estonian
            # Foreign Ministry said': the ministry speaks for Estonia, not about it
            kept += told if finder.type == "Media" else []
            yield from pairs([finder], kept, "REPORTED_ON", f"finding:{lemma(verb.text)}",
                             verb.i)


def _clause_subjects(view: SentenceView, clause: Any) -> list[Mention]:
    return [m for child in clause.children if child.dep_ in ("nsubj", "nsubjpass")
            for m in view.actors(child) if m.type in FOUND_ABOUT]


SOURCE_VERBS = lexicon.REPORTING_VERBS | lexicon.SPEAKING_VERBS | lexicon.FINDING_VERBS \
    | {"warn", "say", "tell", "confirm", "brief", "assess", "believe", "estimate"}
"""What an agency does as an outlet's source ('reported that CSIS had warned'), not as
what the outlet reports on ('reported that the embassy is used as a base for spying')."""
DISCOVERY_VERBS = lexicon.words("discovery_verbs")
DISCOVERERS = FINDERS + ("State", "Government", "Organization")


def discovered(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'In 1974, West German authorities discovered that Guillaume was spying for East
    Germany': the body that discovers what someone did investigated them (a person who
    learns a fact investigates no one)."""
    if negated(verb):
        return
    finders = [m for m in view.subjects(verb) if m.type in DISCOVERERS]
    about = [m for clause in _found_clauses(verb) for child in clause.children
             if child.dep_ in ("nsubj", "nsubjpass") for m in view.actors(child)
             if m.type in FOUND_ABOUT]
    yield from pairs(finders, about, "INVESTIGATED", f"discovery:{lemma(verb.text)}", verb.i)


EVIDENCE_NOUNS = {"evidence", "information", "intelligence", "indication", "indications",
                  "proof", "sign", "signs"}


def _found_clauses(verb: Any) -> list[Any]:
    """The clauses a finding verb states: its that-clause, the clauses coordinated with it
    ('reported that X ..., and that Y was involved'), and the that-clause of the evidence
    it names ('found no evidence that Russia interfered', 'had evidence that agents ...')."""
    clauses = [c for h in (verb, *confident_words(verb)) for c in h.children
               if c.dep_ == "ccomp"]  # ('is confident that X ...': the adjective's clause)
    clauses += [c for clause in list(clauses) for c in clause.conjuncts
                if c.i > clause.i and c.pos_ in ("VERB", "AUX")]
    for noun in verb.children:
        if noun.dep_ == "dobj" and noun.lower_ in EVIDENCE_NOUNS:
            clauses += [c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    return clauses


def _own_state(body: Mention, state: Mention) -> bool:
    """Whether `state` is the body's own: its reference entry says so, or its name opens
    on the state's demonym ('Estonian Foreign Ministry')."""
    if state.type != "State" or body.type == "State":
        return False
    country = getattr(body.attrs.get("entry"), "country", "")
    demonyms = getattr(state.attrs.get("entry"), "demonyms", ())
    return country == state.name or body.name.split()[0] in demonyms


def _parent(body: Mention) -> str:
    """The state or body a known mission or unit belongs to ('' when none is known)."""
    entry = body.attrs.get("entry")
    return getattr(entry, "parent", "") or "" if entry is not None else ""


CITED = {"testimony", "evidence", "examination", "cross-examination"}


def cited_testimony(view: SentenceView, doc_types: dict[str, list[Mention]]
                    ) -> Iterator[Found]:
    """A report's note '[7] Testimony of X, April 4, 2024; Testimony of Y' (a citation: no
    verb) says X and Y testified before the inquiry or committee that wrote it."""
    if view.words.isdisjoint(CITED) or any(t.pos_ in ("VERB", "AUX") for t in view.tokens):
        return
    bodies = (doc_types.get("Commission") or doc_types.get("Committee") or [])[:1]
    for noun in view.tokens:
        if noun.lower_ not in CITED or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        people = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for m in pobj_actors(view, p) if m.type == "Person" and not m.scoped]
        yield from pairs(people, bodies, "TESTIFIED_BEFORE", "note:testimony", noun.i)


OPENING_NOUNS = {"statement", "statements", "remarks", "comments"}


def opening_statements(view: SentenceView, doc_types: dict[str, list[Mention]]
                       ) -> Iterator[Found]:
    """'Mr. Chong, you will have up to 10 minutes for an opening statement' / "X's opening
    remarks": who is given or gives the opening statement at a committee's meeting is its
    witness. Read only in a text that names one committee, for the person addressed at the
    head of the sentence or the statement's owner."""
    committees = doc_types.get("Committee", [])
    if len(committees) != 1 or view.words.isdisjoint(OPENING_NOUNS):
        return
    for noun in view.tokens:
        if noun.lower_ not in OPENING_NOUNS or not any(
                c.dep_ == "amod" and c.lower_ == "opening" for c in noun.children):
            continue
        people = [view.at[c.i] for c in noun.children if c.dep_ == "poss" and c.i in view.at]
        people += _addressed(view)
        people = [m for m in people if m.type == "Person" and not m.group and not m.scoped]
        yield from pairs(unique(people), committees, "TESTIFIED_BEFORE",
                         "hearing:opening-statement", noun.i)


ACCOMPANYING = {"accompanied", "joined"}
APPEARING = {"appear", "appearing", "appeared", "testify", "testifying", "testified"}


def introduced_witnesses(view: SentenceView, doc_types: dict[str, list[Mention]]
                         ) -> Iterator[Found]:
    """'He's accompanied today by A, associate deputy minister, ...; B, commissioner, ...'
    and 'I thank Director X and Admiral Y for appearing before us today': at a meeting
    of the one committee a text names, the people a chair introduces as accompanying a
    witness, or thanks for appearing before 'us', are its witnesses."""
    committees = doc_types.get("Committee", [])
    if len(committees) != 1 or view.words.isdisjoint(ACCOMPANYING | APPEARING):
        return
    for verb in view.tokens:
        people: list[Mention] = []
        if verb.lower_ in ACCOMPANYING and verb.tag_ == "VBN":
            people = [m for c in verb.children if c.dep_ == "agent"
                      for t in c.subtree if t.i in view.at for m in [view.at[t.i]]]
        elif verb.lower_ in APPEARING and any(
                p.lower_ == "before" and any(o.lower_ == "us" for o in p.children)
                for p in verb.children if p.dep_ == "prep"):
            people = _thanked_for(view, verb) or view.subjects(verb)
        people = [m for m in people if m.type == "Person" and not m.group and not m.scoped]
        yield from pairs(unique(people), committees, "TESTIFIED_BEFORE",
                         "hearing:introduced", verb.i)


ORDER_WORDS = {"order"}


def called_to_order(view: SentenceView, doc_types: dict[str, list[Mention]],
                    voice: Mention | None) -> Iterator[Found]:
    """'NUNES: The committee will come to order.' / 'I call this meeting to order': who
    opens the meeting of the one committee a transcript has chairs it."""
    committees = doc_types.get("Committee", [])
    if voice is None or len(committees) != 1 or "order" not in view.words:
        return
    for verb in view.tokens:
        if verb.pos_ == "VERB" and lemma(verb.text) in ("come", "call") and any(
                t.lower_ in ORDER_WORDS and t.i > verb.i and t.doc[t.i - 1].lower_ == "to"
                for t in verb.subtree):  # parsed 'to order' as a verb, or as 'to' + noun
            yield from pairs([voice] if voice.type == "Person" else [], committees, "HEADS",
                             "hearing:to-order", verb.i)


def _thanked_for(view: SentenceView, verb: Any) -> list[Mention]:
    """'thank X and Y for appearing': the ones thanked."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for":
        return []
    thanking = verb.head.head
    return [m for c in thanking.children if c.dep_ == "dobj" for m in view.actors(c)]


def _addressed(view: SentenceView) -> list[Mention]:
    """'Mr. Chong, you will have ...': the person named before the first comma, when the
    sentence then speaks to 'you'."""
    sent = view.sent
    first = view.at.get(sent.start) or (view.at.get(sent.start + 1)
                                        if sent.start + 1 < sent.end else None)
    if first is None or first.end >= sent.end or sent.doc[first.end].text != ",":
        return []
    rest = sent.doc[first.end + 1:min(first.end + 4, sent.end)]
    return [first] if any(t.lower_ == "you" for t in rest) else []


EVIDENCE_NOUNS = {"evidence", "testimony"}


def greeting(verb: Any) -> bool:
    """'We welcome', 'I now welcome': a chair greeting whom the meeting hears ('the minister
    welcomed X's appointment' or 'X welcomed Y', told of someone else, is support)."""
    return lemma(verb.text) == "welcome" and verb.tag_ in ("VBP", "VB") and any(
        c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children)


def gave_evidence(view: SentenceView, doc_types: dict[str, list[Mention]]) -> Iterator[Found]:
    """'Professor Anne Carver gave evidence.' (the heading of a witness's examination) and
    'Today we welcome Ms. Jessica Brandt' / 'I now welcome representatives of X' (a chair
    opening a hearing): at the one committee a transcript names, the person giving evidence
    or welcomed is its witness."""
    committees = doc_types.get("Committee", [])
    if len(committees) != 1 or view.words.isdisjoint({"gave", "give", "given", "giving",
                                                       "welcome", "welcomes"}):
        return
    for verb in view.tokens:
        word = lemma(verb.text) if verb.pos_ == "VERB" else ""
        if word == "give" and any(c.dep_ == "dobj" and c.lower_ in EVIDENCE_NOUNS
                                  for c in verb.children):
            people = view.subjects(verb)
        elif word == "welcome" and greeting(verb):
            people = view.objects(verb, set())
        else:
            continue
        people = [m for m in people if m.type == "Person" and not m.group]
        yield from pairs(unique(people), committees, "TESTIFIED_BEFORE",
                         f"hearing:{word}", verb.i)


@family("hearings", 60)
def _hearings_family(s: Sentence) -> Iterator[Found]:
    yield from gave_evidence(s.view, s.doc_types)
    yield from cited_testimony(s.view, s.doc_types)
    yield from opening_statements(s.view, s.doc_types)
    yield from introduced_witnesses(s.view, s.doc_types)
    yield from called_to_order(s.view, s.doc_types, s.extras.get("voice"))
