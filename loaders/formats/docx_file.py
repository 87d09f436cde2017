"""Word documents (`.docx`) through python-docx: body paragraphs and tables, in order.

Paragraphs are separated by a blank line (a paragraph is the unit the quotes' context
and the extraction's sentence walk know); a table is one block, each row a line with
its cells separated by a tab. The title is the document's own (core properties), else its first
`Title` or `Heading 1` paragraph, else its first line; the date is its creation date.

A `.docx` file is a zip archive: before python-docx opens it, the archive is checked
(a valid zip, holding `word/document.xml`, whose parts do not unpack to more than
`UNPACKED_PER_BYTE` times the file's size nor past the text limit's worth), so a
zip bomb costs a refusal, not the machine's memory.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...graph.model import Document
from . import DocumentError, new_document, quiet_libraries
from .decoding import (
    check_size,
    megabytes,
    normalize_text,
    shorten,
    title_from_text,
)
from .limits import check_text, max_text_chars

__all__ = ["read"]

PARAGRAPH_SEPARATOR = "\n\n"
CELL_SEPARATOR = "\t"
UNPACKED_PER_BYTE = 200
"""Real documents unpack to 3-20 times their size; a zip bomb to thousands."""
XML_BYTES_PER_CHAR = 40
"""Markup bytes allowed per character of the text limit (styles, runs, revisions)."""
TITLE_STYLES = ("Title", "Heading 1")


def read(path: str) -> Iterator[Document]:
    file = Path(path)
    size = check_size(file)
    if size == 0:
        raise DocumentError("empty document")
    _check_archive(file, size)
    with quiet_libraries("docx"):
        word = _open(file)
        blocks = list(_blocks(word))
        properties = _properties(word)
    text = check_text(normalize_text(PARAGRAPH_SEPARATOR.join(b for _, b in blocks if b)))
    if not text:
        raise DocumentError("no text (an empty or image-only Word document?)")
    metadata = {"author": properties["author"]} if properties.get("author") else {}
    yield new_document(
        text,
        title=properties.get("title") or _styled_title(blocks) or title_from_text(text, file.stem),
        path=path,
        format="docx",
        date=properties.get("date", ""),
        metadata=metadata,
    )


def _check_archive(file: Path, size: int) -> None:
    """Refuse what is not a Word archive, or would unpack to too much, before parsing."""
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise DocumentError(f"corrupt DOCX: not a zip archive ({_one_line(error)})") from error
    if "word/document.xml" not in names:
        raise DocumentError("corrupt DOCX: no word/document.xml (not a Word document?)")
    limit = min(size * UNPACKED_PER_BYTE, max_text_chars() * XML_BYTES_PER_CHAR)
    if unpacked > limit:
        raise DocumentError(f"unpacks to {megabytes(unpacked)} from {megabytes(size)} "
                            f"(limit {megabytes(limit)}): a zip bomb?, not read")


def _open(file: Path) -> Any:
    import docx

    try:
        return docx.Document(str(file))
    except Exception as error:  # python-docx and lxml raise many kinds on broken parts
        raise DocumentError(f"corrupt DOCX: {_one_line(error)}") from error


def _blocks(word: Any) -> Iterator[tuple[str, str]]:
    """(style name, text) of each paragraph and table row of the body, in reading order."""
    from docx.table import Table

    for item in word.iter_inner_content():
        if isinstance(item, Table):
            yield "", "\n".join(_rows(item))  # a table is one block, a row per line
        else:
            style = item.style.name if item.style is not None else ""
            yield str(style or ""), item.text


def _rows(table: Any) -> Iterator[str]:
    """Each row's cells, a merged cell once; a cell's own paragraphs joined by spaces."""
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        line = CELL_SEPARATOR.join(cells).strip()
        if line:
            yield line


def _styled_title(blocks: list[tuple[str, str]]) -> str:
    for style, text in blocks:
        if style in TITLE_STYLES and text.strip():
            return shorten(" ".join(text.split()))
    return ""


def _properties(word: Any) -> dict[str, str]:
    """Title, author and creation date from the document's core properties."""
    try:
        core = word.core_properties
        title = " ".join(str(core.title or "").split())
        author = " ".join(str(core.author or "").split())
        created = core.created
    except Exception:  # a malformed core.xml: properties are optional
        return {}
    found = {"title": shorten(title), "author": shorten(author)}
    if created is not None:
        found["date"] = created.date().isoformat()
    return found


def _one_line(error: BaseException) -> str:
    return shorten(" ".join(str(error).split()) or type(error).__name__, 160)
