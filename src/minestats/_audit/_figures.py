"""Figures out of mentions: ids, labels and entities, and the operands the searches pair.

Every quantity :func:`~minestats.extract` finds becomes a :class:`Item`: its
mention, the :class:`~minestats.Figure` a data file would hold (id, label,
unit, entity, qualifier, locator) and the interval of values it stands for in
its dimension's base unit. An :class:`Operand` is one item, or items listed
side by side, as the part or the whole of a share: its interval is the sum of
theirs (:meth:`~minestats._interval.Interval.total`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, cast

from pydantic import ValidationError

from .._errors import DataError
from .._extract import Extraction, Mention
from .._format import ascii_folded
from .._interval import Interval
from .._models import Figure, Locator, _figure_value
from .._numbers import parse_stated
from .._types import _FIGURE_ID, maker, qualifier_wording, slimmed
from .._units import canonical_unit
from .._verbal import parse_verbal
from .._vocab import UNITS

__all__ = ["Item", "Operand", "items", "own_entity"]

_NUMBER_OF = re.compile(r"number of\s+(?:[A-Za-z-]+\s+){0,3}?([a-z-]+s)\b")

#: The start of a figure id, by unit, where the unit's name is not a good one.
_STEMS = {"percent": "pct", "km²": "km2", "m²": "m2", "year": "years", "month": "months"}

#: The start of a figure's label, by dimension (counts are named by what they count).
_LABELS = {"ratio": "A percentage", "area": "An area", "time": "A duration"}


@dataclass(slots=True)
class Item:
    """A quantity of the text as a figure.

    Attributes
    ----------
    index : int
        Its position among the items, in text order.
    mention : Mention
        What the extractor found.
    figure : Figure
        The figure a data file would hold for it.
    base : Interval or None
        The values it stands for, in its dimension's base unit (``None`` when
        no number is stated).
    dimension : str
        Its unit's dimension (``"count"``, ``"area"``, ``"ratio"``, ``"time"``), or
        ``"money"`` for an amount after a currency sign ("$561.3 million").
    counted : str or None
        What the text says it counts (its entity, not a guess from its
        neighbours); ``None`` when the text does not say.
    """

    index: int
    mention: Mention
    figure: Figure
    base: Interval | None
    dimension: str
    counted: str | None = None


@dataclass(frozen=True, slots=True)
class Operand:
    """One item, or the sum of items listed side by side, as a part or whole of a share.

    ``low``, ``point`` and ``high`` are the ends and the stated value of the
    sum of the items' intervals, exact; ``flow``, ``fpoint`` and ``fhigh`` are
    the same as floats, for the searches' cheap pre-filter.

    Examples
    --------
    >>> from minestats import extract
    >>> text = "30 hectares of 200 hectares"
    >>> found = items(text, extract(text), {})
    >>> total = Operand.of(found)
    >>> str(total.low), str(total.point), str(total.high)
    ('2290000', '2300000', '2310000')
    """

    items: tuple[Item, ...]
    low: Fraction
    point: Fraction
    high: Fraction
    flow: float
    fpoint: float
    fhigh: float

    @classmethod
    def of(cls, items: Sequence[Item]) -> Operand:
        """The operand of ``items``, each with a stated number."""
        if len(items) == 1:  # its own interval: the sum of one adds nothing to it
            base = items[0].base
            assert base is not None
            low, point, high = base.triple()
        else:
            bases = [i.base for i in items]
            assert all(b is not None for b in bases)
            low, point, high = Interval.total([b for b in bases if b is not None]).triple()
        # a fraction's float is its numerator over its denominator (what float() computes, without
        # the abstract number classes' dispatch)
        return cls(
            tuple(items), low, point, high,
            low.numerator / low.denominator, point.numerator / point.denominator,
            high.numerator / high.denominator,
        )  # fmt: skip

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of its figures."""
        return tuple(i.figure.id for i in self.items)


@lru_cache(maxsize=1024)
def _stem(unit: str | None, entity: str | None) -> str:
    """The start of a figure's id: what a count counts, or its unit (a text has few of either)."""
    if unit == "count":
        # what a note in parentheses adds ("Libyans (people)") is no part of the name
        named = _NOTE.sub("", entity or "count") or "count"
        words = _ALNUM.findall(ascii_folded(named.lower()))
        return "_".join(words[-2:]) or "count"
    unit = unit or "n"
    return _STEMS.get(unit, _NOT_ALNUM.sub("_", unit.lower()).strip("_") or "n")


_ALNUM = re.compile(r"[a-z0-9]+")
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _slug(mention: Mention, entity: str | None) -> str:
    value = "unknown" if mention.value is None else mention.stated or ""
    tail = _NOT_ALNUM.sub("_", value.lower()).strip("_")
    slug = f"{_stem(mention.unit, entity)}_{tail}"
    if not slug[0].isalpha():
        slug = "n_" + slug
    return slug[:90]


def _label(mention: Mention, entity: str | None) -> str:
    if mention.unit == "count":
        return f"Number of {entity}" if entity and entity != "items" else "A count"
    unit = UNITS.get(mention.unit or "")
    return _LABELS.get(unit.dimension if unit else "", "A quantity")


