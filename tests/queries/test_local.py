"""The named queries on the networkx backend, over a graph built through the real store API.

The graph: Han Dong spoke (and met) with a Chinese diplomat who works for China;
NSICOP alleges Han Dong assisted China, and that China interfered in Canada;
China detained Kovrig and Spavor; Canada is a hub linked to most actors.
"""

from __future__ import annotations

import random
import time

import networkx as nx
import pytest
from figraph.queries import QUERIES
from query_graph import (
    CANADA,
    CHINA,
    DIPLOMAT,
    HAN_DONG,
    INDIA,
    KOVRIG,
    MPS,
    NSICOP,
    SPAVOR,
    build_store,
)


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return build_store().graph


def run(name, graph, **params):
    return QUERIES[name].run_local(graph, **params)


def names(path) -> list[str]:
    return [node["name"] for node in path.nodes]


def arrows(path) -> list[tuple[str, str]]:
    return [(hop["type"], hop["direction"]) for hop in path.hops]


# -- shortest_path -----------------------------------------------------------------------


def test_shortest_path_prefers_the_direct_fact(graph):
    result = run("shortest_path", graph, source=HAN_DONG.id, target=CHINA.id)
    assert [names(p) for p in result.paths] == [["Han Dong", "People's Republic of China"]]
    hop = result.paths[0].hops[0]
    assert (hop["type"], hop["claimant_name"], hop["status"]) == (
        "ALLEGED_ASSISTANCE", NSICOP.name, "alleged")
    assert hop["evidence"][0]["quote"] == "NSICOP alleges Han Dong assisted China."


def test_confirmed_only_walks_through_the_diplomat(graph):
    result = run("shortest_path", graph, source=HAN_DONG.id, target=CHINA.id, confirmed_only=True)
    assert [names(p) for p in result.paths] == [
        ["Han Dong", DIPLOMAT.name, "People's Republic of China"]]
    best = result.paths[0]
    assert arrows(best) == [("SPOKE_WITH", "forward"), ("WORKS_FOR", "forward")]
    spoke = best.hops[0]
    assert len(spoke["evidence"]) == 2
    assert [o["type"] for o in spoke["others"]] == ["MET_WITH"]
    assert {p.allegation_hops for p in result.paths} == {0}


def test_walking_against_a_fact_keeps_its_direction(graph):
    result = run("shortest_path", graph, source=CHINA.id, target=HAN_DONG.id, confirmed_only=True)
    best = result.paths[0]
    assert names(best) == ["People's Republic of China", DIPLOMAT.name, "Han Dong"]
    assert arrows(best) == [("WORKS_FOR", "backward"), ("SPOKE_WITH", "backward")]
    assert (best.hops[0]["source"], best.hops[0]["target"]) == (DIPLOMAT.id, CHINA.id)


def test_all_shortest_paths_are_listed_best_evidenced_first(graph):
    result = run("shortest_path", graph, source=KOVRIG.id, target=SPAVOR.id)
    assert sorted(names(p)[1] for p in result.paths) == ["Canada", "People's Republic of China"]
    assert all(p.length == 2 for p in result.paths)
    evidence = [p.evidence_count for p in result.paths]
    assert evidence == sorted(evidence, reverse=True)


def test_excluding_the_hub(graph):
    result = run("shortest_path", graph, source=KOVRIG.id, target=SPAVOR.id, exclude=[CANADA.id])
    assert [names(p) for p in result.paths] == [
        ["Michael Kovrig", "People's Republic of China", "Michael Spavor"]]


def test_edge_types_filter(graph):
    result = run("shortest_path", graph, source=HAN_DONG.id, target=KOVRIG.id,
                 edge_types="SPOKE_WITH,WORKS_FOR,DETAINED")
    assert [names(p) for p in result.paths] == [
        ["Han Dong", DIPLOMAT.name, "People's Republic of China", "Michael Kovrig"]]
    assert arrows(result.paths[0])[-1] == ("DETAINED", "forward")


