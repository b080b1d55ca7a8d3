"""The check rules on small hand-written documents."""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import minestats
from helpers import document, share_doc, subset_doc, sum_doc, verdict
from helpers import figure as fig
from minestats import Document, Status
from minestats._interval import Interval
from minestats._numbers import decimal_of


@pytest.mark.parametrize(
    ("part", "whole", "stated", "status"),
    [
        ("50", "1000", "5", Status.CONSISTENT),  # exactly 5 %
        ("545", "10000", "5", Status.CONSISTENT),  # 5.45 % is within [4.5, 5.5]
        ("1415", "10000", "14.2", Status.CONSISTENT),  # 14.15 %: lower boundary counts
        ("1425", "10000", "14.2", Status.CONSISTENT),  # 14.25 %: upper boundary counts
        ("14140", "100000", "14.2", Status.INCONSISTENT),  # 14.14 %
        ("14260", "100000", "14.2", Status.INCONSISTENT),  # 14.26 %
        ("1", "3", "33.3", Status.CONSISTENT),
        ("1", "3", "33.33", Status.CONSISTENT),
        ("100", "300", "33.4", Status.CONSISTENT),  # 99.5 / 299.5 = 33.22 %, 100.5 / 299.5 = 33.56 %
        ("100", "300", "33.7", Status.INCONSISTENT),
        ("0", "10", "0", Status.CONSISTENT),
    ],
)
def test_share_rounding_boundaries(part: str, whole: str, stated: str, status: Status) -> None:
    assert verdict(share_doc(part, whole, stated)).status is status


def test_trailing_zero_narrows_the_interval() -> None:
    # 14.24 % agrees with "14.2" but not with "14.20".
    assert verdict(share_doc("1424", "10000", "14.2")).status is Status.CONSISTENT
    assert verdict(share_doc("1424", "10000", "14.20")).status is Status.INCONSISTENT


def test_operand_rounding_can_rescue_a_share_and_says_so() -> None:
    # 3 / 20 = 15 %, but "3" and "20" stand for [2.5, 3.5] and [19.5, 20.5].
    v = verdict(share_doc("3", "20", "17"))
    assert v.status is Status.CONSISTENT
    assert v.computed == Decimal(15)
    assert "values that round to the stated figures" in v.reason
    assert v.computed_low is not None
    assert v.computed_high is not None
    assert v.computed_low < 15 < 17 < v.computed_high


def test_counts_are_exact_so_they_cannot_rescue_a_share() -> None:
    doc = share_doc("3", "20", "17", part_unit="count", whole_unit="count")
    assert verdict(doc).status is Status.INCONSISTENT


def test_units_are_converted_exactly() -> None:
    # 1,658.715 km² of 11,258 km² given in hectares.
    doc = share_doc("165871.5", "11258", "14.7", whole_unit="km²")
    v = verdict(doc)
    assert v.status is Status.CONSISTENT
    assert v.computed is not None
    assert abs(v.computed - Decimal("14.73366")) < Decimal("0.00001")


def test_zero_denominator_is_indeterminate_with_a_reason() -> None:
    v = verdict(share_doc("0", "0", "5", part_unit="count", whole_unit="count"))
    assert v.status is Status.INDETERMINATE
    assert "zero" in v.reason
    assert v.computed is None


def test_unknown_operand_is_indeterminate_and_implies_its_value() -> None:
    v = verdict(share_doc("10", None, "5", part_unit="count", whole_unit="count"))  # type: ignore[arg-type]
    assert v.status is Status.INDETERMINATE
    (implied,) = v.implied
    assert implied.figure == "w"
    # 10 / w in [4.5 %, 5.5 %]  <=>  w in [181.8..., 222.2...]: a count, so the whole numbers 182 to 222
    assert (implied.low, implied.high) == (Decimal(182), Decimal(222))


def test_gap_is_in_percentage_points() -> None:
    v = verdict(share_doc("1", "4", "20", part_unit="count", whole_unit="count"))
    assert v.status is Status.INCONSISTENT
    assert v.gap == Decimal(5)
    assert v.gap_unit == "percentage points"


def test_a_figure_in_both_part_and_whole_is_handled_exactly() -> None:
    # a / (a + b) with a = 1, b = 3 gives 25 %; 20 % is out of reach within rounding of 1 and 3
    # only if the same a is used on both sides (naive interval arithmetic would allow it).
    doc = Document.model_validate(
        {
            "id": "d",
            "title": "t",
            "figures": [fig("a", "1"), fig("b", "3"), fig("s", "18", "percent")],
            "claims": [
                {"id": "c", "kind": "share", "label": "l", "stated": "s", "part": ["a"], "whole": ["a", "b"]}
            ],
        }
    )
    v = verdict(doc)
    # exact range: min 0.5/(0.5+3.5) = 12.5 %, max 1.5/(1.5+2.5) = 37.5 %
    assert v.computed_low == Decimal("12.5")
    assert v.computed_high == Decimal("37.5")
    assert v.status is Status.CONSISTENT


