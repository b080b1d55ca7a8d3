"""Throughput and memory of minestats.audit, with the extractor's figures from the same run as the baseline.

Usage::

    python benchmarks/audit_speed.py [--size BYTES] [--repeat N]

Texts (``--size`` characters each, 1 MB by default):

- *ordinary*: the 2024 letter (``../shared/seeds/000_e3977af694b74fda.txt``
  from the repository root) repeated;
- *percentage-dense*: sentences written for this benchmark, each stating a
  part, a whole and a percentage, a total and its parts, with numbers varied
  (about one percentage every 60 characters).

For each: ``extract`` (the floor the audit pays) and ``audit`` throughput in
MB/s (best of ``--repeat``), and the audit's peak memory (``tracemalloc``,
in a separate run) in MB per MB of text.

Targets (checked here, never in the tests): audit >= 1 MB/s on ordinary
text, >= 0.5 MB/s on percentage-dense text, peak memory <= 100 MB per MB of
text.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import minestats

LETTER = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e3977af694b74fda.txt"
MB = 1_000_000

_TEMPLATES = (
    "Teams cleared {a:,} hectares of {b:,} hectares, or {p} per cent. ",
    "Of the {b:,} casualties, {a:,} were children ({p} per cent). ",
    "The district reported {t:,} casualties ({k:,} killed and {i:,} injured). ",
    "Some {p}% of the {b:,} mines ({a:,} mines) were destroyed. ",
    "Funding reached ${b:,} million, including ${a:,} million for clearance ({p}% of the total). ",
    "More than {p} per cent of the land was released. ",
)


def dense(size: int, seed: int = 11) -> str:
    """Percentage-dense text of ``size`` characters from the templates, numbers varied."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        b = rng.randint(200, 90_000)
        a = rng.randint(1, b - 1)
        k = rng.randint(1, 500)
        i = rng.randint(1, 500)
        p = round(100 * a / b, rng.choice((0, 1)))
        sentence = rng.choice(_TEMPLATES).format(a=a, b=b, p=p, t=k + i, k=k, i=i)
        if rng.random() < 0.1:
            sentence += "\n\n"
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)[:size]


def best_of(repeat: int, func: Callable[[], Any]) -> tuple[float, Any]:
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def peak_memory(func: Callable[[], Any]) -> float:
    """Peak bytes allocated by Python while ``func`` runs."""
    tracemalloc.start()
    try:
        func()
        return float(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()


def measure(name: str, text: str, repeat: int, target: float) -> bool:
    size_mb = len(text.encode("utf-8")) / MB
    t_extract, found = best_of(repeat, lambda: minestats.extract(text))
    t_audit, report = best_of(repeat, lambda: minestats.audit(text))
    memory = peak_memory(lambda: minestats.audit(text)) / MB / size_mb
    rate = size_mb / t_audit
    met = rate >= target and memory <= 100
    print(f"{name}: {len(text):,} characters ({size_mb:.3f} MB UTF-8)")
    print(f"  extract (baseline): {size_mb / t_extract:8.2f} MB/s  ({len(found.quantities):,} quantities)")
    print(
        f"  audit:              {rate:8.2f} MB/s  ({len(report.shares):,} percentages,"
        f" {len(report.verdicts):,} verdicts)  target >= {target} MB/s:"
        f" {'met' if rate >= target else 'NOT MET'}"
    )
    print(
        f"  audit peak memory:  {memory:8.1f} MB per MB of text"
        f"  target <= 100: {'met' if memory <= 100 else 'NOT MET'}"
    )
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=MB, help="characters of each text (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best is kept")
    args = parser.parse_args(argv)
    print(f"minestats {minestats.__version__}, Python {sys.version.split()[0]}")
    if LETTER.exists():
        letter = LETTER.read_text(encoding="utf-8")
        ordinary = ((letter + "\n\n") * (args.size // len(letter) + 1))[: args.size]
        measure("ordinary text (the letter repeated)", ordinary, args.repeat, 1.0)
    else:
        print(f"ordinary text: skipped, the letter's text is not here ({LETTER})")
    measure("percentage-dense text", dense(args.size), args.repeat, 0.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
