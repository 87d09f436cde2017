"""Acts between actors: expulsions, sanctions and detentions, targeting, funding, briefings,
meetings and ties, bills and motions, interference and investigations, charges and verdicts
(and the defendant a release's lead describes before naming).

Our own short sentences, real spaCy, the shipped gazetteer. Each row is one text with the
edges it must give and the look-alikes it must not (a cancelled meeting is no expulsion,
a fine paid is no funding). The sentences are written for the rule, not taken from the
evaluation documents whose misses the rules were made for.
"""

from __future__ import annotations

import pytest
from extract_helpers import Case, case, check, pairs, run, triples
from figraph.loaders.extractor import Extractor

PRC = "People's Republic of China"
CSIS = "Canadian Security Intelligence Service"
CSE = "Communications Security Establishment"
RCMP = "Royal Canadian Mounted Police"
SPONSORS = ("FUNDED", "SUPPORTED", "AFFILIATED_WITH")

EXPULSIONS = [
    case("announced-expulsion-is-the-announcers",
         "Mélanie Joly announced that Zhao Wei had been declared persona non grata.",
         edges=(("Mélanie Joly", "EXPELLED", "Zhao Wei"),)),
    case("a-passive-merely-reported-is-not-the-reporters",
         "Michael Chong said that Zhao Wei had been expelled.", no_types=("EXPELLED",)),
    case("ordered-to-leave-the-country-is-expelled",
         "India ordered Cameron MacKay to leave the country within five days.",
         edges=(("India", "EXPELLED", "Cameron MacKay"),)),
    case("announced-no-longer-welcome-is-the-announcers-expulsion",
         "Mélanie Joly said on Tuesday that Li Ming was no longer welcome in Canada.",
         edges=(("Mélanie Joly", "EXPELLED", "Li Ming"),)),
    case("cancelled-residency-is-an-expulsion",
         "In 2020 Global Affairs Canada cancelled Li Ming's diplomatic accreditation.",
         edges=(("Global Affairs Canada", "EXPELLED", "Li Ming"),)),
    case("revoked-visa-of-a-person", "India revoked the visa of Cameron MacKay last year.",
         edges=(("India", "EXPELLED", "Cameron MacKay"),)),
    case("cancelled-meeting-is-no-expulsion",
         "Global Affairs Canada cancelled Li Ming's meeting.", no_types=("EXPELLED",)),
    case("leaving-a-room-or-an-event-is-no-expulsion",
         "Jenny Kwan said Kenny Chiu was not welcome at the dinner. Michael Chong ordered "
         "Li Ming to leave the room.", no_types=("EXPELLED",)),
    case("minister-saying-a-declaration-keeps-it",
         "Mélanie Joly said that Zhao Wei had been declared persona non grata.",
         edges=(("Mélanie Joly", "EXPELLED", "Zhao Wei"),)),
]

LONG_LISTING = (
    "Today the Council has imposed restrictive measures against seven individuals and three "
    "entities responsible for actions aimed at destabilising, undermining or threatening the "
    "sovereignty and independence as well as democracy, the rule of law, and stability of the "
    "Republic of Moldova.")
"""A sentence whose list the parser hangs on the verb as a second object or far apposition."""


SANCTIONS_AND_DETENTIONS = [
    case("a-second-object-the-parser-joins-to-the-verb-is-an-object",
         "Police said the case was serious. Today, the Office of Foreign Assets Control "
         "(OFAC) is designating a subordinate organization of Iran's Islamic Revolutionary "
         "Guard Corps (IRGC), and a Moscow-based affiliate organization of the Russian Main "
         "Intelligence Directorate (GRU) and its director pursuant to Executive Order 13848.",
         edges=(("Office of Foreign Assets Control", "SANCTIONED",
                 "Moscow-based affiliate organization of the Russian Main Intelligence "
                 "Directorate (unnamed)"),)),
    case("a-long-list-of-titled-names-is-read-item-by-item",
         "Police arrested two men last week. China has decided to impose sanctions on six "
         "US individuals and entities according to its Anti-Foreign Sanctions Law, including "
         "former Secretary of Commerce Mark Stone, Chairman of the Harbour Economic and "
         "Security Review Commission (HRC) Jane Roe, Anne Lee at the Harbour Institute for "
         "Democracy, Paul Smith and the Harbourline Council.",
         edges=tuple((PRC, "SANCTIONED", who) for who in (
             "Mark Stone", "Jane Roe", "Anne Lee", "Paul Smith", "Harbourline Council")),
         not_pairs=((PRC, "Harbour Institute for Democracy"),)),
    case("an-apposition-in-a-list-names-no-one-more",
         "Police arrested two men last week. Canada imposed sanctions on four people, "
         "including Jane Roe, the head of the Lantern Bank, Mark Stone, and John Roe.",
         edges=tuple(("Canada", "SANCTIONED", who) for who in (
             "Jane Roe", "Mark Stone", "John Roe")),
         not_pairs=(("Canada", "Lantern Bank"),)),
    case("counted-bodies-and-agents-sanctioned-are-unnamed-groups",
         "Canada is imposing sanctions against 29 state-sponsored disinformation agents and "
         "15 entities owned by the Northland government.",
         edges=(("Canada", "SANCTIONED", "29 state-sponsored disinformation agents (unnamed)"),
                ("Canada", "SANCTIONED", "15 entities (unnamed)")),
         no_types=("SUPPORTED",)),
    case("designating-someone-sanctions-them",
         "The Office of Foreign Assets Control designated Omar Haddad on Monday.",
         edges=(("Office of Foreign Assets Control", "SANCTIONED", "Omar Haddad"),)),
    case("states-acting-alongside-are-co-authors-not-targets",
         "Alongside the United States and Canada, the United Kingdom designated the Social "
         "Design Agency. Together with France, Germany sanctioned Omar Haddad.",
         edges=(("United Kingdom", "SANCTIONED", "Social Design Agency"),
                ("United States", "SANCTIONED", "Social Design Agency"),
                ("Germany", "SANCTIONED", "Omar Haddad"), ("France", "SANCTIONED", "Omar Haddad")),
         not_edges=(("United Kingdom", "SANCTIONED", "United States"),
                    ("United Kingdom", "SANCTIONED", "Canada"),
                    ("Germany", "SANCTIONED", "France"))),
    case("one-holder-following-another-is-no-tie",
         "Omar Haddad was succeeded by Amy Lo, who chaired the Harbour Committee. Jane Roe "
         "defeated Li Ming in 2019.",
         not_pairs=(("Omar Haddad", "Amy Lo"), ("Jane Roe", "Li Ming"))),
    case("under-a-state-s-sanctions-is-sanctioned-by-it",
         "The agency is financed by Omar Haddad, a businessman already under E.U. and U.S. "
         "sanctions. US sanctions against Li Ming took effect on Monday.",
         edges=(("European Union", "SANCTIONED", "Omar Haddad"),
                ("United States", "SANCTIONED", "Omar Haddad"),
                ("United States", "SANCTIONED", "Li Ming"))),
    case("designated-for-attempting-to-sway-an-election-is-who-tried",
         "The Harbour Research Agency was designated in 2018 for attempting to influence the "
         "US mid-term elections.",
         edges=(("Harbour Research Agency", "INTERFERED_IN", "United States"),)),
    case("in-conjunction-with-someone-is-cooperation",
         "Jane Roe worked in conjunction with the Federal Security Service. The RCMP is "
         "working in cooperation with CSIS.",
         edges=(("Jane Roe", "COOPERATED_WITH", "Federal Security Service"),
                (RCMP, "COOPERATED_WITH", CSIS)),
         not_edges=(("Jane Roe", "WORKS_FOR", "Federal Security Service"),)),
    case("a-conjoined-in-conjunction-is-not-the-charging-body-s",
         "A grand jury charged four U.S. citizens with working on behalf of the Russian "
         "government and in conjunction with the Russian Federal Security Service.",
         edges=(("U.S. citizens (unnamed)", "ACTED_FOR", "Russia"),),
         not_pairs=(("Grand jury (unnamed)", "Federal Security Service"),)),
    case("one-included-among-the-targets-is-no-part-of-the-campaign",
         "Global Affairs Canada said that RRM Canada had detected a campaign connected to "
         "China that targeted dozens of members of Parliament, including Prime Minister Jane "
         "Roe.",
         not_pairs=(("Jane Roe", "People's Republic of China"),
                    ("Jane Roe", "Canadian parliamentarians (unnamed)"))),
    case("an-affiliate-designated-is-not-its-owner",
         "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is "
         "designating a subordinate organization of Iran's Islamic Revolutionary Guard Corps "
         "(IRGC). It is also designating Omar Haddad.",
         not_pairs=(("Office of Foreign Assets Control", "Islamic Revolutionary Guard Corps"),
                    ("United States Department of the Treasury",
                     "Islamic Revolutionary Guard Corps"))),
    case("a-body-owned-by-another-is-the-one-acting",
         "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is "
         "designating Omar Haddad.",
         edges=(("Office of Foreign Assets Control", "SANCTIONED", "Omar Haddad"),),
         not_pairs=(("United States Department of the Treasury", "Omar Haddad"),)),
    case("speaking-to-an-outlet-is-an-interview",
         "Jane Roe told the Globe and Mail that she had been threatened. The RCMP has "
         "confirmed to The Epoch Times that it is investigating. In an interview with the "
         "BBC, Omar Haddad said he was targeted.",
         edges=(("Jane Roe", "SPOKE_WITH", "The Globe and Mail"),
                (RCMP, "SPOKE_WITH", "Epoch Times"),
                ("Omar Haddad", "SPOKE_WITH", "British Broadcasting Corporation"))),
    case("an-outlet-telling-someone-is-no-interview-of-it",
         "The Globe and Mail told Jane Roe that it would publish the letter.",
         no_types=("SPOKE_WITH",)),
    case("acts-aimed-at-undermining-a-state-interfere-in-it",
         "Parliament condemned the malicious activities and hybrid operations by Russia aimed "
         "at undermining the electoral processes, security and democratic foundations of "
         "Moldova. China sought to destabilise Taiwan.",
         edges=(("Russia", "INTERFERED_IN", "Moldova"),
                ("People's Republic of China", "INTERFERED_IN", "Taiwan"))),
    case("undermining-a-report-interferes-in-nothing",
         "The leak undermined the credibility of the Harbour Review.",
         no_types=("INTERFERED_IN",)),
    case("attending-a-party-s-functions-ties-the-guest-to-it",
         "Omar Haddad was a regular attendee at Australian Labor Party functions. Jane Roe "
         "attended a Liberal Party of Canada fundraiser in Toronto.",
         edges=(("Omar Haddad", "HAD_RELATIONSHIP", "Australian Labor Party"),
                ("Jane Roe", "HAD_RELATIONSHIP", "Liberal Party of Canada"))),
    case("attending-an-event-of-no-body-ties-no-one",
         "Jane Roe attended the dinner with Li Ming in Toronto.",
         no_types=("HAD_RELATIONSHIP",)),
    case("appointing-someone-to-a-body-ties-the-appointer-to-no-body",
         "In 2013 the Harbour Assembly appointed Jane Roe to the Senate of Australia. China "
         "sent Li Ming to the Harbour Trade Council.",
         not_pairs=(("Harbour Assembly", "Senate of Australia"),
                    ("People's Republic of China", "Harbour Trade Council"))),
    case("searching-someone-s-office-is-about-them",
         "The Bavarian State Criminal Police Office conducted a search of Omar Haddad's "
         "Bundestag office.",
         pairs=(("Bavarian State Criminal Police Office", "Omar Haddad"),),
         not_pairs=(("Bavarian State Criminal Police Office", "Bundestag"),)),
    case("designated-in-the-passive-is-by-the-office-that-designates",
         "On Monday the Office of Foreign Assets Control designated four individuals linked "
         "to Russia. Omar Haddad, a member of the Harbour Assembly, was designated pursuant to "
         "an executive order.",
         edges=(("Office of Foreign Assets Control", "SANCTIONED", "Omar Haddad"),)),
    case("those-a-sanctioning-body-lists-are-sanctioned-by-it",
         "The Council of the EU today imposed restrictive measures on six individuals. Among "
         "those listed are Ivan Sorokin and Nikolai Orlov. The Council also listed the online "
         "outlet Voice of the Baltics.",
         edges=(("Council of the European Union", "SANCTIONED", "Ivan Sorokin"),
                ("Council of the European Union", "SANCTIONED", "Nikolai Orlov"),
                ("Council of the European Union", "SANCTIONED", "Voice of the Baltics"))),
    case("a-sanctions-release-lists-a-lettered-firm-a-slashed-bloc-and-a-founder",
         "The Council of the EU today imposed restrictive measures on six individuals. The "
         "Council also listed K9, a company with ties to Moscow. The Council listed "
         "Victory/Pobeda Political Bloc, established by Omar Haddad. The listings target "
         "associates of Ilan Shorkin, already listed by the EU due to his involvement in "
         "vote buying.",
         edges=(("Council of the European Union", "SANCTIONED", "K9"),
                ("Council of the European Union", "SANCTIONED", "Victory/Pobeda Political Bloc"),
                ("Omar Haddad", "ESTABLISHED", "Victory/Pobeda Political Bloc"),
                ("European Union", "SANCTIONED", "Ilan Shorkin")),
         types=(("Victory/Pobeda Political Bloc", "Party"), ("Ilan Shorkin", "Person"))),
    case("a-list-far-down-an-object-is-no-apposition-of-it",
         f"Council of the EU\nPress release\n15 July 2025\n\n{LONG_LISTING}",
         not_pairs=(("Council of the European Union", "Moldova"),)),
    case("a-second-direct-object-is-the-parser-s-misreading",
         f"Council of the EU\nPress release\n15 July 2025 15:33\n\n{LONG_LISTING}",
         not_pairs=(("Council of the European Union", "Moldova"),)),
    case("taken-into-custody-is-detained",
         "A court in Tallinn took Omar Haddad, 20, into custody last Monday. The Harbour "
         "Police Service placed Jane Roe under arrest on Monday.",
         edges=(("Court in Tallinn (unnamed)", "DETAINED", "Omar Haddad"),
                ("Harbour Police Service", "DETAINED", "Jane Roe"))),
    case("taken-into-a-meeting-is-no-detention",
         "The Harbour Police Service took Jane Roe into the meeting on Monday.",
         no_types=("DETAINED",)),
    case("an-as-phrase-after-an-arrested-object-is-the-object-s",
         "On Nov. 4, officials of the Harbour Security Service arrested a Russian citizen at "
         "the border as a suspected FSB agent.",
         not_pairs=(("Officials of the Harbour Security Service (unnamed)",
                     "Federal Security Service"),
                    ("Harbour Security Service", "Federal Security Service"))),
    case("an-as-phrase-after-a-joined-body-is-the-subject-s",
         "Jane Roe joined the Harbour Security Service as a deputy director in 2010.",
         pairs=(("Jane Roe", "Harbour Security Service"),)),
    case("a-gerund-after-a-verb-s-preposition-is-that-verb-s-subject-s",
         "At the same time that the IRA operation began to focus \u00b7 on supporting "
         "candidate Jane Roe in early 2016, the Russian government employed a second form "
         "of interference.",
         not_pairs=(("Russia", "Jane Roe"),)),
    case("a-unit-of-a-service-responsible-for-poisoning-is-the-service",
         "Investigations by Bellingcat found that a unit of the Federal Security Service was "
         "responsible for poisoning Jane Roe. The FSB was responsible for poisoning Paul "
         "Smith.",
         edges=(("Federal Security Service", "TARGETED", "Jane Roe"),
                ("Federal Security Service", "TARGETED", "Paul Smith"))),
    case("a-victim-the-parser-makes-a-subject-poisons-no-one",
         "Investigations found that the same unit of the Federal Security Service responsible "
         "for poisoning Mr. Kara-Murza was responsible for poisoning Russian opposition leader "
         "Alexei Navalny.",
         edges=(("Federal Security Service", "TARGETED", "Alexei Navalny"),),
         not_pairs=(("Vladimir Kara-Murza", "Alexei Navalny"), ("Kara-Murza", "Alexei Navalny"))),
    case("the-target-of-his-activities-is-what-he-targeted",
         "Omar Haddad is suspected of espionage. According to the Office of the Prosecutor "
         "General, the target of his activities were Estonian state institutions.",
         edges=(("Omar Haddad", "TARGETED", "Estonia"),
                ("Office of the Prosecutor General", "ACCUSED", "Omar Haddad"))),
    case("the-target-of-nothing-named-targets-nothing",
         "The target of the inquiry was never Estonia.", no_types=("TARGETED",)),
    case("an-outlet-named-by-its-address-is-spoken-to",
         "Jane Roe told the website geenius.ee that the case was serious.",
         edges=(("Jane Roe", "SPOKE_WITH", "geenius.ee"),), types=(("geenius.ee", "Media"),)),
    case("what-a-subject-used-something-to-do-is-the-subject-s",
         "The Harbour Council used legislation to block a proposed expansion of the Russian "
         "Embassy in Dublin.", pairs=(("Harbour Council", "Russian embassy in Dublin"),)),
    case("what-someone-asked-another-to-do-is-not-the-asker-s",
         "The Harbour Council asked Jane Roe to block a proposed expansion of the Russian "
         "Embassy in Dublin.", not_pairs=(("Harbour Council", "Russian embassy in Dublin"),)),
    case("an-attribution-to-people-tied-to-a-body-points-at-the-body",
         "Meta attributed the network to individuals associated with the Northland "
         "Broadcasting Corporation, the country's state broadcaster.",
         edges=(("Meta Platforms", "ACCUSED", "Northland Broadcasting Corporation"),)),
    case("on-behalf-of-a-principal-is-no-target-of-what-is-gathered",
         "Jane Roe is alleged to have covertly collected information about a local Buddhist "
         "association on behalf of the Chinese Ministry of Public Security.",
         not_edges=(("Jane Roe", "TARGETED", "Ministry of Public Security"),)),
    case("an-intelligence-organisation-named-with-its-letters-is-an-agency",
         "Omar Haddad was investigated by the Harbour Security Intelligence Organisation "
         "(HSIO). HSIO Director-General Jane Roe said the agency had worked closely with the "
         "Harbour Federal Police.",
         edges=(("Harbour Security Intelligence Organisation", "COOPERATED_WITH",
                 "Harbour Federal Police"),),
         types=(("Harbour Security Intelligence Organisation", "Agency"),)),
    case("expelled-from-a-political-group-named-with-group-leaves-it",
         "Elena Varga was expelled from the Socialists and Democrats group.",
         edges=(("Elena Varga", "FORMER_MEMBER_OF",
                 "Progressive Alliance of Socialists and Democrats"),)),
    case("who-expels-is-not-linked-to-what-the-expelled-leaves",
         "Elena Varga was stripped of her post by the European Parliament and expelled from "
         "the Socialists and Democrats group.",
         not_pairs=(("European Parliament", "Progressive Alliance of Socialists and Democrats"),)),
    case("a-relative-clause-after-the-last-of-two-names-is-that-one-s",
         "Police arrested her partner Marco Bellini and the former MEP Pietro Rinaldi, who had "
         "founded the NGO Justice First.",
         edges=(("Pietro Rinaldi", "ESTABLISHED", "Justice First"),),
         not_pairs=(("Marco Bellini", "Justice First"),),
         types=(("Justice First", "Organization"),)),
    case("confidence-in-someone-is-support",
         "Anthony Albanese said he had full confidence in Sam Loh.",
         edges=(("Anthony Albanese", "SUPPORTED", "Sam Loh"),)),
    case("no-confidence-is-no-support",
         "Anthony Albanese said he had no confidence in Sam Loh.", no_types=("SUPPORTED",)),
    case("parliament-house-is-a-building",
         "Sam Loh, an Australian Labor MP, told reporters in Parliament House that he had "
         "never acted for Beijing.", not_names=("Parliament House",)),
    case("condemning-someone-s-sentencing-stands-up-for-them",
         "European Parliament resolution on Belarus\n\nThe European Parliament,\n1. Condemns "
         "the sentencing of Jane Roe and calls for her immediate and unconditional release;",
         edges=(("European Parliament", "SUPPORTED", "Jane Roe"),),
         not_edges=(("European Parliament", "CRITICIZED", "Jane Roe"),)),
    case("calling-for-someone-s-release-stands-up-for-them",
         "European Parliament resolution on Belarus\n\nThe European Parliament,\n1. Calls for "
         "the immediate and unconditional release of Omar Haddad;",
         edges=(("European Parliament", "SUPPORTED", "Omar Haddad"),)),
    case("calling-for-someone-s-arrest-is-no-support",
         "Jane Roe called for the arrest of Omar Haddad.",
         not_edges=(("Jane Roe", "SUPPORTED", "Omar Haddad"),)),
    case("a-listing-with-no-sanctions-named-before-sanctions-no-one",
         "Among those listed are Ivan Sorokin and Nikolai Orlov. The committee listed the "
         "outlet Voice of the Baltics as a witness.", no_types=("SANCTIONED",)),
    case("a-passive-designation-with-no-designator-named-is-by-no-one",
         "Omar Haddad was designated on Monday.", no_types=("SANCTIONED",)),
    case("designated-for-efforts-to-interfere-is-who-made-them",
         "The Office of Foreign Assets Control designated Omar Haddad for efforts to interfere "
         "in the US elections.",
         edges=(("Omar Haddad", "INTERFERED_IN", "United States"),),
         not_edges=(("Office of Foreign Assets Control", "INTERFERED_IN", "United States"),)),
    case("criticised-for-what-is-done-to-another-is-no-criticism-of-that-one",
         "Jane Roe criticized China for its treatment of Li Ming.",
         edges=(("Jane Roe", "CRITICIZED", "People's Republic of China"),),
         not_pairs=(("Jane Roe", "Li Ming"),)),
    case("wooing-or-handpicking-someone-supports-them",
         "Jane Roe was wooed by Omar Haddad. Omar Haddad handpicked Li Ming.",
         edges=(("Omar Haddad", "SUPPORTED", "Jane Roe"), ("Omar Haddad", "SUPPORTED", "Li Ming"))),
    case("setting-up-a-body-establishes-it",
         "Jane Roe set up the Harbour Institute in 2019. Omar Haddad, who set up the Northwind "
         "Group, left.",
         edges=(("Jane Roe", "ESTABLISHED", "Harbour Institute"),
                ("Omar Haddad", "ESTABLISHED", "Northwind Group"))),
    case("concern-about-someone-s-acts-criticises-the-doer",
         "The European Parliament expressed deep concern over China's treatment of Jane Roe. "
         "The European Parliament expressed support for Moldova.",
         edges=(("European Parliament", "CRITICIZED", "People's Republic of China"),
                ("European Parliament", "SUPPORTED", "Moldova")),
         not_pairs=(("European Parliament", "Jane Roe"),)),
    case("a-letter-calling-for-something-calls-on-its-addressee",
         "In 2006 Jane Roe and Li Ming wrote to Prime Minister Omar Haddad calling for the "
         "appointments to be suspended.",
         edges=(("Jane Roe", "CALLED_ON", "Omar Haddad"), ("Li Ming", "CALLED_ON", "Omar Haddad"))),
    case("a-letter-that-informs-calls-on-no-one",
         "Jane Roe wrote to Omar Haddad about the meeting.", no_types=("CALLED_ON",)),
    case("designating-someone-as-minister-is-no-sanction",
         "The Prime Minister designated Jane Roe as minister.", no_types=("SANCTIONED",)),
    case("efforts-to-undermine-a-country-s-election-are-interference",
         "Omar Haddad was sanctioned for his efforts to undermine the 2020 US presidential "
         "election.", edges=(("Omar Haddad", "INTERFERED_IN", "United States"),)),
    case("added-to-a-sanctions-list-is-sanctioned",
         "The United Kingdom added RT to its sanctions list. In March 2024 the Czech "
         "government placed Omar Haddad on its national sanctions list.",
         edges=(("United Kingdom", "SANCTIONED", "RT"),
                ("Czech Republic", "SANCTIONED", "Omar Haddad"))),
    case("added-to-another-list-is-no-sanction",
         "Canada added Omar Haddad to the list of speakers.", no_types=("SANCTIONED",)),
    case("a-relative-clause-on-a-predicate-noun-is-about-the-subject",
         "RT is a news channel that was sanctioned by the European Union in 2024.",
         edges=(("European Union", "SANCTIONED", "RT"),)),
    case("coordination-distributes",
         "China detained Michael Kovrig and Michael Spavor in 2018.",
         edges=((PRC, "DETAINED", "Michael Kovrig"), (PRC, "DETAINED", "Michael Spavor"))),
    case("among-them-names-one-of-the-objects",
         "Beijing sanctioned several Canadian parliamentarians, among them Michael Chong.",
         edges=((PRC, "SANCTIONED", "Michael Chong"),)),
    case("announced-sanction-is-the-announcers",
         "Global Affairs Canada confirmed that Vladimir Soloviev had been sanctioned.",
         edges=(("Global Affairs Canada", "SANCTIONED", "Vladimir Soloviev"),)),
    case("every-name-in-an-apposition-list-is-reached",
         "The RCMP detained two men, Yuesheng Wang and Yanping Ye, in Quebec.",
         edges=((RCMP, "DETAINED", "Yuesheng Wang"), (RCMP, "DETAINED", "Yanping Ye"))),
    case("names-hung-on-a-place-are-still-the-people-listed",
         "The RCMP arrested three Indian nationals living in Brampton, Arjun Mehta, "
         "Ravi Gill and Sunny Sidhu, on Friday.",
         pairs=((RCMP, "Arjun Mehta"), (RCMP, "Ravi Gill"), (RCMP, "Sunny Sidhu"))),
]

