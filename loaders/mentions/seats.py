"""Members named by their seat: 'the member for Wellington—Halton Hills', 'the hon. Member
for Vancouver East'.

Why: Hansard and committee evidence name a member by constituency, not by name (the
Standing Orders of the Canadian House want it so), and the debates are where members
accuse, ask and answer. The gazetteer's `seats` say who holds a seat; a seat two entries
hold ('Steveston—Richmond East', before and after 2021) names nobody: refusing is better
than a wrong member.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..vocabulary.gazetteer import Gazetteer, GazetteerEntry
from .mention import Mention, from_entry

__all__ = ["SeatIndex"]

MEMBER_FOR = re.compile(r"\b[Mm]ember for (?=[A-Z])")
SEAT_WORDS = 9
"""A seat's name is at most this many words ('Leeds—Grenville—Thousand Islands and Rideau
Lakes' is six once its dashes join words)."""


def seat_key(name: str) -> str:
    """'Wellington—Halton Hills', 'Wellington-Halton Hills', 'wellington halton hills': one key."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w']+", " ", text).split())


class SeatIndex:
    """Seat key -> the one entry that holds it (seats held by two entries are left out)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        holders: dict[str, list[GazetteerEntry]] = {}
        for entry in gazetteer.entries.values():
            for seat in entry.seats:
                holders.setdefault(seat_key(seat), []).append(entry)
        self.by_seat = {key: found[0] for key, found in holders.items() if len(found) == 1}

    def mentions(self, doc: Any, text: str) -> list[Mention]:
        """'member for SEAT' spans whose seat one known member holds, as that member."""
        if not self.by_seat:
            return []
        out = []
        for match in MEMBER_FOR.finditer(text):
            start = doc.char_span(match.start(), match.start() + len("member"))
            if start is None:
                continue
            first = start.end + 1  # the token after 'for'
            for end in range(min(len(doc), first + SEAT_WORDS), first, -1):
                entry = self.by_seat.get(seat_key(doc[first:end].text))
                if entry is not None:
                    out.append(from_entry(doc, start.start, end, "seat", entry))
                    break
        return out
