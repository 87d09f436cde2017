"""Rule families written against the misses of the third blind set (and the earlier ones),
on short constructed texts with real spaCy; plus that set's measured quality, which must
not slide back.

The sentences are written for the rule, not taken from the blind documents: a rule only
their wording triggers would be worthless.
"""

from __future__ import annotations

import pytest
from extract_helpers import pairs, run, triples
from figraph.graph.model import Extraction
from figraph.loaders.extractor import Extractor

"""First run 0.839 / 0.620 (gold written before any run); 0.864 / 0.698 with these rules,
0.875 / 0.740 with those of tests/test_extract_blind4.py."""


def names(extraction: Extraction) -> set[str]:
    return {a.name for a in extraction.actors}


# -- a witness's 'we' is the body the witness answers for ------------------------------

WITNESS_TURNS = """Standing Committee on Public Safety and National Security

The Chair (Mr. Ron McKinnon (Coquitlam—Port Coquitlam, Lib.)): Welcome, Commissioner.

Commissioner Mike Duheme (Commissioner, Royal Canadian Mounted Police): Thank you.

We worked closely with CSIS on every file that touched a foreign state. Our officers also met with the Canada Border Services Agency last spring.

Mr. Michael Chong (Wellington—Halton Hills, CPC): We have questions about that.
"""  # noqa: E501 - document text, one paragraph a line, kept verbatim


def test_we_in_a_witness_turn_is_the_witness_body(extractor: Extractor) -> None:
    found = pairs(run(extractor, WITNESS_TURNS))
    assert frozenset(("Royal Canadian Mounted Police",
                      "Canadian Security Intelligence Service")) in found
    assert frozenset(("Royal Canadian Mounted Police", "Canada Border Services Agency")) in found


def test_we_of_a_member_names_no_body(extractor: Extractor) -> None:
    found = pairs(run(extractor, WITNESS_TURNS))
    assert not any("Conservative Party of Canada" in p and "Canadian Security Intelligence "
                   "Service" in p for p in found)


# -- institutions that work together --------------------------------------------------


def test_bodies_working_together_are_related(extractor: Extractor) -> None:
    text = ("The Communications Security Establishment and Global Affairs Canada work together "
            "on cyber threats.")
    assert frozenset(("Communications Security Establishment", "Global Affairs Canada")) \
        in pairs(run(extractor, text))
    text = "CSIS and the RCMP cooperate closely on foreign interference."
    assert frozenset(("Canadian Security Intelligence Service",
                      "Royal Canadian Mounted Police")) in pairs(run(extractor, text))


def test_a_body_cooperating_with_another_is_related(extractor: Extractor) -> None:
    text = "Elections Canada cooperates with the Canadian Security Intelligence Service."
    assert frozenset(("Elections Canada", "Canadian Security Intelligence Service")) \
        in pairs(run(extractor, text))


def test_the_government_working_with_its_agencies_says_nothing(extractor: Extractor) -> None:
    text = "The Government of Canada will keep working with the RCMP to protect Canadians."
    assert not pairs(run(extractor, text))


# -- findings --------------------------------------------------------------------------


def test_no_evidence_that_x_is_still_a_finding_about_x(extractor: Extractor) -> None:
    text = ("The Public Inquiry into Foreign Interference found no evidence that Iran had "
            "interfered in the 2021 election.")
    found = triples(run(extractor, text))
    assert ("Public Inquiry into Foreign Interference", "REPORTED_ON", "Iran") in found
    assert not any(t == "INTERFERED_IN" for _, t, _ in found)


def test_second_that_clause_is_also_reported(extractor: Extractor) -> None:
    text = ("The National Security and Intelligence Committee of Parliamentarians reported that "
            "the threat had grown, and that India was involved.")
    assert ("National Security and Intelligence Committee of Parliamentarians", "REPORTED_ON",
            "India") in triples(run(extractor, text))


