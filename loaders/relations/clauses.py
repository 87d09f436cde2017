"""Generic links read off the clause: who acts on whom, who is described as what of whom.

Why: on real text most relations are worded in ways no specific rule knows ("she tried
to infiltrate conservative groups, including the National Rifle Association", "Torshin,
a former member of the Federation Council", "the questioning of Krah by the FBI").
The parse still says that two actors are arguments of one predicate. This family links
them when no rule did, typed from the verb lexicon when the verb is a known one and
`RELATED_TO` otherwise (the verb kept in the evidence's extractor name), so new wording
yields an edge with its sentence instead of nothing.

What keeps it precise, each learnt from a wrong edge:
- an argument phrase is followed down only to the first actor it names (the Federation
  Council in "Torshin, a member of the Federation Council" is Torshin's, not Butina's),
  never into another clause, a gerund, a topic ('regarding the release of X') or a place
  ('voters in Canada');
- a subject is the verb's own (or a controlling verb's: 'tried to infiltrate'), never
  one borrowed across a reported or adverbial clause; 'advised X to delay Y' makes Y
  X's business, not the adviser's;
- verbs that report, cite, describe or count votes link nothing ('mentioned', 'lost to');
  a negated, failed or asked-for predicate links nothing;
- unnamed groups, places, schools and pronoun owners are too loose for a link no rule
  vouches for.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..mentions.mention import text_of
from ..vocabulary import lexicon, locales
from ..vocabulary.morph import is_stop_form, lemma
from .claims import asked_for, negated
from .found import Found, allowed
from .registry import Sentence, family
from .syntax import (
    CANDIDACY_NOUNS,
    INSTRUMENT_VERBS,
    KIN_NOUNS,
    WH_WORDS,
    Clause,
    SentenceView,
    of_the_object,
    passive_patient_of_conjunct,
    person_antecedent,
    places_of_portfolio,
    places_someone,
    runs_into_name,
    swallowed_subject,
    topic_between,
)

__all__ = ["clause_links", "misfit", "modal", "phrasal_type"]

ARGUMENT_DEPS = ("dobj", "attr", "oprd", "dative", "pobj", "appos", "conj")
"""Dependencies followed down an argument phrase to the actors it names."""
APPOSITION_REACH = 15
"""Tokens from a noun to its apposition's head at most ('the director of the X and Y
Service, Jane Roe' is nine)."""
MAX_DEPTH = 3
"""How deep an argument phrase is followed: 'as an assistant for X' is 2."""
SKIPPED_PREPS = lexicon.words("clause_skipped_preps")
TELLING_ON_VERBS = lexicon.words("telling_on_verbs")
"""Prepositions of time, topic or comparison: their objects are no argument."""
PLACE_PREPS = lexicon.words("clause_place_preps")
"""Inside an argument phrase, these say where ('stations in the Greater Toronto Area')..."""
TARGETED_NOUNS = lexicon.words("clause_targeted_nouns")
"""...except after these, where 'in' names what is acted on ('interference in the EU')."""
BODY_NOUNS = lexicon.words("clause_body_nouns")
"""A body's common noun after its name: 'the United Russia party' is United Russia."""
LINKING_NOUN_PREPS = lexicon.words("clause_event_preps")
"""Prepositions after an event noun whose objects take part in it ('questioning of X by Y')."""
TOGETHER = lexicon.words("clause_together")
SILENT_VERBS = (lexicon.REPORTING_VERBS | lexicon.SPEAKING_VERBS
                | lexicon.COOPERATION_VERBS - {"work"} | lexicon.words("clause_silent_verbs")
                | lexicon.words("moving_verbs") | lexicon.words("schooling_verbs")
                | lexicon.words("succession_verbs")) \
    - lexicon.words("clause_speaking_links")
"""Verbs that report, cite, describe, count votes or place someone: their subject and
object are not thereby linked ('X mentioned Y', 'X lost to Y', 'left Canada');
institutions working together are read by `cooperation`, which knows when that says
something."""
NOT_DONE = lexicon.words("clause_not_done")
"""'failed to protect MPs': the verb it controls did not happen."""


def clause_links(view: SentenceView, found: list[Found]) -> Iterator[Found]:
    """Links between actors of one clause that no specific rule made."""
    linked = {frozenset((f.source.key, f.target.key)) for f in found}
    if not view.may_link(linked, _link_key):
        return
    for source, target, rule, anchor in _candidates(view):
        source, target = _through_kin(source), _through_kin(target)
        pair = frozenset((source.key, target.key))
        if source.key == target.key or pair in linked or not _linkable(source, target) \
                or misfit(view.sent.doc[anchor], source, target):
            continue
        linked.add(pair)
        kind = _type(view.sent.doc[anchor], source, target, rule)
        if kind == "RELATED_TO" and _against(view.sent.doc[anchor], target) \
                and allowed("TARGETED", source, target):
            kind = "CRITICIZED" if view.sent.doc[anchor].lower_ in SPEECH_NOUNS else \
                "TARGETED"  # 'to sway opinion against Fethullah Gulen'; 'China's remarks
            # against X' are words, criticism
        if kind != "RELATED_TO" and _through_event(view, view.sent.doc[anchor], target):
            kind = "RELATED_TO"  # 'advised X against the release of Y': Y is no one advised
        yield Found(source, target, kind, rule, anchor)


PATIENT_EVENTS = lexicon.words("patient_event_nouns")
BIDDING = set(lexicon.table("bidding_nouns"))


