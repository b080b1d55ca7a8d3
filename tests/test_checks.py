"""The check rules on small hand-written documents."""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import minestats
from helpers import document, figure, share_doc, subset_doc, sum_doc, verdict
from helpers import figure as fig
from minestats import Document, Figure, Status, Verdict
from minestats._checks import shared_ends
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
    assert (v.status, v.gap) == (Status.CONSISTENT, Decimal(0))


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


@pytest.mark.parametrize(
    ("part", "whole", "qualifier", "status", "high"),
    [
        ("6000", "5000", "more than", Status.CONSISTENT, None),  # a lower bound has no upper end
        ("4000", "5000", "more than", Status.CONSISTENT, None),
        ("5005", "5000", "nearly", Status.INCONSISTENT, "5000"),  # an upper bound; a count is exact
        ("5000", "5000", "nearly", Status.CONSISTENT, "5000"),
        ("6000", "5000", "about", Status.INCONSISTENT, "5000"),  # a vague qualifier opens nothing
    ],
)
def test_subset_of_a_whole_stated_as_a_bound(
    part: str, whole: str, qualifier: str, status: Status, high: str | None
) -> None:
    # "More than 5,000 casualties, including 6,000 children" can hold: the whole is a lower bound.
    doc = document(
        figure("p", part, "count"),
        figure("w", whole, "count", qualifier=qualifier),
        claims=[{"id": "c", "kind": "subset", "label": "l", "part": ["p"], "whole": ["w"]}],
    )
    v = verdict(doc)
    assert v.status is status
    assert v.high == (None if high is None else Decimal(high))


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
    ends: list[tuple[Fraction, Fraction]] = []
    for b in boxes:
        assert b.low is not None
        assert b.high is not None
        ends.append((b.low, b.high))
    ratios: list[Fraction] = []
    for corner in itertools.product(*ends):
        ratios.append(sum(corner[: len(parts)], Fraction(0)) / sum(corner[len(parts) :], Fraction(0)) * 100)
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
        assert (unknown[0].low, unknown[0].high) == (Decimal(implied[0]), Decimal(implied[1]))


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
        assert (v.implied[0].low, v.implied[0].high) == (Decimal(min(fits)), Decimal(max(fits)))


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


# -- the kinds of issue 13: bounds, partitions, changes, multiples, one quantity twice, words ------------
#
# Each rule is checked against a reference written here from the rule's definition with Fraction
# arithmetic over the corners of the operands' rounding boxes (not with minestats' linear forms).


def _rounded(text: str, *, count: bool = False) -> tuple[Fraction, Fraction, Fraction]:
    """(low, point, high) of a number as stated: half a unit of its last digit; a count to the unit exact."""
    value = Decimal(text.replace(",", ""))
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    half = Fraction(0) if count and exponent <= 0 else Fraction(1, 2) * Fraction(10) ** exponent
    point = Fraction(value)
    return max(point - half, Fraction(0)), point, point + half


def _target(
    stated: str, qualifier: str | None, cap: Fraction | None, *, count: bool = False
) -> tuple[Fraction, Fraction | None]:
    """Where the true value may lie: the rounding interval, one end opened by a directional qualifier."""
    low, _, high = _rounded(stated, count=count)
    if qualifier in ("more than", "over", "at least"):
        return low, cap
    if qualifier in ("nearly", "almost", "up to", "less than", "under"):
        return Fraction(0), high
    return low, high


def _meets(values: tuple[Fraction, Fraction], target: tuple[Fraction, Fraction | None]) -> Status:
    low, high = values
    t_low, t_high = target
    holds = high >= t_low and (t_high is None or low <= t_high)
    return Status.CONSISTENT if holds else Status.INCONSISTENT


def _ratio_range(part: str, whole: str, count: bool) -> tuple[Fraction, Fraction]:
    p, w = _rounded(part, count=count), _rounded(whole, count=count)
    return p[0] / w[2], p[2] / w[0]


def _bound_share_doc(part: str, whole: str, stated: str, qualifier: str | None, unit: str) -> Document:
    extra = {"qualifier": qualifier} if qualifier else {}
    return document(
        fig("p", part, unit),
        fig("w", whole, unit),
        fig("s", stated, "percent", **extra),
        claims=[{"id": "c", "kind": "share", "label": "l", "stated": "s", "part": ["p"], "whole": ["w"]}],
    )


