"""Single claims and tables of the other kinds: change, multiple, partition, same; bounds."""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Literal

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minestats
from minestats import DataError, PrecisionWarning


def half_unit(text: str) -> Fraction:
    """Half a unit of the last stated digit of a plain number."""
    places = len(text.split(".")[1]) if "." in text else 0
    return Fraction(1, 2 * 10**places)


def within(value: Fraction, stated: str) -> bool:
    """Whether ``value`` is in the rounding interval of ``stated`` (a plain number)."""
    return abs(value - Fraction(stated)) <= half_unit(stated)


def nan(cell: object) -> bool:
    """Whether a frame's cell is a float NaN (pandas' stubs type a cell as any scalar)."""
    return isinstance(cell, float) and math.isnan(cell)


def cells(frame: pd.DataFrame, row: int, columns: list[str]) -> list[object]:
    """The cells of one row under ``columns`` (one row label and a list of columns give a Series)."""
    got = frame.loc[row, columns]
    assert isinstance(got, pd.Series)
    return got.tolist()


def bounds(implied: minestats.Implied) -> tuple[float, float]:
    """A feasible implied interval's ends as floats (both are known when it is feasible)."""
    assert implied.low is not None
    assert implied.high is not None
    return float(implied.low), float(implied.high)


# -- changes -------------------------------------------------------------------------------------


@pytest.mark.parametrize("later", range(872, 880))
@pytest.mark.parametrize("relative_to", ["earlier", "later"])
def test_a_relative_decrease_of_counts_at_its_boundaries(
    later: int, relative_to: Literal["earlier", "later"]
) -> None:
    earlier, stated = 1000, "12"  # counts are exact: only the stated change rounds, to [11.5, 12.5] %
    base = earlier if relative_to == "earlier" else later
    expected = within(Fraction(earlier - later, base) * 100, stated)
    verdict = minestats.check_change(str(earlier), str(later), stated, relative_to=relative_to)
    assert (verdict.status.value == "consistent") == expected
    assert verdict.computed == Decimal(Fraction(earlier - later, base).numerator * 100) / Decimal(
        Fraction(earlier - later, base).denominator
    )


@pytest.mark.parametrize("later", [1110, 1115, 1116, 1125, 1126])
def test_a_relative_increase_may_exceed_nothing_but_its_rounding(later: int) -> None:
    expected = within(Fraction(later - 1000, 1000) * 100, "12")
    verdict = minestats.check_change("1000", str(later), "12", change="increase")
    assert (verdict.status.value == "consistent") == expected


@pytest.mark.parametrize("later", [2350, 2360, 2365, 2366])
def test_a_change_may_exceed_100_per_cent(later: int) -> None:
    expected = within(Fraction(later - 1000, 1000) * 100, "136")
    verdict = minestats.check_change("1000", str(later), "136", change="increase")
    assert (verdict.status.value == "consistent") == expected


@pytest.mark.parametrize(
    ("earlier", "later", "stated", "change"),
    [("38.0", "41.5", "3.5", "increase"), ("41.5", "38.0", "3.5", "decrease"),
     ("38.0", "41.5", "3.6", "increase"), ("38.0", "41.5", "3.7", "increase"),
     ("38", "41", "3", "increase"), ("38", "41", "5", "increase")],
)  # fmt: skip
def test_a_change_in_percentage_points(
    earlier: str, later: str, stated: str, change: Literal["increase", "decrease"]
) -> None:
    # the difference ranges over the operands' rounding; consistent when that range meets the stated one
    h = half_unit(earlier) + half_unit(later)
    difference = abs(Fraction(later) - Fraction(earlier))
    s, hs = Fraction(stated), half_unit(stated)
    expected = difference - h <= s + hs and difference + h >= s - hs
    verdict = minestats.check_change(earlier, later, stated, change=change, stated_unit="percentage points")
    assert (verdict.status.value == "consistent") == expected
    assert verdict.unit == "percentage points"


@pytest.mark.parametrize(
    ("qualifier", "later", "holds"),
    [("more than", 885, True), ("more than", 886, False), ("nearly", 875, True), ("nearly", 874, False)],
)
def test_a_directional_qualifier_makes_the_stated_change_a_bound(
    qualifier: str, later: int, holds: bool
) -> None:
    # a decrease from 1000 of more than 12 %: at least 11.5 %; nearly 12 %: at most 12.5 %
    verdict = minestats.check_change("1000", str(later), "12", qualifier=qualifier)
    assert (verdict.status.value == "consistent") == holds


# -- multiples -----------------------------------------------------------------------------------


@pytest.mark.parametrize("part", [1490, 1500, 1501, 2499, 2500, 2501])
def test_a_multiple_of_counts_at_its_boundaries(part: int) -> None:
    expected = within(Fraction(part, 1000), "2")
    assert (minestats.check_multiple(str(part), "1000", "2").status.value == "consistent") == expected


@pytest.mark.parametrize(("part", "holds"), [(1115, True), (1125, True), (1126, False), (1114, False)])
def test_a_multiple_in_percent(part: int, holds: bool) -> None:
    verdict = minestats.check_multiple(str(part), "1000", "112", stated_unit="percent")
    assert (verdict.status.value == "consistent") == holds == within(Fraction(part, 10), "112")


@pytest.mark.parametrize(("part", "holds"), [(2500, True), (2501, False), (1000, True)])
def test_almost_double_is_at_most_the_high_end_of_two(part: int, holds: bool) -> None:
    verdict = minestats.check_multiple(str(part), "1000", "2", qualifier="almost")
    assert (verdict.status.value == "consistent") == holds


# -- partitions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "shares",
    [["38", "62"], ["38", "61"], ["33", "33", "33"], ["32", "33", "33"], ["33.3", "33.3", "33.3"],
     ["33.3", "33.3", "33.2"], ["50.0", "50.1"], ["50.0", "50.2"], ["0", "100"], ["100", "1"]],
)  # fmt: skip
def test_a_partition_against_fractions(shares: list[str]) -> None:
    low = sum(max(Fraction(s) - half_unit(s), Fraction(0)) for s in shares)
    high = sum(Fraction(s) + half_unit(s) for s in shares)
    verdict = minestats.check_partition(shares)
    assert (verdict.status.value == "consistent") == (low <= 100 <= high)
    assert verdict.computed_low == Decimal(low.numerator) / Decimal(low.denominator)


