"""A last-resort link for verbs no rule knows: subject acts on object -> RELATED_TO.

Why: on unseen documents most missed relations sit on verbs outside the
lexicons ("X courted Y", "X lobbied for Y"). When a verb's subject and its
object are both actors and no specific rule already linked those two in the
sentence, the text still states that they are connected; the model's
RELATED_TO says exactly that without guessing how. Verbs that only report,
include or describe (say, include, be, have) link nothing and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.morph import is_stop_form
from .claims import asked_for, negated
from .clauses import misfit, modal, phrasal_type
from .found import Found, allowed
from .registry import Sentence, family
from .syntax import (
    WH_WORDS,
    Clause,
    SentenceView,
    of_the_object,
    passive_patient_of_conjunct,
    places_someone,
    swallowed_subject,
)

__all__ = ["generic_relations"]

STOP_VERBS = (lexicon.REPORTING_VERBS | lexicon.SPEAKING_VERBS) - {"accuse"} | {
    "be", "have", "include", "become", "remain", "seem", "appear", "do", "get", "go", "come",
    "see", "know", "think", "ask", "call", "mention", "cite", "quote", "name", "describe",
    "list", "refer", "compare", "read", "identify", "consider", "publish", "release", "note",
    "review", "examine", "investigate", "question", "hear", "receive", "comment", "respond",
    "use", "take", "want", "need", "try", "let", "help", "like", "involve", "announce", "learn",
    "understand", "recommend", "propose", "share", "lose", "represent", "leave", "testify",
} | lexicon.words("moving_verbs") | lexicon.words("schooling_verbs") \
    | lexicon.words("courtesy_verbs") | lexicon.words("succession_verbs")
"""Verbs that report, describe or list: their subject and object are not thereby linked."""
OBJECT_PREPS = {"with", "to", "for", "against", "on", "into", "at", "over",
                "toward", "towards", "behind", "between", "among"}
VAGUE_KINDS = ("unnamed", "demonym", "metonym", "anaphora")
"""An unnamed group, a demonym ('Indian diplomats') or a resolved anaphor is too loose a
reading to link on a verb no rule vouches for."""


def generic_relations(view: SentenceView, found: list[Found]) -> Iterator[Found]:
    """RELATED_TO for subject-verb-object links (and tie nouns) between actors no rule has
    linked in this sentence; one pass over the tokens."""
    linked = {frozenset((f.source.key, f.target.key)) for f in found}
    if not view.may_link(linked, lambda m: m.key if _eligible(m) else None):
        return
    for token in view.tokens:
        if token.pos_ == "NOUN" and token.lower_ in TIE_NOUNS and not negated(token.head):
            candidates, rule = _noun_ties(view, token), "generic-tie"
        elif token.pos_ == "VERB" and not _stop_verb(token.lower_) \
                and not negated(token) and not asked_for(token) and not modal(token):
            candidates, rule = _verb_links(view, token), "generic-svo"
        else:
            continue
        for source, target in candidates:
            pair = frozenset((source.key, target.key))
            if rule == "generic-svo" and misfit(token, source, target):
                continue  # 'co-founded the X and Y Foundation' founds no person named in it
            if source.key != target.key and pair not in linked \
                    and _eligible(source) and _eligible(target):
                linked.add(pair)
                yield Found(source, target, _phrasal(token, source, target), rule, token.i)


def _phrasal(verb: Any, source: Mention, target: Mention) -> str:
    """'set up the Harbour Institute': a verb and particle of a known meaning type the link
    ('clauses.PHRASAL_VERBS'); any other verb no rule knows only ties the two."""
    known = phrasal_type(verb)
    return known if known is not None and allowed(known, source, target) else "RELATED_TO"


def _verb_links(view: SentenceView, verb: Any) -> Iterator[tuple[Mention, Mention]]:
    sources = _own_subjects(view, verb)
    if sources:
        for target in _objects(view, verb):
            for source in sources:
                yield source, target


def _stop_verb(word: str) -> bool:
    return is_stop_form(word, STOP_VERBS)


TIE_NOUNS = {"tie", "ties", "link", "links", "connection", "connections", "relationship",
             "relationships", "contact", "contacts", "dealings", "association", "associations"}
"""Nouns that carry a link: 'Dong's ties to the consulate', 'links between X and Y'."""


def _noun_ties(view: SentenceView, noun: Any) -> Iterator[tuple[Mention, Mention]]:
    """Holder (possessor, or the first of 'between X and Y') and the other end."""
    holders = [m for c in noun.children if c.dep_ == "poss" for m in view.actors(c, owner=False)]
    others: list[Mention] = []
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        objs = [m for o in prep.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
        if prep.lower_ in ("to", "with"):
            others += objs
        elif prep.lower_ == "between" and len(objs) >= 2:
            holders, others = objs[:1], objs[1:]
    for holder in holders:
        for other in others:
            yield holder, other


def _eligible(mention: Mention) -> bool:
    """Named actors only: an unnamed group or a pronoun-less title is too vague to link,
    and so is an aide known only as someone's ('flew to Paris with her assistant'), or a
    name in passing ('finished a degree at X': a school)."""
    return mention.kind not in VAGUE_KINDS and mention.type != "Bill" \
        and "aide_of" not in mention.attrs and not mention.attrs.get("incidental")


def _own_subjects(view: SentenceView, verb: Any) -> list[Mention]:
    """The verb's own subject or agent (or, for a conjunct verb, its head's): no subject
    borrowed through a relative clause, a plan or a complement, which rules read better."""
    clause = Clause.of(verb)
    patient = passive_patient_of_conjunct(verb)
    if patient is not None:
        return view.actors(patient, owner=False) if patient.lower_ not in WH_WORDS else []
    if clause.agent is None and clause.subject is None and verb.dep_ == "conj":
        swallowed = swallowed_subject(verb)
        if swallowed is not None:
            return view.named_within(swallowed)
        clause = Clause.of(verb.head)
    head = clause.agent if clause.agent is not None else (
        None if clause.passive else clause.subject)
    if head is None or head.lower_ in WH_WORDS:
        return []
    return view.possessed_body(head) or view.actors(head, owner=False)


def _objects(view: SentenceView, verb: Any) -> list[Mention]:
    """Direct object, objects of the usual prepositions, a passive verb's subject. Not a
    clausal complement's subject: 'X announced that Y ...' reports Y, it does not link X."""
    found: list[Mention] = []
    placed = places_someone(view, verb)
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and child.pos_ != "ADP":
            found += view.actors(child, owner=False)
        elif child.dep_ == "prep" and child.lower_ in OBJECT_PREPS \
                and not (placed and child.lower_ == "to") and not of_the_object(child):
            found += [m for obj in child.children if obj.dep_ == "pobj"
                      and obj.ent_type_ != "DATE" for m in view.actors(obj, owner=False)]
    clause = Clause.of(verb)
    if clause.agent is not None and clause.subject is not None and clause.passive:
        found += view.actors(clause.subject, owner=False)  # 'Y was courted by X'
    for child in verb.children:  # 'signed an agreement with Y', 'held talks with Y'
        if child.dep_ == "dobj" and child.i not in view.at:
            found += [m for p in child.children if p.dep_ == "prep"
                      and p.lower_ in OBJECT_PREPS for o in p.children if o.dep_ == "pobj"
                      for m in view.actors(o, owner=False)]
    return found


@family("generic", 200)
def _generic_family(s: Sentence) -> Iterator[Found]:
    return generic_relations(s.view, s.found)
