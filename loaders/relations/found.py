"""What a relation rule yields and which kinds of actor each relation type may link.

Why apart from the rules: the verb rules (`relations`), the noun rules (`nominal`)
and the title, authorship and accusation rules all build `Found` items through
`pairs`, so the type constraints hold whichever rule read the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..mentions.mention import Mention
from .syntax import SentenceView

__all__ = ["Found", "allowed", "pairs", "pobj_actors", "unique", "TARGET_TYPES", "SOURCE_TYPES",
           "Builtin"]

Builtin = Callable[[str, str], Mention]
"""`Assembler.builtin`: an actor a rule may name without the text naming it (Canada, a
party named by its abbreviation in a speaker label)."""

BODIES = ("Committee", "Commission", "Legislature")
ORGS = ("Agency", "Committee", "Commission", "Party", "Legislature", "Organization",
        "Government", "Media", "State")
MEMBER_ORGS = tuple(t for t in ORGS if t != "State")
"""One is a citizen of a state, not its member: 'he left Canada' is no resignation."""
TARGET_TYPES: dict[str, tuple[str, ...]] = {
    "MINISTER_OF": ("Agency", "Government"), "HEADS": ORGS, "MEMBER_OF": MEMBER_ORGS,
    "FORMER_MEMBER_OF": MEMBER_ORGS, "TESTIFIED_BEFORE": BODIES, "WORKS_FOR": ORGS,
    "INTERFERED_IN": ("State", "Government", "Legislature"), "DETAINED": ("Person",),
    "EXPELLED": ("Person",), "INTRODUCED": ("Bill",), "APPOINTED": ("Person",),
}
SOURCE_TYPES: dict[str, tuple[str, ...]] = {
    "MINISTER_OF": ("Person",), "HEADS": ("Person",), "MEMBER_OF": ("Person",),
    "FORMER_MEMBER_OF": ("Person",), "WORKS_FOR": ("Person",),
    "DETAINED": ("State", "Government", "Agency"),
    # a minister declares persona non grata
    "EXPELLED": ("State", "Government", "Agency", "Person"),
    "INTERFERED_IN": ("State", "Person", "Organization", "Agency"),
    "TESTIFIED_BEFORE": ("Person", "Agency"),
}
LIGHT_VERBS = {"have", "hold", "maintain", "develop", "establish", "give", "make", "launch",
               "open", "begin", "start", "issue", "provide", "impose", "conduct", "engage",
               "pay", "present", "file", "offer", "send", "keep", "seek"}
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


def pobj_actors(view: SentenceView, prep: Any) -> list[Mention]:
    return [m for obj in prep.children if obj.dep_ == "pobj" for m in view.actors(obj, owner=False)]


def unique(items: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in items:
        seen.setdefault(m.key, m)
    return list(seen.values())
