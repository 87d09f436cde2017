"""Roles: who heads, works for, sits in, belongs to or is part of which body.

Titles before a name and in apposition, speakers and directors, a party named as a
person's own, a seat one is sworn into, parts named by apposition or composition, on
our own short sentences with real spaCy and the shipped gazetteer. Each row is one text
with the edges it must give and those it must not (a former speaker heads nothing, a
witness sworn in holds no seat).
"""

from __future__ import annotations

import pytest
from extract_helpers import Case, case, check, run, triples
from figraph.loaders.extractor import Extractor

PRC = "People's Republic of China"
HOUSE = "House of Commons"

OFFICES = [
    case("a-home-secretary-is-the-home-states-minister",
         "UK sanctions officials over threats\nhttps://www.gov.uk/government/news/x\n\n"
         "The UK will today sanction 7 individuals. Foreign Secretary Jane Roe said the "
         "threats must stop. Former Home Secretary Mark Stone agreed. Foreign Minister Wang "
         "Yi denied it.",
         edges=(("Jane Roe", "MINISTER_OF", "United Kingdom"),),
         not_edges=(("Mark Stone", "MINISTER_OF", "United Kingdom"),
                    ("Wang Yi", "MINISTER_OF", "United Kingdom"))),
    case("a-title-after-a-name-in-a-list-is-the-nearer-persons",
         "Police said the case was serious. In June 2012, he attended meetings of the "
         "British parliament's Foreign Affairs Committee along with Omar Haddad, chairman of "
         "the committee for International Affairs of the Harbour Assembly and Mark Stone, "
         "Russian ambassador to London.",
         edges=(("Mark Stone", "WORKS_FOR", "Russia"),),
         not_edges=(("Omar Haddad", "WORKS_FOR", "Russia"),
                    ("Omar Haddad", "HEADS", "Foreign Affairs Committee"))),
    case("a-future-title-heads-nothing-yet",
         "Police said the case was serious. In 1973 the Harbour Intelligence Agency kidnapped "
         "dissident leader and future president of South Korea Jane Roe in Tokyo. The president "
         "of South Korea Mark Stone denied it.",
         edges=(("Mark Stone", "HEADS", "South Korea"),),
         not_edges=(("Jane Roe", "HEADS", "South Korea"),)),
    case("two-people-each-of-their-own-party-are-not-each-others-members",
         "Police said the case was serious. Jane Roe of the Harbour Party and Anne Lee of the "
         "Lantern Institute both began campaigning.",
         edges=(("Jane Roe", "MEMBER_OF", "Harbour Party"),),
         not_pairs=(("Anne Lee", "Harbour Party"), ("Jane Roe", "Lantern Institute"))),
    case("two-people-of-one-outlet-both-work-for-it",
         "Police said the case was serious. Robert Fife and Steven Chase of The Globe and Mail "
         "reported it.",
         edges=(("Robert Fife", "WORKS_FOR", "The Globe and Mail"),
                ("Steven Chase", "WORKS_FOR", "The Globe and Mail"))),
    case("people-a-states-officials-are-said-to-include-work-for-it",
         "Police said the case was serious. The lunch was attended by US officials including "
         "Assistant Secretary of State John Roe and Deputy Assistant Secretary Jane Roe. The "
         "Pakistani diplomats attending included Deputy Chief of Mission Omar Haddad and an "
         "attaché. Chinese officials, including Paul Smith, met Anne Lee.",
         edges=(("John Roe", "WORKS_FOR", "United States"),
                ("Jane Roe", "WORKS_FOR", "United States"),
                ("Omar Haddad", "WORKS_FOR", "Pakistan"),
                ("Paul Smith", "WORKS_FOR", "People's Republic of China")),
         not_edges=(("Anne Lee", "WORKS_FOR", "People's Republic of China"),)),
    case("a-chief-information-officer-is-a-post-not-a-name",
         "Police said the case was serious. Jane Roe, Office of the Chief Information Officer, "
         "spoke.",
         not_names=("Information Officer", "Information")),
    case("a-diplomat-named-after-the-host-state-works-for-the-sending-state",
         "Police said the case was serious. The cable was sent by then Pakistani ambassador to "
         "United States John Roe. The Indian envoy to the United Kingdom Jane Roe left.",
         edges=(("John Roe", "WORKS_FOR", "Pakistan"), ("Jane Roe", "WORKS_FOR", "India")),
         not_pairs=(("John Roe", "United States"), ("Jane Roe", "United Kingdom")),
         not_names=("United States John Roe",)),
    case("a-plural-title-before-a-list-of-names-is-each-one-s",
         "Police said the case was serious. Harbour Party MPs Jane Roe, John Roe and Mark "
         "Stone voted against it. The Lantern Party leader Anne Lee, Paul Smith and Ken Roe "
         "met.",
         edges=(("Jane Roe", "MEMBER_OF", "Harbour Party"),
                ("John Roe", "MEMBER_OF", "Harbour Party"),
                ("Mark Stone", "MEMBER_OF", "Harbour Party"),
                ("Anne Lee", "HEADS", "Lantern Party")),
         not_pairs=(("Paul Smith", "Lantern Party"),)),
    case("a-title-s-field-of-work-between-title-and-name-names-no-body",
         "Police said the case was serious. AFP Acting Assistant Commissioner Counter "
         "Terrorism and Special Investigations Mark Stone said it was a priority for the "
         "Australian Federal Police (AFP).",
         edges=(("Mark Stone", "WORKS_FOR", "Australian Federal Police"),)),
    case("a-possessed-role-as-a-deputy-title-of-a-body",
         "Analysts said that Jane Roe's role as deputy chair of the Lantern Trust gave "
         "Beijing a channel.",
         edges=(("Jane Roe", "WORKS_FOR", "Lantern Trust"),),
         not_edges=(("Jane Roe", "HEADS", "Lantern Trust"),)),
    case("a-former-role-as-head-of-a-body",
         "John Roe's former role as director of the Lantern Foundation was questioned.",
         edges=(("John Roe", "FORMERLY_HEADED", "Lantern Foundation"),)),
    case("a-role-as-a-critic-is-no-post",
         "Jane Roe's role as a critic of the Lantern Foundation made her a target.",
         not_pairs=(("Jane Roe", "Lantern Foundation"),)),
    case("the-regime-of-a-leader-is-headed-by-them",
         "Many members are critics of the Chinese Communist Party (CCP) regime of Xi Jinping.",
         edges=(("Xi Jinping", "HEADS", "Chinese Communist Party"),)),
    case("plural-leaders-each-head-the-party",
         "AfD parliamentary leaders Alice Weidel and Tino Chrupalla called for a swift "
         "conclusion.",
         edges=(("Alice Weidel", "HEADS", "Alternative for Germany"),
                ("Tino Chrupalla", "HEADS", "Alternative for Germany"))),
    case("a-title-of-a-body-a-comma-and-an-honoured-name",
         "The Chairman of the Harbour Committee, the Rt Hon. Sir Jane Roe MP, said: the report "
         "is clear.",
         edges=(("Jane Roe", "HEADS", "Harbour Committee"),)),
    case("a-title-of-a-body-then-a-comma-then-the-name",
         "I would like to welcome our witnesses, director of the FBI, Jim Comey and director "
         "of the National Security Agency, Admiral Rogers.",
         edges=(("Jim Comey", "HEADS", "Federal Bureau of Investigation"),
                ("Admiral Rogers", "HEADS", "National Security Agency")),
         not_pairs=(("Jim Comey", "National Security Agency"),)),
    case("party-titles-give-membership-and-former-membership",
         "Conservative MP Michael Chong criticized former Liberal MP Han Dong on Tuesday.",
         edges=(("Michael Chong", "MEMBER_OF", "Conservative Party of Canada"),
                ("Han Dong", "FORMER_MEMBER_OF", "Liberal Party of Canada"),
                ("Michael Chong", "CRITICIZED", "Han Dong"))),
    case("a-coalitions-owner-leads-the-party-named-beside-it",
         "The election was won by Silvio Berlusconi's centre-right coalition, the House of "
         "Freedoms.", edges=(("Silvio Berlusconi", "HEADS", "House of Freedoms"),)),
    case("a-persons-party-is-not-led-by-them",
         "Jane Roe's party, the Harbour Movement, lost the election.",
         not_edges=(("Jane Roe", "HEADS", "Harbour Movement"),)),
    case("becoming-an-aide-to-someone-works-for-them",
         "Jane Roe became an adviser to Willy Brandt. Omar Haddad met Ann Poe. In 1970 he "
         "became a close aide to Paul Smith.",
         edges=(("Jane Roe", "WORKS_FOR", "Willy Brandt"),
                ("Omar Haddad", "WORKS_FOR", "Paul Smith"))),
    case("a-pronoun-becoming-president-of-a-body-heads-it",
         "Jane Roe joined the Harbour Party in 1990. She became the president of the Harbour "
         "Party in 1996.", edges=(("Jane Roe", "HEADS", "Harbour Party"),)),
    case("climbing-a-bodys-ranks-makes-a-member",
         "Jane Roe rose through the ranks of the Liberal Party of Canada. Rising through the "
         "hierarchy of the RCMP, Omar Haddad became a superintendent.",
         edges=(("Jane Roe", "MEMBER_OF", "Liberal Party of Canada"),
                ("Omar Haddad", "WORKS_FOR", "Royal Canadian Mounted Police"))),
    case("ranks-of-a-list-are-no-membership",
         "Jane Roe joined the ranks of critics of the Harbour Party.",
         not_edges=(("Jane Roe", "MEMBER_OF", "Harbour Party"),)),
    case("a-one-word-party-before-a-name-is-the-persons",
         "The campaigns of Republicans Gerald Ford and Ronald Reagan hired him.",
         edges=(("Gerald Ford", "MEMBER_OF", "Republican Party (United States)"),)),
    case("a-party-name-run-into-a-persons-name-is-no-title",
         "The motion was signed by the European Conservatives and Reformists Group Anna "
         "Kowalska.",
         not_pairs=(("Anna Kowalska", "European Conservatives and Reformists"),)),
    case("minister-apposition-and-meeting",
         "The Minister of Foreign Affairs, Mélanie Joly, met with Indian officials in New "
         "York.",
         edges=(("Mélanie Joly", "MINISTER_OF", "Global Affairs Canada"),
                ("Mélanie Joly", "MET_WITH", "India"))),
    case("later-portfolios-of-a-title-are-not-bodies",
         "The Honourable Dominic LeBlanc, Minister of Public Safety, Democratic Institutions "
         "and Intergovernmental Affairs, spoke in Ottawa.",
         edges=(("Dominic LeBlanc", "MINISTER_OF", "Public Safety Canada"),),
         not_names=("Democratic Institutions Secretariat",)),
    case("plural-apposition-describes-each-coordinated-name",
         "Jenny Kwan and Garnett Genuis, the two co-chairs of the Inter-Parliamentary "
         "Alliance on China, called for a briefing.",
         edges=(("Jenny Kwan", "HEADS", "Inter-Parliamentary Alliance on China"),
                ("Garnett Genuis", "HEADS", "Inter-Parliamentary Alliance on China"))),
    case("reduced-passive-names-its-patient",
         "Jenny Kwan appeared before the Public Inquiry into Foreign Interference, chaired "
         "by Commissioner Marie-Josée Hogue, in April.",
         edges=(("Marie-Josée Hogue", "HEADS", "Public Inquiry into Foreign Interference"),)),
    case("shared-subject-of-a-passive-conjunct",
         "The National Security and Intelligence Committee of Parliamentarians was created "
         "in 2017 and is chaired by David McGuinty.",
         edges=(("David McGuinty", "HEADS",
                 "National Security and Intelligence Committee of Parliamentarians"),)),
    case("speaker-heads-the-house-of-commons",
         "The House of Commons sat late. Speaker Anthony Rota apologized on Monday for the "
         "invitation.", edges=(("Anthony Rota", "HEADS", HOUSE),)),
    case("senate-speaker-heads-the-senate",  # a Canadian text: 'the Senate' is Canada's there
         "In Ottawa, Senate Speaker Raymonde Gagné said the House of Commons and the Senate "
         "would act.",
         edges=(("Raymonde Gagné", "HEADS", "Senate of Canada"),),
         not_edges=(("Raymonde Gagné", "HEADS", HOUSE),)),
    case("former-speaker-heads-nothing",
         "Former Speaker Geoff Regan told the House of Commons that he disagreed.",
         no_types=("HEADS",)),
    case("director-general-heads-the-body",
         "Mike Burgess, the Director-General of the Australian Security Intelligence "
         "Organisation, warned the parties.",
         edges=(("Mike Burgess", "HEADS", "Australian Security Intelligence Organisation"),)),
    case("the-government-of-a-canadian-leader-is-headed-by-them",
         "In 2008, the government of Stephen Harper expelled a Russian diplomat.",
         edges=(("Stephen Harper", "HEADS", "Government of Canada"),)),
    case("the-government-of-a-foreign-leader-is-not-ottawa",
         "In 2023, the government of Narendra Modi expelled a Canadian diplomat.",
         no_types=("HEADS",)),
]

