"""Committee transcripts: speaker lines say who speaks, their party and their office.

Why: in a Hansard-style transcript the most reliable facts are in the speaker
labels, not the prose: "Mr. Michael Chong (Wellington—Halton Hills, CPC):" is
a Conservative MP; "Mr. David Vigneault (Director, Canadian Security
Intelligence Service):" heads CSIS and is a witness before the committee.
Inside a turn, "I" is the speaker.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from ..vocabulary import lexicon
from .hearing_lines import hearing_lines
from .lines import DATELINE
from .oral_evidence import oral_evidence_lines
from .speaker_line import SpeakerLine

__all__ = ["SpeakerLine", "speaker_lines", "SpeakerTurns"]

SPEAKER = re.compile(
    r"^[ \t]*(?:\d{1,3}\.[ \t]+)?(?!The\b)"
    r"(?:(?P<hon>Mr|Mrs|Ms|Miss|Dr|(?:Rt\.?[ \t]+|Right[ \t]+)?Hon|Honourable|Senator|Sen|Prof)"
    r"\.?\s+)?"
    r"(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,4})"
    r"[ \t]*\((?P<paren>[^()\n]{2,160})\)(?:[ \t]*\(\d{1,2}[:.]\d{2}\))?"
    r"(?:[ \t]+(?:to|on[ \t]+behalf[ \t]+of)[ \t]+the[ \t]+[A-Z][^:\n]{2,80})?[ \t]*:",
    re.MULTILINE,
)
"""'Mr. Michael Chong (Wellington—Halton Hills, CPC):'; the Australian Hansard adds the time:
'Senator WONG (South Australia—Minister for Foreign Affairs) (14:05):'; a New Zealand oral
question its number and whom it is put to: '1. Hon JUDITH COLLINS (National—Papakura) to
the Prime Minister:'; a minister answering for another: '(Deputy Prime Minister) on behalf
of the Prime Minister:'."""
PLAIN = re.compile(
    r"^[ \t]*(?:Mr|Mrs|Ms|Miss|Dr|(?:Rt\.?[ \t]+|Right[ \t]+)?Hon|Senator)\.?[ \t]+"
    r"(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,3})[ \t]*:", re.MULTILINE)
CAPS_NAME = r"(?P<name>[A-Z][A-Z'’\-]{2,}(?:[ \t]+[A-Z][A-Z'’\-]{1,}){0,2})"
"""A name in capitals as transcripts print speakers: a surname, or up to three words."""
CAPS_LABEL = re.compile(
    r"^[ \t]*(?:\[[\d:]{4,8}\][ \t]*)?(?:(?:MR|MRS|MS|DR|SEN|REP|SENATOR)\.?[ \t]+)?"
    r"(?:(?P<title>(?:VICE[ \t]+|ACTING[ \t]+)?CHAIR(?:MAN|WOMAN|PERSON)?|RANKING[ \t]+MEMBER"
    r"|(?:DEPUTY[ \t]+)?DIRECTOR|SECRETARY|AMBASSADOR|GENERAL|ADMIRAL|COMMISSIONER"
    r"|REPRESENTATIVE|CONGRESSMAN|CONGRESSWOMAN)[ \t]+)?"
    rf"{CAPS_NAME}[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE)
"""A transcript's surname in capitals before the speech ('SWALWELL: Are you aware ...',
'[15:00:00] HILL: I have heard his name', 'CHAIRMAN WARNER: Good morning'), as broadcast
and hearing transcripts print them; an office before the surname is no part of the name
(the chairman's chairs the hearing)."""
CAPS_LINE_LABEL = re.compile(
    rf"^[ \t]*(?P<title>){CAPS_NAME}[ \t]*:[ \t]*\n(?=[ \t]*[^\s])", re.MULTILINE)
"""A radio or press interview's label alone on its line, the answer on the next ('SALLY
SARA:', then 'SARA:' for each later turn): read only as `_caps_line_labels` says (its
empty title group: the labels are read with CAPS_LABEL's)."""
CAPS_TITLED_LABEL = re.compile(
    r"^[ \t]*(?:(?:MR|MRS|MS|DR|SEN|REP|SENATOR)\.?[ \t]+)?"
    r"(?P<name>[A-Z][A-Z'’\-]+\.?(?:[ \t]+[A-Z][A-Z'’\-]*\.?){1,4}),[ \t]+"
    r"(?P<paren>[A-Z][A-Z0-9 .,'’&\-]{1,90}?)[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
"""A news transcript's label: the name in capitals, a comma, the party or the title
('SEN. LINDSEY GRAHAM, R-S.C.: ...', 'JAMES R. CLAPPER JR., FORMER DIRECTOR OF NATIONAL
INTELLIGENCE: ...'); the short surname labels follow ('GRAHAM: Mr. Clapper.')."""
NOT_CAPS_LABELS = frozenset({"NOTE", "NOTES", "UPDATE", "SOURCE", "SOURCES", "PHOTO", "EDITOR",
                             "WARNING", "CORRECTION", "ANNOUNCER", "UNIDENTIFIED", "UNKNOWN",
                             "CROSSTALK", "END", "BEGIN", "VIDEO", "AUDIO", "TEXT", "SUBJECT",
                             "RE", "FROM", "TO", "CC", "DATE", "TITLE", "SUMMARY", "BACKGROUND",
                             "SUBJECTS", "TOPIC", "TOPICS", "KEYWORDS", "TAGS",
                             "QUESTION", "ANSWER", "Q", "A", "WASHINGTON"})
"""Capitals before a colon that head a note or a field, not a speaker."""
CHAIR = re.compile(r"^[ \t]*The (?:Chair|Chairman|Chairperson|Vice-Chair|Acting Chair)\b"
                   r"(?:[ \t]*\((?P<paren>(?:[^()\n]|\([^()\n]{1,80}\)){2,160})\))?[ \t]*:",
                   re.MULTILINE)
CHAIR_INNER = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Hon)\.?\s+)?(?P<name>[^()]+?)\s*"
                         r"(?:\((?P<paren>[^()]+)\))?\s*$")
