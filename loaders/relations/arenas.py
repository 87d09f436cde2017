"""Interference in a country named by its adjective: 'tried to interfere in Australian
politics', 'Chinese interference in Canadian elections'.

Why a family of its own: the verb rule takes a target from the verb's objects, but here
the country is only the adjective of the arena ('politics', 'elections', 'democratic
processes'); without this the interference had no target at all, or, in a text of the
home country, the home country by default even when the arena was foreign.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon, locales
from ..vocabulary.gazetteer import Gazetteer
from ..vocabulary.morph import lemma
from .claims import asked_for, negated
from .found import INTERFERENCE_EVENT_NOUNS, Builtin, Found, pairs, pobj_actors, unique
from .registry import Sentence, family
from .syntax import REASON_PREPS, REASON_VERBS, SentenceView, in_particular, reason_patient

__all__ = ["arena_interference"]

ARENA_PREPS = ("in", "into", "with")


def arena_interference(view: SentenceView, gazetteer: Gazetteer, builtin: Builtin
                       ) -> Iterator[Found]:
    if view.lemmas.isdisjoint(ARENA_VERBS) and view.words.isdisjoint(ARENA_EVENT_NOUNS):
        return  # no verb or noun of interference or swaying: no token need be read
    for token in view.tokens:
        if token.pos_ == "VERB" and lexicon.VERB_RELATIONS.get(lemma(token.text)) == \
                "INTERFERED_IN":
            agents = view.subjects(token) or _attempt_agents(view, token) \
                or _reason_agents(view, token)
        elif token.pos_ == "NOUN" and lexicon.NOMINAL_EVENTS.get(token.lower_) == "INTERFERED_IN":
            agents = _noun_agents(view, token, gazetteer, builtin)
        elif token.pos_ == "VERB" and lemma(token.text) in SWAYING_VERBS:
            agents = view.subjects(token) or _attempt_agents(view, token) \
                or _reason_agents(view, token) or _aimed_agents(view, token, gazetteer, builtin)
        else:
            continue
        if negated(token) or asked_for(token):
            continue
        swaying = lemma(token.text) in SWAYING_VERBS
        arenas = _swayed(view, token, gazetteer, builtin) if swaying else \
            _arenas(view, token, gazetteer, builtin)
        for arena, rule in arenas:  # who may interfere: the model's sources of INTERFERED_IN
            yield from pairs([a for a in agents if a.key != arena.key and not (
                rule == ERODED_RULE and a.type == "Person")], [arena],
                "INTERFERED_IN", rule, token.i)
        if swaying:  # 'to influence United States politicians': the people and bodies
            swayed = [m for m in view.objects(token, set()) if m.type not in ("State", "Bill")]
            yield from pairs([a for a in agents if a.type != "Bill"], swayed, "TARGETED",
                             "arena:swayed", token.i)  # worked on are targets


ATTEMPT_NOUNS = lexicon.words("attempt_nouns")
ELECTION_NOUNS = {"election", "elections", "vote", "votes", "referendum", "ballot"}
"""Arenas a legislature is elected in: 'the elections to the European Parliament'."""


def _attempt_agents(view: SentenceView, verb: Any) -> list[Mention]:
    """"Russia's attempts to interfere", 'the attempts by Russia to interfere': the verb
    hangs on the noun of trying, whose owner or 'by' tries."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lower_ not in ATTEMPT_NOUNS:
        return []
    found = [m for c in noun.children if c.dep_ == "poss"
             for m in view.actors(c, owner=False)]  # "Russia's", 'his' (who he is)
    found += [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
              for m in pobj_actors(view, p)]
    if found:
        return found
    taker = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" \
        else None  # 'were involved in a conspiracy to', 'orchestrated a campaign to'
    if taker is not None and taker.pos_ == "VERB" and lemma(taker.text) in TAKING_PART:
        return view.subjects(taker)
    return []


TAKING_PART = lexicon.words("attempt_taking_verbs")