@pytest.mark.parametrize(
    ("part", "whole", "stated", "qualifier", "status"),
    [
        ("1195", "10000", "12.0", "more than", Status.CONSISTENT),  # 11.95 %: the low end of 12.0 counts
        ("1194", "10000", "12.0", "more than", Status.INCONSISTENT),  # 11.94 %
        ("9000", "10000", "12.0", "more than", Status.CONSISTENT),  # 90 %: a lower bound is no point
        ("1195", "10000", "12.0", "at least", Status.CONSISTENT),
        ("1194", "10000", "12.0", "over", Status.INCONSISTENT),
        ("1205", "10000", "12.0", "nearly", Status.CONSISTENT),  # 12.05 %: the high end counts
        ("1206", "10000", "12.0", "nearly", Status.INCONSISTENT),
        ("10", "10000", "12.0", "almost", Status.CONSISTENT),  # 0.1 %: an upper bound is no point
        ("1206", "10000", "12.0", "less than", Status.INCONSISTENT),
        ("1205", "10000", "12.0", "up to", Status.CONSISTENT),
        ("1206", "10000", "12.0", "under", Status.INCONSISTENT),
        ("1206", "10000", "12.0", "about", Status.INCONSISTENT),  # vague qualifiers do not widen
        ("1194", "10000", "12.0", "approximately", Status.INCONSISTENT),
        ("1194", "10000", "12.0", "an estimated", Status.INCONSISTENT),
        ("1194", "10000", "12.0", "some", Status.INCONSISTENT),
        ("1195", "10000", "12.0", None, Status.CONSISTENT),
    ],
)
def test_a_directional_qualifier_makes_a_shares_stated_value_a_bound(
    part: str, whole: str, stated: str, qualifier: str | None, status: Status
) -> None:
    v = verdict(_bound_share_doc(part, whole, stated, qualifier, "count"))
    assert v.status is status
    r_low, r_high = _ratio_range(part, whole, True)
    assert _meets((r_low * 100, r_high * 100), _target(stated, qualifier, Fraction(100))) is status
    if qualifier in ("more than", "nearly"):
        assert v.stated_text == f"{qualifier} {stated}"
        assert "bound" in v.reason


_STATED_QUALIFIERS = [None, "about", "more than", "at least", "nearly", "less than", "up to"]


@settings(max_examples=300, deadline=None)
@given(
    part=st.integers(0, 2_000),
    whole=st.integers(1, 2_000),
    part_digits=st.integers(0, 2),
    whole_digits=st.integers(0, 2),
    stated=st.integers(0, 1_000),
    stated_digits=st.integers(0, 1),
    qualifier=st.sampled_from(_STATED_QUALIFIERS),
)
def test_bound_shares_agree_with_the_fraction_reference(
    part: int, whole: int, part_digits: int, whole_digits: int, stated: int, stated_digits: int,
    qualifier: str | None,
) -> None:  # fmt: skip
    p = str(Decimal(part).scaleb(-part_digits))
    w = str(Decimal(whole).scaleb(-whole_digits))
    s = str(Decimal(stated).scaleb(-stated_digits))
    assume(Decimal(s) <= 100 and _rounded(w)[0] > 0)
    v = verdict(_bound_share_doc(p, w, s, qualifier, "ha"))
    r_low, r_high = _ratio_range(p, w, False)
    assert v.status is _meets((r_low * 100, r_high * 100), _target(s, qualifier, Fraction(100)))


@pytest.mark.parametrize(
    ("parts", "total", "qualifier", "status"),
    [
        (["1,200", "1,500"], "2,700", "more than", Status.CONSISTENT),
        (["1,200", "1,500"], "2,701", "more than", Status.INCONSISTENT),  # counts are exact
        (["1,200", "1,500"], "2,600", "more than", Status.CONSISTENT),
        (["1,200", "1,500"], "2,700", "nearly", Status.CONSISTENT),
        (["1,200", "1,500"], "2,699", "nearly", Status.INCONSISTENT),
        (["1,200", "1,500"], "2.7 thousand", "almost", Status.CONSISTENT),  # [0, 2,750]
        (["1,200", "1,551"], "2.7 thousand", "almost", Status.INCONSISTENT),  # 2,751
        (["1,200", "1,551"], "2.7 thousand", "about", Status.INCONSISTENT),
    ],
)
def test_a_directional_qualifier_makes_a_sums_stated_total_a_bound(
    parts: list[str], total: str, qualifier: str, status: Status
) -> None:
    doc = document(
        *[fig(f"p{i}", v, "count") for i, v in enumerate(parts)],
        fig("t", total, "count", qualifier=qualifier),
        claims=[{"id": "c", "kind": "sum", "label": "l", "stated": "t", "part": ["p0", "p1"]}],
    )
    v = verdict(doc)
    assert v.status is status
    exact = sum((Fraction(Decimal(x.replace(",", ""))) for x in parts), Fraction(0))
    stated = str(minestats.Figure.model_validate(fig("t", total, "count")).value)  # "2.7E+3"
    assert _meets((exact, exact), _target(stated, qualifier, None, count=True)) is status


