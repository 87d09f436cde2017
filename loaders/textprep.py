"""Blank out the parts of a text that name no actor in a role: apparatus and boilerplate.

Why: citation markers ("election.[14] Trudeau"), footnote numbers glued to a
word ("processes.88 The Committee"), reference lists, a news release's
contacts and "Associated links", a byline's "With files from" all look like
names or glue sentences together, yet no gold annotation draws an actor from
them. They are replaced by spaces of the same length, so every character
offset (evidence spans, pages) still points into the original text.
All passes are single regular-expression scans: linear in the text.
"""

from __future__ import annotations

import re

__all__ = ["masked", "TAIL_HEADINGS"]

CITATION = re.compile(r"\[(?:\d{1,3}(?:[,–\-]\s?\d{1,3})*|[a-z]|citation needed|note \d+)\]")
FOOTNOTE = re.compile(r"(?<=[a-z)\]][.,;:”\"’])\d{1,3}(?=\s|$)", re.MULTILINE)
"""A footnote number right after a word's closing punctuation: 'processes.88 The'."""

TAIL_HEADINGS = {
    "references", "notes", "footnotes", "endnotes", "sources", "citations", "bibliography",
    "external links", "see also", "further reading", "associated links", "related links",
    "stay connected", "contacts", "media contacts", "contact", "for more information",
}
"""Headings after which a document only lists sources, links and contacts."""

HEADING_LINE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z ]{2,30}?)[ \t]*:?[ \t]*$", re.MULTILINE)
BOILERPLATE_LINE = re.compile(
    r"^[ \t]*(?:For further information|For more information|Media (?:contacts?|relations|"
    r"inquiries)|Contacts?:|SOURCE\b|With files from|Follow\b.{0,80}\bon\b|News provided by|"
    r"Posted:|Last Updated|Retrieved\b|Related (?:links|stories)|Share this|Photo:).*$",
    re.MULTILINE)
TAIL_FRACTION = 0.4
"""A tail heading counts only in the last part of the text (not a 'Notes' section midway)."""


def masked(text: str) -> str:
    """`text` with apparatus and boilerplate replaced by spaces (same length)."""
    text = CITATION.sub(_blank, text)
    text = FOOTNOTE.sub(_blank, text)
    text = BOILERPLATE_LINE.sub(_blank, text)
    cut = _tail_start(text)
    if cut is not None:
        text = text[:cut] + _blank_text(text[cut:])
    return text


def _tail_start(text: str) -> int | None:
    """Offset of the first tail heading in the last part of the text, if any."""
    floor = int(len(text) * (1 - TAIL_FRACTION))
    for match in HEADING_LINE.finditer(text, floor):
        if match.group(1).strip().lower() in TAIL_HEADINGS:
            return match.start()
    return None


def _blank(match: re.Match) -> str:
    return _blank_text(match.group(0))


def _blank_text(chunk: str) -> str:
    """Spaces for every character but line breaks (paragraphs keep their shape)."""
    return re.sub(r"[^\n]", " ", chunk)
