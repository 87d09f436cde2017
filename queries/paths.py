"""From node sequences to ranked `PathResult`s: shared by every path query and both backends.

A backend only finds node sequences; this module picks, for every hop, the
fact that best explains it (established before alleged, then most evidence),
builds node and hop dicts, and ranks the paths. Because both backends go
through `build_paths`, their results agree whenever they find the same
sequences.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .filters import PathFilter, best_fact
from .result import Path, PathResult, hop_dict, node_dict
from .runner import MAX_HOPS

if TYPE_CHECKING:
    import networkx as nx

    from .facts import FactReader
    from .runner import Neo4jGraph

__all__ = [
    "build_paths", "check_bounds", "hop_pairs", "scan_cap", "local_paths", "neo4j_shape",
    "require_actors", "DEFAULT_SECONDS",
]

DEFAULT_SECONDS = 2.0
"""Time budget of one local path search; the answer is marked truncated when spent."""


def hop_pairs(sequence: list[str]) -> list[tuple[str, str]]:
    """Consecutive (here, there) pairs of a node sequence."""
    return list(zip(sequence, sequence[1:], strict=False))


def scan_cap(limit: int) -> int:
    """How many sequences to look at before ranking `limit` of them."""
    return max(200, 20 * limit)


def check_bounds(max_hops: int, limit: int) -> None:
    if not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops must be between 1 and {MAX_HOPS}, not {max_hops}")
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")


def require_actors(graph: nx.MultiDiGraph, *ids: str) -> None:
    for actor in ids:
        if actor not in graph:
            raise ValueError(f"unknown actor id {actor!r}")


Choice = tuple[dict[str, Any], list[dict[str, Any]]]
"""The fact chosen for a hop, and the other facts between the same two actors."""


def build_paths(
    sequences: Iterable[list[str]],
    nodes: Mapping[str, Mapping[str, Any]],
    facts: FactReader,
    limit: int,
    truncated: bool = False,
) -> PathResult:
    """Hops chosen, paths ranked (shortest, best-evidenced) and cut to `limit`.

    Ranking needs only each hop's chosen fact, computed once per pair of
    actors; hop and node dicts are built for the paths kept, not for the
    thousands a hub can produce.
    """
    choices: dict[tuple[str, str], Choice | None] = {}
    names = {n: str(nodes.get(n, {}).get("name") or n) for n in nodes}
    ranked: list[tuple[tuple[Any, ...], list[str], list[Choice]]] = []
    seen: set[tuple[str, ...]] = set()
    for sequence in sequences:
        key = tuple(sequence)
        if key in seen or len(key) < 2:
            continue
        seen.add(key)
        hops = [_choice(choices, facts, pair) for pair in hop_pairs(sequence)]
        if any(hop is None for hop in hops):
            continue
        kept = [hop for hop in hops if hop is not None]
        evidence = sum(len(chosen["evidence"]) for chosen, _ in kept)
        alleged = sum(1 for chosen, _ in kept if chosen["allegation"])
        rank = (len(kept), -evidence, alleged, tuple(names.get(n, n) for n in sequence))
        ranked.append((rank, sequence, kept))
    ranked.sort(key=lambda item: item[0])
    paths = [_path(sequence, nodes, hops) for _, sequence, hops in ranked[:limit]]
    return PathResult(paths, truncated or len(ranked) > limit)


def _choice(cache: dict[tuple[str, str], Choice | None], facts: FactReader,
            pair: tuple[str, str]) -> Choice | None:
    key = (pair[0], pair[1]) if pair[0] <= pair[1] else (pair[1], pair[0])
    if key not in cache:
        candidates = facts(*key)
        cache[key] = best_fact(candidates) if candidates else None
    return cache[key]


def _path(sequence: list[str], nodes: Mapping[str, Mapping[str, Any]],
          hops: list[Choice]) -> Path:
    return Path(
        [node_dict(n, dict(nodes.get(n, {}))) for n in sequence],
        [hop_dict(chosen, here, others)
         for (here, _), (chosen, others) in zip(hop_pairs(sequence), hops, strict=True)],
    )


def local_paths(
    graph: nx.MultiDiGraph, source: str, target: str, *, max_hops: int, limit: int,
    flt: PathFilter, shortest_only: bool, seconds: float = DEFAULT_SECONDS,
) -> PathResult:
    """Shortest-first paths between two actors on the networkx graph."""
    from .facts import local_facts
    from .walk import path_tiers

    check_bounds(max_hops, limit)
    require_actors(graph, source, target)
    sequences, cut = path_tiers(
        graph, source, target, max_hops, flt,
        want=limit, cap=scan_cap(limit), seconds=seconds, shortest_only=shortest_only,
    )
    nodes = {n: graph.nodes[n] for seq in sequences for n in seq}
    return build_paths(sequences, nodes, local_facts(graph, flt), limit, cut)


def neo4j_shape(db: Neo4jGraph, sequences: list[list[str]], flt: PathFilter, limit: int,
                truncated: bool) -> PathResult:
    """Fetch the actors and facts of the sequences Neo4j found, then shape them."""
    if not sequences:
        return PathResult([], truncated)
    nodes = db.nodes(n for seq in sequences for n in seq)
    facts = db.facts((pair for seq in sequences for pair in hop_pairs(seq)), flt)
    return build_paths(sequences, nodes, facts, limit, truncated)
