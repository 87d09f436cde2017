"""Designations told in the passive after the designator is named: 'OFAC designated four
individuals ... Andrii Derkach ... was designated pursuant to Executive Order 13848'.

Why: sanctions releases name the designating office once, then list the people and bodies
designated in the passive without repeating it; each of them was sanctioned by the office
the document last named as designating (`Sentence.extras["sanctioner"]`, kept by the
extractor). No designator named before, no edge: a passive alone says nothing of who.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..vocabulary.morph import lemma
from .claims import negated
from .found import Found, pairs
from .registry import Sentence, family
from .syntax import Clause

__all__ = ["passive_designations"]

DESIGNATING = {"designate", "sanction"}
DESIGNATED = ("Person", "Organization", "Agency", "Media", "Party")


def passive_designations(s: Sentence) -> Iterator[Found]:
    sanctioner = s.extras.get("sanctioner")
    view = s.view
    if sanctioner is None or not any(lemma(w) in DESIGNATING | LISTING for w in view.words):
        return
    yield from _listed(s, sanctioner)
    for verb in view.tokens:
        if verb.pos_ != "VERB" or lemma(verb.text) not in DESIGNATING or negated(verb):
            continue
        clause = Clause.of(verb)
        if not clause.passive or clause.agent is not None or clause.subject is None \
                or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            continue  # 'was designated as minister' is no sanction
        patients = [m for m in view.actors(clause.subject, owner=False)
                    if m.type in DESIGNATED and m.key != sanctioner.key]
        yield from pairs([sanctioner], patients, "SANCTIONED", "designated:passive", verb.i)


LISTING = {"list"}


def _listed(s: Sentence, sanctioner: Any) -> Iterator[Found]:
    """'The Council also listed the outlet X', 'Among those listed are A and B': after a
    body has imposed sanctions, whom it lists (or 'those listed') it sanctions."""
    view = s.view
    for verb in view.tokens:
        if lemma(verb.text) not in LISTING or negated(verb):
            continue
        if verb.pos_ == "VERB" and verb.dep_ == "ROOT" and any(
                m.key == sanctioner.key for m in view.subjects(verb)):
            listed = [m for m in view.objects(verb, set()) if m.type in DESIGNATED]
            yield from pairs([sanctioner], listed, "SANCTIONED", "designated:listed", verb.i)
        if verb.dep_ == "acl" and verb.head.i in view.at:  # 'Ilan Shor, already listed by
            yield from _listed_by(s, verb)  # the EU': listed by the one it names
        those = verb.head  # 'Among those listed are A and B'
        if verb.dep_ == "acl" and those.lower_ == "those" and those.head.lower_ == "among":
            copula = those.head.head
            named = [m for c in copula.children if c.dep_ in ("nsubj", "attr")
                     for m in view.actors(c, owner=False) if m.type in DESIGNATED]
            yield from pairs([sanctioner], named, "SANCTIONED", "designated:among-listed",
                             verb.i)


LISTERS = ("Government", "State", "Organization", "Agency")


def _listed_by(s: Sentence, verb: Any) -> Iterator[Found]:
    """'Ilan Shor, already listed by the EU': the agent of the participle lists (sanctions)
    the one it describes, in a text that sanctions (the caller's condition)."""
    view = s.view
    listed = view.at[verb.head.i]
    listers = [m for agent in verb.children if agent.dep_ == "agent"
               for obj in agent.children if obj.dep_ == "pobj"
               for m in view.actors(obj, owner=False) if m.type in LISTERS]
    if listed.type in DESIGNATED:
        yield from pairs(listers, [listed], "SANCTIONED", "designated:listed-by", verb.i)


@family("designations", 15)
def _designations_family(s: Sentence) -> Iterator[Found]:
    return passive_designations(s)