def test_one_unstated_share_gets_its_implied_interval() -> None:
    verdict = minestats.check_partition(["38.5", "20", None])
    assert verdict.status.value == "indeterminate"
    implied = verdict.implied[0]
    low = 100 - (Fraction("38.55") + Fraction("20.5"))  # the others at their highest
    high = 100 - (Fraction("38.45") + Fraction("19.5"))
    assert (implied.low, implied.high) == (Decimal(str(float(low))), Decimal(str(float(high))))


def test_an_unstated_share_with_no_room_left_is_inconsistent() -> None:
    assert minestats.check_partition(["60", "50", None]).status.value == "inconsistent"


@pytest.mark.parametrize(
    ("shares", "qualifiers", "holds"),
    [(["60", "30"], ["more than", None], True), (["60", "30"], [None, None], False),
     (["70", "40"], [None, "nearly"], True), (["70", "40"], [None, None], False)],
)  # fmt: skip
def test_a_share_stated_as_a_bound(shares: list[str], qualifiers: list[str | None], holds: bool) -> None:
    verdict = minestats.check_partition(shares, qualifiers=qualifiers)
    assert (verdict.status.value == "consistent") == holds


# -- one quantity stated twice -------------------------------------------------------------------


@pytest.mark.parametrize("hectares", ["449", "450", "451", "549", "550", "551"])
def test_one_area_stated_in_two_units(hectares: str) -> None:
    km2 = (Fraction(45, 10) * 100, Fraction(55, 10) * 100)  # "5" km² is [4.5, 5.5] km², in ha
    h = Fraction(hectares)
    expected = h + Fraction(1, 2) >= km2[0] and h - Fraction(1, 2) <= km2[1]
    verdict = minestats.check_same(("5", "km²"), (hectares, "ha"))
    assert (verdict.status.value == "consistent") == expected


@pytest.mark.parametrize(
    ("values", "holds"),
    [(("2.5 million", "2,500,000"), True), (("2.5 million", "2,550,000"), True),
     (("2.5 million", "2,550,001"), False), (("70", "71"), False), (("70", "70", "70"), True)],
)  # fmt: skip
def test_one_count_stated_twice(values: tuple[str, ...], holds: bool) -> None:
    assert (minestats.check_same(*values).status.value == "consistent") == holds


# -- input -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: minestats.check_change("abc", "572", "12"), "'earlier'"),
        # deliberately outside the declared Literal: the run-time check is what is tested
        (lambda: minestats.check_change("650", "572", "12", change="fell"), "'change'"),  # type: ignore[arg-type]
        (lambda: minestats.check_change("650", "572", "12", relative_to="both"), "relative_to"),  # type: ignore[arg-type]
        (lambda: minestats.check_multiple("790", "410", "two"), "'stated'"),
        (lambda: minestats.check_multiple("790", "-410", "2"), "'whole'"),
        (lambda: minestats.check_partition(["38", "162"]), "'share_1'"),
        (lambda: minestats.check_partition(["38"]), "part"),
        (lambda: minestats.check_partition("38, 62"), "shares"),
        (lambda: minestats.check_partition(["38", "62"], qualifiers=["more than"]), "qualifiers"),
        (lambda: minestats.check_same(("5", "km²"), ("500", "bogus")), "'value_1'"),
        (lambda: minestats.check_same(("5", "km²"), ("500", "count")), "one dimension"),
    ],
)
def test_bad_input_is_a_data_error_naming_the_field(call: Callable[[], object], field: str) -> None:
    with pytest.raises(DataError) as info:
        call()
    assert field in str(info.value)


@pytest.mark.parametrize(
    "call",
    [
        lambda: minestats.check_change(650.0, "572", "12"),
        lambda: minestats.check_multiple("800", "400", 2.0),  # read as "2.0"
        lambda: minestats.check_partition([38.0, "62"]),
        lambda: minestats.check_same(("5", "km²"), (500.0, "ha")),
    ],
)
def test_floats_are_read_with_a_precision_warning(call: Callable[[], minestats.Verdict]) -> None:
    with pytest.warns(PrecisionWarning, match="float"):
        verdict = call()
    assert verdict.status.value == "consistent"


# -- tables ---------------------------------------------------------------------------------------


def test_check_partitions_columns_and_values() -> None:
    table = pd.DataFrame({"a": ["38", "33", "38.5", None, "60"], "b": ["62", "32", None, None, "50"],
                          "c": ["0", "33", "20", "1", None]})  # fmt: skip
    out = minestats.check_partitions(table, parts=["a", "b", "c"])
    assert out["status"].tolist() == [
        "consistent",
        "inconsistent",
        "indeterminate",
        "indeterminate",
        "inconsistent",
    ]
    assert out["computed"].tolist()[:2] == [100.0, 98.0]
    assert cells(out, 2, ["b_implied_low", "b_implied_high"]) == [40.95, 42.05]
    assert nan(out.loc[2, "a_implied_low"])
    assert out["kind"].unique().tolist() == ["partition"]


def test_check_partitions_refuses_what_check_partition_refuses() -> None:
    table = pd.DataFrame({"a": ["38", "-1"], "b": ["162", "2"]})
    with pytest.raises(DataError) as info:
        minestats.check_partitions(table, parts=["a", "b"])
    assert "row 0" in str(info.value)
    assert "row 1" in str(info.value)
    with pytest.raises(DataError, match="at least two"):
        minestats.check_partitions(table, parts=["a"])


