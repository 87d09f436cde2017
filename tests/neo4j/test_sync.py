"""After any change to the store, `figraph neo4j push` leaves Neo4j equal to a fresh push.

Each test changes the store the way a user does (a merge, a split applied by a rebuild,
a file read again after an edit, a document removed), pushes onto the database that
holds the earlier state, dumps every node and relationship with its labels and
properties, then empties the database, pushes the same store into it, dumps again,
and compares the two dumps element by element, on the real server.
"""

from __future__ import annotations

import pytest
from figraph.cli import app
from figraph.graph.decisions import Decisions
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore
from figraph.graph.store import StoreError
from figraph.graph.sync import push
from neo4j_dump import dump
from sample_graph import (
    CHINA,
    DIPLOMAT,
    HAN_DONG,
    INDIA,
    actor,
    document,
    fact,
    sample_extractions,
    sample_store,
)
from typer.testing import CliRunner

pytestmark = pytest.mark.neo4j
runner = CliRunner()


@pytest.fixture
def neo(neo4j_server, clean_neo4j):
    settings = Neo4jSettings(neo4j_server.uri, neo4j_server.user, neo4j_server.password,
                             neo4j_server.database)
    store = Neo4jStore.connect(settings, batch_size=2)
    yield store
    store.close()




def assert_equals_fresh_push(local: LocalStore, neo: Neo4jStore) -> tuple[list, list]:
    """Push incrementally, then compare with a push of the same store into an empty database."""
    push(local, neo)
    after_changes = dump(neo)
    push(local, neo, wipe=True)
    fresh = dump(neo)
    assert after_changes[0] == fresh[0]  # nodes: labels and every property
    assert after_changes[1] == fresh[1]  # relationships: type, ends and every property
    assert neo.counts() == local.counts()
    return fresh


def merged(local: LocalStore, keep: str, drop: str) -> LocalStore:
    decisions = Decisions.load(local.path)
    decisions.merge(keep, drop)
    decisions.save()
    local.apply_decisions(decisions)
    return local


def test_nothing_changed_nothing_sent(neo, tmp_path):
    local = sample_store(tmp_path)
    first = push(local, neo)
    assert (first.documents, first.edges) == (3, 6)
    again = push(local, neo)
    assert again.summary() == "pushed 0 documents, 0 actors, 0 edges"


def test_after_a_merge(neo, tmp_path):
    local = sample_store(tmp_path)
    push(local, neo)
    merged(local, HAN_DONG.id, DIPLOMAT.id)  # the kept actor gains the Diplomat role
    report = push(local, neo)
    # WORKS_FOR moved onto the kept actor, SPOKE_WITH between the two gone
    assert (report.removed_actors, report.removed_edges) == (1, 2)
    nodes, rels = assert_equals_fresh_push(local, neo)
    assert repr(DIPLOMAT.id) not in {dict(p).get("id") for _, p in nodes}
    han = next(labels for labels, p in nodes if ("name", "'Han Dong'") in p)
    assert han == ["Actor", "Diplomat", "MP", "Person"]
    assert ("WORKS_FOR", HAN_DONG.id, CHINA.id) in {r[:3] for r in rels}


def test_after_a_split_applied_by_a_rebuild(neo, tmp_path):
    """A split takes effect when the documents are built again into a fresh store: the
    database holding the merged actor must give both actors back, each with its labels."""
    before = merged(sample_store(tmp_path / "merged"), HAN_DONG.id, DIPLOMAT.id)
    push(before, neo)
    rebuilt = sample_store(tmp_path / "split")
    report = push(rebuilt, neo)
    assert report.actors >= 2 and report.removed_edges >= 1
    nodes, _ = assert_equals_fresh_push(rebuilt, neo)
    han = next(ls for ls, p in nodes if ("name", "'Han Dong'") in p)
    assert han == ["Actor", "MP", "Person"]  # the Diplomat label went with the split


