"""Transcripts: committee evidence as published by parliamentary sites, Hansard
reproductions, Senate evidence with inline turns, witness lists. Our own texts in those
layouts: labels alone on their line or opening a turn, chairs and witnesses, the body a
witness's 'we' and 'our Commissioner' stand for.
"""

from __future__ import annotations

import pytest
from extract_helpers import Case, case, check, pairs, run, triples
from figraph.loaders.extractor import Extractor
from figraph.loaders.text.hearing_lines import hearing_lines
from figraph.loaders.text.transcript import speaker_lines

COMMITTEE = """Standing Committee on Public Safety and National Security, meeting 7

Also speaking
Clerk of the Committee  Mr. Paul Leclerc
Jane Roe  Senior Fellow, Harbour Policy Institute, As an Individual
Omar Haddad  Executive Director, Northwind Democracy Network

The Chair Liberal Ron McKinnon

I call this meeting to order. Welcome to the Standing Committee on Public Safety and National Security.

Pam Damoff Liberal Oakville North—Burlington, ON

Thank you, Chair. I have a question for the witnesses.

Jane Roe

I am a senior fellow at the Harbour Policy Institute.
"""  # noqa: E501 - document text, one paragraph a line

WESTMINSTER = """Foreign interference: statement
Thursday 13th July 2023
Commons Chamber

The Minister of State, Foreign, Commonwealth and Development Office (Jane Roe)

With permission, I will update the House on the sanctions.

Sir Ian Doe (Chingford North) (Conservative)

I thank the Minister. MI5 has warned me.
"""


def test_labels_alone_on_their_line_are_read() -> None:
    lines = speaker_lines(COMMITTEE)
    named = {(line.name, line.listed) for line in lines if line.name}
    assert ("Ron McKinnon", False) in named and ("Pam Damoff", False) in named
    assert ("Jane Roe", True) in named and ("Omar Haddad", True) in named
    damoff = next(line for line in lines if line.name == "Pam Damoff")
    assert COMMITTEE[damoff.riding[0]:damoff.riding[1]] == "Oakville North—Burlington"


def test_label_facts(extractor: Extractor) -> None:
    found = triples(run(extractor, COMMITTEE))
    committee = "Standing Committee on Public Safety and National Security"
    assert ("Ron McKinnon", "HEADS", committee) in found
    assert ("Pam Damoff", "MEMBER_OF", "Liberal Party of Canada") in found
    assert ("Jane Roe", "TESTIFIED_BEFORE", committee) in found
    assert ("Jane Roe", "WORKS_FOR", "Harbour Policy Institute") in found
    assert ("Omar Haddad", "HEADS", "Northwind Democracy Network") in found


OFFICE_LABELS = """House of Commons Hansard, Oral Questions

Jane Roe LiberalPrime Minister

Mr. Speaker, the RCMP is investigating these illegal acts in Canada.

John Doe ConservativeLeader of the Opposition

Mr. Speaker, the Prime Minister admitted that there were police stations.
"""


def test_a_label_with_the_party_glued_to_the_office_is_read(extractor: Extractor) -> None:
    """openparliament.ca writes an office holder's label as 'Name PartyOffice'."""
    extraction = run(extractor, OFFICE_LABELS)
    found = triples(extraction)
    assert ("Jane Roe", "MEMBER_OF", "Liberal Party of Canada") in found, found
    assert ("Jane Roe", "HEADS", "Government of Canada") in found, found
    assert any(s == "John Doe" and o == "Conservative Party of Canada" for s, _, o in found)
    assert not any("LiberalPrime" in a.name or "Conservative" in a.name and a.type == "Person"
                   for a in extraction.actors)


def test_ridings_and_provinces_are_no_actors(extractor: Extractor) -> None:
    actors = {a.name for a in run(extractor, COMMITTEE).actors}
    assert not {"Oakville North", "Burlington", "ON", "Pam Damoff Liberal"} & actors


@pytest.mark.parametrize(("label", "party"), [
    ("(Lab)", "Labour Party (UK)"),
    ("(Con)", "Conservative Party (UK)"),
    ("(LD)", "Liberal Democrats"),
    ("(SNP)", "Scottish National Party"),
])
def test_westminster_party_short_forms(extractor: Extractor, label: str, party: str) -> None:
    text = WESTMINSTER.replace("(Conservative)", label)
    assert ("Ian Doe", "MEMBER_OF", party) in triples(run(extractor, text))


@pytest.mark.parametrize(("label", "written"), [("(Con)", "Con"), ("(Lab)", "Lab")])
def test_a_label_s_party_word_is_one_of_the_party_s_names(extractor: Extractor, label: str,
                                                         written: str) -> None:
    """Readers (and scorers) look a party up by the form the text wrote it in."""
    extraction = run(extractor, WESTMINSTER.replace("(Conservative)", label))
    party = next(a for a in extraction.actors if a.type == "Party")
    assert written in party.aliases, (party.name, party.aliases)


def test_westminster_labels(extractor: Extractor) -> None:
    found = triples(run(extractor, WESTMINSTER))
    assert ("Jane Roe", "MINISTER_OF", "Foreign, Commonwealth and Development Office") in found
    assert ("Ian Doe", "MEMBER_OF", "Conservative Party (UK)") in found
    assert ("Jane Roe", "BRIEFED", "House of Commons of the United Kingdom") in found


HOUSE_QUESTIONS = """House of Commons Debates

Mr. Paul Smith (Harbourside, CPC):
Mr. Speaker, why did the minister wait two years?

Hon. Jane Roe (Minister of Harbour Affairs, Lib.):
Mr. Speaker, we introduced Bill C-70 to give CSIS new tools.

Mr. Paul Smith:
Mr. Speaker, we introduced Bill C-282 last year.
"""


def test_a_minister_s_we_in_the_house_is_the_government(extractor: Extractor) -> None:
    """A minister answers for the government, member of the House or not; another
    member's 'we' is no one's (a party, a caucus: the text does not say)."""
    found = triples(run(extractor, HOUSE_QUESTIONS))
    assert ("Government of Canada", "INTRODUCED", "Bill C-70") in found, found
    assert not any(t == "INTRODUCED" and o == "Bill C-282" for _, t, o in found), found


def test_a_shadow_minister_speaks_for_no_government(extractor: Extractor) -> None:
    text = HOUSE_QUESTIONS.replace("Hon. Jane Roe (Minister of Harbour Affairs, Lib.)",
                                   "Hon. Jane Roe (Shadow Minister of Harbour Affairs, Lib.)")
    assert not any(t == "INTRODUCED" for _, t, _ in triples(run(extractor, text)))


SELECT_COMMITTEE = """Select Committee on Intelligence, United States Senate
Open Hearing on Foreign Threats to the 2024 Elections
September 18, 2024

Witnesses: Jane Roe, Director of Harbour Intelligence; Omar Haddad, Deputy Director.

CHAIRMAN WARNER: Good morning. Russia is trying to influence our elections. Director Roe?

DIRECTOR ROE: Thank you, Mr. Chairman. Russia remains the most active threat.

VICE CHAIRMAN RUBIO: Has China targeted candidates?

MR. HADDAD: Yes, Senator. China targets candidates at the state level.
"""


def test_a_hearing_s_labels_in_capitals_with_an_office(extractor: Extractor) -> None:
    """'CHAIRMAN WARNER:' is Warner, who chairs the committee its heading names (with its
    house after a comma: the Senate's, not the House's); 'VICE CHAIRMAN RUBIO:' is a
    member; 'DIRECTOR ROE:' and 'MR. HADDAD:' answer as witnesses, each the person the
    text names in full. A date above a list is no actor."""
    extraction = run(extractor, SELECT_COMMITTEE)
    found, names = triples(extraction), {a.name for a in extraction.actors}
    committee = "United States Senate Select Committee on Intelligence"
    assert ("Warner", "HEADS", committee) in found, found
    assert ("Rubio", "MEMBER_OF", committee) in found, found
    assert ("Jane Roe", "TESTIFIED_BEFORE", committee) in found, found
    assert ("Omar Haddad", "TESTIFIED_BEFORE", committee) in found, found
    assert not names & {"Chairman Warner", "Director Roe", "September 18, 2024"}, names
    assert not any(s in ("Warner", "Rubio") and t == "TESTIFIED_BEFORE" for s, t, _ in found)


