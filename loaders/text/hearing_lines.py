"""Hearing and debate lines of other parliaments: Australian committee Hansard, the United
States' printed hearings, the Irish Dáil, Westminster's public bill committees.

Why: each parliament prints who sits, who gives evidence and who speaks in a form of its
own, and a transcript's facts are in those lines, not in its prose:
- Australia: 'Members in attendance: Senators Fawcett, Paterson and Mr Hastie.' (the
  committee's members), 'MARTIN, Professor Helen, Vice-Chancellor, University of Eastwood'
  (a witness, surname first, then title and body), 'Prof. Martin:' (a turn);
- the United States: 'Mr. Himes.' and 'Ms. Brandt.' opening a turn, and the heading
  'STATEMENT OF JESSICA BRANDT, DIRECTOR, FOREIGN MALIGN INFLUENCE CENTER' (a witness);
- Ireland: 'Deputy Mary Lou McDonald:' (a member of the Dáil speaking);
- a public bill committee: '† Bryant, Chris (Rhondda) (Lab)' (a member, with seat and party).
Each line gives a `SpeakerLine`; the name a line writes surname first is given in reading
order ('Helen Martin'), the line's span covering what the text writes.
"""

from __future__ import annotations

import re

from .speaker_line import SpeakerLine

__all__ = ["hearing_lines"]

WORD = r"[A-Z][\w'’\-]+"
TITLES = r"Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Senator|Hon|Sir|Dame|Rev|Colonel|General"
SURNAME_FIRST_WITNESS = re.compile(
    rf"^[ \t]*(?P<surname>[A-Z][A-Z'’\-]{{1,}}(?:[ \t]+[A-Z][A-Z'’\-]+)?),[ \t]+"
    rf"(?:(?:{TITLES})\.?[ \t]+)+(?P<given>{WORD}(?:[ \t]+{WORD}){{0,2}}),[ \t]+"
    r"(?P<paren>[A-Z][^\n]{2,200}?)[ \t]*$", re.MULTILINE)
"""'MARTIN, Professor Helen, Vice-Chancellor, University of Eastwood'."""
MEMBERS_IN_ATTENDANCE = re.compile(
    r"^[ \t]*(?:(?:Members|Committee members)[ \t]+in[ \t]+attendance[ \t]*:[ \t]*|"
    r"Present[ \t]*:[ \t]*(?=(?:Representatives|Senators)[ \t]))(?P<list>[^\n]+)$",
    re.MULTILINE)
"""'Members in attendance: Senators Fawcett, Paterson and Mr Hastie.', and a printed US
hearing's 'Present: Representatives Hale, Ortega, Price, and Doyle.' (Westminster's
'Members present:' is `oral_evidence`'s)."""
ATTENDING = re.compile(
    rf"(?:^|[,;]|\band\b)[ \t]*(?:(?P<title>Senators?|Representatives?|{TITLES})\.?[ \t]+)?"
    rf"(?P<name>{WORD}(?:[ \t]+{WORD}){{0,2}})(?=[ \t]*(?:[,;.]|\band\b|$))")
PRINTED_LABEL = re.compile(
    r"^[ \t]*(?P<title>Mr|Mrs|Ms|Dr|Senator|Chairman|Chairwoman)\.[ \t]+"
    r"(?P<name>[A-Z][A-Za-z'’\-]+)\.[ \t]+(?=[A-Z\"“])", re.MULTILINE)
"""'Mr. Himes. Ms. Brandt, has the FBI ...': a printed hearing's turn."""
STATEMENT_OF = re.compile(
    r"^[ \t]*(?:PREPARED[ \t]+)?STATEMENT[ \t]+OF[ \t]+(?:(?:HON|MR|MRS|MS|DR)\.?[ \t]+)?"
    r"(?P<name>[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){1,3}),[ \t]+"
    r"(?P<paren>[A-Z][A-Z0-9 ,.'’&\-]{2,250}?)[ \t]*$", re.MULTILINE)
