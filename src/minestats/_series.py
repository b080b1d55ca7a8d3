"""Series: many reported figures of one metric over time, each with its source.

A series file (YAML, ``minestats-series: 1`` at the top) lists sources, each
with the figures it reports (*observations*), and the rows that were left out
with the reason (``dropped``). Values keep their stated digits, as in
documents. The bundled series is the official record for Azerbaijan, built
from ``shared/facts/azerbaijan-official-series.csv`` after each row was
confirmed against a stored copy of its page.
"""

from __future__ import annotations

import calendar
import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, Field, model_validator

from ._errors import DataError, Problem, UnknownIdError
from ._format import grouped as _grouped
from ._interval import Interval
from ._load import FileKind, load_bundled, load_path, load_text
from ._types import Model, PartialDate, QualifierText, Slug, StatedNumber, Url
from ._units import canonical_unit
from ._vocab import Status

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "METRICS",
    "SERIES_FORMAT_VERSION",
    "Dating",
    "Dropped",
    "Kind",
    "Known",
    "Metric",
    "Observation",
    "Series",
    "Source",
    "date_span",
    "load_series",
    "loads_series",
    "official_series",
    "series",
]

#: Version of the series format, written as ``minestats-series: 1``.
SERIES_FORMAT_VERSION = 1
OFFICIAL_ID = "azerbaijan-official"
POST_CONFLICT = "2020-11-10"


class Kind(StrEnum):
    """What a figure is.

    ``cumulative``: a running total to a date; ``period``: the count for one
    year or month; ``estimate``: an estimate of a whole at a date (the area
    thought hazardous), which later estimates may raise or lower.
    """

    CUMULATIVE = "cumulative"
    PERIOD = "period"
    ESTIMATE = "estimate"


class Dating(StrEnum):
    """How an observation's ``as_of`` was found: stated by the source, or inferred.

    ``stated``
        The source gives the date or period the figure refers to ("from
        10 November 2020 to 4 October 2022", "in 2023").
    ``event``
        The source gives the figure "to date" at an event it names and dates
        (a meeting, a conference, a press briefing); dated on that day.
    ``publication``
        Inferred: the source gives no date for the figure ("so far", "to
        date"), so it is dated on the day the page was published (the
        source's ``published``).
    ``context``
        Inferred from other figures or sources; the observation's ``note``
        says how.

    Examples
    --------
    >>> Dating("event").stated, Dating("publication").stated
    (True, False)
    """

    STATED = "stated"
    EVENT = "event"
    PUBLICATION = "publication"
    CONTEXT = "context"

    @property
    def stated(self) -> bool:
        """Whether the source states the date (``stated``, ``event``) rather than it being inferred."""
        return self in (Dating.STATED, Dating.EVENT)


@dataclass(frozen=True)
class Metric:
    """What a series counts: its label, unit, counted entity, default start and kinds of figure.

    ``plan`` marks a planned figure (an official target), not a reported one.
    """

    name: str
    label: str
    unit: str
    entity: str | None = None
    since: str | None = POST_CONFLICT
    kinds: tuple[Kind, ...] = (Kind.CUMULATIVE, Kind.PERIOD)
    plan: bool = False


#: The metrics a series may hold.
METRICS: dict[str, Metric] = {
    m.name: m
    for m in (
        Metric("cleared_area", "Area cleared of mines and unexploded ordnance", "ha"),
        Metric("ap_mines_neutralized", "Anti-personnel mines neutralized", "count", "anti-personnel mines"),
        Metric("at_mines_neutralized", "Anti-tank mines neutralized", "count", "anti-tank mines"),
        Metric("uxo_neutralized", "Unexploded ordnance neutralized", "count", "unexploded ordnance"),
        Metric("items_neutralized", "Mines and other explosive items neutralized", "count", "items"),
        Metric("mines_neutralized", "Mines neutralized (anti-personnel and anti-tank)", "count", "mines"),
        Metric("casualties", "Mine casualties since the end of the 2020 war", "count", "people"),
        Metric("killed", "People killed by mines since the end of the 2020 war", "count", "people"),
        Metric("injured", "People injured by mines since the end of the 2020 war", "count", "people"),
        Metric("victims_since_1991", "Mine victims since 1991", "count", "people", "1991"),
        Metric(
            "victims_since_1991_children",
            "Children among mine victims since 1991",
            "count",
            "children",
            "1991",
        ),
        Metric("victims_since_1991_women", "Women among mine victims since 1991", "count", "women", "1991"),
        Metric(
            "hazardous_area",
            "Estimated area contaminated by mines and explosive remnants (all of it, cleared or not)",
            "ha",
            since=None,
            kinds=(Kind.ESTIMATE,),
        ),
        Metric(
            "cleared_area_target",
            "Area planned to be cleared in a year (an official target)",
            "ha",
            since=None,
            kinds=(Kind.PERIOD,),
            plan=True,
        ),
    )
}