def share_text() -> st.SearchStrategy[str | None]:
    return st.one_of(
        st.none(),
        st.builds(
            lambda n, places: f"{n // 10**places}.{n % 10**places:0{places}d}" if places else str(n),
            st.integers(0, 100),
            st.integers(0, 2),
        ).filter(lambda s: Fraction(s) <= 100),
        st.sampled_from(["0", "100", "33.3", "50.0", "49.95", "16.67"]),
    )


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 4).flatmap(lambda k: st.lists(st.lists(share_text(), min_size=k, max_size=k),
                                                    min_size=1, max_size=6)))  # fmt: skip
def test_check_partitions_agrees_with_check_partition_row_by_row(rows: list[list[str | None]]) -> None:
    k = len(rows[0])
    labels = [f"s{i}" for i in range(k)]
    table = pd.DataFrame(rows, columns=labels, dtype=object)
    out = minestats.check_partitions(table, parts=labels)
    for i, row in enumerate(rows):
        verdict = minestats.check_partition(row)
        assert out.loc[i, "status"] == verdict.status.value
        assert out.loc[i, "reason"] is not None
        for j, label in enumerate(labels):
            low, high = out.loc[i, f"{label}_implied_low"], out.loc[i, f"{label}_implied_high"]
            implied = {imp.figure: imp for imp in verdict.implied}.get(f"share_{j}")
            if implied is None or not implied.feasible:
                assert nan(low)
                assert nan(high)
            else:
                assert (low, high) == bounds(implied)
        if verdict.computed is not None:
            for column in ("computed", "computed_low", "computed_high", "gap"):
                assert out.loc[i, column] == float(getattr(verdict, column))


def test_check_partitions_takes_float_columns_with_a_warning() -> None:
    table = pd.DataFrame({"a": [38.0], "b": [62.0]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = minestats.check_partitions(table, parts=["a", "b"])
    assert {type(w.message) for w in caught} == {PrecisionWarning}
    assert out["status"].tolist() == ["consistent"]


def change_operand() -> st.SearchStrategy[str | None]:
    small = st.integers(0, 2000).map(str)
    rounded = st.integers(0, 99).map(lambda n: f"{n // 10}.{n % 10} thousand")
    return st.one_of(small, small, rounded, st.none())


def change_stated() -> st.SearchStrategy[str | None]:
    return st.one_of(
        st.builds(
            lambda n, places: f"{n // 10**places}.{n % 10**places:0{places}d}" if places else str(n),
            st.integers(0, 30000),
            st.integers(0, 2),
        ),
        st.sampled_from(["0", "12", "100", "100.0", "101", "150", "200", "33.3", "50"]),
        st.none(),
    )


def compare_changes(rows: Sequence[tuple[str | None, str | None, str | None, bool, bool]], unit: str) -> None:
    """check_changes on these rows gives check_change's verdict on each."""
    table = pd.DataFrame(
        [(e, lt, s, "increase" if up else "decrease", "later" if of_later else "earlier")
         for e, lt, s, up, of_later in rows],
        columns=["e", "l", "s", "way", "of"], dtype=object,
    )  # fmt: skip
    out = minestats.check_changes(
        table, earlier="e", later="l", stated="s", change="way", relative_to="of", unit=unit
    )
    for i, (e, lt, s, up, of_later) in enumerate(rows):
        verdict = minestats.check_change(
            e, lt, s, change="increase" if up else "decrease",
            relative_to="later" if of_later else "earlier", unit=unit,
        )  # fmt: skip
        assert out.loc[i, "status"] == verdict.status.value, (e, lt, s, up, of_later)
        if verdict.computed is not None:
            assert out.loc[i, "computed"] == pytest.approx(float(verdict.computed), rel=1e-9, abs=1e-9)
            for column in ("computed_low", "computed_high"):
                assert out.loc[i, column] == pytest.approx(
                    float(getattr(verdict, column)), rel=1e-9, abs=1e-9
                )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(change_operand(), change_operand(), change_stated(), st.booleans(), st.booleans()),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["count", "ha"]),
)
def test_check_changes_agrees_with_check_change_row_by_row(
    rows: list[tuple[str | None, str | None, str | None, bool, bool]], unit: str
) -> None:
    compare_changes(rows, unit)


@pytest.mark.parametrize("later", range(872, 880))
def test_check_changes_at_the_boundaries(later: int) -> None:
    table = pd.DataFrame({"e": ["1000"], "l": [str(later)], "s": ["12"]})
    out = minestats.check_changes(table, earlier="e", later="l", stated="s")
    assert (out.loc[0, "status"] == "consistent") == within(Fraction(1000 - later, 1000) * 100, "12")
    assert out.loc[0, "later_implied_low"] == 875.0
    assert out.loc[0, "later_implied_high"] == 885.0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"change": "fell"}, "change must be"), ({"relative_to": "both"}, "relative_to must be")],
)
def test_check_changes_refuses_an_unknown_direction(kwargs: dict[str, str], message: str) -> None:
    table = pd.DataFrame({"e": ["1000"], "l": ["880"], "s": ["12"], "bad": ["up"]})
    with pytest.raises(DataError, match=message):
        minestats.check_changes(table, earlier="e", later="l", stated="s", **kwargs)
    with pytest.raises(DataError, match="row 0"):
        minestats.check_changes(table, earlier="e", later="l", stated="s", change="bad")


def test_check_changes_refuses_a_negative_stated_change() -> None:
    table = pd.DataFrame({"e": ["1000"], "l": ["880"], "s": ["-12"]})
    with pytest.raises(DataError, match="cannot be negative"):
        minestats.check_changes(table, earlier="e", later="l", stated="s")


@st.composite
def change_near_its_figures(draw: st.DrawFn) -> tuple[str, str, str, bool, bool]:
    """Two counts and a stated change rounded from theirs, give or take a unit of its last digit."""
    earlier, later = draw(st.integers(1, 3000)), draw(st.integers(1, 3000))
    of_later = draw(st.booleans())
    exact = Fraction(later - earlier, later if of_later else earlier) * 100
    places = draw(st.integers(0, 2))
    step = Fraction(1, 10**places)
    stated = round(abs(exact) / step) * step + draw(st.sampled_from([0, 0, 1, -1])) * step
    stated = max(stated, Fraction(0))
    text = f"{Decimal(stated.numerator) / Decimal(stated.denominator):.{places}f}"
    spell = st.sampled_from(["plain", "thousand"])
    e_text = str(earlier) if draw(spell) == "plain" else f"{earlier / 1000:.1f} thousand"
    l_text = str(later) if draw(spell) == "plain" else f"{later / 1000:.1f} thousand"
    return e_text, l_text, text, exact >= 0, of_later


