"""The investigator's workflow on the embedded store, and Neo4j in step at the next push.

On the real server: after each change a user makes with the CLI (remove a document,
confirm, reject or retype an edge, merge and unmerge actors), `figraph neo4j push`
leaves Neo4j equal, element by element, to a push of the same store into an empty
database; `push --reviewed` holds the reviewed edges only, and `path --reviewed` on
Neo4j answers as it does locally.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Edge
from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore
from figraph.graph.sync import push
from neo4j_dump import dump
from sample_graph import CHINA, DIPLOMAT, HAN_DONG, LIBERAL, sample_store
from typer.testing import CliRunner

pytestmark = pytest.mark.neo4j
runner = CliRunner()
SPOKE = Edge(HAN_DONG.id, DIPLOMAT.id, "SPOKE_WITH").id
WORKS = Edge(DIPLOMAT.id, CHINA.id, "WORKS_FOR").id
FORMER = Edge(HAN_DONG.id, LIBERAL.id, "FORMER_MEMBER_OF").id


@pytest.fixture
def neo(neo4j_server, clean_neo4j):
    settings = Neo4jSettings(neo4j_server.uri, neo4j_server.user, neo4j_server.password,
                             neo4j_server.database)
    store = Neo4jStore.connect(settings, batch_size=2)
    yield store
    store.close()


@pytest.fixture
def env(neo4j_server) -> dict[str, str]:
    return {"NEO4J_URI": neo4j_server.uri, "NEO4J_USERNAME": neo4j_server.user,
            "NEO4J_PASSWORD": neo4j_server.password, "NEO4J_DATABASE": neo4j_server.database}


def figraph(store: Path, env: dict[str, str], *args: str):
    result = runner.invoke(app, [*args, "--store", str(store)], env=env)
    assert result.exit_code == 0, result.output
    return result


def pushed_equals_fresh(store: Path, neo: Neo4jStore, env: dict[str, str],
                        *flags: str) -> tuple[list, list]:
    """Push with the CLI onto what Neo4j holds, then compare with a push into an empty one."""
    figraph(store, env, "neo4j", "push", *flags)
    after = dump(neo)
    push(LocalStore.open(store), neo, wipe=True, reviewed_only="--reviewed" in flags)
    assert after == dump(neo)
    return after


def relationships(rels: list) -> dict[str, dict]:
    """Edge id -> its properties (as `dump` gives them: repr'd values); no MENTIONS."""
    return {dict(props)["id"].strip("'"): dict(props) for kind, *_, props in rels
            if kind != "MENTIONS"}


def test_each_change_is_followed_by_the_next_push(neo, env, tmp_path):
    store = sample_store(tmp_path / "store")
    store.save()
    path = store.path
    pushed_equals_fresh(path, neo, env)

    figraph(path, env, "confirm", SPOKE, "--note", "checked")
    _, rels = pushed_equals_fresh(path, neo, env)
    assert relationships(rels)[SPOKE]["review"] == "'confirmed'"
    assert relationships(rels)[SPOKE]["review_note"] == "'checked'"

    figraph(path, env, "reject", WORKS)
    _, rels = pushed_equals_fresh(path, neo, env)
    assert WORKS not in relationships(rels)

    figraph(path, env, "retype", FORMER, "MEMBER_OF")
    _, rels = pushed_equals_fresh(path, neo, env)
    moved = Edge(HAN_DONG.id, LIBERAL.id, "MEMBER_OF").id
    assert FORMER not in relationships(rels) and relationships(rels)[moved]["review"] == \
        "'retyped'"

    figraph(path, env, "merge", "Han Dong", DIPLOMAT.id)
    nodes, _ = pushed_equals_fresh(path, neo, env)
    assert repr(DIPLOMAT.id) not in {dict(p)["id"] for _, p in nodes}

    figraph(path, env, "unmerge", DIPLOMAT.id)
    nodes, rels = pushed_equals_fresh(path, neo, env)
    assert repr(DIPLOMAT.id) in {dict(p)["id"] for _, p in nodes}
    assert relationships(rels)[SPOKE]["review"] == "'confirmed'"

    figraph(path, env, "remove", "Article 2")
    pushed_equals_fresh(path, neo, env)
    assert neo.counts() == LocalStore.open(path).counts()
    assert neo.counts()["documents"] == 2


def test_a_reviewed_push_holds_the_reviewed_edges_only(neo, env, tmp_path):
    store = sample_store(tmp_path / "store")
    store.save()
    path = store.path
    figraph(path, env, "neo4j", "push")
    assert neo.counts()["edges"] == 6
    figraph(path, env, "confirm", SPOKE)
    figraph(path, env, "confirm", WORKS)
    _, rels = pushed_equals_fresh(path, neo, env, "--reviewed")
    assert set(relationships(rels)) == {SPOKE, WORKS}
    assert neo.counts()["actors"] == LocalStore.open(path).counts()["actors"]
    local = json.loads(figraph(path, env, "path", "Han Dong", "China", "--reviewed",
                               "--json").stdout)
    remote = json.loads(figraph(path, env, "path", "Han Dong", "China", "--reviewed",
                                "--json", "--backend", "neo4j").stdout)
    assert remote["paths"] == local["paths"] and len(local["paths"][0]["hops"]) == 2
    figraph(path, env, "neo4j", "push")  # without --reviewed: everything again
    assert neo.counts() == LocalStore.open(path).counts()
