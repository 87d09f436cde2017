"""Extraction inside one worker process: one extractor per process, loaded once and warmed.

Local builds (`-j N` processes) and cluster builds share it, so a document is extracted the
same way wherever it runs: within its time budget, and a failure becomes its message.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path
from typing import Any

from ..graph.model import Document, Extraction

__all__ = ["init_worker", "warm_up", "extract_one"]

_EXTRACTOR = None


def init_worker(gazetteers: tuple[Path, ...]) -> None:
    """Load the gazetteer and model once per process.

    Worker processes ignore Ctrl-C: the main process decides when to stop and
    saves; a worker killed by the terminal's SIGINT would only break the pool.
    """
    if multiprocessing.parent_process() is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _die_with_parent()
    global _EXTRACTOR
    from .extractor import Extractor
    from .vocabulary.gazetteer import Gazetteer

    if _EXTRACTOR is None or getattr(_EXTRACTOR, "_figraph_gazetteers", None) != gazetteers:
        _EXTRACTOR = Extractor(Gazetteer.load(gazetteers))
        _EXTRACTOR._figraph_gazetteers = gazetteers  # type: ignore[attr-defined]
        warm_up(_EXTRACTOR)


def warm_up(extractor: Any) -> None:
    """Run one tiny text through the extractor: the model loads on first use (1-2 s, more
    on a busy machine), which must not count against the first document's time budget."""
    text = "Warm-up note\n\nThe minister met the ambassador in Ottawa."
    try:
        extractor.extract(Document(id=Document.id_for(text), title="", text=text))
    except Exception:  # a real document will report whatever this hit
        pass


def _die_with_parent() -> None:
    """Have the kernel kill this worker when the build process dies (Linux).

    Without it, a `kill -9` of the build left its workers running for ever, each
    waiting on a queue nobody would close (they hold its other end themselves)."""
    parent = multiprocessing.parent_process()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: a worker outlives a killed build
        return
    if parent is not None and os.getppid() != parent.pid:  # it died before we asked
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def extract_one(document: Document, extractor: Any = None) -> Extraction | str:
    """One document's extraction (by this process's extractor unless given), or why not:
    never an exception, and never longer than the per-document budget
    (FIGRAPH_DOCUMENT_SECONDS) where a signal can enforce it (the main thread)."""
    from .formats.limits import DocumentTimeout, document_seconds, over_time, time_limit
    from .text.spacing import extract_folded

    extractor = extractor or _EXTRACTOR
    assert extractor is not None
    seconds = document_seconds()
    try:
        with time_limit(seconds):
            return extract_folded(extractor.extract, document)
    except DocumentTimeout:
        return over_time(seconds, "extraction")
    except MemoryError:
        return "out of memory while extracting"
    except Exception as exc:  # one document must never stop a build
        if os.environ.get("FIGRAPH_DEBUG"):
            raise
        return f"extraction failed ({type(exc).__name__}: {exc})"
