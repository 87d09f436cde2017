"""`figraph query`: run any named query, and the backend plumbing the explore commands share.

A `Backend` is where queries run (the local store's graph, or a Neo4j session)
plus the actor names to resolve what the user typed. Names are resolved with
`find_actor` on both backends, so "Minister LeBlanc" means the same actor
everywhere, and an unknown or ambiguous name ends the command with a "did you
mean" list on stderr and exit status 2, never with a guess.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import StoreOption, fail, print_table, trim, warn

__all__ = ["BackendName", "BackendOption", "Backend", "open_backend", "register_query",
           "print_json"]


class BackendName(str, Enum):  # noqa: UP042 - typer needs a str-valued Enum
    local = "local"
    neo4j = "neo4j"


BackendOption = Annotated[
    BackendName,
    typer.Option("--backend", case_sensitive=False,
                 help="Where to run: the local store, or Neo4j (NEO4J_URI, "
                 "NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)."),
]


@dataclass
class Backend:
    """The target queries run on, and the actor index names are resolved against."""

    name: BackendName
    target: Any
    actors: Any
    """A networkx graph holding at least every actor node (ids, names, aliases)."""
    where: str
    documents: dict[str, dict[str, Any]] | None = None

    def run(self, query: str, **params: Any) -> Any:
        """Run a registered query; bad parameters end the command (exit 2)."""
        from ..queries import QUERIES

        module = QUERIES[query]
        runner = module.run_local if self.name is BackendName.local else module.run_neo4j
        try:
            return runner(self.target, **params)
        except ValueError as exc:
            fail(str(exc))

    def name_of(self, actor_id: str) -> str:
        """The name of an actor `resolve` gave."""
        return str(self.actors.nodes[actor_id].get("name", actor_id))

    def resolve(self, typed: str) -> str:
        """The actor id `typed` names, or exit 2 with the candidates on stderr."""
        from .common import actor_or_exit

        return actor_or_exit(self.actors, typed, self.where)


@contextmanager
def open_backend(name: BackendName, store: Path | None) -> Iterator[Backend]:
    """Open the local store, or a Neo4j session; failures are one line and exit 2."""
    if name is BackendName.local:
        from .common import open_store

        local = open_store(store)
        docs = {d["id"]: d for d in local.documents()}
        graph = local.network()  # the queries' networkx twins run on the view's graph
        yield Backend(name, graph, graph, str(local.path), docs)
        return
    from neo4j.exceptions import DriverError, Neo4jError

    from ..graph.store import StoreError
    from ..queries.runner import actor_graph, neo4j_session

    try:
        with neo4j_session() as session:
            yield Backend(name, session, actor_graph(session), "Neo4j")
    except StoreError as exc:
        fail(str(exc))
    except Neo4jError as exc:  # e.g. a node deleted under the read by a concurrent wipe
        fail(f"Neo4j: {exc.code}: {exc.message}", 1)
    except DriverError as exc:
        fail(f"Neo4j: {type(exc).__name__}: {exc}", 1)


def print_json(value: Any) -> None:
    """JSON on stdout, nothing else there (scripts parse it); nothing a terminal acts on."""
    from ..graph.safe_text import safe_json

    typer.echo(safe_json(value))


ListOption = Annotated[bool, typer.Option("--list", help="List the queries and their params.")]


def register_query(app: typer.Typer) -> None:
    app.command("query")(query_command)


def query_command(
    name: Annotated[str | None, typer.Argument(help="Query name (see --list).")] = None,
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", help="key=value, repeatable; actors by name or id.")] = None,
    list_: ListOption = False,
    json_out: Annotated[bool, typer.Option("--json", help="JSON on stdout for scripts.")] = False,
    full: Annotated[bool, typer.Option("--full", help="Whole quotes and texts in the table "
                                       "(else cut to fit a line).")] = False,
    store: StoreOption = None,
    backend: BackendOption = BackendName.local,
) -> None:
    """Run a named query (shortest_path, allegations, brokers, ...) on either backend.

    Exit status: 0 with results, 1 when the answer is empty, 2 for bad input.
    """
    from ..queries import QUERIES

    if list_ or not name:
        _list_queries(QUERIES, json_out)
        return
    if name not in QUERIES:
        fail(f"no query named {name!r}; known: {', '.join(QUERIES)}")
    module = QUERIES[name]
    raw = _split_params(param or [], module)
    with open_backend(backend, store) as target:
        params = {key: _value(module.param(key), text, target) for key, text in raw.items()}
        result = target.run(name, **params)
    _show(name, params, result, json_out, target, full)
    empty = not (result.paths if module.kind == "paths" else result.rows)
    raise typer.Exit(1 if empty else 0)


def _split_params(items: list[str], module: Any) -> dict[str, str]:
    raw: dict[str, str] = {}
    known = ", ".join(p.name for p in module.params)
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or module.param(key) is None:
            fail(f"{module.name}: bad --param {item!r} (expected key=value; keys: {known})")
        raw[key] = value
    missing = [p.name for p in module.params if p.required and p.name not in raw]
    if missing:
        fail(f"{module.name}: missing --param {', '.join(missing)}")
    return raw


def _value(param: Any, text: str, backend: Backend) -> Any:
    from ..queries import coerce

    try:
        value = coerce(param, text)
    except ValueError as exc:
        fail(str(exc))
    if param.type == "actor":
        return backend.resolve(value)
    if param.type == "actors":
        return [backend.resolve(item) for item in value]
    return value


def _list_queries(queries: dict[str, Any], json_out: bool) -> None:
    if json_out:
        print_json({name: {"description": q.description, "kind": q.kind, "params": [
            {"name": p.name, "type": p.type, "help": p.help, "default": p.default,
             "required": p.required} for p in q.params]} for name, q in queries.items()})
        return
    rows = []
    for name, query in queries.items():
        params = "; ".join(
            f"{p.name} ({p.type}, {'required' if p.required else f'default {p.default!r}'})"
            for p in query.params)
        rows.append([name, query.description, params])
    print_table(["query", "what it answers", "parameters (-p key=value)"], rows)


def _show(name: str, params: dict[str, Any], result: Any, json_out: bool,
          backend: Backend, full: bool = False) -> None:
    if json_out:
        print_json({"query": name, "params": params, "backend": backend.name.value,
                    **result.to_dict()})
        return
    if hasattr(result, "paths"):
        from .evidence import print_paths

        print_paths(result, full=full)
        return
    _print_table(name, result, backend.actors, full)


def _print_table(name: str, result: Any, actors: Any = None, full: bool = False) -> None:
    """The rows as a table, actors by name: an id left in a column (an ego network's
    source and target) is shown as the actor's name (--json keeps the ids)."""
    shown = [i for i, c in enumerate(result.columns) if not _hidden(c, result.columns)]
    print_table([result.columns[i].removesuffix("_name") for i in shown],
                [[_cell(_named(row[i], actors), full) for i in shown] for row in result.rows],
                title=name)
    _note_truncated(result)