@settings(max_examples=300, deadline=None)
@given(st.lists(change_near_its_figures(), min_size=1, max_size=8), st.sampled_from(["count", "ha"]))
def test_check_changes_agrees_with_check_change_near_the_boundaries(
    rows: list[tuple[str, str, str, bool, bool]], unit: str
) -> None:
    compare_changes(rows, unit)


def multiple_stated() -> st.SearchStrategy[str | None]:
    return st.one_of(
        st.builds(
            lambda n, places: f"{n // 10**places}.{n % 10**places:0{places}d}" if places else str(n),
            st.integers(0, 5000),
            st.integers(0, 2),
        ),
        st.sampled_from(["0", "1", "2", "3", "100", "112", "0.5"]),
        st.none(),
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(change_operand(), change_operand(), multiple_stated()), min_size=1, max_size=8),
    st.sampled_from(["count", "ha"]),
    st.sampled_from(["times", "percent"]),
)
def test_check_multiples_agrees_with_check_multiple_row_by_row(
    rows: list[tuple[str | None, str | None, str | None]], unit: str, stated_unit: str
) -> None:
    table = pd.DataFrame(rows, columns=["p", "w", "s"], dtype=object)
    out = minestats.check_multiples(
        table, part="p", whole="w", stated="s", unit=unit, stated_unit=stated_unit
    )
    for i, (part, whole, stated) in enumerate(rows):
        verdict = minestats.check_multiple(
            part, whole, stated, part_unit=unit, whole_unit=unit, stated_unit=stated_unit
        )
        assert out.loc[i, "status"] == verdict.status.value, (part, whole, stated)
        assert out.loc[i, "unit"] == verdict.unit
        assert out.loc[i, "gap_unit"] == verdict.gap_unit
        if verdict.computed is not None:
            for column in ("computed", "computed_low", "computed_high", "gap"):
                expected = float(getattr(verdict, column))
                assert out.loc[i, column] == pytest.approx(expected, rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("part", [1490, 1500, 1501, 2499, 2500, 2501])
def test_check_multiples_at_the_boundaries(part: int) -> None:
    table = pd.DataFrame({"p": [str(part)], "w": ["1000"], "s": ["2"]})
    out = minestats.check_multiples(table, part="p", whole="w", stated="s")
    assert (out.loc[0, "status"] == "consistent") == within(Fraction(part, 1000), "2")
    assert cells(out, 0, ["part_implied_low", "part_implied_high"]) == [1500.0, 2500.0]
    assert cells(out, 0, ["whole_implied_low", "whole_implied_high"]) == [part / 2.5, part / 1.5]


def test_check_multiples_refuses_a_stated_unit_that_is_no_multiple() -> None:
    table = pd.DataFrame({"p": ["2"], "w": ["1"], "s": ["2"]})
    with pytest.raises(DataError, match="stated_unit"):
        minestats.check_multiples(table, part="p", whole="w", stated="s", stated_unit="ha")


# -- bounds, percentage points and shares in words in tables ----------------------------------------

BOUND_WORDS = st.sampled_from([None, None, "more than", "at least", "nearly", "almost", "up to", "about"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            change_operand(), change_operand(), change_stated(), st.booleans(), st.booleans(), BOUND_WORDS
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["count", "ha"]),
)
def test_check_changes_bounds_agree_with_check_change_row_by_row(
    rows: list[tuple[str | None, str | None, str | None, bool, bool, str | None]], unit: str
) -> None:
    table = pd.DataFrame(
        [(e, lt, s, "increase" if up else "decrease", "later" if of_later else "earlier", q)
         for e, lt, s, up, of_later, q in rows],
        columns=["e", "l", "s", "way", "of", "q"], dtype=object,
    )  # fmt: skip
    out = minestats.check_changes(
        table, earlier="e", later="l", stated="s", change="way", relative_to="of", unit=unit, qualifier="q"
    )
    for i, (e, lt, s, up, of_later, q) in enumerate(rows):
        verdict = minestats.check_change(
            e, lt, s, change="increase" if up else "decrease",
            relative_to="later" if of_later else "earlier", unit=unit, qualifier=q,
        )  # fmt: skip
        assert out.loc[i, "status"] == verdict.status.value, (e, lt, s, up, of_later, q)
        agree_on_numbers(out.iloc[i], verdict)


def agree_on_numbers(row: pd.Series, verdict: minestats.Verdict) -> None:
    """The float columns of a table row are the verdict's numbers (an open end: inf; none: NaN)."""
    for column in ("low", "computed", "computed_low", "computed_high", "gap"):
        value = getattr(verdict, column)
        if value is None:
            assert math.isnan(row[column]) or column == "low", column
        else:
            assert row[column] == pytest.approx(float(value), rel=1e-9, abs=1e-9), column
    if verdict.high is None:
        assert row["high"] == math.inf or math.isnan(row["high"])
    else:
        assert row["high"] == pytest.approx(float(verdict.high), rel=1e-9, abs=1e-9)


def percentage() -> st.SearchStrategy[str | None]:
    """A stated percentage from 0 to 100, to 0, 1 or 2 decimals, or none."""
    return st.one_of(
        st.builds(
            lambda n, places: f"{n // 10**places}.{n % 10**places:0{places}d}" if places else str(n),
            st.integers(0, 100),
            st.integers(0, 2),
        ).filter(lambda text: Fraction(text) <= 100),
        st.none(),
    )


def points_stated() -> st.SearchStrategy[str | None]:
    return st.one_of(st.sampled_from(["0", "3", "3.5", "10", "12.0", "40"]), percentage())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(percentage(), percentage(), points_stated(), st.booleans(), BOUND_WORDS),
        min_size=1,
        max_size=8,
    )
)
def test_check_changes_in_percentage_points_agree_with_check_change(
    rows: list[tuple[str | None, str | None, str | None, bool, str | None]],
) -> None:
    table = pd.DataFrame(
        [(e, lt, s, "increase" if up else "decrease", q) for e, lt, s, up, q in rows],
        columns=["e", "l", "s", "way", "q"], dtype=object,
    )  # fmt: skip
    out = minestats.check_changes(
        table,
        earlier="e",
        later="l",
        stated="s",
        change="way",
        stated_unit="percentage points",
        qualifier="q",
    )
    for i, (e, lt, s, up, q) in enumerate(rows):
        verdict = minestats.check_change(
            e, lt, s, change="increase" if up else "decrease", stated_unit="percentage points", qualifier=q
        )
        row = out.iloc[i]
        assert row["status"] == verdict.status.value, (e, lt, s, up, q)
        assert (row["unit"], row["gap_unit"]) == (verdict.unit, verdict.gap_unit)
        agree_on_numbers(row, verdict)
        implied = {v.figure: v for v in verdict.implied}
        for figure in ("earlier", "later"):
            low, high = row[f"{figure}_implied_low"], row[f"{figure}_implied_high"]
            one = implied.get(figure)
            if one is None or not one.feasible:
                assert math.isnan(low), (figure, e, lt, s, up, q)
                assert math.isnan(high), (figure, e, lt, s, up, q)
            else:
                assert low == pytest.approx(float(one.low or 0), abs=1e-9), (figure, e, lt, s, up, q)
                expected_high = math.inf if one.high is None else float(one.high)
                assert high == pytest.approx(expected_high, abs=1e-9), (figure, e, lt, s, up, q)


