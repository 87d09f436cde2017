"""Our scorer against the documented metric: names, one-to-one entities, unordered pairs."""

from __future__ import annotations

import json
from pathlib import Path

from figraph.loaders.scoring import format_score, normalize, score

GOLD = {
    "entities": [
        {"name": "Dominic LeBlanc", "type": "Person", "aliases": ["Minister Leblanc"]},
        {"name": "Public Safety Canada", "type": "Agency", "aliases": ["Public Security"]},
        {"name": "India", "type": "State", "aliases": ["Indian officials"]},
    ],
    "relations": [
        {"source": "Dominic LeBlanc", "target": "Public Safety Canada", "type": "MINISTER_OF"},
    ],
}


def test_normalize_drops_titles_accents_and_possessives() -> None:
    assert normalize("Minister Dominic Leblanc") == "dominic leblanc"
    assert normalize("former MP Han Dong") == "han dong"
    assert normalize("Marie-Josée Hogue") == "marie josee hogue"
    assert normalize("Canada’s") == "canada"
    assert normalize("Minister") == "minister"  # a lone title stays


def test_pairs_are_unordered_and_type_is_secondary() -> None:
    pred = {
        "entities": [{"id": "a:1", "name": "Public Safety Canada", "type": "Agency"},
                     {"id": "a:2", "name": "Dominic Leblanc", "type": "Person"}],
        "relations": [{"source": "a:1", "target": "a:2", "type": "HEADS"}],
    }
    result = score(pred, GOLD)
    assert result["relations"]["tp"] == 1 and result["relations"]["f1"] == 1.0
    assert result["relations"]["typed_accuracy"] == 0.0
    assert result["entities"]["tp"] == 2 and result["missed_entities"] == ["India"]


def test_duplicate_entity_costs_precision_but_its_relations_count() -> None:
    pred = {
        "entities": [{"id": "x", "name": "Dominic LeBlanc", "type": "Person"},
                     {"id": "y", "name": "Leblanc", "type": "Person",
                      "aliases": ["Dominic Leblanc"]},
                     {"id": "z", "name": "Public Security", "type": "Agency"}],
        "relations": [{"source": "y", "target": "z", "type": "MINISTER_OF"}],
    }
    result = score(pred, GOLD)
    assert result["entities"]["tp"] == 2 and result["entities"]["pred"] == 3
    assert result["relations"]["f1"] == 1.0


def test_unmapped_endpoint_is_an_extra_pair() -> None:
    pred = {"entities": [{"id": "x", "name": "Dominic LeBlanc", "type": "Person"},
                         {"id": "q", "name": "Nobody Known", "type": "Person"}],
            "relations": [{"source": "x", "target": "q", "type": "MET_WITH"}]}
    result = score(pred, GOLD)
    assert result["relations"]["tp"] == 0
    assert result["extra_pairs"] == ["Dominic LeBlanc -- Nobody Known"]


def test_format_score_last_line_is_the_figure() -> None:
    text = format_score(score({"entities": [], "relations": []}, GOLD), "doc")
    assert text.splitlines()[-1] == "entity_f1=0.000 relation_f1=0.000"


def test_gold_against_itself_is_perfect() -> None:
    seed = Path(__file__).parents[1] / "data/eval/seed.json"
    gold = json.loads(seed.read_text(encoding="utf-8"))
    result = score(gold, gold)
    assert result["entities"]["f1"] == 1.0 and result["relations"]["f1"] == 1.0
