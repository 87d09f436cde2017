"""The graph as the page reads it: compact lists built straight from networkx.

Why compact arrays instead of vis-network node objects: a page of 20k nodes
and 80k edges carries every byte twice (file, then parse), so nodes and edges
are positional lists and the page builds vis objects itself; styles travel
once per type (vis `groups`), not once per node. Every string here comes from
documents and is untrusted: the page only ever puts it in the DOM with
`textContent` or on the canvas.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from ..graph.context import context_of
from ..graph.model import NODE_TYPES, RELATION_TYPES, is_allegation
from .style import ALLEGATION, RELATIONSHIP, edge_style, node_size, node_style, relation_label

__all__ = ["build_payload", "NODE_FIELDS", "EDGE_FIELDS", "EVIDENCE_FIELDS"]

NODE_FIELDS = ("id", "name", "type", "degree", "size", "x", "y", "highlight", "unnamed", "anchor")
"""Positions of the fields in each `nodes` row (the page reads the same order). `unnamed`:
1 for a placeholder such as "Senior Chinese diplomat (unnamed)"; `anchor`: the row of the
named actor the page groups it with (see `placeholder_anchors`), else -1."""

UNNAMED_SUFFIX = "(unnamed)"

EVIDENCE_FIELDS = ("quote", "document", "page", "before", "after")
"""Positions of the fields in each evidence row of an edge (`before` and `after`: the
quote's paragraph around it, see `figraph.graph.context`; empty when unknown)."""

EDGE_FIELDS = (
    "id",
    "from",
    "to",
    "relation",
    "status",
    "claimant",
    "hedges",
    "date",
    "evidence",
    "highlight",
    "curve",
    "review",
    "review_note",
)
"""Positions of the fields in each `edges` row."""

Positions = Mapping[Hashable, tuple[float, float]]


def build_payload(
    graph: nx.MultiDiGraph,
    *,
    title: str,
    positions: Positions,
    documents: Mapping[str, dict] | None,
    highlight: Sequence[str],
    settings: dict[str, Any],
) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-ready values."""
    marked = set(highlight)
    types = _node_types(graph)
    relations = _relations(graph)
    index = {node: i for i, node in enumerate(graph.nodes)}
    return {
        "title": title,
        "fields": {"node": NODE_FIELDS, "edge": EDGE_FIELDS, "evidence": EVIDENCE_FIELDS},
        "settings": settings,
        "nodeTypes": types,
        "edgeKinds": _edge_kinds(relations),
        "relations": relations,
        "documents": _documents(graph, documents),
        "nodes": _node_rows(graph, types, positions, marked),
        "details": [_details(attrs) for _, attrs in graph.nodes(data=True)],
        "edges": _edge_rows(graph, index, relations, marked),
    }


def _node_types(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Types present, in vocabulary order (so the legend reads the same every time)."""
    counts = Counter(str(attrs.get("type", "")) for _, attrs in graph.nodes(data=True))
    rank = {name: i for i, name in enumerate(NODE_TYPES)}
    names = sorted(counts, key=lambda t: (rank.get(t, len(rank)), t))
    rows = []
    for name in names:
        style = node_style(name)
        rows.append(
            {
                "name": name or "Unknown",
                "key": name,
                "color": style.color,
                "border": style.border,
                "shape": style.shape,
                "count": counts[name],
            }
        )
    return rows


def _relations(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    names = sorted({str(d.get("type", "")) for _, _, d in graph.edges(data=True)})
    rows = []
    for name in names:
        rel = RELATION_TYPES.get(name)
        rows.append(
            {
                "name": name,
                "label": relation_label(name),
                "allegation": is_allegation(name),
                "symmetric": bool(rel and rel.symmetric),
                "color": edge_style(name).color,
            }
        )
    return rows


def _edge_kinds(relations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kinds = []
    for style, alleged in ((RELATIONSHIP, False), (ALLEGATION, True)):
        if any(r["allegation"] == alleged for r in relations):
            kinds.append({"name": style.name, "color": style.color, "dashes": style.dashes})
    return kinds


def _node_rows(
    graph: nx.MultiDiGraph, types: list[dict[str, Any]], positions: Positions, marked: set[str]
) -> list[list[Any]]:
    type_index = {t["key"]: i for i, t in enumerate(types)}
    index = {node: i for i, node in enumerate(graph.nodes)}
    anchors = placeholder_anchors(graph)
    rows = []
    for node, attrs in graph.nodes(data=True):
        x, y = positions.get(node, (None, None))
        degree = graph.degree(node)
        rows.append(
            [
                str(node),
                str(attrs.get("name") or node),
                type_index[str(attrs.get("type", ""))],
                degree,
                node_size(degree),
                x,
                y,
                1 if node in marked else 0,
                1 if is_placeholder(attrs) else 0,
                index[anchors[node]] if node in anchors else -1,
            ]
        )
    return rows


def is_placeholder(attrs: Mapping[str, Any]) -> bool:
    """An actor the text describes but does not name ("a senior Chinese diplomat")."""
    return str(attrs.get("name") or "").endswith(UNNAMED_SUFFIX)


def placeholder_anchors(graph: nx.MultiDiGraph) -> dict[Hashable, Hashable]:
    """For each unnamed placeholder, the named actor the page groups it with.

    Its most connected named neighbour (ties: the first by name); only where two or
    more placeholders share an anchor, since a group of one hides nothing. A dozen
    "(unnamed)" labels around one minister read as one "5 unnamed" until opened.
    """
    anchors: dict[Hashable, Hashable] = {}
    for node, attrs in graph.nodes(data=True):
        if not is_placeholder(attrs):
            continue
        named = [n for n in nx.all_neighbors(graph, node)
                 if n != node and not is_placeholder(graph.nodes[n])]
        if named:
            anchors[node] = min(named, key=lambda n: (-graph.degree(n),
                                                      str(graph.nodes[n].get("name") or n)))
    shared = Counter(anchors.values())
    return {node: anchor for node, anchor in anchors.items() if shared[anchor] > 1}


def _details(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """Per-actor facts shown on click; empty fields are left out to keep the file small."""
    details: dict[str, Any] = {}
    for key in ("roles", "aliases"):
        values = [str(v) for v in attrs.get(key) or () if v]
        if values:
            details[key] = values
    if attrs.get("description"):
        details["description"] = str(attrs["description"])
    if attrs.get("group"):
        details["group"] = True
    mentions = attrs.get("mentions") or {}
    if mentions:
        details["mentions"] = sorted(
            ([str(d), int(c)] for d, c in mentions.items()), key=lambda m: -m[1]
        )
    return details


def _edge_rows(
    graph: nx.MultiDiGraph,
    index: Mapping[Hashable, int],
    relations: list[dict[str, Any]],
    marked: set[str],
) -> list[list[Any]]:
    rel_index = {r["name"]: i for i, r in enumerate(relations)}
    curves = _curves(graph)
    rows = []
    for u, v, key, d in graph.edges(keys=True, data=True):
        edge_id = str(d.get("id") or key)
        rows.append(
            [
                edge_id,
                index[u],
                index[v],
                rel_index[str(d.get("type", ""))],
                str(d.get("status", "")),
                _claimant_name(graph, d),
                [str(h) for h in d.get("hedges") or ()],
                str(d.get("date") or ""),
                [_evidence_row(e) for e in d.get("evidence") or ()],
                1 if edge_id in marked or (u in marked and v in marked) else 0,
                curves.get((u, v, key), 0),
                str(d.get("review") or ""),
                str(d.get("review_note") or ""),
            ]
        )
    return rows


def _claimant_name(graph: nx.MultiDiGraph, attrs: Mapping[str, Any]) -> str:
    """The claimant's name (select_subgraph keeps it when the claimant is cut away)."""
    claimant = str(attrs.get("claimant") or "")
    if not claimant:
        return ""
    if attrs.get("claimant_name"):
        return str(attrs["claimant_name"])
    if claimant in graph:
        return str(graph.nodes[claimant].get("name") or claimant)
    return claimant


def _evidence_row(evidence: Mapping[str, Any]) -> list[Any]:
    """Quote, document id, page, and the text around the quote: title and URL are looked
    up in `documents` (sent once)."""
    page = evidence.get("page")
    before, after = context_of(evidence)
    return [
        str(evidence.get("quote") or ""),
        str(evidence.get("document") or ""),
        int(page) if isinstance(page, int) else None,
        before,
        after,
    ]


def _curves(graph: nx.MultiDiGraph) -> dict[tuple[Hashable, Hashable, Any], float]:
    """Signed curvature for edges that share a pair of actors, so none hides another.

    Straight lines are the cheapest to draw, so only parallel edges bend.
    """
    groups: dict[frozenset, list[tuple[Hashable, Hashable, Any]]] = defaultdict(list)
    for u, v, key in graph.edges(keys=True):
        groups[frozenset((u, v))].append((u, v, key))
    curves = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        first = members[0][0]
        middle = (len(members) - 1) / 2
        for i, (u, v, key) in enumerate(members):
            bend = 0.4 * (i - middle)
            curves[(u, v, key)] = round(bend if u == first else -bend, 3)
    return curves


def _documents(
    graph: nx.MultiDiGraph, documents: Mapping[str, dict] | None
) -> dict[str, dict[str, str]]:
    """Title, url and date of each document the view refers to (and no others)."""
    known = documents or {}
    table: dict[str, dict[str, str]] = {}
    for doc_id, title, url in _referenced(graph):
        if doc_id in table:
            continue
        attrs = known.get(doc_id) or {}
        table[doc_id] = {
            "title": str(attrs.get("title") or title or doc_id),
            "url": str(attrs.get("url") or url or ""),
            "date": str(attrs.get("date") or ""),
        }
    return table


def _referenced(graph: nx.MultiDiGraph) -> Iterable[tuple[str, str, str]]:
    for _, _, d in graph.edges(data=True):
        for e in d.get("evidence") or ():
            yield (
                str(e.get("document") or ""),
                str(e.get("document_title") or ""),
                str(e.get("url") or ""),
            )
    for _, attrs in graph.nodes(data=True):
        for doc_id in attrs.get("mentions") or {}:
            yield str(doc_id), "", ""
