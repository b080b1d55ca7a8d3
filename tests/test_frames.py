"""Table-wide checks: the same verdicts as the single-claim path, row by row."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minestats
from helpers import figure
from minestats import DataError, PrecisionWarning


def shares(rows: Sequence[tuple[str | None, str | None, str | None]], **kwargs: str) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=["part", "whole", "stated"], dtype=object)
    return minestats.check_shares(table, part="part", whole="whole", stated="stated", **kwargs)


@pytest.mark.parametrize(
    ("part", "whole", "stated", "units", "status"),
    [
        ("54430", "1.5 million", "3.6", {}, "consistent"),
        ("159370", "1.5 million", "3.6", {}, "inconsistent"),
        ("165871.5", "11258", "14.2", {"part_unit": "ha", "whole_unit": "km²"}, "inconsistent"),
        ("165,871.5", "11,258", "14.7", {"part_unit": "ha", "whole_unit": "km2"}, "consistent"),
        ("1415", "10000", "14.2", {}, "consistent"),
        ("1424", "10000", "14.20", {}, "inconsistent"),
        ("3", "20", "17", {"part_unit": "ha", "whole_unit": "ha"}, "consistent"),
        ("3", "20", "17", {}, "inconsistent"),
        ("0", "0", "5", {}, "indeterminate"),
        ("", "10", "10", {}, "indeterminate"),  # one person, unknown
        ("", "10", "5", {}, "inconsistent"),  # half a person: no whole number of people gives 5 % of 10
    ],
)
def test_share_rows(part: str, whole: str, stated: str, units: dict[str, str], status: str) -> None:
    out = shares([(part, whole, stated)], **units)
    assert out["status"].tolist() == [status]
    if part and whole != "0":
        scalar = minestats.check_share(part, whole, stated, **units)
        assert scalar.status.value == status


def test_added_columns_and_values() -> None:
    out = shares([("165871.5", "11258", "14.2")], part_unit="ha", whole_unit="km²")
    assert list(out.columns[3:]) == [
        "kind", "status", "low", "high", "computed", "computed_low", "computed_high", "unit", "gap",
        "gap_unit", "reason",
        "part_implied_low", "part_implied_high", "whole_implied_low", "whole_implied_high",
    ]  # fmt: skip
    row = out.iloc[0]
    assert out["status"].dtype == "string"
    assert (row["kind"], row["unit"], row["gap_unit"]) == ("share", "percent", "percentage points")
    assert (row["low"], row["high"]) == (14.15, 14.25)
    assert row["computed_low"] == pytest.approx(165871.45 / 11258.5)
    assert row["computed_high"] == pytest.approx(165871.55 / 11257.5)
    assert row["computed"] == pytest.approx(14.733656, abs=1e-6)
    assert row["gap"] == pytest.approx(0.533656, abs=1e-6)
    assert row["part_implied_low"] == pytest.approx(159300.7)
    assert row["part_implied_high"] == pytest.approx(160426.5)
    assert row["whole_implied_low"] == pytest.approx(1658.715 / 0.1425)
    assert row["whole_implied_high"] == pytest.approx(1658.715 / 0.1415)


def test_the_table_is_not_changed_and_the_index_is_kept() -> None:
    table = pd.DataFrame({"p": ["1", "2"], "w": ["4", "4"], "s": ["25", "50"]}, index=["a", "b"])
    before = table.copy()
    out = minestats.check_shares(table, part="p", whole="w", stated="s")
    pd.testing.assert_frame_equal(table, before)
    assert list(out.index) == ["a", "b"]
    assert out["status"].tolist() == ["consistent", "consistent"]


def test_integer_columns_are_exact() -> None:
    table = pd.DataFrame({"p": [1, 1], "w": [3, 4], "s": ["33.3", "25"]})
    out = minestats.check_shares(table, part="p", whole="w", stated="s")
    assert out["status"].tolist() == ["consistent", "consistent"]


def test_float_columns_warn_that_digits_may_be_lost() -> None:
    table = pd.DataFrame({"p": ["1424"], "w": ["10000"], "s": [14.20]})
    with pytest.warns(PrecisionWarning, match="'s' holds floats"):
        out = minestats.check_shares(table, part="p", whole="w", stated="s", part_unit="ha", whole_unit="ha")
    # 14.20 arrived as 14.2, so 14.24 % is within the (wider) interval.
    assert out["status"].tolist() == ["consistent"]


def test_missing_values_are_indeterminate() -> None:
    table = pd.DataFrame({"p": ["1", None, "1"], "w": ["4", "4", np.nan], "s": ["25", "25", "25"]})
    out = minestats.check_shares(table, part="p", whole="w", stated="s")
    assert out["status"].tolist() == ["consistent", "indeterminate", "indeterminate"]
    assert math.isnan(out["computed"].iloc[1])


@pytest.mark.parametrize(
    ("rows", "field", "message"),
    [
        ([("-1", "4", "25")], "part", "negative"),
        ([("1", "4", "101")], "stated", "exceed 100"),
        ([("1.5", "4", "25")], "part", "whole number"),
        ([("1", "4", "1.234,5")], "stated", "number"),
        ([("1", "four", "25")], "whole", "number"),
        ([("1", "4", "25"), ("1", "4", "２５")], "stated", "number"),
    ],
)
def test_bad_values_name_row_and_column(rows: list[tuple[str, str, str]], field: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as info:
        shares(rows)
    assert info.value.field == field
    assert info.value.entry == f"row {len(rows) - 1}"


def test_incompatible_units_are_refused() -> None:
    with pytest.raises(minestats.UnitError, match="alike"):
        shares([("1", "4", "25")], part_unit="ha", whole_unit="count")


def test_clashing_column_names_need_a_prefix() -> None:
    table = pd.DataFrame({"p": ["1"], "w": ["4"], "status": ["25"]})
    with pytest.raises(ValueError, match="prefix"):
        minestats.check_shares(table, part="p", whole="w", stated="status")
    out = minestats.check_shares(table, part="p", whole="w", stated="status", prefix="check_")
    assert out["check_status"].tolist() == ["consistent"]


def test_huge_numbers_take_the_exact_object_path() -> None:
    big = "123456789012345678901234567890"
    out = shares([(big, big + "0", "10"), (big, big + "0", "10.1")])
    assert out["status"].tolist() == ["consistent", "inconsistent"]


def test_sums() -> None:
    table = pd.DataFrame(
        {
            "killed": ["70", "70", "1.4", None],
            "injured": ["312", "313", "1.4", "1"],
            "total": ["382", "382", "3", "1"],
        }
    )
    out = minestats.check_sums(table.iloc[[0, 1, 3]], parts=["killed", "injured"], total="total")
    assert out["status"].tolist() == ["consistent", "inconsistent", "indeterminate"]
    assert out["gap"].tolist()[:2] == [0.0, 1.0]
    assert out["injured_implied_low"].tolist()[:2] == [312.0, 312.0]
    areas = minestats.check_sums(table.iloc[[2]], parts=["killed", "injured"], total="total", unit="ha")
    assert areas["status"].tolist() == ["consistent"]


def test_units_from_unit_columns_row_by_row() -> None:
    table = pd.DataFrame(
        {
            "cleared": ["165871.5", "1658.715", "150"],
            "cleared_unit": ["ha", "km²", "hectares"],
            "mined": ["11258", "11258", "10"],
            "mined_unit": ["km²", "square kilometres", "km2"],
            "stated": ["14.2", "14.7", "15"],
        }
    )
    out = minestats.check_shares(
        table,
        part="cleared",
        whole="mined",
        stated="stated",
        part_unit="cleared_unit",
        whole_unit="mined_unit",
    )
    assert out["status"].tolist() == ["inconsistent", "consistent", "consistent"]
    assert out["part_implied_low"].tolist()[:2] == pytest.approx([159300.7, 0.1465 * 11258])


def test_a_bad_unit_in_a_unit_column_names_the_row() -> None:
    table = pd.DataFrame({"p": ["1", "2"], "pu": ["ha", "roods"], "w": ["4", "4"], "s": ["25", "50"]})
    with pytest.raises(DataError, match="unknown unit 'roods'") as info:
        minestats.check_shares(table, part="p", whole="w", stated="s", part_unit="pu", whole_unit="ha")
    assert (info.value.entry, info.value.field) == ("row 1", "pu")


def test_sums_with_a_unit_column() -> None:
    table = pd.DataFrame({"a": ["1.4", "70"], "b": ["1.4", "312"], "t": ["3", "382"], "u": ["ha", "count"]})
    with pytest.raises(minestats.UnitError, match="alike"):
        minestats.check_sums(table, parts=["a", "b"], total="t", unit="u")
    out = minestats.check_sums(table.iloc[[0]], parts=["a", "b"], total="t", unit="u")
    assert out["status"].tolist() == ["consistent"]


def test_a_pint_pandas_column_brings_its_unit() -> None:
    pint_pandas = pytest.importorskip("pint_pandas")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PrecisionWarning)
        table = pd.DataFrame(
            {
                "cleared": pd.Series([165871.5], dtype=pint_pandas.PintType("hectare")),
                "mined": pd.Series([11258.0], dtype=pint_pandas.PintType("km**2")),
                "stated": ["14.2"],
            }
        )
        out = minestats.check_shares(table, part="cleared", whole="mined", stated="stated")
    assert out["status"].tolist() == ["inconsistent"]


# -- the table path and the single-claim path agree ------------------------------------------------


def stated(max_digits: int = 7, max_places: int = 3) -> st.SearchStrategy[str]:
    return st.builds(
        lambda n, places: f"{n // 10**places}.{n % 10**places:0{places}d}" if places else str(n),
        st.integers(0, 10**max_digits),
        st.integers(0, max_places),
    )


def percents() -> st.SearchStrategy[str]:
    return st.builds(
        lambda n, places: f"{n // 10**places}.{n % 10**places:0{places}d}" if places else str(n),
        st.integers(0, 100),
        st.integers(0, 2),
    ).filter(lambda s: float(s) <= 100) | st.sampled_from(["0", "100", "14.2", "3.6", "50.0", "33.3"])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(stated(), stated(), percents()), min_size=1, max_size=8),
    st.sampled_from([("ha", "ha"), ("ha", "km²"), ("km²", "ha"), ("m²", "ha")]),
)
def test_table_verdicts_equal_single_claim_verdicts_for_areas(
    rows: list[tuple[str, str, str]], units: tuple[str, str]
) -> None:
    kwargs = {"part_unit": units[0], "whole_unit": units[1]}
    out = shares(rows, **kwargs)
    for (part, whole, percent), status in zip(rows, out["status"], strict=True):
        assert minestats.check_share(part, whole, percent, **kwargs).status.value == status


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6), percents()), min_size=1, max_size=8))
def test_table_verdicts_equal_single_claim_verdicts_for_counts(rows: list[tuple[int, int, str]]) -> None:
    text_rows = [(str(p), str(w), s) for p, w, s in rows]
    out = shares(text_rows)
    for (part, whole, percent), status in zip(text_rows, out["status"], strict=True):
        assert minestats.check_share(part, whole, percent).status.value == status


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(stated(5, 2), stated(5, 2), stated(6, 2)), min_size=1, max_size=6))
def test_table_sums_equal_single_claim_sums(rows: list[tuple[str, str, str]]) -> None:
    table = pd.DataFrame(rows, columns=["a", "b", "t"], dtype=object)
    out = minestats.check_sums(table, parts=["a", "b"], total="t", unit="ha")
    for (a, b, t), status in zip(rows, out["status"], strict=True):
        assert minestats.check_sum([a, b], t, unit="ha").status.value == status


def _count_text() -> st.SearchStrategy[str | None]:
    small = st.integers(0, 300).map(str)
    rounded = st.integers(1, 99).map(lambda n: f"{n // 10}.{n % 10} thousand")
    return st.one_of(small, small, rounded, st.none())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_count_text(), _count_text(), percents()), min_size=1, max_size=8))
def test_the_whole_number_rule_agrees_with_the_single_claim_path(
    rows: list[tuple[str | None, str | None, str]],
) -> None:
    out = shares(rows)
    for (part, whole, percent), status in zip(rows, out["status"], strict=True):
        assert minestats.check_share(part, whole, percent).status.value == status


def test_a_share_of_people_no_whole_number_gives_is_inconsistent_in_a_table() -> None:
    table = pd.DataFrame(
        {"p": [None, None, "3", "1"], "w": ["7", "50", "7", None], "s": ["50", "6", "42.9", "30"]}
    )
    out = minestats.check_shares(table, part="p", whole="w", stated="s")
    assert out["status"].tolist() == ["inconsistent", "indeterminate", "consistent", "inconsistent"]


# -- check_sum: the direct path equals the document's verdict ----------------------------------


def sum_by_document(parts: Sequence[object], total: object, unit: str) -> minestats.Verdict:
    """check_sum's verdict the long way: a document of the parts and the total, checked."""
    ids = [f"part_{i}" for i in range(len(parts))]
    figures = [figure(i, v, unit) for i, v in zip(ids, parts, strict=True)]
    figures.append(figure("total", total, unit))
    claim = {"id": "sum", "kind": "sum", "label": "sum", "stated": "total", "part": ids}
    document = minestats.Document.model_validate(
        {"id": "sum", "title": "sum", "figures": figures, "claims": [claim]}
    )
    return minestats.check_reading(document, "sum")


