"""Structured lines: what a document states by its layout rather than in sentences.

Why a layer of its own: real documents carry facts in lines no sentence rule can read:
the source address under a title, a dateline, the flattened infobox of an encyclopedia
article ("Founder: Tal Hanan", "Political party: Liberal"), a fact sheet. Read as
prose, their labels become actors ("Type", "Background") and their facts are lost.
Here lines are classified on the raw text (no parse needed, one pass, linear), so the
masking, the sentence splitter and the field relations all agree on what a line is.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..vocabulary import lexicon

__all__ = ["Field", "FieldMeaning", "Header", "Signatories", "fields", "header",
           "field_meaning", "is_incidental_label", "line_around", "line_spans", "signatories",
           "page_title"]

PAGE_SUFFIX = re.compile(r" \(| [—–|-] ")
"""Where a stored page's title line leaves its subject: a site's name after a dash or a
bar ('X — Wikipedia'), a description in brackets ('X (politician)')."""


def page_title(line: str) -> str:
    """The subject's words of a title line: 'Huang Xiangmo — Wikipedia (copy ...)' is
    'Huang Xiangmo'."""
    return PAGE_SUFFIX.split(line.strip(), maxsplit=1)[0].strip()


URL_LINE = re.compile(r"^[ \t]*(?:https?://|www\.)\S+[ \t]*$")


FIELD_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<label>[A-Z][A-Za-z'’/ &.-]{0,38}?(?:\(e?s\))?)[ \t]*:[ \t]+"
    r"(?P<value>\S[^\n]{0,300}?)[ \t]*$", re.MULTILINE)
PIPED_FIELD_LINE = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Za-z'’/ &.-]{0,38}?(?:[ \t]*\([^()|\n]{1,20}\))?)[ \t]*\|[ \t]*"
    r"(?P<value>[^|\s][^|\n]{0,300}?)[ \t]*\|?[ \t]*$", re.MULTILINE)
"""An infobox flattened into a table, a row a line: 'Chairman | Jane Roe |' (two cells; the
closing bar may be missing)."""
LABEL_SMALL_WORDS = {"of", "and", "for", "the", "by", "in", "to", "on", "at", "with", "a"}
NOT_LABELS = {"mr", "mrs", "ms", "dr", "hon", "the", "senator", "sen", "madam", "sir", "q", "a",
              "note", "notes", "source", "sources", "quote", "update", "warning", "editor",
              "photo", "image", "caption", "read more", "see also"} \
    | {label.split()[0] for label in lexicon.words("byline_labels")}
"""First words that make a 'Label:' a speaker, a note, a caption or a byline (`bylines`),
not a field."""
MAX_LABEL_WORDS = 5
BLOCK_GAP_LINES = 3
"""Non-field lines (blank lines, section headings) a block of fields may span."""
NAME_LINE_WORDS = 8
HEADER_LINES = 6
"""How many non-empty lines after the title may still be the header (address, dateline)."""
DATELINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*\d{4}|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}, \d{4}\b.*|\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December) \d{4}\b.*|"
    r"Volume \d+:.*|(?:Commons|Lords) Chamber|Westminster Hall|News provided by\b.*|"
    r"For immediate release\b.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    """Where the title, the source address and the datelines of a document are."""

    title: tuple[int, int] | None = None
    url: tuple[int, int] | None = None
    datelines: tuple[tuple[int, int], ...] = ()

    def url_text(self, text: str) -> str:
        return text[self.url[0]:self.url[1]].strip() if self.url else ""


@dataclass(frozen=True)
class Field:
    """One 'Label: value' line of a block, and the line naming the block's subject."""

    start: int
    end: int
    label: str
    value_start: int
    value_end: int
    subject: tuple[int, int] | None
    """The name standing alone above the block ('Voice of Europe'), if there is one."""

    @property
    def key(self) -> str:
        return _label_key(self.label)


@dataclass(frozen=True)
class FieldMeaning:
    """What a known label states: the relation, and which end its subject is."""

    type: str
    subject_is_source: bool
    subjects: tuple[str, ...] = ()
    values: str = ""
    """The kind a value's name is, whatever the model tagged ('Political party: X')."""


