"""Westminster select committees' oral evidence: who sat, who gave evidence, who speaks.

Why: a committee's published evidence opens with its own lines, not Hansard's labels:
'Members present: Tom Tugendhat (Chair); Chris Bryant; Ann Clwyd.', a panel of witnesses
'I: Jane Roe MP, Minister of State, Home Office, and Paul Smith, Director, Home Office.',
then numbered questions 'Q70 Chair:', 'Q71 Chris Bryant:' and answers under plain names
'Paul Smith:'. The members belong to the committee and its chair heads it; the panel
testifies before it, each witness with their title and body; each label opens a turn.
Plain 'Name:' labels are read only in a text that numbers its questions so (elsewhere
'Alma Mater:' would be a speaker).
"""

from __future__ import annotations

import re

from ..vocabulary import lexicon
from .speaker_line import SpeakerLine

__all__ = ["oral_evidence_lines"]

NAME = r"[A-Z][A-Za-z'’.\-]+(?:[ \t]+[A-Z][A-Za-z'’.\-]+){1,3}"
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Baroness")
HONORIFIC = rf"(?:(?:{'|'.join(HONORIFICS)})\.?[ \t]+)?"
QUESTION_LABEL = re.compile(
    rf"^[ \t]*Q\d{{1,4}}[ \t]+(?:(?P<chair>(?:The[ \t]+)?Chair(?:man|woman)?)|{HONORIFIC}"
    rf"(?P<name>{NAME}))[ \t]*:", re.MULTILINE)
"""'Q70 Chair:', 'Q71 Stephen Gethins:': a member's numbered question."""
NAME_LABEL = re.compile(rf"^[ \t]*{HONORIFIC}(?P<name>{NAME})[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
"""'Kate White: I am the Director ...': a witness's answer."""
MEMBERS_PRESENT = re.compile(r"^[ \t]*Members present:[ \t]*(?P<list>[^\n]+)$", re.MULTILINE)
PANEL = re.compile(r"^[ \t]*(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[ \t]*:[ \t]*(?P<list>[^\n]+)$",
                   re.MULTILINE)
"""'I: Name, Title, Body, Name, Title, Body.': one panel of witnesses (under 'Witnesses')."""
CHAIR_MARK = re.compile(r"[ \t]*\((?:Chair|Chairman|Chairwoman)\)")
ITEM = re.compile(r"[^,;]+")
POST_NOMINAL = re.compile(r"(?:[ \t]+(?:MP|MSP|MS|QC|KC|CBE|OBE|MBE))+$")
NOT_NAME_WORDS = lexicon.TITLE_WORDS | set(lexicon.ORG_HEAD_TYPES) | {"and", "of", "for"}
"""Words that make a list item a title or a body, never a witness's name."""
MAX_ITEMS = 60
"""Items of one list line read: a real panel or members' line has a dozen."""


def oral_evidence_lines(text: str) -> list[SpeakerLine]:
    """The members, witnesses and labels of a text numbering its questions 'Q70'; none
    in any other text."""
    questions = list(QUESTION_LABEL.finditer(text))
    if not questions:
        return []
    out = [_question(m) for m in questions]
    asked = {line.start for line in out}
    out += [SpeakerLine(m.start("name"), m.end("name"), 0, 0, m.group("name"))
            for m in NAME_LABEL.finditer(text) if m.start("name") not in asked
            and not _not_a_name(m.group("name"))
            and m.group("name").split()[0].rstrip(".") not in HONORIFICS]  # 'Mrs Wheeler:'
            # is the plain label's (`transcript.PLAIN`)
    for match in MEMBERS_PRESENT.finditer(text):
        out += _members(match)
    for match in PANEL.finditer(text):
        out += _panel(match)
    return out


def _question(match: re.Match[str]) -> SpeakerLine:
    if match.group("chair"):
        return SpeakerLine(match.start("chair"), match.end("chair"), 0, 0, "", chair=True)
    return SpeakerLine(match.start("name"), match.end("name"), 0, 0, match.group("name"))


def _members(match: re.Match[str]) -> list[SpeakerLine]:
    """'Tom Tugendhat (Chair); Chris Bryant; Ann Clwyd.': each a member, one the chair."""
    out = []
    base = match.start("list")
    for item in list(re.finditer(r"[^;]+", match.group("list")))[:MAX_ITEMS]:
        words = item.group(0)
        chair = CHAIR_MARK.search(words)
        name = CHAIR_MARK.sub("", words).strip().rstrip(".").strip()
        if not re.fullmatch(NAME, name) or _not_a_name(name):
            continue
        start = base + item.start() + words.index(name)
        out.append(SpeakerLine(start, start + len(name), 0, 0, name, chair=chair is not None,
                               listed=True, testifies=False, member=True))
    return out


def _panel(match: re.Match[str]) -> list[SpeakerLine]:
    """Each witness of a panel line with the title and body after the name."""
    base = match.start("list")
    items = [(base + m.start(), m.group(0)) for m in
             list(ITEM.finditer(match.group("list")))[:MAX_ITEMS]]
    out: list[SpeakerLine] = []
    name: tuple[int, str] | None = None
    after: list[tuple[int, str]] = []
    for at, raw in [*items, (-1, "")]:
        words = re.sub(r"^and[ \t]+", "", raw.strip()).rstrip(".")
        bare = POST_NOMINAL.sub("", words)
        opens = at < 0 or re.fullmatch(NAME, bare) is not None and not _not_a_name(bare) \
            and (name is None or bool(after) and _body_like(after[-1][1]))  # a witness's
        # body ends their item: 'Director, Eastern Europe, FCO' holds no second witness
        if opens:
            if name is not None and after:
                out.append(SpeakerLine(name[0], name[0] + len(name[1]), after[0][0],
                                       after[-1][0] + len(after[-1][1]), name[1], listed=True))
            name = (match.string.index(bare, at), bare) if at >= 0 else None
            after = []
        elif name is not None and words:
            after.append((match.string.index(words, at), words))
    return out


def _body_like(words: str) -> bool:
    """'FCO', 'Foreign and Commonwealth Office': an acronym or a name with a body's head."""
    return words.isupper() and len(words) <= 8 or any(
        w.lower() in lexicon.ORG_HEAD_TYPES for w in words.split())


def _not_a_name(name: str) -> bool:
    return any(word.lower() in NOT_NAME_WORDS for word in name.split())
