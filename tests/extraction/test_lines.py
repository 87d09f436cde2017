"""Structured lines and apparatus: a document's header, an infobox's field lines, a report's
title page, its notes, footnote markers and closing sections.

Our own texts, laid out as real pages are: a title, its source address, a dateline; a
flattened infobox ('Founder: X') about the name above it; 'Chair: The Honourable X' on a
title page; notes that cite testimony; footnote numbers, headings, 'Associated Links' and
press contacts, which name nobody.
"""

from __future__ import annotations

import pytest
from extract_helpers import Case, case, check, run, triples
from figraph.loaders.extractor import Extractor
from figraph.loaders.text.bylines import bylines
from figraph.loaders.text.lines import (
    field_meaning,
    fields,
    header,
    is_incidental_label,
    signatories,
)
from figraph.loaders.text.textprep import masked

ORG_PAGE = """Northwind Review
https://example.org/wiki/Northwind_Review

Northwind Review
Type: News outlet
Founder: Jane Roe
Key people: Jane Roe, Omar Haddad
Owner: Harbour Media Group
Headquarters: Belgium
Language: English

Northwind Review is an online outlet. The outlet was sanctioned by the European Union in 2024.
"""

PERSON_PAGE = """Jane Roe
Jane Roe
Born: 1970, Lisbon
Political party: Liberal Democrats
Education: Lakeside University
Organization: Harbour Media Group
Relatives: Omar Roe (brother)

Jane Roe is a British politician.
"""


def test_header_finds_the_address_and_the_dateline() -> None:
    text = ("Statement on the sanctions\nhttps://example.org/news/1\n\n"
            "Thursday 13th July 2023\nCommons Chamber\n\nThe Minister said ...")
    top = header(text)
    assert top.url_text(text) == "https://example.org/news/1"
    assert [text[a:b] for a, b in top.datelines] == ["Thursday 13th July 2023",
                                                    "Commons Chamber"]


def test_field_blocks_and_their_subject() -> None:
    found = fields(ORG_PAGE)
    assert [f.label for f in found] == ["Type", "Founder", "Key people", "Owner",
                                       "Headquarters", "Language"]
    start, end = found[0].subject
    assert ORG_PAGE[start:end] == "Northwind Review"


LEAD_THEN_FIELDS = """Jane Roe
Jane Roe (born 1970) is a British lawyer.
Born: 1970, Harbourtown
Spouse: Omar Haddad
Children: 2
"""


def test_a_block_after_the_lead_sentence_is_the_article_subject_s(extractor: Extractor
                                                                   ) -> None:
    start, end = fields(LEAD_THEN_FIELDS)[0].subject
    assert LEAD_THEN_FIELDS[start:end] == "Jane Roe"
    assert ("Jane Roe", "HAD_RELATIONSHIP", "Omar Haddad") in triples(
        run(extractor, LEAD_THEN_FIELDS))


GLUED_INFOBOX = """Jan Kowal
https://example.org/wiki/Jan_Kowal

Jan Kowal
Member of the Sejm
In office
25 September 2005 – 4 November 2007
Personal details
Born (1977-05-18) 18 May 1977
Harbourtown, Poland
Political partyHarbour Union — For Life (2016–2022)
SpouseAnna Nowak
Alma materUniversity of Harbourtown
Jan Kowal (born 18 May 1977) is a Polish activist. In 2016 he was arrested.
"""


def test_a_glued_infobox_is_read_as_fields_of_the_repeated_title(extractor: Extractor
                                                                 ) -> None:
    """A stored page's infobox glues a known label to its value ('Political partyHarbour
    Union'): the label is a field's, the value a name of its own (one name across a dash);
    the subject is the title the box repeats, past the dates, offices and birthplace lines
    under it."""
    items = fields(GLUED_INFOBOX)
    assert [f.label for f in items] == ["Political party", "Spouse", "Alma mater"]
    start, end = items[0].subject
    assert GLUED_INFOBOX[start:end] == "Jan Kowal"
    extraction = run(extractor, GLUED_INFOBOX)
    names = {a.name for a in extraction.actors}
    assert ("Jan Kowal", "MEMBER_OF", "Harbour Union — For Life") in triples(extraction)
    assert ("Jan Kowal", "HAD_RELATIONSHIP", "Anna Nowak") in triples(extraction)
    assert not {"Political partyHarbour Union", "SpouseAnna Nowak", "Harbourtown, Poland",
                "For Life"} & names, names


@pytest.mark.parametrize(("text", "edge"), [
    ("Harbour Research Agency\nhttps://example.org/x\n\nHarbour Research Agency\n"
     "FounderYevgeny Volkov\nHeadquartersEastport\n\nThe Harbour Research Agency was a "
     "company engaged in online propaganda.",
     ("Yevgeny Volkov", "ESTABLISHED", "Harbour Research Agency")),
    ("Jane Roe — Wikipedia (a stored copy)\nhttps://example.org/x\n\nJane Roe is a property "
     "developer.\n\nJane Roe\nBorn\nEastport, Northland\nPolitical partyHarbour Party\n\n"
     "Jane Roe was born in Eastport.",
     ("Jane Roe", "MEMBER_OF", "Harbour Party")),
])
def test_a_glued_label_s_value_is_named_alone(extractor: Extractor, text: str,
                                              edge: tuple[str, str, str]) -> None:
    """The label glued to a name ('FounderYevgeny Volkov') is no part of it, and a title line
    with a site's words after a dash still names the infobox's subject."""
    extraction = run(extractor, text)
    assert edge in triples(extraction)
    assert not any(a.name.startswith(("Founder", "Political")) for a in extraction.actors)


def test_a_title_the_lead_does_not_open_with_is_no_subject() -> None:
    text = LEAD_THEN_FIELDS.replace("Jane Roe (born", "Omar Haddad's wife (born")
    assert fields(text)[0].subject is None


@pytest.mark.parametrize("text", [
    "Note: the figures are provisional.\nThe committee met.",
    "Mr. Chong: I have a question.\nThe Chair: Go ahead.",
    "He said one thing: the warning came too late.",
])
def test_prose_with_a_colon_is_no_field(text: str) -> None:
    assert fields(text) == []


