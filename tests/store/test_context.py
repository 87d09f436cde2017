"""Quotes in context: each piece of evidence keeps its sentence's paragraph around it.

The store keeps no document text, so the context is taken when a document is merged;
the terminal shows it with `--context`, JSON carries it, and an older store without it
still loads (its quotes are shown alone).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.context import CONTEXT_CHARS, quote_context
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from old_stores import version4_lines, write_lines
from sample_graph import CHINA, DIPLOMAT, HAN_DONG, document, fact
from typer.testing import CliRunner

runner = CliRunner()
PARAGRAPHS = ("Title line\n\nAn opening sentence. Han Dong spoke to a senior Chinese diplomat. "
              "He denied any wrongdoing.\n\nThe diplomat works for China.\n")


def around(text: str, quote: str) -> list[str]:
    start = text.index(quote)
    return quote_context(text, start, start + len(quote))


@pytest.mark.parametrize(("text", "quote", "expected"), [
    (PARAGRAPHS, "Han Dong spoke to a senior Chinese diplomat.",
     ["An opening sentence. ", " He denied any wrongdoing."]),
    (PARAGRAPHS, "An opening sentence.", ["", " Han Dong spoke to a senior Chinese diplomat. "
                                             "He denied any wrongdoing."]),
    (PARAGRAPHS, "The diplomat works for China.", []),  # alone in its paragraph
    ("MR. CHONG: I met him.\nMR. DONG: I never met him.\nCHAIR: Thank you.",
     "I never met him.", ["MR. DONG: ", ""]),  # no blank lines: a line is a paragraph
    ("One. Two.\r\n \r\nThree. Four.", "Four.", ["Three. ", ""]),
])
def test_the_context_is_the_paragraph_around_the_quote(text, quote, expected):
    assert around(text, quote) == expected


def test_a_long_paragraph_is_cut_at_sentences_and_marked():
    before = " ".join(f"Sentence number {i} is here." for i in range(60))
    text = f"{before} Han Dong met the consul. {before}"
    cut_before, cut_after = around(text, "Han Dong met the consul.")
    assert cut_before.startswith("…Sentence number") and len(cut_before) <= CONTEXT_CHARS + 1
    assert cut_after.endswith("is here. …") and len(cut_after) <= CONTEXT_CHARS + 2
    assert text[text.index("Han") - len(cut_before) + 1:].startswith(cut_before[1:])


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 2), (0, 10_000)])
def test_offsets_outside_the_text_give_no_context(start, end):
    assert quote_context("Short text.", start, end) == []


def _store(path: Path) -> LocalStore:
    doc = document(PARAGRAPHS, title="Paragraphs")
    local = LocalStore(path)
    local.merge(Extraction(doc, [HAN_DONG, DIPLOMAT, CHINA], [
        fact(doc, HAN_DONG, "SPOKE_WITH", DIPLOMAT,
             "Han Dong spoke to a senior Chinese diplomat."),
        fact(doc, DIPLOMAT, "WORKS_FOR", CHINA, "The diplomat works for China.")],
        {HAN_DONG.id: 1, DIPLOMAT.id: 2, CHINA.id: 1}))
    local.save()
    return local


def test_merged_evidence_keeps_its_context_through_a_save(tmp_path):
    _store(tmp_path)
    by_type = {e.type: e.evidence[0] for e in LocalStore.open(tmp_path).edges()}
    assert by_type["SPOKE_WITH"].context == ["An opening sentence. ",
                                             " He denied any wrongdoing."]
    assert by_type["WORKS_FOR"].context == []
    stored = (tmp_path / "graph.json").read_text(encoding="utf-8")
    assert stored.count("An opening sentence. ") == 1
    header, actors, edges = version4_lines(LocalStore.open(tmp_path))
    assert sum("context" in item for edge in edges for item in edge["evidence"]) == 1


def test_the_terminal_shows_the_paragraph_only_when_asked(tmp_path):
    _store(tmp_path)
    args = ["path", "Han Dong", DIPLOMAT.id, "--store", str(tmp_path)]
    plain = runner.invoke(app, args)
    assert plain.exit_code == 0 and "He denied any wrongdoing" not in plain.stdout
    shown = runner.invoke(app, [*args, "--context"])
    assert ("An opening sentence. “Han Dong spoke to a senior Chinese diplomat.” "
            "He denied any wrongdoing.") in shown.stdout
    hop = json.loads(runner.invoke(app, [*args, "--json"]).stdout)["paths"][0]["hops"][0]
    assert hop["evidence"][0]["context"] == ["An opening sentence. ",
                                             " He denied any wrongdoing."]


def test_a_store_written_before_contexts_still_loads(tmp_path):
    """Version 3 wrote no context, no review and no aside table: it reads as before."""
    header, actors, edges = version4_lines(_store(tmp_path))
    header["version"] = 3
    header.pop("aside")
    for edge in edges:
        for evidence in edge["evidence"]:
            evidence.pop("context", None)
    write_lines(tmp_path, header, actors, edges)
    old = LocalStore.open(tmp_path)
    assert old.counts()["edges"] == 2 and not old.aside
    assert all(e.context == [] and e.quote for edge in old.edges() for e in edge.evidence)
    shown = runner.invoke(app, ["actor", "Han Dong", "--context", "--store", str(tmp_path)])
    assert shown.exit_code == 0 and "“Han Dong spoke to a senior Chinese diplomat.”" \
        in shown.stdout


def _without_contexts(store: Path) -> None:
    """Rewrite a store as one written before contexts were kept."""
    header, actors, edges = version4_lines(LocalStore.open(store))
    for attrs in header["documents"].values():
        attrs.pop("context_kept")
    for edge in edges:
        for evidence in edge["evidence"]:
            evidence.pop("context", None)
    write_lines(store, header, actors, edges)


def test_building_the_same_files_again_gives_an_older_store_its_contexts(tmp_path):
    text = ("Briefing\n\nThe committee met on Tuesday. Han Dong met Michael Chong in Toronto. "
            "Both declined to comment.\n")
    (tmp_path / "briefing.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    args = ["build", str(tmp_path / "briefing.txt"), "--store", str(store)]
    assert runner.invoke(app, args).exit_code == 0
    first = {e.quote: e.context for edge in LocalStore.open(store).edges() for e in edge.evidence}
    _without_contexts(store)
    assert not any(e.context for edge in LocalStore.open(store).edges() for e in edge.evidence)
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "0 added, 1 unchanged" in again.stderr
    contexts = {e.quote: e.context for edge in LocalStore.open(store).edges()
                for e in edge.evidence}
    assert contexts["Han Dong met Michael Chong in Toronto."] == [
        "The committee met on Tuesday. ", " Both declined to comment."]
    assert contexts == first
