"""Merges a person can manage: record, apply, and undo them on the stored graph.

A merge is a decision in `decisions.json` (`Decisions.merge`); applying it folds the
dropped actor into the kept one and remembers what each brought (`figraph.graph.regroup`),
so `unmerge` gives the dropped actor back with its own names, mentions and edges,
without reading the documents again. Two actors of different types (a person and a
party) are merged only when forced: it is nearly always a wrong match.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .decisions import Decisions
from .local_store import LocalStore
from .lookup import name_key

__all__ = ["MergeRefused", "Merged", "merge_actors", "merged_actors", "find_merged",
           "unmerge_actor", "split_actors"]


class MergeRefused(ValueError):
    """A merge that needs the person's explicit word (`--force`), or makes no sense."""


@dataclass(frozen=True)
class Merged:
    """An actor merged away: its id, its name and type then, and where it went."""

    id: str
    name: str
    type: str
    kept: str
    restorable: bool
    """False for a merge applied before the store kept what each actor brought."""


def merge_actors(store: LocalStore, decisions: Decisions, keep: str, drop: str,
                 force: bool = False) -> None:
    """Record that `drop` is `keep`, and fold it in the stored graph."""
    if keep == drop:
        raise MergeRefused(f"{keep} and {drop} are the same actor")
    types = [store.graph.nodes[i].get("type", "") for i in (keep, drop)]
    if types[0] != types[1] and not force:
        raise MergeRefused(f"{_shown(store, keep)} is a {types[0]} and {_shown(store, drop)} a "
                           f"{types[1]}: merging actors of two types is refused unless you "
                           "give --force")
    decisions.merge(keep, drop, forced=types[0] != types[1])
    store.apply_decisions(decisions)


def merged_actors(store: LocalStore, decisions: Decisions) -> list[Merged]:
    """Every merge in force, with the dropped actor as the store remembers it."""
    found = []
    for drop, keep in sorted(decisions.same.items()):
        kept = decisions.canonical(drop)
        part = ((store.graph.nodes[kept].get("parts") or {}).get(drop)
                if kept in store.graph else None)
        found.append(Merged(drop, str((part or {}).get("name") or drop),
                            str((part or {}).get("type") or ""), keep, part is not None))
    return found


def find_merged(store: LocalStore, decisions: Decisions, typed: str) -> list[Merged]:
    """The merges `typed` may mean: the dropped actor's id, its name, or the name or id
    of the actor it went into (all the merges into that one)."""
    merges = merged_actors(store, decisions)
    exact = [m for m in merges if typed.strip() == m.id]
    if exact:
        return exact
    key = name_key(typed)
    by_name = [m for m in merges if name_key(m.name) == key]
    if by_name:
        return by_name
    into = [m for m in merges if typed.strip() == m.kept or
            name_key(str(store.graph.nodes.get(m.kept, {}).get("name", ""))) == key]
    return into


def unmerge_actor(store: LocalStore, decisions: Decisions, merged: Merged) -> None:
    """Take back one merge and give the dropped actor back in the stored graph."""
    decisions.unmerge(merged.id)
    store.apply_decisions(decisions)


def split_actors(store: LocalStore, decisions: Decisions, first: str, second: str) -> bool:
    """Record that two actors differ; a merge between them is taken back. True when so."""
    undone = decisions.split(first, second)
    if undone:
        store.apply_decisions(decisions)
    return undone


def _shown(store: LocalStore, actor_id: str) -> str:
    attrs: dict[str, Any] = store.graph.nodes[actor_id]
    return f"{attrs.get('name', actor_id)} [{actor_id}]"
