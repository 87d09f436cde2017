"""People, organisations and countries found by spaCy's statistical NER.

Why apart from the gazetteer finder: NER spans need cleaning before they name
an actor (titles, parties, demonyms and articles before a name, line breaks
inside it) and typing by their head word ('... Commission' is a Commission);
none of that applies to names the gazetteer already knows.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from spacy.tokens import Span

from ..text.lines import glued_label_words, line_around, page_title
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma, singular
from ..vocabulary.offices import MONTHS
from .courts import COURT_KINDS
from .mention import (
    Mention,
    age_in_commas,
    entities,
    normalize_name,
    opens_line,
    person_name,
    sentence_of,
    text_of,
    tokens_written,
)
from .unnamed import state_names

__all__ = ["ner_mentions", "biography_subject_in", "described_orgs", "noun_named_bodies",
           "NAMING_NOUNS", "titled_people", "listed_people",
           "ACRONYM", "ORG_DESCRIPTIONS", "nicknamed_people", "untagged_bodies", "head_type",
           "topic_named_bodies"]

NAME_PARTICLES = {"de", "van", "von", "der", "bin", "al", "el", "la", "le", "du", "da"}
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
TITLE_WORDS = lexicon.TITLE_WORDS | lexicon.HONORIFICS | {"clerk", "speaker"}
"""A 'person' the model finds that is only a title ('the Clerk', 'Speaker') names nobody."""


def ner_mentions(doc: Any, party_aliases: dict[str, Any], demonyms: dict[str, Any],
                 countries: Collection[str] = ()) -> list[Mention]:
    """People, organisations and countries the statistical NER finds, trimmed of titles,
    parties and articles and typed by their head word."""
    out = []
    surnames = _surnames(doc)
    in_titles = _document_title_words(doc)
    subject = biography_subject(doc)
    taken: set[int] = set()
    for ent in entities(doc):
        if ent.start in taken:
            continue  # the surname a particle's name ran into ('Leyen' of 'von der Leyen')
        ent = _past_particles(doc, ent, taken)
        kind = "PERSON" if _after_person_noun(ent) or _place_described_as_person(ent) \
            or _hyphenated_given_name(ent) or ent.text.strip() == subject \
            or _named_otherwise(doc, ent.start, subject) or _his_in_own_clause(ent) \
            or _titled_person(ent) or _titled_place(ent) else ent.label_
        if kind == "PERSON" and ent.text in PLATFORM_COMPANIES:
            kind = "ORG"  # 'or Twitter': the small model takes a lone platform for a name
        outlet = kind != "PERSON" and _written_for(ent)
        company = kind != "PERSON" and (_company_name(ent) or _masthead(ent) or outlet)
        if kind not in ("PERSON", "ORG", "GPE") and not company:
            continue
        start, end = _first_line(doc, ent.start, _past_of(doc, ent) if kind == "ORG"
                                 else ent.end)
        start = _past_verb(doc, start, end)
        start, end = _strip(doc, start, end, party_aliases, demonyms)
        start = _past_glued_label(doc, start, end)
        if kind == "ORG":
            end = _before_envoy(doc, start, end)  # 'the United States Chargé d'Affaires':
            # the state, then the envoy's title
            end = _body_for_body(doc, end, taken)  # 'European Research Centre' + 'for the
            # Club of Rome'
            end = _places_joined(doc, end)  # 'Green Party of England' + 'and Wales'
            end = _business_joined(doc, end)  # 'Concord Management' + 'and Consulting LLC'
            end = _before_date(doc, start, end)  # 'the Council' + 'of 18 March 2025'
        end = next((i for i in range(start, end) if doc[i].text == "("), end)
        if kind == "PERSON":  # 'Jane Roe - Wikipedia': a spaced dash ends a person's name
            end = next((i for i in range(start + 1, end) if doc[i].text in SPACED_DASHES
                        and doc[i - 1].whitespace_ and doc[i].whitespace_), end)
        start, end = _strip(doc, start, end, party_aliases, demonyms)
        if kind != "GPE" and _residence(doc, ent.start):
            continue  # 'Ping Li, 59, of Wesley Chapel, Florida': where a person lives
        if kind == "PERSON" and _riding(doc, ent.start, ent.end):
            continue  # 'my riding of Surrey—Newton': a seat's place, no person
        if kind == "PERSON" and _destination(doc, start, end, surnames):
            continue  # 'the visit to Rotterdam': a place the model took for a person
        if kind == "PERSON" and ent.start > 0 and _naming_noun(doc[ent.start - 1]):
            continue  # 'the hacking group Star Blizzard': see `noun_named_bodies`
        if kind == "PERSON" and end - start == 1 and doc[start].is_upper \
                and doc[start].lower_ in CAPITAL_PAPER_WORDS:
            continue  # 'MOTION FOR A RESOLUTION on ...': a heading's paper, no person
        if end - start == 1 and _section_heading(doc, start):
            continue  # 'SEC. 2. FINDINGS.': a measure's heading, no name
        if kind == "PERSON" and end < len(doc) and doc[end - 1].lower_ in PAPER_STAGES \
                and doc[end].lower_ in CAPITAL_PAPER_WORDS:
            continue  # 'A. Draft resolution': a heading's paper, no person
        if kind == "PERSON" and start < end and doc[end - 1].lower_ in lexicon.FIELD_OF_WORK_WORDS:
            continue  # 'Assistant Commissioner Counter Terrorism and ... Stephen Nutt': the
            # title's field, no person
        if kind == "PERSON" and end < len(doc) and doc[end].lower_ in AFFAIR_NOUNS:
            continue  # 'the Steiner-Wienand affair', 'the Profumo scandal': an event's name
        if kind == "PERSON" and _described_as_org(doc[end - 1]):
            continue  # 'Northlake Digital, a company run by ...': see `described_orgs`
        if kind == "ORG" and start < end:
            cut = _titled_after_body(doc, start, end, countries, demonyms)
            if cut is not None:  # 'Vice-President of the European Parliament Elena Varga'
                person = _typed(doc, "PERSON", cut, end, doc[cut:end].text)
                out += [person] if person is not None else []
                end = cut
                if all(t.lower_ in PORTFOLIO_WORDS or t.lower_ == "and"
                       for t in doc[start:end]):
                    continue  # 'Minister of Defence Jane Roe': a portfolio, no body
        if kind == "ORG" and end - start == 1 and start > 0 and doc[start - 1].text == "/" \
                and not doc[start - 1].whitespace_:
            continue  # 'Directive 2000/31/EC': the letters end an act's number
        if kind == "ORG" and start < end and doc[start].tag_ == "VBG" \
                and all(t.lower_ in demonyms for t in doc[start + 1:end]):
            continue  # 'Protecting American democracy.': a measure's title, no body
        if kind == "ORG" and start < end and doc[start].lower_ == "committees":
            continue  # 'the Committees on Financial Services, Ways and Means, ...': a list,
            # each read as its own committee (`find._listed_committees`)
        if kind == "ORG" and _capital_heading(doc, start, end):
            continue  # 'RUSSIAN HACKING OPERATIONS': a report's heading, no body's name
        if kind == "ORG" and end - start == 1 and TWO_LETTERS.match(doc[start].text):
            continue  # 'pravda DE, pravda PL', 'this GE': a country's or a term's code; a
            # body's letters are the gazetteer's or defined in the text (`add_acronyms`)
        if kind == "ORG" and (_policy_area(doc[start:end]) or _office_name(doc, start, end)):
            continue  # 'Parliament's Foreign Affairs, Defence and Trade (...) committees',
            # 'the Common Foreign and Security Policy': a field, not a body
        if kind == "ORG" and start < end and _role_title(doc[start:end]):
            continue  # 'the National Security Adviser': an office, not a body
        if kind == "ORG" and _country_pair(doc[start:end].text, demonyms):
            continue  # 'the Canada-People's Republic of China relations': two states' link
        if kind == "ORG" and start < end and _numbered_name(doc, start, end):
            start -= 1  # 'the 48 Group Club': the number opens the name
        if kind == "ORG" and start < end:
            end = _before_riding(doc, start, end)  # 'Ontario Provincial Parliament for X'
            end = _before_topic(doc, start, end)  # "the Senate of X on Relations between"
            start = _after_owner(doc, start, end)  # 'Justice Department’s National
            # Security Division': the division (its owner is the gazetteer's)
            if end < len(doc) and doc[end - 1].lower_ == "unit" and doc[end].like_num:
                end += 1  # 'GRU Unit 29155': the number is the unit's name
            end = _court_city(doc, start, end, countries)
        if kind == "ORG" and start < end and (
                doc[end - 1].lower_ in TOPIC_HEADS
                or any(t.lower_ in TOPIC_WORDS for t in doc[start:end])
                or end - start == 1 and doc[start].lower_ in POST_NOMINALS
                or end < len(doc) and doc[end].lower_ in PORTFOLIO_TITLES
                and (doc[end - 1].lower_ not in lexicon.ORG_HEAD_TYPES
                     or doc[end - 1].lower_ == "government")):
            continue  # 'provincial parliament (MPP)': a title's letters; 'Citizenship and
            # Immigration Minister X': a portfolio, no body (a known ministry is the
            # gazetteer's); 'Harbour Institute spokesperson X' speaks for a body ('UK
            # Government minister X' is a minister of the state the gazetteer knows)
        if start < end and ":" in text_of(doc)[doc[start].idx:doc[end - 1].idx]:
            end = _body_before_colon(doc, start, end) if kind == "ORG" else start
            if start >= end:
                continue  # "Moscow's Gold: Russian Corruption in the UK": a title, no name
        if start < end and doc[end - 1].lower_ in CONFINEMENT_HEADS \
                and _confinement(doc[start:end]):
            continue  # 'Tallahassee Federal Correctional Institution': where, not who
        if start < end and doc[end - 1].lower_ in BUILDING_HEADS and doc[end - 1].is_title:
            continue  # 'Rayburn House Office Building': a place
        if kind != "GPE" and _titled_work(doc, start):
            continue  # 'in his book, Spies and Lies,': a work's title
        if kind != "GPE" and start < end < len(doc) and doc[end].is_lower \
                and doc[end].lower_ in PLACE_AFTER_NOUNS:
            continue  # 'at the Metropol hotel': a place's name
        if start < end and in_titles.get(start, 0) >= TITLE_DEPTH:
            continue  # '... Report on Foreign Information Manipulation and Interference
            # Threats': deep in a paper's topic, a person's or a body's name is the model's
        if kind == "ORG" and start < end and (_document_title(doc[start:end])
                                              or start in in_titles):
            continue  # 'the National Threat Assessment': a paper, no body; 'its Report on
            # Interference in Canada’s Democratic Institutions': no body in its title
        if kind == "ORG" and start < end and doc[start].lower_ == "party":
            continue  # "the Labour Party Cash for Peerages scandal": the party is read
            # on its own; what follows its name is none
        if kind == "PERSON" and _acronym_before_name(doc, start, end):
            out.append(Mention(start, start + 1, doc[start].text, "ner", doc[start].text,
                               "Organization", key=normalize_name(doc[start].text),
                               source="ner"))  # 'the service EYP Ioannis Corantis': the
            start += 1  # body's letters, then the person
        if kind == "PERSON":
            start = _after_nickname(doc, start, end)  # '“Harry” Lu Jianwang'
            while end - start > 2 and doc[end - 1].lower_ in POST_NOMINALS \
                    and doc[end - 1].text.isupper():
                end -= 1  # 'Tom Little KC'
            start = _after_titles(doc, start, end)
            if end - start == 1:
                start = _given_names(doc, start, party_aliases, demonyms)
            elif _one_word(doc, start, end):  # 'Ms Zanda Kalniņa-Lukaševica'
                start = _given_names(doc, start, party_aliases, demonyms, head=doc[end - 1],
                                     leading=False)
            elif start < end and start == ent.start:
                start = _given_names(doc, start, party_aliases, demonyms, head=doc[end - 1])
        if start >= end:
            continue
        if kind == "PERSON" and start < ent.start and _naming_noun(doc[start - 1]):
            continue  # 'the hacking group Star Blizzard' (the model tagged 'Blizzard')
        text = doc[start:end].text
        if text.lower() in lexicon.JUNK_NAMES or len(text) < 2 or TEMPLATE_FIELD.match(text):
            continue  # 'Termstart1', 'Office1': an infobox template's field names
        if end - start == 1 and text.lower() in demonyms:
            continue  # 'Citizenship: Moldovan, Israeli': a nationality, no one's name
        if end - start == 1 and text.lower() in lexicon.ANAPHORA:
            continue  # 'the House', 'the Ministry': left to anaphora resolution
        label = "PERSON" if text in surnames \
            and (end - start == 1 or _one_word(doc, start, end)) else \
            "ORG" if company else kind
        cut = _parent_committee(doc, start, end) if kind == "ORG" else None
        if cut is not None:  # 'Subcommittee on X of the Committee on Y': two committees
            parent = _typed(doc, "ORG", cut + 2, end, doc[cut + 2:end].text)
            out += [parent] if parent is not None else []
            end, text = cut, doc[start:cut].text
        if label == "PERSON" and end - start > 1 and doc[end - 1].text in BODY_HEADS:
            label = "ORG"  # 'Lee Foundation', 'Harbour Institute': no one's surname
        listed = _listed_kind(doc[end - 1]) if label in ("PERSON", "ORG") \
            and text[:1].isupper() else None
        mention = _typed(doc, label, start, end, text) if listed is None else \
            Mention(start, end, text, "ner", text, listed, key=normalize_name(text),
                    source="ner")  # (one word of the list is a name too: 'Fidelis')
        if mention is not None:
            described = _described_kind(doc[end - 1]) \
                if mention.type in ("Agency", "Organization") else None
            if mention.type == "Agency" or described in ("Agency", "Media"):
                mention.type = described or mention.type  # ('LSVA, the security agency')
            if mention.type == "Organization" and _titled_name(doc[start:end]):
                mention.type = "Person"
            if mention.type == "Organization" and start > 0:
                mention.type = _naming_noun(doc[start - 1]) or mention.type  # 'the outlet X'
            if outlet:
                mention.type = "Media"
            out.append(mention)
    return out


ROLE_HEADS = {"adviser", "advisor", "minister", "secretary", "director", "commissioner",
              "general", "prosecutor", "ambassador", "counsel", "spokesperson", "spokesman",
              "spokeswoman", "envoy", "chief"}
"""Last words of an office's name ('National Security Adviser', 'Attorney General')."""


