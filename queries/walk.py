"""Bounded path search on the networkx graph, walking facts in either direction.

Why not `nx.all_simple_paths` or a projected `nx.Graph`: projecting 10^6 edges
to an undirected simple graph costs seconds per query (and filters change the
projection), and a one-sided search that reaches a hub like "Canada" scans
its tens of thousands of neighbours at every visit.

`paths_of_length` finds the simple paths of one exact length by growing the
path from both ends, always extending the end with fewer neighbours, and
closing the last two hops by lookups instead of scans: a path of length 1 is
an adjacency test, of length 2 a common neighbour found by walking the
smaller neighbour list and probing the larger one. A hub in the middle of a
path is thus probed (O(1)), never scanned, unless both ends are hubs.
`path_tiers` asks for length 1, 2, 3, ... (shortest first), stopping after
the tier that fills the request; every tier is capped and the whole search
timed. Endpoints are never filtered; the actors in between must pass.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import networkx as nx

from .filters import PathFilter

__all__ = ["neighbours", "passes", "linked", "distance", "distances", "paths_of_length",
           "path_tiers", "Clock"]

DIRECT_TIERS = 3
"""Tiers tried one by one before a BFS finds where the first path is (they are cheap)."""


def neighbours(graph: nx.MultiDiGraph, node: str, flt: PathFilter) -> Iterator[str]:
    """Actors one fact away from `node`, whichever way the fact points."""
    succ, pred = graph.succ[node], graph.pred[node]
    if not flt.filters_edges:
        for other in succ:
            if other != node:
                yield other
        for other in pred:
            if other != node and other not in succ:
                yield other
        return
    for other, keyed in succ.items():
        if other != node and any(map(flt.edge_ok, keyed.values())):
            yield other
    for other, keyed in pred.items():
        if other != node and any(map(flt.edge_ok, keyed.values())) and not linked_out(
                graph, node, other, flt):
            yield other


def linked_out(graph: nx.MultiDiGraph, first: str, second: str, flt: PathFilter) -> bool:
    keyed = graph.succ[first].get(second)
    return bool(keyed) and (not flt.filters_edges or any(map(flt.edge_ok, keyed.values())))


def linked(graph: nx.MultiDiGraph, first: str, second: str, flt: PathFilter) -> bool:
    """Is there a fact between the two, either way, that the filter keeps? O(1) in degree."""
    return linked_out(graph, first, second, flt) or linked_out(graph, second, first, flt)


def degree(graph: nx.MultiDiGraph, node: str) -> int:
    """Neighbour count upper bound (cheap: two dict sizes)."""
    return len(graph.succ[node]) + len(graph.pred[node])


def passes(graph: nx.MultiDiGraph, node: str, flt: PathFilter) -> bool:
    """May a path go through `node` (not end at it)?"""
    return not flt.filters_nodes or flt.node_ok(node, graph.nodes[node])


def distance(
    graph: nx.MultiDiGraph, source: str, target: str, max_hops: int, flt: PathFilter
) -> int | None:
    """Fewest hops from `source` to `target` (at most `max_hops`), or None.

    A bidirectional BFS that expands the smaller frontier level by level.
    """
    if source == target:
        return 0
    seen = ({source: 0}, {target: 0})
    fronts = ([source], [target])
    levels = [0, 0]
    while fronts[0] and fronts[1] and levels[0] + levels[1] < max_hops:
        side = 0 if len(fronts[0]) <= len(fronts[1]) else 1
        mine, other = seen[side], seen[1 - side]
        best: int | None = None
        nxt: list[str] = []
        for node in fronts[side]:
            for near in neighbours(graph, node, flt):
                if near in other:
                    length = mine[node] + 1 + other[near]
                    best = length if best is None else min(best, length)
                elif near not in mine and passes(graph, near, flt):
                    mine[near] = mine[node] + 1
                    nxt.append(near)
        if best is not None:
            return best if best <= max_hops else None
        levels[side] += 1
        fronts = (nxt, fronts[1]) if side == 0 else (fronts[0], nxt)
    return None


def distances(graph: nx.MultiDiGraph, root: str, depth: int, flt: PathFilter) -> dict[str, int]:
    """BFS distances from `root` up to `depth`, through (and to) actors the filter passes."""
    dist, front = {root: 0}, [root]
    for level in range(1, depth + 1):
        nxt = []
        for node in front:
            for near in neighbours(graph, node, flt):
                if near not in dist and passes(graph, near, flt):
                    dist[near] = level
                    nxt.append(near)
        front = nxt
    return dist


class Clock:
    """A deadline checked every few hundred steps, so checking stays cheap."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.steps = 0
        self.expired = False

    def tick(self) -> bool:
        self.steps += 1
        if self.steps % 256 == 0 and time.monotonic() > self.deadline:
            self.expired = True
        return self.expired


