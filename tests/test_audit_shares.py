"""Tests of minestats._audit._shares: the exact share test, its float pre-filter, the search's scopes."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minestats
from minestats._audit._figures import Operand, items
from minestats._audit._shares import distance, prefilter

_STATED = st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=0, max_value=2),
)


def _operands(part: Decimal, whole: Decimal, stated: Decimal) -> tuple[Operand, Operand, Fraction, Fraction]:
    text = f"{part:f} hectares, {whole:f} hectares, {stated:f} per cent"
    found = items(text, minestats.extract(text), {})
    assert [i.figure.value for i in found] == [part, whole, stated]
    assert found[2].base is not None
    s_low, _, s_high = found[2].base.triple()
    return Operand.of([found[0]]), Operand.of([found[1]]), s_low, s_high


@settings(max_examples=200, deadline=None)
@given(part=_STATED, whole=_STATED, stated=_STATED.filter(lambda s: s <= 100))
def test_exact_test_agrees_with_the_core_check_and_the_prefilter_keeps_it(
    part: Decimal, whole: Decimal, stated: Decimal
) -> None:
    """``distance == 0`` exactly when the core check finds the share consistent; the pre-filter keeps it."""
    p, w, s_low, s_high = _operands(part, whole, stated)
    core = minestats.check_share(f"{part:f}", f"{whole:f}", f"{stated:f}", part_unit="ha", whole_unit="ha")
    exact = distance(p, w, s_low, s_high) == 0
    assert exact == (core.status is minestats.Status.CONSISTENT)
    if exact:
        assert prefilter(p, w, float(s_low), float(s_high))


@pytest.mark.parametrize(
    ("part", "whole", "stated", "expected"),
    [
        ("30", "200", "15", Fraction(0)),  # 29.5 / 200.5 to 30.5 / 199.5 holds 15 %
        ("30", "200", "20", Fraction(195, 1000) - Fraction(305, 1995)),  # short by the highest ratio
        ("30", "200", "10", Fraction(295, 2005) - Fraction(105, 1000)),  # over by the lowest ratio
    ],
)
def test_distance_is_how_far_the_nearest_ratio_is(
    part: str, whole: str, stated: str, expected: Fraction
) -> None:
    p, w, s_low, s_high = _operands(Decimal(part), Decimal(whole), Decimal(stated))
    assert distance(p, w, s_low, s_high) == expected


@pytest.mark.parametrize(
    ("text", "scope", "limited"),
    [
        ("Teams cleared 30 hectares of 200 hectares, 15 per cent.", "sentence", False),
        ("Teams cleared 30 hectares of 200 hectares. In all, 15 per cent was cleared.", "paragraph", False),
        ("Teams cleared 30 hectares of 200 hectares.\n\nIn all, 15 per cent was cleared.", "text", False),
        (
            "Teams cleared 30 hectares of 200 hectares, 15 per cent, "
            + ", ".join(f"{n} mines" for n in range(401, 420))
            + ".",
            "sentence",
            True,
        ),
    ],
)
def test_search_scope_and_limit(text: str, scope: str, limited: bool) -> None:
    (share,) = minestats.audit(text).shares
    assert (share.status, share.scope, share.limited) == ("reproduced", scope, limited)


def test_two_figures_side_by_side_are_one_part() -> None:
    text = "Of 200 hectares, 20 hectares and 10 hectares, 15 per cent, were cleared."
    (share,) = minestats.audit(text).shares
    assert share.status == "reproduced"
    assert share.matches[0].reading == "ha_20_and_ha_10_of_ha_200"
