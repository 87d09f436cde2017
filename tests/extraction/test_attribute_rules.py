"""The model's attribute rules compiled (`figraph_attributes`): every token gets the same POS,
TAG, MORPH, LEMMA and DEP as from the model's own attribute_ruler, which it replaces.

Our own sentences: ordinary prose, the rules of two tokens ('gonna', "ain't", "let's",
'there is'), contractions and pronouns that only a few patterns read, whitespace tokens.
Each text is parsed once; a copy goes through each ruler, so only the rules differ.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from figraph.loaders.text import attributes, entity_decoding
from figraph.loaders.text.parsing import UNUSED, _replace_attribute_ruler, load_nlp, model_name
from spacy.pipeline import AttributeRuler

SENTENCES = [
    pytest.param("The committee said that the minister had met the envoy twice.", id="prose"),
    pytest.param("We're gonna need a bigger budget, and they gotta approve it.", id="gonna"),
    pytest.param("It ain't over, and he ain't leaving; she ain't either.", id="aint"),
    pytest.param("Let's ask them. Let's not wait for y'all.", id="lets"),
    pytest.param("There is a report. There are two letters and there was a leak.", id="there"),
    pytest.param("C'mon, I'd say you'd have done it yourself, wouldn't you?", id="contractions"),
    pytest.param("Nobody did anything; everything they had was theirs, not ours.", id="pronouns"),
    pytest.param("Whether or not he gets it, she got hers once the board had met.", id="verbs"),
    pytest.param("Heading\n\nFirst line,\n  second line\t and   more.\n", id="whitespace"),
    pytest.param("NATO and the EU: 3 statements (2024) -- all 'firm'.", id="punctuation"),
]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


@pytest.fixture(scope="module")
def shipped_ruler(nlp: Any) -> AttributeRuler:
    """The model's ruler as shipped: its patterns, on our pipeline's vocabulary."""
    shipped: Any = spacy.load(model_name(nlp), exclude=UNUSED).get_pipe("attribute_ruler")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(shipped.patterns)
    return ruler


def _attributes(doc: Any) -> list[tuple[str, ...]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _parsed(nlp: Any, text: str) -> Any:
    """`text` through the pipeline up to the rules' place."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == attributes.NAME:
            return doc
        doc = component(doc)
    raise AssertionError(f"{attributes.NAME} not in {nlp.pipe_names}")


@pytest.mark.parametrize("text", SENTENCES)
def test_same_attributes_as_the_models_ruler(nlp: Any, shipped_ruler: AttributeRuler,
                                             text: str) -> None:
    doc = _parsed(nlp, text)
    ours = nlp.get_pipe(attributes.NAME)(doc.copy())
    assert _attributes(ours) == _attributes(shipped_ruler(doc.copy()))


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("We are gonna win.", "na", ("lemma_", "to")),
    ("We are gonna win.", "gon", ("lemma_", "go")),
    ("I gotta go.", "ta", ("lemma_", "to")),
    ("Let's go.", "'s", ("lemma_", "us")),
    ("There is a plan.", "is", ("pos_", "VERB")),
])
def test_rules_of_two_tokens_apply(nlp: Any, text: str, word: str,
                                   expected: tuple[str, str]) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert getattr(token, expected[0]) == expected[1]


def test_the_compiled_rules_take_the_rulers_place(nlp: Any) -> None:
    """(and the recogniser stepped on arrays the model's `ner`'s: `test_entity_decoding`)"""
    shipped = spacy.load(model_name(nlp), exclude=UNUSED).pipe_names
    ours = [name for name in nlp.pipe_names if name != "figraph_line_breaks"]
    replaced = {"attribute_ruler": attributes.NAME, "ner": entity_decoding.NAME}
    assert set(replaced) <= set(shipped) and not set(replaced) & set(ours)
    assert ours == [replaced.get(n, n) for n in shipped]


PATTERNS: list[Any] = [  # our own: the Matcher's features the model does not use, and order
    {"patterns": [[{"ORTH": "Alpha"}], [{"TEXT": "beta"}]], "attrs": {"LEMMA": "a"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["alpha", "gamma"]}, "IS_PUNCT": False}]],
     "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LENGTH": 5}, {}, {"LOWER": {"REGEX": "^g"}}]], "attrs": {"LEMMA": "g"},
     "index": -1},
    {"patterns": [[{"LOWER": "beta"}, {"IS_PUNCT": True}]], "attrs": {"POS": "PUNCT"},
     "index": 1},
    {"patterns": [[{"lower": {"in": ["alpha", "beta"]}}]], "attrs": {"MORPH": "_"}},
]


@pytest.mark.parametrize("text", ["Alpha beta gamma, beta; alpha.", "beta , Gamma gamma",
                                  "alpha", "Alpha . gamma beta !"])
def test_same_as_spacys_ruler_on_patterns_of_our_own(text: str) -> None:
    blank = spacy.blank("en")
    ruler = AttributeRuler(blank.vocab)
    ruler.add_patterns(PATTERNS)
    compiled = attributes.TokenAttributes(blank.vocab, ruler.patterns)
    assert _attributes(compiled(blank(text))) == _attributes(ruler(blank(text)))


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "a", "OP": "+"}],
    [{"LOWER": {"FUZZY": "alpha"}}],
    [{"_": {"flag": True}}],
])
def test_a_pattern_it_cannot_reproduce_keeps_the_ruler(pattern: list[dict[str, Any]]) -> None:
    blank = spacy.blank("en")
    ruler: Any = blank.add_pipe("attribute_ruler")
    ruler.add([pattern], {"LEMMA": "x"})
    with pytest.warns(UserWarning, match="attribute ruler kept"):
        _replace_attribute_ruler(blank)
    assert blank.pipe_names == ["attribute_ruler"]
