"""Bodies a state's demonym describes before their name: owned by it, or acting for it.

Why: news and reports introduce a body by what it is before its name ('the Ruritanian
state-owned news agency Harbour Wire', 'the Russian influence operation Grey Heron'); that
description is the text's only statement of whose the body is. Only words that say the
state owns, runs or backs the body tie it to that state: a demonym alone is a nationality
('the German firm X', 'the Norwegian newspaper Y') and ties nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..mentions.mention import Mention
from ..vocabulary import lexicon
from ..vocabulary.gazetteer import Gazetteer
from .found import Builtin, Found, pairs
from .registry import Sentence, family
from .syntax import SentenceView, such_as

__all__ = ["state_described_bodies"]

OWNING = lexicon.words("state_owning_phrases")
BACKING = lexicon.words("state_backing_phrases")
TRIGGERS = frozenset(word for phrase in OWNING | BACKING
                     for word in phrase.replace("-", " ").split())
"""Words one of the phrases needs: a sentence with none of them is not read further."""
BODY_TYPES = ("Organization", "Media", "Agency", "Party")
DESCRIPTION_TOKENS = 8
"""The longest description read between the demonym and the name."""


def state_described_bodies(view: SentenceView, gazetteer: Gazetteer,
                           builtin: Builtin) -> Iterator[Found]:
    """State CONTROLS a body its description says it owns or runs; a body AFFILIATED_WITH
    the state its description says backs it or whose operation it is."""
    if view.words.isdisjoint(TRIGGERS):
        return
    for body in view.mentions:
        if body.type not in BODY_TYPES or body.kind in ("anaphora", "demonym", "unnamed"):
            continue
        described = _describing_state(view, body, gazetteer, builtin)
        if described is None:
            continue
        state, words = described
        if any(phrase in words for phrase in OWNING):
            yield from pairs([state], [body], "CONTROLS", "described:state-owned", body.start)
        elif any(phrase in words for phrase in BACKING):
            yield from pairs([body], [state], "AFFILIATED_WITH", "described:state-backed",
                             body.start)


def _describing_state(view: SentenceView, body: Mention, gazetteer: Gazetteer,
                      builtin: Builtin) -> tuple[Mention, str] | None:
    """The state whose demonym opens the lower-case description right before `body`'s
    name, and that description ('state-owned national news agency')."""
    doc = view.sent.doc
    end = _example_of(view, body)  # 'Russian state media outlets such as RT and Sputnik'
    i = end - 1
    while i >= view.sent.start and end - i <= DESCRIPTION_TOKENS:
        owner = view.at.get(i)
        if owner is not None and owner.kind == "anaphora" and doc[i].is_lower:
            owner = None  # 'news agency' read as a reference to some agency: a word here
        if owner is not None and owner is not body:
            if owner.type != "State" or not doc[owner.start].text[:1].isupper():
                return None
            words = doc[owner.start + 1:end].text.lower()
            return (owner, words) if words else None
        token = doc[i]
        if token.text[:1].isupper():  # a demonym no mention rule made an actor
            state = gazetteer.state_of_demonym_at(token)
            words = doc[i + 1:end].text.lower()
            return (builtin(state, "State"), words) if state and words else None
        if not (token.is_lower or token.text == "-"):
            return None  # a comma, a number or another name: no description
        i -= 1
    return None


EXAMPLE_MARKERS = {"including", "like"}
"""Words that open examples, beside 'such as' (`syntax.such_as`)."""
LIST_WORDS = {",", "and", "or", "the"}


def _example_of(view: SentenceView, body: Mention) -> int:
    """Where the description of `body` ends: right before its name, or, when the name is
    one of the examples a plural description lists ('state-sponsored networks, such as
    X and Y'), before the marker that opens the examples (and its comma)."""
    doc = view.sent.doc
    i = body.start - 1
    while i > view.sent.start and (doc[i].lower_ in LIST_WORDS or i in view.at
                                   and view.at[i].type in BODY_TYPES):
        i -= 1  # back over the examples named before this one
    if such_as(doc[i]):
        i -= 1
    elif doc[i].lower_ not in EXAMPLE_MARKERS:
        return body.start
    if i > view.sent.start and doc[i - 1].text == ",":
        i -= 1
    return i if i > view.sent.start and doc[i - 1].tag_ in ("NNS", "NNPS") else body.start


@family("state-described bodies", 32)
def _state_described_family(s: Sentence) -> Iterator[Found]:
    return state_described_bodies(s.view, s.gazetteer, s.builtin)
