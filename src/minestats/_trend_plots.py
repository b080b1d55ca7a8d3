"""Plots of series, rates and projections (the ``plot`` extra: matplotlib).

matplotlib is imported only when a plot is drawn; without it, a
:class:`PlotError` says which extra to install.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import MinestatsError
from ._series import METRICS, Kind, Series, official_series

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

    from ._trends import Projection

__all__ = ["PlotError", "plot_projection", "plot_rates", "plot_series"]


class PlotError(MinestatsError, ImportError):
    """Plotting needs matplotlib: ``pip install 'minestats[plot]'``."""


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlotError(
            "plotting needs matplotlib, which minestats installs with its 'plot' extra:"
            " pip install 'minestats[plot]'"
        ) from None
    return plt


def _axes(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    _, new = _pyplot().subplots(figsize=(8, 4.5))
    return new  # type: ignore[no-any-return]


def plot_series(
    series: Series | None = None,
    metric: str = "cleared_area",
    *,
    ax: Axes | None = None,
    coverage: str | None = None,
) -> Axes:
    """Running totals of ``metric`` by date, one marker per source, with the wording's bounds.

    Returns the matplotlib ``Axes``.
    """
    _pyplot()
    series = series or official_series()
    ax = _axes(ax)
    draw: Any = ax  # matplotlib converts dates at run time; its stubs do not say so
    items = series.of(metric, Kind.CUMULATIVE, coverage=coverage)
    dates = [o.span[1] for o in items]
    values = [float(o.value) for o in items]
    draw.plot(dates, values, color="0.6", linewidth=1, zorder=1)
    by_publisher: dict[str, list[int]] = {}
    for index, o in enumerate(items):
        by_publisher.setdefault(series.source(o.source).publisher, []).append(index)
    for publisher, indexes in by_publisher.items():
        draw.scatter(
            [dates[i] for i in indexes], [values[i] for i in indexes], label=publisher, zorder=2, s=18
        )
    for o, day in zip(items, dates, strict=True):
        low, high = o.bounds()
        if o.qualifier and high is not None and low > 0:  # an approximate figure: show what it allows
            draw.vlines(day, float(low), float(high), color="0.3", linewidth=1)
    info = METRICS[metric]
    ax.set_title(info.label)
    ax.set_ylabel(info.unit if info.unit != "count" else (info.entity or "items"))
    ax.legend(fontsize="x-small", loc="upper left")
    ax.grid(alpha=0.3)
    return ax


def plot_rates(rates: Any, *, ax: Axes | None = None, unit: str = "ha") -> Axes:
    """Rates per year from :func:`clearance_rates` / :func:`reported_rates`, by the end of their window."""
    _pyplot()
    ax = _axes(ax)
    for basis, group in rates.groupby("basis", sort=False):
        marker = "s" if str(basis).startswith("reported") else "o"
        ax.scatter(group.index, group["rate"], label=str(basis), marker=marker)
        bounded = group.dropna(subset=["rate_low", "rate_high"])
        ax.vlines(bounded.index, bounded["rate_low"], bounded["rate_high"], color="0.5", linewidth=1)
    ax.set_ylabel(f"{unit} per year")
    ax.set_title("Clearance rate")
    ax.legend(fontsize="x-small")
    ax.grid(alpha=0.3)
    return ax


def plot_projection(projection: Projection, *, ax: Axes | None = None) -> Axes:
    """The running total so far and straight lines to the target at the slowest and fastest recent rate."""
    _pyplot()
    from datetime import date

    ax = _axes(ax)
    base = projection.base
    start_year = base.span[1].year + (base.span[1].timetuple().tm_yday - 1) / 365.25
    done = float(base.value)
    target = float(projection.target)
    for rate, label in (
        (projection.fastest, "fastest recent rate"),
        (projection.slowest, "slowest recent rate"),
    ):
        end = start_year + (target - done) / rate
        ax.plot([start_year, end], [done, target], linestyle="--", label=f"{label}: {rate:,.0f} a year")
    ax.axhline(target, color="0.3", linewidth=1)
    ax.annotate(projection.target_label, (start_year, target), fontsize="x-small", va="bottom")
    ax.scatter([start_year], [done], color="black", zorder=3, label=f"{base.text} ({base.as_of})")
    ax.set_xlabel("year")
    ax.set_ylabel(projection.label)
    ax.set_title(f"Projection of {projection.metric} (base {date.fromordinal(base.span[1].toordinal())})")
    ax.legend(fontsize="x-small")
    ax.grid(alpha=0.3)
    return ax
