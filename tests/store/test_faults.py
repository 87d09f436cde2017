"""Faults during `figraph build`: kill -9, SIGTERM, two builds at once, files that
vanish mid-build, a full disk, a read-only store. The store must always open
at its last good state, and building again must give exactly the counts of an
uninterrupted build.

The killed and signalled builds run `figraph` in a child process (a real
kill needs a real process) with FIGRAPH_CHECKPOINT_SECONDS=0, so the store is
saved after every document and a kill lands between or during saves.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from corpus_files import FIGRAPH, build_in_process, child_env, write_corpus
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from typer.testing import CliRunner

pytestmark = pytest.mark.slow

DOCUMENTS = 40
runner = CliRunner()




def start_build(folder: Path, store: Path, *more: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([*FIGRAPH, "build", str(folder), "--store", str(store), *more],
                            env=child_env(**env), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_for(condition: Callable[[], bool], timeout: float = 120.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def stored_documents(store: Path) -> int:
    """Documents in the store file as it is now; raises if the file is not a complete store."""
    return LocalStore.open(store).counts()["documents"]






def snapshot(store: Path) -> tuple[dict[str, int], set[str], set[str]]:
    """Counts, actor ids and edge ids: what two equivalent stores share."""
    local = LocalStore.open(store)
    return local.counts(), set(local.graph.nodes), {e.id for e in local.edges()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "docs")


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    """What an uninterrupted build of the corpus stores."""
    store = tmp_path_factory.mktemp("reference")
    build_in_process(corpus, store)
    counts, actors, edges = snapshot(store)
    assert counts["documents"] == DOCUMENTS and counts["edges"] >= DOCUMENTS // 2
    return counts, actors, edges


def test_kill_9_mid_build_leaves_last_good_state_and_rebuild_completes(
    corpus: Path, reference, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    child = start_build(corpus, store, FIGRAPH_CHECKPOINT_SECONDS="0")
    try:
        wait_for(lambda: (store / "graph.json").exists(), what="the first checkpoint")
        time.sleep(0.3)
        assert child.poll() is None, "the build ended before the kill"
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        child.kill()
    saved = stored_documents(store)  # opens: the file is always a complete one
    assert 1 <= saved < DOCUMENTS
    output = build_in_process(corpus, store)
    assert f"{DOCUMENTS - saved} added, {saved} unchanged, 0 failed" in output
    assert snapshot(store) == reference


def test_sigterm_saves_complete_documents_and_says_how_to_finish(
    corpus: Path, reference, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    child = start_build(corpus, store, FIGRAPH_CHECKPOINT_SECONDS="0")
    try:
        wait_for(lambda: (store / "graph.json").exists(), what="the first checkpoint")
        child.send_signal(signal.SIGTERM)
        out, err = child.communicate(timeout=60)
    finally:
        child.kill()
    assert child.returncode == 128 + signal.SIGTERM, err
    assert "interrupted by SIGTERM" in err and "run the same build again" in err
    assert "Traceback" not in err
    saved = stored_documents(store)
    assert f"{saved} added" in err  # the summary is a message
    assert 0 < saved < DOCUMENTS  # everything merged before the stop was saved
    build_in_process(corpus, store)
    assert snapshot(store) == reference


def _lock_is_held(store: Path) -> bool:
    try:
        fd = os.open(store / "lock", os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_second_build_is_told_busy_and_a_waiting_one_follows(
    corpus: Path, reference, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    extra = write_corpus(tmp_path / "extra", count=3, first=DOCUMENTS)
    first = start_build(corpus, store)
    try:
        wait_for(lambda: _lock_is_held(store), what="the first build's lock")
        started = time.monotonic()
        busy = subprocess.run([*FIGRAPH, "build", str(extra), "--store", str(store)],
                              env=child_env(), capture_output=True, text=True, timeout=60)
        assert busy.returncode == 2
        busy_line = f"figraph: {store}: the store is busy (another build holds it, pid {first.pid})"
        assert busy.stderr.strip() == busy_line
        assert time.monotonic() - started < 30
        waiting = start_build(extra, store, "--wait", "300")
        out, err = waiting.communicate(timeout=300)
        assert first.wait(5) == 0  # the waiting build could only run after it
        assert waiting.returncode == 0, err
        assert "3 added, 0 unchanged" in err
    finally:
        first.kill()
    counts, actors, edges = snapshot(store)
    assert counts["documents"] == DOCUMENTS + 3
    assert actors >= reference[1] and edges >= reference[2]


def test_files_that_vanish_or_turn_unreadable_mid_build(corpus: Path, tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "docs", count=12)
    store = tmp_path / "store"
    child = start_build(folder, store, FIGRAPH_CHECKPOINT_SECONDS="0")
    try:
        wait_for(lambda: (store / "graph.json").exists(), what="the first checkpoint")
        (folder / "011.txt").unlink()
        (folder / "010.txt").unlink()
        os.mkfifo(folder / "010.txt")  # would block a naive reader for ever
        (folder / "009.txt").unlink()
        (folder / "009.txt").symlink_to(folder / "gone.txt")
        out, err = child.communicate(timeout=120)
    finally:
        child.kill()
    assert child.returncode == 1, err
    *problems, summary = err.splitlines()  # the build's summary closes stderr
    assert problems == [
        f"{folder / '009.txt'}: broken symbolic link",
        f"{folder / '010.txt'}: not a regular file",
        f"{folder / '011.txt'}: does not exist",
    ]
    assert "9 added, 0 unchanged, 3 failed" in summary
    assert stored_documents(store) == 9


# -- a full disk and a read-only store: real mounts (needs root) ----------------------------


@contextlib.contextmanager
def tiny_disk(where: Path, size: str = "256k") -> Iterator[Path]:
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip() or 'not root'})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(disk: Path) -> None:
    """Write zeros until the disk refuses (unbuffered: the refusal is seen here)."""
    with open(disk / "filler", "wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 4096)


def test_full_disk_is_one_clear_line_and_the_store_is_intact(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        store = disk / "store"
        build_in_process(write_corpus(tmp_path / "first", count=2), store)
        before = (store / "graph.json").read_bytes()
        fill(disk)
        result = runner.invoke(app, ["build", str(write_corpus(tmp_path / "more", count=3)),
                                     "--store", str(store)])
        assert result.exit_code == 2
        assert result.output.strip().splitlines() == [
            f"figraph: {store / 'graph.json'}: cannot write the store (No space left on device)"]
        assert (store / "graph.json").read_bytes() == before
        assert sorted(p.name for p in store.iterdir()) == ["graph.json", "lock"]
        (disk / "filler").unlink()
        assert LocalStore.open(store).counts()["documents"] == 2


def test_read_only_store_is_one_clear_line_and_the_store_is_intact(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", size="4m") as disk:
        store = disk / "store"
        build_in_process(write_corpus(tmp_path / "first", count=2), store)
        before = (store / "graph.json").read_bytes()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        more = write_corpus(tmp_path / "more", count=2, first=5)
        result = runner.invoke(app, ["build", str(more), "--store", str(store)])
        assert result.exit_code == 2
        assert result.output.strip() == (
            f"figraph: {store}: cannot lock the store (Read-only file system)")
        assert (store / "graph.json").read_bytes() == before


def test_immutable_store_folder_is_one_clear_line(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build_in_process(write_corpus(tmp_path / "first", count=2), store)
    before = (store / "graph.json").read_bytes()
    if subprocess.run(["chattr", "+i", str(store)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here (needs root and ext4/tmpfs)")
    try:
        more = write_corpus(tmp_path / "more", count=2, first=5)
        result = runner.invoke(app, ["build", str(more), "--store", str(store)])
    finally:
        subprocess.run(["chattr", "-i", str(store)], check=True)
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        f"figraph: {store / 'graph.json'}: cannot write the store (Operation not permitted)")
    assert (store / "graph.json").read_bytes() == before


def _workers(pid: int) -> list[int]:
    """Extraction worker processes of a build (children that are not multiprocessing helpers)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children
            if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]


