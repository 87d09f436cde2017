"""From a Document to an Extraction: canonical actors and evidenced relations.

Flow for one document: split very long texts at paragraph breaks -> run spaCy
once per chunk (parser for sentences and syntax, NER; no lemmatizer) ->
mentions (gazetteer, NER, role phrases) -> in-document resolution -> per
sentence: verb, noun and title rules -> claimant and status -> `assemble`
keeps the actors that play a role and builds the edges with their evidence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from ..graph.model import Document, Extraction, is_allegation, normalize_name
from .assemble import Assembler
from .mentions.descriptors import label_offices
from .mentions.find import Mention, MentionFinder
from .mentions.kin import resolve_kin
from .mentions.mention import text_of, tokens_written
from .mentions.ner import POST_NOMINALS
from .relations.authored import document_author
from .relations.claims import (
    Claim,
    accused_by,
    asked,
    claim_for,
    looked_into,
    reported_on,
    sentence_hedges,
    told_hostility,
    unsaid,
)
from .relations.fields import FieldReader, block_subject
from .relations.found import heads_of_offices
from .relations.hostility import hostile_doers
from .relations.judged import spare_victims
from .relations.kin import kin_ties, through_family
from .relations.registry import Sentence, families
from .relations.signatories import (
    byline_relations,
    replaced_motion_relations,
    signatory_relations,
    sponsor_relations,
)
from .relations.speakers import speaker_relations
from .relations.syntax import SentenceView
from .relations.verbs import keyed_tokens
from .resolution.coref import OfficeHolder, home_government_mention, resolve_mentions
from .resolution.leads import lead_person
from .resolution.named_later import name_described_people
from .resolution.pairs import refer_to_named_people
from .resolution.pronouns import (
    CLASSES,
    SAYING,
    note_genders,
    object_person,
    pronoun_resolver,
    quote_marks,
    quote_speaker,
    subject_body,
    subject_people,
    subject_person,
)
from .resolution.resolutions import resolution_clause, resolving_body
from .resolution.same_actor import refer_to_the_same_actor
from .resolution.titled import refer_to_titled_people
from .text.lines import MAX_FIELDS, fields, header, line_spans, page_title
from .text.parsing import CHUNK_CHARS, MAX_SENTENCE_TOKENS, MODELS, UNUSED, chunks, load_nlp
from .text.textprep import masked
from .text.transcript import MAX_LABELS, SpeakerTurns, speaker_lines
from .vocabulary import lexicon, locales, offices
from .vocabulary.gazetteer import Gazetteer
from .vocabulary.morph import is_stop_form, lemma

__all__ = ["Extractor", "load_nlp", "chunks", "MODELS", "UNUSED", "MAX_SENTENCE_TOKENS"]

@dataclass
class _Chunk:
    """What one chunk's sentences are read against: its actors and who speaks."""

    mentions: list[Mention]
    label_relations: list[Any]
    turns: SpeakerTurns
    topic: Mention | None
    about: Mention | None
    author: Mention | None
    issuer: Mention | None
    doc_types: dict[str, list[Mention]]
    resolver: Mention | None = None
    """The body whose resolution the text is ('The European Parliament,' above its
    paragraphs): the subject its numbered paragraphs leave out."""


