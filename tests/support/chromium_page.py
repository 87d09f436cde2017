"""The real headless Chromium the view tests open pages in, offline and watched.

A pytest plugin (loaded by tests/conftest.py). A test that opens a page skips when
/usr/bin/chromium is missing (unless FIGRAPH_REQUIRE_BROWSER=1). Every request a page
makes is recorded and any network request is aborted; the only one allowed is the file
itself. Traps record alerts and errors that data might smuggle in. Fixtures: `browser`
(module), `open_page` (a function PATH -> Opened); `_assert_clean` checks that an opened
page asked for nothing else and ran nothing from the data.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Set before any page script runs: traps for script that data might smuggle in.
TRAPS = """
window.__alerts = 0;
window.__errors = [];
window.alert = window.confirm = window.prompt = function () { window.__alerts += 1; };
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
"""


class Opened:
    """A page opened from a file, with everything it asked for and complained about."""

    def __init__(self, page: Any, url: str) -> None:
        self.page = page
        self.url = url
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.dialogs: list[str] = []

    def eval(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def click_canvas(self, point: dict[str, float]) -> None:
        box = self.page.locator("#fg-network").bounding_box()
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def panel_text(self) -> str:
        return self.page.locator("#fg-panel").inner_text()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists() and os.environ.get("FIGRAPH_REQUIRE_BROWSER") != "1":
        pytest.skip("needs /usr/bin/chromium (set FIGRAPH_REQUIRE_BROWSER=1 to fail instead)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def open_page(browser: Any) -> Iterator[Any]:
    contexts = []

    def open_file(path: Path) -> Opened:
        context = browser.new_context(viewport={"width": 1400, "height": 860})  # fresh profile
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page, path.resolve().as_uri())
        context.route(
            "**/*",
            lambda route: route.continue_() if route.request.url == opened.url else route.abort(),
        )
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and opened.problems.append(m.text))
        page.on("pageerror", lambda e: opened.problems.append(str(e)))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        page.add_init_script(TRAPS)
        page.goto(opened.url)
        # A selector wait, not wait_for_function: the page's CSP forbids eval.
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
        return opened

    yield open_file
    for context in contexts:
        context.close()


def _assert_clean(opened: Opened) -> None:
    assert opened.requests == [opened.url], "the page asked for more than itself"
    assert opened.problems == [] and opened.eval("window.__errors") == []
    assert opened.dialogs == [] and opened.eval("window.__alerts") == 0
    assert opened.eval("window.__pwned") is None
