"""Real tests of scripts/neo4j and the neo4j_server pytest plugin, against a real server."""

from __future__ import annotations

import subprocess
import urllib.request
from pathlib import Path

import pytest

neo4j = pytest.importorskip("neo4j")

pytestmark = pytest.mark.neo4j

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "neo4j"


def test_connect_with_the_password(neo4j_driver, neo4j_server):
    neo4j_driver.verify_connectivity()
    records, _, _ = neo4j_driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS v, edition",
        database_=neo4j_server.database,
    )
    if neo4j_server.script_env is not None:  # the server scripts/neo4j runs
        assert records[0]["v"].startswith("5.26.")
        assert records[0]["edition"] == "community"


def test_wrong_password_is_rejected(neo4j_server):
    driver = neo4j.GraphDatabase.driver(
        neo4j_server.uri, auth=(neo4j_server.user, "not-the-password")
    )
    try:
        with pytest.raises(neo4j.exceptions.AuthError):
            driver.verify_connectivity()
    finally:
        driver.close()


def _script(neo4j_server, command):
    if neo4j_server.script_env is None:
        pytest.skip("external server: scripts/neo4j does not manage it")
    return subprocess.run(
        [str(SCRIPT), command],
        env=neo4j_server.script_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_status_reports_running(neo4j_server):
    res = _script(neo4j_server, "status")
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.startswith("running")
    assert neo4j_server.uri in res.stdout


def test_second_start_is_a_no_op(neo4j_server):
    res = _script(neo4j_server, "start")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "already running" in res.stdout


def test_password_is_never_printed_or_logged(neo4j_server):
    if neo4j_server.script_env is None:
        pytest.skip("external server")
    secret = neo4j_server.password
    assert secret not in repr(neo4j_server)
    assert secret not in neo4j_server.start_output
    assert secret not in _script(neo4j_server, "status").stdout
    home = Path(neo4j_server.script_env["FIGRAPH_NEO4J_HOME"])
    for sub in ("logs", "conf", "run"):
        for path in (home / sub).rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path


def test_browser_is_served(neo4j_server):
    with urllib.request.urlopen(f"{neo4j_server.http_url}/browser/", timeout=30) as resp:
        assert resp.status == 200
        html = resp.read().decode("utf-8", "replace")
    assert "<title>Neo4j Browser</title>" in html


HOSTILE = [
    "Robert'); MATCH (n) DETACH DELETE n //",
    'quote " backtick ` brace } $param \\ newline\n',
    "unicode: Grüße, 日本語, emoji 🙂",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_string_round_trip(clean_neo4j, neo4j_server, value):
    db = neo4j_server.database
    clean_neo4j.execute_query("CREATE (:Probe {name: 'keep me'})", database_=db)
    clean_neo4j.execute_query("CREATE (p:Probe {name: $value})", value=value, database_=db)
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (p:Probe) RETURN p.name AS name ORDER BY name", database_=db
    )
    assert sorted(r["name"] for r in records) == sorted(["keep me", value])
    records, _, _ = clean_neo4j.execute_query(
        "MATCH (p:Probe {name: $value}) RETURN count(p) AS n", value=value, database_=db
    )
    assert records[0]["n"] == 1


def test_clean_neo4j_drops_constraints(neo4j_driver, neo4j_server, request):
    db = neo4j_server.database
    neo4j_driver.execute_query(
        "CREATE CONSTRAINT probe_name IF NOT EXISTS FOR (p:Probe) REQUIRE p.name IS UNIQUE",
        database_=db,
    )
    neo4j_driver.execute_query("CREATE (:Probe {name: 'x'})", database_=db)
    driver = request.getfixturevalue("clean_neo4j")
    constraints, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=db)
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=db)
    assert constraints == [] and nodes[0]["n"] == 0
