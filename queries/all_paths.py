"""All simple paths up to k hops between two actors: shortest, then best-evidenced.

Where shortest paths show one route, this shows the alternatives, e.g. with a
hub like "Canada" excluded. Bounded three ways (hops, `limit`, a time budget)
so a hub that connects everything cannot stall it; see walk.py for the search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .filters import PathFilter
from .paths import DEFAULT_SECONDS, check_bounds, local_paths, neo4j_shape, scan_cap
from .result import PathResult
from .runner import Neo4jGraph
from .spec import FILTER_PARAMS, Param

if TYPE_CHECKING:
    import networkx as nx

NAME = "all_paths"
DESCRIPTION = "Simple paths up to max_hops between two actors, shortest and best-evidenced first."
KIND = "paths"
PARAMS = (
    Param("source", "actor", "where the paths start", required=True),
    Param("target", "actor", "where the paths end", required=True),
    Param("max_hops", "int", "longest path considered", 4),
    Param("limit", "int", "most paths returned", 10),
    Param("seconds", "float", "time budget of the search", DEFAULT_SECONDS),
    *FILTER_PARAMS,
)


def run_local(graph: nx.MultiDiGraph, source: str, target: str, max_hops: int = 4,
              limit: int = 10, seconds: float = DEFAULT_SECONDS, **filters: Any) -> PathResult:
    """Tiered search on the networkx graph, stopping after the tier that fills `limit`."""
    flt = PathFilter.make(**filters)
    return local_paths(graph, source, target, max_hops=max_hops, limit=limit, flt=flt,
                       shortest_only=False, seconds=seconds)


def run_neo4j(target_db: Any, source: str, target: str, max_hops: int = 4, limit: int = 10,
              seconds: float = DEFAULT_SECONDS, **filters: Any) -> PathResult:
    """One Cypher query per path length, shortest first, same stopping rule as local."""
    check_bounds(max_hops, limit)
    flt = PathFilter.make(**filters)
    db = Neo4jGraph(target_db)
    if source == target:
        return PathResult()
    cap, truncated = scan_cap(limit), False
    found: list[list[str]] = []
    base = {"source": source, "target": target, **flt.cypher_params()}
    for hops in range(1, max_hops + 1):
        left = cap - len(found)
        rows = db.rows("all_paths", {**base, "scan_limit": left}, hops=hops)
        found.extend(row["ids"] for row in rows)
        truncated = len(rows) >= left
        if truncated:
            break
        if len(found) >= limit:
            truncated = hops < max_hops  # longer paths were not looked for
            break
    return neo4j_shape(db, found, flt, limit, truncated)
