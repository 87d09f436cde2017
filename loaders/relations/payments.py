"""Money handed to someone: 'paid a legal bill for him', 'delivered $100,000 in cash to
the party', 'provided Sun and Hu with benefits'.

Why a rule of its own: enforcement releases, inquiry reports and articles on donors state
funding with ordinary verbs of giving and paying, not with 'fund'; the object (a bill, cash,
an amount, benefits) is what makes the giving a payment, and the one paid for sits in a
'for', 'to' or 'with' phrase, or is the indirect object.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .found import Found, pairs, pobj_actors
from .syntax import Clause, SentenceView

__all__ = ["PAYING_VERBS", "payments", "expense_of", "is_payment", "MOVING_VERBS"]

PAYING_VERBS = lexicon.PAYING_VERBS
PAYMENT_NOUNS = {"bill", "bills", "benefits", "benefit", "cash", "money", "payment", "payments",
                 "gifts", "gift", "donation", "donations", "funds", "fees", "fee", "expenses",
                 "costs", "loan", "loans", "bribe", "bribes", "salary", "kickbacks"} \
    | lexicon.words("currency_nouns")
RECIPIENT_TYPES = ("Person", "Party", "Organization", "Committee", "Media")


def is_payment(token: Any) -> bool:
    """Money: a payment noun, an amount the model tags, a dollar figure."""
    return token.lower_ in PAYMENT_NOUNS or token.ent_type_ == "MONEY" or token.text[:1] == "$"


GIVING_ALONE = {"donate", "contribute"}
"""Verbs that are giving money with no object named: 'donated to the party'."""


def _prep_actors(view: SentenceView, verb: Any, word: str) -> list[Mention]:
    return [m for p in verb.children if p.dep_ == "prep" and p.lower_ == word
            for o in p.children if o.dep_ == "pobj" for m in view.actors(o)]


def payments(view: SentenceView, verb: Any) -> Iterator[Found]:
    """FUNDED from the payer (the verb's subject) to whoever the payment is for."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    money = [o for o in objects if is_payment(o)]
    recipients: list[Mention] = []
    if money:
        for holder in (verb, *money):
            for prep in holder.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ in ("for", "to"):
                    recipients += [m for o in prep.children if o.dep_ == "pobj"
                                   for m in view.actors(o)]  # 'to the party's headquarters'
        recipients += [m for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"
                       for m in view.actors(c, owner=False)]
        recipients += [m for o in money for c in o.children if c.dep_ == "poss"
                       for m in view.actors(c, owner=False)]  # 'paid his legal bill'
    elif lemma(verb.text) in GIVING_ALONE:  # 'donated to both Labor and the coalition'
        recipients = _prep_actors(view, verb, "to")
    elif lemma(verb.text) in ("pay", "cover"):  # 'paid for Mr. Dastyari's legal costs'
        recipients = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                      for o in p.children if o.dep_ == "pobj"
                      for c in o.children if c.dep_ == "poss"
                      for m in view.actors(c, owner=False)] or _paid_for_whom(view, verb)
    if not recipients and any(p.dep_ == "prep" and p.lower_ == "with" and any(
            is_payment(o) for o in p.children if o.dep_ == "pobj") for p in verb.children):
        recipients = [m for o in objects for m in view.actors(o, owner=False)]
    payers = view.subjects(verb)
    recipients = [m for m in recipients if m.type in RECIPIENT_TYPES
                  and all(m.key != p.key for p in payers)]
    yield from pairs(payers, recipients, "FUNDED", "verb:pay", verb.i)


def _paid_for_whom(view: SentenceView, verb: Any) -> list[Mention]:
    """'his trip was paid for by X' (the trip's owner), 'he travelled to Beijing, this
    time paid for by X' (who travelled): a passive payment with a payer named by 'by'."""
    clause = Clause.of(verb)
    if clause.agent is None:
        return []
    if clause.passive and clause.subject is not None:
        owners = [c for c in clause.subject.children if c.dep_ == "poss"]
        return [m for o in owners for m in view.actors(o, owner=False)] or [
            m for m in view.actors(clause.subject, owner=False) if m.type == "Person"]
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "npadvmod":  # 'this time paid for by X'
        head = head.head
    if verb.dep_ in ("advcl", "acl", "conj", "ccomp") and lemma(head.text) in MOVING_VERBS:
        return view.subjects(head)
    return []


MOVING_VERBS = lexicon.words("moving_verbs") | lexicon.words("trip_verbs")


def expense_of(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'travelled to Beijing at the expense of X', 'flew to Shanghai at X's expense': X
    paid for the trip (on any other verb, 'at the expense of' is a loss, not a payment)."""
    if lemma(verb.text) not in MOVING_VERBS:
        return
    payers = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
              for o in p.children if o.dep_ == "pobj" and o.lower_ == "expense"
              for m in [*(m for c in o.children if c.dep_ == "poss"
                          for m in view.actors(c, owner=False)),
                        *(m for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                          for m in pobj_actors(view, q))]]
    travellers = [m for m in view.subjects(verb) if m.type == "Person"]
    yield from pairs(payers, travellers, "FUNDED", "expense-of", verb.i)
