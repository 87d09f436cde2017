"""The user's entity-resolution decisions, kept in a file every build applies.

Suspected duplicates (fuzzy name matches across documents) are only listed;
nothing collapses two actors until the user says so. A decision is either
`same` (merge: the dropped id becomes a referent of the kept one) or
`different` (never suggest this pair again). The file lives in the store
folder, `decisions.json`, and is plain JSON a user can read and edit.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .model import Actor, Edge, Extraction, normalize_name
from .store import StoreError, merge_actor

__all__ = ["Decisions", "suggest_duplicates", "remap_edges", "DECISIONS_FILE"]

DECISIONS_FILE = "decisions.json"


@dataclass
class Decisions:
    """Merge (`same`) and keep-apart (`different`) judgements between actor ids."""

    same: dict[str, str] = field(default_factory=dict)
    """Dropped id -> kept id."""
    different: set[frozenset[str]] = field(default_factory=set)
    path: Path | None = None

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
            different = {frozenset(pair) for pair in data.get("different", [])}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{path}: cannot read the decisions file ({exc})") from exc
        return cls(same=same, different=different, path=path)

    def serialised(self) -> bytes:
        """The file's bytes: sorted, so the same decisions always write the same file."""
        data = {
            "same": [{"drop": d, "keep": k} for d, k in sorted(self.same.items())],
            "different": sorted(sorted(pair) for pair in self.different),
        }
        return json.dumps(data, indent=2).encode("utf-8")

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

    def merge(self, keep: str, drop: str) -> None:
        if self.canonical(keep) == drop:
            raise ValueError(f"{keep} is already merged into {drop}")
        self.same[drop] = keep
        self.different.discard(frozenset((keep, drop)))

    def split(self, first: str, second: str) -> None:
        """Record that two actors are different people/bodies."""
        for a, b in ((first, second), (second, first)):
            if self.same.get(a) == b:
                del self.same[a]
        self.different.add(frozenset((first, second)))

    def apply(self, extraction: Extraction) -> Extraction:
        """Rewrite one document's extraction onto the kept ids."""
        if not self.same:
            return extraction
        actors: dict[str, Actor] = {}
        for actor in extraction.actors:
            moved = replace(actor, id=self.canonical(actor.id))
            actors[moved.id] = merge_actor(actors[moved.id], moved) if moved.id in actors else moved
        mentions: dict[str, int] = defaultdict(int)
        for actor_id, count in extraction.mentions.items():
            mentions[self.canonical(actor_id)] += count
        edges = list(remap_edges(extraction.edges, self.canonical))
        return replace(
            extraction, actors=list(actors.values()), edges=edges, mentions=dict(mentions)
        )


def remap_edges(edges: Iterable[Edge], canonical: Callable[[str], str]) -> Iterable[Edge]:
    """Move edges onto kept ids, folding edges that become the same fact."""
    merged: dict[str, Edge] = {}
    for edge in edges:
        source, target = canonical(edge.source), canonical(edge.target)
        if source == target:
            continue
        claimant = canonical(edge.claimant) if edge.claimant else ""
        moved = Edge(
            source=source,
            target=target,
            type=edge.type,
            claimant=claimant,
            status=edge.status,
            hedges=list(edge.hedges),
            date=edge.date,
            date_text=edge.date_text,
        )
        moved = merged.setdefault(moved.id, moved)
        moved.add_evidence(edge.evidence)
    return merged.values()


def suggest_duplicates(actors: Iterable[Actor], decisions: Decisions, threshold: float = 75.0):
    """Pairs of same-type actors whose names look alike, best first.

    Blocks on the last name token so the cost stays near linear; a pair the
    user declared `different` is never suggested again.
    """
    from rapidfuzz import fuzz

    blocks: dict[tuple[str, str], list[Actor]] = defaultdict(list)
    for actor in actors:
        words = normalize_name(actor.name).split()
        if words:
            blocks[(actor.type, words[-1])].append(actor)
    found = []
    for members in blocks.values():
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if frozenset((first.id, second.id)) in decisions.different:
                    continue
                score = fuzz.token_sort_ratio(
                    normalize_name(first.name), normalize_name(second.name)
                )
                if score >= threshold or _initial_match(first.name, second.name):
                    found.append((max(score, threshold), first, second))
    found.sort(key=lambda item: (-item[0], item[1].name, item[2].name))
    return found


def _initial_match(first: str, second: str) -> bool:
    """'M. Chong' and 'Michael Chong'; 'Mike Chong' is caught by the fuzzy score."""
    a, b = normalize_name(first).split(), normalize_name(second).split()
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    return all(
        x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y) for x, y in zip(a, b, strict=True)
    )
