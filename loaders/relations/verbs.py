"""Relations stated by a sentence's verbs (event nouns: `nominal`; shared types: `found`).

Why from syntax: "MPs assisted foreign actors", "foreign actors were assisted
by MPs" and "MPs, who began assisting foreign actors" state one fact; the
subject/object reading in `syntax` sees one fact in all three, while a
same-sentence co-occurrence rule would link every pair of names in the
sentence. Each rule yields `Found` items; claimants and statuses are added
afterwards by `claims`.

This module dispatches each verb to its rules and holds the general ones
(relation verbs, light verbs, transfers); hearings and findings are in
`hearings`, membership and make-up in `structure`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..mentions.find import Mention
from ..mentions.mention import judging_participles
from ..mentions.unnamed import TAILORING_VERBS
from ..vocabulary import lexicon, locales
from ..vocabulary.morph import lemma
from .accusations import ATTEMPT_VERBS
from .arenas import ATTEMPT_NOUNS
from .calls import to_act
from .claims import CONFIDENT, asked_for, confident_words, negated
from .clauses import SUFFERED_ACTS
from .cooperation import (
    COOPERATION_VERBS,
    JOINED_PARTY_NOUNS,
    JOINT_ADJECTIVES,
    JOINT_INQUIRY_VERBS,
    JOINT_NOUNS,
    JOINT_WORK_VERBS,
    coalition_partners,
    cooperation,
    joint_authors,
    joint_undertaking,
    jointly,
    together_with,
)
from .expulsions import (
    ORDERING_VERBS,
    REVOKING_VERBS,
    no_longer_welcome,
    ordered_to_leave,
    status_revoked,
)
from .found import (
    BODIES,
    LIGHT_PREPS,
    LIGHT_VERBS,
    Found,
    act_doers,
    allowed,
    pairs,
    pobj_actors,
    unique,
)
from .hearings import (
    BODY_SAYING_VERBS,
    DISCOVERY_VERBS,
    discovered,
    finding,
    greeting,
    heard,
    received,
    testimony,
)
from .nominal import (
    CONTACT_NOUNS,
    EVENT_LINK_NOUNS,
    OWNED_TIES,
    THREAT_NOUNS,
    TOLD_NOUNS,
    foreign_arena,
    nominal_relations,
)
from .operations import an_operation
from .payments import MOVING_VERBS as TRIP_VERBS
from .payments import PAYING_VERBS, expense_of, payments
from .registry import Sentence, family
from .roles import PART_NOUNS
from .structure import SEAT_PREPS, UNIT_VERBS, composed, housed_in, listed_after, seated
from .sworn import represents_constituency
from .syntax import (
    OPERATION_NOUNS,
    POSSESSIVES,
    WH_WORDS,
    Clause,
    SentenceView,
    charged_with,
    such_as,
)

__all__ = ["Found", "allowed", "pairs", "verb_relations", "keyed_tokens", "BODIES",
           "LIGHT_VERBS", "LIGHT_PREPS"]


SERVED_BY_PATIENT = lexicon.table("served_by_patient")
"""'X recruited Y', 'Y was hired by X': the one recruited works or acts for the recruiter."""

RAISED_TOPICS = lexicon.words("raised_topic_nouns")
LISTING_VERBS = lexicon.words("listing_verbs")
WATCHING_VERBS = lexicon.words("watching_verbs")


def _onto_sanctions_list(verb: Any) -> bool:
    """'to its sanctions list', 'on the national sanctions list'."""
    return any(p.dep_ == "prep" and p.lower_ in ("to", "on", "onto") and any(
        o.lower_ == "list" and any(t.lower_ in ("sanctions", "sanction") for t in o.subtree)
        for o in p.children if o.dep_ == "pobj") for p in verb.children)
_KEYED: dict[int, bool] = {}
REMOVAL_VERBS = lexicon.words("removal_verbs")
NAMING_VERBS = {"call"}
"""Verbs that name what their object is when a predicate noun follows ('called X a Y')."""
SUSPENSION_VERBS = lexicon.words("suspension_verbs")
EXPRESSING_VERBS = lexicon.words("expressing_verbs")
POSTING_VERBS = lexicon.POSTING_VERBS
"""'was assigned to the Norwegian embassy': the one sent works where he is sent ('post'
only in the passive: 'posted to Facebook' sends nobody)."""
POST_TYPES = {"Agency", "Organization", "Government", "Media", "Committee", "Commission"}
VERB_IDIOMS = lexicon.table("verb_idioms")
CONCERNED = lexicon.words("concern_adjectives")
_RULE_LEMMAS = ({idiom.split()[0] for idiom in VERB_IDIOMS} | set(lexicon.VERB_RELATIONS)
                | LIGHT_VERBS | lexicon.TRANSFER_VERBS
                | lexicon.SPEAKING_VERBS | lexicon.REPORTING_VERBS | {"comment", "declare"}
                | lexicon.RECEIVING_VERBS | lexicon.LABELLING_VERBS | lexicon.COMPOSING_VERBS
                | lexicon.FINDING_VERBS | {"elect", "serve", "win", "sit", "represent"}
                | TRIP_VERBS | EXPRESSING_VERBS
                | lexicon.PLACEMENT_VERBS | COOPERATION_VERBS
                | lexicon.PASSING_VERBS | PAYING_VERBS | ORDERING_VERBS | REVOKING_VERBS
                | lexicon.GATHERING_VERBS | BODY_SAYING_VERBS | set(SEAT_PREPS)
                | set(SERVED_BY_PATIENT) | {"welcome", "refer", "hear", "make", "raise"}
                | lexicon.words("listing_verbs") | REMOVAL_VERBS | SUSPENSION_VERBS
                | CONFIDENT | DISCOVERY_VERBS | JOINT_WORK_VERBS | JOINT_INQUIRY_VERBS
                | POSTING_VERBS | CONCERNED | JOINT_ADJECTIVES)
"""Every verb `_verb` reads (a verb missing here is never looked at)."""
_RULE_NOUNS = (set(lexicon.NOMINAL_EVENTS) | set(lexicon.TARGET_NOUNS) | set(OWNED_TIES)
               | set(TOLD_NOUNS) | CONTACT_NOUNS | OPERATION_NOUNS | EVENT_LINK_NOUNS
               | JOINT_NOUNS | THREAT_NOUNS | JOINED_PARTY_NOUNS)


def keyed_tokens(doc: Any) -> list[Any]:
    """Tokens whose word some verb or noun rule reads, without touching the others."""
    from spacy.attrs import LOWER

    found = []
    strings = doc.vocab.strings
    for i, low in enumerate(doc.to_array([LOWER]).reshape(-1).tolist()):
        keyed = _KEYED.get(low)
        if keyed is None:
            word = strings[low]
            keyed = _KEYED[low] = word in _RULE_NOUNS or lemma(word) in _RULE_LEMMAS
        if keyed:
            found.append(doc[i])
    return found


def verb_relations(view: SentenceView, home_state: Mention | None,
                   tokens: list[Any] | None = None) -> Iterator[Found]:
    """Every rule that reads verbs and nouns, over one sentence (or its keyed tokens)."""
    implied = view.implied[0] if view.implied is not None else -1
    for token in (view.sent if tokens is None else tokens):
        if token.lower_ in CONCERNED and (token.pos_ == "ADJ" and token.dep_ == "ROOT"
                                          or token.tag_ == "VBN" and Clause.of(token).passive):
            yield from concerned(view, token)  # (the parser may make 'concerned' the root,
            # which a resolution's numbered paragraph takes for its implied verb, or a
            # passive verb whose 'by' names what concerns, not who is concerned)
        elif token.pos_ in ("VERB", "AUX") or token.i == implied:
            yield from _verb(view, token, home_state)
        elif token.pos_ in ("NOUN", "PROPN"):
            yield from nominal_relations(view, token, home_state)
            if token.lower_ in JOINT_NOUNS:
                yield from jointly(view, token)
            if token.lower_ in JOINED_PARTY_NOUNS:
                yield from coalition_partners(view, token)
        elif token.lower_ == "welcome" and token.pos_ == "ADJ":
            yield from no_longer_welcome(view, token)
        elif token.lower_ in JOINT_ADJECTIVES and token.dep_ == "amod":
            yield from joint_undertaking(view, token)
        elif token.lower_ in CONCERNED and token.dep_ == "acomp":
            yield from concerned(view, token)
        elif token.lower_ in CONFIDENT and token.dep_ == "acomp" and confident_words(token.head):
            yield from finding(view, token.head)  # 'X is confident that Y ...': an assessment


def _judged_by(view: SentenceView, resolutions: list[Mention]) -> list[Mention]:
    """Whom the criticising participle of an adopted resolution's description names ('a
    resolution condemning Russia')."""
    doc = view.sent.doc
    return [m for resolution in resolutions
            for c in judging_participles(doc[resolution.end - 1])
            for m in view.objects(c, set())]


