"""Size limits on reading: FIGRAPH_MAX_DOCUMENT_MB, a file refused from its size alone.

(tests/readers/test_limits_memory.py runs the same limits through a real build and
measures its memory.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_files import only_error, write
from figraph.loaders.documents import (
    read_file,
)


def test_file_over_the_configured_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIGRAPH_MAX_DOCUMENT_MB", "0.001")
    path = write(tmp_path / "big.txt", "word " * 1000)
    assert only_error(path).endswith(": too large (0.005 MB > 0.001 MB limit)")
    small = write(tmp_path / "small.txt", "short text")
    assert read_file(small)[0].text == "short text"

def test_huge_file_refused_from_its_size_alone(tmp_path: Path) -> None:
    path = tmp_path / "sparse.txt"
    with path.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100_000_000)
    assert only_error(path).endswith(": too large (100 MB > 50 MB limit)")

def test_unparsable_limit_falls_back_to_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIGRAPH_MAX_DOCUMENT_MB", "lots")
    assert read_file(write(tmp_path / "a.txt", "fine"))[0].text == "fine"