TARGETING = [
    case("people-named-in-brackets-after-a-plural-are-the-ones-charged-not-the-announcer",
         "Police said the case was serious. On 13 May 2024, the Eastport Police announced "
         "three men (John Roe, Peter Wai, and Mark Stone) had been charged with national "
         "security offences for assisting Northland intelligence service, including spying on "
         "Nathan Law and other exiled activists.",
         edges=(("John Roe", "TARGETED", "Nathan Law"), ("Peter Wai", "TARGETED", "Nathan Law"),
                ("Mark Stone", "TARGETED", "Nathan Law")),
         not_pairs=(("Eastport Police", "Nathan Law"),)),
    case("our-elections-in-a-release-are-its-country-s",
         "Treasury Sanctions Two Firms\nhttps://home.treasury.gov/news/press-releases/x\n\n"
         "WASHINGTON – Today, the Department of the Treasury's Office of Foreign Assets "
         "Control (OFAC) is designating two firms.\n“The Governments of Iran and Russia have "
         "targeted our election processes,” said Under Secretary of the Treasury Jane Roe.",
         edges=(("Iran", "TARGETED", "United States"), ("Russia", "TARGETED", "United States"),
                ("Jane Roe", "ACCUSED", "Iran"))),
    case("compromising-the-accounts-of-a-body-targets-it",
         "Police said the case was serious. Today, Northland has shared its assessment on "
         "Harbour Group compromise of various e-mail accounts of the Lantern Party executive.",
         edges=(("Harbour Group", "TARGETED", "Lantern Party"),)),
    case("leveraging-a-group-to-act-against-someone-targets-them",
         "Police said the case was serious. Russia has repeatedly leveraged the Harbour "
         "Group to conduct malicious cyber activities against the European Union.",
         pairs=(("Russia", "European Union"),)),
    case("information-collected-for-a-service-is-done-for-it",
         "Police arrested two men on Monday. Mark Stone collected information for Russian "
         "intelligence, prosecutor Jane Roe said.",
         edges=(("Mark Stone", "ACTED_FOR", "Russian intelligence services"),),
         not_edges=(("Mark Stone", "TARGETED", "Russian intelligence services"),)),
    case("information-on-someone-for-a-service-targets-them-for-it",
         "Police arrested two men on Monday. Mark Stone gathered information on Jane Roe for "
         "the GRU.",
         edges=(("Mark Stone", "TARGETED", "Jane Roe"),
                ("Mark Stone", "ACTED_FOR", "Main Intelligence Directorate")),
         not_edges=(("Mark Stone", "TARGETED", "Main Intelligence Directorate"),)),
    case("a-states-leadership-acts-as-the-state",
         "The political leadership of the People's Republic of China threatened Taiwan. "
         "Russia's leadership ordered attacks on Ukraine.",
         edges=((PRC, "TARGETED", "Taiwan"),)),
    case("a-partys-leadership-acts-as-the-party",
         "The CCP leadership targeted Jimmy Lai.",
         edges=(("Chinese Communist Party", "TARGETED", "Jimmy Lai"),)),
    case("a-regime-named-by-its-seat-is-the-state",
         "The Kremlin regime threatened Ukraine.", edges=(("Russia", "TARGETED", "Ukraine"),)),
    case("a-persons-leadership-is-not-theirs-to-act-as",
         "Mark Carney's leadership helped the Harbour Institute.",
         not_edges=(("Mark Carney", "SUPPORTED", "Harbour Institute"),
                    ("Mark Carney", "RELATED_TO", "Harbour Institute"))),
    case("people-one-tries-to-influence-are-targets",
         "Jane Roe and Omar Haddad conspired to influence Harbour City councillors and public "
         "opinion against Paul Smith.",
         edges=(("Jane Roe", "TARGETED", "Paul Smith"), ("Omar Haddad", "TARGETED", "Paul Smith")),
         not_edges=(("Jane Roe", "COOPERATED_WITH", "Paul Smith"),)),
    case("who-takes-part-in-a-campaign-to-influence-targets",
         "The Northgate Institute orchestrated a campaign to influence the Harbour Party. The "
         "Harbour Police uncovered a plot to influence the Northland Party.",
         edges=(("Northgate Institute", "TARGETED", "Harbour Party"),),
         not_edges=(("Harbour Police", "TARGETED", "Northland Party"),)),
    case("discrediting-or-vilifying-someone-targets-them",
         "Russia sought to discredit Jane Roe. China tried to vilify Omar Haddad.",
         edges=(("Russia", "TARGETED", "Jane Roe"),
                ("People's Republic of China", "TARGETED", "Omar Haddad"))),
    case("imitating-an-outlet-through-fake-websites-targets-it",
         "Russia relies on fake websites that mimic the appearance of news sources, such as "
         "Der Spiegel and Le Monde. Russia used accounts that impersonated Jane Roe.",
         edges=(("Russia", "TARGETED", "Der Spiegel"), ("Russia", "TARGETED", "Le Monde"),
                ("Russia", "TARGETED", "Jane Roe"))),
    case("a-campaign-to-target-examples-targets-each",
         "The Harbour Project ran a campaign. In June 2023, French authorities said they had "
         "uncovered a Harbour Project campaign to target several daily newspapers such as Le "
         "Figaro, Le Parisien and Le Monde.",
         edges=(("Harbour Project", "TARGETED", "Le Figaro"),
                ("Harbour Project", "TARGETED", "Le Parisien"),
                ("Harbour Project", "TARGETED", "Le Monde")),
         not_edges=(("France", "TARGETED", "Le Monde"),)),
    case("a-target-for-a-state-s-disinformation-is-targeted-by-it",
         "Portugal is clearly a target for Russian disinformation, Jane Roe said.",
         edges=(("Russia", "TARGETED", "Portugal"),)),
    case("a-target-for-promotion-is-no-target",
         "Jane Roe was a target for promotion at the Harbour Institute.",
         no_types=("TARGETED",)),
    case("running-a-campaign-to-promote-someone-supports-them",
         "Days after allegations that Russia ran a coordinated online campaign to promote "
         "Omar Haddad, the court annulled the vote.",
         edges=(("Russia", "SUPPORTED", "Omar Haddad"),)),
    case("being-promoted-to-a-rank-supports-no-one",
         "Jane Roe was promoted to the rank of minister.", no_types=("SUPPORTED",)),
    case("a-link-between-a-state-s-agents-and-a-killing",
         "Security agencies are pursuing credible allegations of a potential link between "
         "agents of the Government of India and the killing of a Canadian citizen, Omar "
         "Haddad.", edges=(("India", "TARGETED", "Omar Haddad"),)),
    case("a-link-between-two-people-kills-no-one",
         "Reporters found a link between Jane Roe and Omar Haddad.", no_types=("TARGETED",)),
    case("passive-voice-finds-the-agent", "Michael Chong was targeted by Beijing in 2021.",
         edges=((PRC, "TARGETED", "Michael Chong"),)),
    case("a-target-of-a-state-s-activities",
         "Jane Roe said she is a target of Chinese foreign interference activities.",
         edges=((PRC, "TARGETED", "Jane Roe"),)),
    case("a-target-of-a-state-s-operations",
         "Jane Roe said she was a target of Chinese interference operations.",
         edges=((PRC, "TARGETED", "Jane Roe"),)),
    case("subject-of-disinformation-linked-to-a-state",
         "In 2022, Jenny Kwan was the subject of online disinformation linked to Beijing.",
         edges=((PRC, "TARGETED", "Jenny Kwan"),)),
    case("target-of-a-campaign-by-a-state",
         "Garnett Genuis became the target of a harassment campaign by the Russian "
         "government.", edges=(("Russia", "TARGETED", "Garnett Genuis"),)),
    case("subject-of-a-report-is-no-campaign",
         "Jenny Kwan was the subject of a report by the Canadian Security Intelligence "
         "Service.", no_types=("TARGETED",)),
    case("gathering-information-on-someone-targets-them",
         "Police said Zhao Wei had gathered information on Jenny Kwan for a year.",
         edges=(("Zhao Wei", "TARGETED", "Jenny Kwan"),)),
    case("gathering-support-targets-nobody",
         "Jenny Kwan gathered support from the New Democratic Party.", no_types=("TARGETED",)),
    case("whose-family-was-targeted-targets-the-person",
         "Jenny Kwan, whose relatives in Hong Kong were harassed by the Ministry of State "
         "Security, spoke to reporters.",
         edges=(("Ministry of State Security", "TARGETED", "Jenny Kwan"),)),
    case("involved-in-gathering-information-targets",
         "Li Ming was involved in gathering information on Jenny Kwan and her relatives.",
         edges=(("Li Ming", "TARGETED", "Jenny Kwan"),)),
    case("engaged-in-gathering-information-targets",
         "Wang Jun was engaged in gathering information on Kenny Chiu for the consulate.",
         edges=(("Wang Jun", "TARGETED", "Kenny Chiu"),)),
    case("a-campaign-launched-targeting-someone",
         "Russia launched a smear campaign targeting Omar Haddad last spring.",
         edges=(("Russia", "TARGETED", "Omar Haddad"),)),
    case("content-spread-targeting-someone-is-the-spreaders",
         "The broadcaster RT has amplified disinformation targeting Ann Poe.",
         edges=(("RT", "TARGETED", "Ann Poe"),)),
    case("an-operation-aimed-at-someone",
         "The Ministry of State Security ran an operation aimed at Jenny Kwan.",
         edges=(("Ministry of State Security", "TARGETED", "Jenny Kwan"),)),
    case("attacks-against-a-body-carried-out",
         "APT31 carried out cyber attacks against the Electoral Commission.",
         edges=(("APT31", "TARGETED", "Electoral Commission"),)),
    case("a-demonym-owns-the-campaign",
         "A Chinese campaign targeting Kenny Chiu began in May. Beijing's efforts against "
         "Jenny Kwan continued.", edges=((PRC, "TARGETED", "Kenny Chiu"),
                                         (PRC, "TARGETED", "Jenny Kwan"))),
    case("a-campaign-run-by-someone-in-the-passive",
         "A campaign targeting Omar Haddad was run by the Ministry of State Security.",
         edges=(("Ministry of State Security", "TARGETED", "Omar Haddad"),)),
    case("engaged-or-involved-in-an-action-against-someone",
         "Russia is actively engaged in cognitive warfare against Finland. Omar Haddad was "
         "involved in a campaign against Jane Roe.",
         edges=(("Russia", "TARGETED", "Finland"), ("Omar Haddad", "TARGETED", "Jane Roe"))),
    case("exposing-a-campaign-is-not-running-it",
         "Global Affairs Canada exposed a campaign targeting Michael Chong.",
         not_edges=(("Global Affairs Canada", "TARGETED", "Michael Chong"),)),
    case("a-campaign-not-launched-targets-no-one",
         "Russia did not launch a campaign targeting Omar Haddad.", no_types=("TARGETED",)),
    case("pressing-coercing-blackmailing-or-persecuting-someone-targets-them",
         "Beijing pressured Jane Roe to withdraw. The MSS coerced Omar Haddad into spying. "
         "Russia blackmailed Paul Smith. Jane Roe did not pressure Kenny Chiu.",
         edges=(("People's Republic of China", "TARGETED", "Jane Roe"),
                ("Ministry of State Security", "TARGETED", "Omar Haddad"),
                ("Russia", "TARGETED", "Paul Smith")),
         not_pairs=(("Jane Roe", "Kenny Chiu"),)),
    case("who-answers-for-an-action-carried-it-out",
         "The FSB was responsible for a smear campaign targeting Jane Roe. Unit 99 has been "
         "identified as being accountable for a range of cyber operations targeting Estonia. "
         "The Ministry of State Security is behind the attacks on Omar Haddad.",
         edges=(("Federal Security Service", "TARGETED", "Jane Roe"),
                ("Unit 99", "TARGETED", "Estonia"),
                ("Ministry of State Security", "TARGETED", "Omar Haddad"))),
    case("not-answering-for-an-action-is-no-target",
         "The FSB was not responsible for the attacks on Jane Roe. The Ministry of State "
         "Security is not behind the campaign against Omar Haddad.", no_types=("TARGETED",)),
    case("spying-on-someone-targets-them",
         "Paul Braun moved to Estonia to spy on Estonia's political system. Jane Roe was "
         "accused of spying on Omar Haddad.",
         edges=(("Paul Braun", "TARGETED", "Estonia"), ("Jane Roe", "TARGETED", "Omar Haddad"))),
    case("spying-for-someone-or-denied-targets-no-one",
         "Paul Braun spied for Russia in London. Jane Roe did not spy on Omar Haddad.",
         no_types=("TARGETED",)),
]

FUNDING = [
    case("money-given-to-unnamed-political-parties-funds-them-as-one-group",
         "Police said the case was serious. John Roe has given $2 million to British "
         "political parties either personally or through his companies. John Roe later asked "
         "the political parties to return his donations.",
         edges=(("John Roe", "FUNDED", "British political parties (unnamed)"),
                ("John Roe", "CALLED_ON", "British political parties (unnamed)")),
         not_names=("Political parties (unnamed)",)),
    case("political-parties-listed-by-name-are-no-unnamed-group",
         "Police said the case was serious. John Roe gave money to political parties such as "
         "the Harbour Party and the Lantern Party.",
         not_names=("Political parties (unnamed)",)),
    case("an-outlet-s-website-is-the-outlet",
         "The Harbour Security Service revealed in March 2024 that the Northwind Voice website "
         "was financed by Omar Haddad.", edges=(("Omar Haddad", "FUNDED", "Northwind Voice"),)),
    case("a-company-financed-by-someone-is-funded-by-them",
         "The Northwind Agency is a Russian company based in Kazan and financed by Omar "
         "Haddad.", edges=(("Omar Haddad", "FUNDED", "Northwind Agency"),)),
    case("linked-to-someone-is-affiliated-with-them",
         "The Northwind Agency was linked to Omar Haddad.",
         edges=(("Northwind Agency", "AFFILIATED_WITH", "Omar Haddad"),)),
    case("a-group-not-affiliated-is-not",
         "The Northwind Agency is not a group financed by Omar Haddad.", no_types=("FUNDED",)),
    case("paying-for-someone-s-costs-funds-them",
         "Harbour Holdings paid for Omar Haddad's legal costs.",
         edges=(("Harbour Holdings", "FUNDED", "Omar Haddad"),)),
    case("donating-to-a-party-funds-it",
         "Omar Haddad, who has donated to both the Liberal Party and the Conservative Party, "
         "left Canada.",
         edges=(("Omar Haddad", "FUNDED", "Liberal Party of Canada"),
                ("Omar Haddad", "FUNDED", "Conservative Party of Canada"))),
    case("a-trip-at-someone-s-expense-is-funded-by-them",
         "In 2014 Jane Roe travelled to Beijing at the expense of the Harbour Trade Council. "
         "In 2016 Omar Haddad travelled again to Beijing, this time paid for by the Northwind "
         "Institute.",
         edges=(("Harbour Trade Council", "FUNDED", "Jane Roe"),
                ("Northwind Institute", "FUNDED", "Omar Haddad"))),
    case("growing-at-the-expense-of-a-rival-funds-no-one",
         "Harbour Holdings grew at the expense of Northwind Agency.", no_types=("FUNDED",)),
    case("paying-for-a-house-funds-no-one",
         "Omar Haddad paid for a house in Toronto.", no_types=("FUNDED",)),
    case("a-party-aligned-person-is-no-member",
         "Jane Roe met Communist Party-aligned businessman Omar Haddad in 2017.",
         edges=(("Omar Haddad", "AFFILIATED_WITH", "Communist Party"),),
         no_types=("MEMBER_OF",)),
    case("owning-an-outlet-controls-it",
         "The Council sanctioned the broadcaster Harbour TV, owned by the businessman Omar "
         "Haddad. Jane Roe owns the Northland Courier.",
         edges=(("Omar Haddad", "CONTROLS", "Harbour TV"),
                ("Jane Roe", "CONTROLS", "Northland Courier"))),
    case("owning-a-house-controls-no-one",
         "Omar Haddad owns a house in Moscow.", no_types=("CONTROLS",)),
    case("a-firm-described-so-acts-on-behalf-of-its-principal",
         "Omar Haddad is the director of the Social Harbour Agency, a Moscow-based firm that "
         "ran the campaign on behalf of the Russian Presidential Administration.",
         edges=(("Social Harbour Agency", "ACTED_FOR", "Russian Presidential Administration"),),
         not_pairs=(("Social Harbour Agency", "Russia"),)),
    case("sponsor-in-a-hyphenated-word-financed",
         "The Harbour Security Service exposed the Northwind Front as a Russian-financed "
         "network.", edges=(("Russia", "FUNDED", "Northwind Front"),)),
    case("sponsor-in-a-hyphenated-word-backed",
         "The Northwind Front, a Kremlin-backed outlet, paid bloggers.",
         edges=(("Russia", "SUPPORTED", "Northwind Front"),)),
    case("a-body-listed-beside-the-sponsored-is-not-sponsored",
         "The European Parliament condemned the Northwind Front and Russian-sponsored local "
         "actors.",
         not_edges=(("Russia", "SUPPORTED", "Northwind Front"),)),
    case("a-pro-state-body-supports-the-state",
         "The agency monitored the pro-Kremlin group Northwind Front. Jane Roe, a pro-Russian "
         "activist, was arrested.",
         edges=(("Northwind Front", "SUPPORTED", "Russia"), ("Jane Roe", "SUPPORTED", "Russia"))),
    case("the-word-after-pro-is-no-part-of-a-party-s-name",
         "Jane Roe joined the pro-Moscow Harbour Union party.",
         edges=(("Jane Roe", "MEMBER_OF", "Harbour Union"),),
         not_names=("Moscow Harbour Union",)),
    case("a-pro-democracy-group-supports-no-state",
         "The pro-democracy group Harbour Watch criticised Russia.",
         no_types=("SUPPORTED",)),
    case("sponsor-in-a-hyphenated-word-linked",
         "The Northwind Front is a Beijing-linked association.",
         edges=(("Northwind Front", "AFFILIATED_WITH", PRC),)),
    case("sponsor-in-a-hyphenated-word-state-funded",
         "The Northwind Front is a Chinese state-funded group.",
         edges=((PRC, "FUNDED", "Northwind Front"),)),
    case("no-sponsor-without-a-state-before-the-hyphen-reader",
         "The Northwind Front published a reader-funded newsletter.", no_types=SPONSORS),
    case("no-sponsor-without-a-state-before-the-hyphen-place",
         "The Northwind Front is a Lisbon-based association.", no_types=SPONSORS),
    case("paying-a-bill-for-someone-funds-them",
         "The Yuhu Group paid a travel bill of $1,670 for Sam Dastyari.",
         edges=(("Yuhu Group", "FUNDED", "Sam Dastyari"),)),
    case("delivering-cash-to-a-party-funds-it",
         "Witnesses said Huang Xiangmo had delivered $100,000 in cash to the Liberal Party "
         "of Canada.", edges=(("Huang Xiangmo", "FUNDED", "Liberal Party of Canada"),)),
    case("providing-people-with-benefits-funds-them",
         "The Chinese government provided Linda Sun and Chris Hu with economic benefits.",
         edges=((PRC, "FUNDED", "Linda Sun"),)),
    case("paying-a-fine-to-a-body-funds-nobody",
         "Sam Dastyari paid a fine to the Australian Electoral Commission.",
         no_types=("FUNDED",)),
    case("warning-against-accepting-donations-is-no-donation",
         "In 2015 Duncan Lewis warned the parties against accepting donations from Chau "
         "Chak Wing.", no_types=("FUNDED",)),
]

BRIEFINGS = [
    case("a-committee-whose-report-the-assembly-debated-briefed-it",
         "Resolution 9999 (2018)\nhttp://assembly.coe.int/x\n\nResolution 9999 (2018)\n\n"
         "Author(s): Parliamentary Assembly\n\nOrigin - Assembly debate on 26 April 2018 (16th "
         "Sitting) (see Doc. 14540, report of the Committee on Harbour Affairs, rapporteur: Ms "
         "Jane Roe; and Doc. 14543, opinion of the Committee on Lantern Affairs, rapporteur: Ms "
         "Anne Lee). Text adopted by the Assembly on 26 April 2018.\n\n1. The Parliamentary "
         "Assembly of the Council of Europe recalls its work.\n",
         edges=(("Committee on Harbour Affairs", "BRIEFED",
                 "Parliamentary Assembly of the Council of Europe"),
                ("Committee on Lantern Affairs", "BRIEFED",
                 "Parliamentary Assembly of the Council of Europe"),
                ("Jane Roe", "MEMBER_OF", "Committee on Harbour Affairs"))),
    case("reporting-something-to-a-body-briefs-the-body",
         "Police said the case was serious. In 2018, Jane Roe reported the encounter to the "
         "Harbour Security Service. The Lantern Times reported that John Roe met Anne Lee.",
         edges=(("Jane Roe", "BRIEFED", "Harbour Security Service"),),
         not_pairs=(("Lantern Times", "Anne Lee"),)),
    case("a-ministry-saying-what-its-own-state-did-reports-on-others-only",
         "Estonia has expelled a Russian diplomat, the Estonian Foreign Ministry said on "
         "Friday. The Estonian Foreign Ministry said Russia had interfered in the election.",
         edges=(("Estonian Foreign Ministry", "REPORTED_ON", "Russia"),),
         not_edges=(("Estonian Foreign Ministry", "REPORTED_ON", "Estonia"),)),
    case("a-body-s-report-on-an-actor-reports-on-it",
         "The Harbour Committee's report on Russia was published. The Harbour Committee report "
         "on Georgia was tabled in May.",
         edges=(("Harbour Committee", "REPORTED_ON", "Russia"),
                ("Harbour Committee", "REPORTED_ON", "Georgia"))),
    case("a-body-publishing-its-own-report-on-an-actor-reports-on-it",
         "The Harbour Committee published its Report on China today. Jane Roe released her "
         "report on Russia.",
         edges=(("Harbour Committee", "REPORTED_ON", "People's Republic of China"),),
         not_pairs=(("Jane Roe", "Russia"),)),
    case("a-european-resolution-cites-the-commission-s-papers",
         "European Parliament resolution of 9 May 2024 on Georgia\n\nThe European "
         "Parliament,\n– having regard to the Commission opinion on Georgia’s application for "
         "membership of the European Union,\n1. Calls on the Commission to act;",
         edges=(("European Commission", "REPORTED_ON", "Georgia"),)),
    case("a-resolutions-verb-opening-its-line-after-the-considerations-is-the-bodys",
         "Resolution on countering aggression\nThe Seimas of the Republic of Lithuania,\n"
         "stating that hostile states wage hybrid aggression against Lithuania,\nproposes "
         "that the Government of the Republic of Lithuania:\n1) takes all measures;",
         edges=(("Seimas of the Republic of Lithuania", "CALLED_ON", "Lithuania"),)),
    case("a-proposal-in-running-prose-has-no-resolving-body",
         "Resolution on countering aggression\nThe Seimas of the Republic of Lithuania,\n"
         "Jane Roe said that the minister\nproposes that the Government of the Republic of "
         "Lithuania act.",
         not_edges=(("Seimas of the Republic of Lithuania", "CALLED_ON", "Lithuania"),)),
    case("a-border-between-two-states-ties-them-to-nothing",
         "The army guarded the border between the Republic of Lithuania and the Republic of "
         "Belarus.", not_pairs=(("Lithuania", "Belarus"),)),
    case("we-of-a-report-is-the-body-its-title-names",
         "Northland: report of the Harbour Oversight Committee\n\n"
         "We were told by the Harbour Security Service that the threat was growing. The "
         "Northland Intelligence Agency briefed us on the case.",
         edges=(("Harbour Security Service", "BRIEFED", "Harbour Oversight Committee"),
                ("Northland Intelligence Agency", "BRIEFED", "Harbour Oversight Committee"))),
    case("a-witness-telling-a-committee-testifies-an-agency-briefs",
         "Omar Haddad told the Harbour Oversight Committee that the threat grew. The Harbour "
         "Security Service told the Harbour Oversight Committee that it agreed.",
         edges=(("Omar Haddad", "TESTIFIED_BEFORE", "Harbour Oversight Committee"),
                ("Harbour Security Service", "BRIEFED", "Harbour Oversight Committee")),
         not_edges=(("Omar Haddad", "BRIEFED", "Harbour Oversight Committee"),)),
    case("in-evidence-to-a-committee-is-testimony",
         "In evidence to the Harbour Oversight Committee, Omar Haddad said the threat grew. "
         "In her testimony before the Harbour Oversight Committee, Jane Roe explained the risk.",
         edges=(("Omar Haddad", "TESTIFIED_BEFORE", "Harbour Oversight Committee"),
                ("Jane Roe", "TESTIFIED_BEFORE", "Harbour Oversight Committee"))),
    case("a-body-conducting-someone-s-briefing-briefs-them",
         "Harbour Agency officials conducted Omar Haddad's briefing in May.",
         edges=(("Harbour Agency", "BRIEFED", "Omar Haddad"),)),
    case("a-briefing-given-to-the-passive-subject",
         "Jane Roe was given a briefing by the Harbour Security Service.",
         edges=(("Harbour Security Service", "BRIEFED", "Jane Roe"),),
         not_edges=(("Jane Roe", "BRIEFED", "Harbour Security Service"),)),
    case("a-briefing-offered-to-the-passive-subject",
         "Jane Roe has been offered a briefing by the Harbour Security Service on the "
         "findings.",
         edges=(("Harbour Security Service", "BRIEFED", "Jane Roe"),),
         not_edges=(("Jane Roe", "BRIEFED", "Harbour Security Service"),)),
    case("providing-a-report-to-an-inquiry-briefs-it",
         "Dominic LeBlanc said the government had provided the report to the Public "
         "Inquiry into Foreign Interference.",
         edges=(("Government of Canada", "BRIEFED",
                 "Public Inquiry into Foreign Interference"),)),
    case("sharing-an-assessment-with-a-body-briefs-it",
         "The Communications Security Establishment shared its assessment with Elections "
         "Canada in 2021.", edges=((CSE, "BRIEFED", "Elections Canada"),)),
    case("sharing-a-report-with-a-person-is-no-briefing-of-a-body",
         "Jenny Kwan shared the report with Michael Chong.", no_types=("BRIEFED",)),
    case("after-a-briefing-from-x-the-subject-was-briefed",
         "After a briefing from the Canadian Security Intelligence Service, Jenny Kwan "
         "spoke to reporters.", edges=((CSIS, "BRIEFED", "Jenny Kwan"),)),
    case("following-a-warning-from-x",
         "Following a warning from CSIS, Michael Chong changed his travel plans.",
         edges=((CSIS, "WARNED", "Michael Chong"),)),
    case("a-briefing-not-in-a-time-phrase-is-left-to-other-rules",
         "A briefing from CSIS was cited by Jenny Kwan.",
         not_edges=((CSIS, "BRIEFED", "Jenny Kwan"),)),
    case("reported-concerns-to-a-body-briefs-it", "Jenny Kwan reported the approach to CSIS.",
         edges=(("Jenny Kwan", "BRIEFED", CSIS),)),
    case("reported-on-someone-briefs-nobody",
         "The Globe and Mail reported on Zhao Wei to the public.", no_types=("BRIEFED",)),
]

