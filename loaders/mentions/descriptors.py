"""Actors named by a description instead of a name: 'the committee', 'the committee on
X', 'Trudeau's government', 'the Minister of Foreign Affairs'.

Why apart from the name finders: a description names a known body only through
what surrounds it (a determiner, the words after 'on'/'into', a leader's name,
a portfolio), so these rules read the parse around a keyed noun and match
its words against the gazetteer's bodies, departments and leaders; a bare
'the committee' is left to in-document resolution (`coref`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..vocabulary import lexicon, locales
from ..vocabulary.gazetteer import Gazetteer, GazetteerEntry
from ..vocabulary.offices import titles as office_titles
from .mention import Mention, from_entry, left_modifiers, normalize_name, text_of
from .ner import names_next

__all__ = ["DescriptorFinder", "label_offices"]


PLACED_NOUNS = {"embassy", "consulate", "police", "bureau", "office"}
"""Bodies there is one of in each place: with a place after it the noun is another one."""


def _placed_after(doc: Any, noun: Any) -> bool:
    """'the consulate in Shanghai', 'the police at Heathrow' (the parser may hang the
    place on a verb, so it is read on the surface)."""
    return noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in ("in", "at") \
        and doc[noun.i + 2].text[:1].isupper()



FOREIGN_SERVICE_HEADS = {"service", "services", "agency", "agencies"}
PORTFOLIO_NOISE = {"the", "and", "of", "canada", "prime", "deputy", "former", "associate"}
DEPARTMENT_WORDS = {"department", "ministry", "office", "national", "federal", "government",
                    "for", "on"}
"""What a department's name may hold beside its portfolio's words ('Department of National
Defence' for the 'Minister of Defence'); 'Security Service' holds a word of its own: the
'Minister for Security' is no minister of MI5."""
OTHER_TERMS = lexicon.words("other_term_words")
"""'the last Government blamed ...': an administration other than the one in office."""

REMIT_NOUNS = {"committee", "subcommittee", "commission", "council"}
"""Bodies named by what they deal with ('the committee for International Affairs')."""


def _prep_objects(token: Any, preps: tuple[str, ...]) -> Iterator[Any]:
    """The objects of the token's own prepositions among `preps` ('of X', 'for Y')."""
    return (o for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj")


class DescriptorFinder:
    """Built once per gazetteer (its bodies, departments and leaders), used per document."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._leaders: dict[str, set[str]] | None = None
        self._state_forms: dict[str, GazetteerEntry] | None = None
        self.bodies = [(e, [set(normalize_name(n).split()) for n in (e.name, *e.aliases)])
                       for e in gazetteer.entries.values() if e.type in ("Committee", "Commission")]
        self.departments = [(e, set(normalize_name(n).split()))
                            for e in gazetteer.entries.values() if e.type == "Agency"
                            for n in (e.name, *e.aliases)]

    def find(self, doc: Any, keyed: list[Any]) -> list[Mention]:
        """'the committee' (anaphora, resolved later) and 'the committee on X' (descriptor)."""
        out = []
        for token in keyed:
            if token.lower_ in HEARING_BODIES and _holds_hearing(token):
                start = left_modifiers(doc, token, token.i)  # 'a Senate Judiciary
                out.append(Mention(start, token.i + 1, doc[start:token.i + 1].text,  # sub-
                                   "anaphora", "", "Committee",  # committee hearing'
                                   attrs={"types": ["Committee"], "noun": "committee",
                                          "det": "a"}))
                continue
            if token.lower_ in lexicon.ANAPHORA and _authors_paper(token):
                types = lexicon.ANAPHORA[token.lower_]  # 'the Commission communication of
                out.append(Mention(token.i, token.i + 1, token.text, "anaphora", "",  # May'
                                   types[0], attrs={"types": types, "noun": token.lower_,
                                                    "det": "the"}))
                continue
            if token.lower_ not in lexicon.ANAPHORA or token.dep_ == "compound":
                continue
            if token.lower_ == "text" and not _adopted_text(token):
                continue  # 'the text of the agreement': words, not the measure
            if token.lower_ == "resolution" and any(c.lower_ == "following"
                                                    for c in token.children):
                continue  # 'submitted the following resolution': the measure's own line
            if names_next(doc, token):
                continue  # 'the broadcaster NRK' names NRK, not the last broadcaster
            if token.lower_ == "government":
                led = self._leaders_government(doc, token) or self._state_government(doc, token)
                if led is not None:
                    out.append(led)
                    continue
                if any(c.dep_ == "amod" and c.lower_ in OTHER_TERMS or c.dep_ == "poss"
                       and c.lower_ in ("its", "their") for c in token.children):
                    continue  # 'the last Government': another administration, not today's;
                    # 'critical of its government': the government of whoever 'its' is
                if any(o.tag_ == "NNP" for o in _prep_objects(token, ("of",))):
                    continue  # 'the pro-Russian government of Mark Stone': his, not ours
            if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("known", "called",
                                                                      "dubbed", "named"):
                continue  # 'the group known as APT31' is APT31, not the last group named
            if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in token.children):
                continue  # 'our service': the speaker's or the issuer's own (whoever 'we' is,
                # read with the pronouns), not the last service named
            if token.lower_ in FOREIGN_SERVICE_HEADS and any(
                    c.dep_ == "amod" and c.lower_ == "foreign" for c in token.children):
                continue  # 'the foreign intelligence service involved': some other state's,
                # never a body the text named (MI5 in a British release); 'the foreign
                # ministry' is the one named before
            owner = _personal_owner(token)
            if owner is None and not any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "this", "that", "our")
                    for c in token.children) \
                    and not (token.text == "Text" and _adopted_text(token)):
                continue  # ('Text adopted by the Assembly on 8 April': a resolution's own
                # line saying who adopted it, as its records write it)
            if token.lower_ in REMIT_NOUNS and any(
                    o.text[:1].isupper() for o in _prep_objects(token, ("for", "on"))):
                continue  # 'chairman of the committee for International Affairs of the
                # Duma': a body its remit describes, not the last committee named
            if token.lower_ in PLACED_NOUNS and _placed_after(doc, token):
                continue  # 'the consulate in Shanghai' is not the consulate named before
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
                continue  # 'That agency, the Third Department, ...': the text names it
                # there; not the last agency named before
            described = self._described(token)
            start = left_modifiers(doc, token, token.i)
            if described is None and (any(t.pos_ == "PROPN" for t in doc[start:token.i])
                                      or token.i > 0 and doc[token.i - 1].text == ")"):
                continue  # 'the British Columbia New Democratic Party' is a name, and so is
                # 'the Foreign Interference (Countermeasures) Act' (a title's bracket)
            if described is not None:
                end = max(t.i for t in token.subtree) + 1
                out.append(from_entry(doc, start, end, "descriptor", described))
                continue
            types = lexicon.ANAPHORA[token.lower_]
            det = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
            attrs = {"types": types, "noun": token.lower_, "det": det}
            if owner is not None:
                attrs["owner_at"] = owner.i
            out.append(Mention(start, token.i + 1, doc[start:token.i + 1].text, "anaphora",
                               "", types[0], attrs=attrs))
        return out

    def _state_government(self, doc: Any, token: Any) -> Mention | None:
        """'the Government of the Russian Federation': a foreign state's government is the
        state (one actor, the convention), never the document's own government."""
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is None:
            return None
        entry, spans = None, (doc[obj.left_edge.i:obj.i + 1],
                              doc[obj.left_edge.i:max(obj.i, obj.right_edge.i) + 1])
        for words in spans:
            name = words.text[4:] if words.text.lower().startswith("the ") else words.text
            name = name.lower()  # ('People’s Republic' is read 'People's': `textprep`)
            entry = self._states().get(name.split(" (", 1)[0])  # 'the People's Republic of
            if entry is not None:  # China (PRC)': the parser's object may be the acronym
                break
        if entry is None or self.gazetteer.get(f"Government of {entry.name}") is not None \
                or any(loc.state == entry.name and loc.government
                       for loc in locales.all_locales()):
            return None  # 'the Government of Canada' is an actor of its own (the convention)
        start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ == "the" else token.i
        end = next((t.i for t in words if t.text == "("), words.end)
        return from_entry(doc, start, end, "descriptor", entry)

    def _states(self) -> dict[str, GazetteerEntry]:
        if self._state_forms is None:
            self._state_forms = {form.lower(): e for e in self.gazetteer.by_type("State")
                                 for form in (e.name, *e.aliases)}
        return self._state_forms

    def prime_minister(self, doc: Any, keyed: list[Any]) -> list[Mention]:
        """'the Prime Minister' standing alone (not a title before a name, not another
        country's): the head of government the text has named, resolved by `coref`."""
        out = []
        for token in keyed:
            if token.lower_ != "minister" or token.dep_ == "compound" or token.i < 2 \
                    or doc[token.i - 1].lower_ != "prime" or doc[token.i - 2].lower_ != "the":
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                continue  # 'the Prime Minister of India'
            if token.i >= 4 and doc[token.i - 3].lower_ in ("to", "of") \
                    and doc[token.i - 4].text[:1].isupper():
                continue  # 'the Advisor to the Prime Minister', 'Office of the Prime Minister'
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue  # a title run into a name the parser did not join
            out.append(Mention(token.i - 2, token.i + 1, doc[token.i - 2:token.i + 1].text,
                               "anaphora", "", "Person",
                               attrs={"types": ("Person",), "role": "PrimeMinister",
                                      "office": "prime minister"}))
        return out

    def offices(self, doc: Any) -> list[Mention]:
        """'the Deputy Prime Minister', 'Mr Speaker', 'the Foreign Secretary' standing alone
        (no name after it, no other country's 'of X'): an office, resolved by `coref` to
        its holder on the document's date when `offices` knows it."""
        out = []
        for match in _office_pattern().finditer(text_of(doc)):
            if match.group("title").lower() == "prime minister":
                continue
            mention = _office_mention(doc, match)
            if mention is None:
                continue
            after = doc[mention.end:mention.end + 2]
            if len(after) == 2 and after[0].lower_ == "of" and after[1].pos_ == "PROPN":
                continue  # 'the Foreign Secretary of Japan'
            out.append(mention)
        return out

    def _leaders_government(self, doc: Any, token: Any) -> Mention | None:
        """'Trudeau's government', 'the Modi government': the government of the country of
        the known leader named before it (home -> 'the government', else the State)."""
        leader = next((c for c in token.children if c.dep_ in ("poss", "compound")
                       and c.pos_ == "PROPN"), None)
        if leader is None:
            return None
        if self._leaders is None:
            self._leaders = {}
            for e in self.gazetteer.entries.values():
                if e.type == "Person" and e.country and e.last_name and \
                        {"PrimeMinister", "Premier", "Leader"} & set(e.roles):
                    self._leaders.setdefault(e.last_name.lower(), set()).add(e.country)
        countries = self._leaders.get(leader.lower_, set())
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        start = leader.i - 1 if leader.i > 0 and doc[leader.i - 1].lower_ == "the" else leader.i
        here = locales.current()
        if here is not None and country == here.state and here.government_type == "Government":
            return Mention(start, token.i + 1, doc[start:token.i + 1].text, "anaphora", "",
                           "Government", attrs={"types": ("Government",), "noun": "government"})
        entry = self.gazetteer.get(country)
        return from_entry(doc, start, token.i + 1, "descriptor", entry) if entry else None

    def portfolios(self, doc: Any, keyed: list[Any]) -> list[Mention]:
        """'Minister of Foreign Affairs' / 'Minister for Home Affairs' (the Westminster form)
        / 'Public Safety Minister': the department it names."""
        out = []
        for token in keyed:
            if token.lower_ != "minister" or _shadow(token):
                continue  # ('the Shadow Home Affairs Minister' names no department)
            spans = [(c.i, c.i + 1) for c in token.children
                     if c.dep_ == "compound" and c.i < token.i and c.text[:1].isupper()]
            if spans:
                spans = [(min(s for s, _ in spans), token.i)]
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            sub = [t.i for t in obj.subtree]
                            spans.append((min(sub), max(sub) + 1))
            for start, end in spans:
                entry = self._department(doc[start:end])
                if entry is not None:
                    out.append(from_entry(doc, start, end, "descriptor", entry))
        return out

    def _department(self, span: Any) -> GazetteerEntry | None:
        words = set(normalize_name(span.text).split()) - PORTFOLIO_NOISE
        if not words:
            return None
        best: list[tuple[int, str, GazetteerEntry]] = []
        here = locales.current()
        for entry, names in self.departments:  # an Australian minister's 'Foreign Affairs' is
            if words <= names and names - words <= DEPARTMENT_WORDS | PORTFOLIO_NOISE \
                    and (not entry.country  # no Canadian department, nor a
                                   or here is not None and entry.country == here.country):
                # Lithuanian 'Minister of Defence' in a text of no known country
                best.append((len(names - words), entry.name, entry))
        best.sort(key=lambda b: (b[0], b[1]))
        tied = len(best) > 1 and best[1][0] == best[0][0] and best[1][2] is not best[0][2]
        if not best or tied:
            return None
        return best[0][2]

    def _described(self, token: Any) -> GazetteerEntry | None:
        """The known committee or commission whose name holds the words after 'on'/'into'."""
        if token.lower_ not in ("committee", "commission", "inquiry"):
            return None
        doc = token.doc
        named = {t.lower_ for t in doc[left_modifiers(doc, token, token.i):token.i]
                 if t.text[:1].isupper()}  # 'the Parliamentary Joint Committee on ...': its
        for prep in token.children:  # own name's words must be the known body's too
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "into", "of"):
                continue
            words = {t.lower_ for t in prep.subtree if t.is_alpha and not t.is_stop} - {prep.lower_}
            if not words:
                continue
            for entry, names in self.bodies:
                whole = words | named | {token.lower_}
                if any(words | named <= n for n in names) and _of_this_country(
                        entry, any(n - SMALL_WORDS <= whole for n in names)):
                    return entry
        return None


SMALL_WORDS = {"of", "and", "for", "the", "on", "into", "in", "to", "a"}


def _of_this_country(entry: GazetteerEntry, whole_name: bool = False) -> bool:
    """A body described by its subject ('the committee on foreign interference') is the
    document's own country's, never another's of the same subject (the European
    Parliament's committee is no Canadian inquiry, the Georgian Parliament's committee on
    defence no Canadian Senate's); when the text's country is unknown, only a body of no
    country, or one whose whole name the text writes ('the Public Inquiry into Foreign
    Interference')."""
    here = locales.current()
    if here is None:
        return not entry.country or whole_name
    return not entry.country or (entry.host or entry.country) == here.country


PERSONAL_OWNERS = {"his", "her", "their"}


def _vocative(doc: Any, span: Any) -> bool:
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    first = span.start == span.sent.start and after in (",", ":")  # 'Mr. Speaker, I ...'
    last = before == "," and after in (".", "!", "?") and span.end + 1 >= span.sent.end
    addressed = doc[span.start].lower_ in ("mr", "mr.", "madam") and before in (",", ";") \
        and after in (",", ";", ".")  # 'With permission, Mr Speaker, I will ...'
    return first or last or addressed


def label_offices(doc: Any, mentions: list[Mention], titles: list[str]) -> list[Mention]:
    """'the Attorney-General' where a speaker label of the transcript gives that office:
    an office mention (resolved to the label's speaker by `coref`); not inside another
    mention, nor before a name, nor a chair addressed (`_office_mention`)."""
    if not titles:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = (_office_mention(doc, match)
             for match in _titles_pattern(tuple(titles), "the").finditer(text_of(doc)))
    return [m for m in found if m is not None and not taken.intersection(range(m.start, m.end))]


def _office_mention(doc: Any, match: re.Match[str]) -> Mention | None:
    """The office a title pattern matched, standing alone: none when a name follows it
    ('the Attorney-General Jane Roe' names her) or it addresses the chair ('Mr. Speaker, I
    rise ...')."""
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None or span.end < len(doc) and doc[span.end].pos_ == "PROPN" \
            or _vocative(doc, span):
        return None
    return Mention(span.start, span.end, span.text, "anaphora", "", "Person",
                   attrs={"types": ("Person",),
                          "office": " ".join(match.group("title").split()).lower()})


@lru_cache(maxsize=1)
def _office_pattern() -> re.Pattern[str]:
    return _titles_pattern(tuple(office_titles()), "the|mr|madam")


@lru_cache(maxsize=64)
def _titles_pattern(titles: tuple[str, ...], openers: str) -> re.Pattern[str]:
    """'the' (or another opener) and one of `titles`, the longest first, any spacing."""
    words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len,
                                                                         reverse=True))
    return re.compile(rf"\b(?:{openers})\s+(?P<title>{words})\b", re.IGNORECASE)