SUM_UNITS = ["count", "ha", "km²", "m²", "percent", "USD", "acre", "sq mi"]


@pytest.mark.parametrize(
    ("parts", "total", "unit"),
    [
        (["70", "312"], "382", "count"),
        (["70", "312"], "383", "count"),
        ([70, 312], 382, "count"),
        (["1.5", "2.25"], "3.7", "ha"),  # 3.75 in [3.65, 3.75]: the high end counts
        (["1.5", "2.25"], "3.9", "km²"),  # the parts reach 3.85 at most, the total 3.85 at least
        (["1.5", "2.25"], "3.95", "km²"),
        (["0.4", "0.4"], "1", "m²"),
        (["10", "20.0"], "30", "percent"),
        (["5"] * 20, "101", "count"),  # a long sum: the reason shortens it
        (["007", "0.000"], "7", "ha"),
        (["0.001"], "0", "km²"),
        (["3", "4"], "7", "USD"),
        (["1"] * 13, "14", "acre"),
        (["123456789012345678901234567890"], "123456789012345678901234567891", "count"),
        (["165,871.5", "1,000"], "166,871", "ha"),
        (["1,000,000", "2"], "1000002", "count"),
    ],
)
def test_check_sum_equals_the_document_path(parts: list[object], total: object, unit: str) -> None:
    assert minestats.check_sum(parts, total, unit=unit) == sum_by_document(parts, total, unit)


