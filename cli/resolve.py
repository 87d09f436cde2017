"""Entity-resolution commands: list suspected duplicates, merge, split and unmerge actors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from ..graph.decisions import Decisions
from ..graph.local_store import LocalStore
from ..graph.safe_text import printable, safe_json
from ..graph.store import StoreError
from .common import StoreOption, actor_or_exit, fail, open_store, say, warn

__all__ = ["register", "decided"]


def register(app: typer.Typer) -> None:
    app.command("duplicates")(duplicates_command)
    app.command("merge")(merge_command)
    app.command("unmerge")(unmerge_command)
    app.command("split")(split_command)


def duplicates_command(
    store: StoreOption = None,
    threshold: Annotated[float, typer.Option(
        help="How alike two names must be, from 0 (anything) to 1 (the same words); "
             "names matching by initials ('M. Chong', 'Michael Chong') are always listed.")
    ] = 0.75,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for scripts.")] = False,
) -> None:
    """List suspected duplicate actors in clusters (never merged until you say so).

    Names of one type are compared; unnamed placeholders ('Senior Chinese diplomat
    (unnamed)') only with those of the same document."""
    from ..graph.duplicates import cluster_json, clusters, suggest_duplicates

    if not 0.0 <= threshold <= 1.0:
        hint = f" ({threshold:g} looks like a percentage: try {threshold / 100:g})" \
            if 1 < threshold <= 100 else ""
        fail(f"--threshold is a similarity between 0 and 1{hint}")
    local = open_store(store)
    documents = {a.id: set(local.mentions(a.id)) for a in local.actors()}
    pairs = suggest_duplicates(local.actors(), Decisions.load(local.path), threshold, documents)
    found = clusters(pairs)
    if as_json:
        typer.echo(safe_json([cluster_json(c, documents) for c in found], indent=1))
        return
    if not found:
        warn("no suspected duplicates")  # a message: stdout holds the clusters only
        return
    for number, cluster in enumerate(found, 1):
        _print_cluster(number, cluster, documents)
    warn(f"{len(found)} clusters ({len(pairs)} pairs); record a decision with "
         "`figraph merge KEEP DROP` or `figraph split A B`")


def _print_cluster(number: int, cluster: Any, documents: dict[str, set[str]]) -> None:
    say(printable(f"{number}. {cluster.type}, names alike up to {cluster.score:.2f}"))
    for actor in cluster.actors:
        count = len(documents.get(actor.id, ()))
        roles = f" ({', '.join(actor.roles)})" if actor.roles else ""
        say(printable(f"   {actor.name}{roles}  {actor.id}  · {count} document"
                      f"{'' if count == 1 else 's'}"))
    if len(cluster.pairs) > 1 or cluster.pairs[0].reason != "name":
        for pair in cluster.pairs:
            why = " by initials" if pair.reason == "initials" else ""
            say(printable(f"     {pair.first.name} ~ {pair.second.name}: {pair.score:.2f}{why}"))


def merge_command(
    keep: Annotated[str, typer.Argument(help="The actor to keep: its id, or a name or alias "
                                        "that names it alone.")],
    drop: Annotated[str, typer.Argument(help="The actor merged into it (id or name).")],
    force: Annotated[bool, typer.Option(
        "--force", help="Merge even though the two actors have different types.")] = False,
    store: StoreOption = None,
) -> None:
    """Record that two actors are the same, and fold them in the store.

    Every build applies it, and `figraph unmerge` undoes it. A name that several
    actors share is refused with the candidates (exit 2): give the id. Two actors of
    different types (a Person and a Party) need --force."""
    from ..graph.merges import MergeRefused, merge_actors

    with decided(store) as (local, decisions):
        _already_merged(decisions, keep, drop)
        kept, dropped = (actor_or_exit(local.network(), typed, str(local.path))
                         for typed in (keep, drop))
        shown = [_name(local, i) for i in (kept, dropped)]
        try:
            merge_actors(local, decisions, kept, dropped, force=force)
        except MergeRefused as exc:
            fail(str(exc))
    warn(f"merged {shown[1]} into {shown[0]}; undo with `figraph unmerge {dropped}`")


def _already_merged(decisions: Decisions, keep: str, drop: str) -> None:
    """A merge given by ids that is recorded and applied already (the same command run
    again, say after a kill that its commit survived): said, exit 0, nothing written."""
    keep, drop = keep.strip(), drop.strip()
    if keep != drop and decisions.canonical(drop) == keep:
        warn(f"{drop} is already merged into {keep}; undo with `figraph unmerge {drop}`")
        raise typer.Exit(0)


def unmerge_command(
    actor: Annotated[str, typer.Argument(help="The actor merged away: its id, its name, or "
                                         "the name of the actor it was merged into.")],
    store: StoreOption = None,
) -> None:
    """Undo a merge: the actor merged away comes back.

    With its own names, mentions and edges; no build merges it again."""
    from ..graph.merges import find_merged, unmerge_actor

    with decided(store) as (local, decisions):
        found = find_merged(local, decisions, actor)
        if len(found) != 1:
            _no_single_merge(actor, found)
        (merged,) = found
        unmerge_actor(local, decisions, merged)
    warn(f"{printable(merged.name)} [{merged.id}] is apart from {_name(local, merged.kept)} again")
    if not merged.restorable:
        warn("note: this merge was applied before figraph kept what each actor brought; "
             "the actor comes back when its documents are built again into a fresh store")


def _no_single_merge(typed: str, found: list[Any]) -> None:
    if not found:
        fail(f"no merge of an actor named {typed!r} (see decisions.json)")
    warn(f"figraph: {typed!r} matches {len(found)} merges; give the id")
    for merged in found:
        warn(printable(f"  {merged.name} ({merged.type or '?'})  {merged.id}  merged into "
                       f"{merged.kept}"))
    raise typer.Exit(2)


def split_command(
    first: Annotated[str, typer.Argument(help="Actor id, or a name that names it alone.")],
    second: Annotated[str, typer.Argument(help="Actor id or name.")],
    store: StoreOption = None,
) -> None:
    """Record that two actors are different; they are never suggested again.

    A merge between them is undone."""
    from ..graph.merges import split_actors

    undone = False
    with decided(store, save_store=lambda: undone) as (local, decisions):
        one, other = (_actor_or_merged(local, decisions, typed) for typed in (first, second))
        if one == other:
            fail(f"{first!r} and {second!r} are the same actor ({one})")
        shown = [_name(local, i) for i in (one, other)]
        undone = split_actors(local, decisions, one, other)
    note = "; their merge is undone" if undone else ""
    warn(f"recorded {shown[0]} and {shown[1]} as different{note}")


def _actor_or_merged(local: LocalStore, decisions: Decisions, typed: str) -> str:
    """An actor of the graph, or one merged away (split takes a merge back)."""
    from ..graph.lookup import find_actor
    from ..graph.merges import find_merged

    if find_actor(local.network(), typed).actor is None:
        merged = [m for m in find_merged(local, decisions, typed) if m.kept != typed.strip()]
        if len(merged) == 1:
            return merged[0].id
    return actor_or_exit(local.network(), typed, str(local.path))


def _name(local: LocalStore, actor_id: str) -> str:
    actor = local.actor(actor_id)
    if actor is None:
        return f"[{actor_id}]"
    return f"{printable(actor.name)} [{actor_id}]"


@contextmanager
def decided(store_path: Path | None, save_store: Callable[[], bool] = lambda: True
            ) -> Iterator[tuple[LocalStore, Decisions]]:
    """The store (locked, loaded) and its decisions, saved when the block ends without an
    exit: both files in one commit (figraph.graph.atomic's journal), so a kill at any moment
    leaves both old or both new, and the next command finishes a commit it finds. Only
    the decisions are written when `save_store()` says the graph did not change. Errors
    become one line and exit 2."""
    local = open_store(store_path)
    try:
        with local.locked(wait=5.0):
            local.load()
            decisions = Decisions.load(local.path)
            yield local, decisions
            if not save_store():
                decisions.save()
                return
            assert decisions.path is not None
            local.save(also={decisions.path: decisions.serialised()})
    except (StoreError, ValueError) as exc:
        fail(str(exc))
