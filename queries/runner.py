"""Running a query's `.cypher` file on Neo4j and reading rows back in our shapes.

Every value travels as a `$parameter`. The one thing substituted into the
text is a hop bound: Cypher does not accept parameters in variable-length
bounds (`[*1..$n]` is a syntax error), and leaving the bound out invites an
exhaustive search. So a `.cypher` file writes `{{max_hops}}`, and
`cypher_text` replaces it with an int checked to lie in 1..MAX_HOPS; nothing
else is ever formatted into a statement.

`run_cypher` takes a driver or a session, so tests can pass the fixture's
driver and the CLI the session from `neo4j_session()`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .filters import PathFilter, fact

if TYPE_CHECKING:
    import networkx as nx

    from .facts import FactReader

__all__ = [
    "MAX_HOPS", "cypher_text", "run_cypher", "neo4j_session", "actor_graph", "neo4j_fact",
    "Neo4jGraph", "neo4j_named",
]

MAX_HOPS = 6
"""The deepest walk any query allows; each extra hop costs ~50x (PERFORMANCE.md)."""

_BOUND = re.compile(r"\{\{\s*(\w+)\s*\}\}")


@cache
def _raw_cypher(name: str) -> str:
    return resources.files("figraph.queries").joinpath(f"{name}.cypher").read_text("utf-8")


def cypher_text(name: str, **bounds: int) -> str:
    """The statement in `<name>.cypher` with its hop bounds filled in."""
    def fill(match: re.Match[str]) -> str:
        value = bounds.get(match.group(1))
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_HOPS:
            raise ValueError(
                f"{name}.cypher: bound {match.group(1)} must be an int in 0..{MAX_HOPS}"
            )
        return str(value)
    return _BOUND.sub(fill, _raw_cypher(name))


def run_cypher(target: Any, text: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Run a read query on a session or a driver; rows as plain dicts."""
    def work(tx: Any) -> list[dict[str, Any]]:
        return list(tx.run(text, dict(params)).data())
    if hasattr(target, "execute_read"):
        return target.execute_read(work)
    with target.session(database=os.environ.get("NEO4J_DATABASE") or None) as session:
        return session.execute_read(work)


@contextmanager
def neo4j_session(settings: Any = None) -> Iterator[Any]:
    """A read session on the configured database, through the Neo4j store's own connect.

    `settings` defaults to `Neo4jSettings.from_env()` (NEO4J_URI, NEO4J_USERNAME,
    NEO4J_PASSWORD, NEO4J_DATABASE); connection errors are `StoreError`s that
    name the server and never the password.
    """
    from ..graph.neo4j_store import Neo4jSettings, Neo4jStore

    store = Neo4jStore.connect(settings or Neo4jSettings.from_env())
    try:
        with store.driver.session(database=store.database) as session:
            yield session
    finally:
        store.close()


def actor_graph(target: Any) -> nx.MultiDiGraph:
    """The actors (no edges) of a Neo4j database, for `find_actor` to resolve names."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for row in run_cypher(target, cypher_text("actor_names"), {}):
        if row["id"] is None:  # an Actor node figraph did not write (or half-written by another)
            continue
        graph.add_node(row["id"], kind="Actor", name=row["name"] or "", type=row["type"] or "",
                       aliases=row["aliases"] or [])
    return graph


def neo4j_fact(row: Mapping[str, Any]) -> dict[str, Any]:
    """A fact dict from a relationship row (see edges_between.cypher)."""
    return fact({**row, "evidence": _evidence(row)})


def _evidence(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    from ..graph.neo4j_write import evidence_from

    return evidence_from(row)


class Neo4jGraph:
    """The reads the shared shaping code needs, answered from Neo4j in batches."""

    def __init__(self, target: Any) -> None:
        self.target = target

    def rows(self, name: str, params: Mapping[str, Any], **bounds: int) -> list[dict[str, Any]]:
        return run_cypher(self.target, cypher_text(name, **bounds), params)

    def nodes(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        rows = self.rows("actors_by_id", {"ids": sorted(set(ids))})
        return {row["id"]: row for row in rows}

    def facts(self, pairs: Iterable[tuple[str, str]], flt: PathFilter) -> FactReader:
        """Fetch the facts of all pairs at once; answer `facts(u, v)` from memory."""
        wanted = sorted({tuple(sorted(pair)) for pair in pairs})
        table: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in self.rows("edges_between", {"pairs": [list(p) for p in wanted]}):
            item = neo4j_fact(row)
            if flt.edge_ok(item):
                key = tuple(sorted((row["first"], row["second"])))
                table.setdefault(key, []).append(item)  # type: ignore[arg-type]

        def read(first: str, second: str) -> list[dict[str, Any]]:
            return table.get(tuple(sorted((first, second))), [])  # type: ignore[arg-type]
        return read


def neo4j_named(row: Mapping[str, Any]) -> dict[str, Any]:
    """A fact with its ends' names, from a row that also returns source_name/target_name."""
    return {
        **neo4j_fact(row),
        "source_name": row.get("source_name") or row["source"],
        "target_name": row.get("target_name") or row["target"],
    }