def _partition_doc(*shares: str | None, qualifiers: dict[int, str] | None = None) -> Document:
    qualifiers = qualifiers or {}
    figures = [
        fig(f"s{i}", v, "percent", **({"qualifier": qualifiers[i]} if i in qualifiers else {}))
        for i, v in enumerate(shares)
    ]
    part = [f"s{i}" for i in range(len(shares))]
    return document(*figures, claims=[{"id": "c", "kind": "partition", "label": "l", "part": part}])


def _partition_reference(shares: tuple[str, ...]) -> Status:
    """n stated percentages at their rounding add to 100 somewhere: the lows at most, the highs at least."""
    boxes = [_rounded(s) for s in shares]
    low, high = sum((b[0] for b in boxes), Fraction(0)), sum((b[2] for b in boxes), Fraction(0))
    return _meets((low, high), (Fraction(100), Fraction(100)))


@pytest.mark.parametrize(
    ("shares", "status"),
    [
        (("38", "62"), Status.CONSISTENT),
        (("40", "59"), Status.CONSISTENT),  # the highs, 40.5 + 59.5, are exactly 100
        (("40", "58.9"), Status.INCONSISTENT),  # the highs add to 99.45
        (("51", "50"), Status.CONSISTENT),  # the lows, 50.5 + 49.5, are exactly 100
        (("51", "50.1"), Status.INCONSISTENT),  # the lows add to 100.55
        (("33.3", "33.3", "33.3"), Status.CONSISTENT),  # 99.9: three halves of 0.1 reach 100.05
        (("33", "33", "33"), Status.CONSISTENT),  # 99: three halves of 1 reach 100.5
        (("33.2", "33.3", "33.3"), Status.INCONSISTENT),  # 99.8: the highs add to 99.95
        (("30", "30", "30"), Status.INCONSISTENT),
        (("0", "100"), Status.CONSISTENT),
    ],
)
def test_shares_of_one_whole_add_up_to_100_within_their_rounding(
    shares: tuple[str, ...], status: Status
) -> None:
    v = verdict(_partition_doc(*shares))
    assert v.status is status is _partition_reference(shares)
    assert v.kind.value == "partition"
    assert v.computed == sum(Decimal(s) for s in shares)
    assert v.gap == v.computed - 100
    assert (v.unit, v.gap_unit) == ("percent", "percentage points")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 2)), min_size=2, max_size=6))
def test_partitions_agree_with_the_fraction_reference(shares: list[tuple[int, int]]) -> None:
    texts = tuple(str(Decimal(m).scaleb(-d)) for m, d in shares)
    assume(all(Decimal(t) <= 100 for t in texts))
    assert verdict(_partition_doc(*texts)).status is _partition_reference(texts)


def test_an_unstated_share_of_a_partition_gets_its_implied_interval() -> None:
    v = verdict(_partition_doc("38", "12.5", None))
    assert v.status is Status.INDETERMINATE
    (implied,) = v.implied
    lows, highs = _rounded("38")[0] + _rounded("12.5")[0], _rounded("38")[2] + _rounded("12.5")[2]
    assert (implied.figure, implied.unit) == ("s2", "percent")
    assert (Fraction(implied.low), Fraction(implied.high)) == (100 - highs, 100 - lows)  # type: ignore[arg-type]
    assert "s2 in [48.95, 50.05] %" in str(implied)


def test_shares_that_already_exceed_100_leave_no_value_for_the_unstated_one() -> None:
    v = verdict(_partition_doc("60", "45", None))
    assert v.status is Status.INCONSISTENT
    assert not v.implied[0].feasible


