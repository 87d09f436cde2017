"""The entity layer: every named actor the text gives, one per real-world actor.

Our own sentences. Readers search for the people and bodies a document names, related
or not; names in passing (a country as a place, a school attended) are not actors of
the text, and one person written three ways is one actor. Names the small model cuts
short or runs on (a given name tagged apart, a title read as a name, a span that takes in
'and' or a bracket) come out whole and clean.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Case, case, check, run, triples
from figraph.graph.model import Extraction
from figraph.loaders.extractor import Extractor
from figraph.loaders.mentions.ner import biography_subject_in, ner_mentions


def actors(extraction: Extraction) -> dict[str, str]:
    return {a.name: a.type for a in extraction.actors}


def aliases(extraction: Extraction, name: str) -> set[str]:
    return next(set(a.aliases) for a in extraction.actors if a.name == name)


def test_named_actors_without_a_relation_are_kept(extractor: Extractor) -> None:
    text = ("The Harbour Policy Institute published a study on disinformation. "
            "Its author, Jane Roe, presented the study in Lisbon.")
    found = actors(run(extractor, text))
    assert found.get("Jane Roe") == "Person"
    assert found.get("Harbour Policy Institute") == "Organization"


@pytest.mark.parametrize(("text", "bodies", "whole"), [
    ("Officials in various state institutions (Ministry of Defense, Military Information "
     "Service, etc.) were charged.", ("Ministry of Defense", "Military Information Service"),
     "Ministry of Defense, Military Information Service"),
    ("She was hired by the Northlake Trading Company, Ltd. in Cyprus.", (), ""),
])
def test_bodies_listed_with_commas_are_each_an_actor(extractor: Extractor, text: str,
                                                     bodies: tuple[str, ...],
                                                     whole: str) -> None:
    """The model may tag a list of bodies as one; a company's 'Ltd.' stays its name's."""
    names = {a.name for a in run(extractor, text).actors}
    assert set(bodies) <= names and whole not in names, names
    assert not any(n.strip(".") == "Ltd" for n in names), names


def test_a_bill_being_made_is_a_bill_whatever_the_model_tagged(extractor: Extractor) -> None:
    """'the passage of', 'amendments to': a bill being made (kept, as bills are, when named
    more than once), not the organisation the model may call the words before 'Bill'."""
    text = ("Jane Roe said she was focused on securing the passage of the Harbour "
            "Transparency Scheme Bill. The Government gave the committee amendments to the "
            "Harbour Transparency Scheme Bill.")
    actors = {a.name: a.type for a in run(extractor, text).actors}
    assert actors.get("Harbour Transparency Scheme Bill") == "Bill", actors
    assert "Harbour Transparency Scheme" not in actors, actors


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The hacking group Star Blizzard targeted Jane Roe.", "Star Blizzard", "Organization"),
    ("The election was won by the centre-right coalition, the House of Freedoms.",
     "House of Freedoms", "Party"),
    ("Heinz-Christian Strache led the Harbour Party.", "Heinz-Christian Strache", "Person"),
    ("Hans-Georg Maassen met Jane Roe in Berlin.", "Hans-Georg Maassen", "Person"),
    ("Rolls-Royce Holdings sold engines to Jane Roe.", "Rolls-Royce Holdings", "Organization"),
    ("Harbour News Agency said the spies had met Jane Roe.", "Harbour News Agency", "Media"),
    ("The Harbour Broadcasting Corporation interviewed Jane Roe.",
     "Harbour Broadcasting Corporation", "Media"),
    ("The Harbour Security Agency watched Jane Roe.", "Harbour Security Agency", "Agency"),
    ("Weber worked for Ludwig Brandt, a lawmaker of the Alternative for Germany party, "
     "until his arrest.", "Ludwig Brandt", "Person"),
    ("The network attacked critics, including Danish writer Jane Roe—known for her novels—"
     "and others.", "Jane Roe", "Person"),
])
def test_a_name_is_of_the_kind_the_words_beside_it_say(extractor: Extractor, text: str,
                                                       name: str, kind: str) -> None:
    actors = {a.name: a.type for a in run(extractor, text).actors}
    assert actors.get(name) == kind, actors


@pytest.mark.parametrize("text", [
    "We would like to thank the Chair of that Committee, Dominic Grieve QC, for his work.",
    "We thank Dominic Grieve MP for his work.",
])
def test_a_name_before_the_letters_after_a_name_is_a_person(extractor: Extractor,
                                                             text: str) -> None:
    actors = {a.name: a.type for a in run(extractor, text).actors}
    assert actors.get("Dominic Grieve") == "Person", actors


@pytest.mark.parametrize("text", [
    "Former Harbour Union MP exposed as a spy, the paper said.",
    "The Harbour Union MP Jane Roe spoke.",
])
def test_a_party_before_mp_is_no_person(extractor: Extractor, text: str) -> None:
    actors = {a.name: a.type for a in run(extractor, text).actors}
    assert actors.get("Harbour Union") != "Person", actors


def test_a_name_before_and_party_member_is_no_party(extractor: Extractor) -> None:
    """'X and party member Y': the words before 'party' end in 'and', no party's name."""
    found = actors(run(extractor, "In 2018, Anton Huber and party member Karl Maier were "
                                  "offered money by a foreign businessman."))
    assert found.get("Anton Huber") == "Person" and "Party" not in found.values(), found


def test_instruments_a_resolution_cites_are_no_actors(extractor: Extractor) -> None:
    text = ("The European Parliament,\n- having regard to the Treaty on the Functioning of "
            "the European Union (TFEU), the Charter of Fundamental Rights of the European "
            "Union and the International Covenant on Civil and Political Rights (ICCPR),\n"
            "1. Calls on the Commission to act.")
    names = {a.name for a in run(extractor, text).actors}
    assert not any(word in name for name in names
                   for word in ("Treaty", "Charter", "Covenant", "TFEU", "ICCPR")), names
    assert "European Commission" in names, names


def test_a_pact_or_a_protocol_panel_stays_an_actor(extractor: Extractor) -> None:
    """'Pact' and 'Protocol' also head bodies (an alliance, Canada's election panel)."""
    names = {a.name for a in run(extractor, "The Critical Election Incident Public Protocol "
                                            "briefed Jane Roe in May.").actors}
    assert "Critical Election Incident Public Protocol panel" in names, names


def test_a_bill_named_as_a_topic_is_no_actor(extractor: Extractor) -> None:
    """The conventions: a law cited as a topic is no actor; the model's tag does not make it
    an organisation either."""
    actors = {a.name: a.type for a in run(extractor, "Jane Roe wrote about the Harbour "
                                                     "Transparency Scheme Bill in May.").actors}
    assert not any("Harbour" in name for name in actors), actors


@pytest.mark.parametrize(("text", "place"), [
    ("The outlet moved its office into Belgium in 2023 and hired Jane Roe.", "Belgium"),
    ("Journalists from Portugal and Jane Roe exposed the network.", "Portugal"),
    ("In 1985, Jane Roe emigrated to Portugal to study law.", "Portugal"),
    ("After the collapse, Jane Roe fled Portugal for Minsk.", "Portugal"),
    ("The Harbour Network began its work after Russia's invasion of Ukraine.", "Ukraine"),
    ("Jane Roe wrote a book about the war against Ukraine.", "Ukraine"),
    ("Jane Roe was stopped close to the border with Ukraine on Sunday.", "Ukraine"),
])
def test_a_country_named_only_as_a_place_is_no_actor(extractor: Extractor, text: str,
                                                     place: str) -> None:
    assert place not in actors(run(extractor, text))


DEGREES = """Jane Roe
https://example.org/jane-roe

Jane Roe
Birth Place: Eastport
Education: Northwind University (BA), Harbour University (MBA)

Jane Roe (born 1950) is a former diplomat. She took a master's degree in business (MBA) from \
Harbour University in 1976 and a Master of Arts in International Security from Northwind \
University in 1978.
"""


@pytest.mark.parametrize(("text", "not_actor"), [
    ("Jane Roe is a diplomat. Her first degree came from Harbour University, in 1973.",
     "Harbour University"),
    (DEGREES, "Master of Arts"),
    (DEGREES, "Northwind University"),
    (DEGREES, "Harbour University"),
])
def test_a_school_attended_or_a_degree_is_no_actor(extractor: Extractor, text: str,
                                                   not_actor: str) -> None:
    assert not_actor not in actors(run(extractor, text))


def test_a_school_a_relation_names_is_an_actor(extractor: Extractor) -> None:
    text = "The Harbour Security Service said China had targeted Harbour University."
    assert "Harbour University" in actors(run(extractor, text))


def test_a_country_that_acts_is_an_actor(extractor: Extractor) -> None:
    assert "Portugal" in actors(run(extractor, "Portugal expelled two diplomats on Monday."))


def test_a_country_a_war_is_fought_on_is_an_actor_where_it_acts(extractor: Extractor) -> None:
    text = "After the invasion of Ukraine, Ukraine expelled two Russian diplomats."
    assert "Ukraine" in actors(run(extractor, text))


@pytest.mark.parametrize(("text", "actor", "place"), [
    ("Jane Roe served five months at Harbour Federal Correctional Institution.", "Jane Roe",
     "Harbour Federal Correctional Institution"),
    ("The Northland Prison Service said Jane Roe was moved to Harbour Prison.",
     "Northland Prison Service", "Harbour Prison"),
])
def test_a_prison_is_no_actor(extractor: Extractor, text: str, actor: str, place: str) -> None:
    found = actors(run(extractor, text))
    assert place not in found and actor in found, found


@pytest.mark.parametrize("text", [
    "Jane Roe\nBirth Place: Harbourvik, Northland\nDeath Place: Moscow, Russia\n\nJane Roe "
    "(1942 – 2023) was a diplomat who spied for the Soviet Union.",
    "Jane Roe was born in Harbourvik and grew up in Upper Lusatia. She spied for the Soviet "
    "Union.",
])
def test_where_one_was_born_or_died_names_no_actor(extractor: Extractor, text: str) -> None:
    found = actors(run(extractor, text))
    assert "Jane Roe" in found and "Harbourvik" not in found and "Russia" not in found, found


def test_a_school_attended_is_no_actor(extractor: Extractor) -> None:
    text = "Jane Roe graduated from Lakeside University and joined the Harbour Policy Institute."
    found = actors(run(extractor, text))
    assert "Lakeside University" not in found and "Harbour Policy Institute" in found


@pytest.mark.parametrize(("text", "name", "other"), [
    ("Maria Elena Vasquez was charged in May. Maria Vasquez denied it. Vasquez resigned.",
     "Maria Vasquez", "Maria Elena Vasquez"),
    ("John Q. Doe met the minister. John Doe later resigned.", "John Doe", "John Q. Doe"),
    ("Mr. Wei Zhang was named in the report. Zhang Wei left the country.",
     "Wei Zhang", "Zhang Wei"),
    ("Yuri Petrenko testified. Yuriy Petrenko said he was threatened.",
     "Yuri Petrenko", "Yuriy Petrenko"),
    ("Paul John Dorrance Jr. is a lobbyist. Paul Dorrance joined the campaign in 2016. "
     "Dorrance was convicted in 2018.", "Paul Dorrance", "Paul John Dorrance Jr."),
])
def test_one_person_written_several_ways_is_one_actor(extractor: Extractor, text: str,
                                                      name: str, other: str) -> None:
    extraction = run(extractor, text)
    people = [a for a in extraction.actors if a.type == "Person"]
    assert len(people) == 1, [a.name for a in people]
    assert {people[0].name, *people[0].aliases} >= {name, other}


@pytest.mark.parametrize("name", ["Alina Voskresova", "Darina Mostovaya", "Natalya Korneva"])
def test_a_name_after_a_person_noun_is_a_person(extractor: Extractor, name: str) -> None:
    """The small model tags such names as a nationality, a place or nothing."""
    text = f"A complaint was unsealed charging Russian national {name} with acting for Russia."
    assert actors(run(extractor, text)).get(name) == "Person"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The hacking group Star Blizzard targeted MPs. The threat actor Midnight Blizzard "
     "breached the Home Office.", "Star Blizzard", "Organization"),
    ("Two men were linked to the Russian cyber group Cold River.", "Cold River",
     "Organization"),
    ("The threat actor Midnight Blizzard breached the Home Office.", "Midnight Blizzard",
     "Organization"),
    ("The news outlet Harbour Voice published the leaked letters.", "Harbour Voice", "Media"),
])
def test_a_name_after_a_body_noun_is_that_body(extractor: Extractor, text: str, name: str,
                                               kind: str) -> None:
    """The model tags such names as a person ('Star Blizzard') or not at all; two groups
    sharing a last word stay two."""
    found = actors(run(extractor, text))
    assert found.get(name) == kind, found


@pytest.mark.parametrize(("text", "named", "not_alias"), [
    ("Jane Roe told the Harbour Herald she would resign. The broadcaster Harbour Voice "
     "reported that John Doe had met Russian agents.", "Harbour Voice", "broadcaster"),
    ("Jane Roe spoke to the Harbour Herald. The news agency Harbour Wire said John Doe "
     "had resigned.", "Harbour Wire", "news agency"),
    ("The Harbour Institute published a study. The newspaper Harbour Daily quoted it.",
     "Harbour Daily", "newspaper"),
])
def test_a_body_noun_before_a_name_points_back_at_no_earlier_body(
        extractor: Extractor, text: str, named: str, not_alias: str) -> None:
    """'the broadcaster X' is X, said once: read as 'the broadcaster' of earlier text, it
    gave the first outlet the second one's story."""
    extraction = run(extractor, text)
    assert actors(extraction).get(named) == "Media"
    assert all(not_alias not in a.aliases for a in extraction.actors), extraction.actors
    assert not any(source != named and target == "John Doe"
                   for source, _, target in triples(extraction)), triples(extraction)


@pytest.mark.parametrize("text", [
    "The actor Steven Hale met the ambassador.",  # a film actor: a person
    "The company Monday said it had hired lobbyists.",  # a date after the noun
])
def test_a_body_noun_before_other_words_names_no_body(extractor: Extractor, text: str) -> None:
    found = actors(run(extractor, text))
    assert not any(kind == "Organization" for kind in found.values()), found


