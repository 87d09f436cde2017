"""Units named by a number ('Centre 18', 'FSB Centre 18', 'Unit 29155 of the GRU') or by
their place ('the Fuzhou branch of the MPS', 'the New York office of the FBI').

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
from .mention import Mention, tokens_written
from .ner import ACRONYM

__all__ = ["numbered_units", "placed_branches", "placed_police"]

NUMBERED_UNIT_NOUNS = lexicon.words("numbered_unit_nouns")
UNIT_NUMBER = re.compile(r"^\d{2,6}$")


def numbered_units(doc: Any) -> list[Mention]:
    """One Agency mention for each 'Unit NNN' or 'Centre NN', with its service's acronym
    when one comes right before it."""
    out = []
    for token in tokens_written(doc, NUMBERED_UNIT_NOUNS):
        if not token.is_title or token.i + 1 >= len(doc) \
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


BRANCH_NOUNS = lexicon.words("placed_branch_nouns")
PLACE_WORDS = 3


def placed_branches(doc: Any) -> list[Mention]:
    """'the Fuzhou branch of the MPS': a body's branch named by its place is a body of its
    own, under its place, its noun and its parent's name as written; the parent keeps its
    own mention (the branch is part of it, see `relations.affiliations`)."""
    out = []
    for token in tokens_written(doc, BRANCH_NOUNS):
        if not token.is_lower or token.i + 2 >= len(doc) \
                or doc[token.i + 1].lower_ != "of":
            continue
        start = token.i
        while start > 0 and token.i - start < PLACE_WORDS and doc[start - 1].is_title \
                and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == token.i or start == 0 or doc[start - 1].lower_ != "the":
            continue  # 'a provincial branch of X' names no place; 'Smith office of X' no body
        parent = _name_after(doc, token.i + 1)
        if not parent:
            continue
        name = f"{doc[start:token.i + 1].text} of {parent}"
        out.append(Mention(start, token.i + 1, doc[start:token.i + 1].text, "ner", name,
                           "Agency", key=normalize_name(name), source="ner"))
    return out


def placed_police(doc: Any) -> list[Mention]:
    """'Shanghai police stated that ...': a city's police named by the city before a
    lowercase 'police' is a body of its own (the model tags only the city). Not a state's
    ('Chinese police' is China, by the demonym) nor a place inside a sentence's name."""
    out = []
    for token in tokens_written(doc, {"police"}):
        if not token.is_lower or token.i == 0 or token.dep_ == "compound":
            continue  # ('the Beijing police stations': stations, no police force)
        start = token.i
        while start > 0 and token.i - start < PLACE_WORDS and doc[start - 1].ent_type_ == "GPE" \
                and doc[start - 1].is_title:
            start -= 1
        if start == token.i:
            continue
        name = f"{doc[start:token.i].text} police"
        out.append(Mention(start, token.i + 1, name, "ner", name, "Agency",
                           key=normalize_name(name), source="ner"))
    return out


def _name_after(doc: Any, of: int) -> str:
    """The capitalised name after 'of' (and its 'the'), as written."""
    i = of + 1 + (of + 1 < len(doc) and doc[of + 1].lower_ == "the")
    end = i
    while end < len(doc) and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha
                              or end > i and doc[end].lower_ in ("of", "and", "for")):
        end += 1
    while end > i and not doc[end - 1].text[:1].isupper():
        end -= 1
    return doc[of + 1:end].text if end > i else ""
