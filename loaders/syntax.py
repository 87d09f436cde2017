"""Reading a dependency parse: who is the subject, the object, the owner of a noun phrase.

Why a module of its own: every relation rule asks the same few questions of
the parse ("who did this?", "to whom?"), with the same exceptions (passive
voice, coordination, relative clauses, infinitives that borrow their subject).
Answering them once keeps the rules short and consistent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .mentions import Mention

__all__ = ["Clause", "SentenceView"]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
WH_WORDS = {"who", "which", "that", "whom"}
PRONOUNS = {"he", "she", "him", "her", "i", "me"}


@dataclass
class SentenceView:
    """One sentence with its mentions indexed by token, and a pronoun resolver."""

    sent: Any
    at: dict[int, Mention]
    pronoun: Callable[[Any], Mention | None] = field(default=lambda token: None)

    def actors(self, token: Any, owner: bool = True) -> list[Mention]:
        """Actors a noun phrase headed by `token` names, with its conjuncts.

        `owner`: when the phrase itself names nobody, its owner counts
        ("the committee's allegations" -> the committee)."""
        found: list[Mention] = []
        heads = [token, *token.conjuncts]
        for head in list(heads):
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("including", "notably"):
                    heads += [o for o in prep.children if o.dep_ == "pobj"]
        for head in heads:
            found += self._one(head, owner)
        unique: dict[str, Mention] = {}
        for m in found:
            unique.setdefault(m.key, m)
        return list(unique.values())

    def _one(self, token: Any, owner: bool) -> list[Mention]:
        mention = self.at.get(token.i)
        if mention is not None:
            return [mention]
        if token.lower_ in PRONOUNS:
            resolved = self.pronoun(token)
            return [resolved] if resolved is not None else []
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.at:
                return [self.at[child.i]]
        if not owner:
            return []
        for child in token.children:
            if child.dep_ in ("poss", "compound") and child.i in self.at:
                return [self.at[child.i]]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return self.actors(obj, owner=False)
            if child.dep_ == "acl":  # "the allegations made by X"
                agent = Clause.of(child).agent
                if agent is not None:
                    return self.actors(agent, owner=False)
        return []

    def subjects(self, verb: Any) -> list[Mention]:
        """Who does `verb`: its subject, else the subject it borrows."""
        clause = Clause.of(verb)
        if clause.agent is not None:
            return self.actors(clause.agent, owner=False)
        if clause.subject is not None and clause.passive:
            return []
        if clause.subject is not None:
            if clause.subject.lower_ in WH_WORDS and verb.dep_ == "relcl":
                return self.actors(verb.head, owner=False)
            return self.actors(clause.subject, owner=False)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return self.actors(verb.head, owner=False)
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head is not verb:
            parent = verb.head if verb.dep_ != "pcomp" else _governing_verb(verb)
            if parent is not None and parent is not verb:
                return self.subjects(parent)
        return []

    def objects(self, verb: Any, preps: set[str], direct: bool = True) -> list[Mention]:
        """Who undergoes `verb`: direct object, or objects of the given prepositions."""
        clause = Clause.of(verb)
        found: list[Mention] = []
        if clause.passive and clause.subject is not None:
            if clause.subject.lower_ in WH_WORDS and verb.dep_ == "relcl":
                found += self.actors(verb.head, owner=False)
            else:
                found += self.actors(clause.subject, owner=False)
        for child in verb.children:
            if direct and child.dep_ in ("dobj", "dative", "attr") and child.pos_ != "ADP":
                found += self.actors(child)
            elif child.dep_ in ("prep", "dative") and child.lower_ in preps:
                found += [m for obj in child.children if obj.dep_ == "pobj"
                          for m in self.actors(obj)]
        return found


@dataclass
class Clause:
    """Subject, agent and voice of one verb."""

    subject: Any
    agent: Any
    passive: bool

    @classmethod
    def of(cls, verb: Any) -> "Clause":
        subject = agent = None
        passive = False
        for child in verb.children:
            if child.dep_ in SUBJECTS and subject is None:
                subject = child
                passive = passive or child.dep_ == "nsubjpass"
            elif child.dep_ == "auxpass":
                passive = True
            elif child.dep_ == "agent":
                agent = next((g for g in child.children if g.dep_ == "pobj"), None)
        return cls(subject, agent, passive)


def _governing_verb(token: Any) -> Any | None:
    """Nearest verb above `token` ("including by sending" -> "assisting")."""
    node = token.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node is not token and node.dep_ != "prep":
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def ancestors_within(token: Any, limit: int = 12) -> list[Any]:
    """Heads above `token`, nearest first, at most `limit` (guards odd parses)."""
    out = []
    node = token
    for _ in range(limit):
        if node.head is node:
            break
        node = node.head
        out.append(node)
    return out
