"""Bodies that work together: 'we worked with the RCMP and CSIS', 'the RCMP and CSIS work
together', 'CSIS and the RCMP cooperate', 'GAC cooperates with the task force'.

Why a rule of its own: 'work with' between people is a relationship (`work-with` in
`relations`) and 'work for' is employment, but between institutions 'work with',
'cooperate' and 'collaborate' state that they work together: COOPERATED_WITH, read from
the subject and the 'with' object, or between the conjuncts of a subject that works
'together'.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .found import Found, pairs, pobj_actors, unique
from .syntax import SentenceView, accompanying

__all__ = ["COOPERATION_VERBS", "JOINED_PARTY_NOUNS", "JOINT_INQUIRY_VERBS", "JOINT_NOUNS",
           "JOINT_WORK_VERBS",
           "coalition_partners", "cooperation", "joint_authors", "jointly", "together_with"]

COOPERATION_VERBS = lexicon.COOPERATION_VERBS
OUTSIDE = ("Person", "State", "Government")
"""People are read by `work-with`; a government working with its own agencies, or with
a state, says nothing about who is tied to whom."""


def cooperation(view: SentenceView, verb: Any) -> Iterator[Found]:
    """COOPERATED_WITH between an institution and the bodies it works with (or its
    co-subjects)."""
    doers = view.subjects(verb)
    partners = [m for m in view.objects(verb, {"with", "alongside"}, direct=False)
                if m.type not in OUTSIDE]
    if lemma(verb.text) != "work" and not _pronoun_subject(verb):  # 'X cooperated with the
        yield from pairs([m for m in doers if m.type == "Person"], unique(partners),  # GRU'
                         "COOPERATED_WITH", "cooperation:person", verb.i)
    subjects = [m for m in doers if m.type not in OUTSIDE]
    if not subjects:
        return
    yield from pairs(subjects, unique(partners), "COOPERATED_WITH", "cooperation", verb.i)
    reciprocal = lemma(verb.text) != "work" or any(c.lower_ == "together" for c in verb.children)
    if not partners and reciprocal:  # 'X and Y cooperate', 'X and Y work together'
        subjects = unique(_listed_before(view, subjects) + subjects)
        yield from _with_each_other(subjects, "cooperation:together", verb.i)


def _pronoun_subject(verb: Any) -> bool:
    """'He cooperated with the GRU': whom 'he' means is a guess this tie does not stake a
    person's name on (a wrong one would make the text accuse someone it does not)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)


def _listed_before(view: SentenceView, subjects: list[Mention]) -> list[Mention]:
    """Bodies joined to the first subject by 'and' or a comma, read on the surface: the
    parser often hangs 'The X and Y work' as a compound, not a coordination."""
    doc = view.sent.doc
    first = min(subjects, key=lambda m: m.start)
    found: list[Mention] = []
    i = first.start - 1
    while i > view.sent.start and doc[i].lower_ in ("and", ",", "the"):
        i -= 1
        if i in view.at and doc[i].lower_ != "the":
            m = view.at[i]
            if m.type not in OUTSIDE:
                found.append(m)
            i = m.start - 1
    return found


JOINT_WORK_VERBS = lexicon.words("joint_work_verbs")
JOINT_INQUIRY_VERBS = lexicon.words("joint_inquiry_verbs")
AUTHORING_TYPES = ("Agency", "Committee", "Commission")
INQUIRING_TYPES = (*AUTHORING_TYPES, "Organization", "Media")
"""Research groups and newsrooms inquire together too ('the Harbour Lab and the Lantern
Institute found that ...'); an official paper is an agency's or a committee's."""