PORTFOLIOS = [
    case("minister-for-a-portfolio-before-the-name-is-of-the-ministry-the-text-names",
         "Police arrested two men last week. The Ministry of Home Affairs said it would act. "
         "Minister for Home Affairs Mark Stone said the law was needed.",
         edges=(("Mark Stone", "MINISTER_OF", "Ministry of Home Affairs"),)),
    case("minister-for-a-portfolio-is-its-department",
         "The Minister of Public Safety, Dominic LeBlanc, met Wang Yi in Ottawa. CSIS and the "
         "RCMP were there.", edges=(("Dominic LeBlanc", "MINISTER_OF", "Public Safety Canada"),)),
    case("another-country-s-minister-is-her-country-s-not-a-canadian-department",
         "The Minister for Foreign Affairs, Penny Wong, met Wang Yi in Canberra, Australia. "
         "ASIO and the AFP were there.", edges=(("Penny Wong", "MINISTER_OF", "Australia"),),
         not_pairs=(("Penny Wong", "Global Affairs Canada"),)),
    case("a-minister-titled-before-a-comma-is-of-the-text-s-country",
         "CANBERRA, 3 May 2024. The Minister for Trade, Jane Roe, said ASIO had "
         "warned Australia about the Northland Security Bureau.",
         edges=(("Jane Roe", "MINISTER_OF", "Australia"),)),
    case("a-minister-titled-before-a-comma-in-a-text-of-no-country-is-of-none",
         "The Minister for Home Affairs, Jane Roe, said the Northland Security Bureau had "
         "targeted Omar Haddad.", no_types=("MINISTER_OF",)),
    case("a-desk-named-before-the-title-heads-nothing",
         "Lucy Kim, the Asia-Pacific Director at the Northland Office, met Omar Haddad.",
         edges=(("Lucy Kim", "WORKS_FOR", "Northland Office"),),
         not_edges=(("Lucy Kim", "HEADS", "Northland Office"),)),
    case("an-executive-director-heads-the-body",
         "Lucy Kim, the Executive Director of the Harbour Policy Institute, met Omar Haddad.",
         edges=(("Lucy Kim", "HEADS", "Harbour Policy Institute"),)),
    case("a-title-for-countries-is-a-desk-not-an-employer",
         "Omar Haddad served as the Director for Korea, Japan and Oceanic Affairs at the "
         "Harbour Security Council.",
         pairs=(("Omar Haddad", "Harbour Security Council"),),
         not_edges=(("Omar Haddad", "WORKS_FOR", "Japan"),
                    ("Omar Haddad", "HEADS", "Harbour Security Council"))),
    case("a-senator-of-the-document-s-country-sits-in-its-senate",
         "Labor senator Jane Roe met Omar Haddad in Sydney. ASIO briefed the Australian "
         "government in Canberra.",
         edges=(("Jane Roe", "MEMBER_OF", "Australian Senate"),)),
    case("a-congressman-sits-in-congress",
         "U.S. Congressman Paul Smith took money from Omar Haddad. The FBI and the State "
         "Department investigated.",
         edges=(("Paul Smith", "MEMBER_OF", "United States Congress"),)),
    case("a-former-mp-sat-in-the-house",
         "Former MP Jane Roe met the Chinese ambassador in London. MI5 and the Home Office "
         "briefed Westminster.",
         edges=(("Jane Roe", "FORMER_MEMBER_OF", "House of Commons of the United Kingdom"),)),
    case("a-former-party-mp-is-no-former-mp-nor-a-member",
         "At the committee, former Harbour Party MP Omar Haddad, now an independent, spoke "
         "first. MI5 and the Home Office briefed Westminster.",
         not_edges=(("Omar Haddad", "FORMER_MEMBER_OF", "House of Commons of the United Kingdom"),
                    ("Omar Haddad", "MEMBER_OF", "House of Commons of the United Kingdom"))),
    case("a-member-of-a-ministry-works-there",
         "Lucy Kim, the Member of Parliament for Northfield and Minister in the Northland "
         "Office for Asia, met Omar Haddad.",
         not_edges=(("Lucy Kim", "MEMBER_OF", "Northland Office"),
                    ("Lucy Kim", "MEMBER_OF", "Northland Office for Asia"))),
]

MEMBERSHIP_IN_BRACKETS = [
    case("of-the-named-party-is-membership",
         "Omar Haddad was due to face centrist Jane Roe of the Save Harbour Union party in a "
         "runoff.", edges=(("Jane Roe", "MEMBER_OF", "Save Harbour Union"),)),
    case("a-european-party-by-its-initials",
         "The German Bundestag has lifted the immunity of AfD politician Jane Roe.",
         edges=(("Jane Roe", "MEMBER_OF", "Alternative for Germany"),),
         names=("Bundestag",)),
    case("a-party-in-brackets-after-a-name-is-theirs",
         "\"We must act,\" said MEP Jane Roe (EPP), who led the debate in the European "
         "Parliament.", edges=(("Jane Roe", "MEMBER_OF", "European People's Party Group"),)),
    case("an-american-party-and-state-code-in-brackets-names-the-party",
         "Congressman John Doe (D-CA) and Senator Jane Roe (R-S.C.) met the lobbyist.",
         edges=(("John Doe", "MEMBER_OF", "Democratic Party (United States)"),
                ("Jane Roe", "MEMBER_OF", "Republican Party (United States)"))),
    case("a-letter-code-without-a-state-is-no-party",
         "Jane Roe (D) met the lobbyist. John Doe (Reuters-AP) reported it.",
         no_types=("MEMBER_OF",)),
    case("a-wire-in-brackets-is-no-party",
         "Jane Roe (Reuters) reported on the debate.", no_types=("MEMBER_OF",)),
    case("an-unknown-party-in-brackets-after-a-minister-is-theirs",
         "Police arrested two men. An inquiry began on the orders of Minister of Defence "
         "Jane Roe (Harbourline) on Monday.",
         edges=(("Jane Roe", "MEMBER_OF", "Harbourline"),)),
    case("a-word-in-brackets-after-someone-with-no-elected-title-is-no-party",
         "Police arrested two men. The analyst Jane Roe (Harbourline) spoke on Monday.",
         no_types=("MEMBER_OF",), not_names=("Harbourline",)),
]

PARTY_BODIES = [
    case("a-party-s-department-is-part-of-it",
         "The Chinese Communist Party's United Front Work Department courted Jane Roe.",
         edges=(("United Front Work Department", "PART_OF", "Chinese Communist Party"),)),
]

