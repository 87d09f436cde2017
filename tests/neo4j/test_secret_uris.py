"""The Neo4j password in odd places: URIs of every malformed shape, in `--uri` and in
NEO4J_URI, and a store edited by hand. No server is needed: each of these must be refused
in one line before the driver could quote anything (tests/neo4j/test_secrets.py covers the
real server).

Each command runs as a child process with the driver's DEBUG log on, so a password that
reached a log line would be caught too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from figraph.graph.neo4j_store import _shown_uri
from old_stores import version4_lines, write_lines
from sample_graph import sample_store

PASSWORD = "Hunter2-s3cret-4711"
FIGRAPH_WITH_DEBUG_LOG = [sys.executable, "-c", (
    "import logging, sys; logging.basicConfig(stream=sys.stderr, level=logging.DEBUG); "
    "from figraph.cli import main; main()")]

ODD_URIS = {
    "no slashes": f"neo4j:{PASSWORD}@127.0.0.1:7687",
    "one slash": f"bolt:/neo4j:{PASSWORD}@127.0.0.1:7687",
    "user and password": f"bolt://neo4j:{PASSWORD}@127.0.0.1:7687",
    "password only": f"neo4j+s://:{PASSWORD}@127.0.0.1:7687",
    "query string": f"bolt://127.0.0.1:7687?password={PASSWORD}",
    "routing context": f"neo4j://127.0.0.1:7687?policy={PASSWORD}",
    "fragment": f"bolt://127.0.0.1:7687#{PASSWORD}",
    "path": f"bolt://127.0.0.1:7687/{PASSWORD}",
    "http with credentials": f"http://neo4j:{PASSWORD}@127.0.0.1:7474",
    "the password pasted as the URI": PASSWORD,
    "the password as the host": f"bolt://{PASSWORD}:7687",
    "spaces": f"bolt://127.0.0.1:7687 {PASSWORD}",
}


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*FIGRAPH_WITH_DEBUG_LOG, *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "FIGRAPH_"))}
    return {**env, "NEO4J_PASSWORD": PASSWORD, **extra}


@pytest.mark.parametrize("where", ["--uri", "NEO4J_URI"])
@pytest.mark.parametrize("uri", list(ODD_URIS.values()), ids=list(ODD_URIS))
def test_odd_uri_forms_are_refused_in_one_line_without_the_password(
    uri: str, where: str, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    sample_store(store).save()
    commands = [["neo4j", "push", "--store", str(store)],
                ["path", "Han Dong", "China", "--backend", "neo4j"]]
    for args in commands:
        if where == "--uri" and args[0] == "neo4j":
            done = run([*args, "--uri", uri], clean_env(), tmp_path)
        else:
            done = run(args, clean_env(NEO4J_URI=uri), tmp_path)
        assert done.returncode in (1, 2), (args, done.stderr[-1500:])
        assert "Traceback" not in done.stderr
        figraph_lines = [line for line in done.stderr.splitlines() if line.startswith("figraph:")]
        assert len(figraph_lines) == 1, done.stderr[-1500:]
        assert PASSWORD not in done.stdout + done.stderr
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and PASSWORD.encode()
                in p.read_bytes()]


@pytest.mark.parametrize(("uri", "shown"), [
    ("bolt://127.0.0.1:7687", "bolt://127.0.0.1:7687"),
    ("neo4j+s://abc.databases.example:7687", "neo4j+s://abc.databases.example:7687"),
    (f"bolt://u:{PASSWORD}@h:1", "the Neo4j URI (bolt:…)"),
    (f"neo4j:{PASSWORD}@h:1", "the Neo4j URI (neo4j:…)"),
    (PASSWORD, "the Neo4j URI"),
])
def test_only_a_plain_scheme_host_port_is_ever_echoed(uri: str, shown: str) -> None:
    assert _shown_uri(uri) == shown


def test_a_hand_edited_relationship_type_is_refused_in_one_line_before_connecting(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store"
    header, actors, edges = version4_lines(sample_store(store))  # plain dicts, one per line
    graph_file = store / "graph.json"
    edge = edges[0]
    edge["type"] = "OWNS`]->() DETACH DELETE n //"
    store.mkdir(exist_ok=True)
    write_lines(store, header, actors, edges)
    # a URI nothing listens on: the refusal must come before any connection attempt
    done = run(["neo4j", "push", "--store", str(store)],
               clean_env(NEO4J_URI="bolt://127.0.0.1:1"), tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if not line.startswith(
        ("DEBUG", "INFO"))] == [
        f"figraph: {graph_file}: edge {edge['id']}: not a figraph relationship type: "
        f"{edge['type']!r}; fix or remove it (nothing was sent)"]
