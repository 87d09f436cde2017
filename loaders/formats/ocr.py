"""Text of scanned PDF pages by OCR: PDFium draws the page, Tesseract reads it.

A scanned report has pages that are pictures of text: pypdf finds no text on them.
Where OCR is installed, each such page (no text, but an image) is rendered with
pypdfium2 at `DPI` and read by Tesseract through pytesseract; its text takes the
page's own slot, so evidence still cites the right page, and the document's
metadata lists the pages read this way (OCR text can hold misread words).

What is needed: Tesseract itself (Debian's `tesseract-ocr`, which brings English;
other languages are packages such as `tesseract-ocr-fra`, chosen with
`FIGRAPH_OCR_LANG=eng+fra`) and the Python side, `pip install 'figraph[ocr]'`
(pypdfium2, pytesseract, Pillow). Without them a scanned PDF is refused, or its
scanned pages left out, with one line saying that OCR is not installed and how to
install it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterable
from functools import cache
from typing import Any

from .decoding import normalize_text

__all__ = ["DPI", "LANG_ENV", "INSTALL_HINT", "ocr_missing", "read_pages", "has_image"]

DPI = 300
"""Tesseract reads body text best at 300 dots per inch."""
MAX_PIXELS = 6000
"""Longest side of a rendered page: a poster-sized page is drawn smaller, not at 300 dpi."""
LANG_ENV = "FIGRAPH_OCR_LANG"
INSTALL_HINT = ("OCR is not installed (install Tesseract, e.g. `apt install tesseract-ocr`, "
                "and `pip install 'figraph[ocr]'`)")


@cache
def ocr_missing() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    missing = [name for name in ("pypdfium2", "pytesseract", "PIL")
               if importlib.util.find_spec(name) is None]
    if missing or shutil.which("tesseract") is None:
        return INSTALL_HINT
    return None


def language() -> str:
    """Tesseract's language codes: $FIGRAPH_OCR_LANG (e.g. `eng+fra`), else English."""
    value = os.environ.get(LANG_ENV, "").strip()
    return value if value and all(part.isalnum() or part == "_" for part in
                                  value.split("+")) else "eng"


def read_pages(path: str, numbers: Iterable[int]) -> dict[int, str]:
    """The OCR text of the given 1-based pages of the PDF at `path`."""
    import pypdfium2 as pdfium
    import pytesseract

    found: dict[int, str] = {}
    document = pdfium.PdfDocument(path)
    try:
        for number in numbers:
            image = _render(document[number - 1])
            found[number] = normalize_text(pytesseract.image_to_string(image, lang=language()))
    finally:
        document.close()
    return found


def _render(page: Any) -> Any:
    """The page as a greyscale picture at DPI, its longest side at most MAX_PIXELS."""
    width, height = page.get_size()  # in points, 72 to the inch
    scale = min(DPI / 72, MAX_PIXELS / max(width, height, 1.0))
    return page.render(scale=scale, grayscale=True).to_pil()


def has_image(page: Any) -> bool:
    """True when a pypdf page draws an image (directly or in a form it uses)."""
    try:
        return _holds_image(page.get("/Resources"), depth=0)
    except Exception:  # a damaged resource dictionary: treat as no picture
        return False


def _holds_image(resources: Any, depth: int) -> bool:
    if resources is None or depth > 3:
        return False
    resources = resources.get_object()
    objects = resources.get("/XObject")
    if objects is None:
        return False
    for item in objects.get_object().values():
        obj = item.get_object()
        subtype = obj.get("/Subtype")
        if subtype == "/Image":
            return True
        if subtype == "/Form" and _holds_image(obj.get("/Resources"), depth + 1):
            return True
    return False