@pytest.mark.parametrize(("label", "kind", "subject_is_source"), [
    ("Founder", "ESTABLISHED", False), ("Founded by", "ESTABLISHED", False),
    ("Political party", "MEMBER_OF", True), ("Owner", "CONTROLS", False),
    ("Wanted by", "INVESTIGATED", False), ("Introduced by", "INTRODUCED", False),
    ("Parent(s)", "HAD_RELATIONSHIP", True), ("Spouse(s)", "HAD_RELATIONSHIP", True),
    ("Parent organization", "PART_OF", True),
])
def test_labels_mean_relations(label: str, kind: str, subject_is_source: bool) -> None:
    meaning = field_meaning(label)
    assert meaning is not None
    assert (meaning.type, meaning.subject_is_source) == (kind, subject_is_source)


@pytest.mark.parametrize("label", ["Education", "Alma mater", "Birth place", "Nationality",
                                   "Headquarters", "Preceded by", "Constituency"])
def test_describing_labels_link_nothing(label: str) -> None:
    assert field_meaning(label) is None and is_incidental_label(label)


def test_field_relations_of_an_organisation(extractor: Extractor) -> None:
    found = triples(run(extractor, ORG_PAGE))
    assert ("Jane Roe", "ESTABLISHED", "Northwind Review") in found
    assert ("Harbour Media Group", "CONTROLS", "Northwind Review") in found
    assert ("Omar Haddad", "AFFILIATED_WITH", "Northwind Review") in found


def test_labels_and_incidental_values_are_no_actors(extractor: Extractor) -> None:
    actors = {a.name for a in run(extractor, ORG_PAGE).actors}
    assert not actors & {"Type", "Key people", "Headquarters", "Belgium", "Language"}


def test_field_relations_of_a_person(extractor: Extractor) -> None:
    extraction = run(extractor, PERSON_PAGE)
    found = triples(extraction)
    assert ("Jane Roe", "MEMBER_OF", "Liberal Democrats") in found
    assert ("Jane Roe", "WORKS_FOR", "Harbour Media Group") in found
    assert "Lakeside University" not in {a.name for a in extraction.actors}


OPTIONAL_PLURALS = """Jane Roe
https://example.org/jane-roe

Jane Roe
Born: Jane Roe, 1960
Spouse(s): John Roe (m. 1990)
Parent(s): Carl Roe (father), Mary Roe (mother)

Jane Roe (born 1960) is a former analyst.
"""


def test_an_infobox_label_with_an_optional_plural(extractor: Extractor) -> None:
    """'Parent(s)' lists a person's parents (not the 'Parent' body of an organisation)."""
    found = triples(run(extractor, OPTIONAL_PLURALS))
    assert {("Jane Roe", "HAD_RELATIONSHIP", "Carl Roe"),
            ("Jane Roe", "HAD_RELATIONSHIP", "Mary Roe")} <= found


LOCAL_OFFICE = """Jane Roe
https://example.org/wiki/Jane_Roe

Jane Roe
Office: Councillor of the City of Harbourton
Party: Harbour Party

Jane Roe is a Northland politician.
"""


def test_an_office_field_names_the_local_body_it_is_held_in(extractor: Extractor) -> None:
    """'Office: Councillor of the City of Harbourton': the label is no part of the role; the
    city, as the line names it, is where the office is held."""
    found = {(s, t) for s, _, t in triples(run(extractor, LOCAL_OFFICE))}
    assert ("Jane Roe", "City of Harbourton") in found, found


OFFICE_TERMS = """John Roe
https://en.wikipedia.org/wiki/John_Roe

John Roe
President of the Harbour Bloc
Assumed office: 21 April 2024
President of the Lantern Party
In office: 19 June 2016 – 19 June 2023
Preceded by: Paul Smith (as President of the Eastport Socio-Political Movement)
Mayor of Eastport
In office: 1 July 2015 – 9 April 2019
Preceded by: Mark Stone
Succeeded by: Anne Lee
Personal details
Political party: Lantern Party

John Roe (born 6 March 1987) is a Northland politician and businessman.
"""


@pytest.mark.parametrize(("triple", "held"), [
    (("John Roe", "HEADS", "Harbour Bloc"), True),
    (("John Roe", "FORMERLY_HEADED", "Lantern Party"), True),
    (("John Roe", "HEADS", "Lantern Party"), False),
    (("John Roe", "FORMERLY_HEADED", "Eastport"), True),
    (("John Roe", "HEADS", "Eastport"), False),
    (("Paul Smith", "FORMERLY_HEADED", "Eastport Socio-Political Movement"), True),
    (("Paul Smith", "FORMERLY_HEADED", "Lantern Party"), False),
    (("Mark Stone", "FORMERLY_HEADED", "Eastport"), True),
    (("Anne Lee", "HEADS", "Eastport"), True),
])
def test_an_infobox_office_is_read_with_its_term_and_succession(
        extractor: Extractor, triple: tuple[str, str, str], held: bool) -> None:
    """'In office: 2016 – 2023' under an office line: a post held before ('Assumed office'
    is one held now); a party's office line names the party ('President of the Harbour
    Bloc'); 'Succeeded by: X' heads the office after the subject; 'Preceded by: X (as
    President of W)' names X's own office, not the one above it."""
    assert (triple in triples(run(extractor, OFFICE_TERMS))) is held


STACKED_VALUES = """Viktor Roe
https://en.wikipedia.org/wiki/Viktor_Roe

Viktor Roe
Head of the Office of the President of Northland
Personal details
Political partyHarbour Party (2016–2022)
Spouses
Marina Lebedeva
(divorced)
Natalya Gavrilyuk
(divorced)
Oksana Marchenko
(m. 2003)
Children2
Alma materEastport University (1978)
OccupationPolitician, lawyer

Family
Jane Roe met the Lantern Society.

Viktor Roe is a Northland politician.
"""


