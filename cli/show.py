"""`figraph show`: the store (or a part of it) as one interactive, offline HTML page.

    figraph show -o affair.html
    figraph show --actor "Han Dong" --hops 2 -o dong.html
    figraph show --document doc:3dfcbae0bf205fb3 --status alleged --since 2019

Filters narrow the graph before drawing (`figraph.views.select_subgraph`); the
page itself is `figraph.views.render_html`. Actor names go through
`figraph.graph.lookup.find_actor`, so an ambiguous or unknown name stops with one line
and the candidates instead of a guess.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .catalog import document_or_exit
from .common import StoreOption, fail, open_store, warn

if TYPE_CHECKING:
    from ..graph.store import View

__all__ = ["register", "show_command"]

LARGE_VIEW = 5000
"""Actors above which the page is slow to draw; the command suggests a filter."""

ListOption = list[str] | None


def register(app: typer.Typer) -> None:
    app.command("show")(show_command)


def show_command(
    store: StoreOption = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "figraph.html"
    ),
    actor: Annotated[
        ListOption,
        typer.Option(
            "--actor", help="Centre the view on this actor (name, alias or id); repeatable."
        ),
    ] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="Links away from --actor.")] = 1,
    document: Annotated[
        ListOption,
        typer.Option(
            "--document", help="Only what this document says (id, title, file or URL); "
            "repeatable."
        ),
    ] = None,
    node_type: Annotated[
        ListOption,
        typer.Option("--type", help="Only actors of this type (Person, State, ...); repeatable."),
    ] = None,
    edge_type: Annotated[
        ListOption,
        typer.Option("--edge-type", help="Only links of this type (MET_WITH, ...); repeatable."),
    ] = None,
    status: Annotated[
        ListOption,
        typer.Option(
            "--status", help="Only links with this status (alleged, denied, ...); repeatable."
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Only links dated on or after this date (2019, 2019-05, "
                     "2019-05-01, May 2019); a link dated 2019 is kept by --since 2019-06."),
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only links dated on or before this date.")
    ] = None,
    reviewed: Annotated[bool, typer.Option(
        "--reviewed", help="Only edges a person confirmed (or retyped): `figraph review`.")
    ] = False,
    title: Annotated[str | None, typer.Option("--title", help="Page title.")] = None,
) -> None:
    """Write an interactive network page: click a link for its evidence.

    Each quote is shown in its paragraph, with the link's review state; clicking an
    actor opens its page (as `figraph actor`)."""
    from ..views import select_part, write_html

    bounds = {"date_from": _date_bound(since, "--since"), "date_to": _date_bound(until, "--until")}
    opened = open_store(store)
    centres = [_resolve_actor(opened.network(), name) for name in actor or ()]
    filters: dict[str, Any] = {
        "actor_ids": centres or None,
        "hops": hops,
        "documents": [document_or_exit(opened, d) for d in document] if document else None,
        "node_types": _vocabulary(node_type, "NODE_TYPES", "actor type"),
        "edge_types": _vocabulary(edge_type, "RELATION_TYPES", "link type"),
        "statuses": _vocabulary(status, "STATUSES", "status"),
        "reviewed_only": reviewed,
        **bounds,
    }
    part = select_part(opened, **filters)
    counts = part.counts()
    if counts["actors"] == 0:
        fail("nothing in the store matches these filters", code=1)
    if counts["actors"] > LARGE_VIEW:
        warn(
            f"note: {counts['actors']} actors make a slow page; narrow it with "
            "--actor/--hops, --document or --type",
        )
    described = _described(opened, centres, hops, filters, since, until)
    page_title = title or _default_title(counts["actors"], described)
    try:
        write_html(part, output, title=page_title, highlight=centres, filters=described,
                   focus=centres[0] if len(centres) == 1 else None)  # its page open
    except OSError as exc:
        fail(f"{output}: cannot write the page ({exc.strerror or exc})")
    warn(f"wrote {output} ({counts['actors']} actors, {counts['edges']} links)")


def _resolve_actor(graph: Any, name: str) -> str:
    """One actor id for what the user typed, or exit 2 listing the candidates."""
    from .common import actor_or_exit

    return actor_or_exit(graph, name)


def _date_bound(text: str | None, option: str) -> Any:
    """The bound as a real date, or exit 2 naming the value (never a silent empty page)."""
    if text is None:
        return None
    from ..graph.dates import parse_bound

    try:
        return parse_bound(text)
    except ValueError as exc:
        fail(f"{option}: {exc}")


def _vocabulary(values: ListOption, table: str, what: str) -> list[str] | None:
    """Check values against the model's closed vocabulary; a typo fails, never filters all."""
    if not values:
        return None
    from ..graph import model

    known = getattr(model, table)
    by_key = {k.lower(): k for k in known}
    out = []
    for value in values:
        key = value.strip().lower()
        if key not in by_key:
            fail(f"unknown {what} {value!r}; one of: {', '.join(known)}")
        out.append(by_key[key])
    return out


def _described(view: View, centres: list[str], hops: int, filters: dict[str, Any],
               since: str | None, until: str | None) -> list[str]:
    """The filters in words, names and titles rather than ids (see `describe_filters`)."""
    from ..views import describe_filters

    actors = [view.actor(c) for c in centres]
    documents = [view.document(d) or {} for d in filters["documents"] or ()]
    return describe_filters(
        actor_names=[(a.name if a is not None else "") or c for a, c in zip(actors, centres,
                                                                               strict=True)],
        hops=hops,
        document_titles=[str(doc.get("title") or d)
                         for doc, d in zip(documents, filters["documents"] or (), strict=True)],
        node_types=filters["node_types"], edge_types=filters["edge_types"],
        statuses=filters["statuses"], since=since, until=until,
        reviewed_only=filters["reviewed_only"])


def _default_title(actors: int, described: list[str]) -> str:
    """`figraph: around Han Dong (1 hop) · status: alleged`, or `figraph: 202 actors`."""
    if described:
        return "figraph: " + " · ".join(described)
    return f"figraph: {actors} actors"
