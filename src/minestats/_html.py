"""HTML for notebooks: ``_repr_html_`` of every object minestats returns.

Document, Figure, Report and Verdict; Batch (several documents), Audit (with
its coverage and flags), Series, Reconciliation (a summary first) and
Projection. No display shows a local file's full path: a data file is named
by its file name only, so a shared notebook does not carry the machine's
folders.

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
    from ._audit import Audit
    from ._batch import Batch
    from ._models import Document, Figure, Locator
    from ._report import Report, Verdict
    from ._series import Series
    from ._trends import Finding, Projection, Reconciliation

__all__ = [
    "audit_html",
    "batch_html",
    "document_html",
    "figure_html",
    "file_name",
    "projection_html",
    "reconciliation_html",
    "report_html",
    "series_html",
    "verdict_html",
]

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


def file_name(source: str | None) -> str:
    """A data file's name without its folders, for displays (``""`` for none).

    Examples
    --------
    >>> file_name("/home/analyst/reports/lm-2024.yaml"), file_name(None)
    ('lm-2024.yaml', '')
    """
    if not source:
        return ""
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def _link(url: str | None, text: str | None = None) -> str:
    if not url:
        return ""
    return f'<a href="{_e(url)}">{_e(text or url)}</a>'


def badge(status: str, *, unexpected: bool = False, word: str | None = None) -> str:
    """A status mark and word, e.g. ``✗ inconsistent``; ``word`` replaces the status's own."""
    mark, colour = _MARKS.get(status, ("", "inherit"))
    text = f'<span style="color: {colour}; font-weight: bold">{mark} {_e(word or status)}</span>'
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


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{badge(s)}: {n}" for s, n in counts.items())


