"""What a walk may step over: the filters shared by every path-like query.

One `PathFilter` decides, on both backends, which facts count as connections
(`confirmed_only`, `edge_types`) and which actors a path may pass through
(`exclude`, `node_types`). Endpoints are never filtered: asking for a path to
an excluded hub is the user's business. On Neo4j the same decisions are made
in Cypher from `cypher_params()`, and re-checked in Python on the returned
facts so both backends pick from the same candidates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..graph.model import RELATION_TYPES, REVIEWED, is_allegation

__all__ = ["PathFilter", "fact", "best_fact", "split_list", "ALLEGATION_TYPES"]

ALLEGATION_TYPES: list[str] = sorted(n for n, r in RELATION_TYPES.items() if r.allegation)


def split_list(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """"A,B" or ["A", "B,C"] -> ("A", "B", "C"); None -> ()."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    return tuple(part.strip() for item in items for part in item.split(",") if part.strip())


@dataclass(frozen=True)
class PathFilter:
    """Which facts and which pass-through actors a walk may use."""

    confirmed_only: bool = False
    """Drop allegation edges (a claim is not a connection until established)."""
    edge_types: frozenset[str] = frozenset()
    """Only these relation types (empty: all)."""
    exclude: frozenset[str] = frozenset()
    """Actor ids a path may not pass through, e.g. a hub like Canada."""
    node_types: frozenset[str] = frozenset()
    """Actor types a path may pass through (empty: all)."""
    reviewed_only: bool = False
    """Only edges a person reviewed and kept (`figraph confirm`, `figraph retype`)."""

    @classmethod
    def make(
        cls,
        confirmed_only: bool = False,
        edge_types: str | Iterable[str] | None = None,
        exclude: str | Iterable[str] | None = None,
        node_types: str | Iterable[str] | None = None,
        reviewed_only: bool = False,
    ) -> PathFilter:
        types = frozenset(t.upper() for t in split_list(edge_types))
        unknown = sorted(types - RELATION_TYPES.keys())
        if unknown:
            raise ValueError(f"unknown relation type(s): {', '.join(unknown)}")
        return cls(bool(confirmed_only), types, frozenset(split_list(exclude)),
                   frozenset(split_list(node_types)), bool(reviewed_only))

    @property
    def filters_edges(self) -> bool:
        return self.confirmed_only or self.reviewed_only or bool(self.edge_types)

    @property
    def filters_nodes(self) -> bool:
        return bool(self.exclude or self.node_types)

    def edge_ok(self, edge: dict[str, Any]) -> bool:
        kind = edge.get("type", "")
        if self.edge_types and kind not in self.edge_types:
            return False
        if self.reviewed_only and edge.get("review") not in REVIEWED:
            return False
        return not (self.confirmed_only and is_allegation(kind))

    def node_ok(self, node: str, attrs: dict[str, Any]) -> bool:
        """May a path pass *through* this actor?"""
        if node in self.exclude:
            return False
        return not self.node_types or attrs.get("type") in self.node_types

    def cypher_params(self) -> dict[str, Any]:
        """The same filter as Cypher parameters (null means no restriction)."""
        return {
            "confirmed_only": self.confirmed_only,
            "allegation_types": ALLEGATION_TYPES,
            "edge_types": sorted(self.edge_types) or None,
            "exclude": sorted(self.exclude),
            "node_types": sorted(self.node_types) or None,
            "reviewed_only": self.reviewed_only,
            "reviewed_states": sorted(REVIEWED),
        }


def fact(edge: dict[str, Any], claimant_name: str = "") -> dict[str, Any]:
    """A normalized edge dict: the same keys whether read from networkx or Neo4j."""
    return {
        "id": edge["id"],
        "type": edge["type"],
        "source": edge["source"],
        "target": edge["target"],
        "claimant": edge.get("claimant") or "",
        "claimant_name": claimant_name or edge.get("claimant_name") or "",
        "status": edge.get("status") or "stated",
        "hedges": list(edge.get("hedges") or []),
        "date": edge.get("date") or "",
        "date_text": edge.get("date_text") or "",
        "allegation": is_allegation(edge["type"]),
        "review": edge.get("review") or "",
        "evidence": list(edge.get("evidence") or []),
    }


def best_fact(facts: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The fact that best explains a link: established before alleged, then most evidence."""
    ranked = sorted(facts, key=lambda f: (f["allegation"], -len(f["evidence"]), f["type"], f["id"]))
    return ranked[0], ranked[1:]
