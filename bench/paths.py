"""How fast are path queries on a big graph with hubs? Synthetic 10^5 actors / 10^6 facts.

The graph has the store's shape (a MultiDiGraph keyed by edge id, edge attrs as
`Edge.to_dict()` writes them) but is built straight from tuples: merging 10^6
edges one extraction at a time would measure the store, not the queries.
Hubs make it realistic and hard: one actor ("Canada") touches half the graph,
nine more touch 2-20% of it, and the other endpoints follow a skewed
(Zipf-like) popularity, so most pairs sit 2-4 hops apart through a hub.

For random pairs it times, per query, the median, 90th percentile and max:
- `shortest_path`: all shortest paths (limit 10, max 6 hops);
- `all_paths`: the top 10 simple paths up to 4 hops (shortest, best-evidenced);
- the same two with the biggest hub excluded (what a user does next);
- `find_actor` on names, after the index is built once.

    .venv/bin/python bench/paths.py                     # 100k actors, 1M edges, 30 pairs
    .venv/bin/python bench/paths.py --nodes 20000 --edges 200000 --pairs 50

Results are printed and written to bench/out/paths.json (gitignored).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx
from figraph.graph.lookup import find_actor
from figraph.queries import QUERIES

OUT = Path(__file__).resolve().parent / "out"
RELATIONS = ["MET_WITH", "SPOKE_WITH", "MEMBER_OF", "WORKS_FOR", "ALLEGED_ASSISTANCE", "FUNDED",
             "RELATED_TO", "REPORTED_ON"]
TYPES = ["Person"] * 8 + ["Organization", "Agency", "Party", "State", "Media"]
HUB_SHARES = [0.5, 0.2, 0.1, 0.08, 0.05, 0.04, 0.03, 0.03, 0.02, 0.02]
"""Share of all actors each hub is linked to; hub 0 plays "Canada"."""


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(_nodes(n_nodes, rng))
    pairs = list(_hub_pairs(n_nodes, rng))
    pairs += _skewed_pairs(n_nodes, n_edges - len(pairs), rng)
    evidence = [[], [_evidence(1)], [_evidence(1), _evidence(2)]]
    graph.add_edges_from(_edge(i, u, v, rng, evidence) for i, (u, v) in enumerate(pairs))
    return graph


def _nodes(n: int, rng: random.Random) -> list[tuple[str, dict[str, Any]]]:
    nodes = []
    for i in range(n):
        kind = "State" if i < len(HUB_SHARES) else rng.choice(TYPES)
        name = "Canada" if i == 0 else f"{kind} {i} Name{i}"
        nodes.append((f"a:{i}", {"kind": "Actor", "name": name, "type": kind, "roles": [],
                                 "aliases": [], "mentions": {}}))
    return nodes


def _hub_pairs(n: int, rng: random.Random) -> list[tuple[int, int]]:
    pairs = []
    for hub, share in enumerate(HUB_SHARES):
        for other in rng.sample(range(len(HUB_SHARES), n), int(share * n)):
            pairs.append((other, hub) if rng.random() < 0.7 else (hub, other))
    return pairs


def _skewed_pairs(n: int, count: int, rng: random.Random) -> list[tuple[int, int]]:
    weights = list(itertools.accumulate(1.0 / (rank + 20) ** 0.8 for rank in range(n)))
    order = list(range(n))
    rng.shuffle(order)
    ends = rng.choices(order, cum_weights=weights, k=2 * count)
    return [(u, v) for u, v in zip(ends[::2], ends[1::2], strict=True) if u != v]


def _evidence(number: int) -> dict[str, Any]:
    return {"document": f"doc:{number}", "quote": "A synthetic sentence.", "start": 0, "end": 21,
            "document_title": f"Document {number}", "url": "", "page": None, "date": "",
            "extractor": "bench"}


def _edge(i: int, u: int, v: int, rng: random.Random, evidence: list[list[dict[str, Any]]]):
    kind = rng.choice(RELATIONS)
    alleged = kind in ("ALLEGED_ASSISTANCE", "FUNDED")
    attrs = {"id": f"e:{i}", "source": f"a:{u}", "target": f"a:{v}", "type": kind,
             "claimant": "a:1" if alleged else "", "status": "alleged" if alleged else "stated",
             "hedges": [], "date": "", "evidence": rng.choice(evidence)}
    return f"a:{u}", f"a:{v}", f"e:{i}", attrs


def timed(calls: list[Callable[[], Any]]) -> tuple[dict[str, float], list[Any]]:
    times, results = [], []
    for call in calls:
        started = time.perf_counter()
        results.append(call())
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    summary = {"median_ms": statistics.median(times),
               "p90_ms": times[int(0.9 * (len(times) - 1))], "max_ms": times[-1]}
    return summary, results


def measure(graph: nx.MultiDiGraph, n_pairs: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed + 1)
    nodes = [n for n in graph if graph.nodes[n]["type"] != "State"]
    pairs = [tuple(rng.sample(nodes, 2)) for _ in range(n_pairs)]
    shortest, all_paths = QUERIES["shortest_path"].run_local, QUERIES["all_paths"].run_local
    cases = {
        "shortest_path": lambda s, t: shortest(graph, s, t, max_hops=6, limit=10),
        "all_paths_4_hops_top10": lambda s, t: all_paths(graph, s, t, max_hops=4, limit=10),
        "shortest_path_no_hub": lambda s, t: shortest(graph, s, t, max_hops=6, limit=10,
                                                      exclude=["a:0"]),
        "all_paths_4_hops_top10_no_hub": lambda s, t: all_paths(graph, s, t, max_hops=4,
                                                                limit=10, exclude=["a:0"]),
    }
    report: dict[str, Any] = {}
    for name, case in cases.items():
        timings, results = timed([partial(case, s, t) for s, t in pairs])
        summary: dict[str, Any] = dict(timings)
        summary["found"] = sum(1 for r in results if r.paths)
        summary["truncated"] = sum(1 for r in results if r.truncated)
        summary["mean_length"] = round(statistics.mean(
            r.paths[0].length for r in results if r.paths), 2) if any(
            r.paths for r in results) else None
        report[name] = summary
    report["find_actor"] = _lookups(graph, rng)
    return report


def _lookups(graph: nx.MultiDiGraph, rng: random.Random) -> dict[str, float]:
    started = time.perf_counter()
    find_actor(graph, "Canada")
    build_ms = (time.perf_counter() - started) * 1000
    names = [graph.nodes[f"a:{rng.randrange(len(graph))}"]["name"].split()[-1]
             for _ in range(200)]
    summary, _ = timed([partial(find_actor, graph, name) for name in names])
    return {"index_build_ms": build_ms, **summary}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--pairs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    graph = synthetic_graph(args.nodes, args.edges, args.seed)
    build_s = time.perf_counter() - started
    degrees = sorted((d for _, d in graph.degree()), reverse=True)
    print(f"graph: {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges, "
          f"top degrees {degrees[:3]}, built in {build_s:.1f} s")
    report = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
              "top_degrees": degrees[:10], "pairs": args.pairs, "build_s": build_s,
              **measure(graph, args.pairs, args.seed)}
    for name, row in report.items():
        if isinstance(row, dict):
            print(f"{name:32s} " + "  ".join(
                f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()))
    OUT.mkdir(exist_ok=True)
    (OUT / "paths.json").write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
