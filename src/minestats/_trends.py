"""The record over time: reconciliation checks, cross-source comparison, rates, projections.

Every check works on exact fractions over what each figure's wording allows
(:meth:`Observation.bounds`): a plain figure its rounding interval, ``about``
a figure rounded at its last non-zero digit, ``more than``/``nearly`` a
half-open bound. Findings use the :class:`Status` vocabulary of the
document checks and are :class:`Verdict` objects, so a
:class:`~minestats.Report` prints them like any other verdict.

Rates and projections are plain arithmetic on stated values; every
assumption is returned with the numbers.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from ._format import num as _num
from ._models import Figure
from ._numbers import decimal_of
from ._report import Report, Verdict
from ._series import METRICS, Kind, Observation, Series, date_span, official_series
from ._types import Frozen
from ._vocab import QUALIFIERS, UNITS, ClaimKind, Status

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ._models import Document

__all__ = [
    "LETTER_METRICS",
    "PARTS",
    "Finding",
    "Projection",
    "Reconciliation",
    "clearance_rates",
    "compare",
    "compare_letter",
    "derived",
    "project",
    "reconcile",
    "reported_rates",
]

#: Totals and the parts they are made of.
PARTS: dict[str, tuple[str, ...]] = {
    "casualties": ("killed", "injured"),
    "items_neutralized": ("ap_mines_neutralized", "at_mines_neutralized", "uxo_neutralized"),
    "mines_neutralized": ("ap_mines_neutralized", "at_mines_neutralized"),
}

#: Figures of the 2024 letter and the series metric each is compared with.
LETTER_METRICS: dict[str, str] = {
    "cleared_area": "cleared_area",
    "mines_neutralized": "mines_neutralized",
    "devices_neutralized": "uxo_neutralized",
    "post_conflict_victims": "casualties",
    "post_conflict_killed": "killed",
    "post_conflict_injured": "injured",
    "mine_victims": "victims_since_1991",
    "mine_victims_children": "victims_since_1991_children",
    "mine_victims_women": "victims_since_1991_women",
}

#: The letter is undated; it cites a draft of 14 November 2024 and was issued in 2024.
LETTER_DATES = "2024-11-14/2024-12-31"

Bounds = tuple[Fraction, Fraction | None]


class Finding(Verdict):
    """A reconciliation finding: a :class:`Verdict` with the series context.

    Attributes
    ----------
    check : str
        ``parts_sum``, ``never_falls``, ``period_difference`` or ``same_date``.
    metric, as_of : str
        What and when the finding is about.
    sources : tuple of str
        ``publisher <url>`` of every figure involved.
    observations : tuple of str
        Ids of the observations involved.
    """

    check: str
    metric: str
    as_of: str
    sources: tuple[str, ...] = ()
    observations: tuple[str, ...] = ()


class Reconciliation(Frozen):
    """Every finding of :func:`reconcile`, in check order.

    Examples
    --------
    >>> import minestats
    >>> rec = minestats.reconcile(minestats.official_series())
    >>> f = rec.find("same_date", "cleared_area", "2023-06-21")[0]
    >>> f.status.value, f.stated_text, f.computed
    ('inconsistent', '83,993', Decimal('81386'))
    """

    series: str
    findings: tuple[Finding, ...]

    def __iter__(self) -> Iterator[Finding]:  # type: ignore[override]
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    @property
    def report(self) -> Report:
        """The findings as a :class:`Report` (its ``to_text`` prints a verdict table)."""
        return Report(document=self.series, verdicts=self.findings)

    @property
    def counts(self) -> dict[str, int]:
        """Number of findings by status."""
        return self.report.counts

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
        """One row per finding: check, metric, as_of, status, stated, computed, gap, reason, sources."""
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
                "unit": f.gap_unit,
                "reason": f.reason,
                "sources": "; ".join(f.sources),
                "as_expected": f.as_expected,
            }
            for f in self.findings
        ]
        columns = [
            "check",
            "metric",
            "as_of",
            "status",
            "stated",
            "computed",
            "gap",
            "unit",
            "reason",
            "sources",
            "as_expected",
        ]
        dtypes = dict.fromkeys(columns, "string") | {
            "computed": "float64",
            "gap": "float64",
            "as_expected": "bool",
        }
        return pd.DataFrame(rows, columns=columns).astype(dtypes)

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
        return self.to_text()


# -- helpers -------------------------------------------------------------------------


def _dec(value: Fraction) -> Decimal:
    return decimal_of(value)


def _text(value: Fraction) -> str:
    return _num(_dec(value), 12)


def _source_line(series: Series, obs: Observation) -> str:
    source = series.source(obs.source)
    return f"{source.publisher} <{source.url}>"


def _sources(series: Series, observations: Iterable[Observation]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_source_line(series, o) for o in observations))


def _unit_label(obs: Observation) -> str:
    return (obs.entity or "items") if obs.unit == "count" else str(obs.unit)


def _overlap(a: Bounds, b: Bounds) -> bool:
    """Whether two bounded ranges share a value (``None``: unbounded above)."""
    return (a[1] is None or a[1] >= b[0]) and (b[1] is None or b[1] >= a[0])


def _sum_bounds(items: Sequence[Observation]) -> Bounds:
    low = sum((o.bounds()[0] for o in items), Fraction(0))
    highs = [o.bounds()[1] for o in items]
    high = None if any(h is None for h in highs) else sum((h for h in highs if h is not None), Fraction(0))
    return low, high


def _finding(series: Series, obs: Sequence[Observation], **fields: object) -> Finding:
    unit = obs[0].unit
    base: dict[str, object] = {
        "document": series.id,
        "unit": unit,
        "gap_unit": _unit_label(obs[0]),
        "sources": _sources(series, obs),
        "observations": tuple(o.id for o in obs),
        "qualifiers": {o.id: o.qualifier for o in obs if o.qualifier},
    }
    base.update(fields)
    return Finding.model_validate(base)


def derived(series: Series, metric: str) -> tuple[Observation, ...]:
    """Totals a source does not state, summed from the parts it gives for the same date.

    ``mines_neutralized`` is anti-personnel plus anti-tank; ``items_neutralized``
    and ``casualties`` are made only where the source states the parts but
    not the total. The sum keeps the parts' digits.
    """
    parts = PARTS[metric]
    groups: dict[tuple[str, Kind, str, str | None], dict[str, Observation]] = defaultdict(dict)
    for o in series:
        if o.metric in parts or o.metric == metric:
            groups[(o.source, o.kind, o.as_of, o.coverage)][o.metric] = o
    out = []
    for group in groups.values():
        if metric in group or not all(p in group for p in parts):
            continue
        items = [group[p] for p in parts]
        qualifiers = {o.qualifier for o in items if o.qualifier}
        first = items[0]
        out.append(
            Observation(
                metric=metric,
                kind=first.kind,
                as_of=first.as_of,
                since=first.since,
                value=sum((o.value for o in items), Decimal(0)),
                qualifier=qualifiers.pop() if len(qualifiers) == 1 else None,
                coverage=first.coverage,
                quote=" + ".join(o.stated for o in items),
                note=f"Sum of {', '.join(parts)} from the same source and date.",
                added=any(o.added for o in items),
                source=first.source,
            )
        )
    return tuple(out)


def _observations(
    series: Series, metric: str, kind: Kind = Kind.CUMULATIVE, coverage: str | None = None
) -> list[Observation]:
    items = list(series.of(metric, kind, coverage=coverage))
    if metric in PARTS:
        items += [o for o in derived(series, metric) if o.kind is kind and o.coverage == coverage]
    return sorted(items, key=lambda o: (o.span[1], o.span[0], o.source))


# -- reconciliation ------------------------------------------------------------------


def reconcile(series: Series | None = None) -> Reconciliation:
    """Run every reconciliation check on a series (the official one by default).

    Checks
    ------
    ``parts_sum``
        killed + injured = casualties, and anti-personnel + anti-tank + UXO =
        all items, for each source and date that gives the parts and the total.
    ``never_falls``
        A cumulative series never falls: each figure against the next later one.
    ``period_difference``
        A per-period figure against the rise of the cumulative series over the
        period. Cumulative figures rarely fall on the period's ends, so the
        figures enclosing the period give an upper bound and the figures
        inside it a lower bound; a figure on an end gives both.
    ``same_date``
        Two figures of the same metric for the same date (or period).

    A finding the series lists under ``known`` carries that status as its
    ``expect``, so :attr:`Report.as_expected` tells new tensions from known ones.
    """
    series = series or official_series()
    findings: list[Finding] = []
    findings += _parts_sum(series)
    findings += _never_falls(series)
    findings += _period_difference(series)
    findings += _same_date(series)
    known = {(k.check, k.metric, k.as_of): k for k in series.known}
    marked = []
    for finding in findings:
        match = known.get((finding.check, finding.metric, finding.as_of))
        if match is not None:
            update: dict[str, object] = {"expect": match.expect}
            if match.note:
                update["note"] = match.note
            finding = finding.model_copy(update=update)
        marked.append(finding)
    return Reconciliation(series=series.id, findings=tuple(marked))


def _parts_sum(series: Series) -> list[Finding]:
    groups: dict[tuple[str, Kind, str, str | None], dict[str, Observation]] = defaultdict(dict)
    for o in series:
        groups[(o.source, o.kind, o.as_of, o.coverage)][o.metric] = o
    out = []
    for group in groups.values():
        for total_metric, parts in PARTS.items():
            if total_metric == "mines_neutralized" or total_metric not in group:
                continue
            if not all(p in group for p in parts):
                continue
            total = group[total_metric]
            items = [group[p] for p in parts]
            low, high = _sum_bounds(items)
            t_low, t_high = total.bounds()
            point = sum((Fraction(o.value) for o in items), Fraction(0))
            consistent = _overlap((low, high), (t_low, t_high))
            terms = " + ".join(o.stated for o in items)
            if consistent:
                reason = f"{terms} = {_text(point)}, which matches the stated total {total.text}"
            else:
                reason = f"{terms} = {_text(point)}, not the stated total {total.text}"
            reason += f" ({', '.join(parts)} = {total_metric}, {_source_line(series, total)})"
            out.append(
                _finding(
                    series,
                    [total, *items],
                    check="parts_sum",
                    metric=total_metric,
                    as_of=total.as_of,
                    claim="parts_sum",
                    reading=f"{total_metric}@{total.as_of}:{total.source}",
                    kind=ClaimKind.SUM,
                    label=f"{' + '.join(parts)} = {total_metric}",
                    status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
                    stated=total.value,
                    stated_text=total.stated,
                    low=_dec(t_low),
                    high=None if t_high is None else _dec(t_high),
                    computed=_dec(point),
                    computed_low=_dec(low),
                    computed_high=None if high is None else _dec(high),
                    gap=_dec(point - Fraction(total.value)),
                    reason=reason,
                )
            )
    return out


def _cumulative_groups(series: Series) -> dict[tuple[str, str | None, str | None], list[Observation]]:
    groups: dict[tuple[str, str | None, str | None], list[Observation]] = defaultdict(list)
    for o in series:
        if o.kind is Kind.CUMULATIVE:
            groups[(o.metric, o.since, o.coverage)].append(o)
    return groups


def _never_falls(series: Series) -> list[Finding]:
    out = []
    for (metric, since, coverage), items in _cumulative_groups(series).items():
        if len(items) < 2:
            continue
        items.sort(key=lambda o: (o.span[1], o.span[0]))
        ends = [o.span[1] for o in items]
        steps = 0
        falls = []
        for later in items:
            cut = bisect.bisect_left(ends, later.span[0])  # items[:cut] end before this one starts
            if not cut:
                continue
            last_day = ends[cut - 1]
            for before in items[bisect.bisect_left(ends, last_day) : cut]:
                steps += 1
                b_low = before.bounds()[0]
                l_high = later.bounds()[1]
                if l_high is not None and b_low > l_high:
                    falls.append((before, later))
        scope = f" ({coverage} only)" if coverage else ""
        label = f"{metric} since {since}{scope} never falls"
        for before, later in falls:
            out.append(
                _finding(
                    series,
                    [before, later],
                    check="never_falls",
                    metric=metric,
                    as_of=later.as_of,
                    claim="never_falls",
                    reading=f"{metric}@{before.as_of}..{later.as_of}",
                    kind=ClaimKind.BOUND,
                    label=label,
                    status=Status.INCONSISTENT,
                    stated=later.value,
                    stated_text=later.stated,
                    computed=before.value,
                    gap=before.value - later.value,
                    reason=(
                        f"{before.text} on {before.as_of} ({before.source}) is more than {later.text}"
                        f" on {later.as_of} ({later.source}): a running total cannot fall"
                    ),
                )
            )
        if not falls and steps:
            first, last = items[0], items[-1]
            out.append(
                _finding(
                    series,
                    items,
                    check="never_falls",
                    metric=metric,
                    as_of=f"{first.as_of}..{last.as_of}",
                    claim="never_falls",
                    reading=f"{metric}@{first.as_of}..{last.as_of}",
                    kind=ClaimKind.BOUND,
                    label=label,
                    status=Status.CONSISTENT,
                    stated=last.value,
                    stated_text=last.stated,
                    computed=first.value,
                    reason=(
                        f"{steps} steps between {len(items)} figures from {first.text} ({first.as_of})"
                        f" to {last.text} ({last.as_of}); none falls"
                    ),
                )
            )
    return out


def _period_difference(series: Series) -> list[Finding]:
    out = []
    for period in series:
        if period.kind is not Kind.PERIOD:
            continue
        metric = METRICS[period.metric]
        candidates = [
            o
            for o in series.of(period.metric, Kind.CUMULATIVE, coverage=period.coverage)
            if o.since == metric.since
        ]
        first_day, last_day = period.span
        start = first_day - timedelta(days=1)  # a running total "as of" this day counts up to the period
        p_low, p_high = period.bounds()
        made = 0
        # Enclosing figures: rise over a longer span, an upper bound for the period's figure.
        before = [o for o in candidates if o.span[1] <= start]
        after = [o for o in candidates if o.span[0] >= last_day and o.bounds()[1] is not None]
        if before and after:
            s_day = max(o.span[1] for o in before)
            e_day = min(o.span[0] for o in after)
            for s in (o for o in before if o.span[1] == s_day):
                for e in (o for o in after if o.span[0] == e_day):
                    e_high = e.bounds()[1]
                    assert e_high is not None
                    rise_high = e_high - s.bounds()[0]
                    out.append(_period_finding(series, period, s, e, "upper", p_low <= rise_high, rise_high))
                    made += 1
        # Enclosed figures: rise over a shorter span, a lower bound.
        inside_start = [o for o in candidates if o.span[0] >= start and o.bounds()[1] is not None]
        if inside_start:
            s_day = min(o.span[0] for o in inside_start)
            starts = [o for o in inside_start if o.span[0] == s_day]
            inside_end = [
                o
                for o in candidates
                if o.span[1] <= last_day
                and o.span[0] > s_day
                and QUALIFIERS.get(o.qualifier or "") != "upper bound"
            ]
            if inside_end:
                e_day = max(o.span[1] for o in inside_end)
                for s in starts:
                    for e in (o for o in inside_end if o.span[1] == e_day):
                        s_high = s.bounds()[1]
                        assert s_high is not None
                        rise_low = e.bounds()[0] - s_high
                        ok = p_high is None or p_high >= rise_low
                        out.append(_period_finding(series, period, s, e, "lower", ok, rise_low))
                        made += 1
        if not made:
            out.append(
                _finding(
                    series,
                    [period],
                    check="period_difference",
                    metric=period.metric,
                    as_of=period.as_of,
                    claim="period_difference",
                    reading=f"{period.metric}@{period.as_of}:{period.source}",
                    kind=ClaimKind.SUM,
                    label=f"{period.metric} in {period.as_of} against the running total",
                    status=Status.INDETERMINATE,
                    stated=period.value,
                    stated_text=period.stated,
                    reason=(
                        f"no running total of {period.metric}"
                        + (f" ({period.coverage} only)" if period.coverage else "")
                        + f" before and after {period.as_of} to compare {period.text} with"
                    ),
                )
            )
    return out


def _period_finding(
    series: Series, period: Observation, s: Observation, e: Observation, side: str, ok: bool, rise: Fraction
) -> Finding:
    point = Fraction(e.value) - Fraction(s.value)
    if side == "upper":
        relation = "cannot exceed"
        bound_text = f"at most {_text(rise)}"
    else:
        relation = "cannot be less than"
        bound_text = f"at least {_text(rise)}"
    where = "enclosing" if side == "upper" else "inside"
    reason = (
        f"{period.text} in {period.as_of} ({period.source}) {relation} the rise between the running totals"
        f" {where} the period: {e.text} on {e.as_of} ({e.source}) minus {s.text} on {s.as_of} ({s.source})"
        f" = {_text(point)}, {bound_text} within their wording"
    )
    if not ok:
        reason += "; it does"
    return _finding(
        series,
        [period, s, e],
        check="period_difference",
        metric=period.metric,
        as_of=period.as_of,
        claim="period_difference",
        reading=f"{period.metric}@{period.as_of}:{side}:{s.as_of}..{e.as_of}",
        kind=ClaimKind.BOUND,
        label=f"{period.metric} in {period.as_of}: {side} bound from the running total",
        status=Status.CONSISTENT if ok else Status.INCONSISTENT,
        stated=period.value,
        stated_text=period.stated,
        computed=_dec(point),
        gap=_dec(Fraction(period.value) - point),
        reason=reason,
    )


def _same_date(series: Series) -> list[Finding]:
    groups: dict[tuple[str, Kind, str | None, str | None], list[Observation]] = defaultdict(list)
    for o in series:
        groups[(o.metric, o.kind, o.since, o.coverage)].append(o)
    out = []
    for (metric, kind, _, _), items in groups.items():
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                same = a.as_of == b.as_of if kind is Kind.PERIOD else _spans_meet(a.span, b.span)
                if not same or a.source == b.source:
                    continue
                agree = _overlap(a.bounds(), b.bounds())
                word = "agree" if agree else "disagree"
                reason = (
                    f"{a.text} ({a.source}, {a.as_of}) and {b.text} ({b.source}, {b.as_of})"
                    f" {word} within their rounding and qualifiers"
                )
                status = Status.CONSISTENT if agree else Status.INCONSISTENT
                if not agree:
                    reason += f"; they differ by {_text(abs(Fraction(a.value) - Fraction(b.value)))}"
                    if kind is Kind.CUMULATIVE and not _one_day(a.span, b.span):
                        status = Status.INDETERMINATE
                        reason += ", but their dates only overlap, so either may be the earlier"
                out.append(
                    _finding(
                        series,
                        [a, b],
                        check="same_date",
                        metric=metric,
                        as_of=b.as_of if len(b.as_of) >= len(a.as_of) else a.as_of,
                        claim="same_date",
                        reading=f"{metric}@{a.as_of}:{a.source}|{b.source}",
                        kind=ClaimKind.SUM,
                        label=f"two figures for {metric} on one date",
                        status=status,
                        stated=b.value,
                        stated_text=b.stated,
                        computed=a.value,
                        gap=a.value - b.value,
                        reason=reason,
                    )
                )
    return out


def _spans_meet(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _one_day(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether both dates are the same single day."""
    return a == b and a[0] == a[1]