def test_after_a_file_is_read_again_changed(neo, tmp_path):
    local = sample_store(tmp_path)
    path = str(tmp_path / "report.txt")
    old = document("India interfered in Canada. China met India.", path=path)
    local.merge(Extraction(old, [INDIA, CHINA], [
        fact(old, CHINA, "MET_WITH", INDIA, "China met India.")], {INDIA.id: 1, CHINA.id: 1}))
    push(local, neo)
    new = document("China met India on 1 May 2023. A second paragraph.", path=path)
    edge = fact(new, CHINA, "MET_WITH", INDIA, "China met India on 1 May 2023.")
    edge.date = "1 May 2023"
    stats = local.merge(Extraction(new, [INDIA, CHINA], [edge], {INDIA.id: 1, CHINA.id: 1}))
    assert stats.replaced == [old.id] and not local.has_document(old.id)
    report = push(local, neo)
    assert report.removed_documents == 1
    _, rels = assert_equals_fresh_push(local, neo)
    met = next(dict(p) for t, *_, p in rels if t == "MET_WITH")
    assert met["date"] == "'2023-05-01'" and met["date_text"] == "'1 May 2023'"
    assert met["date_start"] == met["date_end"] == "neo4j.time.Date(2023, 5, 1)"
    assert old.id not in met["evidence_documents"]


def test_after_a_document_and_its_only_actors_are_removed(neo, tmp_path):
    local = sample_store(tmp_path)
    lone = actor("Lone Witness", "Person")
    doc = document("Lone Witness met China.")
    local.merge(Extraction(doc, [lone, CHINA], [fact(doc, lone, "MET_WITH", CHINA, doc.text)],
                           {lone.id: 1, CHINA.id: 1}))
    push(local, neo)
    local.remove_document(doc.id)
    assert local.actor(lone.id) is None
    report = push(local, neo)
    assert (report.removed_documents, report.removed_actors, report.removed_edges) == (1, 1, 1)
    assert_equals_fresh_push(local, neo)


def test_a_database_of_another_store_is_not_emptied(neo, tmp_path):
    push(sample_store(tmp_path / "a"), neo)
    other = LocalStore(tmp_path / "b")
    doc = document("India met China.")
    other.merge(Extraction(doc, [INDIA, CHINA], [fact(doc, INDIA, "MET_WITH", CHINA, doc.text)],
                           {INDIA.id: 1, CHINA.id: 1}))
    before = neo.counts()
    with pytest.raises(StoreError, match="none of them in this store"):
        push(other, neo)
    assert neo.counts() == before
    push(other, neo, wipe=True)
    assert neo.counts() == other.counts()


def test_wipe_needs_yes_without_a_terminal(neo4j_server, neo, tmp_path, monkeypatch):
    sample_store(tmp_path).save()
    push(sample_store(tmp_path / "x"), neo)
    for key, value in (("NEO4J_URI", neo4j_server.uri), ("NEO4J_USERNAME", neo4j_server.user),
                       ("NEO4J_PASSWORD", neo4j_server.password)):
        monkeypatch.setenv(key, value)
    refused = runner.invoke(app, ["neo4j", "push", "--store", str(tmp_path), "--wipe"])
    assert refused.exit_code == 2 and "--yes" in refused.output
    assert neo.counts()["documents"] == 3  # nothing was deleted
    done = runner.invoke(app, ["neo4j", "push", "--store", str(tmp_path), "--wipe", "--yes"])
    assert done.exit_code == 0, done.output
    assert neo.counts() == LocalStore.open(tmp_path).counts()


def test_same_store_pushed_by_extractions_and_by_merges_agree(neo, tmp_path):
    """Neo4jStore.merge (a build straight into Neo4j) folds actors as the local store does."""
    for extraction in sample_extractions():
        neo.merge(extraction)
    local = sample_store(tmp_path)
    assert {a.id: a for a in neo.actors()} == {a.id: a for a in local.actors()}
