"""Accusations stated as someone's report of a state's involvement.

Why: "RCMP commissioner Mike Duheme said that agents of the Government of India had
been involved in homicides" accuses India, though no verb of accusing is used and
the crime names no victim the other rules could link. The speaker accuses the state
(or the people acting for it) named as subject of an involvement clause.
"""

from __future__ import annotations

from typing import Any

from .mentions import Mention
from .morph import lemma
from .relations import Found, pairs
from .syntax import SentenceView

__all__ = ["involvement_accusations"]

SAYING = {"say", "allege", "state", "tell", "announce", "charge", "claim", "assert", "add"}
INVOLVEMENT = {"involved", "engaged", "participated", "orchestrated", "linked", "connected",
               "tied", "behind", "responsible", "complicit"}
"""Words that put the clause's subject in wrongdoing: 'had been involved in',
'were behind', 'was responsible for', 'were linked to'."""
SPEAKERS = ("Person", "Agency", "Government", "State", "Committee", "Commission")
ACCUSED = ("State", "Government", "Agency", "Organization", "Person")


def involvement_accusations(view: SentenceView) -> list[Found]:
    """'X said that Y had been involved in crimes' -> X accused Y."""
    out: list[Found] = []
    for verb in view.sent:
        if verb.pos_ not in ("VERB", "AUX") or lemma(verb.text) not in SAYING:
            continue
        speakers = [m for m in view.subjects(verb) if m.type in SPEAKERS]
        if not speakers:
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not _involvement(clause):
                continue
            accused = [m for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                       for m in _named(view, s) if m.type in ACCUSED]
            out += pairs(speakers, accused, "ACCUSED", "said:involved", verb.i)
    return out


def _named(view: SentenceView, subject: Any) -> list[Mention]:
    """The subject's actors, else those of its 'of' phrase ('agents of the Government of
    India' stand for India, the seed's convention for agents and officials)."""
    found = view.actors(subject)
    if found:
        return found
    return [m for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for m in view.actors(o)]


def _involvement(clause: Any) -> bool:
    if clause.lower_ in INVOLVEMENT:
        return True
    return any(c.dep_ in ("acomp", "attr", "prep") and c.lower_ in INVOLVEMENT
               for c in clause.children)
