"""One measurement in a fresh interpreter, printed as a JSON line (see measure.run_probe).

    python -m bench.probe load STORE_DIR          # seconds to load, peak MB
    python -m bench.probe save STORE_DIR OUT_DIR  # load, then seconds to save a copy
    python -m bench.probe build CORPUS_DIR STORE_DIR JOBS
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .measure import peak_mb, seconds


def load(store_dir: str) -> dict[str, float]:
    from figraph.graph.local_store import LocalStore

    store = LocalStore(store_dir)
    took = seconds(store.load)
    return {"seconds": took, "peak_mb": peak_mb(), "edges": store.graph.number_of_edges()}


def save(store_dir: str, out_dir: str) -> dict[str, float]:
    from figraph.graph.local_store import LocalStore

    store = LocalStore.open(store_dir)
    store.path = Path(out_dir)
    took = seconds(store.save)
    size = store.file.stat().st_size
    shutil.rmtree(out_dir, ignore_errors=True)
    return {"seconds": took, "peak_mb": peak_mb(), "mb": size / 1e6}


def build(corpus_dir: str, store_dir: str, jobs: str) -> dict[str, float]:
    """A real build, with the time spent in the store (merge and save) counted apart."""
    from figraph.graph.local_store import LocalStore
    from figraph.loaders.pipeline import build as run_build

    in_store = [0.0]

    def timed(method):
        def wrapper(self, *args, **kwargs):
            started = time.perf_counter()
            try:
                return method(self, *args, **kwargs)
            finally:
                in_store[0] += time.perf_counter() - started
        return wrapper

    LocalStore.merge = timed(LocalStore.merge)  # type: ignore[method-assign]
    LocalStore.save = timed(LocalStore.save)  # type: ignore[method-assign]
    shutil.rmtree(store_dir, ignore_errors=True)
    store = LocalStore(store_dir)
    started = time.perf_counter()
    report = run_build([corpus_dir], store, jobs=int(jobs))
    total = time.perf_counter() - started
    counts = store.counts()
    shutil.rmtree(store_dir, ignore_errors=True)
    import resource

    workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    main_mb = peak_mb()
    # several workers run at once, each near the biggest one's peak: an upper bound
    return {"seconds": total, "store_seconds": in_store[0], "main_peak_mb": main_mb,
            "worker_peak_mb": workers_mb,
            "peak_mb": main_mb + (int(jobs) * workers_mb if int(jobs) > 1 else 0),
            "documents": report.merged.documents, "failed": len(report.failed),
            "actors": counts["actors"], "edges": counts["edges"]}


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    commands: dict[str, Callable[..., dict[str, float]]] = {"load": load, "save": save,
                                                            "build": build}
    result = commands[command](*args)
    print(json.dumps(result))
