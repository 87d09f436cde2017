"""Show a graph inside Jupyter: the same offline page, sandboxed in an iframe.

Why an iframe with `srcdoc`: the page is a whole document with its own script and
styles; inside an iframe it cannot clash with the notebook's, and the sandbox
keeps its script away from the notebook's origin.
"""

from __future__ import annotations

import html
from typing import Any

import networkx as nx

from .html import render_html

__all__ = ["ipython_display", "iframe_html"]


def iframe_html(graph: nx.MultiDiGraph, *, height: int = 640, **kwargs: Any) -> str:
    """An `<iframe>` holding the rendered page (for any HTML-capable front end)."""
    kwargs.setdefault("title", "figraph")
    page = html.escape(render_html(graph, **kwargs), quote=True)
    return (
        f'<iframe sandbox="allow-scripts allow-popups" srcdoc="{page}" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #d9dee4" '
        'title="figraph network"></iframe>'
    )


def ipython_display(graph: nx.MultiDiGraph, *, height: int = 640, **kwargs: Any) -> Any:
    """Display `graph` in a notebook cell; returns the IPython HTML object."""
    from IPython.display import HTML, display  # only present in notebooks

    shown = HTML(iframe_html(graph, height=height, **kwargs))
    display(shown)
    return shown