@pytest.mark.parametrize(("pair", "held"), [
    (("Viktor Roe", "Marina Lebedeva"), True),
    (("Viktor Roe", "Natalya Gavrilyuk"), True),
    (("Viktor Roe", "Oksana Marchenko"), True),
    (("Viktor Roe", "Eastport University"), False),
    (("Viktor Roe", "Jane Roe"), False),
    (("Viktor Roe", "Lantern Society"), False),
])
def test_a_label_alone_on_its_line_gives_the_lines_under_it(
        extractor: Extractor, pair: tuple[str, str], held: bool) -> None:
    """'Spouses' on its own line, then one name a line: each is a spouse; the next label
    ('Alma materEastport University'), or a sentence under a heading, ends the values."""
    linked = {frozenset((s, o)) for s, _, o in triples(run(extractor, STACKED_VALUES))}
    assert (frozenset(pair) in linked) is held


PIPED_ROWS = """Harbour Unity Party
https://en.wikipedia.org/wiki/Harbour_Unity_Party

Harbour Unity Party 港灣團結黨 | |
---|---|
[REDACTED] | |
Abbreviation | HUP |
President | Chang Wei-lo |
Chairman | Zhang Fulin |
Secretary-General | Tang Zhongwei |
First Vice Chairman | Zeng Zhengli |
Founded | 9 September 2005 |
Country | Northland |
Seats | 0 / 113 |

The Harbour Unity Party is a minor party in Northland. Jane Roe met the Lantern Society.
"""


@pytest.mark.parametrize(("triple", "held"), [
    (("Chang Wei-lo", "HEADS", "Harbour Unity Party"), True),
    (("Zhang Fulin", "HEADS", "Harbour Unity Party"), True),
    (("Tang Zhongwei", "HEADS", "Harbour Unity Party"), True),
    (("Zeng Zhengli", "MEMBER_OF", "Harbour Unity Party"), True),
    (("Zeng Zhengli", "HEADS", "Harbour Unity Party"), False),
    (("Jane Roe", "HEADS", "Harbour Unity Party"), False),
])
def test_an_infobox_flattened_into_a_table_is_read_row_by_row(
        extractor: Extractor, triple: tuple[str, str, str], held: bool) -> None:
    """'Chairman | Zhang Fulin |': a table row of two cells is a field; its subject is the
    title written again above the table, the name in another script after it; a vice
    chairman is the party's member, not its head."""
    assert (triple in triples(run(extractor, PIPED_ROWS))) is held


UNTAGGED_NAMES = """Harbour Wire
Harbour Wire
Type: News outlet
Founded: 2019
Founder: Viktor Orlov
Key people: Petra Novak (editor-in-chief)
Owner: Three investors including Omar Haddad

Harbour Wire is an online outlet.
"""


def test_names_in_people_fields_are_people(extractor: Extractor) -> None:
    """The small model tags no name on an infobox line; a people-valued field's names are
    people all the same, and a common-noun phrase there names no one."""
    extraction = run(extractor, UNTAGGED_NAMES)
    found = triples(extraction)
    assert ("Viktor Orlov", "ESTABLISHED", "Harbour Wire") in found
    assert ("Petra Novak", "AFFILIATED_WITH", "Harbour Wire") in found
    assert not {"Three", "Three investors"} & {a.name for a in extraction.actors}


def test_a_party_field_s_names_are_parties_wherever_named(extractor: Extractor) -> None:
    """'Political party: Trikolora': the model took the name for a person; the label says
    it is a party, and the party joined later in the prose is the same one."""
    text = ("Ivo Marek\n\nIvo Marek\nPolitical party: Trikolora (since 2022)\n"
            "Spouse: Eva Markova\n\nIvo Marek (born 1975) is a Czech politician. He joined "
            "Trikolora in 2022.")
    extraction = run(extractor, text)
    assert {a.name: a.type for a in extraction.actors}.get("Trikolora") == "Party"
    assert ("Ivo Marek", "MEMBER_OF", "Trikolora") in triples(extraction)
    alone = run(extractor, text.replace("Trikolora (since 2022)", "Independent"))
    assert "Independent" not in {a.name for a in alone.actors}


RESOLUTION = """Motion for a resolution on hybrid attacks against the Republic of Moldova

The European Parliament,

– having regard to its earlier resolutions on the Eastern Partnership,

A. whereas the Moldovan authorities have documented a campaign of bribed voters;

1. Firmly condemns Russia's hybrid attacks on the institutions of Moldova;

2. Calls on the Commission to help the Government of Moldova counter disinformation;

3. Welcomes the decision of the Council to impose sanctions on the Shor Party;

4. Instructs its President to forward this resolution to the Council and the Commission.
"""


@pytest.mark.parametrize("triple", [
    ("European Parliament", "CRITICIZED", "Russia"),
    ("European Parliament", "CALLED_ON", "European Commission"),
    ("European Parliament", "SUPPORTED", "Council of the European Union"),
    ("Council of the European Union", "SANCTIONED", "Shor Party"),
])
def test_resolution_paragraphs_are_the_resolving_body_s(extractor: Extractor,
                                                       triple: tuple[str, str, str]) -> None:
    """The numbered paragraphs leave out their subject: the body named above them; a
    decision welcomed is still its maker's ('the decision of the Council to impose')."""
    assert triple in triples(run(extractor, RESOLUTION))


QUOTED_UNDER_ITS_BODY = """Council resolution on Northland
https://example.org/resolution

The Harbour Council on Wednesday adopted a resolution. Below is the resolution.

The Harbour Council:

“condemns the conduct of the Russian government;

urges Iran to release the prisoners;
"""


@pytest.mark.parametrize("triple", [
    ("Harbour Council", "CRITICIZED", "Russia"),
    ("Harbour Council", "CALLED_ON", "Iran"),
])
def test_quoted_paragraphs_under_a_body_and_a_colon_are_its_word(
        extractor: Extractor, triple: tuple[str, str, str]) -> None:
    """'The Seimas:' alone on its line, then paragraphs a news page quotes, each opening with
    its verb in lower case: the body says each (and condemning someone's conduct criticises
    them)."""
    assert triple in triples(run(extractor, QUOTED_UNDER_ITS_BODY))


NUMBERED_UNDER_ITS_BODY = """171st RESOLUTION OF THE HARBOUR ASSEMBLY
on relations with Russia
The Harbour Assembly
I.
1. considers the attack on the depot to be very serious;
2. appreciates the work of the Harbour Security Service and all other institutions;
3. condemns Russia for the attack.
"""