def test_sum_that_adds_up() -> None:
    v = verdict(sum_doc(["70", "312"], "382"))
    assert (v.status, v.gap) == (Status.CONSISTENT, 0)


def test_sum_that_does_not_add_up_gives_gap_and_implied_parts() -> None:
    v = verdict(sum_doc(["70", "313"], "382"))
    assert v.status is Status.INCONSISTENT
    assert v.gap == 1
    implied = {i.figure: (i.low, i.high) for i in v.implied}
    assert implied == {"p0": (Decimal(69), Decimal(69)), "p1": (Decimal(312), Decimal(312))}


def test_sum_of_rounded_areas_within_rounding() -> None:
    # 1.4 + 1.4 = 2.8, stated 3: parts may be up to 1.45 each, total as low as 2.5.
    assert verdict(sum_doc(["1.4", "1.4"], "3", unit="ha")).status is Status.CONSISTENT
    assert verdict(sum_doc(["1.4", "1.4"], "3.0", unit="ha")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("part", "whole", "part_unit", "whole_unit", "status"),
    [
        ("5", "10", "ha", "ha", Status.CONSISTENT),
        ("10", "10", "ha", "ha", Status.CONSISTENT),
        ("11", "10", "ha", "ha", Status.CONSISTENT),  # 10.5 <= 10.5: boundaries count
        ("12", "10", "ha", "ha", Status.INCONSISTENT),
        ("10.4", "10", "ha", "ha", Status.CONSISTENT),  # 10.35 <= 10.5 within rounding
        ("100", "1", "ha", "km²", Status.CONSISTENT),
        ("151", "1", "ha", "km²", Status.INCONSISTENT),  # 150.5 ha > 1.5 km² = 150 ha
    ],
)
def test_subset(part: str, whole: str, part_unit: str, whole_unit: str, status: Status) -> None:
    assert verdict(subset_doc(part, whole, part_unit, whole_unit)).status is status


def test_subset_rescued_by_rounding_says_so() -> None:
    v = verdict(subset_doc("11", "10"))
    assert v.reason == "11 ha exceeds 10 ha at the stated values, but values rounding to them need not"


def test_check_reading_by_id_and_errors() -> None:
    letter = minestats.letter()
    v = minestats.check_reading(letter, "neutralized_share_of_planted", "mines_of_mines")
    assert v.status is Status.CONSISTENT
    with pytest.raises(ValueError, match="several readings"):
        minestats.check_reading(letter, "neutralized_share_of_planted")
    with pytest.raises(KeyError):
        minestats.check_reading(letter, "no_such_claim")


def test_qualifiers_are_reported_and_do_not_widen() -> None:
    doc = share_doc("1", "4", "20", part_unit="count", whole_unit="count")
    data = doc.model_dump()
    data["figures"][2]["qualifier"] = "about"
    v = verdict(Document.model_validate(data))
    assert v.status is Status.INCONSISTENT
    assert v.qualifiers == {"s": "about"}


_AREA = st.builds(
    lambda m, e: str(Decimal(m).scaleb(e)), st.integers(min_value=1, max_value=999), st.integers(-2, 2)
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_AREA, min_size=1, max_size=3), st.lists(_AREA, min_size=1, max_size=3))
def test_share_range_is_the_extreme_over_the_vertices(parts: list[str], wholes: list[str]) -> None:
    """The range of part / whole is that of a brute force over every corner of the box, in fractions."""
    figures = [fig(f"p{i}", v) for i, v in enumerate(parts)] + [fig(f"w{i}", v) for i, v in enumerate(wholes)]
    doc = document(
        *figures,
        fig("s", "50", "percent"),
        claims=[{"id": "c", "kind": "share", "label": "l", "stated": "s",
                 "part": [f"p{i}" for i in range(len(parts))],
                 "whole": [f"w{i}" for i in range(len(wholes))]}],
    )  # fmt: skip
    boxes = [Interval.stated(Decimal(v)) for v in parts + wholes]
    ratios = []
    for corner in itertools.product(*[(b.low, b.high) for b in boxes]):
        ratios.append(sum(corner[: len(parts)]) / sum(corner[len(parts) :]) * 100)
    v = verdict(doc)
    assert (v.computed_low, v.computed_high) == (decimal_of(min(ratios)), decimal_of(max(ratios)))


