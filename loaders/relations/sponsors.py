"""Sponsors named in a hyphenated modifier: 'a Russian-financed network', 'Kremlin-backed
outlets', 'a Chinese state-funded group', 'the Beijing-linked association'.

Why a family of its own: reports and encyclopaedias state who pays for or stands behind
an organisation in one compound word, not in a clause ("BIS exposed it as a
Russian-financed network"). The word before the hyphen is the sponsor (a state by its
demonym, or any actor named there); the participle says how (the table
`sponsor_participles` of the lexicon); the organisation is the noun the word modifies, or
the actor that noun describes ('X, a Kremlin-backed outlet', 'X is ...', 'exposed X as ...').
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..mentions.find import Mention
from ..vocabulary import lexicon
from ..vocabulary.gazetteer import Gazetteer
from .agents import holders_of
from .claims import negated
from .found import Builtin, Found, pairs, pobj_actors
from .registry import Sentence, family
from .syntax import SentenceView

__all__ = ["sponsored"]

SPONSOR_PARTICIPLES = lexicon.table("sponsor_participles")
STATE_WORDS = {"state", "government", "regime"}
"""'Chinese state-funded': the demonym before 'state' names the sponsor."""
SPONSORED_TYPES = ("Organization", "Media", "Party", "Agency", "Person")
TOWARD_SPONSOR = {"AFFILIATED_WITH"}
"""Relations read from the sponsored actor to its sponsor ('X is linked to Russia')."""


def sponsored(view: SentenceView, gazetteer: Gazetteer, builtin: Builtin) -> Iterator[Found]:
    if view.words.isdisjoint(SPONSOR_PARTICIPLES) and "pro" not in view.words:
        return
    for token in view.tokens:
        if token.lower_ == "pro":
            yield from _partisan(view, token, gazetteer, builtin)
            continue
        rel_type = SPONSOR_PARTICIPLES.get(token.lower_)
        if rel_type is None or token.i < 2 or token.nbor(-1).text not in ("-", "‑", "–"):
            continue
        sponsor = _sponsor(view, token.nbor(-2), gazetteer, builtin)
        if sponsor is None or sponsor.start <= token.i < sponsor.end:
            continue  # '29 state-sponsored propaganda agents': the group's own words
        sponsored_actors = [a for a in _sponsored(view, token) if a.type in SPONSORED_TYPES]
        yield from _sponsorship(token, rel_type, [sponsor], sponsored_actors)


def _partisan(view: SentenceView, pro: Any, gazetteer: Gazetteer, builtin: Builtin
              ) -> Iterator[Found]:
    """'the pro-Kremlin group Impressum', 'X, a pro-Russian activist': the actor the
    phrase names or describes supports the state (or actor) after 'pro-'."""
    doc = pro.doc
    if pro.i + 2 >= len(doc) or doc[pro.i + 1].text not in ("-", "‑", "–"):
        return
    word = doc[pro.i + 2]
    seat = gazetteer.state_of_metonym(word.text)  # 'pro-Kremlin' (inside a name the model
    side = _sponsor(view, word, gazetteer, builtin) or (  # tagged, no mention of its own)
        builtin(seat, "State") if seat else None)
    if side is None or side.type not in ("State", "Party", "Person", "Government"):
        return
    supporters = [a for a in _sponsored(view, word) if a.type in SPONSORED_TYPES
                  and a.key != side.key]
    yield from pairs(supporters, [side], "SUPPORTED", "sponsor:pro", pro.i)


def _sponsor(view: SentenceView, word: Any, gazetteer: Gazetteer,
             builtin: Builtin) -> Mention | None:
    if word.lower_ in STATE_WORDS and word.i > 0:
        word = word.nbor(-1)  # 'Chinese state-funded'
    named = view.at.get(word.i)
    if named is not None:
        return named if named.type != "Person" or named.kind != "demonym" else None
    state = gazetteer.state_of_demonym_at(word)
    return builtin(state, "State") if state else None


def _sponsored(view: SentenceView, participle: Any) -> list[Mention]:
    """The noun the participle modifies, or whom that noun describes."""
    noun = participle.head
    if noun.i == participle.i or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    after = range(noun.i, noun.right_edge.i + 1)  # the noun and what follows it
    others = {t.i for c in noun.conjuncts for t in c.subtree if t.i not in after}
    own = [a for a in view.actors(noun, owner=False) if not others & set(range(a.start, a.end))]
    # ('the Front and Russian-backed local groups': the Front, listed beside the backed
    # groups, is not backed)
    if not own and noun.dep_ == "compound" and noun.head.i in view.at:
        own = [view.at[noun.head.i]]  # 'Party-aligned businessman Huang Xiangmo'
    return own or holders_of(view, noun)


def participle_sponsors(view: SentenceView) -> Iterator[Found]:
    """'a company based in St. Petersburg and financed by X', 'X, an outlet owned by Y',
    'X was linked to Y': a sponsoring participle said of a noun names the sponsor after
    'by' (or 'to' and 'with' for a tie); the sponsored is the actor the noun is or
    describes, or the passive's subject."""
    for token in view.tokens:
        rel_type = SPONSOR_PARTICIPLES.get(token.lower_)
        if rel_type is None or token.tag_ != "VBN" \
                or token.i > 0 and token.nbor(-1).text in ("-", "‑", "–"):
            continue
        preps = ("to", "with") if rel_type in TOWARD_SPONSOR else ("by",)
        sponsors = [m for c in token.children if c.dep_ in ("agent", "prep")
                    and c.lower_ in preps for m in pobj_actors(view, c)]
        sponsored = [a for a in _participle_holders(view, token) if a.type in SPONSORED_TYPES]
        yield from _sponsorship(token, rel_type, sponsors, sponsored)


def _sponsorship(word: Any, rel_type: str, sponsors: list[Mention], sponsored: list[Mention]
                 ) -> Iterator[Found]:
    """The relation the participle says, read from the sponsored to its sponsor for a tie
    ('X is linked to Russia'), from the sponsor otherwise."""
    rule = f"sponsor:{word.lower_}"
    if rel_type in TOWARD_SPONSOR:
        yield from pairs(sponsored, sponsors, rel_type, rule, word.i)
    else:
        yield from pairs(sponsors, sponsored, rel_type, rule, word.i)


def _participle_holders(view: SentenceView, participle: Any) -> list[Mention]:
    node = participle
    while node.dep_ == "conj" and node.head.i != node.i:  # 'based in A and financed by B'
        node = node.head
    if node.dep_ == "acl":
        noun = node.head
        if noun.dep_ in ("attr", "oprd") and negated(noun.head):
            return []  # 'X is not a group affiliated with Y'
        return view.actors(noun, owner=False) or holders_of(view, noun)
    return [m for c in node.children if c.dep_ == "nsubjpass"  # 'X was linked to Y'
            for m in view.actors(c, owner=False)]


@family("sponsors", 35)
def _sponsors_family(s: Sentence) -> Iterator[Found]:
    yield from sponsored(s.view, s.gazetteer, s.builtin)
    yield from participle_sponsors(s.view)
