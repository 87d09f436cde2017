"""Who attends a body's functions: 'he attended many Liberal Party functions', 'a regular
attendee at Labor Party fundraisers'.

Why: donor and influence stories show access through the events a party or a body holds
rather than through a verb between the two; the text states a tie (HAD_RELATIONSHIP), of
no more precise kind, between the one attending and the body whose events they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .found import Found, pairs
from .registry import Sentence, family
from .syntax import Clause, SentenceView

__all__ = ["attendance"]

EVENT_NOUNS = lexicon.words("hosted_event_nouns")
ATTENDING = {"attend", "attended", "attends", "attending"}
ATTENDEES = {"attendee", "attendees", "guest", "guests", "regular", "fixture"}
HOSTS = ("Party", "Organization", "Government", "Agency", "Committee", "Legislature")


def attendance(view: SentenceView) -> Iterator[Found]:
    """HAD_RELATIONSHIP from whoever attends a body's events to that body."""
    if view.words.isdisjoint(EVENT_NOUNS) or (
            view.words.isdisjoint(ATTENDING) and view.words.isdisjoint(ATTENDEES)):
        return
    for noun in view.tokens:
        if noun.lower_ not in EVENT_NOUNS:
            continue
        hosts = _hosts(view, noun)
        if not hosts:
            continue
        guests = _guests(view, noun)
        yield from pairs([g for g in guests if g.type == "Person"], hosts, "HAD_RELATIONSHIP",
                         "attendance", noun.i)


def _hosts(view: SentenceView, noun: Any) -> list[Mention]:
    """'Labor Party functions', "the party's fundraisers", 'functions of the Liberal Party'."""
    out = [view.at[c.i] for c in noun.children if c.dep_ in ("compound", "nmod", "poss")
           and c.i in view.at]
    out += [view.at[o.i] for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "by")
            for o in p.children if o.dep_ == "pobj" and o.i in view.at]
    return [m for m in out if m.type in HOSTS]


def _guests(view: SentenceView, noun: Any) -> list[Mention]:
    """The subject of 'attended'; or the one a copula calls an attendee at the events."""
    head = noun.head
    if noun.dep_ == "dobj" and lemma(head.text) == "attend":
        return view.subjects(head)
    if noun.dep_ == "pobj" and head.lower_ in ("at", "of") \
            and head.head.lower_ in ATTENDEES and head.head.dep_ == "attr":
        subject = Clause.of(head.head.head).subject
        return view.actors(subject, owner=False) if subject is not None else []
    return []


@family("attendance", 85)
def _attendance_family(s: Sentence) -> Iterator[Found]:
    return attendance(s.view)
