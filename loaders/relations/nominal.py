"""Relations stated by event and role nouns: 'the detention of X by China', 'Chinese
interference', 'X is a target of Y'.

Why apart from the verb rules: a noun carries its agent and patient in its own
modifiers (possessive, demonym, 'of'/'by' phrases), so these rules read the noun
phrase first and the clause around it only as a fallback.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..mentions.mention import OPERATION_NOUNS
from ..vocabulary import lexicon, locales
from ..vocabulary.morph import lemma
from .claims import negated
from .found import (
    INTERFERENCE_NOUNS,
    LIGHT_VERBS,
    Found,
    act_doers,
    pairs,
    pobj_actors,
    unique,
    wrong_doers,
)
from .syntax import Clause, SentenceView

__all__ = ["nominal_relations", "foreign_arena", "TOLD_NOUNS", "CONTACT_NOUNS"]


ORIGIN_PARTICIPLES = {"originating", "emanating", "coming", "stemming", "originated",
                      "emanated", "stemmed"}
"""'hostile interference originating from the Russian Federation': where an act comes from
is who does it."""


ASKABLE_TYPES = {"SUPPORTED", "SANCTIONED", "INVESTIGATED", "COOPERATED_WITH"}
"""Acts one asks a body to take ('called for more support', 'urged sanctions'); the hostile
acts named in a call ('called for an inquiry into Chinese interference') still happened."""


def _asked_for_noun(noun: Any) -> bool:
    """The act is what a verb of asking asks for: 'called for support for X', 'urged
    sanctions on X'."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else \
        noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.pos_ == "VERB" \
        and lemma(verb.text) in lexicon.IRREALIS_VERBS \
        and not any(t.lower_ in MORE_WORDS for t in noun.doc[noun.left_edge.i:noun.i])


MORE_WORDS = {"increased", "more", "further", "continued", "additional", "greater", "stronger"}
"""'called for more EU support for X': more of what is given already."""


