"""The actor's page and quotes in context in the HTML view, in a real headless Chromium.

`figraph actor NAME --html` opens on the actor's page (links grouped by the other actor,
quotes with their paragraph); clicking another actor shows its page, clicking a link
its evidence with the review state; hostile text in a paragraph stays text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from chromium_page import ARTIFACTS, CHROMIUM

pytestmark = pytest.mark.browser
assert CHROMIUM  # the browser fixture skips when the browser is missing

from figraph.cli import app  # noqa: E402
from figraph.graph.local_store import LocalStore  # noqa: E402
from figraph.graph.model import Extraction  # noqa: E402
from sample_graph import CHINA, DIPLOMAT, HAN_DONG, document, fact, sample_store  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

HOSTILE_CONTEXT = "<img src=x onerror=\"window.__pwned=1\"> said the aide."
TEXT = (f"Hearing\n\nThe committee sat late. Han Dong spoke to a senior Chinese diplomat. "
        f"{HOSTILE_CONTEXT}\n\nThe diplomat works for China.\n")


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("actor")
    local = sample_store(folder / "store")
    doc = document(TEXT, title="Hearing")
    local.merge(Extraction(doc, [HAN_DONG, DIPLOMAT, CHINA], [
        fact(doc, HAN_DONG, "SPOKE_WITH", DIPLOMAT,
             "Han Dong spoke to a senior Chinese diplomat.")], {HAN_DONG.id: 1, DIPLOMAT.id: 1}))
    local.save()
    spoke = next(k for _, _, k, d in local.graph.edges(keys=True, data=True)
                 if d["type"] == "SPOKE_WITH")
    runner = CliRunner()
    assert runner.invoke(app, ["confirm", spoke, "--note", "read the hearing",
                               "--store", str(local.path)]).exit_code == 0
    out = folder / "dong.html"
    result = runner.invoke(app, ["actor", "Han Dong", "--html", str(out),
                                 "--store", str(local.path)])
    assert result.exit_code == 0, result.output
    assert LocalStore.open(local.path).counts()["edges"] == 6
    return out


@pytest.fixture()
def opener(open_page: Any) -> Any:  # noqa: F811  (the shared fixture, by another name)
    """Opens a page file in Chromium, recording requests and errors (chromium_page)."""
    return open_page


def _clean(opened: Any) -> None:
    assert opened.requests == [opened.url]
    assert opened.problems == [] and opened.eval("window.__errors") == []
    assert opened.eval("window.__pwned") is None


def test_the_page_opens_on_the_actor_with_links_grouped(opener: Any, page_file: Path) -> None:
    opened = opener(page_file)
    panel = opened.page.locator("#fg-panel")
    assert panel.locator("h2").inner_text() == "Han Dong"
    groups = panel.locator("section.fg-group h4").all_inner_texts()
    assert groups[0].startswith("Senior Chinese diplomat (unnamed)")  # three quotes, first
    assert any(g.startswith("Liberal Party of Canada") for g in groups)
    first = panel.locator("section.fg-group").first
    assert "confirmed" in first.locator(".fg-review").inner_text()
    assert first.locator("mark.fg-said").first.inner_text() == (
        "Han Dong spoke to a senior Chinese diplomat.")
    assert "all 3 quotes" in first.inner_text()
    selected = opened.eval("window.figraph.network.getSelectedNodes()")
    assert selected == [opened.eval("(id) => window.figraph.indexOfNode(id)", HAN_DONG.id)]
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "actor-page.png"))
    _clean(opened)


def test_a_link_shows_its_quotes_in_their_paragraph(opener: Any, page_file: Path) -> None:
    opened = opener(page_file)
    opened.page.locator("section.fg-group .fg-link", has_text="spoke with").first.click()
    panel = opened.page.locator("#fg-panel")
    panel.locator("h3", has_text="Evidence").wait_for()
    quotes = panel.locator("blockquote.fg-quote")
    assert quotes.count() == 3
    in_context = [q.inner_text() for q in quotes.all() if q.locator("mark").count()]
    assert len(in_context) == 2  # Article 3 is the sentence alone: no paragraph around it
    (hearing,) = [text for text in in_context if text.startswith("The committee sat late.")]
    assert HOSTILE_CONTEXT in hearing
    assert "Review: read the hearing" in panel.inner_text()
    assert opened.eval("document.querySelectorAll('#fg-panel img').length") == 0
    _clean(opened)


def test_clicking_another_actor_shows_its_page(opener: Any, page_file: Path) -> None:
    opened = opener(page_file)
    opened.page.locator("section.fg-group h4 .fg-link").first.click()
    panel = opened.page.locator("#fg-panel")
    assert panel.locator("h2").inner_text() == "Senior Chinese diplomat (unnamed)"
    groups = panel.locator("section.fg-group h4").all_inner_texts()
    assert [g.split(" \u00b7 ")[0] for g in groups] == ["Han Dong"]  # one link away only
    _clean(opened)