PLACE_NAMES = lexicon.REGION_NAMES
"""Regions, not countries: 'the Bank of Canada and Australia' are two actors."""


def _places_joined(doc: Any, end: int) -> int:
    """'the Green Party of England and Wales', 'the Law Society of England and Wales': a
    name ending in a place, then 'and' and another place, is one name (the model stops at
    'and')."""
    if end < 3 or end + 1 >= len(doc) or doc[end].lower_ != "and" \
            or doc[end - 2].lower_ != "of" and doc[end - 3:end - 1].text.lower() != "of the":
        return end
    if doc[end - 1].lower_ not in PLACE_NAMES:
        return end
    for width in (2, 1):
        words = doc[end + 1:end + 1 + width]
        if len(words) == width and words.text.lower() in PLACE_NAMES \
                and "\n" not in doc[end - 1:end + 1 + width].text:
            return end + 1 + width
    return end


JOINED_TRADES = lexicon.words("joined_trades")


def _business_joined(doc: Any, end: int) -> int:
    """'Concord Management and Consulting LLC': a company's name that joins its trades
    with 'and' is one name; the model often ends it at 'and'. Only generic trades may
    follow ('and Consulting LLC'), so two companies ('Alpha and Beta Corp') stay two."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return end
    stop = end + 1
    while stop < len(doc) and stop - end <= 3 and doc[stop].lower_ in JOINED_TRADES \
            and doc[stop].text[:1].isupper():
        stop += 1
    if stop == end + 1 or stop >= len(doc) or doc[stop].lower_.rstrip(".") not in COMPANY_SUFFIXES \
            or "\n" in doc[end - 1:stop + 1].text:
        return end
    return stop + 1


def _role_title(span: Any) -> bool:
    """An organisation the model found that is an office: it ends in a role word and is
    no body 'of' or 'for' something ('Office of the Director' stays)."""
    return span[-1].lower_ in ROLE_HEADS and not any(
        t.lower_ in ("of", "for") or t.tag_ == "POS" for t in span)


TWO_LETTERS = re.compile(r"^[A-Z]{2}$")
POLICY_AREA_WORDS = lexicon.words("policy_area_words") | lexicon.words("portfolio_words") \
    | lexicon.FIELD_OF_WORK_WORDS
OFFICE_LEADS = frozenset(ROLE_HEADS - {"general", "chief", "counsel"} | {"representative"})
POLICY_AREA_JOINERS = frozenset({"and", "of", "for", "the", ",", "&", "eu"})


def _office_name(doc: Any, start: int, end: int) -> bool:
    """'Representative of the Union for Foreign Affairs', 'Minister for Trade': an office
    the model read as a body, whole or from its 'of' on ('the High Representative of the
    [Union for Foreign Affairs]'); a body is never named by its holder's title first."""
    span = doc[start:end]
    if len(span) > 2 and span[0].lower_ in OFFICE_LEADS and span[1].lower_ in ("of", "for"):
        return True
    i = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in OFFICE_LEADS \
            or span[0].lower_ in lexicon.ORG_HEAD_TYPES:
        return False
    fors = [t.i for t in span if t.lower_ == "for"]
    return bool(fors) and _policy_area(doc[fors[0] + 1:end])


def _policy_area(span: Any) -> bool:
    """Two or more capitalised field words, joined by 'and'/'of' at most, name a policy
    area or a portfolio: a body keeps a head word the list lacks ('Committee', 'Agency')."""
    fields = [t for t in span if t.lower_ in POLICY_AREA_WORDS]
    return len(fields) >= 2 and all(t.is_title for t in fields) and all(
        t.lower_ in POLICY_AREA_WORDS or t.lower_ in POLICY_AREA_JOINERS for t in span)


def _country_pair(text: str, demonyms: dict[str, Any]) -> bool:
    """'Canada-China', 'Canada–People's Republic of China': two states joined by a dash."""
    parts = [p.strip() for p in re.split(r"[-–—]", text)]
    if len(parts) != 2:
        return False
    names = state_names(demonyms)
    return all(p in lexicon.COUNTRIES or p.lower() in names for p in parts)


def _titled_name(span: Any) -> bool:
    """'Mike Burgess, the Director-General of Security': two or three plain capitalised
    words the model called an organisation, given a person's title in apposition, are a
    person's name."""
    head = span[-1]
    return 2 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_alpha for t in span) \
        and not any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in span) \
        and any(c.dep_ == "appos" and c.lower_ in TITLE_NOUNS for c in head.children)


def _described_kind(head: Any) -> str | None:
    """'the Social Design Agency, a Moscow-based firm', 'X Agency is a company': a name
    whose head word reads like a public body, described as a firm, is a firm."""
    nouns = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        nouns += [c for c in head.head.children if c.dep_ == "attr"]
    return next((kind for n in nouns if (kind := description_kind(n)) is not None), None)


def description_kind(noun: Any) -> str | None:
    """The kind of body a describing noun says ('a company', 'the security agency'); a
    news or press agency is an outlet ('BelTA, the state news agency')."""
    kind = ORG_DESCRIPTIONS.get(noun.lower_)
    if kind is not None and any(c.lower_ in ("news", "press") for c in noun.children):
        return "Media"
    return kind

COMPANY_SUFFIXES = lexicon.words("company_suffixes")


def _after_person_noun(ent: Any) -> bool:
    """'the fugitive oligarch Ilan Shor', 'lobbyist Jane Roe': a short name right after a
    noun that describes a person is a person's, whatever label the model gave it."""
    if ent.label_ not in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"):
        return False  # the label first: most entities are people, dates and numbers
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lower_ in PERSON_DESCRIPTIONS \
        and 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent) \
        and not any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in ent)


def _company_name(ent: Any) -> bool:
    """'Wuhan Xiaoruizhi Science and Technology Company', tagged a building or a place by
    the model: a name ending in a company's legal form is an organisation."""
    if ent.label_ not in ("FAC", "LOC", "PRODUCT", "WORK_OF_ART", "GPE"):
        return False
    words = [t for t in ent if not t.is_punct]
    return len(words) > 1 and words[-1].lower_.rstrip(".") in COMPANY_SUFFIXES


def _masthead(ent: Any) -> bool:
    """'the Sunday Mail', 'The Epoch Times', tagged an event or a work by the model: a
    capitalised name ending in a newspaper's head word is an outlet."""
    if ent.label_ not in ("EVENT", "WORK_OF_ART", "FAC", "PRODUCT"):
        return False
    words = [t for t in ent if not t.is_punct]
    return len(words) > 1 and words[-1].text[:1].isupper() \
        and lexicon.ORG_HEAD_TYPES.get(words[-1].lower_) == "Media"


PRESS_ROLES = {"journalist", "reporter", "correspondent", "columnist", "editor"}


def _written_for(ent: Any) -> bool:
    """'a journalist for the Arbeiderbladet', 'a reporter at Dagens Nyheter': what a
    journalist writes for is an outlet, whatever the model took the name for (a place, a
    work); a country never is one."""
    head = ent.root.head
    if ent.label_ not in ("GPE", "ORG", "WORK_OF_ART", "NORP", "FAC", "PRODUCT") \
            or ent.root.dep_ != "pobj" or head.lower_ not in ("for", "at", "with") \
            or head.head.lower_ not in PRESS_ROLES:
        return False
    name = [t for t in ent if t.lower_ != "the"]
    return bool(name) and name[0].text[:1].isupper() and ent.text not in lexicon.COUNTRIES


def _hyphenated_given_name(ent: Any) -> bool:
    """'Heinz-Christian Strache', 'Hans-Georg Maassen': a hyphenated given name and a
    surname, which the model often takes for an organisation (no word of a body's)."""
    if ent.label_ != "ORG" or len(ent) not in (4, 5) or ent[1].text != "-":
        return False
    words = [t.text for t in ent]
    return not ent[0].whitespace_ and not ent[1].whitespace_ \
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha()
                for w in (words[0], *words[2:])) \
        and not any(t.lower_ in lexicon.ORG_HEAD_TYPES or t.lower_ in BUSINESS_WORDS
                    or t.lower_ in COMPANY_SUFFIXES for t in ent) \
        and words[0] not in lexicon.COUNTRIES


BUSINESS_WORDS = lexicon.words("business_words")


def _surnames(doc: Any) -> set[str]:
    """Last names of the people named in full: 'Sun' or 'Dastyari' alone, which the model
    sometimes tags as an organisation, is that person."""
    found = set()
    for ent in entities(doc):
        if ent.label_ != "PERSON" or len(ent) < 2 or not ent[-1].text[:1].isupper() \
                or not ent[-1].is_alpha:
            continue
        found.add(ent[-1].text)
        if len(ent) >= 4 and _one_word(doc, ent.end - 3, ent.end):
            found.add(doc[ent.end - 3:ent.end].text)  # 'Smith-Jones'
    return found


