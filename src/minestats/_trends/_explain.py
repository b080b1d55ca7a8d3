"""A document's misses explained from other sources: a series figure inside an implied interval.

When a stated figure does not follow from the document's own figures, the
check gives the interval each operand would have to lie in for it to hold
(:attr:`Verdict.implied <minestats.Verdict.implied>`). :func:`explain_misses`
looks through a series for figures of that operand's metric, near the
document's date, whose stated value falls in that interval, and re-checks the
claim with each: the letter's 14.2 % holds with the agency's estimate of
"nearly 1 million 167 thousand hectares" (16 October 2024). It turns
"inconsistent" into "here is the figure the author probably used"; it does
not prove that the author used it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from .._checks import check, verdict_of
from .._format import num, unit_label
from .._numbers import decimal_of
from .._series import METRICS, Kind, Observation, Series, date_span, official_series
from .._types import Frozen
from .._vocab import UNITS, ClaimKind, Status
from ._compare import unit_factor
from ._figures import exact_text, observations, spans_meet
from ._letter import LETTER_DATES, LETTER_METRICS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .._models import Document, Figure, Reading
    from .._report import Implied, Verdict

__all__ = ["EXPLAIN_COLUMNS", "EXPLAIN_METRICS", "Explanation", "Explanations", "explain_misses"]

#: Figures of the 2024 letter and the series metric each may be explained from: those of
#: :data:`LETTER_METRICS`, and the minefield area from the estimates of the hazardous area.
EXPLAIN_METRICS: dict[str, str] = {**LETTER_METRICS, "minefield_area": "hazardous_area"}


class Explanation(Frozen):
    """A series figure that makes an inconsistent claim hold when put in place of one operand.

    Attributes
    ----------
    claim, reading : str
        The claim and the reading that did not hold.
    figure : str
        The document figure (operand) replaced.
    metric : str
        The series metric the figure was looked up in.
    observation : str
        Id of the series figure; ``source``, ``url``, ``as_of`` and ``dated`` say where and when.
    stated : str
        The series figure as worded in its source (its ``quote``).
    value : Decimal
        Its stated value in the document figure's ``unit``.
    low, high : Decimal or None
        The implied interval of the operand, in ``unit`` (``None``: open).
    status : Status
        The claim re-checked with the series figure at its stated value
        (``consistent`` for every explanation found).
    computed : Decimal or None
        What the claim's expression gives with it (a percentage for shares).
    sentence : str
        The explanation in one line, with the arithmetic.
    """

    document: str
    claim: str
    reading: str
    kind: ClaimKind
    figure: str
    metric: str
    observation: str
    source: str
    url: str
    as_of: str
    dated: str | None = None
    stated: str
    value: Decimal
    unit: str
    low: Decimal | None = None
    high: Decimal | None = None
    status: Status
    claim_stated: str | None = None
    computed: Decimal | None = None
    sentence: str

    def __str__(self) -> str:
        return self.sentence


class Explanations(Frozen):
    """What :func:`explain_misses` found: explanations, and the misses it could not explain.

    Examples
    --------
    >>> import minestats
    >>> found = minestats.explain_misses()
    >>> sorted({e.source for e in found if e.figure == "minefield_area"})
    ['Azernews citing ANAMA', 'Vestnik Kavkaza citing ANAMA']
    """

    document: str
    series: str
    explanations: tuple[Explanation, ...]
    unexplained: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Explanation]:  # type: ignore[override]
        return iter(self.explanations)

    def __len__(self) -> int:
        return len(self.explanations)

    def of(self, claim: str, reading: str | None = None) -> list[Explanation]:
        """The explanations of one claim (and reading)."""
        return [e for e in self if e.claim == claim and (reading is None or e.reading == reading)]

    def to_frame(self) -> pd.DataFrame:
        """One row per explanation; columns and dtypes in :data:`EXPLAIN_COLUMNS`."""
        import pandas as pd

        rows = [
            {
                "claim": e.claim,
                "reading": e.reading,
                "figure": e.figure,
                "metric": e.metric,
                "as_of": e.as_of,
                "dated": e.dated,
                "source": e.source,
                "stated": e.stated,
                "value": float(e.value),
                "unit": e.unit,
                "low": float("nan") if e.low is None else float(e.low),
                "high": float("nan") if e.high is None else float(e.high),
                "status": e.status.value,
                "computed": float("nan") if e.computed is None else float(e.computed),
                "sentence": e.sentence,
                "url": e.url,
            }
            for e in self
        ]
        return pd.DataFrame(rows, columns=list(EXPLAIN_COLUMNS)).astype(EXPLAIN_COLUMNS)

    def to_text(self) -> str:
        """Each explanation, then each miss left unexplained."""
        lines = [f"{e.claim}/{e.reading}: {e.sentence}" for e in self]
        lines += [f"not explained: {u}" for u in self.unexplained]
        lines.append(
            f"{self.document} against {self.series}: {len(self)} explanations,"
            f" {len(self.unexplained)} readings not explained."
        )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.to_text()


#: Columns of :meth:`Explanations.to_frame` and their dtypes.
EXPLAIN_COLUMNS: dict[str, str] = {
    "claim": "string",
    "reading": "string",
    "figure": "string",
    "metric": "string",
    "as_of": "string",
    "dated": "string",
    "source": "string",
    "stated": "string",
    "value": "float64",
    "unit": "string",
    "low": "float64",
    "high": "float64",
    "status": "string",
    "computed": "float64",
    "sentence": "string",
    "url": "string",
}


def explain_misses(
    document: Document | None = None,
    series: Series | None = None,
    *,
    metrics: Mapping[str, str] | None = None,
    near: str | None = None,
    window_days: int = 366,
) -> Explanations:
    """For each inconsistent verdict of a document, series figures inside an operand's implied interval.

    Parameters
    ----------
    document : Document, optional
        The document checked (the 2024 letter by default).
    series : Series, optional
        Where to look (the official series by default).
    metrics : mapping, optional
        Document figure id -> series metric. By default :data:`EXPLAIN_METRICS`
        (the letter's figures; the minefield area is looked up in the estimates
        of the hazardous area).
    near : str, optional
        A partial date or range ``"A/B"``: figures within ``window_days`` of
        it are considered. By default the figure's own ``as_of``, else the
        document's ``date``, else (for the undated letter) :data:`LETTER_DATES`.

    Returns
    -------
    Explanations
        An :class:`Explanation` for each series figure whose stated value
        lies in the operand's implied interval and with which the claim
        holds, with its source; and the readings for which none was found.

    Examples
    --------
    >>> import minestats
    >>> found = minestats.explain_misses()
    >>> first = found.of("cleared_share_of_minefields", "of_minefield_area")[0]
    >>> first.stated, first.as_of, first.value, round(first.computed, 2)
    ('nearly 1 million 167 thousand hectares', '2024-10-16', Decimal('11670'), Decimal('14.21'))
    """
    from .._io import letter

    doc = document if document is not None else letter()
    series = series or official_series()
    metrics = dict(EXPLAIN_METRICS if metrics is None else metrics)
    figures = doc.figures_by_id
    found: list[Explanation] = []
    unexplained: list[str] = []
    for verdict in check(doc):
        if verdict.status is not Status.INCONSISTENT:
            continue
        made = []
        looked: list[str] = []
        for implied in verdict.implied:
            metric = metrics.get(implied.figure)
            if metric is None or not implied.feasible:
                continue
            looked.append(f"{metric} figure (for {implied.figure})")
            when = figures[implied.figure].as_of or near or doc.date or LETTER_DATES
            made += _explain(doc, series, verdict, implied, metric, when, window_days)
        found += made
        if not made:
            why = (
                f"no {' or '.join(looked)} within {window_days} days lies in the implied interval"
                if looked
                else "no operand has a series metric"
            )
            unexplained.append(f"{verdict.claim}/{verdict.reading} ({verdict.stated_text}): {why}")
    return Explanations(
        document=doc.id, series=series.id, explanations=tuple(found), unexplained=tuple(unexplained)
    )


def _explain(
    doc: Document,
    series: Series,
    verdict: Verdict,
    implied: Implied,
    metric: str,
    near: str,
    window_days: int,
) -> list[Explanation]:
    figure = doc.figure(implied.figure)
    metric_unit = METRICS[metric].unit
    if figure.unit == metric_unit:
        factor = Fraction(1)
    elif UNITS[figure.unit].dimension == UNITS[metric_unit].dimension and metric_unit != "count":
        factor = unit_factor(metric_unit, figure.unit)
    else:
        return []  # a count of another thing, or another dimension: nothing to compare
    low, high = implied.low, implied.high
    first, last = date_span(near)
    window = (first - timedelta(days=window_days), last + timedelta(days=window_days))
    claim = doc.claim(verdict.claim)
    reading = claim.reading(verdict.reading)
    out = []
    totals = [k for k in METRICS[metric].kinds if k is not Kind.PERIOD]  # a total as of a date, not a count
    for kind in totals if not METRICS[metric].plan else ():
        for obs in observations(series, metric, kind):
            if not spans_meet(obs.span, window):
                continue
            value = Fraction(obs.value) * factor
            if (low is not None and value < low) or (high is not None and value > high):
                continue
            swapped = dict(doc.figures_by_id)
            swapped[figure.id] = figure.model_copy(update={"value": decimal_of(value), "qualifier": None})
            again = verdict_of(doc.id, claim, reading, swapped)
            if again.status is not Status.CONSISTENT:
                continue
            source = series.source(obs.source)
            out.append(
                Explanation(
                    document=doc.id,
                    claim=verdict.claim,
                    reading=verdict.reading,
                    kind=verdict.kind,
                    figure=figure.id,
                    metric=metric,
                    observation=obs.id,
                    source=source.publisher,
                    url=source.url,
                    as_of=obs.as_of,
                    dated=None if obs.dated is None else obs.dated.value,
                    stated=obs.quote,
                    value=decimal_of(value),
                    unit=figure.unit,
                    low=low,
                    high=high,
                    status=again.status,
                    claim_stated=verdict.stated_text,
                    computed=again.computed,
                    sentence=_sentence(verdict, again, figure, obs, source.publisher, reading, swapped),
                )
            )
    return out


def _sentence(
    verdict: Verdict,
    again: Verdict,
    figure: Figure,
    obs: Observation,
    publisher: str,
    reading: Reading,
    figures: Mapping[str, Figure],
) -> str:
    unit = "%" if verdict.kind is ClaimKind.SHARE else unit_label(verdict.unit, None)
    dating = f", dated by {obs.dated.value}" if obs.dated is not None and not obs.dated.stated else ""
    head = (
        f'{verdict.stated_text} {unit} holds with {publisher}\'s "{obs.quote}" ({obs.as_of}{dating})'
        f" in place of {figure.id} ({figure.text})"
    )
    arithmetic = None
    if verdict.kind is ClaimKind.SHARE and again.computed is not None:
        part = _side(reading.part, figures, METRICS[obs.metric].unit)
        whole = _side(reading.whole, figures, METRICS[obs.metric].unit)
        if part is not None and whole is not None:
            arithmetic = f"{part} / {whole} = {num(again.computed, 4)} %"
    return f"{head}: {arithmetic}" if arithmetic else head


def _side(ids: tuple[str, ...], figures: Mapping[str, Figure], unit: str) -> str | None:
    """The sum of some figures in ``unit``, for people; ``None`` if one has no value or does not convert."""
    total = Fraction(0)
    for fid in ids:
        fig = figures[fid]
        if fig.value is None:
            return None
        if fig.unit == unit:
            total += Fraction(fig.value)
        elif unit != "count" and UNITS[fig.unit].dimension == UNITS[unit].dimension:
            total += Fraction(fig.value) * unit_factor(fig.unit, unit)
        else:
            return None
    return f"{exact_text(total)} {unit_label(unit, None)}"