def nominal_relations(view: SentenceView, noun: Any, home_state: Mention | None) -> Iterator[Found]:
    """'the detention of X in China', 'Chinese interference', 'interference by India'."""
    if noun.lower_ in lexicon.TARGET_NOUNS:
        yield from _target_noun(view, noun)
        yield from _target_subject(view, noun)
        return
    if noun.lower_ in EVENT_LINK_NOUNS:
        yield from _linked_to_event(view, noun)
    if noun.lower_ in OWNED_TIES:
        yield from _owned_tie(view, noun)
        return
    if noun.lower_ in THREAT_NOUNS and noun.dep_ in ("attr", "oprd", "dobj"):
        yield from _threat_to(view, noun)
        return
    if noun.lower_ in TOLD_NOUNS:
        yield from _told_in_passing(view, noun)
        return
    if noun.lower_ in CONTACT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        yield from _in_contact(view, noun)
        return
    if noun.lower_ in OPERATION_NOUNS:
        yield from _linked_operation(view, noun)
    rel_type = lexicon.NOMINAL_EVENTS.get(noun.lower_)
    if rel_type is None or noun.lower_ == "intervention" and any(
            c.lower_ in ARMED_WORDS for c in noun.children):
        return  # 'NATO's military intervention in Libya' is a war, not interference
    if rel_type in ASKABLE_TYPES and _asked_for_noun(noun):
        return  # 'called for EU support for Georgia': none given yet
    patients: list[Mention] = []
    agents: list[Mention] = []
    own = view.at.get(noun.i)
    if own is not None and own.type != "State":
        return  # a word of a body's name: the Counter Foreign Interference Taskforce
        # interferes in nothing
    if own is not None:
        agents.append(own)
    if noun.dep_ == "compound" and rel_type == "INTERFERED_IN":  # 'Russian interference cases'
        agents += [view.at[c.i] for c in noun.head.children if c.i < noun.i
                   and c.dep_ in ("amod", "compound") and c.i in view.at
                   and view.at[c.i].type == "State"]
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod")
                                    and child.i in view.at):
            agents += view.actors(child, owner=False)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from") and not _characterised(noun):
            agents += pobj_actors(view, child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "against", "on", "into"):
            found = pobj_actors(view, child) or _whose_deeds(view, child) \
                or _whose_accounts(view, child)
            if rel_type in lexicon.PATIENT_FIRST or child.lower_ != "of" \
                    or noun.lower_ in ENTRY_NOUNS \
                    or rel_type == "SUPPORTED" and agents:  # "Canada's support of Ukraine"
                patients += found
            else:
                agents += found
        elif child.dep_ == "acl" and child.lower_ in ORIGIN_PARTICIPLES:
            agents += [m for p in child.children if p.dep_ == "prep" and p.lower_ == "from"
                       for m in pobj_actors(view, p)]  # 'interference originating from X'
        elif child.dep_ == "prep" and child.lower_ in ("for", "to") and rel_type == "SUPPORTED":
            patients += [m for o in child.children if o.dep_ == "pobj"  # "the EU's support
                         for m in view.actors(o)]  # to Moldova", "for Georgia's sovereignty"
        elif child.dep_ == "prep" and child.lower_ == "in" and rel_type in ("INTERFERED_IN",
                                                                         "MEMBER_OF"):
            patients += pobj_actors(view, child) or [  # 'in the affairs of X and Y': X, Y
                m for o in child.children if o.dep_ == "pobj" for m in view.actors(o)]
    agents += _done_by(view, noun)
    if rel_type in ("INTERFERED_IN", "TARGETED"):
        head_agents, head_patients = _activity_head(view, noun)
        agents += head_agents
        patients += head_patients
    if not patients and noun.dep_ == "pobj" and (
            noun.head.lower_ == "under" or rel_type == "INVESTIGATED" and _named_in(noun)):
        more_patients, more_agents = _put_under(view, noun)  # 'placed under investigation',
        patients += more_patients  # 'was named in an FBI investigation'
        agents += more_agents
    if not patients and agents and rel_type == "INVESTIGATED" and noun.dep_ == "pobj" \
            and noun.head.lower_ in RESULT_PREPS:
        patients += _undergone_after(view, noun)  # 'was arrested following an AFP
        # investigation': whom the proceeding befell was the one investigated
    if noun.lower_ in BODY_STUDY_NOUNS:
        agents = [a for a in agents if a.type in STUDYING_BODIES]
        if not agents:
            return
    if rel_type == "DETAINED" and not agents:
        agents = [m for m in _located_in(view, noun) if m.type == "State"]
    copula = noun.dep_ == "pobj" and noun.head.head.dep_ == "attr"
    if not agents and _held_responsible(noun):  # 'X was responsible for the compromise of Y'
        agents = _involved(view, noun) or _clause_subjects(view, noun)
    if not agents and (rel_type in ("TARGETED", "DETAINED") or copula):
        agents = [a for a in _clause_subjects(view, noun) if a.type in ("State", "Agency")]
    if rel_type == "INTERFERED_IN":
        examples = _such_as(view, noun)  # 'interference, such as China' names who interferes;
        if agents:  # 'Russian interference cases, including Bulgaria' names where
            patients += [m for m in examples if m.key not in {a.key for a in agents}]
        else:
            agents += examples
        if not agents:
            agents, more = _event_holder(view, noun)
            patients += more
        if not patients and home_state is not None and not foreign_arena(noun):
            patients = [home_state]
        agents = [a for a in agents if home_state is None or a.key != home_state.key]
    yield from pairs(unique(agents), unique(patients), rel_type, f"noun:{noun.lower_}", noun.i)


CHARACTERISING_PARTICIPLES = lexicon.words("characterising_participles")


def _characterised(noun: Any) -> bool:
    """'The meeting was deemed a "blatant interference" by the Council': the noun is what
    a passive verb of judging calls its subject, and the 'by' the parser hangs on the noun
    names the judge."""
    return noun.dep_ in ("oprd", "attr", "xcomp") and noun.head.lower_ in CHARACTERISING_PARTICIPLES


DOING_PARTICIPLES = lexicon.words("event_doing_verbs")


def _done_by(view: SentenceView, noun: Any) -> list[Mention]:
    """'interference attempts coordinated by a foreign capital', 'sanctions imposed by the
    EU': the agent of a participle that says who carried the act out does it (not one that
    says who told of it: 'interference reported by X')."""
    holders = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    return [m for holder in holders for c in holder.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c.text) in DOING_PARTICIPLES
            for by in c.children if by.dep_ == "agent" for m in pobj_actors(view, by)]


