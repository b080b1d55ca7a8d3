"""Units: an exact conversion table, and a lazy bridge to pint.

Verdicts never go through floating point: each unit here has an exact
:class:`~fractions.Fraction` factor to its dimension's base unit (m² for
areas). pint is imported only when a :class:`pint.Quantity` is asked for, and
then the user's *application registry* is used, so the quantities minestats
returns combine with the user's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ._errors import UnitError

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = ["UNITS", "Unit", "canonical_unit", "quantity", "registry", "unit_info"]


@dataclass(frozen=True)
class Unit:
    """A unit minestats knows, with its exact factor to the base unit.

    Attributes
    ----------
    name : str
        Canonical spelling used in data files and tables (``"km²"``).
    dimension : str
        ``"area"``, ``"count"``, ``"ratio"`` or ``"time"``.
    factor : Fraction
        Exact size in the dimension's base unit (m², one item, one, one year).
    pint : str
        The unit as pint spells it.
    alternative : str or None
        The other unit a reader of this field expects beside it (ha for km²).
    """

    name: str
    dimension: str
    factor: Fraction
    pint: str
    alternative: str | None = None

    def to_base(self, value: Fraction) -> Fraction:
        return value * self.factor

    def from_base(self, value: Fraction) -> Fraction:
        return value / self.factor


UNITS: dict[str, Unit] = {
    u.name: u
    for u in (
        Unit("km²", "area", Fraction(10**6), "kilometer ** 2", "ha"),
        Unit("ha", "area", Fraction(10**4), "hectare", "km²"),
        Unit("m²", "area", Fraction(1), "meter ** 2", "ha"),
        Unit("percent", "ratio", Fraction(1, 100), "percent"),
        Unit("count", "count", Fraction(1), "dimensionless"),
        Unit("year", "time", Fraction(1), "year"),
        Unit("month", "time", Fraction(1, 12), "month"),
    )
}

_ALIASES = {
    "km2": "km²",
    "km^2": "km²",
    "km**2": "km²",
    "sq km": "km²",
    "square kilometre": "km²",
    "square kilometres": "km²",
    "square kilometer": "km²",
    "square kilometers": "km²",
    "hectare": "ha",
    "hectares": "ha",
    "m2": "m²",
    "m^2": "m²",
    "m**2": "m²",
    "square metre": "m²",
    "square metres": "m²",
    "square meter": "m²",
    "square meters": "m²",
    "%": "percent",
    "per cent": "percent",
    "pct": "percent",
    "years": "year",
    "months": "month",
}

# pint's own spellings, so pint and pint-pandas units are understood too.
_ALIASES.update({u.pint: u.name for u in UNITS.values()})


def canonical_unit(text: str) -> str:
    """The canonical name of a unit written in any accepted spelling.

    Raises
    ------
    UnitError
        When the unit is not one minestats knows; the message lists them.

    Examples
    --------
    >>> canonical_unit("square kilometres")
    'km²'
    >>> canonical_unit("%")
    'percent'
    """
    key = " ".join(text.strip().split())
    if key in UNITS:
        return key
    lowered = key.lower()
    if lowered in UNITS:
        return lowered
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    known = ", ".join(UNITS)
    raise UnitError(f"unknown unit {text!r}; known units are {known}", unit=text)


def unit_info(name: str) -> Unit:
    """The :class:`Unit` of a unit written in any accepted spelling."""
    return UNITS[canonical_unit(name)]


def registry() -> pint.UnitRegistry[Any]:
    """The pint registry minestats builds its quantities in.

    It is pint's *application registry*: set yours with
    :func:`pint.set_application_registry` and minestats follows it.
    Nothing is built until the first call.
    """
    import pint

    reg: pint.UnitRegistry[Any] = pint.get_application_registry()  # type: ignore[no-untyped-call]
    return reg


def quantity(magnitude: Any, unit: str) -> pint.Quantity[Any]:
    """A pint Quantity of ``magnitude`` in a minestats unit name."""
    return registry().Quantity(magnitude, unit_info(unit).pint)
