"""Size limits through a real `figraph build` child process, with its peak memory measured.

A 100 MB text under the default 50 MB limit must be refused with one line,
from its size alone: the child's own peak RSS must stay within a
few MB of a build that never saw the file. A 10 MB single line is under the
size limit, so it is read, then refused before the parser would spend a
quarter of an hour on it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from test_faults import FIGRAPH, child_env
from test_hostile_corpus import story

pytestmark = pytest.mark.slow

MB = 1_000_000


SPAWN_AND_REPORT = """
import os, sys
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""
"""Starts the command from a small fresh process and writes its peak RSS (KiB).

Why not this process's own `wait4`: Linux carries the parent's peak into a
child's `ru_maxrss` across exec, so a child of a 1 GB pytest would report at
least 1 GB, and a limit on it could never fail. The spawner is small, and
`posix_spawn` (a vfork-style clone) hands on only its peak."""


def run_measured(*args: str, **env: str) -> tuple[int, str, str, float, float]:
    """(exit status, stdout, stderr, peak RSS in MB, seconds) of one figraph child."""
    started = time.monotonic()
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as peak:
        child = subprocess.run([sys.executable, "-c", SPAWN_AND_REPORT, peak.name, *FIGRAPH,
                                *args], env=child_env(**env), capture_output=True, text=True)
        kib = int(peak.read() or 0)
    return child.returncode, child.stdout, child.stderr, kib / 1024, time.monotonic() - started


def write_big_text(path: Path, size: int) -> Path:
    """`size` bytes of prose in lines, written in chunks (never held whole here)."""
    line = ("MP Han Dong met Chinese diplomat Zhao Wei in Toronto, the report said. " * 4 + "\n")
    block = line.encode() * (MB // len(line))
    with path.open("wb") as handle:
        while handle.tell() + len(block) <= size:
            handle.write(block)
        handle.write(b"x" * (size - handle.tell()))
    return path


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "good.txt"
    path.write_text(story(1), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def baseline_rss(good: Path, tmp_path_factory: pytest.TempPathFactory) -> float:
    """Peak RSS of a build of the good document alone (model loaded, one extraction)."""
    store = tmp_path_factory.mktemp("baseline")
    code, _, err, rss, _ = run_measured("build", str(good), "--store", str(store))
    assert code == 0, err
    return rss


def test_100_mb_text_is_refused_in_one_line_with_bounded_memory(
    good: Path, baseline_rss: float, tmp_path: Path
) -> None:
    big = write_big_text(tmp_path / "big.txt", 100 * MB)
    store = tmp_path / "store"
    code, out, err, rss, seconds = run_measured("build", str(good), str(big), "--store", str(store))
    assert code == 1
    assert err.splitlines() == [f"{big}: too large (100 MB > 50 MB limit)"]
    assert "1 read, 1 added, 0 unchanged, 1 failed" in out
    assert rss < baseline_rss + 10, f"peak {rss:.0f} MB vs {baseline_rss:.0f} MB without the file"
    assert seconds < 120


def test_10_mb_single_line_is_refused_fast_with_bounded_memory(
    good: Path, baseline_rss: float, tmp_path: Path
) -> None:
    line = tmp_path / "one_line.txt"
    line.write_text(("Han Dong met Zhao Wei in Ottawa. " * 310_000)[: 10 * MB], encoding="utf-8")
    store = tmp_path / "store"
    args = ("build", str(good), str(line), "--store", str(store))
    code, out, err, rss, seconds = run_measured(*args)
    assert code == 1
    assert err.splitlines() == [
        f"{line}: a single line of 10,000,000 characters (limit 1,000,000; "
        "set FIGRAPH_MAX_LINE_CHARS to raise it): not prose, not extracted"]
    assert "2 read, 1 added, 0 unchanged, 1 failed" in out
    # read after the model is loaded (the good file comes first): the 10 MB text
    # is held a few times over while decoded and normalised, never more
    assert rss < baseline_rss + 60, f"peak {rss:.0f} MB vs {baseline_rss:.0f} MB"
    assert seconds < 120
