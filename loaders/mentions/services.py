"""A state's services named by its demonym or possessive: 'Russian intelligence', "China's
military intelligence", 'Israeli special forces', 'Russian military forces'.

Why: the annotation conventions type militaries and intelligence services as agencies of
their own, and readers follow a recruit to the service, not to the whole state ('recruited
by Russian intelligence'). One actor per state and kind, named with the state's demonym
('Russian intelligence services'); a description of a body named beside it ('the MSS,
China's civilian intelligence agency') stays the state's.
"""

from __future__ import annotations

from typing import Any

from ..vocabulary import lexicon
from ..vocabulary.gazetteer import GazetteerEntry, normalize_name
from .mention import Mention

__all__ = ["state_service", "possessed_services"]

SERVICE_KINDS = lexicon.choices("state_service_kinds")
"""Head word -> the kind of a state's service it names, by the words before it."""


def possessed_services(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """"China's intelligence service", "Russia's military intelligence": the service of
    `state_service` named with the state's possessive (it replaces the state's mention)."""
    out = []
    for m in mentions:
        entry = m.attrs.get("entry")
        if m.type == "State" and entry is not None and m.end + 1 < len(doc) \
                and doc[m.end].tag_ == "POS" and doc[m.end - 1].head.i > m.end:
            service = state_service(doc, doc[m.end - 1], entry, owner=True)
            if service is not None:
                service.start = m.start
                service.text = doc[m.start:service.end].text
                out.append(service)
                continue
        out.append(m)
    return out


def state_service(doc: Any, demonym: Any, entry: GazetteerEntry,
                  owner: bool = False) -> Mention | None:
    """'Russian intelligence', 'Chinese military intelligence', 'a Chinese secret service',
    'Israeli special forces', 'Russian military forces': a state's intelligence service or
    armed forces, an agency of its own (the convention: militaries and services are
    agencies), part of the state; one actor per state and kind ('Russian intelligence
    services'), named with the state's demonym."""
    head = demonym.head
    kinds = SERVICE_KINDS.get(head.lower_)
    deps = ("poss",) if owner else ("amod", "compound", "nmod")
    if demonym.dep_ not in deps or head.i <= demonym.i or not kinds:
        return None
    if head.dep_ in ("appos", "attr") or head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN" \
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
        return None  # 'the MSS, China's civilian intelligence agency', 'the Russian security
        # service FSB', "East Germany's secret service, the Stasi": a description of the
        # body named beside it
    first = demonym.i + 2 if owner else demonym.i + 1  # (past the owner's 's)
    between = {t.lower_ for t in doc[first:head.i]}
    if any(t.text[:1].isupper() for t in doc[first:head.i + 1]):
        return None  # 'the Romanian Intelligence Service': a named body, the gazetteer's
    kind = next((k for words, k in kinds if set(words.split()) <= between and
                 (words or not between - {"foreign", "state"})), None)
    if kind is None:
        return None
    adjective = entry.demonyms[0] if entry.demonyms else entry.name
    name = f"{adjective} {kind}"
    return Mention(demonym.i, head.i + 1, doc[demonym.i:head.i + 1].text, "service", name,
                   "Agency", key=normalize_name(name), source="text",
                   attrs={"state": entry.name})
