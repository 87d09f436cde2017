"""Start, stop and inspect a local Neo4j Community 5.26 LTS server without Docker.

Used through the wrapper ``scripts/neo4j start|stop|status``; standard library only.

Layout of an instance home (default ``~/.cache/figraph/neo4j-5.26.x``, outside the repo)::

    lib/        jars: Neo4j server + Neo4j Browser, copied by Maven from a throw-away pom
    conf/       neo4j.conf, rewritten by every ``start`` (edits are overwritten)
    data/       databases and users (the password lives here once set)
    logs/       console.log (server stdout/stderr) + Neo4j's own neo4j.log, debug.log, ...
    run/        neo4j.pid, figraph-state.json, locks
    import/, plugins/

The server runs as one JVM (``org.neo4j.server.CommunityEntryPoint``) started in a new
session so it outlives this script; ``stop`` sends SIGTERM to that pid.

The password (``NEO4J_PASSWORD``) is never printed or written to a log. It reaches Neo4j
through a 0600 argument file for ``neo4j-admin dbms set-initial-password`` (so it does
not show in ``ps``), and the readiness check sends it only as HTTP basic auth to 127.0.0.1.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
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
TX_MEMORY_MAX = "512m"
# Passed to the JVM and recorded in neo4j.conf, so Neo4j's own launcher would agree.
# The --add-opens flags are required on Java 21+, harmless on 17.
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
]
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_CLASS = "org.neo4j.server.startup.Neo4jAdminCommand"

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


def env_size(name: str, default: str) -> str:
    """A memory size like 512m or 4g from the environment, checked before it reaches the JVM."""
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if not re.fullmatch(r"[1-9]\d*[mg]", raw):
        raise Fail(UNAVAILABLE, f"{name}={raw!r} is not a size like 512m or 4g")
    return raw


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise Fail(UNAVAILABLE, f"{name}={raw!r} is not a port number")
    return int(raw)


class Instance:
    """Paths, ports and settings of one Neo4j home, all taken from the environment."""

    def __init__(self) -> None:
        default_home = Path.home() / ".cache" / "figraph" / "neo4j-5.26.x"
        self.home = (
            Path(os.environ.get("FIGRAPH_NEO4J_HOME") or default_home).expanduser().resolve()
        )
        self.lib = (
            Path(os.environ.get("FIGRAPH_NEO4J_LIB") or self.home / "lib").expanduser().resolve()
        )
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
        self.heap_initial = self.heap_max if os.environ.get("FIGRAPH_NEO4J_HEAP", "").strip() else HEAP_INITIAL
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
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        where = f"JAVA_HOME={java_home}" if java_home else "PATH"
        raise Fail(
            UNAVAILABLE,
            f"Java 17 or 21 not found on {where} (Debian: apt-get install openjdk-17-jre-headless)",
        )
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    major = int(m.group(1)) if m else 0
    if major == 1 and m and m.group(2):
        major = int(m.group(2))
    if major < 17:
        raise Fail(UNAVAILABLE, f"Neo4j 5.26 needs Java 17 or 21; {java} is Java {major or '?'}")
    if major not in (17, 21):
        print(
            f"{PROG}: warning: Neo4j 5.26 supports Java 17 and 21; {java} is Java {major}",
            file=sys.stderr,
        )
    return java


def password() -> str:
    pw = os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD
    if len(pw) < 8:
        raise Fail(UNAVAILABLE, "NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)")
    return pw


def port_in_use(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


# -- fetching the jars ----------------------------------------------------------------
POM = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Throw-away pom generated by scripts/neo4j to fetch the Neo4j jars; safe to delete. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.figraph</groupId>
  <artifactId>neo4j-server-jars</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>{version}</version>
    </dependency>
    <dependency>
      <groupId>org.neo4j.client</groupId>
      <artifactId>neo4j-browser</artifactId>
      <version>{browser}</version>
    </dependency>
  </dependencies>
</project>
"""


