"""PDF reports (`.pdf`) through pypdf, page by page.

`Document.pages[i]` is the offset in `Document.text` where page i+1 starts,
so evidence can cite "p. 12" of a committee report. Pages are joined by a
blank line; an empty page keeps its slot (its start equals the next one's).

A scanned page (no text, an image) is read by OCR where it is installed
(`figraph.loaders.formats.ocr`), in its own slot; where it is not, a wholly
scanned PDF is refused in one line saying so, and a partly scanned one is read
without those pages, listed in `metadata["pages_not_read"]`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ...graph.model import Document
from . import DocumentError, new_document, quiet_libraries
from .decoding import (
    check_size,
    megabytes,
    normalize_text,
    shorten,
    title_from_text,
)
from .limits import PAGE_ENV, TEXT_ENV, max_page_chars, max_text_chars
from .ocr import has_image, ocr_missing, read_pages

__all__ = ["read"]

PAGE_SEPARATOR = "\n\n"


def read(path: str) -> Iterator[Document]:
    file = Path(path)
    if check_size(file) == 0:
        raise DocumentError("empty document")
    with file.open("rb") as handle, quiet_libraries("pypdf"):
        reader = _open(handle)
        texts, unreadable = _page_texts(reader)
        scanned = [n for n, (t, page) in enumerate(zip(texts, reader.pages, strict=True), 1)
                   if not t and n not in unreadable and has_image(page)]
        info = _info(reader)
    metadata = {"n_pages": str(len(texts))}
    if scanned:
        metadata.update(_read_scanned(path, texts, scanned))
    text, pages = _join_pages(texts)
    if not text:
        raise DocumentError(_no_text(scanned))
    if unreadable:
        metadata["unreadable_pages"] = ", ".join(str(n) for n in unreadable)
    if info.get("author"):
        metadata["author"] = info["author"]
    yield new_document(
        text,
        title=info.get("title") or title_from_text(text, file.stem),
        path=path,
        format="pdf",
        date=info.get("date", ""),
        pages=pages,
        metadata=metadata,
    )


def _read_scanned(path: str, texts: list[str], scanned: list[int]) -> dict[str, str]:
    """OCR the scanned pages into their slots; metadata saying which, or why not."""
    numbers = ", ".join(str(n) for n in scanned)
    missing = ocr_missing()
    if missing:
        return {"pages_not_read": f"{numbers} (scanned; {missing})"}
    limit = max_page_chars()
    for number, page_text in read_pages(path, scanned).items():
        if len(page_text) > limit:
            raise DocumentError(f"page {number} yields over {limit:,} characters of text by "
                                f"OCR (set {PAGE_ENV} to raise it): not read")
        texts[number - 1] = page_text
    return {"ocr_pages": numbers}


def _no_text(scanned: list[int]) -> str:
    if scanned and ocr_missing():
        return f"scanned PDF (no text layer): {ocr_missing()}"
    if scanned:
        return "scanned PDF: OCR found no text"
    return "no text layer (scanned PDF?)"


def _open(handle: BinaryIO) -> Any:
    """A pypdf reader with its pages reachable, or a DocumentError saying why not."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(handle, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("encrypted PDF (a password is needed)")
        n_pages = len(reader.pages)
    except DocumentError:
        raise
    except (DependencyError, FileNotDecryptedError) as error:
        raise DocumentError(f"encrypted PDF ({_one_line(error)})") from error
    except Exception as error:  # pypdf raises many kinds on broken files
        raise DocumentError(f"corrupt PDF: {_one_line(error)}") from error
    if n_pages == 0:
        raise DocumentError("corrupt PDF: no pages")
    return reader


def _page_texts(reader: Any) -> tuple[list[str], list[int]]:
    """Each page's normalised text, and the 1-based numbers of unreadable pages.

    One damaged page should not cost the other hundred, so a page whose
    content stream fails is kept as an empty page and reported in metadata.
    """
    texts: list[str] = []
    unreadable: list[int] = []
    page_limit, total_limit = max_page_chars(), max_text_chars()
    total = 0
    for number, page in enumerate(reader.pages, start=1):
        try:
            _check_content_size(page, page_limit)
            text = normalize_text(_page_text(page, page_limit))
        except _TooMuch as too_much:
            raise DocumentError(f"page {number} {too_much.args[0]}") from None
        except Exception:  # a broken content stream on one page
            text = ""
            unreadable.append(number)
        total += len(text) + len(PAGE_SEPARATOR)
        if total > total_limit:
            raise DocumentError(f"yields over {total_limit:,} characters of text by page "
                                f"{number} (set {TEXT_ENV} to raise it): not read")
        texts.append(text)
    if unreadable and len(unreadable) == len(texts):
        raise DocumentError("corrupt PDF: no page could be read")
    return texts, unreadable


class _TooMuch(BaseException):
    """A page over a limit (a BaseException: pypdf's own handlers must not keep it)."""


CONTENT_BYTES_PER_CHAR = 50
"""Content-stream bytes allowed per character of the page text limit: positioning and
drawing operators take room (a page of vector drawings runs to megabytes), but a text
bomb's shared stream of tens of megabytes is refused before pypdf parses it."""


def _check_content_size(page: Any, page_limit: int) -> None:
    """Refuse a page whose decoded content stream is over the limit, before parsing it
    (pypdf parses it in Python, about 0.3 s per megabyte, for every page that uses it)."""
    contents = page.get_contents()
    size = len(contents.get_data()) if contents is not None else 0
    if size > page_limit * CONTENT_BYTES_PER_CHAR:
        raise _TooMuch(f"has a content stream of {megabytes(size)} (limit "
                       f"{megabytes(page_limit * CONTENT_BYTES_PER_CHAR)}; set {PAGE_ENV} to "
                       "raise it): a text bomb?, not read")


def _page_text(page: Any, limit: int) -> str:
    """The page's text, stopped as soon as it passes `limit` characters."""
    seen = 0

    def count(text: str, *_: Any) -> None:
        nonlocal seen
        seen += len(text)
        if seen > limit:
            raise _TooMuch(f"yields over {limit:,} characters of text (set {PAGE_ENV} to "
                           "raise it): a text bomb?, not read")

    text = page.extract_text(visitor_text=count) or ""
    if len(text) > limit:
        count(text)
    return str(text)


def _join_pages(texts: list[str]) -> tuple[str, list[int]]:
    """The document text and the offset where each page starts in it."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for page_text in texts:
        if page_text and parts:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        starts.append(offset)
        if page_text:
            parts.append(page_text)
            offset += len(page_text)
    return "".join(parts), starts


def _info(reader: Any) -> dict[str, str]:
    """Title, author and creation date from the PDF's document information."""
    try:
        meta = reader.metadata
        if meta is None:
            return {}
        title = " ".join(str(meta.title or "").split())
        author = " ".join(str(meta.author or "").split())
        created = meta.creation_date
    except Exception:  # malformed info dictionary: metadata is optional
        return {}
    info = {"title": shorten(title), "author": shorten(author)}
    if created is not None:
        info["date"] = created.date().isoformat()
    return info


def _one_line(error: BaseException) -> str:
    message = " ".join(str(error).split()) or type(error).__name__
    return shorten(message, 160)