"""'Hon. Bardish Chagger (Waterloo, Lib.)': the chair's name, then riding and party."""
WITNESS = re.compile(
    r"^[ \t]*(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,3}),[ \t]+"
    r"(?P<paren>[A-Z][^:\n]{2,200}?)[ \t]*:", re.MULTILINE)
"""Senate evidence: 'Vanessa Lloyd, Deputy Director, Operations, CSIS: Thank you.'"""
IN_THE_CHAIR = re.compile(
    r"^[ \t]*(?:(?:Senator|Hon\.?|The Honourable|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?"
    r"(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,3})[ \t]*"
    r"\((?:Deputy |Acting )?Chair(?:man|person)?\)[ \t]+in the chair", re.MULTILINE)
"""'Senator Tony Dean (Chair) in the chair.': who 'The Chair:' is in Senate evidence."""
NAME = r"[A-Z][\w'’.\-]+(?:[ \t]+(?:[A-Z][\w'’.\-]+|de|van|von|du|da|la|le|al|bin)){1,3}"
INITIALLED = r"[A-Z]\.?[ \t]+[A-Z][\w'’\-]+"
"""A name of an initial and one name, as Singapore's Hansard prints some: 'K Tanaka'."""
PARTY_WORDS = (r"Liberal|Conservative|NDP|New Democrat(?:ic Party)?|Bloc Québécois|Bloc|"
               r"Green(?: Party)?|Independent|People's Party|CPC|Lib\.?|BQ")
"""Party words of a line label (openparliament.ca's 'Michael Chong Conservative ...')."""
PROVINCES = r"ON|BC|QC|AB|MB|SK|NS|NB|PE|NL|YT|NT|NU"
LINE_LABEL = re.compile(
    rf"^[ \t]*(?P<name>{NAME.replace('{1,3}', '{1,3}?')})[ \t]+(?P<paren>(?P<party>{PARTY_WORDS})"
    rf"[ \t]+(?P<riding>[A-Z][^,\n]{{1,80}}),[ \t]*(?:{PROVINCES}))[ \t]*$", re.MULTILINE)
LINE_LABEL_OFFICE = re.compile(
    rf"^[ \t]*(?P<name>{NAME.replace('{1,3}', '{1,3}?')})[ \t]+"
    rf"(?P<paren>(?:{PARTY_WORDS})[A-Z][\w'’\-]*(?:[ \t]+[\w'’\-]+){{0,6}})[ \t]*$",
    re.MULTILINE)