def _guilty(verb: Any) -> Any | None:
    """The word 'guilty' of 'found X guilty', on the verb or on the one found ('found X, a
    former professor, guilty': the parser hangs it on X)."""
    for c in verb.children:
        if c.lower_ == "guilty":
            return c
        if c.dep_ in ("nsubj", "dobj") and c.i > verb.i:
            held = next((g for g in c.children if g.lower_ == "guilty"), None)
            if held is not None:
                return held
    return None


def _convicted(view: SentenceView, verb: Any, guilty: Any) -> list[Mention]:
    """Who is found guilty: the object ('found him guilty'), the subject of the small
    clause the parser may make of it ('found [X guilty]'), the one 'guilty' hangs on, or
    the passive's subject."""
    people = [m for c in guilty.children if c.dep_ in ("nsubj", "nsubjpass")
              for m in view.actors(c, owner=False)]
    if guilty.head.i != verb.i:
        people += view.actors(guilty.head, owner=False)
    return [m for m in people + view.objects(verb, set()) if m.type == "Person"]


def _posted(view: SentenceView, verb: Any, word: str) -> Iterator[Found]:
    """'In 1947 she was assigned to the Norwegian embassy in Moscow', 'an officer stationed
    at the consulate': the person sent works for the body sent to (a state or a city is a
    place, no employer)."""
    sent = Clause.of(verb).passive or verb.dep_ == "acl"
    if word == "post" and not sent:
        return
    staff = [m for m in view.objects(verb, set()) if m.type == "Person"]
    posts = [m for m in view.objects(verb, {"to", "at"}, direct=False) if m.type in POST_TYPES]
    yield from pairs(staff, posts, "WORKS_FOR", f"verb:{word}", verb.i)


def _idiom_type(verb: Any, word: str) -> str | None:
    """'took Vasilyev into custody', 'was placed under arrest': the type of the verb with
    its fixed phrase, if it is one."""
    if word not in IDIOM_VERBS:
        return None  # (asked of every verb: most open no idiom)
    for prep in verb.children:
        if prep.dep_ == "prep":
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    kind = VERB_IDIOMS.get(f"{word} {prep.lower_} {noun.lower_}")
                    if kind:
                        return kind
    return None


IDIOM_VERBS = frozenset(key.split(" ", 1)[0] for key in VERB_IDIOMS)


ASSOCIATED = lexicon.words("associated_participles")


def _associated_with(view: SentenceView, verb: Any) -> list[Mention]:
    """'attributed the network to individuals associated with the NBC': unnamed people
    known only by whom they are tied to; the attribution points at that body."""
    return [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj" and o.i not in view.at
            for acl in o.children if acl.dep_ in ("acl", "amod") and acl.lower_ in ASSOCIATED
            for q in acl.children if q.dep_ == "prep" and q.lower_ in ("with", "to")
            for m in pobj_actors(view, q)
            if m.type != "Person" or o.lower_ in BODY_PLURALS]  # ('entities tied to X':
    # bodies of X's, whoever X is; 'individuals associated with X' may be X's foes)


BODY_PLURALS = {"entities", "companies", "firms", "groups", "organizations", "organisations",
                "networks"}