def line_spans(text: str, most: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every line (of the first `most`), end excluding the line break."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\n", text):
        if most is not None and len(out) == most:
            return out
        out.append((start, match.start()))
        start = match.end()
    if most is None or len(out) < most:
        out.append((start, len(text)))
    return out


def line_around(text: str, start: int, end: int | None = None) -> str:
    """The whole line (or lines) holding text[start:end], without its line breaks."""
    last = text.find("\n", start if end is None else end)
    return text[text.rfind("\n", 0, start) + 1:last if last >= 0 else len(text)]


def header(text: str) -> Header:
    """Title (first non-empty line), a source-address line and datelines just under it."""
    lines = [(s, e) for s, e in line_spans(text[:4000]) if text[s:e].strip()]
    if not lines:
        return Header()
    title, url, dates = lines[0], None, []
    for start, end in lines[1:HEADER_LINES + 1]:
        line = text[start:end].strip()
        if url is None and URL_LINE.match(line):
            url = (start, end)
        elif DATELINE.match(line):
            dates.append((start, end))
        elif len(line.split()) > NAME_LINE_WORDS:
            break
    return Header(title, url, tuple(dates))


MAX_FIELDS = 400
"""Field lines read per document: an infobox has dozens; thousands are a table or an
attack, and the rest of the text is read as prose (the extractor warns once)."""


def fields(text: str) -> list[Field]:
    """Field lines in blocks: two or more within a few lines of each other, or one whose
    label is known (data/fields.toml); a prose sentence with a colon is neither. At most
    MAX_FIELDS of them."""
    candidates = []
    for match in itertools.chain(FIELD_LINE.finditer(text), _piped_rows(text)):
        if _label_ok(match.group("label")):
            candidates.append(match)
            if len(candidates) >= MAX_FIELDS:
                break
    candidates.sort(key=lambda m: m.start())
    glued = list(itertools.islice(_glued_field_line().finditer(text), MAX_FIELDS)) \
        if len(candidates) < MAX_FIELDS else []
    glued += _stacked_fields(text) if len(candidates) + len(glued) < MAX_FIELDS else []
    if glued:
        candidates = sorted(candidates + glued, key=lambda m: m.start())[:MAX_FIELDS]
    if not candidates:
        return []
    lines = line_spans(text)
    line_of = {start: n for n, (start, _end) in enumerate(lines)}
    numbers = [line_of.get(text.rfind("\n", 0, m.start()) + 1, -1) for m in candidates]
    blocks: list[list[int]] = []
    for k, number in enumerate(numbers):
        if blocks and number - numbers[blocks[-1][-1]] <= BLOCK_GAP_LINES:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    subject = None
    out = []
    for block in blocks:
        known = [k for k in block if field_meaning(candidates[k].group("label")) is not None
                 or is_incidental_label(candidates[k].group("label"))]
        if len(block) < 2 and not known:
            continue
        if subject is None:
            subject = _infobox_name(text, lines, numbers[block[0]]) or \
                _name_above(text, lines, numbers[block[0]]) or \
                _title_name(text, lines, numbers[block[0]])
        for number in range(max(0, numbers[block[0]] - OFFICE_LOOKBACK), numbers[block[-1]]):
            start, end = lines[number]
            if _office_line(text[start:end]):  # 'Mayor of Bamban, Tarlac' above its fields
                out.append(Field(start, end, "Office", start, end, subject))
        for k in block:
            m = candidates[k]
            out.append(Field(m.start(), m.end(), m.group("label").strip(), m.start("value"),
                             m.end("value"), subject))
    return sorted(out, key=lambda f: f.start)


def _piped_rows(text: str) -> Iterator[re.Match[str]]:
    """'Chairman | Jane Roe |' rows, when the text has a bar (most have none)."""
    return PIPED_FIELD_LINE.finditer(text) if "|" in text else iter(())


