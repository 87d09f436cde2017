"""Neo4j push against the real server: batched `figraph.sync.push` against one query per row.

Both are measured in the same run on the same data. The batched push is the
real one (`push(..., full=True)` after a wipe: actors, relationships,
documents, mentions). The naive push sends a sample of the same relationships
one `MERGE` per transaction, the way a first version would, after deleting
them; its per-row time is extrapolated to the whole graph.

The server is the bench's own instance (`scripts/neo4j`, home
~/.cache/figraph/neo4j-bench, Bolt 27687), started if it is not running,
unless NEO4J_URI names another one.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from .measure import ROOT, median_of, seconds

__all__ = ["bench_settings", "ensure_server", "connect", "warm_up", "push_rate", "naive_rate",
           "batch_plateau"]

BENCH_ENV = {
    "FIGRAPH_NEO4J_HOME": str(Path.home() / ".cache/figraph/neo4j-bench"),
    "FIGRAPH_NEO4J_BOLT_PORT": "27687",
    "FIGRAPH_NEO4J_HTTP_PORT": "27474",
    "FIGRAPH_NEO4J_HEAP": "2g",  # the 10^6-edge push and path queries; tests keep 1g
    "FIGRAPH_NEO4J_PAGECACHE": "2g",
}
BENCH_PASSWORD = "figraph-bench-password"
"""Password of the throw-away local bench instance (listens on 127.0.0.1 only)."""


def bench_settings() -> Any:
    from figraph.neo4j_store import Neo4jSettings

    if os.environ.get("NEO4J_URI"):
        return Neo4jSettings.from_env()
    password = os.environ.get("NEO4J_PASSWORD", BENCH_PASSWORD)
    return Neo4jSettings(f"bolt://127.0.0.1:{BENCH_ENV['FIGRAPH_NEO4J_BOLT_PORT']}",
                         "neo4j", password)


def ensure_server() -> None:
    """Start the bench instance unless NEO4J_URI points elsewhere; raises if it cannot."""
    if os.environ.get("NEO4J_URI"):
        return
    env = {**os.environ, **BENCH_ENV, "NEO4J_PASSWORD": bench_settings().password}
    dev_lib = Path.home() / ".cache/figraph/neo4j-5.26.x/lib"
    if dev_lib.is_dir() and "FIGRAPH_NEO4J_LIB" not in env:
        env["FIGRAPH_NEO4J_LIB"] = str(dev_lib)  # share the jars, skip a Maven fetch
    script = ROOT / "scripts" / "neo4j"
    if subprocess.run([str(script), "status"], env=env, capture_output=True).returncode == 0:
        return
    done = subprocess.run([str(script), "start"], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"scripts/neo4j start failed: {done.stderr.strip()[-400:]}")


def connect(batch_size: int | None = None) -> Any:
    from figraph.neo4j_store import DEFAULT_BATCH, Neo4jStore

    return Neo4jStore.connect(bench_settings(), batch_size=batch_size or DEFAULT_BATCH)


def warm_up(neo: Any) -> None:
    """One small push first: a server just started compiles its code paths and plans during
    the first statements, which would be counted against the first measured push."""
    from figraph.local_store import LocalStore

    from .graphs import cached_store

    push_rate(LocalStore.open(cached_store(10_000)), neo, repeats=1)


def push_rate(local: Any, neo: Any, repeats: int = 1) -> dict[str, float]:
    """Wipe, then time a full push, `repeats` times; the median, in figraph relationships
    (evidenced edges) per second of the whole push, and counting MENTIONS too."""
    from figraph.sync import push

    def once() -> float:
        neo.ensure_schema()
        neo.wipe()
        return seconds(lambda: push(local, neo, full=True))

    took = median_of([once() for _ in range(repeats)])
    edges = local.graph.number_of_edges()
    mentions = sum(len(a.get("mentions", {})) for _, a in local.graph.nodes(data=True))
    return {"seconds": took, "rels_per_s": edges / took, "edges": edges,
            "all_rels_per_s": (edges + mentions) / took}


def naive_rate(local: Any, neo: Any, sample: int) -> float:
    """Relationships per second, one MERGE per transaction, on `sample` edges already pushed."""
    from figraph.neo4j_write import edge_row, safe_rel_type

    names = {n: a.get("name", "") for n, a in local.graph.nodes(data=True)}
    edges = []
    for edge in local.edges():
        edges.append(edge)
        if len(edges) >= sample:
            break
    by_type: dict[str, list[str]] = defaultdict(list)
    for edge in edges:
        by_type[edge.type].append(edge.id)
    with neo.driver.session(database=neo.database) as session:
        for rel_type, ids in by_type.items():
            session.run(f"UNWIND $ids AS id MATCH ()-[r:{safe_rel_type(rel_type)} {{id: id}}]->() "
                        "DELETE r", ids=ids).consume()
        started = time.perf_counter()
        for edge in edges:
            row = edge_row(edge.to_dict(), names)
            query = (f"MATCH (a:Actor {{id: $source}}) MATCH (b:Actor {{id: $target}}) "
                     f"MERGE (a)-[r:{safe_rel_type(edge.type)} {{id: $id}}]->(b) "
                     "SET r += $props")
            session.execute_write(lambda tx, q=query, r=row: tx.run(
                q, source=r["source"], target=r["target"], id=r["props"]["id"], props=r["props"]
            ).consume())
        took = time.perf_counter() - started
    return len(edges) / took


def batch_plateau(local: Any, sizes: list[int]) -> dict[str, float]:
    """Full-push relationships/s for each batch size (the store's default is the reference)."""
    figures = {}
    for size in sizes:
        neo = connect(size)
        try:
            figures[f"neo4j_push_rels_per_s_batch_{size}"] = push_rate(local, neo)["rels_per_s"]
        finally:
            neo.close()
    return figures