DEED_NOUNS = lexicon.words("deed_nouns")


def _whose_deeds(view: SentenceView, prep: Any) -> list[Mention]:
    """'investigations of the activities of X', 'a probe into X's dealings', 'its
    investigation into the interference by X': an inquiry into what someone does looks
    into them."""
    return [m for obj in prep.children if obj.dep_ == "pobj" and obj.lower_ in DEED_NOUNS
            for m in act_doers(view, obj, ("of",))] + [
        m for obj in prep.children if obj.dep_ == "pobj" and obj.lower_ in INTERFERENCE_NOUNS
        for m in wrong_doers(view, obj)]



ACCOUNT_NOUNS = lexicon.words("account_nouns")


def _whose_accounts(view: SentenceView, prep: Any) -> list[Mention]:
    """'the compromise of e-mail accounts of the German Social Democratic Party executive',
    'a hack of X's servers': an attack on someone's accounts or systems is on them (the
    owner after 'of', its possessive, or the body named in the phrase's last noun)."""
    out: list[Mention] = []
    for obj in prep.children:
        if obj.dep_ != "pobj" or obj.lower_ not in ACCOUNT_NOUNS:
            continue
        owners = [c for c in obj.children if c.dep_ == "poss"]
        owners += [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        for o in owners:  # ('of the X Party executive': the party its body belongs to)
            out += view.actors(o) or [view.at[c.i] for c in o.children
                                      if c.dep_ in ("compound", "amod") and c.i in view.at]
    return out


ARMED_WORDS = {"military", "armed", "humanitarian"}
THREAT_NOUNS = {"threat", "threats"}
STAYING_FORMS = {"remain", "remains", "remained", "become", "becomes", "became"}


def _threat_to(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'Russia is and will remain the greatest threat to Lithuania': the subject of the
    copula targets what it threatens (as 'poses a threat to' does)."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb.lower_) != "be" \
            and verb.lower_ not in STAYING_FORMS:
        return
    threatened = [m for p in noun.children if p.dep_ == "prep" and p.lower_ in ("to", "against")
                  for m in pobj_actors(view, p)]
    yield from pairs(view.subjects(verb), threatened, "TARGETED", "noun:threat", noun.i)


EVENT_LINK_NOUNS = {"link", "links", "connection", "connections", "nexus"}
"""'a potential link between agents of the Government of India and the killing of X': the
first party stands to the event's patient as the event says (an allegation: the noun is
read only where an actor and an event noun are its two ends)."""
STAND_IN_NOUNS = {"agents", "agent", "officials", "operatives", "officers", "proxies",
                  "representatives"}
"""'agents of the Government of India' stand for the government they serve."""


def _linked_to_event(view: SentenceView, noun: Any) -> Iterator[Found]:
    ends = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
            for first in p.children if first.dep_ == "pobj" for o in (first, *first.conjuncts)]
    events = [e for e in ends if lexicon.NOMINAL_EVENTS.get(e.lower_) in ("TARGETED",
                                                                          "DETAINED")]
    parties = [m for e in ends if e not in events for m in _standing_for(view, e)]
    for event in events:
        patients = [m for p in event.children if p.dep_ == "prep" and p.lower_ == "of"
                    for m in pobj_actors(view, p)]
        yield from pairs(unique(parties), unique(patients), lexicon.NOMINAL_EVENTS[
            event.lower_], f"link:{event.lower_}", noun.i)


def _standing_for(view: SentenceView, word: Any) -> list[Mention]:
    """The actor a party of a link is, or the one its agents serve."""
    own = view.actors(word, owner=False)
    if own or word.lower_ not in STAND_IN_NOUNS:
        return own
    return [m for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
            for m in pobj_actors(view, p)]


def foreign_arena(token: Any) -> bool:
    """'interfered in Australian politics', 'interference in British elections': the arena
    is another country's, so the interference is not in the home country (the default
    target when none is named; see `arenas` for the country the adjective names)."""
    arenas = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "with")
              for o in p.children if o.dep_ == "pobj"]
    return any(a.dep_ == "amod" and a.text[:1].isupper() and a.lower_ != locales.home_demonym()
               for o in arenas for a in o.children) \
        or any(t.lower_ in ELSEWHERE_WORDS for o in arenas for t in o.subtree)


