"""Find who is named in a parsed document: gazetteer phrases, NER, groups, unnamed people.

Why several sources: the gazetteer knows canonical names and their irregular
forms; statistical NER finds the people no list knows; role phrases ("a senior
Chinese diplomat", "Canadian MPs and senators") name actors that have no name
at all. Candidates from all of them compete for the same tokens and the
longest, most trusted one wins, so every token belongs to at most one mention.
Everything here is one pass over the tokens (plus a phrase matcher), linear in
the length of the document.

This module holds the gazetteer, group and bill finders and runs the others:
`ner_mentions` (statistical NER), `unnamed` (role phrases), `descriptors`
('the committee', 'the Minister of X') and `mention_choice` (the competition).
The `Mention` record itself is in `mention`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from ..text.bylines import bylines
from ..text.lines import (
    BILL_NUMBER,
    EP_DOCUMENT,
    MEASURE,
    NUMBERED_BILL,
    line_around,
    line_spans,
    measure_name,
    page_title,
    replaced_motions,
    signatories,
    sponsors,
)
from ..vocabulary import lexicon, locales
from ..vocabulary.gazetteer import Gazetteer, GazetteerEntry, normalize_name
from ..vocabulary.morph import lemma
from .choice import (
    absorb_house_prefix,
    add_acronyms,
    drop_country_prefixed,
    drop_crossing,
    drop_datelines,
    drop_listed_portfolios,
    drop_state_epithets,
    named_committees,
    pick,
    split_state_from_person,
)
from .courts import district_courts, placed_courts
from .descriptors import HEARING_BODIES, DescriptorFinder
from .kin import AIDE_NOUNS, KIN_NOUNS, RELATIVE_NOUNS, kin_mentions
from .known_bodies import (
    bodies_of_states,
    capitals_naming_things,
    directors_offices,
    field_offices,
    known_committees,
)
from .mention import (
    NAMING_WORDS,
    OPERATION_NOUNS,
    SCANDAL_NAME,
    Mention,
    entities,
    from_entry,
    hyphen_joined,
    judging_participles,
    left_modifiers,
    long_forms,
    one_line_name,
    person_name,
    same_actor_at,
    sentence_of,
    text_of,
    tokens_with,
    tokens_written,
    whole_phrase,
)
from .missions import state_missions
from .ner import (
    DESCRIBED_PERSON_NOUNS,
    HONOURED,
    NAMING_NOUNS,
    NATIVE_PARTY_WORDS,
    ORG_DESCRIPTIONS,
    PORTFOLIO_WORDS,
    SURNAME_TITLES,
    TEMPLATE_FIELD,
    after_capitalised_title,
    biography_lead_name,
    bracketed_parties,
    cited_instrument,
    described_orgs,
    described_people,
    head_type,
    honoured_people,
    listed_people,
    named_parties,
    native_party_names,
    ner_mentions,
    nicknamed_people,
    noun_named_bodies,
    over_honoured,
    post_nominal_people,
    purpose_named_bodies,
    titled_people,
    titled_surnames,
    topic_named_bodies,
    untagged_bodies,
)
from .operations import OPERATION_WORDS, acting_platforms, unnamed_operations
from .seats import SeatIndex
from .services import possessed_services, state_service
from .units import numbered_units, placed_branches, placed_police

__all__ = ["Mention", "MentionFinder"]

LOCATIVE_PREPS = {"in", "at", "near", "outside", "around", "across", "inside", "within"}
CITY_OFFICES = lexicon.words("city_office_words")
BILL = re.compile(rf"^{BILL_NUMBER}$")


QUANTIFIERS = {"several", "some", "many", "few", "other", "certain", "numerous"}
"""Words that count members ('several MEPs'): some of them, not their house."""


class MentionFinder:
    """Built once per gazetteer (the phrase matchers), then used on every document."""

    def __init__(self, nlp: Any, gazetteer: Gazetteer) -> None:
        from spacy.matcher import PhraseMatcher

        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.forms: dict[int, tuple[str, str, str]] = {}
        grouped: dict[str, list[str]] = {}
        for form in gazetteer.surface_forms():
            cased = "any" if form.text == form.text.lower() else "upper" if not any(
                c.islower() for c in form.text) else "cased"  # each group checks its case
            grouped.setdefault(f"{form.kind}\x1f{form.entry}\x1f{cased}", []).append(form.text)
        for key, texts in grouped.items():
            kind, entry, _ = key.split("\x1f")
            self.matcher.add(key, list(nlp.tokenizer.pipe(texts)))
            self.forms[nlp.vocab.strings[key]] = (kind, entry, texts[0])
        self.seats = SeatIndex(gazetteer)
        self.groups = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.groups.add("foreign", list(nlp.tokenizer.pipe(sorted(lexicon.FOREIGN_ACTOR_PHRASES))))
        self.groups.add("parl", list(nlp.tokenizer.pipe(sorted(lexicon.PARLIAMENTARIAN_NOUNS))))
        self.groups.add("counted", list(nlp.tokenizer.pipe(lexicon.words("counted_member_nouns"))))
        self.demonyms = {d.lower(): e for e in gazetteer.entries.values() for d in e.demonyms}
        self.country_words = {form.lower() for e in gazetteer.by_type("State")
                              for form in [e.name, *e.aliases, *e.demonyms]}
        self.country_of = {form.lower(): e.name for e in gazetteer.by_type("State")
                           for form in [e.name, *e.aliases, *e.demonyms]}
        """A country word ('uk', 'canadian', 'united states') -> the State's name."""
        for loc in locales.all_locales():  # Canada and the EU are no foreign State entry
            for word in (loc.state, loc.country, loc.demonym):
                self.country_of.setdefault(word.lower(), loc.country)
        self.country_of.pop("", None)
        self.party_aliases = {
            a.lower(): e for e in gazetteer.by_type("Party")
            for a in [e.name, *e.aliases, *e.local]}
        self._keys: frozenset[int] | None = None
        self._others: dict[str, str] = {}
        self.descriptors = DescriptorFinder(gazetteer)

    # -- public ----------------------------------------------------------------

    def find(self, doc: Any) -> list[Mention]:
        """Non-overlapping mentions of `doc`, in text order."""
        ner_person = {t for ent in entities(doc) if ent.label_ == "PERSON"
                      for t in range(ent.start, ent.end)}
        candidates = self._gazetteer(doc, ner_person)
        candidates += self._groups(doc)
        keyed = self._keyed_tokens(doc)
        candidates += self._bills(doc, keyed)
        candidates += nicknamed_people(doc)  # before the model's: it wins a tie
        candidates += ner_mentions(doc, self.party_aliases, self.demonyms, self.country_words)
        candidates += untagged_bodies(doc) + purpose_named_bodies(doc) + topic_named_bodies(doc)
        candidates += described_orgs(doc, keyed)
        candidates += noun_named_bodies(doc, keyed)
        candidates += named_parties(doc, keyed, self.demonyms) + native_party_names(doc, keyed)
        candidates += titled_people(doc, keyed) + post_nominal_people(doc) \
            + titled_surnames(doc, keyed)
        candidates += described_people(doc, keyed) + listed_people(doc)
        candidates = over_honoured(candidates + honoured_people(doc, keyed))
        candidates += bracketed_parties(doc, candidates)
        candidates += self._unnamed_powers(doc, self._unnamed(doc, keyed))
        candidates += kin_mentions(doc, keyed)
        candidates += self.descriptors.find(doc, keyed)
        candidates += self.descriptors.portfolios(doc, keyed)
        candidates += self.descriptors.prime_minister(doc, keyed)
        candidates += self.descriptors.offices(doc)
        candidates += self.seats.mentions(doc, text_of(doc))
        candidates += _called(doc) + _people_called(doc) + _surnamed_people(doc)
        candidates += acting_platforms(doc)
        candidates += _title_subject(doc)
        candidates += _site_outlet(doc, candidates)
        laws = _proposed_laws(doc)
        candidates += laws + _laws_in_lower_case(doc, laws) + _adopted_resolutions(doc)
        candidates += _defined_names(doc)
        candidates += _listed_body_names(doc)
        signed = _signatories(doc) + _byline_people(doc) + _biography_names(doc)  # each a
        # person, whatever the model called the span (or if it saw none)
        spans = {(m.start, m.end) for m in signed}
        candidates = [m for m in candidates if (m.start, m.end) not in spans] + signed
        candidates = _byline_bodies(doc, candidates)
        candidates += _congress_measures(doc) + _congress_members(doc)
        candidates += _motion_numbers(doc) + _listed_committees(doc) + _dated_resolutions(doc) \
            + _titled_resolution(doc) + _short_titles(doc) + _numbered_instruments(doc)
        candidates += numbered_units(doc) + placed_branches(doc) + placed_police(doc)
        candidates += district_courts(doc) + placed_courts(doc)
        candidates = _drop_non_actors(doc, _title_case_headline(doc, candidates))
        candidates = _topics_in_capitals(doc, candidates)
        candidates = _operations_over_surnames(candidates, self._others)
        candidates = split_state_from_person(doc, drop_state_epithets(doc, drop_country_prefixed(
            doc, candidates, self.country_words)))
        chosen = capitals_naming_things(doc, absorb_house_prefix(pick(drop_crossing(
            named_committees(_known_over_unnamed(doc, candidates))))))
        _born_people(doc, chosen)
        chosen = _drop_constituencies(doc, _touching_people(doc, _named_again(
            doc, bodies_of_states(doc, _countries_in_names(doc, _lowercase_heads(doc,
                                                                                chosen))))))
        _repeated_given_names(doc, chosen, self.demonyms)
        chosen = _drop_title_portfolios(doc, _drop_instruments(doc, _drop_home_bases(doc,
                                                                                   chosen)))
        chosen = _likened_bodies(doc, chosen)
        _named_coalitions(doc, chosen)
        chosen = state_missions(doc, possessed_services(doc, _drop_terms(doc, chosen)))
        _mark_operations(doc, chosen)
        chosen = add_acronyms(doc, drop_datelines(doc, _drop_paper_initials(
            doc, _drop_bracketed_lines(doc, chosen))))
        _split_names(doc, chosen)
        _bracketed_names(doc, chosen)
        _described_services(doc, chosen)
        chosen = [self._state_government(doc, m) for m in chosen]
        chosen = _suffixed_names(doc, chosen)
        chosen = _drop_non_actors(doc, _renamed(doc, _known_as(doc, drop_listed_portfolios(
            doc, chosen))))
        _headed_by_house(chosen)
        _procedure_of_resolution(chosen)
        _short_titled(chosen)
        return field_offices(doc, directors_offices(
            doc, known_committees(doc, chosen, self.gazetteer), self.gazetteer), self.gazetteer)

    def _matches(self, doc: Any) -> list[tuple[int, int, int]]:
        """The phrase matcher's hits on `doc`, computed once per document."""
        cached = doc.user_data.get("figraph_matches")
        if cached is None:
            cached = doc.user_data["figraph_matches"] = list(self.matcher(doc))
        return cached

    def states_named(self, doc: Any) -> Counter[str]:
        """Country -> how many of `doc`'s words name it or its people ('Norway',
        'Norwegian'): one-word forms, capitalised as names are."""
        found: Counter[str] = Counter()
        for token in doc:
            if token.text[:1].isupper() and token.lower_ in self.country_of:
                found[self.country_of[token.lower_]] += 1
        return found

    def countries(self, doc: Any) -> Counter[str]:
        """Country -> distinct known actors of that country named in full in `doc` (by
        name or alias, not by a local form): evidence of whose text this is."""
        seen: dict[str, str] = {}
        for match_id, start, _end in self._matches(doc):
            kind, name, _form = self.forms[match_id]
            entry = self.gazetteer.get(name)
            if kind in ("name", "alias") and entry is not None and entry.country \
                    and entry.type != "State" and not _inside_a_longer_name(doc, start):
                seen[entry.name] = entry.country
        return Counter(seen.values())

    def _keyed_tokens(self, doc: Any) -> list[Any]:
        """Tokens some rule keys on, found without building a Token for every word."""
        from spacy.attrs import LOWER

        if self._keys is None:
            from .unnamed import (
                AGED_PERSON_NOUNS,
                ALLY_NOUNS,
                COLLECTIVE_NOUNS,
                COMMUNITY_NOUNS,
                COUNTED_BODY_NOUNS,
                COUNTED_NOUNS,
                FOREIGN_POWER_NOUNS,
                GROUP_ROLE_NOUNS,
                INSTITUTION_NOUNS,
                PURSUING_NOUNS,
                STAFF_NOUNS,
                TARGETED_GROUP_NOUNS,
                UNNAMED_BODY_NOUNS,
            )

            words = {"bill", "resolution", "minister", "jury", "court"} | DESCRIBED_PERSON_NOUNS \
                | set(lexicon.ANAPHORA) \
                | KIN_NOUNS | AIDE_NOUNS | RELATIVE_NOUNS \
                | set(ORG_DESCRIPTIONS) | NAMING_NOUNS \
                | set(GROUP_ROLE_NOUNS) | STAFF_NOUNS | COMMUNITY_NOUNS | COLLECTIVE_NOUNS \
                | PURSUING_NOUNS | COUNTED_NOUNS | COUNTED_BODY_NOUNS | TARGETED_GROUP_NOUNS \
                | INSTITUTION_NOUNS | AGED_PERSON_NOUNS \
                | HONOURED | SURNAME_TITLES | HEARING_BODIES | ALLY_NOUNS | {"states"} \
                | set(UNNAMED_BODY_NOUNS) | set(FOREIGN_POWER_NOUNS) | {"parties"} \
                | OPERATION_WORDS | NATIVE_PARTY_WORDS
            self._keys = frozenset(doc.vocab.strings.add(w) for w in words)
        return tokens_with(doc, LOWER, self._keys)

    # -- gazetteer ---------------------------------------------------------------

    def _state_government(self, doc: Any, m: Mention) -> Mention:
        """'the UK Government', 'the Government of the United Kingdom': a state's
        government named so is the State, as 'the British Government' is (the convention),
        unless that country's government is an actor of its own (Canada's)."""
        if m.type != "Government" or m.kind != "ner":
            return m
        match = STATE_GOVERNMENT.match(m.text)
        country = self.country_of.get((match.group(1) or match.group(2)).lower()) \
            if match else None
        entry = self.gazetteer.get(country) if country else None
        if entry is None or locales.government_apart(entry.name):
            return m
        return from_entry(doc, m.start, m.end, "alias", entry)

    def _gazetteer(self, doc: Any, ner_person: set[int]) -> list[Mention]:
        raw: list[tuple[int, int, str, GazetteerEntry]] = []
        for match_id, start, end in self._matches(doc):
            kind, name, form = self.forms[match_id]
            entry = self.gazetteer.get(name)
            if entry is not None and _case_ok(doc, start, end, form) \
                    and not any(t.lower_ in lexicon.SHADOW_TITLE_WORDS
                                for t in doc[max(start - 3, 0):start]) \
                    and not (end - start > 1 and _leaning(doc, start)):  # (`_demonym`)
                raw.append((start, end, kind, entry))  # ('the Shadow Home Affairs
                # Minister' speaks for the opposition: no department of the government)
        full_present = {e.name for s, _, k, e in raw
                        if k in ("name", "alias") and e.type == "Person"}
        named_here = {e.name for s, _, k, e in raw if k in ("name", "alias")}
        self._others = _named_in_full(doc)
        by_span: dict[tuple[int, int], list[tuple[str, GazetteerEntry]]] = {}
        for start, end, kind, entry in raw:
            by_span.setdefault((start, end), []).append((kind, entry))
        out: list[Mention] = []
        for (start, end), options in by_span.items():
            if end - start == 1 and doc[start].is_upper or not any(e.country for _k, e in
                                                                   options):
                options = [(k, e) for k, e in options  # 'VDD' in a text that names the
                           if k != "local" or e.name not in named_here] \
                    + [("alias", e) for k, e in options if k == "local" and e.name in named_here]
                # Latvian State Security Service; 'Parliamentary Assembly' in one that names
                # the Council of Europe's (a body of no country has no locale of its own)
            mention = self._choose(doc, start, end, options, full_present, ner_person)
            if mention is not None:
                out.append(mention)
        return out

    def _choose(self, doc: Any, start: int, end: int, options: list, full_present: set[str],
                ner_person: set[int]) -> Mention | None:
        options = _in_locale(options)
        if after_capitalised_title(doc, start):  # 'Deputy Attorney General Monaco',
            options = [(k, e) for k, e in options if e.type != "State"]  # 'Ambassador
            # Holland': a surname (`ner._titled_place`), whatever else the word may name
        if not options:
            return None
        kind, entry = options[0]
        if entry.type == "Legislature" and start >= 2 and doc[start - 1].lower_ == "of" \
                and doc[start - 2].lower_ in ("member", "members") \
                and doc[start:end].text.lower() in TITLE_HOUSES:
            return None  # 'Member of Parliament': a title ('a member of Sejm' sits in it)
        named = [(k, e) for k, e in options if k in ("name", "alias", "local")]
        if named:
            kind, entry = named[0]
            if kind == "local" and _owner_named_after(doc, end):
                return None  # 'the Parliament of Kyrgyzstan' in a European Parliament
                # motion: the text says whose house it is, not the locale's
            return from_entry(doc, start, end, kind, entry)
        if kind == "lastname":
            return self._last_name(doc, start, end, options, full_present, ner_person)
        if kind == "demonym":
            return self._demonym(doc, start, end, entry)
        if kind == "metonym":
            token = doc[start]
            if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
                return None
            if token.dep_ == "pobj" and token.head.lower_ == "of" \
                    and token.head.head.lower_ in CITY_OFFICES:
                return None  # 'Vice-Mayor of Vilnius': the city's office, not the state's
            if any(ent.start <= start and end <= ent.end and ent.end - ent.start > end - start
                   for ent in entities(doc)):
                return None
            return from_entry(doc, start, end, kind, entry)
        return None

    def _last_name(self, doc: Any, start: int, end: int, options: list, full_present: set[str],
                   ner_person: set[int]) -> Mention | None:
        entries = [e for _, e in options]
        present = [e for e in entries if e.name in full_present]
        other = self._others.get(normalize_name(doc[start:end].text), "")
        if not present and other and all(normalize_name(e.name) != other for e in entries):
            return None  # 'Ms. Lloyd' after 'Vanessa Lloyd' is not the known Dane Lloyd
        prev = doc[start - 1].lower_ if start > 0 else ""
        titled = prev in lexicon.HONORIFICS or prev in lexicon.TITLE_ROLES
        if len(present) == 1:
            entry = present[0]
        elif len(entries) == 1 and not present and (titled or start in ner_person) \
                and _known_here(entries[0]):
            entry = entries[0]
        else:
            return None
        return from_entry(doc, start, end, "lastname", entry)

    def _demonym(self, doc: Any, start: int, end: int, entry: GazetteerEntry
                 ) -> Mention | None:
        """'Indian officials' is India; 'a Chinese diplomat' is left to `_unnamed`;
        'Russian intelligence' is a service of Russia (`state_service`). A demonym of two
        words ('East German officials') is read at its last."""
        token = doc[end - 1]
        head = token.head
        if _leaning(doc, start):  # 'the pro-Russian government': the side alone, not the
            side = from_entry(doc, start, end, "demonym", entry)  # government it names, and
            side.attrs["incidental"] = True  # a side named in passing
            return side
        if _the_people_of(token):  # 'the data they gave the Russians', 'the Chinese have
            return from_entry(doc, start - 1, end, "demonym", entry)  # access': the state
        if token.lower_.endswith("ans"):
            return None  # 'Russians abducted him': some people, not the state
        service = state_service(doc, token, entry)
        if service is not None:
            return service
        others = self._coordinated_demonyms(token)
        joined = {t.i for t in others} | {t.i for t in doc[end:head.i]
                                          if t.dep_ == "cc" or t.is_punct}
        if any(inner.text[:1].isupper() and inner.lower_ not in lexicon.STATE_NOUNS
               and inner.i not in joined for inner in doc[end:head.i]):
            return None  # 'the Philippine National Police' is a named body, not the state
        if token.dep_ in ("amod", "compound", "nmod") and head.i > token.i \
                and head.lower_ in lexicon.STATE_NOUNS and _a_state_s_service(doc, token.i, head):
            mention = from_entry(doc, start, head.i + 1, "demonym", entry)
            if others:  # 'Soviet and Iraqi agents': each state's
                mention.attrs["members"] = [mention] + [
                    _coordinated(from_entry(doc, t.i, t.i + 1, "demonym",
                                            self.demonyms[t.lower_])) for t in others]
            return mention
        if token.dep_ not in ("amod", "compound", "nmod") or head.i <= token.i:
            return None
        for inner in doc[end:head.i]:  # 'Russian interference cases', 'Chinese foreign
            if inner.dep_ == "compound" and inner.head.i == head.i \
                    and inner.lower_ in lexicon.STATE_NOUNS \
                    and inner.lower_ not in SERVICE_HEADS:  # interference activities'
                return from_entry(doc, start, inner.i + 1, "demonym", entry)
        return None

    def _coordinated_demonyms(self, token: Any) -> list[Any]:
        """The demonyms joined to `token` by 'and' ('Soviet and Iraqi'), each of a state."""
        return [c for c in token.conjuncts if c.i > token.i and c.lower_ in self.demonyms
                and getattr(self.demonyms[c.lower_], "type", "") == "State"
                and c.head.i == token.i]

    # -- lexicon groups, bills ---------------------------------------------------

    def _groups(self, doc: Any) -> list[Mention]:
        out = []
        for match_id, start, end in self.groups(doc):
            label = doc.vocab.strings[match_id]
            head = doc[end - 1]
            if end < len(doc) and doc[end].pos_ == "PROPN":
                continue  # "MPs Michael Chong and Jenny Kwan" names them
            if end - start == 1 and doc[start].text.isupper() and len(doc[start].text) > 2:
                continue  # 'the Ministry of Public Security (MPS)': an acronym, no MPs
            if label == "foreign" and head.dep_ in ("compound", "amod", "nmod") \
                    and head.head.i >= end and head.head.pos_ == "NOUN" \
                    and (head.head.lower_ not in lexicon.STATE_NOUNS
                         or head.head.lower_ in STATE_ACTIVITY_NOUNS):
                continue  # 'foreign state disinformation' is a kind of content, not an actor
            if label == "foreign" and start > 0 and doc[start - 1].lower_ in ("a", "an", "any"):
                continue  # 'an agent of a foreign government': the statute's words, no actor
            if label == "foreign":
                out.append(Mention(start, end, doc[start:end].text, "group",
                                   lexicon.FOREIGN_ACTOR_GROUP, "State", group=True, scoped=True))
                continue
            phrase = start
            start = left_modifiers(doc, head, start)
            end = _conjunct_end(doc, head, end)
            whole = whole_phrase(doc, head, start)
            if label == "counted":
                counted = any(t.like_num or t.lower_ in QUANTIFIERS for t in doc[whole:head.i])
                if not counted and (head.dep_ in ("nsubj", "nsubjpass") or
                                    doc[whole].lower_ in ("the", "these", "those", "its")):
                    body = self._members_body(doc, start, end, head)
                    out += [body] if body is not None else []
                    continue  # 'MEPs adopted': the Parliament itself; 'paid MEPs': some
                start = whole
            forms = ((doc[whole:end].text,) if whole < start else ()) + tuple(
                long_forms(doc, whole, end))  # 'MPs on both sides of the aisle'
            out.append(Mention(start, end, doc[start:end].text, "group",
                               self._whose_members(doc, start, head, phrase), "Person",
                               roles={"MP", "Senator"}, group=True, scoped=True,
                               attrs={"forms": forms}))
        return out

    def _members_body(self, doc: Any, start: int, end: int, head: Any) -> Mention | None:
        """'MEPs adopted a resolution': the members acting as a whole are their body."""
        entry = self.gazetteer.get(COUNTED_BODIES.get(head.lower_, ""))
        if entry is None or head.dep_ != "nsubj":
            return None
        return from_entry(doc, start, end, "alias", entry)

    def _whose_members(self, doc: Any, start: int, head: Any, phrase: int) -> str:
        """The group a parliamentarians phrase names: the document's own country's, unless
        a country word before the phrase says whose ('Canadian MPs' in a British text, 'UK
        parliamentarians' in a Canadian one, 'South Korean political figures'): two
        countries' members are two groups."""
        words = [t for t in doc[start:phrase] if t.lower_ not in QUANTIFIERS
                 and not t.like_num and t.dep_ != "det"]
        forms = [" ".join(t.lower_ for t in words), *(t.lower_ for t in words)]
        country = next((self.country_of[f] for f in forms if f in self.country_of), None)
        if country is None:
            return locales.parliamentarians()
        named = locales.of_place(country)
        if named is not None and named.group and named.state:
            return named.group  # a union's 'European politicians' are not its MEPs
        text = doc[words[0].i:head.i + 1].text
        return text[:1].upper() + text[1:] + " (unnamed)"  # ('Democratic' names a party,
        # no country: the party's members are still the country's parliamentarians)

    def _bills(self, doc: Any, keyed: list[Any]) -> list[Mention]:
        out = []
        for bill in keyed:
            if bill.lower_ == "resolution":
                out += _numbered_resolution(doc, bill)
            if bill.lower_ != "bill" or bill.i + 1 >= len(doc):
                continue
            token = doc[bill.i + 1]
            if BILL.match(token.text):
                name = f"Bill {token.text}"
                entry = self.gazetteer.get(name)
                if entry is not None:
                    out.append(from_entry(doc, token.i - 1, token.i + 1, "bill", entry))
                else:
                    out.append(Mention(token.i - 1, token.i + 1, name, "bill", name, "Bill",
                                       key=normalize_name(name), source="text"))
        return out

    # -- role phrases ------------------------------------------------------------

    def _unnamed(self, doc: Any, keyed: list[Any]) -> list[Mention]:
        """'a senior Chinese diplomat', 'six Indian diplomats', 'a network of fake
        accounts': see `unnamed` and `operations`."""
        from .unnamed import unnamed_people

        return unnamed_people(doc, keyed, self.demonyms, self.country_of) \
            + unnamed_operations(doc, keyed, self.demonyms)


    def _unnamed_powers(self, doc: Any, found: list[Mention]) -> list[Mention]:
        """'a foreign government' is an actor of its own only in a text that names no
        foreign country: where one is named ('acting as an agent of a foreign government'
        in a release on an agent of Turkey), the phrase is the charge's wording for it."""
        if not any(m.attrs.get("foreign_power") for m in found) \
                or len(self.states_named(doc)) <= 1:
            return found  # (the count reads every token: only when it can matter)
        return [m for m in found if not m.attrs.get("foreign_power")]


