"""Who found an influence operation, and whose it is: 'Meta took down a network of fake
accounts', 'Graphika identified a campaign', 'a Russian influence network'.

Why a family: a platform's or a lab's report says what it found or removed and little else
about itself; the finding is its whole tie to the operation ('INVESTIGATED', as 'exposed'
already is among the verbs). The operation is an unnamed one the text introduces
(`mentions.operations`) or one it names; what the object is, not the verb alone, decides
('identified the suspect' is no finding of an operation). A demonym in an unnamed
operation's phrase is the state behind it, as 'state-backed' is for a named one
(`state_described`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.mention import Mention
from ..mentions.operations import OPERATION_WORDS, finding
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .claims import negated
from .found import Builtin, Found, pairs
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["an_operation", "operation_relations"]

FINDER_TYPES = ("Organization", "Agency", "Government", "State", "Media", "Committee",
                "Commission")


def operation_relations(view: SentenceView, builtin: Builtin) -> Iterator[Found]:
    for m in view.mentions:
        backer = m.attrs.get("backer") if m.kind == "unnamed" else None
        if backer and "operation" in m.attrs:
            yield from pairs([m], [builtin(backer, "State")], "AFFILIATED_WITH",
                             "operation:state", m.start)
    for verb in view.tokens:
        if verb.pos_ != "VERB" or not finding(verb) or negated(verb):
            continue
        found = [m for o in verb.children if o.dep_ == "dobj"
                 for m in view.actors(o, owner=False) if an_operation(m)]
        found += [m for o in verb.children if o.dep_ == "dobj" for m in _whose_assets(view, o)]
        if found:
            finders = [m for m in view.subjects(verb) if m.type in FINDER_TYPES]
            yield from pairs(finders, found, "INVESTIGATED", f"operation:{lemma(verb.lower_)}",
                             verb.i)


ASSET_NOUNS = lexicon.words("operation_asset_nouns")
TIE_PARTICIPLES = {"affiliated", "linked", "tied", "connected", "associated", "attributed"}


def _whose_assets(view: SentenceView, noun: Any) -> list[Mention]:
    """'took down 900 assets affiliated with UReputation', 'removed accounts linked to
    the IRA': whoever the removed accounts are tied to is what was found out."""
    if noun.lower_ not in ASSET_NOUNS:
        return []
    return [m for p in noun.children if p.dep_ == "acl" and p.lower_ in TIE_PARTICIPLES
            for prep in p.children if prep.dep_ == "prep" and prep.lower_ in ("with", "to")
            for o in prep.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)
            if m.type in ("Organization", "Agency", "Person")]


def an_operation(m: Mention) -> bool:
    """An unnamed operation, or a named one the text calls an operation."""
    return m.type == "Organization" and (
        "operation" in m.attrs or m.kind == "operation"
        or m.attrs.get("head") in OPERATION_WORDS)


@family("operations", 39)
def _operations_family(s: Sentence) -> Iterator[Found]:
    if s.view.words.isdisjoint(OPERATION_WORDS) and s.view.words.isdisjoint(ASSET_NOUNS) \
            and not any(
            "operation" in m.attrs for m in s.view.mentions):
        return iter(())
    return operation_relations(s.view, s.builtin)
