"""Single claims and tables of the other claim kinds: changes, multiples, partitions, one quantity twice.

Each single-claim function builds a small document and checks it
(:func:`~minestats.check_reading`), so the rule of each kind lives once, in
``_checks.py``; errors come from the document's validation and name the
field at fault. :func:`check_partitions` runs the same rule on numpy arrays
of scaled integers (``scaled_rounding``), one claim per row.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._checks import check_reading
from ._errors import DataError, Problem, UnitError
from ._frames import (
    INT64_SAFE,
    LOWER,
    NO_BOUND,
    UPPER,
    _Column,
    add_columns,
    bound_of,
    box_of,
    decimals_of,
    directions_of,
    factors_of,
    floats_of,
    parse_column,
    quote_of,
    raise_problems,
    ratios_of,
    refuse,
    stated_box,
    status_codes,
    taken_number,
    text_column,
    units_of,
    validate_column,
    verbal_multiplier,
    whole_number_ranges,
)
from ._io import DOCUMENT_FILE
from ._load import load_data
from ._rules import combine, extreme
from ._units import canonical_unit
from ._vocab import UNITS, Status

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ._report import Verdict

__all__ = [
    "check_change",
    "check_changes",
    "check_multiple",
    "check_multiples",
    "check_partition",
    "check_partitions",
    "check_same",
    "check_sames",
]


def _figure(ident: str, value: object, unit: str, qualifier: str | None = None) -> dict[str, Any]:
    """One figure as a data file gives it; an unknown unit is left for validation to name."""
    data: dict[str, Any] = {
        "id": ident,
        "label": ident,
        "value": value,
        "unit": unit,
        "locator": {"quote": quote_of(ident, value)},
    }
    try:
        name = canonical_unit(unit)
    except (UnitError, TypeError, AttributeError):
        name = None
    if name is not None and UNITS[name].dimension == "count":
        data["entity"] = "items"
    if qualifier is not None:
        data["qualifier"] = qualifier
    return data


def _check(kind: str, figures: list[dict[str, Any]], claim: dict[str, Any], caller: str) -> Verdict:
    """The verdict of a document holding these figures and the one claim (its one reading)."""
    claim = {"id": kind, "kind": kind, "label": kind, **claim}
    document = load_data(
        {"id": kind, "title": kind, "figures": figures, "claims": [claim]}, f"<{caller}>", DOCUMENT_FILE
    )
    return check_reading(document, kind)


def _stated_unit(stated_unit: str, allowed: tuple[str, ...]) -> str:
    """The canonical name of a table's ``stated_unit``, one of ``allowed``, or a clear refusal."""
    try:
        name: str | None = canonical_unit(stated_unit)
    except (UnitError, TypeError, AttributeError):
        name = None
    if name not in allowed:
        raise refuse(f"stated_unit must be {' or '.join(map(repr, allowed))}, not {stated_unit!r}")
    return name


def check_change(
    earlier: object,
    later: object,
    stated: object,
    *,
    change: Literal["increase", "decrease"] = "decrease",
    relative_to: Literal["earlier", "later"] = "earlier",
    unit: str | None = None,
    stated_unit: str = "percent",
    qualifier: str | None = None,
) -> Verdict:
    """Check a stated change from ``earlier`` to ``later``.

    Parameters
    ----------
    earlier, later : str, int, Decimal or float
        The two figures, as stated (strings keep their digits; a float is
        read as its shortest text with a :class:`~minestats.PrecisionWarning`).
    stated : str, int, Decimal or float
        The stated change: a relative change in percent (``"12"`` for
        12 %), or a difference in percentage points (``stated_unit=
        "percentage points"``, between two percentages). It may exceed 100.
    change : {"decrease", "increase"}
        Which way the document says the figures moved.
    relative_to : {"earlier", "later"}
        The figure the change is a share of (``earlier``, the usual reading).
    unit : str, optional
        Unit of ``earlier`` and ``later``: ``"percent"`` for a change in
        percentage points, else ``"count"`` unless given.
    stated_unit : str
        ``"percent"`` or ``"percentage points"``.
    qualifier : str, optional
        Qualifier of the stated change; a directional one (``"more than"``,
        ``"nearly"``) makes it a bound.

    Returns
    -------
    Verdict
        As :func:`~minestats.check_reading` gives for a ``change`` claim of
        a data file (``docs/method.md``).

    Raises
    ------
    DataError
        Naming the field (``earlier``, ``later``, ``stated``, ``change``,
        ``relative_to``) that is not valid.

    Examples
    --------
    >>> import minestats
    >>> minestats.check_change("650", "572", "12").status.value
    'consistent'
    >>> minestats.check_change("650", "572", "12", relative_to="later").status.value
    'inconsistent'
    >>> minestats.check_change("38.0", "41.5", "3.5", change="increase",
    ...                        stated_unit="percentage points").status.value
    'consistent'
    """
    earlier = taken_number(earlier, "earlier")
    later = taken_number(later, "later")
    stated = taken_number(stated, "stated")
    if unit is None:
        try:
            points = canonical_unit(stated_unit) == "percentage points"
        except (UnitError, TypeError, AttributeError):
            points = False  # the stated figure's validation names the unit
        unit = "percent" if points else "count"
    figures = [_figure("earlier", earlier, unit), _figure("later", later, unit),
               _figure("stated", stated, stated_unit, qualifier)]  # fmt: skip
    reading = {"id": "as_stated", "part": ["later"], "whole": ["earlier"], "relative_to": relative_to}
    claim = {"change": change, "stated": "stated", "readings": [reading]}
    return _check("change", figures, claim, "check_change")