@pytest.mark.parametrize(
    ("shares", "qualifiers", "status"),
    [
        (("38", "60"), {1: "more than"}, Status.CONSISTENT),  # 60 % or more: up to 100
        (("38", "60"), {}, Status.INCONSISTENT),
        (("38", "65"), {1: "nearly"}, Status.CONSISTENT),  # up to 65.5 %
        (("38", "61"), {1: "nearly"}, Status.CONSISTENT),  # the highs 38.5 + 61.5 are exactly 100
        (("38", "60"), {1: "nearly"}, Status.INCONSISTENT),  # the highs add to 99
    ],
)
def test_a_partition_reads_a_bounded_share_as_a_bound(
    shares: tuple[str, ...], qualifiers: dict[int, str], status: Status
) -> None:
    boxes = []
    for i, s in enumerate(shares):
        t_low, t_high = _target(s, qualifiers.get(i), Fraction(100))
        boxes.append((t_low, t_high))
    reference = _meets(
        (
            sum((b[0] for b in boxes), Fraction(0)),
            sum((b[1] for b in boxes if b[1] is not None), Fraction(0)),
        ),
        (Fraction(100), Fraction(100)),
    )
    assert verdict(_partition_doc(*shares, qualifiers=qualifiers)).status is status is reference


def _change_doc(
    earlier: str, later: str, stated: str, change: str, *, unit: str = "count", stated_unit: str = "percent",
    qualifier: str | None = None,
) -> Document:  # fmt: skip
    extra = {"qualifier": qualifier} if qualifier else {}
    readings = [
        {"id": "of_earlier", "part": ["later"], "whole": ["earlier"]},
        {"id": "of_later", "part": ["later"], "whole": ["earlier"], "relative_to": "later"},
    ]
    return document(
        fig("earlier", earlier, unit),
        fig("later", later, unit),
        fig("stated", stated, stated_unit, **extra),
        claims=[
            {
                "id": "c",
                "kind": "change",
                "change": change,
                "label": "l",
                "stated": "stated",
                "readings": readings,
            }
        ],
    )


def _change_reference(
    earlier: str,
    later: str,
    stated: str,
    change: str,
    relative_to: str,
    count: bool,
    qualifier: str | None = None,
) -> Status:
    """The relative change over the corners of the box: (later - earlier) / base, its sign by the wording."""
    e, l_ = _rounded(earlier, count=count), _rounded(later, count=count)
    values = []
    for x, y in itertools.product((e[0], e[2]), (l_[0], l_[2])):
        base = x if relative_to == "earlier" else y
        difference = (y - x) if change == "increase" else (x - y)
        values.append(difference / base * 100)
    return _meets((min(values), max(values)), _target(stated, qualifier, None))


@pytest.mark.parametrize(
    ("earlier", "later", "stated", "change", "statuses"),
    [
        ("650", "572", "12", "decrease", ("consistent", "inconsistent")),  # 12 % of 650; 13.6 % of 572
        ("1000", "875", "12", "decrease", ("consistent", "inconsistent")),  # 12.5 %: the high end counts
        ("1000", "874", "12", "decrease", ("inconsistent", "inconsistent")),  # 12.6 %
        ("1000", "885", "12", "decrease", ("consistent", "inconsistent")),  # 11.5 %: the low end counts
        ("100", "200", "100", "increase", ("consistent", "inconsistent")),  # 100 % of 100; 50 % of 200
        ("100", "200", "50", "increase", ("inconsistent", "consistent")),
        ("100", "250", "150", "increase", ("consistent", "inconsistent")),  # over 100 % is allowed
        ("200", "100", "100", "decrease", ("inconsistent", "consistent")),  # 50 % of 200; 100 % of 100
        ("572", "650", "12", "decrease", ("inconsistent", "inconsistent")),  # it rose
    ],
)
def test_a_relative_change_is_read_relative_to_either_figure(
    earlier: str, later: str, stated: str, change: str, statuses: tuple[str, str]
) -> None:
    report = minestats.check(_change_doc(earlier, later, stated, change))
    found = tuple(report.verdict("c", r).status.value for r in ("of_earlier", "of_later"))
    assert found == statuses
    expected = tuple(
        _change_reference(earlier, later, stated, change, r, True).value for r in ("earlier", "later")
    )
    assert found == expected


def test_a_change_verdict_shows_the_computed_change_and_its_expression() -> None:
    v = minestats.check(_change_doc("650", "572", "12", "decrease")).verdict("c", "of_later")
    assert v.reason.startswith("(650 - 572) / 572 = 13.64 %")
    assert v.computed == decimal_of(Fraction(78, 572) * 100)
    assert v.gap == decimal_of(Fraction(78, 572) * 100 - 12)
    assert (v.unit, v.gap_unit, v.kind.value) == ("percent", "percentage points", "change")
    implied = {i.figure: i for i in v.implied}
    assert set(implied) == {"earlier", "later"}


