"""Checks over whole tables: one share or sum claim per row.

The rules are those of a single claim (``share_holds`` and ``sum_holds`` in
``_checks.py``), run on numpy arrays of scaled integers instead of fractions,
so a table and a single claim always get the same verdict. Stated numbers are
read from strings so that trailing zeros count.
"""

from __future__ import annotations

import math
import numbers
import re
import warnings
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from decimal import Context, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ._checks import check_reading
from ._errors import DataError, MinestatsError, PrecisionWarning, Problem
from ._format import grouped, num
from ._interval import rounding_interval, scaled_rounding
from ._io import DOCUMENT_FILE
from ._load import load_data
from ._models import Locator
from ._numbers import decimal_of, parse_stated
from ._report import Implied, Verdict
from ._rules import share_holds, sum_holds, sum_reason
from ._types import qualifier_wording
from ._units import canonical_unit
from ._verbal import parse_multiple, parse_verbal, verbal_interval
from ._vocab import UNITS, ClaimKind, Direction, Status, direction_of

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["check_share", "check_shares", "check_sum", "check_sums"]

INT64_SAFE = 2**62

TABLE = "<DataFrame>"


# -- single claims -------------------------------------------------------------


def operand_data(ident: str, value: object, unit: str, qualifier: str | None = None) -> dict[str, Any]:
    """The data of one figure of a single-claim check: the figure ``ident`` as stated, in ``unit``."""
    unit = canonical_unit(unit)
    data: dict[str, Any] = {
        "id": ident,
        "label": ident,
        "value": value,
        "unit": unit,
        "locator": {"quote": quote_of(ident, value)},
    }
    if UNITS[unit].dimension == "count":
        data["entity"] = "items"
    if qualifier is not None:
        data["qualifier"] = qualifier
    return data


def quote_of(ident: str, value: object) -> str:
    """The quote of a single-claim check's figure: its words when stated in words ("a third"), else its id.

    A figure stated in words ("a third", "double") must be quoted as
    written; any other needs no quote of its digits, and its id names it in
    a message.
    """
    if isinstance(value, str) and (parse_verbal(value) is not None or parse_multiple(value) is not None):
        return value
    return ident


def taken_number(value: object, what: str) -> object:
    """A stated number as the checks take it: numpy's integers as ints, a float with a warning.

    Call it from the public function itself (not from a comprehension), so
    that the :class:`PrecisionWarning` names its caller's line. Anything
    else is left for the figure's validation, which names what is wrong.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     taken_number(14.2, "stated"), taken_number("14.20", "stated")
    ('14.2', '14.20')
    """
    if type(value) is str:
        return value
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, float) or (isinstance(value, numbers.Real) and type(value).__module__ == "numpy"):
        return stated_of_float(float(value), what, stacklevel=3)
    return value


def check_share(
    part: object,
    whole: object,
    stated: object,
    *,
    part_unit: str = "count",
    whole_unit: str = "count",
    qualifier: str | None = None,
) -> Verdict:
    """Check that ``part / whole`` is the ``stated`` percentage.

    Numbers are given as stated (strings keep trailing zeros; a float has
    lost them, and is read as its shortest text with a
    :class:`PrecisionWarning`); counts are exact when stated to the unit,
    other quantities stand for their rounding interval. A directional
    ``qualifier`` of the stated percentage (``"more than"``, ``"nearly"``,
    ``"up to"``, ...) makes it a bound, read as in a data file
    (``docs/method.md``); a vague one (``"about"``) changes nothing.

    Raises
    ------
    DataError
        Naming the field (``part``, ``whole``, ``stated``) that is not a
        stated number of its unit.

    Examples
    --------
    >>> import minestats
    >>> minestats.check_share("54,430", "1.5 million", "3.6").status.value
    'consistent'
    >>> v = minestats.check_share("165871.5", "11258", "14.2", part_unit="ha", whole_unit="km²")
    >>> v.status.value, float(round(v.gap, 2))
    ('inconsistent', 0.53)
    >>> minestats.check_share("54,430", "1.5 million", "3", qualifier="more than").status.value
    'consistent'
    """
    part = taken_number(part, "part")
    whole = taken_number(whole, "whole")
    stated = taken_number(stated, "stated")
    document = load_data(
        {
            "id": "share",
            "title": "share",
            "figures": [operand_data("part", part, part_unit), operand_data("whole", whole, whole_unit),
                        operand_data("stated", stated, "percent", qualifier)],
            "claims": [{"id": "share", "kind": "share", "label": "share", "stated": "stated",
                        "part": ["part"], "whole": ["whole"]}],
        },
        "<check_share>",
        DOCUMENT_FILE,
    )  # fmt: skip
    return check_reading(document, "share")


def check_sum(
    parts: Sequence[object], total: object, *, unit: str = "count", qualifier: str | None = None
) -> Verdict:
    """Check that ``parts`` add up to the stated ``total``.

    Numbers are taken as :func:`check_share` takes them; a directional
    ``qualifier`` of the total (``"more than"``, ``"nearly"``) makes it a
    bound.

    The verdict is that of a document whose figures are the parts and the
    total (:func:`~minestats.check_reading`). Plain stated numbers (digits
    with an optional decimal part, grouped by commas or not, given as
    strings or ints) take a direct
    path that builds no document: linear in the number of parts at a small
    cost each, so a sum of 100,000 parts is checked in a fraction of a
    second. Anything else (grouping, multipliers, unknown values, input to
    refuse) goes through the document and its validation, which also names
    what is wrong.

    Examples
    --------
    >>> import minestats
    >>> minestats.check_sum(["70", "312"], "382").status.value
    'consistent'
    >>> v = minestats.check_sum(["1"] * 100_000, "100,001")  # the direct path: no document
    >>> v.status.value, v.gap
    ('inconsistent', Decimal('-1'))
    >>> minestats.check_sum(["70", "312"], "400", qualifier="nearly").status.value
    'consistent'
    """
    if isinstance(parts, str | bytes) or not isinstance(parts, Sequence):
        raise DataError(
            f"parts must be a list of stated numbers, not {type(parts).__name__}", file="<check_sum>"
        )
    if not all(type(v) is str for v in parts):
        taken = []
        for i, v in enumerate(parts):
            taken.append(taken_number(v, f"part_{i}"))
        parts = taken
    total = taken_number(total, "total")
    if qualifier is None:
        direct = _direct_sum(parts, total, unit)
        if direct is not None:
            return direct
    ids = [f"part_{i}" for i in range(len(parts))]
    document = load_data(
        {
            "id": "sum",
            "title": "sum",
            "figures": [operand_data(i, v, unit) for i, v in zip(ids, parts, strict=True)]
            + [operand_data("total", total, unit, qualifier)],
            "claims": [{"id": "sum", "kind": "sum", "label": "sum", "stated": "total", "part": ids}],
        },
        "<check_sum>",
        DOCUMENT_FILE,
    )
    return check_reading(document, "sum")


