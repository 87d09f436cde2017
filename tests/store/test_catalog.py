"""`figraph documents` and `figraph remove`: the store's documents, and taking some out whole.

A document is named by its id (or first digits), title, file or URL; removal takes out
its evidence, the edges and actors nothing else supports, and nothing else; an unknown
or ambiguous name removes nothing at all.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from sample_graph import (
    CANADA,
    CHINA,
    DIPLOMAT,
    HAN_DONG,
    INDIA,
    NSICOP,
    document,
    fact,
    sample_store,
)
from typer.testing import CliRunner

runner = CliRunner()


def run(store: Path, *args: str):
    return runner.invoke(app, [*args, "--store", str(store)])


@pytest.fixture
def store(tmp_path: Path) -> Path:
    local = sample_store(tmp_path / "store")
    local.save()
    return local.path


def listed(store: Path) -> dict[str, dict]:
    result = run(store, "documents", "--json")
    assert result.exit_code == 0, result.output
    return {row["title"]: row for row in json.loads(result.stdout)}


def test_documents_lists_what_each_supports(store):
    rows = listed(store)
    assert sorted(rows) == ["Article 1", "Article 2", "Article 3"]
    assert (rows["Article 1"]["actors"], rows["Article 1"]["edges"]) == (4, 3)
    assert (rows["Article 2"]["actors"], rows["Article 2"]["edges"]) == (6, 3)
    assert (rows["Article 3"]["actors"], rows["Article 3"]["edges"]) == (2, 1)
    assert rows["Article 1"]["sources"] == [os.path.abspath("Article 1.txt")]
    table = run(store, "documents").stdout
    assert table.splitlines()[0].split("\t") == ["id", "title", "date", "kind", "source",
                                                 "actors", "edges"]


def test_removing_a_document_takes_what_only_it_supported(store):
    before = LocalStore.open(store).counts()
    result = run(store, "remove", "Article 2")
    assert result.exit_code == 0, result.output
    assert "removed 1 document (Article 2" in result.stderr  # a message, not data
    assert "3 edges and 5 actors" in result.stderr and result.stdout == ""
    after = LocalStore.open(store)
    assert after.counts() == {"documents": 2, "actors": before["actors"] - 5,
                              "edges": before["edges"] - 3, "allegations": 0,
                              "evidence": before["evidence"] - 3}
    assert after.actor(NSICOP.id) is None and after.actor(CANADA.id) is None
    assert after.actor(CHINA.id) is not None  # Article 1 says the diplomat works for China
    assert "Article 2" not in listed(store)


@pytest.mark.parametrize("how", ["id", "prefix", "path", "file name", "title, any case"])
def test_a_document_is_named_by_id_title_or_file(store, how):
    """The samples were read from files named after their titles, in the current folder."""
    doc_id = listed(store)["Article 3"]["id"]
    typed = {"id": doc_id, "prefix": doc_id[:10], "path": "./Article 3.txt",
             "file name": "Article 3.txt", "title, any case": "article 3"}[how]
    result = run(store, "remove", typed)
    assert result.exit_code == 0, result.output
    assert sorted(listed(store)) == ["Article 1", "Article 2"]


def test_an_unknown_or_ambiguous_document_removes_nothing(store):
    local = LocalStore.open(store)
    twin = document("China interfered in India.", title="Article 1", path="elsewhere/a1.txt")
    local.merge(Extraction(twin, [CHINA, INDIA], [fact(twin, CHINA, "INTERFERED_IN", INDIA,
                                                       twin.text)]))
    local.save()
    before = (store / "graph.json").read_bytes()
    ambiguous = run(store, "remove", "Article 3", "Article 1")
    assert ambiguous.exit_code == 2 and "'Article 1' matches 2 documents" in ambiguous.stderr
    assert twin.id in ambiguous.stderr
    unknown = run(store, "remove", "Article 3", "Article 9")
    assert unknown.exit_code == 2 and "no document" in unknown.stderr
    assert (store / "graph.json").read_bytes() == before


def test_a_removed_edge_decision_stays_and_the_rest_is_untouched(store):
    """A confirmed edge that loses one of its two documents keeps its review."""
    spoke = next(k for _, _, k, d in LocalStore.open(store).graph.edges(keys=True, data=True)
                 if d["type"] == "SPOKE_WITH")
    run(store, "confirm", spoke)
    assert run(store, "remove", "Article 3").exit_code == 0
    edge = LocalStore.open(store).graph.edges[HAN_DONG.id, DIPLOMAT.id, spoke]
    assert edge["review"] == "confirmed" and len(edge["evidence"]) == 1
