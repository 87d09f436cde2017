"""Pick the part of the graph a view shows: by document, type, status, date, or around actors.

Why a copy and not a networkx view: the evidence of an edge is trimmed to the
selected documents, and a claimant cut out of the selection keeps its name on
the edge (`claimant_name`), so the page can still say who makes the claim.
The store's own graph is never modified.

Order of the filters: node types, then edge filters (type, status, date,
document), then the ego network, grown over what is left. Reach is undirected:
an actor two hops away is shown whichever way the edges point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from typing import Any

import networkx as nx

from ..graph.dates import PartialDate, date_span, parse_bound
from ..graph.model import REVIEWED
from ..graph.network_view import NetworkView
from ..graph.store import View

__all__ = ["select_subgraph", "select_part", "cited_documents", "describe_filters"]

DateLike = str | dt.date | PartialDate | None


def select_subgraph(
    graph: nx.MultiDiGraph,
    *,
    actor_ids: Iterable[str] | None = None,
    hops: int = 1,
    documents: Iterable[str] | None = None,
    node_types: Iterable[str] | None = None,
    edge_types: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
    date_from: DateLike = None,
    date_to: DateLike = None,
    reviewed_only: bool = False,
) -> nx.MultiDiGraph:
    """A new graph holding only what matches every filter given.

    - `documents`: actors mentioned in them and edges evidenced by them (only that
      evidence is kept);
    - `node_types`, `edge_types`, `statuses`: closed-vocabulary values to keep;
    - `date_from`/`date_to`: dates (`2019`, `2019-05`, `2019-05-01`, `May 2019`), compared
      as real dates at the precision both sides have (an edge dated 2019 is in a range
      that ends in June 2019); an edge matches on its own date or on the date of one of
      its quotes; undated edges are left out when a bound is given; a bound that is not
      a date raises ValueError naming it;
    - `reviewed_only`: only edges a person confirmed or retyped (`figraph.graph.review`);
    - `actor_ids` + `hops`: only actors at most `hops` links away from these.

    Edge filters drop actors left with no link (the point of the view is the
    links), except the `actor_ids` themselves and actors a document mentions.
    Raises ValueError for an actor id that is not in the graph.
    """
    centres = _check_actors(graph, actor_ids)
    doc_set = set(documents) if documents is not None else None
    keep_types = set(node_types) if node_types is not None else None
    nodes = {
        n for n, a in graph.nodes(data=True) if keep_types is None or a.get("type") in keep_types
    }
    edge_filter = _EdgeFilter(edge_types, statuses, date_from, date_to, doc_set, reviewed_only)
    edges = [
        (u, v, k, trimmed)
        for u, v, k, d in graph.edges(keys=True, data=True)
        if u in nodes and v in nodes and (trimmed := edge_filter.apply(d)) is not None
    ]
    if doc_set is not None:
        mentioned = {n for n in nodes if doc_set & set(graph.nodes[n].get("mentions") or ())}
        nodes = mentioned | _endpoints(edges) | (centres & nodes)
    elif edge_filter.active:
        nodes = _endpoints(edges) | (centres & nodes)
    if centres:
        nodes = _reach(nodes, edges, centres & nodes, hops)
    return _build(graph, nodes, [e for e in edges if e[0] in nodes and e[1] in nodes])


def select_part(view: View, **filters: Any) -> NetworkView:
    """`select_subgraph` of a view (the filters are its), as a view holding the documents
    the part cites: what the HTML view and the exports read."""
    part = select_subgraph(view.network(), **filters)
    return NetworkView(part, cited_documents(part, {d["id"]: d for d in view.documents()}))


def cited_documents(part: nx.MultiDiGraph, documents: dict[str, dict[str, Any]]
                    ) -> dict[str, dict[str, Any]]:
    """The documents (by id) the part's evidence cites or its actors' mentions name."""
    cited = {e.get("document") for _, _, d in part.edges(data=True)
             for e in d.get("evidence") or ()}
    cited |= {d for _, a in part.nodes(data=True) for d in a.get("mentions") or {}}
    return {k: v for k, v in documents.items() if k in cited}


def _check_actors(graph: nx.MultiDiGraph, actor_ids: Iterable[str] | None) -> set[str]:
    centres = set(actor_ids or ())
    unknown = sorted(c for c in centres if c not in graph)
    if unknown:
        raise ValueError(f"unknown actor id {unknown[0]!r}")
    return centres


def _endpoints(edges: list[tuple[Any, Any, Any, dict]]) -> set[Any]:
    return {u for u, _, _, _ in edges} | {v for _, v, _, _ in edges}


def _reach(
    nodes: set[Any], edges: list[tuple[Any, Any, Any, dict]], centres: set[Any], hops: int
) -> set[Any]:
    """Actors within `hops` undirected links of the centres, among `nodes`."""
    neighbours: dict[Any, set[Any]] = {}
    for u, v, _, _ in edges:
        neighbours.setdefault(u, set()).add(v)
        neighbours.setdefault(v, set()).add(u)
    seen = set(centres)
    frontier = set(centres)
    for _ in range(max(hops, 0)):
        frontier = {m for n in frontier for m in neighbours.get(n, ())} - seen
        if not frontier:
            break
        seen |= frontier
    return seen & (nodes | centres)


class _EdgeFilter:
    """Which edges pass the type/status/date/document filters, with trimmed evidence."""

    def __init__(
        self,
        edge_types: Iterable[str] | None,
        statuses: Iterable[str] | None,
        date_from: DateLike,
        date_to: DateLike,
        documents: Collection[str] | None,
        reviewed_only: bool = False,
    ) -> None:
        self.reviewed_only = reviewed_only
        self.types = set(edge_types) if edge_types is not None else None
        self.statuses = set(statuses) if statuses is not None else None
        self.date_from = _bound(date_from)
        self.date_to = _bound(date_to)
        self.documents = documents
        self.active = any(x is not None for x in (self.types, self.statuses, documents)) or bool(
            self.date_from or self.date_to or reviewed_only
        )

    def apply(self, attrs: dict[str, Any]) -> dict[str, Any] | None:
        """A copy of the edge's attributes if it passes, else None."""
        if self.types is not None and attrs.get("type") not in self.types:
            return None
        if self.statuses is not None and attrs.get("status") not in self.statuses:
            return None
        if self.reviewed_only and attrs.get("review") not in REVIEWED:
            return None
        evidence = list(attrs.get("evidence") or ())
        if self.documents is not None:
            evidence = [e for e in evidence if e.get("document") in self.documents]
            if not evidence:
                return None
        if (self.date_from or self.date_to) and not self._dated_in_range(attrs, evidence):
            return None
        return {
            **attrs,
            "evidence": [dict(e) for e in evidence],
            "hedges": list(attrs.get("hedges") or ()),
        }

    def _dated_in_range(self, attrs: dict[str, Any], evidence: list[dict[str, Any]]) -> bool:
        dates = [str(attrs.get("date") or "")] + [str(e.get("date") or "") for e in evidence]
        spans = (date_span(d) for d in dates if d)
        return any(s is not None and s.overlaps(self.date_from, self.date_to) for s in spans)


