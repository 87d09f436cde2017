"""Calls on someone to act: 'Parliament calls on the Commission to ...', 'urged Canada to'.

Why a family of its own: what is called for is not a fact (the rules leave the
complement of 'call on', 'urge', 'ask' alone), but the call itself is: resolutions,
statements and debates are made of them, and an investigator wants to see who pressed
whom. The caller is the verb's subject; the called, the object of 'on'/'upon', or the
direct object of 'urge'/'ask'/'press' when an infinitive follows ('urged X to act').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..mentions.find import Mention
from ..mentions.mention import opens_line, text_of
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .claims import negated
from .found import Found, pairs, unique
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["calls_on", "to_act"]

CALLING_ON = lexicon.words("calling_on_verbs")
"""'call on X', 'call upon X': the object of 'on' is called on."""
PROPOSING = lexicon.words("proposing_verbs")
"""'recommends that the Government publish': the clause's subject is called on."""
PRESSING = lexicon.words("pressing_verbs")
"""'urge X to', 'ask X to', 'press X to': the object is called on when an infinitive says
what for."""


def calls_on(view: SentenceView, measure: Mention | None = None) -> Iterator[Found]:
    """`measure`: the bill or resolution the document numbers, whose title line calls with
    no subject ('Providing that the President should seek ...', 'Urging X to ...')."""
    if not any(_may_call(word) for word in view.words):
        return  # no verb of calling, pressing, writing or proposing: no token need be read
    implied = view.implied[0] if view.implied is not None else -1
    for verb in view.tokens:
        if verb.pos_ != "VERB" and verb.i != implied:
            continue
        word = lemma(verb.lower_)
        called = _called(view, verb, word)
        if called is None or negated(verb):  # negation read for calls only: most verbs are
            continue  # none, and reading it walks the parse
        callers = view.subjects(verb) or (
            [measure] if measure is not None and _title_gerund(verb) else [])
        yield from pairs(callers, unique(called), "CALLED_ON", f"call:{word}", verb.i)


def _title_gerund(verb: Any) -> bool:
    """'Providing that ...', 'Urging the President to ...': a measure's title, a gerund
    that opens its own line with no subject."""
    sent = verb.sent
    return verb.tag_ == "VBG" and verb.dep_ == "ROOT" and verb.i == sent.start \
        and opens_line(verb)


CALLED_STEMS = CALLING_ON | PRESSING | PROPOSING
"""The lists `_called` also reads on a verb's bare stem ('urg' of 'urging')."""


@lru_cache(maxsize=8192)
def _may_call(word: str) -> bool:
    """Whether `_called` can find anyone on a verb written `word` (lower case): it reads
    only the lemmas and stems of its lists, so a sentence holding none is skipped whole
    (asked once per word, not at each verb of each sentence)."""
    return lemma(word) in CALLED_STEMS or lemma(word) in WRITING or _stem(word) in CALLED_STEMS


