"""The Neo4j store: the same graph, in a server that Neo4j Browser and Cypher users reach.

Shape (reads well in Browser, filterable by queries):
- `(:Actor:<Type>[:<Role>...] {id, name, type, roles, aliases, group, description, source, ...})`
- `(:Actor)-[:<RELATION_TYPE> {id, claimant, claimant_name, status, hedges, date,
  date_text, date_start, date_end, review, review_note, allegation, evidence_count,
  evidence_quotes, evidence_documents, evidence_titles, evidence_json,
  fingerprint}]->(:Actor)` (`review`: `""` not reviewed, `confirmed`, `retyped` or
  `reproposed`, see `figraph.graph.review`; `evidence_json` holds what the three arrays do
  not: offsets, page, url, date, extractor)
  (`date` is the ISO span, `date_text` the date as written, `date_start` and
  `date_end` real Neo4j dates, absent when undated)
- `(:Document {id, title, url, date, date_text, date_start, date_end, path, sources,
  format, complete, fingerprint})-[:MENTIONS {count}]->(:Actor)`

Writes are batched `UNWIND $rows` statements in managed transactions (the driver
retries transient errors). Values always travel as parameters; labels and
relationship types are only ever taken from the model's vocabulary and checked
against it before they are written into a statement.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import RELATION_TYPES, Actor, Edge, Evidence, Extraction, edge_attrs
from .neo4j_write import DEFAULT_BATCH, Writer, evidence_from, safe_label, safe_rel_type
from .safe_text import redact
from .store import MergeStats, StoreError, merge_actor

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Neo4jSettings", "Neo4jStore", "RemoteState", "safe_label", "safe_rel_type",
           "DEFAULT_BATCH"]


@dataclass
class RemoteState:
    """What a database holds, by id, for a push to compare with (see `figraph.graph.sync`)."""

    actors: dict[str, str | None] = field(default_factory=dict)
    """Actor id -> fingerprint (None when written by a figraph that wrote none)."""
    edges: dict[str, tuple[str | None, str, str]] = field(default_factory=dict)
    """Edge id -> (fingerprint, source id, target id)."""
    documents: dict[str, str | None] = field(default_factory=dict)
    """Complete documents' fingerprints (a document cut off midway is not complete)."""
    all_documents: set[str] = field(default_factory=set)

@dataclass(frozen=True)
class Neo4jSettings:
    """Connection settings; the password is never shown by repr or str."""

    uri: str = "bolt://127.0.0.1:7687"
    user: str = "neo4j"
    password: str = field(default="", repr=False)
    database: str = "neo4j"

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None,
                 password: str | None = None, database: str | None = None) -> Neo4jSettings:
        env = os.environ
        return cls(
            uri=uri or env.get("NEO4J_URI", cls.uri),
            user=user or env.get("NEO4J_USERNAME", env.get("NEO4J_USER", cls.user)),
            password=password if password is not None else env.get("NEO4J_PASSWORD", ""),
            database=database or env.get("NEO4J_DATABASE", cls.database),
        )


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_PLAIN_URI = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://"
                        r"(?P<host>[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])(?::(?P<port>\d{1,5}))?/?")
"""`scheme://host[:port]`: the only form figraph accepts, and the only one it echoes."""


def _shown_uri(uri: str) -> str:
    """The URI as messages may show it: `scheme://host:port` when that is all it is.

    Anything else (a user or password, a query string, a path, a missing `//`) is not
    echoed at all: each such form once carried a password into an error message."""
    found = _PLAIN_URI.fullmatch(uri.strip())
    if found:
        return uri.strip()
    scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]{0,20}(?=:)", uri)
    return f"the Neo4j URI ({scheme.group()}:…)" if scheme else "the Neo4j URI"


