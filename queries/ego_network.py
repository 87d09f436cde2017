"""The actors around one actor, up to a few hops, and the facts that reach each of them.

One row per (actor, linking fact): the fact between that actor and one a hop
closer to the centre, so a 2-hop neighbour shows through whom it is reached.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .facts import FactReader, local_facts
from .filters import PathFilter
from .result import QueryResult
from .runner import Neo4jGraph, neo4j_fact
from .spec import Param

if TYPE_CHECKING:
    import networkx as nx

NAME = "ego_network"
DESCRIPTION = "Actors within N hops of an actor and the facts linking each one inwards."
KIND = "table"
MAX_EGO_HOPS = 3
PARAMS = (
    Param("actor", "actor", "the centre", required=True),
    Param("hops", "int", f"how far out (1..{MAX_EGO_HOPS})", 1),
    Param("limit", "int", "most rows returned", 500),
    Param("confirmed_only", "bool", "skip allegation edges", False),
    Param("edge_types", "list", "only these relation types, comma-separated"),
    Param("exclude", "actors", "actors neither listed nor crossed (e.g. a hub)"),
    Param("node_types", "list", "only actors of these types, comma-separated"),
)
COLUMNS = [
    "distance", "id", "name", "type", "via", "via_name", "edge_id", "edge_type", "source",
    "target", "status", "claimant_name", "evidence_count",
]


def _check(hops: int) -> None:
    if not 1 <= hops <= MAX_EGO_HOPS:
        raise ValueError(f"hops must be between 1 and {MAX_EGO_HOPS}, not {hops}")


def run_local(graph: nx.MultiDiGraph, actor: str, hops: int = 1, limit: int = 500,
              **filters: Any) -> QueryResult:
    from .walk import distances

    _check(hops)
    if actor not in graph:
        raise ValueError(f"unknown actor id {actor!r}")
    flt = PathFilter.make(**filters)
    dist = distances(graph, actor, hops, flt)
    nodes = {n: graph.nodes[n] for n in dist}
    return ego_table(dist, nodes, local_facts(graph, flt), _local_pairs(graph, dist), limit)


def _local_pairs(graph: nx.MultiDiGraph, dist: Mapping[str, int]) -> list[tuple[str, str]]:
    """(closer, farther) pairs of adjacent actors one hop apart."""
    from .walk import neighbours

    pairs = []
    for node, d in dist.items():
        for near in neighbours(graph, node, PathFilter()):
            if dist.get(near) == d - 1:
                pairs.append((near, node))
    return pairs


def run_neo4j(target_db: Any, actor: str, hops: int = 1, limit: int = 500,
              **filters: Any) -> QueryResult:
    _check(hops)
    flt = PathFilter.make(**filters)
    db = Neo4jGraph(target_db)
    rows = db.rows("ego_network", {"actor": actor, **flt.cypher_params()}, hops=hops)
    dist = {row["id"]: row["distance"] for row in rows}
    if not dist:
        return QueryResult(list(COLUMNS), [])
    dist[actor] = 0
    inner = sorted(n for n, d in dist.items() if d < hops)
    table: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in db.rows("ego_network_links", {"inner": inner, "ring": sorted(dist)}):
        item = neo4j_fact(row)
        if flt.edge_ok(item) and dist[row["second"]] == dist[row["first"]] + 1:
            table.setdefault((row["first"], row["second"]), []).append(item)
    return ego_table(dist, db.nodes(dist), lambda x, y: table.get((x, y), []), list(table), limit)


def ego_table(dist: Mapping[str, int], nodes: Mapping[str, Mapping[str, Any]],
              facts: FactReader, pairs: list[tuple[str, str]], limit: int) -> QueryResult:
    """Shared by both backends: one row per (outer actor, fact to a closer actor)."""
    rows = []
    for closer, farther in pairs:
        attrs, via = nodes.get(farther, {}), nodes.get(closer, {})
        for item in facts(closer, farther):
            rows.append([
                dist[farther], farther, attrs.get("name") or farther, attrs.get("type") or "",
                closer, via.get("name") or closer, item["id"], item["type"], item["source"],
                item["target"], item["status"], item["claimant_name"], len(item["evidence"]),
            ])
    rows.sort(key=lambda r: (r[0], str(r[2]), r[1], str(r[5]), r[7], r[6]))
    return QueryResult(list(COLUMNS), rows[:limit], len(rows) > limit)