"""openparliament.ca's label of a member holding an office, the party glued to the
office: 'Justin Trudeau LiberalPrime Minister', 'Jane Roe ConservativeLeader of the
Opposition'."""
GLUED_PARTY = re.compile(rf"^(?P<party>{PARTY_WORDS})(?=[A-Z])")
"""The party word glued to the office in such a label."""
LINE_LABEL_NO_PARTY = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w'’.\-]+[ \t]+[A-Z][\w'’.\-]+)[ \t]+"
    rf"(?P<paren>(?P<riding>[A-Z][^,\n]{{1,80}}),[ \t]*(?:{PROVINCES}))[ \t]*$", re.MULTILINE)
"""A label alone on its line: name, party, riding and province ('Rachel Blaney NDP North
Island—Powell River, BC'); the speech follows on the next lines."""
LINE_CHAIR = re.compile(
    rf"^[ \t]*The (?:Chair|Chairman|Chairperson|Vice-Chair|Acting Chair)[ \t]+"
    rf"(?P<paren>{PARTY_WORDS})[ \t]+(?P<name>{NAME})[ \t]*$", re.MULTILINE)
"""'The Chair Liberal Bardish Chagger'."""
WESTMINSTER_MEMBER = re.compile(
    rf"^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+)?(?P<name>{NAME})"
    r"[ \t]*\((?P<riding>[^()\n]{2,80})\)[ \t]*\((?!\d{1,2}[:.]\d{2}\))"
    r"(?P<party>[^()\n]{2,40})\)[ \t]*(?::|$)",
    re.MULTILINE)
"""Hansard: 'Ian Blackford (Ross, Skye and Lochaber) (SNP)', 'Jim Shannon (Strangford) (DUP)',
alone on its line (the website) or before a colon and the speech (the printed report); a
time in the second brackets is the Australian label's (`SPEAKER`), no party."""
PEER_LABEL = re.compile(
    r"^[ \t]*(?P<name>(?:Lord|Baroness|Lady|Viscount|Earl|The Earl of|The Lord Bishop of)"
    r"[ \t]+[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?(?:[ \t]+of[ \t]+[A-Z][\w'’\-]+"
    r"(?:[ \t]+[A-Z][\w'’\-]+)?)?)[ \t]*\((?P<paren>[^()\n]{2,40})\)[ \t]*(?::|$)",
    re.MULTILINE)
"""The House of Lords: 'Lord Ahmad of Wimbledon (Con)', 'Baroness Smith of Newnham (LD)'
alone on a line, or before the speech and a colon; the peer's title is the name."""
BRACKETED_LINE_LABEL = re.compile(
    rf"^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Senator|Hon)\.?[ \t]+)?(?P<name>{NAME})[ \t]*"
    r"\((?P<paren>[^()\n,]{2,80},[^()\n]{2,80})\)[ \t]*$", re.MULTILINE)
"""A label alone on its line with place and party in one pair of brackets: 'Jane Roe (NSW,
Australian Labor Party)', as parliament websites print each turn's speaker."""
PRESIDING_LINE_LABEL = re.compile(
    rf"^[ \t]*(?P<name>{NAME})[ \t]*\((?P<paren>(?:Deputy )?(?:President|Speaker))\)[ \t]*$",
    re.MULTILINE)
"""The presiding officer's label among those: 'Paul Smith (President)'."""
WESTMINSTER_OFFICE = re.compile(
    r"^[ \t]*(?P<office>(?:The|Mr|Madam)[ \t]+[A-Z][^()\n:]{2,150}?)[ \t]*"
    rf"\((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+)?(?P<name>{NAME}|{INITIALLED})\)"
    r"[ \t]*(?::|$)",
    re.MULTILINE)
"""Hansard: 'Mr Deputy Speaker (Mr Nigel Evans)', 'The Minister of State, Foreign,
Commonwealth and Development Office (Anne-Marie Trevelyan)', 'The Minister for Harbour Affairs
(Mr K Tanaka):': the office, then the name."""
EP_LABEL = re.compile(
    rf"^[ \t]*(?P<name>{NAME})(?:,[ \t]+on[ \t]+behalf[ \t]+of[ \t]+the[ \t]+"
    r"(?P<group>[A-Z][^.\n–—]{1,60}?[ \t]Group)|[ \t]*\((?P<paren>[A-Z][\w&/ ]{0,15})\))"
    r"(?:,[ \t]+in[ \t]+writing)?\.?[ \t]+[–—][ \t]+", re.MULTILINE)