def _through_event(view: SentenceView, verb: Any, target: Mention) -> bool:
    """The target hangs on the verb through an event it undergoes ('advised X against the
    release of Y'): the verb's own type ('advise' = SPOKE_WITH) is not what was done to it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    token = view.sent.doc[target.start]
    while target.start <= token.head.i < target.end and token.head.i != token.i:
        token = token.head  # the head of the target's own span
    for _ in range(MAX_DEPTH + 2):
        below, token = token, token.head
        if token.i == verb.i or token.head.i == token.i:
            return False
        if token.lower_ in PATIENT_EVENTS and token.i not in view.at:
            return below.dep_ == "prep" and below.lower_ == "of"  # 'by China', "China's":
            # the event's agent, to whom the verb's type holds
    return False


STRICT_TYPES = {"ESTABLISHED"}
"""Verbs whose object must be of the kind the verb takes: one founds a body, so a person
as the object of 'co-founded' is a name inside the body's ('the X and Y Foundation')."""


def misfit(anchor: Any, source: Mention, target: Mention) -> bool:
    """A verb of a strict type ('co-founded') whose ends are not of the kinds it takes."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    word = lemma(anchor.lower_)
    if word in COURTESY_VERBS and target.type == "Person":
        return True  # 'I would like to welcome our witnesses': a courtesy, no support
    known = lexicon.VERB_RELATIONS.get(word)
    return known in STRICT_TYPES and not allowed(known, source, target)


COURTESY_VERBS = lexicon.words("courtesy_verbs")


def _candidates(view: SentenceView) -> Iterator[tuple[Mention, Mention, str, int]]:
    implied = view.implied[0] if view.implied is not None else -1
    for token in view.tokens:
        if (token.pos_ in ("VERB", "AUX") or token.i == implied) and _active(token):
            subjects = _subjects(view, token) or _modified(view, token)
            for source in subjects:
                for target in _verb_arguments(view, token):
                    yield source, target, f"clause:{lemma(token.lower_)}", token.i
            for patient in _passive_patients(view, token):
                for target in _as_phrase(view, token) if lemma(token.lower_) \
                        not in lexicon.LABELLING_VERBS else ():  # ('designated as a PSP':
                    # the label given, no actor the designation ties to the patient)
                    yield patient, target, f"clause:{lemma(token.lower_)}-as", token.i
            yield from _together(view, token)
            for target in _fronted_roles(view, token):  # 'A member of X, she chaired'
                for source in subjects:
                    yield source, target, "clause:described", token.i
        elif token.pos_ in ("NOUN", "PROPN"):
            yield from _described(view, token)
            yield from _event_noun(view, token)
            yield from _partners(view, token)
            yield from _possessed_partner(view, token)
            yield from _possessed_title(view, token)
            yield from _premodified(view, token)


MODALS = lexicon.words("clause_modals")
"""'the RCMP should examine X': what ought to happen is not a link."""


def _active(verb: Any) -> bool:
    """A verb that states something done: not reporting or describing (read on its word
    first, the cheapest), not negated, not asked for, no modal's."""
    return not _silent(verb) and not negated(verb) and not asked_for(verb) \
        and not modal(verb)


def modal(verb: Any) -> bool:
    """'the RCMP should examine X', 'would have fled to Y': under a modal."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _silent(verb: Any) -> bool:
    word = verb.lower_
    return lemma(word) in SILENT_VERBS or is_stop_form(word, SILENT_VERBS)


def _subjects(view: SentenceView, verb: Any) -> list[Mention]:
    """The verb's own doer: its agent, its active subject (a relative pronoun stands for
    the noun it hangs on), or that of the verb it is controlled by or coordinated with;
    in a resolution's paragraph, the resolving body."""
    if view.implied is not None and verb.i == view.implied[0]:
        return [view.implied[1]]
    fronted = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN")
               and any(o.dep_ == "nsubj" and o.i < c.i and o.pos_ == "NOUN"
                       for o in verb.children)]
    if fronted:  # 'A member of X, she chaired Y': she, not the role phrase
        return view.actors(fronted[0], owner=False)
    clause = Clause.of(verb)
    if clause.agent is not None:
        return view.actors(clause.agent, owner=False)
    if clause.subject is not None:
        if clause.passive:
            return []
        if clause.subject.lower_ in WH_WORDS:  # ('a member of the X Party who served':
            # the member, not the party)
            return _described_by(view, person_antecedent(verb, clause.subject)) \
                if verb.dep_ == "relcl" else []
        return (view.possessed_body(clause.subject) or view.actors(clause.subject, owner=False)) \
            + _alongside(view, verb)
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and not _object_of(head):
        return _subjects(view, head) if not is_stop_form(head.lower_, NOT_DONE) else []
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.i != verb.i:
        swallowed = swallowed_subject(verb)
        if swallowed is not None:  # 'X became clerks and her friend, Y, was ...': Y's verb
            return view.named_within(swallowed)
        patient = passive_patient_of_conjunct(verb)
        return view.actors(patient, owner=False) if patient is not None else \
            _subjects(view, head)
    return []


def _fronted_roles(view: SentenceView, verb: Any) -> list[Mention]:
    """'A member of the Conservative Party, she chaired ...': the actors a role phrase put
    before the subject is 'of' (the phrase describes the subject)."""
    out: list[Mention] = []
    for noun in verb.children:
        if noun.dep_ in ("advcl", "npadvmod", "dep", "nsubj") and noun.pos_ == "NOUN" \
                and noun.i < verb.i and noun.lower_ in lexicon.PERSON_ROLE_NOUNS \
                and noun.i + 1 < len(noun.doc) and any(
                    t.text == "," for t in noun.doc[noun.i:verb.i]):
            out += [m for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                    for o in p.children if o.dep_ == "pobj" for m in _first_actors(view, o, 1)]
    return out


def _described_by(view: SentenceView, noun: Any) -> list[Mention]:
    """The noun a relative clause hangs on, or the subject a predicate noun describes
    ('X is a politician who was convicted of ...': X)."""
    own = _own(view, noun)
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if own or noun.dep_ != "attr":
        return own
    subject = Clause.of(noun.head).subject
    return view.actors(subject, owner=False) if subject is not None else []


