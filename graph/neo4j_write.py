"""Batched writes to Neo4j: the statements a push sends, and the rows they take.

Why a module of its own: the write path is where a push spends its time, and
its choices are measured (BENCHMARKS.md, "Neo4j push"):
- Every statement is idempotent, because the driver retries a transaction whose
  commit it did not hear about, which may have happened: actors and edges are
  MERGEd on their ids (tests/neo4j/test_retries.py commits every transaction twice).
  CREATE would not pay for a scheme that makes it safe: the server spends its time
  writing each relationship's ~20 properties, not checking that it is absent (server
  CPU per 10^5 edges: MERGE 6.4 s, CREATE 6.2 s, unpacking the rows alone 0.4 s,
  finding both ends 0.8 s; BENCHMARKS.md, "Neo4j push").
- One transaction at a time, of `DEFAULT_BATCH` (1,000) rows: two sessions writing
  at once deadlock on the hubs' relationship locks (each MERGE locks both ends) and
  were no faster; building the next batch in a thread while one commits was no faster
  either on two cores that the server already keeps busy.
- A document's MENTIONS are one row per document (the actor list nested), its
  old ones deleted and the new ones created in the same statement: the document
  id travels once, not once per mention, and no MERGE check runs per mention.
- Rows are built from the store's plain dicts: no Edge objects on the way.
- An edge's evidence travels once: the quotes, document ids and titles in their own
  arrays, and `evidence_json` only what they do not hold (offsets, page, url, date,
  extractor; `evidence_from` puts them back together). Repeating the quotes and titles
  in the JSON made a row ~1,090 bytes instead of ~840.
- Edge rows travel as lists, grouped by the property names they carry, the statement
  naming each position (`edge_statement`): the same names repeated in every row were a
  fifth of the bytes sent, and packing those bytes is most of the client's time.
- An actor the database does not hold yet (`fresh`) is written without first removing
  every label of the vocabulary from it: that REMOVE was ~40 % of the actors' time.
- Every actor, edge and document carries a `fingerprint`, a hash of everything the
  row writes (labels and ends included, and a document's mentions): a push compares
  them with the local rows and sends only what differs (`figraph.graph.sync`).
- A row replaces what it writes (`SET n = row.props`, old labels removed), so a
  rewritten actor or edge ends exactly as a first write would leave it.
Labels and relationship types come from the vocabulary only (`safe_label`,
`safe_rel_type`), checked for every row before the first statement is sent.
Dates travel as real `date` values (`date_start`, `date_end`), the ISO span and
the text as written beside, so Cypher and Browser compare dates, not strings.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import orjson

from .dates import date_span
from .model import NODE_TYPES, RELATION_TYPES, ROLES, Actor, is_allegation

__all__ = ["DEFAULT_BATCH", "Writer", "safe_label", "safe_rel_type", "edge_row", "actor_row",
           "actor_labels", "document_props", "document_row", "fingerprint", "evidence_from",
           "edge_statement", "network_names"]

DEFAULT_BATCH = 1000
"""Rows per transaction. A transaction's rows and their new records stay live in the
server's heap until it commits, and every young collection during it copies them: at
5,000 rows a full push of 10^5 edges spent 2-6 s in the server's collector (1,000
rows: 0.2-0.6 s) and 15-20 % more server CPU in all (BENCHMARKS.md, "Batch size").
Smaller batches pay a round trip and a commit each: 500 rows was no cheaper."""
_ACTOR_PROPS = ("name", "type", "roles", "aliases", "group", "description", "source")
_DOCUMENT_PROPS = ("title", "name", "path", "url", "date", "date_text", "format", "n_chars",
                   "n_pages", "sources")
_ALL_LABELS = ":".join((*NODE_TYPES, *(r for r in ROLES if r not in NODE_TYPES)))
"""Every label an actor may carry besides `Actor`: removed before its own are set."""
_IN_ARRAYS = {"quote": "evidence_quotes", "document": "evidence_documents",
              "document_title": "evidence_titles"}
"""Evidence fields that travel in arrays of their own, not in `evidence_json`."""
_EVIDENCE_ORDER = ("document", "quote", "start", "end", "document_title")
"""`Evidence`'s first fields, in its order: rebuilt dicts read like the store's."""


def fingerprint(*parts: Any) -> str:
    """A short hash of what a row writes: equal rows, equal fingerprints, on every machine."""
    data = orjson.dumps(parts, option=orjson.OPT_SORT_KEYS)
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def safe_label(label: str) -> str:
    """A node label from the vocabulary, or an error: never text from a document."""
    if label not in NODE_TYPES and label not in ROLES and label not in ("Actor", "Document"):
        raise ValueError(f"not a figraph label: {label!r}")
    return label


def safe_rel_type(rel_type: str) -> str:
    """A relationship type from the vocabulary, or an error."""
    if rel_type not in RELATION_TYPES and rel_type != "MENTIONS":
        raise ValueError(f"not a figraph relationship type: {rel_type!r}")
    return rel_type


class Writer:
    """Sends actors, edges, documents and mentions in batched managed transactions."""

    def __init__(self, driver: Any, database: str, batch_size: int = DEFAULT_BATCH) -> None:
        self.driver = driver
        self.database = database
        self.batch_size = batch_size

    def write(self, actors: Iterable[Actor], edges: Iterable[dict], documents: Sequence[dict],
              mentions: dict[str, dict[str, int]], claimant_names: dict[str, str]) -> None:
        """Upsert everything given (`edges` as `Edge.to_dict()` dicts, `mentions` as
        document id -> actor id -> count).

        Documents are marked `complete` last, so a push cut off midway is
        redone by the next one instead of being taken as done.
        """
        actor_groups = _actors_by_labels(actors)  # every label and type checked
        edge_groups = _edges_by_type(edges, claimant_names)  # before the first statement
        self.write_rows(actor_groups, edge_groups,
                        [document_row(d, mentions.get(d["id"], {})) for d in documents])

    def write_rows(self, actor_groups: dict[str, list[dict]], edge_groups: dict[str, list[dict]],
                   document_rows: list[dict]) -> None:
        """Send rows made by `actor_row`, `edge_row` and `document_row`, grouped by
        labels and relationship type (see `group_actors`, `group_edges`)."""
        for labels, rows in actor_groups.items():
            fresh = [row for row in rows if row.get("fresh")]
            known = [row for row in rows if not row.get("fresh")]
            self._batched(f"UNWIND $rows AS row MERGE (n:Actor {{id: row.id}}) "
                          f"SET n = row.props SET n:{labels}", fresh)
            self._batched(f"UNWIND $rows AS row MERGE (n:Actor {{id: row.id}}) "
                          f"REMOVE n:{_ALL_LABELS} SET n = row.props SET n:{labels}", known)
        for rel_type, rows in edge_groups.items():
            for keys, lists in _edge_lists(rows).items():
                self._batched(edge_statement(rel_type, keys), lists)
        self._batched("UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row.props",
                      [{"id": d["id"], "props": d["props"]} for d in document_rows])
        self._write_mentions(document_rows)
        self._batched("UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.complete = true",
                      [{"id": d["id"]} for d in document_rows])

    def delete(self, actors: Sequence[str], edges: Sequence[dict], documents: Sequence[str]
               ) -> None:
        """Remove what the local store no longer holds: edges (`id`, `source`, `target`:
        found from their ends, relationship ids are not indexed), then actors and
        documents with whatever still hangs on them (their MENTIONS)."""
        self._batched("UNWIND $rows AS row MATCH (:Actor {id: row.source})-[r {id: row.id}]->"
                      "(:Actor {id: row.target}) DELETE r", list(edges))
        self._batched("UNWIND $rows AS row MATCH (n:Actor {id: row.id}) DETACH DELETE n",
                      [{"id": i} for i in actors])
        self._batched("UNWIND $rows AS row MATCH (d:Document {id: row.id}) DETACH DELETE d",
                      [{"id": i} for i in documents])

    def _write_mentions(self, document_rows: list[dict]) -> None:
        rows = [{"id": d["id"], "mentions": d["mentions"]} for d in document_rows]
        self._batched("UNWIND $rows AS row MATCH (d:Document {id: row.id}) "
                      "CALL (d) { MATCH (d)-[old:MENTIONS]->() DELETE old } "
                      "WITH d, row UNWIND row.mentions AS m MATCH (a:Actor {id: m[0]}) "
                      "CREATE (d)-[:MENTIONS {count: m[1]}]->(a)",
                      rows, weight=lambda row: len(row["mentions"]))

    def _batched(self, query: str, rows: Sequence[Any], weight: Any = None) -> None:
        """Send `rows` in transactions of about `batch_size` rows (or of `weight`)."""
        if not rows:
            return
        with self.driver.session(database=self.database) as session:
            for batch in _batches(rows, self.batch_size, weight):
                session.execute_write(lambda tx, b=batch: tx.run(query, rows=b).consume())


def edge_statement(rel_type: str, keys: tuple[str, ...]) -> str:
    """The statement that writes edge rows sent as lists (`_edge_lists`): the source and
    target ids, then the values of `keys` (the first being `id`) in order."""
    props = ", ".join(f"{key}: row[{index + 2}]" for index, key in enumerate(keys))
    return ("UNWIND $rows AS row MATCH (a:Actor {id: row[0]}) MATCH (b:Actor {id: row[1]}) "
            f"MERGE (a)-[r:{safe_rel_type(rel_type)} {{id: row[2]}}]->(b) SET r = {{{props}}}")


def _edge_lists(rows: Iterable[dict]) -> dict[tuple[str, ...], list[list[Any]]]:
    """Edge rows as lists, by the property names they carry (dated edges have two more):
    the names travel once per statement, not once per row."""
    shapes: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    for row in rows:
        props = row["props"]
        keys = tuple(props)
        if keys[0] != "id" or not all(map(str.isidentifier, keys)):
            raise ValueError(f"edge {props.get('id')}: cannot send properties {keys}")
        shapes[keys].append([row["source"], row["target"], *props.values()])
    return shapes


def _batches(rows: Sequence[Any], size: int, weight: Any) -> Iterable[Sequence[Any]]:
    if weight is None:
        for start in range(0, len(rows), size):
            yield rows[start:start + size]
        return
    batch: list[Any] = []
    load = 0
    for row in rows:
        batch.append(row)
        load += max(1, weight(row))
        if load >= size:
            yield batch
            batch, load = [], 0
    if batch:
        yield batch


def _actors_by_labels(actors: Iterable[Actor]) -> dict[str, list[dict]]:
    return group_actors(actor_row(actor) for actor in actors)


def _edges_by_type(edges: Iterable[dict], claimant_names: dict[str, str]) -> dict[str, list[dict]]:
    return group_edges(edge_row(edge, claimant_names) for edge in edges)


def group_actors(rows: Iterable[dict]) -> dict[str, list[dict]]:
    """Actor rows by their label set (`Person:MP`), every label checked against the vocabulary."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[":".join(safe_label(label) for label in row["labels"])].append(row)
    return groups


