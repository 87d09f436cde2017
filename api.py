"""figraph from Python and notebooks: open a store, pick a part of it by names, look at it.

    >>> import figraph
    >>> store = figraph.open_store("affair/.figraph")            # doctest: +SKIP
    >>> part = figraph.select(store, actors=["Han Dong"], hops=2)  # doctest: +SKIP
    >>> figraph.show(part)                                       # doctest: +SKIP

`open_store` returns the store loaded (a `LocalStore` made with its constructor is an
empty store to build into). `select` takes what a person types, as the command line
does: actor names or aliases in any case, relation and actor types in any case, dates
as `2019`, `2019-05` or `May 2019`; a name that is unknown or names several actors
raises `LookupError` listing the candidates, never a guess. `show` returns a view that
a notebook draws inline (vis-network is sent with the first view only) and that
`.save(path)` writes as the standalone page. The graph itself is a networkx
`MultiDiGraph`: `store.graph`, or what `select` returns, works with any networkx
function.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from .graph.local_store import LocalStore
    from .views.notebook import NotebookView

__all__ = ["build", "open_store", "find_actor_id", "select", "show", "reset_assets"]

DOCUMENTS_KEY = "figraph_documents"
"""Where `select` keeps the documents the part cites (`graph.graph[...]`), for `show`."""
FILTERS_KEY = "figraph_filters"


def build(paths: Iterable[str | Path], store: str | Path | None = None, *,
          gazetteers: Iterable[str | Path] = (), wait: float = 30.0) -> Any:
    """Read, extract and merge files and folders into the store at `store` (created if
    need be), as `figraph build` does; returns the report (`.summary()`, `.failed`)."""
    from .graph.local_store import LocalStore, default_store_path
    from .loaders.pipeline import build as run_build

    local = LocalStore(Path(store) if store is not None else default_store_path())
    with local.locked(wait=wait):
        local.load()
        return run_build([Path(p) for p in paths], local,
                         gazetteers=[Path(g) for g in gazetteers])


def open_store(path: str | Path | None = None) -> LocalStore:
    """The store at `path` (default: $FIGRAPH_STORE, else ./.figraph), loaded; StoreError
    when there is none (a mistyped path must not look like an empty store) or it cannot
    be read."""
    from .graph.local_store import LocalStore, StoreError, default_store_path

    store = LocalStore(Path(path) if path is not None else default_store_path())
    if not store.exists():
        raise StoreError(f"{store.path}: no figraph store here (figraph build, or "
                         "figraph.build, makes one)")
    store.load()
    return store


def find_actor_id(graph: nx.MultiDiGraph, name: str) -> str:
    """The id of the one actor `name` names (a name, an alias or an id, in any case)."""
    from .graph.lookup import find_actor

    found = find_actor(graph, name)
    if found.actor is not None:
        return str(found.actor)
    candidates = "; ".join(f"{c.name} ({c.type}, {c.id})" for c in found.candidates)
    raise LookupError(found.message() + (f"; candidates: {candidates}" if candidates else ""))


def select(
    source: LocalStore | nx.MultiDiGraph,
    *,
    actors: Iterable[str] = (),
    hops: int = 1,
    documents: Iterable[str] = (),
    types: Iterable[str] | None = None,
    links: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    reviewed: bool = False,
) -> nx.MultiDiGraph:
    """The part of the store (or graph) the filters keep, as a new graph.

    `actors` and `hops`: who is at most that many links from these actors; `documents`:
    only what these documents (ids or exact titles) say; `types`: actor types kept
    (`person`, `State`); `links`: relation types (`met_with`); `statuses`: claim
    statuses (`alleged`, `denied`); `since`/`until`: dates; `reviewed`: only links a
    person confirmed or retyped (`figraph review`). See `select_subgraph`.
    """
    from .views import describe_filters, select_subgraph

    graph, known = _graph_and_documents(source)
    centres = [find_actor_id(graph, name) for name in actors]
    doc_ids = [_document_id(known, d) for d in documents]
    node_types = _vocabulary(types, "NODE_TYPES", "actor type")
    edge_types = _vocabulary(links, "RELATION_TYPES", "relation type")
    chosen_statuses = _vocabulary(statuses, "STATUSES", "status")
    part = select_subgraph(graph, actor_ids=centres or None, hops=hops,
                           documents=doc_ids or None, node_types=node_types,
                           edge_types=edge_types, statuses=chosen_statuses, date_from=since,
                           date_to=until, reviewed_only=reviewed)
    cited = {e.get("document") for _, _, d in part.edges(data=True) for e in d.get("evidence")
             or ()} | {d for _, a in part.nodes(data=True) for d in a.get("mentions") or {}}
    part.graph[DOCUMENTS_KEY] = {k: v for k, v in known.items() if k in cited}
    part.graph[FILTERS_KEY] = describe_filters(
        actor_names=[str(graph.nodes[c].get("name") or c) for c in centres], hops=hops,
        document_titles=[str(known[d].get("title") or d) for d in doc_ids],
        node_types=node_types, edge_types=edge_types, statuses=chosen_statuses, since=since,
        until=until, reviewed_only=reviewed)
    return part


def show(graph: nx.MultiDiGraph | LocalStore, *, title: str | None = None,
         height: int = 640, highlight: Iterable[str] = ()) -> NotebookView:
    """A view of `graph` (or of a whole store) that a notebook draws inline."""
    from .views.notebook import NotebookView

    part, known = _graph_and_documents(graph)
    filters = list(part.graph.get(FILTERS_KEY) or ())
    default = "figraph: " + (" · ".join(filters) if filters
                             else f"{part.number_of_nodes()} actors")
    return NotebookView(part, title=title or default, documents=known,
                        highlight=[find_actor_id(part, h) for h in highlight],
                        filters=filters, height=height)


def reset_assets() -> None:
    """Make the next view send vis-network again: for a page reloaded after its outputs
    were cleared while the kernel kept running (the view that brought it is gone)."""
    from .views.notebook import reset_assets as reset

    reset()


def _graph_and_documents(source: Any) -> tuple[nx.MultiDiGraph, dict[str, dict]]:
    """The graph, and its documents by id, from a store or from a graph `select` made."""
    if hasattr(source, "documents") and hasattr(source, "graph"):
        return source.graph, {d["id"]: d for d in source.documents()}
    return source, dict(source.graph.get(DOCUMENTS_KEY) or {})


def _document_id(known: dict[str, dict], wanted: str) -> str:
    if wanted in known:
        return wanted
    titled = [doc_id for doc_id, d in known.items() if d.get("title") == wanted]
    if len(titled) == 1:
        return titled[0]
    if titled:
        raise LookupError(f"{len(titled)} documents are titled {wanted!r}: give the id "
                          f"({', '.join(titled)})")
    raise LookupError(f"no document with id or title {wanted!r}")


def _vocabulary(values: Iterable[str] | None, table: str, what: str) -> list[str] | None:
    """Values as the model spells them, whatever their case; ValueError for a typo."""
    if values is None:
        return None
    from .graph import model

    known = list(getattr(model, table))
    by_key = {k.lower(): k for k in known}
    out = []
    for value in [values] if isinstance(values, str) else values:
        if str(value).strip().lower() not in by_key:
            raise ValueError(f"unknown {what} {value!r} (choose from {', '.join(known)})")
        out.append(by_key[str(value).strip().lower()])
    return out
