"""Rule families written against the misses of the sixth blind set (a wire story, a
biography, a ministerial statement), on short constructed texts with real spaCy; plus
that set's measured quality, which must not slide back.

The sentences are written for the rule, not taken from the blind documents.
"""

from __future__ import annotations

from extract_helpers import run
from extract_helpers import triples as _triples
from figraph.loaders.extractor import Extractor

"""First run 0.873 / 0.587 (gold written before any run); 0.926 / 0.762 with these rules."""


# -- 'X was involved in doing ...': the passive's subject does the gerund --------------

def test_involved_in_gathering_information_targets(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Li Ming was involved in gathering information on "
                                    "Jenny Kwan and her relatives."))
    assert ("Li Ming", "TARGETED", "Jenny Kwan") in found


def test_engaged_in_gathering_information_targets(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Wang Jun was engaged in gathering information "
                                    "on Kenny Chiu for the consulate."))
    assert ("Wang Jun", "TARGETED", "Kenny Chiu") in found


def test_involved_in_with_an_agent_is_not_read_so(extractor: Extractor) -> None:
    """'was involved by X in ...' names who involved him: not his own act."""
    found = _triples(run(extractor, "Jenny Kwan was involved in the talks by Kenny Chiu."))
    assert not any(s == "Jenny Kwan" and t == "Kenny Chiu" for s, _, t in found)


# -- 'Trudeau's Liberals': a party named as a person's own ---------------------------

def test_possessed_party_is_the_persons_party(extractor: Extractor) -> None:
    found = _triples(run(extractor, "The vote returned Justin Trudeau's Liberals to "
                                    "government with a minority."))
    assert ("Justin Trudeau", "MEMBER_OF", "Liberal Party of Canada") in found


def test_possessed_party_after_a_surname(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Pierre Poilievre's Conservatives led in the polls all "
                                    "summer."))
    assert ("Pierre Poilievre", "MEMBER_OF", "Conservative Party of Canada") in found


def test_party_of_a_non_person_is_no_membership(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Canada's Conservatives criticized the bill."))
    assert not any(t == "Conservative Party of Canada" and r == "MEMBER_OF"
                   for _, r, t in found)


# -- first person inside quotation marks: the one the text says is speaking ----------

STATEMENT = """Statement by the Minister

The Honourable Bill Blair, Minister of National Defence, today issued the following statement:

"After careful review, I have decided to declare Mr. Li Ming persona non grata.

"I met with Jenny Kwan this morning."

Earlier today, officials said I met with Kenny Chiu.
"""


def test_statement_paragraphs_are_the_issuers_words(extractor: Extractor) -> None:
    found = _triples(run(extractor, STATEMENT))
    assert ("Bill Blair", "EXPELLED", "Li Ming") in found
    assert ("Bill Blair", "MET_WITH", "Jenny Kwan") in found


def test_statement_ends_at_a_paragraph_without_quotes(extractor: Extractor) -> None:
    found = _triples(run(extractor, STATEMENT))
    assert not any("Kenny Chiu" in (s, t) and "Bill Blair" in (s, t) for s, _, t in found)


def test_quoted_i_is_the_named_sayer(extractor: Extractor) -> None:
    found = _triples(run(extractor, '"I met with Jenny Kwan last week," Michael Chong said.'))
    assert ("Michael Chong", "MET_WITH", "Jenny Kwan") in found


def test_quoted_i_without_a_sayer_stays_unresolved(extractor: Extractor) -> None:
    found = _triples(run(extractor, 'Jenny Kwan was in Ottawa. "I met with Kenny Chiu."'))
    assert not any("Kenny Chiu" in (s, t) for s, _, t in found)


# -- expulsions told without 'expel': ordered to leave, no longer welcome ------------

def test_ordered_to_leave_the_country_is_expelled(extractor: Extractor) -> None:
    found = _triples(run(extractor, "India ordered Cameron MacKay to leave the country "
                                    "within five days."))
    assert ("India", "EXPELLED", "Cameron MacKay") in found


def test_announced_no_longer_welcome_is_the_announcers_expulsion(extractor: Extractor
                                                                  ) -> None:
    found = _triples(run(extractor, "Mélanie Joly said on Tuesday that Li Ming was no "
                                    "longer welcome in Canada."))
    assert ("Mélanie Joly", "EXPELLED", "Li Ming") in found


def test_cancelled_residency_is_an_expulsion(extractor: Extractor) -> None:
    found = _triples(run(extractor, "In 2020 Global Affairs Canada cancelled Li Ming's "
                                    "diplomatic accreditation."))
    assert ("Global Affairs Canada", "EXPELLED", "Li Ming") in found


def test_revoked_visa_of_a_person(extractor: Extractor) -> None:
    found = _triples(run(extractor, "India revoked the visa of Cameron MacKay last year."))
    assert ("India", "EXPELLED", "Cameron MacKay") in found


def test_cancelled_meeting_is_no_expulsion(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Global Affairs Canada cancelled Li Ming's meeting."))
    assert not any(r == "EXPELLED" for _, r, _ in found)


def test_leaving_a_room_or_an_event_is_no_expulsion(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Jenny Kwan said Kenny Chiu was not welcome at the "
                                    "dinner. Michael Chong ordered Li Ming to leave the room."))
    assert not any(r == "EXPELLED" for _, r, _ in found)


# -- 'His father, John O'Toole, was a member of Y': the apposition is the subject -----

def test_kin_apposition_subject_is_the_named_relative(extractor: Extractor) -> None:
    found = _triples(run(extractor, "His mother, Ruth Chan, was a member of the Legislative "
                                    "Assembly of British Columbia."))
    assert ("Ruth Chan", "MEMBER_OF", "Legislative Assembly of British Columbia") in found


def test_named_apposition_keeps_the_role_off_unnamed_people(extractor: Extractor) -> None:
    names = {a.name for a in run(extractor, "Her brother, Li Ming, was a member of the "
                                            "House of Commons.").actors}
    assert not any("(unnamed)" in n for n in names)


def test_apposition_of_a_plain_noun_subject(extractor: Extractor) -> None:
    found = _triples(run(extractor, "The lawyer, Jenny Kwan, was a member of the New "
                                    "Democratic Party."))
    assert ("Jenny Kwan", "MEMBER_OF", "New Democratic Party") in found


# -- a career 'served in' an agency; 'after a briefing from X, Y ...' ----------------

def test_served_in_an_agency_works_for_it(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Before politics, Kenny Chiu served for ten years in "
                                    "the Royal Canadian Mounted Police."))
    assert ("Kenny Chiu", "WORKS_FOR", "Royal Canadian Mounted Police") in found


