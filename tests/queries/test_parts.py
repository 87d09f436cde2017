"""A query's result gives its part of the graph as a View: the CLI draws it, never rebuilds it."""

from __future__ import annotations

import pytest
from figraph.graph.store import View
from figraph.queries import QUERIES
from sample_graph import CANADA, CHINA, DIPLOMAT, HAN_DONG, sample_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return sample_store(tmp_path_factory.mktemp("store"))


@pytest.mark.parametrize(("ends", "hops"), [((HAN_DONG, CHINA), 2), ((HAN_DONG, CANADA), 3)],
                         ids=["Han Dong-China", "Han Dong-Canada"])
def test_paths_part_holds_the_paths_actors_and_facts(store, ends, hops):
    result = QUERIES["shortest_path"].run_local(store.network(), source=ends[0].id,
                                                 target=ends[1].id, max_hops=hops)
    assert result.paths
    documents = {d["id"]: d for d in store.documents()}
    part = result.part(documents)
    assert isinstance(part, View)
    on_paths = {n["id"] for p in result.paths for n in p.nodes}
    assert {a.id for a in part.actors()} == on_paths
    hops_walked = {h["id"] for p in result.paths for h in p.hops}
    assert {e.id for e in part.edges()} == hops_walked
    for edge in part.edges():
        stored = store.edge(edge.id)
        assert (edge.source, edge.type, edge.target) == (stored.source, stored.type, stored.target)
        assert [e.quote for e in edge.evidence] == [e.quote for e in stored.evidence]
    cited = {e.document for edge in part.edges() for e in edge.evidence}
    assert {d["id"] for d in part.documents()} == cited
    assert part.actor(DIPLOMAT.id).name == DIPLOMAT.name


def test_an_allegation_hop_keeps_its_claimants_name(store):
    """The claimant is on no path: the part's network still names it, for the page."""
    result = QUERIES["shortest_path"].run_local(store.network(), source=CHINA.id,
                                                 target=CANADA.id, max_hops=1)
    [edge] = result.part().network().edges(data=True)
    assert edge[2]["claimant_name"] == "National Security and Intelligence Committee of " \
        "Parliamentarians"


def test_a_selection_is_a_view_holding_the_documents_it_cites(store, tmp_path):
    import networkx as nx
    from figraph.views import select_part
    from figraph.views.export import export_graph
    from sample_graph import LIBERAL, sample_extractions

    part = select_part(store, actor_ids=[HAN_DONG.id], hops=1)
    assert isinstance(part, View)
    assert {a.id for a in part.actors()} == {HAN_DONG.id, DIPLOMAT.id, LIBERAL.id}
    first, _, third = (e.document.id for e in sample_extractions())
    assert {d["id"] for d in part.documents()} == {first, third}
    assert part.counts()["edges"] == 2 and store.counts()["edges"] == 6  # the store untouched
    [graphml] = export_graph(part, "graphml", tmp_path / "part.graphml")
    back = nx.read_graphml(graphml)
    assert set(back.nodes) == {HAN_DONG.id, DIPLOMAT.id, LIBERAL.id}
    assert back.number_of_edges() == 2
