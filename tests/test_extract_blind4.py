"""Rule families written against the misses of the fourth blind set (and the earlier ones),
on short constructed texts with real spaCy; plus that set's measured quality, which must
not slide back.

The sentences are written for the rule, not taken from the blind documents.
"""

from __future__ import annotations

from extract_helpers import pairs, run
from extract_helpers import triples as _triples
from figraph.loaders.extractor import Extractor

"""First run 0.838 / 0.589 (gold written before any run); 0.877 / 0.700 with these rules."""


# -- 'he' after a sentence whose subject is another named person -----------------------

EVENT_ARTICLE = (
    "Arrest of Michael Kovrig\n\n"
    "Michael Kovrig was detained in Beijing in December 2018.\n\n"
    "In 2019, Foreign Affairs Minister Chrystia Freeland told reporters that the detention "
    "was arbitrary. She said she had raised the case with Wang Yi in Bangkok.\n")


def test_pronoun_after_another_named_subject_is_that_subject(extractor: Extractor) -> None:
    """The title names Kovrig, but 'she' follows a sentence about Freeland."""
    found = pairs(run(extractor, EVENT_ARTICLE))
    assert frozenset(("Chrystia Freeland", "Wang Yi")) in found
    assert frozenset(("Michael Kovrig", "Wang Yi")) not in found


def test_pronoun_in_a_biography_still_means_its_subject(extractor: Extractor) -> None:
    text = ("Jenny Kwan\n\nJenny Kwan is a Canadian politician. In 2023, she said she had been "
            "briefed by the Canadian Security Intelligence Service.\n")
    assert frozenset(("Jenny Kwan", "Canadian Security Intelligence Service")) \
        in pairs(run(extractor, text))


# -- names the small model cuts short --------------------------------------------------


def names_of(extractor: Extractor, text: str) -> set[str]:
    return {a.name for a in run(extractor, text).actors}


def test_given_name_joins_a_surname_tagged_alone(extractor: Extractor) -> None:
    text = ("The centre must close, said Ivy Li, a spokesperson for the Hong Kong "
            "Democracy Council. Vancouver Mayor Ken Sim said the city would co-operate.")
    found = names_of(extractor, text)
    assert "Ivy Li" in found and "Li" not in found
    assert "Ken Sim" in found and "Mayor Ken Sim" not in found


def test_organisation_name_ending_with_of_place_keeps_the_place(extractor: Extractor) -> None:
    text = ("Witnesses were afraid, said Ivy Li, a spokesperson for the Canadian Friends of "
            "Hong Kong.")
    assert frozenset(("Ivy Li", "Canadian Friends of Hong Kong")) in pairs(run(extractor, text))


# -- 'there were allegations of a link between agents of X and ...' accuses X -----------


def test_allegations_of_a_link_accuse_the_state_of_its_agents(extractor: Extractor) -> None:
    text = ("Foreign Affairs Minister Mélanie Joly said there were credible allegations of a "
            "link between agents of the Russian government and the attack on Yulia Navalnaya.")
    assert ("Mélanie Joly", "ACCUSED", "Russia") in _triples(run(extractor, text))


def test_evidence_linking_agents_accuses_the_state(extractor: Extractor) -> None:
    text = ("RCMP Commissioner Mike Duheme said there was evidence linking agents of the "
            "Government of India to extortion in Brampton.")
    assert ("Mike Duheme", "ACCUSED", "India") in _triples(run(extractor, text))


def test_the_victim_at_the_other_end_of_a_link_is_not_accused(extractor: Extractor) -> None:
    text = ("Trudeau said police were pursuing allegations of a link between agents of the "
            "Government of India and the killing of the activist Hardeep Singh Nijjar.")
    found = _triples(run(extractor, text))
    assert ("Justin Trudeau", "ACCUSED", "India") in found or ("Trudeau", "ACCUSED", "India") \
        in found
    assert not any(t[1] == "ACCUSED" and t[2] == "Hardeep Singh Nijjar" for t in found)


def test_a_link_named_without_grounds_accuses_nobody(extractor: Extractor) -> None:
    text = "Joly said there was a link between the Government of India and the ministry."
    assert not any(t[1] == "ACCUSED" for t in _triples(run(extractor, text)))


