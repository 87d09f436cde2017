"""Actors the text describes without naming: a person's family, counted groups, named
operations ('the Spamouflage campaign'), unnamed officials of a state, and names cut by
an acronym in brackets.

Our own sentences. Interference reaches politicians through their relatives and through
campaigns that have a name but no spokesperson; a reader needs those as actors, and needs
them never to be given to the wrong person.
"""

from __future__ import annotations

import pytest
from extract_helpers import run, triples
from figraph.graph.model import Extraction
from figraph.loaders.extractor import Extractor

FAMILY = "Family of Omar Haddad (unnamed)"


def names(extraction: Extraction) -> set[str]:
    return {a.name for a in extraction.actors}


@pytest.mark.parametrize("text", [
    "Omar Haddad said the Northland Security Bureau targeted his family in Lisbon.",
    "The Northland Security Bureau targeted the family of Omar Haddad.",
    "The Northland Security Bureau targeted Omar Haddad's relatives.",
    "The Northland Security Bureau gathered information on family members of one of the "
    "activists, Omar Haddad.",
])
def test_a_family_targeted_is_an_actor_tied_to_its_person(extractor: Extractor,
                                                         text: str) -> None:
    found = triples(run(extractor, text))
    assert ("Northland Security Bureau", "TARGETED", FAMILY) in found, text
    assert ("Omar Haddad", "HAD_RELATIONSHIP", FAMILY) in found, text
    assert ("Northland Security Bureau", "TARGETED", "Omar Haddad") in found, text


@pytest.mark.parametrize("text", [
    # two people before 'his': whose family is not said
    "Omar Haddad met Paul Smith after the Northland Security Bureau targeted his family.",
    # 'my family' outside a transcript: no speaker to give it to
    "\"The Northland Security Bureau targeted my family,\" a witness said.",
])
def test_a_family_of_uncertain_owner_is_left_out(extractor: Extractor, text: str) -> None:
    assert not any(n.startswith("Family of") for n in names(run(extractor, text))), text


def test_a_family_nothing_is_said_of_is_no_actor(extractor: Extractor) -> None:
    found = run(extractor, "Omar Haddad spoke warmly of his family.")
    assert FAMILY not in names(found)


def test_a_family_holds_no_title(extractor: Extractor) -> None:
    text = ("The Northland Security Bureau gathered information on Liberal MP Omar Haddad "
            "and his relatives.")
    found = triples(run(extractor, text))
    assert ("Northland Security Bureau", "TARGETED", FAMILY) in found
    assert not any(s == FAMILY and t == "MEMBER_OF" for s, t, _ in found)


def test_a_detention_for_questioning_has_its_agent(extractor: Extractor) -> None:
    text = ("On Monday, family members of Omar Haddad were detained for questioning by the "
            "Northland Security Bureau.")
    assert ("Northland Security Bureau", "DETAINED", FAMILY) in triples(run(extractor, text))


@pytest.mark.parametrize(("text", "triple"), [
    ("The 'Driftnet' campaign targeted Omar Haddad.", ("Driftnet", "TARGETED", "Omar Haddad")),
    ("Analysts detected a 'Driftnet' campaign connected to Russia. This campaign targeted "
     "Omar Haddad.", ("Driftnet", "TARGETED", "Omar Haddad")),
    ("Analysts detected a 'Driftnet' campaign connected to Russia.",
     ("Driftnet", "AFFILIATED_WITH", "Russia")),
])
def test_a_named_operation_is_the_actor(extractor: Extractor, text: str,
                                        triple: tuple[str, str, str]) -> None:
    assert triple in triples(run(extractor, text)), text


def test_a_candidate_s_campaign_is_no_operation(extractor: Extractor) -> None:
    found = run(extractor, "Maria Butina tried to reach the Trump campaign in 2016.")
    assert not any(a.name == "Trump" and a.type == "Organization" for a in found.actors)