def test_node_types_filter_limits_pass_through_only(graph):
    result = run("shortest_path", graph, source=HAN_DONG.id, target=INDIA.id,
                 node_types=["Legislature", "Person"])
    assert [names(p) for p in result.paths] == [
        ["Han Dong", "House of Commons", MPS.name, "India"]]
    none = run("shortest_path", graph, source=HAN_DONG.id, target=INDIA.id, node_types="Person")
    assert none.paths == []


def test_hop_bound_is_respected(graph):
    result = run("shortest_path", graph, source=HAN_DONG.id, target=KOVRIG.id, max_hops=1)
    assert result.paths == []


def test_limit_truncates(graph):
    result = run("shortest_path", graph, source=KOVRIG.id, target=SPAVOR.id, limit=1)
    assert len(result.paths) == 1 and result.truncated


def test_unknown_actor_and_bad_bounds(graph):
    with pytest.raises(ValueError, match="unknown actor"):
        run("shortest_path", graph, source="a:nobody", target=CHINA.id)
    with pytest.raises(ValueError, match="max_hops"):
        run("shortest_path", graph, source=HAN_DONG.id, target=CHINA.id, max_hops=9)
    with pytest.raises(ValueError, match="relation type"):
        run("shortest_path", graph, source=HAN_DONG.id, target=CHINA.id, edge_types="LIKES")


# -- all_paths ---------------------------------------------------------------------------


def test_all_paths_shortest_then_best_evidenced(graph):
    result = run("all_paths", graph, source=HAN_DONG.id, target=CHINA.id, max_hops=3, limit=20)
    lengths = [p.length for p in result.paths]
    assert lengths == sorted(lengths) and lengths[0] == 1
    two_hops = [p for p in result.paths if p.length == 2]
    assert names(two_hops[0]) == ["Han Dong", DIPLOMAT.name, "People's Republic of China"]
    keys = [(p.length, -p.evidence_count, p.allegation_hops) for p in result.paths]
    assert keys == sorted(keys)
    assert all(len({n["id"] for n in p.nodes}) == len(p.nodes) for p in result.paths)


def test_all_paths_stop_after_the_tier_that_fills_the_limit(graph):
    result = run("all_paths", graph, source=HAN_DONG.id, target=CHINA.id, max_hops=4, limit=2)
    assert [p.length for p in result.paths] == [1, 2] and result.truncated


def test_all_paths_without_the_hub(graph):
    result = run("all_paths", graph, source=KOVRIG.id, target=HAN_DONG.id, max_hops=4,
                 limit=50, exclude=[CANADA.id])
    assert result.paths
    assert all(CANADA.id not in {n["id"] for n in p.nodes} for p in result.paths)
    assert names(result.paths[0]) == ["Michael Kovrig", "People's Republic of China", "Han Dong"]


def _brute_force(g: nx.MultiDiGraph, s: str, t: str, k: int) -> set[tuple[str, ...]]:
    simple = nx.Graph(g.to_undirected())
    return {tuple(p) for p in nx.all_simple_paths(simple, s, t, cutoff=k)}


@pytest.mark.parametrize("seed", range(8))
def test_all_paths_match_brute_force_on_random_graphs(seed):
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    nodes = [f"n{i}" for i in range(14)]
    for node in nodes:
        g.add_node(node, kind="Actor", name=node, type="Person")
    for i in range(30):
        u, v = rng.sample(nodes, 2)
        g.add_edge(u, v, key=f"e{i}", id=f"e{i}", source=u, target=v, type="MET_WITH",
                   status="stated", evidence=[])
    s, t = nodes[0], nodes[1]
    expected = _brute_force(g, s, t, 4)
    result = run("all_paths", g, source=s, target=t, max_hops=4, limit=10_000, seconds=30)
    assert {tuple(n["id"] for n in p.nodes) for p in result.paths} == expected


def _hub_graph() -> nx.MultiDiGraph:
    """3,000 actors all linked to one hub, plus 20,000 random links."""
    g = nx.MultiDiGraph()
    rng = random.Random(1)
    for i in range(3000):
        g.add_node(f"n{i}", kind="Actor", name=f"n{i}", type="Person")
    g.add_node("hub", kind="Actor", name="hub", type="State")
    edges = [(f"n{i}", "hub") for i in range(3000)]
    edges += [(f"n{rng.randrange(3000)}", f"n{rng.randrange(3000)}") for _ in range(20_000)]
    for i, (u, v) in enumerate(edges):
        g.add_edge(u, v, key=f"e{i}", id=f"e{i}", source=u, target=v, type="MET_WITH",
                   status="stated", evidence=[])
    return g


