"""What a reconciliation check found: :class:`Finding`, and all of them: :class:`Reconciliation`.

A finding is not a verdict on a document's claim: it compares figures of a
series (a total with its parts, a running total with a later one, a per-year
figure with the rise of the running total, two figures for one date). It
carries what was compared, the outcome in the :class:`Status` vocabulary of
the document checks, and the sources, so it reads on its own;
:meth:`Finding.to_verdict` gives it the shape of a document verdict for code
that expects a :class:`~minestats.Report`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from .._format import unit_label
from .._report import Report, Verdict
from .._types import Compared, Frozen
from .._vocab import ClaimKind, Status

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["CHECKS", "CHECK_KINDS", "Check", "Finding", "Reconciliation"]

#: The reconciliation checks, in the order :func:`~minestats.reconcile` runs them.
Check = Literal["parts_sum", "never_falls", "period_difference", "same_date"]
CHECKS: tuple[Check, ...] = ("parts_sum", "never_falls", "period_difference", "same_date")

#: The rule of the document checks each reconciliation check applies, for
#: :meth:`Finding.to_verdict`: parts that add up to a total (two figures for
#: one date are a total of one part), or one quantity bounding another.
CHECK_KINDS: dict[Check, ClaimKind] = {
    "parts_sum": ClaimKind.SUM,
    "never_falls": ClaimKind.BOUND,
    "period_difference": ClaimKind.BOUND,
    "same_date": ClaimKind.SUM,
}


class Finding(Compared):
    """What one reconciliation check found about some figures of a series.

    Attributes
    ----------
    series : str
        Id of the series checked.
    check : str
        ``parts_sum``, ``never_falls``, ``period_difference`` or ``same_date``.
    id : str
        Which figures were compared, unique within the check (for
        ``period_difference`` it names the bound: ``upper`` or ``lower``).
    metric, as_of : str
        What and when the finding is about.
    label : str
        The rule in words (``"killed + injured = casualties"``).
    status : Status
        ``inconsistent`` when the figures cannot all be right within their
        rounding and qualifiers; ``indeterminate`` when the check cannot tell.
    stated, stated_text : Decimal or None, str or None
        The figure under test, as stated (a total, the later running total,
        the per-period figure, the second of two figures for one date).
    low, high : Decimal or None
        What the stated figure's wording allows, where the check uses it.
    computed : Decimal or None
        What the other figures give at their stated values (the sum of the
        parts, the earlier running total, the rise between running totals,
        the first of two figures for one date).
    computed_low, computed_high : Decimal or None
        What the other figures give within their wording, where the check uses it.
    gap : Decimal or None
        The difference the check reports, in ``unit``: ``computed - stated``,
        except ``period_difference``, where it is ``stated - computed``.
    unit : str
        Unit of the metric (``"ha"``, ``"count"``).
    entity : str or None
        What a count counts (``"people"``).
    qualifiers : dict
        Qualifier of every observation involved that has one, by observation id.
    sources : tuple of str
        ``publisher <url>`` of every figure involved.
    observations : tuple of str
        Ids of the observations involved.
    expect : Status or None
        The status the series records as expected (its ``known`` list).
    reason : str
        One sentence that says why.
    note : str or None
        The series' note on a known finding.

    Examples
    --------
    >>> import minestats
    >>> f = minestats.reconcile().find("same_date", "cleared_area", "2023")[0]
    >>> f.check, f.status.value, f.as_expected
    ('same_date', 'inconsistent', True)
    """

    series: str
    check: Check
    id: str
    metric: str
    as_of: str
    label: str
    status: Status
    unit: str
    entity: str | None = None
    qualifiers: dict[str, str] = Field(default_factory=dict)
    sources: tuple[str, ...] = ()
    observations: tuple[str, ...] = ()
    expect: Status | None = None
    reason: str
    note: str | None = None

    @property
    def reading(self) -> str:
        """The finding's :attr:`id` (its name when findings were verdicts)."""
        return self.id

    @property
    def unit_text(self) -> str:
        """How the unit is written after a number: its symbol, or what a count counts."""
        return unit_label(self.unit, self.entity)

    @property
    def gap_unit(self) -> str:
        """The unit of :attr:`gap`, as findings had it when they were verdicts (:attr:`unit_text`)."""
        return self.unit_text

    def to_verdict(self) -> Verdict:
        """The finding in the shape of a document verdict (claim = check, reading = id).

        Its ``kind`` is the rule of the document checks the finding applies
        (:data:`CHECK_KINDS`).
        """
        return Verdict(
            document=self.series,
            claim=self.check,
            reading=self.id,
            kind=CHECK_KINDS[self.check],
            label=self.label,
            status=self.status,
            stated=self.stated,
            stated_text=self.stated_text,
            low=self.low,
            high=self.high,
            computed=self.computed,
            computed_low=self.computed_low,
            computed_high=self.computed_high,
            unit=self.unit,
            gap=self.gap,
            gap_unit=self.unit_text,
            qualifiers=self.qualifiers,
            expect=self.expect,
            reason=self.reason,
            note=self.note,
        )

    def __str__(self) -> str:
        return f"{self.check}/{self.id}: {self.status} - {self.reason}"

    def _repr_html_(self) -> str:
        from .._html import verdict_html

        return verdict_html(self.to_verdict())


