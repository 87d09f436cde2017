"""Transcript speaker labels as mentions and relations.

Why apart from the sentence rules: in a committee transcript the label before a
turn ("Mr. X (Riding, CPC):", "Ms. Y (Director, CSIS):", "The Chair:") states
party, office and witness status more reliably than the prose; these facts
are read once per document from the labels, and the labels' ridings are kept
from being read as actors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...graph.model import normalize_name
from ..mentions.find import Mention
from ..mentions.mention import person_name, same_actor_at, text_of
from ..text.transcript import CHAMBER, GLUED_PARTY, SpeakerTurns, speaker_lines
from ..vocabulary import lexicon, locales
from ..vocabulary.gazetteer import Gazetteer
from .found import Builtin, Found, pairs
from .roles import _titled

__all__ = ["speaker_relations"]

def speaker_relations(doc: Any, mentions: list[Mention], turns: SpeakerTurns,
                      gazetteer: Gazetteer, builtin: Builtin) -> list[Found]:
    """Mark transcript speakers, their party and office; witnesses testify; the chair
    heads the committee; 'the member for <riding>' is the MP whose label names it."""
    text = text_of(doc)
    lines = speaker_lines(text)
    found: list[Found] = []
    if not lines:
        return found
    committee = next((m for m in mentions if m.type == "Committee"), None)
    no_witnesses = CHAMBER.search(text) is not None or not _hosting(doc, committee, lines) \
        or committee is not None and committee.name.lower().startswith(WHOLE_HOUSE_COMMITTEES)
    # ('Committee of Supply - Head K': the house in committee on one head of the budget)
    # a debate of the House, or a committee no heading names: no one testifies before it
    senate_hearing = any(line.senator or line.member and not line.listed for line in lines)
    # senators (or the chair's fellow members: 'VICE CHAIRMAN X') ask, others answer
    chair: Mention | None = None
    ridings: dict[str, Mention] = {}
    _listed_bodies(doc, mentions, [line for line in lines if line.listed])
    index = _MentionIndex(doc, mentions)
    organisations = _model_organisations(mentions)
    added: list[Mention] = []
    riding_spans: list[tuple[int, int]] = []
    branches: set[int] = set()
    members: set[str] = set()
    spoken: list[tuple[int, int, Mention]] = []
    for line in lines:
        if not line.name:  # 'The Chair', or an office only ('The Deputy Prime Minister':
            # its holder on the document's date, once `coref` has resolved the title)
            office = next((m for m in index.within(line.start, line.end)
                           if m.attrs.get("office")), None)
            turns.add(line.start, chair if line.chair else office)
            continue
        speaker = _label_person(doc, index, line, added)
        if speaker is None:
            continue
        inside = index.within(line.paren_start, line.paren_end)
        own = _parenthetical(text, list(inside), line, speaker, gazetteer, builtin)
        if line.listed:
            own += _listed_affiliation(speaker, inside, own)
        branches.update(id(m) for m in _branches(inside))
        _as_person(organisations, speaker)
        found += own
        member = _member_label(text[line.paren_start:line.paren_end], own, speaker) \
            or line.riding != (0, 0) or line.member
        if line.member and committee is not None:  # 'Members present: A (Chair); B; C.'
            found += pairs([speaker], [committee], "MEMBER_OF", "speaker:member-present",
                           speaker.start)
        if not line.listed:
            spoken.append((line.start, line.end, speaker))
            label = text[line.paren_start:line.paren_end]
            turns.note_offices(label, speaker)
            turns.add(line.start, speaker, _ministers_government(label, builtin) if member
                      else _speaks_for(own, speaker) or _ministers_government(label, builtin))
            # a member's 'we' is no one's, save a minister's: the government's
        if line.riding != (0, 0):
            riding_at = line.riding
            ridings.setdefault(text[riding_at[0]:riding_at[1]].strip(), speaker)
            riding_spans.append((riding_at[0], max(riding_at[1], line.paren_end)))
        elif member and line.paren_end:
            riding = text[line.paren_start:line.paren_end].split(",")[0].strip()
            ridings.setdefault(riding, speaker)
            riding_spans.append((line.paren_start, line.paren_start + len(riding)))
        if line.senator or member:
            members.add(speaker.key)  # 'GRAHAM:' after 'SEN. LINDSEY GRAHAM, R-S.C.:'
        plain_witness = senate_hearing and not line.paren_end and not line.senator \
            and not line.listed and speaker.key not in members  # 'Mr Burgess:' among
        # 'Senator PATERSON:' labels
        if committee is not None and not line.chair and not member and line.testifies \
                and (line.paren_end or plain_witness) and not no_witnesses \
                and not _presiding(text[line.paren_start:line.paren_end]):
            found += pairs([speaker], [committee], "TESTIFIED_BEFORE", "speaker:witness",
                           speaker.start)
        here = locales.current()
        senate = here.body("senate") if here is not None else None
        if line.senator and senate is not None:
            found += pairs([speaker], [builtin(*senate)], "MEMBER_OF", "speaker:senator",
                           speaker.start)
        house = here.body("house") if here is not None and line.deputy else None
        if house is not None:  # 'Deputy Mary Lou McDonald:' sits in the Dáil
            found += pairs([speaker], [builtin(*house)], "MEMBER_OF", "speaker:deputy",
                           speaker.start)
        if line.chair:
            chair = speaker
            if committee is not None:
                found += pairs([speaker], [committee], "HEADS", "speaker:chair",
                               speaker.start)
    found += _addressed(doc, text, spoken) if committee is None else []  # (a hearing's
    # chair addressing a witness is procedure, no exchange worth an edge)
    mentions[:] = [m for m in mentions if id(m) not in branches]
    _replace_spans(mentions, added)
    _drop_ridings(doc, mentions, riding_spans)
    _member_for(doc, mentions, ridings)
    return found


VOCATIVE = re.compile(
    r"(?:(?:^|[.?!:]\s+)(?P<lead>[A-Z][a-z]+),\s|,\s+(?P<tail>[A-Z][a-z]+)\s*[.?!](?:\s|$))",
    re.MULTILINE)
"""'And this was a complicated tale, Paul.', 'Paul, thank you': a name alone between a
sentence's edge and a comma, the way one speaker addresses another."""
MAX_CONVERSING = 3
"""Speakers of an interview or a press conference; more are a debate or a hearing, whose
members name one another in the third person too."""