def joint_authors(view: SentenceView, verb: Any, inquiry: bool = False) -> Iterator[Found]:
    """'The Harbour Service and the Lantern Agency assess that ...', 'the review prepared
    by the Harbour Security Department and the Coastal Intelligence Service', 'the Harbour
    Lab and the Lantern Institute found that ...': bodies that assess, prepare, monitor or
    find out one thing together cooperated on it (not states: 'China and Russia targeted
    X' says nothing of their working together; not people: 'A and B identified themselves
    as ...'). `inquiry`: the verb is one of finding out, which research groups do too."""
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + [
        o for by in verb.children if by.dep_ == "agent" for o in by.children if o.dep_ == "pobj"]
    if any(h.tag_ == "NNS" and h.is_lower for h in heads):
        return  # 'evidence analyzed by several firms, A, B and C': each of a kind, listed
    named = view.subjects(verb) + [m for by in verb.children if by.dep_ == "agent"
                                   for o in by.children if o.dep_ == "pobj"
                                   for m in view.actors(o, owner=False)]  # (the parser may
    # give 'by' two objects: 'prepared by X of the Republic of L. and Y')
    types = INQUIRING_TYPES if inquiry else AUTHORING_TYPES
    authors = unique([m for m in named if m.type in types])
    rule = "cooperation:joint-inquiry" if inquiry else "cooperation:joint-work"
    yield from _with_each_other(authors, rule, verb.i)


JOINT_NOUNS = lexicon.words("joint_nouns")


def jointly(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'worked in conjunction with the FSB', 'acted in concert with X': whoever does it
    cooperated with them (people and states too: the phrase says how they are tied)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or noun.head.dep_ != "prep":
        return  # a conjoined 'and in conjunction with' may hang on another verb than the
        # one done jointly: no guess
    partners = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
    yield from pairs(view.subjects(verb), unique(partners), "COOPERATED_WITH",
                     "cooperation:jointly", noun.i)


JOINT_ADJECTIVES = lexicon.words("joint_adjectives")
JOINT_WORK_NOUNS = lexicon.words("joint_work_nouns")
JOINT_PREPS = {"between", "by", "of"}
MOST_JOINT_PARTNERS = 3


def joint_undertaking(view: SentenceView, adjective: Any) -> Iterator[Found]:
    """'a joint operation by German and British authorities', 'the joint investigation of
    the FBI and the RCMP': those the joint work is by, two or more, worked together. Only
    work done together: a joint resolution or motion is tabled by groups that each
    introduce it, and say no more."""
    noun = adjective.head
    if noun.lower_ not in JOINT_WORK_NOUNS:
        return
    partners = unique([m for p in noun.children if p.dep_ in ("prep", "agent")
                       and p.lower_ in JOINT_PREPS for m in pobj_actors(view, p)])
    if len(partners) > MOST_JOINT_PARTNERS:
        return  # a long list is of signatories or members, not of partners in one task
    yield from _with_each_other(partners, "cooperation:joint-undertaking", adjective.i)


def together_with(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'Together with the United Kingdom, Australia is taking action', 'France, alongside
    Germany, expelled ...': whoever does it acts with them, so they worked together."""
    partners = [m for p in verb.children if accompanying(p) for m in pobj_actors(view, p)]
    if partners:
        yield from pairs(view.subjects(verb), unique(partners), "COOPERATED_WITH",
                         "cooperation:together-with", verb.i)


JOINED_PARTY_NOUNS = lexicon.words("joined_party_nouns")
COALITION_MEMBERS = ("Party", "Organization")


def coalition_partners(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'an SPD-FDP coalition', 'the coalition of Labour and the Greens': the parties named
    in it, before the noun or after its 'of', worked together (two at least)."""
    before = {view.at[word.i].key: view.at[word.i] for left in noun.lefts
              for word in left.subtree if word.i in view.at}
    after = [m for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "between")
             for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
    if after:  # 'the coalition of the CDU and the FDP': the parser may join the second
        after += [view.at[c.i] for c in noun.children  # party to the noun
                  if c.dep_ == "conj" and c.i in view.at]
    parties = unique([m for m in [*before.values(), *after] if m.type in COALITION_MEMBERS])
    yield from _with_each_other(parties, "cooperation:coalition", noun.i)


def _with_each_other(actors: list[Mention], rule: str, anchor: int) -> Iterator[Found]:
    """Each of several actors who did one thing together cooperated with each other one."""
    for first, second in combinations(actors, 2):
        yield from pairs([first], [second], "COOPERATED_WITH", rule, anchor)

