"""False precision: a figure that is exactly a round share of a less precise figure.

"375,000 mines" beside "about 1.5 million mines" is exactly a quarter of it:
its six significant digits probably come from multiplying a rounded value, and
overstate what is known. A whole-number count stated to the unit is exact, as
in the checks, and never flagged as the source; nor is a bound ("over $400
million"). The two are stated in one paragraph, or the part's sentence states
the share ("1,732 km², 2.0 per cent"): a figure that lands on a round share of
one far away says nothing by itself (a text of many figures has many such
pairs by chance).
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from .._models import Figure
from .._vocab import Direction, direction_of
from ._entities import same_kind
from ._figures import Item
from ._results import Flag

__all__ = ["CHANCE", "ROUND_SHARES", "flags", "quantum", "rounded", "significant", "unlikely"]

#: Round shares a derived figure is tested against: whole per cents and n/d, d <= 10.
ROUND_SHARES: tuple[Fraction, ...] = tuple(
    sorted(
        {Fraction(k, 100) for k in range(1, 100)}
        | {Fraction(n, d) for d in range(2, 11) for n in range(1, d)}
    )
)

#: Each round share with its numerator and denominator (lowest terms), read once.
_SHARE_TERMS: tuple[tuple[Fraction, int, int], ...] = tuple(
    (s, s.numerator, s.denominator) for s in ROUND_SHARES
)


def significant(value: Decimal) -> int:
    """Significant digits of a stated number; trailing zeros of a whole number do not count.

    Examples
    --------
    >>> significant(Decimal("375000")), significant(Decimal("1.5E+6")), significant(Decimal("0.050"))
    (3, 2, 2)
    """
    digits = value.as_tuple().digits
    text = "".join(map(str, digits)).lstrip("0")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= 0:
        text = text.rstrip("0")
    return max(len(text), 1)


def rounded(figure: Figure) -> bool:
    """Whether a figure reads as a rounded value: approximate, a multiplier, or trailing zeros.

    A whole-number count stated to the unit is exact ("500 victims"), as in
    the checks; a count with a multiplier ("1.5 million") is not.

    Examples
    --------
    >>> from minestats import Figure, Locator
    >>> def fig(value, unit, qualifier=None):
    ...     entity = "mines" if unit == "count" else None
    ...     return Figure(id="f", label="F", value=value, unit=unit, entity=entity, qualifier=qualifier,
    ...                   locator=Locator(paragraph=1, quote=value))
    >>> rounded(fig("86600", "km²")), rounded(fig("500", "count")), rounded(fig("1.5 million", "count"))
    (True, False, True)
    >>> rounded(fig("11258", "km²")), rounded(fig("11258", "km²", "about"))
    (False, True)
    """
    value = figure.value
    assert value is not None
    if direction_of(figure.qualifier) is Direction.APPROXIMATE:
        return True
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if figure.unit == "count":
        return exponent > 0
    whole_digits = max(value.adjusted() + 1, 1)
    return exponent > 0 or (exponent == 0 and significant(value) < whole_digits)


#: A round share is flagged only when a figure of the part's precision hits one by chance at most this often.
CHANCE = Fraction(1, 10)


def quantum(value: Decimal) -> Fraction:
    """The unit of a stated number's last significant digit.

    Examples
    --------
    >>> quantum(Decimal("11258")), quantum(Decimal("375000")), quantum(Decimal("1.5E+6"))
    (Fraction(1, 1), Fraction(1000, 1), Fraction(100000, 1))
    >>> quantum(Decimal("0.05"))
    Fraction(1, 100)
    """
    return Fraction(10) ** (value.adjusted() - significant(value) + 1)


def unlikely(part: Figure, step: Fraction) -> bool:
    """Whether a figure as precise as ``part`` would rarely land on a round share by chance.

    ``step`` is the distance between neighbouring round shares of the whole
    (its hundredth for a whole per cent, its d-th for n/d), in the base unit.
    With a step of at least ten of the part's last-digit units, at most one
    value in ten is such a share: landing on one says something. "42 km²"
    beside "200 km²" (a whole per cent every 2 km²) says nothing.
    """
    assert part.value is not None
    unit = quantum(part.value) * part.unit_info.factor
    return step >= unit / CHANCE


def flags(items: list[Item]) -> list[Flag]:
    """A :class:`Flag` for each figure that is exactly a round share of a rounded, less precise one.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "About 1.5 million mines were laid; 375,000 mines are anti-tank mines."
    >>> [(f.figure, f.of, f.share) for f in flags(items(text, extract(text), {}))]
    [('mines_375000', 'mines_1_5_million', '1/4')]
    """
    # by dimension, the first item of each value (a list, or a key, per item cost memory at the audit's peak)
    # a whole number by its int, equal to its Fraction and of the same hash (an int's is far cheaper)
    by_value: dict[str, dict[Fraction | int, Item]] = {}
    denominators: set[tuple[str, int]] = set()  # of the values stated in each dimension
    for item in items:
        point = None if item.base is None else item.base.point
        if point is not None and item.dimension != "ratio" and point.numerator > 0:
            by_value.setdefault(item.dimension, {}).setdefault(_key(point), item)
            denominators.add((item.dimension, point.denominator))
    whole_numbers_only: dict[str, bool] = {}  # by dimension: whether every value stated in it is whole
    for dimension, d in denominators:
        whole_numbers_only[dimension] = whole_numbers_only.get(dimension, True) and d == 1
    stated = _stated_shares(items)
    found: list[Flag] = []
    seen: set[tuple[str, str]] = set()
    for whole in items:  # each value's first item, in the order of the text
        dimension, point = whole.dimension, None if whole.base is None else whole.base.point
        if point is None or by_value.get(dimension, {}).get(_key(point)) is not whole:
            continue
        assert whole.figure.value is not None
        if not rounded(whole.figure):
            continue
        if direction_of(whole.figure.qualifier) in (Direction.LOWER_BOUND, Direction.UPPER_BOUND):
            continue  # "over $400 million" is a bound: nothing is derived from it
        whole_digits = significant(whole.figure.value)
        top, bottom = point.numerator, point.denominator
        values = by_value[dimension]
        whole_numbers = bottom == 1 and whole_numbers_only.get(dimension, False)
        # every value of the dimension a whole number, and the whole too: a share (in lowest terms) of it
        # is one only when its denominator divides the whole; the shares that name a stated value, in order
        terms = (
            [t for t in _SHARE_TERMS if not top % t[2] and top // t[2] * t[1] in values]
            if whole_numbers
            else _SHARE_TERMS
        )
        for share, share_n, share_d in terms:
            if whole_numbers:
                part = values.get(top // share_d * share_n)
            else:
                # the share's value in lowest terms, as integers: a whole number is looked up as an int
                # (equal to the Fraction key, and of the same hash); a denominator no stated value has is
                # skipped
                n, d = top * share_n, bottom * share_d
                common = math.gcd(n, d)
                n, d = n // common, d // common
                if (dimension, d) not in denominators:
                    continue
                part = values.get(n if d == 1 else Fraction(n, d))
            if part is None:
                continue
            assert part.figure.value is not None
            if significant(part.figure.value) <= whole_digits:
                continue
            if direction_of(part.figure.qualifier) in (Direction.LOWER_BOUND, Direction.UPPER_BOUND):
                continue  # "over 1,500" is a bound: it claims no precision
            if dimension == "count" and not same_kind(part.counted, whole.counted):
                continue  # counts of different things are not derived from each other
            # the grid the share is found on: a whole per cent is one of 99 a hundredth of the whole
            # apart (40 per cent is no rarer a landing than 41 per cent because it is also 2/5)
            grid = 100 if not 100 % share.denominator else share.denominator
            if not unlikely(part.figure, point / grid):
                continue  # "42 of 200 km²": any whole number is a whole per cent of 200
            if part.mention.paragraph != whole.mention.paragraph and share not in stated.get(
                part.mention.sentence, ()
            ):
                # far apart, and nothing says the part is that share: a text of many figures has many
                # pairs that land on a round share by chance
                continue
            key = (part.figure.id, whole.figure.id)
            if key in seen:
                continue
            seen.add(key)
            found.append(_flag(part.figure, whole.figure, share, whole_digits))
    return found


def _stated_shares(items: list[Item]) -> dict[int, set[Fraction]]:
    """The percentages each sentence states, as fractions: "2.0 per cent" says the figure beside it is
    that share of something."""
    shares: dict[int, set[Fraction]] = {}
    for item in items:
        if item.figure.unit == "percent" and item.figure.value is not None:
            shares.setdefault(item.mention.sentence, set()).add(Fraction(item.figure.value) / 100)
    return shares


def _key(point: Fraction) -> Fraction | int:
    """A value as :func:`flags` keys it: a whole number as its int."""
    return point.numerator if point.denominator == 1 else point


def _flag(part: Figure, whole: Figure, share: Fraction, whole_digits: int) -> Flag:
    assert part.value is not None
    written = (
        f"{share.numerator}/{share.denominator}" if share.denominator <= 10 else f"{share * 100} per cent"
    )
    return Flag(
        figure=part.id,
        of=whole.id,
        share=written,
        quote=part.locator.quote,
        of_quote=whole.locator.quote,
        reason=(
            f"\u201c{part.locator.quote}\u201d is exactly {written} of"
            f" \u201c{whole.locator.quote}\u201d: probably derived from that rounded"
            f" value, so its {significant(part.value)} significant digits overstate"
            f" what is known ({whole_digits} in the figure it comes from)"
        ),
    )
