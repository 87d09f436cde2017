"""Choose among competing mention candidates: every token in at most one mention.

Why apart from the finders: the gazetteer, NER, role phrases and descriptions
all propose spans, often overlapping; the choice (longest, then most trusted),
the repairs of NER spans that cut through a known name, and acronyms defined
in brackets ('Long Name (ACR)') need all candidates at once.
"""

from __future__ import annotations

import re
from typing import Any

from ..vocabulary import lexicon
from .mention import Mention, person_name, same_actor_at, text_of
from .ner import ACRONYM

__all__ = ["drop_crossing", "drop_country_prefixed", "named_committees",
           "split_state_from_person", "absorb_house_prefix",
           "pick", "add_acronyms",
           "drop_listed_portfolios"]


def drop_crossing(candidates: list[Mention]) -> list[Mention]:
    """An NER span that cuts through a gazetteer name ('House of Commons Standing Committee
    on Procedure and') has its boundaries wrong: the gazetteer name is kept instead."""
    known = sorted((m.start, m.end) for m in candidates if m.source == "gazetteer"
                   and m.kind in ("name", "alias") and m.end - m.start > 1)
    if not known:
        return candidates
    import bisect

    starts = [s for s, _ in known]
    kept = []
    for m in candidates:
        if m.kind == "ner":
            lo = bisect.bisect_left(starts, m.start - 40)
            crossing = any(s < m.end and m.start < e and not (m.start <= s and e <= m.end)
                           and not (s <= m.start and m.end <= e)
                           for s, e in known[lo:bisect.bisect_right(starts, m.end)])
            if crossing:
                continue
        kept.append(m)
    return kept


def drop_country_prefixed(doc: Any, candidates: list[Mention], countries: set[str]
                          ) -> list[Mention]:
    """'U.S. Federal Bureau of Investigation', 'the British Home Office': an NER span that
    is a known name with its country before it is the known actor (the gazetteer's)."""
    known = {m.end: m for m in candidates if m.source == "gazetteer"
             and m.kind in ("name", "alias", "local") and m.type != "State"}
    if not known:
        return candidates

    def prefixed(m: Mention) -> bool:
        inner = known.get(m.end)
        if m.kind != "ner" or inner is None or inner.start <= m.start:
            return False
        prefix = doc[m.start:inner.start].text.lower().strip()
        prefix = prefix[4:] if prefix.startswith("the ") else prefix
        return prefix in countries
    return [m for m in candidates if not prefixed(m)]


def drop_state_epithets(doc: Any, candidates: list[Mention]) -> list[Mention]:
    """'the influence of Terrorist Russia', "Putin's Russia": a model's body made of one
    word and a known state's name is the state with an epithet (the state's mention
    stays); a body's head word before it ('Embassy Russia') keeps the span."""
    states = {m.end: m for m in candidates if m.source == "gazetteer" and m.type == "State"
              and m.kind in ("name", "alias")}
    if not states:
        return candidates

    def epithet(m: Mention) -> bool:
        inner = states.get(m.end)
        if m.kind != "ner" or m.type == "Person" or inner is None \
                or inner.start - m.start != 1:
            return False
        word = doc[m.start]
        return word.is_alpha and word.lower_ not in lexicon.ORG_HEAD_TYPES
    return [m for m in candidates if not epithet(m)]


def split_state_from_person(doc: Any, candidates: list[Mention]) -> list[Mention]:
    """'ambassador to United States Asad Majeed Khan': the model may make one body of a
    known state's name and the first names after it, and a person of the surname alone.
    Capitalised words between the state and the person, none a body's head word, are the
    person's: the body goes and the person takes them (the state's mention stays)."""
    states = {m.start: m for m in candidates if m.source == "gazetteer" and m.type == "State"
              and m.kind in ("name", "alias")}
    people = {m.start: m for m in candidates if m.kind == "ner" and m.type == "Person"}
    if not states or not people:
        return candidates
    dropped: set[int] = set()
    joined: list[Mention] = []
    for m in candidates:
        state, person = states.get(m.start), people.get(m.end)
        if m.kind != "ner" or m.type == "Person" or state is None or person is None \
                or not state.end < m.end or not all(
                    t.is_title and t.is_alpha and t.lower_ not in lexicon.ORG_HEAD_TYPES
                    for t in doc[state.end:m.end]):
            continue
        dropped |= {id(m), id(person)}
        text = doc[state.end:person.end].text
        joined.append(Mention(state.end, person.end, text, "ner", person_name(text), "Person",
                              source="ner"))
    return [m for m in candidates if id(m) not in dropped] + joined


