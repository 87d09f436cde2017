"""Designations told in the passive after the designator is named: 'OFAC designated four
individuals ... Andrii Derkach ... was designated pursuant to Executive Order 13848'.

Why: sanctions releases name the designating office once, then list the people and bodies
designated in the passive without repeating it; each of them was sanctioned by the office
the document last named as designating (`Sentence.extras["sanctioner"]`, kept by the
extractor). No designator named before, no edge: a passive alone says nothing of who.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    if sanctioner is None or not any(lemma(w) in DESIGNATING for w in view.words):
        return
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


@family("designations", 15)
def _designations_family(s: Sentence) -> Iterator[Found]:
    return passive_designations(s)
