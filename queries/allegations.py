"""Allegations made by an actor or against it, each with its claimant, status and evidence.

"By": the actor is the claimant. "Against": the actor is an end of the claim
and not its claimant (the accused, or the State said to have been helped).
Status matters as much as the claim: alleged, denied, found, dismissed...
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..graph.model import is_allegation
from .facts import claims_by, incident_facts, named
from .filters import ALLEGATION_TYPES, PathFilter
from .result import QueryResult, evidence_dict
from .runner import Neo4jGraph, neo4j_named
from .spec import Param

if TYPE_CHECKING:
    import networkx as nx

NAME = "allegations"
DESCRIPTION = "Allegations made by an actor or against it, with claimant, status and evidence."
KIND = "table"
SIDES = ("any", "by", "against")
PARAMS = (
    Param("actor", "actor", "whose allegations", required=True),
    Param("side", "str", "by | against | any", "any"),
)
COLUMNS = [
    "side", "edge_id", "type", "source", "source_name", "target", "target_name", "claimant",
    "claimant_name", "status", "hedges", "date", "evidence",
]


def run_local(graph: nx.MultiDiGraph, actor: str, side: str = "any") -> QueryResult:
    if actor not in graph:
        raise ValueError(f"unknown actor id {actor!r}")
    found = {f["id"]: f for f in incident_facts(graph, actor, PathFilter()) if f["allegation"]}
    found.update((f["id"], f) for f in claims_by(graph, actor) if is_allegation(f["type"]))
    return allegation_table((named(graph, f) for f in found.values()), actor, side)


def run_neo4j(target_db: Any, actor: str, side: str = "any") -> QueryResult:
    params = {"actor": actor, "allegation_types": ALLEGATION_TYPES}
    rows = Neo4jGraph(target_db).rows("allegations", params)
    return allegation_table((neo4j_named(r) for r in rows), actor, side)


def allegation_table(facts: Iterable[dict[str, Any]], actor: str, side: str) -> QueryResult:
    """Shared by both backends: label each claim by/against, keep the asked side, sort."""
    if side not in SIDES:
        raise ValueError(f"side must be one of {', '.join(SIDES)}, not {side!r}")
    rows = []
    for item in facts:
        label = "by" if _makes(item, actor) else "against"
        if side not in ("any", label):
            continue
        rows.append([
            label, item["id"], item["type"], item["source"], item["source_name"],
            item["target"], item["target_name"], item["claimant"], item["claimant_name"],
            item["status"], item["hedges"], item["date"],
            [evidence_dict(e) for e in item["evidence"]],
        ])
    rows.sort(key=lambda r: (r[0], r[11] or "~", r[2], r[1]))
    return QueryResult(list(COLUMNS), rows)


def _makes(item: dict[str, Any], actor: str) -> bool:
    """The actor makes the claim: it is the claimant, or the accuser of an ACCUSED edge."""
    return item["claimant"] == actor or (item["type"] == "ACCUSED" and item["source"] == actor)