def test_the_campaign_alone_is_not_the_operation(extractor: Extractor) -> None:
    """'during the campaign' is most often an election's: only 'this campaign' points back."""
    text = ("Analysts detected a 'Driftnet' campaign. Omar Haddad criticized the campaign "
            "during a debate.")
    assert ("Omar Haddad", "CRITICIZED", "Driftnet") not in triples(run(extractor, text))


def test_a_name_cut_by_its_acronym_is_one_actor(extractor: Extractor) -> None:
    text = ("Global Affairs Canada's (GAC) Rapid Response Mechanism (RRM) Canada has detected "
            "a 'Driftnet' campaign.")
    found = run(extractor, text)
    assert ("Rapid Response Mechanism Canada", "PART_OF", "Global Affairs Canada") \
        in triples(found)
    assert not any(s == "Canada" for s, _, _ in triples(found))
    assert "Global Affairs Canada's" not in names(found)


@pytest.mark.parametrize(("text", "form"), [
    ("The 'Driftnet' campaign targeted dozens of MPs.", "dozens of MPs"),
    ("The 'Driftnet' campaign accused the various MPs of lying.", "the various MPs"),
])
def test_a_group_keeps_the_words_it_is_counted_with(extractor: Extractor, text: str,
                                                    form: str) -> None:
    found = run(extractor, text)
    groups = [a for a in found.actors if a.group]
    assert groups and form in groups[0].aliases, text


@pytest.mark.parametrize(("text", "name"), [
    ("Russia is targeting the Russian-Canadian community.",
     "Russian-Canadian community (unnamed)"),
    ("Beijing harassed the Chinese-Australian community in Sydney.",
     "Chinese-Australian community (unnamed)"),
])
def test_a_group_keeps_a_word_joined_by_a_hyphen(extractor: Extractor, text: str,
                                                 name: str) -> None:
    """'Russian-Canadian' is one word the tokenizer splits: the group is not 'Canadian'."""
    names = {a.name for a in run(extractor, text).actors}
    assert name in names and "Canadian community (unnamed)" not in names, names


@pytest.mark.parametrize(("text", "name"), [
    ("Russia financed pro-Russian oligarchs in Moldova.", "Pro-Russian oligarchs (unnamed)"),
    ("The United States sanctioned Russian oligarchs.", "Russian oligarchs (unnamed)"),
])
def test_oligarchs_named_by_whose_they_are_are_a_group(extractor: Extractor, text: str,
                                                       name: str) -> None:
    found = run(extractor, text)
    assert name in {a.name for a in found.actors}, text
    assert found.edges, text


def test_bare_supporters_are_no_group(extractor: Extractor) -> None:
    assert not any(a.group or "(unnamed)" in a.name
                   for a in run(extractor, "Jane Roe met supporters in May.").actors)


@pytest.mark.parametrize(("text", "form", "not_form"), [
    ("Canada imposed sanctions against 15 entities controlled by the Northland government "
     "and involved in fraud.", "15 entities controlled by the Northland government",
     "15 entities controlled by the Northland government and involved in fraud."),
    ("The 'Driftnet' campaign targeted dozens of MPs on both sides of the aisle, Jane Roe said.",
     "dozens of MPs on both sides of the aisle", "dozens of MPs on both sides of the aisle, Jane"),
])
def test_an_unnamed_actor_is_also_written_with_what_follows_its_noun(
        extractor: Extractor, text: str, form: str, not_form: str) -> None:
    # readers (and annotators) quote 'the 15 entities controlled by X', cut where a list
    # or a clause goes on; never past the phrase
    found = run(extractor, text)
    forms = {a for actor in found.actors if actor.group for a in actor.aliases}
    assert form in forms and not any(f.startswith(not_form) for f in forms), forms


