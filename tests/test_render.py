"""The renderer: a verdict's cells computed once, and every writer showing the same ones."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

import minestats
from minestats import Status, testing
from minestats._cli import main
from minestats._format import num, with_unit
from minestats._render import (
    VerdictCells,
    explain,
    gap_text,
    implied_text,
    markdown_table,
    text_table,
    verdict_cells,
    verdict_table,
)

LETTER = minestats.letter()
_SOURCE = LETTER.source
assert _SOURCE is not None
LETTER_FILE = Path(_SOURCE)
# The letter with every recorded expectation changed, so that some verdicts are not the expected one.
FLIPPED_TEXT = (
    LETTER_FILE.read_text(encoding="utf-8")
    .replace("expect: inconsistent", "expect: consistent")
    .replace("expect: indeterminate", "expect: inconsistent")
)
FLIPPED = minestats.loads(FLIPPED_TEXT)
CASES = [
    pytest.param(name, index, id=f"{name}:{v.claim}/{v.reading}")
    for name, document in (("letter", LETTER), ("flipped", FLIPPED))
    for index, v in enumerate(minestats.check(document))
]


def _document(name: str) -> minestats.Document:
    return LETTER if name == "letter" else FLIPPED


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    main(argv)
    return capsys.readouterr().out


@pytest.fixture(scope="module")
def flipped_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("render") / "flipped.yaml"
    path.write_text(FLIPPED_TEXT, encoding="utf-8")
    return path


def _file(name: str, flipped_file: Path) -> str:
    return "un-24-23652" if name == "letter" else str(flipped_file)


# -- reading each writer's output back into cells ------------------------------------------


def _text_rows(table: str) -> list[list[str]]:
    """Cells of a plain-text table, cut at the column widths its rule of dashes gives."""
    lines = table.splitlines()
    rule = next(i for i, line in enumerate(lines) if line and set(line) <= {"-", " "})
    spans, start = [], 0
    for dashes in lines[rule].split("  "):
        spans.append((start, start + len(dashes)))
        start += len(dashes) + 2
    rows = []
    for line in lines[rule + 1 :]:
        if not line.strip():
            break
        rows.append([line[a:b].strip() for a, b in spans])
    return rows


def _markdown_rows(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    return [[c.strip() for c in line.strip("|").split(" | ")] for line in lines[2:]]


class _Cells(HTMLParser):
    """The text of each ``<td>`` of each body row of an HTML table."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self.cell is not None:
            self.rows[-1].append("".join(self.cell))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def _muted(main: str, extra: str) -> str:
    return f"{main} {extra}" if extra else main


# -- every writer shows the same cells ------------------------------------------------------


@pytest.mark.parametrize(("name", "index"), CASES)
def test_text_writers_show_the_cells(
    name: str, index: int, capsys: pytest.CaptureFixture[str], flipped_file: Path
) -> None:
    document = _document(name)
    report = minestats.check(document)
    cells = verdict_cells(report.verdicts[index])
    status = cells.status + (" (UNEXPECTED)" if cells.unexpected else "")
    # Report.to_text: claim/reading, status, stated, computed, gap
    row = _text_rows(report.to_text())[index]
    assert row == [cells.claim_reading, status, cells.stated, cells.computed, cells.gap]
    # the command line's table: claim, reading, status, expected, stated, computed, gap
    out = _cli(["check", _file(name, flipped_file)], capsys)
    row = _text_rows(out)[index]
    assert row == [
        cells.claim,
        cells.reading,
        status,
        cells.expected,
        cells.stated,
        cells.computed,
        cells.gap,
    ]


@pytest.mark.parametrize(("name", "index"), CASES)
def test_markdown_writer_shows_the_cells(
    name: str, index: int, capsys: pytest.CaptureFixture[str], flipped_file: Path
) -> None:
    cells = verdict_cells(minestats.check(_document(name)).verdicts[index])
    out = _cli(["check", _file(name, flipped_file), "--format", "markdown"], capsys)
    row = _markdown_rows(out)[index]
    status = f"**{cells.status}**" if cells.unexpected else cells.status
    assert row == [
        cells.claim,
        cells.reading,
        status,
        cells.expected,
        cells.stated,
        cells.computed,
        cells.gap,
    ]


