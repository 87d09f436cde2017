"""A review of edges that lasts: confirm, reject, retype; every build applies the decisions.

Hand-made extractions go through the same two steps a build takes for each document
(`Decisions.apply`, then `LocalStore.merge`); one test runs the real CLI build on real
text files. A "rebuild" is a fresh store fed the same documents with the same
`decisions.json`.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from figraph.cli import app
from figraph.graph.decisions import DECISIONS_FILE, Decisions
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Edge, Extraction
from sample_graph import (
    CHINA,
    DIPLOMAT,
    HAN_DONG,
    LIBERAL,
    NSICOP,
    actor,
    document,
    fact,
    sample_extractions,
    sample_store,
)
from typer.testing import CliRunner

runner = CliRunner()
SPOKE = Edge(HAN_DONG.id, DIPLOMAT.id, "SPOKE_WITH").id
WORKS = Edge(DIPLOMAT.id, CHINA.id, "WORKS_FOR").id
FORMER = Edge(HAN_DONG.id, LIBERAL.id, "FORMER_MEMBER_OF").id


def run(store: Path, *args: str):
    return runner.invoke(app, [*args, "--store", str(store)])


def ids(store: Path) -> dict[str, dict]:
    return {k: d for _, _, k, d in LocalStore.open(store).graph.edges(keys=True, data=True)}


def build(path: Path, extractions: list[Extraction]) -> LocalStore:
    """What `figraph build` does with each extraction, into the store at `path`."""
    store = LocalStore.open(path)
    decisions = Decisions.load(path)
    for extraction in extractions:
        store.merge(decisions.apply(extraction))
    store.save()
    return store


def rebuilt(store: Path, tmp_path: Path, extra: list[Extraction] = ()) -> LocalStore:
    """A fresh store built from the sample documents (and `extra`) under `store`'s decisions."""
    fresh = tmp_path / "rebuilt"
    fresh.mkdir(exist_ok=True)
    (fresh / DECISIONS_FILE).write_bytes((store / DECISIONS_FILE).read_bytes())
    return build(fresh, [*sample_extractions(), *extra])


@pytest.fixture
def store(tmp_path: Path) -> Path:
    local = sample_store(tmp_path / "store")
    local.save()
    return local.path


def test_the_queue_puts_allegations_then_weakly_supported_edges_first(store):
    result = run(store, "review", "--json")
    assert result.exit_code == 0, result.output
    queue = json.loads(result.stdout)
    order = [e["type"] for e in queue["edges"]]
    assert queue["total"] == 6 and set(order[:2]) == {"ALLEGED_ASSISTANCE", "INTERFERED_IN"}
    assert order[-1] == "SPOKE_WITH"  # two documents say it: the best supported, last
    first = queue["edges"][0]
    assert first["reasons"][0].startswith("allegation") and first["claimant_name"] == NSICOP.name
    assert "one sentence" in queue["edges"][2]["reasons"]
    listed = run(store, "review", "--limit", "2")
    assert listed.stdout.count("   why: ") == 2  # the queue is data, the count a message
    assert "6 edges to review; 4 more: raise --limit" in listed.stderr


def test_an_id_prefix_names_one_edge_and_a_bad_one_changes_nothing(store):
    before = (store / "graph.json").read_bytes()
    for typed in ("e:zzzz", "e:", "e:0000000000000000", "hello"):
        result = run(store, "confirm", typed)
        assert result.exit_code == 2 and "edge" in result.stderr, typed
    assert (store / "graph.json").read_bytes() == before
    assert not (store / DECISIONS_FILE).exists()
    assert run(store, "confirm", SPOKE[2:8]).exit_code == 0  # bare digits, no "e:"
    assert ids(store)[SPOKE]["review"] == "confirmed"


def test_confirmed_edges_are_what_reviewed_paths_use(store):
    args = ("path", "Han Dong", "China", "--reviewed", "--json")
    assert run(store, *args).exit_code == 1  # nothing confirmed yet
    assert run(store, "confirm", SPOKE, "--note", "checked the transcript").exit_code == 0
    assert run(store, *args).exit_code == 1  # one hop of two
    assert run(store, "confirm", WORKS).exit_code == 0
    result = run(store, *args)
    assert result.exit_code == 0, result.output
    hops = json.loads(result.stdout)["paths"][0]["hops"]
    assert [h["review"] for h in hops] == ["confirmed", "confirmed"]
    assert run(store, "path", "Han Dong", "China").stdout.count("· confirmed") == 2


