"""Words per second: bare spaCy `nlp.pipe` against the whole extractor, on the same texts.

    python tests/data/eval/bench_speed.py [ROUNDS]

The texts are the eval documents repeated ROUNDS times (default 20). Prints
the bare model with every component, the bare model with only what the
extractor runs, the extractor, and the extractor's share of the bare speed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy
from figraph.graph.model import Document
from figraph.loaders.extractor import MODELS, UNUSED, Extractor


def words_per_second(run, texts: list[str]) -> float:
    n_words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    run(texts)
    return n_words / (time.perf_counter() - started)


def main(rounds: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.glob("*.txt"))]
    texts = texts * rounds
    name = next(m for m in MODELS if spacy.util.is_package(m))
    full = spacy.load(name)
    lean = spacy.load(name, exclude=UNUSED)
    extractor = Extractor(nlp=spacy.load(name, exclude=UNUSED))
    extractor.extract(Document(id="warm", title="w", text=texts[0]))
    docs = [Document(id=Document.id_for(t) + str(i), title="t", text=t)
            for i, t in enumerate(texts)]
    bare_full = words_per_second(lambda ts: list(full.pipe(ts, batch_size=16)), texts)
    bare_lean = words_per_second(lambda ts: list(lean.pipe(ts, batch_size=16)), texts)
    ours = words_per_second(lambda _: list(extractor.extract_many(docs, batch_size=16)), texts)
    print(f"{sum(len(t.split()) for t in texts)} words, model {name}")
    print(f"bare nlp.pipe, all components: {bare_full:,.0f} words/s")
    print(f"bare nlp.pipe, extractor's components: {bare_lean:,.0f} words/s")
    print(f"extractor: {ours:,.0f} words/s = {ours / bare_full:.2f} of the full bare model, "
          f"{ours / bare_lean:.2f} of the same components")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
