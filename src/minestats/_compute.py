"""Derived figures: a small arithmetic language over figure ids, evaluated exactly.

Grammar (whitespace between tokens is ignored)::

    expression := term (("+" | "-") term)*
    term       := factor (("*" | "/") factor)*
    factor     := ("+" | "-") factor | NUMBER | FIGURE_ID | "(" expression ")"

``×``, ``÷`` and ``−`` are accepted for ``*``, ``/`` and ``-``; figure ids
never hold a ``-``, so ``a-b`` is ``a`` minus ``b``. The text is
tokenised and parsed by hand; nothing is ever passed to :func:`eval`.
"""

from __future__ import annotations

import math
import re
import warnings
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING, Any

from ._errors import ExpressionError, ExpressionWarning, UnitError
from ._limits import MAX_COMPUTE_DIGITS, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH
from ._numbers import decimal_of
from ._units import registry
from ._vocab import UNITS

if TYPE_CHECKING:  # pragma: no cover
    import pint

    from ._models import Document

__all__ = ["MAX_DEPTH", "MAX_LENGTH", "compute"]

#: Longest expression accepted, in characters (kept here under its former name).
MAX_LENGTH = MAX_EXPRESSION_LENGTH
#: Deepest nesting of parentheses and signs accepted (kept here under its former name).
MAX_DEPTH = MAX_EXPRESSION_DEPTH

_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<number>[0-9]+(?:\.[0-9]+)?)"
    r"|(?P<name>[a-z][a-z0-9_]*)"
    r"|(?P<op>[-+*/()\u00d7\u00f7\u2212])",
    re.ASCII,
)
_OPS = {"\u00d7": "*", "\u00f7": "/", "\u2212": "-"}
#: Bits of a numerator or denominator of MAX_COMPUTE_DIGITS decimal digits.
_MAX_BITS = math.ceil(MAX_COMPUTE_DIGITS * math.log2(10))

# Dimensions: (base, exponent) pairs, sorted, no zero exponent. The bases are length, time,
# counted items and each currency (a dimension of its own: amounts in two currencies never mix).
Dims = tuple[tuple[str, int], ...]
_PURE: Dims = ()
_LENGTH, _TIME, _ITEMS, _MASS = "length", "time", "items", "mass"
_FIXED: dict[str, Dims] = {
    "area": ((_LENGTH, 2),),
    "count": ((_ITEMS, 1),),
    "length": ((_LENGTH, 1),),
    "mass": ((_MASS, 1),),
    "ratio": _PURE,
    "time": ((_TIME, 1),),
}
#: The dimensions of every unit of the vocabulary: those above, and one per currency.
_DIMS: dict[str, Dims] = {
    unit.dimension: _FIXED.get(unit.dimension, ((unit.dimension, 1),)) for unit in UNITS.values()
}
#: The unit of each currency's dimension (``"money USD"``: ``"USD"``).
_CURRENCIES: dict[str, str] = {u.dimension: u.name for u in UNITS.values() if u.dimension.startswith("money")}


@dataclass(frozen=True)
class _Value:
    magnitude: Fraction  # in base units: m, year, item, one unit of a currency
    dims: Dims
    unit: str | None  # a minestats unit to show the result in, if it fits
    ratio: bool = False  # a quotient of like quantities: shown in percent
    entity: str | None = None  # what a count counts, while the operands agree on it
    hundred: bool = False  # multiplied by the number 100 on the way (percent already scales)