def check_multiple(
    part: object,
    whole: object,
    stated: object,
    *,
    part_unit: str = "count",
    whole_unit: str = "count",
    stated_unit: str = "times",
    qualifier: str | None = None,
) -> Verdict:
    """Check that ``part`` is ``stated`` times ``whole`` ("three times as many", "almost double").

    Numbers are taken as :func:`check_change` takes them; ``stated_unit`` is
    ``"times"`` or ``"percent"`` (``"112"`` for 112 % of the whole: a
    multiple may exceed 100 %). A directional ``qualifier`` (``"almost"``,
    ``"more than"``) makes the stated multiple a bound.

    Raises
    ------
    DataError
        Naming the field (``part``, ``whole``, ``stated``) that is not valid.

    Examples
    --------
    >>> import minestats
    >>> minestats.check_multiple("790", "410", "2", qualifier="almost").status.value
    'consistent'
    >>> minestats.check_multiple("790", "410", "2").status.value
    'consistent'
    >>> minestats.check_multiple("790", "410", "2.0").status.value
    'inconsistent'
    >>> minestats.check_multiple("560", "500", "112", stated_unit="percent").status.value
    'consistent'
    """
    part = taken_number(part, "part")
    whole = taken_number(whole, "whole")
    stated = taken_number(stated, "stated")
    figures = [_figure("part", part, part_unit), _figure("whole", whole, whole_unit),
               _figure("stated", stated, stated_unit, qualifier)]  # fmt: skip
    claim = {"stated": "stated", "part": ["part"], "whole": ["whole"]}
    return _check("multiple", figures, claim, "check_multiple")


def check_partition(shares: Sequence[object], *, qualifiers: Sequence[str | None] | None = None) -> Verdict:
    """Check that stated percentages of one whole add up to 100 %, within their rounding.

    Parameters
    ----------
    shares : sequence of str, int, Decimal, float or None
        Two or more stated percentages (``"38"`` for 38 %). One may be
        ``None``: a share the document does not state, whose implied
        interval the verdict gives.
    qualifiers : sequence of str or None, optional
        One per share: a directional qualifier makes that share a bound
        ("more than 60 %" from 59.5 % up to 100 %).

    Returns
    -------
    Verdict
        As for a ``partition`` claim of a data file; ``implied`` gives, for
        each share, the values that would make the shares add up to 100 %,
        the others anywhere within their rounding.

    Raises
    ------
    DataError
        Naming the share (``share_0``, ``share_1``, ...) that is not a
        percentage from 0 to 100.

    Examples
    --------
    >>> import minestats
    >>> minestats.check_partition(["38", "62"]).status.value
    'consistent'
    >>> minestats.check_partition(["33", "33", "33"]).status.value  # 33.5 × 3 reaches 100
    'consistent'
    >>> minestats.check_partition(["32", "33", "33"]).status.value
    'inconsistent'
    >>> v = minestats.check_partition(["38.5", None])
    >>> v.status.value, str(v.implied[0].low), str(v.implied[0].high)
    ('indeterminate', '61.45', '61.55')
    """
    if isinstance(shares, str | bytes) or not isinstance(shares, Sequence):
        raise DataError(
            f"shares must be a list of stated percentages, not {type(shares).__name__}",
            file="<check_partition>",
        )
    if qualifiers is not None and (isinstance(qualifiers, str) or len(qualifiers) != len(shares)):
        raise DataError("qualifiers must be a list with one qualifier (or None) per share",
                        file="<check_partition>")  # fmt: skip
    figures = []
    for i, share in enumerate(shares):
        value = taken_number(share, f"share_{i}")
        figures.append(_figure(f"share_{i}", value, "percent", qualifiers[i] if qualifiers else None))
    claim = {"part": [f["id"] for f in figures]}
    return _check("partition", figures, claim, "check_partition")


def check_same(*values: object, unit: str = "count") -> Verdict:
    """Check that two or more stated values can be one quantity ("5 km² (500 ha)").

    Parameters
    ----------
    *values : stated number, or (stated number, unit)
        Each value as stated; a pair gives its own unit, a plain number
        takes ``unit``. Units must be of one dimension (areas with areas).
    unit : str
        The unit of values given without one.

    Returns
    -------
    Verdict
        Consistent when the values' rounding intervals share a value.

    Raises
    ------
    DataError
        Naming the value (``value_0``, ``value_1``, ...) that is not valid.

    Examples
    --------
    >>> import minestats
    >>> minestats.check_same(("5", "km²"), ("500", "ha")).status.value
    'consistent'
    >>> minestats.check_same("2.5 million", "2,500,000").status.value
    'consistent'
    >>> minestats.check_same(("5.0", "km²"), ("520", "ha")).status.value
    'inconsistent'
    """
    figures = []
    for i, item in enumerate(values):
        value, own = item if isinstance(item, tuple) and len(item) == 2 else (item, unit)
        figures.append(_figure(f"value_{i}", taken_number(value, f"value_{i}"), own))
    claim = {"part": [f["id"] for f in figures]}
    return _check("same", figures, claim, "check_same")


# -- tables ---------------------------------------------------------------------------------

#: The ``reason`` of a row of :func:`check_partitions`, by case (the numbers are in the other columns).
PARTITION_REASONS = (
    "the shares add up to 100 %",
    "values that round to the stated shares add up to 100 %",
    "no values that round to the stated shares add up to 100 %",
    "a share has no stated value, so the claim cannot be decided; *_implied_low/high give what it would"
    " have to be",
    "a share has no stated value, but the others already add up to more than 100 %",
    "more than one share has no stated value, so the claim cannot be decided",
)


