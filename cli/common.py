"""What every command shares: the store option, consoles, and clean failures."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from ..graph.local_store import LocalStore, default_store_path
from ..graph.safe_text import printable, printable_lines, redact
from ..graph.store import StoreError

__all__ = ["StoreOption", "out", "err", "fail", "warn", "say", "open_store", "print_table",
           "trim", "count", "is_terminal", "is_terminal_input", "actor_or_exit", "choice",
           "choices", "completer"]

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store", help="Store folder (default: $FIGRAPH_STORE or ./.figraph).", show_default=False
    ),
]


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr, then exit with `code`."""
    warn(f"figraph: {message}")
    raise typer.Exit(code)


def warn(message: str) -> None:
    """A message on stderr: plain text, controls escaped, no secret (see `say`)."""
    say(message, err)


def say(message: str, console: Console = out) -> None:
    """Print a message that may quote names, titles or paths from documents.

    Never rich markup, every control or bidirectional character escaped (our own
    line breaks kept), and the Neo4j password, should any message quote it, masked.
    """
    console.print(redact(printable_lines(message)), markup=False)


def actor_or_exit(graph: Any, typed: str, where: str = "") -> str:
    """The one actor `typed` names (a name, an alias or an id), or exit 2 with the
    candidates on stderr: an ambiguous or unknown name is never silently resolved."""
    from ..graph.lookup import find_actor

    result = find_actor(graph, typed)
    if result.actor is not None:
        return result.actor
    warn(f"figraph: {result.message()}")
    if result.candidates:
        warn("did you mean (give the name in full, or the id):")
        for candidate in result.candidates:
            roles = graph.nodes[candidate.id].get("roles") or []
            kind = ", ".join([candidate.type or "?", *roles])
            warn(printable(f"  {candidate.name} ({kind})  {candidate.id}"))  # one line each
    elif graph.number_of_nodes() == 0 and where:
        warn(f"the store at {where} is empty: run `figraph build` first")
    raise typer.Exit(2)


def choice(value: str, known: Iterable[str], what: str) -> str:
    """`value` as the vocabulary spells it, whatever its case (`person` -> `Person`,
    `met_with` -> `MET_WITH`); exit 2 naming the choices for anything else."""
    by_key = {k.lower(): k for k in known}
    found = by_key.get(value.strip().lower())
    if found is None:
        fail(f"unknown {what} {value!r} (choose from {', '.join(by_key.values())})")
    return found


def completer(known: Iterable[str]) -> Any:
    """Shell completion of a choice (any case; after the last comma of a list)."""
    vocabulary = list(known)

    def complete(incomplete: str) -> list[str]:
        done, _, last = incomplete.rpartition(",")
        head = f"{done}," if done else ""
        return [head + k for k in vocabulary if k.lower().startswith(last.lower())]
    return complete


def choices(values: Iterable[str] | None, known: Iterable[str], what: str) -> list[str]:
    """`choice` for each value (a comma-separated option gives several)."""
    vocabulary = list(known)
    return [choice(v, vocabulary, what) for item in values or () for v in str(item).split(",")
            if v.strip()]


def open_store(path: Path | None) -> LocalStore:
    """Open the store or fail with one line naming it."""
    try:
        return LocalStore.open(path or default_store_path())
    except StoreError as exc:
        fail(str(exc))


def is_terminal() -> bool:
    return sys.stderr.isatty()


def is_terminal_input() -> bool:
    """Someone can answer a question: stdin and stderr are a terminal."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def count(number: int, noun: str) -> str:
    """`1 hop`, `2 hops`."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def trim(text: str, width: int) -> str:
    """One printable line of at most `width` characters, whitespace folded."""
    text = printable(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(columns: list[str], rows: Sequence[Sequence[Any]], title: str = "") -> None:
    """A rich table on a terminal; tab-separated lines in a pipe (a folded table greps badly).

    Cells are plain Text, never markup, with controls escaped: they hold names and quotes
    from documents, and a tab or newline in one would shift columns or split a row."""
    if not out.is_terminal:
        typer.echo("\t".join(columns))
        for row in rows:
            typer.echo("\t".join(printable(cell) for cell in row))
        return
    from rich import box
    from rich.table import Table
    from rich.text import Text

    shown = [[printable(cell) for cell in row] for row in rows]
    table = Table(title=title or None, title_justify="left", box=box.SIMPLE_HEAD)
    for k, column in enumerate(columns):
        short = all(len(row[k]) <= 14 for row in shown) and len(column) <= 14
        table.add_column(column, overflow="fold", no_wrap=short)  # codes and dates whole
    for row in shown:
        table.add_row(*(Text(cell) for cell in row))
    out.print(table)
