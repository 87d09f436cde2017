"""Relations stated by field lines ('Founder: Tal Hanan', 'Political party: Liberal').

Why a family of its own: a flattened infobox states its facts without verbs, about a
subject named once above it (or in the title). The label says the relation (data:
`data/fields.toml`); every actor named in the value is its other end. Labels that only
describe (birthplace, schools, dates) link nothing, and the names in their values are
marked incidental so the entity layer does not count them as actors of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..mentions.mention import SCANDAL_NAME, Mention, entities, normalize_name, text_of
from ..text.lines import Field, field_meaning, is_incidental_label, names_no_body
from ..vocabulary import lexicon
from .found import Found, allowed
from .registry import Sentence, family
from .roles import _titled

__all__ = ["FieldReader"]

OFFICE_LABELS = {"office", "position", "current position", "title", "role", "positions",
                 "offices"}
"""Labels whose value is a role phrase ('Councillor of the City of Melbourne')."""


class FieldReader:
    """The field lines of one document, with the mention that is their subject."""

    def __init__(self, doc: Any, items: list[Field], mentions: list[Mention],
                 subject: Mention | None) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.items = items
        self.subject = subject
        self._by_start = {f.start: f for f in items}
        self._mark_incidental(mentions)
        self._drop_labels(mentions)
        self._value_people(mentions)
        self._value_kinds(mentions)
        self._offices = {f.start: _office_body(doc, f, mentions) for f in items
                         if f.key in OFFICE_LABELS}
        if any(self._offices.values()):
            mentions.sort(key=lambda m: m.start)

    def _drop_labels(self, mentions: list[Mention]) -> None:
        """'Type', 'Founder', 'Key people' are labels, not actors."""
        inside = _SpanIndex([(f.start, f.value_start) for f in self.items])
        mentions[:] = [m for m in mentions if m.start >= len(self.doc)
                       or not inside(self.doc[m.start].idx)]

    def _value_people(self, mentions: list[Mention]) -> None:
        """'Founder: Viktor Orlov', 'Key people: Petra Novak (editor)': the value of a field
        that names people is a person's name even where the small model tagged nothing
        (an infobox line is no sentence to it). Two to four capitalised words, no digit."""
        taken = _SpanIndex([(self.doc[m.start].idx, self.doc[m.end - 1].idx + 1)
                            for m in mentions if m.start < len(self.doc)])
        added = []
        for field in self.items:
            if field.key not in PERSON_VALUED and not (
                    field.key in SUCCESSION_KINDS and self.subject is not None
                    and self.subject.type == "Person"):  # ('Succeeded by: Pavel Roe')
                continue
            for match in NAME_IN_VALUE.finditer(self.text, field.value_start, field.value_end):
                rest = self.text[match.end():field.value_end].lstrip()
                if rest and not rest.startswith((",", ";", "(", "and ", "&")):
                    continue  # 'Three Dutch individuals including ...' is no name
                span = self.doc.char_span(match.start(), match.end(), alignment_mode="contract")
                if span is None or not 2 <= len(span) <= 4 or taken(match.start()):
                    continue
                added.append(Mention(span.start, span.end, span.text, "ner", span.text,
                                     "Person", key=normalize_name(span.text), source="ner"))
        if added:
            mentions[:] = sorted([*mentions, *added], key=lambda m: m.start)

    def _value_kinds(self, mentions: list[Mention]) -> None:
        """'Political party: Trikolora': a name the model read as a person is of the kind
        the label says, here and wherever the text names it again."""
        retyped: dict[str, str] = {}
        taken = _SpanIndex([(self.doc[m.start].idx, self.doc[m.end - 1].idx + 1)
                            for m in mentions if m.start < len(self.doc)])
        added = []
        for field in self.items:
            meaning = field_meaning(field.label)
            if meaning is None or not meaning.values:
                continue
            inside = _SpanIndex([(field.value_start, field.value_end)])
            for m in mentions:
                if m.source == "ner" and m.start < len(self.doc) \
                        and inside(self.doc[m.start].idx):
                    retyped[m.key] = meaning.values
            value = self.text[field.value_start:field.value_end]  # (alone: a value glued to
            for match in BODY_IN_VALUE.finditer(value):  # its label starts a name)
                start, end = field.value_start + match.start(), field.value_start + match.end()
                span = self.doc.char_span(start, end, alignment_mode="contract")
                parts = _parts_of(mentions, span) if span is not None else []
                if parts:  # 'Platform' and 'For Life' the model found in 'Opposition
                    mentions[:] = [m for m in mentions if m not in parts]  # Platform — For
                    taken = _SpanIndex([(self.doc[m.start].idx,  # Life': one name
                                         self.doc[m.end - 1].idx + 1) for m in mentions
                                        if m.start < len(self.doc)])
                if span is not None and len(span) and not taken(start) \
                        and not names_no_body(match.group()):
                    added.append(Mention(span.start, span.end, span.text, "ner", span.text,
                                         meaning.values, key=normalize_name(span.text),
                                         source="ner"))  # (untagged, as on most lines)
                    retyped[added[-1].key] = meaning.values
        for m in mentions:
            if m.source == "ner" and m.key in retyped:
                m.type = retyped[m.key]
        if added:
            mentions[:] = sorted([*mentions, *added], key=lambda m: m.start)

    def _mark_incidental(self, mentions: list[Mention]) -> None:
        inside = _SpanIndex([(f.value_start, f.value_end) for f in self.items
                             if is_incidental_label(f.label)])
        for m in mentions:
            if m.start < len(self.doc) and inside(self.doc[m.start].idx) \
                    and not (m.type == "Person" and self._succession_at(m)):
                m.attrs = {**m.attrs, "incidental": True}

    def _succession_at(self, mention: Mention) -> bool:
        """A predecessor or successor named on a 'Preceded by' line: a person of the text
        (who held the office), not a place the infobox gives in passing."""
        begin = self.doc[mention.start].idx
        return any(f.key in SUCCESSION_LABELS and f.value_start <= begin < f.value_end
                   for f in self.items)

    def field_at(self, sent: Any) -> Field | None:
        """The field line a sentence is, if it is one."""
        begin = sent.start_char
        field = self._by_start.get(begin)
        if field is None:  # a bulleted or indented field starts a little after the line
            line_start = self.text.rfind("\n", 0, begin + 1) + 1
            field = self._by_start.get(line_start)
        return field

    def _outside(self, field: Field, values: list[Mention]) -> str:
        """The value's words outside the bodies it names: 'President of the European
        Research Centre' holds the title 'President', not 'Research'; 'Special Rapporteur
        in the Office of the High Commissioner' is no commissioner."""
        text = self.text[field.value_start:field.value_end]
        for m in values:
            first, last = self.doc[m.start], self.doc[m.end - 1]
            begin, stop = first.idx - field.value_start, last.idx + len(last) - field.value_start
            if 0 <= begin < stop <= len(text):
                text = text[:begin] + " " * (stop - begin) + text[stop:]
        return text

    def relations(self, sent: Any, in_sent: dict[int, Mention]) -> Iterator[Found]:
        field = self.field_at(sent)
        if field is None or self.subject is None:
            return
        values = _unique(m for i, m in sorted(in_sent.items())
                         if field.value_start <= self.doc[i].idx < field.value_end
                         and m.key != self.subject.key and not m.group)
        if not values:
            return
        anchor = sent.start
        if field.key in SUCCESSION_LABELS:
            yield from self._predecessors(field, values, anchor)
            return
        if field.key in OFFICE_LABELS and self.subject.type == "Person":
            words = [w.lower().strip(",") for w in self._outside(field, values).split()]
            yield from _titled(self.subject, words, values,
                               "former" in words or self._term_ended(field),
                               "field:office", anchor)
            return
        meaning = field_meaning(field.label)
        if meaning is None or meaning.subjects and self.subject.type not in meaning.subjects:
            return
        for value in values:
            source, target = (self.subject, value) if meaning.subject_is_source \
                else (value, self.subject)
            if allowed(meaning.type, source, target):
                yield Found(source, target, meaning.type, f"field:{field.key}", anchor)


    def _predecessors(self, field: Field, values: list[Mention], anchor: int
                      ) -> Iterator[Found]:
        """'Preceded by: X' under 'Mayor of Y': X formerly headed Y; 'Succeeded by: Z', Z
        heads it after the subject. 'Preceded by: X (as President of W)' names the office
        X held: W. Under an MP's seat, or any office that heads no body, a predecessor is
        only a rival: no relation."""
        office = self._office_above(field)
        body = self._offices.get(office.start) if office is not None else None
        words = set(self.text[office.start:office.end].lower().split()) if office else set()
        held = _held_as(self.doc, self.text, field, values)
        if held is not None:  # another office than the one above: its body, or nothing
            body, words = held
        if body is None or not words & HEAD_WORDS or field.key not in SUCCESSION_KINDS:
            return
        kind = SUCCESSION_KINDS[field.key]
        for person in (v for v in values if v.type == "Person"):
            yield Found(person, body, kind, f"field:{field.key.replace(' ', '-')}", anchor)

    def _office_above(self, field: Field) -> Field | None:
        above = [f for f in self.items if f.key in OFFICE_LABELS and f.start < field.start]
        return above[-1] if above else None

    def _term_ended(self, office: Field) -> bool:
        """'In office: 19 June 2016 – 19 June 2023' under an office line: a term with an
        end is a post held before ('Assumed office: 2024' or '– present' is one held now)."""
        later = [f for f in self.items if f.start > office.start]
        for item in later:
            if item.key in OFFICE_LABELS:
                return False
            if item.key == "in office":
                value = self.text[item.value_start:item.value_end]
                return bool(ENDED_TERM.search(value)) and not CURRENT_TERM.search(value)
        return False


