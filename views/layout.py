"""Node positions computed in Python, fast enough for tens of thousands of nodes.

Why our own layout: vis-network's in-browser physics needs about a minute to
settle 1k nodes and never settles 10k (see PERFORMANCE.md), networkx's
`spring_layout` needs SciPy for large graphs and is slow even then, and its
`forceatlas2_layout` builds a dense n x n matrix (3 GB at 20k nodes).

This is a Fruchterman-Reingold force layout whose all-pairs repulsion is
computed on a grid (a particle-mesh method): nodes are spread onto a grid
(cloud-in-cell), the grid is convolved with the 1/r repulsion kernel by FFT,
and the force is read back at each node. Attraction runs along the edges only.
One step costs O(n + m + G^2 log G) instead of O(n^2), so 20k nodes and 80k
edges lay out in a couple of seconds with numpy alone. The forces start from
PivotMDS positions (global shape from a few BFS trees), so few steps suffice;
each connected component is laid out alone, turned to lie along its longest
axis, then the parts are packed in rows into a picture about as wide as a screen
(`ASPECT`), with the actors that have no link in a compact grid beside them.
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np

__all__ = ["compute_positions", "SPACING", "EXACT_MAX_NODES", "ASPECT", "ALONE_SPACING"]

EXACT_MAX_NODES = 200
"""Components up to this size use exact all-pairs repulsion instead of the grid."""

SPACING = 90.0
"""Ideal edge length in screen pixels at zoom 1 (vis-network coordinates)."""

ASPECT = 1.6
"""Width over height the packed picture aims at: the page's canvas beside its panel,
a notebook cell and Gephi's window are all wider than tall, and a square picture
fitted into them leaves their sides empty."""

ALONE_SPACING = 0.6 * SPACING
"""Between actors without a link: they are not pulled apart by any edge label."""


def compute_positions(
    graph: nx.Graph, *, iterations: int | None = None, seed: int = 7
) -> dict[Hashable, tuple[float, float]]:
    """Positions for every node, in vis-network pixel coordinates.

    Deterministic for a given graph and seed, so re-rendering a store gives the
    same picture.
    """
    nodes = list(graph.nodes)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    src, dst = _edge_arrays(graph, index)
    pieces = []
    for members, (csrc, cdst) in _components(graph, index, src, dst):
        pos = _layout_component(len(members), csrc, cdst, iterations, seed)
        pieces.append(([nodes[i] for i in members], pos))
    return _pack(pieces)


def _components(
    graph: nx.Graph, index: dict[Hashable, int], src: np.ndarray, dst: np.ndarray
) -> list[tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]]:
    """Each connected component's node indices and its edges renumbered from 0, largest first."""
    groups = (
        nx.weakly_connected_components(graph)
        if graph.is_directed()
        else nx.connected_components(graph)
    )
    members = sorted(
        (np.array(sorted(index[n] for n in g)) for g in groups), key=lambda m: (-len(m), m[0])
    )
    label = np.empty(len(index), dtype=np.int64)
    local = np.empty(len(index), dtype=np.int64)
    for c, nodes in enumerate(members):
        label[nodes] = c
        local[nodes] = np.arange(len(nodes))
    order = np.argsort(label[src], kind="stable")
    bounds = np.searchsorted(label[src][order], np.arange(len(members) + 1))
    out = []
    for c, nodes in enumerate(members):
        picked = order[bounds[c] : bounds[c + 1]]
        out.append((nodes, (local[src[picked]], local[dst[picked]])))
    return out


def _layout_component(
    n: int, src: np.ndarray, dst: np.ndarray, iterations: int | None, seed: int
) -> np.ndarray:
    """Pixel positions of one connected component."""
    if n == 1:
        return np.zeros((1, 2))
    pos = _pivot_mds(n, src, dst, seed)
    steps = iterations if iterations is not None else _default_iterations(n)
    _relax(pos, src, dst, steps)
    pos -= pos.mean(axis=0)
    pos *= _scale(pos, src, dst)
    _spread(pos)
    return _lengthwise(pos)


ROOM = 0.55 * SPACING
"""Least distance between two actors once laid out: a force layout crowds the leaves
of a hub onto each other (a tenth of 1,000 actors were under a pixel apart), and no
label or click can tell such dots apart."""
ROOM_SHARE = 2.2
"""Area per actor the spreading makes room for, in squares of ROOM."""
_HALF_NEIGHBOURHOOD = ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1))
_KEY = 1 << 22


