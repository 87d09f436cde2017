"""Path lookups on the synthetic store (local networkx) and on the same graph in Neo4j.

Pairs are random non-hub actors (hubs are what paths run *through*). The
queries are the real ones (`figraph.queries.QUERIES`), timed one by one with
the colleague's `bench.paths.timed`; the figure is the median over pairs.
"""

from __future__ import annotations

import random
from functools import partial
from typing import Any

from .paths import timed

__all__ = ["pairs", "local_paths", "neo4j_paths"]


def pairs(graph: Any, count: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    people = [n for n, a in graph.nodes(data=True) if a.get("type") == "Person"]
    return [tuple(rng.sample(people, 2)) for _ in range(count)]  # type: ignore[misc]


def local_paths(graph: Any, chosen: list[tuple[str, str]]) -> dict[str, float]:
    from figraph.queries import QUERIES

    shortest, all_paths = QUERIES["shortest_path"].run_local, QUERIES["all_paths"].run_local
    hub = _biggest_hub(graph)
    short, found = timed([partial(shortest, graph, s, t, max_hops=6, limit=10)
                          for s, t in chosen])
    k4, _ = timed([partial(all_paths, graph, s, t, max_hops=4, limit=10) for s, t in chosen])
    k4_no_hub, _ = timed([partial(all_paths, graph, s, t, max_hops=4, limit=10, exclude=[hub])
                          for s, t in chosen])
    return {
        "path_shortest_p50_ms_local": short["median_ms"],
        "path_shortest_p90_ms_local": short["p90_ms"],
        "path_k4_top10_p50_ms": k4["median_ms"],
        "path_k4_top10_p90_ms": k4["p90_ms"],
        "path_k4_top10_no_hub_p50_ms": k4_no_hub["median_ms"],
        "path_pairs_found_pct": 100 * sum(1 for r in found if r.paths) / len(found),
    }


def neo4j_paths(driver: Any, chosen: list[tuple[str, str]]) -> dict[str, float]:
    from figraph.queries import QUERIES

    shortest = QUERIES["shortest_path"].run_neo4j
    shortest(driver, *chosen[0], max_hops=6, limit=10)  # plan compiled outside the clock
    summary, _ = timed([partial(shortest, driver, s, t, max_hops=6, limit=10)
                        for s, t in chosen])
    return {"path_shortest_p50_ms_neo4j": summary["median_ms"],
            "path_shortest_p90_ms_neo4j": summary["p90_ms"]}


def _biggest_hub(graph: Any) -> str:
    return max(graph.degree, key=lambda item: item[1])[0]
