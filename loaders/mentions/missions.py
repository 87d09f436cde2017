"""A state's diplomatic missions: 'the Norwegian embassy in Moscow', 'the Turkish consulate',
"Russia's embassy in Dublin", 'the US Embassy'.

Why: a mission is an actor of its own, an agency of its state (the annotation conventions
type it so, and a reader follows a diplomat to the embassy he served in, then the embassy to
its state). Read as the bare state, 'she worked at the Norwegian embassy in Moscow' loses
the post, and 'the Turkish consulate' becomes a second name of Turkey. One actor per state,
kind and host city; a mission named without its city in a document that names one mission of
that state and kind with its city is that one ('the Russian Embassy in Dublin ... the Russian
Embassy said').
"""

from __future__ import annotations

from typing import Any

from ..vocabulary import lexicon
from ..vocabulary.gazetteer import GazetteerEntry, normalize_name
from .mention import Mention

__all__ = ["state_missions"]

MISSION_NOUNS = lexicon.words("mission_nouns")
"""Head words of a state's mission abroad, singular: one building, one actor."""
PLACE_LINKS = {"in", "to"}


def state_missions(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """Each state mention that opens a mission's name becomes that mission (an Agency with
    the state in `attrs['state']`, which makes it part of the state)."""
    out = [_mission(doc, m) or m for m in mentions]
    return _placed_once(out)


def _mission(doc: Any, state: Mention) -> Mention | None:
    entry = state.attrs.get("entry")
    if state.type != "State" or not isinstance(entry, GazetteerEntry):
        return None
    head = _mission_head(doc, state)
    if head is None or head.dep_ == "compound":
        return None  # 'Russian embassy architecture': a topic, no mission
    end = head.i + 1
    place = _place_after(doc, end)
    adjective = entry.demonyms[0] if entry.demonyms else entry.name
    name = f"{adjective} {head.lower_}"
    if place is not None:
        name += f" in {doc[end + 1:place].text}"
        end = place
    return Mention(state.start, end, doc[state.start:end].text, "service", name, "Agency",
                   key=normalize_name(name), source="text",
                   attrs={"state": entry.name, "mission": f"{entry.name}|{head.lower_}",
                          "placed": place is not None})


def _mission_head(doc: Any, state: Mention) -> Any | None:
    """The mission noun the state's name modifies: inside the mention ('Turkish consulate',
    read with its noun by the demonym rule) or right after it ('US embassy', "Russia's
    embassy")."""
    last = doc[state.end - 1]
    if last.lower_ in MISSION_NOUNS and state.end - state.start > 1:
        return last
    at = state.end + 1 if state.end < len(doc) and doc[state.end].tag_ == "POS" else state.end
    if at >= len(doc) or doc[at].lower_ not in MISSION_NOUNS:
        return None
    owner = doc[state.end - 1]
    if owner.head.i != at or owner.dep_ not in ("compound", "amod", "nmod", "poss"):
        return None
    if at + 1 < len(doc) and doc[at + 1].pos_ == "PROPN" and doc[at + 1].lower_ not in PLACE_LINKS:
        return None  # 'the Chinese Embassy Building' and other names the gazetteer may know
    return doc[at]


def _place_after(doc: Any, end: int) -> int | None:
    """Where 'in Moscow' or 'to the European Union' after the noun ends, if it names one."""
    if end + 1 >= len(doc) or doc[end].lower_ not in PLACE_LINKS:
        return None
    i = end + 1
    if doc[i].lower_ == "the" and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
        i += 1
    stop = i
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and stop - i < 4:
        stop += 1
    return stop if stop > i else None


def _placed_once(mentions: list[Mention]) -> list[Mention]:
    """'the Russian Embassy' after 'the Russian Embassy in Dublin' is that embassy, when the
    document places only one of that state's embassies."""
    placed: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.attrs.get("placed"):
            placed.setdefault(m.attrs["mission"], set()).add((m.name, m.key))
    for m in mentions:
        one = placed.get(m.attrs.get("mission", ""), set())
        if m.attrs.get("mission") and not m.attrs.get("placed") and len(one) == 1:
            m.name, m.key = next(iter(one))
    return mentions