ELSEWHERE_WORDS = {"other", "others", "countries", "nations", "democracies", "abroad", "foreign",
                   "world"}
"""'meddling in other countries' elections', 'in democracies around the world': somewhere
else than the home country."""


def _put_under(view: SentenceView, noun: Any) -> tuple[list[Mention], list[Mention]]:
    """'X was placed under investigation by Y', 'X is under surveillance by Y': the clause's
    subject is the patient; the agent may hang on the verb ('placed ... by Y')."""
    verb = noun.head.head
    if verb.pos_ in ("NOUN", "PROPN") and noun.head.dep_ == "prep":
        described = verb.head if verb.dep_ == "appos" else verb  # 'X, a businessman
        return view.actors(described, owner=False), []  # already under EU sanctions'
    if verb.pos_ not in ("VERB", "AUX"):
        return [], []
    patients = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                for m in view.actors(c, owner=False)]
    agents = [m for c in verb.children if c.dep_ == "agent" for m in pobj_actors(view, c)]
    return patients, agents


NAMED_IN_PARTICIPLES = {"cited", "identified", "implicated", "mentioned", "named"}


def _named_in(noun: Any) -> bool:
    """'X was named in an FBI investigation': the one a proceeding names is its subject."""
    return noun.head.lower_ == "in" and noun.head.head.lower_ in NAMED_IN_PARTICIPLES \
        and noun.head.head.tag_ == "VBN"


RESULT_PREPS = {"following", "after"}


def _undergone_after(view: SentenceView, noun: Any) -> list[Mention]:
    """The people a passive clause's proceeding befell, 'following' or 'after' `noun`
    ('X was arrested following a police investigation'); an active clause's subject acted
    on the findings ('Canada expelled them after an RCMP investigation') and is none."""
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [m for c in verb.children if c.dep_ == "nsubjpass"
            for m in view.actors(c, owner=False) if m.type == "Person"]


BODY_STUDY_NOUNS = lexicon.words("body_study_nouns")
STUDYING_BODIES = ("Committee", "Commission", "Agency", "Legislature", "Government")

CONTACT_NOUNS = {"contact", "touch", "communication"}


