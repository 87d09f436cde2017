"""Families named through a person: 'my family', 'his family in Hong Kong', 'the family of
Nathan Law', 'family members of one of the named individuals'.

Why: pressure on a politician or an activist often goes through relatives who live under
the foreign state ("collecting information on my family in the PRC"). Such a family is an
actor the text does not name: one unnamed group per person, tied to that person, kept
only when something else is said of it.

The owner is read where it is safe: a person named in the phrase ('the family of X',
'X's family'), the speaker of 'my family' in a transcript, or the one person named before
'his'/'her family' in the same sentence (else the subject of a biography). Anything
less certain leaves the phrase unread: a family given to the wrong person is a wrong
accusation.
"""

from __future__ import annotations

from typing import Any

from ..text.transcript import SpeakerTurns
from ..vocabulary import lexicon
from .mention import Mention, sentence_of, whole_phrase

__all__ = ["kin_mentions", "resolve_kin", "KIN_NOUNS", "AIDE_NOUNS", "RELATIVE_NOUNS"]

KIN_NOUNS = lexicon.words("kin_nouns")
AIDE_NOUNS = lexicon.words("aide_nouns")
"""'his parliamentary assistant', "Krah's aide": one unnamed person who works for the
owner, kept, like a family, only when something else is said of them."""
FIRST_PERSON = {"my", "our"}
THIRD_PERSON = {"his", "her"}


def kin_mentions(doc: Any, keyed: list[Any]) -> list[Mention]:
    """A pending mention for every family phrase with an owner word; `resolve_kin` names it."""
    out = []
    for token in keyed:
        if token.lower_ in AIDE_NOUNS and token.pos_ == "NOUN":
            out += _aide_mention(doc, token)
        if token.lower_ in RELATIVE_NOUNS and token.pos_ == "NOUN":
            out += _relative_named(doc, token)
        if token.lower_ not in KIN_NOUNS or token.pos_ != "NOUN":
            continue
        head = token
        if token.dep_ == "compound" and token.head.lower_ in ("members", "member"):
            head = token.head  # 'family members of X'
        elif token.dep_ == "compound":
            continue
        owner = _owner_word(head)
        if owner is None:
            continue
        start = whole_phrase(doc, head, token.i)
        if owner.i < start and owner.pos_ == "PRON":
            start = owner.i  # 'my family'; "Chong's family" leaves Chong his own mention
        end = head.i + 1
        out.append(Mention(start, end, doc[start:end].text, "kin", "", "Person", group=True,
                           attrs={"pending": True, "kin_owner_at": owner.i}))
    return out


RELATIVE_NOUNS = lexicon.words("relative_nouns")


def _relative_named(doc: Any, noun: Any) -> list[Mention]:
    """'he and his wife Christel, also a Stasi agent,': a relative the text names by a given
    name the model did not tag is a person (the kin rules then tie the two)."""
    if not any(c.dep_ == "poss" for c in noun.children):
        return []
    return [Mention(name.i, name.i + 1, name.text, "ner", name.text, "Person")
            for name in noun.children if name.dep_ in ("appos", "compound") and name.i > noun.i
            and name.pos_ == "PROPN" and name.text[:1].isupper() and name.ent_type_ != "PERSON"
            and not any(c.pos_ == "PROPN" for c in name.children)]


def _aide_mention(doc: Any, noun: Any) -> list[Mention]:
    """'his (parliamentary) assistant': a possessive owner is required ('an assistant' or
    'the assistant' could be anyone's)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or _named_right_after(doc, noun) or _describes_someone(noun):
        return []  # 'his aide Jian Guo' is Jian Guo, no unnamed aide besides him
    start = owner.i if owner.pos_ == "PRON" else owner.i + 1
    while start < noun.i and doc[start].pos_ == "PART":  # "Krah 's aide"
        start += 1
    return [Mention(start, noun.i + 1, doc[start:noun.i + 1].text, "kin", "", "Person",
                    attrs={"pending": True, "kin_owner_at": owner.i, "aide": noun.lower_})]


def _describes_someone(noun: Any) -> bool:
    """'Jane Roe, Chong's aide', 'she was his aide', 'served as his aide': the aide is the
    one described, no one besides."""
    return noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" \
        or noun.dep_ == "attr" or noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _named_right_after(doc: Any, noun: Any) -> bool:
    """A name in apposition right after the noun ('his aide Jian Guo')."""
    return noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ == "PERSON" and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


def _owner_word(head: Any) -> Any | None:
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def resolve_kin(doc: Any, mentions: list[Mention], turns: SpeakerTurns,
                topic: Mention | None) -> None:
    """Name each family by its owner, or leave it pending (then dropped)."""
    people = [m for m in mentions if m.type == "Person" and m.key and not m.group]
    by_token = {i: m for m in people for i in range(m.start, m.end)}
    for m in mentions:
        at = m.attrs.get("kin_owner_at")
        if at is None or m.key:
            continue
        owner = _owner(doc, doc[at], by_token, people, turns, topic)
        if owner is None:
            continue
        m.scoped = True
        attrs = {k: v for k, v in m.attrs.items() if k != "pending"}
        aide = attrs.get("aide")
        if aide:
            m.key = f"person:{aide}-of-{owner.key}"
            m.name = f"{aide.capitalize()} of {_bare(owner.name)} (unnamed)"
            m.attrs = attrs | {"aide_of": owner}
            continue
        m.key = "group:family-of-" + owner.key
        m.name = f"Family of {_bare(owner.name)} (unnamed)"
        m.attrs = attrs | {"kin_of": owner}


def _owner(doc: Any, word: Any, by_token: dict[int, Mention], people: list[Mention],
           turns: SpeakerTurns, topic: Mention | None) -> Mention | None:
    if word.i in by_token:
        return by_token[word.i]  # 'the family of Nathan Law', "Chong's family"
    near = list(word.subtree)
    if word.lower_ == "one":  # 'family members of one of the named individuals, Nathan Law,':
        near += [t for a in word.head.head.children if a.dep_ == "appos" for t in a.subtree]
    named = {by_token[t.i].key: by_token[t.i] for t in near if t.i in by_token}
    if word.pos_ != "PRON" and len(named) == 1:
        return next(iter(named.values()))  # 'family members of one of them, Nathan Law'
    low = word.lower_
    if low in FIRST_PERSON:
        return turns.at(word.idx) if turns else None
    if low not in THIRD_PERSON:
        return None
    sent = sentence_of(word)
    before = {m.key: m for m in people if sent.start <= m.start < word.i}
    if len(before) == 1:
        return next(iter(before.values()))
    if not before and not turns and topic is not None and topic.type == "Person":
        return topic  # a biography's 'his family'
    return None


def _bare(name: str) -> str:
    """An unnamed owner's name without its mark ('the family of a Taiwanese businessman' is
    'Family of Taiwanese businessman (unnamed)', marked once)."""
    return name.removesuffix(" (unnamed)")