# -- a motion calling on someone ties the body that adopts it, and its mover, to them ---


def test_motion_calling_on_a_person_to_resign_is_a_rebuke(extractor: Extractor) -> None:
    text = ("The Senate of Canada adopted a motion from the Conservative Party of Canada "
            "calling on Ambassador Cong Peiwu to apologize.")
    found = _triples(run(extractor, text))
    assert ("Senate of Canada", "CRITICIZED", "Cong Peiwu") in found
    assert ("Conservative Party of Canada", "CRITICIZED", "Cong Peiwu") in found


def test_motion_asking_a_body_to_act_relates_them(extractor: Extractor) -> None:
    text = ("The House of Commons voted in favour of a New Democratic Party motion asking "
            "the National Security and Intelligence Review Agency to examine the leaks.")
    found = pairs(run(extractor, text))
    assert frozenset(("House of Commons", "National Security and Intelligence Review Agency")) \
        in found


def test_a_motion_that_calls_on_nobody_relates_nobody(extractor: Extractor) -> None:
    text = "The House of Commons adopted a motion calling for a public inquiry."
    assert not [e for e in run(extractor, text).edges if e.type in ("CRITICIZED", "RELATED_TO")]


# -- titles in appositions: a foreign state's minister, counsel, 'among them X' ---------


def test_a_foreign_states_minister_works_for_it(extractor: Extractor) -> None:
    text = "Joly met Wang Yi, China's foreign minister, in Jakarta."
    assert ("Wang Yi", "WORKS_FOR", "People's Republic of China") in _triples(run(extractor, text))


def test_canadas_own_minister_is_not_an_employee_of_the_state(extractor: Extractor) -> None:
    text = "Bill Blair, Canada's defence minister, spoke to reporters."
    assert not any(t[2] == "Canada" for t in _triples(run(extractor, text)))


def test_general_counsel_works_for_the_organisation(extractor: Extractor) -> None:
    text = ("The letter was signed by Jaskaran Sandhu, the legal counsel of the Baaz News "
            "Network.")
    assert frozenset(("Jaskaran Sandhu", "Baaz News Network")) in pairs(run(extractor, text))


def test_among_them_names_one_of_the_objects(extractor: Extractor) -> None:
    text = "Beijing sanctioned several Canadian parliamentarians, among them Michael Chong."
    assert ("People's Republic of China", "SANCTIONED", "Michael Chong") in \
        _triples(run(extractor, text))


# -- a title the model tags as a person names nobody -----------------------------------


def test_a_title_alone_is_not_a_person(extractor: Extractor) -> None:
    text = ("The Clerk of the Privy Council briefed the Prime Minister. Later the Clerk "
            "met the Clerk of the House.")
    assert "Clerk" not in names_of(extractor, text)


def test_a_named_clerk_is_still_a_person(extractor: Extractor) -> None:
    text = "Michael Wernick, the Clerk of the Privy Council, testified before the committee."
    assert "Michael Wernick" in names_of(extractor, text)


# -- 'Speaker X' presides over the House (or the Senate) -------------------------------


def test_speaker_heads_the_house_of_commons(extractor: Extractor) -> None:
    text = ("The House of Commons sat late. Speaker Anthony Rota apologized on Monday for "
            "the invitation.")
    assert ("Anthony Rota", "HEADS", "House of Commons") in _triples(run(extractor, text))


def test_senate_speaker_heads_the_senate(extractor: Extractor) -> None:
    text = ("In Ottawa, Senate Speaker Raymonde Gagné said the House of Commons and the Senate "
            "would act.")  # a Canadian text: 'the Senate' is Canada's only there
    found = _triples(run(extractor, text))
    assert ("Raymonde Gagné", "HEADS", "Senate of Canada") in found
    assert ("Raymonde Gagné", "HEADS", "House of Commons") not in found


def test_former_speaker_heads_nothing(extractor: Extractor) -> None:
    text = "Former Speaker Geoff Regan told the House of Commons that he disagreed."
    assert not any(t[1] == "HEADS" for t in _triples(run(extractor, text)))


# -- a participle opening the sentence describes the main subject; 'by A and by B' -----


