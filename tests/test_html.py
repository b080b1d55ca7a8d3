"""Notebook display: ``_repr_html_`` of every result object, its content and its escaping."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Protocol

import pytest
from hypothesis import given
from hypothesis import strategies as st

import minestats
from minestats._html import badge

LETTER = minestats.letter()
REPORT = minestats.check(LETTER)
VOID = {"br"}


class Displayed(Protocol):
    """What a notebook displays as HTML."""

    def _repr_html_(self) -> str: ...


class _Parsed(HTMLParser):
    """Text, tag balance and table rows of an HTML fragment."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.rows: list[list[str]] = []
        self.tags: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "tr":
            self.rows.append([])

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag, f"</{tag}> closes the wrong tag"

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.rows and "tr" in self.stack:
            self.rows[-1].append(data)

    @property
    def plain(self) -> str:
        return "".join(self.text)


def parse(html: str) -> _Parsed:
    parsed = _Parsed(html)
    assert parsed.stack == [], f"unclosed tags: {parsed.stack}"
    assert "script" not in parsed.tags
    return parsed


AUDIT = minestats.audit(
    "Of the 480 casualties, 120 were children and 360 were adults; children were 25 per cent of the"
    " total and adults 80 per cent. Some 1,250 hectares were released. About 1.5 million mines were"
    " laid; 375,000 mines are anti-tank."
)
SERIES = minestats.official_series()
RECONCILIATION = minestats.reconcile(SERIES)
PROJECTION = minestats.project(SERIES)
OBJECTS: list[Displayed] = [
    LETTER,
    LETTER.figures[0],
    REPORT,
    REPORT.verdicts[0],
    minestats.Batch.of([REPORT], [LETTER]),
    AUDIT,
    SERIES,
    RECONCILIATION,
    RECONCILIATION.findings[0],
    PROJECTION,
]


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: type(o).__name__)
def test_every_object_has_balanced_html(obj: Displayed) -> None:
    html = obj._repr_html_()
    assert isinstance(html, str)
    parse(html)


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: type(o).__name__)
def test_no_display_shows_a_local_folder(obj: Displayed) -> None:
    folder = str(Path(minestats.letter().source or "").parent)
    assert folder not in obj._repr_html_()
    assert folder not in str(obj)


def test_document_names_its_file_not_its_path() -> None:
    rows = {r[0]: "".join(r[1:]) for r in parse(LETTER._repr_html_()).rows if r}
    assert rows["file"] == "un-24-23652.yaml"


def test_audit_shows_coverage_shares_and_flags() -> None:
    plain = parse(AUDIT._repr_html_()).plain
    coverage = AUDIT.coverage
    assert f"{coverage.checked} of {coverage.quantities} quantities checked" in plain
    for share in AUDIT.shares:
        assert f"{share.status} \u201c{share.quote}\u201d" in plain
    assert AUDIT.flags, "the text was written to hold a false-precision flag"
    for flag in AUDIT.flags:
        assert flag.reason in plain
    for reason in coverage.unchecked:
        assert reason in plain
    for share in AUDIT.shares:
        assert share.reason in plain
    verdict = "nothing linked is inconsistent" if AUDIT.as_expected else "a linked figure is inconsistent"
    assert verdict in plain


def test_series_shows_each_metric_and_source() -> None:
    parsed = parse(SERIES._repr_html_())
    counts = {r[0]: r[1] for r in parsed.rows if len(r) == 4}
    for metric in {o.metric for o in SERIES}:
        assert counts[metric] == str(len([o for o in SERIES if o.metric == metric]))
    for source in SERIES.sources:
        assert source.publisher in parsed.plain
    assert f"{len(SERIES)} observations from {len(SERIES.sources)} sources" in parsed.plain


