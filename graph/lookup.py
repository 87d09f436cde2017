"""Find the actor a user means by a name they type, without ever guessing.

Users type "leblanc", "Minister LeBlanc", "Hon. Dominic LeBlanc" or "MP Han Dong";
the graph holds canonical names, aliases and opaque ids. `find_actor` answers
with exactly one actor only when the name points at one actor; two people named
"Chan" come back as an ambiguous candidate list, and so does "Singh" when one
Singh has it as an alias and others carry it in their names; a typo comes back
as a "did you mean" list (rapidfuzz), never as a silent pick.

The name index is built once per graph object and cached (weakly, so a dropped
graph frees it); it is rebuilt when the graph's node count changes, the cheap
signal that a merge added actors.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a:1", name="Dominic LeBlanc", type="Person", aliases=["Minister Leblanc"])
>>> find_actor(g, "Hon. Dominic Leblanc").actor
'a:1'
"""

from __future__ import annotations

import gc
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import networkx as nx

from .model import normalize_name

__all__ = ["Candidate", "LookupResult", "find_actor", "name_key", "TITLES"]

TITLES: frozenset[str] = frozenset({
    "the", "mr", "mrs", "ms", "mx", "dr", "prof", "hon", "honourable", "honorable", "rt",
    "right", "sir", "dame", "former", "then", "current", "late", "acting", "interim",
    "minister", "prime", "deputy", "mp", "mps", "mpp", "mla", "senator", "sen",
    "commissioner", "judge", "justice", "ambassador", "consul", "general", "premier",
    "president", "chair", "chairman", "chairwoman", "director", "leader", "member",
    "spokesperson", "councillor", "mayor", "diplomat", "official",
})
"""Words dropped from the front of a name ("Hon.", "former MP", "Minister")."""

FUZZY_CUTOFF = 70.0
"""rapidfuzz WRatio below which a name is not worth suggesting."""

Reason = Literal["id", "name", "alias", "partial", "ambiguous", "not-found"]


@dataclass(frozen=True)
class Candidate:
    """One actor a name may mean, and how well it matched (0-100)."""

    id: str
    name: str
    type: str
    score: float
    matched: str
    """The name or alias that matched."""


@dataclass(frozen=True)
class LookupResult:
    """Either one actor (`actor` set) or candidates to offer the user."""

    query: str
    reason: Reason
    actor: str | None = None
    candidates: tuple[Candidate, ...] = ()

    @property
    def found(self) -> bool:
        return self.actor is not None

    @property
    def ambiguous(self) -> bool:
        return self.reason == "ambiguous"

    def message(self) -> str:
        """One line saying why no actor was picked, for the CLI's stderr."""
        if self.found:
            return ""
        if self.ambiguous:
            return f"{self.query!r} matches {len(self.candidates)} actors; be more specific"
        return f"no actor named {self.query!r}"


def name_key(name: str) -> str:
    """Normalized name with leading titles dropped ("Hon. Dominic LeBlanc" -> "dominic leblanc")."""
    return _strip_titles(normalize_name(name))


def _strip_titles(normalized: str) -> str:
    words = normalized.split()
    start = 0
    while start < len(words) - 1 and words[start] in TITLES:
        start += 1
    return " ".join(words[start:])


@dataclass
class _Index:
    """Exact keys, single words and the list rapidfuzz scans, for one graph."""

    node_count: int
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    choices: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    """Parallel to `choices`: the actor id owning each choice."""


_CACHE: weakref.WeakKeyDictionary[nx.Graph, _Index] = weakref.WeakKeyDictionary()


def find_actor(graph: nx.Graph, name: str, limit: int = 5) -> LookupResult:
    """Resolve `name` to one actor id, or say why not with ranked candidates.

    Order of trust: exact id, canonical name, alias, then a name whose words
    contain every word typed ("leblanc" -> "Dominic LeBlanc"). Each stage
    answers only if it points at one actor; several means ambiguous.
    """
    query = name.strip()
    if query in graph:
        return LookupResult(query, "id", actor=query)
    index = _index_for(graph)
    key = name_key(query)
    if not key:
        return LookupResult(query, "not-found")
    stages: tuple[tuple[Reason, dict[str, set[str]]], ...] = (
        ("name", index.names), ("alias", index.aliases),
    )
    for reason, table in stages:
        ids = table.get(key, set()) | table.get(normalize_name(query), set())
        if ids:
            return _decide(graph, query, reason, ids | _namesakes(graph, index, key, ids, reason),
                           key)
    ids = _word_match(index, key)
    if ids:
        return _decide(graph, query, "partial", ids, key)
    return LookupResult(query, "not-found", candidates=_fuzzy(graph, index, key, limit))


