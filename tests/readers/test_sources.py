"""A document is identified by where it was read from as well as by its text.

Built through the real CLI and the real extractor: a file edited and built again replaces
its earlier version (evidence, and what only that version supported) and the build says
so; the same text under two names stays one document; a copy still holding the earlier
text keeps it alive. The store-level rules are checked on hand-made extractions too.
"""

from __future__ import annotations

import json
from pathlib import Path

import orjson
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from sample_graph import CHINA, HAN_DONG, INDIA, actor, document, fact
from typer.testing import CliRunner

runner = CliRunner()
FIRST = "Report\n\nCanada expelled Zhao Wei in May 2023. Han Dong met Lone Witness in Toronto.\n"
EDITED = "Report\n\nCanada expelled Zhao Wei in May 2023.\n"


def build(store: Path, *paths: Path):
    return runner.invoke(app, ["build", *map(str, paths), "--store", str(store)])


def quotes(store: LocalStore) -> set[str]:
    return {e.quote for edge in store.edges() for e in edge.evidence}


def test_a_changed_file_replaces_its_earlier_version(tmp_path):
    folder, store = tmp_path / "docs", tmp_path / "store"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    assert build(store, folder).exit_code == 0
    first = LocalStore.open(store)
    (old_id,) = [d["id"] for d in first.documents()]
    assert "Lone Witness" in {a.name for a in first.actors()}

    (folder / "a.txt").write_text(EDITED, encoding="utf-8")
    result = build(store, folder)
    assert result.exit_code == 0, result.output
    assert f"a.txt: changed since it was last read; its earlier version ({old_id})" \
        in result.stderr
    assert "1 replaced an earlier version" in result.stderr  # the summary: a message
    after = LocalStore.open(store)
    assert [d["id"] for d in after.documents()] != [old_id] and after.counts()["documents"] == 1
    assert all(quote in EDITED for quote in quotes(after))  # nothing cites the old text
    assert "Lone Witness" not in {a.name for a in after.actors()}
    assert "Canada expelled Zhao Wei in May 2023." in quotes(after)


def test_a_copy_with_the_earlier_text_keeps_it(tmp_path):
    folder, store = tmp_path / "docs", tmp_path / "store"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(FIRST, encoding="utf-8")
    build(store, folder)
    (folder / "a.txt").write_text(EDITED, encoding="utf-8")
    result = build(store, folder)
    assert "changed since it was last read" not in result.stderr
    assert "0 replaced an earlier version" in result.stderr
    local = LocalStore.open(store)
    assert local.counts()["documents"] == 2  # b.txt still holds the earlier text
    assert sorted(len(d["sources"]) for d in local.documents()) == [1, 1]  # a file each
    assert "Lone Witness" in {a.name for a in local.actors()}


def test_a_record_of_a_corpus_is_identified_by_its_url(tmp_path):
    corpus, store = tmp_path / "corpus.jsonl", tmp_path / "store"

    def write(text: str) -> None:
        lines = [{"text": text, "url": "https://example.org/story", "title": "Story"},
                 {"text": "China detained Michael Kovrig in 2018.", "title": "Other"}]
        corpus.write_bytes(b"\n".join(orjson.dumps(line) for line in lines) + b"\n")

    write(FIRST)
    build(store, corpus)
    write(EDITED)
    result = build(store, corpus)
    assert "corpus.jsonl (https://example.org/story): changed since it was last read" \
        in result.stderr
    titles = sorted(d["title"] for d in LocalStore.open(store).documents())
    assert titles == ["Other", "Story"]


def test_store_removes_what_only_the_earlier_version_supported(tmp_path):
    local = LocalStore(tmp_path)
    lone = actor("Lone Witness", "Person")
    old = document("Han Dong met Lone Witness. China met India.", path=str(tmp_path / "r.txt"))
    local.merge(Extraction(old, [HAN_DONG, lone, CHINA, INDIA], [
        fact(old, HAN_DONG, "MET_WITH", lone, "Han Dong met Lone Witness."),
        fact(old, CHINA, "MET_WITH", INDIA, "China met India.")],
        {HAN_DONG.id: 1, lone.id: 1, CHINA.id: 1, INDIA.id: 1}))
    new = document("China met India.", path=str(tmp_path / "r.txt"))
    stats = local.merge(Extraction(new, [CHINA, INDIA], [
        fact(new, CHINA, "MET_WITH", INDIA, "China met India.")], {CHINA.id: 1, INDIA.id: 1}))
    assert stats.replaced == [old.id]
    assert {a.name for a in local.actors()} == {CHINA.name, INDIA.name}
    (edge,) = local.edges()
    assert [e.document for e in edge.evidence] == [new.id]
    assert local.mentions(CHINA.id) == {new.id: 1}
    saved = tmp_path / "graph.json"
    local.save()
    header = json.loads(saved.read_text(encoding="utf-8").splitlines()[0])
    assert header["documents"][new.id]["sources"] == [str(tmp_path / "r.txt")]


def test_a_claimant_is_kept_while_an_edge_names_it(tmp_path):
    local = LocalStore(tmp_path)
    critic = actor("Only Claimant", "Person")
    one = document("Only Claimant says China met India.")
    local.merge(Extraction(one, [critic, CHINA, INDIA], [
        fact(one, CHINA, "MET_WITH", INDIA, one.text, claimant=critic, status="alleged")],
        {critic.id: 1}))
    two = document("China met India, Only Claimant says again.")
    local.merge(Extraction(two, [critic, CHINA, INDIA], [
        fact(two, CHINA, "MET_WITH", INDIA, two.text, claimant=critic, status="alleged")]))
    local.remove_document(one.id)
    assert local.actor(critic.id) is not None  # no mention left, but still the claimant
