"""How each kind of thing looks: node colour and shape by type, edge style by kind.

Why a table here and not in the page: the legend, the Python tests and the
browser all read the same entries, so a colour cannot drift between the legend
and the drawing. Shapes are ones vis-network draws with the label *below* the
shape (dot, square, ...): shapes that hold their label inside (box, ellipse)
measure text for every node and slow large graphs down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..graph.model import RELATION_TYPES, is_allegation

__all__ = [
    "NodeStyle",
    "EdgeStyle",
    "node_style",
    "edge_style",
    "relation_label",
    "node_size",
    "RELATIONSHIP",
    "ALLEGATION",
]


@dataclass(frozen=True)
class NodeStyle:
    """Fill colour, border colour and vis-network shape of one actor type."""

    color: str
    border: str
    shape: str


@dataclass(frozen=True)
class EdgeStyle:
    """Colour and dash pattern of one kind of edge (relationship or allegation)."""

    name: str
    color: str
    dashes: bool


_NODE_STYLES: dict[str, NodeStyle] = {
    "Person": NodeStyle("#4e79a7", "#2f4b6b", "dot"),
    "State": NodeStyle("#e15759", "#8f2d2f", "hexagon"),
    "Government": NodeStyle("#ff9d9a", "#a8504d", "hexagon"),
    "Agency": NodeStyle("#f28e2b", "#99560f", "triangle"),
    "Commission": NodeStyle("#76b7b2", "#3f716d", "diamond"),
    "Committee": NodeStyle("#59a14f", "#33622c", "diamond"),
    "Party": NodeStyle("#edc948", "#927a1a", "square"),
    "Legislature": NodeStyle("#b07aa1", "#6c4461", "square"),
    "Organization": NodeStyle("#9c755f", "#5e4537", "square"),
    "Bill": NodeStyle("#bab0ac", "#6f6764", "triangleDown"),
    "Media": NodeStyle("#86bcb6", "#4a7c77", "triangleDown"),
}
_UNKNOWN = NodeStyle("#9aa3ad", "#5b636c", "dot")

RELATIONSHIP = EdgeStyle("Relationship", "#8792a2", False)
ALLEGATION = EdgeStyle("Allegation", "#c0392b", True)


def node_style(node_type: str) -> NodeStyle:
    """The style of an actor type; unknown types share one neutral grey dot."""
    return _NODE_STYLES.get(node_type, _UNKNOWN)


def edge_style(rel_type: str) -> EdgeStyle:
    """Allegations are dashed and red so a claim never reads as a fact."""
    return ALLEGATION if is_allegation(rel_type) else RELATIONSHIP


def relation_label(rel_type: str) -> str:
    """Human-readable relation type: `ALLEGED_ASSISTANCE` -> `alleged assistance`."""
    return rel_type.replace("_", " ").lower()


def is_symmetric(rel_type: str) -> bool:
    """Symmetric relations (met with, spoke with) are drawn without an arrow."""
    rel = RELATION_TYPES.get(rel_type)
    return bool(rel and rel.symmetric)


def node_size(degree: int) -> float:
    """Area grows with degree, but hubs stay small enough not to hide their neighbours."""
    return round(min(10.0 + 3.0 * math.sqrt(degree), 42.0), 1)
