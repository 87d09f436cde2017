"""The Neo4j Browser files: a GraSS sheet Browser parses as meant, and a guide whose Cypher
is the query files' own. No server here (tests/neo4j/test_browser.py has the real Browser).

`browser_parse` follows Neo4j Browser 5.24's GraSS reader (graphStyle `parse`): braces and
colons only count outside single quotes, the quote characters are dropped, and a value
ends at the second `:` of its declaration. A sheet that survives it keeps every property.
"""

from __future__ import annotations

import re
import threading
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.model import NODE_TYPES, RELATION_TYPES, ROLES, Extraction, is_allegation
from figraph.queries import QUERIES
from figraph.views.browser import (
    GRASS_FILE,
    GUIDE_FILE,
    Examples,
    cypher_literal,
    examples_from_graph,
    grass_rules,
    guide_queries,
    render_grass,
    render_guide,
    serve_directory,
    write_browser_files,
)
from figraph.views.style import ALLEGATION, RELATIONSHIP, node_style
from sample_graph import (
    CANADA,
    CHINA,
    DIPLOMAT,
    HAN_DONG,
    INDIA,
    NSICOP,
    actor,
    document,
    fact,
    sample_store,
)
from typer.testing import CliRunner

QUERY_DIR = Path(__file__).resolve().parents[2] / "queries"
HOSTILE = "</pre><script>alert('x')</script>' }) MATCH (n) DETACH DELETE n //\\"


def browser_parse(text: str) -> dict[str, dict[str, str]]:
    """Browser's GraSS reading, step by step (see the module docstring)."""
    in_quotes = in_block = False
    selector, body, sheet = "", "", {}
    for char in text:
        if char == "{" and not in_quotes:
            in_block = True
        elif char == "}" and not in_quotes:
            in_block = False
            sheet[selector], selector, body = body, "", ""
        elif char == "'":
            in_quotes = not in_quotes
        elif in_block:
            body += char
        elif not char.isspace():
            selector += char
    parsed = {}
    for key, raw in sheet.items():
        props = {}
        for declaration in raw.split(";"):
            name, _, value = declaration.partition(":")
            value = value.split(":")[0]
            if name.strip() and value.strip():
                props[name.strip()] = value.strip()
        parsed[key] = props
    return parsed


@pytest.fixture(scope="module")
def sheet() -> dict[str, dict[str, str]]:
    return browser_parse(render_grass(grass_rules()))


def test_grass_is_one_block_per_rule_and_browser_reads_every_property(sheet) -> None:
    text = render_grass(grass_rules())
    blocks = re.findall(r"^([\w.]+) \{\n((?:  [\w-]+: [^;\n]+;\n)+)\}\n", text, re.M)
    assert len(blocks) == len(grass_rules()) == len(sheet) == text.count("{\n")
    expected = {sel: {k: v.strip("'") for k, v in props.items()} for sel, props in grass_rules()}
    assert sheet == expected


def test_every_label_and_relationship_type_has_a_style(sheet) -> None:
    labels = {*NODE_TYPES, *ROLES, "Actor", "Document"}
    assert {s.removeprefix("node.") for s in sheet if s.startswith("node.")} == labels
    rels = {s.removeprefix("relationship.") for s in sheet if s.startswith("relationship.")}
    assert rels == {*RELATION_TYPES, "MENTIONS"}
    assert sheet["node.Actor"]["caption"] == "{name}"
    assert sheet["node.Document"]["caption"] == "{title}"


def test_colours_are_the_html_views_colours(sheet) -> None:
    for node_type in NODE_TYPES:
        assert sheet[f"node.{node_type}"]["color"] == node_style(node_type).color
        assert sheet[f"node.{node_type}"]["diameter"].endswith("px")
    for rel_type in RELATION_TYPES:
        props = sheet[f"relationship.{rel_type}"]
        assert props.get("color", RELATIONSHIP.color) == (
            ALLEGATION.color if is_allegation(rel_type) else RELATIONSHIP.color)
    assert sheet["relationship.ALLEGED_ASSISTANCE"]["caption"] == "alleged assistance ({status})"
    assert sheet["relationship.SPOKE_WITH"]["caption"] == "spoke with"


