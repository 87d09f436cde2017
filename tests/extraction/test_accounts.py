"""Accounts: accusations, findings and reports, hearings and denials.

Who accuses whom (a link alleged between a state's agents and an act, a wrong as the verb
of a reported clause), what a finding or an outlet's report is about, who testified and
who did not (the subject of what a commission heard is no witness), on our own short
sentences with real spaCy and the shipped gazetteer.
"""

from __future__ import annotations

import pytest
from extract_helpers import Case, case, check, run, triples
from figraph.loaders.extractor import Extractor

CSIS = "Canadian Security Intelligence Service"
INQUIRY = "Public Inquiry into Foreign Interference"
NSICOP = "National Security and Intelligence Committee of Parliamentarians"

ACCUSATIONS = [
    case("its-after-for-is-the-condemned-one-s-not-the-condemner-s",
         "H. Res. 999, condemning the Government of Northland\nhttps://www.congress.gov/bill/999"
         "\n\nH. RES. 999\n\nExpressing the sense of the House of Representatives in "
         "condemning the \n  Government of the Russian Federation for its harassment and \n"
         "efforts to intimidate American citizens and other individuals on United \n  States "
         "soil with the goal of suppressing speech.\n",
         edges=(("Russia", "TARGETED", "American citizens (unnamed)"),),
         not_pairs=(("United States House of Representatives", "American citizens (unnamed)"),)),
    case("who-a-reported-clause-says-did-a-hostile-act-is-accused",
         "Police said the case was serious. The Harbour Agency stated that the cyberespionage "
         "was the work of Russian intelligence agencies. The Harbour Agency said the attack "
         "was carried out by the GRU. The Harbour Agency said the campaign was run by Jane "
         "Roe. The Harbour Agency said the attack was not carried out by the FSB.",
         edges=(("Harbour Agency", "ACCUSED", "Russian intelligence services"),
                ("Harbour Agency", "ACCUSED", "Main Intelligence Directorate")),
         not_pairs=(("Harbour Agency", "Jane Roe"),
                    ("Harbour Agency", "Federal Security Service"))),
    case("denial-points-at-the-accuser", "Han Dong denied the allegations made by Global News.",
         edges=(("Han Dong", "DENIED", "Global News"),)),
    case("labelling-with-a-stigma-accuses",
         "Hardeep Singh Nijjar led a gurdwara in Surrey. India had designated him a "
         "terrorist in 2020.", edges=(("India", "ACCUSED", "Hardeep Singh Nijjar"),)),
    case("allegations-of-a-link-accuse-the-state-of-its-agents",
         "Foreign Affairs Minister Mélanie Joly said there were credible allegations of a "
         "link between agents of the Russian government and the attack on Yulia Navalnaya.",
         edges=(("Mélanie Joly", "ACCUSED", "Russia"),)),
    case("evidence-linking-agents-accuses-the-state",
         "RCMP Commissioner Mike Duheme said there was evidence linking agents of the "
         "Government of India to extortion in Brampton.",
         edges=(("Mike Duheme", "ACCUSED", "India"),)),
    case("a-link-named-without-grounds-accuses-nobody",
         "Joly said there was a link between the Government of India and the ministry.",
         no_types=("ACCUSED",)),
    case("confirming-someone-was-behind-a-campaign-accuses-them",
         "Jody Thomas confirmed that Wang Yi, China's foreign minister, had been behind the "
         "operation.", edges=(("Jody Thomas", "ACCUSED", "Wang Yi"),)),
    case("sayer-accuses-after-a-reported-clause",
         "Jenny Kwan said the decision came far too late and accused Marco Mendicino of "
         "ignoring the warnings.", edges=(("Jenny Kwan", "ACCUSED", "Marco Mendicino"),)),
    case("a-reported-clause-with-an-actor-subject-keeps-it",  # CSIS, the clause's subject, warns
         "Jenny Kwan said CSIS had studied the case and warned Michael Chong.",
         edges=((CSIS, "WARNED", "Michael Chong"),),
         not_edges=(("Jenny Kwan", "WARNED", "Michael Chong"),)),
    case("reported-wrongdoing-verb-accuses-its-subject",
         "Wang Wenbin said on Tuesday that Canada had undermined relations between the two "
         "countries.", edges=(("Wang Wenbin", "ACCUSED", "Canada"),)),
    case("reported-neutral-verb-accuses-nobody",
         "Wang Wenbin said on Tuesday that Canada had improved relations between the two "
         "countries.", no_types=("ACCUSED",)),
    case("quoted-wrong-verb-accuses-its-subject",
         'Wang Wenbin told reporters in Beijing that Canada had "undermined" relations '
         "between the two countries.", edges=(("Wang Wenbin", "ACCUSED", "Canada"),)),
    case("quoted-neutral-verb-accuses-nobody",
         'Wang Wenbin told reporters in Beijing that Canada had "improved" relations '
         "between the two countries.", no_types=("ACCUSED",)),
]