def _bound(value: DateLike) -> PartialDate | None:
    """A filter bound as a real date; ValueError naming a value that is not one."""
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate.of(value.year, value.month, value.day)
    return parse_bound(str(value)) if str(value).strip() else None


def _build(
    graph: nx.MultiDiGraph, nodes: set[Any], edges: list[tuple[Any, Any, Any, dict]]
) -> nx.MultiDiGraph:
    """The selection as a fresh graph, node order as in the source (stable pages)."""
    out = nx.MultiDiGraph(**graph.graph)
    for node, attrs in graph.nodes(data=True):
        if node in nodes:
            out.add_node(node, **_copy_node(attrs))
    for u, v, key, attrs in edges:
        claimant = attrs.get("claimant")
        if claimant and claimant in graph and "claimant_name" not in attrs:
            attrs = {**attrs, "claimant_name": graph.nodes[claimant].get("name") or claimant}
        out.add_edge(u, v, key=key, **attrs)
    return out


def _copy_node(attrs: dict[str, Any]) -> dict[str, Any]:
    copied = dict(attrs)
    for key in ("roles", "aliases"):
        if key in copied:
            copied[key] = list(copied[key] or ())
    if "mentions" in copied:
        copied["mentions"] = dict(copied["mentions"] or {})
    return copied


def describe_filters(
    *,
    actor_names: Iterable[str] = (),
    hops: int = 1,
    document_titles: Iterable[str] = (),
    node_types: Iterable[str] | None = None,
    edge_types: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    reviewed_only: bool = False,
) -> list[str]:
    """What a view was narrowed to, in words, for its title: a filtered page must say
    it is one ("around Han Dong (2 hops)", "actors: Person, State", "since 2019").

    >>> describe_filters(node_types=["Person"], statuses=["alleged"], since="2019")
    ['actors: Person', 'status: alleged', 'since 2019']
    """
    from .style import relation_label

    parts = []
    names = list(actor_names)
    if names:
        parts.append(f"around {', '.join(names)} ({hops} hop{'' if hops == 1 else 's'})")
    titles = list(document_titles)
    if titles:
        parts.append("in " + "; ".join(f"“{t}”" for t in titles))
    for label, values in (("actors", node_types), ("links", edge_types),
                          ("status", statuses)):
        if values:
            shown = [relation_label(v) if label == "links" else v for v in values]
            parts.append(f"{label}: {', '.join(shown)}")
    if since and until:
        parts.append(f"dated {since} to {until}")
    elif since or until:
        parts.append(f"since {since}" if since else f"until {until}")
    if reviewed_only:
        parts.append("reviewed links only")
    return parts