OFFICE_WORDS = {"mayor", "minister", "member", "councillor", "councilor", "president",
                "governor", "senator", "chair", "chairman", "chairperson", "leader", "secretary",
                "shadow", "deputy", "ambassador", "director", "judge", "justice", "speaker",
                "premier", "commissioner", "vice", "mp", "mep", "mla", "mpp", "prime",
                "attorney", "treasurer", "chief", "head", "spokesperson", "whip"}
"""First words of an infobox's office headings ('Mayor of Bamban, Tarlac', 'Shadow
Minister for Diversity'): the office the subject holds or held."""
OFFICE_LOOKBACK = 4


def _office_line(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 12 and ":" not in line and "|" not in line \
        and not line.rstrip().endswith(
        (".", "?", "!")) and words[0].lower().strip(",") in OFFICE_WORDS


MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December")
DATE_LINE = re.compile(rf"^(?:\w+day,?\s+)?(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}},?)"
                       rf"\s+\d{{4}}$")
"""A line that is only a date ('September 18, 2024', 'Tuesday 14 March 2023')."""
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
"""A year: no name of a person or a body on a line above fields has one."""
SPEAKER_TITLES = {"CHAIRMAN", "CHAIRWOMAN", "CHAIR", "VICE", "ACTING", "RANKING", "DIRECTOR",
                  "DEPUTY", "SENATOR", "SEN.", "REP.", "MR.", "MS.", "MRS.", "DR.", "SECRETARY",
                  "AMBASSADOR", "GENERAL", "ADMIRAL", "COMMISSIONER", "REPRESENTATIVE",
                  "CONGRESSMAN", "CONGRESSWOMAN"}
"""A hearing's speaker label in capitals opens on an office or a courtesy title
('CHAIRMAN WARNER:', 'MS. KNAPP:'): a turn, no field."""


def _label_ok(label: str) -> bool:
    words = label.replace("/", " ").split()
    if not words or len(words) > MAX_LABEL_WORDS:
        return False
    if label.isupper() and len(words) > 1 and words[0] in SPEAKER_TITLES:
        return False
    if _label_key(label) in NOT_LABELS or words[0].lower().rstrip(".") in NOT_LABELS:
        return False
    return all(w[:1].isupper() or w.lower() in LABEL_SMALL_WORDS or w[:1].islower()
               and n > 0 for n, w in enumerate(words))


def _name_above(text: str, lines: list[tuple[int, int]], number: int
                ) -> tuple[int, int] | None:
    """The short line just above a block, when it is a name (no sentence, no colon)."""
    for start, end in reversed(lines[max(0, number - 3 - 2 * OFFICE_LOOKBACK):number]):
        line = text[start:end].strip()
        if not line or _office_line(line) or _between_name_and_fields(line):
            continue
        if ":" in line or line[-1:] in ".?!;," or len(line.split()) > NAME_LINE_WORDS \
                or URL_LINE.match(line) or DATE_LINE.match(line):
            return None  # ('September 18, 2024' above a witness list: a date, no name)
        offset = text.index(line, start)
        return offset, offset + len(line)
    return None


INFOBOX_LINES = 40


def _infobox_name(text: str, lines: list[tuple[int, int]], number: int
                  ) -> tuple[int, int] | None:
    """A flattened infobox opens on the article's title again ('Mateusz Piskorski', then
    offices, dates, 'Personal details', a birthplace): the line above the block that
    repeats the title, reached over short lines only (no sentence), is the subject."""
    filled = [(s, e) for s, e in lines[:number] if text[s:e].strip()]
    if not filled:
        return None
    title = page_title(text[filled[0][0]:filled[0][1]])
    if not title or len(title.split()) > NAME_LINE_WORDS or ":" in title:
        return None
    for start, end in reversed(filled[1:][-INFOBOX_LINES:]):
        line = text[start:end].split("|")[0].strip()  # (a table row's first cell)
        if line == title or _native_name_after(line, title):
            offset = text.index(title, start)
            return offset, offset + len(title)
        if line[-1:] in ".?!" or len(line.split()) > 12:
            return None
    return None


def _native_name_after(line: str, title: str) -> bool:
    """'Harbour Unity Party 港灣團結黨': the title, then the name in another script."""
    rest = line[len(title):].strip() if line.startswith(title + " ") else ""
    return bool(rest) and not any("a" <= c.lower() <= "z" for c in rest)


NATIVE_NAME = re.compile(r"\((?:[A-Z][a-z]+)\)$")
"""'Віктор Медведчук (Ukrainian)': the name in another script, its language in brackets."""


def _between_name_and_fields(line: str) -> bool:
    """Infobox lines between the subject's name and the fields: an office's dates ('29
    August 2019 – 13 January 2023'), 'In office', the name in another script."""
    if line[-1:] in ".?!":
        return False  # a sentence: the lead, no infobox line
    return bool(YEAR.search(line)) or is_incidental_label(line) \
        or bool(NATIVE_NAME.search(line)) and not line.isascii()


TITLE_NAME_REACH = 4
"""Lines between an article's title and its field block when a lead sentence comes first."""


def _title_name(text: str, lines: list[tuple[int, int]], number: int
                ) -> tuple[int, int] | None:
    """An encyclopedia article's title ('Jane Roe') when the block follows the lead
    sentence that opens with that title (the block is about the article's subject)."""
    filled = [(s, e) for s, e in lines[:number] if text[s:e].strip()]
    if not 2 <= len(filled) <= TITLE_NAME_REACH:
        return None
    title = page_title(text[filled[0][0]:filled[0][1]])
    lead = text[filled[1][0]:filled[1][1]].strip()
    if not title or ":" in title or title[-1:] in ".?!;," or len(title.split()) > 6 \
            or URL_LINE.match(title) or not lead.startswith(title + " "):
        return None
    offset = text.index(title, filled[0][0])
    return offset, offset + len(title)


def _label_key(label: str) -> str:
    """The label as the lexicon lists it: lower case, one space, and an infobox's optional
    plural written out ('Parent(s)' is 'parents', never the 'parent' of a body)."""
    key = " ".join(label.lower().replace("’", "'").split())
    return OPTIONAL_PLURAL.sub(r"\1", key)


OPTIONAL_PLURAL = re.compile(r"\((e?s)\)(?=\s|$)")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, FieldMeaning], frozenset[str], frozenset[str]]:
    data = tomllib.loads(resources.files("figraph.loaders").joinpath(
        "data", "fields.toml").read_text(encoding="utf-8"))
    meanings: dict[str, FieldMeaning] = {}
    for table in data.get("field", []):
        meaning = FieldMeaning(table["type"], table["subject"] == "source",
                               tuple(table.get("subjects", ())), table.get("values", ""))
        for label in table["labels"]:
            meanings[_label_key(label)] = meaning
    incidental = frozenset(_label_key(x) for x in data.get("incidental", {}).get("labels", []))
    return meanings, incidental, frozenset(data.get("no_body", {}).get("values", []))


