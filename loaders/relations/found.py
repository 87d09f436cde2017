"""What a relation rule yields, and the check of which kinds of actor it may link.

Why apart from the rules: the verb rules (`relations`), the noun rules (`nominal`)
and the title, authorship and accusation rules all build `Found` items through
`pairs`, so the type constraints hold whichever rule read the sentence. The
constraints themselves are the model's (`graph/model.toml`), declared with each
relation type, not lists here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ...graph.model import RELATION_TYPES, SCHEMA
from ..mentions.mention import Mention
from ..vocabulary import lexicon
from .syntax import SentenceView

__all__ = ["Found", "allowed", "heads_of_offices", "pairs", "pobj_actors", "unique", "BODIES",
           "Builtin"]

Builtin = Callable[[str, str], Mention]
"""`Assembler.builtin`: an actor a rule may name without the text naming it (Canada, a
party named by its abbreviation in a speaker label)."""

BODIES: tuple[str, ...] = SCHEMA.group("hearing")
"""The bodies one testifies before: the model's `hearing` group of node types."""
LIGHT_VERBS = set(lexicon.words("light_verbs"))
"""Verbs whose object noun says the relation ('had ties with X', 'launched an inquiry into X')."""
LIGHT_PREPS = {"with", "to", "into", "against", "on", "before", "for", "at"}


@dataclass
class Found:
    """One relation a rule read in a sentence; `anchor` is the token that states it."""

    source: Mention
    target: Mention
    type: str
    rule: str
    anchor: int


HEADING = ("HEADS", "FORMERLY_HEADED")


def heads_of_offices(found: list[Found]) -> list[Found]:
    """'head of the FBI's Eastport Field Office': a field office stands for its agency
    (`mentions.known_bodies.field_offices`), whose head its head is not: the head works
    for it."""
    return [Found(f.source, f.target, "WORKS_FOR", f.rule, f.anchor)
            if f.type in HEADING and f.target.attrs.get("field_office") else f for f in found]


def allowed(rel_type: str, source: Mention, target: Mention) -> bool:
    """The model's type constraints (each relation type's `sources` and `targets` in
    `graph/model.toml`), which keep a rule from linking the wrong kinds of actor; never
    an actor to itself, nor by a relation type the model does not declare."""
    rel = RELATION_TYPES.get(rel_type)
    return source.key != target.key and rel is not None and \
        rel.may_link(source.type, target.type)


def pairs(sources: list[Mention], targets: list[Mention], rel_type: str, rule: str,
          anchor: int) -> Iterator[Found]:
    for s in sources:
        for t in targets:
            if allowed(rel_type, s, t):
                yield Found(s, t, rel_type, rule, anchor)


def pobj_actors(view: SentenceView, prep: Any) -> list[Mention]:
    return [m for obj in prep.children if obj.dep_ == "pobj" for m in view.actors(obj, owner=False)]


def act_doers(view: SentenceView, act: Any, preps: tuple[str, ...]) -> list[Mention]:
    """Who does the act a noun names: its owner ("China's treatment of X", "X's dealings")
    and the objects of the prepositions that say whose it is ('by X'; 'of X' for deeds)."""
    named = [m for c in act.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in preps
             for m in (view.actors(c, owner=False) if c.dep_ == "poss" else pobj_actors(view, c))]
    return named + [m for c in act.children if c.dep_ == "acl" and c.lower_ in SOURCE_PARTICIPLES
                    for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
                    for m in pobj_actors(view, p)]


INTERFERENCE_EVENT_NOUNS = frozenset(noun for noun, kind in lexicon.NOMINAL_EVENTS.items()
                                     if kind == "INTERFERED_IN")
INTERFERENCE_NOUNS = INTERFERENCE_EVENT_NOUNS - {"intervention"}
"""The nouns that name interference and nothing else ('intervention' is also a war's or a
rescue's word)."""


def wrong_doers(view: SentenceView, noun: Any, kinds: tuple[str, ...] = ("State",),
                modifiers: tuple[str, ...] = ("amod", "compound")) -> list[Mention]:
    """Who does the act a noun names: its owner, 'by' or 'of' agent or source ('originating
    from X'), or the actor of `kinds` a modifier names ('Russian interference', 'the US
    Government measure')."""
    return act_doers(view, noun, ("by", "of")) + [
        view.at[c.i] for c in noun.children if c.dep_ in modifiers
        and c.i in view.at and view.at[c.i].type in kinds]


SOURCE_PARTICIPLES = {"originating", "emanating", "coming", "stemming"}
"""'interference originating from the Russian Federation': where an act comes from is
who does it."""


def unique(items: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in items:
        seen.setdefault(m.key, m)
    return list(seen.values())
