"""Small timing helpers: medians of repeats, and clean peak memory from a child process.

Why a child process for memory: `ru_maxrss` is a high-water mark of the whole
process, so anything measured earlier in the same run (a spaCy model, another
graph) would be counted. A probe runs one thing in a fresh interpreter and
prints its figures as one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["median_of", "seconds", "peak_mb", "run_probe", "ROOT"]

ROOT = Path(__file__).resolve().parent.parent


def seconds(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def median_of(values: list[float]) -> float:
    return float(statistics.median(values))


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB.

    Linux's VmHWM, not `ru_maxrss`: the kernel carries `ru_maxrss` across
    exec, so a probe started by a parent holding a 6 GB graph reported 6 GB
    (measured: a 3 GB parent made an idle child report 3,085 MB, VmHWM 13 MB).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_probe(*args: str, timeout: float = 1800) -> dict[str, Any]:
    """Run `python -m bench.probe ARGS` and return the JSON it prints last."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "bench.probe", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"probe {' '.join(args)} failed: {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
