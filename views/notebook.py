"""Views inside Jupyter: the same interactive view, inline, with vis-network sent once.

A notebook output is part of the notebook's page. The first view of a session sends the
styles and scripts every view needs (vis-network and the page's own, ~700 KB), once;
each view after it is only its markup and data (`view_markup`) and one call that starts
it inside its own container (`figraphStart`), so a notebook with ten views is not ten
copies of vis-network. The page's styles all hang under `.fg-root`: the notebook's own
look is untouched. Strings from documents travel as escaped JSON and reach the page
through `textContent` only, as in the standalone page.

Outputs are plain HTML (`_repr_html_`): no iframe (IPython warns about one in HTML),
nothing fetched from the network.
"""

from __future__ import annotations

import html
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .html import asset_parts, render_html

__all__ = ["NotebookView", "notebook_html", "ipython_display", "iframe_html", "reset_assets"]

DEFAULT_HEIGHT = 640
_MISSING = ("The drawing library came with an earlier output that is no longer on this page: "
            "run figraph.reset_assets(), then this cell again.")
_assets_sent = False


def reset_assets() -> None:
    """Send the styles and scripts again with the next view: a page reloaded after its
    outputs were cleared has lost them (a restarted kernel sends them by itself)."""
    global _assets_sent
    _assets_sent = False


def assets_html() -> str:
    """The styles and scripts every view needs, as one HTML fragment."""
    parts = asset_parts()
    return (f"<style data-figraph-css>{parts['VIS_CSS']}</style>"
            f"<style data-figraph-css>{parts['PAGE_CSS']}</style>"
            f"<script>{parts['VIS_JS']}</script><script>{parts['PAGE_JS']}</script>")


def notebook_html(graph: nx.MultiDiGraph, *, height: int = DEFAULT_HEIGHT,
                  **kwargs: Any) -> str:
    """One view as a notebook output; the first of the session also carries the assets."""
    from .html import build_view_payload, view_markup

    global _assets_sent
    kwargs.setdefault("title", "figraph")
    # Unique across kernel restarts: outputs of the last session stay on the page.
    element = f"figraph-view-{uuid.uuid4().hex}"
    markup = view_markup(build_view_payload(graph, **kwargs))
    start = ("<script>(function (root) {"
             " if (window.figraphStart) { window.figraphStart(root); return; }"
             f" root.querySelector('#fg-loading').textContent = {json.dumps(_MISSING)};"
             f" }})(document.getElementById({element!r}))</script>")
    head = "" if _assets_sent else assets_html()
    _assets_sent = True
    return (f'{head}<div class="fg-root" id="{element}" style="height:{int(height)}px">'
            f"{markup}</div>{start}")


@dataclass
class NotebookView:
    """A graph shown inline where a notebook displays it (the last value of a cell, or
    `IPython.display.display(view)`); `save(path)` writes the standalone page."""

    graph: nx.MultiDiGraph
    title: str = "figraph"
    documents: Mapping[str, dict] | None = None
    highlight: Sequence[str] = ()
    filters: Sequence[str] = ()
    height: int = DEFAULT_HEIGHT
    options: dict[str, Any] = field(default_factory=dict)

    def _kwargs(self) -> dict[str, Any]:
        return {"title": self.title, "documents": self.documents,
                "highlight": list(self.highlight), "filters": list(self.filters),
                **self.options}

    def _repr_html_(self) -> str:
        return notebook_html(self.graph, height=self.height, **self._kwargs())

    def save(self, path: Any) -> Any:
        """The same view as one offline HTML file; returns its path."""
        from .html import write_html

        return write_html(self.graph, path, **self._kwargs())

    def __repr__(self) -> str:
        return (f"<figraph view {self.title!r}: {self.graph.number_of_nodes()} actors, "
                f"{self.graph.number_of_edges()} links>")


def ipython_display(graph: nx.MultiDiGraph, *, height: int = DEFAULT_HEIGHT,
                    **kwargs: Any) -> NotebookView:
    """Display `graph` in a notebook cell now; returns the view."""
    from IPython.display import display  # only present in notebooks

    view = NotebookView(graph, height=height, **_view_fields(kwargs))
    display(view)
    return view


def _view_fields(kwargs: dict[str, Any]) -> dict[str, Any]:
    known = {"title", "documents", "highlight", "filters"}
    fields = {k: v for k, v in kwargs.items() if k in known}
    fields["options"] = {k: v for k, v in kwargs.items() if k not in known}
    return fields


def iframe_html(graph: nx.MultiDiGraph, *, height: int = DEFAULT_HEIGHT, **kwargs: Any) -> str:
    """The whole page in a sandboxed `<iframe>`, for HTML front ends that run no script
    of their own (each such view carries its own copy of vis-network)."""
    kwargs.setdefault("title", "figraph")
    page = html.escape(render_html(graph, **kwargs), quote=True)
    return (
        f'<iframe sandbox="allow-scripts allow-popups" srcdoc="{page}" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #d9dee4" '
        'title="figraph network"></iframe>'
    )
