"""How each kind of thing looks: node colour and shape by type, edge style by kind.

Why read from the model and not kept here or in the page: the colours, borders and
shapes are declared with the types themselves (`graph/model.toml`), so the legend,
the drawing, Neo4j Browser's stylesheet and Gephi's colours read the same entry and
cannot drift apart, and a new type is styled where it is declared. Shapes are ones
vis-network draws with the label *below* the shape (`figraph.graph.schema.SHAPES`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ..graph.model import RELATION_TYPES, SCHEMA, is_allegation
from ..graph.schema import EdgeKind

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


EdgeStyle = EdgeKind
"""Colour and dash pattern of one kind of edge (relationship or allegation): the model's
own declaration of the kind, drawn as declared."""


_NODE_STYLES: dict[str, NodeStyle] = {
    name: NodeStyle(t.color, t.border, t.shape) for name, t in SCHEMA.node_types.items()}
_UNKNOWN = NodeStyle(SCHEMA.unknown_node.color, SCHEMA.unknown_node.border,
                     SCHEMA.unknown_node.shape)

RELATIONSHIP = SCHEMA.edge_kinds["Relationship"]
ALLEGATION = SCHEMA.edge_kinds["Allegation"]


def node_style(node_type: str) -> NodeStyle:
    """The style of an actor type; unknown types share one neutral grey dot."""
    return _NODE_STYLES.get(node_type, _UNKNOWN)


def edge_style(rel_type: str) -> EdgeStyle:
    """Allegations are dashed and red so a claim never reads as a fact; a relation type
    is drawn in its own colour (its kind's, unless the model gives it one)."""
    kind = ALLEGATION if is_allegation(rel_type) else RELATIONSHIP
    rel = RELATION_TYPES.get(rel_type)
    return kind if rel is None or rel.color == kind.color else replace(kind, color=rel.color)


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