def test_after_a_briefing_from_x_the_subject_was_briefed(extractor: Extractor) -> None:
    found = _triples(run(extractor, "After a briefing from the Canadian Security "
                                    "Intelligence Service, Jenny Kwan spoke to reporters."))
    assert ("Canadian Security Intelligence Service", "BRIEFED", "Jenny Kwan") in found


def test_following_a_warning_from_x(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Following a warning from CSIS, Michael Chong changed "
                                    "his travel plans."))
    assert ("Canadian Security Intelligence Service", "WARNED", "Michael Chong") in found


def test_a_briefing_not_in_a_time_phrase_is_left_to_other_rules(extractor: Extractor
                                                                 ) -> None:
    found = _triples(run(extractor, "A briefing from CSIS was cited by Jenny Kwan."))
    assert ("Canadian Security Intelligence Service", "BRIEFED", "Jenny Kwan") not in found


# -- 'a diplomat accredited to Y', 'an officer posted at Y': the employer -------------

def test_role_noun_accredited_to_a_mission(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Li Ming is a diplomat accredited to the Chinese "
                                    "consulate in Vancouver."))
    assert any(s == "Li Ming" and r == "WORKS_FOR" and "consulate" in t.lower()
               for s, r, t in found)


def test_role_noun_posted_at_an_embassy(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Wang Jun, an officer posted at the Indian High "
                                    "Commission in Ottawa, left Canada."))
    assert any(s == "Wang Jun" and r == "WORKS_FOR" for s, r, _ in found)


# -- an outlet's account: 'According to X, ...', 'a report in X said / that ...' --------

def test_according_to_an_outlet_reports_on_the_subject(extractor: Extractor) -> None:
    found = _triples(run(extractor, "According to the Toronto Star, Han Dong was briefed "
                                    "by the consul general."))
    assert ("Toronto Star", "REPORTED_ON", "Han Dong") in found


def test_a_report_in_an_outlet_said(extractor: Extractor) -> None:
    found = _triples(run(extractor, "A report in The Globe and Mail said Jenny Kwan had been "
                                    "warned by CSIS."))
    assert ("The Globe and Mail", "REPORTED_ON", "Jenny Kwan") in found


def test_according_to_people_is_no_outlet(extractor: Extractor) -> None:
    found = _triples(run(extractor, "According to committee members, Han Dong spoke with "
                                    "the consul general."))
    assert not any(r == "REPORTED_ON" for _, r, _ in found)


# -- 'X said the move came late and accused Y': the sayer accuses -------------------

def test_sayer_accuses_after_a_reported_clause(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Jenny Kwan said the decision came far too late and "
                                    "accused Marco Mendicino of ignoring the warnings."))
    assert ("Jenny Kwan", "ACCUSED", "Marco Mendicino") in found