def test_officials_at_a_mission_are_what_the_finding_is_about(extractor: Extractor) -> None:
    text = ("CSIS assessed that officials at the Chinese consulate in Vancouver supported two "
            "candidates.")
    assert frozenset(("Canadian Security Intelligence Service",
                      "Consulate General of the People's Republic of China in Vancouver")) \
        in pairs(run(extractor, text))


# -- bills, negation, titles -------------------------------------------------------------


def test_a_house_that_passes_a_bill_supports_it(extractor: Extractor) -> None:
    found = triples(run(extractor, "The Senate passed Bill C-70 in June 2024."))
    assert ("Senate of Canada", "SUPPORTED", "Bill C-70") in found


def test_passing_information_is_no_vote(extractor: Extractor) -> None:
    text = "The RCMP passed information to the Senate in June 2024."
    assert not any(t == "SUPPORTED" for _, t, _ in triples(run(extractor, text)))


def test_not_until_a_date_is_affirmative(extractor: Extractor) -> None:
    briefed = triples(run(extractor, "Jenny Kwan was not briefed by CSIS until May 2023."))
    denied = triples(run(extractor, "Jenny Kwan was not briefed by CSIS about the threat."))
    assert ("Canadian Security Intelligence Service", "BRIEFED", "Jenny Kwan") in briefed
    assert not any(t == "BRIEFED" for _, t, _ in denied)


def test_later_portfolios_of_a_title_are_not_bodies(extractor: Extractor) -> None:
    text = ("The Honourable Dominic LeBlanc, Minister of Public Safety, Democratic Institutions "
            "and Intergovernmental Affairs, spoke in Ottawa.")
    extraction = run(extractor, text)
    assert ("Dominic LeBlanc", "MINISTER_OF", "Public Safety Canada") in triples(extraction)
    assert "Democratic Institutions Secretariat" not in names(extraction)


def test_an_act_is_not_an_actor(extractor: Extractor) -> None:
    text = "The legislation amends the Canada Evidence Act and the Criminal Code."
    assert not any(n.endswith("Act") for n in names(run(extractor, text)))


def test_plural_apposition_describes_each_coordinated_name(extractor: Extractor) -> None:
    text = ("Jenny Kwan and Garnett Genuis, the two co-chairs of the Inter-Parliamentary "
            "Alliance on China, called for a briefing.")
    found = triples(run(extractor, text))
    assert {("Jenny Kwan", "HEADS", "Inter-Parliamentary Alliance on China"),
            ("Garnett Genuis", "HEADS", "Inter-Parliamentary Alliance on China")} <= found


def test_possessive_body_is_part_of_its_owner(extractor: Extractor) -> None:
    found = triples(run(extractor, "Global Affairs Canada's Rapid Response Mechanism flagged "
                                   "the posts."))
    home = triples(run(extractor, "Canada's Communications Security Establishment flagged the "
                                  "posts."))
    assert any(t == "PART_OF" and o == "Global Affairs Canada" for _, t, o in found)
    assert not any(t == "PART_OF" for _, t, _ in home)


# -- the third blind set -----------------------------------------------------------------


def test_ner_span_ends_before_a_conjunction(extractor: Extractor) -> None:
    text = "The Communications Security Establishment and Elections Canada met in Ottawa."
    assert not any(n.endswith(" and") for n in names(run(extractor, text)))


def test_a_candidacy_undergoes_what_its_candidate_undergoes(extractor: Extractor) -> None:
    found = triples(run(extractor, "Jenny Kwan's campaign was funded by India."))
    assert ("India", "FUNDED", "Jenny Kwan") in found
    plain = triples(run(extractor, "Jenny Kwan's report was praised by India."))
    assert not any(o == "Jenny Kwan" for _, _, o in plain)


@pytest.mark.parametrize(("text", "triple"), [
    ("The Harbour Security Service exposed the Northwind Front as a Russian-financed network.",
     ("Russia", "FUNDED", "Northwind Front")),
    ("The Northwind Front, a Kremlin-backed outlet, paid bloggers.",
     ("Russia", "SUPPORTED", "Northwind Front")),
    ("The Northwind Front is a Beijing-linked association.",
     ("Northwind Front", "AFFILIATED_WITH", "People's Republic of China")),
    ("The Northwind Front is a Chinese state-funded group.",
     ("People's Republic of China", "FUNDED", "Northwind Front")),
])
def test_a_sponsor_in_a_hyphenated_word(extractor: Extractor, text: str,
                                        triple: tuple[str, str, str]) -> None:
    assert triple in triples(run(extractor, text)), text


