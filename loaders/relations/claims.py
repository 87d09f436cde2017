"""Who claims a relation, and how sure the text is: claimant, status, hedges.

Why: "MPs assisted foreign actors" is not a fact the article asserts; it is
what the committee reveals. The claimant is read from the reporting verb that
governs the relation ("reveals the Committee", "the report found that",
"according to CSIS"), the status from the hedges around it ("allegedly",
"denied", "found"). A claimant that reports on someone named in its claim
also yields a REPORTED_ON edge.

Hedges are read from the parse: "may" is a hedge as a modal verb ("may have
met"), never as a month ("1 May 2023") or a name; a word inside a date is no
hedge; the word that states the relation does not hedge it ("reported" in "X
reported on Y"). `found` is kept for findings of bodies that find: inquiries,
commissions, review bodies, courts, committees (and their commissioners and
judges); what a newspaper finds or reveals is `reported`, the outlet its
claimant. docs/claims.md tables every status and its triggers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from ...graph.model import is_allegation
from ..mentions.find import Mention
from ..mentions.mention import normalize_name, sentence_of
from ..resolution.pronouns import quoted
from ..vocabulary import lexicon
from ..vocabulary.morph import is_stop_form, lemma
from .found import Found
from .syntax import Clause, SentenceView, ancestors_within

__all__ = ["Claim", "claim_for", "sentence_hedges", "asked_for", "asked", "negated"]

REPORTERS = ("Committee", "Commission", "Agency", "Media", "Government", "Legislature")
FINDING_TYPES = ("Commission", "Committee")
FINDING_ROLES = {"Commissioner", "Judge"}
FINDING_NAME_WORDS = {"court", "courts", "tribunal", "inquiry", "commission", "commissioner",
                      "review", "ombudsman", "auditor", "inspector"}
"""A body whose name says it finds: 'National Security and Intelligence Review Agency',
'Supreme Court of Canada', 'Office of the Auditor General'."""
HEDGE_MODIFIERS = {"advmod", "aux", "auxpass", "prep", "amod", "acomp", "npadvmod"}
"""How a hedge word hangs on a verb it qualifies: 'allegedly met', 'may have met',
'according to', 'the alleged meeting'. A clause beside it ('met Y after she was
charged') is about something else."""
MODAL_HEDGES = {"may": "unconfirmed", "might": "unconfirmed", "could": "unconfirmed"}
"""Modal verbs that hedge a relation; a hedge only when the parser tags them as modals."""
IDENTITY_TYPES = {"WORKS_FOR", "MEMBER_OF", "FORMER_MEMBER_OF", "HEADS", "MINISTER_OF",
                  "PART_OF"}
FINDING_VERBS = {"find", "conclude", "determine", "establish", "reveal", "show", "confirm"}


@dataclass
class Claim:
    claimant: Mention | None = None
    verb: str = ""
    status: str = "stated"
    hedges: list[str] = field(default_factory=list)


def sentence_hedges(sent: Any, words: frozenset[str] | None = None,
                    tokens: list[Any] | None = None) -> list[str]:
    """Hedge words of the sentence, in order, once each, as the parse reads them: a modal
    is a hedge when tagged as one ('may have met'), never a month ('1 May 2023') or a
    name ('Theresa May'); no word inside a date is a hedge. `words` and `tokens`: the
    sentence's, when already read (most sentences have no hedge word at all)."""
    if words is not None and words.isdisjoint(HEDGE_WORDS):
        return []
    seen: dict[str, None] = {}
    for token in tokens if tokens is not None else sent:
        word = token.lower_
        if word not in lexicon.HEDGES and word not in MODAL_HEDGES:
            continue
        if token.ent_type_ in ("DATE", "TIME", "PERSON"):
            continue
        if word in MODAL_HEDGES and token.tag_ != "MD":
            continue
        seen.setdefault(word, None)
    return list(seen)


HEDGE_WORDS = frozenset(lexicon.HEDGES) | frozenset(MODAL_HEDGES)


def scoped_hedges(sent: Any, anchor: Any, hedges: list[str]) -> list[str]:
    """The hedges of the sentence that bear on the relation stated at `anchor`: those on
    the path from it to the root ('denied that X met Y', 'reportedly met') or attached to
    that path ('according to', 'may have met'). Not the relation's own word ('X reported
    on Y'), nor a clause about someone ('X, who was charged in 2023, met Y'), nor a verb
    whose subject holds the relation ('the Chinese embassy denied ...': the embassy is
    part of China whatever it denies)."""
    if not hedges:
        return []
    spine = {anchor.i}
    shared: set[int] = set()  # 'X allegedly did not register and took steps to conceal Y':
    node = anchor             # an adverb before the first of two verbs is said of both
    above: set[int] = set()  # the spine past a relative clause
    while node.head.i != node.i and node.dep_ != "nsubj":
        sibling = node.dep_ == "conj"  # 'X denied it, but met Y': the first clause is a
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        relative = node.dep_ == "relcl" or bool(above)
        node = node.head               # sibling, not a governor; what governs it governs both
        if not sibling:
            (above if relative else spine).add(node.i)
        elif node.pos_ in ("VERB", "AUX") and not own_subject:
            shared.add(node.i)
    wanted = set(hedges)
    bearing = {t.lower_ for t in sent if t.lower_ in wanted and t.i != anchor.i
               and (t.i in spine or t.head.i in spine and t.dep_ in HEDGE_MODIFIERS
                    or t.head.i in shared and t.dep_ == "advmod" and t.i < t.head.i
                    or t.lower_ not in PROCEEDING_HEDGES and (
                        t.i in above or t.head.i in above and t.dep_ in HEDGE_MODIFIERS))}
    return [h for h in hedges if h in bearing]


PROCEEDING_HEDGES = lexicon.words("proceeding_hedges")
"""'X, who worked for the BVT, is accused of spying': a charge against the one a relative
clause describes does not reach that clause's own fact (what someone says does)."""


def hedge_status(word: str) -> str:
    """The status a hedge word signals."""
    return lexicon.HEDGES.get(word) or MODAL_HEDGES.get(word, "unconfirmed")


def finding_body(who: Mention | None) -> bool:
    """Is `who` a body whose conclusions are findings: an inquiry, a commission, a review
    body, a court, a committee, or one of their commissioners and judges?"""
    if who is None:
        return False
    if who.type in FINDING_TYPES or (who.type == "Person" and who.roles & FINDING_ROLES):
        return True
    if who.type in ("Person", "Media", "State", "Party"):
        return False
    return bool(FINDING_NAME_WORDS & set(normalize_name(who.name).split()))


NO_EVIDENCE_NOUNS = {"evidence", "indication", "proof", "sign", "information", "intelligence"}
"""'found no evidence that Russia interfered': the clause is what was not found."""


def _once(anchor: Any, name: str, read: Callable[[Any], bool]) -> bool:
    """`read(anchor)`, read once per token and document (families ask again and again)."""
    cache = anchor.doc.user_data.setdefault(name, {})
    found = cache.get(anchor.i)
    if found is None:
        found = cache[anchor.i] = read(anchor)
    return found


def negated(anchor: Any) -> bool:
    """'Chong said he had not been informed by CSIS': the relation is denied by the text."""
    return _once(anchor, "figraph_negated", _negated)


def _negated(anchor: Any) -> bool:
    if _under_no_evidence(anchor) or _not_able(anchor) or _no_longer(anchor):
        return True
    if anchor.dep_ == "xcomp" and is_stop_form(anchor.head.lower_, NOT_DONE):
        return not _plainly_negated(anchor.head)  # 'refused to sanction'; 'never failed to'
    if any(c.dep_ == "prep" and c.lower_ == "until" and any(
            o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)
           for c in anchor.children):
        return False  # 'was not briefed until May 2023': briefed, in May 2023
    return _plainly_negated(anchor)


def _no_longer(anchor: Any) -> bool:
    """'he no longer posed a threat to X', 'no longer has ties with Y': what the text says
    has ended is not stated as holding."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(
        g.lower_ == "no" for g in c.children) for c in anchor.children)


def unsaid(anchor: Any) -> bool:
    """True when the text does not state the relation at `anchor` at all: denied ('found
    no evidence that', 'was not charged with spying for', 'it is false that'), or only
    supposed ('if X had met Y', 'whether X met Y'). Every family's relations pass here."""
    return _once(anchor, "figraph_unsaid", _unsaid)


def _unsaid(anchor: Any) -> bool:
    return negated(anchor) or _supposed(anchor) or _under_denial(anchor) or _obliged(anchor) \
        or _counterfactual(anchor)


COUNTERFACTUAL = frozenset({"would", "have"})


def _counterfactual(anchor: Any) -> bool:
    """'X would have joined the party, but ...', 'would have fled to Y': what
    would have happened did not. ('could have', 'might have' say it may have happened: the
    hedges read them.)"""
    return anchor.tag_ == "VBN" and any(COUNTERFACTUAL <= aux for aux in _auxiliaries(anchor))


OBLIGING_MODALS = lexicon.words("obliging_modals")


def _obliged(anchor: Any) -> bool:
    """'the United States should help Taiwan', 'Canada must sanction X': what someone ought
    to do is not done (a call, which the calls family reads, states no help and no
    sanction)."""
    return any(not OBLIGING_MODALS.isdisjoint(aux) for aux in _auxiliaries(anchor))


def _auxiliaries(anchor: Any) -> list[set[str]]:
    """The auxiliaries of the verb, and of the verb it is joined to: a verb joined to one
    under a modal shares it ('should seek X and help Y', 'would have met X and joined Y')."""
    verbs = [anchor, anchor.head] if anchor.dep_ == "conj" else [anchor]
    return [{c.lower_ for c in verb.children if c.dep_ == "aux"} for verb in verbs]


WH_OPENERS = {"why", "when", "how", "where", "what", "which", "who", "whom", "whose"}
QUESTION_AUXILIARIES = {"will", "would", "can", "could", "does", "do", "did", "has", "have",
                        "had", "is", "are", "was", "were", "should", "shall", "may", "might"}


def asked(anchor: Any) -> bool:
    """True when the relation is what a yes-or-no question asks ('Will he proscribe the
    IRGC?', 'Has the Minister met X?'): the question states nothing (what it asks of its
    addressee is a call, read by the calls family). Only the question's own clause: 'Does
    the Minister agree that China interfered?' leaves the clause below as it is."""
    if not _yes_no_question(sentence_of(anchor)):
        return False
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ROOT":
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")),
                   None)
    first = next((c for c in clause.children if c.dep_ in ("aux", "auxpass")
                  and c.lower_ in QUESTION_AUXILIARIES), clause if clause.lower_ in
                 QUESTION_AUXILIARIES else None)
    return subject is not None and first is not None and first.i < subject.i


def _yes_no_question(sent: Any) -> bool:
    """The sentence ends with '?' and opens with no wh-word ('Why did China fund X?' takes
    for granted that it did); read once per sentence."""
    cache = sent.doc.user_data.setdefault("figraph_questions", {})
    found = cache.get(sent.start)
    if found is None:
        last = next((t for t in reversed(sent) if not t.is_space), None)
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        found = cache[sent.start] = last is not None and last.text == "?" \
            and first is not None and first.lower_ not in WH_OPENERS
    return found


SUPPOSING_MARKS = {"if", "unless", "whether"}
FALSE_WORDS = {"false", "untrue", "baseless", "unfounded"}
"""'It is false that X is an agent of Y': the clause below is denied."""


def _supposed(anchor: Any) -> bool:
    """The anchor's clause is the condition of an 'if', 'unless' or 'whether'."""
    for node in [anchor, *ancestors_within(anchor, 6)]:
        if node.dep_ in ("advcl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in node.children):
            return True
    return False


OUT_OF_SCOPE = {"nsubj", "nsubjpass", "appos", "acl", "relcl", "advcl", "conj", "parataxis"}
"""Edges a negation does not reach down: 'The committee, chaired by X, did not name
anyone' still says X chairs it."""
UNCONFIRMING = {"establish", "confirm", "verify", "prove", "determine", "attribute"}
"""'could not establish that X directed it': not denied, only unconfirmed (`claim_for`)."""


def _under_denial(anchor: Any) -> bool:
    """A verb above the relation's own predicate is negated ('was not charged with spying
    for Y', 'did not say that X met Y'), or the clause is called false. Only down
    complements, never into a subject or a modifier of one; a clause under a negated
    'establish' or 'confirm' is unconfirmed instead."""
    governor = _negated_governor(anchor)
    if governor is not None:
        return lemma(governor.text) not in UNCONFIRMING
    return any(node.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and c.lower_ in
                                           FALSE_WORDS for c in node.children)
               for node in ancestors_within(anchor, 6))


def _negated_governor(anchor: Any) -> Any | None:
    """The negated verb whose complement holds the relation's predicate, if any (read once
    per token: `unsaid` and `unconfirmed` both ask)."""
    cache = anchor.doc.user_data.setdefault("figraph_negated_governor", {})
    if anchor.i not in cache:
        cache[anchor.i] = _find_negated_governor(anchor)
    return cache[anchor.i]


def _find_negated_governor(anchor: Any) -> Any | None:
    predicate = _predicate_like(anchor)
    node = anchor
    for _ in range(6):
        if node.dep_ in OUT_OF_SCOPE or node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and not is_stop_form(node.head.lower_, REPORTING_OR_KNOWING):
            return None  # a colon-joined clause the parser made a complement
        node = node.head
        if node.pos_ in ("VERB", "AUX") and _plainly_negated(node) and predicate:
            return node
        predicate = predicate or _predicate_like(node)
    return None


def _predicate_like(token: Any) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_ == "VBG" or \
        token.pos_ == "NOUN" and token.lower_.endswith("ing")


REPORTING_OR_KNOWING = lexicon.REPORTING_VERBS | UNCONFIRMING | {
    "know", "believe", "think", "show", "find", "suggest", "indicate"}


def unconfirmed(anchor: Any) -> bool:
    """'could not establish that it was directed by X': a relation left unconfirmed."""
    governor = _negated_governor(anchor)
    return governor is not None and lemma(governor.text) in UNCONFIRMING


UNABLE = {"unable", "incapable"}
ABLE = {"able", "capable", "ready", "prepared"}
CAPACITY_NOUNS = {"position", "ability", "capacity"}


def _not_able(verb: Any) -> bool:
    """'we are not now in a position to attribute this activity to X', 'the FBI is unable
    to attribute', 'is not able to confirm': what one cannot do is not done."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "acl") or head.i == verb.i:
        return False
    if head.lower_ in UNABLE:
        return True
    if head.lower_ in ABLE:
        return _plainly_negated(head.head) if head.dep_ == "acomp" else False
    if head.lower_ in CAPACITY_NOUNS:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return True  # 'had no ability to'
        holder = head.head.head if head.dep_ == "pobj" else head.head
        return _plainly_negated(holder)
    return False


def _plainly_negated(verb: Any) -> bool:
    """'did not meet', 'never met', 'neither met', and 'neither X nor Y met' (the 'neither'
    hangs on the subject), 'no one met'."""
    return verb.pos_ in ("VERB", "AUX") and (any(
        c.dep_ == "neg" or c.lower_ in ("never", "neither") and c.dep_ in ("advmod", "preconj")
        or c.dep_ in ("nsubj", "nsubjpass") and _none_of(c) for c in verb.children)
        or _none_had(verb))


def _none_had(verb: Any) -> bool:
    """'had no connection to X', 'has no ties with X': the object the relation rests on is
    quantified away."""
    return any(c.dep_ in ("dobj", "attr") and any(d.dep_ == "det" and d.lower_ == "no"
                                                   for d in c.children)
               and c.lower_ in NO_TIE_NOUNS for c in verb.children)


NO_TIE_NOUNS = {"connection", "connections", "contact", "contacts", "tie", "ties", "link",
                "links", "relationship", "relationships", "dealings", "role", "involvement",
                "affiliation", "association", "knowledge", "communication", "meeting",
                "meetings"}
"""Nouns that carry the link itself ('no connection to'): 'no' before them denies it."""


def _none_of(subject: Any) -> bool:
    return any(c.lower_ == "neither" and c.dep_ == "preconj" for c in subject.children) \
        or subject.lower_ in ("nobody", "none") \
        or subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)


NOT_DONE = lexicon.words("clause_not_done")
"""'refused to', 'failed to': the verb these govern did not happen."""


def _under_no_evidence(anchor: Any) -> bool:
    """The anchor's clause completes 'no evidence (that)' within three steps up."""
    node = anchor
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in NO_EVIDENCE_NOUNS and any(
                c.lower_ in ("no", "little") and c.dep_ in ("det", "amod") for c in node.children):
            return True
    return False


def asked_for(anchor: Any) -> bool:
    """True when the relation sits in what someone recommends, urges or calls for ('the
    Committee recommends that parliamentarians be briefed by CSIS'): not a stated fact."""
    return _once(anchor, "figraph_asked_for", _asked_for)


def _asked_for(anchor: Any) -> bool:
    """(What is urged follows the urging: 'X adopted a resolution ...; urges Y to act',
    parsed with the adoption under 'urges', tells the adoption as done.)"""
    below = anchor
    if _performative(anchor):
        return False
    for node in ancestors_within(anchor, 8):
        if (below.dep_ in ("ccomp", "xcomp") or _purpose(below)) and below.i > node.i \
                and lemma(node.text) in lexicon.IRREALIS_VERBS \
                and not (lemma(node.text) in REPORTING_OR_ASKING and _indicative(below)):
            if lemma(node.text) != "call" or any(c.dep_ == "prep" and c.lower_ in ("on", "for")
                                                 for c in node.children):
                return True
        below = node
    return False


REPORTING_OR_ASKING = lexicon.IRREALIS_VERBS & lexicon.REPORTING_VERBS
"""'suggest': 'suggested that the government publish it' asks; 'suggests that X met Y'
tells (a hedged claim)."""


def _indicative(clause: Any) -> bool:
    """A clause told as fact ('X met Y', 'X has met Y'), not in the bare form a request
    takes ('that the government publish', 'that X be briefed')."""
    return clause.tag_ in ("VBD", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in INDICATIVE_AUXILIARIES
        for c in clause.children)


INDICATIVE_AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "did", "does"}


