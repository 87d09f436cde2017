"""The Neo4j password never leaves the environment: not in output, errors, logs,
exports, HTML pages or the store.

Every command that talks to Neo4j runs as a real child process with the
password in NEO4J_PASSWORD and the driver's debug logging switched on, in
success and in failure; then every byte printed and every file written under
the test folder is searched for the password.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore
from figraph.graph.store import StoreError
from sample_graph import sample_store
from typer.testing import CliRunner

pytestmark = pytest.mark.neo4j
runner = CliRunner()

# The child turns on the driver's DEBUG log (it logs every Bolt message) on stderr.
FIGRAPH_WITH_DEBUG_LOG = [sys.executable, "-c", (
    "import logging, sys; logging.basicConfig(stream=sys.stderr, level=logging.DEBUG); "
    "from figraph.cli import main; main()")]


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*FIGRAPH_WITH_DEBUG_LOG, *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=180)


def files_holding(root: Path, secret: bytes) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and secret in p.read_bytes()]


@pytest.fixture
def secret_env(neo4j_server) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "FIGRAPH_"))}
    env.update(NEO4J_URI=neo4j_server.uri, NEO4J_USERNAME=neo4j_server.user,
               NEO4J_PASSWORD=neo4j_server.password, NEO4J_DATABASE=neo4j_server.database)
    return env


def test_password_never_printed_logged_or_written(
    neo4j_server, clean_neo4j, secret_env: dict[str, str], tmp_path: Path
) -> None:
    password = neo4j_server.password
    store = tmp_path / "store"
    sample_store(store).save()
    ok = [
        ["neo4j", "push", "--store", str(store), "--wipe", "--yes"],
        ["path", "Han Dong", "China", "--backend", "neo4j", "--html", "path.html"],
        ["neighbors", "Han Dong", "--backend", "neo4j", "--json"],
        ["query", "allegations", "-p", "actor=Han Dong", "--backend", "neo4j", "--json"],
        ["show", "--store", str(store), "--output", "all.html"],
        *(["export", f"graph.{fmt}", "--format", fmt, "--store", str(store)]
          for fmt in ("json", "graphml", "gexf", "csv")),
    ]
    failing = [
        (["neo4j", "push", "--store", str(store), "--uri", "bolt://127.0.0.1:1"], "unreachable"),
        (["neo4j", "push", "--store", str(store), "--user", "nobody"], "authentication failed"),
        (["neo4j", "push", "--store", str(store), "--database", "no-such-db"], ""),
        (["neo4j", "push", "--store", str(store), "--uri", "http://127.0.0.1:1"],
         "not a Bolt URI"),
        (["neo4j", "push", "--store", str(store), "--uri",
          f"bolt://{neo4j_server.user}:{password}@127.0.0.1:1"],
         "the URI holds the password"),
        (["path", "Han Dong", "China", "--backend", "neo4j", "--store", str(store)], ""),
    ]
    printed = []
    for args in ok:
        done = run(args, secret_env, tmp_path)
        assert done.returncode in (0, 1), (args, done.stderr[-2000:])  # 1: an empty answer
        assert "Traceback" not in done.stderr
        printed.append(done.stdout + done.stderr)
    for args, phrase in failing[:-1]:
        done = run(args, secret_env, tmp_path)
        assert done.returncode != 0, args
        assert phrase in done.stderr
        assert "Traceback" not in done.stderr, done.stderr[-2000:]
        printed.append(done.stdout + done.stderr)
    stopped = run(failing[-1][0], {**secret_env, "NEO4J_URI": "bolt://127.0.0.1:1"}, tmp_path)
    assert stopped.returncode == 2 and "unreachable" in stopped.stderr
    printed.append(stopped.stdout + stopped.stderr)
    assert any("DEBUG" in text for text in printed), "the driver log was not on"
    assert all(password not in text for text in printed)
    assert (tmp_path / "path.html").is_file() and (tmp_path / "graph.nodes.csv").is_file()
    assert files_holding(tmp_path, password.encode()) == []


def test_password_is_not_in_settings_repr_or_connection_errors(neo4j_server) -> None:
    settings = Neo4jSettings(neo4j_server.uri, "nobody", neo4j_server.password)
    assert neo4j_server.password not in repr(settings) + str(settings)
    with pytest.raises(StoreError) as caught:
        Neo4jStore.connect(settings)
    assert neo4j_server.password not in str(caught.value)
    assert neo4j_server.password not in repr(caught.value)


def test_in_process_debug_log_of_a_push_holds_no_password(
    neo4j_server, clean_neo4j, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sample_store(tmp_path).save()
    for key, value in (("NEO4J_URI", neo4j_server.uri), ("NEO4J_USERNAME", neo4j_server.user),
                       ("NEO4J_PASSWORD", neo4j_server.password)):
        monkeypatch.setenv(key, value)
    with caplog.at_level(logging.DEBUG):
        result = runner.invoke(app, ["neo4j", "push", "--store", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert caplog.records, "no driver log captured"
    assert neo4j_server.password not in caplog.text + result.output