def _alongside(view: SentenceView, verb: Any) -> list[Mention]:
    """'X, along with his co-conspirator Y, were involved': Y does it too (the parser
    often hangs Y on X as an apposition)."""
    sent = view.sent
    said = text_of(sent.doc)[sent.start_char:sent.end_char].lower()
    if "along" not in said and "together" not in said:  # most sentences: no walk at all
        return []
    out = [m for p in _clause_tokens(verb) if p.dep_ == "prep" and p.lower_ in TOGETHER
           for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
           for o in w.children if o.dep_ == "pobj" for m in view.actors(o, owner=False)]
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for prep in (t for t in subject.subtree if t.lower_ in ("with", "alongside")):
            if prep.lower_ == "alongside" or prep.i > 0 and \
                    prep.doc[prep.i - 1].lower_ in TOGETHER:
                out += [m for t in subject.children if t.dep_ in ("appos", "prep")
                        and t.i > prep.i for m in view.actors(t, owner=False)]
                out += [m for o in prep.subtree if o.i in view.at for m in [view.at[o.i]]]
    own = {m.key for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
           for m in view.actors(c, owner=False) if c.i in view.at}
    return [m for m in out if m.key not in own]


def _modified(view: SentenceView, verb: Any) -> list[Mention]:
    """'diplomats working for China', 'Sand, registered with the Justice Department':
    a participle with no subject of its own says something of the actor it hangs on."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBG") or Clause.of(verb).subject \
            is not None or Clause.of(verb).agent is not None:
        return []
    return _own(view, verb.head)


def _clause_tokens(verb: Any) -> list[Any]:
    """The verb's own clause: its subtree without the clauses inside it."""
    out, todo = [], list(verb.children)
    while todo:
        token = todo.pop()
        if token.dep_ in ("relcl", "ccomp", "advcl", "acl", "csubj", "parataxis"):
            continue
        out.append(token)
        todo += list(token.children)
    return out


def _own(view: SentenceView, token: Any) -> list[Mention]:
    mention = view.at.get(token.i)
    return [mention] if mention is not None else []


SUFFERED_ACTS = lexicon.words("suffered_act_nouns")
"""'condemns the sentencing of X': acts someone suffers (`verbs` reads their victim too)."""
REMOVERS = lexicon.words("removal_verbs") | lexicon.words("suspension_verbs")


def _object_of(verb: Any) -> bool:
    return any(c.dep_ in ("dobj", "dative") for c in verb.children)


PROCEEDING_VERBS = lexicon.words("proceeding_verbs")
OFFSHOOT_NOUNS = lexicon.words("offshoot_nouns")
PLACED_BUSINESSES = lexicon.words("placed_business_nouns")
JUDGING_TYPES = ("CRITICIZED", "SUPPORTED", "ACCUSED")
"""Verbs that judge their object: their 'for'/'over' phrase is the reason ('praised X for
her work with Y' says nothing of Y)."""
PREMISES_NOUNS = {"office", "offices", "home", "homes", "house", "residence", "premises",
                  "apartment", "flat", "phone", "computer", "accounts", "account"}
"""Someone's rooms and belongings: what is done to them is done to that someone."""
OFFENCE_PREPS = {"with", "of", "for", "over", "to"}
"""'accused X of working with Y', 'arrested X for spying for China', 'pleaded guilty to
conspiracy against Y': what the one charged did; its actors are no targets of the charge."""