def test_counted_meps_are_a_group_and_meps_the_parliament(extractor: Extractor) -> None:
    found = run(extractor, "Russia paid some MEPs. MEPs condemned Russia.")
    assert ("Russia", "CRITICIZED", "Members of the European Parliament (unnamed)") \
        not in triples(found)
    groups = [a for a in found.actors if a.group]
    assert groups and "some MEPs" in groups[0].aliases


def test_gathering_information_on_someone_targets_them(extractor: Extractor) -> None:
    found = triples(run(extractor, "The Northland Security Bureau collected information on "
                                   "Omar Haddad."))
    assert ("Northland Security Bureau", "TARGETED", "Omar Haddad") in found


def test_unnamed_diplomat_works_for_the_demonym_state(extractor: Extractor) -> None:
    extraction = run(extractor, "Jenny Kwan said she was approached by an Indian consular "
                                "official in Vancouver.")
    names = {a.name: a for a in extraction.actors}
    unnamed = names["Indian consular official (unnamed)"]
    assert extraction.document.id in unnamed.id or unnamed.id != ""
    assert ("Indian consular official (unnamed)", "WORKS_FOR", "India") in triples(extraction)


@pytest.mark.parametrize(("text", "group", "state"), [
    ("A complaint charged two PRC intelligence officers with obstruction.",
     "PRC intelligence officers (unnamed)", "People's Republic of China"),
    ("The Harbour Security Service watched several Chinese intelligence officers.",
     "Chinese intelligence officers (unnamed)", "People's Republic of China"),
    ("Several Russian diplomats left Oslo on Monday after Norway expelled them.",
     "Russian diplomats (unnamed)", "Russia"),
])
def test_a_group_counted_by_several_or_by_a_country_s_name_works_for_it(
        extractor: Extractor, text: str, group: str, state: str) -> None:
    found = triples(run(extractor, text))
    assert (group, "WORKS_FOR", state) in found, text


@pytest.mark.parametrize("text", [
    "PRC intelligence officers met Jane Roe in Lisbon.",  # uncounted: the state itself
    "Many Chinese intelligence officers work abroad.",
])
def test_an_uncounted_group_of_a_state_s_officers_is_no_group(extractor: Extractor,
                                                               text: str) -> None:
    assert not any(a.group for a in run(extractor, text).actors), text


def test_group_of_parliamentarians_is_one_actor(extractor: Extractor) -> None:
    extraction = run(extractor, "Several MPs and senators had ties with Iran. Those "
                                "parliamentarians were warned by CSIS.")
    groups = [a for a in extraction.actors if a.group]
    assert len(groups) == 1 and groups[0].name == "Canadian parliamentarians (unnamed)"
    group = "Canadian parliamentarians (unnamed)"
    assert (group, "HAD_RELATIONSHIP", "Iran") in triples(extraction)


@pytest.mark.parametrize(("text", "groups"), [
    ("MI5 said China targeted UK parliamentarians in London. Russia targeted Canadian MPs "
     "in Ottawa.", {"UK parliamentarians (unnamed)", "Canadian parliamentarians (unnamed)"}),
    ("CSIS said China targeted MPs in Ottawa. Russia targeted Australian lawmakers in "
     "Canberra.", {"Canadian parliamentarians (unnamed)",
                   "Australian parliamentarians (unnamed)"}),
    ("CSIS said Russia funded European politicians. Iran threatened French lawmakers.",
     {"European politicians (unnamed)", "French lawmakers (unnamed)"}),
    ("The FBI said South Korean political figures paid ten members of Congress. The House "
     "reprimanded three congressmen.", {"South Korean political figures (unnamed)",
                                         "United States politicians (unnamed)"}),
])
def test_each_countrys_parliamentarians_are_their_own_group(extractor: Extractor, text: str,
                                                             groups: set[str]) -> None:
    """'Canadian MPs' in a British text are not the House's own members: one group per
    country, never one actor for both (a relation of one would be given to the other)."""
    found = {a.name for a in run(extractor, text).actors if a.group}
    assert groups <= found


