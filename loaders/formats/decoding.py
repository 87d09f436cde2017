"""Bytes to clean text, shared by the readers: size limit, binary sniffing,
encoding fallback, and the one normalisation every `Document.text` gets.

Evidence offsets index into `Document.text`, so the text is normalised once,
here, before any offset is computed, and never touched again downstream.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from pathlib import Path

from . import DocumentError

__all__ = [
    "LIMIT_ENV",
    "max_document_bytes",
    "check_size",
    "read_limited",
    "read_text",
    "looks_binary",
    "decode_bytes",
    "normalize_text",
    "title_from_text",
    "shorten",
    "megabytes",
    "too_large",
]

LIMIT_ENV = "FIGRAPH_MAX_DOCUMENT_MB"
DEFAULT_LIMIT_MB = 50.0
MEGABYTE = 1_000_000
SNIFF_BYTES = 64 * 1024
MAX_TITLE_CHARS = 200

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\v\x1b") + b"\x7f"
"""Control bytes that text (in any single-byte encoding or UTF-8) almost never holds."""
_LINE_BREAKS = re.compile(r"\r\n?|[\f\v\u2028\u2029\x85]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
"""Lone surrogates (a PDF's odd ToUnicode map can yield them): not text, and no JSON
encoder accepts them."""


def max_document_bytes() -> int:
    """The size limit in bytes, from FIGRAPH_MAX_DOCUMENT_MB (default 50 MB).

    A limit protects a build from a stray disk image or log named `.txt`; an
    unparsable or non-positive setting falls back to the default rather than
    silently disabling the guard.
    """
    raw = os.environ.get(LIMIT_ENV, "").strip()
    try:
        limit_mb = float(raw) if raw else DEFAULT_LIMIT_MB
    except ValueError:
        limit_mb = DEFAULT_LIMIT_MB
    if not 0 < limit_mb < float("inf"):
        limit_mb = DEFAULT_LIMIT_MB
    return int(limit_mb * MEGABYTE)


def megabytes(n_bytes: float) -> str:
    return f"{n_bytes / MEGABYTE:.3g} MB"


def too_large(n_bytes: int, limit: int) -> DocumentError:
    """The one wording for every size-limit failure."""
    return DocumentError(f"too large ({megabytes(n_bytes)} > {megabytes(limit)} limit)")


def check_size(path: Path) -> int:
    """The file's size; refuses a file over the limit before reading a byte."""
    limit = max_document_bytes()
    size = path.stat().st_size
    if size > limit:
        raise too_large(size, limit)
    return size


def read_limited(path: Path) -> bytes:
    """The file's bytes, refusing it if it is (or grows) over the size limit."""
    limit = max_document_bytes()
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise too_large(size, limit)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise too_large(len(data), limit)
    return data


def read_text(path: Path) -> tuple[str, str]:
    """Read, sniff and decode a text-like file: (normalised text, encoding note)."""
    data = read_limited(path)
    text, note = decode_bytes(data)
    text = normalize_text(text)
    if not text:
        raise DocumentError("empty document")
    return text, note


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(sample: bytes) -> bool:
    """True for bytes that are not text in a single-byte or UTF-8 encoding.

    Binary formats are full of NUL and other control bytes; real text has
    almost none. A stray NUL or two in a text file is tolerated (and removed
    later), so the test is a count, not a single-byte trip wire.
    """
    sample = sample[:SNIFF_BYTES]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > max(8, len(sample) // 20)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text bytes: (text, encoding note; empty for plain UTF-8).

    Order: a byte-order mark wins; else strict UTF-8; else Windows-1252 (what
    "latin-1" files from Windows and the web really are, curly quotes
    included); else latin-1, which never fails. Binary content is refused.
    """
    bom = _bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), "" if bom == "utf-8-sig" else f"{bom} (byte-order mark)"
        except UnicodeDecodeError as error:
            problem = f"invalid {bom} text after byte-order mark: {error.reason}"
            raise DocumentError(problem) from error
    if looks_binary(data):
        raise DocumentError("binary content, not text")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252 (guessed: not valid UTF-8)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1 (guessed: not valid UTF-8 or cp1252)"


def normalize_text(text: str) -> str:
    """Unix line breaks, no control characters but tab and newline, no lone
    surrogates, NFC, trimmed.

    NFC only composes what is canonically equal ("e" + combining acute is
    "é"), so the text stays faithful while names match the gazetteer.
    """
    text = text.lstrip("\ufeff")
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    return text.strip()


def title_from_text(text: str, fallback: str = "") -> str:
    """The first non-empty line, shortened at a word boundary if very long.

    Scans line by line without splitting the whole text: a 10 MB single-line
    document must not be copied just to find its title.
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        head = " ".join(text[start : min(end, start + 4 * MAX_TITLE_CHARS)].split())
        if head:
            return shorten(head)
        start = end + 1
    return fallback


def shorten(line: str, limit: int = MAX_TITLE_CHARS) -> str:
    """`line` cut to `limit` characters at a word boundary, with an ellipsis."""
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut.rstrip() + "…"
