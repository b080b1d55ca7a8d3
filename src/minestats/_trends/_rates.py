"""Rates of a running total, and when a target would be reached at them.

Rates and projections are plain arithmetic on stated values; the slowest and
fastest rates the wording allows are given beside them, and every assumption
of a projection is returned with its numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING

from .._format import unit_label
from .._series import METRICS, Kind, Observation, Series, official_series
from .._vocab import UNITS, Direction, direction_of
from ._figures import PARTS, exact_text, known_by, observations

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .._models import Figure

__all__ = ["RATE_COLUMNS", "Projection", "clearance_rates", "project", "reported_rates"]

#: Days in a year, on average.
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
    ('date', '2025-12-31')
    """
    import pandas as pd

    series = series or official_series()
    since = METRICS[metric].since
    items = [o for o in observations(series, metric, Kind.CUMULATIVE, coverage) if o.since == since]
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
    for o in observations(series, metric, Kind.PERIOD, coverage):
        if len(o.as_of) != 4:
            continue
        interval = o.interval
        first, last = o.span
        rows.append(
            {
                "date": pd.Timestamp(last),
                "start": pd.Timestamp(first - timedelta(days=1)),
                "days": (last - first).days + 1,
                "start_value": float("nan"),
                "end_value": float("nan"),
                "rate": float(o.value),
                "rate_low": float(interval.low),
                "rate_high": float("nan") if interval.high is None else float(interval.high),
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
            f" the remaining {exact_text(self.remaining)} {unit} would be done between {self.years[0]}"
            f" and {self.years[1]}.",
            "Assumptions:",
        ]
        lines.extend(f"  - {a}" for a in self.assumptions)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from .._html import projection_html

        return projection_html(self)


def _informative(obs: Observation) -> tuple[Fraction | None, Fraction | None]:
    """Bounds, with the zero floor of a 'nearly' figure left open (it says nothing of the low end)."""
    interval = obs.interval
    if direction_of(obs.qualifier) is Direction.UPPER_BOUND:
        return None, interval.high
    return interval.low, interval.high


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
    as_of: str | None = None,
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
    as_of : str, optional
        A cut-off: only the figures published by then are used (see
        :func:`~minestats.forecast` for other models than the constant rate).

    Examples
    --------
    >>> import minestats
    >>> p = minestats.project()
    >>> p.years
    (2038, 2042)
    >>> minestats.project(as_of="2024-03-31").base.as_of
    '2024-03-01'
    """
    import pandas as pd

    from .._io import letter

    series = series or official_series()
    if as_of is not None:
        series = known_by(series, as_of)
    if target is None:
        target = letter().figure("minefield_area" if METRICS[metric].unit == "ha" else "landmines_planted")
    if target.value is None:
        raise ValueError(f"the target {target.id!r} has no stated value")
    unit = METRICS[metric].unit
    target_value = UNITS[unit].from_base(UNITS[target.unit].to_base(Fraction(target.value)))
    since = METRICS[metric].since
    items = [o for o in observations(series, metric, Kind.CUMULATIVE, coverage) if o.since == since]
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
    label = unit_label(unit, METRICS[metric].entity)
    target_text = (
        f"{target.text} ({exact_text(target_value)} {label})" if target.unit != unit else target.text
    )
    assumptions = [
        f"target: {target.label}, {target_text}, as stated",
        f"done so far: {base.text} as of {base.as_of} ({source.publisher}), taken at its stated value",
        f"remaining: {exact_text(target_value)} - {exact_text(Fraction(base.value))}"
        f" = {exact_text(remaining)} {label}",
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
