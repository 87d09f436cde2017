"""Find who is named in a parsed document: gazetteer phrases, NER, groups, unnamed people.

Why several sources: the gazetteer knows canonical names and their irregular
forms; statistical NER finds the people no list knows; role phrases ("a senior
Chinese diplomat", "Canadian MPs and senators") name actors that have no name
at all. Candidates from all of them compete for the same tokens and the
longest, most trusted one wins, so every token belongs to at most one mention.
Everything here is one pass over the tokens (plus a phrase matcher), linear in
the length of the document.
"""

from __future__ import annotations

from functools import lru_cache

import re
from dataclasses import dataclass, field
from typing import Any

from figraph.model import normalize_name as _normalize_name

from . import lexicon
from .gazetteer import Gazetteer, GazetteerEntry

normalize_name = lru_cache(maxsize=65536)(_normalize_name)

__all__ = ["Mention", "MentionFinder"]

PRIORITY = {"speaker": 0, "name": 1, "alias": 1, "bill": 1, "acronym": 1, "group": 2,
            "descriptor": 2, "lastname": 2, "demonym": 3, "metonym": 3, "ner": 4,
            "unnamed": 4, "anaphora": 5}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "around", "across", "inside", "within"}
INDEFINITE = {"a", "an", "one", "another"}
NAME_PARTICLES = {"de", "van", "von", "der", "bin", "al", "el", "la", "le", "du", "da"}
BILL = re.compile(r"^[CS]-\d{1,3}$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")