def check_partitions(
    frame: pd.DataFrame,
    *,
    parts: Sequence[Hashable],
    qualifiers: Sequence[Hashable | None] | None = None,
    prefix: str = "",
) -> pd.DataFrame:
    """Check on every row of a table that stated shares of one whole add up to 100 %.

    Parameters
    ----------
    frame : pandas.DataFrame
    parts : list of column labels
        Two or more columns of stated percentages (``"38"`` for 38 %). Give
        them as strings so that trailing zeros count; integer columns are
        exact; float columns are accepted with a
        :class:`~minestats.PrecisionWarning`. An empty cell is a share the
        row does not state; a share in words ("a third") is read as a data
        file reads it.
    qualifiers : list, optional
        One per part: ``None``, a wording for every row (``"more than"``),
        or the label of a column of wordings. A directional one makes that
        share a bound, as in :func:`check_partition` ("more than 60" from
        59.5 to 100, "nearly 40" from 0 to 40.5).
    prefix : str
        Prefix for the added column names.

    Returns
    -------
    pandas.DataFrame
        A copy of ``frame`` with the columns of the table vocabulary
        (``docs/tables.md``): ``kind`` (``partition``), ``status``, ``low``
        and ``high`` (100), ``computed`` (the shares' sum) with
        ``computed_low`` and ``computed_high`` (within their rounding),
        ``unit`` (``percent``), ``gap`` (computed minus 100, in percentage
        points), ``reason``, and for each part ``<part>_implied_low/high``:
        the values of that share that make the shares add up to 100 %, the
        others anywhere within their rounding (for the one unknown share of
        a row, what it would have to be). Verdicts and implied intervals
        equal those of :func:`check_partition` row by row.

    Raises
    ------
    DataError
        Naming the row and the column of every value that is not a
        percentage from 0 to 100.

    Examples
    --------
    >>> import pandas as pd, minestats
    >>> table = pd.DataFrame({"civilian": ["38", "33", "38.5"], "military": ["62", "33", None],
    ...                       "unknown": ["0", "32", "0"]})
    >>> out = minestats.check_partitions(table, parts=["civilian", "military", "unknown"])
    >>> out["status"].tolist()
    ['consistent', 'inconsistent', 'indeterminate']
    >>> out.loc[2, ["military_implied_low", "military_implied_high"]].tolist()
    [60.95, 61.55]
    """
    import numpy as np

    if isinstance(parts, str) or len(parts) < 2:
        raise refuse("a partition needs a list of at least two part columns")
    problems: list[Problem] = []
    if qualifiers is not None and (isinstance(qualifiers, str) or len(qualifiers) != len(parts)):
        raise refuse("qualifiers must be a list with one qualifier (or None) per part column")
    cols = [parse_column(frame, c, problems, words=True) for c in parts]
    raise_problems(problems)
    for c in cols:
        validate_column(c, "percent", frame, problems)
    directions = [directions_of(frame, q, problems) for q in (qualifiers or [None] * len(parts))]
    raise_problems(problems)
    decimals = decimals_of(cols)
    multiplier = verbal_multiplier(cols, decimals)  # 1 unless a share is stated in words
    hundred = 100 * 10**decimals * multiplier
    bound = max(bound_of(cols, decimals, [1] * len(cols)) * multiplier, hundred)
    exact = bound * (len(cols) + 2) >= INT64_SAFE
    n = len(frame)
    zeros = np.zeros(n, dtype=object if exact else np.int64)
    boxes = []
    for c, direction in zip(cols, directions, strict=True):  # an unknown share counts as 0 below
        low, point, high = stated_box(c, decimals, multiplier, exact)
        if qualifiers is not None:  # a share stated as a bound: "more than 60" up to 100 %, "nearly 40" to 0
            high = np.where(direction == LOWER, np.maximum(high, hundred), high)
            low = np.where(direction == UPPER, 0, low)
        boxes.append(tuple(np.where(c.missing, zeros, end) for end in (low, point, high)))
    low_sum = sum((b[0] for b in boxes), start=zeros)
    point_sum = sum((b[1] for b in boxes), start=zeros)
    high_sum = sum((b[2] for b in boxes), start=zeros)
    unknown = np.zeros(n, dtype=np.int64)
    for c in cols:
        unknown += c.missing
    complete = unknown == 0
    one_unknown = unknown == 1
    holds = complete & (low_sum <= hundred) & (high_sum >= hundred)
    fillable = low_sum <= hundred  # the known shares leave room for the unknown one
    ruled_out = one_unknown & ~fillable
    undecided = ~complete & ~ruled_out
    reason = np.where(holds, np.where(point_sum == hundred, 0, 1), 2)
    reason = np.where(one_unknown, np.where(fillable, 3, 4), np.where(unknown > 1, 5, reason))

    def to_float(values: Any, decimals: int) -> Any:
        out = floats_of(values, decimals)
        return out if multiplier == 1 else out / multiplier

    computed = to_float(point_sum, decimals)
    columns: dict[str, Any] = {
        "kind": text_column(["partition"], 0, n),
        "status": text_column([status.value for status in Status], status_codes(holds, undecided), n),
        "low": np.full(n, 100.0),
        "high": np.full(n, 100.0),
        "computed": np.where(complete, computed, np.nan),
        "computed_low": np.where(complete, to_float(low_sum, decimals), np.nan),
        "computed_high": np.where(complete, to_float(high_sum, decimals), np.nan),
        "unit": text_column(["percent"], 0, n),
        "gap": np.where(complete, to_float(point_sum - hundred, decimals), np.nan),
        "gap_unit": text_column(["percentage points"], 0, n),
        "reason": text_column(PARTITION_REASONS, reason, n),
    }
    for label, b, c in zip(parts, boxes, cols, strict=True):
        # the others anywhere in their rounding: from 100 minus their highest sum to 100 minus their lowest
        need_low = np.maximum(hundred - (high_sum - b[2]), 0)
        need_high = hundred - (low_sum - b[0])
        feasible = need_low <= need_high
        shown = (complete | (one_unknown & c.missing)) & feasible
        columns[f"{label}_implied_low"] = np.where(shown, to_float(need_low, decimals), np.nan)
        columns[f"{label}_implied_high"] = np.where(shown, to_float(need_high, decimals), np.nan)
    return add_columns(frame, prefix, columns)


#: The ``reason`` of a row of :func:`check_changes`, by case.
CHANGE_REASONS = (
    "the change is within the rounding interval of the stated change",
    "the change is outside the rounding interval at the stated values, but values that round to the"
    " stated figures meet it",
    "no values that round to the stated figures give a change within the rounding interval of the"
    " stated change",
    "no whole number of items within the rounding of the figures gives the stated change",
    "the figure the change is relative to is zero, so no change can be computed",
    "an operand has no stated value, so the claim cannot be decided",
    "an operand has no stated value, but no value of it gives the stated change",
    "the change meets the bound the qualifier makes of the stated change (low to high)",
    "no values that round to the stated figures give a change within the bound the qualifier makes of"
    " the stated change (low to high)",
)


def _choice(frame: pd.DataFrame, given: Hashable, values: tuple[str, str], name: str) -> Any:
    """Whether each row takes ``values[1]``: one of the two values for all rows, or a column of them."""
    import numpy as np

    if isinstance(given, str) and given in values:
        return np.full(len(frame), given == values[1])
    try:
        found = given in frame.columns
    except TypeError:
        found = False
    if not found:
        expected = " or ".join(map(repr, values))
        raise refuse(f"{name} must be {expected}, or the label of a column of them; not {given!r}")
    cells = frame[given].to_numpy(dtype=object)
    problems = [
        Problem(f"row {frame.index[i]!r}", str(given), f"{name}: {' or '.join(values)}", found=repr(v))
        for i, v in enumerate(cells)
        if v not in values
    ]
    raise_problems(problems[:20])
    return np.asarray(cells == values[1], dtype=bool)