def test_a_rejected_edge_never_comes_back_from_a_rebuild(store, tmp_path):
    result = run(store, "reject", WORKS, "--note", "the diplomat works for a company")
    assert result.exit_code == 0, result.output
    assert WORKS not in ids(store)
    listed = run(store, "review", "--rejected")
    assert WORKS in listed.stdout and "note: the diplomat works for a company" in listed.stdout
    same_quote = document("An old story. The diplomat works for China.", title="Repeat")
    again = Extraction(same_quote, [DIPLOMAT, CHINA],
                       [fact(same_quote, DIPLOMAT, "WORKS_FOR", CHINA,
                             "The diplomat works for China.")])
    fresh = rebuilt(store, tmp_path, [again])
    assert WORKS not in {e.id for e in fresh.edges()}
    assert fresh.aside[WORKS]["review"] == "rejected"
    assert {e["document"] for e in fresh.aside[WORKS]["evidence"]} == {
        sample_extractions()[0].document.id, same_quote.id}


def test_a_new_quote_proposes_a_rejected_edge_again_flagged_first(store, tmp_path):
    run(store, "reject", WORKS)
    new = document("Records show the diplomat is employed by the Chinese state.", title="New")
    extraction = Extraction(new, [DIPLOMAT, CHINA], [fact(new, DIPLOMAT, "WORKS_FOR", CHINA,
                                                         new.text)])
    build(store, [extraction])
    edge = ids(store)[WORKS]
    assert edge["review"] == "reproposed" and [e["quote"] for e in edge["evidence"]] == [new.text]
    queue = json.loads(run(store, "review", "--json").stdout)["edges"]
    assert queue[0]["id"] == WORKS and "again after a rejection" in queue[0]["reasons"][0]
    assert rebuilt(store, tmp_path, [extraction]).graph.edges[
        DIPLOMAT.id, CHINA.id, WORKS]["review"] == "reproposed"


def test_confirming_a_rejected_edge_brings_it_back(store):
    before = ids(store)[WORKS]
    run(store, "reject", WORKS)
    assert run(store, "reject", WORKS).exit_code == 2  # already out: said, not repeated
    assert run(store, "confirm", WORKS).exit_code == 0
    after = ids(store)[WORKS]
    assert after["review"] == "confirmed" and after["evidence"] == before["evidence"]


def test_a_retype_moves_the_quotes_and_lasts(store, tmp_path):
    result = run(store, "retype", FORMER, "member_of", "--note", "still a member in 2019")
    assert result.exit_code == 0, result.output
    moved = Edge(HAN_DONG.id, LIBERAL.id, "MEMBER_OF").id
    assert f"now {moved}" in result.stderr and result.stdout == ""  # a message
    edges = ids(store)
    assert FORMER not in edges and edges[moved]["review"] == "retyped"
    assert edges[moved]["review_note"] == "was FORMER_MEMBER_OF"
    assert edges[moved]["evidence"][0]["origin"] == [
        [HAN_DONG.id, "FORMER_MEMBER_OF", LIBERAL.id, ""]]
    again = rebuilt(store, tmp_path)
    assert again.graph.edges[HAN_DONG.id, LIBERAL.id, moved] == edges[moved]
    assert run(store, "retype", moved, "MEMBER_OF").exit_code == 2  # already that type
    assert run(store, "retype", moved, "FRIENDS").exit_code == 2  # not in the vocabulary


def test_decisions_follow_an_edge_onto_a_merged_actor(store, tmp_path):
    run(store, "confirm", WORKS)
    other = document("A consular official works for China.", title="Consul")
    consul = actor("Consular official", "Person")
    extraction = Extraction(other, [consul, CHINA],
                            [fact(other, consul, "WORKS_FOR", CHINA, other.text)],
                            {consul.id: 1})
    build(store, [extraction])
    assert run(store, "merge", consul.id, DIPLOMAT.id).exit_code == 0
    kept = Edge(consul.id, CHINA.id, "WORKS_FOR").id
    edge = ids(store)[kept]
    assert edge["review"] == "confirmed" and len(edge["evidence"]) == 2
    assert rebuilt(store, tmp_path, [extraction]).graph.edges[
        consul.id, CHINA.id, kept]["review"] == "confirmed"


