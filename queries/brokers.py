"""Brokers: the actors that sit on the shortest paths from one group to another.

"Who stands between MPs and foreign States?" For every pair (a in A, b in B)
each shortest path (facts walked either way, at most `max_hops`) gives each
actor inside it a share of 1/(number of shortest paths of the pair); the sum
is betweenness restricted to A-to-B paths (Brandes' accumulation, bounded by
depth), so it costs one bounded BFS per source instead of all pairs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .filters import PathFilter, split_list
from .result import QueryResult
from .runner import MAX_HOPS, Neo4jGraph
from .spec import Param

if TYPE_CHECKING:
    import networkx as nx

NAME = "brokers"
DESCRIPTION = "Actors on the shortest paths between two groups (types or roles), ranked."
KIND = "table"
PARAMS = (
    Param("group_a", "list", "first group: actor types or roles", "Person"),
    Param("group_b", "list", "second group: actor types or roles", "State"),
    Param("max_hops", "int", "longest path considered", 3),
    Param("limit", "int", "most brokers returned", 20),
    Param("max_sources", "int", "most actors of group_a searched from (by id)", 200),
    Param("confirmed_only", "bool", "skip allegation edges", False),
    Param("edge_types", "list", "only these relation types, comma-separated"),
    Param("exclude", "actors", "actors a path may not pass through"),
    Param("node_types", "list", "actor types a broker may have"),
)
COLUMNS = ["id", "name", "type", "score"]


def _in_group(attrs: Mapping[str, Any], group: set[str]) -> bool:
    return attrs.get("type") in group or any(r in group for r in attrs.get("roles") or ())


def _check(max_hops: int, group_a: Iterable[str], group_b: Iterable[str]) -> None:
    if not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops must be between 1 and {MAX_HOPS}, not {max_hops}")
    if not split_list(group_a) or not split_list(group_b):
        raise ValueError("group_a and group_b must name at least one type or role")


def run_local(graph: nx.MultiDiGraph, group_a: str | Iterable[str] = "Person",
              group_b: str | Iterable[str] = "State", max_hops: int = 3, limit: int = 20,
              max_sources: int = 200, **filters: Any) -> QueryResult:
    _check(max_hops, group_a, group_b)
    flt = PathFilter.make(**filters)
    set_a, set_b = set(split_list(group_a)), set(split_list(group_b))
    members_a = sorted(n for n, d in graph.nodes(data=True) if _in_group(d, set_a))
    targets = {n for n, d in graph.nodes(data=True) if _in_group(d, set_b)}
    scores: dict[str, float] = {}
    for source in members_a[:max_sources]:
        _accumulate(graph, source, targets, max_hops, flt, scores)
    truncated = len(members_a) > max_sources
    return broker_table(scores, {n: graph.nodes[n] for n in scores}, limit, truncated)


def _accumulate(graph: nx.MultiDiGraph, source: str, targets: set[str], max_hops: int,
                flt: PathFilter, scores: dict[str, float]) -> None:
    """One source of Brandes' accumulation, counting only paths that end in `targets`."""
    from .walk import neighbours, passes

    sigma, dist, order = {source: 1}, {source: 0}, []
    preds: dict[str, list[str]] = {source: []}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        order.append(node)
        if dist[node] >= max_hops or (node != source and not passes(graph, node, flt)):
            continue
        for near in neighbours(graph, node, flt):
            if near not in dist:
                dist[near], sigma[near], preds[near] = dist[node] + 1, 0, []
                queue.append(near)
            if dist[near] == dist[node] + 1:
                sigma[near] += sigma[node]
                preds[near].append(node)
    delta = dict.fromkeys(order, 0.0)
    for node in reversed(order):
        weight = (float(node in targets and node != source) + delta[node]) / sigma[node]
        for pred in preds[node]:
            delta[pred] += sigma[pred] * weight
        if node != source and delta[node]:
            scores[node] = scores.get(node, 0.0) + delta[node]


def run_neo4j(target_db: Any, group_a: str | Iterable[str] = "Person",
              group_b: str | Iterable[str] = "State", max_hops: int = 3, limit: int = 20,
              max_sources: int = 200, **filters: Any) -> QueryResult:
    _check(max_hops, group_a, group_b)
    flt = PathFilter.make(**filters)
    db = Neo4jGraph(target_db)
    params = {**flt.cypher_params(), "group_a": list(split_list(group_a)),
              "group_b": list(split_list(group_b)), "max_sources": max_sources}
    scores = {row["id"]: row["score"] for row in db.rows("brokers", params, max_hops=max_hops)}
    count = db.rows("brokers_sources", {"group_a": params["group_a"]})[0]["sources"]
    return broker_table(scores, db.nodes(scores) if scores else {}, limit, count > max_sources)


def broker_table(scores: Mapping[str, float], nodes: Mapping[str, Mapping[str, Any]],
                 limit: int, truncated: bool) -> QueryResult:
    """Shared by both backends: rank by score (rounded, so float noise cannot reorder)."""
    ranked = sorted(
        ((round(score, 6), str(nodes.get(n, {}).get("name") or n), n)
         for n, score in scores.items() if score > 0),
        key=lambda r: (-r[0], r[1], r[2]),
    )
    rows: list[list[Any]] = [
        [n, name, nodes.get(n, {}).get("type") or "", score] for score, name, n in ranked
    ]
    return QueryResult(list(COLUMNS), rows[:limit], truncated or len(rows) > limit)
