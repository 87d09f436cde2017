"""What every command shares: the store option, consoles, and clean failures."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from ..local_store import LocalStore, default_store_path
from ..store import StoreError

__all__ = ["StoreOption", "out", "err", "fail", "open_store", "print_table", "trim",
           "is_terminal", "is_terminal_input"]

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
    err.print(f"figraph: {message}", markup=False)
    raise typer.Exit(code)


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


def trim(text: str, width: int) -> str:
    """One line of at most `width` characters, whitespace folded."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(columns: list[str], rows: list[list[str]], title: str = "") -> None:
    """A rich table on a terminal; tab-separated lines in a pipe (a folded table greps badly).

    Cells are plain Text, never markup: they hold names and quotes from documents."""
    if not out.is_terminal:
        typer.echo("\t".join(columns))
        for row in rows:
            typer.echo("\t".join(str(cell).replace("\t", " ") for cell in row))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title or None, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text(str(cell)) for cell in row))
    out.print(table)