EMPLOYERS = [
    case("a-field-office-of-the-agency-is-the-agency",
         "Police arrested two men. The sentence was announced by Jane Roe, Special "
         "Agent-in-Charge of the Eastport Field Office of the FBI.",
         edges=(("Jane Roe", "WORKS_FOR", "Federal Bureau of Investigation"),),
         not_names=("Eastport Field Office of the FBI",),
         no_types=("ACTED_FOR",)),
    case("the-agency-s-field-office-is-the-agency",
         "Police arrested two men. Mark Stone, Assistant Director in Charge of the FBI's "
         "Eastport Field Office, made the announcement.",
         edges=(("Mark Stone", "WORKS_FOR", "Federal Bureau of Investigation"),),
         not_names=("Eastport Field Office",)),
    case("a-special-agent-of-an-agency-is-its-employee-not-its-agent",
         "Police arrested two men. Mark Stone, a special agent of the FBI, testified.",
         no_types=("ACTED_FOR",)),
    case("an-agent-of-a-foreign-service-is-its-agent",
         "Police arrested two men. Mark Stone, an agent of the GRU, was expelled.",
         edges=(("Mark Stone", "ACTED_FOR", "Main Intelligence Directorate"),)),
    case("a-lawyer-representing-someone-works-for-them",
         "Police arrested two men last week. Anne Lee, a lawyer representing Mark Stone, said "
         "he denies the charges.",
         edges=(("Anne Lee", "WORKS_FOR", "Mark Stone"),)),
    case("someone-s-attorney-works-for-them",
         "Police arrested two men last week. Anne Lee, Mark Stone's attorney, said he denies "
         "the charges.",
         edges=(("Anne Lee", "WORKS_FOR", "Mark Stone"),)),
    case("a-lawyer-representing-no-one-named-works-for-no-one",
         "Police arrested two men last week. Anne Lee, a lawyer, said Mark Stone denies the "
         "charges.",
         not_pairs=(("Anne Lee", "Mark Stone"),)),
    case("a-person-at-a-body-named-as-subject-works-there",
         "Police arrested two men. Jane Roe at the Lantern Institute said the plot failed.",
         edges=(("Jane Roe", "WORKS_FOR", "Lantern Institute"),)),
    case("a-listed-person-at-a-body-works-there-and-only-that-person",
         "Police arrested two men. China sanctioned seven people, including Mark Stone, Jane "
         "Roe at the Lantern Institute and John Roe.",
         edges=(("Jane Roe", "WORKS_FOR", "Lantern Institute"),),
         not_pairs=(("Mark Stone", "Lantern Institute"), ("John Roe", "Lantern Institute"))),
    case("a-verb-s-object-at-a-body-is-only-where-it-happened",
         "Police arrested two men. The police arrested Jane Roe at the Lantern Institute.",
         not_pairs=(("Jane Roe", "Lantern Institute"),)),
    case("a-title-running-into-the-next-name-is-that-name-s",
         "Police arrested two men. China sanctioned seven people, including Mark Stone, "
         "Chairman of the Harbour Review Commission (HRC) Jane Roe, and John Roe.",
         edges=(("Jane Roe", "HEADS", "Harbour Review Commission"),),
         not_pairs=(("Mark Stone", "Harbour Review Commission"),)),
    case("a-title-ending-in-its-holder-s-superior-is-still-the-name-s-before-it",
         "Police arrested two men. The court charged Jane Roe, a former Deputy Chief of Staff "
         "to Governor Mark Stone, with fraud.",
         pairs=(("Jane Roe", "Mark Stone"),)),
    case("a-title-set-off-by-commas-is-the-name-s-before-it",
         "Police arrested two men. Mark Stone, Chairman of the Harbour Review Commission, said "
         "the plot failed.",
         edges=(("Mark Stone", "HEADS", "Harbour Review Commission"),)),
    case("a-commander-of-forces-named-after-the-title-heads-them",
         "Police arrested two men. Commander of the Harbour Defence Forces, Gen. Mark Stone, "
         "said the plot had failed.",
         edges=(("Mark Stone", "HEADS", "Harbour Defence Forces"),)),
    case("a-name-the-model-runs-into-a-title-s-country-is-the-holder-s",
         "Police arrested two men. Chief Prosecutor of Finland Jane Roe said the plot had "
         "failed.", names=("Jane Roe",), not_names=("Finland Jane Roe",)),
    case("a-name-after-a-minister-s-portfolio-is-the-minister-s",
         "Police arrested two men. Minister of Foreign Affairs Jane Roe said the plot had "
         "failed.", names=("Jane Roe",)),
    case("a-church-of-a-demonym-is-no-person",
         "Police arrested two men. Mark Stone is an activist of the Russian Orthodox Church.",
         not_names=("Orthodox Church",)),
    case("the-leader-of-a-state-heads-it",
         "The leader of Belarus, Alyaksandr Lukashenka, met Vladimir Putin. Narendra Modi, the "
         "Prime Minister of India, spoke.",
         edges=(("Alexander Lukashenko", "HEADS", "Belarus"),
                ("Alexander Lukashenko", "MET_WITH", "Vladimir Putin"),
                ("Narendra Modi", "HEADS", "India"))),
    case("a-former-or-vice-president-heads-no-state",
         "Jane Roe, a former president of Moldova, spoke. Vice President of the United States "
         "Paul Smith spoke.", no_types=("HEADS",)),
    case("canada-s-own-prime-minister-heads-no-state",
         "Canada's Prime Minister Justin Trudeau spoke in Ottawa.",
         not_edges=(("Justin Trudeau", "HEADS", "Canada"),)),
    case("another-s-former-before-a-relative-pronoun-is-not-the-title-s",
         "When will the government name the former politician that ASIO Chief Jane Roe "
         "referenced yesterday?",
         edges=(("Jane Roe", "HEADS", "Australian Security Intelligence Organisation"),),
         no_types=("FORMER_MEMBER_OF",)),
    case("a-field-before-a-head-title-is-a-post-not-the-head",
         "Jane Roe worked as marketing director of Chianti Foods. Ann Poe is the executive "
         "director of the Harbour Institute.",
         edges=(("Jane Roe", "WORKS_FOR", "Chianti Foods"),
                ("Ann Poe", "HEADS", "Harbour Institute")),
         not_edges=(("Jane Roe", "HEADS", "Chianti Foods"),)),
    case("someone-s-aide-or-liaison-works-for-them",
         "Jane Roe served as Michael Chong's chief of staff. Ann Poe, Paul Smith's aide, "
         "left. Tom Lee was Omar Haddad's liaison.",
         edges=(("Jane Roe", "WORKS_FOR", "Michael Chong"), ("Ann Poe", "WORKS_FOR", "Paul Smith"),
                ("Tom Lee", "WORKS_FOR", "Omar Haddad")),
         not_names=("Aide of Paul Smith (unnamed)",)),
    case("the-owners-of-an-employer-work-for-it",
         "The indictment alleges that Jane Roe, Omar Haddad, and their employer, the Harbour "
         "Broadcasting Corporation, spent nearly $10 million.",
         edges=(("Jane Roe", "WORKS_FOR", "Harbour Broadcasting Corporation"),
                ("Omar Haddad", "WORKS_FOR", "Harbour Broadcasting Corporation"))),
    case("a-pronoun-serving-as-someone-s-liaison-works-for-them",
         "Jane Roe\nJane Roe is a lobbyist. She spent nine years serving as cabinet minister "
         "Gerry Phillips's MPP liaison.",
         edges=(("Jane Roe", "WORKS_FOR", "Gerry Phillips"),)),
    case("working-with-organisations-is-no-employment",
         "As an activist, Jane Roe has worked with the Harbour Society and the Campaign for "
         "Lakeside Peace.", no_types=("WORKS_FOR",)),
    case("a-relative-clause-gives-a-title",
         "Omar Haddad, a former oligarch who was leader of the Northern Group, left. Jane Roe, "
         "who served as chair of the Harbour Group, spoke.",
         edges=(("Omar Haddad", "HEADS", "Northern Group"),
                ("Jane Roe", "HEADS", "Harbour Group"))),
    case("another-s-title-after-a-name-is-not-his-employer",
         "We welcome our witnesses, director of the FBI, Jane Roe and director of the National "
         "Security Agency, Omar Haddad.",
         not_edges=(("Jane Roe", "WORKS_FOR", "National Security Agency"),)),
    case("a-second-as-phrase-names-an-employer-too",
         "Jane Roe is a Scottish politician. She worked as an engineer and as a reporter for "
         "Harbour Radio Scotland before teaching.",
         edges=(("Jane Roe", "WORKS_FOR", "Harbour Radio Scotland"),)),
    case("the-boss-of-a-committee-heads-it",
         "A spy allegedly helped Jane Roe, the boss of the powerful Harbour Committee, get "
         "elected.", edges=(("Jane Roe", "HEADS", "Harbour Committee"),)),
    case("the-owner-of-a-division-is-the-employer",
         "Commander Jane Roe of the AFP's Special Investigations division said that Australia "
         "remains vulnerable.",
         edges=(("Jane Roe", "WORKS_FOR", "Australian Federal Police"),)),
    case("a-name-suffix-does-not-hide-the-employer",
         "\"We will act,\" said Deputy Director Paul Smith, Jr. of the Harbour Security "
         "Service.", edges=(("Paul Smith", "WORKS_FOR", "Harbour Security Service"),),
         no_types=("RELATED_TO",)),
    case("running-an-institute-heads-it",
         "Omar Haddad paid the Northgate Institute, a private college. The institute was run "
         "by Jane Roe.", edges=(("Jane Roe", "HEADS", "Northgate Institute"),)),
    case("running-for-a-seat-heads-nothing",
         "Jane Roe ran for the Senate in 2019.", no_types=("HEADS",)),
    case("an-aide-works-for-the-person-aided",
         "Police arrested an aide to Omar Haddad on suspicion of spying. Jane Roe, an "
         "assistant to Paul Smith, resigned.",
         edges=(("Aide (unnamed)", "WORKS_FOR", "Omar Haddad"),
                ("Jane Roe", "WORKS_FOR", "Paul Smith"))),
    case("working-with-a-person-is-no-employment",
         "Jane Roe worked with Omar Haddad on the bill.",
         not_edges=(("Jane Roe", "WORKS_FOR", "Omar Haddad"),)),
    case("a-demonym-before-a-diplomat-s-title-is-the-employer",
         "Ann Poe met Chinese Ambassador Wang Xiaolong. The Indian diplomat Sanjay Verma left.",
         edges=(("Wang Xiaolong", "WORKS_FOR", "People's Republic of China"),
                ("Sanjay Kumar Verma", "WORKS_FOR", "India"))),
    case("a-demonym-before-a-head-title-is-the-state-headed",
         "Austrian Chancellor Karl Berger met Jane Roe. Former Czech President Ivan Novak "
         "criticized China. Ann Poe, the Finnish president, spoke. Indian Prime Minister Ravi "
         "Rao left.",
         edges=(("Karl Berger", "HEADS", "Austria"),
                ("Ivan Novak", "FORMERLY_HEADED", "Czech Republic"),
                ("Ann Poe", "HEADS", "Finland"), ("Ravi Rao", "HEADS", "India"))),
    case("a-known-president-s-title-names-the-state-the-gazetteer-gives",
         "Canada will not stand by as President Vladimir Putin wages war. Former President "
         "Vladimir Putin would not say so.",
         edges=(("Vladimir Putin", "HEADS", "Russia"),)),
    case("the-head-of-a-body-s-unit-works-for-the-body-and-heads-nothing-of-it",
         "Jane Roe, head of the FBI's Washington Field Office, spoke. Paul Braun, Head of the "
         "International Department at Russia Today (RT), spoke.",
         edges=(("Jane Roe", "WORKS_FOR", "Federal Bureau of Investigation"),
                ("Paul Braun", "WORKS_FOR", "RT")),
         not_edges=(("Jane Roe", "HEADS", "Federal Bureau of Investigation"),
                    ("Paul Braun", "HEADS", "RT"))),
    case("a-state-s-service-described-before-its-name-is-part-of-the-state",
         "Russia's security service, the FSB, targeted Jane Roe. Paul Braun was an agent for "
         "East Germany's secret service, the Stasi, in Bonn.",
         edges=(("Federal Security Service", "PART_OF", "Russia"),
                ("Stasi", "PART_OF", "East Germany"))),
    case("a-body-named-with-its-parent-s-two-letters-is-part-of-it",
         "Police said the case was serious. The EU Council today established a new framework "
         "for restrictive measures against Jane Roe.",
         edges=(("Council of the European Union", "PART_OF", "European Union"),)),
    case("serving-as-a-head-heads-and-leaving-the-post-headed",
         "Karl Berger served as Austrian chancellor until 2019. Ivan Novak resigned as Czech "
         "president in 2003. Ann Poe was voted out of office as Finnish president.",
         edges=(("Karl Berger", "HEADS", "Austria"),
                ("Ivan Novak", "FORMERLY_HEADED", "Czech Republic"),
                ("Ann Poe", "FORMERLY_HEADED", "Finland"))),
    case("a-vice-or-a-minister-heads-no-state",
         "Russian Vice President Ivan Petrov spoke. Russian Foreign Minister Oleg Orlov spoke. "
         "Karl Berger, the former vice chancellor of Austria, resigned.",
         no_types=("HEADS", "FORMERLY_HEADED")),
    case("a-diplomat-in-apposition-works-for-the-demonym-s-state",
         "The Foreign Office summoned the Chinese ambassador, Zheng Zeguang, on Monday.",
         edges=(("Zheng Zeguang", "WORKS_FOR", "People's Republic of China"),)),
    case("an-apposition-the-parser-took-for-an-object-still-describes",
         "The GCSB attributed the attack to APT40, a group linked to the Ministry of State "
         "Security.", edges=(("APT40", "AFFILIATED_WITH", "Ministry of State Security"),)),
    case("recruited-by-a-state-s-intelligence-acts-for-it",
         "Omar Haddad was recruited by Russian intelligence in 2010.",
         edges=(("Omar Haddad", "ACTED_FOR", "Russian intelligence services"),)),
    case("tried-to-recruit-targets-the-one-approached",
         "Russian intelligence officers tried to recruit Peter Holm, a Danish MP.",
         edges=(("Russia", "TARGETED", "Peter Holm"),),
         not_edges=(("Peter Holm", "ACTED_FOR", "Russia"),)),
    case("attempts-to-recruit-target-the-one-approached",
         "The FSB made several attempts to recruit Peter Holm in 2019.",
         edges=(("Federal Security Service", "TARGETED", "Peter Holm"),),
         not_edges=(("Peter Holm", "ACTED_FOR", "Federal Security Service"),)),
    case("recruited-acts-for-the-recruiter",
         "The FSB recruited Peter Holm in 2019.",
         edges=(("Peter Holm", "ACTED_FOR", "Federal Security Service"),),
         no_types=("TARGETED",)),
    case("served-as-a-member-of-a-house-is-membership",
         "Tomas Varga (born 3 April 1968) is a Slovak politician and former intelligence "
         "officer who served as a Member of the National Council of the Slovak Republic from "
         "2012 to 2020.",
         edges=(("Tomas Varga", "MEMBER_OF", "National Council of the Slovak Republic"),),
         not_edges=(("Tomas Varga", "WORKS_FOR", "National Council of the Slovak Republic"),)),
    case("worked-as-chair-of-a-body-heads-it",
         "In 2015 Jane Roe worked as chair of the Harbour Institute.",
         edges=(("Jane Roe", "HEADS", "Harbour Institute"),)),
    case("talking-with-the-leader-of-a-house-is-no-tie-to-the-house",
         "Omar Haddad discussed the timetable of the bill with the Leader of the House of "
         "Commons on Monday.", not_pairs=(("Omar Haddad", "House of Commons"),)),
    case("a-lecturer-at-a-university-works-for-it",
         "Jan Kowal is a Polish activist. He was a lecturer at the University of Szczecin.",
         edges=(("Jan Kowal", "WORKS_FOR", "University of Szczecin"),)),
    case("employed-as-a-lecturer-at-works-for-it",
         "Jan Kowal is a Polish activist. In 2002 he was employed as a lecturer at the "
         "University of Szczecin.",
         edges=(("Jan Kowal", "WORKS_FOR", "University of Szczecin"),)),
    case("taught-at-works-for", "Anna Berg taught at the University of Szczecin.",
         edges=(("Anna Berg", "WORKS_FOR", "University of Szczecin"),)),
    case("a-pronoun-elected-president-of-a-body-heads-it",
         "Jan Kowal is a Polish activist. In 2008 he was elected a president of the Harbour "
         "Society.", edges=(("Jan Kowal", "HEADS", "Harbour Society"),)),
    case("meeting-a-professor-at-a-university-is-no-job-there",
         "Anna Berg met a professor at the University of Szczecin.",
         not_pairs=(("Anna Berg", "University of Szczecin"),)),
    case("a-state-s-charge-d-affaires-works-for-it",
         "Lenar Salimullin, Russia's charge d'affaires in Tallinn, was summoned. The ministry "
         "also summoned China's chargé d'affaires, Li Wen.",
         edges=(("Lenar Salimullin", "WORKS_FOR", "Russia"),
                ("Li Wen", "WORKS_FOR", "People's Republic of China"))),
    case("a-diplomat-from-a-consulate-works-for-it-and-meeting-them-meets-no-consulate",
         "Jane Roe met a diplomat from the Chinese consulate in Toronto.",
         edges=(("Jane Roe", "MET_WITH", "Diplomat (unnamed)"),
                ("Diplomat (unnamed)", "WORKS_FOR",
                 "Consulate General of the People's Republic of China in Toronto")),
         not_pairs=(("Jane Roe",
                     "Consulate General of the People's Republic of China in Toronto"),)),
    case("an-official-from-a-ministry-works-for-it",
         "An official from the Ministry of State Security contacted Jane Roe.",
         edges=(("Official (unnamed)", "WORKS_FOR", "Ministry of State Security"),)),
    case("a-committee-named-with-its-is-part-of-the-body-its-stands-for",
         "The Harbour Council said its Committee on Defence would meet on Monday.",
         edges=(("Committee on Defence", "PART_OF", "Harbour Council"),)),
    case("the-director-of-a-known-office-heads-it",
         "Whereas the Director of National Intelligence, James Clapper, testified before "
         "Congress on January 5, 2017.",
         edges=(("James Clapper", "HEADS", "Office of the Director of National Intelligence"),),
         not_names=("National Intelligence",)),
    case("employed-works-for", "The Northwind Bank employed Jane Roe.",
         edges=(("Jane Roe", "WORKS_FOR", "Northwind Bank"),)),
    case("a-foreign-states-minister-is-its-minister",
         "Joly met Wang Yi, China's foreign minister, in Jakarta.",
         edges=(("Wang Yi", "MINISTER_OF", PRC),)),
    case("a-minister-of-the-text-s-own-state-is-its-minister",
         "New Zealand's Minister of Justice Kiri Allan said the NZSIS was right.",
         edges=(("Kiri Allan", "MINISTER_OF", "New Zealand"),)),
    case("a-titled-minister-of-the-text-s-state-is-its-minister",
         "New Zealand Parliament questions\n\nNew Zealand has expelled a diplomat. Foreign "
         "Minister Nanaia Mahuta said so. Russian Foreign Minister Sergei Lavrov denied it.",
         edges=(("Nanaia Mahuta", "MINISTER_OF", "New Zealand"),),
         not_edges=(("Sergei Lavrov", "MINISTER_OF", "New Zealand"),)),
    case("general-counsel-works-for-the-organisation",
         "The letter was signed by Jaskaran Sandhu, the legal counsel of the Baaz News "
         "Network.", pairs=(("Jaskaran Sandhu", "Baaz News Network"),)),
    case("a-company-described-in-apposition-is-an-actor",
         "The payments went to Northlake Digital, a company run by commentator Jane Morrow, "
         "in 2023.", pairs=(("Jane Morrow", "Northlake Digital"),)),
    case("founded-by-relates-the-founder",
         "Harbour Voices, a group founded by activist Ken Lau, received the funds.",
         pairs=(("Ken Lau", "Harbour Voices"),)),
    case("served-in-an-agency-works-for-it",
         "Before politics, Kenny Chiu served for ten years in the Royal Canadian Mounted "
         "Police.", edges=(("Kenny Chiu", "WORKS_FOR", "Royal Canadian Mounted Police"),)),
    case("company-executive-works-for-the-company",
         "Police questioned Huawei executive Li Ming in Vancouver on Tuesday.",
         edges=(("Li Ming", "WORKS_FOR", "Huawei"),)),
    case("title-with-destination-then-name-works-for-the-state",
         "Mélanie Joly summoned the High Commissioner of India to Canada, Sanjay Kumar "
         "Verma, on Monday.",
         edges=(("Sanjay Kumar Verma", "WORKS_FOR", "India"),),
         not_edges=(("Sanjay Kumar Verma", "WORKS_FOR", "Canada"),)),
    case("a-title-of-the-body-before-a-name-works-there",
         "\"We will act,\" said Deputy Secretary of the Treasury Jane Roe. The State Department "
         "agreed.", edges=(("Jane Roe", "WORKS_FOR", "United States Department of the Treasury"),)),
    case("a-capitalised-remit-after-the-title-is-skipped",
         "The United States acted. \"They targeted our elections,\" said Acting Under Secretary "
         "of the Treasury for Terrorism and Financial Intelligence Daniel K. Moore.",
         edges=(("Daniel K. Moore", "WORKS_FOR", "United States Department of the Treasury"),)),
    case("a-remit-after-for-without-a-title-is-no-employer",
         "The Northwind Bank paid for Harbour Students Association trips of Jane Roe.",
         not_edges=(("Jane Roe", "WORKS_FOR", "Northwind Bank"),)),
    case("the-treasury-in-british-text-is-hm-treasury",
         "The Home Office and the Treasury met Jane Roe MP in Westminster.",
         names=("HM Treasury",), not_names=("United States Department of the Treasury",)),
]