def _called(view: SentenceView, verb: Any, word: str) -> list[Mention] | None:
    """Who a verb of calling, pressing or proposing calls on; None for any other verb."""
    calling = word in CALLING_ON or _stem(verb.lower_) in CALLING_ON
    on = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")]
    if calling and (on or not to_act(verb)):
        return [m for p in on for o in p.children if o.dep_ == "pobj"
                for m in _addressees(view, o)]
    if (calling or word in PRESSING or _stem(verb.lower_) in PRESSING) and to_act(verb):
        # ('urged X to act', and 'calling the government to withdraw the law')
        return [m for o in verb.children if o.dep_ in ("dobj", "nsubj") and o.i > verb.i
                for m in _addressees(view, o)]
    if word in WRITING and _calling_for(verb):  # 'wrote to Tony Blair calling for ...'
        return [m for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj" for m in _addressees(view, o)]
    if word in PROPOSING or _stem(verb.lower_) in PROPOSING:
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [j for c in clauses for j in c.conjuncts if j.pos_ in ("VERB", "AUX")]
        return [m for c in clauses if _bare(c)  # ('that X should seek ..., and that Y
                for s in c.children if s.dep_ == "nsubj"  # should help Z')
                for m in _addressees(view, s)] or _listed_tasks(view, verb)
    return None


def _listed_tasks(view: SentenceView, verb: Any) -> list[Mention]:
    """'proposes that the Government of X:' and then a list of what it is to do: the
    actors between 'that' and the colon closing the line are called on."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "that":
        return []
    for i in range(verb.i + 2, min(view.sent.end, verb.i + 16)):
        if doc[i].text == ":":
            return [m for m in view.mentions if verb.i + 1 < m.start < i]
        if doc[i].pos_ in ("VERB", "AUX") or "\n" in doc[i].text:
            return []
    return []


def _addressees(view: SentenceView, token: Any) -> list[Mention]:
    """Who a call is addressed to: the actors named, or those whose leadership, government
    or authorities it addresses ('the political leadership in the EU and member states')."""
    named = view.actors(token, owner=False)
    if named:
        return named
    return [m for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "at")
            for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]


def _bare(clause: Any) -> bool:
    """'(that) the Government publish', '... should publish': what someone ought to do, not
    what they did ('recommended that the Government had erred' reports)."""
    return clause.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in ("to", "will",
                                                                          "would", "can")
                                           for c in clause.children) or any(
        c.dep_ == "aux" and c.lower_ in ("should", "must") for c in clause.children) \
        or _subjunctive(clause)


def _subjunctive(clause: Any) -> bool:
    """'demanded that Nigel Roe examine the links': a verb with no -s after one singular
    subject, which the tagger reads as a present tense."""
    return clause.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP")
                                        for c in clause.children) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


WRITING = {"write", "wrote", "written", "writes", "writing"}
CALLING_FOR = {"calling", "urging", "asking", "demanding", "requesting"}


def _calling_for(verb: Any) -> bool:
    """'wrote to X calling for / urging / asking ...': the letter is a call (a letter that
    only informs is not)."""
    return any(t.lower_ in CALLING_FOR and t.pos_ == "VERB" for t in verb.subtree
               if t.i > verb.i)


def to_act(verb: Any) -> bool:
    """'urged X to act': an infinitive says what the object is pressed to do."""
    return any(c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children)
               for c in verb.children)


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def question_to(view: SentenceView, voice: Mention | None) -> Iterator[Found]:
    """'My question is to the Minister representing the Prime Minister, Senator Gallagher'
    (question time): the turn's speaker addresses the one named last, the minister who
    answers (`SPOKE_WITH`; the question's substance is read on its own)."""
    if voice is None or "question" not in view.words:
        return
    for noun in view.tokens:
        if noun.lower_ != "question" or not (_my_question(noun) or _i_have_a_question(noun)):
            continue
        holders = (noun.head, noun) if noun.dep_ == "dobj" else (noun.head,)
        to = next((p for h in holders for p in h.children if p.dep_ == "prep"
                   and p.lower_ in ("to", "for")), None)
        if to is None:
            continue
        people = [m for i, m in sorted(view.at.items()) if i > to.i and m.type == "Person"
                  and m.key != voice.key]  # (read on the surface: the parser often hangs
        yield from pairs([voice], people[-1:], "SPOKE_WITH", "question:to", noun.i)  # the
        # name after the comma on the verb)


def _my_question(noun: Any) -> bool:
    """'My question is to X'."""
    return noun.dep_ == "nsubj" and any(c.dep_ == "poss" and c.lower_ == "my"
                                        for c in noun.children)


def _i_have_a_question(noun: Any) -> bool:
    """'I have a question for X'."""
    return noun.dep_ == "dobj" and noun.head.lower_ in ("have", "has") and any(
        c.dep_ == "nsubj" and c.lower_ == "i" for c in noun.head.children)


ORAL_QUESTION = re.compile(r"\s*\d+\.\s[^:\n]{3,120}?\)\s+to\s+(?P<addressee>the\s[^:\n]{3,80}):")
"""'1. Hon JANE ROE (National—Harbourside) to the Prime Minister: Does she ...': a numbered
oral question's label names the minister it is put to."""


def oral_question(view: SentenceView, voice: Mention | None) -> Iterator[Found]:
    """The member who puts a numbered oral question calls on the minister it is put to
    (the office's holder, as the text's date resolves it)."""
    text = text_of(view.sent.doc)
    line = text.rfind("\n", 0, view.sent.start_char) + 1
    if voice is None or not text[line:view.sent.start_char + 1].lstrip()[:1].isdigit():
        return  # (the parser may leave '1.' a sentence of its own)
    people = _named_in_label(view, voice, ORAL_QUESTION, "addressee")
    yield from pairs([voice], people[:1], "CALLED_ON", "question:oral",
                     people[0].start if people else 0)


ON_BEHALF_LABEL = re.compile(r"[^:\n]{3,120}?\)\s+on behalf of\s+(?P<principal>the\s[^:\n]{3,80}):")
"""'Rt Hon JOHN ROE (Deputy Prime Minister) on behalf of the Prime Minister: Yes.': the
label of a minister who answers for another names the one spoken for."""


def answer_on_behalf(view: SentenceView, voice: Mention | None) -> Iterator[Found]:
    """A minister answering on behalf of another speaks for that office's holder (as the
    text's date resolves it; an unresolved title links no one)."""
    if voice is None or "behalf" not in view.words:
        return
    people = _named_in_label(view, voice, ON_BEHALF_LABEL, "principal")
    yield from pairs([voice], people[:1], "SPOKE_FOR", "label:on-behalf",
                     people[0].start if people else 0)


def _named_in_label(view: SentenceView, voice: Mention, label: re.Pattern[str], part: str
                    ) -> list[Mention]:
    """The people (other than the speaker) named in one part of the speaker's label, when
    the label opens the sentence's line and ends within the sentence."""
    doc = view.sent.doc
    text = text_of(doc)
    match = label.match(text, text.rfind("\n", 0, view.sent.start_char) + 1)
    if match is None or match.end() > view.sent.end_char:
        return []
    start, end = match.span(part)
    return [m for i, m in sorted(view.at.items()) if start <= doc[i].idx < end
            and m.type == "Person" and m.key != voice.key]


LAW_CALLING_VERBS = {"call", "urge", "demand", "press"}
ENACTING = {"adoption", "enactment", "passage", "passing", "introduction"}
PASSING_VERBS = {"adopt", "enact", "pass", "introduce", "approve"}


def calls_for_bills(view: SentenceView) -> Iterator[Found]:
    """'X called for the Harbour Act to be passed', 'X called for the passage of the
    Harbour Act', 'X urged the adoption of the Act': who presses for a law supports it
    (a call for a law to be dropped or repealed is left alone)."""
    if not any(m.type == "Bill" for m in view.mentions):
        return
    for verb in view.tokens:
        if verb.pos_ != "VERB" or lemma(verb.text) not in LAW_CALLING_VERBS or negated(verb):
            continue
        clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp")
                   and any(a.lower_ == "to" for a in c.children)]
        wanted = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        wanted += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                   for o in c.children if o.dep_ == "pobj"]
        wanted += [o for c in clauses for o in c.children if o.dep_ in ("nsubj", "nsubjpass")]
        if any(lemma(c.text) not in PASSING_VERBS for c in clauses):
            continue  # 'called for the Act to be repealed'
        bills = [m for o in wanted for m in _wanted_bills(view, o) if m.type == "Bill"]
        yield from pairs(view.subjects(verb), unique(bills), "SUPPORTED", "call:for-bill",
                         verb.i)


def _wanted_bills(view: SentenceView, wanted: Any) -> list[Mention]:
    """The law a call is for: the law itself, or the law whose passage or adoption is
    wanted."""
    if wanted.lower_ in ENACTING:
        return [m for p in wanted.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
    return view.actors(wanted, owner=False)


@family("calls", 95)
def _calls_family(s: Sentence) -> Iterator[Found]:
    yield from calls_on(s.view, s.measure())
    yield from calls_for_bills(s.view)
    yield from question_to(s.view, s.extras.get("voice"))
    yield from oral_question(s.view, s.extras.get("voice"))
    yield from answer_on_behalf(s.view, s.extras.get("voice"))