def check_changes(
    frame: pd.DataFrame,
    *,
    earlier: Hashable,
    later: Hashable,
    stated: Hashable,
    change: Hashable = "decrease",
    relative_to: Hashable = "earlier",
    unit: Hashable | None = None,
    stated_unit: str = "percent",
    qualifier: Hashable | None = None,
    prefix: str = "",
) -> pd.DataFrame:
    """Check a stated change on every row of a table ("a 12 % decrease from 650 to 572").

    Parameters
    ----------
    frame : pandas.DataFrame
    earlier, later, stated : column labels
        The two figures and the stated change: in percent, a relative
        change (it may exceed 100; a share in words, "a third", is read as
        a data file reads it); in percentage points, a difference of two
        percentages. Give stated numbers as strings so that trailing zeros
        count.
    change : ``"decrease"``, ``"increase"`` or a column label
        The direction for every row, or a column of directions.
    relative_to : ``"earlier"``, ``"later"`` or a column label
        The figure a relative change is a share of, for every row or row by
        row (a change in percentage points has none).
    unit : str or column label, optional
        Unit of ``earlier`` and ``later``: one name for every row, or a
        column of unit names (each row's two figures share its unit);
        ``"count"`` by default, ``"percent"`` for a change in percentage
        points (the only unit it takes).
    stated_unit : {"percent", "percentage points"}
        Unit of the stated change, for every row.
    qualifier : str or column label, optional
        The stated change's qualifier, one wording for every row or a
        column of them: a directional one makes it a bound, as in
        :func:`check_change` ("more than 12" from 11.5 up, ``high`` is
        ``inf``; "nearly 12" from 0 to 12.5).
    prefix : str
        Prefix for the added column names.

    Returns
    -------
    pandas.DataFrame
        A copy of ``frame`` with the columns of the table vocabulary
        (``docs/tables.md``): ``kind`` (``change``), ``status``, ``low`` and
        ``high`` (the stated change's rounding interval, or its bound),
        ``computed`` (the change in percent, or in percentage points) with
        ``computed_low`` and ``computed_high`` (within the rounding of the
        figures), ``unit``, ``gap`` (percentage points), ``reason``, and
        ``earlier_implied_low/high`` and ``later_implied_low/high``: the
        value of each figure that would make the stated change hold, the
        other as stated (for the one unknown figure of a row, the other
        anywhere within its rounding). Verdicts equal those of
        :func:`check_change` row by row (the whole-number rule for counts
        included).

    Raises
    ------
    DataError
        Naming the row and the column of every value that is not a stated
        number, or is negative; or a ``change``/``relative_to`` that is not
        one of its two values, or an unknown qualifier.

    Examples
    --------
    >>> import pandas as pd, minestats
    >>> table = pd.DataFrame({"y2022": ["650", "650", "1.2 thousand"],
    ...                       "y2023": ["572", "572", "1.5 thousand"], "stated": ["12", "14", "25"],
    ...                       "way": ["decrease", "decrease", "increase"]})
    >>> out = minestats.check_changes(table, earlier="y2022", later="y2023", stated="stated",
    ...                               change="way")
    >>> out["status"].tolist()
    ['consistent', 'inconsistent', 'consistent']
    >>> points = pd.DataFrame({"before": ["38.0", "38.0"], "after": ["41.5", "41.5"],
    ...                        "stated": ["3.5", "5"], "q": [None, "more than"]})
    >>> minestats.check_changes(points, earlier="before", later="after", stated="stated",
    ...                         change="increase", stated_unit="percentage points",
    ...                         qualifier="q")["status"].tolist()
    ['consistent', 'inconsistent']
    """
    import numpy as np

    stated_name = _stated_unit(stated_unit, ("percent", "percentage points"))
    points = stated_name == "percentage points"
    if unit is None:
        unit = "percent" if points else "count"
    problems: list[Problem] = []
    e = parse_column(frame, earlier, problems)
    lt = parse_column(frame, later, problems)
    s = parse_column(frame, stated, problems, words=not points)
    raise_problems(problems)
    increase = _choice(frame, change, ("decrease", "increase"), "change")
    of_later = _choice(frame, relative_to, ("earlier", "later"), "relative_to")
    units = units_of(frame, earlier, unit, problems)
    raise_problems(problems)
    _, dimension = factors_of([units])  # both figures of a row are in that row's unit
    if points and units.names != ["percent"]:
        names = ", ".join(sorted(set(units.names)))
        raise refuse(f"a change in percentage points is between two percentages, not {names}", "unit")
    for column in (e, lt):
        for code, name in enumerate(units.names):
            validate_column(column, name, frame, problems, rows=units.codes == code, cap=False)
    for i in np.flatnonzero(~s.missing & s.negative)[:20]:
        problems.append(Problem(f"row {frame.index[int(i)]!r}", s.name, "a stated change cannot be negative"))
    directions = directions_of(frame, qualifier, problems)
    raise_problems(problems)
    if points:
        return _points(frame, e, lt, s, increase, directions, prefix)
    counts = dimension == "count"
    decimals = decimals_of([e, lt])
    s_decimals = decimals_of([s])
    multiplier = verbal_multiplier([s], s_decimals)
    scale = 100 * 10**s_decimals * multiplier
    operand = bound_of([e, lt], decimals, [1, 1])
    s_bound = max(bound_of([s], s_decimals, [1]) * multiplier, scale)
    exact = max(scale * operand, (scale + s_bound) * operand) * 4 >= INT64_SAFE
    eb = box_of(e, decimals, 1, counts, exact)
    lb = box_of(lt, decimals, 1, counts, exact)
    s_low, s_point, s_high = stated_box(s, s_decimals, multiplier, exact)
    # a bound opens one end of the stated change: "nearly" down to 0, "more than" up without end
    s_low = np.where(directions == UPPER, 0, s_low)
    lower = directions == LOWER
    # the ratio num / den is within [r_low, r_high] / scale: num is the later figure (earlier
    # when relative to the later one); a change of v % is a ratio of 1 + v / 100 (1 - v / 100)
    num = tuple(np.where(of_later, a, b) for a, b in zip(eb, lb, strict=True))
    den = tuple(np.where(of_later, b, a) for a, b in zip(eb, lb, strict=True))
    num_missing = np.where(of_later, e.missing, lt.missing)
    den_missing = np.where(of_later, lt.missing, e.missing)
    up = increase != of_later  # the ratio grows with the stated change
    # an open high end of the change: no upper bound of the ratio when it grows with the change,
    # no lower bound (0 is as low as a ratio of quantities goes) when it shrinks
    r_low = np.where(up, scale + s_low, np.where(lower, 0, scale - s_high))
    r_high = np.where(up, scale + s_high, scale - s_low)
    rule = _ratio_rule(
        num, den, num_missing, den_missing, s.missing, r_low, r_high, s_decimals + 2, decimals, counts,
        up & lower, multiplier,
    )  # fmt: skip
    n = len(frame)
    sign = np.where(up, 1.0, -1.0)
    low_end = np.where(up, rule.low_end, rule.high_end)
    high_end = np.where(up, rule.high_end, rule.low_end)
    computed = sign * (rule.ratio - 1) * 100
    reason = _bound_reasons(rule.reason, directions)
    s_high_float = np.where(lower, np.inf, floats_of(s_high, s_decimals) / multiplier)
    columns: dict[str, Any] = {
        "kind": text_column(["change"], 0, n),
        "status": text_column([status.value for status in Status], rule.status, n),
        "low": np.where(s.missing, np.nan, floats_of(s_low, s_decimals) / multiplier),
        "high": np.where(s.missing, np.nan, s_high_float),
        "computed": computed,
        "computed_low": sign * (low_end - 1) * 100,
        "computed_high": sign * (high_end - 1) * 100,
        "unit": text_column(["percent"], 0, n),
        "gap": computed - floats_of(s_point, s_decimals) / multiplier,
        "gap_unit": text_column(["percentage points"], 0, n),
        "reason": text_column(CHANGE_REASONS, reason, n),
        "earlier_implied_low": np.where(of_later, rule.num_low, rule.den_low),
        "earlier_implied_high": np.where(of_later, rule.num_high, rule.den_high),
        "later_implied_low": np.where(of_later, rule.den_low, rule.num_low),
        "later_implied_high": np.where(of_later, rule.den_high, rule.num_high),
    }
    return add_columns(frame, prefix, columns)


