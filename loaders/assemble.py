"""Build one document's Extraction: the actors that play a role, and evidenced edges.

Why a filter on actors: a document names many things that play no part
(a city, a weekday, "reporters"). The graph keeps an actor when it is an end
of a relation, or a named person or institution the text is about; everything
else would be noise on the picture and cost precision.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from ..graph.model import ROLES, Actor, Document, Edge, Evidence, Extraction, make_id
from ..graph.model import normalize_name as _normalize_name
from .mentions.find import Mention
from .mentions.mention import entities, sentence_of
from .relations.affiliations import SELF_DESCRIBED_RULE
from .relations.claims import Claim
from .relations.found import Found
from .resolution.coref import ActorInfo, collect_actors
from .vocabulary import lexicon
from .vocabulary.gazetteer import Gazetteer
from .vocabulary.lexicon import NON_ACTOR_NAMES
from .vocabulary.locales import Locale

normalize_name = lru_cache(maxsize=65536)(_normalize_name)

__all__ = ["Assembler"]

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
KEEP_NAMED = ("Person", "Committee", "Commission", "Agency", "Party", "Legislature", "Bill")
STATE_MENTIONS_KEPT = 1
"""Mentions as an actor (not as a place) that keep a State with no relation."""


class Assembler:
    """Collects mentions and relations of one document, chunk by chunk."""

    def __init__(self, document: Document, gazetteer: Gazetteer) -> None:
        self.document = document
        self.gazetteer = gazetteer
        self.mentions: list[Mention] = []
        self.edges: dict[tuple, Edge] = {}
        self.warnings: list[str] = []
        self._builtins: dict[str, Mention] = {}
        self.dates: list[Any] = []
        """The dates that place the document (`offices.document_dates`)."""
        self.locale: Locale | None = None
        """Whose institutions the document's bare nouns name (`locales.detect`)."""

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def add_mentions(self, mentions: list[Mention]) -> None:
        self.mentions += mentions

    def builtin(self, name: str, kind: str) -> Mention:
        """An actor the rules may name without the text naming it (Canada, the target of
        'foreign interference'); from the gazetteer when it knows it."""
        if name not in self._builtins:
            entry = self.gazetteer.get(name)
            canonical = entry.name if entry else name
            self._builtins[name] = Mention(0, 0, canonical, "builtin", canonical, kind,
                                           key=normalize_name(canonical), source="gazetteer",
                                           attrs={"entry": entry} if entry else {})
        return self._builtins[name]

    def add(self, found: Found, claim: Claim | None, doc: Any, offset: int) -> None:
        """One relation with the sentence that states it as evidence."""
        sent = sentence_of(doc[found.anchor])
        start, end = offset + sent.start_char, offset + sent.end_char
        quote = self.document.text[start:end].strip() or sent.text.strip()
        evidence = Evidence(
            document=self.document.id, quote=quote, start=start, end=end,
            document_title=self.document.title, url=self.document.url,
            page=self.document.page_at(start), date=self.document.date, extractor=found.rule)
        claimant = claim.claimant if claim else None
        if claimant is not None:
            self._remember(claimant)
        status = claim.status if claim else "stated"
        hedges = claim.hedges if claim else []
        key = (found.source.key, found.type, found.target.key, claimant.key if claimant else "",
               status)
        edge = self.edges.get(key)
        if edge is None:
            for m in (found.source, found.target):
                self._remember(m)
            edge = self.edges[key] = Edge(
                source=found.source.key, target=found.target.key, type=found.type,
                claimant=claimant.key if claimant else "", status=status, hedges=list(hedges),
                date=self._year(sent))
        edge.add_evidence([evidence])

    def _year(self, sent: Any) -> str:
        """The first date with a year in the sentence (the doc's dates are indexed once)."""
        years = sent.doc.user_data.get("figraph_years")
        if years is None:
            years = sent.doc.user_data["figraph_years"] = _years_by_sentence(sent.doc)
        return years.get(sent.start, "")

    def _remember(self, mention: Mention) -> None:
        """Actors named only by a rule (builtins, claimants, the second state of 'Soviet and
        Iraqi agents') still need an actor record."""
        if (mention.kind == "builtin" or mention.attrs.get("coordinated")) and all(
                m.key != mention.key or mention.attrs.get("forms") and m is not mention
                for m in self.mentions):
            self.mentions.append(mention)  # with the forms a label wrote it in ('Con')

    # -- the result ----------------------------------------------------------------

    def finish(self) -> Extraction:
        infos = collect_actors(self.mentions)
        for m in self.mentions:
            if m.kind == "builtin":
                infos[m.key].mentions -= 1
        keep = self._kept(infos)
        ids = {key: self._actor_id(infos[key]) for key in keep}
        actors = [self._actor(infos[key], ids[key]) for key in keep]
        edges = []
        for edge in self.edges.values():
            if edge.source in ids and edge.target in ids:
                edges.append(Edge(
                    source=ids[edge.source], target=ids[edge.target], type=edge.type,
                    claimant=ids.get(edge.claimant, ""), status=edge.status,
                    hedges=edge.hedges, date=edge.date, evidence=edge.evidence))
        mentions = {ids[k]: max(infos[k].mentions, 0) for k in keep}
        return Extraction(document=self.document, actors=actors, edges=edges,
                          mentions=mentions, warnings=list(self.warnings))

    def _kept(self, infos: dict[str, ActorInfo]) -> list[str]:
        linking = [e for e in self.edges.values() if not _self_described(e)]
        ends = {e.source for e in linking} | {e.target for e in linking}
        ends |= {e.claimant for e in linking if e.claimant}
        home = {normalize_name(name) for name in self._home_names()}
        kept = []
        for key, info in infos.items():
            if key in ends or _central(info) and (key not in home or info.named_in_full):
                kept.append(key)
        return kept

    def _home_names(self) -> tuple[str, ...]:
        """The document's own country and government: background in its own texts, kept
        when they act or are acted on, or named in full ('The Government of Canada')."""
        here = self.locale
        return (here.state, here.government) if here is not None else ()

    def _actor_id(self, info: ActorInfo) -> str:
        if info.scoped:
            return make_id("a", self.document.id, info.key)
        return make_id("a", normalize_name(info.name))

    def _actor(self, info: ActorInfo, actor_id: str) -> Actor:
        entry = self.gazetteer.get(info.name) if info.source == "gazetteer" else None
        attributes: dict[str, str] = {}
        description = ""
        if entry is not None:
            description = entry.description
            for field_name in ("party", "parent", "country", "wikidata"):
                value = getattr(entry, field_name)
                if value:
                    attributes[field_name] = value
            if entry.portfolio:
                attributes["portfolio"] = "; ".join(entry.portfolio)
        roles = sorted(r for r in info.roles if r in ROLES)
        if info.group and "Group" not in roles:
            roles.append("Group")
        aliases = [self._as_written(a) for a in info.aliases
                   if normalize_name(a) != normalize_name(info.name)]
        plain = DISAMBIGUATOR.sub("", info.name) if entry is not None else info.name
        if plain != info.name:  # 'Labour Party (UK)' is called 'Labour Party' at home
            aliases.append(plain)
        if info.scoped:  # 'a subordinate organization of the IRGC' is also looked up
            aliases += [INDEFINITE.sub("", a) for a in aliases if INDEFINITE.match(a)]
            # without its article, as readers write it
        name = info.name if entry is not None else self._as_written(info.name)
        if name.isupper() and " " in name:  # 'Hon JUDITH COLLINS', 'THE HARBOUR ASSEMBLY'
            written = next((self._as_written(a) for a in info.aliases
                            if not a.isupper() and a.upper() == name), None)
            name = written or (name.title() if info.type == "Person" else name)
            # (a label's or a heading's capitals; the text's own form when it gives one)
        return Actor(id=actor_id, name=name, type=info.type, roles=roles,
                     aliases=_dedupe(aliases), group=info.group, description=description,
                     attributes=attributes, source=info.source)


    def _as_written(self, text: str) -> str:
        """A name read from the parsed text, with the document's typographic apostrophes
        and non-breaking hyphens back (the parser reads them plain, see
        `text.textprep.masked`)."""
        if "-" in text and "\u2011" in self.document.text:
            unbroken = text.replace("-", "\u2011")
            text = unbroken if unbroken in self.document.text else text
        if "'" not in text:
            return text
        curly = text.replace("'", "’")
        written = curly in self.document.text or curly[:1].lower() + curly[1:] in \
            self.document.text  # (a name may capitalise what the text writes in lower case)
        return curly if written else text