def _in_contact(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'Sun was in regular contact with officials of the consulate', 'remained in close
    touch with X': the subject spoke with them."""
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    partners = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj" for m in view.actors(o, owner=True)]
    yield from pairs(view.subjects(verb), partners, "SPOKE_WITH", "noun:in-contact", noun.i)


BEFORE_AFTER = {"after", "following", "since", "before"}


TOLD_NOUNS = {"briefing": "BRIEFED", "briefings": "BRIEFED", "warning": "WARNED",
              "warnings": "WARNED"}


def _told_in_passing(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'After a briefing from CSIS, O'Toole rose in the House': whoever the main clause is
    about received the briefing or warning the time phrase names."""
    if noun.head.lower_ not in BEFORE_AFTER or noun.dep_ not in ("pobj", "dobj"):
        return
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    tellers = [m for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
               for m in pobj_actors(view, p)]
    told = [m for m in view.subjects(verb) if m.type == "Person"]
    yield from pairs(tellers, told, TOLD_NOUNS[noun.lower_], "noun:told-before", noun.i)


ABOUT_EVENT_NOUNS = {"alert", "alerts", "warning", "warnings", "report", "reports", "briefing",
                     "briefings", "investigation", "investigations", "probe", "inquiry",
                     "allegation", "allegations", "claim", "claims", "concern", "concerns",
                     "case", "cases", "study", "studies", "review", "notice", "advisory",
                     "assessment", "assessments", "law", "laws", "legislation", "bill", "act",
                     "registry", "commissioner", "task", "unit", "team", "committee"}
"""Nouns an event noun may modify that are about it, not it: 'an interference alert'."""
ENTRY_NOUNS = {"infiltration", "penetration", "subversion"}
"""Events whose 'of' phrase is the one entered ('China's infiltration of Taiwan')."""


def _activity_head(view: SentenceView, noun: Any) -> tuple[list[Mention], list[Mention]]:
    """'its united front infiltration and polarization work in Taiwan', 'Russia's meddling
    activities in Moldova': the event word modifies a noun of activity, whose owner does
    it and whose 'in' or 'against' phrase undergoes it."""
    word = noun.head if noun.dep_ == "conj" and noun.head.dep_ in MODIFYING else noun
    head = word.head
    if word.dep_ not in MODIFYING or head.lower_ not in ACTIVITY_NOUNS or head.i in view.at:
        return [], []
    agents = [m for c in head.children if c.dep_ == "poss" for m in view.actors(c, owner=False)]
    agents += [view.at[c.i] for c in head.children if c.dep_ in MODIFYING and c.i in view.at
               and view.at[c.i].type == "State"]  # 'Russian meddling activities'
    holders = [head, head.head] if head.dep_ == "dobj" else [head]  # 'increased its work
    # in Taiwan': the parser may hang the place on the verb
    patients = [m for h in holders for p in h.children if p.dep_ == "prep"
                and p.lower_ in ("in", "against") for m in pobj_actors(view, p)]
    return agents, patients


ACTIVITY_NOUNS = lexicon.words("activity_nouns")
MODIFYING = ("compound", "nmod", "amod")


PERPETRATING_VERBS = LIGHT_VERBS | {"carry", "commit", "orchestrate", "perpetrate", "attempt",
                                   "pursue", "use", "undertake", "escalate", "step", "wage",
                                   "direct", "mount", "stage", "practise", "practice"}
"""Verbs whose subject does the interference named as their object ('conducts
interference'); 'investigates', 'describes', 'studies' interference do not."""


def _event_holder(view: SentenceView, noun: Any) -> tuple[list[Mention], list[Mention]]:
    """Who does an interference the sentence names as a thing: 'Iran conducts foreign
    interference in Canada' (object of a light verb), 'engages in interference', 'the PRC
    is the main foreign interference threat to Canada' (a compound of the predicate noun).
    Returns agents and the targets of the predicate noun ('threat to Canada')."""
    holder = noun.head if noun.dep_ in ("compound", "amod", "nmod") else noun
    if holder.i != noun.i and holder.lower_ in ABOUT_EVENT_NOUNS:
        return [], []  # 'MI5 issued an interference alert': the alert is about it
    verb = holder.head
    if holder.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if holder.dep_ not in ("dobj", "attr", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return [], []
    if holder.dep_ == "pobj" and lemma(verb.text) not in ("engage", "involve", "participate"):
        return [], []
    constituted = lemma(verb.text) in CONSTITUTING_VERBS or holder.dep_ == "attr"
    if holder.dep_ == "dobj" and lemma(verb.text) not in PERPETRATING_VERBS and not constituted:
        return [], []  # 'the RCMP investigates foreign interference' is not its author
    agents = [a for a in view.subjects(verb) if a.type in ("State", "Agency", "Person",
                                                           "Organization")]
    if not agents and constituted:  # 'the latest US Government measure represents
        agents = _deed_owners(view, verb)  # interference in X': the measure's author
    patients = []
    if holder.i != noun.i:
        patients = [m for prep in holder.children if prep.dep_ == "prep"
                    and prep.lower_ in ("to", "against", "in") for m in pobj_actors(view, prep)]
        patients += [m for prep in holder.children if prep.dep_ == "prep"
                     and prep.lower_ in ("to", "against") for obj in prep.children
                     if obj.dep_ == "pobj" for m in view.actors(obj, owner=True)]
    return agents, patients


CONSTITUTING_VERBS = lexicon.words("constituting_verbs")
DEED_OWNERS = ("State", "Government", "Agency")


def _deed_owners(view: SentenceView, verb: Any) -> list[Mention]:
    """Whose act the subject of 'represents', 'constitutes' or 'is' names: its owner or
    the body named before it ('the US move', 'Beijing's decision', 'the measure of X')."""
    subject = Clause.of(verb).subject
    if subject is None or subject.i in view.at:
        return []
    return [m for m in wrong_doers(view, subject, DEED_OWNERS, MODIFYING)
            if m.type in DEED_OWNERS]


RESPONSIBLE_WORDS = {"responsible", "behind"}
INVOLVEMENT_WORDS = lexicon.words("involvement_words")


def _held_responsible(noun: Any) -> bool:
    """'was responsible for the hacking of', 'was behind the targeting of': whoever the clause
    is about did the deed, whatever kind of actor (a hacking group, a company, a person);
    the claim layer decides whose word it is."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "behind":
        return prep.head.pos_ in ("VERB", "AUX")
    if prep.lower_ == "in" and prep.head.lower_ in INVOLVEMENT_WORDS:
        return not any(c.dep_ == "neg" or c.lower_ in ("never", "neither")
                       for c in prep.head.children)  # 'six individuals involved in interference
        # in Moldova'; 'was not involved in' says the opposite
    return prep.lower_ == "for" and prep.head.lower_ in RESPONSIBLE_WORDS \
        and prep.head.dep_ in ("acomp", "amod", "ROOT", "conj")


def _involved(view: SentenceView, noun: Any) -> list[Mention]:
    """Who 'involved in' (or 'implicated in') the event describes: the noun the participle
    hangs on ('six individuals involved in ...') or the subject of 'was involved in'."""
    word = noun.head.head
    if noun.head.lower_ != "in" or word.lower_ not in INVOLVEMENT_WORDS:
        return []
    if word.dep_ in ("acl", "amod") and word.head.i != word.i:
        return view.actors(word.head, owner=False)
    subject = Clause.of(word).subject
    if subject is None or subject.lower_ in ("who", "that", "which"):
        return []  # a relative clause's antecedent: `_clause_subjects` reads it
    return view.actors(subject, owner=False)


def _clause_subjects(view: SentenceView, noun: Any) -> list[Mention]:
    """Who the clause holding an event noun is about: 'agents of India engaged in ... the
    killing of X' -> India; 'the PRC is the most active perpetrator of interference' -> PRC."""
    node = noun
    for _ in range(6):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            found = view.subjects(node)
            if found or node.dep_ != "relcl":
                return found
    return []


def _target_noun(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'X is a target of Y', 'X, briefed as a target of Y', 'a target of interference by Y',
    'X is a target for Russian disinformation' -> Y targeted X; 'X is a critic of Y' -> X
    criticized Y."""
    agents: list[Mention] = []
    aimed = lexicon.TARGET_NOUNS.get(noun.lower_) == "TARGETED"
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ == "of" or aimed and child.lower_ == "for"):
            agents += pobj_actors(view, child)
            # 'a target of interference by the PRC': the event's agent
            agents += [m for obj in child.children if obj.dep_ == "pobj"
                       for m in _campaign_agents(view, obj)]
            if lexicon.TARGET_NOUNS.get(noun.lower_) != "TARGETED":
                agents += [m for obj in child.children if obj.dep_ == "pobj"
                           for m in view.actors(obj, owner=True)]
    agents += [view.at[c.i] for c in noun.children if c.dep_ == "poss" and c.i in view.at]
    if not agents:
        return
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if noun.dep_ not in ("attr", "pobj", "oprd") or holder.pos_ not in ("VERB", "AUX"):
        return
    clause_objects = view.objects(holder, set()) if noun.dep_ == "pobj" else []
    patients = clause_objects or view.subjects(holder)
    rel_type = lexicon.TARGET_NOUNS[noun.lower_]
    if rel_type == "TARGETED" and _of_inquiry(noun):
        rel_type = "INVESTIGATED"  # 'the subject of an FBI investigation' is investigated
    if rel_type in ("TARGETED", "INVESTIGATED"):
        yield from pairs(unique(agents), patients, rel_type, "noun:target", noun.i)
    else:
        yield from pairs(patients, unique(agents), rel_type, f"noun:{noun.lower_}", noun.i)


def _of_inquiry(noun: Any) -> bool:
    """Whether the target noun's 'of' names an inquiry ('the subject of a probe')."""
    return any(lexicon.NOMINAL_EVENTS.get(o.lower_) == "INVESTIGATED"
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


def _target_subject(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'the target of his activities were Estonian state institutions': the target noun as
    the subject of 'be' names the target after it, and the one whose acts aim at it."""
    verb = noun.head
    if noun.dep_ != "nsubj" or lemma(verb.text) != "be" or negated(verb) \
            or lexicon.TARGET_NOUNS.get(noun.lower_) != "TARGETED":
        return
    aims = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]
    agents = [m for o in aims for m in view.actors(o, owner=True)] + [
        m for o in aims for c in o.children if c.dep_ == "poss" and c.pos_ == "PRON"
        for m in [view.pronoun(c)] if m is not None]  # 'his activities'
    patients = [m for c in verb.children if c.dep_ == "attr" for m in view.actors(c, owner=True)]
    yield from pairs(unique(agents), unique(patients), "TARGETED", "noun:target-subject", noun.i)


OWNED_TIES = {n: lexicon.LIGHT_VERB_NOUNS[n] for n in (
    "meeting", "meetings", "conversation", "conversations", "call", "discussion",
    "discussions", "relationship", "relationships", "ties", "contacts")}
"""Nouns of a tie that a possessive or 'between' gives both ends: 'Joly's meeting with
Wang Yi', 'the relationship between X and Y' (the verb form is read by `_light`)."""


def _owned_tie(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'X's meeting with Y' -> X MET_WITH Y; 'talks between X and Y' -> X with Y."""
    owners = [m for c in noun.children if c.dep_ == "poss" for m in view.actors(c, owner=False)]
    partners: list[Mention] = []
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ == "with":
            partners += pobj_actors(view, prep)
        elif prep.lower_ == "between" and not owners:
            ends = pobj_actors(view, prep)
            owners, partners = ends[:1], ends[1:]
    yield from pairs(unique(owners), unique(partners), OWNED_TIES[noun.lower_],
                     f"noun:{noun.lower_}", noun.i)


CAMPAIGN_NOUNS = set(lexicon.NOMINAL_EVENTS) | lexicon.words("campaign_nouns")
LINKED_WORDS = {"linked", "tied", "attributed", "connected"}


def _linked_operation(view: SentenceView, noun: Any) -> Iterator[Found]:
    """'a Spamouflage campaign connected to the PRC': a named operation and whom it is tied
    to (an attribution: `claims` gives it the status its source warrants)."""
    named = [m for m in view.actors(noun, owner=False) if m.type == "Organization"]
    if not named:
        return
    linked = [m for child in noun.children if child.dep_ in ("acl", "amod")
              and child.lower_ in LINKED_WORDS and child.lower_ != "attributed"
              for p in child.children if p.dep_ == "prep" and p.lower_ == "to"
              for m in pobj_actors(view, p)]  # ('attributed to X': the attribution verb
    # rule reads it, an allegation that it acted for X)
    yield from pairs(named, unique(linked), "AFFILIATED_WITH", "noun:linked-operation", noun.i)


def _campaign_agents(view: SentenceView, event: Any) -> list[Mention]:
    """Who runs the campaign a target is the subject of: 'interference by the PRC',
    'disinformation linked to Beijing', 'a Chinese campaign', 'attacks from Russia'."""
    if event.lower_ not in CAMPAIGN_NOUNS:
        return []
    found = [view.at[c.i] for c in event.children if c.dep_ in ("amod", "compound", "poss")
             and c.i in view.at and view.at[c.i].type in ("State", "Agency", "Government")]
    for child in event.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found += pobj_actors(view, child)
        if child.dep_ in ("acl", "amod") and child.lower_ in LINKED_WORDS:
            found += [m for p in child.children if p.dep_ == "prep" and p.lower_ == "to"
                      for m in pobj_actors(view, p)]
    return found


def _located_in(view: SentenceView, noun: Any) -> list[Mention]:
    """States named in an 'in X' phrase inside the noun's own phrase."""
    found = []
    for token in noun.subtree:
        if token.dep_ == "prep" and token.lower_ == "in":
            found += pobj_actors(view, token)
    return found


def _such_as(view: SentenceView, noun: Any) -> list[Mention]:
    """'interference ..., such as China and India' / 'activities of foreign interference, such
    as China': states listed as examples next to the noun or the phrase it completes."""
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holders.append(noun.head.head)
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        holders.append(noun.head)  # 'interference cases, including X
    found: list[Mention] = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("as", "including", "like"):
                found += [m for m in pobj_actors(view, prep) if m.type == "State"]
    return found
