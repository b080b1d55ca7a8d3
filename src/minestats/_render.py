"""Tables and verdicts for people: the one place that lays them out.

A verdict's display cells (claim, status, stated, computed, gap, implied
intervals, qualifiers, reason, where) are computed once, by
:func:`verdict_cells`, with numbers and units written by
:mod:`minestats._format`. Thin writers lay the cells out: a plain-text table
(:func:`verdict_table`, :func:`report_text`), a markdown table (the same
function with ``markdown=True``), HTML (:mod:`minestats._html`), and the
flat rows of the CSV and JSON outputs (:func:`csv_row`, :func:`json_row`).
:func:`explain` writes the few lines that explain a failure, for the command
line, the pytest plugin and :mod:`minestats.testing`.

Examples
--------
>>> import minestats
>>> report = minestats.check(minestats.letter())
>>> cells = verdict_cells(report.verdict("cleared_share_of_minefields", "of_minefield_area"))
>>> cells.stated, cells.computed, cells.gap
('14.2 %', '14.7337 %', '+0.5337 pp')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any

from ._format import grouped, num, signed, unit_label, with_unit
from ._vocab import ClaimKind

if TYPE_CHECKING:  # pragma: no cover
    from ._batch import Batch
    from ._models import Document
    from ._report import Implied, Report, Verdict
    from ._trends import Reconciliation
    from ._vocab import Status

__all__ = [
    "BATCH_COLUMNS",
    "BOUND_KINDS",
    "CHECK_COLUMNS",
    "REPORT_TEXT_COLUMNS",
    "VerdictCells",
    "batch_text",
    "counts_text",
    "csv_row",
    "document_summary",
    "expectation_text",
    "explain",
    "gap_text",
    "headroom_text",
    "implied_rows",
    "implied_text",
    "json_row",
    "markdown_table",
    "reconciliation_summary",
    "report_text",
    "stated_with_unit",
    "text_table",
    "verdict_cells",
    "verdict_table",
]


# -- table layout ----------------------------------------------------------------------


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]], *, indent: str = "") -> str:
    """Columns padded to their widest cell, a rule of dashes under the header.

    Examples
    --------
    >>> print(text_table(("claim", "status"), [("a", "consistent"), ("bb", "inconsistent")]))
    claim  status
    -----  ------------
    a      consistent
    bb     inconsistent
    """
    table = [tuple(header), *(tuple(r) for r in rows)]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = [
        indent + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in table
    ]
    lines.insert(1, indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured markdown table; ``|`` and line breaks in cells are escaped.

    Examples
    --------
    >>> print(markdown_table(("a", "b"), [("1|2", "x")]))
    | a | b |
    | --- | --- |
    | 1\\|2 | x |
    """

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# -- the cells of a verdict ------------------------------------------------------------


def gap_text(value: Decimal | None, unit: str, *, digits: int = 4, short: bool = True) -> str:
    """A gap with its sign (``±`` for zero) and unit; ``pp`` for percentage points when ``short``.

    Tables show four significant digits and ``pp``; a failure explanation
    (:func:`explain`) six digits and the unit in words. ``None``: ``""``.

    Examples
    --------
    >>> gap_text(Decimal("0.533656"), "percentage points")
    '+0.5337 pp'
    >>> gap_text(Decimal("0.533656"), "percentage points", digits=6, short=False)
    '+0.533656 percentage points'
    >>> gap_text(Decimal(0), "people"), gap_text(None, "people")
    ('±0 people', '')
    """
    if value is None:
        return ""
    return signed(value, "pp" if short and unit == "percentage points" else unit, digits)


#: Claim kinds whose stated figure is a bound on the part (the whole), not a value to match.
BOUND_KINDS = (ClaimKind.SUBSET, ClaimKind.BOUND)


