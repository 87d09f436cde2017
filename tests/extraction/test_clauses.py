"""Generic clause links, the foreign-agent family and office-holders, on our own sentences.

Each row says which pair a sentence links (positive) or must not link (negative): the
negative rows are the wrong edges each precaution of `loaders.clauses` was made for.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import pairs, run, triples
from figraph.loaders.extractor import Extractor
from figraph.loaders.vocabulary import offices

LINKED = [
    ("The agreement between Canada and China was signed in 2012.",
     ("Canada", "People's Republic of China")),
    ("Jane Roe worked as an assistant for Omar Haddad, a former member of the Harbour "
     "Council.", ("Jane Roe", "Omar Haddad")),
    ("Jane Roe worked as an assistant for Omar Haddad, a former member of the Harbour "
     "Council.", ("Omar Haddad", "Harbour Council")),
    ("In this role, Jane Roe tried to infiltrate groups in the region, including the "
     "Northwind Rifle Club.", ("Jane Roe", "Northwind Rifle Club")),
    ("The Harbour Committee questioned Omar Haddad about the payments.",
     ("Omar Haddad", "Harbour Committee")),
    ("MEPs were alarmed by the questioning of Omar Haddad by the Federal Bureau of "
     "Investigation.", ("Omar Haddad", "Federal Bureau of Investigation")),
    ("Jane Roe, along with her associate Omar Haddad, lobbied the Harbour Council.",
     ("Omar Haddad", "Harbour Council")),
    ("Jane Roe was appointed ambassador to Belarus by President Mark Stone in 2019.",
     ("Mark Stone", "Jane Roe")),
    ("Jane Roe became a lawyer and her brother, John Roe, joined the Harbour Party.",
     ("John Roe", "Harbour Party")),
    ("Ortiz' son and daughter, Marco and Lina, became analysts and her former boyfriend, "
     "Carl Webb, was a pilot for the Northland Navy.", ("Carl Webb", "Northland Navy")),
]

NOT_LINKED = [
    ("During 2010\u20132015, Omar Haddad was the first secretary of the political section at "
     "the Russian Embassy to the United Kingdom where his dossier included bilateral "
     "relations.", ("Omar Haddad", "United Kingdom")),
    ("In June 2012, he attended meetings of the British parliament's Foreign Affairs "
     "Committee along with Omar Haddad, chairman of the committee for International Affairs "
     "of the Harbour Assembly and Mark Stone, Russian ambassador to London.",
     ("Omar Haddad", "Mark Stone")),
    ("Born in Harbouria, Jane Roe was the owner of a \"blastfaxing\" business (an "
     "automated system that sends out faxes to thousands of businesses) in California, "
     "United States in the early 1990s.", ("Jane Roe", "United States")),
    ("In July 2023, Jane Roe claimed she had made allegations of corruption by Mark Stone's "
     "son, John Stone to the FBI and the Justice Department.",
     ("John Stone", "Federal Bureau of Investigation")),
    ("Jane Roe was appointed ambassador to Belarus by President Mark Stone in 2019.",
     ("Mark Stone", "Belarus")),
    ("The Harbour Agency is the Northland Security Service.",
     ("Harbour Agency", "Northland Security Service")),
    ("Northland: report of the Harbour Council\n\nThe council met in May.",
     ("Northland", "Harbour Council")),
    ("Jane Roe mentioned Omar Haddad in her speech.", ("Jane Roe", "Omar Haddad")),
    ("Jane Roe said that Omar Haddad had resigned.", ("Jane Roe", "Omar Haddad")),
    ("Jane Roe never met Omar Haddad.", ("Jane Roe", "Omar Haddad")),
    ("Jane Roe lost to Omar Haddad in the 2019 election.", ("Jane Roe", "Omar Haddad")),
    ("Jane Roe advised Omar Haddad to delay the release of Paul Smith.",
     ("Jane Roe", "Paul Smith")),
    ("The Harbour Council failed to protect Omar Haddad.", ("Harbour Council", "Omar Haddad")),
    ("The Harbour Council refused to sanction Omar Haddad.", ("Harbour Council", "Omar Haddad")),
    ("Jane Roe declined to meet Omar Haddad.", ("Jane Roe", "Omar Haddad")),
    ("The RCMP should examine groups with ties to the Northwind Front.",
     ("Royal Canadian Mounted Police", "Northwind Front")),
    ("Jane Roe spoke to a diplomat regarding the release of Paul Smith.",
     ("Jane Roe", "Paul Smith")),
    ("Jane Roe criticized the council for not acting on the warnings of the Harbour Agency.",
     ("Jane Roe", "Harbour Agency")),
    # a new subject the parser joins to the predicate is no one the subject became, and
    # no name after it stands by the predicate
    ("Ortiz' son and daughter, Marco and Lina, became Harbour Police analysts and her former "
     "boyfriend, Carl Webb, was a pilot specializing in cargo flights for the Northland Navy.",
     ("Marco", "Carl Webb")),
    ("Ortiz' son and daughter, Marco and Lina, became Harbour Police analysts and her former "
     "boyfriend, Carl Webb, was a pilot specializing in cargo flights for the Northland Navy.",
     ("Carl Webb", "Harbour Police")),
    # the second verb's own subject, which the parser joined to the first verb's object
    ("Jane Roe became a lawyer and her brother, John Roe, joined the Harbour Party.",
     ("Jane Roe", "Harbour Party")),
    ("Ortiz' son and daughter, Marco and Lina, became analysts and her former boyfriend, "
     "Carl Webb, was a pilot for the Northland Navy.", ("Marco", "Northland Navy")),
    # a school's new name is no act of the one who studied there
    ("Jane Roe graduated with a PhD from the Northwind Higher School, renamed Academy of the "
     "Harbour Security Service.", ("Jane Roe", "Northwind Higher School")),
    # a school one took a degree at
    ("Jane Roe is an analyst at the Harbour Agency. She studied law in Lisbon, and in 1995 "
     "she completed a doctoral degree at the Northwind School of Public Affairs.",
     ("Jane Roe", "Northwind School of Public Affairs")),
    # what would have happened did not
    ("Jan Kowal is a judge. Kowal would have fled to Northland, yet the border rules of that "
     "year sent him to Southland instead.", ("Jan Kowal", "Northland")),
    ("Jan Kowal is a judge. Kowal would have joined the Harbour Party, but he chose the "
     "Northland League.", ("Jan Kowal", "Harbour Party")),
]


@pytest.mark.parametrize(("text", "pair"), LINKED)
def test_clause_links(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in pairs(run(extractor, text)), text


@pytest.mark.parametrize(("text", "pair"), NOT_LINKED)
def test_no_clause_link(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) not in pairs(run(extractor, text)), text


@pytest.mark.parametrize(("text", "status"), [
    ("Jane Roe was convicted in 2019 of acting as an unregistered agent of Russia.",
     "convicted"),
    ("In 2020, Jane Roe pleaded guilty to conspiring to act as an agent of Russia.", None),
    ("Jane Roe, a suspected spy for Russia, left the country.", None),
    ("Jane Roe was an agent of Russia.", None),
    ("Police arrested two men. Jane Roe was accused of being a spy working for Russia.", None),
])
def test_acting_for_a_foreign_power(extractor: Extractor, text: str, status: str | None
                                    ) -> None:
    extraction = run(extractor, text)
    names = {a.id: a.name for a in extraction.actors}
    edges = [e for e in extraction.edges if e.type == "ACTED_FOR"]
    assert [(names[e.source], names[e.target]) for e in edges] == [("Jane Roe", "Russia")]
    if status is not None:
        assert edges[0].status == status


def test_an_agent_of_no_one_named_is_no_allegation(extractor: Extractor) -> None:
    text = "Jane Roe was convicted of acting as an unregistered foreign agent."
    assert not [e for e in run(extractor, text).edges if e.type == "ACTED_FOR"]


@pytest.mark.parametrize(("country", "title", "when", "name"), [
    ("Canada", "prime minister", [date(2023, 10, 1)], "Justin Trudeau"),
    ("Canada", "prime minister", [date(2015, 1, 1)], "Stephen Harper"),
    ("United Kingdom", "deputy prime minister", [date(2024, 3, 25)], "Oliver Dowden"),
    ("United Kingdom", "speaker", [date(2022, 1, 13)], "Lindsay Hoyle"),
    # two holders in the span of the document's dates: no answer
    ("Canada", "prime minister", [date(2015, 1, 1), date(2016, 1, 1)], None),
    ("Canada", "prime minister", [], None),
    ("Canada", "archbishop", [date(2023, 1, 1)], None),
    ("United States", "president", [date(1998, 6, 1)], "Bill Clinton"),
    ("United Kingdom", "prime minister", [date(1982, 4, 2)], "Margaret Thatcher"),
    ("Australia", "prime minister", [date(2013, 7, 1)], "Kevin Rudd"),
    ("New Zealand", "prime minister", [date(2018, 3, 15)], "Jacinda Ardern"),
    # dates in Rudd's two terms are Rudd's; one in Gillard's between: no answer
    ("Australia", "prime minister", [date(2009, 1, 1), date(2013, 7, 1)], "Kevin Rudd"),
    ("Australia", "prime minister", [date(2009, 1, 1), date(2011, 7, 1)], None),
])
def test_office_holders_by_date(country: str, title: str, when: list[date],
                                name: str | None) -> None:
    assert offices.holder(country, title, when) == name


def test_a_title_alone_is_its_holder_on_the_documents_date(extractor: Extractor) -> None:
    text = ("Ottawa, October 4, 2023\n\nCSIS said the campaign targeted the Prime Minister "
            "and other MPs.")
    assert "Justin Trudeau" in {a.name for a in run(extractor, text).actors}


def test_a_title_spoken_to_is_no_actor(extractor: Extractor) -> None:
    text = "Ottawa, October 4, 2023\n\nMr. Speaker, I rise to speak about CSIS."
    assert "Greg Fergus" not in {a.name for a in run(extractor, text).actors}


@pytest.mark.parametrize("text", [
    "At Westminster, MI5 issued an interference alert about Jane Roe.",
    "CSIS published an interference warning on Tuesday.",
])
def test_an_alert_about_interference_accuses_no_one(extractor: Extractor, text: str) -> None:
    assert not [e for e in run(extractor, text).edges if e.type == "INTERFERED_IN"]


def test_the_group_is_the_article_subject_only(extractor: Extractor) -> None:
    text = ("Jane Roe\n\nJane Roe worked for Harwood & Lyle, a law firm. In 2019 she founded a "
            "parliamentary group, and Omar Haddad attended events of the group she chaired.")
    assert not any("Harwood" in t for s, _, t in triples(run(extractor, text))
                   if s == "Omar Haddad")


@pytest.mark.parametrize("text", [
    "In 1985, Jane Roe emigrated to Portugal to study at the Harbour Institute.",
    "Jane Roe fled to Portugal after the election.",
])
def test_moving_somewhere_links_no_one_to_the_place(extractor: Extractor, text: str) -> None:
    assert frozenset(("Jane Roe", "Portugal")) not in pairs(run(extractor, text)), text


# -- officials named with their office, partners named 'along with', editors' brackets ------

RAPPORTEUR = "Independent Special Rapporteur on Foreign Interference"

TYPED = [
    # 'who' stands for the person, not the body the parser hangs it on
    ("Jan Kask is an officer of the Harbour Security Service who was arrested by the "
     "Northland Security Service in 2014.",
     ("Northland Security Service", "DETAINED", "Jan Kask")),
    # the one known for a deed did it
    ("Ivan Petrov, the banker chiefly known for running the Harbour Media Agency, spoke "
     "first.", ("Ivan Petrov", "HEADS", "Harbour Media Agency")),
    ("Jane Roe, the businesswoman known for founding the Harbour Institute, spoke on Monday.",
     ("Jane Roe", "ESTABLISHED", "Harbour Institute")),
    ("Jane Roe has been highly critical of the Chinese Communist Party.",
     ("Jane Roe", "CRITICIZED", "Chinese Communist Party")),
    ("Omar Haddad, a vocal critic of the Harbour Party, left in May.",
     ("Omar Haddad", "CRITICIZED", "Harbour Party")),
    ("Paul Smith, a supporter of the Harbour Party, spoke.",
     ("Paul Smith", "SUPPORTED", "Harbour Party")),
    ("Omar Haddad, 58, of Port Elgin, Ontario, along with his co-conspirator, Jane Roe, 41, "
     "of Lyon, were involved in a scheme to sway the Harbour Council.",
     ("Jane Roe", "COOPERATED_WITH", "Omar Haddad")),
    ("Jane Roe, Assistant Director of the Federal Bureau of Investigation, announced the "
     "charges.", ("Jane Roe", "WORKS_FOR", "Federal Bureau of Investigation")),
    ("Jane Roe, Special Agent in Charge of the FBI's Boston Field Office, announced the "
     "charges.", ("Jane Roe", "WORKS_FOR", "Federal Bureau of Investigation")),
    ("Omar Haddad, Deputy Director of CSIS, spoke first.",
     ("Omar Haddad", "WORKS_FOR", "Canadian Security Intelligence Service")),
    ("Last spring, Global Affairs Canada's [GAC's] Rapid Response Mechanism [RRM Canada] "
     "detected a campaign.", ("Rapid Response Mechanism Canada", "PART_OF",
                              "Global Affairs Canada")),
    ("The group opposes Putin's regime and supports prisoners.",
     ("Vladimir Putin", "HEADS", "Russia")),
    ("In 2021 the Harbour Intelligence Agency exposed the Northwind Front as a front group.",
     ("Harbour Intelligence Agency", "INVESTIGATED", "Northwind Front")),
    ("Jane Roe was questioned by the FBI and later met Omar Haddad.",
     ("Jane Roe", "MET_WITH", "Omar Haddad")),
    ("Omar Haddad was arrested by the RCMP and charged with fraud.",
     ("Royal Canadian Mounted Police", "DETAINED", "Omar Haddad")),
    ("The Harbour Council was briefed by officials at Global Affairs Canada.",
     ("Global Affairs Canada", "BRIEFED", "Harbour Council")),
    ("The Hong Kong police issued arrest warrants against eight activists, including Jane "
     "Roe.", ("Hong Kong Police Force", "INVESTIGATED", "Jane Roe")),
    ("Omar Haddad is a fugitive. He fled after Interpol issued an arrest warrant for his "
     "alleged role in the fraud.", ("Interpol", "INVESTIGATED", "Omar Haddad")),
    ("APT31 hacked the Electoral Commission.", ("APT31", "TARGETED", "Electoral Commission")),
    ("The RCMP charged Jane Roe with spying for China.",
     ("Jane Roe", "ACTED_FOR", "People's Republic of China")),
    ("A federal jury convicted Omar Haddad of acting as an agent of Turkey.",
     ("Omar Haddad", "ACTED_FOR", "Turkey")),
    ("The RCMP accused Omar Haddad of working with Jane Roe.",
     ("Omar Haddad", "HAD_RELATIONSHIP", "Jane Roe")),
    ("In 2019, Jane Roe was appointed chair of the Harbour Committee.",
     ("Jane Roe", "HEADS", "Harbour Committee")),
    ("Jane Roe was elected leader of the Conservative Party of Canada in 2021.",
     ("Jane Roe", "HEADS", "Conservative Party of Canada")),
    ("Jane Roe was placed under investigation by the RCMP.",
     ("Royal Canadian Mounted Police", "INVESTIGATED", "Jane Roe")),
    ("According to the report, Jane Roe received funds from the Chinese consulate.",
     ("Chinese consulate", "FUNDED", "Jane Roe")),
    ("Omar Haddad accepted payments from Russia.", ("Russia", "FUNDED", "Omar Haddad")),
    ("Jane Roe is a senator. In 2017, the agency warned that her donor Omar Haddad had "
     "links to the Northwind Front.", ("Omar Haddad", "FUNDED", "Jane Roe")),
    ("Jane Roe's adviser Omar Haddad quit in May.", ("Omar Haddad", "WORKS_FOR", "Jane Roe")),
    ("Jane Roe and Omar Haddad fled to Paris and were arrested in France in May.",
     ("France", "DETAINED", "Omar Haddad")),
    ("Russia has tried to interfere in Australian politics.",
     ("Russia", "INTERFERED_IN", "Australia")),
    ("Russia attempted to interfere in the Moldovan presidential election.",
     ("Russia", "INTERFERED_IN", "Moldova")),
    ("Russia interfered in the elections to the European Parliament.",
     ("Russia", "INTERFERED_IN", "European Parliament")),
    ("The committee condemned the attempts by Russia to interfere in the elections to the "
     "European Parliament.", ("Russia", "INTERFERED_IN", "European Parliament")),
    ("The committee condemned Russia's efforts to interfere in the Moldovan elections.",
     ("Russia", "INTERFERED_IN", "Moldova")),
    ("MI5 and the Home Office briefed MPs in London. Chinese interference in Canadian "
     "elections is documented.", ("People's Republic of China", "INTERFERED_IN", "Canada")),
    ("MI5 and the Home Office briefed MPs in London. Russia has tried to interfere in "
     "Australian politics.", ("Russia", "INTERFERED_IN", "Australia")),
    ("Omar Haddad\nOmar Haddad is a Canadian politician. A member of the Conservative "
     "Party, Haddad introduced Bill C-282 in 2021.",
     ("Omar Haddad", "INTRODUCED", "Foreign Influence Registry Act")),
    ("The House of Commons met in Ottawa. The House adopted a motion calling on the special "
     "rapporteur to step aside.", ("House of Commons", "CRITICIZED", RAPPORTEUR)),
    ("Jane Roe was once a member of the Harbour Council.",
     ("Jane Roe", "FORMER_MEMBER_OF", "Harbour Council")),
    ("Omar Haddad attempted to influence key leaders on behalf of Turkey.",
     ("Omar Haddad", "ACTED_FOR", "Turkey")),
    ("APT31, a group affiliated with the Chinese state, hacked the Electoral Commission.",
     ("APT31", "AFFILIATED_WITH", "People's Republic of China")),
    ("Jane Roe, a businesswoman linked to the Northwind Front, donated money.",
     ("Jane Roe", "AFFILIATED_WITH", "Northwind Front")),
    ("Omar Haddad was arrested on charges of spying for Russia.",
     ("Omar Haddad", "ACTED_FOR", "Russia")),
    ("Police arrested Jane Roe, a suspected Chinese spy.",
     ("Jane Roe", "ACTED_FOR", "People's Republic of China")),
    ("The trial in France on 2 May of Omar Haddad on charges of being a Russian agent began.",
     ("Omar Haddad", "ACTED_FOR", "Russia")),
    ("Police questioned Jane Roe and arrested her parliamentary assistant on charges of "
     "spying for Russia.", ("Assistant of Jane Roe (unnamed)", "WORKS_FOR", "Jane Roe")),
    ("Police questioned Jane Roe and arrested her parliamentary assistant on charges of "
     "spying for Russia.", ("Assistant of Jane Roe (unnamed)", "ACTED_FOR", "Russia")),
    ("In 1998 Jane Roe was assigned to the Harbour Policy Institute.",
     ("Jane Roe", "WORKS_FOR", "Harbour Policy Institute")),
    ("The ministry seconded Jane Roe to the Harbour Policy Institute in 2004.",
     ("Jane Roe", "WORKS_FOR", "Harbour Policy Institute")),
    ("Jane Roe was posted to the Norwegian embassy in Moscow.",
     ("Jane Roe", "WORKS_FOR", "Norwegian embassy in Moscow")),
]

NOT_TYPED = [
    ("The telegram stated that the United States wanted Jane Roe removed from office because "
     "of her neutral stance on the war between Russia and Ukraine and refusal to back the "
     "Ukrainians.", ("Russia", "SUPPORTED", "Ukraine")),
    ("The Luoyang institute is run by China's equivalent of the United States National "
     "Security Agency.", ("People's Republic of China", "RELATED_TO",
                          "United States National Security Agency")),
    ("The RCMP and CSIS met in Ottawa. Jane Roe spoke on behalf of Canada at the summit.",
     ("Jane Roe", "ACTED_FOR", "Canada")),
    ("Jane Roe met Omar Haddad's lawyer in Ottawa.", ("Jane Roe", "MET_WITH", "Omar Haddad")),
    ("Jane Roe was once a member of the Harbour Council.",
     ("Jane Roe", "MEMBER_OF", "Harbour Council")),
    ("Jane Roe, the former ambassador of China, criticized Beijing.",
     ("Jane Roe", "WORKS_FOR", "People's Republic of China")),
    ("Omar Haddad, whose brother works for the RCMP, met Jane Roe.",
     ("Omar Haddad", "WORKS_FOR", "Royal Canadian Mounted Police")),
    ("The House adopted a motion calling on the special rapporteur to step aside. The Senate "
     "rejected a motion calling on Omar Haddad to resign.",
     ("Senate of Canada", "CRITICIZED", RAPPORTEUR)),
    ("The Standing Committee on Procedure and House Affairs met. The House adopted a motion "
     "calling on the special rapporteur to step aside.",
     ("Standing Committee on Procedure and House Affairs", "CRITICIZED", RAPPORTEUR)),
    ("Minister, the House voted yesterday on a motion calling on the special rapporteur to "
     "step aside.", ("House of Commons", "CRITICIZED", RAPPORTEUR)),
    ("Omar Haddad is not a member of the Harbour Council.",
     ("Omar Haddad", "MEMBER_OF", "Harbour Council")),
    ("Jane Roe was never the president of the Northwind Alliance.",
     ("Jane Roe", "HEADS", "Northwind Alliance")),
    ("Ann Poe is no longer chair of the Harbour Committee.",
     ("Ann Poe", "HEADS", "Harbour Committee")),
    ("MI5 and the Home Office briefed MPs in London. Chinese interference in Canadian "
     "elections is documented.", ("People's Republic of China", "INTERFERED_IN",
                                  "United Kingdom")),
    ("Russia did not interfere in Australian politics.",
     ("Russia", "INTERFERED_IN", "Australia")),
    ("Russia did not interfere in the elections to the European Parliament.",
     ("Russia", "INTERFERED_IN", "European Parliament")),
    ("Russia sent a letter to the European Parliament to interfere in the elections.",
     ("Russia", "INTERFERED_IN", "European Parliament")),
    ("Jane Roe and Omar Haddad fled to Paris and were arrested in France in May.",
     ("Jane Roe", "DETAINED", "Omar Haddad")),
    ("Jane Roe told Omar Haddad that his donor Ann Poe had left.",
     ("Ann Poe", "FUNDED", "Jane Roe")),
    ("Jane Roe told Omar Haddad that his donor Ann Poe had left.",
     ("Ann Poe", "FUNDED", "Omar Haddad")),
    ("Jane Roe was appointed in 2019 after Omar Haddad, chair of the Harbour Committee, "
     "resigned.", ("Jane Roe", "HEADS", "Harbour Committee")),
    ("The RCMP charged Jane Roe with spying for China.",
     ("Royal Canadian Mounted Police", "INVESTIGATED", "People's Republic of China")),
    ("The RCMP accused Omar Haddad of working with Jane Roe.",
     ("Royal Canadian Mounted Police", "HAD_RELATIONSHIP", "Jane Roe")),
    ("Officials at the embassy in China met Jane Roe.",
     ("People's Republic of China", "MET_WITH", "Jane Roe")),
    ("Jane Roe was questioned by the FBI and later met Omar Haddad.",
     ("Federal Bureau of Investigation", "MET_WITH", "Omar Haddad")),
    ("Jane Roe has been contacted by MI5, and is now warning Omar Haddad about the threat.",
     ("MI5", "WARNED", "Omar Haddad")),
    ("Omar Haddad was accused of spying on Russia.", ("Omar Haddad", "ACTED_FOR", "Russia")),
    ("Jane Roe said Omar Haddad had worked for a Russian agent.",
     ("Jane Roe", "ACTED_FOR", "Russia")),
    ("The group opposes Omar Haddad's regime in the Harbour Council.",
     ("Omar Haddad", "HEADS", "Harbour Council")),
    ("Jane Roe, Assistant Director of the Federal Bureau of Investigation, announced the "
     "charges.", ("Jane Roe", "HEADS", "Federal Bureau of Investigation")),
    ("Omar Haddad, Deputy Director of CSIS, spoke first.",
     ("Omar Haddad", "HEADS", "Canadian Security Intelligence Service")),
    ("Omar Haddad was charged in March. Along with his lawyer, Jane Roe, he met the "
     "Harbour Council.", ("Jane Roe", "COOPERATED_WITH", "Omar Haddad")),
    ("Jane Roe posted to the Harbour Policy Institute forum every day.",
     ("Jane Roe", "WORKS_FOR", "Harbour Policy Institute")),
    ("In 1998 Jane Roe was assigned to Canada.", ("Jane Roe", "WORKS_FOR", "Canada")),
]


@pytest.mark.parametrize(("text", "triple"), TYPED)
def test_typed_links(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(run(extractor, text)), text


@pytest.mark.parametrize(("text", "triple"), NOT_TYPED)
def test_no_typed_link(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in triples(run(extractor, text)), text


def test_an_editors_bracket_does_not_end_the_sentence() -> None:
    from figraph.loaders.text.parsing import load_nlp

    nlp = load_nlp()
    glued = "Last spring, Global Affairs Canada's [GAC's] Rapid Response Mechanism detected it."
    assert len(list(nlp(glued).sents)) == 1
    apart = "They said it was over. [Applause] Then he spoke."
    assert next(iter(nlp(apart).sents)).text == "They said it was over."


def test_each_consideration_line_of_a_resolution_is_a_sentence(extractor: Extractor) -> None:
    """'– having regard to ...,' and 'stating that ...,' open sentences of their own: one
    parse of a long preamble ran past the length the rules read."""
    text = ("The European Parliament,\n– having regard to its earlier resolutions on the "
            "Harbour Republic and on the activities of the Northland Security Bureau in the "
            "region,\n– having regard to the Northland Security Bureau's report on Jane Roe,\n"
            "stating that the Northland Security Bureau targeted Jane Roe,\n1. Calls on the "
            "Commission to act.")
    nlp = extractor.nlp
    starts = [s.text.split()[0] for s in nlp(text).sents]
    assert starts.count("–") == 2 and "stating" in starts, starts
    recitals = ("The Seimas of the Harbour Republic,\nreferring to its earlier resolutions on "
                "the Northland Security Bureau and on its activities in the region,\nwelcoming "
                "the report of the Northland Security Bureau on Jane Roe,\nconvinced that the "
                "Bureau targeted Jane Roe,\nadopts this resolution.")
    starts = [s.text.split()[0] for s in nlp(recitals).sents]
    assert {"referring", "welcoming", "convinced"} <= set(starts), starts
    glued = ("The minister, who spoke at length about the case, the report and the long "
             "inquiry,\nleft the room.")
    assert len(list(nlp(glued).sents)) == 1


@pytest.mark.parametrize("text", [
    "The Seimas recalled Resolution No XIV-930 of the Seimas of the Harbour Republic.",
    "The Seimas recalled Resolution No. 14/2022 of the Seimas of the Harbour Republic.",
])
def test_a_number_after_no_ends_no_sentence(extractor: Extractor, text: str) -> None:
    """The parser read 'No' as the end of a sentence and cut the resolution's name."""
    assert len(list(extractor.nlp(text).sents)) == 1


