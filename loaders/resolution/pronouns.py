"""Pronouns: 'I' in a transcript turn, 'she' after 'Kwan said', 'it' after 'The Committee'.

Why rules this small: a wrong antecedent draws an edge nobody wrote, so a pronoun
is resolved only where the text makes it nearly certain: the speaker of a turn,
the subject of the reporting verb a clause depends on, the same pronoun earlier
in the sentence, else the actor the previous sentence was about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from ..mentions.find import Mention
from ..mentions.mention import sentence_of, text_of
from ..vocabulary import lexicon
from .pairs import standing_for

__all__ = ["pronoun_resolver", "subject_person", "object_person", "subject_body",
           "subject_people", "quote_speaker", "quote_marks", "SAYING"]

FIRST_PERSON = {"i", "me", "my"}
FIRST_PLURAL = {"we", "us", "our"}
CLASSES = {"she": "f", "her": "f", "hers": "f", "he": "m", "him": "m", "his": "m",
           "it": "n", "its": "n", "they": "p", "their": "p"}
BODY_TYPES = ("Committee", "Commission", "Agency", "Organization", "Government", "Media",
              "Legislature", "Party")


def subject_person(sent: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """The named person the sentence is about (its subject), for a later 'he' or 'she'."""
    return _subject(sent, in_sent, lambda m: m.type == "Person" and not m.group)


def object_person(sent: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """The one person a sentence names, when it is the object of the main verb and no
    person is its subject ('Police arrested Jane Roe on Monday', 'Prosecutors charged
    John Roe'): a news lead's person, whom the next sentence's 'his lawyer' or 'she
    denies' is about. Two people named, or a person subject, and nobody is."""
    people = {m.key: m for m in in_sent.values() if m.type == "Person"}
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    head = sent.doc[person.end - 1]
    if person.group or person.kind == "group" or head.dep_ != "dobj" \
            or head.head.i != sent.root.i:
        return None
    return person


def subject_body(sent: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """The institution the sentence is about, for a later 'it' ('It is chaired by X')."""
    return _subject(sent, in_sent, lambda m: m.type in BODY_TYPES)


def subject_people(sent: Any, in_sent: dict[int, Mention],
                   resolve: Callable[[Any], Any]) -> Mention | None:
    """The two or more people the sentence's main clause is about ('Jane Roe and Mark
    Stone were charged', 'the pair were remanded', 'They lived as ...'), as one mention
    standing for each of them: a later sentence's 'they' (`_continuing`)."""
    for token in sent.root.children:  # (the main clause's subject: no walk of the words)
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        mention = resolve(token) if token.lower_ == "they" else in_sent.get(token.i)
        if mention is not None and len(mention.attrs.get("members", ())) > 1:
            return mention if mention.type == "Person" else None
        people = {m.key: m for t in (token, *token.conjuncts) for m in [in_sent.get(t.i)]
                  if m is not None and m.type == "Person" and not m.group}
        if len(people) > 1:
            return standing_for(token.doc, token, list(people.values()))
        return None
    return None


def _subject(sent: Any, in_sent: dict[int, Mention], wanted: Callable[[Mention], bool]
             ) -> Mention | None:
    doc = sent.doc
    for i in sorted(in_sent):  # only the mentions' tokens, not every word
        if doc[i].dep_ in ("nsubj", "nsubjpass") and wanted(in_sent[i]):
            return in_sent[i]
    return None


def pronoun_resolver(in_sent: dict[int, Mention], previous: Mention | None,
                     previous_body: Mention | None, turns: Any,
                     topic: Mention | None = None, last_subject: Mention | None = None,
                     author: Mention | None = None, quoted_speaker: Mention | None = None,
                     issuer: Mention | None = None, resolving: Mention | None = None,
                     genders: dict[str, str] | None = None,
                     last_people: Mention | None = None,
                     before: dict[str, Mention | None] | None = None,
                     seen: dict[str, Mention | None] | None = None,
                     home: Mention | None = None) -> Callable[[Any], Any]:
    """Resolver for one sentence; a pronoun class keeps its first referent in the sentence
    ('She said ... Mendicino issued ..., and she criticized' is her both times). `topic`
    is the person a biography is about (named in its title line); a person named as the
    subject of the sentence just before is a closer referent than the topic ('Trudeau told
    the House ... He said he had raised it with Modi' is Trudeau in an article on another
    man), so `last_subject` comes first. `author` is the person who signs a document that
    has no speaker turns: its 'I' and 'me' outside quotation marks ('the Prime Minister
    appointed me'). Inside quotation marks 'I' is the one the sentence says is speaking
    ('"It is not about me," Chong said'), else `quoted_speaker`, who issued the statement
    the quoted paragraphs belong to ('X issued the following statement: "I have ...'").
    `issuer` is the body a release speaks for (its dateline's department): its 'we' and
    'our' outside quotation marks. `resolving` is the body whose resolution the sentence
    is a paragraph of: an 'its' nothing else in the sentence takes ('Instructs its
    Committee on Defence to ...'). `genders` (person key -> 'f' or 'm', shared by the
    document's sentences) holds what earlier pronouns and words said of each person: a
    'his' is never the woman the text called 'she' or 'wife'. `last_people` are the
    people the sentence before was about (`subject_people`), a 'they' that opens this one
    with no other people before it. `seen` is filled with whom each pronoun class is in
    this sentence, and `before` is the sentence before's: a 'her' there that was not its
    subject ('John Stone was her friend') is the same woman in this one, not the subject,
    unless that subject is the one a biography is about ('Huang invited Shorten to his
    daughter's wedding. The authorities barred his bid': Huang's). `home` is the state of
    the text's own country: what 'our' owns there that is a country's ('our elections')."""
    seen = {} if seen is None else seen
    known = genders if genders is not None else {}

    def resolve(token: Any) -> Mention | None:
        low = token.lower_
        if low in FIRST_PLURAL or low == "my" and token.dep_ == "poss" \
                and token.head.lower_ in lexicon.OFFICE_NOUNS:
            if turns:
                return turns.body_at(token.idx)
            if low == "our" and home is not None and token.head.lower_ in lexicon.NATIONAL_ARENAS:
                return home  # '"Iran has targeted our election processes," said the
                # Treasury official': the country whose release it is
            return issuer if low in FIRST_PLURAL and not quoted(token) else None
        if low in FIRST_PERSON:
            if turns and quoted(token) and _told_by_another(token):
                return _quote_speaker(token, in_sent)  # '... she told reporters, "I have
                # asked the ministry"': the one quoted, not the member who asks
            if turns:
                return turns.at(token.idx)
            if quoted(token):
                return _quote_speaker(token, in_sent) or quoted_speaker
            return author
        kind = CLASSES.get(low, "")
        if kind in seen:
            return seen[kind]
        first = next((t for t in sentence_of(token) if t.i < token.i
                      and CLASSES.get(t.lower_) == kind), token)
        found = _fronted(first, in_sent, kind)
        if found is None:
            named_subject = last_subject if last_subject is not None \
                and last_subject.kind not in ("unnamed", "group") else None
            earlier = (before or {}).get(kind)
            if earlier is not None and named_subject is not None \
                    and earlier.key != named_subject.key and kind in ("f", "m") \
                    and not (topic is not None and named_subject.key == topic.key):
                named_subject = earlier  # 'John Stone was her friend. Paul Smith is her
                # partner': one woman both times, not the man the sentence was about
            found = _neuter(first, in_sent, previous_body) if kind == "n" else \
                _plural(first, in_sent) or _coordinated(first, in_sent) \
                or _continuing(first, in_sent, last_people) if kind == "p" else \
                _personal(first, in_sent, named_subject or topic or previous)
            if found is None and kind == "n" and first.dep_ == "poss":
                found = resolving
        if found is not None and kind in ("f", "m") and found.type == "Person" \
                and known.get(found.key, kind) != kind:
            found = None  # 'His lawyer' after a woman named last: not her lawyer
        seen[kind] = found
        sayer = _other_sayer(first, kind)
        if found is not None and sayer is not None and _same(resolve(sayer), found):
            seen[kind] = found = None  # '"... she communicated with X," he said': she is
            # not he, who speaks
        elif found is not None and kind in ("f", "m") and quoted(first) \
                and _same(_quote_speaker(first, in_sent), found):
            seen[kind] = found = None  # '"He was paid ...," Toots said': Toots says 'I'
        if found is not None and kind in ("f", "m") and found.type == "Person":
            known.setdefault(found.key, kind)
        return found

    return resolve


QUOTES = {'"', "“", "”"}


def _same(one: Mention | None, other: Mention | None) -> bool:
    """One actor, whichever sentence's mention of it each is (the quote's speaker named in
    this sentence, the antecedent in an earlier one)."""
    return one is not None and other is not None and (one is other or bool(one.key)
                                                      and one.key == other.key)


def quoted(token: Any) -> bool:
    """Inside a quotation: an odd number of quotation marks before it in its sentence."""
    return bisect_left(quote_marks(sentence_of(token)), token.i) % 2 == 1


def quote_marks(sent: Any) -> list[int]:
    """The indices of the sentence's quotation-mark tokens, listed once per sentence (every
    pronoun and saying verb asks `quoted`); a sentence whose text holds no quotation mark
    has none, and its tokens are not walked."""
    cache = sent.doc.user_data.setdefault("figraph_quote_marks", {})
    found = cache.get(sent.start)
    if found is None:
        said = text_of(sent.doc)[sent.start_char:sent.end_char]
        found = cache[sent.start] = [t.i for t in sent if t.text in QUOTES] \
            if any(mark in said for mark in QUOTES) else []
    return found


SAYING = {"say", "said", "says", "tell", "told", "add", "added", "adds", "state", "stated",
          "states", "write", "wrote"}


def quote_speaker(sent: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """The named person outside the quotation marks who says the sentence's quote
    ('"...," Assistant Attorney General John Demers said'), if the sentence quotes."""
    if not quote_marks(sent):
        return None
    return _quote_speaker(sent[0], in_sent)


def _told_by_another(token: Any) -> bool:
    """A saying verb outside the quotation, of a subject other than 'I' or 'we': in a turn
    of speech, the quote is someone else's words."""
    return any(verb.lower_ in SAYING and not quoted(verb) and any(
        c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in verb.children)
        for verb in sentence_of(token))


def _quote_speaker(token: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """The named person outside the quotation marks who says the sentence's quote."""
    for verb in sentence_of(token):
        if verb.lower_ not in SAYING or quoted(verb):
            continue
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i in in_sent and not quoted(child):
                person = in_sent[child.i]
                if person.type == "Person" and not person.group:
                    return person
        inverted = _inverted_sayer(verb, in_sent)
        if inverted is not None:
            return inverted
    return None


def _inverted_sayer(verb: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """'"...," said Acting Under Secretary of the Treasury for X Bradley T. Smith': after a
    closing quotation, 'said' before a long title and the name (the parser takes a word of
    the title for the subject): the first person named after the verb, with no other verb
    between."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in QUOTE_CLOSERS and doc[verb.i - 2].text not in \
            QUOTE_CLOSERS:
        return None
    for token in doc[verb.i + 1:sentence_of(verb).end]:
        if token.pos_ in ("VERB", "AUX") and not token.text[:1].isupper() \
                or token.text in QUOTE_CLOSERS:
            return None  # ('Acting' of a title is no verb of its own)
        person = in_sent.get(token.i)
        if person is not None and person.type == "Person" and not person.group:
            return person
    return None


QUOTE_CLOSERS = {'"', "”", "’", "'"}


def _other_sayer(token: Any, kind: str) -> Any | None:
    """The pronoun of the other sex that says the quotation `token` stands in ('he' of
    '"... she ...," he said'), if any."""
    if kind not in ("f", "m") or not quoted(token):
        return None
    for verb in sentence_of(token):
        if verb.lower_ in SAYING and not quoted(verb):
            for child in verb.children:
                if child.dep_ == "nsubj" and CLASSES.get(child.lower_, kind) not in (kind, "n",
                                                                                     "p"):
                    return child
    return None


def _fronted(token: Any, in_sent: dict[int, Mention], kind: str) -> Mention | None:
    """'In a statement posted on its website, the embassy said ...', 'In his reply, Chong
    said ...': a possessive in a phrase put before the main clause points ahead, to that
    clause's subject."""
    if token.dep_ != "poss" and not _opens_fronted_clause(token):
        return None
    root = sentence_of(token).root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < token.i or token.dep_ == "poss" and not any(
            a.dep_ == "prep" and a.head.i == root.i and a.i < subject.i for a in token.ancestors):
        return None
    mention = in_sent.get(subject.i)
    if mention is None or mention.group:
        return None
    wanted = mention.type in BODY_TYPES if kind == "n" else mention.type == "Person"
    return mention if wanted else None


FRONTING_MARKS = {"while", "when", "after", "before", "since", "although", "though", "as",
                  "once", "until", "because"}
"""Words that open a clause put before the main one ('While he was an MEP, X took ...')."""


def _opens_fronted_clause(token: Any) -> bool:
    """'While he was a member of the European Parliament, Nathan Gill took cash': the
    subject of a fronted subordinate clause, with no one named before it in the sentence,
    points ahead to the main clause's subject, not back to the last person named."""
    clause = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl" \
        and clause.head.dep_ == "ROOT" and clause.i < clause.head.i \
        and any(c.dep_ == "mark" and c.lower_ in FRONTING_MARKS and c.i < token.i
                for c in clause.children) \
        and not any(t.ent_type_ == "PERSON" for t in sentence_of(token) if t.i < token.i)


def _personal(token: Any, in_sent: dict[int, Mention], fallback: Mention | None
              ) -> Mention | None:
    """'X admitted that he ...' is X; else the last person named before it who is not the
    subject of its own clause ('Clark appointed her' is not Clark); else the biography's
    subject or the person the previous sentence was about."""
    governor = _reporting_governor(token)
    if governor is not None:
        for child in governor.children:
            if child.dep_ == "nsubj" and child.i in in_sent and in_sent[child.i].type == "Person":
                return in_sent[child.i]
    clause = token.head.head if token.dep_ == "poss" else token.head
    own_subjects = {c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:  # 'X is said to have been
        clause = clause.head  # her friend': X is the subject of 'been' too, so not 'her'
        own_subjects |= {c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
    before = [m for i, m in sorted(in_sent.items()) if i < token.i and m.type == "Person"
              and not m.group and not set(range(m.start, m.end)) & own_subjects]
    if before and before[-1].scoped and _object_of_same_voice(token, before[-1]):
        return before[-1] if before[-1].kind == "unnamed" else None  # 'Estonia expelled a
    # Chinese diplomat after KAPO accused him': not someone of an earlier sentence
    before = [m for m in before if not m.scoped]
    if before and token.dep_ == "poss" and _in_phrase(token.doc[before[-1].end - 1]):
        subject = _shared_subject(token, in_sent)  # 'X did not register with the Attorney
        if subject is not None:  # General and took steps to conceal her relationship':
            return subject  # the one both verbs are said of, not a prepositional object
    return before[-1] if before else fallback


def _object_of_same_voice(token: Any, unnamed: Mention) -> bool:
    """A pronoun that is no subject, on the same side of any quotation marks as the unnamed
    person before it ('"... a Russian official," he said' is the sayer, not the official)."""
    return token.dep_ not in ("nsubj", "nsubjpass") \
        and quoted(token) == quoted(token.doc[unnamed.end - 1])


def _in_phrase(head: Any) -> bool:
    """A name that is the object of a preposition ('with the Attorney General')."""
    return head.dep_ == "pobj"


def _shared_subject(token: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """The person subject of the verb whose coordinated verb governs `token`."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                               for c in node.children):
            return None  # its own clause: the plain reading holds
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "conj":
            first = node.head
            subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            found = in_sent.get(subject.i) if subject is not None else None
            return found if found is not None and found.type == "Person" else None
    return None


def _neuter(token: Any, in_sent: dict[int, Mention], previous_body: Mention | None
            ) -> Mention | None:
    """'The ministry said it was expelling ...' / 'NSICOP ... It is chaired by X'; an
    expletive 'it' ('it is important to') stays unresolved."""
    head = token.head
    if token.dep_ in ("nsubj", "expl") and (token.dep_ == "expl" or any(
            c.dep_ in ("acomp", "xcomp", "ccomp", "attr") for c in head.children)
            and head.lower_ in ("is", "was", "be", "'s", "seems", "appears")):
        return None
    doer = _clause_subject(token, in_sent) if token.dep_ == "poss" else \
        _event_holder(token, in_sent) if token.dep_ == "nsubj" else None
    if doer is not None:  # 'Russia continued its interference in Moldova'; 'X said that
        return doer  # the CCP is infamous for its meddling': the clause's own subject
    governor = _reporting_governor(token)
    if governor is not None:  # 'Beijing denied that it targeted X': the state too
        for child in governor.children:
            if child.dep_ == "nsubj" and child.i in in_sent \
                    and in_sent[child.i].type in BODY_TYPES + ("State",):
                return in_sent[child.i]
    if token.i == sentence_of(token).start or token.dep_ in ("nsubj", "nsubjpass") and \
            not any(i < token.i for i in in_sent):
        return previous_body
    blamed = _blamed_for(token, in_sent) if token.dep_ == "poss" else None
    if blamed is not None:  # 'condemning the Government of X for its harassment': X's
        return blamed
    if token.dep_ == "poss":  # 'worked for the Party of Regions and advised its leader'
        bodies = [m for i, m in sorted(in_sent.items()) if i < token.i and m.type in BODY_TYPES]
        return bodies[-1] if bodies else None
    if token.dep_ == "dobj" and previous_body is not None:  # 'the BIS exposed it as a
        subject = {t.i for c in head.children if c.dep_ == "nsubj"  # network': not the
                   for t in c.subtree}  # (the whole subject: 'the service BIS')
        others = [m for i, m in in_sent.items() if i < token.i and m.type in BODY_TYPES
                  and not set(range(m.start, m.end)) & subject]  # subject; with no other
        if not others and all(in_sent.get(i) is None or in_sent[i].key != previous_body.key
                              for i in subject):  # body before it, the one the text is about
            return previous_body
    return None


def _blamed_for(token: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """'condemned the Government of X for its harassment', 'thanked Y for its support':
    'its' after 'for' is the verb's object's, when the object names a body or a state
    (never a body named before the verb: 'the House condemning X for its ...')."""
    phrase = token.head
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None:
        return None
    named = [in_sent[t.i] for t in obj.subtree if t.i in in_sent
             and in_sent[t.i].type in BODY_TYPES + ("State",)]
    return named[0] if named else None


def _clause_subject(token: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """The body or state that is the subject of the verb whose object holds 'its': what
    one does to one's own ('X stepped up its campaign') is the subject's."""
    phrase = token.head
    verb = phrase.head
    if phrase.dep_ == "pobj" and verb.dep_ == "prep":  # 'infamous for its meddling in X'
        verb = verb.head.head if verb.head.dep_ == "acomp" else verb.head
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None  # 'condemned Russia for its interference': the object's, not the
            # subject's (`_blamed_for`)
    elif phrase.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("xcomp", "conj"):  # 'sought to expand its ...'
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return _body_at(in_sent, subject)


def _event_holder(token: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """'The CCP held a press conference, during which it blamed X': 'it' in a relative
    clause on the object of a body's (a state's) verb is that body."""
    verb = token.head
    thing = verb.head
    if verb.dep_ != "relcl" or thing.dep_ != "dobj":
        return None
    return _body_at(in_sent, next((c for c in thing.head.children if c.dep_ == "nsubj"),
                                  None))


def _body_at(in_sent: dict[int, Mention], token: Any | None) -> Mention | None:
    """The body or state named at `token`, if any."""
    mention = in_sent.get(token.i) if token is not None else None
    return mention if mention is not None and mention.type in BODY_TYPES + ("State",) \
        else None


def _plural(token: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """'German prosecutors said they had arrested X', 'the police said their officers ...':
    only the subject of the reporting verb the clause depends on, when it is a body, a
    state or a group; any other 'they' is left alone (too many candidates)."""
    governor = _reporting_governor(token)
    if governor is None:
        return None
    for child in governor.children:
        if child.dep_ == "nsubj" and child.i in in_sent:
            mention = in_sent[child.i]
            if mention.type in BODY_TYPES + ("State",) or mention.group:
                return mention
    return None


def _continuing(token: Any, in_sent: dict[int, Mention], people: Mention | None
                ) -> Mention | None:
    """'Jane Roe and Mark Stone were charged in May. They face ten years': a 'they' that
    is the subject of its sentence's main clause, with no person named before it there,
    goes on with the people the sentence before was about."""
    if people is None or token.dep_ not in ("nsubj", "nsubjpass") \
            or token.head.dep_ != "ROOT":
        return None
    if any(i < token.i and m.type == "Person" for i, m in in_sent.items()):
        return None
    return people


def _coordinated(token: Any, in_sent: dict[int, Mention]) -> Mention | None:
    """'Sun and Hu laundered the money they received from the PRC': 'they' in a clause
    below a verb whose subject is two or more people joined by 'and' is those people (one
    mention standing for each, as a counted lead does), or the one group of people that
    subject names; any clause of its own subject between them leaves it alone."""
    node = token.head
    for _ in range(8):
        if node.head.i == node.i and node.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i != token.i), None) if node.pos_ in ("VERB", "AUX") else None
        if subject is not None:
            people = {m.key: m for t in (subject, *subject.conjuncts)
                      for m in [in_sent.get(t.i)] if m is not None and m.type == "Person"}
            if len(people) == 1 and next(iter(people.values())).group:
                return next(iter(people.values()))  # 'two British men ... after they were'
            if len(people) < 2:
                return None
            return standing_for(token.doc, token, list(people.values()))
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _reporting_governor(token: Any) -> Any | None:
    """The verb whose clausal complement holds the pronoun's clause, if any; none for a
    pronoun quoted by a verb outside the quotation ('"He was paid," Smith said' is not
    'Smith said that he was paid': the sayer of a quote is its 'I')."""
    for node in (token.head, token.head.head):
        if node.dep_ == "ccomp":
            return None if quoted(token) and not quoted(node.head) else node.head
    return None


GENDERED_WORDS = {**{w: "f" for w in lexicon.words("female_person_words")},
                  **{w: "m" for w in lexicon.words("male_person_words")}}


GIVEN_NAME_GENDERS = {**{name: "f" for name in lexicon.words("female_given_names")},
                      **{name: "m" for name in lexicon.words("male_given_names")}}
"""'Jane Roe' is a woman, 'Mark Stone' a man: what a given name says, where no word did."""


def note_genders(doc: Any, mentions: list[Mention], genders: dict[str, str]) -> None:
    """What the word right before a person's name says of them: 'his wife Anna Roe',
    'Mrs Roe', 'her husband Paul Smith' (the first word said is kept)."""
    for m in mentions:
        if m.type == "Person" and m.key and m.start > 0 and not m.group:
            kind = GENDERED_WORDS.get(doc[m.start - 1].lower_.rstrip("."))
            if kind is not None:
                genders.setdefault(m.key, kind)
    for m in mentions:  # then the given name, where the text's words said nothing
        words = m.name.split()
        if m.type == "Person" and m.key and not m.group and len(words) > 1:
            kind = GIVEN_NAME_GENDERS.get(words[0].lower())
            if kind is not None:
                genders.setdefault(m.key, kind)
