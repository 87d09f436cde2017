"""Entity-resolution commands: list suspected duplicates, record merge and split decisions."""

from __future__ import annotations

from typing import Annotated

import typer

from ..decisions import Decisions, suggest_duplicates
from ..store import StoreError
from .common import StoreOption, fail, open_store, out


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
        out.print("no suspected duplicates", markup=False)
        return
    for score, first, second in pairs:
        out.print(
            f"{score:5.1f}  {first.name} [{first.id}]  ~  "
            f"{second.name} [{second.id}]  ({first.type})",
            markup=False,
        )
    out.print(
        f"{len(pairs)} pairs; record a decision with `figraph merge KEEP DROP` "
        "or `figraph split A B`",
        markup=False,
    )


def merge_command(
    keep: Annotated[str, typer.Argument(help="Id of the actor to keep.")],
    drop: Annotated[str, typer.Argument(help="Id of the actor merged into it.")],
    store: StoreOption = None,
) -> None:
    """Record that two actors are the same; every build applies it."""
    _decide(store, keep, drop, merge=True)
    out.print(f"merged {drop} into {keep}", markup=False)


def split_command(
    first: Annotated[str, typer.Argument(help="Actor id.")],
    second: Annotated[str, typer.Argument(help="Actor id.")],
    store: StoreOption = None,
) -> None:
    """Record that two actors are different; they are never suggested again.

    Undoing a merge already applied takes effect when the documents are built
    again into a fresh store.
    """
    _decide(store, first, second, merge=False)
    out.print(f"recorded {first} and {second} as different", markup=False)


def _decide(store_path, first: str, second: str, *, merge: bool) -> None:
    local = open_store(store_path)
    try:
        with local.locked(wait=5.0):
            local.load()
            for actor_id in (first, second):
                if local.actor(actor_id) is None:
                    fail(f"no actor with id {actor_id!r} (see `figraph actors --json`)")
            decisions = Decisions.load(local.path)
            if merge:
                decisions.merge(first, second)
                local.apply_decisions(decisions)
                local.save()
            else:
                decisions.split(first, second)
            decisions.save()
    except (StoreError, ValueError) as exc:
        fail(str(exc))


__all__ = ["register"]
