"""What every command shares: the store option, consoles, and clean failures."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from ..local_store import LocalStore, default_store_path
from ..store import StoreError

__all__ = ["StoreOption", "out", "err", "fail", "open_store"]

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