SENATE_WEBSITE = """Senate debates
Thursday, 30 November 2017

Jane Roe (Victoria, Australian Labor Party)

I thank the Senate. I met Mr Omar Haddad at a dinner in 2015. Neither my office nor I have
spoken to Mr Haddad since.

Paul Smith (Tasmania, Liberal Party of Australia)

I spoke with Omar Haddad in 2016.
"""


def test_labels_with_place_and_party_in_one_bracket(extractor: Extractor) -> None:
    """Parliament websites print 'Name (State, Party)' alone on a line above each turn."""
    found = triples(run(extractor, SENATE_WEBSITE))
    assert ("Jane Roe", "MEMBER_OF", "Australian Labor Party") in found
    assert ("Jane Roe", "MET_WITH", "Omar Haddad") in found
    assert ("Paul Smith", "SPOKE_WITH", "Omar Haddad") in found
    assert ("Jane Roe", "SPOKE_WITH", "Omar Haddad") not in found  # 'neither ... nor I'


SENATE_BILLS = """Senate debates
Tuesday, 4 June 2019
Bills
Harbour Security Amendment (Foreign Agents) Bill 2019; First Reading
Jane Roe (Victoria, Australian Labor Party)
I introduced the Harbour Security Amendment (Foreign Agents) Bill 2019 in May.
Paul Smith (President)
The question is that the bill be read a first time.
"""


def test_a_debate_s_bill_and_its_presiding_officer(extractor: Extractor) -> None:
    """A heading line names the bill whole (its bracketed part and its year); 'Name
    (President)' in a debate of the Senate is the one who presides over it."""
    extraction = run(extractor, SENATE_BILLS)
    assert ("Jane Roe", "INTRODUCED", "Harbour Security Amendment (Foreign Agents) Bill "
            "2019") in triples(extraction)
    assert ("Paul Smith", "HEADS", "Australian Senate") in triples(extraction)
    assert ("Jane Roe", "HEADS", "Australian Senate") not in triples(extraction)


def test_a_president_label_heads_no_senate_the_text_does_not_name(extractor: Extractor
                                                                   ) -> None:
    text = SENATE_BILLS.replace("Senate debates", "Debates")
    assert ("Paul Smith", "HEADS", "Australian Senate") not in triples(run(extractor, text))


NZ_QUESTIONS = """Questions for Oral Answer

1. Hon JANE ROE (National—Harbourside) to the Prime Minister: Does he stand by his statements?

Rt Hon PAUL SMITH (Prime Minister): Yes. The New Zealand Security Intelligence Service has \
briefed me on the activities of the People's Republic of China in New Zealand.

Hon Jane Roe: Why has the Government not acted?
"""


def test_oral_questions_of_the_new_zealand_house(extractor: Extractor) -> None:
    """'1. Hon NAME (Party—Electorate) to the Minister:': the asker's party is read, the
    capitals are a label's (the person is 'Jane Roe'), and what the service briefed the
    Prime Minister on is no party to the briefing."""
    extraction = run(extractor, NZ_QUESTIONS)
    found = triples(extraction)
    assert ("Jane Roe", "MEMBER_OF", "New Zealand National Party") in found, found
    assert ("New Zealand Security Intelligence Service", "BRIEFED", "Paul Smith") in found
    assert not any(t == "People's Republic of China" for _, r, t in found if r == "BRIEFED")
    assert "JANE ROE" not in {a.name for a in extraction.actors}


def test_an_oral_question_calls_on_the_minister_it_is_put_to(extractor: Extractor) -> None:
    """'1. Hon NAME (Party—Electorate) to the Prime Minister:' names whom the question asks."""
    found = triples(run(extractor, NZ_QUESTIONS))
    assert ("Jane Roe", "CALLED_ON", "Paul Smith") in found, found


NZ_ON_BEHALF = """Questions for Oral Answer

1. Hon JANE ROE (National—Harbourside) to the Prime Minister: Does he stand by the NZSIS advice?

Rt Hon MARK TANE (Deputy Prime Minister) on behalf of the Prime Minister: Yes.

Hon JANE ROE: Why did the New Zealand Government wait?

Rt Hon MARK TANE: Because the NZSIS advised it.
"""

AU_QUESTION = """Senate debates
Questions without Notice

Omar Haddad (Queensland, Pauline Hanson's One Nation Party)
I ask the Minister representing the Prime Minister whether ASIO has briefed her on the case.

Jane Roe (ACT, Australian Labor Party, Minister for Harbour Affairs)
The agency keeps its own counsel on such matters.
"""


@pytest.mark.parametrize(("text", "edge"), [
    (NZ_ON_BEHALF, ("Mark Tane", "MINISTER_OF", "New Zealand")),
    (AU_QUESTION, ("Jane Roe", "MINISTER_OF", "Australia")),
])
def test_a_minister_of_no_department_named_is_the_government_s(
        extractor: Extractor, text: str, edge: tuple[str, str, str]) -> None:
    """'(Deputy Prime Minister) on behalf of the Prime Minister:', '(ACT, Labor, Minister for
    Harbour Affairs)': a minister's label whose portfolio names no body of the text."""
    assert edge in triples(run(extractor, text))


NZ_ANSWERED_FOR = """Questions for Oral Answer

Rt Hon PAUL SMITH (Prime Minister): The Government has acted on the advice it received.

1. Hon JANE ROE (National—Harbourside) to the Prime Minister: Does he stand by the NZSIS advice?

Rt Hon MARK TANE (Deputy Prime Minister) on behalf of the Prime Minister: Yes.
"""


@pytest.mark.parametrize(("text", "spoken_for"), [
    (NZ_ANSWERED_FOR, {("Mark Tane", "Paul Smith")}),
    (NZ_ON_BEHALF, set()),  # no Prime Minister the text names or its date resolves
    (NZ_ANSWERED_FOR.replace(" on behalf of the Prime Minister", ""), set()),
])
def test_a_minister_answering_on_behalf_of_another_speaks_for_them(
        extractor: Extractor, text: str, spoken_for: set[tuple[str, str]]) -> None:
    """'NAME (Deputy Prime Minister) on behalf of the Prime Minister:': the label names
    whom the answer is given for, when the text says who holds that office."""
    found = {(s, t) for s, r, t in triples(run(extractor, text)) if r == "SPOKE_FOR"}
    assert found == spoken_for


SENATE_QUESTION = """Northland Senate, 2 May 2019: Questions without Notice
https://example.org/senate/2019-05-02

Senate debates
Thursday, 2 May 2019
Ann Lee (NSW, Labor)
I have a question for the Attorney-General. Will the Attorney-General table the review?
Mark Tane (Labor, Attorney-General)
Yes, I can. The review began last month.
"""


def test_an_office_a_label_gives_is_its_speaker_s_in_the_debate(extractor: Extractor) -> None:
    """'(Harbour Party, Attorney-General)': 'the Attorney-General' asked a question in the
    same debate is that speaker; the hyphenated office is a minister's."""
    found = triples(run(extractor, SENATE_QUESTION))
    assert ("Ann Lee", "SPOKE_WITH", "Mark Tane") in found
    assert ("Mark Tane", "MINISTER_OF", "Australia") in found