@pytest.mark.parametrize("triple", [
    ("Harbour Assembly", "SUPPORTED", "Harbour Security Service"),
    ("Harbour Assembly", "CRITICIZED", "Russia"),
])
def test_a_body_alone_on_its_line_over_numbered_paragraphs_resolves(
        extractor: Extractor, triple: tuple[str, str, str]) -> None:
    """'The Harbour Assembly' with no comma, then 'I.' and '1.': the paragraphs are its."""
    assert triple in triples(run(extractor, NUMBERED_UNDER_ITS_BODY))


def test_no_resolving_body_without_its_line(extractor: Extractor) -> None:
    """Without 'The European Parliament,' on its own line the paragraphs have no subject."""
    found = triples(run(extractor, RESOLUTION.replace("The European Parliament,\n", "")))
    assert not any(s == "European Parliament" for s, _, _ in found)
    assert ("European Parliament", "SANCTIONED", "Shor Party") not in found


@pytest.mark.parametrize(("text", "holder"), [
    ("Canada welcomed the decision of the Council of the European Union to sanction the "
     "Shor Party.", "Council of the European Union"),
    ("Canada welcomed Britain's decision to sanction the Shor Party.", "United Kingdom"),
])
def test_a_decision_is_its_maker_s(extractor: Extractor, text: str, holder: str) -> None:
    found = triples(run(extractor, text))
    assert (holder, "SANCTIONED", "Shor Party") in found
    assert ("Canada", "SANCTIONED", "Shor Party") not in found


@pytest.mark.parametrize(("text", "council"), [
    ("The European Parliament asked the Council to act. The Council refused to sanction the "
     "Shor Party.", "Council of the European Union"),
    ("The Toronto City Council met on Monday. The council agreed to sanction the Shor Party.",
     "Toronto City Council"),
])
def test_the_council_is_a_council(extractor: Extractor, text: str, council: str) -> None:
    """'the council' is the last council named, else the European one in a European text,
    never the last government named."""
    names = {a.name for a in run(extractor, text).actors}
    assert council in names


US_STYLE = """Resolution condemning transnational repression

Resolved, That the Senate—

(1) condemns the Government of the People's Republic of China for its campaign of harassment;

(2) calls on the Federal Bureau of Investigation to protect the victims.
"""


@pytest.mark.parametrize("triple", [
    ("Senate", "CRITICIZED", "People's Republic of China"),
    ("Senate", "CALLED_ON", "Federal Bureau of Investigation"),
])
def test_resolved_that_the_body(extractor: Extractor, triple: tuple[str, str, str]) -> None:
    """'Resolved, That the Senate—' then '(1) condemns ...': the lower-case paragraphs
    after a list mark are the body's too."""
    found = {(s.split()[-1] if "Senate" in s else s, t, o)
             for s, t, o in triples(run(extractor, US_STYLE))}
    assert triple in found


def test_a_motion_is_not_the_house_s_word(extractor: Extractor) -> None:
    """'That the House call on ...' is a member's proposal, not a resolution."""
    text = ("Motion\n\nThat the House:\n\n(a) condemn the People's Republic of China for its "
            "campaign of harassment;\n\n(b) call on the Federal Bureau of Investigation to act.\n")
    assert not any(t in ("CRITICIZED", "CALLED_ON") for _, t, _ in triples(run(extractor, text)))


# -- title pages and notes -----------------------------------------------------------------

INQUIRY_REPORT = ("Public Inquiry into Foreign Interference\n\nInitial Report\n\n"
                  + "1. The Commission heard about the 2019 election in detail. " * 30
                  + "\n\nNotes\n\n[1] Testimony of Jody Thomas, April 11, 2024.\n"
                  "[2] Country Summary: India, CAN.SUM.000004.\n"
                  "[3] Ibid.\n[4] See Chapter 1.\n")


TITLE_PAGE = """Standing Committee on Procedure and House Affairs

Report on Foreign Interference

Chair: The Honourable Bardish Chagger

1. The Committee heard from many witnesses.
"""

PHAC = "Standing Committee on Procedure and House Affairs"

TITLE_PAGES_AND_NOTES = [
    case("title-page-label-heads-the-author", TITLE_PAGE,
         edges=(("Bardish Chagger", "HEADS", PHAC),)),
    case("a-turn-after-a-label-is-no-title-page",
         TITLE_PAGE.replace("Chair: The Honourable Bardish Chagger",
                            "Chair: I thank Bardish Chagger for her work."),
         not_edges=(("Bardish Chagger", "HEADS", PHAC),)),
    case("a-note-citing-testimony-names-a-witness", INQUIRY_REPORT,
         edges=(("Jody Thomas", "TESTIFIED_BEFORE", "Public Inquiry into Foreign Interference"),)),
]


