"""A hostile corpus through the real `figraph build` and the real extractor.

Every file is generated in a temporary folder by the `hostile` fixture (nothing
big is committed). Each bad file must give exactly one line naming it, the
good ones must all be stored (and nothing else), and the build must finish in
bounded time. The 100 MB file and the memory measurements are in
tests/readers/test_limits_memory.py; kills, full disks and busy stores in
tests/store/test_faults.py.
"""

from __future__ import annotations

import io
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from corpus_files import TWO_PAGES, make_pdf, story
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from typer.testing import CliRunner

runner = CliRunner()





# Text that must come through as data, never as markup, code or a query.
HOSTILE_NAMES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "Robert'); MATCH (n) DETACH DELETE n; //",
    "`Actor`}) DETACH DELETE n //",
    "**Bold** [link](javascript:alert(3))",
    "\u202eevil\u202c Smith",  # right-to-left override
    "Zero\u200bWidth\u200d Joiner",
    "\u0645\u062d\u0645\u062f \u0639\u0644\u064a",  # Arabic, right to left
]


def hostile_text() -> str:
    names = " ".join(f"Minister {n} said hello to MP Han Dong." for n in HOSTILE_NAMES)
    quotes = " ".join(f'MP Han Dong met Chinese diplomat Zhao Wei, who said "{n}" in Ottawa.'
                      for n in HOSTILE_NAMES)
    return f"Hostile names in a report\n\n{names}\n\n{quotes}\n"


@dataclass
class Corpus:
    """Files to build, what each bad one must be reported with, and the good count."""

    root: Path
    files: list[Path] = field(default_factory=list)
    bad: dict[str, str] = field(default_factory=dict)  # file name -> phrase in its message
    good: int = 0

    def add(self, name: str, data: bytes | str, problem: str | None = None,
            documents: int = 1) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.files.append(path)
        if problem:
            self.bad[name] = problem
        self.good += documents
        return path


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(TWO_PAGES)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


HTML_WITH_SCRIPTS = """<!doctype html><html><head><title>Diplomat met MP</title>
<script>document.write('<p>SCRIPT-TEXT Evil Person met Bad Actor</p>')</script>
<style>p { color: red } /* STYLE-TEXT */</style></head><body>
<iframe srcdoc="<iframe srcdoc='<script>alert(1)</script>IFRAME-TEXT'></iframe>"></iframe>
<article><h1>Diplomat met MP</h1>
<p>MP Jenny Kwan met Chinese diplomat Zhao Wei in Ottawa, the committee said.</p>
<p>Kwan declined to comment on the meeting with the diplomat.</p></article>
<noscript>NOSCRIPT-TEXT</noscript></body></html>"""

BAD_LINE_JSONL = "\n".join([
    '{"title": "One", "text": "MP Han Dong met Chinese diplomat Zhao Wei in Toronto."}',
    '{"title": "Two", "text": "MP Jenny Kwan spoke with Indian official Raj Patel.',  # cut off
    '{"title": "Three", "text": "Senator Victor Oh travelled to Beijing with Li Ming."}',
]) + "\n"


