"""`figraph review`, `confirm`, `reject`, `retype`: a person checks edges, and it lasts.

    figraph review                      # what to check first, with ids
    figraph confirm e:3f2a9c41          # a unique prefix of the id is enough
    figraph reject e:77c0 --note "the quote says they did not meet"
    figraph retype e:91d2 SPOKE_WITH

Decisions go to the store's `decisions.json` beside merges, and every build applies
them (`figraph.graph.review`); the store is changed at once as well.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ..graph.safe_text import printable
from .common import StoreOption, fail, open_store, out, say, warn
from .evidence import hop_text, print_evidence, review_label
from .explore import ContextOption
from .query import print_json
from .resolve import decided

__all__ = ["register"]

EdgeArgument = Annotated[str, typer.Argument(
    help="The edge id (e:3f2a9c41d0b7e655), or the first digits of it (at least four).")]
NoteOption = Annotated[str, typer.Option("--note", help="Why, in your words (kept with "
                                         "the decision).")]


def register(app: typer.Typer) -> None:
    app.command("review")(review_command)
    app.command("confirm")(confirm_command)
    app.command("reject")(reject_command)
    app.command("retype")(retype_command)


def review_command(
    store: StoreOption = None,
    limit: Annotated[int, typer.Option(help="At most this many edges (0: all).")] = 20,
    every: Annotated[bool, typer.Option("--all", help="Also the edges already confirmed "
                                        "or retyped (last).")] = False,
    rejected: Annotated[bool, typer.Option("--rejected", help="List the rejected edges "
                                           "instead (confirm one to bring it back).")] = False,
    context: ContextOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for scripts.")] = False,
) -> None:
    """List edges to check, those most in need first.

    Re-proposed after a rejection first, then allegations, then weakly supported
    edges (one sentence, one document, hedged), least supported first. Record what
    you decide with `figraph confirm`, `figraph reject` or `figraph retype`."""
    from ..graph.edge_review import rejected_edges, review_queue

    local = open_store(store)
    names = local.actor_names()
    if rejected:
        _print_rejected(rejected_edges(local), names, as_json)
        return
    queue = review_queue(local, include_reviewed=every)
    shown = queue[:limit] if limit else queue
    if as_json:
        print_json({"total": len(queue), "edges": [item.to_dict(names) for item in shown]})
        return
    if not queue:
        warn("nothing to review" if local.network().number_of_edges() else "no edges in the store")
        return
    for item in shown:
        _print_item(item.to_dict(names), context)
    more = len(queue) - len(shown)
    warn(f"{len(queue)} edges to review" + (f"; {more} more: raise --limit" if more else "")
         + "; decide with `figraph confirm|reject|retype EDGE`")


def _print_item(item: dict[str, Any], context: bool) -> None:
    from rich.text import Text

    names = (item["source_name"] or item["source"], item["target_name"] or item["target"])
    line = Text(printable(item["id"]) + "  ", style="bold")
    line.append(hop_text(names[0], {"direction": "forward", "type": item["type"]}, names[1]))
    claim = f"; claimed by {item['claimant_name']}" if item["claimant_name"] else ""
    line.append(printable(f"  [{item['status']}{claim}] · {review_label(item['review'])}"),
                style="yellow")
    out.print(line)
    if item["reasons"]:
        out.print(Text(printable("   why: " + "; ".join(item["reasons"])), style="dim"))
    print_evidence(item["evidence"], context=context, indent=3)


def _print_rejected(edges: list[dict[str, Any]], names: dict[str, str], as_json: bool) -> None:
    if as_json:
        print_json({"edges": edges})
        return
    if not edges:
        warn("no rejected edges")
        return
    for edge in edges:
        ends = [names.get(edge[end], edge[end]) for end in ("source", "target")]
        link = hop_text(ends[0], {"direction": "forward", "type": edge["type"]}, ends[1])
        say(f"{printable(edge['id'])}  {link}")
        if edge.get("review_note"):
            say(f"   note: {printable(edge['review_note'])}")
        print_evidence(edge["evidence"], indent=3)


def confirm_command(edge: EdgeArgument, note: NoteOption = "", store: StoreOption = None) -> None:
    """Confirm an edge: you checked it against its sources.

    `--reviewed` (path, show, neo4j push) keeps it. A rejected edge is brought back,
    confirmed."""
    from ..graph.edge_review import confirm

    with decided(store) as (local, decisions):
        edge_id = _edge_or_exit(local, edge)
        _refused_or(lambda: confirm(local, decisions, edge_id, note))
    warn(f"confirmed {edge_id}")


def reject_command(edge: EdgeArgument, note: NoteOption = "", store: StoreOption = None) -> None:
    """Reject an edge: out of the graph, and no build brings it back.

    Its quotes are set aside, and no build brings them back, even from a new document
    repeating one; a new, different quote may propose it again (flagged)."""
    from ..graph.edge_review import reject

    with decided(store) as (local, decisions):
        edge_id = _edge_or_exit(local, edge)
        _refused_or(lambda: reject(local, decisions, edge_id, note))
    warn(f"rejected {edge_id}; undo with `figraph confirm {edge_id}`")


def retype_command(
    edge: EdgeArgument,
    new_type: Annotated[str, typer.Argument(metavar="TYPE", help="The relation type it should "
                                            "have (MET_WITH, SPOKE_WITH, ...).")],
    note: NoteOption = "",
    store: StoreOption = None,
) -> None:
    """Give an edge another relation type.

    Its quotes move to the edge of that type between the same actors (its id changes
    with its type: the new one is printed)."""
    from ..graph.edge_review import retype

    with decided(store) as (local, decisions):
        edge_id = _edge_or_exit(local, edge)
        new_id, _ = _refused_or(lambda: retype(local, decisions, edge_id, new_type, note))
    warn(f"retyped {edge_id} as {new_type.strip().upper()}: now {new_id}")


def _edge_or_exit(local: Any, typed: str) -> str:
    from ..graph.edge_review import EdgeNotFound, find_edge

    try:
        return find_edge(local, typed)
    except EdgeNotFound as exc:
        warn(f"figraph: {exc}")
        for candidate in exc.candidates[:10]:
            warn(f"  {candidate}")
        raise typer.Exit(2) from None


def _refused_or(action: Any) -> Any:
    from ..graph.edge_review import ReviewRefused

    try:
        return action()
    except ReviewRefused as exc:
        fail(str(exc))
