"""Plots of documents and of series over time (matplotlib).

Install the extra: ``pip install 'minestats[plot]'``; matplotlib is imported
only when something is drawn, and without it every function raises
:class:`MissingExtraError`, which names the extra.

A document's figures and checked claims: :func:`clearance`, :func:`devices`,
:func:`victims` and :func:`claims` take a :class:`~minestats.Document` (or a
:class:`~minestats.Report` for :func:`claims`) and an optional matplotlib
``Axes``. A series: :func:`plot_series` draws its running totals,
:func:`plot_rates` the rates of :func:`~minestats.clearance_rates` and
:func:`~minestats.reported_rates`, :func:`plot_projection` a
:func:`~minestats.project` result; they take the ``Axes`` as ``ax=``.
Every function draws on the ``Axes`` and returns it; without one, a new
pyplot figure is made.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import minestats
>>> from minestats import plot
>>> ax = plot.clearance(minestats.letter())
>>> [t.get_text() for t in ax.get_yticklabels()]
['cleared', 'still to clear']
>>> plot.plot_series(metric="casualties").get_ylabel()
'people'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ._errors import MissingExtraError
from ._format import unit_label
from ._models import Document, Figure
from ._series import METRICS, Kind, Series, official_series
from ._vocab import UNITS, ClaimKind, Status

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes

    from ._report import Report
    from ._trends import Projection

__all__ = [
    "MissingExtraError",
    "PlotError",
    "claims",
    "clearance",
    "devices",
    "plot_projection",
    "plot_rates",
    "plot_series",
    "victims",
]

#: Colours of the statuses (the same as in notebooks' HTML).
COLOURS = {
    Status.CONSISTENT: "#1a7f37",
    Status.INCONSISTENT: "#cf222e",
    Status.INDETERMINATE: "#6e7781",
}


#: The former name of :class:`MissingExtraError` for the plots of series (the same class).
PlotError = MissingExtraError


def _require() -> None:
    """matplotlib, or a :class:`MissingExtraError` that names the extra."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise MissingExtraError(
            "minestats.plot needs matplotlib, which is not installed; install the plot extra:"
            " pip install 'minestats[plot]'"
        ) from None


def _thousands(axis: Any, *, nbins: int = 5, integer: bool = False) -> None:
    """Ticks with thousands separators (``120,000``, never ``1e6``), few enough not to collide."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=nbins, integer=integer, min_n_ticks=2))
    axis.set_major_formatter(
        FuncFormatter(lambda value, _: f"{value:,.0f}" if abs(value) >= 10 else f"{value:g}")
    )


def _years(axis: Any) -> None:
    """Ticks at whole years, written as years (``2040``)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=3))
    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:.0f}"))


def _title(ax: Axes, text: str, width: int = 48) -> None:
    """A title wrapped so that side-by-side axes do not clip or overlap it."""
    import textwrap

    ax.set_title(textwrap.fill(text, width), fontsize="medium")


def _colours(count: int) -> list[Any]:
    """``count`` distinguishable colours: the ten of tab10, then twenty of tab20, then a spread."""
    import matplotlib as mpl

    if count <= 10:
        return [mpl.colormaps["tab10"](i) for i in range(count)]
    if count <= 20:
        return [mpl.colormaps["tab20"](i) for i in range(count)]
    spread = mpl.colormaps["turbo"]
    return [spread(i / (count - 1)) for i in range(count)]


#: Marker shapes cycled with the colours, so that near colours still differ.
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")


def _axes(ax: Axes | None, figsize: tuple[float, float] | None = None) -> Axes:
    _require()
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=figsize)
    return new


def _in(figure: Figure, unit: str) -> float:
    """A figure's stated value converted exactly to ``unit``, as a float for drawing."""
    if figure.value is None:
        raise ValueError(f"figure {figure.id!r} has no stated value to plot")
    source, target = UNITS[figure.unit], UNITS[unit]
    if source.dimension != target.dimension:
        raise ValueError(f"figure {figure.id!r} is in {figure.unit}, which cannot be shown in {unit}")
    return float(target.from_base(source.to_base(Fraction(figure.value))))