def _bound_reasons(reason: Any, directions: Any) -> Any:
    """Reason codes of a ratio rule, those of a stated value read as a bound replaced (codes 7 and 8)."""
    import numpy as np

    bound = directions != NO_BOUND
    return np.where(bound & (reason <= 1), 7, np.where(bound & (reason == 2), 8, reason))


def _points(
    frame: pd.DataFrame, e: _Column, lt: _Column, s: _Column, increase: Any, directions: Any, prefix: str
) -> pd.DataFrame:
    """Changes in percentage points: later minus earlier (a decrease: the reverse) within the stated one.

    The rule of ``_checks`` (``_points``, a linear form): consistent when the
    difference, each figure within its rounding, meets the stated interval
    (a bound's open end included); one unknown figure gets the values that
    would make it hold, the other within its rounding, and is ruled out when
    no percentage of 0 or more can be it.
    """
    import numpy as np

    decimals = decimals_of([e, lt, s])
    exact = bound_of([e, lt, s], decimals, [1, 1, 1]) * 4 >= INT64_SAFE
    eb = box_of(e, decimals, 1, False, exact)
    lb = box_of(lt, decimals, 1, False, exact)
    t_low, t_point, t_high = box_of(s, decimals, 1, False, exact)
    t_low = np.where(directions == UPPER, 0, t_low)
    open_high = directions == LOWER
    # first - second is the stated change: later - earlier for an increase
    first = tuple(np.where(increase, b, a) for a, b in zip(eb, lb, strict=True))
    second = tuple(np.where(increase, a, b) for a, b in zip(eb, lb, strict=True))
    first_missing = np.where(increase, lt.missing, e.missing)
    second_missing = np.where(increase, e.missing, lt.missing)
    point = first[1] - second[1]
    lowest, highest = first[0] - second[2], first[2] - second[0]
    holds = (highest >= t_low) & ((lowest <= t_high) | open_high)
    at_point = (point >= t_low) & ((point <= t_high) | open_high)
    reason = _bound_reasons(np.where(holds, np.where(at_point, 0, 1), 2), directions)
    missing = e.missing | lt.missing | s.missing
    one_unknown = ~s.missing & (e.missing != lt.missing)
    # the unknown figure, the other anywhere within its rounding; the others at their stated values
    zeros = np.zeros(len(frame), dtype=object if exact else np.int64)
    first_low = np.where(one_unknown, t_low + second[0], t_low + second[1])
    first_high = np.where(one_unknown, t_high + second[2], t_high + second[1])
    second_low = np.where(open_high, zeros, np.where(one_unknown, first[0] - t_high, first[1] - t_high))
    second_high = np.where(one_unknown, first[2] - t_low, first[1] - t_low)
    first_low, second_low = np.maximum(first_low, zeros), np.maximum(second_low, zeros)
    first_ok = open_high | (first_low <= first_high)
    second_ok = second_low <= second_high
    ruled_out = one_unknown & np.where(first_missing, ~first_ok, ~second_ok)
    reason = np.where(missing, np.where(ruled_out, 6, 5), reason)
    holds = holds & ~missing
    undecided = missing & ~ruled_out
    n = len(frame)

    def floats(values: Any) -> Any:
        return floats_of(values, decimals)

    first_shown = ~(second_missing | s.missing) & first_ok
    second_shown = ~(first_missing | s.missing) & second_ok
    f_low = np.where(first_shown, floats(first_low), np.nan)
    f_high = np.where(first_shown, np.where(open_high, np.inf, floats(first_high)), np.nan)
    s_low = np.where(second_shown, floats(second_low), np.nan)
    s_high = np.where(second_shown, floats(second_high), np.nan)
    decided = ~missing
    columns: dict[str, Any] = {
        "kind": text_column(["change"], 0, n),
        "status": text_column([status.value for status in Status], status_codes(holds, undecided), n),
        "low": np.where(s.missing, np.nan, floats(t_low)),
        "high": np.where(s.missing, np.nan, np.where(open_high, np.inf, floats(t_high))),
        "computed": np.where(decided, floats(point), np.nan),
        "computed_low": np.where(decided, floats(lowest), np.nan),
        "computed_high": np.where(decided, floats(highest), np.nan),
        "unit": text_column(["percentage points"], 0, n),
        "gap": np.where(decided, floats(point - t_point), np.nan),
        "gap_unit": text_column(["percentage points"], 0, n),
        "reason": text_column(CHANGE_REASONS, reason, n),
        "earlier_implied_low": np.where(increase, s_low, f_low),
        "earlier_implied_high": np.where(increase, s_high, f_high),
        "later_implied_low": np.where(increase, f_low, s_low),
        "later_implied_high": np.where(increase, f_high, s_high),
    }
    return add_columns(frame, prefix, columns)