def _verb_arguments(view: SentenceView, verb: Any) -> list[Mention]:
    """Actors among the verb's objects, prepositional objects and predicate nouns, and
    those of a verb it controls ('tried to infiltrate X'); a passive's patient."""
    out: list[Mention] = []
    passive = Clause.of(verb).passive
    partnering = is_stop_form(verb.lower_, lexicon.COOPERATION_VERBS)  # 'work with': read by
    proceeding = is_stop_form(verb.lower_, PROCEEDING_VERBS)
    placed = places_someone(view, verb)  # 'appointed X to the Senate': the Senate is X's
    judged = lexicon.VERB_RELATIONS.get(lemma(verb.lower_)) in JUDGING_TYPES \
        and any(c.dep_ == "dobj" for c in verb.children)
    conspiring = lexicon.VERB_RELATIONS.get(lemma(verb.lower_)) == "COOPERATED_WITH"
    typed = lemma(verb.lower_) in lexicon.VERB_RELATIONS
    telling = lemma(verb.lower_) in TELLING_ON_VERBS
    for child in verb.children:  # `cooperation` and the work-with rule, which know when
        if conspiring and not (child.dep_ == "prep" and child.lower_ in ("with", "alongside")):
            continue  # 'conspired to influence X against Y': the partners are 'with' only
        if partnering and child.dep_ == "prep" and child.lower_ in ("with", "alongside"):
            continue  # it says something
        if placed and child.dep_ in ("prep", "dative") and child.lower_ in ("to", "as"):
            continue
        if telling and child.dep_ == "prep" and child.lower_ == "on":
            continue  # 'briefed me on the activities of China': the topic, no party
        if judged and child.dep_ == "dobj" and child.lower_ in SUFFERED_ACTS:
            continue  # 'condemns the sentencing of X': the act is judged, not its victim
        if judged and child.dep_ == "prep" and child.lower_ in ("for", "over"):
            continue  # 'criticized China for its treatment of X': the reason, no target
        if child.dep_ == "prep" and child.lower_ == "from" and lemma(verb.lower_) in REMOVERS:
            continue  # 'expelled from the group by X': what the patient leaves, not X's
        if typed and child.dep_ == "prep" and child.lower_ == "under":
            continue  # 'X operated under the ministry': X's superior, not what X operates
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in BIDDING
                                        for o in child.children):
            continue  # 'at the request of CSIS, the RCMP investigated X': who asked is
            # no one investigated (`agents` reads a foreign principal)
        if child.dep_ == "prep" and any(o.lower_ == "behalf" for o in child.children) \
                and (proceeding or topic_between(verb, child)):
            continue  # 'convicted of espionage on behalf of China': the offence, not whom
            # the proceeding targets; 'remarks on schemes on behalf of X': maybe the
            # schemes' (`syntax.topic_between`)
        if proceeding and (child.dep_ == "prep" and child.lower_ in OFFENCE_PREPS
                           or child.dep_ in ("acomp", "oprd")):  # 'pleaded guilty to'
            continue  # 'charged X with spying for China': the offence, not whom the
            # proceeding targets
        if child.dep_ == "attr" and child.i in view.at and lemma(verb.lower_) == "be":
            continue  # 'MI5 is the Security Service': one body named twice, no link
        if child.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < child.i
                                         for c in verb.children):
            continue  # a verb has one direct object: a second is the parser's misreading
            # of a list far down the first ('imposed measures against X aimed at ..., the
            # rule of law, and stability of Moldova')
        if child.dep_ in ("attr", "oprd") and passive and child.pos_ == "NOUN":
            continue  # 'X was appointed ambassador to Y by Z': X's post, not Z's (`_as_phrase`)
        if child.dep_ in ("attr", "oprd"):
            out += [m for m in _first_actors(view, child, 0) if not _kin_conjunct(child, m)]
        elif child.dep_ in ("dobj", "dative", "acomp"):
            out += _first_actors(view, child, 0)
        elif child.dep_ == "prep" and child.lower_ not in SKIPPED_PREPS \
                and not (passive and child.lower_ == "as") and not _co_agent(child) \
                and not of_the_object(child):
            out += [m for obj in child.children if obj.dep_ == "pobj"
                    and obj.ent_type_ not in ("DATE", "TIME")
                    for m in _first_actors(view, obj, 1)]
        elif child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") \
                and (not _object_of(verb) or lemma(verb.lower_) in INSTRUMENT_VERBS) \
                and not is_stop_form(verb.lower_, NOT_DONE) and _active(child):
            out += _verb_arguments(view, child)  # ('used legislation to block X': the
            # object is the means, the subject blocks; 'asked X to block Y': X would)
        elif child.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in verb.children):
            out += view.actors(child, owner=False)
    return out


def _co_agent(prep: Any) -> bool:
    """'together with France, Germany sanctioned X': France does it too (`subjects`
    counts it), it is not what is done to."""
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in TOGETHER


def _passive_patients(view: SentenceView, verb: Any) -> list[Mention]:
    clause = Clause.of(verb)
    if not clause.passive or clause.subject is None or clause.subject.lower_ in WH_WORDS:
        return []
    return view.actors(clause.subject, owner=False)


def _as_phrase(view: SentenceView, verb: Any) -> list[Mention]:
    """'briefed by CSIS as a target of Beijing', 'was appointed ambassador to Y': the 'as'
    phrase or the predicate noun describes the patient."""
    agent = Clause.of(verb).agent
    return [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            for obj in p.children if obj.dep_ == "pobj" for m in _first_actors(view, obj, 1)] \
        + [m for noun in verb.children if noun.dep_ in ("attr", "oprd") and noun.pos_ == "NOUN"
           for m in _first_actors(view, noun, 0)
           if agent is None or agent.i not in range(m.start, m.end)]


def _first_actors(view: SentenceView, token: Any, depth: int) -> list[Mention]:
    """The actors a phrase names: itself if it is one, else the first ones down its
    modifiers, its conjuncts included; no deeper than MAX_DEPTH, never into a clause,
    a gerund, a report, a topic or a place."""
    owned = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if owned and depth > 0 and token.lower_ in PREMISES_NOUNS:  # 'a search of Bystron's
        return [m for c in owned for m in _own(view, c) if m.type == "Person"]  # Bundestag
        # office' is of Bystron, not of the Bundestag
    here = view.actors(token, owner=False)
    if here:
        return here
    if token.lower_ in BODY_NOUNS:  # 'Vladimir Putin's United Russia party'
        named = [view.at[c.i] for c in token.children if c.dep_ == "compound" and c.i in view.at
                 and not (token.lower_ in PLACED_BUSINESSES and view.at[c.i].type == "State")]
        if named:  # ('worked for a U.S. company' worked for no state)
            return named[-1:]
    if token.lower_ in CANDIDACY_NOUNS:  # 'joined Jane Carter's presidential campaign'
        owners = [m for c in token.children if c.dep_ == "poss" for m in _own(view, c)]
        if owners:
            return owners
    if depth >= MAX_DEPTH or token.pos_ in ("VERB", "AUX") \
            or token.lower_ in lexicon.REPORT_NOUNS:
        return []
    out: list[Mention] = []
    offshoot = token.lower_ in OFFSHOOT_NOUNS or _someone_of(token)
    # 'designated an affiliate of Y' is not Y; 'discussed it with the Leader of the House'
    # spoke with a person, not with the House
    for child in token.children:
        if offshoot and child.dep_ == "prep" and child.lower_ == "of":
            continue
        if child.dep_ == "prep" and child.lower_ == "for" \
                and places_of_portfolio(view, token, child):
            continue  # 'served as the Director for Korea, Japan and Oceania'
        if child.dep_ == "prep" and child.lower_ not in SKIPPED_PREPS \
                and (child.lower_ not in PLACE_PREPS or token.lower_ in TARGETED_NOUNS):
            out += [m for obj in child.children if obj.dep_ == "pobj"
                    and obj.ent_type_ not in ("DATE", "TIME")
                    for m in _first_actors(view, obj, depth + 1)]
        elif child.dep_ == "appos" and child.i - token.i > APPOSITION_REACH:
            continue  # an apposition stands by its noun: one far down a list is the
            # parser's ('measures against X aimed at ..., the rule of law, and Moldova')
        elif child.dep_ in ARGUMENT_DEPS:
            out += _first_actors(view, child, depth + 1)
    return out


