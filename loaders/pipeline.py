"""The build pipeline: read -> extract -> resolve -> merge -> save.

One bad document never stops a build: it is reported with its file and its
problem and the others go on. The store is saved atomically at checkpoints
and at the end, so an interrupted build leaves the last good state, and since
documents are identified by their content, running the build again skips what
is already stored and completes the rest. A document is also identified by the
file or address it was read from (`figraph.graph.sources`): a file changed since it
was last read replaces its earlier version, and the build says so.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..graph.decisions import Decisions
from ..graph.local_store import LocalStore
from ..graph.model import Document, Extraction
from ..graph.store import MergeStats, StoreError
from .workers import extract_one, init_worker

__all__ = ["BuildReport", "build", "extract_documents", "checkpoint_seconds", "long_line_problem"]

CHECKPOINT_SECONDS = 60.0
CHECKPOINT_ENV = "FIGRAPH_CHECKPOINT_SECONDS"
MAX_LINE_CHARS = 1_000_000
"""A longer line is a data dump or minified file, not prose: the parser would
spend many minutes on it (spaCy's own default `max_length` is this figure)."""
MAX_LINE_ENV = "FIGRAPH_MAX_LINE_CHARS"


def checkpoint_seconds() -> float:
    """Least seconds between saves during a build: $FIGRAPH_CHECKPOINT_SECONDS (0: after
    every document), else 60; an unparsable or negative value keeps the default.
    Slow saves of a big store space out further (see _Checkpoints)."""
    return _env_number(CHECKPOINT_ENV, CHECKPOINT_SECONDS, minimum=0.0)


def max_line_chars() -> int:
    return int(_env_number(MAX_LINE_ENV, MAX_LINE_CHARS, minimum=1.0))


def _env_number(name: str, default: float, minimum: float) -> float:
    try:
        value = float(os.environ.get(name, "").strip() or default)
    except ValueError:
        return default
    return value if minimum <= value < float("inf") else default


def long_line_problem(text: str, limit: int | None = None) -> str | None:
    """Why `text` is not extracted (a line over the limit), or None.

    Scans with `str.find`, so a 10 MB single line costs milliseconds, not the
    quarter of an hour the parser would spend on it.
    """
    limit = max_line_chars() if limit is None else limit
    if len(text) <= limit:
        return None
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > limit:
            return (f"a single line of {end - start:,} characters (limit {limit:,}; "
                    f"set {MAX_LINE_ENV} to raise it): not prose, not extracted")
        start = end + 1
    return None


@dataclass
class BuildReport:
    """What a build did, for the summary line and the exit status."""

    read: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    skipped_files: int = 0
    merged: MergeStats = field(default_factory=MergeStats)
    interrupted: bool = False
    replaced: list[str] = field(default_factory=list)
    """One line per earlier version a changed file or address replaced."""

    @property
    def ok(self) -> bool:
        return not self.failed and not self.interrupted

    def summary(self) -> str:
        m = self.merged
        return (
            f"documents: {self.read} read, {m.documents} added, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed, {len(self.replaced)} replaced an earlier version; "
            f"actors added: {m.actors_added}; "
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
    on_note: Progress | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    follow_links: bool = False,
    cluster: str | None = None,
) -> BuildReport:
    """Read, extract and merge every document under `paths` into `store`.

    With `cluster` (a Dask scheduler's address) the extraction runs on that cluster
    (`figraph.loaders.cluster`) instead of `jobs` local processes; the merge is the same.
    A document id is merged once: a result for a document already stored (the same
    text twice in flight, a task delivered twice) only records where it was read.

    `on_note` hears of each earlier version replaced by a changed file.

    `should_stop` is asked between documents (the CLI sets it on SIGINT and
    SIGTERM): the build then saves what is complete and returns, so a stop
    never leaves a half-merged document. A failed save raises StoreError and
    leaves the previous file in place. Links out of the folders given are not
    followed unless `follow_links` (see `read_documents`).
    """
    from .documents import LoadError, ReadReport, read_documents

    report = BuildReport()
    decisions = Decisions.load(store.path)

    def failed(message: str) -> None:
        report.failed.append(message)
        if on_error:
            on_error(message)

    def replaced(document: Document, old_ids: list[str]) -> None:
        where = " ".join(x for x in (document.path, f"({document.url})" if document.url else "")
                         if x) or document.id
        for old in old_ids:
            message = (f"{where}: changed since it was last read; its earlier version ({old}) "
                       "and the evidence quoted from it are replaced")
            report.replaced.append(message)
            if on_note:
                on_note(message)

    def note(message: str) -> None:
        if on_note:
            on_note(message)

    def fresh_documents() -> Iterator[Document]:
        walked = ReadReport()
        for item in read_documents(paths, follow_links=follow_links, report=walked):
            if should_stop():
                return
            if isinstance(item, LoadError):
                failed(str(item))
                continue
            for line in reading_notes(item):
                note(line)
            report.read += 1
            if store.has_document(item.id):  # the same text, perhaps under another name
                replaced(item, store.claim_sources(item))
                store.fill_context(item)  # a store built before contexts were kept
                report.unchanged += 1
                if on_document:
                    on_document(item.path or item.title)
                continue
            problem = long_line_problem(item.text)
            if problem:
                failed(f"{item.path or item.id}: {problem}")
                continue
            yield item
        report.skipped_files = len(walked.skipped)
        for line in skipped_lines(walked.skipped):
            note(line)

    checkpoint = _Checkpoints(store, checkpoint_seconds())
    try:
        for document, result in _extractions(fresh_documents(), gazetteers, jobs, cluster):
            if on_document:
                on_document(document.path or document.title)
            if store.has_document(document.id):  # merged already: exactly once by id
                replaced(document, store.claim_sources(document))
                report.unchanged += 1
            elif isinstance(result, str):
                failed(f"{document.path or document.id}: {result}")
            else:
                replaced(document, _merge_one(store, decisions, document, result, report, failed))
            if should_stop():
                report.interrupted = True
                break
            checkpoint.maybe_save()
    except BrokenProcessPool:  # a worker was killed (the OOM killer, a user)
        failed("extraction stopped: a worker process died (killed, or out of memory?); "
               "the documents extracted so far are saved, run the build again to finish")
    report.interrupted = report.interrupted or should_stop()
    store.save()
    return report


def _extractions(documents: Iterable[Document], gazetteers: Sequence[Path], jobs: int,
                 cluster: str | None) -> Iterator[tuple[Document, Extraction | str]]:
    if cluster:
        from .cluster import extract_on_cluster

        return extract_on_cluster(documents, cluster, gazetteers)
    return extract_documents(documents, gazetteers, jobs)


def skipped_lines(skipped: Sequence[str], shown: int = 2) -> list[str]:
    """One line for the files a walk passed over, by type: how many, which, and what
    figraph reads instead (a `.doc` in a folder of reports should not vanish unsaid)."""
    from ..graph.safe_text import display_path
    from .formats import SUPPORTED_SUFFIXES

    if not skipped:
        return []
    by_type: dict[str, list[str]] = {}
    for path in skipped:
        by_type.setdefault(Path(path).suffix.lower() or "(no extension)", []).append(path)
    kinds = []
    for kind, files in sorted(by_type.items(), key=lambda item: (-len(item[1]), item[0])):
        names = ", ".join(display_path(f) for f in files[:shown])
        more = f" and {len(files) - shown} more" if len(files) > shown else ""
        kinds.append(f"{len(files)} {kind} ({names}{more})")
    noun = "file" if len(skipped) == 1 else "files"
    return [f"skipped {len(skipped)} {noun} of a type figraph does not read: "
            f"{'; '.join(kinds)}; it reads {', '.join(sorted(SUPPORTED_SUFFIXES))}"]


def reading_notes(document: Document) -> list[str]:
    """What a reader left out of a document it could read (scanned pages without OCR)."""
    where = document.path or document.url or document.id
    missing = document.metadata.get("pages_not_read")
    return [f"{where}: pages {missing}: not read"] if missing else []


class _Checkpoints:
    """Saves during a build, at most one per `every` seconds and never more than
    about 1/SAVE_SHARE of the time: a save rewrites the whole file, so at a fixed
    cadence a growing store would spend ever more of the build saving."""

    SAVE_SHARE = 20

    def __init__(self, store: LocalStore, every: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.store, self.every, self.clock = store, every, clock
        self.interval, self.last = every, clock()

    def maybe_save(self) -> None:
        if self.clock() - self.last < self.interval:
            return
        started = self.clock()
        self.store.save()
        self.last = self.clock()
        if self.every > 0:
            self.interval = max(self.every, self.SAVE_SHARE * (self.last - started))


def _merge_one(store: LocalStore, decisions: Decisions, document: Document,
               result: Extraction, report: BuildReport, failed: Progress) -> list[str]:
    """Merge one extraction; an inconsistent one is that document's failure only
    (the store checks before it changes anything). Returns the ids it replaced."""
    try:
        stats = store.merge(decisions.apply(result))
    except (StoreError, ValueError) as exc:
        failed(f"{document.path or document.id}: not stored ({exc})")
        return []
    report.merged += stats
    return stats.replaced


def extract_documents(
    documents: Iterable[Document], gazetteers: Sequence[Path] = (), jobs: int = 1
) -> Iterator[tuple[Document, Extraction | str]]:
    """Extract each document, in order; a failure becomes its message, not an exception.

    With `jobs > 1` the model runs in that many worker processes (each loads
    it once); the order of results is kept so builds are reproducible.
    """
    if jobs <= 1:
        init_worker(tuple(gazetteers))
        for document in documents:
            yield document, extract_one(document)
        return
    pool = ProcessPoolExecutor(jobs, initializer=init_worker, initargs=(tuple(gazetteers),))
    try:
        yield from _in_order(pool, documents, window=4 * jobs)
    except BaseException:
        _abandon(pool)
        raise
    pool.shutdown(wait=True)


def _abandon(pool: ProcessPoolExecutor) -> None:
    """Stop a pool without waiting on it: a pool whose worker was killed can
    hang in an orderly shutdown, and the build must still save and exit."""
    pool.shutdown(wait=False, cancel_futures=True)
    for process in multiprocessing.active_children():
        process.kill()
        process.join(timeout=5)


def _in_order(pool: ProcessPoolExecutor, documents: Iterable[Document], window: int
              ) -> Iterator[tuple[Document, Extraction | str]]:
    """Results in the documents' order, with up to `window` documents in flight.

    A sliding window rather than batches: waiting for a whole batch left a
    worker idle whenever the batch's last documents were long ones, which cost
    the second process most of its gain. The window also bounds memory: only
    `window` texts and results are held, however big the corpus.
    """
    pending: deque[tuple[Document, Future]] = deque()
    for document in documents:
        pending.append((document, pool.submit(extract_one, document)))
        if len(pending) >= window:
            first, future = pending.popleft()
            yield first, future.result()
    while pending:
        first, future = pending.popleft()
        yield first, future.result()
