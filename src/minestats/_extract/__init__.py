"""Numeric mentions out of plain text: what each number is, with its digits kept.

:func:`extract` finds every number in a text and says what it is: a
quantity (with its value as stated, multiplier, unit, counted entity and
qualifier) or something that only looks like one: a year, a date, a clock
time, a footnote marker, a document symbol, a resolution or agenda-item
number, a page number, an ordinal or a reference ("rule 82", "para. 392").

It reads numbers as people write them: grouped with commas, dots, spaces
(ordinary, no-break, thin) or apostrophes, with a decimal point or comma
chosen by the document's locale (:mod:`._locale`); in words, in English,
French, Spanish, Portuguese, German and Russian (:mod:`._words`); as ranges
("4-6 million", "between 3,000 and 5,000"), fractions ("a third", "1/2 of") and with
a sign; with a currency before them ("US$ 32.5 million"); and as the cells
of a flattened table whose caption gives their unit (:mod:`._layout`).

Every pattern here runs in linear time: the scan is one regular expression
whose repetitions cannot overlap, and each candidate is then classified by
anchored matches on a bounded window around it.

The units, qualifiers and multipliers it reads are those of
:mod:`minestats._vocab`: :func:`compile_patterns` builds the patterns from a
:class:`~minestats._vocab.Vocabulary`, so a unit or qualifier added there is
read here too.

The modules, one concern each: :mod:`._patterns` (what is read, compiled
from the vocabulary), :mod:`._locale` (decimal marks), :mod:`._words`
(number words), :mod:`._layout` (paragraphs, sentences, tables),
:mod:`._context` (qualifier and counted noun around a number),
:mod:`._scan` (the mention one number makes), :mod:`._spelled` (numbers in
words), :mod:`._ranges` (ranges and shared units), :mod:`._read` (the scan
of a whole text, :func:`extract`), :mod:`._mention` (what it gives).
"""

from __future__ import annotations

from ._mention import KINDS, MENTION_COLUMNS, Extraction, Mention
from ._patterns import PATTERNS, TextPatterns, compile_patterns
from ._read import extract, extract_with

__all__ = [
    "KINDS",
    "MENTION_COLUMNS",
    "PATTERNS",
    "Extraction",
    "Mention",
    "TextPatterns",
    "compile_patterns",
    "extract",
    "extract_with",
]

# the public names keep the module they are exported from (minestats maps each to this package)
for _public in (Extraction, Mention, TextPatterns, compile_patterns, extract, extract_with):
    _public.__module__ = __name__
del _public