def _spread(pos: np.ndarray, room: float = ROOM, steps: int = 80) -> None:
    """Push apart, in place, actors closer than `room` (Gephi's "noverlap" step).

    First the whole component grows until each actor has ROOM_SHARE squares of `room`
    on average; then each close pair moves apart by half its shortfall a step, so the
    dense cores open up while the layout's shape stays. Close pairs are found on a grid
    of `room`-sized cells: linear time, whatever the size."""
    n = len(pos)
    if n < 2:
        return
    span = np.maximum(pos.max(axis=0) - pos.min(axis=0), room)
    grow = np.sqrt(ROOM_SHARE * n * room**2 / float(span[0] * span[1]))
    if grow > 1:
        pos *= grow
    pos += np.random.default_rng(3).uniform(-0.01, 0.01, size=pos.shape)  # never one spot
    for _ in range(steps):
        first, second = _close_pairs(pos, room)
        delta = pos[first] - pos[second]
        dist = np.sqrt((delta**2).sum(axis=1))
        short = room - dist
        near = short > 0
        if not near.any():
            return
        first, second, delta, dist, short = (a[near] for a in (first, second, delta, dist, short))
        push = delta / np.maximum(dist, 1e-9)[:, None] * (short / 4)[:, None]
        for axis in (0, 1):
            pos[:, axis] += np.bincount(first, push[:, axis], n)
            pos[:, axis] -= np.bincount(second, push[:, axis], n)


def _close_pairs(pos: np.ndarray, room: float) -> tuple[np.ndarray, np.ndarray]:
    """Each pair of actors in the same or neighbouring `room`-sized cells, once."""
    n = len(pos)
    cells = np.floor((pos - pos.min(axis=0)) / room).astype(np.int64) + 1
    keys = cells[:, 0] * _KEY + cells[:, 1]
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    firsts, seconds = [], []
    for dx, dy in _HALF_NEIGHBOURHOOD:
        wanted = keys + dx * _KEY + dy
        low = np.searchsorted(sorted_keys, wanted, "left")
        counts = np.searchsorted(sorted_keys, wanted, "right") - low
        first = np.repeat(np.arange(n), counts)
        starts = np.repeat(low - np.cumsum(counts) + counts, counts)
        second = order[starts + np.arange(int(counts.sum()))]
        keep = first < second if (dx, dy) == (0, 0) else first != second
        firsts.append(first[keep])
        seconds.append(second[keep])
    return np.concatenate(firsts), np.concatenate(seconds)


def _lengthwise(pos: np.ndarray) -> np.ndarray:
    """The component turned so that its longest extent is horizontal (no stretching):
    a long chain then fills a wide screen instead of its middle column."""
    if len(pos) < 3:
        return pos
    _, _, axes = np.linalg.svd(pos - pos.mean(axis=0), full_matrices=False)
    turned = pos @ axes.T
    return turned * np.where((turned**3).sum(axis=0) < 0, -1.0, 1.0)  # a fixed orientation


def _pack(pieces: list[tuple[list[Hashable], np.ndarray]]) -> dict[Hashable, tuple[float, float]]:
    """Components side by side in rows, largest first, so none floats off far away; the
    actors without a link in a grid to the right of them.

    A force layout pushes disconnected parts apart until the whole picture is mostly
    empty space; packing keeps them a SPACING apart in a block about ASPECT times as
    wide as high. Small parts and lone actors got rows of their own below everything
    before, which squeezed the main part into the middle of a wide screen.
    """
    linked = [piece for piece in pieces if len(piece[0]) > 1]
    alone = [nodes[0] for nodes, _ in pieces if len(nodes) == 1]
    out, width, height = _shelves(linked)
    out.update(_grid(alone, left=width + (SPACING if linked else 0.0), height=height))
    return out


def _shelves(pieces: list[tuple[list[Hashable], np.ndarray]]
             ) -> tuple[dict[Hashable, tuple[float, float]], float, float]:
    """The largest piece first, the others in columns to its right, each column as tall
    as the block (the largest piece, or taller when the rest would make the picture
    more than ASPECT wide); their positions, and the block's width and height."""
    boxes = [(pos.min(axis=0), pos.max(axis=0) - pos.min(axis=0) + SPACING) for _, pos in pieces]
    if not boxes:
        return {}, 0.0, 0.0
    area = sum(float(size[0] * size[1]) for _, size in boxes)
    height = max(float(boxes[0][1][1]), float(np.sqrt(area / ASPECT)))
    out: dict[Hashable, tuple[float, float]] = {}
    x = y = column = width = bottom = 0.0
    for (nodes, pos), (low, size) in zip(pieces, boxes, strict=False):
        if y > 0 and y + size[1] > height:
            x, y, column = x + column, 0.0, 0.0
        placed = pos - low + (x, y)
        for node, (px, py) in zip(nodes, placed, strict=False):
            out[node] = (round(float(px), 1), round(float(py), 1))
        y += float(size[1])
        column = max(column, float(size[0]))
        width, bottom = max(width, x + column), max(bottom, y)
    return out, width, bottom


