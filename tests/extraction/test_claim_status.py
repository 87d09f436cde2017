"""Claim status per relation, on sentences of our own: each status of docs/claims.md is
given when its trigger bears on the relation, and is not given when a look-alike does
not (the month May, a newspaper that 'found', a charge in a clause about someone); a
claimant and hedges are recorded; what a text asks for or denies is no relation.
Real spaCy, the shipped gazetteer."""

from __future__ import annotations

import pytest
from extract_helpers import Case, case, check, pairs, run, triples
from figraph.graph.model import STATUSES
from figraph.loaders.extractor import Extractor

CASES = [
    # status, sentence, (source, type, target), claimant ("" for none)
    ("alleged", "Jane Roe allegedly did not register with the Harbour Office and took steps "
     "to conceal her relationship with the Northwind Foundation.",
     ("Jane Roe", "HAD_RELATIONSHIP", "Northwind Foundation"), ""),
    ("stated", "Jane Roe allegedly lied, and she met Paul Smith in May.",
     ("Jane Roe", "MET_WITH", "Paul Smith"), ""),
    ("stated", "Jane Roe and her employer, the Harbour Institute, were charged in May.",
     ("Jane Roe", "WORKS_FOR", "Harbour Institute"), ""),
    ("stated", "Han Dong met Zhao Wei in May 2021.", ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("stated", "Two brothers were charged with spying for Russia and its military "
     "intelligence service, the GRU.",
     ("Main Intelligence Directorate", "PART_OF", "Russia"), ""),
    ("alleged", "The Harbour Security Bureau is confident that China targeted Jane Roe.",
     ("People's Republic of China", "TARGETED", "Jane Roe"), "Harbour Security Bureau"),
    ("admitted", "Jane Roe pleaded guilty to acting as an agent of China.",
     ("Jane Roe", "ACTED_FOR", "People's Republic of China"), ""),
    ("denied", "Jane Roe pleaded not guilty to acting as an agent of China.",
     ("Jane Roe", "ACTED_FOR", "People's Republic of China"), ""),
    ("stated", "Han Dong, who was charged in 2023, met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("stated", "Jane Roe, who worked for the Harbour Institute, is accused of spying for "
     "Russia.", ("Jane Roe", "WORKS_FOR", "Harbour Institute"), ""),
    ("stated", "Han Dong never denied the report, but he met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("stated", "Global News reported that Han Dong met Zhao Wei.",
     ("Global News", "REPORTED_ON", "Han Dong"), ""),
    ("alleged", "Han Dong allegedly met Zhao Wei.", ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("alleged", "Michael Chong said that Zhao Wei targeted him.",
     ("Zhao Wei", "TARGETED", "Michael Chong"), "Michael Chong"),
    ("alleged", "CSIS concluded that China targeted Michael Chong.",
     ("People's Republic of China", "TARGETED", "Michael Chong"),
     "Canadian Security Intelligence Service"),
    ("reported", "Global News reported that Han Dong met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), "Global News"),
    ("reported", "According to The Globe and Mail, Zhao Wei targeted Michael Chong.",
     ("Zhao Wei", "TARGETED", "Michael Chong"), "The Globe and Mail"),
    ("reported", "On 1 May 2023, The Globe and Mail reported that Zhao Wei targeted Michael Chong.",
     ("Zhao Wei", "TARGETED", "Michael Chong"), "The Globe and Mail"),
    ("reported", "The Globe and Mail found that Han Dong met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), "The Globe and Mail"),
    ("reported", "Zhao Wei reportedly targeted Michael Chong.",
     ("Zhao Wei", "TARGETED", "Michael Chong"), ""),
    ("denied", "Han Dong denied that he had met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("denied", "The Chinese embassy denied that China targeted Michael Chong.",
     ("People's Republic of China", "TARGETED", "Michael Chong"), ""),
    ("stated", "The Chinese embassy denied that China targeted Michael Chong.",
     ("Embassy of the People's Republic of China in Canada", "PART_OF",
      "People's Republic of China"), ""),
    ("denied", "Han Dong rejected any assertion that he had met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("denied", "Han Dong rejected claims that he met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("alleged", "The case of the alleged Chinese agent Jane Roe went to court.",
     ("Jane Roe", "WORKS_FOR", "People's Republic of China"), ""),
    ("stated", "The case of the Chinese agent Jane Roe went to court.",
     ("Jane Roe", "WORKS_FOR", "People's Republic of China"), ""),
    ("denied", "Beijing denied that it targeted Michael Chong.",
     ("People's Republic of China", "TARGETED", "Michael Chong"), ""),
    ("unconfirmed", "Jane Roe would have almost certainly been an officer in Chinese "
     "military intelligence.", ("Jane Roe", "WORKS_FOR", "Chinese military intelligence"), ""),
    ("alleged", "There are allegations that Zhao Wei targeted Michael Chong.",
     ("Zhao Wei", "TARGETED", "Michael Chong"), ""),
    ("admitted", "Han Dong admitted that he met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("stated", "Han Dong met Zhao Wei after the minister admitted it.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("found", "NSICOP found that Han Dong met Zhao Wei.", ("Han Dong", "MET_WITH", "Zhao Wei"),
     "National Security and Intelligence Committee of Parliamentarians"),
    ("found", "The Hogue Commission concluded that India interfered in the 2021 election.",
     ("India", "INTERFERED_IN", "Canada"), "Public Inquiry into Foreign Interference"),
    ("found", "The Supreme Court of Canada found that Han Dong assisted China.",
     ("Han Dong", "ALLEGED_ASSISTANCE", "People's Republic of China"),
     "Supreme Court of Canada"),
    ("found", "The review agency NSIRA found that CSIS briefed Michael Chong.",
     ("Canadian Security Intelligence Service", "BRIEFED", "Michael Chong"),
     "National Security and Intelligence Review Agency"),
    ("stated", "NSICOP found that Han Dong met Zhao Wei.",
     ("National Security and Intelligence Committee of Parliamentarians", "REPORTED_ON",
      "Han Dong"), ""),
    ("charged", "Yuesheng Wang was charged after he helped China.",
     ("Yuesheng Wang", "ALLEGED_ASSISTANCE", "People's Republic of China"), ""),
    ("stated", "Han Dong met Zhao Wei after he was charged.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("convicted", "Cameron Ortis was convicted because he helped China.",
     ("Cameron Ortis", "ALLEGED_ASSISTANCE", "People's Republic of China"), ""),
    ("stated", "Cameron Ortis, convicted in November 2023, had worked for the RCMP.",
     ("Cameron Ortis", "WORKS_FOR", "Royal Canadian Mounted Police"), ""),
    ("dismissed", "The court dismissed the claim that Han Dong assisted China.",
     ("Han Dong", "ALLEGED_ASSISTANCE", "People's Republic of China"), ""),
    ("stated", "Han Dong met Zhao Wei, and the court dismissed an unrelated case.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("dismissed", "Han Dong was acquitted of acting as an agent of China.",
     ("Han Dong", "ACTED_FOR", "People's Republic of China"), ""),
    ("stated", "The Harbour Committee, chaired by Han Dong, did not name anyone.",
     ("Han Dong", "HEADS", "Harbour Committee"), ""),
    ("unconfirmed", "CSIS could not establish that Zhao Wei targeted Michael Chong.",
     ("Zhao Wei", "TARGETED", "Michael Chong"), "Canadian Security Intelligence Service"),
    ("alleged", "CSIS issued an alert stating that Zhao Wei had targeted Michael Chong.",
     ("Zhao Wei", "TARGETED", "Michael Chong"), "Canadian Security Intelligence Service"),
    ("alleged", "“The verdict is a warning,” Michael Chong said. “Zhao Wei acted on behalf "
     "of China.”", ("Zhao Wei", "ACTED_FOR", "People's Republic of China"), "Michael Chong"),
    ("reported", "Han Dong sued Global News for reporting that he had met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("unconfirmed", "The Harbour Security Service implied that Han Dong met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), "Harbour Security Service"),
    ("unconfirmed", "The report suggests that Han Dong met Zhao Wei.",
     ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("unconfirmed", "Han Dong could have met Zhao Wei.", ("Han Dong", "MET_WITH", "Zhao Wei"),
     ""),
    ("unconfirmed", "Han Dong may have met Zhao Wei.", ("Han Dong", "MET_WITH", "Zhao Wei"), ""),
    ("unconfirmed", "China might have targeted Michael Chong.",
     ("People's Republic of China", "TARGETED", "Michael Chong"), ""),
]


def _edges(extractor: Extractor, sentence: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    extraction = run(extractor, sentence)
    names = {a.id: a.name for a in extraction.actors}
    return {(names[e.source], e.type, names[e.target]): (e.status, names.get(e.claimant, ""))
            for e in extraction.edges}


@pytest.mark.parametrize(("status", "sentence", "relation", "claimant"), CASES,
                         ids=[f"{c[0]}: {c[1][:50]}" for c in CASES])
def test_status_of_a_relation(extractor: Extractor, status: str, sentence: str,
                              relation: tuple[str, str, str], claimant: str) -> None:
    edges = _edges(extractor, sentence)
    assert relation in edges, edges
    assert edges[relation] == (status, claimant)


def test_every_status_has_a_sentence_that_gives_it() -> None:
    assert {case[0] for case in CASES} == set(STATUSES)


@pytest.mark.parametrize("sentence", [
    "On 1 May 2023, China targeted Michael Chong.",
    "In May 2023, Han Dong met Zhao Wei.",
    "Theresa May criticized Han Dong.",
])
def test_the_month_may_is_no_hedge(extractor: Extractor, sentence: str) -> None:
    extraction = run(extractor, sentence)
    assert all("may" not in e.hedges for e in extraction.edges)
    assert all(e.status != "unconfirmed" for e in extraction.edges)


def test_a_newspaper_never_finds(extractor: Extractor) -> None:
    for verb in ("found", "revealed", "concluded", "reported"):
        edges = _edges(extractor, f"The Globe and Mail {verb} that Han Dong met Zhao Wei.")
        statuses = {status for status, _ in edges.values()}
        assert "found" not in statuses, (verb, edges)
        assert edges[("Han Dong", "MET_WITH", "Zhao Wei")] == ("reported", "The Globe and Mail")


@pytest.mark.parametrize(("sentence", "relation"), [
    ("Han Dong was not charged with spying for China.",
     ("Han Dong", "ACTED_FOR", "People's Republic of China")),
    ("The RCMP did not accuse Han Dong of acting as an agent of China.",
     ("Han Dong", "ACTED_FOR", "People's Republic of China")),
    ("If Han Dong had met Zhao Wei, he would have said so.", ("Han Dong", "MET_WITH", "Zhao Wei")),
    ("Michael Chong asked whether Zhao Wei had targeted him.",
     ("Zhao Wei", "TARGETED", "Michael Chong")),
    ("It is false that Han Dong is an agent of China.",
     ("Han Dong", "ACTED_FOR", "People's Republic of China")),
    ("NSICOP did not say that Han Dong met Zhao Wei.", ("Han Dong", "MET_WITH", "Zhao Wei")),
    ("Omar Haddad said he had no connection to the Chinese Communist Party.",
     ("Omar Haddad", "HAD_RELATIONSHIP", "Chinese Communist Party")),
    ("Did China fund Han Dong?", ("People's Republic of China", "FUNDED", "Han Dong")),
    ("Mr Speaker, has Han Dong met Zhao Wei?", ("Han Dong", "MET_WITH", "Zhao Wei")),
    ("The United States should help Taiwan.", ("United States", "ALLEGED_ASSISTANCE", "Taiwan")),
    ("Canada must sanction Russia.", ("Canada", "SANCTIONED", "Russia")),
    ("The United States should seek a renunciation and help Taiwan.",
     ("United States", "ALLEGED_ASSISTANCE", "Taiwan")),
])
def test_what_a_text_denies_or_supposes_is_no_relation(extractor: Extractor, sentence: str,
                                                      relation: tuple[str, str, str]) -> None:
    assert relation not in _edges(extractor, sentence)


@pytest.mark.parametrize("sentence", [
    "Why did China fund Han Dong?",
    "Does the Minister agree that China funded Han Dong?",
])
def test_what_a_question_takes_for_granted_stays(extractor: Extractor, sentence: str) -> None:
    """A yes-or-no question states nothing; a why-question or a clause below 'agree that'
    says what the asker holds true."""
    assert ("People's Republic of China", "FUNDED", "Han Dong") in _edges(extractor, sentence)


def test_a_quote_runs_on_only_within_its_paragraph(extractor: Extractor) -> None:
    """The next paragraph, not opening with a quotation mark, is the document's again."""
    text = ("“The verdict is a warning,” Michael Chong said. “Zhao Wei acted on behalf of "
            "China.”\n\nZhao Wei met Han Dong in 2019.\n")
    extraction = run(extractor, text)
    names = {a.id: a.name for a in extraction.actors}
    claimants = {(names[e.source], e.type, names[e.target]): names.get(e.claimant, "")
                 for e in extraction.edges}
    assert claimants[("Zhao Wei", "ACTED_FOR", "People's Republic of China")] == "Michael Chong"
    assert claimants[("Zhao Wei", "MET_WITH", "Han Dong")] == ""


NEGATION = [
    case("not-until-a-date-is-affirmative",
         "Jenny Kwan was not briefed by CSIS until May 2023.",
         edges=(("Canadian Security Intelligence Service", "BRIEFED", "Jenny Kwan"),)),
    case("not-briefed-about-something-is-denied",
         "Jenny Kwan was not briefed by CSIS about the threat.", no_types=("BRIEFED",)),
    case("not-in-a-position-to-attribute-accuses-no-one",
         "However, the Harbour Security Bureau is not now in a position to attribute this "
         "activity to the Russian Government.", no_types=("ACCUSED",)),
    case("what-no-longer-holds-is-not-stated",
         "Jane Roe was released after the service ascertained she no longer posed a threat "
         "to Norway. Paul Smith no longer has ties with the Harbour Front.",
         not_pairs=(("Jane Roe", "Norway"), ("Paul Smith", "Harbour Front"))),
    case("what-still-holds-is-stated",
         "Paul Smith has close ties with the Harbour Front.",
         edges=(("Paul Smith", "HAD_RELATIONSHIP", "Harbour Front"),)),
    case("in-a-position-to-attribute-accuses",
         "The Harbour Security Bureau attributed this activity to the Russian Government.",
         edges=(("Harbour Security Bureau", "ACCUSED", "Russia"),)),
]


@pytest.mark.parametrize("expected", NEGATION)
def test_negation(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


def test_asked_for_and_negated_relations_are_not_stated(extractor: Extractor) -> None:
    text = ("The Committee recommends that Michael Chong be briefed by CSIS. "
            "Jenny Kwan said she had not been warned by CSIS. "
            "The Committee suggested that CSIS brief Han Dong.")
    found = pairs(run(extractor, text))
    assert not any("Canadian Security Intelligence Service" in p for p in found)


def test_claimant_status_and_reported_on(extractor: Extractor) -> None:
    extraction = run(extractor, "The Hogue Commission concluded that India interfered in "
                                "the 2021 election.")
    names = {a.id: a.name for a in extraction.actors}
    edge = next(e for e in extraction.edges if e.type == "INTERFERED_IN")
    assert names[edge.source] == "India" and names[edge.target] == "Canada"
    assert names[edge.claimant] == "Public Inquiry into Foreign Interference"
    assert edge.status == "found"
    inquiry = "Public Inquiry into Foreign Interference"
    assert (inquiry, "REPORTED_ON", "India") in triples(extraction)


@pytest.mark.parametrize(("sentence", "accuser", "accused"), [
    ("Omar Haddad said that China had targeted Canadian MPs.", "Omar Haddad",
     "People's Republic of China"),
    ("According to U.S. authorities, Russia hacked the Harbour Democratic Committee.",
     "United States", "Russia"),
    ("Jane Roe said Li Ming had acted as an agent of China.", "Jane Roe", "Li Ming"),
    ("Police arrested two men. At a press conference, Internal Security Service (ISS) "
     "Director General Jane Roe said Li Ming had acted as an agent of China.", "Jane Roe",
     "Li Ming"),
])
def test_who_tells_of_an_interference_accuses_its_doer(extractor: Extractor, sentence: str,
                                                      accuser: str, accused: str) -> None:
    extraction = run(extractor, sentence)
    assert (accuser, "ACCUSED", accused) in triples(extraction)
    edge = next(e for e in extraction.edges if e.type == "ACCUSED")
    assert edge.status == "alleged"  # the accusation is the sayer's, not a finding


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ('"The Governments of Iran and Russia have targeted our election processes," said '
     "Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence Omar "
     "Haddad.", "Omar Haddad", "Iran"),
    ("Omar Haddad said the Kremlin is waging an international disinformation campaign.",
     "Omar Haddad", "Russia"),
    ("Hearing\n\nROE: The committee will come to order. The Kremlin is waging a "
     "disinformation campaign against us.\n\nHADDAD: Thank you.\n", "Roe", "Russia"),
    ("“The PRC established a secret presence in New York City to monitor and intimidate "
     "dissidents,” said Assistant Attorney General Omar Haddad.", "Omar Haddad",
     "People's Republic of China"),
    ("Police arrested two men. Jane Roe said that Mark Stone is a traitor.", "Jane Roe",
     "Mark Stone"),
    ('Mark Stone was arrested in May. "He sold us out, and he is a traitor," Gen. Jane Roe '
     "said.", "Jane Roe", "Mark Stone"),
    ("Police arrested two men. Prosecutor Jane Roe said that one of the suspects is Mark "
     "Stone, a former pilot.", "Jane Roe", "Mark Stone"),
])
def test_who_tells_of_a_hostile_act_accuses_its_doer(extractor: Extractor, text: str,
                                                    accuser: str, accused: str) -> None:
    """Even when what the act is done to is no actor ('our election processes')."""
    assert (accuser, "ACCUSED", accused) in triples(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Did Russia interfere in the election?",
    "Omar Haddad said China did not interfere in the election.",
    "Omar Haddad said that we have targeted Russian hackers.",
    "Omar Haddad said the FBI is investigating the Russian government's efforts to interfere "
    "in the election.",
    "Omar Haddad said the government needed to launch a public inquiry into Chinese "
    "interference.",
    "Omar Haddad accused the government of ignoring warnings about Beijing's interference.",
    '"Canada will not tolerate any attempt by a foreign government to threaten Canadians," '
    "Jane Roe told reporters.",
    "Police arrested two men. Jane Roe said that Mark Stone is not a traitor.",
    "Police arrested two men. Jane Roe said Mark Stone is not a suspect.",
    'Police arrested two men. "I am not a spy," Mark Stone said.',
    "Police arrested two men. Jane Roe asked whether Mark Stone was a spy.",
    "Police arrested two men. Jane Roe said Mark Stone was a real estate agent.",
])
def test_a_question_a_denial_or_an_inquiry_accuses_no_one(extractor: Extractor,
                                                         text: str) -> None:
    assert not any(t == "ACCUSED" for _, t, _ in triples(run(extractor, text)))


@pytest.mark.parametrize("sentence", [
    "Li Ming denied that he had acted for China.",  # a denial accuses no one
    "The Globe and Mail reported that China targeted Jane Roe.",  # an outlet reports
])
def test_a_denial_or_a_report_is_no_accusation(extractor: Extractor, sentence: str) -> None:
    assert not any(t == "ACCUSED" for _, t, _ in triples(run(extractor, sentence)))


def test_an_agent_of_a_state_is_alleged_never_its_stated_employee(extractor: Extractor) -> None:
    extraction = run(extractor, "Wang Tao acted as an agent of China.")
    assert ("Wang Tao", "ACTED_FOR", "People's Republic of China") in triples(extraction)
    assert all(e.type != "WORKS_FOR" for e in extraction.edges)


def test_the_interference_an_inquiry_looks_into_is_not_stated(extractor: Extractor) -> None:
    """The inquiry is stated; what it looks into is its subject, not a finding."""
    found = triples(run(extractor, "The FBI is investigating the Russian government's efforts "
                                   "to interfere in the 2016 United States presidential "
                                   "election."))
    assert ("Federal Bureau of Investigation", "INVESTIGATED", "Russia") in found
    assert not any(t == "INTERFERED_IN" for _, t, _ in found), found


def test_hedge_is_recorded(extractor: Extractor) -> None:
    extraction = run(extractor, "Beijing allegedly funded Han Dong during the nomination race.")
    edge = next(e for e in extraction.edges if e.type == "FUNDED")
    assert edge.status == "alleged" and "allegedly" in edge.hedges


def test_descriptions_are_not_part_of_what_a_speaker_admits(extractor: Extractor) -> None:
    text = "Former Liberal MP Han Dong admitted that he had spoken to a senior Chinese diplomat."
    extraction = run(extractor, text)
    names = {a.id: a.name for a in extraction.actors}
    by_type = {e.type: e for e in extraction.edges}
    assert names[by_type["SPOKE_WITH"].source] == "Han Dong"
    assert by_type["SPOKE_WITH"].status == "admitted"
    for described in ("WORKS_FOR", "FORMER_MEMBER_OF"):
        assert (by_type[described].claimant, by_type[described].status) == ("", "stated")