# -- cross-source comparison ---------------------------------------------------------


def _figure_bounds(figure: Figure, unit: str) -> Bounds:
    """What a document figure's wording allows, converted to ``unit``."""
    if figure.value is None:
        raise ValueError(f"figure {figure.id!r} has no stated value")
    factor = UNITS[figure.unit].factor / UNITS[unit].factor
    meaning = QUALIFIERS.get(figure.qualifier or "")
    value = Fraction(figure.value)
    if meaning == "lower bound":
        return value * factor, None
    if meaning == "upper bound":
        return Fraction(0), value * factor
    interval = figure.interval
    assert interval is not None
    if meaning == "approximate":
        from ._interval import rounding_interval

        interval = rounding_interval(figure.value.normalize())
    return max(Fraction(interval[0]), Fraction(0)) * factor, Fraction(interval[1]) * factor


def compare(
    series: Series | None,
    metric: str,
    *,
    near: str,
    window_days: int = 183,
    kind: str = "cumulative",
    coverage: str | None = None,
    reference: Figure | Observation | None = None,
    reference_as_of: str | None = None,
    reference_label: str | None = None,
) -> pd.DataFrame:
    """What each source says of ``metric`` near a date, against a reference figure.

    Parameters
    ----------
    near : str
        A partial date or a range ``"A/B"``; figures within ``window_days`` of it are shown.
    reference : Figure or Observation, optional
        The figure the others are judged against (a document's figure, e.g.
        the letter's); by default the observation nearest to ``near``.
    reference_as_of : str, optional
        When the reference figure refers to, if it does not say (partial date or range).

    Returns
    -------
    pandas.DataFrame
        Indexed by date (the last day each figure may refer to). ``relation``
        is ``earlier``, ``same date``, ``overlapping`` (dates that may or may
        not be the same day) or ``later`` than the reference;
        ``status`` is ``inconsistent`` when the figures cannot both be right
        beyond rounding and qualifiers: for a running total, an earlier
        figure above the reference, a later one below it, or a different one
        on the same date.
    """
    import pandas as pd

    series = series or official_series()
    kind_ = Kind(kind)
    items = _observations(series, metric, kind_, coverage)
    lo_day, hi_day = date_span(near)
    window = timedelta(days=window_days)
    items = [o for o in items if o.span[1] >= lo_day - window and o.span[0] <= hi_day + window]
    unit = METRICS[metric].unit
    if reference is None:
        if not items:
            raise ValueError(f"no {metric} figure within {window_days} days of {near}")
        middle = lo_day + (hi_day - lo_day) / 2
        reference = min(items, key=lambda o: abs((o.span[1] - middle).days))
    if isinstance(reference, Observation):
        ref_bounds = reference.bounds()
        ref_span = date_span(reference_as_of) if reference_as_of else reference.span
        ref_text = reference.text
        ref_value = Fraction(reference.value)
        ref_label = reference_label or series.source(reference.source).publisher
        ref_id = reference.id
        ref_url = series.source(reference.source).url
    else:
        when = reference_as_of or reference.as_of
        if when is None:
            raise ValueError(f"figure {reference.id!r} has no date; give reference_as_of")
        ref_bounds = _figure_bounds(reference, unit)
        ref_span = date_span(when)
        ref_text = reference.text
        assert reference.value is not None
        ref_value = Fraction(reference.value) * UNITS[reference.unit].factor / UNITS[unit].factor
        ref_label = reference_label or f"document figure {reference.id}"
        ref_id = reference.id
        ref_url = None
    rows = []
    for o in items:
        if isinstance(reference, Observation) and o.id == reference.id:
            continue
        bounds = o.bounds()
        if kind_ is Kind.PERIOD or _spans_meet(o.span, ref_span):
            relation = "other period"
            if _spans_meet(o.span, ref_span):
                relation = (
                    "same date" if kind_ is Kind.PERIOD or _one_day(o.span, ref_span) else "overlapping"
                )
            agree = _overlap(bounds, ref_bounds)
            rule = "the two must agree"
            status = None
            if relation in ("same date", "overlapping"):
                status = Status.CONSISTENT if agree else Status.INCONSISTENT
                if not agree and not (kind_ is Kind.PERIOD or _one_day(o.span, ref_span)):
                    status = Status.INDETERMINATE
                    rule = "the dates overlap, so either may be the earlier and the two need not agree"
        elif o.span[1] < ref_span[0]:
            relation = "earlier"
            ok = ref_bounds[1] is None or bounds[0] <= ref_bounds[1]
            rule = "an earlier running total cannot be larger"
            status = Status.CONSISTENT if ok else Status.INCONSISTENT
        else:
            relation = "later"
            ok = bounds[1] is None or bounds[1] >= ref_bounds[0]
            rule = "a later running total cannot be smaller"
            status = Status.CONSISTENT if ok else Status.INCONSISTENT
        difference = Fraction(o.value) - ref_value
        reason = f"{o.text} vs {ref_text}: {rule}" if status is not None else "a different period"
        if status is Status.INCONSISTENT:
            reason += f"; differs by {_text(abs(difference))}"
        source = series.source(o.source)
        rows.append(
            {
                "date": pd.Timestamp(o.span[1]),
                "as_of": o.as_of,
                "source": source.publisher,
                "stated": o.text,
                "value": float(o.value),
                "low": float(bounds[0]),
                "high": float("nan") if bounds[1] is None else float(bounds[1]),
                "relation": relation,
                "difference": float(difference),
                "status": None if status is None else status.value,
                "reason": reason,
                "id": o.id,
                "url": source.url,
            }
        )
    rows.append(
        {
            "date": pd.Timestamp(ref_span[1]),
            "as_of": f"{ref_span[0].isoformat()}/{ref_span[1].isoformat()}"
            if ref_span[0] != ref_span[1]
            else ref_span[0].isoformat(),
            "source": ref_label,
            "stated": ref_text,
            "value": float(ref_value),
            "low": float(ref_bounds[0]),
            "high": float("nan") if ref_bounds[1] is None else float(ref_bounds[1]),
            "relation": "reference",
            "difference": 0.0,
            "status": "reference",
            "reason": "the figure the others are judged against",
            "id": ref_id,
            "url": ref_url,
        }
    )
    columns = ["date", *COMPARE_COLUMNS]
    frame = pd.DataFrame(rows, columns=columns).astype(COMPARE_COLUMNS)
    return frame.set_index("date").sort_index(kind="stable")


