"""The HTML view in a real headless Chromium: offline, no errors, evidence on click, no XSS.

Every request the page makes is recorded and any network request is aborted; the
only one allowed is the file itself. Clicks are real mouse clicks at the canvas
position of an edge or a node (vis-network's positions mapped to the screen).
Screenshots are kept in test-artifacts/ for a look by hand.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from chromium_page import ARTIFACTS, Opened, _assert_clean
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Actor, Document, Edge, Evidence, Extraction, make_id
from figraph.views import render_html, write_html
from html_story import HOSTILE, SCRIPT_CLOSER, actor_id, story_documents, story_store

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def story_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = story_store()
    path = tmp_path_factory.mktemp("views") / "story.html"
    return write_html(
        store.graph,
        path,
        title="NSICOP: MPs and foreign states",
        documents=story_documents(store),
        highlight=[actor_id("Han Dong")],
    )


def _edge_point(opened: Opened, relation: str) -> dict[str, Any]:
    """DOM point (inside the canvas) on the edge of this relation, and the edge's index."""
    return opened.eval(
        """(relation) => {
      const f = window.figraph, net = f.network, rels = f.data.relations;
      const j = f.data.edges.findIndex(r => rels[r[3]].name === relation);
      const edge = net.body.edges[j];
      const p = net.canvasToDOM(edge.edgeType.getPoint(0.5));
      return {x: p.x, y: p.y, edge: j, hit: net.getEdgeAt(p)};
    }""",
        relation,
    )


def _node_point(opened: Opened, node_id: str) -> dict[str, Any]:
    return opened.eval(
        """(id) => {
      const f = window.figraph, net = f.network, i = f.indexOfNode(id);
      const p = net.canvasToDOM(net.getPositions([i])[i]);
      return {x: p.x, y: p.y, node: i, hit: net.getNodeAt(p)};
    }""",
        node_id,
    )


# The actor drawn nearest the middle of the canvas (never under the legend).
_NODE_NEAR_CENTRE = """() => {
  const net = window.figraph.network, centre = net.getViewPosition(), all = net.getPositions();
  let best = null, bestD = Infinity;
  for (const id in all) {
    const d = (all[id].x - centre.x) ** 2 + (all[id].y - centre.y) ** 2;
    if (d < bestD) { best = id; bestD = d; }
  }
  const p = net.canvasToDOM(all[best]);
  return {x: p.x, y: p.y, hit: net.getNodeAt(p)};
}"""



def test_page_draws_offline_with_every_actor(open_page: Any, story_file: Path) -> None:
    opened = open_page(story_file)
    assert opened.eval("window.figraph.network.body.data.nodes.length") == 11
    labels = [b["text"] for b in opened.eval("window.figraph.labels()")]  # drawn by the page
    assert "Han Dong" in labels and HOSTILE in labels and len(labels) == 10  # one has no link
    dashed = opened.eval("""() => {
      const f = window.figraph, rels = f.data.relations;
      return f.network.body.data.edges.get().map(e => [rels[f.data.edges[e.id][3]].allegation,
                                                       Boolean(e.dashes)]);
    }""")
    assert len(dashed) == 8 and all(alleged == dashes for alleged, dashes in dashed)
    assert opened.eval("window.figraph.network.physics.options.enabled") is False  # settled
    legend = opened.page.locator("#fg-legend").inner_text()
    assert "Person" in legend and "Allegation" in legend
    _assert_clean(opened)


def test_clicking_an_edge_shows_its_evidence(open_page: Any, story_file: Path) -> None:
    opened = open_page(story_file)
    point = _edge_point(opened, "ALLEGED_ASSISTANCE")
    assert point["hit"] == point["edge"], "nothing else lies on the edge's midpoint"
    opened.click_canvas(point)
    opened.page.locator("#fg-panel blockquote").first.wait_for()
    text = opened.panel_text()
    assert "NSICOP says MPs knowingly assisted India" in text
    assert "Members of Parliament" in text and "alleged assistance" in text
    assert "Claimed by: NSICOP" in text and "Hedged: knowingly" in text and "p. 12" in text
    link = opened.page.locator("#fg-panel a").first
    assert link.inner_text() == "NSICOP report <coverage>"
    assert link.get_attribute("href") == "https://example.org/nsicop?a=1&b=2"
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "views-story-edge.png"))
    _assert_clean(opened)


