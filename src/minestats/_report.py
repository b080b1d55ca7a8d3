"""Verdicts and reports: what a check found, as objects and as tables."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, TYPE_CHECKING, BinaryIO

from pydantic import Field

from ._errors import UnknownIdError
from ._export import hxl_csv, write_excel
from ._html import report_html, verdict_html
from ._models import FIGURE_COLUMNS, Locator
from ._render import csv_row, implied_rows, implied_text, report_text
from ._types import Compared, Frozen
from ._vocab import ClaimKind, Status

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ._models import Document

__all__ = ["Implied", "Report", "Verdict"]


class Implied(Frozen):
    """What one operand would have to be for the claim to hold, others as stated.

    Attributes
    ----------
    figure : str
        The operand's figure id.
    unit : str
        The figure's stated unit; ``low`` and ``high`` are in it.
    low, high : Decimal or None
        Bounds of the implied interval; ``None`` for an open end.
        ``feasible`` is False (and both are ``None``) when no value of this
        figure alone makes the claim hold.
    alternative_unit : str or None
        The field's other unit for this quantity (ha for km², km² for ha).
    alternative_low, alternative_high : Decimal or None
        The same interval in ``alternative_unit``.
    stated : Decimal or None
        The figure's stated value, for comparison.
    """

    figure: str
    unit: str
    entity: str | None = None
    feasible: bool
    low: Decimal | None = None
    high: Decimal | None = None
    stated: Decimal | None = None
    alternative_unit: str | None = None
    alternative_low: Decimal | None = None
    alternative_high: Decimal | None = None

    def __str__(self) -> str:
        return implied_text(self)


class Verdict(Compared):
    """The outcome of checking one reading of one claim.

    Attributes
    ----------
    status : Status
        ``consistent`` when some true values within the rounding of every
        stated number satisfy the claim; ``inconsistent`` when none do;
        ``indeterminate`` when an operand is unknown or a denominator is zero.
    stated, low, high : Decimal or None
        The stated value (percent for shares, the total for sums, the whole
        for subsets, 100 for partitions, the first figure for ``same``) and
        its rounding interval; a directional qualifier opens one end ("more
        than": ``high`` is 100 for a share, ``None`` else; "nearly": ``low``
        is 0).
    computed : Decimal or None
        What the document's own figures give, at their stated values.
    computed_low, computed_high : Decimal or None
        What they give anywhere within their rounding intervals.
    unit : str
        Unit of ``stated`` and ``computed``.
    gap : Decimal or None
        ``computed - stated``: percentage points for shares, units for sums,
        part minus whole for subsets and bounds.
    implied : tuple of Implied
        For each operand, the interval that makes the claim hold.
    qualifiers : dict
        Qualifier of every figure involved that has one, by figure id.
    expect : Status or None
        The verdict the data file records as expected.
    reason : str
        One sentence that says why.
    locator : Locator or None
        Where the claim stands in its document (the stated figure's place when
        the claim gives none).
    """

    document: str
    claim: str
    reading: str
    kind: ClaimKind
    label: str
    reading_label: str | None = None
    status: Status
    unit: str
    gap_unit: str
    implied: tuple[Implied, ...] = ()
    qualifiers: dict[str, str] = Field(default_factory=dict)
    expect: Status | None = None
    reason: str
    note: str | None = None
    locator: Locator | None = None

    def __str__(self) -> str:
        return f"{self.claim}/{self.reading}: {self.status} - {self.reason}"

    def _repr_html_(self) -> str:
        return verdict_html(self)


#: Columns of :meth:`Report.to_frame` and their dtypes. What each holds is
#: in :data:`REPORT_COLUMN_DOCS` (and in the docs' table vocabulary).
REPORT_COLUMNS: dict[str, str] = {
    "document": "string",
    "claim": "string",
    "kind": "string",
    "reading": "string",
    "status": "string",
    "stated": "string",
    "low": "float64",
    "high": "float64",
    "computed": "float64",
    "computed_low": "float64",
    "computed_high": "float64",
    "unit": "string",
    "gap": "float64",
    "gap_unit": "string",
    "headroom": "float64",
    "implied": "string",
    "expected": "string",
    "as_expected": "bool",
    "qualifiers": "string",
    "reason": "string",
}

#: What each column of :meth:`Report.to_frame` holds: documented once, here.
REPORT_COLUMN_DOCS: dict[str, str] = {
    "document": "id of the document checked",
    "claim": "id of the claim",
    "kind": "share, sum, subset, bound, partition, change, multiple or same",
    "reading": "id of the reading of the claim",
    "status": "consistent, inconsistent or indeterminate",
    "stated": "the stated value as written (with a bound's qualifier): a share's percent, a sum's total,"
    " a change or multiple, 100 for a partition, the first figure of a same, a subset's or bound's whole",
    "low": "low end of the stated value's rounding interval",
    "high": "high end of the stated value's rounding interval (subset or bound: the most the part may be)",
    "computed": "what the document's own figures give at their stated values",
    "computed_low": "the least they give within their rounding",
    "computed_high": "the most they give within their rounding",
    "unit": "unit of stated and computed",
    "gap": "computed minus stated in gap_unit (percentage points for a share; part minus whole for a subset)",
    "gap_unit": "unit of gap and headroom",
    "headroom": "a subset's or bound's whole minus its part: how far the part stays below; else empty",
    "implied": "for each operand, the interval that would make the claim hold",
    "expected": "the status the data file records as expected (consistent when none)",
    "as_expected": "whether status is the expected one",
    "qualifiers": "qualifier of each figure involved that has one (figure: qualifier)",
    "reason": "one sentence that says why",
}

#: Columns of :meth:`Report.implied_frame` and their dtypes.
IMPLIED_COLUMNS: dict[str, str] = {
    "claim": "string",
    "reading": "string",
    "status": "string",
    "figure": "string",
    "stated": "float64",
    "unit": "string",
    "feasible": "bool",
    "low": "float64",
    "high": "float64",
    "alternative_unit": "string",
    "alternative_low": "float64",
    "alternative_high": "float64",
}


class Report(Frozen):
    """All verdicts of one document, in claim and reading order.

    Examples
    --------
    >>> import minestats
    >>> report = minestats.check(minestats.letter())
    >>> report.verdict("post_conflict_victims_total").status
    <Status.CONSISTENT: 'consistent'>
    >>> report.holding("neutralized_share_of_planted")
    ('mines_of_mines',)
    """

    document: str
    verdicts: tuple[Verdict, ...]

    def __iter__(self) -> Iterator[Verdict]:  # type: ignore[override]
        return iter(self.verdicts)

    def __len__(self) -> int:
        return len(self.verdicts)

    def verdict(self, claim: str, reading: str | None = None) -> Verdict:
        """The verdict of one claim reading; ``reading`` may be left out when there is one."""
        found = [v for v in self.verdicts if v.claim == claim and (reading is None or v.reading == reading)]
        if not found:
            what = claim if reading is None else f"{claim}/{reading}"
            raise UnknownIdError(what, document=self.document, kind="claim reading")
        if len(found) > 1:
            names = ", ".join(v.reading for v in found)
            raise ValueError(f"claim {claim!r} has several readings ({names}); name one")
        return found[0]

    def holding(self, claim: str) -> tuple[str, ...]:
        """Ids of the readings of ``claim`` that are consistent."""
        return tuple(v.reading for v in self.verdicts if v.claim == claim and v.holds)

    @property
    def counts(self) -> dict[str, int]:
        """Number of verdicts by status."""
        counter = Counter(v.status.value for v in self.verdicts)
        return {s.value: counter.get(s.value, 0) for s in Status}

    @property
    def as_expected(self) -> bool:
        """Whether every verdict is the one expected."""
        return all(v.as_expected for v in self.verdicts)

    def to_frame(self) -> pd.DataFrame:
        """One row per claim reading; columns and dtypes in ``REPORT_COLUMNS``.

        Numbers are float64 for plotting and sorting; the exact Decimals are
        on the :class:`Verdict` objects. ``stated`` keeps the stated digits.
        """
        import pandas as pd

        rows = [csv_row(v) for v in self.verdicts]
        return pd.DataFrame(rows, columns=list(REPORT_COLUMNS)).astype(REPORT_COLUMNS)

    def implied_frame(self) -> pd.DataFrame:
        """One row per operand of each checked reading, with its implied interval."""
        import pandas as pd

        rows = [row for v in self.verdicts for row in implied_rows(v)]
        return pd.DataFrame(rows, columns=list(IMPLIED_COLUMNS)).astype(IMPLIED_COLUMNS)

    def to_excel(self, path: str | os.PathLike[str] | BinaryIO, *, document: Document | None = None) -> None:
        """A workbook (needs the ``xlsx`` extra): a sheet of verdicts and, given the document, of figures.

        The ``verdicts`` sheet is :meth:`to_frame`; the ``figures`` sheet is
        :meth:`Document.to_frame <minestats.Document.to_frame>` with a
        ``document`` column first.
        """
        sheets = {"verdicts": self.to_frame()}
        if document is not None:
            sheets["figures"] = document.to_frame().assign(document=document.id)[
                ["document", *FIGURE_COLUMNS]
            ]
        write_excel(path, sheets)

    def to_hxl(self, path: str | os.PathLike[str] | IO[str] | None = None) -> str | None:
        """:meth:`to_frame` as CSV with a row of HXL hashtags under the header; the text when no ``path``.

        Examples
        --------
        >>> import minestats
        >>> lines = minestats.check(minestats.letter()).to_hxl().splitlines()
        >>> lines[1].split(",")[:2], lines[1].split(",")[4]
        (['#meta+document', '#indicator+claim+code'], '#status')
        """
        return hxl_csv(self.to_frame(), path)

    def to_text(self) -> str:
        """A plain-text table for terminals and logs."""
        return report_text(self)

    def __str__(self) -> str:
        return self.to_text()

    def _repr_html_(self) -> str:
        return report_html(self)
