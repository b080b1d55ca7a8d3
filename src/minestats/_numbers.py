"""Stated numbers: parsing with their digits, and exact fractions written as decimals.

A stated number is kept as a :class:`decimal.Decimal` whose exponent records
the last stated digit: ``"14.20"`` is ``Decimal("14.20")`` and
``"1.5 million"`` is ``Decimal("1.5E+6")``. Writing them back is
:mod:`minestats._format`'s; what they stand for is :mod:`minestats._interval`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation, getcontext, localcontext
from fractions import Fraction
from functools import cache

from ._limits import MAX_DIGITS, MAX_EXPONENT
from ._vocab import MULTIPLIERS, TEXT_MULTIPLIERS

__all__ = [
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "NUMBER_WORDS",
    "decimal_of",
    "decimal_ratio",
    "parse_stated",
    "quote_states",
    "states_a_number",
    "written_forms",
]

_RANGE = f"a number of at most {MAX_DIGITS} digits between 1E-{MAX_EXPONENT} and 1E+{MAX_EXPONENT + 1}"

_PLAIN = r"[0-9]+(?:\.[0-9]+)?"
_GROUPED = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
_SCIENTIFIC = r"[0-9](?:\.[0-9]+)?[eE][+-]?[0-9]{1,3}"
_STATED = re.compile(
    rf"(?P<sign>-)?(?P<num>{_SCIENTIFIC}|{_GROUPED}|{_PLAIN})"
    rf"(?:[ ]+(?P<mult>{'|'.join(MULTIPLIERS)}))?",
)


def parse_stated(text: object) -> Decimal:
    """Parse a stated number, keeping every digit as written.

    Accepts plain digits with an optional decimal part (``"14.20"``),
    comma-grouped thousands (``"165,871.5"``), a multiplier word
    (``"1.5 million"``), scientific notation (``"1.5E+6"``), an ``int`` or a
    finite ``Decimal``. Rejects floats (their digits are already lost), NaN,
    infinity, non-ASCII digits, European-style ``"1.234,5"``, and numbers of
    more than :data:`MAX_DIGITS` digits or beyond ``1E±999``.

    Parameters
    ----------
    text : str, int or Decimal
        The number as stated.

    Returns
    -------
    Decimal
        The value, with the exponent of its last stated digit.

    Raises
    ------
    ValueError
        With a message that says what was expected.

    Examples
    --------
    >>> parse_stated("14.20")
    Decimal('14.20')
    >>> parse_stated("1.5 million")
    Decimal('1.5E+6')
    >>> parse_stated("165,871.5")
    Decimal('165871.5')
    """
    if isinstance(text, bool):
        raise ValueError("a stated number, not a boolean")
    if isinstance(text, int):
        if text.bit_length() > 4 * (MAX_EXPONENT + 1):
            raise ValueError(f"{_RANGE}, not an integer of {text.bit_length()} bits")
        return _in_range(Decimal(text), str)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise ValueError(f"a finite number, not {text}")
        return _in_range(text, str)
    if isinstance(text, float):
        raise ValueError(
            f"the number as a string, so that its digits are kept (write {str(text)!r} in quotes)"
        )
    if not isinstance(text, str):
        raise ValueError(f"a stated number as a string, not {type(text).__name__}")
    if len(text) > 2 * (MAX_DIGITS + MAX_EXPONENT):  # longer than any number in range can be written
        raise ValueError(f"{_RANGE}, not a text of {len(text)} characters")
    match = _STATED.fullmatch(text.strip())
    if match is None:
        raise ValueError(
            f"a number such as '11258', '14.20', '165,871.5' or '1.5 million', not {_show(text)}"
        )
    try:
        value = Decimal(match["num"].replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise ValueError(f"a number, not {_show(text)}") from None
    if match["mult"]:
        value = value.scaleb(MULTIPLIERS[match["mult"]])
    value = _in_range(value, lambda _: _show(text))
    return value.copy_negate() if match["sign"] else value  # keeps the sign of "-0"


def _in_range(value: Decimal, show: Callable[[Decimal], str]) -> Decimal:
    """``value`` if it has at most MAX_DIGITS digits and its first digit is within 1E±MAX_EXPONENT.

    Beyond that, exact arithmetic on the number grows slow (two 40,000-digit
    figures take a second to check) and it could not be written back.
    """
    # a text of at most MAX_DIGITS characters has at most as many digits (the tuple of digits only past it)
    if not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT or (
        len(str(value)) > MAX_DIGITS and len(value.as_tuple().digits) > MAX_DIGITS
    ):
        text = show(value)
        raise ValueError(f"{_RANGE}, not {text if len(text) <= 40 else text[:37] + '...'}")
    return value


def _show(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def decimal_of(value: Fraction, digits: int = 28) -> Decimal:
    """An exact fraction as a Decimal, exact when it terminates within ``digits``.

    Examples
    --------
    >>> decimal_of(Fraction(1, 8))
    Decimal('0.125')
    >>> decimal_of(Fraction(2, 3), digits=6)
    Decimal('0.666667')
    """
    context = getcontext()
    if context.prec == digits:  # as in a local copy of the context at that precision, without the copy
        return context.divide(Decimal(value.numerator), Decimal(value.denominator))
    with localcontext() as ctx:
        ctx.prec = digits
        result = Decimal(value.numerator) / Decimal(value.denominator)
    return result


def decimal_ratio(numerator: int, denominator: int, digits: int = 28) -> Decimal:
    """``decimal_of(Fraction(numerator, denominator), digits)``, without building the fraction.

    A quotient of Decimals depends only on its value (and the ideal exponent,
    0 for integers), not on the terms it is given in: the fraction's lowest
    terms give the same Decimal, digits and exponent alike.

    Examples
    --------
    >>> decimal_ratio(250, 2000), decimal_ratio(-4, -6, digits=6)
    (Decimal('0.125'), Decimal('0.666667'))

    Raises
    ------
    ZeroDivisionError
        When ``denominator`` is 0, as the fraction does.
    """
    if denominator == 0:
        raise ZeroDivisionError(f"Fraction({numerator}, 0)")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    context = getcontext()
    if context.prec == digits:
        return context.divide(Decimal(numerator), Decimal(denominator))
    with localcontext() as ctx:
        ctx.prec = digits
        result = Decimal(numerator) / Decimal(denominator)
    return result


#: Numbers a document may write in words, for :func:`quote_states`.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100,
}  # fmt: skip

#: Thousands separators a document's locale may use: comma, full stop, apostrophe, spaces.
_GROUP_SEPARATORS = (",", ".", "'", "\u2019", " ", "\u00a0", "\u202f", "\u2009")


def written_forms(value: Decimal) -> list[str]:
    """The ways a document may write ``value`` with its digits: grouped or not, any locale's separators.

    The decimal mark is a point with comma, apostrophe or space grouping and a
    comma with point or space grouping; a multiplier word is kept
    (``"1.5 million"``); a whole number up to twenty, and the tens, may be
    written in words.

    Examples
    --------
    >>> written_forms(Decimal("11258"))[:3]
    ['11258', '11,258', '11.258']
    >>> "165.871,5" in written_forms(Decimal("165871.5"))
    True
    >>> written_forms(Decimal("3"))
    ['3', 'three']
    >>> "11,339 million" in written_forms(Decimal("1.1339E+10"))
    True
    """
    from ._format import format_stated

    text = format_stated(value)
    forms: dict[str, None] = {}
    exponent = value.as_tuple().exponent
    plain = isinstance(exponent, int) and exponent > 0  # "9 thousand" may be written "9,000"
    for written in (text, f"{value:f}") if plain else (text,):
        forms.update(dict.fromkeys(_grouped_forms(written)))
    if plain:  # "11,339 million" as well as "11.339 billion": any multiplier that leaves the digits whole
        for word, power in MULTIPLIERS.items():
            scaled = value.scaleb(-power)
            if scaled >= 1 and scaled == scaled.to_integral_value():
                forms.update(dict.fromkeys(_grouped_forms(f"{scaled:f} {word}")))
    if text.isdigit() and int(text) <= 100:
        forms.update((w, None) for w, n in NUMBER_WORDS.items() if n == int(text))
    return list(forms)


def _grouped_forms(text: str) -> list[str]:
    """``text`` (a number, with a multiplier word or not) with each locale's grouping and decimal mark."""
    number, space, word = text.partition(" ")
    whole, dot, fraction = number.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    head = len(whole) % 3 or 3
    groups = [whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))]
    forms = []
    for separator in ("", *_GROUP_SEPARATORS):
        if len(groups) == 1 and separator:
            continue
        joined = sign + separator.join(groups)
        if separator == ".":
            marks = [","]
        elif separator in (",", "'", "\u2019"):
            marks = ["."]
        else:  # no grouping, or spaces: either decimal mark
            marks = [".", ","]
        for mark in marks:
            forms.append(joined + (mark + fraction if dot else "") + space + word)
    return list(dict.fromkeys(forms))