#: Columns of :func:`compare` (the index is ``date``).
COMPARE_COLUMNS: dict[str, str] = {
    "as_of": "string",
    "source": "string",
    "stated": "string",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "relation": "string",
    "difference": "float64",
    "status": "string",
    "reason": "string",
    "id": "string",
    "url": "string",
}


def compare_letter(
    series: Series | None = None,
    document: Document | None = None,
    *,
    as_of: str = LETTER_DATES,
    window_days: int = 183,
) -> pd.DataFrame:
    """The letter's figures against the series, one :func:`compare` table per figure.

    A figure the letter dates (``as_of``) is placed there; the others at
    ``as_of``, by default the letter's own dates: after the 14 November 2024
    draft it cites, within 2024. The letter's mines are compared with
    anti-personnel plus anti-tank mines, its other devices with UXO.

    Examples
    --------
    >>> import minestats
    >>> table = minestats.compare_letter()
    >>> sorted(set(table.loc[table.figure == "post_conflict_victims", "status"]))
    ['consistent', 'reference']
    """
    import pandas as pd

    from ._io import letter

    doc = document if document is not None else letter()
    frames = []
    for figure_id, metric in LETTER_METRICS.items():
        figure = doc.figure(figure_id)
        if figure.value is None:
            continue
        frame = compare(
            series,
            metric,
            near=figure.as_of or as_of,
            window_days=window_days,
            reference=figure,
            reference_as_of=figure.as_of or as_of,
            reference_label=f"{doc.symbol or doc.id} ({figure.id})",
        )
        frames.append(frame.assign(figure=figure_id, metric=metric))
    table = pd.concat(frames)
    table["figure"] = table["figure"].astype("string")
    table["metric"] = table["metric"].astype("string")
    return table