def test_an_aide_nobody_says_anything_of_is_no_actor(extractor: Extractor) -> None:
    extraction = run(extractor, "Jane Roe flew to Paris with her assistant.")
    assert not any("(unnamed)" in a.name for a in extraction.actors)


@pytest.mark.parametrize(("name", "label", "company"), [
    ("Harbour Northwind Science and Technology Company", "FAC", True),
    ("Northwind Information Technology Co. Ltd.", "PRODUCT", True),
    ("Harbour Tower", "FAC", False),
    ("Company", "FAC", False),
])
def test_a_company_the_tagger_took_for_a_place(name: str, label: str, company: bool) -> None:
    """A legal form at the end makes a building or a product the tagger saw an
    organisation; without one it stays what the tagger said."""
    from figraph.loaders.mentions.ner import _company_name
    from figraph.loaders.text.parsing import load_nlp
    from spacy.tokens import Span

    doc = load_nlp().make_doc(f"The United Kingdom sanctioned {name} today.")
    ent = Span(doc, 4, len(doc) - 2, label=label)
    assert ent.text == name
    assert _company_name(ent) is company


def test_an_inline_dateline_is_a_place(extractor: Extractor) -> None:
    """'Washington, DC - After ...': where a release comes from links and names no one."""
    text = ("Jury convicts consultant\n\nWashington, DC - After two days a federal jury "
            "convicted Omar Haddad of acting as an agent of Turkey.\n")
    extraction = run(extractor, text)
    assert {a.name for a in extraction.actors} == {"Omar Haddad", "Turkey",
                                                   "Federal jury (unnamed)"}
    assert ("Omar Haddad", "ACTED_FOR", "Turkey") in triples(extraction)


