"""Reading facts (edges) off the networkx graph in the shape results use.

Also the small per-graph indexes some questions need (edge by id, edges by
claimant): built once per graph object and rebuilt when its size changes,
instead of scanning 10^6 edges per question.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import networkx as nx

from .filters import PathFilter, fact

__all__ = [
    "FactReader", "local_facts", "incident_facts", "named", "claimant_name", "edge_by_id",
    "claims_by", "graph_cache",
]

FactReader = Callable[[str, str], list[dict[str, Any]]]
T = TypeVar("T")

_CACHES: weakref.WeakKeyDictionary[nx.Graph, dict[str, tuple[tuple[int, int], Any]]] = (
    weakref.WeakKeyDictionary()
)


def graph_cache(graph: nx.Graph, name: str, build: Callable[[nx.Graph], T]) -> T:
    """`build(graph)` once per graph and size (node and edge counts)."""
    size = (graph.number_of_nodes(), graph.number_of_edges())
    slots = _CACHES.setdefault(graph, {})
    cached = slots.get(name)
    if cached is None or cached[0] != size:
        cached = (size, build(graph))
        slots[name] = cached
    return cached[1]  # type: ignore[no-any-return]


def claimant_name(graph: nx.Graph, claimant: str) -> str:
    if claimant and claimant in graph:
        return str(graph.nodes[claimant].get("name") or claimant)
    return ""


def _local_fact(graph: nx.Graph, attrs: dict[str, Any]) -> dict[str, Any]:
    return fact(attrs, claimant_name(graph, attrs.get("claimant", "")))


def named(graph: nx.Graph, item: dict[str, Any]) -> dict[str, Any]:
    """A fact with its two ends' names, as table queries show it."""
    def name(node: str) -> str:
        return str(graph.nodes[node].get("name") or node) if node in graph else node
    return {**item, "source_name": name(item["source"]), "target_name": name(item["target"])}


def local_facts(graph: nx.MultiDiGraph, flt: PathFilter) -> FactReader:
    """A `facts(u, v)` reader: the facts between two actors, whichever way they point."""
    def facts(first: str, second: str) -> list[dict[str, Any]]:
        found = []
        for a, b in ((first, second), (second, first)):
            for attrs in graph.succ[a].get(b, {}).values():
                if flt.edge_ok(attrs):
                    found.append(_local_fact(graph, attrs))
        return found
    return facts


def incident_facts(graph: nx.MultiDiGraph, actor: str, flt: PathFilter) -> Iterator[dict[str, Any]]:
    """Every fact with `actor` at either end (self-loops once)."""
    for _, _, attrs in graph.out_edges(actor, data=True):
        if flt.edge_ok(attrs):
            yield _local_fact(graph, attrs)
    for source, _, attrs in graph.in_edges(actor, data=True):
        if source != actor and flt.edge_ok(attrs):
            yield _local_fact(graph, attrs)


def edge_by_id(graph: nx.MultiDiGraph, edge_id: str) -> dict[str, Any] | None:
    index = graph_cache(graph, "edge_by_id", _edge_index)
    ends = index.get(edge_id)
    if ends is None:
        return None
    return _local_fact(graph, graph.edges[ends[0], ends[1], edge_id])


def _edge_index(graph: nx.Graph) -> dict[str, tuple[str, str]]:
    return {key: (u, v) for u, v, key in graph.edges(keys=True)}


def claims_by(graph: nx.MultiDiGraph, claimant: str) -> list[dict[str, Any]]:
    """Facts whose claimant is `claimant` (an allegation it makes)."""
    index = graph_cache(graph, "claims_by", _claims_index)
    return [_local_fact(graph, graph.edges[u, v, k]) for u, v, k in index.get(claimant, [])]


def _claims_index(graph: nx.Graph) -> dict[str, list[tuple[str, str, str]]]:
    index: dict[str, list[tuple[str, str, str]]] = {}
    for u, v, key, claimant in graph.edges(keys=True, data="claimant"):
        if claimant:
            index.setdefault(claimant, []).append((u, v, key))
    return index
