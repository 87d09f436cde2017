"""The `figraph` command: a thin typer layer over the library.

Each command module registers its commands on the one app; commands build a
library object, call it, and turn library errors into one clear line and an
exit status. Heavy imports (spaCy, neo4j, pyvis) happen inside commands so
`figraph --help` stays instant.
"""

from __future__ import annotations

from typing import Annotated

import typer

from . import build, catalog, explore, page, resolve, review, show, sync

app = typer.Typer(
    name="figraph",
    help="Who is connected to whom in foreign-interference affairs, how, and on what evidence.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"figraph {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True,
        help="Print figraph's version and exit.")] = False,
) -> None:
    """Who is connected to whom in foreign-interference affairs, how, and on what evidence.

    Data (tables, JSON, exports to stdout) goes to stdout, messages to stderr; a table
    on a terminal is tab-separated in a pipe, and --json gives the same rows to scripts.
    """


for module in (build, catalog, explore, page, show, review, resolve, sync):
    module.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
