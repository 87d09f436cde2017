"""One self-contained, offline HTML page per graph view.

Why not pyvis's own templates: they load vis-network and Bootstrap from CDNs
even with `cdn_resources="in_line"`, put `title` strings into the page as HTML,
and `Network.from_nx` is quadratic. We keep pyvis only for what it ships well,
the vis-network build, read from the installed package at render time (no copy
of third-party code in our repository), and inline it with our own template,
styles and script (`assets/`). The page loads nothing from the network.

Graph data travels as JSON inside `<script type="application/json">`, with
`<`, `>`, `&` and U+2028/2029 escaped, so no string from a document can close
the script block; the page parses it with `JSON.parse` and writes strings to
the DOM with `textContent` only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from ..graph.store import View
from .payload import build_payload

__all__ = [
    "render_html",
    "write_html",
    "build_view_payload",
    "view_markup",
    "asset_parts",
    "embed_json",
    "PHYSICS_MAX_NODES",
    "HOVER_MAX_EDGES",
    "EDGE_LABEL_MAX_EDGES",
]

PHYSICS_MAX_NODES = 60
"""Above this many nodes the page draws the Python layout as is (physics off from
the start); at or below it vis-network refines the layout briefly, then stops. At
300 actors its central gravity pulled the laid-out parts into one round blob in the
middle of a wide canvas; a handful of actors it spaces nicely."""

EDGE_LABEL_MAX_EDGES = 5000
"""Above this many edges, links carry no label by default: measuring 20k labels
costs over a second before the first drawing (the panel still names the type)."""

HOVER_MAX_EDGES = 5000
"""Hover tooltips test every edge on each mouse move; above this they are off
(clicking still shows everything)."""

STABILIZATION_ITERATIONS = 150
VIS_DIR = "templates/lib/vis-9.1.2"
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def render_html(graph: nx.MultiDiGraph | View, *, title: str, **kwargs: Any) -> str:
    """The whole page for `graph` (a networkx graph, or a `View`: a store or a part of
    it) as one string (works from a file:// URL, offline); the options are
    `build_view_payload`'s."""
    payload = build_view_payload(graph, title=title, **kwargs)
    parts = {"TITLE": html.escape(title), "VIEW": view_markup(payload), **asset_parts()}
    return _fill("page.html", parts)


def build_view_payload(
    graph: nx.MultiDiGraph | View,
    *,
    title: str,
    documents: Mapping[str, dict] | None = None,
    highlight: Sequence[str] = (),
    physics: bool | None = None,
    edge_labels: bool | None = None,
    seed: int = 7,
    focus: str | None = None,
    filters: Sequence[str] = (),
) -> dict[str, Any]:
    """What a view of `graph` shows, laid out, as the JSON the page reads.

    `documents` maps document ids to their attributes (title, url, date), as
    `LocalStore.document(id)` returns them; `highlight` lists actor or edge ids to
    mark (an ego centre, the steps of a path); `focus`, an actor whose page the panel
    opens on. `physics` and `edge_labels` left at None are decided by the size of the
    graph (see the thresholds above). `filters` says in words what the view was
    narrowed to ("type Person", "since 2019"); the page shows it under the title.
    A `View` is drawn from its networkx graph (the layout is networkx's), its own
    documents unless `documents` is given.
    """
    from .layout import compute_positions  # numpy: only when a page is drawn

    if isinstance(graph, View):
        if documents is None:
            documents = {d["id"]: d for d in graph.documents()}
        graph = graph.network()

    use_physics = graph.number_of_nodes() <= PHYSICS_MAX_NODES if physics is None else physics
    settings: dict[str, Any] = {
        "physics": use_physics,
        "stabilization": STABILIZATION_ITERATIONS,
        "edgeLabels": graph.number_of_edges() <= EDGE_LABEL_MAX_EDGES
        if edge_labels is None
        else edge_labels,
        "hover": graph.number_of_edges() <= HOVER_MAX_EDGES,
        "focus": focus if focus is not None and focus in graph else None,
        "filters": [str(f) for f in filters],
    }
    return build_payload(
        graph,
        title=title,
        positions=compute_positions(graph, seed=seed),
        documents=documents,
        highlight=highlight,
        settings=settings,
    )


def asset_parts() -> dict[str, str]:
    """The styles and scripts every view needs: vis-network's and the page's own."""
    return {
        "VIS_CSS": _vis_asset("vis-network.css"),
        "PAGE_CSS": _own_asset("page.css"),
        "VIS_JS": _vis_asset("vis-network.min.js"),
        "PAGE_JS": _own_asset("page.js"),
    }


def view_markup(payload: Mapping[str, Any]) -> str:
    """One view's markup and data, without the page around it (a notebook output)."""
    return _fill("view.html", {"DATA": embed_json(payload)})


def _fill(template: str, parts: Mapping[str, str]) -> str:
    """The template with each `@@NAME@@` replaced, in one pass: text put in by a
    substitution is never scanned again."""
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _own_asset(template))


def write_html(graph: nx.MultiDiGraph | View, path: Path | str, **kwargs: Any) -> Path:
    """Render `graph` into the file `path` (UTF-8) and return that path."""
    from ..graph.atomic import write_atomic

    target = Path(path)
    write_atomic(target, render_html(graph, **kwargs))  # never a truncated page over a good one
    return target


def embed_json(value: Any) -> str:
    """JSON that is safe inside a `<script type="application/json">` element.

    >>> embed_json({"name": "</script><b>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    import orjson

    text = orjson.dumps(value).decode("utf-8")
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


@cache
def _vis_asset(name: str) -> str:
    """vis-network's file from the installed pyvis wheel, checked safe to inline."""
    try:
        text = resources.files("pyvis").joinpath(VIS_DIR, name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise RuntimeError(f"pyvis is missing {VIS_DIR}/{name}; reinstall pyvis 0.3.2") from exc
    return _checked_inline(text, name)


@cache
def _own_asset(name: str) -> str:
    text = resources.files("figraph.views").joinpath("assets", name).read_text(encoding="utf-8")
    return text if name.endswith(".html") else _checked_inline(text, name)


def _checked_inline(text: str, name: str) -> str:
    """Refuse an asset that would end its <script>/<style> element early."""
    lowered = text.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
        raise RuntimeError(f"{name} cannot be inlined: it contains a closing tag")
    return text
