"""pytest plugin: Gephi's own importer as a second reader of GraphML and GEXF exports.

Fixture:
  gephi_import   session: a function FILE -> dict, what Gephi made of the file (its import
                 issues, the nodes and edges with their attributes), read by
                 tests/support/GephiImport.java on the Gephi Toolkit, parallel edges kept
                 (the import dialog's "don't merge").

The toolkit is one jar from Maven Central (org.gephi:gephi-toolkit:<v>:all, ~80 MiB),
fetched once with Maven into ~/.cache/figraph/gephi (or FIGRAPH_GEPHI_JAR names it).
Java and Maven are what the Neo4j tests need already. Without them the tests skip with
one line; with FIGRAPH_REQUIRE_NEO4J=1 (the full suite) or FIGRAPH_REQUIRE_GEPHI=1 they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

GEPHI_VERSION = "0.10.1"
READER = Path(__file__).resolve().parent / "GephiImport.java"
CACHE = Path.home() / ".cache" / "figraph" / "gephi"


def _unavailable(reason: str) -> None:
    reason = f"Gephi Toolkit unavailable: {reason}"
    if "1" in (os.environ.get("FIGRAPH_REQUIRE_GEPHI"), os.environ.get("FIGRAPH_REQUIRE_NEO4J")):
        pytest.fail(f"{reason} (FIGRAPH_REQUIRE_GEPHI or FIGRAPH_REQUIRE_NEO4J is 1)",
                    pytrace=False)
    pytest.skip(reason)


def _jar() -> Path:
    given = os.environ.get("FIGRAPH_GEPHI_JAR")
    if given:
        return Path(given)
    jar = CACHE / f"gephi-toolkit-{GEPHI_VERSION}-all.jar"
    if jar.is_file():
        return jar
    mvn = shutil.which("mvn")
    if not mvn:
        _unavailable("Maven (mvn) is needed once to fetch the toolkit jar")
    CACHE.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [mvn, "-q", "-B", "dependency:copy",
         f"-Dartifact=org.gephi:gephi-toolkit:{GEPHI_VERSION}:jar:all",
         f"-DoutputDirectory={CACHE}"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=1800)
    if done.returncode != 0 or not jar.is_file():
        _unavailable(f"mvn could not fetch org.gephi:gephi-toolkit:{GEPHI_VERSION}:all "
                     f"({(done.stdout + done.stderr).strip()[-300:]})")
    return jar


@pytest.fixture(scope="session")
def gephi_import() -> Callable[[Path], dict[str, Any]]:
    java = shutil.which("java")
    if not java:
        _unavailable("Java 17+ not found")
    jar = _jar()

    def read(path: Path) -> dict[str, Any]:
        done = subprocess.run(
            [java, "-Djava.awt.headless=true", "-cp", str(jar), str(READER), str(path),
             "no-merge"],
            capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=600)
        assert done.returncode == 0, done.stderr[-3000:]
        return json.loads(done.stdout.strip().splitlines()[-1])
    return read
