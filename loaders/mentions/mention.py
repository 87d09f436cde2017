"""One mention: a stretch of tokens naming one actor, the record every finder produces.

Why a module of its own: the finders (`mentions`, `ner_mentions`, `descriptors`,
`unnamed`) build mentions and every rule reads them; keeping the record and the
two helpers all finders share (a mention from a gazetteer entry, a noun
phrase's left edge) here lets each finder live in its own module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from ...graph.model import normalize_name as _normalize_name
from ..vocabulary import lexicon
from ..vocabulary.gazetteer import GazetteerEntry
from ..vocabulary.morph import lemma

normalize_name = lru_cache(maxsize=65536)(_normalize_name)

__all__ = ["OPERATION_NOUNS", "NAMING_WORDS", "Mention", "from_entry", "left_modifiers",
           "normalize_name", "one_line_name", "age_in_commas", "opens_line", "person_name",
           "same_actor_at", "judging_participles", "entities",
           "sentence_of", "text_of", "tokens_with", "written_within", "long_forms"]

OPERATION_NOUNS = {"campaign", "operation", "network", "botnet"}
"""Nouns a named influence operation is called by ('the Doppelganger campaign'): the
name is the actor, not a modifier of it."""
NAMING_WORDS = ("known as", "called", "dubbed", "named", "nicknamed", "code-named")
"""Words that give the name of what they follow ('the group known as X')."""


def judging_participles(noun: Any) -> list[Any]:
    """The participles on `noun` of a verb that criticizes: 'a resolution condemning X'."""
    return [c for c in noun.children if c.dep_ == "acl"
            and lexicon.VERB_RELATIONS.get(lemma(c.text)) == "CRITICIZED"]


def person_name(text: str) -> str:
    """A person's name as a reader writes it: words printed in capitals title-cased ('Senator
    WONG' in the Australian Hansard is Wong), initials and short words kept."""
    return " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in text.split())


def opens_line(token: Any) -> bool:
    """The token starts its line (past spaces): a resolution's verb after its
    considerations ('proposes that ...'), a measure's title gerund ('Condemning X')."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    return i < 0 or "\n" in doc[i].text or "\n" in doc[i].whitespace_


def text_of(doc: Any) -> str:
    """The text of a parsed document, built once (spaCy's `Doc.text` joins every token
    at each access, which made per-sentence reads quadratic)."""
    cached = doc.user_data.get("figraph_text")
    if cached is None:
        cached = doc.user_data["figraph_text"] = doc.text
    return cached


def entities(doc: Any) -> tuple[Any, ...]:
    """The document's named entities, listed once: `Doc.ents` reads every token and makes a
    new Span for each entity at each access, and the finders ask several times a chunk."""
    cached = doc.user_data.get("figraph_entities")
    if cached is None:
        cached = doc.user_data["figraph_entities"] = tuple(
            part for ent in _joined_portfolios(doc, _joined_people(doc, doc.ents))
            for part in _listed_bodies(ent))
    return cached


SCANDAL_NAME = re.compile(r"^[A-Z][a-z]{3,}gate$")
"""'Qatargate', 'Koreagate': an affair named after Watergate, an event, no actor."""
MAX_NAME_WORDS = 5


def age_in_commas(doc: Any, at: int) -> bool:
    """', 61,' from token `at`: an age set off by commas, as releases and news give one
    after a person's name ('John Q. Harlow, 61, of Arlington')."""
    return at >= 0 and at + 2 < len(doc) and doc[at].text == "," and doc[at + 2].text == "," \
        and doc[at + 1].text.isdigit() and 16 <= int(doc[at + 1].text) <= 100


def one_line_name(doc: Any, start: int, end: int) -> bool:
    """Words that may be one name: no more than a name has, all on one line."""
    return end - start <= MAX_NAME_WORDS and "\n" not in doc[start:end].text


def _joined_people(doc: Any, ents: tuple[Any, ...]) -> tuple[Any, ...]:
    """'Fatma Betul Sayan Kaya': the model may cut a long name into two people that touch.
    Two person entities with nothing between them on one line are one name."""
    out: list[Any] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and ent.label_ == last.label_ == "PERSON" and ent.start == last.end \
                and one_line_name(doc, last.start, ent.end):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return tuple(out)


PORTFOLIO_BODIES = {"committee", "subcommittee", "commission", "ministry", "department",
                    "council", "office"}
"""Bodies named after a portfolio, whose name may join two subjects with 'and'."""
PLACE_OR_PERSON = {"GPE", "PERSON", "NORP", "LOC", "DATE", "FAC"}
MAX_JOINED_WORDS = 4


def _joined_portfolios(doc: Any, ents: tuple[Any, ...]) -> list[Any]:
    """'the Committee on Political Affairs and Democracy', 'the Department of Health and
    Human Services': the model often stops a body's name at 'and'. A name headed by a body
    of a portfolio, then 'and' and a few capitalised words that name no place, person or
    people, ending the phrase, is one name (the model's entity of the second part is
    part of it)."""
    out: list[Any] = []
    skip_to = -1
    for ent in ents:
        if ent.start < skip_to:
            continue
        end = _portfolio_end(doc, ent) if ent.label_ == "ORG" else ent.end
        out.append(ent if end == ent.end else Span(doc, ent.start, end, label="ORG"))
        skip_to = end
    return out


