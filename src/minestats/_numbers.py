"""Stated numbers: parsing with their digits, and exact fractions written as decimals.

A stated number is kept as a :class:`decimal.Decimal` whose exponent records
the last stated digit: ``"14.20"`` is ``Decimal("14.20")`` and
``"1.5 million"`` is ``Decimal("1.5E+6")``. Writing them back is
:mod:`minestats._format`'s; what they stand for is :mod:`minestats._interval`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction

from ._limits import MAX_DIGITS, MAX_EXPONENT
from ._vocab import MULTIPLIERS

__all__ = [
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "decimal_of",
    "parse_stated",
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
    if len(value.as_tuple().digits) > MAX_DIGITS or not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
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
    with localcontext() as ctx:
        ctx.prec = digits
        result = Decimal(value.numerator) / Decimal(value.denominator)
    return result
