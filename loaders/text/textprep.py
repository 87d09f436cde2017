"""Blank out the parts of a text that name no actor in a role: apparatus and boilerplate.

Why: citation markers ("election.[14] Trudeau"), footnote numbers glued to a
word ("processes.88 The Committee"), reference lists, a news release's
contacts and "Associated links", a byline's "With files from" all look like
names or glue sentences together, yet no gold annotation draws an actor from
them. They are replaced by spaces of the same length, so every character
offset (evidence spans, pages) still points into the original text.
All passes are single regular-expression scans: linear in the text.
"""

from __future__ import annotations

import re

from ..vocabulary import lexicon
from .lines import header

__all__ = ["masked", "TAIL_HEADINGS"]

CITATION = re.compile(r"\[(?:\d{1,3}(?:[,–\-]\s?\d{1,3})*|[a-z](?=\](?![A-Za-z]))|citation needed"
                      r"|note \d+)\]")
"""A citation marker: '[14]', '[a]'; not a quotation's editorial letter ('[e]xpresses')."""
FOOTNOTE = re.compile(r"(?<=[a-z)\]][.,;:”\"’])\d{1,3}(?=\s|$)", re.MULTILINE)
"""A footnote number right after a word's closing punctuation: 'processes.88 The'."""
LIFE_DATES = re.compile(r"(?<=[\w.] )(?<!\d )"
                        r"\((?P<inside>[^()\n]{0,200}?\b\d{3,4}\b[^()\n]{0,80}?)\)")
"""'Herman Simm (born 29 May 1947) is ...', 'Willy Brandt (18 December 1913 – 8 October
1992) was ...': a person's dates in brackets after the name, which the small model parses
into the sentence ('May' its subject). Blanked but for the word 'born' (the mention finder
reads it: a name so written is a person's). Not after a number: 'Resolution 2509 (2023)'
is an assembly's text by its number and year."""
GLUED_FOOTNOTE = re.compile(r"(?:(?<=\b[A-Z][a-z])[a-z]+|(?<=[)\]]))(\d{1,2})(?=[\s,.;:)]|$)",
                            re.MULTILINE)
"""A footnote number a copied page glues to a capitalised word or a closing bracket: 'the
New Federal State of China1 and', 'Organisation ("HSO")2.'; not 'APT28', 'G7', 'Su27'."""
SUPERSCRIPT = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
"""Superscript footnote markers ('Toronto.⁵'), wherever they stand."""

TAIL_HEADINGS = {
    "references", "notes", "footnotes", "endnotes", "sources", "citations", "bibliography",
    "external links", "see also", "further reading", "associated links", "related links",
    "stay connected", "contacts", "media contacts", "contact", "for more information",
}
"""Headings after which a document only lists sources, links and contacts."""

HEADING_LINE = re.compile(
    r"^[ \t]*(?:=+[ \t]*)?(?:\d{1,2}\.?[ \t]+)?"  # '== ' or '7 ' before the words
    r"([A-Za-z][A-Za-z ]{2,30}?)[ \t]*(?:=+)?[ \t]*:?[ \t]*$",
    re.MULTILINE)
"""A heading: plain ('References'), numbered ('7 References') or wiki markup ('== See also ==')."""
CONTENTS = re.compile(r"^[ \t]*(?:=+[ \t]*)?(?:Contents|Table of contents)[ \t]*(?:=+)?[ \t]*\n"
                      r"(?:[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[^\n]{1,80}\n)+", re.MULTILINE)
"""A table of contents: the section titles again, each numbered, with no actor in a role."""
BOILERPLATE_LINE = re.compile(
    r"^[ \t]*(?:For further information|For more information|Media (?:contacts?|relations|"
    r"inquiries)|Contacts?:|SOURCE\b|With files from|Follow\b.{0,80}\bon\b|News provided by|"
    r"Posted:|Last Updated|Retrieved\b|Related (?:links|stories)|Share this|Photo:).*$",
    re.MULTILINE)
TAIL_FRACTION = 0.4
"""A tail heading counts only in the last part of the text (not a 'Notes' section midway)."""
LIST_TAIL_FRACTION = 0.8
"""Further up (a long article's reference list can outweigh its prose), a tail heading
counts when what follows it is a list: numbered, bulleted or short lines, no prose."""
LIST_LINE = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|\^|[*•\-–]|\[\d{1,3}\])")
PROSE_LINE_CHARS = 160


def masked(text: str) -> str:
    """`text` with apparatus and boilerplate replaced by spaces (same length), and its
    typographic apostrophes and non-breaking hyphens made plain ('EU’s support to
    Moldova': the small model, trained on plain ones, misreads the phrase around a curly
    one; one character for one)."""
    text = text.replace("’", "'").replace("\u2011", "-")  # ('Wiseler\u2011Lima' is one
    # name to the model only with a plain hyphen)
    text = _blank_layout(text)
    text = CITATION.sub(_blank, text)
    text = FOOTNOTE.sub(_blank, text)
    if GLUED_FOOTNOTE.search(text):
        plain = set(PLAIN_WORD.findall(text))
        text = GLUED_FOOTNOTE.sub(lambda match: _blank_footnote(match, plain), text)
    text = SUPERSCRIPT.sub(_blank, text)
    text = LIFE_DATES.sub(_blank_dates, text)
    text = BOILERPLATE_LINE.sub(_blank, text)
    text = CONTENTS.sub(_blank, text)
    cut = _tail_start(text)
    if cut is not None:
        text = text[:cut] + _blank_tail(text[cut:])
    return text


