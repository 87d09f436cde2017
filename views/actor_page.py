"""One actor's page: who they are, where they appear, and every edge with its sources.

What an investigator writing about one person needs on one screen: the actor's type,
roles and other names; the documents that mention them; every edge to another actor
with its quotes, claimant, status, review state and source, grouped by that other
actor (most edges first, then most quotes); and the claims the actor makes about
others. The terminal (`figraph actor`), the JSON and the HTML view all show this page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..graph.model import REVIEWED, Actor, Edge, evidence_dict
from ..graph.store import View

__all__ = ["actor_page"]


def actor_page(view: View, actor_id: str, reviewed_only: bool = False) -> dict[str, Any]:
    """The page of `actor_id` (an actor of `view`: a store, a part of it, Neo4j); with
    `reviewed_only`, only edges a person confirmed or retyped."""
    actor = view.actor(actor_id)
    if actor is None:
        raise ValueError(f"unknown actor id {actor_id!r}")
    keep: Callable[[Edge], bool] = (
        (lambda e: e.review in REVIEWED) if reviewed_only else (lambda e: True))
    names = _Names(view)
    groups: dict[str, list[dict[str, Any]]] = {}
    for edge in view.actor_edges(actor_id):
        if keep(edge):
            other = edge.target if edge.source == actor_id else edge.source
            groups.setdefault(other, []).append(_edge_entry(names, edge, actor_id))
    claims = [_edge_entry(names, e, actor_id) for e in view.claimed(actor_id)
              if actor_id not in (e.source, e.target) and keep(e)]
    return {
        "id": actor_id, "name": actor.name, "type": actor.type,
        "roles": list(actor.roles), "aliases": list(actor.aliases),
        "group": actor.group, "description": actor.description,
        "attributes": dict(actor.attributes),
        "documents": _documents(view, view.mentions(actor_id)),
        "links": [{"actor": names.summary(other), "edges": sorted(edges, key=_edge_order)}
                  for other, edges in sorted(groups.items(), key=lambda g: (
                      -len(g[1]), -sum(len(e["evidence"]) for e in g[1]),
                      names.name(g[0]), g[0]))],
        "claims": sorted(claims, key=_edge_order),
    }


class _Names:
    """The actors a page names, each read from the view once."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.known: dict[str, Actor | None] = {}

    def actor(self, actor_id: str) -> Actor | None:
        if actor_id not in self.known:
            self.known[actor_id] = self.view.actor(actor_id)
        return self.known[actor_id]

    def name(self, actor_id: str) -> str:
        actor = self.actor(actor_id)
        return actor.name if actor is not None else actor_id

    def summary(self, actor_id: str) -> dict[str, Any]:
        actor = self.actor(actor_id)
        if actor is None:
            return {"id": actor_id, "name": actor_id, "type": "", "roles": []}
        return {"id": actor_id, "name": actor.name, "type": actor.type,
                "roles": list(actor.roles)}


def _edge_entry(names: _Names, edge: Edge, actor_id: str) -> dict[str, Any]:
    return {
        "id": edge.id, "type": edge.type, "source": edge.source,
        "source_name": names.name(edge.source), "target": edge.target,
        "target_name": names.name(edge.target),
        "direction": "out" if edge.source == actor_id else "in",
        "allegation": edge.allegation, "status": edge.status,
        "claimant": edge.claimant,
        "claimant_name": names.name(edge.claimant) if edge.claimant else "",
        "hedges": list(edge.hedges), "date": edge.date,
        "date_text": edge.date_text, "review": edge.review,
        "review_note": edge.review_note,
        "evidence": [evidence_dict(e) for e in edge.evidence],
    }


def _edge_order(entry: Mapping[str, Any]) -> tuple[Any, ...]:
    return (entry["allegation"], -len(entry["evidence"]), entry["type"], entry["id"])


def _documents(view: View, mentions: Mapping[str, int]) -> list[dict[str, Any]]:
    rows = []
    for doc_id, count in mentions.items():
        doc = view.document(doc_id) or {}
        rows.append({"id": doc_id, "title": doc.get("title") or doc_id,
                     "date": doc.get("date") or "", "url": doc.get("url") or "",
                     "mentions": count})
    return sorted(rows, key=lambda d: (-d["mentions"], d["title"], d["id"]))
