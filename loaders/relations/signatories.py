"""Who tables a motion and for which group: a line of names over 'on behalf of the X Group'.

Why a reader of its own: a motion for a resolution of the European Parliament opens with
its authors on one line and their political group on the next, no sentence joining them;
read as prose the names run into one another (the small model tags 'Viola von
Cramon-Taubadel' an organisation) and the group is nobody's. The lines are found on the raw
text (`text.lines.signatories`), each name made a person by the mention finder; here each
is a member of the group.
"""

from __future__ import annotations

import re
from typing import Any

from ..mentions.mention import Mention, text_of
from ..text.bylines import bylines
from ..text.lines import NUMBERED_BILL, referrals, replaced_motions, signatories, sponsors
from .found import Found, pairs

__all__ = ["signatory_relations", "sponsor_relations", "byline_relations",
           "replaced_motion_relations"]

GROUP_TYPES = ("Party", "Organization")


def signatory_relations(doc: Any, mentions: list[Mention]) -> list[Found]:
    """Each signatory is a member of the group named on the line below the names."""
    found: list[Found] = []
    for block in signatories(text_of(doc)):
        people = [m for m in mentions if m.type == "Person" and _within(doc, m, block.names)]
        groups = [m for m in mentions if m.type in GROUP_TYPES
                  and _within(doc, m, (block.group,))]
        for group in groups[:1]:
            group.type = "Party"  # an assembly's political group, whatever the model said
            for person in people:
                found += pairs([person], [group], "MEMBER_OF", "signatories:group",
                               person.start)
        motion = _own_motion(mentions)
        if motion is not None and people:  # who signs the motion, and for which group,
            found += pairs(people + groups[:1], [motion], "INTRODUCED",  # tables it
                           "signatories:motion", people[0].start)
    return found


def _own_motion(mentions: list[Mention]) -> Mention | None:
    """The motion the document is: its own number (`mentions.find._motion_numbers`)."""
    return next((m for m in mentions if m.kind == "bill" and m.type == "Bill"
                 and m.attrs.get("own_motion")), None)


def replaced_motion_relations(doc: Any, mentions: list[Mention]) -> list[Found]:
    """'replacing the following motions: B9-0244/2024 (Verts/ALE) ...': each group
    tabled the motion beside it, and the joint motion takes its place."""
    found: list[Found] = []
    own = _own_motion(mentions)
    for number, group in replaced_motions(text_of(doc)):
        motion = next((m for m in mentions if m.type == "Bill" and _within(doc, m, (number,))),
                      None)
        if motion is None:
            continue
        tablers = [m for m in mentions if m.type in GROUP_TYPES and group is not None
                   and _within(doc, m, (group,))]
        found += pairs(tablers[:1], [motion], "INTRODUCED", "motions:listed-group",
                       motion.start)
        if own is not None and own.key != motion.key:
            found += pairs([own], [motion], "REPLACED", "motions:replaces", motion.start)
    return found


def byline_relations(doc: Any, mentions: list[Mention]) -> list[Found]:
    """'Author: Jane Roe, Harbour Institute.': the writer works for the body after the name."""
    found: list[Found] = []
    for line in bylines(text_of(doc)):
        if line.body is None:
            continue
        people = [m for m in mentions if m.type == "Person" and _within(doc, m, (line.person,))]
        bodies = [m for m in mentions if m.type not in ("Person", "State")
                  and _within(doc, m, (line.body,))]
        found += pairs(people[:1], bodies[:1], "WORKS_FOR", "byline:employer",
                       people[0].start if people else 0)
    return found


def _within(doc: Any, mention: Mention, spans: tuple[tuple[int, int], ...]) -> bool:
    start, end = doc[mention.start].idx, doc[mention.end - 1].idx + len(doc[mention.end - 1])
    return any(a <= start and end <= b for a, b in spans)


HOUSE_WORDS = re.compile(r"(?:SENATE|HOUSE OF REPRESENTATIVES)(?: OF THE UNITED STATES)?$")
"""The house of the heading line 'IN THE SENATE OF THE UNITED STATES' (`find`)."""


def sponsor_relations(doc: Any, mentions: list[Mention]) -> list[Found]:
    """'Mr. HALE (for himself, Ms. ORTEGA, ...) submitted the following resolution': each
    sponsor INTRODUCED the measure the document numbers ('S. RES. 900'), none if it has no
    number (an unnumbered 'resolution' is no actor to link)."""
    spans = tuple(sponsors(text_of(doc)))
    if not spans:
        return []
    measure = next((m for m in mentions if m.type == "Bill" and (
        m.kind == "bill" or NUMBERED_BILL.match(m.name))), None)  # (a known bill by name)
    if measure is None:
        return []
    people = [m for m in mentions if m.type == "Person" and _within(doc, m, spans)]
    referred = tuple(referrals(text_of(doc)))  # '; which was referred to the Committee on X'
    committees = [m for m in mentions if m.type == "Committee" and _within(doc, m, referred)]
    found = list(pairs(people, [measure], "INTRODUCED", "sponsors:measure",
                       people[0].start)) if people else []
    houses = [m for m in mentions if m.type == "Legislature"
              and doc[m.start].idx < spans[0][0] and HOUSE_WORDS.match(m.text)]
    found += pairs([measure], houses[:1], "INTRODUCED_IN", "sponsors:house",
                   houses[0].start if houses else 0)
    return found + list(pairs([measure], committees, "REFERRED_TO", "sponsors:referred",
                              committees[0].start)) if committees else found
