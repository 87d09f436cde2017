"""Size limits through a real `figraph build` child process, with its peak memory measured.

A 100 MB text under the default 50 MB limit must be refused with one line,
from its size alone: the child's own peak RSS must stay within a
few MB of a build that never saw the file. A 10 MB single line is under the
size limit, so it is read, then refused before the parser would spend a
quarter of an hour on it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from corpus_files import FIGRAPH, child_env, story

pytestmark = pytest.mark.slow

MB = 1_000_000


SPAWN_AND_REPORT = """
import os, sys
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""
"""Starts the command from a small fresh process and writes its peak RSS (KiB).

Why not this process's own `wait4`: Linux carries the parent's peak into a
child's `ru_maxrss` across exec, so a child of a 1 GB pytest would report at
least 1 GB, and a limit on it could never fail. The spawner is small, and
`posix_spawn` (a vfork-style clone) hands on only its peak."""


def run_measured(*args: str, **env: str) -> tuple[int, str, str, float, float]:
    """(exit status, stdout, stderr, peak RSS in MB, seconds) of one figraph child."""
    started = time.monotonic()
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as peak:
        child = subprocess.run([sys.executable, "-c", SPAWN_AND_REPORT, peak.name, *FIGRAPH,
                                *args], env=child_env(**env), capture_output=True, text=True)
        kib = int(peak.read() or 0)
    return child.returncode, child.stdout, child.stderr, kib / 1024, time.monotonic() - started


