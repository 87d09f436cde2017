"""pytest plugin: one real Neo4j server per test run, for tests marked ``@pytest.mark.neo4j``.

Load it from tests/conftest.py with ``pytest_plugins = ["neo4j_server"]`` (needs
``pythonpath = ["tests/support"]`` in the pytest config); see docs/neo4j-server.md.

Fixtures:
  neo4j_server   session: a Neo4jServer(uri, user, password, database, http_url).
                 Uses NEO4J_URI (+ NEO4J_USERNAME/NEO4J_PASSWORD/NEO4J_DATABASE/NEO4J_HTTP_URL)
                 when FIGRAPH_TEST_EXTERNAL_NEO4J=1; otherwise runs ``scripts/neo4j start``
                 with test ports (Bolt 17687, HTTP 17474) and a separate home
                 (``<dev home>-test``, sharing the dev home's jars) and stops it at the end
                 (keep it running with FIGRAPH_TEST_NEO4J_KEEP=1). A second test run on the
                 same machine at the same time gets its own instance (``-test-1``,
                 17688/17475, ...): each run holds a lock on its instance for the session.
  neo4j_driver   function: a neo4j.Driver for that server, closed after the test.
  clean_neo4j    function: the same driver, after deleting all nodes, constraints, indexes.

If Java is missing or the server cannot be fetched/started, the tests that use these
fixtures are skipped with one line saying why; with FIGRAPH_REQUIRE_NEO4J=1 they error.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "neo4j"
DEFAULT_HOME = Path.home() / ".cache" / "figraph" / "neo4j-5.26.x"
TEST_PASSWORD = "figraph-test-password"  # the throw-away test instance only
TEST_BOLT_PORT = 17687
TEST_HTTP_PORT = 17474


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    user: str
    password: str = field(repr=False)
    database: str = "neo4j"
    http_url: str = ""
    # Set only for a server this plugin started: the environment for scripts/neo4j.
    script_env: dict | None = field(default=None, repr=False)
    start_output: str = field(default="", repr=False)

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "neo4j: needs a real Neo4j server (started once per run by scripts/neo4j)"
    )


def _unavailable(reason: str) -> None:
    reason = f"Neo4j unavailable: {reason}"
    if os.environ.get("FIGRAPH_REQUIRE_NEO4J") == "1":
        pytest.fail(f"{reason} (FIGRAPH_REQUIRE_NEO4J=1)", pytrace=False)
    pytest.skip(reason)


def _first_error(output: str) -> str:
    for line in output.splitlines():
        if "error:" in line:
            return line.split("error:", 1)[1].strip()
    lines = [ln for ln in output.splitlines() if ln.strip()]
    return lines[-1] if lines else "no output"


def _external_server() -> Neo4jServer:
    uri = os.environ["NEO4J_URI"]
    host = uri.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0]
    return Neo4jServer(
        uri=uri,
        user=os.environ.get("NEO4J_USERNAME", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", ""),
        database=os.environ.get("NEO4J_DATABASE", "neo4j"),
        http_url=os.environ.get("NEO4J_HTTP_URL", f"http://{host}:7474"),
    )


SLOTS = 8  # concurrent test runs on one machine each get their own instance


def _test_env(slot: int) -> dict:
    """Environment for scripts/neo4j for test instance `slot` (0: <dev home>-test, 17687/17474)."""
    dev_home = Path(os.environ.get("FIGRAPH_NEO4J_HOME") or DEFAULT_HOME).expanduser()
    suffix = "" if slot == 0 else f"-{slot}"
    env = dict(os.environ)
    env.update(
        FIGRAPH_NEO4J_HOME=os.environ.get("FIGRAPH_TEST_NEO4J_HOME") or f"{dev_home}-test{suffix}",
        FIGRAPH_NEO4J_LIB=os.environ.get("FIGRAPH_NEO4J_LIB") or str(dev_home / "lib"),
        FIGRAPH_NEO4J_BOLT_PORT=os.environ.get("FIGRAPH_TEST_NEO4J_BOLT_PORT")
        or str(TEST_BOLT_PORT + slot),
        FIGRAPH_NEO4J_HTTP_PORT=os.environ.get("FIGRAPH_TEST_NEO4J_HTTP_PORT")
        or str(TEST_HTTP_PORT + slot),
        NEO4J_PASSWORD=TEST_PASSWORD,
    )
    env.setdefault("FIGRAPH_PYTHON", sys.executable)  # scripts/neo4j needs only the stdlib
    return env


def _claim_slot(env: dict):
    """Hold an exclusive lock on this test instance for the whole session, or return None.

    The kernel drops the lock when the pytest process ends, even by a crash, so a
    leftover server of a dead run is simply reused by the next run that claims it.
    """
    lock = Path(env["FIGRAPH_NEO4J_HOME"]) / "pytest.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    fh = open(lock, "a")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        return None
    return fh


def _say(config: pytest.Config, text: str) -> None:
    """One progress line on the terminal, even while pytest captures output."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None:
        return
    if capture is None:
        reporter.write_line(text)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(text)


