"""An actor's dated facts and evidence, oldest first: what happened, when, says who.

One row per evidence item (a fact without evidence still gets one row), dated
by the evidence's document date, else the fact's own date; undated rows last.
Dates are compared as the spans of days they cover (`figraph.graph.dates`), earliest
start first, so "2021" comes before "2023-05-01" however the text wrote them;
`date_text` is the fact's date as its sentence writes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..graph.dates import date_span
from .facts import incident_facts, named
from .filters import PathFilter
from .result import QueryResult
from .runner import Neo4jGraph, neo4j_named
from .spec import Param

if TYPE_CHECKING:
    import networkx as nx

NAME = "timeline"
DESCRIPTION = "An actor's facts and their evidence sorted by date (undated last)."
KIND = "table"
PARAMS = (
    Param("actor", "actor", "whose timeline", required=True),
    Param("limit", "int", "most rows returned", 200),
    Param("include_undated", "bool", "also list facts with no date", True),
    Param("confirmed_only", "bool", "skip allegation edges", False),
    Param("edge_types", "list", "only these relation types, comma-separated"),
)
COLUMNS = [
    "date", "date_text", "edge_id", "type", "source", "source_name", "target", "target_name",
    "status", "claimant_name", "document", "document_title", "page", "quote",
]


def run_local(graph: nx.MultiDiGraph, actor: str, limit: int = 200,
              include_undated: bool = True, **filters: Any) -> QueryResult:
    if actor not in graph:
        raise ValueError(f"unknown actor id {actor!r}")
    flt = PathFilter.make(**filters)
    facts = [named(graph, f) for f in incident_facts(graph, actor, flt)]
    return timeline_table(facts, limit, include_undated)


def run_neo4j(target_db: Any, actor: str, limit: int = 200, include_undated: bool = True,
              **filters: Any) -> QueryResult:
    flt = PathFilter.make(**filters)
    rows = Neo4jGraph(target_db).rows("timeline", {"actor": actor, **flt.cypher_params()})
    return timeline_table([neo4j_named(r) for r in rows], limit, include_undated)


def timeline_table(facts: Iterable[dict[str, Any]], limit: int,
                   include_undated: bool) -> QueryResult:
    """Shared by both backends: explode facts into dated evidence rows and sort."""
    rows: list[tuple[tuple[Any, ...], list[Any]]] = []
    for item in facts:
        for evidence in item["evidence"] or [{}]:
            date = evidence.get("date") or item["date"] or ""
            span = date_span(date)
            if span is None and not include_undated:
                continue
            row = [date, item.get("date_text", ""), item["id"], item["type"], item["source"],
                   item["source_name"], item["target"], item["target_name"], item["status"],
                   item["claimant_name"], evidence.get("document", ""),
                   evidence.get("document_title", ""), evidence.get("page"),
                   evidence.get("quote", "")]
            when = (span.start, span.end) if span is not None else ()
            start = evidence.get("start") or 0
            key = (span is None, when, row[11] or "", row[10] or "", start, item["id"])
            rows.append((key, row))
    rows.sort(key=lambda pair: pair[0])
    return QueryResult(list(COLUMNS), [row for _, row in rows[:limit]], len(rows) > limit)
