"""Resolution: who a pronoun, a first person, 'the Prime Minister' or 'his party' is.

A pronoun is the subject of the sentence before it, not the article's title; in a
biography it is the biography's subject; the 'I' of a signed report is its signer, but
not inside a quotation; quoted paragraphs of a statement are its issuer's words; 'the
Prime Minister' is the head of government the text named, not an office of theirs nor
another country's; 'his party' is its owner's. Our own texts, real spaCy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Case, case, check, run, triples
from figraph.loaders.extractor import Extractor

EVENT_ARTICLE = (
    "Arrest of Michael Kovrig\n\n"
    "Michael Kovrig was detained in Beijing in December 2018.\n\n"
    "In 2019, Foreign Affairs Minister Chrystia Freeland told reporters that the detention "
    "was arbitrary. She said she had raised the case with Wang Yi in Bangkok.\n")

SIGNED_REPORT = (
    "Review of the Handling of Intelligence\n\nInterim Report\n\nThe Honourable Morris "
    "Rosenberg\n\n1. In January 2023, Prime Minister Justin Trudeau asked me to review the "
    "protocol. I met with the Communications Security Establishment in February.\n\n"
    "2. One official told me: \"I spoke with Global Affairs Canada twice.\"\n")

STATEMENT = """Statement by the Minister

The Honourable Bill Blair, Minister of National Defence, today issued the following statement:

"After careful review, I have decided to declare Mr. Li Ming persona non grata.

"I met with Jenny Kwan this morning."

Earlier today, officials said I met with Kenny Chiu.
"""

FRONTED = ("Michael Chong spoke first. In a statement posted on its website, the Indian "
           "High Commission said it rejected the claims and accused Ottawa of bias.")

BIO = """Michael Chong

Michael Chong is a Canadian politician who has represented Wellington—Halton Hills in the House of Commons since 2004 as a member of the Conservative Party.