#: The ``reason`` of a row of :func:`check_multiples`, by case.
MULTIPLE_REASONS = (
    "part / whole is within the rounding interval of the stated multiple",
    "part / whole is outside the rounding interval at the stated values, but values that round to"
    " the stated figures meet it",
    "no values that round to the stated figures give a multiple within the rounding interval of the"
    " stated one",
    "no whole number of items within the rounding of the part and the whole gives the stated multiple",
    "the whole is zero, so no multiple can be computed",
    "an operand has no stated value, so the claim cannot be decided",
    "an operand has no stated value, but no value of it gives the stated multiple",
    "part / whole meets the bound the qualifier makes of the stated multiple (low to high)",
    "no values that round to the stated figures give a multiple within the bound the qualifier makes of"
    " the stated multiple (low to high)",
)


def check_multiples(
    frame: pd.DataFrame,
    *,
    part: Hashable,
    whole: Hashable,
    stated: Hashable,
    unit: Hashable = "count",
    stated_unit: str = "times",
    qualifier: Hashable | None = None,
    prefix: str = "",
) -> pd.DataFrame:
    """Check a stated multiple on every row of a table ("three times as many", "112 % of the target").

    Parameters
    ----------
    frame : pandas.DataFrame
    part, whole, stated : column labels
        The part, the whole and the stated multiple (it may exceed 100 %).
        Give stated numbers as strings so that trailing zeros count.
    unit : str or column label
        Unit of the part and the whole: one name for every row, or a column
        of unit names (each row's two figures share its unit).
    stated_unit : {"times", "percent"}
        Unit of the stated multiple, for every row. As in a data file, a
        multiple in times may be in words ("double", "three times": that
        whole number), one in percent a share in words ("half").
    qualifier : str or column label, optional
        The stated multiple's qualifier, one wording for every row or a
        column of them: a directional one makes it a bound, as in
        :func:`check_multiple` ("almost 2" up to 2.5 times, ``low`` 0; "more
        than 2" from 1.5 up, ``high`` ``inf``).
    prefix : str
        Prefix for the added column names.

    Returns
    -------
    pandas.DataFrame
        A copy of ``frame`` with the columns of the table vocabulary
        (``docs/tables.md``): ``kind`` (``multiple``), ``status``, ``low``
        and ``high`` (the stated multiple's rounding interval),
        ``computed`` with ``computed_low`` and ``computed_high``, ``unit``
        (``stated_unit``), ``gap`` (in ``gap_unit``: times, or percentage
        points), ``reason``, and ``part_implied_low/high`` and
        ``whole_implied_low/high`` (the other as stated). Verdicts equal
        those of :func:`check_multiple` row by row.

    Examples
    --------
    >>> import pandas as pd, minestats
    >>> table = pd.DataFrame({"found": ["790", "1500"], "before": ["410", "500"], "stated": ["2", "2"]})
    >>> out = minestats.check_multiples(table, part="found", whole="before", stated="stated")
    >>> out["status"].tolist()
    ['consistent', 'inconsistent']
    >>> minestats.check_multiples(table, part="found", whole="before", stated="stated",
    ...                           qualifier="more than")["status"].tolist()
    ['consistent', 'consistent']
    """
    import numpy as np

    stated_name = _stated_unit(stated_unit, ("times", "percent"))
    problems: list[Problem] = []
    p = parse_column(frame, part, problems)
    w = parse_column(frame, whole, problems)
    s = parse_column(
        frame, stated, problems, words=stated_name == "percent", multiples=stated_name == "times"
    )
    raise_problems(problems)
    units = units_of(frame, part, unit, problems)
    raise_problems(problems)
    _, dimension = factors_of([units])  # both figures of a row are in that row's unit
    for column in (p, w):
        for code, name in enumerate(units.names):
            validate_column(column, name, frame, problems, rows=units.codes == code, cap=False)
    for i in np.flatnonzero(~s.missing & s.negative)[:20]:
        problems.append(
            Problem(f"row {frame.index[int(i)]!r}", s.name, "a stated multiple cannot be negative")
        )
    directions = directions_of(frame, qualifier, problems)
    raise_problems(problems)
    counts = dimension == "count"
    decimals = decimals_of([p, w])
    s_decimals = decimals_of([s])
    digits = s_decimals + (2 if stated_name == "percent" else 0)
    multiplier = verbal_multiplier([s], s_decimals)
    operand = bound_of([p, w], decimals, [1, 1])
    s_bound = max(bound_of([s], s_decimals, [1]) * multiplier, 10**digits * multiplier)
    exact = max(10**digits * multiplier * operand, s_bound * operand) * 4 >= INT64_SAFE
    pb = box_of(p, decimals, 1, counts, exact)
    wb = box_of(w, decimals, 1, counts, exact)
    s_low, s_point, s_high = stated_box(s, s_decimals, multiplier, exact)
    # a bound opens one end of the stated multiple: "almost" down to 0, "more than" up without end
    s_low = np.where(directions == UPPER, 0, s_low)
    lower = directions == LOWER
    rule = _ratio_rule(
        pb, wb, p.missing, w.missing, s.missing, s_low, s_high, digits, decimals, counts, lower, multiplier
    )
    n = len(frame)
    factor = 100.0 if stated_name == "percent" else 1.0
    computed = rule.ratio * factor
    columns: dict[str, Any] = {
        "kind": text_column(["multiple"], 0, n),
        "status": text_column([status.value for status in Status], rule.status, n),
        "low": np.where(s.missing, np.nan, floats_of(s_low, s_decimals) / multiplier),
        "high": np.where(
            s.missing, np.nan, np.where(lower, np.inf, floats_of(s_high, s_decimals) / multiplier)
        ),
        "computed": computed,
        "computed_low": rule.low_end * factor,
        "computed_high": rule.high_end * factor,
        "unit": text_column([stated_name], 0, n),
        "gap": computed - floats_of(s_point, s_decimals) / multiplier,
        "gap_unit": text_column(["percentage points" if stated_name == "percent" else "times"], 0, n),
        "reason": text_column(MULTIPLE_REASONS, _bound_reasons(rule.reason, directions), n),
        "part_implied_low": rule.num_low,
        "part_implied_high": rule.num_high,
        "whole_implied_low": rule.den_low,
        "whole_implied_high": rule.den_high,
    }
    return add_columns(frame, prefix, columns)


