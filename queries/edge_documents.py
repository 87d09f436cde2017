"""The documents behind an edge, or behind everything linking two actors.

The "on what evidence?" half of the question: one row per evidence item, with
the document, page and quote, so a journalist can go back to the source.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .facts import edge_by_id, local_facts, named
from .filters import PathFilter
from .result import QueryResult
from .runner import Neo4jGraph, neo4j_named
from .spec import Param

if TYPE_CHECKING:
    import networkx as nx

NAME = "edge_documents"
DESCRIPTION = "Documents (quote, page) behind one edge, or behind all edges between two actors."
KIND = "table"
PARAMS = (
    Param("a", "actor", "one end (with b)"),
    Param("b", "actor", "the other end (with a)"),
    Param("edge", "str", "an edge id (instead of a and b)"),
)
COLUMNS = [
    "document", "document_title", "url", "date", "page", "quote", "edge_id", "type",
    "source_name", "target_name", "status", "claimant_name",
]


def _mode(a: str | None, b: str | None, edge: str | None) -> None:
    if bool(edge) == bool(a and b):
        raise ValueError("give either edge, or both a and b")


def run_local(graph: nx.MultiDiGraph, a: str | None = None, b: str | None = None,
              edge: str | None = None) -> QueryResult:
    _mode(a, b, edge)
    if edge:
        found = edge_by_id(graph, edge)
        facts = [found] if found else []
    else:
        for actor in (a, b):
            if actor not in graph:
                raise ValueError(f"unknown actor id {actor!r}")
        facts = local_facts(graph, PathFilter())(str(a), str(b))
    return document_table(named(graph, f) for f in facts)


def run_neo4j(target_db: Any, a: str | None = None, b: str | None = None,
              edge: str | None = None) -> QueryResult:
    _mode(a, b, edge)
    rows = Neo4jGraph(target_db).rows("edge_documents", {"a": a, "b": b, "edge": edge})
    return document_table(neo4j_named(r) for r in rows)


def document_table(facts: Iterable[dict[str, Any]]) -> QueryResult:
    """Shared by both backends: one row per evidence item, by date then document."""
    keyed = []
    for item in facts:
        for ev in item["evidence"]:
            row = [ev.get("document", ""), ev.get("document_title", ""), ev.get("url", ""),
                   ev.get("date", ""), ev.get("page"), ev.get("quote", ""), item["id"],
                   item["type"], item["source_name"], item["target_name"], item["status"],
                   item["claimant_name"]]
            keyed.append(((row[3] or "~", row[1], row[0], ev.get("start") or 0, row[6]), row))
    keyed.sort(key=lambda pair: pair[0])
    return QueryResult(list(COLUMNS), [row for _, row in keyed])