@pytest.fixture(scope="session")
def neo4j_server(pytestconfig: pytest.Config):
    if os.environ.get("NEO4J_URI") and os.environ.get("FIGRAPH_TEST_EXTERNAL_NEO4J") == "1":
        yield _external_server()
        return

    java_home = os.environ.get("JAVA_HOME")
    if not (
        shutil.which("java") or (java_home and os.access(Path(java_home) / "bin" / "java", os.X_OK))
    ):
        _unavailable("Java 17/21 not found (install openjdk-17-jre-headless)")
    pinned = any(
        os.environ.get(k)
        for k in (
            "FIGRAPH_TEST_NEO4J_HOME",
            "FIGRAPH_TEST_NEO4J_BOLT_PORT",
            "FIGRAPH_TEST_NEO4J_HTTP_PORT",
        )
    )
    failure = "no free test instance slot (another test run holds each of them)"
    for slot in range(1 if pinned else SLOTS):
        env = _test_env(slot)
        lock = _claim_slot(env)
        if lock is None:  # another live test run owns this instance
            continue
        _say(
            pytestconfig,
            f"[neo4j] scripts/neo4j start (home {env['FIGRAPH_NEO4J_HOME']}; "
            "the first run fetches ~140 MiB of jars with Maven)",
        )
        try:
            res = subprocess.run(
                [str(SCRIPT), "start"],
                env=env,
                capture_output=True,
                text=True,
                stdin=subprocess.DEVNULL,
                timeout=2400,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            lock.close()
            _unavailable(f"scripts/neo4j start: {exc}")
        if res.returncode == 0:
            break
        lock.close()
        failure = (
            f"scripts/neo4j start exited {res.returncode}: {_first_error(res.stdout + res.stderr)}"
        )
        if "is taken by another process" not in res.stderr or pinned:
            _unavailable(failure)
    else:
        _unavailable(failure)
    _say(pytestconfig, f"[neo4j] {res.stdout.strip().splitlines()[-1]}")

    bolt, http = env["FIGRAPH_NEO4J_BOLT_PORT"], env["FIGRAPH_NEO4J_HTTP_PORT"]
    server = Neo4jServer(
        uri=f"bolt://127.0.0.1:{bolt}",
        user="neo4j",
        password=TEST_PASSWORD,
        database="neo4j",
        http_url=f"http://127.0.0.1:{http}",
        script_env=env,
        start_output=res.stdout + res.stderr,
    )
    try:
        yield server
    finally:
        try:
            if os.environ.get("FIGRAPH_TEST_NEO4J_KEEP") != "1":
                subprocess.run(
                    [str(SCRIPT), "stop"],
                    env=env,
                    capture_output=True,
                    text=True,
                    stdin=subprocess.DEVNULL,
                    timeout=180,
                )
        finally:
            lock.close()


@pytest.fixture
def neo4j_driver(neo4j_server: Neo4jServer):
    try:
        import neo4j
    except ImportError:
        _unavailable("the neo4j Python driver is not installed")
    driver = neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth)
    try:
        yield driver
    finally:
        driver.close()


def _quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


@pytest.fixture
def clean_neo4j(neo4j_driver, neo4j_server: Neo4jServer):
    """An empty database: no nodes, relationships, constraints or (non-lookup) indexes."""
    db = neo4j_server.database
    constraints, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=db)
    for rec in constraints:
        neo4j_driver.execute_query(f"DROP CONSTRAINT {_quote(rec['name'])} IF EXISTS", database_=db)
    indexes, _, _ = neo4j_driver.execute_query(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", database_=db
    )
    for rec in indexes:
        neo4j_driver.execute_query(f"DROP INDEX {_quote(rec['name'])} IF EXISTS", database_=db)
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=db)
    return neo4j_driver