MEMBERSHIPS = [
    case("a-member-of-a-named-house-without-the-sits-in-it",
         "Police arrested two men. Mark Stone was a member of Sejm from 2005 to 2007.",
         edges=(("Mark Stone", "MEMBER_OF", "Sejm"),)),
    case("who-after-a-member-of-a-party-is-the-member",
         "Police arrested two men. Mark Stone was a senior member of the Harbour Party who "
         "served as a member of Storting.",
         edges=(("Mark Stone", "MEMBER_OF", "Storting"),),
         not_pairs=(("Harbour Party", "Storting"),)),
    case("the-party-of-the-last-of-listed-descriptions-is-the-person-s",
         "Mark Stone (born 1942) was a Northland civil servant, diplomat and Harbour Party "
         "politician who was convicted of spying for the Soviet Union.",
         edges=(("Mark Stone", "MEMBER_OF", "Harbour Party"),)),
    case("a-party-beside-another-s-description-is-not-the-person-s",
         "Mark Stone (born 1942) was a Northland civil servant and diplomat who met Harbour "
         "Party politicians in 1980.",
         not_pairs=(("Mark Stone", "Harbour Party"),)),
    case("a-person-listed-among-bodies-does-not-work-for-them",
         "The phones tapped included those of the Mayor of Athens, Dora Bako, most phones of "
         "the officers at the Ministry of Defense, the Ministry of Foreign Affairs, and the "
         "Ministry of Public Order.",
         not_pairs=(("Dora Bako", "Ministry of Foreign Affairs"),
                    ("Dora Bako", "Ministry of Public Order"))),
    case("a-journalist-writes-for-the-outlet-the-model-took-for-a-place",
         "Jane Roe, a reporter at Dagens Nyheter, wrote about Russia.",
         edges=(("Jane Roe", "WORKS_FOR", "Dagens Nyheter"),)),
    case("a-predicate-listing-roles-before-who-keeps-its-subject",
         "Ola Nordmann was a civil servant, diplomat and Harbour Party politician who was "
         "convicted of spying for the Soviet Union.",
         edges=(("Ola Nordmann", "ACTED_FOR", "Soviet Union"),)),
    case("a-committee-s-rapporteur-after-its-report-is-its-member",
         "(see Doc. 16131, report of the Committee on Political Affairs and Democracy, "
         "rapporteur: Ms Zanda Kalniņa-Lukaševica).",
         edges=(("Zanda Kalniņa-Lukaševica", "MEMBER_OF",
                 "Committee on Political Affairs and Democracy"),)),
    case("a-rapporteur-far-from-any-committee-is-no-member",
         "The Harbour Committee met on Tuesday in the old building by the river to hear many "
         "witnesses from the region about the new port and its costs. The rapporteur, Jane "
         "Roe, spoke.", not_pairs=(("Jane Roe", "Harbour Committee"),)),
    case("a-party-named-before-a-lowercase-party-is-one",
         "Omar Haddad, a member of the European Parliament for the Alternative for Northland "
         "party, spoke.", edges=(("Omar Haddad", "MEMBER_OF", "Alternative for Northland"),)),
    case("a-demonym-before-party-names-no-party",
         "Omar Haddad met the German party delegation.", not_names=("German",)),
    case("representing-a-party-is-membership",
         "Omar Haddad is a former Australian politician who was a Senator for Queensland, "
         "representing the Liberal Party of Australia.",
         edges=(("Omar Haddad", "MEMBER_OF", "Liberal Party of Australia"),),
         not_edges=(("Omar Haddad", "WORKS_FOR", "Liberal Party of Australia"),)),
    case("possessed-party-in-a-name",
         "Paul Smith joined Omar Haddad's Northwind Alliance party in 2019.",
         edges=(("Omar Haddad", "MEMBER_OF", "Northwind Alliance"),)),
    case("possessed-party-is-the-persons-party",
         "The vote returned Justin Trudeau's Liberals to government with a minority.",
         edges=(("Justin Trudeau", "MEMBER_OF", "Liberal Party of Canada"),)),
    case("possessed-party-after-a-surname",
         "Pierre Poilievre's Conservatives led in the polls all summer.",
         edges=(("Pierre Poilievre", "MEMBER_OF", "Conservative Party of Canada"),)),
    case("kin-apposition-subject-is-the-named-relative",
         "His mother, Ruth Chan, was a member of the Legislative Assembly of British "
         "Columbia.",
         edges=(("Ruth Chan", "MEMBER_OF", "Legislative Assembly of British Columbia"),)),
    case("a-relative-named-by-a-given-name-is-a-person-and-kin",
         "In 1956, Paul Braun and his wife Christel, also a Stasi agent, emigrated to Bonn.",
         edges=(("Christel", "HAD_RELATIONSHIP", "Paul Braun"),),
         not_names=("Stasi agent (unnamed)",)),
    case("a-named-person-s-relative-set-off-anywhere-is-kin",
         "Police arrested two men. Mark Stone made claims about Jane Roe's son, John Roe, "
         "to the FBI.",
         edges=(("John Roe", "HAD_RELATIONSHIP", "Jane Roe"),)),
    case("an-officer-s-rank-in-a-force-is-service-in-it",
         "Police arrested two men. Mark Stone was a lieutenant colonel in the Harbour Defence "
         "Forces.",
         edges=(("Mark Stone", "WORKS_FOR", "Harbour Defence Forces"),)),
    case("the-child-of-two-named-parents-is-kin-to-both",
         "Anna Berg was born in Riga. She was the only child of Tom Berg and Ella Ruiz.",
         edges=(("Anna Berg", "HAD_RELATIONSHIP", "Tom Berg"),
                ("Anna Berg", "HAD_RELATIONSHIP", "Ella Ruiz"))),
    case("a-person-born-to-two-named-parents-is-kin-to-both",
         "Arne Lund was born to Thor Lund (1911-93) and Olga Berg (1913-76).",
         edges=(("Arne Lund", "HAD_RELATIONSHIP", "Thor Lund"),
                ("Arne Lund", "HAD_RELATIONSHIP", "Olga Berg"))),
    case("a-pronoun-born-to-a-named-parent-is-kin",
         "Max Berg is a German politician. He was born to Hans Berg in Dresden.",
         edges=(("Max Berg", "HAD_RELATIONSHIP", "Hans Berg"),)),
    case("born-to-a-family-names-no-relative",
         "Arne Lund was born to a family of farmers in Bergen.",
         no_types=("HAD_RELATIONSHIP",)),
    case("a-relative-in-the-subject-s-company-is-kin",
         "Peeter Tamm is an Estonian official. In 2008, Tamm was arrested with his wife "
         "Liis Tamm on suspicion of spying.",
         edges=(("Liis Tamm", "HAD_RELATIONSHIP", "Peeter Tamm"),)),
    case("a-relative-set-off-after-with-is-kin",
         "Max Berg is a German politician. He lived in Oslo with his wife, Kari Lund.",
         edges=(("Kari Lund", "HAD_RELATIONSHIP", "Max Berg"),)),
    case("a-relative-after-by-is-left-alone",
         "The firm was run by Max Berg and his wife Kari Lund.",
         not_pairs=(("Kari Lund", "Max Berg"),)),
    case("a-relative-named-after-be-is-kin",
         "Anna Berg was born in Riga. Her grandfather was Karl Berg, a journalist.",
         edges=(("Karl Berg", "HAD_RELATIONSHIP", "Anna Berg"),)),
    case("the-son-of-after-a-birthplace-is-the-born-one-s-kin",
         "Anna Berg was born on 20 May 1971, in Bern, Switzerland, the daughter of Soviet "
         "diplomat Peteris Berg.",
         edges=(("Anna Berg", "HAD_RELATIONSHIP", "Peteris Berg"),)),
    case("a-capital-after-a-city-office-is-the-city",
         "Anna Berg was born in 1970. She worked as Vice-Mayor of Vilnius from 2007 to 2008.",
         not_edges=(("Anna Berg", "WORKS_FOR", "Lithuania"),)),
    case("apposition-of-a-plain-noun-subject",
         "The lawyer, Jenny Kwan, was a member of the New Democratic Party.",
         edges=(("Jenny Kwan", "MEMBER_OF", "New Democratic Party"),)),
    case("sworn-in-as-an-mp-sits-in-the-named-house",
         "Jenny Kwan spoke in the House of Commons. Kenny Chiu was sworn in as an MP in "
         "2019.", edges=(("Kenny Chiu", "MEMBER_OF", HOUSE),)),
    case("sworn-in-as-a-witness-is-no-seat",
         "Kenny Chiu was sworn in as a witness before the House of Commons.",
         not_edges=(("Kenny Chiu", "MEMBER_OF", HOUSE),)),
    case("a-senator-for-a-place-sits-in-the-countrys-senate",
         "Ann Poe\nAnn Poe is an Australian politician who has been a Senator for Victoria "
         "since 2016. She lives in Melbourne, Australia.",
         edges=(("Ann Poe", "MEMBER_OF", "Australian Senate"),)),
    case("was-the-member-for-a-place-is-a-former-seat",
         "Ann Poe\nAnn Poe was the Senator for Tasmania. Australia is her home.",
         edges=(("Ann Poe", "FORMER_MEMBER_OF", "Australian Senate"),),
         not_edges=(("Ann Poe", "MEMBER_OF", "Australian Senate"),)),
    case("the-house-the-text-names-wins-over-the-country-s",
         "Ann Poe\nAnn Poe is an Australian politician. She was the member for Bennelong in "
         "the House of Representatives from 2016 to 2019.",
         edges=(("Ann Poe", "MEMBER_OF", "Australian House of Representatives"),),
         not_edges=(("Ann Poe", "FORMER_MEMBER_OF", "Australian House of Representatives"),)),
    case("served-as-the-member-for-a-place-is-a-former-seat",
         "Li Ming\nLi Ming is a Canadian politician. He served as the Member of Parliament for "
         "Harbour Heights from 2015 to 2021.",
         edges=(("Li Ming", "FORMER_MEMBER_OF", "House of Commons"),)),
    case("a-seat-for-a-place-with-no-country-known-is-no-guess",
         "Ann Poe is a politician who has been a Senator for Northland since 2016.",
         no_types=("MEMBER_OF",)),
    case("an-mp-for-a-place-in-apposition-only-names-the-speaker",
         "We have with us today Michael Chong, MP for Wellington—Halton Hills.",
         no_types=("MEMBER_OF",)),
    case("a-coordinated-predicate-noun-gives-the-membership",
         "Daniel Moore is a British businessman and former member of the Conservative Party.",
         edges=(("Daniel Moore", "FORMER_MEMBER_OF", "Conservative Party"),)),
    case("expelled-from-a-party-is-a-former-member",
         "Daniel Moore was expelled from the Liberal Party of Australia in 2020. Ann Poe was "
         "kicked out of the Harbour Committee.",
         edges=(("Daniel Moore", "FORMER_MEMBER_OF", "Liberal Party of Australia"),
                ("Ann Poe", "FORMER_MEMBER_OF", "Harbour Committee"))),
    case("a-party-expelling-its-member",
         "The Liberal Party of Australia expelled Daniel Moore in 2020.",
         edges=(("Daniel Moore", "FORMER_MEMBER_OF", "Liberal Party of Australia"),)),
    case("suspended-from-a-party-is-no-settled-membership",
         "Daniel Moore was suspended from the Liberal Party of Australia in 2020.",
         edges=(("Daniel Moore", "RELATED_TO", "Liberal Party of Australia"),),
         no_types=("FORMER_MEMBER_OF", "MEMBER_OF")),
    case("not-expelled-is-no-former-membership",
         "Daniel Moore was not expelled from the Liberal Party of Australia.",
         no_types=("FORMER_MEMBER_OF",)),
    case("stepping-down-from-a-caucus-leaves-it",
         "In March 2023, Jane Roe stepped down from the Liberal caucus in Ottawa, Canada.",
         edges=(("Jane Roe", "FORMER_MEMBER_OF", "Liberal Party of Canada"),)),
    case("stepping-down-as-chair-is-a-former-role",
         "Jane Roe stepped down as chair of the Harbour Committee in 2020. Ann Poe resigned "
         "as a member of the Northwind Council.",
         edges=(("Jane Roe", "FORMERLY_HEADED", "Harbour Committee"),
                ("Ann Poe", "FORMER_MEMBER_OF", "Northwind Council")),
         no_types=("HEADS", "MEMBER_OF")),
    case("a-former-head-formerly-headed",
         "Kim Doe, former director of the Harbour Agency, testified. Jane Roe, former President "
         "of Ukraine, fled to Russia. Omar Haddad, former leader of Reform UK in Wales, was "
         "sentenced.",
         edges=(("Kim Doe", "FORMERLY_HEADED", "Harbour Agency"),
                ("Jane Roe", "FORMERLY_HEADED", "Ukraine"),
                ("Omar Haddad", "FORMERLY_HEADED", "Reform UK")),
         no_types=("HEADS",)),
    case("a-provincial-seat-is-no-seat-in-the-commons",
         "Li Ming is a Canadian politician. He previously served as the member of provincial "
         "parliament (MPP) for Trinity from 2014 to 2018.",
         not_edges=(("Li Ming", "FORMER_MEMBER_OF", HOUSE), ("Li Ming", "MEMBER_OF", HOUSE))),
    case("a-state-expelling-a-diplomat-is-no-membership",
         "Canada expelled Zhao Wei from the country in 2023.",
         edges=(("Canada", "EXPELLED", "Zhao Wei"),), no_types=("FORMER_MEMBER_OF",)),
]

