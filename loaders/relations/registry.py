"""The relation families, registered in one place and run in one loop.

Why a registry: each family (verbs, titles, field lines, foreign agents, clause links,
...) reads one sentence and proposes relations; the driver need not know their
signatures. A family is a function `(Sentence) -> Iterable[Found]` registered with
`@family(name, order)`: it reads what it needs from the `Sentence` (the parsed
sentence with its mentions, the document's actors by type, the home state, the field
lines, what earlier families found). Adding a family is one module with one decorated
function, imported in `families()`. Families later in the order see what earlier ones
found: the generic families only add links the specific ones did not make.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from ..mentions.find import Mention
from ..vocabulary.gazetteer import Gazetteer
from .found import Builtin, Found
from .syntax import SentenceView

__all__ = ["Sentence", "Family", "family", "families", "FAMILY_MODULES"]


@dataclass
class Sentence:
    """What a family may read about one sentence and its document."""

    view: SentenceView
    doc_types: dict[str, list[Mention]]
    home_state: Mention | None
    gazetteer: Gazetteer
    builtin: Builtin
    keyed: list[Any]
    """Tokens some rule keys on (`relations.keyed_tokens`), in this sentence."""
    extras: dict[str, Any] = field(default_factory=dict)
    """Per-document readers a family needs (the field lines, the author)."""
    found: list[Found] = field(default_factory=list)
    """What the families before this one found in the sentence."""

    def measure(self) -> Mention | None:
        """The bill or resolution the document numbers ('H. RES. 12'), whose title line
        speaks with no subject ('Providing that ...', 'Condemning ...')."""
        return next((m for m in self.doc_types.get("Bill", []) if m.kind == "bill"), None)


@dataclass(frozen=True)
class Family:
    name: str
    order: int
    read: Callable[[Sentence], Iterable[Found]]


_FAMILIES: dict[str, Family] = {}

FAMILY_MODULES = ("verbs", "arenas", "roles", "affiliations", "sponsors", "aimed", "accusations",
                  "denials", "motions", "hearings", "sworn", "press", "agents", "calls", "fields",
                  "generic", "clauses", "authored", "attendance", "designations",
                  "state_described", "operations", "favour")
"""Modules holding families, imported once so that they register."""


def family(name: str, order: int) -> Callable[[Callable[[Sentence], Iterable[Found]]],
                                               Callable[[Sentence], Iterable[Found]]]:
    """Register `read` as the family `name`; lower orders run first."""
    def register(read: Callable[[Sentence], Iterable[Found]]
                 ) -> Callable[[Sentence], Iterable[Found]]:
        if name in _FAMILIES and _FAMILIES[name].read is not read:
            raise ValueError(f"relation family {name!r} registered twice")
        _FAMILIES[name] = Family(name, order, read)
        return read
    return register


def families() -> list[Family]:
    """Every registered family, in order."""
    for module in FAMILY_MODULES:
        import_module(f"{__package__}.{module}")
    return sorted(_FAMILIES.values(), key=lambda f: (f.order, f.name))