def _strip(doc: Any, start: int, end: int, party_aliases: dict[str, Any],
           demonyms: dict[str, Any]) -> tuple[int, int]:
    """Drop titles, parties, demonyms, articles and lowercase adjectives ('the last
    Government') before a name; "'s" after it. A title that owns the name stays
    ("Attorney General's Office")."""
    first = start
    while start < end:
        word = doc[start]  # one Token per step: each `doc[i]` makes a new one
        low = word.lower_
        if low in lexicon.HONORIFICS or low in lexicon.TITLE_ROLES or low == "former" \
                or low in party_aliases and not _names_party(doc, start, end) \
                or word.is_punct \
                or low in demonyms and word.tag_ != "NNP" \
                and not _demonym_in_name(doc, start, end) \
                or word.pos_ == "CCONJ" or word.like_num \
                or low in TITLE_LEADS and _opens_title(doc, start, end) \
                or low == "foreign" and _leads_title(doc, start, end) \
                or word.pos_ in ("ADP", "DET") \
                or word.pos_ == "ADJ" and word.is_lower \
                or _measure_title_verb(doc, word) \
                or low == "born" and start + 1 < end and _opens_sentence(word):
            start += 1  # ('Born Sergey Cherkasov in 1985, ...': a biography's opening)
        else:
            break
    if start < end and doc[start].tag_ == "POS":
        start = first  # the owner was a title: "Attorney General's Office" is a name
        while start < end and doc[start].pos_ in ("ADP", "DET"):
            start += 1
    if start + 1 < end and doc[start + 1].tag_ == "POS":
        while start > 0 and first - start < 3 and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper():
            start -= 1  # the model cut the owner short: "General's Office"
    while end > start and _trailing(doc[end - 1]):
        end -= 1  # 'the Communications Security Establishment and': no 'and'
    if start + 2 < end and doc[start + 1].tag_ == "POS" and doc[start].lower_ in \
            lexicon.ANAPHORA:  # "the Department's Office of X": the office is named after
        start += 2  # the owner, which anaphora resolution reads on its own
    return start, end


PLATFORM_COMPANIES = lexicon.words("platform_companies")
COURT_HEADS = ("Court", "Tribunal")


def _court_city(doc: Any, start: int, end: int, countries: Collection[str]) -> int:
    """'the Regional Administrative Court in Warsaw': a court named with the city it sits
    in (as many European courts are) ends after the city; a country after 'in' (any of
    `countries`, lowercase) is where the story is, not part of the name; so is the city of
    a court its name already places ('Harbour County Court in Eastport'). After 'of' the
    place is the name's, a country too ('the High Court of Hong Kong', 'the Supreme Court
    of Canada')."""
    if end + 1 >= len(doc) or doc[end - 1].text not in COURT_HEADS \
            or doc[end].lower_ not in ("in", "of"):
        return end
    if any(t.text[:1].isupper() and t.lower_ not in COURT_KINDS and t.lower_ != "the"
           for t in doc[start:end - 1]):
        return end
    named = doc[end].lower_ == "of"
    first = end + 2 if named and doc[end + 1].lower_ == "the" else end + 1
    stop = first
    while stop < len(doc) and stop - first < 3 and doc[stop].ent_type_ == "GPE" \
            and doc[stop].text[:1].isupper():
        stop += 1
    if stop == first or not named and doc[first:stop].text.lower() in countries:
        return end
    return stop


def _demonym_in_name(doc: Any, start: int, end: int) -> bool:
    """'the Russian Interior Ministry', 'the German Social Democratic Party': the demonym
    says whose ministry or party it is and stays in the name (without it, two states'
    interior ministries would be one actor)."""
    rest = [doc[i] for i in range(start + 1, end)]
    return 1 <= len(rest) <= 3 and rest[-1].lower_ in ("ministry", "party") \
        and all(t.text[:1].isupper() for t in rest)


SECTION_HEADING_WORDS = lexicon.words("section_heading_words")


def _section_heading(doc: Any, i: int) -> bool:
    """'SEC. 2. FINDINGS.', 'SECTION 1. SHORT TITLE.': a heading word in capitals on a
    line with no lowercase letter."""
    word = doc[i]
    return word.is_upper and word.lower_ in SECTION_HEADING_WORDS \
        and not any(c.islower() for c in line_around(text_of(doc), word.idx))


def _opens_sentence(token: Any) -> bool:
    return token.i == 0 or bool(token.is_sent_start) or "\n" in token.nbor(-1).text


TEMPLATE_FIELD = re.compile(r"^[A-Z][a-z]+\d$")
"""An infobox template's numbered field name left in a text ('Office1', 'Termstart1')."""
TOPIC_HEADS = lexicon.words("topic_heads")
DOCUMENT_HEADS = lexicon.words("document_heads")
STATUS_HEADS = lexicon.words("status_heads")
TOPIC_WORDS = lexicon.words("topic_words")
PAPER_WORDS = DOCUMENT_HEADS | {"statement", "statements", "update", "notice", "briefing"}
AFFAIR_NOUNS = lexicon.words("affair_nouns")
CAPITAL_PAPER_WORDS = PAPER_WORDS | lexicon.words("measure_nouns")
PAPER_STAGES = {"draft", "final", "provisional", "revised"}
"""Words before a paper's noun in a heading ('A. Draft resolution', 'Final report')."""
"""A heading in capitals opens with its paper ('MOTION FOR A RESOLUTION', 'REPORT'): the
model, blind to case there, may take the word for a name."""
"""Last words of a paper's name: 'Joint Statement' the model took for a person's name."""
"""'Emergency Debate', 'Allegations Concerning X': an item of business, no body."""
PORTFOLIO_TITLES = {"minister", "secretary", "critic", "spokesperson", "spokesman",
                    "spokeswoman"}
"""Titles a portfolio's name stands before ('Citizenship and Immigration Minister')."""
LEGISLATURE_HEADS = {"parliament", "assembly", "legislature", "house", "senate"}


UNIT_NOUNS = {"division", "office", "bureau", "department", "agency", "service", "unit",
              "branch", "directorate", "committee", "commission", "section", "centre", "center"}


def _after_owner(doc: Any, start: int, end: int) -> int:
    """Where a body's own name starts after its owner's possessive, when the model ran the
    two together; an office a title owns stays whole ("Attorney General's Office")."""
    for i in range(start + 1, end - 2):
        if doc[i].tag_ == "POS" and doc[i - 1].lower_ not in lexicon.TITLE_ROLES \
                and doc[i - 1].lower_ not in ROLE_HEADS and doc[end - 1].lower_ in UNIT_NOUNS:
            return i + 1
    return start


CLOSING_QUOTES = {"”", '"', "'"}
"""(A typographic apostrophe is read as a plain one: see `text.textprep.masked`.)"""


NICKNAMED = re.compile(
    r"\b(?P<first>[A-Z][\w'’.\-]+)[ \t]+[“\"](?P<nick>[A-Z][\w'’.\-]+)[”\"][ \t]+"
    r"(?P<last>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?)")
"""'Prakazrel “Pras” Michel', 'Yaoning “Mike” Sun': a quoted nickname between the given
and the family name."""


def nicknamed_people(doc: Any) -> list[Mention]:
    """A person named with a nickname inside the name is the given and family name; the
    nickname with the family name is one of their names too. (The small model stops the
    name at the quotation mark, so the family name and all it says were lost.)"""
    text = text_of(doc)
    if "“" not in text and '"' not in text:
        return []
    out = []
    for match in NICKNAMED.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or "\n" in span.text or match.group("first").lower() in TITLE_WORDS:
            continue
        name = f"{match.group('first')} {match.group('last')}"
        mention = Mention(span.start, span.end, span.text, "ner", person_name(name), "Person",
                          key=normalize_name(person_name(name)), source="ner")
        mention.attrs["forms"] = [f"{match.group('nick')} {match.group('last')}"]
        out.append(mention)
    return out


SUBCOMMITTEE_WORDS = {"subcommittee", "sub-committee"}


def _parent_committee(doc: Any, start: int, end: int) -> int | None:
    """Where 'of the Committee ...' starts in 'Subcommittee on X of the Committee on Y'."""
    if doc[start].lower_ not in SUBCOMMITTEE_WORDS:
        return None
    return next((i for i in range(start + 2, end - 2) if doc[i].lower_ == "of"
                 and doc[i + 1].lower_ == "the" and doc[i + 2].lower_ == "committee"), None)


BODY_NAME_WORDS = 6
ORG_HEADS = frozenset(lexicon.ORG_HEAD_TYPES)
BODY_JOINERS = {"and", "of", "for", "&"}


def untagged_bodies(doc: Any) -> list[Mention]:
    """'Coastal Intelligence and Security Service': a run of capitalised words ending in a
    body's head noun that the model left untagged is that body (only where the model tagged
    none of its words: a wrong tag is read elsewhere)."""
    out = []
    for token in tokens_written(doc, ORG_HEADS):
        if not token.is_title or token.ent_type_:
            continue
        start = token.i
        while start > 0 and token.i - start < BODY_NAME_WORDS and not doc[start - 1].ent_type_ \
                and "\n" not in doc[start - 1].whitespace_ and (
                    doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
                    or doc[start - 1].lower_ in BODY_JOINERS and start - 2 >= 0
                    and doc[start - 2].is_title and not doc[start - 2].ent_type_):
            start -= 1
        if doc[start].lower_ in BODY_JOINERS or doc[start].lower_ == "the":
            start += 1
        if start >= 2 and doc[start - 1].text == "/" and doc[start - 2].is_title \
                and not doc[start - 2].ent_type_:
            start -= 2  # 'Victory/Pobeda Political Bloc': one name written two ways
        if sum(t.is_title for t in doc[start:token.i + 1]) < 3 or doc[start].is_sent_start:
            continue
        mention = _typed(doc, "ORG", start, token.i + 1, doc[start:token.i + 1].text)
        if mention is not None:
            out.append(mention)
    return out


NAMED_TOPIC_WORDS = 5
"""The longest topic a name gives after 'on' or 'for' ('on Asia and Globalisation')."""


def topic_named_bodies(doc: Any) -> list[Mention]:
    """'the Centre on Asia and Globalisation', 'the Institute for Harbour and Coastal
    Studies': a capitalised body head after 'the', then 'on' or 'for' and capitalised words
    (joined by 'and', 'of', '&'), is one body the model left untagged or cut at a place in
    it. Not where the model tagged the head, nor a name running on into a person's."""
    out = []
    for head in tokens_written(doc, PURPOSE_HEADS):
        i = head.i
        if not head.is_title or head.ent_type_ or i == 0 or doc[i - 1].lower_ != "the" \
                or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("on", "for") \
                or not doc[i + 2].is_title:
            continue
        end = i + 2
        while end < len(doc) and end - i - 1 <= NAMED_TOPIC_WORDS \
                and "\n" not in doc[end - 1].text and (
                    doc[end].is_title and doc[end].ent_type_ != "PERSON"
                    or doc[end].lower_ in BODY_JOINERS and end + 1 < len(doc)
                    and doc[end + 1].is_title):
            end += 1
        if end - i - 2 < 2 or doc[end - 1].lower_ in BODY_JOINERS:
            continue  # 'the Council for Harbour': a place it is for, no topic of a name
        mention = _typed(doc, "ORG", i, end, doc[i:end].text)
        if mention is not None:
            out.append(mention)
    return out


PURPOSE_HEADS = lexicon.words("purpose_name_heads")
PURPOSE_WORDS = 4
"""The longest purpose a name gives after 'to' ('to Counter Russian Disinformation')."""


def purpose_named_bodies(doc: Any) -> list[Mention]:
    """'the Foundation to Battle Injustice', 'the Committee to Protect Journalists': a body
    named for its purpose, a capitalised head, 'to' and a capitalised verb phrase, is one
    organisation (the model splits it at 'to' or drops it)."""
    out = []
    for to in tokens_written(doc, frozenset({"to"})):
        head = doc[to.i - 1] if to.i > 0 else None
        if head is None or not head.is_title or head.lower_ not in PURPOSE_HEADS \
                or to.i + 2 > len(doc) or not doc[to.i + 1].is_title \
                or doc[to.i + 1].ent_type_ in ("GPE", "PERSON", "DATE") \
                or doc[to.i + 1].dep_ == "pobj" and doc[to.i + 1].head.i == to.i:
            continue  # 'the Council to Northland': a place it is sent to, no purpose
        end = to.i + 1
        while end < len(doc) and end - to.i <= PURPOSE_WORDS and doc[end].is_title \
                and "\n" not in doc[end - 1].whitespace_:
            end += 1
        after = doc[end].text if end < len(doc) else ""
        if len(after) > 1 and after.isupper() or any(ch.isdigit() for ch in after):
            continue  # 'Campaign to Drop 1MDB Investigation': a heading's words run on
        start = head.i
        while start > 0 and head.ent_iob_ == "I" and doc[start - 1].is_title \
                and doc[start - 1].ent_iob_ in ("B", "I") and head.i - start < 2:
            start -= 1  # 'the Global Fund to ...', as the model tagged the name's start
        text = doc[start:end].text
        out.append(Mention(start, end, text, "ner", text, "Organization",
                           key=normalize_name(text), source="ner"))
    return out