@settings(max_examples=200, deadline=None)
@given(
    earlier=st.integers(1, 3000),
    later=st.integers(1, 3000),
    digits=st.integers(0, 1),
    stated=st.integers(0, 3000),
    change=st.sampled_from(["increase", "decrease"]),
    qualifier=st.sampled_from([None, "more than", "nearly"]),
)
def test_changes_agree_with_the_fraction_reference(
    earlier: int, later: int, digits: int, stated: int, change: str, qualifier: str | None
) -> None:
    e, l_ = str(Decimal(earlier).scaleb(-digits)), str(Decimal(later).scaleb(-digits))
    assume(_rounded(e)[0] > 0 and _rounded(l_)[0] > 0)
    s = str(Decimal(stated).scaleb(-1))
    report = minestats.check(_change_doc(e, l_, s, change, unit="ha", qualifier=qualifier))
    for reading, relative_to in (("of_earlier", "earlier"), ("of_later", "later")):
        expected = _change_reference(e, l_, s, change, relative_to, False, qualifier)
        assert report.verdict("c", reading).status is expected


def _less_doc(
    later: str, difference: str, stated: str, change: str = "increase", unit: str = "ha"
) -> Document:
    """A change stated with its later level and difference: the earlier is ``later`` less ``difference``."""
    return document(
        fig("later", later, unit),
        fig("difference", difference, unit),
        fig("stated", stated, "percent"),
        claims=[{"id": "c", "kind": "change", "change": change, "label": "l", "stated": "stated",
                 "part": ["later"], "whole": ["later"], "less": ["difference"]}],
    )  # fmt: skip


def _less_reference(later: str, difference: str, stated: str, change: str, count: bool) -> Status:
    """The change over the corners of the box, the earlier level being later - difference."""
    ls, ds = _rounded(later, count=count), _rounded(difference, count=count)
    values = []
    for y, d in itertools.product((ls[0], ls[2]), (ds[0], ds[2])):
        x = y - d
        values.append(((y - x) if change == "increase" else (x - y)) / x * 100)
    return _meets((min(values), max(values)), _target(stated, None, None))


@pytest.mark.parametrize(
    ("later", "difference", "stated", "unit", "status"),
    [
        ("600", "120", "25", "ha", Status.CONSISTENT),  # 120 / 480
        ("600", "120", "24", "ha", Status.INCONSISTENT),  # 25 %, and 119.5 / 480.5 = 24.87 % at most
        ("913.5", "314.5", "52", "ha", Status.CONSISTENT),  # 52.504 %, 52.487 % at the corner: rounding helps
        ("9135", "3145", "52", "count", Status.INCONSISTENT),  # counts are exact: 52.504 % only
        ("9135", "3145", "52", "ha", Status.CONSISTENT),  # 3,144.5 / 5,990.5 = 52.49 %
        ("913.5", "314.5", "53", "ha", Status.CONSISTENT),
    ],
)
def test_a_change_whose_earlier_level_is_the_later_less_the_difference(
    later: str, difference: str, stated: str, unit: str, status: Status
) -> None:
    v = verdict(_less_doc(later, difference, stated, unit=unit))
    assert v.status is status
    assert v.status is _less_reference(later, difference, stated, "increase", unit == "count")
    earlier = Decimal(later) - Decimal(difference)
    assert v.computed == decimal_of(Fraction(Decimal(difference)) / Fraction(earlier) * 100)
    symbol = " ha" if unit == "ha" else ""
    y, d = f"{Decimal(later):,}{symbol}", f"{Decimal(difference):,}{symbol}"
    assert v.reason.startswith(f"({y} - ({y} - {d})) / ({y} - {d}) = ")
    assert {i.figure for i in v.implied} == {"later", "difference"}


@settings(max_examples=200, deadline=None)
@given(
    later=st.integers(1, 3000),
    difference=st.integers(0, 3000),
    digits=st.integers(0, 1),
    stated=st.integers(0, 3000),
    change=st.sampled_from(["increase", "decrease"]),
)
def test_changes_from_a_difference_agree_with_the_fraction_reference(
    later: int, difference: int, digits: int, stated: int, change: str
) -> None:
    y, d = str(Decimal(later).scaleb(-digits)), str(Decimal(difference).scaleb(-digits))
    assume(_rounded(y)[0] - _rounded(d)[2] > 0)  # the earlier level above zero on the whole box
    s = str(Decimal(stated).scaleb(-1))
    assert verdict(_less_doc(y, d, s, change)).status is _less_reference(y, d, s, change, False)


