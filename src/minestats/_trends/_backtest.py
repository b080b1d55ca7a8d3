"""Projections from a cut-off date, by several models, and a rolling-origin backtest of them.

A projection made on a day may use only the figures published by then
(:func:`known_by`). Each model gives a band for the yearly amount (hectares
cleared, casualties) from the cut-off on:

``constant``
    The slowest and the fastest recent rate, held constant (as :func:`~minestats.project`).
``trend``
    A straight line through every yearly rate known by then (rises between
    running totals a year apart, and per-year figures), extrapolated; the band
    is the line plus and minus its largest miss on the known rates.
``target``
    The official yearly targets known by then (a year without one takes the
    latest earlier target), plus and minus :data:`TARGET_SLACK`.

The band of the running total is the base (the latest running total known by
then) plus the band of the yearly amount summed over the days since. The
backtest makes a projection from each past cut-off and compares it with every
running total published later (within a horizon): the band *held* when the
later figure's wording allows a value inside it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from .._format import unit_label
from .._series import METRICS, Kind, Observation, Series, date_span, official_series
from .._vocab import UNITS, direction_of
from ._figures import exact_text, known_by, observations, published_day
from ._rates import clearance_rates, reported_rates

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .._models import Figure

__all__ = [
    "BACKTEST_COLUMNS",
    "MODELS",
    "PLANS",
    "TARGET_SLACK",
    "Backtest",
    "Forecast",
    "backtest",
    "forecast",
]

Model = Literal["constant", "trend", "target"]
#: A model's band of the yearly amount in a decimal year, and how it was made, in words.
RateBand = tuple[Callable[[float], tuple[float, float]], str]
#: The projection models, in the order they are reported.
MODELS: tuple[Model, ...] = ("constant", "trend", "target")
#: The metric holding the official yearly targets of a metric.
PLANS: dict[str, str] = {"cleared_area": "cleared_area_target"}
#: How far a yearly outturn is allowed to depart from its target, either way (the 2024
#: outturn was 62 thousand ha against a target of 60,000: 3 % above).
TARGET_SLACK = Fraction(1, 10)
#: Days in a year, on average.
_YEAR = 365.25


def _year(day: date) -> float:
    """A day as a decimal year."""
    start = date(day.year, 1, 1)
    return day.year + (day - start).days / (date(day.year + 1, 1, 1) - start).days


def _ends(obs: Observation) -> tuple[Fraction, Fraction]:
    """Low and high a base figure allows; a bound ("more than", "nearly") is taken at its stated value."""
    interval = obs.interval
    if direction_of(obs.qualifier) is not None or interval.high is None:
        return Fraction(obs.value), Fraction(obs.value)
    return interval.low, interval.high


@dataclass(frozen=True)
class Forecast:
    """A projection of a running total from a cut-off, by one model, with every assumption stated.

    Attributes
    ----------
    rate : callable
        ``rate(year) -> (low, high)``: the band of the yearly amount in a decimal year.
    target, target_label : Fraction or None, str or None
        What must be reached, and what it is, with its source.
    earliest, latest : float or None
        Decimal years in which the band's high and low edges reach the target.
    """

    metric: str
    model: Model
    as_of: str
    unit: str
    label: str
    base: Observation
    base_low: Fraction
    base_high: Fraction
    rate: Callable[[float], tuple[float, float]] = field(repr=False)
    assumptions: tuple[str, ...]
    target: Fraction | None = None
    target_label: str | None = None
    earliest: float | None = None
    latest: float | None = None

    def band(self, day: date) -> tuple[float, float]:
        """Low and high of the running total on ``day`` (the base's own ends on or before its date)."""
        start = self.base.span[1]
        low, high = float(self.base_low), float(self.base_high)
        if day <= start:
            return low, high
        years = (day - start).days / _YEAR
        steps = max(1, math.ceil(years * 24))
        x0 = _year(start)
        for index in range(steps):
            r_low, r_high = self.rate(x0 + (index + 0.5) * years / steps)
            low += max(r_low, 0.0) * years / steps
            high += max(r_high, 0.0) * years / steps
        return low, high

    @property
    def years(self) -> tuple[int, int] | None:
        """Calendar years in which the target would be reached (fastest, slowest), if it is."""
        if self.earliest is None or self.latest is None:
            return None
        return math.floor(self.earliest), math.floor(self.latest)

    def __str__(self) -> str:
        r_low, r_high = self.rate(_year(self.base.span[1]) + 0.5)
        head = (
            f"{self.metric} from {self.as_of}, model {self.model}: {r_low:,.0f} to {r_high:,.0f}"
            f" {self.label} a year in the year after {self.base.as_of}"
        )
        if self.target is not None:
            years = self.years
            done = f"done between {years[0]} and {years[1]}" if years else "not reached by 2100"
            head += f"; {exact_text(self.target)} {self.label} ({self.target_label}) {done}"
        lines = [head + ".", "Assumptions:"]
        lines.extend(f"  - {a}" for a in self.assumptions)
        return "\n".join(lines)


def _running(series: Series, metric: str) -> list[Observation]:
    since = METRICS[metric].since
    return [o for o in observations(series, metric, Kind.CUMULATIVE) if o.since == since]


def _rate_points(series: Series, metric: str) -> list[tuple[float, float, date]]:
    """(decimal year of the middle of the window, rate, end of the window) of every yearly rate."""
    points = []
    for frame in (clearance_rates(series, metric), reported_rates(series, metric)):
        for end, start, rate in zip(frame.index, frame["start"], frame["rate"], strict=True):
            first, last = start.date(), end.date()
            points.append((_year(first + (last - first) / 2), float(rate), last))
    return sorted(points)


def _constant(points: list[tuple[float, float, date]], base: Observation, recent_years: int) -> RateBand:
    cutoff = base.span[1] - timedelta(days=round(365.25 * recent_years))
    recent = [r for _, r, end in points if end >= cutoff]
    if not recent:
        raise ValueError(f"no yearly rate in the {recent_years} years before {base.as_of}")
    low, high = min(recent), max(recent)
    return (
        lambda _x: (low, high),
        f"{len(recent)} rates of windows ending on or after {cutoff.isoformat()}, from {low:,.0f} to"
        f" {high:,.0f} a year, held constant",
    )


def _trend(points: list[tuple[float, float, date]]) -> RateBand:
    if len(points) < 3 or points[-1][0] - points[0][0] < 0.5:
        raise ValueError("a trend needs three yearly rates spanning half a year or more")
    xs = [x for x, _, _ in points]
    ys = [y for _, y, _ in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    miss = max(abs(y - (mean_y + slope * (x - mean_x))) for x, y in zip(xs, ys, strict=True))
    return (
        lambda x: (mean_y + slope * (x - mean_x) - miss, mean_y + slope * (x - mean_x) + miss),
        f"a straight line through {len(points)} yearly rates ({slope:+,.0f} a year per year),"
        f" plus and minus its largest miss on them ({miss:,.0f})",
    )


def _target(series: Series, metric: str, base: Observation) -> RateBand:
    plan = PLANS.get(metric)
    targets = {int(o.as_of): o for o in (series.of(plan, Kind.PERIOD) if plan else ()) if len(o.as_of) == 4}
    usable = {y: o for y, o in targets.items() if y >= base.span[1].year}
    if not usable:
        raise ValueError(f"no official target of {metric} for {base.span[1].year} or later was published")
    first = min(usable)

    def rate(x: float) -> tuple[float, float]:
        year = max(math.floor(x), first)  # before the first target year, the first target
        value = float(usable[max(y for y in usable if y <= year)].value)
        return value * float(1 - TARGET_SLACK), value * float(1 + TARGET_SLACK)

    listed = ", ".join(
        f"{y}: {o.text} ({series.source(o.source).publisher})" for y, o in sorted(usable.items())
    )
    return (
        rate,
        f"official yearly targets ({listed}); a later year takes the latest target;"
        f" plus and minus {float(TARGET_SLACK):.0%}",
    )


def _target_area(
    series: Series, metric: str, target: str | Figure | None
) -> tuple[Fraction | None, str | None]:
    from .._io import letter

    unit = METRICS[metric].unit
    if target is None:
        return None, None
    if unit != "ha" and isinstance(target, str):
        raise ValueError(f"a target area is for an area metric, not {metric}")
    if isinstance(target, str):
        if target == "letter":
            figure = letter().figure("minefield_area")
            assert figure.value is not None
            value = UNITS["ha"].from_base(UNITS[figure.unit].to_base(Fraction(figure.value)))
            return value, f"the letter's minefield area, {figure.text} (UN 24-23652)"
        if target == "estimate":
            estimates = observations(series, "hazardous_area", Kind.ESTIMATE)
            if not estimates:
                raise ValueError("no estimate of the hazardous area was published by then")
            latest = estimates[-1]
            source = series.source(latest.source)
            return Fraction(latest.value), (
                f'the latest official estimate of the hazardous area, "{latest.quote}" ({latest.as_of},'
                f" {source.publisher})"
            )
        raise ValueError(f"target is 'letter', 'estimate' or a Figure, not {target!r}")
    assert target.value is not None
    value = UNITS[unit].from_base(UNITS[target.unit].to_base(Fraction(target.value)))
    return value, f"{target.label}, {target.text}"


def forecast(
    series: Series | None = None,
    metric: str = "cleared_area",
    *,
    model: Model = "trend",
    as_of: str | None = None,
    target: str | Figure | None = None,
    recent_years: int = 2,
) -> Forecast:
    """A projection of a running total from a cut-off, by one model.

    Parameters
    ----------
    model : str
        ``constant``, ``trend`` or ``target`` (see :data:`MODELS`).
    as_of : str, optional
        The cut-off: only figures published by then are used (default: all).
    target : {"letter", "estimate"} or Figure, optional
        The area to reach: the letter's 11,258 km², or the latest official
        estimate of the hazardous area published by the cut-off; stated in
        the output with its source.

    Examples
    --------
    >>> import minestats
    >>> f = minestats.forecast(model="trend", as_of="2024-03-31", target="estimate")
    >>> f.base.as_of, f.years
    ('2024-03-01', (2031, 2032))
    """
    series = series or official_series()
    if model not in MODELS:
        raise ValueError(f"model is one of {', '.join(MODELS)}, not {model!r}")
    known = known_by(series, as_of) if as_of else series
    items = _running(known, metric)
    if not items:
        raise ValueError(f"no running total of {metric} was published by {as_of}")
    base = max(items, key=lambda o: (o.span[1], o.value))
    base_low, base_high = _ends(base)
    points = _rate_points(known, metric)
    if model == "constant":
        rate, how = _constant(points, base, recent_years)
    elif model == "trend":
        rate, how = _trend(points)
    else:
        rate, how = _target(known, metric, base)
    unit = METRICS[metric].unit
    label = unit_label(unit, METRICS[metric].entity)
    source = known.source(base.source)
    assumptions = [
        f"figures published by {as_of or 'the last figure'}; {len(points)} yearly rates known",
        f"base: {base.text} as of {base.as_of} ({source.publisher}), within its wording",
        f"yearly amount: {how}; never below zero",
    ]
    target_value, target_label = _target_area(known, metric, target)
    result = Forecast(
        metric=metric,
        model=model,
        as_of=as_of or base.as_of,
        unit=unit,
        label=label,
        base=base,
        base_low=base_low,
        base_high=base_high,
        rate=rate,
        assumptions=tuple(assumptions),
    )
    if target_value is None:
        return result
    earliest = latest = None
    day = base.span[1]
    while day.year <= 2100 and latest is None:
        day += timedelta(days=30)
        low, high = result.band(day)
        if earliest is None and high >= target_value:
            earliest = _year(day)
        if low >= target_value:
            latest = _year(day)
    extra = (
        f"target: {target_label}; land released by survey (cancelled or reduced) is not counted,"
        " and the estimate is held as stated"
    )
    return Forecast(
        **{
            **result.__dict__,
            "assumptions": (*assumptions, extra),
            "target": target_value,
            "target_label": target_label,
            "earliest": earliest,
            "latest": latest,
        }
    )


#: Columns of :attr:`Backtest.table`.
BACKTEST_COLUMNS: dict[str, str] = {
    "model": "string",
    "cutoff": "string",
    "later": "string",
    "published": "string",
    "stated": "string",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "held": "boolean",
    "note": "string",
}


@dataclass(frozen=True)
class Backtest:
    """Every projection of a rolling-origin backtest against the figures published later.

    ``table`` has one row per model, cut-off and later figure (``held`` is
    NA when the model could make no projection then, with the reason in
    ``note``); :meth:`summary` counts them per model and cut-off.
    """

    metric: str
    horizon_days: int
    table: pd.DataFrame

    def summary(self) -> pd.DataFrame:
        """Held / compared per cut-off (rows) and model (columns); the last row, ``all``, sums them.

        A cell is ``held/compared`` (``-``: the model could not project then).
        """
        import pandas as pd

        rows = self.table[self.table["held"].notna()]
        models = [m for m in MODELS if m in set(self.table["model"])]
        cutoffs = list(dict.fromkeys(self.table["cutoff"]))
        cells: dict[str, dict[str, str]] = {c: dict.fromkeys(models, "-") for c in [*cutoffs, "all"]}
        for (model, cutoff), group in rows.groupby(["model", "cutoff"], sort=False):
            cells[str(cutoff)][str(model)] = f"{int(group['held'].sum())}/{len(group)}"
        for model, group in rows.groupby("model"):
            held, count = int(group["held"].sum()), len(group)
            cells["all"][str(model)] = f"{held}/{count} ({held / count:.0%})"
        frame = pd.DataFrame.from_dict(cells, orient="index", columns=models).astype("string")
        frame.index.name = "cutoff"
        return frame

    def held_share(self, model: Model) -> float:
        """The share of later figures the model's band held (NaN if it never projected)."""
        rows = self.table[(self.table["model"] == model) & self.table["held"].notna()]
        return float(rows["held"].mean()) if len(rows) else float("nan")

    def __iter__(self) -> Iterator[str]:
        return iter(MODELS)

    def __str__(self) -> str:
        from .._render import text_table

        summary = self.summary()
        header = ["cut-off", *[str(c) for c in summary.columns]]
        body = [[str(c), *[str(v) for v in row]] for c, row in summary.iterrows()]
        return (
            f"{self.metric}: later running totals (within {self.horizon_days} days) inside each model's band,"
            " by cut-off\n" + text_table(header, body)
        )


def backtest(
    series: Series | None = None,
    metric: str = "cleared_area",
    *,
    cutoffs: Sequence[str] | None = None,
    models: Sequence[Model] = MODELS,
    horizon_days: int = 730,
) -> Backtest:
    """Project from each past cut-off and compare with the running totals published later.

    Parameters
    ----------
    cutoffs : sequence of str, optional
        Cut-off dates; by default the end of every quarter from the end of
        2021 to the last quarter ending 90 days before the last figure was published.
    horizon_days : int
        Later figures within this many days of the cut-off are compared.

    Examples
    --------
    >>> import minestats
    >>> result = minestats.backtest(metric="casualties", models=["constant", "trend"])
    >>> list(result.summary().columns)
    ['constant', 'trend']
    """
    import pandas as pd

    series = series or official_series()
    items = _running(series, metric)
    if cutoffs is None:
        last = max(published_day(series, o) for o in items)
        ends = [
            date(y, m, d)
            for y in range(2021, last.year + 1)
            for m, d in ((3, 31), (6, 30), (9, 30), (12, 31))
        ]
        cutoffs = [d.isoformat() for d in ends if date(2021, 12, 31) <= d < last - timedelta(days=90)]
    rows = []
    for cutoff in cutoffs:
        cut = date_span(cutoff)[1]
        later = [
            o
            for o in items
            if published_day(series, o) > cut and cut < o.span[1] <= cut + timedelta(days=horizon_days)
        ]
        for model in models:
            try:
                result = forecast(series, metric, model=model, as_of=cutoff)
            except ValueError as exc:
                rows.append({"model": model, "cutoff": cutoff, "held": pd.NA, "note": str(exc)})
                continue
            for obs in later:
                low, high = result.band(obs.span[1])
                interval = obs.interval  # what the later figure's wording allows
                o_low = float(interval.low)
                o_high = float("inf") if interval.high is None else float(interval.high)
                rows.append(
                    {
                        "model": model,
                        "cutoff": cutoff,
                        "later": obs.id,
                        "published": published_day(series, obs).isoformat(),
                        "stated": obs.text,
                        "value": float(obs.value),
                        "low": low,
                        "high": high,
                        "held": o_low <= high and o_high >= low,
                        "note": None,
                    }
                )
    table = pd.DataFrame(rows, columns=list(BACKTEST_COLUMNS)).astype(BACKTEST_COLUMNS)
    return Backtest(metric=metric, horizon_days=horizon_days, table=table)