GLUED_LABEL_WORDS = glued_label_words()


def _past_glued_label(doc: Any, start: int, end: int) -> int:
    """'FounderYevgeny Prigozhin', 'Political partyCommunist Party of China': a flattened
    infobox's label glued to its value (split off by the tokenizer) is no part of the
    name the model tags across both."""
    if start + 1 < end and not doc[start].whitespace_ and doc[start].text in GLUED_LABEL_WORDS \
            and doc[start + 1].text[:1].isupper():
        return start + 1
    return start


def _before_date(doc: Any, start: int, end: int) -> int:
    """'Regulation 2025/535 of the European Parliament and of the Council of 18 March 2025':
    the date an act was made on is no part of the body's name."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ == "of" and (doc[i + 1].lower_ in MONTHS or doc[i + 1].like_num
                                      and i + 2 < end and doc[i + 2].lower_ in MONTHS):
            return i
    return end


def _numbered_name(doc: Any, start: int, end: int) -> bool:
    """'the 48 Group Club', 'the 1922 Committee': a number between 'the' and a capitalised
    name is the name's first word (a year would be written without 'the'). Not when a
    common noun follows the name: 'the 2019 Democratic Progressive Party presidential
    primary' is the primary's year, 'the' is the primary's."""
    return start >= 2 and doc[start - 1].text.isdigit() and doc[start - 2].lower_ == "the" \
        and "\n" not in doc[start - 2].whitespace_ + doc[start - 1].whitespace_ \
        and doc[start].is_title \
        and not (end < len(doc) and doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ"))


def _after_nickname(doc: Any, start: int, end: int) -> int:
    """'“Harry” Lu Jianwang': a quoted nickname before the name is not part of it (the
    model starts the name inside the quotation marks)."""
    for i in range(start, min(end - 1, start + 3)):
        if doc[i].text in CLOSING_QUOTES:
            return i + 1
    return start


def _before_riding(doc: Any, start: int, end: int) -> int:
    """'Member of the Ontario Provincial Parliament for Trinity': the seat's place after
    'for' is no part of the legislature's name."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ == "for" and doc[i - 1].lower_ in LEGISLATURE_HEADS:
            return i
    return end


BODY_HEADS_BEFORE_COLON = {"committee", "commission", "inquiry", "subcommittee", "council"}


def _body_before_colon(doc: Any, start: int, end: int) -> int:
    """'Report of the Select Committee on Foreign Interference: Summary of findings': a
    committee's name ends at the colon of its report's title (the author, named before
    the part's heading); any other name run over a colon is a title's, none (`start`)."""
    colon = next(i for i in range(start, end) if doc[i].text == ":")
    words = {t.lower_ for t in doc[start:colon]}
    return colon if words & BODY_HEADS_BEFORE_COLON else start


def _before_topic(doc: Any, start: int, end: int) -> int:
    """'Resolution of the Senate of the Parliament of the Czech Republic on Relations
    between ...': what a house's name is followed by after 'on' is its text's topic (a
    house's committee 'on' something keeps it: 'Committee on Foreign Affairs')."""
    if start >= end or doc[start].lower_ not in LEGISLATURE_HEADS \
            or any(t.lower_ in ("committee", "subcommittee", "commission") for t in doc[start:end]):
        return end
    return next((i for i in range(start + 2, end) if doc[i].lower_ == "on"), end)


SEAT_NOUNS = {"riding", "constituency", "electorate", "division"}


def _riding(doc: Any, start: int, end: int) -> bool:
    """A riding's name: joined to the next place by an em dash ('Surrey—Newton', as
    Canadian ridings are written), or after 'riding of' (never 'the seat of X': a person's)."""
    if end + 1 < len(doc) and doc[end].text == "—" and doc[end + 1].is_title:
        return True  # (not 'Jane Roe—known for her novels—': a dash of an aside)
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in SEAT_NOUNS


def _past_verb(doc: Any, start: int, end: int) -> int:
    """'Salvini denies League Party received ...': in a headline the model runs a name over
    a lower-case verb into the next; no name holds one, so the name starts after it."""
    verb = next((i for i in range(end - 2, start, -1) if doc[i].pos_ in ("VERB", "AUX")
                 and doc[i].is_lower and doc[i].is_alpha), None)
    return start if verb is None else verb + 1


ENVOY_WORDS = lexicon.words("envoy_title_words")


def _before_envoy(doc: Any, start: int, end: int) -> int:
    """'United States Chargé d'Affaires', 'Russian Ambassador': where an envoy's title
    begins inside a span the model tagged as a body, the body's name ends."""
    return next((i for i in range(start + 1, end) if doc[i].lower_ in ENVOY_WORDS), end)


JOINED_BODY_HEADS = lexicon.words("joined_body_heads")


def _body_for_body(doc: Any, end: int, taken: set[int]) -> int:
    """'the European Research Centre for the Club of Rome': a body's name ending in its
    head word, then 'for' or 'of' ('the') and a name the model tagged as another body, is
    one longer name; the model often cuts it at 'for'. Never before a country ('the
    Office of Canada'): that is whose the body is."""
    if end < 1 or doc[end - 1].lower_ not in JOINED_BODY_HEADS or end + 1 >= len(doc) \
            or doc[end].lower_ not in ("for", "of"):
        return end
    start = end + 1  # (the model's span may open with the 'the')
    if doc[start].ent_iob_ != "B" and doc[start].lower_ == "the":
        start += 1
    if start >= len(doc) or doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "ORG":
        return end
    stop = start + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I" and "\n" not in doc[stop].text:
        stop += 1  # (to the line's end: the model's span may run over it)
    if "\n" in doc[end - 1:stop].text:
        return end
    taken.add(start)
    return stop


def _titled_work(doc: Any, start: int) -> bool:
    """A name right after a work's noun ('the book Spies and Lies', 'his book, Spies and
    Lies,'): the work's title."""
    before = start - 2 if start >= 2 and doc[start - 1].text == "," else start - 1
    return before >= 0 and doc[before].lower_ in TITLED_WORK_NOUNS and doc[before].is_lower


def _residence(doc: Any, start: int) -> bool:
    """'Jane Roe, 59, of Eastport, Florida': after a person's age set off by commas, 'of'
    opens the place the person lives in (the formula of court releases and crime news),
    never an employer; the model often takes a town's name for a body's or a person's."""
    return start >= 1 and doc[start - 1].lower_ == "of" and age_in_commas(doc, start - 4)


def _measure_title_verb(doc: Any, word: Any) -> bool:
    """'Commending the Department of Justice for ...' opening a measure's title (its line,
    or after the number's colon): the gerund says what the measure does, no name's word."""
    return word.lower_.endswith("ing") and word.text[:1].isupper() \
        and word.i + 1 < len(doc) and doc[word.i + 1].is_lower and (
            opens_line(word) or word.i > 0 and doc[word.i - 1].text.endswith(":"))
    # (the model may tag the gerund a proper noun inside the name it runs over; a lower-case
    # word after it, 'Commending the', is no name's second word)


PARTY_GROUP_HEADS = lexicon.words("party_group_heads")


def _names_party(doc: Any, start: int, end: int) -> bool:
    """'the Conservative Party': a party's short label is its name's first word here, not a
    label before someone else's name ('Conservative MP Jane Roe'); so in a group's named
    after it ('Conservative Friends of Russia')."""
    if start + 1 < end and doc[start + 1].lower_ in PARTY_GROUP_HEADS \
            and doc[start + 1].text[:1].isupper():
        return True
    return start + 1 < end and doc[start + 1].lower_ == "party" and (
        start + 2 == end or doc[start + 2].lower_ == "of")  # not 'Labour Party Cash for ...'



def _trailing(last: Any) -> bool:
    """A possessive 's, punctuation, a conjunction, a preposition or an article: no end
    of a name."""
    return last.tag_ == "POS" or last.is_punct or last.pos_ in ("CCONJ", "ADP", "DET")


TITLE_LEADS = ("prime", "high", "public", "safety")
"""Words that begin a title ('Prime Minister', 'Public Safety Minister') before a name."""


def _opens_title(doc: Any, start: int, end: int) -> bool:
    """'Prime Minister X', 'Public Safety Minister X': a title's first words before a name
    (or a portfolio's: 'Minister for the Public Service'); 'public security' with no title
    after it names China's police, 'a Public Security Bureau of China'; 'High' opens a
    title only before one ('High Commissioner X'), not in 'the High Court of Hong Kong'."""
    if doc[start].lower_ == "high":
        return start + 1 < end and (doc[start + 1].lower_ in lexicon.TITLE_ROLES
                                    or doc[start + 1].lower_ == "representative")
    return not (doc[start].lower_ == "public" and start + 1 < end
                and doc[start + 1].lower_ == "security"
                and not any(doc[i].lower_ in lexicon.TITLE_ROLES for i in range(start + 2, end)))


def _leads_title(doc: Any, start: int, end: int) -> bool:
    """'Foreign Minister Joly': 'Foreign' starts a title to drop; in 'the Foreign Office' or
    'the Foreign Ministry' it is part of the body's name."""
    return start + 1 < end and doc[start + 1].lower_ in lexicon.TITLE_ROLES


def _past_of(doc: Any, ent: Any) -> int:
    """'the Canadian Friends of' + 'Hong Kong': the small model often ends an organisation
    before the place its name ends with; the proper nouns after a final 'of' are its own."""
    end = _listed_remit(doc, ent)
    if doc[end - 1].lower_ != "of":
        return end
    if end + 1 < len(doc) and doc[end].lower_ == "the" and doc[end + 1].pos_ == "PROPN":
        end += 1  # 'the State Security Department of' + 'the Republic of Lithuania'
    while end < len(doc) and (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                              or doc[end].lower_ == "of" and end + 1 < len(doc)
                              and doc[end + 1].pos_ == "PROPN") \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return end


REMIT_WORDS = ("committee", "commission", "subcommittee", "ministry", "department")


def _listed_remit(doc: Any, ent: Any) -> int:
    """'Senate Committee on Women, Children, Family Relations and Gender Equality': a body's
    remit listed with commas runs past the model's cut to the last capitalised item after
    'and' (else 'Gender Equality' became a person)."""
    end = ent.end
    if not any(t.lower_ in REMIT_WORDS for t in ent) or end + 2 >= len(doc) \
            or doc[end].lower_ != "and" or "," not in ent.text:
        return end
    stop = end + 1
    while stop < min(end + 5, len(doc)) and doc[stop].text[:1].isupper() \
            and doc[stop].is_alpha and "\n" not in doc[stop - 1].whitespace_:
        stop += 1
    return stop if stop > end + 1 else end


def _given_names(doc: Any, start: int, party_aliases: dict[str, Any],
                 demonyms: dict[str, Any], head: Any = None, leading: bool | None = None
                 ) -> int:
    """'Ivy Li', 'Doreen Assaad': the small model often tags only the surname (or leaves
    out a first given name it read as a noun: 'Angus Brendan MacNeil' opening a
    biography); the capitalised words compounded onto the name (not titles, places or
    parties) are the given names. `head`: the name's head word when it is not its first;
    `leading`: only a lead's first word before a name of two or more (the default when a
    head is given)."""
    leading = head is not None if leading is None else leading
    head = doc[start] if head is None else head
    first = start
    while first > max(start - 2, 0):
        token = doc[first - 1]
        low = token.lower_
        proper = token.pos_ == "PROPN" and not leading or leading and _titled_lead(token)
        same_name = token.head.i == head.i or leading and head.dep_ == "compound" \
            and token.head.i == head.head.i  # 'Han Peng Dong MP': all compounds of 'MP'
        tagged = token.ent_type_ and not (leading and token.ent_type_ == "NORP")
        if not proper or token.dep_ != "compound" or not same_name \
                or not token.is_alpha or not token.text[:1].isupper() or token.is_upper \
                or low in lexicon.TITLE_ROLES or low in lexicon.HONORIFICS \
                or low in party_aliases or low in demonyms or tagged \
                or token.text in lexicon.COUNTRIES or "\n" in token.whitespace_:
            break
        first -= 1
    return first


def _one_word(doc: Any, start: int, end: int) -> bool:
    """'Kalniņa-Lukaševica': a hyphenated surname the model splits into tokens is one word."""
    return end - start >= 3 and all(not doc[i].whitespace_ for i in range(start, end - 1)) \
        and all(doc[i].text == "-" for i in range(start + 1, end - 1, 2))


def _titled_lead(token: Any) -> bool:
    """The first word of a lead paragraph that the document's title line also shows ('Angus
    MacNeil' over 'Angus Brendan MacNeil (born 1970) is ...'): a given name, whatever the
    model tagged it, and never a title such as 'Speaker'."""
    doc = token.doc
    if token.i == 0 or "\n" not in doc[token.i - 1].text_with_ws \
            or token.lower_ in TITLE_WORDS:
        return False
    text = text_of(doc)
    title_end = text.find("\n")
    return 0 < title_end < token.idx and token.text in text[:title_end].split()


def _a_named_surname(doc: Any, word: str) -> bool:
    """'Wu and Kovac are charged' after 'Wu Peilin and Marta Kovac': a word of two or three
    letters alone is a person only as a word of a person the text names in full (elsewhere
    it is an initialism or a stray token)."""
    return word.istitle() and word.isalpha() and any(
        ent.label_ == "PERSON" and len(ent) >= 2 and any(t.text == word for t in ent)
        for ent in doc.ents)  # (the model may take in a nickname: '"Sam" Wu Peilin')


LAW_BRACKET_WORDS = 12
"""How far a bracketed part of a law's title may run ('(Espionage and Foreign Interference)')."""


def _bracketed_law(doc: Any, start: int, end: int) -> bool:
    """'the Foreign Interference (Countermeasures) Act 2021', 'the Crimes (Foreign
    Interference) Amendment Act': a title with a bracketed part, cut by the model at the
    bracket, is a law's; its kind comes after the closing bracket, two words on at most."""
    opening = next((t.i for t in doc[start:min(end + 1, len(doc))] if t.text == "("), None)
    if opening is None:
        return False
    closing = next((t.i for t in doc[opening + 1:min(opening + LAW_BRACKET_WORDS, len(doc))]
                    if t.text == ")"), None)
    return closing is not None and any(
        t.text in LAW_KINDS for t in doc[closing + 1:min(closing + 4, len(doc))])


def _typed(doc: Any, label: str, start: int, end: int, text: str) -> Mention | None:
    if label == "PERSON":
        if not _looks_like_name(doc[start:end]) \
                or (end - start == 1 and len(text) <= 3 and not _a_named_surname(doc, text)) \
                or all(t.lower_ in TITLE_WORDS for t in doc[start:end]) \
                or doc[end - 1].lower_ in PAPER_WORDS:  # 'the Clerk', 'Joint Statement'
            return None
        subject = biography_subject(doc)
        name = subject if subject and _named_otherwise(doc, start, subject) \
            else person_name(text)  # 'Tatjana Ždanoka or Tatyana Zhdanok': one person
        return Mention(start, end, text, "ner", name, "Person", source="ner")
    if label == "GPE":
        if text in lexicon.COUNTRIES:
            return Mention(start, end, text, "ner", text, "State",
                           key=normalize_name(text), source="ner")
        return None
    if doc[start].lower_ == "minister" or doc[end - 1].text in LAW_KINDS \
            or end < len(doc) and doc[end].text in LAW_KINDS or _bracketed_law(doc, start, end) \
            or doc[end - 1].lower_ in COURT_TITLES or any(t.text == "Hansard" for t in
                                                           doc[start:end]):
        return None  # 'the Canada Evidence Act' is a law (an actor only when made, see
        # `find._proposed_laws`, whatever part of its name the model tagged), 'House of
        # Commons Hansard' a record
    if doc[start].lower_ in CONSTITUENCY_WORDS and end - start > 2 \
            and doc[start + 1].lower_ == "of":
        return None  # 'Division of Chisholm', 'Electorate of X': a constituency, a place
    if (text[4:] if text.lower().startswith("the ") else text) in lexicon.REGIONS:
        return None  # 'the New South Wales branch': a place, whatever the model's label
    if cited_instrument(doc[start:end]):
        return None  # 'the Treaty on European Union': an instrument the text cites
    node_type = _org_type(doc[start:end])
    if node_type is None and _described_as_person(doc[start:end]):
        return Mention(start, end, text, "ner", person_name(text), "Person", source="ner")
        # ('María del Luján Telpuk, the airport police officer who ...': the model's body)
    if node_type is None:
        return None
    if node_type == "Organization" and end < len(doc) and doc[end].lower_ == "party":
        node_type = "Party"  # 'the United Russia party': the name without its head word
    if node_type == "Organization" and _described_as_person(doc[start:end]):
        return Mention(start, end, text, "ner", text, "Person", source="ner")
    name = text[4:] if text.lower().startswith("the ") else text
    return Mention(start, end, text, "ner", name, node_type, key=normalize_name(name),
                   source="ner")


LAW_KINDS = {"Act", "Bill"}
INSTRUMENT_HEADS = lexicon.words("instrument_heads")


def head_type(words: list[str]) -> str:
    """The kind a defined name's head word gives ('... Registration Act' is a law)."""
    if words and words[-1] in LAW_KINDS:
        return "Bill"
    if words and words[0].lower() in NATIVE_PARTY_WORDS:
        return "Party"  # 'Parti Amanah Selatan (PAS)'
    kind = _head_phrase(words)  # 'Security Intelligence Organisation'
    if kind:
        return kind
    for word in reversed(words):
        kind = lexicon.ORG_HEAD_TYPES.get(word.lower())
        if kind is not None:
            return kind
    return "Organization"


def _head_phrase(words: list[str]) -> str | None:
    """The kind two head words give together, the second capitalised ('News Agency' is an
    outlet, 'Intelligence Organisation' an agency), before any one head word is read."""
    for first, second in zip(words, words[1:], strict=False):
        kind = lexicon.ORG_HEAD_PHRASES.get(f"{first.lower()} {second.lower()}")
        if kind and second[:1].isupper():
            return kind
    return None


TITLE_TAILS = {"charge"}
"""Last words of a title that are no title alone: 'Assistant Director in Charge X'."""
GREETING_WORDS = lexicon.words("greeting_words")
"""'Morning Sally': a greeting the model may take into the name after it."""


def _after_titles(doc: Any, start: int, end: int) -> int:
    """'Affairs Minister Mélanie Joly' -> 'Mélanie Joly': a name starts after its last
    title; 'Morning Sally' -> 'Sally': after a greeting that opens it."""
    if end - start > 1 and doc[start].lower_ in GREETING_WORDS:
        start += 1
    for i in range(end - 2, start - 1, -1):
        low = doc[i].lower_
        if low in lexicon.TITLE_ROLES or low in lexicon.HONORIFICS or low in TITLE_TAILS \
                or _plural_title(doc[i]):
            return i + 1  # ('Assistant U.S. Attorneys Jane Roe and ...': a plural title too)
    return start


CONSTITUENCY_WORDS = lexicon.words("constituency_nouns")
COURT_TITLES = {"magistrate", "judge", "attorney", "prosecutor"}
"""'United States Magistrate (Judge X)': an office the model tags as an organisation."""


def _first_line(doc: Any, start: int, end: int) -> tuple[int, int]:
    """An entity never runs over a line break (headings, lists, signatures)."""
    for i in range(start, end):
        if "\n" in doc[i].text or (i < end - 1 and "\n" in doc[i].whitespace_):
            return start, i + (0 if "\n" in doc[i].text else 1)
    return start, end


def _looks_like_name(span: Any) -> bool:
    words = [t for t in span if not t.is_punct]
    if not words or not words[0].text[:1].isupper():
        return False
    if len(words) > 5 or any(t.like_num for t in words):
        return False
    if len(words) > 1 and all(t.is_upper for t in words):
        return False  # an all-caps heading
    return all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES or _hyphen_part(t)
               for t in words)


def _hyphen_part(token: Any) -> bool:
    """'uk' of 'Hyong-uk', 'hye' of 'Geun-hye': the second part of a hyphenated given name
    is written in lower case."""
    return token.i >= 2 and token.doc[token.i - 1].text == "-" \
        and not token.doc[token.i - 1].whitespace_ and not token.doc[token.i - 2].whitespace_ \
        and token.doc[token.i - 2].text[:1].isupper() and token.is_alpha


HEAD_ENDS = {"of", "for", "on"}
"""Words after an English name's head noun: 'Intelligence and Security Committee of
Parliament', 'Commission on Foreign Interference'."""


def cited_instrument(span: Any) -> bool:
    """'the Treaty on European Union', 'the Charter of Fundamental Rights': a name headed by
    an instrument's kind names a text, no actor, whatever the model tagged it."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and _head_word(words).text in INSTRUMENT_HEADS


def _head_cut(words: list[Any]) -> int:
    """Where an English name's head ends: before its first 'of', 'for' or 'on'."""
    return next((i for i, t in enumerate(words) if t.lower_ in HEAD_ENDS and i > 0), len(words))


def _head_word(words: list[Any]) -> Any:
    """The head of an English name: its last word before 'of', 'for' or 'on'."""
    return words[_head_cut(words) - 1]


CONFINEMENT_HEADS = lexicon.words("confinement_heads")
CONFINEMENT_WORDS = lexicon.words("confinement_words")
BUILDING_HEADS = lexicon.words("building_heads")
PLACE_AFTER_NOUNS = lexicon.words("place_after_nouns")
TITLED_WORK_NOUNS = lexicon.words("titled_work_nouns")


def _confinement(span: Any) -> bool:
    """'Tallahassee Federal Correctional Institution': a prison is where, not who."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and _head_word(words).lower_ in CONFINEMENT_HEADS \
        and any(t.lower_ in CONFINEMENT_WORDS for t in words)


def _document_title(span: Any) -> bool:
    """'Special Report on Foreign Interference in Parliament', 'EU Association Agreement',
    'Singapore Permanent Residence': the head noun is a paper's or a right's, whatever the
    words after it name."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and _head_word(words).lower_ in DOCUMENT_HEADS | STATUS_HEADS


TITLE_JOINERS = {"of", "on", "in", "and", "the", "for", "to", "'s", "-", "—", "–"}


TITLE_DEPTH = 3
"""Words into a paper's topic after which a capitalised run is the title's, not a name."""


def _document_title_words(doc: Any) -> dict[int, int]:
    """The words of a topic after a capitalised document head ('Report on Foreign
    Interference in Canada’s Democratic Processes and Institutions'), up to the first word
    no title holds, each with its place in the topic. 'Report of the X Committee' or 'by
    X' names its author, a body."""
    cached = doc.user_data.get("figraph_title_words")
    if cached is not None:
        return cached  # read once: names and the people listed with a name both ask
    inside: dict[int, int] = doc.user_data.setdefault("figraph_title_words", {})
    for token in tokens_written(doc, DOCUMENT_HEADS):
        if not token.is_title \
                or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in ("on", "into"):
            continue
        i = token.i + 1
        while i < len(doc) and "\n" not in doc[i - 1].whitespace_ and (
                doc[i].is_title or doc[i].is_upper or doc[i].lower_ in TITLE_JOINERS):
            inside[i] = i - token.i - 1
            i += 1
    return inside


def _org_type(span: Any) -> str | None:
    words = [t for t in span if t.is_alpha]
    if not words:
        return None
    if len(words) == 1 and ACRONYM.match(words[0].text):
        return "Media" if words[0].text in lexicon.MEDIA_ACRONYMS else "Organization"
    kind = _head_phrase([t.text for t in words])  # 'Yonhap News Agency'
    if kind:
        return kind
    cut = _head_cut(words)
    for token in [*reversed(words[:cut]), *reversed(words[cut:])]:  # the head comes before
        kind = lexicon.ORG_HEAD_TYPES.get(token.lower_)  # 'of': 'Committee of Parliament'
        if kind and token.text[:1].isupper():  # is a committee, 'Parliament of X' one
            return kind
    named = len(words) > 1 and all(t.text[:1].isupper() or t.is_stop for t in words)
    return "Organization" if named else None


ORG_DESCRIPTIONS: dict[str, str] = lexicon.table("described_org_nouns")
"""Nouns of an apposition that say what a name the model missed is: 'Tenet Media, a
company founded by ...'."""


MISREAD_NAMES = ("", "PERSON", "LOC", "GPE", "ORG")
"""Model tags a name described as a company may carry and still be the company's."""


def described_orgs(doc: Any, keyed: list[Any]) -> list[Mention]:
    """'Tenet Media, a company run by X': a capitalised name the statistical model did not
    tag, described by an apposition as a company, group or outlet, is an organisation."""
    out = []
    for noun in keyed:
        kind = description_kind(noun)
        name = noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" \
            else _name_before_comma(noun)
        # a place the model saw in the name ('ADIT North America, a consulting firm') is
        # part of it: a firm is no place
        if kind is None or name is None or name.pos_ != "PROPN" or not noun.is_lower \
                or name.ent_type_ not in MISREAD_NAMES and not _lettered_number(name) \
                or not name.text[:1].isupper():
            continue
        start = name.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i \
                and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].ent_type_ in MISREAD_NAMES:
            start -= 1
        if name.i - start > 4 or "\n" in doc[start:name.i + 1].text:
            continue
        text = doc[start:name.i + 1].text
        if text.lower() in lexicon.JUNK_NAMES or text.lower() in lexicon.NON_ACTOR_NAMES:
            continue
        out.append(Mention(start, name.i + 1, text, "ner", text, kind,
                           key=normalize_name(text), source="ner"))
    return out