def compute(document: Document, expression: str, *, exact: bool = False) -> pint.Quantity[Any]:
    """Evaluate an arithmetic expression over the figures of ``document``.

    Parameters
    ----------
    document : Document
    expression : str
        ``+ - * /``, parentheses, numbers and figure ids, e.g.
        ``"cleared_area / minefield_area"``.
    exact : bool
        If True the magnitude is a :class:`~decimal.Decimal` computed exactly
        (to 28 significant digits); by default it is a float, so the quantity
        combines with the user's own.

    Returns
    -------
    pint.Quantity
        In the application registry: a percent for a quotient of like
        quantities, the unit of the first area operand for areas, a plain
        number for counts; derived units read per km² and per year (a
        density of mines is per km², not per m²). An amount of money is in
        its currency, in a registry of minestats' own (a currency is no pint
        unit, and minestats defines none in yours). The quantity's
        ``entity`` attribute names what a count or a density counts
        (``"people"`` for ``mine_victims / minefield_area``) when its
        operands agree on it, else None; arithmetic on the quantity drops it.

    Raises
    ------
    ExpressionError
        For anything outside the language, an unknown figure id, a figure
        without a stated value, a division by zero, a value on the way with
        more than 10,000 digits (:data:`~minestats._limits.MAX_COMPUTE_DIGITS`),
        or (without ``exact``) a result too large or too small for a float.
    UnitError
        For sums of unlike quantities (an area plus a count of people, or
        amounts in two currencies).

    Warns
    -----
    ExpressionWarning
        When the number 100 multiplies a result shown in percent
        (``a / b * 100``): a quotient of like quantities is already a
        percentage, so the factor gives 1,300 per cent for 13.

    Examples
    --------
    >>> import minestats
    >>> doc = minestats.letter()
    >>> share = minestats.compute(doc, "cleared_area / minefield_area")
    >>> f"{share:.2f~P}"
    '14.73 %'
    >>> f"{minestats.compute(doc, 'minefield_area - cleared_area'):.3f~P}"
    '9599.285 km²'
    >>> density = minestats.compute(doc, "mine_victims / minefield_area")
    >>> f"{density:.4f~P}", density.entity
    ('0.3074 1/km²', 'people')
    """
    value = _Parser(document, expression).parse()
    unit = _display_unit(value)
    if unit is not None:
        magnitude_fraction = value.magnitude / UNITS[unit].factor
        pint_unit = UNITS[unit].pint or unit  # a currency: its code, in minestats' own registry
    else:
        magnitude_fraction, pint_unit = _readable(value)
    if value.hundred and unit == "percent":
        warnings.warn(
            f"{expression!r} multiplies a percentage by 100, and gives {decimal_of(magnitude_fraction, 6)}"
            " per cent: a quotient of like quantities is already in percent; leave out the factor 100",
            ExpressionWarning,
            stacklevel=2,
        )
    magnitude: Decimal | float = (
        decimal_of(magnitude_fraction) if exact else _float(magnitude_fraction, expression)
    )
    money = any(base in _CURRENCIES for base, _ in value.dims)
    quantity = (_money_registry() if money else registry()).Quantity(magnitude, pint_unit)
    counted = any(base == _ITEMS for base, _ in value.dims)
    quantity.entity = value.entity if counted else None  # type: ignore[attr-defined]
    return quantity


