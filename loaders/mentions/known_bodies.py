"""Bodies the model cuts short or misnames, completed from the text around them or from
the gazetteer: a state's body named with the state ('the Ministry of Foreign Affairs of the
Czech Republic'), a committee named without its house ('Select Committee on Intelligence,
United States Senate'), the office of a director ('the Director of National Intelligence'),
and capitals that name an agreement rather than a state ('the Minsk agreements').

Why: in foreign and American texts these bodies are the actors the relations are about,
and the small model reads them as a country and a fragment, or as a bare committee that
no reader could tell from another house's.
"""

from __future__ import annotations

import re
from typing import Any

from ..vocabulary import lexicon, locales
from ..vocabulary.gazetteer import Gazetteer, normalize_name
from .mention import Mention, from_entry, same_actor_at
from .ner import head_type

__all__ = ["bodies_of_states", "capitals_naming_things", "directors_offices",
           "field_offices", "known_committees"]


HOUSE_WORDS = {"senate", "house", "representatives", "commons", "lords"}
CAPITAL_NAMED = lexicon.words("capital_named_nouns")


def capitals_naming_things(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'violated the Minsk agreements', 'the Astana format': a capital before the noun of
    an agreement or a meeting names that thing; the state it stands for acts nowhere."""
    return [m for m in mentions if not (m.kind == "metonym" and m.end < len(doc)
                                        and doc[m.end].lower_ in CAPITAL_NAMED)]


STATE_BODY_HEADS = lexicon.words("state_body_heads")
STATE_BODY_TYPES = ("Agency", "Organization", "Legislature", "Committee")


def bodies_of_states(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'the Ministry of Foreign Affairs of the Czech Republic', 'the Embassy of the People's
    Republic of China in Prague': a state's body named with the state after 'of' is one
    body under that whole name (the model cuts it at the country, or tags nothing), part
    of the state (`of_state`)."""
    by_end = {m.end: m for m in mentions}
    merged: list[tuple[Mention | None, Mention, int]] = []
    for state in mentions:
        if state.type != "State" or state.kind not in ("name", "alias"):
            continue
        at = state.start - 1 if state.start > 0 and doc[state.start - 1].lower_ == "the" \
            else state.start
        if at < 2 or doc[at - 1].lower_ != "of":
            continue
        body = by_end.get(at - 1)
        start = body.start if body is not None else _capitalised_from(doc, at - 1)
        words = {t.lower_ for t in doc[start:at - 1]}
        if start >= at - 1 or not words & STATE_BODY_HEADS or not doc[start].text[:1].isupper() \
                or body is not None and (
                body.kind not in ("ner", "anaphora") or body.type not in STATE_BODY_TYPES):
            continue
        merged.append((body, state, start))
    if not merged:
        return mentions
    gone = {id(m) for body, state, _ in merged for m in (body, state) if m is not None}
    out = [m for m in mentions if id(m) not in gone]
    for body, state, start in merged:
        text = doc[start:state.end].text
        kind = body.type if body is not None else head_type(text.split(" of ")[0].split())
        out.append(Mention(start, state.end, text, "ner", text, kind, key=normalize_name(text),
                           source="ner", attrs={"of_state": state.name}))
    return sorted(out, key=lambda x: x.start)


def _capitalised_from(doc: Any, end: int) -> int:
    """Where the capitalised words before token `end` begin, on the same line."""
    start = end
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
            and "\n" not in doc[start - 1].whitespace_ and doc[start - 1].tag_ != "DT":
        start -= 1
    return start


def directors_offices(doc: Any, mentions: list[Mention], gazetteer: Gazetteer
                       ) -> list[Mention]:
    """'the Director of National Intelligence, James Clapper': the model tags 'National
    Intelligence' as a body; it is the known office of that director."""
    out = []
    for m in mentions:
        if m.kind == "ner" and m.start >= 2 and doc[m.start - 1].lower_ == "of" \
                and doc[m.start - 2].lower_ == "director":
            entry = gazetteer.get(f"Office of the Director of {m.text}")
            if entry is not None:
                m = from_entry(doc, m.start, m.end, "alias", entry)
        out.append(m)
    return out

FIELD_OFFICE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,3}Field (?:Office|Division)"
                          r"(?:\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w.'’ -]+))?$")
"""'Chicago Field Office of the FBI', "the FBI's Washington Field Office"."""


def field_offices(doc: Any, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A federal agency's field office named by its city is the agency (its agents work
    for the FBI, as releases and readers take them; the city's office is no actor of its
    own): the owner the name gives ('... of the FBI'), else the agency named with a
    possessive right before it ("the FBI's Washington Field Office")."""
    out: list[Mention] = []
    for m in mentions:
        match = FIELD_OFFICE.match(m.text) if m.type in ("Agency", "Organization") else None
        if match is None:
            out.append(m)
            continue
        entry = gazetteer.named(match.group("owner")) if match.group("owner") else None
        owner = out[-1] if out and m.start >= 1 and doc[m.start - 1].tag_ == "POS" \
            and out[-1].end == m.start - 1 and out[-1].type == "Agency" else None
        if entry is not None and entry.type == "Agency":
            out.append(from_entry(doc, m.start, m.end, "alias", entry))
        elif owner is not None:
            out.append(same_actor_at(doc, m.start, m.end, owner.kind, owner))
        else:
            out.append(m)
            continue
        out[-1].attrs["field_office"] = True  # who heads it works for the agency
    return out


def known_committees(doc: Any, mentions: list[Mention], gazetteer: Gazetteer
                     ) -> list[Mention]:
    """'Select Committee on Intelligence, United States Senate': a committee the model
    names without its house is the one known committee of the document's country whose
    full name ends so ('United States Senate Select Committee on Intelligence')."""
    here = locales.current()
    if here is None or not any(m.type == "Committee" and m.kind == "ner" for m in mentions):
        return mentions
    known = [e for e in gazetteer.by_type("Committee")
             if (e.host or e.country) == here.country]
    out = []
    for n, m in enumerate(mentions):
        if m.type == "Committee" and m.kind == "ner" and len(m.key.split()) > 2:
            ends = [e for e in known if normalize_name(e.name).endswith(" " + m.key)]
            if len(ends) > 1:  # the House's or the Senate's: the house named beside it
                houses = {w for o in mentions[max(n - 1, 0):n + 2] if o.type == "Legislature"
                          and (abs(o.start - m.end) <= 2 or abs(m.start - o.end) <= 2)
                          for w in normalize_name(o.name).split()} & HOUSE_WORDS
                ends = [e for e in ends if houses & set(normalize_name(e.name).split())]
            if len(ends) == 1:
                m = from_entry(doc, m.start, m.end, "alias", ends[0])
        out.append(m)
    return out