def _lettered_number(token: Any) -> bool:
    """'A7, a company with ties to Moscow': letters and digits the model reads as a number."""
    return token.ent_type_ == "CARDINAL" and any(c.isalpha() for c in token.text) \
        and any(c.isdigit() for c in token.text)


def _name_before_comma(noun: Any) -> Any | None:
    """'the Interfront, a united front opposing ...' when the parser leaves the description
    elsewhere ('dep', or the attribute of a verb before): the name right before its comma."""
    i = noun.left_edge.i
    if noun.dep_ not in ("appos", "dep", "attr", "conj", "npadvmod") or i < 2 \
            or noun.doc[i - 1].text != "," \
            or noun.doc[noun.left_edge.i].lower_ not in ("a", "an"):
        return None
    return noun.doc[i - 2]


NAMED_BY_NOUN = lexicon.table("named_by_noun")
NAMING_NOUNS = {key.split()[-1] for key in NAMED_BY_NOUN}
NOT_BODY_TAGS = {"GPE", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                 "LAW", "EVENT", "LANGUAGE"}
"""Model tags of words after a noun that are no body's name ('the company Monday',
'a group Beijing controls')."""
MAX_NAMED_WORDS = 4


CAPITAL_NOUNS = {"NGO"}
"""Common nouns written in capitals ('the NGO Justice First')."""


