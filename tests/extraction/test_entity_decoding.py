"""The model's entity recogniser stepped on arrays (`figraph_entities`): every document gets
the entities the model's own `ner` component gives it, token for token, which it replaces.

Our own texts: prose with people, bodies, places and dates; names at a sentence's end and
across a line break; a whitespace run; a one-word and an empty document; a batch of
documents of very different lengths (the steps of all of them run together); a document
with entities set before the recogniser (left to the model's component); and all our
self-written evaluation texts in batches (their entities' ends at sentence starts and the
features of open entities are where a wrong step shows).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from figraph.loaders.text import entity_decoding
from figraph.loaders.text.parsing import _decode_entities_on_arrays, load_nlp
from spacy.tokens import Span

TEXTS = [
    pytest.param("Senator Jane Roe met two officials of the Chinese embassy in Ottawa on "
                 "Monday, the Globe and Mail reported.", id="prose"),
    pytest.param("The Ministry of State Security recruited Peter Lindqvist. He was paid "
                 "$40,000 by the Lindqvist Trading Company", id="ends-in-a-name"),
    pytest.param("Report of the Standing Committee on Public Safety\n\nMr. Alan Brook (Chair)"
                 "\nMs. Mary Vance\n", id="lines"),
    pytest.param("The   European  Parliament\t\tand the Council of the European Union  agreed "
                 "on 12 March 2024.", id="whitespace"),
    pytest.param("Russia", id="one-word"),
    pytest.param("", id="empty"),
    pytest.param("Is the RCMP, the FBI or the AFP investigating Wang Li's 2019 donation of "
                 "AU$100,000 to the Liberal Party?", id="acronyms"),
]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


@pytest.fixture(scope="module")
def decoder(nlp: Any) -> entity_decoding.EntityDecoder:
    return nlp.get_pipe(entity_decoding.NAME)


def _parsed(nlp: Any, texts: list[str]) -> list[Any]:
    """`texts` through the pipeline up to the recogniser's place."""
    docs = [nlp.make_doc(text) for text in texts]
    for name, component in nlp.pipeline:
        if name == entity_decoding.NAME:
            return docs
        docs = [component(doc) for doc in docs]
    raise AssertionError(f"{entity_decoding.NAME} not in {nlp.pipe_names}")


def _entities(doc: Any) -> list[tuple[int, str, str]]:
    return [(t.i, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_same_entities_as_the_model_one_document(nlp: Any, decoder: Any, text: str) -> None:
    doc = _parsed(nlp, [text])[0]
    ours, model = decoder(doc.copy()), decoder.ner(doc.copy())
    assert _entities(ours) == _entities(model)


@pytest.mark.parametrize("batch_size", [1, 4, 16])
def test_same_entities_as_the_model_in_batches(nlp: Any, decoder: Any, batch_size: int) -> None:
    texts = [p.values[0] for p in TEXTS] * 3 + [" ".join(p.values[0] for p in TEXTS) * 4]
    docs = _parsed(nlp, texts)
    ours = list(decoder.pipe([d.copy() for d in docs], batch_size=batch_size))
    model = list(decoder.ner.pipe([d.copy() for d in docs], batch_size=batch_size))
    assert [_entities(d) for d in ours] == [_entities(d) for d in model]
    assert any(d.ents for d in ours)  # (a batch with entities to find)


OWN_TEXTS = sorted((Path(__file__).parents[1] / "data").glob("eval*/**/*.txt"))


def test_same_entities_as_the_model_on_our_evaluation_texts(nlp: Any, decoder: Any) -> None:
    assert len(OWN_TEXTS) >= 30
    docs = _parsed(nlp, [path.read_text(encoding="utf-8") for path in OWN_TEXTS])
    ours = list(decoder.pipe([d.copy() for d in docs], batch_size=16))
    model = list(decoder.ner.pipe([d.copy() for d in docs], batch_size=16))
    differ = [path.name for path, a, b in zip(OWN_TEXTS, ours, model, strict=True)
              if _entities(a) != _entities(b)]
    assert differ == []


def test_entities_set_before_are_the_models_to_keep(nlp: Any, decoder: Any) -> None:
    doc = _parsed(nlp, ["Jane Roe met the envoy of Atlantis in Paris."])[0]
    doc.set_ents([Span(doc, 5, 7, label="GPE")], default="unmodified")  # 'of Atlantis'
    ours, model = list(decoder.pipe([doc.copy()])), decoder.ner(doc.copy())
    assert _entities(ours[0]) == _entities(model)
    assert ("of Atlantis", "GPE") in [(e.text, e.label_) for e in ours[0].ents]


def test_a_recogniser_of_another_kind_keeps_the_models(nlp: Any) -> None:
    import spacy
    from spacy.training import Example

    other = spacy.blank("en")
    other.add_pipe("ner", config={"model": {"@architectures": "spacy.TransitionBasedParser.v2",
                                            "state_type": "ner", "extra_state_tokens": False,
                                            "hidden_width": 8, "maxout_pieces": 1,
                                            "use_upper": False}})
    doc = other.make_doc("NATO met.")
    other.initialize(lambda: [Example.from_dict(doc, {"entities": [(0, 4, "ORG")]})])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _decode_entities_on_arrays(other)
    assert other.pipe_names == ["ner"]
    assert any("entity recogniser kept" in str(w.message) for w in caught)