@st.composite
def plain_sums(draw: st.DrawFn) -> tuple[list[str], str, str]:
    unit = draw(st.sampled_from(SUM_UNITS))
    decimals = st.just(0) if unit == "count" else st.integers(0, 3)
    limit = 100 if unit == "percent" else 10**6

    def number(d: int, value: int) -> str:
        """``value / 10**d`` with d decimals, its thousands grouped by commas or not."""
        head = f"{value // 10**d:,}" if draw(st.booleans()) else str(value // 10**d)
        return head if d == 0 else f"{head}.{value % 10**d:0{d}d}"

    parts = []
    for _ in range(draw(st.integers(1, 15))):
        d = draw(decimals)
        parts.append(number(d, draw(st.integers(0, limit * 10**d // 15))))
    d = draw(decimals)
    exact = sum(Fraction(p.replace(",", "")) for p in parts) * 10**d
    # at the sum, next to it, at half a unit of either side (the rounding boundaries) or anywhere
    nudge = draw(st.sampled_from([Fraction(0), Fraction(1), Fraction(-1), Fraction(1, 2), Fraction(-1, 2)]))
    target = draw(st.one_of(st.just(exact + nudge), st.integers(0, limit * 10**d).map(Fraction)))
    total = max(0, min(limit * 10**d, round(target)))
    return parts, number(d, total), unit


@given(plain_sums())
@settings(deadline=None)
def test_check_sum_equals_the_document_path_on_random_sums(case: tuple[list[str], str, str]) -> None:
    parts, total, unit = case
    assert minestats.check_sum(parts, total, unit=unit) == sum_by_document(parts, total, unit)


@pytest.mark.parametrize(
    ("parts", "total", "unit"),
    [
        (["1,00", "2"], "102", "count"),  # not a grouping: the document path refuses it
        (["1,000.", "2"], "1002", "count"),
        (["1.5 million", "2"], "1500002", "count"),
        ([None, "2"], "5", "count"),  # unknown part
        (["3", "4"], "about 7", "count"),
        (["3.0", "4"], "7", "count"),
        ([" 3", "4"], "7", "count"),
        ([Decimal("3"), "4"], "7", "ha"),
        (["3", "4"], "7", "sq km"),
    ],
)
def test_check_sum_other_spellings_take_the_document_path(
    parts: list[object], total: object, unit: str
) -> None:
    try:
        expected: object = sum_by_document(parts, total, unit)
    except ValueError:  # pydantic's ValidationError: the document refuses it
        with pytest.raises(DataError):
            minestats.check_sum(parts, total, unit=unit)
    else:
        assert minestats.check_sum(parts, total, unit=unit) == expected


@pytest.mark.parametrize(
    ("parts", "total", "unit", "entry"),
    [
        (["1", "-1"], "0", "count", "part_1"),
        (["1", "2.5"], "3.5", "count", "part_1"),
        (["1", "2"], "3\x00", "count", "total"),
        ([True, 2], "3", "count", "part_0"),
        (["١", "2"], "3", "count", "part_0"),
    ],
)
def test_check_sum_refuses_what_a_document_refuses(
    parts: list[object], total: object, unit: str, entry: str
) -> None:
    with pytest.raises(DataError) as caught:
        minestats.check_sum(parts, total, unit=unit)
    assert caught.value.problems[0].entry == entry
    with pytest.raises(ValueError, match="value"):  # pydantic's ValidationError
        sum_by_document(parts, total, unit)


def test_check_sum_implied_objects_are_those_of_validation() -> None:
    verdict = minestats.check_sum(["1.5", "2"], "3.4", unit="km²")
    for implied in verdict.implied:
        again = minestats.Implied.model_validate(implied.model_dump())
        assert again == implied
        assert again.model_fields_set == implied.model_fields_set
        assert repr(again) == repr(implied)
    assert minestats.Verdict.model_validate_json(verdict.model_dump_json()) == verdict


# -- one table vocabulary --------------------------------------------------------------------

DOCS = Path(__file__).resolve().parents[1] / "docs" / "tables.md"


def documented() -> list[tuple[list[str], str, str, tuple[bool, ...]]]:
    """The rows of the vocabulary table in docs/tables.md: names, dtype, meaning, where (one mark a table)."""
    text = DOCS.read_text(encoding="utf-8")
    table = text.split("<!-- table-vocabulary:start -->")[1].split("<!-- table-vocabulary:end -->")[0]
    rows = []
    for line in table.strip().splitlines()[2:]:
        names, dtype, meaning, *where = (cell.strip() for cell in line.strip("|").split("|"))
        rows.append(
            ([n.strip(" `") for n in names.split(",")], dtype, meaning, tuple(w == "✓" for w in where))
        )
    return rows


def vocabulary_frames() -> dict[str, pd.DataFrame]:
    """Each kind of frame, on a small table and the letter; the table frames' added columns only."""
    table = pd.DataFrame({"a": ["3", "4"], "b": ["12", None], "s": ["25", "30"]})
    shares = minestats.check_shares(table, part="a", whole="b", stated="s")
    sums = minestats.check_sums(table, parts=["a", "b"], total="s")
    partitions = minestats.check_partitions(table, parts=["a", "b"])
    changes = minestats.check_changes(table, earlier="a", later="b", stated="s")
    multiples = minestats.check_multiples(table, part="a", whole="b", stated="s")
    sames = minestats.check_sames(table, values=["a", "b"])
    return {
        "reports": minestats.check(minestats.letter()).to_frame(),
        "audit": minestats.audit("Of 200 mines, 50 (25 per cent) were cleared.").to_frame(),
        "check_shares": shares[shares.columns[3:]],
        "check_sums": sums[sums.columns[3:]],
        "check_partitions": partitions[partitions.columns[3:]],
        "check_changes": changes[changes.columns[3:]],
        "check_multiples": multiples[multiples.columns[3:]],
        "check_sames": sames[sames.columns[3:]],
    }


def expected_columns(where: int) -> list[tuple[str, str]]:
    out = []
    for names, dtype, _, marks in documented():
        if marks[where] and names[0].startswith("<part>"):  # each part's pair, part by part
            out += [(name.replace("<part>", part), dtype) for part in ("a", "b") for name in names]
        elif marks[where]:
            out += [(name, dtype) for name in names]
    return out


@pytest.mark.parametrize(
    ("frame", "where"),
    [
        ("reports", 0),
        ("audit", 0),
        ("check_shares", 1),
        ("check_sums", 2),
        ("check_partitions", 3),
        ("check_changes", 4),
        ("check_multiples", 5),
        ("check_sames", 6),
    ],
)
def test_frames_have_the_documented_columns_and_dtypes(frame: str, where: int) -> None:
    out = vocabulary_frames()[frame]
    assert [(str(c), str(t)) for c, t in out.dtypes.items()] == expected_columns(where)


def test_the_documented_meanings_are_the_reports() -> None:
    from minestats._report import REPORT_COLUMN_DOCS, REPORT_COLUMNS

    rows = {names[0]: (dtype, meaning) for names, dtype, meaning, marks in documented() if marks[0]}
    assert rows == {name: (REPORT_COLUMNS[name], REPORT_COLUMN_DOCS[name]) for name in REPORT_COLUMNS}


def test_a_table_row_and_a_report_row_compare_alike() -> None:
    table = pd.DataFrame({"p": ["70"], "q": ["312"], "t": ["383"]})
    row = minestats.check_sums(table, parts=["p", "q"], total="t").iloc[0]
    verdict = minestats.check_sum(["70", "312"], "383")
    assert (row["kind"], row["status"], row["unit"], row["gap_unit"]) == (
        verdict.kind.value,
        verdict.status.value,
        verdict.unit,
        verdict.gap_unit,
    )
    numbers = ["low", "high", "computed", "computed_low", "computed_high", "gap"]
    assert [row[c] for c in numbers] == [float(getattr(verdict, c)) for c in numbers]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (("1415", "10000", "14.2"), 0),
        (("1424", "10000", "14.20"), 2),
        (("3", "20", "17"), 2),  # counts stated to the unit are exact: 3 / 20 is 15 %
        (("0", "0", "5"), 4),
        ((None, "10", "10"), 5),
        ((None, "10", "5"), 6),
    ],
)
def test_share_reasons(row: tuple[str | None, str, str], reason: int) -> None:
    from minestats._frames import SHARE_REASONS

    out = shares([row])
    assert out["reason"].tolist() == [SHARE_REASONS[reason]]


def test_share_reason_within_the_rounding_of_the_operands() -> None:
    from minestats._frames import SHARE_REASONS

    out = shares([("1.4", "10", "15.0")], part_unit="ha", whole_unit="ha")  # 14 % at the point, 15 % in reach
    assert (out["status"].tolist(), out["reason"].tolist()) == (["consistent"], [SHARE_REASONS[1]])


# -- check_sums: an unknown part ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "total", "unit"),
    [
        ([None, "312"], "382", "count"),
        (["70", None], "382", "count"),
        ([None, "312"], "300", "count"),  # the others already exceed the total: inconsistent
        ([None, "1.5", "2"], "4", "ha"),
        ([None, "1.5", "2"], "3", "ha"),  # 1.45 + 1.5 = 2.95 is below 3.5: room for 0 to 1.05... of 0.5 up
        ([None, "3.5"], "3", "km²"),
        ([None, "1", "2"], "3", "count"),
        ([None, "2"], "1 thousand", "count"),
    ],
)
def test_check_sums_gives_the_implied_interval_of_an_unknown_part(
    parts: list[str | None], total: str, unit: str
) -> None:
    labels = [f"p{i}" for i in range(len(parts))]
    table = pd.DataFrame([[*parts, total]], columns=[*labels, "t"], dtype=object)
    row = minestats.check_sums(table, parts=labels, total="t", unit=unit).iloc[0]
    verdict = minestats.check_sum(parts, total, unit=unit)
    assert row["status"] == verdict.status.value
    (implied,) = verdict.implied
    at = labels[parts.index(None)]
    got = (row[f"{at}_implied_low"], row[f"{at}_implied_high"])
    if implied.feasible:
        assert implied.low is not None
        assert implied.high is not None
        assert got == (float(implied.low), float(implied.high))
    else:
        assert all(math.isnan(v) for v in got)
    others = [c for c in labels if c != at]
    assert all(math.isnan(row[f"{c}_implied_low"]) for c in others)


@given(
    st.lists(st.one_of(st.none(), st.integers(0, 500)), min_size=1, max_size=4),
    st.integers(0, 2000),
    st.sampled_from(["count", "ha"]),
)
@settings(deadline=None)
def test_check_sums_agrees_with_check_sum_on_unknown_parts(
    parts: list[int | None], total: int, unit: str
) -> None:
    stated = [None if v is None else (str(v) if unit == "count" else f"{v / 10:.1f}") for v in parts]
    labels = [f"p{i}" for i in range(len(parts))]
    table = pd.DataFrame([[*stated, str(total)]], columns=[*labels, "t"], dtype=object)
    row = minestats.check_sums(table, parts=labels, total="t", unit=unit).iloc[0]
    verdict = minestats.check_sum(stated, str(total), unit=unit)
    assert row["status"] == verdict.status.value
    if stated.count(None) == 1 and verdict.implied[0].feasible:
        at = labels[stated.index(None)]
        low, high = verdict.implied[0].low, verdict.implied[0].high
        assert low is not None
        assert high is not None
        assert row[f"{at}_implied_low"] == pytest.approx(float(low))
        assert row[f"{at}_implied_high"] == pytest.approx(float(high))


# -- floats and bounds in the single-claim functions ------------------------------------------------


SUM_HA = {"unit": "ha"}


@pytest.mark.parametrize(
    ("check", "floats", "texts", "kwargs"),
    [
        (minestats.check_sum, ([1.5, 2], "3.5"), (["1.5", "2"], "3.5"), SUM_HA),
        (minestats.check_sum, (["1.5", "2"], 3.5), (["1.5", "2"], "3.5"), SUM_HA),
        (minestats.check_share, ("7", 50.0, "14"), ("7", "50.0", "14"), {}),
        (minestats.check_share, ("7", "50", np.float64(14.0)), ("7", "50", "14.0"), {}),
    ],
)
def test_floats_are_read_as_their_shortest_text_with_a_warning(
    check: Any, floats: tuple[object, ...], texts: tuple[object, ...], kwargs: dict[str, str]
) -> None:
    with pytest.warns(PrecisionWarning, match="float"):
        verdict = check(*floats, **kwargs)
    assert verdict == check(*texts, **kwargs)


def test_numpy_integers_are_exact() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert minestats.check_share(np.int64(7), np.int64(50), "14") == minestats.check_share(
            "7", "50", "14"
        )


@pytest.mark.parametrize("part", [114, 115, 120, 125, 126, 1000])
@pytest.mark.parametrize(
    "qualifier", ["more than", "over", "nearly", "almost", "up to", "less than", "about"]
)
def test_a_share_stated_with_a_qualifier_at_its_boundaries(part: int, qualifier: str) -> None:
    # counts are exact: the share is part / 1000 exactly; "12" rounds to [11.5, 12.5] %
    share = Fraction(part, 1000) * 100
    direction = minestats.QUALIFIERS[qualifier]
    low, high = Fraction(23, 2), Fraction(25, 2)
    if direction == "lower bound":
        expected = low <= share <= 100
    elif direction == "upper bound":
        expected = share <= high
    else:  # vague: reported, the rounding interval unchanged
        expected = low <= share <= high
    verdict = minestats.check_share(str(part), "1000", "12", qualifier=qualifier)
    assert (verdict.status.value == "consistent") == expected
    assert verdict.qualifiers == {"stated": qualifier}


@pytest.mark.parametrize("total", ["380", "381", "382", "383", "390"])
@pytest.mark.parametrize("qualifier", ["more than", "nearly", None])
def test_a_total_stated_with_a_qualifier_at_its_boundaries(total: str, qualifier: str | None) -> None:
    parts_sum = 70 + 312  # counts stated to the unit are exact
    t = int(total)
    expected = {"more than": parts_sum >= t, "nearly": parts_sum <= t, None: parts_sum == t}[qualifier]
    verdict = minestats.check_sum(["70", "312"], total, qualifier=qualifier)
    assert (verdict.status.value == "consistent") == expected


def test_an_unknown_qualifier_names_the_field() -> None:
    with pytest.raises(DataError, match="qualifier"):
        minestats.check_share("7", "50", "14", qualifier="roughly-ish")


# -- a qualifier makes a stated percentage a bound, in tables as in data files ---------------------

QUALIFIERS = st.sampled_from([None, "more than", "at least", "over", "nearly", "almost", "up to", "about"])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(stated(5, 2), stated(5, 2), percents(), QUALIFIERS), min_size=1, max_size=8),
    st.sampled_from([("ha", "ha"), ("count", "count"), ("ha", "km²")]),
)
def test_table_bounds_equal_single_claim_bounds(
    rows: list[tuple[str, str, str, str | None]], units: tuple[str, str]
) -> None:
    if units[0] == "count":
        rows = [(p.split(".")[0], w.split(".")[0], s, q) for p, w, s, q in rows]
    table = pd.DataFrame(rows, columns=["p", "w", "s", "q"])
    kwargs = {"part_unit": units[0], "whole_unit": units[1]}
    out = minestats.check_shares(table, part="p", whole="w", stated="s", qualifier="q", **kwargs)
    for (part, whole, percent, qualifier), status, low, high in zip(
        rows, out["status"], out["low"], out["high"], strict=True
    ):
        single = minestats.check_share(part, whole, percent, qualifier=qualifier, **kwargs)
        assert single.status.value == status, (part, whole, percent, qualifier)
        assert (float(single.low or 0), float(single.high or 0)) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("part", "stated", "qualifier", "status"),
    [
        # 1,150 of 10,000 is 11.5 %: the low end of "more than 12"'s rounding, so it is met (exactly)
        ("1150", "12", "more than", "consistent"),
        ("1149", "12", "more than", "inconsistent"),
        # 1,250 of 10,000 is 12.5 %: the high end of "nearly 12"'s rounding
        ("1250", "12", "nearly", "consistent"),
        ("1251", "12", "nearly", "inconsistent"),
        ("1251", "12", "about", "inconsistent"),  # a vague qualifier never widens
        ("9000", "50", "over", "consistent"),  # a lower bound reaches 100 %
    ],
)
def test_a_bound_in_a_table_at_its_exact_edges(part: str, stated: str, qualifier: str, status: str) -> None:
    table = pd.DataFrame({"p": [part], "w": ["10000"], "s": [stated]})
    out = minestats.check_shares(
        table, part="p", whole="w", stated="s", part_unit="ha", whole_unit="ha", qualifier=qualifier
    )
    assert out["status"].tolist() == [status]
    single = minestats.check_share(
        part, "10000", stated, part_unit="ha", whole_unit="ha", qualifier=qualifier
    )
    assert single.status.value == status


