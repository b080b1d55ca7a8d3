"""HTML for notebooks: ``_repr_html_`` of Document, Figure, Report and Verdict.

The HTML writer of :mod:`minestats._render`: a verdict's cells come from
:func:`~minestats._render.verdict_cells`, as for the text and markdown tables.

Plain HTML with inline styles (no scripts, no external CSS), every piece of
text escaped. Status is shown at a glance by a coloured mark and its word, so
it reads without colour too.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ._format import num, with_unit
from ._render import VerdictCells, verdict_cells

if TYPE_CHECKING:  # pragma: no cover
    from ._models import Document, Figure, Locator
    from ._report import Report, Verdict

__all__ = ["document_html", "figure_html", "report_html", "verdict_html"]

_MARKS = {
    "consistent": ("\u2713", "#1a7f37"),
    "inconsistent": ("\u2717", "#cf222e"),
    "indeterminate": ("?", "#6e7781"),
}
_TABLE = 'style="border-collapse: collapse; text-align: left"'
_CELL = 'style="padding: 2px 8px; text-align: left; vertical-align: top"'
_MUTED = 'style="color: #6e7781"'


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def badge(status: str, *, unexpected: bool = False) -> str:
    """A status mark and word, e.g. ``✗ inconsistent``."""
    mark, colour = _MARKS.get(status, ("", "inherit"))
    text = f'<span style="color: {colour}; font-weight: bold">{mark} {_e(status)}</span>'
    if unexpected:
        text += ' <span style="background: #ffebe9; color: #cf222e; padding: 0 4px">UNEXPECTED</span>'
    return text


def _locator(locator: Locator | None) -> str:
    return "" if locator is None else _e(str(locator))


def _rows(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th {_CELL}>{_e(k)}</th><td {_CELL}>{v}</td></tr>" for k, v in rows if v)
    return f"<table {_TABLE}>{body}</table>"


def _grid(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th {_CELL}>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td {_CELL}>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table {_TABLE}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def figure_html(figure: Figure) -> str:
    """A figure: label, value as stated with its qualifier, date and locator."""
    interval = figure.interval
    rounding = ""
    if interval is not None and interval[0] != interval[1]:
        rounding = _e(with_unit(f"{num(interval[0], 12)} to {num(interval[1], 12)}", figure.unit))
    rows = [
        ("stated", f"<b>{_e(figure.text)}</b>"),
        ("means", rounding),
        ("as of", _e(figure.as_of or "")),
        ("where", _locator(figure.locator)),
        ("note", _e(figure.note or "")),
    ]
    return f"<div><p><code>{_e(figure.id)}</code> \u2014 {_e(figure.label)}</p>{_rows(rows)}</div>"


def _stated(cells: VerdictCells) -> str:
    text = _e(cells.stated)
    if cells.stated_interval:
        text += f" <span {_MUTED}>{_e(cells.stated_interval)}</span>"
    return text


def _computed(cells: VerdictCells) -> str:
    text = _e(cells.computed)
    if cells.computed_range:
        text += f" <span {_MUTED}>({_e(cells.computed_range)})</span>"
    return text


def _implied(cells: VerdictCells) -> str:
    return "<br>".join(_e(i) for i in cells.implied) if cells.failing else ""


def verdict_html(verdict: Verdict) -> str:
    """One verdict: status, stated against computed, gap, reason and, for failures, implied intervals."""
    cells = verdict_cells(verdict)
    rows = [
        ("status", badge(cells.status, unexpected=cells.unexpected)),
        ("expected", _e(cells.expected)),
        ("stated", _stated(cells)),
        ("computed", _computed(cells)),
        ("gap", _e(cells.gap)),
        ("implied", _implied(cells)),
        ("qualifiers", _e(cells.qualifiers)),
        ("reason", _e(cells.reason)),
        ("where", _e(cells.where)),
    ]
    title = f"<code>{_e(cells.claim_reading)}</code> \u2014 {_e(cells.label)}"
    if cells.reading_label:
        title += f" <span {_MUTED}>({_e(cells.reading_label)})</span>"
    return f"<div><p>{title}</p>{_rows(rows)}</div>"


def report_html(report: Report) -> str:
    """All verdicts of a document: a count by status, then one row per reading."""
    counts = ", ".join(f"{badge(s)}: {n}" for s, n in report.counts.items())
    unexpected = sum(not v.as_expected for v in report)
    summary = "all as expected" if not unexpected else f"<b>{unexpected} not as expected</b>"
    rows = [
        [
            f"<code>{_e(c.claim)}</code>",
            f"<code>{_e(c.reading)}</code>",
            badge(c.status, unexpected=c.unexpected),
            _e(c.expected),
            _stated(c),
            _computed(c),
            _e(c.gap),
            _implied(c),
        ]
        for c in (verdict_cells(v) for v in report)
    ]
    header = ["claim", "reading", "status", "expected", "stated", "computed", "gap", "implied"]
    head = f"<b>{_e(report.document)}</b>: {len(report)} readings checked \u2014 {counts}; {summary}."
    return f"<div><p>{head}</p>{_grid(header, rows)}</div>"


def document_html(document: Document) -> str:
    """A document: its identity and a table of its figures."""
    identity = [
        ("symbol", _e(document.symbol or "")),
        ("author", _e(", ".join(x for x in (document.author, document.office) if x))),
        ("date", _e(document.date or "")),
        ("publisher", _e(document.publisher or "")),
        ("source", _e(document.source or "")),
        ("contents", _e(f"{len(document.figures)} figures, {len(document.claims)} claims")),
    ]
    rows = [
        [f"<code>{_e(f.id)}</code>", _e(f.text), _e(f.as_of or ""), _locator(f.locator), _e(f.label)]
        for f in document.figures
    ]
    return (
        f"<div><p><b>{_e(document.title)}</b> <code>{_e(document.id)}</code></p>{_rows(identity)}"
        f"{_grid(['id', 'stated', 'as of', 'where', 'label'], rows)}</div>"
    )