def write_big_text(path: Path, size: int) -> Path:
    """`size` bytes of prose in lines, written in chunks (never held whole here)."""
    line = ("MP Han Dong met Chinese diplomat Zhao Wei in Toronto, the report said. " * 4 + "\n")
    block = line.encode() * (MB // len(line))
    with path.open("wb") as handle:
        while handle.tell() + len(block) <= size:
            handle.write(block)
        handle.write(b"x" * (size - handle.tell()))
    return path


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "good.txt"
    path.write_text(story(1), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def baseline_rss(good: Path, tmp_path_factory: pytest.TempPathFactory) -> float:
    """Peak RSS of a build of the good document alone (model loaded, one extraction)."""
    store = tmp_path_factory.mktemp("baseline")
    code, _, err, rss, _ = run_measured("build", str(good), "--store", str(store))
    assert code == 0, err
    return rss


def refusals(err: str) -> tuple[list[str], str]:
    """A build's stderr: the one-line refusals, and the summary that closes it."""
    *lines, summary = err.splitlines()
    assert summary.startswith("documents: "), err
    return lines, summary


def test_100_mb_text_is_refused_in_one_line_with_bounded_memory(
    good: Path, baseline_rss: float, tmp_path: Path
) -> None:
    big = write_big_text(tmp_path / "big.txt", 100 * MB)
    store = tmp_path / "store"
    code, out, err, rss, seconds = run_measured("build", str(good), str(big), "--store", str(store))
    assert code == 1
    problems, summary = refusals(err)
    assert problems == [f"{big}: too large (100 MB > 50 MB limit)"]
    assert "1 read, 1 added, 0 unchanged, 1 failed" in summary and out == ""
    assert rss < baseline_rss + 10, f"peak {rss:.0f} MB vs {baseline_rss:.0f} MB without the file"
    assert seconds < 120


def test_10_mb_single_line_is_refused_fast_with_bounded_memory(
    good: Path, baseline_rss: float, tmp_path: Path
) -> None:
    line = tmp_path / "one_line.txt"
    line.write_text(("Han Dong met Zhao Wei in Ottawa. " * 310_000)[: 10 * MB], encoding="utf-8")
    store = tmp_path / "store"
    args = ("build", str(good), str(line), "--store", str(store))
    code, out, err, rss, seconds = run_measured(*args)
    assert code == 1
    problems, summary = refusals(err)
    assert problems == [
        f"{line}: a single line of 10,000,000 characters (limit 1,000,000; "
        "set FIGRAPH_MAX_LINE_CHARS to raise it): not prose, not extracted"]
    assert "2 read, 1 added, 0 unchanged, 1 failed" in summary
    # read after the model is loaded (the good file comes first): the 10 MB text
    # is held a few times over while decoded and normalised, never more
    assert rss < baseline_rss + 60, f"peak {rss:.0f} MB vs {baseline_rss:.0f} MB"
    assert seconds < 120


# -- what a document yields, not what its file weighs ------------------------------------------


def text_bomb_pdf(pages: int, chars_per_page: int, shared: bool = True) -> bytes:
    """A small PDF whose pages draw text from compressed content streams: with `shared`,
    every page draws the same one (a few KB of compressed data, megabytes of text each)."""
    import zlib

    word = b"MP Han Dong met Zhao Wei in Toronto. "
    content = b"BT /F1 12 Tf 72 720 Td (" + word * (chars_per_page // len(word)) + b") Tj ET"
    stream = zlib.compress(content, 9)
    streams = 1 if shared else pages
    first_page = 3 + streams
    font = first_page + pages
    kids = " ".join(f"{first_page + i} 0 R" for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode()]
    objects += [b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
                + b"\nendstream"] * streams
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (3 + (0 if shared else i), font)
                for i in range(pages)]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def many_attributes_html(count: int) -> str:
    attributes = " ".join(f'a{i}="x"' for i in range(count))
    return (f"<html><head><title>Attributes</title></head><body><div {attributes}><p>MP Han "
            "Dong met Chinese diplomat Zhao Wei in Toronto, the committee said.</p></div>"
            "</body></html>")


BOMBS = {
    "3 pages sharing one 20 MB stream": (
        "bomb.pdf", lambda: text_bomb_pdf(3, 20_000_000),
        "page 1 has a content stream of 20 MB (limit 5 MB; set FIGRAPH_MAX_PAGE_CHARS"),
    "30 pages sharing one 8 MB stream": (
        "bomb30.pdf", lambda: text_bomb_pdf(30, 8_000_000),
        "page 1 has a content stream of 8 MB (limit 5 MB"),
    "a page of 150,000 characters": (
        "dense.pdf", lambda: text_bomb_pdf(2, 150_000),
        "page 1 yields over 100,000 characters of text (set FIGRAPH_MAX_PAGE_CHARS"),
    "one element with 200,000 attributes": (
        "attributes.html", lambda: many_attributes_html(200_000).encode(),
        "an element with about 200,000 attributes (limit 1,000): not a web page"),
}


@pytest.mark.parametrize("case", list(BOMBS))
def test_documents_that_yield_too_much_are_refused_in_one_line_with_bounded_memory(
    case: str, good: Path, baseline_rss: float, tmp_path: Path
) -> None:
    name, make, problem = BOMBS[case]
    bomb = tmp_path / name
    bomb.write_bytes(make())
    assert bomb.stat().st_size < 2_500_000  # small files: the file-size limit cannot see them
    code, out, err, rss, seconds = run_measured("build", str(good), str(bomb), "--store",
                                                str(tmp_path / "store"))
    assert code == 1, err
    problems, summary = refusals(err)
    assert len(problems) == 1 and problems[0].startswith(f"{bomb}: {problem}")
    assert "1 added, 0 unchanged, 1 failed" in summary
    assert rss < baseline_rss + 60, f"peak {rss:.0f} MB vs {baseline_rss:.0f} MB"
    assert seconds < 120


@pytest.mark.parametrize(("count", "refused"), [(900, False), (1_200, True)])
def test_the_attribute_limit_is_per_element(count: int, refused: bool, tmp_path: Path) -> None:
    from figraph.loaders.documents import LoadError, read_documents

    page = tmp_path / "page.html"
    page.write_text(many_attributes_html(count), encoding="utf-8")
    [item] = list(read_documents([page]))
    assert isinstance(item, LoadError) == refused, item


def test_text_limit_refuses_one_json_lines_record_and_keeps_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from figraph.loaders.documents import LoadError, read_documents

    monkeypatch.setenv("FIGRAPH_MAX_TEXT_CHARS", "1000")
    lines = [{"text": story(1)}, {"text": "Long record\n\n" + story(2) * 20}, {"text": story(3)}]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    items = list(read_documents([corpus]))
    errors = [str(i) for i in items if isinstance(i, LoadError)]
    assert errors == [f"{corpus}:2: yields {len(normalized(lines[1]['text'])):,} characters of "
                      "text (limit 1,000; set FIGRAPH_MAX_TEXT_CHARS to raise it): not read"]
    assert len(items) == 3


def normalized(text: str) -> str:
    from figraph.loaders.formats.decoding import normalize_text

    return normalize_text(text)


def long_report(stories: int) -> str:
    return "A long report\n\n" + "\n\n".join(story(i).split("\n\n", 1)[1] for i in range(stories))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_over_the_time_budget_is_one_line_and_the_build_goes_on(
    jobs: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-short.txt").write_text(story(1), encoding="utf-8")
    (corpus / "b-long.txt").write_text(long_report(3000), encoding="utf-8")  # minutes of work
    (corpus / "c-short.txt").write_text(story(2), encoding="utf-8")
    (corpus / "d-slow-to-read.pdf").write_bytes(text_bomb_pdf(400, 90_000, shared=False))
    code, out, err, _, _ = run_measured("build", str(corpus), "--store", str(tmp_path / "s"),
                                        "--jobs", jobs, FIGRAPH_DOCUMENT_SECONDS="3")
    assert code == 1, err
    problems, summary = refusals(err)
    assert sorted(problems) == [  # with --jobs 2 reading runs ahead of extraction
        f"{corpus / 'b-long.txt'}: extraction took over 3 s (limit; set "
        "FIGRAPH_DOCUMENT_SECONDS to raise it): not stored",
        f"{corpus / 'd-slow-to-read.pdf'}: reading took over 3 s (limit; set "
        "FIGRAPH_DOCUMENT_SECONDS to raise it): not stored"]
    assert "3 read, 2 added, 0 unchanged, 2 failed" in summary
