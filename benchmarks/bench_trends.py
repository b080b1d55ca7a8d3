"""Time the reconciliation of series, beside a baseline measured in the same run.

Baseline: checking the bundled letter (``minestats.check``). Target: reconciling
the bundled series takes well under a second, and a synthetic series of a few
thousand figures stays within seconds. Run: ``python benchmarks/bench_trends.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

import minestats


def _time(action: Callable[[], object], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def _synthetic(count: int) -> minestats.Series:
    lines = ["minestats-series: 1", "id: synthetic", "title: synthetic", "sources:"]
    day = date(2021, 1, 1)
    for index in range(count):
        when = (day + timedelta(days=index)).isoformat()
        lines += [
            f"  - id: s{index}",
            "    publisher: synthetic",
            f"    url: https://example.org/{index}",
            "    confirmed_by: generated",
            "    observations:",
            f"      - {{metric: cleared_area, as_of: '{when}', value: '{1000 + 50 * index}', quote: q}}",
            f"      - {{metric: killed, as_of: '{when}', value: '{index // 10}', quote: q}}",
            f"      - {{metric: injured, as_of: '{when}', value: '{index // 3}', quote: q}}",
            f"      - {{metric: casualties, as_of: '{when}', value: '{index // 10 + index // 3}', quote: q}}",
        ]
    return minestats.loads_series("\n".join(lines) + "\n", name="synthetic.yaml")


def main() -> int:
    letter = minestats.letter()
    official = minestats.official_series()
    baseline = _time(lambda: minestats.check(letter))
    print(f"baseline  check(letter), {len(letter.claims)} claims: {baseline * 1000:8.2f} ms")
    took = _time(lambda: minestats.reconcile(official))
    print(f"reconcile(official), {len(official)} figures: {took * 1000:8.2f} ms, {took / baseline:.0f}x")
    took = _time(lambda: minestats.project(official))
    print(f"project(official): {took * 1000:8.2f} ms, {took / baseline:.0f}x")
    for count in (100, 400):
        series = _synthetic(count)
        took = _time(lambda s=series: minestats.reconcile(s), repeat=3)  # type: ignore[misc]
        print(f"reconcile(synthetic), {len(series)} figures: {took * 1000:8.2f} ms, {took / baseline:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
