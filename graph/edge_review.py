"""The review of edges as a person runs it on a store: what to check first, and the decisions.

`review_queue` ranks the edges still to read: edges a new quote proposes again after a
rejection, then allegations (someone's claim), then weakly supported edges (one
sentence, one document, hedged, or of the catch-all type RELATED_TO), the least
supported first. `confirm`, `reject` and `retype` record a decision (`figraph.graph.review`)
and apply it to the stored graph at once; every later build applies it again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .decisions import Decisions
from .local_store import LocalStore
from .model import RELATION_TYPES, REVIEWED, is_allegation
from .review import EdgeDecision, edge_key, quote_key

__all__ = ["EdgeNotFound", "ReviewRefused", "find_edge", "confirm", "reject", "retype",
           "review_queue", "rejected_edges", "ReviewItem", "WEAK_TYPES"]

WEAK_TYPES = frozenset({"RELATED_TO"})
"""Relation types that say little: an edge of one of them is weakly supported."""
UNSURE_STATUSES = frozenset({"alleged", "unconfirmed", "reported", "denied"})
_HEX = re.compile(r"[0-9a-f]{4,16}")


class EdgeNotFound(LookupError):
    """No edge, or several, for what the person typed; `candidates` lists the several."""

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


class ReviewRefused(ValueError):
    """A decision that cannot apply to this edge (already rejected, same type...)."""


def find_edge(store: LocalStore, typed: str) -> str:
    """The id of the edge `typed` names: its id, with or without `e:`, or a prefix of at
    least four hex digits that only one edge (in the graph or set aside) has."""
    text = typed.strip().lower()
    wanted = text if text.startswith("e:") else f"e:{text}"
    ids = _all_ids(store)
    if wanted in ids:
        return wanted
    digits = wanted[2:]
    if not _HEX.fullmatch(digits):
        raise EdgeNotFound(f"{typed!r} is not an edge id (ids look like e:3f2a9c41d0b7e655; "
                           "`figraph review` lists them)")
    found = sorted(i for i in ids if i.startswith(wanted))
    if len(found) == 1:
        return found[0]
    if found:
        raise EdgeNotFound(f"{typed!r} starts {len(found)} edge ids; give more digits", found)
    raise EdgeNotFound(f"no edge with id {typed!r} in the store")


def _all_ids(store: LocalStore) -> set[str]:
    return {key for _, _, key in store.graph.edges(keys=True)} | set(store.aside)


def edge_attrs(store: LocalStore, edge_id: str) -> dict[str, Any]:
    """The stored edge (in the graph, or set aside)."""
    if edge_id in store.aside:
        return dict(store.aside[edge_id])
    return next(dict(attrs) for _, _, key, attrs in store.graph.edges(keys=True, data=True)
                if key == edge_id)


def _ends(edge: dict[str, Any]) -> tuple[str, str, str]:
    return edge["id"], edge["source"], edge["target"]


def confirm(store: LocalStore, decisions: Decisions, edge_id: str, note: str = "") -> set[str]:
    """Mark the edge confirmed; a rejected edge comes back into the graph, confirmed."""
    edge = edge_attrs(store, edge_id)
    if edge["source"] == edge["target"]:
        raise ReviewRefused(f"{edge_id} joins an actor to itself since a merge; "
                            "unmerge the two actors to review it")
    decisions.decide_edge(EdgeDecision.of(edge, "confirmed", note=note))
    return store.apply_edge_decision(decisions, [_ends(edge)])


def reject(store: LocalStore, decisions: Decisions, edge_id: str, note: str = "") -> set[str]:
    """Set the edge's quotes aside; builds keep them out, even from new documents."""
    edge = edge_attrs(store, edge_id)
    if edge_id in store.aside:
        raise ReviewRefused(f"{edge_id} is already out of the graph "
                            f"({'rejected' if edge.get('review') == 'rejected' else 'merged'})")
    rules = decisions.edge_rules()
    earlier = rules.by_key.get(edge_id)
    quotes = {quote_key(e["quote"]) for e in edge["evidence"]}
    if earlier is not None and earlier.decision == "rejected":
        quotes |= set(earlier.quotes)
    decisions.decide_edge(EdgeDecision.of(edge, "rejected", note=note, quotes=quotes))
    return store.apply_edge_decision(decisions, [_ends(edge)])


