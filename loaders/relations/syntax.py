"""Reading a dependency parse: who is the subject, the object, the owner of a noun phrase.

Why a module of its own: every relation rule asks the same few questions of
the parse ("who did this?", "to whom?"), with the same exceptions (passive
voice, coordination, relative clauses, infinitives that borrow their subject).
Answering them once keeps the rules short and consistent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..mentions.mention import OPERATION_NOUNS, Mention, text_of
from ..mentions.unnamed import targeted_populace
from ..vocabulary import lexicon
from ..vocabulary.morph import is_stop_form, lemma

__all__ = ["Clause", "SentenceView", "such_as", "in_particular", "topic_between",
           "places_of_portfolio", "person_antecedent", "of_the_object", "appositive_beside"]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
WH_WORDS = {"who", "which", "that", "whom"}
PARTITIVES = {"others", "some", "many", "most", "several", "rest"}
"""Words for part of a set named before ('some ... and others targeting Y')."""
SPEECH_ACTS = {"accuse", "criticize", "criticise", "blame", "condemn", "urge", "call",
               "demand", "denounce", "warn", "praise", "thank"}
SAYING = {"say", "tell", "add", "state", "write"}
"""'X said the decision came too late and accused Y': the parser joins the accusation to
the reported clause, but only the sayer accuses (a decision or a delay does not)."""
ASCRIBING_VERBS = lexicon.words("ascribing_verbs")
"""Verbs that give acts to someone other than their subject ('attributed X to Y')."""
INVOLVING_VERBS = {"involve", "involved", "engage", "engaged", "implicate", "implicated"}
"""'X was involved in gathering information on Y': the passive's subject does the gerund."""
NAMING_PARTICIPLES = lexicon.words("naming_participles")
PRONOUNS = {"he", "she", "him", "her", "i", "me", "it", "his", "its", "we", "us", "they", "their"}
POSSESSIVES = {"my", "his", "her", "its"}
PRONOUN_WORDS = PRONOUNS | POSSESSIVES | {"our"}
"""Every word the view's own readings (`actors`, `as_holder`) and the generic families hand
to `pronoun`: the referents of these are all a walk of the sentence can add to its
mentions (see `SentenceView.may_link`)."""
CANDIDACY_NOUNS = {"nomination", "campaign", "candidacy", "election", "re-election", "bid",
                   "leadership"}
"""A candidacy undergoes what its candidate undergoes: helping X's campaign helps X."""
KIN_NOUNS = {"family", "families", "relatives", "relative", "parents", "children", "wife",
             "husband", "spouse", "daughter", "son", "mother", "father", "sister", "brother",
             "kin", "loved"}
"""A threat to someone's family is reported as a threat to them."""

STAFF_NOUNS = {"officials", "diplomats", "agents", "operatives", "envoys", "representatives",
               "staff", "employees", "officers", "authorities", "secretariat", "team",
               "hackers", "operators", "personnel", "spies"}
"""People named by the body they serve ('Government of Canada officials', 'a secretariat at
Global Affairs Canada'): that body acts."""
EXPERT_NOUNS = {"analysts", "experts", "researchers", "specialists"}
"""...and those named by the body they work in ('USIC experts warned'), a body only:
'Chinese experts' are no Chinese state."""



CREATING_PARTICIPLES = lexicon.words("creating_participles")
AIM_NOUNS = lexicon.words("aim_nouns")
LINKING_VERBS = {"is", "was", "are", "were", "be", "seems", "seemed", "appears", "appeared",
                 "remains", "remained"}
"""'Storm-1516's main objective seems to be to discredit Y': whoever holds the aim does
what it is to do (a verb's subject borrowed through 'be' would be the aim itself)."""
RULING_NOUNS = lexicon.words("ruling_nouns")
RULED_TYPES = ("State", "Government", "Party")
"""Who 'the leadership' or 'the regime' of an actor of these types stands for: that actor."""

OUTLET_NOUNS = {"website", "site", "outlet", "portal", "platform", "channel", "newspaper",
                "magazine", "broadcaster"}
"""What an outlet's name is written before: 'the Voice of Europe website' is the outlet."""


BRACKET_REACH = 40
"""How far a bracketed list of names after a plural noun may run."""


