"""Suspected duplicate actors: look-alike names of one type, in clusters, for a person to decide.

Nothing is merged here: `figraph duplicates` lists, `figraph merge` decides.

Why clusters: "Michael Chong", "Mike Chong" and "M. Chong" are one question (which of
them are the same man?), not three pairs. Why placeholders apart: an unnamed actor
("Senior Chinese diplomat (unnamed)", "Foreign state actors") is scoped to the document
that describes it, so two of them from different documents are different people as far
as the text says, however alike their descriptions; two from the same document may be
one. Scores are on 0-1 (rapidfuzz's token-sort ratio over the normalised names); a pair
of names whose words match by initials ("M. Chong", "Michael Chong") is kept whatever
its score, marked `initials`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .decisions import Decisions
from .model import Actor, make_id, normalize_name

__all__ = ["Pair", "Cluster", "suggest_duplicates", "clusters", "is_placeholder",
           "DEFAULT_THRESHOLD"]

DEFAULT_THRESHOLD = 0.75


@dataclass(frozen=True)
class Pair:
    """Two actors that may be one, how alike their names are (0-1), and why listed."""

    first: Actor
    second: Actor
    score: float
    reason: str = "name"
    """`name` (the score reached the threshold) or `initials`."""


@dataclass
class Cluster:
    """Actors joined by suspected pairs: one decision to make."""

    actors: list[Actor] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)

    @property
    def score(self) -> float:
        return max(pair.score for pair in self.pairs)

    @property
    def type(self) -> str:
        return self.actors[0].type


def is_placeholder(actor: Actor, documents: Iterable[str]) -> bool:
    """An actor the text describes without naming: its id is scoped to its document (as
    the extraction makes it), or its name says `(unnamed)`."""
    if actor.name.endswith("(unnamed)"):
        return True
    key = normalize_name(actor.name)
    return any(actor.id == make_id("a", doc, f"{prefix}:{key}")
               for doc in documents for prefix in ("unnamed", "group"))


def suggest_duplicates(actors: Iterable[Actor], decisions: Decisions,
                       threshold: float = DEFAULT_THRESHOLD,
                       documents: Mapping[str, Iterable[str]] | None = None) -> list[Pair]:
    """Pairs of same-type actors whose names look alike, best first.

    Named actors are blocked on their last word, so the cost stays near linear;
    placeholders are compared only with placeholders of a document they share
    (`documents`: actor id -> ids of the documents that mention it). A pair the user
    declared `different` is never suggested again.
    """
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"the threshold is a similarity between 0 and 1, not {threshold:g}")
    found: dict[frozenset[str], Pair] = {}
    for members in _blocks(actors, documents or {}).values():
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                pair = _compare(first, second, threshold)
                ids = frozenset((first.id, second.id))
                if pair is not None and ids not in decisions.different:
                    found.setdefault(ids, pair)
    return sorted(found.values(), key=lambda p: (-p.score, p.first.name, p.second.name))


def _blocks(actors: Iterable[Actor], documents: Mapping[str, Iterable[str]]
            ) -> dict[tuple[str, ...], list[Actor]]:
    blocks: dict[tuple[str, ...], list[Actor]] = defaultdict(list)
    for actor in actors:
        docs = sorted(set(documents.get(actor.id, ())))
        if is_placeholder(actor, docs):
            for doc in docs:
                blocks[("placeholder", actor.type, doc)].append(actor)
            continue
        words = normalize_name(actor.name).split()
        if words:
            blocks[("named", actor.type, words[-1])].append(actor)
    return blocks


def _compare(first: Actor, second: Actor, threshold: float) -> Pair | None:
    from rapidfuzz import fuzz

    score = fuzz.token_sort_ratio(normalize_name(first.name), normalize_name(second.name)) / 100
    if score >= threshold:
        return Pair(first, second, round(score, 3))
    if _initial_match(first.name, second.name):
        return Pair(first, second, round(score, 3), "initials")
    return None


def _initial_match(first: str, second: str) -> bool:
    """'M. Chong' and 'Michael Chong'; 'Mike Chong' is caught by the fuzzy score."""
    a, b = normalize_name(first).split(), normalize_name(second).split()
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    return all(
        x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y) for x, y in zip(a, b, strict=True)
    )


def clusters(pairs: list[Pair]) -> list[Cluster]:
    """The pairs joined into clusters (connected groups), best first; actors in a
    cluster most documented first."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    actors: dict[str, Actor] = {}
    for pair in pairs:
        actors[pair.first.id], actors[pair.second.id] = pair.first, pair.second
        parent[root(pair.first.id)] = root(pair.second.id)
    grouped: dict[str, Cluster] = defaultdict(Cluster)
    for pair in pairs:
        grouped[root(pair.first.id)].pairs.append(pair)
    for actor_id, actor in actors.items():
        grouped[root(actor_id)].actors.append(actor)
    for cluster in grouped.values():
        cluster.actors.sort(key=lambda a: (a.name, a.id))
    return sorted(grouped.values(), key=lambda c: (-c.score, c.actors[0].name))


def cluster_json(cluster: Cluster, documents: Mapping[str, Iterable[str]]) -> dict[str, Any]:
    """A cluster as `figraph duplicates --json` prints it."""
    return {
        "type": cluster.type, "score": cluster.score,
        "actors": [{"id": a.id, "name": a.name, "type": a.type, "roles": a.roles,
                    "documents": len(set(documents.get(a.id, ())))} for a in cluster.actors],
        "pairs": [{"first": p.first.id, "second": p.second.id, "score": p.score,
                   "reason": p.reason} for p in cluster.pairs],
    }
