"""Every bound minestats puts on its input, in one place.

Each public entry point refuses input beyond these bounds before doing the
work, with a :class:`~minestats.MinestatsError` that names the bound, so that
no input (a file, a text, a table, an expression) can make minestats run for
minutes or fill the memory. ``docs/errors.md`` lists them with the error each
gives. The modules that read input import the bound they enforce from here;
none has a limit of its own.
"""

from __future__ import annotations

from ._errors import DataError

__all__ = [
    "MAX_COMPUTE_DIGITS",
    "MAX_DATA_BYTES",
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "MAX_EXPRESSION_DEPTH",
    "MAX_EXPRESSION_LENGTH",
    "MAX_NODES",
    "MAX_PDF_PAGES",
    "MAX_PDF_PAGE_BYTES",
    "MAX_PDF_SECONDS",
    "MAX_TEXT_CHARS",
    "MAX_TEXT_FILE_BYTES",
    "refuse_long_text",
    "size_text",
]

#: Largest data file (YAML or TOML) read, in bytes.
MAX_DATA_BYTES = 10 * 1024 * 1024
#: Most values a data file may hold, every alias counted as often as it is used
#: (the letter holds about 1,200).
MAX_NODES = 200_000
#: Most significant digits a stated number may have.
MAX_DIGITS = 100
#: Largest power of ten of a stated number's first digit, up or down: 1E-999 to 9.99...E+999.
MAX_EXPONENT = 999
#: Longest expression :func:`~minestats.compute` accepts, in characters.
MAX_EXPRESSION_LENGTH = 2000
#: Deepest nesting of parentheses and signs in an expression.
MAX_EXPRESSION_DEPTH = 50
#: Most decimal digits of the numerator or denominator of any value an expression computes
#: (a product of figures near 1E+999 soon goes beyond it).
MAX_COMPUTE_DIGITS = 10_000
#: Longest text :func:`~minestats.audit` and :func:`~minestats.extract` read, in characters
#: (about a thousand printed pages).
MAX_TEXT_CHARS = 2_000_000
#: Largest file :func:`~minestats.read_text` opens, in bytes (a PDF with images is large).
MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024
#: Most pages of a PDF read.
MAX_PDF_PAGES = 2_000
#: Largest content of one PDF page, in bytes once decompressed (a dense page of text holds
#: tens of KiB; pypdf reads about 200 KiB of text operators a second).
MAX_PDF_PAGE_BYTES = 256 * 1024
#: Longest time spent reading the text of one PDF, in seconds.
MAX_PDF_SECONDS = 30.0


def size_text(size: int) -> str:
    """A size in bytes for messages: ``"10 MiB"``, ``"512 KiB"``, ``"300 bytes"``.

    Examples
    --------
    >>> size_text(10 * 2**20), size_text(2**19), size_text(300)
    ('10 MiB', '512 KiB', '300 bytes')
    """
    for unit, factor in (("MiB", 2**20), ("KiB", 2**10)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} bytes"


def refuse_long_text(text: str, name: str | None = None) -> str:
    """``text`` if it is at most :data:`MAX_TEXT_CHARS` characters long, else a DataError.

    Examples
    --------
    >>> refuse_long_text("Some 4,000 people.")
    'Some 4,000 people.'
    >>> refuse_long_text("x" * (MAX_TEXT_CHARS + 1), "big.txt")
    Traceback (most recent call last):
    ...
    minestats._errors.DataError: big.txt: the text is longer than 2,000,000 characters (2,000,001); split it
    """
    if not isinstance(text, str):
        raise TypeError(f"a text must be a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise DataError(
            f"the text is longer than {MAX_TEXT_CHARS:,} characters ({len(text):,}); split it", file=name
        )
    return text
