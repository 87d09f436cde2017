"""The embedded store as `neo4j-admin database import full` CSV files: a first load of a big graph.

Why: an online push (graph/neo4j_write.py) MERGEs over Bolt at 4-6k relationships/s on a
2-core machine; Neo4j's offline importer writes the store files directly. The files hold
exactly what a full push writes, built by the push's own row functions (labels, property
names, evidence JSON, `complete` documents, MENTIONS with their counts), so every query
answers the same after `scripts/neo4j import` as after `figraph neo4j push`.

Layout of the folder (the contract with `scripts/neo4j import`):
- `figraph-import.json`, the manifest: node and relationship files, the array delimiter,
  which files hold values with line breaks, the longest value, the counts;
- one CSV file per kind (actors, documents, edges, mentions) and per set of properties
  present (the row writer) or per chunk's header (the columns, where a property a row
  lacks is an empty field): the importer reads an unquoted empty field as "no property",
  a quoted empty one as "".

What cannot be said in the CSV: an empty list, and a list of one empty string, both
arrive as no property (the push writes `[]` / `[""]`); every figraph read takes a missing
list as empty (`coalesce(x, [])`, `or []`).

Document text is untrusted: every text is quoted by the csv module or Arrow's writer (so
quotes, commas and line breaks survive), and the array delimiter is a control character
checked against every list element (another one is taken if the data holds it).

With pyarrow installed (the `bulk` extra) rows are gathered in chunks and written as
columns by its CSV writer (`figraph.graph.neo4j_columns`): quoting and writing leave
Python (at 10^6 edges the write's CPU fell 5-13 %; building the rows stays the larger
part, BENCHMARKS.md). Without it, or for a chunk holding a value the columns cannot
write exactly as the rows would, the csv module writes row by row; the importer reads
both the same (tests/neo4j/test_bulk.py compares them, parsed).

With `jobs > 1` the edges (most of the bytes) are written by that many forked processes,
each the edges of a slice of the nodes into files of its own (`edges-pN-M.csv`), while
this process writes the actors, documents and mentions: building the rows is Python
work, one core each. Forked after the store is loaded, the children read the graph
without copying it over a pipe.

What is written is read through the read contract (`figraph.graph.store.View`): actors and
documents as the push reads them, the edges and mentions from the view's networkx graph
(`View.network()`, the stored form), for the reason `figraph.graph.sync` gives.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import datetime as dt
import itertools
import json
import multiprocessing
import os
import re
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .atomic import write_atomic
from .model import Actor
from .neo4j_write import (
    actor_labels,
    actor_row,
    document_row,
    edge_row,
    network_names,
    safe_label,
    safe_rel_type,
)
from .store import View

__all__ = ["MANIFEST", "BulkReport", "columnar_available", "write_import_files"]

MANIFEST = "figraph-import.json"
FORMAT = "figraph-neo4j-import/1"
DELIMITERS = ("\x1f", "\x1e", "\x1d", "\x1c", "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3")
"""Array delimiters, first one the data does not contain: ASCII unit separator and
friends, then Unicode noncharacters; none is a character a document means to hold."""
CHUNK = 20_000
"""Rows gathered before they are written as columns: Arrow's kernels work per column,
and a chunk's Python objects stay a few tens of MB."""


@dataclass
class BulkReport:
    """What was written, for the CLI and the bench."""

    folder: Path
    actors: int = 0
    documents: int = 0
    edges: int = 0
    mentions: int = 0
    skipped: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def summary(self) -> str:
        skipped = (f"; skipped {len(self.skipped)} (first: {self.skipped[0]})"
                   if self.skipped else "")
        return (f"wrote {self.actors} actors, {self.documents} documents, {self.edges} edges, "
                f"{self.mentions} mentions to {self.folder} ({len(self.files)} files){skipped}")


class _Collision(Exception):
    """A list element holds the array delimiter: write again with another one."""


def columnar_available() -> bool:
    """Whether pyarrow (the `bulk` extra) is installed: the columnar writer needs it."""
    try:
        import pyarrow.compute  # noqa: F401
        import pyarrow.csv  # noqa: F401
    except ImportError:
        return False
    return True


