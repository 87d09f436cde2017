"""PDF: pages and their offsets, titles, justified text, scanned pages read by OCR.

PDFs are written by `corpus_files.make_pdf` (a few hundred bytes of hand-built PDF with a
real text layer) and read back by the real pypdf; scanned pages are pictures drawn with
Pillow, saved as image-only PDF pages and read by the real Tesseract (the OCR tests skip
with one line where it is not installed, and fail when the full suite is asked for with
FIGRAPH_REQUIRE_NEO4J=1 or FIGRAPH_REQUIRE_OCR=1).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from corpus_files import TWO_PAGES, make_pdf, write
from figraph.graph.model import Document
from figraph.loaders.documents import read_documents, read_file
from figraph.loaders.formats import DocumentError, ocr
from figraph.loaders.pipeline import reading_notes
from figraph.loaders.text.spacing import Folding, extract_folded


def test_pdf_pages_offsets_and_title(tmp_path: Path) -> None:
    path = write(tmp_path / "report.pdf", make_pdf(TWO_PAGES, title="NSICOP Special Report"))
    [document] = read_file(path)
    assert document.format == "pdf"
    assert document.title == "NSICOP Special Report"
    assert document.pages[0] == 0 and len(document.pages) == 2
    second = document.text.index("Han Dong")
    assert document.pages[1] <= second
    assert document.page_at(second) == 2
    assert document.page_at(document.text.index("knowingly")) == 1
    assert "MPs knowingly helped foreign states." in document.text[: document.pages[1]]

def test_pdf_without_title_metadata_uses_first_line(tmp_path: Path) -> None:
    [document] = read_file(write(tmp_path / "untitled.pdf", make_pdf(TWO_PAGES)))
    assert document.title == "NSICOP special report (2024)"

def test_pdf_empty_page_keeps_its_slot(tmp_path: Path) -> None:
    path = write(tmp_path / "gap.pdf", make_pdf([TWO_PAGES[0], [], TWO_PAGES[1]]))
    [document] = read_file(path)
    assert len(document.pages) == 3
    assert document.page_at(document.text.index("Han Dong")) == 3


# -- justified PDFs ------------------------------------------------------------------------

JUSTIFIED = ["Officials  at  Global  Affairs  Canada  warned  that  a  senior  Chinese",
             "diplomat  had  met  the  MP  Han  Dong  in  Toronto.  The  Canadian  Security",
             "Intelligence  Service  briefed  Michael  Chong."]

def test_a_justified_pdf_keeps_its_text_and_folds_for_the_model(tmp_path, extractor):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([["Review of foreign interference"], JUSTIFIED]))
    [document] = read_file(path)
    assert "Global  Affairs  Canada" in document.text  # the text as read
    result = extract_folded(extractor.extract, document)
    names = {a.name for a in result.actors}
    assert {"Global Affairs Canada", "Han Dong", "Michael Chong"} <= names
    assert not [n for n in names if "  " in n or n != n.strip()]
    assert result.document is document
    for edge in result.edges:
        for evidence in edge.evidence:
            quoted = document.text[evidence.start:evidence.end]
            assert " ".join(quoted.split()) == " ".join(evidence.quote.split())
            assert evidence.page == document.page_at(evidence.start) == 2

@pytest.mark.parametrize("text", [
    "Global  Affairs   Canada met.", "a  b\n  c   d", "no runs here", "   lead and trail   ",
    "x\u00a0\u00a0y  z",
])
def test_folding_maps_every_offset_back(text):
    folding = Folding.of(text)
    assert "  " not in folding.text.strip(" \n") or "\n" in text
    for a in range(len(folding.text) + 1):
        for b in range(a, len(folding.text) + 1):
            original = text[folding.to_original(a):folding.to_original(b)]
            assert " ".join(original.split()) == " ".join(folding.text[a:b].split())

def test_plain_text_is_never_folded(extractor):
    """Runs of spaces in text files can separate columns: only PDFs are folded."""
    text = "Witnesses\n\nBen Scott  Chief Executive Officer, Reset Tech"
    document = Document(id=Document.id_for(text), title="t", text=text, format="text")
    seen: list[str] = []
    extract_folded(lambda d: seen.append(d.text) or extractor.extract(d), document)
    assert seen == [text]


# -- scanned PDFs --------------------------------------------------------------------------


def scanned_page(lines: list[str]) -> bytes:
    """One page that is only a picture of its lines, as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont

    picture = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=48)
    for number, line in enumerate(lines):
        draw.text((150, 200 + 80 * number), line, fill=0, font=font)
    out = io.BytesIO()
    picture.save(out, format="PDF", resolution=200.0)
    return out.getvalue()

def text_then_scan(path: Path) -> Path:
    """Page 1 with a text layer, page 2 scanned."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf([["Committee report, page one."]]))))
    writer.append(PdfReader(io.BytesIO(scanned_page(["Han Dong met a diplomat", "in Toronto."]))))
    writer.write(path)
    return path

@pytest.fixture
def ocr_installed() -> None:
    problem = ocr.ocr_missing()
    if problem:
        if "1" in (os.environ.get("FIGRAPH_REQUIRE_OCR"), os.environ.get("FIGRAPH_REQUIRE_NEO4J")):
            pytest.fail(f"{problem} (FIGRAPH_REQUIRE_OCR or FIGRAPH_REQUIRE_NEO4J is 1)",
                        pytrace=False)
        pytest.skip(problem)

def test_a_scanned_page_is_read_by_ocr_in_its_slot(tmp_path, ocr_installed):
    [document] = read_file(text_then_scan(tmp_path / "mixed.pdf"))
    assert document.metadata["ocr_pages"] == "2"
    start = document.text.index("Han Dong met a diplomat")
    assert document.page_at(start) == 2
    assert document.page_at(document.text.index("page one")) == 1

def test_a_wholly_scanned_pdf_is_read_by_ocr(tmp_path, ocr_installed):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_page(["Han Dong spoke with a senior", "Chinese diplomat."]))
    [document] = read_file(path)
    assert "Han Dong spoke with a senior" in document.text
    assert document.pages == [0] and document.metadata["ocr_pages"] == "1"

@pytest.fixture
def without_ocr(monkeypatch) -> str:
    from figraph.loaders.formats import pdf_file

    monkeypatch.setattr(pdf_file, "ocr_missing", lambda: ocr.INSTALL_HINT)
    return ocr.INSTALL_HINT

def test_without_ocr_a_scanned_pdf_is_one_clear_line(tmp_path, without_ocr):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_page(["Han Dong spoke with a diplomat."]))
    [error] = list(read_documents([path]))
    assert str(error) == f"{path}: scanned PDF (no text layer): {without_ocr}"
    with pytest.raises(DocumentError, match="OCR is not installed"):
        read_file(path)

def test_without_ocr_the_scanned_pages_are_named(tmp_path, without_ocr):
    [document] = read_file(text_then_scan(tmp_path / "mixed.pdf"))
    assert "Han Dong" not in document.text and len(document.pages) == 2
    [line] = reading_notes(document)
    assert line == f"{tmp_path / 'mixed.pdf'}: pages 2 (scanned; {without_ocr}): not read"

def test_a_pdf_without_pictures_or_text_is_not_called_scanned(tmp_path):
    path = tmp_path / "blank.pdf"
    path.write_bytes(make_pdf([[], []]))
    [error] = list(read_documents([path]))
    assert str(error).endswith(": no text layer (scanned PDF?)")