def _named(value: Any, actors: Any) -> Any:
    if actors is not None and isinstance(value, str) and value in actors:
        return actors.nodes[value].get("name") or value
    return value


def _note_truncated(result: Any) -> None:
    if result.truncated:
        warn("(more rows than shown: raise the limit)")


ID_COLUMNS = frozenset({"edge_id", "source", "target", "claimant", "document", "via", "url"})


def _hidden(column: str, columns: list[str]) -> bool:
    """Ids read badly in a terminal table; names stand in for them (--json has both)."""
    if column == "id":
        return "name" in columns
    return column in ID_COLUMNS and (f"{column}_name" in columns or column in (
        "edge_id", "document", "url"))


def _cell(value: Any, full: bool = False) -> str:
    """A table cell: lists of evidence or links summarized, long text trimmed (whole
    with `full`, every quote of an evidence list then)."""
    width = 10**9 if full else 120
    if value is None:
        return ""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            if "quote" in value[0]:
                quotes = value if full else value[:1]
                said = " | ".join(trim(str(v.get("quote", "")), 10**9 if full else 80)
                                  for v in quotes)
                return f"{len(value)} evidence: {said}"
            return "; ".join(f"{v.get('type', '')}" for v in value)
        return ", ".join(str(v) for v in value)
    return trim(str(value), width)