def test_a_remit_listed_with_commas_is_one_committee(extractor: Extractor) -> None:
    text = ("The Senate Committee on Women, Children, Family Relations and Gender Equality, "
            "chaired by Senator Jane Roe, heard Omar Haddad.")
    names = {a.name for a in run(extractor, text).actors}
    assert "Senate Committee on Women, Children, Family Relations and Gender Equality" in names
    assert "Gender Equality" not in names


# -- generic links: an unknown verb between named actors, a tie noun ---------------------


def test_unknown_verb_links_named_actors_as_related(extractor: Extractor) -> None:
    extraction = run(extractor, "Michael Chong courted Jenny Kwan for months.")
    related = [e for e in extraction.edges if e.type == "RELATED_TO"]
    names = {a.id: a.name for a in extraction.actors}
    assert {frozenset((names[e.source], names[e.target])) for e in related} == {
        frozenset(("Michael Chong", "Jenny Kwan"))}
    assert related[0].evidence[0].extractor == "generic-svo"
    assert "courted" in related[0].evidence[0].quote


@pytest.mark.parametrize("text", [
    pytest.param("Michael Chong never courted Jenny Kwan.", id="denied"),
    pytest.param("Michael Chong announced that Jenny Kwan had resigned.", id="reported"),
    pytest.param("Michael Chong mentioned Jenny Kwan in his speech.", id="mentioned"),
])
def test_unknown_verb_links_nothing_when_denied_or_reported(extractor: Extractor,
                                                            text: str) -> None:
    assert not [e for e in run(extractor, text).edges if e.type == "RELATED_TO"], text