@pytest.mark.parametrize(("later", "difference"), [("100", "150"), ("100", "100"), ("100", "99.6")])
def test_a_change_whose_earlier_level_may_be_zero_or_below_is_not_decided(
    later: str, difference: str
) -> None:
    v = verdict(_less_doc(later, difference, "10"))
    assert v.status is Status.INDETERMINATE
    assert "no change can be computed" in v.reason


@pytest.mark.parametrize(
    ("earlier", "later", "stated", "change", "status"),
    [
        ("40", "43", "3", "increase", Status.CONSISTENT),
        ("40", "43", "3", "decrease", Status.INCONSISTENT),
        ("43", "40", "3", "decrease", Status.CONSISTENT),
        ("40", "43.5", "4.5", "increase", Status.INCONSISTENT),  # at most 43.55 - 39.5 = 4.05 < 4.45
        ("40", "43.5", "4.1", "increase", Status.CONSISTENT),  # 4.05 is the low end of 4.1: it counts
        ("40.0", "43.0", "3.2", "increase", Status.INCONSISTENT),  # at most 43.05 - 39.95 = 3.1 < 3.15
        ("40.0", "43.0", "3.1", "increase", Status.CONSISTENT),  # 3.05 to 3.15 meets 2.9 to 3.1
    ],
)
def test_a_change_in_percentage_points_is_the_difference_of_two_percentages(
    earlier: str, later: str, stated: str, change: str, status: Status
) -> None:
    doc = document(
        fig("earlier", earlier, "percent"),
        fig("later", later, "percent"),
        fig("stated", stated, "percentage points"),
        claims=[{"id": "c", "kind": "change", "change": change, "label": "l", "stated": "stated",
                 "part": ["later"], "whole": ["earlier"]}],
    )  # fmt: skip
    v = verdict(doc)
    assert v.status is status
    e, l_ = _rounded(earlier), _rounded(later)
    sign = 1 if change == "increase" else -1
    ends = sorted((sign * (l_[0] - e[2]), sign * (l_[2] - e[0])))
    assert _meets((ends[0], ends[1]), _target(stated, None, None)) is status
    assert (v.unit, v.gap_unit) == ("percentage points", "percentage points")
    assert v.computed == sign * (Decimal(later) - Decimal(earlier))


@pytest.mark.parametrize(
    ("part", "whole", "stated", "unit", "qualifier", "status"),
    [
        ("1,900", "1,000", "2", "times", "almost", Status.CONSISTENT),  # "almost double"
        ("2,500", "1,000", "2", "times", "almost", Status.CONSISTENT),  # 2.5: the high end of 2 counts
        ("2,501", "1,000", "2", "times", "almost", Status.INCONSISTENT),
        ("2,500", "1,000", "3", "times", None, Status.CONSISTENT),  # "three times as many": [2.5, 3.5]
        ("2,499", "1,000", "3", "times", None, Status.INCONSISTENT),
        ("4,000", "1,000", "3", "times", "more than", Status.CONSISTENT),
        ("1,120", "1,000", "112", "percent", None, Status.CONSISTENT),  # "112 % of the target"
        ("1,126", "1,000", "112", "percent", None, Status.INCONSISTENT),
    ],
)
def test_a_multiple_is_part_over_whole_with_no_limit_of_100_per_cent(
    part: str, whole: str, stated: str, unit: str, qualifier: str | None, status: Status
) -> None:
    extra = {"qualifier": qualifier} if qualifier else {}
    doc = document(
        fig("p", part, "count"),
        fig("w", whole, "count"),
        fig("s", stated, unit, **extra),
        claims=[{"id": "c", "kind": "multiple", "label": "l", "stated": "s", "part": ["p"], "whole": ["w"]}],
    )
    v = verdict(doc)
    assert v.status is status
    r_low, r_high = _ratio_range(part, whole, True)
    scale = 100 if unit == "percent" else 1
    assert _meets((r_low * scale, r_high * scale), _target(stated, qualifier, None)) is status
    assert v.unit == unit


def _same_doc(*figures: tuple[str, str]) -> Document:
    ids = [f"f{i}" for i in range(len(figures))]
    return document(
        *[fig(i, value, unit) for i, (value, unit) in zip(ids, figures, strict=True)],
        claims=[{"id": "c", "kind": "same", "label": "l", "part": ids}],
    )