@dataclass
class SentenceView:
    """One sentence with its mentions indexed by token, and a pronoun resolver."""

    sent: Any
    at: dict[int, Mention]
    pronoun: Callable[[Any], Mention | None] = field(default=lambda token: None)
    implied: tuple[int, Mention] | None = None
    """A resolution's paragraph ('2. Calls on the Commission ...'): its opening verb's token
    and the body whose resolution it is, the subject the paragraph leaves out."""
    _tokens: list[Any] | None = field(default=None, repr=False)
    _referents: list[Mention] | None = field(default=None, repr=False)
    _words: frozenset[str] | None = field(default=None, repr=False)
    _lemmas: frozenset[str] | None = field(default=None, repr=False)
    _mentions: list[Mention] | None = field(default=None, repr=False)
    _read: dict[tuple[str, int, bool], list[Mention]] = field(default_factory=dict, repr=False)
    """Phrases and verbs already read (families ask of the same ones again and again)."""

    @property
    def tokens(self) -> list[Any]:
        """The sentence's tokens, built once: every family walks them, and spaCy makes a
        new Token object at each step of a walk over a Span."""
        if self._tokens is None:
            self._tokens = list(self.sent)
        return self._tokens

    @property
    def mentions(self) -> list[Mention]:
        """Each mention of the sentence once, in order (`at` holds one per token)."""
        if self._mentions is None:
            self._mentions = list({id(m): m for m in self.at.values()}.values())
        return self._mentions

    @property
    def words(self) -> frozenset[str]:
        """The sentence's words, lower-cased, read once: a family whose trigger words are
        all absent returns before walking the tokens (most sentences have none)."""
        if self._words is None:
            self._words = frozenset(t.lower_ for t in self.tokens)
        return self._words

    @property
    def lemmas(self) -> frozenset[str]:
        """The lemmas of the sentence's words (`morph.lemma`), read once: a family keyed on
        verbs ('say', 'urge', 'interfere') tests them once per sentence, not each token's
        lemma at each step of its walk."""
        if self._lemmas is None:
            self._lemmas = frozenset(lemma(w) for w in self.words)
        return self._lemmas

    def may_link(self, linked: set[frozenset[str]],
                 key_of: Callable[[Mention], str | None]) -> bool:
        """Whether two actors of the sentence that `linked` does not join yet could be
        linked: a family that only links pairs no earlier rule linked need not walk the
        parse of a sentence that offers none (most sentences name one or two actors, or
        only pairs a specific rule has linked already).

        The actors a walk can reach are the mentions on the sentence's tokens (and the
        members they stand for), the implied subject, and what its pronouns resolve to;
        the pronouns are only resolved when the named actors alone offer no pair.
        `key_of` gives the key an actor would be linked under, None if it is never linked.
        """
        named = [m for mention in self.mentions
                 for m in (mention, *mention.attrs.get("members", ()))]
        if self.implied is not None:
            named.append(self.implied[1])
        keys = {key_of(m) for m in named}
        if _open_pair(keys, linked):
            return True
        keys |= {key_of(m) for m in self._pronoun_referents()}
        return _open_pair(keys, linked)

    def _pronoun_referents(self) -> list[Mention]:
        """What the sentence's pronouns resolve to, read once (two families ask)."""
        if self._referents is None:
            resolved = (self.pronoun(t) for t in self.tokens if t.lower_ in PRONOUN_WORDS)
            self._referents = [m for m in resolved if m is not None]
        return self._referents

    def actors(self, token: Any, owner: bool = True) -> list[Mention]:
        """Actors a noun phrase headed by `token` names, with its conjuncts.

        `owner`: when the phrase itself names nobody, its owner counts
        ("the committee's allegations" -> the committee)."""
        key = ("actors", token.i, owner)
        if key not in self._read:
            self._read[key] = self._actors(token, owner)
        return list(self._read[key])

    def named_within(self, span: tuple[int, int]) -> list[Mention]:
        """The actors named between two tokens ('her friend, Y,'), each once: not the
        conjuncts of a word there, which may be what another subject became."""
        unique = {self.at[i].key: self.at[i] for i in range(*span) if i in self.at}
        return list(unique.values())

    def _actors(self, token: Any, owner: bool) -> list[Mention]:
        found: list[Mention] = []
        heads = [token, *token.conjuncts]
        for head in list(heads):
            for prep in head.children:
                if prep.dep_ == "prep" and (prep.lower_ in ("including", "notably")
                                            or _such_as(head, prep)) \
                        and not _nearer_plural(head, prep):
                    heads += self._listed(prep)
        basis = _listed_past_basis(token)
        heads += _among_them(token) + _semicolon_list(token, self.at) \
            + _coordinated_before(token, self.at) + (self._listed(basis) if basis else [])
        for head in heads:
            found += self._one(head, owner)
        if token.tag_ == "NNS":  # (the parser nests a bracketed list's names)
            bracketed = self._bracketed_names(token)
            found = bracketed if len(bracketed) > len(found) else found
        unique: dict[str, Mention] = {}
        for m in found:
            unique.setdefault(m.key, m)
        return list(unique.values())

    def _bracketed_names(self, noun: Any) -> list[Mention]:
        """'three men (Bill Yuen, Peter Wai, and Matthew Trickett) had been charged': the
        people a plural noun names in brackets right after it are the ones it stands for."""
        doc = noun.doc
        if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != "(":
            return []
        named: list[Mention] = []
        i = noun.i + 2
        while i < min(len(doc), noun.i + BRACKET_REACH):
            m = self.at.get(i)
            if m is not None and m.type == "Person":
                named.append(m)
                i = max(m.end, i + 1)
            elif doc[i].text == ")":
                return named
            elif doc[i].lower_ in (",", "and"):
                i += 1
            else:
                return []
        return []

    def _listed(self, prep: Any) -> list[Any]:
        """What 'including' (or 'such as') lists: its object and the object's conjuncts;
        or, when a long list of titled names defeats the parser, its items read on the
        words (`listed_items`), if they are more."""
        parsed = [x for o in prep.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]
        items = listed_items(prep, self.at)
        return items if len(items) > len(parsed) else parsed

    def _content_source(self, subject: Any) -> list[Mention]:
        """'Stories pushed by the network criticize X': the network does it through what
        it spreads."""
        source = _spread_by(subject)
        return self.actors(source, owner=False) if source is not None else []

    def _unit_body(self, subject: Any) -> list[Mention]:
        """'the same unit of the Federal Security Service ... was responsible for poisoning
        X': an unnamed unit of a named service acts as that service."""
        if subject.lower_ not in UNIT_NOUNS:
            return []
        return [m for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"
                for m in self.actors(o, owner=False) if m.type in ("Agency", "State")]

    def possessed_body(self, subject: Any) -> list[Mention]:
        """"the Department of the Treasury's Office of Foreign Assets Control (OFAC) is
        designating X": the parser made the owner the subject; the body it owns acts."""
        owner = self.at.get(subject.i)
        doc = subject.doc
        if owner is None or owner.type == "Person" or owner.end + 1 >= len(doc) \
                or doc[owner.end].tag_ != "POS":
            return []
        owned = self.at.get(owner.end + 1)
        if owned is None or owned.start != owner.end + 1 or owned.type not in BODY_TYPES:
            return []
        return [owned]

    def _one(self, token: Any, owner: bool) -> list[Mention]:
        mention = self.at.get(token.i)
        if mention is not None and mention.type != "Person":
            titled = _titled_head(self, token)
            if titled is not None:
                return [titled]
        if mention is not None:
            return list(mention.attrs.get("members", [mention]))  # 'two residents'
            # a release names with their ages (`resolution.leads`): each of them
        if token.lower_ in PRONOUNS:
            resolved = self.pronoun(token)  # ('they': two people joined by 'and', each)
            return list(resolved.attrs.get("members", [resolved])) if resolved is not None \
                else []
        places = targeted_populace(token)
        if places:  # 'targeted users in Chad and Niger' aims at the two states
            return [self.at[x.i] for x in places if x.i in self.at
                    and self.at[x.i].type == "State"]
        for child in token.children:  # 'His father, John O'Toole,' is the father himself
            if child.dep_ == "appos" and child.i in self.at:  # 'two men, A and B'
                return [self.at[c.i] for c in (child, *child.conjuncts) if c.i in self.at]
            if child.dep_ in ("acl", "amod") and child.lower_ in NAMING_PARTICIPLES:
                named = list({self.at[t.i].key: self.at[t.i] for t in child.subtree
                              if t.i in self.at}.values())
                if named and _several(token):  # 'the trio, named A, B and C' are all three
                    return [m for m in named if m.type == "Person"] or named[:1]
                if named:  # 'the group known as APT31' is APT31
                    return named[:1]
        if token.lower_ == "governments":  # 'the Governments of Iran and Russia': each
            states = [m for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)
                      if x.i in self.at for m in [self.at[x.i]] if m.type == "State"]
            if states:  # state (a foreign state and its government are one actor)
                return states
        if token.lower_ in CAUCUS_NOUNS:  # 'the Democratic Progressive Party caucus
            parties = [self.at[c.i] for c in token.children  # proposed a bill': the party's
                       if c.dep_ == "compound" and c.i in self.at  # members in the
                       and self.at[c.i].type == "Party"]  # house act for it
            if parties:
                return parties[:1]
        if token.lower_ in OPERATION_NOUNS or token.lower_ in OUTLET_NOUNS \
                or token.lower_ in ("party", "group"):
            # 'the Spamouflage campaign' is Spamouflage, 'the Voice of Europe website' the
            # outlet, 'the Save Romania Union party' the party, 'the Socialists and
            # Democrats group' the political group
            kinds = ("Party",) if token.lower_ == "party" else ("Party", "Organization") \
                if token.lower_ == "group" else ("Organization", "Media")
            named = [self.at[c.i] for c in token.children if c.dep_ in ("compound", "nmod", "poss")
                     and c.i in self.at and self.at[c.i].type in kinds]
            after = self.at.get(token.i + 1)  # 'told the website geenius.ee': the parser
            if not named and after is not None and after.start == token.i + 1 \
                    and after.type == "Media" and token.lower_ in OUTLET_NOUNS:
                named = [after]  # hangs the name elsewhere
            if named:
                return named[:1]
        if token.lower_ in KIN_NOUNS and token.dep_ != "nsubj":  # 'targeting his family'
            # targets him; but what his brother does is not his doing
            for child in token.children:
                if child.dep_ == "poss" and child.i in self.at:
                    return [self.at[child.i]]
                if child.dep_ == "poss" and child.lower_ in POSSESSIVES:
                    resolved = self.pronoun(child)
                    return [resolved] if resolved is not None else []
                if child.dep_ == "poss" and child.lower_ == "whose":  # 'X, whose family was'
                    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
                    return self.actors(clause.head, owner=False) if clause is not None else []
        if token.lower_ in lexicon.OFFICE_NOUNS or token.lower_ in lexicon.ANAPHORA:
            for child in token.children:  # 'my office', 'our service': the speaker's own
                if child.dep_ == "poss" and child.lower_ in ("my", "our"):
                    resolved = self.pronoun(child)
                    return [resolved] if resolved is not None else []
        if token.lower_ in ROLE_HOLDER_NOUNS:
            # 'the Ambassador of X to Canada, NAME', 'the leader of Belarus, NAME',
            # 'a former member of the Riigikogu, NAME'
            named = [m for i, m in self.at.items() if i > token.i and m.type == "Person"
                     and i == m.end - 1
                     and getattr(misattached_title(self.sent.doc[i]), "i", -1) == token.i]
            if named:
                return named[:1]
        if token.lower_ in PEOPLE_NOUNS:
            listed = _listed_people(self, token)
            if listed:
                return listed
        if token.lower_ in STAFF_NOUNS or token.lower_ in EXPERT_NOUNS:  # 'Government of
            modifiers = [c for c in token.children if c.i < token.i  # Canada officials'
                         and c.dep_ in ("compound", "nmod")]  # act for it
            modifiers += [g for c in modifiers if c.i not in self.at for g in c.children
                          if g.dep_ in ("compound", "nmod")]  # 'ROK government officials'
            named = [self.at[c.i] for c in modifiers if c.i in self.at
                     and self.at[c.i].type != "Person"
                     and (token.lower_ in STAFF_NOUNS or self.at[c.i].type != "State")]
            named += [self.at[o.i] for p in token.children if p.dep_ == "prep"
                      and p.lower_ in ("at", "within", "from") for o in p.children
                      if o.dep_ == "pobj" and o.i in self.at  # 'officials at GAC'
                      and self.at[o.i].type not in ("Person", "State")]
            if named:
                return named[:1]
        if token.lower_ in RULING_NOUNS:
            ruled = self._ruled(token)
            if ruled:
                return ruled
        if not owner or token.lower_ in SOMEONE_ELSES:
            return []  # "met Omar Haddad's lawyer" did not meet Haddad
        for child in token.children:
            if child.dep_ in ("poss", "compound") and child.i in self.at:
                return [self.at[child.i]]
            if child.dep_ == "poss" and child.lower_ == "our" \
                    and token.lower_ in lexicon.NATIONAL_ARENAS:  # 'targeted our election
                resolved = self.pronoun(child)  # processes': the speaker's country's
                return [resolved] if resolved is not None else []
        owners = ("of", "by", "from", "at") if token.lower_ in lexicon.OFFICE_NOUNS | PARTNERS \
            else ("of", "by", "from")  # 'officials at the consulate'
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in owners:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return self.actors(obj, owner=False)
            if child.dep_ == "acl":  # "the allegations made by X"
                agent = Clause.of(child).agent
                if agent is not None:
                    return self.actors(agent, owner=False)
        return []

    def subjects(self, verb: Any) -> list[Mention]:
        """Who does `verb`: its subject, else the subject it borrows, with the people
        'alongside' or 'together with' whom it is done."""
        key = ("subjects", verb.i, True)
        if key not in self._read:
            self._read[key] = self._doers(verb)
        return list(self._read[key])

    def _doers(self, verb: Any) -> list[Mention]:
        if self.implied is not None and verb.i == self.implied[0]:
            return [self.implied[1]]
        found = self._subjects(verb)
        if not found or _participle(verb):
            return found
        holders = [verb] + [c for c in verb.children if _participle(c)]
        for child in (c for h in holders for c in h.children):
            if accompanying(child):
                found += [m for obj in child.children if obj.dep_ == "pobj"
                          for m in self.actors(obj, owner=False)]
        return found

    def _subjects(self, verb: Any) -> list[Mention]:
        clause = Clause.of(verb)
        if clause.agent is not None:  # 'adopted by the House and by the Senate': both
            more = [o for by in clause.agent.head.children if by.dep_ == "conj"
                    and by.lower_ == "by" for o in by.children if o.dep_ == "pobj"]
            return [m for a in [clause.agent, *more] for m in self.actors(a, owner=False)]
        if clause.subject is not None and clause.passive:
            return []
        if clause.passive and verb.dep_ == "conj" and not Clause.of(verb.head).passive:
            return []  # 'X fled and was arrested in Y': X is arrested, not arresting
        if clause.subject is not None:
            if clause.subject.lower_ in WH_WORDS and verb.dep_ == "relcl":
                head = person_antecedent(verb, clause.subject)
                found = self.actors(head, owner=False) or self.as_holder(head)
                if head.dep_ == "conj" and head.i in self.at:  # 'A and B, who
                    found = [self.at[head.i]]  # founded X': B, the name it follows
                later = [c.i for c in head.conjuncts if c.i > verb.i]
                if later:  # 'A, which exposed it, or B': the clause is A's alone
                    found = [m for m in found if not any(m.start <= i < m.end for i in later)]
                predicate = head.head if head.dep_ == "appos" \
                    and head.head.dep_ == "attr" else head  # ('X was a civil
                # servant, diplomat and politician who ...': the parser makes the last of
                # the listed nouns an apposition of the first)
                if not found and predicate.dep_ == "attr":  # 'X is a politician who ...'
                    found = self.subjects(predicate.head)
                user = _instrument_user(verb.head)
                if not found and user is not None:  # 'X relies on fake websites that
                    found = self.subjects(user)  # mimic Y': X does it through them
                return found
            if clause.subject.lower_ in AIM_NOUNS and verb.lower_ in LINKING_VERBS:
                return self._holder_of(clause.subject)  # "X's aim is to discredit Y"
            return self.possessed_body(clause.subject) or self.actors(clause.subject,
                                                                       owner=False) \
                or self._unit_body(clause.subject) or self._content_source(clause.subject)
        if _participle(verb):
            return []  # 'the inquiry, led by X' / 'the diplomat expelled in May': a patient
        before = self.at.get(verb.i - 1) if verb.i > 0 and verb.tag_ == "VBG" else None
        if verb.dep_ == "acl" and before is not None and before.end == verb.i \
                and verb.head.i < before.start:  # 'an opponent of Ukraine joining the EU':
            return [before]  # the parser hangs the gerund on the noun before the name
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            found = self.actors(verb.head, owner=False) if verb.head.lower_ not in PARTITIVES \
                else []  # 'components, some involving X and others targeting Y': the parser
            # may join 'others' to X, which does none of it
            if verb.head.pos_ == "NOUN" and verb.head.i not in self.at:
                siblings = {c.i for c in verb.head.conjuncts}  # 'the war between Russia and
                found = [m for m in found if not any(  # Ukraine and refusal to back the
                    m.start <= i < m.end for i in siblings)]  # Ukrainians': not Russia's
            if not found and verb.tag_ == "VBG":  # 'X is a politician representing Y'
                found = self._described_subject(verb.head)
            if found or not _planned(verb):
                return found
            return self._holder_of(verb.head) or self._planner(verb.head)
        if verb.dep_ == "conj" and lemma(verb.text) in SPEECH_ACTS and verb.head.dep_ == "ccomp" \
                and lemma(verb.head.head.text) in SAYING and not self.subjects(verb.head):
            return self.subjects(verb.head.head)  # 'X said the move came late and accused Y'
        if stolen_subject(verb) is not None:
            return []  # 'X announced Y had been charged': who charged Y is not said
        misparsed = verb.dep_ == "ccomp" and not any(c.dep_ == "mark" for c in verb.children)
        if verb.dep_ == "pcomp" and (verb.head.lower_ == "including" or such_as(verb.head)) \
                and lemma(verb.head.head.text) in ASCRIBING_VERBS:
            return []  # 'attributed incidents to the FSB, such as targeting MPs': an example
            # of the incidents, done by whoever did them, not the subject who attributes
            # ('Russia employed tactics including hacking X' is Russia's doing)
        if _measure_purpose(verb):
            return []  # 'An Act to establish X' (the parser hangs it on the main verb)
        if verb.dep_ == "pcomp" and verb.head.head.pos_ == "ADJ" \
                and verb.head.head.dep_ == "amod":  # 'the unit of X responsible for
            noun = verb.head.head.head  # poisoning Y': the noun described does it
            return self.actors(noun, owner=False) or self._unit_body(noun)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for" \
                and verb.head.head.lower_ in KNOWN_FOR:
            return self._known_for(verb.head.head)
        if verb.dep_ == "acomp" and verb.pos_ == "ADJ" and verb.head.i != verb.i:
            return self.subjects(verb.head)  # 'X and Y were able to stop it': the one able
        witnessed = _witnessed(verb)
        if witnessed is not None:
            return self.actors(witnessed, owner=False)
        if (verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") or misparsed) \
                and verb.head.i != verb.i:
            parent = verb.head if verb.dep_ != "pcomp" else \
                _verb_before(verb.head) or _governing_verb(verb)
            campaign = _purposed_campaign(verb, parent)
            if campaign is not None:  # 'uncovered a Doppelganger campaign to target X': the
                return self.actors(campaign, owner=False)  # campaign targets, not the finder
            if parent is not None and _infinitive(verb) and _object_control(parent):
                return [m for o in _controllers(parent) for m in self.actors(o, owner=False)]
            bidden = Clause.of(parent) if parent is not None and _infinitive(verb) \
                and lemma(parent.lower_) in OBJECT_CONTROL else None
            if bidden is not None and bidden.passive and bidden.subject is not None \
                    and bidden.subject.lower_ not in WH_WORDS:  # 'X was tasked by Y to
                return self.actors(bidden.subject, owner=False)  # gather ...': X gathers
            if parent is not None and parent.i != verb.i:
                charged = charged_with(verb, parent)
                if charged is not None:
                    return self.actors(charged, owner=False)
                raised = Clause.of(parent)
                if verb.dep_ == "xcomp" and raised.passive and raised.subject is not None \
                        and raised.agent is None:
                    return self.actors(raised.subject, owner=False)  # 'X is expected to hear'
                if verb.dep_ == "pcomp" and raised.passive and raised.subject is not None \
                        and (raised.agent is None and lemma(parent.text) in INVOLVING_VERBS
                             or is_stop_form(parent.lower_, CHARGING_VERBS)):  # (the accuser
                    # 'by Y' does not finance)
                    if raised.subject.lower_ in WH_WORDS and parent.dep_ == "relcl":
                        return self.actors(parent.head, owner=False)  # 'X, who was accused
                        # of financing Y'
                    return self.actors(raised.subject, owner=False)  # 'X was involved in
                    # doing', 'X was accused of financing Y'
                swallowed = swallowed_subject(verb)
                if swallowed is not None:
                    return self.named_within(swallowed)
                patient = passive_patient_of_conjunct(verb)
                if patient is not None:
                    return self.actors(patient, owner=False)
                if _infinitive(verb) and _set_up_for(parent):  # 'a commission set up in
                    return self._body_made(parent.head)  # 2002 to investigate X'
                return self.subjects(parent)
        return self._aged_subject(verb)

    def _known_for(self, known: Any) -> list[Mention]:
        """'X, the banker known for running Y', 'X is known for founding Y': the one
        known for a deed did it."""
        clause = Clause.of(known)
        if clause.subject is not None:
            return self.actors(clause.subject, owner=False)
        noun = known.head
        if known.dep_ not in ("acl", "amod") or noun.pos_ not in ("NOUN", "PROPN"):
            return []
        deed = range(known.left_edge.i, known.right_edge.i + 1)  # (not what the deed names,
        # which 'the group known as X' would read as the noun's name)
        own = [m for m in self.actors(noun, owner=False) if m.start not in deed]
        return own or ([m for m in self.actors(noun.head, owner=False) if m.start not in deed]
                       if noun.dep_ == "appos" else [])

    def _aged_subject(self, verb: Any) -> list[Mention]:
        """'According to court documents, X, 50, of Coconut Creek, Florida, conspired with
        Y': a defendant described by age and home town right before the verb, whom the
        parser lost among the commas, is its subject."""
        doc, i = verb.doc, verb.i - 1
        if i < 0 or doc[i].text != "," or Clause.of(verb).passive:
            return []
        aged = False
        while i > verb.sent.start and i not in self.at:
            token = doc[i]
            if not (token.text == "," or token.lower_ == "of" or token.like_num
                    or token.pos_ == "PROPN" and token.is_title):
                return []
            aged = aged or token.like_num
            i -= 1
        person = self.at.get(i)
        return [person] if aged and person is not None and person.type == "Person" else []

    def _participle_patient(self, verb: Any) -> list[Mention]:
        """'the inquiry, chaired by X': the noun the participle hangs on; a participle that
        opens the sentence ('Introduced by X, the bill was adopted') describes the main
        clause's subject; when the parser hung it on the verb ('testified before the
        inquiry, chaired by X'), the actor just before the comma."""
        if verb.dep_ == "acl":
            found = self.actors(verb.head, owner=False)
            if found or verb.head.dep_ != "attr" or verb.head.lower_ not in \
                    PREDICATE_PERSONS | PREDICATE_BODIES and verb.head.ent_type_ != "NORP":
                return found  # 'X is a campaign established by Y', 'X is a Singaporean
                # convicted by Y'
            copula = verb.head.head
            if any(c.dep_ == "neg" for c in copula.children):
                return []  # 'X is not a group financed by Y'
            subject = Clause.of(copula).subject  # 'X was the first woman elected to'
            return self.actors(subject, owner=False) if subject is not None else []
        if verb.i < verb.head.i:  # 'Tabled by X in May, the bill passed': the main subject
            subject = Clause.of(verb.head).subject
            return self.actors(subject, owner=False) if subject is not None else []
        if verb.i >= 2 and verb.nbor(-1).text == "," and verb.i - 2 in self.at:
            return [self.at[verb.i - 2]]
        return []

    def _body_made(self, noun: Any) -> list[Mention]:
        """The body a participle made: the noun, or what the noun describes ('X was a
        commission set up to ...')."""
        described = self.subjects(noun.head) if noun.dep_ == "attr" else []
        return described or self.actors(noun, owner=False)

    def _ruled(self, noun: Any) -> list[Mention]:
        """"Russia's leadership", 'the CCP leadership', 'the authorities in Hong Kong', 'the
        political leadership of the PRC': those who rule a state, party or government act
        as it (a person's 'leadership' or a body's 'authorities' in a city are not it)."""
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")
                  and c.i < noun.i]
        owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                   for o in p.children if o.dep_ == "pobj"]
        found = [self.at[o.i] for o in owners if o.i in self.at]
        return [m for m in found if m.type in RULED_TYPES][:1]

    def _holder_of(self, noun: Any) -> list[Mention]:
        """'the Council's decision to impose', 'the decision of (by) the Council to impose':
        a plan's own holder, named on the noun, is its doer before whoever welcomes it."""
        found: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "poss":
                found += self.actors(child, owner=False)
            elif child.dep_ == "prep" and child.lower_ in ("of", "by") and child.i < noun.i + 3:
                found += [m for o in child.children if o.dep_ == "pobj"
                          for m in self.actors(o, owner=False)]
        return found

    def _planner(self, noun: Any) -> list[Mention]:
        """'X was involved in a plan to target Y', 'X reviewed intelligence showing that':
        the one behind a plan, campaign or document is the subject of the verb it hangs on.
        Not a law's or a motion's purpose ('supported the motion to establish X', 'An Act
        to establish X'): the law would do it, not who backs or names it."""
        if noun.lower_ in MEASURE_NOUNS:
            return []
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lower_ in AMOUNT_NOUNS:
            noun = noun.head.head  # 'has a high level of intent to interfere': the level's
        if noun.dep_ == "dobj":  # holder holds the intent
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            verb = noun.head.head
        else:
            return []
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        if noun.dep_ == "pobj" and noun.head.lower_ in REASON_PREPS \
                and lemma(verb.text) in REASON_VERBS:  # 'OFAC designated X for efforts to
            patient = reason_patient(verb)  # interfere': X made the efforts, not OFAC
            return self.actors(patient, owner=False) if patient is not None else []
        for child in verb.children:
            if child.dep_ == "agent":
                child = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if child is not None and child.lower_ not in WH_WORDS:
                return self.actors(child, owner=False)
        return []

    def as_holder(self, noun: Any) -> list[Mention]:
        """'As a Member who was sanctioned by China, this concerns me', 'As someone who met
        X, I ...': the person a fronted 'as' phrase describes, the clause's subject when it
        names a person, else the speaker's 'I' or 'me' in the sentence."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep" \
                or prep.i > noun.i or prep.head.pos_ not in ("VERB", "AUX") \
                or noun.lower_ not in AS_HOLDER_NOUNS:
            return []
        subject = Clause.of(prep.head).subject
        people = [m for m in self.actors(subject, owner=False) if m.type == "Person"] \
            if subject is not None else []
        if people:
            return people
        first = [self.pronoun(t) for t in self.sent if t.lower_ in ("i", "me")]
        return [m for m in first if m is not None and m.type == "Person"][:1]

    def _described_subject(self, noun: Any) -> list[Mention]:
        """'RT is a channel that was sanctioned by X': the predicate noun a relative clause
        hangs on stands for the copula's subject; 'Jane Roe, a lawyer representing X': an
        apposition's noun for the name it describes."""
        if noun.dep_ == "appos" and noun.head.i in self.at:
            return [self.at[noun.head.i]]
        if noun.dep_ != "attr":
            return []
        subject = Clause.of(noun.head).subject
        return self.actors(subject, owner=False) if subject is not None else []

    def objects(self, verb: Any, preps: set[str], direct: bool = True) -> list[Mention]:
        """Who undergoes `verb`: direct object, or objects of the given prepositions."""
        clause = Clause.of(verb)
        found: list[Mention] = []
        if _participle(verb):
            found += self._participle_patient(verb)
        elif verb.dep_ == "conj" and verb.tag_ == "VBN" and _participle(verb.head) \
                and not any(c.dep_ in SUBJECTS for c in verb.children):
            found += self._participle_patient(verb.head)  # 'led by X and amplified by Y'
        if clause.passive and clause.subject is None and verb.dep_ == "conj":
            shared = Clause.of(verb.head).subject  # 'It is composed of ... and is chaired by X'
            if shared is not None:
                found += self.actors(shared, owner=False)
        if clause.passive and clause.subject is not None:
            if clause.subject.lower_ in WH_WORDS and verb.dep_ == "relcl":
                head = person_antecedent(verb, clause.subject)
                found += self.actors(head, owner=False) or self.as_holder(head) \
                    or self._described_subject(head)
            else:  # 'Dong's nomination was assisted by X': the nominee is helped
                found += self.actors(clause.subject,
                                     owner=clause.subject.lower_ in CANDIDACY_NOUNS)
        for child in verb.children:
            if direct and child.dep_ in ("dobj", "dative", "attr") and child.pos_ != "ADP":
                found += self.actors(child)
            elif child.dep_ in ("prep", "dative") and child.lower_ in preps \
                    or child.dep_ == "conj" and child.pos_ == "ADP" and child.lower_ in preps:
                found += [m for prep in _repeated_preposition(child)
                          for obj in prep.children if obj.dep_ == "pobj"
                          for m in self.actors(obj)]
            elif direct and child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ == "dobj" for c in verb.children):
                found += self.actors(child)  # 'designating a unit of X, and an affiliate
                # of Y': the parser joins the second object to the verb
            elif direct:  # 'to destabilise the EU and its neighbourhood, in particular
                found += [m for obj in in_particular(child) for m in self.actors(obj)]
                # Moldova': the example is undergone too
        if direct and not found and not clause.passive:
            found += self._shared_object(verb) or self._relative_gap(verb, clause)
        return found

    def _relative_gap(self, verb: Any, clause: Clause) -> list[Mention]:
        """'two companies he controls, X and Y', 'the network that Russia runs': a relative
        clause with a subject of its own and no object is about its noun, which it leaves
        out; that noun (with the names listed with it) is the object."""
        if verb.dep_ != "relcl" or clause.subject is None or clause.subject.lower_ in WH_WORDS \
                or verb.head.pos_ not in ("NOUN", "PROPN") \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr")
                       and c.lower_ not in WH_WORDS for c in verb.children) \
                or any(c.dep_ == "prep" and not any(o.dep_ == "pobj" for o in c.children)
                       for c in verb.children) \
                or any(c.lower_ in ("where", "when", "why", "how") for c in verb.children):
            return []  # ('the firm he worked for', 'the base where she worked': no object)
        nouns = [verb.head] + [c for c in verb.head.children if c.dep_ == "appos"]
        return [m for noun in nouns for m in self.actors(noun, owner=False)]

    def _shared_object(self, verb: Any) -> list[Mention]:
        """'financing and coordinating Storm-1516': a verb with no object of its own
        shares the object of the verb coordinated right after it."""
        if any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in verb.children):
            return []
        nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if nxt is None or nxt.i > verb.i + 3 or Clause.of(nxt).subject is not None:
            return []
        return [m for c in nxt.children if c.dep_ == "dobj" for m in self.actors(c)]


