"""The typed records: Locator, Figure, Reading, Claim, Document.

All models are immutable pydantic v2 models. Stated values are
:class:`~decimal.Decimal` numbers that keep their digits.

The models are data: they import nothing that checks, loads or writes them.
Their convenience methods (:meth:`Document.check`, :meth:`Document.compute`,
:meth:`Document.to_yaml`) call the public function of the same job, found in
the ``minestats`` namespace when called, so no module imports one above it
(the layers are enforced by the import-linter contracts in ``pyproject.toml``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    Field,
    PlainSerializer,
    PlainValidator,
    PrivateAttr,
    WithJsonSchema,
    model_validator,
)

from ._errors import DataError, Problem, UnknownIdError
from ._format import format_stated, grouped, unit_label
from ._interval import Interval, rounding_interval
from ._numbers import decimal_of, parse_stated, quote_states, states_a_number
from ._types import FigureId, Model, PartialDate, QualifierText, Slug, Url, WholeNumber
from ._units import canonical_unit
from ._verbal import VerbalMultiple, VerbalShare, parse_multiple, parse_verbal, verbal_interval
from ._vocab import UNITS, ClaimKind, Direction, Status, Unit, direction_of

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pint

    from ._report import Report

__all__ = [
    "Claim",
    "Document",
    "Figure",
    "Locator",
    "Reading",
]


class Locator(Model):
    """Where a figure or claim stands in its document.

    Attributes
    ----------
    page, paragraph : int or None
        1-based page and paragraph (body paragraphs, footnotes excluded).
    quote : str
        The few words that state it, as printed.
    """

    page: WholeNumber | None = Field(default=None, ge=1)
    paragraph: WholeNumber | None = Field(default=None, ge=1)
    quote: str = Field(min_length=1, max_length=300)

    def __str__(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.paragraph is not None:
            parts.append(f"para. {self.paragraph}")
        head = ", ".join(parts)
        return f"{head}: \u201c{self.quote}\u201d" if head else f"\u201c{self.quote}\u201d"


def _figure_value(value: object) -> Decimal:
    """A stated number (:func:`~minestats._numbers.parse_stated`), a share in words ("two thirds"),
    or a multiple in words ("double", "three times")."""
    if isinstance(value, VerbalShare | VerbalMultiple):
        return value
    fraction = parse_verbal(value)
    if fraction is not None:
        assert isinstance(value, str)
        return VerbalShare(value, fraction)
    multiple = parse_multiple(value)
    if multiple is not None:
        assert isinstance(value, str)
        return VerbalMultiple(value, multiple)
    try:
        return parse_stated(value)
    except ValueError as error:
        if isinstance(value, str):
            raise ValueError(
                f"{error}, or a share in words ('two thirds', 'half', '2/3'),"
                " or a multiple in words ('double', 'three times')"
            ) from None
        raise


def _write_value(value: Decimal) -> str:
    return value.words if isinstance(value, VerbalShare | VerbalMultiple) else format_stated(value)


#: A figure's value: a stated number with its digits, or a share in words (kept as written).
FigureValue = Annotated[
    Decimal,
    PlainValidator(_figure_value),
    PlainSerializer(_write_value, return_type=str, when_used="json"),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string"}, {"type": "integer"}],
            "description": "A number as stated, e.g. '14.20', '165,871.5', '1.5 million';"
            " for a share, also words: 'two thirds', 'half', '2/3'; for a multiple (unit times),"
            " also words: 'double', 'twice', 'three times'",
        }
    ),
]


class Figure(Model):
    """One stated quantity.

    Attributes
    ----------
    id : str
        Slug, unique in its document.
    label : str
        What is counted or measured.
    value : Decimal or None
        The number exactly as stated, digits kept; ``None`` when the document
        names the quantity without a number ("an unknown number of ..."). A
        share (unit ``percent``) may be stated in words: ``"two thirds"``,
        ``"half"``, ``"2/3"``, ``"un tiers"``, ``"dos tercios"`` (kept as
        written; read as the fraction to whole per cent); a multiple (unit
        ``times``) too: ``"double"``, ``"twice"``, ``"three times"`` (kept
        as written; read as that whole number, "double" as 2).
    unit : str
        ``km²``, ``ha``, ``m²``, ``percent``, ``count``, ``year``, ``month``, a
        currency (``USD``, ``EUR``, ...), or, for the stated figure of a change
        or a multiple, ``percentage points`` or ``times``.
    entity : str or None
        For counts, what is counted (``"landmines"``, ``"people"``).
    qualifier : str or None
        As worded: ``"about"``, ``"an estimated"``, ``"more than"``, ...
    as_of : str or None
        The date the figure refers to, possibly partial (``"2024-09"``).
    locator : Locator
        Where the document states it. A quote that has digits must state the
        value as written, digits kept, with any locale's thousands separator
        (``"11,258"``, ``"11 258"``; ``"three"`` for 3): a quote of "(999)"
        for a value of 773 is an error, found when the file is loaded.

    Examples
    --------
    >>> f = Figure(id="minefield_area", label="Minefield area", value="11,258",
    ...            unit="square kilometres", qualifier="about",
    ...            locator={"quote": "about 11,258 square kilometres"})
    >>> f.value, f.unit, f.text
    (Decimal('11258'), 'km²', 'about 11,258 km²')
    >>> f.interval
    (Decimal('11257.5'), Decimal('11258.5'))
    """

    id: FigureId
    label: str = Field(min_length=1)
    value: FigureValue | None
    unit: Annotated[str, AfterValidator(canonical_unit)]
    entity: str | None = Field(default=None, min_length=1)
    qualifier: QualifierText | None = None
    as_of: PartialDate | None = None
    locator: Locator
    note: str | None = None

    @model_validator(mode="after")
    def _sense(self) -> Figure:
        unit = UNITS[self.unit]
        problems = []
        if unit.dimension == "count" and self.entity is None:
            problems.append(("entity", "a count needs the entity it counts", "e.g. 'landmines'"))
        if isinstance(self.value, VerbalShare):
            words = " ".join(self.locator.quote.replace("-", " ").split()).lower()
            if self.unit != "percent":
                problems.append(
                    ("value", "a share in words is a percentage: give the unit percent", "unit: percent")
                )
            elif " ".join(self.value.words.replace("-", " ").split()).lower() not in words:
                problems.append(
                    ("locator.quote", "the quote must state the share as written", self.value.words)
                )
        elif isinstance(self.value, VerbalMultiple):
            words = " ".join(self.locator.quote.replace("-", " ").split()).lower()
            if self.unit != "times":
                problems.append(
                    ("value", "a multiple in words is a number of times: give the unit times", "unit: times")
                )
            elif " ".join(self.value.words.replace("-", " ").split()).lower() not in words:
                problems.append(
                    ("locator.quote", "the quote must state the multiple as written", self.value.words)
                )
        elif self.value is not None:
            if self.value.is_signed():  # below zero, or a zero written "-0"
                problems.append(("value", "a stated quantity cannot be negative", "0 or more"))
            elif unit.dimension == "count" and self.value != self.value.to_integral_value():
                problems.append(("value", "a count must be a whole number", "a whole number"))
            if (
                not problems
                and states_a_number(self.locator.quote)
                and not quote_states(self.locator.quote, self.value)
            ):
                problems.append(
                    (
                        "locator.quote",
                        "the quote must state the value as written (digits kept; any thousands separator)",
                        f"words that contain {grouped(self.value)}",
                    )
                )
        if problems:
            raise DataError(
                [
                    Problem(self.id, field, message, expected, _found(self, field))
                    for field, message, expected in problems
                ]
            )
        return self

    @property
    def unit_info(self) -> Unit:
        """The unit's exact conversion data."""
        return UNITS[self.unit]

    @property
    def known(self) -> bool:
        """Whether the document gives a number for this figure."""
        return self.value is not None

    @property
    def stated(self) -> str:
        """The number as stated (``"1.5 million"``, ``"two thirds"``), or ``"unknown"``."""
        value = self.value
        if type(value) is Decimal:  # the usual case first: digits (words are Decimal subclasses)
            return grouped(value)
        if isinstance(value, VerbalShare | VerbalMultiple):
            return value.words
        return "unknown" if value is None else grouped(value)

    @property
    def text(self) -> str:
        """Qualifier, number and unit, the way a table shows them."""
        in_words = isinstance(self.value, VerbalShare | VerbalMultiple)
        unit = "" if in_words else unit_label(self.unit, self.entity, words=True)
        words = [self.qualifier, self.stated, unit]
        return " ".join(w for w in words if w)

    @property
    def interval(self) -> tuple[Decimal, Decimal] | None:
        """Rounding interval of the stated value, in its unit (``None`` if unknown)."""
        if self.value is None:
            return None
        if isinstance(self.value, VerbalShare):
            low_share, _, high_share = verbal_interval(self.value.fraction)
            return decimal_of(low_share * 100), decimal_of(high_share * 100)
        low, high = rounding_interval(self.value, whole=self.unit == "count")
        return max(low, Decimal(0)), high

    def base_interval(self) -> tuple[Fraction, Fraction, Fraction] | None:
        """(low, point, high) in the base unit, as exact fractions."""
        stated = self.stated_interval()
        return None if stated is None else stated.triple()

    def stated_interval(self, *, qualifier: bool = False) -> Interval | None:
        """The values the stated number stands for, in the base unit (``None`` if unknown).

        With ``qualifier=True``, a directional qualifier makes the value a
        bound that keeps its rounding ("more than 2,700 people" is [2,700, ∞),
        "more than 12.0 %" is [11.95, ∞) %); see :mod:`minestats._interval`.
        """
        if self.value is None:
            return None
        if isinstance(self.value, VerbalShare):
            low, point, high = verbal_interval(self.value.fraction)
            direction = direction_of(self.qualifier) if qualifier else None
            if direction is Direction.LOWER_BOUND:  # a bound keeps the rounding, as Interval.stated
                return Interval(low, None, point)
            if direction is Direction.UPPER_BOUND:
                return Interval(Fraction(0), high, point)
            return Interval(low, high, point)
        return Interval.stated(
            self.value,
            whole=self.unit == "count",
            qualifier=self.qualifier if qualifier else None,
            factor=self.unit_info.factor,
        )

    @property
    def quantity(self) -> pint.Quantity[Any]:
        """The value as a pint Quantity (float magnitude) in the application registry.

        Raises
        ------
        ValueError
            If the figure has no stated value.
        """
        from ._units import quantity

        if self.value is None:
            raise ValueError(f"figure {self.id!r} has no stated value")
        return quantity(float(self.value), self.unit)

    def _repr_html_(self) -> str:
        from ._html import figure_html

        return figure_html(self)


