"""Actions aimed at someone: 'Russia launched a campaign targeting X', 'RT amplified
disinformation targeting X', 'cyber attacks against X by APT31', 'an operation aimed at X'.

Why a family of its own: reports and releases name the target of an interference through
a participle or a preposition hanging on the action's noun, and the doer through the verb
that carries the action out (or the noun's owner), never as one verb with a subject and an
object; the verb rules see 'launched a campaign' and stop there. Only verbs that carry an
action out count ('X exposed a campaign targeting Y' reports it: no link from X); the
words are data (`aimed_participles`, `aimed_words` in the relations lexicon).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..mentions.find import Mention
from ..mentions.unnamed import AIMING_PARTICIPLES, AIMING_PREPS
from ..vocabulary import lexicon
from ..vocabulary.gazetteer import Gazetteer
from ..vocabulary.morph import lemma
from .claims import negated
from .found import Builtin, Found, pairs, pobj_actors
from .registry import Sentence, family
from .syntax import Clause, SentenceView

__all__ = ["aimed_actions"]

AIMED_PARTICIPLES = lexicon.table("aimed_participles")
ACTION_NOUNS = lexicon.listed("aimed_words", "nouns")
DOING_VERBS = lexicon.listed("aimed_words", "verbs")
TARGET_PREPS = lexicon.listed("aimed_words", "preps")
TOPIC_NOUNS = lexicon.listed("aimed_words", "topic_nouns")
"""'comments on X' are about X: only 'comments against X' aim at X."""
STATE_PASSIVES = {"engage", "involve"}
"""'is engaged in', 'was involved in': passive in form, the subject acts."""
SPYING_VERBS = lexicon.words("spying_verbs")
GATHERING_VERBS = lexicon.words("gathering_verbs")
SPIED_ON_TYPES = ("State", "Government", "Legislature", "Person", "Party", "Organization",
                  "Committee", "Agency")
TRIGGERS = frozenset(AIMED_PARTICIPLES) | ACTION_NOUNS | SPYING_VERBS | {"intelligence"}
"""The words an aimed action is read at."""
QUANTITY_NOUNS = {"thousands", "hundreds", "dozens", "millions", "series", "wave", "number",
                  "flood", "barrage", "range"}
"""'thousands of comments targeting X': the action is the noun after 'of'."""


def aimed_actions(view: SentenceView, gazetteer: Gazetteer, builtin: Builtin
                  ) -> Iterator[Found]:
    if view.words.isdisjoint(TRIGGERS):
        return
    doers = _Doers(view, gazetteer, builtin)
    for token in view.tokens:
        rel_type = AIMED_PARTICIPLES.get(token.lower_)
        if rel_type is not None and token.dep_ in ("acl", "amod") and token.head.i != token.i:
            yield from _aimed(view, doers(token.head), _participle_targets(view, token),
                              rel_type, f"aimed:{token.lower_}", token.i)
        elif token.pos_ == "VERB" and (token.lower_ in SPYING_VERBS
                                       or _gathers_intelligence(token)):
            yield from _aimed(view, view.subjects(token), _spied_on(view, token), "TARGETED",
                              f"aimed:spied-{token.lower_}", token.i)
        elif token.lower_ in ACTION_NOUNS and token.pos_ == "NOUN":
            preps = TARGET_PREPS - {"on"} if token.lower_ in TOPIC_NOUNS else TARGET_PREPS
            targets = [m for p in token.children if p.dep_ == "prep"
                       and p.lower_ in preps for m in pobj_actors(view, p)]
            if targets:
                yield from _aimed(view, doers(token), targets, "TARGETED",
                                  f"aimed:{token.lower_}", token.i)


def _participle_targets(view: SentenceView, participle: Any) -> list[Mention]:
    """'targeting X' (its object), 'aimed at X' (the object of 'at')."""
    if participle.lower_ in AIMING_PARTICIPLES:
        return [m for p in participle.children if p.dep_ == "prep"
                and p.lower_ in AIMING_PREPS for m in pobj_actors(view, p)]
    return [m for o in participle.children if o.dep_ == "dobj"
            for m in view.actors(o, owner=False)]


def _gathers_intelligence(verb: Any) -> bool:
    """'gathered intelligence in X', 'collected intelligence on X': spying, by its object."""
    return any(c.dep_ == "dobj" and c.lower_ == "intelligence" for c in verb.children) \
        and lemma(verb.lower_) in GATHERING_VERBS


FOR_WHOM = {"behalf"} | set(lexicon.table("bidding_nouns"))
"""'spying on behalf of X', 'on the orders of X': X is who the spying is for, not on."""


def _spied_on(view: SentenceView, verb: Any) -> list[Mention]:
    """Whom spying is done on: 'spied on X', 'to spy on X's political system', 'spying
    against X'; and the state it is done in ('gathered intelligence ... in X')."""
    out: list[Mention] = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj" and o.lower_ not in FOR_WHOM]
        if prep.lower_ in ("on", "against"):
            out += [m for o in objects for m in view.actors(o) if m.type in SPIED_ON_TYPES]
        elif prep.lower_ == "in":
            out += [m for o in objects for m in view.actors(o, owner=False) if m.type == "State"]
    return out


