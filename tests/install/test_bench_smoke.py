"""The benchmark generators at toy size: seeded, the right shape, in the real store format.

No timings here: benchmarks are not tests. Also the store layout the bench
drove (JSON Lines, version 2): old files still load, a cut file is a clear error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `bench` is a folder, not installed

from figraph.graph.local_store import LocalStore  # noqa: E402
from figraph.graph.model import Edge, Evidence  # noqa: E402
from figraph.graph.store import StoreError  # noqa: E402

from bench.corpus import generate, write_corpus  # noqa: E402
from bench.graphs import HUBS, synthetic_store  # noqa: E402
from bench.population import Population  # noqa: E402


def test_corpus_is_seeded_and_speaks_the_extractors_wording():
    first = [s.text for s in generate(5, seed=3)]
    assert first == [s.text for s in generate(5, seed=3)]
    assert first != [s.text for s in generate(5, seed=4)]
    text = " ".join(first)
    for wording in (" met ", " spoke with a", " alleges that ", "refused to comment on",
                    " MP, "):
        assert wording in text
    assert all(200 < len(t.split()) < 700 for t in first)


def test_write_corpus_writes_one_file_per_document(tmp_path):
    folder = write_corpus(4, tmp_path / "c", seed=1)
    files = sorted(folder.glob("*.txt"))
    assert len(files) == 4
    title, _, body = files[0].read_text(encoding="utf-8").partition("\n\n")
    assert title and len(body.split()) > 100


def test_population_names_are_unique():
    people = Population(3000, seed=1).people
    assert len({p.name for p in people}) == 3000
    assert {p.role for p in people} >= {"MP", "Senator", "Minister", "Diplomat"}


def test_synthetic_store_has_exact_size_hubs_and_evidence(tmp_path):
    store = synthetic_store(2000, seed=2, path=tmp_path)
    graph = store.graph
    assert graph.number_of_edges() == 2000
    assert graph.number_of_nodes() == 200
    edges = list(store.edges())
    assert all(1 <= len(e.evidence) <= 3 for e in edges)
    assert all(e.claimant for e in edges if e.allegation)
    degrees = sorted((d for _, d in graph.degree()), reverse=True)
    china = next(a.id for a in store.actors() if a.name == HUBS[0][0])
    assert graph.degree(china) == degrees[0] >= 0.4 * graph.number_of_nodes()
    assert store.counts()["documents"] == 20


def test_store_round_trip_is_exact(tmp_path):
    store = synthetic_store(500, seed=5, path=tmp_path)
    store.save()
    again = LocalStore.open(tmp_path)
    assert list(again.graph.edges(keys=True, data=True)) == list(
        store.graph.edges(keys=True, data=True))
    assert dict(again.graph.nodes(data=True)) == dict(store.graph.nodes(data=True))
    assert list(again.documents()) == list(store.documents())
    lines = (tmp_path / "graph.json").read_bytes().count(b"\n")
    assert lines == 1 + 1 + 1  # header, actors, edges: up to a thousand to a line


def test_version_1_store_still_loads(tmp_path):
    store = synthetic_store(300, seed=6, path=tmp_path / "new")
    old = {"format": "figraph-store", "version": 1, "documents": dict(store._documents),
           "actors": [{"id": n, **a} for n, a in store.graph.nodes(data=True)],
           "edges": [d for _, _, d in store.graph.edges(data=True)]}
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "graph.json").write_bytes(orjson.dumps(old))
    loaded = LocalStore.open(tmp_path / "old")
    assert list(loaded.graph.edges(keys=True, data=True)) == list(
        store.graph.edges(keys=True, data=True))
    assert loaded.counts() == store.counts()


def test_truncated_store_is_a_clear_error(tmp_path):
    synthetic_store(300, seed=6, path=tmp_path).save()
    data = (tmp_path / "graph.json").read_bytes()
    cut = data[: data.rindex(b"\n", 0, len(data) - 1) + 1]  # drop the line of the edges
    (tmp_path / "graph.json").write_bytes(cut)
    with pytest.raises(StoreError, match="truncated: 100 of 100 actors, 0 of 300 edges"):
        LocalStore.open(tmp_path)


def test_merge_keeps_an_edge_copy_like_to_dict(tmp_path):
    store = LocalStore(tmp_path)
    evidence = Evidence("doc:1", "A met B.", 0, 8, page=2)
    edge = Edge("a:1", "a:2", "MET_WITH", hedges=["reportedly"], evidence=[evidence])
    from figraph.graph.model import Actor, Document, Extraction

    doc = Document(id="doc:1", title="t", text="A met B.")
    actors = [Actor("a:1", "A", "Person"), Actor("a:2", "B", "Person")]
    store.merge(Extraction(doc, actors, [edge]))
    stored = store.graph.edges["a:1", "a:2", edge.id]
    assert stored == edge.to_dict() and list(stored) == list(edge.to_dict())
    edge.hedges.append("later")
    edge.evidence[0].quote = "changed"
    assert stored["hedges"] == ["reportedly"] and stored["evidence"][0]["quote"] == "A met B."


def test_the_decisions_bench_decides_on_a_synthetic_store_and_undoes_its_merge():
    """The review and merge figures at toy size: every decision applies, the merge is
    undone to the graph it started from."""
    from figraph.graph.decisions import Decisions

    from bench.decisions import _edge_decisions, _merge_and_back

    store = synthetic_store(600, seed=5)
    before = {k: d for _, _, k, d in store.graph.edges(keys=True, data=True)}
    decisions = Decisions()
    figures = _edge_decisions(store, decisions, sample=4, seed=5)
    assert set(figures) == {"review_confirm_ms", "review_reject_ms", "review_retype_ms"}
    reviewed = [d.get("review") for _, _, d in store.graph.edges(data=True)]
    assert reviewed.count("confirmed") == 4 and len(store.aside) == 4
    decided = {k: d for _, _, k, d in store.graph.edges(keys=True, data=True)}
    assert len(decided) < len(before)  # the four rejected ones left the graph
    _merge_and_back(store, decisions)
    assert {k: d for _, _, k, d in store.graph.edges(keys=True, data=True)} == decided


@pytest.mark.parametrize("merge", [True, False])
def test_a_merged_run_keeps_the_other_sections_figures_and_says_each_mode(
        tmp_path, monkeypatch, merge):
    import json

    import bench.__main__ as suite

    output = tmp_path / "results.json"
    output.write_text(json.dumps({"neo4j_push_rels_per_s": 9000.0, "bench_quick_neo4j": 0.0,
                                  "store_load_1m_edges_s": 9.0, "bench_quick": 0.0,
                                  "bench_total_s": 60.0}))
    monkeypatch.setitem(suite.RUNNERS, "store", lambda mode, shared: {
        "store_load_1m_edges_s": 4.0})  # the merge is under test, not the store
    suite.main(["--quick", "--only", "store", "--output", str(output),
                *(["--merge"] if merge else [])])
    written = json.loads(output.read_text())
    assert written["store_load_1m_edges_s"] == 4.0 and written["bench_quick_store"] == 1.0
    if merge:
        assert written["neo4j_push_rels_per_s"] == 9000.0
        assert written["bench_quick_neo4j"] == 0.0
        assert "bench_quick" not in written and "bench_total_s" not in written
    else:
        assert "neo4j_push_rels_per_s" not in written and written["bench_quick"] == 1.0
