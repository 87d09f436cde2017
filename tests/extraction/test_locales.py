"""Locales: whose institutions a bare 'the House', 'the Senate', 'the government' name.

Every text here is our own. A Canadian default applied to foreign text turned British,
American and Australian bodies into Canadian ones; these tests keep each country's
plain words for its own institutions, and no default where the text gives no country.
"""

from __future__ import annotations

import pytest
from extract_helpers import run, triples
from figraph.loaders.extractor import Extractor
from figraph.loaders.vocabulary import locales


def names(extraction) -> set[str]:
    return {a.name for a in extraction.actors}


@pytest.mark.parametrize(("text", "code"), [
    ("The Home Secretary told MPs at Westminster that MI5 had warned the Speaker. "
     "The UK government said the hon. Member was right.", "GB"),
    ("The FBI arrested a consultant in Washington, D.C.; the Justice Department said he "
     "had failed to register under FARA.", "US"),
    ("CSIS briefed the member for a riding in Ottawa, ON, and the RCMP opened a file on "
     "the Canadian case.", "CA"),
    ("ASIO told the Australian government in Canberra that Labor senators were targeted.",
     "AU"),
    ("MEPs adopted a resolution; the European Parliament asked the EU member states to act.",
     "EU"),
    ("H. RES. 77\nMr. DOE submitted the following resolution; which was referred to the "
     "Committee on Ethics", "US"),
    ("Minister focuses on the next bill\nhttps://www.attorneygeneral.gov.au/media/release\n\n"
     "The Minister said the Government would table the bill on Monday.", "AU"),
    ("Statement\nhttps://www.gov.uk/government/news/statement\n\nThe Minister said the "
     "Government would act.", "GB"),
    ("News release\nhttps://www.canada.ca/en/news/release.html\n\nThe Minister said the "
     "Government would act.", "CA"),
])
def test_a_text_is_read_as_its_country(text: str, code: str) -> None:
    found = locales.detect(text)
    assert found is not None and found.code == code


@pytest.mark.parametrize("text", [
    "The committee met on Tuesday and heard three witnesses.",
    "A foreign state tried to influence a member of parliament.",
    # as many British as Canadian cues: a tie gives no country
    "The House of Commons of Canada and the UK Parliament both debated it.",
    # a site's address names its country only as the address of a government's site
    "Report\nhttps://www.example.com/au/gov-au-report\n\nThe Minister said the Government "
    "would act.",
    # a government's own site in a country without a locale speaks from there, however
    # often it names the United States
    "US sanctions condemned\nhttps://www.news.gov.hk/eng/2020/08/statement.html\n\nThe "
    "Government condemned the US sanctions. The US Government, the FBI and the State "
    "Department in Washington, D.C. acted for the United States.",
])
def test_no_country_without_clear_cues(text: str) -> None:
    assert locales.detect(text) is None


def test_known_actors_vote_for_their_country() -> None:
    assert locales.detect("Michael Chong spoke.") is None
    assert locales.detect("Michael Chong spoke.", {"Canada": 1}).code == "CA"


@pytest.mark.parametrize(("text", "house"), [
    ("At Westminster, where MI5 briefs the UK government, Jane Roe was elected to the "
     "House in 2019.", "House of Commons of the United Kingdom"),
    ("In Ottawa, where CSIS briefs the Canadian government, Jane Roe was elected to the "
     "House in 2019.", "House of Commons"),
    ("In Canberra, where ASIO briefs the Australian government, Jane Roe was elected to the "
     "House in 2019.", "Australian House of Representatives"),
])
def test_the_house_is_the_countrys_own(extractor: Extractor, text: str, house: str) -> None:
    assert {(s, t) for s, _, t in triples(run(extractor, text))} & {
        ("Jane Roe", house)}


@pytest.mark.parametrize(("text", "body"), [
    ("H.R. 9999, Harbour Act\nhttps://www.congress.gov/bill/9999\n\nTo direct the Secretary "
     "to submit to Congress a plan. It is the sense of Congress that the United States should "
     "act on foreign influence.", "United States Congress"),
    ("Senate question time\nhttps://www.aph.gov.au/senate\n\nThe Senate sat late in "
     "Canberra. The Senate will sit again on Monday.", "Australian Senate"),
])
def test_a_home_legislature_named_twice_is_an_actor(extractor: Extractor, text: str,
                                                    body: str) -> None:
    """The country's own body by its bare name ('Congress', 'the Senate') is named as
    fully as its readers name it: twice, it is an actor of the text with no relation."""
    assert body in names(run(extractor, text))


def test_the_house_alone_is_the_house_of_commons(extractor: Extractor) -> None:
    text = "The House condemned Zhao Wei after the Globe and Mail report."
    assert ("House of Commons", "CRITICIZED", "Zhao Wei") in triples(run(extractor, text))