def report_html(report: Report, *, documents: bool = False) -> str:
    """All verdicts of a document: a count by status, then one row per reading.

    With ``documents=True`` (several documents), a first column names each verdict's document.
    """
    unexpected = sum(not v.as_expected for v in report)
    summary = "all as expected" if not unexpected else f"<b>{unexpected} not as expected</b>"
    rows = [
        [
            *([f"<code>{_e(c.document)}</code>"] if documents else []),
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
    if documents:
        header.insert(0, "document")
    counts = _counts(report.counts)
    head = f"<b>{_e(report.document)}</b>: {len(report)} readings checked \u2014 {counts}; {summary}."
    return f"<div><p>{head}</p>{_grid(header, rows)}</div>"


def document_html(document: Document) -> str:
    """A document: its identity and a table of its figures."""
    identity = [
        ("symbol", _e(document.symbol or "")),
        ("author", _e(", ".join(x for x in (document.author, document.office) if x))),
        ("date", _e(document.date or "")),
        ("publisher", _e(document.publisher or "")),
        ("file", _e(file_name(document.source))),
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


def batch_html(batch: Batch) -> str:
    """Several documents: a line per document, then one table of every verdict with its document."""
    items = "".join(
        f"<li><code>{_e(r.document)}</code>: {len(r)} readings \u2014 {_counts(r.counts)}"
        + ("" if r.as_expected else " <b>not as expected</b>")
        + "</li>"
        for r in batch.reports
    )
    return f"<div><ul>{items}</ul>{report_html(batch, documents=True)}</div>"


def _list(title: str, entries: list[str]) -> str:
    body = "".join(f"<li>{e}</li>" for e in entries) or f"<li {_MUTED}>none</li>"
    return f"<p><b>{_e(title)}</b></p><ul>{body}</ul>"


def audit_html(audit: Audit) -> str:
    """An audit: its stated percentages, totals, false-precision flags and coverage, then its verdicts."""
    shares = [
        f"{badge('indeterminate' if s.status == 'not checked' else s.status, word=s.status)} "
        f"\u201c{_e(s.quote)}\u201d"
        + (f" <span {_MUTED}>para. {s.paragraph}</span>" if s.paragraph else "")
        + (f" \u2014 {_e(s.reason)}" if s.reason else "")
        + (f" <span {_MUTED}>[linked: {_e(s.link)}]</span>" if s.link else "")
        for s in audit.shares
    ]
    flags = [_e(f.reason) for f in audit.flags]
    coverage = audit.coverage
    unchecked = [
        f"{_e(reason)} ({len(quotes)}): "
        + "; ".join(f"\u201c{_e(q)}\u201d" for q in quotes[:6])
        + (f" and {len(quotes) - 6} more" if len(quotes) > 6 else "")
        for reason, quotes in coverage.unchecked.items()
    ]
    other = ", ".join(f"{n} {k}" for k, n in coverage.kinds.items() if n and k != "quantity")
    cover = [
        f"{coverage.mentions} numeric mentions: {coverage.quantities} quantities"
        + (f"; not quantities: {_e(other)}" if other else ""),
        f"<b>{coverage.checked} of {coverage.quantities}</b> quantities checked",
        *(f"not checked, {u}" for u in unchecked),
    ]
    head = (
        f"<p><b>{_e(audit.document)}</b>: {len(audit.figures)} figures, {len(audit.shares)} stated"
        f" percentages, {len(audit.flags)} false-precision flags; "
        + (
            "nothing linked is inconsistent"
            if audit.as_expected
            else "<b>a linked figure is inconsistent</b>"
        )
        + ".</p>"
    )
    return (
        f"<div>{head}{_list('Coverage', cover)}{_list('Stated percentages', shares)}"
        f"{_list('False precision', flags)}{report_html(audit)}</div>"
    )


def series_html(series: Series) -> str:
    """A series: its identity, what it holds by metric, and its sources."""
    by_metric: dict[str, list[str]] = {}
    for obs in series.observations:
        by_metric.setdefault(obs.metric, []).append(obs.as_of)
    metrics = [
        [f"<code>{_e(m)}</code>", str(len(dates)), _e(min(dates)), _e(max(dates))]
        for m, dates in by_metric.items()
    ]
    sources = [
        [
            f"<code>{_e(s.id)}</code>",
            _e(s.publisher),
            _e(s.published or ""),
            str(len(s.observations)),
            _link(s.url, "page"),
        ]
        for s in series.sources
    ]
    identity = [
        ("publisher", _e(series.publisher or "")),
        ("contents", _e(f"{len(series)} observations from {len(series.sources)} sources")),
        ("dropped", _e(f"{len(series.dropped)} rows left out, with their reasons") if series.dropped else ""),
        ("known", _e(f"{len(series.known)} known tensions") if series.known else ""),
        ("note", _e(series.note or "")),
    ]
    return (
        f"<div><p><b>{_e(series.title)}</b> <code>{_e(series.id)}</code></p>{_rows(identity)}"
        f"{_grid(['metric', 'observations', 'first', 'last'], metrics)}"
        f"<details><summary>{len(series.sources)} sources</summary>"
        f"{_grid(['source', 'publisher', 'published', 'observations', 'link'], sources)}</details></div>"
    )


def reconciliation_html(reconciliation: Reconciliation) -> str:
    """A reconciliation: counts and what is inconsistent or undecided first; every finding folded below."""
    notable = [f for f in reconciliation.findings if f.status.value != "consistent"]

    def row(f: Finding) -> list[str]:
        return [
            badge(f.status.value, unexpected=not f.as_expected),
            ("known" if f.as_expected else "<b>new</b>") if f.status.value != "consistent" else "",
            f"<code>{_e(f.check)}</code>",
            f"<code>{_e(f.metric)}</code>",
            _e(f.as_of),
            _e(f.reason) + (f"<br><span {_MUTED}>{_e(f.note)}</span>" if f.note else ""),
        ]

    header = ["status", "", "check", "metric", "as of", "reason"]
    unexpected = sum(not f.as_expected for f in reconciliation.findings)
    summary = "all as expected" if not unexpected else f"<b>{unexpected} not as expected</b>"
    head = (
        f"<p><b>{_e(reconciliation.series)}</b>: {len(reconciliation)} findings \u2014"
        f" {_counts(reconciliation.counts)}; {summary}.</p>"
    )
    table = _grid(header, [row(f) for f in notable]) if notable else ""
    every = _grid(header, [row(f) for f in reconciliation.findings])
    return (
        f"<div>{head}{table}<details><summary>every finding ({len(reconciliation)})</summary>"
        f"{every}</details></div>"
    )


def projection_html(projection: Projection) -> str:
    """A projection: when the target would be reached, the assumptions, the rates used."""
    unit = projection.label
    first, last = projection.years
    head = (
        f"<p><b>{_e(projection.metric)}</b>: at recent rates of {projection.slowest:,.0f} to"
        f" {projection.fastest:,.0f} {_e(unit)} a year, the remaining work would be done"
        f" between <b>{first}</b> and <b>{last}</b>.</p>"
    )
    rates = [
        [
            _e(str(index.date()) if hasattr(index, "date") else index),
            _e(f"{row['rate']:,.0f}"),
            _e(row.get("basis", "")),
            _e(f"{row['finish']:.1f}" if "finish" in row else ""),
        ]
        for index, row in projection.rates.iterrows()
    ]
    return (
        f"<div>{head}{_list('Assumptions', [_e(a) for a in projection.assumptions])}"
        f"{_grid(['window ends', f'rate ({unit} a year)', 'basis', 'finish (year)'], rates)}</div>"
    )
