"""Acts and who did them: cyber operations, front companies, groups described as affiliated
with a state, arrests, removals from office; on our own sentences of the kinds government
statements, parliamentary debates and biographies use.

Positive rows give the triple a sentence states; negative rows the wrong edge a precaution
is there for (political 'attacks' are words, a denied description describes nothing).
"""

from __future__ import annotations

import pytest
from extract_helpers import Case, case, check, run, triples
from figraph.loaders.extractor import Extractor

STATED = [
    ("The Centre said APT77 was responsible for the compromise of the Boundary Commission.",
     ("APT77", "TARGETED", "Boundary Commission")),
    ("APT77 was almost certainly responsible for the hack of the Harbour Council.",
     ("APT77", "TARGETED", "Harbour Council")),
    ("Investigators believe the GRU was behind the hacking of the Harbour Council.",
     ("Main Intelligence Directorate", "TARGETED", "Harbour Council")),
    ("APT77, which was responsible for the surveillance of Jane Roe, is based abroad.",
     ("APT77", "TARGETED", "Jane Roe")),
    ("The breach of the Harbour Council by APT77 exposed the data of voters.",
     ("APT77", "TARGETED", "Harbour Council")),
    ("APT77 is a hacking group affiliated with the Chinese state.",
     ("APT77", "AFFILIATED_WITH", "People's Republic of China")),
    ("Jane Roe was a businesswoman linked to the United Front Work Department.",
     ("Jane Roe", "AFFILIATED_WITH", "United Front Work Department")),
    ("The Belarusian state-owned news agency Harbour Wire aired the interview on Monday.",
     ("Belarus", "CONTROLS", "Harbour Wire")),
    ("The Iranian state broadcaster Harbour Voice aired the interview.",
     ("Iran", "CONTROLS", "Harbour Voice")),
    # a plural description and the names it lists as examples
    ("The network amplified Iranian state media outlets such as Harbour Voice and Lantern TV.",
     ("Iran", "CONTROLS", "Lantern TV")),
    ("Its posts were shared by known Russian influence assets, such as the Lantern Forum.",
     ("Lantern Forum", "AFFILIATED_WITH", "Russia")),
    ("Its methods resemble other Russian state-sponsored networks conducting influence "
     "operations, such as Doppelgänger.", ("Doppelganger", "AFFILIATED_WITH", "Russia")),
    # a state's own service, joined to it by 'its'
    ("Two brothers were charged with spying for Russia and its military intelligence "
     "service, the GRU.", ("Main Intelligence Directorate", "PART_OF", "Russia")),
    # a body named for its purpose is one name
    ("Content was amplified by the Foundation to Battle Lies, financed by Jane Roe.",
     ("Jane Roe", "FUNDED", "Foundation to Battle Lies")),
    # working together with someone on an act
    ("Together with the United Kingdom and other partners, Australia is taking action.",
     ("Australia", "COOPERATED_WITH", "United Kingdom")),
    ("Alongside Germany, France expelled two Russian diplomats.",
     ("France", "COOPERATED_WITH", "Germany")),
    ("The Russian disinformation network Grey Heron spread the story.",
     ("Grey Heron", "AFFILIATED_WITH", "Russia")),
    ("The Russian influence operation Tidewater ran fake sites. Researchers said Tidewater "
     "copied news outlets.", ("Tidewater", "AFFILIATED_WITH", "Russia")),
    ("Jane Roe said the Harbour Network led by the Lantern Group and amplified by Harbour "
     "News began in 2010.", ("Lantern Group", "CONTROLS", "Harbour Network")),
    ("Jane Roe said the Harbour Network led by the Lantern Group and amplified by Harbour "
     "News began in 2010.", ("Harbour News", "SUPPORTED", "Harbour Network")),
    ("Harbour County Court on Friday found Jan Tamm, a former lecturer in law, guilty of "
     "spying against Estonia.", ("Harbour County Court", "CONVICTED", "Jan Tamm")),
    ("Harbour Security Service (HSS) Director General Mari Kask spoke to reporters.",
     ("Mari Kask", "HEADS", "Harbour Security Service")),
    ("Jan Tamm cooperated with the GRU for ten years.",
     ("Jan Tamm", "COOPERATED_WITH", "Main Intelligence Directorate")),
    ("Sunrise Trading Ltd is a front company for the Ministry of State Security.",
     ("Sunrise Trading Ltd", "ACTED_FOR", "Ministry of State Security")),
    ("Sunrise Trading Ltd, a front for the Ministry of State Security, was sanctioned.",
     ("Sunrise Trading Ltd", "ACTED_FOR", "Ministry of State Security")),
    ("Jane Roe was arrested and detained by the National Bureau of Investigation.",
     ("National Bureau of Investigation", "DETAINED", "Jane Roe")),
    ("Jane Roe was deported to Manila and detained by the Philippine National Police.",
     ("Philippine National Police", "DETAINED", "Jane Roe")),
    ("Canada today announced sanctions against Jane Roe and Omar Haddad.",
     ("Canada", "SANCTIONED", "Omar Haddad")),
    ("A unit of the Ministry of State Security hacked the Harbour Council.",
     ("Ministry of State Security", "TARGETED", "Harbour Council")),
    ("China dismissed the allegations made by Canada.",
     ("People's Republic of China", "DENIED", "Canada")),
    ("The European Parliament condemns the interference of Russia in the elections of Moldova.",
     ("Russia", "INTERFERED_IN", "Moldova")),
    ("The European Parliament condemns the detention of Jane Roe by China.",
     ("European Parliament", "CRITICIZED", "People's Republic of China")),
    ("Canada criticized Jane Roe, whom China had detained.",
     ("Canada", "CRITICIZED", "Jane Roe")),
    ('"Through false filings, Omar Haddad attempted to deceive the public," Jane Roe said.',
     ("Jane Roe", "ACCUSED", "Omar Haddad")),
    ('"Omar Haddad betrayed his adopted country," said Jane Roe of the Harbour Agency.',
     ("Jane Roe", "ACCUSED", "Omar Haddad")),
    ('"The verdict is just," Jane Roe said. "Omar Haddad tried to mislead the committee."',
     ("Jane Roe", "ACCUSED", "Omar Haddad")),
    ("Harbour Labs identified a campaign of fake news sites. Stories pushed by the "
     "campaign criticize Jane Roe. We treat this activity as a separate campaign, which we "
     "have dubbed “Nightjar”—after its first domain.",
     ("Nightjar", "CRITICIZED", "Jane Roe")),
]