def write_import_files(local: View, folder: Path | str, jobs: int = 1,
                       columnar: bool | None = None) -> BulkReport:
    """Write `local` (a LocalStore) into `folder` as importer CSV files and a manifest;
    the edges by `jobs` processes (see the module's docstring). `columnar`: pyarrow's
    writer (default: when it is installed) or, False, the csv module's rows.

    Rows are streamed: a chunk of rows per kind is in memory, besides the store itself.
    """
    if columnar is None:
        columnar = columnar_available()
    elif columnar and not columnar_available():
        raise ValueError("the columnar import writer needs pyarrow: pip install 'figraph[bulk]'")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    previous = _previous_files(folder)
    for delimiter in DELIMITERS:
        try:
            report = _write_all(local, folder, _Format(delimiter, columnar), max(1, jobs))
        except _Collision:
            continue  # _write_all removed what it wrote; the previous set is untouched
        _remove_files(folder, [name for name in previous if name not in report.files])
        return report
    raise ValueError(f"{folder}: the store's lists hold every candidate array delimiter")


@dataclass(frozen=True)
class _Format:
    """How the files are written: the array delimiter, and columns (pyarrow) or rows."""

    delimiter: str
    columnar: bool


def _write_all(local: View, folder: Path, form: _Format, jobs: int) -> BulkReport:
    report = BulkReport(folder)
    tables = _Tables(folder, form)
    parts: list[_Part] = []
    try:
        actor_ids = _write_actors(local, tables, report)
        doc_ids = _write_documents(local, tables, report, actor_ids)
        if jobs == 1:
            _write_edges(local, tables, report, actor_ids)
            _write_mentions(local, tables, report, actor_ids, doc_ids)
        else:
            with _EdgeParts(local, folder, form, actor_ids, jobs) as pending:
                _write_mentions(local, tables, report, actor_ids, doc_ids)
                parts = pending.results()  # a part's _Collision is raised here
        tables.close()
        for part in parts:
            tables.adopt(part)
            report.edges += part.edges
            report.skipped += part.skipped
        report.files = tables.names()
        _write_manifest(folder, tables, report)
    except BaseException:
        tables.abandon()
        _remove_files(folder, tables.names())
        _remove_parts(folder)
        raise
    return report


def _write_actors(local: View, tables: _Tables, report: BulkReport) -> set[str]:
    """Every actor the store can build (a bare node it cannot is skipped, named)."""
    written = set()
    batch = _Batch(tables, "actors", ("id:ID(Actor)", ":LABEL"))
    for node in local.network().nodes:
        try:
            actor: Actor | None = local.actor(node)
        except TypeError:
            actor = None
        if actor is None:
            report.skipped.append(f"node {node!r}: not an actor")
            continue
        labels = ["Actor", *(safe_label(label) for label in actor_labels(actor))]
        props = {k: v for k, v in actor_row(actor)["props"].items() if k != "id"}  # the ID column
        batch.add((actor.id, labels), props)
        written.add(actor.id)
    batch.flush()
    report.actors = len(written)
    return written


def _write_documents(local: View, tables: _Tables, report: BulkReport,
                     actors: set[str]) -> set[str]:
    """Documents, fingerprinted with their mentions as a push does (`document_row`)."""
    mentions: dict[str, dict[str, int]] = defaultdict(dict)
    for actor_id, attrs in local.network().nodes(data=True):
        if actor_id in actors:
            for doc_id, count in (attrs.get("mentions") or {}).items():
                mentions[doc_id][actor_id] = count
    ids = set()
    batch = _Batch(tables, "documents", ("id:ID(Document)", ":LABEL"))
    for doc in local.documents():
        row = document_row(doc, mentions.get(doc["id"], {}))
        props = {k: v for k, v in row["props"].items() if k != "id"}
        props["complete"] = True  # as a push's last statement
        batch.add((doc["id"], ["Document"]), props)
        ids.add(doc["id"])
    batch.flush()
    report.documents = len(ids)
    return ids


def _write_edges(local: View, tables: _Tables, report: BulkReport, actors: set[str],
                 part: tuple[int, int] = (0, 1)) -> None:
    """Every edge, or with `part` (index, count) that slice of them."""
    graph = local.network()
    names = network_names(graph)
    batch = _Batch(tables, "edges", _EDGE_FIXED)
    edges = graph.edges(_sources(graph, *part), data=True) if part[1] > 1 else graph.edges(
        data=True)
    for _, _, edge in edges:
        if edge["source"] not in actors or edge["target"] not in actors:
            report.skipped.append(f"edge {edge['id']}: an end is not an actor")
            continue  # a push's MATCH finds no end either
        row = edge_row(edge, names)
        batch.add((row["source"], row["target"], safe_rel_type(edge["type"])), row["props"])
        report.edges += 1
    batch.flush()


