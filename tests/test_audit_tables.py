"""Totals of flattened tables and of lines that break a whole down (sentences written for these tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minestats
from minestats._audit._figures import items
from minestats._audit._tables import line_totals, row_totals, summary_totals, table_totals


def _cells(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


def _read(text: str, reader: str) -> list[tuple[str, list[str]]]:
    found = items(text, minestats.extract(text), {})
    if reader == "summary":
        totals = list(summary_totals(text, found))
    else:
        totals = table_totals(text, found) if reader == "table" else list(line_totals(text, found))
    return [(str(t.total.figure.value), [str(p.figure.value) for p in t.parts]) for t in totals]


HEADER = ("Contamination by district (as of March 2020)", "District", "Area (m2)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _cells(*HEADER, "Alpha", "1,200,500", "Beta", "340,000", "Total", "1,540,500"),
            [("1540500", ["1200500", "340000"])],
        ),
        # Windows line ends and a no-break space after the label: blanks within the line
        (
            "\r\n\r\n".join([*HEADER, "Alpha", "1,200,500", "Beta", "340,000", "Total\xa0", "1,540,500"]),
            [("1540500", ["1200500", "340000"])],
        ),
        # subtotals: each sums its own rows; the total sums the subtotals
        (
            _cells(
                *HEADER,
                "North",
                "Alpha",
                "1,200,500",
                "Beta",
                "340,000",
                "Subtotal",
                "1,540,500",
                "South",
                "Gamma",
                "20,000",
                "Subtotal",
                "20,000",
                "Total",
                "1,560,500",
            ),
            [
                ("1540500", ["1200500", "340000"]),
                ("20000", ["20000"]),
                ("1560500", ["1540500", "20000"]),
            ],
        ),
        # two columns, a footnote marker glued to a cell
        (
            _cells(
                "Areas by place",
                "Place",
                "CHAs",
                "Area (m2)",
                "North valley",
                "12[3]",
                "2,500,000",
                "South hill",
                "3",
                "400,000",
                "Total",
                "15",
                "2,900,000",
            ),
            [("15", ["12", "3"]), ("2900000", ["2500000", "400000"])],
        ),
        # cut at the top (no header): nothing
        (_cells("1,200,500", "Beta", "340,000", "Total", "1,540,500"), []),
        # a row with a missing cell: nothing
        (
            _cells(
                "Areas by place",
                "Place",
                "CHAs",
                "Area (m2)",
                "North valley",
                "2,500,000",
                "South hill",
                "3",
                "400,000",
                "Total",
                "15",
                "2,900,000",
            ),
            [],
        ),
        # a total in running text is no table
        ("The total was 1,540,500 m2 in 2020.", []),
    ],
)
def test_table_totals(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(text, "table") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Land Released 2.50 km2 (2,504,000 m2)\nLand Cleared 2.10 km2 (2,100,000 m2)\n"
            "Land Cancelled through survey 0.0040 km2 (4,000 m2)\nLand Reduced 0.40 km2 (400,000 m2)\n",
            [("2.50", ["2.10", "0.0040", "0.40"]), ("2504000", ["2100000", "4000", "400000"])],
        ),
        ("Casualties 52\nKilled 8\nInjured 44\n", [("52", ["8", "44"])]),
        # one side only, or sides in other units: nothing
        ("Land released 2.5 km2\nLand cleared 2.1 km2\nRoads 30 km\n", []),
        ("Land released 2.5 km2\nLand cleared 2.1 km2\nLand cancelled 4,000 m2\n", []),
        # a bound is no exact total
        ("Land released over 2.5 km2\nLand cleared 2.1 km2\nLand cancelled 0.4 km2\n", []),
    ],
)
def test_line_totals(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(text, "lines") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cells right under the total, then a block under a heading that names killed and injured
        (
            "Casualties in 2022\n\nTotal: 40 (2021: 25)\n\nMines: 31 (2021: 20) UXO: 9 (2021: 5)\n\n"
            "Breakdown\n\nKilled: 15 (6 children) (2021: 11)\n\nInjured: 25 (2021: 14)\n",
            [("40", ["31", "9"]), ("25", ["20", "5"]), ("40", ["15", "25"]), ("25", ["11", "14"])],
        ),
        # the parts as they are: a wrong sum is the audit's to judge
        ("Total: 40\nMines: 30 UXO: 9\n", [("40", ["30", "9"])]),
        # a year the parts do not all state gives no sum for that year
        ("Total: 40 (2021: 25)\nMines: 31 (2021: 20) UXO: 9\n", [("40", ["31", "9"])]),
        # under a heading, labels that are no partition (children are among the killed) give nothing
        ("Total: 40\n\nBy group\n\nChildren: 15\n\nWomen: 10\n", []),
        # one cell, a repeated label, another unit, a bound, or a line that is no key-value line: nothing
        ("Total: 40\nMines: 40\n", []),
        ("Total: 40\nMines: 30 Mines: 10\n", []),
        ("Total: 40 km2\nCleared: 30 km2 Reduced: 10 ha\n", []),
        ("Total: 40\nMines: over 30 UXO: 9\n", []),
        ("Total: 40\nThe teams found 30 mines and 10 shells.\n", []),
        ("Result: 40\nMines: 30 UXO: 10\n", []),
    ],
)
def test_summary_totals(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(text, "summary") == expected


def test_a_summary_total_is_judged_by_the_audit() -> None:
    report = minestats.audit("Total: 40 (2021: 25)\n\nMines: 31 (2021: 20) UXO: 9 (2021: 4)\n")
    statuses = [(v.stated_text, v.status.value) for v in report.verdicts]
    assert statuses == [("40", "consistent"), ("25", "inconsistent")]
    assert "(2021)" in (report.claims[1].readings[0].note or "")


def test_a_table_total_is_judged_by_the_audit() -> None:
    text = _cells(*HEADER, "Alpha", "1,200,500", "Beta", "340,000", "Total", "1,540,600")
    report = minestats.audit(text)
    (verdict,) = report.verdicts
    assert verdict.status is minestats.Status.INCONSISTENT
    assert {f.value for f in report.figures} >= {Decimal("1540600")}
    assert "Total" in (report.claims[0].readings[0].note or "")


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(st.integers(min_value=0, max_value=10**5), min_size=2, max_size=4),
    offset=st.integers(-1, 1),
)
def test_a_summary_box_is_judged_exactly(parts: list[int], offset: int) -> None:
    """ "Total: N" over labelled cells: consistent exactly when the cells add up to N."""
    total = max(0, sum(parts) + offset)
    labels = ["Mines", "UXO", "Cluster munitions", "IED"]
    cells = " ".join(f"{label}: {n:,}" for label, n in zip(labels, parts, strict=False))
    report = minestats.audit(f"Total: {total:,}\n\n{cells}\n")
    assert [v.status.value for v in report.verdicts] == [
        "consistent" if total == sum(parts) else "inconsistent"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each row's last cell sums its others; the "Total" row sums each column above it, and its own
        (
            "Finds by province\nProvince Mines UXO Total\nAlpha 12 5 17\nBeta 8 3 11\nTotal 20 8 28\n\nEnd.",
            [
                ("17", ["12", "5"]),
                ("11", ["8", "3"]),
                ("28", ["20", "8"]),
                ("20", ["12", "8"]),
                ("8", ["5", "3"]),
                ("28", ["17", "11"]),
            ],
        ),
        # no "Total" column, a row with a cell missing, or a blank line after the header: nothing
        ("Province Mines UXO\nAlpha 12 5\nBeta 8 3\n", []),
        ("Province Mines UXO Total\nAlpha 12 17\n", []),
        ("Province Mines UXO Total\n\nAlpha 12 5 17\n", []),
        # the table ends at the first row that does not fit
        (
            "Province Mines UXO Total\nAlpha 12 5 17\nSee the notes below for 4 more.\nBeta 8 3 11\n",
            [("17", ["12", "5"])],
        ),
    ],
)
def test_row_totals(text: str, expected: list[tuple[str, list[str]]]) -> None:
    found = row_totals(text, items(text, minestats.extract(text), {}))
    assert [(str(t.total.figure.value), [str(p.figure.value) for p in t.parts]) for t in found] == expected


def test_a_row_total_is_judged_by_the_audit() -> None:
    text = "Finds by province\nProvince Mines UXO Total\nAlpha 12 5 17\nBeta 8 3 12\nTotal 20 8 29\n\nEnd."
    statuses = [(v.stated_text, v.status.value) for v in minestats.audit(text).verdicts]
    assert statuses == [
        ("17", "consistent"),
        ("12", "inconsistent"),
        ("29", "inconsistent"),
        ("20", "consistent"),
        ("8", "consistent"),
        ("29", "consistent"),
    ]


def test_a_table_of_years_is_read_cell_by_cell() -> None:
    """Rows that open on a year, whose cells would otherwise read as a date or one spaced number."""
    text = (
        "Casualties by year\nYear Killed Injured Total\n2019 12 30 42\n2020 130 452 583\n"
        "Totals 142 482 625\n\nSource: the agency."
    )
    statuses = [(v.stated_text, v.status.value) for v in minestats.audit(text).verdicts]
    assert statuses == [
        ("42", "consistent"),
        ("583", "inconsistent"),
        ("625", "inconsistent"),
        ("142", "consistent"),
        ("482", "consistent"),
        ("625", "consistent"),
    ]
