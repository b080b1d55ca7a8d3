"""The rules of the checks, written once over linear forms.

A reading is a pair of linear forms (coefficients by figure id) over a box
(each figure's low, point and high value, from :mod:`minestats._interval`).
The functions below decide a reading from those. They only add, multiply,
compare and pick, so the same code runs on exact fractions (one claim, in
:mod:`minestats._checks`) and on numpy arrays of scaled integers (one claim
per row of a table, in :mod:`minestats._frames`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

__all__ = [
    "Box",
    "Coefs",
    "at",
    "combine",
    "extreme",
    "form_within",
    "linear_form",
    "pick",
    "ratio_extreme",
    "ratio_extreme_terms",
    "ratio_within",
    "share_holds",
    "sum_holds",
    "sum_reason",
    "within_holds",
]

Box = Mapping[str, tuple[Any, Any, Any]]  # id -> (low, point, high): integers at a common scale, or fractions
Coefs = dict[str, Any]


def linear_form(ids: Iterable[str]) -> Coefs:
    """Coefficients of a sum of figures (a figure named twice counts twice)."""
    out: Coefs = {}
    for ident in ids:
        out[ident] = out.get(ident, 0) + 1
    return out


def combine(a: Mapping[str, Any], b: Mapping[str, Any], scale: Any, a_scale: Any = 1) -> dict[str, Any]:
    """The coefficients of ``a_scale * a - scale * b``."""
    out = {ident: a_scale * c for ident, c in a.items()}
    for ident, c in b.items():
        out[ident] = out.get(ident, 0) - scale * c
    return out


def pick(condition: Any, if_true: Any, if_false: Any) -> Any:
    """``if_true if condition else if_false``, elementwise for arrays."""
    if isinstance(condition, bool):
        return if_true if condition else if_false
    import numpy as np

    return np.where(condition, if_true, if_false)


def at(coefs: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]], which: int) -> Any:
    total: Any = 0
    for ident, c in coefs.items():
        total = total + c * box[ident][which]
    return total


def extreme(coefs: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]], *, highest: bool) -> Any:
    """Exact maximum (or minimum) of a linear form over the box."""
    total: Any = 0
    for ident, c in coefs.items():
        low, _, high = box[ident]
        above = (c > 0) == highest
        if above is True or above is False:  # one claim: plain Python numbers
            total += c * (high if above else low)
        else:
            total = total + c * pick(above, high, low)
    return total


def share_holds(
    a: Mapping[str, Any], b: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]],
    low: Any, high: Any, scale: Any = 1,
) -> Any:  # fmt: skip
    """Whether ``a.x / b.x`` is within ``[low, high] / scale`` somewhere on the box (``b.x > 0``)."""
    reaches_low = extreme(combine(a, b, low, scale), box, highest=True) >= 0
    reaches_high = extreme(combine(a, b, high, scale), box, highest=False) <= 0
    return reaches_low & reaches_high


def ratio_within(a: Coefs, b: Coefs, box: Box, low: int | None, high: int | None, scale: int) -> bool:
    """Whether ``a.x / b.x`` is within ``[low, high] / scale`` somewhere on the box; ``None`` is an open end.

    One claim, exact: the bounds of a directional stated value ("more than
    12 %") leave one end open.
    """
    reaches_low = low is None or extreme(combine(a, b, low, scale), box, highest=True) >= 0
    reaches_high = high is None or extreme(combine(a, b, high, scale), box, highest=False) <= 0
    return bool(reaches_low and reaches_high)


def form_within(a: Coefs, box: Box, low: int | None, high: int | None) -> bool:
    """Whether ``a.x`` is within ``[low, high]`` somewhere on the box; ``None`` is an open end."""
    return bool(
        (low is None or extreme(a, box, highest=True) >= low)
        and (high is None or extreme(a, box, highest=False) <= high)
    )


def sum_holds(a: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]], low: Any, high: Any) -> Any:
    """Whether ``a.x`` is within ``[low, high]`` somewhere on the box."""
    return (extreme(a, box, highest=True) >= low) & (extreme(a, box, highest=False) <= high)


def within_holds(a: Mapping[str, Any], b: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]]) -> Any:
    """Whether ``a.x <= b.x`` somewhere on the box."""
    return extreme(combine(a, b, 1), box, highest=False) <= 0


def ratio_extreme(a: Coefs, b: Coefs, box: Box, *, highest: bool) -> Fraction:
    """Exact max (or min) of a.x / b.x over the box, b.x > 0 (Dinkelbach's method).

    A linear-fractional function takes its extremes at vertices; each step
    moves to a strictly better vertex, so the loop ends. The box may hold
    integers (a common scale, as the checks use) or fractions; the ratio is
    the same, and with integers every step is integer arithmetic.
    """
    p, q = ratio_extreme_terms(a, b, box, highest=highest)
    return Fraction(p) / Fraction(q)


def ratio_extreme_terms(a: Coefs, b: Coefs, box: Box, *, highest: bool) -> tuple[Any, Any]:
    """:func:`ratio_extreme` as the numerator and denominator it is found at (not in lowest terms).

    With integers in the box, the checks compare and divide these without
    building a fraction; :func:`ratio_extreme` is ``p / q``.
    """
    p: Any = at(a, box, 1)
    q: Any = at(b, box, 1)
    ids = list(dict.fromkeys([*a, *b]))
    while True:
        num: Any = 0
        den: Any = 0
        for ident in ids:
            ca = a.get(ident, 0)
            cb = b.get(ident, 0)
            c = ca * q - p * cb  # the sign of ca - t * cb, with t = p / q and q > 0
            low, point, high = box[ident]
            x = point if c == 0 else (high if (c > 0) == highest else low)
            num += ca * x
            den += cb * x
        if (num * q <= p * den) if highest else (num * q >= p * den):
            return p, q
        p, q = num, den


def sum_reason(expression: str, stated: str, *, consistent: bool, at_point: bool, what: str = "total") -> str:
    """The reason of a sum's verdict (or a change's), in one wording for every path that checks one.

    Examples
    --------
    >>> sum_reason("70 + 312 = 382", "382", consistent=True, at_point=True)
    '70 + 312 = 382, which matches the stated total 382'
    >>> sum_reason("1.2 + 0.8 = 2", "2.1", consistent=True, at_point=False)
    '1.2 + 0.8 = 2; the stated total 2.1 is met within the rounding of the parts'
    >>> sum_reason("1 + 2 = 3", "4", consistent=False, at_point=False)
    '1 + 2 = 3, not the stated total 4'
    """
    if consistent and at_point:
        return f"{expression}, which matches the stated {what} {stated}"
    if consistent:
        return f"{expression}; the stated {what} {stated} is met within the rounding of the parts"
    return f"{expression}, not the stated {what} {stated}"
