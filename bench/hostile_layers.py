"""Bad input to the extraction layers, at the sizes the extraction issue names: time and
peak memory of the whole extractor beside the bare spaCy model on the same text.

Cases (generated, no blobs): an infobox of 5,000 field lines, a list of 10,000 names (as
labels, as dash list lines, as one line of signatories), a
'sentence' of 20,000 tokens, 3,000 speaker labels without text. What holds them bounded
is tested in tests/extraction/test_limits.py; here is what they cost. The ratio is the bare
model's time over the extractor's: 1.0 means the layers add nothing.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable

from figraph.graph.model import Document

__all__ = ["run", "CASES"]

CASES: dict[str, Callable[[], str]] = {
    "infobox_5000_lines": lambda: "Jane Roe\nJane Roe\n" + "\n".join(
        f"Key people: Person Number{i} Smith" for i in range(5000)) + "\n",
    "names_10000": lambda: "Witnesses\n" + "\n".join(
        f"Omar Haddad{i}  Senior Fellow, Harbour Institute {i}" for i in range(10_000)) + "\n",
    "dash_list_10000": lambda: "Expert witnesses\n" + "\n".join(
        f"- Omar Haddad{i} – Director, Harbour Institute N{i}" for i in range(10_000)) + "\n",
    "signatories_10000": lambda: ", ".join(f"Jane Roe{i}" for i in range(10_000))
    + "\non behalf of the Harbour Group\n",
    "sentence_20000_tokens": lambda: "Jane Roe met " + " and ".join(
        f"Omar Haddad{i}" for i in range(6700)) + ".",
    "labels_without_text_3000": lambda: "The Chair Liberal Ron McKinnon\n\n" * 3000,
}


def run() -> dict[str, float]:
    from figraph.loaders.extractor import UNUSED, Extractor, load_nlp

    nlp = load_nlp()
    extractor = Extractor(nlp=nlp)
    extractor.extract(Document(id="warm", title="t", text="Warm up."))
    disable = [p for p in UNUSED if p in nlp.pipe_names]
    figures: dict[str, float] = {}
    for name, make in CASES.items():
        text = make()
        started = time.perf_counter()
        nlp(text, disable=disable) if len(text) < nlp.max_length else None
        bare = time.perf_counter() - started
        started = time.perf_counter()
        extraction = extractor.extract(Document(id=name, title="t", text=text))
        ours = time.perf_counter() - started
        figures[f"hostile_{name}_s"] = ours
        figures[f"hostile_{name}_ratio_vs_spacy"] = bare / ours if ours else 0.0
        figures[f"hostile_{name}_warnings"] = float(len(extraction.warnings))
    figures["hostile_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures
