"""The person a release's lead describes before naming: 'a federal jury convicted a
California man ... According to court records, Bijan Rafiekian, 67, of San Juan
Capistrano, ...'.

Why: prosecutors' and police releases open with a description ('a former State Department
official was sentenced', 'a Virginia woman was charged') and name the defendant a sentence
or two later, introduced with an age ('John Q. Harlow, 61, of Arlington'). Without this the
lead's verdict, charge or sentence, and what the description says of the person, went to
no one, or to an unnamed person beside the named one. The link is made only when both
signs are there: a described person in a lead sentence of legal proceedings, and one
person named with an age after it; anything less stays as it was. A counted description
('two New York residents were charged') takes exactly as many people named with an age,
or none.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from ..mentions.mention import Mention, age_in_commas
from ..vocabulary import lexicon
from ..vocabulary.morph import is_stop_form

__all__ = ["lead_person", "aged", "count_written"]

LEAD_SENTENCES = 3
"""Sentences of the text proper a lead may take (after the title and address lines)."""
NAMING_SENTENCES = 8
"""Sentences after the lead in which the defendant must be named with an age."""
PROCEEDING_VERBS = lexicon.words("proceeding_verbs") | {"find", "sentence"}
PERSON_NOUNS = lexicon.words("lead_person_nouns") | lexicon.PERSON_ROLE_NOUNS


COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}


def lead_person(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the lead's description made a mention of the person (or the counted
    people) named next with an age (an unnamed mention of it re-keyed, or a new one), when
    a release reads so."""
    for sentence in _lead_sentences(doc):
        described = _described(sentence)
        if described is None:
            continue
        count = _count(described)
        named = _named_with_age(doc, mentions, sentence, count, _age_of(described))
        if not named and count == 1:
            named = _charged_next(doc, mentions, sentence)
        if not named and count:
            named = _named_as_next(doc, mentions, sentence, count, described.lower_)
        if not named:
            return mentions
        return _point_to(doc, mentions, described, named)
    return mentions


YEAR_OLD = re.compile(r"(\d{2})\s*-\s*year\s*-\s*old")


def _age_of(noun: Any) -> int | None:
    """52 for 'a 52-year-old man from Leeds'."""
    match = YEAR_OLD.search(noun.doc[noun.left_edge.i:noun.i].text)
    return int(match.group(1)) if match else None


def _charged_next(doc: Any, mentions: list[Mention], lead: Any) -> list[Mention]:
    """'A 52-year-old man has been charged ... Peter Holloway, of Headingley, was charged
    on Thursday': with no one named with an age, the one person the very next sentence
    names as undergoing a proceeding."""
    following = next(iter(doc[lead.end:].sents), None) if lead.end < len(doc) else None
    if following is None:
        return []
    subjects = {m.key: m for m in mentions if following.start <= m.start < following.end
                and m.type == "Person" and not m.scoped and m.key
                and _undergoes(doc[m.end - 1])}
    people = {m.key for m in mentions if following.start <= m.start < following.end
              and m.type == "Person" and m.key}
    return list(subjects.values()) if len(subjects) == 1 and len(people) == 1 else []


NAMING_VERBS = lexicon.words("naming_verbs")
NAMED_OBJECTS = {"him", "her"}


def _named_as_next(doc: Any, mentions: list[Mention], lead: Any, count: int = 1,
                   noun: str = "") -> list[Mention]:
    """'Police have arrested a Danish national ... A lawyer named him as Lars Holm': the
    one person a later sentence names 'him' (or 'her') as. Two or more described people
    are the ones a later sentence names 'them' as, or says 'they' lived or worked as
    ('They lived under false names as A and B'), as many as the lead counts."""
    people = {m.start: m for m in mentions if m.type == "Person" and not m.scoped and m.key}
    found: dict[str, Mention] = {}
    for sentence in itertools.islice(doc[lead.end:].sents, NAMING_SENTENCES):
        for named in _identified_as(sentence, people, noun) if count == 1 else []:
            found[named.key] = named
        for prep in (t for t in sentence if t.dep_ == "prep" and t.lower_ == "as"):
            if not _names_as(prep, count):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for named in (people.get(t.i) or people.get(t.left_edge.i)
                              for t in (obj, *obj.conjuncts)):
                    if named is not None:
                        found[named.key] = named
    return list(found.values()) if len(found) == count else []


AS_ADVERBS = {"only", "publicly", "just"}
REFERENCE_NOUNS = lexicon.words("aged_person_references")
"""What a release calls the one it described: 'the suspect', 'the accused'."""


def _identified_as(sentence: Any, people: dict[int, Mention], described: str
                   ) -> list[Mention]:
    """'The suspect, identified only as David R., worked ...': the described person, said
    again with 'the' (the lead's own noun, or 'the suspect'), named right after (read on
    the words: the parser makes little of a name cut short by privacy rules)."""
    found = []
    for verb in sentence:
        if verb.lower_ not in NAMING_VERBS:
            continue
        before = verb.i - 1 - (verb.i > 0 and verb.doc[verb.i - 1].text == ",")
        at = verb.i + 1
        while at < sentence.end and verb.doc[at].lower_ in AS_ADVERBS:
            at += 1
        named = people.get(at + 1) if at < sentence.end and verb.doc[at].lower_ == "as" \
            else None
        noun = verb.doc[before] if before >= sentence.start else None
        if named is not None and noun is not None and noun.tag_ == "NN" \
                and noun.lower_ in REFERENCE_NOUNS | {described} \
                and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "the":
            found.append(named)
    return found