def _repeated_preposition(prep: Any) -> list[Any]:
    """'worked for X and also for Y': the repeated preposition is a conjunct of the first
    (or, as the parser often has it, of the verb, which the caller reads itself)."""
    return [prep] + [c for c in prep.children
                     if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_]


def person_antecedent(verb: Any, pronoun: Any) -> Any:
    """'an officer of the Harbour Service who was arrested by X': 'who' stands for a
    person; the parser may hang it on the body named last, so it climbs to the person
    noun that body belongs to."""
    head = verb.head
    if pronoun.lower_ not in ("who", "whom") or head.dep_ != "pobj" or head.ent_type_ == "PERSON":
        return head
    owner = head.head.head
    return owner if head.head.lower_ == "of" and owner.lower_ in lexicon.PERSON_ROLE_NOUNS \
        else head


KNOWN_FOR = {"known", "famous", "noted", "notorious", "renowned", "remembered"}
"""Participles whose 'for' + gerund tells a deed of the one described."""
AS_HOLDER_NOUNS = set(lexicon.PERSON_ROLE_NOUNS) | {"someone", "one", "person", "parliamentarian",
                                                     "parliamentarians"}
"""Nouns of 'as a ... who' that stand for the person the clause is about."""
PREDICATE_PERSONS = AS_HOLDER_NOUNS | {"woman", "man"}
"""Predicate nouns a participle may describe for the subject ('the first woman elected')."""
PREDICATE_BODIES = {"campaign", "operation", "network", "group", "organisation", "organization",
                    "company", "firm", "outlet", "website", "agency", "party", "unit", "front",
                    "platform", "entity"}
