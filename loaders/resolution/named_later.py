"""A person described first and named later: 'prosecutors charged a former aide to a member
of the European Parliament ... The aide, identified as Karl Weber, passed information ...'.

Why: news and police releases often introduce a suspect by what he is ('a former aide',
'a 35-year-old engineer') and give the name only when they come back to him ('The
aide, identified as X', 'The man, named as X', 'The engineer, X, ...'). Without this the
charge and the spying went to an unnamed aide beside the named one, and the named one
had none of it. The link is made only when the naming is explicit (the same noun with
'the', and the name in apposition or after 'identified as' / 'named as') and exactly one
earlier unnamed person is described by that noun; anything less stays as it was.
"""

from __future__ import annotations

from typing import Any

from ..mentions.mention import Mention
from ..vocabulary import lexicon

__all__ = ["name_described_people"]

NAMING_VERBS = lexicon.words("naming_verbs")
"""'identified as', 'named as': a participle that gives the name of the noun it follows."""


def name_described_people(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each unnamed person that a later 'the <noun>, <Name>' names made a
    mention of that person (every mention of the unnamed one)."""
    for named in [m for m in mentions if m.type == "Person" and not m.scoped and m.key]:
        noun = _naming_noun(doc, named)
        if noun is None:
            continue
        earlier = {m.key for m in mentions if m.scoped and not m.group and m.type == "Person"
                   and m.end <= noun.i and doc[m.start:m.end].root.lower_ == noun.lower_}
        if len(earlier) != 1:
            continue  # none, or two different people so described: no pick
        key = earlier.pop()
        for m in mentions:
            if m.key == key or m.scoped and m.start <= noun.i < m.end:
                m.key, m.name, m.source, m.scoped, m.kind = (
                    named.key, named.name, named.source, False, "anaphora")
    return mentions


def _naming_noun(doc: Any, named: Mention) -> Any | None:
    """The definite noun a name is given to: 'The aide, identified as X' or 'the engineer,
    X,' (the name in apposition, after a comma)."""
    root = doc[named.start:named.end].root
    if root.dep_ == "appos" and named.start > 0 and doc[named.start - 1].text == ",":
        noun = root.head
    elif named.start > 2 and doc[named.start - 1].lower_ == "as" \
            and doc[named.start - 2].lower_ in NAMING_VERBS \
            and doc[named.start - 2].dep_ == "acl" and doc[named.start - 3].text == ",":
        noun = doc[named.start - 2].head
    else:
        return None
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i >= named.start \
            or not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
        return None
    return noun
