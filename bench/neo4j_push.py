"""Neo4j push against the real server: batched `figraph.graph.sync.push` against one query per row.

Both are measured in the same run on the same data. The batched push is the
real one (`push(..., full=True)` after a wipe: actors, relationships,
documents, mentions). The naive push sends a sample of the same relationships
one `MERGE` per transaction, the way a first version would, after deleting
them; its per-row time is extrapolated to the whole graph.

The offline first load (`figraph neo4j import-files` + `scripts/neo4j import`) is timed
beside them on the same graph by `import_rate`, which must stop and restart the server.

The server is the bench's own instance (`scripts/neo4j`, home
~/.cache/figraph/neo4j-bench, Bolt 27687), started if it is not running,
unless NEO4J_URI names another one. FIGRAPH_BENCH_NEO4J_HOME, _BOLT_PORT and
_HTTP_PORT give a run an instance of its own (a long run on a shared machine:
another session's bench wipes the database it pushes into).
"""

from __future__ import annotations

import itertools
import os
import subprocess
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .measure import ROOT, median_of, seconds

__all__ = ["bench_settings", "ensure_server", "connect", "warm_up", "push_rate", "naive_rate",
           "batch_plateau", "batch_rounds", "server_cpu", "import_rate", "import_side_by_side"]

BENCH_ENV = {
    "FIGRAPH_NEO4J_HOME": os.environ.get("FIGRAPH_BENCH_NEO4J_HOME")
    or str(Path.home() / ".cache/figraph/neo4j-bench"),
    "FIGRAPH_NEO4J_BOLT_PORT": os.environ.get("FIGRAPH_BENCH_NEO4J_BOLT_PORT") or "27687",
    "FIGRAPH_NEO4J_HTTP_PORT": os.environ.get("FIGRAPH_BENCH_NEO4J_HTTP_PORT") or "27474",
    "FIGRAPH_NEO4J_HEAP": "2g",  # the 10^6-edge push and path queries; tests keep 1g
    "FIGRAPH_NEO4J_PAGECACHE": "2g",
}
IMPORT_JOBS = 2
"""Processes writing the import's edge files (`figraph neo4j import-files -j 2`)."""
BENCH_PASSWORD = "figraph-bench-password"
"""Password of the throw-away local bench instance (listens on 127.0.0.1 only)."""


def bench_settings() -> Any:
    from figraph.graph.neo4j_store import Neo4jSettings

    if os.environ.get("NEO4J_URI"):
        return Neo4jSettings.from_env()
    password = os.environ.get("NEO4J_PASSWORD", BENCH_PASSWORD)
    return Neo4jSettings(f"bolt://127.0.0.1:{BENCH_ENV['FIGRAPH_NEO4J_BOLT_PORT']}",
                         "neo4j", password)


def _script_env() -> dict[str, str]:
    """The environment for scripts/neo4j on the bench instance."""
    env = {**os.environ, **BENCH_ENV, "NEO4J_PASSWORD": bench_settings().password}
    dev_lib = Path.home() / ".cache/figraph/neo4j-5.26.x/lib"
    if dev_lib.is_dir() and "FIGRAPH_NEO4J_LIB" not in env:
        env["FIGRAPH_NEO4J_LIB"] = str(dev_lib)  # share the jars, skip a Maven fetch
    return env


def _script(*args: str) -> None:
    """Run scripts/neo4j on the bench instance; raise with its error tail if it fails."""
    done = subprocess.run([str(ROOT / "scripts" / "neo4j"), *args], env=_script_env(),
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"scripts/neo4j {args[0]} failed: {done.stderr.strip()[-400:]}")


def ensure_server() -> None:
    """Start the bench instance unless NEO4J_URI points elsewhere; raises if it cannot."""
    if os.environ.get("NEO4J_URI"):
        return
    script = ROOT / "scripts" / "neo4j"
    if subprocess.run([str(script), "status"], env=_script_env(),
                      capture_output=True).returncode == 0:
        return
    _script("start")


def connect(batch_size: int | None = None) -> Any:
    from figraph.graph.neo4j_store import DEFAULT_BATCH, Neo4jStore

    return Neo4jStore.connect(bench_settings(), batch_size=batch_size or DEFAULT_BATCH)


def warm_up(neo: Any) -> None:
    """One small push first: a server just started compiles its code paths and plans during
    the first statements, which would be counted against the first measured push."""
    from figraph.graph.local_store import LocalStore

    from .graphs import cached_store

    push_rate(LocalStore.open(cached_store(10_000)), neo, repeats=1)