@pytest.mark.parametrize(
    ("earlier", "later", "stated", "change", "qualifier"),
    [("38.0", "41.5", "3.5", "increase", None), ("38.0", "41.5", "3.7", "increase", None),
     ("38.0", "41.5", "3.6", "increase", None), ("41.5", "38.0", "3.6", "decrease", None),
     ("20", "31", "12", "increase", "more than"), ("20", "31", "13", "increase", "more than"),
     ("20", "31", "10", "increase", "nearly"), ("20", "31", "9", "increase", "nearly"),
     ("31", "20", "10", "decrease", "almost"), ("31", "20", "9", "decrease", "almost")],
)  # fmt: skip
def test_check_changes_in_percentage_points_at_exact_edges(
    earlier: str, later: str, stated: str, change: str, qualifier: str | None
) -> None:
    # the difference over both operands' rounding, against the stated interval (a bound opens one end)
    first, second = (later, earlier) if change == "increase" else (earlier, later)
    lowest = Fraction(first) - half_unit(first) - Fraction(second) - half_unit(second)
    highest = Fraction(first) + half_unit(first) - Fraction(second) + half_unit(second)
    low, high = Fraction(stated) - half_unit(stated), Fraction(stated) + half_unit(stated)
    if qualifier == "more than":
        expected = highest >= low
    elif qualifier is not None:
        expected = highest >= 0 and lowest <= high
    else:
        expected = highest >= low and lowest <= high
    table = pd.DataFrame({"e": [earlier], "l": [later], "s": [stated]})
    out = minestats.check_changes(
        table, earlier="e", later="l", stated="s", change=change, stated_unit="percentage points",
        qualifier=qualifier,
    )  # fmt: skip
    assert (out.loc[0, "status"] == "consistent") == expected
    assert out.loc[0, "unit"] == "percentage points"


@pytest.mark.parametrize(
    ("later", "qualifier", "holds"),
    [("885", "more than", True), ("886", "more than", False), ("875", "nearly", True),
     ("874", "nearly", False), ("1115", "more than", False), ("885", "about", True), ("886", "about", False)],
)  # fmt: skip
def test_check_changes_reads_a_bound_at_its_exact_edge(later: str, qualifier: str, holds: bool) -> None:
    # a decrease from 1,000 counts: "more than 12" is at least 11.5 %, "nearly 12" at most 12.5 %
    change = Fraction(1000 - int(later), 1000) * 100
    if qualifier == "more than":
        assert holds == (change >= Fraction(23, 2))
    else:
        assert holds == (change <= Fraction(25, 2) if qualifier == "nearly" else within(change, "12"))
    table = pd.DataFrame({"e": ["1000"], "l": [later], "s": ["12"]})
    out = minestats.check_changes(table, earlier="e", later="l", stated="s", qualifier=qualifier)
    assert (out.loc[0, "status"] == "consistent") == holds
    assert (
        minestats.check_change("1000", later, "12", qualifier=qualifier).status.value == out.loc[0, "status"]
    )


def test_an_increase_of_more_than_has_no_ceiling_in_a_table() -> None:
    table = pd.DataFrame({"e": ["1000", "1000"], "l": ["1115", "9000"], "s": ["12", "12"]})
    out = minestats.check_changes(
        table, earlier="e", later="l", stated="s", change="increase", qualifier="more than"
    )
    assert out["status"].tolist() == ["consistent", "consistent"]
    assert out["high"].tolist() == [math.inf, math.inf]
    assert cells(out, 0, ["later_implied_low", "later_implied_high"]) == [1115.0, math.inf]