def test_an_office_two_labels_give_is_no_one_s(extractor: Extractor) -> None:
    text = SENATE_QUESTION.replace("Ann Lee (NSW, Labor)",
                                   "Ann Lee (NSW, Labor, Attorney-General)")
    assert not any(s == "Ann Lee" and o == "Mark Tane"
                   for s, _, o in triples(run(extractor, text)))


def test_a_shadow_minister_s_label_is_no_minister_of_the_government(
        extractor: Extractor) -> None:
    text = AU_QUESTION.replace("Minister for Harbour Affairs",
                               "Shadow Minister for Harbour Affairs")
    assert not any(t == "MINISTER_OF" for _, t, _ in triples(run(extractor, text)))


NZ_QUOTED = """Questions for Oral Answer

1. Hon JANE ROE (National—Harbourside) to the Prime Minister: Does he stand by his statements?

Rt Hon PAUL SMITH (Prime Minister): Yes.

Hon Jane Roe: When he told reporters yesterday, "I have asked the Harbour Security Bureau to \
advise me", why did he wait?
"""


def test_a_quoted_i_in_a_member_s_turn_is_the_one_she_quotes(extractor: Extractor) -> None:
    """In Jane Roe's question, the 'I' of what 'he told reporters' is not Jane Roe."""
    found = triples(run(extractor, NZ_QUOTED))
    assert not any(s == "Jane Roe" and o == "Harbour Security Bureau" for s, _, o in found)


def test_no_one_testifies_in_a_debate_of_the_house(extractor: Extractor) -> None:
    """A committee named in a chamber debate hears no one: the chair of the House and the
    members speak in the House."""
    text = WESTMINSTER.replace("Commons Chamber\n", "Commons Chamber\n\nMadam Deputy Speaker "
                               "(Ann Poe)\n\nI call the Minister.\n").replace(
        "I thank the Minister.", "I thank the Joint Committee on Security for its report.")
    assert "Madam Deputy Speaker (Ann Poe)" in text and "Joint Committee" in text
    assert not any(t == "TESTIFIED_BEFORE" for _, t, _ in triples(run(extractor, text)))


URGENT_QUESTION = """Foreign Interference: Parliamentarians
Volume 712: debated on Tuesday 14 March 2023

Jane Roe (Harbourside) (Con)
To ask the Home Secretary if he will make a statement on the alert about an agent.

The Minister for Security (Omar Haddad)
I thank my hon. Friend. The individual facilitated donations to parliamentarians.

Paul Smith (Northgate) (Lab)
The Joint Committee on Harbour Security warned about this in its report last year.

Omar Haddad
My hon. Friend is right to raise this.
"""


def test_a_committee_first_named_in_a_speech_hears_no_one(extractor: Extractor) -> None:
    """Without a 'Commons Chamber' line, a committee the heading does not name is only
    spoken of: the minister answering questions is not its witness."""
    found = triples(run(extractor, URGENT_QUESTION))
    assert ("Jane Roe", "MEMBER_OF", "Conservative Party (UK)") in found, found
    assert not any(t == "TESTIFIED_BEFORE" for _, t, _ in found), found


BROADCAST = """Hearing on interference

[15:00:00] ROE: Are you aware that Mr. Haddad was paid by Russia?

HADDAD: I am not aware of that.

ROE: I met Omar Haddad in Toronto in 2019.
"""


def test_surnames_in_capitals_are_speaker_labels(extractor: Extractor) -> None:
    assert [line.name for line in speaker_lines(BROADCAST)] == ["ROE", "HADDAD", "ROE"]
    extraction = run(extractor, BROADCAST)
    assert "Roe" in {a.name for a in extraction.actors}  # a speaker is an actor
    assert any(t == "MET_WITH" for _, t, _ in triples(extraction))


RADIO_INTERVIEW = """Radio interview with Harbour Radio

HARBOUR RADIO WITH JANE ROE
SUBJECTS: FOREIGN INTERFERENCE, SPIES

JANE ROE:
Joining me now is Mark Stone, the Minister for Home Affairs.

MARK STONE:
Morning Jane.

ROE:
What will the government do about Northland's spies?

STONE:
We will expel Northland's ambassador.
"""

HEADINGS_ALONE = """Annual review

BACKGROUND:
The service reported on Northland in 2024.

SUMMARY:
Northland targeted the Harbour Party.
"""


def test_names_in_capitals_alone_on_their_line_are_an_interview_s_labels(
        extractor: Extractor) -> None:
    """The full name first, then the surname for each later turn; a greeting the model
    took into a name ('Morning Jane') is no person."""
    labels = [line.name for line in speaker_lines(RADIO_INTERVIEW)]
    assert labels == ["JANE ROE", "MARK STONE", "ROE", "STONE"]
    extraction = run(extractor, RADIO_INTERVIEW)
    people = {a.name for a in extraction.actors if a.type == "Person"}
    assert people == {"Jane Roe", "Mark Stone"}


def test_headings_in_capitals_alone_on_their_line_are_no_labels() -> None:
    assert speaker_lines(HEADINGS_ALONE) == []


HEARING_OPENING = """Directors before the committee

DOE: The committee will come to order.

I would like to welcome our witnesses, director of the FBI, Jim Haddad and director of the
National Security Agency, Admiral Roe.

HADDAD: Thank you, Mr. Chairman. The FBI is investigating the Russian government's efforts.
"""


def test_capitals_labels_are_speakers_even_first_in_the_text(extractor: Extractor) -> None:
    """'DOE: The committee will come to order.' opens a turn, it is no infobox field; a
    surname label is the person the text names in full ('HADDAD' is Jim Haddad)."""
    extraction = run(extractor, HEARING_OPENING)
    people = {a.name for a in extraction.actors if a.type == "Person"}
    assert "Doe" in people and "Jim Haddad" in people and "Haddad" not in people, people
    assert ("Jim Haddad", "HEADS", "Federal Bureau of Investigation") in triples(extraction)
    assert not any(t == "SUPPORTED" for _, t, _ in triples(extraction))  # a welcome is a
    # courtesy


def test_a_hearing_s_committee_is_named_as_the_text_describes_it(extractor: Extractor) -> None:
    text = ("Jane Roe and Omar Haddad are testifying at a Senate Judiciary subcommittee hearing "
            "on Russian interference.\n\nDOE: The committee will come to order.\n\n"
            "ROE: Thank you, Mr. Chairman.\n")
    found = triples(run(extractor, text))
    committee = "Senate Judiciary subcommittee (unnamed)"
    assert ("Jane Roe", "TESTIFIED_BEFORE", committee) in found, found
    assert ("Omar Haddad", "TESTIFIED_BEFORE", committee) in found, found


def test_a_hearing_s_unnamed_committee_is_chaired_and_heard(extractor: Extractor) -> None:
    """The transcript never names its committee: 'the committee' is one unnamed actor, the
    one who calls it to order chairs it, the ones thanked for appearing testify."""
    text = HEARING_OPENING.replace(
        "I would like to welcome our witnesses", "I thank Director Haddad and Admiral Roe for "
        "appearing before us today. I would like to welcome our witnesses")
    found = triples(run(extractor, text))
    assert ("Doe", "HEADS", "Committee (unnamed)") in found, found
    assert ("Jim Haddad", "TESTIFIED_BEFORE", "Committee (unnamed)") in found, found


NEWS_TRANSCRIPT = """Full Transcript: Two Witnesses Testify On Russian Interference

Former official Ann Roe testifies at a United States Senate subcommittee hearing.

SEN. JANE DOE, R-S.C.: Our witnesses are well known. Thank you both for coming.

ANN Q. ROE, FORMER ACTING ATTORNEY GENERAL: Thank you, Chairman Doe.

PAUL R. SMITH JR., FORMER DIRECTOR OF NATIONAL INTELLIGENCE: Chairman Doe, members of the
committee, concern about the egregious Russian interference in our election process is
serious.

DOE: Thank you.
"""


