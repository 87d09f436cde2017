"""Extraction on a Dask cluster: `figraph build PATH --cluster tcp://SCHEDULER:8786`.

Why Dask distributed rather than Ray: extraction is a plain Python function over
independent documents, which is what Dask's futures are; Dask is pure Python, a small
`pip install distributed` on every machine, and starts anywhere: `dask scheduler` and
`dask worker` by hand or over SSH, on Kubernetes, on HPC queues (dask-jobqueue), or as
a `LocalCluster` in a test. Ray brings a large binary runtime, its own object store and
a cluster manager to deploy, for features (actors, GPUs scheduling, autoscaling
libraries) extraction does not use, and it is heavier on a small machine.

How a cluster build runs:
- The build process reads the documents (the files need to be on its machine only),
  sends them in small batches to the workers, and merges the results **in the
  documents' order**, through the same code as a local build: the store is the one a
  local build makes, element by element (tests/cli/test_build_cluster.py).
- Exactly-once by document id: a batch's Dask key is made of its documents' ids and the
  gazetteer, so the same batch submitted twice is one task; a task the scheduler runs
  again (a worker lost) returns the same extraction; and the build merges a document
  id once (a result for a document already stored only records its source). Neo4j is
  filled from the store by `figraph neo4j push`, which writes by fingerprint: a
  document reaches it once however often it was extracted.
- Each worker process loads the model and the gazetteer once (the user's gazetteer
  files travel with the tasks, by content) and keeps them for later batches.
- Limits: the per-document time budget is not enforced on a worker (Dask runs tasks
  in threads, which receive no alarm signal), and every worker needs the same figraph
  and model as the build process.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..graph.model import Document, Extraction

__all__ = ["ClusterError", "extract_on_cluster", "extract_batch", "BATCH"]

BATCH = 4
"""Documents per task: enough to make a task's overhead (a few ms) small beside its
extraction (~0.1-1 s a document), few enough to spread a small corpus over the workers."""
CONNECT_SECONDS = 20


class ClusterError(RuntimeError):
    """The cluster cannot be used (no scheduler at the address, no worker)."""


Result = tuple[Document, Extraction | str]


def extract_on_cluster(documents: Iterable[Document], address: str,
                       gazetteers: Sequence[Path] = (), batch: int = BATCH
                       ) -> Iterator[Result]:
    """Extract each document on the Dask cluster at `address`, in order; a failure
    becomes its message (as `figraph.loaders.pipeline.extract_documents`)."""
    client = _connect(address)
    try:
        files = _gazetteer_files(gazetteers)
        window = 4 * max(1, sum(client.nthreads().values()))
        pending: deque[tuple[list[Document], Any]] = deque()
        for chunk in _chunks(documents, batch):
            key = _task_key(chunk, files)
            pending.append((chunk, client.submit(extract_batch, chunk, files, key=key)))
            if len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        client.close()


def _connect(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--cluster needs Dask: pip install 'figraph[cluster]' (the "
                           "package distributed) here and on every worker") from None
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"{address}: no Dask scheduler answers ({type(exc).__name__})"
                           ) from None
    if not client.nthreads():
        client.close()
        raise ClusterError(f"{address}: the Dask scheduler has no worker")
    return client


def _collect(chunk: list[Document], future: Any) -> Iterator[Result]:
    try:
        results = future.result()
    except Exception as exc:  # the task failed on every try (a worker killed each time)
        message = f"extraction failed on the cluster ({type(exc).__name__}: {exc})"
        results = [message] * len(chunk)
    finally:
        future.release()
    yield from zip(chunk, results, strict=True)


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _gazetteer_files(paths: Sequence[Path]) -> tuple[tuple[str, str], ...]:
    """The user's gazetteer files as (name, text): the workers may not see this disk."""
    return tuple((Path(p).name, Path(p).read_text(encoding="utf-8")) for p in paths)


def _task_key(chunk: list[Document], files: tuple[tuple[str, str], ...]) -> str:
    """The same documents with the same gazetteer: the same task, run once.

    The path and URL are part of it too: the extraction copies them into the result."""
    digest = hashlib.blake2b(digest_size=16)
    for document in chunk:
        digest.update(f"{document.id}\x1f{document.path}\x1f{document.url}\x1e".encode())
    for name, text in files:
        digest.update(f"{name}\x1f{text}\x1e".encode())
    return f"figraph-extract-{digest.hexdigest()}"


# -- on the worker ------------------------------------------------------------------

_EXTRACTORS: dict[str, Any] = {}
_LOADING = threading.Lock()


def extract_batch(documents: list[Document], files: tuple[tuple[str, str], ...]
                  ) -> list[Extraction | str]:
    """Run on a worker: each document's extraction, or why not."""
    from .workers import extract_one

    extractor = _extractor(files)
    return [extract_one(document, extractor) for document in documents]


def _extractor(files: tuple[tuple[str, str], ...]) -> Any:
    """This worker's extractor for this gazetteer, made once (the model loads once)."""
    key = hashlib.blake2b(repr(files).encode(), digest_size=16).hexdigest()
    with _LOADING:  # a worker with several threads loads it once
        if key not in _EXTRACTORS:
            _EXTRACTORS[key] = _new_extractor(files)
        return _EXTRACTORS[key]


def _new_extractor(files: tuple[tuple[str, str], ...]) -> Any:
    from .extractor import Extractor
    from .vocabulary.gazetteer import Gazetteer
    from .workers import warm_up

    with tempfile.TemporaryDirectory(prefix="figraph-gazetteer-") as folder:
        paths = []
        for number, (name, text) in enumerate(files):
            path = Path(folder) / str(number) / Path(name).name
            path.parent.mkdir()
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        extractor = Extractor(Gazetteer.load(paths))
    warm_up(extractor)
    return extractor