@pytest.mark.parametrize("text", [
    "Michael Chong signed a secret agreement with Jenny Kwan in 2019.",
    "Michael Chong reached a deal with Jenny Kwan.",
])
def test_an_unknown_verb_s_object_with_someone_links_them(extractor: Extractor,
                                                         text: str) -> None:
    assert frozenset(("Michael Chong", "Jenny Kwan")) in pairs(run(extractor, text))


def test_an_object_s_phrase_links_nothing_when_denied(extractor: Extractor) -> None:
    text = "Michael Chong never signed an agreement with Jenny Kwan."
    assert frozenset(("Michael Chong", "Jenny Kwan")) not in pairs(run(extractor, text))


def test_a_known_rule_leaves_no_room_for_a_generic_link(extractor: Extractor) -> None:
    found = triples(run(extractor, "China detained Michael Kovrig in 2018."))
    assert ("People's Republic of China", "DETAINED", "Michael Kovrig") in found
    assert not {t for t in found if t[1] == "RELATED_TO"}


def test_a_tie_noun_links_its_holder_to_the_other_end(extractor: Extractor) -> None:
    extraction = run(extractor, "Reporters examined Michael Chong's ties to Jenny Kwan.")
    names = {a.id: a.name for a in extraction.actors}
    assert {frozenset((names[e.source], names[e.target])) for e in extraction.edges
            if e.type == "RELATED_TO"} == {frozenset(("Michael Chong", "Jenny Kwan"))}