"""The European Parliament's verbatim report: 'Jane Roe, on behalf of the Renew Group. –
Madam President, ...', 'John Roe (ID). – ...', 'Anne Lee (S&D), in writing. – ...': the
name, the political group, a dash, and the speech on the same line."""
EP_PRESIDENT = re.compile(r"^[ \t]*(?:President|Vice-President)\.?[ \t]+[–—][ \t]+",
                          re.MULTILINE)
"""The chair's turns in that report: 'President. – The next item is ...'."""
NAME_ONLY = re.compile(
    rf"^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+)?(?P<name>{NAME})[ \t]*\n"
    r"[ \t]*\n", re.MULTILINE)
"""A name alone on its line before a paragraph: in a debate or a transcript, who speaks."""
NAME_LINE = re.compile(
    rf"^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+)?(?P<name>{NAME})[ \t]*\n"
    r"(?=[ \t]*\S)", re.MULTILINE)
"""A name alone on its line with the speech on the very next one: a speaker's label when an
earlier label gave that name in full ('Alicia Kearns (Rutland and Melton) (Con)' first, then
'Alicia Kearns' for each later turn, as Hansard prints them), or right under the chamber's
line (the minister opening a statement)."""
CHAMBER = re.compile(r"^[ \t]*(?:Commons Chamber|Lords Chamber|Westminster Hall)[ \t]*$",
                     re.MULTILINE)
EXCERPT_BREAK = re.compile(r"^[ \t]*[\[(]?(?:…|\.\.\.)[\])]?[ \t]*$", re.MULTILINE)
"""'[…]' alone on a line: an excerpt ends; who speaks after it the text does not say."""
ROLE_ONLY = re.compile(
    r"^[ \t]*(?:The (?:Deputy )?Prime Minister|Mr Speaker|Madam Speaker|(?:Mr|Madam) Deputy "
    r"Speaker|The (?:Chair|Speaker)|The Secretary of State for [A-Z][^\n]{2,80}|"
    r"The Minister (?:of State )?for [A-Z][^\n]{2,80})[ \t]*$", re.MULTILINE)