# -- rates and projections -----------------------------------------------------------

_YEAR = Fraction(36525, 100)


def clearance_rates(
    series: Series | None = None,
    metric: str = "cleared_area",
    *,
    window_days: int = 365,
    tolerance: float = 0.25,
    coverage: str | None = None,
) -> pd.DataFrame:
    """Rate of a running total per year over rolling windows, indexed by the window's end.

    For each figure, the figure nearest to ``window_days`` before it is taken
    as the start, if the span is within ``tolerance`` of the window. The rate
    is the rise at stated values divided by the span in years (365.25 days);
    ``rate_low``/``rate_high`` are the slowest and fastest rates the wording
    allows (NaN when a figure is open-ended).

    Examples
    --------
    >>> import minestats
    >>> rates = minestats.clearance_rates()
    >>> rates.index.name, str(rates.index[-1].date())
    ('date', '2024-12-31')
    """
    import pandas as pd

    series = series or official_series()
    since = METRICS[metric].since
    items = [o for o in _observations(series, metric, Kind.CUMULATIVE, coverage) if o.since == since]
    window = timedelta(days=window_days)
    rows = []
    for end in items:
        earlier = [o for o in items if o.span[1] < end.span[0]]
        if not earlier:
            continue
        target = end.span[1] - window
        best = min(abs((o.span[1] - target).days) for o in earlier)
        for start in (o for o in earlier if abs((o.span[1] - target).days) == best):
            days = (end.span[1] - start.span[1]).days
            if abs(days - window_days) > tolerance * window_days:
                continue
            years = Fraction(days) / _YEAR
            rise = Fraction(end.value) - Fraction(start.value)
            s_low, s_high = _informative(start)
            e_low, e_high = _informative(end)
            low = (e_low - s_high) / years if e_low is not None and s_high is not None else None
            high = (e_high - s_low) / years if e_high is not None and s_low is not None else None
            rows.append(
                {
                    "date": pd.Timestamp(end.span[1]),
                    "start": pd.Timestamp(start.span[1]),
                    "days": days,
                    "start_value": float(start.value),
                    "end_value": float(end.value),
                    "rate": float(rise / years),
                    "rate_low": float("nan") if low is None else float(low),
                    "rate_high": float("nan") if high is None else float(high),
                    "basis": "rise between running totals",
                    "start_id": start.id,
                    "end_id": end.id,
                }
            )
    columns = ["date", *RATE_COLUMNS]
    return (
        pd.DataFrame(rows, columns=columns)
        .astype(RATE_COLUMNS | {"date": "datetime64[ns]"})
        .set_index("date")
    )


