"""Totals of tables flattened into text, and of lines that break a whole down.

A table copied from a web page or a PDF often arrives one cell a line:
a header, then each row's label and its figures, then a ``Total`` row (and
``Subtotal`` rows for groups of rows). :func:`table_totals` reads such a
table back: the figures of each column above a ``Total`` row are its parts,
column by column. It reads only what it can see whole: every row above the
total has as many figures as the total row, and the walk up must reach the
table's header (several lines without figures). A table cut off at the top,
or with a row it cannot align, gives no total.

:func:`summary_totals` reads the key-value lines of a summary box: a
``Total: 40 (2021: 25)`` line, then lines of labelled cells (``Mines: 31
(2021: 20) UXO: 9 (2021: 5)``), each with the same columns (the value, and
the value of an earlier year in parentheses). The cells right under the total
are its parts; a block of cells under a heading of its own is read as parts
only when its labels name the sides of an exhaustive partition (killed and
injured).

:func:`line_totals` reads lines that name the sides of an exhaustive
partition under a line that names the whole, each with its figures in the
same units::

    Land released 2.50 km2 (2,504,000 m2)
    Land cleared 2.10 km2 (2,100,000 m2)
    Land cancelled 0.0040 km2 (4,000 m2)
    Land reduced 0.40 km2 (400,000 m2)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .._vocab import ClaimKind
from ._entities import PARTITIONS, WHOLES, partition_of
from ._figures import Item
from ._totals import Total

__all__ = ["line_totals", "row_totals", "summary_totals", "table_totals", "tables"]

#: A line that is a "Total" label (blanks within the line only: "\\s" ran over every following line).
_HAS_TOTAL = re.compile(
    r"^[^\S\n]*(?:sub-?[^\S\n]*)?totals?[^\S\n]*:?[^\S\n]*$", re.IGNORECASE | re.MULTILINE
)
_TOTAL_LABEL = re.compile(r"\s*(?P<sub>sub-?\s*)?totals?\s*:?\s*", re.IGNORECASE)
_CELL_REST = re.compile(r"\s*(?:\[\d{1,3}\])?\s*")
_WORDS = re.compile(r"[^\W\d_]+")

#: A run of this many lines without figures above a row is the table's header.
_HEADER_LINES = 3


@dataclass
class _Line:
    start: int
    end: int
    text: str
    items: list[Item]


def _lines(text: str, items: list[Item]) -> list[_Line]:
    """The non-blank lines of ``text`` with the items on each, in order."""
    lines: list[_Line] = []
    position = 0
    ordered = sorted(items, key=lambda i: i.mention.start)
    starts = [i.mention.start for i in ordered]
    ends = [i.mention.end for i in ordered]
    count = len(ordered)
    k = 0
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        if not raw or raw.isspace():  # a blank line (what strip() would leave empty): none kept
            continue
        while k < count and starts[k] < start:
            k += 1
        j = k
        while j < count and ends[j] <= end:
            j += 1
        lines.append(_Line(start, end, raw, ordered[k:j]))
    return lines


def _cell(text: str, line: _Line) -> Item | None:
    """The one figure a line holds when the line is nothing else (a footnote marker aside)."""
    if len(line.items) != 1:
        return None
    item = line.items[0]
    rest = text[line.start : item.mention.start] + text[item.mention.end : line.end]
    return item if _CELL_REST.fullmatch(rest) else None


def _runs(text: str, lines: list[_Line]) -> list[tuple[bool, list[_Line]]]:
    """Lines grouped into runs of figure cells (True) and of other lines (False)."""
    runs: list[tuple[bool, list[_Line]]] = []
    for line in lines:
        is_cell = _cell(text, line) is not None
        if runs and runs[-1][0] == is_cell:
            runs[-1][1].append(line)
        else:
            runs.append((is_cell, [line]))
    return runs


def tables(text: str, items: list[Item]) -> list[Total]:
    """The totals of :func:`table_totals` and :func:`line_totals`, the text's lines read once."""
    known = [i for i in items if i.base is not None and i.dimension != "ratio"]
    lines = _lines(text, known)
    return [
        *table_totals(text, items, lines),
        *line_totals(text, items, lines),
        *summary_totals(text, items, lines),
        *row_totals(text, items, lines),
    ]