#: Stated numbers the direct path of :func:`check_sum` reads itself: plain digits, at most
#: 40 before the point and 40 after (well within the digits and exponents a figure may have).
_PLAIN_NUMBER = re.compile(r"([0-9]{1,40})(?:\.([0-9]{1,40}))?")
_GROUPED_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
#: Most figures a reason names one by one (as the document path's reason does).
_LONGEST = 12
_CONTEXT = Context(prec=28)


def _plain(value: object) -> tuple[int, int, Decimal] | None:
    """``(mantissa, decimals, value)`` of a plain stated number; None when it needs the full validation.

    ``value`` is the Decimal the figure's validation gives it (``parse_stated``).
    """
    if type(value) is str:
        if value.isdigit() and value.isascii() and len(value) <= 40:  # the common case, fastest
            whole = int(value)
            return whole, 0, Decimal(whole)
        match = _PLAIN_NUMBER.fullmatch(value)
        if match is None and _GROUPED_NUMBER.fullmatch(value):  # "165,871.5" states 165871.5
            match = _PLAIN_NUMBER.fullmatch(value := value.replace(",", ""))
        if match is None:
            return None
        head, tail = match.groups()
        if tail:
            return int(head + tail), len(tail), Decimal(value)
        return int(head), 0, Decimal(value)
    if type(value) is int and 0 <= value < 10**40:
        return value, 0, Decimal(value)
    return None


def _plain_parts(parts: Sequence[object]) -> list[tuple[int, int, Decimal]] | None:
    """:func:`_plain` of every part (None if any is not plain); whole numbers as text in one pass."""
    if set(map(type, parts)) == {str}:
        texts: Sequence[str] = parts  # type: ignore[assignment]
        joined = "".join(texts)
        if joined.isdigit() and joined.isascii() and min(map(len, texts)) >= 1 and max(map(len, texts)) <= 40:
            wholes = list(map(int, texts))
            return list(zip(wholes, [0] * len(wholes), map(Decimal, wholes), strict=True))
    read = [_plain(v) for v in parts]
    return None if None in read else read  # type: ignore[return-value]


