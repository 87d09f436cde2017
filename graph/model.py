"""The figraph data model, declared once.

Everything downstream (stores, queries, views, Neo4j) speaks these types. The
vocabulary (node types, roles, relation types, statuses) is closed: Neo4j labels
and relationship types are only ever taken from here, never from document text.
The vocabulary and how each of its types is drawn and may be linked are data, in
`model.toml` beside this file (read and checked by `figraph.graph.schema`); the
records below (documents, actors, edges, evidence) are code.

A relation between two actors is an `Edge`; its support is a list of
`Evidence`, one per sentence that states it. An allegation is an edge whose
type is an allegation type and that names a claimant and a status, like
followthemoney's interval entities drawn as edges.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from .schema import NodeType, RelationType, Schema, read_schema

__all__ = [
    "SCHEMA",
    "NODE_TYPES",
    "ROLES",
    "RELATION_TYPES",
    "STATUSES",
    "RelationType",
    "NodeType",
    "Document",
    "Actor",
    "Evidence",
    "Edge",
    "Extraction",
    "REVIEW_STATES",
    "REVIEWED",
    "make_id",
    "normalize_name",
    "is_allegation",
    "evidence_dict",
    "edge_attrs",
]

SCHEMA: Schema = read_schema()
"""The model as declared in `model.toml` (node types with their style, roles, statuses,
relation types with the kinds of actor each may link): the one place to change it."""

NODE_TYPES: tuple[str, ...] = tuple(SCHEMA.node_types)
"""Actor types. `Document` is a node type of its own, not an actor type."""

ROLES: tuple[str, ...] = tuple(SCHEMA.roles)
"""Extra labels a Person (or group of persons) can carry: `:Person:MP`."""

STATUSES: tuple[str, ...] = tuple(SCHEMA.statuses)
"""How sure the source is. `stated`: a plain fact the document asserts; `found`:
established by an inquiry or review; the rest are the lifecycle of a claim."""

RELATION_TYPES: dict[str, RelationType] = dict(SCHEMA.relation_types)

_SLUG = re.compile(r"[^a-z0-9]+")


def is_allegation(rel_type: str) -> bool:
    """True when `rel_type` is a claim that needs a claimant and a status."""
    rel = RELATION_TYPES.get(rel_type)
    return bool(rel and rel.allegation)


def make_id(prefix: str, *parts: str) -> str:
    """A stable id from the parts that define a thing (never random).

    >>> make_id("a", "Han Dong") == make_id("a", "Han Dong")
    True
    """
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}:{digest}"


def normalize_name(name: str) -> str:
    """Case-, accent- and punctuation-free key for comparing names."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`]s\b", "", text)
    return _SLUG.sub(" ", text).strip()


@dataclass
class Document:
    """One source document, identified by its content (same text, same id)."""

    id: str
    title: str
    text: str
    path: str = ""
    url: str = ""
    date: str = ""
    """The document's date as an ISO span (`2024-06-03`, `2024-06`, `2024`; see
    `figraph.graph.dates`) once the pipeline has read it; the loaders leave it as written."""
    date_text: str = ""
    """The date as the document writes it."""
    format: str = "text"
    pages: list[int] = field(default_factory=list)
    """Character offset where each page starts (PDF); empty for unpaged text."""
    metadata: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def id_for(text: str) -> str:
        """Content-derived document id."""
        return "doc:" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]

    def page_at(self, offset: int) -> int | None:
        """1-based page holding character `offset`, or None for unpaged text."""
        if not self.pages:
            return None
        page = 0
        for index, start in enumerate(self.pages):
            if start > offset:
                break
            page = index
        return page + 1

    def node(self) -> dict[str, Any]:
        """Attributes of the Document node (the text itself is not stored)."""
        return {
            "kind": "Document",
            "name": self.title,
            "title": self.title,
            "path": self.path,
            "url": self.url,
            "date": self.date,
            "date_text": self.date_text,
            "format": self.format,
            "n_chars": len(self.text),
            "n_pages": len(self.pages),
        }