def _sources(graph: Any, index: int, count: int) -> list[str]:
    """Slice `index` of `count` of the nodes, cut where about as many edges leave each
    slice: a slice's edges are those of its nodes, so no process walks the edges of the
    slices before its own (each process computes the same cut)."""
    nodes, degrees = zip(*graph.out_degree(), strict=True) if len(graph) else ((), ())
    bounds = [total * step // count for total in (sum(degrees),) for step in (index, index + 1)]
    reached = list(itertools.accumulate(degrees, initial=0))  # edges before each node
    first = bisect.bisect_left(reached, bounds[0], hi=len(nodes))
    last = bisect.bisect_left(reached, bounds[1], hi=len(nodes)) if index < count - 1 else len(
        nodes)
    return list(nodes[first:last])


def _write_mentions(local: View, tables: _Tables, report: BulkReport, actors: set[str],
                    documents: set[str]) -> None:
    """MENTIONS, most rows of a big store: written straight to one file when the ids and
    count are plain (no line breaks, an int), through `_Tables.add` otherwise; as columns
    with pyarrow."""
    fixed = (":START_ID(Document)", ":END_ID(Actor)", ":TYPE")
    if tables.form.columnar:
        _write_mention_columns(local, tables, report, actors, documents)
        return
    plain = tables.writer("mentions", fixed, (("count", int),), False)
    plain_docs = {d for d in documents if not _breaks(d)}
    for actor_id, attrs in local.network().nodes(data=True):
        if actor_id not in actors:
            continue
        plain_actor = not _breaks(actor_id)
        for doc_id, count in attrs.get("mentions", {}).items():
            if doc_id not in documents:
                continue
            if plain_actor and doc_id in plain_docs and type(count) is int:
                plain.writerow((doc_id, actor_id, "MENTIONS", count))
            else:
                tables.add("mentions", fixed, (doc_id, actor_id, "MENTIONS"), {"count": count})
            report.mentions += 1


def _write_mention_columns(local: View, tables: _Tables, report: BulkReport, actors: set[str],
                           documents: set[str]) -> None:
    """MENTIONS gathered straight into columns (no dict per row), CHUNK rows at a time."""
    fixed = (":START_ID(Document)", ":END_ID(Actor)", ":TYPE")
    docs: list[str] = []
    ends: list[str] = []
    counts: list[Any] = []
    for actor_id, attrs in local.network().nodes(data=True):
        if actor_id in actors:
            for doc_id, count in attrs.get("mentions", {}).items():
                if doc_id in documents:
                    docs.append(doc_id)
                    ends.append(actor_id)
                    counts.append(count)
        if len(docs) >= CHUNK:
            tables.add_mentions(fixed, docs, ends, counts)
            report.mentions += len(docs)
            docs, ends, counts = [], [], []
    if docs:
        tables.add_mentions(fixed, docs, ends, counts)
        report.mentions += len(docs)


class _Batch:
    """Rows of one kind gathered, handed to `_Tables.add_many` as columns by CHUNK."""

    def __init__(self, tables: _Tables, kind: str, fixed: tuple[str, ...]) -> None:
        self.tables, self.kind, self.fixed = tables, kind, fixed
        self.values: list[tuple] = []
        self.props: list[dict] = []

    def add(self, values: tuple, props: dict) -> None:
        self.values.append(values)
        self.props.append(props)
        if len(self.props) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.props:
            columns = [list(column) for column in zip(*self.values, strict=True)]
            self.tables.add_many(self.kind, self.fixed, columns, self.props)
            self.values, self.props = [], []


def _breaks(text: str) -> bool:
    return "\n" in text or "\r" in text


@dataclass
class _Part:
    """What one edge-writing process wrote (it returns this to the parent)."""

    kinds: dict[str, str]
    multiline: set[str]
    longest: int
    edges: int
    skipped: list[str]


_SHARED: dict[str, Any] = {}
"""What forked edge writers read: set before the fork, so never pickled."""


class _EdgeParts:
    """`jobs` forked processes, each writing its slice of the edges (`_write_part`)."""

    def __init__(self, local: Any, folder: Path, form: _Format, actors: set[str],
                 jobs: int) -> None:
        _SHARED.update(local=local, folder=folder, form=form, actors=actors)
        self.pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
        self.futures = [self.pool.submit(_write_part, index, jobs) for index in range(jobs)]

    def __enter__(self) -> _EdgeParts:
        return self

    def results(self) -> list[_Part]:
        return [future.result() for future in self.futures]

    def __exit__(self, *exc_info: Any) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        _SHARED.clear()


def _write_part(index: int, count: int) -> _Part:
    """In a forked child: write slice `index` of `count` of the edges, closed and synced;
    on any failure remove what it wrote and raise."""
    tables = _Tables(_SHARED["folder"], _SHARED["form"], tag=f"p{index + 1}")
    report = BulkReport(_SHARED["folder"])
    try:
        _write_edges(_SHARED["local"], tables, report, _SHARED["actors"], (index, count))
        tables.close()
    except BaseException:
        tables.abandon()
        _remove_files(_SHARED["folder"], tables.names())
        raise
    return _Part(tables.kinds, tables.multiline, tables.longest, report.edges, report.skipped)


class _Tables:
    """One csv writer per (kind, properties present, line breaks or not), opened lazily.

    Rows with a line break in a value go to files of their own, so only those are read
    with the importer's slow multi-line parsing. `tag` makes the file names of one
    edge-writing process its own (`edges-p1-1.csv`).
    """

    def __init__(self, folder: Path, form: _Format, tag: str = "") -> None:
        self.folder = folder
        self.form = form
        self.delimiter = form.delimiter
        self.tag = f"-{tag}" if tag else ""
        self.writers: dict[tuple, Any] = {}
        self.handles: list[IO] = []
        self.column_writers: list[Any] = []  # pyarrow's, closed before their files
        self.kinds: dict[str, str] = {}  # file name -> actors | documents | edges | mentions
        self.multiline: set[str] = set()
        self.longest = 0

    def add_many(self, kind: str, fixed: tuple[str, ...], columns: list[list],
                 props: list[dict]) -> None:
        """Rows given as columns: `columns[i]` holds the values under `fixed[i]`, `props`
        one dict per row. Written as columns with pyarrow when it can write them exactly
        as the rows would (`neo4j_columns.chunk_tables`), else row by row."""
        if self.form.columnar and self._add_columns(kind, fixed, columns, props):
            return
        for values, row in zip(zip(*columns, strict=True), props, strict=True):
            if kind != "edges" or not self.add_edge(values, row):
                self.add(kind, fixed, values, row)

    def add_mentions(self, fixed: tuple[str, ...], docs: list[str], ends: list[str],
                     counts: list[Any]) -> None:
        """MENTIONS given as columns (document ids, actor ids, counts), written as such."""
        types = ["MENTIONS"] * len(docs)
        if not self._add_columns("mentions", fixed, [docs, ends, types], {"count": counts}):
            for values in zip(docs, ends, types, counts, strict=True):
                self.add("mentions", fixed, values[:3], {"count": values[3]})

    def _add_columns(self, kind: str, fixed: tuple[str, ...], columns: list[list],
                     props: list[dict] | dict[str, list]) -> bool:
        from .neo4j_columns import DelimiterInData, chunk_tables

        try:
            chunk = chunk_tables(dict(zip(fixed, columns, strict=True)), props, self.delimiter)
        except DelimiterInData:
            raise _Collision() from None
        if chunk is None:
            return False
        self.longest = max(self.longest, chunk.longest)
        for table, multiline in ((chunk.plain, False), (chunk.multiline, True)):
            if table is not None:
                self._column_writer(kind, table.schema, multiline).write_table(table)
        return True

    def _column_writer(self, kind: str, schema: Any, multiline: bool) -> Any:
        """pyarrow's CSV writer of one file per (kind, header, line breaks or not)."""
        key = ("columns", kind, tuple(schema.names), multiline)
        writer = self.writers.get(key)
        if writer is None:
            import pyarrow.csv as pacsv

            from .neo4j_columns import write_options

            name = self._free_name(kind)
            handle = open(self.folder / name, "xb")
            self.handles.append(handle)
            self.kinds[name] = kind
            if multiline:
                self.multiline.add(name)
            writer = self.writers[key] = pacsv.CSVWriter(handle, schema,
                                                         write_options=write_options())
            self.column_writers.append(writer)
        return writer

    def add(self, kind: str, fixed: tuple[str, ...], values: tuple, props: dict) -> None:
        """One row: `values` under the `fixed` columns, then the props that are not None.

        Written for speed (it runs once per relationship): one pass over the props,
        type checks by identity, the header looked up by the props' names and types.
        """
        cells: list[Any] = []
        texts: list[str] = []
        shape: list[tuple[str, type]] = []
        for value in values:
            text = self._join(value) if type(value) is list else value
            cells.append(text)
            texts.append(text)
        for key, value in props.items():
            kind_of = type(value)
            if kind_of is str:
                texts.append(value)
            elif kind_of is list or kind_of is tuple:
                value = self._join(value)
                texts.append(value)
            elif kind_of is bool:
                value = "true" if value else "false"
            elif kind_of is dt.date:
                value = value.isoformat()
            elif value is None:
                continue
            elif kind_of is not int and kind_of is not float:
                raise ValueError(f"{key}: cannot write a {kind_of.__name__} as a Neo4j property")
            cells.append(value)
            shape.append((key, kind_of))
        blob = "\x00".join(texts)
        self.longest = max(self.longest, len(blob))  # bounds the longest value from above
        multiline = _breaks(blob)
        self.writer(kind, fixed, tuple(shape), multiline).writerow(cells)

    def add_edge(self, values: tuple[str, str, str], props: dict) -> bool:
        """`add` for the usual typed edge, in a third of its time; False when the row is
        unusual (a value of another type, no evidence) and `add` must take it.

        Same files, same cells as `add` (tests/neo4j/test_bulk.py checks both paths
        write the same bytes).
        """
        scalars = (props["id"], props["claimant"], props["claimant_name"], props["status"],
                   props["date"], props["date_text"], props["review"], props["review_note"],
                   props["evidence_json"], props["fingerprint"])
        if (not props["evidence_count"] or type(props["evidence_count"]) is not int
                or any(type(text) is not str for text in scalars)):
            return False
        dated = "date_start" in props
        if dated and (type(props["date_start"]) is not dt.date
                      or type(props["date_end"]) is not dt.date):
            return False
        days = [props["date_start"].isoformat(), props["date_end"].isoformat()] if dated else []
        hedges, delimiter = props["hedges"], self.delimiter
        lists = (props["evidence_quotes"], props["evidence_documents"], props["evidence_titles"])
        try:
            joined = [delimiter.join(items) for items in (hedges, *lists)]
        except TypeError:  # an element that is no text
            return False
        separators = sum(len(items) - 1 for items in (hedges, *lists) if items)
        if sum(text.count(delimiter) for text in joined) != separators:
            raise _Collision()
        blob = "\x00".join([*values, *scalars, *joined])
        self.longest = max(self.longest, len(blob))
        cells = [*values, props["id"], props["claimant"], props["claimant_name"], props["status"],
                 joined[0], props["date"], props["date_text"], *days, props["review"],
                 props["review_note"], "true" if props["allegation"] else "false",
                 props["evidence_count"], *joined[1:], props["evidence_json"],
                 props["fingerprint"]]
        shape = _EDGE_SHAPE if dated else _EDGE_SHAPE_UNDATED
        self.writer("edges", _EDGE_FIXED, shape, _breaks(blob)).writerow(cells)
        return True

    def _join(self, items: list | tuple) -> str:
        joined = self.delimiter.join(map(str, items))
        if items and joined.count(self.delimiter) != len(items) - 1:
            raise _Collision()
        return joined

    def writer(self, kind: str, fixed: tuple[str, ...], shape: tuple[tuple[str, type], ...],
                multiline: bool) -> Any:
        key = (kind, shape, multiline)
        writer = self.writers.get(key)
        if writer is None:
            name = self._free_name(kind)
            handle = open(self.folder / name, "x", encoding="utf-8", newline="")
            self.handles.append(handle)
            writer = self.writers[key] = csv.writer(handle, quoting=csv.QUOTE_ALL,
                                                    lineterminator="\n")
            writer.writerow([*fixed, *(f"{prop}{_SUFFIXES[of]}" for prop, of in shape)])
            self.kinds[name] = kind
            if multiline:
                self.multiline.add(name)
        return writer

    def _free_name(self, kind: str) -> str:
        """`KIND-N.csv`, N the first number no file in the folder has (the previous
        write's files stay until the new manifest replaces theirs)."""
        number = 1
        while True:
            name = f"{kind}{self.tag}-{number}.csv"
            if name not in self.kinds and not (self.folder / name).exists():
                return name
            number += 1

    def names(self) -> list[str]:
        return list(self.kinds)

    def adopt(self, part: _Part) -> None:
        """Count the files another process wrote as this set's (for the manifest)."""
        self.kinds.update(part.kinds)
        self.multiline |= part.multiline
        self.longest = max(self.longest, part.longest)

    def close(self) -> None:
        """Close every file, flushed to disk: the manifest must not name a file that a
        crash could still leave short."""
        for writer in self.column_writers:
            writer.close()  # writes what it holds; the file stays open
        for handle in self.handles:
            if not handle.closed:
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()

    def abandon(self) -> None:
        """Close every file after a failure (a full disk fails the close too)."""
        for writer in self.column_writers:
            with contextlib.suppress(Exception):
                writer.close()
        for handle in self.handles:
            with contextlib.suppress(OSError):
                handle.close()


_EDGE_FIXED = (":START_ID(Actor)", ":END_ID(Actor)", ":TYPE")
_EDGE_SHAPE = (
    ("id", str), ("claimant", str), ("claimant_name", str), ("status", str), ("hedges", list),
    ("date", str), ("date_text", str), ("date_start", dt.date), ("date_end", dt.date),
    ("review", str), ("review_note", str), ("allegation", bool), ("evidence_count", int),
    ("evidence_quotes", list), ("evidence_documents", list), ("evidence_titles", list),
    ("evidence_json", str), ("fingerprint", str))
"""The shape `add` gives a dated edge's props (edge_row's keys, in its order)."""
_EDGE_SHAPE_UNDATED = tuple(item for item in _EDGE_SHAPE if item[1] is not dt.date)
"""An undated edge has no `date_start` and `date_end`."""

_SUFFIXES = {str: "", bool: ":boolean", int: ":long", float: ":double", list: ":string[]",
             tuple: ":string[]", dt.date: ":date"}
"""The importer's column type for a value as the push would send it."""


def _write_manifest(folder: Path, tables: _Tables, report: BulkReport) -> None:
    node_kinds, rel_kinds = ("actors", "documents"), ("edges", "mentions")
    manifest = {
        "format": FORMAT,
        "array_delimiter": f"U+{ord(tables.delimiter):04X}",
        "nodes": [n for n, k in tables.kinds.items() if k in node_kinds],
        "relationships": [n for n, k in tables.kinds.items() if k in rel_kinds],
        "multiline": sorted(tables.multiline),
        "longest_value": tables.longest,
        "counts": {"actors": report.actors, "documents": report.documents,
                   "edges": report.edges, "mentions": report.mentions},
    }
    write_atomic(folder / MANIFEST, json.dumps(manifest, indent=2) + "\n")


def _previous_files(folder: Path) -> list[str]:
    """The files an earlier write into this folder named in its manifest.

    They stay until the new manifest is in place: the new files get names of their
    own (`_Tables.writer`), and the manifest, renamed last, switches from one set to
    the other, so a failed write (full disk, kill) leaves the previous set usable."""
    try:
        old = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return [n for key in ("nodes", "relationships") for n in old.get(key, [])
                if isinstance(n, str)]
    except (OSError, ValueError, AttributeError):
        return []


def _remove_parts(folder: Path) -> None:
    """Remove the edge files of processes this failed write started (the previous
    write's, named by its manifest, stay)."""
    keep = set(_previous_files(folder))
    _remove_files(folder, [name for name in os.listdir(folder)
                           if name.startswith("edges-p") and name not in keep])


def _remove_files(folder: Path, names: list[str]) -> None:
    for name in names:
        if "/" not in name and name not in ("", ".", ".."):
            (folder / name).unlink(missing_ok=True)


def read_rows(path: Path | str) -> Iterator[dict[str, str]]:
    """The rows of one written file as the importer reads them (for tests and checks):
    header to value, a quoted field as its text (`""` an empty one), an unquoted empty
    field left out (no property), as the csv module cannot tell them apart."""
    text = Path(path).read_text(encoding="utf-8")
    rows = _parse_csv(text)
    names = [name or "" for name in rows[0]]
    for row in rows[1:]:
        yield {name: value for name, value in zip(names, row, strict=True) if value is not None}


_FIELD = re.compile(r'"((?:[^"]|"")*)"|([^,"\n]*)')


def _parse_csv(text: str) -> list[list[str | None]]:
    """Comma-separated, `"`-quoted with `""` inside, lines ended by \\n (both writers')."""
    rows: list[list[str | None]] = []
    row: list[str | None] = []
    at = 0
    while at < len(text):
        match = _FIELD.match(text, at)
        assert match is not None  # the bare alternative matches the empty string
        quoted, bare = match.groups()
        row.append(quoted.replace('""', '"') if quoted is not None else bare or None)
        at = match.end()
        if at == len(text) or text[at] == "\n":
            rows.append(row)
            row = []
        elif text[at] != ",":
            raise ValueError(f"{text[at]!r} after a field at character {at}")
        at += 1
    return rows
