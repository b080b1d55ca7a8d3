"""Tests of minestats._extract._layout's tables: the total rows and columns of flattened tables."""

from __future__ import annotations

import pytest

from minestats import extract


def _totals(text: str) -> list[tuple[str, list[str]]]:
    found = extract(text)
    by_start = {m.start: m for m in found}
    return [
        (m.text, [by_start[p].text for p in m.total_of]) for m in found.quantities if m.total_of is not None
    ]


ROWS = "Cleared land (ha)\n\nDistrict\n\nArea\n\nNorth\n\n120\n\nEast\n\n45.5\n\nTotal\n\n165.5\n"
SUBTOTALS = (
    "Mined area by region (m2)\n\nRegion\n\nArea\n\n"
    "Coast\n\nPort A\n\n1,200\n\nPort B\n\n800\n\nSubtotal\n\n2,000\n\n"
    "Hills\n\nPass C\n\n300\n\nPass D\n\n700\n\nSub-total\n\n1,000\n\n"
    "Grand total\n\n3,000\n"
)
TWO_COLUMNS = (
    "Hazards by site\n\nSite\n\nCHAs\n\nArea (m2)\n\nRiver bend\n\n3\n\n12,000\n\n"
    "Old camp\n\n2\n\n8,500\n\nTotal\n\n5\n\n20,500\n"
)
TOTAL_COLUMN = (
    "Land released in 2023 (km2)\n\nProvince\n\nCancelled\n\nReduced\n\nCleared\n\nTotal\n\n"
    "Lowlands\n\n1.5\n\n2.5\n\n0.5\n\n4.5\n\nUplands\n\n3\n\n1\n\n2\n\n6\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ROWS, [("165.5", ["120", "45.5"])]),
        (
            SUBTOTALS,
            [("2,000", ["1,200", "800"]), ("1,000", ["300", "700"]), ("3,000", ["2,000", "1,000"])],
        ),
        (TWO_COLUMNS, [("5", ["3", "2"]), ("20,500", ["12,000", "8,500"])]),
        (TOTAL_COLUMN, [("4.5", ["1.5", "2.5", "0.5"]), ("6", ["3", "1", "2"])]),
        ("Sites\n\nNorth\n\n12\n\nSouth\n\n30\n", []),  # no total row
        ("The total was 42, of 12 and 30 in two districts.\n\nTotal\n\nnone", []),  # prose, no table
    ],
)
def test_total_rows_and_columns_are_marked(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _totals(text) == expected


def test_a_total_row_in_other_languages() -> None:
    text = "Superficie (ha)\n\nZone\n\nSurface\n\nNord\n\n10\n\nSud\n\n15\n\nTotal général\n\n25\n"
    assert _totals(text) == [("25", ["10", "15"])]
    russian = "Площадь (га)\n\nРайон\n\nПлощадь\n\nСевер\n\n10\n\nЮг\n\n15\n\nИтого\n\n25\n"
    assert _totals(russian) == [("25", ["10", "15"])]


def test_total_cells_keep_their_caption_unit() -> None:
    (*_, total) = extract(ROWS).quantities
    assert (total.unit, total.total_of is not None) == ("ha", True)


def test_to_frame_gives_the_parts_of_a_total() -> None:
    frame = extract(ROWS).to_frame()
    (written,) = frame["total_of"].dropna().tolist()
    found = extract(ROWS)
    assert [int(p) for p in written.split()] == list(found.quantities[-1].total_of or ())


# -- tables laid out a row a line: the spaces between number cells group no digits, make no date ----------
GRID = "Casualties by year\nYear Killed Injured Total\n2018 130 452 582\n2019 75 204 279\n2019 12 30 42\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GRID, ["130", "452", "582", "75", "204", "279", "12", "30", "42"]),
        # a label column, and a footnote marker after a year
        (
            "Province Mines UXO Total\nAlpha 130 452 582\nBeta[1] 8 3 11\n",
            ["130", "452", "582", "8", "3", "11"],
        ),
        # no header of as many words as cells, or a single row: numbers as written, spaces grouping
        ("Killed and injured\n2018 130 452 582\n2019 75 204 279\n", ["130 452 582", "75 204 279"]),
        ("Year Killed Injured Total\n2018 130 452 582\n\nThe next year was calmer.", ["130 452 582"]),
    ],
)
def test_the_cells_of_a_table_laid_out_a_row_a_line(text: str, expected: list[str]) -> None:
    assert [m.text for m in extract(text).quantities] == expected


def test_a_prose_line_of_spaced_groups_is_untouched() -> None:
    text = "Les équipes ont dépollué 12 000 ha.\nIl reste 3 400 mines et 1 200 engins.\nFin du rapport.\n"
    assert [m.value for m in extract(text, locale="fr").quantities] == [12000, 3400, 1200]
