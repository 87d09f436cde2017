"""Relations a body's own report or transcript implies without naming the body.

Why: a commission's report says "Mr. Chiu testified that ..." and footnotes
"Testimony of CSIS Director David Vigneault", and "The evidence shows that the
PRC is the most active perpetrator": the hearing body and the finder are the
document's author, named once on its title page. The author is recognised only
when a line of the title block is exactly the body's name (a headline that merely
mentions it does not count), so news stories about a committee keep their
speakers' testimony unassigned.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...graph.model import normalize_name
from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.gazetteer import Gazetteer, GazetteerEntry
from ..vocabulary.morph import lemma
from .found import Found, pairs, unique
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["document_author", "authored_relations"]

AUTHOR_TYPES = ("Commission", "Committee")
TITLE_BLOCK_LINES = 4
IMPERSONAL_FINDERS = {"evidence", "intelligence", "i", "we"}
"""Subjects of a finding that stand for the report's author: 'The evidence shows that'."""
SHOWING_VERBS = {"show", "indicate", "find", "conclude", "establish", "demonstrate",
                 "suggest", "reveal"}
ABOUT_TYPES = ("Person", "State", "Government", "Party", "Agency", "Organization")
HEAD_LABELS = {"commissioner", "commissioners", "chair", "chairs", "co-chairs", "chairperson",
               "chairman", "chairwoman", "president", "director"}
"""'Commissioner: The Honourable X' on a report's title page: X heads the author."""


def document_author(text: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The commission or committee whose exact name is a line of the title block."""
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()]
    bodies = _body_names(gazetteer)
    for line in lines[:TITLE_BLOCK_LINES]:
        entry = bodies.get(normalize_name(line)) if len(line) < 160 else None
        if entry is not None:
            return entry
    return None


_BODIES: dict[int, dict[str, GazetteerEntry]] = {}


def _body_names(gazetteer: Gazetteer) -> dict[str, GazetteerEntry]:
    """Normalized names and aliases of the commissions and committees, built once."""
    key = id(gazetteer)
    if key not in _BODIES:
        _BODIES[key] = {normalize_name(form): entry for entry in gazetteer.entries.values()
                        if entry.type in AUTHOR_TYPES for form in [entry.name, *entry.aliases]}
    return _BODIES[key]


def authored_relations(view: SentenceView, author: Mention, found: list[Found]) -> list[Found]:
    """Testimony with no body named is given before the author; impersonal findings
    ('the evidence shows that X ...') are the author's report on X."""
    testified = {f.source.key for f in found if f.type == "TESTIFIED_BEFORE"}
    out: list[Found] = _head_label(view, author)
    for token in view.tokens:
        low = token.lower_
        if token.pos_ in ("VERB", "AUX") and lemma(token.text) == "testify":
            people = [m for m in view.subjects(token) if m.type == "Person"]
        elif token.pos_ == "VERB" and lemma(token.text) == "hear" and _said_by_author(token):
            people = [m for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                      for o in p.children if o.dep_ == "pobj"  # 'We heard from X'
                      for m in view.actors(o, owner=False) if m.type == "Person"]
        elif low in ("testimony", "evidence") and token.pos_ in ("NOUN", "PROPN"):
            people = [m for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"
                      for m in view.actors(o, owner=False) if m.type == "Person"]
        else:
            people = []
        out += pairs([p for p in people if p.key not in testified], [author],
                     "TESTIFIED_BEFORE", "author:testimony", token.i)
        if token.pos_ == "VERB" and lemma(token.text) in SHOWING_VERBS and any(
                c.dep_ == "nsubj" and c.lower_ in IMPERSONAL_FINDERS for c in token.children):
            about = [m for clause in token.children if clause.dep_ == "ccomp"
                     for s in _found_subjects(clause)
                     for m in view.actors(s) if m.type in ABOUT_TYPES]
            out += pairs([author], about, "REPORTED_ON", "author:finding", token.i)
    return out


def _said_by_author(verb: Any) -> bool:
    """'We heard from X' / 'I heard from X' in the author's own voice."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _found_subjects(clause: Any) -> list[Any]:
    """Who a finding is about: its clause's subject; after an expletive 'there was
    activity by X', the doer the noun names ('by X', 'of X')."""
    subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "expl" for c in clause.children):
        subjects += [o for a in clause.children if a.dep_ in ("attr", "nsubj")
                     for p in a.children if p.dep_ == "prep" and p.lower_ in ("by", "of")
                     for o in p.children if o.dep_ == "pobj"]
    return subjects