"""... and for a body ('X is a campaign established by Y')."""


UNIT_NOUNS = lexicon.words("unit_nouns")
"""A service's parts that act for it unnamed ('a unit of the FSB')."""


@dataclass
class Clause:
    """Subject, agent and voice of one verb."""

    subject: Any
    agent: Any
    passive: bool

    @classmethod
    def of(cls, verb: Any) -> Clause:
        """Read once per token and document: every family asks for the same verbs."""
        cache = verb.doc.user_data.setdefault("figraph_clauses", {})
        found = cache.get(verb.i)
        if found is None:
            found = cache[verb.i] = cls._read(verb)
        return found

    @classmethod
    def _read(cls, verb: Any) -> Clause:
        subject = agent = None
        passive = False
        for child in verb.children:
            if child.dep_ in SUBJECTS and (subject is None or subject.i < child.i < verb.i
                                           and not _object_left(child)):
                subject = child  # of two, the nearer: 'A member of X, Chiu introduced ...'
                passive = passive or child.dep_ == "nsubjpass"
            elif child.dep_ == "auxpass":
                passive = True
            elif child.dep_ == "agent":
                agent = next((g for g in child.children if g.dep_ == "pobj"), None)
        if subject is None and not passive and _passive_conjunct(verb):
            shared = cls.of(verb.head)  # 'X was arrested and detained by Y'; 'X was arrested
            subject, passive = shared.subject, True  # by the FBI and charged': one agent too
            agent = agent if agent is not None else shared.agent
        if subject is None and passive and verb.dep_ == "conj":
            subject = _reported_object(verb)
        if passive and agent is None:
            agent = _agent_on_predicate(verb) or _purpose_agent(verb)
        return cls(subject, agent, passive)


