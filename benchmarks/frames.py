"""Table-wide share checks: speed against the single-claim loop, and agreement with it.

Run:  python benchmarks/frames.py [--cases 1000000] [--loop 2000] [--workers 2]

Prints, for 10^4, 10^5 and 10^6 rows, the rows per second of
``minestats.check_shares`` and of a loop of ``minestats.check_share`` (the
single-claim path) measured in the same run, and their ratio; then checks
``--cases`` rows with both paths and prints the number of disagreements: once
for areas, once for counts of people, where the whole-number (GRIM) rule
decides many rows (rows per second of ``check_shares`` printed beside it).
"""

from __future__ import annotations

import argparse
import os
import time
from concurrent.futures import ProcessPoolExecutor
from fractions import Fraction
from typing import Any

import numpy as np
import pandas as pd

import minestats


def make_rows(n: int, seed: int) -> pd.DataFrame:
    """Areas in ha and km² with 0-2 decimals; stated percentages near, at and off the true share."""
    rng = np.random.default_rng(seed)
    part_dec = rng.integers(0, 3, n)
    whole_dec = rng.integers(0, 3, n)
    part_int = rng.integers(0, 10**7, n)
    whole_int = rng.integers(1, 10**6, n)
    parts = [_fmt(m, d) for m, d in zip(part_int, part_dec, strict=True)]
    wholes = [_fmt(m, d) for m, d in zip(whole_int, whole_dec, strict=True)]
    stated = []
    for part, whole, kind, places in zip(
        parts, wholes, rng.integers(0, 4, n), rng.integers(0, 3, n), strict=True
    ):
        share = Fraction(part) / (Fraction(whole) * 100) * 100  # ha / km² in percent
        share = min(share, Fraction(100))
        step = Fraction(1, 10**places)
        base = round(share / step) * step
        if kind == 1:  # one step off: usually inconsistent
            base += step
        elif kind == 2:  # the rounding boundary itself
            base = (share / step).__floor__() * step + step / 2
        elif kind == 3:  # anywhere
            base = Fraction(int(rng.integers(0, 10**places * 100 + 1)), 10**places)
        base = min(max(base, Fraction(0)), Fraction(100))
        stated.append(_fmt_fraction(base, places + (1 if kind == 2 else 0)))
    return pd.DataFrame({"part": parts, "whole": wholes, "stated": stated}, dtype=object)


def make_count_rows(n: int, seed: int) -> pd.DataFrame:
    """Counts of people: small wholes (where the whole-number rule bites), rounded and unknown counts.

    Wholes from 1 to 200, and one in twenty stated in thousands ("1.5 thousand"); parts up to the whole,
    about one in twenty unknown on either side; stated percentages with 0-2 decimals at, next to,
    on the rounding boundary of, and far from the true share.
    """
    rng = np.random.default_rng(seed)
    wholes = rng.integers(1, 201, n)
    parts = (rng.random(n) * (wholes + 1)).astype(np.int64)
    rounded = rng.random(n) < 0.05
    extra = rng.integers(0, 100, n)
    whole_text = [
        f"{w // 10}.{w % 10} thousand" if r else str(w) for w, r in zip(wholes, rounded, strict=True)
    ]
    whole_value = [Fraction(int(w) * (100 if r else 1)) for w, r in zip(wholes, rounded, strict=True)]
    part_text = [
        str(int(p) * 100 + int(e) if r else int(p)) for p, r, e in zip(parts, rounded, extra, strict=True)
    ]
    stated = []
    for part, whole, kind, places in zip(
        part_text, whole_value, rng.integers(0, 4, n), rng.integers(0, 3, n), strict=True
    ):
        share = min(Fraction(part) / whole * 100, Fraction(100))
        step = Fraction(1, 10**places)
        base = round(share / step) * step
        if kind == 1:
            base += step
        elif kind == 2:
            base = (share / step).__floor__() * step + step / 2
        elif kind == 3:
            base = Fraction(int(rng.integers(0, 10**places * 100 + 1)), 10**places)
        base = min(max(base, Fraction(0)), Fraction(100))
        stated.append(_fmt_fraction(base, places + (1 if kind == 2 else 0)))
    frame = pd.DataFrame({"part": part_text, "whole": whole_text, "stated": stated}, dtype=object)
    frame.loc[rng.random(n) < 0.05, "part"] = None
    frame.loc[rng.random(n) < 0.05, "whole"] = None
    return frame