def test_a_reported_clause_with_an_actor_subject_keeps_it(extractor: Extractor) -> None:
    """'X said that CSIS ... and warned Y': CSIS, the clause's own subject, warns."""
    found = _triples(run(extractor, "Jenny Kwan said CSIS had studied the case and warned "
                                    "Michael Chong."))
    assert ("Canadian Security Intelligence Service", "WARNED", "Michael Chong") in found
    assert ("Jenny Kwan", "WARNED", "Michael Chong") not in found


# -- 'issued a ministerial directive to X': the minister's authority over X ----------

def test_directive_to_a_body_ties_the_issuer_to_it(extractor: Extractor) -> None:
    pairs_found = {frozenset((s, t)) for s, _, t in _triples(run(
        extractor, "Dominic LeBlanc issued a ministerial directive to the Communications "
                   "Security Establishment in June."))}
    assert frozenset(("Dominic LeBlanc", "Communications Security Establishment")) in \
        pairs_found


# -- 'In a statement on its website, the embassy said it ...': a fronted possessive ----

FRONTED = ("Michael Chong spoke first. In a statement posted on its website, the Indian "
           "High Commission said it rejected the claims and accused Ottawa of bias.")


def test_fronted_its_points_to_the_main_subject(extractor: Extractor) -> None:
    found = _triples(run(extractor, FRONTED))
    assert any(r == "ACCUSED" and t == "Government of Canada" and "High Commission" in s
               for s, r, t in found)


def test_fronted_his_points_to_the_main_subject(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Jenny Kwan spoke first. In his reply, Michael Chong said "
                                    "he had met Han Dong."))
    assert ("Michael Chong", "MET_WITH", "Han Dong") in found
    assert ("Jenny Kwan", "MET_WITH", "Han Dong") not in found


# -- 'referred the matter to the committee' ------------------------------------------

def test_referring_a_matter_to_a_committee_ties_the_referrer(extractor: Extractor) -> None:
    pairs_found = {frozenset((s, t)) for s, _, t in _triples(run(
        extractor, "Speaker Greg Fergus referred the question to the Standing Committee on "
                   "Procedure and House Affairs."))}
    assert frozenset(("Greg Fergus", "Standing Committee on Procedure and House Affairs")) \
        in pairs_found


def test_referring_people_to_an_outlet_is_no_tie(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Jenny Kwan referred reporters to The Globe and Mail."))
    assert not any("Globe" in t for _, _, t in found)


# -- '<company> executive X': the company is the employer ----------------------------

def test_company_executive_works_for_the_company(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Police questioned Huawei executive Li Ming in Vancouver "
                                    "on Tuesday."))
    assert ("Li Ming", "WORKS_FOR", "Huawei") in found


# -- 'ADIT North America, a consulting firm': a place inside a described firm's name -----

def test_firm_whose_name_holds_a_place_is_an_organisation(extractor: Extractor) -> None:
    extraction = run(extractor, "Jenny Kwan later joined Maple Pacific Canada, a consulting "
                                "firm, as a partner.")
    assert any(a.name == "Maple Pacific Canada" and a.type == "Organization"
               for a in extraction.actors)


# -- 'the task force, which brings together A, B and C' (from blind5's list) ----------

def test_relative_clause_bringing_together_names_the_parts(extractor: Extractor) -> None:
    found = _triples(run(extractor, "The Rapid Response Mechanism, which brings together "
                                    "Global Affairs Canada and the Communications Security "
                                    "Establishment, reported on the campaign."))
    parts = {s for s, r, t in found if r == "PART_OF" and "Rapid Response" in t}
    assert {"Global Affairs Canada", "Communications Security Establishment"} <= parts


# -- 'Commissioner: The Honourable X' on a report's title page (from blind5's list) -----

TITLE_PAGE = """Standing Committee on Procedure and House Affairs

Report on Foreign Interference

Chair: The Honourable Bardish Chagger

1. The Committee heard from many witnesses.
"""


def test_title_page_label_heads_the_author(extractor: Extractor) -> None:
    found = _triples(run(extractor, TITLE_PAGE))
    assert ("Bardish Chagger", "HEADS", "Standing Committee on Procedure and House Affairs") \
        in found


def test_a_turn_after_a_label_is_no_title_page(extractor: Extractor) -> None:
    text = TITLE_PAGE.replace("Chair: The Honourable Bardish Chagger",
                              "Chair: I thank Bardish Chagger for her work.")
    found = _triples(run(extractor, text))
    assert ("Bardish Chagger", "HEADS", "Standing Committee on Procedure and House Affairs") \
        not in found


# -- 'was in regular contact with X' (from blind5's list) -----------------------------

def test_in_regular_contact_with_is_speaking_with(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Han Dong remained in close contact with Jenny Kwan "
                                    "throughout the campaign."))
    assert ("Han Dong", "SPOKE_WITH", "Jenny Kwan") in found


