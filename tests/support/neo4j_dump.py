"""Everything a Neo4j database holds, sorted, so two databases compare element by element."""

from __future__ import annotations

from typing import Any

from figraph.graph.neo4j_store import Neo4jStore


def dump(neo: Neo4jStore) -> tuple[list, list]:
    """Every node (labels, properties) and relationship (type, ends, properties), sorted."""
    def props(values: dict[str, Any]) -> list[tuple[str, str]]:
        return sorted((key, repr(value)) for key, value in values.items())

    nodes, _, _ = neo.driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=neo.database)
    rels, _, _ = neo.driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, "
        "properties(r) AS props", database_=neo.database)
    return (sorted((sorted(n["labels"]), props(n["props"])) for n in nodes),
            sorted((r["type"], r["a"], r["b"], props(r["props"])) for r in rels))
