"""Seats named without their house: 'X was sworn in as a senator', 'X represented the
Division of Chisholm'.

Why apart from the seat rules (`structure.seated`): the sentence names the role or the
constituency, not the body ('sworn in as an MP', 'represented the riding of X'); the body
is the house of that name the text names elsewhere ('the Senate', 'the House of
Representatives'), so the rule needs the document's legislatures, not the parse alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .found import Found, pairs
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["sworn_in", "represented_seat"]

SWEAR_FORMS = {"swear", "swears", "swore", "sworn", "swearing"}
SEAT_ROLES = {"senator": "senate", "mp": "house", "m.p.": "house"}
"""Role noun after 'sworn in as' -> the word the house's name holds."""


def sworn_in(view: SentenceView, doc_types: dict[str, list[Mention]]) -> Iterator[Found]:
    """'was sworn in as a senator' -> member of the Senate the text names (none named:
    nothing, rather than a guess at which country's)."""
    for verb in view.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in SWEAR_FORMS \
                or not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
            continue
        roles = [o.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj" and o.lower_ in SEAT_ROLES]
        if not roles:
            continue
        house = _named_house(doc_types, SEAT_ROLES[roles[0]], verb.i)
        people = [m for m in view.objects(verb, set()) if m.type == "Person"]
        if house is not None:
            yield from pairs(people, [house], "MEMBER_OF", "verb:sworn-in", verb.i)


CONSTITUENCY_NOUNS = lexicon.words("constituency_nouns") | {"seat"}


def represents_constituency(verb: Any) -> bool:
    """'represented the Division of Chisholm', 'represents the riding of X', 'the seat'."""
    return lemma(verb.text) == "represent" and any(
        c.dep_ == "dobj" and c.lower_ in CONSTITUENCY_NOUNS for c in verb.children)


def represented_seat(view: SentenceView, doc_types: dict[str, list[Mention]]
                     ) -> Iterator[Found]:
    """'She represented the Division of Chisholm', 'he represents the riding of X' -> member
    of the lower house the text names (none named: nothing)."""
    for verb in view.tokens:
        if verb.pos_ != "VERB" or not represents_constituency(verb):
            continue
        house = _named_house(doc_types, "house", verb.i)
        people = [m for m in view.subjects(verb) if m.type == "Person"]
        if house is not None:
            yield from pairs(people, [house], "MEMBER_OF", "verb:represent-seat", verb.i)


def _named_house(doc_types: dict[str, list[Mention]], word: str, at: int) -> Mention | None:
    """The house whose name holds `word`, named first nearest before `at`, else the first
    one named after it."""
    houses = [m for m in doc_types.get("Legislature", []) if word in m.name.lower().split()]
    before = [m for m in houses if m.start < at]
    return before[-1] if before else (houses[0] if houses else None)


@family("sworn", 70)
def _sworn_family(s: Sentence) -> Iterator[Found]:
    yield from sworn_in(s.view, s.doc_types)
    yield from represented_seat(s.view, s.doc_types)
