"""Throughput and memory of minestats.audit, with the extractor's figures from the same run as the baseline.

Usage::

    python benchmarks/audit_speed.py [--size BYTES] [--repeat N]

Texts (``--size`` characters each, 1 MB by default):

- *ordinary*: the 2024 letter (``../shared/seeds/000_e3977af694b74fda.txt``
  from the repository root) repeated;
- *real*: the labelled corpus of real mine-action texts
  (``../shared/corpus/texts/*.txt``, read where they are, never copied)
  joined by blank lines and repeated; ordinary text as people write it,
  with about three times as many figures a megabyte as the letter;
- *percentage-dense*: sentences written for this benchmark, each stating a
  part, a whole and a percentage, a total and its parts, with numbers varied
  (about one percentage every 80 characters).

For each: ``extract`` (the floor the audit pays) and ``audit`` throughput in
MB/s (best of ``--repeat``), and the audit's peak memory (``tracemalloc``,
in a separate run) in MB per MB of text. Then *records alone*: the time to
build the report's records (every figure, claim, reading, verdict, implied
interval, share and locator of the audit just made) with the fastest
constructor the library has, from values already computed. No audit that
returns those records can be faster than extract plus that.

Targets (checked here, never in the tests): audit >= 1 MB/s on ordinary
text (the letter and the real texts), >= 0.5 MB/s on percentage-dense text,
peak memory <= 100 MB per MB of text.
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

SHARED = Path(__file__).resolve().parents[2] / "shared"
LETTER = SHARED / "seeds" / "000_e3977af694b74fda.txt"
CORPUS = SHARED / "corpus" / "texts"
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


def records_alone(report: minestats.Audit) -> float:
    """Seconds to build every record of ``report`` again, each from its fields' finished values."""
    from pydantic import BaseModel

    from minestats._types import built

    plan: list[tuple[type[BaseModel], dict[str, Any]]] = []
    seen: set[int] = set()

    def collect(value: Any) -> None:
        if isinstance(value, BaseModel):
            if id(value) in seen:
                return
            seen.add(id(value))
            fields = {k: getattr(value, k) for k in value.__pydantic_fields_set__}
            for v in fields.values():
                collect(v)
            plan.append((type(value), fields))
        elif isinstance(value, tuple | list):
            for v in value:
                collect(v)

    for records in (report.figures, report.claims, report.verdicts, report.shares, report.flags):
        collect(records)
    start = time.perf_counter()
    for cls, fields in plan:
        built(cls, fields)
    return time.perf_counter() - start


def measure(name: str, text: str, repeat: int, target: float) -> bool:
    size_mb = len(text.encode("utf-8")) / MB
    t_extract, found = best_of(repeat, lambda: minestats.extract(text))
    t_audit, report = best_of(repeat, lambda: minestats.audit(text))
    t_records = records_alone(report)
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
        f"  records alone:      {size_mb / t_records:8.2f} MB/s  (extract + records alone:"
        f" {size_mb / (t_extract + t_records):.2f} MB/s, the most any audit that builds them can reach)"
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
    texts = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if texts:
        corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in texts) + "\n\n"
        real = (corpus * (args.size // len(corpus) + 1))[: args.size]
        measure(f"real texts (the {len(texts)} corpus texts, repeated)", real, args.repeat, 1.0)
    else:
        print(f"real texts: skipped, the corpus is not here ({CORPUS})")
    measure("percentage-dense text", dense(args.size), args.repeat, 0.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