def test_plain_forms_of_foreign_bodies_are_not_canadian(extractor: Extractor) -> None:
    text = ("The FBI and the Justice Department in Washington, D.C. told the Senate that "
            "the Department of Justice would prosecute. The House of Representatives agreed.")
    found = names(run(extractor, text))
    assert "Senate of Canada" not in found and "Department of Justice Canada" not in found
    assert "United States Department of Justice" in found


@pytest.mark.parametrize(("text", "foreign", "own"), [
    ("Ola Nordmann was a Norwegian diplomat and Labour Party politician. He worked in "
     "Norway and was the first Norwegian to be convicted of espionage. His father was "
     "a member of the Labour Party.", "Labour Party (UK)", "Labour Party"),
    ("In the 1971 South Korean presidential election, Kim Dae-jung represented the "
     "Democratic Party, challenging President Park Chung-hee of the Democratic "
     "Republican Party. Kim fled to Japan, where he led a movement for democracy in "
     "South Korea. He was kidnapped in Tokyo, Japan.",
     "Democratic Party (United States)", "Democratic Party"),
])
def test_weak_cues_do_not_hold_in_a_text_about_another_country(
        extractor: Extractor, text: str, foreign: str, own: str) -> None:
    """Two 'Labour Party' cues made a Norwegian biography British, one 'Republican' (of
    'Democratic Republican Party') a Korean affair American; the country the text keeps
    naming, one without a locale, says it is not (twice is enough against a lone cue
    backed by no known actor)."""
    assert locales.detect(text) is not None  # the cues alone would say British, American
    found = names(run(extractor, text))
    assert foreign not in found and own in found, found


def test_a_union_named_in_passing_is_not_the_text_s_home(extractor: Extractor) -> None:
    """A national senate's resolution says 'EU' four times (weak cues of the Union only)
    and names its own country more: its senators are not Members of the European
    Parliament, nor its bare 'PARLIAMENT' the European Parliament."""
    text = ("THE SENATE OF THE PARLIAMENT OF THE CZECH REPUBLIC\n"
            "The resolution on the Czech Republic was approved by 67 out of 72 senators. The "
            "Czech Republic considers the attack an act against the EU. The Czech Republic "
            "asks the EU and EU member states for support. The Czech Republic thanks the EU.")
    found = names(run(extractor, text))
    assert "Members of the European Parliament (unnamed)" not in found, found
    assert "European Parliament" not in found, found


def test_strong_cues_hold_in_a_text_naming_another_country(extractor: Extractor) -> None:
    text = ("Speaking at Westminster, the Home Secretary said MI5 had warned that Russia, "
            "Russia's GRU and Russian agents targeted the House. Russia denied it.")
    assert "House of Commons of the United Kingdom" in names(run(extractor, text))


def test_no_default_government_without_a_country(extractor: Extractor) -> None:
    text = "Jane Roe said the government had ignored the warnings of the committee."
    assert "Government of Canada" not in names(run(extractor, text))


@pytest.mark.parametrize(("text", "state"), [
    ("STOCKHOLM, 12 March 2025. The government expelled two Russian diplomats.", "Sweden"),
    ("Spies charged\nhttps://example.org/news\n\nWARSAW (Reuters) - The government "
     "expelled two Russian diplomats.", "Poland"),
])
def test_a_dateline_s_seat_of_government_gives_the_government(
        extractor: Extractor, text: str, state: str) -> None:
    assert (state, "EXPELLED", "Russian diplomats (unnamed)") in triples(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Stockholm police said the government expelled two Russian diplomats.",
    "NORTHLAND, 12 March 2025. The government expelled two Russian diplomats.",
])
def test_no_government_from_a_city_that_is_no_dateline(extractor: Extractor, text: str
                                                         ) -> None:
    assert not any(t == "EXPELLED" for _, t, _ in triples(run(extractor, text)))


def test_british_government_is_the_united_kingdom(extractor: Extractor) -> None:
    text = ("Speaking at Westminster, the Home Secretary said MI5 had warned that the "
            "government would be targeted. Sir John Doe asked the government to act.")
    found = {(s, t) for s, _, t in triples(run(extractor, text))}
    assert not any("Government of Canada" in pair for pair in found)


def test_a_foreign_committee_on_foreign_interference_is_not_canada_s_inquiry(
        extractor: Extractor) -> None:
    """The Canadian inquiry's descriptive names are its own only in Canadian text."""
    text = ("The European Parliament set up a special committee on foreign interference in "
            "2020. The committee on foreign interference questioned Jane Roe in Brussels.")
    names = {a.name for a in run(extractor, text).actors}
    assert "Public Inquiry into Foreign Interference" not in names