def test_a_news_transcript_s_titled_labels_are_speakers(extractor: Extractor) -> None:
    """'SEN. JANE DOE, R-S.C.:' and 'NAME, FORMER TITLE:' open turns: a senator of the
    party the code names, witnesses who testify, and 'DOE:' the same senator, no witness."""
    assert [line.name for line in speaker_lines(NEWS_TRANSCRIPT)] == [
        "JANE DOE", "ANN Q. ROE", "PAUL R. SMITH JR.", "DOE"]
    found = triples(run(extractor, NEWS_TRANSCRIPT))
    assert ("Jane Doe", "MEMBER_OF", "Republican Party (United States)") in found, found
    party = next(a for a in run(extractor, NEWS_TRANSCRIPT).actors
                 if a.name == "Republican Party (United States)")
    assert "R" in party.aliases  # the label's code, as written
    assert not any(s in ("Jane Doe", "Doe") and t == "TESTIFIED_BEFORE" for s, t, _ in found)
    assert any(s == "Paul R. Smith Jr." and t == "TESTIFIED_BEFORE" for s, t, _ in found)
    assert ("Paul R. Smith Jr.", "ACCUSED", "Russia") in found, found  # his turn tells it
    assert "Full Transcript" not in {a.name for a in run(extractor, NEWS_TRANSCRIPT).actors}
    assert not any(s == "Ann Q. Roe" and t == "ACCUSED" for s, t, _ in found), found


def test_capitals_before_a_colon_in_prose_are_no_labels() -> None:
    text = "NOTE: the figures are provisional.\nWASHINGTON: the talks resumed.\n"
    assert speaker_lines(text) == []


LORDS = """Interference: statement
Lords Chamber

Lord Roe of Harbourside (Con)

My Lords, the Government have today sanctioned two individuals linked to APT31.

Baroness Poe of Lakeside (LD)

My Lords, I met Omar Haddad in 2022.
"""


def test_peers_labels_name_the_peer_and_party(extractor: Extractor) -> None:
    found = triples(run(extractor, LORDS))
    assert ("Baroness Poe of Lakeside", "MEMBER_OF", "Liberal Democrats") in found
    assert ("Baroness Poe of Lakeside", "MET_WITH", "Omar Haddad") in found
    assert any(s.startswith("Lord Roe") and o == "Conservative Party (UK)"
               for s, _, o in found), found


def test_witnesses_introduced_by_the_chair_hold_their_titles(extractor: Extractor) -> None:
    text = ("I'd now like to welcome our witnesses. The minister is accompanied today by Jane "
            "Roe, associate deputy minister, Department of Public Safety and Emergency "
            "Preparedness; Omar Haddad, commissioner, Royal Canadian Mounted Police; and Paul "
            "Smith, director, Canadian Security Intelligence Service, or CSIS.")
    found = triples(run(extractor, text))
    assert ("Jane Roe", "WORKS_FOR", "Public Safety Canada") in found
    assert ("Omar Haddad", "HEADS", "Royal Canadian Mounted Police") in found
    assert ("Paul Smith", "HEADS", "Canadian Security Intelligence Service") in found


ESTIMATES = """Harbour Affairs Legislation Committee
Estimates

CHAIR: I welcome the Director-General, Mr Haddad.

Mr Haddad: Thank you, Chair. We have disrupted a plot.

Senator ROE: Mr Haddad, which country was behind it?

Mr Haddad: I will not name the country, Senator.
"""


def test_in_a_senate_hearing_those_senators_question_testify(extractor: Extractor) -> None:
    found = triples(run(extractor, ESTIMATES))
    assert ("Haddad", "TESTIFIED_BEFORE", "Harbour Affairs Legislation Committee") in found
    assert not any(s == "Roe" and t == "TESTIFIED_BEFORE" for s, t, _ in found)


def test_westminster_labels_before_the_speech(extractor: Extractor) -> None:
    """The printed report puts the label and a colon before the speech, on one line."""
    text = "\n".join(line for line in WESTMINSTER.split("\n\n") if line) \
        .replace("Office (Jane Roe)\n", "Office (Jane Roe): ") \
        .replace("(Conservative)\n", "(Conservative): ")
    assert "(Jane Roe): With permission" in text and "(Conservative): I thank" in text
    found = triples(run(extractor, text))
    assert ("Jane Roe", "MINISTER_OF", "Foreign, Commonwealth and Development Office") in found
    assert ("Ian Doe", "MEMBER_OF", "Conservative Party (UK)") in found
    assert not any("With permission" in name for name, _, _ in found)


@pytest.mark.parametrize("speech", [
    "As a Member of Parliament who was sanctioned by the Chinese Government, this is a "
    "matter of grave concern to me.",
    "As someone who was sanctioned by the Chinese Government, I ask for a statement.",
])
def test_a_fronted_as_phrase_describes_the_speaker(extractor: Extractor, speech: str) -> None:
    text = WESTMINSTER.replace("I thank the Minister. MI5 has warned me.", speech)
    assert ("People's Republic of China", "SANCTIONED", "Ian Doe") in triples(run(extractor, text))


def test_an_as_phrase_about_a_named_subject_is_theirs(extractor: Extractor) -> None:
    found = triples(run(extractor, "As a minister who was briefed by CSIS, Jane Roe spoke "
                        "to Omar Haddad."))
    assert ("Canadian Security Intelligence Service", "BRIEFED", "Jane Roe") in found
    assert not any(t == "Omar Haddad" for _, kind, t in found if kind == "BRIEFED")


def test_an_excerpt_break_ends_the_turn(extractor: Extractor) -> None:
    text = ("The Chair Liberal Ron McKinnon\n\nI call this meeting to order.\n\n[…]\n\n"
            "I am the director of the Northwind Democracy Network.\n")
    assert not any(s == "Ron McKinnon" for s, _, _ in triples(run(extractor, text)))


@pytest.mark.parametrize("text", [
    "Jane Roe\nThe minister said the report was late.\n",  # a name line alone, no party
    "Statement\nOttawa, ON\n\nThe committee met.\n",
])
def test_no_transcript_without_labels(text: str) -> None:
    assert not [line for line in speaker_lines(text) if line.riding != (0, 0)]


ROLE_AGAIN = """Points of order
Commons Chamber

Mr Deputy Speaker (Mr Ian Doe)

I thank the hon. Member for his point of order.

Sir Jane Roe (Chingford North) (Conservative)

Further to that point of order. MI5 has warned us.

Mr Deputy Speaker

We will look into it.
"""


def test_an_office_label_again_is_its_earlier_holder(extractor: Extractor) -> None:
    """'Mr Deputy Speaker' alone after 'Mr Deputy Speaker (Mr Ian Doe)' is Ian Doe again,
    not a person called 'Deputy Speaker'."""
    names = [line.name for line in speaker_lines(ROLE_AGAIN)]
    assert names.count("Ian Doe") == 2 and "Deputy Speaker" not in names
    assert "Deputy Speaker" not in {a.name for a in run(extractor, ROLE_AGAIN).actors}


def test_an_office_label_nobody_held_before_names_no_one() -> None:
    text = ROLE_AGAIN.replace("Mr Deputy Speaker (Mr Ian Doe)", "Mr Speaker (Mr Ian Doe)")
    last = speaker_lines(text)[-1]
    assert last.name == "" and text[last.start:last.end].strip() == "Mr Deputy Speaker"


HEARING = """Standing Committee on Harbour Affairs

The Chair (Ms. Ann Poe (Oakville North—Burlington, Lib.)): Good morning. Mr. Haddad, you will have up to ten minutes for an opening statement, after which members will ask questions.

Hon. Omar Haddad (Wellington North, CPC): Thank you, Madam Chair.

Mr. Ian Doe (Calgary Centre, Lib.): I thank Jane Roe for the report. Jane Roe criticized the opening statement of the minister.
"""  # noqa: E501 - document text, one paragraph a line