def _personal_owner(token: Any) -> Any | None:
    """'his party', 'her party': a party owned by a person (resolved by `coref` to that
    person's party); other nouns owned by a person ('his committee') are left alone."""
    if token.lower_ != "party":
        return None
    return next((c for c in token.children if c.dep_ == "poss"
                 and c.lower_ in PERSONAL_OWNERS), None)



PAPER_NOUNS = lexicon.words("authored_paper_nouns")


def _authors_paper(token: Any) -> bool:
    """'the Commission communication of 8 November 2023', 'the Council conclusions': a
    capitalised body noun naming the author of the paper after it is that body."""
    head = token.head
    return token.dep_ == "compound" and token.text[:1].isupper() and head.i > token.i \
        and head.lower_ in PAPER_NOUNS and any(c.dep_ == "det" and c.lower_ == "the"
                                               for c in head.children)


HEARING_BODIES = {"committee", "subcommittee"}


def _holds_hearing(token: Any) -> bool:
    """'testifying at a Senate Judiciary subcommittee hearing': the committee holding the
    hearing, named by the words before it (see `coref._hearing_committee`)."""
    return token.dep_ == "compound" and token.head.lower_ in ("hearing", "hearings") \
        and token.i > 0 and token.doc[token.i - 1].text[:1].isupper()


def _adopted_text(token: Any) -> bool:
    """'the text adopted' (then: who tabled it, how the vote went): the measure a house
    adopted, as a parliament's summaries of its procedures call it."""
    return any(c.dep_ == "acl" and c.lower_ == "adopted" for c in token.children)


def _shadow(minister: Any) -> bool:
    """'the Shadow Home Affairs Minister', 'Shadow Minister for Defence': an opposition
    spokesperson's title, whose portfolio is no department of theirs."""
    doc = minister.doc
    start = min(t.i for t in minister.subtree)
    return any(t.lower_ in lexicon.SHADOW_TITLE_WORDS
               for t in doc[max(start - 1, 0):minister.i])