NOT_STATED = [
    # a demonym alone is a nationality, examples of it tie nothing to the state
    ("Russian outlets such as Harbour Daily published the story.",
     ("Russia", "CONTROLS", "Harbour Daily")),
    ("German firms, such as Lantern Systems, sold the software.",
     ("Lantern Systems", "AFFILIATED_WITH", "Germany")),
    ("Mari Kask heads the Harbour Security Service. Kask said Jan Tamm was trained by Russia. "
     "He cooperated with the GRU.", ("Mari Kask", "COOPERATED_WITH", "Main Intelligence "
                                     "Directorate")),
    ("The Norwegian newspaper Harbour Post reported the arrest.",
     ("Norway", "CONTROLS", "Harbour Post")),
    ("The German payment firm Harbour Pay collapsed in 2020.",
     ("Harbour Pay", "AFFILIATED_WITH", "Germany")),
    ("APT77 is not a group affiliated with the Chinese state.",
     ("APT77", "AFFILIATED_WITH", "People's Republic of China")),
    ("If APT77 is a group affiliated with the Chinese state, the Government must act.",
     ("APT77", "AFFILIATED_WITH", "People's Republic of China")),
    ("The minister said Jane Roe was responsible for the review of the Harbour Council.",
     ("Jane Roe", "TARGETED", "Harbour Council")),
    ("Jane Roe attacked the Liberal Party over the donation.",
     ("Jane Roe", "TARGETED", "Liberal Party of Canada")),
    ("Jane Roe sat on the front bench for the Liberal Party.",
     ("Jane Roe", "ACTED_FOR", "Liberal Party of Canada")),
    ("The Office of the Ombudsman dismissed Jane Roe from office.",
     ("Office of the Ombudsman", "DENIED", "Jane Roe")),
    ("Jane Roe is a mayor. She was dismissed from office by the Office of the Ombudsman.",
     ("Office of the Ombudsman", "DENIED", "Jane Roe")),
    ("Jane Roe was arrested and detained by the National Bureau of Investigation.",
     ("Jane Roe", "DETAINED", "National Bureau of Investigation")),
    ("The European Parliament condemns the interference of Russia in the elections of Moldova.",
     ("European Parliament", "CRITICIZED", "Moldova")),
    ("The European Parliament condemns the detention of Jane Roe by China.",
     ("European Parliament", "CRITICIZED", "Jane Roe")),
    ("The European Parliament condemns China's targeting of Jane Roe.",
     ("European Parliament", "CRITICIZED", "Jane Roe")),
    ("The Harbour Agency warned both parties about accepting donations from Omar Haddad.",
     ("Omar Haddad", "FUNDED", "Harbour Agency")),
    ('"Omar Haddad did not betray his country," Jane Roe said.',
     ("Jane Roe", "ACCUSED", "Omar Haddad")),
    ("Jane Roe said Omar Haddad had not been involved in the plot.",
     ("Jane Roe", "ACCUSED", "Omar Haddad")),
    ("Jane Roe pleaded guilty to conspiracy against the United States.",
     ("Jane Roe", "RELATED_TO", "United States")),
    ("The court found Jane Roe guilty of spying against Canada.",
     ("Jane Roe", "RELATED_TO", "Canada")),
]