PERSON_VALUED = {"founder", "founders", "founded by", "co-founder", "co-founders", "owner",
                 "owners", "owned by", "key people", "leader", "chairman", "chairperson",
                 "president", "director", "ceo", "chief executive", "spouse", "spouses",
                 "partner", "editor", "editor-in-chief", "publisher", "led by", "headed by"}
"""Labels whose values are people ('Founder: X'); an organisation there stays one."""
NAME_IN_VALUE = re.compile(r"(?<![\w'’-])[A-Z][a-zà-ÿ'’-]+"
                           r"(?:[ \t]+(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+)){1,3}(?![\w'’-])")
"""A name in a field's value: 'Viktor Orlov', 'Petra J. Novak' (not 'Orlov Holdings Ltd'
once the finders named it: a value a mention covers is left to it)."""
BODY_IN_VALUE = re.compile(r"(?<![\w'’(-])[A-Z][\w'’.-]*(?:[ \t]+(?:(?:and|for|of|the|&|[—–])"
                           r"[ \t]+)?[A-Z][\w'’.-]*){0,5}(?![\w'’-])")
"""A body's name in a field's value: 'Trikolora', 'Freedom and Direct Democracy',
'Opposition Platform — For Life' (not the '(since 2022)' after it)."""
HEAD_WORDS = {"mayor", "governor", "president", "chair", "chairman", "chairperson", "leader",
              "director", "head", "chief", "premier", "commissioner"}