def _reason_agents(view: SentenceView, verb: Any) -> list[Mention]:
    """'designated for attempting to influence the US elections', 'charged X with trying to
    interfere in Y', 'a troll factory sanctioned for ...': the one sanctioned or charged
    is who tried (the parser gives the trying no subject of its own)."""
    node = verb
    while node.dep_ == "xcomp" and node.head.tag_ == "VBG":
        node = node.head  # 'influence' -> 'attempting'
    if node.dep_ == "acl" and node.head.lower_ in ATTEMPT_NOUNS and node.head.dep_ == "pobj":
        node = node.head  # 'designated ... for efforts to interfere in US elections'
    elif node.tag_ != "VBG" or node.dep_ != "pcomp":
        return []
    if node.head.lower_ not in REASON_PREPS:
        return []
    act = node.head.head
    if act.pos_ != "VERB" or lemma(act.text) not in REASON_VERBS:
        return []
    patient = reason_patient(act)
    if patient is None and act.dep_ == "acl":  # 'a troll factory designated in 2018 for'
        patient = act.head
        if patient.dep_ == "appos":  # 'the IRA, a troll factory designated ...'
            owner = patient.head
            between = patient.doc[owner.i + 1:patient.left_edge.i]
            if any(t.pos_ in ("VERB", "AUX") for t in between):
                return []  # an apposition hung far back across a clause: a parse to distrust
            patient = owner
    return view.actors(patient, owner=False) if patient is not None else []


AIMING = {"aimed", "designed", "intended", "meant", "directed"}


