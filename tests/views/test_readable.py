"""The HTML view stays readable at 300 and 1,000 actors, checked in real headless Chromium.

Graphs shaped like an investigation's (`view_graphs.investigation_store`): hubs, long
names, unnamed placeholders, small separate stories and actors without links. At the
fitted view the most connected actors are labelled and no two labels overlap; zooming
in labels more; the drawing spreads over the canvas; the legend sits above the canvas,
not on it; actors without links wait behind a switch; placeholders are grouped until
opened. Screenshots of each size are kept in test-artifacts/ to be looked at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from chromium_page import ARTIFACTS, _assert_clean
from view_graphs import investigation_store

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SIZES = (300, 1000)

LABELS = "window.figraph.labels()"
VISIBLE = """() => {
  const net = window.figraph.network, rows = window.figraph.data.nodes;
  return net.body.nodeIndices.filter(id => typeof id === 'number').map(id => rows[id]);
}"""
SPREAD = """() => {
  const net = window.figraph.network, canvas = net.canvas.frame.canvas;
  const xs = [], ys = [];
  net.body.nodeIndices.forEach(id => {
    const n = net.body.nodes[id], p = net.canvasToDOM({x: n.x, y: n.y});
    xs.push(p.x); ys.push(p.y);
  });
  return {w: (Math.max(...xs) - Math.min(...xs)) / canvas.clientWidth,
          h: (Math.max(...ys) - Math.min(...ys)) / canvas.clientHeight};
}"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    from figraph.views import write_html

    folder = tmp_path_factory.mktemp("readable")
    out = {}
    for size in SIZES:
        store = investigation_store(size)
        documents = {d["id"]: d for d in store.documents()}
        out[size] = write_html(store.graph, folder / f"{size}.html", documents=documents,
                               title=f"figraph: {size} actors")
    return out


def overlaps(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] \
                    and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]:
                found.append((a["text"], b["text"]))
    return found


def redraw(opened: Any) -> None:
    opened.eval("window.figraph.network.redraw()")
    opened.page.wait_for_timeout(150)


@pytest.mark.parametrize("size", SIZES)
def test_the_fitted_view_labels_the_hubs_without_overlap(open_page, pages, size):
    opened = open_page(pages[size])
    redraw(opened)
    labels = opened.eval(LABELS)
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / f"views-readable-{size}.png"))
    assert overlaps(labels) == []
    assert 20 <= len(labels) <= 200, len(labels)  # a readable number, not none, not all
    hubs = sorted(opened.eval(VISIBLE), key=lambda row: -row[3])[:5]
    assert {row[1] for row in hubs} <= {label["text"] for label in labels}
    width = opened.eval("window.figraph.network.canvas.frame.canvas.clientWidth")
    assert all(0 <= b["x"] and b["x"] + b["w"] <= width for b in labels)  # none cut off
    _assert_clean(opened)


@pytest.mark.parametrize("size", SIZES)
def test_zooming_in_labels_more(open_page, pages, size):
    opened = open_page(pages[size])
    redraw(opened)
    fitted = {b["text"] for b in opened.eval(LABELS)}
    opened.eval("window.figraph.network.moveTo({scale: window.figraph.network.getScale() * 3})")
    redraw(opened)
    zoomed = opened.eval(LABELS)
    opened.page.screenshot(path=str(ARTIFACTS / f"views-readable-{size}-zoomed.png"))
    assert overlaps(zoomed) == []
    assert len({b["text"] for b in zoomed} - fitted) >= 10  # names the overview left out
    _assert_clean(opened)


@pytest.mark.parametrize("size", SIZES)
def test_the_drawing_uses_the_canvas_and_the_legend_stays_off_it(open_page, pages, size):
    opened = open_page(pages[size])
    spread = opened.eval(SPREAD)
    assert spread["w"] > 0.85 or spread["h"] > 0.85  # fitted to one side at least
    assert spread["w"] > 0.6 and spread["h"] > 0.5, spread
    legend = opened.page.locator("#fg-legend").bounding_box()
    canvas = opened.page.locator("#fg-network").bounding_box()
    assert legend["y"] + legend["height"] <= canvas["y"]
    assert "Person" in opened.page.locator("#fg-legend").inner_text()


def test_actors_without_links_wait_behind_a_switch(open_page, pages):
    opened = open_page(pages[300])
    rows = opened.eval(VISIBLE)
    assert rows and all(row[3] > 0 for row in rows)  # degree: none without a link drawn
    switch = opened.page.locator("#fg-alone")
    assert switch.inner_text() == "show the 30 actors without links"
    switch.click()
    opened.page.wait_for_timeout(500)
    assert sum(1 for row in opened.eval(VISIBLE) if row[3] == 0) == 30
    assert switch.inner_text() == "hide the 30 actors without links"
    _assert_clean(opened)


def test_unnamed_placeholders_are_grouped_until_opened(open_page, pages):
    opened = open_page(pages[300])
    groups = opened.eval("window.figraph.network.body.nodeIndices.filter(id => "
                         "typeof id === 'string')")
    assert groups, "placeholders sharing a named actor are grouped"
    drawn = [row[1] for row in opened.eval(VISIBLE)]
    placeholders = [name for name in drawn if name.endswith("(unnamed)")]
    assert len(placeholders) < 30  # most of the 37 are inside groups
    opened.eval("(id) => window.figraph.openGroup(id)", groups[0])
    members = opened.page.locator("#fg-panel li").all_inner_texts()
    assert len(members) >= 2 and all(m.endswith("(unnamed)") for m in members)
    after = [row[1] for row in opened.eval(VISIBLE)]
    assert set(members) <= set(after)  # opened: drawn one by one again
    opened.page.locator("#fg-panel li button").first.click()
    assert opened.page.locator("#fg-panel h2").inner_text() == members[0]
    _assert_clean(opened)


def test_search_finds_an_actor_inside_a_group(open_page, pages):
    opened = open_page(pages[1000])
    hidden = opened.eval("""() => {
      const f = window.figraph, net = f.network;
      const row = f.data.nodes.findIndex((r, i) => r[1].endsWith('(unnamed)')
                                         && net.clustering.findNode(i).length > 1);
      return f.data.nodes[row][1];
    }""")
    search = opened.page.locator("#fg-search")
    search.fill(hidden)
    search.press("Enter")
    assert opened.page.locator("#fg-panel h2").inner_text() == hidden
    index = opened.eval("(name) => window.figraph.data.nodes.findIndex(r => r[1] === name)",
                        hidden)
    assert opened.eval("window.figraph.network.getSelectedNodes()") == [index]
    _assert_clean(opened)