INDEFINITE = re.compile(r"^(?:a|an)\s+(?=\S)", re.IGNORECASE)
"""The article an unnamed actor's phrase opens with ('a senior Chinese diplomat')."""
DISAMBIGUATOR = re.compile(r"\s+\([^()]+\)$")
"""A known name's bracketed country or kind: 'Democratic Party (United States)'."""


def _self_described(edge: Edge) -> bool:
    """An edge only the phrase naming an unnamed actor states ('an FSB officer' works for
    the FSB): it keeps no actor by itself ('A Justice Department official spoke' makes no
    actor of the official)."""
    return bool(edge.evidence) and all(ev.extractor == SELF_DESCRIBED_RULE for ev in edge.evidence)


def _central(info: ActorInfo) -> bool:
    """Every named person and institution the text gives is an actor of it, even without
    a relation (what readers search for); not names in passing: a school attended, a
    birthplace (`incidental`), a country only as a place ('based in Belgium'). States
    count when the text keeps coming back to them as actors; legislatures and bills
    when named in full more than once; unnamed actors only as ends of relations."""
    if info.scoped or info.group or info.name.lower() in NON_ACTOR_NAMES or not info.free:
        return False
    if info.type == "Person":  # a surname once counts when it speaks or holds a title
        return len(info.name.split()) > 1 or info.mentions > 1 or bool(
            info.attrs.get("speaker")) or bool(info.roles)
    if info.type in ("Legislature", "Bill"):
        return info.named > 1 or bool(info.attrs.get("numbered"))  # ('Council Decision
        # (CFSP) 2021/481': a number names one act in full, once is enough)
    if info.type == "Organization" and _school(info.name):
        return False  # 'graduated from Northwind University': where one studied
    if info.type == "State":
        return info.free >= STATE_MENTIONS_KEPT
    return True


SCHOOL_WORDS = lexicon.words("school_words")


def _school(name: str) -> bool:
    """'Northwind University', 'the Harbour School', 'University of Eastport': a school by its
    name."""
    words = name.lower().replace(",", " ").split()
    return bool(words) and (words[-1] in SCHOOL_WORDS or words[0] in SCHOOL_WORDS
                            or len(words) > 1 and words[1] in SCHOOL_WORDS and words[0] == "the")


def _years_by_sentence(doc: Any) -> dict[int, str]:
    """Sentence start -> the text of its first DATE entity that names a year."""
    starts = [sent.start for sent in doc.sents]
    out: dict[int, str] = {}
    for ent in entities(doc):
        if ent.label_ == "DATE" and YEAR.search(ent.text):
            start = starts[bisect.bisect_right(starts, ent.start) - 1]
            out.setdefault(start, ent.text)
    return out


def _dedupe(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(normalize_name(item), item)
    return list(seen.values())