@lru_cache(maxsize=1)
def glued_labels() -> tuple[str, ...]:
    """The known labels (linking or incidental) as a flattened infobox writes them, first
    letter capitalised, longest first ('Political party', 'Preceded by')."""
    meanings, incidental, _ = _lexicon()
    labels = sorted(set(meanings) | set(incidental), key=len, reverse=True)
    return tuple(label[0].upper() + label[1:] for label in labels if len(label) > 3)


def glued_label_words() -> frozenset[str]:
    """The last word of each glued label: where the tokenizer splits a glued value off
    ('FounderYevgeny'), and what a name the model runs over the label starts with."""
    return frozenset(label.split()[-1] for label in glued_labels())


@lru_cache(maxsize=1)
def _glued_field_line() -> re.Pattern[str]:
    """'Political partyZmiana', 'Preceded byVolodymyr Lytvyn': a stored page's infobox
    with no separator between a known label and its value."""
    alternation = "|".join(re.escape(label) for label in glued_labels())
    return re.compile(rf"^[ \t]*(?P<label>{alternation})(?!\(e?s\))"  # (not 'Parent(s):')
                      r"(?P<value>[A-Z0-9(][^\n]{0,300}?)[ \t]*$", re.MULTILINE)


STACKED_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z'’ ]{1,38}?(?:\(e?s\))?)[ \t]*$",
                           re.MULTILINE)
