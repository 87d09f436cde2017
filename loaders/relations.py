"""Relations stated by a sentence's verbs and event nouns.

Why from syntax: "MPs assisted foreign actors", "foreign actors were assisted
by MPs" and "MPs, who began assisting foreign actors" state one fact; the
subject/object reading in `syntax` sees one fact in all three, while a
same-sentence co-occurrence rule would link every pair of names in the
sentence. Each rule yields `Found` items; claimants and statuses are added
afterwards by `claims`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from . import lexicon
from .mentions import Mention
from .morph import lemma
from .syntax import SentenceView

__all__ = ["Found", "verb_relations", "TARGET_TYPES", "SOURCE_TYPES"]

BODIES = ("Committee", "Commission", "Legislature")
ORGS = ("Agency", "Committee", "Commission", "Party", "Legislature", "Organization",
        "Government", "Media", "State")
TARGET_TYPES: dict[str, tuple[str, ...]] = {
    "MINISTER_OF": ("Agency", "Government"), "HEADS": ORGS, "MEMBER_OF": ORGS,
    "FORMER_MEMBER_OF": ORGS, "TESTIFIED_BEFORE": BODIES, "WORKS_FOR": ORGS,
    "INTERFERED_IN": ("State", "Government", "Legislature"), "DETAINED": ("Person",),
    "EXPELLED": ("Person",), "INTRODUCED": ("Bill",), "APPOINTED": ("Person",),
}
SOURCE_TYPES: dict[str, tuple[str, ...]] = {
    "MINISTER_OF": ("Person",), "HEADS": ("Person",), "MEMBER_OF": ("Person",),
    "FORMER_MEMBER_OF": ("Person",), "WORKS_FOR": ("Person",),
    "DETAINED": ("State", "Government", "Agency"), "EXPELLED": ("State", "Government", "Agency"),
    "INTERFERED_IN": ("State", "Person", "Organization", "Agency"),
    "TESTIFIED_BEFORE": ("Person", "Agency"),
}
LIGHT_VERBS = {"have", "hold", "maintain", "develop", "establish", "give", "make", "launch",
               "open", "begin", "start", "issue", "provide", "impose", "conduct", "engage",
               "pay", "present", "file", "offer", "send", "keep", "seek", "receive"}
LIGHT_PREPS = {"with", "to", "into", "against", "on", "before", "for", "at"}


@dataclass
class Found:
    """One relation a rule read in a sentence; `anchor` is the token that states it."""

    source: Mention
    target: Mention
    type: str
    rule: str
    anchor: int


def allowed(rel_type: str, source: Mention, target: Mention) -> bool:
    """Type constraints that keep a rule from linking the wrong kinds of actor."""
    if source.key == target.key:
        return False
    if target.type == "Bill" and rel_type not in ("INTRODUCED", "SUPPORTED", "CRITICIZED",
                                                  "REPORTED_ON"):
        return False
    ok_targets = TARGET_TYPES.get(rel_type)
    ok_sources = SOURCE_TYPES.get(rel_type)
    return (ok_targets is None or target.type in ok_targets) and \
        (ok_sources is None or source.type in ok_sources)


def pairs(sources: list[Mention], targets: list[Mention], rel_type: str, rule: str,
          anchor: int) -> Iterator[Found]:
    for s in sources:
        for t in targets:
            if allowed(rel_type, s, t):
                yield Found(s, t, rel_type, rule, anchor)


_KEYED: dict[int, bool] = {}
_RULE_LEMMAS = (set(lexicon.VERB_RELATIONS) | LIGHT_VERBS | lexicon.TRANSFER_VERBS
                | lexicon.SPEAKING_VERBS | lexicon.REPORTING_VERBS | {"comment", "declare"})
_RULE_NOUNS = set(lexicon.NOMINAL_EVENTS) | lexicon.TARGET_NOUNS


def keyed_tokens(doc: Any) -> list[Any]:
    """Tokens whose word some verb or noun rule reads, without touching the others."""
    from spacy.attrs import LOWER

    found = []
    strings = doc.vocab.strings
    for i, low in enumerate(doc.to_array([LOWER]).reshape(-1).tolist()):
        keyed = _KEYED.get(low)
        if keyed is None:
            word = strings[low]
            keyed = _KEYED[low] = word in _RULE_NOUNS or lemma(word) in _RULE_LEMMAS
        if keyed:
            found.append(doc[i])
    return found


def verb_relations(view: SentenceView, home_state: Mention | None,
                   tokens: list[Any] | None = None) -> Iterator[Found]:
    """Every rule that reads verbs and nouns, over one sentence (or its keyed tokens)."""
    for token in (view.sent if tokens is None else tokens):
        if token.pos_ in ("VERB", "AUX"):
            yield from _verb(view, token, home_state)
        elif token.pos_ in ("NOUN", "PROPN"):
            yield from _nominal(view, token, home_state)


def _verb(view: SentenceView, verb: Any, home_state: Mention | None) -> Iterator[Found]:
    word = lemma(verb.text)
    rel_type = lexicon.VERB_RELATIONS.get(word)
    if word == "comment" and lemma(verb.head.text) in ("refuse", "decline"):
        targets = view.objects(verb, {"on", "about"})
        yield from pairs(view.subjects(verb), targets, "REFUSED_COMMENT", "refuse-comment", verb.i)
        return
    if word in LIGHT_VERBS:
        yield from _light(view, verb)
    if word in lexicon.TRANSFER_VERBS:
        yield from _transfer(view, verb)
    if word in lexicon.SPEAKING_VERBS or word in lexicon.REPORTING_VERBS:
        yield from _testimony(view, verb)
    if word == "declare" and any(t.lower_ == "grata" for t in verb.subtree):
        rel_type = "EXPELLED"
    if rel_type is None:
        return
    if word == "name" and any(m.type in ("Committee", "Commission", "Agency", "Media")
                              for m in view.subjects(verb)):
        rel_type = "REPORTED_ON"
    preps = lexicon.VERB_PREPOSITIONS.get(rel_type, set())
    direct = rel_type not in ("TESTIFIED_BEFORE",)
    targets = view.objects(verb, preps, direct=direct)
    sources = view.subjects(verb)
    if rel_type == "INTERFERED_IN" and not targets and home_state is not None:
        targets = [home_state]
    if rel_type == "BRIEFED":
        targets = [t for t in targets if t.type not in BODIES]
    yield from pairs(sources, targets, rel_type, f"verb:{word}", verb.i)
    if rel_type == "APPOINTED":
        offices = [m for child in verb.children if child.dep_ == "prep" and child.lower_ == "as"
                   for m in _pobj_actors(view, child)]
        yield from pairs(targets, offices, "HEADS", "verb:appoint-as", verb.i)


def _light(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'had relationships with X', 'launched an investigation into X'."""
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        rel_type = lexicon.LIGHT_VERB_NOUNS.get(noun.lower_)
        if rel_type is None:
            continue
        targets = []
        for holder in (noun, verb):
            for prep in holder.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ in LIGHT_PREPS:
                    targets += [m for obj in prep.children if obj.dep_ == "pobj"
                                for m in view.actors(obj)]
        yield from pairs(view.subjects(verb), targets, rel_type, f"light:{noun.lower_}", verb.i)


