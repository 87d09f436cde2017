"""Build and store figures, each measured in a fresh child process for a clean peak RSS.

- build: `figraph.loaders.pipeline.build` over the synthetic corpus (1k or 10k
  documents), with the time inside the store (merge + save) counted apart.
- store: load and save of the synthetic 10^6-edge store, repeated; the median.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from .corpus import write_corpus
from .graphs import OUT, cached_store
from .measure import median_of, run_probe

__all__ = ["run_build", "run_store"]


def run_build(n_docs: int, jobs: int, seed: int = 7) -> dict[str, Any]:
    corpus = write_corpus(n_docs, OUT / f"corpus-{n_docs}-{seed}", seed)
    store_dir = Path(tempfile.mkdtemp(prefix="figraph-bench-build-"))
    try:
        got = run_probe("build", str(corpus), str(store_dir), str(jobs))
    finally:
        shutil.rmtree(store_dir, ignore_errors=True)
    if got["failed"]:
        raise RuntimeError(f"build: {got['failed']} documents failed")
    key = f"build_{n_docs // 1000}k_docs_s" if n_docs >= 1000 else f"build_{n_docs}_docs_s"
    return {
        key: got["seconds"],
        "build_docs": n_docs,
        "build_jobs": jobs,
        "build_peak_mb": got["peak_mb"],
        "build_main_peak_mb": got["main_peak_mb"],
        "build_store_share_pct": 100 * got["store_seconds"] / got["seconds"],
        "build_docs_per_s": n_docs / got["seconds"],
        **({} if n_docs >= 10_000 else {"build_10k_docs_s_est": 10_000 * got["seconds"] / n_docs}),
        "build_edges": got["edges"],
        "build_actors": got["actors"],
    }


def run_store(n_edges: int, repeats: int, seed: int = 7) -> dict[str, Any]:
    folder = cached_store(n_edges, seed)
    loads, saves = [], []
    for _ in range(repeats):
        loads.append(run_probe("load", str(folder)))
        out = Path(tempfile.mkdtemp(prefix="figraph-bench-save-"))
        try:
            saves.append(run_probe("save", str(folder), str(out)))
        finally:
            shutil.rmtree(out, ignore_errors=True)
    tag = _size_tag(n_edges)
    return {
        f"store_load_{tag}_edges_s": median_of([r["seconds"] for r in loads]),
        f"store_save_{tag}_edges_s": median_of([r["seconds"] for r in saves]),
        f"store_peak_mb_{tag}_edges": max(max(r["peak_mb"] for r in loads),
                                          max(r["peak_mb"] for r in saves)),
        f"store_file_mb_{tag}_edges": saves[0]["mb"],
    }


def _size_tag(n: int) -> str:
    """1000000 -> '1m', 100000 -> '100k'."""
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}m"
    return f"{n // 1000}k"
