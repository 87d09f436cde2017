"""Property-based tests: arbitrary bytes and text never escape as a traceback.

Loaders get arbitrary bytes under each text suffix; the real extractor gets
arbitrary text (one Extractor shared by all examples); the resolver and the
merge decisions get arbitrary names and merges; the HTML page and the exports
get arbitrary names and quotes and must stay well formed. Kept fast: modest
`max_examples`, no deadline (spaCy's first call is slow).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from figraph.graph.decisions import Decisions
from figraph.graph.local_store import LocalStore
from figraph.graph.lookup import find_actor
from figraph.graph.model import (
    NODE_TYPES,
    RELATION_TYPES,
    Actor,
    Document,
    Edge,
    Evidence,
    Extraction,
    make_id,
)
from figraph.graph.network_view import NetworkView
from figraph.views.export import export_graph, safe_cell
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# Text with the characters that break things: markup, quotes, controls, RTL,
# zero-width, non-characters, astral planes (surrogates are not valid in files).
NASTY = st.sampled_from(list("<>&\"'`;{}()[]*_#\\/=+-@\t\r\n\x00\x0b\x1f\x7f\x85")
                        + ["\u202e", "\u200b", "\u200d", "\ufeff", "\ufffe", "\uffff",
                           "\U0001f600", "</script>", "<!--", "]]>", "MATCH (n)", "=cmd|"])
TEXT = st.lists(st.one_of(st.text(max_size=12), NASTY), max_size=25).map("".join)
NAME = TEXT.filter(lambda s: s.strip() != "")
NAME_POOL = ["Han Dong", "Zhao Wei", "Michael Chong", "Jenny Kwan", "China", "India", "NSICOP"]
WORDS = st.lists(st.sampled_from(NAME_POOL + ["met", "said", "funded", "the", "diplomat",
                                              "MP", "minister", ".", ",", "\n\n", "denied",
                                              "allegedly", "spoke with", "in Ottawa"]),
                 max_size=40).map(" ".join)


# -- loaders ----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl"])
@FAST
@given(data=st.binary(max_size=600) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_read_file_on_arbitrary_bytes(tmp_path: Path, suffix: str, data: bytes) -> None:
    from figraph.loaders.documents import DocumentError, LoadError, read_documents, read_file

    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        documents = read_file(path)
    except DocumentError as error:
        assert "\n" not in str(error).strip()
        documents = []
    for document in documents:
        assert document.text and document.text == document.text.strip()
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", document.text)
        assert document.id == Document.id_for(document.text)
    for item in read_documents([path]):  # the build's form never raises either
        if isinstance(item, LoadError):
            assert str(item).startswith(str(path)) and "\n" not in str(item)


# -- the extractor ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extractor():
    from figraph.loaders.extractor import Extractor

    return Extractor()


def _document(text: str) -> Document | None:
    from figraph.loaders.formats import new_document
    from figraph.loaders.formats.decoding import normalize_text

    text = normalize_text(text)
    return new_document(text, title="t", path="p.txt", format="text") if text else None


@FAST
@given(text=st.one_of(TEXT, WORDS, st.tuples(WORDS, TEXT, WORDS).map("".join)))
@example(text="}Té")  # a person span stripped past the document's end
def test_extractor_on_arbitrary_text(extractor, text: str) -> None:
    document = _document(text)
    if document is None:
        return
    extraction = extractor.extract(document)
    ids = {a.id for a in extraction.actors}
    for actor in extraction.actors:
        assert actor.type in NODE_TYPES and actor.name.strip()
    for edge in extraction.edges:
        assert edge.type in RELATION_TYPES
        assert {edge.source, edge.target} <= ids and edge.evidence
        for evidence in edge.evidence:
            assert evidence.document == document.id
            assert 0 <= evidence.start <= evidence.end <= len(document.text)


# -- resolution: decisions and the name lookup --------------------------------------------------


def _extraction(names: list[str], quote: str) -> Extraction:
    text = " ".join(names) + " " + quote
    document = Document(id=Document.id_for(text), title=quote[:20], text=text)
    actors = [Actor(id=make_id("a", n), name=n, type="Person") for n in names]
    evidence = Evidence(document=document.id, quote=quote, start=0, end=len(quote),
                        document_title=document.title)
    edges = [Edge(source=a.id, target=b.id, type="MET_WITH", evidence=[evidence])
             for a, b in zip(actors, actors[1:], strict=False) if a.id != b.id]
    return Extraction(document=document, actors=actors, edges=edges,
                      mentions={a.id: 1 for a in actors})


@FAST
@given(names=st.lists(NAME, min_size=2, max_size=6, unique=True), quote=TEXT,
       merges=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=6),
       query=TEXT)
def test_decisions_and_lookup_on_arbitrary_names(names, quote, merges, query) -> None:
    extraction = _extraction(names, quote)
    decisions = Decisions()
    ids = [a.id for a in extraction.actors]
    for keep, drop in merges:
        keep_id, drop_id = ids[keep % len(ids)], ids[drop % len(ids)]
        if keep_id != drop_id:
            try:
                decisions.merge(keep_id, drop_id)
            except ValueError:  # would make a cycle: refused, not looped on
                pass
    applied = decisions.apply(extraction)
    kept = {a.id for a in applied.actors}
    assert kept == {decisions.canonical(i) for i in ids}
    assert all(e.source in kept and e.target in kept and e.source != e.target
               for e in applied.edges)
    store = LocalStore("unused")
    store.merge(applied)
    result = find_actor(store.graph, query)
    assert isinstance(result.message(), str)
    for name in names:  # found, ambiguous or not found: an answer, never an exception
        answer = find_actor(store.graph, name)
        assert answer.found or answer.message()


# -- the HTML page and the exports --------------------------------------------------------------


def _graph(names: list[str], quote: str) -> tuple[nx.MultiDiGraph, dict[str, dict]]:
    store = LocalStore("unused")
    extraction = _extraction(names, quote)
    store.merge(extraction)
    return store.graph, {d.pop("id"): d for d in store.documents()}


def _page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="figraph-data">(.*?)</script>',
                      page, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def benign_page_shape() -> tuple[int, int]:
    from figraph.views import render_html

    graph, documents = _graph(["Anna Keller", "Boris Novak"], "They met.")
    page = render_html(graph, title="t", documents=documents)
    return page.count("<script"), page.count("</script")


@FAST
@given(names=st.lists(NAME, min_size=2, max_size=5, unique=True), quote=TEXT, title=TEXT)
def test_render_html_keeps_arbitrary_text_as_data(benign_page_shape, names, quote, title) -> None:
    from figraph.views import render_html

    graph, documents = _graph(names, quote)
    page = render_html(graph, title=title, documents=documents)
    assert (page.count("<script"), page.count("</script")) == benign_page_shape
    data = json.dumps(_page_data(page), ensure_ascii=False)
    for name in names:
        assert json.dumps(name, ensure_ascii=False)[1:-1] in data


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@FAST
@given(names=st.lists(NAME, min_size=2, max_size=5, unique=True), quote=TEXT)
def test_exports_round_trip_with_arbitrary_names(tmp_path: Path, names, quote) -> None:
    graph, documents = _graph(names, quote)
    expected = {n: _XML_FORBIDDEN.sub("", graph.nodes[n]["name"]) for n in graph}
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        [path] = export_graph(NetworkView(graph, documents), fmt, tmp_path / f"g.{fmt}")
        back = reader(path)
        assert {n: back.nodes[n]["label"] for n in back} == expected, fmt
        assert back.number_of_edges() == graph.number_of_edges()
    nodes_csv, edges_csv, documents_csv = export_graph(NetworkView(graph, documents), "csv",
                                                       tmp_path / "g.csv")
    with open(nodes_csv, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["id"] for r in rows} == set(graph)
    for row in rows:
        label = row["label"]
        assert not label.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert label.removeprefix("'") == expected[row["id"]] or label == safe_cell(label)
    with open(edges_csv, newline="", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == graph.number_of_edges()
    with open(documents_csv, newline="", encoding="utf-8") as handle:
        assert {r["id"] for r in csv.DictReader(handle)} <= set(documents)


@pytest.mark.parametrize("cell", ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx",
                                  '=HYPERLINK("http://evil","x")'])
def test_csv_formula_starts_are_neutralised(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell
    assert safe_cell("plain " + cell) == "plain " + cell
