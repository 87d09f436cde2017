"""Re-deriving the stored graph when decisions change: merges, unmerges and edge reviews.

Why the store can do it alone: documents' texts are not kept, so what a decision moved
must be recorded where it went. A node that absorbed other actors keeps each one's
share in `parts` (raw id -> its name, type, roles, aliases, mentions...), and a
sentence moved onto another edge keeps where the extraction put it (`Evidence.origin`).
Sentences a decision keeps out of the graph (a rejected quote, an edge whose two ends
a merge made one actor) stay in the store's `aside` table. So undoing a merge gives
the dropped actor back with exactly its mentions and edges, and a re-derivation under
the same decisions gives the same graph a build into a fresh store would.

`regroup` re-derives the actors a merge or unmerge moves and the edges at them;
`replace_edges` only the edges one edge decision touches.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx

from .model import Actor, Edge, edge_attrs
from .review import EdgeRules, edge_key, origins, place_edges
from .store import merge_actor

__all__ = ["regroup", "replace_edges", "node_parts", "fold_parts", "note_parts", "PART_KEYS",
           "actor_from"]

PART_KEYS = ("parts",)
"""Node attributes that are bookkeeping, not facts about the actor."""


def node_parts(node: str, attrs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Raw id -> what that actor contributed to `node` (itself alone when never merged)."""
    parts = attrs.get("parts")
    if parts:
        return dict(parts)
    return {node: snapshot(attrs)}


def snapshot(attrs: dict[str, Any]) -> dict[str, Any]:
    """A copy of a node's facts that later merges into the node cannot change."""
    return copy.deepcopy({k: v for k, v in attrs.items() if k not in PART_KEYS})


def note_parts(attrs: dict[str, Any], node: str, incoming: list[tuple[Actor, int]],
               document_id: str) -> None:
    """Record in a node's `parts` what each actor of a document folded into it brings
    (its facts, its mentions in that document). Called before the node itself takes the
    folded actor in: a stored node's first `parts` hold what it was until then (all of
    it its own, since nothing had been folded into it)."""
    parts = attrs.get("parts")
    if parts is None:
        parts = {node: snapshot(attrs)} if attrs.get("name") else {}
        attrs["parts"] = parts
    for actor, count in incoming:
        known = parts.get(actor.id)
        merged = actor if known is None else merge_actor(actor_from(actor.id, known), actor)
        mentions = dict((known or {}).get("mentions") or {})
        mentions[document_id] = count
        parts[actor.id] = {**copy.deepcopy(merged.node()), "mentions": mentions}


