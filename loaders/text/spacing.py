"""Runs of spaces folded for the model, evidence offsets still into the text as read.

A justified PDF stretches its lines with wide spaces, which pypdf returns as runs of
spaces ("Global  Affairs  Canada"). spaCy takes such a run for a token of its own, so
names break at it ("Global  Affairs  " became an actor). The extraction therefore
reads a copy of the text whose runs of spaces between words are one space, and every
offset it returns is mapped back (`Folding.to_original`): the evidence's `start` and
`end` still point into `Document.text` as read, pages and quotes' context included,
and the quote is the folded sentence (the same words, single-spaced).

Only PDFs are folded: in plain text and transcripts a run of spaces can separate
columns ("Ben Scott  Chief Executive Officer"), which the extraction reads.

>>> folding = Folding.of("Global  Affairs   Canada met.")
>>> folding.text
'Global Affairs Canada met.'
>>> folding.to_original(folding.text.index("Canada"))
18
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...graph.model import Document, Extraction

__all__ = ["Folding", "FOLDED_FORMATS", "extract_folded"]

FOLDED_FORMATS = frozenset({"pdf"})
_RUN = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
"""Two or more spaces (or no-break spaces) between two words of one line."""


@dataclass(frozen=True)
class Folding:
    """A text with its runs of spaces folded, and the way back to the original offsets.

    `starts[i]` is where the i-th folded run's single space stands in the folded text,
    `shifts[i]` how many characters the folded text has lost up to and including it."""

    text: str
    starts: tuple[int, ...]
    shifts: tuple[int, ...]
    original_starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Folding:
        parts: list[str] = []
        starts: list[int] = []
        shifts: list[int] = []
        original_starts: list[int] = []
        last = lost = 0
        for match in _RUN.finditer(text):
            parts.append(text[last:match.start()])
            starts.append(match.start() - lost)
            original_starts.append(match.start())
            lost += len(match.group()) - 1
            shifts.append(lost)
            parts.append(" ")
            last = match.end()
        parts.append(text[last:])
        return cls("".join(parts), tuple(starts), tuple(shifts), tuple(original_starts))

    @property
    def changed(self) -> bool:
        return bool(self.starts)

    def to_original(self, offset: int) -> int:
        """The offset in the original text of folded `offset` (a run's space maps to the
        run's first space; what follows it, past the whole run)."""
        index = bisect_right(self.starts, offset - 1)  # runs whose space lies before offset
        return offset + (self.shifts[index - 1] if index else 0)

    def to_folded(self, offset: int) -> int:
        """The folded offset of an original `offset` (inside a run: the run's space)."""
        index = bisect_right(self.original_starts, offset) - 1
        if index < 0:
            return offset
        lost_before = self.shifts[index - 1] if index else 0
        run_end = self.original_starts[index] + (self.shifts[index] - lost_before) + 1
        if offset < run_end:
            return self.starts[index] + (1 if offset > self.original_starts[index] else 0)
        return offset - self.shifts[index]


def extract_folded(extract: object, document: Document) -> Extraction:
    """`extract(document)`, on folded text for a PDF with runs of spaces; the result
    names the original document and its evidence offsets point into its text."""
    from collections.abc import Callable

    run: Callable[[Document], Extraction] = extract  # type: ignore[assignment]
    if document.format not in FOLDED_FORMATS:
        return run(document)
    folding = Folding.of(document.text)
    if not folding.changed:
        return run(document)
    folded = replace(document, text=folding.text,
                     pages=[folding.to_folded(p) for p in document.pages])
    result = run(folded)
    for edge in result.edges:
        for evidence in edge.evidence:
            evidence.start = folding.to_original(evidence.start)
            evidence.end = folding.to_original(evidence.end)
    result.document = document
    return result
