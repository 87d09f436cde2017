"""The rows a push sends, without a server: evidence travels once and comes back whole."""

from __future__ import annotations

import orjson
import pytest
from figraph.graph.model import Edge
from figraph.graph.neo4j_write import _edge_lists, edge_row, edge_statement, evidence_from
from sample_graph import sample_store


def _edges(tmp_path) -> list[dict]:
    return [data for _, _, data in sample_store(tmp_path).graph.edges(data=True)]


def test_evidence_json_holds_only_what_the_arrays_do_not(tmp_path):
    for edge in _edges(tmp_path):
        props = edge_row(edge, {})["props"]
        items = orjson.loads(props["evidence_json"])
        assert items and all(not {"quote", "document", "document_title"} & set(item)
                             for item in items)
        assert props["evidence_quotes"] == [e["quote"] for e in edge["evidence"]]


def test_evidence_comes_back_field_for_field(tmp_path):
    for edge in _edges(tmp_path):
        props = edge_row(edge, {})["props"]
        assert evidence_from(props) == edge["evidence"]
        assert Edge.from_dict({**edge, "evidence": evidence_from(props)}).evidence  # loads


def test_evidence_written_by_an_earlier_figraph_reads_as_it_was(tmp_path):
    """Relationships pushed before the arrays left the JSON carry quotes in each item."""
    edge = _edges(tmp_path)[0]
    old_json = orjson.dumps(edge["evidence"]).decode()
    props = {**edge_row(edge, {})["props"], "evidence_json": old_json}
    assert evidence_from(props) == edge["evidence"]


@pytest.mark.parametrize("missing", ["evidence_titles", "evidence_quotes"])
def test_a_list_the_importer_left_out_reads_as_empty_text(tmp_path, missing):
    """The offline import writes no property for a list of one empty string."""
    edge = _edges(tmp_path)[0]
    props = dict(edge_row(edge, {})["props"])
    del props[missing]
    field = {"evidence_titles": "document_title", "evidence_quotes": "quote"}[missing]
    assert [e[field] for e in evidence_from(props)] == [""] * len(edge["evidence"])


def test_edge_rows_travel_as_lists_by_the_names_they_carry(tmp_path):
    rows = [edge_row(edge, {}) for edge in _edges(tmp_path)]
    shapes = _edge_lists(rows)
    assert sum(len(lists) for lists in shapes.values()) == len(rows)
    sent = {(lists[0], lists[1], lists[2]): dict(zip(keys, lists[2:], strict=True))
            for keys, group in shapes.items() for lists in group}
    assert sent == {(r["source"], r["target"], r["props"]["id"]): r["props"] for r in rows}
    for keys in shapes:
        assert f"{keys[-1]}: row[{len(keys) + 1}]" in edge_statement("MET_WITH", keys)


@pytest.mark.parametrize("keys", [{"x": 1, "id": "e:1"}, {"id": "e:1", "a b": 1}])
def test_properties_that_cannot_be_named_in_a_statement_are_refused(keys):
    row = {"source": "a:1", "target": "a:2", "type": "MET_WITH", "props": keys}
    with pytest.raises(ValueError, match="cannot send properties"):
        _edge_lists([row])
