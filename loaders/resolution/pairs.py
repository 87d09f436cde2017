"""People named together, then referred to together: 'X met "Ken" and "Evelyn" ... The
AFP says the pair offered him money', 'A and B were charged ... the defendants worked
together'.

Why: news and prosecutors' releases name two or three people once and then speak of them
as 'the pair', 'the trio' or 'the defendants'; what those people did went to no one. The
link is made only when the count fits exactly: the last people joined by 'and' before the
noun, as many as it says ('pair' two, 'trio' three); 'the defendants' are the people a
release names with an age ('A, 41, of Brooklyn'), when it names two or more so; 'the man',
'the accused' the one person a release describes by age without a name ('a 46-year-old
citizen'). Anything less certain stays unresolved.
"""

from __future__ import annotations

from typing import Any

from ..mentions.mention import Mention, tokens_written
from ..vocabulary import lexicon
from .leads import aged, count_written

__all__ = ["refer_to_named_people", "standing_for", "with_references"]

COUNT_NOUNS = {"pair": 2, "duo": 2, "couple": 2, "trio": 3}
"""Nouns that stand for a set number of people named before."""
PEOPLE_NOUNS = set(lexicon.words("named_people_references"))
"""Plural nouns only people are ('the two men', 'both suspects', 'the brothers'): they
stand for the people named together before them, as many as they count; without a count,
for those named together in the last three sentences."""
NEAR_SENTENCES = 3
DEFENDANT_NOUNS = {"defendants", "defendant"}
"""A release's word for those it charges: 'the defendants' all the people it names with an
age (two or more), 'the defendant' the one it names so."""
REFERRING_NOUNS = frozenset(COUNT_NOUNS) | DEFENDANT_NOUNS | PEOPLE_NOUNS
"""Every noun a reference to people named before is read at."""
LOOK_BACK_SENTENCES = 4
"""How far back the people named together may be."""


