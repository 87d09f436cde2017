"""`figraph neo4j ...`: push the embedded store to a Neo4j server."""

from __future__ import annotations

from typing import Annotated

import typer

from ..store import StoreError
from .common import StoreOption, fail, open_store, out

neo4j_app = typer.Typer(help="Sync with a Neo4j server (settings from NEO4J_URI, NEO4J_USERNAME, "
                             "NEO4J_PASSWORD, NEO4J_DATABASE or flags).", no_args_is_help=True)

UriOption = Annotated[str | None, typer.Option("--uri", help="Bolt URI (default $NEO4J_URI).")]
UserOption = Annotated[str | None, typer.Option("--user", help="User (default $NEO4J_USERNAME).")]
DatabaseOption = Annotated[str | None, typer.Option("--database", help="Database (default $NEO4J_DATABASE).")]


def register(app: typer.Typer) -> None:
    app.add_typer(neo4j_app, name="neo4j")


def connect(uri: str | None = None, user: str | None = None, database: str | None = None):
    """A connected Neo4jStore, or one line naming the server and the problem."""
    from ..neo4j_store import Neo4jSettings, Neo4jStore

    settings = Neo4jSettings.from_env(uri=uri, user=user, database=database)
    try:
        return Neo4jStore.connect(settings)
    except StoreError as exc:
        fail(str(exc), 1)


@neo4j_app.command("push")
def push_command(
    store: StoreOption = None,
    wipe: Annotated[bool, typer.Option("--wipe", help="Delete everything in the database first.")] = False,
    full: Annotated[bool, typer.Option("--full", help="Re-send every document, not only new ones.")] = False,
    uri: UriOption = None,
    user: UserOption = None,
    database: DatabaseOption = None,
) -> None:
    """Write the store to Neo4j: constraints first, then batched idempotent upserts."""
    from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

    from ..sync import push

    local = open_store(store)
    neo = connect(uri, user, database)
    try:
        report = push(local, neo, wipe=wipe, full=full)
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        fail(f"{neo.database}: the server went away during the push ({type(exc).__name__}); "
             "push again to complete it", 1)
    except Neo4jError as exc:
        fail(f"{neo.database}: {exc.code}: {exc.message}", 1)
    finally:
        neo.close()
    out.print(report.summary(), markup=False)