"""A label naming only an office ('The Deputy Prime Minister'): a new turn whose speaker
the text does not name."""
ROLE_LABEL = re.compile(
    r"^[ \t]*(?:The (?:Taoiseach|Tánaiste|Tanaiste|(?:Deputy )?Prime Minister|Speaker|"
    r"Attorney[ -]General|Minister(?: of State)?(?: for [A-Z][^:\n]{2,80})?|"
    r"Secretary of State(?: for [A-Z][^:\n]{2,80})?)|An Ceann Comhairle|"
    r"(?:Mr|Madam) (?:Deputy )?Speaker)[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
"""'The Taoiseach: I thank the Deputy ...': an office opening a turn on the speech's own
line; a new speaker the label does not name (the last one named no longer speaks)."""
LISTED_WITNESS = re.compile(
    rf"^[ \t]*(?:(?:Mr|Mrs|Ms|Dr|Hon)\.?[ \t]+)?(?P<name>{NAME})[ \t]{{2,}}"
    r"(?P<paren>[A-Z][^\n]{2,250}?)[ \t]*$", re.MULTILINE)
"""A witness list line: 'Ben Scott  Chief Executive Officer, Reset Tech' (two spaces)."""
DASH_LISTED = re.compile(
    r"^[ \t]*(?:[-•*·][ \t]+)?(?:(?:Mr|Mrs|Ms|Dr|Professor|Prof|Sir|Dame|Lord|Baroness)\.?"
    rf"[ \t]+)?(?P<name>{NAME})(?:[ \t]+[A-Z]{{2,4}}){{0,3}}[ \t]+[–—-][ \t]+"
    r"(?P<paren>[A-Z][^\n]{2,200}?)[ \t]*$", re.MULTILINE)
"""A list line 'Name – Title, Body' ('William Browder – Head of the Global Magnitsky Justice
Movement'), with or without a bullet; read only where two or more follow one another."""
WITNESS_HEADING = re.compile(r"\bwitness", re.IGNORECASE)
LISTED_OFFICER = re.compile(
    r"^[ \t]*(?P<paren>(?:Clerk|Legislative Clerk|Analyst|Committee Researcher)"
    rf"[^\n]{{0,60}}?)[ \t]{{2,}}(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?(?P<name>{NAME})[ \t]*$",
    re.MULTILINE)
"""'Clerk of the Committee  Mr. Simon Larouche': the office first, then the name."""
LABEL_LOWER = frozenset({"of", "and", "for", "the", "on", "in", "to", "du", "de", "des", "la",
                         "le", "et", "&"})
"""Small words a witness's title may hold; any other lowercase word makes it prose."""


def _caps_line_labels(text: str) -> list[re.Match]:
    """Names in capitals alone on their lines: a full name ('SALLY SARA') is a label, a
    single word ('SARA') only as the last word of one (a heading such as 'BACKGROUND:'
    stands alone, and it is never the end of a full name's label)."""
    found = [m for m in CAPS_LINE_LABEL.finditer(text) if m.group("name") not in NOT_CAPS_LABELS]
    surnames = {m.group("name").split()[-1] for m in found if len(m.group("name").split()) > 1}
    return [m for m in found if len(m.group("name").split()) > 1
            or m.group("name") in surnames]


def speaker_lines(text: str) -> list[SpeakerLine]:
    """Speaker labels at line starts; fewer than two means this is no transcript."""
    return list(_speaker_lines(text))


@lru_cache(maxsize=64)
def _speaker_lines(text: str) -> tuple[SpeakerLine, ...]:
    """The labels of the last texts asked about, kept: the sentence splitter reads a whole
    batch of chunks (up to 64) before the speaker relations and the field lines read each
    (every pattern scans the whole text)."""
    found = [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                         m.group("name"), senator=_senator(m.group(0)))
             for m in SPEAKER.finditer(text)]
    found += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"),
                          senator=_senator(m.group(0))) for m in PLAIN.finditer(text)]
    caps = [m for m in CAPS_LABEL.finditer(text) if m.group("name") not in NOT_CAPS_LABELS]
    caps += _caps_line_labels(text)
    titled = list(CAPS_TITLED_LABEL.finditer(text))
    if len({m.group("name") for m in caps + titled}) >= 2:  # two speakers: a transcript
        found += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"),
                              chair=(m.group("title") or "").startswith("CHAIR"),
                              member=_member_title(m.group("title") or ""),
                              senator=_senator(m.group(0)))
                  for m in caps]
        found += [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"),
                              m.end("paren"), m.group("name"), senator=_senator(m.group(0)))
                  for m in titled]
    found += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"), chair=True,
                          senator=_senator(m.group(0))) for m in IN_THE_CHAIR.finditer(text)]
    for m in CHAIR.finditer(text):
        inner = CHAIR_INNER.match(m.group("paren") or "")
        if inner is not None:
            base = m.start("paren")
            paren = (base + inner.start("paren"), base + inner.end("paren")) \
                if inner.group("paren") else (0, 0)
            found.append(SpeakerLine(base + inner.start("name"), base + inner.end("name"),
                                     *paren, inner.group("name"), chair=True))
        else:
            found.append(SpeakerLine(m.start(), m.end(), 0, 0, "", chair=True))
    found += _european_parliament_labels(text)
    alone = _line_labels(text)
    found += alone
    taken = {s.start for s in found}
    found += [s for s in oral_evidence_lines(text) if s.start not in taken]
    taken = {s.start for s in found}
    found += [s for s in hearing_lines(text) if s.start not in taken]
    if found:  # a witness's title label counts only in a text with other speaker labels
        found += _witness_lines(text, {s.start for s in found})
    found.sort(key=lambda s: s.start)
    labels = [s for s in found if s.name or s.chair]
    if len(found) > MAX_LABELS:
        found = found[:MAX_LABELS]
    return tuple(found) if len(labels) >= 2 or any(not s.listed and s.name for s in alone) \
        else ()


def _european_parliament_labels(text: str) -> list[SpeakerLine]:
    """The speakers of a European Parliament debate, with their group, and its chair."""
    if "–" not in text and "—" not in text:
        return []
    found = []
    for m in EP_LABEL.finditer(text):
        group = "group" if m.group("group") else "paren"
        found.append(SpeakerLine(m.start("name"), m.end("name"), m.start(group), m.end(group),
                                 m.group("name")))
    found += [SpeakerLine(m.start(), m.end(), 0, 0, "", chair=True)
              for m in EP_PRESIDENT.finditer(text)]
    return found


MAX_LABELS = 2000
"""Speaker labels and list lines read per document: a long hearing has hundreds; more is a
list or an attack, and what follows is read as prose (the extractor warns once)."""


HEADING_WORDS = lexicon.words("topic_heads") | lexicon.words("heading_words")
"""Last words of an item of business's heading ('Emergency Debate', 'National Security'):
such a line names no speaker."""


