"""Push the embedded store to Neo4j: afterwards Neo4j holds what a fresh push would write.

Why fingerprints: the local store changes in ways a list of new documents does not
show: a merge moves edges onto the kept actor and drops the other, a split or a
re-read document removes evidence, a new document adds evidence to old edges.
Every row a push writes carries a hash of its content (`neo4j_write.fingerprint`);
a push reads the ids and fingerprints Neo4j holds, deletes what the store no
longer has, and rewrites what differs. Each write replaces the element whole, so
the result equals a push into an empty database (tests/neo4j/test_sync.py checks
this element by element on the real server). A push cut off midway leaves
documents without `complete`, and the next push sends them again.

So a database holds one store: a push into a database filled from another store
(none of its documents in this one) is refused rather than emptying it.

What is pushed is read through the read contract (`figraph.graph.store.View`): the whole
embedded store, or any part of it. The rows of the edges and the mentions are built from
the view's networkx graph (`View.network()`, the stored form), not from `Edge` objects:
making a million `Edge`s and their `Evidence` costs as much as building the rows
themselves (1.3 s for each per 100k edges), which an unchanged push would pay for nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .model import REVIEWED
from .neo4j_store import Neo4jStore, RemoteState
from .neo4j_write import (
    actor_row,
    document_row,
    edge_row,
    group_actors,
    group_edges,
    network_names,
)
from .store import StoreError, View

__all__ = ["PushReport", "push", "plan_push", "check_pushable"]


@dataclass
class PushReport:
    documents: int = 0
    actors: int = 0
    edges: int = 0
    removed_documents: int = 0
    removed_actors: int = 0
    removed_edges: int = 0

    def summary(self) -> str:
        text = f"pushed {self.documents} documents, {self.actors} actors, {self.edges} edges"
        removed = [(self.removed_documents, "documents"), (self.removed_actors, "actors"),
                   (self.removed_edges, "edges")]
        if any(count for count, _ in removed):
            text += "; removed " + ", ".join(f"{count} {what}" for count, what in removed)
        return text


@dataclass
class PushPlan:
    """What a push sends and deletes, computed before anything is written."""

    actors: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    stale_actors: list[str]
    stale_edges: list[dict[str, str]]
    stale_documents: list[str]

    def report(self) -> PushReport:
        return PushReport(len(self.documents), len(self.actors), len(self.edges),
                          len(self.stale_documents), len(self.stale_actors),
                          len(self.stale_edges))


def check_pushable(local: View) -> None:
    """Raise ValueError naming the store file and the first actor or edge whose label or
    relationship type is outside the vocabulary (a store edited by hand).

    Labels and types are written into Cypher statements, so they are checked before a
    connection is even opened; the Writer checks them again before each write."""
    from .neo4j_write import actor_labels, safe_label, safe_rel_type

    where = _where(local)
    for _, _, edge in local.network().edges(data=True):
        try:
            safe_rel_type(edge.get("type", ""))
        except ValueError as exc:
            raise ValueError(f"{where}: edge {edge.get('id', '?')}: {exc}; fix or remove "
                             "it (nothing was sent)") from None
    for actor in local.actors():
        try:
            for label in actor_labels(actor):
                safe_label(label)
        except ValueError as exc:
            raise ValueError(f"{where}: actor {actor.id}: {exc}; fix or remove it "
                             "(nothing was sent)") from None


def _where(local: View) -> str:
    """What messages name: the store's file, or, for a part of a store, the part."""
    return str(getattr(local, "file", "the part pushed"))