@pytest.mark.parametrize("text", [
    "The Northwind Front published a reader-funded newsletter.",
    "The Northwind Front is a Lisbon-based association.",
])
def test_no_sponsor_without_a_state_or_actor_before_the_hyphen(extractor: Extractor,
                                                               text: str) -> None:
    assert not [e for e in run(extractor, text).edges
                if e.type in ("FUNDED", "SUPPORTED", "AFFILIATED_WITH")], text


def test_interference_cases_including_states_are_where_it_happened(extractor: Extractor) -> None:
    text = ("Citing suspected Russian interference cases across Europe, including Bulgaria "
            "and Slovakia, the Harbour Committee asked for a review.")
    found = triples(run(extractor, text))
    assert ("Russia", "INTERFERED_IN", "Bulgaria") in found
    assert ("Russia", "INTERFERED_IN", "Slovakia") in found
    assert ("Bulgaria", "INTERFERED_IN", "Slovakia") not in found


@pytest.mark.parametrize(("text", "triple"), [
    ("Omar Haddad was recruited by Russian intelligence in 2010.",
     ("Omar Haddad", "ACTED_FOR", "Russia")),
    ("The Northwind Bank employed Jane Roe.", ("Jane Roe", "WORKS_FOR", "Northwind Bank")),
    ("Harbour Agency officials conducted Omar Haddad's briefing in May.",
     ("Harbour Agency", "BRIEFED", "Omar Haddad")),
    ("The Harbour Committee began its study of Russian interference.",
     ("Harbour Committee", "INVESTIGATED", "Russia")),
])
def test_who_serves_whom_and_who_studies_what(extractor: Extractor, text: str,
                                             triple: tuple[str, str, str]) -> None:
    assert triple in triples(run(extractor, text)), text


def test_a_writer_s_study_is_no_investigation(extractor: Extractor) -> None:
    found = triples(run(extractor, "Jane Roe published her study of Russian media."))
    assert not any(t == "INVESTIGATED" for _, t, _ in found)


@pytest.mark.parametrize(("text", "triple"), [
    ("Jane Roe chaired a branch of the Northwind Association, a bureau within the Harbour "
     "Security Service.", ("Northwind Association", "PART_OF", "Harbour Security Service")),
    ("Paul Smith joined Omar Haddad's Northwind Alliance party in 2019.",
     ("Omar Haddad", "MEMBER_OF", "Northwind Alliance")),
])
def test_parts_and_possessed_parties(extractor: Extractor, text: str,
                                     triple: tuple[str, str, str]) -> None:
    assert triple in triples(run(extractor, text)), text


@pytest.mark.parametrize("text", [
    "Jane Roe said she is a target of Chinese foreign interference activities.",
    "Jane Roe said she was a target of Chinese interference operations.",
])
def test_a_target_of_a_state_s_activities(extractor: Extractor, text: str) -> None:
    assert ("People's Republic of China", "TARGETED", "Jane Roe") in triples(run(extractor, text))


@pytest.mark.parametrize(("text", "triple"), [
    ("Jane Roe was given a briefing by the Harbour Security Service.",
     ("Harbour Security Service", "BRIEFED", "Jane Roe")),
    ("Jane Roe has been offered a briefing by the Harbour Security Service on the findings.",
     ("Harbour Security Service", "BRIEFED", "Jane Roe")),
])
def test_a_briefing_given_to_the_passive_subject(extractor: Extractor, text: str,
                                                 triple: tuple[str, str, str]) -> None:
    found = triples(run(extractor, text))
    assert triple in found, text
    assert (triple[2], "BRIEFED", triple[0]) not in found
