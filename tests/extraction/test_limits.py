"""Bad input to the structured-line and clause layers stays bounded, with one warning.

Generated here (no checked-in blobs): an infobox of thousands of field lines, a list of
thousands of speaker labels without text, a 'sentence' of thousands of tokens. Each is
read, the document still yields its actors, and the extractor says once what it left
unread. Their timings, at the issue's sizes (a 5,000-line infobox, 10,000 names, a
20,000-token sentence), are measured by `python -m bench --only hostile-layers`.
"""

from __future__ import annotations

import time

from extract_helpers import run, triples
from figraph.loaders.extractor import MAX_SENTENCE_TOKENS, Extractor
from figraph.loaders.text.lines import MAX_FIELDS, fields
from figraph.loaders.text.transcript import MAX_LABELS


def infobox(lines: int) -> str:
    return "Jane Roe\nJane Roe\n" + "\n".join(
        f"Key people: Person Number{i} Smith" for i in range(lines)) + "\n"


def test_a_huge_infobox_is_read_up_to_its_cap(extractor: Extractor) -> None:
    text = infobox(MAX_FIELDS + 100)
    assert len(fields(text)) == MAX_FIELDS
    extraction = run(extractor, text)
    capped = [w for w in extraction.warnings if "field lines" in w]
    assert len(capped) == 1
    assert len(extraction.actors) > MAX_FIELDS  # the rest is still read, as prose


def test_labels_without_text_are_capped_with_one_warning(extractor: Extractor) -> None:
    text = "The Chair Liberal Ron McKinnon\n\n" * (MAX_LABELS + 50) + "I call the meeting."
    extraction = run(extractor, text)
    assert len([w for w in extraction.warnings if "speaker or list lines" in w]) == 1
    assert [a.name for a in extraction.actors] == ["Ron McKinnon"]


def test_a_sentence_of_thousands_of_tokens_skips_the_syntax_rules(extractor: Extractor
                                                                   ) -> None:
    text = "Jane Roe met " + " and ".join(f"Omar Haddad{i}" for i in range(600)) + "."
    extraction = run(extractor, text)
    assert any("sentence of" in w and "without syntax rules" in w
               for w in extraction.warnings)
    assert not extraction.edges  # no rule read it
    assert len(extraction.actors) > MAX_SENTENCE_TOKENS  # its names are still actors


def test_runaway_sentence_is_bounded_and_warned(extractor: Extractor) -> None:
    text = "Canada expelled Zhao Wei. " + "China, India and Russia, " * 3000 + "end"
    started = time.perf_counter()
    extraction = run(extractor, text)
    assert time.perf_counter() - started < 60
    assert any("without syntax rules" in w for w in extraction.warnings)
    assert ("Canada", "EXPELLED", "Zhao Wei") in triples(extraction)


def test_a_huge_members_present_line_is_read_up_to_its_cap() -> None:
    from figraph.loaders.text.oral_evidence import MAX_ITEMS, oral_evidence_lines

    names = "; ".join(f"Jane Roe{'x' * (i % 7)} Smith{chr(97 + i % 26)}" for i in range(10_000))
    text = f"Members present: {names}.\nQ1 Chair: Welcome.\n"
    members = [line for line in oral_evidence_lines(text) if line.member]
    assert 0 < len(members) <= MAX_ITEMS


CONCERNS = [
    "the purchase of advertising by the Lantern Institute for a client it never named,",
    "a speech given at a rally in the capital by the Chair of the Harbour Assembly Jane "
    "Roe in support of the campaign,",
    "payments routed through three shell companies registered abroad during the summer "
    "and closed again before the audit began,",
    "the hiring of commentators who posted the same messages on several platforms every "
    "evening for a month,",
    "a petition signed overnight by thousands of accounts created in the same week and "
    "never used again once the vote had passed,",
]


def test_a_long_list_of_comma_lines_is_read_line_by_line(extractor: Extractor) -> None:
    """Read as one sentence, the list would pass the cap and get no rules at all."""
    lines = ["The council listed its concerns about the campaign, among them:"]
    lines += CONCERNS * 2
    extraction = run(extractor, "\n".join(lines) + "\n")
    assert not any("without syntax rules" in w for w in extraction.warnings)
    assert ("Jane Roe", "HEADS", "Harbour Assembly") in triples(extraction)


def test_a_short_sentence_wrapped_at_a_comma_stays_one() -> None:
    from figraph.loaders.extractor import load_nlp

    doc = load_nlp()("The minister of foreign affairs, who spoke to reporters in the capital on "
                     "Monday morning,\nsaid that the plot against the assembly had failed.")
    assert len(list(doc.sents)) == 1
