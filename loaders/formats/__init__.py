"""One small reader per document format, chosen by file suffix.

Every reader module exposes `read(path: str) -> Iterator[Document | BadRecord]`:
a whole-file problem raises `DocumentError` (one short sentence, no path: the
caller adds it), while a corpus format (JSON Lines) yields a `BadRecord` for a
bad line and goes on with the next one. Reader modules are imported only when a
file of their format is met, so `figraph --help` never pays for trafilatura or
pypdf.
"""

from __future__ import annotations

import importlib
import logging
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ...graph.model import Document

__all__ = [
    "DocumentError",
    "BadRecord",
    "FORMATS",
    "SUPPORTED_SUFFIXES",
    "reader_for",
    "new_document",
    "quiet_libraries",
]


class DocumentError(Exception):
    """A file that cannot be read as a document; the message is the problem only."""


@dataclass(frozen=True)
class BadRecord:
    """One unreadable record (line) of a corpus file whose other records are fine."""

    line: int
    problem: str


Reader = Callable[[str], Iterator["Document | BadRecord"]]

FORMATS: dict[str, tuple[str, str]] = {
    ".txt": ("text", "text_file"),
    ".text": ("text", "text_file"),
    ".html": ("html", "html_page"),
    ".htm": ("html", "html_page"),
    ".pdf": ("pdf", "pdf_file"),
    ".docx": ("docx", "docx_file"),
    ".md": ("markdown", "markdown_file"),
    ".markdown": ("markdown", "markdown_file"),
    ".jsonl": ("jsonl", "jsonl_file"),
    ".ndjson": ("jsonl", "jsonl_file"),
}
"""Lower-case suffix -> (`Document.format`, reader module name)."""

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(FORMATS)


def reader_for(suffix: str) -> Reader:
    """The `read` function for a suffix (case-insensitive); KeyError if unsupported."""
    _, module_name = FORMATS[suffix.lower()]
    module = importlib.import_module(f"{__name__}.{module_name}")
    reader: Reader = module.read
    return reader


def new_document(
    text: str,
    *,
    title: str,
    path: str,
    format: str,
    url: str = "",
    date: str = "",
    pages: list[int] | None = None,
    metadata: dict[str, str] | None = None,
) -> Document:
    """A `Document` whose id is derived from its (already normalised) text."""
    return Document(
        id=Document.id_for(text),
        title=title,
        text=text,
        path=path,
        url=url,
        date=date,
        format=format,
        pages=list(pages or []),
        metadata=dict(metadata or {}),
    )


@contextmanager
def quiet_libraries(*logger_names: str) -> Iterator[None]:
    """Silence parsing libraries' log and warning noise for the duration.

    pypdf and trafilatura log a line for every odd byte they recover from;
    the user gets one line per file from us instead, so their chatter is
    raised to CRITICAL and restored afterwards.
    """
    loggers = [logging.getLogger(name) for name in logger_names]
    levels = [logger.level for logger in loggers]
    try:
        for logger in loggers:
            logger.setLevel(logging.CRITICAL)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
