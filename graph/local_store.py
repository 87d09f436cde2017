"""The embedded store: a networkx MultiDiGraph persisted as one JSON Lines file.

Why this shape:
- Actors are nodes, relations and allegations are edges keyed by their stable
  id, so path search runs on the graph as is. Documents are kept beside the
  graph (not as nodes) so a path never hops through a document; each actor
  records the documents that mention it.
- A save writes a temporary file, fsyncs it and renames it over the old one:
  a crash mid-write leaves the previous store readable. A save that changes the
  decisions too commits both files at once (figraph.graph.atomic's journal).
- Writers take an exclusive lock on the store folder; readers need none,
  since the file they read is always a complete one.
- Edges a decision keeps out of the graph (rejected quotes, edges whose two ends a
  merge made one actor) are kept beside it in `aside`, so the decision can be undone;
  no query, view or push sees them (`figraph.graph.store_bookkeeping`).
- The file says each thing once (`figraph.graph.store_format`): evidence refers to its
  document's entry, quotes, contexts and other texts are numbered where they first occur,
  actors and edges are arrays a thousand to a line. A loaded store holds the same dicts a
  merge makes, from shared strings, so no reader changed: at 10^6 edges 248 MB on disk
  and 1.35 GB loaded, where one JSON object per edge was 716 MB and 3.0 GB.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import itertools
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import orjson

from .atomic import committed_path, open_committed, write_atomic, write_together
from .model import (
    Actor,
    Document,
    Edge,
    Evidence,
    Extraction,
    edge_attrs,
    evidence_dict,
)
from .network_view import NetworkView
from .regroup import actor_from
from .sources import SourceIndex, forget_document, source_keys
from .store import MergeStats, StoreBusy, StoreError, merge_actor
from .store_bookkeeping import DecisionBookkeeping
from .store_format import Decoder, Encoder, batches

__all__ = ["LocalStore", "default_store_path"]

FORMAT = "figraph-store"
VERSION = 5
"""5: actors and edges as compact arrays, a thousand to a line, referring to the documents,
actors and texts written before them (`figraph.graph.store_format`); 4: edges set aside after
the edges, evidence with its context and origin, edges with their review
(`figraph.graph.review`); 3: dates read into ISO spans, the text as written beside
(`figraph.graph.dates`); 2: JSON Lines (header, actors, edges); 1: one JSON object. 1 to 4 are
still read."""
_PIECE = 1 << 20
GRAPH_FILE = "graph.json"
LOCK_FILE = "lock"


def default_store_path() -> Path:
    """`$FIGRAPH_STORE`, else `.figraph/` in the current folder (like `.git/`)."""
    return Path(os.environ.get("FIGRAPH_STORE", ".figraph"))


class LocalStore(DecisionBookkeeping, NetworkView):
    """A graph of actors and evidenced edges, loaded whole into memory (what it keeps for
    merges and reviews, and how they change it: `figraph.graph.store_bookkeeping`); read
    through the `View` contract (`figraph.graph.network_view`)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.graph: nx.MultiDiGraph = nx.MultiDiGraph()
        self._documents: dict[str, dict[str, Any]] = {}
        self.aside: dict[str, dict[str, Any]] = {}
        """Edge id -> an edge kept out of the graph by a decision (see the module doc)."""
        self._evidence_keys: dict[str, set[tuple[str, int, int]]] = {}
        self._sources: SourceIndex | None = None
        self._lacking: dict[str, list[dict[str, Any]]] | None = None
        self._lock_fd: int | None = None

    # -- reading -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None) -> LocalStore:
        """Load the store at `path`; a missing store is an empty one."""
        store = cls(path)
        store.load()
        return store

    @property
    def file(self) -> Path:
        return self.path / GRAPH_FILE

    def exists(self) -> bool:
        return committed_path(self.file).is_file()

    def load(self) -> None:
        if not self.exists():
            return
        with _collector_paused():
            try:
                with open_committed(self.file, "rb", buffering=_PIECE) as handle:
                    header = orjson.loads(handle.readline())
                    if not isinstance(header, dict) or header.get("format") != FORMAT:
                        raise StoreError(f"{self.file}: not a figraph store")
                    self._documents, self.graph, self.aside = self._read_body(header, handle)
                    self._evidence_keys.clear()
                    self._sources = None
                    self._lacking = None
            except (OSError, orjson.JSONDecodeError) as exc:
                raise StoreError(f"{self.file}: cannot read the store ({exc})") from exc

    def _read_body(self, header: dict[str, Any], handle: Any) -> tuple[
            dict[str, dict[str, Any]], nx.MultiDiGraph, dict[str, dict[str, Any]]]:
        """Documents, graph and aside table after the first line (version 1: all in it)."""
        version = header.get("version", 1)
        documents = header.get("documents", {})
        aside: list[dict[str, Any]] = []
        if version == 1:
            actors, edges = header.get("actors", []), header.get("edges", [])
        elif version == VERSION:
            graph, table = self._read_compact(header, handle)
            return documents, graph, table
        elif version in (2, 3, 4):
            actors, edges, aside = self._read_lines(header, handle)
        else:
            raise StoreError(f"{self.file}: store version {version} is newer than this figraph")
        if version < 3:
            from .dates import date_stored

            date_stored(documents, edges)
        return documents, _graph_from(actors, edges), {a["id"]: a for a in aside}

    def _read_lines(self, header: dict[str, Any], handle: Any
                    ) -> tuple[list[dict[str, Any]], ...]:
        counts = _counts(header)
        lines = iter(handle)
        parts = [[orjson.loads(line) for line in itertools.islice(lines, n)] for n in counts]
        self._check_counts([len(p) for p in parts], counts)
        return tuple(parts)

    def _read_compact(self, header: dict[str, Any], handle: Any
                      ) -> tuple[nx.MultiDiGraph, dict[str, dict[str, Any]]]:
        """Version 5: graph and aside table built line by line from the arrays
        (`figraph.graph.store_format`), with no list of all the parsed lines beside."""
        got, graph, aside = [0, 0, 0], nx.MultiDiGraph(), {}
        lines = iter(handle)
        try:
            counts, decoder = _counts(header), Decoder(header.get("documents", {}))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise StoreError(f"{self.file}: cannot read the store (a malformed header: "
                             f"{type(exc).__name__}: {exc})") from None
        try:
            for got[0], row in enumerate(decoder.rows(lines, counts[0]), 1):
                _add_node(graph, *decoder.actor(row))
            for batch in decoder.lines(lines, counts[1]):
                _add_edges(graph, decoder.edges(batch))
                got[1] += len(batch)
            for batch in decoder.lines(lines, counts[2]):
                for attrs in decoder.edges(batch):
                    aside[attrs["id"]] = attrs
                got[2] += len(batch)
        except (ValueError, IndexError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(f"{self.file}: cannot read the store (line {decoder.line} is "
                             f"malformed: {type(exc).__name__}: {exc})") from None
        self._check_counts(got, counts)
        return graph, aside

    def _check_counts(self, got: list[int], counts: list[int]) -> None:
        if got != counts:
            raise StoreError(f"{self.file}: cannot read the store (truncated: {got[0]} "
                             f"of {counts[0]} actors, {got[1]} of {counts[1]} edges, "
                             f"{got[2]} of {counts[2]} set aside)")

    def has_document(self, document_id: str) -> bool:
        return document_id in self._documents

    def has_documents(self) -> bool:
        return bool(self._documents)

    # -- writing -------------------------------------------------------------

    def merge(self, extraction: Extraction) -> MergeStats:
        """Fold one document's extraction into the graph (in memory).

        Checked before anything changes, so a bad extraction leaves the
        graph as it was rather than half-merged.
        """
        from .context import add_context
        from .dates import date_extraction

        extraction = add_context(date_extraction(extraction))
        known = {a.id for a in extraction.actors}
        for edge in extraction.edges:
            for end in (edge.source, edge.target):
                if end not in known and end not in self.graph:
                    raise StoreError(f"edge {edge.id} names unknown actor {end}")
        doc = extraction.document
        node = {**doc.node(), "sources": [], "context_kept": True}
        try:  # one document that cannot be saved must not make the whole store unsavable
            orjson.dumps(node)
        except TypeError as exc:
            raise StoreError(f"document {doc.id} cannot be stored ({exc})") from None
        stats = MergeStats(documents=1)
        self._documents[doc.id] = node
        for actor in extraction.actors:
            stats.actors_added += self._merge_actor(actor, doc.id, extraction)
        for actor_id, count in extraction.mentions.items():
            if actor_id in self.graph:
                self.graph.nodes[actor_id].setdefault("mentions", {})[doc.id] = count
        for edge in extraction.edges:
            added_edge, added_evidence = self._merge_edge(edge)
            stats.edges_added += added_edge
            stats.evidence_added += added_evidence
        for edge in extraction.aside:
            self._set_aside(edge)
        stats.replaced = self.claim_sources(doc)
        return stats

    # -- documents by source ---------------------------------------------------

    def claim_sources(self, document: Document) -> list[str]:
        """Record that `document` (stored) was read from its file or address; an earlier
        version read from there, and kept by no other file, is removed (see
        `remove_document`). Returns the removed ids."""
        if self._sources is None:
            self._sources = SourceIndex.of(self._documents)
        replaced, relisted = self._sources.claim(document.id, source_keys(document))
        for doc_id in relisted:
            if doc_id in self._documents:
                self._documents[doc_id]["sources"] = self._sources.keys_of(doc_id)
        for old in replaced:
            self.remove_document(old)
        return replaced

    def remove_document(self, document_id: str) -> None:
        """Forget a document: its evidence, its mentions, the edges left without evidence
        and the actors left with neither mentions nor edges nor claims."""
        self._documents.pop(document_id, None)
        if self._sources is not None:
            self._sources.forget(document_id)
        for key in forget_document(self.graph, document_id, self.aside):
            self._evidence_keys.pop(key, None)

    def _merge_actor(self, actor: Actor, document_id: str = "",
                     extraction: Extraction | None = None) -> int:
        """Fold `actor` into its node (and note what it brings, should the node be made of
        merged actors)."""
        added = actor.id not in self.graph
        if added:
            self.graph.add_node(actor.id, mentions={})
        attrs = self.graph.nodes[actor.id]
        self._note_parts(attrs, actor, document_id, extraction)
        if added:
            attrs.update(actor.node())
        else:
            attrs.update(merge_actor(actor_from(actor.id, attrs), actor).node())
        return int(added)

    def _merge_edge(self, edge: Edge) -> tuple[int, int]:
        keys = self.graph.succ.get(edge.source, {}).get(edge.target, {})
        attrs = keys.get(edge.id)
        if attrs is None:
            self.graph.add_edge(edge.source, edge.target, key=edge.id, **edge_attrs(edge))
            return 1, len(edge.evidence)
        if edge.date and not attrs.get("date"):  # a later sentence dates an undated fact
            attrs["date"], attrs["date_text"] = edge.date, edge.date_text
        if edge.review or attrs.get("review"):
            from .review import combine_review

            combine_review(attrs, edge)
        return 0, self._add_evidence(edge.id, attrs["evidence"], edge.evidence)

    def _add_evidence(self, edge_id: str, stored: list[dict[str, Any]],
                      incoming: list[Evidence]) -> int:
        """Append the evidence not stored yet; returns how many were new.

        The stored keys of an edge are kept in a set once it gets a second
        document: rebuilding the edge per merge made a hub fact cited by n
        documents cost O(n^2) (153 of the 835 s of a 10k-document build).
        """
        known = self._evidence_keys.get(edge_id)
        if known is None:
            known = {(e["document"], e["start"], e["end"]) for e in stored}
            self._evidence_keys[edge_id] = known
        added = 0
        for item in incoming:
            if item.key not in known:
                known.add(item.key)
                stored.append(evidence_dict(item))
                added += 1
        return added

    def save(self, also: dict[Path, bytes] | None = None) -> None:
        """Write the whole store atomically (temp file, fsync, rename).

        `also` adds files of the store folder (the decisions) written in the same
        commit: after a crash both are new or both are old (see figraph.graph.atomic)."""
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            if also:
                write_together({self.file: self._serialised(), **also})
            else:
                write_atomic(self.file, self._serialised())
        except OSError as exc:
            problem = exc.strerror or exc
            raise StoreError(f"{self.file}: cannot write the store ({problem})") from exc

    def _serialised(self) -> Iterator[bytes]:
        """JSON Lines: a header (format, version, counts, documents), then the actors, the
        edges and the edges set aside, as compact arrays a thousand to a line
        (`figraph.graph.store_format`), in pieces of about a megabyte: neither a save nor a
        load holds the whole text beside the graph. orjson escapes newlines in strings."""
        line = orjson.OPT_APPEND_NEWLINE
        header = {"format": FORMAT, "version": VERSION, "actors": self.graph.number_of_nodes(),
                  "edges": self.graph.number_of_edges(), "aside": len(self.aside),
                  "documents": self._documents}
        encoder = Encoder(self._documents, list(self.graph))
        out = bytearray(orjson.dumps(header, option=line))
        actors = (encoder.actor(node, attrs) for node, attrs in self.graph.nodes(data=True))
        edges = encoder.edges(d for _, _, d in self.graph.edges(data=True))
        aside = encoder.edges(self.aside.values())
        for batch in itertools.chain(batches(actors), batches(edges), batches(aside)):
            out += orjson.dumps(batch, option=line)
            if len(out) > _PIECE:
                yield bytes(out)
                out.clear()
        yield bytes(out)

    @contextlib.contextmanager
    def locked(self, wait: float = 0.0) -> Iterator[LocalStore]:
        """Hold the store's write lock; wait up to `wait` seconds for it.

        The lock is an flock on `lock`, which the kernel drops when the last copy of
        its file descriptor closes: when the holder dies, however it dies. Forked
        children (extraction workers) close their copy at once (`_close_in_children`),
        so workers orphaned by a `kill -9` of their build cannot keep the store busy.
        Once held, what a dead writer left is settled (`_settle`)."""
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot lock the store ({exc.strerror or exc})") from exc
        _HELD_LOCKS.add(fd)
        try:
            _acquire(fd, wait, self.path)
            _note_holder(fd)
            self._lock_fd = fd
            _settle(self.path)
            yield self
        finally:
            self._lock_fd = None
            _HELD_LOCKS.discard(fd)
            os.close(fd)


_HELD_LOCKS: set[int] = set()
"""File descriptors of store locks open in this process."""


def _close_in_children() -> None:
    """In a forked child: drop the parent's store locks (the child never writes)."""
    for fd in list(_HELD_LOCKS):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_close_in_children)