def group_edges(rows: Iterable[dict]) -> dict[str, list[dict]]:
    """Edge rows by relationship type, each checked against the vocabulary."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[safe_rel_type(row["type"])].append(row)
    return groups


def actor_labels(actor: Actor) -> tuple[str, ...]:
    """Labels besides `Actor`: the type, its roles (so Browser can style MPs), `Group`."""
    roles = tuple(sorted(r for r in actor.roles if r in ROLES))
    group = ("Group",) if actor.group and "Group" not in roles else ()
    return (actor.type, *roles, *group)


def actor_row(actor: Actor) -> dict[str, Any]:
    """An actor's id, labels and properties; string attributes also as `attr_<key>`."""
    props: dict[str, Any] = {"id": actor.id, **{k: getattr(actor, k) for k in _ACTOR_PROPS}}
    props["attributes_json"] = json.dumps(actor.attributes, ensure_ascii=False)
    for key, value in actor.attributes.items():
        if isinstance(value, str) and key.isidentifier():
            props[f"attr_{key}"] = value
    labels = actor_labels(actor)
    props["fingerprint"] = fingerprint(labels, props)
    return {"id": actor.id, "labels": labels, "props": props}


def document_props(doc: dict) -> dict[str, Any]:
    """A document's properties, its dates as real dates too (`complete` is set only after
    its mentions are written)."""
    props = {k: doc[k] for k in _DOCUMENT_PROPS if k in doc and doc[k] is not None}
    props["id"] = doc["id"]
    props.update(_date_props(doc.get("date") or ""))
    return props


