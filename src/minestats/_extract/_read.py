"""The scan of a whole text: every number found and classified, in text order."""

from __future__ import annotations

import re
from decimal import Decimal

from .._limits import refuse_long_text
from .._words import set_of, trie_pattern
from ._context import before_words, entity_after_year, last_word, qualifier_before
from ._entities import inherit_entities, parts_of_a_whole
from ._layout import FOOTNOTE_BLOCK, grid_separators
from ._locale import convention_for, infer_convention, read_number
from ._mention import Extraction, Mention
from ._patterns import NOTHING_AFTER, PATTERNS, REFERENCE_WORDS, WEAK_REFERENCE_WORDS, TextPatterns
from ._ranges import carry_currencies, join_ranges, propagate_units
from ._scan import GLUED_MULTIPLIER, Scan
from ._spelled import compound, digit_fraction, word_mention

__all__ = ["extract", "extract_with"]


_MONTH_NAMES = set_of(
    "January February March April May June July August September October November December janvier"
    " février mars avril mai juin juillet août septembre octobre novembre décembre enero febrero"
    " marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre janeiro fevereiro"
    " março maio junho julho setembro outubro novembro dezembro Januar Februar März Juni Juli Oktober"
    " Dezember января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
)
# a day before a month (as written, capitalised or in capitals: "may" alone is a verb), or a day range
_DATE_AFTER = re.compile(
    r"(?:[-–][0-9]{1,2}|\s+(?:and|to|et|au|y|al|e|a|und|bis|и|по)\s+[0-9]{1,2})?\s+(?:(?:de|of)\s+)?(?:"
    + trie_pattern(sorted({v for m in _MONTH_NAMES for v in (m, m[:1].upper() + m[1:], m.upper())}))
    + r"|of\s+the\s+month|du\s+mois|del\s+mes|do\s+mês|des\s+Monats)\b"
)
# "on Tuesday (17)": the day of the month after a weekday
_WEEKDAY = re.compile(
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira"
    r"|quarta-feira|quinta-feira|sexta-feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"[ \t]*\(\Z"
)
# "2019 11 10": a date written with spaces
#: Digits with white space between them: a number grouped by spaces, or a date of three numbers.
_DIGITS_APART = re.compile(r"\d[^\S\n]+\d")
#: What the gaps between a table's number cells are read as: white space that no number spans.
_CELL_GAP = "\x1f"
_SPACED_DATE = re.compile(r"[ \t](?:0?[1-9]|1[0-2])[ \t](?:0?[1-9]|[12][0-9]|3[01])(?![0-9.,])")
# "since 2009 areas were ...": after these a four-digit number is a year
_YEAR_BEFORE = set_of("since until till during depuis desde seit durante с до q1 q2 q3 q4 h1 h2 fy")
# "In 2020 mines killed 14 people", "Officials said that by 2018 deminers had ...": after one of these at
# the start of a clause a four-digit number is a year, whatever noun follows it ("resulted in 2020
# casualties" is a count: "in" there opens no clause)
_YEAR_OPENS = set_of("in by en em dans im в во")
# "between 2015 and 2020", "de 2015 à 2020": after a year and one of these, a later year
_YEAR_JOINS = set_of("and to or y a al e et à au und bis и по")
_CLAUSE_WORDS = set_of("that and but while when as so que y e et mais pero mas und aber dass и но что когда")


_ISO_DATE = re.compile(r"(?:1[89]|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9](?![0-9])")


_DMY_DATE = re.compile(r"[0-3]?[0-9]-[01]?[0-9]-(?:1[89]|20)[0-9]{2}(?![0-9])")


_YEAR_SPAN = re.compile(r"(?:1[89]|20)[0-9]{2}[-–][0-9]{2}(?![0-9])")  # "1977-79"


_DOT_DATE = re.compile(r"[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}")


_SYMBOL_AFTER = re.compile(r"-[0-9]{4,}")


_LIST_GAP = re.compile(
    r"[ \t\n]*(?:[,;&][ \t\n]*)*(?:(?:and|or|to)[ \t\n]+)?|[ \t]*[-–][ \t]*|[ \t\n]+[A-Z]{2,6}[ \t\n]+"
)


_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")


_ADDRESS = re.compile(r"[^\s@<>\"(),;:]+@[\w-]+\.[\w.-]+")


_CLOCK_AFTER = re.compile(r":[0-9]{2}\b")


_OTHER_CALENDAR = re.compile(r"[ \t]*\((?:1[89]|20)[0-9]{2}\)")


_PARAGRAPH_NUMBER = re.compile(r"\.[ \t]+[A-ZА-ЯЁ“\"]")


# "12 IEDs were removed", "5 MDD teams": an acronym in the plural, or one before a plural noun, after a
# number at the start of a line is what it counts, not the text of a footnote ("3 UN document A/78/1")
_ACRONYM_COUNTED = re.compile(r"[ \t]+[A-Z]{2,6}(?:s\b|[ \t]+[a-z]+s\b)")


_NO_WORD_END = frozenset(",;:)%]")  # how no word that `last` is looked up for ends


_OF_YEAR = set_of("года году год г. année an año ano")  # "2025 года": the year 2025, not 2025 years


_MONTHS = set_of(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    " janvier février mars avril juin juillet août septembre octobre novembre décembre enero febrero"
    " marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)


def extract_with(text: str, patterns: TextPatterns, locale: str | None = None) -> Extraction:
    """Every numeric mention of ``text``, reading the vocabulary ``patterns`` was compiled from.

    Examples
    --------
    >>> from minestats._extract import compile_patterns
    >>> [m.unit for m in extract_with("3.6% and 2 pp", compile_patterns())]
    ['percent', 'percentage points']
    """
    convention = convention_for(locale) if locale else infer_convention(text)
    scan = Scan(text, patterns, convention)
    scanner, at_start, next_word = patterns.scan(scan.language)
    links = _links(text)
    mentions: list[Mention] = []
    skip_until = 0
    list_kind: str | None = None
    list_end = -1
    size = len(text)
    first = at_start.match(text)
    matches = scanner.finditer(text)
    decimal = convention.decimal
    link_index = 0
    next_link = links[0][0] if links else size + 1  # where the first link not yet passed starts
    for match in [first, *matches] if first else matches:
        digits_end = match.end("num")  # -1 for a word
        if digits_end >= 0:
            start = match.start()
            number = text[start:digits_end]
        else:
            start = match.start("word" if match["word"] is not None else "vague")
        if start < skip_until:
            continue
        if start >= next_link:  # else no link holds it, nor is one passed
            while link_index < len(links) and links[link_index][1] <= start:
                link_index += 1
            if link_index < len(links) and links[link_index][0] <= start:
                left, right = links[link_index]
                while right > left and text[right - 1] in '.,;:)”"’':
                    right -= 1
                if start < right:
                    mentions.append(scan.plain(left, right, "symbol"))
                    skip_until = right
                    continue
            next_link = links[link_index][0] if link_index < len(links) else size + 1
        if digits_end < 0:
            mention = word_mention(scan, match, next_word)
            if mention is not None:
                mentions.append(mention)
                skip_until = mention.end
            continue
        end = match.end()
        kind: str | None = None
        prev = text[start - 1] if start else ""
        nxt = text[end] if end < size else ""
        # -- what the characters around it say ---------------------------------
        if nxt == "/" and len(number) <= 2 and last_word(text, start) not in REFERENCE_WORDS:
            shared = digit_fraction(scan, start)
            if shared is not None:
                mentions.append(shared)
                skip_until = shared.end
                continue
        if (
            prev == "/"
            or (nxt == "/" and not _currency_after(text, end + 1, patterns))
            or (prev == "(" and start >= 2 and text[start - 2].isalnum())
            or (nxt == "-" and _SYMBOL_AFTER.match(text, end) and not _year_range(text, number, end))
        ):
            kind = "symbol"
        elif prev == "[" and nxt == "]":
            kind = "footnote"
        elif prev == "-" and start >= 2 and text[start - 2].isalpha():
            kind = "symbol"
        elif prev.isalpha():
            kind = "symbol" if prev.isupper() else "footnote"
        elif prev in '.,;:”"’)' and start >= 2 and text[start - 2].isalpha() and len(number) <= 2:
            kind = "footnote"
        elif match["ord"]:
            kind = "ordinal"
        elif (prev in ":+-−" or nxt == ":") and _is_time(text, start, end, prev, nxt):
            kind = "time"
        if kind == "symbol":
            left = start
            while left > skip_until and not text[left - 1].isspace():
                left -= 1
            while left < start and text[left] in "(“\"‘'[":
                left += 1
            right = end
            while right < size and not text[right].isspace():
                right += 1
            while right > end and text[right - 1] in '.,;:”"’':
                right -= 1
            mentions.append(scan.plain(left, right, "symbol"))
            skip_until = right
            continue
        if kind == "time":
            right = end
            while right < size and (text[right].isdigit() or text[right] == ":"):
                right += 1
            mentions.append(scan.plain(start, right, "time"))
            skip_until = right
            continue
        if kind is not None:
            value = read_number(number, scan.convention.decimal)[0] if kind == "ordinal" else None
            mentions.append(
                scan.plain(start, end, kind, value if value is not None else _plain_value(number))
            )
            skip_until = end
            continue
        dot_date = _DOT_DATE.match(text, start) if number.count(".") == 2 else None
        if dot_date is not None and dot_date.end() == end and len(number) >= 8:
            mentions.append(scan.plain(start, end, "date"))
            skip_until = end
            continue
        iso_date = _ISO_DATE.match(text, start) if nxt == "-" and len(number) == 4 else None
        if iso_date is None and nxt in "-–" and number.isdigit():
            iso_date = _DMY_DATE.match(text, start) or _YEAR_SPAN.match(text, start)
        if iso_date is not None:
            span_kind = "year" if iso_date.re is _YEAR_SPAN else "date"
            mentions.append(scan.plain(start, iso_date.end(), span_kind))
            skip_until = iso_date.end()
            continue
        if len(number) > 40:  # too long for one number: malformed below, whatever its value
            value, ambiguous = None, False
        elif number.isdigit():  # read_number's first case, without the call
            value, ambiguous = Decimal(number), False
        else:
            value, ambiguous = read_number(number, decimal)
        glued = nxt.isalpha()
        if (value is None or len(number) > 40) and not glued:
            mentions.append(scan.plain(start, end, "malformed"))  # as below, without reading a unit
            skip_until = end
            continue
        after = None  # what follows it, read only where that is asked
        if glued:
            after = patterns.after_match(text, end)
            if after.end() == end and _code_after(text, end) and not _money_glued(text, start, end, patterns):
                # digits glued to letters that are no unit: a code or a file size ("4.31Mb", "13MSP")
                right = end
                while right < size and (text[right].isalnum() or text[right] in "-_"):
                    right += 1
                mentions.append(scan.plain(start, right, "symbol"))
                skip_until = right
                continue
        if value is None or len(number) > 40:
            mentions.append(scan.plain(start, end, "malformed"))
            skip_until = end
            continue
        # -- lists: "resolutions 822 (1993), 853 (1993) and 884", "items 18, 32 and 98"
        if (
            list_kind is not None
            and 0 < start - list_end <= 40
            and _LIST_GAP.fullmatch(text, list_end, start)
        ):
            kind = list_kind
        else:
            # "" after no white space, or after a mark that ends no word of the sets it is looked up in
            # ("killed, 12"): no call
            last = last_word(text, start) if prev.isspace() and text[start - 2] not in _NO_WORD_END else ""
            if last in REFERENCE_WORDS:
                if last in WEAK_REFERENCE_WORDS:
                    # "route 50 km": a unit after the number makes it a quantity after all
                    pattern = patterns.after_pattern(text, end)
                    after = None if pattern is NOTHING_AFTER else pattern.match(text, end)
                    if after is None or after.end() == end:
                        kind = REFERENCE_WORDS[last]
                else:
                    kind = REFERENCE_WORDS[last]
        if kind is not None:
            mentions.append(scan.plain(start, end, kind, value))
            list_kind, list_end = kind, end
            skip_until = end
            continue
        if after is None:
            # no match where nothing can follow it (most numbers): one is made if it is a quantity
            pattern = patterns.after_pattern(text, end)
            after = None if pattern is NOTHING_AFTER else pattern.match(text, end)
        whole = number.isdigit()
        count = int(number) if whole else -1  # its value, as an int, for whole digits
        calendar = whole and len(number) == 4 and 1800 <= count <= 2100  # the digits of a year
        unitless = after is None or after.end() == end
        if after is not None and not unitless and calendar:
            word = text[after.end() - 1 : after.end()]
            heading = text[end : after.end()].strip()
            if (
                heading[:1].isupper() and heading[:1].isalpha() and word.isalpha()
            ) or heading.lower() in _OF_YEAR:
                unitless = True
        # -- dates and years -----------------------------------------------------
        day = whole and count <= 31
        # each pattern after a number starts with what its first character test tells (no call otherwise)
        day_after = day and (nxt.isspace() or nxt in "-–") and _DATE_AFTER.match(text, end) is not None
        if day and prev == "(" and _WEEKDAY.search(text, max(0, start - 16), start):
            day_after = True
        spaced = _SPACED_DATE.match(text, end) if calendar and nxt in " \t" else None
        if spaced is not None:
            mentions.append(scan.plain(start, spaced.end(), "date"))
            skip_until = spaced.end()
            continue
        if (
            day
            and unitless
            and not day_after
            and mentions
            and mentions[-1].kind == "date"
            and _day_range(text, mentions, start)
        ):
            day_after = True  # "between June 1 and 15": the second day
        if day_after or (unitless and whole and last in _MONTHS):
            kind = "date" if day_after or len(number) != 4 else "year"
        elif not (unitless and whole):
            pass  # a unit after it, or more than digits: a quantity
        elif calendar:
            if (
                (nxt in " \t(" and _OTHER_CALENDAR.match(text, end))
                or last in _YEAR_BEFORE
                or (
                    # "over 2018–2022": the first of two years (but "some 1900-2000 mines": a range)
                    nxt in "-–"
                    and _starts_later_year(text, end + 1, count)
                    and entity_after_year(text, end + 5, patterns.stop, scan.language) is None
                )
                or (
                    (
                        last not in patterns.qualifier_ends  # then no words before it spell a qualifier
                        or qualifier_before(text, start, before_words(text, start, patterns.depth), patterns)
                        is None
                    )
                    and (
                        entity_after_year(text, end, patterns.stop, scan.language) is None
                        # a noun after it, but the words before say it is a year
                        or (last in _YEAR_OPENS and _opens_clause(text, start))
                        # the second of two years ("the 2021-2025 strategy", "between 2015 and 2020")
                        or (prev in "-–" and _year_ends(mentions, start - 1))
                        or (last in _YEAR_JOINS and _year_ends(mentions, _word_before(text, start)))
                    )
                )
            ):
                kind = "year"
        elif len(number) == 4 and nxt in " \t(" and _OTHER_CALENDAR.match(text, end):
            kind = "year"
        elif prev not in " \t\n":  # ("" at the start of the text is in it)
            pass  # more than spaces before it on its line: no paragraph, footnote or page number
        elif (
            len(number) <= 3 and _starts_line(text, start) and _PARAGRAPH_NUMBER.match(text, end) is not None
        ):
            kind = "reference"
        elif (
            len(number) <= 2
            and _starts_line(text, start)
            and FOOTNOTE_BLOCK.match(text, start)
            and _ACRONYM_COUNTED.match(text, end) is None
        ):
            kind = "footnote"
        elif (
            start not in scan.cells
            and _alone_on_line(text, start, end)
            and not (_next_line_number(text, end) or _previous_line_number(text, start))
        ):
            kind = "page"
        if kind is not None:
            mention = scan.plain(start, end, kind, value)
            mentions.append(mention)
            if list_kind is not None and 0 < start - list_end <= 4 and text[list_end:start].strip() == "(":
                list_end = end + 1 if text.startswith(")", end) else end
            skip_until = end
            continue
        list_kind = None
        phrases = before_words(text, start, patterns.depth) if last in patterns.qualifier_ends else []
        if after is None:
            after = NOTHING_AFTER.match(text, end)
            assert after is not None  # everything in it is optional
        quantity = scan.quantity(start, end, value, phrases, ambiguous=ambiguous, after=after)
        assert quantity is not None
        if after["mult"]:
            quantity = compound(scan, quantity, after)
        mentions.append(quantity)
        skip_until = quantity.end
    mentions = parts_of_a_whole(text, mentions, scan.after_verb)
    mentions = inherit_entities(
        text, join_ranges(text, propagate_units(text, mentions)), language=scan.language
    )
    mentions = carry_currencies(mentions, patterns.multipliers)
    if scan.totals:
        mentions = [
            m._replace(total_of=scan.totals[m.start])
            if m.kind == "quantity" and m.start in scan.totals
            else m
            for m in mentions
        ]
    return Extraction(tuple(mentions), convention.locale)


def _currency_after(text: str, position: int, patterns: TextPatterns) -> bool:
    """ "$15,204,310/€12,118,040": an amount after the slash, in a currency."""
    return any(text.startswith(prefix, position) for prefix in patterns.prefix_units)


def _money_glued(text: str, start: int, end: int, patterns: TextPatterns) -> bool:
    """ "$1.2M", "£3BN": a multiplier glued to an amount after a currency sign, no code."""
    return (
        patterns.prefixes is not None
        and GLUED_MULTIPLIER.match(text, end) is not None
        and patterns.prefixes.search(text, max(0, start - 6), start) is not None
    )


def _code_after(text: str, end: int) -> bool:
    """Letters glued to the digits that make a code or a size (``4.31Mb``, ``13MSP``), not a word."""
    right = end
    while right < len(text) and right - end < 12 and (text[right].isalnum()):
        right += 1
    glued = text[end:right]
    return any(c.isupper() or c.isdigit() for c in glued)


def _links(text: str) -> list[tuple[int, int]]:
    """The spans of web addresses and e-mail addresses, in text order."""
    spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        # a link starts with "http" or "www.": matched where those are (str.find runs in C), not tried
        # at every character as finditer would
        starts = sorted(_finds(text, "http") + _finds(text, "www."))
        reached = 0
        for start in starts:
            if start < reached:
                continue
            link = _LINK.match(text, start)
            if link is not None:
                spans.append(link.span())
                reached = link.end()
    at = text.find("@")
    while at >= 0:
        left = at
        while left > 0 and not text[left - 1].isspace() and at - left < 64:
            left -= 1
        found = _ADDRESS.search(text, left, at + 256)
        if found is not None and found.start() <= at < found.end():
            spans.append(found.span())
            at = text.find("@", found.end())
        else:
            at = text.find("@", at + 1)
    return sorted(spans)


def _finds(text: str, word: str) -> list[int]:
    """Every place ``word`` starts in ``text``."""
    found = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _is_time(text: str, start: int, end: int, prev: str, nxt: str) -> bool:
    """ "16:19", "UTC+04:00": a clock time or a time-zone offset."""
    if nxt == ":" and _CLOCK_AFTER.match(text, end):
        return True
    if prev == ":":
        return start >= 2 and text[start - 2].isdigit()
    return prev in "+-−" and start >= 4 and text[start - 4 : start - 1] in ("UTC", "GMT")


def _plain_value(number: str) -> Decimal | None:
    digits = number.replace(",", "")
    return Decimal(digits) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", digits) else None


_NEXT_NUMBER_LINE = re.compile(
    r"[ \t\r]*\n(?:[ \t\r]*\n){0,4}[ \t]{0,8}[-+]?[0-9][0-9.,'’ \u00a0\u202f]{0,30}"
    r"(?:\[[0-9]+\])?[ \t%]{0,4}(?:\n|\Z)"
)


def _next_line_number(text: str, end: int) -> bool:
    return _NEXT_NUMBER_LINE.match(text, end) is not None


def _previous_line_number(text: str, start: int) -> bool:
    window = text[max(0, start - 80) : start].rstrip(" \t")
    lines = [line.strip() for line in window.split("\n")[:-1] if line.strip()]
    return (
        bool(lines)
        and re.fullmatch(r"[-+]?[0-9][0-9.,'’ \u00a0\u202f]*(?:\[[0-9]+\])?%?", lines[-1]) is not None
    )


def _year_range(text: str, number: str, end: int) -> bool:
    """ "2019-2020": two calendar years, not a document number."""
    after = _SYMBOL_AFTER.match(text, end)
    if after is None or len(number) != 4 or not number.isdigit() or len(after.group()) != 5:
        return False
    first, second = int(number), int(after.group()[1:])
    return 1800 <= first < second <= 2100


def _word_before(text: str, start: int) -> int:
    """Where the text before the word before ``start`` ends, white space left out."""
    index = start - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    while index >= 0 and text[index].isalpha():
        index -= 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index + 1


def _starts_later_year(text: str, start: int, year: int) -> bool:
    """Whether a year after ``year`` starts at ``start`` ("over 2018–2022": the first is a year too)."""
    digits = text[start : start + 4]
    return (
        len(digits) == 4
        and digits.isdigit()
        and not text[start + 4 : start + 5].isdigit()
        and year < int(digits) <= 2100
    )


_DAY_JOINS = frozenset(["and", "to", "-", "–", "et", "au", "y", "al", "a", "e", "bis", "und", "и", "по"])


def _day_range(text: str, mentions: list[Mention], start: int) -> bool:
    """Whether a day of a month ends just before ``start``, joined to it by "and", "to" or a dash."""
    if not mentions or mentions[-1].kind != "date" or start - mentions[-1].end > 6:
        return False
    return text[mentions[-1].end : start].strip().lower() in _DAY_JOINS


def _year_ends(mentions: list[Mention], end: int) -> bool:
    """Whether the last mention read is a year that ends at ``end``."""
    return bool(mentions) and mentions[-1].kind == "year" and mentions[-1].end == end


def _opens_clause(text: str, start: int) -> bool:
    """Whether the word before ``start`` opens a sentence or a clause: nothing but a mark that ends one
    (or a word that joins one, "that", "and", "que") before it."""
    index = start - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    while index >= 0 and text[index].isalpha():
        index -= 1
    while index >= 0 and text[index] in " \t\n\r\u00a0":
        index -= 1
    if index < 0 or text[index] in '.!?;:,("“«—–\n':
        return True
    end = index + 1
    while index >= 0 and text[index].isalpha():
        index -= 1
    return text[index + 1 : end].lower() in _CLAUSE_WORDS


def _starts_line(text: str, start: int) -> bool:
    """Only spaces or tabs between the last line break (or the start) and ``start``."""
    index = start - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index < 0 or text[index] == "\n"


def _ends_line(text: str, end: int) -> bool:
    """Only spaces or tabs between ``end`` and the next line break (or the end)."""
    index = end
    size = len(text)
    while index < size and text[index] in " \t\r":
        index += 1
    return index >= size or text[index] == "\n"


def _alone_on_line(text: str, start: int, end: int) -> bool:
    return _starts_line(text, start) and _ends_line(text, end)


def extract(text: str, locale: str | None = None) -> Extraction:
    """Every numeric mention of ``text``, each classified.

    Parameters
    ----------
    text : str
        Plain text: a letter, a report, a press release.
    locale : str, optional
        How the text writes numbers (``"en"``, ``"fr"``, ``"es-CO"``): its
        decimal mark (CLDR data, through Babel) and the language of its
        number words and qualifiers. By default it is inferred from the
        text's unambiguous numbers and common words; a number such as
        ``1,234`` that nothing decides is read the English way and marked
        ``ambiguous``.

    Returns
    -------
    Extraction
        The mentions in text order; ``.quantities`` are the stated
        quantities and ``.to_frame()`` gives a DataFrame.

    Raises
    ------
    DataError
        For a locale that Babel does not know.

    Examples
    --------
    >>> found = extract("The minefields cover about 11,258 square kilometres; 14.2 per cent"
    ...                 " was cleared by 2024 (see A/78/908, para. 9).")
    >>> [(m.kind, m.stated, m.unit, m.qualifier) for m in found]  # doctest: +NORMALIZE_WHITESPACE
    [('quantity', '11258', 'km²', 'about'), ('quantity', '14.2', 'percent', None),
     ('year', '2024', None, None), ('symbol', None, None, None), ('reference', '9', None, None)]
    >>> extract("an estimated 1.5 million landmines")[0].value
    Decimal('1.5E+6')
    >>> [(m.value, m.unit) for m in extract("Déminage de 312,48 hectares, soit 4,7 %.", locale="fr")]
    [(Decimal('312.48'), 'ha'), (Decimal('4.7'), 'percent')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs text (str), not {type(text).__name__}")
    refuse_long_text(text)  # the bound of every text audited or extracted (audit and draft call extract)
    found = extract_with(text, PATTERNS, locale)
    if not any(" " in m.text and _DIGITS_APART.search(m.text) for m in found):
        return found  # no number with spaces between its digits: no table row was misread
    gaps = grid_separators(text)
    if not gaps:
        return found
    # the cells of a table laid out a row a line: read with their gaps as a separator no number spans
    # (the text keeps its length, so every position holds), then each mention's words restored
    cells = list(text)
    for start, end in gaps:
        cells[start:end] = _CELL_GAP * (end - start)
    found = extract_with("".join(cells), PATTERNS, locale)
    return Extraction(tuple(_restored(m) for m in found), found.locale)


def _restored(mention: Mention) -> Mention:
    """``mention`` with a space for each gap between table cells that its text, quote or words hold."""
    if _CELL_GAP not in mention.text + mention.quote + (mention.words or ""):
        return mention
    return mention._replace(
        text=mention.text.replace(_CELL_GAP, " "),
        quote=mention.quote.replace(_CELL_GAP, " "),
        words=mention.words.replace(_CELL_GAP, " ") if mention.words else mention.words,
    )