def _addressed(doc: Any, text: str, spoken: list[tuple[int, int, Mention]]) -> list[Found]:
    """An interview's speaker who addresses another speaker by a first or last name
    ('..., Paul.') spoke with that speaker: the turn is the evidence."""
    people = {m.key: m for _, _, m in spoken if m.key}
    if not 2 <= len(people) <= MAX_CONVERSING:
        return []
    named: dict[str, Mention] = {}
    for m in people.values():
        words = (m.name or person_name(m.text)).split()
        for word in {words[0], words[-1]} if len(words) > 1 else ():
            named[word.lower()] = m if named.get(word.lower(), m) is m else None
    found: list[Found] = []
    said: set[frozenset[str]] = set()
    ends = [start for start, _, _ in spoken[1:]] + [len(text)]
    for (_, start, speaker), end in zip(spoken, ends, strict=True):
        for match in VOCATIVE.finditer(text, start, end):
            word = match.group("lead") or match.group("tail")
            other = named.get(word.lower())
            token = doc.char_span(*match.span("lead" if match.group("lead") else "tail"))
            pair = frozenset((speaker.key, other.key)) if other is not None else None
            if pair is not None and len(pair) == 2 and pair not in said and token is not None:
                said.add(pair)  # (one edge for two who speak with each other)
                found += pairs([speaker], [other], "SPOKE_WITH", "speaker:addressed",
                               token.start)
    return found


WHOLE_HOUSE_COMMITTEES = tuple(sorted(lexicon.words("whole_house_committees")))
"""The house itself sitting as a committee ('Committee of Supply'): its members debate,
no one testifies before it."""


def _hosting(doc: Any, committee: Mention | None, lines: list[Any]) -> bool:
    """Whether the committee is named before anyone speaks (the heading of its hearing);
    one first named in a speech ('the Intelligence and Security Committee warned about
    this') is only spoken of: the speakers are not its witnesses."""
    return committee is not None and doc[committee.start].idx < lines[0].start


