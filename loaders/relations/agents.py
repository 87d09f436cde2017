"""Acting for a foreign power: 'an unregistered agent of Russia', 'a spy for China'.

Why a family of its own: the core allegation of this domain is worded as a noun, far
from the verb that says who is accused and how surely ("X was convicted of acting as
an unregistered foreign agent of Russia", "X pleaded guilty to conspiring to act as an
agent of the Russian state", "Y, a suspected Chinese spy", "Z was an agent of Turkey").
The noun names the principal (after 'of' or 'for', or as a demonym); its holder is the
person it is predicated of: an apposition, a predicate noun, or the subject of the
clause that 'acting as' or 'being' depends on. The relation is the allegation
ACTED_FOR; its status (charged, convicted, admitted, denied...) comes from the claim
rules like every allegation's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon, locales
from ..vocabulary.gazetteer import Gazetteer
from ..vocabulary.morph import is_stop_form, lemma
from .found import Builtin, Found, pobj_actors
from .registry import Sentence, family
from .syntax import (
    WH_WORDS,
    Clause,
    SentenceView,
    appositive_beside,
    charged_with,
    topic_between,
)

__all__ = ["acting_for", "agency_post", "holders_of"]

AGENT_NOUNS = lexicon.words("agent_nouns")
PRINCIPALS = ("State", "Government", "Agency", "Party")
AGENTS = ("Person", "Organization", "Media")
ACTING_VERBS = lexicon.words("agent_acting_verbs")
"""'acting as', 'serving as', 'being', 'registered as' an agent: the doer is the agent."""
MAX_CLIMB = 8
"""How many heads up the doer of an agent's act may sit: 'was sentenced to two years'
imprisonment for trying to influence X on behalf of Y' climbs seven."""
SPYING_VERBS = lexicon.words("spying_verbs")
PROCEEDING_NOUNS = lexicon.words("proceeding_nouns")
"""'the arrest / conviction / trial of X on charges of spying': X is the one charged."""
PROCEEDING_VERBS = lexicon.words("proceeding_verbs")
"""'police arrested X on charges of spying': the object, not the police, is charged."""


def acting_for(view: SentenceView, gazetteer: Gazetteer, builtin: Builtin) -> Iterator[Found]:
    if view.words.isdisjoint(TRIGGERS):
        return  # no spying, no 'behalf', no agent noun or word compounded onto one
    for noun in view.tokens:
        if noun.lower_ in SPYING_VERBS and noun.pos_ in ("VERB", "NOUN") and noun.tag_ != "NNS":
            yield from _spying(view, noun)  # the tagger often makes 'spying' a noun
        elif noun.lower_ in INTELLIGENCE_WORK and any(
                c.dep_ in ("compound", "amod") and c.lower_ == "intelligence"
                for c in noun.children):
            yield from _spying(view, noun.head if noun.dep_ == "dobj" else noun,
                               [noun])  # 'conducting intelligence activities for X': the
            # 'for' hangs on the verb or on the noun
        if noun.lower_ == "behalf":
            yield from _on_behalf(view, noun)
        if noun.lower_ in BIDDING_NOUNS:
            yield from _at_bidding(view, noun)
        if noun.lower_ in BIDDING_PARTICIPLES:
            yield from _as_bidden(view, noun)
            yield from _bidden_to(view, noun)
        if not _agent_noun(noun):
            continue
        principals = [m for m in _principals(view, noun) if m.type in PRINCIPALS]
        principals += _demonym_principals(view, noun, gazetteer, builtin, principals)
        if not principals:
            continue
        yield from _acted_for(holders_of(view, noun), principals, "agent-of", noun.i)


AGENT_COMPOUNDS = lexicon.words("agent_compounds")
BIDDING_NOUNS = lexicon.table("bidding_nouns")
"""'at the request of PRC officials', 'on the orders of the FSB': the noun and the
prepositions it follows."""
BIDDING_PARTICIPLES = lexicon.words("bidding_participles")
"""'As directed by ROK government officials, X advocated ...': the same bidding as a verb."""
INTELLIGENCE_WORK = lexicon.words("intelligence_work_nouns")
"""'conducting intelligence activities for Russia': spying, in a noun phrase."""
TRIGGERS = SPYING_VERBS | {"behalf"} | AGENT_NOUNS | AGENT_COMPOUNDS | set(BIDDING_NOUNS) \
    | BIDDING_PARTICIPLES | INTELLIGENCE_WORK