def table_totals(text: str, items: list[Item], lines: list[_Line] | None = None) -> list[Total]:
    """The ``Total`` and ``Subtotal`` rows of tables flattened one cell a line, with their parts.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> cells = ["Areas", "District", "Area (m2)", "Alpha", "1,200", "Beta", "300", "Total", "1,500"]
    >>> text = "\\n\\n".join(cells)
    >>> found = table_totals(text, items(text, extract(text), {}))
    >>> [(t.total.figure.value, [p.figure.value for p in t.parts]) for t in found]
    [(Decimal('1500'), [Decimal('1200'), Decimal('300')])]
    """
    if not _HAS_TOTAL.search(text):
        return []
    if lines is None:
        known = [i for i in items if i.base is not None and i.dimension != "ratio"]
        lines = _lines(text, known)
    runs = _runs(text, lines)
    found: list[Total] = []
    for r in range(1, len(runs)):
        is_cells, cells = runs[r]
        label = runs[r - 1][1][-1]
        match = _TOTAL_LABEL.fullmatch(label.text)
        if not is_cells or match is None:
            continue
        width = len(cells)
        rows = _rows_above(runs, r - 1, width, subtotals=match.group("sub") is None)
        if rows is None:
            continue
        totals_row = [_cell(text, c) for c in cells]
        for column in range(width):
            total = totals_row[column]
            parts = [_cell(text, row[column]) for row in rows]
            if total is None or not parts or any(p is None or p.dimension != total.dimension for p in parts):
                continue
            word = "Subtotal" if match.group("sub") else "Total"
            found.append(
                Total(
                    total,
                    tuple(p for p in parts if p is not None),
                    ClaimKind.SUM,
                    f"the figures above \u201c{word}\u201d in the column of the table",
                )
            )
    return found


def _rows_above(
    runs: list[tuple[bool, list[_Line]]], label_run: int, width: int, *, subtotals: bool
) -> list[list[_Line]] | None:
    """The rows that make up the total row whose label is ``runs[label_run]``, top first.

    Walking up, each row is a run of ``width`` cells under a run of label
    lines; the walk ends at the header (a label run of several lines, the
    first row's label with it). A ``Subtotal`` row's parts stop at the
    subtotal above it; a ``Total`` row's parts are the subtotal rows when
    there are any, else every row. ``None`` when a row has another number of
    cells, or the walk reaches the start of the text without a header.
    """
    if len(runs[label_run][1]) != 1:
        return None
    rows: list[list[_Line]] = []
    subtotal_rows: list[list[_Line]] = []
    i = label_run - 1
    while i >= 1:
        is_cells, cells = runs[i]
        labels = runs[i - 1][1]
        if not is_cells or len(cells) != width:
            return None
        if _TOTAL_LABEL.fullmatch(labels[-1].text):
            if not subtotals:
                return list(reversed(rows)) or None  # a subtotal's rows stop at the subtotal above
            subtotal_rows.append(cells)
            if len(labels) > 1:
                return None
        else:
            rows.append(cells)
            if len(labels) >= _HEADER_LINES:
                chosen = subtotal_rows if subtotals and subtotal_rows else rows
                return list(reversed(chosen))
        i -= 2
    return None


def _sides(line: str) -> tuple[int, int] | None:
    """(partition, side) a line's words name, or (partition, -1) for the whole; ``None`` for neither."""
    words = {w.lower() for w in _WORDS.findall(line)}
    for p, sides in enumerate(PARTITIONS):
        named = [k for k, side in enumerate(sides) if words & side]
        if len(named) == 1:
            return p, named[0]
        if not named and words & WHOLES[p]:
            return p, -1
    return None