def server_cpu() -> float | None:
    """CPU seconds the bench instance's server process has used (user + system), read from
    /proc; None on another server (NEO4J_URI) or where /proc is not Linux's.

    On a shared machine a push's wall time moves 2x with the others' load; the CPU the
    server spends on it moves far less, so changes to the statements are compared by it."""
    if os.environ.get("NEO4J_URI"):
        return None
    try:
        pid = (Path(BENCH_ENV["FIGRAPH_NEO4J_HOME"]) / "run" / "neo4j.pid").read_text().split()[0]
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def push_rate(local: Any, neo: Any, repeats: int = 1) -> dict[str, float]:
    """Wipe, then time a full push, `repeats` times; the median, in figraph relationships
    (evidenced edges) per second of the whole push, and counting MENTIONS too, and the
    median server CPU seconds of a push (`server_cpu_s`, on the bench instance only)."""
    from figraph.graph.sync import push

    cpu: list[float] = []

    def once() -> float:
        neo.ensure_schema()
        neo.wipe()
        before = server_cpu()
        took = seconds(lambda: push(local, neo, full=True))
        after = server_cpu()
        if before is not None and after is not None:
            cpu.append(after - before)
        return took

    took = median_of([once() for _ in range(repeats)])
    edges = local.graph.number_of_edges()
    mentions = sum(len(a.get("mentions", {})) for _, a in local.graph.nodes(data=True))
    unchanged = seconds(lambda: push(local, neo))  # reads every fingerprint, sends nothing
    return {"seconds": took, "rels_per_s": edges / took, "edges": edges,
            "all_rels_per_s": (edges + mentions) / took, "unchanged_seconds": unchanged,
            **({"server_cpu_s": median_of(cpu)} if cpu else {})}


