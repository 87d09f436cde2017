"""Commands that make and describe the graph: build, extract, actors, stats, export, score."""

from __future__ import annotations

import json
import signal
import threading
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import typer

from ..graph.local_store import LocalStore, default_store_path
from ..graph.model import NODE_TYPES
from ..graph.safe_text import printable, safe_json
from ..graph.store import StoreError
from .common import (
    StoreOption,
    choice,
    completer,
    count,
    err,
    fail,
    is_terminal,
    open_store,
    print_table,
    warn,
)

FollowLinksOption = Annotated[bool, typer.Option(
    "--follow-links", help="Also read files that symbolic links lead to outside the folders "
    "given (by default such links are refused: a corpus could point at any file).")]
GazetteerOption = Annotated[
    list[Path] | None,
    typer.Option("--gazetteer", "-g", help="Extra gazetteer file (TOML), repeatable."),
]


def register(app: typer.Typer) -> None:
    app.command("build")(build_command)
    app.command("extract")(extract_command)
    app.command("actors")(actors_command)
    app.command("stats")(stats_command)
    app.command("export")(export_command)
    app.command("score")(score_command)


def build_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
    store: StoreOption = None,
    gazetteer: GazetteerOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
    wait: Annotated[float, typer.Option(help="Seconds to wait for a busy store.")] = 0.0,
    follow_links: FollowLinksOption = False,
    cluster: Annotated[str | None, typer.Option(
        "--cluster", metavar="ADDRESS", help="Extract on the Dask cluster whose scheduler "
        "is at ADDRESS (tcp://HOST:8786) instead of local processes; see docs/cluster.md."
    )] = None,
) -> None:
    """Read documents, extract actors and evidenced edges, merge them into the store.

    Documents are identified by content: building the same files again changes
    nothing; the same text under two names is one document. A file (or URL) read
    again after a change replaces its earlier version, saying so. Exit status 1
    when some documents failed (the others are stored); 2 when the store cannot be
    used (busy without --wait, unwritable, full); 128+signal after Ctrl-C or
    SIGTERM (what was complete is saved).
    """
    from ..loaders.cluster import ClusterError
    from ..loaders.pipeline import build

    if cluster and jobs > 1:
        fail("give --jobs or --cluster, not both (the cluster's workers are its processes)")
    _check_gazetteers(gazetteer)
    local = LocalStore(store or default_store_path())
    try:
        with local.locked(wait=wait), _stop_signals() as stop:
            local.load()
            with _progress() as advance:
                report = build(
                    paths,
                    local,
                    gazetteers=gazetteer or (),
                    jobs=jobs,
                    on_document=advance,
                    on_error=warn,
                    on_note=warn,
                    should_stop=stop.requested,
                    follow_links=follow_links,
                    cluster=cluster,
                )
    except (StoreError, ClusterError) as exc:
        fail(str(exc))
    warn(report.summary())  # a message: stdout stays for data
    if report.interrupted:
        fail(
            f"interrupted by {stop.name}: the documents above are saved; "
            "run the same build again to finish",
            128 + stop.number,
        )
    if not report.ok:
        raise typer.Exit(1)


def _check_gazetteers(files: list[Path] | None) -> None:
    """Refuse to start when a user gazetteer has a problem: one line for each, exit 2.

    Going on without the file, or without one of its entries, would store documents
    extracted without it, and a later build would take them as already done."""
    from ..loaders.vocabulary.gazetteer import file_problems

    problems = file_problems(files or [])
    for problem in problems:
        warn(problem)
    if problems:
        fail(f"{count(len(problems), 'gazetteer problem')}: fix the file(s), nothing was read")