def test_the_figures_of_a_change_may_be_percentages_over_100() -> None:
    # a relative change between two percentages of a target: neither is a share of a whole
    table = pd.DataFrame({"e": ["150"], "l": ["120"], "s": ["20"]})
    out = minestats.check_changes(table, earlier="e", later="l", stated="s", unit="percent")
    assert out["status"].tolist() == [minestats.check_change("150", "120", "20", unit="percent").status.value]
    assert out["status"].tolist() == ["consistent"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"stated_unit": "ha"}, "stated_unit"), ({"qualifier": "roughly-ish"}, "qualifier"),
     ({"stated_unit": "percentage points", "unit": "count"}, "two percentages")],
)  # fmt: skip
def test_check_changes_refuses_what_it_cannot_read(kwargs: dict[str, str], message: str) -> None:
    table = pd.DataFrame({"e": ["40"], "l": ["43"], "s": ["3"]})
    with pytest.raises(DataError, match=message):
        minestats.check_changes(table, earlier="e", later="l", stated="s", **kwargs)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(change_operand(), change_operand(), multiple_stated(), BOUND_WORDS), min_size=1, max_size=8
    ),
    st.sampled_from(["count", "ha"]),
    st.sampled_from(["times", "percent"]),
)
def test_check_multiples_bounds_agree_with_check_multiple_row_by_row(
    rows: list[tuple[str | None, str | None, str | None, str | None]], unit: str, stated_unit: str
) -> None:
    table = pd.DataFrame(rows, columns=["p", "w", "s", "q"], dtype=object)
    out = minestats.check_multiples(
        table, part="p", whole="w", stated="s", unit=unit, stated_unit=stated_unit, qualifier="q"
    )
    for i, (part, whole, stated, q) in enumerate(rows):
        verdict = minestats.check_multiple(
            part, whole, stated, part_unit=unit, whole_unit=unit, stated_unit=stated_unit, qualifier=q
        )
        assert out.loc[i, "status"] == verdict.status.value, (part, whole, stated, q)
        agree_on_numbers(out.iloc[i], verdict)


@pytest.mark.parametrize(
    ("part", "qualifier", "holds"),
    [("2500", "almost", True), ("2501", "almost", False), ("10", "almost", True),
     ("1500", "more than", True), ("1499", "more than", False), ("90000", "more than", True),
     ("2500", "about", True), ("2501", "about", False)],
)  # fmt: skip
def test_check_multiples_reads_a_bound_at_its_exact_edge(part: str, qualifier: str, holds: bool) -> None:
    ratio = Fraction(int(part), 1000)
    assert holds == (ratio <= Fraction(5, 2) if qualifier == "almost" else
                     ratio >= Fraction(3, 2) if qualifier == "more than" else within(ratio, "2"))  # fmt: skip
    table = pd.DataFrame({"p": [part], "w": ["1000"], "s": ["2"]})
    out = minestats.check_multiples(table, part="p", whole="w", stated="s", qualifier=qualifier)
    assert (out.loc[0, "status"] == "consistent") == holds
    assert (
        minestats.check_multiple(part, "1000", "2", qualifier=qualifier).status.value == out.loc[0, "status"]
    )


@pytest.mark.parametrize(
    ("part", "whole", "stated", "holds"),
    [("1000", "3045", "a third", True), ("1000", "3046", "a third", False),
     ("1000", "3045", "1/3", True), ("1000", "3046", "one third", False),
     ("1010", "2000", "half", True), ("1011", "2000", "half", False), ("990", "2000", "Half", True),
     ("989", "2000", "half", False), ("2", "3", "two thirds", True), ("7", "50", "two thirds", False),
     ("3", "4", "three quarters", True), ("1", "3", "un tiers", True)],
)  # fmt: skip
def test_check_shares_reads_a_share_in_words_at_its_exact_edges(
    part: str, whole: str, stated: str, holds: bool
) -> None:
    # a share in words is its fraction within half a percentage point, as a data file reads it
    fraction = minestats._verbal.parse_verbal(stated)
    assert fraction is not None
    share = Fraction(int(part), int(whole))
    assert holds == (abs(share - fraction) <= Fraction(1, 200))
    table = pd.DataFrame({"p": [part], "w": [whole], "s": [stated]})
    out = minestats.check_shares(table, part="p", whole="w", stated="s")
    assert (out.loc[0, "status"] == "consistent") == holds
    verdict = minestats.check_share(part, whole, stated)
    assert verdict.status.value == out.loc[0, "status"]
    assert out.loc[0, "low"] == pytest.approx(float(fraction * 100 - Fraction(1, 2)))


VERBAL = st.sampled_from(
    ["half", "a third", "two thirds", "a quarter", "three quarters", "2/3", "1/8", "a tenth"]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3000).map(str),
            st.integers(0, 3000).map(str),
            st.one_of(VERBAL, percentage()),
            BOUND_WORDS,
        ),
        min_size=1,
        max_size=8,
    )
)
def test_check_shares_with_words_agrees_with_check_share(
    rows: list[tuple[str, str, str | None, str | None]],
) -> None:
    table = pd.DataFrame(rows, columns=["p", "w", "s", "q"], dtype=object)
    out = minestats.check_shares(table, part="p", whole="w", stated="s", qualifier="q")
    for i, (part, whole, stated, q) in enumerate(rows):
        verdict = minestats.check_share(part, whole, stated, qualifier=q)
        assert out.loc[i, "status"] == verdict.status.value, (part, whole, stated, q)
        if verdict.low is not None:
            assert out.loc[i, "low"] == pytest.approx(float(verdict.low), rel=1e-12)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.one_of(VERBAL, percentage()), min_size=3, max_size=3),
            st.lists(BOUND_WORDS, min_size=3, max_size=3),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_check_partitions_with_words_and_bounds_agrees_with_check_partition(
    rows: list[tuple[list[str | None], list[str | None]]],
) -> None:
    table = pd.DataFrame([shares + words for shares, words in rows],
                         columns=["a", "b", "c", "qa", "qb", "qc"], dtype=object)  # fmt: skip
    out = minestats.check_partitions(table, parts=["a", "b", "c"], qualifiers=["qa", "qb", "qc"])
    for i, (shares, words) in enumerate(rows):
        verdict = minestats.check_partition(shares, qualifiers=words)
        assert out.loc[i, "status"] == verdict.status.value, (shares, words)
        for column in ("computed", "computed_low", "computed_high"):
            value = getattr(verdict, column)
            if value is not None:
                assert out.loc[i, column] == pytest.approx(float(value), rel=1e-9, abs=1e-9)
        implied = {one.figure: one for one in verdict.implied}
        for j, label in enumerate(["a", "b", "c"]):
            low, high = out.loc[i, f"{label}_implied_low"], out.loc[i, f"{label}_implied_high"]
            one = implied.get(f"share_{j}")
            if one is None or not one.feasible:
                assert nan(low), (shares, words, label)
                assert nan(high), (shares, words, label)
            else:
                expected = bounds(one)
                assert (low, high) == pytest.approx(expected, rel=1e-9, abs=1e-9), (shares, words, label)