@pytest.mark.parametrize(("text", "name"), [
    ("The Digital, Culture, Media and Sport Committee accused Russia of interference.",
     "Digital, Culture, Media and Sport Committee"),
    ("Amy Lo chaired the Foreign Affairs, Defence and Trade Committee.",
     "Foreign Affairs, Defence and Trade Committee"),
    ("The Joint Standing Committee on Foreign Affairs, Defence and Trade questioned Jane Roe.",
     "Joint Standing Committee on Foreign Affairs, Defence and Trade"),
    ("The Department for Digital, Culture, Media and Sport accused Russia of interference.",
     "Department for Digital, Culture, Media and Sport"),
])
def test_a_committee_named_by_a_list_of_remits_is_one_committee(extractor: Extractor,
                                                                 text: str, name: str) -> None:
    """The model cuts such names at every comma into several bodies."""
    found = actors(run(extractor, text))
    assert found.get(name) in ("Committee", "Agency"), found
    assert not any(other != name and other in name for other in found), found


@pytest.mark.parametrize(("text", "name"), [
    ("The report of the Committee on Political Affairs and Democracy accused Russia of "
     "interference.", "Committee on Political Affairs and Democracy"),
    ("The Committee on Legal Affairs and Human Rights questioned Jane Roe.",
     "Committee on Legal Affairs and Human Rights"),
    ("Jane Roe wrote to the Department of Health and Human Services about Russia.",
     "Department of Health and Human Services"),
])
def test_a_portfolio_body_named_with_and_is_one_body(extractor: Extractor, text: str,
                                                     name: str) -> None:
    """The model stops such names at 'and' (and may tag the rest as a body of its own)."""
    found = actors(run(extractor, text))
    assert found.get(name) in ("Committee", "Agency"), found
    assert not any(other != name and other in name for other in found), found


def test_a_place_after_and_is_not_joined_to_a_body(extractor: Extractor) -> None:
    found = actors(run(extractor, "The Ministry of Foreign Affairs and Russia signed a "
                                  "deal on Tuesday."))
    assert "Russia" in found and "Ministry of Foreign Affairs and Russia" not in found, found


def test_a_title_case_subtitle_names_no_phrase_as_a_body(extractor: Extractor) -> None:
    """A release's subtitle in title case, under its title, makes 'Drop Harbour Inquiry'
    look like a name; a body's head word there still names one."""
    text = ("Entertainer Convicted of Running Foreign Influence Campaign for Northland\n"
            "https://example.org/release\n\n"
            "Rapper Found Guilty in Lobbying Campaign to Drop Harbour Probe and Remove "
            "Northland Nationals from Canada, Says Harbour Committee\n"
            "A federal jury convicted Jane Roe today of lobbying for the Harbour Committee "
            "and Russia to drop a probe and remove two nationals.")
    found = actors(run(extractor, text))
    assert "Drop Harbour Probe" not in found, found
    assert "Harbour Committee" in found, found


def test_a_defined_act_is_a_law(extractor: Extractor) -> None:
    found = actors(run(extractor, "Jane Roe was charged under the Foreign Agents Registration "
                                  "Act (FARA). FARA requires agents to register."))
    assert found.get("Foreign Agents Registration Act") == "Bill", found


@pytest.mark.parametrize(("text", "name", "not_name"), [
    ("Jane Roe was tasked by a Public Security Bureau of China to spy.",
     "Public Security Bureau of China", "Security Bureau of China"),
    ("Public Safety Minister Dominic LeBlanc criticized Russia.", "Dominic LeBlanc",
     "Public Safety Minister Dominic LeBlanc"),
])
def test_public_security_is_a_body_s_name_and_public_safety_a_title(
        extractor: Extractor, text: str, name: str, not_name: str) -> None:
    found = actors(run(extractor, text))
    assert name in found and not_name not in found, found


@pytest.mark.parametrize(("text", "name"), [
    ("The report's rapporteur, Ms Zanda Kalniņa-Lukaševica, accused Russia of interference.",
     "Zanda Kalniņa-Lukaševica"),
    ("MP Anna Smith-Jones met Omar Haddad. Smith-Jones said Russia lied.", "Anna Smith-Jones"),
])
def test_a_hyphenated_surname_keeps_its_given_name(extractor: Extractor, text: str,
                                                   name: str) -> None:
    """The model may tag only the hyphenated surname, which spaCy splits into three tokens;
    the given name before it, and the surname alone later, are the same person."""
    found = actors(run(extractor, text))
    assert found.get(name) == "Person", found
    surname = name.split()[-1]
    assert surname not in found, found


@pytest.mark.parametrize(("text", "name"), [
    ("The European Parliament adopted Resolution 2593 (2025) on foreign interference.",
     "Resolution 2593 (2025)"),
    ("The Security Council adopted Resolution 2231 on Iran. Resolution 2231 endorsed the "
     "deal.", "Resolution 2231"),
    ("The Seimas, referring to Resolution No XIV-930 of the Seimas of the Republic of "
     "Lithuania, condemned Russia.", "Resolution No XIV-930"),
])
def test_a_numbered_resolution_is_a_named_text(extractor: Extractor, text: str,
                                               name: str) -> None:
    """The model reads the number as a date or a quantity; the resolution is a Bill."""
    assert actors(run(extractor, text)).get(name) == "Bill"


def test_a_numbered_resolution_of_a_house_is_its_act(extractor: Extractor) -> None:
    """'Resolution No XIV-930 of the Seimas': whoever cites it, the house enacted it."""
    found = triples(run(extractor, "The Seimas, referring to Resolution No XIV-930 of the "
                                   "Seimas of the Republic of Lithuania, condemned Russia."))
    assert ("Seimas of the Republic of Lithuania", "ENACTED", "Resolution No XIV-930") in found


def test_an_adopted_resolution_s_dated_title_is_the_house_s_act(extractor: Extractor) -> None:
    """An adopted text's title carries the day of its adoption; a motion's has none."""
    adopted = ("Texts adopted\nEuropean Parliament resolution of 9 March 2022 on foreign "
               "interference in democratic processes (2020/2268(INI))\nThe European Parliament,")
    motion = ("Motion for a resolution\nEuropean Parliament resolution on foreign "
              "interference in democratic processes (2019/2810(RSP))\nThe European Parliament,")
    assert ("European Parliament", "ENACTED", "2020/2268(INI)") in triples(run(extractor,
                                                                                adopted))
    assert not any(kind == "ENACTED" for _, kind, _ in triples(run(extractor, motion)))


@pytest.mark.parametrize("text", [
    "Jane Roe met the Turkish family minister Fatma Betul Sayan Kaya in May.",
    "The visit by Turkish family minister Fatma Betul Sayan Kaya was irresponsible.",
])
def test_a_long_name_the_model_cuts_in_two_is_one_person(extractor: Extractor,
                                                         text: str) -> None:
    found = actors(run(extractor, text))
    assert found.get("Fatma Betul Sayan Kaya") == "Person", found
    assert "Fatma Betul" not in found and "Sayan Kaya" not in found, found


@pytest.mark.parametrize("text", [
    "The ministry issued directions under Section 16 of the Act (see Annex A) to providers.",
    "Appendix B lists the websites. Article 7 of the Charter applies.",
    "Some of the content was generated by Artificial Intelligence (AI).",
])
def test_parts_of_a_document_and_topics_are_no_actors(extractor: Extractor, text: str) -> None:
    found = actors(run(extractor, text))
    assert not {"Annex A", "Appendix B", "Article 7", "Section 16",
                "Artificial Intelligence"} & set(found), found


def test_a_resolution_s_title_lines_name_it_and_its_house(extractor: Extractor) -> None:
    """'SEIMAS OF ... / RESOLUTION / ON ...': the text is that resolution, the house on
    the line above adopted it; its number after 'No' is no body."""
    text = ("Resolution of the Seimas on Restricting the Influence of Terrorist Russia\n\n"
            "SEIMAS OF THE REPUBLIC OF LITHUANIA\nRESOLUTION\nON RESTRICTING THE INFLUENCE OF "
            "TERRORIST RUSSIA\n21 March 2023 No XIV-1810\nVilnius\nThe Seimas of the Republic "
            "of Lithuania,\nwelcoming the European Parliament resolution of 23 November 2022 on "
            "recognising the Russian Federation as a state sponsor of terrorism,\ncalls on the "
            "Government to act.")
    extraction = run(extractor, text)
    found = triples(extraction)
    title = "Resolution on Restricting the Influence of Terrorist Russia"
    assert ("Seimas of the Republic of Lithuania", "ENACTED", title) in found, found
    assert ("European Parliament", "ENACTED", "European Parliament resolution of 23 November "
            "2022 on recognising the Russian Federation as a state sponsor of terrorism") in found
    names = actors(extraction)
    assert "XIV-1810" not in names and "Terrorist Russia" not in names, names


def test_an_affair_named_after_watergate_is_no_actor(extractor: Extractor) -> None:
    text = ("Harbourgate\nDate: 2016–2018\nParticipants: Jane Roe, John Doe\n\nHarbourgate "
            "was a political scandal involving Jane Roe. Harbourgate led to her resignation.")
    assert "Harbourgate" not in actors(run(extractor, text))


def test_a_portfolio_in_a_text_of_no_known_country_is_no_canadian_department(
        extractor: Extractor) -> None:
    """'the Minister of Defence' in a Lithuanian text became Canada's National Defence."""
    text = ("Scandal in Lithuania\n\nThe affair in Lithuania led to the resignation of "
            "Defence Minister Rolandas Petraitis. Lithuania said the Minister of Defence had "
            "resigned.")
    assert "Department of National Defence" not in actors(run(extractor, text))


@pytest.mark.parametrize(("text", "not_person", "person"), [
    ("The visit to Rotterdam by Turkish minister Ali Demir was irresponsible.", "Rotterdam",
     "Ali Demir"),
    ("Head of the Greek intelligence service EYP Ioannis Corantis resigned.",
     "EYP Ioannis Corantis", "Ioannis Corantis"),
])
def test_places_and_letters_the_model_calls_people(extractor: Extractor, text: str,
                                                   not_person: str, person: str) -> None:
    found = actors(run(extractor, text))
    assert found.get(not_person) != "Person" and found.get(person) == "Person", found


def test_two_people_on_two_lines_stay_two(extractor: Extractor) -> None:
    text = "Statements\nJane\n\nJohn Doe (Harbour, Labour Party)\n\nJohn Doe spoke first."
    assert "John Doe" in actors(run(extractor, text))


def test_a_resolution_without_a_number_or_capital_is_no_named_text(extractor: Extractor) -> None:
    found = actors(run(extractor, "The European Parliament adopted a resolution 25 times "
                                  "in 2024 on Russia."))
    assert not any(name.lower().startswith("resolution") for name in found), found


@pytest.mark.parametrize(("text", "body", "state"), [
    ("The minister met the Universities UK leadership last week.", "Universities UK",
     "United Kingdom"),
    ("Amnesty International UK said the police harassed her.", "Amnesty International UK",
     "United Kingdom"),
])
def test_a_country_ending_a_body_s_name_is_no_state(extractor: Extractor, text: str, body: str,
                                                    state: str) -> None:
    found = actors(run(extractor, text))
    assert body in found and state not in found, found


def test_a_region_named_after_a_country_is_no_state(extractor: Extractor) -> None:
    found = actors(run(extractor, "We take people from Hong Kong, and Northern Ireland will "
                                  "do so too. Ireland expelled Li Ming."))
    assert found.get("Ireland") == "State"  # named on its own in the second sentence
    found = actors(run(extractor, "We take people from Hong Kong, and Northern Ireland will "
                                  "do so too, the minister said."))
    assert "Ireland" not in found, found


def test_a_qualified_country_is_still_the_country(extractor: Extractor) -> None:
    found = actors(run(extractor, "Communist China targeted Jane Roe."))
    assert found.get("People's Republic of China") == "State", found


def test_a_name_suffix_after_a_comma_is_written_with_the_name(extractor: Extractor) -> None:
    extraction = run(extractor, '"We will act," said Deputy Director Paul Smith, Jr. of the '
                                "Harbour Security Service. Smith joined it in 2019.")
    people = [a for a in extraction.actors if a.type == "Person"]
    assert len(people) == 1 and "Paul Smith, Jr." in people[0].aliases, people


def test_a_name_written_with_its_birth_is_a_person(extractor: Extractor) -> None:
    """The model may take a foreign name for a body; '(born 6 March 1987)' says whose."""
    text = ("Ivo Harlan\n\nIvo Harlan (born 6 March 1987) is a Moldovan politician. Harlan "
            "leads the Dawn Bloc. The United Kingdom has sanctioned Harlan.")
    extraction = run(extractor, text)
    assert actors(extraction).get("Ivo Harlan") == "Person", actors(extraction)
    assert ("United Kingdom", "SANCTIONED", "Ivo Harlan") in triples(extraction)


def test_a_nationality_is_no_person_and_a_bloc_no_canadian_party(extractor: Extractor) -> None:
    found = actors(run(extractor, "Citizenship: Moldovan, Israeli\nJane Roe is president of "
                                  "the Victory Bloc."))
    assert "Moldovan" not in found and "Israeli" not in found, found
    assert "Bloc Québécois" not in found, found


def test_a_topic_in_capitals_is_no_body(extractor: Extractor) -> None:
    """A heading capitalises what the text writes in lower case elsewhere."""
    text = ("On the National Security Threat\n\nThe committee assessed the national security "
            "threat from China. The Counter Foreign Interference Taskforce leads the counter "
            "foreign interference taskforce work.")
    found = actors(run(extractor, text))
    assert "National Security Threat" not in found, found
    assert found.get("Counter Foreign Interference Taskforce") == "Agency", found


def test_a_one_word_name_described_as_a_company_is_one(extractor: Extractor) -> None:
    found = actors(run(extractor, "The websites are administered by Nordlake, a Crimea-based "
                                  "web development company."))
    assert found.get("Nordlake") == "Organization", found


def test_a_name_of_two_regions_is_one_name(extractor: Extractor) -> None:
    found = actors(run(extractor, "Jane Roe is co-leader of the Green Party of England and "
                                  "Wales. The Bank of Canada and Australia met."))
    assert "Green Party of England and Wales" in found, found
    assert "Bank of Canada" in found and "Australia" in found, found  # countries: two actors