def _pick(document: Document, ids: Sequence[str] | None, words: Sequence[str]) -> list[Figure]:
    if ids is not None:
        return [document.figure(i) for i in ids]
    found = [f for f in document.figures if f.unit == "count" and f.known and any(w in f.id for w in words)]
    if not found:
        raise ValueError(
            f"document {document.id!r} has no count figure whose id contains "
            + " or ".join(repr(w) for w in words)
            + "; name the figures to plot"
        )
    return found


def _bars(
    ax: Axes, figures: list[Figure], title: str, xlabel: str, parents: dict[str, str] | None = None
) -> Axes:
    """One bar per figure; a figure that is part of another drawn one is indented under it, lighter."""
    parents = parents or {}
    entities = [f.entity or "" for f in figures]
    labels = entities if all(entities) and len(set(entities)) == len(entities) else [f.label for f in figures]
    values = [_in(f, "count") for f in figures]
    parts = [f.id in parents for f in figures]

    def depth(ident: str) -> int:
        seen = 0
        while ident in parents and seen < len(figures):
            ident, seen = parents[ident], seen + 1
        return seen

    labels = [
        "\u00b7 " * (depth(f.id) - 1) + f"\u2514 {label}" if f.id in parents else label
        for f, label in zip(figures, labels, strict=True)
    ]
    colours = ["#8cb4e8" if part else "#0969da" for part in parts]
    bars = ax.barh(range(len(figures)), values, color=colours)
    ax.set_yticks(range(len(figures)), labels=labels)
    ax.bar_label(bars, labels=[f.text for f in figures], padding=3)
    if any(parts):
        from matplotlib.patches import Patch

        ax.legend(
            handles=[
                Patch(color="#0969da", label="a total"),
                Patch(color="#8cb4e8", label="part of the total above it (groups overlap)"),
            ],
            fontsize="x-small",
            loc="upper center",
            bbox_to_anchor=(0.5, -0.15),
            ncols=2,
        )
    ax.invert_yaxis()
    _title(ax, title)
    ax.set_xlabel(xlabel)
    _thousands(ax.xaxis, nbins=4)
    ax.margins(x=0.35)
    return ax


def _nested(document: Document, figures: list[Figure]) -> tuple[list[Figure], dict[str, str]]:
    """The figures ordered so that each part follows the whole it belongs to, and each part's whole.

    A part is a figure that a subset or sum claim of the document puts inside
    another of the figures drawn (children within all victims; killed within
    the post-conflict victims): their bars overlap, and the chart says so.
    """
    drawn = {f.id for f in figures}
    parents: dict[str, str] = {}
    for claim in document.claims:
        if claim.kind not in (ClaimKind.SUBSET, ClaimKind.SUM):
            continue
        for reading in claim.readings:
            wholes = [claim.stated] if claim.kind is ClaimKind.SUM else list(reading.whole)
            if len(wholes) != 1 or wholes[0] not in drawn:
                continue
            for part in reading.part:
                if part in drawn and part != wholes[0]:
                    parents.setdefault(part, wholes[0])
    top = [f for f in figures if f.id not in parents]
    ordered: list[Figure] = []

    def place(figure: Figure) -> None:
        ordered.append(figure)
        for child in figures:
            if parents.get(child.id) == figure.id and child not in ordered:
                place(child)

    for figure in top:
        place(figure)
    ordered.extend(f for f in figures if f not in ordered)
    return ordered, parents


def clearance(
    document: Document,
    ax: Axes | None = None,
    *,
    cleared: str = "cleared_area",
    total: str = "minefield_area",
    unit: str = "km²",
) -> Axes:
    """Area cleared against the minefield area still to clear.

    Parameters
    ----------
    document : Document
    ax : matplotlib Axes, optional
    cleared, total : str
        Ids of the cleared area and of the whole contaminated area.
    unit : str
        Area unit of the axis (the figures are converted exactly).

    Returns
    -------
    matplotlib Axes
        Two horizontal bars, ``cleared`` and ``still to clear``, each labelled
        with its area and its share of the total; where a share claim of the
        document states that share, the label says what the document states
        (the letter's 14.2 % beside the 14.7 % its own figures give).
    """
    ax = _axes(ax)
    done, whole = document.figure(cleared), document.figure(total)
    done_value, whole_value = _in(done, unit), _in(whole, unit)
    left = whole_value - done_value
    bars = ax.barh(["cleared", "still to clear"], [done_value, left], color=["#1a7f37", "#bf8700"])
    shares = [done_value / whole_value * 100, left / whole_value * 100]
    labels = [f"{v:,.0f} {unit} ({s:.1f} %)" for v, s in zip([done_value, left], shares, strict=True)]
    stated = _stated_share(document, cleared, total)
    if stated is not None:
        labels[0] += f"; stated: {stated.text}"
    ax.bar_label(bars, labels=labels)
    ax.invert_yaxis()
    ax.set_xlabel(f"area ({unit})")
    _thousands(ax.xaxis, nbins=4)
    _title(ax, f"{whole.label}: {whole.text}")
    ax.margins(x=0.3)
    return ax


