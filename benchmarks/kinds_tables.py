"""Tables of the other claim kinds: speed beside check_sums, and agreement with the single claims.

Run:  python benchmarks/kinds_tables.py [--rows 1000000] [--cases 20000]

Prints the rows per second of ``check_partitions`` (three shares a row),
``check_changes``, ``check_multiples`` and ``check_sames`` (an area in km² and in ha) on
``--rows`` rows, beside ``check_sums`` (three parts a row) on a table of the same size, measured
in the same run; then checks ``--cases`` rows of each with the single-claim function
(``check_partition``, ``check_change``, ``check_same``; changes with a qualifier per row and in
percentage points too) and prints the disagreements.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

import minestats


def _fmt(mantissa: int, places: int) -> str:
    return f"{mantissa // 10**places}.{mantissa % 10**places:0{places}d}" if places else str(mantissa)


def partition_rows(n: int, seed: int) -> pd.DataFrame:
    """Three shares a row that add up to 100 at 0-2 decimals, one nudged by a unit in half the rows."""
    rng = np.random.default_rng(seed)
    places = rng.integers(0, 3, n)
    unit = 10**places
    a = (rng.random(n) * 60 * unit).astype(np.int64)
    b = (rng.random(n) * 40 * unit).astype(np.int64)
    c = 100 * unit - a - b + rng.integers(-2, 3, n) * (rng.random(n) < 0.5)
    c = np.clip(c, 0, 100 * unit)
    columns = {name: [_fmt(int(m), int(p)) for m, p in zip(v, places, strict=True)]
               for name, v in (("a", a), ("b", b), ("c", c))}  # fmt: skip
    for name in ("a", "b", "c"):  # one share in forty unknown
        cells = columns[name]
        for i in np.flatnonzero(rng.random(n) < 0.025):
            cells[i] = None  # type: ignore[call-overload]
    return pd.DataFrame(columns, dtype=object)


def change_rows(n: int, seed: int) -> pd.DataFrame:
    """Counts (some in thousands) and the stated change rounded from theirs, give or take a unit."""
    rng = np.random.default_rng(seed)
    earlier = rng.integers(1, 3000, n)
    later = rng.integers(1, 3000, n)
    of_later = rng.random(n) < 0.3
    base = np.where(of_later, later, earlier)
    exact = (later - earlier) / base * 100
    places = rng.integers(0, 3, n)
    stated = np.round(np.abs(exact) * 10.0**places) + rng.integers(-1, 2, n)
    stated = np.maximum(stated, 0).astype(np.int64)
    thousand = rng.random(n) < 0.1
    return pd.DataFrame(
        {
            "e": [
                f"{e / 1000:.1f} thousand" if t else str(e) for e, t in zip(earlier, thousand, strict=True)
            ],
            "l": [str(v) for v in later],
            "s": [_fmt(int(m), int(p)) for m, p in zip(stated, places, strict=True)],
            "way": np.where(exact >= 0, "increase", "decrease"),
            "of": np.where(of_later, "later", "earlier"),
        },
        dtype=object,
    )


def same_rows(n: int, seed: int) -> pd.DataFrame:
    """An area in km² (0-2 decimals) and the same area in ha, rounded, give or take a unit of it."""
    rng = np.random.default_rng(seed)
    places = rng.integers(0, 3, n)
    km2 = rng.integers(0, 5000, n)  # in units of the last stated digit
    hectares = np.round(km2 * 100.0 / 10.0**places) + rng.integers(-60, 61, n) * (rng.random(n) < 0.5)
    return pd.DataFrame(
        {"area": [_fmt(int(m), int(p)) for m, p in zip(km2, places, strict=True)],
         "hectares": [str(int(max(h, 0))) for h in hectares]},
        dtype=object,
    )  # fmt: skip


def rate(function: Callable[[], Any], rows: int) -> float:
    start = time.perf_counter()
    function()
    return rows / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--cases", type=int, default=20_000)
    args = parser.parse_args()
    n = args.rows
    parts = partition_rows(n, 1)
    changes = change_rows(n, 2)
    sums = parts.fillna("0")

    def check_changes(table: pd.DataFrame) -> pd.DataFrame:
        return minestats.check_changes(
            table, earlier="e", later="l", stated="s", change="way", relative_to="of"
        )

    baseline = rate(lambda: minestats.check_sums(sums, parts=["a", "b"], total="c", unit="percent"), n)
    partitions = rate(lambda: minestats.check_partitions(parts, parts=["a", "b", "c"]), n)
    change = rate(lambda: check_changes(changes), n)
    multiples = changes.rename(columns={"l": "p", "e": "w"})
    multiple = rate(lambda: minestats.check_multiples(multiples, part="p", whole="w", stated="s"), n)
    areas = same_rows(n, 3)
    same = rate(lambda: minestats.check_sames(areas, values=["area", "hectares"], unit=["km²", "ha"]), n)
    print(f"{n:,} rows, rows per second (same run):")
    print(f"  check_sums (baseline)  {baseline:>14,.0f}")
    print(f"  check_partitions       {partitions:>14,.0f}  ({partitions / baseline:.2f} x the baseline)")
    print(f"  check_changes          {change:>14,.0f}  ({change / baseline:.2f} x the baseline)")
    print(f"  check_multiples        {multiple:>14,.0f}  ({multiple / baseline:.2f} x the baseline)")
    print(f"  check_sames            {same:>14,.0f}  ({same / baseline:.2f} x the baseline)")

    k = args.cases
    table = minestats.check_partitions(parts.head(k), parts=["a", "b", "c"])
    rows = parts.head(k).itertuples(index=False)
    bad = sum(
        minestats.check_partition(list(row)).status.value != status
        for row, status in zip(rows, table["status"], strict=True)
    )
    counts = table["status"].value_counts().to_dict()
    print(f"check_partitions vs check_partition on {k:,} rows: {bad} disagreements ({counts})")
    table = check_changes(changes.head(k))
    bad = 0
    for row, status in zip(changes.head(k).itertuples(index=False), table["status"], strict=True):
        verdict = minestats.check_change(row.e, row.l, row.s, change=row.way, relative_to=row.of)
        bad += verdict.status.value != status
    counts = table["status"].value_counts().to_dict()
    print(f"check_changes vs check_change on {k:,} rows: {bad} disagreements ({counts})")
    bounded = changes.head(k).assign(q=np.resize(np.array(["more than", None, "nearly", "about"]), k))
    table = minestats.check_changes(
        bounded, earlier="e", later="l", stated="s", change="way", relative_to="of", qualifier="q"
    )
    bad = 0
    for row, status in zip(bounded.itertuples(index=False), table["status"], strict=True):
        verdict = minestats.check_change(
            row.e,
            row.l,
            row.s,
            change=row.way,
            relative_to=row.of,
            qualifier=None if pd.isna(row.q) else row.q,
        )
        bad += verdict.status.value != status
    counts = table["status"].value_counts().to_dict()
    print(f"check_changes(qualifier=) vs check_change on {k:,} rows: {bad} disagreements ({counts})")
    points = pd.DataFrame({"e": parts["a"].head(k), "l": parts["b"].head(k), "s": parts["c"].head(k)})
    points = points.assign(way=changes["way"].head(k), q=bounded["q"])
    table = minestats.check_changes(
        points,
        earlier="e",
        later="l",
        stated="s",
        change="way",
        stated_unit="percentage points",
        qualifier="q",
    )
    bad = 0
    for row, status in zip(points.itertuples(index=False), table["status"], strict=True):
        verdict = minestats.check_change(
            row.e, row.l, row.s, change=row.way, stated_unit="percentage points",
            qualifier=None if pd.isna(row.q) else row.q,
        )  # fmt: skip
        bad += verdict.status.value != status
    counts = table["status"].value_counts().to_dict()
    print(f"check_changes in percentage points vs check_change on {k:,} rows: {bad} disagreements ({counts})")
    table = minestats.check_sames(areas.head(k), values=["area", "hectares"], unit=["km²", "ha"])
    bad = 0
    for row, status in zip(areas.head(k).itertuples(index=False), table["status"], strict=True):
        verdict = minestats.check_same((row.area, "km²"), (row.hectares, "ha"))
        bad += verdict.status.value != status
    counts = table["status"].value_counts().to_dict()
    print(f"check_sames vs check_same on {k:,} rows: {bad} disagreements ({counts})")


if __name__ == "__main__":
    main()
