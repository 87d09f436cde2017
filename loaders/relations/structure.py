"""Relations of membership and make-up: who sits on which body, which bodies make up
another, where a unit is housed.

Why apart from the other verb rules: these rules read lists of organisations
('brings together CSIS, the CSE, the RCMP and GAC'), which the parser often
breaks apart, so they share a surface reading of the list after a verb
(`listed_after`) and the types an organisational part may have (`PART_TYPES`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from .found import Found, pairs, pobj_actors, unique
from .syntax import SentenceView

__all__ = ["seated", "composed", "housed_in", "listed_after", "PART_TYPES", "SEAT_PREPS",
           "UNIT_VERBS"]

UNIT_VERBS = lexicon.PLACEMENT_VERBS - {"attribute"}


SEAT_PREPS = {"elect": {"to", "in"}, "serve": {"on", "in"}, "sit": {"on", "in"},
              "win": {"for"}, "represent": {"in"}}
NOMINATION_NOUNS = {"nomination", "nominations", "contest", "race", "primary"}
SEAT_TYPES = ("Legislature", "Committee", "Party", "Organization", "Commission")


def seated(view: SentenceView, verb: Any, word: str) -> Iterator[Found]:
    """'she was elected to Vancouver City Council', 'served on the committee', 'sat in the
    Senate', 'won the riding for the NDP': the subject is a member of that body."""
    members = view.objects(verb, set()) if word == "elect" else view.subjects(verb)
    members = [m for m in members if m.type == "Person"]
    holders = [verb]
    if word in ("represent", "win"):  # 'represented X in the House', 'won X for the NDP'
        holders += [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    bodies = [m for h in holders for p in h.children if p.dep_ == "prep"
              and p.lower_ in SEAT_PREPS[word] for m in pobj_actors(view, p)
              if m.type in SEAT_TYPES]
    yield from pairs(members, bodies, "MEMBER_OF", f"verb:{word}-seat", verb.i)
    if word == "serve":  # 'served twelve years in the Air Force / with the RCMP': a career
        spans = [verb] + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                          for o in p.children if o.dep_ == "pobj"]  # 'for ten years in X'
        services = [m for h in spans for p in h.children if p.dep_ == "prep"
                    and p.lower_ in ("in", "with") for m in pobj_actors(view, p)
                    if m.type == "Agency"]
        yield from pairs(members, services, "WORKS_FOR", "verb:serve-in", verb.i)
    if word == "win":  # 'won the Liberal nomination': the party's candidate
        parties = [view.at[m.i] for c in verb.children if c.dep_ == "dobj"
                   and c.lower_ in NOMINATION_NOUNS for m in c.subtree
                   if m.i in view.at and view.at[m.i].type == "Party"]
        yield from pairs(members, unique(parties), "MEMBER_OF", "verb:win-nomination", verb.i)


def composed(view: SentenceView, verb: Any, word: str) -> Iterator[Found]:
    """'The task force brings together CSIS, CSE and the RCMP'; 'NSICOP is composed of
    members of ...' (people are not parts: both ends are organisations)."""
    if word == "bring" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "together"
                                   for c in verb.children):
        return
    if word == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return  # 'made up of' composes; 'made a statement' does not
    clause_subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    wholes = view.actors(clause_subject, owner=False) if clause_subject is not None else []
    if clause_subject is None and verb.dep_ == "prep":  # 'the task force, including X':
        named_before = {m.key for m in _just_before(view, verb.i)}
        wholes = [m for m in view.actors(verb.head, owner=False) if m.key in named_before] \
            if verb.head.pos_ in ("NOUN", "PROPN") else []  # (not 'groups linked to Y,
        # including X': X is no part of Y; nor 'Y, as well as agencies including X', where
        # the parser hangs the list on Y)
    elif clause_subject is None:  # 'the task force (SITE), made up of X and Y'
        wholes = _just_before(view, verb.i)
    elif clause_subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        wholes = view.actors(verb.head, owner=False)  # 'the task force, which brings together'

    parts = [m for m in listed_after(view, verb) if not _of_people(view, m.start, verb)]
    if verb.i > view.sent.start and view.sent.doc[verb.i - 1].text == "(":
        parts = [m for m in parts if m.end <= _bracket_end(view, verb.i)]  # 'Y (including
        # X), Z and W': the bracket holds Y's parts; Z and W are Y's peers
    listed = {m.key for m in parts}  # 'organizations, including NATO and the EU': the
    wholes = [w for w in wholes if w.key not in listed]  # examples, none part of another
    orgs = PART_TYPES
    yield from pairs([p for p in parts if p.type in orgs], [w for w in wholes if w.type in orgs],
                     "PART_OF", f"verb:{word}", verb.i)


def _bracket_end(view: SentenceView, i: int) -> int:
    """The index of the bracket that closes the one open at token i (the sentence's end
    when none does)."""
    doc = view.sent.doc
    while i < view.sent.end and doc[i].text != ")":
        i += 1
    return i


LIST_GLUE = {",", "and", "the", "as", "well", "or", "of", "its", "together", "up", "(", ")"}


def _just_before(view: SentenceView, i: int) -> list[Mention]:
    """The actor named right before token i, across a comma or an acronym in brackets."""
    doc = view.sent.doc
    i -= 1
    while i >= view.sent.start and (doc[i].text in (",", "(", ")") or
                                    i in view.at and doc[i - 1].text == "("):
        i -= 1
    return [view.at[i]] if i >= view.sent.start and i in view.at else []


def listed_after(view: SentenceView, verb: Any) -> list[Mention]:
    """The list of actors right after a verb, read on the surface ('brings together CSIS,
    the CSE, the RCMP and GAC'): parsers often break long coordinations apart."""
    doc = view.sent.doc
    found: dict[str, Mention] = {}
    i = verb.i + 1
    end = view.sent.end
    while i < end:
        m = view.at.get(i)
        if m is not None:
            found.setdefault(m.key, m)
            i = max(m.end, i + 1)
        elif doc[i].lower_ in LIST_GLUE or doc[i].lower_ in ("members", "member") \
                or doc[i].is_space or doc[i].lower_ in lexicon.HONORIFICS:  # (a blanked
            # footnote number; 'Sir' or 'Ms' before a name the model tagged without it)
            i += 1
        else:
            break
    return list(found.values())


def _of_people(view: SentenceView, i: int, verb: Any) -> bool:
    """'composed of members of the House and the Senate': the parts are people."""
    node = view.sent.doc[i]
    for _ in range(6):
        if node.i == verb.i or node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in lexicon.PERSON_ROLE_NOUNS or node.lower_ in ("members",
                                                                        "representatives"):
            return True
    return False


PART_TYPES = ("Agency", "Committee", "Commission", "Organization", "Government", "Party",
              "Legislature")


def housed_in(view: SentenceView, verb: Any, word: str) -> Iterator[Found]:
    """'the unit is housed at Global Affairs Canada': the passive subject (shared across a
    conjunction) is part of the body after 'at'/'in'/'within'/'under'."""
    holder = verb.head if verb.dep_ == "conj" and not any(
        c.dep_.startswith("nsubj") for c in verb.children) else verb
    units = [m for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")
             for m in view.actors(c, owner=False)]  # passive: the unit is its subject
    parents = [m for p in verb.children if p.dep_ == "prep" and p.lower_ in (
        "at", "in", "within", "inside", "under") for m in pobj_actors(view, p)]
    yield from pairs(units, [m for m in parents if m.type in PART_TYPES], "PART_OF",
                     f"verb:{word}", verb.i)