def test_hostile_name_is_text_everywhere_and_runs_nothing(open_page: Any, story_file: Path) -> None:
    opened = open_page(story_file)
    point = _node_point(opened, actor_id(HOSTILE))
    assert point["hit"] == point["node"]
    opened.page.mouse.move(0, 0)
    box = opened.page.locator("#fg-network").bounding_box()
    opened.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])  # hover: tooltip
    opened.page.locator("#fg-tooltip").wait_for()
    assert HOSTILE in opened.page.locator("#fg-tooltip").inner_text()
    opened.click_canvas(point)
    assert opened.page.locator("#fg-panel h2").inner_text() == HOSTILE
    assert "hostile alias <b>" in opened.panel_text()
    search = opened.page.locator("#fg-search")
    search.fill("script")
    assert SCRIPT_CLOSER in opened.page.locator("#fg-suggestions").inner_text()
    search.press("Enter")
    assert opened.page.locator("#fg-panel h2").inner_text() == SCRIPT_CLOSER
    assert opened.eval("document.querySelectorAll('img, b, iframe').length") == 0
    assert opened.eval("document.querySelectorAll('script').length") == 3
    _assert_clean(opened)


def test_search_by_alias_focuses_the_actor(open_page: Any, story_file: Path) -> None:
    opened = open_page(story_file)
    search = opened.page.locator("#fg-search")
    search.fill("people's rep")
    suggestions = opened.page.locator("#fg-suggestions li")
    assert (
        suggestions.count() == 1 and "alias: People's Republic of China" in suggestions.inner_text()
    )
    search.press("Enter")
    china = opened.eval("(id) => window.figraph.indexOfNode(id)", actor_id("China"))
    assert opened.eval("window.figraph.network.getSelectedNodes()") == [china]
    assert opened.page.locator("#fg-panel h2").inner_text() == "China"
    search.fill("leblanc")
    assert (
        opened.page.locator("#fg-suggestions li").first.inner_text().startswith("Dominic LeBlanc")
    )
    _assert_clean(opened)


def test_unsafe_document_urls_are_not_links(open_page: Any, story_file: Path) -> None:
    opened = open_page(story_file)
    opened.eval("(j) => window.figraph.showEdge(j)", _found_edge(opened))
    assert (
        "Hogue Commission" in opened.panel_text()
        and "Claimed by: Hogue Commission" in opened.panel_text()
    )
    hrefs = opened.eval(
        "[...document.querySelectorAll('#fg-panel a')].map(a => a.getAttribute('href'))"
    )
    assert not any(h.lower().startswith("javascript") for h in hrefs)
    _assert_clean(opened)


def _found_edge(opened: Opened) -> int:
    return opened.eval("""() => window.figraph.data.edges.findIndex(r => r[4] === 'found')""")


def _synthetic_store(n_actors: int) -> LocalStore:
    """Chains of small communities: a thousand actors, four links each, one document."""
    text = "A synthetic register of meetings. " * 5
    doc = Document(id=Document.id_for(text), title="Register", text=text, date="2024-01-01")
    actors = [
        Actor(id=make_id("a", str(i)), name=f"Actor {i}", type=("Person", "State", "Agency")[i % 3])
        for i in range(n_actors)
    ]
    edges = []
    for i, actor in enumerate(actors):
        for step in (1, 2, 5, 37):
            other = actors[(i + step) % n_actors]
            quote = f"{actor.name} met {other.name}."
            edges.append(
                Edge(
                    actor.id,
                    other.id,
                    "MET_WITH" if step < 5 else "FUNDED",
                    claimant=actor.id if step >= 5 else "",
                    status="alleged" if step >= 5 else "stated",
                    evidence=[Evidence(doc.id, quote, 0, len(quote), doc.title)],
                )
            )
    store = LocalStore()
    store.merge(Extraction(document=doc, actors=actors, edges=edges))
    return store


@pytest.mark.slow
def test_a_thousand_actors_are_interactive(open_page: Any, tmp_path: Path) -> None:
    store = _synthetic_store(1000)
    path = tmp_path / "big.html"
    path.write_text(render_html(store.graph, title="1,000 actors"), encoding="utf-8")
    opened = open_page(path)
    assert opened.eval("window.figraph.network.body.data.nodes.length") == 1000
    assert opened.eval("window.figraph.network.body.data.edges.length") == 4000
    ready_ms = opened.eval("window.figraph.timings.ready")
    assert ready_ms < 15_000, f"first drawing after {ready_ms:.0f} ms"
    point = opened.eval(_NODE_NEAR_CENTRE)
    assert point["hit"] is not None
    opened.click_canvas(point)
    hit = opened.eval("(i) => window.figraph.data.nodes[i][1]", point["hit"])
    opened.page.locator("#fg-panel h2", has_text=re.compile("^" + re.escape(hit) + "$")).wait_for(
        timeout=10_000
    )
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "views-1000.png"))
    _assert_clean(opened)