TESTIMONY_NOTE = re.compile(r"^[ \t]*(?:\d{1,3}[.)]?)?[ \t]*(?:Testimony|Evidence|Examination)"
                            r" of [A-Z]")
"""An inquiry report's note 'Testimony of X, April 4, 2024' (its marker already blanked)
names a witness before the inquiry: the one kind of note that is kept."""


DATELINE_DASH = re.compile(r" [-–—] ")


def _blank_layout(text: str) -> str:
    """The source address under the title is layout, not names: blanked so no model
    reads a URL as an actor. (Field labels stay: the splitter and the field reader key
    on them; `fields.FieldReader` drops what the model finds in a label.)"""
    top = header(text)
    for start, end in top.datelines:  # 'August 9, 2023 - Ottawa, Ontario - Global Affairs
        # Canada': each part its own line, so no name runs from the place into the issuer
        line = DATELINE_DASH.sub(lambda m: m.group(0)[0] + "\n" + m.group(0)[2:],
                                 text[start:end])
        text = text[:start] + line + text[end:]
    if top.url is None:
        return text
    start, end = top.url
    return text[:start] + _blank_text(text[start:end]) + text[end:]


def _blank_tail(tail: str) -> str:
    """The tail blanked, except the notes that cite a witness's testimony."""
    return "\n".join(line if TESTIMONY_NOTE.match(line) else _blank_text(line)
                      for line in tail.split("\n"))


def _tail_start(text: str) -> int | None:
    """Offset of the first tail heading in the last part of the text, if any."""
    floor = int(len(text) * (1 - TAIL_FRACTION))
    list_floor = int(len(text) * (1 - LIST_TAIL_FRACTION))
    for match in HEADING_LINE.finditer(text, list_floor):
        if match.group(1).strip().lower() not in TAIL_HEADINGS:
            continue
        if match.start() >= floor or _list_follows(text, match.end()):
            return match.start()
    return None


def _list_follows(text: str, start: int) -> bool:
    """True when the lines after `start` are list items or short lines, not prose; a
    bounded look (the first lines after the heading), so the scan stays linear."""
    lines = [line for line in text[start:start + 4000].split("\n") if line.strip()][:12]
    if len(lines) < 3:
        return False
    listed = sum(1 for line in lines
                 if LIST_LINE.match(line) or len(line.strip()) < PROSE_LINE_CHARS // 2)
    prose = sum(1 for line in lines if len(line) >= PROSE_LINE_CHARS and not LIST_LINE.match(line))
    return prose == 0 and listed >= 0.75 * len(lines)


LIFE_WORDS = re.compile(r"\b(?:born|died|d\.|b\.|c\.|circa)\b|[–\-]|\d|"
                        r"\b(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|"
                        r"[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)\b")


YEAR = re.compile(r"\b\d{4}\b")


def _blank_dates(match: re.Match) -> str:
    """Only a bracket of birth and death dates (and, after 'born', a place) after a name:
    anything else in brackets with a year ('(2019)', '(Bill C-70, 2024)') is left as
    written."""
    before = match.string[max(0, match.start() - 40):match.start()].split()
    if not before or not before[-1][:1].isupper():
        return match.group(0)  # 'the war (1939-1945)': a thing's dates, not a person's
    inside = match.group("inside")
    words = inside.replace(",", " ").replace(";", " ").split()
    dated = [w for w in words if LIFE_WORDS.match(w)]
    lifespan = len(YEAR.findall(inside)) == 2 and ("–" in inside or "-" in inside)
    if "born" not in words and not (lifespan and len(dated) == len(words)):
        return match.group(0)  # '(2019)', '(June 2024)': a dated thing's date stays
    if "born" in words:
        after = words[words.index("born") + 1:]
        if after and after[0][:1].isupper() and not LIFE_WORDS.fullmatch(after[0]):
            return match.group(0)  # 'Christine Lee (born Ching Kui Lee; ...)': a birth name
        at = inside.index("born")
        return "(" + _blank_text(inside[:at]) + "born" + _blank_text(inside[at + 4:]) + ")"
    return "(" + _blank_text(inside) + ")"


PLAIN_WORD = re.compile(r"\b[A-Za-z]+\b(?!\d)")


def _blank_footnote(match: re.Match, plain: set[str]) -> str:
    """The match with its number (group 1) blanked, its word kept, when the number follows
    a bracket or a word the text writes without a number elsewhere, or a country
    ('China1'); not 'Direkt36' or 'Flash90', names with their number."""
    start, end = match.span(1)
    word = re.search(r"[A-Za-z]*$", match.string[max(0, start - 40):start]).group()
    if word and word not in plain and word not in lexicon.COUNTRIES:
        return match.group()
    return match.group()[:start - match.start()] + " " * (end - start)


def _blank(match: re.Match) -> str:
    return _blank_text(match.group(0))


def _blank_text(chunk: str) -> str:
    """Spaces for every character but line breaks (paragraphs keep their shape)."""
    return re.sub(r"[^\n]", " ", chunk)
