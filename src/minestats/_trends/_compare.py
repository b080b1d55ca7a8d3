"""What each source says of a metric near a date, against a reference figure.

A reference may be a document's figure (the letter's, by default, through
:func:`~minestats.compare_letter`) or an observation; each figure is judged
by what its wording allows (:class:`~minestats._interval.Interval`), so
rounding and qualifiers never count as a disagreement.
"""

from __future__ import annotations

from datetime import timedelta
from fractions import Fraction
from typing import TYPE_CHECKING

from .._interval import Interval
from .._series import METRICS, Kind, Observation, Series, date_span, official_series
from .._vocab import UNITS, Status
from ._figures import exact_text, observations, same_day, spans_meet

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .._models import Figure

__all__ = ["COMPARE_COLUMNS", "compare", "figure_interval", "unit_factor"]


def unit_factor(unit: str, to: str) -> Fraction:
    """The exact factor from ``unit`` to ``to`` (units of one dimension)."""
    return UNITS[unit].factor / UNITS[to].factor


def figure_interval(figure: Figure, unit: str) -> Interval:
    """What a document figure's wording allows, converted to ``unit``.

    Read as the series reads its figures: ``about`` is rounded at the last
    significant digit, ``more than`` and ``nearly`` are bounds.

    Examples
    --------
    >>> import minestats
    >>> str(figure_interval(minestats.letter().figure("minefield_area"), "ha"))
    '[1125750, 1125850]'
    """
    if figure.value is None:
        raise ValueError(f"figure {figure.id!r} has no stated value")
    return Interval.stated(
        figure.value,
        whole=figure.unit == "count",
        qualifier=figure.qualifier,
        approximate="significant",
        factor=unit_factor(figure.unit, unit),
    )


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
    items = observations(series, metric, kind_, coverage)
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
        ref = reference.interval
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
        ref = figure_interval(reference, unit)
        ref_span = date_span(when)
        ref_text = reference.text
        assert reference.value is not None
        ref_value = Fraction(reference.value) * unit_factor(reference.unit, unit)
        ref_label = reference_label or f"document figure {reference.id}"
        ref_id = reference.id
        ref_url = None
    rows = []
    for o in items:
        if isinstance(reference, Observation) and o.id == reference.id:
            continue
        interval = o.interval
        if kind_ is Kind.PERIOD or spans_meet(o.span, ref_span):
            relation = "other period"
            if spans_meet(o.span, ref_span):
                relation = (
                    "same date" if kind_ is Kind.PERIOD or same_day(o.span, ref_span) else "overlapping"
                )
            agree = interval.overlaps(ref)
            rule = "the two must agree"
            status = None
            if relation in ("same date", "overlapping"):
                status = Status.CONSISTENT if agree else Status.INCONSISTENT
                if not agree and not (kind_ is Kind.PERIOD or same_day(o.span, ref_span)):
                    status = Status.INDETERMINATE
                    rule = "the dates overlap, so either may be the earlier and the two need not agree"
        elif o.span[1] < ref_span[0]:
            relation = "earlier"
            ok = ref.high is None or interval.low <= ref.high
            rule = "an earlier running total cannot be larger"
            status = Status.CONSISTENT if ok else Status.INCONSISTENT
        else:
            relation = "later"
            ok = interval.high is None or interval.high >= ref.low
            rule = "a later running total cannot be smaller"
            status = Status.CONSISTENT if ok else Status.INCONSISTENT
        difference = Fraction(o.value) - ref_value
        reason = f"{o.text} vs {ref_text}: {rule}" if status is not None else "a different period"
        if status is Status.INCONSISTENT:
            reason += f"; differs by {exact_text(abs(difference))}"
        source = series.source(o.source)
        rows.append(
            {
                "date": pd.Timestamp(o.span[1]),
                "as_of": o.as_of,
                "source": source.publisher,
                "stated": o.text,
                "value": float(o.value),
                "low": float(interval.low),
                "high": float("nan") if interval.high is None else float(interval.high),
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
            "low": float(ref.low),
            "high": float("nan") if ref.high is None else float(ref.high),
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