def headroom_text(verdict: Verdict, *, digits: int = 4) -> str:
    """How far the part of a subset or bound stays below its whole, in the whole's unit.

    A consistent subset is no discrepancy: the table shows its headroom
    (whole minus part), not a negative gap. A part above its whole is
    "over"; within the whole's rounding, it is still consistent.

    Examples
    --------
    >>> import minestats
    >>> v = minestats.check(minestats.letter()).verdict("children_within_victims")
    >>> headroom_text(v)
    'headroom 3,102 people'
    """
    if verdict.gap is None:
        return ""
    unit = verdict.gap_unit
    if verdict.gap <= 0:
        return f"headroom {num(-verdict.gap, digits)} {unit}".rstrip()
    over = f"over by {num(verdict.gap, digits)} {unit}".rstrip()
    return over + (", within rounding" if verdict.status.value == "consistent" else "")


def implied_text(implied: Implied) -> str:
    """An implied interval, ends rounded outwards, with its unit and the alternative unit's.

    Examples
    --------
    >>> import minestats
    >>> v = minestats.check(minestats.letter()).verdict("post_conflict_victims_total")
    >>> implied_text(v.implied[0])
    'post_conflict_killed in [70, 70] people'
    """
    if not implied.feasible:
        return f"{implied.figure}: no value of this figure alone makes it hold"
    low, high = num(implied.low, 8, ROUND_FLOOR), num(implied.high, 8, ROUND_CEILING)
    text = f"{implied.figure} in [{low}, {high}] {unit_label(implied.unit, implied.entity)}"
    if implied.alternative_unit:
        text += (
            f" ({num(implied.alternative_low, 8, ROUND_FLOOR)} to"
            f" {num(implied.alternative_high, 8, ROUND_CEILING)}"
            f" {unit_label(implied.alternative_unit)})"
        )
    return text


@dataclass(frozen=True)
class VerdictCells:
    """The display cells of one verdict, computed once for every writer.

    Attributes
    ----------
    document, claim, reading : str
        The document, claim and reading ids.
    label, reading_label : str
        What the claim says; the reading's label (``""`` when none).
    status, expected : str
        The status found and the status expected, as words.
    unexpected : bool
        Whether the status is not the expected one (writers mark it).
    failing : bool
        Whether the verdict is inconsistent or not as expected: the implied
        intervals are worth showing.
    stated : str
        The stated value with its unit (``"14.2 %"``); ``""`` when none. For
        a subset or bound, the whole as the part's bound (``"at most 3,461"``).
    stated_interval : str
        Its rounding interval, ``"[14.15, 14.25]"``; ``""`` when it is a point or unknown;
        for a subset or bound, what the part may be (``"[0, 3,461]"``).
    computed : str
        What the figures give, with the unit (``"14.7337 %"``); ``""`` when nothing.
    computed_range : str
        What they give within their rounding, ``"14.733 to 14.7343"``; ``""`` for a point.
    gap : str
        The gap with its sign and unit (``"+0.5337 pp"``, ``"±0 people"``); for a
        subset or bound, the headroom (``"headroom 3,102 people"``, see :func:`headroom_text`).
    implied : tuple of str
        One implied interval per operand.
    qualifiers : str
        ``"figure: qualifier"`` pairs, comma-separated.
    reason : str
        The verdict's one sentence.
    where : str
        Where the claim stands in its document.
    """

    document: str
    claim: str
    reading: str
    label: str
    reading_label: str
    status: str
    expected: str
    unexpected: bool
    failing: bool
    stated: str
    stated_interval: str
    computed: str
    computed_range: str
    gap: str
    implied: tuple[str, ...]
    qualifiers: str
    reason: str
    where: str

    @property
    def claim_reading(self) -> str:
        """``claim/reading``."""
        return f"{self.claim}/{self.reading}"

    @property
    def claim_text(self) -> str:
        """The claim's label, with the reading's in brackets."""
        return self.label + (f" ({self.reading_label})" if self.reading_label else "")