@pytest.mark.parametrize(("text", "triple"), STATED)
def test_an_operation_or_a_front_is_read(extractor: Extractor, text: str,
                                        triple: tuple[str, str, str]) -> None:
    assert triple in triples(run(extractor, text)), text


@pytest.mark.parametrize(("text", "triple"), NOT_STATED)
def test_no_operation_where_none_is_stated(extractor: Extractor, text: str,
                                           triple: tuple[str, str, str]) -> None:
    assert triple not in triples(run(extractor, text)), text


def test_a_hacking_group_named_responsible_is_the_centres_allegation(
        extractor: Extractor) -> None:
    result = run(extractor, "The Centre said APT77 was responsible for the compromise of "
                 "the Boundary Commission.")
    [edge] = [e for e in result.edges if e.type == "TARGETED"]
    assert edge.status != "stated"  # an allegation, never a plain fact


def test_a_named_police_force_is_not_its_state(extractor: Extractor) -> None:
    """'the Philippine National Police' is a body of its own; 'Chinese police' is China."""
    named = run(extractor, "Jane Roe was detained by the Philippine National Police.")
    assert "Philippine National Police" in {a.name for a in named.actors}
    assert "Philippines" not in {a.name for a in named.actors}
    plain = run(extractor, "Chinese police stations operated in Toronto.")
    assert "People's Republic of China" in {a.name for a in plain.actors}


BIOGRAPHY = """Jane Roe (politician)

Jane Roe is an Australian politician from Melbourne. Roe was the first Chinese-born woman
ever elected to the House. She represented the Division of Chisholm in Victoria for the
Liberal Party from 2019 until 2022. The Harbour Exchange Association is a bureau within
the United Front Work Department.
"""


@pytest.mark.parametrize("triple", [
    ("Jane Roe", "MEMBER_OF", "Australian House of Representatives"),
    ("Jane Roe", "MEMBER_OF", "Liberal Party of Australia"),
    ("Harbour Exchange Association", "PART_OF", "United Front Work Department"),
])
def test_a_legislators_biography(extractor: Extractor, triple: tuple[str, str, str]) -> None:
    """Seats and parties a biography gives without naming the body in the same clause."""
    assert triple in triples(run(extractor, BIOGRAPHY))


