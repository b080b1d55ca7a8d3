"""Plots of a document's figures and of its checked claims (matplotlib).

Install the extra: ``pip install 'minestats[plot]'``. Every function takes a
:class:`~minestats.Document` (or a :class:`~minestats.Report` for
:func:`claims`) and an optional matplotlib ``Axes``, draws on it, and returns
it; without an ``Axes`` a new pyplot figure is made.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import minestats
>>> from minestats import plot
>>> ax = plot.clearance(minestats.letter())
>>> [t.get_text() for t in ax.get_yticklabels()]
['cleared', 'still to clear']
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from ._errors import MinestatsError
from ._models import Document, Figure
from ._vocab import UNITS, Status

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

    from ._report import Report

__all__ = ["MissingExtraError", "claims", "clearance", "devices", "victims"]

#: Colours of the statuses (the same as in notebooks' HTML).
COLOURS = {
    Status.CONSISTENT: "#1a7f37",
    Status.INCONSISTENT: "#cf222e",
    Status.INDETERMINATE: "#6e7781",
}


class MissingExtraError(MinestatsError, ImportError):
    """An optional dependency that is not installed; the message names the extra."""


def _axes(ax: Axes | None) -> Axes:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise MissingExtraError(
            "minestats.plot needs matplotlib, which is not installed; install the plot extra:"
            " pip install 'minestats[plot]'"
        ) from None
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots()
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


def _bars(ax: Axes, figures: list[Figure], title: str, xlabel: str) -> Axes:
    entities = [f.entity or "" for f in figures]
    labels = entities if all(entities) and len(set(entities)) == len(entities) else [f.label for f in figures]
    values = [_in(f, "count") for f in figures]
    bars = ax.barh(labels, values, color="#0969da")
    ax.bar_label(bars, labels=[f.text for f in figures], padding=3)
    ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.margins(x=0.35)
    return ax


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
        with its area and its share of the total.
    """
    ax = _axes(ax)
    done, whole = document.figure(cleared), document.figure(total)
    done_value, whole_value = _in(done, unit), _in(whole, unit)
    left = whole_value - done_value
    bars = ax.barh(["cleared", "still to clear"], [done_value, left], color=["#1a7f37", "#bf8700"])
    shares = [done_value / whole_value * 100, left / whole_value * 100]
    ax.bar_label(
        bars, labels=[f"{v:,.0f} {unit} ({s:.1f} %)" for v, s in zip([done_value, left], shares, strict=True)]
    )
    ax.invert_yaxis()
    ax.set_xlabel(f"area ({unit})")
    ax.set_title(f"{whole.label}: {whole.text}")
    ax.margins(x=0.3)
    return ax


def devices(document: Document, ax: Axes | None = None, *, figures: Sequence[str] | None = None) -> Axes:
    """Devices neutralized, by kind.

    ``figures`` names the count figures to draw; by default, every count whose
    id contains ``neutralized``.
    """
    ax = _axes(ax)
    return _bars(ax, _pick(document, figures, ("neutralized",)), "Devices neutralized", "count")


def victims(document: Document, ax: Axes | None = None, *, figures: Sequence[str] | None = None) -> Axes:
    """Mine victims, by group.

    ``figures`` names the count figures to draw; by default, every count whose
    id contains ``victim``, ``killed`` or ``injured``.
    """
    ax = _axes(ax)
    return _bars(ax, _pick(document, figures, ("victim", "killed", "injured")), "Mine victims", "people")


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
    ax.set_title(f"{report.document}: stated shares against the document's own figures")
    ax.margins(x=0.15)
    return ax
