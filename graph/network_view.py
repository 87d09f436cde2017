"""The read contract (`figraph.graph.store.View`) over a networkx graph of the stored shape.

Why one class for the store and its parts: the embedded store keeps its actors and
edges in a networkx `MultiDiGraph` (actors keyed by id, edges keyed by their id, the
attributes `Actor.node()` and `Edge.to_dict()` write), and every part of it a reader
asks for (a selection, the paths of a query, an actor's neighbourhood) is a graph of
the same shape with the documents it cites. Reading both through one class means an
export, the HTML view or the push reads a part exactly as it reads the whole store.
`LocalStore` takes these methods in as a base class; `NetworkView(graph, documents)`
wraps a part.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from .model import Actor, Edge, Evidence, is_allegation
from .regroup import actor_from

__all__ = ["NetworkView", "edge_from_attrs"]

_EDGE_FIELDS = frozenset(f.name for f in dataclasses.fields(Edge))
_EVIDENCE_FIELDS = frozenset(f.name for f in dataclasses.fields(Evidence))


def edge_from_attrs(attrs: Mapping[str, Any]) -> Edge:
    """The `Edge` of an edge's attributes: the stored ones (`Edge.to_dict()`), or those of a
    part whose edges carry more (a query's hop names its claimant): the extra keys are
    not the edge's and are left out."""
    try:
        return Edge.from_dict(dict(attrs))
    except TypeError:
        evidence = [Evidence(**{k: v for k, v in item.items()
                                if k in _EVIDENCE_FIELDS and v is not None})
                    for item in attrs.get("evidence") or ()]
        fields = {k: v for k, v in attrs.items() if k in _EDGE_FIELDS and k != "evidence"}
        return Edge(evidence=evidence, **fields)


class NetworkView:
    """A `View` over a `MultiDiGraph` of the stored shape and the documents it cites."""

    graph: nx.MultiDiGraph
    _documents: Mapping[str, Mapping[str, Any]]
    _edge_ends: dict[str, tuple[str, str]] | None = None
    """Edge id -> its two ends, made at the first `edge()` and remade when stale."""

    def __init__(self, graph: nx.MultiDiGraph,
                 documents: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self.graph = graph
        self._documents = documents or {}

    def network(self) -> nx.MultiDiGraph:
        return self.graph

    # -- actors ----------------------------------------------------------------

    def actors(self) -> Iterator[Actor]:
        for node, attrs in self.graph.nodes(data=True):
            yield actor_from(node, attrs)

    def actor(self, actor_id: str) -> Actor | None:
        if actor_id not in self.graph:
            return None
        return actor_from(actor_id, self.graph.nodes[actor_id])

    def actor_names(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Actor id -> name (all actors, or `ids`): edges carry their claimant's name."""
        nodes = self.graph.nodes
        return {n: nodes[n].get("name", "") for n in (nodes if ids is None else ids)}

    def mentions(self, actor_id: str) -> dict[str, int]:
        if actor_id not in self.graph:
            return {}
        return dict(self.graph.nodes[actor_id].get("mentions") or {})

    # -- edges -----------------------------------------------------------------

    def edges(self) -> Iterator[Edge]:
        for _, _, attrs in self.graph.edges(data=True):
            yield edge_from_attrs(attrs)

    def edge(self, edge_id: str) -> Edge | None:
        attrs = self._edge_attrs(edge_id)
        if attrs is None:
            self._edge_ends = None  # the graph changed since the index was made
            attrs = self._edge_attrs(edge_id)
        return edge_from_attrs(attrs) if attrs is not None else None

    def _edge_attrs(self, edge_id: str) -> Mapping[str, Any] | None:
        if self._edge_ends is None:
            self._edge_ends = {key: (u, v) for u, v, key in self.graph.edges(keys=True)}
        ends = self._edge_ends.get(edge_id)
        if ends is None:
            return None
        keys: Mapping[str, Any] = self.graph.succ.get(ends[0], {}).get(ends[1], {})
        return keys.get(edge_id)

    def actor_edges(self, actor_id: str) -> Iterator[Edge]:
        if actor_id not in self.graph:
            return
        for _, _, attrs in self.graph.out_edges(actor_id, data=True):
            yield edge_from_attrs(attrs)
        for source, _, attrs in self.graph.in_edges(actor_id, data=True):
            if source != actor_id:  # a loop was given as an out-edge
                yield edge_from_attrs(attrs)

    def adjacent(self, actor_id: str) -> Iterator[tuple[Edge, Actor]]:
        for edge in self.actor_edges(actor_id):
            other = self.actor(edge.target if edge.source == actor_id else edge.source)
            if other is not None:
                yield edge, other

    def claimed(self, actor_id: str) -> Iterator[Edge]:
        for _, _, attrs in self.graph.edges(data=True):
            if attrs.get("claimant") == actor_id:
                yield edge_from_attrs(attrs)

    # -- documents and counts --------------------------------------------------

    def documents(self) -> Iterator[dict[str, Any]]:
        for doc_id, attrs in self._documents.items():
            yield {"id": doc_id, **attrs}

    def document(self, document_id: str) -> dict[str, Any] | None:
        attrs = self._documents.get(document_id)
        return {"id": document_id, **attrs} if attrs is not None else None

    def documents_by_id(self) -> dict[str, dict[str, Any]]:
        """Document id -> document: what the exports and the HTML view look titles up in."""
        return {d["id"]: d for d in self.documents()}

    def counts(self) -> dict[str, int]:
        edges = [d for _, _, d in self.graph.edges(data=True)]
        return {
            "documents": len(self._documents),
            "actors": self.graph.number_of_nodes(),
            "edges": len(edges),
            "allegations": sum(1 for d in edges if is_allegation(d.get("type", ""))),
            "evidence": sum(len(d.get("evidence", ())) for d in edges),
        }

