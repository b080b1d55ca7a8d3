"""The one formatter: stated numbers, derived numbers and unit labels."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minestats._format import format_stated, grouped, num, signed, unit_label, with_unit
from minestats._numbers import parse_stated


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("14.20", "14.20"),
        ("165871.5", "165,871.5"),
        ("1.5E+6", "1.5 million"),
        ("6.2E+4", "62 thousand"),
        ("382", "382"),
        ("1000000", "1,000,000"),
    ],
)
def test_grouped_keeps_the_stated_digits(value: str, text: str) -> None:
    assert grouped(Decimal(value)) == text
    assert parse_stated(grouped(Decimal(value))) == Decimal(value)
    assert str(parse_stated(format_stated(Decimal(value)))) == str(Decimal(value))


@pytest.mark.parametrize(
    ("value", "digits", "rounding", "text"),
    [
        ("14.733712", 4, None, "14.73"),
        ("14.733712", 4, ROUND_FLOOR, "14.73"),
        ("14.733712", 4, ROUND_CEILING, "14.74"),
        ("0.000123456", 3, None, "0.000123"),
        ("1234567.891", 4, None, "1,234,568"),
        ("0", 4, None, "0"),
    ],
)
def test_num(value: str, digits: int, rounding: str | None, text: str) -> None:
    if rounding is None:
        assert num(Decimal(value), digits) == text
    else:
        assert num(Decimal(value), digits, rounding) == text


def _num_by_hand(value: Decimal, digits: int, rounding: str) -> str:
    """The reference for :func:`num`: rounded in a local context, then grouped as a stated number."""
    if value == 0:
        return "0"
    exponent = min(value.adjusted() - digits + 1, 0)
    with localcontext() as ctx:
        ctx.prec = max(28, value.adjusted() + 2)
        rounded = value.quantize(Decimal(1).scaleb(exponent), rounding=rounding)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return grouped(Decimal(text))


@given(
    st.builds(
        lambda digits, exponent, negative: Decimal(-digits if negative else digits).scaleb(exponent),
        st.integers(min_value=0, max_value=10**15),
        st.integers(min_value=-20, max_value=20),
        st.booleans(),
    ),
    st.sampled_from([4, 8, 12]),
    st.sampled_from([ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_CEILING]),
)
def test_num_is_the_rounding_written_out(value: Decimal, digits: int, rounding: str) -> None:
    # the text depends on the value only: the same for every way of writing an equal value (the checks
    # cache the text of a stated interval by its ends)
    assert num(value, digits, rounding) == _num_by_hand(value, digits, rounding)
    assert num(value.normalize(), digits, rounding) == num(value, digits, rounding)


@pytest.mark.parametrize(
    ("first", "second"),
    [("25", "25.0"), ("1.5E+6", "1500000"), ("7.50", "7.5"), ("1.20E+4", "1.2E+4")],
)
def test_stated_numbers_are_written_as_stated_even_when_equal(first: str, second: str) -> None:
    # format_stated and grouped remember numbers by how they are written, never by their value alone
    for value in (first, second, first):
        assert format_stated(Decimal(value)) == format_stated(_Plain(value))
        assert grouped(Decimal(value)) == grouped(_Plain(value))
    assert grouped(Decimal(first)) != grouped(Decimal(second))


class _Plain(Decimal):
    """A Decimal subclass: format_stated and grouped write it without their caches."""


def test_num_of_an_open_end() -> None:
    assert num(None) == "unbounded"


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [("0.5337", "pp", "+0.5337 pp"), ("-12.28", "pp", "-12.28 pp"), ("0", "people", "±0 people")],
)
def test_signed(value: str, unit: str, text: str) -> None:
    assert signed(Decimal(value), unit, 4) == text


@pytest.mark.parametrize(
    ("unit", "entity", "words", "label"),
    [
        ("percent", None, False, "%"),
        ("percent", None, True, "per cent"),
        ("km²", None, False, "km²"),
        ("ha", None, True, "ha"),
        ("count", "landmines", False, "landmines"),
        ("count", None, False, "items"),
        ("year", None, True, "years"),
        ("month", None, False, "months"),
        ("percentage points", None, False, "percentage points"),
    ],
)
def test_unit_label(unit: str, entity: str | None, words: bool, label: str) -> None:
    assert unit_label(unit, entity, words=words) == label


@pytest.mark.parametrize(
    ("unit", "entity", "text"),
    [
        ("percent", None, "3.6 %"),
        ("count", None, "3.6"),
        ("count", "people", "3.6 people"),
        ("ha", None, "3.6 ha"),
    ],
)
def test_with_unit(unit: str, entity: str | None, text: str) -> None:
    assert with_unit("3.6", unit, entity) == text


@pytest.mark.parametrize(
    ("number", "text"),
    [
        ("-1234", "-1,234"),
        ("-123", "-123"),
        ("12345.678", "12,345.678"),
        ("1" + "0" * 4500, "1" + ",000" * 1500),  # beyond what int() reads: grouped by hand
        ("-" + "9" * 4002 + ".5", "-" + ",".join(["999"] * 1334) + ".5"),
    ],
)
def test_commas_group_whole_digits_only(number: str, text: str) -> None:
    from minestats._format import _commas

    assert _commas(number) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("1.2345E+10", "12.345 billion"),
        ("7E+3", "7 thousand"),
        ("4.1E+13", "41 trillion"),
        ("1.2E+1", "12"),  # an exponent of 0: plain digits
        ("5E+1", "5E+1"),  # no multiplier leaves a whole part: as it is
        # more digits than the context's 28: written through scaleb's rounding, as it always was
        ("12345678901234567890123456789012E+6", "12345678901234567890123456.79 trillion"),
    ],
)
def test_format_stated_picks_the_largest_multiplier(value: str, text: str) -> None:
    assert format_stated(Decimal(value)) == text