def test_unnamed_member_and_counted_group(extractor: Extractor) -> None:
    text = ("A former Member of Parliament kept a relationship with a suspected Russian "
            "intelligence officer. Canada expelled four Russian diplomats in 2024.")
    extraction = run(extractor, text)
    found = triples(extraction)
    assert ("Former Member of Parliament (unnamed)", "HAD_RELATIONSHIP",
            "Russian intelligence officer (unnamed)") in found
    assert ("Canada", "EXPELLED", "Russian diplomats (unnamed)") in found
    assert ("Russian diplomats (unnamed)", "WORKS_FOR", "Russia") in found


def test_named_apposition_keeps_the_role_off_unnamed_people(extractor: Extractor) -> None:
    names = {a.name for a in run(extractor, "Her brother, Li Ming, was a member of the "
                                            "House of Commons.").actors}
    assert not any("(unnamed)" in n for n in names)


@pytest.mark.parametrize(("text", "expected"), [
    ("The FBI arrested a California man for acting as an agent of China.",
     ("California man (unnamed)", "ACTED_FOR", "People's Republic of China")),
    ("The AFP charged a Sydney man on Monday. The man had contact with the MSS.",
     ("Sydney man (unnamed)", "SPOKE_WITH", "Ministry of State Security")),
])
def test_a_defendant_named_by_his_place_is_an_unnamed_person(extractor: Extractor, text: str,
                                                              expected: tuple) -> None:
    """Releases withhold the name and give the town: 'a Sydney man', then 'the man'."""
    assert expected in triples(run(extractor, text))


@pytest.mark.parametrize(("text", "edge"), [
    ("The Harbour Security Service has detained a man who taught at a college. The man "
     "rejects the charges, his lawyer said.",
     ("Harbour Security Service", "DETAINED", "Man (unnamed)")),
    ("A woman was charged on Monday with spying for Russia.",
     ("Woman (unnamed)", "ACTED_FOR", "Russia")),
])
def test_a_man_or_woman_arrested_or_charged_is_an_unnamed_person(
        extractor: Extractor, text: str, edge: tuple[str, str, str]) -> None:
    assert edge in triples(run(extractor, text))


@pytest.mark.parametrize("text", [
    "A person was arrested by the Harbour Police on Monday.",
    "A man from the Harbour Police said the office was closed.",
])
def test_a_person_or_a_man_not_held_is_no_unnamed_actor(extractor: Extractor,
                                                       text: str) -> None:
    assert not [a for a in run(extractor, text).actors if a.name.endswith("(unnamed)")]


@pytest.mark.parametrize(("text", "edge"), [
    ("An FSB officer met Jane Roe in Moscow.",
     ("FSB officer (unnamed)", "WORKS_FOR", "Federal Security Service")),
    ("A CSIS official briefed Jane Roe in Ottawa.",
     ("CSIS official (unnamed)", "WORKS_FOR", "Canadian Security Intelligence Service")),
    ("A Liberal MP met Jane Roe in Ottawa.",
     ("Liberal MP (unnamed)", "MEMBER_OF", "Liberal Party of Canada")),
])
def test_an_unnamed_person_named_by_a_body_works_for_it(extractor: Extractor, text: str,
                                                        edge: tuple[str, str, str]) -> None:
    assert edge in triples(run(extractor, text))


def test_an_office_named_in_capitals_is_no_body_s_unnamed_member(extractor: Extractor) -> None:
    """'An independent Foreign Influence Transparency Commissioner': an office's name, not a
    member of a body called 'Transparency' (nor an office the text makes an actor)."""
    text = ("An independent Foreign Influence Transparency Commissioner, to be appointed by "
            "the Governor in Council, will run the registry.")
    assert not run(extractor, text).actors


