"""The named questions figraph answers, each on networkx and on Neo4j.

One module per question; its parameterized `.cypher` file sits beside it and
both twins return the same result type (`result.py`). `QUERIES` is the
registry the CLI lists (`figraph query --list`) and runs:

>>> from figraph.queries import QUERIES
>>> QUERIES["shortest_path"].kind
'paths'

Every query is bounded (hops, rows, and for path enumeration a time budget).
"""

from __future__ import annotations

from . import (
    all_paths,
    allegations,
    brokers,
    common_connections,
    edge_documents,
    ego_network,
    foreign_links,
    shortest_path,
    timeline,
)
from .result import Path, PathResult, QueryResult
from .spec import Param, QueryModule, coerce, from_module

__all__ = ["QUERIES", "QueryModule", "Param", "QueryResult", "PathResult", "Path", "coerce"]

QUERIES: dict[str, QueryModule] = {
    module.NAME: from_module(module)
    for module in (
        shortest_path, all_paths, ego_network, allegations, foreign_links, brokers,
        common_connections, edge_documents, timeline,
    )
}
