"""`figraph neo4j ...`: push the embedded store to a Neo4j server."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated

import typer

from ..graph.store import StoreError
from .common import StoreOption, fail, is_terminal_input, open_store, warn

neo4j_app = typer.Typer(help="Sync with a Neo4j server (settings from NEO4J_URI, NEO4J_USERNAME, "
                             "NEO4J_PASSWORD, NEO4J_DATABASE or flags).", no_args_is_help=True)

UriOption = Annotated[str | None, typer.Option("--uri", help="Bolt URI (default $NEO4J_URI).")]
UserOption = Annotated[str | None, typer.Option("--user", help="User (default $NEO4J_USERNAME).")]
DatabaseOption = Annotated[str | None,
                           typer.Option("--database", help="Database (default $NEO4J_DATABASE).")]
WipeOption = Annotated[bool, typer.Option(
    "--wipe", help="Delete everything in the database first (asks first; --yes to skip).")]
YesOption = Annotated[bool, typer.Option(
    "--yes", "-y", help="Answer yes to --wipe's question (needed when not on a terminal).")]
FullOption = Annotated[bool, typer.Option(
    "--full", help="Re-send every actor, edge and document, not only what differs.")]


def register(app: typer.Typer) -> None:
    app.add_typer(neo4j_app, name="neo4j")


def connect(uri: str | None = None, user: str | None = None, database: str | None = None):
    """A connected Neo4jStore, or one line naming the server and the problem."""
    from ..graph.neo4j_store import Neo4jSettings, Neo4jStore

    settings = Neo4jSettings.from_env(uri=uri, user=user, database=database)
    try:
        return Neo4jStore.connect(settings)
    except StoreError as exc:
        fail(str(exc), 1)


@neo4j_app.command("push")
def push_command(
    store: StoreOption = None,
    wipe: WipeOption = False,
    yes: YesOption = False,
    full: FullOption = False,
    reviewed: Annotated[bool, typer.Option(
        "--reviewed", help="Send only the edges a person confirmed (or retyped); edges "
        "an earlier push sent and not reviewed are deleted from Neo4j.")] = False,
    uri: UriOption = None,
    user: UserOption = None,
    database: DatabaseOption = None,
) -> None:
    """Make Neo4j hold the store: what differs is sent, what the store no longer has
    (merged-away actors, removed or re-read documents) is deleted; afterwards Neo4j
    equals a push into an empty database. Constraints first, batched idempotent writes.

    Rejected edges are not in the store's graph, so a push deletes them too."""
    from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

    from ..graph.sync import check_pushable, push

    local = open_store(store)
    try:
        check_pushable(local)
    except (ValueError, TypeError) as exc:
        fail(str(exc), 1)
    neo = connect(uri, user, database)
    if wipe and not yes:
        _confirm_wipe(neo)
    try:
        report = push(local, neo, wipe=wipe, full=full, reviewed_only=reviewed)
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        fail(f"{neo.database}: the server went away during the push ({type(exc).__name__}); "
             "push again to complete it", 1)
    except Neo4jError as exc:
        fail(f"{neo.database}: {exc.code}: {exc.message}", 1)
    except StoreError as exc:
        fail(str(exc))
    finally:
        neo.close()
    warn(report.summary())


def _confirm_wipe(neo) -> None:
    """--wipe deletes a whole database, perhaps not only figraph's: ask on a terminal,
    refuse elsewhere unless --yes says it was meant."""
    where = f"database {neo.database!r}"
    if not is_terminal_input():
        neo.close()
        fail(f"--wipe deletes everything in {where}: add --yes to confirm (no terminal to ask)")
    if not typer.confirm(f"Delete every node and relationship in {where} first?", default=False,
                         err=True):
        neo.close()
        fail("nothing pushed (--wipe not confirmed)", 1)


@neo4j_app.command("import-files")
def import_files_command(
    folder: Annotated[Path, typer.Argument(help="Folder for the CSV files and manifest.")],
    store: StoreOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1,
                                      help="Processes writing the edge files.")] = 1,
) -> None:
    """Write the store as neo4j-admin import files: a first load of a big store, offline.

    About 3x a push for a first load (BENCHMARKS.md); the import replaces the whole
    database (see docs/neo4j-server.md, "First load of a big store").
    """
    from ..graph.neo4j_bulk import write_import_files

    local = open_store(store)
    try:
        report = write_import_files(local, folder, jobs=jobs)
    except OSError as exc:
        fail(f"{folder}: cannot write ({exc.strerror or exc})")
    except ValueError as exc:
        fail(str(exc))
    warn(report.summary())
    shown = shlex.quote(str(folder))
    store_flag = f" --store {shlex.quote(str(store))}" if store else ""
    warn("Next, for the project's server (scripts/neo4j; the import replaces database "
              "neo4j):\n"
              "  scripts/neo4j stop\n"
              f"  scripts/neo4j import {shown}\n"
              "  scripts/neo4j start\n"
              f"  figraph neo4j push{store_flag}   # creates the constraints and indexes; "
              "sends nothing new")


@neo4j_app.command("browser")
def browser_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write into.")] = Path(
        "neo4j-browser"),
    store: StoreOption = None,
    serve: Annotated[bool, typer.Option("--serve", help="Then serve the folder on localhost "
                                        "for :play and :style, until Ctrl-C.")] = False,
    port: Annotated[int, typer.Option("--port", help="Port on localhost for --serve.")] = 8474,
) -> None:
    """Write a Neo4j Browser style (figraph.grass) and a guide of the named queries.

    The guide's :param lines are filled with actors of the store, so each query
    returns rows on the pushed graph.
    """
    from ..views.browser import GRASS_FILE, GUIDE_FILE, serve_directory, write_browser_files

    base = f"http://localhost:{port}"
    local = open_store(store)
    try:
        paths = write_browser_files(output, local.network(), style_url=f"{base}/{GRASS_FILE}")
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror or exc})")
    warn(f"wrote {paths[GRASS_FILE]} and {paths[GUIDE_FILE]}")
    warn("In Neo4j Browser (http://localhost:7474/browser/), after `figraph neo4j push`:\n"
              f"  style: drag {paths[GRASS_FILE]} onto the Browser window, "
              f"or run  :style {base}/{GRASS_FILE}  while serving\n"
              f"  guide: run  :play {base}/{GUIDE_FILE}  while serving "
              f"(figraph neo4j browser --serve{'' if port == 8474 else f' --port {port}'})")
    if serve:
        _serve(output, port, serve_directory)


def _serve(folder: Path, port: int, serve_directory) -> None:
    """Serve until Ctrl-C; Browser fetches from `localhost`, in its default allowlist."""
    try:
        server = serve_directory(folder, port)
    except OSError as exc:
        fail(f"localhost:{port}: cannot serve ({exc.strerror or exc}); try --port", 1)
    warn(f"serving {folder} on http://localhost:{port} (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