MEETINGS_AND_TIES = [
    case("the-people-listed-after-the-members-of-a-body-are-its-members",
         "Police said the case was serious. The Assembly thanks the members of the Harbour "
         "Commission, Sir Nicolas Bratza, Mr Jean-Louis Bruguière and Ms Elisabet Fura, and "
         "its secretariat. The members of the Harbour Party, the Lantern Society and others met.",
         edges=(("Nicolas Bratza", "MEMBER_OF", "Harbour Commission"),
                ("Jean-Louis Bruguière", "MEMBER_OF", "Harbour Commission"),
                ("Elisabet Fura", "MEMBER_OF", "Harbour Commission")),
         not_pairs=(("Lantern Society", "Harbour Party"),)),
    case("a-rapporteur-named-with-ms-is-a-person",
         "Police said the case was serious. See Doc. 14540, report of the Committee on Rules "
         "of Procedure, rapporteur: Ms Petra De Sutter; and Doc. 14543, opinion of the "
         "Committee on Legal Affairs, rapporteur: Ms Olena Sotnyk.",
         edges=(("Petra De Sutter", "MEMBER_OF", "Committee on Rules of Procedure"),
                ("Olena Sotnyk", "MEMBER_OF", "Committee on Legal Affairs")),
         types=(("Petra De Sutter", "Person"),)),
    case("the-ones-listed-after-someone-s-affiliated-group-are-affiliated-with-them",
         "Police said the case was serious. The accounts are part of a network linked to a "
         "foreigner, Omar Haddad (\"OHD\"), and his affiliated organisations, the Harbour "
         "Foundation and the Lantern Society. Treasury sanctioned Eastport Holdings and its "
         "affiliated companies, Harbour Capital and Lantern Capital, on Monday.",
         edges=(("Omar Haddad", "AFFILIATED_WITH", "Harbour Foundation"),
                ("Omar Haddad", "AFFILIATED_WITH", "Lantern Society"),
                ("Eastport Holdings", "AFFILIATED_WITH", "Harbour Capital"),
                ("Eastport Holdings", "AFFILIATED_WITH", "Lantern Capital"))),
    case("an-affiliated-group-without-its-owner-affiliates-no-one",
         "Police said the case was serious. Omar Haddad spoke. Affiliated organisations, the "
         "Harbour Foundation and the Lantern Society, were named.",
         not_pairs=(("Omar Haddad", "Harbour Foundation"), ("Omar Haddad", "Lantern Society"))),
    case("a-joint-operation-by-two-states-authorities-is-cooperation",
         "Police arrested a man last week. His arrest was the result of a joint operation by "
         "German and British authorities.",
         edges=(("Germany", "COOPERATED_WITH", "United Kingdom"),)),
    case("two-bodies-arresting-someone-together-cooperate",
         "Police arrested two men last week. Jane Roe was arrested by the Eastport Police "
         "and the Harbour Border Agency.",
         edges=(("Eastport Police", "COOPERATED_WITH", "Harbour Border Agency"),
                ("Harbour Border Agency", "DETAINED", "Jane Roe"))),
    case("a-joint-resolution-or-a-long-list-is-no-cooperation",
         "Police arrested a man last week. The text was tabled as a joint resolution by the "
         "EPP, S&D and Renew. The joint operation of the FBI, the RCMP, MI5 and CSIS ended.",
         no_types=("COOPERATED_WITH",)),
    case("parties-of-a-coalition-named-before-it-cooperate",
         "Since 1969, Willy Brandt led an SPD-FDP coalition.",
         edges=(("Social Democratic Party of Germany", "COOPERATED_WITH",
                 "Free Democratic Party"),),
         not_edges=(("Willy Brandt", "HEADS", "Free Democratic Party"),)),
    case("parties-of-a-coalition-named-after-it-cooperate",
         "The coalition of the CDU and the FDP collapsed in 1982.",
         pairs=(("Christian Democratic Union of Germany", "Free Democratic Party"),)),
    case("one-party-s-coalition-ties-no-one",
         "Jane Roe joined the CDU-led coalition in 2005.",
         not_edges=(("Jane Roe", "MEMBER_OF", "Christian Democratic Union of Germany"),),
         no_types=("COOPERATED_WITH",)),
    case("two-demonyms-before-one-group-are-two-states",
         "Jane Roe held connections with Soviet and Iraqi agents during this period.",
         edges=(("Jane Roe", "HAD_RELATIONSHIP", "Soviet Union"),
                ("Jane Roe", "HAD_RELATIONSHIP", "Iraq"))),
    case("a-demonym-and-a-named-body-are-no-pair-of-states",
         "Jane Roe met officials of the Russian and Philippine National Police.",
         not_names=("Philippines",)),
    case("a-typographic-apostrophe-reads-as-a-plain-one",
         "Today’s listings send an important political signal of the EU’s support to Moldova "
         "in the current difficult context.",
         edges=(("European Union", "SUPPORTED", "Moldova"),)),
    case("a-reprimand-or-censure-criticises",
         "The Harbour Assembly censured Jane Roe in 2020 and reprimanded Omar Haddad.",
         edges=(("Harbour Assembly", "CRITICIZED", "Jane Roe"),
                ("Harbour Assembly", "CRITICIZED", "Omar Haddad"))),
    case("a-defendant-described-by-age-and-town-is-the-subject",
         "According to court documents, Omar Haddad, 50, of Coconut Creek, Florida, "
         "conspired with Elliott Doe to hide the payments.",
         edges=(("Omar Haddad", "COOPERATED_WITH", "Elliott Doe"),)),
    case("a-place-before-the-verb-is-no-subject",
         "In Coconut Creek, Florida, met the campaign staff of Elliott Doe.",
         no_types=("MET_WITH",)),
    case("what-a-named-trio-did-each-of-them-did",
         "The trio, named Herwig Fuchs, Ina Fuchs and Thomas Roth, are suspected of having "
         "worked for a Chinese secret service, the prosecutors said.",
         edges=(("Herwig Fuchs", "WORKS_FOR", "Chinese intelligence services"),
                ("Ina Fuchs", "WORKS_FOR", "Chinese intelligence services"),
                ("Thomas Roth", "WORKS_FOR", "Chinese intelligence services"))),
    case("conspiring-with-a-list-cut-by-semicolons-ties-each",
         "Jane Roe conspired with Omar Haddad, of Malaysia; Elliott Doe; Nick Lum Davies; "
         "and others to engage in undisclosed lobbying campaigns.",
         edges=(("Jane Roe", "COOPERATED_WITH", "Omar Haddad"),
                ("Jane Roe", "COOPERATED_WITH", "Elliott Doe"),
                ("Jane Roe", "COOPERATED_WITH", "Nick Lum Davies"))),
    case("cultivated-relationships-are-ties",
         "The Chinese Communist Party sought to cultivate relationships with Australian "
         "politicians.", edges=(("Chinese Communist Party", "HAD_RELATIONSHIP",
                                 "Australian parliamentarians (unnamed)"),)),
    case("raising-a-matter-with-someone-is-speaking-with-them",
         "Omar Haddad said he had raised the matter with Wang Yi. Ann Poe raised concerns "
         "with Li Qiang.", edges=(("Omar Haddad", "SPOKE_WITH", "Wang Yi"),
                                  ("Ann Poe", "SPOKE_WITH", "Li Qiang"))),
    case("bodies-cooperating-work-together",
         "PST has cooperated closely with the Norwegian Intelligence Service.",
         edges=(("Norwegian Police Security Service", "COOPERATED_WITH",
                 "Norwegian Intelligence Service"),)),
    case("expressing-solidarity-with-a-state-supports-it",
         "Latvia and Lithuania expressed solidarity with Estonia.",
         edges=(("Latvia", "SUPPORTED", "Estonia"), ("Lithuania", "SUPPORTED", "Estonia"))),
    case("voicing-support-for-someone-supports-them",
         "The Harbour Party voiced support for Jane Roe.",
         edges=(("Harbour Party", "SUPPORTED", "Jane Roe"),)),
    case("posing-a-threat-to-a-state-targets-it",
         "Russia and China will continue to pose the greatest intelligence threat to Norway.",
         edges=(("Russia", "TARGETED", "Norway"),
                ("People's Republic of China", "TARGETED", "Norway"))),
    case("being-the-greatest-threat-to-a-state-targets-it",
         "Russia is and will remain the greatest threat to Lithuania.",
         edges=(("Russia", "TARGETED", "Lithuania"),)),
    case("remaining-the-main-threat-to-a-state-targets-it",
         "Russia remains the main threat to Lithuania.",
         edges=(("Russia", "TARGETED", "Lithuania"),)),
    case("support-for-a-state-s-sovereignty-supports-the-state",
         "The Harbour Council welcomes the support of the United States and the European Union "
         "for Georgia's sovereignty.",
         edges=(("United States", "SUPPORTED", "Georgia"),
                ("European Union", "SUPPORTED", "Georgia"))),
    case("cooperation-between-two-bodies",
         "The minister welcomed the cooperation between Interpol and Europol.",
         edges=(("Interpol", "COOPERATED_WITH", "Europol"),),
         not_edges=(("Europol", "SUPPORTED", "Interpol"),)),
    case("talks-between-two-people",
         "The talks between Omar Haddad and Wang Yi lasted two hours.",
         edges=(("Omar Haddad", "SPOKE_WITH", "Wang Yi"),)),
    case("the-ministry-is-no-agency-named-after-it",
         "The ministry welcomed the report of Europol.", no_types=("SUPPORTED",)),
    case("the-department-is-a-department-even-unnamed-so",
         "The Department of Justice issued a report. Global Affairs Canada issued a "
         "statement. The department informed Michael Chong of the findings.",
         edges=(("Global Affairs Canada", "BRIEFED", "Michael Chong"),)),
    case("what-someone-is-called-on-to-do-is-not-done",
         "The Harbour Council calls on Jane Roe to raise the issue with Omar Haddad. Paul "
         "Smith urged Ann Poe to meet Li Qiang.",
         not_pairs=(("Harbour Council", "Omar Haddad"), ("Jane Roe", "Omar Haddad"),
                    ("Paul Smith", "Li Qiang"), ("Ann Poe", "Li Qiang"))),
    case("travelling-to-meet-someone-is-meeting-them",
         "Jane Roe travelled to Ottawa to meet Omar Haddad.",
         edges=(("Jane Roe", "MET_WITH", "Omar Haddad"),)),
    case("raising-funds-with-help-is-no-conversation",
         "Omar Haddad raised funds with Wang Yi's help.", no_types=("SPOKE_WITH",)),
    case("built-or-forged-ties-are-ties",
         "Omar Haddad built close ties with Wang Yi and forged links with the United Front "
         "Work Department.", edges=(("Omar Haddad", "HAD_RELATIONSHIP", "Wang Yi"),
                                    ("Omar Haddad", "HAD_RELATIONSHIP",
                                     "United Front Work Department"))),
    case("possessive-call-with-someone-is-a-conversation",
         "Justin Trudeau's call with Narendra Modi lasted an hour.",
         edges=(("Justin Trudeau", "SPOKE_WITH", "Narendra Modi"),)),
    case("relationship-between-two-actors",
         "Investigators examined the relationship between Han Dong and the Chinese "
         "consulate in Toronto.",
         pairs=(("Han Dong",
                 "Consulate General of the People's Republic of China in Toronto"),)),
    case("a-meeting-with-no-owner-ties-nobody", "The meeting with Wang Yi was postponed.",
         no_links=True),
    case("in-regular-contact-with-is-speaking-with",
         "Han Dong remained in close contact with Jenny Kwan throughout the campaign.",
         edges=(("Han Dong", "SPOKE_WITH", "Jenny Kwan"),)),
    case("contact-as-a-plain-noun-is-not-read-so",
         "Han Dong gave his contact details to Jenny Kwan.",
         not_edges=(("Han Dong", "SPOKE_WITH", "Jenny Kwan"),)),
    case("bodies-working-together-are-related",
         "The Communications Security Establishment and Global Affairs Canada work together "
         "on cyber threats.", pairs=((CSE, "Global Affairs Canada"),)),
    case("bodies-cooperating-closely-are-related",
         "CSIS and the RCMP cooperate closely on foreign interference.",
         pairs=((CSIS, RCMP),)),
    case("a-body-cooperating-with-another-is-related",
         "Elections Canada cooperates with the Canadian Security Intelligence Service.",
         pairs=(("Elections Canada", CSIS),)),
    case("the-government-working-with-its-agencies-says-nothing",
         "The Government of Canada will keep working with the RCMP to protect Canadians.",
         no_links=True),
    case("partners-at-a-body-are-that-body",
         "The Communications Security Establishment works closely with its partners at the "
         "Royal Canadian Mounted Police.", pairs=((CSE, RCMP),)),
    case("directive-to-a-body-ties-the-issuer-to-it",
         "Dominic LeBlanc issued a ministerial directive to the Communications Security "
         "Establishment in June.", pairs=(("Dominic LeBlanc", CSE),)),
    case("referring-a-matter-to-a-committee-ties-the-referrer",
         "Speaker Greg Fergus referred the question to the Standing Committee on Procedure "
         "and House Affairs.",
         pairs=(("Greg Fergus", "Standing Committee on Procedure and House Affairs"),)),
    case("her-husband-ties-the-spouses",
         "Linda Sun was arrested on Tuesday. Her husband, Chris Hu, was also charged.",
         pairs=(("Linda Sun", "Chris Hu"),)),
]

