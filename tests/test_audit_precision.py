"""Tests of minestats._audit._precision: significant digits, rounded figures, false-precision flags."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

import minestats
from minestats._audit._figures import items
from minestats._audit._precision import ROUND_SHARES, flags, rounded, significant


@pytest.mark.parametrize(
    ("stated", "digits"),
    [("375000", 3), ("1.5E+6", 2), ("0.050", 2), ("11258", 5), ("86600", 3), ("0", 1), ("14.20", 4)],
)
def test_significant(stated: str, digits: int) -> None:
    assert significant(Decimal(stated)) == digits


def _figure(value: str, unit: str, qualifier: str | None = None) -> minestats.Figure:
    return minestats.Figure(
        id="f",
        label="F",
        value=value,
        unit=unit,
        entity="mines" if unit == "count" else None,
        qualifier=qualifier,
        locator=minestats.Locator(paragraph=1, quote=value),
    )


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "expected"),
    [
        ("86600", "km²", None, True),  # trailing zeros in an area
        ("11258", "km²", None, False),
        ("11258", "km²", "about", True),  # an approximate qualifier
        ("11258", "km²", "more than", False),  # a bound is not a rounding
        ("500", "count", None, False),  # a count stated to the unit is exact
        ("1.5 million", "count", None, True),  # a multiplier
        ("2.5", "ha", None, False),
    ],
)
def test_rounded(value: str, unit: str, qualifier: str | None, expected: bool) -> None:
    assert rounded(_figure(value, unit, qualifier)) is expected


def test_round_shares_are_whole_per_cents_and_small_fractions() -> None:
    assert list(ROUND_SHARES) == sorted(set(ROUND_SHARES))
    assert all(0 < s < 1 for s in ROUND_SHARES)
    assert {Fraction(1, 3), Fraction(7, 10), Fraction(13, 100)} <= set(ROUND_SHARES)
    assert Fraction(1, 11) not in ROUND_SHARES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1.5 million mines were laid; 375,000 mines are anti-tank.", [("mines_375000", "1/4")]),
        ("Survey covered 86,600 km². Of it, 11,258 km² is mined.", [("km2_11258", "13 per cent")]),
        ("Survey covered 86,600 km². Of it, 11,300 km² is mined.", []),  # no more digits than the source
        ("Teams found 400 mines; 100 mines were destroyed.", []),  # exact counts are not rounded sources
        ("Survey covered 86,600 km². Of it, 11,258 ha is mined.", []),  # not a round share once converted
        # every whole number below 200 is a whole per cent of 200: a coincidence, not a derivation
        ("Surveys found 200 km2 of hazards and confirmed 42 km2 of them.", []),
        (
            "Surveys found 2,000 km2 of hazards and confirmed 42.6 km2 of them.",
            [],
        ),  # 0.1 km² steps, 20 km² apart
        (
            "Surveys found 2,000 km2 of hazards and confirmed 420 km2 of them.",
            [],
        ),  # no more digits than the source
        ("About 6,000 people remain; teams cleared over 1,500 roads.", []),  # a bound claims no precision
        ("About 6,000 people remain; teams cleared 1,500 roads.", []),  # counts of different things
        (
            "Surveys found 12,000 km2 of hazards and confirmed 3,120 km2 of them.",
            [("km2_3120", "26 per cent")],
        ),
        # values in whole square metres (a hectare is 10,000 of them) and in halves and eighths of one:
        # both ways of looking a share up find the same flags
        (
            "About 7.5 ha were fenced; 1.875 ha of it lay by the road, and 3 ha by the river.",
            [("ha_1_875", "1/4")],
        ),
        (
            "About 12.5 square metres of the yard were searched; 3.125 square metres held fragments.",
            [("m2_3_125", "1/4")],
        ),
        # a figure in another paragraph that lands on a round share does so by chance, unless its own
        # sentence states that share; a bound is no source
        ("Donors gave $190 million in 2015.\n\nThe rise was $85.5 million.", []),
        (
            "Donors gave $190 million in 2015. The rise was $85.5 million.",
            [("usd_85_5_million", "45 per cent")],
        ),
        (
            "Donors gave $190 million in 2015.\n\nThe rise was $85.5 million, 45 per cent.",
            [("usd_85_5_million", "45 per cent")],
        ),
        ("Over 1.5 million mines were laid; 375,000 mines are anti-tank.", []),
        # 240 is 40 per cent of 600 as every tenth of 600 is a whole per cent: 2/5 is no rarer landing
        ("The crews cleared 600 km of road and 240 km of pipes.", []),
    ],
)
def test_flags(text: str, expected: list[tuple[str, str]]) -> None:
    found = flags(items(text, minestats.extract(text), {}))
    assert [(f.figure, f.share) for f in found] == expected
    for flag in found:
        assert flag.quote in flag.reason
        assert flag.of_quote in flag.reason
