"""Markdown notes (`.md`, `.markdown`): the text a reader sees, via markdown-it-py.

Headings, paragraphs, list items, table cells and code are kept as text; link
targets, image markup and raw HTML are dropped, so no URL or tag ends up in a
sentence the extractor reads. A leading `---` front matter block gives
title, date and url/source (simple `key: value` lines, no YAML library).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...graph.model import Document
from . import DocumentError, new_document
from .decoding import normalize_text, read_text, shorten, title_from_text

__all__ = ["read", "split_front_matter", "markdown_to_text"]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_LIST_OPENERS = {"bullet_list_open": 1, "ordered_list_open": 1,
                 "bullet_list_close": -1, "ordered_list_close": -1}


def read(path: str) -> Iterator[Document]:
    source, encoding = read_text(Path(path))
    front, body = split_front_matter(source)
    text, first_heading = markdown_to_text(body)
    if not text:
        raise DocumentError("empty document")
    source_field = front.pop("source", "")
    url = front.pop("url", "") or (source_field if source_field.startswith("http") else "")
    metadata = {k: v for k, v in front.items() if k not in ("title", "date")}
    if source_field:
        metadata["source"] = source_field
    if encoding:
        metadata["encoding"] = encoding
    title = front.get("title") or first_heading
    yield new_document(
        text,
        title=shorten(title) if title else title_from_text(text, Path(path).stem),
        path=path,
        format="markdown",
        url=url,
        date=front.get("date", ""),
        metadata=metadata,
    )


def split_front_matter(source: str) -> tuple[dict[str, str], str]:
    """({key: value} from a leading `---` block, the rest of the source).

    >>> split_front_matter("---\\ntitle: 'NSICOP'\\n---\\n# Body")
    ({'title': 'NSICOP'}, '# Body')
    """
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    fields: dict[str, str] = {}
    for line in match.group("body").split("\n"):
        found = _FRONT_KEY.match(line)
        value = _unquote(found.group("value")) if found else ""
        if found and value:
            fields.setdefault(found.group("key").lower(), value)
    return fields, source[match.end():]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return value


def markdown_to_text(source: str) -> tuple[str, str]:
    """(plain text of the rendered blocks, text of the first heading).

    Top-level blocks are separated by a blank line; list items and table rows
    by a single newline, so paragraphs stay paragraphs for the sentence splitter.
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    blocks: list[tuple[str, bool]] = []
    first_heading = ""
    list_depth = 0
    row: list[str] | None = None
    for index, token in enumerate(tokens):
        list_depth += _LIST_OPENERS.get(token.type, 0)
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append((" | ".join(cell for cell in row if cell), True))
            row = None
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
            else:
                blocks.append((text, list_depth > 0))
            if not first_heading and index and tokens[index - 1].type == "heading_open":
                first_heading = " ".join(text.split())
        elif token.type in ("fence", "code_block"):
            blocks.append((token.content, False))
    return _join_blocks(blocks), first_heading


def _inline_text(token: Any) -> str:
    """Visible text of an inline token: link text kept, URLs, images and tags dropped."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def _join_blocks(blocks: list[tuple[str, bool]]) -> str:
    out: list[str] = []
    previous_tight = False
    for text, tight in blocks:
        text = normalize_text(text)
        if not text:
            continue
        if out:
            out.append("\n" if tight and previous_tight else "\n\n")
        out.append(text)
        previous_tight = tight
    return "".join(out)