class Reconciliation(Frozen):
    """Every finding of :func:`~minestats.reconcile`, in check order.

    Examples
    --------
    >>> import minestats
    >>> rec = minestats.reconcile(minestats.official_series())
    >>> f = rec.find("same_date", "cleared_area", "2023")[0]
    >>> f.status.value, f.stated_text, f.computed
    ('inconsistent', '53,081', Decimal('53081.8'))
    """

    series: str
    findings: tuple[Finding, ...]

    def __iter__(self) -> Iterator[Finding]:  # type: ignore[override]
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    @property
    def report(self) -> Report:
        """The findings as a :class:`~minestats.Report` of verdicts (see :meth:`Finding.to_verdict`)."""
        return Report(document=self.series, verdicts=tuple(f.to_verdict() for f in self.findings))

    @property
    def counts(self) -> dict[str, int]:
        """Number of findings by status."""
        counter = Counter(f.status.value for f in self.findings)
        return {s.value: counter.get(s.value, 0) for s in Status}

    @property
    def as_expected(self) -> bool:
        """Whether every finding has its expected status (a known tension is expected)."""
        return all(f.as_expected for f in self.findings)

    def find(
        self, check: str | None = None, metric: str | None = None, as_of: str | None = None
    ) -> list[Finding]:
        """Findings of this check, metric and date (``None`` matches any)."""
        return [
            f
            for f in self.findings
            if (check is None or f.check == check)
            and (metric is None or f.metric == metric)
            and (as_of is None or f.as_of == as_of)
        ]

    @property
    def inconsistent(self) -> list[Finding]:
        """The findings whose figures cannot all be right."""
        return [f for f in self.findings if f.status is Status.INCONSISTENT]

    def to_frame(self) -> pd.DataFrame:
        """One row per finding; columns and dtypes in :data:`FINDING_COLUMNS`."""
        import pandas as pd

        rows = [
            {
                "check": f.check,
                "metric": f.metric,
                "as_of": f.as_of,
                "status": f.status.value,
                "stated": f.stated_text,
                "computed": float("nan") if f.computed is None else float(f.computed),
                "gap": float("nan") if f.gap is None else float(f.gap),
                "unit": f.unit_text,
                "reason": f.reason,
                "sources": "; ".join(f.sources),
                "as_expected": f.as_expected,
            }
            for f in self.findings
        ]
        return pd.DataFrame(rows, columns=list(FINDING_COLUMNS)).astype(FINDING_COLUMNS)

    def to_text(self, *, consistent: bool = True) -> str:
        """Each finding with its reason and sources; ``consistent=False`` leaves the agreeing ones out."""
        lines = []
        for f in self.findings:
            if not consistent and f.status is Status.CONSISTENT:
                continue
            mark = "" if f.status is Status.CONSISTENT else (" (known)" if f.as_expected else " (NEW)")
            lines.append(f"[{f.status.value}{mark}] {f.check} {f.metric} {f.as_of}: {f.reason}")
            if f.note and f.status is not Status.CONSISTENT:
                lines.append(f"    note: {f.note}")
            lines.extend(f"    source: {s}" for s in f.sources)
        counts = ", ".join(f"{n} {s}" for s, n in self.counts.items())
        lines.append(f"{self.series}: {len(self)} findings: {counts}.")
        return "\n".join(lines)

    def __str__(self) -> str:
        """A summary: the counts and each finding that is not consistent (:meth:`to_text` has them all)."""
        from .._render import reconciliation_summary

        return reconciliation_summary(self)

    def _repr_html_(self) -> str:
        from .._html import reconciliation_html

        return reconciliation_html(self)


#: Columns of :meth:`Reconciliation.to_frame` and their dtypes.
FINDING_COLUMNS: dict[str, str] = {
    "check": "string",
    "metric": "string",
    "as_of": "string",
    "status": "string",
    "stated": "string",
    "computed": "float64",
    "gap": "float64",
    "unit": "string",
    "reason": "string",
    "sources": "string",
    "as_expected": "bool",
}
