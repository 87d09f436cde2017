"""Reads under load, at a small size: a build and repeated Neo4j pushes while `path`,
`show`, `query` and `stats` read the same store and the same (real) Neo4j.

The run itself is bench/concurrency.py, so the test and the bench figure check the
same things: no command fails, what only grows only grows, what only shrinks only
shrinks, every page is whole, and both backends agree once the last push is done.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `bench` is a folder

from bench.concurrency import Read, Run, intermediate_reads, problems, run_concurrent  # noqa: E402
from bench.corpus import write_corpus  # noqa: E402

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def test_reads_during_a_build_and_pushes_are_consistent_and_never_fail(
    neo4j_server, clean_neo4j, tmp_path: Path
) -> None:
    corpus = write_corpus(60, tmp_path / "corpus", seed=11)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FIGRAPH_", "NEO4J_"))}
    env.update(NEO4J_URI=neo4j_server.uri, NEO4J_USERNAME=neo4j_server.user,
               NEO4J_PASSWORD=neo4j_server.password, NEO4J_DATABASE=neo4j_server.database)
    run = run_concurrent(corpus, tmp_path, env, jobs=1, initial_share=0.1,
                         checkpoint_seconds=0)
    assert problems(run) == []
    assert intermediate_reads(run) >= 1, "no read overlapped the build"
    assert len(run.pushes) >= 2
    names = {r.name for r in run.reads}
    assert names == {"stats", "path", "show", "query", "path_neo4j", "query_neo4j"}
    assert run.final["stats"] == 60


def read(name: str, started: float, value: float | None, code: int = 0) -> Read:
    return Read(name, started, 0.1, code, "", "", value)


@pytest.mark.parametrize(("reads", "expected"), [
    ([read("stats", 1, 5), read("stats", 2, 4)], "stats: went from 5 to 4"),
    ([read("path", 1, 2), read("path", 2, 3)], "path: went from 2 to 3"),
    ([read("query_neo4j", 1, 7), read("query_neo4j", 2, 6)], "query_neo4j: went from 7 to 6"),
    ([read("show", 1, 0.0)], "show: page not whole"),
    ([read("path_neo4j", 1, None, code=2)], "path_neo4j: exit 2"),
])
def test_the_checks_catch_what_they_are_for(reads: list[Read], expected: str) -> None:
    run = Run(documents=10, initial=1, reads=reads,
              final={"path": 2, "path_neo4j": 2, "query": 3, "query_neo4j": 3})
    assert any(line.startswith(expected) for line in problems(run)), problems(run)


def test_backends_that_disagree_at_the_end_are_a_problem() -> None:
    run = Run(documents=10, initial=1, final={"path": 2.0, "path_neo4j": 3.0, "query": 3.0,
                                              "query_neo4j": 3.0})
    assert problems(run) == ["path: local 2.0 != neo4j 3.0 after the last push"]
