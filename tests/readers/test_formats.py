"""Document readers: every format, every kind of bad input, one clear line each.

PDFs are written by `make_pdf` below (a few hundred bytes of hand-built PDF
with a real text layer), then read back by the real pypdf.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
from pathlib import Path

import pytest
from corpus_files import TWO_PAGES, make_pdf
from figraph.graph.model import Document
from figraph.loaders.documents import (
    SUPPORTED_SUFFIXES,
    DocumentError,
    LoadError,
    ReadReport,
    read_documents,
    read_file,
)

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_3dfcbae0bf205fb3.txt"
FIXTURES = Path(__file__).parents[1] / "data" / "documents"
SEED_TITLE = (
    "Political interference: foreign actors had relationships with Canadian MPs and senators"
)


def read_all(
    *paths: str | Path, report: ReadReport | None = None
) -> tuple[list[Document], list[LoadError]]:
    items = list(read_documents(paths, report=report))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, LoadError)]
    assert len(documents) + len(errors) == len(items)
    return documents, errors


def only_error(path: Path) -> str:
    documents, errors = read_all(path)
    assert documents == [] and len(errors) == 1, (documents, errors)
    return str(errors[0])


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path






# --- plain text: the seed ---------------------------------------------------------------


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


# --- encodings and damaged text -----------------------------------------------------------


def test_cp1252_curly_quotes_and_accents(tmp_path: Path) -> None:
    text = "L’ingérence étrangère\n\nLe ministre a dit « non » — fin."
    [document] = read_file(write(tmp_path / "w.txt", text.encode("cp1252")))
    assert document.text == text
    assert document.metadata["encoding"].startswith("cp1252")


def test_latin1_with_bytes_cp1252_does_not_define(tmp_path: Path) -> None:
    data = "Montréal\n\nQuébec".encode("latin-1").replace(b"\n\n", b"\n\x81\n")
    [document] = read_file(write(tmp_path / "l.txt", data))
    assert document.text == "Montréal\n\nQuébec"  # U+0081 is a control character: dropped
    assert document.metadata["encoding"].startswith("latin-1")


def test_utf16_and_utf8_byte_order_marks(tmp_path: Path) -> None:
    text = "Ingérence étrangère\n\nHan Dong a parlé à un diplomate."
    [utf16] = read_file(write(tmp_path / "a.txt", text.encode("utf-16")))
    [utf8] = read_file(write(tmp_path / "b.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert utf16.text == utf8.text == text
    assert utf16.metadata["encoding"] == "utf-16 (byte-order mark)"
    assert "encoding" not in utf8.metadata
    assert utf16.id == utf8.id


def test_binary_file_named_txt(tmp_path: Path) -> None:
    png_like = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    message = only_error(write(tmp_path / "image.txt", png_like))
    assert message == f"{tmp_path / 'image.txt'}: binary content, not text"


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  ", b"\xef\xbb\xbf\n"])
def test_empty_or_blank_file(tmp_path: Path, content: bytes) -> None:
    assert only_error(write(tmp_path / "e.txt", content)).endswith(": empty document")


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".md", ".jsonl"])
def test_empty_file_of_every_format(tmp_path: Path, suffix: str) -> None:
    assert only_error(write(tmp_path / f"e{suffix}", b"")).endswith(": empty document")


def test_stray_nul_and_control_characters_are_removed(tmp_path: Path) -> None:
    data = b"Title\n\nHan Dong\x00 spoke with\x00 a \x07diplomat.\tEnd."
    [document] = read_file(write(tmp_path / "n.txt", data))
    assert document.text == "Title\n\nHan Dong spoke with a diplomat.\tEnd."


def test_mixed_line_endings_become_newlines(tmp_path: Path) -> None:
    data = b"Title\r\nline one\rline two\nline three\r\n\r\nlast"
    [document] = read_file(write(tmp_path / "m.txt", data))
    assert document.text == "Title\nline one\nline two\nline three\n\nlast"
    assert document.title == "Title"


def test_decomposed_accents_are_composed(tmp_path: Path) -> None:
    [document] = read_file(write(tmp_path / "d.txt", "Marie-Jose\u0301e Hogue"))
    assert document.text == "Marie-Josée Hogue"


# --- size limits --------------------------------------------------------------------------


def test_file_over_the_configured_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIGRAPH_MAX_DOCUMENT_MB", "0.001")
    path = write(tmp_path / "big.txt", "word " * 1000)
    assert only_error(path).endswith(": too large (0.005 MB > 0.001 MB limit)")
    small = write(tmp_path / "small.txt", "short text")
    assert read_file(small)[0].text == "short text"


def test_huge_file_refused_from_its_size_alone(tmp_path: Path) -> None:
    path = tmp_path / "sparse.txt"
    with path.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100_000_000)
    assert only_error(path).endswith(": too large (100 MB > 50 MB limit)")


def test_unparsable_limit_falls_back_to_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIGRAPH_MAX_DOCUMENT_MB", "lots")
    assert read_file(write(tmp_path / "a.txt", "fine"))[0].text == "fine"


def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    line = "Han Dong spoke with a diplomat. " * 330_000
    [document] = read_file(write(tmp_path / "long.txt", line))
    assert len(document.text) == len(line.strip())
    assert document.title.startswith("Han Dong spoke") and len(document.title) <= 201
    assert document.title.endswith("…")


# --- PDF ----------------------------------------------------------------------------------


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


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = write(tmp_path / "scan.pdf", make_pdf([[], []]))
    assert only_error(path).endswith(": no text layer (scanned PDF?)")


# --- HTML, Markdown, JSON Lines -------------------------------------------------------------


def test_html_main_text_without_scripts_styles_or_iframes() -> None:
    [document] = read_file(FIXTURES / "nsicop_report.html")
    assert document.format == "html"
    assert document.title == "MPs knowingly helped foreign states, committee says"
    assert document.url == "https://news.example.org/2024/06/03/nsicop-report"
    assert document.date == "2024-06-03"
    assert "Dominic Leblanc, refused to comment" in document.text
    assert "committee’s allegations" in document.text  # entity decoded
    for hidden in ("SCRIPT", "STYLE", "IFRAME", "NOSCRIPT", "tracker", "Copyright"):
        assert hidden not in document.text


def test_html_og_url_when_no_canonical_link(tmp_path: Path) -> None:
    page = (
        '<html><head><meta property="og:url" content="https://example.org/og">'
        "<title>Leblanc refuses to comment</title></head><body><article><p>"
        + "The minister refused to comment on the allegations. " * 5
        + "</p></article></body></html>"
    )
    [document] = read_file(write(tmp_path / "og.htm", page))
    assert document.url == "https://example.org/og"
    assert document.title == "Leblanc refuses to comment"


def test_html_without_text(tmp_path: Path) -> None:
    page = "<html><head><script>x=1</script></head><body></body></html>"
    path = write(tmp_path / "blank.html", page)
    assert "no main text found" in only_error(path)


def test_markdown_front_matter_and_rendered_text() -> None:
    [document] = read_file(FIXTURES / "hogue_briefing.md")
    assert document.format == "markdown"
    assert document.title == "Hogue Commission: what the final report must answer"
    assert document.date == "2024-11-15"
    assert document.url == "https://notes.example.org/hogue-briefing"
    text = document.text
    assert text.startswith("Briefing on the Hogue Commission\n\n")
    assert "Marie-Josée Hogue found that foreign interference may have affected the results" in text
    assert "according to the initial report." in text
    assert "Did Han Dong speak with a Chinese diplomat about the two Michaels?\nWhich MPs" in text
    for markup in ("http", "**", "![", "---", "RAW_HTML", "title:", "Photo of"):
        assert markup not in text


def test_markdown_title_from_first_heading(tmp_path: Path) -> None:
    source = "Intro line.\n\n## The *NSICOP* findings\n\nText."
    [document] = read_file(write(tmp_path / "n.markdown", source))
    assert document.title == "The NSICOP findings"
    assert document.text == "Intro line.\n\nThe NSICOP findings\n\nText."


def test_jsonl_bad_lines_name_file_and_line() -> None:
    path = FIXTURES / "corpus.jsonl"
    documents, errors = read_all(path)
    assert [d.title for d in documents] == [
        "NSICOP annual report",
        "Minister Dominic Leblanc defended the measures taken since 2015.",
    ]
    assert documents[0].url == "https://example.org/nsicop" and documents[0].date == "2024-06-03"
    assert documents[0].metadata == {"outlet": "Example", "line": "1"}
    assert documents[1].text.startswith("Minister Dominic Leblanc")  # from `content`
    assert {d.path for d in documents} == {str(path)}
    assert [e.path for e in errors] == [f"{path}:2", f"{path}:5"]
    assert errors[0].problem.startswith("invalid JSON")
    assert errors[1].problem.startswith("missing text")


def test_jsonl_strict_read_file_raises_on_a_bad_line() -> None:
    with pytest.raises(DocumentError, match=r"^line 2: invalid JSON"):
        read_file(FIXTURES / "corpus.jsonl")


def test_jsonl_line_over_the_limit_costs_only_that_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIGRAPH_MAX_DOCUMENT_MB", "0.001")
    long = '{"text": "' + "x" * 5000 + '"}'
    lines = ['{"body": "first"}', long, '["a list"]', '{"text": "last"}']
    path = write(tmp_path / "c.ndjson", "\n".join(lines) + "\n")
    documents, errors = read_all(path)
    assert [d.text for d in documents] == ["first", "last"]
    assert [str(e) for e in errors] == [
        f"{path}:2: too large (line over the 0.001 MB limit)",
        f"{path}:3: expected a JSON object, found list",
    ]


# --- walking files and folders ------------------------------------------------------------


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


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == {
        ".txt", ".text", ".html", ".htm", ".pdf", ".docx", ".md", ".markdown", ".jsonl", ".ndjson",
    }
