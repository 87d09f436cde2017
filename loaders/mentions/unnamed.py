"""Actors a document describes but does not name: 'a senior Chinese diplomat', 'a former
Member of Parliament', 'six Indian diplomats'.

Why: reports and news keep their sources and suspects anonymous, yet these are the
actors the relations are about ("a Member of Parliament provided information to Indian
officials"). Each phrase becomes one actor scoped to the document; its state (from a
demonym) lets the extractor say whom it works for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..vocabulary import lexicon, locales
from ..vocabulary.morph import lemma
from .courts import COURT_KINDS
from .mention import Mention, left_modifiers, long_forms, sentence_of

__all__ = ["unnamed_people", "GROUP_ROLE_NOUNS", "state_names", "targeted_populace",
           "TAILORING_VERBS",
           "AIMING_PARTICIPLES", "AIMING_PREPS"]

INDEFINITE = {"a", "an", "one", "another"}
HEDGE_ADJECTIVES = {"suspected", "alleged", "unnamed", "unidentified", "anonymous",
                    "purported", "possible", "so-called", "reported"}
"""Words that say how sure the text is, not who the actor is: left out of the name."""

GROUP_ROLE_NOUNS = {
    "diplomats": "Diplomat", "officials": "Official", "agents": "Agent", "officers": "Agent",
    "operatives": "Agent", "spies": "Agent", "envoys": "Diplomat", "staffers": "Staffer",
    "consuls": "Consul",
}
"""Plural role nouns that make a counted group of people ('six Indian diplomats')."""

SOME_WORDS = {"several", "multiple", "numerous"}
"""Words that count a group without a number ('several Chinese intelligence officers')."""

MEMBER_BODIES = {"parliament", "house", "senate", "assembly", "legislature", "council"}


COMMUNITY_NOUNS = set(lexicon.words("community_nouns"))
COLLECTIVE_NOUNS = set(lexicon.words("collective_nouns"))


def unnamed_people(doc: Any, keyed: list[Any], demonyms: dict[str, Any],
                   countries: dict[str, str] | None = None) -> list[Mention]:
    """Unnamed persons and counted groups among the keyed tokens, scoped to the document.
    `countries` maps a country's lower-cased names and demonyms to the State's name."""
    out = []
    for token in keyed:
        low = token.lower_
        if low in lexicon.PERSON_ROLE_NOUNS and token.tag_ in ("NN", "NNP"):
            mention = _one_person(doc, token, demonyms)
        elif low in GROUP_ROLE_NOUNS and token.tag_ in ("NNS", "NNPS"):
            mention = _group(doc, token, demonyms, countries or {}) \
                or _staff_of(doc, token, demonyms) \
                or _counted(doc, token)  # 'sanctions against 29 propaganda agents'
        elif low in STAFF_NOUNS and token.tag_ in ("NNS", "NNPS"):
            mention = _staff_of(doc, token, demonyms)
        elif low in ALLY_NOUNS and token.tag_ in ("NNS", "NNPS"):
            mention = _allies(doc, token, demonyms)
        elif low in UNNAMED_BODY_NOUNS and token.tag_ == "NN":
            mention = _one_body(doc, token)
        elif low in FOREIGN_POWER_NOUNS and token.tag_ == "NN":
            mention = _foreign_power(doc, token)
        elif low == "parties" and token.tag_ == "NNS":
            mention = _political_parties(doc, token)
        elif low == "states" and token.i > 0 and doc[token.i - 1].lower_ == "member":
            mention = _member_states(doc, token)
        elif low == "jury" and token.tag_ == "NN":
            mention = _jury(doc, token)
        elif low == "court" and token.tag_ == "NN":
            mention = _some_court(doc, token)
        elif low in PURSUING_NOUNS and token.tag_ == "NNS":
            mention = _pursuers(doc, token)
        elif low in COUNTED_NOUNS and token.tag_ == "NNS":
            mention = _counted(doc, token) or _targeted_group(doc, token)
        elif low in COUNTED_BODY_NOUNS and token.tag_ == "NNS":
            mention = _counted(doc, token)  # '15 entities controlled by the government'
            if mention is not None:
                mention.type = "Organization"
        elif low in COMMUNITY_NOUNS and token.tag_ in ("NNS", "NNPS") \
                or low in COLLECTIVE_NOUNS and token.tag_ in ("NN", "NNP"):
            mention = _community(doc, token) or _targeted_group(doc, token)
        elif low in TARGETED_GROUP_NOUNS and token.tag_ in ("NNS", "NNPS"):
            mention = _targeted_group(doc, token)
        elif low in INSTITUTION_NOUNS and token.tag_ in ("NNS", "NNPS"):
            mention = _institutions(doc, token, demonyms)
        elif low in AGED_PERSON_NOUNS and (token.tag_ == "NN" or low in NATIONAL_NOUNS and
                                           token.dep_ in ("nsubj", "nsubjpass")):
            # ('A Chinese national accused of ...': the parser may read 'national' as an
            # adjective)
            mention = _aged_person(doc, token, demonyms)
        else:
            continue
        if mention is not None:
            out.append(mention)
    return out


def _one_person(doc: Any, token: Any, demonyms: dict[str, Any]) -> Mention | None:
    """'a senior Chinese diplomat', 'a former Member of Parliament' (indefinite only)."""
    det = next((c for c in token.children if c.lower_ in INDEFINITE and (
        c.dep_ == "det" or c.dep_ == "nummod" and c.lower_ == "one")), None)
    if det is None or token.dep_ == "compound" or token.dep_ == "pobj" and \
            token.head.lower_ == "as":
        return None  # 'served as a member of X' is a role of the subject
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # 'X, a resident of Y and a former member of Z'
    if first.dep_ == "appos" and (first.head.pos_ == "PROPN" or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in first.head.children)) \
            or first.dep_ in ("attr", "oprd") or _fronted_description(first):
        return None  # 'Lalonde, a Canadian diplomat' / 'Nijjar was a Sikh leader' / 'denied
        # being a Russian spy': a predicate describes its subject, it names no one new
    if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > token.i
           and c.lower_ not in lexicon.PERSON_ROLE_NOUNS for c in token.children):
        return None  # 'a diplomat, Zhao Wei' is named; '(the "Member")' is a defined term
    if _name_set_off(token):
        return None  # 'a former member of the Riigikogu, Peeter Tamm,' (the parser hangs
        # the name on the body): named too
    start = left_modifiers(doc, token, token.i)
    end = _member_of_end(doc, token) if token.lower_ == "member" else token.i + 1
    if token.tag_ == "NNP" and end == token.i + 1 and token.i + 1 < len(doc) \
            and doc[token.i + 1].pos_ == "PROPN":
        return None  # 'a Senator Smith'-like proper nouns are names, not roles
    state = _state(doc, start, token.i, demonyms)
    if state is None and end == token.i + 1:
        state, end = _of_state(doc, token, demonyms)
    role = lexicon.TITLE_ROLES.get(token.lower_, "MP" if token.lower_ == "member" else "Official")
    mention = _mention(doc, det.i if det.i == start - 1 else start, start, end, role, state,
                       False)
    origin = _from_body(doc, token) if end == token.i + 1 else None
    if origin is not None:  # 'a diplomat from the Chinese consulate': whom it works for
        mention.attrs["employer_at"] = origin
    body = _body_before(token, demonyms) if state is None else None
    if body is not None:  # 'an FSB officer', 'a CSIS official': the body keeps its own
        mention.attrs["employer_at"] = body  # mention, and employs the person
        mention.attrs["named_by_employer"] = True
        mention.start = token.i
    return mention


def _body_before(noun: Any, demonyms: dict[str, Any]) -> int | None:
    """The capitalised word naming a body right before a role noun ('an FSB officer', 'a
    Stasi agent'), not a demonym ('a Chinese diplomat') nor a title ('a Senate page' is
    read as the Senate's too)."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is None or before.head.i != noun.i or before.dep_ not in ("compound", "nmod") \
            or not before.text[:1].isupper() or before.lower_ in demonyms \
            or before.lower_ in lexicon.PERSON_ROLE_NOUNS or before.lower_ in HEDGE_ADJECTIVES:
        return None
    earlier = noun.doc[before.i - 1] if before.i > 0 else None
    if earlier is not None and earlier.text[:1].isupper() and not earlier.is_sent_start:
        return None  # 'an independent Foreign Influence Transparency Commissioner': an
    return before.i  # office's name, not a body's member


def _from_body(doc: Any, noun: Any) -> int | None:
    """The head of the phrase 'from X' right after a role noun, wherever the parser hung
    it ('met a diplomat from the consulate' hangs it on the verb)."""
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or after.lower_ != "from" or after.dep_ != "prep":
        return None
    return next((o.i for o in after.children if o.dep_ == "pobj"), None)


def _name_set_off(token: Any) -> bool:
    """A person's name in apposition after a comma anywhere in the role's phrase."""
    doc = token.doc
    return any(t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > token.i
               and doc[t.left_edge.i - 1].text == "," for t in token.subtree)


AGED_PERSON_NOUNS = lexicon.words("aged_person_nouns")


NATIONAL_NOUNS = {"national", "citizen"}


def _aged_person(doc: Any, token: Any, demonyms: dict[str, Any]) -> Mention | None:
    """'A 46-year-old Swedish-Iraqi citizen has been prosecuted', 'A Chinese national
    accused of ... has been charged': a release that withholds a name gives the age, or
    the nationality of the one it makes the subject; the person is an actor of the
    document (a demonym here is a nationality, not an employer: no state is attached)."""
    det = next((c for c in token.children if c.dep_ == "det" and c.lower_ in INDEFINITE), None)
    if det is None or token.dep_ in ("attr", "appos", "compound"):
        return None
    aged = any(_an_age(c) for c in token.children if c.i < token.i)
    national = token.lower_ in NATIONAL_NOUNS and token.dep_ in ("nsubj", "nsubjpass") \
        and any(t.lower_ in demonyms for t in doc[det.i + 1:token.i])
    placed = token.lower_ not in NATIONAL_NOUNS and any(  # 'a Sydney man', 'a California
        c.i < token.i and c.dep_ in ("compound", "nmod", "amod") and c.text[:1].isupper()  # man'
        and c.lower_ not in demonyms and (c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN")
        for c in token.children)
    if not aged and not national and not placed and not _held(token):
        return None
    mention = _mention(doc, det.i, det.i + 1, token.i + 1, "", None, False)
    mention.attrs["aged"] = True
    return mention


HOLDING_TYPES = ("DETAINED", "CHARGED", "CONVICTED", "EXPELLED")
HOLDING_VERBS = frozenset(verb for verb, kind in lexicon.VERB_RELATIONS.items()
                          if kind in HOLDING_TYPES)


def _held(token: Any) -> bool:
    """'Police have arrested a man who ...', 'a woman was charged': the one a story is
    about, arrested or charged before anyone names them, is an actor of the text (only
    'man' and 'woman': 'a person was arrested' is any of several)."""
    return token.lower_ in ("man", "woman") and lemma(token.head.text) in HOLDING_VERBS \
        and (token.dep_ == "dobj" or token.dep_ == "nsubjpass")


def _an_age(word: Any) -> bool:
    """'46-year-old' as the parser splits it: 'old' with 'year' below it."""
    return word.lower_ == "old" and any(c.lower_ in ("year", "years") for c in word.children)


def _fronted_description(noun: Any) -> bool:
    """'A member of the Conservative Party, she chaired ...': a role phrase put before the
    subject, set off by a comma, describes that subject; it names no one new."""
    if noun.head.pos_ not in ("VERB", "AUX") or noun.dep_ not in (
            "advcl", "npadvmod", "appos", "dep", "nsubj"):
        return False
    if noun.dep_ == "nsubj" and not any(c.dep_ == "nsubj" and c.i > noun.i
                                        and c.pos_ in ("PRON", "PROPN")
                                        for c in noun.head.children):
        return False  # the parser made it the subject: only when the real one follows
    first = min(t.i for t in noun.subtree)
    last = max(t.i for t in noun.subtree)
    opens = first == sentence_of(noun).start or noun.doc[first - 1].is_punct
    closed = last + 1 < len(noun.doc) and noun.doc[last + 1].text == ","
    return opens and closed and last < noun.head.i


def _named(subject: Any) -> bool:
    """A subject that names someone: 'Nijjar', 'she', 'His father, John O'Toole,'."""
    return subject.pos_ in ("PROPN", "PRON") or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)


def _group(doc: Any, token: Any, demonyms: dict[str, Any],
           countries: dict[str, str]) -> Mention | None:
    """'six Indian diplomats', 'two PRC intelligence officers', 'several Chinese intelligence
    officers': a count (or 'several') and a demonym or a country's name before the noun make
    people acting for a state, not the state itself (uncounted 'Indian diplomats' is India,
    as 'Indian officials' is)."""
    start = left_modifiers(doc, token, token.i)
    counted = any(c.dep_ == "nummod" or c.dep_ == "amod" and c.lower_ in SOME_WORDS
                  for c in token.children)
    state = _state(doc, start, token.i, demonyms) or next(
        (countries[t.lower_] for t in doc[start:token.i]
         if t.dep_ == "compound" and t.lower_ in countries), None)
    end = token.i + 1
    if state is None or not counted:
        return None  # 'Indian diplomats', 'agents of India' stand for India (the convention)
    first = start
    while first < token.i and (doc[first].like_num or doc[first].lower_ in ("the", "other")
                               or doc[first].lower_ in SOME_WORDS):
        first += 1
    det = start - 1 if start > 0 and doc[start - 1].dep_ == "det" else start
    return _mention(doc, det, first, end, GROUP_ROLE_NOUNS[token.lower_], state, True)


def _community(doc: Any, token: Any) -> Mention | None:
    """'Hong Kong activists', 'Iranian journalists', 'critics of the Kremlin', 'the Sikh
    diaspora': people grouped by who they are, named by the phrase. Only with a capitalised
    modifier or an 'of' + name after it that says whose; bare 'activists' names no one, and
    'activists Joshua Wong and Nathan Law' names them."""
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" or token.dep_ == "compound":
        return None
    if token.text[:1].isupper() and token.i > 0 and doc[token.i - 1].text[:1].isupper():
        return None  # 'the European Atomic Energy Community': a body's name, no people
    if any(t.dep_ in ("appos", "conj") and t.ent_type_ == "PERSON" for t in token.subtree):
        return None  # 'three Indian nationals living in Brampton, A, B and C': named
    start = left_modifiers(doc, token, token.i)
    while start < token.i and (doc[start].like_num or doc[start].lower_ in HEDGE_ADJECTIVES):
        start += 1
    end = token.i + 1
    whose = [t for t in doc[start:token.i] if t.text[:1].isupper()]
    if not whose:
        of_name = _of_name_end(token) or _working_for_end(token) or _living_in_end(token)
        if of_name is None:
            return None
        end = of_name
    if end - start > 8:
        return None  # a long run of modifiers is a parse gone wrong, not a name
    det = start - 1 if start > 0 and doc[start - 1].head.i == token.i and doc[
        start - 1].dep_ in ("det", "nummod", "amod") and not doc[start - 1].text[:1].isupper() \
        else start
    mention = _mention(doc, det, start, end, "", None, True)
    mention.end = token.i + 1  # 'the Kremlin' in 'critics of the Kremlin' keeps its own mention
    return mention


INSTITUTION_NOUNS = lexicon.words("institution_nouns")
INSTITUTION_FIELDS = lexicon.words("institution_fields")


def _institutions(doc: Any, token: Any, demonyms: dict[str, Any]) -> Mention | None:
    """'the House authorities', 'the appropriate Government agencies', 'the intelligence
    services': bodies a text speaks of together without naming them, one unnamed group,
    when a capitalised word or a field ('intelligence', 'security') says which. Not a
    state's ('the Chinese authorities' is the state, read by the gazetteer's demonyms)."""
    if token.dep_ == "compound" or token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
        return None
    start = left_modifiers(doc, token, token.i)
    words = doc[start:token.i]
    if not any(t.text[:1].isupper() or t.lower_ in INSTITUTION_FIELDS for t in words) \
            or any(t.lower_ in demonyms or t.ent_type_ in ("GPE", "NORP") for t in words):
        return None
    mention = _mention(doc, _article(doc, token, start), start, token.i + 1, "", None, True)
    mention.type = "Agency"
    return mention


TARGETED_GROUP_NOUNS = lexicon.words("targeted_group_nouns")
TARGETING_VERBS = frozenset(verb for verb, kind in lexicon.VERB_RELATIONS.items()
                            if kind == "TARGETED") | lexicon.words("group_aiming_verbs")
EXAMPLE_WORDS = {"such", "including", "like", "namely"}


def _targeted_group(doc: Any, token: Any) -> Mention | None:
    """'to monitor and intimidate dissidents', 'targeting high-profile individuals and
    entities': people a hostile act is aimed at are an actor of the text however the text
    describes them (elsewhere a bare plural names no one: `_community`)."""
    if token.dep_ == "compound" or not _object_of_targeting(token):
        return None
    if targeted_populace(token):
        return None  # 'targeting voters in Moldova' aims at Moldova
    if token.dep_ == "conj" and (token.head.lower_ in lexicon.ARENA_NOUNS or any(
            c.dep_ == "poss" for c in token.head.children)):
        return None  # 'targeted the United States' election processes and institutions':
        # the same owner's, no group of its own
    if _names_its_members(token):
        return None  # 'targeted critics such as X and Y': the named ones are the targets
    start = min(left_modifiers(doc, token, token.i), _modified_from(doc, token))
    while start < token.i and (doc[start].like_num or doc[start].lower_ in HEDGE_ADJECTIVES):
        start += 1
    return _mention(doc, _article(doc, token, start), start, token.i + 1, "", None, True)


POPULACE_NOUNS = lexicon.words("populace_nouns")
POPULACE_PREPS = {"in", "across", "throughout"}


def targeted_populace(token: Any) -> list[Any]:
    """'targeted users in Chad and Niger', 'a campaign aimed at audiences across
    Europe': the public of a place, with nothing else said of who they are, aimed at
    by a targeting verb; the place words (what the text aims at is those places). Not
    'two people in Moldova', 'voters who backed X' (someone in particular), nor 'people
    from Russia'."""
    if token.lower_ not in POPULACE_NOUNS or any(_says_who(c) for c in token.children):
        return []
    aimed = token.dep_ == "pobj" and (
        token.head.lower_ in AIMING_PREPS and token.head.head.lower_ in AIMING_PARTICIPLES
        or token.head.lower_ == "to" and lemma(token.head.head.lower_) in TAILORING_VERBS)
    if not aimed and not _object_of_targeting(token):
        return []
    after = token.right_edge.i + 1
    if after < len(token.doc) and token.doc[after].text == ",":
        after += 1  # 'audiences, primarily in X and Y'
    hosts = (token.head, token.head.head)
    preps = [*token.children, *(c for h in hosts for c in h.children
                                if c.i > token.i and c.left_edge.i == after)]
    preps += [p for c in token.conjuncts for p in c.children]  # 'institutions and entities
    preps += [p for c in token.children if c.lower_ == "including"  # in
              for p in c.children]  # X', 'institutions, including in X and Y'
    places = [x for p in preps if p.dep_ == "prep" and p.lower_ in POPULACE_PREPS  # (the
              for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]  # parser
    # may hang 'in X' on the verb: read right after the noun)
    if not places or any(x.pos_ != "PROPN" for x in places):
        return []
    return places


def _says_who(modifier: Any) -> bool:
    """A modifier that says who the people are ('two', 'who backed X', 'Russian-speaking');
    not a plain word ('specific audiences', 'state institutions'), nor the places an
    'including' lists."""
    if modifier.dep_ in ("amod", "compound"):
        return not (modifier.is_lower or modifier.pos_ == "NOUN")  # ('State institutions'
        # opening a sentence; 'Kremlin critics' say who)
    if modifier.dep_ == "acl":
        return modifier.lower_ != "including"
    return modifier.dep_ in ("nmod", "nummod", "poss", "relcl", "appos")


TAILORING_VERBS = lexicon.words("tailoring_verbs")
"""'tailored articles to audiences in X': content made for a place's public aims at it."""
AIMING_PARTICIPLES = {"aimed", "directed"}
AIMING_PREPS = {"at", "against"}
"""'aimed at X', 'directed against X': the participles that name their target after a
preposition, and the prepositions."""


def _names_its_members(token: Any) -> bool:
    """'critics such as A and B', 'officials, including C', 'lawmakers A and B': the phrase
    goes on to name who they are. A place or body after a preposition only says where or
    whose ('politicians across several EU countries', 'members of the city council')."""
    after = [t for t in token.subtree if t.i > token.i]
    if any(t.ent_type_ == "PERSON" for t in after):
        return True
    doc = token.doc
    follows = token.right_edge.i + 1
    while follows < len(doc) and doc[follows].is_punct and doc[follows].text != ".":
        follows += 1  # 'groups in the US, including the X' (the parser hangs it on the verb)
    if follows < len(doc) and doc[follows].lower_ in EXAMPLE_WORDS:
        return True
    return any(t.lower_ in EXAMPLE_WORDS or t.dep_ in ("appos", "conj") and t.ent_type_
               for t in after)


def _article(doc: Any, token: Any, start: int) -> int:
    """Where the phrase of `token` begins with its article or a lower-case adjective ('the
    House authorities', 'the appropriate Government agencies'): the form readers quote."""
    before = doc[start - 1] if start > 0 else None
    return start - 1 if before is not None and before.head.i == token.i \
        and before.dep_ in ("det", "amod") and before.is_lower else start


def _object_of_targeting(token: Any) -> bool:
    """The direct object (or a conjunct of it) of a verb of targeting, or of a verb joined
    to one ('paid and steered local party groups': the object hangs on the last verb)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "nsubjpass":  # 'institutions in X have been targeted'
        return lemma(token.head.text) in TARGETING_VERBS
    if token.dep_ != "dobj":
        return False
    verb = token.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verbs.append(verb.head)
    return any(lemma(v.text) in TARGETING_VERBS for v in verbs)


PURSUING_NOUNS = lexicon.words("pursuing_nouns")
COUNTED_NOUNS = lexicon.words("counted_people_nouns")
NAMING_WORDS = lexicon.words("naming_participles")
COUNTED_BODY_NOUNS = lexicon.words("counted_body_nouns")


def _counted(doc: Any, token: Any) -> Mention | None:
    """'restrictive measures against 7 individuals', 'two men were arrested': a counted
    group the text does not name (named with its count: two such groups stay two). Not
    when the people are listed after it ('two men, A and B') or a demonym makes them
    another kind of group (read by `_community`)."""
    number = next((c for c in token.children if c.dep_ == "nummod"), None)
    if number is None or token.dep_ == "compound" or any(
            t.dep_ in ("appos", "conj") and t.ent_type_ == "PERSON" for t in token.subtree) \
            or any(c.dep_ == "acl" and c.lower_ in NAMING_WORDS for c in token.children):
        return None  # 'two individuals known as "Ken" and "Lily"' are named
    start = min(left_modifiers(doc, token, token.i), _modified_from(doc, token))
    capitals = [t for t in doc[start:token.i] if t.text[:1].isupper() and t.i != number.i]
    if any(t.ent_type_ not in PLACING_ENTS for t in capitals) or any(
            t.ent_type_ == "GPE" for t in capitals) and not any(
            t.ent_type_ == "ORG" for t in capitals):  # ('seven US individuals' stand for
        # the state: `syntax.actors` reads its name)
        return None  # ('two young British men', 'two U.S. Navy sailors' are counted; 'two
        # Harbour Front men', words the model tags as no body nor place, may be a name)
    if _sexed_pair(token.head) and token.dep_ == "conj":
        return None  # ('three women' of 'two men and three women': the pair's second half)
    other = next((c for c in token.children if c.dep_ == "conj" and _sexed_pair(token)), None)
    end = other.i + 1 if other is not None else token.i + 1
    return _mention(doc, start, start, end, "", None, True)


PLACING_ENTS = {"NORP", "GPE", "ORG"}
"""What the model tags a counted group's capitalised modifiers when they say where the
people come from or serve, not who they are."""
SEXED_NOUNS = lexicon.words("sexed_people_nouns")


def _sexed_pair(token: Any) -> bool:
    """'two men and three women': one counted group named by sex twice, one actor."""
    return token.lower_ in SEXED_NOUNS and any(
        c.dep_ == "conj" and c.lower_ in SEXED_NOUNS and c.lower_ != token.lower_
        and any(n.dep_ == "nummod" for n in c.children) for c in token.children)


MODIFIER_TAGS = {"NUM", "ADJ", "NOUN", "CCONJ", "ADV"}


def _modified_from(doc: Any, token: Any) -> int:
    """Where the noun's own modifiers begin when they are coordinated ('29 state-sponsored
    disinformation and propaganda agents'), which `left_modifiers` stops short of; only
    over numbers, adjectives (participles too), nouns, 'and' and hyphens."""
    start = token.left_edge.i
    if all(t.pos_ in MODIFIER_TAGS or t.text == "-" or t.dep_ == "amod"
           for t in doc[start:token.i]):
        return start
    return token.i


def _pursuers(doc: Any, token: Any) -> Mention | None:
    """'Investigators have arrested three German nationals', 'the prosecutors said': the
    unnamed prosecuting or investigating office of the story (one actor however often the
    text comes back to it), an Agency like a court. Not when a name or a demonym says whose
    ('Canadian prosecutors', 'RCMP investigators' are read as that body's)."""
    if token.dep_ == "compound" or any(
            c.dep_ in ("compound", "amod", "nmod", "poss") and (c.text[:1].isupper() or c.ent_type_)
            for c in token.children):
        return None
    det = next((c.i for c in token.children if c.dep_ == "det" and c.lower_ == "the"), token.i)
    if any(c.dep_ == "det" and c.lower_ != "the" for c in token.children):
        return None  # 'some investigators', 'two prosecutors': a few of them, no office
    return _unnamed_body(doc, det, token.i, token.i + 1)


ALLY_NOUNS = lexicon.words("ally_nouns")
OWNING_PRONOUNS = {"its", "their", "our"}


def _allies(doc: Any, token: Any, demonyms: dict[str, Any]) -> Mention | None:
    """'the UK and its allies', 'our transatlantic Allies', 'Canada's allies', 'allies of
    Lithuania': states allied to one named (or to the speaker's), one unnamed group. Whose
    allies they are comes from the possessor, or from the state 'its' refers back to in 'X
    and its allies'; bare 'allies' are no one's in particular."""
    owner = next((c for c in token.children if c.dep_ in ("poss", "compound")), None)
    of = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"), None)
    named: Any = of if of is not None else owner
    if named is None:
        return None
    if named.lower_ in OWNING_PRONOUNS and token.dep_ == "conj":
        named = token.head  # 'the UK and its allies'
    state = _named_state(doc, named, demonyms) if named.lower_ not in OWNING_PRONOUNS else ""
    article = "the " if state.startswith(("United ", "Republic ", "Russian Federation")) else ""
    name = f"Allies of {article}{state} (unnamed)" if state else "Allies (unnamed)"
    start = min(t.i for t in token.subtree if t.i <= token.i)
    end = of.right_edge.i + 1 if of is not None else token.i + 1
    attrs = {"allied_at": named.i} if state else {}
    return Mention(start, end, doc[start:end].text, "unnamed", name, "State", group=True,
                   scoped=True, attrs=attrs)


UNIONS = {"eu": "European Union", "european union": "European Union", "nato": "NATO",
          "un": "United Nations", "united nations": "United Nations"}
"""Unions whose member states a text names as a group, by the words it writes them with."""


def _member_states(doc: Any, token: Any) -> Mention | None:
    """'the EU and its Member States', 'EU member states', and bare 'member states' in a
    European text: the union's member states, one unnamed group of states."""
    start = token.i - 1
    owner = next((c for c in token.children if c.dep_ in ("poss", "compound", "nmod")
                  and c.i < start), None)
    union = ""
    if owner is not None and owner.lower_ in ("its", "their") and token.dep_ == "conj":
        union = UNIONS.get(token.head.lower_, "")
        start = owner.i
    elif owner is not None:
        union = UNIONS.get(doc[owner.left_edge.i:owner.i + 1].text.lower().removeprefix("the "), "")
        start = owner.left_edge.i
    here = locales.current()
    if not union and owner is None and here is not None and here.code == "EU":
        union = "European Union"
    if not union:
        return None
    short = "EU" if union == "European Union" else union
    return Mention(start, token.i + 1, doc[start:token.i + 1].text, "unnamed",
                   f"{short} member states (unnamed)", "State", group=True, scoped=True,
                   attrs={"union": union} if owner is not None else {})  # ('its Member
    # States', 'EU member states' say whose; bare 'member states' of a European text are
    # the union's by the locale alone, no stated tie)


def _named_state(doc: Any, token: Any, demonyms: dict[str, Any]) -> str:
    """The state a noun phrase names, by name ('the UK', "Canada's") or demonym."""
    words = [t for t in doc[token.left_edge.i:token.i + 1] if t.lower_ not in ("the", "'s")]
    text = " ".join(t.lower_ for t in words)
    entry = state_names(demonyms).get(text)
    if entry is not None:
        return str(entry.name)
    home = next((loc.country for loc in locales.all_locales()
                 if text and text in (loc.state.lower(), loc.country.lower())), "")
    if home:
        return home  # 'Canada's allies' (the home countries have no foreign State entry)
    found = _state(doc, token.left_edge.i, token.i + 1, demonyms)
    return found if isinstance(found, str) else str(getattr(found, "name", "") or "")


def _jury(doc: Any, token: Any) -> Mention | None:
    """'a federal jury', 'the grand jury': the body that convicts or indicts, unnamed (a
    jury has no name), like a court an Agency."""
    if not any(c.dep_ == "det" for c in token.children) or token.dep_ == "compound":
        return None
    start = left_modifiers(doc, token, token.i)
    det = next(c.i for c in token.children if c.dep_ == "det")
    return _unnamed_body(doc, min(det, start), start, token.i + 1)


def _some_court(doc: Any, token: Any) -> Mention | None:
    """'a Fujian court', 'a Brazilian federal court', 'a court in Dresden': a court the
    text places but does not name, unnamed like a jury (one it names, 'the Šiauliai
    district court', is read by `courts.placed_courts`)."""
    det = next((c for c in token.children if c.dep_ == "det"), None)
    start = left_modifiers(doc, token, token.i)
    if det is None or det.lower_ not in ("a", "an") or token.dep_ == "compound":
        return None
    if start == token.i:  # 'a court in Dresden'
        place = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"), None)
        if place is None:
            return None
        return _unnamed_body(doc, det.i, token.i, place.i + 1)
    if not doc[start].text[:1].isupper():
        return None
    if doc[start].ent_type_ != "NORP" and doc[token.i - 1].lower_ in COURT_KINDS:
        return None  # 'a Moscow city court' is the Moscow City Court (`courts`)
    return _unnamed_body(doc, det.i, start, token.i + 1)


def _working_for_end(token: Any) -> int | None:
    """End of 'working for Iran International' / 'who work for BBC Persian' after a group
    noun: the outlet says whose journalists they are."""
    return _clause_name_end(token, ("acl", "relcl"), ("for", "at"),
                            lambda verb: lemma(verb.text) in ("work", "write", "report"))


RESIDING = {"living", "residing", "based", "settled"}


def _living_in_end(token: Any) -> int | None:
    """End of 'living in Sweden' / 'based in London' after a group noun: where they live
    says which ('dissidents living in Sweden')."""
    return _clause_name_end(token, ("acl",), ("in", "abroad"),
                            lambda verb: verb.lower_ in RESIDING)


def _clause_name_end(token: Any, deps: tuple[str, ...], preps: tuple[str, ...],
                     verb_fits: Callable[[Any], bool]) -> int | None:
    """End of the proper name a clause on the group noun hangs on a preposition."""
    for verb in token.children:
        if verb.dep_ in deps and verb_fits(verb):
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                    if obj is not None and obj.pos_ == "PROPN":
                        return obj.i + 1
    return None


def _of_name_end(token: Any) -> int | None:
    """End of 'of the Kremlin' / 'of the Chinese Communist Party' after a group noun."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                return obj.i + 1
    return None


STAFF_NOUNS = {"employees", "staff", "workers", "executives"}
UNNAMED_BODY_NOUNS = lexicon.table("unnamed_body_nouns")
"""'a subordinate organization of the IRGC', 'a front company for the MSS': a body the text
does not name, and how it stands to the one it names."""
BODY_TIES = lexicon.table("unnamed_body_ties")
"""Words of the phrase that say how ('affiliate', 'front', 'subsidiary')."""


def _one_body(doc: Any, token: Any) -> Mention | None:
    """'a Tehran-based affiliate of the IRGC': an unnamed body (indefinite),
    tied to the named body after 'of' or 'for'; the named one keeps its own mention."""
    det = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an")),
               None)
    if det is None or token.dep_ in ("attr", "appos") or token.dep_ == "pobj" \
            and token.head.lower_ == "as":
        return None  # 'X is a front company for Y': a description of X, no one new
    parent = next((o for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                   for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    if parent is None:
        return None
    start = left_modifiers(doc, token, token.i)
    words = {t.lower_ for t in doc[start:token.i + 1]} | {token.lower_}
    tie = next((BODY_TIES[w] for w in words if w in BODY_TIES), UNNAMED_BODY_NOUNS[token.lower_])
    mention = _mention(doc, det.i, start, token.i + 1, "", None, False)
    mention.type = "Organization"
    end = next((t.i for t in doc[token.i:parent.i] if t.text == "("), parent.i + 1)
    mention.name = doc[start:end].text[:1].upper() + doc[start:end].text[1:] + " (unnamed)"
    mention.attrs.update({"parent_at": parent.i, "tie": tie})
    return mention


FOREIGN_POWER_NOUNS = lexicon.table("foreign_power_nouns")


def _foreign_power(doc: Any, token: Any) -> Mention | None:
    """'on behalf of a foreign government', 'assisting a foreign intelligence service': the
    power a charge or a sentence keeps unnamed is an actor the accused served (one per
    document: such a text speaks of one power). Not a description ('X is a foreign
    state'), nor a word of a longer noun ('a foreign government official')."""
    if token.dep_ in ("compound", "attr", "appos", "oprd") \
            or token.dep_ == "pobj" and token.head.lower_ == "as" \
            or not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children) \
            or not any(c.dep_ == "amod" and c.lower_ == "foreign" for c in token.children):
        return None
    start = left_modifiers(doc, token, token.i)
    mention = _mention(doc, start - 1, start, token.i + 1, "", None, False)
    mention.type = FOREIGN_POWER_NOUNS[token.lower_]
    mention.attrs["foreign_power"] = True
    return mention


def _political_parties(doc: Any, token: Any) -> Mention | None:
    """'has given A$2.7 million to Australian political parties': the parties a donor
    gives to, unnamed, are one group (a text that names them is read by the parties'
    own rules)."""
    if token.dep_ in ("compound", "attr", "appos") or not _political(token) \
            or any(c.dep_ in ("appos", "conj") for c in token.children) \
            or any(t.lower_ in EXAMPLE_WORDS for t in doc[token.i + 1:token.i + 3]):
        return None  # ('political parties such as X and Y' are named)
    start = left_modifiers(doc, token, token.i)
    mention = _mention(doc, _article(doc, token, start), start, token.i + 1, "", None, True)
    mention.type = "Party"
    earlier = _parties_named_before(doc, token) if token.i - start == 1 else None
    if earlier is not None:  # 'the political parties' after 'Australian political
        mention.name = earlier  # parties': the same ones
    return mention


LOOK_BACK = 1500


def _parties_named_before(doc: Any, token: Any) -> str | None:
    """The name of the last group of political parties before `token` that said more of
    them than 'political' (within a few paragraphs: the look-back stays bounded)."""
    for before in reversed(doc[max(0, token.i - LOOK_BACK):token.i]):
        if before.lower_ == "parties" and _political(before):
            start = left_modifiers(doc, before, before.i)
            if before.i - start > 1:
                return _unnamed_name(doc, start, before.i + 1)
    return None


def _political(parties: Any) -> bool:
    return any(c.dep_ == "amod" and c.lower_ == "political" for c in parties.children)


def _staff_of(doc: Any, token: Any, demonyms: dict[str, Any]) -> Mention | None:
    """'two employees of RT', 'officials of the United Front': people acting for a named
    organisation (a state after 'of' stays the state itself, the convention); 'acting as
    agents of X' is what the subject did, no group of its own."""
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if obj is None or _of_state(doc, token, demonyms)[0] is not None:
            return None
        end = obj.i + 1  # the name itself, not an apposition after it ('RT, a ... outlet')
        end = next((t.i for t in doc[token.i:obj.i] if t.text == "("), end)  # nor its
        # acronym in brackets, which the parser may make the object ('the Ministry of X (MX)')
        first = token.i
        det = first - 1 if first > 0 and doc[first - 1].dep_ in ("det", "nummod") else first
        role = GROUP_ROLE_NOUNS.get(token.lower_, "Staffer")
        mention = _mention(doc, det, first, end, role, None, True)
        mention.end = token.i + 1  # the employer keeps its own mention; the surface form
        mention.attrs["employer_at"] = obj.i  # stays whole ('two employees of RT')
        return mention
    return None


def _member_of_end(doc: Any, token: Any) -> int:
    """'Member of Parliament', 'member of the House of Commons': the body is part of it."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in MEMBER_BODIES:
                    return max(t.i for t in obj.subtree) + 1
    return token.i + 1


def _of_state(doc: Any, token: Any, demonyms: dict[str, Any]) -> tuple[Any | None, int]:
    """'an intelligence officer of India', 'a proxy agent of the Government of India': the
    state after 'of' is the employer, and the phrase runs to its end."""
    names = state_names(demonyms)
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                span = doc[obj.left_edge.i:obj.right_edge.i + 1]
                words = [w for w in span.text.split() if w.lower() not in ("the", "government",
                                                                           "of")]
                state = names.get(" ".join(words).lower())
                if obj.dep_ == "pobj" and state is not None:
                    return state, obj.right_edge.i + 1
    return None, token.i + 1


_NAMES: dict[int, dict[str, Any]] = {}


def state_names(demonyms: dict[str, Any]) -> dict[str, Any]:
    """Lower-case state names and aliases -> entry, built once per demonym table."""
    key = id(demonyms)
    if key not in _NAMES:
        table: dict[str, Any] = {}
        for entry in demonyms.values():
            for name in [entry.name, *getattr(entry, "aliases", [])]:
                table.setdefault(name.lower(), entry)
        _NAMES[key] = table
    return _NAMES[key]


def _state(doc: Any, start: int, end: int, demonyms: dict[str, Any]) -> Any | None:
    for t in doc[start:end]:
        if t.i + 1 < end and f"{t.lower_} {t.nbor().lower_}" in demonyms:
            return demonyms[f"{t.lower_} {t.nbor().lower_}"]  # 'East German officials'
        if t.lower_ in demonyms:
            return demonyms[t.lower_]
        if t.lower_ == locales.home_demonym():
            return locales.home_state()
    return None


def _unnamed_body(doc: Any, text_start: int, start: int, end: int) -> Mention:
    """A court, a jury or a prosecuting office the text does not name: one Agency."""
    mention = _mention(doc, text_start, start, end, "", None, False)
    mention.type = "Agency"
    return mention


def _unnamed_name(doc: Any, start: int, end: int) -> str:
    """'Senior Chinese diplomat (unnamed)': the phrase's words without its hedges."""
    words = [t for t in doc[start:end] if t.lower_ not in HEDGE_ADJECTIVES]
    text = "".join(t.text_with_ws for t in words).strip()  # 'state-sponsored' kept whole
    return text[:1].upper() + text[1:] + " (unnamed)"


def _mention(doc: Any, text_start: int, start: int, end: int, role: str, state: Any,
             group: bool) -> Mention:
    name = _unnamed_name(doc, start, end)
    state_name = state if isinstance(state, str) else getattr(state, "name", None)
    attrs: dict[str, Any] = {"state": state_name} if state_name else {}
    longer = long_forms(doc, text_start, end)
    if longer:
        attrs["forms"] = longer
    return Mention(text_start, end, doc[text_start:end].text, "unnamed", name, "Person",
                   roles={role} if role else set(), group=group, scoped=True, attrs=attrs)