def test_edge_ids_are_the_same_whatever_the_build_order(tmp_path):
    forward = build(tmp_path / "a", sample_extractions())
    backward = build(tmp_path / "b", sample_extractions()[::-1])
    assert {e.id for e in forward.edges()} == {e.id for e in backward.edges()}
    assert {e.id: e.source for e in forward.edges()} == {e.id: e.source for e in backward.edges()}


def test_exports_carry_the_review_state(store, tmp_path):
    run(store, "confirm", SPOKE)
    out = tmp_path / "graph"
    assert run(store, "export", f"{out}.json").exit_code == 0
    links = {link["key"]: link for link in json.loads(Path(f"{out}.json").read_text())["links"]}
    assert links[SPOKE]["review"] == "confirmed" and links[WORKS]["review"] == ""
    assert run(store, "export", f"{out}.csv").exit_code == 0
    with open(f"{out}.edges.csv", newline="", encoding="utf-8") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows[SPOKE]["review"] == "confirmed" and rows[WORKS]["review"] == ""
    assert run(store, "export", f"{out}.graphml").exit_code == 0
    read = nx.read_graphml(f"{out}.graphml", force_multigraph=True)
    assert {k: d["review"] for _, _, k, d in read.edges(keys=True, data=True)}[SPOKE] == \
        "confirmed"


def test_show_reviewed_draws_only_reviewed_edges(store, tmp_path):
    from html_story import payload_of

    run(store, "confirm", SPOKE)
    page = tmp_path / "reviewed.html"
    assert run(store, "show", "--reviewed", "-o", str(page)).exit_code == 0
    data = payload_of(page.read_text(encoding="utf-8"))
    fields = data["fields"]["edge"]
    edges = [dict(zip(fields, row, strict=True)) for row in data["edges"]]
    assert [(e["id"], e["review"]) for e in edges] == [(SPOKE, "confirmed")]
    assert len(data["nodes"]) == 2


MEETING = "Meeting\n\nHan Dong met Michael Chong in Toronto.\n"
REPEAT = "Later\n\nThe committee heard evidence. Han Dong met Michael Chong in Toronto.\n"
ANOTHER = "Again\n\nIn 2021, Han Dong met Michael Chong at a dinner in Ottawa.\n"


def test_the_real_build_keeps_a_rejected_quote_out(tmp_path):
    """Built from text files by the real extractor: the repeat of a rejected sentence in a
    new file stays out; a new sentence proposes the edge again, flagged."""
    folder, store = tmp_path / "docs", tmp_path / "store"
    folder.mkdir()
    (folder / "a.txt").write_text(MEETING, encoding="utf-8")
    assert run(store, "build", str(folder)).exit_code == 0
    (met,) = [k for k, d in ids(store).items() if d["type"] == "MET_WITH"]
    assert run(store, "reject", met).exit_code == 0
    (folder / "b.txt").write_text(REPEAT, encoding="utf-8")
    assert run(store, "build", str(folder)).exit_code == 0
    assert met not in ids(store)
    (folder / "c.txt").write_text(ANOTHER, encoding="utf-8")
    assert run(store, "build", str(folder)).exit_code == 0
    edge = ids(store)[met]
    assert edge["review"] == "reproposed"
    assert [e["quote"] for e in edge["evidence"]] == [
        "In 2021, Han Dong met Michael Chong at a dinner in Ottawa."]


def test_a_later_document_keeps_a_confirmation_and_unsettles_a_retype(store):
    """New sentences for a confirmed edge leave it confirmed (the person confirmed the
    fact); a retyped edge that a document now states in its own words is no longer all
    the person's doing, so it is to be read again."""
    run(store, "confirm", WORKS)
    run(store, "retype", FORMER, "MEMBER_OF")
    member = Edge(HAN_DONG.id, LIBERAL.id, "MEMBER_OF").id
    later = document("The diplomat works for China, a source said. Han Dong is a Liberal.",
                     title="Later")
    build(store, [Extraction(later, [DIPLOMAT, CHINA, HAN_DONG, LIBERAL], [
        fact(later, DIPLOMAT, "WORKS_FOR", CHINA, "The diplomat works for China, a source said."),
        fact(later, HAN_DONG, "MEMBER_OF", LIBERAL, "Han Dong is a Liberal.")])])
    edges = ids(store)
    assert edges[WORKS]["review"] == "confirmed" and len(edges[WORKS]["evidence"]) == 2
    assert "review" not in edges[member] and len(edges[member]["evidence"]) == 2
