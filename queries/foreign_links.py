"""Who links an actor to a foreign State: its shortest paths to every State but home.

"Via persons/diplomats" by default: a path may only pass through actors of
the `via` types, so "Han Dong -> Chinese diplomat -> People's Republic of
China" counts while "Han Dong -> House of Commons -> ... -> China" does not.
For each foreign State within reach, its shortest paths (up to `per_state`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .filters import PathFilter, split_list
from .paths import build_paths, check_bounds, hop_pairs, scan_cap
from .result import PathResult
from .runner import Neo4jGraph
from .spec import Param

if TYPE_CHECKING:
    import networkx as nx

    from .facts import FactReader

NAME = "foreign_links"
DESCRIPTION = "Shortest paths from an actor to each foreign State, through persons by default."
KIND = "paths"
PARAMS = (
    Param("actor", "actor", "whose foreign links", required=True),
    Param("max_hops", "int", "longest path considered", 3),
    Param("via", "list", "actor types a path may pass through", "Person"),
    Param("home", "list", "States that are not foreign (ids or names)", "Canada"),
    Param("limit", "int", "most paths returned", 20),
    Param("per_state", "int", "most paths per State", 3),
    Param("confirmed_only", "bool", "skip allegation edges", False),
    Param("edge_types", "list", "only these relation types, comma-separated"),
    Param("exclude", "actors", "actors a path may not pass through"),
)


def _home(home: str | Iterable[str] | None) -> tuple[set[str], set[str]]:
    items = split_list(home)
    return set(items), {item.lower() for item in items}


def run_local(graph: nx.MultiDiGraph, actor: str, max_hops: int = 3,
              via: str | Iterable[str] = "Person", home: str | Iterable[str] = "Canada",
              limit: int = 20, per_state: int = 3, **filters: Any) -> PathResult:
    from .facts import local_facts
    from .walk import path_tiers

    check_bounds(max_hops, limit)
    if actor not in graph:
        raise ValueError(f"unknown actor id {actor!r}")
    flt = PathFilter.make(node_types=via, **filters)
    states = _reachable_states(graph, actor, max_hops, flt, *_home(home))
    found: dict[str, list[list[str]]] = {}
    truncated = False
    for state in states:
        seqs, cut = path_tiers(graph, actor, state, max_hops, flt, want=per_state,
                               cap=scan_cap(per_state), seconds=2.0, shortest_only=True)
        found[state], truncated = seqs, truncated or cut
    nodes = {n: graph.nodes[n] for seqs in found.values() for seq in seqs for n in seq}
    return shape_links(found, nodes, local_facts(graph, flt), limit, per_state, truncated)


def _reachable_states(graph: nx.MultiDiGraph, actor: str, max_hops: int, flt: PathFilter,
                      home_ids: set[str], home_names: set[str]) -> list[str]:
    """Foreign States reachable within `max_hops` through pass-through actors."""
    from .walk import distances, neighbours

    inner = distances(graph, actor, max_hops - 1, flt)
    states = set()
    for node in inner:
        for near in neighbours(graph, node, flt):
            attrs = graph.nodes[near]
            if near != actor and attrs.get("type") == "State" \
                    and not _is_home(near, attrs, home_ids, home_names):
                states.add(near)
    return sorted(states)


def _is_home(node: str, attrs: Mapping[str, Any], home_ids: set[str], home_names: set[str]) -> bool:
    """Home by id, by name or by alias (compared lower-cased, as Cypher's toLower does)."""
    names = [attrs.get("name") or "", *(attrs.get("aliases") or ())]
    return node in home_ids or any(str(name).lower() in home_names for name in names)


def run_neo4j(target_db: Any, actor: str, max_hops: int = 3,
              via: str | Iterable[str] = "Person", home: str | Iterable[str] = "Canada",
              limit: int = 20, per_state: int = 3, **filters: Any) -> PathResult:
    check_bounds(max_hops, limit)
    flt = PathFilter.make(node_types=via, **filters)
    home_ids, home_names = _home(home)
    db = Neo4jGraph(target_db)
    cap = scan_cap(limit)
    params = {**flt.cypher_params(), "actor": actor, "via": sorted(flt.node_types),
              "home_ids": sorted(home_ids), "home_names": sorted(home_names), "scan_limit": cap}
    rows = db.rows("foreign_links", params, max_hops=max_hops)
    shortest: dict[str, int] = {}
    for row in rows:
        shortest.setdefault(row["state"], row["hops"])
    found: dict[str, list[list[str]]] = {}
    for row in rows:
        if row["hops"] == shortest[row["state"]]:
            found.setdefault(row["state"], []).append(row["ids"])
    if not found:
        return PathResult([], len(rows) >= cap)
    nodes = db.nodes(n for seqs in found.values() for seq in seqs for n in seq)
    sequences = [seq for seqs in found.values() for seq in seqs]
    facts = db.facts((pair for seq in sequences for pair in hop_pairs(seq)), flt)
    return shape_links(found, nodes, facts, limit, per_state, len(rows) >= cap)


def shape_links(found: Mapping[str, list[list[str]]], nodes: Mapping[str, Mapping[str, Any]],
                facts: FactReader, limit: int, per_state: int, truncated: bool) -> PathResult:
    """Shared by both backends: best `per_state` paths per State, then rank all, cut to limit."""
    paths = []
    for state in sorted(found):
        shaped = build_paths(found[state], nodes, facts, per_state)
        paths.extend(shaped.paths)
        truncated = truncated or shaped.truncated
    paths.sort(key=lambda p: p.rank_key())
    return PathResult(paths[:limit], truncated or len(paths) > limit)