def test_a_role_keeps_its_types_fill(sheet) -> None:
    """Browser applies matching rules in order: roles come after types and set no fill."""
    order = [selector for selector, _ in grass_rules()]
    assert max(order.index(f"node.{t}") for t in NODE_TYPES) < min(
        order.index(f"node.{r}") for r in ROLES)
    assert all("color" not in sheet[f"node.{role}"] for role in ROLES)
    assert sheet["node.Diplomat"]["border-color"] == node_style("State").color


class Slides(HTMLParser):
    """Each `<slide>`'s title and runnable blocks (text unescaped), as Browser finds them."""

    def __init__(self) -> None:
        super().__init__()
        self.slides: list[dict] = []
        self.block: str | None = None
        self.in_title = False
        self.exec: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "slide":
            self.slides.append({"title": "", "params": None, "cypher": []})
        elif tag == "h3":
            self.in_title = True
        elif tag == "pre":
            assert "runnable" in attrs["class"].split()
            self.block = attrs["data-figraph"]
            self.text = ""
        if "data-exec" in attrs:
            self.exec.append(attrs["data-exec"])

    def handle_endtag(self, tag):
        if tag == "h3":
            self.in_title = False
        elif tag == "pre":
            slide = self.slides[-1]
            if self.block == "params":
                slide["params"] = self.text
            else:
                slide["cypher"].append(self.text)
            self.block = None

    def handle_data(self, data):
        if self.in_title:
            self.slides[-1]["title"] += data
        elif self.block:
            self.text += data


def parse_guide(text: str) -> Slides:
    parser = Slides()
    parser.feed(text)
    return parser


def file_pattern(name: str) -> re.Pattern[str]:
    """The query file as Browser runs it: its text exactly up to the `// Browser:` lines,
    their Cypher after; each `{{bound}}` any number."""
    raw = (QUERY_DIR / f"{name}.cypher").read_text("utf-8").splitlines()
    cut = next(i for i, line in enumerate(raw) if line.startswith("// Browser:"))
    ending = [line.removeprefix("// Browser:").strip() for line in raw[cut:]
              if line.startswith("// Browser:")]
    parts = re.split(r"\{\{\s*\w+\s*\}\}", "\n".join([*raw[:cut], *ending]))
    return re.compile(r"\d+".join(re.escape(part) for part in parts))


DRAWN = re.compile(r"RETURN (p\b|a\b|s, r, t)")
"""What Browser draws: a path, nodes, or relationships with their ends."""


def test_guide_has_every_query_module_with_its_file_cypher() -> None:
    guide = parse_guide(render_guide(guide_queries(), "http://localhost:8474/figraph.grass"))
    by_title = {slide["title"]: slide for slide in guide.slides}
    assert set(QUERIES) <= set(by_title) and "actor_names" in by_title
    assert guide.exec == ["style http://localhost:8474/figraph.grass"]
    for name in [*QUERIES, "actor_names"]:
        (cypher,) = by_title[name]["cypher"]
        assert file_pattern(name).fullmatch(cypher), name
        assert DRAWN.search(cypher.splitlines()[-1]) or "RETURN a, ra, c, rb, b" in cypher, name
        code = "\n".join(ln for ln in cypher.splitlines() if not ln.lstrip().startswith("//"))
        wanted = sorted(set(re.findall(r"\$(\w+)", code)))
        lines = (by_title[name]["params"] or "").splitlines()
        assert all(re.fullmatch(r":param \w+ => .+;", line) for line in lines), lines
        assert sorted(line.split()[1] for line in lines) == wanted, name


def test_guide_escapes_names_and_cypher() -> None:
    hostile = Examples(actor=HOSTILE, target=HOSTILE, neighbour=HOSTILE,
                       ends=(HOSTILE, HOSTILE), claimant=HOSTILE, names=((HOSTILE, HOSTILE),))
    text = render_guide(guide_queries(hostile))
    assert "<script" not in text and "</pre><" not in text
    assert "type(r) &lt;&gt; &#x27;MENTIONS&#x27;" in text  # Cypher is escaped too
    guide = parse_guide(text)
    params = next(s["params"] for s in guide.slides if s["title"] == "timeline")
    (line,) = [ln for ln in params.splitlines() if ln.startswith(":param actor ")]
    literal, _, comment = line.removeprefix(":param actor => ").rstrip(";").partition(" /* ")
    assert literal == cypher_literal(HOSTILE)  # the id, as a string value
    assert comment.endswith(" */") and "*/" not in comment[:-3] and ";" not in comment
    assert len(guide.slides) == len(QUERIES) + 2  # nothing broke out of its slide


