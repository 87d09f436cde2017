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

from ..mentions.mention import Mention
from ..mentions.operations import OPERATION_WORDS, finding
from ..vocabulary.morph import lemma
from .claims import negated
from .found import Builtin, Found, pairs
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["operation_relations"]

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
                 for m in view.actors(o, owner=False) if _an_operation(m)]
        if found:
            finders = [m for m in view.subjects(verb) if m.type in FINDER_TYPES]
            yield from pairs(finders, found, "INVESTIGATED", f"operation:{lemma(verb.lower_)}",
                             verb.i)


def _an_operation(m: Mention) -> bool:
    """An unnamed operation, or a named one the text calls an operation."""
    return m.type == "Organization" and (
        "operation" in m.attrs or m.kind == "operation"
        or m.attrs.get("head") in OPERATION_WORDS)


@family("operations", 39)
def _operations_family(s: Sentence) -> Iterator[Found]:
    if s.view.words.isdisjoint(OPERATION_WORDS) and not any(
            "operation" in m.attrs for m in s.view.mentions):
        return iter(())
    return operation_relations(s.view, s.builtin)