def _parenthetical(text: str, inside: list[Mention], line: Any, speaker: Mention,
                   gazetteer: Gazetteer, builtin: Builtin) -> list[Found]:
    if not line.paren_end:
        return []
    label = text[line.paren_start:line.paren_end]
    glued = GLUED_PARTY.match(label)
    if glued:  # 'LiberalPrime Minister': the party, then the office
        label = f"{glued.group('party')} {label[glued.end():]}"
    parted = re.sub(r"\s*[—–]\s*", ", ", label)  # 'National—Papakura': party, then seat
    words = [w.lower().strip(",") for w in parted.split()]
    parts = [" ".join(p.lower().split()) for p in parted.split(",")]
    if any(_party_named(part, gazetteer) for part in parts):  # 'NSW, Australian Labor
        # Party' read as one name by the model: its parts are read one by one below
        inside[:] = [m for m in inside if m.kind != "ner" or "," not in m.text]
    parties = [m for m in inside if m.type == "Party"]
    here = locales.current()
    for word in words + parts:
        if "-" in word and "." in word:  # 'R-S.C.', 'D-Calif.': party, then state
            word = word.split("-", 1)[0]
        party = (here.label_parties.get(word.strip("()")) if here is not None else None) \
            or lexicon.PARTY_ABBREVIATIONS.get(word) or _party_named(word, gazetteer)
        if not parties and party and gazetteer.get(party) is not None:
            parties.append(builtin(party, "Party"))
            inside.append(parties[-1])
            _seen_as(parties[-1], label, word.strip("()"))
    if not parties and not line.listed and all(m.type == "Person" for m in inside):
        parties += _label_party(label, builtin)  # (a witness's 'Counsel, X Alliance' is
        # a title and a body the finders read)
        inside += parties
    if parties:
        speaker.roles.add("MP")
    bodies = [m for m in inside if m.type not in ("Party", "Person")]
    employer: list[Found] = []
    if len(bodies) > 1 or bodies and _unit_between(label, bodies):
        # 'Director General, Operations Branch, CSE', 'Director, Eastern Europe and Central
        # Asia, FCO': the title is the branch's; the last body is the employer
        inside = [m for m in inside if m.type in ("Party", "Person")]
        employer = list(pairs([speaker], bodies[-1:], "WORKS_FOR", "speaker:employer",
                              speaker.start))
    office = words[1:] if glued else words
    if office[:2] == ["prime", "minister"] and (glued or len(words) == 2 or words[2] != "of"):
        # 'Right Hon. Justin Trudeau (Prime Minister, Lib.)': the head of the government
        speaker.roles.add("PrimeMinister")
        here = locales.current()
        government = [builtin(here.government, here.government_type)] \
            if here is not None and here.government else []
        employer += pairs([speaker], government, "HEADS",
                          "speaker:prime-minister", speaker.start)
    employer += _presiding_officer(text, words, speaker, builtin)
    titled = list(_titled(speaker, words, inside, "former" in words, "speaker", speaker.start))
    if not bodies and not any(f.type in SPEAKING_FOR for f in titled + employer):
        # 'Jane Roe (Minister for Harbour Affairs)', '(Deputy Prime Minister)': a
        # minister of no department the label names is one of the government's
        ministry = _ministers_government(label, builtin)
        employer += pairs([speaker], [ministry] if ministry is not None else [],
                          "MINISTER_OF", "speaker:minister", speaker.start)
    return titled + employer


PRESIDED_HOUSES = {"president": "senate", "speaker": "house"}
"""The office alone in a debate's label ('Paul Smith (President)') and the chamber whose
sitting it presides: the President of the Senate, the Speaker of the House."""


def _presiding_officer(text: str, words: list[str], speaker: Mention, builtin: Builtin
                       ) -> list[Found]:
    """'Paul Smith (President)' in a debate of the Senate: he heads the Senate (the
    country's, of the document's locale; none where the text names no such chamber)."""
    here = locales.current()
    noun = PRESIDED_HOUSES.get(words[0]) if len(words) == 1 else None
    house = here.body(noun) if here is not None and noun else None
    if house is None or not re.search(rf"\b{noun.capitalize()}\b", text):
        return []
    return list(pairs([speaker], [builtin(*house)], "HEADS", "speaker:presiding",
                      speaker.start))


