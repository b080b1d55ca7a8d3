"""One scan of a text: its layout, and the mention a number makes with the words around it."""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from fractions import Fraction
from itertools import accumulate

from .._words import language_words, set_of
from ._context import (
    before_words,
    estimate_before,
    estimate_keys,
    is_noun,
    qualifier_before,
    squeeze,
    title_case,
)
from ._entities import (
    AFTER_VERB,
    GENERIC,
    demonym,
    entity_after,
    entity_before,
    people_of,
    table_entities,
    with_participle,
)
from ._layout import Layout, flattened_tables, table_totals, table_units
from ._locale import Convention
from ._mention import Mention
from ._patterns import GAP, LETTER, TextPatterns
from ._ranges import RANGE_NEXT

__all__ = ["GLUED_MULTIPLIER", "Scan"]

# a word that a table's total row or column starts with (see table_totals)
_TOTAL_WORD = re.compile(r"(?i)total|summe|insgesamt|итого|всего")


_TIME_MULTIPLE = re.compile(rf"(?:{GAP}|-)({LETTER}+)")  # "three decades", "a 30-fold rise"


_SPAN_ADJECTIVES = set_of(
    "previous last past next following consecutive preceding straight full more further additional extra"
    " derniers dernières premiers"
    " premières prochains prochaines précédents précédentes suivants suivantes consécutifs consécutives"
    " últimos últimas primeros primeras próximos próximas anteriores siguientes consecutivos primeiros"
    " primeiras seguintes consecutivas"
)


_PLURAL_END = ("s", "S")  # how the plural of a year or month ends in the languages _SPAN_ADJECTIVES has


# a multiplier glued to an amount after a currency sign: "$4.5m", "£2bn", "US$350k"
GLUED_MULTIPLIER = re.compile(r"(?:mn|m|bn|k)(?![^\W_])", re.IGNORECASE)
_GLUED_POWERS = {"m": 6, "mn": 6, "bn": 9, "k": 3}
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)\b")


_TIMES = set_of("times fold fois veces vezes раза раз mal")  # "ten times", "deux fois": a multiple


# a number word in a list whose noun was named by an earlier count ("seven centres – one in Chad, two in
# Peru"; "a Marinha com duas brigadas, a Polícia com três"): the word after which such an item starts,
_LIST_BEFORE = re.compile(
    r"(?:[,;:–—]|\b(?:and|with|y|con|et|avec|e|com|und|mit|и|с))[ \t]*\Z", re.IGNORECASE
)
# and what follows it: punctuation, or a preposition and a place
_LIST_AFTER = re.compile(
    r"[ \t]*(?:[,;.)]|\Z|(?:in|en|em|no|na|à|au|aux|im|в|y|and|et|e|und|и)[ \t]+"
    r"(?:(?:the|la|le|el|o|a)[ \t]+)?[A-ZÀ-ÝА-Я])"
)


_NOT_COUNTED = set_of("another way hand side day time point thing")  # "one another", "on one hand"


_ONE_NOUN = re.compile(
    rf"(?:{GAP}(?:new|other|more|single|further|additional))?"
    rf"(?:{GAP}[A-Za-z]+/[A-Za-z]+)?"  # "one mine/ERW casualty": the kinds before the noun
    rf"{GAP}([a-z][a-z-]*[a-z])\b(?!-)"
)