def _line_labels(text: str) -> list[SpeakerLine]:
    """Labels standing alone on their line (openparliament.ca, Hansard reproductions) and
    the lines of a witness list; the speech starts on the next line."""
    out = [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                       m.group("name"), riding=(m.start("riding"), m.end("riding")))
           for m in LINE_LABEL.finditer(text)]
    out += [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                        m.group("name")) for m in LINE_LABEL_OFFICE.finditer(text)]
    named = {s.start for s in out}
    out += [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                        m.group("name"), riding=(m.start("riding"), m.end("riding")))
            for m in LINE_LABEL_NO_PARTY.finditer(text) if m.start("name") not in named]
    out += [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                        m.group("name"), chair=True) for m in LINE_CHAIR.finditer(text)]
    out += [SpeakerLine(m.start("name"), m.end("name"), m.start("riding"), m.end("party"),
                        m.group("name"), riding=(m.start("riding"), m.end("riding")))
            for m in WESTMINSTER_MEMBER.finditer(text)]
    out += [SpeakerLine(m.start("name"), m.end("name"), m.start("office"), m.end("office"),
                        m.group("name")) for m in WESTMINSTER_OFFICE.finditer(text)]
    out += [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                        m.group("name")) for m in PEER_LABEL.finditer(text)]
    named = {s.start for s in out}
    out += [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                        m.group("name")) for m in BRACKETED_LINE_LABEL.finditer(text)
            if _title_like(m.group("paren")) and m.start("name") not in named]
    out += [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                        m.group("name")) for m in PRESIDING_LINE_LABEL.finditer(text)]
    out += [_role_only(text, m, out) for m in ROLE_ONLY.finditer(text)]
    out += [SpeakerLine(m.start(), m.end(), 0, 0, "", chair=_chair_only(m.group(0).rstrip(": ")))
            for m in ROLE_LABEL.finditer(text)]
    out += [SpeakerLine(m.start(), m.end(), 0, 0, "") for m in EXCERPT_BREAK.finditer(text)]
    taken = {s.start for s in out}
    if out or CHAMBER.search(text):  # a debate: a bare name line is a speaker's label
        first_line_end = text.find("\n")
        out += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"))
                for m in NAME_ONLY.finditer(text)
                if not _inside_label(m.start("name"), out) and m.start() > first_line_end
                and m.group("name").split()[-1].lower() not in HEADING_WORDS
                and not CHAMBER.match(m.group(0).strip()) and not DATELINE.match(m.group("name"))]
        labelled = {s.name for s in out if s.name}
        seen = {s.start for s in out}
        chambers = {m.end() + 1 for m in CHAMBER.finditer(text)}
        out += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"))
                for m in NAME_LINE.finditer(text)
                if (m.group("name") in labelled or m.start() in chambers)
                and m.start("name") not in seen and not _inside_label(m.start("name"), out)]
        taken = {s.start for s in out}
    for pattern in (LISTED_WITNESS, LISTED_OFFICER):
        out += [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                            m.group("name"), listed=True) for m in pattern.finditer(text)
                if m.start("name") not in taken and _title_like(m.group("paren"))]
    taken = {s.start for s in out}
    return out + [line for line in _dash_list(text) if line.start not in taken]


def _dash_list(text: str) -> list[SpeakerLine]:
    """The lines of 'Name – Title, Body' lists two lines long at least; their people
    testify only under a heading that calls them witnesses."""
    matches = list(DASH_LISTED.finditer(text))
    out = []
    for n, m in enumerate(matches):
        near = [o for o in matches[max(n - 1, 0):n + 2] if o is not m
                and text.count("\n", min(o.start(), m.start()), max(o.start(), m.start())) == 1]
        if not near or not _title_like(m.group("paren")):
            continue
        name = POST_NOMINAL_TAIL.sub("", m.group("name"))  # 'Christopher Donnelly CMG TD'
        window = max(m.start() - HEADING_WINDOW, 0)  # a list of thousands stays linear
        heading = text[max(text.rfind("\n\n", window, m.start()), window):m.start()]
        out.append(SpeakerLine(m.start("name"), m.start("name") + len(name), m.start("paren"),
                               m.end("paren"), name, listed=True,
                               testifies=bool(WITNESS_HEADING.search(heading))))
    return out


HEADING_WINDOW = 2000
"""How far above a list line its heading ('Expert witnesses') is looked for."""
POST_NOMINAL_TAIL = re.compile(r"(?:[ \t]+[A-Z]{2,4})+$")


