"""``scripts/neo4j import FOLDER``: replace database ``neo4j`` with the CSV files of a folder.

The folder is what ``figraph neo4j import-files`` writes: CSV files and the manifest
``figraph-import.json`` naming them, their array delimiter and the files with line breaks
in values. The import is Neo4j's offline ``neo4j-admin database import full``, run from
the same jars, home and ``neo4j.conf`` as the server (``NEO4J_HOME`` / ``NEO4J_CONF``;
the conf names the data folder), so the server must be stopped first. The server then
starts on the imported database; ``figraph neo4j push`` afterwards creates the
constraints and indexes (and sends nothing, since every document is complete).

Standard library only, like its siblings; the password is neither needed nor passed on.
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

from neo4j_conf import JVM_FLAGS, java_env, write_conf
from neo4j_fetch import fetch
from neo4j_instance import (
    FAILED,
    OK,
    UNAVAILABLE,
    Fail,
    Instance,
    find_java,
    locked,
    prepare_home,
    say,
    tail,
)

MANIFEST = "figraph-import.json"
FORMAT = "figraph-neo4j-import/1"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
"""neo4j-admin itself: the launcher class (neo4j_conf.ADMIN_CLASS) would start a second JVM
with these same flags, 3 s more per import."""
DATABASE = "neo4j"
DEFAULT_READ_BUFFER = 4 * 1024 * 1024  # the importer's own default, in bytes


def cmd_import(inst: Instance, folder_arg: str) -> int:
    folder = Path(folder_arg).expanduser().resolve()
    with locked(inst.run / "figraph.lock"):
        pid = inst.running_pid()
        if pid:
            raise Fail(
                UNAVAILABLE,
                f"Neo4j is running (pid {pid}, home {inst.home}); stop it first with "
                "'scripts/neo4j stop' (the import replaces database neo4j)",
            )
        manifest = read_manifest(folder)
        java = find_java()
        fetch(inst)
        prepare_home(inst)
        write_conf(inst)
        return run_import(inst, java, folder, manifest)


def read_manifest(folder: Path) -> dict:
    """The folder's manifest, checked: every file it names exists; Fail in one line if not."""
    path = folder / MANIFEST
    if not folder.is_dir():
        raise Fail(UNAVAILABLE, f"{folder}: no such folder (write it with "
                                "'figraph neo4j import-files FOLDER')")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise Fail(UNAVAILABLE, f"{path}: missing; write the folder with "
                                "'figraph neo4j import-files FOLDER'") from None
    except ValueError as exc:
        raise Fail(UNAVAILABLE, f"{path}: not JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise Fail(UNAVAILABLE, f"{path}: not a {FORMAT} manifest")
    if not re.fullmatch(r"U\+[0-9A-F]{4}", str(manifest.get("array_delimiter"))):
        raise Fail(UNAVAILABLE, f"{path}: array_delimiter is not like U+001F")
    names = [*manifest.get("nodes", []), *manifest.get("relationships", [])]
    if not manifest.get("nodes"):
        raise Fail(UNAVAILABLE, f"{path}: names no node files (an empty store?)")
    for name in names:
        if not isinstance(name, str) or "/" in name or not (folder / name).is_file():
            raise Fail(UNAVAILABLE, f"{folder}: {name!r} named in {MANIFEST} is missing")
    return manifest


def import_command(inst: Instance, java: str, folder: Path, manifest: dict) -> list[str]:
    """The neo4j-admin command line for this folder."""
    longest = int(manifest.get("longest_value", 0))
    buffer = max(DEFAULT_READ_BUFFER, 4 * longest + 1024 * 1024)  # 4 bytes a char at most
    cmd = [
        java, "-cp", f"{inst.conf}/*:{inst.lib}/*", *JVM_FLAGS, "-Dfile.encoding=UTF-8",
        f"-Xmx{inst.heap_max}", ADMIN_TOOL,
        "database", "import", "full", DATABASE,
        "--overwrite-destination=true",
        f"--array-delimiter={manifest['array_delimiter']}",
        f"--read-buffer-size={buffer}",
        f"--report-file={inst.logs / 'import.report'}",
        *(f"--nodes={folder / name}" for name in manifest["nodes"]),
        *(f"--relationships={folder / name}" for name in manifest.get("relationships", [])),
    ]
    multiline = manifest.get("multiline") or []
    if multiline:  # only these files are parsed the slow way
        cmd += ["--multiline-fields-format=v2",
                "--multiline-fields=" + ",".join(str(folder / name) for name in multiline)]
    return cmd


def run_import(inst: Instance, java: str, folder: Path, manifest: dict) -> int:
    """Run the importer with its output in logs/import.log; print its summary or error tail."""
    log_path = inst.logs / "import.log"
    cmd = import_command(inst, java, folder, manifest)
    say(f"Importing {folder} into database {DATABASE} of {inst.home} (log {log_path})")
    t0 = time.monotonic()
    with open(log_path, "w") as log:
        done = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                              cwd=inst.home, env=java_env(inst))
    took = time.monotonic() - t0
    if done.returncode != 0:
        raise Fail(FAILED, f"neo4j-admin database import exited {done.returncode} after "
                           f"{took:.1f} s; see {log_path}", tail(log_path, 30))
    say(summary(log_path) or f"import done in {took:.1f} s")
    say("Next: scripts/neo4j start, then figraph neo4j push (creates the constraints "
        "and indexes; sends nothing new)")
    return OK


def summary(log_path: Path) -> str:
    """The importer's closing lines, from 'IMPORT DONE' on."""
    lines = tail(log_path, 40).splitlines()
    for at, line in enumerate(lines):
        if line.startswith("IMPORT DONE"):
            return "\n".join(ln for ln in lines[at:] if ln.strip())
    return ""
