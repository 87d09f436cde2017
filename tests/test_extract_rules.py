"""Rule families of the extractor on short constructed sentences (real spaCy, shipped gazetteer)."""

from __future__ import annotations

import time

from extract_helpers import run, triples
from figraph.graph.model import Document
from figraph.loaders.contract import to_contract
from figraph.loaders.extractor import Extractor, chunks


def test_passive_voice_finds_the_agent(extractor: Extractor) -> None:
    found = triples(run(extractor, "Michael Chong was targeted by Beijing in 2021."))
    assert ("People's Republic of China", "TARGETED", "Michael Chong") in found


def test_coordination_distributes(extractor: Extractor) -> None:
    found = triples(run(extractor, "China detained Michael Kovrig and Michael Spavor in 2018."))
    assert {("People's Republic of China", "DETAINED", "Michael Kovrig"),
            ("People's Republic of China", "DETAINED", "Michael Spavor")} <= found


def test_party_titles_give_membership_and_former_membership(extractor: Extractor) -> None:
    found = triples(run(extractor, "Conservative MP Michael Chong criticized former Liberal MP "
                                   "Han Dong on Tuesday."))
    assert ("Michael Chong", "MEMBER_OF", "Conservative Party of Canada") in found
    assert ("Han Dong", "FORMER_MEMBER_OF", "Liberal Party of Canada") in found
    assert ("Michael Chong", "CRITICIZED", "Han Dong") in found


def test_minister_apposition_and_meeting(extractor: Extractor) -> None:
    found = triples(run(extractor, "The Minister of Foreign Affairs, Mélanie Joly, met with "
                                   "Indian officials in New York."))
    assert ("Mélanie Joly", "MINISTER_OF", "Global Affairs Canada") in found
    assert ("Mélanie Joly", "MET_WITH", "India") in found


def test_unnamed_diplomat_works_for_the_demonym_state(extractor: Extractor) -> None:
    extraction = run(extractor, "Jenny Kwan said she was approached by an Indian consular "
                                "official in Vancouver.")
    names = {a.name: a for a in extraction.actors}
    unnamed = names["Indian consular official (unnamed)"]
    assert extraction.document.id in unnamed.id or unnamed.id != ""
    assert ("Indian consular official (unnamed)", "WORKS_FOR", "India") in triples(extraction)


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


def test_hedge_is_recorded(extractor: Extractor) -> None:
    extraction = run(extractor, "Beijing allegedly funded Han Dong during the nomination race.")
    edge = next(e for e in extraction.edges if e.type == "FUNDED")
    assert edge.status == "alleged" and "allegedly" in edge.hedges


def test_denial_points_at_the_accuser(extractor: Extractor) -> None:
    found = triples(run(extractor, "Han Dong denied the allegations made by Global News."))
    assert ("Han Dong", "DENIED", "Global News") in found


def test_pronoun_in_reported_clause_is_the_speaker(extractor: Extractor) -> None:
    found = triples(run(extractor, "Jenny Kwan said that she had been briefed by CSIS."))
    assert ("Canadian Security Intelligence Service", "BRIEFED", "Jenny Kwan") in found


def test_group_of_parliamentarians_is_one_actor(extractor: Extractor) -> None:
    extraction = run(extractor, "Several MPs and senators had ties with Iran. Those "
                                "parliamentarians were warned by CSIS.")
    groups = [a for a in extraction.actors if a.group]
    assert len(groups) == 1 and groups[0].name == "Canadian parliamentarians (unnamed)"
    group = "Canadian parliamentarians (unnamed)"
    assert (group, "HAD_RELATIONSHIP", "Iran") in triples(extraction)


def test_transcript_speaker_lines(extractor: Extractor) -> None:
    text = ("Standing Committee on Procedure and House Affairs\n\n"
            "The Chair (Mr. John Nater): We resume our meeting.\n\n"
            "Mr. Michael Chong (Wellington—Halton Hills, CPC): I was targeted by the PRC.\n\n"
            "Mr. David Vigneault (Director, Canadian Security Intelligence Service): "
            "We briefed the government.\n")
    found = triples(run(extractor, text))
    assert ("Michael Chong", "MEMBER_OF", "Conservative Party of Canada") in found
    assert ("People's Republic of China", "TARGETED", "Michael Chong") in found
    assert ("David Vigneault", "HEADS", "Canadian Security Intelligence Service") in found
    assert ("David Vigneault", "TESTIFIED_BEFORE",
            "Standing Committee on Procedure and House Affairs") in found


def test_junk_is_not_an_actor(extractor: Extractor) -> None:
    extraction = run(extractor, "On Monday, reporters in Toronto asked about it. He said no.")
    assert extraction.actors == [] and extraction.edges == []