def _acquire(fd: int, wait: float, path: Path) -> None:
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = _holder(fd)
                raise StoreBusy(f"{path}: the store is busy (another build holds it"
                                f"{f', pid {holder}' if holder else ''})") from None
            time.sleep(0.2)


def _note_holder(fd: int) -> None:
    """Write our pid into the lock file, for the busy message of the next comer."""
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)


def _holder(fd: int) -> int | None:
    try:
        return int(os.pread(fd, 32, 0).decode().strip() or 0) or None
    except (OSError, ValueError):
        return None


def _settle(folder: Path) -> None:
    """Under the lock: finish a multi-file commit a dead writer left (its journal), and
    delete the temporary files of writers that are dead (a `kill -9` during a save)."""
    from .atomic import recover, remove_stale_temporaries

    recover(folder)
    remove_stale_temporaries(folder)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic GC passes while millions of new, acyclic dicts are made (each pass
    walks every object made so far); then they are moved out of the collector's sight."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what was loaded stays: later passes skip it instead of walking it
        if was_enabled:
            gc.enable()


def _counts(header: dict[str, Any]) -> list[int]:
    """Actors, edges and edges set aside, as the header announces them."""
    return [int(header[key]) for key in ("actors", "edges")] + [int(header.get("aside", 0))]


