"""What a news outlet reported, told as the outlet's account: 'According to The Globe and
Mail, X was ...', 'a report in the Toronto Star said X ...', 'followed a report in The
Globe and Mail that X ...'.

Why: wire stories and encyclopaedias credit the outlet that broke a story instead of
using a reporting verb with the outlet as subject ('The Globe reported that ...', which
the claim rules already read). The outlet reported on the person its account is about:
the subject of the clause it vouches for. Only outlets are read so, and after 'according
to' named bodies whose findings are cited the same way: 'according to committee members'
or 'according to investigators' is a source, not a publication.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.morph import is_stop_form, lemma
from .found import Found, pairs, pobj_actors, unique
from .registry import Sentence, family
from .syntax import Clause, SentenceView

__all__ = ["press_reports"]

STORY_NOUNS = {"report", "reports", "story", "stories", "article", "articles", "investigation",
               "reporting", "exposé", "series"}
SAYING_VERBS = {"say", "says", "said", "state", "stated", "reveal", "revealed", "allege",
                "alleged", "claim", "claimed", "show", "showed", "found"}


TELLING = lexicon.words("press_telling_verbs")
"""Verbs of speaking to an outlet: 'told the Globe and Mail', 'confirmed to The Epoch Times',
'spoke to CBC News'; with 'in an interview with X'."""


def press_reports(view: SentenceView) -> list[Found]:
    found = _interviews(view)
    if "according" not in view.words and view.words.isdisjoint(STORY_NOUNS):
        return found + _coverage(view)  # most sentences cite no outlet
    found += _coverage(view)
    for token in view.tokens:
        if token.lower_ == "according":
            outlets = [m for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
                       for o in p.children if o.dep_ == "pobj"
                       for m in (_story_outlets(view, o) if o.lower_ in STORY_NOUNS
                                 else _outlets(view, o, ACCOUNT_GIVERS))]
            if outlets and token.head.pos_ in ("VERB", "AUX"):
                found += pairs(outlets, _people(view, token.head), "REPORTED_ON",
                               "press:according", token.i)
        elif token.lower_ in STORY_NOUNS:
            found += _story(view, token)
    return found


def _interviews(view: SentenceView) -> list[Found]:
    """'X told ABC TV's Q&A program', 'the police force has confirmed to The Epoch Times',
    'in an interview with the BBC, X said': X SPOKE_WITH the outlet (what X said is read by
    the claim rules; the interview is the tie)."""
    if "interview" not in view.words and not any(lemma(w) in TELLING for w in view.words):
        return []
    found: list[Found] = []
    for token in view.tokens:
        outlets: list[Mention] = []
        verb = token
        if token.pos_ == "VERB" and lemma(token.text) in TELLING:
            outlets = [m for c in token.children if c.dep_ in ("dobj", "dative")
                       for m in view.actors(c) if m.type == "Media"]  # "ABC TV's program"
            outlets += [m for p in token.children if p.dep_ in ("prep", "dative")
                        and p.lower_ in ("to", "with") for m in pobj_actors(view, p)
                        if m.type == "Media"]
        elif token.lower_ == "interview" and token.dep_ == "pobj":
            outlets = [m for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
                       for m in pobj_actors(view, p) if m.type == "Media"]
            verb = token.head.head
        if outlets and verb.pos_ in ("VERB", "AUX"):
            speakers = [m for m in view.subjects(verb) if m.type != "Media"]
            found += pairs(speakers, outlets, "SPOKE_WITH", "press:interview", token.i)
    return found


def _story_outlets(view: SentenceView, noun: Any) -> list[Mention]:
    """The outlet whose story a noun names: 'a report in X', 'a story by X', 'a Globe and
    Mail report', "the Star's investigation"."""
    named = [m for c in noun.children if c.dep_ in ("compound", "poss", "nmod")
             for m in _outlets(view, c)]
    return named + [m for p in noun.children if p.dep_ == "prep"
                    and p.lower_ in ("in", "by", "from")
                    for o in p.children if o.dep_ == "pobj" for m in _outlets(view, o)]