def _naming_noun(noun: Any) -> str | None:
    """The kind of body a lowercase noun before a name says it is ('threat actor',
    'group'), else None."""
    if not (noun.is_lower or noun.text in CAPITAL_NOUNS) or noun.lower_ not in NAMING_NOUNS:
        return None
    return _naming_noun_word(noun, noun.lower_)


LIST_OPENERS = {"including", "as"}
MAX_LISTED = 12


def _listed_kind(token: Any) -> str | None:
    """'several cybersecurity firms, Harbourline, Fidelis, and Mandiant', 'companies such
    as Fidelis': a name listed after a plural noun of a kind of body is such a body (the
    model may read a one-word company's name as a person's)."""
    for _ in range(MAX_LISTED):
        if token.dep_ != "conj" or token.head.tag_ == "NNS":
            break
        token = token.head
    head = token.head  # (a conjunct: the parser may join the names to the noun itself)
    if token.dep_ == "pobj" and head.lower_ in LIST_OPENERS:
        head = head.head.head if head.lower_ == "as" and head.head.lower_ == "such" \
            else head.head
    elif token.dep_ not in ("conj", "appos"):
        return None
    if head.tag_ != "NNS" or not head.is_lower:
        return None
    kind = _naming_noun_word(head, singular(head.lower_))
    return kind if kind in ("Organization", "Media") else None


def _naming_noun_word(noun: Any, word: str) -> str | None:
    """The kind of body a noun (by its singular `word`) names, with the word before it."""
    before = noun.doc[noun.i - 1].lower_ + " " if noun.i > 0 else ""
    return NAMED_BY_NOUN.get(before + word) or NAMED_BY_NOUN.get(word)


def _destination(doc: Any, start: int, end: int, surnames: set[str]) -> bool:
    """One word after 'to' or 'from' on a trip ('the visit to Rotterdam', 'travelled to
    Riga', 'arrived from Minsk'): where one goes, unless it is someone's surname here."""
    if end - start != 1 or doc[start].text in surnames:
        return False
    prep = doc[start].head
    return doc[start].dep_ == "pobj" and prep.lower_ in ("to", "from") \
        and lemma(prep.head.lower_) in TRIP_WORDS


TRIP_WORDS = lexicon.words("trip_words")


def _acronym_before_name(doc: Any, start: int, end: int) -> bool:
    """'EYP Ioannis Corantis': a person span the model opened with a body's capitals (two
    to six letters) before two or more capitalised words."""
    if end - start < 3:
        return False  # (a span stripped to nothing may start past the document's end)
    first = doc[start]
    return first.is_alpha and first.text.isupper() \
        and 2 <= len(first.text) <= 6 and first.lower_ not in lexicon.HONORIFICS \
        and first.lower_ not in lexicon.TITLE_WORDS and first.lower_ not in POST_NOMINALS \
        and first.ent_type_ == "PERSON" and not first.like_num \
        and all(t.is_title for t in doc[start + 1:end])


def names_next(doc: Any, noun: Any) -> bool:
    """Whether a lowercase kind-of-body noun labels the name right after it ('the
    broadcaster NRK'): then it is no anaphora of a body named before."""
    return _naming_noun(noun) is not None and noun.i + 1 < len(doc) \
        and _name_word(doc[noun.i + 1])


def noun_named_bodies(doc: Any, keyed: list[Any]) -> list[Mention]:
    """'the hacking group Star Blizzard', 'the threat actor APT31', 'the outlet Pravda
    Network': capitalised words right after a noun saying what kind of body they name are
    that body's name, typed by the noun, whether the model tagged a person there or
    nothing at all (it does both)."""
    out = []
    for noun in keyed:
        kind = _naming_noun(noun)
        if kind is None:
            continue
        end = noun.i + 1
        while end < len(doc) and end - noun.i <= MAX_NAMED_WORDS and _name_word(doc[end]):
            end += 1
        if end == noun.i + 1 and kind == "Media" and end < len(doc) \
                and DOMAIN.fullmatch(doc[end].text):
            end += 1  # 'told the website geenius.ee': an outlet named by its address
        words = doc[noun.i + 1:end]
        if not words or "\n" in words.text or any(t.ent_type_ in NOT_BODY_TAGS for t in words):
            continue
        text = words.text
        if text.lower() in lexicon.JUNK_NAMES or text.lower() in lexicon.NON_ACTOR_NAMES \
                or text.lower() in lexicon.ANAPHORA:
            continue
        out.append(Mention(words.start, words.end, text, "ner", text, kind,
                           key=normalize_name(text), source="ner"))
    return out


DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,40})*\.[a-z]{2,6}")
"""An outlet's address as its name: 'geenius.ee', 'meduza.io'."""


def _name_word(token: Any) -> bool:
    """A word of a body's name: capitalised, letters and digits ('APT31', 'Star')."""
    return token.text[:1].isupper() and token.text.isalnum() and not token.is_sent_start \
        and token.text != "I" and token.pos_ in ("PROPN", "NOUN", "X", "ADJ")


NAME_JOINERS = {"for", "of", "and", "&"}
"""Small words inside a party's name: 'Alternative for Germany', 'Law and Justice'."""
MAX_PARTY_WORDS = 6


def named_parties(doc: Any, keyed: list[Any], demonyms: dict[str, Any]) -> list[Mention]:
    """'the Alternative for Germany party', 'the Law and Justice party': capitalised words
    before a lowercase 'party' name one, whether or not the model tagged them (it often
    cuts 'Alternative for Germany' to the country). A demonym alone ('the German party')
    or a leader's possessive ("Orbán's party") names none."""
    out = []
    for token in keyed:
        if token.text != "party" or token.i == 0 or not doc[token.i - 1].text[:1].isupper():
            continue  # 'Huber and party member Maier': no name ends in a joiner
        start = token.i
        while start > 0 and token.i - start < MAX_PARTY_WORDS and (
                doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                or doc[start - 1].lower_ in NAME_JOINERS and start > 1
                and doc[start - 2].text[:1].isupper()):
            start -= 1
        while start < token.i and (doc[start].lower_ in NAME_JOINERS
                                   or doc[start].tag_ in ("PRP$", "DT", "WP$")):
            start += 1  # 'His party', 'Their party', 'That party': no name
        if _stance(doc, start):
            start += 1  # 'the pro-Moscow Harbour Union party'
        words = [t for t in doc[start:token.i]]
        if not words or words[0].i > 0 and doc[words[0].i - 1].tag_ == "POS" \
                or len(words) == 1 and words[0].lower_ in demonyms \
                or all(w.lower_ in demonyms or w.lower_ in NAME_JOINERS for w in words) \
                or any(w.i == sentence_of(w).start for w in words[:1]) and words[0].lower_ == "the":
            continue
        text = doc[start:token.i].text
        out.append(Mention(start, token.i, text, "ner", text, "Party",
                           key=normalize_name(text), source="ner"))
    return out


NATIVE_PARTY_WORDS = lexicon.words("native_party_words")
NATIVE_NAME_JOINERS = lexicon.words("native_name_joiners")


def native_party_names(doc: Any, keyed: list[Any]) -> list[Mention]:
    """'Parti Islam Se-Malaysia', 'Partido Popular', 'Partei des Demokratischen
    Sozialismus': a capitalised 'party' of another language opens a party's name, which
    runs over capitalised words and the small words between them (the model splits such
    a name or takes its tail for a person)."""
    out = []
    for token in keyed:
        if token.lower_ not in NATIVE_PARTY_WORDS or not token.is_title:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= MAX_PARTY_WORDS and (
                doc[end].text[:1].isupper() and not doc[end].is_punct
                or doc[end].lower_ in NATIVE_NAME_JOINERS and not doc[end - 1].whitespace_
                or doc[end].lower_ in NATIVE_NAME_JOINERS and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper()):
            end += 1
        while end > token.i + 1 and doc[end - 1].lower_ in NATIVE_NAME_JOINERS:
            end -= 1
        if end == token.i + 1:
            continue  # 'Parti' alone names none
        text = doc[token.i:end].text
        out.append(Mention(token.i, end, text, "ner", text, "Party",
                           key=normalize_name(text), source="ner"))
    return out


