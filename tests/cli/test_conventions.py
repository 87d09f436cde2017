"""The conventions of typer/rich command-line tools, held by every figraph command.

`--version`; shell completion that installs and completes; data on stdout and messages
on stderr; every listing a rich table on a terminal (a real pseudo-terminal here),
tab-separated in a pipe, and JSON with --json; actors by name in human output;
choices in any case.
"""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from figraph import __version__
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from sample_graph import actor, document, sample_store
from typer.testing import CliRunner

runner = CliRunner()
FIGRAPH = shutil.which("figraph", path=str(Path(sys.executable).parent)) or "figraph"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    local = sample_store(tmp_path_factory.mktemp("conventions") / "store")
    local.save()
    return str(local.path)


def figraph(*args: str):
    return runner.invoke(app, list(args))


def test_version():
    result = figraph("--version")
    assert result.exit_code == 0 and result.stdout == f"figraph {__version__}\n"


def test_completion_installs_and_completes(tmp_path):
    # Without a shell to detect (a job with no terminal), typer reads '--show-completion' as
    # a flag and fails; typer's own switch makes it take the shell named after it.
    shown = {**os.environ, "HOME": str(tmp_path),
             "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    script = subprocess.run([FIGRAPH, "--show-completion", "bash"], capture_output=True,
                            text=True, timeout=60, env=shown)
    assert script.returncode == 0 and "_FIGRAPH_COMPLETE" in script.stdout
    env = {**os.environ, "_FIGRAPH_COMPLETE": "complete_bash", "COMP_WORDS": "figraph ex",
           "COMP_CWORD": "1"}
    done = subprocess.run([FIGRAPH], capture_output=True, text=True, timeout=60, env=env)
    assert set(done.stdout.split()) >= {"export", "extract"}
    env.update(COMP_WORDS="figraph actors --type Pe", COMP_CWORD="3")
    done = subprocess.run([FIGRAPH], capture_output=True, text=True, timeout=60, env=env)
    assert "Person" in done.stdout.split()


