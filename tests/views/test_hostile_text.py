"""Hostile text end to end: `figraph build` (real extractor) -> `figraph show` -> Chromium.

tests/views/test_browser.py checks a hand-made store with hostile actor names; this
one feeds markup, script closers and `javascript:` URLs through a real
document, so titles, quotes and URLs reach the page the way a user's do, then
opens every evidence panel, the tooltips and the search, and checks that no
element, dialog or script came out of the data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from chromium_page import _assert_clean
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from typer.testing import CliRunner

pytestmark = pytest.mark.browser
runner = CliRunner()

PWN = "window.__pwned=1"
TITLE = f"<img src=x onerror={PWN}> Report <iframe src=javascript:{PWN}>"
QUOTES = [
    f"</script><script>{PWN}</script>",
    f"<img src=x onerror={PWN}>",
    f"<svg onload={PWN}>",
    f"[click](javascript:{PWN})",
    "MATCH (n) DETACH DELETE n",
    "\u202eevil\u202c and zero\u200bwidth",
]
DOCUMENT = (
    f"{TITLE}\n\n"
    + " ".join(f'MP Han Dong met Chinese diplomat Zhao Wei, who said "{q}" in Ottawa.'
               for q in QUOTES)
    + "\n\nMP Jenny Kwan met Indian official Raj Patel in Toronto.\n"
    + f"\n\nurl javascript:{PWN}\n"
)


# Elements the data could smuggle in (the legend draws its own small SVGs).
FOREIGN_ELEMENTS = """[...document.querySelectorAll('img, iframe, svg, [onload], [onerror]')]
  .filter(e => !e.closest('#fg-legend')).length"""


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile_view")
    (folder / "hostile.txt").write_text(DOCUMENT, encoding="utf-8")
    store = folder / "store"
    built = runner.invoke(app, ["build", str(folder / "hostile.txt"), "--store", str(store)])
    assert built.exit_code == 0, built.output
    quotes = [e.quote for edge in LocalStore.open(store).edges() for e in edge.evidence]
    assert any(QUOTES[0] in q for q in quotes), quotes
    shown = runner.invoke(app, ["show", "--store", str(store), "--output", str(folder / "p.html")])
    assert shown.exit_code == 0, shown.output
    return folder / "p.html"


def test_every_evidence_panel_shows_hostile_text_as_text(
    open_page: Any, page_file: Path  # noqa: F811 (the imported fixture)
) -> None:
    opened = open_page(page_file)
    edges = opened.eval("window.figraph.data.edges.length")
    assert edges >= 2
    seen = ""
    for j in range(edges):
        opened.eval("(j) => window.figraph.showEdge(j)", j)
        seen += opened.panel_text()
    for quote in QUOTES:
        assert quote in seen, quote
    assert "Report" in seen and "<img src=x" in seen  # the title, as text
    hrefs = opened.eval("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert not any((h or "").lower().startswith("javascript") for h in hrefs)
    assert opened.eval(FOREIGN_ELEMENTS) == 0
    _assert_clean(opened)


def test_edge_tooltip_and_search_keep_hostile_text_inert(
    open_page: Any, page_file: Path  # noqa: F811
) -> None:
    opened = open_page(page_file)
    point = opened.eval("""() => {
      const f = window.figraph, net = f.network;
      const p = net.canvasToDOM(net.body.edges[0].edgeType.getPoint(0.5));
      return {x: p.x, y: p.y};
    }""")
    box = opened.page.locator("#fg-network").bounding_box()
    opened.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    opened.page.locator("#fg-tooltip").wait_for()
    for text in ("<img", "</script>", "javascript:"):
        search = opened.page.locator("#fg-search")
        search.fill(text)
        search.press("Enter")
    assert opened.eval(FOREIGN_ELEMENTS) == 0
    _assert_clean(opened)
