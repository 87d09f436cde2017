"""Word documents: paragraphs, tables, title and date, and a bad file in one line.

Word files are written by python-docx and read back by the reader; one is built through
the whole chain into a store.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.model import Document
from figraph.loaders.documents import read_documents, read_file
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
