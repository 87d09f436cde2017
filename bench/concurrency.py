"""Reads under load: a build and repeated Neo4j pushes while `path`, `show`, `query` and
`stats` read the same store and the same Neo4j, every command a real `figraph` process.

    python -m bench --only concurrent          # 10,000 documents (300 in --quick)

The Neo4j server is an instance of this section's own (`SERVER_ENV`), unless NEO4J_URI
names one. Phases: a first build of a tenth of the corpus, pushed to an empty database (so the
actors the readers ask about exist everywhere); then, at once, the build of the whole
corpus (saving every FIGRAPH_CHECKPOINT_SECONDS), `neo4j push` again and again until the
build ends, and two readers in a loop: one on the local store, one on Neo4j. Last, one
more push and a read of each kind on both backends.

What "consistent" means, checked on every answer: every command exits 0 with no
traceback; what only grows only grows (documents in `stats`, the facts around an actor
in `query ego_network`) and what only shrinks only shrinks (the shortest path's hops, on each
backend); every page `show` writes is whole; at the end both backends give the same
answers. tests/store/test_concurrency.py runs the same at a small size.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Read", "Run", "run_concurrent", "problems"]

FIGRAPH = [sys.executable, "-c", "from figraph.cli import main; main()"]
GROWS, SHRINKS = ("stats", "query", "query_neo4j"), ("path", "path_neo4j")


@dataclass
class Read:
    """One reading command: when it ran, how long, what it said."""

    name: str
    started: float
    seconds: float
    code: int
    stdout: str
    stderr: str
    value: float | None = None
    """The figure compared across reads: documents, neighbours, hops, or 1 for a whole page."""


@dataclass
class Run:
    """Everything a concurrent run did, for the checks and the figures."""

    documents: int
    initial: int
    build_seconds: float = 0.0
    build_code: int = -1
    pushes: list[tuple[float, int, str]] = field(default_factory=list)
    reads: list[Read] = field(default_factory=list)
    final: dict[str, float | None] = field(default_factory=dict)


def figraph(args: list[str], env: dict[str, str], timeout: float = 600
            ) -> subprocess.CompletedProcess:
    return subprocess.run([*FIGRAPH, *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def run_concurrent(corpus: Path, work: Path, env: dict[str, str], jobs: int = 2,
                   initial_share: float = 0.1, checkpoint_seconds: float = 5.0) -> Run:
    """The three phases above; `env` holds the Neo4j settings (NEO4J_URI, ...)."""
    files = sorted(corpus.glob("*.txt"))
    initial = max(2, int(len(files) * initial_share))
    store, page = work / "store", work / "page.html"
    run = Run(documents=len(files), initial=initial)
    first = figraph(["build", *map(str, files[:initial]), "--store", str(store), "-j", "1"], env)
    wiped = figraph(["neo4j", "push", "--wipe", "--yes", "--store", str(store)], env)
    if first.returncode != 0 or wiped.returncode != 0:
        raise RuntimeError(f"set-up failed: {first.stderr[-300:]} {wiped.stderr[-300:]}")
    source, target = _ends(store)
    reads = _reads(store, page, source, target)
    build_env = {**env, "FIGRAPH_CHECKPOINT_SECONDS": str(checkpoint_seconds)}
    started = time.monotonic()
    build = subprocess.Popen([*FIGRAPH, "build", str(corpus), "--store", str(store), "-j",
                              str(jobs)], env=build_env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    busy = threading.Event()
    busy.set()
    threads = [threading.Thread(target=_pushes, args=(run, store, env, busy)),
               threading.Thread(target=_loop, args=(run, reads[:4], env, busy, page)),
               threading.Thread(target=_loop, args=(run, reads[4:], env, busy, page))]
    for thread in threads:
        thread.start()
    _, build_err = build.communicate()
    run.build_seconds, run.build_code = time.monotonic() - started, build.returncode
    busy.clear()
    for thread in threads:
        thread.join()
    if build.returncode != 0:
        raise RuntimeError(f"the build failed: {build_err[-400:]}")
    _finish(run, store, env, reads, page)
    return run


def _ends(store: Path) -> tuple[str, str]:
    """Two actor ids two or three hops apart in the first store: the path readers' ends."""
    import networkx as nx
    from figraph.graph.local_store import LocalStore

    graph = nx.Graph(LocalStore.open(store).graph)
    hub = max(graph.nodes, key=graph.degree)
    distances = nx.single_source_shortest_path_length(graph, hub, cutoff=3)
    far = sorted((d, n) for n, d in distances.items() if d >= 2) or sorted(
        (d, n) for n, d in distances.items() if d >= 1)
    return far[-1][1], hub


