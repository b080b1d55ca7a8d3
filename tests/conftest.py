"""Shared fixtures and configuration of the minestats test suite.

Hypothesis profiles: ``ci`` (the default) tries a bounded number of examples
so the suite stays fast; ``long`` tries many more; ``single`` tries one (for
``benchmarks/hostile.py``, which times each test as one input). Select one with the
``MINESTATS_HYPOTHESIS_PROFILE`` environment variable (see docs/testing.md).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import minestats

pytest_plugins = ["pytester"]

settings.register_profile(
    "ci",
    max_examples=50,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# One example per property: what benchmarks/hostile.py times, so each test is one input.
settings.register_profile("single", max_examples=1, deadline=None, derandomize=True, database=None)
settings.load_profile(os.environ.get("MINESTATS_HYPOTHESIS_PROFILE", "ci"))

#: The shared folder of sources, beside the repository (absent in a bare checkout).
SEEDS = Path(__file__).parents[2] / "shared" / "seeds"


@pytest.fixture
def letter_text() -> str:
    """The bundled letter's data file, as text."""
    source = minestats.letter().source
    assert source is not None
    return Path(source).read_text(encoding="utf-8")


@pytest.fixture
def letter_file(tmp_path: Path, letter_text: str) -> Path:
    """A copy of the letter's data file in a temporary folder."""
    path = tmp_path / "letter.yaml"
    path.write_text(letter_text, encoding="utf-8")
    return path


def _alter(text: str, old: str, new: str) -> str:
    """``text`` with the one line ``old`` replaced by ``new`` (both without indentation).

    A changed ``value: X`` changes the figure's quote too, so the quote states the new value
    (a quote must state its figure's value).
    """
    lines = text.splitlines(keepends=True)
    hits = [i for i, line in enumerate(lines) if line.strip() == old]
    assert len(hits) == 1, f"{old!r} is on {len(hits)} lines of the data file"
    index = hits[0]
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    lines[index] = f"{indent}{new}\n"
    if old.startswith("value: ") and new.startswith("value: "):
        stated_old = _grouped(old.removeprefix("value: "))
        stated_new = new.removeprefix("value: ")
        for follow in range(index + 1, min(index + 8, len(lines))):
            if "quote:" in lines[follow] and stated_old in lines[follow]:
                lines[follow] = lines[follow].replace(stated_old, stated_new, 1)
                break
    return "".join(lines)


def _grouped(number: str) -> str:
    """A plain number with its thousands grouped by commas, as the letter's quotes write them."""
    whole, dot, fraction = number.partition(".")
    return f"{int(whole):,}{dot}{fraction}" if whole.isdigit() else number


@pytest.fixture
def alter() -> Callable[[str, str, str], str]:
    """A function that replaces one line of a data file's text (indentation kept)."""
    return _alter


#: A total as the audit tests of totals write it: kind, total, parts and status ("sum", "58", ["25", "33"],
#: "consistent").
TotalRow = tuple[str, str, list[str], str]


def _assert_totals(report: minestats.Audit, expected: list[TotalRow]) -> None:
    values = {f.id: f.value for f in report.figures}
    claims = {c.id: c for c in report.claims}
    got = []
    for verdict in report.verdicts:
        if verdict.kind in (minestats.ClaimKind.SHARE, minestats.ClaimKind.BOUND):
            continue  # bounds (a change's way, a target) are tested with _changes and _bounds
        claim = claims[verdict.claim]
        reading = claim.readings[0]
        total = claim.stated or reading.whole[0]
        got.append(
            (verdict.kind.value, values[total], [values[p] for p in reading.part], verdict.status.value)
        )
    assert got == [(k, Decimal(t), [Decimal(p) for p in parts], s) for k, t, parts, s in expected]


@pytest.fixture
def assert_totals() -> Callable[[minestats.Audit, list[TotalRow]], None]:
    """A function that asserts an audit's totals (every verdict but shares and bounds), in order."""
    return _assert_totals
