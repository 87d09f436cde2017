"""Accusations stated as someone's report of a state's involvement.

Why: "RCMP commissioner Mike Duheme said that agents of the Government of India had
been involved in homicides" accuses India, though no verb of accusing is used and
the crime names no victim the other rules could link. The speaker accuses the state
(or the people acting for it) named as subject of an involvement clause.
"""

from __future__ import annotations

from typing import Any

from ..mentions.find import Mention
from ..resolution.pronouns import quoted
from ..vocabulary import lexicon
from ..vocabulary.morph import lemma
from .claims import negated
from .found import INTERFERENCE_NOUNS, Found, pairs, unique, wrong_doers
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["involvement_accusations"]

SAYING = {"say", "allege", "state", "tell", "announce", "charge", "claim", "assert", "add",
          "confirm", "reveal", "disclose", "report"}
INVOLVEMENT = {"involved", "engaged", "participated", "orchestrated", "linked", "connected",
               "tied", "behind", "responsible", "complicit"}
"""Words that put the clause's subject in wrongdoing: 'had been involved in',
'were behind', 'was responsible for', 'were linked to'."""
WRONGDOING_VERBS = lexicon.words("wrongdoing_verbs")
"""Verbs of a reported clause that are themselves the wrong: 'the spokesman said Canada
had sabotaged relations' accuses Canada."""
GROUNDS = {"allegation", "allegations", "evidence", "information", "indication",
           "indications", "intelligence", "proof"}
"""Nouns that make a claimed link an accusation: 'there were credible allegations of'."""
LINKING_VERBS = {"linking", "connecting", "tying"}
SPEAKERS = ("Person", "Agency", "Government", "State", "Committee", "Commission")
ACCUSED = ("State", "Government", "Agency", "Organization", "Person")


def involvement_accusations(view: SentenceView) -> list[Found]:
    """'X said that Y had been involved in crimes' -> X accused Y."""
    out: list[Found] = []
    if view.lemmas.isdisjoint(SAYING):
        return out  # no verb of saying: no token need be read
    for verb in view.tokens:
        if verb.pos_ not in ("VERB", "AUX") or lemma(verb.text) not in SAYING:
            continue
        speakers = [m for m in view.subjects(verb) if m.type in SPEAKERS]
        if not speakers:
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or negated(clause):
                continue  # 'said X had not been involved' accuses no one
            accused = [m for end in _linked(clause) for m in _alone(view, end)]
            if _involvement(clause) or lemma(clause.text) in WRONGDOING_VERBS:
                accused += [m for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                            for m in _named(view, s)]
            accused += _perpetrators(view, clause)
            accused = [m for m in accused if m.type in ACCUSED]
            out += pairs(speakers, accused, "ACCUSED", "said:involved", verb.i)
        quoted = [m for m in _quoted_wrong(view, verb) if m.type in ACCUSED]
        out += pairs(speakers, quoted, "ACCUSED", "said:quoted-wrong", verb.i)
    return out


HOSTILE_ACTS = lexicon.words("hostile_act_nouns")
PERPETRATING = lexicon.words("perpetrating_verbs")


def _perpetrators(view: SentenceView, clause: Any) -> list[Mention]:
    """Who a reported clause says did a hostile act: 'the cyberespionage was the work of
    X', 'the attack was carried out by X', 'X conducted the intrusion'."""
    word = lemma(clause.text)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if word == "be" and any(s.lower_ in HOSTILE_ACTS for s in subjects):
        return [m for a in clause.children if a.dep_ == "attr" and a.lower_ == "work"
                for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
    if word not in PERPETRATING or word == "carry" and not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in clause.children):
        return []
    if any(s.dep_ == "nsubjpass" and s.lower_ in HOSTILE_ACTS for s in subjects):
        return [m for by in clause.children if by.dep_ == "agent"
                for o in by.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
    if any(o.dep_ == "dobj" and o.lower_ in HOSTILE_ACTS for o in clause.children):
        return [m for s in subjects if s.dep_ == "nsubj" for m in view.actors(s, owner=False)]
    return []


QUOTES = {'"', "“", "”", "'", "‘", "’"}
PERFECT = {"had", "has", "have"}


def _quoted_wrong(view: SentenceView, verb: Any) -> list[Mention]:
    """'said that Canada had "sabotaged" relations': a wrong verb set in quotation marks
    is often parsed as an adjective of its object, leaving no clause to read; on the
    surface, '<actor> had "<wrong>"' under the saying verb accuses that actor."""
    doc = view.sent.doc
    out: list[Mention] = []
    for word in verb.subtree:
        if word.dep_ == "ccomp" or lemma(word.text) not in WRONGDOING_VERBS \
                or word.tag_ not in ("VBN", "VBD") or word.i < 3 \
                or doc[word.i - 1].text not in QUOTES or doc[word.i - 2].lower_ not in PERFECT:
            continue
        subject = view.at.get(word.i - 3)
        if subject is not None and subject.end == word.i - 2:
            out.append(subject)
    return out


def _linked(clause: Any) -> list[Any]:
    """'there were allegations of a link between agents of X and the killing', 'there is
    evidence linking agents of X to it', 'agencies were pursuing allegations of a link
    between X and ...': the words a claimed link starts from (not the clause's subject,
    which only holds the grounds)."""
    out: list[Any] = []
    for attr in (c for c in clause.children if c.dep_ in ("attr", "dobj")
                 and c.lower_ in GROUNDS):
        for child in attr.children:
            if child.dep_ == "acl" and child.lower_ in LINKING_VERBS:
                out += [o for o in child.children if o.dep_ == "dobj"]
            if child.dep_ == "prep" and child.lower_ == "of":
                for noun in (o for o in child.children if o.dep_ == "pobj"):
                    out += _link_ends(noun)
    return out


def _link_ends(noun: Any) -> list[Any]:
    """'a link between A and the killing' -> A (what A is linked to is the wrong, not an
    accused); 'the involvement of A' -> A."""
    wanted = {"link": "between", "links": "between", "connection": "between",
              "ties": "between", "involvement": "of"}.get(noun.lower_)
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == wanted
            for o in p.children if o.dep_ == "pobj"]