def refer_to_named_people(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a mention for each 'the pair' or 'the defendants' whose people the
    text has named, standing for each of them (`members`)."""
    mentions = _the_unnamed_aged(doc, mentions)
    nouns = [t for t in tokens_written(doc, REFERRING_NOUNS) if _definite(t)]  # (found on
    # the token array: 'men' is inside too many words for a look at the text to rule out)
    if not nouns:
        return mentions
    taken = {i for m in mentions if not _unnamed_group(m) for i in range(m.start, m.end)}
    added = []
    named_with_age: list[Mention] | None = None  # read once, for every 'the defendant(s)'
    sentences = list(doc.sents)
    for noun in nouns:
        if noun.i in taken:
            continue
        if noun.lower_ in COUNT_NOUNS or noun.lower_ in PEOPLE_NOUNS:
            people = _named_pair(sentences, mentions, noun)
        else:
            named_with_age = _aged(doc, mentions) if named_with_age is None else named_with_age
            people = named_with_age if (len(named_with_age) > 1 if noun.lower_ == "defendants"
                                        else len(named_with_age) == 1) else []
            if not people and noun.lower_ == "defendants":
                people = _counted_defendants(doc, mentions, noun)
        if people:
            added.append(standing_for(doc, noun, people))
    return with_references(mentions, added)


def _counted_defendants(doc: Any, mentions: list[Mention], noun: Any) -> list[Mention]:
    """'charging eight defendants with ... Six defendants also face ... The defendants,
    acting at the direction of X, ...': with nobody named with an age, 'the defendants' are
    the largest counted group of defendants before them (all of them; a tie is no answer)."""
    counted: dict[int, dict[str, Mention]] = {}
    for m in mentions:
        number = doc[m.start]
        if m.kind == "unnamed" and m.group and m.end <= noun.i \
                and doc[m.end - 1].lower_ == "defendants":
            size = count_written(number.text)
            counted.setdefault(size, {})[m.key] = m
    if not counted:
        return []
    largest = counted[max(counted)]
    return list(largest.values()) if len(largest) == 1 else []


AGED_REFERENCES = lexicon.words("aged_person_references")


def _the_unnamed_aged(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'A 46-year-old citizen has been prosecuted ... The man is indicted for ...': in a
    release that names no one with an age, 'the man', 'the accused' after the one person it
    has described by age, place or nationality ('a Sydney man') is that person (two such
    people before it, one of the other sex, or a named one, and nothing is)."""
    anonymous = [m for m in mentions if (m.attrs.get("aged") or m.kind == "lead") and m.key]
    if not anonymous or _aged(doc, mentions):
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for t in tokens_written(doc, AGED_REFERENCES):
        if t.i in taken or t.tag_ != "NN" or not _definite(t):
            continue
        before = {m.key: m for m in anonymous if m.end <= t.i and _agrees(doc, m, t)}
        if len(before) == 1:  # ('the woman' after 'a Chinese national', before 'a NSW man')
            added.append(standing_for(doc, t, list(before.values())))
    return with_references(mentions, added)


def _agrees(doc: Any, person: Mention, reference: Any) -> bool:
    """'the woman' is no 'man' described before, and 'the man' no 'woman'."""
    noun = doc[person.end - 1].lower_
    return not (reference.lower_ == "woman" and noun == "man"
                or reference.lower_ == "man" and noun == "woman")


def _definite(noun: Any) -> bool:
    """'the pair', 'the two defendants', 'both defendants'; not 'a pair of shoes' or
    'defendants in other cases' without an article."""
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both", "these")
               for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _named_pair(sentences: list[Any], mentions: list[Mention], noun: Any) -> list[Mention]:
    """The last people joined by 'and' before `noun`, if exactly as many as it counts
    ('the two men', 'both suspects'; 'the men' uncounted: any number, named just before)."""
    wanted = COUNT_NOUNS.get(noun.lower_) or _count_of(noun)
    here = next(k for k, s in enumerate(sentences) if s.start <= noun.i < s.end)
    back = LOOK_BACK_SENTENCES if wanted else NEAR_SENTENCES
    for sentence in reversed(sentences[max(here - back, 0):here + 1]):
        groups = _joined_people(sentence, mentions, before=noun.i)
        if groups:
            last = groups[-1]
            return last if len(last) == wanted or not wanted else []
    return _named_by_lead(mentions, noun, wanted)


def _named_by_lead(mentions: list[Mention], noun: Any, wanted: int) -> list[Mention]:
    """'the indictment against two alleged spies ... They lived as A and B': a lead's
    counted description the text went on to name (`leads`); a later 'the two alleged
    spies' or 'the pair' with no people named together before it are the same people, if
    it counts as many."""
    earlier = [m for m in mentions if m.kind == "lead" and m.end <= noun.i
               and len(m.attrs.get("members", ())) == wanted]
    return list(earlier[-1].attrs["members"]) if wanted and earlier else []


def _count_of(noun: Any) -> int:
    """2 for 'the two men' and 'both men'; 0 for 'the men'."""
    if any(c.lower_ == "both" for c in noun.children):
        return 2
    return next((count_written(c.text) for c in noun.children if c.dep_ == "nummod"), 0)


LIST_WORDS = {",", "and", '"', "“", "”", "born", "aged"}
"""All that may stand between people named together ('“Ken” and “Evelyn”', 'A, B and C',
'A, born 1980, and B, born 1953'), besides numbers."""


def _joined_people(sentence: Any, mentions: list[Mention], before: int
                   ) -> list[list[Mention]]:
    """Runs of distinct named people written as a list with 'and' (read on the surface:
    the parser hangs quoted names anywhere)."""
    people = sorted((m for m in mentions if m.type == "Person" and not m.scoped and m.key
                     and sentence.start <= m.start and m.end <= min(sentence.end, before)),
                    key=lambda m: m.start)
    doc = sentence.doc
    groups: list[list[Mention]] = []
    run: list[Mention] = []
    joined = False
    for m in people:
        between = [t.lower_ for t in doc[run[-1].end:m.start]] if run else []
        if run and between and all(w in LIST_WORDS or w.isdigit() for w in between):
            run.append(m)
            joined = joined or "and" in between
            continue
        if joined:
            groups.append(_distinct(run))
        run, joined = [m], False
    if joined:
        groups.append(_distinct(run))
    return [g for g in groups if len(g) > 1]


def _distinct(run: list[Mention]) -> list[Mention]:
    return list({m.key: m for m in run}.values())


def _aged(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """The people a release names with an age ('the defendants' if two or more, 'the
    defendant' if one)."""
    named: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "Person" and not m.scoped and m.key and aged(doc, m):
            named.setdefault(m.key, m)
    return list(named.values())


def with_references(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    """`mentions` and the references read for them, in text order; a reference left
    unresolved on the same words gives way to the one resolved here, and so does an
    unnamed group ('the two suspects' are the two people named before, no new group)."""
    if not added:
        return mentions
    replaced = {i for m in added for i in range(m.start, m.end)}
    kept = [m for m in mentions if m.key and not _unnamed_group(m)
            or not replaced & set(range(m.start, m.end))]
    return sorted([*kept, *added], key=lambda m: m.start)


def _unnamed_group(mention: Mention) -> bool:
    """'the two suspects' read as a counted group of its own, before it is resolved."""
    return mention.kind == "unnamed" and mention.group


def standing_for(doc: Any, noun: Any, people: list[Mention]) -> Mention:
    first = people[0]
    start = min(t.i for t in noun.subtree if t.i <= noun.i)
    attrs: dict[str, Any] = {"anaphora": True}
    if len(people) > 1:
        attrs["members"] = list(people)
    return Mention(start, noun.i + 1, doc[start:noun.i + 1].text, "anaphora", first.name,
                   "Person", key=first.key, source=first.source, scoped=first.scoped,
                   attrs=attrs)