def _role_only(text: str, match: re.Match[str], labels: list[SpeakerLine]) -> SpeakerLine:
    """'Mr Deputy Speaker' alone: the office holder an earlier label named in full ('Mr
    Deputy Speaker (Mr Nigel Evans)'), else a speaker the text does not name."""
    office = " ".join(match.group(0).split())
    earlier = [s for s in labels if s.name and s.paren_end and s.start < match.start()
               and " ".join(text[s.paren_start:s.paren_end].split()) == office]
    if earlier:
        holder = max(earlier, key=lambda s: s.start)
        return SpeakerLine(match.start(), match.end(), 0, 0, holder.name)
    return SpeakerLine(match.start(), match.end(), 0, 0, "", chair=_chair_only(match.group(0)))


def _inside_label(start: int, labels: list[SpeakerLine]) -> bool:
    """A name found again inside a label already read ('Deputy Speaker' of 'Mr Deputy
    Speaker') is no label of its own."""
    return any(s.start <= start < max(s.end, s.start + 1) for s in labels)


def _chair_only(label: str) -> bool:
    return label.strip() in ("The Chair", "The Speaker")


def _title_like(label: str) -> bool:
    """A witness's office and body: capitalised words and small words, no sentence."""
    words = re.findall(r"[\w'’\-]+", label)
    return bool(words) and not label.rstrip().endswith((".", "?", "!")) and all(
        w[0].isupper() or w in LABEL_LOWER or w in ("an", "as", "an") for w in words)


MEMBER_TITLES = ("VICE", "RANKING", "REPRESENTATIVE", "CONGRESS")


def _member_title(title: str) -> bool:
    """'VICE CHAIRMAN RUBIO', 'RANKING MEMBER X': a member of the committee who asks."""
    return title.startswith(MEMBER_TITLES)


def _senator(label: str) -> bool:
    return label.lstrip().startswith(("Senator", "Sen.", "SENATOR ", "SEN. "))


def _witness_lines(text: str, taken: set[int]) -> list[SpeakerLine]:
    """'Name, Title, Body:' opening a line, when every word of the title is capitalised
    or a small word (prose before a colon has verbs and lowercase nouns)."""
    out = []
    for m in WITNESS.finditer(text):
        words = re.findall(r"[\w'’\-]+", m.group("paren"))
        if any(m.start("name") <= t < m.end("name") for t in taken) or not words or any(
                w[0].islower() and w not in LABEL_LOWER for w in words):
            continue
        out.append(SpeakerLine(m.start("name"), m.end("name"), m.start("paren"),
                               m.end("paren"), m.group("name")))
    return out


LABEL_OFFICE = re.compile(r"\b(?:" + "|".join(
    re.escape(w) for w in lexicon.words("label_office_words")) + r")\b")


class SpeakerTurns:
    """Who is speaking at a character offset (for 'I' and 'me'), and for whom: the body a
    witness's label names (for 'we', 'our officers', 'my office')."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._who: list[Any] = []
        self._body: list[Any] = []
        self.offices: dict[str, Any] = {}
        """Office title (lower case) -> the speaker whose label gives it; None when two
        speakers' labels give it (no one, rather than a guess)."""

    def note_offices(self, label: str, speaker: Any) -> None:
        """'(Harbourside, Labor, Attorney-General)': the offices a label gives its
        speaker, so that 'the Attorney-General' in the same debate is that speaker."""
        for part in label.split(","):
            title = " ".join(part.split()).lower()
            if not LABEL_OFFICE.search(title):
                continue
            held = self.offices.get(title, speaker)  # (keys come later: names compared)
            same = held is not None and (held.name or held.text) == (speaker.name or speaker.text)
            self.offices[title] = speaker if same else None

    def add(self, offset: int, mention: Any, body: Any = None) -> None:
        index = bisect.bisect(self._starts, offset)
        self._starts.insert(index, offset)
        self._who.insert(index, mention)
        self._body.insert(index, body)

    def at(self, offset: int) -> Any | None:
        index = bisect.bisect(self._starts, offset) - 1
        return self._who[index] if index >= 0 else None

    def body_at(self, offset: int) -> Any | None:
        index = bisect.bisect(self._starts, offset) - 1
        return self._body[index] if index >= 0 else None

    def __bool__(self) -> bool:
        return bool(self._starts)