def test_contact_as_a_plain_noun_is_not_read_so(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Han Dong gave his contact details to Jenny Kwan."))
    assert ("Han Dong", "SPOKE_WITH", "Jenny Kwan") not in found


# -- 'the spokesman said Canada had undermined relations': a wrong as the verb --------

def test_reported_wrongdoing_verb_accuses_its_subject(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Wang Wenbin said on Tuesday that Canada had undermined "
                                    "relations between the two countries."))
    assert ("Wang Wenbin", "ACCUSED", "Canada") in found


def test_reported_neutral_verb_accuses_nobody(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Wang Wenbin said on Tuesday that Canada had improved "
                                    "relations between the two countries."))
    assert not any(r == "ACCUSED" for _, r, _ in found)


# -- 'the Ambassador of X to Canada, NAME': a name the parser hangs on the last noun ---

def test_title_with_destination_then_name_works_for_the_state(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Mélanie Joly summoned the High Commissioner of India to "
                                    "Canada, Sanjay Kumar Verma, on Monday."))
    assert ("Sanjay Kumar Verma", "WORKS_FOR", "India") in found
    assert ("Sanjay Kumar Verma", "WORKS_FOR", "Canada") not in found


# -- 'said Canada had "sabotaged" relations': a quoted wrong the parser makes an adjective

def test_quoted_wrong_verb_accuses_its_subject(extractor: Extractor) -> None:
    found = _triples(run(extractor, 'Wang Wenbin told reporters in Beijing that Canada had '
                                    '"undermined" relations between the two countries.'))
    assert ("Wang Wenbin", "ACCUSED", "Canada") in found


def test_quoted_neutral_verb_accuses_nobody(extractor: Extractor) -> None:
    found = _triples(run(extractor, 'Wang Wenbin told reporters in Beijing that Canada had '
                                    '"improved" relations between the two countries.'))
    assert not any(r == "ACCUSED" for _, r, _ in found)


# -- 'reported concerns to X': telling a body what one saw briefs it -------------------

def test_reported_concerns_to_a_body_briefs_it(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Jenny Kwan reported the approach to CSIS."))
    assert ("Jenny Kwan", "BRIEFED", "Canadian Security Intelligence Service") in found


def test_reported_on_someone_briefs_nobody(extractor: Extractor) -> None:
    found = _triples(run(extractor, "The Globe and Mail reported on Zhao Wei to the public."))
    assert not any(r == "BRIEFED" for _, r, _ in found)


# -- 'his party': the party of the person who owns it ---------------------------------

def test_his_party_is_the_owners_party_not_the_last_named(extractor: Extractor) -> None:
    found = _triples(run(extractor, "The Conservative Party lost seats. Justin Trudeau's "
                                    "Liberals won. Erin O'Toole said that his party had "
                                    "briefed the RCMP."))
    assert ("Conservative Party of Canada", "BRIEFED",
            "Royal Canadian Mounted Police") in found
    assert ("Liberal Party of Canada", "BRIEFED", "Royal Canadian Mounted Police") not in found


def test_his_committee_is_no_party(extractor: Extractor) -> None:
    found = _triples(run(extractor, "The Conservative Party lost seats. Erin O'Toole said "
                                    "that his committee had briefed the RCMP."))
    assert ("Conservative Party of Canada", "BRIEFED",
            "Royal Canadian Mounted Police") not in found


# -- 'sworn in as a senator': a seat in the house the text names ----------------------

def test_sworn_in_as_an_mp_sits_in_the_named_house(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Jenny Kwan spoke in the House of Commons. Kenny Chiu "
                                    "was sworn in as an MP in 2019."))
    assert ("Kenny Chiu", "MEMBER_OF", "House of Commons") in found


def test_sworn_in_as_a_witness_is_no_seat(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Kenny Chiu was sworn in as a witness before the "
                                    "House of Commons."))
    assert ("Kenny Chiu", "MEMBER_OF", "House of Commons") not in found


# -- 'the foreign ministry said X had been declared persona non grata': the state's act

def test_ministry_saying_a_declaration_gives_it_to_the_state(extractor: Extractor) -> None:
    found = _triples(run(extractor, "China's Ministry of Foreign Affairs said on Tuesday that "
                                    "Jenny Kwan had been declared persona non grata."))
    assert ("People's Republic of China", "EXPELLED", "Jenny Kwan") in found
    assert not any(r == "EXPELLED" and s.startswith("Ministry") for s, r, _ in found)


def test_minister_saying_a_declaration_keeps_it(extractor: Extractor) -> None:
    found = _triples(run(extractor, "Mélanie Joly said that Zhao Wei had been declared "
                                    "persona non grata."))
    assert ("Mélanie Joly", "EXPELLED", "Zhao Wei") in found
