"""Quotes in context: the paragraph around each quoted sentence, kept with its evidence.

Why: a quote alone can mislead ("He denied it." denied what?). The store does not keep
document texts, so when a document is merged each piece of its evidence keeps the text
of its paragraph before and after the sentence, a few hundred characters each way at
most, cut at a sentence or word boundary and marked `…` where cut. Views show the
sentence in its place (the terminal with `--context`, the HTML evidence panel), with
its page for a PDF.

A paragraph ends at a blank line; a text without blank lines (a transcript, a list)
has one paragraph per line. A store built before contexts were kept gets them when a
build reads its documents again (`lacking_context`, `fill_context`).

>>> text = "Title\\n\\nFirst sentence. Han Dong met a diplomat. Last one.\\n\\nNext."
>>> start = text.index("Han")
>>> quote_context(text, start, start + len("Han Dong met a diplomat."))
['First sentence. ', ' Last one.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from .model import Edge, Evidence, Extraction

__all__ = ["CONTEXT_CHARS", "quote_context", "add_context", "context_of", "lacking_context",
           "fill_context"]

CONTEXT_CHARS = 300
"""Most characters kept on each side of a quote (before the `…`)."""

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def quote_context(text: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> list[str]:
    """`[before, after]`: the quote's paragraph around `text[start:end]`, each side cut
    to `limit` characters; `[]` when the offsets do not fall in the text."""
    if not 0 <= start <= end <= len(text):
        return []
    separator = "\n\n" if _BLANK_LINE.search(text) else "\n"
    first, last = _paragraph(text, start, end, separator)
    before = _cut_before(text[first:start].lstrip(), limit)
    after = _cut_after(text[end:last].rstrip(), limit)
    if not before.strip() and not after.strip():
        return []
    return [before, after]


def _paragraph(text: str, start: int, end: int, separator: str) -> tuple[int, int]:
    """Where the paragraph holding text[start:end] begins and ends."""
    if separator == "\n":
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        return first, len(text) if last < 0 else last
    first = 0
    for match in _BLANK_LINE.finditer(text, 0, start):
        first = match.end()
    following = _BLANK_LINE.search(text, end)
    return first, following.start() if following else len(text)


def _cut_before(before: str, limit: int) -> str:
    """The last `limit` characters or fewer, starting at a sentence (else a word)."""
    if len(before) <= limit:
        return before
    tail = before[-limit:]
    sentence = _SENTENCE_END.search(tail)
    if sentence and sentence.end() < len(tail):
        return "…" + tail[sentence.end():]
    space = tail.find(" ")
    return "…" + (tail[space + 1:] if 0 <= space < len(tail) - 1 else tail)


def _cut_after(after: str, limit: int) -> str:
    """The first `limit` characters or fewer, ending at a sentence (else a word)."""
    if len(after) <= limit:
        return after
    head = after[:limit]
    ends = list(_SENTENCE_END.finditer(head))
    if ends and ends[-1].start() > 0:
        return head[: ends[-1].start() + 1].rstrip() + " …"
    space = head.rfind(" ")
    return (head[:space] if space > 0 else head) + "…"


def add_context(extraction: Extraction) -> Extraction:
    """The extraction with the context of every quote of its document that lacks one
    (in its edges and in those a decision set aside).

    Evidence is copied, never changed in place: an extraction may be merged twice."""
    document = extraction.document
    edges = [*extraction.edges, *extraction.aside]
    if not document.text or not any(_wants(e, document.id) for edge in edges
                                    for e in edge.evidence):
        return extraction
    cache: dict[tuple[int, int], list[str]] = {}

    def with_context(edge: Edge) -> Edge:
        evidence = [_with_context(e, document.text, cache) if _wants(e, document.id) else e
                    for e in edge.evidence]
        return replace(edge, evidence=evidence, hedges=list(edge.hedges))

    return replace(extraction, edges=[with_context(e) for e in extraction.edges],
                   aside=[with_context(e) for e in extraction.aside])


def _wants(evidence: Evidence, document_id: str) -> bool:
    return evidence.document == document_id and not evidence.context


def _with_context(evidence: Evidence, text: str, cache: dict[tuple[int, int], list[str]]
                  ) -> Evidence:
    span = _quote_span(text, evidence)
    if span not in cache:
        cache[span] = quote_context(text, *span)
    return replace(evidence, context=list(cache[span]), origin=list(evidence.origin))


def _quote_span(text: str, evidence: Evidence) -> tuple[int, int]:
    """Where the quote itself stands: the extractor strips the sentence's spaces, so the
    quote may start a little after `start`."""
    at = text.find(evidence.quote, evidence.start, evidence.end + 1) if evidence.quote else -1
    if at < 0:
        return evidence.start, evidence.end
    return at, at + len(evidence.quote)


def context_of(evidence: Mapping[str, Any]) -> tuple[str, str]:
    """(before, after) of a stored evidence dict; empty strings when it has none."""
    context = evidence.get("context") or []
    if len(context) != 2:
        return "", ""
    return str(context[0] or ""), str(context[1] or "")


def lacking_context(edges: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Document id -> the stored evidence dicts (of these edges) without a context."""
    lacking: dict[str, list[dict[str, Any]]] = {}
    for edge in edges:
        for evidence in edge.get("evidence") or ():
            if "context" not in evidence:
                lacking.setdefault(evidence["document"], []).append(evidence)
    return lacking


def fill_context(text: str, evidence: list[dict[str, Any]]) -> int:
    """Give these stored evidence dicts of one document (its `text`) their context, in
    place; returns how many got one."""
    filled = 0
    for item in evidence:
        span = _quote_span(text, Evidence(item["document"], item.get("quote") or "",
                                          int(item["start"]), int(item["end"])))
        context = quote_context(text, *span)
        if context:
            item["context"] = context
            filled += 1
    return filled