"""Words one of the rules here is read at (an agent compound on the noun it modifies)."""


def _agent_noun(noun: Any) -> bool:
    """'a spy', 'an agent', and 'a front company', 'a cover organisation' (not a special
    agent's rank)."""
    return noun.pos_ == "NOUN" and (noun.lower_ in AGENT_NOUNS and not agency_post(noun) or any(
        c.dep_ in ("compound", "amod") and c.lower_ in AGENT_COMPOUNDS and c.i < noun.i
        for c in noun.children))


def agency_post(noun: Any) -> bool:
    """'Special Agent Jane Roe', 'Special Agent-in-Charge of the FBI's field office': an
    investigator's rank in the agency that employs them, no one's agent abroad."""
    return any(c.lower_ == "special" for c in noun.children if c.i < noun.i) \
        or any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "charge"
                                                           for o in c.children)
               for c in noun.children)


def _acted_for(agents: list[Mention], principals: list[Mention], rule: str, anchor: int
               ) -> Iterator[Found]:
    """Each person, company or outlet among `agents` acts for each principal (never for
    itself): 'X, a front company for the MSS', 'Y, a Russian proxy'."""
    for agent in (a for a in agents if a.type in AGENTS):
        for principal in principals:
            if agent.key != principal.key:
                yield Found(agent, principal, "ACTED_FOR", rule, anchor)


def _on_behalf(view: SentenceView, behalf: Any) -> Iterator[Found]:
    """'influenced key leaders on behalf of Turkey', 'lobbied on behalf of the PRC': who
    does it acts for the state or agency it is done for."""
    if behalf.dep_ != "pobj" or behalf.head.lower_ not in ("on", "in"):
        return
    principals = [m for p in behalf.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"
                  for m in view.actors(o, owner=False) if m.type in PRINCIPALS]
    verb = behalf.head.head
    home = locales.home_state()
    principals = [m for m in principals if m.name != home]  # an official's own country
    if principals and verb.pos_ == "NOUN":  # 'his alleged activities on behalf of X'
        owners = [m for c in verb.children if c.dep_ == "poss" for m in view.actors(c)]
        yield from _acted_for(owners, principals, "agent-behalf", behalf.i)
    if not principals or verb.pos_ not in ("VERB", "AUX") or topic_between(verb, behalf.head):
        return
    doers = view.actors(verb.head, owner=False) if verb.dep_ == "acl" \
        else _clause_doer(view, verb)  # 'X, acting on behalf of Y'; 'schemes carried out
    yield from _acted_for(doers, principals, "agent-behalf", behalf.i)  # on behalf of Y':
    # the schemes', not the speaker's


def _at_bidding(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'engaged in political activities at the request of PRC officials', 'acted on the
    orders of the FSB': the doer acts for a foreign state, or a body of one; a request of
    one's own country's bodies ('at the request of CSIS') makes no agent."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in BIDDING_NOUNS[noun.lower_]:
        return
    principals = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"
                  for m in view.actors(o, owner=False) if _foreign_principal(m)]
    principals = principals or _officers_service(view, noun)
    prep = noun.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:  # 'at the direction and under
        prep = prep.head  # the control of X': the second phrase hangs on the first
    verb = prep.head
    if principals and verb.pos_ in ("VERB", "AUX"):
        yield from _acted_for(_clause_doer(view, verb), principals, "agent-bidding", noun.i)


def _officers_service(view: SentenceView, noun: Any) -> list[Mention]:
    """'on the instructions of an officer of the FSB': the foreign body whose officer bids."""
    return [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.lower_ in lexicon.PERSON_ROLE_NOUNS
            for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
            for m in pobj_actors(view, q) if _foreign_principal(m)]


