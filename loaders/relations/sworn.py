"""Seats named without their house: 'X was sworn in as a senator', 'X represented the
Division of Chisholm', 'X has been a Senator for Victoria', 'the member for Bennelong'.

Why apart from the seat rules (`structure.seated`): the sentence names the role or the
constituency, not the body ('sworn in as an MP', 'represented the riding of X'); the body
is the house of that name the text names elsewhere ('the Senate', 'the House of
Representatives'), so the rule needs the document's legislatures, not the parse alone. A
seat held 'for' a place ('Senator for Victoria', 'MP for Ilford North') says more: it is a
seat of the document's own country, so its house is that country's when the text names
none (the document's locale; no locale, no guess).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon, locales
from ..vocabulary.morph import lemma
from .found import Builtin, Found, pairs
from .registry import Sentence, family
from .roles import as_nouns, copula_roles, predicate_nouns
from .syntax import SentenceView

__all__ = ["sworn_in", "represented_seat", "seat_holders"]

SWEAR_FORMS = {"swear", "swears", "swore", "sworn", "swearing"}
SEAT_ROLES = {"senator": "senate", "mp": "house", "m.p.": "house"}
"""Role noun after 'sworn in as' -> the word the house's name holds."""


def sworn_in(view: SentenceView, doc_types: dict[str, list[Mention]]) -> Iterator[Found]:
    """'was sworn in as a senator' -> member of the Senate the text names (none named:
    nothing, rather than a guess at which country's)."""
    if view.words.isdisjoint(SWEAR_FORMS):
        return
    for verb in view.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in SWEAR_FORMS \
                or not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
            continue
        roles = [o.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj" and o.lower_ in SEAT_ROLES]
        if not roles:
            continue
        house = _named_house(doc_types, SEAT_ROLES[roles[0]], verb.i)
        people = [m for m in view.objects(verb, set()) if m.type == "Person"]
        if house is not None:
            yield from pairs(people, [house], "MEMBER_OF", "verb:sworn-in", verb.i)


CONSTITUENCY_NOUNS = lexicon.words("constituency_nouns") | {"seat"}


def represents_constituency(verb: Any) -> bool:
    """'represented the Division of Chisholm', 'represents the riding of X', 'the seat'."""
    return lemma(verb.text) == "represent" and any(
        c.dep_ == "dobj" and c.lower_ in CONSTITUENCY_NOUNS for c in verb.children)


def represented_seat(view: SentenceView, doc_types: dict[str, list[Mention]]
                     ) -> Iterator[Found]:
    """'She represented the Division of Chisholm', 'he represents the riding of X' -> member
    of the lower house the text names (none named: nothing)."""
    if view.words.isdisjoint(CONSTITUENCY_NOUNS):
        return  # no seat named for `represents_constituency` to find
    for verb in view.tokens:
        if verb.pos_ != "VERB" or not represents_constituency(verb):
            continue
        house = _named_house(doc_types, "house", verb.i)
        people = [m for m in view.subjects(verb) if m.type == "Person"]
        if house is not None:
            yield from pairs(people, [house], "MEMBER_OF", "verb:represent-seat", verb.i)


SEAT_HOLDERS = {"senator": "senate", "member": "house", "mp": "house", "m.p.": "house",
                "representative": "house", "congressman": "house", "congresswoman": "house"}
"""A seat's holder noun -> the word its house's name holds (or the locale's body noun)."""


def seat_holders(view: SentenceView, doc_types: dict[str, list[Mention]], builtin: Builtin
                 ) -> Iterator[Found]:
    """'X has been a Senator for Victoria since 2016', 'she was the member for Bennelong':
    a member of that house (former when the copula is past or the noun says 'former'). Only
    a predicate says so; an apposition ('Michael Chong, MP for X, said') names a speaker."""
    if view.words.isdisjoint(SEAT_HOLDERS) or not any(
            t.lower_ in SEAT_HOLDERS and _for_objects(t) for t in view.tokens):
        return  # most sentences: no seat 'for' a place, nothing to read (runs on every one)
    described = [(m, predicate_nouns(view.sent.doc[m.end - 1])) for m in view.mentions
                 if m.type == "Person"]
    described += [(person, copula_roles(t) + as_nouns(t.head)) for t in view.tokens
                  if t.dep_ == "nsubj" and t.lower_ in ("he", "she", "i")
                  and (person := view.pronoun(t)) is not None and person.type == "Person"]
    for person, nouns in described:
        for noun in nouns + [a for n in nouns for c in n.children  # 'a politician who has
                             if c.dep_ == "relcl" and c.lemma_ == "be"  # been a Senator for X'
                             for a in c.children if a.dep_ == "attr"]:
            word = SEAT_HOLDERS.get(noun.lower_)
            if word is None or not _predicate(noun) or not _for_a_place(view, noun) \
                    or _house_named_with(view, noun, word) or _subnational(noun):
                continue  # an apposition ('Michael Chong, MP for X,') only says who speaks
            house = _named_house(doc_types, word, noun.i) or _home_house(word, builtin)
            if house is not None:
                yield from pairs([person], [house], "FORMER_MEMBER_OF" if _former(noun)
                                 else "MEMBER_OF", "seat:for-place", noun.i)


SUBNATIONAL_WORDS = lexicon.words("subnational_words")
"""'the member of provincial parliament (MPP) for X': a seat in no national house."""


def _subnational(noun: Any) -> bool:
    for token in noun.subtree:
        if token.lower_ == "for":
            break
        if token.lower_ in SUBNATIONAL_WORDS:
            return True
    return False


def _for_objects(noun: Any) -> list[Any]:
    """The objects of 'for' after a seat noun ('Senator for Victoria'), or after the verb
    it is the 'as' object of ('served as MP for X': the parser may hang 'for' there)."""
    holders = (noun, noun.head.head) if noun.dep_ == "pobj" else (noun,)
    return [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj"]


def _for_a_place(view: SentenceView, noun: Any) -> bool:
    """'for Victoria', 'for Ilford North': a constituency, not an actor the seat serves."""
    objects = _for_objects(noun)
    return bool(objects) and all(o.pos_ == "PROPN" and (
        o.i not in view.at or view.at[o.i].type == "State") for o in objects)


def _house_named_with(view: SentenceView, noun: Any, word: str) -> bool:
    """'the member for X in the House of Representatives': the title rules read that ('a
    Member of Parliament for X' names no house: it is the lower one)."""
    return any(m.type == "Legislature" and word in m.name.lower().split()
               for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
               for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False))


def _predicate(noun: Any) -> bool:
    """'was a Senator for X', 'served as the member for X': said of the subject."""
    return noun.dep_ == "attr" or noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _former(noun: Any) -> bool:
    """'former', or a past verb ('was the member for X', 'served as MP for X')."""
    verb = noun.head if noun.dep_ == "attr" else noun.head.head
    return any(c.lower_ == "former" for c in noun.children) or verb.tag_ == "VBD"


def _home_house(word: str, builtin: Builtin) -> Mention | None:
    here = locales.current()
    body = here.body(word) if here is not None else None
    return builtin(*body) if body is not None else None


def _named_house(doc_types: dict[str, list[Mention]], word: str, at: int) -> Mention | None:
    """The house whose name holds `word`, named first nearest before `at`, else the first
    one named after it."""
    houses = [m for m in doc_types.get("Legislature", []) if word in m.name.lower().split()]
    before = [m for m in houses if m.start < at]
    return before[-1] if before else (houses[0] if houses else None)


@family("sworn", 70)
def _sworn_family(s: Sentence) -> Iterator[Found]:
    yield from sworn_in(s.view, s.doc_types)
    yield from represented_seat(s.view, s.doc_types)
    yield from seat_holders(s.view, s.doc_types, s.builtin)
