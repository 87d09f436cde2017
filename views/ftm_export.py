"""The graph as followthemoney entities: what Aleph, OpenAleph and OpenSanctions tools read.

followthemoney (FtM) is the field's common data model. Every entity here is made and
serialised by the followthemoney library itself (`model.make_entity`, `EntityProxy.add`,
its JSON lines writer), so a value the model would not accept (a date, a country, a
URL) is cleaned or left out by FtM's own rules, never written as we guess it.

What becomes what:

- Actors take the closest FtM schema of their type (`ACTOR_SCHEMATA`): a Person is a
  `Person`, states, governments, agencies, commissions, committees and legislatures are
  `PublicBody`, parties, media and other organisations `Organization`. FtM has no
  schema for a country (a country is a property), so a state is a `PublicBody` with
  its `country` set, and none for a bill, which becomes an `Event` (a thing with a name
  and dates). A group of people or of states (`Canadian parliamentarians (unnamed)`)
  is a `LegalEntity`: FtM's `Person` is one human being. Roles become `position` and
  FtM topics (`role.pep`, `role.diplo`, ...), aliases `alias`, a party `political`.
- Relations become FtM's interval schemata (`link_schema`): `Membership`, `Employment`,
  `Representation`, `Directorship`, `Control`, `Payment`, `Associate` (between two
  people) or `Sanction`, each only where the ends fit the schema's ranges (an
  `Employment`'s employee is a Person), else the catch-all `UnknownLink` with the
  relation as its `role`. Each carries its date (`date`, or `startDate`/`endDate` for a
  span), its status (`status` where the schema has one, and in the `summary`, with the
  claimant of an allegation), every quote with its source in `description`, the
  documents as `proof` and their addresses as `sourceUrl`, and figraph's edge id as
  `recordId`.
- Documents are `Document` entities (title, file name, `sourceUrl`, date), and each
  actor a document mentions is tied to it by a `Documentation` entity.

Ids are figraph's own stable ids, prefixed (`figraph-a-...`), so exporting the same
store twice gives the same entities and Aleph merges rather than duplicates them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

from ..graph.atomic import atomic_path
from ..graph.model import RELATION_TYPES, Actor, Edge, Evidence
from ..graph.store import View

__all__ = ["ACTOR_SCHEMATA", "LinkSchema", "link_schema", "ftm_entities", "write_ftm",
           "entity_id", "missing_library"]

INSTALL_HINT = "pip install 'figraph[ftm]'"


def missing_library() -> str | None:
    """Why the export cannot run here (followthemoney not installed), or None."""
    import importlib.util

    if importlib.util.find_spec("followthemoney") is None:
        return f"the ftm format needs the followthemoney library: {INSTALL_HINT}"
    return None

ACTOR_SCHEMATA: dict[str, str] = {
    "Person": "Person",
    "State": "PublicBody",
    "Government": "PublicBody",
    "Agency": "PublicBody",
    "Commission": "PublicBody",
    "Committee": "PublicBody",
    "Legislature": "PublicBody",
    "Party": "Organization",
    "Organization": "Organization",
    "Media": "Organization",
    "Bill": "Event",
}
"""figraph actor type -> FtM schema (`LegalEntity` for a type not listed, and for groups)."""

_TYPE_TOPICS: dict[str, tuple[str, ...]] = {
    "State": ("gov.national",),
    "Government": ("gov", "gov.executive"),
    "Agency": ("gov",),
    "Commission": ("gov",),
    "Committee": ("gov", "gov.legislative"),
    "Legislature": ("gov", "gov.legislative"),
    "Party": ("pol.party",),
}
_ROLE_TOPICS: dict[str, tuple[str, ...]] = {
    "MP": ("role.pep", "role.pol"),
    "Senator": ("role.pep", "role.pol"),
    "Minister": ("role.pep", "role.pol"),
    "PrimeMinister": ("role.pep", "role.pol", "gov.head"),
    "Premier": ("role.pep", "role.pol"),
    "Candidate": ("role.pol",),
    "Councillor": ("role.pol",),
    "Diplomat": ("role.diplo",),
    "Ambassador": ("role.diplo",),
    "Consul": ("role.diplo",),
    "Journalist": ("role.journo",),
    "Judge": ("role.judge",),
    "Lawyer": ("role.lawyer",),
    "Activist": ("role.act",),
}
"""Topics OpenSanctions uses for these roles. `Agent` gets none: `role.spy` would state
as fact what a document only alleges."""

_ROLE_WORDS = {"MP": "Member of Parliament", "PrimeMinister": "Prime Minister",
               "Businessperson": "Businessperson"}

_MIME = {"text": "text/plain", "markdown": "text/markdown", "html": "text/html",
         "pdf": "application/pdf", "jsonl": "application/jsonl",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}

_ID_CHARS = re.compile(r"[^0-9A-Za-z.\-]+")


@dataclass(frozen=True)
class LinkSchema:
    """How one relation is drawn in FtM: the schema, the properties that hold its two
    ends (figraph's source first), and the words of its role."""

    schema: str
    source: str
    target: str
    role: str = ""


_LINKS: dict[str, tuple[LinkSchema, ...]] = {
    "MEMBER_OF": (LinkSchema("Membership", "member", "organization", "member"),),
    "FORMER_MEMBER_OF": (LinkSchema("Membership", "member", "organization", "former member"),),
    "PART_OF": (LinkSchema("Membership", "member", "organization", "part of"),),
    "WORKS_FOR": (LinkSchema("Employment", "employee", "employer", "works for"),
                  LinkSchema("Representation", "agent", "client", "works for")),
    "HEADS": (LinkSchema("Directorship", "director", "organization", "head"),),
    "FORMERLY_HEADED": (LinkSchema("Directorship", "director", "organization", "former head"),),
    "MINISTER_OF": (LinkSchema("Directorship", "director", "organization",
                               "minister responsible"),),
    "ACTED_FOR": (LinkSchema("Representation", "agent", "client", "acted as agent"),),
    "LOBBIED_FOR": (LinkSchema("Representation", "agent", "client", "lobbied for"),),
    "CONTROLS": (LinkSchema("Control", "controller", "controlled", "controls"),),
    "FUNDED": (LinkSchema("Payment", "payer", "beneficiary", "funding"),),
    "SANCTIONED": (LinkSchema("Sanction", "", "entity"),),
}
"""Relations with an FtM schema of their own, best first; the first whose ranges fit the
two actors is used. Symmetric relations between two people are `Associate`."""


def link_schema(rel_type: str, source_schema: str, target_schema: str) -> LinkSchema:
    """The FtM schema for a relation between entities of these two schemata."""
    from followthemoney import model

    source, target = model.get(source_schema), model.get(target_schema)
    assert source is not None and target is not None
    label = RELATION_TYPES[rel_type].name.replace("_", " ").lower()
    relation = RELATION_TYPES[rel_type]
    if relation.symmetric and source.is_a("Person") and target.is_a("Person"):
        return LinkSchema("Associate", "person", "associate", label)
    for candidate in _LINKS.get(rel_type, ()):
        if _fits(candidate, source, target):
            return candidate
    return LinkSchema("UnknownLink", "subject", "object", label)


def _fits(link: LinkSchema, source: Any, target: Any) -> bool:
    from followthemoney import model

    schema = model.get(link.schema)
    assert schema is not None
    ends = [(link.target, target)] + ([(link.source, source)] if link.source else [])
    for name, end in ends:
        prop = schema.get(name)
        if prop is None or prop.range is None or not end.is_a(prop.range):
            return False
    return True


def entity_id(figraph_id: str) -> str:
    """An FtM entity id for a figraph id: `a:1f2e...` -> `figraph-a-1f2e...` (stable)."""
    readable = "figraph-" + _ID_CHARS.sub("-", figraph_id).strip("-.")
    if len(readable) <= 120 and readable[-1].isalnum():
        return readable
    return "figraph-" + hashlib.sha1(figraph_id.encode("utf-8")).hexdigest()


def write_ftm(view: View, output: Path) -> list[Path]:
    """Write every entity as one JSON line (FtM's own writer), to a temporary name first."""
    from followthemoney.cli.util import write_entity

    with atomic_path(output) as temporary, open(temporary, "wb") as handle:
        for entity in ftm_entities(view):
            write_entity(handle, entity)
    return [output]


def ftm_entities(view: View) -> Iterator[Any]:
    """The entities of the view: documents, actors, their mentions, then relations."""
    documents = {d.pop("id"): d for d in view.documents()}
    for doc_id, attrs in documents.items():
        yield _document(doc_id, attrs)
    schemata: dict[str, str] = {}
    names: dict[str, str] = {}
    for actor in view.actors():
        entity = _actor(actor)
        schemata[actor.id], names[actor.id] = entity.schema.name, actor.name or actor.id
        yield entity
        for doc_id, count in view.mentions(actor.id).items():
            if doc_id in documents:
                yield _mention(actor.id, doc_id, int(count))
    for edge in view.edges():
        yield _relation(edge, names, schemata[edge.source], schemata[edge.target], documents)


def _make(schema: str, figraph_id: str) -> Any:
    from followthemoney import model

    entity = model.make_entity(schema)
    entity.id = entity_id(figraph_id)
    return entity


def _document(doc_id: str, attrs: Mapping[str, Any]) -> Any:
    entity = _make("Document", doc_id)
    title = str(attrs.get("title") or attrs.get("name") or "")
    entity.add("title", title)
    entity.add("fileName", _file_name(doc_id, attrs))
    entity.add("sourceUrl", str(attrs.get("url") or ""))
    entity.add("date", _single_date(str(attrs.get("date") or "")))
    fmt = str(attrs.get("format") or "")
    entity.add("mimeType", _MIME.get(fmt, ""))
    suffix = PurePosixPath(str(attrs.get("path") or "")).suffix.lstrip(".")
    entity.add("extension", suffix)
    return entity


def _file_name(doc_id: str, attrs: Mapping[str, Any]) -> str:
    """The name of the file read (FtM requires one), else the last part of its URL,
    else the document id."""
    path = str(attrs.get("path") or "")
    if path:
        return Path(path).name
    url_path = urlparse(str(attrs.get("url") or "")).path.rstrip("/")
    return PurePosixPath(url_path).name or doc_id.replace(":", "-")


def _actor(actor: Actor) -> Any:
    kind = actor.type
    roles = [r for r in actor.roles if r != "Group"]
    group = actor.group
    schema = "LegalEntity" if group else ACTOR_SCHEMATA.get(kind, "LegalEntity")
    entity = _make(schema, actor.id)
    name = actor.name or actor.id
    entity.add("name", name)
    entity.add("alias", [a for a in actor.aliases if a and a != name])
    entity.add("description", actor.description)
    entity.add("keywords", [kind, *roles] + (["group"] if group else []))
    facts = actor.attributes
    country = str(facts.get("country") or (name if kind == "State" and not group else ""))
    entity.add("country", country)
    entity.add("topics", sorted({t for t in _TYPE_TOPICS.get(kind, ())} |
                                {t for r in roles for t in _ROLE_TOPICS.get(r, ())}))
    if schema == "Person":
        entity.add("position", [_ROLE_WORDS.get(r, r) for r in roles])
        entity.add("political", str(facts.get("party") or ""))
    if schema == "Event":
        entity.add("summary", "a bill or measure")
    return entity


def _mention(node: str, doc_id: str, count: int) -> Any:
    from followthemoney import model

    entity = model.make_entity("Documentation", key_prefix="figraph")
    entity.make_id("mention", doc_id, node)
    entity.add("document", entity_id(doc_id))
    entity.add("entity", entity_id(node))
    entity.add("role", "mentioned")
    entity.add("summary", f"mentioned {count} time{'s' if count != 1 else ''}")
    return entity


def _relation(edge: Edge, names: Mapping[str, str], source_schema: str,
              target_schema: str, documents: Mapping[str, Mapping[str, Any]]) -> Any:
    link = link_schema(edge.type, source_schema, target_schema)
    entity = _make(link.schema, edge.id)
    if link.source:
        entity.add(link.source, entity_id(edge.source))
    else:  # a Sanction names its authority as text
        entity.add("authority", names.get(edge.source, edge.source))
    entity.add(link.target, entity_id(edge.target))
    _add_role(entity, link)
    if entity.schema.get("status") is not None:
        entity.add("status", edge.status)
    entity.add("summary", _summary(edge, names))
    _add_dates(entity, edge.date)
    _add_evidence(entity, edge.evidence, documents)
    entity.add("recordId", edge.id)
    return entity


def _add_role(entity: Any, link: LinkSchema) -> None:
    for prop in ("role", "relationship", "purpose"):
        if link.role and entity.schema.get(prop) is not None:
            entity.add(prop, link.role)
            return


def _summary(edge: Edge, names: Mapping[str, str]) -> str:
    """One sentence from the relation's own description: who, what, whom, how sure and
    who says so ("China is alleged to have interfered in Canada (alleged, according to
    NSICOP)")."""
    source = names.get(edge.source, edge.source)
    target = names.get(edge.target, edge.target)
    words = RELATION_TYPES[edge.type].description
    text = _ENDS.sub(lambda m: source if m.group() == "source" else target, words)
    status = edge.status
    who = names.get(edge.claimant, edge.claimant) if edge.claimant else ""
    if who:
        return f"{text} ({status}, according to {who})"
    return f"{text} ({status})" if status and status != "stated" else text


_ENDS = re.compile(r"\b(?:source|target)\b")


def _add_dates(entity: Any, date: str) -> None:
    """`2019`, `2023-05-01`: `date`; a span `2019/2021`: `startDate` and `endDate`."""
    if not date:
        return
    first, _, last = date.partition("/")
    if last:
        entity.add("startDate", first)
        entity.add("endDate", last)
    else:
        entity.add("date", first)


def _single_date(date: str) -> str:
    return "" if "/" in date else date


def _add_evidence(entity: Any, evidence: list[Evidence],
                  documents: Mapping[str, Mapping[str, Any]]) -> None:
    """Each quote with its source in `description`; the documents as `proof`."""
    for item in evidence:
        doc = documents.get(item.document) or {}
        title = str(doc.get("title") or item.document_title or item.document)
        page = f", p. {item.page}" if item.page else ""
        entity.add("description", f"“{item.quote}” ({title}{page})")
        if item.document in documents:
            entity.add("proof", entity_id(item.document))
        entity.add("sourceUrl", str(doc.get("url") or item.url or ""))