@pytest.mark.parametrize(
    ("shares", "words", "holds"),
    [(["60", "30"], ["more than", None], True), (["60", "30"], [None, None], False),
     (["70", "40"], [None, "nearly"], True), (["70", "40"], [None, None], False),
     (["70", "32"], ["nearly", None], True), (["70", "32"], ["more than", None], False),
     (["70", "31"], ["more than", None], True)],
)  # fmt: skip
def test_check_partitions_reads_a_share_stated_as_a_bound(
    shares: list[str], words: list[str | None], holds: bool
) -> None:
    # "more than 60": [59.5, 100]; "nearly 40": [0, 40.5]; the others within their rounding
    lows = [
        Fraction(0) if w in ("nearly", "almost") else Fraction(s) - half_unit(s)
        for s, w in zip(shares, words, strict=True)
    ]
    highs = [
        Fraction(100) if w == "more than" else Fraction(s) + half_unit(s)
        for s, w in zip(shares, words, strict=True)
    ]
    assert holds == (sum(lows) <= 100 <= sum(highs))
    table = pd.DataFrame([shares], columns=["x", "y"])
    out = minestats.check_partitions(table, parts=["x", "y"], qualifiers=words)
    assert (out.loc[0, "status"] == "consistent") == holds


def test_check_partitions_refuses_qualifiers_that_are_not_one_per_part() -> None:
    table = pd.DataFrame({"x": ["60"], "y": ["40"]})
    with pytest.raises(DataError, match="one qualifier"):
        minestats.check_partitions(table, parts=["x", "y"], qualifiers=["more than"])
    with pytest.raises(DataError, match="qualifier"):
        minestats.check_partitions(table, parts=["x", "y"], qualifiers=["roughly-ish", None])


@pytest.mark.parametrize(
    ("later", "stated", "holds"), [("500", "half", True), ("495", "half", True), ("494", "half", False)]
)
def test_a_change_stated_in_words_in_a_table(later: str, stated: str, holds: bool) -> None:
    table = pd.DataFrame({"e": ["1000"], "l": [later], "s": [stated]})
    out = minestats.check_changes(table, earlier="e", later="l", stated="s")
    assert (
        (out.loc[0, "status"] == "consistent")
        == holds
        == (Fraction(1000 - int(later), 1000) <= Fraction(101, 200))
    )
    assert minestats.check_change("1000", later, stated).status.value == out.loc[0, "status"]


@pytest.mark.parametrize(
    ("call", "column"),
    [(lambda t: minestats.check_sums(t, parts=["a"], total="w"), "'w'"),
     (lambda t: minestats.check_shares(t, part="w", whole="a", stated="a"), "'w'"),
     (lambda t: minestats.check_multiples(t, part="a", whole="a", stated="w"), "'w'")],
)  # fmt: skip
def test_words_are_a_share_only_where_a_share_is_stated(
    call: Callable[[pd.DataFrame], pd.DataFrame], column: str
) -> None:
    # a count, a total or a multiple in times is no share: "half" there is refused, naming the column
    table = pd.DataFrame({"a": ["10"], "w": ["half"]})
    with pytest.raises(DataError, match=column):
        call(table)


# -- one quantity stated twice, in tables -----------------------------------------------------------


def area_in(unit: str) -> st.SearchStrategy[str | None]:
    """A stated area, scaled to land near the same quantity in each unit."""
    size = {"km²": 1, "ha": 100, "m²": 1_000_000, "acre": 247, "count": 1000}[unit]
    return st.one_of(
        st.builds(
            lambda n, places: f"{n / 10**places:.{places}f}",
            st.integers(0, 60 * size),
            st.integers(0, 2),
        ).map(lambda text: text if unit != "count" else text.split(".")[0]),
        st.sampled_from(["5", "5.0", "500", "0"]),
        st.none(),
    )


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([("km²", "ha", "m²"), ("ha", "km²", "ha"), ("acre", "ha", "km²"), ("count",) * 3])
    .flatmap(lambda units: st.tuples(st.just(units), st.lists(
        st.tuples(area_in(units[0]), area_in(units[1]), area_in(units[2])), min_size=1, max_size=6))),
    st.booleans(),
)  # fmt: skip
def test_check_sames_agrees_with_check_same_row_by_row(
    drawn: tuple[tuple[str, str, str], list[tuple[str | None, str | None, str | None]]], three: bool
) -> None:
    units, rows = drawn
    names = ["a", "b", "c"] if three else ["a", "b"]
    table = pd.DataFrame([row[: len(names)] for row in rows], columns=names, dtype=object)
    out = minestats.check_sames(table, values=names, unit=list(units[: len(names)]))
    for i, row in enumerate(rows):
        verdict = minestats.check_same(*zip(row[: len(names)], units, strict=False))
        got = out.iloc[i]
        assert got["status"] == verdict.status.value, row
        assert (got["unit"], got["gap_unit"]) == (verdict.unit, verdict.gap_unit)
        for column in ("low", "high", "computed", "computed_low", "computed_high", "gap"):
            value = getattr(verdict, column)
            if value is None:
                assert nan(got[column]), (column, row)
            else:
                assert got[column] == pytest.approx(float(value), rel=1e-9, abs=1e-9), (column, row)
        implied = {v.figure: v for v in verdict.implied}
        for k, name in enumerate(names):
            one = implied.get(f"value_{k}")
            low, high = got[f"{name}_implied_low"], got[f"{name}_implied_high"]
            if one is None or not one.feasible:
                assert nan(low), (name, row)
                assert nan(high), (name, row)
            else:
                assert (low, high) == pytest.approx(bounds(one), rel=1e-9, abs=1e-9)