def named_committees(candidates: list[Mention]) -> list[Mention]:
    """An NER span 'House of Commons Standing Committee on X' that ends where a known
    committee's name ends and starts where a legislature's starts is that committee:
    the NER span goes, the two known names stay (and are merged below)."""
    committees = {m.end: m.start for m in candidates if m.source == "gazetteer"
                  and m.type == "Committee"}
    houses = {(m.start, m.end) for m in candidates if m.source == "gazetteer"
              and m.type == "Legislature"}
    if not committees or not houses:
        return candidates
    return [m for m in candidates if not (
        m.kind == "ner" and m.end in committees and (m.start, committees[m.end]) in houses)]


def absorb_house_prefix(mentions: list[Mention]) -> list[Mention]:
    """'House of Commons Standing Committee on X' is the committee, not the House: a
    legislature named right before a committee is its prefix, not a second actor."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "Legislature" and m.type == "Committee" \
                and prev.end == m.start:
            m.start = prev.start
            out[-1] = m
            continue
        out.append(m)
    return out


def pick(candidates: list[Mention]) -> list[Mention]:
    """Longest first, then most trusted; no token in two mentions."""
    taken: set[int] = set()
    chosen = []
    for m in sorted(candidates, key=lambda m: (-(m.end - m.start), m.priority, m.start)):
        span = range(m.start, m.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


DATELINE_DASHES = {"—", "–", "-", "--"}
DATELINE_WORDS = 12


def drop_datelines(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'WASHINGTON (AP) —', 'OTTAWA, June 3 (Reuters) -': a news story's dateline names
    where it was filed and the wire that filed it, neither of them an actor of the story
    (and '(AP)' after a city defines no acronym)."""
    out = mentions
    for m in mentions:
        first = doc[m.start]
        if m.type not in ("State", "Government") or not first.text[:1].isupper() \
                or not first.is_alpha \
                or (m.start > 0 and "\n" not in doc[m.start - 1].text_with_ws):
            continue
        end = _dateline_end(doc, m.end)
        if end is not None and not first.text.isupper() and not _dated(doc[m.end:end]):
            continue  # 'Moscow - the Kremlin said': only a place and a date make a dateline
            # when the place is not written in capitals ('Ottawa, May 3, 2024 -')
        if end is not None:
            out = [x for x in out if not (m.start <= x.start and x.end <= end)]
    return out


def _dated(span: Any) -> bool:
    """A date between a dateline's place and its dash: a year, or a month's name."""
    return any(t.like_num and len(t.text) == 4 or t.ent_type_ == "DATE" for t in span)


def _dateline_end(doc: Any, start: int) -> int | None:
    """The dash that closes a dateline begun before `start`, within a few words and before
    any verb."""
    for token in doc[start:start + DATELINE_WORDS]:
        if token.text in DATELINE_DASHES:
            return token.i
        if token.pos_ in ("VERB", "AUX") or "\n" in token.text:
            return None
    return None