def document_row(doc: dict, mentions: dict[str, int]) -> dict[str, Any]:
    """A document's properties and its MENTIONS (actor id, count), fingerprinted together."""
    pairs = [[actor, count] for actor, count in sorted(mentions.items())]
    props = document_props(doc)
    props["fingerprint"] = fingerprint(props, pairs)
    return {"id": doc["id"], "props": props, "mentions": pairs}


def _date_props(iso: str) -> dict[str, Any]:
    """`date_start`/`date_end` as real dates for a dated element; nothing for an undated one."""
    span = date_span(iso)
    return {} if span is None else {"date_start": span.start, "date_end": span.end}


def edge_row(edge: dict, claimant_names: dict[str, str]) -> dict[str, Any]:
    """One relationship's parameters, from an `Edge.to_dict()` dict. orjson for the
    evidence text: `json.dumps` was a third of the client's time in a push. The quotes,
    document ids and titles are in their arrays only (`evidence_from` reads them back)."""
    evidence = edge["evidence"]
    claimant = edge["claimant"]
    props = {
        "id": edge["id"], "claimant": claimant, "claimant_name": claimant_names.get(claimant, ""),
        "status": edge["status"], "hedges": list(edge["hedges"]), "date": edge["date"],
        "date_text": edge.get("date_text") or "", **_date_props(edge["date"]),
        "review": edge.get("review") or "", "review_note": edge.get("review_note") or "",
        "allegation": is_allegation(edge["type"]), "evidence_count": len(evidence),
        "evidence_quotes": [e["quote"] for e in evidence],
        "evidence_documents": [e["document"] for e in evidence],
        "evidence_titles": [e["document_title"] for e in evidence],
        "evidence_json": orjson.dumps([{k: v for k, v in e.items() if k not in _IN_ARRAYS}
                                       for e in evidence]).decode(),
    }
    ends = (edge["source"], edge["target"], edge["type"])
    props["fingerprint"] = fingerprint(ends, props)
    return {"source": edge["source"], "target": edge["target"], "type": edge["type"],
            "props": props}


def network_names(graph: Any) -> dict[str, str]:
    """Actor id -> name, from a view's networkx graph (`View.network()`): each edge row
    carries its claimant's name."""
    return {node: attrs.get("name", "") for node, attrs in graph.nodes(data=True)}


def evidence_from(props: Any) -> list[dict[str, Any]]:
    """An edge's evidence dicts from its Neo4j properties (a relationship, or a row holding
    `evidence_json` and the arrays): each JSON item with its quote, document and title.

    Relationships written before the arrays left the JSON carry them in each item, which
    then wins. A missing array is an empty one (the offline import cannot write `[""]`)."""
    raw = props.get("evidence_json")
    items = [item for item in orjson.loads(raw) if isinstance(item, dict)] if raw else []
    arrays = {field: list(props.get(key) or []) for field, key in _IN_ARRAYS.items()}
    if not items:  # no JSON at all: what the arrays say
        items = [{} for _ in arrays["quote"]]
    rebuilt = []
    for index, item in enumerate(items):
        whole = {field: values[index] if index < len(values) else ""
                 for field, values in arrays.items()}
        whole.update(item)
        rebuilt.append({**{k: whole[k] for k in _EVIDENCE_ORDER if k in whole}, **whole})
    return rebuilt