_CURRENCY = re.compile(r"(?:US\$|\$|€|£|EUR\s?|USD\s?)$")


def _currency(text: str, mention: Mention) -> str | None:
    """ "$561.3 million", "US$5.2 billion", "€9,933,109": an amount of money, by its sign.

    The extractor reads such amounts as counts; the audit keeps them apart
    from counts of things, so that money is only compared with money.
    """
    if mention.unit != "count" or mention.entity is not None:
        return None
    match = _CURRENCY.search(text, max(0, mention.start - 4), mention.start)
    if match is None:
        return None
    sign = match.group().strip()
    return "US$" if "$" in sign or sign == "USD" else "€" if sign in ("€", "EUR") else "£"


def _entity_before(text: str, mention: Mention) -> str | None:
    """ "the number of post-conflict mine victims ... has reached 382": the noun before."""
    window = text[max(0, mention.start - 160) : mention.start]
    nouns = [m.group(1) for m in _NUMBER_OF.finditer(window)]
    return nouns[-1] if nouns else None


_WORD = re.compile(r"[^\W\d_]+")
_NEAR_END = re.compile(r"\d|\n\s*\n")


@lru_cache(maxsize=1024)
def _entity_words(entity: str) -> tuple[str, ...]:
    """The words of an entity that name it in the text around a count (a text has few entities)."""
    return tuple(w for w in _WORD.findall(entity.lower()) if len(w) > 2) or (entity.lower(),)


def own_entity(text: str, mention: Mention, previous: Mention | None) -> str | None:
    """The entity of a count when the words next to it name it, ``None`` when it is only inherited.

    The extractor gives a count with no noun of its own the noun of the count
    before it in the sentence ("of the 128 districts, 114 are free and 14
    are not": all three count districts). The audit reads what the text says
    a count counts: a noun after the count, or before it but not right after
    the count before (``previous``, the count before it in the sentence).

    Examples
    --------
    >>> from minestats import extract
    >>> text = "Of the 128 districts, 114 are free and 14 are not.\\n\\nInjured: 17 (15 civilians)."
    >>> found = extract(text).quantities
    >>> [own_entity(text, m, p) for m, p in zip(found, [None, *found])]
    ['districts', None, None, 'Injured', 'civilians']
    """
    entity = mention.entity
    if entity is None:
        return None
    words = _entity_words(entity)
    # the words after it, up to the next digit or blank line (the first part of the split at them)
    end = _NEAR_END.search(text, mention.end, mention.end + 80)
    after = text[mention.end : mention.end + 80 if end is None else end.start()].lower()
    if any(w in after for w in words):
        return entity
    start = max(0, mention.start - 80) if previous is None else max(previous.end, mention.start - 80)
    before = _NEAR_END.split(text[start : mention.start])[-1].lower()
    if previous is not None and previous.entity == entity and previous.end >= start:
        # "the 128 districts, 114": the noun right after the count before is that count's
        head = re.match(r"\W*(?:[^\W\d_]+\W+){0,4}?" + re.escape(words[-1]) + r"\w*", before)
        if head is not None:
            before = before[head.end() :]
    return entity if any(w in before for w in words) else None


