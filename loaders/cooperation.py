"""Bodies that work together: 'we worked with the RCMP and CSIS', 'the RCMP and CSIS work
together', 'GAC cooperates with the task force'.

Why a rule of its own: 'work with' between people is a relationship (`work-with` in
`relations`) and 'work for' is employment, but between institutions 'work with',
'cooperate' and 'collaborate' state a tie of no more precise kind: RELATED_TO, read
from the subject and the 'with' object, or between the conjuncts of a subject that
works 'together'.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from . import lexicon
from .found import Found, pairs, unique
from .syntax import SentenceView

__all__ = ["COOPERATION_VERBS", "cooperation"]

COOPERATION_VERBS = lexicon.COOPERATION_VERBS
OUTSIDE = ("Person", "State", "Government")
"""People are read by `work-with`; a government working with its own agencies, or with
a state, says nothing about who is tied to whom."""


def cooperation(view: SentenceView, verb: Any) -> Iterator[Found]:
    """RELATED_TO between an institution and the bodies it works with (or its co-subjects)."""
    subjects = [m for m in view.subjects(verb) if m.type not in OUTSIDE]
    if not subjects:
        return
    partners = [m for m in view.objects(verb, {"with", "alongside"}, direct=False)
                if m.type not in OUTSIDE]
    yield from pairs(subjects, unique(partners), "RELATED_TO", "cooperation", verb.i)
    if not partners and any(c.lower_ == "together" for c in verb.children):
        for first, second in combinations(unique(subjects), 2):
            yield from pairs([first], [second], "RELATED_TO", "cooperation:together", verb.i)