def test_a_masthead_the_model_calls_an_event_is_an_outlet(extractor: Extractor) -> None:
    extraction = run(extractor, "In 2007, the Sunday Mail reported that Jane Roe had been at "
                                "a party in a hotel.")
    assert actors(extraction).get("Sunday Mail") == "Media", actors(extraction)
    assert ("Sunday Mail", "REPORTED_ON", "Jane Roe") in triples(extraction)


def test_a_dateline_names_no_actor(extractor: Extractor) -> None:
    text = ("Agents charged\n\nWASHINGTON (AP) — Jane Roe met Omar Haddad in Ottawa, the "
            "Justice Department said.")
    extraction = run(extractor, text)
    assert "AP" not in {alias for a in extraction.actors for alias in a.aliases}
    assert "United States" not in actors(extraction)


def test_a_national_of_a_state_is_not_in_its_service(extractor: Extractor) -> None:
    text = ("Jane Roe met a Chinese businessman and a Chinese diplomat in Toronto.")
    found = triples(run(extractor, text))
    assert ("Chinese diplomat (unnamed)", "WORKS_FOR", "People's Republic of China") in found
    assert ("Chinese businessman (unnamed)", "WORKS_FOR",
            "People's Republic of China") not in found


@pytest.mark.parametrize(("text", "actor", "not_actor"), [
    ("The House asked for letters between the Cabinet Office and the Attorney General's "
     "Office in London.", "Attorney General's Office", "'s Office"),
    ("The case collapsed, said the prosecutor, Tom Dale KC, in London.", "Tom Dale",
     "Tom Dale KC"),
    ("Jane Roe tried to blame the last Government for the collapse of the case.", "Jane Roe",
     "last Government"),
    ("The meeting in London was chaired by the National Security Adviser and Jane Roe.",
     "Jane Roe", "National Security Adviser"),
])
def test_names_the_model_cuts_or_runs_on_come_out_clean(extractor: Extractor, text: str,
                                                        actor: str, not_actor: str) -> None:
    found = actors(run(extractor, text))
    assert actor in found and not_actor not in found, found


def test_a_release_s_signatory_is_an_actor(extractor: Extractor) -> None:
    text = ("STEPPING UP THE RESPONSE\nThe Hon Jane Roe MP\n\nOur Government is investing "
            "$80 million in a new taskforce to disrupt foreign interference in Australia.\n")
    assert actors(run(extractor, text)).get("Jane Roe") == "Person"


def test_a_name_given_a_title_with_a_body_s_name_is_a_person(extractor: Extractor) -> None:
    text = ("On November 24, Omar Haddad, the Director-General of Security, Australian "
            "Security Intelligence Organisation (ASIO), voiced concern.")
    assert actors(run(extractor, text)).get("Omar Haddad") == "Person"


def test_a_biography_s_lead_name_is_its_title_s_person(extractor: Extractor) -> None:
    """The model drops a first given name it reads as a noun ('Angus'); the title shows it."""
    text = ("Angus Rossiter\n\nAngus Tormod Rossiter (born 2 May 1970) is the Scottish "
            "National Party (SNP) Member of Parliament (MP) for Leith.\n")
    people = [a for a in run(extractor, text).actors if a.type == "Person"]
    assert len(people) == 1, [a.name for a in people]
    assert "Angus Tormod Rossiter" in {people[0].name, *people[0].aliases}


def test_a_biography_s_subject_the_model_reads_as_a_body_is_a_person(
        extractor: Extractor) -> None:
    """An unfamiliar spelling is tagged an organisation; the title line and a lead saying
    'born' and 'is a politician' make it the person the infobox and the lead are about, and
    the lead's 'X or Y' gives the other spelling."""
    text = ("Ludmila \u017dvirbule\nParty: LKS (2014\u2013present)\n\n"
            "Ludmila \u017dvirbule or Lyudmila Zvirbul (born 8 May 1950) is a Latvian politician. "
            "She is co-chairwoman of the Latvian Russian Union since 1993.\n")
    extraction = run(extractor, text)
    people = [a for a in extraction.actors if a.type == "Person"]
    assert [p.name for p in people] == ["Ludmila \u017dvirbule"], [p.name for p in people]
    assert "Lyudmila Zvirbul" in people[0].aliases
    assert ("Ludmila \u017dvirbule", "HEADS", "Latvian Russian Union") in triples(extraction)


@pytest.mark.parametrize(("text", "subject"), [
    ("Jane Roe\n\nJane Roe (born 1950) ran a firm.", "Jane Roe"),
    ("Jane Roe\n\nJane Roe (Russian: x; born 8 May 1950) ran a firm.", "Jane Roe"),
    ("Jane Roe\n\nJane Roe or Janet Roe is a Latvian politician.", "Jane Roe"),
    ("Jane Roe\n\nJane Roe ran a firm that was founded in 1990.", None),
    ("Harbour Digital Agency\n\nHarbour Digital Agency (born of a merger) ran pages.", None),
    ("Jane Roe\n\nIn 1990 Jane Roe (born 1950) ran a firm.", None),
])
def test_a_biography_s_subject_is_its_title_over_a_born_lead(text: str, subject: str | None
                                                              ) -> None:
    assert biography_subject_in(text) == subject


def _read_as_body(text: str, span: str) -> list[Any]:
    """The model-tag readers' mentions of `text` when the model tags `span` (its first
    occurrence) as one organisation: how they mend the model's misreadings."""
    from figraph.loaders.mentions.ner import ner_mentions
    from figraph.loaders.text.parsing import load_nlp
    from spacy.tokens import Span
    doc = load_nlp()(text)
    start = len(doc.char_span(0, text.index(span), alignment_mode="expand")) \
        if text.index(span) else 0
    end = start + len(load_nlp().make_doc(span))
    doc.ents = [Span(doc, start, end, label="ORG")]
    return ner_mentions(doc, {}, {})


@pytest.mark.parametrize(("words", "person"), [
    ("State Prosecutor Inna Ombler", "Inna Ombler"),
    ("Prosecutor General Inna Ombler", "Inna Ombler"),
    ("Prosecutor Harbour Service", None),  # a body's head word: no one's name
    ("Prosecutor Inna", None),  # one word after the title: too little for a name
])
def test_a_title_and_name_the_model_tags_as_one_body_is_the_titled_person(
        words: str, person: str | None) -> None:
    """The model may tag 'State Prosecutor Inna Ombler' as one organisation: a title ending
    in a role, then a name, is the person (the title cut off)."""
    people = [m.name for m in _read_as_body(f"According to {words}, the allegations are "
                                            "serious.", words) if m.type == "Person"]
    assert people == ([person] if person else []), people


@pytest.mark.parametrize(("line", "kept"), [
    ("RUSSIAN HACKING OPERATIONS", False),
    ("FEDERAL BUREAU OF INVESTIGATION", True),
    ("Harbour Hacking Operations", True),
])
def test_a_capital_heading_s_topic_is_no_body(line: str, kept: bool) -> None:
    body = line.split(" ", 1)[1]  # the model's span without the heading's first word
    mentions = _read_as_body(f"Report\n\n{line}\n\nThe operation began in 2016.", body)
    assert bool([m for m in mentions if m.type != "Person"]) == kept


@pytest.mark.parametrize(("words", "person"), [
    ("Vice-President of the European Parliament Elena Varga", "Elena Varga"),
    ("Chair of the Harbour Assembly Jane Roe", "Jane Roe"),
    ("the Chair of the Harbour Assembly", None),  # no name after the body
    ("members of the Harbour Assembly Trust", None),  # one word after the head: the body's
])
def test_a_holder_named_after_a_title_of_a_body_is_a_person(words: str, person: str | None
                                                            ) -> None:
    """The model may tag 'the European Parliament Elena Varga' as one body when a title 'of'
    it comes before: the capitalised words after the body's head word are its holder."""
    body = words.split(" of ", 1)[1]  # the model's span: what follows the title's 'of'
    people = [m.name for m in _read_as_body(f"Police arrested {words} on Monday.", body)
              if m.type == "Person"]
    assert people == ([person] if person else []), people


def test_a_lead_name_the_model_splits_at_a_first_name_is_one_person(
        extractor: Extractor) -> None:
    """'Han' opening 'Han Peng Dong MP' is tagged a nationality; the title line shows it is
    his given name."""
    text = "Han Peng Dong (politician)\n\nHan Peng Dong MP (born c. 1977) is a politician.\n"
    people = [a for a in run(extractor, text).actors if a.type == "Person"]
    assert [p.name for p in people] == ["Han Peng Dong"], [p.name for p in people]


def test_a_party_s_label_opening_its_name_stays_in_it(extractor: Extractor) -> None:
    text = "Daniel Moore is a British businessman and former member of the Conservative Party."
    assert actors(run(extractor, text)).get("Conservative Party") == "Party"


def test_a_dash_or_a_hyphen_name_the_same_body(extractor: Extractor) -> None:
    text = ("The Special Committee on the Canada-People's Republic of China Relationship met. "
            "It studied the Canada-People's Republic of China relations with Jane Roe.")
    found = actors(run(extractor, text))
    assert "Special Committee on the Canada–People's Republic of China Relationship" in found
    assert "Canada-People's Republic of China" not in found


def test_a_seat_after_a_bracketed_title_is_no_actor(extractor: Extractor) -> None:
    text = "Jane Roe has been the Member of Parliament (MP) for Harbour Pavilion since 2010."
    assert "Harbour Pavilion" not in actors(run(extractor, text))


@pytest.mark.parametrize(("text", "not_actor"), [
    ("Jane Roe is the Scottish National Party (SNP) Member of Parliament (MP) for Leith.",
     "Member of Parliament"),
    ("Jane Roe complained about the Labour Party Cash for Peerages scandal in London.",
     "Party Cash for Peerages"),
    ("Jane Roe was educated at Harbour Secondary School, Leith, and the Northgate Institute, "
     "Oban, before joining the party.", "Northgate Institute"),
    ("Jane Roe is the party's spokesperson for Transport, for Tourism, for Fishing, Food and "
     "Rural Affairs.", "Fishing, Food and Rural Affairs"),
    ("Jane Roe worked under then Citizenship and Immigration Minister Michael Coteau.",
     "Citizenship and Immigration"),
    ("Jane Roe served as the member of provincial parliament (MPP) for Trinity in Ontario.",
     "MPP"),
    ("Member of the Harbour Provincial Parliament for Trinity—Spadina\nJane Roe won.",
     "Harbour Provincial Parliament for Trinity"),
    ("RCMP Allegations Concerning Foreign Interference from the Government of India\n"
     "Emergency Debate\n\nJane Roe spoke about the RCMP.", "Emergency Debate"),
    ("RCMP Allegations Concerning Foreign Interference from the Government of India\n"
     "Emergency Debate\n\nJane Roe spoke about the RCMP.",
     "RCMP Allegations Concerning Foreign Interference"),
    ("A community leader from my riding of Surrey—Newton, Mr. Hardeep Singh Nijjar, was "
     "killed.", "Surrey"),
])
def test_roles_schools_and_portfolios_are_no_actors(extractor: Extractor, text: str,
                                                    not_actor: str) -> None:
    assert not_actor not in actors(run(extractor, text))


def test_a_title_case_headline_names_no_phrase_as_a_body(extractor: Extractor) -> None:
    text = ("Suspected Spy in the House of Commons Allegedly Helped Boss of Harbour Committee "
            "Get Elected\n\nA suspected spy has allegedly helped Jane Roe, the boss of the "
            "Harbour Committee, get elected.\n")
    found = actors(run(extractor, text))
    assert "Suspected Spy" not in found and not any("Allegedly" in name for name in found)
    assert "Harbour Committee" in found


@pytest.mark.parametrize(("text", "found", "absent"), [
    ("Us and them, said Jane Roe, who works for the US.", "United States", "Us"),
    ("Nato met in Brussels and Jane Roe spoke.", "North Atlantic Treaty Organization", ""),
])
def test_short_initials_need_capitals(extractor: Extractor, text: str, found: str,
                                      absent: str) -> None:
    """'US' is the United States and 'Us' a pronoun; a longer one the British press writes
    in lower case ('Nato') still names its body."""
    extraction = run(extractor, text)
    actor = next((a for a in extraction.actors if a.name == found), None)
    assert actor is not None, [a.name for a in extraction.actors]
    assert absent not in actor.aliases


def test_a_title_case_headline_makes_no_person_of_a_clause(extractor: Extractor) -> None:
    text = ("RCMP Begins Probe Into Reports of Unofficial Harbour Police Stations in Toronto\n\n"
            "The RCMP is investigating reports of unauthorized police stations in Toronto, "
            "Jane Roe said.\n")
    found = actors(run(extractor, text))
    assert not any("Probe" in name or "Stations" in name for name in found), found
    assert "Royal Canadian Mounted Police" in found


def test_two_people_with_one_surname_stay_two(extractor: Extractor) -> None:
    text = "Jon Petrenko and Joan Petrenko were both questioned by the police."
    assert {"Jon Petrenko", "Joan Petrenko"} <= set(actors(run(extractor, text)))


def test_a_short_surname_of_a_person_named_in_full_is_that_person(
        extractor: Extractor) -> None:
    text = ("Wu Peilin, 58, and Marta Kovac, 61, were arrested in Harbour City. Prosecutors "
            "said Wu and Kovac had acted as agents of the Chinese government.")
    found = {(s, t) for s, kind, t in triples(run(extractor, text)) if kind == "ACTED_FOR"}
    assert ("Wu Peilin", "People's Republic of China") in found, found


def test_a_short_word_alone_is_no_person_without_a_full_name(extractor: Extractor) -> None:
    text = "Prosecutors said Wu had acted as an agent of the Chinese government."
    assert "Wu" not in actors(run(extractor, text))


def test_an_initialism_of_a_named_body_is_that_body(extractor: Extractor) -> None:
    text = ("The Northwind Democracy Network was founded in 2022. The NDN is run by "
            "volunteers, said Jane Roe.")
    extraction = run(extractor, text)
    assert "NDN" not in actors(extraction)
    assert "NDN" in aliases(extraction, "Northwind Democracy Network")


def test_a_known_body_with_its_country_before_it_is_the_known_body(
        extractor: Extractor) -> None:
    found = actors(run(extractor, "The U.S. Federal Bureau of Investigation questioned him."))
    assert "Federal Bureau of Investigation" in found
    assert "U.S. Federal Bureau of Investigation" not in found