PARTS = [
    case("a-body-set-off-with-within-is-part-of-it",
         "Police said the case was serious. Military experts at France's Viginum agency, "
         "within the Secretariat-General for National Defence and Security, detected the "
         "network.",
         edges=(("VIGINUM", "PART_OF", "Secretariat-General for National Defence and Security"),)),
    case("a-body-as-a-member-of-another-is-part-of-it",
         "Police said the case was serious. A criminal investigation by the AFP, as a member "
         "of the Harbour Taskforce, identified the man. Jane Roe, as a member of the Lantern "
         "Party, voted against it.",
         edges=(("AFP", "PART_OF", "Harbour Taskforce"),
                ("Jane Roe", "MEMBER_OF", "Lantern Party"))),
    case("a-body-before-led-controls-the-body-it-leads",
         "Police said the case was serious. The ASIO-led Harbour Interference Taskforce "
         "warned Jane Roe.",
         edges=(("Australian Security Intelligence Organisation", "CONTROLS",
                 "Harbour Interference Taskforce"),)),
    case("a-service-named-with-its-state-s-adjective-is-part-of-it",
         "The sanctions target the Russian Main Intelligence Directorate (GRU).",
         edges=(("Main Intelligence Directorate", "PART_OF", "Russia"),)),
    case("a-union-s-own-member-states-are-part-of-it",
         "MEPs urged the EU and its Member States to back Moldova.",
         edges=(("EU member states (unnamed)", "PART_OF", "European Union"),)),
    case("member-states-beside-the-union-are-no-stated-part-of-it",
         "Parliament calls on the leadership in the EU and member states to act.",
         no_types=("PART_OF",)),
    case("those-listed-in-a-group-close-to-a-body-are-affiliated-with-it",
         "VIGINUM confirms the involvement of individuals and organisations close to the "
         "Russian government, including John Mark Dougan and Paul Smith. People close to the "
         "Kremlin, such as Jane Roe, funded the campaign.",
         edges=(("John Mark Dougan", "AFFILIATED_WITH", "Russia"),
                ("Paul Smith", "AFFILIATED_WITH", "Russia"),
                ("Jane Roe", "AFFILIATED_WITH", "Russia"))),
    case("one-listed-among-groups-linked-to-a-party-is-no-part-of-it",
         "Several groups linked to the Chinese Communist Party, including the Northwind "
         "Foundation, funded the campaign.",
         edges=(("Northwind Foundation", "AFFILIATED_WITH", "Chinese Communist Party"),),
         no_types=("PART_OF",)),
    case("a-numbered-unit-named-after-its-body-is-part-of-it",
         "Hackers from GRU Unit 26165 targeted the Bundestag.",
         edges=(("GRU Unit 26165", "PART_OF", "Main Intelligence Directorate"),
                ("GRU Unit 26165", "TARGETED", "Bundestag"))),
    case("a-unit-named-by-number-after-its-service-is-part-of-it",
         "FSB Centre 16 ran the operation. Unit 29155 of the GRU targeted Jane Roe.",
         edges=(("FSB Centre 16", "PART_OF", "Federal Security Service"),
                ("Unit 29155", "PART_OF", "Main Intelligence Directorate"))),
    case("a-unit-named-by-number-again-is-the-same-unit",
         "FSB Centre 16 ran the operation. Centre 16 is a unit within the FSB.",
         edges=(("FSB Centre 16", "PART_OF", "Federal Security Service"),),
         not_names=("Centre 16",)),
    case("a-branch-named-by-its-place-is-part-of-its-body",
         "The Ministry of Public Security (MPS) runs it. The station worked for the Fuzhou "
         "branch of the MPS. The New York office of the FBI investigated.",
         edges=(("Fuzhou branch of the MPS", "PART_OF", "Ministry of Public Security"),
                ("New York office of the FBI", "PART_OF", "Federal Bureau of Investigation"))),
    case("a-branch-without-a-place-names-no-body",
         "Jane Roe worked for a provincial branch of the Ministry of Public Security.",
         not_names=("provincial branch of the Ministry of Public Security",),
         no_types=("PART_OF",)),
    case("a-group-operated-by-a-service-s-officers-is-controlled-by-it",
         "The Harbour Group is also known as Callisto Team and is operated by FSB officers.",
         edges=(("Federal Security Service", "CONTROLS", "Harbour Group"),)),
    case("operating-a-body-s-station-controls-no-body",
         "They helped the PRC government open and operate an illegal MPS police station in "
         "Manhattan.",
         no_types=("CONTROLS",)),
    case("a-body-subordinate-to-another-is-part-of-it",
         "The Harbour Directorate is subordinate to the FSB. The Northland Office, which is "
         "subordinate to the GRU, ran the site.",
         edges=(("Harbour Directorate", "PART_OF", "Federal Security Service"),
                ("Northland Office", "PART_OF", "Main Intelligence Directorate"))),
    case("a-body-accountable-to-another-is-no-part-of-it",
         "The Harbour Directorate is accountable to the Northland Ministry.",
         no_types=("PART_OF",)),
    case("a-successor-agency-is-no-part-of-its-predecessor",
         "The KGB's successor agency, the Federal Security Service (FSB), is behind the "
         "attempts to interfere in British politics.",
         no_types=("PART_OF",)),
    case("a-branch-named-after-its-body-is-part-of-it",
         "As the general secretary of the Australian Labor Party New South Wales Branch I met "
         "Jane Roe.",
         edges=(("Australian Labor Party New South Wales Branch", "PART_OF",
                 "Australian Labor Party"),)),
    case("a-state-s-adjective-on-its-agency-makes-it-part-of-the-state",
         "Jane Roe allegedly acted as an informant for the Russian Federal Security Service. "
         "Li Ming worked for the Chinese Ministry of State Security.",
         edges=(("Federal Security Service", "PART_OF", "Russia"),
                ("Ministry of State Security", "PART_OF", "People's Republic of China"))),
    case("a-bureau-within-a-body-is-part-of-it",
         "Jane Roe chaired a branch of the Northwind Association, a bureau within the "
         "Harbour Security Service.",
         edges=(("Northwind Association", "PART_OF", "Harbour Security Service"),)),
    case("composition-makes-parts",
         "The SITE Task Force brings together the Communications Security Establishment "
         "and the RCMP.",
         edges=(("Royal Canadian Mounted Police", "PART_OF",
                 "Security and Intelligence Threats to Elections Task Force"),)),
    case("a-service-named-with-the-ministry-it-sits-under-is-part-of-it",
         "The Coastal Intelligence and Security Service under the Ministry of National "
         "Defence warned Jane Roe.",
         edges=(("Coastal Intelligence and Security Service", "PART_OF",
                 "Ministry of National Defence"),)),
    case("operating-under-a-ministry-does-not-control-it",
         "The Harbour Agency operated under the Northland Ministry of Defence.",
         not_edges=(("Harbour Agency", "CONTROLS", "Northland Ministry of Defence"),)),
    case("a-body-acting-under-a-law-is-no-part-of-it",
         "The Harbour Agency registered Jane Roe under the Foreign Agents Registration Act.",
         no_types=("PART_OF",)),
    case("examples-of-a-kind-are-no-parts-of-each-other",
         "The department handles data from international organizations, including NATO, "
         "the European Union and Estonia's other defence partners.",
         not_pairs=(("North Atlantic Treaty Organization", "European Union"),)),
    case("a-list-in-brackets-after-a-body-holds-its-parts-and-no-peer",
         "Several bodies share the work, among them the Northland Ministry of Justice "
         "(including the Harbour Tip Line), the Northland Ministry of Finance and the "
         "Northland Ministry of Trade.",
         edges=(("Harbour Tip Line", "PART_OF", "Northland Ministry of Justice"),),
         not_pairs=(("Northland Ministry of Finance", "Northland Ministry of Justice"),
                    ("Northland Ministry of Trade", "Northland Ministry of Justice"))),
    case("agencies-listed-after-a-body-s-peers-are-no-parts-of-them",
         "The work falls to the Northland Ministry of Justice and the Northland Ministry of "
         "Finance, as well as agencies including the Harbour Electoral Office and the "
         "Harbour Media Authority.",
         no_types=("PART_OF",)),
    case("a-state-described-as-a-member-of-an-alliance-is-part-of-it",
         "News of the day\nhttps://example.org/a\n\nThe talks were hosted by Norway, a "
         "member of NATO, on Monday. Estonia is a member of the European Union.",
         edges=(("Norway", "PART_OF", "North Atlantic Treaty Organization"),
                ("Estonia", "PART_OF", "European Union"))),
    case("a-body-s-spokesperson-or-analyst-named-after-it-works-for-it",
         "News of the day\nhttps://example.org/a\n\nHarbour Institute spokesperson Jane Roe "
         "said the talks had ended. Northwind University administrator Omar Haddad agreed. "
         "Harbour Agency analyst Li Wei wrote the report.",
         edges=(("Jane Roe", "WORKS_FOR", "Harbour Institute"),
                ("Omar Haddad", "WORKS_FOR", "Northwind University"),
                ("Li Wei", "WORKS_FOR", "Harbour Agency"))),
    case("a-house-majority-leader-sits-in-the-house-and-heads-it-not",
         "News of the day\nhttps://example.org/a\n\nMANILA, Philippines — Senate Majority "
         "Leader Juan Cruz opened the session on Monday.",
         edges=(("Juan Cruz", "MEMBER_OF", "Senate of the Philippines"),),
         no_types=("HEADS",)),
    case("a-portfolio-spokesperson-names-no-body",
         "News of the day\nhttps://example.org/a\n\nForeign Affairs spokesperson Jane Roe "
         "said the talks had ended.",
         no_types=("WORKS_FOR",)),
    case("a-states-agency-in-apposition-is-part-of-it",
         "The Ministry of State Security, China's civilian intelligence agency, ran the "
         "group.", edges=(("Ministry of State Security", "PART_OF", PRC),)),
    case("a-partys-agency-in-apposition-is-part-of-it",
         "Donations reached the United Front Work Department, the Chinese Communist Party "
         "agency that courts groups abroad.",
         edges=(("United Front Work Department", "PART_OF", "Chinese Communist Party"),)),
]


