"""Web pages (`.html`, `.htm`): main text and metadata through trafilatura.

trafilatura drops navigation, scripts, styles, iframes and comments and finds
the article body, title, date and canonical / og:url address; hand-written
tag stripping would let `<script>` text or menus reach the extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...graph.model import Document
from . import DocumentError, new_document, quiet_libraries
from .decoding import (
    decode_bytes,
    looks_binary,
    normalize_text,
    read_limited,
    shorten,
    title_from_text,
)
from .limits import MAX_ATTRIBUTES, check_text

__all__ = ["read"]

_NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "charset_normalizer")
_METADATA_FIELDS = ("author", "sitename", "hostname", "language", "description")


def read(path: str) -> Iterator[Document]:
    data = read_limited(Path(path))
    if not data.strip():
        raise DocumentError("empty document")
    markup = _markup(data)
    _check_attributes(markup)
    extracted = _extract(markup)
    text = check_text(normalize_text(extracted.get("text") or ""))
    if not text:
        raise DocumentError("no main text found (empty page or only boilerplate)")
    title = " ".join((extracted.get("title") or "").split())
    yield new_document(
        text,
        title=shorten(title) if title else title_from_text(text, Path(path).stem),
        path=path,
        format="html",
        url=extracted.get("url") or "",
        date=extracted.get("date") or "",
        metadata=_metadata(extracted),
    )


def _markup(data: bytes) -> bytes | str:
    """Bytes for trafilatura to decode (it honours `<meta charset>`), except
    when a byte-order mark tells us the encoding better than any guess."""
    if data[:4].startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return decode_bytes(data)[0]
    if looks_binary(data):
        raise DocumentError("binary content, not text")
    return data


_LONG_TAG = re.compile(rb"<[A-Za-z][^<>]{2000,}")
"""A start tag long enough to hold MAX_ATTRIBUTES attributes (two bytes each at least)."""
_QUOTED = re.compile(rb'"[^"]*"|\'[^\']*\'')
_ATTRIBUTE = re.compile(rb"[\s\"'/]+[^\s\"'/=>]")


def _check_attributes(markup: bytes | str) -> None:
    """Refuse markup with an element of over MAX_ATTRIBUTES attributes, before parsing.

    libxml2 compares each attribute of an element with all the earlier ones: 200,000
    of them on one element kept the build busy for hours. Only long tags are looked
    at, and quoted values are dropped before counting, so the scan stays linear."""
    data = markup.encode("utf-8", "replace") if isinstance(markup, str) else markup
    for tag in _LONG_TAG.finditer(data):
        attributes = len(_ATTRIBUTE.findall(_QUOTED.sub(b'""', tag.group())))
        if attributes > MAX_ATTRIBUTES:
            raise DocumentError(f"an element with about {attributes:,} attributes (limit "
                                f"{MAX_ATTRIBUTES:,}): not a web page, not read")


def _extract(markup: bytes | str) -> dict[str, Any]:
    import trafilatura
    from trafilatura.settings import set_date_params

    # Dates from metadata and markup only: a year guessed from the prose
    # would date the evidence wrongly.
    date_search = set_date_params(extensive=False)
    with quiet_libraries(*_NOISY_LOGGERS):
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            date_extraction_params=date_search,
        )
    if result is None:
        raise DocumentError("no main text found (empty page or only boilerplate)")
    data: dict[str, Any] = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return data


def _metadata(extracted: dict[str, Any]) -> dict[str, str]:
    metadata = {}
    for name in _METADATA_FIELDS:
        value = extracted.get(name)
        if isinstance(value, str) and value.strip():
            metadata[name] = " ".join(value.split())
    return metadata