def test_path_search_keeps_its_time_budget_next_to_a_hub():
    from figraph.queries.filters import PathFilter
    from figraph.queries.walk import path_tiers

    g = _hub_graph()
    started = time.perf_counter()
    found, cut = path_tiers(g, "n1", "n2", 6, PathFilter(), want=10**7, cap=10**7, seconds=0.3)
    assert time.perf_counter() - started < 1.5  # the budget, plus slack for a busy machine
    assert cut and len(found) > 1000
    assert len({tuple(p) for p in found}) == len(found)


def test_top_paths_next_to_a_hub_are_quick_and_shortest_first():
    g = _hub_graph()
    started = time.perf_counter()
    result = run("all_paths", g, source="n1", target="hub", max_hops=4, limit=10)
    assert time.perf_counter() - started < 1.5
    assert [p.length for p in result.paths][:1] == [1] and len(result.paths) == 10


# -- ego_network, common_connections -----------------------------------------------------


def test_ego_network_one_hop(graph):
    result = run("ego_network", graph, actor=HAN_DONG.id)
    rows = result.records()
    assert {r["name"] for r in rows} == {
        DIPLOMAT.name, "People's Republic of China", "House of Commons", "Canada"}
    assert {r["edge_type"] for r in rows if r["id"] == DIPLOMAT.id} == {"SPOKE_WITH", "MET_WITH"}
    assert all(r["distance"] == 1 and r["via"] == HAN_DONG.id for r in rows)


def test_ego_network_two_hops_says_through_whom(graph):
    result = run("ego_network", graph, actor=HAN_DONG.id, hops=2, exclude=[CANADA.id],
                 confirmed_only=True)
    far = {(r["name"], r["via_name"]) for r in result.records() if r["distance"] == 2}
    assert (("People's Republic of China", DIPLOMAT.name) in far
            and (MPS.name, "House of Commons") in far)
    assert all(r["id"] != CANADA.id for r in result.records())


def test_common_connections(graph):
    result = run("common_connections", graph, a=KOVRIG.id, b=SPAVOR.id)
    rows = result.records()
    assert [r["name"] for r in rows] == ["Canada", "People's Republic of China"]
    china = rows[1]
    assert [link["type"] for link in china["links_a"]] == ["DETAINED"]
    assert china["links_a"][0]["source"] == CHINA.id
    assert run("common_connections", graph, a=KOVRIG.id, b=SPAVOR.id,
               exclude=[CANADA.id]).records()[0]["id"] == CHINA.id


# -- allegations, edge_documents, timeline -----------------------------------------------


def test_allegations_by_and_against(graph):
    made = run("allegations", graph, actor=NSICOP.id, side="by").records()
    assert {(r["source_name"], r["type"], r["target_name"]) for r in made} == {
        ("Han Dong", "ALLEGED_ASSISTANCE", "People's Republic of China"),
        ("People's Republic of China", "INTERFERED_IN", "Canada"),
        (MPS.name, "ALLEGED_ASSISTANCE", "India"),
    }
    against = run("allegations", graph, actor=HAN_DONG.id).records()
    assert [(r["side"], r["claimant_name"], r["status"]) for r in against] == [
        ("against", NSICOP.name, "alleged")]
    assert against[0]["evidence"][0]["document_title"] == "NSICOP report"
    with pytest.raises(ValueError, match="side"):
        run("allegations", graph, actor=HAN_DONG.id, side="sideways")


def test_edge_documents_between_two_actors(graph):
    rows = run("edge_documents", graph, a=DIPLOMAT.id, b=HAN_DONG.id).records()
    assert [(r["type"], r["document_title"]) for r in rows] == [
        ("SPOKE_WITH", "Article three"), ("SPOKE_WITH", "Article one"),
        ("MET_WITH", "NSICOP report"),
    ]
    assert rows[1]["url"] == "https://example.org/1"