@pytest.mark.parametrize("expected", [*MEMBERSHIP_IN_BRACKETS, *PARTY_BODIES, *OFFICES, *PORTFOLIOS,
                                      *EMPLOYERS, *MEMBERSHIPS, *PARTS])
def test_role(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


def test_canadas_own_minister_is_not_an_employee_of_the_state(extractor: Extractor) -> None:
    text = "Bill Blair, Canada's defence minister, spoke to reporters."
    assert not any(t[2] == "Canada" for t in triples(run(extractor, text)))


def test_party_of_a_non_person_is_no_membership(extractor: Extractor) -> None:
    found = triples(run(extractor, "Canada's Conservatives criticized the bill."))
    assert not any(t == "Conservative Party of Canada" and r == "MEMBER_OF"
                   for _, r, t in found)


def test_role_noun_accredited_to_a_mission(extractor: Extractor) -> None:
    found = triples(run(extractor, "Li Ming is a diplomat accredited to the Chinese "
                                   "consulate in Vancouver."))
    assert any(s == "Li Ming" and r == "WORKS_FOR" and "consulate" in t.lower()
               for s, r, t in found)


def test_role_noun_posted_at_an_embassy(extractor: Extractor) -> None:
    found = triples(run(extractor, "Wang Jun, an officer posted at the Indian High "
                                   "Commission in Ottawa, left Canada."))
    assert any(s == "Wang Jun" and r == "WORKS_FOR" for s, r, _ in found)


def test_possessive_body_is_part_of_its_owner(extractor: Extractor) -> None:
    found = triples(run(extractor, "Global Affairs Canada's Rapid Response Mechanism flagged "
                                   "the posts."))
    home = triples(run(extractor, "Canada's Communications Security Establishment flagged the "
                                  "posts."))
    assert any(t == "PART_OF" and o == "Global Affairs Canada" for _, t, o in found)
    assert not any(t == "PART_OF" for _, t, _ in home)


def test_apposition_makes_a_body_part_of_another(extractor: Extractor) -> None:
    text = ("The Ministry of State Security (MSS), an arm of the Chinese Communist Party, "
            "recruits students.")
    found = {(s, t) for s, r, t in triples(run(extractor, text)) if r == "PART_OF"}
    assert any(t == "Chinese Communist Party" for _, t in found)


def test_composed_list_survives_a_broken_parse(extractor: Extractor) -> None:
    text = ("The task force brings together CSIS, the Communications Security Establishment, "
            "the RCMP and Global Affairs Canada, and it briefed the panel in 2021.")
    extraction = run(extractor, "The SITE Task Force was created in 2019. " + text)
    parts = {s for s, r, _ in triples(extraction) if r == "PART_OF"}
    assert {"Royal Canadian Mounted Police", "Global Affairs Canada"} <= parts


def test_relative_clause_bringing_together_names_the_parts(extractor: Extractor) -> None:
    found = triples(run(extractor, "The Rapid Response Mechanism, which brings together "
                                   "Global Affairs Canada and the Communications Security "
                                   "Establishment, reported on the campaign."))
    parts = {s for s, r, t in found if r == "PART_OF" and "Rapid Response" in t}
    assert {"Global Affairs Canada", "Communications Security Establishment"} <= parts


RELEASE = "Lantern Agency: threat remains high\nhttps://example.org/a\n\n" \
    "The Lantern Agency published its annual report today.\n\n"

HELD_POSTS = [
    case("a-label-line-head-title-heads-the-issuer",
         RELEASE + 'Director general Mark Stone: "We see a shift. The service is ready."',
         edges=(("Mark Stone", "HEADS", "Lantern Agency"),)),
    case("a-director-general-in-prose-heads-the-issuer",
         RELEASE + "Director General Mark Stone said the threat remained high.",
         edges=(("Mark Stone", "HEADS", "Lantern Agency"),)),
    case("a-deputy-director-general-heads-nothing",
         RELEASE + "Deputy Director General Mark Stone said the threat remained high.",
         not_edges=(("Mark Stone", "HEADS", "Lantern Agency"),)),
    case("a-bare-director-in-prose-may-be-another-bodys",
         RELEASE + "Director Mark Stone said the threat remained high.",
         not_edges=(("Mark Stone", "HEADS", "Lantern Agency"),)),
    case("a-title-with-its-own-body-heads-that-body",
         RELEASE + 'Lantern Bureau Director Mark Stone: "The threat is high."',
         edges=(("Mark Stone", "HEADS", "Lantern Bureau"),),
         not_edges=(("Mark Stone", "HEADS", "Lantern Agency"),)),
    case("a-head-title-in-a-news-story-heads-no-issuer",
         "Spies seen in the port\n\nDirector General Mark Stone said the threat remained "
         "high.", no_types=("HEADS",)),
    case("an-appointment-as-a-title-of-a-body",
         "Critics said Jane Roe's appointment as Vice President of the Lantern Investment "
         "Bank raised concerns.",
         edges=(("Jane Roe", "WORKS_FOR", "Lantern Investment Bank"),)),
    case("a-predicate-noun-employed-as-a-title-in-a-body",
         "Mark Stone is a former jurist, employed as a judge in the Lantern Court.",
         edges=(("Mark Stone", "WORKS_FOR", "Lantern Court"),)),
    case("a-foreign-minister-of-the-foreign-ministry-named",
         "News\nhttps://example.org/a\n\nThe Foreign Ministry has summoned the ambassador "
         "of Russia.\n\"The indictment is final,\" Foreign Minister Jane Roe told reporters.",
         edges=(("Jane Roe", "MINISTER_OF", "Foreign Ministry"),)),
    case("another-states-foreign-ministry-is-not-the-ministers",
         "News\nhttps://example.org/a\n\nThe Russian Foreign Ministry has summoned the "
         "ambassador of Latvia.\n\"The indictment is final,\" Foreign Minister Jane Roe told "
         "reporters.",
         not_pairs=(("Jane Roe", "Russian Foreign Ministry"),)),
    case("a-repeated-preposition-gives-both-employers",
         "Between 2014 and 2015, John Roe worked for the Lantern Agency and also for the "
         "Harbour Institute.",
         edges=(("John Roe", "WORKS_FOR", "Lantern Agency"),
                ("John Roe", "WORKS_FOR", "Harbour Institute"))),
]


@pytest.mark.parametrize("expected", HELD_POSTS)
def test_a_post_is_read_where_it_is_held(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


NOT_THE_POST_IT_SEEMS = [
    case("a-deputy-prime-minister-heads-no-state",
         "Police said on Monday the claims were false. Italy's Deputy Prime Minister Mark "
         "Stone denied the claims.",
         edges=(("Mark Stone", "MINISTER_OF", "Italy"),),
         not_edges=(("Mark Stone", "HEADS", "Italy"),)),
    case("a-shadow-minister-is-no-minister-of-the-department",
         "Senator Jane Lee said the Australian Federal Police had acted. James Roe is the "
         "Shadow Home Affairs Minister.",
         names=("James Roe",), not_names=("Department of Home Affairs",)),
    case("a-shadow-minister-for-a-portfolio-names-no-department",
         "Senator Jane Lee said the Australian Federal Police had acted. Anne Lee, the Shadow "
         "Minister for Home Affairs, spoke.",
         names=("Anne Lee",), not_names=("Department of Home Affairs",)),
    case("a-shadow-minister-by-title-is-no-minister-of-the-state",
         "Police said on Monday the case was serious in Australia. Shadow Minister for "
         "Defence Anne Lee spoke. Minister for Defence John Roe spoke.",
         edges=(("John Roe", "MINISTER_OF", "Australia"),),
         not_edges=(("Anne Lee", "MINISTER_OF", "Australia"),)),
    case("a-company-a-country-places-is-no-state-employer",
         "Police said on Monday the case was serious. Mark Stone worked for a major U.S. "
         "telecommunications company. Stone also worked for the Chinese government.",
         edges=(("Mark Stone", "WORKS_FOR", "People's Republic of China"),),
         not_pairs=(("Mark Stone", "United States"),)),
    case("another-states-body-said-of-a-state-is-a-likeness",
         "Police said on Monday the case was serious. The group has ties to the Ministry of "
         "State Security. China's principal foreign intelligence collection agency, the "
         "equivalent of China's CIA.",
         not_pairs=(("Central Intelligence Agency", "People's Republic of China"),),
         not_names=("Central Intelligence Agency",)),
]

OWN_PARTIES_AND_AIDES = [
    case("his-named-party-is-his",
         "Police said on Monday the case was serious. Mark Stone denied that his Harbour "
         "Party received money from Russia.",
         edges=(("Mark Stone", "MEMBER_OF", "Harbour Party"),)),
    case("a-close-aide-named-right-after-the-noun",
         "Police said on Monday the case was serious. Mark Stone denied it after BuzzFeed "
         "published a transcript of a meeting between Stone's close aide John Roe and "
         "Russian officials.",
         edges=(("John Roe", "WORKS_FOR", "Mark Stone"),)),
    case("a-member-listed-with-country-and-group",
         "Report of the Committee on Political Affairs and Democracy\n\nRapporteur : Mr John "
         "ROE, Romania, ALDE\n\nThe Assembly is concerned.",
         edges=(("John Roe", "MEMBER_OF", "Alliance of Liberals and Democrats for Europe"),
                ("John Roe", "MEMBER_OF", "Committee on Political Affairs and Democracy"))),
    case("a-party-leader-in-a-devolved-parliament-leads-the-party-sitting-there",
         "Reform UK's leader Mark Stone spoke in London. Welsh Conservative Senedd leader Jane "
         "Roe said Reform UK is a threat to national security. Liberal Democrat leader Paul "
         "Smith agreed.",
         edges=(("Jane Roe", "HEADS", "Welsh Conservatives"),
                ("Jane Roe", "MEMBER_OF", "Senedd"),
                ("Paul Smith", "HEADS", "Liberal Democrats")),
         not_edges=(("Jane Roe", "HEADS", "Senedd"),)),
    case("a-title-of-a-body-a-comma-and-a-seat-title-before-the-name",
         "Police said the case was serious. Below is the resolution published by the Chairman "
         "of the Foreign Affairs Committee, MP John Roe, on Monday. Paul Smith met the "
         "Harbour Committee, MP Anne Lee and others.",
         edges=(("John Roe", "HEADS", "Foreign Affairs Committee"),),
         not_pairs=(("Anne Lee", "Harbour Committee"),)),
    case("serving-under-someone-works-for-them",
         "Police said the case was serious. John Roe served as the State Secretary under Mark "
         "Stone from 1976 to 1978.",
         edges=(("John Roe", "WORKS_FOR", "Mark Stone"),)),
    case("a-chair-label-before-a-party-chairs-the-meeting-not-the-party",
         "Standing Committee on Harbour Affairs, meeting 3 (44th Parliament, 1st Session)\n"
         "https://openparliament.ca/committees/harbour/44-1/3/\n\nWitnesses\nAnne Lee  "
         "Director, Canadian Security Intelligence Service\n\nThe Chair Liberal John Roe\n\n"
         "Good evening, everyone. We'll call the meeting to order. Welcome to meeting number 3 "
         "of the House of Commons Standing Committee on Harbour Affairs.",
         edges=(("John Roe", "MEMBER_OF", "Liberal Party of Canada"),
                ("John Roe", "HEADS", "Standing Committee on Harbour Affairs")),
         not_edges=(("John Roe", "HEADS", "Liberal Party of Canada"),)),
    case("a-rapporteur-far-below-another-committee-is-not-its-member",
         "Report of the Committee on Political Affairs and Democracy\n\n" + "The committee "
         "held a long hearing on the matter of foreign interference in elections, and it "
         "heard many witnesses from many member states over several days. " * 3
         + "\n\nRapporteur : Mr John ROE, Romania, ALDE",
         not_pairs=(("John Roe", "Committee on Political Affairs and Democracy"),)),
]


@pytest.mark.parametrize("expected", [*NOT_THE_POST_IT_SEEMS, *OWN_PARTIES_AND_AIDES])
def test_posts_parties_and_aides(extractor: Extractor, expected: Case) -> None:
    """A deputy's, a shadow's or a placed company's title gives no post it seems to; a
    party named 'his', an aide named after the noun, a member listed 'Name, Country, Group'
    and a rapporteur under a report's committee heading do."""
    check(extractor, expected)