def _found(figure: Figure, field: str) -> str:
    if field == "locator.quote":
        return repr(figure.locator.quote)
    value = getattr(figure, field)
    return "nothing" if value is None else str(value)


#: Claim kinds with a stated figure (``stated``); the others relate their figures only.
STATED_KINDS = (ClaimKind.SHARE, ClaimKind.SUM, ClaimKind.CHANGE, ClaimKind.MULTIPLE)
#: Claim kinds that list their figures under ``part`` and have no whole.
LIST_KINDS = (ClaimKind.PARTITION, ClaimKind.SAME)


def _refs_field(claim: Claim, reading_index: int, side: str) -> str:
    return f"readings[{reading_index}].{side}" if len(claim.readings) > 1 else side


class Reading(Model):
    """One way of reading a claim's wording: which figures make the part and the whole.

    Attributes
    ----------
    id : str
        Slug, unique in its claim.
    part : tuple of str
        Figure ids added up to make the part (for ``sum``: the parts).
        For ``partition``: the stated percentages of one whole; for
        ``same``: the figures that state one quantity; for ``change``: the
        later figure (the one the change leads to).
    whole : tuple of str
        Figure ids added up to make the whole (empty for ``sum``,
        ``partition`` and ``same``); for ``change``, the earlier figure.
    less : tuple of str
        For ``change`` only: figure ids taken away from the whole, for an
        earlier figure the document states only as the later one less the
        difference ("an increase of $12.0 million to $60.0 million": the
        whole is ``60.0`` less ``12.0``).
    relative_to : str or None
        For ``change`` only: ``earlier`` (the default: the change as a share
        of the earlier figure, the whole) or ``later`` (of the later one, the
        part), for wording that allows both.
    expect : Status or None
        The verdict recorded as expected, for known discrepancies.
    """

    id: Slug
    label: str | None = None
    part: tuple[FigureId, ...] = Field(min_length=1)
    whole: tuple[FigureId, ...] = ()
    less: tuple[FigureId, ...] = ()
    relative_to: Literal["earlier", "later"] | None = None
    expect: Status | None = None
    note: str | None = None


