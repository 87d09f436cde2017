"""Neo4j Browser support: a GraSS stylesheet and a guide of the named queries.

Why here and generated: the stylesheet is built from the model's declaration
(`graph/model.toml`: each type's colour, border and Browser diameter, each role's
institution, each relation type's colour), the same entries the HTML views read
(`views/style.py`), so a new actor type or relation type is styled everywhere at
once and a colour never differs between the two views. The guide reads each
query's `.cypher` file (through `queries.runner.cypher_text`), never a copy, so
Browser runs exactly what `figraph query --backend neo4j` runs.

How Browser takes them (checked against Browser 5.24's code):

* GraSS: drag `figraph.grass` onto the Browser window, or `:style <url>` from
  an allowlisted host. Browser's GraSS parser has no comments and no escapes:
  a value ends at `;`, text after a second `:` is dropped, and `{ }` only
  survive inside single quotes. Captions are therefore written `'{name}'`.
* Guide: `:play <url>` fetches the HTML cross-origin from a host in the
  server setting `browser.remote_content_hostname_allowlist` (default
  `guides.neo4j.com, localhost`), so `serve_directory` serves the folder on
  localhost with CORS for local Browser pages. `<slide>` elements become
  slides; clicking a `pre.runnable` puts its text in the editor.
* What a slide runs: the query file up to its `// Browser:` lines, which stand
  for the rest of it. The rest returns what figraph's Python reads (ids, rows);
  the `// Browser:` lines return what Browser draws (paths, nodes and
  relationships), so the filters and walk are the file's own, never a copy.
* Parameters pick actors by id (a name can belong to several actors: five
  unnamed diplomats share one), the name beside as a comment:
  `:param actor => 'a:1f0c...' /* Han Dong */;`.

>>> "node.Person" in render_grass(grass_rules())
True
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..graph.atomic import write_atomic
from ..graph.model import (
    RELATION_TYPES,
    REVIEWED,
    SCHEMA,
    is_allegation,
    make_id,
    normalize_name,
)
from .style import RELATIONSHIP, edge_style, node_style, relation_label

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "GRASS_FILE", "GUIDE_FILE", "Examples", "GuideQuery", "grass_rules", "render_grass",
    "cypher_literal", "guide_queries", "render_guide", "examples_from_graph", "browser_cypher",
    "write_browser_files", "serve_directory",
]

GRASS_FILE = "figraph.grass"
GUIDE_FILE = "figraph-guide.html"

# -- the stylesheet -----------------------------------------------------------

_DOCUMENT = SCHEMA.document
_BASE_DIAMETER = SCHEMA.unknown_node.diameter
"""Diameter of a node whose type no rule names; each type's own is in the model."""