def fold_parts(kept: str, members: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The node `kept` made of these parts: the kept actor's own part first (its name and
    type win, as a merge leaves them), mentions summed, the parts kept when there are
    others than its own."""
    members = sorted(members, key=lambda m: (m[0] != kept, m[0]))
    actor: Actor | None = None
    mentions: Counter[str] = Counter()
    for _raw, snapshot in members:
        if "name" in snapshot:
            incoming = actor_from(kept, snapshot)
            actor = incoming if actor is None else merge_actor(actor, incoming)
        mentions.update(snapshot.get("mentions") or {})
    attrs: dict[str, Any] = actor.node() if actor is not None else {}
    if actor is not None or mentions:
        attrs["mentions"] = dict(mentions)
    if len(members) > 1 or members[0][0] != kept:
        attrs["parts"] = {raw: snapshot for raw, snapshot in members}
    return attrs


def actor_from(node_id: str, attrs: dict[str, Any]) -> Actor:
    fields = {k: v for k, v in attrs.items() if k not in ("kind", "mentions", *PART_KEYS)}
    return Actor(id=node_id, **fields)


def regroup(graph: nx.MultiDiGraph, aside: dict[str, dict[str, Any]], canonical: Any,
            rules: EdgeRules) -> tuple[nx.MultiDiGraph, dict[str, dict[str, Any]]]:
    """The graph and aside table the decisions give, changed in place: the actors whose
    parts now belong elsewhere, the actors they go to, and the edges at them or claimed
    by them are re-derived; the rest of the graph is left as it is."""
    moving = {node for node, attrs in graph.nodes(data=True)
              if any(canonical(raw) != node for raw in _raw_ids(node, attrs))}
    affected = moving | {canonical(raw) for node in moving
                         for raw in _raw_ids(node, graph.nodes[node])}
    edges = _take_edges(graph, affected)
    edges += [Edge.from_dict(attrs) for attrs in aside.values()]
    groups: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for node in affected & set(graph.nodes):
        for raw, part in node_parts(node, graph.nodes[node]).items():
            groups.setdefault(canonical(raw), []).append((raw, part))
        graph.remove_node(node)
    for kept, members in groups.items():
        graph.add_node(kept, **fold_parts(kept, members))
    placed = place_edges(edges, rules)
    for edge in placed.edges.values():
        _add_edge(graph, edge)
    return graph, {key: edge_attrs(edge) for key, edge in placed.aside.items()}


def _raw_ids(node: str, attrs: dict[str, Any]) -> Iterable[str]:
    return attrs.get("parts") or (node,)


def _take_edges(graph: nx.MultiDiGraph, actors: set[str]) -> list[Edge]:
    """Remove and return the edges at these actors, or claimed by one of them."""
    found = [(u, v, k) for u, v, k, claimant in graph.edges(keys=True, data="claimant")
             if u in actors or v in actors or claimant in actors]
    taken = [Edge.from_dict(graph.edges[u, v, k]) for u, v, k in found]
    graph.remove_edges_from(found)
    return taken


def _add_edge(graph: nx.MultiDiGraph, edge: Edge) -> None:
    """Put a re-derived edge in the graph (its ends added as bare nodes if missing)."""
    for end in (edge.source, edge.target):
        if end not in graph:
            graph.add_node(end)
    graph.add_edge(edge.source, edge.target, key=edge.id, **edge_attrs(edge))


def replace_edges(graph: nx.MultiDiGraph, aside: dict[str, dict[str, Any]],
                  edges: Iterable[tuple[str, str, str]], rules: EdgeRules) -> set[str]:
    """Put the sentences of these edges (`(id, source, target)`, in the graph or aside)
    where the decisions now say, with whatever already stands there. Returns the ids
    changed. Only those edges are touched: no pass over the whole graph."""
    taken: dict[str, Edge] = {}
    wanted = list(dict.fromkeys(edges))
    moved = {key for key, _, _ in wanted}
    while wanted:
        key, source, target = wanted.pop()
        if key in taken:
            continue
        edge = _take(graph, aside, key, source, target)
        if edge is None:
            continue
        taken[key] = edge
        for evidence in edge.evidence:
            for origin in origins(evidence, edge):
                parts = rules.final(origin.parts)
                wanted.append((edge_key(parts), parts[0], parts[2]))
    # The edges that stay where they are first: their date holds against a moved one's,
    # as a stored edge's holds against a new document's in a build.
    order = sorted(taken.values(), key=lambda edge: edge.id in moved)
    placed = place_edges(order, rules)
    for edge in placed.edges.values():
        graph.add_edge(edge.source, edge.target, key=edge.id, **edge_attrs(edge))
    for key, edge in placed.aside.items():
        aside[key] = edge_attrs(edge)
    return set(taken) | set(placed.edges) | set(placed.aside)


def _take(graph: nx.MultiDiGraph, aside: dict[str, dict[str, Any]], key: str, source: str,
          target: str) -> Edge | None:
    """Remove the edge `key` from the graph or the aside table, as an Edge."""
    attrs = graph.succ.get(source, {}).get(target, {}).get(key)
    if attrs is not None:
        graph.remove_edge(source, target, key=key)
        return Edge.from_dict(attrs)
    if key in aside:
        return Edge.from_dict(aside.pop(key))
    return None