#: Columns of :func:`clearance_rates` and :func:`reported_rates` (the index is ``date``).
RATE_COLUMNS: dict[str, str] = {
    "start": "datetime64[ns]",
    "days": "int64",
    "start_value": "float64",
    "end_value": "float64",
    "rate": "float64",
    "rate_low": "float64",
    "rate_high": "float64",
    "basis": "string",
    "start_id": "string",
    "end_id": "string",
}


def reported_rates(
    series: Series | None = None, metric: str = "cleared_area", *, coverage: str | None = None
) -> pd.DataFrame:
    """Per-year figures as reported, as rates per year, indexed by the year's last day."""
    import pandas as pd

    series = series or official_series()
    rows = []
    for o in _observations(series, metric, Kind.PERIOD, coverage):
        if len(o.as_of) != 4:
            continue
        low, high = o.bounds()
        first, last = o.span
        rows.append(
            {
                "date": pd.Timestamp(last),
                "start": pd.Timestamp(first - timedelta(days=1)),
                "days": (last - first).days + 1,
                "start_value": float("nan"),
                "end_value": float("nan"),
                "rate": float(o.value),
                "rate_low": float(low),
                "rate_high": float("nan") if high is None else float(high),
                "basis": f"reported for {o.as_of}",
                "start_id": o.id,
                "end_id": o.id,
            }
        )
    columns = ["date", *RATE_COLUMNS]
    return (
        pd.DataFrame(rows, columns=columns)
        .astype(RATE_COLUMNS | {"date": "datetime64[ns]"})
        .set_index("date")
    )