def test_the_woman_is_no_man_described_after_her(extractor: Extractor) -> None:
    text = ("The AFP charged a Chinese national with foreign interference. The woman had "
            "gathered information about a Buddhist association. A Victorian man was "
            "charged in 2020. The AFP said the woman had been tasked by the MSS.")
    found = triples(run(extractor, text))
    assert not any("Victorian man" in end for triple in found for end in triple), found


def test_a_name_set_off_after_a_role_s_body_is_the_role_s_holder(extractor: Extractor) -> None:
    """'a former member of the Riigikogu, Peeter Tamm,': the parser hangs the name on the
    body; read as an unnamed member, the charge went to the body itself."""
    found = triples(run(extractor, "The Prosecutor's Office has charged a former member of "
                                   "the Riigikogu, Peeter Tamm, with treason."))
    assert ("Peeter Tamm", "FORMER_MEMBER_OF", "Riigikogu") in found, found
    assert ("Prosecutor's Office", "CHARGED", "Peeter Tamm") in found, found
    assert not any(target == "Riigikogu" for _, kind, target in found if kind == "CHARGED")
    assert not any("(unnamed)" in end for triple in found for end in triple)


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran has targeted dissidents living in Sweden.",
     ("Iran", "TARGETED", "Dissidents living in Sweden (unnamed)")),
    ("Hong Kong authorities targeted Hong Kong activists living in Lisbon.",
     ("Government of the Hong Kong Special Administrative Region", "TARGETED",
      "Hong Kong activists (unnamed)")),
    ("Iran intimidated Kurdish journalists in London.",
     ("Iran", "TARGETED", "Kurdish journalists (unnamed)")),
    ("China monitored the Uyghur diaspora.",
     ("People's Republic of China", "TARGETED", "Uyghur diaspora (unnamed)")),
    ("Russia surveilled critics of the Kremlin in Germany.",
     ("Russia", "TARGETED", "Critics of the Kremlin (unnamed)")),
    ("Iran has targeted journalists working for Iran International in London.",
     ("Iran", "TARGETED", "Journalists working for Iran International (unnamed)")),
])
def test_a_community_targeted_is_an_unnamed_group(extractor: Extractor, text: str,
                                                  expected: tuple[str, str, str]) -> None:
    """Transnational repression reaches people by community or cause; the group is the end."""
    assert expected in triples(run(extractor, text))


@pytest.mark.parametrize("text", [
    "China harassed activists Joshua Wong and Nathan Law in London.",
    "Activists in Germany met the Harbour Institute.",
    "Iran hired journalists working hard.",
])
def test_a_community_noun_without_whose_names_no_group(extractor: Extractor, text: str) -> None:
    assert not any(a.group for a in run(extractor, text).actors)


def test_critics_of_a_party_are_no_members_of_it(extractor: Extractor) -> None:
    found = triples(run(extractor, "China harassed critics of the Chinese Communist Party."))
    assert not any(t[1] == "MEMBER_OF" for t in found)
    assert ("People's Republic of China", "TARGETED",
            "Critics of the Chinese Communist Party (unnamed)") in found


def test_an_aide_named_right_after_is_that_person(extractor: Extractor) -> None:
    text = "Reports say that Omar Haddad and his aide Jane Roe worked for Chinese intelligence."
    extraction = run(extractor, text)
    assert not [a.name for a in extraction.actors if "(unnamed)" in a.name]
    assert ("Jane Roe", "WORKS_FOR", "Omar Haddad") in triples(extraction)


def test_nationals_and_citizens_of_a_place_are_a_group(extractor: Extractor) -> None:
    """'four U.S. citizens and three Russian nationals' charged together: two groups, each
    with the acts told of it; named after it, the people are the actors instead."""
    found = triples(run(extractor, "A grand jury charged four U.S. citizens and three Russian "
                                   "nationals with working on behalf of the Russian government."))
    assert ("U.S. citizens (unnamed)", "ACTED_FOR", "Russia") in found
    assert ("Russian nationals (unnamed)", "ACTED_FOR", "Russia") in found
    named = names(run(extractor, "The RCMP arrested three Indian nationals living in Brampton, "
                                 "Arjun Mehta and Ravi Gill, on Friday."))
    assert not any("nationals" in name for name in named), named