def _alone(view: SentenceView, end: Any) -> list[Mention]:
    """The actor one end of a link names, itself or through 'agents of X', without its
    conjuncts (the other end, 'the killing of Y', names the victim)."""
    heads = [end] + [o for p in end.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]
    return [view.at[h.i] for h in heads if h.i in view.at][:1]


def _named(view: SentenceView, subject: Any) -> list[Mention]:
    """The subject's actors, else those of its 'of' phrase ('agents of the Government of
    India' stand for India, the seed's convention for agents and officials)."""
    found = view.actors(subject)
    if found:
        return found
    return [m for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for m in view.actors(o)]


def _involvement(clause: Any) -> bool:
    if clause.lower_ in INVOLVEMENT:
        return True
    return any(c.dep_ in ("acomp", "attr", "prep") and c.lower_ in INVOLVEMENT
               for c in clause.children)


ATTEMPT_VERBS = lexicon.words("attempt_verbs")


def quoted_wrongdoing(view: SentenceView, speaker: Mention | None) -> list[Found]:
    """'"Through misrepresentations, X attempted to deceive the public," the Assistant
    Attorney General said': inside a quote, whoever the speaker says did a wrong (or tried
    to) is accused by the speaker."""
    if speaker is None:
        return []
    out: list[Found] = []
    for verb in view.tokens:
        if verb.pos_ != "VERB" or lemma(verb.text) not in WRONGDOING_VERBS or not quoted(verb):
            continue
        doer = verb.head if verb.dep_ == "xcomp" and lemma(verb.head.text) in ATTEMPT_VERBS \
            else verb
        accused = [m for m in view.subjects(doer) if m.type in ACCUSED]
        out += pairs([speaker], [m for m in accused if m.key != speaker.key], "ACCUSED",
                     "quote:wrong", verb.i)
    return out


NOTING_VERBS = lexicon.words("noting_verbs")
GROWTH_NOUNS = lexicon.words("growth_nouns")
HOSTILE_MODIFIERS = lexicon.words("hostile_modifiers")
INFLUENCING_VERBS = lexicon.words("influencing_verbs")
HOSTILE_ACT_NOUNS = lexicon.words("campaign_nouns") | lexicon.words("attempt_nouns")
RECORDING_BODIES = (*SPEAKERS, "Legislature")


def noted_wrongs(view: SentenceView) -> list[Found]:
    """'The Assembly notes the escalation in hostile interference originating from X',
    'recalls Russia's disinformation campaigns': a body that records a wrong as fact, as
    resolutions and statements do, accuses whoever does it. The wrong must be plainly one
    (interference, or a campaign or attempt that is hostile or aims to sway), so that
    'notes the efforts of Moldova' accuses no one."""
    out: list[Found] = []
    if view.lemmas.isdisjoint(NOTING_VERBS):
        return out
    for verb in view.tokens:
        if verb.pos_ != "VERB" or lemma(verb.text) not in NOTING_VERBS or negated(verb):
            continue
        bodies = [m for m in view.subjects(verb) if m.type in RECORDING_BODIES]
        wrongs = [w for obj in verb.children if obj.dep_ == "dobj"
                  for noun in (obj, *obj.conjuncts) for w in _wrongs(noun)]
        doers = [m for w in wrongs for m in wrong_doers(view, w) if m.type in ACCUSED]
        out += pairs(bodies, unique([m for m in doers if m.key not in {b.key for b in bodies}]),
                     "ACCUSED", "noted:wrong", verb.i)
    return out


def _wrongs(noun: Any) -> list[Any]:
    """The wrong a noted noun names: itself, or what it is the growth of ('the escalation
    in interference', 'the rise of disinformation campaigns')."""
    if noun.lower_ in GROWTH_NOUNS:
        inner = [w for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                 for w in p.children if w.dep_ == "pobj" and _hostile(w)]
        return inner + [noun] if inner else []  # (the parser may hang the source on
        # the growth: 'the escalation in interference originating from X')
    return [noun] if _hostile(noun) else []


def _hostile(noun: Any) -> bool:
    if noun.lower_ in INTERFERENCE_NOUNS:
        return True
    return noun.lower_ in HOSTILE_ACT_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in HOSTILE_MODIFIERS
        or c.dep_ == "acl" and c.lower_ in INFLUENCING_VERBS for c in noun.children)
    # (an attempt's verb is bare: 'attempts to influence')


@family("accusations", 40)
def _accusations_family(s: Sentence) -> list[Found]:
    return involvement_accusations(s.view) + quoted_wrongdoing(s.view, s.extras.get("speaker")) \
        + noted_wrongs(s.view)