def test_a_verb_s_type_does_not_pass_through_an_event_undergone(extractor: Extractor) -> None:
    """'advised X against the release of Y' links Y, but advises no Y: RELATED_TO."""
    text = ("Jane Roe advised the consul against the release of Michael Spavor and Michael "
            "Kovrig. Ann Poe advised Paul Smith on the bill.")
    found = triples(run(extractor, text))
    assert ("Jane Roe", "RELATED_TO", "Michael Spavor") in found, found
    assert not any(s == "Jane Roe" and t == "SPOKE_WITH" for s, t, _ in found), found
    assert ("Ann Poe", "SPOKE_WITH", "Paul Smith") in found, found


def test_a_title_alone_heads_the_body_it_names(extractor: Extractor) -> None:
    """'the commissioner of the RCMP' on an October 2023 text is its holder, who heads it."""
    text = ("Ottawa, October 4, 2023\n\nThe commissioner of the RCMP said the threat was "
            "serious.")
    assert ("Mike Duheme", "HEADS", "Royal Canadian Mounted Police") in \
        triples(run(extractor, text))


def test_an_office_title_outside_the_known_terms_names_no_one(extractor: Extractor) -> None:
    text = "Ottawa, October 4, 2016\n\nThe commissioner of the RCMP said the threat was serious."
    assert not [a for a in run(extractor, text).actors if a.type == "Person"]