def _portfolio_end(doc: Any, ent: Any) -> int:
    words = [t.lower_ for t in ent]
    if ent.end + 2 > len(doc) or doc[ent.end].lower_ != "and" \
            or not PORTFOLIO_BODIES & set(words) or not {"of", "on", "for"} & set(words):
        return ent.end
    end = ent.end + 1
    while end < len(doc) and end - ent.end <= MAX_JOINED_WORDS and doc[end].is_alpha \
            and doc[end].text[:1].isupper() and doc[end].ent_type_ not in PLACE_OR_PERSON \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
    closed = end == len(doc) or not (doc[end].is_alpha and doc[end].text[:1].isupper()) \
        and doc[end].lower_ not in ("of", "'s", "’s")
    return end if end > ent.end + 1 and end - ent.end <= MAX_JOINED_WORDS and closed \
        else ent.end


CORPORATE_SUFFIXES = {"inc", "ltd", "llc", "llp", "plc", "co", "corp", "ag", "gmbh", "sa",
                      "jr", "sr"}


def _listed_bodies(ent: Any) -> list[Any]:
    """'(Ministry of Defense, Military Information Service, etc.)': the model joins a list
    of bodies into one; each part of two words or more is one (a one-word part, 'Acme,
    Inc.' or 'University of California, Berkeley', keeps the name whole)."""
    commas = [t.i for t in ent if t.text == ","] if ent.label_ == "ORG" else []
    if not commas:
        return [ent]
    bounds = list(zip([ent.start] + [c + 1 for c in commas], commas + [ent.end], strict=True))
    doc = ent.doc
    if any(b - a < 2 or not doc[a].text[:1].isupper()
           or doc[a].lower_.rstrip(".") in CORPORATE_SUFFIXES for a, b in bounds):
        return [ent]
    return [Span(doc, a, b, label=ent.label_) for a, b in bounds]


def tokens_with(doc: Any, attr: int, wanted: Collection[int]) -> list[Any]:
    """The tokens whose `attr` (spaCy's ORTH or LOWER) is one of the string ids `wanted`,
    in order, found on the document's index of that attribute: a Token made for every word
    of a long text costs more than the matching, and one index serves every finder that
    asks (a dozen a chunk), where matching the whole token array each time would not."""
    index = _positions(doc, attr)
    keys = wanted if isinstance(wanted, (set, frozenset)) else set(wanted)
    if len(keys) > len(index):  # (a long list against a short text: walk the text's words)
        hits = [i for key, at in index.items() if key in keys for i in at]
    else:
        hits = [i for key in keys for i in index.get(key, ())]
    return [doc[i] for i in sorted(hits)]


def _positions(doc: Any, attr: int) -> dict[int, list[int]]:
    """String id of `attr` -> the positions of the tokens bearing it, built once per
    document from its token array."""
    indexes = doc.user_data.setdefault("figraph_positions", {})
    index = indexes.get(attr)
    if index is None:
        index = indexes[attr] = {}
        for i, key in enumerate(doc.to_array([attr]).reshape(-1).tolist()):
            index.setdefault(key, []).append(i)
    return index


def tokens_written(doc: Any, words: frozenset[str] | set[str]) -> list[Any]:
    """The tokens whose lower-case form is one of `words` (a rule's trigger words), found on
    the token array: see `tokens_with`."""
    from spacy.attrs import LOWER

    return tokens_with(doc, LOWER, [doc.vocab.strings.add(w) for w in words])


def written_within(doc: Any, word: str, start: int, end: int) -> bool:
    """Whether a token of `doc[start:end]` is `word` in any case. The tokens of each word
    asked about are found once per document on its token array: a rule that reads a rare
    word ('as') somewhere below a verb need not walk the verb's subtree to learn it is
    absent."""
    listed = doc.user_data.setdefault("figraph_written", {})
    positions = listed.get(word)
    if positions is None:
        from spacy.attrs import LOWER

        lows = doc.to_array([LOWER]).reshape(-1)
        positions = listed[word] = (lows == doc.vocab.strings.add(word)).nonzero()[0].tolist()
    at = bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


def sentence_of(token: Any) -> Any:
    """The sentence `token` is in, as `token.sent` gives it, from the document's sentences
    listed once: `Token.sent` walks to both ends of the sentence at each access, and the
    pronoun, quotation and claim rules ask it for token after token."""
    user_data = token.doc.user_data
    listed = user_data.get("figraph_sentences")
    if listed is None:
        sentences = list(token.doc.sents)
        listed = user_data["figraph_sentences"] = ([s.start for s in sentences], sentences)
    starts, sentences = listed
    return sentences[bisect_right(starts, token.i) - 1]