@dataclass
class _RatioRows:
    """The ratio rule on every row: status codes, reason codes, and floats for reading (NaN: none)."""

    status: Any
    reason: Any
    ratio: Any  # num / den at the stated values
    low_end: Any  # the least and the most num / den within the rounding of both
    high_end: Any
    num_low: Any  # num that would give the stated value, den as stated; and den, num as stated
    num_high: Any
    den_low: Any
    den_high: Any


def _ratio_rule(
    num: tuple[Any, Any, Any],
    den: tuple[Any, Any, Any],
    num_missing: Any,
    den_missing: Any,
    stated_missing: Any,
    r_low: Any,
    r_high: Any,
    digits: int,
    decimals: int,
    counts: bool,
    open_high: Any,
    multiplier: int = 1,
) -> _RatioRows:
    """Whether ``num / den`` is within ``[r_low, r_high] / 10**digits`` somewhere on each row's box.

    The rule of a share, a multiple and a relative change in ``_checks``
    (``_ratio``), on arrays: ``ratio_within`` over the box; the whole-number
    rule when the operands are counts; a zero ``den`` undecided; one unknown
    operand ruled out when no value of it (no whole number, for a count)
    gives the stated value. ``r_low`` may be negative (a decrease of more
    than 100 %), which no ratio of quantities reaches. On the rows
    ``open_high`` marks the ratio has no upper bound (a stated value "more
    than" an increase or a multiple), whatever ``r_high`` holds there.
    ``multiplier`` divides the units of the bounds further (for shares in
    words, :func:`verbal_multiplier`): the scale is ``10**digits * multiplier``.
    """
    import numpy as np

    scale = 10**digits * multiplier
    box = {"num": num, "den": den}
    r_high = np.where(open_high, np.maximum(r_low, 0), r_high)  # a finite stand-in, never used as a bound
    reaches_low = extreme(combine({"num": 1}, {"den": 1}, r_low, scale), box, highest=True) >= 0
    reaches_high = extreme(combine({"num": 1}, {"den": 1}, r_high, scale), box, highest=False) <= 0
    holds = reaches_low & (reaches_high | open_high)
    missing = num_missing | den_missing | stated_missing
    zero = ~missing & (den[1] == 0)
    undecided = missing | zero
    at_point = (
        ~undecided & (scale * num[1] >= r_low * den[1]) & ((scale * num[1] <= r_high * den[1]) | open_high)
    )
    reason = np.where(holds, np.where(at_point, 0, 1), 2)
    # one operand unknown (the stated value known): is there a value of it that gives the stated one?
    r_floor = np.maximum(r_low, 0)
    num_ok = open_high | (
        np.maximum(r_floor * den[0], 0) <= np.where(r_high >= 0, r_high * den[2], r_high * den[0])
    )
    den_ok = open_high | (r_high > 0) | ((num[0] == 0) & (not counts))  # a count of no items is no whole
    known = ~stated_missing
    ruled_out = known & ((num_missing & ~den_missing & ~num_ok) | (den_missing & ~num_missing & ~den_ok))
    if counts:
        # a ratio bound below 0 is no bound on counts, which are never negative; the rows it rules
        # out are ruled out above
        ratio_box = (r_floor, np.maximum(r_high, 0))
        part_ok, whole_ok = whole_number_ranges(
            num, den, ratio_box, num_missing, den_missing, decimals, scale, open_high
        )
        reason = np.where(holds & ~(part_ok & whole_ok), 3, reason)
        holds = holds & part_ok & whole_ok
        ruled_out |= known & (
            (num_missing & ~den_missing & ~part_ok) | (den_missing & ~num_missing & ~whole_ok)
        )
    undecided = undecided & ~ruled_out
    holds = holds & ~undecided & ~ruled_out
    reason = np.where(zero, 4, np.where(missing, np.where(ruled_out, 6, 5), reason))
    decided = ~(missing | zero)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        # floats for reading, converted from the exact integers without overflow
        rl, rh = floats_of(r_low, digits) / multiplier, floats_of(r_high, digits) / multiplier
        num_value = floats_of(num[1], decimals)
        den_value = floats_of(den[1], decimals)
        rh = np.where(open_high, np.inf, rh)
        num_low, num_high = np.maximum(rl, 0) * den_value, rh * den_value
        den_low = np.where(rh > 0, num_value / rh, np.where(num_value == 0, 0.0, np.nan))
        den_high = np.where(rl > 0, num_value / rl, np.inf)
        num_low = np.where(~(den_missing | stated_missing) & (num_low <= num_high), num_low, np.nan)
        den_low = np.where(~(num_missing | stated_missing), den_low, np.nan)
        return _RatioRows(
            status=status_codes(holds, undecided),
            reason=reason,
            ratio=np.where(decided, ratios_of(num[1], den[1]), np.nan),
            low_end=np.where(decided, ratios_of(num[0], den[2]), np.nan),
            high_end=np.where(decided, ratios_of(num[2], den[0]), np.nan),
            num_low=num_low,
            num_high=np.where(np.isnan(num_low), np.nan, num_high),
            den_low=den_low,
            den_high=np.where(np.isnan(den_low), np.nan, den_high),
        )


#: The ``reason`` of a row of :func:`check_sames`, by case.
SAME_REASONS = (
    "the values' rounding intervals share a value: they can be one quantity",
    "the values' rounding intervals share no value: not one quantity",
    "a value has no stated value, so the claim cannot be decided",
)


