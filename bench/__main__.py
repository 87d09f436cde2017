"""The figraph benchmark suite: one command, flat results, goals checked.

    python -m bench --quick          # under 5 minutes once bench/out/ holds the generated data
    python -m bench                  # full: 10k-document build, 10^6-edge Neo4j push, 20k views,
                                     # a 10k-document build and pushes under concurrent reads
    python -m bench --only store,paths
    python -m bench --only neo4j --merge   # re-measure one section, keep the others' figures

Writes bench/results.json (`name: number`, units in the names) and prints a
table with each goal. Every figure is a median of repeats or of many queries;
comparisons (extractor vs spaCy, 2 vs 1 process, batched vs naive push) are
measured side by side in the same run, since the machine is shared.
A section that cannot run (no Neo4j, no Chromium) says why in one line and the
others go on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .settings import GOALS, Mode, full_mode, quick_mode

RESULTS = Path(__file__).resolve().parent / "results.json"
SECTIONS = ("extract", "hostile-layers", "cluster", "build", "store", "neo4j", "paths", "html",
            "concurrent", "decisions")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, under 5 minutes")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections of {', '.join(SECTIONS)}")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--merge", action="store_true",
                        help="keep the figures of the output file that this run does not measure")
    args = parser.parse_args(argv)
    mode = quick_mode() if args.quick else full_mode()
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(wanted) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    print(f"figraph bench ({mode.name}) on {_machine()}", flush=True)
    results: dict[str, float] = _previous(args.output) if args.merge else {}
    shared: dict[str, Any] = {}
    started = time.perf_counter()
    for name in wanted:
        section_started = time.perf_counter()
        try:
            results.update(RUNNERS[name](mode, shared))
            results[f"bench_quick_{name}"] = 1.0 if args.quick else 0.0
            print(f"  {name}: done in {time.perf_counter() - section_started:.0f} s", flush=True)
        except Exception as exc:  # one section must never stop the others
            print(f"  {name}: skipped ({type(exc).__name__}: {exc})", flush=True)
        _write(args.output, results)  # a run cut short keeps what it measured
    if not args.merge:  # a merged file's modes are its bench_quick_SECTION keys
        results["bench_quick"] = 1.0 if args.quick else 0.0
        results["bench_total_s"] = time.perf_counter() - started
    _write(args.output, results)
    print(_table(results))
    print(f"wrote {args.output}")
    return 0


def _extract(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from .extraction import run

    return run(mode.extract_docs, mode.extract_rounds, mode.scaling_docs)


def _hostile_layers(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from .hostile_layers import run

    return run()


def _cluster(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from .cluster import run

    return run(mode.scaling_docs, mode.extract_rounds)


def _build(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from .build_store import run_build

    figures: dict[str, float] = {}
    for n_docs in mode.build_docs:
        figures.update(run_build(n_docs, mode.jobs))
    return figures


def _store(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from .build_store import run_store

    return run_store(mode.store_edges, mode.store_repeats)


def _neo4j(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from figraph.graph.local_store import LocalStore

    from .graphs import cached_store
    from .neo4j_push import (
        batch_plateau,
        connect,
        ensure_server,
        import_rate,
        naive_rate,
        push_rate,
        warm_up,
    )

    ensure_server()
    figures: dict[str, float] = {}
    neo = connect()
    try:
        warm_up(neo)
    finally:
        neo.close()
    if mode.batch_sizes:
        figures.update(batch_plateau(LocalStore.open(cached_store(mode.plateau_edges)),
                                     mode.batch_sizes))
    neo = connect()
    try:
        for n_edges in mode.push_edges:
            local = LocalStore.open(cached_store(n_edges))
            pushed = push_rate(local, neo, mode.push_repeats if n_edges < 1_000_000 else 1)
            naive = naive_rate(local, neo, mode.naive_sample)
            tag = f"{n_edges // 1000}k" if n_edges < 1_000_000 else f"{n_edges // 1_000_000}m"
            figures[f"neo4j_push_rels_per_s_{tag}"] = pushed["rels_per_s"]
            figures[f"neo4j_push_{tag}_s"] = pushed["seconds"]
            figures[f"neo4j_push_unchanged_{tag}_s"] = pushed["unchanged_seconds"]
            figures["neo4j_push_rels_per_s"] = pushed["rels_per_s"]
            figures["neo4j_push_all_rels_per_s"] = pushed["all_rels_per_s"]
            figures["neo4j_naive_rels_per_s"] = naive
            figures["neo4j_push_speedup_vs_naive"] = pushed["rels_per_s"] / naive
            figures["neo4j_push_edges"] = n_edges
            shared["neo4j_graph"] = (n_edges, local)
    finally:
        neo.close()
    if mode.bulk_import:  # the offline first load of the biggest graph, beside its push
        figures.update(import_rate(local, figures["neo4j_naive_rels_per_s"]))
    return figures


def _paths(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from figraph.graph.local_store import LocalStore

    from .graphs import cached_store
    from .lookups import local_paths, neo4j_paths, pairs

    graph = LocalStore.open(cached_store(mode.path_edges)).graph
    chosen = pairs(graph, mode.path_pairs)
    figures = {**local_paths(graph, chosen), "path_local_edges": float(mode.path_edges)}
    if "neo4j_graph" not in shared:
        print("    paths on Neo4j: skipped (run with the neo4j section)", flush=True)
        return figures
    n_edges, local = shared["neo4j_graph"]
    in_neo4j = chosen if n_edges == mode.path_edges else pairs(local.graph, mode.path_pairs)
    from .neo4j_push import connect

    neo = connect()
    try:
        figures.update(neo4j_paths(neo.driver, in_neo4j))
    finally:
        neo.close()
    figures["path_neo4j_edges"] = float(n_edges)
    return figures


def _html(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from .views import run

    return run(mode.html_sizes)


def _concurrent(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from .concurrency import neo4j_env, run_bench

    return run_bench(mode.concurrent_docs, mode.jobs, neo4j_env())


def _decisions(mode: Mode, shared: dict[str, Any]) -> dict[str, float]:
    from .decisions import run

    return run(mode.decision_edges)


RUNNERS: dict[str, Callable[[Mode, dict[str, Any]], dict[str, float]]] = {
    "extract": _extract, "hostile-layers": _hostile_layers, "cluster": _cluster,
    "build": _build, "store": _store, "neo4j": _neo4j, "paths": _paths, "html": _html,
    "concurrent": _concurrent, "decisions": _decisions,
}


def _table(results: dict[str, float]) -> str:
    lines = [f"{'key':40s} {'value':>12s}  goal"]
    for key, value in results.items():
        goal = GOALS.get(key)
        verdict = ""
        if goal is not None:
            op, bound = goal
            met = value <= bound if op == "<=" else value >= bound
            verdict = f"{op} {bound:g}  {'met' if met else 'MISSED'}"
        lines.append(f"{key:40s} {value:12.4g}  {verdict}")
    return "\n".join(lines)


def _previous(path: Path) -> dict[str, float]:
    """The figures a merged run keeps: each section's mode is in its `bench_quick_SECTION`
    key, so a file made of several runs still says which mode each figure comes from."""
    if not path.exists():
        return {}
    kept = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in kept.items() if k not in ("bench_quick", "bench_total_s")}


def _write(path: Path, results: dict[str, float]) -> None:
    path.write_text(json.dumps(_rounded(results), indent=1) + "\n", encoding="utf-8")


def _rounded(results: dict[str, float]) -> dict[str, float]:
    return {k: float(f"{v:.4g}") for k, v in results.items()}


def _machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {sys.version.split()[0]}, load {load:.1f}")


if __name__ == "__main__":
    sys.exit(main())