STACKED_VALUES = 8
"""Lines read under a label standing alone ('Spouses', then one name a line)."""
STACKED_VALUE_WORDS = 6


@dataclass(frozen=True)
class _LineMatch:
    """One value line under a label standing alone, read as `fields` reads a match."""

    line: tuple[int, int]
    label: str

    def start(self, group: str = "") -> int:
        return self.line[0]

    def end(self, group: str = "") -> int:
        return self.line[1]

    def group(self, name: str) -> str:
        return self.label


def _stacked_fields(text: str) -> list[_LineMatch]:
    """'Spouses' on a line of its own, then one value a line ('Marina Lebedeva',
    '(divorced)', 'Natalya Gavrilyuk', ...): a stored page's infobox cell of several
    values, each a field of that label. Only a known label, only short lines with no
    colon and no full stop (a heading over prose is no label)."""
    out: list[_LineMatch] = []
    glued = _glued_field_line()
    for match in STACKED_LABEL.finditer(text):
        if field_meaning(match.group("label")) is None:
            continue
        at = match.end() + 1
        for _ in range(STACKED_VALUES):
            stop = text.find("\n", at)
            stop = len(text) if stop < 0 else stop
            line = text[at:stop].strip()
            if line.startswith("(") and line.endswith(")"):
                at = stop + 1  # '(divorced)', '(m. 2003)': the value above's note
                continue
            if not line or not line[0].isupper() or ":" in line or line.endswith(".") \
                    or len(line.split()) > STACKED_VALUE_WORDS or field_meaning(line) \
                    or is_incidental_label(line) or glued.match(text, at):
                break  # (the next label, 'Alma materKyiv University', ends the values)
            out.append(_LineMatch((at, stop), match.group("label")))
            at = stop + 1
    return out


def field_meaning(label: str) -> FieldMeaning | None:
    """The relation a label states, or None (unknown or incidental labels)."""
    return _lexicon()[0].get(_label_key(label))


def names_no_body(value: str) -> bool:
    """'Independent', 'None': a field value that is no party's or body's name."""
    return value.strip().lower() in _lexicon()[2]


def is_incidental_label(label: str) -> bool:
    """Labels whose values describe (places, schools, dates) rather than link actors."""
    return _label_key(label) in _lexicon()[1]


NAME_PARTICLES = "von|van|der|den|de|du|da|di|del|della|do|dos|das|la|le|in|ter|ten|zu|af|av|i|y|" \
    "'t|’t"
"""Small words inside a name: 'Ursula von der Leyen', 'Diana Riba i Giner' (Catalan),
'Jorge Buxadé y Villalba', 'Carlos Coelho dos Santos'."""
NAME_INITIAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
"""A capital of the Latin alphabets: 'Ştefănuță', 'Łukasz', 'Šimečka' open names too."""
PERSON_NAME = rf"{NAME_INITIAL}[\w'’\-]+(?:[ \t]+(?:(?:{NAME_PARTICLES})[ \t]+)*" \
    rf"{NAME_INITIAL}[\w'’\-]+){{1,3}}"
NAME_GAP = r"(?:[ \t]*,){1,6}[ \t]*"
"""Between two names: a comma, or several where a copied page lost the names between
('A, , B, , , C')."""
SIGNATORY_LINE = re.compile(
    rf"^[ \t]*(?P<names>{PERSON_NAME}(?:{NAME_GAP}{PERSON_NAME}){{0,60}})(?:[ \t]*,)*[ \t]*\n"
    r"[ \t]*(?:\n[ \t]*)?on behalf of (?:the )?(?P<group>[^\n]{2,100}?)[ \t]*$", re.MULTILINE)
