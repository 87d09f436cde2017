"""The user's decisions, kept in a file every build applies: merges of actors, reviews of edges.

Suspected duplicates (fuzzy name matches across documents) are only listed;
nothing collapses two actors until the user says so. An actor decision is either
`same` (merge: the dropped id becomes a referent of the kept one) or `different`
(never suggest this pair again). An edge decision confirms, rejects or retypes one
edge (`figraph.graph.review`). The file lives in the store folder, `decisions.json`, and is
plain JSON a user can read and edit; a merge or a review is undone by taking its
entry out (`figraph unmerge`, or a new decision on the same edge).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .model import Actor, Edge, Extraction
from .review import EdgeDecision, EdgeRules, place_edges
from .store import StoreError, merge_actor

__all__ = ["Decisions", "remap_edges", "DECISIONS_FILE"]

DECISIONS_FILE = "decisions.json"


@dataclass
class Decisions:
    """Merge (`same`) and keep-apart (`different`) judgements between actor ids, and the
    review of edges (`edges`, in the order made)."""

    same: dict[str, str] = field(default_factory=dict)
    """Dropped id -> kept id."""
    different: set[frozenset[str]] = field(default_factory=set)
    path: Path | None = None
    edges: list[EdgeDecision] = field(default_factory=list)
    forced: set[str] = field(default_factory=set)
    """Dropped ids merged across actor types (`--force`), noted in the file."""

    @classmethod
    def load(cls, store_path: Path) -> Decisions:
        from .atomic import committed_path, open_committed

        path = Path(store_path) / DECISIONS_FILE
        if not committed_path(path).is_file():
            return cls(path=path)
        try:
            with open_committed(path, "r", encoding="utf-8") as handle:
                data = json.load(handle)
            same = {d["drop"]: d["keep"] for d in data.get("same", [])}
            forced = {d["drop"] for d in data.get("same", []) if d.get("forced")}
            different = {frozenset(pair) for pair in data.get("different", [])}
            edges = [EdgeDecision.from_json(d) for d in data.get("edges", [])]
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(f"{path}: cannot read the decisions file ({exc})") from exc
        return cls(same=same, different=different, path=path, edges=edges, forced=forced)

    def serialised(self) -> bytes:
        """The file's bytes: sorted, so the same decisions always write the same file.

        Readable text (a note or quote in its own script), but a character a terminal
        would act on is a `\\u` escape: the rejected quotes come from documents."""
        from .safe_text import safe_json

        data: dict[str, Any] = {
            "same": [{"drop": d, "keep": k, **({"forced": True} if d in self.forced else {})}
                     for d, k in sorted(self.same.items())],
            "different": sorted(sorted(pair) for pair in self.different),
            "edges": [decision.to_json() for decision in self.edges],
        }
        return safe_json(data, indent=2).encode("utf-8")

    def save(self) -> None:
        """Write the decisions file atomically; StoreError (one line) if it cannot be."""
        from .atomic import write_atomic

        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, self.serialised())
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write the decisions "
                             f"({exc.strerror or exc})") from exc

    def canonical(self, actor_id: str) -> str:
        """Follow merge decisions to the id that is kept (cycle-safe)."""
        seen = {actor_id}
        while actor_id in self.same:
            actor_id = self.same[actor_id]
            if actor_id in seen:
                break
            seen.add(actor_id)
        return actor_id

    def merge(self, keep: str, drop: str, forced: bool = False) -> None:
        if self.canonical(keep) == drop:
            raise ValueError(f"{keep} is already merged into {drop}")
        self.same[drop] = keep
        if forced:
            self.forced.add(drop)
        self.different.discard(frozenset((keep, drop)))

    def unmerge(self, drop: str) -> str:
        """Take back the merge of `drop`; returns the id it was merged into."""
        keep = self.same.pop(drop)
        self.forced.discard(drop)
        return keep

    def split(self, first: str, second: str) -> bool:
        """Record that two actors are different people/bodies; True when this took back a
        merge between them."""
        undone = False
        for a, b in ((first, second), (second, first)):
            if self.same.get(a) == b:
                self.unmerge(a)
                undone = True
        self.different.add(frozenset((first, second)))
        return undone

    def decide_edge(self, decision: EdgeDecision) -> None:
        """Record a decision on an edge; it replaces an earlier one on the same edge."""
        key = decision.parts(self.canonical)
        self.edges = [d for d in self.edges if d.parts(self.canonical) != key]
        self.edges.append(decision)

    def edge_rules(self) -> EdgeRules:
        return EdgeRules(self.edges, self.canonical)

    def apply(self, extraction: Extraction) -> Extraction:
        """Rewrite one document's extraction onto the kept ids and the edge decisions.

        What a merge folded is kept in `parts` (for an unmerge), and sentences a
        decision keeps out of the graph (a rejected quote, an edge whose two ends were
        merged into one actor) in `aside`."""
        if not self.same and not self.edges:
            return extraction
        actors: dict[str, Actor] = {}
        parts: dict[str, list[tuple[Actor, int]]] = defaultdict(list)
        for actor in extraction.actors:
            moved = replace(actor, id=self.canonical(actor.id), roles=list(actor.roles),
                            aliases=list(actor.aliases), attributes=dict(actor.attributes))
            actors[moved.id] = merge_actor(actors[moved.id], moved) if moved.id in actors else moved
            parts[moved.id].append((actor, extraction.mentions.get(actor.id, 0)))
        mentions: dict[str, int] = defaultdict(int)
        for actor_id, count in extraction.mentions.items():
            mentions[self.canonical(actor_id)] += count
        placed = place_edges(extraction.edges, self.edge_rules())
        folded = {kept: raw for kept, raw in parts.items()
                  if any(actor.id != kept for actor, _ in raw)}
        return replace(extraction, actors=list(actors.values()), edges=list(placed.edges.values()),
                       mentions=dict(mentions), parts=folded,
                       aside=list(placed.aside.values()))


def remap_edges(edges: Iterable[Edge], canonical: Callable[[str], str]) -> Iterable[Edge]:
    """Move edges onto kept ids, folding edges that become the same fact (edges whose two
    ends become one actor are left out)."""
    return place_edges(edges, EdgeRules((), canonical)).edges.values()