BILLS_MOTIONS_AND_CRITICISM = [
    case("a-law-s-title-with-a-bracketed-part-is-one-law",
         "Police said the case was serious. The Ministry of Home Affairs has issued Account "
         "Restriction Directions under the Harbour Interference (Countermeasures) Act 2021 "
         "(\u201cHICA\u201d) to Meta. Jane Roe introduced the Harbour Security Legislation "
         "Amendment (Espionage and Foreign Interference) Bill 2017 in the Senate. The Crimes "
         "(Foreign Interference) Amendment Act was passed by the Harbour Party.",
         edges=(("Jane Roe", "INTRODUCED", "Harbour Security Legislation Amendment (Espionage "
                 "and Foreign Interference) Bill 2017"),
                ("Harbour Party", "SUPPORTED", "Crimes (Foreign Interference) Amendment Act")),
         not_names=("Harbour Interference", "Harbour Security Legislation Amendment",
                    "Account Restriction Directions", "Amendment Act")),
    case("an-act-named-by-its-number-is-a-named-text",
         "Police said the case was serious. The Council of the EU met on Monday. It adopted "
         "Council Decision (CFSP) 2024/101 against Jane Roe. The Assembly recalls its "
         "Resolution 2401 (2023), its Resolution 2401 and its Recommendation 2299 (2024). "
         "Regulation (EU) 2024/77 sets up a fund; Regulation 2024/77 applies from May.",
         names=("Council Decision (CFSP) 2024/101", "Resolution 2401 (2023)",
                "Recommendation 2299 (2024)", "Regulation (EU) 2024/77"),
         not_names=("Resolution 2401", "Regulation 2024/77"),
         edges=(("Council of the European Union", "ENACTED",
                 "Council Decision (CFSP) 2024/101"),)),
    case("whom-an-adopted-resolution-urges-is-an-actor-of-its-own",
         "Police said the case was serious. The Harbour Assembly adopted a resolution urging "
         "Moldova to withdraw the Law on Lantern Agents.",
         edges=(("Resolution urging Moldova to withdraw the Law", "CALLED_ON", "Moldova"),),
         not_edges=(("Harbour Assembly", "CRITICIZED",
                     "Resolution urging Moldova to withdraw the Law"),)),
    case("a-measure-is-named-by-its-short-title",
         "Harbour Law No. 39: An Act Regulating the Activities of Foreign Agents\n"
         "https://example.org/x\n\nAn Act Regulating the Activities of Foreign Agents in "
         "Northland\n\nSection 1. Title. This Act shall be known as the \"Harbour Agents Act "
         "of 1979\".\n\nSection 2. It shall be the policy of this Act to regulate foreign "
         "agents.",
         names=("Harbour Agents Act of 1979",), not_names=("An Act",)),
    case("a-bill-s-short-title-in-curly-quotes-names-it",
         "Police said the case was serious.\n\nA BILL\nTo require the registration of foreign "
         "agents.\n\nSection 1. Short title.\nThis Act may be cited as the “Lantern "
         "Transparency Act”.\n\nSection 2. The Harbour Party opposed this Act.",
         names=("Lantern Transparency Act",)),
    case("a-resolution-cited-by-its-quoted-title-is-named-by-the-title",
         "Police said the case was serious. In 2020 the Harbour Assembly adopted a resolution "
         "on “Eastport, the case of Jane Roe”. The Lantern Assembly adopted a resolution on "
         "``Northland, the case of John Roe'' in 2021.",
         edges=(("Harbour Assembly", "ENACTED", "Eastport, the case of Jane Roe"),
                ("Lantern Assembly", "ENACTED", "Northland, the case of John Roe"))),
    case("what-a-resolution-urges-after-its-adoption-leaves-the-adoption-done",
         "Police said the case was serious. Whereas, on March 3, 2022, the Harbour Assembly "
         "adopted a resolution on ``Eastport, the case of Jane Roe'', which in part "
         "``[s]tates grave concern over the treatment of Ms Roe; urges the Eastport "
         "authorities to let Ms Roe have a fair trial'';",
         edges=(("Harbour Assembly", "ENACTED", "Eastport, the case of Jane Roe"),)),
    case("a-joint-motion-replaces-the-listed-motions-each-group-tabled",
         "Joint motion for a resolution - RC-B9-0412/2023\nhttps://www.europarl.europa.eu/x"
         "\n\nJOINT MOTION FOR A RESOLUTION on interference in Northland\n\n"
         "2023/2001(RSP)\n\nreplacing the following motions:\nB9\u20110410/2023 (Verts/ALE)\n"
         "B9\u20110411/2023 (PPE)\n\nAnna Berg, Clara Dumont\u2011Ribeiro\non behalf of the "
         "PPE Group\n\nThe European Parliament,\n- having regard to its earlier resolutions,",
         edges=(("Greens/European Free Alliance", "INTRODUCED", "B9\u20110410/2023"),
                ("European People's Party Group", "INTRODUCED", "B9\u20110411/2023"),
                ("RC-B9-0412/2023", "REPLACED", "B9\u20110410/2023"),
                ("RC-B9-0412/2023", "REPLACED", "B9\u20110411/2023"),
                ("Clara Dumont\u2011Ribeiro", "INTRODUCED", "RC-B9-0412/2023"),
                ("Clara Dumont\u2011Ribeiro", "MEMBER_OF", "European People's Party Group")),
         not_edges=(("Anna Berg", "INTRODUCED", "B9\u20110411/2023"),)),
    case("a-measure-s-title-gerund-is-no-word-of-the-body-it-names",
         "S. Res. 999 (120th Congress): Commending the Department of Justice for its work\n"
         "https://www.govinfo.gov/x\n\nRESOLUTION\nCommending the Department of Justice for "
         "its investigation into the interference by the Russian Federation.",
         edges=(("S. Res. 999", "SUPPORTED", "United States Department of Justice"),),
         not_names=("Commending the Department of Justice",)),
    case("a-law-whose-name-opens-with-its-kind-is-one-law",
         "Police said the case was serious. The Harbour Parliament passed the Law on "
         "Transparency of Foreign Influence in May. The Harbour Parliament adopted the law "
         "“on transparency of foreign influence” again. The Law for the Regulation of Foreign "
         "Agents was approved by the Eastport Assembly.",
         pairs=(("Harbour Parliament", "Law on Transparency of Foreign Influence"),
                ("Eastport Assembly", "Law for the Regulation of Foreign Agents")),
         not_names=("Law on Transparency of Foreign Influence in May",
                    "Transparency of Foreign Influence")),
    case("a-body-noting-a-states-interference-accuses-it",
         "The European Parliament met in Strasbourg. The European Parliament notes the "
         "escalation in hostile interference originating from the Russian Federation. The "
         "European Parliament recalls China's disinformation campaigns and the interference "
         "of Iran.",
         edges=(("European Parliament", "ACCUSED", "Russia"),
                ("European Parliament", "ACCUSED", "People's Republic of China"),
                ("European Parliament", "ACCUSED", "Iran"))),
    case("noting-a-states-own-efforts-or-denying-a-wrong-accuses-no-one",
         "The European Parliament met in Strasbourg. The European Parliament notes the efforts "
         "of Moldova to counter interference. The European Parliament does not recognise the "
         "interference of Belarus.",
         not_pairs=(("European Parliament", "Moldova"), ("European Parliament", "Belarus"))),
    case("a-body-concerned-by-an-attempt-a-passive-verb-criticises-its-doer",
         "The European Parliament met in Strasbourg. The European Parliament is concerned by "
         "Iran's attempts to influence elections in Albania.",
         edges=(("European Parliament", "CRITICIZED", "Iran"),),
         not_edges=(("Iran", "CRITICIZED", "European Parliament"),)),
    case("a-law-named-by-its-quoted-topic-is-one-law",
         "Police said the case was serious. Jane Roe criticised the law “on the "
         "transparency of harbour funding” adopted by the Parliament of Georgia. The law "
         "“On the Transparency of Harbour Funding” was signed in May. John Roe discussed "
         "the law “on fisheries” with Anne Lee.",
         edges=(("Parliament of Georgia", "SUPPORTED",
                 "Law on the transparency of harbour funding"),),
         not_names=("Law on fisheries",)),
    case("a-call-for-a-law-to-pass-supports-it",
         "Police said the case was serious. Jane Roe called for the Harbour Act to be "
         "passed. John Roe called for the passage of the Harbour Act. Anne Lee urged the "
         "adoption of the Harbour Act. Paul Smith called for the Harbour Act to be repealed.",
         edges=(("Jane Roe", "SUPPORTED", "Harbour Act"), ("John Roe", "SUPPORTED", "Harbour Act"),
                ("Anne Lee", "SUPPORTED", "Harbour Act")),
         not_edges=(("Paul Smith", "SUPPORTED", "Harbour Act"),)),
    case("a-law-s-own-words-in-lower-case-name-it",
         "Anti-Espionage Act\nhttps://example.org/x\n\nThe Anti-Espionage Act is a law. Jane "
         "Roe called for an anti-espionage law to be passed. The Harbour Party caucus "
         "formally proposed an anti-espionage bill.",
         edges=(("Jane Roe", "SUPPORTED", "Anti-Espionage Act"),
                ("Harbour Party", "INTRODUCED", "Anti-Espionage Act"))),
    case("an-international-assembly-s-short-name-and-its-adopted-text",
         "Harbour resolution — Parliamentary Assembly of the Council of Europe, Resolution "
         "9999 (2031)\nhttps://example.org/x\n\nResolution 9999 (2031) | Provisional version"
         "\n\nAuthor(s):\nParliamentary Assembly\nOrigin\nAssembly debate on 8 April 2031. "
         "Text adopted by the Assembly on 8 April 2031.\n1. The Parliamentary Assembly "
         "condemns the campaigns originating from Belarus.",
         edges=(("Parliamentary Assembly of the Council of Europe", "SUPPORTED",
                 "Resolution 9999 (2031)"),
                ("Parliamentary Assembly of the Council of Europe", "CRITICIZED", "Belarus")),
         not_names=("Parliamentary Assembly",)),
    case("calling-someone-to-act-is-a-call-on-them-not-a-phone-call",
         "Police said the case was serious. The Harbour Parliament adopted the resolution on "
         "Georgia, calling the Georgian government to withdraw the law.",
         edges=(("Harbour Parliament", "CALLED_ON", "Georgia"),),
         not_edges=(("Harbour Parliament", "SPOKE_WITH", "Georgia"),)),
    case("deploring-the-conduct-of-a-state-criticises-it",
         "Police said the case was serious. The Eastport Council deplored the conduct of the "
         "Russian government. The Eastport Council condemned the activities of Iran.",
         edges=(("Eastport Council", "CRITICIZED", "Russia"),
                ("Eastport Council", "CRITICIZED", "Iran"))),
    case("a-body-concerned-about-a-state-or-its-acts-criticises-it",
         "The European Parliament met in Strasbourg. The European Parliament is deeply "
         "concerned by the actions of Belarus. The European Parliament is also worried about "
         "Iran. The European Parliament is concerned about the fact that Russia has used "
         "these tools.",
         edges=(("European Parliament", "CRITICIZED", "Belarus"),
                ("European Parliament", "CRITICIZED", "Iran"),
                ("European Parliament", "CRITICIZED", "Russia"))),
    case("concern-at-a-threat-posed-by-a-state-criticises-it",
         "The European Parliament met in Strasbourg. The European Parliament is deeply "
         "concerned by the growing threat posed by Russia.",
         edges=(("European Parliament", "CRITICIZED", "Russia"),)),
    case("concern-a-numbered-paragraph-opens-criticises-the-threats-doer",
         "Report of the Committee on Political Affairs of the Parliamentary Assembly.\n\n1. "
         "The Parliamentary Assembly is deeply concerned by the growing, multi-faceted threat "
         "posed by Russia to Europe's security and stability.",
         edges=(("Parliamentary Assembly", "CRITICIZED", "Russia"),)),
    case("answering-malicious-remarks-made-by-someone-criticizes-them",
         "The Harbour Council responded to the malicious remarks made today by the Lantern "
         "Office against Northland's candidates.",
         edges=(("Harbour Council", "CRITICIZED", "Lantern Office"),)),
    case("answering-remarks-no-word-disparages-criticizes-no-one",
         "The Harbour Council responded to the remarks made today by the Lantern Office.",
         not_edges=(("Harbour Council", "CRITICIZED", "Lantern Office"),)),
    case("concern-for-someone-or-what-is-done-to-them-criticises-no-one",
         "The European Parliament met in Strasbourg. The European Parliament is concerned "
         "about the fate of Jane Roe in Belarus. The European Parliament is worried about "
         "Mark Stone.",
         not_pairs=(("European Parliament", "Jane Roe"), ("European Parliament", "Belarus"),
                    ("European Parliament", "Mark Stone"))),
    case("remarks-against-someone-criticize-them",
         "China's remarks against Jane Roe were malicious.",
         edges=(("People's Republic of China", "CRITICIZED", "Jane Roe"),),
         no_types=("TARGETED",)),
    case("adopting-a-resolution-condemning-someone-criticizes-them",
         "The European Parliament adopted a resolution condemning Russia.",
         edges=(("European Parliament", "CRITICIZED", "Russia"),
                ("European Parliament", "ENACTED", "Resolution condemning Russia"),
                ("Resolution condemning Russia", "CRITICIZED", "Russia"))),
    case("adopting-a-resolution-on-a-country-criticizes-no-one",
         "The European Parliament adopted a resolution on strengthening Moldova's resilience.",
         no_types=("CRITICIZED",)),
    case("opposing-someone-or-their-regime-criticizes-them",
         "The Harbour Alliance opposes Putin's regime. Jane Roe opposed Paul Smith's "
         "nomination. Omar Haddad did not oppose Russia.",
         edges=(("Harbour Alliance", "CRITICIZED", "Vladimir Putin"),
                ("Jane Roe", "CRITICIZED", "Paul Smith")),
         not_pairs=(("Omar Haddad", "Russia"),)),
    case("a-resolution-described-in-running-text-is-adopted",
         "European Parliament press release\n\nMEPs adopted on Thursday a resolution firmly "
         "denouncing such efforts. The European Parliament adopted by 508 votes to 53, with "
         "104 abstentions, a resolution on strengthening Moldova’s resilience against Russian "
         "interference ahead of the elections.",
         edges=(("European Parliament", "ENACTED", "Resolution firmly denouncing such efforts"),
                ("European Parliament", "ENACTED", "Resolution on strengthening Moldova’s "
                 "resilience against Russian interference"))),
    case("the-text-adopted-was-tabled-by-the-groups-named-after-as",
         "The European Parliament adopted a resolution on the harassment of journalists in "
         "Georgia. The text adopted on Thursday had been tabled as a common motion by the EPP "
         "and Renew.",
         edges=(("European People's Party Group", "INTRODUCED",
                 "Resolution on the harassment of journalists"),
                ("Renew Europe", "INTRODUCED", "Resolution on the harassment of journalists"))),
    case("support-called-for-is-not-given",
         "The European Parliament called for EU support for Georgia. Jane Roe urged "
         "Canada's support for the Harbour Alliance.",
         not_edges=(("European Union", "SUPPORTED", "Georgia"),
                    ("Canada", "SUPPORTED", "Harbour Alliance"))),
    case("more-support-called-for-is-support-given-already",
         "The European Parliament called for increased EU support for Georgia.",
         edges=(("European Union", "SUPPORTED", "Georgia"),)),
    case("a-resolution-only-cited-is-no-bill",
         "Jane Roe recalled a resolution on Moldova from 2022.",
         no_types=("SUPPORTED",)),
    case("recommending-that-someone-act-calls-on-them",
         "The Harbour Oversight Committee recommends that the Harbour Security Service "
         "publish its assessment. Jane Roe demanded that Russia withdraw its diplomats.",
         edges=(("Harbour Oversight Committee", "CALLED_ON", "Harbour Security Service"),
                ("Jane Roe", "CALLED_ON", "Russia"))),
    case("suggesting-what-someone-did-calls-on-no-one",
         "The Harbour Oversight Committee suggested that the Harbour Security Service had "
         "failed.", no_types=("CALLED_ON",)),
    case("leaders-government",
         "Michael Chong criticized the Trudeau government and the Modi government.",
         edges=(("Michael Chong", "CRITICIZED", "Government of Canada"),
                ("Michael Chong", "CRITICIZED", "India"))),
    case("a-house-that-passes-a-bill-supports-it", "The Senate passed Bill C-70 in June 2024.",
         edges=(("Senate of Canada", "SUPPORTED", "Bill C-70"),)),
    case("passing-information-is-no-vote",
         "The RCMP passed information to the Senate in June 2024.", no_types=("SUPPORTED",)),
    case("opening-participle-with-agent-acts-on-the-main-subject",
         "Tabled by Minister Dominic LeBlanc in May, Bill C-70 received Royal Assent in June.",
         edges=(("Dominic LeBlanc", "INTRODUCED", "Bill C-70"),)),
    case("the-bill-is-the-last-bill-named",
         "Bill C-70 was long awaited. Sponsored by Minister Dominic LeBlanc, the bill moved "
         "quickly.", pairs=(("Dominic LeBlanc", "Bill C-70"),)),
    case("coordinated-agents-both-act",
         "Bill C-70 was passed by the House of Commons and by the Senate of Canada in 2024.",
         pairs=(("House of Commons", "Bill C-70"), ("Senate of Canada", "Bill C-70"))),
    case("motion-calling-on-a-person-to-resign-is-a-rebuke",
         "The Senate of Canada adopted a motion from the Conservative Party of Canada "
         "calling on Ambassador Cong Peiwu to apologize.",
         edges=(("Senate of Canada", "CRITICIZED", "Cong Peiwu"),
                ("Conservative Party of Canada", "CRITICIZED", "Cong Peiwu"))),
    case("motion-asking-a-body-to-act-relates-them",
         "The House of Commons voted in favour of a New Democratic Party motion asking the "
         "National Security and Intelligence Review Agency to examine the leaks.",
         pairs=(("House of Commons", "National Security and Intelligence Review Agency"),)),
    case("a-motion-that-calls-on-nobody-relates-nobody",
         "The House of Commons adopted a motion calling for a public inquiry.",
         no_types=("CRITICIZED", "RELATED_TO")),
]

