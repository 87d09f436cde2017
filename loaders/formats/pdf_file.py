"""PDF reports (`.pdf`) through pypdf, page by page.

`Document.pages[i]` is the offset in `Document.text` where page i+1 starts,
so evidence can cite "p. 12" of a committee report. Pages are joined by a
blank line; an empty page keeps its slot (its start equals the next one's).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from figraph.loaders.formats import DocumentError, new_document, quiet_libraries
from figraph.loaders.formats.decoding import check_size, normalize_text, shorten, title_from_text
from figraph.model import Document

__all__ = ["read"]

PAGE_SEPARATOR = "\n\n"


def read(path: str) -> Iterator[Document]:
    file = Path(path)
    if check_size(file) == 0:
        raise DocumentError("empty document")
    with file.open("rb") as handle, quiet_libraries("pypdf"):
        reader = _open(handle)
        texts, unreadable = _page_texts(reader)
        info = _info(reader)
    text, pages = _join_pages(texts)
    if not text:
        raise DocumentError("no text layer (scanned PDF?)")
    metadata = {"n_pages": str(len(pages))}
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
    for number, page in enumerate(reader.pages, start=1):
        try:
            texts.append(normalize_text(page.extract_text() or ""))
        except Exception:  # a broken content stream on one page
            texts.append("")
            unreadable.append(number)
    if unreadable and len(unreadable) == len(texts):
        raise DocumentError("corrupt PDF: no page could be read")
    return texts, unreadable


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
