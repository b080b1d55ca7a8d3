"""Hostile input ends within a second: the time of each reproducer, measured.

Run:  python benchmarks/hostile.py [--budget 1.0] [--all]

The test suite asserts what each hostile input ends in (the right answer, or a
``MinestatsError`` with one clear message) and times nothing. This script runs
those tests (``tests/test_hostile.py`` and ``tests/test_text.py``, where the
hostile PDFs are) under pytest, with one example per property test (the
``single`` hypothesis profile), records the time of each test's call phase,
and prints the slowest, the count over the budget and the total. A test's time
includes its own assertions, so it bounds the time of the input it checks.
Run it on an otherwise idle machine: the figures move with load.

Baseline, measured in the same run: ``minestats.check`` of the bundled letter
(load and check, best of five), to show how fast the machine is at the time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import minestats

ROOT = Path(__file__).resolve().parents[1]
FILES = ("tests/test_hostile.py", "tests/test_text.py")


def durations(report: Path) -> tuple[dict[str, float], list[str]]:
    """Each test's call time and the failed tests, from pytest's JUnit XML report."""
    times: dict[str, float] = {}
    failed: list[str] = []
    for case in ET.parse(report).iter("testcase"):
        name = f"{case.get('classname')}::{case.get('name')}"
        times[name] = float(case.get("time") or 0)
        if case.find("failure") is not None or case.find("error") is not None:
            failed.append(name)
    return times, failed


def baseline() -> float:
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        minestats.check(minestats.load(minestats.letter().source))
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=1.0, help="seconds each reproducer may take")
    parser.add_argument("--all", action="store_true", help="print every test, not only the slowest 15")
    args = parser.parse_args()

    base = baseline()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "junit.xml"
        command = [sys.executable, "-m", "pytest", *FILES, "-q", "-p", "no:cacheprovider"]
        command += [f"--junitxml={report}", "-o", "junit_duration_report=call"]
        # one example per property test, so that every timed test is one input
        env = {**os.environ, "MINESTATS_HYPOTHESIS_PROFILE": "single"}
        code = subprocess.run(command, cwd=ROOT, check=False, env=env).returncode
        times, failed = durations(report)
    ranked = sorted(times.items(), key=lambda item: -item[1])
    shown = ranked if args.all else ranked[:15]
    print()
    print(f"baseline: minestats.check(letter) {base * 1000:.1f} ms (best of 5)")
    print(f"{'seconds':>8}  {'x baseline':>10}  test")
    for nodeid, seconds in shown:
        print(f"{seconds:8.3f}  {seconds / base:10.1f}  {nodeid}")
    over = [n for n, s in ranked if s > args.budget]
    print(
        f"{len(ranked)} tests, {sum(s for _, s in ranked):.1f} s in all; "
        f"{len(over)} over the budget of {args.budget:g} s; {len(failed)} failed"
    )
    for nodeid in over:
        print(f"  over budget: {nodeid}")
    return 0 if code == 0 and not over else 1


if __name__ == "__main__":
    sys.exit(main())