@dataclass(frozen=True)
class Projection:
    """When a target would be reached at recent rates, with every assumption stated.

    Attributes
    ----------
    rates : pandas.DataFrame
        The recent rates used, indexed by the end of their window, with
        ``years_needed`` and ``finish`` (a decimal year).
    earliest, latest : float
        Decimal years of completion at the fastest and the slowest rate.
    assumptions : tuple of str
    """

    metric: str
    target_label: str
    target: Fraction
    unit: str
    label: str
    base: Observation
    remaining: Fraction
    rates: pd.DataFrame
    slowest: float
    fastest: float
    earliest: float
    latest: float
    assumptions: tuple[str, ...]

    @property
    def years(self) -> tuple[int, int]:
        """Calendar years in which the target would be reached: (fastest, slowest)."""
        return math.floor(self.earliest), math.floor(self.latest)

    def __str__(self) -> str:
        unit = self.label
        lines = [
            f"{self.metric}: at recent rates of {self.slowest:,.0f} to {self.fastest:,.0f} {unit} a year,"
            f" the remaining {_text(self.remaining)} {unit} would be done between {self.years[0]}"
            f" and {self.years[1]}.",
            "Assumptions:",
        ]
        lines.extend(f"  - {a}" for a in self.assumptions)
        return "\n".join(lines)


