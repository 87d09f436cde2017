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


@dataclass(frozen=True)
class SpeakerLine:
    """One speaker label: where the name is, and where its parenthetical is."""

    start: int
    end: int
    paren_start: int
    paren_end: int
    name: str
    chair: bool = False


def speaker_lines(text: str) -> list[SpeakerLine]:
    """Speaker labels at line starts; fewer than two means this is no transcript."""
    found = [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                         m.group("name")) for m in SPEAKER.finditer(text)]
    found += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"))
              for m in PLAIN.finditer(text)]
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
    found.sort(key=lambda s: s.start)
    return found if len(found) >= 2 else []


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
