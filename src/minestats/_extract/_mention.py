"""What the extractor gives: a :class:`Mention` per number, and the :class:`Extraction` of a text."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple, overload

from .._format import format_stated

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


__all__ = ["KINDS", "MENTION_COLUMNS", "Extraction", "Mention"]


#: What a numeric mention can be. Only ``quantity`` mentions are figures.
KINDS: dict[str, str] = {
    "quantity": "a stated quantity: a count, an area, a percentage, a duration, an amount of money",
    "year": "a calendar year",
    "date": "a day of a month, or a range of days",
    "time": "a clock time or a time-zone offset (16:19, UTC+04:00)",
    "footnote": "a footnote marker or the number of a footnote",
    "symbol": "part of a document symbol, code, address or link (A/78/908, 24-23652)",
    "resolution": "a resolution number",
    "agenda": "an agenda item number",
    "page": "a page number",
    "ordinal": "an ordinal (18th, 19th, sixth)",
    "reference": "the number of a rule, paragraph, article, goal or the like",
    "malformed": "digits and separators that do not form one number",
}


class Mention(NamedTuple):
    """One number in a text, and what it is.

    Attributes
    ----------
    start, end : int
        Character span of the number with its multiplier and unit
        (``"1.5 million"``, ``"14.2 per cent"``, ``"US$ 32.5 million"``).
    text : str
        That span as printed.
    kind : str
        One of :data:`KINDS`; only ``"quantity"`` mentions are figures.
    value : Decimal or None
        The value as stated, digits kept, multiplier applied
        (``Decimal('1.5E+6')``), negative when written with a minus sign;
        ``None`` for a vague amount ("hundreds of"), a range, or a fraction
        that no decimal writes exactly.
    unit : str or None
        For quantities, the canonical name of a unit of the vocabulary
        (:data:`minestats._vocab.VOCABULARY`: the units of data files, and
        ``percentage points``), ``count``, or ``fraction`` for a fraction
        in words ("a third"); ``None`` otherwise.
    entity : str or None
        For counts, the noun counted, when the text gives one.
    qualifier : str or None
        The qualifier of the vocabulary just before the number (or ``+``
        after it), by its canonical wording (``minestats.QUALIFIERS``),
        whatever the language it is written in.
    sentence : int
        1-based index of the sentence in the whole text.
    paragraph : int or None
        1-based index of the body paragraph; ``None`` in a footnote.
    block : int
        1-based index of the block of text (paragraphs and footnotes alike).
    quote : str
        The few words that state it: qualifier, number, unit and entity.
    page : int or None
        1-based page, when the text marks pages with form feeds (``"\\f"``).
    low, high : Decimal or None
        The two ends of a range ("4-6 million", "between 3,000 and 5,000"),
        multiplier applied to both.
    sign : str or None
        ``"-"`` or ``"+"`` when a sign is written before the number (a
        change); the value then carries it.
    currency : str or None
        The ISO 4217 code of an amount of money (also its ``unit``).
    words : str or None
        The number words as written ("Thirty-six", "deux tiers").
    fraction : Fraction or None
        The exact value of a fraction in words (``Fraction(1, 3)``).
    ambiguous : bool
        The digits read two ways (``1,234`` in a text whose locale nothing
        tells): the English reading was taken.
    total_of : tuple of int or None
        For the cell of a flattened table's ``Total`` (or ``Subtotal``) row
        or column: the ``start`` of each cell it totals, in text order.
    """

    start: int
    end: int
    text: str
    kind: str
    value: Decimal | None = None
    unit: str | None = None
    entity: str | None = None
    qualifier: str | None = None
    sentence: int = 1
    paragraph: int | None = None
    block: int = 1
    quote: str = ""
    page: int | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    sign: str | None = None
    currency: str | None = None
    words: str | None = None
    fraction: Fraction | None = None
    ambiguous: bool = False
    total_of: tuple[int, ...] | None = None

    @property
    def stated(self) -> str | None:
        """The value as it would be written in a data file (``"1.5 million"``)."""
        return None if self.value is None else format_stated(self.value)

    def __str__(self) -> str:
        if self.kind != "quantity":
            return f"{self.text!r} ({self.kind})"
        return f"{self.quote!r} ({self.unit})"


#: Columns of :meth:`Extraction.to_frame` and their dtypes.
MENTION_COLUMNS: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "text": "string",
    "kind": "string",
    "stated": "string",
    "value": "float64",
    "unit": "string",
    "entity": "string",
    "qualifier": "string",
    "sentence": "int64",
    "paragraph": "Int64",
    "block": "int64",
    "quote": "string",
    "page": "Int64",
    "low": "float64",
    "high": "float64",
    "sign": "string",
    "currency": "string",
    "words": "string",
    "fraction": "string",
    "ambiguous": "bool",
    "total_of": "string",
}


@dataclass(frozen=True)
class Extraction(Sequence[Mention]):
    """Every numeric mention of a text, in text order.

    Attributes
    ----------
    mentions : tuple of Mention
        The mentions.
    locale : str or None
        The locale the numbers were read in: the one given, or the one
        inferred; ``None`` when nothing told.

    Examples
    --------
    >>> from minestats import extract
    >>> found = extract("Some 4,000 people went missing in 1993.")
    >>> [(m.kind, m.value, m.entity, m.qualifier) for m in found]
    [('quantity', Decimal('4000'), 'people', 'some'), ('year', Decimal('1993'), None, None)]
    """

    mentions: tuple[Mention, ...]
    locale: str | None = None

    @overload
    def __getitem__(self, index: int) -> Mention: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Mention]: ...
    def __getitem__(self, index: int | slice) -> Mention | Sequence[Mention]:
        return self.mentions[index]

    def __len__(self) -> int:
        return len(self.mentions)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.mentions)

    @property
    def quantities(self) -> tuple[Mention, ...]:
        """The mentions that are stated quantities."""
        return tuple(m for m in self.mentions if m.kind == "quantity")

    def counts(self) -> dict[str, int]:
        """Number of mentions of each kind."""
        out = dict.fromkeys(KINDS, 0)
        for m in self.mentions:
            out[m.kind] += 1
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per mention; columns and dtypes in ``MENTION_COLUMNS``.

        ``stated`` keeps the digits; ``value`` is a float for sorting and plots.
        """
        import pandas as pd

        rows = []
        for m in self.mentions:
            row = m._asdict()
            row["stated"] = m.stated
            row["value"] = float("nan") if m.value is None else float(m.value)
            row["low"] = float("nan") if m.low is None else float(m.low)
            row["high"] = float("nan") if m.high is None else float(m.high)
            row["fraction"] = None if m.fraction is None else str(m.fraction)
            row["total_of"] = None if m.total_of is None else " ".join(map(str, m.total_of))
            rows.append(row)
        return pd.DataFrame(rows, columns=list(MENTION_COLUMNS)).astype(MENTION_COLUMNS)
