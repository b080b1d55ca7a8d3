"""What a stated number means: its rounding interval, and what its qualifier does to it.

This is the one module that says which true values a stated number stands
for. The document checks, the table checks (vectorised over numpy arrays from
the same rule), the series, the reconciliation and the audit all take their
intervals from here.

The rules:

- A number stands for every true value that rounds to it at its last stated
  digit: "14.2" is [14.15, 14.25], "1.5 million" is [1.45, 1.55] million.
  Both ends count.
- A count stated to the unit is exact: "382 people" is [382, 382].
- Quantities are never negative: a low end below zero is 0.
- A directional qualifier makes the stated value a bound that keeps its
  rounding: "more than 12.0 %" is [11.95, ∞) % (a true 11.96 % is written
  "more than 12.0 %" by whoever rounds first), "nearly 180 thousand" is
  [0, 180.5 thousand]; a count stated to the unit has no rounding, so "more
  than 2,700 people" is [2,700, ∞). The checks of a document read bounds the
  same way (``docs/method.md``).
- A vague qualifier ("about", "some", "an estimated") never widens a verdict
  silently. Where a caller chooses to read it as rounding at the last
  significant digit ("about 1,400" as [1,350, 1,450]), it says so with
  ``approximate="significant"``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction
from functools import lru_cache
from typing import Any, Literal

from ._vocab import Direction, direction_of

__all__ = ["Interval", "common_scale", "rounding_interval", "scaled_rounding"]

#: How an "approximate" qualifier is read: at the stated digits (no widening),
#: or at the last significant digit ("about 1,400" is 1,400 rounded to hundreds).
Approximate = Literal["stated", "significant"]


def _half(exponent: int, whole: bool) -> Decimal:
    """Half a unit of the last stated digit; 0 for a count stated to the unit (the rule, once)."""
    if whole and exponent <= 0:
        return Decimal(0)
    return Decimal(5).scaleb(exponent - 1)


def rounding_interval(value: Decimal, *, whole: bool = False) -> tuple[Decimal, Decimal]:
    """The interval of true values that round to ``value`` at its last digit.

    Both ends belong to the interval. With ``whole=True`` (counts of things),
    a number stated to the unit is exact.

    Examples
    --------
    >>> rounding_interval(Decimal("14.2"))
    (Decimal('14.15'), Decimal('14.25'))
    >>> rounding_interval(Decimal("1.5E+6"), whole=True)
    (Decimal('1.45E+6'), Decimal('1.55E+6'))
    >>> rounding_interval(Decimal("382"), whole=True)
    (Decimal('382'), Decimal('382'))
    """
    if type(value) is Decimal:  # a number and its text give each other back: the text is the key
        return _rounding_of_text(str(value), whole)
    return _rounding(value, whole)


@lru_cache(maxsize=2048)
def _rounding_of_text(text: str, whole: bool) -> tuple[Decimal, Decimal]:
    """:func:`rounding_interval` of ``Decimal(text)``: the ends of a stated figure, once per wording."""
    return _rounding(Decimal(text), whole)


def _rounding(value: Decimal, whole: bool) -> tuple[Decimal, Decimal]:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    half = _half(exponent, whole)
    if not half:
        return value, value
    with localcontext() as ctx:
        ctx.prec = max(28, len(value.as_tuple().digits) + 2)
        return value - half, value + half


def scaled_rounding(
    mantissa: Any, exponent: Any, decimals: int, factor: Any, *, whole: bool, exact: bool
) -> tuple[Any, Any, Any]:
    """The rounding interval of many stated numbers at once, as scaled integers.

    Row ``i`` stands for ``mantissa[i] × 10**exponent[i]`` in a unit ``factor[i]``
    times the common one; the result is ``(low, point, high)`` in units of
    ``10**-decimals`` of the common unit, by the same rule as
    :func:`rounding_interval` (half a unit of the last digit; exact for a count
    stated to the unit; never below zero). ``decimals`` must exceed every
    ``-exponent``, so that half a unit is a whole number. With ``exact=True``
    the arrays hold Python integers (no overflow); else int64.

    Examples
    --------
    >>> import numpy as np
    >>> low, point, high = scaled_rounding(
    ...     np.array([142]), np.array([-1]), 2, np.array([1]), whole=False, exact=False)
    >>> int(low[0]), int(point[0]), int(high[0])
    (1415, 1420, 1425)
    """
    import numpy as np

    mantissa = mantissa.astype(object) if exact else mantissa
    shift = decimals + exponent
    point = mantissa * _pow10(shift, exact) * factor
    half = 5 * _pow10(np.maximum(shift - 1, 0), exact) * factor
    if whole:
        half = np.where(exponent <= 0, 0, half)
    low = point - half
    low = np.where(low < 0, 0, low)
    return low, point, point + half


def common_scale(
    values: Sequence[tuple[Decimal, bool, Fraction]],
) -> tuple[int, list[tuple[int, int, int]]]:
    """The rounding intervals of many stated numbers as integers over one denominator.

    Each item is ``(value, whole, factor)`` as for :meth:`Interval.stated`
    (no qualifier). Returns ``scale`` and, for each item, ``(low, point,
    high)`` such that ``low / scale`` is exactly
    ``Interval.stated(value, whole=whole, factor=factor).low``, and likewise
    for the point and the high end. A check then adds and compares plain
    integers, which costs far less than fractions of differing denominators
    (the linear cost of a reading with many operands).

    Examples
    --------
    >>> scale, rows = common_scale([(Decimal("14.2"), False, Fraction(1)), (Decimal("3"), True, Fraction(1))])
    >>> scale, rows
    (100, [(1415, 1420, 1425), (300, 300, 300)])
    """
    rows: list[tuple[int, int, int, Fraction]] = []
    top = 0
    denominator = 1
    for value, whole, factor in values:
        # value = mantissa * 10**exponent exactly; in units of 10**(exponent - 1) it is 10 * mantissa.
        # Read from the number's own text, which is faster than as_tuple() by far.
        head, _, tail = str(value).partition("E")
        exponent = int(tail) if tail else 0
        whole_digits, dot, decimals = head.partition(".")
        mantissa = int(whole_digits + decimals) if dot else int(head)
        exponent -= len(decimals)
        rows.append((mantissa, 1 - exponent, 0 if whole and exponent <= 0 else 5, factor))
        if exponent < 1 - top:
            top = 1 - exponent
        if factor.denominator != 1:
            denominator = math.lcm(denominator, factor.denominator)
    scale = 10**top * denominator
    steps: dict[tuple[int, int], int] = {}  # by shift and the factor's id: hashing a Fraction is slow
    out = []
    for mantissa, shift, half, factor in rows:
        step = steps.get((shift, id(factor)))
        if step is None:
            step = 10 ** (top - shift) * factor.numerator * (denominator // factor.denominator)
            steps[shift, id(factor)] = step
        point = 10 * mantissa * step
        low = point - half * step
        out.append((low if low > 0 else 0, point, point + half * step))
    return scale, out


def _scaled_one(value: Decimal, whole: bool, factor: Fraction) -> tuple[int, int, int, int]:
    """``common_scale([(value, whole, factor)])`` as ``(scale, low, point, high)``, for one number.

    The same integers by the same steps, without the lists and lookups that
    many numbers need.
    """
    head, _, tail = str(value).partition("E")
    exponent = int(tail) if tail else 0
    whole_digits, dot, decimals = head.partition(".")
    mantissa = int(whole_digits + decimals) if dot else int(head)
    exponent -= len(decimals)
    top = 1 - exponent if exponent < 1 else 0
    numerator, denominator = factor.numerator, factor.denominator
    step = 10 ** (top - 1 + exponent) * numerator
    point = 10 * mantissa * step
    half = 0 if whole and exponent <= 0 else 5 * step
    low = point - half
    return 10**top * denominator, (low if low > 0 else 0), point, point + half


def _pow10(k: Any, exact: bool) -> Any:
    import numpy as np

    if exact:
        return np.array([10 ** int(v) for v in k], dtype=object)
    return np.power(np.int64(10), k.astype(np.int64))


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of exact values, ``high=None`` when unbounded above.

    Attributes
    ----------
    low : Fraction
        The lowest value (0 or more for a stated quantity).
    high : Fraction or None
        The highest value; ``None`` for "more than X".
    point : Fraction or None
        The value as stated, when there is one.

    Examples
    --------
    >>> Interval.stated(Decimal("14.2"))
    Interval(low=Fraction(283, 20), high=Fraction(57, 4), point=Fraction(71, 5))
    >>> Interval.stated(Decimal("2700"), qualifier="more than").high is None
    True
    >>> str(Interval.stated(Decimal("1400"), qualifier="about", approximate="significant"))
    '[1350, 1450]'
    """

    low: Fraction
    high: Fraction | None
    point: Fraction | None = None

    @classmethod
    def stated(
        cls,
        value: Decimal,
        *,
        whole: bool = False,
        qualifier: str | None = None,
        approximate: Approximate = "stated",
        factor: Fraction = Fraction(1),
    ) -> Interval:
        """The values a stated number stands for, with what its qualifier does.

        Parameters
        ----------
        value : Decimal
            The number as stated, digits kept.
        whole : bool
            A count of things: a number stated to the unit is exact.
        qualifier : str or None
            Its wording; directional ones make the value a bound. Without a
            qualifier (or with ``qualifier=None`` passed on purpose to ignore
            it) the interval is the rounding interval.
        approximate : {"stated", "significant"}
            How a vague qualifier is read; see the module's notes.
        factor : Fraction
            Multiply every end by this (a unit's factor to its base unit).
        """
        if qualifier is None:  # the rounding interval, from the integers common_scale reads (faster)
            scale, low_n, point_n, high_n = _scaled_one(value, whole, factor)
            at = Fraction(point_n, scale)  # one object for equal ends (a count stated to the unit)
            bottom = at if low_n == point_n else Fraction(low_n, scale)
            return cls(bottom, at if high_n == point_n else Fraction(high_n, scale), at)
        point = Fraction(value) * factor
        direction = direction_of(qualifier)
        if direction is Direction.APPROXIMATE and approximate == "significant":
            low, high = rounding_interval(value.normalize())
        else:
            low, high = rounding_interval(value, whole=whole)
        lowest, highest = max(Fraction(low), Fraction(0)) * factor, Fraction(high) * factor
        if direction is Direction.LOWER_BOUND:  # "more than 12.0": from 11.95 up, as the checks read it
            return cls(lowest, None, point)
        if direction is Direction.UPPER_BOUND:  # "nearly 12.0": up to 12.05
            return cls(Fraction(0), highest, point)
        return cls(lowest, highest, point)

    @property
    def bounded(self) -> bool:
        """Whether the interval has a finite upper end."""
        return self.high is not None

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share a value.

        Examples
        --------
        >>> Interval(Fraction(1), Fraction(2)).overlaps(Interval(Fraction(2), None))
        True
        """
        return (self.high is None or self.high >= other.low) and (
            other.high is None or other.high >= self.low
        )

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, (int, Fraction, Decimal)):
            return False
        value = Fraction(value)
        return self.low <= value and (self.high is None or value <= self.high)

    def __add__(self, other: Interval) -> Interval:
        high = None if self.high is None or other.high is None else self.high + other.high
        point = None if self.point is None or other.point is None else self.point + other.point
        return Interval(self.low + other.low, high, point)

    def scaled(self, factor: Fraction) -> Interval:
        """Every end times a positive ``factor`` (a change of unit)."""
        return Interval(
            self.low * factor,
            None if self.high is None else self.high * factor,
            None if self.point is None else self.point * factor,
        )

    @classmethod
    def total(cls, intervals: list[Interval] | tuple[Interval, ...]) -> Interval:
        """The interval of a sum: the sum of the lows and of the highs.

        Examples
        --------
        >>> Interval.total([Interval(Fraction(1), Fraction(2)), Interval(Fraction(3), None)]).high is None
        True
        """
        result = cls(Fraction(0), Fraction(0), Fraction(0))
        for interval in intervals:
            result = result + interval
        return result

    def triple(self) -> tuple[Fraction, Fraction, Fraction]:
        """``(low, point, high)`` of a bounded interval with a point, as the checks use it."""
        assert self.high is not None
        assert self.point is not None
        return self.low, self.point, self.high

    def __str__(self) -> str:
        high = "∞" if self.high is None else _plain(self.high)
        return f"[{_plain(self.low)}, {high}]"


def _plain(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return str(value)
