"""`figraph neo4j push` against the real server: complete, idempotent, incremental, safe."""

from __future__ import annotations

import pytest
from figraph.cli import app
from figraph.graph.model import Extraction
from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore, RemoteState
from figraph.graph.neo4j_write import edge_row, group_actors, group_edges
from figraph.graph.sync import plan_push, push
from sample_graph import CHINA, actor, document, fact, sample_extractions, sample_store
from typer.testing import CliRunner

pytestmark = pytest.mark.neo4j
HOSTILE = "Robert'); MATCH (n) DETACH DELETE n //"
runner = CliRunner()


@pytest.fixture
def neo(neo4j_server, clean_neo4j):
    settings = Neo4jSettings(
        neo4j_server.uri, neo4j_server.user, neo4j_server.password, neo4j_server.database
    )
    store = Neo4jStore.connect(settings, batch_size=3)
    yield store
    store.close()


def test_push_copies_the_store_exactly(neo, tmp_path):
    local = sample_store(tmp_path)
    report = push(local, neo)
    assert report.documents == 3
    assert neo.counts() == local.counts()
    assert {e.id: e for e in neo.edges()} == {e.id: e for e in local.edges()}


def test_push_twice_leaves_the_same_counts(neo, tmp_path):
    local = sample_store(tmp_path)
    push(local, neo)
    first = neo.counts()
    assert push(local, neo).documents == 0
    push(local, neo, full=True)
    assert neo.counts() == first


def test_push_is_incremental_and_merges_evidence(neo, tmp_path):
    local = sample_store(tmp_path)
    push(local, neo)
    doc = document("The diplomat works for China, a later report confirms.", title="Later")
    first_doc = sample_extractions()[0]
    diplomat = next(a for a in first_doc.actors if "diplomat" in a.name)
    edge = fact(doc, diplomat, "WORKS_FOR", CHINA, doc.text)
    local.merge(Extraction(doc, [diplomat, CHINA], [edge], {diplomat.id: 1}))
    report = push(local, neo)
    assert report.documents == 1 and report.edges == 1
    assert neo.counts() == local.counts()
    works = next(e for e in neo.edges() if e.type == "WORKS_FOR")
    assert len(works.evidence) == 2


def test_labels_come_from_the_vocabulary(neo, tmp_path, neo4j_driver):
    push(sample_store(tmp_path), neo)
    with neo4j_driver.session() as session:
        labels = session.run("MATCH (n:Actor {name: 'Han Dong'}) RETURN labels(n) AS l").single()[
            "l"
        ]
        rel_types = {r["t"] for r in session.run("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t")}
    assert set(labels) == {"Actor", "Person", "MP"}
    assert "MENTIONS" in rel_types and "SPOKE_WITH" in rel_types


def test_hostile_name_survives_as_a_value(neo, tmp_path):
    local = sample_store(tmp_path)
    evil = actor(HOSTILE, "Person")
    doc = document(f"{HOSTILE} met China.")
    local.merge(
        Extraction(doc, [evil, CHINA], [fact(doc, evil, "MET_WITH", CHINA, doc.text)], {evil.id: 1})
    )
    push(local, neo)
    assert neo.counts() == local.counts()
    assert HOSTILE in {a.name for a in neo.actors()}


def test_wipe_replaces_everything(neo, tmp_path):
    push(sample_store(tmp_path / "a"), neo)
    other = sample_store(tmp_path / "b")
    other.merge(Extraction(document("Nothing else."), [], []))
    push(other, neo, wipe=True)
    assert neo.counts() == other.counts()


def test_cli_wrong_password_is_one_clear_line(neo4j_server, tmp_path, monkeypatch):
    sample_store(tmp_path).save()
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", "wrong-secret-123")
    result = runner.invoke(app, ["neo4j", "push", "--store", str(tmp_path)])
    assert result.exit_code == 1
    assert "authentication failed" in result.output
    assert "wrong-secret-123" not in result.output and neo4j_server.password not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_unreachable_server_is_one_clear_line(tmp_path, monkeypatch):
    sample_store(tmp_path).save()
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever-secret")
    result = runner.invoke(app, ["neo4j", "push", "--store", str(tmp_path)])
    assert result.exit_code == 1
    assert "unreachable" in result.output and "whatever-secret" not in result.output


def test_cli_push_reports_counts(neo4j_server, clean_neo4j, tmp_path, monkeypatch):
    sample_store(tmp_path).save()
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    result = runner.invoke(app, ["neo4j", "push", "--store", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "pushed 3 documents" in result.output


def _relationships(neo: Neo4jStore) -> list:
    rows, _, _ = neo.driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS p",
        database_=neo.database)
    return sorted((r["type"], r["a"], r["b"], sorted((k, repr(v)) for k, v in r["p"].items()))
                  for r in rows)


def test_edge_rows_sent_as_lists_write_what_row_props_wrote(neo, tmp_path):
    """The list rows (`edge_statement`) leave every relationship exactly as the statement
    that sent each row's props as a map (`SET r = row.props`), undated edges included."""
    local = sample_store(tmp_path)
    doc = document("Han Dong met China at some point.", title="Undated")
    han = next(a for a in local.actors() if a.name == "Han Dong")
    local.merge(Extraction(doc, [han, CHINA], [fact(doc, han, "MET_WITH", CHINA, doc.text)],
                           {han.id: 1}))
    push(local, neo)
    sent_as_lists = _relationships(neo)
    neo.wipe()
    names = local.actor_names()
    plan = plan_push(local, RemoteState(), resend=True)
    neo.writer.write_rows(group_actors(plan.actors), {}, plan.documents)
    for rel_type, rows in group_edges(edge_row(e, names) for _, _, e in
                                      local.graph.edges(data=True)).items():
        neo.writer._batched("UNWIND $rows AS row MATCH (a:Actor {id: row.source}) "
                            "MATCH (b:Actor {id: row.target}) "
                            f"MERGE (a)-[r:{rel_type} {{id: row.props.id}}]->(b) "
                            "SET r = row.props", rows)
    assert _relationships(neo) == sent_as_lists
    assert any("date_start" not in dict(props) for t, _, _, props in sent_as_lists
               if t == "MET_WITH")  # an undated edge: no date property, not a null one