def _readable(value: _Value) -> tuple[Fraction, str]:
    """The magnitude and a pint unit for a derived quantity: areas in km², times in years.

    A density of mines (a count over an area) is given per km², not per m²;
    other powers of a length stay in metres.
    """
    factor = Fraction(1)
    parts = []
    for base, exponent in value.dims:
        if base == _LENGTH and exponent in (2, -2):  # an area, or a density per area
            parts.append(f"kilometer ** {exponent}")
            factor *= Fraction(10**6) ** (exponent // 2)
        elif base == _LENGTH:
            parts.append(f"meter ** {exponent}")
        elif base == _TIME:
            parts.append(f"year ** {exponent}")
        elif base == _MASS:
            parts.append(f"kilogram ** {exponent}")
        elif base != _ITEMS:  # a currency
            parts.append(f"{_CURRENCIES[base]} ** {exponent}")
    return value.magnitude / factor, " * ".join(parts) or "dimensionless"


@cache
def _money_registry() -> pint.UnitRegistry[Any]:
    """A small pint registry of minestats' own for amounts of money: each currency a dimension.

    The user's registry is never changed; amounts of money do not combine
    with its quantities anyway, and pint itself refuses to add two currencies.
    """
    import pint

    reg: pint.UnitRegistry[Any] = pint.UnitRegistry(None)
    for definition in ("meter = [length] = m", "kilometer = 1000 * meter = km", "year = [time]"):
        reg.define(definition)
    for dimension, code in _CURRENCIES.items():
        reg.define(f"{code} = [{dimension.replace(' ', '_')}]")
    return reg


def _float(magnitude: Fraction, expression: str) -> float:
    """The magnitude as a float; an error, never inf or a silent 0.0, when it has no float."""
    try:
        result = float(magnitude)
    except OverflowError:
        result = math.inf
    if math.isinf(result) or (result == 0 and magnitude != 0):
        size = "large" if math.isinf(result) else "small"
        raise ExpressionError(
            f"the result is too {size} for a float; pass exact=True for an exact Decimal",
            expression=expression,
        )
    return result


def _display_unit(value: _Value) -> str | None:
    if value.dims == _PURE and value.ratio:
        return "percent"
    if value.unit is not None and _DIMS[UNITS[value.unit].dimension] == value.dims:
        return value.unit
    for unit in ("km²", "count", "year"):
        if value.dims == _DIMS[UNITS[unit].dimension]:
            return unit
    if len(value.dims) == 1 and value.dims[0][1] == 1 and value.dims[0][0] in _CURRENCIES:
        return _CURRENCIES[value.dims[0][0]]
    return None


class _Parser:
    def __init__(self, document: Document, text: str) -> None:
        self.document = document
        self.text = text
        if not isinstance(text, str):
            raise ExpressionError("an expression must be a string", expression=repr(text))
        if len(text) > MAX_LENGTH:
            raise ExpressionError(f"the expression is longer than {MAX_LENGTH} characters", expression=text)
        self.tokens = self._tokenise(text)
        self.index = 0

    def _fail(self, message: str, position: int | None = None) -> ExpressionError:
        return ExpressionError(message, expression=self.text, position=position)

    def _tokenise(self, text: str) -> list[tuple[str, str, int]]:
        tokens: list[tuple[str, str, int]] = []
        position = 0
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None:
                char = text[position]
                hint = ""
                if char in "._[]{}'\"=<>!%^&|~,:;@`\\" or char.isalpha():
                    hint = "; only + - * / ( ), numbers and figure ids are allowed"
                raise self._fail(f"unexpected {char!r} at position {position}{hint}", position)
            kind = match.lastgroup
            assert kind is not None
            end = match.end()
            if kind in ("number", "name") and end < len(text) and (text[end].isalnum() or text[end] in "_."):
                raise self._fail(f"unexpected {text[end]!r} at position {end}", end)
            if kind != "space":
                token = match.group()
                tokens.append((kind, _OPS.get(token, token), position))
            position = end
        if not tokens:
            raise self._fail("the expression is empty")
        return tokens

    def _peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def parse(self) -> _Value:
        value = self._expression(0)
        extra = self._peek()
        if extra is not None:
            raise self._fail(f"unexpected {extra[1]!r} at position {extra[2]}", extra[2])
        return value

    def _expression(self, depth: int) -> _Value:
        value = self._term(depth)
        while (token := self._peek()) is not None and token[1] in "+-":
            self.index += 1
            right = self._term(depth)
            value = self._bounded(self._add(value, right, token), token)
        return value

    def _term(self, depth: int) -> _Value:
        value = self._factor(depth)
        while (token := self._peek()) is not None and token[1] in "*/":
            self.index += 1
            right = self._factor(depth)
            value = self._bounded(self._multiply(value, right, token), token)
        return value

    def _bounded(self, value: _Value, token: tuple[str, str, int]) -> _Value:
        """``value``, unless its exact fraction has grown beyond MAX_COMPUTE_DIGITS digits.

        Exact products of figures near 1E+999 grow without end; past the bound
        they would take seconds and give a result no Decimal can hold.
        """
        fraction = value.magnitude
        if max(fraction.numerator.bit_length(), fraction.denominator.bit_length()) > _MAX_BITS:
            raise self._fail(
                f"the value computed at position {token[2]} has more than {MAX_COMPUTE_DIGITS:,} digits",
                token[2],
            )
        return value

    def _factor(self, depth: int) -> _Value:
        if depth > MAX_DEPTH:
            raise self._fail(f"the expression nests deeper than {MAX_DEPTH} levels")
        token = self._peek()
        if token is None:
            raise self._fail("the expression ends where a number or figure id was expected", len(self.text))
        kind, text, position = token
        self.index += 1
        if kind == "op" and text in "+-":
            inner = self._factor(depth + 1)
            return inner if text == "+" else replace(inner, magnitude=-inner.magnitude)
        if kind == "op" and text == "(":
            inner = self._expression(depth + 1)
            closing = self._peek()
            if closing is None or closing[1] != ")":
                where = closing[2] if closing else len(self.text)
                raise self._fail(f"missing ')' for the '(' at position {position}", where)
            self.index += 1
            return inner
        if kind == "number":
            number = Fraction(Decimal(text))
            return _Value(number, _PURE, None, hundred=number == 100)
        if kind == "name":
            return self._figure(text, position)
        raise self._fail(f"unexpected {text!r} at position {position}", position)

    def _figure(self, name: str, position: int) -> _Value:
        figure = next((f for f in self.document.figures if f.id == name), None)
        if figure is None:
            raise self._fail(f"no figure with id {name!r} in document {self.document.id!r}", position)
        if figure.value is None:
            raise self._fail(f"figure {name!r} has no stated value ({figure.locator.quote!r})", position)
        unit = figure.unit_info
        dims = _DIMS[unit.dimension]
        entity = figure.entity if dims == _DIMS["count"] else None
        return _Value(unit.to_base(Fraction(figure.value)), dims, unit.name, entity=entity)

    def _add(self, left: _Value, right: _Value, token: tuple[str, str, int]) -> _Value:
        # A plain number added to a count is a count; added to anything else it is an error.
        if _plain(left) != _plain(right):
            other = right if _plain(left) else left
            if other.dims != _DIMS["count"]:
                raise UnitError(
                    f"cannot {'add' if token[1] == '+' else 'subtract'} a plain number and {_describe(other)}"
                    f" (at position {token[2]} of {self.text!r}); give the number as a figure with its unit"
                )
            left = replace(left, dims=_DIMS["count"], entity=left.entity or right.entity)
            right = replace(right, dims=_DIMS["count"], entity=left.entity)
        if left.dims != right.dims:
            raise UnitError(
                f"cannot {'add' if token[1] == '+' else 'subtract'} {_describe(right)}"
                f" {'to' if token[1] == '+' else 'from'} {_describe(left)}"
                f" (at position {token[2]} of {self.text!r})"
            )
        magnitude = left.magnitude + right.magnitude if token[1] == "+" else left.magnitude - right.magnitude
        return _Value(
            magnitude,
            left.dims,
            left.unit or right.unit,
            left.ratio and right.ratio,
            left.entity if left.entity == right.entity else None,
            left.hundred or right.hundred,
        )

    def _multiply(self, left: _Value, right: _Value, token: tuple[str, str, int]) -> _Value:
        counted = {v.entity for v in (left, right) if dict(v.dims).get(_ITEMS)}
        entity = counted.pop() if len(counted) == 1 else None  # both count the same, or one counts
        if token[1] == "*":
            dims = _dims_add(left.dims, right.dims, 1)
            unit = next(
                (v.unit for v in (left, right) if v.unit and _DIMS[UNITS[v.unit].dimension] == dims), None
            )
            ratio = dims == _PURE and (left.ratio or right.ratio)
            hundred = left.hundred or right.hundred
            return _Value(left.magnitude * right.magnitude, dims, unit, ratio, entity, hundred)
        if right.magnitude == 0:
            raise self._fail(f"division by zero at position {token[2]}", token[2])
        dims = _dims_add(left.dims, right.dims, -1)
        ratio = dims == _PURE and (left.dims != _PURE or left.unit == "percent" or right.unit is not None)
        unit = left.unit if left.unit and _DIMS[UNITS[left.unit].dimension] == dims else None
        return _Value(left.magnitude / right.magnitude, dims, unit, ratio, entity, left.hundred)


def _dims_add(a: Dims, b: Dims, sign: int) -> Dims:
    """The dimensions of a product (``sign`` 1) or a quotient (``sign`` -1)."""
    exponents = dict(a)
    for base, exponent in b:
        exponents[base] = exponents.get(base, 0) + sign * exponent
    return tuple(sorted((base, e) for base, e in exponents.items() if e))


def _plain(value: _Value) -> bool:
    return value.dims == _PURE and value.unit is None and not value.ratio


def _describe(value: _Value) -> str:
    if value.dims == _PURE and not _plain(value):
        return "a percentage"
    names = {
        _FIXED["area"]: "an area",
        _FIXED["length"]: "a length",
        _FIXED["mass"]: "a mass",
        _FIXED["time"]: "a time",
        _FIXED["count"]: "a count",
        _PURE: "a plain number",
    }
    if len(value.dims) == 1 and value.dims[0][0] in _CURRENCIES and value.dims[0][1] == 1:
        return f"an amount in {_CURRENCIES[value.dims[0][0]]}"
    return names.get(value.dims, "a derived quantity")