def fetch(inst: Instance) -> None:
    """Make sure inst.lib holds the jars of inst.version; fetch them with Maven if not."""
    stamp_text = f"neo4j {inst.version} neo4j-browser {BROWSER_VERSION}\n"
    stamp = inst.lib / ".figraph-fetched"
    with locked(inst.lib.parent / f".{inst.lib.name}.lock"):
        if stamp.is_file() and stamp.read_text() == stamp_text:
            return
        mvn = shutil.which("mvn")
        if not mvn:
            raise Fail(
                UNAVAILABLE,
                "Maven (mvn) is needed once to fetch the Neo4j jars "
                "(Debian: apt-get install maven)",
            )
        work = inst.lib.parent / f".{inst.lib.name}.fetch"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        (work / "pom.xml").write_text(POM.format(version=inst.version, browser=BROWSER_VERSION))
        out = work / "lib"
        log = work / "mvn.log"
        say(
            f"Fetching Neo4j {inst.version} + Neo4j Browser {BROWSER_VERSION} jars with Maven "
            f"into {inst.lib} (first start only; can take several minutes; log: {log})"
        )
        t0 = time.monotonic()
        cmd = [
            mvn,
            "-B",
            "-ntp",
            "-f",
            str(work / "pom.xml"),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={out}",
            "-DincludeScope=runtime",
        ]
        timeout = float(os.environ.get("FIGRAPH_NEO4J_FETCH_TIMEOUT") or 1800)
        with open(log, "w") as fh:
            rc: int | str
            try:
                rc = subprocess.run(
                    cmd,
                    stdout=fh,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    cwd=work,
                    timeout=timeout,
                ).returncode
            except subprocess.TimeoutExpired:
                rc = "timeout"
        needed = [out / f"neo4j-{inst.version}.jar", out / f"neo4j-browser-{BROWSER_VERSION}.jar"]
        if rc != 0 or not all(p.is_file() for p in needed):
            raise Fail(
                UNAVAILABLE,
                f"could not fetch Neo4j {inst.version} from Maven Central (mvn: {rc}); see {log}",
                tail(log, 15),
            )
        (out / ".figraph-fetched").write_text(stamp_text)
        if inst.lib.exists():
            shutil.rmtree(inst.lib)
        out.rename(inst.lib)
        size = sum(p.stat().st_size for p in inst.lib.iterdir()) / 2**20
        say(
            f"Fetched {len(list(inst.lib.glob('*.jar')))} jars ({size:.0f} MiB) "
            f"in {time.monotonic() - t0:.0f} s"
        )


