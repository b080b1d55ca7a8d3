"""The four reconciliation checks of a series, and :func:`reconcile`, which runs them.

Every check works on exact fractions over what each figure's wording allows
(:attr:`Observation.interval <minestats.Observation.interval>`): a plain
figure its rounding interval, ``about`` a figure rounded at its last non-zero
digit, ``more than``/``nearly`` a half-open bound.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

from .._interval import Interval
from .._numbers import decimal_of
from .._series import METRICS, Kind, Observation, Series, official_series
from .._vocab import Direction, Status, direction_of
from ._figures import PARTS, exact_text, same_day, source_line, sources, spans_meet
from ._findings import Finding, Reconciliation

__all__ = ["reconcile"]


def _decimal(value: Fraction | None) -> Decimal | None:
    return None if value is None else decimal_of(value)


def _finding(series: Series, obs: Sequence[Observation], **fields: object) -> Finding:
    """A finding about ``obs`` (the figure under test first), with their sources and qualifiers."""
    base: dict[str, object] = {
        "series": series.id,
        "unit": obs[0].unit,
        "entity": obs[0].entity,
        "sources": sources(series, obs),
        "observations": tuple(o.id for o in obs),
        "qualifiers": {o.id: o.qualifier for o in obs if o.qualifier},
    }
    base.update(fields)
    return Finding.model_validate(base)


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
        period (official targets, a metric's ``plan``, are left out).
        Cumulative figures rarely fall on the period's ends, so the
        figures enclosing the period give an upper bound and the figures
        inside it a lower bound; a figure on an end gives both.
    ``same_date``
        Two figures of the same metric for the same date (or period).

    A finding the series lists under ``known`` carries that status as its
    ``expect``, so :attr:`Reconciliation.as_expected` tells new tensions from known ones.
    """
    series = series or official_series()
    findings: list[Finding] = []
    findings += _parts_sum(series)
    findings += _never_falls(series)
    findings += _period_difference(series)
    findings += _same_date(series)
    known = defaultdict(list)
    for k in series.known:
        known[(k.check, k.metric, k.as_of)].append(k)
    marked = []
    for finding in findings:
        involved = {o.partition(":")[0] for o in finding.observations}
        match = next(
            (
                k
                for k in known.get((finding.check, finding.metric, finding.as_of), [])
                if set(k.sources) <= involved
            ),
            None,
        )
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
            summed = Interval.total([o.interval for o in items])
            stated = total.interval
            point = sum((Fraction(o.value) for o in items), Fraction(0))
            consistent = summed.overlaps(stated)
            terms = " + ".join(o.stated for o in items)
            if consistent:
                reason = f"{terms} = {exact_text(point)}, which matches the stated total {total.text}"
            else:
                reason = f"{terms} = {exact_text(point)}, not the stated total {total.text}"
            reason += f" ({', '.join(parts)} = {total_metric}, {source_line(series, total)})"
            out.append(
                _finding(
                    series,
                    [total, *items],
                    check="parts_sum",
                    metric=total_metric,
                    as_of=total.as_of,
                    id=f"{total_metric}@{total.as_of}:{total.source}",
                    label=f"{' + '.join(parts)} = {total_metric}",
                    status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
                    stated=total.value,
                    stated_text=total.stated,
                    low=decimal_of(stated.low),
                    high=_decimal(stated.high),
                    computed=decimal_of(point),
                    computed_low=decimal_of(summed.low),
                    computed_high=_decimal(summed.high),
                    gap=decimal_of(point - Fraction(total.value)),
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
                l_high = later.interval.high
                if l_high is not None and before.interval.low > l_high:
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
                    id=f"{metric}@{before.as_of}..{later.as_of}",
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
                    id=f"{metric}@{first.as_of}..{last.as_of}",
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
        metric = METRICS[period.metric]
        if period.kind is not Kind.PERIOD or metric.plan:  # a target is no count to compare
            continue
        candidates = [
            o
            for o in series.of(period.metric, Kind.CUMULATIVE, coverage=period.coverage)
            if o.since == metric.since
        ]
        first_day, last_day = period.span
        start = first_day - timedelta(days=1)  # a running total "as of" this day counts up to the period
        stated = period.interval
        made = 0
        # Enclosing figures: rise over a longer span, an upper bound for the period's figure.
        before = [o for o in candidates if o.span[1] <= start]
        after = [o for o in candidates if o.span[0] >= last_day and o.interval.bounded]
        if before and after:
            s_day = max(o.span[1] for o in before)
            e_day = min(o.span[0] for o in after)
            for s in (o for o in before if o.span[1] == s_day):
                for e in (o for o in after if o.span[0] == e_day):
                    e_high = e.interval.high
                    assert e_high is not None
                    rise_high = e_high - s.interval.low
                    ok = stated.low <= rise_high
                    out.append(_period_finding(series, period, s, e, "upper", ok, rise_high))
                    made += 1
        # Enclosed figures: rise over a shorter span, a lower bound.
        inside_start = [o for o in candidates if o.span[0] >= start and o.interval.bounded]
        if inside_start:
            s_day = min(o.span[0] for o in inside_start)
            starts = [o for o in inside_start if o.span[0] == s_day]
            inside_end = [
                o
                for o in candidates
                if o.span[1] <= last_day
                and o.span[0] > s_day
                and direction_of(o.qualifier) is not Direction.UPPER_BOUND
            ]
            if inside_end:
                e_day = max(o.span[1] for o in inside_end)
                for s in starts:
                    for e in (o for o in inside_end if o.span[1] == e_day):
                        s_high = s.interval.high
                        assert s_high is not None
                        rise_low = e.interval.low - s_high
                        ok = stated.high is None or stated.high >= rise_low
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
                    id=f"{period.metric}@{period.as_of}:{period.source}",
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
        bound_text = f"at most {exact_text(rise)}"
    else:
        relation = "cannot be less than"
        bound_text = f"at least {exact_text(rise)}"
    where = "enclosing" if side == "upper" else "inside"
    reason = (
        f"{period.text} in {period.as_of} ({period.source}) {relation} the rise between the running totals"
        f" {where} the period: {e.text} on {e.as_of} ({e.source}) minus {s.text} on {s.as_of} ({s.source})"
        f" = {exact_text(point)}, {bound_text} within their wording"
    )
    if not ok:
        reason += "; it does"
    return _finding(
        series,
        [period, s, e],
        check="period_difference",
        metric=period.metric,
        as_of=period.as_of,
        id=f"{period.metric}@{period.as_of}:{side}:{s.as_of}..{e.as_of}",
        label=f"{period.metric} in {period.as_of}: {side} bound from the running total",
        status=Status.CONSISTENT if ok else Status.INCONSISTENT,
        stated=period.value,
        stated_text=period.stated,
        computed=decimal_of(point),
        gap=decimal_of(Fraction(period.value) - point),
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
                same = a.as_of == b.as_of if kind is Kind.PERIOD else spans_meet(a.span, b.span)
                if not same or a.source == b.source:
                    continue
                agree = a.interval.overlaps(b.interval)
                word = "agree" if agree else "disagree"
                reason = (
                    f"{a.text} ({a.source}, {a.as_of}) and {b.text} ({b.source}, {b.as_of})"
                    f" {word} within their rounding and qualifiers"
                )
                status = Status.CONSISTENT if agree else Status.INCONSISTENT
                if not agree:
                    reason += f"; they differ by {exact_text(abs(Fraction(a.value) - Fraction(b.value)))}"
                    if kind is Kind.CUMULATIVE and not same_day(a.span, b.span):
                        status = Status.INDETERMINATE
                        reason += ", but their dates only overlap, so either may be the earlier"
                out.append(
                    _finding(
                        series,
                        [a, b],
                        check="same_date",
                        metric=metric,
                        as_of=b.as_of if len(b.as_of) >= len(a.as_of) else a.as_of,
                        id=f"{metric}@{a.as_of}:{a.source}|{b.source}",
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
