"""Decisions and the store change together: a `kill -9` at any moment of a command that
changes both files (confirm, reject, retype, merge, unmerge, a split that takes a merge
back) leaves both old or both new, for a reader at once and for the next command.

Each command runs in a child process whose `os.replace` ends it as abruptly as kill -9,
just before or just after one of the renames of its commit (the journal's, then the
graph's, then the decisions'). What a reader sees then is compared with the store before
the command and with the same command run to its end on a copy of the store.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from corpus_files import build_in_process, child_env, write_corpus
from figraph.cli import app
from figraph.graph.decisions import Decisions
from figraph.graph.local_store import LocalStore
from typer.testing import CliRunner

pytestmark = pytest.mark.slow

runner = CliRunner()

KILL_AT_RENAME = """
import os, sys
from figraph.cli import main
real, count = os.replace, [0]
def replace(src, dst):
    count[0] += 1
    before = os.environ["KILL_MOMENT"] == "before"
    if before and count[0] == int(os.environ["KILL_AT_RENAME"]):
        os._exit(137)  # no handler, no cleanup: as abrupt as kill -9
    real(src, dst)
    if not before and count[0] == int(os.environ["KILL_AT_RENAME"]):
        os._exit(137)
os.replace = replace
main()
"""

MOMENTS = [("before", 1), ("before", 2), ("before", 3), ("after", 3)]
"""Before the journal is in place (the old state stands), between the journal and the
graph, between the graph and the decisions (the two writes), after both."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("decisions")
    store = root / "store"
    build_in_process(write_corpus(root / "docs", count=6), store)
    return store


def _ids(store: Path) -> dict[str, str]:
    """An edge, and two people with no edge between them, of the built store."""
    local = LocalStore.open(store)
    edge = min((e for e in local.edges() if e.type == "MET_WITH"), key=lambda e: e.id)
    people = sorted(a.id for a in local.actors() if a.type == "Person"
                    and a.id not in (edge.source, edge.target))
    return {"EDGE": edge.id, "KEEP": people[0], "DROP": people[1]}


CASES: dict[str, tuple[list[list[str]], list[str]]] = {
    # name: (commands run to their end first, the command killed)
    "reject": ([], ["reject", "EDGE", "--note", "not in the source"]),
    "confirm a rejected edge": ([["reject", "EDGE"]], ["confirm", "EDGE"]),
    "retype": ([], ["retype", "EDGE", "SPOKE_WITH"]),
    "merge": ([], ["merge", "KEEP", "DROP"]),
    "unmerge": ([["merge", "KEEP", "DROP"]], ["unmerge", "DROP"]),
    "split undoing a merge": ([["merge", "KEEP", "DROP"]], ["split", "KEEP", "DROP"]),
}


def _filled(args: list[str], ids: dict[str, str]) -> list[str]:
    return [ids.get(arg, arg) for arg in args]


def _invoke(store: Path, args: list[str]) -> Any:
    return runner.invoke(app, [*args, "--store", str(store)])


def state(store: Path) -> tuple[Any, ...]:
    """What the two files say, as a reader without the lock reads them (times aside)."""
    local = LocalStore.open(store)
    decisions = Decisions.load(store)
    edges = sorted((key, attrs.get("review") or "", len(attrs["evidence"]))
                   for _, _, key, attrs in local.graph.edges(keys=True, data=True))
    return (sorted(local.graph.nodes), edges, sorted(local.aside),
            sorted(decisions.same.items()), sorted(sorted(p) for p in decisions.different),
            [(d.edge, d.decision, d.to, d.note) for d in decisions.edges])


def _prepared(built: Path, folder: Path, before: list[list[str]], ids: dict[str, str]) -> Path:
    store = folder / "store"
    shutil.copytree(built, store)
    for args in before:
        done = _invoke(store, _filled(args, ids))
        assert done.exit_code == 0, done.output
    return store


@pytest.mark.parametrize(("moment", "rename"), MOMENTS,
                         ids=[f"{m}-rename-{n}" for m, n in MOMENTS])
@pytest.mark.parametrize("case", list(CASES))
def test_a_decision_killed_at_any_moment_leaves_both_files_old_or_both_new(
        built: Path, tmp_path: Path, case: str, moment: str, rename: int) -> None:
    before, command = CASES[case]
    ids = _ids(built)
    args = _filled(command, ids)
    reference = _prepared(built, tmp_path / "reference", before, ids)
    old = state(reference)
    finished = _invoke(reference, args)
    assert finished.exit_code == 0, finished.output
    new = state(reference)
    assert new != old  # the command changes something: the check below can fail

    store = _prepared(built, tmp_path / "killed", before, ids)
    killed = subprocess.run([sys.executable, "-c", KILL_AT_RENAME, *args, "--store", str(store)],
                            env=child_env(KILL_MOMENT=moment, KILL_AT_RENAME=str(rename)),
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == 137, killed.stderr
    seen = state(store)
    assert seen in (old, new), "a torn commit: one file old, the other new"
    assert seen == (old if (moment, rename) == ("before", 1) else new)

    again = _invoke(store, args)  # the next writer finishes the commit, or redoes it
    assert "Traceback" not in again.output
    assert again.exit_code == 0 or seen == new, again.output
    assert state(store) == new
    assert sorted(p.name for p in store.iterdir()) == ["decisions.json", "graph.json", "lock"]


def test_a_split_that_takes_back_no_merge_writes_only_the_decisions(built: Path,
                                                                    tmp_path: Path) -> None:
    ids = _ids(built)
    store = _prepared(built, tmp_path, [], ids)
    graph_file = (store / "graph.json").stat().st_ino  # a save renames a new file over it
    done = _invoke(store, ["split", ids["KEEP"], ids["DROP"]])
    assert done.exit_code == 0, done.output
    assert (store / "graph.json").stat().st_ino == graph_file
    assert frozenset((ids["KEEP"], ids["DROP"])) in Decisions.load(store).different