class _stop_signals:
    """Turn the first SIGINT or SIGTERM into a request to stop between documents.

    The pipeline then saves every complete document and returns; a second
    signal acts at once (the default handlers are back), for a user who
    cannot wait for a long document to finish.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.number = 0
        self.name = ""
        self._previous: dict[int, Any] = {}

    def requested(self) -> bool:
        return self.number != 0

    def _handle(self, number: int, _frame: Any) -> None:
        self.number, self.name = number, signal.Signals(number).name
        self._restore()

    def _restore(self) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous = {}

    def __enter__(self) -> _stop_signals:
        if threading.current_thread() is threading.main_thread():  # handlers live there only
            self._previous = {n: signal.getsignal(n) for n in self.SIGNALS}
            for number in self.SIGNALS:
                signal.signal(number, self._handle)
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._restore()


class _progress:
    """A rich spinner with a count on a terminal; silent in pipes.

    The description is the file being read: shown as plain, printable text, since a
    file name may hold `[/]` (rich markup) or escape sequences."""

    def __enter__(self):
        if not is_terminal():
            return lambda _name: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed} documents"),
            TextColumn("{task.description}", style="dim", markup=False),  # a path: never markup
            TimeElapsedColumn(),
            console=err,
            transient=True,
        )
        self._bar.start()
        task = self._bar.add_task("", total=None)
        return lambda name: self._bar.update(task, advance=1,
                                             description=printable(name)[-60:])

    def __exit__(self, *exc_info) -> None:
        if hasattr(self, "_bar"):
            self._bar.stop()


def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (the eval contract).")] = "json",
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write one NAME.json per document into this folder."),
    ] = None,
    gazetteer: GazetteerOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
    follow_links: FollowLinksOption = False,
) -> None:
    """Extract documents without a store: the contract JSON of each one.

    Without --out, stdout holds the JSON of one document only (give one file).
    With --out, each document is written to DIR/NAME.json, NAME being its file's
    stem (a JSON Lines corpus adds the line number), for scoring batches.
    Exit 1 when some documents failed (the others are written).
    """
    from ..loaders.documents import LoadError, ReadReport, read_documents
    from ..loaders.pipeline import extract_documents, reading_notes, skipped_lines

    if fmt != "json":
        fail(f"unknown format {fmt!r} (choose: json)")
    _check_gazetteers(gazetteer)
    walked = ReadReport()
    items = list(read_documents(paths, follow_links=follow_links, report=walked))
    errors = [str(i) for i in items if isinstance(i, LoadError)]
    documents = [i for i in items if not isinstance(i, LoadError)]
    for message in [*errors, *(n for d in documents for n in reading_notes(d)),
                    *skipped_lines(walked.skipped)]:
        warn(message)
    if not documents:
        raise typer.Exit(1)
    if out_dir is None and len(documents) > 1:
        fail(f"{len(documents)} documents: give --out DIR to write one file per document")
    if out_dir is not None:
        _prepare_out_dir(out_dir)
    failed = bool(errors)
    names: Counter[str] = Counter()
    for document, result in extract_documents(documents, gazetteer or (), jobs=jobs):
        if isinstance(result, str):
            warn(f"{document.path or document.id}: {result}")
            failed = True
            continue
        text = _contract_json(result)
        if out_dir is None:
            typer.echo(text)
        else:
            _write_atomic(out_dir / f"{_out_name(document, names)}.json", text)
    if failed:
        raise typer.Exit(1)


def _contract_json(extraction: Any) -> str:
    from ..loaders.contract import to_contract

    return safe_json(to_contract(extraction), indent=2)


def _prepare_out_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"{folder}: cannot create the output folder ({exc.strerror or exc})")


def _out_name(document: Any, seen: Counter[str]) -> str:
    """The file stem of the document (unique within one run: 'a', 'a-2', ...)."""
    stem = Path(document.path).stem if document.path else document.id
    seen[stem] += 1
    return stem if seen[stem] == 1 else f"{stem}-{seen[stem]}"


def _write_atomic(path: Path, text: str) -> None:
    """Write to a temporary name, then rename: an interrupted run leaves no half file."""
    from ..graph.atomic import write_atomic

    try:
        write_atomic(path, text + "\n")
    except OSError as exc:
        fail(f"{path}: cannot write ({exc.strerror or exc})")


def actors_command(
    store: StoreOption = None,
    type_: Annotated[str | None, typer.Option(
        "--type", "-t", help="Only this actor type (Person, State, ...; any case).",
        autocompletion=completer(NODE_TYPES))] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for scripts.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 0,
) -> None:
    """List actors: name, type, roles, degree, documents and id (most connected first).

    The id names an actor for sure where a name is shared (merge, split, path...)."""
    type_ = choice(type_, NODE_TYPES, "actor type") if type_ else None
    local = open_store(store)
    degree = local.network().degree  # networkx's: a loop counts twice, as it always did
    rows = [
        {
            "id": a.id,
            "name": a.name,
            "type": a.type,
            "roles": a.roles,
            "degree": degree(a.id),
            "documents": len(local.mentions(a.id)),
        }
        for a in local.actors()
        if not type_ or a.type == type_
    ]
    rows.sort(key=lambda r: (-r["degree"], r["name"]))
    rows = rows[:limit] if limit else rows
    if as_json:
        typer.echo(safe_json(rows, indent=1))
        return
    print_table(
        ["name", "type", "roles", "degree", "documents", "id"],
        [[r["name"], r["type"], ", ".join(r["roles"]), r["degree"], r["documents"], r["id"]]
         for r in rows],
    )


def stats_command(
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON for scripts.")] = False,
) -> None:
    """Counts of documents, actors by type, edges by type and status."""
    local = open_store(store)
    counts = local.counts()
    graph = local.network()  # counted from the stored form: no Edge made per edge
    by_type = Counter(a.type for a in local.actors())
    by_edge = Counter(d.get("type", "") for _, _, d in graph.edges(data=True))
    by_status = Counter(d.get("status", "") for _, _, d in graph.edges(data=True))
    data = {
        **counts,
        "actors_by_type": dict(by_type.most_common()),
        "edges_by_type": dict(by_edge.most_common()),
        "edges_by_status": dict(by_status.most_common()),
    }
    if as_json:
        typer.echo(safe_json(data, indent=1))
        return
    warn(f"store: {local.path}")
    rows = [["total", key, value] for key, value in counts.items()]
    for title, counter in (("actors by type", by_type), ("edges by type", by_edge),
                           ("edges by status", by_status)):
        rows += [[title, key, value] for key, value in counter.most_common()]
    print_table(["what", "kind", "count"], rows)


def export_command(
    output: Annotated[
        Path, typer.Argument(help="Output file: .json, .graphml, .gexf, .csv (csv: "
                             "PREFIX.nodes.csv, PREFIX.edges.csv and PREFIX.documents.csv) "
                             "or .ftm.json (followthemoney entities, one per line).")
    ],
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="json, graphml, gexf, csv or ftm; "
                                 "default: the file's extension.", show_default=False)
    ] = None,
    store: StoreOption = None,
) -> None:
    """Export the graph: JSON, GraphML or GEXF (Gephi, yEd), CSV, followthemoney (Aleph).

    GraphML and GEXF carry colours, sizes, weights and document titles; CSV a documents
    table beside nodes and edges. The format is the file's extension's; a --format that
    contradicts it is refused (exit 2), so a .graphml file always holds GraphML."""
    from ..views.export import export_graph, format_for

    try:
        fmt = format_for(output, fmt)
    except ValueError as exc:
        fail(str(exc))
    if fmt == "ftm":
        from ..views.ftm_export import missing_library

        if problem := missing_library():
            fail(problem)
    local = open_store(store)
    try:
        written = export_graph(local, fmt, output)
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror or exc})")
    for path in written:
        warn(f"wrote {path}")


def score_command(
    predicted: Annotated[Path, typer.Argument(help="Extraction JSON (figraph extract output).")],
    gold: Annotated[Path, typer.Argument(help="Hand-made gold annotation, same shape.")],
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List misses and extras.")
    ] = False,
) -> None:
    """Score an extraction against a gold annotation (entity and relation-pair F1)."""
    from ..loaders.scoring import format_score, score

    try:
        pred_data = json.loads(predicted.read_text(encoding="utf-8"))
        gold_data = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"cannot read the inputs ({exc})")
    typer.echo(format_score(score(pred_data, gold_data), name=gold.stem, verbose=verbose))
