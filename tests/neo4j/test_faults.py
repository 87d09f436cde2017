"""Neo4j faults, against the real test server: stopped mid-push then restarted,
a transient error (a lock held past its timeout) retried by the driver's managed
transactions, a wrong password failing fast, a label from outside the
vocabulary refused before any query is sent.
"""

from __future__ import annotations

import logging
import subprocess
import threading
import time
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Actor, Document, Edge, Evidence, Extraction, make_id
from figraph.graph.neo4j_store import Neo4jStore, safe_label, safe_rel_type
from figraph.graph.sync import push
from neo4j_server import SCRIPT
from typer.testing import CliRunner

runner = CliRunner()
KINDS = [("Person", "MET_WITH"), ("State", "SANCTIONED"), ("Agency", "BRIEFED")]


def synthetic_store(path: Path, documents: int, actors_per_document: int = 8,
                    prefix: str = "") -> LocalStore:
    """A store of many small documents sharing a pool of actors (no model run)."""
    store = LocalStore(path)
    pool = [Actor(id=make_id("a", f"{prefix}actor {i}"), name=f"{prefix}Actor {i} <b>&'\"",
                  type=KINDS[i % 3][0]) for i in range(documents * 2)]
    for d in range(documents):
        members = pool[d:d + actors_per_document]
        text = f"{prefix}Document {d}: " + " met ".join(a.name for a in members)
        doc = Document(id=Document.id_for(text), title=f"Doc {d}", text=text, path=f"{d}.txt")
        edges = [Edge(source=a.id, target=b.id, type=KINDS[i % 3][1],
                      evidence=[Evidence(document=doc.id, quote=text[:60], start=0, end=60,
                                         document_title=doc.title)])
                 for i, (a, b) in enumerate(zip(members, members[1:], strict=False))]
        store.merge(Extraction(document=doc, actors=members, edges=edges,
                               mentions={a.id: 1 for a in members}))
    store.save()
    return store


def server_counts(driver, database: str) -> dict[str, int]:
    """Counts, and distinct ids, of what is in the database: duplicates show as a gap."""
    row = driver.execute_query(
        "CALL () { MATCH (n:Actor) RETURN count(n) AS actors, count(DISTINCT n.id) AS actor_ids } "
        "CALL () { MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS edges, "
        "count(DISTINCT r.id) AS edge_ids } "
        "CALL () { MATCH (d:Document) RETURN count(d) AS documents, "
        "count(d.complete) AS complete } "
        "CALL () { MATCH (:Document)-[m:MENTIONS]->() RETURN count(m) AS mentions } "
        "RETURN *", database_=database).records[0]
    return dict(row)


def expected_counts(local: LocalStore) -> dict[str, int]:
    counts = local.counts()
    mentions = sum(len(a.get("mentions", {})) for _, a in local.graph.nodes(data=True))
    return {"actors": counts["actors"], "actor_ids": counts["actors"],
            "edges": counts["edges"], "edge_ids": counts["edges"],
            "documents": counts["documents"], "complete": counts["documents"],
            "mentions": mentions}