def _head_label(view: SentenceView, author: Mention) -> list[Found]:
    """A title-page line 'Commissioner: The Honourable X' (the label, a colon, then only
    names): X heads the body the document is by. A speaker's turn ('The Chair: Welcome')
    says more than names, so it is not read so."""
    tokens = [t for t in view.tokens if not t.is_space]
    colon = next((i for i, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or not 1 <= colon <= 2 or tokens[colon - 1].lower_ not in HEAD_LABELS:
        return []
    rest = tokens[colon + 1:]
    people = [view.at[t.i] for t in rest if t.i in view.at and view.at[t.i].type == "Person"]
    if not people or any(t.i not in view.at and t.lower_ not in lexicon.HONORIFICS
                         and t.lower_ not in (",", "and", ".") for t in rest):
        return []
    return list(pairs(list({m.key: m for m in people}.values()), [author], "HEADS",
                      "author:head-label", tokens[colon].i))


@family("authored", 300)
def _authored_family(s: Sentence) -> list[Found]:
    author = s.extras.get("author")
    if author is None:
        return []
    return authored_relations(s.view, s.builtin(author.name, author.type), s.found)


REPORTING_PAPERS = lexicon.words("authored_paper_nouns") | {"assessment", "analysis", "study"}
"""A body's papers that report on what they are about (the papers a body noun before them
names the author of, and studies)."""
TOPIC_PREPS = {"on", "about", "concerning", "regarding"}


def paper_relations(view: SentenceView) -> Iterator[Found]:
    """'the Commission communication on Georgia', 'the committee's report on Russia', 'the
    Commission opinion on Georgia's application': the body whose paper it is reported on
    what the paper is about (whoever's application or conduct it treats)."""
    if view.words.isdisjoint(REPORTING_PAPERS):
        return
    for token in view.tokens:
        if token.lower_ not in REPORTING_PAPERS or token.pos_ not in ("NOUN", "PROPN"):
            continue  # ('its Report on China': a paper's title is capitalised)
        authors = [view.at[c.i] for c in token.children
                   if c.dep_ in ("poss", "compound") and c.i in view.at] or _publisher(view, token)
        if not authors:
            continue
        holders = [token] + ([token.head] if token.dep_ == "dobj" and lemma(
            token.head.lower_) in PUBLISHING_VERBS else [])  # ('published its Report on X':
        topics = [m for h in holders for p in h.children  # the parser hangs 'on X' on the
                  if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS  # verb)
                  for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=True)]
        keys = {a.key for a in authors}
        yield from pairs(unique(authors), [t for t in unique(topics) if t.key not in keys],
                         "REPORTED_ON", "paper:on", token.i)


PUBLISHING_VERBS = lexicon.words("publishing_verbs")


def _publisher(view: SentenceView, paper: Any) -> list[Mention]:
    """'The Committee published its Report on China': who publishes their own paper (the
    object owned by 'its' or 'their') wrote it."""
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in paper.children)
    verb = paper.head
    if not own or paper.dep_ != "dobj" or lemma(verb.lower_) not in PUBLISHING_VERBS:
        return []
    return [m for m in view.subjects(verb) if m.type not in ("Person", "State")]


@family("papers", 120)
def _papers_family(s: Sentence) -> list[Found]:
    return list(paper_relations(s.view))