def _verb(view: SentenceView, verb: Any, home_state: Mention | None) -> Iterator[Found]:
    word = lemma(verb.text)
    rel_type = _idiom_type(verb, word) or lexicon.VERB_RELATIONS.get(word)
    if word == "designate" and _designated_as(verb):
        rel_type = None  # 'designated X a terrorist', 'as minister': a label or an office,
        # no sanction (the labelling rule reads the first)
    if word == "comment" and lemma(verb.head.text) in ("refuse", "decline"):
        targets = view.objects(verb, {"on", "about"})
        yield from pairs(view.subjects(verb), targets, "REFUSED_COMMENT", "refuse-comment", verb.i)
        return
    if word in ORDERING_VERBS:  # 'ordered X to leave the country'
        yield from ordered_to_leave(view, verb)
    if word in REVOKING_VERBS:  # 'cancelled X's permanent residency'
        yield from status_revoked(view, verb)
    if word == "refer":  # 'referred the matter to the Standing Committee on ...'
        yield from _referred(view, verb)
    if word == "report":  # 'reported its concerns to the task force'
        yield from _reported_to(view, verb)
    if word in LIGHT_VERBS or word in lexicon.GATHERING_VERBS:  # 'gathered information on X'
        yield from _light(view, verb)
    if word in lexicon.TRANSFER_VERBS:
        yield from _transfer(view, verb)
        yield from _handed_report(view, verb)
    if word in lexicon.SPEAKING_VERBS or word in lexicon.REPORTING_VERBS:
        yield from testimony(view, verb)
    guilty = _guilty(verb) if word == "find" else None
    if guilty is not None:  # 'the court found X guilty of treason'
        convicted = _convicted(view, verb, guilty)
        yield from pairs([m for m in view.subjects(verb) if m not in convicted], convicted,
                         "CONVICTED", "verb:find-guilty", verb.i)
        return
    if word in lexicon.FINDING_VERBS or word in BODY_SAYING_VERBS:
        yield from finding(view, verb)
    if word in DISCOVERY_VERBS:  # 'discovered that X was spying'
        yield from discovered(view, verb)
    if word in lexicon.RECEIVING_VERBS:
        yield from received(view, verb)
    if word == "hear":
        yield from heard(view, verb)
    if word in SEAT_PREPS:
        yield from seated(view, verb, word)
    if word in lexicon.COMPOSING_VERBS or word == "make":
        yield from composed(view, verb, word)
    if word in lexicon.LABELLING_VERBS and any(
            c.dep_ in ("oprd", "attr", "xcomp", "ccomp", "dobj")
            and c.lower_ in lexicon.STIGMA_NOUNS
            for t in [verb, *verb.children] for c in t.children):
        labelled = [m for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp")
                    and c.lower_ not in lexicon.STIGMA_NOUNS
                    for m in (view.actors(c, owner=False) if c.dep_ != "ccomp" else
                              [x for g in c.children if g.dep_ == "nsubj" for x in view.actors(g)])]
        sources = [m for m in view.subjects(verb) if m not in labelled]
        yield from pairs(sources, labelled, "ACCUSED", "verb:label", verb.i)
    if word == "declare" and any(t.lower_ == "grata" for t in verb.subtree):
        rel_type = "EXPELLED"
        # 'declared Mr. Zhao persona non grata' is often parsed as a clause 'Zhao persona'
        persona = next((t.i for t in verb.subtree if t.lower_ in ("persona", "personae")
                        and t.i > verb.i), verb.i)
        declared = list({m.key: m for i, m in view.at.items()
                         if verb.i < i < persona and m.type == "Person"}.values())
        clause = Clause.of(verb)
        if clause.passive and clause.subject is not None:  # 'Zhao had been declared ...'
            declared += [m for m in view.actors(clause.subject, owner=False)
                         if m.type == "Person"]
        sources = view.subjects(verb)
        rule = "verb:declare-grata"
        if not sources:  # 'the ministry said X had been declared ...': its state's act
            sources, rule = _announcer(view, verb, ANNOUNCING | {"say", "tell"}), SAID_GRATA
        yield from pairs(sources, declared, rel_type, rule, verb.i)
    if word == "work":  # 'worked with a foreign diplomat': a relationship, not a job
        partners = [m for m in view.objects(verb, {"with", "alongside"}, direct=False)
                    if m.type == "Person"]
        yield from pairs(view.subjects(verb), partners, "HAD_RELATIONSHIP", "verb:work-with",
                         verb.i)
    if word in POSTING_VERBS:
        yield from _posted(view, verb, word)
    if word in SERVED_BY_PATIENT:  # 'was recruited by Russian intelligence': acts for it
        staff = [m for m in view.objects(verb, set()) if m.type == "Person"]
        if _attempted(verb):  # 'tried to recruit X': X was approached, not won over
            yield from pairs(view.subjects(verb), staff, "TARGETED", f"verb:{word}-attempt",
                             verb.i)
        else:
            yield from pairs(staff, view.subjects(verb), SERVED_BY_PATIENT[word],
                             f"verb:{word}", verb.i)
    if word in COOPERATION_VERBS:  # 'we worked with the RCMP', 'X and Y work together'
        yield from cooperation(view, verb)
    if word in JOINT_WORK_VERBS or word in JOINT_INQUIRY_VERBS:  # 'the USIC and the DHS
        # assess that ...', 'the Harbour Lab and the Lantern Institute found that ...'
        yield from joint_authors(view, verb, inquiry=word in JOINT_INQUIRY_VERBS)
    if "with" in view.words or "alongside" in view.words:
        yield from together_with(view, verb)
    if word in UNIT_VERBS:  # 'the unit is housed at Global Affairs Canada'
        yield from housed_in(view, verb, word)
    if word == "benefit" and any(c.dep_ == "dobj" for c in verb.children):
        beneficiaries = [m for c in verb.children if c.dep_ == "dobj"
                         for m in view.actors(c, owner=False)
                         if m.type in ("State", "Government", "Agency", "Party")]
        yield from pairs(_controller(view, verb), beneficiaries, "ALLEGED_ASSISTANCE",
                         "verb:benefit", verb.i)  # 'obtained services to benefit the PRC'
    if word in PASSING_VERBS:  # 'the House passed Bill C-70': a vote for the bill
        bills = [m for m in view.objects(verb, set()) if m.type == "Bill"
                 and "adopted_at" not in m.attrs]
        resolutions = unique([m for m in view.at.values()  # 'adopted by 508 votes to 53,
                              if m.attrs.get("adopted_at") == verb.i])  # a resolution on X'
        voters = [m for m in view.subjects(verb) if m.type in ("Legislature", "Committee",
                                                                "Party", "Government")]
        yield from pairs(voters, bills, "SUPPORTED", "verb:pass-bill", verb.i)
        yield from pairs([v for v in voters if v.type == "Legislature"], resolutions,
                         "ENACTED", "verb:adopt-resolution", verb.i)  # the house's own act
        yield from pairs([v for v in voters if v.type == "Legislature"],
                         _judged_by(view, resolutions), "CRITICIZED", "verb:adopt-judging",
                         verb.i)  # 'adopted a resolution condemning Russia' condemns it
    if word in PAYING_VERBS:  # 'paid a legal bill for him', 'provided X with benefits'
        yield from payments(view, verb)
    if word in EXPRESSING_VERBS:  # 'expressed grave concern about Russia's efforts'
        yield from _dismay(view, verb)
        yield from _solidarity(view, verb)
    if word in TRIP_VERBS:  # 'travelled to Beijing at the expense of X'
        yield from expense_of(view, verb)
    if word in LISTING_VERBS and _onto_sanctions_list(verb):
        yield from pairs(view.subjects(verb), view.objects(verb, set()), "SANCTIONED",
                         "verb:sanctions-list", verb.i)
    topics = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in RAISED_TOPICS] \
        if word == "raise" else []
    if topics:  # 'raised the matter with X' ('with' on either word)
        partners = [m for h in (verb, *topics) for p in h.children if p.dep_ == "prep"
                    and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"
                    for m in view.actors(o, owner=False)]
        yield from pairs(view.subjects(verb), partners, "SPOKE_WITH", "verb:raise-with",
                         verb.i)
    if word in REMOVAL_VERBS or word in SUSPENSION_VERBS:  # 'was expelled from the party'
        yield from _removed_from(view, verb, word)
    if word in ("call", "demand", "press", "urge"):  # 'calls for the release of X'
        yield from _called_for_release(view, verb)
    if word == "attribute":  # 'attributed the operations to China'
        doers = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                 for m in pobj_actors(view, p)] or _associated_with(view, verb)  # (not
        # the participle's own noun: 'an operation attributed to X')
        yield from pairs(view.subjects(verb), doers, "ACCUSED", "verb:attribute", verb.i)
        behind = {m.key for m in doers}  # 'attributed the campaign to X': the campaign
        done = [m for m in view.objects(verb, set()) if m.type in ("Organization", "Media")
                and m.key not in behind]  # is said to act for X (a claim, X's doing)
        yield from pairs(done, doers, "ACTED_FOR", "verb:attributed-to", verb.i)
        yield from _attributed_examples(view, verb, doers)
    if word in NAMING_VERBS and any(c.dep_ == "oprd" for c in verb.children):
        return  # 'called Russia a terrorist state', 'called the verdict a warning to
        # Beijing': naming something, no call to anyone (the clause rules read the tie)
    if word in NAMING_VERBS and to_act(verb):
        return  # 'calling the Georgian government to withdraw the law': a call on it (read
        # with the calls), no telephone call
    if rel_type is None:
        return
    if word == "name" and any(m.type in ("Committee", "Commission", "Agency", "Media")
                              for m in view.subjects(verb)):
        rel_type = "REPORTED_ON"
    preps = lexicon.VERB_PREPOSITIONS.get(rel_type, set())
    direct = rel_type not in ("TESTIFIED_BEFORE",)
    if word in TAILORING_VERBS:  # 'tailored articles to audiences in X': made for them
        preps, direct = {"to"}, False
    if represents_constituency(verb):
        rel_type, preps, direct = "MEMBER_OF", {"for"}, False  # 'the Division of X for the
        # Liberal Party': a member of the party, not its employee
    targets = view.objects(verb, preps, direct=direct)
    if rel_type == "CONTROLS":  # 'operate an MPS police station' controls the station,
        targets = _named_objects(verb, targets)  # not the MPS its name is owned by
    if word == "represent" and targets and all(t.type == "Party" for t in targets):
        rel_type = "MEMBER_OF"  # one represents a party as its member, not its employee
    if rel_type == "WORKS_FOR":  # 'worked with Y' is no employment (a partner, or NGOs she
        # worked with): `work-with`
        partner_keys = {m.key for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                        for m in pobj_actors(view, p)}
        targets = [t for t in targets if t.key not in partner_keys]
    if rel_type in ("CRITICIZED", "SUPPORTED") and not targets:  # 'condemns the actions
        targets = [m for obj in verb.children if obj.dep_ == "dobj"  # of Georgia's
                   for m in _act_doers(view, obj, CONCERN_DEEDS)]  # Government': its doer
    victims = [t for t in targets if rel_type == "CRITICIZED" and _victim_of(view, verb, t)]
    targets = [t for t in targets if t not in victims]  # 'condemns the sentencing of X':
    # the act is condemned, and X stood up for (below), never criticised; its doer is
    if victims:  # criticised ('the detention of X by China')
        targets += [m for obj in verb.children if obj.dep_ == "dobj"
                    for p in obj.subtree if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                    for m in pobj_actors(view, p) if m not in targets]
    if rel_type == "INVESTIGATED" and _reads_papers(verb):
        targets = []  # 'reviewed material prepared by CSIS' reads CSIS's papers
    if not targets and rel_type == "TARGETED":  # 'websites that mimic the appearance of
        targets = _look_of(view, verb)  # news sources such as X': X is imitated
    if not targets and not victims and rel_type not in ("INTERFERED_IN", "APPOINTED"):
        return  # no one undergoes it and no default stands in: who does it is not asked
    sources = _charged_with(view, verb) or view.subjects(verb) or _campaign_sponsors(view, verb) \
        or _campaign_runners(view, verb)
    if not sources and rel_type in ANNOUNCED_ACTS:
        sources = _announcer(view, verb)
    if not sources and rel_type == "DETAINED":
        sources = _arresting_state(view, verb)
    if not sources and rel_type in ("CHARGED", "CONVICTED"):
        sources = _trying_court(view, verb)
    if word == "welcome" and greeting(verb):  # 'Today we welcome Ms. Brandt': no support
        targets = [t for t in targets if t.type != "Person"]  # (a witness, `hearings`)
    if word == "sentence":  # 'a federal judge sentenced her': the court's act, told through
        sources = [m for m in sources if m.type != "Person"]  # its judge (the court is read)
    if rel_type == "INTERFERED_IN" and not targets and home_state is not None \
            and not foreign_arena(verb):
        targets = [home_state]
    if rel_type == "TARGETED" and not sources:  # 'Unit 29155 of the GRU targeted ...'
        sources = _unit_owners(view, verb)
    if rel_type == "DENIED":  # 'dismissed X from office' removes X: one denies a claim, and
        removed = [c for c in verb.children if c.dep_ in ("dobj", "dative")]  # its owner
        patient = Clause.of(verb).subject if Clause.of(verb).passive else None
        removed += [patient] if patient is not None else []  # 'X was dismissed by Y'
        gone = {m.key for c in removed for m in view.actors(c, owner=False)}
        targets = [t for t in targets if t.key not in gone]
    if rel_type == "BRIEFED":  # 'told the CBC' is an interview, not a briefing; 'told the
        # committee' is a witness's testimony; 'update the House', 'briefed the committee'
        # and an agency telling a committee ('MI5 told us') are briefings
        told = word in ("tell", "say") and any(s.type == "Person" for s in sources)
        excluded = BODIES + ("Media",) if told else ("Media",)
        targets = [t for t in targets if t.type not in excluded]
    if rel_type == "HEADS":  # 'the operation led by the X Group': a body that leads
        bodies = [s for s in sources if s.type != "Person"]  # something directs it (a
        yield from pairs(bodies, [t for t in targets if t.type != "Person"], "CONTROLS",
                         f"verb:{word}-body", verb.i)  # person directed: `foreign-agents`)
    if rel_type == "MONITORED" and word in WATCHING_VERBS:  # 'monitoring the X campaign'
        watched = [t for t in targets if an_operation(t)]
        yield from pairs(sources, watched, "INVESTIGATED", f"verb:{word}", verb.i)
        targets = [t for t in targets if t not in watched]
        people = [t for t in targets if t.type == "Person"]
        foreign = [s for s in sources if _foreign_power(s)]
        yield from pairs(foreign, people, "TARGETED", f"verb:{word}-person", verb.i)  # 'Chinese
        yield from pairs([s for s in sources if s not in foreign], people, rel_type,  # police
                         f"verb:{word}", verb.i)  # monitored X'
        targets = [t for t in targets if t.type != "Person"]
    yield from pairs(sources, targets, rel_type, f"verb:{word}", verb.i)
    yield from pairs(sources, victims, "SUPPORTED", f"verb:{word}-victim", verb.i)
    if rel_type == "APPOINTED" and not targets:  # 'appointed her minister of X'
        targets = [m for c in verb.children if c.dep_ == "dobj" and c.lower_ in
                   lexicon.TITLE_ROLES for p in c.children if p.dep_ == "poss"
                   for m in view.actors(p, owner=False)]
        yield from pairs(sources, targets, rel_type, f"verb:{word}", verb.i)
    if rel_type == "APPOINTED":
        offices = [m for child in verb.children if child.dep_ == "prep" and child.lower_ == "as"
                   for m in pobj_actors(view, child)]
        yield from pairs(targets, offices, "HEADS", "verb:appoint-as", verb.i)