PRIORITY = {"speaker": 0, "name": 1, "seat": 1, "alias": 1, "local": 1, "called": 1, "bill": 1,
            "acronym": 1, "group": 2,
            "descriptor": 2, "lastname": 2, "demonym": 3, "service": 3, "metonym": 3, "ner": 4,
            "unnamed": 4, "operation": 5, "anaphora": 5}


@dataclass
class Mention:
    """One stretch of tokens naming one actor (key filled in or left to coref)."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    type: str
    key: str = ""
    source: str = "text"
    roles: set[str] = field(default_factory=set)
    group: bool = False
    scoped: bool = False
    """Unnamed and group actors belong to one document: their id includes its id."""
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def priority(self) -> int:
        return PRIORITY.get(self.kind, 9)


def same_actor_at(doc: Any, start: int, end: int, kind: str, actor: Mention) -> Mention:
    """A mention of `actor` over other words ('the member for X', an acronym, a field
    office): its key, name, type, roles and attributes, the words' own text."""
    return Mention(start, end, doc[start:end].text, kind, actor.name, actor.type,
                   key=actor.key, source=actor.source, roles=set(actor.roles),
                   attrs=dict(actor.attrs))


def from_entry(doc: Any, start: int, end: int, kind: str, entry: GazetteerEntry) -> Mention:
    return Mention(start, end, doc[start:end].text, kind, entry.name, entry.type,
                   key=normalize_name(entry.name), source="gazetteer", roles=set(entry.roles),
                   attrs={"entry": entry})


QUANTITY_HEADS = {"dozens", "hundreds", "thousands", "scores", "number", "group", "majority",
                  "handful", "some", "many", "several", "all", "most", "few", "none", "one",
                  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
"""'dozens of MPs', 'a number of MPs': words a group is counted with, before 'of'."""


def whole_phrase(doc: Any, head: Any, start: int) -> int:
    """Where the phrase of `head` begins with its article or count: 'the various MPs',
    'dozens of MPs', 'some MEPs' (the surface form a reader would quote)."""
    i = start
    if i > 0 and doc[i - 1].head.i == head.i and doc[i - 1].dep_ in (
            "det", "poss", "predet", "nummod", "amod", "quantmod"):
        i -= 1
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in QUANTITY_HEADS \
            and head.head.i == i - 1:
        i -= 2
        if i > 0 and doc[i - 1].dep_ == "det" and doc[i - 1].head.i == i:
            i -= 1  # 'a number of MPs'
    return i


def left_modifiers(doc: Any, head: Any, start: int) -> int:
    """Extend a noun phrase left over its adjectives and compounds (not its article)."""
    i = start
    while i > 0:
        prev = doc[i - 1]
        if (prev.head.i in (head.i, i) and prev.dep_ in ("amod", "compound", "nmod", "nummod")
                or (prev.head.i >= i and prev.head.i <= head.i
                    and prev.dep_ in ("amod", "compound"))):
            i -= 1
        elif hyphen_joined(doc, i):  # 'the Russian-Canadian community', 'pro-Kremlin'
            i -= 2
        else:
            break
    return i


HYPHENS = {"-", "‑"}


def hyphen_joined(doc: Any, i: int) -> bool:
    """Whether token i and the word before it are joined by a hyphen with no space on
    either side: one word the tokenizer split ('Russian-Canadian', 'Moscow-based')."""
    return i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha


LONG_FORM_TOKENS = 16
"""The longest description of an unnamed actor kept as one of its surface forms."""
FORM_BOUNDARIES = {",", ";", "and", "or", "(", "who", "which", "that", "—", "–"}


def _another_group(conjunct: Any) -> bool:
    """A name, a counted group, or people of another plural noun ('Trump supporters and
    Trump Campaign officials'); 'European leaders and their entourage' is one group."""
    return conjunct.pos_ == "PROPN" or conjunct.tag_ == "NNS" \
        or any(c.dep_ == "nummod" for c in conjunct.children)


def long_forms(doc: Any, start: int, end: int) -> list[str]:
    """'15 entities controlled or owned by the Russian government', 'individuals who
    provided support to Russian military forces': the phrase with what follows its noun,
    cut where a list or a clause goes on, as readers quote the actor (each cut is one form;
    the mention itself stays the noun and its modifiers)."""
    head = doc[end - 1]
    other = {t.i for c in head.children if c.dep_ == "conj" and _another_group(c)
             for t in c.subtree}  # ('six individuals and three entities responsible for
    # ...': a second counted group or a name is none of the first's forms; 'European
    # leaders and their entourage' is one)
    right = max(t.i for t in head.subtree if t.i not in other)
    if other:  # 'two men and three women, aged ...': what follows the second group is
        right = min(right, min(other) - 1)  # both groups', no form of the first
        while right >= end and (doc[right].dep_ == "cc" or doc[right].is_punct):
            right -= 1
    forms = []
    for cut in range(end + 1, min(right + 1, start + LONG_FORM_TOKENS) + 1):
        if cut == right + 1 or doc[cut].lower_ in FORM_BOUNDARIES:
            text = doc[start:cut].text.rstrip(" ,;")
            if "\n" not in text:
                forms.append(text)
    return forms