def _someone_of(token: Any) -> bool:
    """A title of someone else as the verb's object ('with the Leader of the House', 'met
    the President of X'); not what the subject is ('was a member of X', 'elected as
    chair of X') nor members, who stand for their body."""
    return token.lower_ in lexicon.PERSON_ROLE_NOUNS and token.lower_ not in MEMBER_WORDS \
        and token.dep_ in ("dobj", "pobj") and token.head.lower_ != "as"


MEMBER_WORDS = {"member", "members"}


def _kin_conjunct(predicate: Any, mention: Mention) -> bool:
    """'became police clerks and his late wife, Y, was ...': the parser joins a new subject
    to the predicate noun; Y, named at or after a kin or partner word owned by a pronoun
    (the parser may hang the name on the predicate itself), is no one the subject became."""
    return any(c.lower_ in PARTNER_NOUNS and any(p.dep_ == "poss" and p.pos_ == "PRON"
                                                 for p in c.children)
               and c.left_edge.i <= mention.start for c in predicate.conjuncts)


def _described(view: SentenceView, noun: Any) -> Iterator[tuple[Mention, Mention, str, int]]:
    """'Torshin, a former member of the Federation Council, ... and deputy governor of the
    Central Bank of Russia': an actor and the actors its apposition is 'of'; 'Putin's
    United Russia party': a named owner and what it owns (a state's own bodies aside)."""
    actor = view.at.get(noun.i)
    if actor is None:
        return
    home = locales.home_state()
    for part in _descriptions(view, noun):
        if actor.type != "Person" and part.lower_.rstrip("s") in PERSON_NOUNS:
            continue  # 'MI5, Yang's lawyers': a misparse, a body is no one's lawyers
        for modifier in (t for t in part.subtree if t.i < part.i and t.i in view.at
                         and not _placed(t) and _premodifies(t, part)):
            target = view.at[modifier.i]  # 'X, a PRC consular official' ('Canada's own
            if target.kind != "demonym" and target.name != home:  # minister' says nothing)
                yield actor, target, "clause:appos-modifier", part.i
        for prep in (c for c in part.children if c.dep_ == "prep" and part.lower_ not in
                     LIKENESS_NOUNS and c.lower_ not in SKIPPED_PREPS
                     and c.lower_ not in PLACE_PREPS):  # ('the equivalent of China's CIA')
            for target in (m for obj in prep.children if obj.dep_ == "pobj"
                           for m in _first_actors(view, obj, 1)
                           if not _person_joined_to_body(view, m)):
                yield actor, target, f"clause:appos-{prep.lower_}", part.i
    for poss in (c for c in noun.children if c.dep_ == "poss"
                 and c.lower_ not in ("his", "her", "its", "their", "my", "our")):
        for owner in view.actors(poss, owner=False):
            if owner.type != "State":
                yield owner, actor, "clause:possessive", noun.i


def _person_joined_to_body(view: SentenceView, target: Mention) -> bool:
    """'A, chairman of the committee of the Duma and B, ambassador to London': the parser
    joins B to the body A chairs; a person is no one's 'of' there, but the next in a list."""
    root = view.sent.doc[target.start:target.end].root
    joined = view.at.get(root.head.i) if root.dep_ == "conj" else None
    return target.type == "Person" and joined is not None and joined.type != "Person"


PERSON_NOUNS = lexicon.PERSON_ROLE_NOUNS | lexicon.words("lead_person_nouns")
LIKENESS_NOUNS = lexicon.LIKENESS_NOUNS
PREMODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod", "case", "nummod"}


def _premodifies(word: Any, noun: Any) -> bool:
    """'a PRC consular official': the word hangs on the noun through modifiers only, not
    through a clause or a phrase the parser put before it."""
    node = word
    for _ in range(6):
        if node.i == noun.i:
            return True
        if node.dep_ not in PREMODIFIER_DEPS:
            return False
        node = node.head
    return False


def _descriptions(view: SentenceView, noun: Any) -> list[Any]:
    """The nouns an actor is described by: its appositions, theirs (the parser chains
    'X, a former member of A, member of B') and their conjuncts; a list of names
    ('two men, A and B') describes no one."""
    out: list[Any] = []
    todo = [c for c in noun.children if c.dep_ == "appos" and not _after_colon(noun, c)
            and not (c.i > noun.i and runs_into_name(c)) and not _source_note(c)]
    while todo and len(out) < 12:
        part = todo.pop(0)
        if part.i in view.at or part in out or part.lower_ in lexicon.NAME_SUFFIXES:
            continue
        out.append(part)
        todo += [c for c in part.children if c.dep_ in ("appos", "conj")]
    return out


def _source_note(part: Any) -> bool:
    """'... and China (Al Jazeera interview, 13 September 2023)', '... security service
    (Latvian State Security Service press release)': a bracket with a date, or one that
    ends on the kind of paper it is, after a title says where the text comes from; it
    describes nothing before it."""
    doc, left = part.doc, part.left_edge.i
    if doc[left].text != "(" and (left == 0 or doc[left - 1].text != "("):
        return False
    close = next((t.i for t in doc[part.i:min(part.i + 12, len(doc))] if t.text == ")"), None)
    inside = doc[left:close] if close is not None else part.subtree
    return part.lower_ in SOURCE_PAPERS or any(t.ent_type_ == "DATE" for t in inside) \
        or close is not None and doc[close - 1].lower_ in SOURCE_PAPERS


