"""How a document writes its numbers: the decimal mark, from a locale (CLDR, through Babel) or inferred.

A number such as ``1,234`` or ``7.000`` reads two ways: English writes a
thousands separator there, French, Spanish, Russian or German a decimal
mark. The reading is decided per document: by the ``locale`` given, else by
the unambiguous numbers of the document (``62,4``, ``1,234.5``,
``13.565.241``), else by the language its common words show. When none of
these tells, the English reading is taken and each such number is marked
ambiguous.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .._errors import DataError
from .._words import set_of

__all__ = ["Convention", "convention_for", "infer_convention", "read_number"]


#: Common words that tell a language, for documents given no locale.
LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "en": set_of("the and of to in were was with for that is are by from which has have"),
    "fr": set_of("le la les des et du une est dans pour qui au sur aux ont été sont pas ces"),
    "es": set_of("el los las del y que en por con una para se su al fue han sus"),
    "pt": set_of("os do da dos das e que em com uma para não foram pela pelo foi"),
    "de": set_of("der die das und ist von mit den im für sich dem zu auf wurden"),
    "ru": set_of("и в на что по с не из за от для как это было были года"),
}
# each such word to the languages it tells, in the order of LANGUAGE_WORDS
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language_name, _words in LANGUAGE_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language_name)
del _language_name, _words, _word
_MARKS = re.compile(r"[.,]")
_SPACE_CHARS = " \u00a0\u202f\u2009\u2007"  # group separators
# a digit first, then the look-behind that "(?<![0-9])" before it was: the regex engine skips to digits
_TOKEN = re.compile(r"[0-9](?<![0-9][0-9])[0-9]*+(?:[.,][0-9]++)+")
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000  # characters read to tell the language


@dataclass(frozen=True)
class Convention:
    """The decimal mark a document uses, and where that came from.

    Attributes
    ----------
    locale : str or None
        The locale given or inferred (``"fr"``), ``None`` when unknown.
    decimal : str or None
        ``"."`` or ``","``; ``None`` when nothing tells (numbers such as
        ``1,234`` are then read the English way and marked ambiguous).
    language : str or None
        The language of the locale (``"fr"``): it chooses the number words,
        qualifiers and units read.
    """

    locale: str | None
    decimal: str | None
    language: str | None


@lru_cache(maxsize=64)
def convention_for(locale: str) -> Convention:
    """The convention of a locale, from CLDR (Babel).

    Raises
    ------
    DataError
        For a locale Babel does not know.

    Examples
    --------
    >>> convention_for("fr").decimal, convention_for("en-US").decimal, convention_for("de_CH").decimal
    (',', '.', '.')
    """
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol

    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise DataError(f"unknown locale {locale!r} ({exc}); give one such as 'en', 'fr', 'es-CO'") from None
    decimal = get_decimal_symbol(parsed)
    return Convention(str(parsed), decimal if decimal in ".," else None, parsed.language)


def infer_convention(text: str) -> Convention:
    """The decimal mark of ``text`` from its unambiguous numbers, else from its language.

    Examples
    --------
    >>> infer_convention("Il y a 1.234 victimes et 62,4 % de civils.").decimal
    ','
    >>> infer_convention("Some 1,234 mines and 26.3 km2 were found.").decimal
    '.'
    >>> infer_convention("Se registraron 1.234 víctimas en los municipios del país.").locale
    'es'
    >>> infer_convention("Of the 5,005 people, many were hurt; 3,4% of the land is mined.").decimal
    '.'
    """
    votes: Counter[str] = Counter()
    for match in _TOKEN.finditer(text, 0, _SAMPLE * 10):
        vote = _vote(match.group())
        if vote:
            votes[vote] += 1
            if votes[vote] >= 50:  # enough to tell
                break
    language = _language(text)
    said = convention_for(language).decimal if language is not None else None
    for mark, other in ((".", ","), (",", ".")):
        # one number against the language's own mark ("3,4%" in an English text of "5,005 people") is read
        # as it alone can be read, and the language decides the others
        if votes[mark] > 3 * votes[other] and (said in (None, mark) or votes[mark] >= 2):
            return Convention(language, mark, language)
    if language is not None:
        return convention_for(language)
    return Convention(None, None, None)


def _vote(token: str) -> str | None:
    """Which decimal mark a number written with marks shows, if it shows one."""
    marks = [c for c in token if c in ".,"]
    parts = _MARKS.split(token)
    if len(set(marks)) == 2:
        if marks.count(marks[-1]) == 1 and all(len(p) == 3 for p in parts[1:-1]):
            return marks[-1]
        return None
    if len(marks) > 1:
        grouped = len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
        return ("," if marks[0] == "." else ".") if grouped else None
    head, tail = parts
    if len(tail) in (1, 2) and not head.startswith("0"):
        return marks[0]
    return None


def _language(text: str) -> str | None:
    counts: Counter[str] = Counter()
    languages_of = _LANGUAGES_OF
    # each word once, with its count, in the order the words first come (so the languages too)
    for word, times in Counter(_WORD.findall(text[:_SAMPLE].lower())).items():
        for language in languages_of.get(word, ()):
            counts[language] += times
    if not counts:
        return None
    (best, first), *rest = [*counts.most_common(2), ("", 0)]
    second = rest[0][1]
    return best if first >= 3 and first >= 1.5 * second else None


def read_number(raw: str, decimal: str | None) -> tuple[Decimal | None, bool]:
    """The value of digits written with marks, and whether the reading was a guess.

    ``raw`` is digits with ``.``, ``,``, apostrophes or spaces between them.
    Returns ``(None, False)`` for digits that do not form one number.

    Examples
    --------
    >>> read_number("1.234,5", None), read_number("5\\u202f554", ","), read_number("230'000", None)
    ((Decimal('1234.5'), False), (Decimal('5554'), False), (Decimal('230000'), False))
    >>> read_number("7.000", ","), read_number("7.000", "."), read_number("1,234", None)
    ((Decimal('7000'), False), (Decimal('7.000'), False), (Decimal('1234'), True))
    """
    if raw.isdigit():
        return Decimal(raw), False
    # str methods, not patterns: this runs once per number of the text
    text = raw
    spaced = False
    if raw.strip("0123456789.,"):  # more than digits and marks: spaces or apostrophes group them
        for space in _SPACE_CHARS:
            if space in text:
                text = text.replace(space, "")
                spaced = True
        if "'" in text or "’" in text:
            groups = text.replace("’", "'").split("'")
            if len(groups[0]) > 3 or any(len(g) < 3 or not g[:3].isdigit() for g in groups[1:]):
                return None, False
            text = "".join(groups)
            spaced = True
    dots = text.count(".")
    commas = text.count(",")
    if not dots and not commas:
        return Decimal(text), False
    if dots + commas == 1 and not spaced:  # one mark, the most common shape: as below, without a split
        mark = "." if dots else ","
        head, _, tail = text.partition(mark)
        if len(tail) != 3 or len(head) > 3 or head == "0":
            return Decimal(f"{head}.{tail}"), False
        if decimal is None:
            return (Decimal(head + tail) if mark == "," else Decimal(f"{head}.{tail}")), True
        return (Decimal(f"{head}.{tail}") if mark == decimal else Decimal(head + tail)), False
    parts = text.replace(",", ".").split(".")
    if spaced:  # groups were spaces: a mark left is the decimal mark
        if dots + commas > 1:
            return None, False
        return Decimal(".".join(parts)), False
    if dots and commas:
        last = "." if text.rfind(".") > text.rfind(",") else ","
        if (
            (dots if last == "." else commas) != 1
            or len(parts[0]) > 3
            or any(len(p) != 3 for p in parts[1:-1])
        ):
            return None, False
        return Decimal("".join(parts[:-1]) + "." + parts[-1]), False
    if dots + commas > 1:
        if len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
            return None, False
        return Decimal("".join(parts)), False
    mark = "." if dots else ","
    head, tail = parts
    if len(tail) != 3 or len(head) > 3 or head == "0":
        return Decimal(f"{head}.{tail}"), False
    if decimal is None:
        return (Decimal(head + tail) if mark == "," else Decimal(f"{head}.{tail}")), True
    return (Decimal(f"{head}.{tail}") if mark == decimal else Decimal(head + tail)), False
