"""The model's declaration (`model.toml`) read into typed, checked objects.

Why TOML and not Python: the model is a table (names, colours, shapes, sizes, which
kinds of actor a relation may link), and as data it reads like followthemoney's
schema files: one entry per type, no code to follow, an addition is one entry. Why
checked here: a misspelt type name or colour in a data file would otherwise surface
as a wrong drawing or a relation silently never extracted; `read_schema` refuses
the file instead, with one line naming the file, the entry and the problem.

`figraph.graph.model` reads the project's declaration once (`SCHEMA`) and keeps the
names its callers use (`NODE_TYPES`, `ROLES`, `STATUSES`, `RELATION_TYPES`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "DECLARATION", "SHAPES", "ANY", "SchemaError", "EdgeKind", "NodeType", "DocumentStyle",
    "RelationType",
    "Schema", "read_schema",
]

DECLARATION = Path(__file__).with_name("model.toml")
"""The project's model, beside `model.py`."""

SHAPES = frozenset({"dot", "square", "diamond", "triangle", "triangleDown", "hexagon"})
"""vis-network shapes that draw their label below them (shapes that hold the label inside,
box or ellipse, measure text for every node and slow large graphs down) and that the
page's legend draws (`views/assets/page.js`)."""

ANY = "any"
"""The group of every node type, for a relation's `sources` or `targets`."""

_COLOR = re.compile(r"#[0-9a-f]{6}")
_TYPE_NAME = re.compile(r"[A-Z][A-Za-z]*")
_RELATION_NAME = re.compile(r"[A-Z][A-Z_]*[A-Z]")
_STATUS_NAME = re.compile(r"[a-z]+")
_RESERVED_LABELS = frozenset({"Actor", "Document"})
"""Neo4j labels figraph gives every actor and every document: no type or role may take them."""


class SchemaError(ValueError):
    """The declaration is inconsistent; the message names the file and the entry."""


@dataclass(frozen=True)
class EdgeKind:
    """How one kind of edge is drawn: a relationship, or an allegation (a claim)."""

    name: str
    color: str
    dashes: bool


@dataclass(frozen=True)
class NodeType:
    """One actor type and how every view draws it."""

    name: str
    description: str
    color: str
    """Fill, in the HTML views, Neo4j Browser and Gephi."""
    border: str
    shape: str
    """The HTML views' vis-network shape (one of `SHAPES`)."""
    diameter: int
    """Pixels in Neo4j Browser."""
    groups: tuple[str, ...] = ()
    """The named sets of types it belongs to, which relations' `sources`/`targets` name."""


@dataclass(frozen=True)
class DocumentStyle:
    """How Neo4j Browser draws a Document node (documents are not actors)."""

    color: str
    border: str
    text_color: str
    diameter: int


@dataclass(frozen=True)
class RelationType:
    """One relation type of the vocabulary; `allegation` types need a claimant."""

    name: str
    description: str
    allegation: bool = False
    symmetric: bool = False
    color: str = ""
    """Its colour in every view; its edge kind's colour when the declaration gives none."""
    sources: frozenset[str] = frozenset()
    """The node types the extraction may link from (all of them when empty)."""
    targets: frozenset[str] = frozenset()
    """The node types the extraction may link to (all of them when empty)."""

    def may_link(self, source_type: str, target_type: str) -> bool:
        """Whether an actor of `source_type` may hold this relation to one of `target_type`."""
        return (not self.sources or source_type in self.sources) and \
            (not self.targets or target_type in self.targets)


@dataclass(frozen=True)
class Schema:
    """The whole model: node types, roles, statuses, relation types and their drawing."""

    node_types: Mapping[str, NodeType]
    roles: Mapping[str, str]
    """Role -> the node type of the institution it serves (its accent colour)."""
    statuses: Mapping[str, str]
    """Status -> what it means."""
    relation_types: Mapping[str, RelationType]
    edge_kinds: Mapping[str, EdgeKind]
    unknown_node: NodeType
    """How an actor of an undeclared type is drawn."""
    document: DocumentStyle
    mentions_color: str
    """The colour of a Document's MENTIONS relationships in Neo4j Browser."""

    def group(self, name: str) -> tuple[str, ...]:
        """The node types of group `name` (or the one type so named), in declaration order."""
        if name in self.node_types:
            return (name,)
        return tuple(t.name for t in self.node_types.values()
                     if name == ANY or name in t.groups)