# -- helpers -------------------------------------------------------------------


RESOLUTION_NUMBER = re.compile(r"^\d{2,5}$")
FILE_NUMBER = re.compile(r"^(?:[A-Z]{1,6}[-\u2010\u2011])?\d{1,5}(?:/\d{2,4})?$")
"""A number after 'No': 'XIV-930' (a Seimas resolution), '14/2022', '5'."""
NUMBER_WORDS = {"no", "nr", "number"}
YEAR = re.compile(r"^(?:19|20)\d\d$")
SESSION = re.compile(r"^[IVXLC]{1,8}$")


def _numbered_resolution(doc: Any, word: Any) -> list[Mention]:
    """'Resolution 2593 (2025)', 'Security Council Resolution 2231': an assembly's or a
    council's numbered resolution is a named text (its year in brackets is part of the
    name), whatever the model took the number for."""
    after = word.i + 1
    pattern = RESOLUTION_NUMBER
    if after < len(doc) and doc[after].lower_ in NUMBER_WORDS:  # 'Resolution No XIV-930'
        after += 2 if after + 1 < len(doc) and doc[after + 1].text == "." else 1
        pattern = FILE_NUMBER
    if not word.text[:1].isupper() or after >= len(doc) or not pattern.match(doc[after].text):
        return []
    end = after + 1
    if end + 2 < len(doc) and doc[end].text == "(" and (YEAR.match(doc[end + 1].text)
                                                       or SESSION.match(doc[end + 1].text)) \
            and doc[end + 2].text == ")":  # 'Resolution 2593 (2025)', '2131 (XX)' (a session)
        end += 3
    name = doc[word.i:end].text
    numbered = [t.text for t in doc[word.i:after + 1] if t.lower_ not in NUMBER_WORDS
                and t.text != "."]  # (with or without its year, one text)
    return [Mention(word.i, end, name, "bill", name, "Bill",  # 'Resolution No. 171' and
                    key=normalize_name(" ".join(numbered)),  # 'Resolution Nr. 171': one text
                    source="text", attrs={"numbered": True})]


STATE_ACTIVITY_NOUNS = lexicon.words("state_activity_nouns")
ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")


DOCUMENT_PARTS = lexicon.words("document_part_words")
PART_NUMBER = re.compile(r"^(?:[A-Z]{1,2}|[IVXLC]{1,6}|\d{1,4}[A-Za-z]?)(?:\.\d{1,3})*$")