NAME_IN_LINE = re.compile(PERSON_NAME)
AUTHOR_SEGMENT = rf"(?P<names>{PERSON_NAME}(?:{NAME_GAP}{PERSON_NAME}){{0,60}})(?:[ \t]*,)*" \
    r"[ \t]*on behalf of (?:the )?(?P<group>[A-Z][^\n,]{0,40}?[ \t]Group)\b"
AUTHOR_SEGMENT_RE = re.compile(AUTHOR_SEGMENT)
"""The same blocks run into one line, as a copied page gives them: 'A, B on behalf of the
PPE Group C, D on behalf of the S&D Group'. Only a line made of nothing else is read, and
each group must end in 'Group' (prose naming someone 'on behalf of' anything is not)."""
LINE = re.compile(r"[^\n]+")
MAX_AUTHOR_LINE = 5000
MAX_SIGNATORY_BLOCKS = 200


@dataclass(frozen=True)
class Signatories:
    """A line of names over 'on behalf of the X Group': who tables a motion, and for which
    group (the first page of every motion for a resolution of the European Parliament)."""

    names: tuple[tuple[int, int], ...]
    group: tuple[int, int]


def signatories(text: str) -> list[Signatories]:
    """Each names line standing right above an 'on behalf of' line; at most
    MAX_SIGNATORY_BLOCKS of them."""
    return list(_signatories(text))


@lru_cache(maxsize=1)
def _signatories(text: str) -> tuple[Signatories, ...]:
    """Kept for the last text: the mention finder and the signatories' relations read the
    same chunk one after the other."""
    if "on behalf of" not in text:
        return ()
    matches = list(SIGNATORY_LINE.finditer(text)) + _run_together(text)
    out = []
    for match in sorted(matches, key=lambda m: m.start())[:MAX_SIGNATORY_BLOCKS]:
        base = match.start("names")
        names = tuple((base + m.start(), base + m.end())
                      for m in NAME_IN_LINE.finditer(match.group("names")))
        out.append(Signatories(names, (match.start("group"), match.end("group"))))
    return tuple(out)


def _run_together(text: str) -> list[re.Match[str]]:
    """The author blocks of each line made of nothing else (blank space between them)."""
    found: list[re.Match[str]] = []
    for line in LINE.finditer(text):
        if "on behalf of" not in line.group() or len(line.group()) > MAX_AUTHOR_LINE:
            continue
        segments = list(AUTHOR_SEGMENT_RE.finditer(text, line.start(), line.end()))
        gaps = zip([line.start()] + [m.end() for m in segments],
                   [m.start() for m in segments] + [line.end()], strict=True)
        if segments and all(not text[a:b].strip() for a, b in gaps):
            found += segments
    return found


MEASURE = re.compile(r"\b(?P<house>S|H)\.[ \t]?(?:(?P<kind>Con\.|J\.)[ \t]?)?Res\.[ \t]?"
                     r"(?P<number>\d{1,4})\b|\bH\.[ \t]?R\.[ \t]?(?P<bill>\d{1,5})\b",
                     re.IGNORECASE)
"""A measure of the United States Congress: 'S. Res. 583', 'H. Con. Res. 12', 'H.R. 1234'."""
BILL_NUMBER = r"[CS]-\d{1,3}"
"""A Canadian bill's number: 'C-70', 'S-237'."""
NUMBERED_BILL = re.compile(rf"^Bill {BILL_NUMBER}$")
"""A Canadian bill by its number: 'Bill S-237', whose first-reading page then calls it 'An
Act to establish ...'."""
SPONSOR_NAME = r"(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+" \
    r"(?P<{}>[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?)" \
    r"(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"  # 'Ms. Chu of California'
SPONSOR_LINE = re.compile(
    "^[ \t]*" + SPONSOR_NAME.format("lead") + r"(?:[ \t]*\((?P<others>for (?:himself|herself)"
    r"[^)\n]{0,2000})\))?[ \t]+(?:submitted|introduced)[ \t]+the[ \t]+following[ \t]+"
    r"(?:concurrent[ \t]+|joint[ \t]+)?(?:resolution|bill)", re.MULTILINE)
