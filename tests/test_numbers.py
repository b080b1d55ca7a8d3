from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minestats._format import format_stated
from minestats._interval import rounding_interval
from minestats._numbers import (
    _compound_states,
    _digits_stand_alone,
    _words_then_digits,
    decimal_of,
    decimal_ratio,
    parse_stated,
    quote_states,
    written_forms,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.2", "14.2"),
        ("14.20", "14.20"),
        ("11258", "11258"),
        ("11,258", "11258"),
        ("165,871.5", "165871.5"),
        ("1.5 million", "1.5E+6"),
        ("62 thousand", "6.2E+4"),
        ("2 billion", "2E+9"),
        ("1.5E+6", "1.5E+6"),
        (" 3.6 ", "3.6"),
        (382, "382"),
        (Decimal("0.50"), "0.50"),
    ],
)
def test_parse_keeps_stated_digits(text: object, expected: str) -> None:
    value = parse_stated(text)
    assert str(value) == expected
    assert value.as_tuple() == Decimal(expected).as_tuple()


@pytest.mark.parametrize(
    "bad",
    [14.2, "1.234,5", "12,34", "NaN", "inf", "", "about 3", "١٢", "1_000", True, None, Decimal("NaN"), "3 %"],
)
def test_parse_rejects(bad: object) -> None:
    with pytest.raises(ValueError, match="number"):
        parse_stated(bad)


def test_parse_rejects_float_with_advice() -> None:
    with pytest.raises(ValueError, match="in quotes"):
        parse_stated(14.20)


@pytest.mark.parametrize(
    ("value", "whole", "low", "high"),
    [
        ("14.2", False, "14.15", "14.25"),
        ("3.6", False, "3.55", "3.65"),
        ("14.20", False, "14.195", "14.205"),
        ("11258", False, "11257.5", "11258.5"),
        ("382", True, "382", "382"),
        ("1.5E+6", True, "1.45E+6", "1.55E+6"),
    ],
)
def test_rounding_interval(value: str, whole: bool, low: str, high: str) -> None:
    assert rounding_interval(Decimal(value), whole=whole) == (Decimal(low), Decimal(high))


stated_numbers = st.builds(
    lambda digits, places, mult: (
        (f"{digits[:-places]}.{digits[-places:]}" if 0 < places < len(digits) else digits)
        + (f" {mult}" if mult else "")
    ),
    st.from_regex(r"[1-9][0-9]{0,8}", fullmatch=True),
    st.integers(0, 4),
    st.sampled_from(["", "thousand", "million"]),
)


@given(stated_numbers)
def test_format_parse_round_trip(text: str) -> None:
    value = parse_stated(text)
    again = parse_stated(format_stated(value))
    assert again == value
    assert again.as_tuple() == value.as_tuple()


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=0, max_value=10**9, places=3))
def test_interval_contains_value_and_has_the_width_of_one_last_digit(value: Decimal) -> None:
    low, high = rounding_interval(value)
    assert low <= value <= high
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    assert high - low == Decimal(1).scaleb(exponent)


def test_decimal_of_is_exact_when_it_terminates() -> None:
    assert decimal_of(Fraction(1658715, 1000)) == Decimal("1658.715")
    assert decimal_of(Fraction(1, 3), digits=5) == Decimal("0.33333")


@given(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers(min_value=-(10**12), max_value=10**12).filter(bool),
    st.sampled_from([28, 6, 40]),
)
def test_decimal_ratio_is_decimal_of_the_fraction(numerator: int, denominator: int, digits: int) -> None:
    # the same digits and exponent, whatever terms the value is given in
    expected = decimal_of(Fraction(numerator, denominator), digits)
    for k in (1, 7, -3):
        found = decimal_ratio(numerator * k, denominator * k, digits)
        assert str(found) == str(expected)


def test_decimal_ratio_of_a_zero_denominator_raises_as_the_fraction_does() -> None:
    with pytest.raises(ZeroDivisionError):
        decimal_ratio(3, 0)


@pytest.mark.parametrize(
    ("quote", "value", "states"),
    [
        ("a field of 4,051 ha", "4051", True),  # grouped: the second usual form
        ("a field of 4051 ha", "4051", True),  # as written: the first
        ("a field of 4.051 ha", "4051", True),  # a locale's grouping: past the usual forms
        ("a field of 405 ha", "405", True),
        ("a field of 1,405 ha", "405", False),  # inside a longer number
        ("12.50 per cent", "12.50", True),
        ("12.5 per cent", "12.50", False),  # the digits as stated
        ("1,234.5 m2", "1234.5", True),
        ("1234,5 m2", "1234.5", True),  # a decimal comma: past the usual forms
        ("nine dogs", "9", True),  # in words
        ("-5 degrees", "-5", True),  # a sign: the general path
    ],
)
def test_quote_states_plain_digits_as_every_form_does(quote: str, value: str, states: bool) -> None:
    assert quote_states(quote, Decimal(value)) is states


