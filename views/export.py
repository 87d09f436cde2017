"""Exports of the stored graph: node-link JSON, GraphML, GEXF and CSV.

GraphML and GEXF (for Gephi and yEd) hold only scalar attributes, so lists
are joined and the evidence is summarised (count, first quote, documents) with
the full evidence kept as a JSON string. An edge's relation type is the
attribute `relation` (and its label): GEXF reserves an edge's `type` for
directed/undirected/mutual, and Gephi refuses any other value. CSV cells that
a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return
first) are neutralised with a leading quote. Every edge carries its review state
(`review`: empty when no one reviewed it, `confirmed`, `retyped` or `reproposed`;
`review_note`), in every format.

The format follows the file's extension (`format_for`): a `.graphml` file
holds GraphML, and a `--format` that contradicts the name is refused. Every file
is written to a temporary name and renamed when complete, so a full disk or a
crash never replaces a good export with a truncated one.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from ..graph.atomic import atomic_pair, atomic_path, write_atomic
from ..graph.model import Actor, Edge, evidence_dict
from ..graph.store import View

__all__ = ["FORMATS", "SUFFIXES", "export_graph", "flat_graph", "format_for", "safe_cell"]

FORMATS = ("json", "graphml", "gexf", "csv", "ftm")
SUFFIXES: dict[str, str] = {".json": "json", ".graphml": "graphml", ".gexf": "gexf",
                            ".csv": "csv", ".ftm.json": "ftm", ".ftm.jsonl": "ftm",
                            ".ftm": "ftm"}
"""The extension each format's files are known by (Gephi and yEd pick their reader by it;
followthemoney's JSON lines are conventionally `NAME.ftm.json`)."""


def _named_format(output: Path) -> str | None:
    """The format the file's name says, the longest matching extension first."""
    name = output.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return SUFFIXES[suffix]
    return None


def format_for(output: Path, asked: str | None) -> str:
    """The format of `output`: its extension's, or `asked` when the name has none of them.

    Raises ValueError when `asked` contradicts the extension, or when neither tells.
    """
    named = _named_format(output)
    if asked is not None and asked not in FORMATS:
        raise ValueError(f"unknown format {asked!r} (choose from {', '.join(FORMATS)})")
    if named and asked and asked != named:
        raise ValueError(f"{output}: the name says {named}, --format says {asked}; "
                         f"name the file .{asked} or drop --format")
    if named or asked:
        return str(named or asked)
    raise ValueError(f"{output}: cannot tell the format from the name; end it with "
                     f"{', '.join(SUFFIXES)} or give --format")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_INVALID = {
    c: None
    for c in [*range(32), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]
    if c not in (9, 10, 13)
}
"""What XML 1.0 cannot carry: C0 controls, lone surrogates and the two non-characters."""


def export_graph(view: View, fmt: str, output: Path) -> list[Path]:
    """Write what `view` holds (a store, or a part of it) in `fmt` to `output`; returns the
    files written."""
    documents = {d.pop("id"): d for d in view.documents()}
    if fmt == "json":
        data = nx.node_link_data(view.network(), edges="links")  # networkx's own format
        for node in data["nodes"]:
            node.pop("parts", None)  # what merged actors brought: the store's bookkeeping
        for link in data["links"]:
            link["review"] = link.get("review") or ""
            link["review_note"] = link.get("review_note") or ""
        data["documents"] = documents
        write_atomic(output, json.dumps(data, ensure_ascii=False, indent=1))
        return [output]
    if fmt == "graphml":
        with atomic_path(output) as temporary:
            nx.write_graphml(flat_graph(view, documents, drawing="graphml"), temporary)
        return [output]
    if fmt == "gexf":
        with atomic_path(output) as temporary:
            nx.write_gexf(flat_graph(view, documents, drawing="gexf"), temporary)
        return [output]
    if fmt == "csv":
        return _write_csv(view, output, documents)
    if fmt == "ftm":
        from .ftm_export import write_ftm

        return write_ftm(view, output)
    raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")


def flat_graph(view: View, documents: Mapping[str, Mapping[str, Any]] | None = None,
               drawing: str | None = None) -> nx.MultiDiGraph:
    """The view as a graph with scalar, XML-safe attributes only; with `drawing` ("gexf" or
    "graphml"), also how Gephi draws it and the documents' titles
    (`figraph.views.gephi_style`)."""
    nodes: dict[Any, dict[str, Any]] = {}
    edges: dict[Any, dict[str, Any]] = {}
    if drawing:
        from .gephi_style import edge_drawing, node_drawing

        graph = view.network()
        nodes = node_drawing(graph, documents or {}, drawing)
        edges = edge_drawing(graph, documents or {}, drawing)
    flat = nx.MultiDiGraph()
    names: dict[str, str] = {}
    for actor in view.actors():
        names[actor.id] = actor.name
        flat.add_node(actor.id, **_flat_node(actor, view.mentions(actor.id)),
                      **_xml_safe(nodes.get(actor.id, {})))
    for edge in view.edges():
        flat.add_edge(edge.source, edge.target, key=edge.id, **_flat_edge(edge, names),
                      **_xml_safe(edges.get((edge.source, edge.target, edge.id), {})))
    return flat


