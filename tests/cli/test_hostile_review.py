"""Hostile names, titles, quotes and notes in the investigator's commands: `actor`,
`documents`, `remove`, `review`, `confirm`/`reject`/`retype`, `duplicates`, `merge`,
`unmerge`, `split`, and `--context`.

As everywhere else (tests/cli/test_hostile_names.py), a string from a document, a gazetteer or
a note is shown as text: no escape sequence acts and no bidirectional override reorders a
line on a terminal; in a pipe a tab or a newline is `\\t` / `\\n`, so a row or a line
stays one; JSON is the same data with every active character a `\\u` escape. The store is
built by the real `figraph build` from a generated corpus and gazetteer.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.decisions import Decisions
from figraph.graph.local_store import LocalStore
from figraph.graph.safe_text import printable
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

TWIN_NAME = "Zhau" + "".join(ESCAPES.values()) + " Wei\tthe\nenvoy"
"""A look-alike of HOSTILE_NAME: `figraph duplicates` lists the two together."""
PARAGRAPH = ("An \u2066opening\u2069 sentence. MP Han Dong met Chinese diplomat Zhao Wei in "
             "Toronto in 2019. He denied \u202egnihtyna\u202c.\n\n"
             "In 2020, Wei Zhao met Han Dong in Ottawa.")
"""Bidirectional controls in the sentences around a quote: what `--context` prints (the
readers keep them; C0 and C1 controls they take out of a document's text)."""
HOSTILE_NOTE = "checked\x1b[2J\x1b]0;owned\x07 \u202eyes\nreally"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review")
    gazetteer = root / "envoys.toml"
    gazetteer.write_text(
        f'[[actor]]\nname = {toml_string(HOSTILE_NAME)}\ntype = "Person"\n'
        'roles = ["Diplomat"]\naliases = ["Zhao Wei"]\n'
        f'[[actor]]\nname = {toml_string(TWIN_NAME)}\ntype = "Person"\naliases = ["Wei Zhao"]\n',
        encoding="utf-8")
    corpus = root / "corpus"
    corpus.mkdir()
    record = {"title": HOSTILE_TITLE, "text": PARAGRAPH}
    (corpus / "leak.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    built = root / "store"
    result = runner.invoke(app, ["build", str(corpus), "-g", str(gazetteer), "--store",
                                 str(built)])
    assert result.exit_code == 0, result.output
    names = {a.name for a in LocalStore.open(built).actors()}
    assert {HOSTILE_NAME, TWIN_NAME} <= names  # stored verbatim
    return built


def actor_id(store: Path, name: str) -> str:
    return next(a.id for a in LocalStore.open(store).actors() if a.name == name)


def edge_id(store: Path, name: str) -> str:
    """The edge between Han Dong and the actor called `name`."""
    wanted = actor_id(store, name)
    return next(e.id for e in LocalStore.open(store).edges() if wanted in (e.source, e.target))


def invoke(store: Path, *args: str) -> str:
    result = runner.invoke(app, [*args, "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.output


READS = {  # command -> how it shows some of the hostile text
    "actor": (["actor", "@ZHAO"], printable(HOSTILE_NAME)),
    "actor --context": (["actor", "@ZHAO", "--context"], "He denied \\u202egnihtyna\\u202c."),
    "review": (["review"], printable(HOSTILE_NAME)),
    "review --context": (["review", "--context"], "An \\u2066opening\\u2069 sentence."),
    "review --all": (["review", "--all"], "@TITLE"),
    "documents": (["documents"], "@TITLE"),
    "duplicates": (["duplicates"], printable(TWIN_NAME)),
    "path --context": (["path", "Han Dong", "@ZHAO", "--context"],
                       "“MP Han Dong met Chinese diplomat Zhao Wei in Toronto in 2019.” He "
                       "denied \\u202egnihtyna\\u202c."),
    "actor --reviewed": (["actor", "@ZHAO", "--reviewed"], printable(HOSTILE_NAME)),
}


def stored_title(store: Path) -> str:
    """The title as the reader keeps it (its escape sequences stay; a tab or a line
    separator in a title becomes a space)."""
    [document] = LocalStore.open(store).documents()
    assert "\x1b]8;;" in document["title"]
    return str(document["title"])


def _filled(store: Path, args: list[str]) -> list[str]:
    return [actor_id(store, HOSTILE_NAME) if arg == "@ZHAO" else arg for arg in args]


@pytest.mark.parametrize("name", list(READS))
def test_investigator_commands_reach_a_pipe_inert(store: Path, name: str) -> None:
    args, shown = READS[name]
    output = invoke(store, *_filled(store, args))
    assert_inert(output)
    assert (printable(stored_title(store)) if shown == "@TITLE" else shown) in output


@pytest.mark.parametrize("args", [["actor", "@ZHAO", "--json"], ["review", "--json"],
                                  ["documents", "--json"], ["duplicates", "--json"]],
                         ids=lambda a: " ".join(a[:2]))
def test_their_json_is_the_same_data_with_active_characters_escaped(store: Path,
                                                                    args: list[str]) -> None:
    output = invoke(store, *_filled(store, args))
    assert_inert(output)
    strings = strings_in(json.loads(output))
    assert HOSTILE_NAME in strings or stored_title(store) in strings


def test_documents_rows_keep_their_columns(store: Path) -> None:
    lines = invoke(store, "documents").splitlines()
    assert len(lines) == 2 and {line.count("\t") for line in lines} == {6}


def test_each_suspected_duplicate_is_one_line(store: Path) -> None:
    lines = invoke(store, "duplicates").splitlines()
    listed = [line for line in lines if actor_id(store, TWIN_NAME) in line
              or actor_id(store, HOSTILE_NAME) in line]
    assert len(listed) == 2
    assert all(printable("Wei\tthe\nenvoy") in line for line in listed)


@pytest.mark.slow
def test_the_actor_page_and_the_review_reach_a_terminal_inert(store: Path,
                                                              tmp_path: Path) -> None:
    for args in (["actor", "@ZHAO", "--context"], ["review", "--context"], ["duplicates"],
                 ["documents"]):
        shown = run_on_a_terminal([*_filled(store, args), "--store", str(store)], tmp_path)
        for what, sequence in ESCAPES.items():
            assert sequence not in shown, (args, what)
        assert "\u202e" not in shown and "\u2066" not in shown, args
        assert "\\x1b]0;owned" in shown.replace("\r\n", "").replace("\n", ""), shown[-2000:]


def test_a_hostile_note_is_kept_as_written_and_shown_inert(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    edge = edge_id(copy, HOSTILE_NAME)
    said = invoke(copy, "reject", edge, "--note", HOSTILE_NOTE)
    assert said.strip() == f"rejected {edge}; undo with `figraph confirm {edge}`"
    rejected = invoke(copy, "review", "--rejected")
    assert_inert(rejected)
    assert f"note: {printable(HOSTILE_NOTE)}" in rejected  # one line, escapes shown
    assert [d.note for d in Decisions.load(copy).edges] == [HOSTILE_NOTE]  # the same data
    decisions_file = (copy / "decisions.json").read_text(encoding="utf-8")
    assert_inert(decisions_file.replace("\n", ""))  # a `cat` of the file acts on nothing
    assert "zhao wei in toronto" in decisions_file  # the rejected quote, readable


def test_merge_unmerge_split_and_remove_messages_are_one_inert_line(store: Path,
                                                                    tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    keep, drop = actor_id(copy, HOSTILE_NAME), actor_id(copy, TWIN_NAME)
    for args in (["merge", keep, drop], ["unmerge", drop], ["split", keep, drop]):
        said = invoke(copy, *args)
        assert_inert(said)
        assert len(said.strip().splitlines()) == 1, said
        assert printable(TWIN_NAME) in said
    [document] = LocalStore.open(copy).documents()
    removed = runner.invoke(app, ["remove", document["id"], "--store", str(copy)])
    assert removed.exit_code == 0, removed.output
    assert_inert(removed.output)
    assert printable(stored_title(store)) in removed.output