def build_corpus(root: Path) -> Corpus:
    """Every hostile input of the issue, plus good documents between them."""
    c = Corpus(root)
    c.add("00_good.txt", story(0))
    c.add("01_empty.txt", b"", "empty document", 0)
    c.add("02_binary.txt", os.urandom(4096) + bytes(range(32)) * 64, "binary content", 0)
    c.add("03_nul.txt", story(3).encode().replace(b" met ", b" met\x00 ", 1) + b"\x00\x00")
    c.add("04_invalid_utf8.txt", story(4).encode().replace(b"Report", b"R\xc3\x28port\xff", 1))
    c.add("05_utf16.txt", story(5).encode("utf-16"))
    c.add("06_cp1252.txt", story(6).replace("declined", "\u201cdeclined\u201d").encode("cp1252"))
    c.add("07_mixed_endings.txt", story(7).replace("\n\n", "\r\n\r\n").replace(". ", ".\r"))
    pdf = make_pdf(TWO_PAGES)
    c.add("08_truncated.pdf", pdf[: len(pdf) // 2], "corrupt PDF", 0)
    c.add("09_encrypted.pdf", encrypted_pdf(), "encrypted PDF", 0)
    c.add("10_scripts.html", HTML_WITH_SCRIPTS)
    c.add("11_bad_line.jsonl", BAD_LINE_JSONL, "invalid JSON", documents=2)
    c.bad["11_bad_line.jsonl:2"] = c.bad.pop("11_bad_line.jsonl")
    c.add("12_hostile_names.txt", hostile_text())
    long_name = "Q" * 5000
    c.add("13_long_names.txt", f"Long names\n\nMinister {long_name} met {long_name} Smith and "
          f"Han Dong. {'Zed' * 1700} said {long_name} was paid by China.\n")
    words = " ".join(f"word{i % 97}" for i in range(20_000))
    c.add("14_long_sentence.txt", f"Run-on\n\nHan Dong said that {words} and met Zhao Wei.\n")
    c.add("15_one_line_10mb.txt", ("Han Dong met Zhao Wei in Ottawa. " * 310_000)[:10_000_000],
          "a single line of 10,000,000 characters", 0)
    loop = root / "16_loop"
    loop.mkdir()
    (loop / "inner").symlink_to(loop, target_is_directory=True)
    (loop / "story.md").write_text(f"# Loop story\n\n{story(16)}")
    c.files.append(loop)
    c.bad["16_loop/inner"] = "symlink loop"
    c.good += 1
    os.mkfifo(root / "17_fifo.txt")
    c.files.append(root / "17_fifo.txt")
    c.bad["17_fifo.txt"] = "not a regular file"
    c.add("18_good.txt", story(18))
    return c


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, Path, str, float]:
    corpus = build_corpus(tmp_path_factory.mktemp("hostile"))
    store = tmp_path_factory.mktemp("store")
    started = time.monotonic()
    result = runner.invoke(app, ["build", *map(str, corpus.files), "--store", str(store)])
    elapsed = time.monotonic() - started
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 1, result.output
    return corpus, store, result.output, elapsed


def test_each_bad_file_gets_one_line_naming_it(hostile) -> None:
    corpus, _, output, _ = hostile
    lines = output.splitlines()
    for name, problem in corpus.bad.items():
        shown = str(corpus.root / name)
        naming = [line for line in lines if line.startswith(shown + ":")]
        assert len(naming) == 1, (name, output)
        assert problem in naming[0], naming[0]
        assert len(naming[0]) < 400
    assert "Traceback" not in output


def test_store_holds_exactly_the_good_documents(hostile) -> None:
    corpus, store, output, _ = hostile
    local = LocalStore.open(store)
    assert local.counts()["documents"] == corpus.good
    # the 10 MB line is read, then refused before extraction
    summary = f"{corpus.good + 1} read, {corpus.good} added, 0 unchanged, {len(corpus.bad)} failed"
    assert summary in output
    paths = {Path(d["path"]).name for d in local.documents()}
    assert {"00_good.txt", "18_good.txt", "05_utf16.txt", "12_hostile_names.txt"} <= paths
    assert not {name.split(":")[0] for name in corpus.bad if "jsonl" not in name} & paths


def test_scripts_styles_and_iframes_never_become_text(hostile) -> None:
    _, store, _, _ = hostile
    data = (store / "graph.json").read_text(encoding="utf-8")
    for marker in ("SCRIPT-TEXT", "STYLE-TEXT", "IFRAME-TEXT", "Evil Person"):
        assert marker not in data
    names = {a.name for a in LocalStore.open(store).actors()}
    assert "Jenny Kwan" in names


def test_hostile_text_is_kept_verbatim_as_data(hostile) -> None:
    _, store, _, _ = hostile
    local = LocalStore.open(store)
    quotes = [e.quote for edge in local.edges() for e in edge.evidence]
    assert any("<script>alert(1)</script>" in q for q in quotes)
    assert any("DETACH DELETE" in q for q in quotes)
    assert any("\u202eevil\u202c" in q for q in quotes)
    assert "Zero\u200bWidth\u200d Joiner" in {a.name for a in local.actors()}
    long_names = [a.name for a in local.actors() if len(a.name) > 1000]
    assert all(len(name) <= 5100 for name in long_names)


def test_the_whole_hostile_build_is_bounded_in_time(hostile) -> None:
    *_, elapsed = hostile
    assert elapsed < 120, f"{elapsed:.0f} s"
