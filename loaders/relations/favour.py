"""Support stated as whom an act favours: 'Russia was interfering in the election in
then-President Donald Trump's favor', 'campaigned in favour of Jane Roe'.

Why a family of its own: the act's own rule reads its doer and its arena, and the
generic verb rule would link the doer to the favoured one with no type; the phrase
'in X's favour' says the doer supports X, whatever the act.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from .claims import negated
from .found import Found, pairs, pobj_actors
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["favoured"]

FAVOUR_WORDS = {"favor", "favour"}
MAX_CLIMB = 4
FAVOURED = ("Person", "Party", "State", "Government", "Organization", "Bill")
"""Whom an act can favour: a candidate, a party, a state, a measure."""


def favoured(view: SentenceView) -> Iterator[Found]:
    """'<doer> <verb> ... in X's favour' / 'in favour of X' -> doer SUPPORTED X (not when
    the verb is negated: 'did not act in X's favour')."""
    if view.words.isdisjoint(FAVOUR_WORDS):
        return
    for word in view.tokens:
        if word.lower_ not in FAVOUR_WORDS or word.dep_ != "pobj" or word.head.lower_ != "in":
            continue
        verb = word.head.head
        for _ in range(MAX_CLIMB):  # 'interfering in the election in X's favor': the
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("pobj", "prep"):
                break  # parser may hang the phrase on the act's arena
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or negated(verb):
            continue  # ('a vote in favour of the bill': the motions family reads votes)
        yield from pairs(view.subjects(verb), _favoured_ones(view, word), "SUPPORTED",
                         "prep:in-favour", word.i)


def _favoured_ones(view: SentenceView, word: Any) -> list[Mention]:
    """Whose favour: the owner ('in Trump's favor') or the 'of' phrase ('in favour of X')."""
    owners = [m for c in word.children if c.dep_ == "poss" for m in view.actors(c, owner=False)]
    owners += [m for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
               for m in pobj_actors(view, p)]
    return [m for m in owners if m.type in FAVOURED]


@family("favour", 42)
def _favour_family(s: Sentence) -> Iterator[Found]:
    yield from favoured(s.view)