def stated_with_unit(text: str, unit: str) -> str:
    """A verdict's stated value with its unit; a share in words ("two thirds") is shown as it is.

    Examples
    --------
    >>> stated_with_unit("more than 12", "percent"), stated_with_unit("nearly two thirds", "percent")
    ('more than 12 %', 'nearly two thirds')
    """
    return with_unit(text, unit) if text[-1:].isdigit() else text


def _span(low: Decimal | None, high: Decimal | None) -> tuple[str, str] | None:
    if low is None or low == high:
        return None
    return num(low), "∞" if high is None else num(high)


def verdict_cells(verdict: Verdict) -> VerdictCells:
    """The display cells of ``verdict`` (see :class:`VerdictCells`).

    Examples
    --------
    >>> import minestats
    >>> v = minestats.check(minestats.letter()).verdict("post_conflict_victims_total")
    >>> c = verdict_cells(v)
    >>> c.claim_reading, c.status, c.stated, c.computed, c.gap
    ('post_conflict_victims_total/as_stated', 'consistent', '382', '382', '±0 people')
    """
    stated_span = _span(verdict.low, verdict.high)
    computed_span = _span(verdict.computed_low, verdict.computed_high)
    stated = "" if verdict.stated_text is None else stated_with_unit(verdict.stated_text, verdict.unit)
    gap = gap_text(verdict.gap, verdict.gap_unit)
    if verdict.kind in BOUND_KINDS:
        stated = f"at most {stated}" if stated else ""
        gap = headroom_text(verdict)
    return VerdictCells(
        document=verdict.document,
        claim=verdict.claim,
        reading=verdict.reading,
        label=verdict.label,
        reading_label=verdict.reading_label or "",
        status=verdict.status.value,
        expected=verdict.expected.value,
        unexpected=not verdict.as_expected,
        failing=verdict.status.value == "inconsistent" or not verdict.as_expected,
        stated=stated,
        stated_interval="" if stated_span is None else f"[{stated_span[0]}, {stated_span[1]}]",
        computed="" if verdict.computed is None else with_unit(num(verdict.computed), verdict.unit),
        computed_range="" if computed_span is None else f"{computed_span[0]} to {computed_span[1]}",
        gap=gap,
        implied=tuple(implied_text(i) for i in verdict.implied),
        qualifiers=", ".join(f"{k}: {q}" for k, q in verdict.qualifiers.items()),
        reason=verdict.reason,
        where="" if verdict.locator is None else str(verdict.locator),
    )


# -- text and markdown -----------------------------------------------------------------


def _status(cells: VerdictCells, markdown: bool) -> str:
    if not cells.unexpected:
        return cells.status
    return f"**{cells.status}**" if markdown else f"{cells.status} (UNEXPECTED)"


_COLUMNS: dict[str, Callable[[VerdictCells, bool], str]] = {
    "document": lambda c, md: c.document,
    "claim": lambda c, md: c.claim,
    "reading": lambda c, md: c.reading,
    "claim/reading": lambda c, md: c.claim_reading,
    "status": _status,
    "expected": lambda c, md: c.expected,
    "stated": lambda c, md: c.stated,
    "computed": lambda c, md: c.computed,
    "gap": lambda c, md: c.gap,
}

#: Columns of the command line's ``check`` table.
CHECK_COLUMNS = ("claim", "reading", "status", "expected", "stated", "computed", "gap")
#: Columns of the ``check`` table of several documents (:meth:`Batch.to_text <minestats.Batch.to_text>`).
BATCH_COLUMNS = ("document", *CHECK_COLUMNS)
#: Columns of :meth:`Report.to_text <minestats.Report.to_text>`.
REPORT_TEXT_COLUMNS = ("claim/reading", "status", "stated", "computed", "gap")


