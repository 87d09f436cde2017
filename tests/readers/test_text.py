"""Plain text files: the seed, ids that follow the content, trailing metadata, encodings.

A text is read whatever its encoding (Windows-1252, Latin-1, UTF-16 or UTF-8 with a
byte-order mark), with stray control characters dropped, line endings made one and
accents composed; the same content has one id wherever it lies.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from corpus_files import read_all, write
from figraph.graph.model import Document
from figraph.loaders.documents import (
    read_file,
)

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_3dfcbae0bf205fb3.txt"
SEED_TITLE = (
    "Political interference: foreign actors had relationships with Canadian MPs and senators"
)


# -- the seed, ids and trailing metadata ---------------------------------------------------


def test_seed_title_text_and_trailing_metadata() -> None:
    [document] = read_file(SEED)
    assert document.title == SEED_TITLE
    assert document.text.startswith(SEED_TITLE)  # the title line stays part of the text
    assert document.metadata == {"source": "site-46"}
    assert "site-46" not in document.text
    assert document.text.endswith("With Boris Proulx\n\nTo watch on video")  # bylines stay
    assert document.format == "text"
    assert document.id == Document.id_for(document.text)
    start = document.text.index("Dominic Leblanc")
    assert document.text[start : start + 15] == "Dominic Leblanc"

def test_same_content_same_id_whatever_the_path(tmp_path: Path) -> None:
    first = shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "deeper").mkdir()
    second = shutil.copy(SEED, tmp_path / "deeper" / "renamed.text")
    documents, errors = read_all(first, second, SEED)
    assert errors == []
    assert len({d.id for d in documents}) == 1
    assert [d.path for d in documents] == [str(first), str(second), str(SEED)]

def test_crlf_copy_of_the_seed_gets_the_same_id(tmp_path: Path) -> None:
    crlf = write(tmp_path / "crlf.txt", SEED.read_bytes().replace(b"\n", b"\r\n"))
    assert read_file(crlf)[0].id == read_file(SEED)[0].id

def test_metadata_needs_a_blank_line_and_known_key(tmp_path: Path) -> None:
    for prose in ("Title\n\nBody.\nsource site-46", "Title\n\nBody.\n\nSource of the leak"):
        [document] = read_file(write(tmp_path / "t.txt", prose))
        assert (document.text, document.metadata) == (prose, {})
    tail = "\n\nurl: https://x.example/a\ndate 2024-06-03\n"
    [document] = read_file(write(tmp_path / "u.txt", "Title\n\nBody." + tail))
    assert (document.text, document.url, document.date) == (
        "Title\n\nBody.", "https://x.example/a", "2024-06-03")


# -- encodings and damaged text: bytes in, text out ----------------------------------------


DECODED = [
    pytest.param("L’ingérence étrangère\n\nLe ministre a dit « non » — fin.".encode("cp1252"),
                 "L’ingérence étrangère\n\nLe ministre a dit « non » — fin.", "cp1252", None,
                 id="cp1252-curly-quotes-and-accents"),
    pytest.param("Montréal\n\nQuébec".encode("latin-1").replace(b"\n\n", b"\n\x81\n"),
                 "Montréal\n\nQuébec", "latin-1", None,  # U+0081 is a control character: dropped
                 id="latin1-with-bytes-cp1252-does-not-define"),
    pytest.param(b"Title\n\nHan Dong\x00 spoke with\x00 a \x07diplomat.\tEnd.",
                 "Title\n\nHan Dong spoke with a diplomat.\tEnd.", None, None,
                 id="stray-nul-and-control-characters-are-removed"),
    pytest.param(b"Title\r\nline one\rline two\nline three\r\n\r\nlast",
                 "Title\nline one\nline two\nline three\n\nlast", None, "Title",
                 id="mixed-line-endings-become-newlines"),
    pytest.param("Marie-Jose\u0301e Hogue".encode(), "Marie-Josée Hogue", None, None,
                 id="decomposed-accents-are-composed"),
]


@pytest.mark.parametrize(("data", "text", "encoding", "title"), DECODED)
def test_bytes_are_read_as_text(tmp_path: Path, data: bytes, text: str, encoding: str | None,
                                title: str | None) -> None:
    [document] = read_file(write(tmp_path / "t.txt", data))
    assert document.text == text
    if encoding is not None:
        assert document.metadata["encoding"].startswith(encoding)
    if title is not None:
        assert document.title == title


def test_utf16_and_utf8_byte_order_marks(tmp_path: Path) -> None:
    text = "Ingérence étrangère\n\nHan Dong a parlé à un diplomate."
    [utf16] = read_file(write(tmp_path / "a.txt", text.encode("utf-16")))
    [utf8] = read_file(write(tmp_path / "b.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert utf16.text == utf8.text == text
    assert utf16.metadata["encoding"] == "utf-16 (byte-order mark)"
    assert "encoding" not in utf8.metadata
    assert utf16.id == utf8.id

def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    line = "Han Dong spoke with a diplomat. " * 330_000
    [document] = read_file(write(tmp_path / "long.txt", line))
    assert len(document.text) == len(line.strip())
    assert document.title.startswith("Han Dong spoke") and len(document.title) <= 201
    assert document.title.endswith("…")
