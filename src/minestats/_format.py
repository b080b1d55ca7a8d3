"""Numbers and units for people: the one place that writes them.

Stated numbers are written back with their digits (:func:`format_stated`,
:func:`grouped`); derived numbers are rounded to a few significant digits,
outwards for interval ends (:func:`num`); units are shown by their symbol or
in words (:func:`unit_label`, :func:`with_unit`), from the vocabulary table.
"""

from __future__ import annotations

import unicodedata
from decimal import ROUND_HALF_EVEN, Context, Decimal, getcontext
from functools import lru_cache

from ._vocab import MULTIPLIERS, UNITS

__all__ = ["ascii_folded", "format_stated", "grouped", "num", "signed", "unit_label", "with_unit"]


def format_stated(value: Decimal) -> str:
    """Write a stated number back so that :func:`~minestats._numbers.parse_stated` gives it again.

    Examples
    --------
    >>> format_stated(Decimal("1.5E+6"))
    '1.5 million'
    >>> format_stated(Decimal("14.20"))
    '14.20'
    >>> format_stated(Decimal("6.2E+4"))
    '62 thousand'
    """
    if type(value) is Decimal:
        text = str(value)
        # a Decimal's text is plain only when its exponent is 0 or less, and then it is its digits as
        # stated (what f-format writes); else the text is the key of the words written once
        return text if "E" not in text else _stated_text(text)
    return _format_stated(value)


@lru_cache(maxsize=256)
def _stated_text(text: str) -> str:
    """:func:`format_stated` of ``Decimal(text)``: a figure is written often (ids, quotes, reasons)."""
    return _format_stated(Decimal(text))


#: The multiplier words, largest first.
_LARGEST_FIRST = sorted(MULTIPLIERS.items(), key=lambda kv: -kv[1])


def _format_stated(value: Decimal) -> str:
    _, digits, exponent = value.as_tuple()
    if isinstance(exponent, int) and exponent > 0:
        if len(digits) <= getcontext().prec:
            # scaleb is exact: the largest power that leaves a whole part and no exponent follows from
            # the number's own exponents, and one scaleb writes it (the loop below, without a scaleb per
            # multiplier)
            adjusted = value.adjusted()
            for word, power in _LARGEST_FIRST:
                if adjusted >= power >= exponent:
                    return f"{value.scaleb(-power):f} {word}"
            return str(value)
        for word, power in _LARGEST_FIRST:
            scaled = value.scaleb(-power)
            if scaled.adjusted() >= 0 and scaled.as_tuple().exponent <= 0:  # type: ignore[operator]
                return f"{scaled:f} {word}"
        return str(value)
    return f"{value:f}"


def grouped(value: Decimal) -> str:
    """A stated number with its digits kept and thousands grouped by commas.

    Examples
    --------
    >>> grouped(Decimal("165871.5"))
    '165,871.5'
    >>> grouped(Decimal("1.5E+6"))
    '1.5 million'
    """
    if type(value) is Decimal:
        text = str(value)  # plain digits as stated when the exponent is 0 or less (see format_stated)
        return _grouped_digits(text) if "E" not in text else _grouped_text(text)
    return _grouped(value)


@lru_cache(maxsize=128)
def _grouped_digits(text: str) -> str:
    """:func:`_commas` of a stated number's digits: a figure is written several times, close together
    (its quote's check, its verdict's reason), so a few recent numbers are enough to keep."""
    return _commas(text)


@lru_cache(maxsize=256)
def _grouped_text(text: str) -> str:
    """:func:`grouped` of ``Decimal(text)``, a number with a multiplier word, written once per text."""
    return _grouped(Decimal(text))


def _grouped(value: Decimal) -> str:
    text = format_stated(value)
    number, _, word = text.partition(" ")
    if "E" in number:
        return text
    return _commas(number) + (f" {word}" if word else "")