def test_reconciliation_shows_its_summary_first() -> None:
    html = RECONCILIATION._repr_html_()
    plain = parse(html).plain
    counts = RECONCILIATION.counts
    assert plain.startswith(f"{RECONCILIATION.series}: {len(RECONCILIATION)} findings")
    assert f"inconsistent: {counts['inconsistent']}" in plain
    summary, _, folded = html.partition("<details>")
    notable = [f for f in RECONCILIATION if f.status is not minestats.Status.CONSISTENT]
    for finding in notable:
        assert escape(finding.reason) in summary
    consistent = next(f for f in RECONCILIATION if f.status is minestats.Status.CONSISTENT)
    assert escape(consistent.reason) not in summary
    assert escape(consistent.reason) in folded


def test_str_of_a_reconciliation_is_a_summary() -> None:
    text = str(RECONCILIATION)
    notable = [f for f in RECONCILIATION if f.status is not minestats.Status.CONSISTENT]
    assert len(text.splitlines()) == 3 + len(notable)
    assert "http" not in text
    for finding in notable:
        assert f"{finding.check} {finding.metric} {finding.as_of}: {finding.reason}" in text
    assert len(RECONCILIATION.to_text().splitlines()) > len(RECONCILIATION)


def test_projection_shows_the_years_assumptions_and_rates() -> None:
    parsed = parse(PROJECTION._repr_html_())
    first, last = PROJECTION.years
    assert f"between {first} and {last}" in parsed.plain
    for assumption in PROJECTION.assumptions:
        assert assumption in parsed.plain
    assert len([r for r in parsed.rows if len(r) == 4]) == 1 + len(PROJECTION.rates)


def test_batch_names_each_verdicts_document() -> None:
    page = minestats.Document.model_validate(
        {
            "id": "page",
            "title": "t",
            "figures": [{"id": "a", "label": "a", "value": "5", "unit": "ha", "locator": {"quote": "5 ha"}}],
        }
    )
    batch = minestats.Batch.of([REPORT, minestats.check(page)], [LETTER, page])
    parsed = parse(batch._repr_html_())
    documents = [r[0] for r in parsed.rows[1:] if r and r[0] in {"un-24-23652", "page"}]
    assert documents == ["un-24-23652"] * len(REPORT)
    assert f"un-24-23652: {len(REPORT)} readings" in parsed.plain


@pytest.mark.parametrize("verdict", REPORT.verdicts, ids=lambda v: f"{v.claim}/{v.reading}")
def test_verdict_shows_status_stated_computed_and_failures_implied(verdict: minestats.Verdict) -> None:
    parsed = parse(verdict._repr_html_())
    text = parsed.plain
    assert f"{verdict.claim}/{verdict.reading}" in text
    assert verdict.status.value in text
    heads = [row[0] for row in parsed.rows]
    assert ("implied" in heads) == (verdict.status is minestats.Status.INCONSISTENT)
    if verdict.status is minestats.Status.INCONSISTENT:
        for implied in verdict.implied:
            assert implied.figure in text
    if verdict.computed is not None:
        assert "computed" in heads
    assert verdict.reason in text


def test_verdict_stated_against_computed_values() -> None:
    parsed = parse(REPORT.verdict("cleared_share_of_minefields", "of_minefield_area")._repr_html_())
    rows = {row[0]: "".join(row[1:]) for row in parsed.rows}
    assert rows["stated"] == "14.2 % [14.15, 14.25]"
    assert rows["computed"] == "14.7337 % (14.733 to 14.7343)"
    assert rows["gap"] == "+0.5337 pp"
    assert rows["implied"].startswith("cleared_area in [159,300.7, 160,426.5] ha")
    claim = LETTER.claim("cleared_share_of_minefields")
    assert claim.locator is not None
    assert rows["where"] == str(claim.locator)


def test_report_has_one_row_per_reading_and_counts() -> None:
    parsed = parse(REPORT._repr_html_())
    body = parsed.rows[1:]
    assert len(body) == len(REPORT)
    assert [(r[0], r[1]) for r in body] == [(v.claim, v.reading) for v in REPORT]
    assert "14 readings checked" in parsed.plain
    assert "all as expected" in parsed.plain


