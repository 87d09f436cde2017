"""In-document resolution: every mention gets the key of one canonical actor.

Why rules and not a coreference model: the links that matter here are cheap
to see and costly to get wrong. "Dong" after "Han Dong" is Han Dong; "the
committee" is the last committee named; "the government" is Ottawa's unless
the text just named another. Anything less certain stays unresolved, because
a wrong merge draws an edge nobody wrote.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ...graph.model import normalize_name as _normalize_name
from ..mentions.find import Mention
from ..vocabulary import lexicon
from .leads import count_written

normalize_name = lru_cache(maxsize=65536)(_normalize_name)

__all__ = ["ActorInfo", "resolve_mentions"]


@dataclass
class ActorInfo:
    """What the document tells about one actor, gathered from its mentions."""

    key: str
    name: str
    type: str
    source: str
    roles: set[str] = field(default_factory=set)
    aliases: dict[str, None] = field(default_factory=dict)
    group: bool = False
    scoped: bool = False
    mentions: int = 0
    free: int = 0
    """Mentions that are not in passing (a place, a school in a biography's infobox)."""
    named: int = 0
    """Mentions by a name (not a pronoun, a title or 'the House')."""
    named_in_full: int = 0
    """Mentions by the gazetteer's full name or one of its aliases, in the text proper."""
    attrs: dict = field(default_factory=dict)


OfficeHolder = Callable[[str], "Mention | None"]
"""Who held an office (by title) on the document's date, as a mention; see `offices`."""


def resolve_mentions(mentions: list[Mention], home_government: Mention | None = None,
                     home_bodies: dict[str, Mention] | None = None,
                     office_holder: OfficeHolder | None = None,
                     hearing: bool = False) -> list[Mention]:
    """Give every mention a key; mentions that cannot be resolved are dropped. In a
    hearing's transcript (`hearing`) 'the committee' no text names is the unnamed committee
    holding it."""
    _people_mistyped(mentions)
    _bodies_mistyped(mentions)
    _surnames_of_others(mentions)
    _cluster_people(mentions)
    _shortened_bodies(mentions)
    _spelled_alike(mentions)
    _initialisms(mentions)
    for m in mentions:
        if m.scoped and not m.key:
            prefix = "group:" if m.group else "unnamed:"
            m.key = prefix + normalize_name(m.name)
    _counted_alike(mentions)
    _resolve_anaphora(mentions, home_government, home_bodies or {}, office_holder)
    if hearing:
        _hearing_committee(mentions)
    return [m for m in mentions if m.key or m.attrs.get("pending")]


def _hearing_committee(mentions: list[Mention]) -> None:
    """'NUNES: The committee will come to order.': a transcript whose committee is never
    named still has one; its 'the committee' is one unnamed actor (who chairs it, who
    appears before it), named as the text calls it."""
    if any(m.type == "Committee" and m.key and m.kind != "anaphora" for m in mentions):
        return
    holding = [m for m in mentions if m.kind == "anaphora" and not m.key
               and m.attrs.get("noun") in ("committee", "subcommittee")]
    described = next((m.text for m in holding if m.text[:1].isupper()), "")
    name = f"{described} (unnamed)" if described else "Committee (unnamed)"  # 'a Senate
    for m in holding:  # Judiciary subcommittee hearing' says which committee it is
        m.kind, m.name, m.type, m.scoped = "unnamed", name, "Committee", True
        m.key = "unnamed:" + normalize_name(m.name)


def _people_mistyped(mentions: list[Mention]) -> None:
    """'Günter Guillaume' read as an organisation in a biography's title and lead, and
    'Günter Karl Heinz Guillaume' as a person a line later: a name whose first and last
    words are a person's full name in the same document names that person (no body is
    called by a person's given and family name), so it is typed and keyed as one; so is a
    two-word name whose last word the model reads alone as a person's."""
    people = {tuple(_bare(m.name)) for m in mentions
              if m.type == "Person" and m.kind == "ner" and not m.key and len(m.name.split()) > 1}
    surnames = {m.name for m in mentions if m.type == "Person" and m.kind == "ner"
                and not m.key and " " not in m.name and m.name.isalpha()}
    if not people and not surnames:
        return
    ends = {(words[0], words[-1]) for words in people}
    for m in mentions:
        words = m.name.split()
        if m.kind == "ner" and m.type == "Organization" and 2 <= len(words) <= 3 \
                and all(w[:1].isupper() and w.isalpha() for w in words) \
                and ((words[0], words[-1]) in ends
                     or len(words) == 2 and words[-1] in surnames):  # 'Karl Wienand' ...
            m.type, m.key = "Person", ""  # 'Wienand' (the model's person) a line later


def _bodies_mistyped(mentions: list[Mention]) -> None:
    """'the influence operation Tidewater' once, 'Tidewater' alone elsewhere (the model's
    person): a one-word name the text says is a body, by the noun before it, is that body
    wherever it stands alone (no person goes by one word the text calls an operation)."""
    bodies = {m.name: m for m in mentions if m.kind == "ner" and m.key and m.type != "Person"
              and " " not in m.name}
    if not bodies:
        return
    for m in mentions:
        body = bodies.get(m.name) if m.type == "Person" and m.kind == "ner" and not m.key \
            else None
        if body is not None:
            m.type, m.key = body.type, body.key


def _surnames_of_others(mentions: list[Mention]) -> None:
    """'a dealer named Bo Zhao ... Zhao reported it': a bare surname the gazetteer gives a
    known person ('Zhao' for a diplomat Zhao Wei) is the person the text names in full,
    when the text never names the known one in full (a silent pick of a stranger would put
    the text's acts on him)."""
    full = [normalize_name(m.name).split() for m in mentions
            if m.type == "Person" and m.kind == "ner" and len(m.name.split()) > 1]
    last_words = {words[-1] for words in full}
    if not last_words:
        return
    named_in_full = {m.key for m in mentions if m.type == "Person" and m.key
                     and len(m.text.split()) > 1}
    named_in_full |= {m.key for m in mentions if m.type == "Person" and m.kind == "alias"
                      and set(m.key.split()) in [set(words) for words in full]}
    # ('Wei Zhao' is the known Zhao Wei, written given name first)
    for m in mentions:
        if m.type == "Person" and m.kind == "alias" and len(m.text.split()) == 1 \
                and m.key not in named_in_full and normalize_name(m.text) in last_words:
            m.key, m.kind, m.name, m.source = "", "ner", m.text, "text"
            m.attrs.pop("entry", None)


def _cluster_people(mentions: list[Mention]) -> None:
    """NER persons: "Sanjay Kumar Verma" ... "Verma" ... "Mr. Verma" are one person."""
    people = [m for m in mentions if m.type == "Person" and not m.key
              and m.kind in ("ner", "acronym")]  # ('Guo Wengui ("GWG")': the letters
    # carry the name they were defined by, keyed with it)
    full: dict[str, str] = {}
    for m in people:
        words = m.name.split()
        if len(words) > 1:
            key = normalize_name(m.name)
            full.setdefault(key, m.name)
    known_people = {m.key: m.name for m in mentions
                    if m.type == "Person" and m.key and not m.scoped}
    variants = _name_variants(list(full), list(known_people))
    first = next((m for m in mentions if m.type == "Person" and not m.scoped
                  and len(m.name.split()) > 1), None)
    first_named = variants.get(normalize_name(first.name), normalize_name(first.name)) \
        if first is not None and first.start < FIRST_NAMED_TOKENS else ""
    first_at = first.start if first is not None else 0
    cut_short = _cut_short(full)
    by_last: dict[str, set[str]] = {}
    for key, name in [*full.items(), *known_people.items()]:
        whole = cut_short.get(key, key)  # ('Arancibia' of 'Enrique Arancibia' is 'Enrique
        by_last.setdefault(normalize_name(_bare(name)[-1]), set()).add(  # Arancibia
            variants.get(whole, whole))  # Clavel''s, when the text names him so too)
    by_key_name = {**full, **known_people}
    by_given: dict[str, set[str]] = {}  # 'kate' -> the people named in full 'Kate ...'
    for key in by_key_name:
        if len(key.split()) > 1:
            by_given.setdefault(key.split()[0], set()).add(variants.get(key, key))
    full_by_last: dict[str, list[str]] = {}
    for key in full:
        full_by_last.setdefault(key.split()[-1], []).append(key)
    for m in people:
        words = m.name.split()
        if len(words) > 1:
            own = normalize_name(m.name)
            longer = _longer_names(own, full_by_last) if own else []
            if not longer and own:  # 'Omar Haddad' after 'Omar Haddad Wei Ming': the
                longer = [k for k in full if k.startswith(own + " ")]  # name cut short
            m.key = longer[0] if len(longer) == 1 else own
            if len(words) > 2 and not longer:
                m.key = _middle_names_dropped(m.key, known_people) or m.key
            m.key = variants.get(m.key, m.key)
            m.name = by_key_name.get(m.key, m.name)
            continue
        owners = by_last.get(normalize_name(m.name), set()) or _family_first(m.name, full) \
            or _given_name_of(m.name, by_given)
        if len(owners) > 1 and first_named in owners and m.start > first_at:
            owners = {first_named}  # 'Vale' in Harriet Vale's biography, her husband named too
        if len(owners) == 1:
            m.key = _written_in_full(next(iter(owners)), full_by_last)
            m.name = by_key_name[m.key]
        elif not owners and not _family_named(m.name, by_last):
            m.key = normalize_name(m.name)


def _cut_short(full: dict[str, str]) -> dict[str, str]:
    """Full names that open the one longer full name of the text ('enrique arancibia' ->
    'enrique arancibia clavel'): a name given with and without its second surname."""
    ordered = sorted(full)  # (the names opening with 'key ' follow it in this order)
    out = {}
    for key in full:
        at = bisect.bisect_left(ordered, key + " ")
        longer = [other for other in ordered[at:at + 2] if other.startswith(key + " ")]
        if len(longer) == 1:
            out[key] = longer[0]
    return out


def _written_in_full(key: str, full_by_last: dict[str, list[str]]) -> str:
    """'Yang Xiuping' is the 'Shirley Yang Xiuping' the text also names: the one longer
    full name ending with it, so a bare 'Yang' joins the person, not a name of its own."""
    longer = _longer_names(key, full_by_last)
    return longer[0] if len(longer) == 1 else key


def _longer_names(key: str, full_by_last: dict[str, list[str]]) -> list[str]:
    """The full names of the text that end with `key` and are longer ('shirley yang
    xiuping' for 'yang xiuping')."""
    return [k for k in full_by_last.get(key.split()[-1], []) if k.endswith(" " + key)]


def _family_named(word: str, by_last: dict[str, set[str]]) -> bool:
    """'the Guillaumes suffered hardship': a family called by the plural of a surname the
    document gives a person is no one person (left unresolved, so dropped)."""
    return word.endswith("s") and normalize_name(word[:-1]) in by_last


FIRST_NAMED_TOKENS = 40
"""A person named in full this early (a title, a lead's first words) is the one a bare
surname shared with another person means."""


def _name_variants(found: list[str], known: list[str]) -> dict[str, str]:
    """Full names of one person written two ways in one document -> one key: the order
    of family and given names swapped ('Wei Zhao' / 'Zhao Wei'), middle names or
    initials left out ('John C. Demers' / 'John Demers', 'Maria Valerievna Butina' /
    'Maria Butina'), a given name transliterated with one letter more ('Yuri' /
    'Yuriy'). The key kept is a known person's, else the shortest full form. A form that
    could be two different people is left alone."""
    out: dict[str, str] = {}
    order = {k: n for n, k in enumerate(found)}
    buckets: dict[str, list[str]] = {}  # a variant shares a last word or the set of words
    for name in [*known, *found]:
        for bucket in _variant_buckets(name):
            buckets.setdefault(bucket, []).append(name)
    for key in found:
        same = [other for other in dict.fromkeys(o for b in _variant_buckets(key)
                                                 for o in buckets.get(b, ()))
                if other != key and _same_person(key, other)]
        known_same = {k for k in same if k in known}
        if len(known_same) > 1:
            continue
        target = known_same.pop() if known_same else min(
            [*same, key], key=lambda k: (len(k.split()), order.get(k, 0)))
        if target != key:
            out[key] = target
    return out


NAME_SUFFIXES = {normalize_name(w) for w in lexicon.NAME_SUFFIXES}


def _bare(name: str) -> list[str]:
    """A name's words without 'Jr.', 'III' at its end: 'Paul John Manafort Jr.' is the
    'Paul Manafort' of the rest of the text."""
    words = name.split()
    while len(words) > 2 and normalize_name(words[-1]) in NAME_SUFFIXES:
        words = words[:-1]
    return words


def _variant_buckets(name: str) -> tuple[str, ...]:
    words = _bare(name)
    return ("last:" + words[-1], "bag:" + " ".join(sorted(words))) if words else ()


def _same_person(a: str, b: str) -> bool:
    x, y = _bare(a), _bare(b)
    if len(x) < 2 or len(y) < 2:
        return False
    if 2 <= len(x) <= 3 and sorted(x) == sorted(y):
        return True  # family name first in one form
    if x[-1] != y[-1]:
        return False
    if x[0] == y[0]:
        return len(x) != len(y)  # middle names or initials left out
    short, long_ = sorted((x[0], y[0]), key=len)
    return len(x[-1]) >= 5 and len(short) >= 3 and long_.startswith(short) \
        and len(long_) - len(short) == 1 and len(x) == len(y) == 2


SHORTENED_TYPES = ("Party", "Organization", "Agency", "Media", "Committee", "Commission",
                   "Legislature")


GENERIC_PEOPLE = {"people", "persons", "individuals"}


def _last_before(candidates: list[Mention], at: int) -> Mention | None:
    """The last candidate named before token `at`, else the first named after it."""
    before = [m for m in candidates if m.start < at]
    return before[-1] if before else (candidates[0] if candidates else None)


def _counted_alike(mentions: list[Mention]) -> None:
    """'Germany arrests three people suspected of spying ... three German nationals': a
    counted group named only as 'people' is the one other group of the same count the
    document describes more closely (two such groups: left apart)."""
    counted: dict[int, list[Mention]] = {}
    for m in mentions:
        words = m.text.lower().split()
        number = count_written(words[0]) if words else 0
        if m.group and m.kind == "unnamed" and len(words) >= 2 and number:
            counted.setdefault(number, []).append(m)
    for same in counted.values():
        by_head: dict[str, Mention] = {}
        for m in same:  # 'Seven individuals' and '7 individuals': one group
            first = by_head.setdefault(m.text.lower().split()[-1], m)
            m.key, m.name = first.key, first.name
        generic = [m for m in same if m.text.lower().split()[-1] in GENERIC_PEOPLE]
        closer = {m.key: m for m in same if m not in generic}
        if generic and len(closer) == 1:
            target = next(iter(closer.values()))
            for m in generic:
                m.key, m.name = target.key, target.name


def _shortened_bodies(mentions: list[Mention]) -> None:
    """'Labor Party' after 'Australian Labor Party', 'State Security Department' after
    'State Security Department of the Republic of Lithuania': a body the model names by the
    end, or by the head before 'of', of a longer name of the same type in the document is
    that body (one longer name only). The model's 'Organization' is only its guess: 'the
    National Council' after 'National Council of the Slovak Republic' is the legislature."""
    bodies = [m for m in mentions if m.kind == "ner" and m.key and not m.scoped
              and m.type in SHORTENED_TYPES]
    names = {(m.type, m.key): m.name for m in mentions if m.key and not m.scoped
             and m.type in SHORTENED_TYPES}  # ('Freedom Party' after the known 'Freedom
    # Party of Austria')
    moved: dict[str, tuple[str, str, str]] = {}
    for m in bodies:
        party = ("Party", f"{m.key} party")
        if m.type in ("Organization", "Party") and party in names:
            old = m.key  # 'the League' after 'his League Party': the party
            m.type, m.key = party
            m.name = moved.setdefault(old, (m.type, m.key, names[party]))[2]
            continue
        if len(m.key.split()) < 2:
            continue
        longer = {(kind, k) for (kind, k) in names if _same_kind(m.type, kind) and (
            k.endswith(" " + m.key) and not k.endswith(" of " + m.key)
            or k.startswith(m.key + " of "))}  # ('Guan Yin Citta' owns the 'Canberra
        # branch of Guan Yin Citta': it is not that branch)
        if len(longer) == 1:
            old = m.key
            m.type, m.key = longer.pop()
            m.name = moved.setdefault(old, (m.type, m.key, names[(m.type, m.key)]))[2]
    for m in mentions:  # the letters it defined ('(NSD)') name the same body
        if m.kind == "acronym" and m.key in moved:
            m.type, m.key, m.name = moved[m.key]


SPELLINGS = {"labor": "labour", "center": "centre", "defense": "defence",
             "organization": "organisation", "program": "programme"}
"""American and British spellings of the words bodies are named with."""


def _spelled_alike(mentions: list[Mention]) -> None:
    """'the Labour Party' and, further down, 'the Labor Party': one body whose name the
    text spells two ways; the first spelling names it (the model's guess of the type
    yields to a gazetteer's or to the first one's)."""
    first: dict[str, Mention] = {}
    for m in mentions:
        if not m.key or m.scoped or m.type not in SHORTENED_TYPES:
            continue
        folded = " ".join(SPELLINGS.get(w, w) for w in m.key.split())
        named = first.setdefault(folded, m)
        if named.key != m.key and _same_kind(m.type, named.type) and m.kind == "ner":
            m.type, m.key, m.name = named.type, named.key, named.name


def _same_kind(guessed: str, named: str) -> bool:
    return guessed == named or guessed == "Organization" and named != "Party"


INITIALISM_SKIP = {"of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "et", "&"}


def _initialisms(mentions: list[Mention]) -> None:
    """'The RCDA' after 'Russian Canadian Democratic Alliance' is that body even where the
    text never writes 'Long Name (ACR)': the initials of one named body only."""
    bodies = [m for m in mentions if m.key and not m.scoped and m.type not in ("Person", "State")
              and len(m.name.split()) > 1]
    if not bodies:
        return
    by_initials: dict[str, set[tuple[str, str, str]]] = {}
    for m in bodies:
        for name in {m.name, m.name.rsplit(" of ", 1)[0]}:  # 'MFA' for the 'Ministry of
            letters = "".join(w[0] for w in name.replace("-", " ").split()  # Foreign Affairs
                              if w.lower() not in INITIALISM_SKIP and w[:1].isalpha())  # of X'
            by_initials.setdefault(letters.upper(), set()).add((m.key, m.name, m.type))
    for m in mentions:
        if m.kind != "ner" or not m.text.isupper() or not 2 <= len(m.text) <= 7:
            continue
        owners = by_initials.get(m.text)
        if owners and len(owners) == 1:
            m.key, m.name, m.type = next(iter(owners))


def _given_name_of(word: str, by_given: dict[str, set[str]]) -> set[str]:
    """'Kate, would you like to add?' after 'Kate White': a given name alone is the one
    person named in full with it, when no one has it as a family name (the caller looked)
    and no second person shares it."""
    owners = by_given.get(normalize_name(word), set())
    return owners if len(owners) == 1 else set()


def _family_first(word: str, full: dict[str, str]) -> set[str]:
    """'Huang' is 'Huang Xiangmo' when the family name leads (see SURNAME_FIRST)."""
    low = normalize_name(word)
    if low not in lexicon.SURNAME_FIRST:
        return set()
    return {k for k in full if k.split()[0] == low and len(k.split()) in (2, 3)}


def _middle_names_dropped(key: str, known: dict[str, str]) -> str | None:
    """'Jenny Wai Ching Kwan' is the known 'Jenny Kwan': same first and last name, and the
    known name's words all in the long one, in order."""
    words = key.split()
    matches = []
    for other in known:
        parts = other.split()
        if len(parts) >= 2 and parts[0] == words[0] and parts[-1] == words[-1] \
                and len(parts) < len(words) and _in_order(parts, words):
            matches.append(other)
    return matches[0] if len(matches) == 1 else None


def _in_order(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _resolve_anaphora(mentions: list[Mention], home_government: Mention | None,
                      home_bodies: dict[str, Mention] | None = None,
                      office_holder: OfficeHolder | None = None) -> None:
    """'the committee' -> last Committee named before it (else the first one after);
    'the House' / 'the Senate' with no such body named -> the home legislature."""
    last: dict[str, Mention] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.key and m.kind != "anaphora":
            first.setdefault(m.type, m)
    for m in mentions:
        if m.kind != "anaphora":
            if m.key:
                last[m.type] = m
            continue
        if m.attrs.get("noun") == "government":
            antecedent = home_government
        elif m.attrs.get("role") or m.attrs.get("office"):
            antecedent = _holder(mentions, m) if m.attrs.get("role") else None
            if antecedent is None and office_holder is not None:
                antecedent = office_holder(m.attrs.get("office", ""))
        elif "owner_at" in m.attrs and (owned := _owners_party(mentions, m)) is not None:
            antecedent = owned
        elif m.attrs.get("noun") in SUBJECT_ONLY_NOUNS:
            antecedent = _last_named(mentions, m)  # 'a network ..., which they dubbed X',
            # 'a group known as X': 'the network', 'the group' is X, the one the text names so
            if not _only_named_kind(mentions, antecedent):
                m.attrs = {**m.attrs, "pending": True}  # 'the group': only an article's
                antecedent = None  # own subject, once known (`extractor._subject_anaphora`)
        elif m.attrs.get("noun") in NAMED_HEAD_NOUNS:  # 'the Council': a council, or none
            antecedent = _last_named(mentions, m) or (home_bodies or {}).get(m.attrs["noun"])
            if m.attrs["noun"] in POINTED_NOUNS and m.attrs.get("det") not in POINTING \
                    and not _only_named_kind(mentions, antecedent):
                antecedent = None  # 'during the campaign' is an election's, 'this campaign'
                # the one just named; in an article about a campaign, that campaign
                m.attrs = {**m.attrs, "pending": True}  # (`extractor._subject_anaphora`)
        elif _field_words(m):
            antecedent = _same_field(mentions, m)
        else:
            types = m.attrs.get("types", ())
            antecedent = _last_headed(mentions, m) or \
                next((last[t] for t in types if t in last), None) or \
                next((first[t] for t in types if t in first), None)
            if antecedent is None:
                antecedent = (home_bodies or {}).get(m.attrs.get("noun", ""))
        if antecedent is None:
            continue
        m.key, m.name, m.type = antecedent.key, antecedent.name, antecedent.type
        m.source, m.roles = antecedent.source, set(antecedent.roles)
        described: dict[str, Any] = {k: m.attrs[k] for k in ("noun", "types") if k in m.attrs}
        m.attrs = {**antecedent.attrs, **described, "anaphora": True}


FIELD_WORDS = frozenset(lexicon.words("institution_fields"))
"""'the security service', 'the intelligence agency': the field is part of what the phrase
says, so the body meant must be of that field ('the security service' is no Home Office)."""


def _field_words(m: Mention) -> set[str]:
    return {w for w in m.text.lower().split() if w in FIELD_WORDS}


def _same_field(mentions: list[Mention], m: Mention) -> Mention | None:
    """The last body of the phrase's type and field named before it, else the first after;
    none when no body of that field is named."""
    words, types = _field_words(m), m.attrs.get("types", ())
    fitting = [o for o in mentions if o.key and o.kind != "anaphora" and o.type in types
               and words <= set(_described_words(o))]
    return _last_before(fitting, m.start)


def _described_words(body: Mention) -> list[str]:
    entry = body.attrs.get("entry")
    texts = [body.name, *getattr(entry, "aliases", ()), getattr(entry, "description", "")]
    return " ".join(texts).lower().split()


NAMED_HEAD_NOUNS = {"council", "campaign", "operation", "house", "senate", "parliament",
                   "commons", "congress", "assembly", "ministry", "department", "institute",
                   "foundation", "association", "society", "university", "bank", "taskforce",
                   "bureau", "embassy", "consulate", "police"}
"""Nouns too common across types to mean 'the last body of that type' ('the council' after a
government is not that government; 'the House' is no Senate named later): only a body
whose name has the noun, else the document's country's own ('the Council' in a European
text, 'the House' in a Canadian one). 'The ministry' is no police agency named before it;
'the institute' is the last one so named, not the last organisation."""
LEGISLATURE_NOUNS = {"house", "senate", "parliament", "commons", "congress", "assembly"}
"""Only a legislature answers to these ('Procedure and House Affairs' is a committee)."""
NOT_MEANT = {"house": ("lords",)}
"""'the House' in a debate that names the House of Lords is still the house debating."""


POINTED_NOUNS = {"campaign", "operation"}
POINTING = {"this", "that"}


def _only_named_kind(mentions: list[Mention], antecedent: Mention | None) -> bool:
    """The one campaign the text itself names ('which we have dubbed "Nightjar"'): 'the
    campaign' of a report that names its campaign so is that one."""
    if antecedent is None or antecedent.kind != "called":
        return False
    head = antecedent.attrs.get("head")
    return len({o.key for o in mentions if o.kind in ("called", "operation")
                and o.attrs.get("head") == head}) == 1


def _last_named(mentions: list[Mention], m: Mention) -> Mention | None:
    """The last (else first) keyed body named before `m` whose name has `m`'s noun (a
    person's, 'a Justice Department official', is no department)."""
    noun = m.attrs.get("noun", "")
    named = [o for o in mentions if o.key and o.kind != "anaphora"
             and o.type not in ("Person", "Bill")  # ('Council Decision X' is no council)
             and (noun in o.name.lower().split() or o.attrs.get("head") == noun
                  or noun in KIND_NOUNS and _known_as(o, noun))
             and not set(NOT_MEANT.get(noun, ())) & set(o.name.lower().split())
             and (noun not in LEGISLATURE_NOUNS or o.type == "Legislature")]
    return _last_before(named, m.start)


def _last_headed(mentions: list[Mention], m: Mention) -> Mention | None:
    """The last body named before `m` whose name ends in `m`'s noun: 'the agency' after the
    Internet Research Agency is that company, whatever type its name gave it, not the last
    state agency named."""
    noun = m.attrs.get("noun", "")
    headed = [o for o in mentions if o.key and o.kind != "anaphora" and o.type != "Person"
              and o.end <= m.start and o.name.lower().split()[-1:] == [noun]]
    return headed[-1] if headed else None


KIND_NOUNS = {"ministry", "department"}
"""Nouns a body's reference entry may give it without its name ('Global Affairs Canada' is
a department: its aliases and its description say so)."""


def _known_as(body: Mention, noun: str) -> bool:
    entry = body.attrs.get("entry")
    if entry is None:
        return False
    words = " ".join([*getattr(entry, "aliases", ()), getattr(entry, "description", "")])
    return noun in words.lower().split()


SUBJECT_ONLY_NOUNS = {"group", "organization", "organisation", "company", "firm", "outfit",
                      "network", "outlet"}
"""Nouns any body is called by: too loose to mean the last body named ('the group she
chaired' after a law firm); they mean the body an article is about, or nothing."""


def _holder(mentions: list[Mention], title: Mention) -> Mention | None:
    """'the Prime Minister': the last person named before it who holds the role (a known
    leader, or one titled so in the text), else the first one after it."""
    holders = [m for m in mentions if m.kind != "anaphora" and m.key and m.type == "Person"
               and title.attrs["role"] in m.roles]
    return _last_before(holders, title.start)


def _owners_party(mentions: list[Mention], owned: Mention) -> Mention | None:
    """'O'Toole said his party ...': the nearest person named before 'his party' whose
    party is known (the gazetteer's), and that party's mention in the text; None lets
    the last party named stand (a person's party need not be the one named last:
    'Trudeau's Liberals ... Although his party won ...')."""
    people = [m for m in mentions if m.start < owned.start and m.type == "Person"
              and m.kind != "anaphora" and m.key]
    for person in reversed(people):
        entry = person.attrs.get("entry")
        party = getattr(entry, "party", "") if entry is not None else ""
        if not party:
            continue
        named = [m for m in mentions if m.type == "Party" and m.name == party
                 and m.kind != "anaphora"]
        return _last_before(named, owned.start)
    return None


def collect_actors(mentions: list[Mention]) -> dict[str, ActorInfo]:
    """One ActorInfo per key, with the surface forms seen as aliases."""
    actors: dict[str, ActorInfo] = {}
    for m in mentions:
        info = actors.get(m.key)
        if info is None:
            info = actors[m.key] = ActorInfo(m.key, m.name, m.type, m.source, group=m.group,
                                             scoped=m.scoped)
        info.mentions += 1
        if not m.attrs.get("incidental") and not m.attrs.get("place") \
                and not m.attrs.get("header"):
            info.free += 1
        if m.kind in ("name", "alias", "ner", "acronym", "speaker", "subject", "bill", "called",
                      "seat", "local"):
            info.named += 1
            info.named_in_full += m.kind in ("name", "alias") and not m.attrs.get("incidental")
        info.roles |= m.roles
        if not m.attrs.get("anaphora") or m.kind == "anaphora":
            if m.text != info.name:
                info.aliases[m.text] = None
            info.aliases.update(dict.fromkeys(m.attrs.get("forms", ())))  # 'dozens of MPs'
        if m.source == "gazetteer":
            info.source = "gazetteer"
        for key in ("state", "party", "numbered"):
            if key in m.attrs:
                info.attrs[key] = m.attrs[key]
        if m.kind == "speaker" or m.attrs.get("speaker"):  # (a label the model read too)
            info.attrs["speaker"] = True
    return actors


def home_government_mention(name: str, kind: str = "Government") -> Mention:
    """A stand-in mention for 'the government' when the text never names it."""
    return Mention(0, 0, "the government", "anaphora", name, kind, key=normalize_name(name),
                   source="gazetteer")