def test_the_one_given_an_opening_statement_testifies(extractor: Extractor) -> None:
    found = triples(run(extractor, HEARING))
    assert ("Omar Haddad", "TESTIFIED_BEFORE", "Standing Committee on Harbour Affairs") in found
    assert ("Jane Roe", "TESTIFIED_BEFORE", "Standing Committee on Harbour Affairs") not in found


INTRODUCED = """Standing Committee on Harbour Affairs

The Chair (Ms. Ann Poe (Oakville North—Burlington, Lib.)): We welcome the minister. He's accompanied today by Jane Roe, associate deputy minister, Department of Harbour Safety; and Omar Haddad, commissioner, Royal Canadian Mounted Police. I also thank Li Ming for appearing before us today.

Mr. Ian Doe (Calgary Centre, Lib.): I thank Ravi Gill for his report.
"""  # noqa: E501 - document text, one paragraph a line


@pytest.mark.parametrize("person", ["Jane Roe", "Omar Haddad", "Li Ming"])
def test_the_people_a_chair_introduces_testify(extractor: Extractor, person: str) -> None:
    assert (person, "TESTIFIED_BEFORE", "Standing Committee on Harbour Affairs") in \
        triples(run(extractor, INTRODUCED))


def test_someone_thanked_for_a_report_does_not_testify(extractor: Extractor) -> None:
    assert ("Ravi Gill", "TESTIFIED_BEFORE", "Standing Committee on Harbour Affairs") not in \
        triples(run(extractor, INTRODUCED))


def test_thanks_in_a_debate_link_no_one(extractor: Extractor) -> None:
    assert frozenset(("Ian Doe", "Jane Roe")) not in pairs(run(extractor, HEARING))


WITNESS_SAYS_WHO = """Standing Committee on Harbour Affairs

The Chair (Ms. Ann Poe (Oakville North—Burlington, Lib.)): I call this meeting to order.

Ms. Jane Roe (As an Individual): Thank you, Madam Chair. My name is Jane Roe and I am the president of the Northwind Alliance.

Mr. Ian Doe (Calgary Centre, CPC): I am not a member of the Harbour Council.
"""  # noqa: E501 - document text, one paragraph a line


def test_a_speaker_says_what_they_are(extractor: Extractor) -> None:
    """'I am the president of X' in a turn is the speaker's office; 'I am not' is none."""
    found = triples(run(extractor, WITNESS_SAYS_WHO))
    assert ("Jane Roe", "HEADS", "Northwind Alliance") in found
    assert not any(s == "Ian Doe" and t == "Harbour Council" for s, _, t in found)


# -- witnesses, chairs and members in committee and Senate evidence, and Hansard labels --

WITNESS_TURNS = """Standing Committee on Public Safety and National Security

The Chair (Mr. Ron McKinnon (Coquitlam—Port Coquitlam, Lib.)): Welcome, Commissioner.

Commissioner Mike Duheme (Commissioner, Royal Canadian Mounted Police): Thank you.

We worked closely with CSIS on every file that touched a foreign state. Our officers also met with the Canada Border Services Agency last spring.

Mr. Michael Chong (Wellington—Halton Hills, CPC): We have questions about that.
"""  # noqa: E501 - document text, one paragraph a line, kept verbatim


TRANSCRIPT = """Standing Committee on Public Safety and National Security

The Chair (Mr. Ron McKinnon (Coquitlam—Port Coquitlam, Lib.)): Good afternoon.

Hon. Dominic LeBlanc (Minister of Public Safety, Democratic Institutions and Intergovernmental Affairs): Thank you, Mr. Chair.

Mr. Michael Chong (Wellington—Halton Hills, CPC): Beijing threatened my family in Hong Kong.

The Chair: Thank you. Mr. Minister, the member for Wellington—Halton Hills has a question.

Hon. Dominic LeBlanc: I thank the member for Wellington—Halton Hills.
"""  # noqa: E501 - document text, one paragraph a line, kept verbatim


QUESTION_PERIOD = """House of Commons Debates

Oral Questions

Mr. Andrew Scheer (Regina—Qu'Appelle, CPC):
Mr. Speaker, will the government ban the company?

Right Hon. Stephen Harper (Prime Minister, CPC):
Mr. Speaker, we are reviewing the file.

Hon. Chrystia Freeland (Deputy Prime Minister, Lib.):
Mr. Speaker, we will act.
"""


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

SENATE_COMMITTEE = "Standing Senate Committee on Legal and Constitutional Affairs"
RCMP = "Royal Canadian Mounted Police"

TURNS = [
    case("australian-hansard-labels-carry-the-time-and-capitals",
         "Questions without notice\n\n"
         "Senator HADDAD (Queensland—Minister for Home Affairs) (14:05): I thank Senator Poe "
         "for her question. I met Xiao Qian last week.\n\n"
         "Senator POE (Victoria) (14:07): Will the minister name the officials?\n\n"
         "Senator HADDAD: I will not.\n",
         edges=(("Haddad", "MEMBER_OF", "Australian Senate"),
                ("Poe", "MEMBER_OF", "Australian Senate"),
                ("Haddad", "MET_WITH", "Xiao Qian")),
         not_names=("HADDAD", "POE")),
    case("transcript-speaker-lines",
         "Standing Committee on Procedure and House Affairs\n\n"
         "The Chair (Mr. John Nater): We resume our meeting.\n\n"
         "Mr. Michael Chong (Wellington—Halton Hills, CPC): I was targeted by the PRC.\n\n"
         "Mr. David Vigneault (Director, Canadian Security Intelligence Service): "
         "We briefed the government.\n",
         edges=(("Michael Chong", "MEMBER_OF", "Conservative Party of Canada"),
                ("People's Republic of China", "TARGETED", "Michael Chong"),
                ("David Vigneault", "HEADS", "Canadian Security Intelligence Service"),
                ("David Vigneault", "TESTIFIED_BEFORE",
                 "Standing Committee on Procedure and House Affairs"))),
    case("we-in-a-witness-turn-is-the-witness-body", WITNESS_TURNS,
         pairs=((RCMP, "Canadian Security Intelligence Service"),
                (RCMP, "Canada Border Services Agency"))),
    case("we-of-a-member-names-no-body", WITNESS_TURNS,
         not_pairs=(("Conservative Party of Canada", "Canadian Security Intelligence Service"),)),
    case("prime-minister-label-heads-the-government", QUESTION_PERIOD,
         edges=(("Stephen Harper", "HEADS", "Government of Canada"),),
         not_edges=(("Chrystia Freeland", "HEADS", "Government of Canada"),)),
    case("senator-labels-sit-in-the-senate", SENATE_EVIDENCE,
         edges=(("Denise Batters", "MEMBER_OF", "Senate of Canada"),
                ("Brent Cotter", "MEMBER_OF", "Senate of Canada"))),
    case("senator-in-the-chair-chairs-the-committee", SENATE_EVIDENCE,
         edges=(("Brent Cotter", "HEADS", SENATE_COMMITTEE),)),
    case("witness-title-label-testifies-and-speaks-for-the-body", SENATE_EVIDENCE,
         edges=(("Cindy Termorshuizen", "WORKS_FOR", "Global Affairs Canada"),),  # no minister
         pairs=(("Cindy Termorshuizen", SENATE_COMMITTEE),
                ("Cindy Termorshuizen", "Global Affairs Canada"),
                # 'we' in her turn is her department
                ("Global Affairs Canada", "Communications Security Establishment"))),
    case("a-sentence-with-a-colon-is-no-witness-label",
         "Senator Batters: Thank you.\n\nThe Chair: Thank you.\n\n"
         "Michael Chong, Conservative critic, said this: the RCMP must act.\n",
         not_pairs=(("Michael Chong", RCMP),)),
    case("a-name-labelled-before-labels-each-later-turn",
         "Oral Answers\nAnn Poe (Harbourside) (Con)\nWhat has the Minister done?\n"
         "The Minister for Security (Omar Haddad)\nI thank my hon. Friend.\n"
         "Ann Poe\nI met Wang Yi last week.\nOmar Haddad\nI met Li Qiang in May.\n",
         edges=(("Ann Poe", "MET_WITH", "Wang Yi"), ("Omar Haddad", "MET_WITH", "Li Qiang")),
         not_edges=(("Ann Poe", "MET_WITH", "Li Qiang"),)),
    case("we-in-a-minister-s-turn-is-the-government",
         "Oral Answers\nAnn Poe (Harbourside) (Con)\nWhat has the Minister done about Iran "
         "in the UK?\nThe Minister for Security (Omar Haddad)\nWe have sanctioned the Islamic "
         "Revolutionary Guard Corps.\nAnn Poe\nWe must sanction the Wagner Group.\n",
         edges=(("United Kingdom", "SANCTIONED", "Islamic Revolutionary Guard Corps"),),
         not_pairs=(("United Kingdom", "Wagner Group"),
                    ("Conservative Party (UK)", "Wagner Group"))),
    case("a-minister-s-statement-under-the-chamber-line",
         "Cyber Security\nVolume 747: debated on Monday 25 March 2024\nCommons Chamber\n"
         "Jane Roe\nWith permission, Mr Speaker, I will make a statement. I want to update "
         "the House on the actions of the Russian state.\nAnn Poe (Harbourside) (Lab)\n"
         "I thank the Minister for advance sight of her statement.\n",
         edges=(("Jane Roe", "BRIEFED", "House of Commons of the United Kingdom"),),
         not_edges=(("Ann Poe", "BRIEFED", "House of Commons of the United Kingdom"),)),
    case("wanting-someone-else-to-brief-is-asked-for",
         "Cyber Security\nCommons Chamber\nJane Roe\nMr Speaker, I want the Minister to "
         "update the House.\nAnn Poe (Harbourside) (Lab)\nI agree.\n",
         no_types=("BRIEFED",)),
    case("a-name-never-labelled-is-no-label",
         "Oral Answers\nAnn Poe (Harbourside) (Con)\nI was told so.\nWang Yi\n"
         "I met Li Qiang in May.\n", not_edges=(("Wang Yi", "MET_WITH", "Li Qiang"),)),
    case("our-commissioner-in-a-witness-turn-heads-the-witness-body",
         "Standing Committee on Public Safety and National Security\n\nThe Chair: Welcome."
         "\n\nMr. Mark Flynn (Deputy Commissioner, Royal Canadian Mounted Police):\n"
         "Thank you. Last week our Commissioner, Mike Duheme, spoke to reporters.\n\n"
         "The Chair: Thank you.\n",
         pairs=(("Mike Duheme", RCMP),)),
]