@pytest.mark.parametrize("expected", TITLE_PAGES_AND_NOTES)
def test_title_pages_and_notes(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


@pytest.mark.parametrize(("text", "masked_text"), [
    ("Paul Tamm (born 29 May 1947) is a former chief.",
     "Paul Tamm (born            ) is a former chief."),
    ("Willy Brandt (18 December 1913 – 8 October 1992) was a politician.",
     "Willy Brandt (                                 ) was a politician."),
])
def test_a_persons_dates_in_brackets_are_blanked_for_the_parser(text: str,
                                                                masked_text: str) -> None:
    assert masked(text) == masked_text


@pytest.mark.parametrize("text", [
    "The Act (2019) was passed in June.",
    "Bill C-70 (June 2024) was passed.",
    "The war (1939-1945) ended.",
    "Jane Roe (born Maria Petrova; 1970) is a lawyer.",
])
def test_other_dated_brackets_stay_as_written(text: str) -> None:
    """A thing's date, or a birth name, is information the readers use."""
    assert masked(text) == text


@pytest.mark.parametrize(("text", "masked_text"), [
    ("the Harbour Foundation of Northland1 and the Lantern Society (\u201cLS\u201d)2. Northland",
     "the Harbour Foundation of Northland  and the Lantern Society (\u201cLS\u201d) . Northland"),
    ("a network linked to the State of China1 and others", "a network linked to the State of "
     "China  and others"),
])
def test_a_footnote_number_glued_to_a_word_or_a_bracket_is_blanked(text: str,
                                                                   masked_text: str) -> None:
    assert masked(text) == masked_text


@pytest.mark.parametrize("text", [
    "A photo by Jane Roe/Flash90 shows APT28 and the G7 in Direkt36 reports.",
    "The Su27 and the Windows10 files were seized.",
])
def test_a_name_with_its_number_stays_as_written(text: str) -> None:
    """'Flash90', 'Direkt36' are names with their number: the text never writes the word
    alone, and it names no country."""
    assert masked(text) == text


def test_other_notes_stay_masked() -> None:
    kept = masked(INQUIRY_REPORT)
    assert "Jody Thomas" in kept and "Country Summary" not in kept


# -- apparatus: footnote markers, headings, closing sections -------------------------------


def _names(extraction) -> set[str]:
    return {a.name for a in extraction.actors}


def test_masking_keeps_offsets_and_blanks_markers() -> None:
    text = "It was found.[12][13] The Committee met in Ottawa.88 Then it grew by 2.5 per cent.\n"
    out = masked(text)
    assert len(out) == len(text)
    assert "[12]" not in out and ".88" not in out and "2.5" in out


def test_tail_sections_and_contact_lines_name_nobody(extractor: Extractor) -> None:
    body = ("Today, the Honourable Dominic LeBlanc announced new measures against foreign "
            "interference. " * 6)
    text = (f"{body}\n\nAssociated Links\n\n- Foreign interference\n\nContacts\n\n"
            "Pat Quinlan, Press Secretary, Office of the Minister, 613-555-0100\n"
            "SOURCE Public Safety Canada\n")
    found = _names(run(extractor, text))
    assert "Dominic LeBlanc" in found
    assert not any("Quinlan" in n for n in found)


def test_footnote_number_does_not_glue_a_name(extractor: Extractor) -> None:
    text = ("The Committee of Parliamentarians reviewed the intelligence.12 The Committee "
            "found that Russia conducts disinformation campaigns.13")
    assert not any(n[:1].islower() or any(c.isdigit() for c in n)
                   for n in _names(run(extractor, text)))


def test_a_heading_is_not_part_of_the_next_sentence(extractor: Extractor) -> None:
    text = "Foreign interference\n\nIn 2023, Michael Chong met with Jenny Kwan in Ottawa."
    extraction = run(extractor, text)
    quotes = [ev.quote for e in extraction.edges for ev in e.evidence]
    assert quotes and all(not q.startswith("Foreign interference") for q in quotes)


MOTION = """MOTION FOR A RESOLUTION on interference in the work of the Parliament
pursuant to Rule 132(2) of the Rules of Procedure
Anna van der Berg, Piotr Nowakowski, Clara Dumont-Ribeiro
on behalf of the Greens/EFA Group

The European Parliament,
- having regard to its earlier resolutions,
"""


def test_signatories_lines_are_found() -> None:
    blocks = signatories(MOTION)
    assert len(blocks) == 1
    assert [MOTION[a:b] for a, b in blocks[0].names] == [
        "Anna van der Berg", "Piotr Nowakowski", "Clara Dumont-Ribeiro"]
    assert MOTION[slice(*blocks[0].group)] == "Greens/EFA Group"


@pytest.mark.parametrize(("line", "names"), [
    ("Diana Riba i Giner, Jorge Buxadé y Villalba",
     ["Diana Riba i Giner", "Jorge Buxadé y Villalba"]),
    ("Nicolae Ştefănuță, Łukasz Kohut, Michal Šimečka",
     ["Nicolae Ştefănuță", "Łukasz Kohut", "Michal Šimečka"]),
    # a copied page that lost some names keeps their commas: the others still sign
    ("Anna van der Berg, , Piotr Nowakowski, , , Clara Dumont-Ribeiro, ",
     ["Anna van der Berg", "Piotr Nowakowski", "Clara Dumont-Ribeiro"]),
])
def test_signatories_with_particles_and_accented_capitals(line: str, names: list[str]) -> None:
    """A Catalan 'i', a Spanish 'y', a Romanian 'Ş' or a Polish 'Ł' opens or joins a name
    too: one such name used to lose the whole line and every signatory with it."""
    text = f"MOTION FOR A RESOLUTION on Northland\n{line}\non behalf of the Verts/ALE Group\n"
    blocks = signatories(text)
    assert [[text[a:b] for a, b in block.names] for block in blocks] == [names]


@pytest.mark.parametrize("text", [
    "Jane Roe met Omar Haddad in Brussels.\nShe spoke on behalf of the committee.\n",
    "The motion was tabled by Jane Roe, Omar Haddad and others on behalf of the group.\n",
])
def test_prose_on_behalf_of_is_no_signatories_line(text: str) -> None:
    assert signatories(text) == []


RUN_TOGETHER = """MOTION FOR A RESOLUTION on interference in the work of the Parliament
B9-0412/2023
Marta Kowalczyk, Henrik Lindqvist, on behalf of the PPE Group Sofie in ’t Hout, Luca Ferrante \
on behalf of the S&D Group Ilse Brandt on behalf of the Verts/ALE Group

The European Parliament,
"""


def test_signatories_run_into_one_line_are_read_block_by_block() -> None:
    """A copied page gives the blocks on one line: each group takes the names before it."""
    blocks = signatories(RUN_TOGETHER)
    assert [[RUN_TOGETHER[a:b] for a, b in block.names] for block in blocks] == [
        ["Marta Kowalczyk", "Henrik Lindqvist"], ["Sofie in ’t Hout", "Luca Ferrante"],
        ["Ilse Brandt"]]
    assert [RUN_TOGETHER[slice(*block.group)] for block in blocks] == [
        "PPE Group", "S&D Group", "Verts/ALE Group"]


def test_signatories_run_together_join_only_their_own_group(extractor: Extractor) -> None:
    found = triples(run(extractor, RUN_TOGETHER))
    members = {(s, t) for s, rel, t in found if rel == "MEMBER_OF"}
    assert ("Sofie in ’t Hout", "Progressive Alliance of Socialists and Democrats") in members
    assert ("Ilse Brandt", "Greens/European Free Alliance") in members
    assert not any(s == "Sofie in ’t Hout" and "PPE" in t for s, t in members), members
    assert not any(s == "Ilse Brandt" and "Socialists" in t for s, t in members), members
    assert ("Luca Ferrante", "INTRODUCED", "B9-0412/2023") in found, found


@pytest.mark.parametrize("text", [
    "Kati Novak, the rapporteur, spoke on behalf of the S&D Group about the report.\n",
    "Jane Roe, Omar Haddad on behalf of the S&D Group, and then the minister replied.\n",
])
def test_prose_naming_a_group_is_no_run_together_line(text: str) -> None:
    assert signatories(text) == []


@pytest.mark.parametrize("text", [
    "Ann Lee, Bo Park on behalf of the Xy Group " * 100 + "Zed Roe on behalf of the Q",
    "Ann Lee, " * 600 + "on behalf of the Xyz Party",
])
def test_a_long_line_almost_of_author_blocks_gives_none(text: str) -> None:
    """One stray word at the end makes the line prose: no block is read from it (and the
    reader answers at once rather than trying every way to split the names)."""
    assert signatories(text) == []


def test_signatories_and_their_group_table_the_numbered_motion(extractor: Extractor) -> None:
    """'B9-0263/2024' is the motion (its procedure '2024/2696(RSP)' the same one; a joint
    motion's 'RC-' number another); who signs it, and their group, table it."""
    text = MOTION.replace("pursuant to", "22.4.2024 - (2024/2696(RSP))\npursuant to").replace(
        "\nThe European Parliament,", "See also joint motion for a resolution RC-B9-0262/2024\n"
        "B9-0263/2024\nThe European Parliament,")
    extraction = run(extractor, text)
    found = triples(extraction)
    for name in ("Anna van der Berg", "Piotr Nowakowski", "Greens/European Free Alliance"):
        assert (name, "INTRODUCED", "B9-0263/2024") in found, found
    motion = next(a for a in extraction.actors if a.name == "B9-0263/2024")
    assert "2024/2696(RSP)" in motion.aliases and motion.type == "Bill"


def test_signatories_are_members_of_their_group(extractor: Extractor) -> None:
    found = triples(run(extractor, MOTION))
    for name in ("Anna van der Berg", "Piotr Nowakowski", "Clara Dumont-Ribeiro"):
        assert (name, "MEMBER_OF", "Greens/European Free Alliance") in found, found


WITNESS_LIST = """The Harbour Committee inquiry

The Harbour Committee heard from these expert witnesses.
- Professor Jane Roe – Institute of Harbour Affairs
- Omar Haddad – Head of the Northgate Justice Movement
- Paul Smith CMG – Director, Lakeside Intelligence Ltd
- Ann Poe – Writer and consultant specialising in security
"""


def test_a_dash_list_of_witnesses_gives_titles_and_testimony(extractor: Extractor) -> None:
    found = triples(run(extractor, WITNESS_LIST))
    assert ("Omar Haddad", "HEADS", "Northgate Justice Movement") in found
    assert ("Paul Smith", "HEADS", "Lakeside Intelligence Ltd") in found
    assert ("Omar Haddad", "TESTIFIED_BEFORE", "Harbour Committee") in found
    assert not any(s == "Omar Haddad" and t == "Lakeside Intelligence Ltd" for s, _, t in found)


def test_a_dash_list_elsewhere_gives_titles_but_no_testimony(extractor: Extractor) -> None:
    text = WITNESS_LIST.replace("heard from these expert witnesses", "named these people")
    found = triples(run(extractor, text))
    assert ("Omar Haddad", "HEADS", "Northgate Justice Movement") in found
    assert not any(t == "TESTIFIED_BEFORE" for _, t, _ in found)


CONGRESS_RESOLUTION = """[Congressional Bills 999th Congress]
[From the U.S. Government Publishing Office]
[S. Res. 901 Introduced in Senate (IS)]
S. RES. 901
Condemning interference in the elections of allied democracies.

IN THE SENATE OF THE UNITED STATES
Mr. HALE (for himself, Ms. ORTEGA, and Mr. PRICE) submitted the following resolution; which
was referred to the Committee on Foreign Relations

Whereas the Government of the Russian Federation interfered in the 2024 elections of Moldova;

Resolved, That the Senate condemns the Government of the Russian Federation for its
interference in the elections of Moldova.
"""


def test_a_congress_measure_s_sponsors_introduce_it(extractor: Extractor) -> None:
    """The sponsor line names each sponsor in capitals; the measure is the number at the
    top; a foreign state's 'Government of' is that state, never the document's own."""
    found = triples(run(extractor, CONGRESS_RESOLUTION))
    for sponsor in ("Hale", "Ortega", "Price"):
        assert (sponsor, "INTRODUCED", "S. Res. 901") in found, found
    assert ("S. Res. 901", "REFERRED_TO", "Committee on Foreign Relations") in found, found
    assert ("S. Res. 901", "INTRODUCED_IN", "United States Senate") in found, found
    names = {a.name for a in run(extractor, CONGRESS_RESOLUTION).actors}
    assert not names & {"Introduced in Senate", "Congressional Bills",
                        "U.S. Government Publishing Office"}, names  # the printer's lines
    assert ("Russia", "INTERFERED_IN", "Moldova") in found
    assert not any("United States" in (s, o) for s, _, o in found if s != "United States Senate")
    assert not any(s == "United States Senate" and o == "Moldova" for s, _, o in found)


CONGRESS_PAGE = """H.Con.Res.99 - Expressing the sense of Congress on interference by Northland
https://www.congress.gov/bill/999th-congress/house-concurrent-resolution/99

Sponsor: Rep. Roe, Jane [D-CA-28] (Introduced 02/08/2029)
Cosponsors: Sen. Smith, Paul A. [R-OH]

H. CON. RES. 99
Ms. ROE (for herself and Mr. DOE) submitted the following concurrent resolution; which was referred to the Committee on Foreign Affairs
"""  # noqa: E501 - document text, one paragraph a line


CONGRESS_MEASURES = [
    case("a-canadian-bill-s-first-reading-names-its-sponsor-and-its-long-title",
         "Bill S-999\nhttps://www.parl.ca/DocumentViewer/en/44-1/bill/S-999/first-reading\n\n"
         "SENATE OF CANADA\n\nBILL S-999\nAn Act to establish the Harbour Registry\n\n"
         "FIRST READING, February 24, 2022\n\nTHE HONOURABLE SENATOR Roe\n\nSUMMARY\n\n"
         "This enactment establishes the Harbour Registry.\n",
         edges=(("Roe", "INTRODUCED", "Bill S-999"), ("Roe", "MEMBER_OF", "Senate of Canada"),
                ("Bill S-999", "ESTABLISHED", "Harbour Registry")),
         not_names=("An Act", "SENATOR Roe")),
    case("house-sponsors-named-with-their-state-introduce-the-measure",
         "H. CON. RES. 41\nIN THE HOUSE OF REPRESENTATIVES\nMs. Jane Roe of California (for "
         "herself, Mr. Doe of New York, and Ms. Poe) submitted the following concurrent "
         "resolution; which was referred to the Committee on Foreign Affairs\n",
         edges=(("Jane Roe", "INTRODUCED", "H. Con. Res. 41"),
                ("Doe", "INTRODUCED", "H. Con. Res. 41"), ("Poe", "INTRODUCED", "H. Con. Res. 41"),
                ("H. Con. Res. 41", "REFERRED_TO", "Committee on Foreign Affairs"),
                ("H. Con. Res. 41", "INTRODUCED_IN", "United States House of Representatives")),
         not_names=("California",)),
    case("a-measure-s-title-calls-on-whom-it-says-should-act",
         "H. CON. RES. 41\nProviding that Canada should seek an apology from Russia, and that "
         "the United States should help Taiwan.\nIN THE HOUSE OF REPRESENTATIVES\nMs. ROE "
         "submitted the following concurrent resolution\n",
         edges=(("H. Con. Res. 41", "CALLED_ON", "Canada"),
                ("H. Con. Res. 41", "CALLED_ON", "United States")),
         not_edges=(("United States", "ALLEGED_ASSISTANCE", "Taiwan"),)),
    case("a-measure-s-title-condemning-a-state-s-act-criticizes-the-state",
         "118 HRES 12 IH: Condemning the Government of Russia's detention of Jane Roe\n"
         "H. RES. 12\nIN THE HOUSE OF REPRESENTATIVES\nMs. ROE submitted the following "
         "resolution; which was referred to the Committee on Foreign Affairs, and in addition "
         "to the Committees on Financial Services, and Ways and Means\n",
         edges=(("H. Res. 12", "CRITICIZED", "Russia"),
                ("H. Res. 12", "REFERRED_TO", "Committee on Financial Services")),
         not_edges=(("H. Res. 12", "CRITICIZED", "Jane Roe"),)),
    case("only-the-committees-a-measure-was-referred-to-are-linked",
         "H. RES. 77\nIN THE HOUSE OF REPRESENTATIVES\nMr. DOE submitted the following "
         "resolution; which was referred to the Committee on Rules, and in addition to the "
         "Committee on Ethics, for a period to be determined\n\nWhereas the Committee on "
         "Appropriations heard Jane Roe;\n",
         edges=(("H. Res. 77", "REFERRED_TO", "Committee on Rules"),
                ("H. Res. 77", "REFERRED_TO", "Committee on Ethics")),
         not_edges=(("H. Res. 77", "REFERRED_TO", "Committee on Appropriations"),)),
    case("each-committee-of-a-plural-list-is-referred-to",
         "H. RES. 78\nIN THE HOUSE OF REPRESENTATIVES\nMr. DOE submitted the following "
         "resolution; which was referred to the Committee on Rules, and in addition to the "
         "Committees on the Judiciary, Ways and Means, and Education and Workforce, for a "
         "period to be determined\n",
         edges=(("H. Res. 78", "REFERRED_TO", "Committee on Rules"),
                ("H. Res. 78", "REFERRED_TO", "Committee on the Judiciary"),
                ("H. Res. 78", "REFERRED_TO", "Committee on Ways and Means"),
                ("H. Res. 78", "REFERRED_TO", "Committee on Education and Workforce"))),
]


@pytest.mark.parametrize("expected", CONGRESS_MEASURES)
def test_congress_measure_lines(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


@pytest.mark.parametrize("edge", [
    ("Jane Roe", "MEMBER_OF", "Democratic Party (United States)"),
    ("Jane Roe", "MEMBER_OF", "United States House of Representatives"),
    ("Paul A. Smith", "MEMBER_OF", "United States Senate"),
    ("Jane Roe", "INTRODUCED", "H. Con. Res. 99"),
    ("H. Con. Res. 99", "REFERRED_TO", "Committee on Foreign Affairs"),
])
def test_congress_member_labels_name_given_name_first(extractor: Extractor,
                                                       edge: tuple[str, str, str]) -> None:
    assert edge in triples(run(extractor, CONGRESS_PAGE))


REPORT_WITH_ITS_ISSUER = """Annual Report 2023: Threats to the democratic order (Harbour Intelligence and Security Service)

In 2023 we saw that Russia continued to target our democracy. We informed the Ministry of the Interior about a Chinese influence network. Our service also investigated the activities of Iran.
"""  # noqa: E501 - document text, one paragraph a line


@pytest.mark.parametrize("edge", [
    ("Harbour Intelligence and Security Service", "BRIEFED", "Ministry of the Interior"),
    ("Harbour Intelligence and Security Service", "INVESTIGATED", "Iran"),
])
def test_a_title_s_bracketed_body_is_the_we_of_the_report(extractor: Extractor,
                                                          edge: tuple[str, str, str]) -> None:
    """'Annual Report 2023 (X)': X issues it, so 'we' and 'our service' are X (the last
    service named, the ministry, investigated nothing)."""
    found = triples(run(extractor, REPORT_WITH_ITS_ISSUER))
    assert edge in found, found
    assert ("Ministry of the Interior", "INVESTIGATED", "Iran") not in found


REPORT_BODY = ("https://example.org/reports/threat\n\nWe removed a network of accounts that "
               "targeted Moldova. We criticized Russia's Internet Research Agency.")
RELEASE_BODY = ("https://example.org/news/threat\n\nIn 2024 we saw Russia target Dutch ports. "
                "We have warned the Ministry of Defence about the threat.")


@pytest.mark.parametrize(("title", "body", "edge", "absent"), [
    ("Meta's Quarterly Threat Report, Second Quarter 2023", REPORT_BODY,
     ("Meta Platforms", "CRITICIZED", "Internet Research Agency"), None),
    ("Threat Assessment by the Harbour Intelligence Service", REPORT_BODY,
     ("Harbour Intelligence Service", "CRITICIZED", "Internet Research Agency"), None),
    ("Moldova and the Harbour Institute's threat report", REPORT_BODY, None, "CRITICIZED"),
    ("AIVD: sabotage risk rises across the region", RELEASE_BODY,
     ("General Intelligence and Security Service", "WARNED", "Ministry of Defence"), None),
    ("Russia: sabotage risk rises across the region", RELEASE_BODY, None, "WARNED"),
    ("NORTHWIND: fake local news sites push one story", RELEASE_BODY, None, "WARNED"),
])
def test_the_body_a_title_gives_the_document_to_is_its_we(
        extractor: Extractor, title: str, body: str, edge: tuple[str, str, str] | None,
        absent: str | None) -> None:
    """"X's Threat Report", "Assessment by X": X wrote it; 'AIVD: ...' heads the body's
    own release: either way its 'we' is that body. A body that opens the title without
    owning the report, a state or an operation before the colon, is the topic, and 'we'
    is no one."""
    found = triples(run(extractor, f"{title}\n{body}"))
    if edge is not None:
        assert edge in found, found
    else:
        assert not any(kind == absent for _, kind, _ in found), found


FINDINGS = """Report of the Select Committee on Foreign Interference: Summary of findings

The Committee heard evidence from 42 witnesses, including the Director of the Harbour Security Service, Jane Roe.

Finding 1: The Committee found that Russia had sought to influence members of the Harbour Assembly.

Recommendation 1: The Committee recommends that the Government establish a register. The Harbour Electoral Commission agreed.
"""  # noqa: E501 - document text, one paragraph a line


def test_a_report_s_committee_is_named_before_its_title_s_colon(extractor: Extractor) -> None:
    """'Report of the Select Committee on X: Summary of findings': the committee is named
    up to the colon, and its findings and hearings are its own; a 'Harbour Electoral
    Commission' is no sign of a British text (its bare 'Government' is no one's)."""
    extraction = run(extractor, FINDINGS)
    found = triples(extraction)
    committee = "Select Committee on Foreign Interference"
    assert ("Jane Roe", "TESTIFIED_BEFORE", committee) in found, found
    assert (committee, "REPORTED_ON", "Russia") in found, found
    assert "United Kingdom" not in {a.name for a in extraction.actors}



REPORT_BYLINES = """Grey Heron Still Active, New Data Show
https://example.org/reports/grey-heron

12 March 2025 | Reports

Author: Mara Velde, Harbour4Democracy.

Contributors: Tomas Ek, NordLab; Ines Faro, Harbour Times.

In this report, we show how the Grey Heron network copied news sites.
"""


@pytest.mark.parametrize("edge", [
    ("Mara Velde", "WORKS_FOR", "Harbour4Democracy"),
    ("Tomas Ek", "WORKS_FOR", "NordLab"),
    ("Ines Faro", "WORKS_FOR", "Harbour Times"),
])
def test_a_byline_names_each_writer_and_the_body_they_write_for(
        extractor: Extractor, edge: tuple[str, str, str]) -> None:
    assert edge in triples(run(extractor, REPORT_BYLINES))


def test_a_byline_is_no_field_of_the_title(extractor: Extractor) -> None:
    """'Author:' under a headline: no organisation named after the headline."""
    names = {a.name for a in run(extractor, REPORT_BYLINES).actors}
    assert not any("Data Show" in name for name in names), names


@pytest.mark.parametrize(("line", "writers"), [
    ("Written by: Mara Velde, Tomas Ek", [("Mara Velde", None), ("Tomas Ek", None)]),
    ("Author: Mara Velde, Atlantic Council.", [("Mara Velde", "Atlantic Council")]),
    ("Author: the staff of the committee", []),
    ("Authors: Mara Velde, senior fellow, Harbour Institute", []),
])
def test_byline_lines_are_read_by_name_and_body(line: str,
                                                writers: list[tuple[str, str | None]]) -> None:
    text = f"A title\n\n{line}\n\nThe body of the report.\n"
    found = [(text[slice(*b.person)], text[slice(*b.body)] if b.body else None)
             for b in bylines(text)]
    assert found == writers


OFFICE_PAGE = """Jane Roe
https://example.org/jane-roe

Jane Roe
Office: President of the Harbour Research Centre for the Lantern Society
In office: 2013–2015
Office: Special Rapporteur in the Office of the United Nations High Commissioner for Human Rights
In office: 2010–2012

Jane Roe (born 1962) is a Northland agronomist and politician.
"""


def test_an_office_field_s_title_is_read_outside_the_bodies_it_names(
        extractor: Extractor) -> None:
    """'President of the Harbour Research Centre ...' headed it (the body's own 'Research'
    is no title word that makes a post subordinate; the term has ended); 'Special
    Rapporteur in the Office of the ... High Commissioner ...' was a member there and
    headed nothing (the commissioner is in the body's name). The long names are one body
    each."""
    found = triples(run(extractor, OFFICE_PAGE))
    centre = "Harbour Research Centre for the Lantern Society"
    office = "Office of the United Nations High Commissioner for Human Rights"
    assert ("Jane Roe", "FORMERLY_HEADED", centre) in found, found
    assert ("Jane Roe", "FORMER_MEMBER_OF", office) in found, found
    assert not {("Jane Roe", kind, office) for kind in ("HEADS", "FORMERLY_HEADED")} & found