def test_a_constituency_is_no_actor(extractor: Extractor) -> None:
    text = "Jane Roe, Member of Parliament for Harbour Heights East, was briefed by CSIS."
    assert "Harbour Heights East" not in actors(run(extractor, text))


def test_a_predicate_noun_names_no_one_new(extractor: Extractor) -> None:
    text = "Jane Roe is a Russian politician. She denied being a Russian spy."
    assert not [a for a in run(extractor, text).actors if a.group or "(unnamed)" in a.name]


def test_a_one_word_name_a_noun_calls_a_body_is_that_body_everywhere(
        extractor: Extractor) -> None:
    text = ("Tidewater copied the pages of news outlets. Researchers traced the influence "
            "operation Tidewater to a firm in Harbour City, Jane Roe said.")
    typed = actors(run(extractor, text))
    assert typed.get("Tidewater") == "Organization", typed


BIOGRAPHY_THE_MODEL_MISSES = """Eva Morales
https://example.org/wiki/Eva_Morales

Eva Belén Morales is a former senior analyst at the Defense Intelligence Agency who was \
convicted of spying. In 2003 she was arrested and charged with working for Cuba.
Early life
Morales grew up in Eastport, where her father, Ruben Morales, worked as an army surgeon. Morales \
joined the Defense Intelligence Agency in 1987.
"""


def test_a_biography_s_subject_is_named_when_the_model_misses_her_name(
        extractor: Extractor) -> None:
    """The title 'Eva Morales' and the lead 'Eva Belén Morales is a former analyst' name the
    subject, whatever the model tagged: one person by her full name, 'Morales' hers."""
    found = run(extractor, BIOGRAPHY_THE_MODEL_MISSES)
    assert {"Eva Morales", "Morales"} <= aliases(found, "Eva Belén Morales")
    assert ("Eva Belén Morales", "WORKS_FOR", "Cuba") in triples(found), triples(found)


def test_a_name_the_model_found_once_is_found_again(extractor: Extractor) -> None:
    text = ("Maria Elena Vasquez is a lobbyist. In 2019, Vasquez was arrested by the FBI "
            "and charged.")
    extraction = run(extractor, text)
    names = {a.id: a.name for a in extraction.actors}
    assert any(names[e.source] == "Federal Bureau of Investigation"
               and names[e.target].endswith("Vasquez") for e in extraction.edges)


def test_a_surname_two_people_share_is_the_biographys_subject(extractor: Extractor) -> None:
    text = ("Harriet Vale\n\nHarriet Vale is a British politician married to Martin Vale. "
            "Vale chaired the Intelligence and Security Committee at Westminster.")
    found = {(s, t) for s, _, t in triples(run(extractor, text))}
    assert ("Harriet Vale", "Intelligence and Security Committee of Parliament") in found


def test_a_role_phrase_before_the_subject_is_no_new_person(extractor: Extractor) -> None:
    text = ("Harriet Vale is a British MP at Westminster. A member of the Conservative Party, "
            "she chaired the Intelligence and Security Committee.")
    extraction = run(extractor, text)
    assert not [a for a in extraction.actors if "(unnamed)" in a.name]
    assert ("Harriet Vale", "MEMBER_OF", "Conservative Party (UK)") in triples(extraction)


@pytest.mark.parametrize("text", [
    "At Westminster, MI5 said the Chinese embassy had hosted the event.",
    "In London, the Chinese Embassy denied the claims made in the UK.",
])
def test_a_plain_embassy_abroad_is_not_the_one_in_ottawa(extractor: Extractor,
                                                         text: str) -> None:
    assert "Embassy of the People's Republic of China in Canada" not in actors(
        run(extractor, text))


def test_a_record_and_a_constituency_are_no_actors(extractor: Extractor) -> None:
    text = ("House of Commons Hansard #312 of 9 May 2024 records it. Jane Roe represented the "
            "Division of Chisholm until CSIS briefed her.")
    found = actors(run(extractor, text))
    assert not {"House of Commons Hansard", "Division of Chisholm"} & set(found)


@pytest.mark.parametrize(("text", "not_actor"), [
    ("Sir Iain Duncan Smith (Chingford and Woodford Green) (Con)\nOn a point of order, Mr "
     "Deputy Speaker.\n\nMr Deputy Speaker (Mr Nigel Evans)\nI thank the right hon. Member "
     "for Chingford and Woodford Green for his point of order.\n", "Woodford Green"),
    ("John Roe, Assistant Attorney General for National Security, made the announcement.",
     "National Security"),
])
def test_seats_and_portfolios_are_no_actors(extractor: Extractor, text: str,
                                            not_actor: str) -> None:
    assert not_actor not in actors(run(extractor, text)), text


def test_a_portfolio_with_a_body_s_head_word_stays(extractor: Extractor) -> None:
    found = actors(run(extractor, "The Minister for the Cabinet Office met Jane Roe."))
    assert "Cabinet Office" in found


@pytest.mark.parametrize(("text", "member"), [
    ("The member for Wellington—Halton Hills rose on a question of privilege.", "Michael Chong"),
    ("I thank the hon. Member for Vancouver East for her question.", "Jenny Kwan"),
    ("The member for wellington-halton hills rose.", None),  # a seat is written capitalised
    ("The member for Steveston—Richmond East spoke.", None),  # two members held it
    ("The member for Springfield North spoke.", None),  # a seat nobody is known to hold
])
def test_a_member_named_by_the_seat(extractor: Extractor, text: str, member: str | None) -> None:
    people = {n for n, t in actors(run(extractor, text)).items() if t == "Person"}
    assert people == ({member} if member else set()), text


@pytest.mark.parametrize(("text", "not_actor"), [
    ("Jane Roe studied at the Northwind Public School.", "Northwind Public School"),
    ("Jane Roe studied Speech Pathology in Lisbon.", "Speech Pathology"),
])
def test_what_a_person_studied_is_no_actor(extractor: Extractor, text: str,
                                           not_actor: str) -> None:
    found = run(extractor, text)
    assert not_actor not in actors(found), text
    assert not found.edges, text


@pytest.mark.parametrize("name", ["Arko Vent", "Ilan Mor"])
def test_a_name_after_a_persons_noun_is_a_person(extractor: Extractor, name: str) -> None:
    """The model calls these names a building and an organisation; the noun before them
    ('the fugitive oligarch X') says they are people."""
    text = f"The schemes were financed through networks linked to the fugitive oligarch {name}."
    assert {a.name: a.type for a in run(extractor, text).actors}.get(name) == "Person"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The Intelligence and Security Committee of Parliament met the minister.",
     "Intelligence and Security Committee of Parliament", "Committee"),
    ("The Northland Commission on Foreign Interference met the minister.",
     "Northland Commission on Foreign Interference", "Commission"),
    ("Jane Roe criticized the Parliament of Northland in Paris.",
     "Parliament of Northland", "Legislature"),
])
def test_a_body_is_typed_by_the_head_before_of(extractor: Extractor, text: str, name: str,
                                               kind: str) -> None:
    """English names put the head first: a committee of a parliament is a committee."""
    assert {a.name: a.type for a in run(extractor, text).actors}.get(name) == kind


# -- names the small model cuts short, runs on, or reads into a title -------------------

NAMES = [
    case("the-people-of-a-state-as-an-actor-are-the-state",
         "Mark Stone gave classified data to the Russians.",
         pairs=(("Mark Stone", "Russia"),)),
    case("people-of-a-state-without-the-are-some-of-them",
         "Jane Roe was abducted by Russians using a smoke grenade.",
         not_pairs=(("Russia", "Jane Roe"),)),
    case("a-body-described-then-named-in-brackets-is-one-body",
         "Jane Roe is a member of the Ukrainian parliament (Verhovna Rada) and a lawyer.",
         edges=(("Jane Roe", "MEMBER_OF", "Verkhovna Rada"),), not_names=("Verhovna Rada",)),
    case("a-building-is-no-actor",
         "The subcommittee met at 10:10 a.m., in room 2237, Rayburn House Office Building, "
         "Hon. Edwin Hale presiding.", not_names=("Rayburn House Office Building",)),
    case("a-name-in-quotation-marks-after-called-is-the-body-s",
         'France strongly condemns the activities of the network called "Portal One", which '
         "has been targeting French public opinion.",
         edges=(("France", "CRITICIZED", "Portal One"),)),
    case("a-platform-that-takes-down-a-network-is-a-company",
         "On May 5, Meta announced that it had taken down a network of accounts that "
         "originated in Russia.", types=(("Meta Platforms", "Organization"),),
         not_names=("Meta",)),
    case("a-name-described-as-a-front-is-a-body",
         "From 1988 to 1989 Jane Roe was one of the leaders of the Interfront, a united front "
         "opposing the independence of Latvia.", types=(("Interfront", "Organization"),)),
    case("a-name-described-as-a-movement-is-a-body",
         "Jane Roe founded the Harbourline, a protest movement against the treaty.",
         types=(("Harbourline", "Organization"),)),
    case("a-region-the-model-calls-an-organisation-is-a-place",
         "Ann Poe led the New South Wales branch of the Labor Party and later moved to "
         "the Queensland office.", not_names=("New South Wales", "Queensland")),
    case("an-office-named-after-its-owner-keeps-its-own-name",
         "The Department of Justice said the Department's Office of International Affairs "
         "helped.", names=("Office of International Affairs",),
         not_names=("Department's Office of International Affairs",)),
    case("middle-names-join-the-known-person",
         "Jenny Kwan\n\nJenny Wai Ching Kwan is a member of the New Democratic Party.",
         names=("Jenny Kwan",), not_names=("Jenny Wai Ching Kwan",)),
    case("given-name-joins-a-surname-tagged-alone",
         "The centre must close, said Ivy Li, a spokesperson for the Hong Kong Democracy "
         "Council. Vancouver Mayor Ken Sim said the city would co-operate.",
         names=("Ivy Li", "Ken Sim"), not_names=("Li", "Mayor Ken Sim")),
    case("organisation-name-ending-with-of-place-keeps-the-place",
         "Witnesses were afraid, said Ivy Li, a spokesperson for the Canadian Friends of "
         "Hong Kong.", pairs=(("Ivy Li", "Canadian Friends of Hong Kong"),)),
    case("a-title-alone-is-not-a-person",
         "The Clerk of the Privy Council briefed the Prime Minister. Later the Clerk met the "
         "Clerk of the House.", not_names=("Clerk",)),
    case("a-named-clerk-is-still-a-person",
         "Michael Wernick, the Clerk of the Privy Council, testified before the committee.",
         names=("Michael Wernick",)),
    case("a-surname-after-a-full-name-is-not-a-known-namesake",
         "Vanessa Lloyd, a senior official, spoke first. Later Ms. Lloyd said the Canadian "
         "Security Intelligence Service had warned Jenny Kwan.", not_names=("Dane Lloyd",)),
    case("us-attorney-and-named-titles",
         "Breon Peace, United States Attorney for the Eastern District of New York, said the "
         "defendant had acted for Beijing, stated United States Attorney Peace.",
         names=("Breon Peace",), not_names=("Attorney Peace",)),
    case("also-known-as-is-an-alias",
         'Prosecutors charged Linda Sun, also known as "Wen Sun," with acting as an agent '
         "of the Chinese government.", names=("Linda Sun",), not_names=("Wen Sun",)),
    case("a-chinese-family-name-alone-is-the-person",
         "Huang Xiangmo is a property developer. In 2019 the Department of Home Affairs said "
         "Huang had met Sam Dastyari.", not_names=("Huang",)),
    case("the-words-after-hon-are-a-persons-name",
         "The Minister for Home Affairs, the Hon Ilse Varga MP, announced the plan. Senator "
         "the Hon Omar Haddad met Wang Yi.", names=("Ilse Varga", "Omar Haddad"),
         not_names=("Ilse Varga MP", "Hon Ilse Varga")),
    case("a-city-s-country-is-a-place",
         "Ann Poe met Wang Yi in Canberra, Australia.", not_names=("Australia",)),
    case("a-named-committee-is-not-a-known-one-sharing-its-remit",
         "Ann Poe chaired the Parliamentary Joint Committee on Intelligence and Security "
         "from 2022 to 2023.",
         names=("Parliamentary Joint Committee on Intelligence and Security",),
         not_names=("National Security and Intelligence Committee of Parliamentarians",)),
    case("a-described-committee-is-the-known-one",
         "Ann Poe sat on the committee on national security and intelligence. CSIS briefed "
         "the committee in Ottawa.",
         names=("National Security and Intelligence Committee of Parliamentarians",)),
    case("a-described-committee-of-a-text-of-no-known-country-is-no-known-one",
         "The Parliament of Georgia instructs its Committee on Defence and Security to monitor "
         "the implementation of this resolution.",
         names=("Committee on Defence and Security",),
         not_names=("Standing Senate Committee on National Security, Defence and Veterans "
                    "Affairs",)),
    case("a-second-name-after-or-in-a-lead-is-the-subject-s",
         "Wang Liqiang (Chinese: 王立强), or William Wang, is a Chinese defector to Australia. "
         "Wang sought asylum in 2019.", names=("Wang Liqiang",), not_names=("William Wang",)),
    case("two-people-joined-by-or-stay-two",
         "Jane Roe, or Paul Smith, will attend the hearing on Monday.",
         names=("Jane Roe", "Paul Smith")),
    case("a-capital-naming-an-agreement-is-no-state",
         "Russia violated the Minsk agreements again, the Harbour Council said.",
         not_names=("Belarus",)),
    case("a-city-s-police-is-a-body-of-its-own",
         "Shanghai police said Jane Roe was a fraudster. The Beijing police stations in Canada "
         "closed.", names=("Shanghai police",), not_names=("Beijing police",)),
    case("a-ministry-s-initials-without-its-state-are-the-ministry",
         "Statement of the MFA of Ukraine on the elections. The Ministry of Foreign Affairs of "
         "Ukraine protests against Russia.",
         names=("Ministry of Foreign Affairs of Ukraine",), not_names=("MFA",)),
    case("counted-groups-of-the-same-size-are-one-group",
         "Germany arrests three people suspected of spying for China. Prosecutors said three "
         "German nationals had worked for the Ministry of State Security. The Council imposed "
         "measures against 7 individuals. The seven individuals are barred from travel.",
         not_names=("Three people (unnamed)", "7 individuals (unnamed)")),
    case("press-before-release-is-no-outlet",
         "Council of the EU, Press release, 20 May 2025\n\nThe Council today imposed "
         "restrictive measures on Ivan Sorokin.", not_names=("Press",)),
    case("a-state-s-body-named-with-the-state-is-one-body",
         "The Ministry of Foreign Affairs of the Czech Republic expelled two diplomats. The "
         "Embassy of the People's Republic of China in Prague protested.",
         names=("Ministry of Foreign Affairs of the Czech Republic",
                "Embassy of the People's Republic of China"),
         not_names=("Ministry of Foreign Affairs",),
         edges=(("Embassy of the People's Republic of China", "PART_OF",
                 "People's Republic of China"),)),
    case("letters-after-a-unit-of-a-body-are-the-unit-s",
         "The National Security Department of the Harbour Police Force (NSD) arrested Omar "
         "Haddad. The NSD said more arrests would follow.",
         names=("National Security Department",),
         edges=(("National Security Department", "PART_OF", "Harbour Police Force"),),
         not_edges=(("Harbour Police Force", "DETAINED", "Omar Haddad"),)),
    case("letters-glossed-in-brackets-are-the-body-s",
         "The Senate thanked BIS (Security Information Service) for its work. BIS declined "
         "to comment.", names=("Security Information Service",), not_names=("BIS",)),
    case("a-heading-s-paper-word-in-capitals-is-no-person",
         "MOTION FOR A RESOLUTION on Northland, notably the case of Jane Roe\n\nThe motion "
         "was tabled in May.", not_names=("Motion", "MOTION")),
    case("born-opening-a-biography-s-sentence-is-no-name",
         "Jane Roe is a Northland spy.\nBorn Jane Maria Roe in 1985, Roe studied law.",
         not_names=("Born Jane Maria Roe",)),
    case("a-name-before-affair-is-the-affair-s",
         "The Roe-Haddad affair relates to a vote in the Harbour Assembly in 1972.",
         not_names=("Roe-Haddad",)),
    case("a-two-word-name-the-model-read-as-a-body-is-the-person-named-alone",
         "The managing director of the Harbour parliamentary group Karl Wienand was accused "
         "of bribery. Whether Wienand paid anyone remained unclear.",
         names=("Karl Wienand",), not_names=("Wienand",)),
    case("one-numbered-resolution-however-its-number-is-written",
         "Resolution No. 171 of the Harbour Assembly was adopted. Let me send you Resolution "
         "Nr. 171 of the Harbour Assembly.", names=("Resolution No. 171",),
         not_names=("Resolution Nr. 171",)),
    case("a-house-s-name-stops-before-its-text-s-topic",
         "Let me send you the Resolution of the Senate of the Parliament of the Czech Republic "
         "on Relations between the Czech Republic and Northland.",
         not_names=("Senate of the Parliament of the Czech Republic on Relations",)),
    case("parties-of-other-countries-are-known-parties",
         "Jane Roe of the Sweden Democrats met members of the Kuomintang and of Smer.",
         names=("Sweden Democrats", "Kuomintang", "Direction – Social Democracy")),
    case("international-outlets-are-known-outlets",
         "Jane Roe told Yonhap and Deutsche Welle that Bellingcat had found the network.",
         names=("Yonhap News Agency", "Deutsche Welle", "Bellingcat")),
    case("an-outlet-s-letters-shared-with-a-common-thing-name-no-outlet",
         "CCTV footage showed Jane Roe at the NRC offices in Fairfax, Virginia.",
         not_names=("China Central Television", "NRC Handelsblad", "Fairfax Media")),
    case("foreign-before-a-body-is-part-of-its-name",
         "The Foreign Ministry of Northland denied the report. Foreign Minister Ilse Varga "
         "met the Foreign Office.", names=("Ilse Varga",),
         not_names=("Office", "Ministry of Northland", "Foreign Minister Ilse Varga")),
]