def test_a_constituency_alone_names_no_house(extractor: Extractor) -> None:
    found = triples(run(extractor, "Omar Haddad represents the riding of Wellington."))
    assert not any(kind == "MEMBER_OF" for _, kind, _ in found)


@pytest.mark.parametrize(("text", "group"), [
    ("Russia targeted several MEPs.", True),
    ("Three MEPs received money from Russia.", True),
    ("Voice of Europe paid MEPs.", True),
    ("MEPs adopted the resolution.", False),
])
def test_meps_acted_on_are_some_of_them(extractor: Extractor, text: str, group: bool) -> None:
    """'MEPs adopted': the Parliament itself; counted, or acted on, they are some MEPs."""
    names = {a.name for a in run(extractor, text).actors}
    assert ("Members of the European Parliament (unnamed)" in names) is group


REPORT_ON_AN_OPERATION = """Harbour Lights: a ten-year operation targeting the UN
https://example.org/reports/harbour-lights

Harbour Lights, as we call this operation, ran sham news sites. This network works from \
Geneva. We found that the operation run by the Lantern Group and amplified by Harbour News has \
lasted a decade.
"""


def test_a_report_s_title_names_the_operation_it_calls_the_operation(
        extractor: Extractor) -> None:
    """The name before the colon of a title that calls it an operation is that operation (an
    organisation, whatever the model tagged), and 'the operation', 'this network' are it."""
    found = run(extractor, REPORT_ON_AN_OPERATION)
    assert {a.name: a.type for a in found.actors}.get("Harbour Lights") == "Organization"
    assert ("Lantern Group", "CONTROLS", "Harbour Lights") in triples(found)


WATCHED = [
    case("researchers-monitoring-a-campaign-investigate-it",
         "The Harbour Institute and the Lantern Institute monitored the Doppelganger campaign.",
         edges=(("Harbour Institute", "INVESTIGATED", "Doppelganger"),
                ("Lantern Institute", "INVESTIGATED", "Doppelganger")),
         not_edges=(("Harbour Institute", "TARGETED", "Doppelganger"),)),
    case("a-state-s-police-monitoring-a-person-targets-them",
         "Chinese police monitored Mark Stone for months.",
         edges=(("People's Republic of China", "TARGETED", "Mark Stone"),)),
    case("a-council-monitoring-a-partys-moves-only-monitors-it",
         "The Harbour Council met on Monday. The Harbour Council will monitor the CCP's "
         "subsequent moves.",
         edges=(("Harbour Council", "MONITORED", "Chinese Communist Party"),),
         no_types=("TARGETED",)),
    case("the-texts-own-service-monitoring-a-person-only-monitors-them",
         "Senator Jane Lee said the Australian Federal Police had acted. The Australian "
         "Security Intelligence Organisation monitored Mark Stone in Sydney.",
         edges=(("Australian Security Intelligence Organisation", "MONITORED", "Mark Stone"),),
         no_types=("TARGETED",)),
]


@pytest.mark.parametrize("expected", WATCHED)
def test_watching(extractor: Extractor, expected: Case) -> None:
    """Watching an operation is looking into it; a foreign power watching a person targets
    them; anyone else watching anyone only monitors (no allegation of targeting)."""
    check(extractor, expected)


@pytest.mark.parametrize("name", ["Lantern Labs", "Coastal Research Lab",
                                  "Harbour Internet Observatory"])
def test_a_research_lab_is_a_body(extractor: Extractor, name: str) -> None:
    """'Labs', 'Lab', 'Observatory' head the names of the research groups that expose
    operations: organisations, not people."""
    actors = {a.name: a.type for a in run(extractor, f"Mark Stone and {name} criticized "
                                                    "Northland.").actors}
    assert actors.get(name) == "Organization", actors