def _fmt(mantissa: int, decimals: int) -> str:
    text = str(int(mantissa)).rjust(int(decimals) + 1, "0")
    return f"{text[:-decimals]}.{text[-decimals:]}" if decimals else text


def _fmt_fraction(value: Fraction, places: int) -> str:
    scaled = value * 10**places
    assert scaled.denominator == 1, value
    return _fmt(int(scaled), places)


def table_rate(frame: pd.DataFrame) -> tuple[float, pd.DataFrame]:
    best = float("inf")
    out = frame
    for _ in range(3):
        start = time.perf_counter()
        out = minestats.check_shares(
            frame, part="part", whole="whole", stated="stated", part_unit="ha", whole_unit="km²"
        )
        best = min(best, time.perf_counter() - start)
    return len(frame) / best, out


def loop_statuses(rows: list[tuple[str, str, str]]) -> list[str]:
    return [minestats.check_share(p, w, s, part_unit="ha", whole_unit="km²").status.value for p, w, s in rows]


def loop_count_statuses(rows: list[tuple[str, str, str]]) -> list[str]:
    return [minestats.check_share(p, w, s).status.value for p, w, s in rows]


def agreement(frame: pd.DataFrame, out: pd.DataFrame, loop: Any, workers: int, what: str) -> None:
    rows = list(frame.itertuples(index=False, name=None))
    chunks = [rows[i : i + 10_000] for i in range(0, len(rows), 10_000)]
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        single = [s for chunk in pool.map(loop, chunks) for s in chunk]
    elapsed = time.perf_counter() - start
    table = out["status"].astype(str).tolist()
    disagreements = sum(a != b for a, b in zip(single, table, strict=True))
    counts = out["status"].value_counts().to_dict()
    print(
        f"agreement ({what}): {len(rows):,} cases, {disagreements} disagreements between check_shares and"
        f" check_share (statuses {counts}; single-claim path took {elapsed:.0f} s on {workers} workers)"
    )


def loop_rate(frame: pd.DataFrame, n: int) -> float:
    rows = list(frame.head(n).itertuples(index=False, name=None))
    start = time.perf_counter()
    loop_statuses(rows)
    return len(rows) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--loop", type=int, default=2000, help="rows timed on the single-claim loop")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    versions = f"minestats {minestats.__version__}, pandas {pd.__version__}, numpy {np.__version__}"
    print(f"{versions}, {os.cpu_count()} cores")
    print(f"{'rows':>9}  {'check_shares rows/s':>20}  {'single-claim loop rows/s':>25}  {'ratio':>7}")
    for n in (10**4, 10**5, 10**6):
        frame = make_rows(n, seed=n)
        rate, _ = table_rate(frame)
        baseline = loop_rate(frame, args.loop)
        print(f"{n:>9,}  {rate:>20,.0f}  {baseline:>25,.0f}  {rate / baseline:>6,.0f}x")

    frame = make_rows(args.cases, seed=7)
    out = minestats.check_shares(
        frame, part="part", whole="whole", stated="stated", part_unit="ha", whole_unit="km²"
    )
    agreement(frame, out, loop_statuses, args.workers, "areas")

    frame = make_count_rows(args.cases, seed=11)
    start = time.perf_counter()
    out = minestats.check_shares(frame, part="part", whole="whole", stated="stated")
    elapsed = time.perf_counter() - start
    print(f"counts with the whole-number rule: check_shares {len(frame) / elapsed:,.0f} rows/s")
    agreement(frame, out, loop_count_statuses, args.workers, "counts, whole-number rule")


if __name__ == "__main__":
    main()
