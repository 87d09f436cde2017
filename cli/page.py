"""`figraph actor NAME`: one actor's page in the terminal, as JSON, or as an HTML view.

    figraph actor "Han Dong"
    figraph actor "Han Dong" --context          # each quote in its paragraph
    figraph actor "Han Dong" --html dong.html   # the actor's network, its page open
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from ..graph.safe_text import printable
from .common import StoreOption, actor_or_exit, fail, open_store, out, warn
from .evidence import hop_text, print_evidence, review_label
from .explore import ContextOption, ReviewedOption
from .query import print_json

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    app.command("actor")(actor_command)


def actor_command(
    name: Annotated[str, typer.Argument(help="The actor: a name, an alias or an id.")],
    context: ContextOption = False,
    reviewed: ReviewedOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for scripts.")] = False,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Also write the actor's network (one link away) as an HTML page, "
        "the actor's page open beside it.")] = None,
    store: StoreOption = None,
) -> None:
    """One actor's page: who they are, where they appear, every edge with its sources.

    Type, roles, other names, the documents that mention them, and every edge with
    its quotes, claimant, status, review and source, grouped by the other actor; then
    the claims the actor makes."""
    from ..views.actor_page import actor_page

    local = open_store(store)
    actor_id = actor_or_exit(local.network(), name, str(local.path))
    page = actor_page(local, actor_id, reviewed_only=reviewed)
    if as_json:
        print_json(page)
    else:
        _print_page(page, context)
    if html is not None:
        _write_html(local, actor_id, html, reviewed)


def _print_page(page: dict[str, Any], context: bool) -> None:
    from rich.text import Text

    head = Text(printable(page["name"]), style="bold")
    head.append(printable(f"  {', '.join([page['type'] or '?', *page['roles']])}  {page['id']}"),
                style="dim")
    out.print(head)
    if page["aliases"]:
        out.print(Text(printable("also named: " + "; ".join(page["aliases"]))))
    if page["description"]:
        out.print(Text(printable(page["description"])))
    out.print(Text(f"documents ({len(page['documents'])}):", style="bold"))
    for doc in page["documents"]:
        date = f" ({doc['date']})" if doc["date"] else ""
        count = f"{doc['mentions']} mention{'' if doc['mentions'] == 1 else 's'}"
        out.print(Text(printable(f"  {doc['title']}{date} · {count}  {doc['id']}")))
    edges = sum(len(group["edges"]) for group in page["links"])
    out.print(Text(f"links ({edges} with {len(page['links'])} actors):", style="bold"))
    for group in page["links"]:
        other = group["actor"]
        line = Text(f"  {printable(other['name'])}", style="bold")
        kind = ", ".join([other["type"] or "?", *other["roles"]])
        line.append(printable(f"  {kind} · {other['id']}"), style="dim")
        out.print(line)
        for entry in group["edges"]:
            _print_entry(entry, context)
    if page["claims"]:
        out.print(Text(f"claims it makes ({len(page['claims'])}):", style="bold"))
        for entry in page["claims"]:
            _print_entry(entry, context)


def _print_entry(entry: dict[str, Any], context: bool) -> None:
    from rich.text import Text

    line = Text("    ")
    line.append(hop_text(entry["source_name"], {"direction": "forward", "type": entry["type"]},
                         entry["target_name"]),
                style="magenta" if entry["allegation"] else "cyan")
    claim = f"; claimed by {entry['claimant_name']}" if entry["claimant_name"] else ""
    date = f"; {entry['date']}" if entry["date"] else ""
    line.append(printable(f"  [{entry['status']}{claim}{date}]"), style="yellow")
    note = f" ({entry['review_note']})" if entry["review_note"] else ""
    line.append(printable(f"  · {review_label(entry['review'])}{note}  {entry['id']}"),
                style="dim")
    out.print(line)
    print_evidence(entry["evidence"], context=context, indent=6, shown=None)


def _write_html(local: Any, actor_id: str, file: Path, reviewed: bool) -> None:
    from ..views import select_part, write_html

    part = select_part(local, actor_ids=[actor_id], hops=1, reviewed_only=reviewed)
    actor = local.actor(actor_id)
    name = actor.name if actor is not None else actor_id
    try:
        write_html(part, file, title=f"figraph: {name}", highlight=[actor_id], focus=actor_id)
    except OSError as exc:
        fail(f"{file}: cannot write the page ({exc.strerror or exc})")
    counts = part.counts()
    warn(f"wrote {file} ({counts['actors']} actors, {counts['edges']} links)")