def items(text: str, extraction: Extraction, unchecked: dict[str, list[str]]) -> list[Item]:
    """The quantities of ``extraction`` as items, in text order.

    A quantity that cannot be a figure (a change in percentage points, a share
    over 100 per cent, a fractional count) is left out and its quote added to
    ``unchecked`` under the reason; so is a mention with no number stated,
    which is kept (with no interval).

    Examples
    --------
    >>> from minestats import extract
    >>> text = "The number of mine victims has reached 382."
    >>> [(i.figure.id, i.figure.label) for i in items(text, extract(text), {})]
    [('victims_382', 'Number of victims')]
    """
    found: list[Item] = []
    words: dict[str, str] = {}
    bases: dict[tuple[str, str | None], Interval | None] = {}
    used: dict[str, int] = {}
    taken: set[str] = set()
    previous_entity: dict[int, str] = {}
    previous_count: Mention | None = None
    for mention in extraction.quantities:
        before = previous_count if previous_count and previous_count.sentence == mention.sentence else None
        if mention.unit == "count":
            previous_count = mention
        if mention.unit == "percentage points":
            unchecked.setdefault("a change in percentage points, not a share", []).append(mention.quote)
            continue
        if mention.unit == "times":  # a data file's multiple, not a quantity an audit compares
            unchecked.setdefault("a multiple, not a share", []).append(mention.quote)
            continue
        if mention.unit == "percent" and mention.value is not None and mention.value > 100:
            # data files accept one (a change, a multiple); as a share of a whole it cannot be
            unchecked.setdefault("not a valid figure: a share cannot exceed 100 per cent", []).append(
                mention.quote
            )
            continue
        stated: object = mention.value
        unit = mention.unit or "count"
        if mention.unit == "fraction":  # "a third", "la moitié", "2/3": a share in words, if one
            if mention.words is None or parse_verbal(mention.words) is None:
                unchecked.setdefault("a fraction that names no share of a whole", []).append(mention.quote)
                continue
            stated, unit = " ".join(mention.words.split()), "percent"
        elif mention.value is None:
            unchecked.setdefault("no number stated", []).append(mention.quote)
        entity = own_entity(text, mention, before) if mention.unit == "count" else mention.entity
        currency = _currency(text, mention)
        if currency is not None:
            entity = currency
        elif mention.unit == "count" and entity is None:
            entity = _entity_before(text, mention)
        counted = entity if mention.unit == "count" else None
        if mention.unit == "count" and entity is None:
            entity = previous_entity.get(mention.sentence) or "items"
        stem = slug = _slug(mention, entity)
        while slug in taken:  # "pct_14" twice and "pct_14_2" (14.2): every id stays unique
            used[stem] = used.get(stem, 1) + 1
            slug = f"{stem}_{used[stem]}"
        taken.add(slug)
        label = _label(mention, entity)
        label = words.setdefault(label, label)  # one string for each wording, not one per figure
        if entity is not None:
            entity = words.setdefault(entity, entity)
        counts = entity if mention.unit == "count" else None
        quote = mention.quote[:300] or mention.text
        try:
            figure = _quick_figure(
                slug, label, stated, unit, counts, mention.qualifier, mention.page, mention.paragraph, quote
            )
            if figure is None:  # something to strip, refuse or report: pydantic says what, as always
                fields = {"id": slug, "label": label, "value": stated, "unit": unit, "entity": counts}
                place = {"page": mention.page, "paragraph": mention.paragraph, "quote": quote}
                figure = slimmed(
                    Figure(**fields, qualifier=mention.qualifier, locator=slimmed(Locator(**place)))
                )
        except (ValidationError, DataError) as exc:
            reason = "not a valid figure: " + _first_message(exc)
            unchecked.setdefault(reason, []).append(mention.quote)
            continue
        if mention.unit == "count" and figure.entity and currency is None:
            previous_entity[mention.sentence] = figure.entity
        # by unit and the number as written: "25" and "25.0" are equal values with other rounding intervals
        key = (figure.unit, None if figure.value is None else str(figure.value))
        if key not in bases:
            bases[key] = figure.stated_interval()
        dimension = "money" if currency is not None else figure.unit_info.dimension
        found.append(Item(len(found), mention, figure, bases[key], dimension, counted))
    return found


#: What :func:`~minestats._types.built` gives for a locator's and a figure's fields, in this order.
_LOCATOR = maker(Locator, ("page", "paragraph", "quote"))
_FIGURE = maker(Figure, ("id", "label", "value", "unit", "entity", "qualifier", "locator"))


def _quick_figure(
    ident: str,
    label: str,
    value: object,
    unit: str,
    entity: str | None,
    qualifier: str | None,
    page: int | None,
    paragraph: int | None,
    quote: str,
) -> Figure | None:
    """The figure ``Figure(id=ident, ..., locator=Locator(page=page, ...))`` gives, or ``None`` when unsure.

    Validating every mention's figure through pydantic cost a third of the
    audit's own time on dense text. The fields the audit makes are plain:
    this runs the same field validators and the figure's own check
    (``Figure._sense``) and builds the models without pydantic's pass. Any
    field that is not plain (text to strip, a value or unit a validator
    refuses) gives ``None``, and the caller validates as before, so a
    refusal keeps its message; the check's own refusal is the
    :class:`~minestats.DataError` that validation wraps, with the same
    problems.
    """
    for number in (page, paragraph):
        if number is not None and (type(number) is not int or number < 1):
            return None
    # plain text: a str that validation keeps as it is (stripped, not empty)
    if not (
        type(quote) is str and quote and len(quote) <= 300 and quote == quote.strip()
        and type(label) is str and label and label == label.strip()
        and type(unit) is str and unit and unit == unit.strip()
        and (entity is None or (type(entity) is str and entity and entity == entity.strip()))
        and (qualifier is None or (type(qualifier) is str and qualifier and qualifier == qualifier.strip()))
        and type(ident) is str and len(ident) <= 100 and _FIGURE_ID.fullmatch(ident)
    ):  # fmt: skip
        return None
    try:
        # a plain Decimal is what parse_stated checks (not words: those are strings)
        value = (
            parse_stated(value) if type(value) is Decimal else None if value is None else _figure_value(value)
        )
        unit = unit if unit in UNITS else canonical_unit(unit)  # a unit's own name is its canonical one
        qualifier = None if qualifier is None else qualifier_wording(qualifier)
    except Exception:
        return None
    figure = _FIGURE(ident, label, value, unit, entity, qualifier, _LOCATOR(page, paragraph, quote))
    cast("Any", figure)._sense()  # a figure the check refuses raises its DataError, as validation would
    return figure


def _first_message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors(include_url=False)[0]
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, DataError):
            return cause.problems[0].message
        return str(error["msg"])
    if isinstance(exc, DataError):
        return exc.problems[0].message
    return str(exc)  # pragma: no cover
