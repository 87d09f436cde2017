"""Actors linked to both of two actors: the shared contacts, with the facts on each side.

"Who do Han Dong and the consulate both deal with?" One row per shared
neighbour, with the facts linking it to each of the two.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .facts import FactReader, local_facts
from .filters import PathFilter
from .result import QueryResult
from .runner import Neo4jGraph
from .spec import Param

if TYPE_CHECKING:
    import networkx as nx

NAME = "common_connections"
DESCRIPTION = "Actors linked to both of two actors, with the facts on each side."
KIND = "table"
PARAMS = (
    Param("a", "actor", "first actor", required=True),
    Param("b", "actor", "second actor", required=True),
    Param("confirmed_only", "bool", "skip allegation edges", False),
    Param("edge_types", "list", "only these relation types, comma-separated"),
    Param("exclude", "actors", "actors not to list (e.g. a hub)"),
    Param("node_types", "list", "only shared actors of these types"),
)
COLUMNS = ["id", "name", "type", "links_a", "links_b"]


def run_local(graph: nx.MultiDiGraph, a: str, b: str, **filters: Any) -> QueryResult:
    from .walk import neighbours

    _check(a, b)
    for actor in (a, b):
        if actor not in graph:
            raise ValueError(f"unknown actor id {actor!r}")
    flt = PathFilter.make(**filters)
    shared = set(neighbours(graph, a, flt)) & set(neighbours(graph, b, flt))
    shared = {c for c in shared - {a, b} if flt.node_ok(c, graph.nodes[c])}
    nodes = {c: graph.nodes[c] for c in shared}
    return common_table(a, b, shared, nodes, local_facts(graph, flt))


def run_neo4j(target_db: Any, a: str, b: str, **filters: Any) -> QueryResult:
    _check(a, b)
    flt = PathFilter.make(**filters)
    db = Neo4jGraph(target_db)
    shared = {row["id"] for row in db.rows("common_connections",
                                           {"a": a, "b": b, **flt.cypher_params()})}
    if not shared:
        return QueryResult(list(COLUMNS), [])
    facts = db.facts([(x, c) for c in shared for x in (a, b)], flt)
    return common_table(a, b, shared, db.nodes(shared), facts)


def _check(a: str, b: str) -> None:
    if a == b:
        raise ValueError("common connections need two different actors")


def _links(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ordered = sorted(facts, key=lambda f: (f["type"], f["id"]))
    return [{"id": f["id"], "type": f["type"], "source": f["source"], "target": f["target"],
             "status": f["status"], "evidence": len(f["evidence"])} for f in ordered]


def common_table(a: str, b: str, shared: Iterable[str], nodes: Mapping[str, Mapping[str, Any]],
                 facts: FactReader) -> QueryResult:
    """Shared by both backends: one row per shared actor, by name."""
    rows = []
    for node in shared:
        attrs = nodes.get(node, {})
        rows.append([node, attrs.get("name") or node, attrs.get("type") or "",
                     _links(facts(a, node)), _links(facts(b, node))])
    rows.sort(key=lambda r: (str(r[1]), r[0]))
    return QueryResult(list(COLUMNS), rows)