class _Stop(Exception):
    """The cap or the clock ended the enumeration."""


def paths_of_length(
    graph: nx.MultiDiGraph, source: str, target: str, length: int, flt: PathFilter,
    cap: int, clock: Clock,
) -> tuple[list[list[str]], bool]:
    """Simple paths of exactly `length` hops; also whether the cap or the clock cut them short."""
    found: list[list[str]] = []

    def emit(path: list[str]) -> None:
        found.append(path)
        if len(found) >= cap:
            raise _Stop

    if source == target or length < 1 or cap < 1:
        return found, cap < 1
    try:
        _grow(graph, flt, clock, emit, [source], [target], {source, target}, length)
    except _Stop:
        return found, True
    return found, False


def _grow(graph: nx.MultiDiGraph, flt: PathFilter, clock: Clock,
          emit: Callable[[list[str]], None], left: list[str], right: list[str],
          used: set[str], length: int) -> None:
    """Extend `left` (from the source) or `right` (to the target) until `length` hops are left.

    `right` is kept in walk order (its last item is the target).
    """
    a, b = left[-1], right[0]
    if clock.tick():
        raise _Stop
    if length == 1:
        if linked(graph, a, b, flt):
            emit([*left, *right])
        return
    if length == 2:
        small, large = (a, b) if degree(graph, a) <= degree(graph, b) else (b, a)
        for middle in neighbours(graph, small, flt):
            if middle not in used and linked(graph, large, middle, flt) \
                    and passes(graph, middle, flt):
                emit([*left, middle, *right])
        return
    from_left = degree(graph, a) <= degree(graph, b)
    for near in neighbours(graph, a if from_left else b, flt):
        if near in used or not passes(graph, near, flt):
            continue
        used.add(near)
        if from_left:
            _grow(graph, flt, clock, emit, [*left, near], right, used, length - 1)
        else:
            _grow(graph, flt, clock, emit, left, [near, *right], used, length - 1)
        used.discard(near)


def path_tiers(
    graph: nx.MultiDiGraph, source: str, target: str, max_hops: int, flt: PathFilter, *,
    want: int, cap: int, seconds: float, shortest_only: bool = False,
) -> tuple[list[list[str]], bool]:
    """Node sequences from `source` to `target`, shortest tier first.

    Stops after the tier that brings the count to `want` (so ranking within a
    tier sees the whole tier), after the first non-empty tier when
    `shortest_only`, or when `cap` sequences or `seconds` are spent. The flag
    is True when more paths may exist than were looked at: a cap, the clock,
    or longer tiers left unexplored.
    """
    if source == target:
        return [], False
    clock, located = Clock(seconds), False
    found: list[list[str]] = []
    length = 1
    while length <= max_hops:
        if length > DIRECT_TIERS and not found and not located:
            # Longer empty tiers get dear; one BFS says where the first path is.
            first, located = distance(graph, source, target, max_hops, flt), True
            if first is None:
                return [], False
            length = max(length, first)
        tier, cut = paths_of_length(graph, source, target, length, flt, cap - len(found), clock)
        found.extend(tier)
        if cut or clock.expired:
            return found, True
        if found and (shortest_only or len(found) >= want):
            return found, length < max_hops and not shortest_only
        length += 1
    return found, False
