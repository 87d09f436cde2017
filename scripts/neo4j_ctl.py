"""Start, stop and inspect a local Neo4j Community 5.26 LTS server without Docker.

Used through the wrapper ``scripts/neo4j start|stop|status``; standard library only, and
split by responsibility into sibling modules (the script's folder is on ``sys.path``):

    neo4j_ctl.py       the commands (start, stop, status) and main: this file
    neo4j_instance.py  Instance (paths, ports, sizes, timeouts from the environment),
                       exit codes and Fail, the lock, Java / password / port checks
    neo4j_fetch.py     the one-time Maven fetch of the server and Browser jars
    neo4j_conf.py      neo4j.conf, the initial password, Bolt and HTTP readiness checks

Layout of an instance home (default ``~/.cache/figraph/neo4j-5.26.x``, outside the repo)::

    lib/        jars: Neo4j server + Neo4j Browser, copied by Maven from a throw-away pom
    conf/       neo4j.conf, rewritten by every ``start`` (edits are overwritten)
    data/       databases and users (the password lives here once set)
    logs/       console.log (server stdout/stderr) + Neo4j's own neo4j.log, debug.log, ...
    run/        neo4j.pid, figraph-state.json, locks
    import/, plugins/

The server runs as one JVM (``org.neo4j.server.CommunityEntryPoint``) started in a new
session so it outlives this script; ``stop`` sends SIGTERM to that pid.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable

from neo4j_conf import (
    JVM_FLAGS,
    bolt_answers,
    java_env,
    query_over_http,
    set_initial_password,
    write_conf,
)
from neo4j_fetch import fetch
from neo4j_import import cmd_import
from neo4j_instance import (
    ENTRY_POINT,
    FAILED,
    OK,
    PROG,
    STOPPED,
    UNAVAILABLE,
    USER,
    WRONG_PASSWORD,
    Fail,
    Instance,
    find_java,
    is_our_server,
    locked,
    password,
    port_in_use,
    prepare_home,
    say,
    tail,
)

# Neo4j's documented exit codes during startup.
EXIT_MEANINGS = {
    1: "web server or other failure",
    2: "database failure, e.g. store locked",
    3: "invalid configuration",
}


# -- start ----------------------------------------------------------------------------
def cmd_start(inst: Instance) -> int:
    with locked(inst.run / "figraph.lock"):
        pid = inst.running_pid()
        if pid:
            bolt, http = inst.uris(inst.state())
            say(f"Neo4j already running (pid {pid}): {bolt} (user {USER}), {http}/browser/")
            return OK
        java = find_java()
        pw = password()
        check_ports_free(inst)
        fetch(inst)
        prepare_home(inst)
        write_conf(inst)
        first_start = not (inst.data / "databases" / "system").exists()
        if first_start:
            set_initial_password(inst, java, pw)
        t0 = time.monotonic()
        proc = launch(inst, java)
        say(f"Starting Neo4j {inst.version} (pid {proc.pid}; log {inst.console_log})")
        wait_until_ready(inst, proc, pw, t0)
        return OK


def check_ports_free(inst: Instance) -> None:
    for name, port in (
        ("FIGRAPH_NEO4J_BOLT_PORT", inst.bolt_port),
        ("FIGRAPH_NEO4J_HTTP_PORT", inst.http_port),
    ):
        if port_in_use(port):
            raise Fail(
                UNAVAILABLE,
                f"port {port} on 127.0.0.1 is taken by another process; free it or set {name}",
            )


def launch(inst: Instance, java: str) -> subprocess.Popen:
    """Start the server JVM in its own session, logging to console.log; record pid and ports."""
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
    state = {
        "pid": proc.pid,
        "version": inst.version,
        "bolt_port": inst.bolt_port,
        "http_port": inst.http_port,
    }
    inst.state_file.write_text(json.dumps(state) + "\n")
    return proc


def wait_until_ready(inst: Instance, proc: subprocess.Popen, pw: str, t0: float) -> None:
    """Poll until Bolt answers and RETURN 1 works with the password; Fail (and stop) if not."""
    why = "not answering yet"
    while time.monotonic() - t0 < inst.start_timeout:
        rc = proc.poll()
        if rc is not None:
            inst.pid_file.unlink(missing_ok=True)
            meaning = EXIT_MEANINGS.get(rc, "see log")
            raise Fail(
                FAILED,
                f"Neo4j exited with code {rc} ({meaning}) during startup; see {inst.console_log}",
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
                return
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


# -- stop -----------------------------------------------------------------------------
def stop_pid(inst: Instance, pid: int) -> str:
    """SIGTERM, wait up to stop_timeout, then SIGKILL. Returns how it ended."""
    how = "stopped"
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + inst.stop_timeout
    while is_our_server(pid, inst.home) and time.monotonic() < deadline:
        reap(pid)
        time.sleep(0.25)
    if is_our_server(pid, inst.home):
        how = f"killed (no exit within {inst.stop_timeout:.0f} s of SIGTERM)"
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        while is_our_server(pid, inst.home):
            reap(pid)
            time.sleep(0.1)
    inst.pid_file.unlink(missing_ok=True)
    return how


def reap(pid: int) -> None:
    """Collect the exit status if pid is our own child, so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


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


# -- status ---------------------------------------------------------------------------
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
    if len(argv) == 2 and argv[0] == "import":
        command: Callable[[Instance], int] = functools.partial(cmd_import, folder_arg=argv[1])
    elif len(argv) == 1 and argv[0] in COMMANDS:
        command = COMMANDS[argv[0]]
    else:
        print(f"usage: {PROG} start|stop|status|import FOLDER   (see docs/neo4j-server.md)",
              file=sys.stderr)
        return 64
    try:
        return command(Instance())
    except Fail as e:
        print(f"{PROG}: error: {e.message}", file=sys.stderr)
        if e.detail:
            print(e.detail, file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