def naive_rate(local: Any, neo: Any, sample: int) -> float:
    """Relationships per second, one MERGE per transaction, on `sample` edges already pushed.

    The sample is every k-th edge of the whole graph, like the batched push it is compared
    with: the first edges in the graph's order all start at the first actors (hubs), and
    measured 93-423/s depending on the sample's size.
    """
    from figraph.graph.neo4j_write import edge_row, safe_rel_type

    names = local.actor_names()
    step = max(1, local.graph.number_of_edges() // sample)
    edges = [attrs for _, _, attrs in itertools.islice(local.graph.edges(data=True), 0,
                                                        step * sample, step)]
    by_type: dict[str, list[str]] = defaultdict(list)
    for edge in edges:
        by_type[edge["type"]].append(edge["id"])
    with neo.driver.session(database=neo.database) as session:
        for rel_type, ids in by_type.items():
            session.run(f"UNWIND $ids AS id MATCH ()-[r:{safe_rel_type(rel_type)} {{id: id}}]->() "
                        "DELETE r", ids=ids).consume()
        started = time.perf_counter()
        for edge in edges:
            row = edge_row(edge, names)
            query = (f"MATCH (a:Actor {{id: $source}}) MATCH (b:Actor {{id: $target}}) "
                     f"MERGE (a)-[r:{safe_rel_type(edge['type'])} {{id: $id}}]->(b) "
                     "SET r += $props")
            session.execute_write(lambda tx, q=query, r=row: tx.run(
                q, source=r["source"], target=r["target"], id=r["props"]["id"], props=r["props"]
            ).consume())
        took = time.perf_counter() - started
    return len(edges) / took


def batch_plateau(local: Any, sizes: Sequence[int]) -> dict[str, float]:
    """Full-push relationships/s for each batch size (the store's default is the reference),
    and the server's CPU seconds for each push where it can be read."""
    figures = {}
    for size in sizes:
        neo = connect(size)
        try:
            pushed = push_rate(local, neo)
        finally:
            neo.close()
        figures[f"neo4j_push_rels_per_s_batch_{size}"] = pushed["rels_per_s"]
        if "server_cpu_s" in pushed:
            figures[f"neo4j_push_server_cpu_s_batch_{size}"] = pushed["server_cpu_s"]
    return figures


def batch_rounds(local: Any, sizes: Sequence[int], rounds: int) -> dict[str, float]:
    """`batch_plateau` `rounds` times over, the sizes alternating, and each figure's median:
    the side-by-side comparison a shared machine needs."""
    runs = [batch_plateau(local, sizes) for _ in range(rounds)]
    return {key: median_of([run[key] for run in runs]) for key in runs[0]}


def import_rate(local: Any, naive: float) -> dict[str, float]:
    """The offline first load of `local` into the bench instance, timed; {} on another server.

    `neo4j_import_rels_per_s`: typed edges (MENTIONS not counted, as for the push key) per
    second of writing the CSV files plus `scripts/neo4j import`. `neo4j_import_s`: the whole
    path, with the server's stop and start and the schema push that ends it.
    """
    import shutil
    import tempfile

    from figraph.graph.neo4j_bulk import write_import_files
    from figraph.graph.sync import push

    if os.environ.get("NEO4J_URI"):
        return {}  # not our server: it cannot be stopped for an offline import
    cache = Path.home() / ".cache" / "figraph"
    cache.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-import-", dir=cache))
    try:
        started = time.perf_counter()
        _script("stop")
        stopped = time.perf_counter()
        report = write_import_files(local, folder, jobs=IMPORT_JOBS)
        written = time.perf_counter()
        _script("import", str(folder))
        imported = time.perf_counter()
        _script("start")
        neo = connect()
        try:
            push(local, neo)  # constraints and indexes; nothing new to send
        finally:
            neo.close()
        done = time.perf_counter()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    load = imported - stopped
    rate = report.edges / load
    return {"neo4j_import_rels_per_s": rate,
            "neo4j_import_all_rels_per_s": (report.edges + report.mentions) / load,
            "neo4j_import_write_s": written - stopped, "neo4j_import_tool_s": imported - written,
            "neo4j_import_s": done - started, "neo4j_import_speedup_vs_naive": rate / naive,
            "neo4j_import_edges": report.edges}


def import_side_by_side(local: Any, rounds: int) -> Iterator[dict[str, Any]]:
    """The import files written by the csv module's rows and by pyarrow's columns, each
    then imported, alternating `rounds` times on the same store (on a shared machine
    only figures of the same run compare). The bench instance is stopped and stays so;
    its database holds the last import."""
    import shutil
    import tempfile

    from figraph.graph.neo4j_bulk import write_import_files

    cache = Path.home() / ".cache" / "figraph"
    cache.mkdir(parents=True, exist_ok=True)
    _script("stop")
    for number in range(1, rounds + 1):
        for writer, columnar in (("rows", False), ("columns", True)):
            folder = Path(tempfile.mkdtemp(prefix="bench-import-", dir=cache))
            try:
                cpu = _cpu_seconds()
                started = time.perf_counter()
                report = write_import_files(local, folder, jobs=IMPORT_JOBS, columnar=columnar)
                written = time.perf_counter()
                cpu = _cpu_seconds() - cpu
                size = sum(p.stat().st_size for p in folder.iterdir())
                _script("import", str(folder))
                imported = time.perf_counter()
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            yield {"round": number, "writer": writer, "write_s": written - started,
                   "write_cpu_s": cpu,
                   "import_s": imported - written, "mb": size / 1e6,
                   "rels_per_s": report.edges / (imported - started),
                   "tool_rels_per_s": report.edges / (imported - written)}


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that ended (the forked edge writers):
    on a shared machine a steadier measure of the work than the wall clock."""
    import resource

    return sum(usage.ru_utime + usage.ru_stime for usage in (
        resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.neo4j_push [EDGES]`: push, naive and import on one graph, printed.
    `python -m bench.neo4j_push EDGES --batches 1000,5000 [--rounds 3]`: full pushes with
    each batch size, alternating, medians of rate and server CPU (no naive push, no import).
    `python -m bench.neo4j_push EDGES --import-only [ROUNDS]`: the rows and columns import
    writers side by side (`import_side_by_side`, 2 rounds unless ROUNDS), nothing pushed."""
    import argparse

    from figraph.graph.local_store import LocalStore

    from .graphs import cached_store

    parser = argparse.ArgumentParser(prog="python -m bench.neo4j_push")
    parser.add_argument("edges", type=int, nargs="?", default=100_000)
    parser.add_argument("--batches", help="comma-separated batch sizes to compare")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--import-only", type=int, nargs="?", const=2, default=None,
                        metavar="ROUNDS", help="time the two import writers side by side")
    args = parser.parse_args(argv)
    n_edges = args.edges
    local = LocalStore.open(cached_store(n_edges))
    if args.import_only is not None:
        print(f"{'round':>5} {'writer':8} {'write s':>8} {'CPU s':>6} {'import s':>9} {'MB':>7} "
              f"{'edges/s':>9} {'importer edges/s':>17}")
        for row in import_side_by_side(local, args.import_only):
            print(f"{row['round']:>5} {row['writer']:8} {row['write_s']:8.1f} "
                  f"{row['write_cpu_s']:6.1f} "
                  f"{row['import_s']:9.1f} {row['mb']:7.0f} {row['rels_per_s']:9,.0f} "
                  f"{row['tool_rels_per_s']:17,.0f}", flush=True)
        return 0
    ensure_server()
    if args.batches:
        neo = connect()
        try:
            warm_up(neo)
        finally:
            neo.close()
        sizes = [int(size) for size in args.batches.split(",")]
        return _print(batch_rounds(local, sizes, args.rounds))
    neo = connect()
    try:
        warm_up(neo)
        pushed = push_rate(local, neo)
        naive = naive_rate(local, neo, 200)
    finally:
        neo.close()
    figures = {"neo4j_push_rels_per_s": pushed["rels_per_s"], "neo4j_push_s": pushed["seconds"],
               "neo4j_naive_rels_per_s": naive, **import_rate(local, naive)}
    return _print(figures)


def _print(figures: dict[str, float]) -> int:
    for key, value in figures.items():
        print(f"{key:40} {value:12,.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
