"""The build commands end to end: real files, the real extractor, a temporary store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from typer.testing import CliRunner

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED = next(SEEDS.glob("*.txt"))
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store = tmp_path_factory.mktemp("store")
    result = run("build", SEEDS, "--store", store)
    assert result.exit_code == 0, result.output
    return store, result.output


def test_build_summarises_and_stores(built):
    store, output = built
    assert "documents: 1 read, 1 added" in output
    counts = LocalStore.open(store).counts()
    assert counts["documents"] == 1 and counts["actors"] >= 10 and counts["edges"] >= 10


def test_building_again_changes_nothing(built, tmp_path):
    """The same text under a second name is the same document: only its list of sources
    grows; actors, edges and evidence are byte for byte what they were."""
    store, _ = built
    head, _, body = (store / "graph.json").read_bytes().partition(b"\n")
    copy = tmp_path / "renamed.txt"
    shutil.copy(SEED, copy)
    result = run("build", SEEDS, copy, "--store", store)
    assert result.exit_code == 0
    assert "0 added, 2 unchanged" in result.output
    assert "changed since it was last read" not in result.stderr
    head_after, _, body_after = (store / "graph.json").read_bytes().partition(b"\n")
    assert body_after == body
    (document,) = LocalStore.open(store).documents()
    assert len(document["sources"]) == 2 and str(copy) in document["sources"]


def test_bad_files_are_named_and_the_rest_is_built(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "old.txt").write_bytes(
        "Minister Dominic LeBlanc met Han Dong in Ottawa.\n".encode("cp1252")
    )
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    store = tmp_path / "store"
    result = run(
        "build",
        tmp_path / "empty.txt",
        tmp_path / "binary.txt",
        tmp_path / "old.txt",
        tmp_path / "broken.pdf",
        SEED,
        "--store",
        store,
    )
    assert result.exit_code == 1
    lines = result.output.splitlines()
    for name in ("empty.txt", "binary.txt", "broken.pdf"):
        assert sum(name in line for line in lines) == 1, result.output
    assert LocalStore.open(store).counts()["documents"] == 2


def test_extract_prints_contract_json_only():
    result = runner.invoke(app, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    names = {e["name"] for e in data["entities"]}
    assert {"Han Dong", "Dominic LeBlanc"} <= names
    ids = {e["id"] for e in data["entities"]}
    assert all(
        r["source"] in ids and r["target"] in ids and r["evidence"] for r in data["relations"]
    )


def test_actors_stats_and_export(built, tmp_path):
    store, _ = built
    actors = json.loads(run("actors", "--store", store, "--json", "--type", "Person").output)
    assert actors and all(a["type"] == "Person" for a in actors)
    assert actors == sorted(actors, key=lambda a: (-a["degree"], a["name"]))
    stats = json.loads(run("stats", "--store", store, "--json").output)
    assert stats["actors"] == sum(stats["actors_by_type"].values())
    for fmt in ("json", "graphml", "gexf", "csv"):
        result = run("export", tmp_path / f"g.{fmt}", "--format", fmt, "--store", store)
        assert result.exit_code == 0 and "wrote" in result.output


def test_unknown_type_and_format_are_bad_input(built, tmp_path):
    store, _ = built
    assert run("actors", "--store", store, "--type", "Alien").exit_code == 2
    assert run("export", tmp_path / "x", "--format", "xls", "--store", store).exit_code == 2


def test_score_against_own_gold(tmp_path):
    pred = tmp_path / "pred.json"
    pred.write_text(runner.invoke(app, ["extract", str(SEED)]).stdout)
    gold = Path(__file__).parents[1] / "data" / "eval" / "seed.json"
    result = run("score", pred, gold)
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1].startswith("entity_f1=")


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for command in app.registered_commands:
        assert f"figraph {command.name}" in readme, command.name
    for group in app.registered_groups:
        assert f"figraph {group.name}" in readme, group.name
