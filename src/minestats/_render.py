"""Tables for people: the one place that lays out rows as plain text or markdown.

Cells are strings computed by the caller (numbers through
:mod:`minestats._format`); this module only lays them out, so the command
line, the reports, the audit and the schema page write tables the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["markdown_table", "text_table"]


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]], *, indent: str = "") -> str:
    """Columns padded to their widest cell, a rule of dashes under the header.

    Examples
    --------
    >>> print(text_table(("claim", "status"), [("a", "consistent"), ("bb", "inconsistent")]))
    claim  status
    -----  ------------
    a      consistent
    bb     inconsistent
    """
    table = [tuple(header), *(tuple(r) for r in rows)]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = [
        indent + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in table
    ]
    lines.insert(1, indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured markdown table; ``|`` and line breaks in cells are escaped.

    Examples
    --------
    >>> print(markdown_table(("a", "b"), [("1|2", "x")]))
    | a | b |
    | --- | --- |
    | 1\\|2 | x |
    """

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