FINDINGS_AND_REPORTS = [
    case("a-body-confident-that-a-state-acted-assesses-it",
         "The Harbour Security Bureau is confident that the Russian Government directed the "
         "recent compromises of e-mails. The Bureau is confident that China targeted Jane Roe.",
         edges=(("Harbour Security Bureau", "REPORTED_ON", "Russia"),
                ("Harbour Security Bureau", "ACCUSED", "People's Republic of China"))),
    case("no-evidence-that-x-is-still-a-finding-about-x",
         "The Public Inquiry into Foreign Interference found no evidence that Iran had "
         "interfered in the 2021 election.",
         edges=((INQUIRY, "REPORTED_ON", "Iran"),), no_types=("INTERFERED_IN",)),
    case("second-that-clause-is-also-reported",
         "The National Security and Intelligence Committee of Parliamentarians reported that "
         "the threat had grown, and that India was involved.",
         edges=((NSICOP, "REPORTED_ON", "India"),)),
    case("officials-at-a-mission-are-what-the-finding-is-about",
         "CSIS assessed that officials at the Chinese consulate in Vancouver supported two "
         "candidates.",
         pairs=((CSIS, "Consulate General of the People's Republic of China in Vancouver"),)),
    case("findings-report-on-their-subject-but-outlets-only-source-agencies",
         "The Committee of Parliamentarians concluded that Russia spread disinformation. "
         "The Globe and Mail reported that CSIS had briefed ministers.",
         pairs=((NSICOP, "Russia"),), not_pairs=(("The Globe and Mail", CSIS),)),
    case("an-outlet-reports-on-an-agency-it-says-did-something-not-said",
         "It has been reported by The Irish Times that the Russian Embassy in Dublin is being "
         "used as a base for espionage.",
         edges=(("The Irish Times", "REPORTED_ON", "Russian embassy in Dublin"),)),
    case("according-to-an-outlet-reports-on-the-subject",
         "According to the Toronto Star, Han Dong was briefed by the consul general.",
         edges=(("Toronto Star", "REPORTED_ON", "Han Dong"),)),
    case("an-outlet-saying-what-someone-did-reports-on-them",
         "Police said the case was serious. Mark Stone was jailed on Friday. The Eastport "
         "Herald said he pleaded guilty to eight bribery charges in March.",
         edges=(("Eastport Herald", "REPORTED_ON", "Mark Stone"),)),
    case("a-report-in-an-outlet-said",
         "A report in The Globe and Mail said Jenny Kwan had been warned by CSIS.",
         edges=(("The Globe and Mail", "REPORTED_ON", "Jenny Kwan"),)),
    case("according-to-an-outlet-s-story-reports-on-the-subject",
         "According to a Globe and Mail report, Han Dong was briefed by the consul general. "
         "A Toronto Star report said Jenny Kwan had been warned by CSIS.",
         edges=(("The Globe and Mail", "REPORTED_ON", "Han Dong"),
                ("Toronto Star", "REPORTED_ON", "Jenny Kwan"))),
    case("according-to-people-is-no-outlet",
         "According to committee members, Han Dong spoke with the consul general.",
         no_types=("REPORTED_ON",)),
    case("according-to-a-named-institute-reports-on-the-subject",
         "In 2012, according to the Northgate Policy Institute, Omar Haddad got a diploma from "
         "a university in Moscow.",
         edges=(("Northgate Policy Institute", "REPORTED_ON", "Omar Haddad"),)),
    case("according-to-unnamed-investigators-is-no-report",
         "According to investigators, Omar Haddad had been recruited in 2010.",
         no_types=("REPORTED_ON",)),
]

HEARINGS = [
    case("commission-heard-that-reports-on-the-subject",
         "The Public Inquiry into Foreign Interference heard evidence that Pakistan had "
         "tried to influence politicians.", edges=((INQUIRY, "REPORTED_ON", "Pakistan"),)),
    case("the-subject-of-what-was-heard-is-no-witness",
         "The Public Inquiry into Foreign Interference heard evidence that Han Dong had met "
         "the consul general.", no_types=("TESTIFIED_BEFORE",)),
    case("a-hearing-to-come-is-no-testimony",
         "The Standing Committee on Procedure and House Affairs is expected to hear from "
         "Michael Chong next week.", no_types=("TESTIFIED_BEFORE",)),
]


@pytest.mark.parametrize("expected", [*ACCUSATIONS, *FINDINGS_AND_REPORTS, *HEARINGS])
def test_account(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


def test_the_victim_at_the_other_end_of_a_link_is_not_accused(extractor: Extractor) -> None:
    text = ("Trudeau said police were pursuing allegations of a link between agents of the "
            "Government of India and the killing of the activist Hardeep Singh Nijjar.")
    found = triples(run(extractor, text))
    assert ("Justin Trudeau", "ACCUSED", "India") in found or ("Trudeau", "ACCUSED", "India") \
        in found
    assert not any(t[1] == "ACCUSED" and t[2] == "Hardeep Singh Nijjar" for t in found)