def _metric(value: str) -> str:
    if value not in METRICS:
        raise ValueError(f"one of the metrics {', '.join(METRICS)}, not {value[:40]!r}")
    return value


@functools.lru_cache(maxsize=8192)
def date_span(text: str) -> tuple[date, date]:
    """First and last day of a partial date, or of a range ``"A/B"``.

    Examples
    --------
    >>> date_span("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> date_span("2024-11-14/2024-12-31")[1]
    datetime.date(2024, 12, 31)
    """
    if "/" in text:
        first, _, last = text.partition("/")
        start, end = date_span(first)[0], date_span(last)[1]
        if end < start:
            raise ValueError(f"a date range that runs forward, not {text!r}")
        return start, end
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last_day = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last_day)
    day = date(parts[0], parts[1], parts[2])
    return day, day


class Observation(Model):
    """One reported figure of a metric.

    Attributes
    ----------
    metric : str
        One of :data:`METRICS`.
    kind : Kind
        ``cumulative`` (a running total to ``as_of``), ``period`` (the count
        for the year or month ``as_of``) or ``estimate`` (an estimate of a
        whole as of ``as_of``); the metric says which it allows.
    as_of : str
        Partial date: the day a cumulative figure refers to, or the period.
    dated : Dating or None
        How ``as_of`` was found: stated by the source (``stated``, ``event``)
        or inferred (``publication``, ``context``, with a ``note`` that says
        how). Every figure of the bundled series has it; ``None`` is unknown.
    since : str or None
        Start of a cumulative count; the metric's default when left out.
    value : Decimal
        As stated, digits kept.
    qualifier : str or None
        As worded: ``"about"``, ``"more than"``, ``"nearly"``, ...
    coverage : str or None
        The operator counted, when the figure counts one operator only.
    source : str
        Id of the :class:`Source` that reports it.

    Examples
    --------
    >>> o = Observation(metric="cleared_area", as_of="2024-12-31", value="180 thousand",
    ...                 qualifier="nearly", quote="nearly 180 thousand hectares", source="x")
    >>> o.text, o.since, o.bounds()
    ('nearly 180 thousand ha', '2020-11-10', (Fraction(0, 1), Fraction(180500, 1)))
    """

    metric: Annotated[str, AfterValidator(_metric)]
    kind: Kind = Kind.CUMULATIVE
    as_of: PartialDate
    dated: Dating | None = None
    since: PartialDate | None = None
    value: StatedNumber
    unit: Annotated[str, AfterValidator(canonical_unit)] | None = None
    entity: str | None = None
    qualifier: QualifierText | None = None
    coverage: str | None = None
    quote: str = Field(min_length=1, max_length=300)
    note: str | None = None
    added: bool = False
    source: Slug

    @model_validator(mode="before")
    @classmethod
    def _defaults(cls, data: Any) -> Any:
        """The metric's unit, entity and start of count, where the data leaves them out."""
        name = data.get("metric") if isinstance(data, dict) else None
        metric = METRICS.get(name.strip()) if isinstance(name, str) else None
        if metric is None:
            return data  # not a mapping, or an unknown metric: the field validators say so
        defaults = {"unit": metric.unit, "entity": metric.entity}
        if data.get("kind", Kind.CUMULATIVE) == Kind.CUMULATIVE:
            defaults["since"] = metric.since
        return {**data, **{k: v for k, v in defaults.items() if data.get(k) is None}}

    @model_validator(mode="after")
    def _consistent(self) -> Observation:
        metric = METRICS[self.metric]
        if self.unit != metric.unit:
            raise DataError(
                [Problem(None, "unit", f"{self.metric} is counted in {metric.unit}", metric.unit, self.unit)]
            )
        if self.kind is Kind.PERIOD and self.since is not None:
            raise DataError(
                [
                    Problem(
                        None, "since", "a per-period figure has no start of count; give the period as as_of"
                    )
                ]
            )
        self._check_kind_and_dating(metric)
        if metric.unit == "count" and self.value != self.value.to_integral_value():
            raise DataError(
                [Problem(None, "value", "a count must be a whole number", "a whole number", str(self.value))]
            )
        if self.value < 0:
            raise DataError(
                [Problem(None, "value", "a reported figure cannot be negative", "0 or more", str(self.value))]
            )
        return self

    def _check_kind_and_dating(self, metric: Metric) -> None:
        if self.kind not in metric.kinds:
            kinds = " or ".join(k.value for k in metric.kinds)
            raise DataError(
                [Problem(None, "kind", f"{self.metric} figures are {kinds}", kinds, self.kind.value)]
            )
        if self.kind is Kind.ESTIMATE and self.since is not None:
            raise DataError([Problem(None, "since", "an estimate of a whole has no start of count")])
        if self.dated is Dating.CONTEXT and not self.note:
            raise DataError(
                [Problem(None, "note", "a date inferred from context needs a note that says how", "a note")]
            )

    @property
    def date_stated(self) -> bool | None:
        """Whether the source states the date (``None`` when :attr:`dated` is unknown)."""
        return None if self.dated is None else self.dated.stated

    @property
    def id(self) -> str:
        """``source:metric@as_of`` (``/period`` added for per-period figures)."""
        suffix = "/period" if self.kind is Kind.PERIOD else ""
        return f"{self.source}:{self.metric}@{self.as_of}{suffix}"

    @property
    def span(self) -> tuple[date, date]:
        """First and last day ``as_of`` may mean."""
        return date_span(self.as_of)

    @property
    def stated(self) -> str:
        """The number as stated, grouped (``"180 thousand"``, ``"81,386"``)."""
        return _grouped(self.value)

    @property
    def text(self) -> str:
        """Qualifier, number and unit."""
        unit = self.entity if self.unit == "count" else self.unit
        return " ".join(w for w in (self.qualifier, self.stated, unit) if w)

    @property
    def interval(self) -> Interval:
        """The values the wording allows, in the metric's unit (see :meth:`bounds`).

        Examples
        --------
        >>> o = Observation(metric="cleared_area", as_of="2023", value="75,000",
        ...                 qualifier="about", quote="about 75,000 hectares", source="x")
        >>> str(o.interval)
        '[74500, 75500]'
        """
        # keyed by the number as text: Decimal("1.5E+6") == Decimal("1500000"), but they mean different things
        return _interval(str(self.value), self.unit == "count", self.qualifier)

    def bounds(self) -> tuple[Fraction, Fraction | None]:
        """Exact (low, high) the wording allows, in the metric's unit; ``None`` is unbounded.

        A plain figure means its rounding interval (a whole count is exact).
        An approximate one (``about``) is read as rounded at its last non-zero
        digit. ``more than X`` is ``[X, ∞)``; ``nearly X`` is ``[0, X]``.
        The ends of :attr:`interval`.
        """
        interval = self.interval
        return interval.low, interval.high