FOUND_NAME_KINDS = {"ner", "called", "acronym"}
"""Mentions named by the text's own words (not the gazetteer's, nor a description)."""


def _drop_non_actors(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'see Annex A', 'Section 16', 'Article 7': a part of a document, which the model
    tags as a person or a body, is no actor; nor is a word the data calls no name
    ('Artificial Intelligence (AI)', whichever finder took it for one), nor an affair's
    name ('Qatargate')."""
    return [m for m in mentions if not _document_part(m.text) and not _numbered(doc, m)
            and not _document_kind(doc, m) and not _degree(m)
            and not (m.kind in FOUND_NAME_KINDS and m.name.lower() in lexicon.JUNK_NAMES)
            and not (m.kind in FOUND_NAME_KINDS | {"subject"} and SCANDAL_NAME.match(m.name))]


DEGREE = re.compile(r"(?:Master|Bachelor|Doctor)s?(?:'s)? of (?:[A-Z][a-z]+|in|and|the|of| )+$")
DEGREE_LETTERS = lexicon.words("degree_letters")


def _degree(mention: Mention) -> bool:
    """'a Master of Arts in Diplomacy (MA)', 'a master's degree (MBA)': a degree a
    person holds, whichever finder took it for a body, is no actor."""
    return mention.type != "Person" and (bool(DEGREE.match(mention.text))
                                         or mention.text in DEGREE_LETTERS)


def _document_kind(doc: Any, mention: Mention) -> bool:
    """'Council of the EU, Press release, 20 May 2025': 'Press' before 'release' (or
    'statement', 'conference') is a kind of document or event, no outlet."""
    return mention.text.lower() == "press" and mention.end < len(doc) \
        and doc[mention.end].lower_ in ("release", "releases", "statement", "conference")


def _numbered(doc: Any, mention: Mention) -> bool:
    """'No XIV-1810': a document's number, which the model may take for a body."""
    before = mention.start - 1
    if before >= 1 and doc[before].text == ".":
        before -= 1
    return mention.type != "Bill" and mention.end - mention.start == 1 and before >= 0 \
        and doc[before].lower_ in NUMBER_WORDS and bool(FILE_NUMBER.match(mention.text))


def _document_part(text: str) -> bool:
    words = text.split()
    return len(words) == 2 and words[0].lower() in DOCUMENT_PARTS \
        and bool(PART_NUMBER.match(words[1]))


def _drop_terms(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'the 44th Parliament', 'the 115th Congress': a legislature's term, a date of the
    text, not the legislature acting."""
    return [m for m in mentions if not (m.type == "Legislature" and m.start > 0
                                        and ORDINAL.match(doc[m.start - 1].text))]


COUNTED_BODIES = {"meps": "European Parliament"}
"""The body whose members' bare plural stands for it ('MEPs adopted')."""
SERVICE_WORDS = lexicon.words("state_service_words")
SERVICE_HEADS = {"service", "services"}


def _a_state_s_service(doc: Any, start: int, head: Any) -> bool:
    """'a Chinese secret service' is the state's; 'a Chinese food delivery service' is no
    state: a 'service' needs only words that make it a state's between."""
    if head.lower_ not in SERVICE_HEADS:
        return True
    named_after = head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN"
    return head.is_lower and not named_after and all(
        t.is_lower and t.lower_ in SERVICE_WORDS for t in doc[start + 1:head.i])  # ('the
    # Romanian Intelligence Service' is a named body, 'the Russian security service FSB' too)


STATE_GOVERNMENT = re.compile(r"^(?:[Tt]he )?(?:(.+?) Government|Government of (?:the )?(.+))$")


def _described_services(doc: Any, mentions: list[Mention]) -> None:
    """'the GRU, the Russian military intelligence agency': a state's service written in
    apposition to a body the text names is that body, no second actor (when the named body
    is of the same state, or of none the reference list knows)."""
    if not any(m.kind == "service" for m in mentions):
        return
    at = {i: m for m in mentions if m.kind != "service" and m.type == "Agency"
          for i in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "service":
            continue
        head = doc[m.end - 1]
        named = at.get(head.head.i) if head.dep_ == "appos" else at.get(_before_comma(doc, m))
        country = getattr(named.attrs.get("entry"), "country", "") if named else ""
        if named is not None and country in ("", m.attrs.get("state")):
            m.kind, m.name, m.key, m.source = "acronym", named.name, named.key, named.source
            m.roles, m.attrs = set(named.roles), dict(named.attrs)


def _before_comma(doc: Any, m: Mention) -> int:
    """The token a phrase follows across ', the' (and a bracket closed just before the
    comma: 'GRU (Glavnoye ...), the ...'), where the parser lost the apposition; -1 if none."""
    i = m.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].text != ",":
        return -1
    i -= 1
    if doc[i].text == ")":
        while i > 0 and doc[i].text != "(" and m.start - i < 12:
            i -= 1
        i -= 1
    return i


def _coordinated(mention: Mention) -> Mention:
    """A mention that stands only among another's members (see `Assembler._remember`)."""
    mention.attrs["coordinated"] = True
    return mention


WORLD_FIGURES = {"Leader", "PrimeMinister", "President"}
"""Roles whose holders a surname names anywhere ('Putin said', 'Mr Modi')."""


def _inside_a_longer_name(doc: Any, start: int) -> bool:
    """'Harbour Electoral Commission' holds the British 'Electoral Commission': a known name
    run on from a capitalised word before it names another body, no evidence of a country."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.is_alpha and before.text[:1].isupper() \
        and before.pos_ != "DET" and doc[start].ent_iob_ == "I"  # (the model's name
    # began before the known one: not just with its article)


def _owner_named_after(doc: Any, end: int) -> bool:
    """'Parliament' + 'of Kyrgyzstan', 'Senate' + 'of the Philippines': a place's name
    after 'of' says whose body a local form names ('the government of Stephen Harper' is
    still the locale's)."""
    at = end + 1 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end
    return end < len(doc) and doc[end].lower_ == "of" and at + 1 < len(doc) \
        and doc[at + 1].ent_type_ in ("GPE", "LOC") and doc[at + 1].text[:1].isupper()


def _known_here(entry: GazetteerEntry) -> bool:
    """A known person named by the surname alone, never in full: only in a text of that
    person's country (the Canadian 'Jody Thomas' is not the Australian witness 'Mr Thomas'),
    unless a leader the whole world names so."""
    here = locales.current()
    return bool(WORLD_FIGURES.intersection(entry.roles)) \
        or here is not None and entry.country == here.country


def _in_locale(options: list[tuple[str, GazetteerEntry]]) -> list[tuple[str, GazetteerEntry]]:
    """Local forms ('the Senate', 'House of Commons') name an entry only in a document of
    the entry's own country; a named form is preferred to a local one of the same span."""
    here = locales.current()
    country = here.country if here is not None else None
    kept = [(k, e) for k, e in options
            if k != "local" or (country and (e.host or e.country) == country)]
    return sorted(kept, key=lambda option: option[0] == "local")


AKA = ("also known as", "a.k.a.", "aka", "alias", "known as", "(born", "(née", "(nee",
       ", née")
"""Words before a person's other name: 'also known as', and a birth name, 'Christine Lee
(born Ching Kui Lee)', 'Jane Roe (née Smith)'."""


KNOWN_AS_WORDS = {",", "is", "was", "are", "were", "also", "commonly", "widely", "publicly",
                  "otherwise", "sometimes", "variously", "known", "as", "aka", "a.k.a.",
                  "alias", "(", "“", '"', "or", "and"}
"""All the words allowed between a body's name and its other names ('Star Blizzard is also
commonly known as Callisto Group, SEABORGIUM or COLDRIVER')."""


RENAMING = re.compile(r"^[ \t]*,?[ \t]*(?:(?:was|were|has been|had been)[ \t]+)?(?:later[ \t]+)?"
                      r"(?:changed[ \t]+(?:its|their)[ \t]+name[ \t]+to|renamed"
                      r"(?:[ \t]+itself)?(?:[ \t]+(?:as|to))?)[ \t]+(?:the[ \t]+)?$")
"""What stands between a body's name and its new one: 'X changed its name to Y', 'X was
renamed Y', 'X, later renamed Y'."""


def _renamed(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'In 2020, Newland UK changed its name to Hampton Group International': one body
    under two names (the later one an alias of the first)."""
    text = text_of(doc)
    if "name" not in text and "renamed" not in text:
        return mentions
    bodies = [m for m in mentions if m.type not in ("Person", "State")]
    renamed: dict[str, Mention] = {}
    for old, new in zip(bodies, bodies[1:], strict=False):
        between = text[doc[old.end - 1].idx + len(doc[old.end - 1]):doc[new.start].idx]
        if len(between) < 60 and RENAMING.match(between) and new.key and new.key != old.key:
            renamed[new.key] = renamed.get(old.key, old)
    for m in mentions:  # the new name anywhere in the text is the same body
        first = renamed.get(m.key)
        if first is not None:
            _same_actor(m, first)
    return mentions


def _same_actor(m: Mention, owner: Mention) -> None:
    """`m` is another name of `owner`'s actor: one key, name and type."""
    m.name, m.key, m.type = owner.name, owner.key, owner.type


def _known_as(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'Linda Sun, also known as "Wen Sun,"': the second name is an alias of the person
    named just before, in the same sentence, not a second person."""
    mentions = _bodies_known_as(doc, mentions)
    previous: Mention | None = None
    aliases: dict[str, Mention] = {}
    for m in mentions:
        if m.type != "Person":
            continue
        before = doc[max(m.start - 5, 0):m.start].text.lower().rstrip(' "“(')
        owner = aliases.get(m.text)  # the alias repeated in a later block
        if owner is None and previous is not None and before.endswith(AKA) \
                and sentence_of(doc[previous.start]).start == sentence_of(doc[m.start]).start \
                and not _named_noun(doc, m.start):  # not 'X met two individuals known as
            # "Ken"': the name is the individuals', not X's
            owner = aliases[m.text] = previous
        if owner is None and previous is not None and _or_alias(doc, previous, m, before):
            owner = aliases[m.text] = previous
        if owner is not None:
            _same_actor(m, owner)
            continue
        previous = m
    return mentions


def _or_alias(doc: Any, subject: Mention, m: Mention, before: str) -> bool:
    """'Wang Liqiang (Chinese: ...), or William Wang, is a ...': in a lead, a name after
    ', or' that shares a word with the sentence's subject is another name of that person
    (not 'Jane Roe, or Paul Smith', two people: no shared word)."""
    sentence = sentence_of(doc[m.start])
    return before.endswith(", or") and subject.start == sentence.start \
        and bool(set(subject.text.lower().split()) & set(m.text.lower().split()))


def _named_noun(doc: Any, name_start: int) -> bool:
    """Whether the words naming the name at `name_start` ('known as', 'also known as')
    follow a common noun ('two individuals known as "Ken"'): the name is that noun's."""
    i = name_start - 1
    while i >= 0 and (doc[i].lower_ in KNOWN_AS_WORDS or doc[i].is_quote):
        i -= 1
    return i >= 0 and doc[i].pos_ == "NOUN"


KNOWN_AS_TEXT = re.compile(r"\bknown as\b")


def _bodies_known_as(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'X is also commonly known as A, B or C', 'X, also known as A': A, B and C are
    other names of X, of X's type, and so are capitalised words of the list the model
    missed. Only when nothing but those words stands between the names."""
    if not KNOWN_AS_TEXT.search(text_of(doc)):
        return mentions  # most texts give no one a second name
    out: list[Mention] = []
    owner: Mention | None = None
    regrouped: dict[str, Mention] = {}
    for m in mentions:
        between = doc[out[-1].end:m.start] if out else None
        if between is not None and owner is not None \
                and all(t.lower_ in KNOWN_AS_WORDS or _missed_name(t) for t in between) \
                and not any(t.lower_ in ("is", "was", "are", "were") for t in between):
            out += _missed_names(doc, out[-1].end, m.start, owner)
            _same_actor(m, owner)  # (the list goes on)
        elif between is not None and (m.type != "Person" or out[-1].type != "Person") \
                and all(t.lower_ in KNOWN_AS_WORDS for t in between) \
                and "known" in {t.lower_ for t in between}:
            owner = out[-1]
            if owner.type == "Person":  # a group the model took for a person
                owner.type = m.type
                regrouped[owner.name] = owner
            owner.key = owner.key or normalize_name(owner.name)
            _same_actor(m, owner)
        else:
            owner = None
        out.append(m)
        if owner is not None:
            out += _trailing_names(doc, m.end, owner, mentions)
    for m in out:  # the group's name wherever else the model took it for a person
        group = regrouped.get(m.name) if m.type == "Person" else None
        if group is not None:
            m.type, m.key = group.type, group.key
    return sorted(out, key=lambda x: x.start)


def _trailing_names(doc: Any, start: int, owner: Mention, mentions: list[Mention]
                    ) -> list[Mention]:
    """', SEABORGIUM or COLDRIVER' after a body's other name: more names the model
    missed, up to the first word that is none of them."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    i, end = start, min(len(doc), doc[start - 1].sent.end)
    found: list[int] = []
    while i + 1 < end and doc[i].lower_ in (",", "or", "and") and doc[i + 1].i not in taken \
            and _missed_name(doc[i + 1]):
        found.append(i + 1)
        if doc[i].lower_ == "and":
            break
        i += 2
    return [_other_name(doc[j], owner) for j in found]


def _missed_names(doc: Any, start: int, end: int, owner: Mention) -> list[Mention]:
    """Capitalised words between two of a body's other names: one more of its names."""
    return [_other_name(t, owner) for t in doc[start:end] if _missed_name(t)]


def _other_name(token: Any, owner: Mention) -> Mention:
    """One word that is another name of `owner`."""
    return Mention(token.i, token.i + 1, token.text, "alias", owner.name, owner.type,
                   key=owner.key, source=owner.source)


def _missed_name(token: Any) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in KNOWN_AS_WORDS


NAME_WORD = r"(?:[A-Z][\w'’&.-]*|für|fur|de|der|des|du|la|le|of|and|for|the|on|in|et|y|&)"
DEFINED_NAME = re.compile(rf"\b(?P<name>[A-Z][\w'’&.-]*(?:[ \t]+{NAME_WORD}){{1,8}})[ \t]*"
                          r"\((?P<short>[A-Z][A-Za-z&]{1,7})\)")
SMALL_NAME_WORDS = {"of", "and", "for", "the", "on", "in", "et", "y", "&", "de", "der", "des",
                    "du", "la", "le"}


def _signatories(doc: Any) -> list[Mention]:
    """Each name of a line of signatories over 'on behalf of the X Group' is a person, all
    of it ('Viola von Cramon-Taubadel', which the model cuts and calls an organisation)."""
    out = []
    for block in signatories(text_of(doc)):
        for start, end in block.names:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                out.append(Mention(span.start, span.end, span.text, "ner",
                                   person_name(span.text), "Person", source="ner"))
    return out


def _biography_names(doc: Any) -> list[Mention]:
    """A biography's subject on its title line and at the head of its lead ('Lena Varga'
    over 'Lena Maria Varga is a former analyst ...'): one person, even where the model tags
    neither, so that a relative's full name does not take the subject's surname."""
    text = text_of(doc)
    lead = biography_lead_name(text)
    if lead is None:
        return []
    name, start, end = lead
    if any(ent.label_ == "PERSON" and ent.start_char <= start < ent.end_char
           for ent in doc.ents):
        return []  # the model read the lead's name: the name rules take it from there
    title = page_title(text.split("\n", 1)[0])
    at = text.index(title)
    out = []
    for a, b in ((at, at + len(title)), (start, end)):
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and len(span):
            out.append(Mention(span.start, span.end, span.text, "ner", person_name(name),
                               "Person", source="ner"))
    return out


def _byline_people(doc: Any) -> list[Mention]:
    """Each writer a byline names ('Author: Jane Roe, Harbour Institute.') is a person."""
    out = []
    for line in bylines(text_of(doc)):
        span = doc.char_span(*line.person, alignment_mode="expand")
        if span is not None and len(span):
            out.append(Mention(span.start, span.end, span.text, "ner", person_name(span.text),
                               "Person", source="ner"))
    return out


def _byline_bodies(doc: Any, candidates: list[Mention]) -> list[Mention]:
    """The body a byline names after a writer is an organisation (of its head word's type:
    'Harbour Times' an outlet), whatever the model called it; a finder that knows the body
    (the gazetteer) keeps its reading."""
    for line in bylines(text_of(doc)):
        span = doc.char_span(*line.body, alignment_mode="expand") if line.body else None
        if span is None or not len(span):
            continue
        over = [m for m in candidates if m.start < span.end and span.start < m.end]
        if any(m.kind != "ner" or m.type != "Person" for m in over):
            continue
        kind = lexicon.ORG_HEAD_TYPES.get(span[-1].lower_, "Organization")
        candidates = [m for m in candidates if m not in over] + [Mention(
            span.start, span.end, span.text, "ner", span.text, kind,
            key=normalize_name(span.text), source="ner")]
    return candidates


COALITION_NOUNS = lexicon.words("coalition_nouns")


def _named_coalitions(doc: Any, mentions: list[Mention]) -> None:
    """'Berlusconi's centre-right coalition, the House of Freedoms': a name in apposition
    to a coalition or a party is a party's, whatever its head word ('House') says."""
    for m in mentions:
        if m.source == "gazetteer" or m.type not in ("Legislature", "Organization"):
            continue
        head = doc[m.start:m.end].root
        if head.dep_ == "appos" and head.head.lower_ in COALITION_NOUNS:
            m.type = "Party"


def _drop_instruments(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """Treaties, charters, conventions a text cites ('having regard to the Treaty on the
    Functioning of the European Union (TFEU)'), and the initials given them: no actors."""
    cited = {m.end for m in mentions if m.source != "gazetteer" and m.type != "Bill"
             and cited_instrument(doc[m.start:m.end])}
    if not cited:
        return mentions
    initials = {m.text for m in mentions
                if m.start >= 2 and doc[m.start - 1].text == "(" and m.start - 1 in cited}
    return [m for m in mentions if m.end not in cited and m.text not in initials]  # ('FIRS
    # is a tool': the initials wherever the text uses them)


BASE_SUFFIXES = {"based", "headquartered", "registered", "born", "raised", "educated"}


def _drop_home_bases(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'a Moscow-based company', 'a London-headquartered firm', 'an Iranian-born lawyer':
    where something is based or someone was born, not the state acting ('Kremlin-backed'
    stays: the state backs)."""
    return [m for m in mentions if not (
        m.type in ("State", "Government") and m.end + 1 < len(doc)
        and doc[m.end + 1].lower_ in BASE_SUFFIXES and hyphen_joined(doc, m.end + 1))]


def _congress_measures(doc: Any) -> list[Mention]:
    """'S. RES. 583' (a bill of the measure's own), and its sponsors on the line 'Mr. HALE
    (for himself, Ms. ORTEGA, and Mr. PRICE) submitted the following resolution', each a
    person (names in capitals the model leaves untagged)."""
    text = text_of(doc)
    if "Res." not in text and "RES." not in text and "H.R." not in text \
            and "following" not in text:
        return []
    out = []
    for match in MEASURE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and len(span):
            name = measure_name(match)
            out.append(Mention(span.start, span.end, span.text, "bill", name, "Bill",
                               key=normalize_name(name), source="text"))
    for start, end in sponsors(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out.append(Mention(span.start, span.end, span.text, "ner",
                               person_name(span.text.title()), "Person", source="ner"))
    for match in HOUSE_LINE.finditer(text):
        span = doc.char_span(match.start("span"), match.end("span"), alignment_mode="expand")
        name = CONGRESS_HOUSES[match.group("house").split()[0].lower()]
        if span is not None and len(span):
            out.append(Mention(span.start, span.end, span.text, "ner", name,
                               "Legislature", key=normalize_name(name), source="text"))
    return out


BRACKETED_LINE = re.compile(r"^[ \t]*\[[^\[\]\n]{1,160}\][ \t]*$", re.MULTILINE)
"""'[Congressional Bills 118th Congress]', '[S. Res. 145 Introduced in Senate (IS)]': a
printer's header lines around a measure, no actors (the measure itself is read below)."""


def _drop_bracketed_lines(doc: Any, mentions: list[Mention]) -> list[Mention]:
    text = text_of(doc)
    if "[" not in text:
        return mentions
    lines = [(m.start(), m.end()) for m in BRACKETED_LINE.finditer(text)]
    if not lines:
        return mentions
    return [m for m in mentions if m.type == "Bill" or not any(
        a <= doc[m.start].idx < b for a, b in lines)]


HOUSE_LINE = re.compile(r"^[ \t]*IN THE (?P<span>(?P<house>SENATE|HOUSE OF REPRESENTATIVES)"
                        r"(?: OF THE UNITED STATES)?)[ \t]*$", re.MULTILINE)
"""A measure's heading line naming the house it is laid before."""
CONGRESS_HOUSES = {"senate": "United States Senate",
                   "house": "United States House of Representatives"}


CONGRESS_MEMBER = re.compile(
    r"\b(?P<chamber>Rep|Sen)\.[ \t]+(?P<last>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?),[ \t]+"
    r"(?P<first>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]*)*?)[ \t]+\[(?P<party>[DRI])-[A-Z]{2}"
    r"(?:-(?:\d{1,2}|AL))?\]")
"""congress.gov's sponsor and cosponsor labels: 'Rep. Roe, Jane [D-CA-28]', 'Sen. Smith,
John A. [R-OH]': family name first, then the party and state (and district)."""


def _congress_members(doc: Any) -> list[Mention]:
    """Each member of such a label, a person named given name first ('Jane Roe'), with the
    party and the chamber the label gives (read by `relations.affiliations`)."""
    text = text_of(doc)
    if "[" not in text or ("Rep." not in text and "Sen." not in text):
        return []
    out = []
    for match in CONGRESS_MEMBER.finditer(text):
        span = doc.char_span(match.start("last"), match.end("first"), alignment_mode="expand")
        if span is None or not len(span):
            continue
        name = f"{match.group('first')} {match.group('last')}"
        out.append(Mention(span.start, span.end, span.text, "ner", person_name(name), "Person",
                           key=normalize_name(person_name(name)), source="ner",
                           attrs={"congress": (match.group("party"), match.group("chamber"))}))
    return out


DATED_RESOLUTION = re.compile(
    r"(?P<house>(?:[A-Z][\w’'-]*[ \t]){0,5}[A-Z][\w’'-]*)[ \t]+(?P<noun>resolution[ \t]+of[ \t]+"
    r"\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}[ \t]+on[ \t]+[^,;\n()]{3,200})")
"""'European Parliament resolution of 23 November 2022 on recognising X as ...': a house's
adopted text cited by its date and subject."""


DOCUMENT_CODE = re.compile(r"\((?=[^)\n]*\d)[A-Z0-9_/().-]{4,40}\)")
"""A document's number in brackets: '(2020/2268(INI))', '(P9_TA(2022)0064)'."""


NUMBERED_INSTRUMENT = re.compile(
    r"\b(?:(?:Council|Commission)[ \t]+)?(?:(?:Implementing|Delegated)[ \t]+)?"
    r"(?:Regulation|Directive|Decision)[ \t]+\((?:EU|CFSP|EC|EU,[ \t]Euratom)\)[ \t]+"
    r"(?:No[ \t]+)?\d{2,4}/\d{1,4}\b"
    r"|\bRecommendation[ \t]+\d{3,4}[ \t]+\(\d{4}\)")
"""An instrument named by its number: 'Council Decision (CFSP) 2021/481', 'Regulation (EU)
2022/2065', an assembly's 'Recommendation 2292 (2025)' (its resolutions:
`_numbered_resolution`)."""
SHORT_NUMBERED = re.compile(r"\b(?:Regulation|Directive|Decision)[ \t]+(?:No[ \t]+)?"
                            r"(?P<number>\d{4}/\d{1,4})\b")
"""The same act by kind and number alone: 'Regulation 2025/535'."""


def _numbered_instruments(doc: Any) -> list[Mention]:
    """Each act, decision or assembly text the text names by its number: one `Bill` per
    number (its short form, 'Regulation 2025/535', the same act), named as first written."""
    text = text_of(doc)
    if "(" not in text or not ("Regulation" in text or "Directive" in text
                               or "Decision" in text or "Recommendation" in text):
        return []
    out: list[Mention] = []
    names: dict[str, str] = {}
    for match in NUMBERED_INSTRUMENT.finditer(text):
        name = " ".join(match.group(0).split())
        number = re.search(r"\d{2,4}/\d{1,4}|\d{3,4} \(\d{4}\)", name)
        name = names.setdefault(number.group(0) if number else name, name)
        out += _bill_at(doc, match.start(), match.end(), name, numbered=True)
    taken = {i for m in out for i in range(m.start, m.end)}
    for match in SHORT_NUMBERED.finditer(text):
        name = names.get(match.group("number"))
        short = _bill_at(doc, match.start(), match.end(), name, numbered=True) if name else []
        out += [m for m in short if m.start not in taken]  # (not inside a full name)
    return out


def _bill_at(doc: Any, start: int, end: int, name: str, kind: str = "bill",
             **attrs: Any) -> list[Mention]:
    """A `Bill` mention over the characters `start:end`, named `name` (none where the
    characters fall outside the parsed text)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    return [Mention(span.start, span.end, span.text, kind, name, "Bill",
                    key=normalize_name(name), source="text", attrs=attrs)]


def _dated_resolutions(doc: Any) -> list[Mention]:
    """A house's resolution cited by its adoption date and subject, one named text (its
    procedure number, when one follows in brackets, names it instead: `_motion_numbers`).
    The mention covers 'resolution of ... on ...'; the house keeps its own."""
    text = text_of(doc)
    if "resolution of" not in text:
        return []
    out: list[Mention] = []
    for match in DATED_RESOLUTION.finditer(text):
        line_end = text.find("\n", match.end())
        rest = text[match.end():line_end if line_end >= 0 else len(text)]
        if DOCUMENT_CODE.search(rest):
            continue  # its number follows on the line ('(2020/2268(INI))'): that names it
        span = doc.char_span(match.start("noun"), match.end(), alignment_mode="contract")
        if span is None or not len(span):
            continue
        name = " ".join(match.group(0).split())
        out.append(Mention(span.start, span.end, span.text, "bill", name, "Bill",
                           key=normalize_name(name), source="text"))
    return out


TITLED_LINES = 12
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
               "or", "the", "to", "with"}


def _titled_resolution(doc: Any) -> list[Mention]:
    """'RESOLUTION' over 'ON RESTRICTING THE INFLUENCE OF ...' at the head of a text: the
    resolution the text is, named 'Resolution on Restricting the Influence of ...'."""
    text = text_of(doc)
    lines = [(a, b) for a, b in line_spans(text[:3000], TITLED_LINES) if text[a:b].strip()]
    for (start, end), (on_start, on_end) in zip(lines, lines[1:], strict=False):
        subject = text[on_start:on_end].strip()
        if text[start:end].strip().lower() != "resolution" \
                or not re.match(r"(?i)on\s+\S", subject):
            continue
        words = subject.split()[1:]
        title = " ".join(w.lower() if w.lower() in SMALL_WORDS and i else w.capitalize()
                         if w.isupper() else w for i, w in enumerate(words))
        span = doc.char_span(start, on_end, alignment_mode="contract")
        if span is None or not len(span):
            return []
        name = f"Resolution on {title}"
        return [Mention(span.start, span.end, span.text, "bill", name, "Bill",
                        key=normalize_name(name), source="text", attrs={"titled": True})]
    return []


HEADING_GAP = 3
"""Tokens between a house's heading line and a 'RESOLUTION' line (line breaks)."""


def _headed_by_house(mentions: list[Mention]) -> None:
    """'SEIMAS OF THE REPUBLIC OF LITHUANIA / RESOLUTION / ON ...': the house named on the
    line over a titled resolution adopted it (read by the motions family)."""
    for n, m in enumerate(mentions):
        if m.attrs.get("titled") and n and mentions[n - 1].type == "Legislature" \
                and 0 <= m.start - mentions[n - 1].end <= HEADING_GAP:
            m.attrs["enacted_by"] = mentions[n - 1]


def _procedure_of_resolution(mentions: list[Mention]) -> None:
    """'2025/1234(RSP) ... The European Parliament adopted ... a resolution on X': a
    procedure number with no motion number, in a text that describes one adopted
    resolution, is that resolution's number (one of its names, as a summary of the
    procedure gives it). Two resolutions, or a motion's number: no pick."""
    numbers = {m.key for m in mentions if m.kind == "bill" and m.name == m.text
               and "(" in m.text}
    described = {m.key: m for m in mentions if m.kind == "called" and m.type == "Bill"
                 and "adopted_at" in m.attrs}
    if len(numbers) != 1 or len(described) != 1 or any(
            m.kind == "bill" and "(" not in m.name for m in mentions):
        return
    resolution = next(iter(described.values()))
    for m in mentions:
        if m.key in numbers:
            m.name, m.key = resolution.name, resolution.key


def _motion_numbers(doc: Any) -> list[Mention]:
    """'B9-0263/2024' and its procedure '2024/2696(RSP)': the motion a European Parliament
    document is, one bill under its own number (a joint motion's 'RC-' number, which the
    document only refers to, is another)."""
    text = text_of(doc)
    if "/" not in text:  # ('2020/2268(INI)': not always '/20')
        return []
    out: list[Mention] = []
    motion = ""
    joint = bool(replaced_motions(text))  # a joint motion lists the motions it replaces:
    for match in EP_DOCUMENT.finditer(text):  # it is the one whose number opens with 'RC-'
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        if match.group("procedure"):
            name = motion or match.group(0)
        else:
            name = match.group(0)
            motion = motion or ("" if bool(match.group("rc")) != joint else name)
        out.append(Mention(span.start, span.end, span.text, "bill", name, "Bill",
                           key=normalize_name(name), source="text"))
        if name == motion:
            out[-1].attrs["own_motion"] = True
    procedures = [m for m in out if m.text == m.name and "(" in m.text]
    for m in procedures:  # a procedure named before its motion's number is that motion's
        if motion:
            m.name, m.key = motion, normalize_name(motion)
    return out


HEADLINE_WORDS = 5
HEADLINE_CAPITALISED = 0.7
HEADLINE_LINES = 6
"""How far down a title may be written again (a release repeats it over its body)."""


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= HEADLINE_WORDS and \
        sum(w[:1].isupper() for w in words) >= HEADLINE_CAPITALISED * len(words)




COMMITTEES_LIST = re.compile(r"\bCommittees on (?P<list>(?:the )?[A-Z][^;.\n()]{2,200}?)"
                             r"(?=,? for |;|\.|\n|$)")
"""'referred to ... the Committees on the Judiciary, and Education and Workforce, for a
period': committees a bill's referral lists after one plural noun, parted by commas."""
LIST_COMMA = re.compile(r",\s*(?:and\s+)?")


def _listed_committees(doc: Any) -> list[Mention]:
    """Each committee of a 'Committees on X, and Y' list, named 'Committee on X' (the
    model reads the list as one body, or none). One scan of the text."""
    text = text_of(doc)
    if "Committees on " not in text:
        return []
    out = []
    for match in COMMITTEES_LIST.finditer(text):
        at = match.start("list")
        for part in LIST_COMMA.split(match.group("list")):
            start = text.index(part, at)
            at = start + len(part)
            span = doc.char_span(start, start + len(part), alignment_mode="contract")
            if span is None or not len(span) or not part[:1].isupper() and \
                    not part.startswith("the "):
                continue
            name = f"Committee on {part.strip()}"
            out.append(Mention(span.start, span.end, span.text, "called", name, "Committee",
                               key=normalize_name(name), source="text"))
    return out


def _title_case_headline(doc: Any, candidates: list[Mention]) -> list[Mention]:
    """A headline In Title Case makes every word look like a name ('Suspected Spy in the
    House of Commons Allegedly Helped ...'): there, a body the model found is dropped when
    the text below writes its words in lower case, or when it swallows a known name (people
    and known names stay)."""
    text = text_of(doc)
    end = text.find("\n")
    if end < 0 or not _title_case(text[:end]):
        return candidates
    lines = [(s, e) for s, e in line_spans(text, HEADLINE_LINES) if _title_case(text[s:e])]
    # (the title, and a subtitle in title case above the body)
    known = [(m.start, m.end) for m in candidates if m.source == "gazetteer"]
    rest = "\n".join(text[e:s] for (_, e), (s, _) in zip(lines, [*lines[1:], (len(text), 0)],
                                                          strict=True))
    lower = rest.lower()

    def misread(m: Mention) -> bool:
        at = doc[m.start].idx
        if m.kind != "ner" or not any(s <= at < e for s, e in lines) or m.text in rest \
                or m.start > 0 and doc[m.start - 1].text == "(":
            return False  # ('Annual Report 2023 (Harbour Security Service)': the publisher)
        if (at >= end or _heads_its_line(doc, m)) \
                and any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in doc[m.start:m.end]):
            return False  # below the title, a body's head word ('Committee') is a name's; so
            # in a title that is the body's name ('Select Committee on Intelligence, United
            # States Senate')
        head = doc[m.end - 1].text
        common = m.text.lower() in lower or m.type != "Person" and _only_lower(head, rest) \
            or m.type == "Person" and sum(_only_lower(t.text, rest) for t in doc[m.start:m.end]
                                          if t.is_alpha) >= 2
        # ('... “Nightjar” Influence Operations Campaign': 'influence operations' below)
        # 'Suspected Spy': 'a suspected spy' below; '... Police Stations': only 'stations'
        swallowing = any(m.start <= a and b <= m.end and (a, b) != (m.start, m.end)
                         for a, b in known) or m.type == "Person"
        return common or swallowing and any(_sentence_word(t) for t in doc[m.start:m.end]) \
            or _name_and_more(doc, m, rest) \
            or m.type != "Person" and any(t.lower_ in ("a", "an") and t.is_lower
                                          for t in doc[m.start + 1:m.end])
        # 'Elliott Broidy Pleads Guilty': the body names 'Elliott Broidy' alone; '... to Drop
        # X and Remove a Chinese Foreign National': an article inside is no name's
        # '... House of Commons Allegedly Helped Boss ...', 'RCMP Begins Probe Into ...'
    return [m for m in candidates if not misread(m)]


HOUSE_NAMES = re.compile(r"\s*(?:the\s+)?(?:United States |U\.S\. )?(?:Senate|House of "
                         r"Representatives|House of Commons|House of Lords)\s*$", re.IGNORECASE)


def _heads_its_line(doc: Any, m: Mention) -> bool:
    """The mention opens its line and a house follows it after a comma, to the line's end
    (a hearing's heading: 'Select Committee on Intelligence, United States Senate')."""
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and "\n" not in before.text and "\n" not in before.whitespace_ \
            or m.end >= len(doc) or doc[m.end].text != ",":
        return False
    text = text_of(doc)
    start = doc[m.end].idx + 1
    end = text.find("\n", start)
    return HOUSE_NAMES.match(text[start:end if end >= 0 else len(text)]) is not None


def _topics_in_capitals(doc: Any, candidates: list[Mention]) -> list[Mention]:
    """'On the National Security Threat to the UK', '(Academia, Industry and Technology)':
    headings and lists capitalise topics the text writes in lower case elsewhere ('the
    national security threat'); such a phrase the model took for a body names none."""
    text = text_of(doc)
    written_low: dict[str, bool] = {}  # one scan of the text per phrase, however often named

    def topic(m: Mention) -> bool:
        if m.kind != "ner" or m.type in ("Person", "State") or m.end - m.start < 2 \
                or any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in doc[m.start:m.end]):
            return False  # 'the Counter Foreign Interference Taskforce' is a body's name
        if m.text not in written_low:
            low = m.text.lower()
            written_low[m.text] = low != m.text and low in text
        return written_low[m.text]
    return [m for m in candidates if not topic(m)]


def _name_and_more(doc: Any, m: Mention, body: str) -> bool:
    """A person the headline's words run past: its first two or three words, and not the
    whole, are a name the text below writes."""
    if m.type != "Person":
        return False
    words = doc[m.start:m.end]
    return any(doc[m.start:m.start + n].text in body for n in (2, 3) if n < len(words))


def _only_lower(word: str, text: str) -> bool:
    """Does `text` write `word` in lower case, and never capitalised?"""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None and \
        re.search(rf"\b{re.escape(word[:1].upper() + word[1:].lower())}\b", text) is None


def _sentence_word(token: Any) -> bool:
    """An adverb or a verb of the lexicons, capitalised by a headline: no word of a name."""
    low = token.lower_
    return low.endswith("ly") and len(low) > 4 or lemma(low) in lexicon.VERB_RELATIONS \
        or lemma(low) in lexicon.REPORTING_VERBS or lemma(low) in lexicon.SPEAKING_VERBS


PAPER_HEADS = lexicon.words("status_heads") | lexicon.words("document_heads")
"""Last words of a right one holds or of a paper: initials defined for them name no body."""
ROLE_NAME_STARTS = {"member", "members", "minister", "senator", "secretary"}
"""First words of a role's long form ('Member of Parliament (MP)', 'Member of the European
Parliament (MEP)'): initials defined for a role name no organisation."""


def _defined(doc: Any) -> list[tuple[str, int, str]]:
    """The text's 'Name (INITIALS)' phrases as (name, where it starts, initials), read once
    per document (the names and the initials of papers both ask)."""
    cached = doc.user_data.get("figraph_defined")
    if cached is None:
        cached = doc.user_data["figraph_defined"] = [
            (m.group("name"), m.start("name"), m.group("short"))
            for m in DEFINED_NAME.finditer(text_of(doc))]
    return cached


def _defined_names(doc: Any) -> list[Mention]:
    """'Alternative für Deutschland (AfD)': a capitalised name followed by its initials in
    brackets is an organisation, whatever the model made of it (the initials then stand
    for it: see `add_acronyms`)."""
    out = []
    for defined, at, short in _defined(doc):
        words = defined.split()
        if words and words[-1].endswith(("'s", "\u2019s")):
            words[-1] = words[-1][:-2]  # "Global Affairs Canada's (GAC)": the name, not 's
        while words and words[0].lower() == "the":
            words = words[1:]
        short = short.lower()
        for first in range(len(words)):  # the name may start after other capitalised words
            tail = words[first:]
            if tail[0].lower() in SMALL_NAME_WORDS:
                continue
            initials = "".join(w[0] for w in tail if w.lower() not in SMALL_NAME_WORDS)
            full = "".join(w[0] for w in tail)
            if short in (initials.lower(), full.lower()) and len(tail) >= 2:
                if tail[0].lower() in ROLE_NAME_STARTS or tail[-1].lower() in PAPER_HEADS:
                    break  # 'Member of Parliament (MP)': a seat, not a body; 'Singapore
                    # Permanent Residence (SPR)', 'National Threat Assessment (NTA)': papers
                name = " ".join(tail)
                start = at + defined.rindex(name)
                span = doc.char_span(start, start + len(name), alignment_mode="contract")
                if span is not None and len(span):
                    kind = head_type(tail)
                    out.append(Mention(span.start, span.end, span.text, "called", span.text,
                                       kind, key=normalize_name(span.text), source="text"))
                break
    return out


def _drop_paper_initials(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'the Singapore Permanent Residence (SPR) of X', 'the SPR of his wife': initials the
    text defines for a right or a paper name no body, wherever the model tags them."""
    papers = {short for defined, _, short in _defined(doc)
              if defined.split()[-1].lower() in PAPER_HEADS}
    if not papers:
        return mentions
    return [m for m in mentions if m.kind != "ner" or m.text not in papers]


_CAP = r"[A-Z][\w'’-]*"
_PHRASE = rf"{_CAP}(?:[ \t](?:(?:of|to|the|for|on|in)[ \t])?{_CAP})*"
_LISTED = rf"{_PHRASE}(?:,[ \t]{_PHRASE})+,?[ \t]and[ \t]{_PHRASE}"
_BODY_WORDS = r"(?:Committee|Subcommittee|Sub-Committee|Commission|Taskforce|Task[ \t]Force" \
    r"|Department|Ministry)"
LISTED_BODY_NAME = re.compile(
    rf"(?:(?<=\b[Tt]he[ \t])|^(?![Tt]he[ \t]))(?:{_LISTED}[ \t]{_BODY_WORDS}"
    rf"|(?:{_CAP}[ \t])*{_BODY_WORDS}[ \t](?:on|for)[ \t]{_LISTED})", re.MULTILINE)
"""'the Digital, Culture, Media and Sport Committee', 'the Joint Standing Committee on
Foreign Affairs, Defence and Trade' (or opening a heading line): a body named by a list of
its remits, which the model cuts at every comma."""


def _listed_body_names(doc: Any) -> list[Mention]:
    """Bodies named by a list of remits, whole (one scan of the text)."""
    out = []
    for match in LISTED_BODY_NAME.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if span is None or not len(span):
            continue
        kind = head_type([t.text for t in span])
        out.append(Mention(span.start, span.end, span.text, "ner", span.text, kind,
                           key=normalize_name(span.text), source="ner"))
    return out


CODE_NAME = re.compile(r"^[A-Z][A-Za-z]+-?\d{1,4}[A-Za-z]?$")
"""'APT31', 'UNC1151', 'Storm-1516': the code names of groups, which no model tags."""
CALLED_HEADS = {"group": "Organization", "network": "Organization", "campaign": "Organization",
                "operation": "Organization", "outfit": "Organization", "company": "Organization",
                "firm": "Organization", "outlet": "Media", "website": "Media", "unit": "Agency",
                "actor": "Organization", "actors": "Organization", "entity": "Organization"}


QUOTED_GROUP = re.compile(
    r"[\"“'‘](?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,3})[\"”'’] (?:hacking |hacker |cyber )?"
    r"(?:group|gang|collective|cell)\b")
"""'the “Fancy Bear” group': a quoted name before the noun of a group (the model may read
a quoted name as a work's title)."""
OPERATION_NAME = re.compile(
    r"[\"“'‘](?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})[\"”'’] "
    r"(?P<noun>campaign|operation|network)\b")
""""the 'Doppelganger' campaign", "a 'Secondary Infektion' operation": a quoted name before
the noun (unquoted names are left to the model and the gazetteer: 'the Trump campaign' is a
candidate's)."""
CODE_NAME_IN_TEXT = re.compile(r"\b[A-Z][A-Za-z]+-?\d{1,4}[A-Za-z]?\b")
PARTY_DISTRICT = re.compile(r"\b[DRI]-$")
"""The party letter before a congressional district's code ('[D-CA-28]')."""
NAMING = re.compile(r"\b(?:known as|called|dubbed|named|nicknamed|code-named)\s+(?:the\s+)?"
                    r"[\"“'‘]?(?=[A-Z0-9])")


NAMING_OBJECT = re.compile(
    r"\b(?:name|names|call|calls|dub|dubs|named|called|dubbed)\s+(?:this|the|these|that)\s+"
    r"(?P<noun>" + "|".join(sorted(CALLED_HEADS)) + r")\s+(?=[\"“'‘]?[A-Z0-9])")
"""'We call this operation LANTERNFALL', 'researchers named the network Lantern': a report
naming what it found, the naming verb before its object and the name after."""


PEOPLE_CALLED = re.compile(
    r"\b(?:individuals?|m[ae]n|wom[ae]n|persons?|people|agents?|officers?|handlers?"
    r"|operatives?|spies|spy|pair|duo|contacts?)\s*,?\s+(?:only\s+)?"
    r"(?:known as|called|named|nicknamed|dubbed|code-named|using the names?)\s+"
    r"(?P<names>[\"“][A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}[\"”]"
    r"(?:,? (?:and |or )?[\"“][A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}[\"”])*)")
"""'two individuals known as “Ken” and “Evelyn”': people a text knows only by the quoted
names they use (the small model tags no quoted single name)."""
QUOTED_NAME = re.compile(r"[\"“](?P<name>[^\"“”]+)[\"”]")


def _people_called(doc: Any) -> list[Mention]:
    """Each quoted name of `PEOPLE_CALLED`, a person (later mentions of the same name are
    found again: kind 'called')."""
    text = text_of(doc)
    out = []
    for match in PEOPLE_CALLED.finditer(text):
        for quoted in QUOTED_NAME.finditer(match.group("names")):
            begin = match.start("names") + quoted.start("name")
            span = doc.char_span(begin, begin + len(quoted.group("name")))
            if span is None or quoted.group("name").lower() in lexicon.TITLE_WORDS:
                continue
            out.append(_called_person(span))
    return out


def _called_person(span: Any, **attrs: Any) -> Mention:
    """A person the text names by a form the model does not tag ('"Ken"', 'surnamed Lin'):
    kind 'called', so that later mentions of the name are found again."""
    return Mention(span.start, span.end, span.text, "called", span.text, "Person",
                   key=normalize_name(span.text), source="text", attrs=attrs)


SURNAMED = re.compile(r"\bsurnamed\s+(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\b")
"""'a sergeant surnamed Lin (林)': how Taiwanese, Hong Kong and Chinese news
name a suspect by surname alone (too short a name for the model to tag)."""


def _surnamed_people(doc: Any) -> list[Mention]:
    """Each 'surnamed X' a person named X (later mentions of X are found again: 'called')."""
    text = text_of(doc)
    if "surnamed" not in text:
        return []
    out = []
    for match in SURNAMED.finditer(text):
        span = doc.char_span(match.start("name"), match.end("name"))
        if span is not None and span.text.lower() not in lexicon.TITLE_WORDS:
            out.append(_called_person(span, surnamed=True))
    return out


def _called_body(span: Any) -> Mention:
    """A group the text calls by the words of `span` ('APT31', '“Fancy Bear” group')."""
    return Mention(span.start, span.end, span.text, "called", span.text, "Organization",
                   key=normalize_name(span.text), source="text")


def _called(doc: Any) -> list[Mention]:
    """'the group known as APT31', 'a network dubbed Spamouflage', and code names alone:
    a name the text gives a group, however the model read it (two scans of the text,
    not a look at every token)."""
    text = text_of(doc)
    out = []
    for match in CODE_NAME_IN_TEXT.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1 and CODE_NAME.match(span.text) \
                and not TEMPLATE_FIELD.match(span.text) \
                and not PARTY_DISTRICT.search(text, max(match.start() - 2, 0), match.start()):
            # not 'Termstart1', a field name, nor 'CA-28' of '[D-CA-28]', a district
            out.append(_called_body(span))
    for match in QUOTED_GROUP.finditer(text):
        span = doc.char_span(match.start("name"), match.end("name"))
        if span is not None and len(span):
            out.append(_called_body(span))
    for match in OPERATION_NAME.finditer(text):
        span = doc.char_span(match.start("name"), match.end("name"))
        if span is None or not len(span):
            continue
        out.append(Mention(span.start, span.end, span.text, "operation", span.text,
                           "Organization", key=normalize_name(span.text), source="text",
                           attrs={"head": match.group("noun")}))
    for match in NAMING.finditer(text):
        words = doc.char_span(match.start(), match.end() - 1, alignment_mode="expand")
        if words is None or not len(words):
            continue
        last = words.end - 1  # the naming word, before a quotation mark or 'the'
        while last > words.start and doc[last].lower_ in ('"', "“", "'", "‘", "the"):
            last -= 1
        head = _naming_head(doc, doc[last])
        if head is not None:
            out += _called_name(doc, words.end, head.lower_)
    for match in NAMING_OBJECT.finditer(text):  # 'We call this operation LANTERNFALL'
        words = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if words is not None and len(words):
            out += _called_name(doc, words.end, match.group("noun").lower())
    return out


NAME_JOINERS = {"and", "of", "for", "&"}
"""Small words inside a body's name, between its capitalised words."""


def _likened_bodies(doc: Any, chosen: list[Mention]) -> list[Mention]:
    """"the equivalent of China's CIA", "Russia's FBI": a body the gazetteer knows as one
    state's, said with another state's possessive, is a likeness, no actor of the text."""
    states = {m.end: m for m in chosen if m.type == "State"}
    out = []
    for m in chosen:
        country = getattr(m.attrs.get("entry"), "country", "")
        likened = _likeness_before(doc, m.start)
        owner = states.get(likened if likened is not None else m.start - 1)
        if owner is not None and country and owner.name != country \
                and (likened is not None or doc[m.start - 1].text in ("'s", "’s")) \
                and m.type != "State":
            continue
        out.append(m)
    return out


def _likeness_before(doc: Any, start: int) -> int | None:
    """"China's equivalent of the United States National Security Agency": where the
    owner's possessive ends, when a likeness noun and 'of' (or 'to') come before `start`."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 2 or doc[i].lower_ not in ("of", "to") \
            or doc[i - 1].lower_ not in lexicon.LIKENESS_NOUNS:
        return None
    return i - 2 if doc[i - 2].text in ("'s", "’s") else None


def _called_name(doc: Any, start: int, head: str) -> list[Mention]:
    """The capitalised words from `start` (inside quotation marks if they open there): the
    name a naming phrase gives a body of the kind `head` says."""
    if start < len(doc) and doc[start].text in ('"', "“", "'", "‘"):
        start += 1  # 'the network called "Portal One"': the name inside the marks
    end = start
    while end < len(doc) and end - start < 8 and (
            doc[end].text[:1].isupper() or doc[end].text[:1].isdigit()
            or end > start and doc[end].lower_ in NAME_JOINERS and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()):  # ('the Harbour Innovation and Strategy
        end += 1  # group')
    if end == start:
        return []
    name = doc[start:end].text
    if end < len(doc) and doc[end].lower_ == head:
        end += 1  # 'a group called the X group': the text's form keeps its noun
    return [Mention(start, end, doc[start:end].text, "called", name, CALLED_HEADS[head],
                    key=normalize_name(name), source="text", attrs={"head": head})]


TITLE_SUBJECT = re.compile(
    r"^(?P<name>[A-Z][^()\n]{1,60}?) \((?P<kind>[a-z][a-z -]{2,40})\)[ \t]*$")
"""'Doppelganger (disinformation campaign)': an article's title line naming its subject and
the kind of body it is (Wikipedia's disambiguation)."""
TITLE_KINDS = {**CALLED_HEADS, "organization": "Organization", "organisation": "Organization",
               "agency": "Agency", "party": "Party", "newspaper": "Media", "magazine": "Media",
               "broadcaster": "Media", "foundation": "Organization", "association": "Organization",
               "movement": "Organization", "institute": "Organization"}


def _known_over_unnamed(doc: Any, candidates: list[Mention]) -> list[Mention]:
    """'the United States intelligence community': an unnamed group whose words after its
    article are a known body's name is that body (the longer span would win the pick)."""
    known = {(m.start, m.end) for m in candidates if m.kind in ("name", "alias")}
    if not known:
        return candidates
    return [m for m in candidates if not (m.kind == "unnamed" and any(
        end == m.end and m.start < start and all(t.pos_ == "DET" for t in doc[m.start:start])
        for start, end in known))]


def _title_subject(doc: Any) -> list[Mention]:
    """The subject an article's title line names with its kind ('Doppelganger
    (disinformation campaign)'), wherever the text names it, accents or not
    ('Doppelgänger'): the model often misses a coined name that heads its own article."""
    text = text_of(doc)
    title = text.split("\n", 1)[0]
    match = TITLE_SUBJECT.match(title)
    kind = TITLE_KINDS.get(match.group("kind").split()[-1]) if match else None
    if match is not None and kind is not None:
        name = match.group("name").strip()
    else:
        name, kind = _headed_title(text, title)
        if kind is None:
            return []
    plain = _unaccented(text)
    out = []
    for found in re.finditer(rf"\b{re.escape(_unaccented(name))}\b", plain):
        span = doc.char_span(found.start(), found.end())
        if span is not None and len(span):
            out.append(Mention(span.start, span.end, span.text, "called", name, kind,
                               key=normalize_name(name), source="text"))
    return out


def _body_start(text: str) -> int:
    """Where a stored page's body begins: past its title and address lines."""
    return text.find("\n", text.find("\n") + 1) + 1


HEADED_TITLE = re.compile(r"^[ \t]*(?P<name>[A-Z][\w’'-]+(?: [\w’'-]+){0,3}) "
                          r"(?P<head>[a-z]+)[ \t]*$")
"""'Pravda network': an article's title line that is a name ending on the lowercase kind
of body it is."""


def _headed_title(text: str, title: str) -> tuple[str, str | None]:
    """The title's name and kind when the body opens on the name, as an encyclopedia's
    article does ('Pravda network, also known as Portal Kombat, is ...')."""
    match = HEADED_TITLE.match(page_title(title))  # ('X network - Wikipedia')
    kind = TITLE_KINDS.get(match.group("head")) if match else None
    if match is None or kind is None:
        return "", None
    name = f"{match.group('name')} {match.group('head')}"
    body = _body_start(text)
    opening = text[body:body + 200].lstrip()
    opening = opening[4:] if opening.startswith("The ") else opening
    return (name, kind) if opening.lower().startswith(name.lower()) else ("", None)


SITE_LINE = re.compile(r"^[ \t]*(?:https?://)?(?:www\.|m\.)?(?P<host>[a-z0-9-]{4,40})"
                       r"(?P<rest>(?:\.[a-z]{2,6}){1,2})(?:[/?#]|[ \t]*$)")
"""The source address under a stored page's title: its host names the site."""
PUBLIC_HOSTS = (".gov", ".gc.", ".mil", ".edu", ".int", ".ac.", ".parliament")
"""A government's, a school's or a parliament's own site: its name is no outlet's."""


def _site_outlet(doc: Any, candidates: list[Mention]) -> list[Mention]:
    """'Newsroom has been told ...' in a story stored from newsroom.co.nz: the outlet
    writes of itself by name. Capitalised words (one to three) written as the address's
    host, which no finder took, are the outlet; the model often misses such a name."""
    match = SITE_LINE.match(doc.user_data.get("figraph_address", ""))
    if match is None or any(p in match.group("rest") + "." for p in PUBLIC_HOSTS):
        return []
    host = match.group("host").replace("-", "")
    text = text_of(doc)
    body = _body_start(text)
    taken = {i for m in candidates for i in range(m.start, m.end)}
    out = []
    for token in doc:
        if token.idx < body or token.i in taken or not token.text[:1].isupper():
            continue
        for size in (1, 2, 3):
            span = doc[token.i:token.i + size]
            if len(span) < size or any(t.i in taken or not t.text[:1].isupper() for t in span):
                break
            if "".join(t.lower_ for t in span) == host:
                out.append(Mention(span.start, span.end, span.text, "called", span.text,
                                   "Media", key=normalize_name(span.text), source="text"))
                break
    return out


LAW_NAME = re.compile(
    r"[“\"](?P<quoted_headed>(?:Law|Act|Code) (?:on|for|of) [^”\"\n]{3,150}?)[”\"]"
    r"|[‘'\"“](?P<quoted>[A-Za-z][\w ’'-]{2,60}?\b(?:[Aa]ct|[Ll]aw|[Bb]ill))[’'\"”]"
    r"|\b(?P<titled>(?:[A-Z][\w’'-]+ (?:(?:of|on|for|and|the|in) )*){1,8}"
    r"(?:\([A-Z][\w’' ,-]{2,80}\) (?:[A-Z][\w’'-]+ ){0,2})?(?:Act|Law|Bill)(?: (?:19|20)\d\d)?)\b"
    r"(?! (?:on|for) (?:the )?[A-Z])"  # ('The Law for the X' is the law opening with its kind)
    r"|\b(?P<headed>(?:Law|Act|Code) (?:on|for) (?:the )?[A-Z][\w’'-]+"
    r"(?: (?:(?:of|on|for|and|the) )*[A-Z][\w’'-]+){0,7})")
"""'the Transparency of Foreign Influence Act', "an ‘agents of foreign influence act’": a
law's name, quoted or capitalised, ending in its kind; with the bracketed part and the year
of an Australian bill's title ('Harbour Security Amendment (Foreign Agents) Bill
2019'); or opening with its kind, as translations of other countries' laws name them ('the
Law on the Defence of Sovereignty', 'the Law for the Regulation of Foreign Agents'), whole
when quoted (“Law on Amending the Law of the Kyrgyz Republic on Non-commercial
Organisations”)."""
LAW_MAKING_VERBS = lexicon.words("law_making_verbs")
LAW_MAKING_NOUNS = lexicon.words("law_making_nouns")
LAW_WORD = re.compile(r"\b(?:[Aa]ct|[Ll]aw|[Bb]ill)\b")


def _proposed_laws(doc: Any) -> list[Mention]:
    """A law or bill named as what someone proposes, tables, passes or adopts (a law cited
    as a topic is no actor, as the annotation conventions say): one `Bill` each."""
    text = text_of(doc)
    if not LAW_WORD.search(text):
        return []  # most texts name no law: the name pattern is not run
    spans = []
    for match in LAW_NAME.finditer(text):
        group = next(g for g in ("quoted_headed", "quoted", "titled", "headed")
                     if match.group(g))
        span = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
        if span is not None and len(span) > 1 and span[0].lower_ == "the":
            span = span[1:]  # 'The Anti-Infiltration Act (...) is a law': no article
        if span is not None and len(span) > 1:  # ('The Act' alone names no law)
            spans.append((span, any(_made_law(t) for t in _law_heads(span))
                          or _heads_line(text, match.start(group))))
    made = {normalize_name(span.text) for span, law in spans if law}
    out = [Mention(span.start, span.end, span.text, "called", span.text, "Bill",
                   key=normalize_name(span.text), source="text")
           for span, _law in spans if normalize_name(span.text) in made]
    return out + _laws_on(doc, text)


LAW_KINDS_WRITTEN = ("law", "bill", "act")
LAW_ON = re.compile(rf"\b(?P<kind>{'|'.join(LAW_KINDS_WRITTEN)}) "
                    r"[“\"'‘](?P<topic>[Oo]n [^”\"’'\n]{3,80})[”\"’']")
"""'the law “on transparency of foreign influence”': a law named by its quoted topic, as
translations of other countries' laws name them."""


def _laws_on(doc: Any, text: str) -> list[Mention]:
    """Each law named by its quoted topic that is made (adopted, passed) in the text: one
    `Bill`, named 'Law on ...' (the same law however the quotes capitalise it)."""
    if "“" not in text and '"' not in text:
        return []
    out = []
    for match in LAW_ON.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not len(span) or not (_made_law(span[0]) or any(
                c.dep_ == "acl" and lemma(c.text) in LAW_MAKING_VERBS
                for t in span for c in t.children)):
            continue  # ('the law "on X" adopted by the Parliament': the parser hangs the
            # participle on any word of the quoted topic)
        topic = match.group("topic")
        name = f"{match.group('kind').capitalize()} {topic[0].lower()}{topic[1:]}"
        out.append(Mention(span.start, span.end, span.text, "called", name, "Bill",
                           key=normalize_name(name), source="text"))
    return out


def _laws_in_lower_case(doc: Any, laws: list[Mention]) -> list[Mention]:
    """'William Lai called for an anti-infiltration law', 'the anti-infiltration bill' in a
    text on the Anti-Infiltration Act: the act's own words in lower case, before a word for
    a law, name that act."""
    text = text_of(doc)
    out = []
    for name in {m.name: m for m in laws}.values():
        words = name.text.split()
        if len(words) < 2 or words[-1].lower() not in LAW_KINDS_WRITTEN:
            continue
        own = re.escape(" ".join(words[:-1]).lower())
        for found in re.finditer(rf"\b{own} (?:{'|'.join(LAW_KINDS_WRITTEN)})\b", text):
            span = doc.char_span(found.start(), found.end())
            if span is not None and len(span):
                out.append(same_actor_at(doc, span.start, span.end, "called", name))
    return out


def _heads_line(text: str, at: int) -> bool:
    """A bill's name opening a line: a debate's heading names the bills it is on
    ('Bills / X Bill 2017, Y Bill 2017; First Reading'); so named, it is named as a bill
    wherever the text names it again."""
    return at == 0 or text[at - 1] == "\n"


CALLING_PARTICIPLES = {"calling", "urging", "asking", "demanding", "requesting", "inviting"}
RESOLUTION_WORDS = 16
"""The most words a resolution described in running text is named with."""


def _adopted_resolutions(doc: Any) -> list[Mention]:
    """'MEPs adopted a resolution firmly denouncing such efforts', 'Parliament adopted ... a
    resolution on strengthening Moldova's resilience': a resolution a body adopts or
    tables, described in running text, is a `Bill` named by its description; each shorter
    form of the description ending before a preposition is one of its names."""
    out = []
    for token in tokens_written(doc, {"resolution"}):
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        if token.dep_ not in ("dobj", "nsubjpass", "appos") or not token.is_lower \
                or verb is None or verb.i > token.i or lemma(verb.text) not in LAW_MAKING_VERBS \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            continue  # ('adopted by 508 votes to 53, a resolution on X': the parser may
            # hang the resolution on the votes)
        start, end = token.left_edge.i, token.right_edge.i + 1
        titled = _quoted_title(doc, token)
        if titled is not None:
            titled.attrs["adopted_at"] = verb.i
            out.append(titled)
            continue
        cut = next((t.i for t in doc[token.i + 1:end] if t.is_punct or "\n" in t.text), end)
        end = min(cut, token.i + RESOLUTION_WORDS)
        while end > token.i and doc[end - 1].pos_ not in ("NOUN", "PROPN", "VERB"):
            end -= 1  # ('... the upcoming elections and': no dangling word)
        if end - token.i < 3:
            continue  # 'adopted a resolution': nothing says which
        cuts = [t.i for t in doc[token.i + 3:end] if t.pos_ in ("ADP", "ADV", "CCONJ", "SCONJ")]
        forms = [doc[start:c].text for c in cuts]
        text = doc[start:end].text
        named = [c for c in cuts if doc[c - 1].pos_ in ("NOUN", "PROPN")]
        name = doc[token.i:named[-1] if named else end].text  # ends on what it is about
        judging = next((t.i for t in judging_participles(token) if t.i < end), None)
        judging = next((c.i for c in token.children if c.dep_ == "acl" and c.i < end
                        and c.lower_ in CALLING_PARTICIPLES), judging)
        if judging is not None:  # 'a resolution condemning Russia', 'urging Georgia to
            # withdraw X': Russia, Georgia are actors of their own, which it condemns or calls
            forms.append(text)  # on (the whole phrase stays a name)
            end = judging
            while end > token.i + 1 and doc[end - 1].pos_ == "ADV":
                end -= 1  # ('a resolution firmly denouncing ...')
            text = doc[start:end].text
        mention = Mention(start, end, text, "called", name[:1].upper() + name[1:], "Bill",
                          key=normalize_name(name), source="text")
        mention.attrs["forms"] = forms
        mention.attrs["adopted_at"] = verb.i
        out.append(mention)
    return out


QUOTED_TITLE = re.compile(
    r"[ \t]+(?:on|entitled|titled)[ \t]+(?:``|\"|“|‘)(?P<title>[^\"“”`‘’\n]{3,200}?)"
    r"(?:''|\"|”|’)")
"""A resolution cited by its quoted title: 'a resolution on “X”', 'entitled "X"'."""


def _quoted_title(doc: Any, token: Any) -> Mention | None:
    """'the European Parliament adopted a resolution on “Harbour, the case of Jane Roe”': the
    title in quotes is the resolution's name, commas and all (a description stops at the
    first comma; a title does not)."""
    match = QUOTED_TITLE.match(doc.text, token.idx + len(token.text))
    if match is None:
        return None
    titled = _bill_at(doc, token.idx, match.end("title"), match.group("title").strip(),
                      "called")
    return titled[0] if titled else None


SHORT_TITLE = re.compile(
    r"\b[Tt]his[ \t]+(?P<kind>Act|Bill|Law|Resolution|Ordinance|Decree|Code)[ \t]+"
    r"(?:shall|may|will)[ \t]+be[ \t]+(?:cited|known|referred[ \t]+to)[ \t]+as[ \t]+"
    r"(?:the[ \t]+)?(?:``|[\"“‘'])(?P<name>[A-Z](?:[^\"“”‘’`'\n]|['’]s\b){2,150}?)"
    r"(?:''|[\"”’'](?!s\b))")
"""A measure's short title: 'This Act may be cited as the “X Act of 2024”' (a possessive
inside it is no closing quote: “Countering China's Political Warfare Act”)."""
SHORT_TITLED = {"act", "an act", "this act", "bill", "a bill", "this bill", "law", "this law",
                "resolution", "this resolution"}
"""What a measure calls itself before its short title names it ('An Act regulating ...')."""


def _short_titles(doc: Any) -> list[Mention]:
    """'Section 1. This Act shall be known as the “Foreign Agents Act of 1979”': the
    measure the text is, a `Bill` named by its short title (one scan of the text)."""
    text = text_of(doc)
    if " as " not in text:
        return []
    out = []
    for match in SHORT_TITLE.finditer(text):
        out += _bill_at(doc, match.start("name"), match.end("name"),
                        match.group("name").strip().rstrip(".,"), short_title=True)
    return out


def _short_titled(mentions: list[Mention]) -> None:
    """'An Act regulating ...', 'this Act': the measure with one short title is that title;
    in a text without one, the one bill it numbers."""
    titles = {m.key: m for m in mentions if m.attrs.get("short_title")} or {
        m.key: m for m in mentions if m.type == "Bill" and NUMBERED_BILL.match(m.name)}
    if len(titles) != 1:
        return
    title = next(iter(titles.values()))
    for m in mentions:
        if m.type == "Bill" and m.name.lower() in SHORT_TITLED:
            m.name, m.key, m.source = title.name, title.key, title.source


def _law_heads(span: Any) -> list[Any]:
    """The words of a law's name that hang outside it: its root, and with a bracketed part
    ('the X Amendment (Y) Bill 2017') the word before the bracket too, which the parser may
    make the verb's object while the kind starts a sentence of its own."""
    return [span.root] + [t for t in span if t is not span.root
                          and not span.start <= t.head.i < span.end]


def _made_law(root: Any) -> bool:
    """The law is the object of a law-making verb ('propose an act', 'the Act was passed')."""
    node = root
    for _ in range(3):
        if node.dep_ not in ("dobj", "nsubjpass", "pobj", "appos", "conj", "prep"):
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return lemma(node.text) in LAW_MAKING_VERBS
        if node.lower_ in LAW_MAKING_NOUNS:  # 'the passage of the X Bill'
            return True
    return False


def _unaccented(text: str) -> str:
    """`text` with its letters' accents dropped, one character for one (offsets hold)."""
    return "".join(unicodedata.normalize("NFKD", c)[0] for c in text)


def _naming_head(doc: Any, token: Any) -> Any | None:
    """The noun a naming phrase ending at `token` describes ('the group known as')."""
    if token.i + 1 >= len(doc):
        return None
    for words in NAMING_WORDS:
        parts = words.split()
        first = token.i - len(parts) + 1
        if first < 1 or [t.lower_ for t in doc[first:token.i + 1]] != parts:
            continue
        head = doc[first - 1] if doc[first - 1].text not in (",", "–", "—", "(") \
            else doc[first - 2]  # ('the group – known as X', 'the group (known as X)')
        if head.lower_ in CALLED_HEADS:
            return head
        break
    if token.dep_ == "relcl" and token.head.lower_ in CALLED_HEADS and token.head.i < token.i:
        return token.head  # 'a separate campaign, which we have dubbed "Nightjar"'
    of = token.head.head if token.dep_ == "relcl" and token.head.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lower_ in CALLED_HEADS:
        return of.head  # 'a network of fake sites, which they dubbed X' (the parser hangs
    return None  # the clause on the sites)


def _touching_people(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'Dickson Yeo Jun Wei': a name the text repeats ('Dickson Yeo') found right before
    the part the model tagged ('Jun Wei') is one longer name, not two people side by side
    (nothing between them, on one line, every word capitalised)."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and _one_name(doc, last, m):
            text = doc[last.start:m.end].text
            out[-1] = Mention(last.start, m.end, text, "ner", text, "Person", source="ner")
        else:
            out.append(m)
    return out


def _one_name(doc: Any, first: Mention, second: Mention) -> bool:
    return first.type == second.type == "Person" and first.end == second.start \
        and first.kind in REPEATABLE_KINDS and second.kind in REPEATABLE_KINDS \
        and "gazetteer" not in (first.source, second.source) \
        and not (first.group or second.group or first.scoped or second.scoped) \
        and one_line_name(doc, first.start, second.end) \
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper
                for t in doc[first.start:second.end])


REPEATABLE_KINDS = ("ner", "speaker", "subject", "called")
TITLE_HOUSES = {"parliament", "congress", "house", "senate", "assembly", "legislature",
                "house of commons", "house of representatives", "european parliament"}
"""Houses a 'Member of ...' title names as a title, whichever house it is."""


def _short_surname(doc: Any, m: Mention, form: tuple[str, ...]) -> bool:
    """'Hu' after 'Chris Hu', 'Li' after 'Jane Li': a two-letter family name is the person
    again (never one a word of the language shares: 'He')."""
    return m.type == "Person" and len(form) == 1 and (m.end - m.start > 1
                                                      or m.attrs.get("surnamed")) \
        and form[0] == doc[m.end - 1].text and form[0].isalpha() and form[0].istitle() \
        and not doc.vocab[form[0].lower()].is_stop


GIVEN_NAME_REPEATS = 2
"""How often 'Arne Treholt' must be written for 'Arne' to be read as a given name."""


def _repeated_given_names(doc: Any, mentions: list[Mention],
                          demonyms: dict[str, Any]) -> None:
    """'Arne Treholt ... Arne Treholt was born to Thorstein Treholt': the model may tag the
    father in full and only the surname of the son, whose given name it reads as an
    adjective; a capitalised word written before the surname again and again is the
    person's given name (else the son would be taken for his father)."""
    text = text_of(doc)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.type != "Person" or m.end - m.start != 1 or m.start == 0 \
                or m.start - 1 in taken:
            continue
        given = doc[m.start - 1]
        low = given.lower_
        if not given.is_alpha or not given.text[:1].isupper() or given.is_upper \
                or "\n" in given.whitespace_ or low in lexicon.TITLE_ROLES \
                or low in lexicon.HONORIFICS or low in demonyms \
                or given.text in lexicon.COUNTRIES \
                or text.count(f"{given.text} {m.text}") < GIVEN_NAME_REPEATS:
            continue
        m.start -= 1
        m.text = m.name = doc[m.start:m.end].text
        m.key = ""


LOWERCASE_HEADS = set(lexicon.ORG_HEAD_TYPES) | {"project", "initiative", "centre", "center",
                                                 "group", "programme", "program"}


def _lowercase_heads(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'the American Sunlight project' where the text also writes 'the American Sunlight
    Project': the body's head word written in lower case is still part of its name (the
    model stops the name before it)."""
    names = {m.text.lower(): m for m in mentions if m.type != "Person" and " " in m.text}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        after = m.end
        if m.kind != "ner" or m.type == "Person" or after >= len(doc) or after in taken \
                or not doc[after].is_lower or doc[after].lower_ not in LOWERCASE_HEADS:
            continue
        longer = names.get(f"{m.text} {doc[after].text}".lower())
        if longer is not None and longer is not m:
            m.end, m.text = after + 1, doc[m.start:after + 1].text
            m.name, m.type, m.key = longer.name, longer.type, longer.key
            taken.add(after)
    return mentions


def _named_again(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """A name the model found once is that actor wherever the text writes it again, even
    where the model missed it ('Butina was arrested', the model tagging only 'Maria
    Valerievna Butina'): full names of people and bodies, and people's surnames, matched
    case-sensitively where no other mention stands (one pass over the tokens)."""
    phrases: dict[str, dict[tuple[str, ...], Mention]] = {}
    for m in mentions:
        if m.kind not in REPEATABLE_KINDS or m.scoped or m.start >= len(doc):
            continue
        words = tuple(t.text for t in doc[m.start:m.end])
        forms = [words] + ([words[-1:]] if m.type == "Person" and len(words) > 1 else [])
        for form in forms:
            if form[0][:1].isupper() and (len("".join(form)) > 2 or _short_surname(doc, m, form)):
                phrases.setdefault(form[0], {}).setdefault(form, m)  # one source per form
    if not phrases:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    longest_first = {word: sorted(forms.items(), key=lambda p: -len(p[0]))
                     for word, forms in phrases.items()}
    for token in _tokens_written(doc, list(longest_first)):
        if token.i in taken:
            continue
        for form, source in longest_first.get(token.text, ()):
            end = token.i + len(form)
            if end <= len(doc) and all(i not in taken for i in range(token.i, end)) \
                    and tuple(t.text for t in doc[token.i:end]) == form \
                    and (end == len(doc) or not doc[end].text[:1].isupper() or len(form) > 1):
                text = doc[token.i:end].text
                key = "" if source.type == "Person" and not source.attrs.get("surnamed") \
                    else source.key  # (a person named by surname alone is that name)
                added.append(Mention(token.i, end, text, source.kind, source.name if key else text,
                                     source.type, key=key, source=source.source,
                                     attrs=dict(source.attrs)))
                taken.update(range(token.i, end))
                break
    return sorted(mentions + added, key=lambda m: m.start)


def _tokens_written(doc: Any, words: list[str]) -> list[Any]:
    """The tokens written as one of `words` (case as written)."""
    from spacy.attrs import ORTH

    return tokens_with(doc, ORTH, [doc.vocab.strings.add(w) for w in words])


SEAT_HOLDERS = {"member", "members", "mp", "mps", "mpp", "mla", "mna", "senator", "candidate",
                "representative", "deputy", "parliament"}
"""'Member of Parliament for Wellington-Halton Hills', 'the MP for Chisholm': after 'for'
comes a constituency, a place."""


BORN_BRACKET = re.compile(r"\([^()]{0,160}?\bborn\b")
NAME_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})[ \t]*$")


def _born_people(doc: Any, mentions: list[Mention]) -> None:
    """'Ilan Shor (or Șor; Hebrew: ...; born 6 March 1987) is ...': a name written with its
    birth in brackets after it is a person's, whatever kind of body the model took it for
    (everywhere it is written: `_named_again` copies the type). One scan of the text."""
    text = text_of(doc)
    if "born" not in text:
        return
    born = set()
    for match in BORN_BRACKET.finditer(text):
        name = NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if name is not None:
            born.add(name.group(1))
    if not born:
        return
    for m in mentions:
        if m.kind == "ner" and m.type != "Person" and m.text in born \
                and not any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in doc[m.start:m.end]):
            m.type = "Person"


def _suffixed_names(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'Kenneth Polite, Jr.': a suffix after a person's name ends the name, which is
    written so (an alias readers look it up by); the model sometimes tags the suffix as a
    person of its own."""
    out: list[Mention] = []
    taken: set[int] = set()
    for m in mentions:
        if m.start in taken:
            continue
        out.append(m)
        if m.type != "Person" or m.end >= len(doc):
            continue
        end = m.end + 1 if doc[m.end].text == "," else m.end
        if end < len(doc) and doc[end].lower_ in lexicon.NAME_SUFFIXES \
                and "\n" not in doc[m.start:end + 1].text:
            taken.add(end)
            m.end = end + 1
            m.text = doc[m.start:m.end].text  # the name stays the person's without it
    return out


def _split_names(doc: Any, mentions: list[Mention]) -> None:
    """'Rapid Response Mechanism (RRM) Canada': a name cut by its acronym; the part after
    the brackets is the same actor (not Canada), and no alias of it."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        after = by_start.get(m.end + 3)
        if after is None or m.source != "gazetteer" or m.end + 3 >= len(doc) \
                or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
            continue
        if normalize_name(f"{m.text} {after.text}") == normalize_name(m.name):
            after.key, after.name, after.type, after.kind = m.key, m.name, m.type, m.kind
            after.source, after.roles = m.source, set(m.roles)
            after.attrs = {**m.attrs, "anaphora": True}


def _the_people_of(token: Any) -> bool:
    """'the Russians', 'the Chinese' as a noun phrase of its own (an argument, not a
    modifier): a text's way of naming the state (one actor with it, the convention)."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].lower_ == "the" \
        and doc[token.i - 1].head.i == token.i and token.tag_ in ("NNPS", "NNS", "NNP") \
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj") \
        and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN"))


def _bracketed_names(doc: Any, mentions: list[Mention]) -> None:
    """'Li Wei (Peter Li)': a person's other name in brackets right after the name
    is the same person (an alias), not someone else beside him."""
    by_start = {m.start: m for m in mentions if m.type == "Person" and not m.scoped}
    for m in mentions:
        other = by_start.get(m.end + 1)
        if m.type != "Person" or m.scoped or other is None or other.end - other.start < 2 \
                or not _in_brackets_after(doc, m, other):
            continue
        other.key, other.name, other.source = m.key, m.name, m.source
    _bracketed_body_names(doc, mentions)


def _in_brackets_after(doc: Any, m: Mention, other: Mention) -> bool:
    """Whether `other` fills the brackets right after `m`: 'Li Wei (Peter Li)'."""
    return other.start == m.end + 1 and doc[m.end].text == "(" and other.end < len(doc) \
        and doc[other.end].text == ")"


BRACKETED_BODY_TYPES = ("Legislature", "Agency", "Committee", "Commission", "Party",
                        "Government", "Organization", "Media")


def _bracketed_body_names(doc: Any, mentions: list[Mention]) -> None:
    """'the Ukrainian parliament (Verhovna Rada)': a body described in lower case, then its
    own name in brackets, is one body (the name an alias of it, not a second body a
    relation could tie to the first)."""
    by_start = {m.start: m for m in mentions if m.type != "State" and not m.scoped}
    for m in mentions:
        other = by_start.get(m.end + 1)  # (the model may take the name for a person's)
        if other is None or m.type not in BRACKETED_BODY_TYPES or m.scoped or other is m \
                or not doc[m.end - 1].is_lower or not _in_brackets_after(doc, m, other) \
                or not doc[other.start].text[:1].isupper() or doc[other.start].is_upper:
            continue  # (an acronym in brackets is read by `add_acronyms`)
        other.key, other.name, other.source, other.type = m.key, m.name, m.source, m.type
        other.attrs = {**m.attrs, **{k: v for k, v in other.attrs.items() if k == "head"}}


def _operations_over_surnames(candidates: list[Mention], surnames: dict[str, str]
                              ) -> list[Mention]:
    """"the 'Driftnet' campaign": the model's lone 'person' before a quoted campaign name
    is the operation, unless somebody of that surname is named in full here."""
    spans = {(m.start, m.end) for m in candidates if m.kind == "operation"}
    if not spans:
        return candidates
    named = set(surnames) | {normalize_name(m.name.split()[-1]) for m in candidates
                             if m.type == "Person" and len(m.name.split()) > 1}
    lone = {(m.start, m.end) for m in candidates if m.kind == "ner" and m.type == "Person"
            and normalize_name(m.text) not in named}
    return [m for m in candidates if not (m.kind == "ner" and (m.start, m.end) in spans & lone)]


def _mark_operations(doc: Any, mentions: list[Mention]) -> None:
    """'the Spamouflage campaign': the name of an operation, which 'this campaign' means."""
    for m in mentions:
        if m.type != "Organization" or m.end >= len(doc):
            continue
        head = doc[m.end - 1].head
        if head.lower_ in OPERATION_NOUNS and m.end <= head.i <= m.end + 1:
            m.attrs = {**m.attrs, "head": head.lower_}


PORTFOLIO_TITLES = {"general", "secretary", "minister", "director", "commissioner", "adviser",
                    "advisor", "coordinator", "counsel", "envoy", "ambassador", "critic",
                    "spokesperson", "representative"}
"""Title words a portfolio follows with 'for' ('Assistant Attorney General for National
Security', 'Ambassador for Cyber Affairs')."""


def _drop_title_portfolios(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """A name the model alone found after 'Title for' is the title's portfolio, unless it
    has the head word of a body ('Minister for the Cabinet Office' keeps the office)."""
    def portfolio(m: Mention) -> bool:
        return m.kind == "ner" and m.type != "Person" and m.start >= 2 \
            and doc[m.start - 1].lower_ == "for" and _after_portfolio_title(doc, m.start - 2) \
            and not any(w.lower() in lexicon.ORG_HEAD_TYPES for w in m.text.split())
    return [m for m in mentions if not portfolio(m)]


PORTFOLIO_LIST_WORDS = 16


def _after_portfolio_title(doc: Any, i: int) -> bool:
    """Is token `i` a portfolio title, or the end of an earlier portfolio of its list
    ('spokesperson for Transport, for Tourism, for Fishing')?"""
    stop = max(i - PORTFOLIO_LIST_WORDS, 0)
    while i >= stop:
        token = doc[i]
        if token.lower_ in PORTFOLIO_TITLES:
            return True
        if not (token.text[:1].isupper() or token.lower_ in ("for", "and", ",", "of", "the")):
            return False
        i -= 1
    return False


NOT_NAME_TAGS = {"DATE", "TIME", "NORP", "GPE", "PERSON", "CARDINAL", "ORDINAL", "LOC"}


def _countries_in_names(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """'Universities UK', 'Amnesty International UK', 'Transparency International Canada':
    a country written right after capitalised words of a name ends that body's name; it is
    no State acting (a minister who 'met the Universities UK leadership' met no State)."""
    by_end = {m.end: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.type == "State" and _in_region_name(doc, m):
            continue  # 'Northern Ireland will be doing so': a region, not Ireland
        if m.type != "State" or m.kind not in ("name", "alias") or m.start == 0 \
                or not _name_word_before(doc, m.start):
            out.append(m)
            continue
        body = by_end.get(m.start)
        if body is not None and (body.type in ("State", "Person") or body.kind != "ner") \
                or _in_headline(doc, m):
            out.append(m)  # ('... the Influence of Terrorist Russia' in a title-case title
            continue  # capitalises every word: the country is the country)
        start = body.start if body is not None else m.start
        while body is None and start > 0 and _name_word_before(doc, start) \
                and not doc[start - 1].is_sent_start:
            start -= 1
        if body is None and start > 0 and _name_word_before(doc, start) \
                and doc[start - 1].is_sent_start:
            start -= 1  # 'Transparency International Canada said ...'
        if body is None and start == m.start - 1 and doc[start].is_sent_start:
            out.append(m)  # 'Today Canada ...'
            continue
        if body is not None:
            out.remove(body)
        text = doc[start:m.end].text
        out.append(Mention(start, m.end, text, "ner", text, head_type(text.split()),
                           key=normalize_name(text), source="ner"))
    return sorted(out, key=lambda x: x.start)


def _in_headline(doc: Any, m: Mention) -> bool:
    """The mention sits on a line written in title case or in capitals (a title)."""
    line = line_around(text_of(doc), doc[m.start].idx)
    return line.isupper() or _title_case(line)


def _in_region_name(doc: Any, m: Mention) -> bool:
    """A country's name ending a region's: 'Northern Ireland', 'Western Australia'."""
    return any(doc[max(m.start - k, 0):m.end].text.lower() in lexicon.REGION_NAMES for k in (1, 2)
               if m.start - k >= 0)


def _name_word_before(doc: Any, i: int) -> bool:
    """The word before token `i` is a capitalised word of a name on the same line."""
    left = doc[i - 1]
    return left.pos_ == "PROPN" and left.text[:1].isupper() and left.is_alpha \
        and not left.whitespace_.count("\n") and left.ent_type_ not in NOT_NAME_TAGS \
        and left.lower_ not in COUNTRY_QUALIFIERS and left.lower_ not in lexicon.TITLE_ROLES \
        and left.lower_ not in lexicon.HONORIFICS and left.lower_ not in lexicon.HEAD_TITLES \
        and left.lower_ not in TITLE_OPENERS  # ('Acting United States Attorney')


COUNTRY_QUALIFIERS = lexicon.words("country_qualifiers")
TITLE_OPENERS = lexicon.SUBORDINATE_TITLE_WORDS | {"acting", "interim"}
"""First words of a title before a country's name ('Acting United States Attorney')."""


def _drop_constituencies(doc: Any, mentions: list[Mention]) -> list[Mention]:
    def constituency(m: Mention) -> bool:
        if m.kind != "ner":
            return False
        i = m.start - 1  # back over 'Chingford and' to 'Member for'
        while i > 0 and m.start - i < 8 and (doc[i].text[:1].isupper()
                                             or doc[i].lower_ in ("and", "&", ",", "-", "—")):
            i -= 1
        holder = i - 1
        if i >= 4 and doc[i - 1].text == ")" and doc[i - 3].text == "(":
            holder = i - 4  # 'Member of Parliament (MP) for Brighton Pavilion'
        if any(t.lower_ in PORTFOLIO_WORDS for t in doc[i + 1:m.start]):
            return False  # 'High Representative for Foreign Affairs and Security Policy
            # Jane Roe': a portfolio, then its holder
        return i >= 1 and doc[i].lower_ == "for" and doc[holder].lower_ in SEAT_HOLDERS
    return [m for m in mentions if not constituency(m)]


LEANING_PREFIXES = {"pro", "anti"}


def _leaning(doc: Any, start: int) -> bool:
    """'the pro-Russian government': a side taken; the government is not Russia's (the
    side alone is read by `relations.sponsors`)."""
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
        and doc[start - 2].lower_ in LEANING_PREFIXES


def _named_in_full(doc: Any) -> dict[str, str]:
    """Surname -> full name of the people the model tags with two or more words here."""
    out: dict[str, str] = {}
    text = text_of(doc)
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        written = text[ent.start_char:ent.end_char]  # (no Token built per word)
        words = written.split()
        if len(words) > 1 and words[-1][:1].isupper():
            out.setdefault(normalize_name(words[-1]), normalize_name(written))
    return out


def _case_ok(doc: Any, start: int, end: int, form: str) -> bool:
    """'liberal democracy' is not the Liberal Party: capitalised forms need capitals. The
    match's words are read only as far as needed: most hits need their first word only, and
    no span is built for each of the matcher's hits."""
    if form == form.lower():
        return True
    if form.isupper() and sum(c.isalpha() for c in form) <= 3:
        surface = doc[start:end].text
        return not any(c.islower() for c in surface)  # 'US' is no 'Us' ('Nato', 'Asio' as
        # British papers write them still match)
    first_word = doc[start].text
    return first_word[:1].isupper() or first_word[:1].isdigit()


def _conjunct_end(doc: Any, head: Any, end: int) -> int:
    """'MPs and senators': one group spans both nouns."""
    for conj in head.conjuncts:
        if conj.i >= end and conj.lower_ in lexicon.PARLIAMENTARIAN_NOUNS:
            end = conj.i + 1
    return end