INTERFERENCE_AND_INVESTIGATIONS = [
    case("an-inquiry-into-a-states-interference-investigates-the-state",
         "Police said the case was serious. The Senate commended the Department of Justice for "
         "its investigation into the interference by the Russian Federation. The FBI opened an "
         "inquiry into Chinese interference. Police opened an investigation into interference "
         "in Northland.",
         edges=(("United States Department of Justice", "INVESTIGATED", "Russia"),
                ("Federal Bureau of Investigation", "INVESTIGATED",
                 "People's Republic of China")),
         not_pairs=(("Police (unnamed)", "Northland"),)),
    case("the-one-an-inquiry-names-or-is-about-is-investigated-not-targeted",
         "Police said the case was serious. John Roe was named in an FBI investigation in the "
         "case of bribery. Jane Roe was the subject of an FBI investigation.",
         edges=(("Federal Bureau of Investigation", "INVESTIGATED", "John Roe"),
                ("Federal Bureau of Investigation", "INVESTIGATED", "Jane Roe")),
         not_edges=(("Federal Bureau of Investigation", "TARGETED", "Jane Roe"),)),
    case("interfering-in-someones-favour-supports-them",
         "Police said the case was serious. FBI experts warned that Russia was interfering in "
         "the 2020 presidential election in then-President Jane Roe's favor. China meddled in "
         "the election in favour of John Roe.",
         edges=(("Russia", "SUPPORTED", "Jane Roe"),
                ("People's Republic of China", "SUPPORTED", "John Roe"),
                ("Federal Bureau of Investigation", "ACCUSED", "Russia"))),
    case("not-acting-in-someones-favour-supports-no-one",
         "Police said the case was serious. The Harbour Party did not campaign in favour of "
         "Anne Lee. Chinese experts said that Northland was meddling in the election.",
         not_pairs=(("Harbour Party", "Anne Lee"),),
         not_edges=(("People's Republic of China", "ACCUSED", "Northland"),)),
    case("a-states-measure-that-represents-interference-is-the-states-interference",
         "Police said the case was serious. The latest US Government measure represents "
         "blatant interference in the People's Republic of China's internal affairs. Beijing's "
         "decision constitutes interference in the affairs of Lithuania.",
         edges=(("United States", "INTERFERED_IN", "People's Republic of China"),
                ("People's Republic of China", "INTERFERED_IN", "Lithuania"))),
    case("a-statement-that-represents-interference-names-no-doer",
         "Police said the case was serious. The statement represents interference in the "
         "affairs of Lithuania, Jane Roe said.",
         not_pairs=(("Jane Roe", "Lithuania"),)),
    case("the-judge-of-an-act-called-interference-is-not-its-doer",
         "Police said the case was serious. The meeting was deemed a blatant interference in "
         "Pakistan by the Eastport Council.",
         not_pairs=(("Eastport Council", "Pakistan"),),
         no_types=("INTERFERED_IN",)),
    case("an-outlet-reporting-what-sources-said-of-someone-reports-on-them",
         "Police said the case was serious. Jane Roe was jailed on Friday. The Harbour Times "
         "reports that prosecutors said she received around 40,000 pounds.",
         edges=(("Harbour Times", "REPORTED_ON", "Jane Roe"),)),
    case("an-owned-arena-s-conjunct-is-no-group-of-its-own",
         "Police said the case was serious. Iran and Russia have targeted the United States' "
         "election processes and institutions.",
         edges=(("Iran", "TARGETED", "United States"),),
         not_names=("Institutions (unnamed)",)),
    case("a-finding-s-maker-claims-what-its-that-clause-says",
         "Police said the case was serious. The finding of the Harbour Committee that Russia "
         "interfered in the Moldovan election was clear.",
         edges=(("Harbour Committee", "ACCUSED", "Russia"),)),
    case("where-an-act-originates-is-who-does-it",
         "Police said the case was serious. The European Parliament condemns the campaigns "
         "originating from Belarus.",
         edges=(("European Parliament", "CRITICIZED", "Belarus"),)),
    case("a-person-undermining-a-country-s-values-is-its-politics",
         "Police said the case was serious. President Mark Stone undermined the values of "
         "the United States. Russia sought to undermine the values of the United States.",
         edges=(("Russia", "INTERFERED_IN", "United States"),),
         not_edges=(("Mark Stone", "INTERFERED_IN", "United States"),)),
    case("in-particular-names-an-example-of-the-object",
         "Police said the case was serious. Russia continues its efforts to destabilise the "
         "EU and its neighbourhood, in particular Moldova.",
         edges=(("Russia", "INTERFERED_IN", "Moldova"),)),
    case("a-story-s-writer-and-its-outlet-reported-on-what-it-mentions",
         "APT77 was first mentioned in a 2015 article by Jane Roe in The New York Times.",
         edges=(("Jane Roe", "REPORTED_ON", "APT77"),
                ("The New York Times", "REPORTED_ON", "APT77"))),
    case("a-report-by-a-research-body-that-describes-an-actor",
         "A 2019 report by the Lantern Institute described APT77.",
         edges=(("Lantern Institute", "REPORTED_ON", "APT77"),)),
    case("a-report-issued-by-a-body-that-describes-an-actor",
         "The January 2017 report issued by the Lantern Institute described APT77 as a "
         "troll farm.",
         edges=(("Lantern Institute", "REPORTED_ON", "APT77"),)),
    case("mentioned-by-someone-in-a-speech-is-no-coverage",
         "Jane Roe was mentioned by Mark Stone in his speech.",
         not_pairs=(("Mark Stone", "Jane Roe"),)),
    case("the-agency-is-the-body-named-an-agency-not-the-last-state-agency",
         "The Lantern Research Agency is a company in Saint Petersburg. Russian intelligence "
         "services funded it. The agency employed fake accounts to target the United States.",
         edges=(("Lantern Research Agency", "TARGETED", "United States"),),
         not_pairs=(("Russian intelligence services", "United States"),)),
    case("intervention-in-the-affairs-of-states-interferes-in-each",
         "The People's Republic of China's intervention in the affairs of Hong Kong SAR and "
         "Taiwan grew.", edges=(("People's Republic of China", "INTERFERED_IN", "Taiwan"),)),
    case("intervention-in-other-states-affairs-is-none-in-the-text-s-own-country",
         "In November 2019, Wang Liqiang sought asylum in Australia, claiming to be a spy who "
         "was involved in the PRC's intervention in the affairs of Taiwan. The Australian "
         "Security Intelligence Organisation is reviewing his claims.",
         not_edges=(("People's Republic of China", "INTERFERED_IN", "Australia"),)),
    case("a-military-intervention-is-no-interference",
         "NATO's military intervention in Libya began in 2011.", no_types=("INTERFERED_IN",)),
    case("a-protest-over-a-state-s-actions-criticizes-the-state",
         "The Ministry of Foreign Affairs of Ukraine expresses its resolute protest over the "
         "unlawful actions by Russia in Donbas.",
         edges=(("Ministry of Foreign Affairs of Ukraine", "CRITICIZED", "Russia"),)),
    case("they-after-a-counted-group-is-the-group",
         "Two young British men are awaiting sentencing after they were recruited by the "
         "Wagner Group to carry out an arson.",
         edges=(("Two young British men (unnamed)", "ACTED_FOR", "Wagner Group"),)),
    case("a-gerund-after-a-name-is-that-name-s-doing",
         "Jane Roe is an opponent of Ukraine joining the European Union.",
         not_edges=(("Jane Roe", "MEMBER_OF", "European Union"),)),
    case("a-state-continuing-its-interference-interferes",
         "Russia continued its interference in Moldova.",
         edges=(("Russia", "INTERFERED_IN", "Moldova"),)),
    case("condemning-a-state-for-its-interference-gives-the-interference-to-no-guess",
         "Canada condemned Russia for its interference in Moldova.",
         not_edges=(("Canada", "INTERFERED_IN", "Moldova"),)),
    case("an-event-word-before-work-in-a-place-is-done-by-the-work-s-owner",
         "The council stated that the CCP has increased its united front infiltration and "
         "polarization work in Taiwan.",
         edges=(("Chinese Communist Party", "INTERFERED_IN", "Taiwan"),)),
    case("infamous-for-its-meddling-is-the-subject-s-meddling",
         "The CCP is infamous around the world for its meddling in Taiwan.",
         edges=(("Chinese Communist Party", "INTERFERED_IN", "Taiwan"),)),
    case("a-demonym-before-meddling-is-the-state",
         "Russian meddling activities in Moldova grew in 2023.",
         edges=(("Russia", "INTERFERED_IN", "Moldova"),)),
    case("the-infiltration-of-a-state-is-undergone-by-it",
         "China's infiltration of Taiwan is growing.",
         edges=(("People's Republic of China", "INTERFERED_IN", "Taiwan"),),
         not_edges=(("Taiwan", "INTERFERED_IN", "People's Republic of China"),)),
    case("it-in-a-clause-on-a-body-s-event-is-the-body",
         "The CCP held a press conference today, during which it groundlessly blamed Taiwan "
         "for hindering exchanges.",
         edges=(("Chinese Communist Party", "ACCUSED", "Taiwan"),)),
    case("interference-originating-from-a-state-is-its-doing",
         "Speaking at Westminster, the Home Secretary said MI5 had warned about hostile "
         "interference originating from the Russian Federation.",
         pairs=(("Russia", "United Kingdom"),)),
    case("interference-coming-from-a-place-in-no-one-s-name-links-nothing",
         "Jane Roe warned about interference coming from abroad.", no_types=("INTERFERED_IN",)),
    case("suspecting-someone-of-an-act-accuses-them",
         "The Harbour Times suspected the United States of having organized the wiretaps.",
         edges=(("Harbour Times", "ACCUSED", "United States"),)),
    case("suspecting-that-something-happened-accuses-no-one",
         "Jane Roe suspects that Omar Haddad knew Paul Smith.", no_types=("ACCUSED",)),
    case("a-person-before-and-and-another-s-title-is-also-reported-on",
         "Jane Roe led the Harbour Party. Roe resigned in May. On 17 May, Der Spiegel "
         "reported that in 2017, Roe and Harbour Party member Omar Haddad had been offered "
         "support by a woman.",
         pairs=(("Der Spiegel", "Jane Roe"), ("Der Spiegel", "Omar Haddad"))),
    case("one-tasked-by-a-foreign-body-to-act-acts-for-it-and-does-the-act",
         "Prosecutors allege Jane Roe was tasked by the Ministry of State Security to "
         "gather information about Omar Haddad.",
         edges=(("Jane Roe", "ACTED_FOR", "Ministry of State Security"),
                ("Jane Roe", "TARGETED", "Omar Haddad")),
         not_pairs=(("Ministry of State Security", "Omar Haddad"),)),
    case("one-tasked-by-a-foreign-body-named-of-its-country-acts-for-it",
         "The AFP will allege the woman, Jane Roe, who is a resident, was tasked by a Public "
         "Security Bureau of China to gather information about Omar Haddad.",
         edges=(("Jane Roe", "ACTED_FOR", "Public Security Bureau of China"),)),
    case("one-who-reported-someone-and-was-praised-is-the-one-praised",
         "Omar Haddad reported Jane Roe to the FBI and was praised by Paul Smith.",
         edges=(("Paul Smith", "SUPPORTED", "Omar Haddad"),),
         not_pairs=(("Paul Smith", "Jane Roe"),)),
    case("one-tasked-by-a-home-body-acts-for-no-foreign-state",
         "Jane Roe was tasked by the RCMP to review the files.", no_types=("ACTED_FOR",)),
    case("holding-hearings-on-interference-investigates-who-interferes",
         "The Harbour Committee held hearings on Chinese interference in 2023.",
         edges=(("Harbour Committee", "INVESTIGATED", "People's Republic of China"),),
         no_types=("INTERFERED_IN",)),
    case("a-hearing-with-a-witness-investigates-no-one",
         "The Harbour Committee held a hearing with Jane Roe, the director of CSIS.",
         no_types=("INVESTIGATED",)),
    case("plural-investigations-and-inquiries-investigate",
         "The RCMP is conducting investigations into Jane Roe. The Harbour Committee launched "
         "inquiries into Russian interference.",
         edges=(("Royal Canadian Mounted Police", "INVESTIGATED", "Jane Roe"),
                ("Harbour Committee", "INVESTIGATED", "Russia")),
         no_types=("INTERFERED_IN",)),
    case("a-body-that-discovers-what-someone-did-investigated-them",
         "In 1974, West German authorities discovered that Paul Braun was spying for the East "
         "German government. The FBI uncovered that Jane Roe had worked for the MSS.",
         edges=(("West Germany", "INVESTIGATED", "Paul Braun"),
                ("Federal Bureau of Investigation", "INVESTIGATED", "Jane Roe"))),
    case("a-person-who-discovers-or-a-discovery-denied-investigates-no-one",
         "Jane Roe discovered that Paul Braun was a spy. The FBI never discovered that Omar "
         "Haddad had worked for the MSS.", no_types=("INVESTIGATED",)),
    case("interference-cases-including-states-are-where-it-happened",
         "Citing suspected Russian interference cases across Europe, including Bulgaria and "
         "Slovakia, the Harbour Committee asked for a review.",
         edges=(("Russia", "INTERFERED_IN", "Bulgaria"), ("Russia", "INTERFERED_IN", "Slovakia")),
         not_edges=(("Bulgaria", "INTERFERED_IN", "Slovakia"),)),
    case("interference-as-object-of-a-light-verb",
         "Iran and Pakistan also engage in foreign interference in Canada.",
         edges=(("Iran", "INTERFERED_IN", "Canada"), ("Pakistan", "INTERFERED_IN", "Canada"))),
    case("interference-in-a-foreign-arena-is-not-canadas",
         "The embassy denied that China interfered in Australian politics.",
         not_edges=((PRC, "INTERFERED_IN", "Canada"),)),
    case("interference-in-the-elections-held-in-a-state-is-in-that-state",
         "Russia interfered in the 2024 elections in Moldova. Paul Braun collected "
         "information about Estonia's defence plans.",
         edges=(("Russia", "INTERFERED_IN", "Moldova"), ("Paul Braun", "TARGETED", "Estonia"))),
    case("the-arena-one-phrase-below-what-is-undermined",
         "Russia sought to undermine confidence in Canada's democratic institutions.",
         edges=(("Russia", "INTERFERED_IN", "Canada"),)),
    case("trust-in-politics-in-a-state-is-that-states-arena",
         "Russia sought to undermine trust in politics in the United Kingdom.",
         edges=(("Russia", "INTERFERED_IN", "United Kingdom"),)),
    case("trust-in-a-body-that-is-no-arena-is-no-interference",
         "Russia sought to undermine trust in the banks of the United Kingdom.",
         no_types=("INTERFERED_IN",)),
    case("the-holder-of-an-aim-does-what-it-is-to-do",
         "The aim of Russia is to undermine the elections of Moldova.",
         edges=(("Russia", "INTERFERED_IN", "Moldova"),)),
    case("an-aim-whose-holder-is-its-own-verb-subject-seems",
         "Russia's main objective seems to be to discredit Omar Haddad.",
         edges=(("Russia", "TARGETED", "Omar Haddad"),)),
    case("an-aim-that-is-only-described-links-nothing",
         "Russia's aim is clear, said Omar Haddad.", no_types=("TARGETED", "INTERFERED_IN")),
    case("interfering-in-talks-held-in-a-city-targets-no-state",
         "Russia interfered in the talks in Geneva.", no_types=("INTERFERED_IN",)),
    case("interference-with-no-arena-is-still-canadas",
         "CSIS said that China interfered in the 2021 election.",
         edges=((PRC, "INTERFERED_IN", "Canada"),)),
    case("a-countrys-own-service-gathering-information-investigates",
         "Ottawa, May 3, 2024 - CSIS collected information on Jane Roe. The Ministry of State "
         "Security collected information on Michael Chong.",
         edges=(("Canadian Security Intelligence Service", "INVESTIGATED", "Jane Roe"),
                ("Ministry of State Security", "TARGETED", "Michael Chong")),
         not_edges=(("Canadian Security Intelligence Service", "TARGETED", "Jane Roe"),)),
    case("a-title-case-dateline-is-no-actor",
         "Washington, May 3, 2024 - The FBI arrested Jane Roe, the Justice Department said.",
         edges=(("Federal Bureau of Investigation", "DETAINED", "Jane Roe"),),
         not_pairs=(("United States Department of Justice", "United States"),)),
    case("a-body-set-up-to-investigate-investigates",
         "The Harbour Commission was an Italian parliamentary commission set up in 2002 to "
         "investigate the Wagner Group.",
         edges=(("Harbour Commission", "INVESTIGATED", "Wagner Group"),),
         not_edges=(("Italy", "INVESTIGATED", "Wagner Group"),)),
    case("who-sets-a-body-up-is-not-its-investigator",
         "A task force established by Jane Roe to investigate the Wagner Group met today.",
         not_edges=(("Jane Roe", "INVESTIGATED", "Wagner Group"),)),
    case("a-body-beginning-its-study-investigates",
         "The Harbour Committee began its study of Russian interference.",
         edges=(("Harbour Committee", "INVESTIGATED", "Russia"),)),
    case("a-writer-s-study-is-no-investigation",
         "Jane Roe published her study of Russian media.", no_types=("INVESTIGATED",)),
    case("reviewing-papers-by-an-agency-does-not-investigate-it",
         "NSIRA reviewed the intelligence reports prepared by the Canadian Security "
         "Intelligence Service.", no_types=("INVESTIGATED",)),
    case("papers-requested-from-bodies-link-the-asker-to-each",
         "The Harbour Committee requested material from the Canadian Security Intelligence "
         "Service (CSIS), the Royal Canadian Mounted Police (RCMP) and the Privy Council "
         "Office (PCO).",
         edges=(("Harbour Committee", "RELATED_TO", "Canadian Security Intelligence Service"),
                ("Harbour Committee", "RELATED_TO", "Royal Canadian Mounted Police"),
                ("Harbour Committee", "RELATED_TO", "Privy Council Office")),
         no_types=("TARGETED",)),
    case("a-law-proposed-is-a-bill-its-proposer-introduces",
         "The Georgian Dream party said it would propose an ‘agents of foreign influence "
         "act’ again. The Northwind Party proposed the Transparency of Foreign Influence Act "
         "in 2024.",
         edges=(("Northwind Party", "INTRODUCED", "Transparency of Foreign Influence Act"),
                ("Georgian Dream", "INTRODUCED", "agents of foreign influence act"))),
    case("a-law-only-cited-is-no-actor",
         "Jane Roe was charged under the Harbour Security Act in 2024.",
         not_names=("Harbour Security Act",)),
    case("searching-someone-s-home-investigates-them",
         "The Royal Canadian Mounted Police searched Jane Roe's home in Toronto.",
         edges=(("Royal Canadian Mounted Police", "INVESTIGATED", "Jane Roe"),)),
    case("a-body-s-support-for-a-state-supports-it",
         "The listings signal the EU's support to Moldova. The motion calls for increased "
         "Canada's support for Ukraine.",
         edges=(("European Union", "SUPPORTED", "Moldova"), ("Canada", "SUPPORTED", "Ukraine"))),
    case("support-of-a-body-without-an-owner-is-its-own",
         "The Harbour Bill has the support of the Northwind Foundation. Support for Russia grew "
         "in Moldova.", no_types=("SUPPORTED",)),
    case("money-received-from-someone-is-their-funding",
         "Jane Roe and Paul Smith received millions of dollars from the Northwind Foundation. "
         "Ann Poe received a letter from the Harbour Institute.",
         edges=(("Northwind Foundation", "FUNDED", "Jane Roe"),
                ("Northwind Foundation", "FUNDED", "Paul Smith")),
         not_edges=(("Harbour Institute", "FUNDED", "Ann Poe"),)),
    case("acting-at-a-foreign-principal-s-request-acts-for-it",
         "The indictment alleges that Jane Roe engaged in political activities at the "
         "request of PRC officials. Omar Haddad acted on the orders of the FSB.",
         edges=(("Jane Roe", "ACTED_FOR", "People's Republic of China"),
                ("Omar Haddad", "ACTED_FOR", "Federal Security Service"))),
    case("acting-on-the-instructions-of-a-foreign-service-s-officer-acts-for-the-service",
         "Oleg Varnov acted on the instructions of an officer of the Russian Federal Security "
         "Service.", edges=(("Oleg Varnov", "ACTED_FOR", "Federal Security Service"),)),
    case("acting-on-the-instructions-of-a-friend-makes-no-agent",
         "Oleg Varnov acted on the instructions of a friend of the minister.",
         no_types=("ACTED_FOR",)),
    case("someone-s-activities-on-behalf-of-a-service-are-acts-for-it",
         "The charge relates to his alleged activities on behalf of the Iranian Ministry of "
         "Intelligence. Peter Holloway denies it. Jane Roe's activities on behalf of the "
         "Ministry of State Security lasted years.",
         edges=(("Jane Roe", "ACTED_FOR", "Ministry of State Security"),)),
    case("an-amount-in-euros-given-to-a-party-funds-it",
         "Oleg Varnov transferred more than two million euros to the Northland Unity Party.",
         edges=(("Oleg Varnov", "FUNDED", "Northland Unity Party"),)),
    case("acting-under-a-foreign-principal-s-control-acts-for-it",
         "Jane Roe, allegedly acting at the direction and under the control of PRC government "
         "officials, conducted surveillance of dissidents.",
         edges=(("Jane Roe", "ACTED_FOR", "People's Republic of China"),)),
    case("spying-on-behalf-of-a-state-targets-no-one-there",
         "Anna Berg committed to spying on behalf of the Soviet Union in 1947.",
         edges=(("Anna Berg", "ACTED_FOR", "Soviet Union"),),
         not_edges=(("Anna Berg", "TARGETED", "Soviet Union"),)),
    case("spying-on-the-orders-of-a-service-targets-no-one-there",
         "Anna Berg spied on the orders of the KGB.",
         not_edges=(("Anna Berg", "TARGETED", "KGB"),)),
    case("a-complaint-unsealed-in-a-court-charging-someone-is-the-court-s-charge",
         "An indictment was unsealed today in the Southern District of New York charging Jane "
         "Roe with acting as an agent of China.",
         edges=(("United States District Court for the Southern District of New York",
                 "CHARGED", "Jane Roe"),)),
    case("counted-defendants-are-one-group-and-the-defendants-are-all-of-them",
         "A complaint was unsealed today charging eight defendants with stalking. Six "
         "defendants also face other charges. The defendants, acting at the direction of PRC "
         "government officials, harassed residents of the United States.",
         edges=(("Eight defendants (unnamed)", "ACTED_FOR", "People's Republic of China"),),
         not_pairs=(("Six defendants (unnamed)", "People's Republic of China"),)),
    case("acting-as-directed-by-a-foreign-principal-acts-for-it",
         "As covertly directed by ROK government officials, Jane Roe publicly advocated "
         "their positions.", edges=(("Jane Roe", "ACTED_FOR", "South Korea"),)),
    case("acting-as-directed-by-ones-own-police-makes-no-agent",
         "Ottawa, October 4, 2024\n\nAs directed by the RCMP, Jane Roe met Omar Haddad.",
         no_types=("ACTED_FOR",)),
    case("a-company-based-in-a-states-capital-is-not-the-state",
         "Jane Roe runs a Moscow-based company. The Moscow-based company paid Omar Haddad, "
         "and a Moscow-based bank lent him money.", not_names=("Russia",)),
    case("bodies-preparing-one-assessment-together-cooperate",
         "This yearly review of threats was drawn up and prepared by the Harbour Security "
         "Department and the Coastal Intelligence and Security Service.",
         edges=(("Harbour Security Department", "COOPERATED_WITH",
                 "Coastal Intelligence and Security Service"),)),
    case("states-doing-the-same-thing-do-not-thereby-cooperate",
         "China and Russia published propaganda about Jane Roe.",
         no_types=("COOPERATED_WITH",)),
    case("an-inquiry-into-someone-s-activities-investigates-them",
         "Harbour Security Service investigations of the activities of Jane Roe found a "
         "network. The FBI's probe into John Roe's dealings continued.",
         edges=(("Harbour Security Service", "INVESTIGATED", "Jane Roe"),
                ("Federal Bureau of Investigation", "INVESTIGATED", "John Roe"))),
    case("arrests-and-expulsions-in-the-plural-are-still-acts",
         "The arrests of Jane Roe and John Roe by the FBI surprised Mark Stone. Norway's "
         "expulsions of Jane Roe and John Roe followed.",
         edges=(("Federal Bureau of Investigation", "DETAINED", "Jane Roe"),
                ("Federal Bureau of Investigation", "DETAINED", "John Roe"),
                ("Norway", "EXPELLED", "John Roe"))),
    case("the-activities-of-a-state-looked-into-are-no-act-of-the-looker",
         "The report on the activities of Russia in Lisbon was published.",
         no_types=("INVESTIGATED",)),
    case("who-carried-out-an-act-named-as-a-noun-did-it",
         "Interference in Moldova, orchestrated by Moscow, was exposed. The sanctions on "
         "Jane Roe, imposed by the EU in May, were lifted.",
         edges=(("Russia", "INTERFERED_IN", "Moldova"),
                ("European Union", "SANCTIONED", "Jane Roe"))),
    case("who-reported-an-act-named-as-a-noun-did-not-do-it",
         "The interference in Moldova, reported by Jane Roe, was serious.",
         not_pairs=(("Jane Roe", "Moldova"),)),
    case("those-listed-after-a-legal-basis-are-the-ones-sanctioned",
         "China imposed sanctions on seven people according to the Harbour Sanctions Law, "
         "including Jane Roe, John Roe and Mark Stone.",
         edges=(("People's Republic of China", "SANCTIONED", "Jane Roe"),
                ("People's Republic of China", "SANCTIONED", "Mark Stone"))),
    case("research-groups-finding-out-together-cooperate",
         "In a joint study, the Harbour Research Lab and the Lantern Institute found that the "
         "accounts were run from abroad.",
         edges=(("Harbour Research Lab", "COOPERATED_WITH", "Lantern Institute"),)),
    case("services-able-to-stop-a-plot-together-cooperate",
         "The Harbour Security Service and the Lantern Police were able to detect and stop "
         "the plot in time.",
         edges=(("Harbour Security Service", "COOPERATED_WITH", "Lantern Police"),)),
    case("bodies-monitoring-a-campaign-together-cooperate",
         "Since May, the Lantern Institute and the Harbour Research Lab have been monitoring "
         "the campaign.",
         edges=(("Lantern Institute", "COOPERATED_WITH", "Harbour Research Lab"),)),
    case("states-finding-the-same-thing-do-not-thereby-cooperate",
         "China and Russia found that Jane Roe had lied.", no_types=("COOPERATED_WITH",)),
    case("people-identified-together-do-not-thereby-cooperate",
         "Jane Roe and John Roe identified the Lantern Institute as a front.",
         no_types=("COOPERATED_WITH",)),
    case("bodies-found-by-another-do-not-thereby-cooperate",
         "The Harbour Research Lab and the Lantern Institute were identified by APT77 as "
         "targets.", not_pairs=(("Harbour Research Lab", "Lantern Institute"),)),
    case("a-request-of-one-s-own-agency-makes-no-agent-and-no-target",
         "Ottawa, October 4, 2024\n\nAt the request of CSIS, the RCMP investigated Jane Roe.",
         edges=(("Royal Canadian Mounted Police", "INVESTIGATED", "Jane Roe"),),
         no_types=("ACTED_FOR",),
         not_pairs=(("Royal Canadian Mounted Police", "Canadian Security Intelligence Service"),)),
    case("one-accused-of-financing-finances-not-the-accuser",
         "Jane Roe was accused by Paul Smith of financing the Northwind Foundation. Ann Poe is "
         "suspected of financing the Harbour Institute.",
         edges=(("Jane Roe", "FUNDED", "Northwind Foundation"),
                ("Ann Poe", "FUNDED", "Harbour Institute")),
         not_edges=(("Paul Smith", "FUNDED", "Northwind Foundation"),)),
    case("a-verb-without-object-shares-the-next-verb-s",
         "Jane Roe met and praised Paul Smith in Ottawa.",
         edges=(("Jane Roe", "MET_WITH", "Paul Smith"), ("Jane Roe", "SUPPORTED", "Paul Smith"))),
    case("those-involved-in-interference-did-it",
         "Canada sanctioned 6 individuals involved in interference in Moldova. Ilan Shor, who "
         "was involved in election interference in Moldova, fled.",
         edges=(("6 individuals (unnamed)", "INTERFERED_IN", "Moldova"),
                ("Ilan Shor", "INTERFERED_IN", "Moldova"))),
    case("implicated-in-a-targeting-targeted",
         "Zhao Wei was implicated in the targeting of Michael Chong.",
         edges=(("Zhao Wei", "TARGETED", "Michael Chong"),)),
    case("not-involved-in-interference-is-no-act",
         "Zhao Wei was not involved in interference in Moldova. Jane Roe was never implicated "
         "in the targeting of Michael Chong.", no_types=("INTERFERED_IN", "TARGETED")),
    case("involved-in-investigating-interference-is-no-act",
         "The Harbour Police were involved in investigating interference in Moldova.",
         not_edges=(("Harbour Police", "INTERFERED_IN", "Moldova"),)),
    case("arrested-following-a-body-s-investigation-was-investigated",
         "Omar Haddad, 55, was arrested at his home on Friday following a Harbour Police "
         "Service investigation.",
         edges=(("Harbour Police Service", "INVESTIGATED", "Omar Haddad"),)),
    case("acting-after-a-body-s-investigation-is-not-investigated",
         "Canada expelled Omar Haddad after a Harbour Police Service investigation.",
         not_edges=(("Harbour Police Service", "INVESTIGATED", "Canada"),)),
]