def _xml_safe(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: _xml_text(v) if isinstance(v, str) else v for k, v in attrs.items()}


def _flat_node(actor: Actor, mentions: dict[str, int]) -> dict[str, Any]:
    return {
        "label": _xml_text(actor.name),
        "type": actor.type,
        "roles": ";".join(actor.roles),
        "aliases": _xml_text(";".join(actor.aliases)),
        "group": actor.group,
        "description": _xml_text(actor.description),
        "documents": len(mentions),
        "mentions": sum(mentions.values()),
    }


def _flat_edge(edge: Edge, names: Mapping[str, str]) -> dict[str, Any]:
    evidence = [evidence_dict(item) for item in edge.evidence]
    return {
        "label": edge.type,
        "relation": edge.type,
        "allegation": edge.allegation,
        "claimant": _xml_text(names.get(edge.claimant, edge.claimant)),
        "status": edge.status,
        "date": edge.date,
        "date_text": _xml_text(edge.date_text),
        "review": edge.review,
        "review_note": _xml_text(edge.review_note),
        "evidence_count": len(evidence),
        "first_quote": _xml_text(edge.evidence[0].quote if evidence else ""),
        "documents": ";".join(sorted({item.document for item in edge.evidence})),
        "evidence_json": _xml_text(json.dumps(evidence, ensure_ascii=False)),
    }


def _xml_text(value: str) -> str:
    """Drop the characters XML 1.0 cannot carry (escaping is the writer's job)."""
    return value.translate(_XML_INVALID)


def safe_cell(value: Any) -> Any:
    """Neutralise a CSV cell that a spreadsheet would evaluate as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_csv(view: View, output: Path,
               documents: Mapping[str, Mapping[str, Any]]) -> list[Path]:
    """PREFIX.nodes.csv and PREFIX.edges.csv (Gephi's spreadsheet import, any
    spreadsheet), and PREFIX.documents.csv: the documents the `documents` cells name."""
    flat = flat_graph(view, documents, drawing="csv")
    stem = output.with_suffix("")
    nodes_path, edges_path = Path(f"{stem}.nodes.csv"), Path(f"{stem}.edges.csv")
    documents_path = Path(f"{stem}.documents.csv")
    node_fields = [
        "id",
        "label",
        "type",
        "roles",
        "aliases",
        "group",
        "description",
        "documents",
        "mentions",
        "document_titles",
    ]
    with atomic_path(documents_path) as documents_tmp, \
            atomic_pair(nodes_path, edges_path) as (nodes_tmp, edges_tmp):
        _write_node_rows(flat, nodes_tmp, node_fields)
        _write_edge_rows(flat, edges_tmp)
        _write_document_rows(documents, documents_tmp)
    return [nodes_path, edges_path, documents_path]


DOCUMENT_FIELDS = ["id", "title", "date", "url", "path", "format", "n_pages"]


def _write_document_rows(documents: Mapping[str, Mapping[str, Any]], path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=DOCUMENT_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for doc_id, attrs in documents.items():
            writer.writerow({k: safe_cell(v) for k, v in {**attrs, "id": doc_id}.items()})


def _write_node_rows(flat: nx.MultiDiGraph, path: Path, node_fields: list[str]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=node_fields, extrasaction="ignore")
        writer.writeheader()
        for node, attrs in flat.nodes(data=True):
            writer.writerow({k: safe_cell(v) for k, v in {"id": node, **attrs}.items()})


def _write_edge_rows(flat: nx.MultiDiGraph, path: Path) -> None:
    edge_fields = [
        "id",
        "source",
        "target",
        "type",
        "allegation",
        "claimant",
        "status",
        "date",
        "date_text",
        "review",
        "review_note",
        "evidence_count",
        "weight",
        "first_quote",
        "documents",
        "document_titles",
        "urls",
    ]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=edge_fields, extrasaction="ignore")
        writer.writeheader()
        for source, target, key, attrs in flat.edges(keys=True, data=True):
            row = {"id": key, "source": source, "target": target, "type": attrs["relation"],
                   **attrs}
            writer.writerow({k: safe_cell(v) for k, v in row.items()})