def test_investigators_and_prosecutors_are_the_unnamed_office(extractor: Extractor) -> None:
    """'Investigators have arrested ..., prosecutors said': the story's unnamed offices,
    one actor each however often named; a named or national one is that body's."""
    found = triples(run(extractor, "Investigators have arrested three German nationals "
                                   "suspected of spying for China, prosecutors said. The "
                                   "prosecutors said the trio met officials in Beijing."))
    assert ("Investigators (unnamed)", "DETAINED", "German nationals (unnamed)") in found
    assert ("Prosecutors (unnamed)", "ACCUSED", "German nationals (unnamed)") in found
    named = names(run(extractor, "RCMP investigators arrested Jane Roe. Some prosecutors "
                                 "disagreed."))
    assert not any(name.endswith("(unnamed)") for name in named), named


def test_counted_people_are_a_group_unless_named(extractor: Extractor) -> None:
    found = triples(run(extractor, "The EU decided on Tuesday to impose restrictive measures "
                                   "against 7 individuals. Two men were arrested by the "
                                   "Metropolitan Police on suspicion of spying for China."))
    assert ("European Union", "SANCTIONED", "7 individuals (unnamed)") in found
    assert ("Metropolitan Police Service", "DETAINED", "Two men (unnamed)") in found
    named = names(run(extractor, "The RCMP arrested two men, Arjun Mehta and Ravi Gill."))
    assert not any(name.endswith("(unnamed)") for name in named), named


def test_an_apposition_hung_across_a_clause_gives_no_culprit(extractor: Extractor) -> None:
    """The parser may hang 'a troll factory designated for attempting to influence ...' on
    people named before another clause; who tried is then a guess, and none is made."""
    found = triples(run(extractor, "The other three individuals were designated for acting on "
                                   "behalf of the Harbour Research Agency (HRA), a Russian troll "
                                   "factory designated in 2018 for attempting to influence the "
                                   "US mid-term elections."))
    assert not any(s.startswith("Other three") and t == "INTERFERED_IN" for s, t, _ in found)


def test_spies_of_a_state_act_for_it_and_the_hedge_holds(extractor: Extractor) -> None:
    extraction = run(extractor, "The prosecution of the two alleged Chinese spies was dropped.")
    edge = next(e for e in extraction.edges if e.type == "ACTED_FOR")
    assert edge.status == "alleged"
    assert not any(e.type == "WORKS_FOR" for e in extraction.edges)


@pytest.mark.parametrize(("text", "group", "ally"), [
    ("Portugal and its allies have attributed the attacks to the FSB.",
     "Allies of Portugal (unnamed)", "Portugal"),
    ("The allies of Lithuania condemned Russia.", "Allies of Lithuania (unnamed)", ""),
    ("Russia targeted Canada's allies in Europe.", "Allies of Canada (unnamed)", ""),
])
def test_a_state_s_allies_are_one_unnamed_group(extractor: Extractor, text: str, group: str,
                                                ally: str) -> None:
    extraction = run(extractor, text)
    assert group in {a.name for a in extraction.actors if a.group}, extraction.actors
    if ally:
        assert (ally, "COOPERATED_WITH", group) in triples(extraction)


def test_bare_allies_are_no_one_s(extractor: Extractor) -> None:
    found = {a.name for a in run(extractor, "Allies met in Vilnius to discuss Russia.").actors}
    assert not any(name.startswith("Allies") for name in found), found


