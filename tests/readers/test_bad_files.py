"""Bad files: every kind of bad input gives one clear line naming the file, and no document.

Binary content under a text suffix, empty files of every format, a PDF without a text
layer, a truncated or encrypted PDF, a page with no main text, a missing, unreadable or
vanished file, a FIFO: each is one line `PATH: problem`, and the rest of the work goes on.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

import pytest
from corpus_files import TWO_PAGES, make_pdf, only_error, write
from figraph.graph.model import Document
from figraph.loaders.documents import (
    DocumentError,
    LoadError,
    read_documents,
    read_file,
)

REFUSED = [
    pytest.param("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
                 "binary content, not text", id="binary-file-named-txt"),
    pytest.param("e.txt", b"", "empty document", id="empty-text-file"),
    pytest.param("e.txt", b"  \n\t\r\n  ", "empty document", id="blank-text-file"),
    pytest.param("e.txt", b"\xef\xbb\xbf\n", "empty document", id="byte-order-mark-only"),
    *[pytest.param(f"e{suffix}", b"", "empty document", id=f"empty-file-{suffix[1:]}")
      for suffix in [".pdf", ".html", ".md", ".jsonl"]],
    pytest.param("scan.pdf", make_pdf([[], []]), "no text layer (scanned PDF?)",
                 id="pdf-without-text-layer"),
    pytest.param("blank.html", "<html><head><script>x=1</script></head><body></body></html>",
                 "no main text found (empty page or only boilerplate)", id="html-without-text"),
]


@pytest.mark.parametrize(("name", "data", "problem"), REFUSED)
def test_a_bad_file_is_one_line(tmp_path: Path, name: str, data: bytes | str,
                                problem: str) -> None:
    path = write(tmp_path / name, data)
    assert only_error(path) == f"{path}: {problem}"


def test_truncated_and_junk_pdf_are_corrupt(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = make_pdf(TWO_PAGES)
    truncated = write(tmp_path / "truncated.pdf", data[: len(data) // 2])
    junk = write(tmp_path / "junk.pdf", b"this is not a PDF at all\n" * 10)
    with caplog.at_level(logging.DEBUG):
        assert ": corrupt PDF: " in only_error(truncated)
        assert ": corrupt PDF: " in only_error(junk)
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]  # no log noise

def test_encrypted_pdf(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    for name, user_password in (("locked.pdf", "secret"), ("owner_only.pdf", "")):
        writer = PdfWriter(clone_from=io.BytesIO(make_pdf(TWO_PAGES)))
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
        writer.write(tmp_path / name)
    assert only_error(tmp_path / "locked.pdf").endswith(": encrypted PDF (a password is needed)")
    [document] = read_file(tmp_path / "owner_only.pdf")  # opens with the empty password
    assert "Han Dong" in document.text

def test_nonexistent_path(tmp_path: Path) -> None:
    assert only_error(tmp_path / "missing.pdf") == f"{tmp_path / 'missing.pdf'}: does not exist"
    with pytest.raises(DocumentError, match="^does not exist$"):
        read_file(tmp_path / "missing.txt")

def test_file_removed_during_the_walk(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "First")
    write(tmp_path / "b.txt", "Second")
    items = read_documents([tmp_path])
    assert isinstance(next(items), Document)
    (tmp_path / "b.txt").unlink()
    assert [str(e) for e in items] == [f"{tmp_path / 'b.txt'}: does not exist"]

@pytest.mark.skipif(os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "text")
    path.chmod(0)
    try:
        assert only_error(path) == f"{path}: permission denied"
    finally:
        path.chmod(0o600)

def test_fifo_named_txt_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert only_error(tmp_path / "pipe.txt").endswith(": not a regular file")

def test_load_error_is_one_line() -> None:
    error = LoadError("odd\nname\x1b]0;x\x07.txt", "line one\nline two")
    assert str(error) == "odd\\nname\\x1b]0;x\\x07.txt: line one\\nline two"  # shown, inert