def _transfer(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'sending confidential information to Indian officials' -> assistance to India."""
    if not any(c.dep_ == "dobj" and c.lower_ in lexicon.SENSITIVE_NOUNS for c in verb.children):
        return
    targets = view.objects(verb, {"to", "with"}, direct=False)
    for noun in verb.children:
        if noun.dep_ == "dobj":
            targets += [m for prep in noun.children if prep.dep_ == "prep"
                        and prep.lower_ in ("to", "with") for m in _pobj_actors(view, prep)]
    targets = [t for t in targets if t.type in ("State", "Agency", "Organization") or t.group]
    yield from pairs(view.subjects(verb), targets, "ALLEGED_ASSISTANCE", "transfer", verb.i)


def _testimony(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'At the committee, X said ...' and 'X told the inquiry ...' -> X testified before it."""
    bodies: list[Mention] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("at", "before"):
            bodies += [m for obj in child.children if obj.dep_ == "pobj"
                       for m in view.actors(obj, owner=False)]
        elif child.dep_ in ("dobj", "dative") and lemma(verb.text) == "tell":
            bodies += view.actors(child, owner=False)
    bodies = [b for b in bodies if b.type in BODIES]
    if bodies:
        speakers = [m for m in view.subjects(verb) if m.type == "Person"]
        yield from pairs(speakers, bodies, "TESTIFIED_BEFORE", "testimony", verb.i)


def _nominal(view: SentenceView, noun: Any, home_state: Mention | None) -> Iterator[Found]:
    """'the detention of X in China', 'Chinese interference', 'interference by India'."""
    if noun.lower_ in lexicon.TARGET_NOUNS:
        yield from _target_noun(view, noun)
        return
    rel_type = lexicon.NOMINAL_EVENTS.get(noun.lower_)
    if rel_type is None:
        return
    patients: list[Mention] = []
    agents: list[Mention] = []
    own = view.at.get(noun.i)
    if own is not None and own.type == "State":
        agents.append(own)
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and child.i in view.at):
            agents += view.actors(child, owner=False)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            agents += _pobj_actors(view, child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "against", "on", "into"):
            found = _pobj_actors(view, child)
            if rel_type in lexicon.PATIENT_FIRST or child.lower_ != "of":
                patients += found
            else:
                agents += found
        elif child.dep_ == "prep" and child.lower_ == "in" and rel_type == "INTERFERED_IN":
            patients += _pobj_actors(view, child)
    if rel_type == "DETAINED" and not agents:
        agents = [m for m in _located_in(view, noun) if m.type == "State"]
    copula = noun.dep_ == "pobj" and noun.head.head.dep_ == "attr"
    if not agents and (rel_type in ("TARGETED", "DETAINED") or copula):
        agents = [a for a in _clause_subjects(view, noun) if a.type in ("State", "Agency")]
    if rel_type == "INTERFERED_IN":
        agents += _such_as(view, noun)
        if not patients and home_state is not None:
            patients = [home_state]
        agents = [a for a in agents if home_state is None or a.key != home_state.key]
    yield from pairs(_unique(agents), _unique(patients), rel_type, f"noun:{noun.lower_}", noun.i)


