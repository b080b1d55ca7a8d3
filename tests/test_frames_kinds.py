"""Single claims and tables of the other kinds: change, multiple, partition, same; bounds."""

from __future__ import annotations

import math
import warnings
from decimal import Decimal
from fractions import Fraction

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


# -- changes -------------------------------------------------------------------------------------


@pytest.mark.parametrize("later", range(872, 880))
@pytest.mark.parametrize("relative_to", ["earlier", "later"])
def test_a_relative_decrease_of_counts_at_its_boundaries(later: int, relative_to: str) -> None:
    earlier, stated = 1000, "12"  # counts are exact: only the stated change rounds, to [11.5, 12.5] %
    base = earlier if relative_to == "earlier" else later
    expected = within(Fraction(earlier - later, base) * 100, stated)
    verdict = minestats.check_change(str(earlier), str(later), stated, relative_to=relative_to)  # type: ignore[arg-type]
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
def test_a_change_in_percentage_points(earlier: str, later: str, stated: str, change: str) -> None:
    # the difference ranges over the operands' rounding; consistent when that range meets the stated one
    h = half_unit(earlier) + half_unit(later)
    difference = abs(Fraction(later) - Fraction(earlier))
    s, hs = Fraction(stated), half_unit(stated)
    expected = difference - h <= s + hs and difference + h >= s - hs
    verdict = minestats.check_change(earlier, later, stated, change=change, stated_unit="percentage points")  # type: ignore[arg-type]
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
        (lambda: minestats.check_change("650", "572", "12", change="fell"), "'change'"),
        (lambda: minestats.check_change("650", "572", "12", relative_to="both"), "relative_to"),
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
def test_bad_input_is_a_data_error_naming_the_field(call: object, field: str) -> None:
    with pytest.raises(DataError) as info:
        call()  # type: ignore[operator]
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
def test_floats_are_read_with_a_precision_warning(call: object) -> None:
    with pytest.warns(PrecisionWarning, match="float"):
        verdict = call()  # type: ignore[operator]
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
    assert out.loc[2, ["b_implied_low", "b_implied_high"]].tolist() == [40.95, 42.05]
    assert math.isnan(out.loc[2, "a_implied_low"])
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
                assert math.isnan(low)
                assert math.isnan(high)
            else:
                assert (low, high) == (float(implied.low), float(implied.high))  # type: ignore[arg-type]
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


def compare_changes(rows: list[tuple[str | None, str | None, str | None, bool, bool]], unit: str) -> None:
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
        minestats.check_changes(table, earlier="e", later="l", stated="s", **kwargs)  # type: ignore[arg-type]
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
    compare_changes(rows, unit)  # type: ignore[arg-type]


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
    assert out.loc[0, ["part_implied_low", "part_implied_high"]].tolist() == [1500.0, 2500.0]
    assert out.loc[0, ["whole_implied_low", "whole_implied_high"]].tolist() == [part / 2.5, part / 1.5]


def test_check_multiples_refuses_a_stated_unit_that_is_no_multiple() -> None:
    table = pd.DataFrame({"p": ["2"], "w": ["1"], "s": ["2"]})
    with pytest.raises(DataError, match="stated_unit"):
        minestats.check_multiples(table, part="p", whole="w", stated="s", stated_unit="ha")
