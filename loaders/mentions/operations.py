"""Influence operations a report describes without naming them: 'Meta removed a network of
fake accounts', 'we identified two linked networks', 'The first network targeted ...'.

Why: platforms and research labs report the networks they find or take down before anyone
names them, and each network is the actor of what the report says next ('The network
targeted users in Libya'). A network the text introduces (found, taken down, or the subject
of what it did), or tells apart by an ordinal, is one actor scoped to the document; 'the
network' and 'these networks' after it are the last one introduced. A document that names
an operation ('the Doppelganger campaign', 'a network it dubbed Blue Heron') is left to the
name finders and to `resolution.coref`: its 'the network' may well be the named one.
"""

from __future__ import annotations

import re
from typing import Any

from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .mention import NAMING_WORDS, OPERATION_NOUNS, Mention, normalize_name, sentence_of, text_of

__all__ = ["unnamed_operations", "acting_platforms", "OPERATION_WORDS", "finding"]

OPERATION_WORDS = frozenset(OPERATION_NOUNS | {noun + "s" for noun in OPERATION_NOUNS})
"""The operation nouns and their plurals ('two linked networks')."""
CUE_WORDS = lexicon.words("operation_cue_words")
PARTS = lexicon.words("operation_parts")
ORDINALS = lexicon.words("operation_ordinals")
FINDING_VERBS = lexicon.words("operation_finding_verbs")
POINTING = {"the", "this", "these"}
NAMING = re.compile(r"\b(?:" + "|".join((*NAMING_WORDS, "the name")) + r")\b")
OPERATION_TITLE = re.compile(r"^[^\n]*\((?:[a-z ]+ )?(?:campaign|operation|network)\)",
                             re.IGNORECASE)
MOVED_SUBJECT = ("nsubj", "nsubjpass")
PLATFORMS = lexicon.words("platform_companies")
PLATFORM_NAME = re.compile(r"\b(?:" + "|".join(sorted(PLATFORMS)) + r")\b")
DESCRIBING = ("attr", "oprd", "appos")


def unnamed_operations(doc: Any, keyed: list[Any], demonyms: dict[str, Any]) -> list[Mention]:
    """Each unnamed operation the text introduces, and its later definite mentions."""
    nouns = [t for t in keyed if t.lower_ in OPERATION_WORDS and t.tag_ in ("NN", "NNS")
             and t.dep_ != "compound"]
    if not nouns or _names_an_operation(doc, nouns):
        return []
    out: list[Mention] = []
    last: dict[bool, str] = {}  # plural or not -> name of the last one introduced
    for noun in nouns:
        plural = noun.tag_ == "NNS"
        ordinal = _ordinal(noun)
        if ordinal is not None or _introduced(noun):
            mention = _mention(doc, noun, ordinal, demonyms)
            last[plural] = mention.name
            if ordinal is not None:
                last[False] = mention.name
        elif _points_back(noun) and plural in last:
            det = next(c for c in noun.children if c.dep_ == "det")
            mention = Mention(det.i, noun.i + 1, doc[det.i:noun.i + 1].text, "unnamed",
                              last[plural], "Organization", scoped=True,
                              attrs={"operation": noun.lower_})
        else:
            continue
        out.append(mention)
    return out


def _names_an_operation(doc: Any, nouns: list[Any]) -> bool:
    """The text gives an operation a name: in its title ('X (disinformation campaign)'), by
    a name before the noun ('the Doppelganger campaign'), beside it ('the network Storm-1516')
    or with a naming word in its sentence ('a campaign, which it dubbed X', '"X", the name
    we gave this operation')."""
    if OPERATION_TITLE.match(text_of(doc)):
        return True
    for noun in nouns:
        if any(c.dep_ in ("compound", "nmod", "appos") and c.pos_ == "PROPN"
               and c.lower_ not in CUE_WORDS for c in noun.children):
            return True
        if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN" \
                and doc[noun.i + 1].lower_ not in CUE_WORDS:
            return True
        if NAMING.search(sentence_of(noun).text):
            return True
    return False