def test_a_killed_extraction_worker_stops_the_build_cleanly(
    corpus: Path, reference, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    child = start_build(corpus, store, "--jobs", "2", FIGRAPH_CHECKPOINT_SECONDS="0")
    try:
        wait_for(lambda: (store / "graph.json").exists(), what="the first checkpoint")
        workers = _workers(child.pid)
        assert workers, "no worker processes"
        os.kill(workers[0], signal.SIGKILL)  # what the OOM killer does
        out, err = child.communicate(timeout=120)
    finally:
        child.kill()
    assert child.returncode == 1, err
    assert "Traceback" not in err
    *_, stopped, summary = err.strip().splitlines()
    assert stopped == (
        "extraction stopped: a worker process died (killed, or out of memory?); "
        "the documents extracted so far are saved, run the build again to finish")
    saved = stored_documents(store)
    assert f"{saved} added" in summary and saved < DOCUMENTS
    build_in_process(corpus, store)
    assert snapshot(store) == reference


@pytest.mark.parametrize("value", ["abc", "-1", "inf", "nan", ""])
def test_unusable_settings_fall_back_to_the_defaults(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from figraph.loaders.pipeline import (
        CHECKPOINT_SECONDS,
        MAX_LINE_CHARS,
        checkpoint_seconds,
        max_line_chars,
    )

    monkeypatch.setenv("FIGRAPH_CHECKPOINT_SECONDS", value)
    monkeypatch.setenv("FIGRAPH_MAX_LINE_CHARS", value)
    assert checkpoint_seconds() == CHECKPOINT_SECONDS
    assert max_line_chars() == MAX_LINE_CHARS


def test_line_limit_counts_one_line_not_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from figraph.loaders.pipeline import checkpoint_seconds, long_line_problem

    monkeypatch.setenv("FIGRAPH_CHECKPOINT_SECONDS", "0")
    assert checkpoint_seconds() == 0
    monkeypatch.setenv("FIGRAPH_MAX_LINE_CHARS", "10")
    assert long_line_problem("short line\n" * 1000) is None
    assert long_line_problem("ok\n" + "x" * 11 + "\nok").startswith(
        "a single line of 11 characters (limit 10;")


class ClockedStore:
    """A store whose save takes `save_seconds` on a fake clock."""

    def __init__(self, save_seconds: float) -> None:
        self.now, self.save_seconds, self.saves = 0.0, save_seconds, []

    def save(self) -> None:
        self.saves.append(self.now)
        self.now += self.save_seconds


@pytest.mark.parametrize(("every", "save_seconds", "expected"), [
    (60.0, 1.0, [60.0, 121.0]),      # a quick save keeps the set cadence
    (60.0, 10.0, [60.0, 270.0]),     # a 10 s save waits 20 x 10 s before the next
    (0.0, 10.0, [0.0, 11.0, 22.0]),  # 0 means after every document, however slow
])
def test_checkpoints_space_out_when_saves_get_slow(
    every: float, save_seconds: float, expected: list[float]
) -> None:
    from figraph.loaders.pipeline import _Checkpoints

    store = ClockedStore(save_seconds)
    checkpoints = _Checkpoints(store, every, clock=lambda: store.now)  # type: ignore[arg-type]
    while len(store.saves) < len(expected):
        checkpoints.maybe_save()
        store.now += 1.0  # one document merged per second
    assert store.saves == expected


def _alive(pid: int) -> bool:
    """True while `pid` runs (a zombie waiting for its parent counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_kill_9_of_a_parallel_build_takes_its_workers_along_and_frees_the_store(
    corpus: Path, reference, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    child = start_build(corpus, store, "--jobs", "2", FIGRAPH_CHECKPOINT_SECONDS="0")
    try:
        wait_for(lambda: (store / "graph.json").exists(), what="the first checkpoint")
        workers = _workers(child.pid)
        assert len(workers) == 2, workers
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        child.kill()
    wait_for(lambda: not any(_alive(w) for w in workers), timeout=30,
             what="the orphaned workers to die")
    saved = stored_documents(store)
    again = subprocess.run([*FIGRAPH, "build", str(corpus), "--store", str(store)],
                           env=child_env(), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr  # not "busy": nothing holds the lock
    assert f"{DOCUMENTS - saved} added, {saved} unchanged, 0 failed" in again.stderr
    assert snapshot(store) == reference
    assert sorted(p.name for p in store.iterdir()) == ["graph.json", "lock"]


def test_temporary_files_of_dead_writers_are_removed_by_the_next_one(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build_in_process(write_corpus(tmp_path / "docs", count=2), store)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = store / f"graph.json.tmp-{dead.stdout.strip()}"
    stale.write_bytes(b'{"format": "figraph-store", "vers')  # a save cut off by kill -9
    live = store / f"graph.json.tmp-{os.getppid()}"  # a live process's: never touched
    live.write_bytes(b"")
    build_in_process(write_corpus(tmp_path / "docs", count=3), store)
    assert not stale.exists() and live.exists()


# -- merge: the graph and the decision change together, whatever moment a kill lands ---------

KILL_AT_RENAME = """
import os, sys
from figraph.cli import main
real, count = os.replace, [0]
def replace(src, dst):
    real(src, dst)
    count[0] += 1
    if count[0] == int(os.environ["KILL_AFTER_RENAMES"]):
        os._exit(137)  # as abrupt as kill -9: no handler, no cleanup
os.replace = replace
main()
"""


def _merge_pair(store: Path) -> tuple[str, str]:
    actors = sorted(LocalStore.open(store).actors(), key=lambda a: a.id)
    people = [a.id for a in actors if a.type == "Person"]
    return people[0], people[1]


def _state(store: Path, keep: str, drop: str) -> str:
    """'old' or 'new' when graph and decisions agree; anything else is a torn merge."""
    from figraph.graph.decisions import Decisions

    local = LocalStore.open(store)
    recorded = Decisions.load(store).canonical(drop) == keep
    merged = drop not in local.graph
    return {(False, False): "old", (True, True): "new"}.get((recorded, merged),
                                                          f"torn: {recorded=} {merged=}")


@pytest.mark.parametrize("renames", [1, 2, 3])
def test_a_merge_killed_at_any_rename_is_all_or_nothing(renames: int, tmp_path: Path) -> None:
    store = tmp_path / "store"
    build_in_process(write_corpus(tmp_path / "docs", count=6), store)
    keep, drop = _merge_pair(store)
    killed = subprocess.run([sys.executable, "-c", KILL_AT_RENAME, "merge", keep, drop,
                             "--store", str(store)], env=child_env(KILL_AFTER_RENAMES=str(renames)),
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == 137, killed.stderr
    assert _state(store, keep, drop) in ("old", "new")  # a reader, without the lock
    again = runner.invoke(app, ["merge", keep, drop, "--store", str(store)])
    assert again.exit_code == 0, again.output  # finishing or redoing it is fine
    assert _state(store, keep, drop) == "new"
    assert sorted(p.name for p in store.iterdir()) == ["decisions.json", "graph.json", "lock"]


def test_split_on_an_immutable_store_is_one_line(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build_in_process(write_corpus(tmp_path / "first", count=4), store)
    first, second = _merge_pair(store)
    if subprocess.run(["chattr", "+i", str(store)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here (needs root and ext4/tmpfs)")
    try:
        result = runner.invoke(app, ["split", first, second, "--store", str(store)])
    finally:
        subprocess.run(["chattr", "-i", str(store)], check=True)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"figraph: {store / 'decisions.json'}: cannot write the decisions "
        "(Operation not permitted)"]


# -- output files on a full disk: the previous good file stays -------------------------------

OUTPUTS = {  # command (OUT is the output in the tiny disk), the files it writes, its message
    "export json": (["export", "OUT/g.json"], ["g.json"], "OUT/g.json: cannot write"),
    "export graphml": (["export", "OUT/g.graphml", "-f", "graphml"], ["g.graphml"],
                       "OUT/g.graphml: cannot write"),
    "export gexf": (["export", "OUT/g.gexf", "-f", "gexf"], ["g.gexf"], "OUT/g.gexf: cannot write"),
    "export csv": (["export", "OUT/g.csv", "-f", "csv"], ["g.nodes.csv", "g.edges.csv"],
                   "OUT/g.csv: cannot write"),
    "show -o": (["show", "-o", "OUT/all.html"], ["all.html"],
                "OUT/all.html: cannot write the page"),
    "path --html": (["path", "Anna Keller", "China", "--html", "OUT/path.html"], ["path.html"],
                    "OUT/path.html: cannot write the page"),
    "neo4j browser": (["neo4j", "browser", "-o", "OUT/browser"],
                      ["browser/figraph.grass", "browser/figraph-guide.html"],
                      "OUT/browser: cannot write"),
    "neo4j import-files": (["neo4j", "import-files", "OUT/csv"],
                           ["csv/figraph-import.json", "csv/actors-1.csv", "csv/edges-1.csv"],
                           "OUT/csv: cannot write"),
}


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose every output is bigger than what is left on the full disk."""
    store = tmp_path_factory.mktemp("outputs") / "store"
    build_in_process(write_corpus(tmp_path_factory.mktemp("docs"), count=30), store)
    return store


@pytest.mark.parametrize("case", list(OUTPUTS))
def test_full_disk_never_replaces_a_good_output_file(case: str, big_store: Path,
                                                     tmp_path: Path) -> None:
    args, files, message = OUTPUTS[case]
    with tiny_disk(tmp_path / "disk", size="4m") as disk:
        command = [a.replace("OUT", str(disk)) for a in args] + ["--store", str(big_store)]
        first = runner.invoke(app, command)
        assert first.exit_code == 0, first.output
        before = {name: (disk / name).read_bytes() for name in files}
        assert all(before.values())
        listing = sorted(p.name for p in disk.rglob("*"))
        fill(disk)
        (disk / "filler").write_bytes((disk / "filler").read_bytes()[:-2048])  # room for a
        # temporary file's first bytes, not for a whole output: a half write, not none
        again = runner.invoke(app, command)
        assert again.exit_code != 0
        lines = again.output.strip().splitlines()
        assert lines[-1].startswith(f"figraph: {message.replace('OUT', str(disk))}"), lines
        assert "No space left on device" in lines[-1] and "Traceback" not in again.output
        assert {name: (disk / name).read_bytes() for name in files} == before
        (disk / "filler").unlink()
        assert sorted(p.name for p in disk.rglob("*")) == listing  # no temporary file left
