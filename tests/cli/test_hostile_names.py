"""Hostile names on the way out: file names that are not UTF-8, names and titles holding
escape sequences, rich markup in a path.

Every string from a document, a file name or a gazetteer is shown as text: on a terminal
no escape sequence acts (clear screen, OSC-8 link, window title) and no bidirectional
override reorders a line; in a pipe (TSV) no tab or newline shifts a column or splits a
row. The corpora are generated here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from corpus_files import story
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.safe_text import display_path, printable, safe_json
from hostile_text import (
    ESCAPES,
    HOSTILE_NAME,
    HOSTILE_TITLE,
    assert_inert,
    run_on_a_terminal,
    strings_in,
    toml_string,
)
from typer.testing import CliRunner

runner = CliRunner()





@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("names")
    gazetteer = root / "envoy.toml"
    gazetteer.write_text(f'[[actor]]\nname = {toml_string(HOSTILE_NAME)}\ntype = "Person"\n'
                         'roles = ["Diplomat"]\naliases = ["Zhao Wei"]\n', encoding="utf-8")
    corpus = root / "corpus"
    corpus.mkdir()
    record = {"title": HOSTILE_TITLE,
              "text": "MP Han Dong met Chinese diplomat Zhao Wei in Toronto in 2019."}
    (corpus / "leak.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    store = root / "store"
    result = runner.invoke(app, ["build", str(corpus), "-g", str(gazetteer), "--store",
                                 str(store)])
    assert result.exit_code == 0, result.output
    assert HOSTILE_NAME in {a.name for a in LocalStore.open(store).actors()}  # stored verbatim
    return store, gazetteer




READS = [
    ["actors"],
    ["path", "Han Dong", "Zhao Wei"],
    ["neighbors", "Han Dong"],
    ["query", "ego_network", "-p", "actor=Han Dong"],
    ["neighbors", "Zhao Wei"],
    ["path", "Han Dong", "Zhao Wei", "--json"],
    ["actors", "--json"],
]


@pytest.mark.parametrize("args", READS, ids=[" ".join(a[:2]) for a in READS])
def test_names_and_titles_reach_a_pipe_inert(hostile_store, args: list[str]) -> None:
    store, _ = hostile_store
    result = runner.invoke(app, [*args, "--store", str(store)])
    assert result.exit_code in (0, 1), result.output
    assert_inert(result.output)
    assert "Zhao\\x1b[2J\\x1b[H\\x1b]0;owned" in result.output or "--json" in args
    if "--json" in args:  # the same data, every active character a \\u escape
        assert HOSTILE_NAME in strings_in(json.loads(result.stdout))




def test_tsv_rows_keep_their_columns(hostile_store) -> None:
    store, _ = hostile_store
    result = runner.invoke(app, ["actors", "--store", str(store)])
    lines = result.output.splitlines()
    assert len(lines) == 1 + LocalStore.open(store).counts()["actors"]
    assert {line.count("\t") for line in lines} == {5}  # name, type, roles, degree, documents, id
    assert f"{printable(HOSTILE_NAME)}\tPerson\tDiplomat" in result.output
    assert "\\x1b[2J" in result.output and "\\u202e" in result.output and "\\n" in result.output


def test_the_document_title_is_inert_where_evidence_is_shown(hostile_store) -> None:
    store, _ = hostile_store
    result = runner.invoke(app, ["path", "Han Dong", "Zhao Wei", "--store", str(store)])
    assert result.exit_code == 0, result.output
    [document] = LocalStore.open(store).documents()
    assert "\x1b]8;;" in document["title"]  # stored as the file has it
    assert printable(document["title"]) in result.output




@pytest.mark.slow
def test_names_and_titles_reach_a_terminal_inert(hostile_store, tmp_path: Path) -> None:
    store, _ = hostile_store
    for args in (["actors"], ["path", "Han Dong", "Zhao Wei"], ["neighbors", "Han Dong"]):
        shown = run_on_a_terminal([*args, "--store", str(store)], tmp_path)
        for name, sequence in ESCAPES.items():
            assert sequence not in shown, (args, name)
        assert "\\x1b]0;owned" in shown.replace("\r\n", "").replace("\n", ""), shown[-2000:]


# -- file names that are not UTF-8 -----------------------------------------------------------


def test_file_and_folder_names_that_are_not_utf8_are_stored_escaped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    odd_folder = os.path.join(os.fsencode(corpus), b"dossier-\xff\xfe")
    os.mkdir(odd_folder)
    with open(os.path.join(odd_folder, b"note-\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write(story(1))
    with open(os.path.join(os.fsencode(corpus), b"empty-\xff.txt"), "wb"):
        pass
    for i in (2, 3):
        (corpus / f"good-{i}.txt").write_text(story(i), encoding="utf-8")
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", str(corpus), "--store", str(store)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"{corpus}/empty-\\xff.txt: empty document" in result.output
    assert "3 added, 0 unchanged, 1 failed" in result.output
    paths = {d["path"] for d in LocalStore.open(store).documents()}
    assert f"{corpus}/dossier-\\xff\\xfe/note-\\xe9.txt" in paths
    again = runner.invoke(app, ["build", str(corpus), "--store", str(store)])
    assert "0 added, 3 unchanged" in again.output


def test_display_path_escapes_only_undecodable_bytes() -> None:
    assert display_path("plain/é.txt") == "plain/é.txt"
    assert display_path(os.fsdecode(b"a\xff/b\xfe.txt")) == "a\\xff/b\\xfe.txt"
    assert safe_json({"x": "\x9b\u202e"}) == '{\n  "x": "\\u009b\\u202e"\n}'


# -- rich markup in a path: the progress display on a terminal --------------------------------


@pytest.mark.slow
def test_markup_and_escapes_in_a_path_do_not_break_the_progress_display(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    odd = corpus / "[bold]x[" / "] \x1b]0;owned\x07 [" / "] ["  # `[/]` three times
    odd.mkdir(parents=True)
    (odd / "]report.txt").write_text(story(4), encoding="utf-8")
    (corpus / "0-plain.txt").write_text(story(5), encoding="utf-8")  # read first: the odd one
    # is the last description, drawn by the final refresh
    shown = run_on_a_terminal(["build", str(corpus), "--store", str(tmp_path / "store")],
                              tmp_path)
    assert "Traceback" not in shown and "MarkupError" not in shown, shown[-3000:]
    assert "documents: 2 read, 2 added" in shown
    assert "\x1b]0;owned" not in shown


@pytest.mark.parametrize(("raw", "shown"), [
    ("plain name", "plain name"),
    ("tab\there", "tab\\there"),
    ("new\nline\r", "new\\nline\\r"),
    ("\x1b[31mred", "\\x1b[31mred"),
    ("\x9b2J", "\\x9b2J"),
    ("\u202eevil\u202c", "\\u202eevil\\u202c"),
    ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
    ("line\u2028separator", "line\\u2028separator"),
    (os.fsdecode(b"bytes-\xff"), "bytes-\\xff"),
    ("Zero\u200bWidth café 北京", "Zero\u200bWidth café 北京"),  # harmless: kept
])
def test_printable_shows_what_a_terminal_would_act_on(raw: str, shown: str) -> None:
    assert printable(raw) == shown
