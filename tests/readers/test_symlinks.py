"""Symbolic links in a corpus: only what lies inside the folders given is read.

A corpus received from someone else can hold `notes.txt -> /proc/self/environ`: the
build would read its own environment (the Neo4j password included) and store the start
of it as the document's title. Links out of the folders given are refused with one
line each, unless the user asks for them with `--follow-links`; links inside are read.
The builds run as child processes so that /proc/self/environ is the build's own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_files import story
from figraph.graph.local_store import LocalStore

FIGRAPH = [sys.executable, "-c", "from figraph.cli import main; main()"]
SECRET = "environment-secret-0451"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    outside = tmp_path / "elsewhere"
    (outside / "folder").mkdir(parents=True)
    (outside / "private.txt").write_text(f"Private\n\nThe key is {SECRET}.\n", encoding="utf-8")
    (outside / "folder" / "more.txt").write_text(story(7), encoding="utf-8")
    root = tmp_path / "corpus"
    (root / "inner").mkdir(parents=True)
    (root / "good.txt").write_text(story(1), encoding="utf-8")
    (root / "inner" / "other.txt").write_text(story(2), encoding="utf-8")
    (root / "notes.txt").symlink_to("/proc/self/environ")
    (root / "private.txt").symlink_to(outside / "private.txt")
    (root / "linked-folder").symlink_to(outside / "folder", target_is_directory=True)
    (root / "relative.txt").symlink_to("../" + root.name + "/inner/other.txt")  # stays inside
    (root / "inner-link").symlink_to(root / "inner", target_is_directory=True)
    return root


def build(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FIGRAPH_", "NEO4J_"))}
    env["NEO4J_PASSWORD"] = SECRET
    return subprocess.run([*FIGRAPH, "build", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def stored_bytes(store: Path) -> bytes:
    return b"".join(p.read_bytes() for p in store.iterdir() if p.is_file())


def test_links_out_of_the_corpus_are_refused_one_line_each(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    done = build(str(corpus), "--store", str(store), cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    follow = "outside the folders given: not read (--follow-links reads it)"
    elsewhere = tmp_path / "elsewhere"
    *refused, summary = done.stderr.splitlines()  # the summary closes stderr
    assert sorted(refused) == [
        f"{corpus / 'linked-folder'}: symbolic link to {elsewhere / 'folder'}, {follow}",
        f"{corpus / 'notes.txt'}: symbolic link to /proc/{_pid_part(done.stderr)}/environ, "
        f"{follow}",
        f"{corpus / 'private.txt'}: symbolic link to {elsewhere / 'private.txt'}, {follow}",
    ]
    assert "2 added, 0 unchanged, 3 failed" in summary  # good, other (once, three ways)
    assert done.stdout == ""
    assert SECRET.encode() not in stored_bytes(store)
    paths = {Path(d["path"]).name for d in LocalStore.open(store).documents()}
    assert paths == {"good.txt", "other.txt"}


def _pid_part(stderr: str) -> str:
    """/proc/self resolves to /proc/PID of the build: the one part of the line not known."""
    return stderr.split("symbolic link to /proc/", 1)[1].split("/", 1)[0]


def test_a_named_file_that_links_out_of_its_folder_is_refused_too(corpus: Path,
                                                                   tmp_path: Path) -> None:
    done = build(str(corpus / "private.txt"), "--store", str(tmp_path / "s"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith(f"{corpus / 'private.txt'}: symbolic link to ")
    assert SECRET not in done.stdout + done.stderr


def test_follow_links_reads_them_when_asked(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    (corpus / "notes.txt").unlink()
    done = build(str(corpus), "--store", str(store), "--follow-links", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    paths = {Path(d["path"]).name for d in LocalStore.open(store).documents()}
    assert paths == {"good.txt", "other.txt", "private.txt", "more.txt"}
