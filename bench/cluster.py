"""Extraction on a Dask cluster: two workers against one, side by side.

`cluster_scaling_2workers` is the words/s of `figraph.loaders.cluster.extract_on_cluster` (what
`figraph build --cluster` runs) on a local cluster of two single-threaded worker
processes over the same on a cluster of one. Both clusters are started and warmed
(each worker has loaded the model) before the clock: a cluster is started once and
serves many builds, so its start-up is not what a build waits for. Each round runs one
then the other on the same documents; the figure is the median round's ratio.

    python -m bench --only cluster
"""

from __future__ import annotations

import time
from typing import Any

from figraph.graph.model import Document

from .corpus import generate
from .measure import median_of

__all__ = ["run"]


def run(n_docs: int, rounds: int, seed: int = 7) -> dict[str, float]:
    from distributed import LocalCluster

    clusters = {n: LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                dashboard_address=":0", silence_logs=40) for n in (1, 2)}
    try:
        for cluster in clusters.values():  # every worker loads the model before the clock
            _rate(_documents(8, seed + 199), cluster.scheduler_address)
        one, two, ratios = [], [], []
        for number in range(rounds):  # new documents each round: a task is never a cached one
            documents = _documents(n_docs, seed + 200 + number)
            words = sum(len(d.text.split()) for d in documents)
            one.append(words / _rate(documents, clusters[1].scheduler_address))
            two.append(words / _rate(documents, clusters[2].scheduler_address))
            ratios.append(two[-1] / one[-1])
    finally:
        for cluster in clusters.values():
            cluster.close()
    return {"cluster_words_per_s_1worker": median_of(one),
            "cluster_words_per_s_2workers": median_of(two),
            "cluster_scaling_2workers": median_of(ratios),
            "cluster_docs": float(n_docs)}


def _documents(n_docs: int, seed: int) -> list[Document]:
    return [Document(id=Document.id_for(s.text), title=s.title, text=s.text)
            for s in generate(n_docs, seed)]


def _rate(documents: list[Document], address: str) -> float:
    """Seconds to extract `documents` on the cluster at `address`, all results back."""
    from figraph.loaders.cluster import extract_on_cluster

    started = time.perf_counter()
    for _document, result in extract_on_cluster(documents, address):
        if isinstance(result, str):
            raise RuntimeError(f"extraction failed: {result}")
    return time.perf_counter() - started


def main(argv: Any = None) -> int:
    """`python -m bench.cluster [DOCS]`: the figures, printed."""
    import sys

    n_docs = int((argv if argv is not None else sys.argv[1:] or ["60"])[0])
    for key, value in run(n_docs, 3).items():
        print(f"{key:32} {value:12,.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