def _agent_on_predicate(verb: Any) -> Any | None:
    """'X was appointed ambassador to Y by Z': the parser may hang 'by Z' on the predicate
    noun; a name there is the passive's agent."""
    for noun in (c for c in verb.children if c.dep_ in ("oprd", "attr")):
        for prep in (p for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"):
            named = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"),
                         None)
            if named is not None:
                return named
    return None


def _object_left(noun: Any) -> bool:
    """'the unit responsible for poisoning Mr. X was responsible for ...': a second subject
    right after a verb that has no object is that verb's object, which the parser lost."""
    i = noun.left_edge.i - 1
    before = noun.doc[i] if i >= 0 else None
    return before is not None and before.pos_ == "VERB" and before.tag_ == "VBG" \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in before.children)


def _reported_object(verb: Any) -> Any | None:
    """'The AFP will allege the woman, who is ..., was tasked by Y': the parser makes the
    reported subject the object of 'allege' and the passive verb a conjunct of it; the
    object is the passive verb's subject."""
    head = verb.head
    if lemma(head.text) not in REPORTING_LEMMAS:
        return None
    reported = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if reported is None or any(t.dep_ == "cc" for t in verb.doc[reported.right_edge.i + 1:verb.i]):
        return None  # 'X reported the incident and was praised': X was
    return reported

