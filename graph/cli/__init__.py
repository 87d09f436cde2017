"""The `figraph` command: a thin typer layer over the library.

Each command module registers its commands on the one app; commands build a
library object, call it, and turn library errors into one clear line and an
exit status. Heavy imports (spaCy, neo4j, pyvis) happen inside commands so
`figraph --help` stays instant.
"""

from __future__ import annotations

import typer

from . import build, catalog, explore, page, resolve, review, show, sync

app = typer.Typer(
    name="figraph",
    help="Who is connected to whom in foreign-interference affairs, how, and on what evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (build, catalog, explore, page, show, review, resolve, sync):
    module.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
