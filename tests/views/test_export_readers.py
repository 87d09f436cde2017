"""Exports are what their names say, and open in networkx and in Gephi's own importer.

`figraph export g.graphml` writes GraphML (the format follows the extension); a --format
that contradicts the name is refused. In GEXF the relation type is an attribute of its
own: an edge's `type` is GEXF's directed/undirected/mutual, and Gephi logs an error for
every edge whose `type` is anything else.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from sample_graph import CHINA, HAN_DONG, actor, document, fact, sample_store
from typer.testing import CliRunner

runner = CliRunner()
HOSTILE = 'Robert"); <b>&amp; =cmd|\' "x"'
GEXF_EDGE_TYPES = {"directed", "undirected", "mutual"}


@pytest.fixture
def store(tmp_path) -> LocalStore:
    """The sample graph, a hostile name, and two relations between the same two actors."""
    local = sample_store(tmp_path / "store")
    doc = document(f"{HOSTILE} met China. Han Dong met China.", title="Two")
    evil = actor(HOSTILE, "Person")
    local.merge(Extraction(doc, [evil, CHINA, HAN_DONG], [
        fact(doc, evil, "MET_WITH", CHINA, f"{HOSTILE} met China."),
        fact(doc, HAN_DONG, "MET_WITH", CHINA, "Han Dong met China.")]))
    local.save()
    return local


def export(store: LocalStore, output: Path, *extra: str):
    return runner.invoke(app, ["export", str(output), *extra, "--store", str(store.path)])


def relations(store: LocalStore) -> Counter[tuple[str, str, str]]:
    return Counter((e.source, e.target, e.type) for e in store.edges())


@pytest.mark.parametrize(("name", "reader"), [
    ("g.graphml", nx.read_graphml), ("g.gexf", nx.read_gexf),
    ("g.json", lambda p: nx.node_link_graph(json.loads(p.read_text()), edges="links")),
])
def test_the_format_follows_the_extension(store, tmp_path, name, reader):
    result = export(store, tmp_path / name)
    assert result.exit_code == 0, result.output
    back = reader(tmp_path / name)
    assert back.number_of_edges() == store.graph.number_of_edges()


def test_csv_by_its_extension(store, tmp_path):
    result = export(store, tmp_path / "g.csv")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "g.nodes.csv").is_file() and (tmp_path / "g.edges.csv").is_file()


@pytest.mark.parametrize(("name", "asked", "says"), [
    ("g.graphml", "json", "the name says graphml, --format says json"),
    ("g.gexf", "graphml", "the name says gexf, --format says graphml"),
    ("g.xml", None, "cannot tell the format from the name"),
    ("g.graphml", "yaml", "unknown format 'yaml'"),
])
def test_a_contradiction_is_refused(store, tmp_path, name, asked, says):
    result = export(store, tmp_path / name, *(["--format", asked] if asked else []))
    assert result.exit_code == 2
    assert says in result.stderr
    assert not (tmp_path / name).exists()


def test_a_name_without_a_known_extension_takes_format(store, tmp_path):
    result = export(store, tmp_path / "g.xml", "--format", "graphml")
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(tmp_path / "g.xml").number_of_edges() == store.graph.number_of_edges()


def test_gexf_keeps_the_relation_out_of_the_reserved_type(store, tmp_path):
    export(store, tmp_path / "g.gexf")
    root = ET.parse(tmp_path / "g.gexf").getroot()
    edges = [e for e in root.iter() if e.tag.endswith("}edge")]
    assert len(edges) == store.graph.number_of_edges()
    assert {e.get("type", "directed") for e in edges} <= GEXF_EDGE_TYPES
    declared = [group for group in root.iter()
                if group.tag.endswith("}attributes") and group.get("class") == "edge"]
    titles = {a.get("title") for group in declared for a in group}
    assert "relation" in titles and "type" not in titles
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert Counter((u, v, d["relation"]) for u, v, d in back.edges(data=True)) == relations(store)


def test_graphml_keeps_the_relation(store, tmp_path):
    export(store, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert Counter((u, v, d["relation"]) for u, v, d in back.edges(data=True)) == relations(store)
    assert HOSTILE in {d["label"] for _, d in back.nodes(data=True)}


@pytest.mark.slow
@pytest.mark.parametrize("name", ["g.gexf", "g.graphml"])
def test_gephi_opens_both_formats_without_an_error(store, tmp_path, gephi_import, name):
    export(store, tmp_path / name)
    seen = gephi_import(tmp_path / name)
    problems = [i for i in seen["issues"] if i["level"] not in ("INFO",)]
    assert problems == []
    assert len(seen["nodes"]) == store.graph.number_of_nodes()
    assert Counter((e["source"], e["target"], e["attributes"]["relation"])
                   for e in seen["edges"]) == relations(store)
    assert all(e["directed"] for e in seen["edges"])
    assert HOSTILE in {n["label"] for n in seen["nodes"]}
    assert {n["attributes"]["type"] for n in seen["nodes"]} == {
        a.type for a in store.actors()}


@pytest.mark.slow
def test_gephi_flags_the_old_gexf_shape(tmp_path, gephi_import):
    """The check above can fail: a GEXF edge whose `type` is a relation is an error to Gephi."""
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", key="e1", type="MET_WITH", label="MET_WITH")
    nx.write_gexf(graph, tmp_path / "old.gexf")
    seen = gephi_import(tmp_path / "old.gexf")
    assert any(i["level"] == "SEVERE" and "MET_WITH" in i["message"] for i in seen["issues"])


# -- drawn as in the views: colour and size per type, weight = evidence, titles ----------


def expected_colors(store: LocalStore) -> dict[str, str]:
    from figraph.views.style import node_style

    return {a.id: node_style(a.type).color for a in store.actors()}


def evidence_counts(store: LocalStore) -> Counter[tuple[str, str, str]]:
    return Counter({(e.source, e.target, e.type): len(e.evidence) for e in store.edges()})


def test_gexf_draws_types_weights_and_titles(store, tmp_path):
    export(store, tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    colors = {n: "#{r:02x}{g:02x}{b:02x}".format(**d["viz"]["color"])
              for n, d in back.nodes(data=True)}
    assert colors == expected_colors(store)
    sizes = {n: d["viz"]["size"] for n, d in back.nodes(data=True)}
    hub = max(store.graph.nodes, key=store.graph.degree)
    assert sizes[hub] == max(sizes.values()) > min(sizes.values())
    weights = Counter({(u, v, d["relation"]): d["weight"] for u, v, d in back.edges(data=True)})
    assert weights == evidence_counts(store)
    assert max(weights.values()) == 2  # Han Dong spoke to the diplomat in two articles
    spoke = next(d for u, v, d in back.edges(data=True) if d["relation"] == "SPOKE_WITH")
    assert spoke["document_titles"] == "Article 1 | Article 3"
    assert back.nodes[HAN_DONG.id]["document_titles"] == "Article 1 | Article 3"  # most first


def test_graphml_carries_the_same_drawing(store, tmp_path):
    export(store, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    colors = {n: "#{r:02x}{g:02x}{b:02x}".format(**d) for n, d in back.nodes(data=True)}
    assert colors == expected_colors(store)
    weights = Counter({(u, v, d["relation"]): d["weight"] for u, v, d in back.edges(data=True)})
    assert weights == evidence_counts(store)
    alleged = next(d for _, _, d in back.edges(data=True) if d["relation"] == "INTERFERED_IN")
    assert (alleged["r"], alleged["g"], alleged["b"]) == (0xc0, 0x39, 0x2b)  # allegations red


@pytest.mark.slow
@pytest.mark.parametrize("name", ["g.gexf", "g.graphml"])
def test_gephi_draws_colours_weights_and_titles(store, tmp_path, gephi_import, name):
    """What a Gephi user sees on opening the file: each type in its colour, bigger hubs,
    edges as heavy as their evidence, allegations red, the documents by title."""
    from figraph.views.style import ALLEGATION

    export(store, tmp_path / name)
    seen = gephi_import(tmp_path / name)
    assert {n["id"]: n["color"] for n in seen["nodes"]} == expected_colors(store)
    by_id = {n["id"]: n for n in seen["nodes"]}
    hub = max(store.graph.nodes, key=store.graph.degree)
    assert by_id[hub]["size"] == max(n["size"] for n in seen["nodes"])
    assert len({(n["x"], n["y"]) for n in seen["nodes"]}) == len(seen["nodes"])  # laid out
    weights = Counter({(e["source"], e["target"], e["attributes"]["relation"]): e["weight"]
                       for e in seen["edges"]})
    assert weights == evidence_counts(store)
    alleged = [e for e in seen["edges"] if e["attributes"]["relation"] == "INTERFERED_IN"]
    assert alleged and all(e["color"] == ALLEGATION.color for e in alleged)
    titles = {e["attributes"]["relation"]: e["attributes"]["document_titles"]
              for e in seen["edges"]}
    assert titles["SPOKE_WITH"] == "Article 1 | Article 3"
