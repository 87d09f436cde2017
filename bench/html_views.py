"""How big and how fast are the HTML views? Synthetic graphs in real headless Chromium.

For each size (default 1k, 5k, 20k actors, 4 links per actor) the graph is built
through the real store API, rendered with `figraph.views.render_html`, and
opened offline in Chromium. Reported per size:

- build: Python time to lay out and render the page; size: the file in MB;
- ready: navigation start to the first drawing of the network (in-page clock);
- click: a real mouse click on an actor until its name is in the side panel;
- frame: one full redraw of the canvas at the fitted zoom (what panning costs).

    .venv/bin/python bench/html_views.py              # 1000 5000 20000
    .venv/bin/python bench/html_views.py 1000 --physics   # force in-browser physics

Pages are kept in bench/out/ (gitignored) for a look by hand.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from figraph.graph.local_store import LocalStore
from figraph.graph.model import NODE_TYPES, Actor, Document, Edge, Evidence, Extraction, make_id
from figraph.views import render_html

CHROMIUM = "/usr/bin/chromium"
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
OUT = Path(__file__).resolve().parent / "out"
RELATIONS = ["MET_WITH", "SPOKE_WITH", "MEMBER_OF", "WORKS_FOR", "ALLEGED_ASSISTANCE", "FUNDED"]


def synthetic_store(n_actors: int, links_per_actor: int = 4, seed: int = 1) -> LocalStore:
    """Communities of ~40 actors, most links inside one, some to popular actors anywhere."""
    rng = random.Random(seed)
    actors = [
        Actor(
            id=make_id("a", str(i)),
            name=f"Actor {i} {rng.choice('ABCDEFGH')}",
            type=rng.choice(NODE_TYPES[:6] + ("Person",) * 4),
            aliases=[f"A{i}"],
        )
        for i in range(n_actors)
    ]
    docs = [_document(d) for d in range(max(1, n_actors // 100))]
    store = LocalStore()
    store.merge(
        Extraction(document=docs[0], actors=actors, mentions={a.id: 1 for a in actors[:1000]})
    )
    per_doc: dict[int, list[Edge]] = {}
    for i in range(n_actors):
        for j in _targets(i, n_actors, links_per_actor, rng):
            doc = rng.randrange(len(docs))
            per_doc.setdefault(doc, []).append(_edge(actors[i], actors[j], docs[doc], rng))
    for doc, edges in per_doc.items():
        store.merge(Extraction(document=docs[doc], edges=edges))
    return store


def _document(d: int) -> Document:
    text = f"Synthetic report {d}. " + "Actor met actor. " * 20
    return Document(
        id=Document.id_for(text),
        title=f"Report {d}",
        text=text,
        url=f"https://example.org/report/{d}",
        date="2024-01-01",
    )


def _targets(i: int, n: int, k: int, rng: random.Random) -> list[int]:
    community = (i // 40) * 40
    picks: set[int] = set()
    while len(picks) < min(k, n - 1):
        j = (
            rng.randrange(community, min(community + 40, n))
            if rng.random() < 0.8
            else int(n * rng.random() ** 3)
        )
        if j != i:
            picks.add(j)
    return sorted(picks)


def _edge(a: Actor, b: Actor, doc: Document, rng: random.Random) -> Edge:
    rel = rng.choice(RELATIONS)
    claim = rel in ("ALLEGED_ASSISTANCE", "FUNDED")
    quote = f"{a.name} and {b.name} were linked, the report says, in a synthetic sentence."
    return Edge(
        a.id,
        b.id,
        rel,
        claimant=a.id if claim else "",
        status="alleged" if claim else "stated",
        evidence=[
            Evidence(
                document=doc.id,
                quote=quote,
                start=0,
                end=len(quote),
                document_title=doc.title,
                url=doc.url,
                page=1,
            )
        ],
    )


def measure(path: Path, browser) -> dict[str, float]:
    """Open `path` offline; time the first draw, a real click, and one redraw."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    # Selector waits, not wait_for_function: the page's CSP forbids eval, which
    # Playwright's string predicates need.
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=600_000)
    ready_ms = page.evaluate("window.figraph.timings.ready")
    target = page.evaluate(_PICK_NODE)
    started = time.perf_counter()
    page.mouse.click(target["x"], target["y"])
    exact = re.compile("^" + re.escape(target["name"]) + "$")
    page.locator("#fg-panel h2", has_text=exact).wait_for(timeout=60_000)
    click_ms = (time.perf_counter() - started) * 1000
    frame_ms = page.evaluate(_FRAME)
    context.close()
    if errors:
        print(f"  page errors: {errors[:3]}", file=sys.stderr)
    return {"ready_ms": ready_ms, "click_ms": click_ms, "frame_ms": frame_ms}


_PICK_NODE = """() => {
  // The actor nearest the middle of the canvas (never under the legend).
  const net = window.figraph.network, rows = window.figraph.data.nodes;
  const rect = document.getElementById('fg-network').getBoundingClientRect();
  const centre = net.getViewPosition(), all = net.getPositions();
  let best = null, bestD = Infinity;
  for (const id in all) {
    const d = (all[id].x - centre.x) ** 2 + (all[id].y - centre.y) ** 2;
    if (d < bestD) { best = Number(id); bestD = d; }
  }
  const p = net.canvasToDOM(all[best]);
  const hit = net.getNodeAt(p);  // a neighbour may be drawn on top of it
  return {x: rect.left + p.x, y: rect.top + p.y, name: rows[hit === undefined ? best : hit][1]};
}"""

_FRAME = """() => {
  const r = window.figraph.network.renderer, runs = 5, t = performance.now();
  for (let i = 0; i < runs; i++) r._redraw();
  return (performance.now() - t) / runs;
}"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000, 20000])
    parser.add_argument("--physics", action="store_true", help="force in-browser physics")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    OUT.mkdir(exist_ok=True)
    print(
        f"{'actors':>7} {'links':>7} {'build s':>8} {'MB':>6} {'ready s':>8} "
        f"{'click ms':>9} {'frame ms':>9}"
    )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for size in args.sizes:
            store = synthetic_store(size)
            started = time.perf_counter()
            html = render_html(
                store.graph, title=f"Synthetic {size}", physics=True if args.physics else None
            )
            build_s = time.perf_counter() - started
            path = OUT / f"synthetic-{size}{'-physics' if args.physics else ''}.html"
            path.write_text(html, encoding="utf-8")
            m = measure(path, browser)
            print(
                f"{size:>7} {store.graph.number_of_edges():>7} {build_s:>8.2f} "
                f"{path.stat().st_size / 1e6:>6.2f} {m['ready_ms'] / 1000:>8.2f} "
                f"{m['click_ms']:>9.0f} {m['frame_ms']:>9.0f}",
                flush=True,
            )
        browser.close()


if __name__ == "__main__":
    main()