def _clause_subjects(view: SentenceView, noun: Any) -> list[Mention]:
    """Who the clause holding an event noun is about: 'agents of India engaged in ... the
    killing of X' -> India; 'the PRC is the most active perpetrator of interference' -> PRC."""
    node = noun
    for _ in range(6):
        if node.head is node:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            found = view.subjects(node)
            if found or node.dep_ != "relcl":
                return found
    return []


def _target_noun(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'X is a target of Y', 'X, briefed as a target of Y' -> Y targeted X."""
    agents = [m for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"
              for m in _pobj_actors(view, child)]
    agents += [view.at[c.i] for c in noun.children if c.dep_ == "poss" and c.i in view.at]
    if not agents:
        return
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if noun.dep_ not in ("attr", "pobj", "oprd") or holder.pos_ not in ("VERB", "AUX"):
        return
    clause_objects = view.objects(holder, set()) if noun.dep_ == "pobj" else []
    patients = clause_objects or view.subjects(holder)
    yield from pairs(agents, patients, "TARGETED", "noun:target", noun.i)


def _pobj_actors(view: SentenceView, prep: Any) -> list[Mention]:
    return [m for obj in prep.children if obj.dep_ == "pobj" for m in view.actors(obj, owner=False)]


def _located_in(view: SentenceView, noun: Any) -> list[Mention]:
    """States named in an 'in X' phrase inside the noun's own phrase."""
    found = []
    for token in noun.subtree:
        if token.dep_ == "prep" and token.lower_ == "in":
            found += _pobj_actors(view, token)
    return found


def _such_as(view: SentenceView, noun: Any) -> list[Mention]:
    """'interference ..., such as China and India' / 'activities of foreign interference, such
    as China': states listed as examples next to the noun or the phrase it completes."""
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holders.append(noun.head.head)
    found: list[Mention] = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("as", "including", "like"):
                found += [m for m in _pobj_actors(view, prep) if m.type == "State"]
    return found


def _unique(items: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in items:
        seen.setdefault(m.key, m)
    return list(seen.values())