def _decide(graph: nx.Graph, query: str, reason: Reason, ids: set[str], key: str) -> LookupResult:
    if len(ids) == 1:
        (actor,) = ids
        return LookupResult(query, reason, actor=actor)
    candidates = sorted(
        (_candidate(graph, node, 100.0, key) for node in ids),
        key=lambda c: (-graph.degree(c.id), c.name, c.id),
    )
    return LookupResult(query, "ambiguous", candidates=tuple(candidates))


def _namesakes(graph: nx.Graph, index: _Index, key: str, ids: set[str],
               reason: Reason) -> set[str]:
    """Other people a short name may mean. A document calls Jagmeet Singh "Singh", so the
    store holds "Singh" as his alias; five other Singhs carry it in their names, and
    "Singh" alone names none of them for sure. A full name typed as stored is trusted."""
    if len(ids) != 1:
        return set()
    (only,) = ids
    if graph.nodes[only].get("type") != "Person" or (reason == "name" and " " in key):
        return set()
    return {node for node in _word_match(index, key)
            if node != only and graph.nodes[node].get("type") == "Person"}


def _word_match(index: _Index, key: str) -> set[str]:
    """Actors whose name or alias holds every word of `key`, rarest word first."""
    postings = [index.words.get(word, set()) for word in key.split()]
    if not postings or not all(postings):
        return set()
    postings.sort(key=len)
    found = set(postings[0])
    for posting in postings[1:]:
        found &= posting
    return found


def _fuzzy(graph: nx.Graph, index: _Index, key: str, limit: int) -> tuple[Candidate, ...]:
    from rapidfuzz import fuzz, process

    hits = process.extract(
        key, index.choices, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF, limit=limit * 4
    )
    best: dict[str, Candidate] = {}
    for choice, score, position in hits:
        owner = index.owners[position]
        if owner not in best or best[owner].score < score:
            best[owner] = _candidate(graph, owner, float(score), choice)
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.name, c.id))
    return tuple(ranked[:limit])


def _candidate(graph: nx.Graph, node: str, score: float, matched: str) -> Candidate:
    attrs = graph.nodes[node]
    return Candidate(node, str(attrs.get("name", node)), str(attrs.get("type", "")), score, matched)


def _index_for(graph: nx.Graph) -> _Index:
    index = _CACHE.get(graph)
    if index is None or index.node_count != graph.number_of_nodes():
        index = _build_index(graph.nodes(data=True), graph.number_of_nodes())
        _CACHE[graph] = index
    return index


def _build_index(nodes: Iterable[tuple[str, dict[str, Any]]], count: int) -> _Index:
    # The collector would walk the whole graph again and again while the
    # index allocates its sets (seconds on 10^6 edges); nothing here is cyclic.
    paused = gc.isenabled()
    gc.disable()
    try:
        index = _Index(node_count=count)
        for node, attrs in nodes:
            if attrs.get("kind", "Actor") != "Actor":
                continue
            _add(index, index.names, node, str(attrs.get("name") or node))
            for alias in attrs.get("aliases") or ():
                if not _description(str(alias)):
                    _add(index, index.aliases, node, str(alias))
        return index
    finally:
        if paused:
            gc.enable()


DETERMINERS = {"the", "this", "that", "our", "its", "their", "his", "her", "my"}


def _description(alias: str) -> bool:
    """'the Government', 'committee', 'our agency': a document's way back to an actor
    it named, kept among the aliases as written, but no name to look anyone up by (every
    government is 'the Government' somewhere)."""
    words = alias.split()
    return 1 < len(words) <= 3 and words[0].lower() in DETERMINERS \
        or len(words) == 1 and alias.islower()  # 'committee', 'government'


def _add(index: _Index, table: dict[str, set[str]], node: str, text: str) -> None:
    """File `text` under its full and title-stripped keys, and under each word."""
    full = normalize_name(text)
    stripped = _strip_titles(full)
    for key in {full, stripped} - {""}:
        table[key].add(node)
    for word in full.split():
        index.words[word].add(node)
    if stripped:
        index.choices.append(stripped)
        index.owners.append(node)