def _reads(store: Path, page: Path, source: str, target: str) -> list[tuple[str, list[str]]]:
    local, neo4j = ["--store", str(store)], ["--backend", "neo4j"]
    ego = ["query", "ego_network", "-p", f"actor={source}", "-p", "limit=100000", "--json"]
    return [("stats", ["stats", "--json", *local]),
            ("path", ["path", source, target, "--json", *local]),
            ("show", ["show", "--actor", source, "--hops", "1", "-o", str(page), *local]),
            ("query", [*ego, *local]),
            ("path_neo4j", ["path", source, target, "--json", *neo4j]),
            ("query_neo4j", [*ego, *neo4j])]


def _pushes(run: Run, store: Path, env: dict[str, str], busy: threading.Event) -> None:
    while busy.is_set():
        started = time.monotonic()
        done = figraph(["neo4j", "push", "--store", str(store)], env)
        run.pushes.append((time.monotonic() - started, done.returncode, done.stderr[-300:]))


def _loop(run: Run, reads: list[tuple[str, list[str]]], env: dict[str, str],
          busy: threading.Event, page: Path) -> None:
    while busy.is_set():
        for name, args in reads:
            run.reads.append(_read(name, args, env, page))


def _read(name: str, args: list[str], env: dict[str, str], page: Path) -> Read:
    started = time.monotonic()
    done = figraph(args, env)
    read = Read(name, started, time.monotonic() - started, done.returncode, done.stdout,
                done.stderr)
    if done.returncode == 0:
        read.value = VALUES[name.removesuffix("_neo4j")](done.stdout, page)
    return read


def _finish(run: Run, store: Path, env: dict[str, str], reads: list[tuple[str, list[str]]],
            page: Path) -> None:
    """One last push, then each read once: the final answers of both backends."""
    started = time.monotonic()
    done = figraph(["neo4j", "push", "--store", str(store)], env)
    run.pushes.append((time.monotonic() - started, done.returncode, done.stderr[-300:]))
    for name, args in reads:
        read = _read(name, args, env, page)
        run.reads.append(read)
        run.final[name] = read.value


def _hops(stdout: str, _page: Path) -> float:
    return float(min(path["length"] for path in json.loads(stdout)["paths"]))


def _page_whole(_stdout: str, page: Path) -> float:
    text = page.read_text(encoding="utf-8")
    return 1.0 if text.rstrip().endswith("</html>") else 0.0


VALUES: dict[str, Callable[[str, Path], float]] = {
    "stats": lambda out, _: float(json.loads(out)["documents"]),
    "path": _hops,
    "show": _page_whole,
    "query": lambda out, _: float(len({row["edge_id"] for row in json.loads(out)["rows"]})),
}


def problems(run: Run) -> list[str]:
    """Every inconsistency or error in the run, one line each; empty when all held."""
    found = [f"{r.name}: exit {r.code}: {(r.stderr.strip().splitlines() or [''])[-1]}"
             for r in run.reads if r.code != 0 or "Traceback" in r.stderr]
    found += [f"push: exit {code}: {err}" for _, code, err in run.pushes if code != 0]
    found += [f"show: page not whole ({r.started:.1f})" for r in run.reads
              if r.name == "show" and r.value == 0.0]
    last: dict[str, float] = {}
    for read in sorted(run.reads, key=lambda r: r.started):
        if read.value is None or read.name == "show":
            continue
        before = last.get(read.name)
        if before is not None and ((read.name in GROWS and read.value < before)
                                   or (read.name in SHRINKS and read.value > before)):
            found.append(f"{read.name}: went from {before:g} to {read.value:g}")
        last[read.name] = read.value
    for name in ("path", "query"):
        if run.final.get(name) != run.final.get(f"{name}_neo4j"):
            found.append(f"{name}: local {run.final.get(name)} != neo4j "
                         f"{run.final.get(name + '_neo4j')} after the last push")
    return found


