"""Strings a terminal would act on, and checking that figraph's output holds none.

A name or title holding escape sequences (clear screen, window title, OSC-8 link, C1
control, bidirectional override, line separator) as a document or gazetteer can give
it; `assert_inert` fails on any character a terminal acts on; `run_on_a_terminal` runs
figraph on a real pseudo-terminal and returns everything it wrote.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

ESCAPES = {
    "clear screen": "\x1b[2J\x1b[H",
    "window title": "\x1b]0;owned\x07",
    "OSC-8 link": "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
    "C1 CSI": "\x9b31m",
    "right-to-left override": "\u202e",
    "line separator": "\u2028",
}


HOSTILE_NAME = "Zhao" + "".join(ESCAPES.values()) + " Wei\tthe\nenvoy"


HOSTILE_TITLE = "Leak" + "".join(ESCAPES.values()) + "\tTitle"


_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069\u2028\u2029]")


def toml_string(text: str) -> str:
    """A TOML basic string holding `text` (controls as \\u escapes)."""
    return json.dumps(text)  # JSON string escapes are valid TOML basic-string escapes


def assert_inert(text: str) -> None:
    """No character a terminal acts on (tab and newline are checked by the callers)."""
    found = _ACTIVE.findall(text.replace("\t", "").replace("\n", ""))
    assert not found, [hex(ord(c)) for c in found]


def strings_in(value: object) -> set[str]:
    if isinstance(value, dict):
        return set().union(*(strings_in(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(strings_in(v) for v in value))
    return {value} if isinstance(value, str) else set()


def run_on_a_terminal(args: list[str], cwd: Path) -> str:
    """Run figraph with stdout and stderr on a pseudo-terminal; everything it wrote."""
    main, child_side = pty.openpty()
    env = {**os.environ, "COLUMNS": "400", "TERM": "xterm-256color"}
    child = subprocess.Popen([sys.executable, "-c", "from figraph.cli import main; main()",
                              *args], stdin=subprocess.DEVNULL, stdout=child_side,
                             stderr=child_side, cwd=cwd, env=env)
    os.close(child_side)
    output = bytearray()
    while True:
        ready, _, _ = select.select([main], [], [], 120)
        if not ready:
            child.kill()
            break
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    child.wait(30)
    os.close(main)
    return output.decode("utf-8", "replace")