def test_edge_documents_by_edge_id(graph):
    edge_id = next(k for _, _, k, kind in graph.edges(keys=True, data="type")
                   if kind == "WORKS_FOR")
    rows = run("edge_documents", graph, edge=edge_id).records()
    assert [r["quote"] for r in rows] == ["The diplomat works for China."]
    with pytest.raises(ValueError):
        run("edge_documents", graph, a=HAN_DONG.id)


def test_timeline_sorted_by_date_undated_last(graph):
    rows = run("timeline", graph, actor=HAN_DONG.id).records()
    dates = [r["date"] for r in rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[: len(dated)] == dated
    assert rows[0]["document_title"] == "Article three"
    assert rows[-1]["type"] == "RELATED_TO" and rows[-1]["date"] == ""
    no_undated = run("timeline", graph, actor=HAN_DONG.id, include_undated=False)
    assert all(r["date"] for r in no_undated.records())


# -- foreign_links, brokers --------------------------------------------------------------


def test_foreign_links_through_persons(graph):
    result = run("foreign_links", graph, actor=HAN_DONG.id)
    targets = {p.nodes[-1]["name"] for p in result.paths}
    assert targets == {"People's Republic of China"}  # Canada is home; India only via the House
    confirmed = run("foreign_links", graph, actor=HAN_DONG.id, confirmed_only=True)
    assert names(confirmed.paths[0]) == ["Han Dong", DIPLOMAT.name, "People's Republic of China"]


def test_foreign_links_via_other_types(graph):
    result = run("foreign_links", graph, actor=HAN_DONG.id, via="Person,Legislature")
    india = [p for p in result.paths if p.nodes[-1]["id"] == INDIA.id]
    assert [names(p) for p in india] == [["Han Dong", "House of Commons", MPS.name, "India"]]
    home = run("foreign_links", graph, actor=KOVRIG.id, home=["Canada", "china"])
    assert home.paths == []


def test_brokers_between_persons_and_states(graph):
    # MPs are Han Dong and the parliamentarians; Canada may be an end but not a go-between.
    rows = run("brokers", graph, group_a="MP", group_b="State", max_hops=3,
               exclude=[CANADA.id]).records()
    assert [(r["name"], r["score"]) for r in rows] == [
        ("House of Commons", 2.0), (MPS.name, 1.0), ("Han Dong", 1.0)]
    confirmed = run("brokers", graph, group_a="MP", group_b="State", max_hops=3,
                    exclude=[CANADA.id], confirmed_only=True).records()
    assert [(r["name"], r["score"]) for r in confirmed] == [(DIPLOMAT.name, 1.0)]


def test_brokers_match_networkx_subset_betweenness():
    rng = random.Random(3)
    g = nx.MultiDiGraph()
    for i in range(40):
        g.add_node(f"n{i}", kind="Actor", name=f"n{i}", type="State" if i < 5 else "Person")
    for i in range(90):
        u, v = rng.sample(list(g.nodes), 2)
        g.add_edge(u, v, key=f"e{i}", id=f"e{i}", source=u, target=v, type="MET_WITH",
                   status="stated", evidence=[])
    persons = [n for n in g if g.nodes[n]["type"] == "Person"]
    states = [n for n in g if g.nodes[n]["type"] == "State"]
    expected = nx.betweenness_centrality_subset(nx.Graph(g.to_undirected()), persons, states)
    rows = run("brokers", g, max_hops=6, limit=1000).records()
    got = {r["id"]: r["score"] for r in rows}
    want = {n: round(2 * v, 6) for n, v in expected.items() if v > 0}  # nx halves undirected
    assert got.keys() == want.keys()
    assert all(abs(got[n] - want[n]) < 1e-5 for n in want)


# -- registry ---------------------------------------------------------------------------


def test_every_query_has_a_cypher_twin_and_described_params():
    from figraph.queries.runner import cypher_text

    for name, module in QUERIES.items():
        text = cypher_text(name, max_hops=3, hops=2)
        assert "$" in text and "{{" not in text, name
        assert module.description and all(p.help for p in module.params), name