@pytest.mark.parametrize(
    ("figures", "status"),
    [
        ((("5", "km²"), ("500", "ha")), Status.CONSISTENT),
        ((("5.59", "km²"), ("560", "ha")), Status.CONSISTENT),  # [558.5, 559.5] ha meets [559.5, 560.5]
        ((("5.58", "km²"), ("560", "ha")), Status.INCONSISTENT),
        ((("5", "km²"), ("560", "ha")), Status.INCONSISTENT),
        ((("2.5 million", "count"), ("2,500,000", "count")), Status.CONSISTENT),
        ((("2.5 million", "count"), ("2,550,000", "count")), Status.CONSISTENT),  # the high end
        ((("2.5 million", "count"), ("2,550,001", "count")), Status.INCONSISTENT),
        ((("1", "sq mi"), ("259", "ha"), ("2.59", "km²")), Status.CONSISTENT),
        ((("1", "sq mi"), ("259", "ha"), ("2.60", "km²")), Status.CONSISTENT),  # 259.5 ha: both ends
        ((("1", "sq mi"), ("259", "ha"), ("2.61", "km²")), Status.INCONSISTENT),
    ],
)
def test_one_quantity_stated_twice_agrees_within_the_rounding_of_both(
    figures: tuple[tuple[str, str], ...], status: Status
) -> None:
    v = verdict(_same_doc(*figures))
    assert v.status is status
    factors = {
        "km²": Fraction(10**6),
        "ha": Fraction(10**4),
        "sq mi": Fraction(2589988110336, 10**6),
        "count": Fraction(1),
    }
    boxes = []
    for value, unit in figures:
        stated = str(minestats.Figure.model_validate(fig("x", value, unit)).value)
        low, _, high = _rounded(stated, count=unit == "count")
        boxes.append((low * factors[unit], high * factors[unit]))
    holds = max(b[0] for b in boxes) <= min(b[1] for b in boxes)
    assert holds is (status is Status.CONSISTENT)
    assert v.kind.value == "same"


def test_one_quantity_stated_twice_implies_each_from_the_others() -> None:
    v = verdict(_same_doc(("5", "km²"), ("560", "ha")))
    first, second = v.implied
    assert (first.figure, first.low, first.high) == ("f0", Decimal("5.595"), Decimal("5.605"))
    assert (second.figure, second.low, second.high) == ("f1", Decimal("450"), Decimal("550"))
    assert "share no value" in v.reason


@pytest.mark.parametrize(
    ("part", "whole", "words", "status"),
    [
        ("2", "3", "two thirds", Status.CONSISTENT),
        ("1", "3", "a third", Status.CONSISTENT),
        ("3284", "10000", "a third", Status.CONSISTENT),  # 32.84 % >= 100/3 - 0.5 = 32.833...
        ("3283", "10000", "a third", Status.INCONSISTENT),  # 32.83 %
        ("3383", "10000", "one third", Status.CONSISTENT),  # 33.83 % <= 33.833...
        ("3384", "10000", "1/3", Status.INCONSISTENT),
        ("4950", "10000", "half", Status.CONSISTENT),  # 49.5 %: the low end counts
        ("4949", "10000", "half", Status.INCONSISTENT),
        ("7550", "10000", "three quarters", Status.CONSISTENT),
        ("7551", "10000", "three-quarters", Status.INCONSISTENT),
    ],
)
def test_a_share_in_words_stands_for_the_fraction_to_whole_per_cent(
    part: str, whole: str, words: str, status: Status
) -> None:
    doc = document(
        fig("p", part, "count"),
        fig("w", whole, "count"),
        fig("s", words, "percent", locator={"quote": f"{words} of the items"}),
        claims=[{"id": "c", "kind": "share", "label": "l", "stated": "s", "part": ["p"], "whole": ["w"]}],
    )
    v = verdict(doc)
    assert v.status is status
    fraction = {"two thirds": Fraction(2, 3), "half": Fraction(1, 2), "three quarters": Fraction(3, 4),
                "three-quarters": Fraction(3, 4)}.get(words, Fraction(1, 3))  # fmt: skip
    ratio = Fraction(int(part), int(whole))
    assert (abs(ratio - fraction) <= Fraction(1, 200)) is (status is Status.CONSISTENT)
    assert v.stated_text == words
    assert minestats.loads(minestats.dumps(doc)) == doc
    assert f"value: {words}" in minestats.dumps(doc)


