"""Bounds a text states: a round figure with a directional qualifier that restates a precise one.

A headline says "more than 4,000 devices" where the body counts 4,126; a
summary says "just under 12 km²" where a table totals 11,968,200 m². The
round figure is a bound on the precise one, and the core's bound rule
(:meth:`minestats._interval.Interval.stated` with the qualifier) judges it:
"more than 4,000" holds from 4,000 up (from the low end of its rounding for a
figure that is not a whole count), "nearly 12 km²" up to the high end of 12's
rounding.

The link must come from the text, not from two numbers that happen to be
close. The round figure ``Q`` (a qualifier such as "more than", "over", "at
least", "nearly", "almost", "just under", "plus de", "почти") restates a
precise figure ``E`` when:

- both have the same dimension (a count and an area are never linked), and
  for counts that both say what they count, the same kind of thing ("victims"
  and "casualties", not "victims" and "children"); an amount of money only
  restates money of its currency;
- ``E`` is stated more precisely than ``Q`` and carries no qualifier of its
  own, and ``E`` agrees with ``Q`` to one unit of ``Q``'s last significant
  digit (4,126 is 4,000 cut to the thousand; 11,968,200 m² is 12 km² rounded
  up), and lies within a twentieth of ``Q`` (one significant digit alone
  would make "over 100 km²" a restatement of anything from 0 to 200 km²): the
  round figure is the precise one written with fewer digits, cut or rounded,
  and the bound then says on which side the precise one must lie;
- ``E``'s value is the only one of the text that does so (with several, the
  text does not say which one it restates);
- when both figures are said to be of a year ("in 2019") the years agree.

Vague qualifiers ("about", "около") do not make a bound and do not widen a
verdict (the core's rule), so a figure with one is not linked here: "about
6,000" against 5,973 would be judged at the stated digits and found wanting,
which the wording does not claim. The claim is the core's ``sum`` claim of
one part (the qualified figure stated, the precise one its part), the same
claim a figure restated in another unit makes; its verdict reads the stated
figure's qualifier as a bound.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .._format import with_unit
from .._models import Claim, Reading
from .._vocab import ClaimKind, Direction, direction_of
from ._entities import same_kind
from ._figures import Item

__all__ = ["Bound", "bound_claim", "bounds", "year_of", "years_in"]

#: A year the figure is of: "in 2019", "en 2020", "for 2021" after it, before any other number.
_YEAR_AFTER = re.compile(
    r"[^\d.;]{0,100}?\b(?:in|en|for|of|de|del|em|im|во?)\s+((?:19|20)\d\d)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Bound:
    """A figure with a directional qualifier, the precise figure it restates and the words that link them."""

    stated: Item
    value: Item
    words: str


def _step(item: Item) -> Fraction | None:
    """One unit of the last significant digit of ``item``'s value, in its dimension's base unit."""
    value = item.figure.value
    if not isinstance(value, Decimal) or not value:
        return None
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Fraction(10) ** exponent * item.figure.unit_info.factor


def _point(item: Item) -> Fraction:
    assert item.base is not None
    assert item.base.point is not None
    return item.base.point


def _alike(stated: Item, other: Item) -> bool:
    """Same dimension; for counts that both say what they count, the same kind of thing."""
    if other is stated or other.dimension != stated.dimension:
        return False
    if stated.dimension == "count" and stated.counted and other.counted:
        return same_kind(stated.counted, other.counted)
    return True


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def years_in(text: str, start: int, end: int) -> set[str]:
    """The years ``text`` names between ``start`` and ``end`` ("in 2019", "for 2020").

    Examples
    --------
    >>> sorted(years_in("Mines found in 2019 and 2020: 1,250.", 0, 30))
    ['2019', '2020']
    """
    return set(_YEAR.findall(text, start, end))


def year_of(text: str, item: Item) -> str | None:
    """The year a figure is said to be of, in its words before any other number ("4,126 mines in 2020").

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Teams found 4,126 mines in 2020 and 3,900 mines the year after."
    >>> [year_of(text, i) for i in items(text, extract(text), {})]
    ['2020', None]
    """
    match = _YEAR_AFTER.match(text, item.mention.end)
    return match.group(1) if match else None


def _quote(item: Item) -> str:
    return f"\u201c{item.figure.locator.quote}\u201d"


def bounds(text: str, items: list[Item]) -> Iterator[Bound]:
    """The round figures with a directional qualifier in ``text``, each with the precise figure it restates.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Teams removed more than 4,000 devices. The survey lists 4,126 devices in all."
    >>> found = bounds(text, items(text, extract(text), {}))
    >>> [(b.stated.figure.stated, b.value.figure.stated) for b in found]
    [('4,000', '4,126')]
    """
    known = [i for i in items if i.base is not None and isinstance(i.figure.value, Decimal)]
    known = [i for i in known if i.dimension not in ("ratio", "time")]
    qualified = [
        i for i in known if direction_of(i.figure.qualifier) in (Direction.LOWER_BOUND, Direction.UPPER_BOUND)
    ]
    if not qualified:
        return
    # the precise figures (no qualifier) of each dimension by value, to find those near a bound at once
    # (sorted and searched by float, the few found then compared exactly)
    precise: dict[str, tuple[list[float], list[Item]]] = {}
    for item in sorted((i for i in known if not i.figure.qualifier), key=lambda i: float(_point(i))):
        points, ordered = precise.setdefault(item.dimension, ([], []))
        points.append(float(_point(item)))
        ordered.append(item)
    for stated in qualified:
        step = _step(stated)
        if step is None:
            continue
        point = _point(stated)
        reach = min(step, point / 20)  # one unit of its last significant digit, and a twentieth of it
        points, ordered = precise.get(stated.dimension, ([], []))
        low, high = float(point - reach), float(point + reach)
        near = ordered[bisect_left(points, low - abs(low) * 1e-9) : bisect_right(points, high + high * 1e-9)]
        candidates = [
            other
            for other in near
            if abs(_point(other) - point) <= reach
            and _alike(stated, other)
            and (other_step := _step(other)) is not None
            and other_step < step
        ]
        candidates.sort(key=lambda i: i.index)
        if not candidates:
            continue
        if len({_point(c) for c in candidates}) != 1:
            continue  # several precise values it could restate: no evidence which
        after = [c for c in candidates if c.mention.start > stated.mention.start]
        value = after[0] if after else candidates[-1]
        years = (year_of(text, stated), year_of(text, value))
        if None not in years and years[0] != years[1]:
            continue
        yield Bound(
            stated, value, f"{_quote(stated)} restates {_quote(value)}, the one value of the text it rounds"
        )


def bound_claim(bound: Bound, claim_id: str) -> Claim:
    """The claim that the qualified figure of ``bound`` is a bound on the precise one it restates."""
    stated, value = bound.stated.figure, bound.value.figure
    return Claim(
        id=claim_id,
        kind=ClaimKind.SUM,
        label=(
            f"{stated.qualifier} {with_unit(stated.stated, stated.unit)} restates"
            f" {with_unit(value.stated, value.unit)} as a bound"
        ),
        stated=stated.id,
        readings=(
            Reading(id="restated", part=(value.id,), note=f"Linked by minestats.audit: {bound.words}."),
        ),
        locator=stated.locator,
    )
