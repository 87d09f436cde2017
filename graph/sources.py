"""Where a document was read from: its identity besides its content.

Why: a document's id is a hash of its text, so the same text read twice is one
document; but a file edited and read again gets a new id, and without knowing
that both came from the same file the store would keep the earlier version's
evidence beside the new one, citing quotes the file no longer holds. So each
stored document also lists its sources: the file it was read from (its absolute
path) and the address it was published at (its URL). A new version of a source
takes the source over; a document left with no source is replaced.

A record of a JSON Lines corpus is identified by its URL only: its line number
moves whenever a line is added above it.

>>> from figraph.graph.model import Document
>>> source_keys(Document(id="doc:1", title="t", text="x", url="https://example.org/a"))
['https://example.org/a']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .model import Document

__all__ = ["source_keys", "stored_source_keys", "SourceIndex", "forget_document"]

SINGLE_RECORD_FORMATS_EXCLUDED = frozenset({"jsonl"})
"""Formats holding many documents per file: their path names no single document."""


def source_keys(document: Document) -> list[str]:
    """The sources that identify `document`: its file's absolute path, its URL."""
    return _keys(document.path, document.url, document.format)


def stored_source_keys(attrs: dict[str, Any]) -> list[str]:
    """The sources of a stored document (a store written before sources were kept
    gets them from its path and URL)."""
    if "sources" in attrs:
        return list(attrs["sources"] or [])
    return _keys(attrs.get("path") or "", attrs.get("url") or "", attrs.get("format") or "")


def _keys(path: str, url: str, fmt: str) -> list[str]:
    keys = []
    if path and fmt not in SINGLE_RECORD_FORMATS_EXCLUDED:
        keys.append(os.path.abspath(path))
    if url.strip():
        keys.append(url.strip())
    return keys


@dataclass
class SourceIndex:
    """Source -> the id of the document last read from it, and back."""

    owners: dict[str, str] = field(default_factory=dict)
    held: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, documents: dict[str, dict[str, Any]]) -> SourceIndex:
        index = cls()
        for doc_id, attrs in documents.items():
            index.take(doc_id, stored_source_keys(attrs))
        return index

    def take(self, doc_id: str, keys: Iterable[str]) -> set[str]:
        """Give `keys` to `doc_id`; returns the other documents that held one of them."""
        previous = set()
        mine = self.held.setdefault(doc_id, set())
        for key in keys:
            owner = self.owners.get(key)
            if owner is not None and owner != doc_id:
                previous.add(owner)
                self.held[owner].discard(key)
            self.owners[key] = doc_id
            mine.add(key)
        return previous

    def keys_of(self, doc_id: str) -> list[str]:
        return sorted(self.held.get(doc_id, ()))

    def claim(self, doc_id: str, keys: Iterable[str]) -> tuple[list[str], list[str]]:
        """`doc_id` was read from `keys`: (the earlier documents superseded by it, now
        forgotten; the documents whose list of sources changed, `doc_id` first)."""
        previous = self.take(doc_id, keys)
        replaced = sorted(old for old in previous if self.superseded(old))
        for old in replaced:
            self.forget(old)
        return replaced, [doc_id, *sorted(previous - set(replaced))]

    def superseded(self, doc_id: str) -> bool:
        """Has `doc_id` lost what identifies it: every file it was read from (a file
        holding it still keeps it), or, read from no file, its address?"""
        remaining = self.held.get(doc_id, set())
        return not any(os.path.isabs(key) for key in remaining)

    def forget(self, doc_id: str) -> None:
        for key in self.held.pop(doc_id, ()):
            if self.owners.get(key) == doc_id:
                del self.owners[key]


def forget_document(graph: Any, document_id: str,
                    aside: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """Take a document out of a store's graph (a networkx MultiDiGraph): its evidence, its
    mentions, the edges left without evidence, the actors left with neither mentions nor
    edges nor claims; the same in the edges set aside by decisions (`aside`) and in what
    merged actors brought (`parts`). An edge dated by a sentence of the document loses
    that date. Returns the keys of the edges it changed or removed."""
    touched = []
    for source, target, key, attrs in list(graph.edges(keys=True, data=True)):
        if _forget_evidence(attrs, document_id):
            touched.append(key)
            if not attrs["evidence"]:
                graph.remove_edge(source, target, key=key)
    for key, attrs in list((aside or {}).items()):
        if _forget_evidence(attrs, document_id) and not attrs["evidence"] and aside:
            del aside[key]
    claimants = {c for _, _, c in graph.edges(data="claimant") if c}
    for node, attrs in list(graph.nodes(data=True)):
        mentions = attrs.get("mentions") or {}
        mentions.pop(document_id, None)
        for part in (attrs.get("parts") or {}).values():
            (part.get("mentions") or {}).pop(document_id, None)
        if not mentions and graph.degree(node) == 0 and node not in claimants:
            graph.remove_node(node)
    return touched


def _forget_evidence(attrs: dict[str, Any], document_id: str) -> bool:
    """Drop the document's evidence from one edge; True when it had some."""
    kept = [e for e in attrs["evidence"] if e["document"] != document_id]
    if len(kept) == len(attrs["evidence"]):
        return False
    attrs["evidence"] = kept
    written = attrs.get("date_text") or ""
    if kept and written and not any(written in e["quote"] for e in kept):
        attrs["date"] = attrs["date_text"] = ""  # the sentence that dated it is gone
    return True