def _ordinal(noun: Any) -> str | None:
    """'the first network', 'The second operation': one of several a report tells apart."""
    if noun.tag_ != "NN" or noun.lower_ == "campaign":
        return None  # ('the first campaign' is as often a candidate's)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    return next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in ORDINALS),
                None)


def _introduced(noun: Any) -> bool:
    """'a network of fake accounts' (indefinite or counted) that the sentence makes an actor:
    what someone found or took down, or, said to be one of influence, who did something.
    The object of a verb that runs it ('Russia ran a disinformation campaign') is its
    runner's doing, and a description ('X is a Russian influence operation') is X's."""
    counted = any(c.dep_ == "nummod" for c in noun.children)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if not (counted if noun.tag_ == "NNS" else indefinite) or noun.dep_ in DESCRIBING \
            or noun.dep_ == "pobj" and noun.head.lower_ == "as":
        return False
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "dobj" and finding(first.head):
        return True  # ('identified two related networks': found, whatever they are made of)
    return first.dep_ in MOVED_SUBJECT and _cued(noun)


def _cued(noun: Any) -> bool:
    """The phrase says the operation is one of influence: a cue word before the noun ('a
    coordinated inauthentic network', 'a Facebook operation') or what it is made of ('a
    network of 40 fake news sites')."""
    before = [t for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod")
              for t in c.subtree]
    if any(t.lower_ in CUE_WORDS for t in before):
        return True
    return any(o.lower_ in PARTS for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


def finding(verb: Any) -> bool:
    """'identified', 'removed', 'took down' (with its particle)."""
    word = lemma(verb.lower_)
    if word == "take":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return word in FINDING_VERBS


def _points_back(noun: Any) -> bool:
    """'the network', 'this operation', 'these networks' with nothing more said of which."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in POINTING:
        return False
    return not any(c.i < noun.i and c.dep_ in ("amod", "compound", "nmod", "nummod", "poss")
                   for c in noun.children)


def _mention(doc: Any, noun: Any, ordinal: str | None, demonyms: dict[str, Any]) -> Mention:
    """The phrase up to the noun with its article (the form readers quote: 'two related
    networks', 'The first network'); the name without the article. A name before the noun
    keeps its own mention ('a Kremlin-linked network' is 'linked network'); a demonym is
    kept in the phrase and read as the state behind it ('a Russian influence network')."""
    first = min([c.left_edge.i for c in noun.children if c.i < noun.i] + [noun.i])
    state = None
    for t in doc[first:noun.i]:
        if t.lower_ in demonyms:
            state = demonyms[t.lower_]
        elif t.text[:1].isupper() and t.lower_ not in CUE_WORDS and t.i > first:
            first = t.i + 1  # (a capitalised first word is the sentence's, or a cue)
    while first < noun.i and (doc[first].is_punct or doc[first].text.startswith("-")):
        first += 1
    start = first + 1 if doc[first].dep_ == "det" else first
    end = noun.i + 1
    of = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    part = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    if part is not None and ordinal is None:
        end = part.i + 1  # 'a network of fake accounts' (not what the accounts did)
    words = doc[start:end].text
    attrs: dict[str, Any] = {"operation": noun.lower_}
    if ordinal:
        attrs["ordinal"] = ordinal
    if state is not None:
        attrs["backer"] = str(state.name)
    return Mention(first, end, doc[first:end].text, "unnamed",
                   words[:1].upper() + words[1:] + " (unnamed)", "Organization", scoped=True,
                   attrs=attrs)


def acting_platforms(doc: Any) -> list[Mention]:
    """'Facebook removed the network', 'pages suspended by Twitter': a platform the text
    makes act is its company, an actor (where something is posted, 'on Facebook', is a
    place, left out as before)."""
    out = []
    for match in PLATFORM_NAME.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        acting = token.dep_ == "nsubj" and token.head.pos_ == "VERB" \
            or token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent" \
            or _relative_doer(token)
        if acting:
            out.append(Mention(token.i, token.i + 1, token.text, "name", token.text,
                               "Organization", key=normalize_name(token.text), source="text"))
    return out


def _relative_doer(token: Any) -> bool:
    """'Facebook, which exposed the network': the platform does what its relative
    clause says."""
    return any(c.dep_ == "relcl" and c.i > token.i and any(
        s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)
        for c in token.children)
