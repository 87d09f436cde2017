"""A quiet install: `pip install .` prints no warning, and the wheel holds what figraph reads.

The wheel is built the way `pip install .` builds it (an isolated build with the
setuptools PyPI has), installed into a bare folder, and imported from there: the
gazetteer, word lists, Cypher files and page assets must come with it, since a
folder left out of `packages` is silently dropped (and setuptools warns about it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def pip(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pip", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=900, env={**os.environ, "PIP_NO_INPUT": "1"})


def warnings_in(output: str) -> list[str]:
    return [line for line in output.splitlines() if "warn" in line.lower()]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    built = pip("wheel", "--no-deps", "--no-cache-dir", "-w", str(out), ".")
    assert built.returncode == 0, built.stderr[-2000:]
    assert warnings_in(built.stdout + built.stderr) == []
    [found] = out.glob("figraph-*.whl")
    return found


def test_the_build_is_quiet_and_the_wheel_imports_with_its_data(wheel, tmp_path):
    target = tmp_path / "site"
    installed = pip("install", "--no-deps", "--no-compile", "--target", str(target), str(wheel))
    assert installed.returncode == 0, installed.stderr[-2000:]
    probe = (
        "import figraph, json\n"
        "from importlib import resources\n"
        "from figraph.loaders.vocabulary.gazetteer import Gazetteer\n"
        "from figraph.loaders.vocabulary import lexicon\n"
        "from figraph.queries import QUERIES\n"
        "from figraph.views.html import _own_asset\n"
        "print(json.dumps({'file': figraph.__file__, 'actors': len(Gazetteer.load().entries),"
        " 'queries': len(QUERIES), 'page': len(_own_asset('page.js'))}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    import json

    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["file"].startswith(str(target))  # the wheel's copy, not this checkout
    assert seen["actors"] > 100 and seen["queries"] >= 9 and seen["page"] > 1000


def test_resolving_the_dependencies_is_quiet():
    """pip of the version scripts/test installs: no dependency warning either (an old pip
    warns that lxml has no 'html_clean' extra; the README installs a current pip first)."""
    resolved = pip("install", "--dry-run", "--ignore-installed", "--quiet", ".")
    if resolved.returncode != 0 and "connection" in resolved.stderr.lower():
        pytest.skip("the package index cannot be reached")
    assert resolved.returncode == 0, resolved.stderr[-2000:]
    assert warnings_in(resolved.stdout + resolved.stderr) == []
