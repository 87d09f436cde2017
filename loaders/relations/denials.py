"""Denials of what someone alleged: 'China's embassy rejected the accusations as groundless',
'Li denied the allegations'.

Why a family of its own: the verb rule links a denier to an actor it denies, but a denial
usually names the claim, not the claimant ('the accusations', 'these claims'). The claim is
the document's latest allegation, so the denial answers whoever made it: the claimant the
text gave that allegation (`Sentence.extras["accuser"]`, kept by the extractor), or the
one the noun itself names ('the GCSB's accusations', 'the claims by CSIS'). No allegation
made before, no claimant named: no relation, rather than a guess.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .found import Found, pairs, pobj_actors
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["denied_claims"]

CLAIM_NOUNS = lexicon.words("denied_claim_nouns")
DENYING = {verb for verb, rel in lexicon.VERB_RELATIONS.items() if rel == "DENIED"}


def denied_claims(view: SentenceView, accuser: Mention | None) -> Iterator[Found]:
    if view.words.isdisjoint(CLAIM_NOUNS):
        return  # nothing denied is named: no verb need be read
    for verb in view.tokens:
        if verb.pos_ != "VERB" or lemma(verb.text) not in DENYING:
            continue
        for claim in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in CLAIM_NOUNS):
            makers = _named_makers(view, claim, verb) or (
                [accuser] if accuser is not None else [])
            deniers = [m for m in view.subjects(verb) if m not in makers]
            yield from pairs(deniers, makers, "DENIED", "denial:claims", verb.i)


def _named_makers(view: SentenceView, claim: Any, verb: Any) -> list[Mention]:
    """"CSIS's accusations", 'the claims by the GCSB' (the parser may hang 'by' on the
    active verb), 'allegations from Ottawa'."""
    return _owners(view, claim) + _by_or_from(view, claim) + _by_or_from(view, verb)


def _owners(view: SentenceView, said: Any) -> list[Mention]:
    """Who owns what a noun names ("CSIS's accusations")."""
    return [view.at[c.i] for c in said.children if c.dep_ == "poss" and c.i in view.at]


def _by_or_from(view: SentenceView, word: Any) -> list[Mention]:
    """Who a word's 'by' or 'from' names ('the claims by the GCSB', 'allegations from
    Ottawa')."""
    return [m for p in word.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
            for m in pobj_actors(view, p)]


DISPARAGING = lexicon.words("disparaging_adjectives")
SAID_NOUNS = lexicon.words("said_nouns")


def disparaged_words(view: SentenceView) -> Iterator[Found]:
    """'The Council responded to the malicious remarks made by the Office', 'rejected X's
    baseless accusations': who answers words the sentence disparages criticises who said
    them (a denial of the claim itself is `denied_claims`'s)."""
    if view.words.isdisjoint(DISPARAGING):
        return
    for noun in view.tokens:
        if noun.lower_ not in SAID_NOUNS or not any(
                c.dep_ == "amod" and c.lower_ in DISPARAGING for c in noun.children):
            continue
        makers = _owners(view, noun) + [  # 'the remarks made by X'
            m for c in noun.children if c.dep_ == "acl" and lemma(c.lower_) == "make"
            for a in c.children if a.dep_ == "agent" for m in pobj_actors(view, a)] \
            + _by_or_from(view, noun)
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or lemma(verb.lower_) in DENYING or not makers:
            continue
        answering = [m for m in view.subjects(verb) if m.key not in {k.key for k in makers}]
        yield from pairs(answering, makers, "CRITICIZED", "words:disparaged", noun.i)


@family("denials", 45)
def _denials_family(s: Sentence) -> Iterator[Found]:
    yield from denied_claims(s.view, s.extras.get("accuser"))
    yield from disparaged_words(s.view)
