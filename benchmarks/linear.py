"""Readings with many operands: the cost of a check grows linearly with them.

Run:  python benchmarks/linear.py [--share 2000] [--parts 100000]

Prints, for a share reading with ``--share`` operands a side and for a sum of
``--parts`` parts (and for a tenth of each, to show the growth), the time of
the check itself on a loaded document (``minestats.check_reading``), of building
the document (``Document.model_validate``), and end to end: for the share, the
two together; for the sum, the single-claim function ``check_sum``, whose
plain stated numbers take a direct path that builds no document (the document
path, building plus checking, is the "via document" column: what ``check_sum``
cost before). The baseline, measured in the same run, is the time to add the
same stated numbers once as :class:`fractions.Fraction` values: a floor for
any exact check that looks at each operand.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import minestats


def _fig(ident: str, value: str, unit: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": ident,
        "label": ident,
        "value": value,
        "unit": unit,
        "locator": {"quote": ident},
    }
    if unit == "count":
        data["entity"] = "items"
    return data


def share_data(n: int, rng: random.Random) -> dict[str, Any]:
    """n areas in ha with one decimal over n areas in km²: the worst case for the ratio's extremes."""
    parts = [f"{rng.randint(0, 10**5)}.{rng.randint(0, 9)}" for _ in range(n)]
    wholes = [str(rng.randint(10**3, 10**4)) for _ in range(n)]
    figures = [_fig(f"p{i}", v, "ha") for i, v in enumerate(parts)]
    figures += [_fig(f"w{i}", v, "km²") for i, v in enumerate(wholes)]
    figures.append(_fig("s", "0.9", "percent"))
    claim = {"id": "c", "kind": "share", "label": "l", "stated": "s",
             "part": [f"p{i}" for i in range(n)], "whole": [f"w{i}" for i in range(n)]}  # fmt: skip
    return {"id": "d", "title": "t", "figures": figures, "claims": [claim]}


def sum_parts(n: int, rng: random.Random) -> list[str]:
    return [str(rng.randint(0, 10**5)) for _ in range(n)]


def best(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def fraction_floor(values: list[str]) -> float:
    return best(lambda: sum((Fraction(Decimal(v)) for v in values), Fraction(0)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=int, default=2000, help="operands on each side of the share")
    parser.add_argument("--parts", type=int, default=100_000, help="parts of the sum")
    args = parser.parse_args()
    rng = random.Random(13)
    print(f"minestats {minestats.__version__}")
    header = (
        f"{'reading':<28} {'check s':>9} {'document s':>11} {'via document s':>15}"
        f" {'end to end s':>13} {'floor s':>8}"
    )
    print(header)
    for n in (args.share // 10, args.share):
        data = share_data(n, rng)
        document = minestats.Document.model_validate(data)
        check = best(lambda document=document: minestats.check_reading(document, "c"))
        build = best(lambda data=data: minestats.Document.model_validate(data))
        values = [f["value"] for f in data["figures"]]
        floor = fraction_floor(values)
        print(
            f"{f'share, {n:,} a side':<28} {check:>9.3f} {build:>11.3f} {check + build:>15.3f}"
            f" {check + build:>13.3f} {floor:>8.3f}"
        )
    for n in (args.parts // 10, args.parts):
        parts = sum_parts(n, rng)
        total = str(sum(int(p) for p in parts))
        data = {"id": "d", "title": "t", "figures": [_fig(f"p{i}", v, "count") for i, v in enumerate(parts)]
                + [_fig("t", total, "count")],
                "claims": [{"id": "c", "kind": "sum", "label": "l", "stated": "t",
                            "part": [f"p{i}" for i in range(n)]}]}  # fmt: skip
        document = minestats.Document.model_validate(data)
        check = best(lambda document=document: minestats.check_reading(document, "c"))
        build = best(lambda data=data: minestats.Document.model_validate(data), repeat=1)
        end = best(lambda parts=parts, total=total: minestats.check_sum(parts, total))
        floor = fraction_floor(parts)
        print(
            f"{f'sum, {n:,} parts':<28} {check:>9.3f} {build:>11.3f} {check + build:>15.3f}"
            f" {end:>13.3f} {floor:>8.3f}"
        )


if __name__ == "__main__":
    main()