def _stated_share(document: Document, part: str, whole: str) -> Figure | None:
    """The percentage a share claim of the document states for ``part`` of ``whole``, if any."""
    for claim in document.claims:
        if claim.kind is ClaimKind.SHARE and claim.stated is not None:
            for reading in claim.readings:
                if reading.part == (part,) and reading.whole == (whole,):
                    return document.figure(claim.stated)
    return None


def devices(document: Document, ax: Axes | None = None, *, figures: Sequence[str] | None = None) -> Axes:
    """Devices neutralized, by kind.

    ``figures`` names the count figures to draw; by default, every count whose
    id contains ``neutralized``.
    """
    ax = _axes(ax)
    return _bars(
        ax, _pick(document, figures, ("neutralized",)), "Devices neutralized", "count"
    )  # distinct kinds


def victims(document: Document, ax: Axes | None = None, *, figures: Sequence[str] | None = None) -> Axes:
    """Mine victims, by group.

    ``figures`` names the count figures to draw; by default, every count whose
    id contains ``victim``, ``killed`` or ``injured``. The groups overlap (the
    children are among all victims): a group that a subset or sum claim puts
    inside another drawn group is drawn under it, indented and lighter, and a
    legend says so.
    """
    ax = _axes(ax)
    ordered, parents = _nested(document, _pick(document, figures, ("victim", "killed", "injured")))
    return _bars(ax, ordered, "Mine victims", "people", parents)


def claims(source: Document | Report, ax: Axes | None = None) -> Axes:
    """Each stated percentage's rounding interval against the computed value.

    One row per reading of each ``share`` claim: a band for the interval the
    stated figure allows, a tick at the stated value, and a dot at the
    computed value (with a line over what the operands' own rounding allows),
    coloured by status. Readings that cannot be decided are listed, not drawn.

    Parameters
    ----------
    source : Document or Report
        A document is checked first.
    ax : matplotlib Axes, optional
    """
    from ._report import Report

    ax = _axes(ax)
    report = source if isinstance(source, Report) else source.check()
    shares = [v for v in report if v.kind.value == "share"]
    if not shares:
        raise ValueError(f"document {report.document!r} states no share to chart")
    labels = []
    for row, v in enumerate(shares):
        labels.append(f"{v.claim}\n{v.reading}")
        colour = COLOURS[v.status]
        if v.low is not None and v.high is not None:
            ax.barh(row, float(v.high - v.low), left=float(v.low), height=0.5, color="#d0d7de", label=None)
        if v.stated is not None:
            ax.plot([float(v.stated)] * 2, [row - 0.25, row + 0.25], color="#24292f", linewidth=2)
        if v.computed is not None:
            low = float(v.computed_low if v.computed_low is not None else v.computed)
            high = float(v.computed_high if v.computed_high is not None else v.computed)
            ax.plot([low, high], [row, row], color=colour, linewidth=1.5)
            ax.plot([float(v.computed)], [row], "o", color=colour)
            ax.annotate(
                f"{v.status.value} ({float(v.gap or 0):+.2f} pp)",
                (float(v.computed), row),
                xytext=(6, 6),
                textcoords="offset points",
                color=colour,
                fontsize="small",
            )
        else:
            stated = float(v.stated) if v.stated is not None else 0.0
            ax.annotate(
                f"{v.status.value}: an operand is unknown",
                (stated, row),
                xytext=(6, 6),
                textcoords="offset points",
                color=colour,
                fontsize="small",
            )
    ax.set_yticks(range(len(shares)), labels=labels)
    ax.invert_yaxis()
    ax.set_xlabel("per cent")
    _title(ax, f"{report.document}: stated shares against the document's own figures", 60)
    ax.margins(x=0.15)
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(color="#d0d7de", label="what the stated percentage allows (its rounding)"),
        Line2D([], [], color="#24292f", linewidth=2, label="stated percentage"),
        *(
            Line2D([], [], color=COLOURS[s], marker="o", linewidth=1.5, label=f"computed: {s.value}")
            for s in Status
            if any(v.status is s and v.computed is not None for v in shares)
        ),
    ]
    ax.legend(handles=handles, fontsize="x-small", loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=2)
    return ax


