"""Unit tests of the HTML views: data embedding, escaping, legend, edge styles, selection.

The graphs are built through the real store (`LocalStore.merge`), so their shape
is the one a user's store has. The browser half is in tests/views/test_browser.py.
"""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from figraph.graph.local_store import LocalStore
from figraph.views import render_html, select_subgraph, write_html
from figraph.views.html import embed_json
from figraph.views.payload import EDGE_FIELDS, NODE_FIELDS
from html_story import HOSTILE, SCRIPT_CLOSER, actor_id, payload_of, story_documents, story_store


@pytest.fixture(scope="module")
def store() -> LocalStore:
    return story_store()


@pytest.fixture(scope="module")
def page(store: LocalStore) -> str:
    return render_html(
        store.graph,
        title="Story <b>&</b>",
        documents=story_documents(store),
        highlight=[actor_id("Han Dong")],
    )


# -- embedding and escaping -----------------------------------------------------


def test_embed_json_escapes_what_could_end_the_script_block() -> None:
    value = {"name": "</script><!-- & \u2028 \u2029 >"}
    text = embed_json(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_hostile_names_never_reach_the_page_as_markup(page: str) -> None:
    assert HOSTILE not in page
    assert SCRIPT_CLOSER not in page
    assert "<b>" not in page.split("<body")[1].split("<script")[0]
    # Only our three script elements close: the data cannot close one early.
    assert page.lower().count("</script") == 3
    names = [row[NODE_FIELDS.index("name")] for row in payload_of(page)["nodes"]]
    assert HOSTILE in names and SCRIPT_CLOSER in names


def test_title_is_escaped_in_the_head(page: str) -> None:
    assert "<title>Story &lt;b&gt;&amp;&lt;/b&gt;</title>" in page
    assert payload_of(page)["title"] == "Story <b>&</b>"


def test_page_loads_nothing_from_the_network(page: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"<link\b|<script[^>]*\bsrc=|@import|url\(\s*['\"]?https?:", page, re.I)
    assert "bootstrap" not in page.lower()
    assert "default-src 'none'" in page  # the browser enforces it too
    assert "vis-network" in page and "new vis.Network" in page  # inlined, not fetched


# -- what the page shows ----------------------------------------------------------


def test_legend_lists_present_types_in_vocabulary_order(page: str) -> None:
    data = payload_of(page)
    assert [(t["name"], t["count"]) for t in data["nodeTypes"]] == [
        ("Person", 5),
        ("State", 2),
        ("Commission", 1),
        ("Committee", 1),
        ("Legislature", 1),
        ("Organization", 1),
    ]
    shapes = {t["name"]: t["shape"] for t in data["nodeTypes"]}
    assert shapes["Person"] != shapes["State"]
    kinds = {k["name"]: k for k in data["edgeKinds"]}
    assert kinds["Allegation"]["dashes"] and not kinds["Relationship"]["dashes"]
    assert kinds["Allegation"]["color"] != kinds["Relationship"]["color"]


def test_allegations_are_marked_and_labelled_readably(page: str) -> None:
    relations = {r["name"]: r for r in payload_of(page)["relations"]}
    assert relations["ALLEGED_ASSISTANCE"]["allegation"]
    assert relations["ALLEGED_ASSISTANCE"]["label"] == "alleged assistance"
    assert not relations["MET_WITH"]["allegation"] and relations["MET_WITH"]["symmetric"]


def _edge(data: dict, relation: str, status: str | None = None) -> dict:
    names = [r["name"] for r in data["relations"]]
    for row in data["edges"]:
        edge = dict(zip(EDGE_FIELDS, row, strict=False))
        if names[edge["relation"]] == relation and status in (None, edge["status"]):
            return edge
    raise AssertionError(f"no {relation} edge")


def test_edges_carry_their_evidence_claimant_and_hedges(page: str) -> None:
    data = payload_of(page)
    alleged = _edge(data, "ALLEGED_ASSISTANCE")
    assert alleged["claimant"] == "NSICOP" and alleged["hedges"] == ["knowingly"]
    quote, doc_id, page_no, *_context = alleged["evidence"][0]
    assert quote.startswith("NSICOP says MPs knowingly") and page_no == 12
    assert data["documents"][doc_id]["title"] == "NSICOP report <coverage>"
    assert data["documents"][doc_id]["url"] == "https://example.org/nsicop?a=1&b=2"
    spoke = _edge(data, "SPOKE_WITH")
    assert len(spoke["evidence"]) == 2  # the same fact from two documents: one edge
    found = _edge(data, "INTERFERED_IN", "found")
    assert found["claimant"] == "Hogue Commission" and found["curve"] != 0  # a parallel edge bends


def test_highlight_and_sizes_follow_the_graph(page: str, store: LocalStore) -> None:
    rows = {r[0]: dict(zip(NODE_FIELDS, r, strict=False)) for r in payload_of(page)["nodes"]}
    dong = rows[actor_id("Han Dong")]
    assert dong["highlight"] == 1 and rows[actor_id("China")]["highlight"] == 0
    assert dong["degree"] == store.graph.degree(actor_id("Han Dong"))
    assert dong["size"] > rows[actor_id("Hogue Commission")]["size"]
    assert all(isinstance(r["x"], float) and isinstance(r["y"], float) for r in rows.values())


def test_small_graphs_settle_in_the_browser_large_ones_arrive_laid_out() -> None:
    from figraph.views.html import EDGE_LABEL_MAX_EDGES, PHYSICS_MAX_NODES

    small = nx.MultiDiGraph()
    small.add_edge("a", "b", key="e1", type="MET_WITH", evidence=[])
    big = nx.MultiDiGraph()
    n = PHYSICS_MAX_NODES + 1
    for i in range(EDGE_LABEL_MAX_EDGES + 1):
        big.add_edge(
            f"n{i % n}", f"n{(i * 7 + 1) % n}", key=f"e{i}", type="SPOKE_WITH", evidence=[]
        )
    assert payload_of(render_html(small, title="s"))["settings"]["physics"] is True
    settings = payload_of(render_html(big, title="b"))["settings"]
    assert settings["physics"] is False and settings["edgeLabels"] is False


def test_write_html_writes_one_utf8_file(tmp_path, store: LocalStore) -> None:
    path = write_html(store.graph, tmp_path / "v.html", title="Dong \u2014 Chine")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "Dong \u2014 Chine" in text


# -- layout -------------------------------------------------------------------------


def test_layout_is_deterministic_and_keeps_components_close() -> None:
    from figraph.views.layout import SPACING, compute_positions

    graph = nx.disjoint_union_all([nx.complete_graph(5), nx.path_graph(30), nx.empty_graph(20)])
    first, second = compute_positions(graph), compute_positions(graph)
    assert first == second and set(first) == set(graph)
    xs = [p[0] for p in first.values()]
    ys = [p[1] for p in first.values()]
    # 55 nodes packed, not flung apart: the picture stays a few dozen spacings wide.
    assert max(xs) - min(xs) < 40 * SPACING and max(ys) - min(ys) < 40 * SPACING
    path = [first[i] for i in range(5, 35)]
    steps = [
        ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
        for a, b in zip(path, path[1:], strict=False)
    ]
    assert 0.3 * SPACING < sorted(steps)[len(steps) // 2] < 3 * SPACING


def test_layout_scales_to_thousands_of_nodes() -> None:
    import time

    from figraph.views.layout import compute_positions

    graph = nx.barabasi_albert_graph(5000, 4, seed=1)
    started = time.perf_counter()
    positions = compute_positions(graph)
    assert len(positions) == 5000
    assert time.perf_counter() - started < 15  # ~1 s here; O(n^2) would take minutes


# -- select_subgraph -----------------------------------------------------------------


def _names(graph: nx.MultiDiGraph) -> set[str]:
    return {a["name"] for _, a in graph.nodes(data=True)}


def test_ego_network_by_hops_is_undirected(store: LocalStore) -> None:
    one = select_subgraph(store.graph, actor_ids=[actor_id("Han Dong")], hops=1)
    assert _names(one) == {"Han Dong", "Chinese diplomat", HOSTILE, SCRIPT_CLOSER, "NSICOP"}
    two = select_subgraph(store.graph, actor_ids=[actor_id("Han Dong")], hops=2)
    assert _names(two) == _names(one) | {"Dominic LeBlanc"}
    zero = select_subgraph(store.graph, actor_ids=[actor_id("Han Dong")], hops=0)
    assert _names(zero) == {"Han Dong"} and zero.number_of_edges() == 0


def test_filters_by_edge_type_status_and_node_type(store: LocalStore) -> None:
    alleged = select_subgraph(store.graph, statuses=["alleged"])
    assert {d["status"] for _, _, d in alleged.edges(data=True)} == {"alleged"}
    assert "Hogue Commission" not in _names(alleged)  # no link left: dropped
    met = select_subgraph(store.graph, edge_types=["MET_WITH"])
    assert _names(met) == {"Han Dong", HOSTILE}
    states = select_subgraph(store.graph, node_types=["State"])
    assert _names(states) == {"India", "China"} and states.number_of_edges() == 0


def test_filter_by_document_trims_evidence(store: LocalStore) -> None:
    doc2 = next(d["id"] for d in store.documents() if d["title"] == "Hogue Commission")
    view = select_subgraph(store.graph, documents=[doc2])
    assert _names(view) == {
        "Han Dong",
        "Hogue Commission",
        "China",
        "Chinese diplomat",
        "NSICOP",
        "2019 federal election",
    }
    for _, _, d in view.edges(data=True):
        assert {e["document"] for e in d["evidence"]} == {doc2}
    full = store.graph.edges[
        actor_id("Han Dong"),
        actor_id("Chinese diplomat"),
        next(iter(store.graph[actor_id("Han Dong")][actor_id("Chinese diplomat")])),
    ]
    assert len(full["evidence"]) == 2  # the store's own graph is untouched


def test_filter_by_dates_compares_at_shared_precision(store: LocalStore) -> None:
    view = select_subgraph(store.graph, date_from="2020", date_to="2021-12-31")
    assert {d["date"] for _, _, d in view.edges(data=True)} == {"2021"}
    view = select_subgraph(store.graph, date_to="2019-06")
    assert {d["type"] for _, _, d in view.edges(data=True)} == {"INTERFERED_IN"}


def test_claimant_name_survives_when_the_claimant_is_cut(store: LocalStore) -> None:
    view = select_subgraph(store.graph, node_types=["State", "Legislature", "Person"])
    assert "NSICOP" not in _names(view)
    data = payload_of(render_html(view, title="t"))
    assert _edge(data, "ALLEGED_ASSISTANCE")["claimant"] == "NSICOP"


def test_unknown_actor_id_is_a_clear_error(store: LocalStore) -> None:
    with pytest.raises(ValueError, match="unknown actor id 'a:nobody'"):
        select_subgraph(store.graph, actor_ids=["a:nobody"])


# -- figraph show ---------------------------------------------------------------------


@pytest.fixture()
def saved_store(tmp_path) -> LocalStore:
    store = story_store()
    store.path = tmp_path / "store"
    store.save()
    return store


def _show(*args: str):
    import typer
    from figraph.cli.show import register
    from typer.testing import CliRunner

    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # two commands: `show` stays a sub-command
    return CliRunner().invoke(app, ["show", *args])


def test_show_writes_an_ego_network_page(saved_store: LocalStore, tmp_path) -> None:
    out = tmp_path / "dong.html"
    result = _show(
        "--store",
        str(saved_store.path),
        "-o",
        str(out),
        "--actor",
        "Han Dong",
        "--hops",
        "1",
        "--edge-type",
        "spoke_with",
    )
    assert result.exit_code == 0, result.output
    data = payload_of(out.read_text(encoding="utf-8"))
    assert {r[1] for r in data["nodes"]} == {"Han Dong", "Chinese diplomat"}
    assert data["title"] == "figraph: around Han Dong (1 hop) · links: spoke with"
    assert data["settings"]["filters"] == ["around Han Dong (1 hop)", "links: spoke with"]
    assert [r[NODE_FIELDS.index("highlight")] for r in data["nodes"] if r[1] == "Han Dong"] == [1]


def test_show_filters_by_document_title_and_status(saved_store: LocalStore, tmp_path) -> None:
    out = tmp_path / "doc.html"
    result = _show(
        "--store",
        str(saved_store.path),
        "-o",
        str(out),
        "--document",
        "Hogue Commission",
        "--status",
        "found",
        "--title",
        "Hogue",
    )
    assert result.exit_code == 0, result.output
    data = payload_of(out.read_text(encoding="utf-8"))
    assert data["title"] == "Hogue" and [r["name"] for r in data["relations"]] == ["INTERFERED_IN"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--actor", "Nobody Atall"], "no actor named"),
        (["--edge-type", "MARRIED"], "unknown link type 'MARRIED'"),
        (["--type", "Alien"], "unknown actor type 'Alien'"),
        (["--document", "doc:missing"], "no document with id, title, file or URL 'doc:missing'"),
        (["--type", "Bill"], "nothing in the store matches"),
    ],
)
def test_show_fails_with_one_clear_line(saved_store: LocalStore, tmp_path, args, message) -> None:
    result = _show("--store", str(saved_store.path), "-o", str(tmp_path / "x.html"), *args)
    assert result.exit_code != 0 and message in result.output
    assert not (tmp_path / "x.html").exists()


def test_notebook_iframe_keeps_the_page_escaped(store: LocalStore) -> None:
    from figraph.views.notebook import iframe_html

    frame = iframe_html(store.graph, title="t", height=300)
    assert frame.startswith('<iframe sandbox="allow-scripts allow-popups" srcdoc="')
    assert HOSTILE not in frame and "<script" not in frame[20:]
    assert "height:300px" in frame


def test_sparse_graphs_from_elsewhere_still_render() -> None:
    """An empty graph, and nodes/edges missing optional attributes (e.g. a query's result)."""
    assert payload_of(render_html(nx.MultiDiGraph(), title="empty"))["nodes"] == []
    graph = nx.MultiDiGraph()
    graph.add_node("x")
    graph.add_edge("x", "y", key="k", type="NOT_IN_VOCABULARY")
    data = payload_of(render_html(graph, title="odd"))
    assert [t["name"] for t in data["nodeTypes"]] == ["Unknown"]
    assert dict(zip(EDGE_FIELDS, data["edges"][0], strict=True))["id"] == "k"
    assert data["relations"][0]["label"] == "not in vocabulary"