def test_opening_participle_with_agent_acts_on_the_main_subject(extractor: Extractor) -> None:
    text = "Tabled by Minister Dominic LeBlanc in May, Bill C-70 received Royal Assent in June."
    assert ("Dominic LeBlanc", "INTRODUCED", "Bill C-70") in _triples(run(extractor, text))


def test_the_bill_is_the_last_bill_named(extractor: Extractor) -> None:
    text = ("Bill C-70 was long awaited. Sponsored by Minister Dominic LeBlanc, the bill "
            "moved quickly.")
    found = pairs(run(extractor, text))
    assert frozenset(("Dominic LeBlanc", "Bill C-70")) in found


def test_coordinated_agents_both_act(extractor: Extractor) -> None:
    text = "Bill C-70 was passed by the House of Commons and by the Senate of Canada in 2024."
    found = pairs(run(extractor, text))
    assert frozenset(("House of Commons", "Bill C-70")) in found
    assert frozenset(("Senate of Canada", "Bill C-70")) in found


# -- the signer of a first-person report is its 'I' and 'me' ---------------------------

SIGNED_REPORT = (
    "Review of the Handling of Intelligence\n\nInterim Report\n\nThe Honourable Morris "
    "Rosenberg\n\n1. In January 2023, Prime Minister Justin Trudeau asked me to review the "
    "protocol. I met with the Communications Security Establishment in February.\n\n"
    "2. One official told me: \"I spoke with Global Affairs Canada twice.\"\n")


def test_first_person_of_a_signed_report_is_its_signer(extractor: Extractor) -> None:
    found = pairs(run(extractor, SIGNED_REPORT))
    assert frozenset(("Morris Rosenberg", "Communications Security Establishment")) in found


def test_first_person_inside_a_quotation_is_not_the_signer(extractor: Extractor) -> None:
    found = pairs(run(extractor, SIGNED_REPORT))
    assert frozenset(("Morris Rosenberg", "Global Affairs Canada")) not in found


def test_unsigned_text_leaves_first_person_alone(extractor: Extractor) -> None:
    text = ("Foreign interference\n\nA report\n\nIn 2023 I met with the Communications "
            "Security Establishment.\n")
    assert not run(extractor, text).edges


def test_reviewing_papers_by_an_agency_does_not_investigate_it(extractor: Extractor) -> None:
    text = ("NSIRA reviewed the intelligence reports prepared by the Canadian Security "
            "Intelligence Service.")
    assert not any(t[1] == "INVESTIGATED" for t in _triples(run(extractor, text)))


# -- 'the subject/target of a campaign by / linked to Y' -------------------------------


def test_subject_of_disinformation_linked_to_a_state(extractor: Extractor) -> None:
    text = "In 2022, Jenny Kwan was the subject of online disinformation linked to Beijing."
    assert ("People's Republic of China", "TARGETED", "Jenny Kwan") in \
        _triples(run(extractor, text))


def test_target_of_a_campaign_by_a_state(extractor: Extractor) -> None:
    text = "Garnett Genuis became the target of a harassment campaign by the Russian government."
    assert ("Russia", "TARGETED", "Garnett Genuis") in _triples(run(extractor, text))


def test_subject_of_a_report_is_no_campaign(extractor: Extractor) -> None:
    text = "Jenny Kwan was the subject of a report by the Canadian Security Intelligence Service."
    assert not any(t[1] == "TARGETED" for t in _triples(run(extractor, text)))


# -- ties named as nouns with a possessive or 'between' --------------------------------


def test_possessive_call_with_someone_is_a_conversation(extractor: Extractor) -> None:
    text = "Justin Trudeau's call with Narendra Modi lasted an hour."
    assert ("Justin Trudeau", "SPOKE_WITH", "Narendra Modi") in _triples(run(extractor, text))


def test_relationship_between_two_actors(extractor: Extractor) -> None:
    text = ("Investigators examined the relationship between Han Dong and the Chinese "
            "consulate in Toronto.")
    assert frozenset(("Han Dong", "Consulate General of the People's Republic of China in "
                      "Toronto")) in pairs(run(extractor, text))


