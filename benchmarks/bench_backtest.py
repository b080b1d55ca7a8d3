"""Print the rolling-origin backtests of the projection models, and time them beside a baseline.

From each cut-off (the end of every quarter), each model projects the running total from the
figures published by then; the table counts the running totals published later (within two
years) that fall inside the model's band: ``held/compared`` per cut-off and model, ``-`` where a
model could not project (too few rates, no official target yet). Baseline: ``project()`` (one
constant-rate projection), measured in the same run. Run: ``python benchmarks/bench_backtest.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

import minestats


def _time(action: Callable[[], object], repeat: int = 3) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    series = minestats.official_series()
    for metric in ("cleared_area", "casualties"):
        print(minestats.backtest(series, metric))
        print()
    print(minestats.forecast(series, model="trend", as_of="2024-12-31", target="estimate"))
    print()
    baseline = _time(lambda: minestats.project(series))
    print(f"baseline  project(official): {baseline * 1000:8.2f} ms")
    took = _time(lambda: minestats.backtest(series))
    print(f"backtest(official, cleared_area): {took * 1000:8.2f} ms, {took / baseline:.0f}x")
    took = _time(lambda: minestats.backtest(series, "casualties"))
    print(f"backtest(official, casualties): {took * 1000:8.2f} ms, {took / baseline:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
