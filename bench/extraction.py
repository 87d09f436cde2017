"""Extraction speed: the whole extractor against the bare spaCy model on the same texts.

Why side by side: the machine is shared, so a words/s figure alone moves with
the neighbours' load. Each round runs the bare model and the extractor back to
back on the same documents; the ratio of that round is what is kept, and the
figure reported is the median round.

The bare side is the model as shipped: `spacy.load` of the package `load_nlp`
loaded, minus the components the extractor leaves out (`UNUSED`), on the same
texts with the same batch size. Not the project's own loaded pipeline: that one
has our sentence breaks at line ends, tokenizer rules and the model's attribute
rules compiled (`loaders/text/attributes.py`), which are part of what is measured,
not of the reference (the goal reads "the bare spaCy model").

Scaling runs `figraph.loaders.pipeline.extract_documents` (what `build --jobs N`
runs) with one and two worker processes, start-up of the workers included,
since that is what a user waits for.
"""

from __future__ import annotations

import time
from typing import Any

from figraph.graph.model import Document

from .corpus import generate
from .measure import median_of

__all__ = ["run"]


def _documents(n_docs: int, seed: int) -> list[Document]:
    return [Document(id=Document.id_for(s.text), title=s.title, text=s.text)
            for s in generate(n_docs, seed)]


def _words(documents: list[Document]) -> int:
    return sum(len(d.text.split()) for d in documents)


def run(n_docs: int, rounds: int, scaling_docs: int, seed: int = 7) -> dict[str, Any]:
    import spacy
    from figraph.loaders.extractor import UNUSED, Extractor, load_nlp
    from figraph.loaders.pipeline import extract_documents
    from figraph.loaders.text.parsing import model_name

    documents = _documents(n_docs, seed)
    texts = [d.text for d in documents]
    words = _words(documents)
    nlp = load_nlp()
    shipped = spacy.load(model_name(nlp), exclude=UNUSED)
    extractor = Extractor(nlp=nlp)
    extractor.extract(documents[0])  # builds the matchers outside the clock
    list(shipped.pipe(texts[:1]))  # and its first call's set-up
    bare, ours, ratios = [], [], []
    for _ in range(rounds):
        started = time.perf_counter()
        for _doc in shipped.pipe(texts, batch_size=16):
            pass
        bare_s = time.perf_counter() - started
        started = time.perf_counter()
        for _extraction in extractor.extract_many(documents, batch_size=16):
            pass
        ours_s = time.perf_counter() - started
        bare.append(words / bare_s)
        ours.append(words / ours_s)
        ratios.append(bare_s / ours_s)
    scaling = _scaling(_documents(scaling_docs, seed + 100), extract_documents, rounds)
    return {
        "extract_words_per_s": median_of(ours),
        "extract_spacy_words_per_s": median_of(bare),
        "extract_ratio_vs_spacy": median_of(ratios),
        **scaling,
        "extract_sample_words": words,
    }


def _scaling(documents: list[Document], extract_documents: Any, rounds: int
             ) -> dict[str, float]:
    """Words/s of the pipeline with 1 and 2 processes, in steady state and from cold;
    each round runs both back to back, the ratios are the median round's.

    Cold counts everything a user waits for (a pool of fresh workers, each
    loading the model). Steady state is what a long build sees: the words of
    the documents after the first few results over the time from those results
    to the last, so the workers' start-up is left out.
    """
    list(extract_documents(documents[:1], jobs=1))  # loads the in-process model
    runs: dict[str, list[float]] = {key: [] for key in ("steady1", "steady2", "ratio", "cold")}
    for _ in range(rounds):
        steady1, cold1 = _rate(documents, extract_documents, jobs=1)
        steady2, cold2 = _rate(documents, extract_documents, jobs=2)
        runs["steady1"].append(steady1)
        runs["steady2"].append(steady2)
        runs["ratio"].append(steady2 / steady1)
        runs["cold"].append(cold2 / cold1)
    return {"extract_words_per_s_1proc": median_of(runs["steady1"]),
            "extract_words_per_s_2proc": median_of(runs["steady2"]),
            "extract_scaling_2proc": median_of(runs["ratio"]),
            "extract_scaling_2proc_cold": median_of(runs["cold"])}


def _rate(documents: list[Document], extract_documents: Any, jobs: int) -> tuple[float, float]:
    """(steady, cold) words per second of one run with `jobs` processes."""
    started = time.perf_counter()
    arrivals = []
    for _document, result in extract_documents(documents, jobs=jobs):
        if isinstance(result, str):
            raise RuntimeError(f"extraction failed: {result}")
        arrivals.append(time.perf_counter())
    skip = 2 * jobs
    return (_words(documents[skip:]) / (arrivals[-1] - arrivals[skip - 1]),
            _words(documents) / (arrivals[-1] - started))
