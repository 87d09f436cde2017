"""Motions that call on someone: 'The House adopted an NDP motion calling on X to step aside'.

Why a rule of its own: a legislature or party acts on a person or body through a motion
that names them ('calling on him to resign', 'asking Commissioner X to examine ...'); no
verb links the two, and the motion is the only trace of the tie in Hansard and in news
of a vote. The body that adopts, passes or votes for the motion, and the party that moves
it ('an NDP motion', 'a motion from the Bloc'), are both tied to whoever the motion calls
on: CRITICIZED when it asks them to go, RELATED_TO otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..mentions.find import Mention
from ..mentions.mention import opens_line
from ..vocabulary import lexicon
from ..vocabulary.morph import is_stop_form, lemma
from .found import Found, pairs, unique
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["motion_relations"]

MOTION_NOUNS = {"motion", "motions", "resolution", "petition"}
CALLING = {"calling", "asking", "urging", "demanding", "requesting", "requiring", "directing",
           "instructing", "ordering", "inviting"}
LEAVING = {"step", "resign", "withdraw", "leave", "quit", "apologize", "apologise"}
"""Verbs of what a motion demands that make it a rebuke ('calling on him to step aside')."""
MOVERS = ("Legislature", "Party", "Committee", "Person")


def motion_relations(view: SentenceView) -> list[Found]:
    """The adopting body and the moving party -> whoever the motion calls on."""
    out: list[Found] = []
    if view.words.isdisjoint(MOTION_NOUNS):
        return out
    for noun in view.tokens:
        if noun.lower_ not in MOTION_NOUNS:
            continue
        for acl in (c for c in noun.subtree if c.i > noun.i and c.lower_ in CALLING
                    and c.dep_ in ("acl", "pcomp", "relcl")):  # 'a motion from the NDP calling'
            called, demand = _called_on(view, acl)
            movers = [m for m in _movers(view, noun) if m.type in MOVERS]
            kind = "CRITICIZED" if demand is not None and demand.lower_ in LEAVING \
                else "RELATED_TO"
            out += pairs(unique(movers), called, kind, "motion:calling", acl.i)
    return out


def _called_on(view: SentenceView, acl: Any) -> tuple[list[Mention], Any | None]:
    """'calling on X to V' / 'asking X to V' -> (X's actors, V)."""
    objects = [o for p in acl.children if p.dep_ == "prep" and p.lower_ == "on"
               for o in p.children if o.dep_ == "pobj"]
    objects += [c for c in acl.children if c.dep_ == "dobj"]
    actors = [m for o in objects for m in view.actors(o, owner=False)]
    demand = next((v for node in [acl, *acl.children, *objects] for v in node.children
                   if v.dep_ in ("xcomp", "relcl") and v.pos_ in ("VERB", "AUX")), None)
    return actors, demand


def _movers(view: SentenceView, noun: Any) -> list[Mention]:
    """Who adopts or votes for the motion, and the party named in it."""
    found = [view.at[c.i] for c in noun.subtree if c.i < noun.i and c.i in view.at]
    found += [m for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
              for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
    verb = noun.head
    preps = set()
    while verb.dep_ in ("pobj", "prep") and verb.head is not verb:
        preps.add(verb.lower_)
        verb = verb.head  # 'voted in favour of a motion'
    if verb.pos_ in ("VERB", "AUX") and not _undecided(verb, preps):
        found += view.subjects(verb)
    return found


NOT_ADOPTING = {"debate", "defeat", "discuss", "oppose", "reject", "consider", "table"}
"""'The House debated / rejected a motion calling on X ...': the House did not call on X."""


def _undecided(verb: Any, preps: set[str]) -> bool:
    """A vote 'on' a motion, or a verb that debates or defeats it, says nothing of whether
    the body made the motion's demand its own."""
    return is_stop_form(verb.lower_, NOT_ADOPTING) or \
        is_stop_form(verb.lower_, {"vote"}) and "on" in preps


def house_resolutions(view: SentenceView) -> list[Found]:
    """'Resolution No XIV-930 of the Seimas of the Republic of Lithuania': a numbered
    resolution 'of' a legislature is that house's act, whoever cites it."""
    if view.words.isdisjoint(MOTION_NOUNS):
        return []
    doc = view.sent.doc
    out: list[Found] = _dated_resolution(view)
    for bill in unique([m for m in view.at.values() if m.type == "Bill"
                        and doc[m.start].lower_ == "resolution"]):
        at = bill.end + 1  # the word after 'of'
        if at >= view.sent.end or doc[bill.end].lower_ != "of":
            continue
        if doc[at].lower_ == "the":
            at += 1
        house = view.at.get(at)
        if house is not None and house.type == "Legislature" and house.start == at:
            out += pairs([house], [bill], "ENACTED", "motion:resolution-of", bill.start)
    return out


def _dated_resolution(view: SentenceView) -> list[Found]:
    """'European Parliament resolution of 9 March 2022 on ... (2020/2268(INI))': an adopted
    text's title gives the day the house adopted it, and its procedure number is the text;
    a motion's title ('European Parliament resolution on ...') has no date, nothing adopted."""
    doc = view.sent.doc
    bills = unique([m for m in view.at.values() if m.type == "Bill"])
    if not bills:
        return []
    for house in unique([m for m in view.at.values() if m.type == "Legislature"]):
        at = house.end
        if at + 2 < view.sent.end and doc[at].lower_ == "resolution" \
                and doc[at + 1].lower_ == "of" and doc[at + 2].ent_type_ == "DATE":
            return list(pairs([house], [b for b in bills if b.start >= at], "ENACTED",
                              "motion:dated-resolution", at))
    return []


def _headed_resolution(s: Sentence) -> list[Found]:
    """'SEIMAS OF THE REPUBLIC OF LITHUANIA / RESOLUTION / ON ...': the house whose name
    heads a resolution's title lines adopted it."""
    out: list[Found] = []
    for bill in unique([m for m in s.view.at.values() if m.attrs.get("enacted_by")]):
        out += pairs([bill.attrs["enacted_by"]], [bill], "ENACTED", "motion:headed-resolution",
                     bill.start)
    return out


def _condemning_title(s: Sentence) -> list[Found]:
    """'H. RES. 12: Condemning the Government of Northland's detention of X': a
    numbered measure's title opening with a verb of criticism criticizes whom it names (as
    'Providing that X should ...' calls on X: `calls`)."""
    measure = s.measure()
    if measure is None:
        return []
    out: list[Found] = []
    for verb in s.view.sent:
        if verb.tag_ != "VBG" or not verb.text[:1].isupper() or verb.i == 0 \
                or lexicon.VERB_RELATIONS.get(lemma(verb.text)) != "CRITICIZED" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or not _opens_title(verb):
            continue
        out += pairs([measure], [m for m in s.view.objects(verb, set()) if m.key != measure.key],
                     "CRITICIZED", "motion:condemning-title", verb.i)
    return out


def _opens_title(verb: Any) -> bool:
    """The gerund opens its line, or follows the measure's number and a colon on it."""
    return opens_line(verb) or verb.doc[verb.i - 1].text == ":"


ACT_ISSUERS = {"Council": "Council of the European Union", "Commission": "European Commission"}
"""The body an act's name says adopted it: 'Council Decision (CFSP) 2021/481'."""


def issued_acts(s: Sentence) -> list[Found]:
    """'Council Decision (CFSP) 2021/481', 'Commission Implementing Regulation ...': a
    numbered act whose name opens with its issuer was adopted by that body, when the
    text names the body."""
    out: list[Found] = []
    for act in unique([m for m in s.view.at.values() if m.type == "Bill"
                       and m.attrs.get("numbered")]):
        issuer = ACT_ISSUERS.get(act.name.split()[0])
        bodies = [m for ms in s.doc_types.values() for m in ms if m.name == issuer]
        out += pairs(bodies[:1], [act], "ENACTED", "motion:issuer-named", act.start)
    return out


@family("motions", 50)
def _motions_family(s: Sentence) -> Iterable[Found]:
    return motion_relations(s.view) + house_resolutions(s.view) + _headed_resolution(s) \
        + _condemning_title(s) + issued_acts(s)
