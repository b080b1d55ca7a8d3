"""The one interval module: what a stated number and its qualifier stand for."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from minestats._interval import Interval, common_scale, rounding_interval, scaled_rounding


@pytest.mark.parametrize(
    ("stated", "whole", "low", "high"),
    [
        ("14.2", False, "14.15", "14.25"),
        ("14.20", False, "14.195", "14.205"),
        ("3.6", False, "3.55", "3.65"),
        ("382", True, "382", "382"),
        ("382", False, "381.5", "382.5"),
        ("1.5E+6", True, "1.45E+6", "1.55E+6"),
        ("0", False, "-0.5", "0.5"),
    ],
)
def test_rounding_interval(stated: str, whole: bool, low: str, high: str) -> None:
    assert rounding_interval(Decimal(stated), whole=whole) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("stated", "qualifier", "approximate", "low", "high"),
    [
        ("14.2", None, "stated", "14.15", "14.25"),
        ("0", None, "stated", "0", "0.5"),  # never below zero
        # a bound keeps the rounding of its number, as a document's checks read it
        ("2700", "more than", "stated", "2699.5", None),
        ("2700", "over", "stated", "2699.5", None),
        ("12.0", "more than", "stated", "11.95", None),
        ("12.0", "more than", "significant", "11.95", None),  # "significant" is for vague words only
        ("180", "nearly", "stated", "0", "180.5"),
        ("180", "up to", "stated", "0", "180.5"),
        ("1400", "about", "stated", "1399.5", "1400.5"),  # a vague qualifier does not widen by default
        ("1400", "about", "significant", "1350", "1450"),
        ("1400", "an estimated", "significant", "1350", "1450"),
    ],
)
def test_stated_with_qualifier(
    stated: str, qualifier: str | None, approximate: str, low: str, high: str | None
) -> None:
    interval = Interval.stated(Decimal(stated), qualifier=qualifier, approximate=approximate)  # type: ignore[arg-type]
    assert interval.low == Fraction(low)
    assert interval.high == (None if high is None else Fraction(high))
    assert interval.point == Fraction(stated)


@pytest.mark.parametrize(
    ("qualifier", "low", "high"),
    [("more than", "2700", None), ("at least", "2700", None), ("nearly", "0", "2700")],
)
def test_a_bound_on_a_count_stated_to_the_unit_is_the_count_itself(
    qualifier: str, low: str, high: str | None
) -> None:
    interval = Interval.stated(Decimal("2700"), whole=True, qualifier=qualifier)
    assert (interval.low, interval.high) == (Fraction(low), None if high is None else Fraction(high))


def test_factor_converts_every_end() -> None:
    km2 = Interval.stated(Decimal("11258"), factor=Fraction(10**6))
    assert km2.triple() == (Fraction(11257500000), Fraction(11258000000), Fraction(11258500000))


@pytest.mark.parametrize(
    ("a", "b", "meet"),
    [
        ((1, 2), (2, 3), True),
        ((1, 2), (3, 4), False),
        ((5, None), (1, 4), False),
        ((5, None), (1, 5), True),
        ((0, None), (100, None), True),
    ],
)
def test_overlaps(a: tuple[int, int | None], b: tuple[int, int | None], meet: bool) -> None:
    def make(ends: tuple[int, int | None]) -> Interval:
        return Interval(Fraction(ends[0]), None if ends[1] is None else Fraction(ends[1]))

    assert make(a).overlaps(make(b)) is meet
    assert make(b).overlaps(make(a)) is meet


def test_total_adds_ends_and_an_open_end_stays_open() -> None:
    parts = [Interval.stated(Decimal("65"), whole=True), Interval.stated(Decimal("276"), whole=True)]
    assert Interval.total(parts).triple() == (Fraction(341), Fraction(341), Fraction(341))
    parts.append(Interval.stated(Decimal("10"), qualifier="more than"))
    total = Interval.total(parts)
    assert total.high is None
    assert total.low == Fraction(701, 2)  # "more than 10": from 9.5, the low end of its rounding
    assert 10**9 in total
    assert 350 not in total


# -- the vectorised rule is the scalar rule, row by row --------------------------------------


def _scalar(stated: Decimal, decimals: int, factor: int, whole: bool) -> tuple[int, int, int]:
    interval = Interval.stated(stated, whole=whole, factor=Fraction(factor) * 10**decimals)
    low, point, high = interval.triple()
    assert low.denominator == point.denominator == high.denominator == 1
    return int(low), int(point), int(high)


stated_numbers = st.builds(
    lambda digits, exponent: Decimal(digits).scaleb(exponent),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=-6, max_value=4),
)


@given(
    st.lists(st.tuples(stated_numbers, st.sampled_from([1, 100, 10**4])), min_size=1, max_size=30),
    st.booleans(),
    st.booleans(),
)
def test_vectorised_intervals_equal_the_scalar_ones(
    rows: list[tuple[Decimal, int]], whole: bool, exact: bool
) -> None:
    mantissa = np.array([int(v.scaleb(-v.as_tuple().exponent)) for v, _ in rows], dtype=np.int64)  # type: ignore[operator]
    exponent = np.array([v.as_tuple().exponent for v, _ in rows], dtype=np.int64)
    factor = np.array([f for _, f in rows], dtype=np.int64)
    decimals = int(max(-exponent.min(), 0)) + 1
    if (
        not exact
        and int(mantissa.max()) * 10 ** (decimals + int(exponent.max())) * int(factor.max()) >= 2**62
    ):
        exact = True  # int64 would overflow; the caller (check_shares) makes the same choice
    low, point, high = scaled_rounding(mantissa, exponent, decimals, factor, whole=whole, exact=exact)
    for i, (value, f) in enumerate(rows):
        assert (int(low[i]), int(point[i]), int(high[i])) == _scalar(value, decimals, f, whole)


_STATED = st.builds(
    lambda digits, exponent: Decimal(digits).scaleb(exponent),
    st.integers(min_value=0, max_value=10**30),
    st.integers(min_value=-40, max_value=40),
)
_FACTORS = st.sampled_from(
    [Fraction(1), Fraction(1, 100), Fraction(10**4), Fraction(10**6), Fraction(1, 12),
     Fraction(40468564224, 10**7), Fraction(2589988110336, 10**6)]
)  # fmt: skip


def _rule(value: Decimal, whole: bool, factor: Fraction) -> tuple[Fraction, Fraction, Fraction]:
    """The rounding rule written out on fractions: the reference for the integer paths."""
    low, high = rounding_interval(value, whole=whole)
    return max(Fraction(low), Fraction(0)) * factor, Fraction(value) * factor, Fraction(high) * factor


@given(st.lists(st.tuples(_STATED, st.booleans(), _FACTORS), min_size=1, max_size=8))
def test_common_scale_is_exactly_the_stated_interval(items: list[tuple[Decimal, bool, Fraction]]) -> None:
    scale, rows = common_scale(items)
    for (value, whole, factor), (low, point, high) in zip(items, rows, strict=True):
        expected = _rule(value, whole, factor)
        assert (Fraction(low, scale), Fraction(point, scale), Fraction(high, scale)) == expected
        assert Interval.stated(value, whole=whole, factor=factor).triple() == expected


@pytest.mark.parametrize(
    ("text", "whole", "factor"),
    [("-3.5", False, Fraction(1)), ("-0", True, Fraction(1)), ("0.04", False, Fraction(10**4)),
     ("1.5E+6", True, Fraction(1)), ("382", True, Fraction(1, 12)), ("2.50", False, Fraction(10**6))],
)  # fmt: skip
def test_stated_interval_without_a_qualifier_is_the_rounding_rule(
    text: str, whole: bool, factor: Fraction
) -> None:
    interval = Interval.stated(Decimal(text), whole=whole, factor=factor)
    assert interval.triple() == _rule(Decimal(text), whole, factor)
    if whole and "." not in text and "E" not in text:  # exact: one value, one object for its ends
        assert interval.low is interval.point is interval.high


@pytest.mark.parametrize("text", ["1.5E+6", "0E-7", "165871.5", "0.0", "9" * 100, "1E+999", "1E-999"])
def test_common_scale_reads_every_form_of_a_stated_number(text: str) -> None:
    scale, ((low, point, high),) = common_scale([(Decimal(text), False, Fraction(1))])
    assert Fraction(point, scale) == Fraction(Decimal(text))
    assert (Fraction(low, scale), Fraction(high, scale)) == Interval.stated(Decimal(text)).triple()[::2]


@pytest.mark.parametrize(
    ("first", "second", "whole"),
    [("25", "25.0", False), ("1.5E+6", "1500000", True), ("7.50", "7.5", False), ("12", "12", True)],
)
def test_rounding_intervals_are_kept_by_how_the_number_is_written(
    first: str, second: str, whole: bool
) -> None:
    # the intervals are cached by the number's text: equal values written otherwise have their own ends
    for text in (first, second, first):
        low, high = rounding_interval(Decimal(text), whole=whole)
        exponent = Decimal(text).as_tuple().exponent
        assert isinstance(exponent, int)
        half = Decimal(0) if whole and exponent <= 0 else Decimal(5).scaleb(exponent - 1)
        assert (str(low), str(high)) == (str(Decimal(text) - half), str(Decimal(text) + half))
    assert rounding_interval(Decimal(first), whole=whole) == rounding_interval(Decimal(first), whole=whole)