SOURCE_PAPERS = {"release", "statement", "interview", "transcript", "report", "communiqué",
                 "communique", "briefing", "speech", "article"}
"""The last word of a bracketed source note ('(X press release)', '(Y interview)')."""


def _placed(word: Any) -> bool:
    """'a Moscow-based firm', 'a London-headquartered group': where it is, not whose."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].text in ("-", "‑") and \
        doc[word.i + 2].lower_ in PLACING_PARTICIPLES


PLACING_PARTICIPLES = {"based", "headquartered", "registered", "incorporated", "located"}


def _after_colon(noun: Any, part: Any) -> bool:
    """'Russia: report of the Committee': a heading's topic and its document, no apposition."""
    first = min(t.i for t in part.subtree)
    return any(t.text == ":" for t in noun.doc[noun.i + 1:first])


LIKENESS_NOUNS = {"equivalent", "equivalents", "counterpart", "counterparts", "version",
                  "answer", "copy", "imitation", "analogue"}
"""'China's equivalent of the US National Security Agency' compares, it links no one."""
BORDER_NOUNS = lexicon.words("border_nouns")
"""'the border between Lithuania and Belarus' is a place, no tie between the two."""


def _event_noun(view: SentenceView, noun: Any) -> Iterator[tuple[Mention, Mention, str, int]]:
    """'the questioning of Krah by the FBI', 'Russia's war against Ukraine': an event noun
    whose owner or agent and whose patient are both actors."""
    if view.at.get(noun.i) is not None or noun.lower_ in lexicon.REPORT_NOUNS \
            or noun.lower_ in LIKENESS_NOUNS or noun.lower_ in BORDER_NOUNS:
        return
    doers = [m for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("his", "her",
                                                                                "its", "their")
             for m in _own(view, c)]
    by_prep: dict[str, list[Mention]] = {}
    for prep in (c for c in noun.children if c.dep_ == "prep"
                 and c.lower_ in LINKING_NOUN_PREPS):
        by_prep.setdefault(prep.lower_, []).extend(
            m for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ != "DATE"
            for m in view.actors(obj, owner=False))
    if _told_content(noun):
        by_prep.pop("to", None)  # 'allegations of corruption by X to the FBI': the
        # allegations went to the FBI; the corruption is X's alone
    by = by_prep.pop("by", [])
    if noun.lower_ not in lexicon.TITLE_WORDS:  # ('named ambassador to Y by Z': a title
        doers += by  # does nothing; the parser hung the naming verb's agent on it)
    others = [m for ms in by_prep.values() for m in ms]
    if not doers and len(others) >= 2 and "between" in by_prep:
        doers, others = others[:1], others[1:]
    for doer in doers:
        for other in others:
            yield doer, other, f"clause:{noun.lower_}", noun.i


TOLD_NOUNS = lexicon.words("denied_claim_nouns") | lexicon.words("said_nouns")


def _told_content(noun: Any) -> bool:
    """'allegations of corruption', 'claims of interference': the noun says what was told,
    and a 'to' after it names whom it was told to (the parser hangs it on the noun)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lower_ in TOLD_NOUNS


def _together(view: SentenceView, verb: Any) -> Iterator[tuple[Mention, Mention, str, int]]:
    """'X, along with his co-conspirator Y, were involved': the two act together."""
    clause = Clause.of(verb)
    subjects = view.actors(clause.subject, owner=False) if clause.subject is not None and \
        clause.subject.lower_ not in WH_WORDS else []
    for other in _alongside(view, verb):
        for subject in subjects:
            if subject.key != other.key:
                yield subject, other, "clause:together", verb.i


PARTNER_NOUNS = {**lexicon.table("clause_partner_nouns"),
                 **{kin: "HAD_RELATIONSHIP" for kin in KIN_NOUNS}}
"""'X and his business associate Y', 'X and her husband Y': how Y stands to X."""


def _partners(view: SentenceView, noun: Any) -> Iterator[tuple[Mention, Mention, str, int]]:
    """'Sand and his business associate Rick Gates were indicted': two named people, the
    second described as the first's associate (or aide, or kin)."""
    yield from _accompanying_partner(view, noun)
    first = view.at.get(noun.i)
    if first is None or first.type != "Person":
        return
    for conj in noun.conjuncts:
        if conj.lower_ not in PARTNER_NOUNS or not any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in conj.children):
            continue
        for named in (c for c in conj.children if c.dep_ in ("appos", "compound")):
            other = view.at.get(named.i)
            if other is not None and other.type == "Person" and other.key != first.key:
                yield other, first, f"clause:partner-{conj.lower_}", conj.i


def _possessed_partner(view: SentenceView, noun: Any
                       ) -> Iterator[tuple[Mention, Mention, str, int]]:
    """'her donor Huang Xiangmo', "Roe's adviser Tom Lee", 'his lawyer, Tom Lee': the
    person named beside the noun stands to its owner as the noun says (a pronoun owner only
    where the pronoun rules resolve it)."""
    word = _partner_word(noun)
    if word not in PARTNER_NOUNS or word in KIN_NOUNS:
        return  # kin: see `roles._kin`
    owners = []
    for child in (c for c in noun.children if c.dep_ == "poss"):
        if child.i in view.at:
            owners.append(view.at[child.i])
        elif child.lower_ in ("his", "her"):
            owners += _pronoun_owner(view, child)
        elif child.lower_ == "their":  # 'X, Y, and their employer, RT': the conjuncts
            owners += [view.at[t.i] for c in noun.conjuncts if c.i < noun.i
                       for t in (c, *(a for a in c.children if a.dep_ == "appos"))
                       if t.i in view.at and t.i < noun.i]  # (an 'X, Y' list may parse as
            # an apposition)
    named = [view.at[c.i] for c in noun.children if c.dep_ == "appos" and c.i in view.at]
    if noun.dep_ == "compound" and noun.head.i in view.at:
        named.append(view.at[noun.head.i])
    named += _described_person(view, noun)
    after = view.at.get(noun.i + 1)
    if not named and after is not None and after.start == noun.i + 1 and after.type == "Person":
        named.append(after)  # "Stone's close aide John Roe and Russian officials": the
    for owner in (o for o in owners if o.type == "Person"):  # parser hangs the name elsewhere
        if word in OWNER_SERVES:  # 'his employer, RT': the owner works for the one named
            for other in (m for m in named if m.key != owner.key):
                yield owner, other, f"clause:partner-{word}", noun.i
            continue
        for other in (m for m in named if m.type == "Person" and m.key != owner.key):
            yield other, owner, f"clause:partner-{word}", noun.i