def _bidden_to(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'X was tasked by a Public Security Bureau of China to gather information': whom a
    foreign state or body bids to act acts for it."""
    clause = Clause.of(verb)
    if not clause.passive or clause.subject is None or clause.agent is None \
            or clause.subject.lower_ in WH_WORDS \
            or not any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
        return
    principals = [m for m in view.actors(clause.agent, owner=False) if _foreign_principal(m)]
    yield from _acted_for(view.actors(clause.subject, owner=False), principals,
                          "agent-bidden", verb.i)


def _as_bidden(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'As (covertly) directed by PRC officials, X lobbied ...': the clause's doer acts for
    the foreign state or body whose bidding 'as' says it followed."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as"
                                       for c in verb.children):
        return
    principals = [m for a in verb.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj" for m in view.actors(o, owner=False)
                  if _foreign_principal(m)]
    if principals and verb.head.pos_ in ("VERB", "AUX"):
        yield from _acted_for(_clause_doer(view, verb.head), principals, "agent-bidding",
                              verb.i)


def _foreign_principal(m: Mention) -> bool:
    """A state other than the document's own, or a known body of one."""
    home = locales.home_state()
    if m.type == "State":
        return m.name != home
    country = getattr(m.attrs.get("entry"), "country", "") or _named_country(m.name)
    return m.type in PRINCIPALS and bool(country) and country != home


def _named_country(name: str) -> str:
    """'Public Security Bureau of China': the country a body's own name ends with."""
    _, of, country = name.rpartition(" of ")
    return country if of and country in lexicon.COUNTRIES else ""


def _spying(view: SentenceView, verb: Any, more: Sequence[Any] = ()) -> Iterator[Found]:
    """'X spied for Russia', 'X was arrested on charges of spying for China': the doer of
    the spying acts for the state it is done for ('spying on X' is not read here); `more`:
    other words whose 'for' names it too (the object of 'conducting')."""
    preps = list(verb.children) + [c for word in more if word is not verb for c in word.children]
    if verb.dep_ == "conj":  # 'for treason and espionage for Russia': the parser hangs the
        preps += [p for p in verb.head.children if p.i > verb.i]  # 'for' on the first noun
    principals = [m for p in preps if p.dep_ == "prep" and p.lower_ == "for"
                  for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)
                  if m.type in PRINCIPALS]
    if not principals:
        return
    yield from _acted_for(_clause_doer(view, verb), principals, "agent-of", verb.i)


def _demonym_principals(view: SentenceView, noun: Any, gazetteer: Gazetteer,
                        builtin: Builtin, found: list[Mention]) -> list[Mention]:
    """'a Chinese spy', 'a suspected Russian agent': the demonym just before the noun
    names the state (when the mention rules did not already make it an actor)."""
    out: list[Mention] = []
    for child in noun.lefts:
        state = gazetteer.state_of_demonym_at(child) if child.dep_ in (
            "amod", "compound", "nmod") and child.i not in view.at else None
        if state and all(m.name != state for m in found + out):
            out.append(builtin(state, "State"))
    return out


SERVING_VERBS = {"act", "operate", "spy", "work"}
"""Participles that say for whom an agent noun's holder works ('a spy working for X')."""