def test_the_government_of_a_state_named_with_its_acronym_is_that_state(
        extractor: Extractor) -> None:
    """'the government of the People’s Republic of China (PRC)' in an American release is
    China, not the document's own government."""
    text = ("Washington, May 3, 2024\n\nJane Roe allegedly acted on behalf of the government "
            "of the People’s Republic of China (PRC) while serving in New York.")
    found = triples(run(extractor, text))
    assert ("Jane Roe", "ACTED_FOR", "People's Republic of China") in found, found
    assert not any(t == "United States" for _, _, t in found), found


def test_a_foreign_ambassador_alone_is_the_one_in_post_and_serves_their_state(
        extractor: Extractor) -> None:
    text = "London, 8 May 2024\n\nThe UK has today summoned the Russian Ambassador in London."
    assert ("Andrei Kelin", "WORKS_FOR", "Russia") in triples(run(extractor, text))


def test_an_example_of_attributed_acts_is_not_the_attributer_s_doing(
        extractor: Extractor) -> None:
    """'The UK attributed incidents to the FSB, such as targeting UK parliamentarians': the
    UK targeted no one."""
    text = ("London, 8 May 2024\n\nThe UK has attributed a number of malign cyber incidents "
            "to the Russian Federal Security Service (FSB), such as targeting UK "
            "parliamentarians through spear-phishing campaigns.")
    found = triples(run(extractor, text))
    assert ("United Kingdom", "ACCUSED", "Federal Security Service") in found, found
    assert not any(s == "United Kingdom" and t == "TARGETED" for s, t, _ in found), found
    assert ("Federal Security Service", "TARGETED", "UK parliamentarians (unnamed)") in found


