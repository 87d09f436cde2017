"""One actor's page: who they are, where they appear, and every edge with its sources.

What an investigator writing about one person needs on one screen: the actor's type,
roles and other names; the documents that mention them; every edge to another actor
with its quotes, claimant, status, review state and source, grouped by that other
actor (most edges first, then most quotes); and the claims the actor makes about
others. The terminal (`figraph actor`), the JSON and the HTML view all show this page.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from ..graph.model import is_allegation

__all__ = ["actor_page"]


def actor_page(graph: nx.MultiDiGraph, documents: Mapping[str, Mapping[str, Any]],
               actor_id: str, reviewed_only: bool = False) -> dict[str, Any]:
    """The page of `actor_id` (an actor of `graph`); `documents` by id, as the store
    lists them; with `reviewed_only`, only edges a person confirmed or retyped."""
    from ..graph.model import REVIEWED

    attrs = graph.nodes[actor_id]
    keep = (lambda e: e.get("review") in REVIEWED) if reviewed_only else (lambda e: True)
    groups: dict[str, list[dict[str, Any]]] = {}
    for source, target, edge in _incident(graph, actor_id):
        if keep(edge):
            other = target if source == actor_id else source
            groups.setdefault(other, []).append(_edge_entry(graph, edge, actor_id))
    claims = [_edge_entry(graph, e, actor_id) for _, _, e in graph.edges(data=True)
              if e.get("claimant") == actor_id and actor_id not in (e["source"], e["target"])
              and keep(e)]
    return {
        "id": actor_id, "name": attrs.get("name", actor_id), "type": attrs.get("type", ""),
        "roles": list(attrs.get("roles") or []), "aliases": list(attrs.get("aliases") or []),
        "group": bool(attrs.get("group")), "description": attrs.get("description", ""),
        "attributes": dict(attrs.get("attributes") or {}),
        "documents": _documents(attrs, documents),
        "links": [{"actor": _actor(graph, other), "edges": sorted(edges, key=_edge_order)}
                  for other, edges in sorted(groups.items(), key=lambda g: (
                      -len(g[1]), -sum(len(e["evidence"]) for e in g[1]),
                      str(graph.nodes[g[0]].get("name", g[0])), g[0]))],
        "claims": sorted(claims, key=_edge_order),
    }


def _incident(graph: nx.MultiDiGraph, actor_id: str):
    yield from graph.out_edges(actor_id, data=True)
    for source, target, edge in graph.in_edges(actor_id, data=True):
        if source != actor_id:
            yield source, target, edge


def _actor(graph: nx.MultiDiGraph, actor_id: str) -> dict[str, Any]:
    attrs = graph.nodes[actor_id] if actor_id in graph else {}
    return {"id": actor_id, "name": attrs.get("name", actor_id), "type": attrs.get("type", ""),
            "roles": list(attrs.get("roles") or [])}


def _edge_entry(graph: nx.MultiDiGraph, edge: Mapping[str, Any], actor_id: str
                ) -> dict[str, Any]:
    claimant = edge.get("claimant") or ""
    return {
        "id": edge["id"], "type": edge["type"], "source": edge["source"],
        "source_name": _actor(graph, edge["source"])["name"], "target": edge["target"],
        "target_name": _actor(graph, edge["target"])["name"],
        "direction": "out" if edge["source"] == actor_id else "in",
        "allegation": is_allegation(edge["type"]), "status": edge.get("status", "stated"),
        "claimant": claimant, "claimant_name": _actor(graph, claimant)["name"] if claimant else "",
        "hedges": list(edge.get("hedges") or []), "date": edge.get("date") or "",
        "date_text": edge.get("date_text") or "", "review": edge.get("review") or "",
        "review_note": edge.get("review_note") or "",
        "evidence": [dict(e) for e in edge.get("evidence") or ()],
    }


def _edge_order(entry: Mapping[str, Any]) -> tuple[Any, ...]:
    return (entry["allegation"], -len(entry["evidence"]), entry["type"], entry["id"])


def _documents(attrs: Mapping[str, Any], documents: Mapping[str, Mapping[str, Any]]
               ) -> list[dict[str, Any]]:
    rows = []
    for doc_id, count in (attrs.get("mentions") or {}).items():
        doc = documents.get(doc_id) or {}
        rows.append({"id": doc_id, "title": doc.get("title") or doc_id,
                     "date": doc.get("date") or "", "url": doc.get("url") or "",
                     "mentions": count})
    return sorted(rows, key=lambda d: (-d["mentions"], d["title"], d["id"]))
