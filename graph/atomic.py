"""Writes that never leave a half-written file, and commits that span several files.

Every file figraph writes (the store, the decisions, exports, HTML pages, Browser files,
import files) goes to a temporary name beside it, is flushed to disk, and is renamed over
the target: a full disk, a kill or a crash leaves the previous file as it was, and at
worst a `NAME.tmp-PID` file that the next writer of a store removes.

A write that spans files (a `merge` changes the graph and records the decision) is made
atomic as a whole with a journal: every new file is written to its temporary name first,
then `commit.json` (itself written atomically) lists the renames, then the renames are
done and the journal removed. A process killed after the journal is in place leaves a
commit that the next writer finishes (`recover`) and that readers already see
(`open_committed`); killed before, it leaves only temporary files, and the old state.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> write_together({folder / "a": b"1", folder / "b": b"2"})
>>> sorted(p.name for p in folder.iterdir()), (folder / "b").read_bytes()
(['a', 'b'], b'2')
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["write_atomic", "atomic_path", "atomic_pair", "write_together", "recover",
           "open_committed", "committed_path", "remove_stale_temporaries", "JOURNAL"]

JOURNAL = "commit.json"
_TEMPORARY = re.compile(r".+\.tmp-(?P<pid>\d+)")

Data = bytes | str | Iterable[bytes]


def temporary_for(target: Path) -> Path:
    """`NAME.tmp-PID` beside the target: same file system, so the rename is atomic."""
    return target.with_name(f"{target.name}.tmp-{os.getpid()}")


def write_atomic(target: Path | str, data: Data) -> None:
    """Write `data` to `target` in full or not at all (temp file, fsync, rename).

    `data` is bytes, text (written as UTF-8) or an iterable of byte pieces, so a big
    file is streamed rather than held whole."""
    with atomic_path(target, synced=True) as tmp:
        _write_synced(tmp, data)


@contextlib.contextmanager
def atomic_path(target: Path | str, synced: bool = False) -> Iterator[Path]:
    """A temporary path for a writer that wants a file name of its own (networkx's
    GraphML writer); renamed over `target` only if the block ends without error
    (`synced`: the writer already flushed it to disk)."""
    target = Path(target)
    tmp = temporary_for(target)
    try:
        yield tmp
        if not synced:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(target.parent)


@contextlib.contextmanager
def atomic_pair(first: Path, second: Path) -> Iterator[tuple[Path, Path]]:
    """`atomic_path` for two files written side by side (an export's nodes and edges):
    both are complete before either is renamed. No journal: nothing of figraph reads
    them back, and the two renames follow each other at once."""
    with atomic_path(second) as second_tmp, atomic_path(first) as first_tmp:
        yield first_tmp, second_tmp


def write_together(files: dict[Path, Data]) -> None:
    """Write several files of one folder as one change: all of them, or none.

    Each file is written in full to its temporary name; then the journal naming the
    renames is committed (that is the moment the change happens); then the renames.
    A failure before the journal removes the temporary files and leaves every target
    as it was."""
    targets = {Path(t): d for t, d in files.items()}
    folders = {t.parent for t in targets}
    if len(folders) != 1:
        raise ValueError("write_together: all files must be in one folder")
    [folder] = folders
    renames = [(temporary_for(t).name, t.name) for t in targets]
    try:
        for target, data in targets.items():
            _write_synced(temporary_for(target), data)
        write_atomic(folder / JOURNAL, json.dumps({"renames": renames}))
    except BaseException:
        for tmp, _ in renames:
            with contextlib.suppress(OSError):
                (folder / tmp).unlink()
        raise
    recover(folder)


def recover(folder: Path) -> bool:
    """Finish the commit a journal in `folder` describes (True if there was one).

    Idempotent: a rename already done is skipped, so a writer killed halfway through
    `recover` is finished by the next one."""
    renames = _journal(folder)
    if renames is None:
        return False
    for tmp, target in renames:
        with contextlib.suppress(FileNotFoundError):
            os.replace(folder / tmp, folder / target)
    _sync_folder(folder)
    with contextlib.suppress(FileNotFoundError):
        (folder / JOURNAL).unlink()
    _sync_folder(folder)
    return True


def committed_path(path: Path) -> Path:
    """The file that holds `path`'s committed content: its pending new version while a
    journal names one (a writer was killed, or is renaming right now), else `path`."""
    renames = _journal(path.parent)
    for tmp, target in renames or ():
        if target == path.name and (path.parent / tmp).exists():
            return path.parent / tmp
    return path


def open_committed(path: Path, mode: str = "rb", **kwargs: Any) -> IO[Any]:
    """`open` the committed content of `path` (see `committed_path`), for readers that
    hold no lock. If the pending file is renamed away meanwhile, `path` now holds it."""
    candidate = committed_path(path)
    if candidate != path:
        with contextlib.suppress(FileNotFoundError):
            return open(candidate, mode, **kwargs)
    return open(path, mode, **kwargs)


def remove_stale_temporaries(folder: Path) -> list[str]:
    """Delete `NAME.tmp-PID` files whose writing process is gone (and no journal needs);
    call it holding the folder's lock. Returns the names removed."""
    needed = {tmp for tmp, _ in _journal(folder) or ()}
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            found = _TEMPORARY.fullmatch(entry.name)
            if found and entry.name not in needed and not _alive(int(found.group("pid"))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def _journal(folder: Path) -> list[tuple[str, str]] | None:
    """The renames a journal lists (plain names only), or None without a usable one."""
    try:
        data = json.loads((folder / JOURNAL).read_text(encoding="utf-8"))
        pairs = [(str(tmp), str(target)) for tmp, target in data["renames"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return [(t, n) for t, n in pairs if os.sep not in t + n and ".." not in (t, n)]


def _write_synced(path: Path, data: Data) -> None:
    with open(path, "wb") as handle:
        if isinstance(data, str):
            handle.write(data.encode("utf-8"))
        elif isinstance(data, bytes):
            handle.write(data)
        else:
            for piece in data:
                handle.write(piece)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (it lives in the folder's entry table)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
