"""Walking files and folders: order, hidden and skipped files, symbolic links, suffixes.

A folder is read sorted and recursively, hidden files and caches left out; a file of a
type figraph does not read is an error when named and a skip (summed up in one line per
type) inside a folder; a symbolic link is followed once, a loop reported once.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from corpus_files import only_error, read_all, write
from figraph.cli import app
from figraph.loaders.documents import (
    SUPPORTED_SUFFIXES,
    DocumentError,
    ReadReport,
    read_documents,
    read_file,
)
from figraph.loaders.pipeline import skipped_lines
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[2]
SEED_TITLE = (
    "Political interference: foreign actors had relationships with Canadian MPs and senators"
)
runner = CliRunner()


def test_unknown_extension_named_explicitly_vs_in_a_folder(tmp_path: Path) -> None:
    named = write(tmp_path / "notes.xyz", "text")
    message = only_error(named)
    assert message.startswith(f"{named}: unsupported file type '.xyz' (supported: ")
    assert ".pdf" in message and ".jsonl" in message
    report = ReadReport()
    assert list(read_documents([named], explicit_errors=False, report=report)) == []
    assert report.skipped == [str(named)]
    with pytest.raises(DocumentError, match="unsupported file type '.json'"):
        read_file(write(tmp_path / "data.json", "{}"))

def test_seeds_folder_skips_gazetteer_and_init_silently() -> None:
    report = ReadReport()
    documents, errors = read_all(REPO / "seeds", report=report)
    assert errors == []
    assert SEED_TITLE in [d.title for d in documents]
    assert str(REPO / "seeds" / "__init__.py") in report.skipped
    assert any(s.endswith(".toml") for s in report.skipped)
    assert report.documents == len(documents) and report.errors == 0

def test_folder_walk_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Bravo")
    write(tmp_path / "a" / "z.md", "# Zulu")
    write(tmp_path / "a" / "__pycache__" / "c.txt", "cached")
    write(tmp_path / ".hidden" / "d.txt", "hidden folder")
    write(tmp_path / ".e.txt", "hidden file")
    write(tmp_path / "c.TXT", "Charlie")
    documents, errors = read_all(tmp_path)
    assert errors == []
    assert [d.title for d in documents] == ["Zulu", "Bravo", "Charlie"]
    assert documents[0].path == os.path.join(str(tmp_path), "a", "z.md")

def test_empty_folder_and_folder_without_documents(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert only_error(tmp_path / "empty") == f"{tmp_path / 'empty'}: no documents found"
    write(tmp_path / "config" / "states.toml", "[x]")
    report = ReadReport()
    _, errors = read_all(tmp_path / "config", report=report)
    assert [e.problem for e in errors] == ["no documents found"]
    assert report.skipped == [str(tmp_path / "config" / "states.toml")]

def test_symlink_loop_reported_once(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "doc.txt", "Han Dong spoke with a diplomat.")
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus")
    (tmp_path / "corpus" / "self.txt").symlink_to(tmp_path / "corpus" / "self.txt")
    documents, errors = read_all(tmp_path / "corpus")
    assert [d.title for d in documents] == ["Han Dong spoke with a diplomat."]
    assert [(Path(e.path).name, e.problem.split(" (")[0]) for e in errors] == [
        ("loop", "symlink loop"),
        ("self.txt", "symlink loop"),
    ]

def test_symlinked_file_is_followed_and_read_once(tmp_path: Path) -> None:
    target = write(tmp_path / "store" / "real.txt", "Report text")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "link.txt").symlink_to(target)
    documents, errors = read_all(tmp_path / "corpus", target, tmp_path / "corpus")
    assert errors == [] and [d.path for d in documents] == [str(tmp_path / "corpus" / "link.txt")]
    (tmp_path / "corpus" / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    assert only_error(tmp_path / "corpus" / "dangling.txt").endswith(": broken symbolic link")

def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == {
        ".txt", ".text", ".html", ".htm", ".pdf", ".docx", ".md", ".markdown", ".jsonl", ".ndjson",
    }

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
