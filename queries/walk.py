"""Bounded path search on the networkx graph, walking facts in either direction.

Why not `nx.all_simple_paths` or a projected `nx.Graph`: projecting 10^6 edges
to an undirected simple graph costs seconds per query (filters change the
projection), and all simple paths up to 4 hops through a hub like "Canada"
cost seconds per pair. Instead:

1. `distance` finds the shortest length by a bidirectional BFS (cheap even
   next to hubs, since it expands the smaller frontier).
2. `Ball` records BFS distances around one endpoint, deepening level by level
   until a node budget is spent; outside it a node is known to be farther.
3. `paths_of_length` enumerates simple paths of one exact length from the other
   endpoint by DFS, pruning every step whose lower bound to the target exceeds
   the hops left. Paths are produced tier by tier (shortest first), so "top k"
   stops after the tier that fills k, and every tier is capped and timed.

Endpoints are never filtered; intermediate actors must pass the filter.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx

from .filters import PathFilter

__all__ = ["neighbours", "passes", "distance", "Ball", "paths_of_length", "path_tiers"]

UNREACHABLE = 1_000_000
BALL_BUDGET = 50_000
"""Nodes a `Ball` may record before it stops deepening (a memory and time bound)."""


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
    seen: set[str] = set()
    for adjacency in (succ, pred):
        for other, keyed in adjacency.items():
            if other != node and other not in seen and any(map(flt.edge_ok, keyed.values())):
                seen.add(other)
                yield other


def passes(graph: nx.MultiDiGraph, node: str, flt: PathFilter) -> bool:
    """May a path go through `node` (not end at it)?"""
    return not flt.filters_nodes or flt.node_ok(node, graph.nodes[node])


def distance(
    graph: nx.MultiDiGraph, source: str, target: str, max_hops: int, flt: PathFilter
) -> int | None:
    """Fewest hops from `source` to `target` (at most `max_hops`), or None."""
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


@dataclass
class Ball:
    """BFS distances to `root` through pass-through actors, as deep as a budget allows."""

    root: str
    dist: dict[str, int]
    complete: int
    """Every actor within this many hops of `root` is in `dist`."""

    @classmethod
    def grow(cls, graph: nx.MultiDiGraph, root: str, depth: int, flt: PathFilter,
             budget: int = BALL_BUDGET) -> Ball:
        dist, front, level = {root: 0}, [root], 0
        while front and level < depth and len(dist) <= budget:
            nxt = []
            for node in front:
                for near in neighbours(graph, node, flt):
                    if near not in dist and passes(graph, near, flt):
                        dist[near] = level + 1
                        nxt.append(near)
            front, level = nxt, level + 1
        # An exhausted front means everything else is unreachable through the filter.
        return cls(root, dist, level if front else UNREACHABLE)

    def lower_bound(self, node: str) -> int:
        return self.dist.get(node, self.complete + 1)


class _Clock:
    """A deadline checked every few hundred steps, so checking stays cheap."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.steps = 0
        self.expired = False

    def tick(self) -> bool:
        self.steps += 1
        if self.steps % 512 == 0 and time.monotonic() > self.deadline:
            self.expired = True
        return self.expired


def paths_of_length(
    graph: nx.MultiDiGraph, source: str, ball: Ball, length: int, flt: PathFilter,
    cap: int, clock: _Clock,
) -> tuple[list[list[str]], bool]:
    """Simple paths of exactly `length` hops from `source` to `ball.root`.

    Returns the paths (at most `cap`) and whether the cap or the clock cut the
    search short.
    """
    found: list[list[str]] = []
    path, on_path = [source], {source}

    def extend(node: str, left: int) -> bool:
        for near in neighbours(graph, node, flt):
            if clock.tick():
                return False
            if near == ball.root:
                if left == 1:
                    found.append([*path, near])
                    if len(found) >= cap:
                        return False
                continue
            if left == 1 or near in on_path or ball.lower_bound(near) > left - 1:
                continue
            if not passes(graph, near, flt):
                continue
            path.append(near)
            on_path.add(near)
            carry_on = extend(near, left - 1)
            path.pop()
            on_path.discard(near)
            if not carry_on:
                return False
        return True

    complete = extend(source, length) if source != ball.root else True
    return found, not complete


def path_tiers(
    graph: nx.MultiDiGraph, source: str, target: str, max_hops: int, flt: PathFilter, *,
    want: int, cap: int, seconds: float, shortest_only: bool = False,
) -> tuple[list[list[str]], bool]:
    """Node sequences from `source` to `target`, shortest tier first.

    Stops after the tier that brings the count to `want` (so ranking within a
    tier sees the whole tier), after the first tier when `shortest_only`, or
    when `cap` sequences or `seconds` are spent. The flag is True when more
    paths may exist than were looked at: a cap, the clock, or longer tiers
    left unexplored.
    """
    first = distance(graph, source, target, max_hops, flt)
    if first is None or first == 0:
        return [], False
    flip = graph.degree(target) > graph.degree(source)
    start, root = (target, source) if flip else (source, target)
    ball = Ball.grow(graph, root, max_hops - 1, flt)
    clock, cut = _Clock(seconds), False
    found: list[list[str]] = []
    for length in range(first, max_hops + 1):
        tier, cut = paths_of_length(graph, start, ball, length, flt, cap - len(found), clock)
        found.extend(tier)
        if cut or shortest_only:
            break
        if len(found) >= want:
            cut = length < max_hops  # longer paths were not looked for
            break
    if flip:
        found = [list(reversed(seq)) for seq in found]
    return found, cut