def line_totals(text: str, items: list[Item], lines: list[_Line] | None = None) -> Iterator[Total]:
    """Lines naming the sides of a partition under a line naming its whole: a sum per column of figures.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Land released 2.5 km2\\nLand cleared 2.1 km2\\nLand cancelled 0.4 km2\\n"
    >>> found = line_totals(text, items(text, extract(text), {}))
    >>> [(t.total.figure.value, [p.figure.value for p in t.parts]) for t in found]
    [(Decimal('2.5'), [Decimal('2.1'), Decimal('0.4')])]
    """
    if lines is None:
        known = [i for i in items if i.base is not None and i.dimension != "ratio"]
        lines = _lines(text, known)
    lines = [line for line in lines if line.items]
    for n, line in enumerate(lines):
        named = _sides(text[line.start : line.items[0].mention.start])
        if named is None or named[1] != -1:
            continue
        partition = named[0]
        below: list[_Line] = []
        seen: set[int] = set()
        for other in lines[n + 1 :]:
            side = _sides(text[other.start : other.items[0].mention.start])
            if side is None or side[0] != partition or side[1] == -1 or side[1] in seen:
                break
            if [i.figure.unit for i in other.items] != [i.figure.unit for i in line.items]:
                break
            seen.add(side[1])
            below.append(other)
        if len(seen) < 2 or any(i.figure.qualifier for other in [line, *below] for i in other.items):
            continue
        for column, total in enumerate(line.items):
            yield Total(
                total,
                tuple(other.items[column] for other in below),
                ClaimKind.SUM,
                f"the lines under \u201c{line.text[: total.mention.start - line.start].strip()}\u201d",
            )


#: A cell's label just before its value ("Mines: "), after the line's start, a space or a parenthesis.
_KEY = re.compile(r"(?:^|(?<=[\s)]))(?P<label>[^\W\d_][^:()\d\n]{0,40}?)\s*:\s*$")
#: An earlier year's value in parentheses ("(2019: 19)").
_YEAR_KEY = re.compile(r"\(\s*(?P<year>(?:19|20)\d\d)\s*:\s*$")
_TOTAL_KEY = re.compile(r"(?:grand\s+)?totals?", re.IGNORECASE)
_TOTAL_LINE = re.compile(r"\s*(?:grand\s+)?totals?\s*:", re.IGNORECASE)
#: At most this many blocks of cells (separated by headings) are read under a total.
_MAX_BLOCKS = 3


@dataclass
class _Cell:
    label: str
    value: Item
    years: dict[str, Item]


def _cells(text: str, line: _Line) -> list[_Cell] | None:
    """The labelled cells of a key-value line ("Killed: 15 (6 children) (2021: 11)"), else ``None``.

    A figure in parentheses that no year keys ("18 civilians") is an aside
    of its cell; any other figure not after a label makes the line no
    key-value line.
    """
    cells: list[_Cell] = []
    previous = line.start
    depth = 0  # parentheses open before the item
    for item in line.items:
        prefix = text[previous : item.mention.start]
        depth += prefix.count("(") - prefix.count(")")
        previous = item.mention.end
        year = _YEAR_KEY.search(prefix)
        if year is not None and cells:
            cells[-1].years[year.group("year")] = item
            continue
        key = _KEY.search(prefix) if depth == 0 else None
        if key is not None:
            cells.append(_Cell(key.group("label").strip(), item, {}))
        elif depth <= 0 or not cells:
            return None
    return cells or None