def _aimed(view: SentenceView, doers: list[Mention], targets: list[Mention], rel_type: str,
           rule: str, anchor: int) -> Iterator[Found]:
    if targets and not negated(view.sent.doc[anchor]):
        yield from pairs(doers, targets, rel_type, rule, anchor)


@dataclass
class _Doers:
    """Who carries out the action a noun names."""

    view: SentenceView
    gazetteer: Gazetteer
    builtin: Builtin

    def __call__(self, noun: Any) -> list[Mention]:
        """The actor the noun names ('a network targeting X'), else, for an action noun,
        its owner ('Beijing's campaign', 'a Chinese campaign') or 'by' phrase, else the
        subject of the verb that carries it out."""
        own = self.view.at.get(noun.i)
        if own is not None:
            return [own]
        if noun.lower_ in QUANTITY_NOUNS:
            noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), noun)
        if noun.lower_ not in ACTION_NOUNS:
            return []
        owners = [m for c in noun.children if c.dep_ in ("poss", "amod", "compound")
                  for m in self._owner(c)]
        owners += [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
                   for m in pobj_actors(self.view, p)]
        return owners or _carried_out_by(self.view, noun)

    def _owner(self, word: Any) -> list[Mention]:
        """An actor named before the noun, or the state a demonym stands for."""
        named = self.view.actors(word, owner=False)
        if named or word.dep_ != "amod":
            return named
        state = self.gazetteer.state_of_demonym_at(word)
        return [self.builtin(state, "State")] if state else []


def _carried_out_by(view: SentenceView, noun: Any) -> list[Mention]:
    """'X launched a campaign', 'X engaged in attacks', 'a campaign was run by X'."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_ == "be":
        return _answerable(view, head)  # 'X is behind a campaign targeting Y'
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # 'engaged in attacks', 'carried out a series of attacks'
    while head.lower_ in QUANTITY_NOUNS and head.dep_ in ("dobj", "pobj", "nsubjpass"):
        head = head.head.head if head.dep_ == "pobj" else head.head
    if head.lower_ in ANSWERABLE:
        return _answerable(view, head)
    if head.pos_ not in ("VERB", "AUX") or lemma(head.lower_) not in DOING_VERBS \
            or negated(head):
        return []
    clause = Clause.of(head)
    doer = clause.agent if clause.passive else clause.subject
    if clause.passive and doer is None and lemma(head.lower_) in STATE_PASSIVES:
        doer = clause.subject  # 'Russia is engaged in cognitive warfare against X'

    return view.actors(doer, owner=False) if doer is not None else []


ANSWERABLE = lexicon.words("answerable_words")
"""'X was responsible for a campaign targeting Y', 'X has been identified as being accountable
for operations targeting Y': who answers for an action carried it out."""
ANSWER_CLIMB = 4


def _answerable(view: SentenceView, word: Any) -> list[Mention]:
    """The subject 'responsible' or 'behind' is said of: the word's own clause's, climbing
    'being', 'as' and a passive verb ('was identified as being accountable for')."""
    if word.lower_ == "behind":
        word = word.head  # 'X is behind a campaign'
    for _ in range(ANSWER_CLIMB):
        if negated(word):
            return []
        subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return view.actors(subject, owner=False)
        if word.dep_ not in ("acomp", "pcomp", "pobj", "prep", "xcomp", "oprd") \
                or word.head.i == word.i:
            return []
        word = word.head
    return []


@family("aimed", 38)
def _aimed_family(s: Sentence) -> Iterator[Found]:
    return aimed_actions(s.view, s.gazetteer, s.builtin)