def _grid(nodes: list[Hashable], left: float, height: float) -> dict[Hashable, tuple[float, float]]:
    """Lone actors in columns ALONE_SPACING apart, no taller than the linked block (or
    a block of their own, ASPECT-shaped, when nothing is linked)."""
    if not nodes:
        return {}
    rows = max(1, int(height // ALONE_SPACING)) if height else int(
        np.ceil(np.sqrt(len(nodes) / ASPECT)))
    return {node: (round(left + (k // rows) * ALONE_SPACING, 1),
                   round((k % rows) * ALONE_SPACING, 1)) for k, node in enumerate(nodes)}


def _default_iterations(n: int) -> int:
    """More steps for small graphs (cheap, nicer); fewer for huge ones (time-bound)."""
    if n <= EXACT_MAX_NODES:
        return 200
    if n <= 1000:
        return 100
    if n <= 5000:
        return 80
    return 50


def _scale(pos: np.ndarray, src: np.ndarray, dst: np.ndarray) -> float:
    """Pixels per layout unit: neighbours SPACING apart, yet room for every node.

    The median edge alone would crush a dense random graph into a blot, so the
    area per node is kept at least half a SPACING square.
    """
    lengths = np.sqrt(((pos[dst] - pos[src]) ** 2).sum(axis=1))
    typical = float(max(np.median(lengths), 1e-6)) if len(lengths) else 1.0
    span = np.maximum(pos.max(axis=0) - pos.min(axis=0), typical)  # a chain is a line
    per_node = float(np.sqrt(span[0] * span[1] / len(pos)))
    return max(SPACING / typical, 0.5 * SPACING / max(per_node, 1e-6))


def _pivot_mds(n: int, src: np.ndarray, dst: np.ndarray, seed: int) -> np.ndarray:
    """Starting positions that already show the global shape (Brandes & Pich's PivotMDS).

    Graph distances from a few far-apart pivots, double-centred and reduced to
    two dimensions by SVD: linear time, and the force layout then only has to
    fix local detail instead of untangling a random start.
    """
    rng = np.random.default_rng(seed)
    jitter = rng.uniform(-0.5, 0.5, size=(n, 2))
    if len(src) == 0:
        return jitter * np.sqrt(n)
    order, offsets = _adjacency(n, src, dst)
    pivots = [int(rng.integers(n))]
    dist = np.zeros((n, 0))
    for _ in range(min(40, n)):
        column = _bfs(pivots[-1], order, offsets, n)
        dist = np.column_stack([dist, column])
        nearest = dist.min(axis=1)
        nearest[pivots] = -1
        pivots.append(int(np.argmax(nearest)))
    squared = dist**2
    centred = squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean()
    left, values, _ = np.linalg.svd(-0.5 * centred, full_matrices=False)
    coords = left[:, :2] * values[:2]
    return coords + jitter


def _adjacency(n: int, src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Compressed neighbour lists (CSR) of the undirected graph."""
    heads = np.concatenate([src, dst])
    tails = np.concatenate([dst, src])
    sort = np.argsort(heads, kind="stable")
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(heads, minlength=n), out=offsets[1:])
    return tails[sort], offsets


def _bfs(start: int, order: np.ndarray, offsets: np.ndarray, n: int) -> np.ndarray:
    """Hop distances from `start`; unreachable nodes get one more than the farthest."""
    dist = np.full(n, -1.0)
    dist[start] = 0
    frontier = np.array([start])
    level = 0
    while len(frontier):
        level += 1
        counts = offsets[frontier + 1] - offsets[frontier]
        starts = np.repeat(offsets[frontier] - np.cumsum(counts) + counts, counts)
        neighbours = order[starts + np.arange(counts.sum())]
        fresh = np.unique(neighbours[dist[neighbours] < 0])
        dist[fresh] = level
        frontier = fresh
    dist[dist < 0] = dist.max() + 1
    return dist


def _edge_arrays(graph: nx.Graph, index: dict[Hashable, int]) -> tuple[np.ndarray, np.ndarray]:
    """Undirected, de-duplicated edge endpoints as index arrays (no self-loops)."""
    pairs = {
        (min(a, b), max(a, b))
        for a, b in ((index[u], index[v]) for u, v in graph.edges())
        if a != b
    }
    if not pairs:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    arr = np.array(sorted(pairs), dtype=np.int64)
    return arr[:, 0], arr[:, 1]


def _relax(pos: np.ndarray, src: np.ndarray, dst: np.ndarray, steps: int) -> None:
    """Move `pos` in place towards low energy; ideal distance is 1 unit."""
    n = len(pos)
    repulsion = _exact_repulsion if n <= EXACT_MAX_NODES else _RepulsionKernel.for_size(n).forces
    start_temp = 0.1 * np.sqrt(n) + 1.0
    gravity = 0.02
    for step in range(steps):
        temp = start_temp * (1.0 - step / steps) + 0.02
        force = repulsion(pos)
        force += _attraction(pos, src, dst)
        force -= gravity * pos
        length = np.sqrt((force**2).sum(axis=1))
        scale = np.minimum(temp, length) / np.maximum(length, 1e-9)
        pos += force * scale[:, None]


def _attraction(pos: np.ndarray, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Fruchterman-Reingold spring pull d^2 (ideal distance 1) along each edge."""
    force = np.zeros_like(pos)
    if len(src) == 0:
        return force
    delta = pos[dst] - pos[src]
    dist = np.sqrt((delta**2).sum(axis=1, keepdims=True))
    pull = delta * dist
    n = len(pos)
    for axis in (0, 1):
        force[:, axis] += np.bincount(src, weights=pull[:, axis], minlength=n)
        force[:, axis] -= np.bincount(dst, weights=pull[:, axis], minlength=n)
    return force


def _exact_repulsion(pos: np.ndarray) -> np.ndarray:
    """All-pairs repulsion 1/d computed directly: exact, and cheapest for small parts."""
    dx = pos[:, 0, None] - pos[None, :, 0]
    dy = pos[:, 1, None] - pos[None, :, 1]
    inverse = dx * dx + dy * dy
    np.fill_diagonal(inverse, np.inf)
    np.reciprocal(inverse, out=inverse)
    return np.column_stack([(dx * inverse).sum(axis=1), (dy * inverse).sum(axis=1)])


class _RepulsionKernel:
    """All-pairs 1/d repulsion on a G x G grid, convolved by FFT (zero-padded, not periodic)."""

    def __init__(self, grid: int) -> None:
        self.grid = grid
        size = 2 * grid
        offsets = np.fft.fftfreq(size, d=1.0 / size)  # 0, 1, ..., G-1, -G, ..., -1
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        dist2 = dx**2 + dy**2
        dist2[0, 0] = np.inf  # a cell does not push itself
        self.kx = np.fft.rfft2(dx / dist2)
        self.ky = np.fft.rfft2(dy / dist2)

    @classmethod
    def for_size(cls, n: int) -> _RepulsionKernel:
        """Cells a little under the ideal distance across; 512 x 512 at most after padding."""
        return cls(int(min(256, max(32, 2 ** np.ceil(np.log2(2 * np.sqrt(n)))))))

    def forces(self, pos: np.ndarray) -> np.ndarray:
        """Repulsion k^2/d from every other node (k = 1), read at each node."""
        g = self.grid
        low = pos.min(axis=0)
        cell = float(max((pos.max(axis=0) - low).max(), 1e-6)) / (g - 1.001)
        rel = (pos - low) / cell
        base = np.floor(rel).astype(np.int64)
        frac = rel - base
        weights = _cic_weights(frac)
        side = 2 * g
        flat = np.zeros(side * side)
        for (ox, oy), w in weights:
            flat += np.bincount((base[:, 0] + ox) * side + base[:, 1] + oy, w, side * side)
        density = flat.reshape(side, side)
        spectrum = np.fft.rfft2(density)
        field_x = np.fft.irfft2(spectrum * self.kx, s=density.shape)
        field_y = np.fft.irfft2(spectrum * self.ky, s=density.shape)
        out = np.zeros_like(pos)
        for (ox, oy), w in weights:
            ix, iy = base[:, 0] + ox, base[:, 1] + oy
            out[:, 0] += w * field_x[ix, iy]
            out[:, 1] += w * field_y[ix, iy]
        return out / cell


def _cic_weights(frac: np.ndarray) -> list[tuple[tuple[int, int], np.ndarray]]:
    """Bilinear (cloud-in-cell) weights of the four cells around each node."""
    fx, fy = frac[:, 0], frac[:, 1]
    return [
        ((0, 0), (1 - fx) * (1 - fy)),
        ((1, 0), fx * (1 - fy)),
        ((0, 1), (1 - fx) * fy),
        ((1, 1), fx * fy),
    ]