In 2006, Prime Minister Stephen Harper appointed him minister of intergovernmental affairs. He resigned later that year. In 2023 he was told by CSIS that he was a target of interference by the People's Republic of China, and he criticized the government for not telling him sooner.
"""  # noqa: E501 - document text, one paragraph a line, kept verbatim

RESOLVED = [
    case("a-service-of-another-field-is-not-the-last-service-named",
         "Police said the case was serious. His father is a former FSB general. After "
         "graduation, Omar Haddad joined the Russian diplomatic service.",
         not_edges=(("Omar Haddad", "MEMBER_OF", "Federal Security Service"),)),
    case("a-motions-group-by-its-letters-and-group",
         "MOTION FOR A RESOLUTION on the situation in Harbouria\nJane Roe\non behalf of the "
         "ESN Group\nB10-0999/2024\nThe European Parliament,\n1. Condemns the arrests.",
         edges=(("Jane Roe", "MEMBER_OF", "Europe of Sovereign Nations"),)),
    case("a-local-house-followed-by-whose-it-is-is-not-the-locales",
         "MOTION FOR A RESOLUTION on the situation in Kyrgyzstan\n\nThe European Parliament,"
         "\n\nA. whereas on 2 May 2024 the Parliament of Kyrgyzstan passed the \u201cLaw on "
         "Foreign Representatives\u201d; whereas this law obliges NGOs to register;\n\n1. "
         "Condemns the law; calls on the Parliament to act.",
         not_edges=(("European Parliament", "SUPPORTED", "Law on Foreign Representatives"),),
         edges=(("Parliament of Kyrgyzstan", "SUPPORTED", "Law on Foreign Representatives"),)),
    case("the-democrat-party-in-a-us-text-is-the-democratic-party",
         "Police said the case was serious. In Washington, the FBI said that Jane Roe gave "
         "$300,000 to the Democrat Party before the election in the United States.",
         names=("Democratic Party (United States)",), not_names=("Democrat Party",)),
    case("a-name-with-and-without-its-second-surname-is-one-person",
         "Enrique Vallejo Moreno\n\nEnrique Vallejo (13 October 1944 – 28 April 2011) was "
         "a Chilean intelligence agent. Enrique Vallejo Moreno worked for the Harbour "
         "Directorate. After the murder, Vallejo left Chile. Vallejo received assistance "
         "from Jane Roe.",
         edges=(("Jane Roe", "ALLEGED_ASSISTANCE", "Enrique Vallejo Moreno"),),
         not_names=("Enrique Vallejo",)),
    case("letters-after-a-long-name-belong-to-the-name-they-spell",
         "Police said the case was serious. The Assembly approved the terms of reference of "
         "the Independent Investigation Body with regard to allegations of corruption within "
         "the Harbour Assembly (IBAC). The IBAC criticised Jane Roe.",
         edges=(("Independent Investigation Body", "CRITICIZED", "Jane Roe"),),
         not_edges=(("Harbour Assembly", "CRITICIZED", "Jane Roe"),)),
    case("a-quoted-short-form-in-brackets-names-the-one-before-it",
         "Police said the case was serious. The network is linked to a foreigner, Omar Haddad "
         "(\u201cOHD\u201d), and to the Lantern Supervisory Organisation (\u201cLSO\u201d). Later, "
         "OHD funded the Harbour Party. The LSO criticised the Harbour Party.",
         edges=(("Omar Haddad", "FUNDED", "Harbour Party"),
                ("Lantern Supervisory Organisation", "CRITICIZED", "Harbour Party")),
         not_names=("OHD", "LSO")),
    case("a-head-of-state-named-by-surname-alone-is-the-known-person",
         "Police said the case was serious. Jane Roe met President Trump in 2019. Mr Erdogan "
         "and Lukashenka spoke later.",
         names=("Donald Trump", "Recep Tayyip Erdoğan", "Alexander Lukashenko"),
         not_names=("Trump", "Erdogan", "Lukashenka")),
    case("another-leader-s-government-is-not-the-home-government",
         "Jane Roe - Wikipedia\nhttps://en.wikipedia.org/wiki/Jane_Roe\n\nJane Roe is an "
         "American lobbyist. The FBI charged her over her consulting work for the pro-Russian "
         "government of Mark Stone in Eastport. The U.S. Justice Department said the U.S. "
         "government would act.",
         names=("Jane Roe",), not_names=("Jane Roe - Wikipedia",),
         edges=(("Federal Bureau of Investigation", "CHARGED", "Jane Roe"),)),
    case("a-bare-surname-is-the-person-named-in-full-not-a-known-stranger",
         "Police said the case was serious. The target of the plot was a car dealer named "
         "Kai \"Nick\" Zhao, who was a member of the Harbour Party. In 2018, Zhao reported "
         "the approach to the Harbour Party.",
         names=("Kai Zhao",), not_names=("Zhao Wei",)),
    case("a-known-person-written-given-name-first-stays-the-known-person",
         "Police said the case was serious. The diplomat Wei Zhao met John Roe in Toronto. "
         "Zhao was later expelled.",
         names=("Zhao Wei",), not_names=("Wei Zhao",)),
    case("a-biography-s-subject-outweighs-a-possessive-s-guess",
         "Jane Roe — Wikipedia\nhttps://example.org/x\n\nJane Roe is a property developer. "
         "She was a donor in Australia.\n\nJane Roe invited the Labor leader Anne Lee to her "
         "daughter's wedding.\n\nIn 2019, the Australian authorities revoked her permanent "
         "residency.",
         edges=(("Australia", "EXPELLED", "Jane Roe"),),
         not_edges=(("Australia", "EXPELLED", "Anne Lee"),)),
    case("the-assembly-is-the-assembly-named",
         "Author: Parliamentary Assembly. Text adopted by the Assembly on 8 April 2025. The "
         "Parliamentary Assembly met in Strasbourg. The Assembly condemns Russia.",
         edges=(("Parliamentary Assembly", "CRITICIZED", "Russia"),),
         not_names=("Assembly",)),
    case("the-bureau-and-the-embassy-are-the-ones-named",
         "The Fuzhou Public Security Bureau opened stations in Toronto. The bureau targeted "
         "Jane Roe. The Embassy of China in Canada rejected the report. The embassy "
         "criticized Omar Haddad.",
         edges=(("Fuzhou Public Security Bureau", "TARGETED", "Jane Roe"),
                ("Embassy of the People's Republic of China in Canada", "CRITICIZED",
                 "Omar Haddad"))),
    case("the-panel-is-the-review-panel-named",
         "The Harbour Review Panel released its annual report. The Panel accused India of "
         "harassing diaspora journalists.",
         edges=(("Harbour Review Panel", "ACCUSED", "India"),)),
    case("a-consulate-in-another-place-is-another-one",
         "Zhao Wei worked at the Chinese consulate in Toronto. China expelled Jane Roe, a "
         "Canadian diplomat posted to the consulate in Shanghai.",
         not_pairs=(("Jane Roe", "Consulate General of the People's Republic of China in "
                     "Toronto"),)),
    case("she-in-his-quote-is-not-him",
         'Omar Haddad spoke to reporters in May. "The only claim is that she communicated with '
         'a Russian official," he said.',
         not_pairs=(("Omar Haddad", "Russian official (unnamed)"),)),
    case("he-in-a-named-sayer-s-quote-is-not-the-sayer",
         "Omar Haddad, who worked at a research centre, was recruited in 2018 by officers of "
         "Russia's intelligence service, the Harbour Security Service said in a statement. "
         '"He was paid for his services and travelled abroad at the expense of Russian '
         'intelligence," deputy director Paul Smith told reporters.',
         edges=(("Russian intelligence services", "FUNDED", "Omar Haddad"),),
         not_pairs=(("Paul Smith", "Russian intelligence services"),)),
    case("he-in-a-quote-is-not-its-speaker-named-in-an-earlier-sentence",
         "Omar Haddad was arrested in May. Paul Smith, a lawyer for Haddad, spoke to reporters. "
         '"He has worked for the Swedish government for years," Smith said.',
         not_pairs=(("Paul Smith", "Sweden"),)),
    case("him-after-an-unnamed-person-in-the-clause-is-that-person",
         "Jane Roe denies wrongdoing. Northland expelled a Russian diplomat last year after "
         "the Harbour Security Service accused him of running agents.",
         not_pairs=(("Harbour Security Service", "Jane Roe"),)),
    case("the-department-is-no-official-of-it",
         "The U.S. Justice Department lost a case. A Justice Department official spoke on "
         "Monday. Paul Smith, the department's top security official, said the government "
         "would act.",
         edges=(("Paul Smith", "WORKS_FOR", "United States Department of Justice"),),
         not_names=("Justice Department official (unnamed)",)),
    case("pronoun-in-reported-clause-is-the-speaker",
         "Jenny Kwan said that she had been briefed by CSIS.",
         edges=(("Canadian Security Intelligence Service", "BRIEFED", "Jenny Kwan"),)),
    case("pronoun-after-another-named-subject-is-that-subject",  # the title names Kovrig,
         EVENT_ARTICLE,  # but 'she' follows a sentence about Freeland
         pairs=(("Chrystia Freeland", "Wang Yi"),), not_pairs=(("Michael Kovrig", "Wang Yi"),)),
    case("pronoun-in-a-biography-still-means-its-subject",
         "Jenny Kwan\n\nJenny Kwan is a Canadian politician. In 2023, she said she had been "
         "briefed by the Canadian Security Intelligence Service.\n",
         pairs=(("Jenny Kwan", "Canadian Security Intelligence Service"),)),
    case("as-a-member-of-and-seats", BIO,
         edges=(("Michael Chong", "MEMBER_OF", "Conservative Party of Canada"),
                ("Michael Chong", "MEMBER_OF", "House of Commons"))),
    case("first-person-of-a-signed-report-is-its-signer", SIGNED_REPORT,
         pairs=(("Morris Rosenberg", "Communications Security Establishment"),)),
    case("first-person-inside-a-quotation-is-not-the-signer", SIGNED_REPORT,
         not_pairs=(("Morris Rosenberg", "Global Affairs Canada"),)),
    case("unsigned-text-leaves-first-person-alone",
         "Foreign interference\n\nA report\n\nIn 2023 I met with the Communications "
         "Security Establishment.\n", no_links=True),
    case("we-of-a-release-is-the-body-on-its-press-release-line",
         "Harbour Council statement\nhttps://example.org/release\n\nDate: 2023-11-29\n\n"
         "HAC Press Release No. 047\n\nThe Harbour Affairs Council (HAC) responded to the "
         "remarks. As the election approaches, we call again on Russia to respect the vote.",
         edges=(("Harbour Affairs Council", "CALLED_ON", "Russia"),)),
    case("statement-paragraphs-are-the-issuers-words", STATEMENT,
         edges=(("Bill Blair", "EXPELLED", "Li Ming"), ("Bill Blair", "MET_WITH", "Jenny Kwan"))),
    case("quoted-i-is-the-named-sayer", '"I met with Jenny Kwan last week," Michael Chong said.',
         edges=(("Michael Chong", "MET_WITH", "Jenny Kwan"),)),
    case("fronted-his-points-to-the-main-subject",
         "Jenny Kwan spoke first. In his reply, Michael Chong said he had met Han Dong.",
         edges=(("Michael Chong", "MET_WITH", "Han Dong"),),
         not_edges=(("Jenny Kwan", "MET_WITH", "Han Dong"),)),
    case("the-prime-minister-is-the-one-named-before",
         "Prime Minister Justin Trudeau spoke on Monday. On Tuesday, the Prime Minister met "
         "with Wang Yi in Ottawa.", edges=(("Justin Trudeau", "MET_WITH", "Wang Yi"),)),
    case("an-office-of-the-prime-minister-is-not-the-man",
         "Prime Minister Justin Trudeau spoke. CSIS briefed the National Security and "
         "Intelligence Advisor to the Prime Minister in 2022.",
         not_edges=(("Canadian Security Intelligence Service", "BRIEFED", "Justin Trudeau"),)),
    case("another-countrys-prime-minister-is-not-resolved",
         "Prime Minister Justin Trudeau spoke. The Prime Minister of India later met with "
         "Wang Yi.", not_edges=(("Justin Trudeau", "MET_WITH", "Wang Yi"),)),
    case("his-party-is-the-owners-party-not-the-last-named",
         "The Conservative Party lost seats. Justin Trudeau's Liberals won. Erin O'Toole said "
         "that his party had briefed the RCMP.",
         edges=(("Conservative Party of Canada", "BRIEFED", "Royal Canadian Mounted Police"),),
         not_edges=(("Liberal Party of Canada", "BRIEFED", "Royal Canadian Mounted Police"),)),
    case("his-committee-is-no-party",
         "The Conservative Party lost seats. Erin O'Toole said that his committee had "
         "briefed the RCMP.",
         not_edges=(("Conservative Party of Canada", "BRIEFED",
                     "Royal Canadian Mounted Police"),)),
    case("they-after-a-body-saying-is-the-body",
         "German prosecutors said they had arrested Omar Haddad. The Harbour Police Service "
         "said they had questioned Jane Roe.",
         edges=(("Germany", "DETAINED", "Omar Haddad"),),
         pairs=(("Harbour Police Service", "Jane Roe"),)),
    case("her-after-a-shared-subject-and-a-prepositional-name-is-the-subject",
         "Washington, May 3, 2024\n\nJane Roe allegedly did not register as a foreign agent "
         "with the Attorney General and took steps to conceal her relationship with the "
         "Northwind Foundation.",
         edges=(("Jane Roe", "HAD_RELATIONSHIP", "Northwind Foundation"),),
         not_edges=(("Merrick Garland", "HAD_RELATIONSHIP", "Northwind Foundation"),)),
    case("the-last-government-is-no-government-in-office",
         "Westminster, 3 May 2025\n\nThe Labour party tried to blame the last Government for "
         "the collapse of the case in London.",
         not_pairs=(("Labour Party (UK)", "United Kingdom"),)),
    case("it-as-the-object-of-another-body-is-the-body-the-text-is-about",
         "Voice of Europe\n\nVoice of Europe was a pro-Russian outlet. In 2024, the "
         "Harbour Security Service exposed it as a network suspected of bribing politicians.",
         pairs=(("Harbour Security Service", "Voice of Europe"),)),
    case("it-as-the-object-of-a-body-named-in-apposition",
         "Harbour Voice\n\nHarbour Voice is a news website run from Prague. Last spring the "
         "security service BIS exposed it in a public report.",
         pairs=(("BIS", "Harbour Voice"),)),
    case("an-article-s-titled-subject-is-named-with-or-without-accents",
         "Northwinder (disinformation campaign)\n\nNorthwïnder is a Russian disinformation "
         "campaign established in 2022 by the Harbour Design Agency. It has targeted Ukraine "
         "and Germany. The campaign was unmasked by the Northgate Institute that September.",
         edges=(("Harbour Design Agency", "ESTABLISHED", "Northwinder"),
                ("Northwinder", "TARGETED", "Ukraine")),
         pairs=(("Northgate Institute", "Northwinder"),)),
    case("the-campaign-outside-an-article-about-one-is-no-one",
         "Jane Roe ran for office. The campaign was unmasked by the Northgate Institute in May.",
         not_pairs=(("Northgate Institute", "Jane Roe"),)),
    case("not-a-group-financed-by-someone-is-no-funding",
         "The Northwind Agency is not a group financed by Omar Haddad.", no_types=("FUNDED",)),
    case("they-after-two-people-joined-by-and-is-each-of-them",
         "Washington, May 3, 2024\n\nJane Roe and Paul Smith laundered the millions of "
         "dollars they received from the Northwind Foundation to purchase real estate.",
         edges=(("Northwind Foundation", "FUNDED", "Jane Roe"),
                ("Northwind Foundation", "FUNDED", "Paul Smith"))),
    case("they-in-a-clause-with-a-subject-of-its-own-is-left-alone",
         "Jane Roe and Paul Smith met Ann Poe, who said they had received money from the "
         "Northwind Foundation.",
         not_edges=(("Northwind Foundation", "FUNDED", "Jane Roe"),)),
    case("they-opening-a-sentence-goes-on-with-the-people-the-last-one-was-about",
         "Police arrested two men last week. Jane Roe and Mark Stone were charged in May. "
         "They are accused of spying for Russia.",
         edges=(("Jane Roe", "ACTED_FOR", "Russia"), ("Mark Stone", "ACTED_FOR", "Russia"))),
    case("they-after-someone-named-in-its-own-sentence-is-left-alone",
         "Police arrested two men last week. Jane Roe and Mark Stone were charged in May. "
         "Prosecutor Ann Poe said they are accused of spying for Russia. Later, the Harbour "
         "Police Service met Omar Haddad. They arrested Paul Smith.",
         not_edges=(("Jane Roe", "ACTED_FOR", "Russia"),
                    ("Jane Roe", "DETAINED", "Paul Smith"))),
    case("her-that-was-not-the-subject-goes-on-as-the-same-woman",
         "Jane Roe (born 1950) is a Lantern activist.\nRoe founded the Harbour Council in "
         "1990. John Stone was her close friend. Paul Smith is her business partner.",
         edges=(("Paul Smith", "HAD_RELATIONSHIP", "Jane Roe"),
                ("John Stone", "HAD_RELATIONSHIP", "Jane Roe")),
         not_pairs=(("Paul Smith", "John Stone"),)),
    case("a-his-before-its-sentence-s-subject-is-not-carried-over-that-subject",
         "Harbour affair\nIn May, Mark Stone appointed former judge Paul Smith as a special "
         "rapporteur on foreign interference. Opposition parties criticized the appointment. "
         "In his first report, Smith recommended against an inquiry. The Harbour Assembly "
         "adopted a motion from the Lantern Party calling on him to step aside.",
         edges=(("Harbour Assembly", "CRITICIZED", "Paul Smith"),),
         not_pairs=(("Harbour Assembly", "Mark Stone"),)),
    case("the-subject-of-a-raising-verb-is-not-her",
         "Jane Roe (born 1950) is a Lantern activist.\nRoe founded the Harbour Council in "
         "1990. Mark Stone is said to have been her childhood friend. Paul Smith is her "
         "business partner.",
         edges=(("Paul Smith", "HAD_RELATIONSHIP", "Jane Roe"),),
         not_pairs=(("Paul Smith", "Mark Stone"),)),
    case("a-companion-named-beside-a-person-is-tied-to-them",
         "Police arrested two men last week. Officers arrested Paul Smith and his companion "
         "Anne Lee in May.",
         edges=(("Anne Lee", "HAD_RELATIONSHIP", "Paul Smith"),)),
    case("they-with-no-saying-body-is-left-alone",
         "The Harbour Police Service met Omar Haddad. They arrested Jane Roe in May.",
         not_edges=(("Harbour Police Service", "DETAINED", "Jane Roe"),)),
    case("people-known-by-quoted-names-are-people-not-the-subject-s-aliases",
         "Omar Haddad met two individuals known as \u201cKen\u201d and \u201cLily\u201d in "
         "Sydney.",
         pairs=(("Omar Haddad", "Ken"), ("Omar Haddad", "Lily")), names=("Ken", "Lily")),
    case("a-birth-name-in-brackets-is-the-persons-other-name",
         "Jane Roe (born Maria Ivanova Petrova; 1970) is a lawyer who met Omar Haddad.",
         pairs=(("Jane Roe", "Omar Haddad"),), not_names=("Maria Ivanova Petrova",)),
    case("a-name-born-with-a-date-is-read-past-the-date",
         "Paul Tamm (born 29 May 1947) is a former official and a convicted Russian spy.",
         pairs=(("Paul Tamm", "Russia"),)),
    case("the-pair-is-the-two-people-named-together-before",
         "Omar Haddad met two men known as \u201cKen\u201d and \u201cLily\u201d. The Harbour "
         "Police Service says the pair worked for the Northland Security Bureau.",
         pairs=(("Ken", "Northland Security Bureau"), ("Lily", "Northland Security Bureau"))),
    case("the-two-suspects-are-the-two-people-named-together-before",
         "Prosecutors charged Jane Roe and John Roe with spying. The two suspects passed "
         "documents to the GRU.",
         pairs=(("Jane Roe", "Main Intelligence Directorate"),
                ("John Roe", "Main Intelligence Directorate")),
         not_names=("Two suspects (unnamed)",)),
    case("the-men-are-the-people-named-together-with-their-birth-years",
         "Police in Eastport detained Mark Stone, born 1971, and John Roe, born 1949. The "
         "Harbour County Court placed the men in custody on Friday.",
         edges=(("Harbour County Court", "DETAINED", "Mark Stone"),
                ("Harbour County Court", "DETAINED", "John Roe"))),
    case("two-suspects-after-three-named-people-stay-a-group-of-their-own",
         "Prosecutors charged Jane Roe, John Roe and Mark Stone. The two suspects passed "
         "documents to the GRU.",
         not_pairs=(("Jane Roe", "Main Intelligence Directorate"),
                    ("John Roe", "Main Intelligence Directorate"))),
    case("the-trio-needs-three-people-named-together",
         "Jane Roe and Paul Smith met in May. The trio worked for the Northland Security "
         "Bureau.",
         not_pairs=(("Jane Roe", "Northland Security Bureau"),
                    ("Paul Smith", "Northland Security Bureau"))),
    case("a-given-name-alone-is-the-one-person-named-in-full-with-it",
         "Lucy Kim spoke first. Later, Lucy met Omar Haddad in Geneva.",
         pairs=(("Lucy Kim", "Omar Haddad"),), not_names=("Lucy",)),
    case("a-given-name-two-people-share-stays-unresolved",
         "Lucy Kim and Lucy Poe spoke first. Later, Lucy met Omar Haddad in Geneva.",
         not_pairs=(("Lucy Kim", "Omar Haddad"), ("Lucy Poe", "Omar Haddad"))),
    case("a-name-read-as-a-body-is-the-person-whose-given-and-family-name-it-is",
         "Harald Winter\n\nHarald Winter (3 March 1931 - 9 May 1999) was a spy.\n\n"
         "Harald Otto Benno Winter was born in Leipzig. In 1960, Harald joined the "
         "Liberal Democratic Party of Germany.",
         names=("Harald Winter",), not_names=("Harald Otto Benno Winter", "Harald")),
    case("a-family-name-first-is-the-person-named-in-full-with-a-given-name-before-it",
         "Huang Ming and his wife, Lily Chen Wen, were expelled. Chen Wen had met Omar "
         "Haddad. Chen later met Paul Smith in Toronto.",
         pairs=(("Lily Chen Wen", "Omar Haddad"), ("Lily Chen Wen", "Paul Smith")),
         not_names=("Chen Wen", "Chen")),
    case("a-known-party-s-name-cut-before-of-is-that-party",
         "Jane Roe led the Freedom Party of Austria until 2019. In May, the Freedom Party "
         "expelled Paul Braun.",
         pairs=(("Freedom Party of Austria", "Paul Braun"),), not_names=("Freedom Party",)),
    case("a-family-called-by-its-plural-surname-is-no-person",
         "Karl Winter ran a bakery in Leipzig. In 1930 the Winters met Paul Braun.",
         not_names=("Winters",), not_pairs=(("Winters", "Paul Braun"),)),
    case("the-man-is-the-one-person-a-release-describes-by-age-without-a-name",
         "A 46-year-old Northland citizen has been prosecuted at Harbour District Court. "
         "The man is accused of spying for Russia.",
         pairs=(("46-year-old Northland citizen (unnamed)", "Russia"),)),
    case("the-woman-is-the-national-a-release-charges-without-a-name",
         "A Chinese national accused of collecting information about a Harbour temple has "
         "been charged by the Australian Federal Police. Police arrested the woman on "
         "Saturday. The Australian Federal Police said the woman had been released.",
         edges=(("Australian Federal Police", "CHARGED", "Chinese national (unnamed)"),),
         not_names=("Woman (unnamed)",)),
    case("a-national-that-is-no-subject-names-no-one",
         "The AFP charged Jane Roe, who met a Chinese national in 2019.",
         not_names=("Chinese national (unnamed)",)),
    case("a-given-name-written-again-and-again-before-a-surname-is-the-person-s",
         "Arne Treholm\nArne Treholm (13 December 1942 – 2023) was a Norwegian civil "
         "servant. Treholm was arrested in 1984.\n\nHis father Thorstein Treholm was a member "
         "of the Harbour Party. Arne Treholm was born to Thorstein Treholm and Olga Lund. He "
         "married Brit Sand in 1967.",
         names=("Arne Treholm", "Thorstein Treholm"),
         pairs=(("Arne Treholm", "Brit Sand"),),
         not_pairs=(("Thorstein Treholm", "Brit Sand"),)),
    case("the-man-stays-unresolved-when-two-men-are-described-by-age",
         "A 46-year-old man and a 39-year-old man were arrested. The man is accused of "
         "spying for Russia.", no_types=("ACTED_FOR",)),
    case("the-man-is-the-man-when-a-man-and-a-woman-are-described",
         "A 46-year-old man and a 39-year-old woman were arrested. The man is accused of "
         "spying for Russia.", edges=(("46-year-old man (unnamed)", "ACTED_FOR", "Russia"),),
         not_edges=(("39-year-old woman (unnamed)", "ACTED_FOR", "Russia"),)),
    case("a-quotation-over-two-sentences-is-said-by-the-one-named-after-it",
         "A 46-year-old man has been prosecuted. “I have prosecuted the man for spying on "
         "delegates. He also photographed their cars,” says Senior Prosecutor Jane Roe.",
         edges=(("Jane Roe", "CHARGED", "46-year-old man (unnamed)"),)),
    case("a-field-phrase-is-the-last-body-of-that-field",
         "MI5 briefed the Home Office on Monday. The security service accused the Northland "
         "Front of spying.", edges=(("MI5", "ACCUSED", "Northland Front"),),
         not_pairs=(("Home Office", "Northland Front"),)),
    case("a-field-phrase-is-no-body-of-another-field",
         "The Home Office met on Monday. The security service accused the Northland Front "
         "of spying.", not_pairs=(("Home Office", "Northland Front"),)),
    case("a-body-s-short-name-is-the-long-one-whatever-type-the-model-guessed",
         "Tomas Varga served as a Member of the National Council of the Slovak Republic "
         "from 2012. In 2016, the National Council banned foreign donations.",
         names=("National Council of the Slovak Republic",), not_names=("National Council",)),
    case("the-owner-of-a-branch-is-not-the-branch",
         "Agents gathered information about the Canberra branch of Guan Yin Citta. Guan Yin "
         "Citta denied any link to politics.",
         names=("Guan Yin Citta", "Canberra branch of Guan Yin Citta")),
    case("the-defendant-is-the-one-person-a-release-names-with-an-age",
         "Miami, May 3, 2024\n\nJane Roe, 61, of Queens, was convicted today. \"As proven at "
         "trial, the defendant acted on behalf of the Northland Security Bureau,\" said "
         "Omar Haddad.",
         pairs=(("Jane Roe", "Northland Security Bureau"),)),
    case("counted-defendants-in-a-lead-are-the-people-named-with-an-age",
         "Brooklyn, May 3, 2024\n\nA complaint was unsealed today in federal court in "
         "Brooklyn charging two defendants with acting as agents of the PRC. Jane Roe, 61, of "
         "Queens, and Paul Smith, 59, of Manhattan, were arrested this morning.",
         edges=(("Jane Roe", "ACTED_FOR", "People's Republic of China"),
                ("Paul Smith", "ACTED_FOR", "People's Republic of China")),
         not_names=("Two defendants (unnamed)",)),
    case("a-lead-s-age-must-match-the-age-a-person-is-named-with",
         "London, 14 February 2025\n\nA 52-year-old man from Leeds has been charged following "
         "an investigation by Counter Terrorism Policing North East. Peter Holloway, of "
         "Headingley, appeared in court on Thursday. Sara Niknam, 34, was charged last month.",
         not_pairs=(("Counter Terrorism Policing North East", "Sara Niknam"),)),
    case("a-lead-s-person-is-the-one-the-next-sentence-names-as-charged",
         "London, 14 February 2025\n\nA 52-year-old man from Leeds has been charged with "
         "assisting the Iranian Ministry of Intelligence. Peter Holloway, of Headingley, was "
         "charged on Thursday.",
         pairs=(("Peter Holloway", "Ministry of Intelligence of Iran"),)),
    case("a-described-suspect-named-later-is-that-person",
         "BERLIN - Prosecutors on Tuesday charged a former aide to a member of the European "
         "Parliament with spying for China. The aide, identified as Karl Weber, passed "
         "documents to an officer of the Ministry of State Security.",
         pairs=(("Karl Weber", "People's Republic of China"),),
         not_names=("Former aide (unnamed)",)),
    case("a-described-suspect-named-in-apposition-is-that-person",
         "Police charged a former official with spying for Russia. The official, Lars "
         "Holm, worked at the Northland Ministry of Defence.",
         pairs=(("Lars Holm", "Russia"),), not_names=("Former official (unnamed)",)),
    case("a-name-given-to-one-of-two-described-alike-is-no-pick",
         "Police charged a former official with spying for Russia. Another official was "
         "charged with spying for Iran. The official, Lars Holm, worked at a shipyard.",
         not_pairs=(("Lars Holm", "Russia"),)),
    case("a-lead-s-person-is-the-one-a-later-sentence-names-him-as",
         "COPENHAGEN, 2 May 2024 - Denmark has arrested a Swedish national on suspicion of "
         "conducting intelligence activities for Russia, the Harbour Security Agency said. "
         "The man, identified as an agent of the GRU, was held in Aarhus on Sunday. A "
         "lawyer for the family named him as Lars Holm, a teacher.",
         edges=(("Denmark", "DETAINED", "Lars Holm"),
                ("Lars Holm", "ACTED_FOR", "Russia"),
                ("Lars Holm", "ACTED_FOR", "Main Intelligence Directorate")),
         not_edges=(("Lars Holm", "WORKS_FOR", "Main Intelligence Directorate"),)),
    case("a-lead-named-as-two-people-is-no-one",
         "Denmark has arrested a Swedish national on suspicion of spying for Russia. A "
         "lawyer named him as Lars Holm. Police named him as Erik Berg.",
         not_pairs=(("Lars Holm", "Denmark"), ("Erik Berg", "Denmark"))),
    case("his-is-no-woman-the-text-called-she",
         "Lars Holm was detained in May. His wife Anna Berg told a newspaper she was "
         "worried. Anna Berg said she would wait. His lawyer, Erik Lund, told the Harbour "
         "Gazette he had not met his client.",
         not_pairs=(("Erik Lund", "Anna Berg"),)),
    case("his-wife-beside-him-in-the-subject-is-his-wife",
         "Omar Haddad was a spy. In 1956, he and his wife Christel emigrated to Harbourland.",
         edges=(("Christel", "HAD_RELATIONSHIP", "Omar Haddad"),)),
    case("people-named-by-surname-alone-are-people",
         "TAIPEI, 3 May 2024 - Two soldiers, a corporal surnamed Lin (林) and a captain "
         "surnamed Wu (吳), were charged. Lin and Wu are accused of spying for China.",
         edges=(("Lin", "ACTED_FOR", "People's Republic of China"),
                ("Wu", "ACTED_FOR", "People's Republic of China"))),
    case("an-unnamed-owner-s-family-is-marked-unnamed-once",
         "A Harbourland businessman said Chinese agents had threatened his family.",
         names=("Family of Harbourland businessman (unnamed)",)),
    case("the-senator-is-the-one-person-named-with-that-title",
         "Senate Majority Leader Jane Roe flagged the contract. The senator has since urged "
         "the Harbour Electoral Commission to investigate.",
         pairs=(("Jane Roe", "Harbour Electoral Commission"),)),
    case("the-judge-is-the-one-a-name-s-apposition-calls-a-judge",
         "Mark Stone, a judge of the Harbour Court, fled in May. The judge praised the "
         "Northland Security Bureau.",
         pairs=(("Mark Stone", "Northland Security Bureau"),)),
    case("the-senator-of-two-named-senators-is-no-one",
         "Senator Jane Roe and Senator John Roe spoke on Monday. The senator urged the "
         "Harbour Electoral Commission to investigate.",
         not_pairs=(("Jane Roe", "Harbour Electoral Commission"),
                    ("John Roe", "Harbour Electoral Commission"))),
    case("the-officer-after-an-unnamed-officer-is-no-one",
         "Police officer Jane Roe arrested a man in May. An intelligence officer had met him "
         "in April. The officer criticized the Northland Security Bureau.",
         not_pairs=(("Jane Roe", "Northland Security Bureau"),)),
    case("the-ambassador-to-a-state-is-an-office-not-a-reference",
         "Ambassador Jane Roe arrived in May. The ambassador to Northland criticized the "
         "Harbour Electoral Commission.",
         not_pairs=(("Jane Roe", "Harbour Electoral Commission"),)),
    case("a-lead-s-one-person-arrested-is-the-next-sentence-s-his",
         "Harbour police arrested Mark Stone on Monday on suspicion of spying for Northland. "
         "His lawyer, John Roe, told the Eastport Herald that his client denies any "
         "wrongdoing.",
         edges=(("John Roe", "WORKS_FOR", "Mark Stone"),)),
    case("two-people-arrested-leave-the-next-his-to-no-one",
         "Harbour police arrested Mark Stone and Paul Smith on Monday. His lawyer, John Roe, "
         "told the Eastport Herald that his client denies any wrongdoing.",
         not_pairs=(("John Roe", "Mark Stone"), ("John Roe", "Paul Smith"))),
    case("a-person-subject-stays-the-next-sentence-s-his",
         "Jane Roe met Mark Stone in Eastport on Monday. Her lawyer, John Roe, told the "
         "Eastport Herald that the meeting was private.",
         not_pairs=(("John Roe", "Mark Stone"),)),
    case("a-his-is-never-a-woman-her-given-name-names",
         "Police arrested Mark Stone last week on suspicion of spying for Northland. Jane "
         "Roe, Stone's adviser, said the charges were false. His friend, Anne Lee, told "
         "Reuters he was innocent. His wife Mary told reporters he was innocent.",
         not_pairs=(("Anne Lee", "Jane Roe"), ("Mary", "Jane Roe"))),
    case("a-her-is-never-a-man-his-given-name-names",
         "Police arrested Jane Roe last week. Mark Stone, Roe's adviser, said the charges "
         "were false. Her lawyer, Anne Lee, told Reuters she was innocent.",
         not_pairs=(("Anne Lee", "Mark Stone"),)),
    case("a-demonstrative-the-text-names-in-apposition-is-no-earlier-body",
         "Report\n\nThe MP taught at a school run by the Harbour Intelligence Agency. That "
         "agency, the Third Department, conducts spying activities for China.",
         not_pairs=(("Harbour Intelligence Agency", "People's Republic of China"),)),
    case("a-states-equivalent-of-another-states-body-is-a-likeness",
         "The MP studied at an institute run by China's equivalent of the United States "
         "National Security Agency. That agency conducts spying activities for China.",
         not_names=("National Security Agency",),
         not_pairs=(("National Security Agency", "People's Republic of China"),)),
    case("a-he-in-a-clause-put-first-is-the-main-clauses-subject",
         "Mark Stone said he had no knowledge of the scheme. While he was a member of the "
         "Harbour Council, John Roe took cash from Paul Smith.",
         edges=(("John Roe", "MEMBER_OF", "Harbour Council"),),
         not_pairs=(("Mark Stone", "Harbour Council"),)),
    case("a-he-in-a-clause-put-first-before-a-body-stays-the-last-person",
         "Mark Stone said he had no knowledge of the scheme. While he was a member of the "
         "Harbour Council, the Lantern Group paid him.",
         edges=(("Mark Stone", "MEMBER_OF", "Harbour Council"),)),
    case("the-defendants-are-the-people-a-release-names-with-an-age",
         "Brooklyn, May 3, 2024\n\nJane Roe, 61, of Queens, and Paul Smith, 59, of Manhattan, "
         "were charged today. The defendants worked on behalf of the Northland Security "
         "Bureau.",
         pairs=(("Jane Roe", "Northland Security Bureau"),
                ("Paul Smith", "Northland Security Bureau"))),
]


@pytest.mark.parametrize("expected", RESOLVED)
def test_resolved(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


def test_biography_pronouns_are_the_subject(extractor: Extractor) -> None:
    found = triples(run(extractor, BIO))
    assert ("Stephen Harper", "APPOINTED", "Michael Chong") in found
    assert ("People's Republic of China", "TARGETED", "Michael Chong") in found
    assert ("Michael Chong", "CRITICIZED", "Government of Canada") in found
    assert not any(s == "Stephen Harper" and r == "CRITICIZED" for s, r, _ in found)


def test_statement_ends_at_a_paragraph_without_quotes(extractor: Extractor) -> None:
    found = triples(run(extractor, STATEMENT))
    assert not any("Kenny Chiu" in (s, t) and "Bill Blair" in (s, t) for s, _, t in found)


def test_quoted_i_without_a_sayer_stays_unresolved(extractor: Extractor) -> None:
    found = triples(run(extractor, 'Jenny Kwan was in Ottawa. "I met with Kenny Chiu."'))
    assert not any("Kenny Chiu" in (s, t) for s, _, t in found)


def test_fronted_its_points_to_the_main_subject(extractor: Extractor) -> None:
    found = triples(run(extractor, FRONTED))
    assert any(r == "ACCUSED" and t == "Government of Canada" and "High Commission" in s
               for s, r, t in found)


def test_the_way_a_text_goes_back_to_a_body_is_among_its_aliases(extractor: Extractor) -> None:
    """Surface forms as written, the noun of 'The committee' too (the contract's aliases); the
    lookup leaves such descriptions out (tests/queries/test_lookup.py)."""
    found = run(extractor, "The Harbour Committee met on Monday. The committee then "
                           "questioned Omar Haddad.")
    committee = next(a for a in found.actors if a.name == "Harbour Committee")
    assert "committee" in committee.aliases, committee.aliases


REMARKS = """Prime Minister's remarks on foreign interference

Remarks by Prime Minister Jane Roe at a press conference, Tallinn, 14 March 2024
Good afternoon. Today the Harbour Security Service informed me that a network working for Russian military intelligence tried to recruit members of our parliament. I spoke with the President of the European Commission, Ursula von der Leyen, this morning.
"""  # noqa: E501 - document text, one paragraph a line


def test_remarks_by_someone_make_them_the_i_of_the_text(extractor: Extractor) -> None:
    """'Remarks by Prime Minister X' above a speech: its 'I' and 'me' are X; a name with
    particles ('von der Leyen') is one person, though the model splits it."""
    found = triples(run(extractor, REMARKS))
    assert ("Harbour Security Service", "BRIEFED", "Jane Roe") in found, found
    assert ("Jane Roe", "SPOKE_WITH", "Ursula von der Leyen") in found, found


SPEECH = """Speech by Director-General of the Harbour Security Service Jane Roe to the Eastport Institute
https://example.org/speeches/2025

Thank you for having me. I have briefed Mark Stone on these threats. We work closely with the Lantern Intelligence Agency.
"""  # noqa: E501 - document text, one paragraph a line


def test_a_speech_by_someone_on_the_title_line_makes_them_its_i(extractor: Extractor) -> None:
    """'Speech by Director-General of X, Jane Roe, to Y' as the title: 'I' is Jane Roe, and
    'we' the body her title names (not the audience)."""
    found = triples(run(extractor, SPEECH))
    assert ("Jane Roe", "BRIEFED", "Mark Stone") in found, found
    assert ("Harbour Security Service", "COOPERATED_WITH", "Lantern Intelligence Agency") \
        in found, found
    assert not any(s == "Eastport Institute" for s, _, _ in found), found


def test_a_name_alone_on_the_title_line_is_no_i(extractor: Extractor) -> None:
    """A page titled with a person's name is about them, not in their words."""
    text = "Jane Roe\nhttps://example.org/people/roe\n\nI met Paul Smith in May.\n"
    assert not triples(run(extractor, text))


def test_remarks_by_no_named_speaker_give_the_i_to_no_one(extractor: Extractor) -> None:
    text = REMARKS.replace("Remarks by Prime Minister Jane Roe", "Remarks by the Prime Minister")
    found = triples(run(extractor, text))
    assert not any(t == "BRIEFED" for _, t, _ in found), found


def test_a_side_taken_is_not_the_government_it_names(extractor: Extractor) -> None:
    """'the pro-Russian government of X' is X's, neither the home government nor Russia's:
    no actor may carry it as a name."""
    extraction = run(extractor, (
        "Jane Roe - Wikipedia\nhttps://en.wikipedia.org/wiki/Jane_Roe\n\nJane Roe is an "
        "American lobbyist. The FBI charged her over her consulting work for the pro-Russian "
        "government of Mark Stone in Eastport. The U.S. Justice Department said the U.S. "
        "government would act."))
    aliases = {a.lower() for actor in extraction.actors for a in actor.aliases}
    assert "pro-russian government" not in aliases and "russian government" not in aliases
