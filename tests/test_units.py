from __future__ import annotations

from fractions import Fraction
from typing import Any

import pint
import pytest

import minestats
from helpers import application_registry, application_registry_set_to
from minestats._units import canonical_unit, quantity, registry
from minestats._vocab import UNITS


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("km²", "km²"),
        ("km2", "km²"),
        ("square kilometres", "km²"),
        ("Square  Kilometers", "km²"),
        ("hectares", "ha"),
        ("ha", "ha"),
        ("m^2", "m²"),
        ("%", "percent"),
        ("per cent", "percent"),
        ("count", "count"),
        ("years", "year"),
    ],
)
def test_canonical_unit(written: str, canonical: str) -> None:
    assert canonical_unit(written) == canonical


@pytest.mark.parametrize("bad", ["roods", "furlongs", "", "people", "kg"])
def test_unknown_unit_is_a_unit_error(bad: str) -> None:
    with pytest.raises(minestats.UnitError, match="unknown unit") as info:
        canonical_unit(bad)
    assert info.value.unit == bad
    assert isinstance(info.value, ValueError)


def test_exact_factors_agree_with_pint() -> None:
    reg = registry()
    for unit in UNITS.values():
        if unit.dimension == "area":
            pint_m2 = quantity(1, unit.name).to(reg.meter**2).magnitude
            assert abs(pint_m2 / float(unit.factor) - 1) < 1e-12, unit.name


def test_a_currency_has_no_pint_quantity() -> None:
    with pytest.raises(minestats.UnitError, match="USD has no pint unit"):
        quantity(1, "USD")


def test_hectares_to_square_kilometres_is_exact() -> None:
    ha, km2 = UNITS["ha"], UNITS["km²"]
    assert km2.from_base(ha.to_base(Fraction("165871.5"))) == Fraction("1658.715")


def test_quantities_live_in_the_application_registry() -> None:
    q = quantity(3, "km²")
    mine = application_registry().Quantity(2, "km**2")
    assert (q + mine).to("hectare").magnitude == pytest.approx(500)


def test_a_user_registry_set_as_application_registry_is_followed() -> None:
    user: pint.UnitRegistry[Any] = pint.UnitRegistry()
    with application_registry_set_to(user):
        area = minestats.letter().figure("minefield_area").quantity
        assert (area + user.Quantity(2, "km**2")).magnitude == pytest.approx(11260)
