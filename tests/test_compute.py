from __future__ import annotations

from decimal import Decimal

import pint
import pytest

import minestats
from minestats import ExpressionError, UnitError


@pytest.fixture(scope="module")
def letter() -> minestats.Document:
    return minestats.letter()


@pytest.mark.parametrize(
    ("expression", "magnitude", "unit"),
    [
        ("cleared_area / minefield_area", "14.73365606679694439509682004", "percent"),
        ("minefield_area − cleared_area", "9599.285", "kilometer ** 2"),
        ("cleared_area - cleared_area", "0", "hectare"),
        ("cleared_share × minefield_area", "1598.636", "kilometer ** 2"),
        ("(post_conflict_killed + post_conflict_injured) ÷ 2", "191", "dimensionless"),
        ("-mine_victims + 3461", "0", "dimensionless"),
        ("mine_victims_children/mine_victims", "10.37272464605605316382548396", "percent"),
        ("2 * (3 + 4)", "14", "dimensionless"),
        ("years_under_occupation", "30", "year"),
        ("cleared_area / 10", "16587.15", "hectare"),
        ("minefield_area * 2 / minefield_area", "200", "percent"),
        ("minefield_area-cleared_area", "9599.285", "kilometer ** 2"),
    ],
)
def test_expressions(letter: minestats.Document, expression: str, magnitude: str, unit: str) -> None:
    q = minestats.compute(letter, expression, exact=True)
    assert q.magnitude == Decimal(magnitude)
    assert str(q.units) == unit


def test_float_result_combines_with_user_quantities(letter: minestats.Document) -> None:
    area = minestats.compute(letter, "minefield_area - cleared_area")
    assert isinstance(area.magnitude, float)
    user = pint.get_application_registry().Quantity(400.715, "km**2")
    assert (area + user).to("km**2").magnitude == pytest.approx(10000)


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("__import__('os')", "unexpected '_'"),
        ("cleared_area.real", "unexpected '.'"),
        ("cleared_area[0]", "unexpected '\\['"),
        ("lambda: 1", "unexpected ':'|no figure"),
        ("[x for x in y]", "unexpected '\\['"),
        ("9**9**9", "unexpected '\\*'"),
        ("1 +", "ends where"),
        ("(1 + 2", "missing '\\)'"),
        ("1 + 2)", "unexpected '\\)'"),
        ("", "empty"),
        ("no_such_figure + 1", "no figure with id 'no_such_figure'"),
        ("other_devices_planted + 1", "no stated value"),
        ("mine_victims / (mine_victims - 3461)", "division by zero"),
        ("1e5", "unexpected 'e'"),
        ("(" * 60 + "1" + ")" * 60, "nests deeper"),
        ("1+" * 1500 + "1", "longer than"),
        ("Cleared_area", "unexpected 'C'"),
    ],
)
def test_rejected_expressions(letter: minestats.Document, expression: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=message) as info:
        minestats.compute(letter, expression)
    assert isinstance(info.value, ValueError)
    assert info.value.expression == expression[:200]


def test_error_points_at_the_position(letter: minestats.Document) -> None:
    with pytest.raises(ExpressionError) as info:
        minestats.compute(letter, "cleared_area ^ 2")
    assert info.value.position == 13
    assert str(info.value).endswith("cleared_area ^ 2\n               ^")


@pytest.mark.parametrize(
    "expression",
    [
        "cleared_area + mine_victims",
        "mine_victims - years_under_occupation",
        "cleared_area + 1",
        "cleared_share + 1",
        "1 - mine_victims / mine_victims",
    ],
)
def test_unlike_quantities_cannot_be_added(letter: minestats.Document, expression: str) -> None:
    with pytest.raises(UnitError, match="cannot"):
        minestats.compute(letter, expression)