def _direct_sum(parts: Sequence[object], total: object, unit: object) -> Verdict | None:
    """The verdict of :func:`check_sum` computed from the stated numbers, or None.

    None when any input is not a plain stated number that fits its unit: the
    caller then builds the document, which validates it (and refuses it, or
    handles unknown values and other spellings). For plain numbers the
    result equals the document path's field by field (tests/test_frames.py
    compares both on random and boundary cases): the same exact rule
    (:func:`~minestats._rules.sum_holds` over integers at one scale), the
    same reason, the same implied interval of each part, others as stated.
    """
    if not isinstance(unit, str) or not parts:
        return None
    try:
        name = canonical_unit(unit)
    except (MinestatsError, ValueError):
        return None
    info = UNITS[name]
    count = name == "count"
    stated = _plain(total)
    if stated is None:
        return None
    numbers = _plain_parts(parts)
    if numbers is None:
        return None
    numbers.append(stated)
    top = max(d for _, d, _ in numbers)
    if info.dimension == "count" and top:  # a count stated with decimals: whole or not, the document says
        return None
    if info.dimension == "ratio" and any(m > 100 * 10**d for m, d, _ in numbers):
        return None
    if count:  # whole numbers stated to the unit are exact: integers as they stand
        scale = 1
        points = [m for m, _, _ in numbers]
        lows = highs = points
    else:  # at 10**-(top + 1) of the unit, half a unit of any last digit is a whole number
        scale = 10 ** (top + 1)
        steps = {d: 10 ** (top + 1 - d) for d in {d for _, d, _ in numbers}}
        points = [m * steps[d] for m, d, _ in numbers]
        halves = [5 * steps[d] // 10 for _, d, _ in numbers]
        lows = [max(p - h, 0) for p, h in zip(points, halves, strict=True)]
        highs = [p + h for p, h in zip(points, halves, strict=True)]
    t_low, t_point, t_high = lows[-1], points[-1], highs[-1]  # the total is the last number
    point, p_low, p_high = sum(points) - t_point, sum(lows) - t_low, sum(highs) - t_high
    consistent = bool(sum_holds({"parts": 1}, {"parts": (p_low, point, p_high)}, t_low, t_high))
    values = [v for _, _, v in numbers]
    total_value = values.pop()
    points.pop()
    entity = "items" if info.dimension == "count" else None
    computed = decimal_of(Fraction(point, scale))
    shown = [*values[: _LONGEST - 2], values[-1]] if len(values) > _LONGEST else values
    suffix = "" if name == "count" else " " + ("%" if name == "percent" else name)
    terms = [grouped(v) + suffix for v in shown]
    if len(values) > _LONGEST:
        terms.insert(_LONGEST - 2, "\u2026")
        text = " + ".join(terms) + f" ({len(values):,} figures)"
    else:
        text = " + ".join(terms)
    sum_text = f"{text} = {num(computed, 12)}"
    total_text = grouped(total_value)
    reason = sum_reason(sum_text, total_text, consistent=consistent, at_point=t_low <= point <= t_high)
    low, high = rounding_interval(total_value, whole=count)
    fields: dict[str, Any] = {
        "document": "sum",
        "claim": "sum",
        "reading": "as_stated",
        "kind": ClaimKind.SUM,
        "label": "sum",
        "status": Status.CONSISTENT if consistent else Status.INCONSISTENT,
        "unit": name,
        "gap_unit": "items" if count else name,
        "stated": total_value,
        "stated_text": total_text,
        "low": max(low, Decimal(0)),
        "high": high,
        "computed": computed,
        "computed_low": decimal_of(Fraction(p_low, scale)),
        "computed_high": decimal_of(Fraction(p_high, scale)),
        "gap": decimal_of(Fraction(point - t_point, scale)),
        "implied": _implied_parts(points, values, point, t_low, t_high, scale, name, entity),
        "reason": reason,
        "locator": Locator(quote="total"),
    }
    return Verdict.model_validate(fields)


def _implied_parts(
    points: list[int],
    values: list[Decimal],
    point: int,
    t_low: int,
    t_high: int,
    scale: int,
    unit: str,
    entity: str | None,
) -> tuple[Implied, ...]:
    """Each part's implied interval, the others at their stated values (scaled integers in, Decimals out).

    A part of a count is a whole number; with no whole number in its range it
    is not feasible. The values are computed here, exactly, so the objects are
    made without validating them again (pydantic's validation is most of the
    cost of 100,000 of them).
    """
    info = UNITS[unit]
    alt = UNITS[info.alternative] if info.alternative else None
    count = unit == "count"
    # an end n / d of the unit is n * to_alt / d of the alternative unit
    to_alt = info.factor / alt.factor if alt else Fraction(1)
    lows = [max(t_low - point + own, 0) for own in points]
    highs = [t_high - point + own for own in points]
    if count and scale != 1:  # pragma: no cover - counts take scale 1
        lows = [-(-n // scale) for n in lows]
        highs = [n // scale for n in highs]
    d = 1 if count else scale
    small = 10**27  # a whole number below it is its own Decimal quotient
    lows_out: list[Decimal | None] = []
    highs_out: list[Decimal | None] = []
    feasible = [low_n <= high_n for low_n, high_n in zip(lows, highs, strict=True)]
    if d == 1 and all(feasible) and max(highs, default=0) < small:  # the usual case: whole numbers
        lows_out = list(map(Decimal, lows))
        highs_out = [low if low_n == high_n else Decimal(high_n)
                     for low, low_n, high_n in zip(lows_out, lows, highs, strict=True)]  # fmt: skip
    else:
        for low_n, high_n, ok in zip(lows, highs, feasible, strict=True):
            lows_out.append(_quotient(low_n, d) if ok else None)
            highs_out.append(_quotient(high_n, d) if ok else None)
    alt_name = alt.name if alt else None
    alt_lows: list[Decimal | None] = [None] * len(lows)
    alt_highs: list[Decimal | None] = [None] * len(lows)
    if alt is not None:
        n, a_d = to_alt.numerator, d * to_alt.denominator
        alt_lows = [_quotient(lo * n, a_d) if ok else None for lo, ok in zip(lows, feasible, strict=True)]
        alt_highs = [_quotient(hi * n, a_d) if ok else None for hi, ok in zip(highs, feasible, strict=True)]
    names = [f"part_{i}" for i in range(len(points))]
    fields_set = set(Implied.model_fields)
    new, put = Implied.__new__, object.__setattr__
    out = []
    for name, ok, low, high, stated, a_low, a_high in zip(
        names, feasible, lows_out, highs_out, values, alt_lows, alt_highs, strict=True
    ):
        # what pydantic's model_construct does for a complete set of computed (so typed) fields,
        # without its overhead of ten microseconds a call; tests compare them with validated ones
        obj = new(Implied)
        put(obj, "__dict__", {
            "figure": name, "unit": unit, "entity": entity, "feasible": ok, "low": low, "high": high,
            "stated": stated, "alternative_unit": alt_name if ok else None,
            "alternative_low": a_low, "alternative_high": a_high,
        })  # fmt: skip
        put(obj, "__pydantic_fields_set__", fields_set)
        put(obj, "__pydantic_extra__", None)
        put(obj, "__pydantic_private__", None)
        out.append(obj)
    return tuple(out)


def _quotient(numerator: int, denominator: int) -> Decimal:
    """``numerator / denominator`` to 28 digits, as the document path writes an implied end.

    The quotient of two Decimals of exponent 0 depends on the value alone
    (exact results take the smallest exponent they need), so any two
    integers of the same ratio give the same Decimal.
    """
    return _CONTEXT.divide(Decimal(numerator), Decimal(denominator))


# -- reading columns -------------------------------------------------------------


@dataclass
class _Column:
    """A column of stated numbers: mantissa * 10**exponent, row by row, and the sign as stated."""

    name: str
    mantissa: Any  # int64 or object ndarray
    exponent: Any  # int64 ndarray
    missing: Any  # bool ndarray
    negative: Any  # bool ndarray: stated with a minus sign (also "-0")
    verbal: dict[int, Fraction] = field(default_factory=dict)  # row -> a share in words ("two thirds")


def refuse(message: str, column: Hashable | None = None, row: str | None = None) -> DataError:
    """The error of a table that cannot be read, naming the column (and row) at fault."""
    return DataError([Problem(row, None if column is None else str(column), message)], file=TABLE)


def _series(frame: pd.DataFrame, column: Hashable, what: str = "column") -> pd.Series[Any]:
    """The one column of ``frame`` labelled ``column``, or a DataError that names it."""
    import pandas as pd

    try:
        found = column in frame.columns
    except TypeError:  # an unhashable label
        found = False
    if not found:
        known = ", ".join(map(repr, list(frame.columns)[:10]))
        raise refuse(f"the table has no {what} {column!r} (its columns: {known})", column)
    series = frame[column]
    if isinstance(series, pd.DataFrame):
        raise refuse(f"the table has {series.shape[1]} columns labelled {column!r}; label them apart", column)
    return series


#: What a :class:`PrecisionWarning` about floats says, after what holds them.
FLOAT_DIGITS = "so the digits as stated may be lost (14.20 reads as 14.2); give stated numbers as strings"


def stated_of_float(value: float, what: str, stacklevel: int) -> str:
    """A float given as a stated number, as the tables read it (its shortest repr), with a warning.

    ``stacklevel`` counts from the caller of this function, as for :func:`warnings.warn`.

    The digits as stated are gone from a float ("14.20" is 14.2), so a
    :class:`PrecisionWarning` says so; the value is then read as the shortest
    text that gives the float back, as ``check_shares`` reads a float column.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     stated_of_float(14.2, "part", 2)
    '14.2'
    """
    warnings.warn(
        f"{what} is the float {value!r}, {FLOAT_DIGITS}", PrecisionWarning, stacklevel=stacklevel + 1
    )
    return repr(float(value))


#: Longest cell read by the vectorised path; longer ones are read one by one (and mostly refused).
_FAST_CELL = 40


def parse_column(
    frame: pd.DataFrame,
    column: Hashable,
    problems: list[Problem],
    *,
    words: bool = False,
    multiples: bool = False,
) -> _Column:
    """The stated numbers of one column; with ``words``, shares in words too ("two thirds", "2/3").

    A share in words is kept in :attr:`_Column.verbal` (its row's mantissa is
    0); :func:`verbal_multiplier` and :func:`stated_box` give its interval,
    the one a data file gives it (:func:`~minestats._verbal.verbal_interval`).
    With ``multiples``, a multiple in words ("double", "three times") is read
    as its whole number, as a data file reads it.
    """
    import numpy as np
    import pandas as pd

    series = _series(frame, column)
    units = getattr(series.dtype, "units", None)
    if units is not None:  # a pint-pandas column: take its magnitudes
        values: Any = series.values
        series = pd.Series(np.asarray(values.quantity.magnitude), index=series.index)
    n = len(series)
    name = str(column)
    if pd.api.types.is_bool_dtype(series.dtype):
        raise DataError([Problem(None, name, "a column of stated numbers, not of booleans")], file=TABLE)
    if pd.api.types.is_integer_dtype(series.dtype) and not isinstance(series.dtype, pd.ArrowDtype):
        missing = series.isna().to_numpy()
        filled = series.fillna(0)
        if pd.api.types.is_unsigned_integer_dtype(filled.dtype) and n and int(filled.max()) >= INT64_SAFE:
            values = np.array([int(v) for v in filled.to_numpy()], dtype=object)  # beyond int64: exact
        else:
            values = filled.to_numpy(dtype=np.int64)
        return _Column(name, values, np.zeros(n, dtype=np.int64), missing, values < 0)
    if pd.api.types.is_float_dtype(series.dtype):
        warnings.warn(f"column {name!r} holds floats, {FLOAT_DIGITS}", PrecisionWarning, stacklevel=3)
        objects = np.array([None if v != v else repr(float(v)) for v in series.to_numpy()], dtype=object)
    else:
        objects = series.to_numpy(dtype=object)
    missing = np.array(pd.isna(objects) if units is not None else series.isna(), dtype=bool)
    text = objects
    if missing.any():
        text = objects.copy()
        text[missing] = ""
    mantissa = np.zeros(n, dtype=np.int64)
    exponent = np.zeros(n, dtype=np.int64)
    negative = np.zeros(n, dtype=bool)
    slow = np.ones(n, dtype=bool)
    # Only short strings take the vectorised path: numpy would make every cell as wide as the
    # longest (one 20,000-character cell in 200,000 rows is 4 GB), and drops trailing NULs.
    lengths = np.fromiter((len(v) if type(v) is str else -1 for v in text), dtype=np.int64, count=n)
    short = (lengths >= 0) & (lengths <= _FAST_CELL)
    raw = None
    if short.any():
        try:
            raw = np.where(short, text, "").astype("S")
        except (UnicodeEncodeError, ValueError, TypeError):
            raw = None
    if raw is not None:
        # numpy's string functions do the work: plain digits with at most one
        # dot, between digits, and at most 18 digits, parse exactly as integers
        # once the dot is taken out; anything else goes through parse_stated.
        length = np.strings.str_len(raw)
        empty = short & (lengths == 0)
        missing |= empty
        dot_at = np.strings.find(raw, b".")
        dots = np.strings.count(raw, b".")
        digits_only = np.strings.replace(raw, b".", b"", 1)
        digits = length - dots
        fast = (
            short
            & (length == lengths)  # no NUL the conversion dropped
            & np.strings.isdigit(digits_only)
            & (dots <= 1)
            & (digits <= 18)
            & ((dots == 0) | ((dot_at > 0) & (dot_at < length - 1)))
        )
        mantissa = (digits_only if fast.all() else np.where(fast, digits_only, b"0")).astype(np.int64)
        exponent = -np.where(fast & (dots == 1), length - dot_at - 1, 0).astype(np.int64)
        slow = ~(fast | empty)
    slow &= ~missing
    big = False
    mantissa_obj: list[int] | None = None
    verbal: dict[int, Fraction] = {}
    for i in np.flatnonzero(slow):
        try:
            value = parse_stated(text[i])
        except ValueError as exc:
            fraction = parse_verbal(text[i]) if words else None
            if fraction is not None:
                verbal[int(i)] = fraction
                continue
            times = parse_multiple(text[i]) if multiples else None
            if times is not None:
                mantissa[i] = times  # a whole number of times, stated to the unit
                if mantissa_obj is not None:
                    mantissa_obj[i] = times
                continue
            message = str(exc)
            if words:
                message += ", or a share in words ('two thirds', 'half', '2/3')"
            if multiples:
                message += ", or a multiple in words ('double', 'three times')"
            problems.append(Problem(f"row {frame.index[int(i)]!r}", name, message, found=_cell(text[i])))
            if len(problems) >= 20:
                break  # enough to say what is wrong; the error says there may be more
            continue
        sign, digits_tuple, exp = value.as_tuple()
        m = int("".join(map(str, digits_tuple)) or "0") * (-1 if sign else 1)
        negative[i] = bool(sign)
        assert isinstance(exp, int)
        if abs(m) >= INT64_SAFE:
            big = True
            if mantissa_obj is None:
                mantissa_obj = [int(v) for v in mantissa]
            mantissa_obj[i] = m
        else:
            mantissa[i] = m
            if mantissa_obj is not None:
                mantissa_obj[i] = m
        exponent[i] = exp
    if big and mantissa_obj is not None:
        mantissa = np.array(mantissa_obj, dtype=object)
    return _Column(name, mantissa, exponent, missing, negative, verbal)


def verbal_multiplier(columns: Sequence[_Column], decimals: int) -> int:
    """The least factor that makes every share in words of these columns whole at ``decimals``.

    Stated percentages are integers in units of ``10**-decimals`` per cent;
    a share in words ("a third": 100/3 ± 0.5 %) is not, until those units
    are divided by this factor (1 when the columns hold no words).
    """
    multiplier = 1
    unit = 100 * 10**decimals
    for column in columns:
        for fraction in set(column.verbal.values()):
            for end in verbal_interval(fraction):
                multiplier = math.lcm(multiplier, (end * unit).denominator)
    return multiplier


def stated_box(column: _Column, decimals: int, multiplier: int, exact: bool) -> tuple[Any, Any, Any]:
    """The rounding interval of each stated percentage, in units of ``10**-decimals / multiplier`` per cent.

    Digits round as :func:`box_of` rounds them; a share in words stands for
    its fraction ± half a percentage point within 0 and 100 (as in a data file).
    """
    import numpy as np

    low, point, high = box_of(column, decimals, multiplier, False, exact)
    if column.verbal:
        unit = 100 * 10**decimals * multiplier
        rows = np.fromiter(column.verbal, dtype=np.intp, count=len(column.verbal))
        ends = [verbal_interval(f) for f in column.verbal.values()]
        for k, end in enumerate((low, point, high)):
            end[rows] = [int(triple[k] * unit) for triple in ends]
    return low, point, high


def _cell(value: object) -> str:
    """A cell for a message: its repr, at most 60 characters, built without a huge string."""
    if isinstance(value, str) and len(value) > 60:
        return repr(value[:40]) + f" ... ({len(value):,} characters)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def validate_column(
    column: _Column,
    unit: str,
    frame: pd.DataFrame,
    problems: list[Problem],
    rows: Any = None,
    *,
    cap: bool = True,
) -> None:
    """Problems of the rows (all, or those selected by ``rows``) whose values do not fit ``unit``.

    A percentage over 100 is a problem with ``cap`` (a share of a whole);
    without it, as for the figures of a change or a multiple, it is not.
    """
    import numpy as np

    info = UNITS[unit]
    present = ~column.missing if rows is None else ~column.missing & rows
    negative = present & column.negative
    for i in np.flatnonzero(negative)[:20]:
        problems.append(
            Problem(f"row {frame.index[int(i)]!r}", column.name, "a stated quantity cannot be negative")
        )
    if info.dimension == "ratio" and cap:
        over = np.zeros(len(column.missing), dtype=bool)
        small = (column.exponent <= 0) & (column.exponent >= -16)
        if column.mantissa.dtype != object:
            limit = 100 * np.power(np.int64(10), np.where(small, -column.exponent, 0))
            over[small] = column.mantissa[small] > limit[small]
        for i in np.flatnonzero(present & ~(small & (column.mantissa.dtype != object))):
            over[i] = Fraction(int(column.mantissa[i])) * Fraction(10) ** int(column.exponent[i]) > 100
        for i in np.flatnonzero(present & over)[:20]:
            problems.append(
                Problem(f"row {frame.index[int(i)]!r}", column.name, "a share cannot exceed 100 per cent")
            )
    if info.dimension == "count":
        fractional = present & (column.exponent < 0)
        for i in np.flatnonzero(fractional):
            scale = 10 ** (-int(column.exponent[i]))
            if int(column.mantissa[i]) % scale:
                problems.append(
                    Problem(f"row {frame.index[int(i)]!r}", column.name, "a count must be a whole number")
                )


@dataclass
class _Units:
    """The unit of each row of one operand: names, dimension, and factors to a common unit."""

    names: list[str]  # canonical name of each distinct unit
    codes: Any  # int ndarray: index into ``names`` for each row
    dimension: str


def units_of(frame: pd.DataFrame, column: Hashable, unit: Hashable, problems: list[Problem]) -> _Units:
    """Units of ``column``: a pint-pandas dtype's, a column of unit names, or one name for all rows."""
    import numpy as np
    import pandas as pd

    n = len(frame)
    dtype_units = getattr(_series(frame, column).dtype, "units", None)
    if dtype_units is not None:
        return _Units([canonical_unit(str(dtype_units))], np.zeros(n, dtype=np.int64), "")
    if isinstance(unit, str) and unit not in frame.columns:
        return _Units([canonical_unit(unit)], np.zeros(n, dtype=np.int64), "")
    unit_series = _series(frame, unit, "unit column")
    odd = [
        i for i, v in enumerate(unit_series.to_numpy(dtype=object)) if not (isinstance(v, str) or pd.isna(v))
    ]
    for i in odd[:20]:
        found = _cell(unit_series.iloc[i])
        problems.append(Problem(f"row {frame.index[i]!r}", str(unit), "a unit name as text", found=found))
    if odd:
        return _Units(["count"], np.zeros(n, dtype=np.int64), "")
    codes, uniques = pd.factorize(unit_series, use_na_sentinel=True)
    names: list[str] = []
    for value in uniques:
        try:
            names.append(canonical_unit(str(value)))
        except ValueError as exc:
            rows = np.flatnonzero(np.asarray(unit_series == value))
            problems.append(Problem(f"row {frame.index[int(rows[0])]!r}", str(unit), str(exc)))
            names.append("count")
    for i in np.flatnonzero(codes < 0)[:20]:
        problems.append(Problem(f"row {frame.index[int(i)]!r}", str(unit), "the unit is missing"))
    return _Units(names, np.maximum(codes, 0), "")


#: Codes of :func:`directions_of`: no bound, a lower bound ("more than"), an upper bound ("nearly").
NO_BOUND, LOWER, UPPER = 0, 1, 2


def directions_of(frame: pd.DataFrame, qualifier: Hashable | None, problems: list[Problem]) -> Any:
    """Per row, whether the stated value is a bound: one wording for all rows, or a column of them.

    ``qualifier`` is ``None`` (no bounds), a column label (a wording per row;
    empty cells are no qualifier), or one wording for every row. A vague
    qualifier ("about") is no bound, as in a data file; an unknown wording is
    a problem naming the row and the column.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"q": ["more than", None, "nearly", "about"]})
    >>> directions_of(frame, "q", []).tolist()
    [1, 0, 2, 0]
    >>> directions_of(frame, "at least", []).tolist()
    [1, 1, 1, 1]
    """
    import numpy as np
    import pandas as pd

    n = len(frame)
    if qualifier is None:
        return np.zeros(n, dtype=np.int64)
    if isinstance(qualifier, str) and qualifier not in frame.columns:
        try:
            code = _bound_code(qualifier_wording(qualifier))
        except ValueError as exc:
            raise DataError([Problem(None, "qualifier", str(exc))], file=TABLE) from None
        return np.full(n, code, dtype=np.int64)
    column = _series(frame, qualifier, "qualifier column")
    rows, wordings = pd.factorize(column, use_na_sentinel=True)  # each wording is read once
    lookup = np.zeros(len(wordings) + 1, dtype=np.int64)  # the last for no wording at all
    for k, value in enumerate(wordings):
        if value == "":  # an empty cell: no qualifier
            continue
        try:
            if not isinstance(value, str):
                raise ValueError(f"a qualifier as text, not {type(value).__name__}")
            lookup[k] = _bound_code(qualifier_wording(value))
        except ValueError as exc:
            first = int(np.flatnonzero(rows == k)[0])
            problems.append(
                Problem(f"row {frame.index[first]!r}", str(qualifier), str(exc), found=_cell(value))
            )
    return np.where(rows < 0, NO_BOUND, lookup[np.maximum(rows, 0)])


def _bound_code(wording: str) -> int:
    direction = direction_of(wording)
    if direction is Direction.LOWER_BOUND:
        return LOWER
    return UPPER if direction is Direction.UPPER_BOUND else NO_BOUND


def factors_of(operands: Sequence[_Units]) -> tuple[list[Any], str]:
    """Integer factors of each row's unit to a common unit of all operands, and the dimension.

    The common unit is the smallest of them, or a fraction of it when a
    ratio is no whole number (acres with hectares).
    """
    import numpy as np

    from ._errors import UnitError

    infos = [UNITS[name] for u in operands for name in u.names]
    dimensions = {info.dimension for info in infos}
    if len(dimensions) > 1:
        names = ", ".join(sorted({info.name for info in infos}))
        raise UnitError(f"cannot compare {names}: the operands of a share or a sum must be alike")
    smallest = min(info.factor for info in infos)
    # a unit whose ratio to the smallest is no whole number (an acre to a hectare): a finer common unit
    common = math.lcm(*(Fraction(info.factor / smallest).denominator for info in infos))
    out = []
    for u in operands:
        relative = [int(UNITS[name].factor / smallest * common) for name in u.names]
        out.append(np.asarray(relative, dtype=object if max(relative) >= INT64_SAFE else np.int64)[u.codes])
    return out, dimensions.pop()


def box_of(column: _Column, decimals: int, factor: Any, whole: bool, exact: bool) -> tuple[Any, Any, Any]:
    """The rounding interval of each row, as integers at ``decimals`` decimal places."""
    return scaled_rounding(column.mantissa, column.exponent, decimals, factor, whole=whole, exact=exact)


def decimals_of(columns: Sequence[_Column]) -> int:
    import numpy as np

    worst = 0
    for c in columns:
        present = ~c.missing
        if present.any():
            worst = max(worst, int(np.max(-c.exponent[present])))
    return worst + 1


def bound_of(columns: Sequence[_Column], decimals: int, factors: Sequence[int]) -> float:
    """An upper bound (with a margin) on the scaled integers of these columns."""
    import numpy as np

    bound = 1.0
    for c, f in zip(columns, factors, strict=True):
        if len(c.mantissa):
            with np.errstate(over="ignore"):  # beyond float range: inf, so the exact path is taken
                magnitude = floats_of(np.abs(c.mantissa), 0)
                scaled = magnitude * np.power(10.0, decimals + c.exponent)
                bound = max(bound, float(np.max(scaled)) * f * 2 + 10)
    return bound


def _to_float(value: Fraction | int) -> float:
    """A float for reading: ``inf`` beyond float range, 0.0 below it, never an OverflowError."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def floats_of(values: Any, decimals: int) -> Any:
    """Scaled integers (int64 or Python ints) divided by ``10**decimals``, as floats for reading."""
    import numpy as np

    if values.dtype != object and decimals <= 300:
        return values.astype(np.float64) / 10.0**decimals
    scale = 10**decimals
    return np.array([_to_float(Fraction(int(v), scale)) for v in values], dtype=np.float64)


def ratios_of(numerator: Any, denominator: Any) -> Any:
    """Row by row quotients as floats (NaN for a zero denominator), exact before the conversion."""
    import numpy as np

    if numerator.dtype != object and denominator.dtype != object:
        with np.errstate(divide="ignore", invalid="ignore"):
            return numerator.astype(np.float64) / denominator.astype(np.float64)
    return np.array(
        [
            _to_float(Fraction(int(a), int(b))) if b else math.nan
            for a, b in zip(numerator, denominator, strict=True)
        ],
        dtype=np.float64,
    )


def raise_problems(problems: list[Problem]) -> None:
    if problems:
        raise DataError(problems, file=TABLE)


def add_columns(frame: pd.DataFrame, prefix: str, columns: dict[str, Any]) -> pd.DataFrame:
    """A copy of ``frame`` with ``columns`` added (prefixed); refuses to overwrite a column."""
    names = {prefix + k: v for k, v in columns.items()}
    clash = sorted(set(names) & set(map(str, frame.columns)))
    if clash:
        message = f"the table already has columns {clash}; pass prefix= to name the new ones apart"
        raise DataError([Problem(None, None, message)], file=TABLE)
    out = frame.copy(deep=False)  # the caller's frame is never changed: new columns only
    for name, values in names.items():
        out[name] = values
    return out


def text_column(choices: Sequence[str], codes: Any, n: int) -> Any:
    """A ``string`` column of ``n`` rows: ``choices[codes[i]]`` (one text for all when ``codes`` is 0).

    Taking from a short array of the texts costs far less than building a
    string column from a million Python strings.
    """
    import numpy as np
    import pandas as pd

    texts = pd.array(list(choices), dtype="string")
    indices = np.broadcast_to(np.asarray(codes, dtype=np.intp), (n,))
    return texts.take(indices)


def status_codes(holds: Any, undecided: Any) -> Any:
    """Status codes in the order of :class:`Status`: consistent, inconsistent, indeterminate."""
    import numpy as np

    return np.where(undecided, 2, np.where(holds, 0, 1)).astype(np.int8)


# -- whole tables ----------------------------------------------------------------

#: The ``reason`` of a row of :func:`check_shares`, by case (the numbers are in the other columns).
SHARE_REASONS = (
    "part / whole is within the rounding interval of the stated percentage",
    "part / whole is outside the rounding interval at the stated values, but values that round to"
    " the stated figures meet it",
    "no values that round to the stated figures give a share within the rounding interval of the"
    " stated percentage",
    "no whole number of items within the rounding of the part and the whole gives the stated percentage",
    "the whole is zero, so no share can be computed",
    "an operand has no stated value, so the claim cannot be decided",
    "an operand has no stated value, but no whole number of items can be it and give the stated percentage",
    "part / whole meets the bound the qualifier makes of the stated percentage (low to high)",
    "no values that round to the stated figures give a share within the bound the qualifier makes of the"
    " stated percentage (low to high)",
)

#: The ``reason`` of a row of :func:`check_sums`, by case.
SUM_REASONS = (
    "the parts add up to the stated total",
    "the stated total is met within the rounding of the parts",
    "no values that round to the stated parts add up to a value that rounds to the stated total",
    "a part has no stated value, so the claim cannot be decided; *_implied_low/high give what it would"
    " have to be",
    "a part has no stated value, but no value of it can make the parts add up to the stated total",
    "the total or more than one part has no stated value, so the claim cannot be decided",
    "the parts meet the bound the qualifier makes of the stated total (low to high)",
    "no values that round to the stated parts give a sum within the bound the qualifier makes of the"
    " stated total (low to high)",
)


def check_shares(
    frame: pd.DataFrame,
    *,
    part: Hashable,
    whole: Hashable,
    stated: Hashable,
    part_unit: Hashable = "count",
    whole_unit: Hashable = "count",
    qualifier: Hashable | None = None,
    prefix: str = "",
) -> pd.DataFrame:
    """Check a stated percentage on every row of a table.

    Parameters
    ----------
    frame : pandas.DataFrame
    part, whole, stated : column labels
        The part, the whole, and the stated percentage. Give stated numbers as
        strings so that trailing zeros count; integer columns are exact;
        float columns are accepted with a :class:`PrecisionWarning`.
    part_unit, whole_unit : str or column label
        Units of the part and whole: a unit name for every row (``"count"``,
        ``"ha"``, ``"km²"``, ...) or the label of a column of unit names, one
        per row. pint-pandas columns carry their own unit.
    qualifier : str or column label, optional
        The stated percentage's qualifier: one wording for every row
        (``"more than"``) or the label of a column of wordings (empty cells
        have none). A directional one makes the stated percentage a bound, as
        in a data file: "more than 12.0" holds from 11.95 % up to 100 %,
        "nearly 12.0" from 0 to 12.05 %; ``low`` and ``high`` show the bound.
    prefix : str
        Prefix for the added column names.

    Returns
    -------
    pandas.DataFrame
        A copy of ``frame`` with the columns of the table vocabulary
        (``docs/tables.md``, the same names and dtypes as
        :meth:`Report.to_frame <minestats.Report.to_frame>`): ``kind``
        (``share``), ``status``, ``low`` and ``high`` (the stated
        percentage's rounding interval), ``computed`` (percent) with
        ``computed_low`` and ``computed_high`` (within the rounding of the
        operands), ``unit``, ``gap`` (percentage points, in ``gap_unit``),
        ``reason``, and ``part_implied_low/high`` and
        ``whole_implied_low/high`` (in the part's and the whole's unit: the
        value that would make the stated percentage hold, the other operand
        as stated). Verdicts are exact and equal to those of
        :func:`check_share` row by row; the float columns are for reading.

    Raises
    ------
    DataError
        Naming the row and the column of every value that is not a stated
        number, is negative, or is a share above 100 per cent.

    Examples
    --------
    >>> import pandas as pd, minestats
    >>> table = pd.DataFrame({"cleared": ["165871.5", "150.0"], "mined": ["11258", "10"],
    ...                       "stated": ["14.2", "15.0"]})
    >>> out = minestats.check_shares(table, part="cleared", whole="mined", stated="stated",
    ...                              part_unit="ha", whole_unit="km²")
    >>> out["status"].tolist()
    ['inconsistent', 'consistent']
    """
    import numpy as np

    problems: list[Problem] = []
    p = parse_column(frame, part, problems)
    w = parse_column(frame, whole, problems)
    s = parse_column(frame, stated, problems, words=True)
    raise_problems(problems)
    p_units = units_of(frame, part, part_unit, problems)
    w_units = units_of(frame, whole, whole_unit, problems)
    raise_problems(problems)
    (p_factor, w_factor), dimension = factors_of([p_units, w_units])
    for column, units in ((p, p_units), (w, w_units)):
        for code, name in enumerate(units.names):
            validate_column(column, name, frame, problems, rows=units.codes == code)
    validate_column(s, "percent", frame, problems)
    directions = directions_of(frame, qualifier, problems)
    raise_problems(problems)
    whole_numbers = dimension == "count"
    decimals = decimals_of([p, w])
    s_decimals = decimals_of([s])
    multiplier = verbal_multiplier([s], s_decimals)  # 1 unless a share is stated in words
    scale = 100 * 10**s_decimals * multiplier
    # The rule forms scale * part - stated * whole: use int64 when no term can overflow.
    largest_term = max(
        scale * bound_of([p], decimals, [int(p_factor.max(initial=1))]),
        max(bound_of([s], s_decimals, [1]) * multiplier, scale)
        * bound_of([w], decimals, [int(w_factor.max(initial=1))]),
    )
    exact = largest_term * 2 >= INT64_SAFE
    pb = box_of(p, decimals, p_factor, whole_numbers, exact)
    wb = box_of(w, decimals, w_factor, whole_numbers, exact)
    s_box_low, s_box_point, s_box_high = stated_box(s, s_decimals, multiplier, exact)
    # a bound opens one end of the stated interval: to 100 % above, to 0 below (as the core reads it)
    s_box_high = np.where(directions == LOWER, scale, s_box_high)
    s_box_low = np.where(directions == UPPER, 0, s_box_low)
    box = {"part": pb, "whole": wb}
    holds = share_holds({"part": 1}, {"whole": 1}, box, s_box_low, s_box_high, scale)
    missing = p.missing | w.missing | s.missing
    zero = ~missing & (wb[1] == 0)
    undecided = missing | zero
    at_point = ~undecided & (scale * pb[1] >= s_box_low * wb[1]) & (scale * pb[1] <= s_box_high * wb[1])
    reason = np.where(holds, np.where(at_point, 0, 1), 2)
    ruled_out = np.zeros(len(frame), dtype=bool)
    if whole_numbers:
        bounds = (s_box_low, s_box_high)
        part_ok, whole_ok = whole_number_ranges(pb, wb, bounds, p.missing, w.missing, decimals, scale)
        reason = np.where(holds & ~(part_ok & whole_ok), 3, reason)
        holds = holds & part_ok & whole_ok
        # one count unknown: inconsistent when no whole number can fill it, else undecided
        ruled_out = ~s.missing & ((p.missing & ~w.missing & ~part_ok) | (w.missing & ~p.missing & ~whole_ok))
        undecided = undecided & ~ruled_out
        holds = holds & ~ruled_out
    bound = directions != NO_BOUND
    reason = np.where(bound & (reason <= 1), 7, np.where(bound & (reason == 2), 8, reason))
    reason = np.where(zero, 4, np.where(missing, np.where(ruled_out, 6, 5), reason))
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        # floats for reading, converted from the exact integers without overflow
        p_value = floats_of(pb[1], decimals)  # in the smallest unit of the part and the whole
        w_value = floats_of(wb[1], decimals)
        s_low = floats_of(s_box_low, s_decimals) / multiplier
        s_high = floats_of(s_box_high, s_decimals) / multiplier
        s_point = floats_of(s_box_point, s_decimals) / multiplier
        computed = np.where(undecided, np.nan, ratios_of(pb[1], wb[1]) * 100)
        computed_low = np.where(undecided, np.nan, ratios_of(pb[0], wb[2]) * 100)
        computed_high = np.where(undecided, np.nan, ratios_of(pb[2], wb[0]) * 100)
        unscale_p = p_factor.astype(np.float64)
        unscale_w = w_factor.astype(np.float64)
        whole_known = ~(w.missing | s.missing)
        part_known = ~(p.missing | s.missing)
        n = len(frame)
        columns = {
            "kind": text_column(["share"], 0, n),
            "status": text_column([status.value for status in Status], status_codes(holds, undecided), n),
            "low": np.where(s.missing, np.nan, s_low),
            "high": np.where(s.missing, np.nan, s_high),
            "computed": computed,
            "computed_low": computed_low,
            "computed_high": computed_high,
            "unit": text_column(["percent"], 0, n),
            "gap": computed - s_point,
            "gap_unit": text_column(["percentage points"], 0, n),
            "reason": text_column(SHARE_REASONS, reason, n),
            "part_implied_low": np.where(whole_known, s_low / 100 * w_value / unscale_p, np.nan),
            "part_implied_high": np.where(whole_known, s_high / 100 * w_value / unscale_p, np.nan),
            "whole_implied_low": np.where(part_known, p_value * 100 / s_high / unscale_w, np.nan),
            "whole_implied_high": np.where(part_known, p_value * 100 / s_low / unscale_w, np.nan),
        }
    return add_columns(frame, prefix, columns)


def whole_number_ranges(
    part: tuple[Any, Any, Any],
    whole: tuple[Any, Any, Any],
    stated: tuple[Any, Any],
    part_missing: Any,
    whole_missing: Any,
    decimals: int,
    scale: int,
    open_high: Any = None,
) -> tuple[Any, Any]:
    """The GRIM rule on every row: whether a whole number of things can be the part, and the whole.

    Counts at ``10**decimals`` per item; the stated share within
    ``[low, high] / scale`` (no high end on the rows ``open_high`` marks: a
    stated multiple or increase "more than" a value). The part must be a whole number from
    ``low * whole_low / scale`` to ``high * whole_high / scale`` within its own
    rounding (from 0 up when unknown); the whole, from ``part_low * scale /
    high`` to ``part_high * scale / low``. The same ranges as the single-claim
    path's (``_whole_number_gap`` in ``_checks``), with floor division for
    the whole numbers.
    """
    import numpy as np

    one = 10**decimals
    pl, _, ph = part
    wl, _, wh = whole
    sl, sh = stated
    big = (
        scale * one * 4 >= INT64_SAFE
        or max(_largest(pl, ph, wl, wh) * max(scale, _largest(sl, sh)), _largest(sl, sh) * one) * 4
        >= INT64_SAFE
    )
    if big:
        pl, ph, wl, wh, sl, sh = (np.asarray(v).astype(object) for v in (pl, ph, wl, wh, sl, sh))

    def ceil(a: Any, b: Any) -> Any:
        return -((-a) // b)

    lo_p = ceil(sl * wl, scale * one)
    hi_p = (sh * wh) // (scale * one)
    if open_high is not None:  # no ceiling from the stated value: the part's own, or none when unknown
        hi_p = np.where(open_high, np.where(part_missing, lo_p, ph // one), hi_p)
    lo_p = np.where(part_missing, lo_p, np.maximum(lo_p, ceil(pl, one)))
    hi_p = np.where(part_missing, hi_p, np.minimum(hi_p, ph // one))
    part_ok = lo_p <= hi_p
    positive = sl > 0
    lo_w = ceil(pl * scale, np.where(sh > 0, sh, 1) * one)
    if open_high is not None:
        lo_w = np.where(open_high, 0, lo_w)
    hi_w = (ph * scale) // (np.where(positive, sl, 1) * one)
    lo_w = np.where(whole_missing, lo_w, np.maximum(lo_w, ceil(wl, one)))
    lo_w = np.maximum(lo_w, 1)  # a whole of no items gives no share
    hi_own = wh // one
    whole_ok = np.where(
        whole_missing,
        ~positive | (lo_w <= hi_w),
        lo_w <= np.where(positive, np.minimum(hi_w, hi_own), hi_own),
    )
    return np.asarray(part_ok, dtype=bool), np.asarray(whole_ok, dtype=bool)


def _largest(*arrays: Any) -> int:
    """The largest absolute value in these integer arrays (0 when empty)."""
    return max((int(abs(a).max()) for a in arrays if len(a)), default=0)


def check_sums(
    frame: pd.DataFrame,
    *,
    parts: Sequence[Hashable],
    total: Hashable,
    unit: Hashable = "count",
    qualifier: Hashable | None = None,
    prefix: str = "",
) -> pd.DataFrame:
    """Check on every row of a table that ``parts`` add up to the stated ``total``.

    Returns a copy of ``frame`` with the columns of the table vocabulary
    (``docs/tables.md``, the same names and dtypes as
    :meth:`Report.to_frame <minestats.Report.to_frame>`): ``kind`` (``sum``),
    ``status``, ``low`` and ``high`` (the stated total's rounding interval),
    ``computed`` (the sum of the parts) with ``computed_low`` and
    ``computed_high`` (within their rounding), ``unit``, ``gap`` (computed
    minus stated, in ``gap_unit``), ``reason``, and for each part
    ``<part>_implied_low/high``: the value that would make the total hold,
    the other parts as stated. When one part is unknown, its implied columns
    give the values it would have to be (the others anywhere within their
    rounding; whole numbers for counts), and the row is inconsistent when
    no value can be it. ``unit`` is a unit name or the label of a column of
    unit names (each row's parts and total share its unit). ``qualifier``
    (one wording, or the label of a column of them) makes a directional
    total a bound, as :func:`check_shares` does: "more than 490" has ``high``
    ``inf``, "nearly 490" ``low`` 0. Verdicts equal those of
    :func:`check_sum`.

    Examples
    --------
    >>> import pandas as pd, minestats
    >>> table = pd.DataFrame({"killed": pd.array([70, 70, None], dtype="Int64"),
    ...                       "injured": [312, 313, 312], "total": [382, 382, 382]})
    >>> out = minestats.check_sums(table, parts=["killed", "injured"], total="total")
    >>> out[["status", "gap"]].values.tolist()
    [['consistent', 0.0], ['inconsistent', 1.0], ['indeterminate', nan]]
    >>> out.loc[2, ["killed_implied_low", "killed_implied_high"]].tolist()
    [70.0, 70.0]
    """
    import numpy as np

    problems: list[Problem] = []
    if isinstance(parts, str) or not parts:
        raise refuse("a sum needs a list of at least one part column")
    cols = [parse_column(frame, c, problems) for c in parts]
    t = parse_column(frame, total, problems)
    raise_problems(problems)
    units = units_of(frame, total, unit, problems)
    raise_problems(problems)
    _, dimension = factors_of([units])  # every column of a row is in that row's unit
    for c in [*cols, t]:
        for code, name in enumerate(units.names):
            validate_column(c, name, frame, problems, rows=units.codes == code)
    directions = directions_of(frame, qualifier, problems)
    raise_problems(problems)
    whole = dimension == "count"
    decimals = decimals_of([*cols, t])
    exact = bound_of([*cols, t], decimals, [1] * (len(cols) + 1)) * (len(cols) + 2) >= INT64_SAFE
    boxes = [box_of(c, decimals, 1, whole, exact) for c in cols]
    t_box_low, t_box_point, t_box_high = box_of(t, decimals, 1, whole, exact)
    # a bound opens one end of the stated total, as the core reads it: "nearly" down to 0, "more
    # than" up without end (judged below, where the sums are known)
    lower = directions == LOWER
    t_box_low = np.where(directions == UPPER, 0, t_box_low)
    names = [f"part_{i}" for i in range(len(cols))]
    box = dict(zip(names, boxes, strict=True))
    holds = sum_holds(dict.fromkeys(names, 1), box, t_box_low, t_box_high)
    n = len(frame)
    unknown = np.zeros(n, dtype=np.int64)
    for c in cols:
        unknown += c.missing
    one_unknown = ~t.missing & (unknown == 1)
    incomplete = t.missing | (unknown > 0)
    undecided = incomplete
    zeros = np.zeros(n, dtype=object if exact else np.int64)
    # an unknown part counts as 0 in these sums
    known = [tuple(np.where(c.missing, zeros, end) for end in b) for c, b in zip(cols, boxes, strict=True)]
    point_sum = sum((b[1] for b in known), start=zeros)
    low_sum = sum((b[0] for b in known), start=zeros)
    high_sum = sum((b[2] for b in known), start=zeros)
    # One unknown part: the values it would need, the others anywhere in their rounding (as check_sum).
    need_low = np.maximum(t_box_low - high_sum, 0)
    need_high = t_box_high - low_sum
    if whole:  # a count is a whole number
        one = 10**decimals
        need_low = -(-need_low // one) * one
        need_high = need_high // one * one
    fillable = (need_low <= need_high) | lower  # a lower bound has no ceiling
    ruled_out = one_unknown & ~fillable
    at_point = (t_box_low <= point_sum) & ((point_sum <= t_box_high) | lower)
    holds = np.where(lower, high_sum >= t_box_low, holds)
    reason = np.where(holds, np.where(at_point, 0, 1), 2)
    bound = directions != NO_BOUND
    reason = np.where(bound & (reason <= 1), 6, np.where(bound & (reason == 2), 7, reason))
    reason = np.where(one_unknown, np.where(fillable, 3, 4), np.where(undecided, 5, reason))
    holds = holds & ~undecided
    undecided = undecided & ~ruled_out
    t_low, t_high = floats_of(t_box_low, decimals), floats_of(t_box_high, decimals)
    t_high = np.where(lower, np.inf, t_high)
    unit_names = list(units.names)
    columns: dict[str, Any] = {
        "kind": text_column(["sum"], 0, n),
        "status": text_column([status.value for status in Status], status_codes(holds, undecided), n),
        "low": np.where(t.missing, np.nan, t_low),
        "high": np.where(t.missing, np.nan, t_high),
        "computed": np.where(incomplete, np.nan, floats_of(point_sum, decimals)),
        "computed_low": np.where(incomplete, np.nan, floats_of(low_sum, decimals)),
        "computed_high": np.where(incomplete, np.nan, floats_of(high_sum, decimals)),
        "unit": text_column(unit_names, units.codes, n),
        "gap": np.where(incomplete, np.nan, floats_of(point_sum - t_box_point, decimals)),
        "gap_unit": text_column(["items" if u == "count" else u for u in unit_names], units.codes, n),
        "reason": text_column(SUM_REASONS, reason, n),
    }
    fill_low = floats_of(need_low, decimals)
    fill_high = np.where(lower, np.inf, floats_of(need_high, decimals))
    for label, b, c in zip(parts, known, cols, strict=True):
        others = floats_of(point_sum - b[1], decimals)
        own = one_unknown & c.missing & fillable
        columns[f"{label}_implied_low"] = np.where(
            incomplete, np.where(own, fill_low, np.nan), np.maximum(t_low - others, 0)
        )
        columns[f"{label}_implied_high"] = np.where(
            incomplete, np.where(own, fill_high, np.nan), t_high - others
        )
    return add_columns(frame, prefix, columns)