def verdict_table(
    verdicts: Iterable[Verdict], columns: Sequence[str] = CHECK_COLUMNS, *, markdown: bool = False
) -> str:
    """Verdicts as a plain-text (or markdown) table, one row each.

    A status that is not the expected one is marked ``(UNEXPECTED)`` in text
    and in bold in markdown.

    Examples
    --------
    >>> import minestats
    >>> report = minestats.check(minestats.letter())
    >>> print(verdict_table(report.verdicts[5:6], ("claim", "status", "gap"), markdown=True))
    | claim | status | gap |
    | --- | --- | --- |
    | post_conflict_victims_total | consistent | ±0 people |
    """
    cells = [verdict_cells(v) for v in verdicts]
    rows = [[_COLUMNS[name](c, markdown) for name in columns] for c in cells]
    return markdown_table(columns, rows) if markdown else text_table(columns, rows)


def counts_text(counts: Mapping[str, int]) -> str:
    """Counts by status, in words.

    Examples
    --------
    >>> counts_text({"consistent": 9, "inconsistent": 3})
    '9 consistent, 3 inconsistent'
    """
    return ", ".join(f"{n} {s}" for s, n in counts.items())


def expectation_text(verdicts: Iterable[Verdict]) -> str:
    """``"all as expected."`` or how many verdicts are not.

    Examples
    --------
    >>> import minestats
    >>> expectation_text(minestats.check(minestats.letter()))
    'all as expected.'
    """
    unexpected = sum(not v.as_expected for v in verdicts)
    return f"{unexpected} not as expected." if unexpected else "all as expected."


def report_text(report: Report) -> str:
    """A report as a plain-text table and a line of counts (:meth:`Report.to_text`).

    Examples
    --------
    >>> import minestats
    >>> print(report_text(minestats.check(minestats.letter())).splitlines()[-1])
    un-24-23652: 14 readings checked: 9 consistent, 3 inconsistent, 2 indeterminate.
    """
    table = verdict_table(report.verdicts, REPORT_TEXT_COLUMNS)
    return f"{table}\n\n{report.document}: {len(report)} readings checked: {counts_text(report.counts)}."


def batch_text(batch: Batch) -> str:
    """Several documents' verdicts as one table, then a line of counts per document and in all.

    Examples
    --------
    >>> import minestats
    >>> text = batch_text(minestats.Batch.of([minestats.check(minestats.letter())]))
    >>> text.splitlines()[0].split()
    ['document', 'claim', 'reading', 'status', 'expected', 'stated', 'computed', 'gap']
    >>> text.splitlines()[-1]
    'un-24-23652: 14 readings checked: 9 consistent, 3 inconsistent, 2 indeterminate; all as expected.'
    """
    lines = [verdict_table(batch.verdicts, BATCH_COLUMNS), ""]
    lines += [f"{report.document}: {document_summary(report)}" for report in batch.reports]
    if len(batch.reports) != 1:
        lines.append(f"{batch.document}: {document_summary(batch)}")
    return "\n".join(lines)


def document_summary(report: Report) -> str:
    """``"14 readings checked: 9 consistent, ...; all as expected."``

    Examples
    --------
    >>> import minestats
    >>> document_summary(minestats.check(minestats.letter()))
    '14 readings checked: 9 consistent, 3 inconsistent, 2 indeterminate; all as expected.'
    """
    unexpected = expectation_text(report)
    if not report.as_expected and unexpected == "all as expected.":  # an audit's unreproduced share
        unexpected = "not as expected."
    return f"{len(report)} readings checked: {counts_text(report.counts)}; {unexpected}"


def reconciliation_summary(reconciliation: Reconciliation) -> str:
    """What :func:`str` of a reconciliation shows: the counts, then each finding that is not consistent.

    Every finding, with its sources, is :meth:`Reconciliation.to_text
    <minestats.Reconciliation.to_text>`; as a table, ``to_frame()``.

    Examples
    --------
    >>> import minestats
    >>> print(reconciliation_summary(minestats.reconcile()).splitlines()[0])  # doctest: +ELLIPSIS
    azerbaijan-official: ... findings: ... consistent, ... inconsistent, ... indeterminate; all as expected.
    """
    findings = reconciliation.findings
    unexpected = sum(not f.as_expected for f in findings)
    expectation = f"{unexpected} not as expected." if unexpected else "all as expected."
    counts = counts_text(reconciliation.counts)
    lines = [f"{reconciliation.series}: {len(findings)} findings: {counts}; {expectation}"]
    notable = [f for f in findings if f.status.value != "consistent"]
    if notable:
        lines.append(f"Not consistent ({len(notable)}):")
    for f in notable:
        known = "known" if f.as_expected else "NEW"
        lines.append(f"  [{f.status.value}, {known}] {f.check} {f.metric} {f.as_of}: {f.reason}")
    lines.append("Every finding with its sources: .to_text(); as a table: .to_frame().")
    return "\n".join(lines)


