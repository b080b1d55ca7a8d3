"""The letter's own claims, one test each: `pytest -v` reads as a verification report.

Expected values are worked out here from the letter's figures with exact
fractions, independently of the library's arithmetic.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import minestats
from minestats import Status

KM2 = Fraction(10**6)
HA = Fraction(10**4)


SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e3977af694b74fda.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"the letter's text ({SEED.name}) is not in the shared folder beside the project")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def letter() -> minestats.Document:
    return minestats.letter()


@pytest.fixture(scope="module")
def report(letter: minestats.Document) -> minestats.Report:
    return minestats.check(letter)


def pct(part: Fraction, whole: Fraction) -> Fraction:
    return part / whole * 100


def close(value: Decimal | None, expected: Fraction, places: int = 9) -> bool:
    assert value is not None
    return abs(Fraction(value) - expected) < Fraction(1, 10**places)


def test_letter_identity(letter: minestats.Document) -> None:
    assert letter.symbol == "24-23652"
    assert letter.author == "Yashar Aliyev"
    assert letter.date == "2024"


@pytest.mark.parametrize(
    ("figure", "stated", "unit", "qualifier"),
    [
        ("landmines_planted", "1.5 million", "count", "an estimated"),
        ("other_devices_planted", "unknown", "count", None),
        ("minefield_area", "11,258", "km²", "about"),
        ("national_territory", "86,600", "km²", None),
        ("cleared_share", "14.2", "percent", "approximately"),
        ("cleared_area", "165,871.5", "ha", None),
        ("neutralized_share", "3.6", "percent", None),
        ("mines_neutralized", "54,430", "count", None),
        ("devices_neutralized", "104,940", "count", None),
        ("mine_victims", "3,461", "count", None),
        ("mine_victims_children", "359", "count", None),
        ("mine_victims_women", "38", "count", None),
        ("post_conflict_victims", "382", "count", None),
        ("post_conflict_killed", "70", "count", None),
        ("post_conflict_injured", "312", "count", None),
        ("people_displaced", "700,000", "count", "more than"),
        ("people_missing", "4,000", "count", "some"),
        ("years_under_occupation", "30", "year", "almost"),
        ("conferences_hosted", "3", "count", None),
    ],
)
def test_letter_states_figure(
    letter: minestats.Document, figure: str, stated: str, unit: str, qualifier: str | None
) -> None:
    f = letter.figure(figure)
    assert (f.stated, f.unit, f.qualifier) == (stated, unit, qualifier)
    assert f.locator.quote
    assert f.locator.page
    assert f.locator.paragraph


def test_letter_figures_are_cited_in_the_seed_text(letter: minestats.Document, seed_text: str) -> None:
    flat = " ".join(seed_text.split())
    missing = [f.id for f in letter.figures if " ".join(f.locator.quote.split()) not in flat]
    assert missing == []


def test_neutralized_counts_are_as_of_september_2024(letter: minestats.Document) -> None:
    assert {letter.figure(i).as_of for i in ("mines_neutralized", "devices_neutralized")} == {"2024-09"}


def test_cleared_share_of_minefield_area_is_inconsistent(report: minestats.Report) -> None:
    v = report.verdict("cleared_share_of_minefields", "of_minefield_area")
    computed = pct(Fraction("165871.5") * HA, 11258 * KM2)  # 14.73 %
    assert v.status is Status.INCONSISTENT
    assert v.as_expected
    assert (v.low, v.high) == (Decimal("14.15"), Decimal("14.25"))
    assert close(v.computed, computed)
    assert close(v.gap, computed - Fraction("14.2"))
    assert v.qualifiers == {"cleared_share": "approximately", "minefield_area": "about"}


def test_cleared_share_implies_cleared_area_and_minefield_area(report: minestats.Report) -> None:
    v = report.verdict("cleared_share_of_minefields", "of_minefield_area")
    implied = {i.figure: i for i in v.implied}
    area = implied["cleared_area"]
    # 14.15 % and 14.25 % of 11,258 km², in hectares and in km².
    assert area.unit == "ha"
    assert close(area.low, Fraction("0.1415") * 11258 * 100)
    assert close(area.high, Fraction("0.1425") * 11258 * 100)
    assert area.alternative_unit == "km²"
    assert close(area.alternative_low, Fraction("0.1415") * 11258)
    whole = implied["minefield_area"]
    assert close(whole.low, Fraction("1658.715") / Fraction("0.1425"))
    assert close(whole.high, Fraction("1658.715") / Fraction("0.1415"))
    assert whole.alternative_unit == "ha"


def test_cleared_share_of_national_territory_is_inconsistent(report: minestats.Report) -> None:
    v = report.verdict("cleared_share_of_minefields", "of_national_territory")
    assert v.status is Status.INCONSISTENT
    assert close(v.computed, pct(Fraction("1658.715"), Fraction(86600)))


def test_neutralized_share_holds_for_mines_only(report: minestats.Report) -> None:
    v = report.verdict("neutralized_share_of_planted", "mines_of_mines")
    assert v.status is Status.CONSISTENT
    assert close(v.computed, pct(Fraction(54430), Fraction(1_500_000)))
    assert report.holding("neutralized_share_of_planted") == ("mines_of_mines",)


def test_neutralized_share_of_all_devices_is_indeterminate(report: minestats.Report) -> None:
    v = report.verdict("neutralized_share_of_planted", "all_of_all")
    assert v.status is Status.INDETERMINATE
    assert "other_devices_planted" in v.reason
    # What the unknown count would have to be for 3.6 per cent to hold.
    (implied,) = v.implied
    neutralized = Fraction(54430 + 104940)
    # The estimated 1.5 million landmines range over their rounding (1.45 to 1.55 million), and a
    # count of devices is a whole number.
    assert implied.low == math.ceil(neutralized / Fraction("0.0365") - 1_550_000)
    assert implied.high == math.floor(neutralized / Fraction("0.0355") - 1_450_000)


def test_neutralized_share_of_all_items_over_mines_is_inconsistent(report: minestats.Report) -> None:
    v = report.verdict("neutralized_share_of_planted", "all_of_mines")
    assert v.status is Status.INCONSISTENT
    assert close(v.computed, pct(Fraction(159370), Fraction(1_500_000)))
    implied = {i.figure: i for i in v.implied}
    # Even with no mines neutralized, 104,940 devices alone exceed 3.65 % of 1.5 million.
    assert not implied["mines_neutralized"].feasible


def test_post_conflict_killed_and_injured_add_up(report: minestats.Report) -> None:
    v = report.verdict("post_conflict_victims_total")
    assert v.status is Status.CONSISTENT
    assert v.computed == 70 + 312 == v.stated
    assert v.gap == 0


@pytest.mark.parametrize(
    ("claim", "part", "whole"),
    [
        ("children_within_victims", 359, 3461),
        ("women_within_victims", 38, 3461),
        ("children_and_women_within_victims", 359 + 38, 3461),
        ("post_conflict_within_victims", 382, 3461),
    ],
)
def test_victim_groups_within_all_victims(
    report: minestats.Report, claim: str, part: int, whole: int
) -> None:
    v = report.verdict(claim)
    assert v.status is Status.CONSISTENT
    assert (v.computed, v.stated, v.gap) == (Decimal(part), Decimal(whole), Decimal(part - whole))


def test_cleared_area_within_minefield_area_after_conversion(report: minestats.Report) -> None:
    v = report.verdict("cleared_within_minefields")
    assert v.status is Status.CONSISTENT
    assert v.unit == "km²"
    assert v.computed == Decimal("1658.715")


def test_minefields_within_national_territory(report: minestats.Report) -> None:
    v = report.verdict("minefields_within_territory")
    assert v.status is Status.CONSISTENT
    assert v.gap == 11258 - 86600


def test_mines_neutralized_within_mines_planted(report: minestats.Report) -> None:
    assert report.verdict("neutralized_within_planted", "mines_within_mines").status is Status.CONSISTENT
    assert report.verdict("neutralized_within_planted", "all_within_all").status is Status.INDETERMINATE


def test_every_verdict_of_the_letter_is_as_recorded(report: minestats.Report) -> None:
    assert report.as_expected
    assert report.counts == {"consistent": 9, "inconsistent": 3, "indeterminate": 2}


@pytest.mark.parametrize(
    ("expression", "unit", "expected"),
    [
        ("minefield_area / national_territory", "percent", pct(Fraction(11258), Fraction(86600))),
        ("minefield_area - cleared_area", "kilometer ** 2", Fraction(11258) - Fraction("1658.715")),
        ("post_conflict_killed / post_conflict_victims", "percent", pct(Fraction(70), Fraction(382))),
        ("landmines_planted - mines_neutralized", "dimensionless", Fraction(1_500_000 - 54430)),
    ],
)
def test_derived_figures_of_the_letter(
    letter: minestats.Document, expression: str, unit: str, expected: Fraction
) -> None:
    q = minestats.compute(letter, expression, exact=True)
    assert str(q.units) == unit
    assert close(q.magnitude, expected)


def test_no_stated_value_of_the_letter_is_a_bound(letter: minestats.Document) -> None:
    """Directional qualifiers make a stated share or total a bound (issue 13); the letter states none so.

    Its "more than 700,000" and "almost 30 years" are figures no claim states, so its verdicts do not
    change with the rule.
    """
    from minestats._vocab import Direction, direction_of

    for claim in letter.claims:
        if claim.stated is not None:
            direction = direction_of(letter.figure(claim.stated).qualifier)
            assert direction not in (Direction.LOWER_BOUND, Direction.UPPER_BOUND), claim.id