REPORTING_LEMMAS = lexicon.REPORTING_VERBS | {"allege", "claim", "believe"}
OBJECT_CONTROL = lexicon.words("calling_on_verbs") | lexicon.words("pressing_verbs") | {
    "order", "invite", "instruct", "direct", "require", "allow", "authorise", "authorize",
    "tell", "persuade", "force", "compel", "task", "recruit", "hire", "pay"}
"""'calls on X to raise', 'urged X to meet', 'ordered X to leave': X does what follows."""


CONTENT_NOUNS = lexicon.words("content_nouns")
SPREADING_PARTICIPLES = lexicon.words("spreading_participles")


def _spread_by(noun: Any) -> Any | None:
    """'Stories pushed by the network': who put the content out (the agent's noun)."""
    if noun.lower_ not in CONTENT_NOUNS:
        return None
    for participle in noun.children:
        if participle.dep_ == "acl" and participle.lower_ in SPREADING_PARTICIPLES:
            return next((o for by in participle.children if by.dep_ == "agent"
                         for o in by.children if o.dep_ == "pobj"), None)
    return None


def _object_control(verb: Any) -> bool:
    return lemma(verb.lower_) in OBJECT_CONTROL and any(
        c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for c in verb.children)


INSTRUMENT_VERBS = lexicon.words("instrument_verbs")


def _instrument_user(noun: Any) -> Any | None:
    """The verb whose subject uses `noun` as a means ('relies on websites', 'ran accounts',
    'used bots'), or None."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" \
        else None
    if verb is None or verb.pos_ != "VERB" or lemma(verb.text) not in INSTRUMENT_VERBS:
        return None
    return verb


CAUCUS_NOUNS = {"caucus", "faction", "delegation"}
"""A party's members in a house acting together: what the caucus does, the party does."""


def in_particular(prep: Any) -> list[Any]:
    """The objects of an 'in particular' hung on a verb: 'to destabilise the EU and its
    neighbourhood, in particular Moldova' (the parser makes 'in' the verb's and
    'particular' an adjective of the name)."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    return [x for o in prep.children if o.dep_ == "pobj"
            and any(c.lower_ == "particular" for c in o.children) for x in (o, *o.conjuncts)]


def such_as(prep: Any) -> bool:
    """Whether `prep` is the 'as' of 'such as' (the parser hangs 'such' anywhere)."""
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


def _such_as(head: Any, prep: Any) -> bool:
    """'newspapers such as Le Monde': the examples of a plural are among its referents."""
    return head.tag_ in ("NNS", "NNPS") and such_as(prep)


def _purposed_campaign(verb: Any, parent: Any) -> Any | None:
    """The campaign an infinitive states the purpose of, when the parser hung the
    infinitive on the verb whose object the campaign is ('uncovered a campaign to target')."""
    if parent is None or verb.dep_ != "advcl" or not _infinitive(verb):
        return None
    return next((c for c in parent.children if c.dep_ == "dobj" and c.i < verb.i
                 and c.lower_ in OPERATION_NOUNS), None)


def _set_up_for(participle: Any) -> bool:
    """'a commission set up to investigate', 'a task force created to counter': a body made
    for a purpose does it (not whoever made it, who is the participle's agent)."""
    return participle.tag_ in ("VBN", "VBD") and participle.dep_ == "acl" \
        and participle.lower_ in CREATING_PARTICIPLES and participle.head.pos_ in ("NOUN", "PROPN")


def _infinitive(verb: Any) -> bool:
    """'to raise', whether the parser made it a complement or a purpose clause."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                   for c in verb.children)


def _controllers(verb: Any) -> list[Any]:
    """The object of 'urge X', or of 'call on X'."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
        for o in p.children if o.dep_ == "pobj"]


def _passive_conjunct(verb: Any) -> bool:
    """A bare participle joined to a passive verb shares its subject and voice: in 'X was
    arrested and detained by Y' X is the one detained (not the doer of 'detained')."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.i == verb.i:
        return False
    head = Clause.of(verb.head)
    return head.passive and head.subject is not None


def _purpose_agent(verb: Any) -> Any | None:
    """'were detained for questioning by the police': the parser hangs 'by' on the
    gerund of the purpose; its object is the passive verb's agent. So with the noun of an
    'as' ('was put forward as a common motion by the Greens and Renew')."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "as"):
            for word in prep.children:
                if prep.lower_ == "for" and (word.dep_ != "pcomp" or word.tag_ != "VBG") \
                        or prep.lower_ == "as" and word.dep_ != "pobj":
                    continue
                by = next((c for c in word.children if c.lower_ == "by"
                           and c.dep_ in ("prep", "agent")), None)
                if by is not None:
                    return next((g for g in by.children if g.dep_ == "pobj"), None)
    return None


PLAN_DOCUMENTS = {"intelligence", "evidence", "information", "documents", "report",
                  "reports", "assessment", "memo", "briefing", "records", "indictment",
                  "indictments", "complaint", "complaints"}
"""Papers whose '-ing' clause is their holder's act ('a grand jury returned an indictment
charging X': the jury charges X)."""


MEASURE_NOUNS = lexicon.words("measure_nouns")


def _measure_purpose(verb: Any) -> bool:
    """'An Act to establish X', 'Bill C-70, An Act respecting ...': the infinitive right
    after a law's title noun is its purpose, whatever the parser hangs it on ('used the
    law to target Y' is the user's doing: only a capitalised title is read)."""
    to = verb.i - 1
    return to > 0 and verb.doc[to].lower_ == "to" and verb.doc[to].dep_ == "aux" \
        and verb.doc[to - 1].lower_ in MEASURE_NOUNS and verb.doc[to - 1].text[:1].isupper()


AMOUNT_NOUNS = {"level", "degree", "deal", "amount", "measure"}
"""'a high level of intent', 'a great deal of effort': how much of the plan one holds."""


def _planned(verb: Any) -> bool:
    """'a plan to target Y' (an infinitive) or 'intelligence showing that' (a document):
    clauses whose doer is whoever holds the plan or the document."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.dep_ == "acl"
    return verb.tag_ == "VBG" and verb.head.lower_ in PLAN_DOCUMENTS


WITNESSING_VERBS = lexicon.words("witnessing_verbs")


def _witnessed(verb: Any) -> Any | None:
    """'AP quoted Ed Davey calling Gill a traitor': the object of a verb of quoting or
    seeing, right before the participle, is who calls him that."""
    parent = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "ccomp") \
            or parent.i == verb.i or lemma(parent.lower_) not in WITNESSING_VERBS:
        return None
    return next((c for c in parent.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _participle(verb: Any) -> bool:
    """A past participle without a subject of its own: a reduced passive ('X, led by Y')."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl"):
        return False
    if verb.dep_ == "advcl" and not any(c.dep_ == "agent" for c in verb.children):
        return False
    return not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)


def _open_pair(keys: set[str | None], linked: set[frozenset[str]]) -> bool:
    """Two distinct keys (None: an actor never linked) whose pair is not in `linked`."""
    usable = sorted(k for k in keys if k is not None)
    return any(frozenset((a, b)) not in linked
               for n, a in enumerate(usable) for b in usable[n + 1:])


ROLE_HOLDER_NOUNS = lexicon.TITLE_WORDS | lexicon.PERSON_ROLE_NOUNS
"""Nouns of a role one person holds: the name set off after their phrase is theirs."""


ORIGIN_PREPS = {"from", "at"}


def of_the_object(prep: Any) -> bool:
    """'met a diplomat from the Chinese consulate': the parser hangs the phrase on the
    verb, but it says whom the role noun right before it belongs to, not what the verb
    reaches (the consulate was not met)."""
    verb, before = prep.head, prep.doc[prep.i - 1] if prep.i > 0 else None
    return prep.lower_ in ORIGIN_PREPS and before is not None and before.head.i == verb.i \
        and before.dep_ == "dobj" and before.lower_ in lexicon.PERSON_ROLE_NOUNS