def summary_totals(text: str, items: list[Item], lines: list[_Line] | None = None) -> Iterator[Total]:
    """A ``Total:`` line of a summary box and the labelled cells under it: a sum per column.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Total: 30 (2019: 12)\\n\\nMines: 25 (2019: 10) UXO: 5 (2019: 2)\\n"
    >>> found = summary_totals(text, items(text, extract(text), {}))
    >>> [(t.total.figure.value, [p.figure.value for p in t.parts]) for t in found]
    [(Decimal('30'), [Decimal('25'), Decimal('5')]), (Decimal('12'), [Decimal('10'), Decimal('2')])]
    """
    if lines is None:
        known = [i for i in items if i.base is not None and i.dimension != "ratio"]
        lines = _lines(text, known)
    for n, line in enumerate(lines):
        if not line.items or not _TOTAL_LINE.match(line.text):
            continue
        head = _cells(text, line)
        if head is None or len(head) != 1 or not _TOTAL_KEY.fullmatch(head[0].label):
            continue
        total = head[0]
        blocks: list[tuple[bool, list[_Cell]]] = []
        block: list[_Cell] = []
        headed = False  # whether a heading stands between the total and the block
        for other in lines[n + 1 :]:
            cells = _cells(text, other) if other.items else None
            if not other.items:
                if block:
                    blocks.append((headed, block))
                    block = []
                headed = True
                if len(blocks) == _MAX_BLOCKS:
                    break
                continue
            if cells is None or any(_TOTAL_KEY.fullmatch(c.label) for c in cells):
                break
            block.extend(cells)
        if block and len(blocks) < _MAX_BLOCKS:
            blocks.append((headed, block))
        for under_heading, parts in blocks:
            labels = [c.label.lower() for c in parts]
            if (
                len(parts) < 2
                or len(set(labels)) != len(labels)
                or any(c.value.figure.unit != total.value.figure.unit for c in parts)
                or any(i.figure.qualifier for c in [total, *parts] for i in [c.value, *c.years.values()])
            ):
                continue
            if under_heading and not partition_of([label.split()[-1] for label in labels]):
                continue
            words = "the labelled cells under \u201cTotal\u201d"
            yield Total(total.value, tuple(c.value for c in parts), ClaimKind.SUM, words)
            for year, value in total.years.items():
                if all(year in c.years for c in parts):
                    yield Total(
                        value, tuple(c.years[year] for c in parts), ClaimKind.SUM, f"{words} ({year})"
                    )


#: The name of a table's last column, or of its last row, when it holds the totals.
_TOTAL_WORD = re.compile(r"(?:totals?|всего|итого|gesamt|insgesamt|summe)\W*", re.IGNORECASE)


def row_totals(text: str, items: list[Item], lines: list[_Line] | None = None) -> Iterator[Total]:
    """Tables laid out a row a line under a header whose last column is "Total".

    ::

        Year Killed Injured Total
        2019 12 30 42
        2020 9 21 30
        Totals 21 51 72

    Each row's last cell is the sum of its other figures (the header says
    so); a row labelled "Total" holds, in each column, the sum of the rows
    above. Every row must have one figure for each column the header names
    after its label column; the table ends at the first line that does not.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Province Mines UXO Total\\nAlpha 12 5 17\\nBeta 8 3 12\\n"
    >>> [(t.total.figure.value, [p.figure.value for p in t.parts])
    ...  for t in row_totals(text, items(text, extract(text), {}))]
    [(Decimal('17'), [Decimal('12'), Decimal('5')]), (Decimal('12'), [Decimal('8'), Decimal('3')])]
    """
    if lines is None:
        known = [i for i in items if i.base is not None and i.dimension != "ratio"]
        lines = _lines(text, known)
    for n, header in enumerate(lines):
        names = header.text.split()
        if header.items or len(names) < 3 or not _TOTAL_WORD.fullmatch(names[-1]):
            continue
        rows: list[_Line] = []
        totals: _Line | None = None
        previous = header
        for line in lines[n + 1 :]:
            if line.start != previous.end + 1 or not line.items:
                break  # a blank line, or a line without figures, ends the table
            label = text[line.start : line.items[0].mention.start].strip()
            width = len(names) - 1 if label else len(names)
            if len(line.items) != width or width < 3 or len({i.dimension for i in line.items}) != 1:
                break
            if _TOTAL_WORD.fullmatch(label):
                totals = line
                break
            rows.append(line)
            previous = line
        if not rows or any(i.figure.qualifier for row in rows for i in row.items):
            continue
        last = names[-1]
        for row in [*rows, totals] if totals is not None else rows:
            label = text[row.start : row.items[0].mention.start].strip() or row.text.split()[0]
            yield Total(
                row.items[-1],
                tuple(row.items[:-1]),
                ClaimKind.SUM,
                f"the row \u201c{label}\u201d under a header whose last column is \u201c{last}\u201d",
            )
        if totals is not None and len(rows) >= 2 and all(len(r.items) == len(totals.items) for r in rows):
            for column, total in enumerate(totals.items):
                yield Total(
                    total,
                    tuple(row.items[column] for row in rows),
                    ClaimKind.SUM,
                    f"the \u201c{names[column - len(totals.items)]}\u201d column above the row"
                    f" \u201c{text[totals.start : totals.items[0].mention.start].strip()}\u201d",
                )
