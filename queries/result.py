"""The two result shapes every query returns, on every backend.

A query's networkx twin and its Cypher twin both end in these types, built by
the same shaping functions, so the parity test can compare `to_dict()` outputs
and the CLI can print either without knowing where it came from.

- `QueryResult`: a table (`columns`, `rows`), for lists of actors, edges, documents.
- `PathResult`: paths between actors; each `Path` is a list of node dicts and a
  list of hop dicts. A hop records the fact it walked (edge id, type, the
  fact's own source and target) and the `direction` of the walk against it:
  connections are walked either way, facts keep their direction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..graph.network_view import NetworkView

__all__ = ["QueryResult", "Path", "PathResult", "node_dict", "hop_dict", "evidence_dict"]

EVIDENCE_FIELDS = ("document", "document_title", "url", "page", "date", "quote", "start", "end",
                   "context")
"""`context`: [text before, text after] the quote in its paragraph (`figraph.graph.context`)."""


@dataclass
class QueryResult:
    """A table: one list of values per row, in the order of `columns`."""

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False
    """True when a bound (limit, time budget) cut the answer short."""

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=False)) for row in self.rows]

    def to_dict(self) -> dict[str, Any]:
        return {"columns": self.columns, "rows": self.records(), "truncated": self.truncated}


@dataclass
class Path:
    """Actors in walk order and the hop taken between each consecutive pair."""

    nodes: list[dict[str, Any]]
    hops: list[dict[str, Any]]

    @property
    def length(self) -> int:
        return len(self.hops)

    @property
    def evidence_count(self) -> int:
        return sum(len(hop["evidence"]) for hop in self.hops)

    @property
    def allegation_hops(self) -> int:
        return sum(1 for hop in self.hops if hop["allegation"])

    def rank_key(self) -> tuple[Any, ...]:
        """Shortest first, then most evidence, then fewest allegation hops."""
        names = tuple(node["name"] for node in self.nodes)
        return (self.length, -self.evidence_count, self.allegation_hops, names)

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": self.nodes,
            "hops": self.hops,
            "length": self.length,
            "evidence_count": self.evidence_count,
            "allegation_hops": self.allegation_hops,
        }


@dataclass
class PathResult:
    """Paths, best first; `truncated` when a limit or time budget stopped the search."""

    paths: list[Path] = field(default_factory=list)
    truncated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"paths": [p.to_dict() for p in self.paths], "truncated": self.truncated}

    def part(self, documents: Mapping[str, Mapping[str, Any]] | None = None) -> NetworkView:
        """The actors and facts of the paths as a `View` (for the HTML view, an export),
        with those of `documents` (by id) their evidence cites. Each fact keeps what its hop
        says (`claimant_name` too: the claimant may be on no path)."""
        import networkx as nx

        graph = nx.MultiDiGraph()
        for path in self.paths:
            for node in path.nodes:
                graph.add_node(node["id"], kind="Actor",
                               **{k: v for k, v in node.items() if k != "id"})
            for hop in path.hops:
                attrs = {k: v for k, v in hop.items()
                         if k not in ("direction", "others", "allegation")}
                graph.add_edge(hop["source"], hop["target"], key=hop["id"], **attrs)
        cited = {e["document"] for _, _, d in graph.edges(data=True) for e in d["evidence"]}
        return NetworkView(graph, {k: v for k, v in (documents or {}).items() if k in cited})


def node_dict(node_id: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """The few node fields a result carries (same keys from networkx and Neo4j)."""
    return {
        "id": node_id,
        "name": str(attrs.get("name") or node_id),
        "type": str(attrs.get("type") or ""),
        "roles": list(attrs.get("roles") or []),
    }


def evidence_dict(item: dict[str, Any]) -> dict[str, Any]:
    """One evidence entry reduced to where to find it again and what it says."""
    return {key: item.get(key) for key in EVIDENCE_FIELDS}


def hop_dict(
    edge: dict[str, Any], walked_from: str, others: list[dict[str, Any]]
) -> dict[str, Any]:
    """A hop over `edge` (a normalized edge dict) entered at `walked_from`.

    `others` are the other facts between the same two actors that also passed
    the filters, listed so the user knows the chosen fact is not the only one.
    """
    return {
        **{k: edge[k] for k in ("id", "type", "source", "target", "claimant", "claimant_name",
                                "status", "hedges", "date", "allegation", "review")},
        "direction": "forward" if edge["source"] == walked_from else "backward",
        "evidence": [evidence_dict(e) for e in edge["evidence"]],
        "others": [
            {"id": o["id"], "type": o["type"], "source": o["source"], "target": o["target"],
             "status": o["status"]}
            for o in others
        ],
    }
