"""What the extractor tests share: one real extractor, short runs, and one shape of case.

Most extraction tests have one shape: a short text of our own goes in, and some edges (or
names) must come out while others must not. `Case` holds one such text with what it must
and must not give, and `check` runs it through the real extractor; a test module lists its
cases as rows of one parametrised test, each with a readable id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from figraph.graph.model import Document, Extraction
from figraph.loaders.extractor import Extractor

__all__ = ["extractor", "run", "triples", "pairs", "Case", "check", "case"]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One real spaCy pipeline for the whole run: loading it costs a second."""
    return Extractor()


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(Document(id=Document.id_for(text), title="t", text=text))


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in extraction.actors}
    return {(names[e.source], e.type, names[e.target]) for e in extraction.edges}


def pairs(extraction: Extraction) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, _, t in triples(extraction)}



Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Case:
    """One text and what the extractor must, and must not, find in it (names as stored)."""

    text: str
    edges: tuple[Triple, ...] = ()  # (source, relation, target) that must be found
    pairs: tuple[tuple[str, str], ...] = ()  # actors that must be linked, either way
    not_edges: tuple[Triple, ...] = ()  # edges that must not be found
    not_pairs: tuple[tuple[str, str], ...] = ()  # actors that must not be linked
    no_types: tuple[str, ...] = ()  # relation types that must not appear at all
    no_links: bool = False  # no edge at all
    names: tuple[str, ...] = ()  # actors that must be found
    not_names: tuple[str, ...] = ()  # names that must not be actors
    types: tuple[tuple[str, str], ...] = ()  # (actor, type) each actor must be found with


def case(name: str, text: str, **expected: Any) -> Any:
    """A row of a parametrised test: the Case, its id the rule it checks."""
    return pytest.param(Case(text, **expected), id=name)


def check(extractor: Extractor, expected: Case) -> None:
    """Run the text and assert every expectation of the case, naming the text on failure."""
    extraction = run(extractor, expected.text)
    found, linked = triples(extraction), pairs(extraction)
    names = {a.name for a in extraction.actors}
    text = expected.text
    for edge in expected.edges:
        assert edge in found, (text, edge, found)
    for pair in expected.pairs:
        assert frozenset(pair) in linked, (text, pair, found)
    for edge in expected.not_edges:
        assert edge not in found, (text, edge)
    for pair in expected.not_pairs:
        assert frozenset(pair) not in linked, (text, pair)
    for relation in expected.no_types:
        assert not any(t == relation for _, t, _ in found), (text, relation, found)
    if expected.no_links:
        assert not extraction.edges, (text, found)
    for name in expected.names:
        assert name in names, (text, name, names)
    for name in expected.not_names:
        assert name not in names, (text, name, names)
    typed = {a.name: a.type for a in extraction.actors}
    for name, kind in expected.types:
        assert typed.get(name) == kind, (text, name, kind, typed)