class Scan:
    """The state of one scan of a text: the text, its layout, its convention and patterns."""

    def __init__(self, text: str, patterns: TextPatterns, convention: Convention) -> None:
        self.text = text
        self.patterns = patterns
        self.convention = convention
        self.language = convention.language or "en"
        self.cardinals, self.fractions, self.ordinals, self.multiples = language_words(self.language)
        layout = self.layout = Layout(text)
        # the layout's look-ups, read once for each mention: its sentence, found by a search, tells its
        # block and paragraph (each block starts a sentence, so a sentence is in one block)
        self.sentence_starts, self.form_feeds = layout.sentence_starts, layout.form_feeds
        # (each block start is a sentence start: a sentence's block is the count of those up to it)
        blocks = set(layout.block_starts)
        self.block_of = list(accumulate(map(blocks.__contains__, layout.sentence_starts), initial=0))
        self.paragraph_of = [None, *map([None, *layout.paragraphs].__getitem__, self.block_of[1:])]
        self.lowercase_demonyms = self.language not in ("en", "de")  # "colombianos"; but "Libyans"
        self.after_verb: set[int] = set()  # starts of counts whose entity follows "were"
        self.named: dict[int, str] = {}  # sentence to the last noun a count named in it
        # the estimate words, searched once in the whole text where numbers are dense enough for that
        # to cost less than a search of the window before each (about one per 250 characters)
        self.estimate_keys: tuple[list[int], list[int]] | None = None
        self.estimate_budget = len(text) // 250
        tables = list(flattened_tables(text)) if "\n" in text else []
        self.cells = table_units(text, patterns.unit_of, tables) if tables else {}
        self.headed = table_entities(text, tables, self.language) if tables else {}
        self.totals = table_totals(text, tables) if tables and _TOTAL_WORD.search(text) else {}

    def plain(self, start: int, end: int, kind: str, value: Decimal | None = None) -> Mention:
        sentence = bisect_right(self.sentence_starts, start)
        span = self.text[start:end]
        # tuple.__new__ skips the keyword handling of a NamedTuple: this runs once per mention
        return tuple.__new__(
            Mention,
            (start, end, span, kind, value, None, None, None,
             sentence, self.paragraph_of[sentence], self.block_of[sentence],
             span if "\n" not in span else " ".join(span.split()),
             bisect_right(self.form_feeds, start) + 1 if self.form_feeds else None,
             None, None, None, None, None, None, False, None),
        )  # fmt: skip

    def _noun_after(self, end: int) -> bool:
        """Whether a plural noun follows ``end`` after a space ("1.2m people")."""
        word = _WORD_AFTER.match(self.text, end)
        return word is not None and is_noun(word.group(1).lower(), self.language)

    def quantity(
        self,
        start: int,
        number_end: int,
        value: Decimal | None,
        phrases: list[str] | None,
        *,
        words: str | None = None,
        fraction: Fraction | None = None,
        ambiguous: bool = False,
        article: bool = False,
        after: re.Match[str] | None = None,
    ) -> Mention | None:
        """The quantity whose number spans ``start:number_end``, with what follows and precedes it.

        ``phrases`` are :func:`~._context.before_words` at ``start`` (``None``: read here, where asked).
        """
        text, patterns = self.text, self.patterns
        if after is None:
            after = patterns.after_match(text, number_end)
            assert after is not None  # everything in it is optional
        end = after.end()
        mult = after["mult"]
        if mult and value is not None:
            value = value.scaleb(patterns.multipliers[" ".join(mult.lower().split())])
        group = after.lastgroup
        unit = "count" if group is None or group == "mult" else patterns.units[group]
        if text[end : end + 1].isdigit() and unit in patterns.prefix_units.values():
            # "$21,406,275€17,030,118": the sign after is the currency of the next amount
            unit, end = "count", after.end("mult") if mult else number_end
        plus = None
        if end == number_end and number_end < len(text) and text[number_end] in patterns.after_qualifiers:
            plus = patterns.after_qualifiers[text[number_end]]
            end = number_end + 1
        if fraction is not None:
            unit = "fraction"
        following = text[end : end + 1]  # the character after the number and its unit
        if unit == "count" and value is not None and (following.isspace() or following == "-"):
            multiple = _TIME_MULTIPLE.match(text, end)
            word = multiple.group(1).lower() if multiple is not None else ""
            if multiple is not None and word in patterns.time_multiples:
                unit, factor = patterns.time_multiples[word]
                value = value * factor
                end = multiple.end()
            elif multiple is not None and word in _TIMES:
                unit, end = "times", multiple.end()
            elif multiple is not None and word in _SPAN_ADJECTIVES:
                # "the three previous years": a duration with an adjective between; but "rose to 340
                # last year": a singular "year" after "last" is when, not how long (unless one)
                span = patterns.after_match(text, multiple.end())
                if span is not None and span.lastgroup in patterns.units:
                    spanned = patterns.units[span.lastgroup]
                    if spanned in ("year", "month") and (
                        value == 1 or text[span.end() - 1 : span.end()] in _PLURAL_END
                    ):
                        unit, end = spanned, span.end()
        # a currency before the number
        sign = None
        currency = None
        first = start
        ends = patterns.prefix_ends
        if (
            patterns.prefixes is not None
            and start
            and (
                text[start - 1] in ends
                or (text[start - 1] in " \t\u00a0" and start >= 2 and text[start - 2] in ends)
            )
        ):
            window = text[max(0, start - 6) : start]
            found = patterns.prefixes.search(window)
            if (
                found is not None
                and found.group()[0] == "$"
                and found.start()
                and window[found.start() - 1].isalpha()
            ):
                found = None  # "NZ$", "HK$": a dollar, but not one the vocabulary has
            if found is not None:
                code = patterns.prefix_units[found.group().rstrip(" \t\u00a0")]
                if unit in ("count", code):
                    unit = code
                    first = start - len(window) + found.start()
        if end == number_end and not mult and value is not None and following.isalpha():
            glued = GLUED_MULTIPLIER.match(text, end)
            priced = first != start  # a currency sign before it
            if glued is not None and (priced or unit == "count"):
                # "$4.5m", "£2bn", "1.2m people", "3bn dollars": a multiplier glued to the number
                then = None if priced else patterns.after_match(text, glued.end())
                if then is not None and then.lastgroup in patterns.units and then.end() > glued.end():
                    unit, end = patterns.units[then.lastgroup], then.end()
                elif priced or self._noun_after(glued.end()):
                    end = glued.end()
                if end != number_end:
                    value = value.scaleb(_GLUED_POWERS[glued.group().lower()])
        if (
            unit not in ("count", "fraction", "percent", "percentage points")
            and unit.isupper()
            and len(unit) == 3
        ):
            currency = unit
        if first == start and start and text[start - 1] in "-−+" and value is not None:
            before = text[start - 2] if start >= 2 else " "
            if before.isspace() or before in "(:;=":
                sign = "+" if text[start - 1] == "+" else "-"
                first = start - 1
                if sign == "-":
                    value = -value
        entity = None
        quote_end = end
        sentence = bisect_right(self.sentence_starts, start)
        listed = (
            words is not None
            and unit == "count"
            and not mult
            and sentence in self.named
            and _LIST_BEFORE.search(text, max(0, start - 8), start) is not None
        )
        if article and not mult and unit == "count" and fraction is None:
            # "one" counts only with the noun after it ("one new project"); "un", "una" are articles
            item = listed and _LIST_AFTER.match(text, end) is not None
            single = _ONE_NOUN.match(text, end) if words and words.lower() == "one" and not item else None
            if listed and single is None and not item:
                single = _ONE_NOUN.match(text, end)
                named = self.named[sentence].lower()
                if single is not None and not named.startswith(single.group(1).lower()):
                    single = None  # "com uma brigada" after "duas brigadas": a brigade of the list
            if item:
                entity = None  # "one in the DRC": an item of the list
            elif (
                single is None or single.group(1).lower() in patterns.stop or single.group(1) in _NOT_COUNTED
            ):
                return None
            else:
                entity, quote_end = with_participle(text, single.group(1), single.end())
        elif unit == "count":
            entity, quote_end = entity_after(text, end, patterns.stop, self.language, first)
            if quote_end == AFTER_VERB:
                quote_end = end
                self.after_verb.add(first)
            if (
                entity is not None
                and (entity[0].isupper() or self.lowercase_demonyms)
                and " " not in entity
                and demonym(entity, self.language)
            ):
                # "46,000 Libyans": people, of a country
                entity, quote_end = people_of(text, entity, first, max(quote_end, end), self.language)
            elif entity is None or entity.lower() in GENERIC:  # else entity_before gives the entity itself
                entity = entity_before(text, first, self.language, entity)
            if entity is None and start in self.cells:
                unit = self.cells[start]
            elif entity is None:
                entity = self.headed.get(start)
        if (
            words is not None
            and unit == "count"
            and entity is None
            and not mult
            and not RANGE_NEXT.match(text, end)
            and not (listed and _LIST_AFTER.match(text, end))
        ):
            return None
        if (
            words is not None
            and unit != "count"
            and title_case(text[start:end])
            and (self.language != "de" or "-" in text[start:end])  # German capitalises every noun
        ):
            return None  # "Five-Year Support": a title
        qualifier = None
        quote_start = first
        if first != start or phrases is None:
            phrases = before_words(text, first, patterns.depth)
        found_q = qualifier_before(text, first, phrases, patterns) if phrases else None
        if found_q is not None:
            qualifier, quote_start = found_q
        elif plus is not None:
            qualifier = plus
        elif value is not None:
            keys = self.estimate_keys
            if keys is None:
                self.estimate_budget -= 1
                if self.estimate_budget < 0:
                    keys = self.estimate_keys = estimate_keys(text)
            estimate = estimate_before(text, first, keys)
            if estimate is not None:
                qualifier, quote_start = "estimated", min(estimate, first)
        if unit == "count" and entity is not None:
            self.named[sentence] = entity
        page = bisect_right(self.form_feeds, start) + 1 if self.form_feeds else None
        return tuple.__new__(
            Mention,
            (first, end, text[first:end], "quantity", value, unit, entity, qualifier,
             sentence, self.paragraph_of[sentence], self.block_of[sentence],
             squeeze(text[quote_start:quote_end if quote_end > end else end]), page,
             None, None, sign, currency, words, fraction, ambiguous, None),
        )  # fmt: skip