def test_an_example_of_the_subject_s_own_tactics_is_its_doing(extractor: Extractor) -> None:
    text = ("Washington, May 3, 2018\n\nIn the run-up to that election, Russia employed various "
            "tactics including hacking the Democratic Party's computer networks.")
    found = triples(run(extractor, text))
    assert ("Russia", "TARGETED", "Democratic Party") in found, found


@pytest.mark.parametrize(("verb", "doer"), [("quoted", "Roe"), ("reported", None)])
def test_who_is_quoted_doing_something_does_it(extractor: Extractor, verb: str,
                                                doer: str | None) -> None:
    """'AP quoted party leader Jane Roe calling John Roe a traitor' as the model parses it
    in news (the name the object of 'quoted', the participle hung on that verb): the one
    quoted calls him that, not the agency. A verb of telling is no witness of it."""
    from figraph.loaders.relations.syntax import _witnessed
    from spacy.tokens import Doc

    words = ["AP", verb, "party", "leader", "Jane", "Roe", "calling", "John", "Roe", "a",
             "traitor", "."]
    heads = [1, 1, 3, 5, 5, 1, 1, 8, 6, 10, 6, 1]
    deps = ["nsubj", "ROOT", "compound", "compound", "compound", "dobj", "advcl", "compound",
            "dobj", "det", "oprd", "punct"]
    tags = ["NNP", "VBD", "NN", "NN", "NNP", "NNP", "VBG", "NNP", "NNP", "DT", "NN", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    found = _witnessed(doc[6])
    assert (found.text if found is not None else None) == doer


def test_a_bracketed_source_note_after_a_title_describes_nothing(extractor: Extractor) -> None:
    """'Q&A: Minister Jane Roe talks elections and China (Harbour Wire interview, 13
    September 2023)': the bracket says where the text comes from, no tie of China's."""
    text = ("Q&A: Northland Foreign Minister Jane Roe talks elections and China (Harbour Wire "
            "interview, 13 September 2023)\nhttps://example.org/qa\n\nJane Roe told Harbour "
            "Wire that Beijing was watching the vote.")
    assert ("People's Republic of China", "Harbour Wire") not in {
        (s, t) for s, _, t in triples(run(extractor, text))}
