"""From files and folders to `Document`s, one bad file at a time.

`read_documents(paths)` is what a build calls: it walks folders in sorted
order, picks a reader by suffix (`figraph.loaders.formats`), and yields a
`Document` per document or a `LoadError` per problem, never raising for one
bad file, so a corpus with one broken PDF still builds. `read_file(path)` is
the strict single-file form: it returns the documents or raises
`DocumentError`.

>>> report = ReadReport()
>>> items = list(read_documents(["no/such/file.txt"], report=report))
>>> str(items[0]), report.errors
('no/such/file.txt: does not exist', 1)
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..graph.model import Document
from ..graph.safe_text import display_path, printable
from .formats import (
    SUPPORTED_SUFFIXES,
    BadRecord,
    DocumentError,
    reader_for,
)
from .formats.limits import (
    DocumentTimeout,
    check_text,
    document_seconds,
    max_text_chars,
    over_time,
    time_limit,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DocumentError",
    "LoadError",
    "ReadReport",
    "read_documents",
    "read_file",
]

SKIPPED_FOLDERS = frozenset({"__pycache__"})


@dataclass(frozen=True)
class LoadError:
    """One file (or `file:line`) that gave no document, and why, for the user."""

    path: str
    problem: str

    def __str__(self) -> str:
        """One printable line: a file name may hold undecodable bytes or escape sequences."""
        return printable(f"{self.path}: {self.problem}")


@dataclass
class ReadReport:
    """Counts a caller can show after a walk: what was read, what was passed over.

    `skipped` lists files inside folders whose type is not a document format
    (the gazetteer `.toml`, `__init__.py`): not errors, but worth a summary line.
    """

    files: int = 0
    documents: int = 0
    errors: int = 0
    skipped: list[str] = field(default_factory=list)


_Key = tuple[int, int]
"""(device, inode): the identity of a file or folder, whatever path reached it."""


@dataclass
class _Walk:
    """State of one `read_documents` call: what was seen, to never read twice or loop."""

    report: ReadReport
    explicit_errors: bool
    roots: tuple[str, ...] = ()
    """Real paths of the folders given (a named file's own folder): links may not leave them."""
    follow_links: bool = False
    seen_files: set[_Key] = field(default_factory=set)
    seen_folders: set[_Key] = field(default_factory=set)


def read_documents(
    paths: Iterable[str | Path],
    *,
    explicit_errors: bool = True,
    report: ReadReport | None = None,
    follow_links: bool = False,
) -> Iterator[Document | LoadError]:
    """Documents from files and folders (recursively), with a LoadError per problem.

    A named file of an unsupported type is an error when `explicit_errors`
    (the user asked for it); inside a folder it is skipped and listed in
    `report.skipped`. Hidden entries and `__pycache__` are never read; the
    same file reached twice (symlink, repeated argument) is read once.

    A symbolic link whose target lies outside the folders given (for a named
    file, its own folder) is not followed unless `follow_links`: a corpus from
    elsewhere could otherwise pull in any readable file (`notes.txt ->
    /proc/self/environ` put the build's own environment in the store).
    """
    given_paths = [os.fspath(p) for p in paths]
    walk = _Walk(report if report is not None else ReadReport(), explicit_errors,
                 roots=_roots(given_paths), follow_links=follow_links)
    for given in given_paths:
        for item in _read_given(given, walk):
            if isinstance(item, LoadError):
                walk.report.errors += 1
            else:
                walk.report.documents += 1
            yield item


def read_file(path: str | Path) -> list[Document]:
    """All documents of one file; raises DocumentError if the file (or, for
    JSON Lines, any line of it) cannot be read."""
    shown = os.fspath(path)
    documents = []
    for item in _iter_file(shown):
        if isinstance(item, BadRecord):
            raise DocumentError(f"line {item.line}: {item.problem}")
        documents.append(item)
    return documents


def _unsupported(suffix: str) -> str:
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    if not suffix:
        return f"unsupported file type: no extension (supported: {supported})"
    return f"unsupported file type '{suffix}' (supported: {supported})"


def _os_problem(error: OSError, missing: str = "does not exist") -> str:
    """A short phrase for an OS error, without the path (the caller adds it)."""
    if isinstance(error, FileNotFoundError):
        return missing
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    if error.errno == errno.ELOOP:
        return "symlink loop"
    return f"cannot read ({error.strerror or error})"


def _regular_file(shown: str) -> os.stat_result:
    """The file's status; DocumentError unless it is a regular file (a FIFO or
    device named `.txt` would block or never end)."""
    try:
        status = os.stat(shown)
    except OSError as error:
        missing = "broken symbolic link" if os.path.islink(shown) else "does not exist"
        raise DocumentError(_os_problem(error, missing)) from error
    if stat.S_ISDIR(status.st_mode):
        raise DocumentError("is a folder, not a file")
    if not stat.S_ISREG(status.st_mode):
        raise DocumentError("not a regular file")
    return status


def _iter_file(shown: str) -> Iterator[Document | BadRecord]:
    """The reader's output for one file, with OS errors turned into DocumentError."""
    _regular_file(shown)
    suffix = Path(shown).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(_unsupported(suffix))
    try:
        yield from reader_for(suffix)(shown)
    except OSError as error:
        raise DocumentError(_os_problem(error, "disappeared while being read")) from error


def _read_given(shown: str, walk: _Walk) -> Iterator[Document | LoadError]:
    """One path the user named: a folder is walked, anything else read as a file."""
    if os.path.isdir(shown):
        yield from _read_folder(shown, walk)
        return
    suffix = Path(shown).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and os.path.lexists(shown) and not walk.explicit_errors:
        walk.report.skipped.append(shown)
        return
    yield from _read_one(shown, walk)


def _roots(paths: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(
        os.path.realpath(p if os.path.isdir(p) else os.path.dirname(p) or ".") for p in paths))


def _escapes(shown: str, walk: _Walk) -> str | None:
    """Where a link at `shown` leads when that is outside the folders given, else None."""
    if walk.follow_links or not os.path.exists(shown):  # nothing there: "broken link" says more
        return None
    real = os.path.realpath(shown)
    for root in walk.roots:
        if real == root or real.startswith(root.rstrip(os.sep) + os.sep):
            return None
    return real


def _outside_problem(target: str) -> str:
    return (f"symbolic link to {target}, outside the folders given: not read "
            "(--follow-links reads it)")


def _read_one(shown: str, walk: _Walk) -> Iterator[Document | LoadError]:
    """Documents of one file, or LoadErrors; never raises."""
    try:
        target = _escapes(shown, walk)
        if target is not None:
            raise DocumentError(_outside_problem(target))
        status = _regular_file(shown)
        if (status.st_dev, status.st_ino) in walk.seen_files:
            return
        walk.seen_files.add((status.st_dev, status.st_ino))
        walk.report.files += Path(shown).suffix.lower() in SUPPORTED_SUFFIXES
        for item in _timed(_iter_file(shown)):
            if isinstance(item, BadRecord):
                yield LoadError(f"{shown}:{item.line}", item.problem)
            elif len(item.text) > max_text_chars():  # JSON Lines: this record only
                where = f"{shown}:{item.metadata['line']}" if "line" in item.metadata else shown
                yield LoadError(where, _text_problem(item.text))
            else:
                yield _storable(item)
    except DocumentError as error:
        yield LoadError(shown, str(error))
    except Exception as error:  # the contract: one bad file never stops a build
        yield LoadError(shown, f"unexpected {type(error).__name__}: {error}")


def _read_folder(root: str, walk: _Walk) -> Iterator[Document | LoadError]:
    """Walk `root`; a LoadError for the folder itself if it held no document."""
    try:
        key = _folder_key(root)
    except OSError as error:
        yield LoadError(root, _os_problem(error))
        return
    if key in walk.seen_folders:  # an earlier argument already covered it
        return
    walk.seen_folders.add(key)
    documents = 0
    for item in _walk_folder(root, key, walk):
        documents += isinstance(item, Document)
        yield item
    if not documents:
        yield LoadError(root, "no documents found")


def _walk_folder(root: str, root_key: _Key, walk: _Walk) -> Iterator[Document | LoadError]:
    """Depth-first in sorted name order, with an explicit stack so that a very
    deep tree cannot hit Python's recursion limit."""
    stack: list[tuple[tuple[_Key, ...], Iterator[str]]] = []
    listing = _listing(root)
    if isinstance(listing, LoadError):
        yield listing
        return
    stack.append(((root_key,), iter(listing)))
    while stack:
        ancestors, entries = stack[-1]
        shown = next(entries, None)
        if shown is None:
            stack.pop()
        elif not os.path.isdir(shown):  # isdir follows links; False for loops and dangling ones
            yield from _visit_file(shown, walk)
        else:
            yield from _visit_folder(shown, ancestors, walk, stack)


def _visit_folder(
    shown: str,
    ancestors: tuple[_Key, ...],
    walk: _Walk,
    stack: list[tuple[tuple[_Key, ...], Iterator[str]]],
) -> Iterator[LoadError]:
    """Push a subfolder onto the walk, unless it loops back or was already walked."""
    try:
        key = _folder_key(shown)
    except OSError as error:
        yield LoadError(shown, _os_problem(error, "disappeared while being read"))
        return
    if key in ancestors:
        yield LoadError(shown, "symlink loop (leads back to an enclosing folder); not followed")
        return
    target = _escapes(shown, walk)
    if target is not None:
        yield LoadError(shown, _outside_problem(target))
        return
    if key in walk.seen_folders:
        return
    walk.seen_folders.add(key)
    listing = _listing(shown)
    if isinstance(listing, LoadError):
        yield listing
    else:
        stack.append((ancestors + (key,), iter(listing)))


def _visit_file(shown: str, walk: _Walk) -> Iterator[Document | LoadError]:
    """A file met in a folder: read if supported, else counted as skipped."""
    if Path(shown).suffix.lower() in SUPPORTED_SUFFIXES:
        yield from _read_one(shown, walk)
    elif _is_symlink_loop(shown):
        yield LoadError(shown, "symlink loop")
    else:
        walk.report.skipped.append(shown)


def _listing(folder: str) -> list[str] | LoadError:
    """Visible entries of a folder as paths, sorted by name."""
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        return LoadError(folder, _os_problem(error))
    return [os.path.join(folder, name) for name in names if not _hidden(name)]


def _hidden(name: str) -> bool:
    return name.startswith(".") or name in SKIPPED_FOLDERS


def _is_symlink_loop(path: str) -> bool:
    try:
        os.stat(path)
    except OSError as error:
        return error.errno == errno.ELOOP
    return False


def _timed(items: Iterator[Document | BadRecord]) -> Iterator[Document | BadRecord]:
    """The reader's items, each within the per-document time budget (`limits`)."""
    seconds = document_seconds()
    while True:
        try:
            with time_limit(seconds):
                item = next(items)
        except StopIteration:
            return
        except DocumentTimeout:
            raise DocumentError(over_time(seconds, "reading")) from None
        yield item


def _text_problem(text: str) -> str:
    try:
        check_text(text)
    except DocumentError as error:
        return str(error)
    return ""


def _storable(document: Document) -> Document:
    """The document with its path and fields as text that can be stored and sent.

    A file name that is not valid UTF-8 reaches Python with lone surrogates
    (PEP 383), which no JSON encoder accepts: the store's save failed and lost the
    whole build. They become `\\xNN`, the bytes they stand for."""
    document.path = display_path(document.path)
    document.title = display_path(document.title)
    document.url = display_path(document.url)
    document.date = display_path(document.date)
    document.metadata = {display_path(k): display_path(v) for k, v in document.metadata.items()}
    return document


def _folder_key(path: str) -> _Key:
    status = os.stat(path)
    return (status.st_dev, status.st_ino)
