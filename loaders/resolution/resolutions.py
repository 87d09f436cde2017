"""Resolutions: paragraphs whose subject is the body above them.

Why: a parliament's resolution writes its body once ('The European Parliament,',
'Resolved, That the House of Representatives—') and then a list of
paragraphs that open with the verb ('1. Strongly condemns Russia's interference ...',
'(2) calls on the Secretary of State to ...'). Without the body
the paragraphs say nothing about who condemns or calls on whom; with it, each is a
statement of the body.
"""

from __future__ import annotations

import re
from typing import Any

from ..mentions.mention import Mention, opens_line, text_of
from ..vocabulary import lexicon

__all__ = ["resolving_body", "resolution_clause"]

RESOLVING_TYPES = ("Legislature", "Committee", "Government", "Organization", "Commission",
                   "Agency", "Party")
RESOLVER_LINES = (
    # 'The European Parliament,' alone on its line
    re.compile(r"^[ \t]*(?:The |the )?(?P<body>[A-Z][^,\n]{2,120}),[ \t]*$", re.MULTILINE),
    # 'The Senate' alone on its line, its numbered paragraphs next ('I.', '1.')
    re.compile(r"^[ \t]*(?:The |the )?(?P<body>[A-Z][^,\n]{2,120}?)[,:]?[ \t]*\n[ \t]*"
               r"(?:[IVX]{1,4}\.|\d{1,3}\.|\(\d{1,3}\))[ \t]*$", re.MULTILINE),
    # 'The Seimas:' alone on its line, a paragraph opening with its verb next ('expresses')
    re.compile(r"^[ \t]*(?:The |the )?(?P<body>[A-Z][^,:\n]{2,120}):[ \t]*\n\s*[“\"']?"
               r"[a-z]+s\b", re.MULTILINE),
    # 'Resolved, That the House of Representatives—' / 'Resolved, That the Senate'
    re.compile(r"Resolved,?\s+[Tt]hat\s+(?P<body>(?:the\s+)?[A-Z][\w.' ]{2,80}?)"
               r"\s*(?:—|–|--|-|:|,|\(|\n|$)", re.MULTILINE),
)
"""Adopted texts only: a motion ('That the House call on ...') is a member's proposal, and
reading it as the House's word would state what the House may have rejected."""
LIST_MARK = re.compile(r"^\s*(?:[(\[]?(?:\d{1,3}|[A-Za-z]|[ivxlc]{1,5})[.)\]]\s*|[–—•*-]\s+)+")
"""'1. ', '(2) ', '(a) ', 'iv) ', 'B. ', '– ': the marks a paragraph of a resolution opens with."""
LEADING_ADVERBS = {"also", "further", "furthermore", "strongly", "firmly", "again", "once",
                   "repeatedly", "moreover", "therefore", "hereby"}
RESOLVING_VERBS = lexicon.words("resolving_verbs")


def resolving_body(doc: Any, mentions: list[Mention]) -> Mention | None:
    """The body an adopted resolution names before its paragraphs, if one actor is named
    there and nothing else."""
    text = text_of(doc)[:5000]
    for pattern in RESOLVER_LINES:
        for match in pattern.finditer(text):
            start, end = match.span("body")
            on_line = [m for m in mentions if m.start < len(doc)
                       and start <= doc[m.start].idx < end and m.type in RESOLVING_TYPES]
            if len({m.key for m in on_line}) == 1:
                return on_line[0]
    return None


def resolution_clause(sent: Any, body: Mention | None) -> tuple[int, Mention] | None:
    """(the opening verb's index, the body) when `sent` is a paragraph of a resolution:
    a verb with no subject of its own, capitalised ('Calls on') or after a list mark
    ('(2) calls on')."""
    if body is None:
        return None
    text = sent.text
    mark = LIST_MARK.match(text)
    offset = sent.start_char + (mark.end() if mark else 0)
    words = [t for t in sent if t.idx >= offset and not t.is_space and not t.is_punct]
    if not words:
        return None
    opening = mark or words[0].text[:1].isupper() or _quoted_line_start(words[0])
    verb = _opening_verb(words) if opening else None
    if verb is None:  # 'stating that ...,\nproposes that the Government ...:' (the parser
        verb = next((w for w in words[1:] if opens_line(w) and _resolving(w.lower_)),
                    None)  # made one sentence of the considerations and the verb)
    if verb is None:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb.i, body


def _quoted_line_start(word: Any) -> bool:
    """'“expresses deep concern ...': a paragraph quoted from a resolution, its verb first
    on the line after the opening quotation mark (or with none)."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.text in ('"', "“", "'"):
        return opens_line(before)
    return opens_line(word)


def _opening_verb(words: list[Any]) -> Any | None:
    while words and (words[0].lower_ in LEADING_ADVERBS or words[0].pos_ == "ADV"):
        words = words[1:]  # 'Strongly condemns', 'further calls on'
    return words[0] if words and _resolving(words[0].lower_) else None


def _resolving(word: str) -> bool:
    """'condemns', 'calls', 'urges': a resolving verb in the third person ('recognizes';
    'recognize' too, as some legislatures write their operative clauses)."""
    return any(form in RESOLVING_VERBS for form in (word, word[:-1], word[:-2]))