def intermediate_reads(run: Run) -> int:
    """Local reads that saw neither the first nor the last store: proof they overlapped."""
    return sum(1 for r in run.reads if r.name == "stats" and r.value is not None
               and run.initial < r.value < run.documents)


def figures(run: Run) -> dict[str, float]:
    """The bench's flat figures for one run."""
    def p50(names: tuple[str, ...]) -> float:
        times = [r.seconds for r in run.reads if r.name in names and r.code == 0]
        return statistics.median(times) if times else float("nan")

    return {
        "concurrent_docs": float(run.documents),
        "concurrent_build_s": run.build_seconds,
        "concurrent_pushes": float(len(run.pushes)),
        "concurrent_push_p50_s": statistics.median(s for s, _, _ in run.pushes),
        "concurrent_reads": float(len(run.reads)),
        "concurrent_reads_mid_build": float(intermediate_reads(run)),
        "concurrent_read_errors": float(len(problems(run))),
        "concurrent_local_read_p50_s": p50(("stats", "path", "show", "query")),
        "concurrent_neo4j_read_p50_s": p50(("path_neo4j", "query_neo4j")),
    }


def run_bench(n_docs: int, jobs: int, env: dict[str, str], seed: int = 7) -> dict[str, Any]:
    """The bench section: the corpus of `bench/corpus.py`, a fresh store, the bench's Neo4j."""
    from .corpus import write_corpus
    from .graphs import OUT

    corpus = write_corpus(n_docs, OUT / f"corpus-{n_docs}-{seed}", seed)
    with tempfile.TemporaryDirectory(prefix="figraph-bench-concurrent-") as work:
        run = run_concurrent(corpus, Path(work), env, jobs=jobs)
    for line in problems(run)[:10]:
        print(f"    problem: {line}", flush=True)
    return figures(run)


SERVER_ENV = {
    "FIGRAPH_NEO4J_HOME": str(Path.home() / ".cache/figraph/neo4j-bench-concurrent"),
    "FIGRAPH_NEO4J_BOLT_PORT": "27688",
    "FIGRAPH_NEO4J_HTTP_PORT": "27475",
    "FIGRAPH_NEO4J_HEAP": "1g",
    "FIGRAPH_NEO4J_PAGECACHE": "1g",
}
"""An instance of its own: this run wipes its database and checks every answer, so it
must not share one with the push benchmark (or another session's bench run)."""


def neo4j_env() -> dict[str, str]:
    """The environment for the child commands: NEO4J_URI if set, else this section's own
    server (`scripts/neo4j`, started if it is not running)."""
    from .measure import ROOT
    from .neo4j_push import BENCH_PASSWORD

    env = {k: v for k, v in os.environ.items() if not k.startswith("FIGRAPH_")}
    if os.environ.get("NEO4J_URI"):
        return env
    password = os.environ.get("NEO4J_PASSWORD", BENCH_PASSWORD)
    script_env = {**os.environ, **SERVER_ENV, "NEO4J_PASSWORD": password}
    shared_jars = Path.home() / ".cache/figraph/neo4j-5.26.x/lib"
    if shared_jars.is_dir():
        script_env.setdefault("FIGRAPH_NEO4J_LIB", str(shared_jars))
    script = str(ROOT / "scripts" / "neo4j")
    if subprocess.run([script, "status"], env=script_env, capture_output=True).returncode:
        started = subprocess.run([script, "start"], env=script_env, capture_output=True,
                                 text=True)
        if started.returncode:
            raise RuntimeError(f"scripts/neo4j start failed: {started.stderr.strip()[-400:]}")
    env.update(NEO4J_URI=f"bolt://127.0.0.1:{SERVER_ENV['FIGRAPH_NEO4J_BOLT_PORT']}",
               NEO4J_USERNAME="neo4j", NEO4J_PASSWORD=password, NEO4J_DATABASE="neo4j")
    return env
