"""Tests of minestats._audit._bounds: a round figure with a directional qualifier restating a precise one."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import minestats
from minestats._audit._bounds import _near, bounds, targets
from minestats._audit._figures import items
from minestats._interval import Interval

# (text, locale, [(stated, precise, status)]): the bound claims the audit writes and their verdicts
CASES = [
    # a headline rounds the body's count down, "more than": a lower bound
    (
        "Deminers removed more than 4,000 devices last year.\n\nThe register lists 4,126 devices removed.",
        None,
        [("4000", "4126", "consistent")],
    ),
    # the wrong side of the bound: "more than 4,000" but the body counts 3,980
    (
        "Deminers removed more than 4,000 devices last year.\n\nThe register lists 3,980 devices removed.",
        None,
        [("4000", "3980", "inconsistent")],
    ),
    # "nearly" is an upper bound, in another unit: 11,968,200 m² is just under 12 km²
    (
        "The contaminated area is now just under 12 km2. Survey teams measured 11,968,200 m2 in total.",
        None,
        [("12", "11968200", "consistent")],
    ),
    (
        "The contaminated area is now just under 12 km2. Survey teams measured 12,531,800 m2 in total.",
        None,
        [("12", "12531800", "inconsistent")],
    ),
    # a bound keeps its rounding: "over 8.5 km²" holds down to 8.45 km²
    (
        "Teams released over 8.5 km2 of land. The national database records 8,460,000 m2 released.",
        None,
        [("8.5", "8460000", "consistent")],
    ),
    # French and Russian wordings of the qualifier
    (
        "Près de 2.000 hectares ont été déminés. Le bilan officiel fait état de 1.987 hectares déminés.",
        "fr",
        [("2000", "1987", "consistent")],
    ),
    (
        "Саперы очистили свыше 3000 гектаров. Всего очищено 3 041 гектар.",
        None,
        [("3000", "3041", "consistent")],
    ),
    # amounts of money, in one currency
    (
        "Donors gave more than $560 million in 2021. Their support reached $565.2 million that year.",
        None,
        [("5.60E+8", "5.652E+8", "consistent")],
    ),
    ("Donors gave more than $560 million. The fund holds €565.2 million.", None, []),
    # not linked: a vague qualifier is not a bound and does not widen a verdict
    ("Teams cleared about 4,000 mines. The register lists 4,126 mines.", None, []),
    # not linked: another kind of thing counted
    ("Teams found more than 4,000 mines. The clinic treated 4,126 patients.", None, []),
    # not linked: another dimension
    ("Teams cleared more than 4,000 hectares and found 4,126 mines.", None, []),
    # not linked: two precise values it could round, the text does not say which
    (
        "Teams found more than 4,000 mines. One team found 4,126 mines; another found 4,085 mines.",
        None,
        [],
    ),
    # not linked: a round figure far from the precise one is another quantity (one significant digit)
    ("Over 100 km2 is dense minefield. In 2021 teams released 86.2 km2.", None, []),
    # not linked: the precise figure is no more precise than the round one
    ("More than 4,000 mines were found. Later, 4,000 mines were destroyed.", None, []),
    # not linked: the two figures are of different years
    ("More than 4,000 mines were found in 2019. Teams found 4,126 mines in 2020.", None, []),
]


def _bound_verdicts(report: minestats.Audit) -> list[tuple[Decimal, Decimal, str]]:
    values = {f.id: f.value for f in report.figures}
    claims = {c.id: c for c in report.claims}
    got = []
    for verdict in report.verdicts:
        if not verdict.claim.startswith("bound_"):
            continue
        claim = claims[verdict.claim]
        assert claim.stated is not None
        stated, precise = values[claim.stated], values[claim.readings[0].part[0]]
        assert isinstance(stated, Decimal)
        assert isinstance(precise, Decimal)
        got.append((stated, precise, verdict.status.value))
    return got


@pytest.mark.parametrize(("text", "locale", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_bounds_are_judged_on_the_figure_they_restate(
    text: str, locale: str | None, expected: list[tuple[str, str, str]]
) -> None:
    report = minestats.audit(text, locale=locale)
    assert _bound_verdicts(report) == [(Decimal(s), Decimal(p), st) for s, p, st in expected]


@pytest.mark.parametrize(
    ("qualifier", "precise", "holds"),
    [
        # a count stated to the unit has no rounding: the bound is the stated value itself
        ("more than", "2001", True),
        ("more than", "1999", False),
        ("at least", "2001", True),
        ("at least", "1999", False),
        ("nearly", "1999", True),
        ("nearly", "2001", False),
        ("almost", "1990", True),
    ],
)
def test_a_bound_on_a_count_is_exact_at_its_boundary(qualifier: str, precise: str, holds: bool) -> None:
    text = f"Teams destroyed {qualifier} 2,000 mines. The register lists {int(precise):,} mines destroyed."
    (got,) = _bound_verdicts(minestats.audit(text))
    reference = Interval.stated(Decimal("2000"), whole=True, qualifier=qualifier)
    assert (Fraction(precise) in reference) is holds
    assert got[2] == ("consistent" if holds else "inconsistent")


@pytest.mark.parametrize(
    ("qualifier", "precise_m2", "holds"),
    [
        # "more than 8.5 km²" holds from 8.45 km² up (the low end of 8.5's rounding), both ends counted
        ("more than", "8450000", True),
        ("more than", "8449999", False),
        # "nearly 8.5 km²" holds up to 8.55 km²
        ("nearly", "8550000", True),
        ("nearly", "8550001", False),
    ],
)
def test_a_bound_on_an_area_keeps_its_rounding(qualifier: str, precise_m2: str, holds: bool) -> None:
    text = (
        f"Teams released {qualifier} 8.5 km2 of land. The database records {int(precise_m2):,} m2 released."
    )
    (got,) = _bound_verdicts(minestats.audit(text))
    reference = Interval.stated(Decimal("8.5"), qualifier=qualifier, factor=Fraction(10**6))
    assert (Fraction(precise_m2) in reference) is holds
    assert got[2] == ("consistent" if holds else "inconsistent")


def test_a_bound_says_which_words_link_it_and_how_it_is_read() -> None:
    text = "Deminers removed more than 4,000 devices last year.\n\nThe register lists 4,126 devices removed."
    (bound,) = bounds(text, items(text, minestats.extract(text), {}))
    assert bound.words == (
        "\u201cmore than 4,000 devices\u201d restates \u201c4,126 devices\u201d,"
        " the one value of the text it rounds"
    )
    report = minestats.audit(text)
    verdict = report.verdict("bound_devices_4000")
    assert verdict.kind is minestats.ClaimKind.SUM
    assert "a lower bound" in verdict.reason
    (claim,) = [c for c in report.claims if c.id == "bound_devices_4000"]
    assert claim.label == "more than 4,000 restates 4,126 as a bound"
    area = minestats.audit("The area is just under 12 km2. Survey teams measured 11,968,200 m2 in total.")
    (claim,) = [c for c in area.claims if c.id.startswith("bound_")]
    assert claim.label == "nearly 12 km² restates 11,968,200 m² as a bound"


def test_a_restatement_in_parentheses_is_checked_once() -> None:
    # the totals already read "X (Y)" as one quantity in two units: no second claim of the same pair
    report = minestats.audit("The area shrank to just under 12 km2 (11,968,200 m2) by June.")
    pairs = [(c.stated, c.readings[0].part) for c in report.claims]
    assert len(pairs) == len(set(pairs)) == 1


@given(
    significant=st.integers(min_value=11, max_value=99),
    zeros=st.integers(min_value=1, max_value=3),
    offset=st.integers(min_value=-500, max_value=500),
    qualifier=st.sampled_from(["more than", "over", "at least", "nearly", "almost", "just under"]),
)
@example(significant=40, zeros=2, offset=0, qualifier="more than")
@example(significant=40, zeros=2, offset=-1, qualifier="more than")
@example(significant=40, zeros=2, offset=1, qualifier="nearly")
def test_a_linked_bound_agrees_with_the_core_rule(
    significant: int, zeros: int, offset: int, qualifier: str
) -> None:
    """A round count and a precise one near it: linked when close enough, judged as Interval.stated says."""
    rounded = significant * 10**zeros
    precise = rounded + offset * 10**zeros // 1000 + offset % 7
    text = f"Teams destroyed {qualifier} {rounded:,} mines. The register lists {precise:,} mines destroyed."
    report = minestats.audit(text)
    got = _bound_verdicts(report)
    exponent = Decimal(rounded).normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    step = 10**exponent  # one unit of the round figure's last significant digit
    finer = Decimal(precise).normalize().as_tuple().exponent
    assert isinstance(finer, int)
    linked = finer < exponent and abs(precise - rounded) <= min(step, Fraction(rounded, 20))
    if not linked:
        assert got == []
        return
    (wording,) = [f.qualifier for f in report.figures if f.value == rounded]  # its canonical wording
    reference = Interval.stated(Decimal(rounded), whole=True, qualifier=wording)
    status = "consistent" if precise in reference else "inconsistent"
    assert got == [(Decimal(rounded), Decimal(precise), status)]


# (text, locale, [(target, [reached], status)]): a target the text says was exceeded
TARGETS = [
    (
        "Teams freed 120 villages by demining and 31 more by survey. The plan's target was 140 villages."
        " It was exceeded in May.",
        None,
        [("140", ["120", "31"], "consistent")],
    ),
    # the words say exceeded, the figures do not reach it
    (
        "Teams freed 120 villages by demining and 11 more by survey. The plan's target was 140 villages."
        " It was exceeded in May.",
        None,
        [("140", ["120", "11"], "inconsistent")],
    ),
    (
        "Se liberaron 164 veredas con desminado y 22 más por estudio no técnico. La meta del plan era"
        " liberar 170 veredas. Superada la meta, el nuevo reto es llegar a 250.",
        "es",
        [("170", ["164", "22"], "consistent")],
    ),
    (
        "Les équipes ont libéré 212 hectares. L'objectif de l'année était de 200 hectares, largement"
        " dépassé.",
        "fr",
        [("200", ["212"], "consistent")],
    ),
    # not exceeded, or not said to be: no claim
    (
        "Teams freed 120 villages by demining. The plan's target was 140 villages. It was not exceeded.",
        None,
        [],
    ),
    ("Teams freed 120 villages by demining. The plan's target is 140 villages by 2026.", None, []),
    # several figures before with no word that adds them up: no evidence which reached it
    (
        "Teams freed 120 villages in the north and 95 villages in the south. The target was 140 villages."
        " It was exceeded.",
        None,
        [],
    ),
    # another kind of thing before: nothing reached it that the text states
    (
        "Teams destroyed 1,200 mines. The target was 140 villages. It was exceeded in May.",
        None,
        [],
    ),
]


@pytest.mark.parametrize(("text", "locale", "expected"), TARGETS, ids=[c[0][:50] for c in TARGETS])
def test_a_target_said_to_be_exceeded_is_a_bound(
    text: str, locale: str | None, expected: list[tuple[str, list[str], str]]
) -> None:
    report = minestats.audit(text, locale=locale)
    values = {f.id: f.value for f in report.figures}
    claims = {c.id: c for c in report.claims}
    got = [
        (
            values[claims[v.claim].readings[0].part[0]],
            [values[i] for i in claims[v.claim].readings[0].whole],
            v.status.value,
        )
        for v in report.verdicts
        if v.claim.startswith("target_")
    ]
    assert got == [(Decimal(t), [Decimal(r) for r in reached], s) for t, reached, s in expected]


def test_a_target_says_which_words_link_it() -> None:
    text = (
        "Teams freed 120 villages by demining and 31 more by survey. The plan's target was 140 villages."
        " It was exceeded in May."
    )
    (target,) = targets(text, items(text, minestats.extract(text), {}))
    assert target.words == (
        "\u201c140 villages\u201d named a target (\u201ctarget\u201d), \u201cexceeded\u201d;"
        " \u201c120 villages\u201d + \u201c31\u201d reached, the sentence before"
    )
    (claim,) = [c for c in minestats.audit(text).claims if c.id.startswith("target_")]
    assert claim.label == "120 + 31 exceeds the target 140"


def test_a_target_is_not_reached_in_another_year() -> None:
    text = "Deminers cleared 300 km² in 2020. The goal of 250 km² for 2021 was surpassed in May 2021."
    assert [c.id for c in minestats.audit(text).claims if c.id.startswith("target_")] == []
    same_year = "Deminers cleared 300 km² in 2021. The goal of 250 km² for 2021 was surpassed in May."
    assert [c.id for c in minestats.audit(same_year).claims if c.id.startswith("target_")] == [
        "target_km2_250"
    ]


@pytest.mark.parametrize(
    ("other", "near"),
    [
        (Fraction(101), True),  # on the edge: exact
        (Fraction(101) + Fraction(1, 10**12), False),  # a hair past it: the floats cannot tell, exact
        (Fraction(99) - Fraction(1, 10**12), False),
        (Fraction(1001, 10), True),  # well inside: the floats decide
        (Fraction(103), False),  # well outside
    ],
)
def test_near_is_the_exact_test(other: Fraction, near: bool) -> None:
    text = "Teams removed about 100 mines."
    (item,) = items(text, minestats.extract(text), {})
    base = item.base
    assert base is not None
    assert base.point == 100
    moved = dataclasses.replace(item, base=dataclasses.replace(base, point=other))
    assert _near(float(other), 100.0, 1.0, moved, Fraction(100), Fraction(1)) is near
    assert (abs(other - 100) <= 1) is near
