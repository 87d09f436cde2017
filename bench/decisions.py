"""What a person's decisions cost on a big store, once it is loaded (load and save are the
store section's figures: a CLI decision adds them).

- review_confirm_ms, review_reject_ms, review_retype_ms: one edge decision applied to the
  stored graph (find the edge by id, record the decision, move its sentences), median
  over a sample of edges;
- review_queue_s: ranking every edge for `figraph review`;
- merge_s, unmerge_s: a merge of two actors and its undo, each re-deriving the whole
  graph (`figraph.graph.regroup`), the way `figraph merge` and `figraph unmerge` do;
- context_store_pct: how much larger the store of the real test documents is for the
  contexts of its quotes (`figraph.graph.context`), and context_ms_per_doc what taking them
  costs per document.

    python -m bench --quick --only decisions
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Any

from figraph.graph.decisions import Decisions
from figraph.graph.edge_review import confirm, find_edge, reject, retype, review_queue
from figraph.graph.local_store import LocalStore
from figraph.graph.merges import find_merged, merge_actors, unmerge_actor

from .graphs import cached_store
from .measure import ROOT, median_of, seconds

__all__ = ["run"]


def run(n_edges: int, sample: int = 30, seed: int = 7) -> dict[str, Any]:
    store = LocalStore.open(cached_store(n_edges, seed))
    tag = f"{n_edges // 1000}k" if n_edges < 1_000_000 else f"{n_edges // 1_000_000}m"
    figures: dict[str, Any] = {f"decisions_{tag}_edges": float(n_edges)}
    decisions = Decisions()  # one set of decisions, as decisions.json holds them
    figures.update(_edge_decisions(store, decisions, sample, seed))
    figures["review_queue_s"] = seconds(lambda: review_queue(store))
    figures.update(_merge_and_back(store, decisions))
    figures.update(_contexts())
    return figures


def _edge_decisions(store: LocalStore, decisions: Decisions, sample: int, seed: int
                    ) -> dict[str, float]:
    rng = random.Random(seed)
    keys = sorted(k for _, _, k in store.graph.edges(keys=True))
    chosen = rng.sample(keys, 3 * sample)
    timings: dict[str, list[float]] = {"confirm": [], "reject": [], "retype": []}
    for number, key in enumerate(chosen):
        kind = ("confirm", "reject", "retype")[number % 3]
        started = time.perf_counter()
        edge_id = find_edge(store, key[:10])
        if kind == "confirm":
            confirm(store, decisions, edge_id)
        elif kind == "reject":
            reject(store, decisions, edge_id)
        else:
            kept = store.graph.edges[_ends(store, edge_id)]["type"]
            retype(store, decisions, edge_id, "RELATED_TO" if kept != "RELATED_TO" else "MET_WITH")
        timings[kind].append(1000 * (time.perf_counter() - started))
    return {f"review_{kind}_ms": median_of(values) for kind, values in timings.items()}


def _ends(store: LocalStore, edge_id: str) -> tuple[str, str, str]:
    return next((u, v, k) for u, v, k in store.graph.edges(keys=True) if k == edge_id)


def _merge_and_back(store: LocalStore, decisions: Decisions) -> dict[str, float]:
    """Merge the two most linked people, then undo it."""
    people = sorted((n for n, a in store.graph.nodes(data=True) if a.get("type") == "Person"),
                    key=lambda n: (-store.graph.degree(n), n))
    keep, drop = people[0], people[1]
    merged = seconds(lambda: merge_actors(store, decisions, keep, drop))
    (undo,) = find_merged(store, decisions, drop)
    unmerged = seconds(lambda: unmerge_actor(store, decisions, undo))
    return {"merge_s": merged, "unmerge_s": unmerged}


def _contexts() -> dict[str, float]:
    """The test documents extracted once, merged into a store; its size with and without
    the contexts, and the time taking them costs beside the extraction's."""
    from figraph.graph.context import add_context
    from figraph.loaders.documents import read_documents
    from figraph.loaders.pipeline import extract_documents

    files = sorted({*ROOT.glob("tests/data/eval*/*.txt"), *ROOT.glob("tests/data/eval*/*/*.txt")})
    documents = list(read_documents(files))
    started = time.perf_counter()
    extractions = [result for _, result in extract_documents(documents)]
    extracting = time.perf_counter() - started
    contexting = seconds(lambda: [add_context(x) for x in extractions])
    with tempfile.TemporaryDirectory(prefix="figraph-bench-context-") as folder:
        store = LocalStore(Path(folder))
        for extraction in extractions:
            store.merge(extraction)
        store.save()
        with_context = (Path(folder) / "graph.json").stat().st_size
        for _, _, attrs in store.graph.edges(data=True):
            for item in attrs["evidence"]:
                item.pop("context", None)
        store.save()
        without = (Path(folder) / "graph.json").stat().st_size
    return {"context_store_pct": 100 * (with_context - without) / without,
            "context_ms_per_doc": 1000 * contexting / len(extractions),
            "context_share_of_extraction_pct": 100 * contexting / extracting,
            "context_docs": float(len(extractions))}