@pytest.mark.parametrize(
    ("quote", "value", "states"),
    [
        ("about 11,258 square kilometres", "11258", True),
        ("11 258 km2", "11258", True),
        ("in 211,258 cases", "11258", False),
        ("some 12 million 400 thousand 15 square metres were searched", "12400015", True),
        ("3 millones 250 mil hectáreas", "3250000", True),
        ("7 миллионов 20 тысяч", "7020000", True),
        ("12 million 400 thousand 15", "12400", False),  # the groups, not one of them
        ("400 thousand 12 million", "12400000", False),  # multipliers must fall
        ("12 million 4000 thousand", "16000000", False),  # a group has at most three digits
        ("2.5 million 300 thousand", "2800000", False),  # a group is a whole number
        ("12.5 million", "5000000", False),  # nor the decimals of one
        ("1,500 million", "500000000", False),
    ],
)
def test_quote_states_digits_grouped_or_with_multipliers(quote: str, value: str, states: bool) -> None:
    # A figure's quote must write its value; a number written as digit groups between falling
    # multipliers ("12 million 400 thousand 15") writes the sum of the groups.
    assert quote_states(quote, Decimal(value)) is states


@pytest.mark.parametrize(
    ("quote", "value", "states"),
    [
        ("Six hundred and 12 mines were lifted", "612", True),
        ("Quatrocentos e 7 quilómetros de pista", "407", True),
        ("Doscientas 40 hectáreas", "240", True),
        ("Trois mille 250 mines", "3250", True),
        ("Четыреста 18 мин", "418", True),
        ("Six hundred and 112 mines", "712", False),  # after hundreds, the digits are below 100
        ("Six hundred and 12 mines", "12600", False),
        ("Six and 12 mines", "18", False),  # no hundreds in words
        ("Six hundred and 12.5 mines", "612.5", False),  # a whole number only
    ],
)
def test_quote_states_hundreds_in_words_then_digits(quote: str, value: str, states: bool) -> None:
    assert quote_states(quote, Decimal(value)) is states


# -- quote_states tries the usual forms first: the answer is that of every written form --------


def _states_by_every_form(quote: str, value: Decimal) -> bool:
    """The reference: some written form of ``value`` stands alone in ``quote``."""
    for form in written_forms(value):
        if form[0].isalpha():
            if re.search(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", quote, re.IGNORECASE):
                return True
        elif _digits_stand_alone(quote, form):
            return True
    # digit groups between multipliers ("12 million 400 thousand"), hundreds in words then digits
    return _compound_states(quote, value) or _words_then_digits(quote, value)


@pytest.mark.parametrize(
    ("quote", "value", "states"),
    [
        ("some 12,480 hectares were searched", "12480", True),
        ("some 12 480 hectares were searched", "12480", True),
        ("some 12.480 hectares were searched", "12480", True),
        ("some 212,480 hectares were searched", "12480", False),
        ("some 12,480.5 hectares were searched", "12480", False),
        ("seven teams and 7.0 per cent", "7.0", True),
        ("seven teams", "7", True),
        ("about 2.3 million people", "2.3E+6", True),
        ("about 2,300,000 people", "2.3E+6", True),
        ("in 1.234,5 square metres", "1234.5", True),
        ("in 1,234,5 square metres", "1234.5", False),
        ("a budget of $11,339 million for demining", "1.1339E+10", True),  # a smaller multiplier, grouped
        ("a budget of $11,339 million for demining", "1.1338E+10", False),
        ("some 4,500 thousand mines", "4.5E+6", True),
        ("some 14,500 thousand mines", "4.5E+6", False),
    ],
)
def test_quote_states(quote: str, value: str, states: bool) -> None:
    assert quote_states(quote, Decimal(value)) is states
    assert _states_by_every_form(quote, Decimal(value)) is states


@given(
    st.builds(lambda digits, exponent: Decimal(digits).scaleb(exponent),
              st.integers(min_value=0, max_value=10**9), st.integers(min_value=-3, max_value=3)),
    st.sampled_from(["", "1", "a", ".", ",5", " ", "1,"]),
    st.sampled_from(["", "1", "x", ".0", ",", " km"]),
    st.integers(min_value=0, max_value=20),
)  # fmt: skip
def test_quote_states_agrees_with_every_written_form(
    value: Decimal, before: str, after: str, pick: int
) -> None:
    forms = written_forms(value)
    quote = before + forms[pick % len(forms)] + after
    assert quote_states(quote, value) is _states_by_every_form(quote, value)
    other = value + 1
    assert quote_states(quote, other) is _states_by_every_form(quote, other)


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        (Decimal("9" * 100), True),  # the most digits
        (Decimal("9" * 101), False),
        (Decimal("0." + "1" * 100), True),  # 100 digits, a text of 102 characters
        (Decimal("0." + "1" * 101), False),
        (Decimal("1E+999"), True),
        (Decimal("1E+1000"), False),
        (Decimal("-" + "7" * 100), True),  # a sign is not a digit
    ],
)
def test_a_stated_number_has_at_most_100_digits_within_its_range(value: Decimal, kept: bool) -> None:
    if kept:
        assert parse_stated(value) is value
    else:
        with pytest.raises(ValueError, match="at most 100 digits"):
            parse_stated(value)