@pytest.mark.parametrize("expected", TURNS)
def test_turn(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


def test_transcript_chair_with_nested_label_heads_committee(extractor: Extractor) -> None:
    found = triples(run(extractor, TRANSCRIPT))
    chair = {t for t in found if t[1] == "HEADS"}
    assert chair and all("McKinnon" in s for s, _, _ in chair)
    assert any("McKinnon" in s and t == "Liberal Party of Canada" for s, _, t in found)


def test_minister_with_office_label_is_a_witness(extractor: Extractor) -> None:
    found = triples(run(extractor, TRANSCRIPT))
    assert any(s == "Dominic LeBlanc" and r == "TESTIFIED_BEFORE" for s, r, _ in found)
    assert not any(s == "Michael Chong" and r == "TESTIFIED_BEFORE" for s, r, _ in found)


def test_member_for_riding_and_my_family(extractor: Extractor) -> None:
    extraction = run(extractor, TRANSCRIPT)
    chong = next(a for a in extraction.actors if a.name == "Michael Chong")
    assert any("member for Wellington" in a for a in chong.aliases)
    assert ("People's Republic of China", "TARGETED", "Michael Chong") in triples(extraction)


def test_witness_label_names_the_employer_last(extractor: Extractor) -> None:
    text = ("Standing Committee on Procedure and House Affairs\n\n"
            "The Chair (Mr. Ryan Turnbull (Whitby, Lib.)): Welcome.\n\n"
            "Ms. Lyall King (Director General, Operations Branch, Communications Security "
            "Establishment): Thank you.\n")
    found = triples(run(extractor, text))
    works = {t for s, r, t in found if s == "Lyall King" and r == "WORKS_FOR"}
    assert works == {"Communications Security Establishment"}
    assert ("Lyall King", "TESTIFIED_BEFORE",
            "Standing Committee on Procedure and House Affairs") in found


def test_a_question_to_a_minister_addresses_the_one_named(extractor: Extractor) -> None:
    text = ("Questions without Notice\nNational Security\nJane Roe (Queensland, Australian "
            "Labor Party)\nMy question is to the Minister representing the Prime Minister, "
            "Senator Katy Haddad. When will the government act?\nKaty Haddad (ACT, Australian "
            "Labor Party, Minister for Finance)\nI thank Senator Roe for the question.\n")
    found = triples(run(extractor, text))
    assert any(t == "SPOKE_WITH" and o == "Katy Haddad" for _, t, o in found), found


def test_a_heading_line_in_a_debate_is_no_speaker() -> None:
    text = ("House of Commons Hansard\n\nRCMP Allegations Concerning Foreign Interference\n"
            "Emergency Debate\n\nJane Roe Liberal Harbour—Newton, BC\n\nMadam Speaker, I rise.\n"
            "\nPaul Smith Conservative Lakeview, AB\n\nMadam Speaker, I agree.\n")
    assert "Emergency Debate" not in [line.name for line in speaker_lines(text)]


ORAL_EVIDENCE = """Harbour Affairs Committee, oral evidence: Interference in universities, HC 42

Harbour Affairs Committee
Oral evidence: Interference in universities, HC 42
Members present: Jane Roe (Chair); Paul Smith; Ann Poe.
Questions 1-40
Witnesses
I: Omar Haddad MP, Minister of State, Northland Office, and Lucy Kim, Director, Eastern Europe, Northland Office.
Q1 Chair: Welcome. Minister, please introduce yourself.
Omar Haddad: I am the Minister of State at the Northland Office.
Q2 Paul Smith: Can you tell us about the risks?
Lucy Kim: I met the Harbour Security Bureau in May. Lucy, as we call her, thanks the Committee.
"""  # noqa: E501 - document text, one paragraph a line


@pytest.mark.parametrize("edge", [
    ("Jane Roe", "MEMBER_OF", "Harbour Affairs Committee"),
    ("Paul Smith", "MEMBER_OF", "Harbour Affairs Committee"),
    ("Ann Poe", "MEMBER_OF", "Harbour Affairs Committee"),
    ("Jane Roe", "HEADS", "Harbour Affairs Committee"),
    ("Omar Haddad", "TESTIFIED_BEFORE", "Harbour Affairs Committee"),
    ("Lucy Kim", "TESTIFIED_BEFORE", "Harbour Affairs Committee"),
    ("Lucy Kim", "WORKS_FOR", "Northland Office"),
])
def test_oral_evidence_members_and_panel(extractor: Extractor, edge: tuple[str, str, str]
                                         ) -> None:
    assert edge in triples(run(extractor, ORAL_EVIDENCE))


def test_oral_evidence_labels_open_turns_and_titles_of_a_desk_head_nothing(
        extractor: Extractor) -> None:
    found = triples(run(extractor, ORAL_EVIDENCE))
    assert ("Lucy Kim", "MET_WITH", "Harbour Security Bureau") in found, found
    assert ("Lucy Kim", "HEADS", "Northland Office") not in found  # 'Director, Eastern
    # Europe, Northland Office' directs a desk of it
    assert not any(s == "Paul Smith" and t == "Harbour Security Bureau" for s, _, t in found)


def test_plain_name_labels_need_numbered_questions() -> None:
    text = ("Profile\n\nJane Roe\nAlma Mater: Harbour University\nPaul Smith: the registrar.\n"
            "Members present: Ann Poe; Tom Lee.\n")
    assert not speaker_lines(text)


AU_COMMITTEE = """Joint Standing Committee on Harbour Affairs, Defence and Trade: public hearing (Parliament of Australia)

JOINT STANDING COMMITTEE ON HARBOUR AFFAIRS, DEFENCE AND TRADE
Foreign interference in universities
WEDNESDAY, 12 MAY 2021
CANBERRA

Members in attendance: Senators Abetz, Paterson and Mr Hastie, Mr Tim Wilson.

MARTIN, Professor Helen, Vice-Chancellor, University of Eastwood

NGUYEN, Mr Thomas, Director, Harbour Policy Centre

CHAIR: I now welcome representatives from the University of Eastwood and the Harbour Policy Centre.
Prof. Martin: Thank you, Chair. We take the threat seriously.
Senator PATERSON: Professor Martin, were your staff approached?
Mr Nguyen: If I may add, Senator, the United Front Work Department targeted student groups.
"""  # noqa: E501 - document text, one paragraph a line


@pytest.mark.parametrize("edge", [
    ("Abetz", "MEMBER_OF", "Joint Standing Committee on Harbour Affairs, Defence and Trade"),
    ("Paterson", "MEMBER_OF", "Australian Senate"),
    ("Tim Wilson", "MEMBER_OF", "Joint Standing Committee on Harbour Affairs, Defence and Trade"),
    ("Helen Martin", "TESTIFIED_BEFORE",
     "Joint Standing Committee on Harbour Affairs, Defence and Trade"),
    ("Thomas Nguyen", "WORKS_FOR", "Harbour Policy Centre"),
    ("Thomas Nguyen", "ACCUSED", "United Front Work Department"),
])
def test_australian_committee_members_and_witnesses(extractor: Extractor,
                                                    edge: tuple[str, str, str]) -> None:
    """'Members in attendance: Senators A, B and Mr C' sit on the committee; 'MARTIN,
    Professor Helen, Vice-Chancellor, X' (surname first) gives evidence; 'Mr Nguyen:' is
    the witness of that line."""
    assert edge in triples(run(extractor, AU_COMMITTEE))


def test_a_surname_alone_is_no_known_person_of_another_country(extractor: Extractor) -> None:
    """'Mr Thomas' in an Australian hearing is not the Canadian official Jody Thomas, known
    to the gazetteer: a surname alone names a known person only in that person's country."""
    text = ("Harbour hearing\n\nMr Thomas of the Harbour Policy Centre told the Australian "
            "Senate that ASIO was right.")
    assert "Jody Thomas" not in {a.name for a in run(extractor, text).actors}


BILL_COMMITTEE = """Harbour Registration Bill (Third sitting)
The Committee consisted of the following Members:
Chair: Sir Edward Leigh
† Bryant, Chris (Rhondda) (Lab)
† Jones, Sarah (Croydon Central) (Lab)
† Tugendhat, Tom (Minister for Security)
Examination of Witness
Professor Anne Carver gave evidence.
Q1 The Chair: We will now hear oral evidence. Professor, could you introduce yourself?
Professor Carver: I am a professor at the Northgate Institute, and I advised the Home Office.
Q2 Chris Bryant: Will the Bill deter the United Front Work Department?
Professor Carver: It will help.
"""


@pytest.mark.parametrize("edge", [
    ("Chris Bryant", "MEMBER_OF", "Labour Party (UK)"),
    ("Sarah Jones", "MEMBER_OF", "Labour Party (UK)"),
    ("Anne Carver", "TESTIFIED_BEFORE", "Committee"),
    ("Anne Carver", "WORKS_FOR", "Northgate Institute"),
])
def test_public_bill_committee_members_and_witness(extractor: Extractor,
                                                   edge: tuple[str, str, str]) -> None:
    """'† Bryant, Chris (Rhondda) (Lab)': a member, surname first, with seat and party;
    'Professor Anne Carver gave evidence.': the witness ('Professor Carver' later)."""
    found = {(s, t, "Committee" if "Committee" in o else o)
             for s, t, o in triples(run(extractor, BILL_COMMITTEE))}
    assert edge in found, found


def test_a_minister_s_portfolio_word_is_no_agency_named_with_it(extractor: Extractor) -> None:
    """The 'Minister for Security' is no minister of the Security Service (MI5)."""
    extraction = run(extractor, BILL_COMMITTEE)
    assert "MI5" not in {a.name for a in extraction.actors}


@pytest.mark.parametrize("text", ["Paris, France (AFP)\nJane Roe met Omar Haddad.\n",
                                  "Roe, Jane (Lakeview)\nJane Roe met Omar Haddad.\n"])
def test_a_dateline_or_an_unmarked_line_is_no_committee_member(text: str) -> None:
    assert not [line for line in hearing_lines(text) if line.member]


DAIL = """Dáil Éireann debate: Foreign Interference in Elections

Deputy Mary Lou McDonald: Last week the Electoral Commission warned that foreign actors targeted Irish voters. What is the Government doing about it?
The Taoiseach: I thank the Deputy. The National Cyber Security Centre has briefed me, and the Department of Foreign Affairs summoned the Russian ambassador.
Deputy Mary Lou McDonald: The Government has ignored the warnings of An Garda Síochána for two years.
"""  # noqa: E501 - document text, one paragraph a line


def test_a_dail_debate_reads_its_deputies_and_its_offices(extractor: Extractor) -> None:
    """'Deputy X:' is a member of the Dáil speaking; 'The Taoiseach:' opens a turn of its
    own (what 'me' is told is not the deputy's); the Government is Ireland's."""
    extraction = run(extractor, DAIL)
    found = triples(extraction)
    names = {a.name: a.type for a in extraction.actors}
    assert ("Mary Lou McDonald", "MEMBER_OF", "Dáil Éireann") in found, found
    assert not any(t == "BRIEFED" and o == "Mary Lou McDonald" for _, t, o in found), found
    assert names.get("Ireland") == "State" and "United Kingdom" not in names, names
    assert names.get("An Garda Síochána") == "Agency", names


US_HEARING = """Hearing of the House Permanent Select Committee on Intelligence on foreign malign influence

HEARING BEFORE THE PERMANENT SELECT COMMITTEE ON INTELLIGENCE

The Chairman. The committee will come to order. Today we welcome the Director of the Harbour Influence Center, Ms. Jane Roe.

STATEMENT OF JANE ROE, DIRECTOR, HARBOUR INFLUENCE CENTER

Ms. Roe. Thank you, Chairman. Russia remains the most active foreign threat to our elections.

Mr. Himes. Ms. Roe, has the FBI notified the campaigns?

Ms. Roe. The FBI has briefed state election officials.
"""  # noqa: E501 - document text, one paragraph a line


def test_a_printed_hearing_s_witness_is_welcomed_not_supported(extractor: Extractor) -> None:
    """'Today we welcome ... Ms. Jane Roe' and 'STATEMENT OF JANE ROE, DIRECTOR, X': she
    testifies and heads X; a chair's welcome is no support; 'Mr. Himes.' opens a turn."""
    extraction = run(extractor, US_HEARING)
    found = triples(extraction)
    assert ("Jane Roe", "TESTIFIED_BEFORE",
            "United States House Permanent Select Committee on Intelligence") in found, found
    assert ("Jane Roe", "HEADS", "Harbour Influence Center") in found, found
    assert "SUPPORTED" not in {t for _, t, _ in found}, found
    assert "Himes" in {a.name for a in extraction.actors}


def test_welcoming_someone_told_of_is_no_testimony(extractor: Extractor) -> None:
    """Only a chair's 'we welcome' greets a witness; 'Jane Roe welcomed Omar Haddad to
    Ottawa' in a text naming one committee makes no one testify."""
    text = ("The Harbour Affairs Committee met on Monday. Jane Roe welcomed Omar Haddad to "
            "Ottawa on Tuesday.")
    assert not any(t == "TESTIFIED_BEFORE" for _, t, _ in triples(run(extractor, text)))



DAIL_WEBSITE = """Dáil debates
Tuesday, 1 March 2022
Leaders' Questions
Jane Roe (Harbour North, Social Democrats)

I know the Taoiseach will agree with me that the attack was a war crime. The Government used legislation to block the expansion of the Russian Embassy in Dublin in 2020.
"""  # noqa: E501 - document text, one paragraph a line


def test_a_debate_label_s_seat_and_party_the_gazetteer_lacks(extractor: Extractor) -> None:
    """'Name (Seat, Party)' above a turn: the second part, ending as a party's name does, is
    the member's party even when unknown; the seat is no one's name; 'the Taoiseach' on the
    debate's date is the one in office."""
    extraction = run(extractor, DAIL_WEBSITE)
    names = {a.name: a.type for a in extraction.actors}
    assert ("Jane Roe", "MEMBER_OF", "Social Democrats") in triples(extraction)
    assert names.get("Social Democrats") == "Party" and "Harbour North" not in names, names
    assert names.get("Micheál Martin") == "Person", names


def test_a_witness_s_title_and_body_make_no_party(extractor: Extractor) -> None:
    """'Name  Counsel, X Alliance' in a witness list is a title and a body, not a seat and a
    party, though the body's name ends as parties' names do."""
    text = COMMITTEE.replace("Executive Director, Northwind Democracy Network",
                             "Counsel, Northwind Democratic Alliance")
    found = triples(run(extractor, text))
    assert ("Omar Haddad", "MEMBER_OF", "Northwind Democratic Alliance") not in found, found


PRINTED_SUBCOMMITTEE = """Hearing on amendments to the registration act

The subcommittee met, pursuant to notice, at 10:10 a.m., Hon. Edwin Hale (chairman of the subcommittee) presiding.
Present: Representatives Hale, Ortega, Price, and Doyle.
Mr. HALE. The subcommittee will come to order. Our first witness is Mr. Paul Green.
Mr. GREEN. Thank you, Mr. Chairman. Agents of foreign principals have tried to influence the Congress.
"""  # noqa: E501 - document text, one paragraph a line


def test_a_printed_hearing_s_present_line_and_unnamed_subcommittee(extractor: Extractor
                                                                  ) -> None:
    """'Present: Representatives A, B, and C.' lists the members of the subcommittee the
    text never names ('The subcommittee met'); its chairman presides."""
    found = triples(run(extractor, PRINTED_SUBCOMMITTEE))
    committees = {o for _, t, o in found if t == "HEADS"}
    assert ("Edwin Hale", "HEADS", "Committee (unnamed)") in found, found
    assert ("Price", "MEMBER_OF", "Committee (unnamed)") in found, found
    assert committees == {"Committee (unnamed)"}, found


SUPPLY_DEBATE = """Foreign interference (Committee of Supply debate, Ministry of Harbour Affairs)
https://example.org/debates/supply

Mr Omar Haddad Wei Ming (Harbourside): Mdm Chair, Mr Paul Smith was lately designated by the \
Ministry as a person of foreign concern (PFC), and I ask on what grounds.

The Minister for Harbour Affairs (Mr K Tanaka): Mr Omar Haddad asked how a Person of Foreign \
Concern (PFC) is chosen. The test is set out in the Act.
"""


def test_a_westminster_office_label_may_name_its_holder_by_an_initial() -> None:
    """'The Minister for Harbour Affairs (Mr K Tanaka):' opens the minister's turn."""
    names = [line.name for line in speaker_lines(SUPPLY_DEBATE)]
    assert "K Tanaka" in names and "Omar Haddad Wei Ming" in names, names


@pytest.mark.parametrize("debate", [
    SUPPLY_DEBATE,
    SUPPLY_DEBATE.replace("Foreign interference (Committee of Supply debate, Ministry of "
                          "Harbour Affairs)", "Committee of Supply - Head K (Ministry of "
                          "Harbour Affairs)"),
])
def test_no_one_testifies_before_the_house_sitting_as_a_committee(extractor: Extractor,
                                                                  debate: str) -> None:
    """Also when the heading names the head of the budget debated ('- Head K')."""
    found = triples(run(extractor, debate))
    assert not any(t == "TESTIFIED_BEFORE" for _, t, _ in found), found


def test_a_label_given_by_designation_is_no_sanctioned_actor(extractor: Extractor) -> None:
    """'was designated ... as a person of foreign concern (PFC)': a category the law names,
    not a body the designated person sanctions."""
    found = triples(run(extractor, SUPPLY_DEBATE))
    assert not any(t == "SANCTIONED" and s == "Paul Smith" for s, t, _ in found), found


def test_a_name_cut_short_is_the_name_given_in_full(extractor: Extractor) -> None:
    names = {a.name for a in run(extractor, SUPPLY_DEBATE).actors}
    assert "Omar Haddad" not in names and "Omar Haddad Wei Ming" in names, names
    assert not any("Chair" in name for name in names), names


INTERVIEW = ("Transcript: Evening Live, 6 June 2023\n\nMARK STONE: Tonight we look at a forum in "
             "Eastport. Jane Roe is the member for Eastport. Welcome.\nJANE ROE: Thank you. "
             "This was a pretty complicated tale, Mark. The forum was held in Eastport.\n"
             "MARK STONE: Jane, why does it matter?\nJANE ROE: It matters a great deal.\n")


@pytest.mark.parametrize(("text", "linked"), [
    (INTERVIEW, True),
    (INTERVIEW.replace(", Mark.", ".").replace("Jane, why", "Why"), False),
])
def test_an_interview_speaker_addressing_another_spoke_with_them(
        extractor: Extractor, text: str, linked: bool) -> None:
    """'..., Mark.' in one speaker's turn: the two labelled speakers spoke with each other;
    without an address, two labels alone tie no one."""
    found = triples(run(extractor, text))
    spoke = {(s, t) for s, kind, t in found if kind == "SPOKE_WITH"}
    assert bool(spoke & {("Jane Roe", "Mark Stone"), ("Mark Stone", "Jane Roe")}) == linked, found


EUROPEAN_PARLIAMENT_DEBATE = """Foreign funding of parties (debate)
https://www.europarl.europa.eu/doceo/document/CRE-9-2099-01-01-ITM-001_EN.html

Jane Roe, on behalf of the Renew Group. – Madam President, the Harbour Party took money.

John Roe (ID). – Madam President, my party has never received a cent from abroad.

President. – Thank you, colleagues.

Anne Lee (S&D), in writing. – I voted in favour.
"""


@pytest.mark.parametrize(("speaker", "group"), [
    ("Jane Roe", "Renew Europe"),
    ("John Roe", "Identity and Democracy"),
    ("Anne Lee", "Progressive Alliance of Socialists and Democrats"),
])
def test_a_european_parliament_speaker_belongs_to_the_group_the_label_gives(
        extractor: Extractor, speaker: str, group: str) -> None:
    """'Name, on behalf of the X Group. –', 'Name (ID). –', 'Name (S&D), in writing. –'."""
    found = triples(run(extractor, EUROPEAN_PARLIAMENT_DEBATE))
    assert (speaker, "MEMBER_OF", group) in found, found
    assert not any(s == "President" for s, _, _ in found), found