class Claim(Model):
    """A relation the document states between its figures.

    A claim with a single reading may give ``part``, ``whole`` and
    ``expect`` directly instead of a ``readings`` list; it then has one
    reading with the id ``as_stated``.

    Attributes
    ----------
    kind : ClaimKind
        ``share``, ``sum``, ``subset``, ``bound``, ``partition``,
        ``change``, ``multiple`` or ``same``.
    stated : str or None
        For ``share``, the id of the stated percentage; for ``sum``, the id of
        the stated total; for ``change``, the stated change (in percent, or
        in percentage points); for ``multiple``, the stated multiple (in
        times or percent); ``None`` for the other kinds.
    change : str or None
        For ``change`` only, and needed there: ``increase`` or ``decrease``.
    readings : tuple of Reading
        Each way the wording can be read; every one is checked.
    """

    id: Slug
    kind: ClaimKind
    label: str = Field(min_length=1)
    stated: FigureId | None = None
    change: Literal["increase", "decrease"] | None = None
    readings: tuple[Reading, ...] = Field(min_length=1)
    locator: Locator | None = None
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if isinstance(data, dict) and "readings" not in data and "part" in data:
            data = dict(data)
            reading = {"id": "as_stated", "part": data.pop("part")}
            for key in ("whole", "less", "relative_to", "expect"):
                if key in data:
                    reading[key] = data.pop(key)
            data["readings"] = [reading]
        return data

    @model_validator(mode="after")
    def _shape(self) -> Claim:
        problems = []
        needs_stated = self.kind in STATED_KINDS
        if (self.kind is ClaimKind.CHANGE) != (self.change is not None):
            message = (
                "a change claim needs 'change': increase or decrease"
                if self.change is None
                else f"a {self.kind} claim has no direction of change; give 'change' only for a change"
            )
            problems.append(Problem(self.id, "change", message, "increase or decrease"))
        if needs_stated and self.stated is None:
            problems.append(Problem(self.id, "stated", f"a {self.kind} claim needs the stated figure"))
        if not needs_stated and self.stated is not None:
            problems.append(
                Problem(
                    self.id, "stated", f"a {self.kind} claim compares part and whole; it states no figure"
                )
            )
        seen: set[str] = set()
        for index, reading in enumerate(self.readings):
            if reading.id in seen:
                problems.append(Problem(f"{self.id}/{reading.id}", "id", "duplicate reading id"))
            seen.add(reading.id)
            entry = f"{self.id}/{reading.id}"
            if reading.relative_to is not None and self.kind is not ClaimKind.CHANGE:
                problems.append(
                    Problem(entry, _refs_field(self, index, "relative_to"), "only a change has 'relative_to'")
                )
            if reading.less and self.kind is not ClaimKind.CHANGE:
                problems.append(Problem(entry, _refs_field(self, index, "less"), "only a change has 'less'"))
            if self.kind in LIST_KINDS and len(set(reading.part)) < 2:
                what = "percentages of one whole" if self.kind is ClaimKind.PARTITION else "figures"
                problems.append(
                    Problem(
                        entry,
                        _refs_field(self, index, "part"),
                        f"a {self.kind} claim needs two or more {what}",
                        "a list of two or more different figure ids",
                        ", ".join(reading.part),
                    )
                )
            wants_whole = self.kind not in (ClaimKind.SUM, *LIST_KINDS)
            if wants_whole and not reading.whole:
                problems.append(
                    Problem(
                        f"{self.id}/{reading.id}",
                        _refs_field(self, index, "whole"),
                        f"a {self.kind} claim needs a whole",
                    )
                )
            if not wants_whole and reading.whole:
                message = (
                    "a sum claim has parts and a stated total; give the total as 'stated'"
                    if self.kind is ClaimKind.SUM
                    else f"a {self.kind} claim lists its figures under 'part' and has no whole"
                )
                problems.append(Problem(entry, _refs_field(self, index, "whole"), message))
        if problems:
            raise DataError(problems)
        return self

    def reading(self, reading_id: str) -> Reading:
        """The reading with this id."""
        for reading in self.readings:
            if reading.id == reading_id:
                return reading
        raise UnknownIdError(
            reading_id,
            document=None,
            kind=f"reading of claim {self.id!r}",
            near=[r.id for r in self.readings],
        )