@cache
def _writers() -> tuple[Callable[[Decimal], str], Callable[[Decimal], str]]:
    """:func:`~minestats._format.format_stated` and ``grouped``, imported once (not on every call)."""
    from ._format import format_stated, grouped

    return format_stated, grouped


def quote_states(quote: str, value: Decimal) -> bool:
    """Whether ``quote`` writes ``value`` with its digits (:func:`written_forms`), as a whole number.

    A form must stand alone: not inside a longer number (``11,258`` is not in
    ``211,258`` nor in ``11,258.5``), nor a word inside a longer word.

    Examples
    --------
    >>> quote_states("about 11,258 square kilometres", Decimal("11258"))
    True
    >>> quote_states("(999)", Decimal("773"))
    False
    >>> quote_states("Approximately 14.2 per cent", Decimal("14.20"))
    False
    >>> quote_states("three annual conferences", Decimal("3"))
    True
    """
    format_stated, grouped = _writers()
    # the forms a quote usually holds first, without building every locale's (the result is the same:
    # both are among written_forms, and any one form that stands alone is enough)
    if type(value) is Decimal:
        text = str(value)
        if "E" not in text and text[:1] in _DIGITS:
            # plain digits (an exponent of 0 or less): format_stated writes them as they are, and
            # grouped adds commas only to four whole digits or more; no multiplier form applies
            if _digits_stand_alone(quote, text):
                return True
            if text.find(".", 0, 4) < 0 and len(text) > 3 and _digits_stand_alone(quote, grouped(value)):
                return True
            return _other_forms(quote, value)
    text = format_stated(value)
    if text[:1] in _DIGITS:
        if _digits_stand_alone(quote, text) or _digits_stand_alone(quote, grouped(value)):
            return True
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent > 0:  # "$11,339 million": the multipliers' forms by commas
            for word, power in MULTIPLIERS.items():
                scaled = value.scaleb(-power)
                if scaled >= 1 and scaled == scaled.to_integral_value():
                    whole = f"{scaled:f}"
                    head = len(whole) % 3 or 3
                    groups = ",".join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])
                    if _digits_stand_alone(quote, f"{groups} {word}"):
                        return True
    return _other_forms(quote, value)


