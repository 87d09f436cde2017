"""Strings from documents and gazetteers made safe to show: terminals, TSV, JSON, messages.

Names, titles, quotes and file names are untrusted. HTML, CSV and Cypher already
treat them as data; this module does the same for a terminal, where an escape
sequence would clear the screen, plant a link or retitle the window, and a
right-to-left override would reorder what the user reads; and for TSV, where a tab
or a newline would shift columns or split a row.

Every such character is *shown*, not dropped, as a Python-style escape (`\\x1b`,
`\\u202e`), so the user sees that the name holds it. A file name that is not valid
UTF-8 reaches Python with its bad bytes as lone surrogates (PEP 383); they are shown
as the bytes they stand for (`\\xff`).

>>> printable("Han\\x1b[2J Dong\\tMP\\u202e")
'Han\\\\x1b[2J Dong\\\\tMP\\\\u202e'
>>> display_path("notes-\\udcff.txt")
'notes-\\\\xff.txt'
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["printable", "printable_lines", "display_path", "safe_json", "redact",
           "secrets_from_env"]

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f"          # C0 controls (tab and newline too), DEL, C1 controls
    "\u061c\u200e\u200f"           # bidirectional marks
    "\u202a-\u202e\u2066-\u2069"   # bidirectional embeddings, overrides, isolates
    "\u2028\u2029"                 # line and paragraph separators
    "\ud800-\udfff]"               # lone surrogates (undecodable bytes of a file name)
)
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
"""What json.dumps(ensure_ascii=False) leaves raw but a terminal would act on."""


_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    if match.group() in _NAMED:
        return _NAMED[match.group()]
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the undecodable byte itself
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: Any) -> str:
    """One line with every control, bidirectional and separator character escaped."""
    return _UNSAFE.sub(_escape, str(text))


def printable_lines(text: str) -> str:
    """`printable` for each line of a message whose line breaks are our own."""
    return "\n".join(printable(line) for line in str(text).split("\n"))


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text that can be stored, printed and encoded as UTF-8.

    Only undecodable bytes are escaped: an ordinary path is returned unchanged, so
    what the user typed is what they see."""
    text = os.fspath(path)
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return re.sub("[\ud800-\udfff]", _escape, text)


def safe_json(value: Any, indent: int | None = 2) -> str:
    """JSON whose characters a terminal would act on are `\\u` escapes (still the same data).

    json.dumps already escapes C0 controls; with `ensure_ascii=False` it would print C1
    controls, bidirectional overrides and line separators raw."""
    text = json.dumps(value, ensure_ascii=False, indent=indent, default=str)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def secrets_from_env(environ: dict[str, str] | None = None) -> list[str]:
    """Values that must never be printed: the Neo4j password, however it was set."""
    env = os.environ if environ is None else environ
    return [value for key in ("NEO4J_PASSWORD",) if (value := env.get(key, ""))]


def redact(text: str, secrets: Iterable[str] | None = None) -> str:
    """`text` with every secret replaced by `***` (a last guard on messages)."""
    for secret in secrets_from_env() if secrets is None else secrets:
        if secret:
            text = text.replace(secret, "***")
    return text
