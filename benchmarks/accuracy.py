"""Precision and recall of minestats.extract on the labelled sentences and on the letter.

Usage::

    python benchmarks/accuracy.py

Labelled sets: ``tests/extract_cases.yaml`` (sentences written for the tests,
used while building the extractor) and ``benchmarks/extract_holdout.yaml``
(written afterwards, never used to tune it).
A mention counts as right when its number, kind and, for quantities, value
(digits included), unit and qualifier are the labelled ones.

Letter: the figures of the bundled data file ``un-24-23652.yaml`` are the
truth. Recall is the share of those figures found with the right value,
unit, qualifier and paragraph; precision is the share of the quantities
extract reports that are figures of the data file. The audit's findings on
the letter's stated percentages are printed after.
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

import minestats

ROOT = Path(__file__).resolve().parents[1]
LETTER = ROOT.parent / "shared" / "seeds" / "000_e3977af694b74fda.txt"
_NUMBER = re.compile(r"[0-9][0-9.,]*(?:st|nd|rd|th)?|[A-Za-z]+(?:-[a-z]+)?")


def _number(mention: minestats.Mention) -> str:
    if mention.kind in ("symbol", "malformed"):
        return mention.text
    match = _NUMBER.match(mention.text)
    return match.group() if match else mention.text


def _key(number: str, kind: str, value: Any, unit: Any, qualifier: Any) -> tuple[Any, ...]:
    if kind != "quantity":
        return (number, kind)
    digits = None if value is None else Decimal(value).as_tuple()
    return (number, kind, digits, unit, qualifier)


def labelled(path: Path, name: str) -> None:
    cases = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    expected: list[tuple[Any, ...]] = []
    found: list[tuple[Any, ...]] = []
    quantity_expected = quantity_found = quantity_right = 0
    for index, case in enumerate(cases):
        want = [
            (index, *_key(e["number"], e["kind"], e.get("value"), e.get("unit"), e.get("qualifier")))
            for e in case["expect"]
        ]
        got = [
            (index, *_key(_number(m), m.kind, m.value, m.unit, m.qualifier))
            for m in minestats.extract(case["text"])
        ]
        expected.extend(want)
        found.extend(got)
        want_q = {w for w in want if w[2] == "quantity"}
        got_q = {g for g in got if g[2] == "quantity"}
        quantity_expected += len(want_q)
        quantity_found += len(got_q)
        quantity_right += len(want_q & got_q)
    right = len(set(expected) & set(found))
    for item in sorted(set(expected) - set(found), key=str):
        print(f"  missed: sentence {item[0] + 1}: {item[1:]}")
    for item in sorted(set(found) - set(expected), key=str):
        print(f"  wrong:  sentence {item[0] + 1}: {item[1:]}")
    print(f"{name}: {len(cases)} sentences, {len(expected)} numeric mentions")
    print(
        f"  all mentions (number and kind; quantities with value, unit, qualifier):"
        f" precision {right / len(found):.3f}, recall {right / len(expected):.3f}"
    )
    print(
        f"  quantities only: precision {quantity_right / quantity_found:.3f},"
        f" recall {quantity_right / quantity_expected:.3f} ({quantity_right} of {quantity_expected})"
    )


def letter() -> None:
    if not LETTER.exists():
        print(f"letter: skipped, its text is not here ({LETTER})")
        return
    text = LETTER.read_text(encoding="utf-8")
    figures = minestats.letter().figures
    quantities = minestats.extract(text).quantities

    def same(f: minestats.Figure, m: minestats.Mention) -> bool:
        return (
            f.locator.paragraph == m.paragraph
            and f.unit == m.unit
            and f.value == m.value
            and (f.value is None or f.stated.replace(",", "") == m.stated)
            and f.qualifier == m.qualifier
        )

    found = [f for f in figures if any(same(f, m) for m in quantities)]
    genuine = [m for m in quantities if any(same(f, m) for f in figures)]
    print(f"letter: {len(figures)} figures in the data file, {len(quantities)} quantities extracted")
    print(
        f"  recall {len(found) / len(figures):.3f} ({len(found)} of {len(figures)}),"
        f" precision {len(genuine) / len(quantities):.3f} ({len(genuine)} of {len(quantities)})"
    )
    for f in figures:
        if f not in found:
            print(f"  missed: {f.id} ({f.text})")
    for m in quantities:
        if m not in genuine:
            print(f"  extra: {m.quote!r}")
    report = minestats.audit(text, name="un-24-23652")
    print("  audit of the stated percentages:")
    for share in report.shares:
        print(f"    {share}")


def main() -> int:
    labelled(ROOT / "tests" / "extract_cases.yaml", "labelled development set (tests/extract_cases.yaml)")
    labelled(
        ROOT / "benchmarks" / "extract_holdout.yaml",
        "labelled held-out set (benchmarks/extract_holdout.yaml)",
    )
    letter()
    return 0


if __name__ == "__main__":
    sys.exit(main())