def _story(view: SentenceView, noun: Any) -> list[Found]:
    """'a report in X said that Y ...' / 'a report in X that Y ...'."""
    outlets = _story_outlets(view, noun)
    if not outlets:
        return []
    clauses = []
    if noun.dep_ == "nsubj" and noun.head.lower_ in SAYING_VERBS:  # 'a report in X said'
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp"]
    clauses += [c for c in noun.children if c.dep_ in ("acl", "ccomp") and _marked(c)]
    governor = noun.head
    if noun.dep_ in ("dobj", "pobj"):  # 'followed a report in X, citing ..., that Y was'
        clauses += [c for c in governor.children if c.dep_ in ("advcl", "ccomp")
                    and c.i > noun.i and _marked(c)]
    people = [m for c in clauses for m in _people(view, c)]
    return list(pairs(outlets, people, "REPORTED_ON", "press:story", noun.i))


COVERAGE_VERBS = lexicon.words("coverage_verbs")
WRITERS = ("Person", "Media", "Organization")
"""Who writes or publishes what a text cites: a journalist, an outlet, a research group."""
WRITING_VERBS = lexicon.words("writing_verbs")


def _coverage(view: SentenceView) -> list[Found]:
    """Who published what a sentence says they covered, when one of the verbs is written
    in it (most sentences have none)."""
    if not any(is_stop_form(word, COVERAGE_VERBS) for word in view.words):
        return []
    return _covered_by(view) + _story_covers(view)


def _covered_by(view: SentenceView) -> list[Found]:
    """'X was first reported by The Guardian', 'X was mentioned in a 2015 article by Jane
    Roe in The New York Times': whoever wrote or published it reported on X."""
    found: list[Found] = []
    for verb in view.tokens:
        if verb.pos_ != "VERB" or lemma(verb.text) not in COVERAGE_VERBS \
                or not Clause.of(verb).passive or Clause.of(verb).subject is None:
            continue
        said_by = WRITERS if lemma(verb.text) in WRITING_VERBS else ("Media",)
        writers = [m for m in view.subjects(verb) if m.type in said_by]  # ('mentioned by X
        # in a speech': no coverage)
        writers += [m for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "by")
                    for o in p.children if o.dep_ == "pobj"
                    for m in (_story_writers(view, o) if o.lower_ in STORY_NOUNS
                              else _outlets(view, o) if p.lower_ == "in" else [])]
        covered = view.actors(Clause.of(verb).subject, owner=False)
        found += pairs(unique(writers), covered, "REPORTED_ON", "press:covered", verb.i)
    return found


def _story_covers(view: SentenceView) -> list[Found]:
    """'A 2015 article by Jane Roe in The New York Times described X': the story's writer
    and outlet reported on X."""
    found: list[Found] = []
    for noun in view.tokens:
        verb = noun.head
        if noun.lower_ not in STORY_NOUNS or noun.dep_ != "nsubj" \
                or lemma(verb.text) not in COVERAGE_VERBS:
            continue
        covered = [m for c in verb.children if c.dep_ == "dobj" for m in view.actors(c)]
        found += pairs(_story_writers(view, noun), covered, "REPORTED_ON", "press:story-covers",
                       noun.i)
    return found


def _story_writers(view: SentenceView, noun: Any) -> list[Mention]:
    """The writer and the outlet of a story: 'an article by Jane Roe in The Times'."""
    by = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
          for o in p.children if o.dep_ == "pobj"]
    by += [o for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN"  # 'the report
           for p in v.children if p.dep_ == "agent"  # issued by X'
           for o in p.children if o.dep_ == "pobj"]
    writers = [m for o in by for m in view.actors(o, owner=False) if m.type in WRITERS]
    outlets = [m for o in by for p in o.children if p.dep_ == "prep" and p.lower_ == "in"
               for m in pobj_actors(view, p) if m.type == "Media"]  # 'by X in The Times'
    return unique(writers + outlets + _story_outlets(view, noun))


def _marked(verb: Any) -> bool:
    """A content clause: 'that Y was ...'."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


ACCOUNT_GIVERS = ("Media", "Organization", "Agency", "Committee", "Commission")
"""'According to X, Y ...': outlets, and the named research bodies, agencies and
committees whose findings a text cites the same way ('according to the Robert Lansing
Institute')."""


def _outlets(view: SentenceView, token: Any, givers: tuple[str, ...] = ("Media",)
             ) -> list[Mention]:
    return [m for m in view.actors(token, owner=False) if m.type in givers and not m.scoped]


def _people(view: SentenceView, verb: Any) -> list[Mention]:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    return [m for m in view.actors(subject, owner=False) if m.type == "Person"]


@family("press", 80)
def _press_family(s: Sentence) -> Iterable[Found]:
    return press_reports(s.view)
