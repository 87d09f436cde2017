"""What an extraction hands on: evidence at its sentence, ids, order, and chunks.

The quote of each edge is the sentence it came from, at its offsets, with the rule that
read it; a named actor keeps one id across documents while an unnamed one is its
document's own; a batch comes back in the documents' order; a long text is cut at
paragraphs with every offset kept. Real spaCy, the shipped gazetteer.
"""

from __future__ import annotations

from extract_helpers import run
from figraph.graph.model import Document
from figraph.loaders.contract import to_contract
from figraph.loaders.extractor import Extractor, chunks


def test_evidence_points_at_the_sentence(extractor: Extractor) -> None:
    text = "Intro line.\n\nCanada expelled Zhao Wei in May 2023. Nothing else happened."
    extraction = run(extractor, text)
    edge = next(e for e in extraction.edges if e.type == "EXPELLED")
    evidence = edge.evidence[0]
    assert text[evidence.start:evidence.end].strip() == evidence.quote
    assert evidence.quote.startswith("Canada expelled") and evidence.extractor.startswith("verb:")
    assert edge.date == "May 2023"


def test_named_ids_are_stable_across_documents_unnamed_are_not(extractor: Extractor) -> None:
    one = run(extractor, "Han Dong spoke to a Chinese diplomat in Toronto.")
    two = run(extractor, "Han Dong met a Chinese diplomat in Ottawa last year.")
    ids = [{a.name: a.id for a in x.actors} for x in (one, two)]
    assert ids[0]["Han Dong"] == ids[1]["Han Dong"]
    assert ids[0]["Chinese diplomat (unnamed)"] != ids[1]["Chinese diplomat (unnamed)"]


def test_extract_many_keeps_order(extractor: Extractor) -> None:
    texts = ["Canada expelled Zhao Wei.", "China detained Michael Kovrig.", "Nothing here."]
    docs = [Document(id=Document.id_for(t), title="t", text=t) for t in texts]
    out = list(extractor.extract_many(docs, batch_size=2))
    assert [x.document.id for x in out] == [d.id for d in docs]
    assert to_contract(out[1])["relations"][0]["type"] == "DETAINED"


def test_chunks_cut_at_paragraphs_and_keep_offsets() -> None:
    text = "para one.\n\npara two is here.\n\nthird."
    parts = chunks(text, 20)
    assert all(len(p) <= 20 for p, _ in parts)
    assert all(text[o:o + len(p)] == p for p, o in parts)
    assert "".join(p for p, _ in parts) == text