def script(command: str, env: dict) -> str:
    done = subprocess.run([str(SCRIPT), command], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def cli_env(monkeypatch: pytest.MonkeyPatch, server, password: str | None = None) -> None:
    monkeypatch.setenv("NEO4J_URI", server.uri)
    monkeypatch.setenv("NEO4J_USERNAME", server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", server.password if password is None else password)
    monkeypatch.setenv("NEO4J_DATABASE", server.database)


class Pusher(threading.Thread):
    """A push in a thread, through its own driver; `failure` is what it died of."""

    def __init__(self, server, local: LocalStore, retry_seconds: float) -> None:
        super().__init__()
        from neo4j import GraphDatabase

        self.driver = GraphDatabase.driver(server.uri, auth=server.auth,
                                           max_transaction_retry_time=retry_seconds)
        self.neo = Neo4jStore(self.driver, server.database, batch_size=20)
        self.local = local
        self.failure: BaseException | None = None
        self.finished = False

    def run(self) -> None:
        try:
            push(self.local, self.neo)
            self.finished = True
        except BaseException as exc:  # noqa: BLE001 - what the push died of is the result
            self.failure = exc
        finally:
            self.driver.close()


@pytest.mark.neo4j
@pytest.mark.slow
def test_server_stopped_mid_push_then_restarted_push_completes_exactly(
    neo4j_server, clean_neo4j, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Two pushes of one store are running when the server stops: one with a 1 s
    retry budget dies (a clean driver error) and is completed by the next
    `figraph neo4j push`; one with a 180 s budget rides out the restart on the
    managed transactions' retries. The database ends with the store's exact
    counts, no duplicates. (One store: a push makes the database hold its store,
    so two different stores would remove each other's documents.)"""
    if neo4j_server.script_env is None:
        pytest.skip("an external server (FIGRAPH_TEST_EXTERNAL_NEO4J) is not ours to stop")
    db = neo4j_server.database
    cut_off = synthetic_store(tmp_path / "cut", documents=800)
    patient = LocalStore.open(cut_off.path)
    Neo4jStore(clean_neo4j, db).ensure_schema()
    pushes = [Pusher(neo4j_server, cut_off, 1.0), Pusher(neo4j_server, patient, 180.0)]
    with caplog.at_level(logging.WARNING, logger="neo4j"):
        for pusher in pushes:
            pusher.start()
        try:
            wait = time.monotonic() + 60
            while server_counts(clean_neo4j, db)["actors"] < 200:
                assert time.monotonic() < wait, "the pushes never started"
                time.sleep(0.05)
            script("stop", neo4j_server.script_env)
        finally:
            script("start", neo4j_server.script_env)
            for pusher in pushes:
                pusher.join(240)
    from neo4j.exceptions import DriverError, Neo4jError

    assert not pushes[0].finished, "the push finished before the server stopped"
    assert isinstance(pushes[0].failure, DriverError | Neo4jError), repr(pushes[0].failure)
    assert pushes[1].finished, repr(pushes[1].failure)
    assert any("retried" in r.getMessage() for r in caplog.records)

    cli_env(monkeypatch, neo4j_server)
    result = runner.invoke(app, ["neo4j", "push", "--store", str(cut_off.path)])
    assert result.exit_code == 0, result.output
    both = expected_counts(cut_off)
    from neo4j import GraphDatabase

    with GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as fresh:
        assert server_counts(fresh, db) == both
        again = runner.invoke(app, ["neo4j", "push", "--store", str(cut_off.path), "--full"])
        assert again.exit_code == 0, again.output
        assert server_counts(fresh, db) == both


@pytest.mark.neo4j
def test_wrong_password_fails_fast_without_retrying(
    neo4j_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = synthetic_store(tmp_path / "store", documents=2)
    wrong = "not-the-password-4711"
    cli_env(monkeypatch, neo4j_server, password=wrong)
    started = time.monotonic()
    result = runner.invoke(app, ["neo4j", "push", "--store", str(local.path)])
    elapsed = time.monotonic() - started
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"figraph: {neo4j_server.uri}: authentication failed for user {neo4j_server.user!r}")
    assert wrong not in result.output
    assert elapsed < 5, f"{elapsed:.1f} s: an authentication failure must not be retried"
    time.sleep(1)  # let a rate limiter (3 failures) never trip for the tests that follow


class RecordingDriver:
    """A fake driver beside the real ones: records every statement, runs none."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def session(self, **_: object) -> RecordingDriver:
        return self

    def __enter__(self) -> RecordingDriver:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def execute_write(self, work, *args: object):
        return work(self, *args)

    def run(self, query: str, **_: object) -> RecordingDriver:
        self.statements.append(query)
        return self

    def consume(self) -> None:
        return None


@pytest.mark.parametrize("label", ["Person`) DETACH DELETE n //", "Actor:Admin", "person", ""])
def test_label_outside_the_vocabulary_is_refused(label: str) -> None:
    with pytest.raises(ValueError, match="not a figraph label"):
        safe_label(label)


@pytest.mark.parametrize("rel_type", ["MET_WITH]->() DETACH DELETE n //", "met_with", "KNOWS"])
def test_relationship_type_outside_the_vocabulary_is_refused(rel_type: str) -> None:
    with pytest.raises(ValueError, match="not a figraph relationship type"):
        safe_rel_type(rel_type)


def test_bad_label_raises_before_any_statement_is_sent() -> None:
    driver = RecordingDriver()
    neo = Neo4jStore(driver)
    good = Actor(id="a:0", name="Han Dong", type="Person", roles=["MP"])
    hostile = Actor(id="a:1", name="x", type="Person:Admin`) DETACH DELETE n //")
    with pytest.raises(ValueError, match="not a figraph label"):
        neo.write([good, hostile], [], [], {}, {})
    assert driver.statements == []


@pytest.mark.neo4j
def test_cypher_in_query_input_is_only_ever_a_value(
    neo4j_server, clean_neo4j, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = synthetic_store(tmp_path / "store", documents=3)
    cli_env(monkeypatch, neo4j_server)
    assert runner.invoke(app, ["neo4j", "push", "--store", str(local.path)]).exit_code == 0
    before = server_counts(clean_neo4j, neo4j_server.database)
    attack = "x'}) MATCH (n) DETACH DELETE n //"
    first = next(a.name for a in local.actors())
    for args in (
        ["query", "allegations", "-p", f"actor={attack}", "--backend", "neo4j"],
        ["path", first, attack, "--backend", "neo4j"],
        ["path", first, "Actor 5", "--types", "MET_WITH]-() DETACH DELETE n //",
         "--backend", "neo4j"],
        ["neighbors", first, "--types", f"`{attack}`", "--backend", "neo4j"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code in (1, 2), (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), args
    assert server_counts(clean_neo4j, neo4j_server.database) == before
