"""Entity-resolution commands: list suspected duplicates, record merge and split decisions."""

from __future__ import annotations

from typing import Annotated

import typer

from ..decisions import Decisions, suggest_duplicates
from ..store import StoreError
from .common import StoreOption, actor_or_exit, fail, open_store, say


def register(app: typer.Typer) -> None:
    app.command("duplicates")(duplicates_command)
    app.command("merge")(merge_command)
    app.command("split")(split_command)


def duplicates_command(
    store: StoreOption = None,
    threshold: Annotated[float, typer.Option(help="Name similarity, 0-100.")] = 75.0,
) -> None:
    """List suspected duplicate actors (never merged until you say so)."""
    local = open_store(store)
    decisions = Decisions.load(local.path)
    pairs = suggest_duplicates(local.actors(), decisions, threshold)
    if not pairs:
        say("no suspected duplicates")
        return
    for score, first, second in pairs:
        say(
            f"{score:5.1f}  {first.name} [{first.id}]  ~  "
            f"{second.name} [{second.id}]  ({first.type})",
        )
    say(
        f"{len(pairs)} pairs; record a decision with `figraph merge KEEP DROP` "
        "or `figraph split A B`",
    )


def merge_command(
    keep: Annotated[str, typer.Argument(help="The actor to keep: its id, or a name or alias "
                                        "that names it alone.")],
    drop: Annotated[str, typer.Argument(help="The actor merged into it (id or name).")],
    store: StoreOption = None,
) -> None:
    """Record that two actors are the same; every build applies it.

    A name that several actors share is refused with the candidates (exit 2):
    give the id."""
    kept, dropped = _decide(store, keep, drop, merge=True)
    say(f"merged {dropped} into {kept}")


def split_command(
    first: Annotated[str, typer.Argument(help="Actor id, or a name that names it alone.")],
    second: Annotated[str, typer.Argument(help="Actor id or name.")],
    store: StoreOption = None,
) -> None:
    """Record that two actors are different; they are never suggested again.

    Undoing a merge already applied takes effect when the documents are built
    again into a fresh store.
    """
    one, other = _decide(store, first, second, merge=False)
    say(f"recorded {one} and {other} as different")


def _decide(store_path, first: str, second: str, *, merge: bool) -> tuple[str, str]:
    """Both actors resolved (an ambiguous name exits 2), the decision recorded; the
    actors as `name [id]` for the message."""
    local = open_store(store_path)
    try:
        with local.locked(wait=5.0):
            local.load()
            if merge and Decisions.load(local.path).canonical(second) == first:
                return first, second  # already recorded and applied: nothing more to do
            one, other = (actor_or_exit(local.graph, typed, str(local.path))
                          for typed in (first, second))
            if one == other:
                fail(f"{first!r} and {second!r} are the same actor ({one})")
            shown = tuple(f"{local.graph.nodes[i].get('name', i)} [{i}]" for i in (one, other))
            decisions = Decisions.load(local.path)
            if merge:
                decisions.merge(one, other)
                local.apply_decisions(decisions)
                assert decisions.path is not None
                local.save(also={decisions.path: decisions.serialised()})  # one commit
            else:
                decisions.split(one, other)
                decisions.save()
    except (StoreError, ValueError) as exc:
        fail(str(exc))
    return shown[0], shown[1]


__all__ = ["register"]