def _principals(view: SentenceView, noun: Any) -> list[Mention]:
    """'agent of Russia', 'spy for China', 'a Chinese spy', 'a PRC agent', 'a spy working
    for the Russian secret services'."""
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for")]
    preps += [p for c in noun.children if c.dep_ == "acl" and lemma(c.text) in SERVING_VERBS
              for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
    out = [m for p in preps for o in p.children if o.dep_ == "pobj"
           for m in view.actors(o, owner=False)]
    for modifier in noun.subtree:
        if modifier.i < noun.i and modifier.i in view.at:
            mention = view.at[modifier.i]
            if mention.type in PRINCIPALS and mention.key not in {m.key for m in out}:
                out.append(mention)
    return out


def holders_of(view: SentenceView, noun: Any) -> list[Mention]:
    """Who a describing noun is said of: 'X, a spy', 'X is a spy', 'exposed X as a spy'
    (the object of the verb 'as' hangs on), 'X acted as a spy'."""
    if noun.dep_ == "appos":
        return view.actors(noun.head, owner=False) if appositive_beside(noun) else []
    head = noun.head
    if noun.dep_ in ("attr", "oprd"):
        subject = Clause.of(head).subject
        if subject is not None:
            return view.actors(subject, owner=False)
        return _clause_doer(view, head)
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lower_ in ACTING_VERBS:
        return _clause_doer(view, head.head)
    before = noun.doc[head.i - 1] if head.i > 0 else head
    if noun.dep_ == "pobj" and head.lower_ == "as" and before.lower_ in ACTING_VERBS \
            and before.pos_ == "VERB":  # 'for bribery and acting as an agent of X': the
        return _clause_doer(view, before)  # parser hung 'as' on the noun before the verb
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
        return [m for o in head.head.children if o.dep_ == "dobj"
                for m in view.actors(o, owner=False)]  # 'exposed X as a Russian-financed network'
    return []


def _clause_doer(view: SentenceView, verb: Any) -> list[Mention]:
    """The doer of 'acting as' / 'being': its subject, else that of the clause it depends
    on, climbing 'conspiring to act', 'convicted of acting', 'charges of being'."""
    node = verb
    for _ in range(MAX_CLIMB):
        if node.pos_ == "ADP" and node.head.i != node.i:  # 'of', 'with': to what it hangs on
            node = node.head
            if node.i in view.at and (node.pos_ in ("NOUN", "PROPN")
                                      or view.at[node.i].type == "Person"):
                return [view.at[node.i]]  # 'convicted X of acting as ...' (hung on X; a
                # name the parser took for a verb, 'charges Yaoning Sun for acting as')
            continue
        if node.lower_ in PROCEEDING_NOUNS and node.pos_ == "NOUN":
            return _proceeded_against(view, node)
        if is_stop_form(node.lower_, PROCEEDING_VERBS) and node.pos_ == "VERB":  # 'arrested X on
            charged = [m for o in node.children if o.dep_ == "dobj"  # charges of spying'
                       for m in view.actors(o, owner=False)]
            if charged:
                return charged
        accused = charged_with(node)
        if accused is not None:  # 'convicted X of acting as ...'
            return view.actors(accused, owner=False)
        clause = Clause.of(node)
        subject = clause.agent if clause.agent is not None and not clause.passive else \
            clause.subject
        if subject is not None and subject.lower_ not in ("who", "that", "which"):
            return view.actors(subject, owner=False)
        if subject is not None and node.dep_ == "relcl":
            return view.actors(node.head, owner=False) or _described(view, node.head)
        if node.head.i == node.i:
            return []
        node = node.head
    return []


def _proceeded_against(view: SentenceView, noun: Any) -> list[Mention]:
    """'the arrest of X on charges of being a spy': X, also where the parser hung 'of X'
    on a date or a place of the arrest ('the arrest in Germany on 23 April of X')."""
    heads = [noun] + [o for p in noun.children if p.dep_ == "prep" for o in p.children
                      if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "GPE", "LOC")]
    return [m for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]


def _described(view: SentenceView, noun: Any) -> list[Mention]:
    """'X is a politician ... who was convicted of acting as ...', 'X, a firm that ran ...
    on behalf of Y': X."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "appos" and noun.head.dep_ == "attr" and noun.head.i not in view.at:
        noun = noun.head  # 'X was a civil servant, diplomat and politician who ...': the
        # parser makes the last of the listed nouns an apposition of the first
    if noun.dep_ == "attr":
        subject = Clause.of(noun.head).subject
        return view.actors(subject, owner=False) if subject is not None else []
    if noun.dep_ == "appos" and noun.head.i in view.at:
        return [view.at[noun.head.i]]
    return []


@family("foreign-agents", 90)
def _agents_family(s: Sentence) -> Iterator[Found]:
    return acting_for(s.view, s.gazetteer, s.builtin)
