"""The store protocols: what every backend reads (`View`) and writes (`Store`).

A `View` is the one read contract of figraph (as nomenklatura's `View` over its
`Store`): the actors as `Actor`, the relations as `Edge` with their `Evidence`, the
documents, the counts, and, for the algorithms networkx has and Cypher lacks, the
networkx graph of what the view holds (`network()`). The exports, the push, the views
and the CLI read a store or a part of it through this contract only, so the same code
reads the embedded store, a selected part of it (`figraph.graph.network_view`) and a
Neo4j database. Both backends are driven by the same contract tests
(tests/store/test_contract.py, tests/store/test_view_contract.py), so a graph written to
one reads back the same from the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from .model import Actor, Edge, Extraction

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["View", "Store", "MergeStats", "StoreError", "StoreBusy", "merge_actor"]


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
class View(Protocol):
    """What a reader may ask of a graph: a whole store, or a part a query or a selection gave.

    Edges are the model's `Edge` with its `Evidence`; documents are dicts of the stored
    document node (`Document.node()` and its `id`). Every backend answers alike."""

    def actors(self) -> Iterator[Actor]:
        """Every actor."""
        ...

    def actor(self, actor_id: str) -> Actor | None:
        """One actor, or None when the view does not hold it."""
        ...

    def edges(self) -> Iterator[Edge]:
        """Every relation and allegation, with its evidence."""
        ...

    def edge(self, edge_id: str) -> Edge | None:
        """One edge by its id, or None."""
        ...

    def actor_edges(self, actor_id: str) -> Iterator[Edge]:
        """The edges at one actor, whichever way they point (each once)."""
        ...

    def adjacent(self, actor_id: str) -> Iterator[tuple[Edge, Actor]]:
        """Each edge at one actor with the actor at its other end."""
        ...

    def claimed(self, actor_id: str) -> Iterator[Edge]:
        """The edges (allegations) whose claimant is one actor."""
        ...

    def mentions(self, actor_id: str) -> dict[str, int]:
        """Document id -> how often it mentions the actor."""
        ...

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every document."""
        ...

    def document(self, document_id: str) -> dict[str, Any] | None:
        """One document, or None."""
        ...

    def counts(self) -> dict[str, int]:
        """documents, actors, edges, allegations, evidence."""
        ...

    def network(self) -> nx.MultiDiGraph:
        """The view as a networkx graph of the stored shape (actors keyed by id with their
        attributes and `mentions`, edges keyed by id with `Edge.to_dict()` attributes), for
        the algorithms networkx has. Read it, never change it: it may be the store's own."""
        ...


@runtime_checkable
class Store(View, Protocol):
    """A view that a build writes into: the embedded store and Neo4j."""

    def has_document(self, document_id: str) -> bool: ...

    def merge(self, extraction: Extraction) -> MergeStats: ...


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
