"""'The same threat actor', 'the same group': an actor the text has named, marked as such.

Why: statements and reports name a hacking group or a network once and then say what else
'the same threat actor' did ('institutions in Poland have been targeted by the same threat
actor before'); those acts went to no one. 'The same' says the actor is one named before,
so the reference is the last organisation or agency named before it as the doer of a
verb (its subject, or its agent after 'by'): a victim named since is no threat actor. A
person, a state or nothing named so before, and it stays unresolved.
"""

from __future__ import annotations

from typing import Any

from ..mentions.mention import Mention, text_of, tokens_written
from ..vocabulary import lexicon
from .pairs import standing_for, with_references

__all__ = ["refer_to_the_same_actor"]

SAME_NOUNS = lexicon.words("same_actor_nouns")
ACTOR_TYPES = ("Organization", "Agency")


def refer_to_the_same_actor(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a mention for each 'the same <actor noun>' that stands for the last
    organisation or agency named before it."""
    if "the same " not in text_of(doc).lower():
        return mentions  # (a look at the text, not each token)
    taken = {i for m in mentions if m.key for i in range(m.start, m.end)}  # ('the group'
    # read as a reference to the article's subject, and left unresolved, is replaced)
    added = []
    for same in tokens_written(doc, frozenset({"same"})):
        noun = same.head
        if same.dep_ != "amod" or noun.lower_ not in SAME_NOUNS or noun.i in taken \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue  # 'the same unit of the FSB' names its actor itself
        before = [m for m in mentions if m.key and m.end <= same.i and m.type in ACTOR_TYPES
                  and not m.scoped and _doer(doc, m)]
        if before:
            added.append(standing_for(doc, noun, [max(before, key=lambda m: m.end)]))
    return with_references(mentions, added)


def _doer(doc: Any, mention: Mention) -> bool:
    """Whether the mention is what a verb's subject or 'by' agent names."""
    span = doc[mention.start:mention.end]
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ == "nsubj" or root.dep_ == "pobj" and root.head.dep_ == "agent"