def misattached_title(name: Any) -> Any | None:
    """'summoned the Ambassador of China to Canada, Cong Peiwu': the parser hangs the name on
    the last noun ('Canada'); the title noun before that phrase is what it names."""
    if name.dep_ != "appos" or name.head.dep_ != "pobj" or name.head.head.dep_ != "prep":
        return None
    holder = name.head.head.head  # the word the 'to Canada' phrase hangs on
    titles = [holder] + [c for c in holder.children if c.dep_ in ("dobj", "nsubj", "attr")]
    found = [t for t in titles if t.i < name.head.i and t.pos_ in ("NOUN", "PROPN")
             and t.lower_ in ROLE_HOLDER_NOUNS and not any(c.dep_ == "appos" for c in t.children)]
    return found[-1] if found else None


def _verb_before(prep: Any) -> Any | None:
    """'the IRA operation began to focus · on supporting X, the Russian government
    employed ...': a preposition right after a verb, hung by the parser on a verb further
    on, is the one before's ('focus on'): the gerund's subject is that verb's."""
    i = prep.i - 1
    while i > 0 and prep.doc[i].is_punct:
        i -= 1
    before = prep.doc[i]
    if prep.head.i <= prep.i or before.pos_ != "VERB" or before.i == prep.head.i \
            or any(c.dep_ == "dobj" for c in before.children):
        return None
    return before


def _governing_verb(token: Any) -> Any | None:
    """Nearest verb above `token` ("including by sending" -> "assisting")."""
    node = token.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.i != token.i and node.dep_ != "prep":
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def ancestors_within(token: Any, limit: int = 12) -> list[Any]:
    """Heads above `token`, nearest first, at most `limit` (guards odd parses)."""
    out = []
    node = token
    for _ in range(limit):
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def _coordinated_before(token: Any, at: dict[int, Mention]) -> list[Any]:
    """'Strache and Freedom Party member Johann Gudenus had been offered ...': the parser
    hangs the first person, and the 'and', on the second's title; both are the phrase's
    people."""
    if token.i not in at or not token.n_lefts or at[token.i].type != "Person":
        return []
    found, stack = [], [token]
    while stack:  # down the words compounded before the name ('Freedom Party member')
        for child in stack.pop().lefts:
            if child.dep_ == "compound":
                stack.append(child)
            elif child.dep_ == "nmod" and child.i in at and at[child.i].type == "Person" \
                    and at[child.i].key != at[token.i].key \
                    and any(c.dep_ == "cc" and c.lower_ == "and" for c in child.children):
                found.append(child)
    return found


def _among_them(token: Any) -> list[Any]:
    """'expelled six diplomats, among them X': the parser hangs 'among them' and X on the
    verb, not on the noun they pick from; X is one of the noun's referents."""
    if token.dep_ not in ("dobj", "nsubjpass", "nsubj") or token.tag_ not in ("NNS", "NNPS"):
        return []
    def among(node: Any) -> bool:
        return any(p.dep_ == "prep" and p.lower_ == "among" and p.i > token.i
                   and any(o.lower_ in ("them", "whom") for o in p.children)
                   for p in node.children)

    on_verb = among(token.head)
    return [c for c in token.head.children if c.i > token.i and c.pos_ == "PROPN"
            and c.dep_ in ("npadvmod", "appos", "dobj", "attr", "nsubj")
            and (on_verb or among(c))]


SEMICOLON_ITEM_WORDS = 8
"""How far a semicolon list's item may run past its name ('Low, aka X, of Malaysia;')."""


SEVERAL_NOUNS = {"trio", "pair", "duo", "couple", "quartet"}


def _several(token: Any) -> bool:
    """A noun that stands for several people: a plural, or 'the trio', 'the pair'."""
    return token.tag_ in ("NNS", "NNPS") or token.lower_ in SEVERAL_NOUNS


def _semicolon_list(token: Any, at: dict[int, Mention]) -> list[Any]:
    """'conspired with A, of Malaysia; B; C; and others': the items of a list a semicolon
    separates (because one of them holds a comma) continue the object's list. Read on the
    surface: the parser hangs the items anywhere. Only names of the object's type."""
    first = at.get(token.i)
    if first is None or token.dep_ not in ("pobj", "dobj") or ";" not in text_of(token.doc):
        return []
    doc, items, i = token.doc, [], first.end
    end = min(len(doc), token.sent.end)
    while i < end:
        stop = next((j for j in range(i, min(end, i + SEMICOLON_ITEM_WORDS))
                     if doc[j].text in (";", ".")), None)
        if stop is None or doc[stop].text != ";":
            break
        i = stop + 1 + (stop + 1 < end and doc[stop + 1].lower_ == "and")
        item = at.get(i)
        if item is None or item.start != i or item.type != first.type:
            break
        items.append(doc[item.end - 1])
        i = item.end
    return items


PARTNERS = {"partners", "partner", "counterparts", "counterpart", "colleagues"}
SOMEONE_ELSES = set(lexicon.PERSON_ROLE_NOUNS) | set(lexicon.table("clause_partner_nouns")) \
    | KIN_NOUNS | lexicon.words("aide_nouns") | lexicon.words("offshoot_nouns") \
    | lexicon.words("lead_person_nouns") | lexicon.words("joined_party_nouns") \
    | lexicon.words("placed_business_nouns")
"""People and bodies named through another ('X's lawyer', "Y's wife", 'a subordinate
organization of the IRGC', 'a U.S. entertainer', 'a U.S. company'): a phrase naming one of
them names that one, not the owner (what is done to X's lawyer, or to an affiliate of Y, is
not done to X or Y; convicting a U.S. entertainer convicts no state, working for a U.S.
company works for none)."""
"""'our partners at CSIS' are CSIS (but 'our partners' alone are not the speaker's body)."""

PEOPLE_NOUNS = {"nationals", "men", "women", "people", "individuals", "suspects", "persons",
                "citizens", "residents"}


def _listed_people(view: SentenceView, noun: Any) -> list[Mention]:
    """'three nationals living in Edmonton, A, B and C': the parser often coordinates the
    listed names with the place before them; people are not coordinated with a place."""
    for token in noun.subtree:
        head = view.at.get(token.head.i)
        if token.dep_ == "conj" and token.i in view.at and view.at[token.i].type == "Person" \
                and token.head.i != noun.i and (head is None or head.type != "Person"):
            return [view.at[c.i] for c in (token, *token.conjuncts)
                    if c.i in view.at and view.at[c.i].type == "Person"]
    return []


TOGETHER = lexicon.words("clause_together")


def accompanying(prep: Any) -> bool:
    """'alongside X', 'together with X', 'along with X': what is done, X does with the doer."""
    return prep.dep_ == "prep" and (prep.lower_ == "alongside" or prep.lower_ == "with"
                                    and prep.i > 0 and prep.nbor(-1).lower_ in TOGETHER)


