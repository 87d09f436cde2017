"""Expulsions told without the verb 'expel' or 'persona non grata'.

Why: wire stories and ministers' statements say that a diplomat 'was ordered to leave the
country' or 'is no longer welcome in Canada'; whoever orders it, or announces it for the
state, is the one who expels. Only named people are sent away (a 'no longer welcome'
policy or practice is not an expulsion).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...graph.model import RELATION_TYPES
from ..vocabulary.morph import lemma
from .found import Found, pairs
from .syntax import Clause, SentenceView

__all__ = ["ORDERING_VERBS", "REVOKING_VERBS", "ordered_to_leave", "no_longer_welcome",
           "status_revoked"]

ORDERING_VERBS = {"order", "instruct", "direct"}
COUNTRY_NOUNS = {"country", "countries", "territory"}
LEAVING_VERBS = {"leave", "depart", "quit"}
ANNOUNCING_VERBS = {"announce", "say", "confirm", "declare", "state", "tell"}
EXPELLING_TYPES = RELATION_TYPES["EXPELLED"].sources
"""Who may expel: the model's sources of EXPELLED (`graph/model.toml`)."""


def ordered_to_leave(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'China ordered X to leave the country'; 'X was ordered to leave' as announced."""
    if not any(c.dep_ == "xcomp" and lemma(c.text) in LEAVING_VERBS
               and any(_a_country(view, o) for o in c.children if o.dep_ == "dobj")
               for c in verb.children):
        return
    clause = Clause.of(verb)
    if clause.passive:
        sent_away = view.actors(clause.subject, owner=False) if clause.subject is not None \
            else []
    else:
        sent_away = [m for c in verb.children if c.dep_ == "dobj"
                     for m in view.actors(c, owner=False)]
    sources = view.subjects(verb) or _announcers(view, verb)
    yield from pairs(sources, [m for m in sent_away if m.type == "Person"], "EXPELLED",
                     "verb:order-leave", verb.i)


REVOKING_VERBS = {"cancel", "revoke", "withdraw", "rescind", "strip", "annul"}
STAY_NOUNS = {"residency", "residence", "visa", "visas", "status", "accreditation",
              "credentials", "permit", "citizenship"}


def status_revoked(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'Home Affairs cancelled Huang's permanent residency', 'revoked the visa of X',
    'stripped X of his residency': the right to stay taken away is an expulsion."""
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
            and c.lower_ in STAY_NOUNS]
    people = [m for n in held for c in n.children if c.dep_ == "poss"
              for m in view.actors(c, owner=False)]
    people += [m for n in held for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
    if lemma(verb.text) == "strip":  # 'stripped X of his residency'
        people += [m for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                   and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                       o.lower_ in STAY_NOUNS for o in p.children) for p in verb.children)
                   for m in view.actors(c, owner=False)]
    sources = [m for m in view.subjects(verb) if m.type in EXPELLING_TYPES]
    yield from pairs(sources, [m for m in people if m.type == "Person"], "EXPELLED",
                     "verb:revoke-status", verb.i)


def no_longer_welcome(view: SentenceView, adjective: Any) -> Iterator[Found]:
    """'Joly announced that Zhao was no longer welcome in Canada'."""
    verb = adjective.head
    if adjective.dep_ != "acomp" or not _negated(verb, adjective) or not any(
            _a_country(view, o) for p in adjective.children if p.dep_ == "prep"
            and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"):
        return
    subject = Clause.of(verb).subject
    unwelcome = [m for m in (view.actors(subject, owner=False) if subject is not None else [])
                 if m.type == "Person"]
    yield from pairs(_announcers(view, verb), unwelcome, "EXPELLED", "adj:no-longer-welcome",
                     adjective.i)


def _a_country(view: SentenceView, noun: Any) -> bool:
    """'the country', 'Canada': leaving a room or a meeting is no expulsion."""
    return noun.lower_ in COUNTRY_NOUNS or any(
        m.type == "State" for m in view.actors(noun, owner=False))


def _negated(verb: Any, adjective: Any) -> bool:
    """'no longer welcome', 'not welcome', 'not ... any longer'."""
    return any(c.dep_ == "neg" or c.lower_ == "longer" for h in (verb, adjective)
               for c in h.children)


def _announcers(view: SentenceView, verb: Any) -> list[Any]:
    """The one who announces the clause ('X announced that ...') speaks for the act."""
    if verb.dep_ != "ccomp" or lemma(verb.head.text) not in ANNOUNCING_VERBS:
        return []
    return [m for m in view.subjects(verb.head) if m.type in EXPELLING_TYPES]
