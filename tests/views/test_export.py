"""Exports open in other tools and stay safe with hostile names."""

from __future__ import annotations

import csv
import json

import networkx as nx
from figraph.graph.model import Extraction
from figraph.views.export import export_graph, safe_cell
from sample_graph import CHINA, actor, document, fact, sample_store

HOSTILE = '=HYPERLINK("http://x")<b>&"\x01'


def _graph(tmp_path):
    store = sample_store(tmp_path)
    doc = document(f"{HOSTILE} met China.")
    evil = actor(HOSTILE, "Person")
    store.merge(Extraction(doc, [evil, CHINA], [fact(doc, evil, "MET_WITH", CHINA, doc.text)]))
    return store


def test_json_is_node_link_with_evidence(tmp_path):
    store = _graph(tmp_path)
    out = tmp_path / "g.json"
    export_graph(store, "json", out)
    data = json.loads(out.read_text())
    assert len(data["nodes"]) == store.graph.number_of_nodes()
    assert all(link["evidence"] for link in data["links"])
    assert len(data["documents"]) == 4


def test_graphml_and_gexf_read_back(tmp_path):
    store = _graph(tmp_path)
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        export_graph(store, fmt, out)
        back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        assert back.number_of_edges() == store.graph.number_of_edges()
        labels = {a.get("label") for _, a in back.nodes(data=True)}
        assert HOSTILE.replace("\x01", "") in labels


def test_csv_neutralises_formulas(tmp_path):
    store = _graph(tmp_path)
    documents = {d.pop("id"): d for d in store.documents()}
    nodes_path, edges_path, documents_path = export_graph(store, "csv", tmp_path / "g.csv")
    with open(documents_path, newline="", encoding="utf-8") as handle:
        titles = [row["title"] for row in csv.DictReader(handle)]
    assert len(titles) == len(documents) and "'" + HOSTILE.replace("\x01", "") + " met China" in {
        t.replace("\x01", "") for t in titles}
    with open(nodes_path, newline="", encoding="utf-8") as handle:
        labels = [row["label"] for row in csv.DictReader(handle)]
    assert "'" + HOSTILE.replace("\x01", "") in labels
    assert not any(label.startswith(("=", "+", "-", "@")) for label in labels)
    with open(edges_path, newline="", encoding="utf-8") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == store.graph.number_of_edges()


def test_safe_cell_leaves_plain_values():
    assert safe_cell("Han Dong") == "Han Dong"
    assert safe_cell(3) == 3
    assert safe_cell("-1+2") == "'-1+2"