def swallowed_subject(verb: Any) -> tuple[int, int] | None:
    """The tokens of a coordinated verb's own subject that the parser joined to the first
    verb's object instead: in 'X became clerks and her friend, Y, was an officer', 'her
    friend' hangs on 'clerks' (and 'Y' on either), and 'was' has no subject of its own. A
    noun phrase that opens with its own determiner or owner and runs up to the second verb,
    with at most a name set off by commas after it, is that verb's subject, not a second
    thing the first subject became."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    for noun in head.children:
        if noun.dep_ not in ("attr", "dobj", "oprd"):
            continue
        for other in noun.conjuncts:
            if not head.i < other.i < verb.i or other.pos_ not in ("NOUN", "PROPN") \
                    or not any(c.dep_ in ("det", "poss") for c in other.children):
                continue
            between = other.doc[other.right_edge.i + 1:verb.i]
            if all(t.is_punct or t.pos_ == "PROPN" for t in between):
                return other.i, verb.i
    return None


def passive_patient_of_conjunct(verb: Any) -> Any | None:
    """'X was questioned by the FBI and later met Y' / 'X has been contacted by MI5 and is
    now warning Y': an active verb joined to a passive one is done by the passive's
    subject, not by its agent ('arrested by the RCMP and charged' shares the agent)."""
    if verb.dep_ != "conj" or verb.tag_ == "VBN" or verb.head.i == verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return None
    parent = Clause.of(verb.head)
    return parent.subject if parent.passive and parent.subject is not None else None


CHARGING_VERBS = lexicon.words("proceeding_verbs")


def charged_with(gerund: Any, parent: Any | None = None) -> Any | None:
    """'accused X of working with Y', 'convicted X of acting as ...': the one charged does
    what the gerund says, not the accuser."""
    parent = parent if parent is not None else _governing_verb(gerund)
    if parent is None or gerund.dep_ != "pcomp" or gerund.head.lower_ not in ("of", "with", "for") \
            or not is_stop_form(parent.lower_, CHARGING_VERBS):
        return None
    return next((c for c in parent.children if c.dep_ == "dobj"), None) \
        or stolen_subject(parent)


def stolen_subject(verb: Any) -> Any | None:
    """'X announced three men had been charged': the parser makes the passive clause's
    subject the object of the verb before it; that object, if so."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


BASIS_WORDS = {"according", "pursuant", "accordance"}


def _listed_past_basis(token: Any) -> Any | None:
    """'sanctions on seven people according to the Harbour Sanctions Law, including A, B
    and C', 'on six entities under Executive Order 14024, including D': the
    parser hangs 'including' on the law, which lists no one; the plural before the law is
    what A, B and C are. The 'including' that lists them, if so."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    for prep in token.doc[token.i + 1:token.sent.end]:
        if prep.dep_ != "prep" or prep.lower_ != "including":
            continue
        basis = prep.head.head if prep.head.dep_ == "pobj" else None
        if basis is None or prep.head.i < token.i or not (
                basis.lower_ == "under" or basis.head.lower_ in BASIS_WORDS):
            return None
        return prep
    return None


def _titled_head(view: SentenceView, token: Any) -> Mention | None:
    """'the Internal Security Service (ISS) Director General Jane Roe said ...': the parser
    makes the body the subject and the person who heads it its apposition; the body, its
    acronym and the title run into the name with no comma, and the person is the one who
    acts."""
    body = view.at[token.i]
    for child in token.children:
        person = view.at.get(child.i)
        if child.dep_ != "appos" or person is None or person.type != "Person" \
                or person.start <= body.end:
            continue
        between = token.doc[body.end:person.start]
        if all(t.text in ("(", ")") or t.text[:1].isupper() and t.dep_ in (
                "compound", "appos", "punct", "nmod", "amod") for t in between):
            return person
    return None


ITEM_OPENERS = {"and", "or", "the"}


def listed_items(prep: Any, at: dict[int, Mention]) -> list[Any]:
    """'including former Secretary of Commerce A, Chairman of the X Commission (XC) B, C at
    the Y Institute, and the Z Council': the items between commas and 'and' to the end of
    the sentence, each read as the one person it names (whatever titles and bodies come
    with the name), else as the body it starts with; an item that is neither ('the head
    of the W Bank', an apposition) lists no one. A token of each actor found."""
    doc = prep.doc
    end = prep.sent.end - (1 if doc[prep.sent.end - 1].is_punct else 0)
    found: list[Any] = []
    item: list[Any] = []
    depth = 0
    for token in doc[prep.i + 1:end + 1]:
        depth += (token.text == "(") - (token.text == ")")
        if token.i < end and (depth > 0 or token.text != "," and not _closing_and(token, at)):
            item.append(token)
            continue
        chosen = _item_actor(item, at)
        if chosen is not None:
            found.append(chosen)
        item = []
    return found


def _closing_and(token: Any, at: dict[int, Mention]) -> bool:
    """An 'and' between two items: after a comma or right after a name, not within a name
    ('the Economic and Security Review Commission')."""
    if token.lower_ != "and" or token.i in at:
        return False
    before = token.doc[token.i - 1]
    return before.text == "," or before.i in at and at[before.i].end == token.i


def _item_actor(item: list[Any], at: dict[int, Mention]) -> Any | None:
    people = {at[t.i].key: t for t in item if t.i in at and at[t.i].type == "Person"}
    if len(people) == 1:
        return next(iter(people.values()))
    if people:
        return None
    first = next((t for t in item if t.lower_ not in ITEM_OPENERS), None)
    return first if first is not None and first.i in at else None


def runs_into_name(noun: Any) -> bool:
    """'A, Chairman of the X Commission (XC) B, and C': a title phrase that runs straight
    into a name, with no comma, is that name's title, not the one before it (the parser
    hangs it on A as an apposition)."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    while after < len(doc) and doc[after].text in ("(", ")"):
        after += 1
    for i in range(noun.i + 1, min(after + 1, len(doc))):
        if doc[i].ent_type_ == "PERSON":
            before = doc[i - 1]
            return before.text == ")" or before.ent_type_ == "ORG"  # (not 'Chief of Staff
            # to Governor X': a title's own object)
    return False


def _nearer_plural(head: Any, prep: Any) -> bool:
    """'a campaign ... that targeted dozens of members of Parliament, including Prime
    Minister X': the parser hung 'including' on 'campaign', but a plural noun stands
    between them and is what X is one of (X is no part of the campaign)."""
    return any(t.tag_ in ("NNS", "NNPS") for t in head.doc[head.i + 1:prep.i])


BODY_TYPES = ("Agency", "Committee", "Commission", "Organization", "Media", "Government")


REASON_VERBS = lexicon.words("proceeding_verbs") | lexicon.words("sanctioning_verbs")
REASON_PREPS = ("for", "of", "with")
"""Verbs whose 'for'/'of'/'with' phrase gives what their object did: 'designated X for
efforts to interfere', 'accused X of plotting to'."""


def places_someone(view: SentenceView, verb: Any) -> bool:
    """'appointed X to the Senate', 'sent X to Y': the verb's object is a person, so its
    'to' phrase is where that person goes, no tie of the verb's subject."""
    return any(c.dep_ == "dobj" and c.i in view.at and view.at[c.i].type == "Person"
               for c in verb.children)


def reason_patient(verb: Any) -> Any | None:
    """The one a designation, sanction or charge is about (its 'for'/'of'/'with' phrase
    says what that one did): the passive's subject, else the direct object."""
    clause = Clause.of(verb)
    return clause.subject if clause.passive else next(
        (c for c in verb.children if c.dep_ == "dobj"), None)


def places_of_portfolio(view: SentenceView, title: Any, prep: Any) -> bool:
    """'Director for Korea, Japan and Oceania', 'Minister for Asia': a title 'for' places
    names the desk its holder has, not whom they work for (a diplomat 'for' a country
    represents it: read as employment)."""
    if title.lower_ not in lexicon.TITLE_WORDS or title.lower_ in lexicon.DIPLOMAT_NOUNS:
        return False
    objects = [o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    places = [o for o in objects if o.ent_type_ in ("GPE", "LOC")
              or o.i in view.at and view.at[o.i].type == "State"]
    return bool(places) and not any(o.i in view.at and view.at[o.i].type != "State"
                                    for o in objects)  # ('Korea, Japan and Oceanic Affairs')


def appositive_beside(appositive: Any) -> bool:
    """An appositive follows its noun's own phrase. The parser sometimes hangs a late one
    on the subject across the verb ('The group ran sites tied to X, a firm owned by Y': 'a
    firm' is X, not the group); such a reading is refused."""
    head = appositive.head
    return all(head.is_ancestor(t) for t in appositive.doc[head.i + 1:appositive.left_edge.i])


TOPIC_PREPS = {"on", "about", "regarding", "concerning", "into"}


def topic_between(verb: Any, prep: Any) -> bool:
    """'delivers remarks on schemes in X on behalf of Y': a topic named between the verb
    and 'on behalf of' may be what is done for Y; the parser's choice is no evidence."""
    return any(t.dep_ == "prep" and t.lower_ in TOPIC_PREPS and t.head.pos_ in ("NOUN", "PROPN")
               for t in verb.doc[verb.i + 1:prep.i])
