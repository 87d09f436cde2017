"""`build --jobs N`: worker processes give the same extractions, in the documents' order."""

from __future__ import annotations

from figraph.graph.model import Document
from figraph.loaders.pipeline import extract_documents

SENTENCES = (
    "CSIS said {a} met with a Chinese diplomat in Toronto.",
    "The RCMP alleged that {a} worked for India.",
    "{a}, a Liberal MP, criticized NSICOP in 2024.",
)
NAMES = ("Jane Roe", "Paul Tremblay", "Anita Singh", "Marc Dubois", "Lena Wu", "Omar Haddad",
         "Claire Martin", "Ravi Patel", "Sofia Rossi")


def _documents() -> list[Document]:
    documents = []
    for number, name in enumerate(NAMES):
        # lengths differ on purpose: later documents can finish before earlier ones
        text = " ".join(s.format(a=name) for s in SENTENCES) * (1 + number % 4)
        documents.append(Document(id=Document.id_for(text), title=name, text=text))
    return documents


def _summary(result: object) -> tuple:
    assert not isinstance(result, str), result
    return (sorted(a.id for a in result.actors), sorted(e.id for e in result.edges))


def test_two_workers_keep_the_order_and_the_results_of_one() -> None:
    documents = _documents()
    one = list(extract_documents(documents, jobs=1))
    two = list(extract_documents(documents, jobs=2))
    assert [d.id for d, _ in two] == [d.id for d in documents]
    assert [_summary(r) for _, r in two] == [_summary(r) for _, r in one]
    assert any(r.edges for _, r in two)
