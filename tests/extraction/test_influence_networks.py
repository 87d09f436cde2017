"""Influence networks in the reports of platforms and research labs: the networks a report
finds or takes down without naming them, whom they aim at, who found them, and whose they
are said to be; on our own sentences of the kind such reports use.

Positive rows give what the text states; negative rows the wrong edge or actor each
precaution is there for (a campaign its runner ran is the runner's doing, a named
operation keeps its name, a people's group with a count is someone in particular).
"""

from __future__ import annotations

import pytest
from extract_helpers import Case, case, check, run
from figraph.loaders.extractor import Extractor

HEAD = "Report\nhttps://example.org/report\n\n"
"""A title line and an address: the first line of a text is read as its headline."""

NETWORK = "Network of 40 fake accounts (unnamed)"

CASES = [
    case("a-network-taken-down-and-what-it-aimed-at",
         HEAD + "Harbourbook removed a network of 40 fake accounts last week. The network "
         "targeted users in Moldova and Romania. Facebook took down the same pages.",
         edges=((NETWORK, "TARGETED", "Moldova"), (NETWORK, "TARGETED", "Romania")),
         names=(NETWORK,)),
    case("a-platform-that-acts-is-an-actor",
         HEAD + "Facebook removed a network of 40 fake accounts. The network targeted "
         "Lithuania with made-up articles.",
         edges=(("Facebook", "INVESTIGATED", NETWORK), (NETWORK, "TARGETED", "Lithuania"))),
    case("a-platform-as-a-place-is-no-actor",
         HEAD + "Jane Roe posted the video on Facebook before Lithuania banned it.",
         not_names=("Facebook",)),
    case("counted-networks-and-these-networks",
         HEAD + "Meta identified two linked networks in March. These networks targeted "
         "Mali and Niger with fake news pages.",
         edges=(("Two linked networks (unnamed)", "TARGETED", "Mali"),
                ("Two linked networks (unnamed)", "TARGETED", "Niger")),
         pairs=(("Meta Platforms", "Two linked networks (unnamed)"),)),
    case("networks-told-apart-by-ordinals",
         HEAD + "The first network was run from Russia and targeted Mali. The second "
         "network targeted Togo.",
         edges=(("First network (unnamed)", "TARGETED", "Mali"),
                ("Second network (unnamed)", "TARGETED", "Togo")),
         not_edges=(("First network (unnamed)", "TARGETED", "Togo"),
                    ("Second network (unnamed)", "TARGETED", "Mali"))),
    case("a-demonym-says-whose-network",
         HEAD + "Researchers at the Lantern Lab said a Russian influence network targeted "
         "voters in Armenia.",
         edges=(("Russian influence network (unnamed)", "AFFILIATED_WITH", "Russia"),
                ("Russian influence network (unnamed)", "TARGETED", "Armenia"))),
    case("a-campaign-its-runner-ran-is-the-runners",
         HEAD + "Russia ran a disinformation campaign targeting voters in Moldova.",
         edges=(("Russia", "TARGETED", "Moldova"),),
         not_names=("Disinformation campaign (unnamed)", "Voters (unnamed)")),
    case("a-description-names-no-new-network",
         HEAD + "The Lantern Lab said Grey Heron is a coordinated inauthentic network that "
         "targeted Estonia.",
         not_names=("Coordinated inauthentic network (unnamed)",)),
    case("a-named-operation-keeps-the-network",
         HEAD + "Analysts found a network of fake sites, which they dubbed Tidewater. "
         "The network targeted Latvia.",
         edges=(("Tidewater", "TARGETED", "Latvia"),),
         not_names=("Network of fake sites (unnamed)",)),
    case("a-report-that-names-its-campaign",
         HEAD + "We call this operation LANTERNFALL. LANTERNFALL copies the layout of local "
         "news sites in Chile.",
         names=("LANTERNFALL",)),
    case("a-campaign-attributed-to-a-firm",
         HEAD + "We call this operation LANTERNFALL. With high confidence we attribute "
         "LANTERNFALL to Lantern Bay Media Co., Ltd.",
         edges=(("LANTERNFALL", "ACTED_FOR", "Lantern Bay Media Co., Ltd."),)),
    case("content-tailored-to-a-public-aims-at-its-country",
         HEAD + "Using fake sites, the Lantern Group tailored articles to specific "
         "audiences, primarily in Latvia and Estonia, and published them widely.",
         edges=(("Lantern Group", "TARGETED", "Latvia"),
                ("Lantern Group", "TARGETED", "Estonia"))),
    case("institutions-in-listed-states-targeted-by-the-same-actor",
         HEAD + "The Council condemns the campaign conducted by APT77 against Lithuania. "
         "State institutions and entities in Member States, including in Poland and "
         "Latvia, have been targeted by the same threat actor before.",
         edges=(("APT77", "TARGETED", "Poland"), ("APT77", "TARGETED", "Latvia"))),
    case("the-same-actor-is-no-victim-named-since",
         HEAD + "APT77 hacked the Harbour Electoral Commission in May. The Harbour Assembly "
         "was targeted by the same threat actor in June.",
         edges=(("APT77", "TARGETED", "Harbour Assembly"),),
         not_pairs=(("Harbour Electoral Commission", "Harbour Assembly"),)),
    case("the-same-actor-with-no-doer-named-is-no-one",
         HEAD + "Jane Roe met the Harbour Electoral Commission. The same actor later met "
         "Mark Stone.",
         not_pairs=(("Harbour Electoral Commission", "Mark Stone"),)),
    case("a-public-said-to-speak-a-language-is-still-a-country-s-public",
         HEAD + "APT77 targeted Russian-speaking audiences in Latvia.",
         edges=(("APT77", "TARGETED", "Latvia"),)),
    case("a-public-described-by-a-name-is-someone-in-particular",
         HEAD + "APT77 targeted Kremlin critics in Latvia.",
         not_edges=(("APT77", "TARGETED", "Latvia"),)),
    case("others-joined-to-a-place-are-not-that-place",
         HEAD + "Tidewater includes many components, some involving audiences within the "
         "Russian Federation and others targeting audiences in Latvia.",
         not_edges=(("Russia", "TARGETED", "Latvia"),)),
    case("assets-taken-down-are-found-out-as-the-firm-s-they-are-tied-to",
         HEAD + "Facebook said it had taken down more than 300 assets affiliated with Lantern "
         "Bay Media Co., Ltd. last week.",
         edges=(("Facebook", "INVESTIGATED", "Lantern Bay Media Co., Ltd."),)),
    case("a-person-who-finds-accounts-investigates-no-firm",
         HEAD + "Jane Roe said she had found accounts linked to Lantern Bay Media Co., Ltd. in "
         "her files.",
         not_pairs=(("Jane Roe", "Lantern Bay Media Co., Ltd."),)),
    case("a-counted-public-is-someone-in-particular",
         HEAD + "Jane Roe targeted three voters in Moldova with bribes.",
         not_edges=(("Jane Roe", "TARGETED", "Moldova"),)),
    case("a-public-from-a-place-is-not-that-place",
         HEAD + "The Lantern Group targeted people from Moldova living in Italy.",
         not_edges=(("Lantern Group", "TARGETED", "Moldova"),)),
    case("an-appositive-across-the-verb-is-not-the-subjects",
         HEAD + "The Harbour Network ran 120 pages tied to the Lantern Agency, a firm owned by "
         "Jan Tamm.",
         not_pairs=(("Harbour Network", "Jan Tamm"),)),
]


@pytest.mark.parametrize("expected", CASES)
def test_influence_networks(extractor: Extractor, expected: Case) -> None:
    check(extractor, expected)


def test_a_network_is_one_actor_however_often_the_report_returns_to_it(
        extractor: Extractor) -> None:
    extraction = run(extractor, HEAD + "Harbourbook removed a network of 40 fake accounts. "
                     "The network targeted Moldova. This network also targeted Georgia.")
    networks = [a for a in extraction.actors if "(unnamed)" in a.name]
    assert [a.name for a in networks] == [NETWORK]
    aliases = set(getattr(networks[0], "aliases", []) or [])
    assert {"a network of 40 fake accounts", "The network"} <= aliases


def test_an_attribution_is_the_reports_claim(extractor: Extractor) -> None:
    extraction = run(extractor, HEAD + "We call this operation LANTERNFALL. With high "
                     "confidence we attribute LANTERNFALL to Lantern Bay Media Co., Ltd.")
    names = {a.id: a.name for a in extraction.actors}
    attributed = [e for e in extraction.edges if e.type == "ACTED_FOR"
                  and names[e.source] == "LANTERNFALL"]
    assert attributed and all(e.status != "stated" for e in attributed)
