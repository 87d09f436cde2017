"""What the extractor tests share: one real extractor, short runs, and scoring a gold folder."""

from __future__ import annotations

import pytest
from figraph.graph.model import Document, Extraction
from figraph.loaders.extractor import Extractor

__all__ = ["extractor", "run", "triples", "pairs"]


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