@pytest.mark.parametrize("text", [
    "European Parliament resolution on Moldova\n\nParliament called on the EU and its Member "
    "States to ensure that all assistance is provided to Moldova.",
    "NATO statement\n\nThe alliance called on EU member states to support Moldova.",
])
def test_a_union_s_member_states_are_one_unnamed_group(extractor: Extractor, text: str) -> None:
    found = {a.name for a in run(extractor, text).actors if a.group}
    assert "EU member states (unnamed)" in found, found


def test_member_states_of_no_union_named_are_no_group(extractor: Extractor) -> None:
    text = "Jane Roe said the member states of the federation were consulted."
    found = {a.name for a in run(extractor, text).actors}
    assert not any("member states" in name for name in found), found


@pytest.mark.parametrize(("text", "edge"), [
    ("The Harbour Security Bureau set up an office in Harbour City to monitor and intimidate "
     "dissidents.", ("Harbour Security Bureau", "TARGETED", "Dissidents (unnamed)")),
    ("Iran threatened exiled journalists last year.",
     ("Iran", "TARGETED", "Exiled journalists (unnamed)")),
    ("The Harbour Security Bureau attempted to target high-profile individuals and entities.",
     ("Harbour Security Bureau", "TARGETED", "High-profile individuals (unnamed)")),
    ("The Harbour Security Bureau funded and directed local political groups to spread its "
     "messaging.", ("Harbour Security Bureau", "FUNDED", "Local political groups (unnamed)")),
    ("Harbour Holdings recruited local councillors in three provinces.",
     ("Local councillors (unnamed)", "ACTED_FOR", "Harbour Holdings")),
])
def test_people_a_hostile_act_is_aimed_at_are_a_group(extractor: Extractor, text: str,
                                                      edge: tuple[str, str, str]) -> None:
    assert edge in triples(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Dissidents protested outside the Harbour Security Bureau in May.",
    "The Harbour Security Bureau targeted critics such as Jane Roe and Paul Smith.",
    "Harbour Holdings infiltrated conservative groups in Ukraine, including the Farmers Union.",
])
def test_a_bare_plural_not_targeted_or_named_by_example_is_no_group(extractor: Extractor,
                                                                    text: str) -> None:
    assert not [a for a in run(extractor, text).actors if a.name.endswith("(unnamed)")]


def test_bodies_spoken_of_together_are_an_unnamed_group(extractor: Extractor) -> None:
    text = ("I assure the right hon. Gentleman that the House authorities are in regular "
            "contact with the appropriate Government agencies.")
    found = {a.name: a.type for a in run(extractor, text).actors}
    assert found.get("House authorities (unnamed)") == "Agency", found
    assert found.get("Appropriate Government agencies (unnamed)") == "Agency", found


def test_a_state_s_authorities_are_the_state_not_a_group(extractor: Extractor) -> None:
    found = triples(run(extractor, "The Chinese authorities detained Jane Roe in May."))
    assert ("People's Republic of China", "DETAINED", "Jane Roe") in found, found


def test_men_and_women_counted_together_are_one_group(extractor: Extractor) -> None:
    """'two men and three women' are the five arrested, one group; what follows the pair
    ('aged between 45 and 90') is no form of its first half."""
    extraction = run(extractor, "The Harbour Police Force arrested two men and three women, "
                                "aged between 45 and 90, on Tuesday.")
    groups = {a.name: a.aliases for a in extraction.actors if a.type == "Person"}
    assert "Two men and three women (unnamed)" in groups, groups
    assert "Three women (unnamed)" not in groups
    assert not any(alias.endswith(" and") for aliases in groups.values() for alias in aliases)
    assert ("Harbour Police Force", "DETAINED", "Two men and three women (unnamed)") \
        in triples(extraction)


def test_a_spy_s_handler_is_an_unnamed_person_of_the_state(extractor: Extractor) -> None:
    """'a Soviet handler': one person, unnamed, in the service of the state his demonym names."""
    found = triples(run(extractor, "Spy story\n\nIn 1950 a Soviet handler recruited Jane Roe "
                                   "in Moscow."))
    assert ("Soviet handler (unnamed)", "WORKS_FOR", "Soviet Union") in found, found



