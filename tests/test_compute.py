from __future__ import annotations

import warnings
from decimal import Decimal
from fractions import Fraction

import pint
import pytest

import minestats
from helpers import application_registry, document, figure
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
    user = application_registry().Quantity(400.715, "km**2")
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


# -- readable units, the counted entity, money, and percent scaled twice ----------------------

FIELD = document(
    figure("killed", "70", "count", entity="people"),
    figure("injured", "312", "count", entity="people"),
    figure("mines", "1500", "count", entity="mines"),
    figure("area", "250", "km²"),
    figure("cleared", "1200", "ha"),
    figure("years", "4", "year"),
    figure("grant_a", "32.5", "USD"),
    figure("grant_b", "7.5", "USD"),
    figure("grant_eu", "12", "EUR"),
)


@pytest.mark.parametrize(
    ("expression", "magnitude", "unit", "entity"),
    [
        ("mines / area", Fraction(1500, 250), "1 / kilometer ** 2", "mines"),
        ("(killed + injured) / area", Fraction(382, 250), "1 / kilometer ** 2", "people"),
        ("(killed + mines) / area", Fraction(1570, 250), "1 / kilometer ** 2", None),
        ("mines / cleared", Fraction(1500, 12), "1 / kilometer ** 2", "mines"),  # 1,200 ha is 12 km²
        ("area / killed", Fraction(250, 70), "kilometer ** 2", "people"),
        ("mines / years", Fraction(1500, 4), "1 / year", "mines"),
        ("cleared / years / area", Fraction(12, 4 * 250), "1 / year", None),
        ("killed + injured", Fraction(382), "dimensionless", "people"),
        ("killed + 8", Fraction(78), "dimensionless", "people"),
        ("killed / injured", Fraction(7000, 312), "percent", None),
        ("killed * mines", Fraction(70 * 1500), "dimensionless", None),
        ("area", Fraction(250), "kilometer ** 2", None),
    ],
)
def test_readable_units_and_the_counted_entity(
    expression: str, magnitude: Fraction, unit: str, entity: str | None
) -> None:
    q = minestats.compute(FIELD, expression, exact=True)
    assert abs(Fraction(q.magnitude) - magnitude) <= magnitude / 10**25  # 28 significant digits
    assert str(q.units) == unit
    assert q.entity == entity


@pytest.mark.parametrize(
    ("expression", "magnitude", "unit"),
    [
        ("grant_a + grant_b", "40.0", "USD"),
        ("grant_a - grant_b", "25.0", "USD"),
        ("grant_a / area", "0.13", "USD / kilometer ** 2"),
        ("grant_a / killed", "0.4642857142857142857142857143", "USD"),
        ("grant_a * 2", "65.0", "USD"),
        ("grant_a / grant_eu", "2.708333333333333333333333333", "USD / EUR"),
    ],
)
def test_money(expression: str, magnitude: str | None, unit: str) -> None:
    q = minestats.compute(FIELD, expression, exact=True)
    if magnitude is not None:
        assert q.magnitude == Decimal(magnitude)
    assert str(q.units) == unit


def test_money_share_is_a_percentage() -> None:
    q = minestats.compute(FIELD, "grant_b / (grant_a + grant_b)", exact=True)
    assert (q.magnitude, str(q.units)) == (Decimal("18.75"), "percent")


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("grant_a + grant_eu", "cannot add an amount in EUR to an amount in USD"),
        ("grant_a - grant_eu", "cannot subtract an amount in EUR from an amount in USD"),
        ("grant_a + 5", "cannot add a plain number and an amount in USD"),
        ("grant_a + area", "cannot add an area to an amount in USD"),
        ("grant_a + killed", "cannot add a count to an amount in USD"),
    ],
)
def test_currencies_never_mix(expression: str, message: str) -> None:
    with pytest.raises(UnitError, match=message):
        minestats.compute(FIELD, expression)


def test_money_does_not_touch_the_users_registry() -> None:
    q = minestats.compute(FIELD, "grant_a + grant_b")
    assert f"{q:~P}" == "40.0 USD"
    with pytest.raises(pint.UndefinedUnitError):
        application_registry().Unit("USD")


@pytest.mark.parametrize(
    "expression",
    [
        "killed / injured * 100",
        "100 * killed / injured",
        "killed * 100 / injured",
        "(killed / injured) * 100",
    ],
)
def test_percent_times_100_warns(expression: str) -> None:
    with pytest.warns(minestats.ExpressionWarning, match="already in percent") as caught:
        q = minestats.compute(FIELD, expression)
    assert q.magnitude == pytest.approx(7000 / 312 * 100)  # the value is what was asked for
    assert caught[0].filename == __file__
    assert issubclass(minestats.ExpressionWarning, minestats.MinestatsWarning)


@pytest.mark.parametrize(
    "expression", ["killed / injured", "killed * 100", "area * 100", "2 * killed / injured", "killed / 100"]
)
def test_no_warning_without_a_percentage_times_100(expression: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        minestats.compute(FIELD, expression)


@pytest.mark.parametrize(
    ("expression", "magnitude", "unit"),
    [
        ("road_a + road_b", "12", "kilometer"),
        ("road_a * road_b", "35", "kilometer ** 2"),  # two lengths make an area
        ("road_a / road_b", "140", "percent"),
        ("scrap / road_a", "0.5", "metric_ton / kilometer"),
        ("scrap + scrap", "7", "metric_ton"),
    ],
)
def test_lengths_and_masses(expression: str, magnitude: str, unit: str) -> None:
    # a length and a mass are dimensions of their own, never a currency or a count
    doc = document(figure("road_a", "7", "km"), figure("road_b", "5", "km"), figure("scrap", "3.5", "tonne"))
    result = minestats.compute(doc, expression, exact=True)
    assert result.to(unit).magnitude == pytest.approx(Decimal(magnitude))
    with pytest.raises(UnitError, match="cannot add a mass to a length"):
        minestats.compute(doc, "road_a + scrap")