OWNER_SERVES = {"employer", "boss"}
"""Partner nouns read the other way: the owner stands to the one named as the noun says."""


def _partner_word(noun: Any) -> str:
    """The partner noun's key: 'chief of staff' is one."""
    if noun.lower_ == "chief" and any(p.lower_ == "of" and any(o.lower_ == "staff"
                                                              for o in p.children)
                                      for p in noun.children):
        return "chief of staff"
    return noun.lower_


def _described_person(view: SentenceView, noun: Any) -> list[Mention]:
    """Who a possessed partner noun describes: 'Jane Roe, Chong's aide', 'she was his
    aide', '(he) served as Phillips's liaison' (a pronoun as its rules resolve it)."""
    if noun.dep_ == "appos" and noun.head.i in view.at:
        return [view.at[noun.head.i]]
    verb = noun.head if noun.dep_ == "attr" else noun.head.head \
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    found = view.subjects(verb)
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")):
        person = view.pronoun(subject)
        found += [person] if person is not None else []
    return found


def _pronoun_owner(view: SentenceView, pronoun: Any) -> list[Mention]:
    """'Omar Haddad met his lawyer': the one person named before the pronoun in the
    sentence; with none, whom the pronoun rules resolve it to; with several, nobody."""
    before = {m.key: m for i, m in view.at.items() if i < pronoun.i and m.type == "Person"
              and not m.group and not m.scoped}
    if len(before) == 1:
        return list(before.values())
    resolved = view.pronoun(pronoun) if not before else None
    return [resolved] if resolved is not None else []


def _accompanying_partner(view: SentenceView, noun: Any
                          ) -> Iterator[tuple[Mention, Mention, str, int]]:
    """'Bijan Rafiekian, 67, of San Juan Capistrano, along with his co-conspirator, Kamil
    Alptekin, were ...': the partner named beside the noun is the partner of the person the
    'along with' follows (age and home town between them, no verb), however the parser hung
    the subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lower_ not in PARTNER_NOUNS or prep.lower_ != "with" \
            or prep.i == 0 or noun.doc[prep.i - 1].lower_ not in TOGETHER or not any(
                c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return
    first = _person_before(view, prep.i - 1)
    if first is None:
        return
    for named in (c for c in noun.children if c.dep_ == "appos"):
        other = view.at.get(named.i)
        if other is not None and other.type == "Person" and other.key != first.key:
            yield other, first, f"clause:partner-{noun.lower_}", noun.i


def _person_before(view: SentenceView, index: int) -> Mention | None:
    """The nearest person named before `index` in the sentence, when only a description
    ('67, of San Juan Capistrano, California,') and no verb lies between."""
    for i in range(index - 1, view.sent.start - 1, -1):
        token = view.sent.doc[i]
        found = view.at.get(i)
        if found is not None and found.type == "Person":
            return found
        if token.pos_ in ("VERB", "AUX") or token.lower_ in (";", ":", "and", "or"):
            return None
    return None


def _possessed_title(view: SentenceView, noun: Any
                     ) -> Iterator[tuple[Mention, Mention, str, int]]:
    """'advised its leader, Viktor Yanukovych', 'the party's leader, X': the person named
    beside a title is that title's holder in the body that owns it."""
    if noun.lower_ not in lexicon.TITLE_WORDS:
        return
    holders = [view.at[c.i] for c in noun.children if c.dep_ == "appos" and c.i in view.at
               and view.at[c.i].type == "Person"]
    owners = [m for c in noun.children if c.dep_ == "poss" for m in view.actors(c, owner=False)
              if m.type != "Person"]
    for holder in holders:
        for owner in owners:
            yield holder, owner, f"clause:title-{noun.lower_}", noun.i


def _premodified(view: SentenceView, noun: Any) -> Iterator[tuple[Mention, Mention, str, int]]:
    """'leading Alternative für Deutschland (AfD) MEP Maximilian Krah': a party named in a
    person's title phrase is theirs (the title rules read the plainer 'Liberal MP X')."""
    person = view.at.get(noun.i)
    if person is None or person.type != "Person" or noun.i != person.end - 1:
        return
    for token in noun.subtree:
        other = view.at.get(token.i)
        if token.i < person.start and other is not None and other.type in (
                "Party", "Organization") and other.kind not in ("demonym", "anaphora") \
                and (other.end - other.start == 1  # 'Republicans Gerald Ford'
                     or _titled_between(noun.doc, other.end, person.start)):
            yield person, other, "clause:party-title", noun.i


def _titled_between(doc: Any, start: int, end: int) -> bool:
    """A title or role between the party and the name ('AfD MEP X'): without one, a party's
    name of several words before a person's ('the PPE Group Iratxe García') is two names
    run together (a list of authors), not a title; a one-word party ('Conservative Kenny
    Chiu') is an affiliation."""
    return any(t.lower_ in lexicon.TITLE_WORDS or t.lower_ in lexicon.PERSON_ROLE_NOUNS
               for t in doc[start:end])