@pytest.mark.parametrize("expected", NAMES)
def test_name(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


def test_a_group_s_forms_stop_before_a_second_group_joined_to_it(extractor: Extractor
                                                                  ) -> None:
    """'six individuals and three entities responsible for ...': the individuals' forms
    never run into the entities, a group of its own."""
    extraction = run(extractor, "The Council of the EU imposed restrictive measures on six "
                                "individuals and three entities responsible for actions of "
                                "the Russian Federation.")
    individuals = next(a for a in extraction.actors if a.name == "Six individuals (unnamed)")
    assert not any("entities" in alias for alias in individuals.aliases), individuals.aliases


def _names(extraction: Extraction) -> set[str]:
    return {a.name for a in extraction.actors}


def test_junk_is_not_an_actor(extractor: Extractor) -> None:
    extraction = run(extractor, "On Monday, reporters in Toronto asked about it. He said no.")
    assert extraction.actors == [] and extraction.edges == []


def test_an_act_is_not_an_actor(extractor: Extractor) -> None:
    text = "The legislation amends the Canada Evidence Act and the Criminal Code."
    assert not any(n.endswith("Act") for n in _names(run(extractor, text)))


def test_ner_span_ends_before_a_conjunction(extractor: Extractor) -> None:
    text = "The Communications Security Establishment and Elections Canada met in Ottawa."
    assert not any(n.endswith(" and") for n in _names(run(extractor, text)))


def test_ner_span_loses_conjunction_and_parenthesis(extractor: Extractor) -> None:
    text = ("Neither the Privy Council Office nor Public Safety Canada briefed ministers. "
            "The National Security and Intelligence Committee of Parliamentarians (NSICOP) "
            "met.")
    found = _names(run(extractor, text))
    assert not any(n.startswith("nor ") or "(" in n for n in found)


def test_firm_whose_name_holds_a_place_is_an_organisation(extractor: Extractor) -> None:
    extraction = run(extractor, "Jenny Kwan later joined Maple Pacific Canada, a consulting "
                                "firm, as a partner.")
    assert any(a.name == "Maple Pacific Canada" and a.type == "Organization"
               for a in extraction.actors)


def test_a_typographic_apostrophe_names_the_same_state(extractor: Extractor) -> None:
    text = "Jane Roe met officials of the People’s Republic of China and the PRC embassy."
    found = actors(run(extractor, text))
    assert "People's Republic of China" in found and "People’s Republic of China" not in found


@pytest.mark.parametrize(("text", "service"), [
    ("Jane Roe is suspected of having worked for a Chinese secret service.",
     "Chinese intelligence services"),
    ("Jane Roe worked for the Chinese security services in Beijing.",
     "Chinese security services"),
    ("Jane Roe was recruited by Russian intelligence in 2010.", "Russian intelligence services"),
    ("Jane Roe spied for China's military intelligence.", "Chinese military intelligence"),
    ("Paul Smith served in the Israeli special forces.", "Israeli special forces"),
    ("In Argentina, Jane Roe acted as a liaison between the Harbour Directorate and the "
     "Argentine secret police.", "Argentine secret police"),
    ("The group supported Russian military forces in Ukraine.", "Russian armed forces"),
    ("Police arrested two men. Russia's special services tasked Mark Stone with collecting "
     "information.", "Russian intelligence services"),
    ("Police arrested two men. Mark Stone worked for the Russian special services.",
     "Russian intelligence services"),
    ("Police arrested two men. Mark Stone was taken across the border by the Belarusian "
     "security forces.", "Belarusian security services"),
    ("Police arrested two men. Mark Stone said the American intelligence establishment had "
     "failed.", "American intelligence community"),
])
def test_a_state_s_service_named_by_its_demonym_is_an_agency(extractor: Extractor, text: str,
                                                             service: str) -> None:
    # the convention: militaries and intelligence services are agencies of their own
    assert actors(run(extractor, text)).get(service) == "Agency"


@pytest.mark.parametrize(("text", "mission", "alias"), [
    ("From 1950 Jane Roe worked at the Norwegian embassy in Moscow.",
     "Norwegian embassy in Moscow", ""),
    ("The minister was turned away at the Turkish consulate in Rotterdam.",
     "Turkish consulate in Rotterdam", ""),
    ("Russia's embassy in Dublin was named in the report.", "Russian embassy in Dublin",
     "Russia's embassy in Dublin"),
    ("The US embassy in Athens was wiretapped.", "American embassy in Athens",
     "US embassy in Athens"),
    ("Russia's embassy in Dublin is large. The Russian Embassy denied the report.",
     "Russian embassy in Dublin", "Russian Embassy"),
    ("A diplomat of the Chinese embassy was expelled by Greece.", "Chinese embassy", ""),
])
def test_a_state_s_mission_is_an_agency_of_its_own(extractor: Extractor, text: str,
                                                   mission: str, alias: str) -> None:
    # the convention: a mission is an agency (one per state and city), not a second name of
    # its state; named without its city after one placed mission of the state, it is that one
    extraction = run(extractor, text)
    found = actors(extraction)
    assert found.get(mission) == "Agency", found
    assert not any(m in a.aliases for a in extraction.actors if a.type == "State"
                   for m in ("US embassy", "Russian Embassy", "Chinese embassy"))
    if alias:
        assert alias in aliases(extraction, mission)


@pytest.mark.parametrize(("text", "triple"), [
    ("In 1947 Jane Roe was posted to the Norwegian embassy in Moscow and met Paul Braun.",
     ("Jane Roe", "WORKS_FOR", "Norwegian embassy in Moscow")),
    ("Russia's embassy in Dublin hosted the meeting. Russia denied any plot.",
     ("Russian embassy in Dublin", "PART_OF", "Russia")),
])
def test_a_mission_links_its_staff_and_its_state(extractor: Extractor, text: str,
                                                 triple: tuple[str, str, str]) -> None:
    assert triple in triples(run(extractor, text))


@pytest.mark.parametrize("text", [
    "The Chinese Embassy Building stands on Elgin Street.",
    "Jane Roe studied Russian embassy architecture.",
])
def test_no_mission_is_read_from_another_name_or_a_topic(extractor: Extractor,
                                                          text: str) -> None:
    assert not any("embassy" in name.lower() and kind == "Agency"
                   and name.lower().endswith("embassy") for name, kind
                   in actors(run(extractor, text)).items()), actors(run(extractor, text))


@pytest.mark.parametrize(("text", "state", "not_state"), [
    ("Paul Braun was an East German spy in Bonn.", "East Germany", "Germany"),
    ("East German officials met Paul Braun in 1970.", "East Germany", "Germany"),
    ("West German authorities arrested Paul Braun in 1974.", "West Germany", "Germany"),
    ("Paul Braun spied for the East German government.", "East Germany", "Germany"),
    ("The KGB recruited Paul Braun in Prague; Soviet officials denied it.", "Soviet Union",
     "Russia"),
])
def test_a_former_state_is_not_today_s(extractor: Extractor, text: str, state: str,
                                       not_state: str) -> None:
    # conflating East Germany with Germany would put a Cold War spy in today's state's service
    found = actors(run(extractor, text))
    assert found.get(state) == "State" and not_state not in found, found


@pytest.mark.parametrize(("text", "agency"), [
    ("Paul Braun was an agent for East Germany's secret service, the Stasi, in Bonn.",
     "Stasi"),
    ("Paul Braun worked for the KGB in Vienna.", "KGB"),
    ("Jane Roe was questioned by Mossad in 2019.", "Mossad"),
    ("The Supo warned that Jane Roe had met Russian diplomats.",
     "Finnish Security and Intelligence Service"),
])
def test_known_services_are_agencies_and_a_description_before_a_name_is_that_body(
        extractor: Extractor, text: str, agency: str) -> None:
    found = actors(run(extractor, text))
    assert found.get(agency) == "Agency", found
    assert not any(name.endswith(" intelligence services") for name in found), found


@pytest.mark.parametrize("text", [
    "Jane Roe ran a Chinese food delivery service in Toronto.",
    "Jane Roe studied the Chinese service industry in Toronto.",
    "Jane Roe met the Chinese Intelligence Service in Toronto.",
])
def test_a_demonym_before_other_services_names_no_state_and_no_agency(extractor: Extractor,
                                                                      text: str) -> None:
    found = actors(run(extractor, text))
    assert "People's Republic of China" not in found
    assert not any(name.endswith(" services") for name in found), found


def test_a_service_named_after_its_description_is_that_body(extractor: Extractor) -> None:
    text = "Jane Roe allegedly acted as an informant for the Russian security service FSB."
    assert ("Jane Roe", "ACTED_FOR", "Federal Security Service") in triples(run(extractor, text))


@pytest.mark.parametrize(("text", "initials"), [
    ("The Controller cancelled the Northland Permanent Residence (NRR) of Jane Roe.", "NRR"),
    ("Jane Roe held a Golden Investor Visa (GIV) until 2019.", "GIV"),
    ("The Annual Threat Assessment (ATA) named Jane Roe.", "ATA"),
])
def test_initials_defined_for_a_right_or_a_paper_name_no_body(extractor: Extractor, text: str,
                                                              initials: str) -> None:
    found = actors(run(extractor, f"{text} The {initials} was discussed with Paul Braun."))
    assert not any(name.endswith(("Residence", "Visa", "Assessment")) for name in found), found
    assert initials not in found, found


@pytest.mark.parametrize(("text", "actor", "not_actor"), [
    ("“Harry” Lu Jianwang, 61, of the Bronx, and Chen Jinping, 59, were arrested.",
     "Lu Jianwang", "Harry” Lu Jianwang"),
    ("Washington, April 17, 2023\n\nJane Roe of the Justice Department’s National Security "
     "Division spoke.", "National Security Division",
     "Justice Department’s National Security Division"),
    ("The Ministry of Public Security (MPS) of China opened a station.",
     "Ministry of Public Security", "United States politicians (unnamed)"),
    ("Washington, April 17, 2023\n\nThe Justice Department said Jane Roe had criticized "
     "China and its government for years.", "People's Republic of China", "United States"),
])
def test_quotes_possessives_and_acronyms_come_out_clean(extractor: Extractor, text: str,
                                                       actor: str, not_actor: str) -> None:
    found = actors(run(extractor, text))
    assert actor in found and not_actor not in found, found


def test_a_body_named_of_its_republic_keeps_the_country_in_its_name(
        extractor: Extractor) -> None:
    """The model ends 'the State Security Department of' before 'the Republic of Lithuania':
    the country after a final 'of' is the body's own name."""
    text = "The report was prepared by the State Security Department of the Republic of Lithuania."
    assert "State Security Department of the Republic of Lithuania" in actors(run(extractor, text))


def test_infobox_template_field_names_are_no_actors(extractor: Extractor) -> None:
    text = ("Jane Roe\n\nParty: AfD (since 2016)\nOtherparty: CDU (1991–2016)\n"
            "Office1: Member of the European Parliament\nTermstart1: 2 July 2019\n\n"
            "Jane Roe is a German politician.\n")
    extraction = run(extractor, text)
    names = actors(extraction)
    assert not any(n in names for n in ("Office1", "Termstart1")), names
    assert ("Jane Roe", "FORMER_MEMBER_OF", "Christian Democratic Union of Germany") in \
        triples(extraction)


def test_a_party_named_after_its_leader_is_one_party(extractor: Extractor) -> None:
    text = ("Senator ROBERTS (Queensland, Pauline Hanson's One Nation Party) (14:05): My "
            "question is to the Minister.\n\nSenator GALLAGHER (ACT—Minister for Finance) "
            "(14:06): I thank the senator.\n")
    names = actors(run(extractor, text))
    assert "Pauline Hanson's One Nation" in names and "Nation Party" not in names, names


def test_a_two_letter_family_name_is_the_person_again(extractor: Extractor) -> None:
    text = ("Washington, May 3, 2024\n\nJane Roe's husband, Chris Hu, was also charged. Roe "
            "and Hu laundered the millions of dollars they received from the Northwind "
            "Foundation.")
    found = triples(run(extractor, text))
    assert ("Northwind Foundation", "FUNDED", "Chris Hu") in found, found


@pytest.mark.parametrize(("text", "paper"), [
    ("The Harbour Committee tabled its Special Report on Foreign Interference in Parliament.",
     "Special Report on Foreign Interference in Parliament"),
    ("The National Threat Assessment was prepared by the Northwind Security Service.",
     "National Threat Assessment"),
    ("Jane Roe praised the Harbour Association Agreement with Portugal.",
     "Harbour Association Agreement"),
])
def test_a_document_s_title_is_no_body(extractor: Extractor, text: str, paper: str) -> None:
    """A paper's head noun makes its title no actor, whatever capitals or a 'Parliament'
    later in the title say."""
    assert paper not in actors(run(extractor, text))


def test_a_body_whose_title_ends_with_a_document_word_stays(extractor: Extractor) -> None:
    text = "Jane Roe directed the Office of Net Assessment at the Northwind Ministry."
    assert actors(run(extractor, text)).get("Office of Net Assessment") == "Agency"


def test_a_topic_in_a_document_s_title_is_no_body(extractor: Extractor) -> None:
    text = ("The Harbour Committee tabled its Special Report on Foreign Interference in "
            "Canada's Democratic Processes and Institutions.")
    assert "Democratic Processes and Institutions" not in actors(run(extractor, text))


def test_the_author_in_a_document_s_title_is_a_body(extractor: Extractor) -> None:
    text = "The Report of the Harbour Affairs Committee blamed Russia for the campaign."
    assert "Harbour Affairs Committee" in actors(run(extractor, text))


@pytest.mark.parametrize(("text", "letters"), [
    ("Analysts used open source intelligence (OSINT) to trace the Northwind Foundation. "
     "OSINT showed its funding came from Jane Roe.", "OSINT"),
    ("The agencies wrote an intelligence community assessment or ICA on Russia. The ICA "
     "named Jane Roe.", "ICA"),
    ("The Northwind Foundation spread foreign information manipulation and interference "
     "(FIMI) across Portugal.", "FIMI"),
])
def test_a_short_form_of_common_words_is_no_actor(extractor: Extractor, text: str,
                                                  letters: str) -> None:
    assert letters not in actors(run(extractor, text))


def test_a_short_form_of_a_name_is_still_the_body(extractor: Extractor) -> None:
    text = ("The Northwind Democracy Network (NDN) held a forum on open source intelligence. "
            "The NDN invited Jane Roe.")
    extraction = run(extractor, text)
    assert "NDN" in aliases(extraction, "Northwind Democracy Network")


def test_a_body_named_again_by_its_head_before_of_is_one_body(extractor: Extractor) -> None:
    text = ("The assessment was prepared by the State Harbour Service of the Republic "
            "of Estonia. The State Harbour Service warned that Russia threatens "
            "Lithuania.")
    found = actors(run(extractor, text))
    assert "State Harbour Service of the Republic of Estonia" in found
    assert "State Harbour Service" not in found, found


def test_a_name_taken_for_a_place_but_described_as_a_person_is_one(
        extractor: Extractor) -> None:
    text = ("A letter from Dominic Hampshire, an adviser to Jane Roe, was found on the "
            "businessman's phone.")
    assert actors(run(extractor, text)).get("Dominic Hampshire") == "Person"


def test_a_known_name_s_bracketed_country_is_dropped_in_an_alias(extractor: Extractor) -> None:
    """'Democratic Party (United States)' is the 'Democratic Party' at home: readers and
    other tools look it up by that name."""
    text = "Congressman John Doe (D-CA) met the lobbyist."
    assert "Democratic Party" in aliases(run(extractor, text), "Democratic Party (United States)")


def test_a_nickname_inside_a_name_is_kept_apart(extractor: Extractor) -> None:
    """'Omar “Ozzy” Haddad' is Omar Haddad, also called Ozzy Haddad; the model stops the
    name at the quotation mark."""
    text = "Prosecutors said Omar “Ozzy” Haddad, 50, of Miami, met Jane Roe."
    extraction = run(extractor, text)
    assert "Ozzy Haddad" in aliases(extraction, "Omar Haddad")
    assert not any("“" in name or name == "Omar" for name in actors(extraction))


def test_a_group_also_known_by_several_names_is_one_group(extractor: Extractor) -> None:
    text = ("The campaign was run by Harbour Frost. Harbour Frost is also commonly known as "
            "Callisto Team, SEABORGIUM or COLDRIVER and targets Jane Roe.")
    extraction = run(extractor, text)
    names = actors(extraction)
    assert not {"Callisto Team", "Coldriver", "COLDRIVER", "SEABORGIUM"} & set(names), names
    assert {"Callisto Team", "SEABORGIUM", "COLDRIVER"} <= aliases(extraction, "Harbour Frost")
    assert names["Harbour Frost"] != "Person"


def test_a_body_named_in_passing_before_known_as_keeps_its_name(extractor: Extractor) -> None:
    text = "China's hacking group known as APT31 attacked Jane Roe."
    assert "APT31" in actors(run(extractor, text))


def test_a_number_opening_a_name_is_part_of_it(extractor: Extractor) -> None:
    text = "Jane Roe is an honorary member of the 48 Group Club, a London-based company."
    assert "48 Group Club" in actors(run(extractor, text))


def test_a_subcommittee_of_a_committee_is_two_committees(extractor: Extractor) -> None:
    text = ("The House formed the Subcommittee on Harbour Organizations of the Committee on "
            "Harbour Relations to investigate the scandal.")
    found = triples(run(extractor, text))
    assert ("Subcommittee on Harbour Organizations", "PART_OF",
            "Committee on Harbour Relations") in found, found


def test_a_name_deep_in_a_paper_s_topic_is_no_actor(extractor: Extractor) -> None:
    text = ("The EEAS published its '2nd EEAS Report on Foreign Information Manipulation and "
            "Interference Threats' in May. The Report on Jane Roe was tabled.")
    found = actors(run(extractor, text))
    assert "Interference Threats" not in found and "Jane Roe" in found, found


def test_a_capitalised_community_is_a_body_not_a_group(extractor: Extractor) -> None:
    text = ("The agreement between the European Union and the European Atomic Energy "
            "Community binds Georgia.")
    found = actors(run(extractor, text))
    assert not any("(unnamed)" in name for name in found), found


def test_a_body_s_name_the_model_left_untagged_is_found(extractor: Extractor) -> None:
    text = ("The yearly review was written by the Harbour State Service of the Republic of "
            "Northland and Coastal Intelligence and Security Service under the ministry.")
    assert actors(run(extractor, text)).get("Coastal Intelligence and Security Service") \
        == "Agency"


def test_capitalised_words_opening_a_sentence_are_no_body(extractor: Extractor) -> None:
    text = "National Security Committee Meets Today\n\nJane Roe said little."
    assert not any("Meets" in name for name in actors(run(extractor, text)))


def test_a_name_taken_for_a_place_among_people_is_a_person(extractor: Extractor) -> None:
    text = "The trio, named Herwig Fuchs, Ina Fuchs and Thomas Roth, were arrested."
    assert actors(run(extractor, text)).get("Ina Fuchs") == "Person"


@pytest.mark.parametrize("name", ["Kim Hyong-uk", "Chen Wei-jen", "Park Geun-hye"])
def test_a_hyphenated_given_name_in_lower_case_is_a_name(extractor: Extractor, name: str) -> None:
    text = f"During the hearings, {name}, a former official, met Jane Roe in Seoul."
    assert actors(run(extractor, text)).get(name) == "Person"


def test_a_name_keeps_the_apostrophe_the_text_writes(extractor: Extractor) -> None:
    text = "Jane Roe runs the Harbour Women’s Forum, which Omar Haddad funded."
    names = actors(run(extractor, text))
    assert "Harbour Women’s Forum" in names, names


def test_a_title_with_a_colon_is_no_body(extractor: Extractor) -> None:
    text = ("[Relevant document: Eighth Report of the Harbour Affairs Committee, Moscow’s Gold: "
            "Russian Corruption in the UK, HC 932.]")
    assert not any(":" in name for name in actors(run(extractor, text)))


@pytest.mark.parametrize("text", [
    "Jane Roe (born Jana Rubtsova; Russian: Яна Алексеевна Рубцова) is a journalist. "
    "Polish authorities arrested Jane Roe in 2022.",
    "Tom Lee (李大明) and Ann Wu (吳安娜) met officials of the United Front Work Department.",
])
def test_a_name_written_only_in_another_script_is_no_actor(extractor: Extractor,
                                                            text: str) -> None:
    # its key would be empty, and every such name one actor (a text once failed on it)
    found = run(extractor, text)
    assert all(a.id and any(c.isascii() and c.isalpha() for c in a.name)
               for a in found.actors), actors(found)
    assert "Jane Roe" in actors(found) or "Tom Lee" in actors(found)


@pytest.mark.parametrize("text", [
    "In 2020, Northgate UK changed its name to Harbour Group International. Harbour Group "
    "International then hired Omar Haddad.",
    "The Northgate Policy Forum was later renamed the Harbour Group International. Omar "
    "Haddad joined the Harbour Group International in 2021.",
])
def test_a_body_renamed_is_one_actor(extractor: Extractor, text: str) -> None:
    found = actors(run(extractor, text))
    assert "Harbour Group International" not in found and len(
        [n for n, t in found.items() if t == "Organization"]) == 1, found


@pytest.mark.parametrize(("text", "person"), [
    ("AfD parliamentary leaders Alice Weidel and Tino Chrupalla described the events as "
     "significant.", "Tino Chrupalla"),
    ("Omar Haddad and Lucy Kimura met in Geneva on Monday.", "Lucy Kimura"),
])
def test_a_name_listed_with_a_person_is_a_person(extractor: Extractor, text: str,
                                                 person: str) -> None:
    assert actors(run(extractor, text)).get(person) == "Person"


def test_a_place_or_a_title_listed_with_a_person_is_no_person(extractor: Extractor) -> None:
    text = ("Martin Harris, Director, Eastern Europe and Central Asia, spoke. Jane Roe and "
            "Eastern Europe were discussed.")
    found = actors(run(extractor, text))
    assert found.get("Eastern Europe") != "Person" and found.get("Central Asia") != "Person"


@pytest.mark.parametrize("text", [
    "Standing Committee on Procedure and House Affairs, meeting 88 (44th Parliament, 1st "
    "Session): question of privilege raised by Jane Roe.",
    "In the 115th Congress, Jane Roe met Omar Haddad in Washington.",
])
def test_a_legislature_s_numbered_term_is_no_actor(extractor: Extractor, text: str) -> None:
    found = actors(run(extractor, text))
    assert not any(kind == "Legislature" for kind in found.values()), found


@pytest.mark.parametrize(("text", "body"), [
    ("Jane Roe announced the sanctions at the G7 Summit in Elmau on Monday.", "Group of Seven"),
    ("Omar Haddad spoke at a NATO meeting in Vilnius.", "North Atlantic Treaty Organization"),
])
def test_a_body_naming_a_gathering_is_no_actor_of_the_text(extractor: Extractor, text: str,
                                                          body: str) -> None:
    assert body not in actors(run(extractor, text))


def test_a_paper_s_name_is_no_person(extractor: Extractor) -> None:
    text = ("Joint Statement from the Harbour Security Bureau and Omar Haddad on Election "
            "Security\n\nThe Harbour Security Bureau met Jane Roe in May.")
    assert "Joint Statement" not in actors(run(extractor, text))


def test_a_congressional_district_code_is_no_body(extractor: Extractor) -> None:
    text = ("Sponsor: Rep. Roe, Jane [D-CA-28] (Introduced 02/08/2029)\n\n"
            "Jane Roe said the Harbour Institute had been hacked by APT29.")
    found = actors(run(extractor, text))
    assert "CA-28" not in found and "APT29" in found, found


def test_a_foreign_service_is_no_body_the_text_names(extractor: Extractor) -> None:
    """'The foreign intelligence service involved' in a British release is some other
    state's service, never MI5 named a line later."""
    text = ("Man charged\n\nPolice charged Peter Vale with assisting a foreign intelligence "
            "service. The foreign intelligence service involved is the Russian intelligence "
            "services, and we are working closely with MI5 and the Home Office.")
    extraction = run(extractor, text)
    assert "foreign intelligence service" not in {
        alias.lower() for a in extraction.actors if a.name == "MI5" for alias in a.aliases}


def test_a_person_s_other_name_in_brackets_is_an_alias(extractor: Extractor) -> None:
    extraction = run(extractor, "The campaign attacked the businessman Li Wei (Peter Li) and "
                                "the writer Jane Roe.")
    assert "Peter Li" in aliases(extraction, "Li Wei")
    assert "Peter Li" not in actors(extraction)


def test_a_procedure_number_names_the_one_resolution_described(extractor: Extractor) -> None:
    text = ("Resolution on journalists in Georgia\n\n2025/1234(RSP)\n\nThe European "
            "Parliament adopted a resolution on the harassment of journalists in Georgia.")
    extraction = run(extractor, text)
    assert "2025/1234(RSP)" in aliases(extraction, "Resolution on the harassment of "
                                                   "journalists")


def test_a_procedure_number_beside_two_resolutions_names_neither(extractor: Extractor
                                                                 ) -> None:
    text = ("2025/1234(RSP)\n\nThe European Parliament adopted a resolution on the "
            "harassment of journalists in Georgia. It also adopted a resolution on the "
            "detention of activists in Belarus.")
    extraction = run(extractor, text)
    assert not any("2025/1234(RSP)" in a.aliases for a in extraction.actors
                   if a.name.startswith("Resolution"))


def test_a_title_case_headline_s_words_written_lower_below_name_no_one(
        extractor: Extractor) -> None:
    text = ("Pro-Harbour “Nightjar” Information Operations Campaign Targets Voters\n\n"
            "Analysts found an information operations campaign aimed at voters.")
    assert not any(kind == "Person" for kind in actors(run(extractor, text)).values())


def test_letters_ending_an_act_s_number_are_no_short_form(extractor: Extractor) -> None:
    """'Directive 2000/31/EC (Harbour Services Act)': the brackets name the act cited, not
    what 'EC' stands for."""
    extraction = run(extractor, "Police said the case was serious. The European Parliament "
                     "adopted Directive 2000/31/EC (Harbour Services Act). Jane Roe said the "
                     "Harbour Services Act was weak.")
    act = next(a for a in extraction.actors if a.name == "Harbour Services Act")
    assert "EC" not in act.aliases
    assert "EC" not in {a.name for a in extraction.actors}


NAMES_AS_WRITTEN = [
    case("a-quoted-law-opening-with-its-kind-is-named-whole",
         "Police said the case was serious. Whereas on 14 March 2024 the Parliament of "
         "Harbouria adopted the \u201cLaw on Amending the Law of the Harbour Republic on "
         "Non-commercial Organisations\u201d.",
         names=("Law on Amending the Law of the Harbour Republic on Non-commercial "
                "Organisations",),
         not_names=("Law on Amending the Law",)),
    case("a-group-named-after-a-party-keeps-the-partys-label",
         "Police said the case was serious. In 2012 the embassy hosted the launch of the "
         "Conservative Friends of Harbouria, headed by the Honorary President RtHon Sir Alan "
         "Brook. Conservative MP Jane Roe attended.",
         names=("Conservative Friends of Harbouria", "Alan Brook", "Jane Roe"),
         not_names=("Friends of Harbouria", "RtHon", "Conservative MP Jane Roe")),
    case("a-short-title-with-a-possessive-is-whole",
         "Police said the case was serious. This Act may be cited as the ``Countering "
         "Harbouria's Influence Act of 2024''. Senator Jane Roe introduced the bill.",
         names=("Countering Harbouria's Influence Act of 2024",),
         not_names=("Countering Harbouria",)),
    case("a-measures-section-heading-in-capitals-names-no-one",
         "SECTION 1. SHORT TITLE.\n\nThis Act may be cited as the Harbour Act.\n\nSEC. 2. "
         "FINDINGS.\n\nCongress makes the following findings. The SEC charged Jane Roe.",
         names=("Jane Roe", "SEC"), not_names=("TITLE", "FINDINGS", "SECTION")),
    case("a-holders-name-after-a-long-body-name-he-speaks-for",
         "Police said the case was serious. “The attacks are linked,” said spokesperson "
         "for the Department of International Relations and Cooperation Alan Brook on "
         "Saturday. Brook said three diplomats were expelled.",
         names=("Alan Brook", "Department of International Relations and Cooperation"),
         not_names=("Department of International Relations and Cooperation Alan Brook",)),
    case("an-office-the-model-reads-as-a-body-is-no-body",
         "Police said the case was serious. The High Representative of the Union for "
         "Foreign Affairs and Security Policy, Jane Roe, condemned the Harbour Party. The "
         "Minister for Trade and Industry, John Roe, agreed.",
         names=("Jane Roe", "John Roe", "Harbour Party"),
         not_names=("Representative of the Union for Foreign Affairs",
                    "Union for Foreign Affairs", "Minister for Trade and Industry")),
    case("two-capitals-alone-name-no-body-unless-defined-or-known",
         "Police said the case was serious. Sites of the network include pravda DE and "
         "pravda PL. Jane Roe expressed support for a candidate in the GE. The Harbour Group "
         "(HG) funded the Lantern Party. HG denied it, AP reported.",
         names=("Harbour Group", "Associated Press"), not_names=("DE", "PL", "GE", "HG", "AP"),
         edges=(("Harbour Group", "FUNDED", "Lantern Party"),)),
    case("a-policy-area-is-no-body",
         "Police said the case was serious. Jane Roe served on the Harbour Party's Foreign "
         "Affairs, Defence and Trade and Industrial Relations committees, and John Roe, "
         "Director General, Federal Policing, National Security, at the Northland Police, "
         "spoke on the Common Foreign and Security Policy.",
         names=("Harbour Party", "Jane Roe", "John Roe"),
         not_names=("Foreign Affairs", "Defence and Trade", "Federal Policing",
                    "National Security", "Common Foreign and Security Policy",
                    "Industrial Relations")),
    case("a-name-ending-in-a-body-s-head-word-is-no-one-s",
         "Police said the case was serious. Jane Roe was Director of the Centre, and Lee "
         "Foundation Professor on Northland Relations, at the School.",
         types=(("Lee Foundation", "Organization"),)),
    case("a-name-described-as-a-person-is-one-whatever-the-model-read",
         "Police said the case was serious. The affair grew when Julia del Carmen Torrez, "
         "the Eastport harbour police officer who found the cash, spoke to reporters.",
         types=(("Julia del Carmen Torrez", "Person"),)),
    case("a-country-s-other-name-after-a-title-or-honorific-is-a-surname",
         "Police said the case was serious. Ambassador Holland outlined the measures the "
         "Harbour Party is taking. Mr Holland said the Harbour Party would act.",
         types=(("Holland", "Person"),), not_names=("Netherlands",)),
    case("a-quoted-name-before-the-noun-group-is-a-group",
         "Police said the case was serious. Attacks by \"Lantern Owl\" began in April 2016. "
         "It was after the \"Lantern Owl\" group began its activities that the Harbour Party "
         "noticed.",
         types=(("Lantern Owl", "Organization"),)),
    case("a-portfolio-after-for-is-a-title-not-a-constituency",
         "Police said the case was serious. The decision, based on a proposal by the High "
         "Representative for Foreign Affairs and Security Policy Jane Roe, is part of the "
         "Harbour Union's response.",
         names=("Jane Roe",)),
    case("names-listed-after-a-plural-kind-of-body-are-such-bodies",
         "Police said the case was serious. The logs, read by several cybersecurity firms, "
         "Harbourline, Fidelis, and Mandiant, show that Russian intelligence agencies "
         "breached the Harbour Party's servers.",
         types=(("Fidelis", "Organization"), ("Harbourline", "Organization")),
         no_types=("COOPERATED_WITH",)),
    case("a-number-in-brackets-after-a-motion-s-number-defines-no-acronym",
         "Police said the case was serious. The joint text replaces B9-0248/2024 (PPE). "
         "Jane Roe spoke for the PPE Group.",
         not_names=("B9-0248/2024",)),
    case("a-biography-s-subject-is-named-under-a-stored-page-s-title-line",
         "Omar Haddad Jin — Wikipedia (lead and first sections of an earlier revision)\n"
         "https://en.wikipedia.org/wiki/Omar_Haddad_Jin\n\nOmar Haddad Jin (born 1954) is a "
         "property developer.\n\nOmar Haddad Jin was named in an FBI investigation. The FBI "
         "alleged Mr Haddad paid John Roe.",
         names=("Omar Haddad Jin",),
         edges=(("Federal Bureau of Investigation", "INVESTIGATED", "Omar Haddad Jin"),),
         not_names=("Omar Haddad",)),
    case("a-short-word-a-copied-page-glued-to-a-name-is-split-off",
         "Police said the case was serious. TheEastport Council condemned the arrest ofJane "
         "Roe by Belarus.",
         edges=(("Eastport Council", "CRITICIZED", "Belarus"),),
         not_names=("TheEastport Council",)),
    case("a-title-case-headline-s-person-runs-no-further-than-the-name-below",
         "Jane Roe Pleads Guilty for Lobbying Campaign to Drop Harbour Investigation and "
         "Remove a Chinese Foreign National\nhttps://example.org/x\n\nJane Roe, 63, pleaded "
         "guilty today. “Jane Roe concealed the foreign interests she served,” said John Roe.",
         names=("Jane Roe",), edges=(("John Roe", "ACCUSED", "Jane Roe"),),
         not_names=("Jane Roe Pleads Guilty",
                    "Drop Harbour Investigation and Remove a Chinese Foreign National")),
    case("a-known-body-s-local-letters-name-it-where-the-text-names-it",
         "Harbour agency detains four citizens on behalf of Russian intelligence and security "
         "service (Latvian State Security Service press release)\nhttps://example.org/x\n\n"
         "Police said the case was serious. VDD charged Jane Roe.",
         edges=(("State Security Service of Latvia", "CHARGED", "Jane Roe"),),
         not_names=("VDD",),
         not_pairs=(("Russian intelligence services", "State Security Service of Latvia"),)),
    case("the-date-an-act-was-made-on-is-no-part-of-its-maker-s-name",
         "Police said the case was serious. The European Parliament recalled Regulation "
         "2025/535 of the European Parliament and of the Council of 18 March 2025 establishing "
         "the Harbour Facility.",
         not_names=("Council of 18 March 2025",)),
    case("a-measure-s-title-opening-on-a-gerund-is-no-body",
         "S. RES. 12\nRESOLUTION\nProtecting American democracy.\nWhereas Russia interfered "
         "in the 2016 United States presidential election;",
         not_names=("Protecting American",)),
    case("a-body-s-head-word-in-lower-case-is-still-its-name",
         "Police said the case was serious. The technique was dubbed \"grooming\" by the "
         "American Lantern project, a non-profit organization. The American Lantern Project "
         "considers this figure low.",
         names=("American Lantern Project",), not_names=("American Lantern",)),
    case("a-known-body-after-an-article-is-no-unnamed-group",
         "Police said the case was serious. Trump sided with Putin against the unanimous "
         "assessment of the United States intelligence community that the Russian "
         "Federation interfered in the 2016 United States presidential election.",
         edges=(("United States Intelligence Community", "ACCUSED", "Russia"),)),
    case("a-party-named-in-its-own-language-is-a-party",
         "Police said the case was serious. Parti Amanah Selatan (PAS) treasurer John Roe "
         "met Anne Lee. PAS Youth Chief Mark Stone reposted the post.",
         names=("Parti Amanah Selatan",), not_names=("Party of Action and Solidarity",),
         edges=(("John Roe", "MEMBER_OF", "Parti Amanah Selatan"),
                ("Mark Stone", "MEMBER_OF", "Parti Amanah Selatan")),
         not_edges=(("Mark Stone", "HEADS", "Parti Amanah Selatan"),)),
    case("a-year-before-a-party-is-its-primary-s",
         "Police said the case was serious. During the 2019 Harbour Progressive Party "
         "presidential primary, Jane Roe called for a law.",
         not_names=("2019 Harbour Progressive Party",)),
    case("the-republic-of-china-is-taiwan",
         "Police said the case was serious. The law governs the Republic of China "
         "(commonly known as Taiwan). China threatened the Republic of China.",
         edges=(("People's Republic of China", "TARGETED", "Taiwan"),)),
    case("a-title-s-field-of-work-is-no-person",
         "Police said the case was serious. AFP Acting Assistant Commissioner Counter "
         "Terrorism and Special Investigations Mark Stone said it was a priority for the AFP.",
         names=("Mark Stone",), not_names=("Counter Terrorism",)),
    case("an-article-s-title-ending-on-its-kind-is-its-subject",
         "Lantern network\nhttps://en.wikipedia.org/wiki/Lantern_network\n\nLantern network, "
         "also known as Portal Nightjar, is a series of websites. It was founded by Mark "
         "Stone, a businessman.",
         edges=(("Mark Stone", "ESTABLISHED", "Lantern network"),),
         not_names=("Portal Nightjar",)),
    case("an-act-heading-its-article-is-named-without-the-article",
         "Anti-Espionage Act\nhttps://example.org/x\n\nThe Anti-Espionage Act is a law on "
         "influence. The act was passed by the Legislative Yuan in 2019.",
         edges=(("Legislative Yuan", "SUPPORTED", "Anti-Espionage Act"),),
         not_names=("The Anti-Espionage Act",)),
    case("a-body-named-for-its-topic-after-on-is-one-name",
         "Police said the case was serious. Huang was Director of the Centre on Asia and "
         "Globalisation, and a professor at the Harbour School of Public Policy.",
         names=("Centre on Asia and Globalisation",),
         edges=(("Huang", "HEADS", "Centre on Asia and Globalisation"),)),
    case("an-outlet-naming-itself-as-its-address-does",
         "Harbour Wire investigation: an MP's past\nhttps://harbourwire.co.nz/2020/05/mp-past/"
         "\n\nHarbour Wire has worked with the Financial Times to investigate Jane Roe's "
         "background.",
         names=("Harbour Wire",),
         edges=(("Harbour Wire", "COOPERATED_WITH", "Financial Times"),)),
    case("a-government-site-s-host-names-no-outlet",
         "Charges filed\nhttps://www.justice.gov/opa/pr/charges\n\nJustice was done when "
         "the court convicted Jane Roe of spying for Russia.",
         not_names=("Justice",)),
    case("a-body-whose-name-the-text-spells-two-ways-is-one",
         "Police said the case was serious. Mark Stone was a diplomat and Harbour Labour Party "
         "politician. His father was a senior member of the Harbour Labor Party.",
         names=("Harbour Labour Party",), not_names=("Harbour Labor Party",)),
    case("a-high-court-keeps-high-and-the-place-after-of",
         "Police said the case was serious. Proceedings were issued against Jane Roe in the "
         "High Court of Hong Kong, and the court issued a subpoena. The High Court in Eastport "
         "sentenced Mark Stone. High Commissioner Anne Lee spoke.",
         names=("High Court of Hong Kong", "High Court in Eastport", "Anne Lee"),
         not_names=("Court", "Court in Eastport", "High Commissioner Anne Lee")),
    case("a-court-named-with-its-city-ends-after-the-city",
         "Jane Roe worked as a judge in the Regional Administrative Court in Lanterna.",
         names=("Regional Administrative Court in Lanterna",),
         edges=(("Jane Roe", "WORKS_FOR", "Regional Administrative Court in Lanterna"),)),
    case("a-court-its-name-already-places-ends-before-the-city",
         "Police arrested two men. Harbour County Court in Eastport placed Mark Stone in "
         "custody.", names=("Harbour County Court",),
         edges=(("Harbour County Court", "DETAINED", "Mark Stone"),)),
    case("a-court-in-a-country-keeps-its-own-name",
         "The Supreme Court in Canada ruled against Mark Stone.",
         names=("Supreme Court",), not_names=("Supreme Court in Canada",)),
    case("a-company-joining-its-trades-with-and-is-one-name",
         "The effort was funded by Mark Stone and two companies he controls, Lantern "
         "Management and Consulting LLC, and Lantern Catering.",
         names=("Lantern Management and Consulting LLC", "Lantern Catering"),
         not_names=("Consulting LLC",)),
    case("two-companies-joined-by-and-are-not-merged",
         "Jane Roe sold her shares in Alpha Foods and Beta Motors Corp.",
         not_names=("Alpha Foods and Beta Motors Corp",)),
    case("a-place-name-after-a-capitalised-title-is-a-surname",
         "I am joined today by Deputy Attorney General Monaco and by Jane Roe.",
         types=(("Monaco", "Person"),)),
    case("a-country-after-of-stays-a-country",
         "The Prime Minister of Georgia met Jane Roe in Paris.",
         types=(("Georgia", "State"),)),
    case("an-untagged-surname-after-a-body-and-title-is-a-person",
         "I am joined today by FBI Director Wray and by Jane Roe.",
         edges=(("Wray", "HEADS", "Federal Bureau of Investigation"),)),
    case("a-title-before-a-common-noun-names-no-one",
         "Jane Roe is the Chief Executive Officer of Lantern Holdings. An Executive Order "
         "named her.",
         not_names=("Officer", "Order")),
    case("a-demonym-before-a-ministry-stays-in-its-name",
         "John Roe was an officer of the Russian Interior Ministry.",
         edges=(("John Roe", "WORKS_FOR", "Russian Interior Ministry"),),
         not_names=("Interior Ministry",)),
    case("a-demonym-before-a-party-stays-in-its-name",
         "Analysts said hackers read the e-mails of the German Social Democratic Party.",
         names=("German Social Democratic Party",), not_names=("Social Democratic Party",)),
    case("a-lone-platform-is-never-a-person",
         "Far more than on Facebook, which removed the pages, or Twitter, the sites spread "
         "their stories on forums.",
         not_pairs=(("Twitter", "Facebook"),),
         not_edges=(("Twitter", "INVESTIGATED", "Facebook"),)),
    case("an-acronym-described-as-an-agency-is-one",
         "The spies were arrested on a tip-off from LSVA, the national intelligence and "
         "security agency, which had followed them.", types=(("LSVA", "Agency"),)),
    case("a-name-listed-with-a-person-is-a-person-whatever-the-tag",
         "They lived in Lanterna under false identities as Ludwig Gisch and Maria Rosa Mayer "
         "Munos, a couple from Argentina.",
         types=(("Ludwig Gisch", "Person"), ("Maria Rosa Mayer Munos", "Person"))),
    case("a-full-name-after-a-capitalised-title",
         "The news was confirmed by Presidential Spokesperson Manuel Adorni, who spoke at a "
         "press conference.", types=(("Manuel Adorni", "Person"),)),
    case("a-known-acronyms-spelled-out-name-and-description-are-the-body",
         "Authorities believe both are linked to GRU (Glavnoye Razvedyvatelnoye Upravlenie), "
         "the Russian military intelligence agency.",
         names=("Main Intelligence Directorate",),
         not_names=("Glavnoye Razvedyvatelnoye Upravlenie", "Russian intelligence services")),
    case("the-group-a-text-names-so-is-that-group",
         "News\n\nNews of the shadowy group – known as “La Lanterna,” or “The Lantern” – was "
         "confirmed by Jane Roe. The group is allegedly connected to a wider operation known "
         "as “Project Harbour,” once led by Mark Stone.",
         pairs=(("La Lanterna", "Project Harbour"),)),
    case("a-states-government-named-so-is-the-state",
         "Russia sought to interfere with the UK Government and with the Government of "
         "Australia.",
         edges=(("Russia", "INTERFERED_IN", "United Kingdom"),
                ("Russia", "INTERFERED_IN", "Australia")),
         not_names=("UK Government", "Government of Australia")),
    case("canadas-government-stays-an-actor-of-its-own",
         "Russia criticised the Government of Canada.", names=("Government of Canada",)),
    case("the-pentagon-is-the-us-defence-department",
         "Her former partner, Roger Stone, was an intelligence officer for the Pentagon.",
         edges=(("Roger Stone", "WORKS_FOR", "United States Department of Defense"),)),
]


@pytest.mark.parametrize("expected", NAMES_AS_WRITTEN)
def test_a_name_is_read_as_written(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


def test_a_news_agency_described_so_is_no_state_agency(extractor: Extractor) -> None:
    kinds = actors(run(extractor, "Mark Stone spoke to BELTA, the state news agency."))
    assert kinds.get("BELTA") not in (None, "Agency"), kinds


def test_a_described_service_of_another_state_is_not_the_named_body(extractor: Extractor
                                                                    ) -> None:
    text = "Jane Roe met officers of the CIA, the Russian security service, in Moscow."
    assert "Russian security service" not in aliases(run(extractor, text),
                                                     "Central Intelligence Agency")



def _mentions_of(doc: Any, names: list[tuple[str, str]]) -> list[Any]:
    """Mentions over the first place each name is written ('ner' unless given)."""
    from figraph.loaders.mentions.mention import Mention
    out = []
    for name, source in names:
        start = next(t.i for t in doc if doc[t.i:t.i + len(name.split())].text == name)
        out.append(Mention(start, start + len(name.split()), name, "ner", name, "Person",
                           source=source))
    return out


@pytest.mark.parametrize(("text", "names", "joined"), [
    ("Kelvin Tan Wei Ming was convicted in 2021.", [("Kelvin Tan", "ner"), ("Wei Ming", "ner")],
     ["Kelvin Tan Wei Ming"]),
    ("Kelvin Tan, Wei Ming and others were convicted.", [("Kelvin Tan", "ner"),
                                                          ("Wei Ming", "ner")],
     ["Kelvin Tan", "Wei Ming"]),
    ("Kelvin Tan\nWei Ming was convicted.", [("Kelvin Tan", "ner"), ("Wei Ming", "ner")],
     ["Kelvin Tan", "Wei Ming"]),
    ("Kelvin Tan Wei Ming was convicted.", [("Kelvin Tan", "gazetteer"), ("Wei Ming", "ner")],
     ["Kelvin Tan", "Wei Ming"]),
], ids=["touching-names-are-one", "a-comma-parts-them", "a-line-break-parts-them",
        "a-known-person-stays-whole"])
def test_two_person_names_that_touch_are_one_longer_name(extractor: Extractor, text: str,
                                                         names: list[tuple[str, str]],
                                                         joined: list[str]) -> None:
    """'Dickson Yeo Jun Wei': the text's repeated 'Dickson Yeo' found before the model's
    'Jun Wei' is one person's name, not two people side by side."""
    from figraph.loaders.mentions.find import _touching_people
    doc = extractor.nlp(text)
    assert [m.text for m in _touching_people(doc, _mentions_of(doc, names))] == joined


NOT_ACTORS = [
    case("a-scheme-and-its-initials-are-no-actors",
         "Police said the case was serious. Russia is to be put on the enhanced tier of the "
         "Harbour Influence Registration Scheme (HIRS), the government announced today. "
         "Introduced under the Harbour Security Act, HIRS is a tool to protect democracy.",
         not_names=("Harbour Influence Registration Scheme", "HIRS")),
    case("a-town-after-an-age-is-where-one-lives",
         "Ping Li, 59, of Wesley Chapel, Florida, pleaded guilty today to conspiring to act "
         "as an agent of China.",
         names=("Ping Li",), not_names=("Wesley Chapel",),
         not_pairs=(("Ping Li", "Wesley Chapel"),)),
    case("a-title-after-a-book-is-the-books",
         "That is a group which Anne Lee has demonstrated in her book, Spies and Lies, has "
         "close ties to the Ministry of State Security.",
         names=("Anne Lee", "Ministry of State Security"), not_names=("Spies and Lies",)),
    case("a-headline-name-stops-at-a-verb",
         "Salvini denies League Party received funding from Russia\n\nItaly's Deputy Prime "
         "Minister Matteo Salvini denied that his League Party received any money.",
         names=("League Party",), not_names=("Salvini denies League Party",)),
    case("a-country-inside-a-title-is-no-body",
         "The defendants were arrested on Monday. Seth Roe, Acting United States Attorney for "
         "the Eastern District of New York, announced the charges.",
         names=("Seth Roe",), not_names=("Acting United States",),
         not_pairs=(("Seth Roe", "Acting United States"),)),
    case("an-envoys-title-ends-the-states-name",
         "Mark Stone, the United States Chargé d'Affaires in Havana, met Jane Roe.",
         edges=(("Mark Stone", "WORKS_FOR", "United States"),),
         not_names=("United States Chargé d'Affaires",)),
    case("a-section-letter-before-a-draft-is-no-person",
         "Report | Doc. 16 | 30 September 2025\n\nA. Draft resolution\n\nDraft resolution "
         "adopted by the committee.",
         not_names=("A. Draft",)),
]


@pytest.mark.parametrize("expected", NOT_ACTORS)
def test_a_place_a_work_or_a_heading_is_no_actor(extractor: Extractor, expected: Case) -> None:
    """Towns of a court release's residence formula, places and works named before or
    after their noun, and headings the small model tags as names: no actors."""
    check(extractor, expected)


def test_a_body_called_the_name_with_small_words(extractor: Extractor) -> None:
    """'a group called the X and Y Strategy group': the name after 'called the', its
    'and' and 'for' kept, up to the lower-case noun."""
    check(extractor, Case(
        "Police said the forum was sponsored. One of the sponsors is a group called the "
        "Harbour Innovation and Strategy group. It is a think tank.",
        names=("Harbour Innovation and Strategy",),
        types=(("Harbour Innovation and Strategy", "Organization"),)))


@pytest.mark.parametrize(("text", "place"), [
    ("The meeting took place at the Metropol hotel in Moscow.", "Metropol"),
    ("They met at the Lantern restaurant near the port.", "Lantern"),
])
def test_a_name_the_model_tags_before_a_place_noun_is_no_actor(
        extractor: Extractor, text: str, place: str) -> None:
    """'at the Metropol hotel': the small model sometimes tags the name a person (in a
    longer article); tagged so here by hand, it still makes no mention."""
    assert place not in {m.text for m in ner_mentions(_tagged(extractor, text, place), {}, {})}
    guard = _tagged(extractor, "Jane Roe met the hotel staff in Moscow.", "Jane Roe")
    assert "Jane Roe" in {m.text for m in ner_mentions(guard, {}, {})}  # (a name before a
    # verb stays a person)


def _tagged(extractor: Extractor, text: str, name: str) -> Any:
    from spacy.tokens import Span
    doc = extractor.nlp(text)
    words = name.split()
    start = next(t.i for t in doc if t.text == words[0])
    doc.ents = [Span(doc, start, start + len(words), label="PERSON")]
    return doc


@pytest.mark.parametrize(("text", "whole", "parts"), [
    ("Jane Roe is an agronomist. She served as President of the Harbour Research Centre for "
     "the Lantern Society from 2013 to 2015.",
     "Harbour Research Centre for the Lantern Society", ("Lantern Society",)),
])
def test_a_body_for_another_named_body_is_one_name(extractor: Extractor, text: str,
                                                     whole: str, parts: tuple[str, ...]) -> None:
    """'the X Research Centre for the Y Society': the model's two spans, one body."""
    names = {a.name for a in run(extractor, text).actors}
    assert whole in names, names
    assert not names & set(parts), names



def test_a_plural_title_the_model_runs_into_a_name_is_cut(extractor: Extractor) -> None:
    """'Assistant U.S. Attorneys Vikas Roe and Barry Jonas': tagged 'Attorneys Vikas Roe'
    (so in a longer release), the person is 'Vikas Roe'."""
    doc = _tagged(extractor, "The case was handled by Assistant U.S. Attorneys Vikas Roe and "
                  "Barry Jonas.", "Attorneys Vikas Roe")
    assert "Vikas Roe" in {m.text for m in ner_mentions(doc, {}, {})}


def test_a_plural_title_before_a_listed_name_is_left_out(extractor: Extractor) -> None:
    """'Assistant U.S. Attorneys Vikas Roe and Barry Jonas', parsed (as in a longer
    release) with 'Attorneys' compounded into the first name: the person listed beside
    the model's is 'Vikas Roe'."""
    from figraph.loaders.mentions.ner import listed_people
    from spacy.tokens import Doc
    words = ["It", "was", "handled", "by", "Assistant", "U.S.", "Attorneys", "Vikas", "Roe",
             "and", "Barry", "Jonas", "."]
    heads = [2, 2, 2, 2, 8, 8, 8, 8, 3, 8, 11, 8, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "compound", "compound", "compound",
            "compound", "pobj", "cc", "compound", "conj", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "CCONJ",
           "PROPN", "PROPN", "PUNCT"]
    ents = ["O"] * 10 + ["B-PERSON", "I-PERSON", "O"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    found = {m.text for m in listed_people(doc)}
    assert "Vikas Roe" in found and not any("Attorneys" in name for name in found), found