def check_sames(
    frame: pd.DataFrame,
    *,
    values: Sequence[Hashable],
    unit: Hashable | list[str] | list[Hashable] = "count",
    prefix: str = "",
) -> pd.DataFrame:
    """Check on every row of a table that two or more stated values can be one quantity ("5 km² (500 ha)").

    Parameters
    ----------
    frame : pandas.DataFrame
    values : list of column labels
        Two or more columns of stated numbers, each row's one quantity
        stated in several units or wordings. Give them as strings so that
        trailing zeros count.
    unit : str, column label, or list of them
        Unit of the values: one unit name (or the label of a column of unit
        names) for every value column, or a list with one per value column.
        A text that is a column's label names that column (as in
        :func:`check_shares`). Units must be of one dimension; they are
        converted, never assumed.
    prefix : str
        Prefix for the added column names.

    Returns
    -------
    pandas.DataFrame
        A copy of ``frame`` with the columns of the table vocabulary
        (``docs/tables.md``): ``kind`` (``same``), ``status``, ``low`` and
        ``high`` (the first value's rounding interval, in its unit),
        ``computed`` (the second value, in the first's unit) with
        ``computed_low`` and ``computed_high`` (the values all the others
        allow), ``unit`` (the first value's), ``gap`` (second minus first),
        ``reason``, and for each value column ``<value>_implied_low/high``:
        the values the others allow, in that column's unit (whole numbers
        for a count; empty when they allow none, or a value of the row is
        unknown). Verdicts and numbers equal those of :func:`check_same`
        row by row.

    Raises
    ------
    DataError
        Naming the row and the column of every value that is not a stated
        number, or is negative; or a unit that is not known.

    Examples
    --------
    >>> import pandas as pd, minestats
    >>> table = pd.DataFrame({"area": ["5", "5.0", "5.59"], "hectares": ["500", "520", "560"]})
    >>> out = minestats.check_sames(table, values=["area", "hectares"], unit=["km²", "ha"])
    >>> out["status"].tolist()
    ['consistent', 'inconsistent', 'consistent']
    >>> out.loc[1, ["hectares_implied_low", "hectares_implied_high"]].tolist()
    [495.0, 505.0]
    """
    import numpy as np

    if isinstance(values, str) or len(values) < 2:
        raise refuse("a same claim needs a list of at least two value columns")
    if len(set(values)) < len(values):
        raise refuse("each value column may be named once")
    if isinstance(unit, list):
        if len(unit) != len(values):
            raise refuse(f"unit must be one unit (or unit column), or a list of {len(values)}, one per value")
        unit_of = list(unit)
    else:
        unit_of = [unit] * len(values)
    problems: list[Problem] = []
    cols = [parse_column(frame, c, problems) for c in values]
    raise_problems(problems)
    units = [units_of(frame, c, u, problems) for c, u in zip(values, unit_of, strict=True)]
    raise_problems(problems)
    factors, dimension = factors_of(units)
    for column, u in zip(cols, units, strict=True):
        for code, name in enumerate(u.names):
            validate_column(column, name, frame, problems, rows=u.codes == code, cap=False)
    raise_problems(problems)
    counts = dimension == "count"
    decimals = decimals_of(cols)
    largest = max(int(np.max(f, initial=1)) for f in factors)
    exact = bound_of(cols, decimals, [1] * len(cols)) * largest * 4 >= INT64_SAFE
    boxes = [box_of(c, decimals, f, counts, exact) for c, f in zip(cols, factors, strict=True)]
    n = len(frame)
    missing = np.zeros(n, dtype=bool)
    for c in cols:
        missing |= c.missing
    highest_low = _fold(np.maximum, [b[0] for b in boxes])
    lowest_high = _fold(np.minimum, [b[2] for b in boxes])
    holds = ~missing & (highest_low <= lowest_high)
    others_low = _fold(np.maximum, [b[0] for b in boxes[1:]])
    others_high = _fold(np.minimum, [b[2] for b in boxes[1:]])
    first = factors[0]
    first_missing = cols[0].missing

    def in_unit(values: Any, factor: Any) -> Any:
        """Scaled integers in the common unit as floats in a value's own unit."""
        return floats_of(values, decimals) / np.asarray(factor, dtype=np.float64)

    meet = ~missing & (others_low <= others_high)
    columns: dict[str, Any] = {
        "kind": text_column(["same"], 0, n),
        "status": text_column([status.value for status in Status], status_codes(holds, missing), n),
        "low": np.where(first_missing, np.nan, in_unit(boxes[0][0], first)),
        "high": np.where(first_missing, np.nan, in_unit(boxes[0][2], first)),
        "computed": np.where(missing, np.nan, in_unit(boxes[1][1], first)),
        "computed_low": np.where(meet, in_unit(others_low, first), np.nan),
        "computed_high": np.where(meet, in_unit(others_high, first), np.nan),
        "unit": text_column(units[0].names, units[0].codes, n),
        "gap": np.where(missing, np.nan, in_unit(boxes[1][1] - boxes[0][1], first)),
        "gap_unit": text_column(["items" if u == "count" else u for u in units[0].names], units[0].codes, n),
        "reason": text_column(SAME_REASONS, np.where(missing, 2, np.where(holds, 0, 1)), n),
    }
    for index, (label, factor) in enumerate(zip(values, factors, strict=True)):
        rest = [b for k, b in enumerate(boxes) if k != index]
        low = in_unit(_fold(np.maximum, [b[0] for b in rest]), factor)
        high = in_unit(_fold(np.minimum, [b[2] for b in rest]), factor)
        if counts:  # a count is a whole number: the whole numbers the others allow
            low, high = np.ceil(low), np.floor(high)
        shown = ~missing & (low <= high)
        columns[f"{label}_implied_low"] = np.where(shown, low, np.nan)
        columns[f"{label}_implied_high"] = np.where(shown, high, np.nan)
    return add_columns(frame, prefix, columns)


def _fold(function: Any, arrays: list[Any]) -> Any:
    """``function`` (``np.maximum``, ``np.minimum``) over the arrays, row by row."""
    out = arrays[0]
    for array in arrays[1:]:
        out = function(out, array)
    return out