def test_a_meeting_with_no_owner_ties_nobody(extractor: Extractor) -> None:
    text = "The meeting with Wang Yi was postponed."
    assert not run(extractor, text).edges


# -- names listed after a plural noun ---------------------------------------------------


def test_every_name_in_an_apposition_list_is_reached(extractor: Extractor) -> None:
    text = "The RCMP detained two men, Yuesheng Wang and Yanping Ye, in Quebec."
    found = _triples(run(extractor, text))
    assert ("Royal Canadian Mounted Police", "DETAINED", "Yuesheng Wang") in found
    assert ("Royal Canadian Mounted Police", "DETAINED", "Yanping Ye") in found


def test_names_hung_on_a_place_are_still_the_people_listed(extractor: Extractor) -> None:
    text = ("The RCMP arrested three Indian nationals living in Brampton, Arjun Mehta, "
            "Ravi Gill and Sunny Sidhu, on Friday.")
    found = pairs(run(extractor, text))
    for name in ("Arjun Mehta", "Ravi Gill", "Sunny Sidhu"):
        assert frozenset(("Royal Canadian Mounted Police", name)) in found


# -- an act announced in the agentless passive is the announcer's -----------------------


def test_announced_expulsion_is_the_announcers(extractor: Extractor) -> None:
    text = "Mélanie Joly announced that Zhao Wei had been declared persona non grata."
    assert ("Mélanie Joly", "EXPELLED", "Zhao Wei") in _triples(run(extractor, text))


def test_announced_sanction_is_the_announcers(extractor: Extractor) -> None:
    text = "Global Affairs Canada confirmed that Vladimir Soloviev had been sanctioned."
    assert ("Global Affairs Canada", "SANCTIONED", "Vladimir Soloviev") in \
        _triples(run(extractor, text))


def test_a_passive_merely_reported_is_not_the_reporters(extractor: Extractor) -> None:
    text = "Michael Chong said that Zhao Wei had been expelled."
    assert not any(t[1] == "EXPELLED" for t in _triples(run(extractor, text)))


# -- 'the Prime Minister' is the head of government the text named ----------------------


def test_the_prime_minister_is_the_one_named_before(extractor: Extractor) -> None:
    text = ("Prime Minister Justin Trudeau spoke on Monday. On Tuesday, the Prime Minister "
            "met with Wang Yi in Ottawa.")
    assert ("Justin Trudeau", "MET_WITH", "Wang Yi") in _triples(run(extractor, text))


def test_an_office_of_the_prime_minister_is_not_the_man(extractor: Extractor) -> None:
    text = ("Prime Minister Justin Trudeau spoke. CSIS briefed the National Security and "
            "Intelligence Advisor to the Prime Minister in 2022.")
    assert ("Canadian Security Intelligence Service", "BRIEFED", "Justin Trudeau") \
        not in _triples(run(extractor, text))


def test_another_countrys_prime_minister_is_not_resolved(extractor: Extractor) -> None:
    text = ("Prime Minister Justin Trudeau spoke. The Prime Minister of India later met "
            "with Wang Yi.")
    assert ("Justin Trudeau", "MET_WITH", "Wang Yi") not in _triples(run(extractor, text))


# -- the set's measured quality ---------------------------------------------------------


def test_confirming_someone_was_behind_a_campaign_accuses_them(extractor: Extractor) -> None:
    text = ("Jody Thomas confirmed that Wang Yi, China's foreign minister, had been behind "
            "the operation.")
    assert ("Jody Thomas", "ACCUSED", "Wang Yi") in _triples(run(extractor, text))


def test_a_states_agency_in_apposition_is_part_of_it(extractor: Extractor) -> None:
    text = "The Ministry of State Security, China's civilian intelligence agency, ran the group."
    assert ("Ministry of State Security", "PART_OF", "People's Republic of China") in \
        _triples(run(extractor, text))


def test_a_partys_agency_in_apposition_is_part_of_it(extractor: Extractor) -> None:
    text = ("Donations reached the United Front Work Department, the Chinese Communist Party "
            "agency that courts groups abroad.")
    assert ("United Front Work Department", "PART_OF", "Chinese Communist Party") in \
        _triples(run(extractor, text))


