"""Entity-resolution decisions: suggested, never silent; applied by every build."""

from __future__ import annotations

from figraph.graph.decisions import Decisions
from figraph.graph.duplicates import suggest_duplicates
from figraph.graph.model import Extraction
from sample_graph import HAN_DONG, actor, document, fact, sample_store

MIKE = actor("Mike Chong", "Person", "MP")
MICHAEL = actor("Michael Chong", "Person", "MP")
M_CHONG = actor("M. Chong", "Person")
CHONG_PARTY = actor("Chong Party", "Party")


def _store_with_chongs(tmp_path):
    store = sample_store(tmp_path)
    doc = document("Mike Chong met Michael Chong and Han Dong.")
    edges = [
        fact(doc, MIKE, "MET_WITH", HAN_DONG, doc.text),
        fact(doc, MICHAEL, "MET_WITH", HAN_DONG, doc.text),
    ]
    store.merge(Extraction(doc, [MIKE, MICHAEL, M_CHONG, CHONG_PARTY, HAN_DONG], edges))
    return store


def test_suggestions_pair_look_alikes_of_one_type(tmp_path):
    store = _store_with_chongs(tmp_path)
    pairs = {frozenset((p.first.name, p.second.name))
             for p in suggest_duplicates(store.actors(), Decisions())}
    assert frozenset(("Michael Chong", "M. Chong")) in pairs
    assert frozenset(("Mike Chong", "Michael Chong")) in pairs
    assert not any("Chong Party" in pair for pair in pairs)


def test_nothing_is_merged_without_a_decision(tmp_path):
    store = _store_with_chongs(tmp_path)
    assert store.actor(MIKE.id) is not None and store.actor(MICHAEL.id) is not None


def test_merge_decision_rekeys_store_and_later_builds(tmp_path):
    store = _store_with_chongs(tmp_path)
    decisions = Decisions.load(tmp_path)
    decisions.merge(MICHAEL.id, MIKE.id)
    decisions.save()
    store.apply_decisions(decisions)
    assert store.actor(MIKE.id) is None
    met = [d for _, _, d in store.graph.edges(data=True) if d["type"] == "MET_WITH"]
    assert len(met) == 1 and met[0]["source"] == MICHAEL.id
    assert "Mike Chong" in store.actor(MICHAEL.id).aliases

    reloaded = Decisions.load(tmp_path)
    doc = document("Mike Chong met Han Dong again.")
    later = reloaded.apply(
        Extraction(
            doc, [MIKE, HAN_DONG], [fact(doc, MIKE, "MET_WITH", HAN_DONG, doc.text)], {MIKE.id: 1}
        )
    )
    assert [a.id for a in later.actors] == [MICHAEL.id, HAN_DONG.id]
    assert later.edges[0].source == MICHAEL.id and later.mentions == {MICHAEL.id: 1}


def test_split_is_remembered(tmp_path):
    store = _store_with_chongs(tmp_path)
    decisions = Decisions.load(tmp_path)
    decisions.split(MIKE.id, MICHAEL.id)
    decisions.save()
    pairs = {frozenset((p.first.id, p.second.id))
             for p in suggest_duplicates(store.actors(), Decisions.load(tmp_path))}
    assert frozenset((MIKE.id, MICHAEL.id)) not in pairs