def test_an_unknown_qualifier_in_a_table_names_the_row_and_the_column() -> None:
    table = pd.DataFrame(
        {"p": ["1", "2"], "w": ["10", "10"], "s": ["10", "20"], "q": ["more than", "roughly-ish"]}
    )
    with pytest.raises(DataError) as info:
        minestats.check_shares(table, part="p", whole="w", stated="s", qualifier="q")
    assert "row 1" in str(info.value)
    assert "'q'" in str(info.value)
    with pytest.raises(DataError, match="qualifier"):
        minestats.check_shares(table, part="p", whole="w", stated="s", qualifier="roughly-ish")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(stated(4, 1), stated(4, 1), stated(5, 1), QUALIFIERS), min_size=1, max_size=8),
    st.sampled_from(["ha", "count"]),
)
def test_table_sum_bounds_equal_single_claim_sum_bounds(
    rows: list[tuple[str, str, str, str | None]], unit: str
) -> None:
    if unit == "count":
        rows = [(a.split(".")[0], b.split(".")[0], t.split(".")[0], q) for a, b, t, q in rows]
    table = pd.DataFrame(rows, columns=["a", "b", "t", "q"])
    out = minestats.check_sums(table, parts=["a", "b"], total="t", unit=unit, qualifier="q")
    for (a, b, total, qualifier), status, low, high in zip(
        rows, out["status"], out["low"], out["high"], strict=True
    ):
        single = minestats.check_sum([a, b], total, unit=unit, qualifier=qualifier)
        assert single.status.value == status, (a, b, total, qualifier)
        expected_high = math.inf if single.high is None else float(single.high)
        assert (float(single.low or 0), expected_high) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("total", "qualifier", "status"),
    [
        ("490", "more than", "consistent"),  # 88 + 402 = 490, exactly the low end of a count
        ("491", "more than", "inconsistent"),
        ("490", "nearly", "consistent"),
        ("489", "nearly", "inconsistent"),
        ("489", "about", "inconsistent"),  # a vague qualifier never widens
    ],
)
def test_a_bound_on_a_total_in_a_table_at_its_exact_edges(total: str, qualifier: str, status: str) -> None:
    table = pd.DataFrame({"killed": ["88"], "injured": ["402"], "total": [total]})
    out = minestats.check_sums(table, parts=["killed", "injured"], total="total", qualifier=qualifier)
    assert out["status"].tolist() == [status]
    assert minestats.check_sum(["88", "402"], total, qualifier=qualifier).status.value == status


