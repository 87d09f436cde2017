"""What the extractor tests share: one real extractor, short runs, and scoring a gold folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from figraph.loaders.contract import to_contract
from figraph.loaders.extractor import Extractor
from figraph.loaders.scoring import combine, score
from figraph.model import Document, Extraction

__all__ = ["extractor", "run", "triples", "pairs", "score_folder", "assert_set_holds"]


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


def score_folder(extractor: Extractor, folder: Path) -> dict[str, dict]:
    """Each NAME.txt of `folder` extracted and scored against its NAME.json gold."""
    results = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = Document(id=Document.id_for(text), title=text.splitlines()[0], text=text)
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        results[path.stem] = score(to_contract(extractor.extract(doc)), gold)
    return results


def assert_set_holds(extractor: Extractor, folder: Path, documents: int,
                     minimum: dict[str, float]) -> None:
    """The folder's micro-averaged figures stay at or above `minimum` (a set's floor)."""
    results = list(score_folder(extractor, folder).values())
    assert len(results) == documents
    together = combine(results)
    assert together["entity_f1"] >= minimum["entity_f1"], together
    assert together["relation_f1"] >= minimum["relation_f1"], together