# -- config ---------------------------------------------------------------------------
def write_conf(inst: Instance) -> None:
    lines = [
        "# Generated by scripts/neo4j on every start; edits here are overwritten.",
        "server.config.strict_validation.enabled=true",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{inst.bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{inst.bolt_port}",
        "server.http.enabled=true",
        f"server.http.listen_address=127.0.0.1:{inst.http_port}",
        f"server.http.advertised_address=127.0.0.1:{inst.http_port}",
        "server.https.enabled=false",
        f"server.directories.lib={inst.lib}",
        f"server.directories.data={inst.data}",
        f"server.directories.logs={inst.logs}",
        f"server.directories.run={inst.run}",
        f"server.directories.import={inst.home / 'import'}",
        f"server.directories.plugins={inst.home / 'plugins'}",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        f"server.memory.heap.initial_size={inst.heap_initial}",
        f"server.memory.heap.max_size={inst.heap_max}",
        f"server.memory.pagecache.size={inst.pagecache}",
        f"dbms.memory.transaction.total.max={TX_MEMORY_MAX}",
        "db.tx_log.preallocate=false",  # else 256 MiB per database on disk from the start
        *(f"server.jvm.additional={flag}" for flag in JVM_FLAGS),
    ]
    inst.conf.mkdir(parents=True, exist_ok=True)
    (inst.conf / "neo4j.conf").write_text("\n".join(lines) + "\n")


def java_env(inst: Instance) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    env.update(NEO4J_HOME=str(inst.home), NEO4J_CONF=str(inst.conf))
    return env


def set_initial_password(inst: Instance, java: str, pw: str) -> None:
    """neo4j-admin dbms set-initial-password; only effective before the first start.

    The password goes through a picocli @argument-file (mode 0600, deleted right after),
    so it never appears in a process listing.
    """
    argfile = inst.run / ".initial-password.args"
    argfile.unlink(missing_ok=True)
    quoted = '"' + pw.replace("\\", "\\\\").replace('"', '\\"') + '"'
    fd = os.open(argfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(quoted + "\n")
        cmd = [
            java,
            "-Xmx256m",
            "-cp",
            f"{inst.lib}/*",
            ADMIN_CLASS,
            "dbms",
            "set-initial-password",
            f"@{argfile}",
            "--require-password-change=false",
        ]
        res = subprocess.run(
            cmd, env=java_env(inst), capture_output=True, text=True, stdin=subprocess.DEVNULL
        )
    finally:
        argfile.unlink(missing_ok=True)
    if res.returncode != 0:
        raise Fail(
            FAILED,
            f"neo4j-admin dbms set-initial-password failed (exit {res.returncode})",
            (res.stdout + res.stderr).replace(pw, "***")[-2000:],
        )


# -- readiness ------------------------------------------------------------------------
def bolt_answers(port: int) -> bool:
    """Bolt handshake: magic 0x6060B017 + proposals 5.0 and 4.4; any agreed version = up."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            s.sendall(bytes.fromhex("6060b01700000005000004040000000000000000"))
            reply = s.recv(4)
            return len(reply) == 4 and reply != b"\0\0\0\0"
    except OSError:
        return False


def query_over_http(inst: Instance, pw: str) -> tuple[str, str]:
    """Run RETURN 1 on database neo4j over HTTP as neo4j/pw.

    Returns ("ok", ""), ("auth", code) for rejected credentials, ("wait", why) otherwise.
    """
    url = f"http://127.0.0.1:{inst.http_port}/db/neo4j/tx/commit"
    body = json.dumps({"statements": [{"statement": "RETURN 1"}]}).encode()
    token = base64.b64encode(f"{USER}:{pw}".encode()).decode()
    req = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Authorization": f"Basic {token}",
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            errors = json.load(resp).get("errors") or []
    except urllib.error.HTTPError as e:
        try:
            errors = json.load(e).get("errors") or []
        except ValueError:
            errors = []
        code = errors[0].get("code", "") if errors else f"HTTP {e.code}"
        if e.code in (401, 403) or "Security" in code:
            return "auth", code
        return "wait", code
    except (OSError, ValueError) as e:
        return "wait", str(e)
    if not errors:
        return "ok", ""
    code = errors[0].get("code", "")
    return ("auth", code) if ".Security." in code else ("wait", code)


def tail(path: Path, n: int) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return ""


# -- commands -------------------------------------------------------------------------
def cmd_start(inst: Instance) -> int:
    with locked(inst.run / "figraph.lock"):
        pid = inst.running_pid()
        if pid:
            bolt, http = inst.uris(inst.state())
            say(f"Neo4j already running (pid {pid}): {bolt} (user {USER}), {http}/browser/")
            return OK
        java = find_java()
        pw = password()
        for name, port in (
            ("FIGRAPH_NEO4J_BOLT_PORT", inst.bolt_port),
            ("FIGRAPH_NEO4J_HTTP_PORT", inst.http_port),
        ):
            if port_in_use(port):
                raise Fail(
                    UNAVAILABLE,
                    f"port {port} on 127.0.0.1 is taken by another process; free it or set {name}",
                )
        fetch(inst)
        for d in (
            inst.conf,
            inst.data,
            inst.logs,
            inst.run,
            inst.home / "import",
            inst.home / "plugins",
        ):
            d.mkdir(parents=True, exist_ok=True)
        write_conf(inst)
        first_start = not (inst.data / "databases" / "system").exists()
        if first_start:
            set_initial_password(inst, java, pw)

        cmd = [
            java,
            "-cp",
            f"{inst.conf}/*:{inst.lib}/*",
            *JVM_FLAGS,
            "-Dfile.encoding=UTF-8",
            f"-Xms{inst.heap_initial}",
            f"-Xmx{inst.heap_max}",
            ENTRY_POINT,
            f"--home-dir={inst.home}",
            f"--config-dir={inst.conf}",
            "--console-mode",
        ]
        t0 = time.monotonic()
        with open(inst.console_log, "a") as log:
            log.write(
                f"=== {time.strftime('%Y-%m-%d %H:%M:%S%z')} scripts/neo4j start "
                f"(Neo4j {inst.version}, bolt {inst.bolt_port}, http {inst.http_port}) ===\n"
            )
            log.flush()
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=inst.home,
                env=java_env(inst),
                start_new_session=True,
            )
        inst.pid_file.write_text(f"{proc.pid}\n")
        inst.state_file.write_text(
            json.dumps(
                {
                    "pid": proc.pid,
                    "version": inst.version,
                    "bolt_port": inst.bolt_port,
                    "http_port": inst.http_port,
                }
            )
            + "\n"
        )
        say(f"Starting Neo4j {inst.version} (pid {proc.pid}; log {inst.console_log})")

        why = "not answering yet"
        while time.monotonic() - t0 < inst.start_timeout:
            rc = proc.poll()
            if rc is not None:
                inst.pid_file.unlink(missing_ok=True)
                meaning = {
                    1: "web server or other failure",
                    2: "database failure, e.g. store locked",
                    3: "invalid configuration",
                }.get(rc, "see log")
                raise Fail(
                    FAILED,
                    f"Neo4j exited with code {rc} ({meaning}) during startup; "
                    f"see {inst.console_log}",
                    tail(inst.console_log, 25),
                )
            if bolt_answers(inst.bolt_port):
                verdict, why = query_over_http(inst, pw)
                if verdict == "ok":
                    bolt, http = inst.uris()
                    say(
                        f"Neo4j {inst.version} running (pid {proc.pid}) "
                        f"after {time.monotonic() - t0:.1f} s: "
                        f"{bolt} (user {USER}), {http}/browser/"
                    )
                    return OK
                if verdict == "auth":
                    stop_pid(inst, proc.pid)
                    raise Fail(
                        WRONG_PASSWORD,
                        f"the data in {inst.data} was initialised with another password for user "
                        f"{USER} than NEO4J_PASSWORD (or the default) ({why}); server stopped. "
                        f"Export the password used then, or wipe this instance's data with "
                        f"'rm -rf {inst.data}' (deletes all its databases)",
                    )
            time.sleep(1)
        stop_pid(inst, proc.pid)
        raise Fail(
            FAILED,
            f"Neo4j did not become ready within {inst.start_timeout:.0f} s ({why}); "
            f"stopped it; see {inst.console_log}",
            tail(inst.console_log, 25),
        )


def stop_pid(inst: Instance, pid: int) -> str:
    """SIGTERM, wait up to stop_timeout, then SIGKILL. Returns how it ended."""
    how = "stopped"
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + inst.stop_timeout
    while is_our_server(pid, inst.home) and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):  # reap it if it is our own child
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.25)
    if is_our_server(pid, inst.home):
        how = f"killed (no exit within {inst.stop_timeout:.0f} s of SIGTERM)"
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        while is_our_server(pid, inst.home):
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            time.sleep(0.1)
    inst.pid_file.unlink(missing_ok=True)
    return how


def cmd_stop(inst: Instance) -> int:
    with locked(inst.run / "figraph.lock"):
        pid = inst.running_pid()
        if not pid:
            inst.pid_file.unlink(missing_ok=True)
            say(f"Neo4j not running (home {inst.home})")
            return OK
        t0 = time.monotonic()
        how = stop_pid(inst, pid)
        say(f"Neo4j (pid {pid}) {how} after {time.monotonic() - t0:.1f} s")
        return OK


def cmd_status(inst: Instance) -> int:
    pid = inst.running_pid()
    state = inst.state() if pid else {}
    bolt, http = inst.uris(state)
    if not pid:
        say(f"stopped: {bolt} (home {inst.home})")
        return STOPPED
    answering = (
        "" if bolt_answers(state.get("bolt_port", inst.bolt_port)) else " (Bolt not answering yet)"
    )
    say(
        f"running (pid {pid}, Neo4j {state.get('version', '?')}): {bolt} (user {USER}), "
        f"{http}/browser/{answering}"
    )
    return OK


COMMANDS = {"start": cmd_start, "stop": cmd_stop, "status": cmd_status}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in COMMANDS:
        print(f"usage: {PROG} start|stop|status   (see docs/neo4j-server.md)", file=sys.stderr)
        return 64
    try:
        return COMMANDS[argv[0]](Instance())
    except Fail as e:
        print(f"{PROG}: error: {e.message}", file=sys.stderr)
        if e.detail:
            print(e.detail, file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
