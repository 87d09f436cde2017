"""How Gephi draws a GEXF or GraphML export: colour, size and place per actor, weight per edge.

A file opened in Gephi should look like the HTML views without a click: each actor
type and relation type in its colour (declared with the type in `graph/model.toml`,
read through `figraph.views.style` as the HTML views read it), bigger nodes for
more connected actors, allegations in red, edges as thick as their evidence is
many (`weight` = number of quotes), and the nodes already laid out (the views'
layout) so the first picture is not a hairball at random places. Gephi reads these
from GEXF's `viz` elements and, in GraphML, from the attributes it associates with
them (`r`, `g`, `b`, `size`, `x`, `y`, `weight`); yEd and networkx keep them as
ordinary attributes.

Documents are named by title, not only by id: each actor lists the titles of the
documents that mention it, each edge those of the documents it is quoted from and
their addresses.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

from .style import edge_style, node_size, node_style

__all__ = ["node_drawing", "edge_drawing", "rgb", "TITLE_SEPARATOR"]

TITLE_SEPARATOR = " | "
"""Between titles in one cell: titles hold commas and semicolons, rarely a bar."""


def rgb(color: str) -> tuple[int, int, int]:
    """`#4e79a7` -> (78, 121, 167)."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def node_drawing(graph: nx.MultiDiGraph, documents: Mapping[str, Mapping[str, Any]],
                 fmt: str) -> dict[Hashable, dict[str, Any]]:
    """Per actor: colour, size and position in `fmt`'s form, and its documents' titles."""
    from .layout import compute_positions  # numpy: only when drawing

    positions = compute_positions(graph)
    out: dict[Hashable, dict[str, Any]] = {}
    for node, attrs in graph.nodes(data=True):
        color = rgb(node_style(str(attrs.get("type") or "")).color)
        size = node_size(graph.degree(node))
        x, y = positions.get(node, (0.0, 0.0))
        mentions = attrs.get("mentions") or {}
        ordered = sorted(mentions, key=lambda d: (-int(mentions[d]), str(d)))
        drawn: dict[str, Any] = {"document_titles": _titles(ordered, documents, {})}
        if fmt == "gexf":
            drawn["viz"] = {"color": _viz_color(color), "size": size,
                            "position": {"x": x, "y": -y, "z": 0.0}}
        else:
            drawn.update(r=color[0], g=color[1], b=color[2], size=size, x=x, y=-y)
        out[node] = drawn
    return out


def edge_drawing(graph: nx.MultiDiGraph, documents: Mapping[str, Mapping[str, Any]],
                 fmt: str) -> dict[tuple[Hashable, Hashable, Any], dict[str, Any]]:
    """Per edge: weight (its number of quotes), colour, and its documents' titles and URLs."""
    out: dict[tuple[Hashable, Hashable, Any], dict[str, Any]] = {}
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        evidence = attrs.get("evidence") or []
        quoted = list(dict.fromkeys(str(e.get("document") or "") for e in evidence))
        known = {str(e.get("document") or ""): str(e.get("document_title") or "")
                 for e in evidence}
        urls = dict.fromkeys(str((documents.get(d) or {}).get("url") or "") for d in quoted)
        urls.update(dict.fromkeys(str(e.get("url") or "") for e in evidence))
        color = rgb(edge_style(str(attrs.get("type") or "")).color)
        drawn: dict[str, Any] = {
            "weight": float(max(len(evidence), 1)),
            "document_titles": _titles(quoted, documents, known),
            "urls": TITLE_SEPARATOR.join(u for u in urls if u),
        }
        if fmt == "gexf":
            drawn["viz"] = {"color": _viz_color(color), "thickness": drawn["weight"]}
        else:
            drawn.update(r=color[0], g=color[1], b=color[2])
        out[(source, target, key)] = drawn
    return out


def _viz_color(color: tuple[int, int, int]) -> dict[str, Any]:
    return {"r": color[0], "g": color[1], "b": color[2], "a": 1.0}


def _titles(doc_ids: list[str], documents: Mapping[str, Mapping[str, Any]],
            known: Mapping[str, str]) -> str:
    """The documents' titles in order (their id where no title is known)."""
    titles = [str((documents.get(d) or {}).get("title") or known.get(d) or d) for d in doc_ids]
    return TITLE_SEPARATOR.join(" ".join(t.split()) for t in titles)
