"""Stores in the formats earlier figraph versions wrote, for the tests that read them.

Version 4 is JSON Lines of plain dicts: a header, one actor per line, one edge per line,
then the edges set aside. Tests that make a version 2 or 3 store start from it, as those
formats are version 4 with parts left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from figraph.graph.local_store import LocalStore


def version4_lines(store: LocalStore) -> tuple[dict[str, Any], list[dict[str, Any]],
                                               list[dict[str, Any]]]:
    """Header, actor lines and edge lines (the aside table after the edges) of `store`."""
    header = {"format": "figraph-store", "version": 4, "actors": store.graph.number_of_nodes(),
              "edges": store.graph.number_of_edges(), "aside": len(store.aside),
              "documents": orjson.loads(orjson.dumps(store._documents))}
    actors = [orjson.loads(orjson.dumps({"id": node, **attrs}))
              for node, attrs in store.graph.nodes(data=True)]
    edges = [orjson.loads(orjson.dumps(attrs)) for attrs in
             [*(d for _, _, d in store.graph.edges(data=True)), *store.aside.values()]]
    return header, actors, edges


def write_lines(folder: Path, header: dict[str, Any], *parts: list[dict[str, Any]]) -> None:
    """Write `graph.json` in `folder` from a header and lists of line dicts."""
    lines = [header, *(line for part in parts for line in part)]
    (folder / "graph.json").write_bytes(b"".join(orjson.dumps(x) + b"\n" for x in lines))


def rewrite_as_version4(folder: Path) -> None:
    """Rewrite the store in `folder` as version 4 wrote it."""
    write_lines(folder, *version4_lines(LocalStore.open(folder)))
