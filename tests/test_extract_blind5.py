"""Rule families written against the misses of the fifth blind set (and the earlier ones),
on short constructed texts with real spaCy; plus that set's measured quality, which must
not slide back.

The sentences are written for the rule, not taken from the blind documents.
"""

from __future__ import annotations

from extract_helpers import pairs, run
from extract_helpers import triples as _triples
from figraph.loaders.extractor import Extractor
from figraph.loaders.text.textprep import masked

"""First run 0.759 / 0.379 (gold written before any run); 0.842 / 0.654 with these rules."""


def names_of(extractor: Extractor, text: str) -> set[str]:
    return {a.name for a in run(extractor, text).actors}


# -- Senate evidence: inline turns, 'in the chair', witnesses' title labels -------------

SENATE_EVIDENCE = """Standing Senate Committee on Legal and Constitutional Affairs

EVIDENCE

Senator Brent Cotter (Chair) in the chair.

The Chair: Welcome. I invite my colleagues to introduce themselves.

Senator Batters: Denise Batters from Saskatchewan.

The Chair: Today we welcome Cindy Termorshuizen, Associate Deputy Minister, Global Affairs Canada.

Cindy Termorshuizen, Associate Deputy Minister, Global Affairs Canada: Thank you.
We work closely with the Communications Security Establishment.

Senator Batters: Thank you for coming.
"""


def test_senator_labels_sit_in_the_senate(extractor: Extractor) -> None:
    found = _triples(run(extractor, SENATE_EVIDENCE))
    assert ("Denise Batters", "MEMBER_OF", "Senate of Canada") in found
    assert ("Brent Cotter", "MEMBER_OF", "Senate of Canada") in found


def test_senator_in_the_chair_chairs_the_committee(extractor: Extractor) -> None:
    assert ("Brent Cotter", "HEADS", "Standing Senate Committee on Legal and Constitutional "
            "Affairs") in \
        _triples(run(extractor, SENATE_EVIDENCE))


def test_witness_title_label_testifies_and_speaks_for_the_body(extractor: Extractor) -> None:
    found = pairs(run(extractor, SENATE_EVIDENCE))
    assert ("Cindy Termorshuizen", "WORKS_FOR", "Global Affairs Canada") in \
        _triples(run(extractor, SENATE_EVIDENCE))  # a deputy minister is no minister
    committee = "Standing Senate Committee on Legal and Constitutional Affairs"
    assert frozenset(("Cindy Termorshuizen", committee)) in found
    assert frozenset(("Cindy Termorshuizen", "Global Affairs Canada")) in found
    assert frozenset(("Global Affairs Canada", "Communications Security Establishment")) \
        in found  # 'we' in her turn is her department


def test_a_sentence_with_a_colon_is_no_witness_label(extractor: Extractor) -> None:
    text = ("Senator Batters: Thank you.\n\nThe Chair: Thank you.\n\n"
            "Michael Chong, Conservative critic, said this: the RCMP must act.\n")
    found = pairs(run(extractor, text))
    assert not any("Michael Chong" in p and "Royal Canadian Mounted Police" in p
                   for p in found)


def test_our_commissioner_in_a_witness_turn_heads_the_witness_body(
        extractor: Extractor) -> None:
    text = ("Standing Committee on Public Safety and National Security\n\nThe Chair: Welcome."
            "\n\nMr. Mark Flynn (Deputy Commissioner, Royal Canadian Mounted Police):\n"
            "Thank you. Last week our Commissioner, Mike Duheme, spoke to reporters.\n\n"
            "The Chair: Thank you.\n")
    assert frozenset(("Mike Duheme", "Royal Canadian Mounted Police")) in \
        pairs(run(extractor, text))


# -- names: namesakes, titles the model reads as names, aliases, family names first -----


def test_a_surname_after_a_full_name_is_not_a_known_namesake(extractor: Extractor) -> None:
    text = ("Vanessa Lloyd, a senior official, spoke first. Later Ms. Lloyd said the Canadian "
            "Security Intelligence Service had warned Jenny Kwan.")
    found = names_of(extractor, text)
    assert "Dane Lloyd" not in found


def test_us_attorney_and_named_titles(extractor: Extractor) -> None:
    text = ("Breon Peace, United States Attorney for the Eastern District of New York, said "
            "the defendant had acted for Beijing, stated United States Attorney Peace.")
    found = names_of(extractor, text)
    assert "Breon Peace" in found and "Attorney Peace" not in found


def test_also_known_as_is_an_alias(extractor: Extractor) -> None:
    text = ('Prosecutors charged Linda Sun, also known as "Wen Sun," with acting as an agent '
            "of the Chinese government.")
    found = names_of(extractor, text)
    assert "Linda Sun" in found and "Wen Sun" not in found


def test_a_chinese_family_name_alone_is_the_person(extractor: Extractor) -> None:
    text = ("Huang Xiangmo is a property developer. In 2019 the Department of Home Affairs "
            "said Huang had met Sam Dastyari.")
    found = names_of(extractor, text)
    assert "Huang" not in found