MEMBERSHIP_BODIES = ("Party", "Legislature", "Committee", "Commission", "Organization",
                     "Agency", "Government", "Media")


def _attempted(verb: Any) -> bool:
    """'sought to recruit', 'an attempt to recruit': the act was tried, its outcome untold."""
    return verb.dep_ == "xcomp" and lemma(verb.head.text) in ATTEMPT_VERBS \
        or verb.dep_ == "acl" and verb.head.lower_ in ATTEMPT_NOUNS


def _removed_from(view: SentenceView, verb: Any, word: str) -> Iterator[Found]:
    """'X was expelled from the party', 'kicked out of the caucus', 'the party expelled X':
    X is a former member of the body; one suspended or barred keeps a tie of no settled
    kind. The body is the 'from' (or 'out of') object, else a body that removes its own."""
    removed = [m for m in view.objects(verb, set()) if m.type == "Person"]
    if not removed:
        return
    out = any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in verb.children)
    preps = {"from", "of"} if out else {"from"}
    heads = [verb] + [c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
    bodies = [m for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
              for m in pobj_actors(view, c) if m.type in MEMBERSHIP_BODIES]
    removed_from = [c for h in heads for c in h.children if c.dep_ == "prep"
                    and c.lower_ in preps]
    if not bodies and not removed_from and not Clause.of(verb).passive:
        bodies = [m for m in view.subjects(verb) if m.type in MEMBERSHIP_BODIES
                  and m.type != "Agency"]  # (not 'expelled him from its delegation':
        # out of a part of the body, not the body)
    for body in bodies:
        kind = "FORMER_MEMBER_OF" if word in REMOVAL_VERBS else "RELATED_TO"
        if not allowed(kind, removed[0], body):
            kind = "RELATED_TO"
        yield from pairs(removed, [body], kind, f"verb:removed-{word}", verb.i)


def _attributed_examples(view: SentenceView, verb: Any, doers: list[Mention]
                         ) -> Iterator[Found]:
    """'attributed incidents to the FSB, such as targeting UK parliamentarians': the
    examples of what is attributed are the doer's acts (as the attribution says)."""
    for prep in (c for c in verb.children if c.dep_ == "prep"
                 and (c.lower_ == "including" or such_as(c))):
        for act in (c for c in prep.children if c.dep_ == "pcomp"):
            kind = lexicon.VERB_RELATIONS.get(lemma(act.text))
            if kind in ("TARGETED", "INTERFERED_IN"):
                yield from pairs(doers, view.objects(act, set()), kind,
                                 f"verb:attributed-{lemma(act.text)}", act.i)


def _unit_owners(view: SentenceView, verb: Any) -> list[Mention]:
    """'Unit 29155 of the GRU targeted X': a unit acts for the body it is part of."""
    subject = Clause.of(verb).subject
    if subject is None or subject.i in view.at or subject.lower_ not in PART_NOUNS:
        return []
    return [m for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
            for m in pobj_actors(view, p) if m.type in ("Agency", "State", "Government")]


def _arresting_state(view: SentenceView, verb: Any) -> list[Mention]:
    """'X was arrested in Indonesia': with no one named as arresting, the state the arrest
    took place in did it (a city names no one: only State actors)."""
    if not Clause.of(verb).passive:
        return []
    return [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
            for m in pobj_actors(view, p) if m.type == "State"]


def _named_objects(verb: Any, targets: list[Mention]) -> list[Mention]:
    """The targets the verb's object or passive subject names itself, not through an
    owner; all of them when the verb has neither (a relative clause)."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
             and c.lower_ not in WH_WORDS]  # ('that': the clause's noun, as none)
    heads += [x for h in heads for x in h.conjuncts]
    if not heads:
        return targets
    return [t for t in targets if any(t.start <= h.i < t.end for h in heads)]


LOOK_NOUNS = {"appearance", "branding", "design", "identity", "look", "style"}


def _look_of(view: SentenceView, verb: Any) -> list[Mention]:
    """Whose look a verb imitates: 'mimic the appearance of X'."""
    return [m for c in verb.children if c.dep_ == "dobj" and c.lower_ in LOOK_NOUNS
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for m in pobj_actors(view, p)]


COURT_NAME = "Court"


def _trying_court(view: SentenceView, verb: Any) -> list[Mention]:
    """'X was indicted in the U.S. District Court for the District of Columbia', 'In the
    Southern District of New York, X was indicted': with no one named as charging, the
    court the charge or the verdict was brought in did it; so does the court a complaint
    'charging X' was unsealed or filed in."""
    holder = verb.head if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" else verb
    if not Clause.of(holder).passive:
        return []
    return [m for p in holder.children if p.dep_ == "prep" and p.lower_ in ("in", "before")
            for m in pobj_actors(view, p) if m.type == "Agency" and COURT_NAME in m.name]


PASSING_VERBS = lexicon.PASSING_VERBS


def _controller(view: SentenceView, verb: Any) -> list[Mention]:
    """Who does an infinitive purpose clause: the subject of the nearest verb above it
    that has one ('X used his network to obtain services to benefit Y' -> X)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []  # 'releasing them would benefit X': not a purpose clause
    node = verb
    for _ in range(4):
        found = [m for c in node.children if c.dep_ == "nsubj"
                 for m in view.actors(c, owner=False) if m.type == "Person"]
        if found or node.head.i == node.i:
            return found
        node = node.head
    return []


def _designated_as(verb: Any) -> bool:
    return any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or c.dep_ == "prep"
               and c.lower_ == "as" for c in verb.children) or any(
        c.dep_ == "dobj" and any(g.dep_ in ("appos", "oprd") for g in c.children)
        for c in verb.children)


