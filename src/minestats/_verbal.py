"""Shares and multiples stated in words: "two thirds", "a third", "half", "2/3"; "double", "three times".

A verbal fraction names an exact fraction of a whole, but a writer who says
"a third" rounds more loosely than one who writes "33.3 %". minestats reads a
verbal fraction as the exact fraction stated to whole per cent: "a third"
stands for every share within half a percentage point of 100/3 %, that is
[32.83…, 33.83…] %, the width of a share printed as "33 %" (the coarsest
rounding a printed percentage has), centred on the fraction itself. See
``docs/method.md``.

The stated words are kept as written and written back unchanged; the value
is a :class:`~decimal.Decimal` (the fraction in per cent, to 28 digits) so
every table and display that reads a figure's value reads it too.

A multiple in words ("double", "twice", "three times", "tenfold") names a
whole number of times and is read as that number written in digits: "double"
is 2 times, standing for [1.5, 2.5] times, the interval of a stated "2".
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from ._numbers import decimal_of
from ._words import FRACTIONS, MULTIPLES, NUMBER_WORDS, WHOLE_FRACTIONS

__all__ = [
    "HALF_WIDTH",
    "VerbalMultiple",
    "VerbalShare",
    "parse_multiple",
    "parse_verbal",
    "verbal_interval",
]

#: Half the width of a verbal fraction's interval, as a fraction of the whole (half a per cent).
HALF_WIDTH = Fraction(1, 200)

_DIGITS = re.compile(r"(?P<num>[0-9]{1,3})\s*/\s*(?P<den>[0-9]{1,3})")
#: Definite articles before a fraction word that stands alone ("la moitié", "die Hälfte").
_DEFINITE = frozenset(("the", "la", "le", "die", "a"))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Fraction], dict[str, int]]:
    """Fraction words and numerators (one to ten, "a"/"an" too) of every language of :mod:`._words`."""
    parts = {word: value for table in FRACTIONS.values() for word, value in table.items()}
    counts = {word: value for table in NUMBER_WORDS.values() for word, value in table.items() if value <= 10}
    counts.update(a=1, an=1)
    return parts, counts


def parse_verbal(text: object) -> Fraction | None:
    """The fraction of a whole a share in words names, or ``None`` if ``text`` is not one.

    Accepts "half", "a half", "one half", "a third", "two thirds", "three
    quarters", "two-fifths" (any case, a hyphen or spaces), the same in the
    other languages the extractor reads ("un tiers", "la moitié", "dos
    tercios", "um terço", "zwei Drittel", "две трети"; the words are those of
    :mod:`minestats._words`), and digits "2/3". The fraction must be at most
    one whole (a share). In English the fraction word agrees in number with
    its numerator ("two third" is refused).

    Examples
    --------
    >>> parse_verbal("two thirds"), parse_verbal("Half"), parse_verbal("2/3")
    (Fraction(2, 3), Fraction(1, 2), Fraction(2, 3))
    >>> parse_verbal("un tiers"), parse_verbal("la moitié"), parse_verbal("две трети")
    (Fraction(1, 3), Fraction(1, 2), Fraction(2, 3))
    >>> parse_verbal("14.2") is None, parse_verbal("five thirds") is None
    (True, True)
    """
    if not isinstance(text, str):
        return None
    key = " ".join(text.split()).lower()
    parts, counts = _tables()
    words = key.replace("-", " ").split()
    if len(words) == 1 and words[0] in WHOLE_FRACTIONS:  # "half", "la mitad" without its article
        value = parts[words[0]]
    elif len(words) == 2 and words[0] in _DEFINITE and words[1] in WHOLE_FRACTIONS:
        value = parts[words[1]]
    elif len(words) == 2 and words[0] in counts and words[1] in parts:
        count, part = counts[words[0]], words[1]
        if part in FRACTIONS["en"] and part.endswith("s") != (count > 1):
            return None  # "two third", "a thirds"
        value = count * parts[part]
    else:
        digits = _DIGITS.fullmatch(key)
        if digits is None or int(digits["den"]) == 0:
            return None
        value = Fraction(int(digits["num"]), int(digits["den"]))
    return value if value <= 1 else None


class VerbalShare(Decimal):
    """A share stated in words: the fraction in per cent, and the words as written.

    Attributes
    ----------
    words : str
        As stated ("two thirds").
    fraction : Fraction
        The fraction of the whole it names (2/3).

    Examples
    --------
    >>> v = VerbalShare("a third", Fraction(1, 3))
    >>> v.words, v.fraction, round(v, 2)
    ('a third', Fraction(1, 3), Decimal('33.33'))
    """

    words: str
    fraction: Fraction

    def __new__(cls, words: str, fraction: Fraction) -> VerbalShare:
        self = super().__new__(cls, decimal_of(fraction * 100))
        self.words = " ".join(words.split())
        self.fraction = fraction
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.words, self.fraction))

    def __copy__(self) -> VerbalShare:
        return self

    def __deepcopy__(self, memo: object) -> VerbalShare:
        return self

    def __repr__(self) -> str:
        return f"VerbalShare({self.words!r}, {self.fraction!r})"


def verbal_interval(fraction: Fraction) -> tuple[Fraction, Fraction, Fraction]:
    """(low, point, high) of a verbal fraction of a whole, within 0 and 1.

    Examples
    --------
    >>> verbal_interval(Fraction(1, 2))
    (Fraction(99, 200), Fraction(1, 2), Fraction(101, 200))
    """
    return max(fraction - HALF_WIDTH, Fraction(0)), fraction, min(fraction + HALF_WIDTH, Fraction(1))


#: The word after a number that makes it a multiple ("three times", "trois fois", "tres veces").
_TIMES = frozenset(("times", "fois", "veces", "vezes"))


@lru_cache(maxsize=1)
def _multiples() -> tuple[dict[str, int], dict[str, int]]:
    """Multiple words ("double", "вдвое") and number words of every language of :mod:`._words`."""
    multiples = {word: value for table in MULTIPLES.values() for word, value in table.items()}
    numbers = {word: value for table in NUMBER_WORDS.values() for word, value in table.items()}
    return multiples, numbers


def parse_multiple(text: object) -> int | None:
    """The whole number of times a multiple in words names, or ``None`` if ``text`` is not one.

    Accepts the multiple words the extractor reads ("double", "twice",
    "triple", "threefold", "tenfold", "doble", "dobro", "doppelt", "вдвое";
    the table of :mod:`minestats._words`) and a number in words or digits
    before "times" ("three times", "3 times"; "fois", "veces", "vezes"), in
    any case. The multiple is at least one.

    Examples
    --------
    >>> parse_multiple("double"), parse_multiple("Three times"), parse_multiple("10 times")
    (2, 3, 10)
    >>> parse_multiple("trois fois"), parse_multiple("вдвое")
    (3, 2)
    >>> parse_multiple("half") is None, parse_multiple("2") is None, parse_multiple("zero times") is None
    (True, True, True)
    """
    if not isinstance(text, str):
        return None
    words = " ".join(text.split()).lower().split()
    multiples, numbers = _multiples()
    value: int | None = None
    if len(words) == 1:
        value = multiples.get(words[0])
    elif len(words) == 2 and words[1] in _TIMES:
        first = words[0]
        value = int(first) if first.isascii() and first.isdigit() and len(first) <= 6 else numbers.get(first)
    return value if value is not None and value >= 1 else None


class VerbalMultiple(Decimal):
    """A multiple stated in words: the whole number of times, and the words as written.

    Attributes
    ----------
    words : str
        As stated ("double").
    multiple : int
        The number of times it names (2).

    Examples
    --------
    >>> v = VerbalMultiple("three times", 3)
    >>> v.words, v.multiple, v == 3
    ('three times', 3, True)
    """

    words: str
    multiple: int

    def __new__(cls, words: str, multiple: int) -> VerbalMultiple:
        self = super().__new__(cls, multiple)
        self.words = " ".join(words.split())
        self.multiple = multiple
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.words, self.multiple))

    def __copy__(self) -> VerbalMultiple:
        return self

    def __deepcopy__(self, memo: object) -> VerbalMultiple:
        return self

    def __repr__(self) -> str:
        return f"VerbalMultiple({self.words!r}, {self.multiple!r})"