def test_a_long_sum_names_its_first_and_last_parts() -> None:
    v = verdict(sum_doc([str(i) for i in range(1, 101)], "5050"))
    assert v.status is Status.CONSISTENT
    assert v.reason.startswith("1 + 2 + 3")
    assert "\u2026 + 100 (100 figures) = 5,050" in v.reason


# -- whole numbers (the GRIM rule) -------------------------------------------------------------


def _share_interval(stated: str) -> tuple[Fraction, Fraction]:
    low, high = Interval.stated(Decimal(stated)).triple()[::2]
    return low / 100, high / 100


@pytest.mark.parametrize(
    ("part", "whole", "stated", "status", "implied"),
    [
        (None, "7", "50", Status.INCONSISTENT, None),  # 3.465 to 3.535 people: no whole number
        (None, "50", "7", Status.INCONSISTENT, None),  # 3.25 to 3.75
        (None, "50", "6", Status.INDETERMINATE, (3, 3)),  # 2.75 to 3.25: exactly 3
        (None, "7", "43", Status.INDETERMINATE, (3, 3)),  # 2.975 to 3.045
        ("7", None, "50", Status.INDETERMINATE, (14, 14)),  # 13.86 to 14.14
        ("1", None, "30", Status.INCONSISTENT, None),  # 3.28 to 3.39 people: none
        ("0", None, "5", Status.INCONSISTENT, None),  # only a whole of 0, which gives no share
        ("3", "7", "42.9", Status.CONSISTENT, (3, 3)),
    ],
)
def test_a_count_is_a_whole_number(
    part: str | None, whole: str | None, stated: str, status: Status, implied: tuple[int, int] | None
) -> None:
    v = minestats.check_share(part, whole, stated)
    assert v.status is status
    unknown = [i for i in v.implied if i.stated is None] or list(v.implied[:1])
    if implied is None:
        assert not unknown[0].feasible
        assert "whole number" in v.reason or "at least one" in v.reason
    else:
        assert (unknown[0].low, unknown[0].high) == implied


def test_the_issue_example_says_why() -> None:
    v = minestats.check_share(None, "7", "50")
    assert v.reason == (
        "part ('part') has no stated value, but part counts items, a whole number, and would have to be"
        " from 3.465 to 3.535, which holds no whole number"
    )


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 300), st.integers(0, 100), st.integers(0, 2), st.integers(0, 9))
def test_an_unknown_part_is_ruled_out_exactly_when_no_whole_number_fits(
    whole: int, percent: int, places: int, last: int
) -> None:
    stated = f"{percent}.{str(last) * places}" if places else str(percent)
    assume(Decimal(stated) <= 100)
    low, high = _share_interval(stated)
    fits = [k for k in range(whole * 2 + 2) if low <= Fraction(k, whole) <= high]  # the Fraction reference
    v = minestats.check_share(None, str(whole), stated)
    assert v.status is (Status.INDETERMINATE if fits else Status.INCONSISTENT)
    if fits:
        assert (v.implied[0].low, v.implied[0].high) == (min(fits), max(fits))


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 30), st.integers(1, 100), st.integers(0, 2), st.integers(0, 9))
def test_an_unknown_whole_is_ruled_out_exactly_when_no_whole_number_fits(
    part: int, percent: int, places: int, last: int
) -> None:
    stated = f"{percent}.{str(last) * places}" if places else str(percent)
    assume(Decimal(stated) <= 100)
    low, high = _share_interval(stated)
    top = int(part / low) + 2
    fits = [m for m in range(1, top) if low <= Fraction(part, m) <= high]
    v = minestats.check_share(str(part), None, stated)
    assert v.status is (Status.INDETERMINATE if fits else Status.INCONSISTENT)


@settings(max_examples=150, deadline=None)
@given(st.integers(10, 99), st.integers(0, 400), st.integers(1, 2), st.integers(0, 99))
def test_a_rounded_whole_is_checked_at_whole_numbers(
    tenths: int, part: int, places: int, digits: int
) -> None:
    """'1.2 thousand' people is 1,150 to 1,250 people, each a whole number: a brute force decides."""
    whole = f"{tenths // 10}.{tenths % 10} thousand"
    stated = f"{part * 100 // (tenths * 100) if tenths else 0}.{digits:02d}"[: 3 + places]
    assume(Decimal(stated) <= 100)
    low, high = _share_interval(stated)
    centre = tenths * 100
    fits = any(low <= Fraction(part, m) <= high for m in range(centre - 50, centre + 51))
    v = minestats.check_share(str(part), whole, stated)
    assert v.status is (Status.CONSISTENT if fits else Status.INCONSISTENT)
