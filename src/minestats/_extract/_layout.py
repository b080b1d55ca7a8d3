"""Where a mention sits: blocks (paragraphs and footnotes), sentences, pages, and table columns."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ._words import set_of

__all__ = ["ABBREVIATIONS", "FOOTNOTE_BLOCK", "Layout", "table_units"]


_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+|\f\s*")
_PARAGRAPH_OR_LINE = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+|\f\s*|\n")
_SENTENCE = re.compile(r"([.!?])[\"”’)]*\s+(?=[A-ZА-ЯЁÀ-Ý“\"(*»•¿¡])")
FOOTNOTE_BLOCK = re.compile(r"(?:[0-9]{1,2}|[!?®†‡§¹²³⁴⁵⁶⁷⁸⁹])[ \t]+[A-Z“\"]")
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
        for m in (_PARAGRAPH_OR_LINE if single else _PARAGRAPH).finditer(text):
            end = m.end()
            if end >= len(text):
                continue
            nxt = text[end]
            gap = m.group()
            if gap.startswith("\f"):
                starts.append(end)
                continue
            blank = "\n" in gap[1:]
            if blank:
                if _ends_block(text, m.start()) and (nxt.isupper() or nxt.isdigit() or nxt in '“"*»•!?'):
                    starts.append(end)
            elif gap == "\n":
                if single and not nxt.isspace():
                    starts.append(end)
            elif nxt.isupper() or nxt in '“"*»•':
                starts.append(end)
        self.block_starts = starts
        paragraphs: list[int | None] = []
        number = 0
        for index, start in enumerate(starts):
            if FOOTNOTE_BLOCK.match(text, start) and index > 0:
                paragraphs.append(None)
            else:
                number += 1
                paragraphs.append(number)
        self.paragraphs = paragraphs
        sentence_starts = set(starts)
        for m in _SENTENCE.finditer(text):
            if m.group(1) == ".":
                # abbreviations are short: the last few characters tell
                tail = text[max(0, m.start() - 6) : m.start()].rsplit(None, 1)
                word = tail[-1].lower() if tail and not text[m.start() - 1].isspace() else ""
                if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
            sentence_starts.add(m.end())
        self.sentence_starts = sorted(sentence_starts)
        self.form_feeds = [m.start() for m in re.finditer("\f", text)]

    def block(self, position: int) -> int:
        return bisect_right(self.block_starts, position)

    def sentence(self, position: int) -> int:
        return bisect_right(self.sentence_starts, position)

    def page(self, position: int) -> int | None:
        return bisect_right(self.form_feeds, position) + 1 if self.form_feeds else None


_CELL = re.compile(r"[ \t]*[-+−$€£]?[0-9][0-9.,'’ \u00a0\u202f]*(?:\[[0-9]{1,3}\])?[ \t%]*")
_CAPTION_UNIT = re.compile(r"\(([^()\n]{1,24})\)")
_MAX_HEADER = 120  # characters of a header or row-label line
_MAX_CELL = 40  # characters of a numeric cell


def table_units(text: str, unit_of: Callable[[str], str | None]) -> dict[int, str]:
    """Units that table captions and column headers give to the bare number cells below them.

    A flattened table is a run of short lines: header lines (``"Area
    (m2)"``), then rows of a label line and one line per numeric cell. A
    cell ``n`` lines into a row of ``k`` cells takes the unit of the
    header ``k - n`` from the last, when that header ends with a unit in
    brackets; a caption just above the headers (``"Suspected area (km2)"``)
    gives its unit to every column that has none. Returns the start of each
    such cell (of its first digit) and the unit's name.
    """
    out: dict[int, str] = {}
    lines: list[tuple[int, str]] = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    columns: list[str | None] = []  # the header units, the last column last
    caption: str | None = None
    pending: list[str | None] = []  # the unit of each short text line since the last cell
    row: list[int] = []  # starts of the cells of the current row
    in_table = False

    def close_row() -> None:
        for index, start in enumerate(row):
            unit = caption
            if len(row) <= len(columns):
                unit = columns[len(columns) - len(row) + index] or caption
            if unit:
                out[start] = unit
        row.clear()

    for start, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) > _MAX_HEADER:
            if in_table or pending:
                close_row()
                in_table = False
                pending = []
            continue
        if (
            (stripped[0].isdigit() or stripped[0] in "-+−$€£")
            and len(stripped) <= _MAX_CELL
            and _CELL.fullmatch(line) is not None
        ):
            if not in_table:
                if not pending:
                    continue
                in_table = True
                marked = [i for i, unit in enumerate(pending) if unit]
                columns, caption = [], None
                if len(marked) == 1 and marked[0] == 0:
                    caption = pending[0]
                elif marked:
                    columns = pending[: marked[-1] + 1]
            elif pending:
                close_row()
            pending = []
            row.append(start + len(line) - len(line.lstrip()))
            continue
        if in_table and row:
            close_row()
        found = _CAPTION_UNIT.search(stripped)
        pending.append(unit_of(found.group(1)) if found else None)
    close_row()
    return out