SUCCESSION_LABELS = {"preceded by", "succeeded by", "predecessor", "successor"}
SUCCESSION_KINDS = {"preceded by": "FORMERLY_HEADED", "succeeded by": "HEADS"}
"""What a succession line says of its person: one who held the office before the subject,
one who holds it after."""
ENDED_TERM = re.compile(r"[–—-]\s*\S*\d")
"""'1 July 2015 – 9 April 2019': a term with a date after its dash."""
CURRENT_TERM = re.compile(r"\b(?:present|incumbent)\b", re.IGNORECASE)
HELD_AS = re.compile(r"\(as (?P<title>[^()]{3,80})\)")
"""'Preceded by: X (as President of W)': the office X held, when it was another."""


def _held_as(doc: Any, text: str, field: Field, values: list[Mention]
             ) -> tuple[Mention | None, set[str]] | None:
    """The body (None when not found) and title words of a predecessor's own office, in
    brackets after the name; None when the line names no other office."""
    match = HELD_AS.search(text, field.value_start, field.value_end)
    if match is None:
        return None
    begin, end = match.start("title"), match.end("title")
    bodies = [v for v in values if v.type != "Person" and begin <= doc[v.start].idx < end]
    return (bodies[-1] if bodies else None), set(match.group("title").lower().split())
LOCAL_TITLES = {"mayor", "vice", "councillor", "councilor", "alderman", "governor", "reeve"}
LOCAL_BODY = re.compile(r"\bof (?:the )?(?P<name>(?:(?:City|Municipality|Town|Province|County"
                        r"|District|Borough) of )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})")
"""'Mayor of Bamban', 'Councillor of the City of Melbourne': the local body, as named."""
PARTY_BODY = re.compile(r"^(?:President|Chair(?:man|person)?|Leader|Co-leader|Member) of "
                        r"(?:the )?(?P<name>(?:[A-Z][\w'’.-]* ){1,4}[A-Z][a-z]+)\s*$")