def _by_type(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """Node type -> the distinct actors of that type the chunk names, each by its first
    mention as an actor (a country in the headline only, then acting below, is the
    latter)."""
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        kinds = out.setdefault(m.type, [])
        at = next((n for n, o in enumerate(kinds) if o.key == m.key), None)
        if at is None:
            kinds.append(m)
        elif _in_passing(kinds[at]) and not _in_passing(m):
            kinds[at] = m
    return out


def _labels_first(turns: SpeakerTurns, holder: OfficeHolder) -> OfficeHolder:
    """An office a speaker label of the transcript gives is that speaker's (two speakers'
    labels giving it: no one's); any other is its holder on the document's date."""
    def holder_of(title: str) -> Mention | None:
        return turns.offices[title] if title in turns.offices else holder(title)
    return holder_of


def _in_passing(m: Mention) -> bool:
    return any(m.attrs.get(flag) for flag in ("incidental", "place", "header"))


class Extractor:
    """Turns documents into extractions; spaCy and the matchers are built once."""

    def __init__(self, gazetteer: Gazetteer | None = None, nlp: Any = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        self._nlp = nlp
        self._finder: MentionFinder | None = None
        self._families = families()
        self._accuser: Mention | None = None
        self._sanctioner: Mention | None = None
        """Who made the document's latest allegation: what 'denied the allegations' answers."""
        self._issuer: Mention | None = None
        """The body the document speaks for (`_issuer`), kept for its later chunks."""

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

        def pieces() -> Iterator[tuple[str, tuple[int, Document, int, int, str, str]]]:
            for index, document in enumerate(documents):
                parts = chunks(masked(document.text), limit)
                address = header(document.text).url_text(document.text)  # (the masked
                for text, offset in parts:  # text blanks it)
                    yield text, (index, document, offset, len(parts), text, address)

        current: Assembler | None = None
        current_index = -1
        for spacy_doc, (index, document, offset, n_parts, text, address) in self.nlp.pipe(
                pieces(), as_tuples=True, batch_size=batch_size, disable=disable):
            spacy_doc.user_data["figraph_text"] = text  # `text_of`: the parsed text as given
            # (spaCy keeps every character), not rebuilt token by token
            spacy_doc.user_data["figraph_address"] = address
            if index != current_index:
                if current is not None:
                    yield current.finish()
                current = Assembler(document, self.gazetteer)
                current_index = index
                if n_parts > 1:
                    current.warn(f"{document.id}: long text read in {n_parts} chunks")
            assert current is not None
            if offset == 0:
                current.locale = locales.detect(
                    document.text, self.finder.countries(spacy_doc),
                    partial(self.finder.states_named, spacy_doc)) or locales.of_dateline(
                    document.text, self.gazetteer.state_of_metonym, self._demonym_of)
            with locales.using(current.locale):
                self._read_chunk(spacy_doc, offset, current)
        if current is not None:
            yield current.finish()

    # -- one chunk -----------------------------------------------------------------

    def _read_chunk(self, doc: Any, offset: int, out: Assembler) -> None:
        """One parsed chunk: its actors (found, resolved, attributed), then each sentence
        read by every family."""
        self._author = document_author(out.document.text, self.gazetteer)
        if offset == 0:
            self._accuser = self._sanctioner = None
        chunk = self._actors_of(doc, offset, out)
        out.add_mentions(chunk.mentions)
        for found in chunk.label_relations:
            out.add(found, None, doc, offset)
        self._walk(doc, offset, out, chunk)
        linked = {key for edge in out.edges.values() for key in (edge.source, edge.target)}
        for found in kin_ties(chunk.mentions, linked):
            out.add(found, None, doc, offset)

    def _actors_of(self, doc: Any, offset: int, out: Assembler) -> _Chunk:
        """Mentions of the chunk, resolved to actors; the document's subject, speakers and
        issuer, for the pronouns and the nouns that stand for them."""
        mentions = [m for m in self.finder.find(doc) if _keyable(m)]
        turns = SpeakerTurns()
        label_relations = speaker_relations(doc, mentions, turns, self.gazetteer, out.builtin)
        if offset == 0:
            out.dates = _document_dates(out.document)
        mentions = sorted(mentions + label_offices(doc, mentions, list(turns.offices)),
                          key=lambda m: m.start)
        mentions = resolve_mentions(mentions, self._home_government(out), self._home_bodies(),
                                    _labels_first(turns, self._office_holder(out)),
                                    hearing=bool(turns))
        label_relations += signatory_relations(doc, mentions) + sponsor_relations(doc, mentions) \
            + byline_relations(doc, mentions) + replaced_motion_relations(doc, mentions)
        if offset == 0:
            mentions = lead_person(doc, mentions)
        mentions = refer_to_titled_people(doc, refer_to_named_people(doc, mentions))
        mentions = name_described_people(doc, refer_to_the_same_actor(doc, mentions))
        field_items = self._field_lines(doc, out)
        block = block_subject(doc, field_items, mentions) if field_items else None
        self._fields = FieldReader(doc, field_items, mentions, block)
        mark_places(doc, mentions)
        if offset == 0:
            _mark_header(doc, mentions, field_items)
        topic = _title_person(doc, mentions) if offset == 0 else None
        if topic is None and block is not None and block.type == "Person":
            topic = block
        about = block if block is not None and block.type in ORG_SUBJECTS else \
            _title_body(doc, mentions) if offset == 0 else None
        if about is not None:
            _subject_anaphora(mentions, about, text_of(doc).split("\n", 1)[0])
        resolve_kin(doc, mentions, turns, topic)
        mentions = [m for m in mentions if m.key]  # 'the group' in no article about a group
        author = _signed_person(doc, mentions) if offset == 0 else None
        if author is not None:  # who signs a release or a report is one of its actors
            for m in mentions:
                if m.key == author.key:
                    m.attrs = {k: v for k, v in m.attrs.items() if k != "header"}
        if offset == 0:
            self._issuer = _issuer(doc, mentions, out.document) if not turns else None
            if self._issuer is None and author is not None:
                self._issuer = _speakers_body(doc, mentions, author)
        return _Chunk(
            mentions=mentions, label_relations=label_relations, turns=turns, topic=topic,
            about=about, author=author, issuer=self._issuer if offset == 0 else None,
            doc_types=_by_type(mentions), resolver=resolving_body(doc, mentions))

    def _field_lines(self, doc: Any, out: Assembler) -> list[Any]:
        text = text_of(doc)
        labels = speaker_lines(text)
        starts = {text.rfind("\n", 0, line.start) + 1 for line in labels}
        field_items = [f for f in fields(text) if text.rfind("\n", 0, f.start) + 1 not in starts]
        # 'NUNES:' or 'Deputy Mary Lou McDonald:' opens a turn of speech, not an infobox field
        if len(field_items) >= MAX_FIELDS:
            out.warn(f"{out.document.id}: over {MAX_FIELDS} field lines; the first are read "
                     "as fields, the rest as prose")
        if len(labels) >= MAX_LABELS:
            out.warn(f"{out.document.id}: {len(labels)} speaker or list lines; only the "
                     f"first {MAX_LABELS} are read as labels")
        return field_items

    def _walk(self, doc: Any, offset: int, out: Assembler, chunk: _Chunk) -> None:
        """Each sentence in order, with who 'he', 'it', 'I' and 'we' can be there."""
        last_body: Mention | None = None
        previous_person: Mention | None = None
        last_subject: Mention | None = None
        last_people: Mention | None = None
        pronouns_before: dict[str, Mention | None] = {}
        gendered = tokens_written(doc, GENDERED_PRONOUNS)
        g = 0
        previous_body = chunk.about
        home_state = self._home_state(out)
        speaker: Mention | None = None
        keyed = keyed_tokens(doc)
        chunk_text = text_of(doc)
        mentions = chunk.mentions
        genders: dict[str, str] = {}
        note_genders(doc, mentions, genders)
        index = k = 0
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
            speaker = _statement_speaker(sent, in_sent, speaker, chunk_text) \
                or _closing_sayer(sent, chunk_text, mentions, index)
            implied = resolution_clause(sent, chunk.resolver)
            pronouns_here: dict[str, Mention | None] = {}
            view = SentenceView(sent, in_sent, pronoun_resolver(
                in_sent, previous_person, previous_body, chunk.turns, chunk.topic, last_subject,
                chunk.author, speaker, chunk.issuer, implied[1] if implied else None,
                genders, last_people, pronouns_before, pronouns_here, home_state),
                implied=implied)
            if in_sent or view.implied is not None or _has_pronoun(sent):
                voice = chunk.turns.at(sent.end_char - 1) if chunk.turns else None  # (a
                # sentence the parser runs on from a label line belongs to the turn it opens)
                self._sentence(view, chunk.doc_types, home_state, last_body, doc, offset, out,
                               tokens, speaker, voice)
            for m in in_sent.values():
                if m.type in ("Committee", "Commission", "Agency"):
                    last_body = m
            last_subject = subject_person(sent, in_sent)
            last_people = subject_people(sent, in_sent, view.pronoun)
            pronouns_before = {}
            while g < len(gendered) and gendered[g].i < sent.end:  # each 'her' and 'his'
                view.pronoun(gendered[g])  # resolved, for the next sentence's
                kind = CLASSES[gendered[g].lower_]
                if last_subject is not None and gendered[g].i >= last_subject.end \
                        and kind not in pronouns_before:  # ('John Stone was her friend';
                    pronouns_before[kind] = pronouns_here.get(kind)  # not 'In his report,
                g += 1  # X said', whose 'his' comes before the subject it may be)
            previous_person = last_subject or object_person(sent, in_sent) or previous_person
            previous_body = subject_body(sent, in_sent) or chunk.about

    def _sentence(self, view: SentenceView, doc_types: dict[str, list[Mention]],
                  home_state: Mention | None, last_body: Mention | None, doc: Any, offset: int,
                  out: Assembler, tokens: list[Any], speaker: Mention | None = None,
                  voice: Mention | None = None) -> None:
        """Every registered family reads the sentence, in order; then claims and evidence;
        then the hostile acts it tells, an accusation by whoever tells them (`voice`: the
        speaker of the transcript's turn)."""
        sentence = Sentence(view, doc_types, home_state, self.gazetteer, out.builtin, tokens,
                            extras={"fields": self._fields, "author": self._author,
                                    "issuer": self._issuer,
                                    "speaker": speaker, "voice": voice,
                                    "accuser": self._accuser,
                                    "sanctioner": self._sanctioner})
        for registered in self._families:
            sentence.found += [f for f in registered.read(sentence)
                               if not unsaid(view.sent.doc[f.anchor]) and not (
                                   f.type != "CALLED_ON" and asked(view.sent.doc[f.anchor]))]
        found = [f for f in spare_victims(view.sent.doc, heads_of_offices(sentence.found))
                 if not (f.type == "INTERFERED_IN" and looked_into(view.sent.doc[f.anchor]))]
        # 'investigations into Russian interference': the inquiry is stated, not what it
        # looks into
        found = found + through_family(found)
        hedges = sentence_hedges(view.sent, view.words, view.tokens) if found else []
        for item in found:
            claim = claim_for(view, item, last_body, hedges, quoted_by=speaker)
            out.add(item, claim, doc, offset)
            if claim.claimant is not None and is_allegation(item.type):
                self._accuser = claim.claimant  # whom 'denied the allegations' answers
            if item.type == "SANCTIONED" and item.rule.startswith(("verb:", "light:")):
                self._sanctioner = item.source  # who 'X was also designated' is by
            extra = reported_on(claim, item)
            if extra is not None:
                out.add(extra, None, doc, offset)
            accusation = accused_by(claim, item, view.sent.doc[item.anchor])
            if accusation is not None:
                out.add(accusation, Claim(claim.claimant, claim.verb, "alleged", claim.hedges),
                        doc, offset)
            elif voice is not None and claim.claimant is None and item.rule.startswith("noun:") \
                    and item.type in ("INTERFERED_IN", "TARGETED"):  # a turn's speaker telling
                told = told_hostility(view, item.source, item.anchor, last_body, speaker, voice)
                if told is not None:  # of 'the egregious Russian interference' accuses Russia
                    out.add(told[0], told[1], doc, offset)
        for doer, anchor in hostile_doers(view):
            told = told_hostility(view, doer, anchor, last_body, speaker, voice)
            if told is not None:
                out.add(told[0], told[1], doc, offset)

    def _demonym_of(self, state: str) -> str:
        """'Swedish' for Sweden: a dateline's country's people, for its parliamentarians."""
        entry = self.gazetteer.get(state)
        return entry.demonyms[0] if entry is not None and entry.demonyms else ""

    def _home_state(self, out: Assembler) -> Mention | None:
        here = locales.current()
        return out.builtin(here.state, "State") if here is not None and here.state else None

    def _home_bodies(self) -> dict[str, Mention]:
        """'the House' / 'the Senate' when no house is named: the document's country's
        (see `locales`); a body the gazetteer lacks is an actor under the locale's name."""
        here = locales.current()
        out = {}
        for noun, (name, kind) in (here.bodies.items() if here is not None else ()):
            entry = self.gazetteer.get(name)
            out[noun] = Mention(0, 0, f"the {noun}", "anaphora", entry.name if entry else name,
                                entry.type if entry else kind, key=normalize_name(name),
                                source="gazetteer" if entry else "locale",
                                attrs={"entry": entry} if entry else {})
        return out

    def _office_holder(self, out: Assembler) -> OfficeHolder:
        """'the Prime Minister' -> its holder in the document's country on its dates."""
        here = locales.current()

        def holder_of(title: str) -> Mention | None:
            name = offices.holder(here.state, title, out.dates) if here is not None else None
            if name is None:
                return None
            entry = self.gazetteer.get(name)
            attrs: dict[str, Any] = {"entry": entry} if entry else {}
            body = offices.office_body(here.state, title) if here is not None else None
            if body is not None:
                attrs["office_body"] = body  # 'the commissioner of the RCMP' heads the RCMP
            return Mention(0, 0, title, "office", entry.name if entry else name, "Person",
                           key=normalize_name(name), source="gazetteer" if entry else "text",
                           attrs=attrs)
        return holder_of

    def _home_government(self, out: Assembler) -> Mention | None:
        here = locales.current()
        if here is None or not here.government:
            return None
        entry = self.gazetteer.get(here.government)
        mention = home_government_mention(entry.name if entry else here.government,
                                          here.government_type)
        if entry is not None:
            mention.attrs = {"entry": entry}
        return mention


PLACE_PREPS = {"in", "at", "from", "into", "across", "throughout", "within", "near", "outside",
               "around", "inside"}
"""'based in Belgium', 'journalists from Israel': a country named as a place, not an actor."""


SCHOOLING_VERBS = lexicon.words("schooling_verbs") | {"degree", "degrees"}
"""'graduated from La Trobe University': a school in a biography is where, not who."""


INLINE_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,4})[ \t]+[-–—][ \t]+(?=[A-Z“\"])",
    re.MULTILINE)
"""'Washington, DC - After three hours ...', 'OTTAWA — The RCMP ...': the place a release
was issued from, written before the first sentence of a paragraph."""


def _dateline_spans(doc: Any) -> list[tuple[int, int]]:
    text = text_of(doc)
    if " - " not in text and "–" not in text and "—" not in text:
        return []
    return [m.span("place") for m in INLINE_DATELINE.finditer(text)]


def mark_places(doc: Any, mentions: list[Mention]) -> None:
    """Flag mentions in passing: states that only say where something is or happened,
    schools a person attended, the place of an inline dateline."""
    datelines = _dateline_spans(doc)
    states = {i for m in mentions if m.type == "State" for i in range(m.start, m.end)}
    hosted = {i for m in mentions if m.attrs.get("placed")  # 'the Russian Embassy to the
              for i in range(m.start, m.end)}  # United Kingdom': the host is a place
    for m in mentions:
        if m.start >= len(doc) or m.kind in ("anaphora", "builtin"):
            continue
        at = doc[m.start].idx
        if any(start <= at < end for start, end in datelines):
            m.attrs = {**m.attrs, "place": True, "incidental": True}
            continue
        root = doc[m.start:m.end].root
        if m.type == "Organization" and _schooling(root) or m.type == "Person" \
                and m.kind == "ner" and root.dep_ == "dobj" and _schooling(root):
            m.attrs = {**m.attrs, "incidental": True}  # 'studied Speech Pathology': a subject
        if m.type != "State" and root.dep_ == "pobj" and root.head.lower_ == "in" \
                and root.head.head.lower_ in LIFE_PLACE_VERBS:
            m.attrs = {**m.attrs, "incidental": True}  # 'born in Räckelwitz': a place the
            # model took for a person
        if root.dep_ in ("compound", "nmod") and root.head.lower_ in GATHERING_NOUNS \
                and root.head.i >= m.end:
            m.attrs = {**m.attrs, "incidental": True}  # 'at the 2018 G7 Summit': the
            # gathering's name, no act of the body
        if m.type != "State":
            continue
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS \
                or _war_ground(root) \
                or _travelled(root) \
                or root.dep_ in ("conj", "appos") and _is_place(root.head) \
                or root.dep_ in ("compound", "nmod", "npadvmod") and root.head.pos_ == "PROPN" \
                or _after_place(doc, m.start, states) \
                or m.start in hosted:
            m.attrs = {**m.attrs, "place": True}


def _after_place(doc: Any, start: int, states: set[int]) -> bool:
    """'a business in California, United States', 'died in Buenos Aires, Argentina': the
    country after a place and a comma says where that place is (the parser may join it to
    a noun far before, as if the country were one more thing owned); not after a country
    ('Estonia, Latvia and Lithuania' is a list)."""
    return start >= 2 and doc[start - 1].text == "," and start - 2 not in states \
        and doc[start - 2].ent_type_ in ("GPE", "LOC") and doc[start - 2].text[:1].isupper()


WAR_NOUNS = lexicon.words("war_nouns")
BORDER_NOUNS = {"border", "borders", "frontier"}


def _war_ground(root: Any) -> bool:
    """'the war against Ukraine', 'the invasion of Ukraine', 'close to the border with
    Ukraine': the country a war is fought on or a border runs along is where
    things happen, the backdrop of the text, not one of its actors (unless a relation
    names it)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    noun = prep.head
    if noun.lower_ in BORDER_NOUNS:
        return prep.lower_ == "with"
    return noun.lower_ in WAR_NOUNS and prep.lower_ in ("against", "of", "on", "in")


LIFE_PLACE_VERBS = {"born", "died", "raised", "grew", "buried", "lived", "resided"}
"""Where one was born, grew up or died: the place 'in' names is no actor."""
GATHERING_NOUNS = {"summit", "summits", "conference", "meeting", "ministerial", "talks",
                   "forum"}
"""Events a body's name qualifies ('the G7 Summit', 'a NATO meeting')."""

HEADER_MAX_LINES = 8
PROSE_WORDS = 12


def _mark_header(doc: Any, mentions: list[Mention], field_items: list[Any]) -> None:
    """Names only in the title and the header lines under it (a dateline, 'House of
    Commons Hansard #312', 'Reference to Standing Committee on ...') say where a text
    comes from, not who acts in it: such mentions do not make an actor by themselves."""
    text = text_of(doc)
    fielded = {f.start for f in field_items}
    end, offset, lines = 0, 0, 0
    for line in text.split("\n"):
        if lines >= HEADER_MAX_LINES or offset in fielded:
            break
        if len(line.split()) >= PROSE_WORDS:
            break  # the body starts: what came before is the header
        offset += len(line) + 1
        lines += bool(line.strip())
        end = offset
    else:
        return  # no body under it: a short text is all body
    for m in mentions:
        if m.start < len(doc) and doc[m.start].idx < end and m.kind not in ("speaker",
                                                                             "subject"):
            m.attrs = {**m.attrs, "header": True}


def _schooling(root: Any) -> bool:
    """'educated at X, Y and the Z Institute': each school of the list."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return root.dep_ in ("pobj", "dobj") and (
        is_stop_form(head.lower_, SCHOOLING_VERBS) or head.lower_ in DEGREE_NOUNS
        or any(c.dep_ == "dobj" and c.lower_ in DEGREE_NOUNS for c in head.children))
    # ('a master's degree at X': the parser may hang the school on the degree)


DEGREE_NOUNS = lexicon.words("degree_nouns")
"""'took a master's degree from X', 'received her doctorate at X': the school she studied at."""


MOVING_VERBS = lexicon.words("moving_verbs")


def _travelled(token: Any) -> bool:
    """'emigrated to Australia', 'fled Germany', 'returned from Russia': where one went."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("to", "from") \
        else token.head if token.dep_ == "dobj" else None
    return verb is not None and verb.pos_ == "VERB" and lemma(verb.text) in MOVING_VERBS


def _is_place(token: Any) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS


STATEMENT_OPENER = re.compile(r"\b(?:statement|remarks|declaration)\b[^.\"“”]*:\s*$", re.I)
QUOTE_MARKS = ('"', "“", "”")


def _statement_speaker(sent: Any, in_sent: dict[int, Mention], current: Mention | None,
                       doc_text: str) -> Mention | None:
    """Who speaks the quoted paragraphs of a release: 'X, Minister of ..., today issued the
    following statement:' opens them, and they run while paragraphs open with a quotation
    mark (a release quotes its minister in first person, paragraph after paragraph)."""
    text = doc_text[sent.start_char:sent.end_char].strip()  # `sent.text` joins its tokens
    if STATEMENT_OPENER.search(text):
        return subject_person(sent, in_sent) or next(
            (m for _, m in sorted(in_sent.items()) if m.type == "Person" and not m.group), None)
    said_by = quote_speaker(sent, in_sent)  # '"...," X said. "..."': X's quote runs on
    if said_by is not None:
        return said_by
    line_start = doc_text.rfind("\n", 0, sent.start_char) + 1
    before = doc_text[line_start:sent.start_char]  # the line so far: nothing but blanks?
    at_line_start = not before.strip()
    if current is not None and at_line_start and not text.startswith(QUOTE_MARKS):
        return None
    return current


QUOTE_RUN_SENTENCES = 4
"""How many sentences a quotation opened in one may run before its attribution."""


def _closing_sayer(sent: Any, doc_text: str, mentions: list[Mention], index: int
                   ) -> Mention | None:
    """'“I have prosecuted the man for ... . He is also claimed to have ...,” says Senior
    Public Prosecutor X.': a quotation opened in this sentence and closed a few sentences
    later, in the same paragraph, is said by the person named after the saying verb that
    follows its closing mark (`mentions` from `index` on are those after this sentence)."""
    marks = quote_marks(sent)  # (read once per sentence, shared with the pronoun rules)
    if len(marks) % 2 == 0 or sent.doc[marks[0]].text == "”" \
            or any(not t.is_space for t in sent.doc[sent.start:marks[0]]):
        return None  # no quotation opened at the sentence's start and left open
    end = doc_text.find("\n", sent.end_char)
    end = len(doc_text) if end < 0 else end
    for later in itertools.islice(sent.doc[sent.end:].sents, QUOTE_RUN_SENTENCES) \
            if sent.end < len(sent.doc) else ():
        if later.start_char >= end:
            return None  # the paragraph ended with the quotation unattributed
        closing = next((t for t in later if t.text in ("”", '"')), None)
        if closing is None:
            continue
        verb = next((t for t in later[closing.i - later.start + 1:] if t.lower_ in SAYING),
                    None)
        if verb is None:
            return None
        return next((m for m in mentions[index:] if verb.i < m.start < later.end
                     and m.type == "Person" and not m.group), None)
    return None


def _has_pronoun(sent: Any) -> bool:
    """A sentence that names no actor can still link one through 'he', 'we', 'its'."""
    return any(t.pos_ == "PRON" for t in sent)


def _document_dates(document: Document) -> list[Any]:
    top = header(document.text)
    lines = [document.text[a:b] for a, b in top.datelines]
    return offices.document_dates(document.text, lines, document.date)


ORG_SUBJECTS = ("Organization", "Media", "Agency", "Committee", "Commission", "Party")
GENERIC_BODY_NOUNS = {"group", "organization", "organisation", "company", "firm", "outfit",
                      "network", "outlet"}
"""Nouns any kind of body is called by ('the group' for a media outlet or an agency)."""
ORG_NOUNS = GENERIC_BODY_NOUNS | {"agency", "service", "committee", "commission", "party"}


def _title_body(doc: Any, mentions: list[Mention]) -> Mention | None:
    """An institution named alone on the first line, or before the colon of a report's
    title ('Harbour Lights: a ten-year operation targeting ...'): the text is about it."""
    first_line = text_of(doc).split("\n", 1)[0].strip()
    named = first_line.split(" (", 1)[0]  # 'Doppelganger (disinformation campaign)'
    named = named.split(": ", 1)[0]
    first = mentions[0] if mentions else None
    if first is None or first.scoped or doc[first.start].idx >= 3 \
            or len(first.text) < len(named) - 2:
        return None
    if first.type == "Person" and first.kind == "ner" and named != first_line \
            and KIND_NOUNS & set(first_line.lower().split()):
        for m in mentions:  # 'Harbour Lights: ... operation': the model's person is the
            if m.key == first.key:  # operation the title names
                m.type = "Organization"
    return first if first.type in ORG_SUBJECTS else None


KIND_NOUNS = {"campaign", "operation", "network"}
"""Nouns that stand for an article's subject when its title calls it so."""


def _subject_anaphora(mentions: list[Mention], about: Mention, title: str = "") -> None:
    """'The group was exposed ...', 'the organization' in an article about one body are
    that body, whatever other body was named last."""
    title_words = set(title.lower().replace("(", " ").replace(")", " ").split())
    for m in mentions:
        noun = m.attrs.get("noun")
        if m.kind == "anaphora" and (noun in ORG_NOUNS and (
                about.type in m.attrs.get("types", ()) or noun in GENERIC_BODY_NOUNS)
                or noun in KIND_NOUNS and KIND_NOUNS & title_words):  # 'the campaign',
            # 'this network' in an article titled 'X (disinformation campaign)'
            m.key, m.name, m.type, m.source = about.key, about.name, about.type, about.source
            m.attrs = {**about.attrs, "anaphora": True, "noun": noun}


def _title_person(doc: Any, mentions: list[Mention]) -> Mention | None:
    """A person named alone on the first line (a biography's title) is what 'she' means;
    a site's words after a dash or in brackets are no part of the title ('X — Wikipedia',
    'X (politician)')."""
    first_line = page_title(text_of(doc).split("\n", 1)[0])
    first = mentions[0] if mentions else None
    if first is not None and first.type == "Person" and not first.scoped \
            and doc[first.start].idx < len(first_line) + 1 and len(first_line.split()) <= 5:
        return first
    return None


GENDERED_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
"""Pronouns a next sentence's may go on with (`pronoun_resolver`'s `before`)."""

ISSUER_TYPES = ("Agency", "Government", "Committee", "Commission", "Legislature", "State",
                "Organization")
ISSUING = re.compile(r"\b(?:today )?(?:issued|released|published) the following (?:statement|"
                     r"news release)|\bannounced today\b", re.IGNORECASE)


RELEASE_LINE = re.compile(r"\s*(?:(?:press|news|media)\s+release|press\s+statement|statement)"
                          r"(?:\s+no\.?\s*[\w-]+)?\s*$", re.IGNORECASE)
"""What follows the body on its release's header line: 'MAC Press Release No. 047'."""


DOCUMENT_WORDS = r"(?:report|findings|review|inquiry|submission|statement|assessment|analysis|" \
    r"study|brief)"
REPORT_TITLE = re.compile(r"\b" + DOCUMENT_WORDS + r"\s+(?:of|by|from)\s+", re.IGNORECASE)
OWNED_DOCUMENT = re.compile(r"[’']s\b[^:(]*\b" + DOCUMENT_WORDS + r"\b", re.IGNORECASE)
"""A title naming its document's author: 'Report of the Committee on ...', 'Statement by
the Minister': the body named right after is the issuer ('we' in the text)."""


def _may_issue(mention: Mention, types: tuple[str, ...] = ISSUER_TYPES) -> bool:
    """A body that can be a document's issuer: of `types`, and named, not a 'we' or 'it'
    standing for one, nor a demonym ('Chinese') that only says whose."""
    return mention.type in types and mention.kind not in ("anaphora", "demonym")


def _bracketed_in_title(doc: Any, mentions: list[Mention], title: str) -> Mention | None:
    """The body a title names first in brackets: 'Annual Report 2023 (Harbour Intelligence
    and Security Service)', 'Statement on X (Ministry of Foreign Affairs of Y, 30 January)':
    the page's publisher, as sites write it after a document's name."""
    opened = {i + 1 for i, char in enumerate(title) if char == "("}
    found = [m for m in mentions if m.start < len(doc) and doc[m.start].idx in opened
             and _may_issue(m)]
    return found[-1] if found else None


def _issuer(doc: Any, mentions: list[Mention], document: Document) -> Mention | None:
    """The body a release speaks for: named on its dateline ('August 9, 2023 - Ottawa,
    Ontario - Global Affairs Canada'), alone on a header line, as the author in the title
    ('Report of the X'), or as the subject of 'today issued the following statement'."""
    text = text_of(doc)
    top = header(document.text)
    spans = list(top.datelines)
    lines = [(s, e) for s, e in line_spans(text[:3000]) if text[s:e].strip()]
    spans += lines[1:HEADER_LINES]
    last = max((end for _, end in spans), default=0)
    placed = [(doc[m.start].idx, m) for m in mentions if m.start < len(doc) and _may_issue(m)]
    placed = [(at, m) for at, m in placed if at < last]  # (each start read once)
    for start, end in spans:
        on_line = [m for at, m in placed if start <= at < end]
        whole = text[start:end].strip()
        if not on_line:
            continue
        if any(start == top_start for top_start, _ in top.datelines) \
                or len(on_line[-1].text) >= len(whole) - 2:
            return on_line[-1]
        first = on_line[0]
        if whole.startswith(first.text) and RELEASE_LINE.match(whole[len(first.text):]):
            return first  # 'MAC Press Release No. 047'

    title = text[:lines[0][1]] if lines else ""
    titled = REPORT_TITLE.search(title)
    if titled is not None:  # 'Russia: report of the Intelligence and Security Committee'
        after = [m for m in mentions if m.start < len(doc) and titled.end() <= doc[m.start].idx
                 < len(title) and _may_issue(m)]
        if after and doc[after[0].start].idx - titled.end() <= 4:
            return after[0]
    owner = _owner_in_title(doc, mentions, title)
    if owner is not None:  # "Meta's Adversarial Threat Report, Third Quarter"
        return owner
    bracketed = _bracketed_in_title(doc, mentions, title)
    if bracketed is not None:  # 'Annual Report 2023 (Harbour Intelligence Service)'
        return bracketed
    speaking = _speaking_in_title(doc, mentions, title)
    if speaking is not None:  # 'AIVD: sabotage risk rises across the region'
        return speaking
    match = ISSUING.search(text[:3000])
    if match is not None:
        before = [m for m in mentions if m.start < len(doc) and doc[m.start].idx < match.start()
                  and doc[m.start].idx > text.rfind("\n", 0, match.start())
                  and m.type in ISSUER_TYPES]
        return before[-1] if before else None
    return None




OFFICIAL_ISSUERS = ("Agency", "Committee", "Commission", "Legislature")


def _owner_in_title(doc: Any, mentions: list[Mention], title: str) -> Mention | None:
    """The body whose document the title opens with ("Harbourline's Quarterly Threat
    Report", "the Agency's Annual Review 2023"): its author, the 'we' of the text."""
    opening = next((m for m in mentions if m.start < len(doc) and doc[m.start].idx <= 4
                    and _may_issue(m)), None)
    if opening is None:
        return None
    after = doc[opening.end - 1].idx + len(doc[opening.end - 1])
    return opening if OWNED_DOCUMENT.match(title, after) else None


def _speaking_in_title(doc: Any, mentions: list[Mention], title: str) -> Mention | None:
    """A body that opens the title line before a colon ('AIVD: sabotage risk rises'): the
    body speaking, as a release's headline quotes its issuer. Only an official body: a
    state there is the topic ('Russia: report of the committee'), and so is a company or
    an operation a report is about ('Northwind: fake news sites ...'); a person is left to
    the speaker rules."""
    colon = title.find(":")
    if colon <= 0:
        return None
    opening = [m for m in mentions if m.start < len(doc) and doc[m.start].idx == 0
               and _may_issue(m, OFFICIAL_ISSUERS)]
    if not opening or doc[opening[0].end - 1].idx + len(doc[opening[0].end - 1]) != colon:
        return None
    return opening[0]


HEADER_LINES = 6
SIGNATURE_LINES = 8
"""How far into a document its signature block may sit (title, subtitle, date, name)."""


def _signed_person(doc: Any, mentions: list[Mention]) -> Mention | None:
    """A person named alone on a line of the title block, below its first line: the
    author of a first-person report ('The Right Honourable David Johnston'); or the one a
    line of it, the title too, says the words are by ('Speech by Director-General X')."""
    lines = text_of(doc).split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append((offset, line))
        offset += len(line) + 1
    block = [(s, line) for s, line in starts if line.strip()][:SIGNATURE_LINES]
    title_start = block[0][0] if block else -1  # (a name alone on the title line is the
    # title's topic, but 'Speech by X' there says whose words follow)
    block_end = block[-1][0] + len(block[-1][1]) if block else 0
    for m in mentions:  # in text order: stop past the block
        begin = doc[m.start].idx
        if begin > block_end:
            break
        if m.type != "Person" or m.scoped or m.group:
            continue
        for start, line in block:
            if start <= begin < start + len(line):
                rest = (line[:begin - start] + line[doc[m.end - 1].idx + len(doc[m.end - 1])
                                                      - start:]).lower().split()
                if start != title_start and all(
                        word.strip(".,") in lexicon.HONORIFICS or word.strip(".,") in
                        POST_NOMINALS for word in rest):  # 'The Hon Jane Roe MP'
                    return m
                spoken = SPOKEN_BY.match(line)  # 'Remarks by Prime Minister Jane Roe at ...'
                if spoken and begin >= start + spoken.end():
                    return m
    return None


def _speakers_body(doc: Any, mentions: list[Mention], author: Mention) -> Mention | None:
    """'Speech by Director-General of the Harbour Security Service Jane Roe to ...': the
    body the speaker's title names, between 'Speech by' and the name, is the 'we' of the
    speech (not the audience named after it)."""
    line_start = text_of(doc).rfind("\n", 0, doc[author.start].idx) + 1
    spoken = SPOKEN_BY.match(text_of(doc), line_start)
    if spoken is None:
        return None
    bodies = [m for m in mentions if m.end <= author.start
              and doc[m.start].idx >= spoken.end() and _may_issue(m, OFFICIAL_ISSUERS)]
    return bodies[-1] if bodies else None


SPOKEN_BY = re.compile(r"\s*(?:Remarks|Speech|Address|Statement|Opening statement|Keynote "
                       r"address|Transcript of remarks)\s+(?:by|of)\s+(?!the\s)", re.IGNORECASE)
"""A title-block line saying whose words follow: its first person is the 'I' of the text."""


def _keyable(mention: Mention) -> bool:
    """A name written only in another script ('Павел Рубцов', '黄向墨') has no key: actors
    are compared by their Latin-letter key, and every such name would become one actor.
    The same person's Latin-script name, which texts in English give, is kept."""
    return not mention.name or bool(normalize_name(mention.name))