CO_SPONSOR = re.compile(SPONSOR_NAME.format("name"))
REFERRAL = re.compile(r"[ \t]*;?\s{0,4}which\s{1,4}was\s{1,4}referred\s{1,4}to\s{1,4}"
                      r"(?P<to>[^\n]{1,2000})")
"""'...; which was referred to the Committee on Rules, and in addition to the Committee on
House Administration, ...': the rest of a sponsor line names the committees."""
MAX_SPONSORS = 200
FIRST_READING_SPONSOR = re.compile(
    r"^[ \t]*FIRST READING\b[^\n]{0,60}\n(?:[ \t]*\n){0,3}[ \t]*"
    r"(?:THE[ \t]+HONOURABLE[ \t]+|HON\.?[ \t]+)?(?:SENATOR|MR|MS|MRS|MADAM)\.?[ \t]+"
    r"(?P<lead>[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2})[ \t]*$", re.MULTILINE)
"""The sponsor under a Canadian bill's first-reading line: 'FIRST READING, February 24,
2022' then 'THE HONOURABLE SENATOR Housakos' or 'MR. CHONG' (a minister's bill names the
portfolio, no one)."""


def measure_name(match: re.Match[str]) -> str:
    """The measure's number written one way: 'S. Res. 583', 'H. Con. Res. 12', 'H.R. 12'."""
    if match.group("bill"):
        return f"H.R. {match.group('bill')}"
    kind = f" {match.group('kind').title()}" if match.group("kind") else ""
    return f"{match.group('house').upper()}.{kind} Res. {match.group('number')}"


def referrals(text: str) -> list[tuple[int, int]]:
    """Character spans of what a measure's sponsor line says it was referred to."""
    out = []
    for line in SPONSOR_LINE.finditer(text):
        referral = REFERRAL.match(text, line.end())
        if referral is not None:
            out.append((referral.start("to"), referral.end("to")))
    return out[:MAX_SPONSORS]


def sponsors(text: str) -> list[tuple[int, int]]:
    """Character spans of the names on a measure's sponsor line: 'Mr. HALE (for himself,
    Ms. ORTEGA, and Mr. PRICE) submitted the following resolution'."""
    out: list[tuple[int, int]] = []
    for line in SPONSOR_LINE.finditer(text):
        out.append((line.start("lead"), line.end("lead")))
        if line.group("others"):
            base = line.start("others")
            out += [(base + m.start("name"), base + m.end("name"))
                    for m in CO_SPONSOR.finditer(line.group("others"))]
        if len(out) >= MAX_SPONSORS:
            break
    out += [line.span("lead") for line in FIRST_READING_SPONSOR.finditer(text)]
    return out[:MAX_SPONSORS]


REPLACED_MOTIONS = re.compile(
    r"replacing the following motions?[ \t]*:?[ \t]*\n(?P<lines>(?:[ \t]*B\d{1,2}-\d{4}/\d{4}"
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:\n|$)){1,40})")
"""A joint motion's list of the motions it replaces, one a line with its group in
brackets: 'B9-0244/2024 (Verts/ALE)'."""
LISTED_MOTION = re.compile(r"(?P<number>B\d{1,2}-\d{4}/\d{4})[ \t]*(?:\((?P<group>[^()\n]+)\))?")


def replaced_motions(text: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """Character spans of each replaced motion's number and of its group, if bracketed."""
    if "replacing the following motion" not in text:
        return []
    out: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    for block in REPLACED_MOTIONS.finditer(text):
        for line in LISTED_MOTION.finditer(text, block.start("lines"), block.end("lines")):
            group = line.span("group") if line.group("group") else None
            out.append((line.span("number"), group))
    return out


EP_DOCUMENT = re.compile(r"(?<![\w-])(?P<rc>RC-)?B\d{1,2}-\d{4}/\d{4}\b"
                         r"|\b(?P<procedure>\d{4}/\d{4}\((?:RSP|INI|COD|NLE|BUD)\))")
"""The numbers of a European Parliament motion ('B9-0263/2024'; a joint one 'RC-B9-...')
and of its procedure ('2024/2696(RSP)')."""