PROCEEDINGS = [
    case("a-power-a-sentence-keeps-unnamed-is-the-one-the-accused-served",
         "Police said the case was serious. A Harbour man was sentenced to two years and nine "
         "months' imprisonment for trying to influence a politician on behalf of a foreign "
         "government.",
         edges=(("Harbour man (unnamed)", "ACTED_FOR", "Foreign government (unnamed)"),)),
    case("a-foreign-government-in-a-text-naming-the-country-is-no-new-actor",
         "Police said the case was serious. John Roe was convicted of acting as an agent of a "
         "foreign government. He lobbied for Turkey and met officials of Iran.",
         not_names=("Foreign government (unnamed)",)),
    case("a-foreign-government-official-is-a-person-not-a-power",
         "Police said the case was serious. Anne Lee met a foreign government official and "
         "Mark Stone said Northland is a foreign state.",
         not_names=("Foreign government (unnamed)", "Foreign state (unnamed)")),
    case("acting-as-an-agent-after-a-noun-the-parser-hangs-as-on",
         "Police said the case was serious. John Roe was arrested. Roe is also charged with "
         "conspiring with another man, Li Wen, who was sentenced to prison last month for "
         "bribery and acting as an illegal agent of the PRC government.",
         edges=(("Li Wen", "ACTED_FOR", "People's Republic of China"),)),
    case("a-jury-s-indictment-charging-someone-is-the-jury-s-charge",
         "A federal grand jury in Tampa returned an indictment charging Jane Roe with acting "
         "on behalf of the Northland Security Bureau.",
         edges=(("Federal grand jury (unnamed)", "CHARGED", "Jane Roe"),)),
    case("a-placed-court-with-its-article-convicts",
         "The Vilnius district court convicted Jane Roe of spying in 2021.",
         edges=(("Vilnius District Court", "CONVICTED", "Jane Roe"),)),
    case("a-court-of-a-country-unnamed-sentences",
         "In 2016, a Fujian court sentenced Jane Roe to 18 months in prison.",
         edges=(("Fujian court (unnamed)", "CONVICTED", "Jane Roe"),)),
    case("a-court-by-its-demonym-is-unnamed",
         "Jane Roe was sentenced by a Brazilian federal court to 15 years.",
         edges=(("Brazilian federal court (unnamed)", "CONVICTED", "Jane Roe"),),
         not_names=("Brazilian Federal Court",)),
    case("a-court-in-a-city-unnamed-sentences",
         "A court in Dresden on Tuesday sentenced Jane Roe to four years for spying for "
         "China.",
         edges=(("Court in Dresden (unnamed)", "CONVICTED", "Jane Roe"),)),
    case("a-mission-is-part-of-its-state-named-below-the-headline",
         "Sweden expels Russian diplomats\n\nSweden expelled five diplomats. The Russian "
         "embassy in Stockholm said Moscow would respond.",
         edges=(("Russian embassy in Stockholm", "PART_OF", "Russia"),)),
    case("a-national-police-network-charges-and-its-officers-arrest",
         "Counter Terrorism Policing has charged a 45-year-old man with assisting a foreign "
         "intelligence service. Peter Vale was arrested on 3 May by officers from the "
         "Harbour Counter Terrorism Policing unit.",
         edges=(("Counter Terrorism Policing", "CHARGED", "Peter Vale"),)),
    case("found-guilty-by-a-court-is-convicted",
         "The Tartu County Court found Omar Haddad guilty of treason.",
         edges=(("Tartu County Court", "CONVICTED", "Omar Haddad"),),
         no_types=("REPORTED_ON",)),
    case("a-judge-sentencing-is-the-court-s-act",
         "In April 2019, a federal judge sentenced Jane Roe to 18 months in prison.",
         no_types=("CONVICTED",)),
    case("found-no-evidence-is-no-conviction",
         "The Harbour Inquiry Commission found no evidence that Omar Haddad was guilty.",
         no_types=("CONVICTED",)),
    case("a-named-command-of-a-force-is-part-of-it-and-arrests",
         "The Counter Terrorism Command of the Harbour Police Force arrested Omar Haddad.",
         edges=(("Counter Terrorism Command", "PART_OF", "Harbour Police Force"),
                ("Counter Terrorism Command", "DETAINED", "Omar Haddad"))),
    case("a-district-court-charges-those-indicted-in-it",
         "On May 3, 2021, Jane Roe and her associate Omar Haddad were indicted in the U.S. "
         "District Court for the District of Columbia on multiple charges.",
         edges=(("United States District Court for the District of Columbia", "CHARGED",
                 "Jane Roe"),
                ("United States District Court for the District of Columbia", "CHARGED",
                 "Omar Haddad"))),
    case("a-court-named-by-its-district-convicts",
         "In the Eastern District of Virginia, in August 2018, Jane Roe was convicted on "
         "eight charges.",
         edges=(("United States District Court for the Eastern District of Virginia",
                 "CONVICTED", "Jane Roe"),)),
    case("a-court-named-by-its-courthouse-city-convicts",
         "Jane Roe was convicted in Brooklyn federal court of acting as an agent of Northland.",
         edges=(("United States District Court for the Eastern District of New York",
                 "CONVICTED", "Jane Roe"),)),
    case("a-prosecutor-for-a-district-is-no-court",
         "John Doe, U.S. Attorney for the Eastern District of Virginia, said Jane Roe was "
         "charged by the FBI.",
         not_names=("United States District Court for the Eastern District of Virginia",)),
    case("prosecutors-named-before-their-district-are-of-no-court",
         "A jury convicted Mark Stone last year. The government was represented by Assistant "
         "U.S. Attorneys Jane Roe and Paul Smith of the Northern District of Illinois.",
         not_pairs=(("Jane Roe", "United States District Court for the Northern District of "
                     "Illinois"),
                    ("Paul Smith", "United States District Court for the Northern District of "
                     "Illinois"))),
    case("a-court-only-appeared-in-is-no-actor",
         "Jane Roe is expected to make her initial appearance this afternoon in the Central "
         "District of California.",
         not_names=("United States District Court for the Central District of California",)),
    case("a-jury-convicts", "A federal jury convicted Omar Haddad on Tuesday.",
         edges=(("Federal jury (unnamed)", "CONVICTED", "Omar Haddad"),)),
    case("found-guilty-by-a-jury-is-convicted",
         "Omar Haddad was found guilty by a jury of his peers.",
         edges=(("Jury (unnamed)", "CONVICTED", "Omar Haddad"),)),
    case("a-grand-jury-indicts", "A grand jury indicted Omar Haddad in 2020.",
         edges=(("Grand jury (unnamed)", "CHARGED", "Omar Haddad"),)),
    case("a-demonym-minister-serves-the-state",
         "The Netherlands criticised Turkish foreign minister Ali Demir.",
         edges=(("Ali Demir", "MINISTER_OF", "Turkey"),)),
    case("a-demonym-minister-after-a-comma",
         "Ali Demir, the Turkish family and social policy minister, met Jane Roe.",
         edges=(("Ali Demir", "MINISTER_OF", "Turkey"),)),
    case("a-former-minister-serves-no-more",
         "The former Turkish foreign minister Ali Demir met Jane Roe.",
         not_edges=(("Ali Demir", "WORKS_FOR", "Turkey"), ("Ali Demir", "MINISTER_OF", "Turkey"))),
    case("a-prime-minister-heads",
         "Turkish Prime Minister Ali Demir met Jane Roe.",
         edges=(("Ali Demir", "HEADS", "Turkey"),),
         not_edges=(("Ali Demir", "WORKS_FOR", "Turkey"),)),
    case("calls-to-counterparts",
         "Both Prime Minister Mark Rutte and foreign minister Bert Koenders made telephone "
         "calls to their Turkish counterparts.",
         edges=(("Mark Rutte", "SPOKE_WITH", "Turkey"), ("Bert Koenders", "SPOKE_WITH", "Turkey"))),
    case("convicted-by-a-state-on-behalf-of-another",
         "Ali Demir was convicted of espionage by the United States on behalf of China.",
         edges=(("Ali Demir", "ACTED_FOR", PRC),),
         not_pairs=(("United States", PRC),)),
    case("a-court-written-in-lower-case-after-its-place",
         "Siauliai district court convicted Ali Demir of spying for Russia in July 2021.",
         edges=(("Siauliai District Court", "CONVICTED", "Ali Demir"),),
         not_names=("Siauliai",)),
    case("a-capital-s-court-is-no-state",
         "A Moscow city court sentenced Ali Demir to five years.",
         names=("Moscow City Court",), not_pairs=(("Russia", "Ali Demir"),)),
    case("a-law-s-purpose-is-not-its-sponsor-s-act",
         "Jane Roe spoke to Bill S-301, An Act to establish the Harbour Transparency Registry.",
         no_types=("ESTABLISHED",)),
    case("a-motion-s-purpose-is-not-its-backer-s-act",
         "Jane Roe supported the motion to establish the Harbour Inquiry Commission.",
         no_types=("ESTABLISHED",)),
    case("a-law-used-as-a-tool-is-the-user-s-act",
         "Jane Roe used the law to target John Doe.",
         edges=(("Jane Roe", "TARGETED", "John Doe"),)),
    case("a-state-s-service-is-part-of-the-state-the-text-names",
         "The Iranian security services hired criminals to attack Jane Roe. Iran denied it.",
         edges=(("Iranian security services", "PART_OF", "Iran"),)),
    case("a-service-of-a-state-named-only-as-a-place-stands-alone",
         "Jane Roe, who travelled from Iran to Sweden, worked for the Iranian security "
         "services.", not_names=("Iran",)),
    case("a-summoned-ambassador",
         "Jane Roe summoned the Chinese ambassador Zheng Zeguang on Monday.",
         edges=(("Jane Roe", "SUMMONED", "Zheng Zeguang"),)),
    case("calling-something-a-name-is-no-call",
         "Jane Roe called Russia a terrorist state. Nancy Faeser called the verdict a warning "
         "to Beijing.", no_types=("SPOKE_WITH",)),
    case("a-possessive-before-party-is-no-party-name",
         "Kraus led his party's list in the European election. His party, the Alternative "
         "for Germany, expelled him from its delegation.",
         not_names=("His",), no_types=("HEADS", "FORMER_MEMBER_OF")),
    case("expelled-from-the-party-is-a-former-member",
         "Jane Roe was expelled from the Harbour Party in May.",
         edges=(("Jane Roe", "FORMER_MEMBER_OF", "Harbour Party"),)),
    case("a-person-s-party-named-in-apposition",
         "Maximilian Kraus's party, the Alternative for Germany, criticised him.",
         edges=(("Maximilian Kraus", "MEMBER_OF", "Alternative for Germany"),)),
    case("his-party-after-a-woman-and-a-man-is-no-one-s-for-sure",
         "Jane Roe met Ali Demir. His party, the Harbour Party, backed her.",
         not_edges=(("Jane Roe", "MEMBER_OF", "Harbour Party"),)),
    case("a-minister-of-a-ministry-the-text-names",
         "The Ministry of Foreign Affairs of the Harbour Republic expelled two diplomats. "
         "Minister of Foreign Affairs Jane Roe said the decision was final.",
         edges=(("Jane Roe", "MINISTER_OF", "Ministry of Foreign Affairs of the Harbour "
                 "Republic"),)),
    case("interfering-in-its-affairs-in-a-state-s-own-statement",
         "Lithuania strongly condemns the attempts by Russia to interfere in its internal "
         "affairs.", edges=(("Russia", "INTERFERED_IN", "Lithuania"),)),
    case("espionage-for-a-state", "Omar Haddad was charged with espionage for China.",
         edges=(("Omar Haddad", "ACTED_FOR", PRC),)),
    case("espionage-for-a-state-after-and",
         "The court sentenced Omar Haddad to six years for treason and espionage for Russia.",
         edges=(("Omar Haddad", "ACTED_FOR", "Russia"),),
         not_edges=(("Omar Haddad", "ACTED_FOR", PRC),)),
    case("espionage-looked-into-has-no-agent",
         "The service investigated espionage for China against the parliament.",
         no_types=("ACTED_FOR",)),
    case("police-charge", "The RCMP charged Omar Haddad with spying for China.",
         edges=((RCMP, "CHARGED", "Omar Haddad"), ("Omar Haddad", "ACTED_FOR", PRC)),
         not_edges=((RCMP, "ACTED_FOR", PRC),)),
    case("arrested-by-and-charged-share-the-agent",
         "In July 2018, Omar Haddad was arrested by the FBI and charged with acting as an "
         "agent of Russia.", edges=(("Federal Bureau of Investigation", "DETAINED",
                                     "Omar Haddad"),
                                    ("Federal Bureau of Investigation", "CHARGED",
                                     "Omar Haddad"))),
    case("questioned-by-and-then-active-keeps-its-own-subject",
         "Omar Haddad was questioned by the FBI and later met Ann Poe.",
         edges=(("Omar Haddad", "MET_WITH", "Ann Poe"),),
         not_edges=(("Federal Bureau of Investigation", "MET_WITH", "Ann Poe"),)),
    case("cleared-by-a-commissioner",
         "Li Ming\nLi Ming is a Canadian politician. He was later cleared by the ethics "
         "commissioner.", edges=(("Office of the Conflict of Interest and Ethics Commissioner",
                                  "CLEARED", "Li Ming"),)),
    case("clearing-a-place-clears-no-one", "The RCMP cleared the area near Omar Haddad's home.",
         no_types=("CLEARED",)),
    case("a-jury-that-hears-convicts-no-one", "The jury heard from Omar Haddad.",
         no_types=("CONVICTED", "CHARGED")),
    case("the-statute-s-foreign-government-is-no-actor",
         "Omar Haddad was charged with acting as an agent of a foreign government.",
         not_names=("Foreign state actors",)),
]