def _purpose(clause: Any) -> bool:
    """'calls on X to raise': an infinitive the parser made a purpose clause."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in clause.children)


PERFORMATIVE = lexicon.words("performative_verbs")


def _performative(anchor: Any) -> bool:
    """'I want to update the House', 'I wish to inform Members': a speaker announcing the
    act the speech itself performs; it is done, not asked for."""
    head = anchor.head
    return anchor.dep_ == "xcomp" and lemma(anchor.text) in PERFORMATIVE \
        and lemma(head.text) in ("want", "wish", "like") and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)


DESCRIPTOR_RULES = ("unnamed:", "title:", "appos:", "clause:partner-", "its:")


def claim_for(view: SentenceView, found: Found, last_body: Mention | None,
              hedges: list[str], quoted_by: Mention | None = None) -> Claim:
    """Claimant and status of one relation read from a sentence (`hedges`: its hedge words).

    A relation read from a noun phrase ("a senior Chinese diplomat", "former Liberal MP
    X", "the Minister of Y, X") is the document's own description, not part of what the
    sentence's speaker admits or alleges."""
    if found.rule.startswith(DESCRIPTOR_RULES):
        qualifier = _hedged_description(view.sent.doc[found.anchor]) \
            or _modal_copula(view.sent.doc[found.anchor])
        if qualifier:  # 'the alleged Chinese agent X', 'X would have been an officer of Y':
            return Claim(None, "", hedge_status(qualifier), [qualifier])  # not stated
        return Claim(None, "", "stated", [])
    anchor = view.sent.doc[found.anchor]
    hedges = scoped_hedges(view.sent, anchor, hedges)
    claimant, verb = _claimant(view, anchor, last_body)
    if claimant is None and quoted_by is not None and _in_quotes(anchor):
        claimant, verb = quoted_by, "say"  # '"...," X said. "Y acted for Z."': X's words
    if claimant is not None and claimant.key in (found.source.key,) and verb not in ("deny",):
        claimant = None if found.type != "ACCUSED" else claimant
    if found.type == "ACCUSED" and claimant is None:
        claimant = found.source
    status = "unconfirmed" if unconfirmed(anchor) else _plea(anchor) or _status(
        found.type, verb, hedges, claimant)
    return Claim(claimant, verb, status, hedges)


DESCRIPTION_HEDGES = {"alleged", "suspected", "accused", "reported", "purported", "presumed"}


def _hedged_description(noun: Any) -> str:
    """'alleged' or 'suspected' qualifying the role noun a description rests on."""
    return next((c.lower_ for c in noun.children
                 if c.dep_ == "amod" and c.lower_ in DESCRIPTION_HEDGES), "")


def _modal_copula(subject: Any) -> str:
    """'Yang would have almost certainly been an officer in Chinese military intelligence':
    a description given under a modal is a supposition."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    return next((c.lower_ for c in subject.head.children
                 if c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS), "")


SUPPOSING_MODALS = set(MODAL_HEDGES) | {"would"}


PLEA_FORMS = {"plead", "pleads", "pleaded", "pled", "pleading"}


def _plea(anchor: Any) -> str | None:
    """'pleaded guilty to acting as an agent of X': admitted by the one charged; 'pleaded
    not guilty': denied."""
    for node in [anchor, *ancestors_within(anchor, 6)]:
        if node.lower_ not in PLEA_FORMS:
            continue
        guilty = next((c for c in node.children if c.lower_ == "guilty"), None)
        if guilty is None:
            return None
        refused = any(c.dep_ == "neg" for c in (*node.children, *guilty.children))
        return "denied" if refused else "admitted"
    return None


def _status(rel_type: str, verb: str, hedges: list[str], claimant: Mention | None) -> str:
    """docs/claims.md tables these rules, in this order."""
    if verb == "deny" or any(hedge_status(h) == "denied" for h in hedges):
        return "denied"  # 'denied that', 'rejects any assertion that
    if verb in ("admit", "acknowledge"):
        return "admitted"
    finder = finding_body(claimant)
    if verb in FINDING_VERBS and finder:
        return "found"
    signalled = {hedge_status(h) for h in hedges}
    if rel_type == "REPORTED_ON":  # reporting is the relation: the finding is the object
        signalled -= {"alleged", "reported", "found"}
    for status in ("dismissed", "convicted", "charged", "admitted"):
        if status in signalled:
            return status
    if "found" in signalled and finder:
        return "found"
    if claimant is not None and claimant.type == "Media":
        return "reported"  # a newspaper's account, whatever verb it uses
    if is_allegation(rel_type):
        if "reported" in signalled and claimant is None:
            return "reported"
        return "unconfirmed" if _only_modal(signalled, claimant) else "alleged"
    if "reported" in signalled:
        return "reported"
    if signalled & {"alleged", "found"}:  # found by someone who does not find: a claim
        return "alleged"
    return "unconfirmed" if "unconfirmed" in signalled else "stated"


def _only_modal(signalled: set[str], claimant: Mention | None) -> bool:
    """'China may have targeted X', no one claiming it: speculation, not an allegation."""
    return claimant is None and signalled == {"unconfirmed"}


def _in_quotes(anchor: Any) -> bool:
    """Inside quotation marks, or in a sentence that opens with one (a quote running on
    from the last sentence)."""
    sent = sentence_of(anchor)
    return quoted(anchor) or sent[0].text in ("“", '"') and anchor.i > sent.start


CONFIDENT = lexicon.words("confidence_adjectives")


def confident_words(verb: Any) -> list[Any]:
    """'is confident that', 'are certain that': the adjective of an assessment told with
    'be' (an intelligence statement's 'X is confident that Y did Z'), read as 'X assesses
    that' by the claims and the findings."""
    return [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in CONFIDENT] \
        if lemma(verb.text) == "be" else []


def _claimant(view: SentenceView, anchor: Any, last_body: Mention | None
              ) -> tuple[Mention | None, str]:
    """The reporting verb above the anchor, else an inverted one beside it, else 'according to'."""
    below = anchor
    for node in ancestors_within(anchor):
        if below.dep_ in ("relcl", "acl", "ccomp") and any(c.lower_ == "that"
                                                          for c in below.children):
            holder = _finding_holder(view, node, last_body)
            if holder is not None:  # 'the assessment of the intelligence community that
                return holder, "assess"  # Russia interfered': the assessment's maker
        word = lemma(node.text)
        via_subject = below.dep_ in ("nsubj", "nsubjpass", "dobj") or below.dep_ == "advcl" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        # 'the inquiry, led by X, will report' / 'established the inquiry headed by X':
        # what sits in a reporting verb's subject or object is not what it reports, nor
        # its purpose ('established a presence to monitor and intimidate dissidents')
        below = node
        if via_subject:
            continue
        if confident_words(node):
            word = "assess"  # 'the USIC is confident that the Russian Government directed'
        if word in lexicon.REPORTING_VERBS and node.pos_ in ("VERB", "AUX"):
            who = _reporter(view, node, last_body)
            if who is not None:
                return who, word
    for token in view.tokens:
        if token.lower_ == "according":
            for prep in token.children:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        who = _speaker(view, obj, last_body)
                        if who is not None:
                            return who, "according"
    for token in view.tokens:
        word = lemma(token.text)
        if word in lexicon.REPORTING_VERBS and token.pos_ == "VERB" and \
                token.dep_ in ("conj", "parataxis", "ccomp", "advcl", "ROOT") and \
                token.i > anchor.i and anchor not in list(token.subtree):
            who = _reporter(view, token, last_body, inverted=True)
            if who is not None:
                return who, word
    return None, ""


FINDING_NOUNS = lexicon.words("finding_nouns")


def _finding(noun: Any) -> bool:
    return noun.lower_ in FINDING_NOUNS or noun.lower_.rstrip("s") in FINDING_NOUNS


def _finding_holder(view: SentenceView, noun: Any, last_body: Mention | None
                    ) -> Mention | None:
    """Whose the finding is that a 'that' clause states: the owner or 'of'/'by' object of
    a finding noun ('the Committee's finding that ...', 'the assessment of X that ...'),
    also when the parser hung the clause on that object ('assessment of X that ...')."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "by") \
            and _finding(noun.head.head):
        return _speaker(view, noun, last_body)
    if noun.pos_ != "NOUN" or not _finding(noun):
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return _speaker(view, child, last_body)
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for obj in (o for o in child.children if o.dep_ == "pobj"):
                return _speaker(view, obj, last_body)
    return None


def _reporter(view: SentenceView, verb: Any, last_body: Mention | None,
              inverted: bool = False) -> Mention | None:
    """Subject of a reporting verb; in 'X, reveals the Committee' the parser calls it an object."""
    for child in verb.children:
        if child.dep_ in ("nsubj",):
            who = _speaker(view, child, last_body)
            if who is not None:
                return who
    if inverted:
        for child in verb.children:
            if child.dep_ == "dobj":
                return _speaker(view, child, last_body)
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return _issuer(view, verb.head)
    return None


def _issuer(view: SentenceView, noun: Any) -> Mention | None:
    """'MI5 issued an alert stating that ...', "CSIS's report saying that ...": whoever
    the document (alert, report, letter) is of or by, else who issued it."""
    found = view.actors(noun, owner=True)
    if found:
        return found[0]
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" \
        else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    clause = Clause.of(verb)
    doer = clause.agent if clause.passive else clause.subject
    issuers = view.actors(doer, owner=False) if doer is not None else []
    return issuers[0] if issuers else None


def _speaker(view: SentenceView, token: Any, last_body: Mention | None) -> Mention | None:
    """The actor behind a speaker phrase; 'the report' speaks for its author."""
    found = view.actors(token, owner=True)
    if found:
        return found[0]
    if token.lower_ in lexicon.REPORT_NOUNS:
        return last_body
    return None


ACCUSING_TYPES = {"INTERFERED_IN", "TARGETED", "ACTED_FOR", "ALLEGED_ASSISTANCE"}
"""Acts that, told by someone, accuse the one who did them."""
NO_ACCUSATION_STATUSES = {"denied", "cleared", "admitted"}


INQUIRING = lexicon.words("inquiring_words")
ACCUSING_CLAIMS = lexicon.words("accusing_claim_verbs")


def looked_into(anchor: Any, words: frozenset[str] = INQUIRING) -> bool:
    """'The FBI is investigating the Russian government's efforts to interfere': the act
    is what is looked into, not what the text or a teller asserts."""
    for above in anchor.ancestors:
        if lemma(above.text) in words or above.lower_ in words or above.lower_ == "into" \
                and any(c.lower_ in words for c in above.head.children):
            return True  # 'launch an inquiry into Chinese interference'
        if above.pos_ in ("NOUN", "PROPN") and above.lower_ not in ACT_NOUNS:
            return False  # 'arrested nationals suspected of spying': the act describes
            # the ones arrested, it is no part of the arrest (but 'efforts to interfere'
            # are the act itself)
    return False


ACT_NOUNS = lexicon.words("attempt_nouns") | lexicon.words("campaign_nouns") \
    | set(lexicon.NOMINAL_EVENTS)
PURSUED = INQUIRING | lexicon.words("proceeding_verbs") - {"suspect"}
"""Acts looked into or charged: a teller accuses no one of them (the charge is read); a
suspicion the teller voices ('nationals suspected of spying, prosecutors said') is theirs."""


def _telling(who: Mention, verb: str) -> str | None:
    """What a teller's words make of a hostile act's doer: a review body's finding reports
    on it, anyone else's words accuse it; an outlet only reports (`press`, `reported_on`)."""
    if who.type == "Media":
        return None
    return "REPORTED_ON" if verb in lexicon.REPORTED_ON_VERBS and who.type in REPORTERS \
        else "ACCUSED"


DISTANCING_WORDS = lexicon.words("distancing_words")
ALLEGATION_NOUNS = lexicon.words("allegation_nouns")
OTHERS_CLAIM_VERBS = lexicon.words("others_claim_verbs")


def at_a_distance(anchor: Any, own_verb: str = "") -> bool:
    """'allegations about the so-called interference of X', 'the supposed plot', 'the
    minister's comment accusing X of interference': the teller passes on, or scorns, what
    others allege; it is not the teller's accusation (the accuser's own verb is read; the
    teller's own 'will allege' is the teller's, `own_verb`)."""
    if any(c.dep_ == "amod" and (c.lower_ in DISTANCING_WORDS or c.lower_ == "called" and any(
            g.lower_ == "so" for g in c.children)) for c in anchor.children):
        return True
    return any(above.pos_ == "NOUN" and above.lower_ in ALLEGATION_NOUNS
               or above.pos_ == "VERB" and lemma(above.text) in OTHERS_CLAIM_VERBS - {own_verb}
               for above in islice(anchor.ancestors, ALLEGATION_REACH))


ALLEGATION_REACH = 4
"""'claims voiced by X at the Senate on alleged interference': the allegation noun the act
hangs under, a few links up."""


def accused_by(claim: Claim, found: Found, anchor: Any) -> Found | None:
    """'"Russia tried to interfere in our elections," said X', 'according to Y, China
    targeted Z': whoever tells of an interference, a targeting or an agent's work accuses
    its doer. A review body's or an outlet's finding is `reported_on` instead; a denial
    or an admission accuses no one."""
    who = claim.claimant
    if who is None or found.type not in ACCUSING_TYPES or claim.verb not in ACCUSING_CLAIMS \
            or claim.status in NO_ACCUSATION_STATUSES \
            or who.key in (found.source.key, found.target.key) \
            or _telling(who, claim.verb) != "ACCUSED" or looked_into(anchor, PURSUED) \
            or at_a_distance(anchor, claim.verb):
        return None  # (a review body's finding is `reported_on`'s)
    return Found(who, found.source, "ACCUSED", f"claim:{claim.verb or 'say'}", found.anchor)


def told_hostility(view: SentenceView, doer: Mention, anchor: int, last_body: Mention | None,
                   quoted_by: Mention | None, voice: Mention | None
                   ) -> tuple[Found, Claim] | None:
    """Who tells of a hostile act `doer` did at `anchor` ('X said', 'according to X', a
    quotation's sayer; else, outside quotation marks, `voice`: the speaker of a transcript's
    turn) ACCUSED the doer; a review body's finding REPORTED_ON it; an outlet reports."""
    probe = Found(doer, doer, "TARGETED", "hostile", anchor)
    claim = claim_for(view, probe, last_body, sentence_hedges(view.sent, view.words, view.tokens),
                      quoted_by=quoted_by)
    who = claim.claimant if claim.verb in ACCUSING_CLAIMS else None
    if claim.claimant is None and not _in_quotes(view.sent.doc[anchor]):
        who = voice
    if who is None or who.key == doer.key or claim.status in NO_ACCUSATION_STATUSES:
        return None
    verb = claim.verb or "say"
    kind = _telling(who, verb)
    if kind is None:
        return None
    return Found(who, doer, kind, f"hostile:{verb}", anchor), Claim(who, verb, "alleged",
                                                                    claim.hedges)


def reported_on(claim: Claim, found: Found) -> Found | None:
    """'X ..., reveals the Committee' -> the Committee reported on X (the claim's subject)."""
    who = claim.claimant
    if who is None or claim.verb not in lexicon.REPORTED_ON_VERBS or who.type not in REPORTERS:
        return None
    if found.type in ("ACCUSED", "REPORTED_ON") or who.key == found.source.key:
        return None
    if found.type in IDENTITY_TYPES:
        return None  # 'a suspected Indian intelligence officer' works for India: no finding
    if not is_allegation(found.type) and found.source.type != "Person":
        return None
    return Found(who, found.source, "REPORTED_ON", f"claim:{claim.verb}", found.anchor)
