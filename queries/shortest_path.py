"""All shortest paths between two actors, bounded in hops and count.

The first question of every investigation ("how is Han Dong connected to
China?"): the fewest facts that link two actors, walked in either direction,
each hop with the fact's real direction and its evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .filters import PathFilter
from .paths import check_bounds, local_paths, neo4j_shape, scan_cap
from .result import PathResult
from .runner import Neo4jGraph
from .spec import FILTER_PARAMS, Param

if TYPE_CHECKING:
    import networkx as nx

NAME = "shortest_path"
DESCRIPTION = "All shortest paths between two actors (facts walked either way)."
KIND = "paths"
PARAMS = (
    Param("source", "actor", "where the paths start", required=True),
    Param("target", "actor", "where the paths end", required=True),
    Param("max_hops", "int", "longest path considered", 6),
    Param("limit", "int", "most paths returned", 10),
    *FILTER_PARAMS,
)


def run_local(graph: nx.MultiDiGraph, source: str, target: str, max_hops: int = 6,
              limit: int = 10, **filters: Any) -> PathResult:
    """All shortest paths on the networkx graph, best-evidenced first."""
    flt = PathFilter.make(**filters)
    return local_paths(graph, source, target, max_hops=max_hops, limit=limit, flt=flt,
                       shortest_only=True)


def run_neo4j(target_db: Any, source: str, target: str, max_hops: int = 6, limit: int = 10,
              **filters: Any) -> PathResult:
    """The same on Neo4j (`allShortestPaths`, bounded), shaped by the same code."""
    check_bounds(max_hops, limit)
    flt = PathFilter.make(**filters)
    db = Neo4jGraph(target_db)
    if source == target:
        return PathResult()
    cap = scan_cap(limit)
    params = {"source": source, "target": target, "scan_limit": cap, **flt.cypher_params()}
    rows = db.rows("shortest_path", params, max_hops=max_hops)
    return neo4j_shape(db, [row["ids"] for row in rows], flt, limit, len(rows) >= cap)
