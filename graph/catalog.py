"""The documents of a store: list them, find one by what a person types, remove some.

A person knows a document by its title or by the file it came from, rarely by its id,
so `find_document` takes any of them: the id (or its first digits), the title, the
path of the file (absolute, relative to where they are, or its bare name when only one
stored file has it) or its URL. An ambiguous one is refused with the candidates.

Removing a document takes out its evidence and its mentions; edges left with no
evidence and actors left with nothing go too (`figraph.graph.sources.forget_document`). All
documents are found before anything changes, so a typo removes nothing.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .local_store import LocalStore
from .sources import stored_source_keys
from .store import View

__all__ = ["DocumentNotFound", "document_rows", "find_document", "remove_documents",
           "Removal"]


class DocumentNotFound(LookupError):
    """No document, or several, for what the person typed."""

    def __init__(self, message: str, candidates: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


def document_rows(store: View) -> list[dict[str, Any]]:
    """Every stored document with what it supports: actors it mentions, edges and
    pieces of evidence it gives; newest first, then by title. Counted in one pass over
    the view's graph (`View.network()`): no `Edge` is made to count its quotes."""
    graph = store.network()
    actors: Counter[str] = Counter()
    for _, attrs in graph.nodes(data=True):
        actors.update((attrs.get("mentions") or {}).keys())
    edges: Counter[str] = Counter()
    evidence: Counter[str] = Counter()
    for _, _, attrs in graph.edges(data=True):
        cited = [e["document"] for e in attrs.get("evidence") or ()]
        evidence.update(cited)
        edges.update(set(cited))
    rows = []
    for doc in store.documents():
        rows.append({
            "id": doc["id"], "title": doc.get("title") or "", "date": doc.get("date") or "",
            "kind": doc.get("format") or "", "sources": stored_source_keys(doc),
            "url": doc.get("url") or "", "actors": actors[doc["id"]],
            "edges": edges[doc["id"]], "evidence": evidence[doc["id"]],
        })
    rows.sort(key=lambda r: (r["date"] == "", _negated(r["date"]), r["title"].casefold(),
                             r["id"]))
    return rows


def _negated(date: str) -> tuple[int, ...]:
    """Sort key for newest first: the digits of an ISO span, negated."""
    return tuple(-ord(c) for c in date)


def find_document(store: LocalStore, typed: str) -> str:
    """The id of the one document `typed` names (see the module doc)."""
    text = typed.strip()
    documents = {d["id"]: d for d in store.documents()}
    if text in documents:
        return text
    for matcher in (_by_id_prefix, _by_title, _by_source, _by_file_name):
        found = sorted(matcher(documents, text))
        if len(found) == 1:
            return found[0]
        if found:
            raise DocumentNotFound(f"{typed!r} matches {len(found)} documents; give the id",
                                   [documents[i] for i in found])
    raise DocumentNotFound(f"no document with id, title, file or URL {typed!r} in the store "
                           "(`figraph documents` lists them)")


def _by_id_prefix(documents: dict[str, dict[str, Any]], text: str) -> list[str]:
    wanted = text.lower() if text.lower().startswith("doc:") else f"doc:{text.lower()}"
    if len(wanted) < 8:  # "doc:" and at least four digits
        return []
    return [i for i in documents if i.startswith(wanted)]


def _by_title(documents: dict[str, dict[str, Any]], text: str) -> list[str]:
    folded = " ".join(text.split()).casefold()
    return [i for i, d in documents.items()
            if " ".join(str(d.get("title") or "").split()).casefold() == folded]


def _by_source(documents: dict[str, dict[str, Any]], text: str) -> list[str]:
    wanted = {text, os.path.abspath(text)}
    return [i for i, d in documents.items()
            if wanted & {*stored_source_keys(d), str(d.get("path") or ""), str(d.get("url") or "")}]


def _by_file_name(documents: dict[str, dict[str, Any]], text: str) -> list[str]:
    if os.sep in text:
        return []
    return [i for i, d in documents.items()
            if any(os.path.basename(key) == text for key in
                   [*stored_source_keys(d), str(d.get("path") or "")] if os.path.isabs(key)
                   or key == d.get("path"))]


@dataclass
class Removal:
    """What removing documents took out of the store."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    evidence: int = 0
    edges: int = 0
    actors: int = 0

    def summary(self) -> str:
        titles = "; ".join(f"{d.get('title') or d['id']} [{d['id']}]" for d in self.documents)
        return (f"removed {len(self.documents)} document{'s' if len(self.documents) != 1 else ''}"
                f" ({titles}): {self.evidence} pieces of evidence, {self.edges} edges and "
                f"{self.actors} actors left without support went with "
                f"{'them' if len(self.documents) != 1 else 'it'}")


def remove_documents(store: LocalStore, document_ids: list[str]) -> Removal:
    """Take the documents out of the store (in memory; the caller saves)."""
    before = store.counts()
    removal = Removal(documents=[store.document(i) or {"id": i}
                                 for i in dict.fromkeys(document_ids)])
    for doc in removal.documents:
        store.remove_document(doc["id"])
    after = store.counts()
    removal.evidence = before["evidence"] - after["evidence"]
    removal.edges = before["edges"] - after["edges"]
    removal.actors = before["actors"] - after["actors"]
    return removal
