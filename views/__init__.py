"""Views of the graph: one self-contained, offline HTML page per network or subgraph.

`select_subgraph` picks what to show (documents, types, statuses, dates, an ego
network); `render_html` / `write_html` draw it. Heavy work (layout, JSON) runs only
when a page is rendered, so importing this package stays cheap.
"""

from __future__ import annotations

from .html import render_html, write_html
from .notebook import ipython_display
from .select import describe_filters, select_part, select_subgraph

__all__ = ["render_html", "write_html", "select_subgraph", "select_part", "describe_filters",
           "ipython_display"]
