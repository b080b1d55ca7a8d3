"""Assertion helpers for tests that verify a document's stated figures.

Each helper checks with the same exact, rounding-aware arithmetic as
:func:`minestats.check` and raises :class:`AssertionError` with a message that
says, in a few lines, what was stated, what the figures give, the rounding
interval, the gap, the implied interval of each operand and where the claim
stands in its file. The pytest plugin uses the same message.

Examples
--------
>>> import minestats
>>> from minestats.testing import assert_as_expected, assert_share
>>> letter = minestats.letter()
>>> assert_as_expected(letter, "post_conflict_victims_total")
>>> assert_share("54,430", "1.5 million", "3.6")
>>> try:
...     assert_share("165,871.5", "1,125,800", "14.2", unit="ha")
... except AssertionError as err:
...     print(str(err).splitlines()[0])
share/as_stated in assert-share: inconsistent, expected consistent
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from ._frames import taken_number
from ._frames_kinds import check_change, check_multiple, check_partition, check_same
from ._io import DOCUMENT_FILE
from ._load import load_data
from ._models import Document, Figure
from ._render import explain as explain_verdict
from ._vocab import ClaimKind, Status

if TYPE_CHECKING:  # pragma: no cover
    from ._report import Report, Verdict

#: What the helpers take as a number: what the table functions take (``check_shares``, ``check_sums``).
Stated = Figure | str | int | float | Decimal

__all__ = [
    "assert_as_expected",
    "assert_change",
    "assert_consistent",
    "assert_multiple",
    "assert_partition",
    "assert_same",
    "assert_share",
    "assert_sum",
    "explain",
]


def explain(
    verdict: Verdict,
    document: Document | None = None,
    *,
    file: str | None = None,
    expected: Status | None = None,
) -> str:
    """A few lines that explain one verdict, for failure messages.

    The same text as the pytest plugin's failure report and the command
    line's explanation below its table.

    Parameters
    ----------
    verdict : Verdict
        The verdict to explain.
    document : Document, optional
        The document checked; gives the claim's locator and its line in the file.
    file : str, optional
        The file to name; defaults to the document's source.
    expected : Status, optional
        The status the caller wanted; defaults to the one the data file
        records (``consistent`` when none is recorded).

    Returns
    -------
    str
        The claim as stated, the computed value, the rounding interval, the
        gap, the implied interval of each operand, and where the claim stands.

    Examples
    --------
    >>> import minestats
    >>> letter = minestats.letter()
    >>> v = minestats.check(letter).verdict("cleared_share_of_minefields", "of_minefield_area")
    >>> print(explain(v, letter, file="un-24-23652.yaml"))  # doctest: +ELLIPSIS
    cleared_share_of_minefields/of_minefield_area in un-24-23652: inconsistent (as expected)
      claim:      About 14.2 per cent of the minefield area has been cleared ('this area' is ...)
      stated:     14.2 %, rounding interval [14.15, 14.25] %
      computed:   14.7337 % (14.733 to 14.7343 % within the rounding of its operands)
      gap:        +0.533656 percentage points
      implied:    cleared_area in [159,300.7, 160,426.5] ha (1,593.007 to 1,604.265 km²), stated 165,871.5
                  minefield_area in [11,640.105, 11,722.368] km² (...), stated 11,258
      qualifiers: cleared_share 'approximately', minefield_area 'about'
      where:      un-24-23652.yaml:...: claim cleared_share_of_minefields, p. 2, para. 6: ...
      reason:     165,871.5 ha / 11,258 km² = 14.73 %; ...
    """
    return explain_verdict(verdict, document, file=file, expected=expected)


def _verdicts(document: Document, claim: str | None, reading: str | None) -> list[Verdict]:
    from ._checks import check, check_reading

    if claim is None:
        return list(check(document).verdicts)
    found = document.claim(claim)
    if reading is not None:
        return [check_reading(document, found, reading)]
    return [check_reading(document, found, r) for r in found.readings]


def _fail(
    failures: Sequence[Verdict], document: Document | None, total: int, expected: Status | None = None
) -> None:
    if failures:
        head = f"{len(failures)} of {total} claim readings" if total > 1 else "the claim reading"
        body = "\n\n".join(explain_verdict(v, document, expected=expected) for v in failures)
        raise AssertionError(f"{head} did not check out as expected:\n\n{body}" if total > 1 else body)


def assert_consistent(document: Document, claim: str, reading: str | None = None) -> None:
    """Assert that a claim (every reading, or the one named) is consistent.

    This ignores any ``expect`` recorded in the data file; use
    :func:`assert_as_expected` to honour it.

    Raises
    ------
    AssertionError
        Naming each reading that is not consistent and why.
    minestats.UnknownIdError
        If the document has no such claim or reading.

    Examples
    --------
    >>> import minestats
    >>> assert_consistent(minestats.letter(), "neutralized_share_of_planted", "mines_of_mines")
    """
    __tracebackhide__ = True
    verdicts = _verdicts(document, claim, reading)
    failures = [v for v in verdicts if v.status is not Status.CONSISTENT]
    _fail(failures, document, len(verdicts), Status.CONSISTENT)


def assert_as_expected(
    document: Document | Report, claim: str | None = None, reading: str | None = None
) -> None:
    """Assert that verdicts match the expectations recorded in the data file.

    A reading without ``expect`` is expected to be consistent.

    Parameters
    ----------
    document : Document or Report
        The document (checked here), or a report already made.
    claim, reading : str, optional
        Limit the assertion to one claim, or one reading of it.

    Examples
    --------
    >>> import minestats
    >>> assert_as_expected(minestats.letter())
    """
    __tracebackhide__ = True
    if isinstance(document, Document):
        verdicts = _verdicts(document, claim, reading)
        doc: Document | None = document
    else:
        verdicts = [
            v
            for v in document.verdicts
            if (claim is None or v.claim == claim) and (reading is None or v.reading == reading)
        ]
        doc = None
    _fail([v for v in verdicts if not v.as_expected], doc, len(verdicts))


def _operand(
    value: Stated, name: str, unit: str, percent: bool = False, qualifier: str | None = None
) -> dict[str, Any]:
    if isinstance(value, Figure):
        data = {**value.model_dump(exclude={"id"}), "id": name}
    else:
        data = {
            "id": name,
            "label": name,
            "value": value,
            "unit": "percent" if percent else unit,
            "locator": {"quote": str(value)},
        }
        if not percent and unit == "count":
            data["entity"] = "items"
    if qualifier is not None:
        data["qualifier"] = qualifier
    return data


def _adhoc(
    kind: ClaimKind, parts: Sequence[Any], whole: Any, stated: Any, unit: str, qualifier: str | None = None
) -> Document:
    figures = [_operand(p, f"part_{i}", unit) for i, p in enumerate(parts)]
    claim: dict[str, Any] = {"id": kind.value, "kind": kind.value, "label": f"asserted {kind.value}"}
    claim["part"] = [f["id"] for f in figures]
    if kind is ClaimKind.SHARE:
        figures.append(_operand(whole, "whole", unit))
        figures.append(_operand(stated, "stated", unit, percent=True, qualifier=qualifier))
        claim["whole"] = ["whole"]
    else:
        figures.append(_operand(stated, "stated", unit, qualifier=qualifier))
    claim["stated"] = "stated"
    data = {
        "id": f"assert-{kind.value}",
        "title": f"assert_{kind.value}",
        "figures": figures,
        "claims": [claim],
    }
    return load_data(data, f"<assert_{kind.value}>", DOCUMENT_FILE)


def assert_share(
    part: Stated | Sequence[Stated],
    whole: Stated,
    stated: Stated,
    *,
    unit: str = "count",
    qualifier: str | None = None,
) -> None:
    """Assert that part / whole agrees with a stated percentage, rounding included.

    Parameters
    ----------
    part : Figure, str, int, float or Decimal, or a sequence of them
        The part (several are added up). Numbers are taken as stated:
        ``"14.20"`` has four significant digits. As in the table functions,
        strings, ints (numpy's too) and Decimals keep their digits; a float
        has lost them, and is read as its shortest text with a
        :class:`~minestats.PrecisionWarning`.
    whole : Figure, str, int, float or Decimal
    stated : Figure, str, int, float or Decimal
        The stated percentage (``"3.6"`` for 3.6 per cent), or a share in
        words (``"two thirds"``), as a data file takes it.
    unit : str
        Unit of numbers given without a Figure (default: a count, whose whole
        numbers are exact).
    qualifier : str, optional
        Qualifier of the stated percentage: a directional one (``"more
        than"``, ``"nearly"``) makes it a bound, as in
        :func:`minestats.check_share`.

    Examples
    --------
    >>> assert_share(["70", "312"], "764", "50")
    >>> assert_share("1.5", "2", "75", unit="ha")
    >>> assert_share("54,430", "1.5 million", "3", qualifier="more than")
    >>> assert_share("201", "300", "two thirds")
    """
    __tracebackhide__ = True
    parts = []
    for i, one in enumerate(part if isinstance(part, (list, tuple)) else [part]):
        parts.append(taken_number(one, f"part_{i}"))
    taken_whole, taken_stated = taken_number(whole, "whole"), taken_number(stated, "stated")
    document = _adhoc(ClaimKind.SHARE, parts, taken_whole, taken_stated, unit, qualifier)
    assert_consistent(document, ClaimKind.SHARE.value)


def assert_sum(
    parts: Sequence[Stated],
    total: Stated,
    *,
    unit: str = "count",
    qualifier: str | None = None,
) -> None:
    """Assert that parts add up to a stated total, rounding included.

    Numbers are taken as :func:`assert_share` takes them (a float with a
    :class:`~minestats.PrecisionWarning`); a directional ``qualifier`` of
    the total (``"more than"``, ``"nearly"``) makes it a bound, as in
    :func:`minestats.check_sum`.

    Examples
    --------
    >>> assert_sum(["70", "312"], "382")
    >>> assert_sum(["70", "312"], "400", qualifier="nearly")
    >>> assert_sum(["1.2", "3.4"], "4.6", unit="km²")
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     assert_sum([1.2, 3.4], 4.6, unit="km²")
    >>> [type(w.message).__name__ for w in caught]
    ['PrecisionWarning', 'PrecisionWarning', 'PrecisionWarning']
    """
    __tracebackhide__ = True
    taken = []
    for i, one in enumerate(parts):
        taken.append(taken_number(one, f"part_{i}"))
    document = _adhoc(ClaimKind.SUM, taken, None, taken_number(total, "stated"), unit, qualifier)
    assert_consistent(document, ClaimKind.SUM.value)


def _holds(verdict: Verdict) -> None:
    """Raise the explained verdict unless it is consistent."""
    __tracebackhide__ = True
    if verdict.status is not Status.CONSISTENT:
        raise AssertionError(explain_verdict(verdict, None, expected=Status.CONSISTENT))


def assert_change(
    earlier: Stated,
    later: Stated,
    stated: Stated,
    *,
    change: Literal["increase", "decrease"] = "decrease",
    relative_to: Literal["earlier", "later"] = "earlier",
    unit: str | None = None,
    stated_unit: str = "percent",
    qualifier: str | None = None,
) -> None:
    """Assert that a stated change from ``earlier`` to ``later`` holds, rounding included.

    The arguments are those of :func:`minestats.check_change`; numbers are
    taken as :func:`assert_share` takes them (a float with a
    :class:`~minestats.PrecisionWarning`).

    Raises
    ------
    AssertionError
        With the explained verdict when it is not consistent.

    Examples
    --------
    >>> assert_change("650", "572", "12")
    >>> assert_change("38.0", "41.5", "3.5", change="increase", stated_unit="percentage points")
    >>> try:
    ...     assert_change("650", "572", "12", relative_to="later")
    ... except AssertionError as err:
    ...     print(str(err).splitlines()[0])
    change/as_stated in change: inconsistent, expected consistent
    """
    __tracebackhide__ = True
    numbers = taken_number(earlier, "earlier"), taken_number(later, "later"), taken_number(stated, "stated")
    _holds(check_change(*numbers, change=change, relative_to=relative_to, unit=unit,
                        stated_unit=stated_unit, qualifier=qualifier))  # fmt: skip


def assert_multiple(
    part: Stated,
    whole: Stated,
    stated: Stated,
    *,
    part_unit: str = "count",
    whole_unit: str = "count",
    stated_unit: str = "times",
    qualifier: str | None = None,
) -> None:
    """Assert that ``part`` is ``stated`` times ``whole``, rounding included.

    The arguments are those of :func:`minestats.check_multiple`.

    Examples
    --------
    >>> assert_multiple("790", "410", "2", qualifier="almost")
    >>> assert_multiple("560", "500", "112", stated_unit="percent")
    """
    __tracebackhide__ = True
    numbers = taken_number(part, "part"), taken_number(whole, "whole"), taken_number(stated, "stated")
    _holds(check_multiple(*numbers, part_unit=part_unit, whole_unit=whole_unit,
                          stated_unit=stated_unit, qualifier=qualifier))  # fmt: skip


def assert_partition(
    shares: Sequence[Stated | None], *, qualifiers: Sequence[str | None] | None = None
) -> None:
    """Assert that stated percentages of one whole add up to 100 %, rounding included.

    The arguments are those of :func:`minestats.check_partition`; a share
    left out (``None``) makes the claim undecided, so the assertion fails
    and its message gives the values that share would have to be.

    Examples
    --------
    >>> assert_partition(["38", "62"])
    >>> assert_partition(["33", "33", "33"])
    >>> try:
    ...     assert_partition(["38.5", None])
    ... except AssertionError as err:
    ...     print(str(err).splitlines()[0])
    partition/as_stated in partition: indeterminate, expected consistent
    """
    __tracebackhide__ = True
    taken: list[object] = []
    for i, share in enumerate(shares):
        taken.append(None if share is None else taken_number(share, f"share_{i}"))
    _holds(check_partition(taken, qualifiers=qualifiers))


def assert_same(*values: Stated | tuple[Stated, str], unit: str = "count") -> None:
    """Assert that two or more stated values can be one quantity ("5 km² (500 ha)").

    The arguments are those of :func:`minestats.check_same`: each value a
    stated number (in ``unit``) or a pair of a stated number and its unit.

    Examples
    --------
    >>> assert_same(("5", "km²"), ("500", "ha"))
    >>> assert_same("2.5 million", "2,500,000")
    """
    __tracebackhide__ = True
    taken: list[object] = []
    for i, item in enumerate(values):
        if isinstance(item, tuple):
            taken.append((taken_number(item[0], f"value_{i}"), item[1]))
        else:
            taken.append(taken_number(item, f"value_{i}"))
    _holds(check_same(*taken, unit=unit))
