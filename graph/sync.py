"""Push the embedded store to Neo4j: complete, idempotent and incremental.

Only documents not yet pushed (and the actors and edges they touch) are sent,
unless `full` is asked; since every write is a MERGE on a stable id and the
edge properties carry the full evidence list from the local store, pushing
twice leaves the same counts, and a push cut off midway is completed by the
next one.
"""

from __future__ import annotations

from dataclasses import dataclass

from .local_store import LocalStore
from .neo4j_store import Neo4jStore

__all__ = ["PushReport", "push"]


@dataclass
class PushReport:
    documents: int = 0
    actors: int = 0
    edges: int = 0

    def summary(self) -> str:
        return f"pushed {self.documents} documents, {self.actors} actors, {self.edges} edges"


def push(local: LocalStore, neo: Neo4jStore, *, wipe: bool = False,
         full: bool = False) -> PushReport:
    """Write what Neo4j lacks of `local` (everything with `full` or `wipe`)."""
    neo.ensure_schema()
    if wipe:
        neo.wipe()
    everything = wipe or full
    known = set() if everything else neo.document_ids()
    documents = [d for d in local.documents() if d["id"] not in known]
    if not documents:
        return PushReport()
    new_ids = {d["id"] for d in documents}
    graph = local.graph
    edges = [data for _, _, data in graph.edges(data=True)  # the store's own dicts
             if everything or any(ev["document"] in new_ids for ev in data["evidence"])]
    if everything:
        actor_ids = set(graph.nodes)
    else:
        actor_ids = {n for n, a in graph.nodes(data=True) if new_ids & a.get("mentions", {}).keys()}
        actor_ids.update(end for e in edges for end in (e["source"], e["target"], e["claimant"])
                         if end)
        actor_ids &= set(graph.nodes)
    actors = [a for a in (local.actor(i) for i in sorted(actor_ids)) if a is not None]
    names = local.actor_names(actor_ids)
    mentions: dict[str, dict[str, int]] = {doc_id: {} for doc_id in new_ids}
    for actor_id in actor_ids:
        for doc_id, count in graph.nodes[actor_id].get("mentions", {}).items():
            if doc_id in new_ids:
                mentions[doc_id][actor_id] = count
    neo.write(actors, edges, documents, mentions, names)
    return PushReport(documents=len(documents), actors=len(actors), edges=len(edges))