@dataclass
class Mention:
    """One stretch of tokens naming one actor (key filled in or left to coref)."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    type: str
    key: str = ""
    source: str = "text"
    roles: set[str] = field(default_factory=set)
    group: bool = False
    scoped: bool = False
    """Unnamed and group actors belong to one document: their id includes its id."""
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def priority(self) -> int:
        return PRIORITY.get(self.kind, 9)


def _title_case(text: str) -> str:
    return text[:1].upper() + text[1:]


class MentionFinder:
    """Built once per gazetteer (the phrase matchers), then used on every document."""

    def __init__(self, nlp: Any, gazetteer: Gazetteer) -> None:
        from spacy.matcher import PhraseMatcher

        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.forms: dict[int, tuple[str, str, str]] = {}
        grouped: dict[str, list[str]] = {}
        for form in gazetteer.surface_forms():
            cased = "cased" if form.text != form.text.lower() else "any"
            grouped.setdefault(f"{form.kind}\x1f{form.entry}\x1f{cased}", []).append(form.text)
        for key, texts in grouped.items():
            kind, entry, _ = key.split("\x1f")
            self.matcher.add(key, list(nlp.tokenizer.pipe(texts)))
            self.forms[nlp.vocab.strings[key]] = (kind, entry, texts[0])
        self.groups = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.groups.add("foreign", list(nlp.tokenizer.pipe(sorted(lexicon.FOREIGN_ACTOR_PHRASES))))
        self.groups.add("parl", list(nlp.tokenizer.pipe(sorted(lexicon.PARLIAMENTARIAN_NOUNS))))
        self.demonyms = {d.lower(): e for e in gazetteer.entries.values() for d in e.demonyms}
        self.party_aliases = {
            a.lower(): e for e in gazetteer.by_type("Party") for a in [e.name, *e.aliases]}
        self._keys: Any = None
        self._leaders: dict[str, set[str]] | None = None
        self.bodies = [(e, [set(normalize_name(n).split()) for n in (e.name, *e.aliases)])
                       for e in gazetteer.entries.values() if e.type in ("Committee", "Commission")]
        self.departments = [(e, set(normalize_name(n).split()))
                            for e in gazetteer.entries.values() if e.type == "Agency"
                            for n in (e.name, *e.aliases)]

    # -- public ----------------------------------------------------------------

    def find(self, doc: Any) -> list[Mention]:
        """Non-overlapping mentions of `doc`, in text order."""
        ner_person = {t for ent in doc.ents if ent.label_ == "PERSON" for t in range(ent.start, ent.end)}
        candidates = self._gazetteer(doc, ner_person)
        candidates += self._groups(doc)
        keyed = self._keyed_tokens(doc)
        candidates += self._bills(doc, keyed)
        candidates += self._ner(doc)
        candidates += self._unnamed(doc, keyed)
        candidates += self._nominal(doc, keyed)
        candidates += self._portfolios(doc, keyed)
        chosen = _absorb_house_prefix(_pick(_drop_crossing(_named_committees(candidates))))
        return _add_acronyms(doc, chosen)

    def _keyed_tokens(self, doc: Any) -> list[Any]:
        """Tokens some rule keys on, found without building a Token for every word."""
        import numpy

        from spacy.attrs import LOWER

        if self._keys is None:
            from .unnamed import GROUP_ROLE_NOUNS, STAFF_NOUNS

            words = {"bill", "minister"} | lexicon.PERSON_ROLE_NOUNS | set(lexicon.ANAPHORA) \
                | set(GROUP_ROLE_NOUNS) | STAFF_NOUNS
            self._keys = numpy.array(sorted(doc.vocab.strings.add(w) for w in words),
                                     dtype="uint64")
        lows = doc.to_array([LOWER]).reshape(-1)
        return [doc[int(i)] for i in numpy.nonzero(numpy.isin(lows, self._keys))[0]]

    # -- gazetteer ---------------------------------------------------------------

    def _gazetteer(self, doc: Any, ner_person: set[int]) -> list[Mention]:
        raw: list[tuple[int, int, str, GazetteerEntry]] = []
        for match_id, start, end in self.matcher(doc):
            kind, name, form = self.forms[match_id]
            entry = self.gazetteer.get(name)
            if entry is not None and _case_ok(doc[start:end].text, form):
                raw.append((start, end, kind, entry))
        full_present = {e.name for s, _, k, e in raw if k in ("name", "alias") and e.type == "Person"}
        by_span: dict[tuple[int, int], list[tuple[str, GazetteerEntry]]] = {}
        for start, end, kind, entry in raw:
            by_span.setdefault((start, end), []).append((kind, entry))
        out: list[Mention] = []
        for (start, end), options in by_span.items():
            mention = self._choose(doc, start, end, options, full_present, ner_person)
            if mention is not None:
                out.append(mention)
        return out

    def _choose(self, doc: Any, start: int, end: int, options: list, full_present: set[str],
                ner_person: set[int]) -> Mention | None:
        kind, entry = options[0]
        if entry.type == "Legislature" and start >= 2 and doc[start - 1].lower_ == "of" \
                and doc[start - 2].lower_ in ("member", "members"):
            return None
        named = [(k, e) for k, e in options if k in ("name", "alias")]
        if named:
            kind, entry = named[0]
            return _from_entry(doc, start, end, kind, entry)
        if kind == "lastname":
            return self._last_name(doc, start, end, options, full_present, ner_person)
        if kind == "demonym":
            return self._demonym(doc, start, entry)
        if kind == "metonym":
            token = doc[start]
            if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
                return None
            if any(ent.start <= start and end <= ent.end and ent.end - ent.start > end - start
                   for ent in doc.ents):
                return None
            return _from_entry(doc, start, end, kind, entry)
        return None

    def _last_name(self, doc: Any, start: int, end: int, options: list, full_present: set[str],
                   ner_person: set[int]) -> Mention | None:
        entries = [e for _, e in options]
        present = [e for e in entries if e.name in full_present]
        prev = doc[start - 1].lower_ if start > 0 else ""
        titled = prev in lexicon.HONORIFICS or prev in lexicon.TITLE_ROLES
        if len(present) == 1:
            entry = present[0]
        elif len(entries) == 1 and not present and (titled or start in ner_person):
            entry = entries[0]
        else:
            return None
        return _from_entry(doc, start, end, "lastname", entry)

    def _demonym(self, doc: Any, start: int, entry: GazetteerEntry) -> Mention | None:
        """'Indian officials' is India; 'a Chinese diplomat' is left to `_unnamed`."""
        token = doc[start]
        head = token.head
        if token.dep_ in ("amod", "compound", "nmod") and head.i > start \
                and head.lower_ in lexicon.STATE_NOUNS:
            return _from_entry(doc, start, head.i + 1, "demonym", entry)
        return None

    # -- lexicon groups, bills ---------------------------------------------------

    def _groups(self, doc: Any) -> list[Mention]:
        out = []
        for match_id, start, end in self.groups(doc):
            label = doc.vocab.strings[match_id]
            head = doc[end - 1]
            if end < len(doc) and doc[end].pos_ == "PROPN":
                continue  # "MPs Michael Chong and Jenny Kwan" names them
            if label == "foreign" and head.dep_ in ("compound", "amod", "nmod") \
                    and head.head.i >= end and head.head.pos_ == "NOUN" \
                    and head.head.lower_ not in lexicon.STATE_NOUNS:
                continue  # 'foreign state disinformation' is a kind of content, not an actor
            if label == "foreign":
                out.append(Mention(start, end, doc[start:end].text, "group",
                                   lexicon.FOREIGN_ACTOR_GROUP, "State", group=True, scoped=True))
                continue
            start = _left_modifiers(doc, head, start)
            end = _conjunct_end(doc, head, end)
            out.append(Mention(start, end, doc[start:end].text, "group",
                               lexicon.PARLIAMENTARIAN_GROUP, "Person", roles={"MP", "Senator"},
                               group=True, scoped=True))
        return out

    def _bills(self, doc: Any, keyed: list[Any]) -> list[Mention]:
        out = []
        for bill in keyed:
            if bill.lower_ != "bill" or bill.i + 1 >= len(doc):
                continue
            token = doc[bill.i + 1]
            if BILL.match(token.text):
                name = f"Bill {token.text}"
                entry = self.gazetteer.get(name)
                if entry is not None:
                    out.append(_from_entry(doc, token.i - 1, token.i + 1, "bill", entry))
                else:
                    out.append(Mention(token.i - 1, token.i + 1, name, "bill", name, "Bill"))
        return out

    # -- statistical NER ---------------------------------------------------------

    def _ner(self, doc: Any) -> list[Mention]:
        out = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE"):
                continue
            start, end = self._strip(doc, *_first_line(doc, ent.start, ent.end))
            end = next((i for i in range(start, end) if doc[i].text == "("), end)
            start, end = self._strip(doc, start, end)
            if ent.label_ == "PERSON":
                start = _after_titles(doc, start, end)
            if start >= end:
                continue
            text = doc[start:end].text
            if text.lower() in lexicon.JUNK_NAMES or len(text) < 2:
                continue
            if end - start == 1 and text.lower() in lexicon.ANAPHORA:
                continue  # 'the House', 'the Ministry': left to anaphora resolution
            mention = self._typed(doc, ent.label_, start, end, text)
            if mention is not None:
                out.append(mention)
        return out

    def _strip(self, doc: Any, start: int, end: int) -> tuple[int, int]:
        """Drop titles, parties, demonyms and articles before a name; "'s" after it."""
        while start < end:
            low = doc[start].lower_
            if low in lexicon.HONORIFICS or low in lexicon.TITLE_ROLES or low == "former" \
                    or low in self.party_aliases or doc[start].is_punct \
                    or low in self.demonyms and doc[start].tag_ != "NNP" \
                    or doc[start].pos_ == "CCONJ" or doc[start].like_num \
                    or low in ("prime", "high", "foreign", "public", "safety") \
                    or doc[start].pos_ in ("ADP", "DET"):
                start += 1
            else:
                break
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        return start, end

    def _typed(self, doc: Any, label: str, start: int, end: int, text: str) -> Mention | None:
        if label == "PERSON":
            if not _looks_like_name(doc[start:end]) or (end - start == 1 and len(text) <= 3):
                return None
            return Mention(start, end, text, "ner", text, "Person", source="ner")
        if label == "GPE":
            if text in lexicon.COUNTRIES:
                return Mention(start, end, text, "ner", text, "State",
                               key=normalize_name(text), source="ner")
            return None
        if doc[start].lower_ == "minister":
            return None
        node_type = _org_type(doc[start:end])
        if node_type is None:
            return None
        name = text[4:] if text.lower().startswith("the ") else text
        return Mention(start, end, text, "ner", name, node_type, key=normalize_name(name),
                       source="ner")

    # -- role phrases ------------------------------------------------------------

    def _unnamed(self, doc: Any, keyed: list[Any]) -> list[Mention]:
        """'a senior Chinese diplomat', 'six Indian diplomats': see `unnamed`."""
        from .unnamed import unnamed_people

        return unnamed_people(doc, keyed, self.demonyms)

    def _nominal(self, doc: Any, keyed: list[Any]) -> list[Mention]:
        """'the committee' (anaphora, resolved later) and 'the committee on X' (descriptor)."""
        out = []
        for token in keyed:
            if token.lower_ not in lexicon.ANAPHORA or token.dep_ == "compound":
                continue
            if token.lower_ == "government":
                led = self._leaders_government(doc, token)
                if led is not None:
                    out.append(led)
                    continue
            if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "this", "that",
                                                                  "our")
                       for c in token.children):
                continue
            described = self._described(token)
            start = _left_modifiers(doc, token, token.i)
            if described is None and any(t.pos_ == "PROPN" for t in doc[start:token.i]):
                continue  # 'the British Columbia New Democratic Party' is a name
            if described is not None:
                end = max(t.i for t in token.subtree) + 1
                out.append(_from_entry(doc, start, end, "descriptor", described))
                continue
            types = lexicon.ANAPHORA[token.lower_]
            out.append(Mention(start, token.i + 1, doc[start:token.i + 1].text, "anaphora",
                               "", types[0], attrs={"types": types, "noun": token.lower_}))
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
        if country == lexicon.HOME_STATE:
            return Mention(start, token.i + 1, doc[start:token.i + 1].text, "anaphora", "",
                           "Government", attrs={"types": ("Government",), "noun": "government"})
        entry = self.gazetteer.get(country)
        return _from_entry(doc, start, token.i + 1, "descriptor", entry) if entry else None

    def _portfolios(self, doc: Any, keyed: list[Any]) -> list[Mention]:
        """'Minister of Foreign Affairs' / 'Public Safety Minister': the department it names."""
        out = []
        for token in keyed:
            if token.lower_ != "minister":
                continue
            spans = [(c.i, c.i + 1) for c in token.children
                     if c.dep_ == "compound" and c.i < token.i and c.text[:1].isupper()]
            if spans:
                spans = [(min(s for s, _ in spans), token.i)]
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            sub = [t.i for t in obj.subtree]
                            spans.append((min(sub), max(sub) + 1))
            for start, end in spans:
                entry = self._department(doc[start:end])
                if entry is not None:
                    out.append(_from_entry(doc, start, end, "descriptor", entry))
        return out

    def _department(self, span: Any) -> GazetteerEntry | None:
        words = set(normalize_name(span.text).split()) - {"the", "and", "of", "canada", "prime",
                                                           "deputy", "former", "associate"}
        if not words:
            return None
        best: list[tuple[int, str, GazetteerEntry]] = []
        for entry, names in self.departments:
            if words <= names:
                best.append((len(names - words), entry.name, entry))
        best.sort(key=lambda b: (b[0], b[1]))
        if not best or (len(best) > 1 and best[1][0] == best[0][0] and best[1][2] is not best[0][2]):
            return None
        return best[0][2]

    def _described(self, token: Any) -> GazetteerEntry | None:
        """The known committee or commission whose name holds the words after 'on'/'into'."""
        if token.lower_ not in ("committee", "commission", "inquiry"):
            return None
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "into", "of"):
                continue
            words = {t.lower_ for t in prep.subtree if t.is_alpha and not t.is_stop} - {prep.lower_}
            if not words:
                continue
            for entry, names in self.bodies:
                if any(words <= n for n in names):
                    return entry
        return None


# -- helpers -------------------------------------------------------------------


def _from_entry(doc: Any, start: int, end: int, kind: str, entry: GazetteerEntry) -> Mention:
    return Mention(start, end, doc[start:end].text, kind, entry.name, entry.type,
                   key=normalize_name(entry.name), source="gazetteer", roles=set(entry.roles),
                   attrs={"entry": entry})


def _after_titles(doc: Any, start: int, end: int) -> int:
    """'Affairs Minister Mélanie Joly' -> 'Mélanie Joly': a name starts after its last title."""
    for i in range(end - 2, start - 1, -1):
        if doc[i].lower_ in lexicon.TITLE_ROLES or doc[i].lower_ in lexicon.HONORIFICS:
            return i + 1
    return start


def _first_line(doc: Any, start: int, end: int) -> tuple[int, int]:
    """An entity never runs over a line break (headings, lists, signatures)."""
    for i in range(start, end):
        if "\n" in doc[i].text or (i < end - 1 and "\n" in doc[i].whitespace_):
            return start, i + (0 if "\n" in doc[i].text else 1)
    return start, end


def _case_ok(surface: str, form: str) -> bool:
    """'liberal democracy' is not the Liberal Party: capitalised forms need capitals."""
    if form == form.lower():
        return True
    return surface[:1].isupper() or surface[:1].isdigit()


def _looks_like_name(span: Any) -> bool:
    words = [t for t in span if not t.is_punct]
    if not words or not words[0].text[:1].isupper():
        return False
    if len(words) > 5 or any(t.like_num for t in words):
        return False
    if len(words) > 1 and all(t.is_upper for t in words):
        return False  # an all-caps heading
    return all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words)


def _org_type(span: Any) -> str | None:
    words = [t for t in span if t.is_alpha]
    if not words:
        return None
    if len(words) == 1 and ACRONYM.match(words[0].text):
        return "Media" if words[0].text in lexicon.MEDIA_ACRONYMS else "Organization"
    for token in reversed(words):
        kind = lexicon.ORG_HEAD_TYPES.get(token.lower_)
        if kind and token.text[:1].isupper():
            return kind
    return "Organization" if len(words) > 1 and all(t.text[:1].isupper() or t.is_stop for t in words) else None


def _left_modifiers(doc: Any, head: Any, start: int) -> int:
    """Extend a noun phrase left over its adjectives and compounds (not its article)."""
    i = start
    while i > 0:
        prev = doc[i - 1]
        if prev.head.i in (head.i, i) and prev.dep_ in ("amod", "compound", "nmod", "nummod") \
                or (prev.head.i >= i and prev.head.i <= head.i and prev.dep_ in ("amod", "compound")):
            i -= 1
        else:
            break
    return i


def _conjunct_end(doc: Any, head: Any, end: int) -> int:
    """'MPs and senators': one group spans both nouns."""
    for conj in head.conjuncts:
        if conj.i >= end and conj.lower_ in lexicon.PARLIAMENTARIAN_NOUNS:
            end = conj.i + 1
    return end


def _drop_crossing(candidates: list[Mention]) -> list[Mention]:
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


def _named_committees(candidates: list[Mention]) -> list[Mention]:
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


def _absorb_house_prefix(mentions: list[Mention]) -> list[Mention]:
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


def _pick(candidates: list[Mention]) -> list[Mention]:
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


def _add_acronyms(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'Long Name (ACR)' defines ACR for the rest of the document."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" \
                and ACRONYM.match(doc[m.end + 1].text):
            defined[doc[m.end + 1].text] = m
    if not defined:
        return mentions
    for m in mentions:
        source = defined.get(m.text)
        if m.kind == "ner" and source is not None and source is not m:
            m.kind, m.name, m.type, m.key = "acronym", source.name, source.type, source.key
            m.source, m.roles, m.attrs = source.source, set(source.roles), dict(source.attrs)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    extra = []
    for token in doc:
        source = defined.get(token.text)
        if source is not None and token.i not in taken:
            extra.append(Mention(token.i, token.i + 1, token.text, "acronym", source.name,
                                 source.type, key=source.key, source=source.source,
                                 roles=set(source.roles), attrs=dict(source.attrs)))
    return sorted(mentions + extra, key=lambda m: m.start)