def _text_color(background: str) -> str:
    """Black or white caption, whichever reads better on `background` (#rrggbb)."""
    red, green, blue = (int(background[i:i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else "#ffffff"


def _node_rules() -> list[tuple[str, dict[str, str]]]:
    rules = [("node", {"diameter": f"{_BASE_DIAMETER}px", "font-size": "10px",
                       "border-width": "2px"}),
             ("node.Actor", {"caption": "'{name}'"})]
    for node_type in SCHEMA.node_types.values():
        rules.append((f"node.{node_type.name}", {
            "color": node_type.color, "border-color": node_type.border,
            "text-color-internal": _text_color(node_type.color),
            "diameter": f"{node_type.diameter}px",
        }))
    # after the types, so a role's border (its institution's colour) wins and the fill stays
    for role, accent in SCHEMA.roles.items():
        rules.append((f"node.{role}", {"border-color": node_style(accent).color,
                                       "border-width": "4px"}))
    rules.append(("node.Document", {
        "color": _DOCUMENT.color, "border-color": _DOCUMENT.border,
        "text-color-internal": _DOCUMENT.text_color, "diameter": f"{_DOCUMENT.diameter}px",
        "font-size": "8px", "caption": "'{title}'"}))
    return rules


def _relationship_rules() -> list[tuple[str, dict[str, str]]]:
    rules = [("relationship", {"color": RELATIONSHIP.color, "shaft-width": "1px",
                               "font-size": "8px", "padding": "3px",
                               "text-color-external": "#000000",
                               "text-color-internal": "#ffffff", "caption": "'<type>'"})]
    for rel_type in RELATION_TYPES:
        color = edge_style(rel_type).color
        props = {"caption": f"'{relation_label(rel_type)}'"}
        if color != RELATIONSHIP.color:  # a colour of its own
            props = {"color": color, **props}
        if is_allegation(rel_type):  # a claim never reads as a fact: red, thick, with its status
            props = {"color": color, "shaft-width": "3px",
                     "caption": f"'{relation_label(rel_type)} ({{status}})'"}
        rules.append((f"relationship.{rel_type}", props))
    rules.append(("relationship.MENTIONS", {"color": SCHEMA.mentions_color, "shaft-width": "1px",
                                            "caption": "'mentions ({count})'"}))
    return rules


def grass_rules() -> list[tuple[str, dict[str, str]]]:
    """(selector, properties) in the order Browser applies them (later rules win)."""
    return _node_rules() + _relationship_rules()


def render_grass(rules: list[tuple[str, dict[str, str]]]) -> str:
    """GraSS text: one `selector { prop: value; }` block per rule."""
    blocks = []
    for selector, props in rules:
        lines = "".join(f"  {key}: {value};\n" for key, value in props.items())
        blocks.append(f"{selector} {{\n{lines}}}\n")
    return "\n".join(blocks)


# -- the guide ----------------------------------------------------------------

def _seed_id(name: str) -> str:
    """The id the extractor gives a named actor (ids are made from names)."""
    return make_id("a", normalize_name(name))


_SEED_NAMES = ("Han Dong", "People's Republic of China", "Liberal Party of Canada",
               "Canada", "National Security and Intelligence Committee of Parliamentarians")


@dataclass(frozen=True)
class Examples:
    """The actors the guide pre-fills in its `:param` lines, by id; users edit them in Browser."""

    actor: str = _seed_id("Han Dong")
    target: str = _seed_id("People's Republic of China")
    neighbour: str = _seed_id("Liberal Party of Canada")
    """Two hops from `actor`, so common_connections has something to find."""
    ends: tuple[str, str] = (_seed_id("Han Dong"), _seed_id("Liberal Party of Canada"))
    """The two ends of a fact, for edge_documents."""
    claimant: str = _seed_id("National Security and Intelligence Committee of Parliamentarians")
    hops: int = 2
    """How far `target` is from `actor`: all_paths walks exactly this many hops."""
    names: tuple[tuple[str, str], ...] = tuple((_seed_id(n), n) for n in _SEED_NAMES)
    """(id, name) of the actors above: the comment beside each id."""

    def name_of(self, actor_id: str) -> str:
        return dict(self.names).get(actor_id, "")


@dataclass(frozen=True)
class GuideQuery:
    """One slide: a query module's `:param` lines (name, Cypher expression) and its Cypher."""

    name: str
    description: str
    params: tuple[tuple[str, str], ...]
    cypher: str
    bounds: dict[str, int] = field(default_factory=dict)

    @property
    def param_text(self) -> str:
        """One `:param` per line, each ended by `;`: Browser's multi-statement editor runs
        them in turn (without the `;` it reads the block as one malformed `:param`)."""
        return "\n".join(f":param {name} => {value};" for name, value in self.params)


_FIXED_PARAMS: dict[str, Any] = {
    "confirmed_only": False, "edge_types": None, "node_types": None, "exclude": [],
    "scan_limit": 200, "max_sources": 200, "group_a": ["Person"], "group_b": ["State"],
    "via": ["Person"], "home_ids": [], "home_names": ["canada"], "edge": None,
    "allegation_types": sorted(name for name in RELATION_TYPES if is_allegation(name)),
    "reviewed_only": False, "reviewed_states": sorted(REVIEWED),
}
"""Every `$parameter` the query files use, bar actors; the values `figraph query` defaults to."""

_PARAM = re.compile(r"\$(\w+)")
_BOUND = re.compile(r"\{\{\s*(\w+)\s*\}\}")
_INTRO_QUERY = "actor_names"


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a Python value; strings single-quoted with every escape Cypher needs.

    >>> cypher_literal(["it's", None, True, 3])
    "['it\\\\'s', null, true, 3]"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(item) for item in value) + "]"
    text = str(value).replace("\\", "\\\\").replace("'", "\\'")
    text = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", lambda m: f"\\u{ord(m.group()):04x}", text)
    return f"'{text}'"


def _actor_param(actor_id: str, name: str) -> str:
    """An actor's id as a Cypher literal, its name beside as a comment: a name can belong
    to several actors, an id to one. The comment keeps to one line and cannot close early."""
    shown = " ".join(re.sub(r"[^\w\s.,'()&-]", " ", name).split())[:80]
    return f"{cypher_literal(actor_id)} /* {shown} */" if shown else cypher_literal(actor_id)


def _actor_ids(query: str, ex: Examples) -> dict[str, str]:
    if query == "allegations":
        return {"actor": ex.claimant}
    if query == "edge_documents":
        return {"a": ex.ends[0], "b": ex.ends[1]}
    return {"actor": ex.actor, "source": ex.actor, "target": ex.target,
            "a": ex.actor, "b": ex.neighbour}


BROWSER_MARK = "// Browser:"


def browser_cypher(text: str, name: str = "") -> str:
    """The statement Browser runs for a query file's text: the text up to its first
    `// Browser:` line, then those lines' Cypher in place of the rest."""
    lines = text.splitlines()
    marks = [i for i, line in enumerate(lines) if line.lstrip().startswith(BROWSER_MARK)]
    if not marks:
        raise ValueError(f"{name}.cypher: no '{BROWSER_MARK}' line says what Browser draws")
    ending = [lines[i].lstrip()[len(BROWSER_MARK):].strip() for i in marks]
    return "\n".join([*lines[:marks[0]], *ending])


def _used_params(text: str) -> list[str]:
    """`$names` of the statement (comment lines skipped), in order of first use."""
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return list(dict.fromkeys(_PARAM.findall(code)))


def _bounds(module: Any, raw: str, ex: Examples) -> dict[str, int]:
    """Hop bounds are text, not parameters: the module's default, else the example's distance."""
    names = dict.fromkeys(_BOUND.findall(raw))
    defaults = {p.name: p.default for p in module.params} if module else {}
    fallback = {"hops": ex.hops, "max_hops": max(ex.hops, 4)}
    return {name: int(defaults.get(name) or fallback.get(name, 2)) for name in names}


def guide_query(name: str, ex: Examples = Examples()) -> GuideQuery:
    """The slide of query file `name`.cypher, its parameters filled from `ex`."""
    from ..queries import QUERIES
    from ..queries.runner import _raw_cypher, cypher_text

    module = QUERIES.get(name)
    raw = browser_cypher(_raw_cypher(name), name)
    bounds = _bounds(module, raw, ex)
    actors = _actor_ids(name, ex)
    params = []
    for param in _used_params(raw):
        if param in actors:
            params.append((param, _actor_param(actors[param], ex.name_of(actors[param]))))
        elif param in _FIXED_PARAMS:
            params.append((param, cypher_literal(_FIXED_PARAMS[param])))
        else:
            raise ValueError(f"{name}.cypher: no example value for ${param}")
    description = module.description if module else (
        "Every actor, drawn; the table view lists each one's id, name, type and aliases.")
    return GuideQuery(name, description, tuple(params),
                      browser_cypher(cypher_text(name, **bounds), name), bounds)


def guide_queries(ex: Examples = Examples()) -> list[GuideQuery]:
    """The actor list first, then every named query of `figraph query`, in registry order."""
    from ..queries import QUERIES

    return [guide_query(name, ex) for name in (_INTRO_QUERY, *QUERIES)]


_OVERVIEW = "MATCH p = (:Actor)-[r]->(:Actor)\nRETURN p\nLIMIT 300"


def _slide(title: str, body: str) -> str:
    return (f'<slide class="row-fluid">\n<div class="col-sm-12">\n'
            f"<h3>{html.escape(title)}</h3>\n{body}</div>\n</slide>\n")


def _runnable(text: str, kind: str) -> str:
    """A block Browser puts in its editor on click; `data-figraph` names it for tests."""
    return (f'<pre class="runnable pre-scrollable code" data-figraph="{kind}">'
            f"{html.escape(text)}</pre>\n")


def _query_slide(query: GuideQuery) -> str:
    body = [f"<p>{html.escape(query.description)}</p>\n"]
    if query.params:
        body.append("<p>1. Set the parameters: click the block, run it. Actors are given by "
                    "id (a name can belong to several actors), their name beside as a comment; "
                    "put another actor's id from the actor list to ask about it.</p>\n")
        body.append(_runnable(query.param_text, "params"))
    if query.bounds:
        hops = ", ".join(f"{k} = {v}" for k, v in query.bounds.items())
        body.append(f"<p>Hop bounds cannot be parameters in Cypher; here {html.escape(hops)}"
                    " is written into the pattern. Edit the number to look further.</p>\n")
    step = "2. Run the query" if query.params else "Run the query"
    body.append(f"<p>{step} (from <code>queries/{html.escape(query.name)}.cypher</code>):</p>\n")
    body.append(_runnable(query.cypher, "cypher"))
    return _slide(query.name, "".join(body))


def render_guide(queries: list[GuideQuery], style_url: str = "") -> str:
    """A Browser guide (HTML with `<slide>`s); every text is escaped, Cypher included."""
    style = (f"<p>Load the colours: <code data-exec=\"style {html.escape(style_url)}\">:style "
             f"{html.escape(style_url)}</code> (click), or drag "
             f"<code>{GRASS_FILE}</code> onto this window.</p>\n" if style_url else
             f"<p>Load the colours: drag <code>{GRASS_FILE}</code> onto this window.</p>\n")
    intro = _slide("figraph in Neo4j Browser", (
        "<p>Actors are <code>:Actor</code> nodes labelled with their type and roles; "
        "relationships carry the claimant, status and evidence quotes; allegations are red.</p>\n"
        + style + "<p>See the graph:</p>\n" + _runnable(_OVERVIEW, "cypher")
        + "<p>The next slides hold the named queries of <code>figraph query</code>: run the "
        "<code>:param</code> block, then the Cypher. The <code>:param</code> blocks need the "
        "multi-statement editor (Browser settings, on by default).</p>\n"))
    slides = intro + "".join(_query_slide(q) for q in queries)
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>figraph: named queries</title>\n</head>\n<body>\n"
            f"<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n{slides}"
            "</carousel>\n</article>\n</body>\n</html>\n")


# -- examples from the user's own graph ---------------------------------------

def examples_from_graph(graph: nx.MultiDiGraph) -> Examples:
    """Examples that return rows on this graph: its best-connected person and its neighbours.

    Falls back to the seed story's actors for whatever the graph cannot supply.
    """
    import networkx as nx

    if graph.number_of_nodes() == 0 or graph.number_of_edges() == 0:
        return Examples()
    plain = nx.Graph(graph.to_undirected(as_view=True))
    name = lambda node: str(graph.nodes[node].get("name") or node)  # noqa: E731
    people = [n for n in plain if graph.nodes[n].get("type") == "Person"] or list(plain)
    actor = min(people, key=lambda n: (-plain.degree(n), name(n), n))
    distance = nx.single_source_shortest_path_length(plain, actor, cutoff=6)
    states = [n for n in distance if graph.nodes[n].get("type") == "State"] or list(distance)
    target = max(states, key=lambda n: (distance[n], name(n), n))
    two_hops = sorted((n for n, d in distance.items() if d == 2), key=lambda n: (name(n), n))
    u, v, _ = max(graph.edges(data=True), key=lambda e: (len(e[2].get("evidence") or []),
                                                        name(e[0]), name(e[1])))
    claimants = sorted({c for *_, c in graph.edges(data="claimant") if c in graph},
                       key=lambda n: (name(n), n))
    chosen = Examples(actor=actor, target=target, neighbour=(two_hops or [target])[0],
                      ends=(u, v), claimant=claimants[0] if claimants else actor,
                      hops=max(1, distance[target]))
    used = (chosen.actor, chosen.target, chosen.neighbour, *chosen.ends, chosen.claimant)
    return replace(chosen, names=tuple((n, name(n)) for n in dict.fromkeys(used)))


# -- writing and serving ------------------------------------------------------

def write_browser_files(out_dir: Path, graph: nx.MultiDiGraph | None = None,
                        style_url: str = "") -> dict[str, Path]:
    """Write `figraph.grass` and `figraph-guide.html` into `out_dir`; their paths by name."""
    examples = examples_from_graph(graph) if graph is not None else Examples()
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {GRASS_FILE: render_grass(grass_rules()),
             GUIDE_FILE: render_guide(guide_queries(examples), style_url)}
    paths = {}
    for name, text in files.items():
        paths[name] = out_dir / name
        write_atomic(paths[name], text)
    return paths


_LOCAL_ORIGIN = re.compile(r"^https?://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$")


def serve_directory(directory: Path, port: int = 8474, host: str = "127.0.0.1") -> Any:
    """An HTTP server for `directory` that local Browser pages may fetch from (CORS).

    Only pages served from this machine get the CORS header: a guide pre-filled
    with names from an investigation is not for every web site the user visits.
    Call `.serve_forever()` (or run it in a thread) and `.shutdown()`.
    """
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Handler(SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            origin = self.headers.get("Origin", "")
            if _LOCAL_ORIGIN.match(origin):
                self.send_header("Access-Control-Allow-Origin", origin)
                self.send_header("Vary", "Origin")
                wanted = self.headers.get("Access-Control-Request-Headers")
                if wanted:
                    self.send_header("Access-Control-Allow-Headers", wanted)
                self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def do_OPTIONS(self) -> None:  # the CORS preflight Browser's fetch triggers
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return ThreadingHTTPServer((host, port), partial(Handler, directory=str(directory)))