def _other_forms(quote: str, value: Decimal) -> bool:
    """:func:`quote_states` after its usual forms: every locale's, in words, compound and mixed."""
    for form in written_forms(value):
        if form[0].isalpha():
            pattern = rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])"
            if re.search(pattern, quote, re.IGNORECASE):
                return True
        elif _digits_stand_alone(quote, form):
            return True
    return _compound_states(quote, value) or _words_then_digits(quote, value)


def _words_then_digits(quote: str, value: Decimal) -> bool:
    """Whether ``quote`` writes ``value`` as hundreds or thousands in words, then the rest in digits.

    "Trezentos e 16" is 316, "three thousand 450" is 3,450: the words give a
    whole number of hundreds (the digits then below 100) or of thousands (the
    digits below 1,000), in one language's number words.

    Examples
    --------
    >>> _words_then_digits("Trezentos e 16 quilómetros", Decimal("316"))
    True
    >>> _words_then_digits("two hundred 150 mines", Decimal("350"))
    False
    """
    from ._words import GLUE, NUMBER_WORDS, word_value

    if value < 100 or value != value.to_integral_value():
        return False
    matches = list(_TOKEN.finditer(quote))
    words = [m.group().rstrip(".").lower() for m in matches]
    glue = frozenset().union(*GLUE.values())
    for at, match in enumerate(matches):
        digits = words[at]
        if not digits.isdigit() or len(digits) > 3 or quote[match.end() : match.end() + 1] in _PART_OF_NUMBER:
            continue
        first = at - 1 if at and words[at - 1] in glue else at
        for table in NUMBER_WORDS.values():
            start = first
            while start > 0 and words[start - 1] in table:
                start -= 1
            counted = word_value(words[start:first], table) if start < first else None
            if counted is None:
                continue
            whole = int(counted[0])
            limit = 1000 if whole >= 1000 and whole % 1000 == 0 else 100 if whole % 100 == 0 else 0
            if whole >= 100 and int(digits) < limit and whole + int(digits) == value:
                return True
    return False