class Document(Model):
    """A document: its identity, its figures and the claims it makes.

    Attributes
    ----------
    id : str
        Slug naming the document.
    symbol : str or None
        The publisher's document number or symbol (``"24-23652"``).
    date : str or None
        Publication date, possibly partial (``"2024"``).
    figures : tuple of Figure
    claims : tuple of Claim

    Examples
    --------
    >>> import minestats
    >>> doc = minestats.letter()
    >>> doc.figure("minefield_area").text
    'about 11,258 km²'
    >>> len(doc.claims) > 5
    True
    """

    id: Slug
    title: str = Field(min_length=1)
    symbol: str | None = None
    author: str | None = None
    office: str | None = None
    date: PartialDate | None = None
    publisher: str | None = None
    url: Url | None = None
    note: str | None = None
    figures: tuple[Figure, ...] = Field(min_length=1)
    claims: tuple[Claim, ...] = ()

    _source: str | None = PrivateAttr(default=None)
    _lines: dict[str, int] = PrivateAttr(default_factory=dict)
    _figures: dict[str, Figure] = PrivateAttr(default_factory=dict)
    _claims: dict[str, Claim] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _references(self) -> Document:
        problems: list[Problem] = []
        figures: dict[str, Figure] = {}
        for figure in self.figures:
            if figure.id in figures:
                problems.append(Problem(figure.id, "id", "duplicate figure id"))
            figures[figure.id] = figure
        claim_ids: set[str] = set()
        for claim in self.claims:
            if claim.id in claim_ids:
                problems.append(Problem(claim.id, "id", "duplicate claim id"))
            claim_ids.add(claim.id)
            problems.extend(_claim_problems(claim, figures))
        if problems:
            raise DataError(problems)
        self._figures = figures
        self._claims = {claim.id: claim for claim in self.claims}
        return self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        # JSON mode writes each value as stated, so "14.20" and "14.2" differ
        return self.model_dump(mode="json") == other.model_dump(mode="json")

    def __hash__(self) -> int:
        return hash((self.id, self.figures, self.claims))

    @property
    def source(self) -> str | None:
        """The file this document was loaded from, if any."""
        return self._source

    def line_of(self, entry: str) -> int | None:
        """1-based line of a figure or claim in the file it came from, if known."""
        return self._lines.get(entry)

    def figure(self, figure_id: str) -> Figure:
        """The figure with this id.

        Raises
        ------
        UnknownIdError
            Also a :class:`KeyError`; its message suggests the nearest ids.
        """
        try:
            return self._figures[figure_id]
        except KeyError:
            raise UnknownIdError(figure_id, document=self.id, near=self._figures) from None

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id."""
        try:
            return self._claims[claim_id]
        except KeyError:
            raise UnknownIdError(claim_id, document=self.id, kind="claim", near=self._claims) from None

    @property
    def figures_by_id(self) -> Mapping[str, Figure]:
        """Every figure by its id (a read-only view; look-ups are O(1))."""
        return MappingProxyType(self._figures)

    def check(self) -> Report:
        """Check every claim; the same as :func:`minestats.check`."""
        import minestats  # the public function, found at call time (models import nothing above them)

        return minestats.check(self)

    def compute(self, expression: str, *, exact: bool = False) -> pint.Quantity[Any]:
        """Evaluate an expression over figure ids; see :func:`minestats.compute`."""
        import minestats

        return minestats.compute(self, expression, exact=exact)

    def to_frame(self) -> pd.DataFrame:
        """One row per figure.

        Columns: ``id``, ``label``, ``stated`` (the number as written, digits
        kept), ``value`` (float64, NaN when unknown), ``unit``, ``entity``,
        ``qualifier``, ``as_of``, ``page`` and ``paragraph`` (Int64),
        ``quote``. Text columns have the ``string`` dtype.
        """
        import pandas as pd

        rows = [
            {
                "id": f.id,
                "label": f.label,
                "stated": None if f.value is None else f.stated,
                "value": float("nan") if f.value is None else float(f.value),
                "unit": f.unit,
                "entity": f.entity,
                "qualifier": f.qualifier,
                "as_of": f.as_of,
                "page": f.locator.page,
                "paragraph": f.locator.paragraph,
                "quote": f.locator.quote,
            }
            for f in self.figures
        ]
        return pd.DataFrame(rows, columns=list(FIGURE_COLUMNS)).astype(FIGURE_COLUMNS)

    def to_yaml(self) -> str:
        """The document as a data file's text; loading it gives this document again."""
        import minestats

        return minestats.dumps(self)

    def __repr__(self) -> str:
        return f"<Document {self.id!r}: {len(self.figures)} figures, {len(self.claims)} claims>"

    def _repr_html_(self) -> str:
        from ._html import document_html

        return document_html(self)