def _uri_problem(uri: str, password: str = "") -> str | None:
    """Why figraph will not hand `uri` to the driver, or None.

    A URI holding the password anywhere (even as a host name) is refused: the driver's
    debug log writes the host it resolves."""
    if password and password in uri:
        return "the URI holds the password: give it in NEO4J_PASSWORD only"
    found = _PLAIN_URI.fullmatch(uri.strip())
    if found and found.group("scheme").lower() in BOLT_SCHEMES:
        return None
    if any(mark in uri for mark in "@?#"):  # the driver's own error would quote it whole
        return ("no user, password or query in the URI, please (give HOST and PORT only; "
                "credentials in NEO4J_USERNAME and NEO4J_PASSWORD)")
    # the driver would try its HTTP API, whose missing extra dies in a traceback
    return "not a Bolt URI (use bolt://HOST:PORT or neo4j://HOST:PORT, with +s or +ssc for TLS)"


class Neo4jStore:
    """The store protocols (`Store`, and the read contract `View`) over a Neo4j database."""

    def __init__(self, driver: Any, database: str = "neo4j",
                 batch_size: int = DEFAULT_BATCH) -> None:
        self.driver = driver
        self.database = database
        self.writer = Writer(driver, database, batch_size)

    @classmethod
    def connect(cls, settings: Neo4jSettings, batch_size: int = DEFAULT_BATCH) -> Neo4jStore:
        """Open a driver and check it answers; errors name the server, never the password."""
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

        shown = _shown_uri(settings.uri)

        def failure(problem: str) -> StoreError:  # a last guard: never the password
            return StoreError(redact(f"{shown}: {problem}", [settings.password]))

        problem = _uri_problem(settings.uri, settings.password)
        if problem:
            raise failure(problem)
        try:
            driver = GraphDatabase.driver(settings.uri.strip(),
                                          auth=(settings.user, settings.password),
                                          notifications_min_severity="OFF")
            driver.verify_connectivity()
        except AuthError:
            raise failure(f"authentication failed for user {settings.user!r}") from None
        except (ServiceUnavailable, OSError) as exc:
            raise failure(f"Neo4j is unreachable ({type(exc).__name__})") from None
        except (Neo4jError, ConfigurationError, ValueError) as exc:
            raise failure(str(exc)) from None
        return cls(driver, settings.database, batch_size)

    def close(self) -> None:
        self.driver.close()

    # -- schema and writes ---------------------------------------------------

    def ensure_schema(self) -> None:
        """Uniqueness constraints and indexes, before any write."""
        statements = [
            "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
            "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
            "CREATE INDEX actor_type IF NOT EXISTS FOR (n:Actor) ON (n.type)",
        ]
        # earlier versions indexed each relationship type's id: no query can use such an
        # index (edges are found by id without their type) and it slowed every write
        statements += [f"DROP INDEX rel_{safe_rel_type(t).lower()}_id IF EXISTS"
                       for t in RELATION_TYPES]
        with self.driver.session(database=self.database) as session:
            for statement in statements:
                session.run(statement).consume()

    def wipe(self) -> None:
        """Delete every node and relationship, in batches that fit in memory.

        Relationships go first, a bounded number per transaction: detaching
        10,000 nodes at once would delete all their relationships in one
        transaction, and a hub's tens of thousands overflow the server's
        transaction memory.
        """
        queries = ("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
                   "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
        with self.driver.session(database=self.database) as session:
            for query in queries:
                session.run(query).consume()

    def write(self, actors: Iterable[Actor], edges: Iterable[dict], documents: Sequence[dict],
              mentions: dict[str, dict[str, int]], claimant_names: dict[str, str]) -> None:
        """Upsert in batches (see `Writer.write`)."""
        self.writer.write(actors, edges, documents, mentions, claimant_names)

    # -- the store protocol --------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        rows = self._read("MATCH (d:Document {id: $id}) WHERE d.complete RETURN count(d) AS n",
                          id=document_id)
        return rows[0]["n"] > 0

    def remote_state(self) -> RemoteState:
        """Ids and fingerprints of every actor, edge and document (no evidence text)."""
        state = RemoteState()
        for row in self._read("MATCH (n:Actor) RETURN n.id AS id, n.fingerprint AS fp"):
            state.actors[row["id"]] = row["fp"]
        for row in self._read("MATCH (a:Actor)-[r]->(b:Actor) WHERE r.id IS NOT NULL "
                              "RETURN r.id AS id, r.fingerprint AS fp, a.id AS source, "
                              "b.id AS target"):
            state.edges[row["id"]] = (row["fp"], row["source"], row["target"])
        for row in self._read("MATCH (d:Document) RETURN d.id AS id, d.fingerprint AS fp, "
                              "d.complete AS complete"):
            state.all_documents.add(row["id"])
            if row["complete"]:
                state.documents[row["id"]] = row["fp"]
        return state

    def document_ids(self) -> set[str]:
        """Documents whose push completed."""
        rows = self._read("MATCH (d:Document) WHERE d.complete RETURN d.id AS id")
        return {row["id"] for row in rows}

    def merge(self, extraction: Extraction) -> MergeStats:
        """Upsert one document's extraction (what a build does, against Neo4j).

        Actors and edges already there are folded with the new ones as the local
        store folds them (a write replaces an element whole)."""
        from .context import add_context
        from .dates import date_extraction

        extraction = add_context(date_extraction(extraction))
        before = self.counts()
        known_actors = {a.id: a for a in self._actors_by_id([a.id for a in extraction.actors])}
        actors = [merge_actor(known_actors[a.id], a) if a.id in known_actors else a
                  for a in extraction.actors]
        names = {a.id: a.name for a in actors}
        doc = extraction.document
        mentions = {doc.id: dict(extraction.mentions)}
        existing = {e.id: e for e in self._edges_by_id([e.id for e in extraction.edges])}
        edges = []
        for edge in extraction.edges:
            known = existing.get(edge.id)
            if known:
                known.add_evidence(edge.evidence)
                if edge.date and not known.date:  # as the local store: a later sentence dates it
                    known.date, known.date_text = edge.date, edge.date_text
                edge = known
            edges.append(edge)
        self.write(actors, [e.to_dict() for e in edges], [{"id": doc.id, **doc.node()}],
                   mentions, names)
        after = self.counts()
        return MergeStats(documents=1, actors_added=after["actors"] - before["actors"],
                          edges_added=after["edges"] - before["edges"],
                          evidence_added=after["evidence"] - before["evidence"])

    # -- the read contract (`figraph.graph.store.View`), all values as parameters -------

    def actors(self) -> Iterator[Actor]:
        for row in self._read("MATCH (n:Actor) RETURN n ORDER BY n.id"):
            yield _actor_from(dict(row["n"]))

    def actor(self, actor_id: str) -> Actor | None:
        found = self._actors_by_id([actor_id])
        return found[0] if found else None

    def edges(self) -> Iterator[Edge]:
        query = (f"MATCH (a:Actor)-[r]->(b:Actor) {_EDGE_ROW} ORDER BY r.id")
        for row in self._read(query):
            yield _edge_from(row["source"], row["target"], row["type"], dict(row["r"]))

    def edge(self, edge_id: str) -> Edge | None:
        return next(self._edges_by_id([edge_id]), None)

    def actor_edges(self, actor_id: str) -> Iterator[Edge]:
        query = ("MATCH (:Actor {id: $id})-[r]-(:Actor) WITH DISTINCT r "
                 "MATCH (a:Actor)-[r]->(b:Actor) " + _EDGE_ROW + " ORDER BY r.id")
        for row in self._read(query, id=actor_id):
            yield _edge_from(row["source"], row["target"], row["type"], dict(row["r"]))

    def adjacent(self, actor_id: str) -> Iterator[tuple[Edge, Actor]]:
        edges = list(self.actor_edges(actor_id))
        others = {e.target if e.source == actor_id else e.source for e in edges}
        actors = {a.id: a for a in self._actors_by_id(sorted(others))}
        for edge in edges:
            other = actors.get(edge.target if edge.source == actor_id else edge.source)
            if other is not None:
                yield edge, other

    def claimed(self, actor_id: str) -> Iterator[Edge]:
        query = "MATCH (a:Actor)-[r]->(b:Actor) WHERE r.claimant = $id " + _EDGE_ROW
        for row in self._read(query + " ORDER BY r.id", id=actor_id):
            yield _edge_from(row["source"], row["target"], row["type"], dict(row["r"]))

    def mentions(self, actor_id: str) -> dict[str, int]:
        rows = self._read("MATCH (d:Document)-[m:MENTIONS]->(:Actor {id: $id}) "
                          "RETURN d.id AS document, m.count AS count", id=actor_id)
        return {row["document"]: int(row["count"] or 0) for row in rows}

    def _actors_by_id(self, ids: list[str]) -> list[Actor]:
        rows = self._read("MATCH (n:Actor) WHERE n.id IN $ids RETURN n", ids=ids)
        return [_actor_from(dict(row["n"])) for row in rows]

    def _edges_by_id(self, ids: list[str]) -> Iterator[Edge]:
        if not ids:
            return
        query = "MATCH (a:Actor)-[r]->(b:Actor) WHERE r.id IN $ids " + _EDGE_ROW
        for row in self._read(query, ids=ids):
            yield _edge_from(row["source"], row["target"], row["type"], dict(row["r"]))

    def documents(self) -> Iterator[dict]:
        for row in self._read("MATCH (d:Document) RETURN d ORDER BY d.id"):
            yield _document_from(dict(row["d"]))

    def document(self, document_id: str) -> dict[str, Any] | None:
        rows = self._read("MATCH (d:Document {id: $id}) RETURN d", id=document_id)
        return _document_from(dict(rows[0]["d"])) if rows else None

    def network(self) -> nx.MultiDiGraph:
        """The whole database as a networkx graph of the stored shape (see `View.network`):
        read once, for the algorithms Cypher lacks; no later write shows in it."""
        import networkx as nx

        mentions: dict[str, dict[str, int]] = {}
        for row in self._read("MATCH (d:Document)-[m:MENTIONS]->(a:Actor) "
                              "RETURN a.id AS actor, d.id AS document, m.count AS count"):
            mentions.setdefault(row["actor"], {})[row["document"]] = int(row["count"] or 0)
        graph = nx.MultiDiGraph()
        for actor in self.actors():
            graph.add_node(actor.id, mentions=mentions.get(actor.id, {}), **actor.node())
        for edge in self.edges():
            graph.add_edge(edge.source, edge.target, key=edge.id, **edge_attrs(edge))
        return graph

    def counts(self) -> dict[str, int]:
        row = self._read(
            "CALL () { MATCH (d:Document) RETURN count(d) AS documents } "
            "CALL () { MATCH (n:Actor) RETURN count(n) AS actors } "
            "CALL () { MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS edges, "
            "sum(CASE WHEN r.allegation THEN 1 ELSE 0 END) AS allegations, "
            "sum(coalesce(r.evidence_count, 0)) AS evidence } "
            "RETURN documents, actors, edges, allegations, evidence")[0]
        keys = ("documents", "actors", "edges", "allegations", "evidence")
        return {k: int(row[k] or 0) for k in keys}

    def _read(self, query: str, **params: Any) -> list[Any]:
        with self.driver.session(database=self.database) as session:
            return session.execute_read(lambda tx: list(tx.run(query, **params)))