@pytest.mark.parametrize(
    ("area", "hectares", "units", "holds"),
    [("5.59", "560", ("km²", "ha"), True), ("5.59", "561", ("km²", "ha"), False),
     ("5", "550", ("km²", "ha"), True), ("5", "551", ("km²", "ha"), False),
     ("2.5 million", "2,550,000", ("count", "count"), True),
     ("2.5 million", "2,550,001", ("count", "count"), False),
     ("10", "4.25", ("acre", "ha"), True), ("10", "4.26", ("acre", "ha"), False)],
)  # fmt: skip
def test_check_sames_at_exact_edges(area: str, hectares: str, units: tuple[str, str], holds: bool) -> None:
    factor = {"km²": Fraction(10**6), "ha": Fraction(10**4), "acre": Fraction(40468564224, 10**7),
              "count": Fraction(1)}  # fmt: skip

    def interval(text: str, unit: str) -> tuple[Fraction, Fraction]:
        if unit == "count":
            value = Fraction(text.replace(",", "").replace(" million", "")) * (
                10**6 if "million" in text else 1
            )
            half = Fraction(50_000) if "million" in text else Fraction(0)  # "2.5 million": to 0.05 million
            return value - half, value + half
        return (Fraction(text) - half_unit(text)) * factor[unit], (Fraction(text) + half_unit(text)) * factor[
            unit
        ]

    (a_low, a_high), (b_low, b_high) = interval(area, units[0]), interval(hectares, units[1])
    assert holds == (max(a_low, b_low) <= min(a_high, b_high))
    table = pd.DataFrame({"first": [area], "second": [hectares]})
    out = minestats.check_sames(table, values=["first", "second"], unit=list(units))
    assert (out.loc[0, "status"] == "consistent") == holds
    assert minestats.check_same((area, units[0]), (hectares, units[1])).status.value == out.loc[0, "status"]


def test_check_sames_takes_a_column_of_units_and_leaves_unknown_rows_undecided() -> None:
    table = pd.DataFrame({"v": ["5", "3", None], "u": ["km²", "ha", "ha"], "w": ["500", "30000", "7"]})
    out = minestats.check_sames(table, values=["v", "w"], unit=["u", "ha"])
    assert out["status"].tolist() == ["consistent", "inconsistent", "indeterminate"]
    assert out["unit"].tolist() == ["km²", "ha", "ha"]
    assert out.loc[2, ["v_implied_low", "w_implied_low", "computed"]].isna().all()


@pytest.mark.parametrize(
    ("values", "units", "error", "message"),
    [(["a"], None, DataError, "at least two"), (["a", "a"], None, DataError, "once"),
     (["a", "b"], ["km²"], DataError, "one per value"),
     (["a", "b"], ["km²", "count"], minestats.UnitError, "cannot compare"),
     (["a", "c"], None, DataError, "'c'")],
)  # fmt: skip
def test_check_sames_refuses_what_check_same_refuses(
    values: list[str], units: list[str] | None, error: type[Exception], message: str
) -> None:
    table = pd.DataFrame({"a": ["5"], "b": ["500"], "c": ["-3"]})

    def call() -> pd.DataFrame:
        if units is None:  # the default unit
            return minestats.check_sames(table, values=values)
        return minestats.check_sames(table, values=values, unit=units)  # a user's list of strings

    with pytest.raises(error, match=message):
        call()


# -- multiples in words ------------------------------------------------------------------------------


@pytest.mark.parametrize("part", ["1499", "1500", "2500", "2501", "2999", "3000", "3500", "3501"])
@pytest.mark.parametrize("words", ["double", "twice", "three times", "threefold"])
@pytest.mark.parametrize("qualifier", [None, "almost", "more than"])
def test_a_multiple_in_words_is_its_whole_number_at_the_exact_edges(
    part: str, words: str, qualifier: str | None
) -> None:
    times = 2 if words in ("double", "twice") else 3
    ratio = Fraction(int(part), 1000)
    low, high = Fraction(2 * times - 1, 2), Fraction(2 * times + 1, 2)  # the rounding of the digit
    if qualifier == "almost":
        low = Fraction(0)
    elif qualifier == "more than":
        high = ratio  # no ceiling
    holds = low <= ratio <= high
    verdict = minestats.check_multiple(part, "1000", words, qualifier=qualifier)
    assert (verdict.status.value == "consistent") == holds
    assert verdict.status == minestats.check_multiple(part, "1000", str(times), qualifier=qualifier).status
    table = pd.DataFrame({"p": [part], "w": ["1000"], "s": [words]})
    out = minestats.check_multiples(table, part="p", whole="w", stated="s", qualifier=qualifier)
    assert out.loc[0, "status"] == verdict.status.value


def test_words_for_a_multiple_are_refused_where_a_multiple_is_not_stated() -> None:
    table = pd.DataFrame({"p": ["double"], "w": ["1000"], "s": ["2"]})
    with pytest.raises(DataError, match="'p'"):
        minestats.check_multiples(table, part="p", whole="w", stated="s")
    with pytest.raises(DataError, match="'s'"):
        minestats.check_multiples(table.assign(p="10", s="double"), part="p", whole="w", stated="s",
                                  stated_unit="percent")  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            change_operand(),
            change_operand(),
            st.one_of(
                st.sampled_from(["double", "twice", "three times", "tenfold", "4 times"]), multiple_stated()
            ),
            BOUND_WORDS,
        ),
        min_size=1,
        max_size=8,
    )
)
def test_check_multiples_with_words_agrees_with_check_multiple(
    rows: list[tuple[str | None, str | None, str | None, str | None]],
) -> None:
    table = pd.DataFrame(rows, columns=["p", "w", "s", "q"], dtype=object)
    out = minestats.check_multiples(table, part="p", whole="w", stated="s", qualifier="q")
    for i, (part, whole, stated, q) in enumerate(rows):
        verdict = minestats.check_multiple(part, whole, stated, qualifier=q)
        assert out.loc[i, "status"] == verdict.status.value, (part, whole, stated, q)
        agree_on_numbers(out.iloc[i], verdict)