@pytest.mark.parametrize("value, literal", [
    (None, "null"), (True, "true"), (3, "3"), (["a", "b"], "['a', 'b']"),
    ("it's", r"'it\'s'"), ("back\\slash", r"'back\\slash'"), ("two\nlines", r"'two\u000alines'"),
])
def test_cypher_literals(value, literal) -> None:
    assert cypher_literal(value) == literal


def test_examples_come_from_the_graph_by_id() -> None:
    ex = examples_from_graph(sample_store().graph)
    assert ex.actor == HAN_DONG.id  # the best-connected person, ties by name
    assert ex.target == CANADA.id  # the farthest State it reaches
    assert ex.neighbour == CHINA.id  # two hops away
    assert ex.ends == (HAN_DONG.id, DIPLOMAT.id)  # two quotes
    assert ex.claimant == NSICOP.id
    assert ex.name_of(DIPLOMAT.id) == "Senior Chinese diplomat (unnamed)"
    assert examples_from_graph(LocalStore().graph) == Examples()  # a new, empty store


def test_params_pick_one_of_same_named_actors_by_id() -> None:
    """Five unnamed diplomats share a name; the guide names the one it means by its id."""
    store = sample_store()
    for n in range(4):
        twin = actor("Senior Chinese diplomat (unnamed)", "Person", "Diplomat")
        twin.id = f"a:twin{n}"
        doc = document(f"Twin {n} met India.")
        store.merge(Extraction(doc, [twin, INDIA], [fact(doc, twin, "MET_WITH", INDIA,
                                                         doc.text)]))
    ex = examples_from_graph(store.graph)
    slide = next(q for q in guide_queries(ex) if q.name == "edge_documents")
    assert dict(slide.params)["b"] == (f"{cypher_literal(DIPLOMAT.id)} "
                                       "/* Senior Chinese diplomat (unnamed) */")


def test_cli_writes_both_files_and_says_how_to_load_them(tmp_path: Path) -> None:
    store = tmp_path / "store"
    sample_store(store).save()
    result = CliRunner().invoke(app, ["neo4j", "browser", "--store", str(store),
                                      "--output", str(tmp_path / "out"), "--port", "8999"])
    assert result.exit_code == 0, result.output
    assert ":play http://localhost:8999/figraph-guide.html" in result.output
    assert ":style http://localhost:8999/figraph.grass" in result.output
    guide = (tmp_path / "out" / GUIDE_FILE).read_text("utf-8")
    assert "Han Dong" in guide and "style http://localhost:8999/figraph.grass" in guide
    assert browser_parse((tmp_path / "out" / GRASS_FILE).read_text("utf-8"))


def test_cli_names_an_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(app, ["neo4j", "browser", "--output", str(blocker / "sub"),
                                      "--store", str(tmp_path / "none")])
    assert result.exit_code == 2 and "cannot write" in result.output
    assert len(result.output.strip().splitlines()) == 1


def _get(url: str, origin: str, method: str = "GET") -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, method=method, headers={
        "Origin": origin, "Access-Control-Request-Headers": "pragma,cache-control"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def test_served_files_are_shared_with_local_pages_only(tmp_path: Path) -> None:
    write_browser_files(tmp_path)
    server = serve_directory(tmp_path, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        status, headers, body = _get(f"{base}/{GRASS_FILE}", "http://127.0.0.1:7474")
        assert status == 200 and body.decode().startswith("node {")
        assert headers["Access-Control-Allow-Origin"] == "http://127.0.0.1:7474"
        status, headers, _ = _get(f"{base}/{GUIDE_FILE}", "http://localhost:7474", "OPTIONS")
        assert status == 204 and headers["Access-Control-Allow-Headers"] == "pragma,cache-control"
        _, headers, _ = _get(f"{base}/{GUIDE_FILE}", "https://evil.example")
        assert "Access-Control-Allow-Origin" not in headers
        _, headers, _ = _get(f"{base}/{GUIDE_FILE}", "http://localhost.evil.example")
        assert "Access-Control-Allow-Origin" not in headers
    finally:
        server.shutdown()
        server.server_close()
