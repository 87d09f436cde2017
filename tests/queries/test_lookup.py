"""find_actor: exact ids, names tolerant of case, accents, titles and aliases; never a guess."""

from __future__ import annotations

import networkx as nx
import pytest
from figraph.graph.local_store import LocalStore
from figraph.graph.lookup import find_actor, name_key
from figraph.graph.model import Extraction
from sample_graph import actor, document, fact

LEBLANC = actor("Dominic LeBlanc", "Person", "Minister", aliases=("Dominic Leblanc",))
HAN_DONG = actor("Han Dong", "Person", "MP")
HOGUE = actor("Marie-Josée Hogue", "Person", "Commissioner")
CHINA = actor("People's Republic of China", "State", aliases=("China", "PRC"))
AUSTRALIA = actor("Australia", "State",
                  aliases=("the Government", "parliament", "The Commonwealth of Australia"))
MICHAEL_CHAN = actor("Michael Chan", "Person")
RAYMOND_CHAN = actor("Raymond Chan", "Person")
KOVRIG = actor("Michael Kovrig", "Person")


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    text = "Han Dong spoke to Raymond Chan."
    doc = document(text, title="Lookup")
    store = LocalStore()
    store.merge(Extraction(doc, [LEBLANC, HAN_DONG, HOGUE, CHINA, MICHAEL_CHAN, RAYMOND_CHAN,
                                 KOVRIG, AUSTRALIA],
                           [fact(doc, HAN_DONG, "SPOKE_WITH", RAYMOND_CHAN, text)]))
    return store.graph


@pytest.mark.parametrize("typed", [
    "Dominic LeBlanc", "dominic leblanc", "Minister LeBlanc", "leblanc", "Hon. Dominic LeBlanc",
    "  LEBLANC ", "the Hon. Dominic Leblanc",
])
def test_leblanc_however_typed(graph, typed):
    result = find_actor(graph, typed)
    assert result.found and result.actor == LEBLANC.id, result


@pytest.mark.parametrize("typed", ["MP Han Dong", "han dong", "former MP Han Dong", "Dong"])
def test_han_dong_with_titles(graph, typed):
    assert find_actor(graph, typed).actor == HAN_DONG.id


def test_exact_id_wins(graph):
    result = find_actor(graph, CHINA.id)
    assert (result.actor, result.reason) == (CHINA.id, "id")


def test_accents_are_ignored(graph):
    assert find_actor(graph, "Commissioner Marie-Josee Hogue").actor == HOGUE.id
    assert find_actor(graph, "marie josée hogue").actor == HOGUE.id


def test_aliases_resolve(graph):
    result = find_actor(graph, "prc")
    assert (result.actor, result.reason) == (CHINA.id, "alias")
    assert find_actor(graph, "China").actor == CHINA.id


def test_a_documents_description_is_no_alias_to_look_up_by(graph):
    """'the Government' is how one text went back to Australia; every government is 'the
    Government' somewhere, so it finds no one, while a name opening with 'The' still does."""
    assert find_actor(graph, "the Government").actor is None
    assert find_actor(graph, "government").actor is None
    assert find_actor(graph, "parliament").actor is None
    assert find_actor(graph, "The Commonwealth of Australia").actor == AUSTRALIA.id


def test_two_people_named_chan_is_ambiguous(graph):
    result = find_actor(graph, "Chan")
    assert not result.found and result.ambiguous
    assert {c.id for c in result.candidates} == {MICHAEL_CHAN.id, RAYMOND_CHAN.id}
    # the better-connected Chan is offered first
    assert result.candidates[0].id == RAYMOND_CHAN.id


def test_shared_first_name_is_ambiguous(graph):
    result = find_actor(graph, "Michael")
    assert result.ambiguous
    assert {c.id for c in result.candidates} == {MICHAEL_CHAN.id, KOVRIG.id}


def test_typo_is_never_picked_but_suggested(graph):
    result = find_actor(graph, "Dominik Leblank")
    assert not result.found and not result.ambiguous
    assert result.reason == "not-found"
    assert result.candidates and result.candidates[0].id == LEBLANC.id


def test_nonsense_has_no_candidates(graph):
    result = find_actor(graph, "zzzz qqqq")
    assert not result.found and result.candidates == ()
    assert "zzzz qqqq" in result.message()


def test_empty_name(graph):
    assert not find_actor(graph, "  ").found


def test_index_follows_new_actors(graph):
    g = graph.copy()
    assert not find_actor(g, "Spavor").found
    g.add_node("a:spavor", kind="Actor", name="Michael Spavor", type="Person", aliases=[])
    assert find_actor(g, "Spavor").actor == "a:spavor"


def test_name_key_drops_leading_titles_only():
    assert name_key("Hon. Dominic LeBlanc") == "dominic leblanc"
    assert name_key("Minister") == "minister"
    assert name_key("Prime Minister Justin Trudeau") == "justin trudeau"


def test_lookup_is_fast_on_a_large_graph():
    import time

    g = nx.MultiDiGraph()
    g.add_nodes_from((f"a:{i}", {"kind": "Actor", "name": f"Person {i} Surname{i}",
                                 "type": "Person", "aliases": []}) for i in range(100_000))
    find_actor(g, "Person 1 Surname1")  # builds the index once
    started = time.perf_counter()
    for i in range(0, 100_000, 1000):
        assert find_actor(g, f"Surname{i}").actor == f"a:{i}"
    assert (time.perf_counter() - started) / 100 < 0.005
