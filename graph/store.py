"""The store protocol: one interface, a networkx and a Neo4j implementation.

Both are driven by the same contract test (tests/store/test_contract.py), so a
graph written to one reads back the same from the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from .model import Actor, Edge, Extraction

__all__ = ["Store", "MergeStats", "StoreError", "StoreBusy", "merge_actor"]


class StoreError(Exception):
    """A store cannot be read or written; the message names the store and why."""


class StoreBusy(StoreError):
    """Another process holds the store's write lock."""


@dataclass
class MergeStats:
    """What one or more merges changed."""

    documents: int = 0
    actors_added: int = 0
    edges_added: int = 0
    evidence_added: int = 0
    warnings: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    """Ids of earlier versions of the merged documents (same file or address), removed."""

    def __iadd__(self, other: MergeStats) -> MergeStats:
        self.documents += other.documents
        self.actors_added += other.actors_added
        self.edges_added += other.edges_added
        self.evidence_added += other.evidence_added
        self.warnings.extend(other.warnings)
        self.replaced.extend(other.replaced)
        return self


@runtime_checkable
class Store(Protocol):
    """What every backend offers to the pipeline, the queries and the views."""

    def has_document(self, document_id: str) -> bool: ...

    def merge(self, extraction: Extraction) -> MergeStats: ...

    def actors(self) -> Iterator[Actor]: ...

    def edges(self) -> Iterator[Edge]: ...

    def documents(self) -> Iterator[dict]: ...

    def counts(self) -> dict[str, int]: ...


def merge_actor(existing: Actor, incoming: Actor) -> Actor:
    """Fold what a new document says about an actor into what is known.

    The canonical name and type of a gazetteer actor win; roles and aliases
    accumulate in first-seen order.
    """
    if existing.source != "gazetteer" and incoming.source == "gazetteer":
        existing.name, existing.type, existing.source = incoming.name, incoming.type, "gazetteer"
    existing.roles = _union(existing.roles, incoming.roles)
    other_names = [incoming.name] if incoming.name != existing.name else []
    existing.aliases = _union(existing.aliases, [*other_names, *incoming.aliases])
    for key, value in incoming.attributes.items():
        existing.attributes.setdefault(key, value)
    existing.description = existing.description or incoming.description
    existing.group = existing.group or incoming.group
    return existing


def _union(first: Iterable[str], second: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))