def test_report_flags_unexpected_verdicts(letter_text: str, alter: Callable[[str, str, str], str]) -> None:
    altered = minestats.loads(alter(letter_text, "value: 70", "value: 71"))
    parsed = parse(minestats.check(altered)._repr_html_())
    flagged = [row for row in parsed.rows if any("UNEXPECTED" in c for c in row)]
    assert [row[0] for row in flagged] == ["post_conflict_victims_total"]
    assert "1 not as expected" in parsed.plain


def test_document_lists_every_figure_with_its_locator() -> None:
    parsed = parse(LETTER._repr_html_())
    ids = [row[0] for row in parsed.rows if row and row[0] in {f.id for f in LETTER.figures}]
    assert ids == [f.id for f in LETTER.figures]
    assert LETTER.title in parsed.plain
    assert "21 figures, 10 claims" in parsed.plain
    assert "p. 2, para. 6: \u201cabout 11,258 square kilometres\u201d" in parsed.plain


def test_figure_shows_the_value_as_stated_and_its_rounding() -> None:
    rows = {r[0]: "".join(r[1:]) for r in parse(LETTER.figure("cleared_area")._repr_html_()).rows}
    assert rows["stated"] == "165,871.5 ha"
    assert rows["means"] == "165,871.45 to 165,871.55 ha"
    assert rows["where"].startswith("p. 2, para. 6:")


def test_text_is_escaped() -> None:
    text = (
        "minestats: 1\nid: x\ntitle: <script>alert(1)</script>\nfigures:\n"
        "  - id: a\n    label: A & <b>\n    value: 1\n    unit: count\n    entity: <i>mines</i>\n"
        '    locator: {quote: "<img src=x>"}\n'
    )
    document = minestats.loads(text)
    for html in (document._repr_html_(), document.figures[0]._repr_html_()):
        parsed = parse(html)
        assert {"img", "i"}.isdisjoint(parsed.tags)
        assert "<script>" not in html
    assert "<script>alert(1)</script>" in parse(document._repr_html_()).plain


@pytest.mark.parametrize(
    ("status", "mark"), [("consistent", "\u2713"), ("inconsistent", "\u2717"), ("indeterminate", "?")]
)
def test_badge_reads_without_colour(status: str, mark: str) -> None:
    assert parse(badge(status)).plain == f"{mark} {status}"
    assert parse(badge(status, unexpected=True)).plain.endswith("UNEXPECTED")


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40))
def test_any_label_is_shown_as_text(label: str) -> None:
    label = label.strip()
    if not label:
        return
    figure = minestats.Figure(
        id="a", label=label, value="1", unit="count", entity="m", locator={"quote": f"{label} (1)"}
    )
    parsed = parse(figure._repr_html_())
    assert label in parsed.plain
    assert parsed.tags.count("table") == 1


def _kinds_report() -> minestats.Report:
    page = (Path(__file__).parents[1] / "docs" / "data-format.md").read_text(encoding="utf-8")
    block = page.split("## Claim kinds", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    return minestats.check(minestats.loads(block, name="kinds.yaml"))


@pytest.mark.parametrize("verdict", _kinds_report().verdicts, ids=lambda v: f"{v.claim}/{v.reading}")
def test_verdicts_of_the_new_kinds_show_their_stated_value_and_reason(verdict: minestats.Verdict) -> None:
    from minestats._render import verdict_cells

    parsed = parse(verdict._repr_html_())
    rows = {row[0]: "".join(row[1:]) for row in parsed.rows}
    assert rows["stated"].startswith(verdict_cells(verdict).stated)
    assert verdict.reason in parsed.plain
    assert verdict.kind.value in {"partition", "change", "multiple", "same"}


def test_a_report_of_the_new_kinds_is_balanced_html() -> None:
    report = _kinds_report()
    parsed = parse(report._repr_html_())
    for verdict in report.verdicts:
        assert verdict.claim in parsed.plain
