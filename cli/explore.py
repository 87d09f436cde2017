"""`figraph path` and `figraph neighbors`: how two actors connect, and on what evidence.

    figraph path "Han Dong" China
    1. Han Dong -[SPOKE_WITH]-> Senior Chinese diplomat (unnamed) -[WORKS_FOR]-> ...

Arrows show each fact's own direction even where the walk goes against it
(`A <-[WORKS_FOR]- B`); under each hop its evidence (quote, document, page)
and, for an allegation, who claims it and its status. All document text is
printed as plain text, never as rich markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from ..graph.model import NODE_TYPES, RELATION_TYPES
from ..graph.safe_text import printable
from .common import StoreOption, choices, completer, count, fail, out, warn
from .evidence import (
    EVIDENCE_SHOWN,
    QUOTE_WIDTH,
    hop_text,
    print_paths,
)
from .query import Backend, BackendName, BackendOption, open_backend, print_json, register_query

__all__ = ["register", "ReviewedOption", "ContextOption"]

ExcludeOption = Annotated[
    list[str] | None,
    typer.Option("--exclude", "-x", help="An actor no path may pass through (e.g. a hub); "
                 "repeatable."),
]
TypesOption = Annotated[str | None, typer.Option(
    "--types", help="Only these relation types, comma-separated (any case).",
    autocompletion=completer(RELATION_TYPES))]
ConfirmedOption = Annotated[
    bool, typer.Option("--confirmed", help="Skip allegation edges (claims are not links).")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON on stdout for scripts.")]
ReviewedOption = Annotated[bool, typer.Option(
    "--reviewed", help="Only edges a person confirmed (or retyped): `figraph review`.")]
ContextOption = Annotated[bool, typer.Option(
    "--context", help="Show each quote in its paragraph (and page).")]
FullOption = Annotated[bool, typer.Option(
    "--full", help=f"Whole quotes, every one (else {EVIDENCE_SHOWN} per link, cut at "
    f"{QUOTE_WIDTH} characters).")]


def register(app: typer.Typer) -> None:
    app.command("path")(path_command)
    app.command("neighbors")(neighbors_command)
    register_query(app)


def path_command(
    a: Annotated[str, typer.Argument(help="First actor: a name, an alias or an id.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    max_hops: Annotated[int | None, typer.Option(
        "--max-hops", min=1, help="List all simple paths up to N hops (default: all shortest).",
        show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most paths shown.")] = 10,
    confirmed: ConfirmedOption = False,
    types: TypesOption = None,
    exclude: ExcludeOption = None,
    through: Annotated[str | None, typer.Option(
        "--through", help="Actor types a path may pass through, comma-separated (any case).",
        autocompletion=completer(NODE_TYPES))] = None,
    reviewed: ReviewedOption = False,
    context: ContextOption = False,
    json_out: JsonOption = False,
    full: FullOption = False,
    html: Annotated[Path | None, typer.Option("--html", help="Also write the paths as an "
                                              "HTML page.")] = None,
    store: StoreOption = None,
    backend: BackendOption = BackendName.local,
) -> None:
    """How A is connected to B: the shortest paths, or all paths up to --max-hops.

    Exit status: 0 when a path is found, 1 when none is, 2 for an unknown or
    ambiguous name or other bad input.
    """
    from ..queries.runner import MAX_HOPS

    through, types = _known_types(through, types)
    with open_backend(backend, store) as target:
        source, goal = target.resolve(a), target.resolve(b)
        if source == goal:
            fail(f"{a!r} and {b!r} are the same actor")
        filters = {"confirmed_only": confirmed, "edge_types": types, "node_types": through,
                   "exclude": [target.resolve(x) for x in exclude or []],
                   "reviewed_only": reviewed}
        query = "shortest_path" if max_hops is None else "all_paths"
        hops = MAX_HOPS if max_hops is None else max_hops
        result = target.run(query, source=source, target=goal, max_hops=hops, limit=limit,
                            **filters)
    if json_out:
        print_json({"query": query, "max_hops": hops, **_path_json(result)})
    elif result.paths:
        print_paths(result, context=context, full=full)
    if not result.paths:
        ends = [target.name_of(n) for n in (source, goal)]
        only = " over reviewed edges" if reviewed else ""
        warn(f"figraph: no path between {ends[0]} and {ends[1]} within {hops} hops{only}")
        raise typer.Exit(1)
    if html is not None:
        _write_html(result, html, target, title=f"{a} - {b}")


def _known_types(through: str | None, types: str | None) -> tuple[str | None, str | None]:
    """--through and --types as the vocabulary spells them, whatever the case typed
    (`person`, `met_with`); a typo exits 2 naming the choices, never filters all out."""
    actors = choices([through] if through else None, NODE_TYPES, "actor type")
    links = choices([types] if types else None, RELATION_TYPES, "relation type")
    return ",".join(actors) or None, ",".join(links) or None


# -- JSON and HTML ---------------------------------------------------------------------


def _path_json(result: Any) -> dict[str, Any]:
    """The result, plus its actors and facts listed once each (nodes, edges, evidence)."""
    nodes: dict[str, Any] = {}
    edges: dict[str, Any] = {}
    for path in result.paths:
        nodes.update((n["id"], n) for n in path.nodes)
        for hop in path.hops:
            edges[hop["id"]] = {k: v for k, v in hop.items() if k not in ("direction", "others")}
    return {**result.to_dict(), "nodes": list(nodes.values()), "edges": list(edges.values())}


def _write_html(result: Any, file: Path, backend: Backend, title: str) -> None:
    """The paths' part of the graph (a View the result gives) as an HTML page."""
    try:
        from ..views.html import write_html
    except ImportError:
        fail("the HTML view is not available in this installation")
    part = result.part(backend.documents)
    highlight = [*(a.id for a in part.actors()), *(e.id for e in part.edges())]
    try:
        write_html(part, file, title=title, highlight=highlight)
    except OSError as exc:
        fail(f"{file}: cannot write the page ({exc.strerror or exc})")
    warn(f"wrote {file}")