# -- series over time ----------------------------------------------------------------


def plot_series(
    series: Series | None = None,
    metric: str = "cleared_area",
    *,
    ax: Axes | None = None,
    coverage: str | None = None,
) -> Axes:
    """Running totals of ``metric`` by date, one marker per source, with the wording's bounds.

    Parameters
    ----------
    series : Series, optional
        The official series by default.
    metric : str
        One of :data:`~minestats.METRICS`.
    ax : matplotlib Axes, optional
    coverage : str, optional
        The operator counted, for figures that count one operator only.

    Returns
    -------
    matplotlib Axes
        A grey line through the figures, a marker per figure coloured by
        publisher, and a vertical bar over what a qualified figure allows.
    """
    ax = _axes(ax, (8, 4.5))
    series = series or official_series()
    draw: Any = ax  # matplotlib converts dates at run time; its stubs do not say so
    items = series.of(metric, Kind.CUMULATIVE, coverage=coverage)
    dates = [o.span[1] for o in items]
    values = [float(o.value) for o in items]
    draw.plot(dates, values, color="0.6", linewidth=1, zorder=1)
    by_publisher: dict[str, list[int]] = {}
    for index, o in enumerate(items):
        by_publisher.setdefault(series.source(o.source).publisher, []).append(index)
    colours = _colours(len(by_publisher))
    for number, (publisher, indexes) in enumerate(by_publisher.items()):
        draw.scatter(
            [dates[i] for i in indexes],
            [values[i] for i in indexes],
            label=publisher,
            zorder=2,
            s=18,
            color=colours[number],
            marker=MARKERS[number % len(MARKERS)],
        )
    for o, day in zip(items, dates, strict=True):
        interval = o.interval
        if o.qualifier and interval.high is not None and interval.low > 0:  # what an approximate one allows
            draw.vlines(day, float(interval.low), float(interval.high), color="0.3", linewidth=1)
    info = METRICS[metric]
    ax.set_title(info.label)
    ax.set_ylabel(unit_label(info.unit, info.entity))
    _thousands(ax.yaxis)
    ax.legend(fontsize="x-small", loc="upper left")
    ax.grid(alpha=0.3)
    return ax


def plot_rates(rates: pd.DataFrame, *, ax: Axes | None = None, unit: str = "ha") -> Axes:
    """Rates per year from :func:`~minestats.clearance_rates` / :func:`~minestats.reported_rates`.

    Each rate is drawn at the end of its window, with a vertical bar from the
    slowest to the fastest rate the wording allows; reported per-year
    figures as squares.
    """
    ax = _axes(ax, (8, 4.5))
    for basis, group in rates.groupby("basis", sort=False):
        marker = "s" if str(basis).startswith("reported") else "o"
        ax.scatter(group.index, group["rate"], label=str(basis), marker=marker)
        bounded = group.dropna(subset=["rate_low", "rate_high"])
        ax.vlines(bounded.index, bounded["rate_low"], bounded["rate_high"], color="0.5", linewidth=1)
    ax.set_ylabel(f"{unit_label(unit)} per year")
    _thousands(ax.yaxis)
    ax.set_title("Clearance rate")
    ax.legend(fontsize="x-small")
    ax.grid(alpha=0.3)
    return ax


def plot_projection(projection: Projection, *, ax: Axes | None = None) -> Axes:
    """The running total so far and straight lines to the target at the slowest and fastest recent rate."""
    ax = _axes(ax, (8, 4.5))
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
    _years(ax.xaxis)
    _thousands(ax.yaxis)
    label = METRICS[projection.metric].label if projection.metric in METRICS else projection.metric
    _title(ax, f"{label}: projection from {date.fromordinal(base.span[1].toordinal())}", 60)
    ax.legend(fontsize="x-small")
    ax.grid(alpha=0.3)
    return ax
