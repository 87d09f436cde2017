"""HTML, Markdown and JSON Lines: the main text, titles, dates and addresses, bad lines.

An article page loses its scripts, styles, frames and boilerplate; Markdown is rendered
to text with its front matter read; a JSON Lines corpus gives one document per good line
and one line naming the file and line number for each bad one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_files import read_all, write
from figraph.loaders.documents import (
    DocumentError,
    read_file,
)

FIXTURES = Path(__file__).parents[1] / "data" / "documents"


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
