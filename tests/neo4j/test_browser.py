"""figraph in the real Neo4j Browser: the guide's queries on a real server, then by hand.

The first tests run every guide slide through the Python driver the way Browser does
(each `:param` value evaluated as `RETURN <expression>`). The last one is what a user
does: open the Browser the test server serves, connect over Bolt, `:style` and `:play`
from `figraph neo4j browser --serve`'s server, click a slide's blocks, run them, and read
the result table. Chromium may reach localhost only. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore
from figraph.graph.sync import push
from figraph.views.browser import (
    GRASS_FILE,
    GUIDE_FILE,
    GuideQuery,
    cypher_literal,
    examples_from_graph,
    guide_queries,
    serve_directory,
    write_browser_files,
)
from figraph.views.style import node_style
from sample_graph import sample_store

pytestmark = pytest.mark.neo4j

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
HOSTILE = "x'}) MATCH (n) DETACH DELETE n // \\' \n\u2028 \"</pre>"


@pytest.fixture()
def pushed(clean_neo4j: Any, neo4j_server: Any) -> Any:
    """The sample graph on the test server; its local store."""
    local = sample_store()
    settings = Neo4jSettings(uri=neo4j_server.uri, user=neo4j_server.user,
                             password=neo4j_server.password, database=neo4j_server.database)
    neo = Neo4jStore.connect(settings)
    try:
        push(local, neo, wipe=True)
    finally:
        neo.close()
    return local


def run_slide(driver: Any, database: str, query: GuideQuery) -> list[list[Any]]:
    """A slide as Browser runs it: each `:param` is `RETURN <expression>`, then the query;
    each record's values as the driver hands them to Browser (nodes, paths, ...)."""
    params = {}
    with driver.session(database=database) as session:
        for name, expression in query.params:
            params[name] = session.run(f"RETURN {expression} AS value").single()["value"]
        return [list(record.values()) for record in session.run(query.cypher, params)]


def drawn(values: list[Any]) -> tuple[set[str], set[str]]:
    """The node names and relationship types Browser would draw from a record's values."""
    from neo4j.graph import Node, Path, Relationship

    nodes: set[str] = set()
    rels: set[str] = set()
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Path):
                nodes |= {n["name"] or n["title"] for n in item.nodes}
                rels |= {r.type for r in item.relationships}
            elif isinstance(item, Node):
                nodes.add(item.get("name") or item.get("title"))
            elif isinstance(item, Relationship):
                rels.add(item.type)
    return nodes, rels


def test_every_guide_query_draws_a_graph_on_the_pushed_graph(pushed: Any, neo4j_server: Any,
                                                            neo4j_driver: Any) -> None:
    queries = guide_queries(examples_from_graph(pushed.graph))
    for query in queries:
        records = run_slide(neo4j_driver, neo4j_server.database, query)
        assert records, f"{query.name}: no rows with the guide's examples"
        assert all(drawn(values)[0] for values in records), f"{query.name}: nothing to draw"
    allegations = next(q for q in queries if q.name == "allegations")
    records = run_slide(neo4j_driver, neo4j_server.database, allegations)
    assert {drawn(values)[1].pop() for values in records} == {"ALLEGED_ASSISTANCE",
                                                               "INTERFERED_IN"}
    shortest = next(q for q in queries if q.name == "shortest_path")
    (path,) = [drawn(values)[0] for values in run_slide(neo4j_driver, neo4j_server.database,
                                                        shortest)][:1]
    assert {"Han Dong", "Canada"} <= path


def test_param_lines_pick_actors_by_id_with_their_name_beside(pushed: Any, neo4j_server: Any,
                                                              neo4j_driver: Any) -> None:
    ex = examples_from_graph(pushed.graph)
    for query in guide_queries(ex):
        for line in query.param_text.splitlines():
            if "/*" not in line:
                continue
            name = line.split("/* ", 1)[1].split(" */")[0]
            expression = line.split(" => ", 1)[1].rstrip(";")
            with neo4j_driver.session(database=neo4j_server.database) as session:
                value = session.run(f"RETURN {expression} AS v").single()["v"]
                found = session.run("MATCH (a:Actor {id: $id}) RETURN a.name AS name",
                                    id=value).single()
            assert found is not None and found["name"] == name, line