# -- CSV and JSON rows -----------------------------------------------------------------


def _float(value: Decimal | None) -> float:
    return float("nan") if value is None else float(value)


def csv_row(verdict: Verdict) -> dict[str, Any]:
    """One row of :meth:`Report.to_frame <minestats.Report.to_frame>` and of ``--format csv``.

    Numbers are floats (NaN when absent), ``stated`` keeps the stated digits;
    ``implied`` and ``qualifiers`` are the cells of :func:`verdict_cells`.

    Examples
    --------
    >>> import minestats
    >>> row = csv_row(minestats.check(minestats.letter()).verdict("post_conflict_victims_total"))
    >>> row["stated"], row["computed"], row["gap_unit"]
    ('382', 382.0, 'people')
    """
    cells = verdict_cells(verdict)
    return {
        "document": verdict.document,
        "claim": verdict.claim,
        "kind": verdict.kind.value,
        "reading": verdict.reading,
        "status": verdict.status.value,
        "stated": verdict.stated_text,
        "low": _float(verdict.low),
        "high": _float(verdict.high),
        "computed": _float(verdict.computed),
        "computed_low": _float(verdict.computed_low),
        "computed_high": _float(verdict.computed_high),
        "unit": verdict.unit,
        "gap": _float(verdict.gap),
        "gap_unit": verdict.gap_unit,
        "headroom": _float(-verdict.gap if verdict.kind in BOUND_KINDS and verdict.gap is not None else None),
        "implied": "; ".join(cells.implied) or None,
        "expected": cells.expected,
        "as_expected": verdict.as_expected,
        "qualifiers": cells.qualifiers or None,
        "reason": verdict.reason,
    }


def implied_rows(verdict: Verdict) -> list[dict[str, Any]]:
    """Rows of :meth:`Report.implied_frame <minestats.Report.implied_frame>`: one per operand.

    Examples
    --------
    >>> import minestats
    >>> v = minestats.check(minestats.letter()).verdict("post_conflict_victims_total")
    >>> [(r["figure"], r["low"], r["high"]) for r in implied_rows(v)]
    [('post_conflict_killed', 70.0, 70.0), ('post_conflict_injured', 312.0, 312.0)]
    """
    return [
        {
            "claim": verdict.claim,
            "reading": verdict.reading,
            "status": verdict.status.value,
            "figure": i.figure,
            "stated": _float(i.stated),
            "unit": i.unit,
            "feasible": i.feasible,
            "low": _float(i.low),
            "high": _float(i.high),
            "alternative_unit": i.alternative_unit,
            "alternative_low": _float(i.alternative_low),
            "alternative_high": _float(i.alternative_high),
        }
        for i in verdict.implied
    ]


def json_row(verdict: Verdict) -> dict[str, Any]:
    """Every field of a verdict for ``--format json``: exact decimals as strings, plus the expectation.

    Examples
    --------
    >>> import minestats
    >>> row = json_row(minestats.check(minestats.letter()).verdict("post_conflict_victims_total"))
    >>> row["computed"], row["expected"], row["as_expected"]
    ('382', 'consistent', True)
    """
    return {
        **verdict.model_dump(mode="json"),
        "expected": verdict.expected.value,
        "as_expected": verdict.as_expected,
    }


# -- the failure explanation -----------------------------------------------------------