def add_acronyms(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'Long Name (ACR)' defines ACR for the rest of the document; 'open source intelligence
    (OSINT)' defines a short form of words that name no actor."""
    defined: dict[str, Mention] = {}
    for n, m in enumerate(mentions):
        short = _bracketed_short_form(doc, m.end)
        if m.kind != "metonym" and short is not None \
                and WORDED.search(m.text):  # ('B9-0248/2024 (PPE)': a number spells
            # no letters; the brackets name who tabled it)
            defined[short] = _earlier_spelled(doc, mentions[:n], m, short) \
                or _owner_spelled(doc, mentions[:n], m, short)
    defined.update(_glossed(doc, mentions))
    _gloss_of_known(doc, mentions)
    common = _common_acronyms(doc) - set(defined)
    if common:
        mentions = [m for m in mentions if not (m.kind == "ner" and m.text in common)]
    if not defined:
        return mentions
    for m in mentions:
        source = defined.get(m.text)
        if source is not None and source is not m and (
                m.kind == "ner" or m.kind == "alias" and _defined_otherwise(m, source)):
            m.kind, m.name, m.type, m.key = "acronym", source.name, source.type, source.key
            m.source, m.roles, m.attrs = source.source, set(source.roles), dict(source.attrs)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    extra = []
    for token in doc:
        source = defined.get(token.text)
        if source is not None and token.i not in taken:
            extra.append(same_actor_at(doc, token.i, token.i + 1, "acronym", source))
    return sorted(mentions + extra, key=lambda m: m.start)


def _bracketed_short_form(doc: Any, at: int) -> str | None:
    """The short form in brackets at token `at`: '(CSIS)', or quoted as releases write it,
    '("HSO")'."""
    i = at + 1 if at < len(doc) and doc[at].text == "(" else len(doc)
    quoted = i < len(doc) and doc[i].is_quote
    i += quoted
    close = i + 1 + quoted
    if close >= len(doc) or doc[close].text != ")" or not _short_form(doc[i].text) \
            or quoted and not doc[i + 1].is_quote:
        return None
    return doc[i].text


WORDED = re.compile(r"[^\W\d_]{2}")
"""A long form has a word of letters."""


def _defined_otherwise(letters: Mention, source: Mention) -> bool:
    """A known body's letters that the text spells out as another body of its kind:
    'Parti Islam Se-Malaysia (PAS)' is not the Moldovan party the gazetteer knows as PAS
    (a longer form of the known name, 'the Russian Federal Security Service (FSB)', is
    the known body)."""
    entry = letters.attrs.get("entry")
    if entry is None or source.kind not in ("ner", "called") or source.type != letters.type:
        return False
    spelled = _name_words(source.text)
    return not any(spelled & _name_words(name) for name in (entry.name, *entry.aliases))


def _name_words(name: str) -> set[str]:
    """A name's own words, without the kind of body it names ('party', 'service') or small
    words, each cut to its first five letters ("Bulgaria's" and 'Bulgarian' agree)."""
    words = re.findall(r"[a-z]+", name.lower())
    return {w[:5] for w in words if len(w) > 2 and w not in lexicon.ORG_HEAD_TYPES
            and w not in NAME_SMALL_WORDS}


NAME_SMALL_WORDS = {"the", "and", "for", "of"}


def _glossed(doc: Any, mentions: list[Mention]) -> dict[str, Mention]:
    """'the work of BIS (Security Information Service)': letters first, the name they stand
    for in brackets after them (a foreign name's letters need not spell the English one)."""
    out = {}
    for m, gloss in zip(mentions, mentions[1:], strict=False):
        if m.kind == "ner" and _bracketed_after(doc, m, gloss) \
                and gloss.type not in ("Person", "State") and len(gloss.text.split()) > 1:
            out[m.text] = gloss
    return out


def _bracketed_after(doc: Any, letters: Mention, gloss: Mention) -> bool:
    """One short form, then `gloss` alone in the brackets right after it ('BIS (Security
    Information Service)')."""
    return letters.end - letters.start == 1 and _short_form(letters.text) \
        and gloss.start == letters.end + 1 and doc[letters.end].text == "(" \
        and gloss.end < len(doc) and doc[gloss.end].text == ")" \
        and not (letters.start > 0 and not doc[letters.start - 1].whitespace_
                 and doc[letters.start - 1].text in "/-")  # ('Directive 2000/31/EC (Digital
    # Services Act)': the letters end a number, the brackets name the act cited)


KNOWN_KINDS = ("name", "alias", "local")


def _gloss_of_known(doc: Any, mentions: list[Mention]) -> None:
    """'GRU (Glavnoye Razvedyvatelnoye Upravlenie)': the words in brackets after a body the
    reference list knows, spelling its letters, are another name of that body, no second
    actor."""
    for m, gloss in zip(mentions, mentions[1:], strict=False):
        if m.kind in KNOWN_KINDS and gloss.kind == "ner" and _bracketed_after(doc, m, gloss) \
                and _spells(m.text, gloss.text):
            gloss.kind, gloss.name, gloss.type, gloss.key = "acronym", m.name, m.type, m.key
            gloss.source, gloss.roles, gloss.attrs = m.source, set(m.roles), dict(m.attrs)


def _owner_spelled(doc: Any, before: list[Mention], last: Mention, short: str) -> Mention:
    """'The National Security Department of the Hong Kong Police Force (NSD)': the letters
    belong to the body they spell, the unit before 'of', not the one they follow."""
    owner = before[-1] if before else None
    if owner is None or not 0 < last.start - owner.end <= 2 \
            or doc[owner.end].lower_ != "of" or _spells(short, last.text):
        return last
    return owner if _spells(short, owner.text) else last


SPELLED_REACH = 30
"""How many tokens back a long name may open whose letters follow a later name ('the
Independent Investigation Body on ... within the Parliamentary Assembly (IBAC)')."""


def _earlier_spelled(doc: Any, before: list[Mention], last: Mention, short: str
                     ) -> Mention | None:
    """The earlier name whose words, read on through `last`, the letters abbreviate, when
    `last` alone does not open with them: '(IBAC)' after 'the Independent Investigation
    Body with regard to allegations of corruption within the Parliamentary Assembly' is the
    body's, not the Assembly's."""
    if _opens_spelling(short, last.text):
        return None
    for m in reversed(before):
        if last.start - m.start > SPELLED_REACH:
            break
        if m.type != "Person" and _opens_spelling(short, doc[m.start:last.end].text):
            return m
    return None


def _opens_spelling(short: str, text: str) -> bool:
    """Whether the letters are initials of the words of `text` in order, the first word
    giving the first ('IBAC' <- Independent ... Body ... allegations ... corruption)."""
    initials = [w[0] for w in re.findall(r"[\w&]+", text.lower())]
    letters = short.lower()
    if not initials or not letters or initials[0] != letters[0]:
        return False
    at = 1
    for letter in letters[1:]:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


def _spells(short: str, text: str) -> bool:
    return _spelled_by(short.lower(), [w.lower() for w in re.findall(r"[\w&]+", text)])


SHORT_FORM_SPOT = re.compile(r"\((?P<short>[A-Z][A-Za-z&]{1,7})\)"
                             r"|\bor (?P<alt>[A-Z][A-Za-z&]{1,7})\b")
"""Where a short form may be defined: in brackets, or after 'or' (checked on the tokens)."""
COMMON_WORDS_BEFORE = 6
"""How many words before a short form may spell it ('foreign information manipulation
and interference (FIMI)')."""


def _common_acronyms(doc: Any) -> set[str]:
    """Short forms the text defines by lower-case words: 'open source intelligence
    (OSINT)', 'an intelligence community assessment or ICA'. The words name a practice
    or a paper, so the letters name no actor anywhere in the document."""
    found = set()
    for match in SHORT_FORM_SPOT.finditer(text_of(doc)):
        name = "short" if match.group("short") else "alt"
        span = doc.char_span(match.start(name), match.end(name))
        if span is None or len(span) != 1 or span.start < 1 or not _short_form(span.text):
            continue
        token = span[0]
        opened = doc[token.i - 1].text == "(" and token.i + 1 < len(doc) \
            and doc[token.i + 1].text == ")"
        if not (opened or doc[token.i - 1].lower_ == "or"):
            continue
        words: list[str] = []
        for before in reversed(doc[max(0, token.i - 1 - COMMON_WORDS_BEFORE):token.i - 1]):
            if not (before.is_alpha and before.text.islower()):
                break
            words.insert(0, before.lower_)
        if any(_spelled_by(token.text.lower(), words[k:]) for k in range(len(words))):
            found.add(token.text)
    return found


SPELLING_SKIPS = {"and", "of", "the", "for", "on", "in"}


def _spelled_by(letters: str, words: list[str]) -> bool:
    """Whether `letters` are the starts of `words` in order, every word giving at least its
    first letter ('osint' <- open source intelligence) or, for a small word, none."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in SPELLING_SKIPS and _spelled_by(letters, rest):
        return True
    return any(letters[:n] == word[:n] and _spelled_by(letters[n:], rest)
               for n in range(1, min(len(word), len(letters)) + 1))


def _short_form(text: str) -> bool:
    """'CSIS', 'AfD', 'S&D': capitals (two at least), maybe a small letter between."""
    return bool(ACRONYM.match(text)) or bool(MIXED_ACRONYM.match(text)) and \
        sum(c.isupper() for c in text) >= 2


MIXED_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,6}[A-Z]$")


def drop_listed_portfolios(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'Minister of Public Safety, Democratic Institutions and Intergovernmental Affairs':
    the portfolios after the first are parts of a title, not bodies the text names (the
    first one names the minister's department)."""
    return [m for m in mentions if not (m.type == "Agency" and _later_portfolio(doc[m.end - 1]))]


def _of_state(minister: Any) -> bool:
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lower_ == "state" for o in p.children) for p in minister.children)


def _later_portfolio(token: Any) -> bool:
    node, listed = token, False
    while node.dep_ == "conj" and node.head.i != node.i:
        node, listed = node.head, True
    if not listed or node.lower_ == "state" or _of_state(node):
        return False  # 'Minister of State, Foreign, ... Office': a rank, then the department
    return node.lower_ == "minister" or node.dep_ == "pobj" and node.head.lower_ == "of" \
        and node.head.head.lower_ == "minister"