def read_schema(path: Path = DECLARATION) -> Schema:
    """The declaration at `path`, checked; `SchemaError` names the first problem found."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:  # a duplicate key is a decode error
        raise SchemaError(f"{path.name}: {exc}") from exc
    return _Reader(path.name, data).schema()


class _Reader:
    """Reads one declaration's tables, naming `where` in every error."""

    def __init__(self, where: str, data: dict[str, Any]) -> None:
        self.where = where
        self.data = data

    def fail(self, entry: str, problem: str) -> SchemaError:
        return SchemaError(f"{self.where}: [{entry}] {problem}")

    def table(self, entry: str, value: Any, required: Iterable[str],
              optional: Iterable[str] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(entry, "is not a table")
        required = tuple(required)
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            raise self.fail(entry, f"unknown key {unknown[0]!r} "
                                   f"(known: {', '.join([*required, *optional])})")
        missing = [key for key in required if key not in value]
        if missing:
            raise self.fail(entry, f"needs {missing[0]!r}")
        return value

    def entries(self, entry: str) -> dict[str, Any]:
        """A table of named entries (`node_types`, `roles`, ...): a table, not empty."""
        value = self.data[entry]
        if not isinstance(value, dict) or not value:
            raise self.fail(entry, "is not a table of entries")
        return value

    def flag(self, entry: str, table: dict[str, Any], key: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(entry, f"{key} {value!r} is not true or false")
        return value

    def text(self, entry: str, table: dict[str, Any], key: str) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            raise self.fail(entry, f"{key} {value!r} is not a string")
        return value

    def color(self, entry: str, value: Any) -> str:
        if not isinstance(value, str) or not _COLOR.fullmatch(value):
            raise self.fail(entry, f"colour {value!r} is not #rrggbb (lower case)")
        return value

    def name(self, entry: str, value: str, pattern: re.Pattern[str], kind: str) -> str:
        if not pattern.fullmatch(value):
            raise self.fail(entry, f"{value!r} is not a valid {kind} name")
        return value

    def schema(self) -> Schema:
        self.table("model", self.data, ("edge_kinds", "unknown_node", "node_types", "document",
                                        "mentions", "roles", "statuses", "relation_defaults",
                                        "relations"))
        node_types = {name: self.node_type(f"node_types.{name}", name, value)
                      for name, value in self.entries("node_types").items()}
        groups = self.groups(node_types)
        edge_kinds = self.edge_kinds()
        return Schema(
            node_types=node_types,
            roles=self.roles(node_types),
            statuses=self.statuses(),
            relation_types=self.relations(node_types, groups, edge_kinds),
            edge_kinds=edge_kinds,
            unknown_node=self.node_type("unknown_node", "", self.data["unknown_node"]),
            document=self.document(),
            mentions_color=self.color("mentions", self.table(
                "mentions", self.data["mentions"], ("color",))["color"]),
        )

    def node_type(self, entry: str, name: str, value: Any) -> NodeType:
        keys = ("color", "border", "shape", "diameter")
        table = self.table(entry, value, (*keys, "description", "groups") if name else keys)
        if name:
            self.name(entry, name, _TYPE_NAME, "node type")
            if name in _RESERVED_LABELS:
                raise self.fail(entry, f"{name!r} is a label figraph gives itself")
        if table["shape"] not in SHAPES:
            raise self.fail(entry, f"shape {table['shape']!r} is not one of {sorted(SHAPES)}")
        if not isinstance(table["diameter"], int) or table["diameter"] <= 0:
            raise self.fail(entry, f"diameter {table['diameter']!r} is not a positive integer")
        groups = table.get("groups", [])
        if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
            raise self.fail(entry, f"groups {groups!r} is not a list of names")
        if len(set(groups)) != len(groups):
            raise self.fail(entry, "lists a group twice")
        return NodeType(name, self.text(entry, table, "description"),
                        self.color(entry, table["color"]), self.color(entry, table["border"]),
                        table["shape"], table["diameter"], tuple(groups))

    def groups(self, node_types: Mapping[str, NodeType]) -> set[str]:
        for node_type in node_types.values():
            for group in node_type.groups:
                if group in node_types or group == ANY:
                    raise self.fail(f"node_types.{node_type.name}",
                                    f"group {group!r} has the name of a node type or of the "
                                    f"group of all ({ANY!r})")
        return {g for t in node_types.values() for g in t.groups} | {ANY}

    def roles(self, node_types: Mapping[str, NodeType]) -> dict[str, str]:
        roles: dict[str, str] = {}
        for role, accent in self.entries("roles").items():
            entry = f"roles.{role}"
            self.name(entry, role, _TYPE_NAME, "role")
            if role in node_types or role in _RESERVED_LABELS:
                raise self.fail(entry, "a role may not share its name with a node type")
            if accent not in node_types:
                raise self.fail(entry, f"accent {accent!r} is not a node type")
            roles[role] = accent
        return roles

    def statuses(self) -> dict[str, str]:
        statuses = self.entries("statuses")
        if "stated" not in statuses:
            raise self.fail("statuses", "needs 'stated', the status of a plain fact")
        return {self.name(f"statuses.{name}", name, _STATUS_NAME, "status"):
                self.text(f"statuses.{name}", statuses, name) for name in statuses}

    def edge_kinds(self) -> dict[str, EdgeKind]:
        kinds = self.table("edge_kinds", self.data["edge_kinds"],
                           ("Relationship", "Allegation"))
        out = {}
        for name, value in kinds.items():
            entry = f"edge_kinds.{name}"
            table = self.table(entry, value, ("color", "dashes"))
            out[name] = EdgeKind(name, self.color(entry, table["color"]),
                                 self.flag(entry, table, "dashes"))
        return out

    def document(self) -> DocumentStyle:
        table = self.table("document", self.data["document"],
                           ("color", "border", "text_color", "diameter"))
        color, border, text = (self.color("document", table[key])
                               for key in ("color", "border", "text_color"))
        if not isinstance(table["diameter"], int) or table["diameter"] <= 0:
            raise self.fail("document", f"diameter {table['diameter']!r} is not a positive "
                                        "integer")
        return DocumentStyle(color, border, text, table["diameter"])

    def relations(self, node_types: Mapping[str, NodeType], groups: set[str],
                  kinds: Mapping[str, EdgeKind]) -> dict[str, RelationType]:
        defaults = self.table("relation_defaults", self.data["relation_defaults"],
                              ("sources", "targets"))
        default = {end: self.types("relation_defaults", defaults[end], node_types, groups)
                   for end in ("sources", "targets")}
        out: dict[str, RelationType] = {}
        for name, value in self.entries("relations").items():
            entry = f"relations.{name}"
            self.name(entry, name, _RELATION_NAME, "relation type")
            table = self.table(entry, value, ("description",),
                               ("allegation", "symmetric", "color", "sources", "targets"))
            ends = {end: self.types(entry, table[end], node_types, groups) if end in table
                    else default[end] for end in ("sources", "targets")}
            allegation = self.flag(entry, table, "allegation")
            kind = kinds["Allegation" if allegation else "Relationship"]
            out[name] = RelationType(
                name, self.text(entry, table, "description"), allegation,
                self.flag(entry, table, "symmetric"),
                self.color(entry, table.get("color", kind.color)), **ends)
        return out

    def types(self, entry: str, names: Any, node_types: Mapping[str, NodeType],
              groups: set[str]) -> frozenset[str]:
        """Node types and groups, resolved to node types; `any` to the empty set (no limit,
        so an actor of a type not declared, from an old store, is not refused either)."""
        if not isinstance(names, list) or not names:
            raise self.fail(entry, f"{names!r} is not a list of node types or groups")
        for name in names:
            if name not in node_types and name not in groups:
                raise self.fail(entry, f"{name!r} is neither a node type nor a group")
        if ANY in names:
            return frozenset()
        return frozenset(t for t in node_types
                         if any(n == t or n in node_types[t].groups for n in names))
