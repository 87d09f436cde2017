"""More inputs: Word documents, justified PDFs, scanned PDFs, and the files a folder skips.

Word files are written by python-docx and read back by the reader; scanned pages are
pictures drawn with Pillow, saved as image-only PDF pages and read by the real
Tesseract (the OCR tests skip with one line where it is not installed, and fail when
the full suite is asked for with FIGRAPH_REQUIRE_NEO4J=1 or FIGRAPH_REQUIRE_OCR=1).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

import pytest
from corpus_files import make_pdf
from figraph.cli import app
from figraph.graph.model import Document
from figraph.loaders.documents import ReadReport, read_documents, read_file
from figraph.loaders.formats import DocumentError, ocr
from figraph.loaders.pipeline import reading_notes, skipped_lines
from figraph.loaders.text.spacing import Folding, extract_folded
from typer.testing import CliRunner

runner = CliRunner()


def write_docx(path: Path, paragraphs: list[tuple[str, str]], table: list[list[str]] = (),
               title: str = "", created: dt.datetime | None = None) -> Path:
    """A Word file: (style, text) paragraphs, then a table, then one last paragraph."""
    import docx

    word = docx.Document()
    word.core_properties.title = title
    if created:
        word.core_properties.created = created
    for style, text in paragraphs:
        word.add_paragraph(text, style=style or None)
    if table:
        grid = word.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    word.add_paragraph("CSIS briefed Michael Chong.")
    word.save(str(path))
    return path


# -- Word ---------------------------------------------------------------------------------


def test_docx_paragraphs_tables_title_and_date(tmp_path):
    path = write_docx(tmp_path / "briefing.docx",
                      [("Heading 1", "Foreign interference briefing"),
                       ("", "Han Dong spoke with a senior Chinese diplomat in Toronto.")],
                      table=[["Name", "Role"], ["Michael Chong", "MP"]],
                      created=dt.datetime(2024, 6, 3, 9, 30))
    [document] = read_file(path)
    assert document.format == "docx"
    assert document.title == "Foreign interference briefing"
    assert document.date == "2024-06-03"
    assert document.text == ("Foreign interference briefing\n\n"
                             "Han Dong spoke with a senior Chinese diplomat in Toronto.\n\n"
                             "Name\tRole\nMichael Chong\tMP\n\n"
                             "CSIS briefed Michael Chong.")
    assert document.id == Document.id_for(document.text)


def test_docx_title_from_its_properties_first(tmp_path):
    path = write_docx(tmp_path / "a.docx", [("Heading 1", "A heading")], title="The real title")
    assert read_file(path)[0].title == "The real title"


def zip_with(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(("make", "says"), [
    (lambda p: p.write_bytes(b"this is not a zip archive" * 20) and p,
     "corrupt DOCX: not a zip archive"),
    (lambda p: zip_with(p, {"content.xml": b"<x/>"}), "corrupt DOCX: no word/document.xml"),
    (lambda p: zip_with(p, {"word/document.xml": b"<not-word/>",
                            "[Content_Types].xml": b"<broken"}), "corrupt DOCX: "),
    (lambda p: zip_with(p, {"word/document.xml": b"<w/>", "word/media/big.bin":
                            b"\0" * 60_000_000}), "a zip bomb?, not read"),
])
def test_bad_docx_is_one_line(tmp_path, make, says):
    path = tmp_path / "bad.docx"
    make(path)
    [error] = list(read_documents([path]))
    assert str(error).startswith(f"{path}: ") and says in str(error)
    assert "\n" not in str(error)


def test_docx_in_a_folder_is_built(tmp_path):
    """The reader in the whole chain: the Word file's facts reach the store with quotes."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_docx(folder / "briefing.docx", [("Heading 1", "Briefing note")])
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", str(folder), "--store", str(store)])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["path", "CSIS", "Michael Chong", "--json", "--store", str(store)])
    assert shown.exit_code == 0, shown.output
    assert "CSIS briefed Michael Chong." in shown.stdout


# -- justified PDFs -----------------------------------------------------------------------

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


# -- scanned PDFs -------------------------------------------------------------------------


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


# -- skipped file types ---------------------------------------------------------------------


def test_one_line_per_skipped_type(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "article.txt").write_text("Han Dong met China.")
    for name in ("notes.doc", "old.doc", "older.doc", "sheet.xlsx"):
        (folder / name).write_bytes(b"\xd0\xcf\x11\xe0 binary")
    report = ReadReport()
    documents = list(read_documents([folder], report=report))
    assert len(documents) == 1
    [line] = skipped_lines(report.skipped)
    assert line.startswith(f"skipped 4 files of a type figraph does not read: 3 .doc "
                           f"({folder / 'notes.doc'}, {folder / 'old.doc'} and 1 more); "
                           f"1 .xlsx ({folder / 'sheet.xlsx'}); it reads .docx, ")


def test_build_says_what_it_skipped(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "article.txt").write_text("Han Dong met a diplomat.")
    (folder / "minutes.odt").write_bytes(b"PK\3\4 an OpenDocument file")
    result = runner.invoke(app, ["build", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    [line] = [x for x in result.stderr.splitlines() if "skipped" in x]
    assert line.startswith(f"skipped 1 file of a type figraph does not read: 1 .odt "
                           f"({folder / 'minutes.odt'}); it reads ")
