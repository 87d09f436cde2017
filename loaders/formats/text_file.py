"""Plain text (`.txt`, `.text`): the first non-empty line is the title.

The title stays in `Document.text` (headlines carry facts, and offsets stay
simple). Scraped articles like the seeds end with a metadata line such as
`source site-46` after a blank line; such trailing `key value` lines are
moved into `metadata` (`url` and `date` into their own fields) so the
extractor never reads them as prose. Bylines ("With Boris Proulx") stay text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ...graph.model import Document
from . import new_document
from .decoding import read_text, title_from_text

__all__ = ["read", "split_trailing_metadata"]

METADATA_KEYS = ("source", "url", "link", "date", "published", "author", "language", "lang")
_KEY_VALUE = re.compile(
    rf"^(?P<key>{'|'.join(METADATA_KEYS)})"
    r"(?:\s*:\s*(?P<long>\S.{0,198})|\s+(?P<token>\S{1,200}))$",
    re.IGNORECASE,
)
MAX_METADATA_LINES = 20
_FIELD_OF_KEY = {"url": "url", "link": "url", "date": "date", "published": "date"}


def read(path: str) -> Iterator[Document]:
    text, encoding = read_text(Path(path))
    body, found = split_trailing_metadata(text)
    fields = {_FIELD_OF_KEY[k]: v for k, v in found.items() if k in _FIELD_OF_KEY}
    metadata = {k: v for k, v in found.items() if k not in _FIELD_OF_KEY}
    if encoding:
        metadata["encoding"] = encoding
    yield new_document(
        body,
        title=title_from_text(body, Path(path).stem),
        path=path,
        format="text",
        url=fields.get("url", ""),
        date=fields.get("date", ""),
        metadata=metadata,
    )


def split_trailing_metadata(text: str) -> tuple[str, dict[str, str]]:
    """(text without its trailing metadata block, {key: value}).

    The block is the run of `key value` / `key: value` lines (known keys only)
    at the very end, and it must be set off from the prose by a blank line, so
    a sentence that merely starts with "Source" is never eaten.

    >>> split_trailing_metadata("Title\\n\\nBody.\\n\\n\\nsource site-46")
    ('Title\\n\\nBody.', {'source': 'site-46'})
    """
    lines = text.rsplit("\n", MAX_METADATA_LINES)  # only the tail can be metadata
    found: dict[str, str] = {}
    index = len(lines)
    while index > 0:
        line = lines[index - 1].strip()
        match = _KEY_VALUE.match(line) if line else None
        if line and not match:
            break
        if match:
            value = match.group("long") or match.group("token")
            found.setdefault(match.group("key").lower(), value.strip())
        index -= 1
    if not found or index == len(lines) or lines[index].strip():
        return text, {}
    return "\n".join(lines[:index]).rstrip(), dict(reversed(found.items()))