"""'President of the Victory Bloc': a party's office line."""
PARTY_HEADS = lexicon.words("label_party_heads") - {"labour", "union"}
"""Last words of a party's name ('Bloc', 'Party', 'Movement'); not a union's or a
department's ('Union' alone is too often a trade union or the European Union)."""


def _office_body(doc: Any, field: Field, mentions: list[Mention]) -> Mention | None:
    """The body an office line names ('Mayor of Bamban, Tarlac': the municipality), from
    the finders or, for a local office the model reads as a place, from the line."""
    value = text_of(doc)[field.value_start:field.value_end]  # (the role, after its label)
    inside = [m for m in mentions if m.start < len(doc)
              and field.start <= doc[m.start].idx < field.end and m.type != "Person"]
    if inside:
        return inside[-1]
    words = value.lower().split()
    party = PARTY_BODY.search(value)
    match = LOCAL_BODY.search(value) if words and words[0] in LOCAL_TITLES else None
    if party is not None and party.group("name").split()[-1].lower() in PARTY_HEADS:
        match, kind = party, "Party"  # 'President of the Victory Bloc': a party the model
    elif match is not None:  # does not know, named by its last word
        kind = "Government"
    else:
        return None
    span = doc.char_span(field.value_start + match.start("name"),
                         field.value_start + match.end("name"), alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    made = Mention(span.start, span.end, span.text, "subject", span.text, kind,
                   key=normalize_name(span.text), source="text")
    mentions[:] = [m for m in mentions if not span.start <= m.start < span.end] + [made]
    return made


def _parts_of(mentions: list[Mention], span: Any) -> list[Mention]:
    """The model's mentions that are only pieces of a name joined by a dash in a field's
    value; none when the span has no dash or a mention runs past it."""
    if not any(t.text in ("—", "–") for t in span):
        return []
    inside = [m for m in mentions if span.start <= m.start < span.end]
    if not inside or any(m.end > span.end or m.source != "ner" for m in inside):
        return []
    return inside


class _SpanIndex:
    """Whether an offset falls in one of many disjoint spans (bisect, not a scan)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def __call__(self, offset: int) -> bool:
        k = bisect.bisect_right(self.starts, offset) - 1
        return k >= 0 and self.spans[k][0] <= offset < self.spans[k][1]


def _unique(items: Iterator[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in items:
        seen.setdefault(m.key, m)
    return list(seen.values())


def block_subject(doc: Any, items: list[Field], mentions: list[Mention]) -> Mention | None:
    """The mention standing for the subject of the field blocks: the actor named on the
    line above the first block, found by the finders or, failing them, read off the
    line itself (an organisation unless a person is named so elsewhere)."""
    span = next((f.subject for f in items if f.subject is not None), None)
    if span is None:
        return None
    start, end = span
    on_line = [m for m in mentions if m.start < len(doc) and start <= doc[m.start].idx < end]
    if len(on_line) == 1 and doc[on_line[0].end - 1].idx + len(doc[on_line[0].end - 1]) >= \
            end - 1:
        return on_line[0]
    if on_line:
        return None
    chars = doc.char_span(start, end, alignment_mode="contract")
    if chars is None or len(chars) == 0:
        return None
    name = chars.text
    if SCANDAL_NAME.match(name):
        return None  # an infobox of an affair ('Qatargate'): its fields are no one's
    key = normalize_name(name)
    same = next((m for m in mentions if m.key == key), None)
    kind = same.type if same is not None else _kind_of(doc, name, items)
    made = Mention(chars.start, chars.end, name, "subject", name, kind, key=key,
                   source=same.source if same is not None else "text",
                   attrs=dict(same.attrs) if same is not None else {})
    if same is not None:
        made = replace(made, name=same.name, roles=set(same.roles))
    mentions.append(made)
    mentions.sort(key=lambda m: m.start)
    return made


def _kind_of(doc: Any, name: str, items: list[Field]) -> str:
    """Person when the model tags the name as one anywhere, or when the block has a label
    only a person has ('Political party', 'Spouse'); else Organization."""
    for ent in entities(doc):
        if ent.text == name and ent.label_ == "PERSON":
            return "Person"
    meanings = [field_meaning(f.label) for f in items]
    if any(m is not None and m.subjects == ("Person",) for m in meanings):
        return "Person"
    return "Organization"


@family("fields", 100)
def _fields_family(s: Sentence) -> Iterator[Found]:
    reader = s.extras.get("fields")
    return reader.relations(s.view.sent, s.view.at) if reader is not None else iter(())