#: A whole number of at most three digits, or a word (a multiplier such as "million", "тыс.").
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+\.?")
_PART_OF_NUMBER = frozenset("0123456789.,'\u2019")


def _compound_states(quote: str, value: Decimal) -> bool:
    """Whether ``quote`` writes ``value`` as groups of digits each before a smaller multiplier.

    "312 million 405 thousand 118" is 312,405,118, "2 millones 300 mil" is
    2,300,000: each group has at most three digits and the multipliers fall.

    Examples
    --------
    >>> _compound_states("312 million 405 thousand 118 square metres", Decimal("312405118"))
    True
    >>> _compound_states("2 millones 300 mil hectáreas", Decimal("2300000"))
    True
    >>> _compound_states("312 million 405 thousand 118", Decimal("312405"))
    False
    """
    if value != value.to_integral_value():
        return False
    matches = list(_TOKEN.finditer(quote))
    words = [m.group().lower() for m in matches]
    for start, match in enumerate(matches):
        at = match.start()
        if not words[start].isdigit() or quote[at - 1 : at] in _PART_OF_NUMBER:
            continue  # a group starts a number: not the decimals of "12.5 million"
        total = 0
        group: int | None = int(words[start])
        last: int | None = None
        for word in words[start + 1 :]:
            power = TEXT_MULTIPLIERS.get(word)
            if power is not None and group is not None and group < 1000:
                if last is not None and power >= last:
                    break
                total, group, last = total + group * 10**power, None, power
            elif word.isdigit() and group is None and len(word) <= 3:
                group = int(word)
            else:
                break
        if last is not None and total + (group or 0) == value:
            return True
    return False


_DIGITS = frozenset("0123456789")


def _digits_stand_alone(quote: str, form: str) -> bool:
    """Whether ``form`` occurs in ``quote`` outside a longer number (no regex compiled per value)."""
    start = quote.find(form)
    while start >= 0:
        end = start + len(form)
        before = quote[max(0, start - 2) : start]
        after = quote[end : end + 2]
        if not (
            before[-1:] in _DIGITS
            or (len(before) == 2 and before[1] in ".,'\u2019" and before[0] in _DIGITS)
            or after[:1] in _DIGITS
            or (len(after) == 2 and after[0] in ".," and after[1] in _DIGITS)
        ):
            return True
        start = quote.find(form, start + 1)
    return False


_NUMBER = re.compile(r"(?<![A-Za-z_0-9])[0-9]")


def states_a_number(quote: str) -> bool:
    """Whether ``quote`` writes a number in digits (digits inside a word or an id, ``p0``, do not count).

    Examples
    --------
    >>> states_a_number("about 11,258 square kilometres"), states_a_number("part p0 of km2_total")
    (True, False)
    """
    return _NUMBER.search(quote) is not None
