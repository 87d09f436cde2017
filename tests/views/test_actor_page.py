"""`figraph actor`: one actor's page, the same in the terminal, as JSON and in the HTML view.

The page holds the actor's type, roles and other names, the documents that mention it,
and every edge with its quotes, claimant, status, review and source, grouped by the
other actor; and the claims the actor makes about others.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.views.actor_page import actor_page
from html_story import payload_of
from sample_graph import (
    CANADA,
    CHINA,
    DIPLOMAT,
    HAN_DONG,
    INDIA,
    LEBLANC,
    LIBERAL,
    MPS,
    NSICOP,
    sample_store,
)
from typer.testing import CliRunner

runner = CliRunner()


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    local = sample_store(tmp_path / "store")
    local.save()
    return local


def page_of(store: LocalStore, actor_id: str, **options) -> dict:
    return actor_page(store, actor_id, **options)


def test_edges_are_grouped_by_the_other_actor_best_supported_first(store):
    page = page_of(store, HAN_DONG.id)
    assert (page["name"], page["type"], page["roles"]) == ("Han Dong", "Person", ["MP"])
    assert [g["actor"]["id"] for g in page["links"]] == [DIPLOMAT.id, LIBERAL.id]
    spoke = page["links"][0]["edges"][0]
    assert spoke["type"] == "SPOKE_WITH" and spoke["direction"] == "out"
    assert {e["document_title"] for e in spoke["evidence"]} == {"Article 1", "Article 3"}
    assert [d["title"] for d in page["documents"]] == ["Article 1", "Article 3"]
    assert page["documents"][0]["mentions"] == 2


def test_the_claims_an_actor_makes_are_on_its_page(store):
    page = page_of(store, NSICOP.id)
    claims = {(c["source"], c["type"], c["target"]) for c in page["claims"]}
    assert claims == {(MPS.id, "ALLEGED_ASSISTANCE", INDIA.id),
                      (CHINA.id, "INTERFERED_IN", CANADA.id)}
    linked = [(g["actor"]["id"], [e["type"] for e in g["edges"]]) for g in page["links"]]
    assert linked == [(LEBLANC.id, ["REFUSED_COMMENT"])]  # the claims are not links
    assert all(c["claimant_name"] == NSICOP.name and c["status"] == "alleged"
               for c in page["claims"])


def test_reviewed_only_keeps_confirmed_edges(store):
    spoke = next(k for _, _, k, d in store.graph.edges(keys=True, data=True)
                 if d["type"] == "SPOKE_WITH")
    assert runner.invoke(app, ["confirm", spoke, "--store", str(store.path)]).exit_code == 0
    page = page_of(LocalStore.open(store.path), HAN_DONG.id, reviewed_only=True)
    assert [(g["actor"]["id"], [e["review"] for e in g["edges"]]) for g in page["links"]] == [
        (DIPLOMAT.id, ["confirmed"])]


def test_the_terminal_page_shows_every_quote_with_its_source(store):
    result = runner.invoke(app, ["actor", "Han Dong", "--store", str(store.path)])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.index("Senior Chinese diplomat (unnamed)") < text.index("Liberal Party")
    assert text.count("“Han Dong spoke to a senior Chinese diplomat.”") == 2
    assert "— Article 1" in text and "— Article 3" in text and "· unreviewed" in text
    data = json.loads(runner.invoke(app, ["actor", HAN_DONG.id, "--json", "--store",
                                          str(store.path)]).stdout)
    assert data["id"] == HAN_DONG.id and len(data["links"]) == 2


def test_the_html_page_opens_on_the_actor(store, tmp_path):
    out = tmp_path / "dong.html"
    result = runner.invoke(app, ["actor", "Han Dong", "--html", str(out), "--store",
                                 str(store.path)])
    assert result.exit_code == 0, result.output
    data = payload_of(out.read_text(encoding="utf-8"))
    assert data["settings"]["focus"] == HAN_DONG.id
    assert {row[0] for row in data["nodes"]} == {HAN_DONG.id, DIPLOMAT.id, LIBERAL.id}
    shown = tmp_path / "show.html"
    for centres, focus in ((["Han Dong"], HAN_DONG.id), (["Han Dong", "China"], None)):
        args = [arg for name in centres for arg in ("--actor", name)]
        assert runner.invoke(app, ["show", *args, "-o", str(shown), "--store",
                                   str(store.path)]).exit_code == 0
        assert payload_of(shown.read_text(encoding="utf-8"))["settings"]["focus"] == focus
