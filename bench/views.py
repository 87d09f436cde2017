"""HTML views: file size and time until interactive in headless Chromium.

Uses the colleague's `bench.html_views` (its synthetic store, its offline
page measurement): `ready` is navigation start to the first drawing of the
network; the click that follows proves the page answers.
"""

from __future__ import annotations

import time
from typing import Any

from .html_views import CHROMIUM, CHROMIUM_ARGS, OUT, measure, synthetic_store

__all__ = ["run"]


def run(sizes: list[int]) -> dict[str, Any]:
    from figraph.views import render_html
    from playwright.sync_api import sync_playwright

    OUT.mkdir(exist_ok=True)
    figures: dict[str, Any] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for size in sizes:
                store = synthetic_store(size)
                started = time.perf_counter()
                html = render_html(store.graph, title=f"Synthetic {size}")
                render_s = time.perf_counter() - started
                path = OUT / f"bench-{size}.html"
                path.write_text(html, encoding="utf-8")
                page = measure(path, browser)
                tag = f"{size // 1000}k"
                figures[f"html_{tag}_interactive_s"] = page["ready_ms"] / 1000
                figures[f"html_{tag}_mb"] = path.stat().st_size / 1e6
                figures[f"html_{tag}_render_s"] = render_s
                figures[f"html_{tag}_click_ms"] = page["click_ms"]
        finally:
            browser.close()
    return figures
