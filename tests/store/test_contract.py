"""One contract, every backend: a graph written to either store reads back the same."""

from __future__ import annotations

import pytest
from figraph.graph.local_store import LocalStore
from sample_graph import CHINA, DIPLOMAT, HAN_DONG, sample_extractions


@pytest.fixture(params=["local", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    if request.param == "local":
        yield LocalStore(tmp_path)
        return
    from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore

    server = request.getfixturevalue("neo4j_server")
    request.getfixturevalue("clean_neo4j")
    neo = Neo4jStore.connect(
        Neo4jSettings(server.uri, server.user, server.password, server.database), batch_size=2
    )
    neo.ensure_schema()
    yield neo
    neo.close()


def _merge_all(store):
    for extraction in sample_extractions():
        store.merge(extraction)


def test_counts_after_merge(store):
    _merge_all(store)
    assert store.counts() == {
        "documents": 3,
        "actors": 9,
        "edges": 6,
        "allegations": 2,
        "evidence": 7,
    }


def test_merging_again_changes_nothing(store):
    _merge_all(store)
    before = store.counts()
    _merge_all(store)
    assert store.counts() == before


def test_actors_round_trip(store):
    _merge_all(store)
    actors = {a.id: a for a in store.actors()}
    assert actors[HAN_DONG.id].name == "Han Dong"
    assert actors[HAN_DONG.id].roles == ["MP"]
    assert set(actors[CHINA.id].aliases) >= {"China", "PRC"}


def test_edges_keep_direction_claimant_and_evidence(store):
    _merge_all(store)
    edges = {(e.source, e.type, e.target): e for e in store.edges()}
    works = edges[(DIPLOMAT.id, "WORKS_FOR", CHINA.id)]
    assert works.evidence[0].quote == "The diplomat works for China."
    assert works.evidence[0].start == sample_extractions()[0].document.text.index("The diplomat")
    alleged = [e for e in edges.values() if e.status == "alleged"]
    assert len(alleged) == 2 and all(e.claimant for e in alleged)
    spoke = edges[(HAN_DONG.id, "SPOKE_WITH", DIPLOMAT.id)]
    assert len(spoke.evidence) == 2


def test_documents_listed(store):
    _merge_all(store)
    titles = sorted(d["title"] for d in store.documents())
    assert titles == ["Article 1", "Article 2", "Article 3"]
    first = sample_extractions()[0].document
    assert store.has_document(first.id)
    assert not store.has_document("doc:nothing")


def test_same_graph_in_both_backends(tmp_path, store):
    _merge_all(store)
    local = LocalStore(tmp_path / "reference")
    _merge_all(local)
    assert sorted(e.to_dict()["id"] for e in store.edges()) == sorted(e.id for e in local.edges())
    assert {e.id: e for e in store.edges()} == {e.id: e for e in local.edges()}
