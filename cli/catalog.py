"""`figraph documents` and `figraph remove`: what the store was built from, and taking some out."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ..graph.safe_text import printable, safe_json
from ..graph.store import StoreError
from .common import StoreOption, fail, open_store, print_table, warn

__all__ = ["register", "document_or_exit"]


def register(app: typer.Typer) -> None:
    app.command("documents")(documents_command)
    app.command("remove")(remove_command)


def documents_command(
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for scripts.")] = False,
) -> None:
    """List the stored documents, with the actors and edges each one supports.

    Each row: id, title, date, kind, where it was read from, how many actors it
    mentions and edges it supports; newest first."""
    from ..graph.catalog import document_rows

    rows = document_rows(open_store(store))
    if as_json:
        typer.echo(safe_json(rows, indent=1))
        return
    if not rows:
        warn("no documents in the store: run `figraph build` first")
        return
    print_table(["id", "title", "date", "kind", "source", "actors", "edges"],
                [[r["id"], r["title"], r["date"], r["kind"], "; ".join(r["sources"]),
                  r["actors"], r["edges"]] for r in rows])


def remove_command(
    documents: Annotated[list[str], typer.Argument(
        help="Documents to remove: id (or its first digits), title, file path or URL.")],
    store: StoreOption = None,
) -> None:
    """Remove documents, with the edges and actors nothing else supports.

    Their evidence goes, and the edges and actors left without support; `figraph
    neo4j push` then removes them from Neo4j too. Every document is found first: if
    one is unknown or ambiguous, nothing is removed (exit 2)."""
    from ..graph.catalog import remove_documents

    local = open_store(store)
    try:
        with local.locked(wait=5.0):
            local.load()
            ids = [document_or_exit(local, typed) for typed in documents]
            removal = remove_documents(local, ids)
            local.save()
    except StoreError as exc:
        fail(str(exc))
    warn(printable(removal.summary()))
    warn("a build of the same file brings it back; Neo4j follows at the next "
         "`figraph neo4j push`")


def document_or_exit(local: Any, typed: str) -> str:
    """The one document `typed` names, or exit 2 with the candidates on stderr."""
    from ..graph.catalog import DocumentNotFound, find_document

    try:
        return find_document(local, typed)
    except DocumentNotFound as exc:
        warn(f"figraph: {exc}")
        for doc in exc.candidates[:10]:
            source = "; ".join(doc.get("sources") or []) or doc.get("path") or ""
            warn(printable(f"  {doc.get('title') or '(untitled)'}  {doc['id']}  {source}"))
        raise typer.Exit(2) from None