@pytest.mark.parametrize(("text", "form", "kept"), [
    ("The Internet Research Agency made contact with Harbour supporters and Harbour Party "
     "officials in the United States.", "Harbour supporters and Harbour Party officials", False),
    ("Russia targeted two Canadian diplomats and their entourage in Moscow.",
     "two Canadian diplomats and their entourage in Moscow", True),
])
def test_a_group_s_forms_stop_before_another_plural_group(extractor: Extractor, text: str,
                                                          form: str, kept: bool) -> None:
    """'supporters and Party officials' are two groups: neither's surface form holds the
    other; 'diplomats and their entourage' stay one."""
    forms = {f for a in run(extractor, text).actors for f in (a.name, *a.aliases)}
    assert (form in forms) == kept, forms


@pytest.mark.parametrize(("text", "designated", "tie"), [
    ("OFAC designated a subordinate organization of the Northland Security Bureau.",
     "Subordinate organization of the Northland Security Bureau (unnamed)", "PART_OF"),
    ("OFAC designated a Moscow-based affiliate organization of the GRU.",
     "Moscow-based affiliate organization of the GRU (unnamed)", "AFFILIATED_WITH"),
    ("OFAC designated a front company for the Northland Security Bureau.",
     "Front company for the Northland Security Bureau (unnamed)", "ACTED_FOR"),
])
def test_an_unnamed_body_of_a_named_one_is_what_the_sentence_acts_on(
        extractor: Extractor, text: str, designated: str, tie: str) -> None:
    """What OFAC designates is the unnamed body, not the named one it belongs to."""
    found = triples(run(extractor, text))
    assert ("Office of Foreign Assets Control", "SANCTIONED", designated) in found
    assert any(s == designated and t == tie for s, t, _ in found), found
    assert not any(s == "Office of Foreign Assets Control" and o in (
        "Northland Security Bureau", "Main Intelligence Directorate") for s, _, o in found)


def test_a_body_described_as_a_front_is_no_new_body(extractor: Extractor) -> None:
    text = "OFAC said Sunrise Trading is a front company for the Northland Security Bureau."
    assert not any("(unnamed)" in name for name in names(run(extractor, text)))




@pytest.mark.parametrize(("text", "group", "edge"), [
    ("Police said the case was serious. Two U.S. Navy sailors were arrested for passing "
     "military information to China.", "Two U.S. Navy sailors (unnamed)",
     ("Two U.S. Navy sailors (unnamed)", "ALLEGED_ASSISTANCE", "People's Republic of China")),
    ("Police said the case was serious. Three soldiers were detained by Russian police in "
     "Moscow.", "Three soldiers (unnamed)",
     ("Russia", "DETAINED", "Three soldiers (unnamed)")),
])
def test_counted_people_of_a_trade_or_a_service_are_a_group(
        extractor: Extractor, text: str, group: str, edge: tuple[str, str, str]) -> None:
    """'two U.S. Navy sailors', 'three soldiers': counted people the text names by their
    trade, even under a country's or a body's name, are one unnamed group."""
    found = run(extractor, text)
    assert group in {a.name for a in found.actors}, text
    assert edge in triples(found), triples(found)


def test_an_unnamed_actor_is_also_named_without_its_article(extractor: Extractor) -> None:
    """Readers look up 'subordinate organization of the Harbour Guard', not 'a ...'."""
    extraction = run(extractor, "Police said the case was serious. The Treasury designated a "
                                "subordinate organization of the Harbour Guard Corps.")
    unnamed = [a for a in extraction.actors if a.name.endswith("(unnamed)")]
    assert unnamed, [a.name for a in extraction.actors]
    aliases = {alias for a in unnamed for alias in a.aliases}
    assert "a subordinate organization" in aliases, aliases
    assert "subordinate organization" in aliases, aliases
