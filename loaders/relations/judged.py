"""Who a judgement is about: the doer of a condemned act, never the one it was done to.

Why: 'Parliament condemns China's detention of Jane Roe' criticises China. The verb rule
and the clause links both look for actors under the verb's object and find two, China and
Jane Roe; the event noun's own rule knows which is which (China detained Jane Roe). A
judgement that lands on the victim of an act named inside its object is dropped: making
a detained activist or a targeted country the one criticised or accused is a false
accusation.
"""

from __future__ import annotations

from typing import Any

from .found import Found

__all__ = ["spare_victims", "JUDGING_TYPES", "ACTS_ON_VICTIMS"]

JUDGING_TYPES = {"CRITICIZED", "ACCUSED", "RELATED_TO"}
ACTS_ON_VICTIMS = {"TARGETED", "DETAINED", "EXPELLED", "INTERFERED_IN", "SANCTIONED"}


def spare_victims(doc: Any, found: list[Found]) -> list[Found]:
    """`found` without the judgements whose target suffered an act stated inside the
    judged phrase ('condemns the targeting of X by Y': Y is judged, X is not)."""
    acts = [f for f in found if f.type in ACTS_ON_VICTIMS]
    if not acts:
        return found
    return [f for f in found if f.type not in JUDGING_TYPES
            or not any(_suffered_inside(doc, f, act) for act in acts)]


def _suffered_inside(doc: Any, judgement: Found, act: Found) -> bool:
    if act.anchor == judgement.anchor or act.target.key != judgement.target.key \
            or act.source.key == judgement.target.key:
        return False
    judging, event = doc[judgement.anchor], doc[act.anchor]
    victim = doc[judgement.target.end - 1] if judgement.target.end else None
    return victim is not None and _below(event, judging) and _below(victim, event)


def _below(token: Any, ancestor: Any) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors)