"""'STATEMENT OF JESSICA BRANDT, DIRECTOR, FOREIGN MALIGN INFLUENCE CENTER, OFFICE OF THE
DIRECTOR OF NATIONAL INTELLIGENCE'."""
DEPUTY_LABEL = re.compile(
    r"^[ \t]*Deputy[ \t]+(?P<name>(?!Speaker\b|Chair|Leader\b|Prime\b)"
    rf"{WORD}(?:[ \t]+{WORD}){{1,3}})[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
"""'Deputy Mary Lou McDonald: Last week ...' (a Teachta Dála, as the Dáil prints them)."""
BILL_COMMITTEE_MEMBER = re.compile(
    rf"^[ \t]*†?[ \t]*(?P<surname>{WORD}(?:[ \t]+{WORD})?),[ \t]+(?P<given>{WORD}(?:[ \t]+{WORD})?)"
    r"[ \t]+\((?P<riding>[^()\n]{2,80})\)(?:[ \t]+\((?P<party>[^()\n]{2,40})\))?[ \t]*$",
    re.MULTILINE)
"""'† Bryant, Chris (Rhondda) (Lab)': a member of a public bill committee; a minister's line
gives the office instead of the seat: 'Tugendhat, Tom (Minister for Security)'."""
MAX_LIST_ITEMS = 40


def hearing_lines(text: str) -> list[SpeakerLine]:
    """Every such line of `text`, in no particular order."""
    out = [_surname_first(m, m.group("paren"), witness=True)
           for m in SURNAME_FIRST_WITNESS.finditer(text)]
    for match in MEMBERS_IN_ATTENDANCE.finditer(text):
        out += _attending(match)
    printed = list(PRINTED_LABEL.finditer(text))
    if len({m.group("name") for m in printed}) >= 2:  # two speakers: a printed hearing
        out += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"),
                            senator=m.group("title") == "Senator") for m in printed]
    out += [SpeakerLine(m.start("name"), m.end("name"), m.start("paren"), m.end("paren"),
                        m.group("name").title()) for m in STATEMENT_OF.finditer(text)]
    out += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"), deputy=True)
            for m in DEPUTY_LABEL.finditer(text)]
    out += [_bill_committee_member(m) for m in BILL_COMMITTEE_MEMBER.finditer(text)
            if m.group("party") or m.group(0).lstrip().startswith("†")]  # ('Paris, France
    return out  # (AFP)' is a dateline)


def _surname_first(match: re.Match[str], paren: str, witness: bool) -> SpeakerLine:
    surname = match.group("surname").title()
    name = f"{match.group('given')} {surname}"
    return SpeakerLine(match.start("surname"), match.end("given"), match.start("paren"),
                       match.end("paren"), name, listed=True, testifies=witness,
                       reordered=True)


def _bill_committee_member(match: re.Match[str]) -> SpeakerLine:
    name = f"{match.group('given')} {match.group('surname')}"
    party = match.group("party")
    paren = (match.start("party"), match.end("party")) if party else (0, 0)
    return SpeakerLine(match.start("surname"), match.end("given"), *paren, name, listed=True,
                       testifies=False, member=True, reordered=True,
                       riding=(match.start("riding"), match.end("riding")) if party else (0, 0))


def _attending(match: re.Match[str]) -> list[SpeakerLine]:
    """'Senators Fawcett, Kitching, Paterson and Mr Hastie, Mr Wilson': each a member; a
    plural 'Senators' makes every name up to the next title a senator."""
    out = []
    base = match.start("list")
    senator = False
    for item in list(ATTENDING.finditer(match.group("list")))[:MAX_LIST_ITEMS]:
        title = item.group("title") or ""
        if title:
            senator = title.startswith("Senator")
        name = item.group("name")
        if name in ("Senators", "Senator", "Chair", "Representatives", "Representative"):
            continue
        out.append(SpeakerLine(base + item.start("name"), base + item.end("name"), 0, 0, name,
                               listed=True, testifies=False, member=True, senator=senator))
    return out