def _through_kin(m: Mention) -> Mention:
    """A generic link to 'his family' is read as one to him: the family stands as an
    actor of its own only where a rule says what was done to it."""
    owner = m.attrs.get("kin_of")
    return owner if isinstance(owner, Mention) else m


def _link_key(m: Mention) -> str | None:
    """The key a generic link would join `m` under, None if `m` is never linked."""
    m = _through_kin(m)
    return m.key if _linkable(m, m) else None


def _linkable(source: Mention, target: Mention) -> bool:
    """Generic links join actors the text names (a pronoun resolved to one counts); an
    unnamed group, a demonym, a place or a school is too loose for a link no rule vouches
    for, and bills are only ever linked by the rules that know them."""
    return all(m.kind not in ("demonym", "builtin", "unnamed", "group") and not m.scoped
               and not m.group and m.type != "Bill" and not m.attrs.get("incidental")
               and not m.attrs.get("place") for m in (source, target))


SPONSOR_PARTICIPLES = lexicon.table("sponsor_participles")
EVENT_NOUN_TYPES = lexicon.table("clause_event_noun_types")
"""'the cooperation between X and Y': how the event noun's participants stand."""


def _type(anchor: Any, source: Mention, target: Mention, rule: str) -> str:
    """The verb lexicon's type when the anchor is a known verb and the ends fit it; a
    partner noun's or a title's own type; who act together cooperate."""
    if rule == "clause:together":
        return "COOPERATED_WITH"
    if rule.startswith("clause:appos-") and anchor.lower_ in PARTNER_NOUNS:
        kind = PARTNER_NOUNS[anchor.lower_]  # 'Jane Roe, an aide to X': how she stands to X
        return kind if allowed(kind, source, target) else "RELATED_TO"  # ('a supporter of
        # the Y party' is no member of it)
    if (rule == "clause:described" or rule.startswith("clause:appos-")) \
            and target.type == "Party" and source.type == "Person":
        return "MEMBER_OF"  # 'X, a member of the European Parliament for the Y party'

    if rule == "clause:party-title":
        return "MEMBER_OF" if target.type == "Party" else "RELATED_TO"
    if rule.startswith("clause:partner-"):
        kind = PARTNER_NOUNS.get(rule.split("-", 1)[1], "RELATED_TO")
        return kind if allowed(kind, source, target) else "RELATED_TO"
    if rule.startswith("clause:title-"):
        title = rule.split("-", 1)[1]
        kind = "HEADS" if title in lexicon.HEAD_TITLES else "MEMBER_OF" \
            if title in ("member", "members") else "WORKS_FOR"
        return kind if allowed(kind, source, target) else "RELATED_TO"
    if rule == f"clause:{anchor.lower_}" and anchor.lower_ in EVENT_NOUN_TYPES:
        kind = EVENT_NOUN_TYPES[anchor.lower_]
        return kind if allowed(kind, source, target) else "RELATED_TO"
    if anchor.pos_ in ("VERB", "AUX"):
        known = _as_title_type(anchor, target) or phrasal_type(anchor) \
            or lexicon.VERB_RELATIONS.get(lemma(anchor.lower_)) or _adjective_type(anchor)
        if known is not None and allowed(known, source, target):
            return known
    return "RELATED_TO"


def _as_title_type(verb: Any, target: Mention) -> str | None:
    """'served as a Member of the National Council', 'worked as chair of X': the title
    between 'as' and 'of' says how the subject stands to X, whatever the verb."""
    root = next((t for t in verb.doc[target.start:target.end]
                 if not target.start <= t.head.i < target.end), None)
    if root is None:
        return None
    of = root.head
    title = of.head
    if of.lower_ != "of" or title.dep_ != "pobj" or title.head.lower_ != "as" \
            or title.head.head.i != verb.i:
        return None
    word = title.lower_
    return "MEMBER_OF" if word in MEMBER_WORDS else "HEADS" if word in lexicon.HEAD_TITLES \
        else None


SPEECH_NOUNS = {"remarks", "remark", "comments", "comment", "statement", "statements",
                "rhetoric", "words", "criticism"}
"""Words said: what is said against someone criticizes them."""


def _against(anchor: Any, target: Mention) -> bool:
    """Whether the target hangs on the anchor through 'against' (what is done against it)."""
    token = anchor.doc[target.end - 1]
    for _ in range(MAX_DEPTH + 2):
        if token.i == anchor.i or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and token.lower_ == "against":
            return True
        token = token.head
    return False


CLAUSE_ADJECTIVES = lexicon.table("clause_adjectives")


def _adjective_type(verb: Any) -> str | None:
    """'X has been highly critical of Y': the type its 'be' takes from the adjective."""
    if lemma(verb.lower_) != "be":
        return None
    return next((CLAUSE_ADJECTIVES[c.lower_] for c in verb.children
                 if c.dep_ == "acomp" and c.lower_ in CLAUSE_ADJECTIVES), None)


PHRASAL_VERBS = lexicon.table("phrasal_verbs")
"""'set up the group': a verb and its particle mean what neither means alone."""
PARTICLES = {key.split()[-1] for key in PHRASAL_VERBS}
"""Particles the parser may make adverbs ('stepped down from')."""


def phrasal_type(verb: Any) -> str | None:
    """The type a verb and its particle have together ('set up' -> ESTABLISHED), if known."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod"
                     and c.i == verb.i + 1 and c.lower_ in PARTICLES), "")
    return PHRASAL_VERBS.get(f"{lemma(verb.lower_)} {particle}") if particle else None


@family("clauses", 210)
def _clauses_family(s: Sentence) -> Iterator[Found]:
    return clause_links(s.view, s.found)