# -- neighbors ---------------------------------------------------------------------------


def neighbors_command(
    a: Annotated[str, typer.Argument(help="The actor: a name, an alias or an id.")],
    hops: Annotated[int, typer.Option("--hops", min=1, max=3, help="How far out.")] = 1,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most links shown.")] = 500,
    confirmed: ConfirmedOption = False,
    types: TypesOption = None,
    exclude: ExcludeOption = None,
    json_out: JsonOption = False,
    store: StoreOption = None,
    backend: BackendOption = BackendName.local,
) -> None:
    """The actors around A (up to --hops away) and the facts that link them.

    Exit status: 0 when A has neighbours, 1 when it has none, 2 for bad input.
    """
    _, types = _known_types(None, types)
    with open_backend(backend, store) as target:
        centre = target.resolve(a)
        excluded = [target.resolve(x) for x in exclude or []]
        result = target.run("ego_network", actor=centre, hops=hops, limit=limit,
                            confirmed_only=confirmed, edge_types=types, exclude=excluded)
        centre_name = target.name_of(centre)
    if json_out:
        print_json({"actor": centre, "name": centre_name, "hops": hops, **result.to_dict()})
    else:
        _print_neighbours(centre_name, result.records(), hops)
        if result.truncated:
            warn("(more links than shown: raise --limit)")
    raise typer.Exit(0 if result.rows else 1)


def _print_neighbours(centre: str, rows: list[dict[str, Any]], hops: int) -> None:
    from rich.text import Text

    actors = list(dict.fromkeys(r["id"] for r in rows))
    out.print(Text(f"{printable(centre)}: {count(len(actors), 'actor')} "
                   f"within {count(hops, 'hop')}",
                   style="bold"))
    current = None
    for row in rows:
        if row["id"] != current:
            current = row["id"]
            line = Text(f"  {printable(row['name'])}", style="bold")
            line.append(f"  {printable(row['type'])} · {count(row['distance'], 'hop')}",
                        style="dim")
            out.print(line)
        hop = {"type": row["edge_type"],
               "direction": "forward" if row["source"] == row["via"] else "backward"}
        text = Text("      " + hop_text(row["via_name"], hop, row["name"]), style="cyan")
        suffix = f"  ({row['evidence_count']} evidence"
        claimant = printable(row["claimant_name"] or "")
        suffix += printable(f"; {row['status']} by {claimant})") if claimant else ")"
        text.append(suffix, style="dim")
        out.print(text)