def _aimed_agents(view: SentenceView, verb: Any, gazetteer: Gazetteer, builtin: Builtin
                  ) -> list[Mention]:
    """'activities, interference and hybrid operations by Russia ... aimed at undermining
    the electoral processes of Moldova': whoever the aimed acts are by."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("at", "to"):
        return []
    aimed = verb.head.head
    if aimed.lower_ not in AIMING or aimed.dep_ not in ("acl", "amod") \
            or aimed.head.pos_ != "NOUN":
        return []
    acts = [aimed.head, *aimed.head.conjuncts]
    return unique([m for noun in acts for m in _noun_agents(view, noun, gazetteer, builtin)])


def _noun_agents(view: SentenceView, noun: Any, gazetteer: Gazetteer, builtin: Builtin
                 ) -> list[Mention]:
    """'Chinese interference', "Russia's interference", 'interference by India'."""
    found = []
    for child in (c for c in noun.children if c.dep_ in ("poss", "amod", "compound")):
        state = gazetteer.state_of_demonym_at(child) if child.i not in view.at else None
        found += [view.at[child.i]] if child.i in view.at else \
            [builtin(state, "State")] if state and child.text[:1].isupper() else []
    found += [m for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "of")
              for m in pobj_actors(view, p)]  # 'the interference of the Russian Federation'
    return found


def _arenas(view: SentenceView, token: Any, gazetteer: Gazetteer, builtin: Builtin
            ) -> list[tuple[Mention, str]]:
    """The states whose adjective qualifies the arena ('in Australian politics') or that
    own it ('in the elections of Moldova'), each with the rule that read it."""
    out: list[tuple[Mention, str]] = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ARENA_PREPS):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            out += [(m, "arena:owner") for m in _owning_states(view, obj)]  # "Moldova's"
            if obj.lower_ in ELECTION_NOUNS:
                out += [(m, "arena:elected-body") for m in _elected_bodies(view, token, obj)]
            out += [(m, "arena:demonym")
                    for m in _qualifying_states(view, obj, gazetteer, builtin)]
            if obj.lower_ in ARENA_NOUNS:  # 'interfered in the elections in Moldova'
                out += [(m, "arena:place") for p in obj.children
                        if p.dep_ == "prep" and p.lower_ == "in"
                        for m in pobj_actors(view, p) if m.type == "State"]
    return out


SWAYING_VERBS = lexicon.words("swaying_verbs")
ARENA_VERBS = frozenset(w for w, kind in lexicon.VERB_RELATIONS.items()
                        if kind == "INTERFERED_IN") | SWAYING_VERBS
"""The lemmas `arena_interference` reads a verb of (what it asks of every token)..."""
ARENA_EVENT_NOUNS = INTERFERENCE_EVENT_NOUNS
"""...and the nouns it reads: a sentence with none of either is skipped whole."""
ARENA_NOUNS = lexicon.ARENA_NOUNS
ERODING_VERBS = lexicon.words("eroding_verbs")
"""Swaying verbs whose object owned by a state is an arena whatever it is ('undermining
the security, sovereignty and democratic foundations of Moldova')."""


def _swayed(view: SentenceView, verb: Any, gazetteer: Gazetteer, builtin: Builtin
            ) -> list[tuple[Mention, str]]:
    """'influence the 2016 United States presidential election', 'sway American voters':
    the country whose elections or voters are acted on (none for any other object)."""
    out: list[tuple[Mention, str]] = []
    objects = [o for c in verb.children if c.dep_ == "dobj"
               for o in (c, *c.conjuncts, *(a for a in c.children if a.dep_ == "appos"))]
    objects += [o for a in objects if a.dep_ == "appos" for o in a.conjuncts]
    objects += [o for c in verb.children for o in in_particular(c)]
    eroding = lemma(verb.text) in ERODING_VERBS  # 'undermine the foundations of Moldova'
    if eroding:  # 'sought to destabilise Moldova'
        out += [(view.at[o.i], "arena:state") for o in objects
                if o.i in view.at and view.at[o.i].type == "State"]
    objects += [a for o in objects for a in _nested_arenas(o)]
    for obj in (o for o in unique_tokens(objects) if eroding or o.lower_ in ARENA_NOUNS):
        rule = "arena:owner" if obj.lower_ in ARENA_NOUNS else ERODED_RULE
        out += [(m, rule) for m in _owning_states(view, obj)]
        out += [(m, "arena:demonym") for m in _qualifying_states(view, obj, gazetteer, builtin)]
        out += [(m, "arena:place") for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                for m in pobj_actors(view, p) if m.type == "State"]
    return out


ERODED_RULE = "arena:eroded"
"""A state's thing other than its politics undermined ('the values of the United
States'): interference when a state or a body does it, not when a person does ('the
President undermined the values of the United States' is his own country's politics)."""


def _nested_arenas(obj: Any) -> list[Any]:
    """'undermine trust in politics in the UK', 'influence the outcome of Moldova's
    elections': the arena sits one phrase below what is acted on."""
    return [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
            for o in p.children if o.dep_ == "pobj" and o.lower_ in ARENA_NOUNS]


def _qualifying_states(view: SentenceView, obj: Any, gazetteer: Gazetteer,
                       builtin: Builtin) -> list[Mention]:
    """'the United States presidential election', 'American voters': the state a modifier
    of the arena names."""
    out = []
    for word in obj.children:
        if word.dep_ not in ("amod", "compound", "nmod") or word.i >= obj.i:
            continue
        named = view.at.get(word.i)
        if named is not None and named.type == "State":
            out.append(named)
            continue
        state = gazetteer.state_of_demonym_at(word) or _locale_state(word.lower_)
        if state and word.text[:1].isupper():
            out.append(builtin(state, "State"))
    return out


def _owning_states(view: SentenceView, arena: Any) -> list[Mention]:
    """The state that owns the arena: 'the elections of Moldova', "Moldova's politics"."""
    owners = [c for c in arena.children if c.dep_ == "poss"]
    owners += [x for p in arena.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]
    # ('the affairs of Hong Kong SAR and Taiwan': each state among the owners)
    found = [view.at[o.i] for o in owners if o.i in view.at and view.at[o.i].type == "State"]
    if not found and any(o.lower_ == "its" for o in owners):
        found = _speaking_state(view)  # 'Lithuania condemns attempts by Russia to
    return found  # interfere in its internal affairs': the state that speaks


def _speaking_state(view: SentenceView) -> list[Mention]:
    """The state subject of the sentence's main verb ('Lithuania condemns ...')."""
    root = view.sent.root
    return [m for c in root.children if c.dep_ == "nsubj"
            for m in view.actors(c, owner=False) if m.type == "State"]


def _elected_bodies(view: SentenceView, verb: Any, election: Any) -> list[Mention]:
    """'the elections to the European Parliament': the legislature elected is the arena
    (the parser hangs 'to' on the election or on the verb)."""
    preps = [p for h in (election, verb) for p in h.children
             if p.dep_ == "prep" and p.lower_ == "to"]
    return [m for p in preps for m in pobj_actors(view, p) if m.type == "Legislature"]


def _locale_state(word: str) -> str:
    """'Canadian' names Canada here though the gazetteer leaves it out of Canada's
    demonyms ('Canadian MPs' are not the State): an arena is the country itself."""
    return next((loc.state for loc in locales.all_locales() if loc.demonym.lower() == word
                 and loc.state), "")


@family("arenas", 12)
def _arenas_family(s: Sentence) -> Iterator[Found]:
    return arena_interference(s.view, s.gazetteer, s.builtin)


def unique_tokens(tokens: list[Any]) -> list[Any]:
    """Tokens in order, each once."""
    return list({t.i: t for t in tokens}.values())