LABEL_PARTY_HEADS = lexicon.words("label_party_heads")
PLACE_AND_PARTY = re.compile(r"^\s*[A-Z][^,()]{1,60},\s*(?P<party>(?:[A-Z][\w'’-]+\s+){0,4}"
                             r"[A-Z][\w'’-]+)\s*$")


def _label_party(label: str, builtin: Builtin) -> list[Mention]:
    """'(Kildare North, Social Democrats)': a seat, then a name ending as parties' names do,
    is the member's party even where the gazetteer lacks it."""
    match = PLACE_AND_PARTY.match(label)
    if match is None or match.group("party").split()[-1].lower() not in LABEL_PARTY_HEADS:
        return []
    return [builtin(match.group("party"), "Party")]


def _unit_between(label: str, bodies: list[Mention]) -> bool:
    """'Director, Eastern Europe and Central Asia, FCO': between the title and the body
    the label names the part of it the title is of (a body named there is read above)."""
    parts = [p.strip() for p in label.split(",")]
    return len(parts) >= 3 and bool(parts[1]) and all(b.text in parts[-1] for b in bodies)


def _seen_as(party: Mention, label: str, word: str) -> None:
    """'(Con)' names the Conservative Party: the label's word, as written, is one of the
    party's surface forms in this text (readers and scorers look it up by it)."""
    written = next((w.strip("(),") for w in re.split(r"[\s-]+", label)
                    if w.strip("(),").lower() == word), None)  # ('R' of 'R-S.C.')
    if written and written != party.name:
        forms = party.attrs.setdefault("forms", [])
        if written not in forms:
            forms.append(written)


def _presiding(label: str) -> bool:
    """'Madam Deputy Speaker', 'Mr Speaker': the chair of the House, no witness."""
    return bool(re.search(r"\bSpeaker\b", label))


def _party_named(word: str, gazetteer: Gazetteer) -> str:
    """The party a label's word names in this document's country ('Liberal' is Canada's
    Liberal Party in a Canadian transcript), or ''."""
    here = locales.current()
    country = here.country if here is not None else ""
    for entry in gazetteer.by_type("Party"):
        forms = [entry.name, *entry.aliases] + (entry.local if entry.country == country else [])
        if any(word == form.lower() for form in forms):
            return entry.name
    return ""


def _branches(inside: list[Mention]) -> list[Mention]:
    """'Deputy Commissioner, Federal Policing, RCMP': the model's organisations before the
    last body of a label are branches of it, not actors of their own."""
    bodies = [m for m in inside if m.type not in ("Party", "Person")]
    return [m for m in bodies[:-1] if m.kind == "ner" and m.type == "Organization"]


def _as_person(organisations: dict[str, list[Mention]], speaker: Mention) -> None:
    """A name the label shows to be a speaker is a person wherever the model typed it as
    an organisation ('Sébastien Aubertin-Giguère')."""
    for m in organisations.get(speaker.key, ()):
        if m is not speaker and m.type == "Organization":
            m.type = "Person"


