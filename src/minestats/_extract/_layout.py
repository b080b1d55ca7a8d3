"""Where a mention sits: blocks (paragraphs and footnotes), sentences, pages, and table columns."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence

from .._words import set_of

__all__ = [
    "ABBREVIATIONS",
    "FOOTNOTE_BLOCK",
    "Layout",
    "flattened_tables",
    "grid_separators",
    "table_totals",
    "table_units",
]


# a gap that may start a paragraph: a blank line (group 1), an indented line (2), a form feed (3), or in
# a text that writes a paragraph a line, a line break (no group)
_PARAGRAPH = re.compile(r"\n[ \t]*(\n)\s*|\n([ \t]+)|(\f)\s*")
_PARAGRAPH_OR_LINE = re.compile(r"\n[ \t]*(\n)\s*|\n([ \t]+)|(\f)\s*|\n")
# the same two in a text with no form feed, each starting with its one character (the regex engine then
# finds the next line break as str.find does, where a first character of a class is tried at each one)
_PARAGRAPH_NO_FEED = re.compile(r"\n(?:[ \t]*(\n)\s*|([ \t]+))")
_PARAGRAPH_OR_LINE_NO_FEED = re.compile(r"\n(?:[ \t]*(\n)\s*|([ \t]+)|)")
_BLANK, _INDENT, _FEED = 1, 2, 3  # what the gap is: the group that matched (None for a line break)
# the end of a sentence, after a full stop, an exclamation or a question mark: a pattern for each mark,
# which starts with it (found as str.find would, where a class first is tried at each character); none
# of their matches can hold another's mark, so together they find what one pattern with "[.!?]" finds
_SENTENCE_AFTER = r"[\"”’)]*\s+(?=[A-ZА-ЯЁÀ-Ý“\"(*»•¿¡])"
_EXCLAMATION, _QUESTION = (re.compile(re.escape(mark) + _SENTENCE_AFTER) for mark in "!?")
# a full stop ends a sentence unless an abbreviation or an initial is before it: after no letter (the
# class holds every str.isalpha character), or after six characters none a space (a word longer than
# any abbreviation), it ends one; otherwise the characters before it are read (each starts with the stop,
# found as str.find would; together they find what one pattern with "\." finds)
# (the look-ahead first: a stop in digits, "1.5", is refused before any look back)
_FULL_STOP_ENDS = re.compile(r"\.(?=[\"”’)\s])(?:(?<![^\W\d_]\.)|(?<=\S{6}\.))" + _SENTENCE_AFTER)
_FULL_STOP_READ = re.compile(r"\.(?=[\"”’)\s])(?<=[^\W\d_]\.)(?<!\S{6}\.)" + _SENTENCE_AFTER)
FOOTNOTE_BLOCK = re.compile(r"(?:[0-9]{1,2}|[!?®†‡§¹²³⁴⁵⁶⁷⁸⁹])[ \t]+[A-Z“\"]")
_FOOTNOTE_FIRSTS = frozenset("0123456789!?®†‡§¹²³⁴⁵⁶⁷⁸⁹")  # what a FOOTNOTE_BLOCK match starts with
ABBREVIATIONS = set_of("para paras p pp no nos art e.g i.e cf fig vol rev mr mrs ms dr st")


def _ends_block(text: str, position: int) -> bool:
    """Whether the text before ``position`` can end a paragraph (not mid-sentence)."""
    index = position - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    if index < 0:
        return False
    last = text[index]
    if last.isdigit():  # a footnote marker after the full stop: "homes.4"
        return index > 0 and text[index - 1] in '.!?”"’);:'
    return not last.isalnum() and last not in ",-–"


def _hard_wrapped(text: str) -> bool:
    """Whether the lines of ``text`` are wrapped at a width (a letter), not a paragraph each (a web page)."""
    lengths = [len(line) for line in text[:50_000].split("\n") if line.strip()]
    if len(lengths) < 8:
        return True
    short = sum(1 for n in lengths if n <= 100)
    return short >= 0.9 * len(lengths)


class Layout:
    """Blocks (paragraphs and footnotes) and sentences of a text, for fast lookup.

    A blank line, a form feed, or an indented line after the end of a sentence
    starts a block; so does a single line break, in a text whose lines are not
    wrapped at a width (web pages write one paragraph per line).
    """

    def __init__(self, text: str) -> None:
        starts = [0]
        single = not _hard_wrapped(text)
        size = len(text)
        feeds = "\f" in text
        if feeds:
            gaps = (_PARAGRAPH_OR_LINE if single else _PARAGRAPH).finditer(text)
        else:
            gaps = (_PARAGRAPH_OR_LINE_NO_FEED if single else _PARAGRAPH_NO_FEED).finditer(text)
        for m in gaps:
            end = m.end()
            if end >= size:
                continue
            nxt = text[end]
            gap = m.lastindex
            if gap == _BLANK:
                # the character after first: it rules out most gaps without looking back
                if nxt.isupper() or nxt.isdigit() or nxt in '“"*»•!?':
                    # the character before the gap (most often not a space nor a digit) tells without a call
                    gap_start = m.start()
                    last = text[gap_start - 1] if gap_start else ""
                    if last.isspace() or last.isdigit() or not last:
                        if _ends_block(text, gap_start):
                            starts.append(end)
                    elif not last.isalnum() and last not in ",-–":
                        starts.append(end)
            elif gap == _INDENT:
                if nxt.isupper() or nxt in '“"*»•':
                    starts.append(end)
            elif gap == _FEED or not nxt.isspace():  # a form feed, or a line break in a text of such lines
                starts.append(end)
        self.block_starts = starts
        paragraphs: list[int | None] = []
        number = 0
        for index, start in enumerate(starts):
            # the pattern only where its first character is (most blocks start with a letter)
            if index > 0 and text[start] in _FOOTNOTE_FIRSTS and FOOTNOTE_BLOCK.match(text, start):
                paragraphs.append(None)
            else:
                number += 1
                paragraphs.append(number)
        self.paragraphs = paragraphs
        sentence_starts = set(starts)
        sentence_starts.update(m.end() for m in _EXCLAMATION.finditer(text))
        sentence_starts.update(m.end() for m in _QUESTION.finditer(text))
        sentence_starts.update(m.end() for m in _FULL_STOP_ENDS.finditer(text))
        abbreviations = ABBREVIATIONS
        for m in _FULL_STOP_READ.finditer(text):
            # an abbreviation (each ends in a letter) or an initial before a full stop; the last few
            # characters tell, and only after a letter
            dot = m.start()
            if dot and text[dot - 1].isalpha():
                tail = text[max(0, dot - 6) : dot].rsplit(None, 1)
                word = tail[-1].lower() if tail else ""
                if word in abbreviations or (len(word) == 1 and word.isalpha()):
                    continue
            sentence_starts.add(m.end())
        self.sentence_starts = sorted(sentence_starts)
        self.form_feeds = [m.start() for m in re.finditer("\f", text)] if feeds else []

    def block(self, position: int) -> int:
        return bisect_right(self.block_starts, position)

    def sentence(self, position: int) -> int:
        return bisect_right(self.sentence_starts, position)

    def page(self, position: int) -> int | None:
        return bisect_right(self.form_feeds, position) + 1 if self.form_feeds else None


_CELL = re.compile(r"[ \t]*[-+−$€£]?[0-9][0-9.,'’ \u00a0\u202f]{0,30}(?:\[[0-9]{1,3}\])?[ \t%]{0,4}")
# a line break first (not ``^`` in multiline mode): the regex engine then skips to the next one;
# it is searched in the text after a line break, so that its first line is a line too
_CELL_LINE = re.compile(
    r"\n[ \t]{0,8}([-+−$€£]?[0-9][0-9.,'’ \u00a0\u202f]{0,30}(?:\[[0-9]{1,3}\])?)[ \t%]{0,4}(?=\n|\Z)"
)
_CAPTION_UNIT = re.compile(r"\(([^()\n]{1,24})\)")
_MAX_HEADER = 120  # characters of a header or row-label line
_MAX_CELL = 40  # characters of a numeric cell


_TOTAL_ROW = re.compile(
    r"(?i)(?:(sub-?[ ]?totals?|sous-totaux|sous-total|subtotales|subtotal|zwischensumme|промежуточный итог)"
    r"|(grand[ ]total|total général|totals?|totales|totaux|insgesamt|gesamt|summe|итого|всего))[ \t]*:?[ \t]*"
)


def flattened_tables(text: str) -> Iterator[list[list[int]]]:
    """The flattened tables of ``text``: each a list of rows, each row the starts of its numeric cells.

    A flattened table is a run of short lines: header lines, then rows of a
    label line and one line per numeric cell; a row starts at a cell with
    words between it and the cell before.
    """
    cells = [m.start(1) - 1 for m in _CELL_LINE.finditer("\n" + text)]
    index = 0
    while index < len(cells):
        # the cells of one table: each within a few short lines of the one before
        table = [cells[index]]
        index += 1
        while index < len(cells) and _short_lines_between(text, table[-1], cells[index]):
            table.append(cells[index])
            index += 1
        if len(table) < 2:
            continue
        rows: list[list[int]] = [[table[0]]]
        for previous, start in itertools.pairwise(table):
            between = text[text.index("\n", previous) : start]
            if any(line.strip() for line in between.split("\n")):
                rows.append([start])
            else:
                rows[-1].append(start)
        yield rows


def table_units(
    text: str, unit_of: Callable[[str], str | None], tables: Sequence[list[list[int]]] | None = None
) -> dict[int, str]:
    """Units that table captions and column headers give to the bare number cells below them.

    A cell ``n`` lines into a row of ``k`` cells takes the unit of the
    ``k - n``-th header from the last header with a unit in brackets; a
    caption with a unit just above headers that have none (``"Suspected
    area by district (km2)"``) gives it to every cell. Returns the start of
    each such cell (of its first digit) and the unit's name.

    Only the lines around numeric cells are read: the cost is that of one
    pattern search over the text, and a few lines per cell.
    """
    out: dict[int, str] = {}
    for rows in flattened_tables(text) if tables is None else tables:
        headers = [_unit_of_line(line, unit_of) for line in _lines_above(text, rows[0][0])]
        marked = [i for i, unit in enumerate(headers) if unit]
        if not marked:
            continue
        caption = headers[0] if marked == [0] else None
        columns = [] if caption else headers[: marked[-1] + 1]
        for row in rows:
            for position, start in enumerate(row):
                unit = caption
                if len(row) <= len(columns):
                    unit = columns[len(columns) - len(row) + position] or caption
                if unit:
                    out[start] = unit
    return out


def table_totals(text: str, tables: Sequence[list[list[int]]] | None = None) -> dict[int, tuple[int, ...]]:
    """The total cells of flattened tables, each with the cells it totals.

    A row labelled ``Total`` (``Grand total``, ``Totaux``, ``Итого``, ...)
    totals, column by column (counted from the right), the cells above it:
    the subtotals, when rows labelled ``Subtotal`` stand above it, else every
    row since the table's start; a ``Subtotal`` row totals the rows since
    the previous subtotal. A last column headed ``Total`` totals the cells
    beside it in each row of three or more cells. Returns the start of each
    total cell and the starts of its parts, in text order.

    Examples
    --------
    >>> text = "Area\\n\\nNorth\\n\\n12\\n\\nSouth\\n\\n30\\n\\nTotal\\n\\n42\\n"
    >>> totals = table_totals(text)
    >>> [(text[t : t + 2], [text[p : p + 2] for p in parts]) for t, parts in totals.items()]
    [('42', ['12', '30'])]
    """
    out: dict[int, tuple[int, ...]] = {}
    for rows in flattened_tables(text) if tables is None else tables:
        labels = [_label_above(text, row[0]) for row in rows]
        kinds = []
        for label in labels:
            found = _TOTAL_ROW.fullmatch(label)
            kinds.append(None if found is None else "subtotal" if found.group(1) else "total")
        group: list[list[int]] = []  # rows since the last subtotal
        subtotals: list[list[int]] = []
        above: list[list[int]] = []  # every row that is no total
        for row, kind in zip(rows, kinds, strict=True):
            if kind is None:
                group.append(row)
                above.append(row)
                continue
            parts_rows = group if kind == "subtotal" else (subtotals or above)
            for back, start in enumerate(reversed(row)):
                parts = tuple(r[-1 - back] for r in parts_rows if len(r) > back)
                if len(parts) >= 2 or (kind == "total" and subtotals and parts):
                    out[start] = parts
            if kind == "subtotal":
                subtotals.append(row)
                group = []
        header = _lines_above(text, rows[0][0])[:-1]  # the first row's label is the last line above
        width = len(rows[0])
        if width >= 3 and len(header) >= width and _TOTAL_ROW.fullmatch(header[-1]):
            for row in rows:
                if len(row) == width and row[-1] not in out:
                    out[row[-1]] = tuple(row[:-1])
    return dict(sorted(out.items()))


def _label_above(text: str, start: int) -> str:
    """The last line with words above the line at ``start``."""
    end = text.rfind("\n", 0, start)
    while end > 0:
        begin = text.rfind("\n", 0, end)
        line = text[begin + 1 : end].strip()
        if line:
            return line
        end = begin
    return ""


def _unit_of_line(line: str, unit_of: Callable[[str], str | None]) -> str | None:
    found = _CAPTION_UNIT.search(line)
    return unit_of(found.group(1)) if found else None


def _short_lines_between(text: str, first: int, second: int) -> bool:
    end = text.find("\n", first)
    if end < 0 or second - end > 4 * _MAX_HEADER:
        return False
    lines = [line for line in text[end:second].split("\n") if line.strip()]
    return len(lines) <= 3 and all(len(line.strip()) <= _MAX_HEADER for line in lines)


def _lines_above(text: str, start: int) -> list[str]:
    """The short lines above a table's first cell (header lines first, row label last)."""
    begin = text.rfind("\n", 0, start)
    lines: list[str] = []
    while begin > 0 and len(lines) < 8:
        previous = text.rfind("\n", 0, begin)
        line = text[previous + 1 : begin].strip()
        begin = previous
        if not line:
            continue
        if len(line) > _MAX_HEADER or _CELL.fullmatch(line):
            break
        lines.append(line)
    lines.reverse()
    return lines


#: A row of a table laid out a line a row: an optional label, then three or more numbers apart (a footnote
#: marker may follow one: "2009[1]").
_GRID_ROW = re.compile(
    r"^[^\S\n]*(?:[^\W\d_][^\n\d]{0,40}?(?:\[\d{1,3}\])?[^\S\n]+)?\d[\d.,]*(?:\[\d{1,3}\])?(?:[^\S\n]+\d[\d.,]*){2,}"
    r"[^\S\n]*$",
    re.MULTILINE,
)
#: A table's header: three to twelve words, no digits, no sentence.
_GRID_HEADER = re.compile(r"[^\S\n]*[^\W\d_][^\W\d_()/%-]*(?:[^\S\n]+[^\W\d_(][^\W\d_()/%-]*){2,11}[^\S\n]*")
_GRID_TOKEN = re.compile(r"\d[\d.,]*")
_THREE_NUMBERS = re.compile(r"\d[^\S\n]+\d[\d.,]*[^\S\n]+\d")
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")
_GRID_GAP = re.compile(r"(?<=[\d\]])[^\S\n]+(?=\d)")


def grid_separators(text: str) -> list[tuple[int, int]]:
    """The white space between the number cells of tables laid out a row a line.

    ::

        Year Killed Injured Total
        2019 120 452 572
        2020 95 210 305

    Under a header of N words, each row has N numbers (the first column a
    number too) or a label and N - 1 numbers: its spaces part cells, and
    group no digits ("120 452 572" is three cells, not 120,452,572) nor make
    a date ("2019 12 30").

    Examples
    --------
    >>> text = "Year Killed Injured Total\\n2019 120 452 572\\n2020 95 210 305\\n"
    >>> [text[a:b] for a, b in grid_separators(text)]
    [' ', ' ', ' ', ' ', ' ', ' ']
    """
    if text.count("\n") < 2:
        return []
    gaps: list[tuple[int, int]] = []
    done = -1
    # a row holds three numbers apart: only the lines where they stand are tried (most texts have none)
    for three in _THREE_NUMBERS.finditer(text):
        if three.start() <= done:
            continue  # a row of a table already read
        start = text.rfind("\n", 0, three.start()) + 1
        end = text.find("\n", three.end())
        row = _GRID_ROW.match(text, start, end if end >= 0 else len(text))
        if row is None:
            continue
        above = text.rfind("\n", 0, max(0, row.start() - 1)) + 1
        header = text[above : max(above, row.start() - 1)]
        if row.start() == 0 or not _GRID_HEADER.fullmatch(header):
            continue
        columns = len(header.split())
        block: list[re.Match[str]] = []
        at: re.Match[str] | None = row
        while at is not None and at.start() == (block[-1].end() + 1 if block else row.start()):
            cells = len(_GRID_TOKEN.findall(_FOOTNOTE_MARK.sub("", at.group())))
            label = not at.group().lstrip()[:1].isdigit()
            if cells != (columns - 1 if label else columns):
                break
            block.append(at)
            at = _GRID_ROW.match(text, at.end() + 1) if at.end() + 1 < len(text) else None
        if len(block) < 2:
            continue
        for line in block:
            gaps.extend(m.span() for m in _GRID_GAP.finditer(text, line.start(), line.end()))
        done = block[-1].end()
    return gaps
