"""The build pipeline: read -> extract -> resolve -> merge -> save.

One bad document never stops a build: it is reported with its file and its
problem and the others go on. The store is saved atomically at checkpoints
and at the end, so an interrupted build leaves the last good state, and since
documents are identified by their content, running the build again skips what
is already stored and completes the rest.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .decisions import Decisions
from .local_store import LocalStore
from .model import Document, Extraction
from .store import MergeStats

__all__ = ["BuildReport", "build", "extract_documents"]

CHECKPOINT_SECONDS = 60.0


@dataclass
class BuildReport:
    """What a build did, for the summary line and the exit status."""

    read: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    skipped_files: int = 0
    merged: MergeStats = field(default_factory=MergeStats)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        m = self.merged
        return (
            f"documents: {self.read} read, {m.documents} added, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed; actors added: {m.actors_added}; "
            f"edges added: {m.edges_added}; evidence added: {m.evidence_added}"
        )


ExtractFn = Callable[[Document], Extraction]
Progress = Callable[[str], None]


def build(
    paths: Sequence[str | Path],
    store: LocalStore,
    *,
    gazetteers: Sequence[Path] = (),
    jobs: int = 1,
    on_document: Progress | None = None,
    on_error: Progress | None = None,
) -> BuildReport:
    """Read, extract and merge every document under `paths` into `store`."""
    from .loaders.documents import LoadError, read_documents

    report = BuildReport()
    decisions = Decisions.load(store.path)

    def fresh_documents() -> Iterator[Document]:
        for item in read_documents(paths):
            if isinstance(item, LoadError):
                report.failed.append(str(item))
                if on_error:
                    on_error(str(item))
                continue
            report.read += 1
            if store.has_document(item.id):
                report.unchanged += 1
                if on_document:
                    on_document(item.path or item.title)
                continue
            yield item

    last_save = time.monotonic()
    for document, result in extract_documents(fresh_documents(), gazetteers, jobs):
        if on_document:
            on_document(document.path or document.title)
        if isinstance(result, str):
            message = f"{document.path or document.id}: {result}"
            report.failed.append(message)
            if on_error:
                on_error(message)
            continue
        report.merged += store.merge(decisions.apply(result))
        if time.monotonic() - last_save > CHECKPOINT_SECONDS:
            store.save()
            last_save = time.monotonic()
    store.save()
    return report


def extract_documents(
    documents: Iterable[Document], gazetteers: Sequence[Path] = (), jobs: int = 1
) -> Iterator[tuple[Document, Extraction | str]]:
    """Extract each document, in order; a failure becomes its message, not an exception.

    With `jobs > 1` the model runs in that many worker processes (each loads
    it once); the order of results is kept so builds are reproducible.
    """
    if jobs <= 1:
        _init_worker(tuple(gazetteers))
        for document in documents:
            yield document, _extract_one(document)
        return
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(tuple(gazetteers),)) as pool:
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= 8 * jobs:
                yield from zip(batch, pool.map(_extract_one, batch, chunksize=4))
                batch = []
        if batch:
            yield from zip(batch, pool.map(_extract_one, batch, chunksize=4))


_EXTRACTOR = None


def _init_worker(gazetteers: tuple[Path, ...]) -> None:
    """Load the gazetteer and model once per process."""
    global _EXTRACTOR
    from .loaders.extractor import Extractor
    from .loaders.gazetteer import Gazetteer

    if _EXTRACTOR is None or getattr(_EXTRACTOR, "_figraph_gazetteers", None) != gazetteers:
        _EXTRACTOR = Extractor(Gazetteer.load(gazetteers))
        _EXTRACTOR._figraph_gazetteers = gazetteers  # type: ignore[attr-defined]


def _extract_one(document: Document) -> Extraction | str:
    assert _EXTRACTOR is not None
    try:
        return _EXTRACTOR.extract(document)
    except MemoryError:
        return "out of memory while extracting"
    except Exception as exc:  # one document must never stop a build
        if os.environ.get("FIGRAPH_DEBUG"):
            raise
        return f"extraction failed ({type(exc).__name__}: {exc})"