def _informative(obs: Observation) -> tuple[Fraction | None, Fraction | None]:
    """Bounds, with the zero floor of a 'nearly' figure left open (it says nothing of the low end)."""
    low, high = obs.bounds()
    if QUALIFIERS.get(obs.qualifier or "") == "upper bound":
        return None, high
    return low, high


def _decimal_year(day: date) -> Fraction:
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year + Fraction((day - start).days + 1, length)


def project(
    series: Series | None = None,
    metric: str = "cleared_area",
    *,
    target: Figure | None = None,
    recent_years: int = 2,
    window_days: int = 365,
    include_reported: bool = True,
    coverage: str | None = None,
) -> Projection:
    """The year a target would be reached at recent rates, from the slowest to the fastest.

    Parameters
    ----------
    metric : str
        ``cleared_area`` (default), ``mines_neutralized`` or ``items_neutralized``, ...
    target : Figure, optional
        What must be reached. By default the letter's minefield area (about
        11,258 km²) for areas and its estimated 1.5 million landmines for counts.
    recent_years : int
        Rates whose window ends within this many years of the latest running
        total are "recent".

    Examples
    --------
    >>> import minestats
    >>> p = minestats.project()
    >>> p.years
    (2039, 2043)
    """
    import pandas as pd

    from ._io import letter

    series = series or official_series()
    if target is None:
        target = letter().figure("minefield_area" if METRICS[metric].unit == "ha" else "landmines_planted")
    if target.value is None:
        raise ValueError(f"the target {target.id!r} has no stated value")
    unit = METRICS[metric].unit
    target_value = Fraction(target.value) * UNITS[target.unit].factor / UNITS[unit].factor
    since = METRICS[metric].since
    items = [o for o in _observations(series, metric, Kind.CUMULATIVE, coverage) if o.since == since]
    if not items:
        raise ValueError(f"no running total of {metric} to project from")
    base = max(items, key=lambda o: (o.span[1], o.value))
    remaining = target_value - Fraction(base.value)
    cutoff = base.span[1] - timedelta(days=round(365.25 * recent_years))
    rates = clearance_rates(series, metric, window_days=window_days, coverage=coverage)
    parts = [rates]
    if include_reported:
        parts.append(reported_rates(series, metric, coverage=coverage))
    table = pd.concat([p for p in parts if len(p)]) if any(len(p) for p in parts) else rates
    table = table[table.index >= pd.Timestamp(cutoff)].sort_index(kind="stable")
    if table.empty:
        raise ValueError(f"no rate of {metric} in the {recent_years} years before {base.as_of}")
    base_year = float(_decimal_year(base.span[1]))
    table = table.assign(years_needed=float(remaining) / table["rate"])
    table = table.assign(finish=base_year + table["years_needed"])
    slowest, fastest = float(table["rate"].min()), float(table["rate"].max())
    source = series.source(base.source)
    label = "ha" if unit == "ha" else (METRICS[metric].entity or "items")
    target_text = f"{target.text} ({_text(target_value)} {label})" if target.unit != unit else target.text
    assumptions = [
        f"target: {target.label}, {target_text}, as stated",
        f"done so far: {base.text} as of {base.as_of} ({source.publisher}), taken at its stated value",
        f"remaining: {_text(target_value)} - {_text(Fraction(base.value))} = {_text(remaining)} {label}",
        f"recent rates: {window_days}-day windows between running totals"
        + (" and per-year figures as reported" if include_reported else "")
        + f", for windows ending on or after {cutoff.isoformat()}"
        f" ({recent_years} years before the base date);"
        f" {len(table)} rates from {slowest:,.0f} to {fastest:,.0f} {label} a year",
        "qualified figures ('about', 'nearly', 'more than') are taken at their stated values",
        "each rate is held constant from the base date on; no change in the estimate"
        " (land released by survey rather than clearance is not modelled)",
    ]
    if coverage is None:
        assumptions.append(
            "only figures that count every operator as reported (one-operator figures left out)"
        )
    if metric in PARTS and metric != "casualties":
        assumptions.append(f"{metric} = {' + '.join(PARTS[metric])} where a source gives no total")
    return Projection(
        metric=metric,
        target_label=target.label,
        target=target_value,
        unit=unit,
        label=label,
        base=base,
        remaining=remaining,
        rates=table,
        slowest=slowest,
        fastest=fastest,
        earliest=float(table["finish"].min()),
        latest=float(table["finish"].max()),
        assumptions=tuple(assumptions),
    )
