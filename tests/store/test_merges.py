"""Merges a person can manage: by name or id, refused across types, undone exactly; and
suspected duplicates in clusters, placeholders compared only within their document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.decisions import DECISIONS_FILE, Decisions
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Document, Extraction, make_id, normalize_name
from sample_graph import (
    DIPLOMAT,
    HAN_DONG,
    LIBERAL,
    actor,
    document,
    fact,
    sample_store,
)
from typer.testing import CliRunner

runner = CliRunner()
MIKE = actor("Mike Chong", "Person", "MP")
MICHAEL = actor("Michael Chong", "Person", "MP", aliases=("Chong",))


def run(store: Path, *args: str):
    return runner.invoke(app, [*args, "--store", str(store)])


def chong_extractions() -> list[Extraction]:
    one = document("Mike Chong spoke with a senior Chinese diplomat. Mike Chong met Han Dong.",
                   title="Mike")
    two = document("Michael Chong met Han Dong in Ottawa.", title="Michael")
    return [
        Extraction(one, [MIKE, DIPLOMAT, HAN_DONG], [
            fact(one, MIKE, "SPOKE_WITH", DIPLOMAT,
                 "Mike Chong spoke with a senior Chinese diplomat."),
            fact(one, MIKE, "MET_WITH", HAN_DONG, "Mike Chong met Han Dong.")],
            {MIKE.id: 2, DIPLOMAT.id: 1, HAN_DONG.id: 1}),
        Extraction(two, [MICHAEL, HAN_DONG], [fact(two, MICHAEL, "MET_WITH", HAN_DONG, two.text)],
                   {MICHAEL.id: 1, HAN_DONG.id: 1}),
    ]


def contents(store: LocalStore) -> tuple[dict, dict, dict]:
    """Everything a store holds about actors and edges, comparable with ==."""
    nodes = {n: {k: v for k, v in a.items()} for n, a in store.graph.nodes(data=True)}
    edges = {k: d for _, _, k, d in store.graph.edges(keys=True, data=True)}
    return nodes, edges, store.aside


@pytest.fixture
def store(tmp_path: Path) -> Path:
    local = sample_store(tmp_path / "store")
    for extraction in chong_extractions():
        local.merge(extraction)
    local.save()
    return local.path


def test_unmerge_gives_the_store_back_as_it_was(store):
    before = contents(LocalStore.open(store))
    result = run(store, "merge", "Michael Chong", "Mike Chong")
    assert result.exit_code == 0, result.output
    assert f"undo with `figraph unmerge {MIKE.id}`" in result.stderr
    merged = LocalStore.open(store)
    assert merged.actor(MIKE.id) is None and "Mike Chong" in merged.actor(MICHAEL.id).aliases
    met = [d for _, _, d in merged.graph.edges(data=True) if d["type"] == "MET_WITH"]
    assert len(met) == 1 and len(met[0]["evidence"]) == 2
    assert merged.mentions(MICHAEL.id) == {d.document.id: c for d, c in zip(
        chong_extractions(), (2, 1), strict=True)}
    result = run(store, "unmerge", "Mike Chong")
    assert result.exit_code == 0, result.output
    nodes, edges, aside = contents(LocalStore.open(store))
    assert (nodes, edges, aside) == (before[0], before[1], {})
    assert Decisions.load(store).same == {}


def test_what_later_documents_bring_is_given_back_too(store, tmp_path):
    run(store, "merge", MICHAEL.id, MIKE.id)
    later = document("Mike Chong met Han Dong again. Mike Chong met Han Dong.", title="Later")
    extraction = Extraction(later, [MIKE, HAN_DONG], [
        fact(later, MIKE, "MET_WITH", HAN_DONG, "Mike Chong met Han Dong again.")],
        {MIKE.id: 2, HAN_DONG.id: 1})
    local = LocalStore.open(store)
    local.merge(Decisions.load(store).apply(extraction))
    local.save()
    assert run(store, "unmerge", MIKE.id).exit_code == 0
    never_merged = sample_store(tmp_path / "plain")
    for each in [*chong_extractions(), extraction]:
        never_merged.merge(each)
    assert contents(LocalStore.open(store))[:2] == contents(never_merged)[:2]


def test_a_merge_across_types_needs_force(store):
    before = (store / "graph.json").read_bytes()
    refused = run(store, "merge", "Han Dong", LIBERAL.id)
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert (store / "graph.json").read_bytes() == before
    assert not (store / DECISIONS_FILE).exists()
    assert run(store, "merge", "Han Dong", LIBERAL.id, "--force").exit_code == 0
    saved = json.loads((store / DECISIONS_FILE).read_text())
    assert saved["same"] == [{"drop": LIBERAL.id, "keep": HAN_DONG.id, "forced": True}]


def test_unmerge_asks_which_merge_when_a_name_means_several(store):
    run(store, "merge", "Michael Chong", "Mike Chong")
    run(store, "merge", "Michael Chong", "Han Dong")
    result = run(store, "unmerge", "Michael Chong")
    assert result.exit_code == 2 and "matches 2 merges" in result.stderr
    assert MIKE.id in result.stderr and HAN_DONG.id in result.stderr
    assert run(store, "unmerge", "nobody at all").exit_code == 2
    assert run(store, "unmerge", "Han Dong").exit_code == 0
    assert LocalStore.open(store).actor(HAN_DONG.id) is not None


def test_split_takes_a_merge_back(store):
    run(store, "merge", "Michael Chong", "Mike Chong")
    result = run(store, "split", "Michael Chong", MIKE.id)
    assert result.exit_code == 0 and "their merge is undone" in result.stderr
    local = LocalStore.open(store)
    assert local.actor(MIKE.id) is not None
    assert frozenset((MIKE.id, MICHAEL.id)) in Decisions.load(store).different


def test_actors_lists_ids(store):
    result = run(store, "actors")
    header, *rows = result.stdout.splitlines()
    assert header.split("\t")[-1] == "id"
    assert "Han Dong\tPerson\tMP\t" in result.stdout
    assert any(row.endswith(f"\t{HAN_DONG.id}") and row.startswith("Han Dong") for row in rows)


# -- duplicates ---------------------------------------------------------------------------


def placeholder(name: str, doc: Document) -> object:
    """An unnamed actor as the extraction makes it: its id scoped to its document."""
    made = actor(name, "Person", "Diplomat")
    made.id = make_id("a", doc.id, "unnamed:" + normalize_name(name))
    made.source = "text"
    return made


def test_duplicates_come_in_clusters_and_placeholders_stay_in_their_document(tmp_path):
    local = LocalStore(tmp_path)
    chongs = [MIKE, MICHAEL, actor("M. Chong", "Person")]
    first = document("A Chinese diplomat met a senior Chinese diplomat. Mike Chong spoke.",
                     title="First")
    second = document("A Chinese diplomat met Michael Chong and M. Chong.", title="Second")
    here = [placeholder(n, first) for n in ("Chinese diplomat (unnamed)",
                                            "Senior Chinese diplomat (unnamed)")]
    there = placeholder("Chinese diplomat (unnamed)", second)
    local.merge(Extraction(first, [*here, chongs[0]], [], {a.id: 1 for a in [*here, chongs[0]]}))
    local.merge(Extraction(second, [there, *chongs[1:]], [],
                           {a.id: 1 for a in [there, *chongs[1:]]}))
    local.save()
    result = run(tmp_path, "duplicates", "--json")
    assert result.exit_code == 0, result.output
    clusters = [sorted(a["id"] for a in c["actors"]) for c in json.loads(result.stdout)]
    assert sorted(a.id for a in chongs) in clusters  # one question, not three pairs
    assert sorted(a.id for a in here) in clusters  # two descriptions in one document
    assert not any(there.id in c for c in clusters)  # same words, another document
    assert len(clusters) == 2
    listed = run(tmp_path, "duplicates")
    assert "2 clusters (4 pairs)" in listed.stderr and "Chong: 0.70 by initials" in listed.stdout


@pytest.mark.parametrize(("threshold", "shown"), [("0.99", 0), ("0.75", 1), ("0.5", 1)])
def test_the_threshold_is_a_similarity_from_0_to_1(tmp_path, threshold, shown):
    local = LocalStore(tmp_path)
    doc = document("Mike Chong and Michael Chong.")
    local.merge(Extraction(doc, [MIKE, MICHAEL], [], {MIKE.id: 1, MICHAEL.id: 1}))
    local.save()
    result = run(tmp_path, "duplicates", "--json", "--threshold", threshold)
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == shown


def test_a_percentage_threshold_is_refused_with_a_hint(store):
    result = run(store, "duplicates", "--threshold", "75")
    assert result.exit_code == 2 and "between 0 and 1" in result.stderr and "0.75" in result.stderr


def test_a_merged_away_self_loop_is_kept_for_the_unmerge(store):
    """Han Dong merged with the diplomat he spoke with: the SPOKE_WITH between them has one
    actor at both ends, so it leaves the graph; the unmerge brings it back."""
    spoke = [k for _, _, k, d in LocalStore.open(store).graph.edges(keys=True, data=True)
             if d["type"] == "SPOKE_WITH" and d["source"] == HAN_DONG.id]
    run(store, "merge", "Han Dong", DIPLOMAT.id)
    merged = LocalStore.open(store)
    assert not set(spoke) & {k for _, _, k in merged.graph.edges(keys=True)}
    assert all(e["source"] == e["target"] == HAN_DONG.id for e in merged.aside.values())
    run(store, "unmerge", DIPLOMAT.id)
    back = LocalStore.open(store)
    assert set(spoke) <= {k for _, _, k in back.graph.edges(keys=True)} and not back.aside
    assert back.actor(DIPLOMAT.id).name == DIPLOMAT.name


def test_a_merge_made_before_shares_were_kept_is_undone_at_the_next_fresh_build(store):
    """A store merged by an earlier figraph holds no `parts`: the unmerge is recorded and
    says the actor comes back with a fresh build, rather than inventing its share."""
    run(store, "merge", "Michael Chong", "Mike Chong")
    local = LocalStore.open(store)
    del local.graph.nodes[MICHAEL.id]["parts"]
    local.save()
    result = run(store, "unmerge", MIKE.id)
    assert result.exit_code == 0, result.output
    assert "comes back when its documents are built again into a fresh store" in result.stderr
    assert Decisions.load(store).same == {}
    again = LocalStore(store.parent / "fresh")
    decisions = Decisions.load(store)
    for extraction in chong_extractions():
        again.merge(decisions.apply(extraction))
    assert again.actor(MIKE.id) is not None and again.actor(MICHAEL.id) is not None


def test_dates_written_in_the_quotes_come_back_with_the_unmerge(tmp_path):
    local = LocalStore(tmp_path)
    one = document("Mike Chong met Han Dong on 1 May 2023.", title="May")
    two = document("Michael Chong met Han Dong in June 2021.", title="June")
    for doc, chong in ((one, MIKE), (two, MICHAEL)):
        edge = fact(doc, chong, "MET_WITH", HAN_DONG, doc.text)
        edge.date = "1 May 2023" if chong is MIKE else "June 2021"
        local.merge(Extraction(doc, [chong, HAN_DONG], [edge], {chong.id: 1, HAN_DONG.id: 1}))
    local.save()
    dates = {d["source"]: d["date"] for _, _, d in local.graph.edges(data=True)}
    assert dates == {MIKE.id: "2023-05-01", MICHAEL.id: "2021-06"}
    run(tmp_path, "merge", MICHAEL.id, MIKE.id)
    (merged,) = [d for _, _, d in LocalStore.open(tmp_path).graph.edges(data=True)]
    assert merged["date"] in dates.values() and len(merged["evidence"]) == 2
    run(tmp_path, "unmerge", MIKE.id)
    back = {d["source"]: d["date"] for _, _, d in LocalStore.open(tmp_path).graph.edges(data=True)}
    assert back == dates
