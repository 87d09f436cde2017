"""A push under the driver's retries and cut off midway, on the real server.

The driver runs a managed transaction again when it did not hear about its commit,
which may have happened: every statement of a push must then leave what one run
leaves (why the push MERGEs where a CREATE would be faster). A push cut off after
any transaction must be completed by the next push into the graph a single push
writes (why documents get `complete` last).
"""

from __future__ import annotations

from typing import Any

import pytest
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore
from figraph.graph.sync import push
from neo4j.exceptions import ServiceUnavailable
from neo4j_dump import dump
from sample_graph import CHINA, document, fact, sample_extractions, sample_store

pytestmark = pytest.mark.neo4j
BATCH = 2
"""Rows per transaction: every statement of the sample store takes several."""


class Unreliable:
    """The real driver, whose write transactions are each committed twice (`repeat`: the
    answer to the first commit was lost, the driver ran it again), or which loses the
    connection before its write transaction number `fail_after` + 1."""

    def __init__(self, driver: Any, repeat: bool = False, fail_after: int | None = None) -> None:
        self.driver = driver
        self.repeat = repeat
        self.fail_after = fail_after
        self.writes = 0

    def session(self, **kwargs: Any) -> _Session:
        return _Session(self, self.driver.session(**kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.driver, name)


class _Session:
    def __init__(self, owner: Unreliable, session: Any) -> None:
        self.owner = owner
        self.session = session

    def __enter__(self) -> _Session:
        self.session.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.__exit__(*exc)

    def execute_write(self, work: Any, *args: Any) -> Any:
        owner = self.owner
        if owner.fail_after is not None and owner.writes >= owner.fail_after:
            raise ServiceUnavailable("connection lost (test)")
        owner.writes += 1
        result = self.session.execute_write(work, *args)
        if owner.repeat:
            result = self.session.execute_write(work, *args)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.session, name)


@pytest.fixture
def neo(neo4j_server, clean_neo4j):
    settings = Neo4jSettings(neo4j_server.uri, neo4j_server.user, neo4j_server.password,
                             neo4j_server.database)
    store = Neo4jStore.connect(settings, batch_size=BATCH)
    yield store
    store.close()


def through(neo: Neo4jStore, driver: Unreliable) -> Neo4jStore:
    return Neo4jStore(driver, neo.database, batch_size=BATCH)


def fresh_push(local: LocalStore, neo: Neo4jStore) -> tuple[list, list]:
    """What one push of `local` into an empty database writes."""
    push(local, neo, wipe=True)
    return dump(neo)


def changed(local: LocalStore) -> LocalStore:
    """A later document: new evidence on an edge, a new edge, mentions of known actors."""
    first = sample_extractions()[0]
    diplomat = next(a for a in first.actors if "diplomat" in a.name)
    doc = document("The diplomat works for China, a later report confirms.", title="Later")
    edge = fact(doc, diplomat, "WORKS_FOR", CHINA, doc.text)
    local.merge(Extraction(doc, [diplomat, CHINA], [edge], {diplomat.id: 1, CHINA.id: 2}))
    return local


def test_every_transaction_committed_twice_writes_what_one_commit_writes(neo, tmp_path):
    local = sample_store(tmp_path)
    twice = Unreliable(neo.driver, repeat=True)
    push(local, through(neo, twice))  # into an empty database: actors, edges, mentions new
    assert twice.writes > 10
    assert dump(neo) == fresh_push(local, neo)
    changed(local)
    push(local, through(neo, Unreliable(neo.driver, repeat=True)))  # rewrites, deletes
    after_change = dump(neo)
    assert after_change == fresh_push(local, neo)
    assert neo.counts() == local.counts()


@pytest.mark.slow
@pytest.mark.parametrize("change", [False, True], ids=["first push", "push of a change"])
def test_a_push_cut_off_after_any_transaction_is_completed_by_the_next(neo, tmp_path, change):
    local = sample_store(tmp_path)
    counting = Unreliable(neo.driver)
    if change:
        push(local, neo, wipe=True)
        changed(local)
        before = dump(neo)
    push(local, through(neo, counting))
    expected = fresh_push(local, neo)
    assert counting.writes >= 3  # several places to cut
    for cut in range(counting.writes):
        if change:
            push(sample_store(tmp_path / f"again{cut}"), neo, wipe=True)
            assert dump(neo) == before
        else:
            neo.wipe()
        with pytest.raises(ServiceUnavailable):
            push(local, through(neo, Unreliable(neo.driver, fail_after=cut)))
        assert dump(neo) != expected, f"cut after {cut} transactions: nothing was left to do"
        push(local, neo)
        assert dump(neo) == expected, f"cut after {cut} transactions"