def test_names_in_param_lines_stay_strings(neo4j_driver: Any, neo4j_server: Any) -> None:
    with neo4j_driver.session(database=neo4j_server.database) as session:
        value = session.run(f"RETURN {cypher_literal([HOSTILE])} AS v").single()["v"]
    assert value == [HOSTILE]


# -- the real Browser in headless Chromium --------------------------------------------------

@pytest.fixture()
def served(tmp_path: Path, pushed: Any) -> Iterator[str]:
    """`figraph neo4j browser --serve` in a thread: the files, on localhost, with CORS."""
    server = serve_directory(tmp_path, port=0)
    base = f"http://localhost:{server.server_address[1]}"
    write_browser_files(tmp_path, pushed.graph, style_url=f"{base}/{GRASS_FILE}")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture()
def page() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("FIGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail("needs /usr/bin/chromium")
        pytest.skip("needs /usr/bin/chromium (set FIGRAPH_REQUIRE_BROWSER=1 to fail instead)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})  # fresh profile
        context.route("**/*", lambda route: route.continue_() if urlparse(
            route.request.url).hostname in ("127.0.0.1", "localhost") else route.abort())
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        yield page
        browser.close()


def command(page: Any, text: str) -> None:
    """Type a one-line command into Browser's main editor and run it."""
    page.locator(".monaco-editor").first.click()
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def run_block(page: Any, kind: str) -> None:
    """Click a guide block of the newest guide frame (into the editor), then Run."""
    page.locator(f"pre.runnable[data-figraph={kind}]").first.click(position={"x": 400, "y": 8})
    page.get_by_test_id("editor-Run").click()


def connect(page: Any, server: Any) -> None:
    page.goto(f"{server.http_url}/browser/")
    page.get_by_test_id("boltaddress").fill(server.uri)
    page.get_by_test_id("username").fill(server.user)
    page.get_by_test_id("password").fill(server.password)
    page.get_by_test_id("connect").click()
    page.get_by_text("You are connected as user").wait_for(timeout=60_000)


@pytest.mark.browser
def test_style_and_guide_in_the_real_browser(page: Any, served: str, neo4j_server: Any,
                                             pushed: Any) -> None:
    connect(page, neo4j_server)
    command(page, f":style {served}/{GRASS_FILE}")
    page.get_by_text("node.Diplomat {").wait_for(timeout=20_000)  # Browser shows the sheet

    command(page, f":play {served}/{GUIDE_FILE}")
    page.get_by_text("figraph in Neo4j Browser").wait_for(timeout=20_000)
    run_block(page, "cypher")  # the overview: every actor drawn with the sheet's colours
    page.locator("svg g.node").first.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)  # let the layout settle for the screenshot
    fills = set(page.locator("svg g.node circle.b-outline").evaluate_all(
        "els => els.map(e => e.getAttribute('fill'))"))
    assert {node_style("Person").color, node_style("State").color,
            node_style("Committee").color} <= fills
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "neo4j-browser-graph.png"))

    names = [q.name for q in guide_queries()]
    command(page, f":play {served}/{GUIDE_FILE}#slide-{names.index('allegations') + 2}")
    page.locator("h3", has_text="allegations").first.wait_for(timeout=20_000)
    run_block(page, "params")
    page.get_by_text(":param allegation_types").last.wait_for(timeout=20_000)
    run_block(page, "cypher")
    frame = page.locator("[data-testid=frame]").first
    frame.locator("svg g.node").first.wait_for(timeout=30_000)  # drawn, not a table
    page.wait_for_timeout(1500)
    texts = "els => els.map(e => e.textContent)"
    captions = frame.locator("svg g.relationship text").evaluate_all(texts)
    assert len(captions) == 2, captions  # both claims, captioned with their status
    assert "interfered in (alleged)" in captions, captions  # (the other is cut to fit)
    assert any(c.startswith("alleged assistance") for c in captions), captions
    names = " ".join(frame.locator("svg g.node text").evaluate_all(texts))
    for name in ("India", "Canada"):
        assert name in names, names
    page.screenshot(path=str(ARTIFACTS / "neo4j-browser-allegations.png"))
    assert page.errors == []
