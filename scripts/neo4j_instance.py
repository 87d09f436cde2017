"""One Neo4j instance home as the environment describes it, and what must be true to run it.

Kept apart from the commands in ``neo4j_ctl.py`` so the fetch, the config writer and the
commands all read the same paths, ports, sizes and timeouts from one ``Instance``, and share
one error type (``Fail``), one lock and one notion of "this home's server is running".
Standard library only: ``scripts/neo4j`` runs it with any python3, outside the project venv.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

# Latest 5.26 LTS patch on Maven Central when this was written; override with
# FIGRAPH_NEO4J_VERSION=5.26.N. Neo4j Browser 5.24.0 is the last Browser on Central.
DEFAULT_VERSION = "5.26.30"
BROWSER_VERSION = "5.24.0"

DEFAULT_PASSWORD = "figraph-dev-password"  # local development only; Neo4j needs 8+ chars
USER = "neo4j"
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474

# Defaults for a 2-core machine shared with the test suite; FIGRAPH_NEO4J_HEAP and
# FIGRAPH_NEO4J_PAGECACHE (e.g. 4g, 2g) give a bigger graph more room.
HEAP_INITIAL = "512m"
HEAP_MAX = "1g"
PAGECACHE = "512m"

# The server's main class: how a pid is recognised as this home's server.
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"

# Exit codes
OK, FAILED, UNAVAILABLE, STOPPED, WRONG_PASSWORD = 0, 1, 2, 3, 4

PROG = "scripts/neo4j"


class Fail(Exception):
    """A one-line reason (first line printed as 'scripts/neo4j: error: ...')."""

    def __init__(self, code: int, message: str, detail: str = ""):
        super().__init__(message)
        self.code, self.message, self.detail = code, message, detail


def say(msg: str) -> None:
    print(msg, flush=True)


def tail(path: Path, n: int) -> str:
    """The last n lines of a log, for an error's detail; empty if it cannot be read."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return ""


def env_size(name: str, default: str) -> str:
    """A memory size like 512m or 4g from the environment, checked before it reaches the JVM."""
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if not re.fullmatch(r"[1-9]\d*[mg]", raw):
        raise Fail(UNAVAILABLE, f"{name}={raw!r} is not a size like 512m or 4g")
    return raw


def env_int(name: str, default: int) -> int:
    """A port number from the environment, refused with one line if it is not one."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise Fail(UNAVAILABLE, f"{name}={raw!r} is not a port number")
    return int(raw)


def env_path(name: str, default: Path) -> Path:
    return Path(os.environ.get(name) or default).expanduser().resolve()


class Instance:
    """Paths, ports and settings of one Neo4j home, all taken from the environment."""

    def __init__(self) -> None:
        default_home = Path.home() / ".cache" / "figraph" / "neo4j-5.26.x"
        self.home = env_path("FIGRAPH_NEO4J_HOME", default_home)
        self.lib = env_path("FIGRAPH_NEO4J_LIB", self.home / "lib")
        self.conf = self.home / "conf"
        self.data = self.home / "data"
        self.logs = self.home / "logs"
        self.run = self.home / "run"
        self.pid_file = self.run / "neo4j.pid"
        self.state_file = self.run / "figraph-state.json"
        self.console_log = self.logs / "console.log"
        self.version = os.environ.get("FIGRAPH_NEO4J_VERSION") or DEFAULT_VERSION
        if not re.fullmatch(r"5\.26\.\d+", self.version):
            raise Fail(
                UNAVAILABLE, f"FIGRAPH_NEO4J_VERSION={self.version!r}: only 5.26.x is supported"
            )
        self.bolt_port = env_int("FIGRAPH_NEO4J_BOLT_PORT", DEFAULT_BOLT_PORT)
        self.http_port = env_int("FIGRAPH_NEO4J_HTTP_PORT", DEFAULT_HTTP_PORT)
        self.heap_max = env_size("FIGRAPH_NEO4J_HEAP", HEAP_MAX)
        heap_given = bool(os.environ.get("FIGRAPH_NEO4J_HEAP", "").strip())
        self.heap_initial = self.heap_max if heap_given else HEAP_INITIAL
        self.pagecache = env_size("FIGRAPH_NEO4J_PAGECACHE", PAGECACHE)
        self.start_timeout = float(os.environ.get("FIGRAPH_NEO4J_START_TIMEOUT") or 300)
        self.stop_timeout = float(os.environ.get("FIGRAPH_NEO4J_STOP_TIMEOUT") or 60)

    # -- what is running -------------------------------------------------------------
    def running_pid(self) -> int | None:
        """The pid in run/neo4j.pid if that process is alive and is this home's server."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if is_our_server(pid, self.home) else None

    def state(self) -> dict:
        try:
            return json.loads(self.state_file.read_text())
        except (OSError, ValueError):
            return {}

    def uris(self, state: dict | None = None) -> tuple[str, str]:
        state = state or {}
        bolt = state.get("bolt_port", self.bolt_port)
        http = state.get("http_port", self.http_port)
        return f"bolt://127.0.0.1:{bolt}", f"http://127.0.0.1:{http}"


def is_our_server(pid: int, home: Path) -> bool:
    """True if pid is a live (not zombie) Neo4j JVM started for this home.

    Checked through /proc so a stale pid file, reused by an unrelated process, is never
    signalled.
    """
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    if stat.rsplit(")", 1)[-1].split()[0] == "Z":  # zombie: exited, not yet reaped
        return False
    args = [a.decode(errors="replace") for a in cmdline]
    return ENTRY_POINT in args and f"--home-dir={home}" in args


@contextlib.contextmanager
def locked(path: Path):
    """Serialise concurrent starts/stops/fetches (e.g. two test runs at once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# -- prerequisites --------------------------------------------------------------------
def find_java() -> str:
    """The java to run, from JAVA_HOME or PATH; Java 17+ required, 17 and 21 supported."""
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        where = f"JAVA_HOME={java_home}" if java_home else "PATH"
        raise Fail(
            UNAVAILABLE,
            f"Java 17 or 21 not found on {where} (Debian: apt-get install openjdk-17-jre-headless)",
        )
    major = java_major_version(java)
    if major < 17:
        raise Fail(UNAVAILABLE, f"Neo4j 5.26 needs Java 17 or 21; {java} is Java {major or '?'}")
    if major not in (17, 21):
        print(
            f"{PROG}: warning: Neo4j 5.26 supports Java 17 and 21; {java} is Java {major}",
            file=sys.stderr,
        )
    return java


def java_major_version(java: str) -> int:
    """17 for 'version "17.0.9"', 8 for 'version "1.8.0_392"', 0 if unreadable."""
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    major = int(m.group(1)) if m else 0
    if major == 1 and m and m.group(2):
        major = int(m.group(2))
    return major


def password() -> str:
    pw = os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD
    if len(pw) < 8:
        raise Fail(UNAVAILABLE, "NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)")
    return pw


def port_in_use(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def prepare_home(inst: Instance) -> None:
    """The folders a server (or an import into it) writes to, made if missing."""
    for d in (
        inst.conf,
        inst.data,
        inst.logs,
        inst.run,
        inst.home / "import",
        inst.home / "plugins",
    ):
        d.mkdir(parents=True, exist_ok=True)
