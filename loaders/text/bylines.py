"""A report's or an article's byline: 'Author: Jane Roe, Harbour Institute.'

Why a reader of its own: research reports and some releases open with who wrote them, one
label line per role ('Author:', 'Contributors:', 'Written by:'), each name followed by the
body it writes for. Read as prose, the model runs a name into its body ('Jane Roe, Harbour
Institute' one person) and an infobox reader takes the line for a field of the title. The
lines are found on the raw text here; the mention finder makes each name a person and each
body an organisation, and `relations.signatories` links them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocabulary import lexicon
from .lines import PERSON_NAME

__all__ = ["Byline", "bylines", "BYLINE_LABELS"]

BYLINE_LABELS = lexicon.words("byline_labels")
BYLINE = re.compile(
    r"^[ \t]*(?:" + "|".join(label.replace(" ", r"[ \t]+") for label in sorted(BYLINE_LABELS))
    + r")[ \t]*:[ \t]*(?P<value>[^\n]{3,300}?)[ \t.]*$", re.IGNORECASE | re.MULTILINE)
WHOLE_NAME = re.compile(rf"(?:{PERSON_NAME})$")
BODY = re.compile(r"[A-Z0-9][\w&'’.\-]*(?:[ \t]+(?:of|for|and|the|on|&|[A-Z0-9][\w&'’.\-]*)){0,7}$")
MAX_BYLINES = 20


@dataclass(frozen=True)
class Byline:
    """One writer of a byline line: the character span of the name, and of the body named
    right after it (None when the line names none)."""

    person: tuple[int, int]
    body: tuple[int, int] | None


def bylines(text: str) -> list[Byline]:
    """Each writer named on a byline line of the text."""
    return list(_bylines(text))


@lru_cache(maxsize=1)
def _bylines(text: str) -> tuple[Byline, ...]:
    """Kept for the last text: the mention finder and the relations read the same chunk."""
    out: list[Byline] = []
    for line in BYLINE.finditer(text):
        for start, end in _segments(text, line.start("value"), line.end("value")):
            out += _writers(text, start, end)
        if len(out) >= MAX_BYLINES:
            break
    return tuple(out[:MAX_BYLINES])


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a byline's value between semicolons: one writer and body each."""
    out, at = [], start
    for part in text[start:end].split(";"):
        out.append((at, at + len(part)))
        at += len(part) + 1
    return out


def _writers(text: str, start: int, end: int) -> list[Byline]:
    """'Jane Roe, Harbour Institute': a name and its body; 'Jane Roe, Omar Haddad': two
    names; anything else (a title, a sentence) names no one."""
    items, at = [], start
    for item in text[start:end].split(","):
        stripped = item.strip()
        offset = at + item.index(stripped) if stripped else at
        items.append((offset, offset + len(stripped), stripped))
        at += len(item) + 1
    items = [item for item in items if item[2]]
    if not items or not WHOLE_NAME.match(items[0][2]):
        return []
    if all(WHOLE_NAME.match(name) and not _body_words(name) for _, _, name in items):
        return [Byline((a, b), None) for a, b, _ in items]
    if len(items) == 2 and BODY.match(items[1][2]):
        return [Byline(items[0][:2], items[1][:2])]
    return []


def _body_words(name: str) -> bool:
    """Whether a name has a body's head word ('Harbour Institute', 'Atlantic Council')."""
    return any(word.lower() in lexicon.ORG_HEAD_TYPES for word in name.split())