def _commas(number: str) -> str:
    """A number written in plain digits (``-12345.5``), its thousands grouped by commas."""
    whole, dot, frac = number.partition(".")
    if len(whole) < 4:  # nothing to group, even with a sign
        return number
    if len(whole) < 4000:  # int() reads up to 4,300 digits: its grouping is the same, and faster by far
        return f"{int(whole):,}{dot}{frac}"
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    head = len(whole) % 3 or 3  # by hand: int() refuses more than 4300 digits
    groups = ",".join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])
    return f"{sign}{groups}{dot}{frac}"


#: Contexts of :func:`num` by precision (only the precision matters: the rounding is given).
_CONTEXTS: dict[int, Context] = {}
#: ``Decimal(1).scaleb(exponent)`` by exponent: the quantum :func:`num` rounds to.
_QUANTA: dict[int, Decimal] = {}


def num(value: Decimal | None, digits: int = 6, rounding: str = ROUND_HALF_EVEN) -> str:
    """A derived number for people: at most ``digits`` significant digits after the point, grouped.

    ``rounding`` lets interval ends round outwards (``ROUND_FLOOR`` for a low
    end, ``ROUND_CEILING`` for a high end), so a shown interval always holds
    the exact one. ``None`` is an open end: ``"unbounded"``.

    Examples
    --------
    >>> num(Decimal("14.733712"), 4)
    '14.73'
    >>> num(Decimal("1234567.25"), 3)   # whole digits are never rounded away
    '1,234,567'
    """
    if value is None:
        return "unbounded"
    if value == 0:
        return "0"
    adjusted = value.adjusted()
    exponent = min(adjusted - digits + 1, 0)
    precision = max(28, adjusted + 2)  # room for every integer digit of an enormous value
    context = _CONTEXTS.get(precision)
    if context is None:
        context = _CONTEXTS[precision] = Context(prec=precision)
    quantum = _QUANTA.get(exponent)
    if quantum is None:
        quantum = _QUANTA[exponent] = Decimal(1).scaleb(exponent)
    text = f"{value.quantize(quantum, rounding=rounding, context=context):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _commas(text)


def signed(value: Decimal, unit: str, digits: int = 6) -> str:
    """A difference with its sign (``±`` for zero) and its unit label.

    Examples
    --------
    >>> signed(Decimal("0.5337"), "percentage points", 4)
    '+0.5337 percentage points'
    >>> signed(Decimal("0"), "people")
    '±0 people'
    """
    sign = "+" if value > 0 else ("-" if value < 0 else "\u00b1")
    return f"{sign}{num(abs(value), digits)} {unit}".rstrip()


def unit_label(unit: str, entity: str | None = None, *, words: bool = False) -> str:
    """How a unit is named after a number: its symbol, or its name in words.

    A count is named by what it counts (``"people"``), or ``"items"``. A unit
    outside the vocabulary (``"percentage points"``) is shown as given.

    Examples
    --------
    >>> unit_label("percent"), unit_label("percent", words=True)
    ('%', 'per cent')
    >>> unit_label("count", "landmines"), unit_label("count")
    ('landmines', 'items')
    >>> unit_label("year", words=True), unit_label("km²", words=True)
    ('years', 'km²')
    """
    known = UNITS.get(unit)
    if known is None:
        return unit
    if known.dimension == "count":
        return entity or known.plural
    if words and known.dimension in ("ratio", "time"):
        return known.plural
    return known.symbol or known.name


def with_unit(number: str, unit: str, entity: str | None = None) -> str:
    """A number followed by its unit's symbol; counts without an entity get none.

    Examples
    --------
    >>> with_unit("14.2", "percent"), with_unit("382", "count"), with_unit("11,258", "km²")
    ('14.2 %', '382', '11,258 km²')
    >>> with_unit("382", "count", "people")
    '382 people'
    """
    known = UNITS.get(unit)
    if known is not None and known.dimension == "count" and not entity:
        return number
    return f"{number} {unit_label(unit, entity)}"


def ascii_folded(text: str) -> str:
    """``text`` with its accents taken off, for ids; other letters outside ASCII are dropped.

    Examples
    --------
    >>> ascii_folded("víctimas déminées"), ascii_folded("мины")
    ('victimas deminees', '')
    """
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