_EDGE_ROW = "RETURN a.id AS source, b.id AS target, type(r) AS type, r AS r"
"""What an edge read returns: its two ends, its type and its properties."""


def _document_from(props: dict[str, Any]) -> dict[str, Any]:
    for key in ("complete", "fingerprint", "date_start", "date_end"):
        props.pop(key, None)  # what Neo4j keeps for itself; the store's shape is the rest
    return props


def _actor_from(props: dict[str, Any]) -> Actor:
    return Actor(id=props["id"], name=props.get("name", ""), type=props.get("type", ""),
                 roles=list(props.get("roles") or []), aliases=list(props.get("aliases") or []),
                 group=bool(props.get("group", False)), description=props.get("description", ""),
                 attributes=json.loads(props.get("attributes_json") or "{}"),
                 source=props.get("source", "text"))


def _edge_from(source: str, target: str, rel_type: str, props: dict[str, Any]) -> Edge:
    evidence = [Evidence(**e) for e in evidence_from(props)]
    return Edge(source=source, target=target, type=rel_type, claimant=props.get("claimant", ""),
                status=props.get("status", "stated"), hedges=list(props.get("hedges") or []),
                date=props.get("date", ""), evidence=evidence, id=props["id"],
                date_text=props.get("date_text", ""), review=props.get("review", ""),
                review_note=props.get("review_note", ""))