def explain(
    verdict: Verdict,
    document: Document | None = None,
    *,
    file: str | None = None,
    expected: Status | None = None,
) -> str:
    """A few lines that explain one verdict, for failure messages.

    The command line, the pytest plugin and :func:`minestats.testing.explain`
    (which documents the parameters) all write this.

    Examples
    --------
    >>> import minestats
    >>> v = minestats.check(minestats.letter()).verdict("post_conflict_victims_total")
    >>> print(explain(v))  # doctest: +ELLIPSIS
    post_conflict_victims_total/as_stated in un-24-23652: consistent (as expected)
      claim:      Post-conflict victims are those killed and those injured
      total:      382, rounding interval [382, 382]
      computed:   382
      gap:        ±0 people
      implied:    post_conflict_killed in [70, 70] people, stated 70
                  post_conflict_injured in [312, 312] people, stated 312
      where:      p. 2, para. 8: ...
      reason:     70 + 312 = 382, ...
    """
    cells = verdict_cells(verdict)
    expected = expected or verdict.expected
    outcome = cells.status
    outcome += " (as expected)" if verdict.status is expected else f", expected {expected.value}"
    lines = [f"{cells.claim_reading} in {verdict.document}: {outcome}", _row("claim", cells.claim_text)]
    unit = verdict.unit
    if verdict.stated_text is not None:
        head = {ClaimKind.SUM: "total", ClaimKind.PARTITION: "total"}.get(
            verdict.kind, "whole" if verdict.kind in BOUND_KINDS else "stated"
        )
        text = stated_with_unit(verdict.stated_text, unit)
        if verdict.high is None and verdict.low is not None:
            text += f", read as {with_unit(f'[{num(verdict.low)}, ∞]', unit)}"
        elif verdict.low is not None:
            if verdict.kind in (ClaimKind.SUBSET, ClaimKind.BOUND):
                text += f", so the part may be at most {with_unit(num(verdict.high), unit)}"
            else:
                read = "rounding interval" if verdict.stated_text[:1].isdigit() else "read as"
                text += f", {read} {with_unit(f'[{num(verdict.low)}, {num(verdict.high)}]', unit)}"
        lines.append(_row(head, text))
    if verdict.computed is not None:
        text = cells.computed
        if cells.computed_range:
            text += f" ({with_unit(cells.computed_range, unit)} within the rounding of its operands)"
        lines.append(_row("computed", text))
    else:
        lines.append(_row("computed", "nothing (an operand has no stated value)"))
    if verdict.gap is not None and verdict.kind in BOUND_KINDS:
        lines.append(_row("headroom", headroom_text(verdict, digits=6).removeprefix("headroom ")))
    elif verdict.gap is not None:
        lines.append(_row("gap", gap_text(verdict.gap, verdict.gap_unit, digits=6, short=False)))
    for index, (implied, text) in enumerate(zip(verdict.implied, cells.implied, strict=True)):
        if implied.stated is not None:
            text += f", stated {grouped(implied.stated)}"
        lines.append(_row("implied" if index == 0 else "", text))
    if verdict.qualifiers:
        lines.append(_row("qualifiers", ", ".join(f"{k} {q!r}" for k, q in verdict.qualifiers.items())))
    where = _where(verdict, cells, document, file)
    if where:
        lines.append(_row("where", where))
    lines.append(_row("reason", cells.reason))
    return "\n".join(lines)


def _row(head: str, text: str) -> str:
    return f"  {head + ':' if head else '':<12}{text}"


def _where(verdict: Verdict, cells: VerdictCells, document: Document | None, file: str | None) -> str:
    if document is None:
        return ": ".join(x for x in (file, cells.where) if x)
    file = file or document.source
    line = document.line_of(verdict.claim)
    parts = []
    if file:
        parts.append(file + (f":{line}" if line else ""))
    parts.append(f"claim {verdict.claim}")
    text = ": ".join(parts) if file else parts[0]
    try:
        locator = document.claim(verdict.claim).locator
    except KeyError:
        locator = None
    if locator is not None:
        text += f", {locator}"
    return text