def retype(store: LocalStore, decisions: Decisions, edge_id: str, new_type: str,
           note: str = "") -> tuple[str, set[str]]:
    """Give the edge's sentences another relation type; returns the edge's new id."""
    wanted = new_type.strip().upper()
    if wanted not in RELATION_TYPES:
        raise ReviewRefused(f"unknown relation type {new_type!r}; one of: "
                            f"{', '.join(RELATION_TYPES)}")
    edge = edge_attrs(store, edge_id)
    if edge_id in store.aside:
        raise ReviewRefused(f"{edge_id} is out of the graph; confirm it first to retype it")
    if edge["type"] == wanted:
        raise ReviewRefused(f"{edge_id} is already a {wanted} edge")
    decisions.decide_edge(EdgeDecision.of(edge, "retyped", note=note, to=wanted))
    changed = store.apply_edge_decision(decisions, [_ends(edge)])
    moved = decisions.edge_rules().final(
        (edge["source"], edge["type"], edge["target"], edge.get("claimant") or "",
         edge.get("status") or "stated"))
    return edge_key(moved), changed


@dataclass
class ReviewItem:
    """One edge to check, why it comes where it does, and what supports it."""

    edge: dict[str, Any]
    reasons: list[str]
    rank: int
    documents: int

    def to_dict(self, names: dict[str, str]) -> dict[str, Any]:
        edge = self.edge
        return {
            "id": edge["id"], "source": edge["source"], "source_name": names.get(edge["source"]),
            "type": edge["type"], "target": edge["target"],
            "target_name": names.get(edge["target"]), "status": edge.get("status", "stated"),
            "claimant": edge.get("claimant") or "",
            "claimant_name": names.get(edge.get("claimant") or "", ""),
            "review": edge.get("review") or "", "review_note": edge.get("review_note") or "",
            "reasons": self.reasons, "documents": self.documents,
            "evidence": edge.get("evidence") or [],
        }


def review_queue(store: LocalStore, include_reviewed: bool = False) -> list[ReviewItem]:
    """The edges to check, most in need first (see the module doc)."""
    items = []
    for _, _, attrs in store.graph.edges(data=True):
        if attrs.get("review") in REVIEWED and not include_reviewed:
            continue
        items.append(_item(attrs))
    names = store.actor_names()
    items.sort(key=lambda i: (i.rank, i.documents, len(i.edge.get("evidence") or ()),
                              names.get(i.edge["source"], ""), i.edge["type"],
                              names.get(i.edge["target"], ""), i.edge["id"]))
    return items


def _item(attrs: dict[str, Any]) -> ReviewItem:
    evidence = attrs.get("evidence") or []
    documents = len({e["document"] for e in evidence})
    state = attrs.get("review") or ""
    reasons = []
    if state == "reproposed":
        reasons.append("a new quote proposes it again after a rejection")
    if is_allegation(attrs["type"]) or attrs.get("status") in UNSURE_STATUSES:
        reasons.append(f"{'allegation' if is_allegation(attrs['type']) else 'claim'}, "
                       f"{attrs.get('status', 'stated')}")
    weak = _weak(attrs, evidence, documents)
    reasons += weak
    if state in REVIEWED:
        rank = 4
    elif state == "reproposed":
        rank = 0
    elif is_allegation(attrs["type"]) or attrs.get("status") in UNSURE_STATUSES:
        rank = 1
    else:
        rank = 2 if weak else 3
    return ReviewItem(attrs, reasons, rank, documents)


def _weak(attrs: dict[str, Any], evidence: list[dict[str, Any]], documents: int) -> list[str]:
    reasons = []
    if len(evidence) <= 1:
        reasons.append("one sentence")
    elif documents <= 1:
        reasons.append("one document")
    if attrs.get("hedges"):
        reasons.append("hedged: " + ", ".join(attrs["hedges"]))
    if attrs["type"] in WEAK_TYPES:
        reasons.append("no rule names this link")
    return reasons


def rejected_edges(store: LocalStore) -> list[dict[str, Any]]:
    """Edges set aside by a rejection, for a person who wants one back (`confirm` it)."""
    return [dict(a) for a in store.aside.values() if a.get("review") == "rejected"]