def test_evidence_points_at_the_sentence(extractor: Extractor) -> None:
    text = "Intro line.\n\nCanada expelled Zhao Wei in May 2023. Nothing else happened."
    extraction = run(extractor, text)
    edge = next(e for e in extraction.edges if e.type == "EXPELLED")
    evidence = edge.evidence[0]
    assert text[evidence.start:evidence.end].strip() == evidence.quote
    assert evidence.quote.startswith("Canada expelled") and evidence.extractor.startswith("verb:")
    assert edge.date == "May 2023"


def test_named_ids_are_stable_across_documents_unnamed_are_not(extractor: Extractor) -> None:
    one = run(extractor, "Han Dong spoke to a Chinese diplomat in Toronto.")
    two = run(extractor, "Han Dong met a Chinese diplomat in Ottawa last year.")
    ids = [{a.name: a.id for a in x.actors} for x in (one, two)]
    assert ids[0]["Han Dong"] == ids[1]["Han Dong"]
    assert ids[0]["Chinese diplomat (unnamed)"] != ids[1]["Chinese diplomat (unnamed)"]


def test_extract_many_keeps_order(extractor: Extractor) -> None:
    texts = ["Canada expelled Zhao Wei.", "China detained Michael Kovrig.", "Nothing here."]
    docs = [Document(id=Document.id_for(t), title="t", text=t) for t in texts]
    out = list(extractor.extract_many(docs, batch_size=2))
    assert [x.document.id for x in out] == [d.id for d in docs]
    assert to_contract(out[1])["relations"][0]["type"] == "DETAINED"


def test_runaway_sentence_is_bounded_and_warned(extractor: Extractor) -> None:
    text = "Canada expelled Zhao Wei. " + "China, India and Russia, " * 3000 + "end"
    started = time.perf_counter()
    extraction = run(extractor, text)
    assert time.perf_counter() - started < 60
    assert any("without syntax rules" in w for w in extraction.warnings)
    assert ("Canada", "EXPELLED", "Zhao Wei") in triples(extraction)


def test_chunks_cut_at_paragraphs_and_keep_offsets() -> None:
    text = "para one.\n\npara two is here.\n\nthird."
    parts = chunks(text, 20)
    assert all(len(p) <= 20 for p, _ in parts)
    assert all(text[o:o + len(p)] == p for p, o in parts)
    assert "".join(p for p, _ in parts) == text


def test_unknown_verb_links_named_actors_as_related(extractor: Extractor) -> None:
    extraction = run(extractor, "Michael Chong courted Jenny Kwan for months.")
    related = [e for e in extraction.edges if e.type == "RELATED_TO"]
    names = {a.id: a.name for a in extraction.actors}
    assert {frozenset((names[e.source], names[e.target])) for e in related} == {
        frozenset(("Michael Chong", "Jenny Kwan"))}
    assert related[0].evidence[0].extractor == "generic-svo"
    assert "courted" in related[0].evidence[0].quote


def test_unknown_verb_links_nothing_when_denied_or_reported(extractor: Extractor) -> None:
    for text in ("Michael Chong never courted Jenny Kwan.",
                 "Michael Chong announced that Jenny Kwan had resigned.",
                 "Michael Chong mentioned Jenny Kwan in his speech."):
        assert not [e for e in run(extractor, text).edges if e.type == "RELATED_TO"], text


def test_a_known_rule_leaves_no_room_for_a_generic_link(extractor: Extractor) -> None:
    found = triples(run(extractor, "China detained Michael Kovrig in 2018."))
    assert ("People's Republic of China", "DETAINED", "Michael Kovrig") in found
    assert not {t for t in found if t[1] == "RELATED_TO"}


def test_a_tie_noun_links_its_holder_to_the_other_end(extractor: Extractor) -> None:
    extraction = run(extractor, "Reporters examined Michael Chong's ties to Jenny Kwan.")
    names = {a.id: a.name for a in extraction.actors}
    assert {frozenset((names[e.source], names[e.target])) for e in extraction.edges
            if e.type == "RELATED_TO"} == {frozenset(("Michael Chong", "Jenny Kwan"))}


def test_descriptions_are_not_part_of_what_a_speaker_admits(extractor: Extractor) -> None:
    text = "Former Liberal MP Han Dong admitted that he had spoken to a senior Chinese diplomat."
    extraction = run(extractor, text)
    names = {a.id: a.name for a in extraction.actors}
    by_type = {e.type: e for e in extraction.edges}
    assert names[by_type["SPOKE_WITH"].source] == "Han Dong"
    assert by_type["SPOKE_WITH"].status == "admitted"
    for described in ("WORKS_FOR", "FORMER_MEMBER_OF"):
        assert (by_type[described].claimant, by_type[described].status) == ("", "stated")
