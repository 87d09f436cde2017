"""Units named by a number: 'Centre 18', 'FSB Centre 18', 'Unit 29155 of the GRU'.

Why: services name their units by number, and releases and advisories attribute
operations to them ('a unit within the FSB', 'GRU Unit 26165'). The small model cuts the
number off ('FSB Centre' tagged a person) or misses the unit, so the unit and what it is
part of are lost. A capitalised unit noun before a number names a body; an acronym
before it (its service) is part of the name, so 'Centre 18' later is the same unit.
"""

from __future__ import annotations

import re
from typing import Any

from ..vocabulary import lexicon
from ..vocabulary.gazetteer import normalize_name
from .mention import Mention
from .ner import ACRONYM

__all__ = ["numbered_units"]

UNIT_NOUNS = lexicon.words("numbered_unit_nouns")
UNIT_NUMBER = re.compile(r"^\d{2,6}$")


def numbered_units(doc: Any) -> list[Mention]:
    """One Agency mention for each 'Unit NNN' or 'Centre NN', with its service's acronym
    when one comes right before it."""
    out = []
    for token in doc:
        if token.lower_ not in UNIT_NOUNS or not token.is_title or token.i + 1 >= len(doc) \
                or not UNIT_NUMBER.match(doc[token.i + 1].text):
            continue
        start = token.i
        if start > 0 and ACRONYM.match(doc[start - 1].text) \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        span = doc[start:token.i + 2]
        out.append(Mention(span.start, span.end, span.text, "ner", span.text, "Agency",
                           key=normalize_name(span.text), source="ner"))
    return out