def _names_as(prep: Any, count: int) -> bool:
    """'named him as', 'named them as', 'they lived (under false names) as': the 'as' of
    a naming verb with the described person for object, or, for several people, of a
    clause whose subject is 'they'."""
    verb = next((v for v in itertools.islice(prep.ancestors, 3) if v.pos_ in ("VERB", "AUX")),
                None)  # ('lived under false names as A and B')
    if verb is None:
        return False
    if verb.lower_ in NAMING_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in (NAMED_OBJECTS if count == 1 else {"them"})
            for c in verb.children):
        return True
    return count > 1 and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they"
                             for c in verb.children)


def _undergoes(head: Any) -> bool:
    verb = head.head
    return head.dep_ == "nsubjpass" and verb.pos_ == "VERB" \
        and is_stop_form(verb.lower_, PROCEEDING_VERBS)


def _count(noun: Any) -> int:
    """1 for 'a California man', 2 for 'two New York residents'."""
    if noun.tag_ == "NN":
        return 1
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    size = count_written(number.text) if number is not None else 0
    return size if size <= 10 else 0


def count_written(word: str) -> int:
    """2 for 'two' or '2'; 0 for a word that is no count."""
    return int(word) if word.isdigit() else COUNTS.get(word.lower(), 0)


def _lead_sentences(doc: Any) -> list[Any]:
    """The first sentences of the text proper: not the title's fragment or an address."""
    out = []
    for sentence in doc.sents:
        words = [t for t in sentence if not t.is_space and not t.is_punct]
        if len(words) < 6 or words[0].like_url or not any(
                t.pos_ in ("VERB", "AUX") for t in words):
            continue
        out.append(sentence)
        if len(out) == LEAD_SENTENCES:
            break
    return out


def _described(sentence: Any) -> Any | None:
    """The head noun of 'a California man' convicted, 'a former official' sentenced."""
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX") or not is_stop_form(verb.lower_, PROCEEDING_VERBS):
            continue
        for child in verb.children:
            relative = verb.dep_ == "relcl" and child.dep_ in ("nsubj", "nsubjpass") \
                and child.lower_ in RELATIVE_WHO
            if relative:
                child = verb.head  # 'in the case of two brothers who have been charged'
            if (relative or child.dep_ in ("dobj", "nsubjpass")) and _person_noun(child) and (
                    child.tag_ == "NN" and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                               for d in child.children)
                    or child.tag_ == "NNS" and _count(child) > 1):
                return child
    return None


RELATIVE_WHO = {"who", "that"}


def _person_noun(noun: Any) -> bool:
    """'man', 'residents', 'nationals': the singular is in the list."""
    word = noun.lower_
    return word in PERSON_NOUNS or noun.tag_ == "NNS" and (
        word[:-1] in PERSON_NOUNS or word.endswith("men") and word[:-3] + "man" in PERSON_NOUNS
        or word.endswith("ies") and word[:-3] + "y" in PERSON_NOUNS)  # 'spies'


def _named_with_age(doc: Any, mentions: list[Mention], lead: Any, count: int,
                    age: int | None = None) -> list[Mention]:
    """The first `count` people named after the lead as 'Name, 61,' within a few
    sentences (of the lead's age, when it gives one); none unless there are that many.
    The age must come with the person's fullest naming so far, as a release introduces its
    defendant: 'Lind, 41,' after 'a second citizen, Ene Lind' is someone met later."""
    limit = lead.end
    for sentence in itertools.islice(doc[lead.end:].sents, NAMING_SENTENCES + 1):
        limit = sentence.end
    found: dict[str, Mention] = {}
    named_in_full: dict[str, int] = {}
    for m in mentions:
        if m.start < lead.start or m.start >= limit or m.type != "Person" or m.scoped \
                or not m.key:
            continue
        words = m.end - m.start
        if words > named_in_full.get(m.key, 0) and aged(doc, m) \
                and (age is None or int(doc[m.end + 1].text) == age):
            found.setdefault(m.key, m)
        named_in_full[m.key] = max(words, named_in_full.get(m.key, 0))
    named = list(found.values())
    return named[:count] if len(named) >= count > 0 else []


def aged(doc: Any, mention: Mention) -> bool:
    """'John Q. Harlow, 61, of Arlington': named with an age, as releases name defendants."""
    return age_in_commas(doc, mention.end)


def _point_to(doc: Any, mentions: list[Mention], noun: Any, people: list[Mention]
              ) -> list[Mention]:
    """Make the description's mention (existing unnamed one or a new one) the named
    person's; a counted one stands for each of them (`members`) and is no alias of any."""
    named = people[0]
    members = {"members": people, "anaphora": True} if len(people) > 1 else {}
    start = min(t.i for t in noun.subtree if t.i <= noun.i)
    for m in mentions:
        if m.start <= noun.i < m.end:
            if not m.scoped:
                return mentions  # it already names someone
            m.key, m.name, m.type, m.source = named.key, named.name, named.type, named.source
            m.scoped, m.group, m.kind = False, False, "lead"
            m.attrs = {**m.attrs, **members}
            return mentions
    lead = Mention(start, noun.i + 1, doc[start:noun.i + 1].text, "lead", named.name,
                   named.type, key=named.key, source=named.source, attrs=members)
    return sorted([*mentions, lead], key=lambda m: m.start)
