"""The embedded store: merging, evidence, persistence, atomicity and locking."""

from __future__ import annotations

import os

import orjson
import pytest
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from figraph.graph.store import StoreBusy, StoreError
from sample_graph import (
    CHINA,
    DIPLOMAT,
    HAN_DONG,
    NSICOP,
    document,
    fact,
    sample_extractions,
    sample_store,
)


def test_same_fact_from_two_documents_is_one_edge_with_two_evidence(tmp_path):
    store = sample_store(tmp_path)
    spoke = [d for _, _, d in store.graph.edges(data=True) if d["type"] == "SPOKE_WITH"]
    assert len(spoke) == 1
    assert len({e["document"] for e in spoke[0]["evidence"]}) == 2


def test_different_claims_stay_apart(tmp_path):
    store = sample_store(tmp_path)
    doc = document("The diplomat denied working for China.", title="Denial")
    denial = fact(doc, DIPLOMAT, "WORKS_FOR", CHINA, doc.text, claimant=DIPLOMAT, status="denied")
    store.merge(Extraction(doc, [DIPLOMAT, CHINA], [denial]))
    works = [d for _, _, d in store.graph.edges(data=True) if d["type"] == "WORKS_FOR"]
    assert sorted(d["status"] for d in works) == ["denied", "stated"]


def test_merge_counts_and_idempotence(tmp_path):
    store = LocalStore(tmp_path)
    extractions = sample_extractions()
    first = [store.merge(e) for e in extractions]
    assert sum(s.edges_added for s in first) == 6
    again = [store.merge(e) for e in extractions]
    assert sum(s.edges_added + s.evidence_added + s.actors_added for s in again) == 0
    assert store.counts()["edges"] == 6
    assert store.counts()["allegations"] == 2


def test_save_and_load_round_trip(tmp_path):
    store = sample_store(tmp_path)
    store.save()
    loaded = LocalStore.open(tmp_path)
    assert loaded.counts() == store.counts()
    assert {e.id: e for e in loaded.edges()} == {e.id: e for e in store.edges()}
    assert loaded.actor(HAN_DONG.id).name == "Han Dong"
    assert loaded.mentions(HAN_DONG.id) == store.mentions(HAN_DONG.id)


def test_bad_extraction_leaves_graph_unchanged(tmp_path):
    store = sample_store(tmp_path)
    before = store.counts()
    doc = document("NSICOP met a ghost.")
    bad = fact(doc, NSICOP, "MET_WITH", HAN_DONG, doc.text)
    bad.target = "a:missing"
    with pytest.raises(StoreError):
        store.merge(Extraction(doc, [NSICOP], [bad]))
    assert store.counts() == before
    assert not store.has_document(doc.id)


def test_failed_write_keeps_previous_store(tmp_path, monkeypatch):
    store = sample_store(tmp_path)
    store.save()
    before = store.file.read_bytes()
    store.merge(Extraction(document("Another text."), [], []))

    def broken_replace(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(StoreError, match="No space left"):
        store.save()
    assert store.file.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "tmp" in p.name] == []


def test_corrupt_store_is_a_clear_error(tmp_path):
    (tmp_path / "graph.json").write_bytes(b'{"format": "figraph-store", "actors": [')
    with pytest.raises(StoreError, match="graph.json: cannot read"):
        LocalStore.open(tmp_path)


def test_foreign_json_is_not_a_store(tmp_path):
    (tmp_path / "graph.json").write_bytes(orjson.dumps({"nodes": []}))
    with pytest.raises(StoreError, match="not a figraph store"):
        LocalStore.open(tmp_path)


def test_second_writer_is_told_the_store_is_busy(tmp_path):
    first, second = LocalStore(tmp_path), LocalStore(tmp_path)
    with first.locked():
        with pytest.raises(StoreBusy, match="busy"):
            with second.locked(wait=0.3):
                pass
    with second.locked():
        pass


def test_a_document_that_cannot_be_saved_is_refused_before_it_changes_the_store(
    tmp_path,
) -> None:
    from figraph.graph.model import Document

    store = LocalStore(tmp_path)
    odd = Document(id="doc:1", title="t", text="x", path="bad-\udcff.txt")
    with pytest.raises(StoreError, match="cannot be stored"):
        store.merge(Extraction(document=odd, actors=[], edges=[], mentions={}))
    assert store.counts()["documents"] == 0
    store.save()  # still saves
