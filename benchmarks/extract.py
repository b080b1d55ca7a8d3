"""Throughput of minestats.extract and minestats.audit, with baselines from the same run.

Usage::

    python benchmarks/extract.py [--size BYTES] [--repeat N] [--quantulum-bytes BYTES]

Texts:

- *ordinary*: the 2024 letter (``../shared/seeds/000_e3977af694b74fda.txt``
  from the repository root) repeated to ``--size`` characters (1 MiB);
- *adversarial*: the same size of nothing but digits, commas, dots, spaces and
  "per cent", in several shapes (long runs made to trip a backtracking
  pattern, and dense short tokens).

Baselines measured in the same run: a bare ``re.finditer(r"[0-9]+")`` over the
text (the floor any scanner pays), and quantulum3's parser on the first
``--quantulum-bytes`` of the ordinary text (it is about a thousand times
slower, so a full megabyte would take minutes). quantulum3 is not a
dependency of minestats: ``pip install quantulum3`` first; without it that
comparison is skipped with a message.

Targets (checked here, never in the tests): extract >= 5 MB/s and >= 1,000
times quantulum3; audit >= 1 MB/s; adversarial input at most twice the time
of ordinary text of the same size, and linear (the time of half the text
doubles for the whole; texts are bounded at 2,000,000 characters, so the
whole is the largest size measured).

Times are wall-clock (best of ``--repeat``); extract's is also given in CPU
time of this process, which other programs running on the machine disturb
less.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import minestats

LETTER = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e3977af694b74fda.txt"
MB = 1_000_000


def best_of(
    repeat: int, func: Callable[[], Any], clock: Callable[[], float] = time.perf_counter
) -> tuple[float, Any]:
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = clock()
        result = func()
        best = min(best, clock() - start)
    return best, result


def adversarial(size: int, shape: str, seed: int = 4) -> str:
    rng = random.Random(seed)
    if shape == "runs of 1,1,1 and 1.1.1":
        unit = "1," * 2000 + "1 per cent " + "1." * 2000 + "1 " + "9" * 3000 + ", per cent "
        return (unit * (size // len(unit) + 1))[:size]
    low, high = {"random runs of 20-200": (20, 200), "random runs of 5-40": (5, 40)}[shape]
    parts: list[str] = []
    total = 0
    while total < size:
        token = "".join(rng.choice("0123456789,.") for _ in range(rng.randint(low, high)))
        token += rng.choice((" ", " ", " per cent "))
        parts.append(token)
        total += len(token)
    return "".join(parts)[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1 << 20, help="characters of text (default 1 MiB)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    parser.add_argument("--quantulum-bytes", type=int, default=32 * 1024, help="text given to quantulum3")
    args = parser.parse_args(argv)
    if not LETTER.exists():
        print(f"the letter's text is not here ({LETTER}); nothing to measure", file=sys.stderr)
        return 2
    letter = LETTER.read_text(encoding="utf-8")
    text = ((letter + "\n\n") * (args.size // len(letter) + 1))[: args.size]
    size_mb = len(text.encode("utf-8")) / MB
    print(f"minestats {minestats.__version__}, Python {sys.version.split()[0]}")
    print(f"ordinary text: the letter repeated, {len(text):,} characters ({size_mb:.3f} MB UTF-8)")

    floor, _ = best_of(args.repeat, lambda: sum(1 for _ in re.finditer(r"[0-9]+", text)))
    t_extract, found = best_of(args.repeat, lambda: minestats.extract(text))
    cpu_extract, _ = best_of(args.repeat, lambda: minestats.extract(text), time.process_time)
    t_audit, report = best_of(max(1, args.repeat - 1), lambda: minestats.audit(text))
    extract_rate = size_mb / t_extract
    audit_rate = size_mb / t_audit
    print(f"baseline re.finditer([0-9]+): {size_mb / floor:8.2f} MB/s")
    print(
        f"extract:                      {extract_rate:8.2f} MB/s  ({len(found):,} mentions,"
        f" {len(found.quantities):,} quantities)"
        f"  target >= 5 MB/s: {'met' if extract_rate >= 5 else 'NOT MET'}"
    )
    print(f"extract, CPU time:             {size_mb / cpu_extract:8.2f} MB/s")
    print(
        f"audit:                        {audit_rate:8.2f} MB/s  ({len(report.figures):,} figures,"
        f" {len(report.verdicts):,} verdicts)  target >= 1 MB/s: {'met' if audit_rate >= 1 else 'NOT MET'}"
    )

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum
    except ImportError:
        print("quantulum3: not installed (pip install quantulum3); comparison skipped")
    else:
        sample = text[: args.quantulum_bytes]
        sample_mb = len(sample.encode("utf-8")) / MB
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantulum.parse(letter[:200])  # load its tables before timing
            t_q, quantities = best_of(1, lambda: quantulum.parse(sample))
        q_rate = sample_mb / t_q
        ratio = extract_rate / q_rate
        print(
            f"quantulum3 (first {len(sample):,} characters of the same text): {q_rate * 1000:8.2f} kB/s"
            f"  ({len(quantities):,} quantities)"
        )
        print(
            f"extract / quantulum3 throughput: {ratio:,.0f}x  target >= 1,000x:"
            f" {'met' if ratio >= 1000 else 'NOT MET'}"
        )

    print("adversarial input (digits, commas, dots, spaces, 'per cent'), same size:")
    for shape in ("runs of 1,1,1 and 1.1.1", "random runs of 20-200", "random runs of 5-40"):
        hostile = adversarial(len(text), shape)
        half = adversarial(len(text) // 2, shape)
        t_hostile, mentions = best_of(args.repeat, lambda h=hostile: minestats.extract(h))  # type: ignore[misc]
        t_half, _ = best_of(args.repeat, lambda h=half: minestats.extract(h))  # type: ignore[misc]
        ratio = t_hostile / t_extract
        print(
            f"  {shape:26s} {t_hostile:6.3f} s, {ratio:5.2f}x ordinary ({len(mentions):,} mentions vs"
            f" {len(found):,}); twice the size: {t_hostile / t_half:4.2f}x the time (2.00 = linear);"
            f" target <= 2x: {'met' if ratio <= 2 else 'NOT MET'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
