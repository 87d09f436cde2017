"""Hostile acts told by someone: who tells them accuses the doer.

Why apart from `claims.accused_by`: that one needs a relation between two actors ('China
targeted Canadian MPs'); speakers and releases more often name the doer and only a thing
done to ('have targeted our election processes', 'is waging an international
disinformation campaign', 'sought to undermine European democracy'). The speaker of a
transcript's turn, the one a sentence says is speaking ('X said', 'according to X') or a
quotation's sayer accuses the doer all the same. Questions, negations, conditions and
recommendations accuse no one.
"""

from __future__ import annotations

from typing import Any

from ..mentions.find import Mention
from ..resolution.pronouns import FIRST_PERSON, FIRST_PLURAL
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .accusations import ATTEMPT_VERBS
from .claims import PURSUED, asked, asked_for, looked_into, negated, unsaid
from .syntax import SentenceView

__all__ = ["hostile_doers", "HOSTILE_VERBS"]

HOSTILE_VERBS = lexicon.words("hostile_verbs") | lexicon.words("swaying_verbs")
"""Verbs whose doer does something hostile whatever it is done to."""
CAMPAIGN_OBJECTS = lexicon.words("hostile_campaign_nouns")
RUNNING = {"wage", "run", "conduct", "launch"}
TRIGGERS = HOSTILE_VERBS | RUNNING
"""What 'wage' or 'run' takes to be hostile: 'waging a disinformation campaign'."""
DOER_TYPES = ("State", "Agency", "Organization", "Party", "Government", "Person", "Media")
SPEAKING_SELF = FIRST_PERSON | FIRST_PLURAL


STIGMAS = (lexicon.STIGMA_NOUNS - {"agent"}) | lexicon.words("suspect_nouns")
"""What a teller calls someone to accuse them ('he is a traitor', 'X was a spy', 'one of
the suspects is X'); 'agent' alone is also a trade ('a real estate agent')."""


def hostile_doers(view: SentenceView) -> list[tuple[Mention, int]]:
    """(doer, verb index) for each hostile act the sentence states of a named doer, and for
    each one it says is a traitor, a spy or a criminal."""
    out = _stigmatised(view) if not view.words.isdisjoint(STIGMAS) else []
    if not any(lemma(w) in TRIGGERS for w in view.words):
        return out  # most sentences tell no hostile act: no walk over their tokens
    for verb in view.tokens:
        if verb.pos_ != "VERB" or not _hostile(verb) or negated(verb) or asked(verb) \
                or asked_for(verb) or unsaid(verb) or looked_into(verb, PURSUED):
            continue
        doing = _doing_verb(verb)
        if doing is None:
            continue
        subjects = [c for c in doing.children if c.dep_ == "nsubj"]
        if any(s.lower_ in SPEAKING_SELF for s in subjects):
            continue  # what the speaker's side does is no accusation of it
        doers = [m for s in subjects for m in view.actors(s, owner=False) or _stood_for(view, s)]
        out += [(m, verb.i) for m in doers if m.type in DOER_TYPES]
    return out




def _stigmatised(view: SentenceView) -> list[tuple[Mention, int]]:
    """'"He is a traitor," the general added', 'X said Y was a spy': the subject of 'be'
    with a stigma as its predicate, named or a pronoun the sentence resolves (not when
    denied, asked or only supposed)."""
    out = []
    for noun in view.tokens:
        if noun.lower_ not in STIGMAS:
            continue
        if noun.dep_ == "pobj" and noun.head.head.lower_ == "one" \
                and noun.head.head.dep_ == "nsubj":  # 'one of the suspects is X'
            verb = noun.head.head.head
            named = [c for c in verb.children if c.dep_ == "attr"]
        else:
            verb = noun.head
            named = [c for c in verb.children if c.dep_ == "nsubj"] \
                if noun.dep_ == "attr" else []
        if not named or verb.lemma_ != "be" or negated(verb) or asked(verb) or unsaid(verb):
            continue
        for subject in named:
            if subject.lower_ in SPEAKING_SELF:
                continue
            found = view.actors(subject, owner=False) or (
                [view.pronoun(subject)] if subject.pos_ == "PRON" else [])
            out += [(m, verb.i) for m in found if m is not None and m.type in DOER_TYPES]
    return out


def _doing_verb(verb: Any) -> Any | None:
    """The verb whose own subject did the act: the act's verb, the trying verb of 'have
    sought to interfere', the first of hostile verbs joined by 'and'; None when the act
    hangs anywhere else (its doer would be a guess: 'will not tolerate any attempt by a
    foreign government to threaten Canadians')."""
    node = verb
    while node.dep_ in ("xcomp", "conj", "advcl") and node.head.i != node.i:
        head = node.head
        trying = lemma(head.text) in ATTEMPT_VERBS
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        if node.dep_ == "advcl" and (own or not _purpose(node)):
            return None  # 'established a presence to monitor and intimidate dissidents':
        if node.dep_ == "xcomp" and not trying \
                or node.dep_ == "conj" and not (_hostile(head) or trying or _purpose(head)):
            return None  # a purpose's doer is the main verb's subject
        node = head
    return node


def _purpose(verb: Any) -> bool:
    """An infinitive of purpose hung on the verb before it ('... to monitor')."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children)


STAND_IN_NOUNS = {"government", "governments", "authorities", "regime", "regimes"}


def _stood_for(view: SentenceView, subject: Any) -> list[Mention]:
    """'The Governments of Iran and Russia have targeted ...': the states themselves."""
    if subject.lower_ not in STAND_IN_NOUNS:
        return []
    return [m for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"
            for m in view.actors(o, owner=False) if m.type == "State"]


def _hostile(verb: Any) -> bool:
    word = lemma(verb.text)
    if word in RUNNING:
        return any(c.dep_ == "dobj" and c.lower_ in CAMPAIGN_OBJECTS for c in verb.children)
    return word in HOSTILE_VERBS