def _model_organisations(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """The model's organisations by normalised name, built once per document (a list of
    thousands of labels would otherwise compare each label with every mention)."""
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "Organization" and m.kind == "ner":
            out.setdefault(normalize_name(m.name), []).append(m)
    return out


def _member_label(label: str, found: list[Found], speaker: Mention) -> bool:
    """A member's label names a riding and a party ('Wellington—Halton Hills, CPC'); a
    witness's names an office ('Minister of ...', 'Director, CSIS')."""
    if any(f.type in ("MEMBER_OF", "FORMER_MEMBER_OF") and f.target.type == "Party"
           for f in found if f.source is speaker):
        return True
    words = {w.strip(".,").lower() for w in label.split()}
    return bool(words & {"ind", "independent", "lib", "cpc", "ndp", "bq", "gp", "con"})


def _drop_ridings(doc: Any, mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
    """'Mr. X (Hamilton Centre, NDP):' names a riding, not an actor: NER hits inside a
    member's riding are dropped (the party after the comma stays)."""
    if not spans:
        return
    starts = {doc[m.start].idx: m for m in mentions if m.kind == "ner" and m.start < len(doc)}
    drop = {id(m) for a, b in spans for idx, m in starts.items() if a <= idx < b}
    mentions[:] = [m for m in mentions if id(m) not in drop]


def _member_for(doc: Any, mentions: list[Mention], ridings: dict[str, Mention]) -> None:
    """'the member for Wellington—Halton Hills' is the MP whose speaker label names that
    riding: one scan of the text per riding named in a label."""
    text = text_of(doc)
    added = []
    for riding, speaker in ridings.items():
        if len(riding) < 3:
            continue
        needle = "member for " + riding
        at = text.find(needle)
        while at >= 0:
            start = at
            for article in ("the hon. ", "the honourable ", "the "):
                if text[max(0, at - len(article)):at].lower() == article:
                    start = at - len(article)
                    break
            span = doc.char_span(start, at + len(needle), alignment_mode="expand")
            if span is not None:
                added.append(same_actor_at(doc, span.start, span.end, "speaker", speaker))
            at = text.find(needle, at + len(needle))
    _replace_spans(mentions, added)


class _MentionIndex:
    """Mentions by character offset, for the speaker labels' ranges (bisect, not scans)."""

    def __init__(self, doc: Any, mentions: list[Mention]) -> None:
        import numpy
        from spacy.attrs import IDX

        idx = doc.to_array([IDX]).reshape(-1) if len(doc) else numpy.zeros(0)
        self.items = sorted(((int(idx[m.start]), n, m) for n, m in enumerate(mentions)
                             if 0 <= m.start < len(doc)), key=lambda item: item[:2])
        self.starts = [item[0] for item in self.items]

    def within(self, start: int, end: int) -> list[Mention]:
        import bisect

        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [m for _, _, m in self.items[lo:hi]]

    def first(self, start: int, end: int, kind: str) -> Mention | None:
        return next((m for m in self.within(start, end) if m.type == kind), None)


def _label_person(doc: Any, index: _MentionIndex, line: Any, added: list[Mention]
                  ) -> Mention | None:
    """The person a label names: the finders' mention when it is the name and no more
    ('Pam Damoff Liberal' runs into the party), else one over the label's name."""
    found = None if line.reordered else index.first(line.start, line.end, "Person")
    if found is not None and len(found.text) < len(line.name) \
            and line.name.lower().startswith(found.text.lower()):
        found = None  # 'JANE' of 'JANE ROE:': the model tagged the given name alone
    if found is not None and doc[found.end - 1].idx + len(doc[found.end - 1]) <= line.end:
        found.attrs = {**found.attrs, "speaker": True}  # it speaks: an actor of the text
        return found
    made = _speaker_mention(doc, line, added)
    full = _named_in_full(index, line.name, added) if found is None else None
    if made is not None and full is not None:  # 'COMEY:' is 'Jim Comey' of the text
        made.name = full.name or person_name(full.text)
        made.key = full.key or normalize_name(made.name)
    if made is not None and found is not None and found.key:
        made.key, made.name, made.source = found.key, found.name, found.source
        made.roles, made.attrs = set(found.roles), dict(found.attrs)
    return made


def _named_in_full(index: _MentionIndex, name: str, added: Sequence[Mention] = ()
                   ) -> Mention | None:
    """The one person the text (or an earlier, fuller label: 'SEN. LINDSEY GRAHAM, R-S.C.')
    names in full whose surname a bare label gives ('COMEY', 'Mr. Chong'); none when two
    people share it."""
    surname = name.split()[-1].lower() if name.split() else ""
    candidates = [m for _, _, m in index.items] + [m for m in added if m.kind == "speaker"]
    people = {m.key or normalize_name(m.text): m for m in candidates if m.type == "Person"
              and len(m.text.split()) > 1 and m.text.split()[-1].lower() == surname}
    # (the model's mention is keyed later: 'Tony Burke' in the prose and the label
    # 'TONY BURKE' are one person)
    return next(iter(people.values())) if len(people) == 1 and len(name.split()) == 1 else None


AS_INDIVIDUAL = re.compile(r",?\s*As an? Individual\s*$", re.IGNORECASE)


def _listed_bodies(doc: Any, mentions: list[Mention], lines: list[Any]) -> None:
    """'Senior Fellow, Macdonald-Laurier Institute, As an Individual': in a witness list
    the last part of the office is the body the witness is with, whatever the model
    made of it (it often cuts or misses such names)."""
    added = []
    text = text_of(doc)
    for line in lines:
        label = AS_INDIVIDUAL.sub("", text[line.paren_start:line.paren_end])
        if "," not in label:
            continue
        body = label.rsplit(",", 1)[1].strip()
        start = line.paren_start + label.rindex(body)
        span = doc.char_span(start, start + len(body), alignment_mode="expand")
        words = body.split()
        if span is None or not words or not all(w[:1].isupper() or w.islower() and len(w) < 5
                                                for w in words):
            continue
        if any(m.start <= span.start and m.end == span.end and m.type != "Person"
               for m in mentions):
            continue  # the finders have it ('Department of Foreign Affairs, Trade and ...')
        kind = _body_type(words)
        added.append(Mention(span.start, span.end, span.text, "ner", span.text, kind,
                             key=normalize_name(span.text), source="text"))
    _replace_spans(mentions, added)


def _listed_affiliation(speaker: Mention, inside: list[Mention], own: list[Found]
                        ) -> list[Found]:
    """A witness is with the last body of the line ('Senior Fellow, X'), whatever the
    title, unless the title already said how (heads, founded, minister of)."""
    bodies = [m for m in inside if m.type not in ("Party", "Person", "State")]
    if not bodies or any(f.target.key == bodies[-1].key for f in own):
        return []
    return list(pairs([speaker], bodies[-1:], "WORKS_FOR", "speaker:listed", speaker.start))


def _body_type(words: list[str]) -> str:
    """Agency, Committee, Party... by the last word that says what a body is."""
    for word in reversed(words):
        kind = lexicon.ORG_HEAD_TYPES.get(word.lower())
        if kind is not None and kind not in ("Legislature", "Media"):
            return kind
    return "Organization"


def _speaker_mention(doc: Any, line: Any, added: list[Mention]) -> Mention | None:
    """A speaker no rule named: a mention over the label's name."""
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    if span is None:
        return None
    speaker = Mention(span.start, span.end, span.text, "speaker", person_name(line.name),
                      "Person", key=normalize_name(line.name), source="text")
    added.append(speaker)
    return speaker


def _replace_spans(mentions: list[Mention], added: list[Mention]) -> None:
    """Put `added` in, dropping the mentions they overlap; one pass, order kept."""
    if not added:
        return
    taken = {i for m in added for i in range(m.start, m.end)}
    mentions[:] = sorted([m for m in mentions if not any(i in taken for i in
                                                         range(m.start, m.end))] + added,
                         key=lambda m: m.start)


SPEAKING_FOR = ("HEADS", "WORKS_FOR", "MINISTER_OF")
BODY_TYPES = ("Agency", "Commission", "Organization", "Government", "Media")


MINISTERIAL = re.compile(r"\b(?:Minister|Secretary of State|Attorney[- ]General|Solicitor"
                         r"[- ]General)\b")
"""Offices whose holder speaks for the government ('The Minister for Security', 'The
Secretary of State for the Home Department')."""


def _ministers_government(label: str, builtin: Builtin) -> Mention | None:
    """A minister's label with no department named: 'we' in the turn is the government of
    the document's country (none known: no one)."""
    here = locales.current()
    if not label or not MINISTERIAL.search(label) or here is None or not here.government \
            or "shadow" in label.lower():
        return None  # ('The Shadow Minister for Security' speaks for the opposition)
    return builtin(here.government, here.government_type)


def _speaks_for(own: list[Found], speaker: Mention) -> Mention | None:
    """The body a witness answers for ('Director, CSIS'): what 'we' means in the turn."""
    return next((f.target for f in own if f.source is speaker and f.type in SPEAKING_FOR
                 and f.target.type in BODY_TYPES), None)