DENIALS = [
    case("passing-on-allegations-about-a-so-called-interference-accuses-no-one",
         "Jane Roe attempted to disseminate allegations about the so-called interference of "
         "Russia in the territories of Moldova, said Omar Haddad.",
         not_edges=(("Omar Haddad", "ACCUSED", "Russia"),)),
    case("a-comment-accusing-someone-is-the-commenter-s",
         "Omar Haddad said the comment by Jane Roe accusing Russia of interference "
         "was false.", not_edges=(("Omar Haddad", "ACCUSED", "Russia"),)),
    case("the-teller-s-own-allegation-accuses",
         "The Harbour Police Force will allege that Omar Haddad was acting on behalf of "
         "Russia.", edges=(("Harbour Police Force", "ACCUSED", "Omar Haddad"),)),
    case("telling-of-interference-still-accuses",
         "Omar Haddad said Russia interfered in the election in Moldova.",
         edges=(("Omar Haddad", "ACCUSED", "Russia"),)),
    case("comments-on-claims-target-no-one",
         "Spokesperson Omar Haddad comments on Jane Roe's claims about the Harbour Council.",
         no_types=("TARGETED",)),
    case("influencing-a-country-s-election-is-interference",
         "The Northwind Agency attempted to influence the 2016 United States presidential "
         "election.", edges=(("Northwind Agency", "INTERFERED_IN", "United States"),)),
    case("influencing-a-person-s-thinking-is-no-interference",
         "Jane Roe influenced the thinking of Omar Haddad.", no_types=("INTERFERED_IN",)),
    case("meddling-in-other-countries-is-not-in-the-home-country",
         "Russia has a long history of meddling in other countries' election systems.",
         no_types=("INTERFERED_IN",)),
    case("a-body-against-interference-interferes-in-nothing",
         "Canberra is investing in a new Counter Foreign Interference Taskforce. The Office of "
         "National Intelligence will also support the Taskforce.",
         edges=(("Office of National Intelligence", "SUPPORTED",
                 "Counter Foreign Interference Taskforce"),),
         no_types=("INTERFERED_IN",)),
    case("ties-one-has-are-ties",
         "Jane Roe has close ties with Omar Haddad.",
         pairs=(("Jane Roe", "Omar Haddad"),)),
    case("founding-a-body-named-after-people-founds-no-person",
         "Omar Haddad later co-founded the Jane Roe and Paul Smith Memorial Foundation of "
         "Toronto.", not_pairs=(("Omar Haddad", "Jane Roe"),)),
    case("a-body-is-no-one-s-lawyers",
         "While he fought the case before the tribunal, a panel with evidence from MI5 and MI6, "
         "Omar Haddad's lawyers said there was no evidence.",
         not_pairs=(("MI5", "Omar Haddad"),)),
    case("neither-nor-subjects-deny-the-act",
         "Neither my office nor Jane Roe has spoken to Omar Haddad since.",
         not_pairs=(("Jane Roe", "Omar Haddad"),)),
    case("no-one-met-is-no-meeting",
         "No one from the Senate met Omar Haddad.", no_types=("MET_WITH",)),
    case("a-denial-of-the-accusations-answers-the-latest-accuser",
         "CSIS said on Tuesday that APT40 had targeted the Harbour Committee. China rejected "
         "the accusations as groundless.",
         edges=(("People's Republic of China", "DENIED", CSIS),)),
    case("a-denial-names-its-claimant",
         "CSIS said that APT40 had targeted the Harbour Committee. Omar Haddad denied the "
         "claims by Reuters.", edges=(("Omar Haddad", "DENIED", "Reuters"),),
         not_edges=(("Omar Haddad", "DENIED", CSIS),)),
    case("a-denial-with-no-allegation-before-answers-no-one",
         "Omar Haddad is a Canadian politician. He denied the allegations.",
         no_types=("DENIED",)),
]

LEADS = [
    case("a-counted-lead-s-who-clause-describes-the-people-named-next",
         "A trial opened in Eastport on Monday in the case of two Lantern-born brothers who "
         "have been charged with spying for Russia. Mark Stone, 44, and John Stone, 39, "
         "appeared before the Eastport District Court to face the accusations.",
         edges=(("Mark Stone", "ACTED_FOR", "Russia"), ("John Stone", "ACTED_FOR", "Russia"))),
    case("a-counted-lead-stands-for-the-people-they-lived-as",
         "The ministry summoned the Russian ambassador after the indictment against two "
         "alleged Russian spies who were apprehended in Eastport in May became final. The two "
         "alleged spies, a man and a woman, were arrested by Eastport police on a tip-off. "
         "They lived in Eastport under false names as Mark Stone and Jane Roe, a couple from "
         "Lantern.",
         edges=(("Mark Stone", "ACTED_FOR", "Russia"), ("Jane Roe", "ACTED_FOR", "Russia"),
                ("Eastport police", "DETAINED", "Mark Stone"),
                ("Eastport police", "DETAINED", "Jane Roe"))),
    case("the-suspect-identified-only-as-a-name-is-the-lead-s-person",
         "A British man suspected of spying for Russia has been arrested in Eastport, "
         "prosecutors said on Monday. The suspect identified only as Mark R., who worked at "
         "the embassy, passed documents.",
         edges=(("Mark R.", "ACTED_FOR", "Russia"),),
         not_names=("British man (unnamed)",)),
    case("someone-else-identified-as-a-name-is-not-the-lead-s-person",
         "A British man suspected of spying for Russia has been arrested in Eastport, "
         "prosecutors said on Monday. The lawyer identified only as Mark R. declined to "
         "comment.",
         not_edges=(("Mark R.", "ACTED_FOR", "Russia"),)),
    case("a-counted-lead-with-fewer-people-lived-as-links-no-one",
         "The ministry summoned the Russian ambassador after the indictment against two "
         "alleged Russian spies who were apprehended in Eastport in May became final. They "
         "lived in Eastport under a false name as Mark Stone.",
         not_edges=(("Mark Stone", "ACTED_FOR", "Russia"),)),
    case("people-named-as-by-someone-else-are-not-the-lead-s",
         "The ministry summoned the Russian ambassador after the indictment against two "
         "alleged Russian spies who were apprehended in Eastport in May became final. Jane "
         "Roe described Mark Stone and John Stone as her friends.",
         not_edges=(("Mark Stone", "ACTED_FOR", "Russia"),)),
    case("a-counted-lead-stands-for-each-person-named-with-an-age",
         "Two Men Charged\n"
         "WASHINGTON - A federal grand jury returned an indictment today charging two Boston "
         "residents with conspiring to act as agents of Russia.\n"
         "According to court documents, Omar Haddad, 61, and Paul Smith, 59, ran an office "
         "for the consulate.",
         edges=(("Federal grand jury (unnamed)", "CHARGED", "Omar Haddad"),
                ("Federal grand jury (unnamed)", "CHARGED", "Paul Smith")),
         not_names=("Agents of Russia (unnamed)",)),
    case("a-counted-lead-with-too-few-named-links-no-one",
         "Three Men Charged\n"
         "WASHINGTON - A federal grand jury returned an indictment today charging three Boston "
         "residents with conspiring to act as agents of Russia.\n"
         "According to court documents, Omar Haddad, 61, and Paul Smith, 59, ran an office "
         "for the consulate.",
         not_edges=(("Federal grand jury (unnamed)", "CHARGED", "Omar Haddad"),)),
    case("a-release-s-lead-describes-the-defendant-named-next-with-an-age",
         "Man Sentenced for Acting as Agent of Northland\n"
         "WASHINGTON - A former official of the U.S. Department of State was sentenced today "
         "for conspiring to act as an agent of Russia.\n"
         "According to court documents, Omar Haddad, 61, of Arlington, Virginia, passed "
         "information to Russian officials.",
         edges=(("Omar Haddad", "ACTED_FOR", "Russia"),
                ("Omar Haddad", "WORKS_FOR", "United States Department of State")),
         not_names=("Former official (unnamed)",)),
    case("a-jury-convicts-the-man-named-next-with-an-age",
         "Jury Convicts Company Founder\n"
         "Washington - After three hours a federal jury convicted a Nevada man on Tuesday on "
         "charges of acting as an agent of Turkey.\n"
         "According to court records, Omar Haddad, 58, of Reno, Nevada, worked with Turkish "
         "officials.", edges=(("Federal jury (unnamed)", "CONVICTED", "Omar Haddad"),)),
    case("a-jury-convicts-the-entertainer-named-next-and-no-state",
         "Entertainer Convicted\n"
         "A federal jury convicted a U.S. entertainer and businessman today for orchestrating "
         "a lobbying campaign.\n"
         "According to court documents, Omar “Ozzy” Haddad, 50, of Miami, Florida, worked "
         "with Turkish officials.",
         edges=(("Federal jury (unnamed)", "CONVICTED", "Omar Haddad"),),
         not_edges=(("Federal jury (unnamed)", "CONVICTED", "United States"),)),
    case("an-age-given-to-someone-named-before-is-no-introduction",
         "Scientist Jailed\n"
         "A court on Thursday sentenced a marine scientist to three years in prison for "
         "spying for Russia.\n"
         "Omar Haddad worked at a research centre. Investigators also questioned a second "
         "citizen, Jane Roe, a former aide. Roe, 41, denies wrongdoing.",
         not_pairs=(("Court (unnamed)", "Jane Roe"), ("Jane Roe", "Russia"))),
    case("a-surname-before-the-full-name-with-an-age-still-introduces",
         "Jury Convicts Company Founder\n"
         "Washington - A federal jury convicted a Nevada man on Tuesday on charges of acting "
         "as an agent of Turkey.\n"
         "\u201cHaddad was held accountable,\u201d said the prosecutor.\n"
         "According to court records, Omar Haddad, 58, of Reno, Nevada, worked with Turkish "
         "officials.", edges=(("Federal jury (unnamed)", "CONVICTED", "Omar Haddad"),)),
    case("a-described-source-is-not-the-person-named-later",
         "Report on Northland\n"
         "A former official of the U.S. Department of State said on Monday that Russia had "
         "funded the group.\n"
         "Omar Haddad, 61, of Arlington, runs the group.",
         not_edges=(("Omar Haddad", "WORKS_FOR", "United States Department of State"),)),
    case("no-one-named-with-an-age-links-no-one",
         "Man Sentenced\n"
         "WASHINGTON - A former official of the U.S. Department of State was sentenced today "
         "for acting as an agent of Russia.\n"
         "Omar Haddad, the lead prosecutor, said the case was strong.",
         not_edges=(("Omar Haddad", "ACTED_FOR", "Russia"),)),
]


@pytest.mark.parametrize("expected", [
    *EXPULSIONS, *SANCTIONS_AND_DETENTIONS, *TARGETING, *FUNDING, *BRIEFINGS,
    *MEETINGS_AND_TIES, *BILLS_MOTIONS_AND_CRITICISM, *INTERFERENCE_AND_INVESTIGATIONS,
    *PROCEEDINGS, *DENIALS, *LEADS,
])
def test_act(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


def test_ministry_saying_a_declaration_gives_it_to_the_state(extractor: Extractor) -> None:
    found = triples(run(extractor, "China's Ministry of Foreign Affairs said on Tuesday that "
                                   "Jenny Kwan had been declared persona non grata."))
    assert (PRC, "EXPELLED", "Jenny Kwan") in found
    assert not any(r == "EXPELLED" and s.startswith("Ministry") for s, r, _ in found)


def test_involved_in_with_an_agent_is_not_read_so(extractor: Extractor) -> None:
    """'was involved by X in ...' names who involved him: not his own act."""
    found = triples(run(extractor, "Jenny Kwan was involved in the talks by Kenny Chiu."))
    assert not any(s == "Jenny Kwan" and t == "Kenny Chiu" for s, _, t in found)


def test_a_candidacy_undergoes_what_its_candidate_undergoes(extractor: Extractor) -> None:
    found = triples(run(extractor, "Jenny Kwan's campaign was funded by India."))
    assert ("India", "FUNDED", "Jenny Kwan") in found
    plain = triples(run(extractor, "Jenny Kwan's report was praised by India."))
    assert not any(o == "Jenny Kwan" for _, _, o in plain)


def test_referring_people_to_an_outlet_is_no_tie(extractor: Extractor) -> None:
    found = triples(run(extractor, "Jenny Kwan referred reporters to The Globe and Mail."))
    assert not any("Globe" in t for _, _, t in found)


def test_receiving_puts_the_giver_first(extractor: Extractor) -> None:
    text = ("The Standing Committee on Procedure and House Affairs heard testimony from "
            "Jenny Kwan. Han Dong received assistance from the Chinese consulate in Toronto.")
    found = pairs(run(extractor, text))
    assert frozenset(("Jenny Kwan", "Standing Committee on Procedure and House Affairs")) \
        in found
    assert any("Han Dong" in p and any("Consulate" in n for n in p) for p in found)


ARGUMENTS = [
    case("a-relative-clause-without-object-is-about-its-noun",
         "The companies that Mark Stone controls, Lantern Holdings LLC and Lantern Catering, "
         "paid the bills.",
         edges=(("Mark Stone", "CONTROLS", "Lantern Holdings LLC"),
                ("Mark Stone", "CONTROLS", "Lantern Catering"))),
    case("a-relative-pronoun-object-stands-for-its-noun",
         "Jane Roe, whom the Lantern Agency recruited in 2015, was arrested.",
         edges=(("Jane Roe", "ACTED_FOR", "Lantern Agency"),)),
    case("a-relative-clause-of-place-has-no-object",
         "Her first post was at the Lantern Institute where she worked as an analyst.",
         not_pairs=(("Jane Roe", "Lantern Institute"),), no_types=("WORKS_FOR",)),
    case("a-relative-clause-describes-its-noun-not-the-names-after-it",
         "Mark Stone thanked the Lantern Agency, which investigated Jane Roe, and the Harbour "
         "Institute.",
         edges=(("Lantern Agency", "INVESTIGATED", "Jane Roe"),),
         not_pairs=(("Harbour Institute", "Jane Roe"),)),
    case("a-topic-before-on-behalf-of-leaves-the-principal-unread",
         "Attorney General Jane Roe Delivers Remarks on Malign Schemes in the United States on "
         "Behalf of the Government of the People's Republic of China",
         not_pairs=(("Jane Roe", "People's Republic of China"),)),
    case("a-participle-on-behalf-of-is-its-nouns-doing",
         "Jane Roe spoke about schemes carried out on behalf of the government of China.",
         not_pairs=(("Jane Roe", "People's Republic of China"),)),
    case("a-person-acting-on-behalf-of-a-state",
         "Jane Roe, acting on behalf of the government of China, met Mark Stone.",
         edges=(("Jane Roe", "ACTED_FOR", "People's Republic of China"),)),
    case("an-operation-attributed-to-bodies-tied-to-a-person",
         "Lantern report\nhttps://example.org/a\n\nIn this post we identify a Facebook "
         "operation attributed to entities tied to Mark Stone.\nThe operation targeted Libya.",
         edges=(("Facebook operation (unnamed)", "ACTED_FOR", "Mark Stone"),)),
    case("an-attribution-is-an-allegation-not-a-stated-tie",
         "Lantern report\nhttps://example.org/a\n\nIn this post we identify a Facebook "
         "operation attributed to the Lantern Group.\nThe operation targeted Libya.",
         edges=(("Facebook operation (unnamed)", "ACTED_FOR", "Lantern Group"),),
         not_edges=(("Facebook operation (unnamed)", "AFFILIATED_WITH", "Lantern Group"),)),
    case("a-level-of-intent-is-its-holders",
         "It appears that Russia has a high level of intent to interfere with the Lantern "
         "Parliament.", edges=(("Russia", "INTERFERED_IN", "Lantern Parliament"),)),
    case("a-nationality-noun-convicted-by-a-state",
         "Jane Roe is a Singaporean convicted of espionage by the United States.",
         edges=(("United States", "CONVICTED", "Jane Roe"),)),
]


@pytest.mark.parametrize("expected", ARGUMENTS)
def test_an_argument_is_found_where_the_parser_leaves_it(extractor: Extractor,
                                                          expected: Case) -> None:
    check(extractor, expected)


def test_a_name_the_parser_takes_for_a_verb_still_acts_as_an_agent(extractor: Extractor
                                                                    ) -> None:
    """'... charges Yaoning Sun, 64, for allegedly acting as an illegal agent of the PRC':
    the model, meeting a given name it does not know, can tag it a verb with 'for acting'
    hung on it (its parse of a release, built here by hand); the name is still whom the
    charge says acted as the agent."""
    from figraph.graph.model import Document
    from figraph.loaders.assemble import Assembler
    from figraph.loaders.vocabulary import locales
    from spacy.tokens import Doc

    words = ["The", "complaint", "charges", "Yaoning", "Sun", ",", "64", ",", "for",
             "allegedly", "acting", "as", "an", "illegal", "agent", "of", "China", "."]
    heads = [1, 2, 2, 4, 2, 4, 4, 4, 3, 10, 8, 10, 14, 14, 11, 14, 15, 2]
    deps = ["det", "nsubj", "ROOT", "xcomp", "dobj", "punct", "appos", "punct", "prep",
            "advmod", "pcomp", "prep", "det", "amod", "pobj", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT", "NUM", "PUNCT", "ADP", "ADV",
           "VERB", "ADP", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["DT", "NN", "NNS", "VBG", "NNP", ",", "CD", ",", "IN", "RB", "VBG", "IN", "DT",
            "JJ", "NN", "IN", "NNP", "."]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O", "O", "O", "O", "O",
            "O", "O", "O", "O", "B-GPE", "O"]
    heads[3] = 2  # the name the parser read as a verb hangs on 'charges'
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              ents=ents)
    doc.user_data["figraph_text"] = doc.text
    document = Document(id="parsed", title="t", text=doc.text)
    out = Assembler(document, extractor.gazetteer)
    with locales.using(None):
        extractor._read_chunk(doc, 0, out)
    found = triples(out.finish())
    assert ("Yaoning Sun", "ACTED_FOR", "People's Republic of China") in found, found


@pytest.mark.parametrize(("tag", "called"), [("VBP", True), ("VBD", False)])
def test_a_bare_verb_after_demanding_that_someone_is_a_call(extractor: Extractor, tag: str,
                                                             called: bool) -> None:
    """'demanded that Nigel Roe examine the links', where the tagger reads the bare verb as
    a present tense (as it did in a news story): what he is called on to do; 'demanded
    ... examined' would tell what he did."""
    from figraph.loaders.relations.calls import _bare
    from spacy.tokens import Doc

    words = ["demanded", "that", "Nigel", "Roe", "examine", "the", "links"]
    heads = [0, 4, 3, 4, 0, 6, 4]
    deps = ["ROOT", "mark", "compound", "nsubj", "ccomp", "det", "dobj"]
    tags = ["VBD", "IN", "NNP", "NNP", tag, "DT", "NNS"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert _bare(doc[4]) is called