STANCE_PREFIXES = {"pro", "anti"}


def _stance(doc: Any, i: int) -> bool:
    """'the pro-Moscow party': the word after 'pro-' or 'anti-' says where a party stands,
    it is no part of its name."""
    return i > 1 and doc[i - 1].text in ("-", "‑", "–") and doc[i - 2].lower_ in STANCE_PREFIXES


TITLE_NOUNS = lexicon.TITLE_WORDS


def titled_people(doc: Any, keyed: list[Any]) -> list[Mention]:
    """'Breon Peace, United States Attorney for ...': two or three capitalised words the
    model did not tag, with a title in apposition, are a person's name."""
    out = []
    for noun in keyed:
        name = noun.head
        if noun.lower_ not in TITLE_NOUNS or noun.dep_ != "appos" or name.i > noun.i \
                or name.pos_ != "PROPN" or name.ent_type_ or not name.text[:1].isupper():
            continue
        start = name.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i \
                and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
        words = doc[start:name.i + 1]
        if not 2 <= len(words) <= 3 or "\n" in words.text \
                or any(t.lower_ in TITLE_NOUNS or t.lower_ in lexicon.HONORIFICS for t in words):
            continue
        out.append(Mention(start, name.i + 1, words.text, "ner", words.text, "Person",
                           source="ner"))
    return out


SURNAME_TITLES = lexicon.words("surname_titles")


def titled_surnames(doc: Any, keyed: list[Any]) -> list[Mention]:
    """'FBI Director Wray said', 'by Presidential Spokesperson Manuel Adorni,': one to
    three capitalised words the model did not tag, right after a capitalised title and
    before a word that is no part of a name, are the titled person's name."""
    out = []
    for title in keyed:
        if title.lower_ not in SURNAME_TITLES or not title.text[:1].isupper() \
                or "\n" in title.whitespace_:
            continue
        first = end = _past_portfolio(doc, title.i + 1)
        while end < len(doc) and end - first <= 2 and _untagged_name_word(doc[end]) \
                and doc[end].lower_ not in TITLE_NOUNS and doc[end].lower_ not in NOT_SURNAMES \
                and doc[end].lower_ not in lexicon.PERSON_ROLE_NOUNS:  # ('the Chief
            # Information Officer' is a post)
            end += 1
        after = doc[end] if end < len(doc) else None
        if end == first or after is not None and (
                after.text[:1].isupper() and after.is_alpha
                or after.tag_ == "POS" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
            continue  # ('Director Wray's office' stays; 'Director Wray Smith Jones Lee' is
            # no name the rule can bound)
        text = doc[first:end].text
        out.append(Mention(first, end, text, "ner", person_name(text), "Person",
                           source="ner"))
    return out


ELECTED_TITLES = lexicon.words("elected_titles")
NOT_PARTY_ENTS = ("GPE", "LOC", "NORP", "DATE", "CARDINAL", "PERSON")


def bracketed_parties(doc: Any, candidates: list[Mention]) -> list[Mention]:
    """'Minister of Defence Jane Roe (Harbourline)': one capitalised word in brackets right
    after the name of a titled politician is their party, known or not (a known one is
    the gazetteer's). Only after a politician's title: '(Reuters)' after a reporter or
    '(Eastport)' after a name is no party."""
    taken = {i for m in candidates for i in range(m.start, m.end) if m.type != "Person"}
    out = []
    for person in candidates:
        at = person.end
        if person.type != "Person" or at + 2 >= len(doc) or doc[at].text != "(" \
                or doc[at + 2].text != ")" or at + 1 in taken:
            continue
        word = doc[at + 1]
        if not word.is_alpha or not word.text[:1].isupper() or word.ent_type_ in NOT_PARTY_ENTS \
                or not any(t.lower_ in ELECTED_TITLES
                           for t in doc[max(person.start - 5, 0):person.start]):
            continue
        out.append(Mention(at + 1, at + 2, word.text, "ner", word.text, "Party",
                           key=normalize_name(word.text), source="ner"))
    return out


PORTFOLIO_LEADS = {"foreign", "home", "internal", "national", "public", "and", "the"}
TITLE_TAIL_WORDS = lexicon.words("title_tail_words")


def _past_portfolio(doc: Any, i: int) -> int:
    """After 'Minister', where the name begins: past 'of Defence', 'of Foreign Affairs'
    ('Minister of Defence Jane Roe'), else right after the title."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return i
    if i + 1 < len(doc) and doc[i + 1].lower_ in TITLE_TAIL_WORDS:
        return i + 2  # 'Chief of Staff X'
    j = i + 1
    while j < len(doc) and (doc[j].lower_ in PORTFOLIO_LEADS or doc[j].lower_ in PORTFOLIO_WORDS):
        j += 1
    return j if doc[j - 1].lower_ in PORTFOLIO_WORDS else i


NOT_SURNAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday", "january", "february", "march", "april", "may", "june",
                            "july", "august", "september", "october", "november", "december"}) \
    | frozenset(lexicon.ORG_HEAD_TYPES)
"""Capitalised words after a title that name no one ('Director Thursday', 'Secretary
General Office')."""


def post_nominal_people(doc: Any) -> list[Mention]:
    """'Dominic Grieve QC', 'Jane Roe MP': two or three capitalised words the model did not
    tag, right before the capital letters written after a name, are a person's name."""
    out = []
    for letters in tokens_written(doc, POST_NOMINALS):
        if not letters.text.isupper():
            continue  # 'pc' or 'mp' in running text is no title
        after = doc[letters.i + 1] if letters.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue  # 'former Vlaams Belang MP Frank Creyelman': a title before a name
        start = end = letters.i
        while start > 0 and end - start < 3 and _untagged_name_word(doc[start - 1]):
            start -= 1
        before = doc[start - 1].lower_ if start > 0 else ""
        if before in PARTY_TITLE_OPENERS:
            continue  # 'Former Vlaams Belang MP', 'the Labour MP': a party before a title
        if end - start >= 2 and doc[start].lower_ not in TITLE_NOUNS \
                and doc[start].lower_ not in lexicon.HONORIFICS:
            text = doc[start:end].text
            out.append(Mention(start, end, text, "ner", person_name(text), "Person",
                               source="ner"))
    return out


PARTY_TITLE_OPENERS = {"the", "a", "an", "former", "then", "ex", "fellow", "current", "late",
                       "veteran", "senior", "backbench"}


def _untagged_name_word(token: Any) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper() \
        and token.pos_ == "PROPN" and token.ent_type_ in STRAY_TAGS \
        and "\n" not in token.whitespace_


STRAY_TAGS = {"", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC"}
"""Tags the model gives a name it swallowed into a longer phrase ('the Chair of that
Committee, Dominic Grieve QC' as a work of art): no reading of the name itself."""


DESCRIBED_PERSON_NOUNS = lexicon.words("lead_person_nouns") | lexicon.PERSON_ROLE_NOUNS
NOT_NAME_TAGS = {"ORG", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}
"""What the model tags the last word of a described name when it is no person's name; a
place tag there is the model's slip ('Russian national Natalya Korneva' as a location)."""


def described_people(doc: Any, keyed: list[Any]) -> list[Mention]:
    """'Russian national Natalia Burlinova', 'lobbyist Tony Podesta': two or three
    capitalised words right after a noun that describes a person, and headed by them, are
    that person's name, even where the small model tagged the first name as a place."""
    out = []
    for noun in keyed:
        if noun.lower_ not in DESCRIBED_PERSON_NOUNS or noun.pos_ not in ("NOUN", "ADJ"):
            continue
        words = _name_after(doc, noun)
        if words is not None:
            out.append(Mention(words.start, words.end, words.text, "ner", words.text,
                               "Person", source="ner"))
    return out


def _name_after(doc: Any, noun: Any) -> Any:
    """The capitalised words right after `noun` when they are a name it describes."""
    end = noun.i + 1
    while end < len(doc) and end - noun.i <= 4 and doc[end].pos_ == "PROPN" \
            and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].is_upper:
        end += 1
    words = doc[noun.i + 1:end]
    if not 2 <= len(words) <= 3 or "\n" in words.text:
        return None
    head = words[-1]
    if noun.head.i != head.i or any(t.head.i != head.i for t in words[:-1]) \
            or head.ent_type_ in NOT_NAME_TAGS \
            or any(t.lower_ in TITLE_NOUNS or t.lower_ in lexicon.HONORIFICS for t in words):
        return None
    return words


def listed_people(doc: Any) -> list[Mention]:
    """'AfD leaders Alice Weidel and Tino Chrupalla', 'Tongsun Park and U.S. Congressman
    Richard T. Hanna': two or three capitalised words joined by 'and' (or a comma) to a
    person the model found are a person too, however the model read them (a known
    country or a body's head word among them, and they are not)."""
    out = []
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        for other in ent.root.conjuncts:
            words = _compound_name(doc, other)
            if words is None or any(e.label_ == "PERSON" for e in words.ents):
                continue
            if words.start in _document_title_words(doc):
                continue  # "'Report on Foreign Information Manipulation and ...'": a title
            out.append(Mention(words.start, words.end, words.text, "ner", words.text,
                               "Person", source="ner"))
    return out


def _compound_name(doc: Any, head: Any) -> Any:
    """The two or three capitalised proper nouns ending at `head`, if they read as a name."""
    start = head.i
    while start > 0 and head.i - start < 2 and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == head.i and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start < head.i and _plural_title(doc[start]):
        start += 1  # 'Assistant U.S. Attorneys Vikas Roe and Barry Jonas'
    words = doc[start:head.i + 1]
    if not 2 <= len(words) <= 3 or head.pos_ != "PROPN" or "\n" in words.text \
            or words.text in lexicon.COUNTRIES or not _looks_like_name(words) \
            or any(t.is_upper or not t.is_alpha and t.text[-1:] != "." for t in words) \
            or any(t.lower_ in TITLE_WORDS or t.lower_ in lexicon.ORG_HEAD_TYPES
                   or t.lower_ in PLACE_NAMES or t.ent_type_ not in LISTED_NAME_TAGS
                   or t.lower_ in TOPIC_WORDS for t in words):
        return None  # ('Eastern Europe', 'Central Asia': the model's places)
    return words


def _plural_title(word: Any) -> bool:
    """'Attorneys', 'Senators': a title's plural before the names it is given to."""
    return word.lower_.endswith("s") and word.lower_[:-1] in lexicon.TITLE_ROLES


LISTED_NAME_TAGS = {"", "PERSON", "GPE", "FAC", "PRODUCT"}
"""Model tags a name listed with a person may carry and still be a person's (a building or
a product is seldom listed with a person: 'as Ludwig Gisch and Maria Rosa Munos')."""


HONOURED = lexicon.words("honoured")
POST_NOMINALS = lexicon.words("post_nominals")
"""Letters after a name ('Tony Burke MP', 'Jane Roe KC'): a title, not part of the name."""


def honoured_people(doc: Any, keyed: list[Any]) -> list[Mention]:
    """'the Hon Tony Burke MP', 'Senator the Hon Penny Wong': the capitalised words after
    'Hon' are a person's name even when the small model tags nothing there (ministers'
    releases name every minister so)."""
    out = []
    for hon in keyed:
        if hon.lower_ not in HONOURED:
            continue
        words: list[Any] = []
        titled = False
        for token in doc[hon.i + 1:hon.i + 6]:
            if not words and token.lower_ in lexicon.TITLE_ROLES:
                titled = True  # 'THE HONOURABLE SENATOR Housakos': the title, then the name
                continue
            if token.lower_ in POST_NOMINALS or not token.text[:1].isupper() \
                    or not token.text.replace("-", "").replace("'", "").isalpha() \
                    or token.lower_ in lexicon.HONORIFICS or "\n" in token.whitespace_ and words:
                break
            words.append(token)
        if 2 - titled <= len(words) <= 3:
            start, end = words[0].i, words[-1].i + 1
            out.append(Mention(start, end, doc[start:end].text, "ner", doc[start:end].text,
                               "Person", source="ner", attrs={"honoured": True}))
    return out


def over_honoured(candidates: list[Mention]) -> list[Mention]:
    """The model's organisation or place where 'Hon' names a person ('Senator the Hon
    Penny Wong' tagged ORG) gives way to the person."""
    people = [(m.start, m.end) for m in candidates if m.attrs.get("honoured")]
    return [m for m in candidates if not (m.kind == "ner" and m.type != "Person" and any(
        m.start < end and start < m.end for start, end in people))]


PERSON_DESCRIPTIONS = lexicon.PERSON_ROLE_NOUNS | lexicon.words("person_descriptions")
"""A name the model calls an organisation is a person's when an apposition or the noun
before it says it is one ('Aleksandr Torshin, a former member of ...', 'X, deputy governor
of ...', 'the oligarch X')."""


def _described_as_person(span: Any) -> bool:
    if any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in span) or not 2 <= len(span) <= 4:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in PERSON_DESCRIPTIONS \
            and span.doc[span.start - 1].pos_ == "NOUN":
        return True  # 'the fugitive oligarch Ilan Shor', 'lobbyist Jane Roe'
    for appos in (c for c in span.root.children if c.dep_ == "appos"):
        if any(p.lower_ in PERSON_DESCRIPTIONS for p in (appos, *appos.conjuncts)):
            return True
    return False


REGION_WORDS = lexicon.words("desk_region_words") | lexicon.words("compass_words")
"""Words of a region's name ('Eastern Europe', 'Central Asia', 'the Asia-Pacific')."""


def _place_described_as_person(ent: Any) -> bool:
    """'Dominic Hampshire, an adviser to X': a name the model took for a place, in
    apposition with a noun that only a person is; 'A, Ina Fuchs and B': listed among
    people's names."""
    if ent.label_ not in ("GPE", "LOC") or ent.text in lexicon.COUNTRIES \
            or not all(t.is_title for t in ent) or not 2 <= len(ent) <= 3 \
            or any(t.lower_ in REGION_WORDS for t in ent):
        return False  # ('Eastern Europe', 'Central Asia': regions, whoever is listed beside)
    root = ent.root
    listed = [root.head] if root.dep_ == "conj" else []
    listed += [c for c in root.children if c.dep_ == "conj"]
    return _described_as_person(ent) or any(t.ent_type_ == "PERSON" for t in listed)


def _described_as_org(token: Any) -> bool:
    """'Northlake Digital, a company': a lowercase noun in apposition (a capitalised one is
    part of a body's name: 'X, the Director-General, Australian Security Intelligence
    Organisation')."""
    return any(c.dep_ == "appos" and c.lower_ in ORG_DESCRIPTIONS and c.is_lower
               for c in token.children)


BORN = re.compile(r"\(\s*(?:[^()]*;\s*)?(?:born|b\.)\s|\bborn\s+(?:on\s+)?\d|"
                  r"^[^.]*?\b(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}(?:politician|"
                  r"businessman|businesswoman|lawyer|journalist|diplomat|activist|"
                  r"official|officer|spy|agent|academic|scientist|lobbyist|analyst|judge|"
                  r"professor|researcher|engineer|executive|entrepreneur|banker|soldier|"
                  r"senator|legislator|mayor|statesman|stateswoman)\b")
"""A lead saying its subject was born, or is 'a Latvian politician': a person's biography."""


def biography_subject(doc: Any) -> str | None:
    """The name a biography's title line gives alone when its lead, opening with that name,
    says the subject was born or is a politician ('Tatjana Ždanoka' over 'Tatjana Ždanoka
    or Tatyana Zhdanok (...; born 8 May 1950) is a Latvian politician'): a person, whatever
    the model tags an unfamiliar spelling as. Read once per document."""
    cache = doc.user_data.setdefault("figraph_biography_subject", [])
    if not cache:
        cache.append(biography_subject_in(text_of(doc)))
    return cache[0]


def _past_particles(doc: Any, ent: Any, taken: set[int]) -> Any:
    """'Ursula von der' tagged a person and 'Leyen' a place: a person's name ending in a
    particle goes on to the capitalised word after it."""
    if ent.label_ != "PERSON" or ent.end >= len(doc) or doc[ent.end - 1].lower_ not in \
            NAME_PARTICLES or not doc[ent.end].is_title or not doc[ent.end].is_alpha:
        return ent
    taken.add(ent.end)
    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


def _titled_after_body(doc: Any, start: int, end: int, countries: Collection[str] = (),
                       demonyms: Collection[str] = ()) -> int | None:
    """Where a person's name starts inside a span the model tagged as one body: after a
    title 'of' the body, its name is the holder's ('Vice-President of the European
    Parliament Elena Varga', 'Chief Prosecutor of Finland Mark Stone', 'Minister of
    Defence Jane Roe'): two or three capitalised words after the body's head word, the
    country or the portfolio."""
    of = start - 2 if start > 1 and doc[start - 1].lower_ == "the" else start - 1
    if of < 1 or doc[of].lower_ not in ("of", "for") \
            or doc[of - 1].lower_.split("-")[-1] not in lexicon.TITLE_WORDS:
        return None
    heads = [t.i for t in doc[start:end] if t.lower_ in lexicon.ORG_HEAD_TYPES
             or t.lower_ in BODY_WORDS or t.lower_ in PORTFOLIO_WORDS
             or t.i == start and t.lower_ in countries and t.lower_ not in demonyms]  # ('of Finland
    # Mark Stone', not 'of the Russian Orthodox Church')
    if not heads:
        return None
    name = doc[heads[-1] + 1:end]
    if 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha for t in name):
        return heads[-1] + 1
    return _named_again_after(doc, heads[-1] + 1, end)


