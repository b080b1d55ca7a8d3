"""Units: reading a unit's spelling, and a lazy bridge to pint.

The units themselves are defined in :mod:`minestats._vocab`. Verdicts never
go through floating point: each unit has an exact
:class:`~fractions.Fraction` factor to its dimension's base unit (m² for
areas). pint is imported only when a :class:`pint.Quantity` is asked for, and
then the user's *application registry* is used, so the quantities minestats
returns combine with the user's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import UnitError
from ._vocab import UNIT_ALIASES, UNITS, Unit

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = ["canonical_unit", "quantity", "registry", "unit_info"]


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
    if lowered in UNIT_ALIASES:
        return UNIT_ALIASES[lowered]
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
    """A pint Quantity of ``magnitude`` in a minestats unit name.

    A unit pint has no exact spelling for (the international acre) is given
    in its dimension's base unit (m²), converted by its exact factor.

    Raises
    ------
    UnitError
        For a unit whose dimension pint cannot express (currencies:
        minestats never defines units in the user's registry).
    """
    info = unit_info(unit)
    if info.pint:
        return registry().Quantity(magnitude, info.pint)
    base = next(
        (u for u in UNITS.values() if u.dimension == info.dimension and u.factor == 1 and u.pint), None
    )
    if base is None:
        raise UnitError(f"{info.name} has no pint unit; its amounts are kept as numbers", unit=unit)
    return registry().Quantity(magnitude * float(info.factor), base.pint)
