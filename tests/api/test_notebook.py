"""docs/notebook.ipynb runs as it is, warns nothing, and its views draw in Chromium.

The notebook is executed by nbclient on a real IPython kernel, from docs/ (as a reader
opens it). Then its outputs are put one after the other in one page, as a notebook
front end shows them, and opened in headless Chromium: every view must start in its own
container, with vis-network sent by the first view only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "docs" / "notebook.ipynb"
VIS_MARKER = "vis-network"  # the library's banner: present once per copy sent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def executed() -> Any:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name="python3", timeout=600,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    return notebook


def outputs(notebook: Any) -> list[Any]:
    return [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]


def test_the_notebook_runs_without_error_or_warning(executed):
    found = outputs(executed)
    assert not [o for o in found if o.output_type == "error"]
    assert not [o for o in found if o.output_type == "stream" and o.name == "stderr"]
    text = " ".join(str(o.get("text", "")) for o in found)
    assert "Warning" not in text and "documents: 1 read, 1 added" in text


def test_views_are_inline_with_the_library_sent_once(executed):
    pages = [o.data["text/html"] for o in outputs(executed)
             if "text/html" in o.get("data", {})]
    assert len(pages) == 2  # the two figraph.show cells
    assert "<iframe" not in "".join(pages)
    assert VIS_MARKER in pages[0] and VIS_MARKER not in pages[1]
    assert len(pages[1]) < 50_000 < len(pages[0])  # only its data the second time


# What a notebook front end does with an HTML output: set it as markup, then run its
# scripts (markup alone runs none).
RENDER = """(html) => {
    const cell = document.createElement('div');
    cell.className = 'cell';
    cell.innerHTML = html;
    document.body.appendChild(cell);
    cell.querySelectorAll('script').forEach(old => {
        const script = document.createElement('script');
        [...old.attributes].forEach(a => script.setAttribute(a.name, a.value));
        script.textContent = old.textContent;
        old.replaceWith(script);
    });
}"""
ROOTS = """[...document.querySelectorAll('.fg-root')].map(r => ({
    ready: r.getAttribute('data-ready'), title: r.querySelector('#fg-title').textContent,
    labels: r.figraph ? r.figraph.labels().map(l => l.text) : [], height: r.clientHeight,
    header: getComputedStyle(r.querySelector('.fg-header')).display,
    loading: r.querySelector('#fg-loading').textContent}))"""


@pytest.fixture(scope="module")
def chromium() -> Any:
    if not Path("/usr/bin/chromium").exists() and os.environ.get("FIGRAPH_REQUIRE_BROWSER") != "1":
        pytest.skip("needs /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                     args=["--headless", "--no-sandbox", "--disable-gpu"])
        yield browser
        browser.close()


def open_outputs(browser: Any, pages: list[str], problems: list[str]) -> Any:
    """A blank notebook-like page with `pages` rendered into it one output at a time."""
    page = browser.new_page(viewport={"width": 1200, "height": 1400})
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.set_content("<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
                     "<body><h1>notebook</h1></body></html>")
    for html in pages:
        page.evaluate(RENDER, html)
    return page


def html_outputs(notebook: Any) -> list[str]:
    return [o.data["text/html"] for o in outputs(notebook) if "text/html" in o.get("data", {})]


@pytest.mark.browser
def test_the_outputs_draw_in_chromium(executed, chromium):
    problems: list[str] = []
    page = open_outputs(chromium, html_outputs(executed), problems)
    page.wait_for_selector(".fg-root[data-ready='1'] >> nth=1", state="attached", timeout=60_000)
    roots = page.evaluate(ROOTS)
    page.screenshot(path=str(REPO / "test-artifacts" / "notebook-views.png"), full_page=True)
    page.close()
    assert problems == []
    assert [r["ready"] for r in roots] == ["1", "1"]
    assert roots[0]["title"] == "figraph: around Han Dong (2 hops)"
    assert "Han Dong" in roots[0]["labels"] and roots[1]["labels"]
    assert roots[1]["height"] < roots[0]["height"]  # each its own size
    assert {r["header"] for r in roots} == {"flex"}  # the page's styles apply


@pytest.mark.browser
def test_a_view_still_draws_after_the_first_output_is_gone(executed, chromium):
    """Re-running a cell replaces its output: the library and styles the first output
    brought must outlive it."""
    problems: list[str] = []
    first, second = html_outputs(executed)
    page = open_outputs(chromium, [first], problems)
    page.wait_for_selector(".fg-root[data-ready='1']", state="attached", timeout=60_000)
    page.evaluate("document.querySelector('.cell').remove()")
    page.evaluate(RENDER, second)
    page.wait_for_selector(".fg-root[data-ready='1']", state="attached", timeout=60_000)
    roots = page.evaluate(ROOTS)
    page.close()
    assert problems == []
    assert len(roots) == 1 and roots[0]["labels"] and roots[0]["header"] == "flex"


@pytest.mark.browser
def test_a_view_without_the_library_says_how_to_get_it(executed, chromium):
    problems: list[str] = []
    page = open_outputs(chromium, html_outputs(executed)[1:], problems)
    roots = page.evaluate(ROOTS)
    page.close()
    assert problems == [] and roots[0]["ready"] is None
    assert "figraph.reset_assets()" in roots[0]["loading"]