@dataclass
class Actor:
    """A canonical actor: a person, state, agency, ... or a group of persons."""

    id: str
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    group: bool = False
    description: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    """Extra facts, e.g. from the gazetteer: party, country, wikidata id."""
    source: str = "text"
    """Where the actor came from: `gazetteer`, `ner` or `text` (typed by a rule)."""

    def node(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("id")
        data["kind"] = "Actor"
        return data


REVIEW_STATES: tuple[str, ...] = ("", "confirmed", "retyped", "reproposed")
"""An edge's review state: `""` not reviewed yet; `confirmed` by a person; `retyped`: a
person gave it another relation type (so read it); `reproposed`: a person rejected it and
a new, different quote proposes it again. A rejected edge is not in the graph at all."""

REVIEWED: frozenset[str] = frozenset({"confirmed", "retyped"})
"""The states `--reviewed` keeps: a person read the edge and kept it."""

_OPTIONAL_EVIDENCE = ("context", "origin")
"""Evidence fields written only when they hold something: a million pieces of evidence
without them cost no memory for empty keys (see `evidence_dict`)."""
_OPTIONAL_EDGE = ("review", "review_note")


@dataclass
class Evidence:
    """One sentence supporting an edge, with where to find it again."""

    document: str
    quote: str
    start: int
    end: int
    document_title: str = ""
    url: str = ""
    page: int | None = None
    date: str = ""
    extractor: str = ""
    """The rule or model that produced this evidence, for audit."""
    context: list[str] = field(default_factory=list)
    """`[before, after]`: the text of the quote's paragraph before and after it (a few
    hundred characters each at most, `…` where cut), so a reader sees the sentence in its
    place (`figraph.graph.context`); empty when unknown. One field, not two: a stored evidence
    dict of ten keys keeps CPython's smaller table (a million of them, 250 MB less)."""
    origin: list[list[str]] = field(default_factory=list)
    """The ends and type the extraction gave this sentence (`[source, type, target,
    claimant]`) when a decision (a merge, a retype) moved it onto another edge; empty when
    it stands where it was extracted. Undoing a merge moves it back (`figraph.graph.regroup`)."""

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.document, self.start, self.end)


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    """The stored form of `evidence`: its fields, without the optional ones left empty."""
    data = dict(evidence.__dict__)
    for name in _OPTIONAL_EVIDENCE:
        if not data[name]:
            del data[name]
    return data


def edge_attrs(edge: Edge) -> dict[str, Any]:
    """The stored form of `edge` (`to_dict` without `asdict`'s deep copy, empty review
    fields left out): the lists are copied so a store never shares them with the caller."""
    attrs = dict(edge.__dict__)
    attrs["hedges"] = list(edge.hedges)
    attrs["evidence"] = [evidence_dict(item) for item in edge.evidence]
    for name in _OPTIONAL_EDGE:
        if not attrs[name]:
            del attrs[name]
    return attrs


@dataclass
class Edge:
    """A directed relation or allegation between two actors, with its evidence.

    The id hashes (source, type, target, claimant, status): the same fact from
    two documents is one edge with two evidence entries, while a denial and the
    allegation it denies stay two edges.
    """

    source: str
    target: str
    type: str
    claimant: str = ""
    """Actor id of who makes the claim (allegations); empty for plain facts."""
    status: str = "stated"
    hedges: list[str] = field(default_factory=list)
    date: str = ""
    """When it happened, as an ISO span (see `figraph.graph.dates`); empty when undated."""
    evidence: list[Evidence] = field(default_factory=list)
    id: str = ""
    date_text: str = ""
    """The date as the sentence writes it ("1 May 2023", "late 2019")."""
    review: str = ""
    """What a person decided about it (see `REVIEW_STATES`); set by `figraph.graph.review`."""
    review_note: str = ""
    """Why: the person's note, the type it had before a retype, or why it was rejected."""

    def __post_init__(self) -> None:
        if self.type not in RELATION_TYPES:
            raise ValueError(f"unknown relation type {self.type!r}")
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if not self.id:
            self.id = make_id("e", self.source, self.type, self.target, self.claimant, self.status)

    @property
    def allegation(self) -> bool:
        return is_allegation(self.type)

    def add_evidence(self, items: Iterable[Evidence]) -> int:
        """Add evidence not already present; returns how many were new."""
        known = {e.key for e in self.evidence}
        added = 0
        for item in items:
            if item.key not in known:
                self.evidence.append(item)
                known.add(item.key)
                added += 1
        return added

    def to_dict(self) -> dict[str, Any]:
        """Plain data for stores: the stored form (`edge_attrs`)."""
        return edge_attrs(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edge:
        evidence = [Evidence(**e) for e in data.get("evidence", [])]
        fields = {k: v for k, v in data.items() if k != "evidence"}
        return cls(evidence=evidence, **fields)


@dataclass
class Extraction:
    """What one document yields, already resolved to canonical actors."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    mentions: dict[str, int] = field(default_factory=dict)
    """Actor id -> number of mentions in the document (drawn as MENTIONS)."""
    warnings: list[str] = field(default_factory=list)
    parts: dict[str, list[tuple[Actor, int]]] = field(default_factory=dict)
    """Actor id -> the actors a merge decision folded into it, as the document gave them,
    with their mention counts (`Decisions.apply`): the store keeps each one's share so that
    `figraph unmerge` can give it back."""
    aside: list[Edge] = field(default_factory=list)
    """Edges a decision keeps out of the graph: rejected quotes, and edges whose two ends
    were merged into one actor (`figraph.graph.review.Placed`); the store keeps them for undo."""
