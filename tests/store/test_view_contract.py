"""The read contract (`View`): the same graph reads back the same from every backend.

The sample graph is written to the embedded store, to a real Neo4j server and (as a
part a selection would give) wrapped in a `NetworkView`; each is read through the View
only and compared with a reference embedded store read the same way.
"""

from __future__ import annotations

import pytest
from figraph.graph.local_store import LocalStore
from figraph.graph.network_view import NetworkView
from figraph.graph.store import View
from sample_graph import CHINA, HAN_DONG, NSICOP, sample_extractions, sample_store


@pytest.fixture(params=["local", "part", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def view(request, tmp_path):
    if request.param == "local":
        yield sample_store(tmp_path)
        return
    if request.param == "part":
        whole = sample_store(tmp_path)
        yield NetworkView(whole.network().copy(), {d["id"]: d for d in whole.documents()})
        return
    from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore

    server = request.getfixturevalue("neo4j_server")
    request.getfixturevalue("clean_neo4j")
    neo = Neo4jStore.connect(
        Neo4jSettings(server.uri, server.user, server.password, server.database), batch_size=2
    )
    neo.ensure_schema()
    for extraction in sample_extractions():
        neo.merge(extraction)
    yield neo
    neo.close()


@pytest.fixture
def reference(tmp_path) -> LocalStore:
    return sample_store(tmp_path / "reference")


def test_every_backend_is_a_view(view):
    assert isinstance(view, View)


def test_actors_and_one_actor(view, reference):
    assert {a.id: a for a in view.actors()} == {a.id: a for a in reference.actors()}
    assert view.actor(HAN_DONG.id) == reference.actor(HAN_DONG.id)
    assert view.actor(HAN_DONG.id).name == "Han Dong"
    assert view.actor("a:nobody") is None


def test_edges_with_their_evidence(view, reference):
    edges = {e.id: e for e in view.edges()}
    assert edges == {e.id: e for e in reference.edges()}
    spoke = next(e for e in edges.values() if e.type == "SPOKE_WITH")
    assert len(spoke.evidence) == 2 and spoke.evidence[0].quote.startswith("Han Dong spoke")


@pytest.mark.parametrize("which", ["SPOKE_WITH", "INTERFERED_IN", "ALLEGED_ASSISTANCE"])
def test_one_edge_by_id(view, reference, which):
    wanted = next(e for e in reference.edges() if e.type == which)
    assert view.edge(wanted.id) == wanted
    assert view.edge("e:nothing") is None


@pytest.mark.parametrize("actor", [HAN_DONG, CHINA, NSICOP], ids=lambda a: a.name)
def test_an_actors_edges_and_neighbours(view, reference, actor):
    mine = {e.id for e in view.actor_edges(actor.id)}
    assert mine == {e.id for e in reference.edges() if actor.id in (e.source, e.target)}
    assert sorted(e.id for e in view.actor_edges(actor.id)) == sorted(mine)  # each once
    pairs = {(e.id, other.id) for e, other in view.adjacent(actor.id)}
    assert pairs == {(e.id, o.id) for e, o in reference.adjacent(actor.id)}
    assert all(actor.id in (e.source, e.target) and other.id != actor.id
               for e, other in view.adjacent(actor.id))
    assert view.mentions(actor.id) == reference.mentions(actor.id)


def test_nsicop_edges_are_none_but_refused_comment(view):
    """NSICOP claims two allegations but is an end of one edge only: a claimant is no end."""
    assert [e.type for e in view.actor_edges(NSICOP.id)] == ["REFUSED_COMMENT"]


def test_documents_and_one_document(view, reference):
    fields = ("id", "title", "path", "url", "date", "format", "n_chars")
    read = {d["id"]: {k: d.get(k) for k in fields} for d in view.documents()}
    assert read == {d["id"]: {k: d.get(k) for k in fields} for d in reference.documents()}
    first = sample_extractions()[0].document
    assert view.document(first.id)["title"] == "Article 1"
    assert view.document("doc:nothing") is None


def test_counts(view, reference):
    assert view.counts() == reference.counts() == {
        "documents": 3, "actors": 9, "edges": 6, "allegations": 2, "evidence": 7}


def test_network_is_the_graph_of_the_view(view, reference):
    graph, expected = view.network(), reference.network()
    assert set(graph.nodes) == set(expected.nodes)
    assert set(graph.edges(keys=True)) == set(expected.edges(keys=True))
    for node in expected.nodes:
        assert graph.nodes[node]["name"] == expected.nodes[node]["name"]
        assert graph.nodes[node]["mentions"] == expected.nodes[node]["mentions"]
    for source, target, key, attrs in expected.edges(keys=True, data=True):
        assert graph.edges[source, target, key]["evidence"] == attrs["evidence"]


@pytest.mark.parametrize("actor", [HAN_DONG, NSICOP], ids=lambda a: a.name)
def test_claims_an_actor_makes(view, reference, actor):
    claimed = sorted(e.id for e in view.claimed(actor.id))
    assert claimed == sorted(e.id for e in reference.edges() if e.claimant == actor.id)
    assert bool(claimed) == (actor is NSICOP)


@pytest.mark.parametrize("actor", [HAN_DONG, CHINA, NSICOP], ids=lambda a: a.name)
def test_the_actor_page_reads_alike_from_every_view(view, reference, actor):
    from figraph.views.actor_page import actor_page

    assert actor_page(view, actor.id) == actor_page(reference, actor.id)
    assert actor_page(view, actor.id, reviewed_only=True)["links"] == []