def test_gathering_information_on_someone_targets_them(extractor: Extractor) -> None:
    text = "Police said Zhao Wei had gathered information on Jenny Kwan for a year."
    assert ("Zhao Wei", "TARGETED", "Jenny Kwan") in _triples(run(extractor, text))


def test_gathering_support_targets_nobody(extractor: Extractor) -> None:
    text = "Jenny Kwan gathered support from the New Democratic Party."
    assert not any(t[1] == "TARGETED" for t in _triples(run(extractor, text)))


# -- a name the model missed, described as a company, and the people who run it ---------


def test_a_company_described_in_apposition_is_an_actor(extractor: Extractor) -> None:
    text = ("The payments went to Northlake Digital, a company run by commentator Jane "
            "Morrow, in 2023.")
    found = pairs(run(extractor, text))
    assert frozenset(("Jane Morrow", "Northlake Digital")) in found


def test_founded_by_relates_the_founder(extractor: Extractor) -> None:
    text = "Harbour Voices, a group founded by activist Ken Lau, received the funds."
    assert frozenset(("Ken Lau", "Harbour Voices")) in pairs(run(extractor, text))


# -- handing a body a report briefs it ---------------------------------------------------


def test_providing_a_report_to_an_inquiry_briefs_it(extractor: Extractor) -> None:
    text = ("Dominic LeBlanc said the government had provided the report to the Public "
            "Inquiry into Foreign Interference.")
    assert ("Government of Canada", "BRIEFED", "Public Inquiry into Foreign Interference") \
        in _triples(run(extractor, text))


def test_sharing_an_assessment_with_a_body_briefs_it(extractor: Extractor) -> None:
    text = ("The Communications Security Establishment shared its assessment with Elections "
            "Canada in 2021.")
    assert ("Communications Security Establishment", "BRIEFED", "Elections Canada") in \
        _triples(run(extractor, text))


def test_sharing_a_report_with_a_person_is_no_briefing_of_a_body(extractor: Extractor) -> None:
    text = "Jenny Kwan shared the report with Michael Chong."
    assert not any(t[1] == "BRIEFED" for t in _triples(run(extractor, text)))


# -- a Hansard label '(Prime Minister, Lib.)' heads the government ----------------------

QUESTION_PERIOD = """House of Commons Debates

Oral Questions

Mr. Andrew Scheer (Regina—Qu'Appelle, CPC):
Mr. Speaker, will the government ban the company?

Right Hon. Stephen Harper (Prime Minister, CPC):
Mr. Speaker, we are reviewing the file.

Hon. Chrystia Freeland (Deputy Prime Minister, Lib.):
Mr. Speaker, we will act.
"""


def test_prime_minister_label_heads_the_government(extractor: Extractor) -> None:
    found = _triples(run(extractor, QUESTION_PERIOD))
    assert ("Stephen Harper", "HEADS", "Government of Canada") in found
    assert ("Chrystia Freeland", "HEADS", "Government of Canada") not in found


def test_partners_at_a_body_are_that_body(extractor: Extractor) -> None:
    text = ("The Communications Security Establishment works closely with its partners at "
            "the Royal Canadian Mounted Police.")
    assert frozenset(("Communications Security Establishment",
                      "Royal Canadian Mounted Police")) in pairs(run(extractor, text))


def test_the_government_of_a_canadian_leader_is_headed_by_them(extractor: Extractor) -> None:
    text = "In 2008, the government of Stephen Harper expelled a Russian diplomat."
    assert ("Stephen Harper", "HEADS", "Government of Canada") in _triples(run(extractor, text))


def test_the_government_of_a_foreign_leader_is_not_ottawa(extractor: Extractor) -> None:
    text = "In 2023, the government of Narendra Modi expelled a Canadian diplomat."
    assert not any(t[1] == "HEADS" for t in _triples(run(extractor, text)))


def test_whose_family_was_targeted_targets_the_person(extractor: Extractor) -> None:
    text = ("Jenny Kwan, whose relatives in Hong Kong were harassed by the Ministry of State "
            "Security, spoke to reporters.")
    assert ("Ministry of State Security", "TARGETED", "Jenny Kwan") in \
        _triples(run(extractor, text))