#: Columns of :meth:`Document.to_frame` and their dtypes.
FIGURE_COLUMNS: dict[str, str] = {
    "id": "string",
    "label": "string",
    "stated": "string",
    "value": "float64",
    "unit": "string",
    "entity": "string",
    "qualifier": "string",
    "as_of": "string",
    "page": "Int64",
    "paragraph": "Int64",
    "quote": "string",
}


def _claim_problems(claim: Claim, figures: dict[str, Figure]) -> Iterable[Problem]:
    """References and units of one claim against the document's figures."""
    refs: list[tuple[str, str, str]] = []  # (entry, field, figure id)
    if claim.stated is not None:
        refs.append((claim.id, "stated", claim.stated))
    for index, reading in enumerate(claim.readings):
        entry = f"{claim.id}/{reading.id}"
        for side in ("part", "whole", "less"):
            field = _refs_field(claim, index, side)
            for position, ref in enumerate(getattr(reading, side)):
                refs.append((entry, f"{field}[{position}]", ref))
    missing = False
    for entry, field, ref in refs:
        if ref not in figures:
            missing = True
            yield Problem(entry, field, f"names figure {ref!r}, which the document does not have")
    if missing:
        return
    yield from _unit_problems(claim, figures)


def _unit_problems(claim: Claim, figures: dict[str, Figure]) -> Iterable[Problem]:
    """Units and ranges of one claim's figures (references known to exist)."""
    kind = claim.kind
    if claim.stated is not None:
        stated = figures[claim.stated]
        allowed = _STATED_UNITS.get(kind)
        if allowed is not None and stated.unit not in allowed:
            yield Problem(
                claim.id,
                "stated",
                f"the stated figure of a {kind} must be {_STATED_WHAT[kind]}",
                f"a figure in {' or '.join(allowed)}",
                f"{stated.id!r} in {stated.unit}",
            )
        elif kind is ClaimKind.SHARE and stated.value is not None and stated.value > 100:
            yield _over_hundred(f"the stated share of claim {claim.id!r}", stated)
    for index, reading in enumerate(claim.readings):
        entry = f"{claim.id}/{reading.id}"
        operands = list(reading.part) + list(reading.whole) + list(reading.less)
        if kind is ClaimKind.SUM:
            assert claim.stated is not None
            operands.append(claim.stated)
        if kind is ClaimKind.PARTITION:
            for position, ref in enumerate(reading.part):
                figure = figures[ref]
                field = f"{_refs_field(claim, index, 'part')}[{position}]"
                if figure.unit != "percent":
                    yield Problem(
                        entry, field, "a partition adds up percentages of one whole", "a figure in percent",
                        f"{ref!r} in {figure.unit}",
                    )  # fmt: skip
                elif figure.value is not None and figure.value > 100:
                    yield _over_hundred(f"a share of one whole in claim {claim.id!r}", figure)
            continue
        special = [ref for ref in dict.fromkeys(operands) if figures[ref].unit in _STATED_ONLY]
        if special:
            ref = special[0]
            yield Problem(
                entry,
                _refs_field(
                    claim,
                    index,
                    "part" if ref in reading.part else "whole" if ref in reading.whole else "less",
                ),
                f"{figures[ref].unit} is the unit of a stated change or multiple, not of a quantity",
                "a quantity (an area, a count, an amount, a percentage)",
                f"{ref!r} in {figures[ref].unit}",
            )
            continue
        dimensions = {figures[ref].unit_info.dimension for ref in operands}
        if (
            kind is ClaimKind.CHANGE
            and claim.stated is not None
            and figures[claim.stated].unit == "percentage points"
            and any(figures[ref].unit != "percent" for ref in operands)
        ):
            described = ", ".join(f"{ref} ({figures[ref].unit})" for ref in dict.fromkeys(operands))
            yield Problem(
                entry,
                _refs_field(claim, index, "part"),
                f"a change in percentage points is between two percentages, not: {described}",
                "figures in percent",
                " and ".join(sorted({figures[ref].unit for ref in operands})),
            )
            continue
        if len(dimensions) > 1:
            described = ", ".join(f"{ref} ({figures[ref].unit})" for ref in dict.fromkeys(operands))
            yield Problem(
                entry,
                _refs_field(claim, index, "part"),
                f"a {kind} needs quantities of one kind; these cannot be compared: {described}",
                "figures of one dimension",
                " and ".join(sorted(dimensions)),
            )


#: The units a kind's stated figure may have.
_STATED_UNITS: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.SHARE: ("percent",),
    ClaimKind.CHANGE: ("percent", "percentage points"),
    ClaimKind.MULTIPLE: ("times", "percent"),
}
_STATED_WHAT = {
    ClaimKind.SHARE: "a percentage",
    ClaimKind.CHANGE: "a percentage (a relative change) or in percentage points",
    ClaimKind.MULTIPLE: "a multiple (in times) or a percentage",
}
#: Units only a change's or a multiple's stated figure has.
_STATED_ONLY = ("percentage points", "times")


def _over_hundred(role: str, figure: Figure) -> Problem:
    """A percentage over 100 where a share of a whole is needed: the figure's value is at fault."""
    return Problem(
        figure.id,
        "value",
        f"a share cannot exceed 100 per cent, and {figure.id!r} is {role}"
        " (a change or a multiple may exceed 100: kinds change, multiple)",
        "0 to 100",
        f"{figure.stated} %",
    )
