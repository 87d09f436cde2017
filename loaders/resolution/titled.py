"""A person named with a title, then called by the title alone: 'Senator Jane Roe flagged
the contract ... The senator has since urged the government to act'.

Why: news and releases name someone once with a title and come back to them by it ('the
senator', 'the judge', 'the ambassador'); what that person then did went to no one. The
link is made only when the document has named exactly one person with that title before
the reference (in the title run before the name, 'Senate Majority Leader Jane Roe', or in
an apposition after it, 'Jane Roe, a senator,') and describes no unnamed one so; two
senators, or none, and the reference stays unresolved.
"""

from __future__ import annotations

from typing import Any

from ..mentions.mention import Mention, tokens_written
from ..vocabulary import lexicon
from .pairs import standing_for, with_references

__all__ = ["refer_to_titled_people"]

TITLE_NOUNS = lexicon.words("titled_references")
KIN_TITLES = {word: frozenset(kin) for word, kin in lexicon.table("titled_reference_kin").items()}
"""Other titles a reference word stands for ('the senator' after 'Senate Majority Leader')."""
TITLE_RUN = 6
"""How many words before a name its title may take ('Chinese Ambassador to the Philippines')."""
TITLE_JOINERS = {"of", "to", "for", "the", "and", "-"}
REFERENCE_PREPS = {"of", "for", "to", "from", "at", "in", "on"}
"""'the ambassador to X', 'the director of Y': an office named in full, not a reference."""


def refer_to_titled_people(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a mention for each 'the <title>' that stands for the one person the
    text named with that title before it."""
    references = [t for t in tokens_written(doc, TITLE_NOUNS) if _reference(t)]
    if not references:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    titled = [(m, _titles(doc, m)) for m in mentions if m.type == "Person" and m.key]
    added = []
    for ref in references:
        if ref.i in taken:
            continue
        said = {ref.lower_} | KIN_TITLES.get(ref.lower_, frozenset())
        named = {m.key: m for m, titles in titled if m.end <= ref.i and said & titles
                 and not m.scoped}
        unnamed = any(m.scoped and m.end <= ref.i and said & titles for m, titles in titled)
        if len(named) == 1 and not unnamed:
            added.append(standing_for(doc, ref, list(named.values())))
    return with_references(mentions, added)


def _reference(noun: Any) -> bool:
    """'the senator', 'the former judge': a singular title with 'the', standing alone (no
    name after it, no office in full, not what a subject is or a name's apposition)."""
    if noun.tag_ not in ("NN", "NNP") or noun.dep_ in ("compound", "appos", "attr", "oprd"):
        return False
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "the"), None)
    between = noun.doc[det.i + 1:noun.i] if det is not None else ()
    if det is None or any(t.text[:1].isupper() or t.pos_ != "ADJ" for t in between):
        return False  # 'the Prime Minister' is an office read by date, not 'the minister'
        # named before; 'the former judge' refers, 'the Harbour judge' names another
    if any(c.dep_ == "prep" and c.lower_ in REFERENCE_PREPS for c in noun.children):
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is None or after.pos_ != "PROPN" and after.tag_ != "POS"


def _titles(doc: Any, person: Mention) -> set[str]:
    """The title words a person is named with: the mention's own, the run of capitalised
    words before it in its sentence, the nouns in apposition to it, its known roles."""
    words = {w.lower() for w in person.text.split()} | {r.lower() for r in person.roles}
    i = person.start - 1
    while i >= 0 and person.start - i <= TITLE_RUN and not doc[i].is_sent_end \
            and (doc[i].text[:1].isupper() or doc[i].lower_ in TITLE_JOINERS):
        words.add(doc[i].lower_)
        i -= 1
    for token in doc[person.start:person.end]:
        words.update(c.lower_ for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    return words