@pytest.mark.parametrize(("name", "index"), CASES)
def test_html_writers_show_the_cells(name: str, index: int) -> None:
    report = minestats.check(_document(name))
    verdict = report.verdicts[index]
    cells = verdict_cells(verdict)
    row = _Cells(report._repr_html_()).rows[1 + index]
    stated, computed, gap = row[4:7]
    assert stated == _muted(cells.stated, cells.stated_interval)
    assert computed == _muted(cells.computed, f"({cells.computed_range})" if cells.computed_range else "")
    assert gap == cells.gap
    assert row[7] == ("".join(cells.implied) if cells.failing else "")
    shown = {r[0]: "".join(r[1:]) for r in _Headed(verdict._repr_html_()).rows}
    assert shown.get("stated", "") == stated
    assert shown.get("computed", "") == computed
    assert shown.get("gap", "") == gap
    assert shown.get("qualifiers", "") == cells.qualifiers
    assert shown["reason"] == cells.reason


class _Headed(HTMLParser):
    """``<th>`` head and cell texts of each row of an HTML table."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td") and self.rows:
            self.rows[-1].append("")

    def handle_data(self, data: str) -> None:
        if self.rows and self.rows[-1]:
            self.rows[-1][-1] += data


@pytest.mark.parametrize(("name", "index"), CASES)
def test_csv_and_json_rows_give_the_cells(
    name: str, index: int, capsys: pytest.CaptureFixture[str], flipped_file: Path
) -> None:
    cells = verdict_cells(minestats.check(_document(name)).verdicts[index])
    out = _cli(["check", _file(name, flipped_file), "--format", "csv"], capsys)
    row = list(csv.DictReader(io.StringIO(out)))[index]
    assert (row["claim"], row["reading"], row["status"], row["expected"]) == (
        cells.claim,
        cells.reading,
        cells.status,
        cells.expected,
    )
    bound = row["kind"] in ("subset", "bound")
    stated = with_unit(row["stated"], row["unit"]) if row["stated"] else ""
    assert (f"at most {stated}" if bound and stated else stated) == cells.stated
    assert (
        with_unit(num(Decimal(row["computed"])), row["unit"]) if row["computed"] else ""
    ) == cells.computed
    if bound:  # the headroom: how far the part stays below its whole
        headroom = f"headroom {num(Decimal(row['headroom']), 4)} {row['gap_unit']}" if row["headroom"] else ""
        assert headroom == cells.gap
        assert (-Decimal(row["gap"]) if row["gap"] else None) == (
            Decimal(row["headroom"]) if row["headroom"] else None
        )
    else:
        assert row["headroom"] == ""
        assert (gap_text(Decimal(row["gap"]), row["gap_unit"]) if row["gap"] else "") == cells.gap
    assert row["implied"] == "; ".join(cells.implied)
    assert row["qualifiers"] == cells.qualifiers
    (payload,) = json.loads(_cli(["check", _file(name, flipped_file), "--format", "json"], capsys))
    item = payload["verdicts"][index]
    stated = with_unit(item["stated_text"], item["unit"]) if item["stated_text"] else ""
    assert (f"at most {stated}" if bound and stated else stated) == cells.stated
    computed = item["computed"]
    assert (with_unit(num(Decimal(computed)), item["unit"]) if computed else "") == cells.computed
    gap = item["gap"]
    if not bound:
        assert (gap_text(Decimal(gap), item["gap_unit"]) if gap else "") == cells.gap
    assert (item["expected"], item["as_expected"]) == (cells.expected, not cells.unexpected)


# -- the cells themselves -------------------------------------------------------------------

# Hand-worked from the letter: 165,871.5 ha / 11,258 km² = 14.7337 %; 70 + 312 = 382;
# 1,658.715 km² cleared of 11,258 km²; 54,430 of 1.5 million landmines. A part of a whole
# may be anything from 0 to the top of the whole's rounding interval.
CELLS = [
    ("cleared_share_of_minefields", "of_minefield_area",
     "14.2 %", "[14.15, 14.25]", "14.7337 %", "+0.5337 pp"),
    ("post_conflict_victims_total", "as_stated", "382", "", "382", "\u00b10 people"),
    ("cleared_within_minefields", "as_stated",
     "at most 11,258 km²", "[0, 11,258.5]", "1,658.72 km²", "headroom 9,599 km²"),
    ("neutralized_within_planted", "mines_within_mines",
     "at most 1.5 million", "[0, 1,550,000]", "54,430", "headroom 1,445,570 landmines"),
    ("children_within_victims", "as_stated", "at most 3,461", "[0, 3,461]", "359", "headroom 3,102 people"),
    ("neutralized_share_of_planted", "all_of_all", "3.6 %", "[3.55, 3.65]", "", ""),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "reading", "stated", "interval", "computed", "gap"), CELLS)
def test_cells_of_the_letter(
    claim: str, reading: str, stated: str, interval: str, computed: str, gap: str
) -> None:
    cells = verdict_cells(minestats.check(LETTER).verdict(claim, reading))
    assert (cells.stated, cells.stated_interval, cells.computed, cells.gap) == (
        stated,
        interval,
        computed,
        gap,
    )


def test_cells_mark_unexpected_and_failing() -> None:
    flipped = {(v.claim, v.reading): verdict_cells(v) for v in minestats.check(FLIPPED)}
    original = {(v.claim, v.reading): verdict_cells(v) for v in minestats.check(LETTER)}
    key = ("cleared_share_of_minefields", "of_minefield_area")
    assert (original[key].unexpected, original[key].failing) == (False, True)
    assert (flipped[key].unexpected, flipped[key].expected) == (True, "consistent")
    key = ("post_conflict_victims_total", "as_stated")
    assert (original[key].unexpected, original[key].failing) == (False, False)


@pytest.mark.parametrize(
    ("value", "unit", "digits", "short", "text"),
    [
        ("0.533656", "percentage points", 4, True, "+0.5337 pp"),
        ("0.533656", "percentage points", 6, False, "+0.533656 percentage points"),
        ("-12.28461", "percentage points", 4, True, "-12.28 pp"),
        ("0", "people", 4, True, "\u00b10 people"),
        ("-1445570", "landmines", 4, True, "-1,445,570 landmines"),
        ("2.5", "km²", 4, False, "+2.5 km²"),
    ],
)
def test_gap_text(value: str, unit: str, digits: int, short: bool, text: str) -> None:
    assert gap_text(Decimal(value), unit, digits=digits, short=short) == text


def test_implied_text_of_an_infeasible_operand_and_an_alternative_unit() -> None:
    impossible = minestats.Implied(figure="x", unit="count", feasible=False)
    assert implied_text(impossible) == "x: no value of this figure alone makes it hold"
    area = minestats.Implied(
        figure="a", unit="km²", feasible=True, low="1.5", high="2", alternative_unit="ha",
        alternative_low="150", alternative_high="200",
    )  # fmt: skip
    assert implied_text(area) == str(area) == "a in [1.5, 2] km² (150 to 200 ha)"


# -- tables and the explanation ---------------------------------------------------------------


def test_verdict_table_columns_and_styles() -> None:
    report = minestats.check(FLIPPED)
    unexpected = [v for v in report if not v.as_expected]
    assert unexpected, "the flipped letter has verdicts that are not the expected one"
    text = verdict_table(unexpected, ("claim/reading", "status"))
    assert text == text_table(
        ("claim/reading", "status"),
        [(f"{v.claim}/{v.reading}", f"{v.status.value} (UNEXPECTED)") for v in unexpected],
    )
    markdown = verdict_table(unexpected, ("claim", "status"), markdown=True)
    assert markdown == markdown_table(
        ("claim", "status"), [(v.claim, f"**{v.status.value}**") for v in unexpected]
    )


def test_explanation_is_the_same_for_testing_and_the_cli(
    capsys: pytest.CaptureFixture[str], flipped_file: Path
) -> None:
    document = minestats.load(flipped_file)
    out = _cli(["check", str(flipped_file)], capsys)
    for verdict in minestats.check(document):
        text = explain(verdict, document)
        assert testing.explain(verdict, document) == text
        assert (text in out) == (not verdict.as_expected)
        assert text.splitlines()[0].startswith(f"{verdict.claim}/{verdict.reading} in {document.id}: ")


def test_the_plugin_shows_the_explanation(pytester: pytest.Pytester) -> None:
    path = pytester.makefile(".yaml", flipped=FLIPPED_TEXT)
    result = pytester.runpytest()
    document = minestats.load(path)
    failing = [v for v in minestats.check(document) if not v.as_expected]
    result.assert_outcomes(passed=len(minestats.check(document)) - len(failing), failed=len(failing))
    for verdict in failing:
        assert explain(verdict, document, file=path.name) in result.stdout.str()


def test_explanation_uses_the_cells() -> None:
    verdict = minestats.check(LETTER).verdict("cleared_share_of_minefields", "of_minefield_area")
    cells = verdict_cells(verdict)
    lines = explain(verdict, expected=Status.CONSISTENT).splitlines()
    assert lines[0].endswith(": inconsistent, expected consistent")
    heads = {line[2:14].strip(): line[14:] for line in lines[1:] if line[2:14].strip()}
    assert heads["claim:"] == cells.claim_text
    assert heads["stated:"] == f"{cells.stated}, rounding interval {cells.stated_interval} %"
    assert (
        heads["computed:"]
        == f"{cells.computed} ({cells.computed_range} % within the rounding of its operands)"
    )
    assert heads["gap:"] == gap_text(verdict.gap, verdict.gap_unit, digits=6, short=False)
    assert heads["implied:"].startswith(cells.implied[0] + ", stated ")
    assert heads["where:"] == cells.where


def test_explanation_names_units_as_the_tables_do() -> None:
    text = (
        "minestats: 1\nid: spans\ntitle: Spans\nfigures:\n"
        "  - {id: a, label: A, value: 1.2, unit: year, locator: {quote: x}}\n"
        "  - {id: b, label: B, value: 3.4, unit: year, locator: {quote: x}}\n"
        "  - {id: t, label: T, value: 4.9, unit: year, locator: {quote: x}}\n"
        "claims:\n  - {id: total, kind: sum, label: A and B, stated: t, part: [a, b]}\n"
    )
    verdict = minestats.check(minestats.loads(text)).verdict("total")
    cells = verdict_cells(verdict)
    assert (cells.stated, cells.computed) == ("4.9 years", "4.6 years")
    assert "total:      4.9 years, rounding interval [4.85, 4.95] years" in explain(verdict)
    assert isinstance(cells, VerdictCells)


def _kinds_document() -> minestats.Document:
    def f(ident: str, value: str, unit: str, quote: str, **extra: str) -> dict[str, object]:
        data: dict[str, object] = {
            "id": ident,
            "label": ident,
            "value": value,
            "unit": unit,
            "locator": {"quote": quote},
        }
        data.update(extra)
        return data

    return minestats.Document.model_validate(
        {
            "id": "kinds",
            "title": "Kinds",
            "figures": [
                f("p", "1195", "count", "1,195", entity="women"),
                f("w", "10000", "count", "10,000", entity="deminers"),
                f("more", "12.0", "percent", "more than 12.0", qualifier="more than"),
                f("words", "two thirds", "percent", "two thirds"),
                f("a", "38", "percent", "38"),
                f("b", "62.4", "percent", "62.4"),
                f("before", "40", "percent", "40"),
                f("after", "43", "percent", "43"),
                f("points", "3", "percentage points", "3 percentage points"),
                f("times", "3", "times", "three times"),
                f("km", "5", "km²", "5 km²"),
                f("ha", "500", "ha", "500 ha"),
                f("total", "2,700", "count", "2,700", entity="women", qualifier="at least"),
            ],
            "claims": [
                {"id": "bound", "kind": "share", "label": "l", "stated": "more", "part": ["p"],
                 "whole": ["w"]},
                {"id": "words", "kind": "share", "label": "l", "stated": "words", "part": ["p"],
                 "whole": ["w"]},
                {"id": "split", "kind": "partition", "label": "l", "part": ["a", "b"]},
                {"id": "rose", "kind": "change", "change": "increase", "label": "l", "stated": "points",
                 "part": ["after"], "whole": ["before"]},
                {"id": "many", "kind": "multiple", "label": "l", "stated": "times", "part": ["w"],
                 "whole": ["p"]},
                {"id": "twice", "kind": "same", "label": "l", "part": ["km", "ha"]},
                {"id": "sum", "kind": "sum", "label": "l", "stated": "total", "part": ["p", "p"]},
            ],
        }
    )  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "stated", "interval", "status"),
    [
        ("bound", "more than 12.0 %", "[11.95, 100]", "consistent"),
        ("words", "two thirds", "[66.1667, 67.1667]", "inconsistent"),
        ("split", "100 %", "", "consistent"),
        ("rose", "3 percentage points", "[2.5, 3.5]", "consistent"),
        ("many", "3 times", "[2.5, 3.5]", "inconsistent"),
        ("twice", "5 km²", "[4.5, 5.5]", "consistent"),
        ("sum", "at least 2,700", "[2,700, ∞]", "inconsistent"),
    ],
)
def test_cells_of_the_new_kinds_show_bounds_words_and_units(
    claim: str, stated: str, interval: str, status: str
) -> None:
    v = minestats.check(_kinds_document()).verdict(claim)
    cells = verdict_cells(v)
    assert (cells.stated, cells.stated_interval, cells.status) == (stated, interval, status)
    text = explain(v)
    assert stated in text
    assert v.reason in text
    assert stated in verdict_table([v], markdown=True)


def test_explain_reads_a_bound_and_words_as_what_they_are() -> None:
    report = minestats.check(_kinds_document())
    assert "stated:     more than 12.0 %, read as [11.95, 100] %" in explain(report.verdict("bound"))
    assert "stated:     two thirds, read as [66.1667, 67.1667] %" in explain(report.verdict("words"))
    assert "total:      at least 2,700, read as [2,700, ∞]" in explain(report.verdict("sum"))
    assert "total:      100 %, rounding interval [100, 100] %" in explain(report.verdict("split"))