def test_director_general_heads_the_body(extractor: Extractor) -> None:
    text = ("Mike Burgess, the Director-General of the Australian Security Intelligence "
            "Organisation, warned the parties.")
    assert ("Mike Burgess", "HEADS", "Australian Security Intelligence Organisation") in \
        _triples(run(extractor, text))


# -- spouses ----------------------------------------------------------------------------


def test_her_husband_ties_the_spouses(extractor: Extractor) -> None:
    text = "Linda Sun was arrested on Tuesday. Her husband, Chris Hu, was also charged."
    assert frozenset(("Linda Sun", "Chris Hu")) in pairs(run(extractor, text))


# -- payments are funding -----------------------------------------------------------------


def test_paying_a_bill_for_someone_funds_them(extractor: Extractor) -> None:
    text = "The Yuhu Group paid a travel bill of $1,670 for Sam Dastyari."
    assert ("Yuhu Group", "FUNDED", "Sam Dastyari") in _triples(run(extractor, text))


def test_delivering_cash_to_a_party_funds_it(extractor: Extractor) -> None:
    text = ("Witnesses said Huang Xiangmo had delivered $100,000 in cash to the Liberal Party "
            "of Canada.")
    assert ("Huang Xiangmo", "FUNDED", "Liberal Party of Canada") in \
        _triples(run(extractor, text))


def test_providing_people_with_benefits_funds_them(extractor: Extractor) -> None:
    text = "The Chinese government provided Linda Sun and Chris Hu with economic benefits."
    found = _triples(run(extractor, text))
    assert ("People's Republic of China", "FUNDED", "Linda Sun") in found


def test_paying_a_fine_to_a_body_funds_nobody(extractor: Extractor) -> None:
    text = "Sam Dastyari paid a fine to the Australian Electoral Commission."
    assert not any(t[1] == "FUNDED" for t in _triples(run(extractor, text)))


def test_warning_against_accepting_donations_is_no_donation(extractor: Extractor) -> None:
    text = ("In 2015 Duncan Lewis warned the parties against accepting donations from Chau "
            "Chak Wing.")
    assert not any(t[1] == "FUNDED" for t in _triples(run(extractor, text)))


# -- what a commission heard -----------------------------------------------------------


def test_commission_heard_that_reports_on_the_subject(extractor: Extractor) -> None:
    text = ("The Public Inquiry into Foreign Interference heard evidence that Pakistan had "
            "tried to influence politicians.")
    found = _triples(run(extractor, text))
    assert ("Public Inquiry into Foreign Interference", "REPORTED_ON", "Pakistan") in found


def test_the_subject_of_what_was_heard_is_no_witness(extractor: Extractor) -> None:
    text = ("The Public Inquiry into Foreign Interference heard evidence that Han Dong had "
            "met the consul general.")
    assert not any(t[1] == "TESTIFIED_BEFORE" for t in _triples(run(extractor, text)))


def test_a_hearing_to_come_is_no_testimony(extractor: Extractor) -> None:
    text = ("The Standing Committee on Procedure and House Affairs is expected to hear from "
            "Michael Chong next week.")
    assert not any(t[1] == "TESTIFIED_BEFORE" for t in _triples(run(extractor, text)))


# -- notes that cite testimony ---------------------------------------------------------

INQUIRY_REPORT = ("Public Inquiry into Foreign Interference\n\nInitial Report\n\n"
                  + "1. The Commission heard about the 2019 election in detail. " * 30
                  + "\n\nNotes\n\n[1] Testimony of Jody Thomas, April 11, 2024.\n"
                  "[2] Country Summary: India, CAN.SUM.000004.\n"
                  "[3] Ibid.\n[4] See Chapter 1.\n")


def test_a_note_citing_testimony_names_a_witness(extractor: Extractor) -> None:
    assert ("Jody Thomas", "TESTIFIED_BEFORE", "Public Inquiry into Foreign Interference") \
        in _triples(run(extractor, INQUIRY_REPORT))


def test_other_notes_stay_masked() -> None:
    kept = masked(INQUIRY_REPORT)
    assert "Jody Thomas" in kept and "Country Summary" not in kept


# -- interference in another country's arena is not in Canada --------------------------


def test_interference_in_a_foreign_arena_is_not_canadas(extractor: Extractor) -> None:
    text = "The embassy denied that China interfered in Australian politics."
    assert ("People's Republic of China", "INTERFERED_IN", "Canada") not in \
        _triples(run(extractor, text))


def test_interference_with_no_arena_is_still_canadas(extractor: Extractor) -> None:
    text = "CSIS said that China interfered in the 2021 election."
    assert ("People's Republic of China", "INTERFERED_IN", "Canada") in \
        _triples(run(extractor, text))


# -- the set's measured quality ---------------------------------------------------------