def _add_node(graph: nx.MultiDiGraph, node: str, attrs: dict[str, Any]) -> None:
    graph._node[node] = attrs
    graph._succ[node] = {}
    graph._pred[node] = {}


def _add_edge(graph: nx.MultiDiGraph, attrs: dict[str, Any]) -> None:
    """Put a loaded edge into the adjacency (see `_graph_from`): keyed by its own id
    string, its dict the graph's own."""
    nodes, succ, pred = graph._node, graph._succ, graph._pred
    source, target = attrs["source"], attrs["target"]
    try:
        out, into = succ[source], pred[target]
    except KeyError:  # an end that is no actor: a bare node, as add_edge makes
        for end in (source, target):
            if end not in nodes:
                nodes[end], succ[end], pred[end] = {}, {}, {}
        out, into = succ[source], pred[target]
    keys = out.get(target)
    if keys is None:
        keys = out[target] = into[source] = {}
    keys[attrs["id"]] = attrs


def _add_edges(graph: nx.MultiDiGraph, edges: list[dict[str, Any]]) -> None:
    """`_add_edge` of each, inlined (a million times per load). A new pair's key dict is
    made with its one entry (one allocation where an empty dict then an insert are two);
    an end that is no actor takes `_add_edge`'s path."""
    succ, pred = graph._succ, graph._pred
    for attrs in edges:
        source, target = attrs["source"], attrs["target"]
        try:  # `_succ` and `_pred` hold the same nodes as `_node`
            out, into = succ[source], pred[target]
        except KeyError:
            _add_edge(graph, attrs)
            continue
        keys = out.get(target)
        if keys is None:
            out[target] = into[source] = {attrs["id"]: attrs}
        else:
            keys[attrs["id"]] = attrs


def _graph_from(actors: list[dict[str, Any]], edges: list[dict[str, Any]]) -> nx.MultiDiGraph:
    """The MultiDiGraph of the saved lists, its adjacency filled in directly.

    Same graph as `add_nodes_from` + `add_edges_from`, which copy every attr
    dict and look each edge up again: at 10^6 edges that was most of a load.
    The parsed dicts become the graph's own (nothing else holds them), and the
    two directions share one key dict per node pair, as networkx's own
    `add_edge` does.
    """
    graph = nx.MultiDiGraph()
    for attrs in actors:
        _add_node(graph, attrs.pop("id"), attrs)
    for attrs in edges:
        _add_edge(graph, attrs)
    return graph