def _named_again_after(doc: Any, start: int, end: int) -> int | None:
    """'spokesperson for the Department of International Relations and Cooperation Clayson
    Monyela': the body's name runs on past its head word, so the holder's name is its last
    two capitalised words when the last of them is written alone elsewhere ('Monyela
    said')."""
    if end - start < 4 or not all(t.is_title and t.is_alpha for t in doc[end - 2:end]) \
            or doc[end - 3].lower_ in ("and", "of", "for"):
        return None
    surname = doc[end - 1].text
    alone = any(t.text == surname and not (start <= t.i < end)
                and not (t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].is_alpha)
                for t in doc)
    return end - 2 if alone else None


PORTFOLIO_WORDS = lexicon.words("portfolio_words")
"""What a minister's portfolio is named by ('Minister of Defence', 'of Foreign Affairs')."""
BODY_WORDS = lexicon.words("house_head_words")
"""Head words of houses, unions and armed forces the head-type table leaves out."""


def _capital_heading(doc: Any, start: int, end: int) -> bool:
    """Two words or more of a line written all in capitals, none a body's head word: a
    heading's topic ('RUSSIAN HACKING OPERATIONS'), where a body would be named by its head
    ('FEDERAL BUREAU OF INVESTIGATION') or its letters."""
    if end - start < 2 or any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in doc[start:end]):
        return False
    line = line_around(text_of(doc), doc[start].idx, doc[end - 1].idx)
    return sum(c.isalpha() for c in line) > 6 and line.upper() == line


PERSON_HONORIFICS = lexicon.words("person_honorifics")


def _titled_person(ent: Any) -> bool:
    """'State Prosecutor Inna Ombler' tagged as one organisation: a title ending in a role
    ('prosecutor', 'minister'), then two or three capitalised words and no body's head word
    after it, is a titled person (the title is cut off below)."""
    if ent.label_ != "ORG":
        return False
    if ent[0].lower_ in PERSON_HONORIFICS and 2 <= len(ent) <= 5 \
            and not any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in ent):
        return True  # 'rapporteur: Ms Petra De Sutter': 'Ms' names a person, no body
    titles = [t.i for t in ent if t.lower_ in lexicon.TITLE_ROLES]
    if not titles or titles[-1] == ent.start:
        return False
    name = ent.doc[titles[-1] + 1:ent.end]
    return 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha and t.pos_ == "PROPN"
                                       for t in name) \
        and not any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in name)


def _titled_place(ent: Any) -> bool:
    """'Deputy Attorney General Monaco', 'Senator Jordan': a place name right after a
    capitalised title is the titled person's surname (a country takes 'of': 'the
    President of Georgia')."""
    return ent.label_ in ("GPE", "ORG") and len(ent) <= 2 \
        and all(t.is_title for t in ent) and after_capitalised_title(ent.doc, ent.start)
    # (not 'Director FBI')


def after_capitalised_title(doc: Any, start: int) -> bool:
    """A capitalised title word ends right before `start` on the same line ('Deputy
    Attorney General' before 'Monaco')."""
    title = doc[start - 1] if start > 0 else None
    return title is not None and (title.lower_ in lexicon.TITLE_ROLES
                                  or title.lower_ in NAME_HONORIFICS) \
        and title.text[:1].isupper() and "\n" not in title.whitespace_


BODY_HEADS = {"Foundation", "Institute", "Institution", "Party", "Committee", "Commission",
              "Agency", "Ministry", "Department", "Association", "University", "Centre",
              "Center"}
"""Capitalised head words of bodies the model may end a person's name on."""
SPACED_DASHES = {"-", "–", "—"}
NAME_HONORIFICS = lexicon.HONORIFICS - {"the", "right"}
"""Honorifics only a person's name follows ('Mr Holland'; 'The Netherlands' is a state)."""


def _his_in_own_clause(ent: Any) -> bool:
    """'Ilan Shor, already listed by the EU due to his involvement': a name the model took
    for a body, whose own relative or participial clause calls it 'his' or 'her', is a
    person's (a body's clause says 'its')."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not all(t.is_title for t in ent) \
            or any(t.lower_ in lexicon.ORG_HEAD_TYPES for t in ent):
        return False
    clauses = [c for c in ent.root.children if c.dep_ in ("acl", "relcl")]
    return any(t.lower_ in ("his", "her") and t.dep_ == "poss"
               for clause in clauses for t in clause.subtree)


def _named_otherwise(doc: Any, start: int, subject: str | None) -> bool:
    """The other name a biography's lead gives its subject: 'Tatjana Ždanoka or Tatyana
    Zhdanok'."""
    return bool(subject) and text_of(doc)[:doc[start].idx].endswith(f"{subject} or ")


def biography_lead_name(text: str) -> tuple[str, int, int] | None:
    """A biography's title and the fuller name its lead opens with ('Lena Varga' over 'Lena
    Maria Varga is a former analyst ...'): the lead's name and its character span, when the
    lead starts with the title's first word, reaches its last within two more words and
    says what the subject is or was."""
    words = _title_name_words(text)
    if words is None:
        return None
    offset = len(text.split("\n", 1)[0]) + 1
    for paragraph in text.split("\n")[1:12]:
        start = offset
        offset += len(paragraph) + 1
        if not paragraph.startswith(words[0] + " ") or not BORN.search(paragraph[:400]):
            continue
        lead = paragraph.split()[:len(words) + 2]
        ends = [n for n, w in enumerate(lead) if w == words[-1]]
        if not ends or not all(w[:1].isupper() for w in lead[:ends[0] + 1]):
            return None
        name = " ".join(lead[:ends[0] + 1])
        return name, start, start + len(name)
    return None


def _title_name_words(text: str) -> list[str] | None:
    """The words of a title line that can be a person's name: two to four capitalised
    words, no body's head word among them."""
    words = page_title(text.split("\n", 1)[0]).split()  # (no ' — Wikipedia (...)')
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                                           for w in words) \
            or any(w.lower() in lexicon.ORG_HEAD_TYPES for w in words):
        return None
    return words


def biography_subject_in(text: str) -> str | None:
    words = _title_name_words(text)
    if words is None:
        return None
    title = " ".join(words)
    for paragraph in text.split("\n")[1:40]:
        if paragraph.startswith(title + " ") and BORN.search(paragraph[:400]):
            return title
    return None