@functools.lru_cache(maxsize=8192)
def _interval(text: str, whole: bool, qualifier: str | None) -> Interval:
    """What an observation's wording allows: "about X" is rounded at X's last significant digit."""
    return Interval.stated(Decimal(text), whole=whole, qualifier=qualifier, approximate="significant")


class Source(Model):
    """A published page and the figures confirmed on it.

    Attributes
    ----------
    confirmed_by : str
        How its figures were confirmed (every source in a shipped series has one).
    dated : Dating or None
        How the dates of its figures were found, for those that do not say
        (see :attr:`Observation.dated`).
    """

    id: Slug
    publisher: str = Field(min_length=1)
    url: Url
    published: PartialDate | None = None
    language: str = "en"
    confirmed_by: str = Field(min_length=1)
    dated: Dating | None = None
    note: str | None = None
    observations: tuple[Observation, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _own(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("observations"), list):
            data = dict(data)
            own = {"source": data.get("id")}
            if data.get("dated") is not None:
                own["dated"] = data["dated"]
            data["observations"] = [
                {**{k: v for k, v in own.items() if k not in o}, **o} if isinstance(o, dict) else o
                for o in data["observations"]
            ]
        return data

    @model_validator(mode="after")
    def _publication_dates(self) -> Source:
        for index, obs in enumerate(self.observations):
            if obs.dated is not Dating.PUBLICATION:
                continue
            if self.published is None:
                message = (
                    f"{obs.metric} on {obs.as_of} is dated by publication,"
                    " but the source has no published date"
                )
                raise DataError([Problem(f"{self.id}/observations[{index}]", "published", message, "a date")])
            if obs.as_of != self.published:
                raise DataError(
                    [
                        Problem(
                            f"{self.id}/observations[{index}]",
                            "as_of",
                            f"{obs.metric} is dated by publication, so its as_of is the day"
                            " the source was published",
                            self.published,
                            obs.as_of,
                        )
                    ]
                )
        return self


class Dropped(Model):
    """Rows of the input that are not shipped, and why."""

    rows: str = Field(min_length=1)
    url: Url | None = None
    reason: str = Field(min_length=1)


class Known(Model):
    """A finding the series records as expected (a known tension), like ``expect`` in documents.

    ``sources``, when given, narrows it to the findings that compare figures
    of all these sources (two sources' figures for one date, not a third's).
    """

    check: str = Field(min_length=1)
    metric: Annotated[str, AfterValidator(_metric)]
    as_of: str = Field(min_length=1)
    sources: tuple[Slug, ...] = ()
    expect: Status
    note: str | None = None


class Series(Model):
    """A set of reported figures over time, by source.

    Examples
    --------
    >>> import minestats
    >>> s = minestats.official_series()
    >>> [o.stated for o in s.of("casualties")][-1]
    '382'
    >>> len(s.dropped) > 0
    True
    """

    id: Slug
    title: str = Field(min_length=1)
    publisher: str | None = None
    note: str | None = None
    sources: tuple[Source, ...] = Field(min_length=1)
    dropped: tuple[Dropped, ...] = ()
    known: tuple[Known, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> Series:
        problems = []
        seen_sources: set[str] = set()
        seen: set[str] = set()
        for source in self.sources:
            if source.id in seen_sources:
                problems.append(Problem(source.id, "id", "duplicate source id"))
            seen_sources.add(source.id)
            for obs in source.observations:
                if obs.id in seen:
                    problems.append(
                        Problem(obs.id, "as_of", "the source gives this metric twice for the date")
                    )
                seen.add(obs.id)
        if problems:
            raise DataError(problems)
        return self

    @property
    def observations(self) -> tuple[Observation, ...]:
        """Every observation, in date order (then source order)."""
        items = [o for s in self.sources for o in s.observations]
        return tuple(sorted(items, key=lambda o: (o.span[1], o.span[0])))

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise UnknownIdError(source_id, document=self.id, kind="source")

    def of(
        self, metric: str, kind: Kind | str = Kind.CUMULATIVE, *, coverage: str | None = None
    ) -> tuple[Observation, ...]:
        """Observations of one metric and kind with this coverage (``None``: as reported), by date."""
        _metric(metric)
        kind = Kind(kind)
        return tuple(
            o for o in self.observations if o.metric == metric and o.kind is kind and o.coverage == coverage
        )

    def __iter__(self) -> Iterator[Observation]:  # type: ignore[override]
        return iter(self.observations)

    def __len__(self) -> int:
        return len(self.observations)

    def to_frame(self) -> pd.DataFrame:
        """One row per observation, indexed by date (the last day ``as_of`` may mean).

        Columns are in :data:`SERIES_COLUMNS`; ``low``/``high`` are the
        bounds of :meth:`Observation.bounds` (NaN when unbounded).
        """
        import pandas as pd

        rows = []
        for o in self.observations:
            source = self.source(o.source)
            low, high = o.bounds()
            first, last = o.span
            rows.append(
                {
                    "date": pd.Timestamp(last),
                    "id": o.id,
                    "metric": o.metric,
                    "kind": o.kind.value,
                    "as_of": o.as_of,
                    "dated": None if o.dated is None else o.dated.value,
                    "date_stated": o.date_stated,
                    "first_day": pd.Timestamp(first),
                    "since": o.since,
                    "stated": o.stated,
                    "value": float(o.value),
                    "low": float(low),
                    "high": float("nan") if high is None else float(high),
                    "unit": o.unit,
                    "entity": o.entity,
                    "qualifier": o.qualifier,
                    "coverage": o.coverage,
                    "quote": o.quote,
                    "publisher": source.publisher,
                    "url": source.url,
                    "published": source.published,
                    "source": source.id,
                    "confirmed": True,
                    "confirmed_by": source.confirmed_by,
                    "added": o.added,
                    "note": o.note,
                }
            )
        frame = pd.DataFrame(rows, columns=["date", *SERIES_COLUMNS]).astype(SERIES_COLUMNS)
        return frame.set_index("date")

    def dropped_frame(self) -> pd.DataFrame:
        """The rows left out, with the page and the reason."""
        import pandas as pd

        return pd.DataFrame(
            [{"rows": d.rows, "url": d.url, "reason": d.reason} for d in self.dropped],
            columns=["rows", "url", "reason"],
        ).astype("string")

    def __repr__(self) -> str:
        return f"<Series {self.id!r}: {len(self)} observations from {len(self.sources)} sources>"

    __str__ = __repr__

    def _repr_html_(self) -> str:
        from ._html import series_html

        return series_html(self)


#: Columns of :meth:`Series.to_frame` and their dtypes (the index is ``date``).
SERIES_COLUMNS: dict[str, str] = {
    "id": "string",
    "metric": "string",
    "kind": "string",
    "as_of": "string",
    "dated": "string",
    "date_stated": "boolean",
    "first_day": "datetime64[ns]",
    "since": "string",
    "stated": "string",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "unit": "string",
    "entity": "string",
    "qualifier": "string",
    "coverage": "string",
    "quote": "string",
    "publisher": "string",
    "url": "string",
    "published": "string",
    "source": "string",
    "confirmed": "bool",
    "confirmed_by": "string",
    "added": "bool",
    "note": "string",
}


# -- reading and the bundled series ------------------------------------------------

#: What a series file holds, for the loader (:mod:`minestats._load`).
SERIES_FILE: FileKind[Series] = FileKind(
    model=Series,
    noun="series file",
    label="series format",
    holds="id, title and sources",
    version_key="minestats-series",
    version=SERIES_FORMAT_VERSION,
    version_required=True,
    sections={"sources": "observations"},
)


def load_series(path: str | os.PathLike[str], *, format: str | None = None) -> Series:
    """Load a series file.

    Read like a document's data file (:func:`minestats.load`): at most 10 MiB,
    TOML if the name ends in ``.toml`` (or ``format="toml"``), else YAML.

    Raises
    ------
    DataError
        Naming the file, the entry (``source-id/observations[2]``), the field and the line.
    """
    return load_path(path, SERIES_FILE, format).value


def loads_series(text: str | bytes, *, name: str = "<string>", format: str | None = None) -> Series:
    """Load a series from the text of a series file.

    ``name`` stands for the file in error messages. The format is ``format``
    (``"yaml"`` or ``"toml"``) if given, else TOML when ``name`` ends in
    ``.toml``, else YAML.
    """
    return load_text(text, name, SERIES_FILE, format).value


@functools.cache
def series() -> dict[str, Series]:
    """Every series bundled with minestats, as a dict from series id to :class:`Series`.

    A catalogue, not a series: :class:`Series` is the class of each value,
    and :func:`official_series` returns the one bundled series most callers
    want (the same object as ``series()["azerbaijan-official"]``).

    Examples
    --------
    >>> import minestats
    >>> list(minestats.series())
    ['azerbaijan-official']
    >>> minestats.series()["azerbaijan-official"] is minestats.official_series()
    True
    """
    return {loaded.value.id: loaded.value for _, loaded in load_bundled(SERIES_FILE, "series")}


def official_series() -> Series:
    """Official figures for Azerbaijan over time (cleared area, items neutralized, casualties)."""
    return series()[OFFICIAL_ID]