def _charged_with(view: SentenceView, verb: Any) -> list[Mention]:
    """'charged two employees of RT with funding X': the accused do the funding."""
    accused = charged_with(verb)
    return view.actors(accused, owner=False) if accused is not None else []
CAMPAIGN_NOUNS = lexicon.words("campaign_nouns")
SPONSOR_WORDS = {"connected", "linked", "tied", "attributed", "backed", "sponsored",
                 "directed", "run"}


def _campaign_sponsors(view: SentenceView, verb: Any) -> list[Mention]:
    """'a campaign connected to China targeted MPs': a campaign acts for its sponsor, named
    by 'connected/linked to X', 'by X' or a demonym ('a Chinese campaign')."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in CAMPAIGN_NOUNS), None)
    if subject is None and verb.dep_ == "relcl" and verb.head.lower_ in CAMPAIGN_NOUNS:
        subject = verb.head
    if subject is None:
        return []
    found = [view.at[c.i] for c in subject.children
             if c.dep_ in ("amod", "compound") and c.i in view.at]
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found += pobj_actors(view, child)
        elif child.dep_ == "acl" and child.lower_ in SPONSOR_WORDS:
            found += [m for p in child.children if p.dep_ == "prep" and p.lower_ in ("to", "by")
                      for m in pobj_actors(view, p)]
    return [m for m in unique(found) if m.type in ("State", "Government", "Agency", "Party")]


def _campaign_runners(view: SentenceView, verb: Any) -> list[Mention]:
    """'Russia ran a coordinated campaign to promote X': who runs the campaign does what it
    is for."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.lower_ not in CAMPAIGN_NOUNS \
            or noun.dep_ not in ("dobj", "pobj"):
        return []
    runner = noun.head if noun.dep_ == "dobj" else noun.head.head
    if lemma(runner.text) not in RUNNING_VERBS or negated(runner):
        return []  # 'GAC exposed a campaign targeting X' is not GAC's campaign
    return [m for m in view.subjects(runner) if m.type in ("State", "Government", "Agency",
                                                           "Organization", "Party")]