@pytest.mark.parametrize("args", [
    ("export", "{tmp}/g.gexf"), ("export", "{tmp}/g.ftm.json"), ("show", "-o", "{tmp}/p.html"),
])
def test_writing_commands_say_so_on_stderr_only(store, tmp_path, args):
    result = figraph(*(a.format(tmp=tmp_path) for a in args), "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "wrote" in result.stderr


def test_build_reports_on_stderr(tmp_path):
    (tmp_path / "a.txt").write_text("Han Dong met a Chinese diplomat in Toronto.")
    result = figraph("build", str(tmp_path / "a.txt"), "--store", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "documents: 1 read, 1 added" in result.stderr


@pytest.mark.parametrize(("args", "header"), [
    (("actors",), "name\ttype\troles\tdegree\tdocuments"),
    (("stats",), "what\tkind\tcount"),
    (("documents",), "id\ttitle\tdate\tkind\tsource\tactors\tedges"),
    (("query", "--list"), "query\twhat it answers\tparameters (-p key=value)"),
    (("query", "ego_network", "-p", "actor=Han Dong"), "distance\tname\ttype\tvia"),
    (("query", "allegations", "-p", "actor=India"), None),
])
def test_listings_are_tab_separated_in_a_pipe(store, args, header):
    result = figraph(*args, "--store", store)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    widths = {len(line.split("\t")) for line in lines}
    assert len(widths) == 1 and widths.pop() > 1  # every row as many columns as the header
    if header:
        assert lines[0].startswith(header)
    rows = [line.split("\t") for line in lines]
    named = [i for i, column in enumerate(rows[0]) if column != "id"]  # `actors` adds the id
    assert not any("a:" in row[i] for row in rows for i in named)  # actors by name, not id


@pytest.fixture(scope="module")
def alike_store(tmp_path_factory) -> str:
    """Two look-alike names of one type: a cluster for `duplicates` to list."""
    text = "Michael Chong spoke. M. Chong answered."
    doc = document(text, title="Alike")
    chong, initial = actor("Michael Chong", "Person"), actor("M. Chong", "Person")
    local = LocalStore(tmp_path_factory.mktemp("alike") / "store")
    local.merge(Extraction(doc, [chong, initial], [], {chong.id: 1, initial.id: 1}))
    local.save()
    return str(local.path)


def test_duplicates_are_data_and_the_hint_a_message(alike_store):
    result = figraph("duplicates", "--store", alike_store)
    assert result.exit_code == 0, result.output
    assert "Michael Chong" in result.stdout and "M. Chong" in result.stdout
    assert "figraph merge KEEP DROP" in result.stderr and "merge" not in result.stdout
    [cluster] = json.loads(figraph("duplicates", "--json", "--store", alike_store).stdout)
    assert "Michael Chong" in json.dumps(cluster)


def test_no_duplicates_is_a_message_not_data(store):
    result = figraph("duplicates", "--store", store)
    assert result.exit_code == 0 and result.stdout == ""
    assert "no suspected duplicates" in result.stderr
    assert json.loads(figraph("duplicates", "--json", "--store", store).stdout) == []


@pytest.mark.parametrize("args", [
    ("actors",), ("stats",), ("documents",), ("query", "--list"),
    ("query", "ego_network", "-p", "actor=Han Dong"),
])
def test_listings_give_json(store, args):
    result = figraph(*args, "--json", "--store", store)
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)


def on_a_terminal(*args: str) -> str:
    """What the command prints on a pseudo-terminal (rich's tables only show there)."""
    reader, writer = pty.openpty()
    done = subprocess.run([FIGRAPH, *args], stdin=writer, stdout=writer, stderr=writer,
                          timeout=120, env={**os.environ, "COLUMNS": "160", "TERM": "xterm"})
    os.close(writer)
    chunks = []
    while True:
        try:
            chunk = os.read(reader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(reader)
    assert done.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("args", [("actors",), ("stats",), ("documents",), ("query", "--list")])
def test_listings_are_tables_on_a_terminal(store, args):
    shown = on_a_terminal(*args, "--store", store)
    assert "\t" not in shown and "─" in shown  # a rich table's rule, no tabs


@pytest.mark.parametrize(("args", "expected"), [
    (("actors", "--type", "person"), "Han Dong"),
    (("actors", "--type", "STATE"), "People's Republic of China"),
    (("path", "Han Dong", "China", "--through", "person", "--types", "spoke_with,works_for"),
     "Han Dong -[SPOKE_WITH]->"),
    (("neighbors", "Han Dong", "--types", "Spoke_With"), "Senior Chinese diplomat"),
    (("path", "Han Dong", "China", "--backend", "LOCAL"), "Han Dong"),
])
def test_choices_in_any_case(store, args, expected):
    result = figraph(*args, "--store", store)
    assert result.exit_code == 0, result.output
    assert expected in result.stdout


@pytest.mark.parametrize(("args", "says"), [
    (("actors", "--type", "persn"), "unknown actor type 'persn' (choose from Person, State"),
    (("path", "Han Dong", "China", "--types", "met"), "unknown relation type 'met'"),
])
def test_a_wrong_choice_names_the_choices(store, args, says):
    result = figraph(*args, "--store", store)
    assert result.exit_code == 2 and says in result.stderr and result.stdout == ""


LONG = ("Han Dong met a senior Chinese diplomat in Toronto in February 2021, according to "
        "the intelligence summary, which also said that the meeting had been arranged by an "
        "intermediary close to the consulate and that no official record of it was kept.")


@pytest.fixture(scope="module")
def long_store(tmp_path_factory) -> str:
    from figraph.graph.local_store import LocalStore
    from figraph.graph.model import Extraction
    from sample_graph import DIPLOMAT, HAN_DONG, document, fact

    local = LocalStore(tmp_path_factory.mktemp("long") / "store")
    doc = document(LONG, title="Summary")
    local.merge(Extraction(doc, [HAN_DONG, DIPLOMAT],
                           [fact(doc, HAN_DONG, "MET_WITH", DIPLOMAT, LONG)]))
    local.save()
    return str(local.path)


@pytest.mark.parametrize("args", [
    ("path", "Han Dong", "Senior Chinese diplomat"),
    ("query", "edge_documents", "-p", "a=Han Dong", "-p", "b=Senior Chinese diplomat"),
])
def test_full_shows_whole_quotes(long_store, args):
    cut = figraph(*args, "--store", long_store)
    whole = figraph(*args, "--full", "--store", long_store)
    assert cut.exit_code == whole.exit_code == 0, cut.output + whole.output
    assert "no official record of it was kept." not in cut.stdout and "…" in cut.stdout
    assert "no official record of it was kept." in whole.stdout
