"""HTML for notebooks: ``_repr_html_`` of Document, Figure, Report and Verdict.

Plain HTML with inline styles (no scripts, no external CSS), every piece of
text escaped. Status is shown at a glance by a coloured mark and its word, so
it reads without colour too.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

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


def _num(value: Decimal | None, digits: int = 6) -> str:
    from ._format import num

    return num(value, digits)


def _unit(unit: str) -> str:
    return {"percent": " %", "count": ""}.get(unit, f" {unit}")


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
        rounding = f"{_num(interval[0], 12)} to {_num(interval[1], 12)}{_e(_unit(figure.unit))}"
    rows = [
        ("stated", f"<b>{_e(figure.text)}</b>"),
        ("means", rounding),
        ("as of", _e(figure.as_of or "")),
        ("where", _locator(figure.locator)),
        ("note", _e(figure.note or "")),
    ]
    return f"<div><p><code>{_e(figure.id)}</code> \u2014 {_e(figure.label)}</p>{_rows(rows)}</div>"


def _stated(verdict: Verdict) -> str:
    if verdict.stated_text is None:
        return ""
    text = _e(verdict.stated_text + _unit(verdict.unit))
    if verdict.low is not None and verdict.high is not None and verdict.low != verdict.high:
        text += f" <span {_MUTED}>[{_num(verdict.low)}, {_num(verdict.high)}]</span>"
    return text


def _computed(verdict: Verdict) -> str:
    if verdict.computed is None:
        return ""
    text = _e(_num(verdict.computed) + _unit(verdict.unit))
    low, high = verdict.computed_low, verdict.computed_high
    if low is not None and high is not None and low != high:
        text += f" <span {_MUTED}>({_num(low)} to {_num(high)})</span>"
    return text


def _gap(verdict: Verdict) -> str:
    if verdict.gap is None:
        return ""
    sign = "+" if verdict.gap > 0 else ("-" if verdict.gap < 0 else "\u00b1")
    unit = "pp" if verdict.gap_unit == "percentage points" else verdict.gap_unit
    return _e(f"{sign}{_num(abs(verdict.gap), 4)} {unit}")


def _implied(verdict: Verdict) -> str:
    return "<br>".join(_e(str(i)) for i in verdict.implied)


def verdict_html(verdict: Verdict) -> str:
    """One verdict: status, stated against computed, gap, reason and, for failures, implied intervals."""
    failing = verdict.status.value == "inconsistent" or not verdict.as_expected
    rows = [
        ("status", badge(verdict.status.value, unexpected=not verdict.as_expected)),
        ("expected", _e(verdict.expected.value)),
        ("stated", _stated(verdict)),
        ("computed", _computed(verdict)),
        ("gap", _gap(verdict)),
        ("implied", _implied(verdict) if failing else ""),
        ("qualifiers", _e(", ".join(f"{k}: {q}" for k, q in verdict.qualifiers.items()))),
        ("reason", _e(verdict.reason)),
        ("where", _locator(verdict.locator)),
    ]
    title = f"<code>{_e(verdict.claim)}/{_e(verdict.reading)}</code> \u2014 {_e(verdict.label)}"
    if verdict.reading_label:
        title += f" <span {_MUTED}>({_e(verdict.reading_label)})</span>"
    return f"<div><p>{title}</p>{_rows(rows)}</div>"


def report_html(report: Report) -> str:
    """All verdicts of a document: a count by status, then one row per reading."""
    counts = ", ".join(f"{badge(s)}: {n}" for s, n in report.counts.items())
    unexpected = sum(not v.as_expected for v in report)
    summary = "all as expected" if not unexpected else f"<b>{unexpected} not as expected</b>"
    rows = []
    for v in report:
        failing = v.status.value == "inconsistent" or not v.as_expected
        rows.append(
            [
                f"<code>{_e(v.claim)}</code>",
                f"<code>{_e(v.reading)}</code>",
                badge(v.status.value, unexpected=not v.as_expected),
                _e(v.expected.value),
                _stated(v),
                _computed(v),
                _gap(v),
                _implied(v) if failing else "",
            ]
        )
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