RUNNING_VERBS = {"run", "launch", "conduct", "wage", "orchestrate", "mount", "organize",
                 "organise", "coordinate", "operate", "carry", "deploy", "stage"}
"""Verbs whose subject is the one running the campaign they take as object."""


GIVEN_TO_SUBJECT = {"BRIEFED", "WARNED"}
TOPIC_LIGHT_NOUNS = lexicon.words("topic_light_nouns")
TOPIC_PREPS = {"on", "into", "about"}
"""What a hearing is on: the only end a topic noun's light verb links its subject to."""
"""'X was given / offered a briefing by Y': the one briefed is the passive subject."""


DISMAY_NOUNS = lexicon.words("dismay_nouns")
SOLIDARITY_NOUNS = {"solidarity", "support"}


def _solidarity(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'Latvia and Lithuania expressed solidarity with Tallinn', 'voiced support for X':
    the one expressing it supports the one it is with or for."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in SOLIDARITY_NOUNS]
    supported = [m for h in (nouns + [verb] if nouns else []) for p in h.children
                 if p.dep_ == "prep" and p.lower_ in ("with", "for", "to")
                 for m in pobj_actors(view, p)]  # (the parser may hang 'with' on the verb)
    yield from pairs(view.subjects(verb), supported, "SUPPORTED", "verb:solidarity", verb.i)


def _dismay(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'Parliament expressed its complete outrage and grave concern about the continuous
    efforts by Russia to ...', 'voiced concern over China's treatment of X': the one
    expressing it criticises whoever does what it is about (not the one it is done to)."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in DISMAY_NOUNS]
    nouns += [n for c in nouns for n in c.conjuncts if n.lower_ in DISMAY_NOUNS]
    doers = [m for noun in nouns for prep in noun.children if prep.dep_ == "prep"
             and prep.lower_ in ("about", "over", "at", "with", "regarding")
             for act in prep.children if act.dep_ == "pobj"
             for m in _act_doers(view, act)]
    yield from pairs(view.subjects(verb), unique(doers), "CRITICIZED", "verb:express-dismay",
                     verb.i)


def _act_doers(view: SentenceView, act: Any, deeds: frozenset[str] | None = None
               ) -> list[Mention]:
    """Who the object of a concern names or, when it names an act, who does the act: its
    owner ("China's treatment of X") or its 'by' agent. With `deeds`, only an act among
    them has a doer ('the actions of Belarus'; not 'the fate of X' nor 'X's detention',
    which are done to X), a named object only a body or a state, and 'of' names one."""
    named = view.at.get(act.i)
    if named is not None:
        return [named] if deeds is None or named.type != "Person" else []
    if deeds is not None and act.lower_ not in deeds:
        return []
    return act_doers(view, act, ("by",) if deeds is None else ("by", "of"))


CONCERN_PREPS = {"about", "at", "by", "over", "with"}
CONCERN_DEEDS = lexicon.words("deed_nouns") | lexicon.words("campaign_nouns") \
    | lexicon.words("attempt_nouns")
FACT_NOUNS = {"fact"}


def _foreign_power(actor: Mention) -> bool:
    """A state other than the text's own, or a service of one: watching a person, it
    targets them ('Chinese police monitored X'); the text's own services, or a council
    watching a party's moves, only monitor."""
    if actor.type == "State":
        country = actor.name
    elif actor.type == "Agency":
        country = actor.attrs.get("state") or getattr(actor.attrs.get("entry"), "country", "")
    else:
        return False
    return bool(country) and country != locales.home_state()


def concerned(view: SentenceView, adjective: Any) -> Iterator[Found]:
    """'The Assembly is deeply concerned by the actions of Belarus', 'is worried about
    Belarus', 'remains alarmed at Russia's campaign', 'is concerned about the fact that X
    has used ...': as a resolution says so, the one concerned criticises who does what
    concerns it."""
    doers: list[Mention] = []
    for prep in adjective.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in CONCERN_PREPS:
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.lower_ in FACT_NOUNS:  # 'the fact that Iran has used ...': its doer
                doers += [m for clause in obj.children if clause.dep_ in ("acl", "ccomp")
                          for m in view.subjects(clause) if m.type != "Person"]
            elif obj.lower_ in THREAT_NOUNS:  # 'the threat posed by Russia', 'threats from
                doers += [m for c in obj.children if c.dep_ == "prep" and c.lower_ == "from"
                          for m in pobj_actors(view, c)] + [  # China'
                    m for c in obj.children if c.dep_ == "acl" and lemma(c.lower_) == "pose"
                    for a in c.children if a.dep_ == "agent" for m in pobj_actors(view, a)]
            else:
                doers += _act_doers(view, obj, CONCERN_DEEDS)
    concerned_ones = [m for c in adjective.children if c.dep_ in ("nsubj", "nsubjpass")
                      for m in view.actors(c)]  # ('X is concerned by Y' parsed as a
    if not concerned_ones and adjective.dep_ != "ROOT":  # passive: X is the one concerned)
        concerned_ones = view.subjects(adjective.head)
    yield from pairs(concerned_ones, unique(doers), "CRITICIZED", "adj:concerned", adjective.i)



INQUIRING_TYPES = ("Agency", "Committee", "Commission", "Government")


def _inquirers(doers: list[Mention]) -> bool:
    """Bodies of the document's own country (or committees and commissions, which inquire
    wherever they sit): their gathering information on someone is an investigation, a
    foreign service's is targeting."""
    home = locales.home_state()
    return bool(doers) and all(_inquires(m, home) for m in doers)


def _inquires(body: Mention, home: str) -> bool:
    if body.type in ("Committee", "Commission"):
        return True
    country = getattr(body.attrs.get("entry"), "country", "")
    return body.type in INQUIRING_TYPES and bool(home) and country == home


def _light(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'had relationships with X', 'launched an investigation into X'."""
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        rel_type = lexicon.LIGHT_VERB_NOUNS.get(noun.lower_)
        gathered = noun.lower_ in lexicon.SENSITIVE_NOUNS \
            and lemma(verb.text) in lexicon.GATHERING_VERBS
        if noun.lower_ in ("measures", "measure") and any(
                c.lower_ == "restrictive" for c in noun.children):
            rel_type = "SANCTIONED"  # 'imposed restrictive measures on X': the EU's sanctions
        if gathered:
            rel_type = "INVESTIGATED" if _inquirers(view.subjects(verb)) else "TARGETED"
            # 'sought information on X', 'gathered intelligence about X' target X; the
            # country's own police, services or committees gathering it investigate
            sources = [m for holder in (noun, verb) for p in holder.children
                       if p.dep_ == "prep" and p.lower_ == "from" for m in listed_after(view, p)]
            yield from pairs(view.subjects(verb), sources, "RELATED_TO", "light:asked-from",
                             verb.i)  # 'the Committee requested material from CSIS': whom
            # the papers come from is asked, not targeted
        if rel_type is None or _denied_noun(verb, noun):
            continue  # 'had no confidence in X', 'lost confidence in X': no support
        clause = Clause.of(verb)
        if clause.passive and clause.subject is not None and rel_type in GIVEN_TO_SUBJECT:
            givers = view.subjects(verb) or [m for p in noun.children if p.dep_ == "prep"
                                             and p.lower_ == "by" for m in pobj_actors(view, p)]
            yield from pairs(givers, view.actors(clause.subject, owner=False), rel_type,
                             f"light:{noun.lower_}-given", verb.i)  # 'X was given a briefing
            continue  # by CSIS'
        targets = [m for c in noun.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVES
                   for m in view.actors(c, owner=False)]  # "conducted Mr. Chong's briefing"
        preps = TOPIC_PREPS if noun.lower_ in TOPIC_LIGHT_NOUNS else \
            LIGHT_PREPS | {"about"} if rel_type == "TARGETED" else \
            LIGHT_PREPS | {"in"} if noun.lower_ == "confidence" else LIGHT_PREPS
        if gathered:  # 'collected information for Russian intelligence': whom it is for
            preps = preps - {"for"}  # is the principal, no target
            yield from pairs(view.subjects(verb), _gathered_for(view, noun, verb), "ACTED_FOR",
                             f"light:{noun.lower_}-for", verb.i)
        # ('had full confidence in his colleague')
        for holder in (noun, verb):  # ('gathered information about X')
            for prep in holder.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
                    owner = prep.lower_ != "at"  # 'announced the sanctions at the G7 Summit':
                    # where, not whom (a place's owner is no target)
                    targets += [m for obj in prep.children if obj.dep_ == "pobj"
                                and obj.lower_ != "behalf"  # 'on behalf of X': a principal
                                for m in view.actors(obj, owner=owner) or _role_owner(view, obj)]
        yield from pairs(view.subjects(verb), targets, rel_type, f"light:{noun.lower_}", verb.i)


def _gathered_for(view: SentenceView, noun: Any, verb: Any) -> list[Mention]:
    """The state or service information was gathered for ('collected information for the
    GRU', 'gathered intelligence for China')."""
    return [m for holder in (noun, verb) for p in holder.children
            if p.dep_ == "prep" and p.lower_ == "for" for m in pobj_actors(view, p)
            if m.type in ("State", "Agency", "Government")]


def _victim_of(view: SentenceView, verb: Any, target: Mention) -> bool:
    """Whether `target` is only the one an act judged by `verb` was done to: 'condemns the
    sentencing of X', 'welcomes the release of X' judge the act, not X."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lower_ not in SUFFERED_ACTS:
            continue
        named = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for pobj in p.children if pobj.dep_ == "pobj"
                 for o in (pobj, *pobj.conjuncts)]  # the names themselves, not 'by X'
        named += [c for c in obj.children if c.dep_ == "poss"]  # 'condemns X's sentencing'
        if any(o.i in view.at and view.at[o.i].key == target.key for o in named):
            return True
    return False


FREEING_NOUNS = lexicon.words("freeing_nouns")


def _called_for_release(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'Calls for the immediate and unconditional release of X', 'demanded her release':
    whoever calls for it stands up for X."""
    if negated(verb):
        return
    freed = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
             for o in p.children if o.dep_ == "pobj" and o.lower_ in FREEING_NOUNS]
    freed += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in FREEING_NOUNS]
    people = [m for noun in freed for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for m in pobj_actors(view, p)]
    people += [m for noun in freed for c in noun.children if c.dep_ == "poss"
               for m in view.actors(c, owner=False)]
    yield from pairs(view.subjects(verb), people, "SUPPORTED", "verb:call-for-release", verb.i)


def _denied_noun(verb: Any, noun: Any) -> bool:
    """'no confidence', 'lost confidence', 'not ... any confidence': the tie is denied."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not", "never")
               for c in noun.children) or negated(verb) or lemma(verb.lower_) in LOSING


LOSING = {"lose", "lost", "withdraw"}


PART_PLAYED_NOUNS = {"role", "involvement", "participation", "part"}


def _role_owner(view: SentenceView, noun: Any) -> list[Mention]:
    """'a warrant for his alleged role in the scandal': the one whose role it is."""
    if noun.lower_ not in PART_PLAYED_NOUNS:
        return []
    owners = [view.pronoun(c) for c in noun.children if c.dep_ == "poss"
              and c.lower_ in POSSESSIVES]
    return [m for m in owners if m is not None]


def _transfer(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'sending confidential information to Indian officials' -> assistance to India."""
    if not any(c.dep_ == "dobj" and c.lower_ in lexicon.SENSITIVE_NOUNS for c in verb.children):
        return
    targets = view.objects(verb, {"to", "with"}, direct=False)
    for noun in verb.children:
        if noun.dep_ == "dobj":
            targets += [m for prep in noun.children if prep.dep_ == "prep"
                        and prep.lower_ in ("to", "with") for m in pobj_actors(view, prep)]
    targets = [t for t in targets if t.type in ("State", "Agency", "Organization") or t.group]
    yield from pairs(view.subjects(verb), targets, "ALLEGED_ASSISTANCE", "transfer", verb.i)


RECIPIENT_BODIES = ("Commission", "Committee", "Agency", "Legislature", "Government")


def _handed_report(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'the government provided the report to the inquiry': handing a body a report briefs
    it (the sensitive-information rule above is about helping a foreign state)."""
    reports = [c for c in verb.children if c.dep_ == "dobj"
               and c.lower_ in lexicon.REPORT_NOUNS | {"reports", "assessments"}]
    if not reports:
        return
    holders = [verb, *reports]
    bodies = [m for h in holders for prep in h.children if prep.dep_ in ("prep", "dative")
              and prep.lower_ in ("to", "with") for m in pobj_actors(view, prep)]
    bodies += [m for c in verb.children if c.dep_ == "dative"
               for m in view.actors(c, owner=False)]  # 'gave the inquiry the report'
    yield from pairs(view.subjects(verb), [b for b in bodies if b.type in RECIPIENT_BODIES],
                     "BRIEFED", "transfer:report", verb.i)


PAPERS = lexicon.REPORT_NOUNS | {"material", "materials", "records", "files", "notes",
                                 "reports", "documents", "intelligence", "information"}


REFERRED_THINGS = {"matter", "question", "case", "issue", "file", "complaint", "bill",
                   "motion", "report", "allegations", "it", "this"}


def _referred(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'The Speaker referred the matter to the committee': a procedural handing-over that
    ties the referrer to the body (the earlier sets' gold lists it as a plain link)."""
    bodies = [m for m in _handed_to(view, verb, REFERRED_THINGS) if m.type != "Person"]
    if bodies:
        yield from pairs(view.subjects(verb), bodies, "RELATED_TO", "verb:refer", verb.i)


def _handed_to(view: SentenceView, verb: Any, things: set[str]) -> list[Any]:
    """Who `verb` hands one of `things` to: 'to X' on the verb, or hung by the parser on the
    thing ('the question to X'); nothing when the verb's object is none of `things`."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in things]
    if not objects:
        return []
    return view.objects(verb, {"to"}, direct=False) + [
        m for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
        for m in pobj_actors(view, p)]


REPORTED_WORRIES = {"concern", "concerns", "incident", "incidents", "threat", "threats",
                    "suspicion", "suspicions", "approach", "approaches", "activity",
                    "activities", "matter", "it", "this", "them", "encounter", "encounters",
                    "contact", "contacts", "offer", "offers", "plot"}


def _reported_to(view: SentenceView, verb: Any) -> Iterator[Found]:
    """'The party reported concerns to the task force', 'she reported the approach to
    CSIS': telling a body what one saw is briefing it ('reported on X' stays a report)."""
    told = _handed_to(view, verb, REPORTED_WORRIES)
    if told:
        yield from pairs(view.subjects(verb), told, "BRIEFED", "verb:report-to", verb.i)


def _reads_papers(verb: Any) -> bool:
    """'reviewed classified material' / 'examined the reports': an examination of papers,
    whose authors are not the ones investigated."""
    return any(c.dep_ == "dobj" and c.lower_ in PAPERS for c in verb.children)


ANNOUNCED_ACTS = {"EXPELLED", "SANCTIONED", "DETAINED"}
ANNOUNCING = {"announce", "confirm", "declare", "state"}


SAID_GRATA = "verb:declare-grata:announced"
"""The rule name `extractor` reads to give an announcing ministry's act to its state."""


def _announcer(view: SentenceView, verb: Any, announcing: set[str] = ANNOUNCING
               ) -> list[Mention]:
    """'Joly announced that Zhao had been declared persona non grata': a state's act told
    in the agentless passive by the one who announces it is that one's act."""
    clause = Clause.of(verb)
    if not clause.passive or clause.agent is not None or verb.dep_ != "ccomp" \
            or lemma(verb.head.text) not in announcing:
        return []
    return [m for m in view.subjects(verb.head)
            if m.type in ("Person", "Government", "State", "Agency")]


SAID_GRATA_PARENTS = ("State",)


@family("verbs", 10)
def _verbs_family(s: Sentence) -> list[Found]:
    """Verb rules, unless the verb is negated or only asked for; a ministry that announces
    an expulsion stands for its state."""
    doc = s.view.sent.doc
    return [_ministrys_state(f, s) for f in verb_relations(s.view, s.home_state, s.keyed)
            if not asked_for(doc[f.anchor]) and not negated(doc[f.anchor])]


def _ministrys_state(found: Found, s: Sentence) -> Found:
    """'China's foreign ministry said X had been declared persona non grata': the
    ministry announces, the state it belongs to expels."""
    entry = found.source.attrs.get("entry")
    parent = getattr(entry, "parent", "") if found.source.type == "Agency" else ""
    known = s.gazetteer.get(parent) if found.rule == SAID_GRATA and parent else None
    if known is None or known.type != "State":
        return found
    return replace(found, source=s.builtin(known.name, "State"))