def test_money_sums_and_shares_check_with_their_multipliers() -> None:
    doc = document(
        fig("pledged", "32.5 million", "USD"),
        fig("paid", "12.5 million", "US$"),  # any spelling of the currency
        fig("due", "20 million", "USD"),
        fig("paid_share", "38.5", "percent"),
        claims=[
            {"id": "total", "kind": "sum", "label": "l", "stated": "pledged", "part": ["paid", "due"]},
            {"id": "share", "kind": "share", "label": "l", "stated": "paid_share", "part": ["paid"],
             "whole": ["pledged"]},
        ],
    )  # fmt: skip
    report = minestats.check(doc)
    assert report.verdict("total").status is Status.CONSISTENT
    assert report.verdict("total").unit == "USD"
    share = report.verdict("share")
    p, w = _rounded("12.5E+6"), _rounded("32.5E+6")
    assert _meets((p[0] / w[2] * 100, p[2] / w[0] * 100), _target("38.5", None, None)) is share.status
    assert share.status is Status.CONSISTENT


@pytest.mark.parametrize(
    ("first", "second", "shared"),
    [
        ("25", "25", True),  # "25 per cent" twice: one 24.5 and one 25.5
        ("25", "25.0", False),  # equal values, other ends (24.95 to 25.05)
        ("7.50", "7.50", True),
    ],
)
def test_verdicts_in_shared_ends_share_equal_interval_ends(first: str, second: str, shared: bool) -> None:
    def judged(stated: str) -> Verdict:
        doc = Document(
            id="ends",
            title="Ends",
            figures=[
                Figure(
                    id="part", label="P", value="30", unit="count", entity="dogs", locator={"quote": "30"}
                ),
                Figure(
                    id="whole", label="W", value="120", unit="count", entity="dogs", locator={"quote": "120"}
                ),
                Figure(id="pct", label="S", value=stated, unit="percent", locator={"quote": stated}),
            ],
            claims=[
                {
                    "id": "c",
                    "kind": "share",
                    "label": "L",
                    "stated": "pct",
                    "part": ["part"],
                    "whole": ["whole"],
                }
            ],
        )
        return minestats.check(doc).verdicts[0]

    with shared_ends():
        a, b = judged(first), judged(second)
    alone_a, alone_b = judged(first), judged(second)
    assert (a, b) == (alone_a, alone_b)  # the same verdicts, with or without sharing
    assert (a.low is b.low and a.high is b.high) is shared
    # outside the block, ends written alike may be one object too (rounding intervals are cached by
    # the number's text), never ends written otherwise
    assert (alone_a.low is alone_b.low) <= shared


@pytest.mark.parametrize(
    ("num", "den", "box"),
    [
        ({"part": 1}, {"whole": 1}, {"part": (115, 120, 125), "whole": (395, 400, 405)}),
        ({"part": 1}, {"whole": 1}, {"part": (0, 3, 5), "whole": (10, 10, 10)}),
        ({"part": 1}, {"whole": 1}, {"part": (700, 700, 700), "whole": (1, 2, 3)}),
        ({"part": 1}, {"part": 1, "rest": 1}, {"part": (5, 6, 7), "rest": (20, 30, 40)}),
        ({"a": 1, "b": 1}, {"whole": 1}, {"a": (1, 2, 3), "b": (4, 5, 6), "whole": (50, 60, 70)}),
        ({"part": 2}, {"whole": 1}, {"part": (5, 6, 7), "whole": (50, 60, 70)}),
    ],
)
def test_a_ratios_extremes_are_dinkelbachs(
    num: dict[str, int], den: dict[str, int], box: dict[str, tuple[int, int, int]]
) -> None:
    from minestats._checks import _ratio_extremes
    from minestats._rules import ratio_extreme_terms

    found = [Fraction(*pair) for pair in _ratio_extremes(num, den, box)]
    assert found == [Fraction(*ratio_extreme_terms(num, den, box, highest=h)) for h in (False, True)]


@pytest.mark.parametrize(
    ("numerator", "denominator"),
    [
        (0, 1),
        (7, 1),
        (-7, 1),
        (1200, 1),
        (10**27 + 3, 1),
        (10**28 + 3, 1),
        (-(10**30) - 1, 1),
        (22, 7),
        (5, -2),
    ],
)
def test_a_quotient_is_the_contexts_division(numerator: int, denominator: int) -> None:
    from decimal import Context

    from minestats._checks import _quotient

    found = _quotient(numerator, denominator)
    expected = Context(prec=28).divide(Decimal(numerator), Decimal(denominator))
    assert found.as_tuple() == expected.as_tuple()
