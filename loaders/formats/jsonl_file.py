"""JSON Lines corpora (`.jsonl`, `.ndjson`): one document per line, streamed.

Each line is an object with the text in `text` (or `content` / `body`) and
optional `title`, `url`, `date`; other scalar fields go to `metadata`. The
file is read line by line with a per-line size cap, so a 1 GB corpus is never
held in memory and one bad line costs only itself (a `BadRecord`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ...graph.model import Document
from . import BadRecord, DocumentError, new_document
from .decoding import (
    SNIFF_BYTES,
    looks_binary,
    max_document_bytes,
    megabytes,
    normalize_text,
    shorten,
    title_from_text,
)

__all__ = ["read", "TEXT_FIELDS"]

TEXT_FIELDS = ("text", "content", "body")
_KNOWN_FIELDS = frozenset(TEXT_FIELDS) | {"title", "url", "date"}
MAX_LEADING_BAD = 100
"""Give up on a file whose first this-many records are all bad: it is not JSON Lines."""


def read(path: str) -> Iterator[Document | BadRecord]:
    limit = max_document_bytes()
    good = bad = 0
    with Path(path).open("rb") as handle:
        if looks_binary(handle.read(SNIFF_BYTES)):
            raise DocumentError("binary content, not text")
        handle.seek(0)
        for number, raw in _lines(handle, limit):
            item = _record(raw, number, path, limit)
            if item is None:
                continue
            if isinstance(item, Document):
                good += 1
            else:
                bad += 1
            yield item
            if bad >= MAX_LEADING_BAD and not good:
                raise DocumentError(f"not JSON Lines: the first {bad} records are all invalid")
    if not good and not bad:
        raise DocumentError("empty document")


def _lines(handle: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; None for a line over the size limit,
    which is skipped in chunks without ever being held whole."""
    number = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (chunk := handle.readline(1 << 20)) and not chunk.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw


def _record(raw: bytes | None, number: int, path: str, limit: int) -> Document | BadRecord | None:
    """The document on one line, a BadRecord saying why not, or None if blank."""
    import orjson

    if raw is None:
        return BadRecord(number, f"too large (line over the {megabytes(limit)} limit)")
    if not raw.strip():
        return None
    try:
        record = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        return BadRecord(number, f"invalid JSON ({shorten(' '.join(str(error).split()), 120)})")
    if not isinstance(record, dict):
        return BadRecord(number, f"expected a JSON object, found {type(record).__name__}")
    text = _text_of(record)
    if isinstance(text, BadRecord):
        return BadRecord(number, text.problem)
    return new_document(
        text,
        title=shorten(_scalar(record.get("title"))) or title_from_text(text),
        path=path,
        format="jsonl",
        url=_scalar(record.get("url")),
        date=_scalar(record.get("date")),
        metadata=_metadata(record, number),
    )


def _text_of(record: dict[str, Any]) -> str | BadRecord:
    for name in TEXT_FIELDS:
        if name not in record:
            continue
        value = record[name]
        if not isinstance(value, str):
            return BadRecord(0, f"field '{name}' is not a string")
        text = normalize_text(value)
        return text if text else BadRecord(0, f"field '{name}' is empty")
    return BadRecord(0, "missing text (expected a 'text', 'content' or 'body' field)")


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _metadata(record: dict[str, Any], number: int) -> dict[str, str]:
    metadata = {}
    for key, value in record.items():
        if key not in _KNOWN_FIELDS and isinstance(value, (str, int, float, bool)):
            metadata[str(key)] = shorten(str(value), 500)
    metadata["line"] = str(number)
    return metadata