def push(local: View, neo: Neo4jStore, *, wipe: bool = False,
         full: bool = False, reviewed_only: bool = False) -> PushReport:
    """Make Neo4j hold `local`: send what differs (everything with `full` or `wipe`),
    delete what the store no longer has. `wipe` empties the database first. With
    `reviewed_only`, the edges are the reviewed ones only (confirmed or retyped): the
    others are not sent, and deleted from Neo4j if an earlier push sent them."""
    check_pushable(local)
    neo.ensure_schema()
    if wipe:
        neo.wipe()
    remote = RemoteState() if wipe else neo.remote_state()
    _check_same_store(local, remote, neo.database)
    plan = plan_push(local, remote, resend=full, reviewed_only=reviewed_only)
    neo.writer.delete(plan.stale_actors, plan.stale_edges, plan.stale_documents)
    neo.writer.write_rows(group_actors(plan.actors), group_edges(plan.edges), plan.documents)
    return plan.report()


def _check_same_store(local: View, remote: RemoteState, database: str) -> None:
    """A database whose documents are all foreign to the store was filled from another
    store: a push would delete all of it, so it is refused (--wipe says it is meant)."""
    if not remote.all_documents or next(local.documents(), None) is None:
        return
    if any(local.document(doc_id) is not None for doc_id in remote.all_documents):
        return
    raise StoreError(f"{database}: holds {len(remote.all_documents)} documents, none of them "
                     "in this store (another store's database?); a push would delete them: "
                     "push --wipe to replace them")


def plan_push(local: View, remote: RemoteState, resend: bool = False,
              reviewed_only: bool = False) -> PushPlan:
    """The rows of `local` whose fingerprint Neo4j lacks, and what Neo4j holds that
    `local` does not (all rows with `resend`; only reviewed edges with `reviewed_only`)."""
    graph = local.network()
    actors = [row for row in (_actor_row(local, n) for n in graph.nodes) if row is not None]
    names = network_names(graph)
    edges = (edge_row(data, names) for _, _, data in graph.edges(data=True)
             if data["source"] in graph and data["target"] in graph
             and (not reviewed_only or data.get("review") in REVIEWED))
    local_edges: set[str] = set()
    edge_prints = {k: v[0] for k, v in remote.edges.items()}
    changed_edges = [row for row in edges
                     if _note(local_edges, row) and _differs(row, edge_prints, resend)]
    documents = [document_row(d, m) for d, m in _documents_with_mentions(local, graph)]
    local_ids = {row["id"] for row in actors}
    local_docs = {row["id"] for row in documents}
    for row in actors:
        row["fresh"] = row["id"] not in remote.actors  # no stale labels to remove
    return PushPlan(
        actors=[row for row in actors if _differs(row, remote.actors, resend)],
        edges=changed_edges,
        documents=[row for row in documents if _differs(row, remote.documents, resend)],
        stale_actors=sorted(set(remote.actors) - local_ids),
        stale_edges=[{"id": k, "source": s, "target": t}
                     for k, (_, s, t) in sorted(remote.edges.items()) if k not in local_edges],
        stale_documents=sorted(set(remote.all_documents) - local_docs),
    )


def _actor_row(local: View, node: str) -> dict[str, Any] | None:
    try:
        actor = local.actor(node)
    except TypeError:  # a bare node (an edge end that is no actor): a push has none
        return None
    return actor_row(actor) if actor is not None else None


def _note(seen: set[str], row: dict[str, Any]) -> bool:
    seen.add(row["props"]["id"])
    return True


def _differs(row: dict[str, Any], remote: dict[str, str | None], resend: bool) -> bool:
    """Rows are built one at a time and kept only when they differ: an unchanged
    store of a million edges never holds a million evidence texts at once."""
    return resend or remote.get(row["props"]["id"]) != row["props"]["fingerprint"]


def _documents_with_mentions(local: View, graph: nx.MultiDiGraph
                             ) -> list[tuple[dict[str, Any], dict[str, int]]]:
    """Each document with the actors it mentions (the store keeps mentions on the actors:
    one pass over the graph, not one `View.mentions` per actor)."""
    mentions: dict[str, dict[str, int]] = defaultdict(dict)
    for actor_id, attrs in graph.nodes(data=True):
        for doc_id, count in (attrs.get("mentions") or {}).items():
            mentions[doc_id][actor_id] = count
    return [(doc, mentions.get(doc["id"], {})) for doc in local.documents()]