def test_a_qualifier_cell_that_is_no_text_names_its_row_and_empty_cells_are_no_qualifier() -> None:
    table = pd.DataFrame({"p": ["1", "2", "3"], "w": ["10"] * 3, "s": ["10", "20", "30"], "q": [None, "", 5]})
    with pytest.raises(DataError, match="a qualifier as text") as info:
        minestats.check_shares(table, part="p", whole="w", stated="s", qualifier="q")
    assert "row 2" in str(info.value)
    out = minestats.check_shares(table.iloc[:2], part="p", whole="w", stated="s", qualifier="q")
    assert out["status"].tolist() == ["consistent", "consistent"]


def test_the_examples_of_the_tables_page_give_what_their_comments_say() -> None:
    """Each ```python block of docs/tables.md runs; an expression with a comment gives what it says."""
    import ast

    text = DOCS.read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 2
    namespace: dict[str, object] = {}
    checked = 0
    for block in blocks:
        lines = block.splitlines()
        for node in ast.parse(block).body:
            _, mark, comment = lines[(node.end_lineno or node.lineno) - 1].rpartition("#")
            if isinstance(node, ast.Expr) and mark and comment.strip()[:1] in ("[", "(", "'"):
                comment = comment.strip()
                value = eval(compile(ast.Expression(node.value), "docs/tables.md", "eval"), namespace)
                assert value == ast.literal_eval(comment), ast.unparse(node)
                checked += 1
            else:
                exec(compile(ast.Module([node], type_ignores=[]), "docs/tables.md", "exec"), namespace)
    assert checked >= 2
