"""Committee transcripts: speaker lines say who speaks, their party and their office.

Why: in a Hansard-style transcript the most reliable facts are in the speaker
labels, not the prose: "Mr. Michael Chong (Wellington—Halton Hills, CPC):" is
a Conservative MP; "Mr. David Vigneault (Director, Canadian Security
Intelligence Service):" heads CSIS and is a witness before the committee.
Inside a turn, "I" is the speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["SpeakerLine", "speaker_lines", "SpeakerTurns"]

SPEAKER = re.compile(
    r"^[ \t]*(?!The\b)(?:(?P<hon>Mr|Mrs|Ms|Miss|Dr|Hon|Honourable|Senator|Sen|Prof)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,4})"
    r"[ \t]*\((?P<paren>[^()\n]{2,160})\)[ \t]*:",
    re.MULTILINE,
)
PLAIN = re.compile(
    r"^[ \t]*(?:Mr|Mrs|Ms|Miss|Dr|Hon|Senator)\.?[ \t]+"
    r"(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,3})[ \t]*:", re.MULTILINE)
CHAIR = re.compile(r"^[ \t]*The (?:Chair|Chairman|Chairperson|Vice-Chair|Acting Chair)\b"
                   r"(?:[ \t]*\((?P<paren>(?:[^()\n]|\([^()\n]{1,80}\)){2,160})\))?[ \t]*:",
                   re.MULTILINE)
CHAIR_INNER = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Hon)\.?\s+)?(?P<name>[^()]+?)\s*"
                         r"(?:\((?P<paren>[^()]+)\))?\s*$")
"""'Hon. Bardish Chagger (Waterloo, Lib.)': the chair's name, then riding and party."""
WITNESS = re.compile(
    r"^[ \t]*(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,3}),[ \t]+"
    r"(?P<paren>[A-Z][^:\n]{2,200}?)[ \t]*:", re.MULTILINE)
"""Senate evidence: 'Vanessa Lloyd, Deputy Director, Operations, CSIS: Thank you.'"""
IN_THE_CHAIR = re.compile(
    r"^[ \t]*(?:(?:Senator|Hon\.?|The Honourable|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?"
    r"(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,3})[ \t]*"
    r"\((?:Deputy |Acting )?Chair(?:man|person)?\)[ \t]+in the chair", re.MULTILINE)
"""'Senator Tony Dean (Chair) in the chair.': who 'The Chair:' is in Senate evidence."""
LABEL_LOWER = frozenset({"of", "and", "for", "the", "on", "in", "to", "du", "de", "des", "la",
                         "le", "et", "&"})
"""Small words a witness's title may hold; any other lowercase word makes it prose."""


@dataclass(frozen=True)
class SpeakerLine:
    """One speaker label: where the name is, and where its parenthetical is."""

    start: int
    end: int
    paren_start: int
    paren_end: int
    name: str
    chair: bool = False
    senator: bool = False


def speaker_lines(text: str) -> list[SpeakerLine]:
    """Speaker labels at line starts; fewer than two means this is no transcript."""
    found = [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                         m.group("name"), senator=_senator(m.group(0)))
             for m in SPEAKER.finditer(text)]
    found += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"),
                          senator=_senator(m.group(0))) for m in PLAIN.finditer(text)]
    found += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"), chair=True,
                          senator=_senator(m.group(0))) for m in IN_THE_CHAIR.finditer(text)]
    for m in CHAIR.finditer(text):
        inner = CHAIR_INNER.match(m.group("paren") or "")
        if inner is not None:
            base = m.start("paren")
            paren = (base + inner.start("paren"), base + inner.end("paren")) \
                if inner.group("paren") else (0, 0)
            found.append(SpeakerLine(base + inner.start("name"), base + inner.end("name"),
                                     *paren, inner.group("name"), chair=True))
        else:
            found.append(SpeakerLine(m.start(), m.end(), 0, 0, "", chair=True))
    if found:  # a witness's title label counts only in a text with other speaker labels
        found += _witness_lines(text, {s.start for s in found})
    found.sort(key=lambda s: s.start)
    return found if len(found) >= 2 else []


def _senator(label: str) -> bool:
    return label.lstrip().startswith(("Senator", "Sen."))


def _witness_lines(text: str, taken: set[int]) -> list[SpeakerLine]:
    """'Name, Title, Body:' opening a line, when every word of the title is capitalised
    or a small word (prose before a colon has verbs and lowercase nouns)."""
    out = []
    for m in WITNESS.finditer(text):
        words = re.findall(r"[\w'’\-]+", m.group("paren"))
        if m.start("name") in taken or not words or any(
                w[0].islower() and w not in LABEL_LOWER for w in words):
            continue
        out.append(SpeakerLine(m.start("name"), m.end("name"), m.start("paren"),
                               m.end("paren"), m.group("name")))
    return out


class SpeakerTurns:
    """Who is speaking at a character offset (for 'I' and 'me'), and for whom: the body a
    witness's label names (for 'we', 'our officers', 'my office')."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._who: list[Any] = []
        self._body: list[Any] = []

    def add(self, offset: int, mention: Any, body: Any = None) -> None:
        index = bisect.bisect(self._starts, offset)
        self._starts.insert(index, offset)
        self._who.insert(index, mention)
        self._body.insert(index, body)

    def at(self, offset: int) -> Any | None:
        index = bisect.bisect(self._starts, offset) - 1
        return self._who[index] if index >= 0 else None

    def body_at(self, offset: int) -> Any | None:
        index = bisect.bisect(self._starts, offset) - 1
        return self._body[index] if index >= 0 else None

    def __bool__(self) -> bool:
        return bool(self._starts)
