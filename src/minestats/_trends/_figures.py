"""The figures of a series the checks read, and how they relate.

Totals a source gives only as parts are summed here (:data:`PARTS`,
:func:`derived`), so every check sees the same running totals; the date
relations between two figures and the way an exact value is written for
people are shared by the reconciliation, the comparison and the projection.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction

from .._format import num
from .._numbers import decimal_of
from .._series import Kind, Observation, Series, date_span

__all__ = [
    "PARTS",
    "derived",
    "exact_text",
    "known_by",
    "observations",
    "published_day",
    "same_day",
    "source_line",
    "sources",
    "spans_meet",
]

#: Totals and the parts they are made of.
PARTS: dict[str, tuple[str, ...]] = {
    "casualties": ("killed", "injured"),
    "items_neutralized": ("ap_mines_neutralized", "at_mines_neutralized", "uxo_neutralized"),
    "mines_neutralized": ("ap_mines_neutralized", "at_mines_neutralized"),
}


def derived(series: Series, metric: str) -> tuple[Observation, ...]:
    """Totals a source does not state, summed from the parts it gives for the same date.

    ``mines_neutralized`` is anti-personnel plus anti-tank; ``items_neutralized``
    and ``casualties`` are made only where the source states the parts but
    not the total. The sum keeps the parts' digits.

    Examples
    --------
    >>> import minestats
    >>> mines = derived(minestats.official_series(), "mines_neutralized")
    >>> [o.quote for o in mines if o.as_of == "2024-11-30"]
    ['34,996 + 21,022']
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


def observations(
    series: Series, metric: str, kind: Kind = Kind.CUMULATIVE, coverage: str | None = None
) -> list[Observation]:
    """Figures of ``metric`` with the totals :func:`derived` from parts, by the last day they may mean."""
    items = list(series.of(metric, kind, coverage=coverage))
    if metric in PARTS:
        items += [o for o in derived(series, metric) if o.kind is kind and o.coverage == coverage]
    return sorted(items, key=lambda o: (o.span[1], o.span[0], o.source))


def spans_meet(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether two date spans share a day."""
    return a[0] <= b[1] and b[0] <= a[1]


def same_day(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether both spans are the same single day."""
    return a == b and a[0] == a[1]


def exact_text(value: Fraction) -> str:
    """An exact value for people, to 12 significant digits (``"1,125,800"``)."""
    return num(decimal_of(value), 12)


def source_line(series: Series, obs: Observation) -> str:
    """``publisher <url>`` of the source of ``obs``."""
    source = series.source(obs.source)
    return f"{source.publisher} <{source.url}>"


def sources(series: Series, items: Iterable[Observation]) -> tuple[str, ...]:
    """:func:`source_line` of each figure, each source once."""
    return tuple(dict.fromkeys(source_line(series, o) for o in items))


def published_day(series: Series, obs: Observation) -> date:
    """The last day ``obs`` may have been published: its source's ``published``, else its own date."""
    source = series.source(obs.source)
    return date_span(source.published)[1] if source.published else obs.span[1]


def known_by(series: Series, as_of: str) -> Series:
    """The series as it stood on ``as_of``: only the figures published by then.

    Examples
    --------
    >>> import minestats
    >>> early = known_by(minestats.official_series(), "2022-12-31")
    >>> max(o.as_of for o in early.of("cleared_area"))
    '2022-10-04'
    """
    last = date_span(as_of)[1]
    sources = []
    for source in series.sources:
        kept = tuple(o for o in source.observations if published_day(series, o) <= last)
        if kept:
            sources.append(source.model_copy(update={"observations": kept}))
    if not sources:
        raise ValueError(f"no figure of {series.id!r} was published by {as_of}")
    return series.model_copy(update={"sources": tuple(sources)})
