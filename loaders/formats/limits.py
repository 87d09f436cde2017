"""Limits on what one document may yield and cost, not only on what its file weighs.

A 71 KB PDF whose pages share one compressed content stream yields 60 million
characters; an HTML page whose one element carries 200,000 attributes keeps the parser
busy for hours. The file-size limit (`decoding.max_document_bytes`) cannot see either,
so readers also bound:

- the text of one page (`FIGRAPH_MAX_PAGE_CHARS`, default 100,000: twenty dense pages'
  worth) and of one document (`FIGRAPH_MAX_TEXT_CHARS`, default 50,000,000);
- the attributes of one HTML element (`MAX_ATTRIBUTES`);
- the time to read one document, and to extract it (`FIGRAPH_DOCUMENT_SECONDS`,
  default 1,800: extraction runs at about 100 s per MB of dense prose).

Each refusal is one sentence naming the limit and the setting that raises it; the
build reports it against the file and goes on with the next document.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from typing import Any

from . import DocumentError

__all__ = ["TEXT_ENV", "PAGE_ENV", "SECONDS_ENV", "MAX_ATTRIBUTES", "max_text_chars",
           "max_page_chars", "document_seconds", "check_text", "DocumentTimeout",
           "time_limit", "over_time"]

TEXT_ENV = "FIGRAPH_MAX_TEXT_CHARS"
PAGE_ENV = "FIGRAPH_MAX_PAGE_CHARS"
SECONDS_ENV = "FIGRAPH_DOCUMENT_SECONDS"
DEFAULT_TEXT_CHARS = 50_000_000
DEFAULT_PAGE_CHARS = 100_000
DEFAULT_SECONDS = 1800.0
MAX_ATTRIBUTES = 1000
"""Attributes on one HTML element; real pages stay under a hundred. The HTML parser
compares each attribute with every earlier one, so time grows with the square."""


def _setting(name: str, default: float) -> float:
    """A positive number from the environment; anything else keeps the default
    (a typo must not switch a guard off)."""
    try:
        value = float(os.environ.get(name, "").strip() or default)
    except ValueError:
        return default
    return value if 0 < value < float("inf") else default


def max_text_chars() -> int:
    return int(_setting(TEXT_ENV, DEFAULT_TEXT_CHARS))


def max_page_chars() -> int:
    return int(_setting(PAGE_ENV, DEFAULT_PAGE_CHARS))


def document_seconds() -> float:
    return _setting(SECONDS_ENV, DEFAULT_SECONDS)


def check_text(text: str) -> str:
    """`text`, or DocumentError if it is over the per-document text limit."""
    limit = max_text_chars()
    if len(text) > limit:
        raise DocumentError(f"yields {len(text):,} characters of text (limit {limit:,}; "
                            f"set {TEXT_ENV} to raise it): not read")
    return text


class DocumentTimeout(BaseException):
    """The time budget of one document ran out.

    A BaseException, so that the `except Exception` of a parsing library (pypdf keeps
    a damaged page and goes on) cannot swallow it."""


def over_time(seconds: float, doing: str) -> str:
    """The one wording of a budget refusal."""
    return (f"{doing} took over {seconds:g} s (limit; set {SECONDS_ENV} to raise it): "
            "not stored")


@contextlib.contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Raise DocumentTimeout in this block once `seconds` (default: the setting) pass.

    A real-time alarm, so it also stops pure-Python loops that never return to us
    (a parser's); C code is interrupted when it returns to Python. Only the main
    thread receives signals: elsewhere the block runs unbounded."""
    seconds = document_seconds() if seconds is None else seconds
    if threading.current_thread() is not threading.main_thread() or not hasattr(
            signal, "setitimer"):
        yield
        return

    def expire(_number: int, _frame: Any) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
