"""Tests of minestats.audit and minestats.draft: hand-written texts, the letter, properties."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import minestats
from minestats import audit, draft

LETTER = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e3977af694b74fda.txt"
needs_letter = pytest.mark.skipif(
    not LETTER.exists(),
    reason=f"the letter's text ({LETTER.name}) is not in the shared folder beside the project",
)

# (text, statuses of the stated percentages in order, {claim kind: [statuses]}, number of flags)
CASES = [
    (
        "Of the 480 casualties, 120 were children and 360 were adults;"
        " children were 25 per cent of the total.",
        ["not checked"],  # no part stated with the percentage
        {"sum": ["consistent"]},
        0,
    ),
    (
        "Of the 480 casualties, 120 were children (25 per cent) and 360 were adults.",
        ["consistent"],
        {"sum": ["consistent"]},
        0,
    ),
    (
        "The 500 victims, of whom 320 were killed and 190 injured, were all civilians.",
        [],
        {"sum": ["inconsistent"]},
        0,
    ),
    (
        "The district has 2,000 hectares of suspected area; 450 hectares, that is 25 per cent, were cleared.",
        ["not checked"],  # the whole is not linked to the percentage
        {},
        0,
    ),
    (
        "There were 35 casualties, including 20 children and 18 women.",
        [],
        {"subset": ["inconsistent"]},
        0,
    ),
    (
        "There were 35 casualties, including 20 children and 10 women.",
        [],
        {"subset": ["consistent"]},
        0,
    ),
    (
        "The minefields cover 1,200 hectares."
        " Of this, 700 hectares are farmland and 500 hectares are forest.",
        [],
        {"sum": ["consistent"]},
        0,
    ),
    ("Prices rose by 12 per cent in the capital.", ["not checked"], {}, 0),
    (
        "About 1.5 million mines were laid. Of those, 375,000 mines are anti-tank mines.",
        [],
        {"subset": ["consistent"]},
        1,
    ),
    ("Teams found 400 devices and destroyed 100 devices.", [], {}, 0),
    (
        "Survey covered 86,600 square kilometres.\n\n"
        "Only 1,732 square kilometres, 2.0 per cent, was cleared.",
        ["not checked"],
        {},
        1,
    ),
]


@pytest.mark.parametrize(("text", "shares", "claims", "flags"), CASES, ids=[c[0][:40] for c in CASES])
def test_audit_cases(text: str, shares: list[str], claims: dict[str, list[str]], flags: int) -> None:
    report = audit(text)
    assert [s.status for s in report.shares] == shares
    found: dict[str, list[str]] = {}
    for verdict in report.verdicts:
        if verdict.kind is not minestats.ClaimKind.SHARE:
            found.setdefault(verdict.kind.value, []).append(verdict.status.value)
    assert found == claims
    assert len(report.flags) == flags


def test_nearest_miss_gives_implied_operands() -> None:
    report = audit("Of 2,000 hectares, 450 hectares, that is 25 per cent, were cleared.")
    (share,) = report.shares
    assert share.status == "inconsistent"
    assert share.verdict is not None
    assert share.verdict.computed == Decimal("22.5")
    implied = {i.figure: i for i in share.verdict.implied}
    part = implied["ha_450"]
    # 24.5 to 25.5 per cent of exactly-stated 2,000 ha (2,000 stands for 1,999.5 to 2,000.5)
    assert (part.low, part.high) == (Decimal("490"), Decimal("510"))
    assert not report.as_expected


def test_a_pair_elsewhere_in_the_text_is_no_evidence() -> None:
    """30 of 200 hectares gives 15 per cent, but the text does not link them to it."""
    text = "Teams cleared 30 hectares of 200 hectares.\n\nIn all, 15 per cent was cleared."
    (share,) = audit(text).shares
    assert (share.status, share.verdict) == ("not checked", None)
    assert audit(text).as_expected


def test_false_precision_names_both_figures() -> None:
    report = audit("About 1.5 million mines were laid. Of those, 375,000 mines are anti-tank mines.")
    (flag,) = report.flags
    assert flag.share == "1/4"
    assert "375,000" in flag.quote
    assert "1.5 million" in flag.of_quote
    assert "overstate" in flag.reason


def test_coverage_reasons() -> None:
    report = audit(
        "Clearance rose 3 percentage points to 40 per cent of 500 hectares, or 200 hectares; "
        "hundreds of families returned in 2023, and 12 schools reopened."
    )
    coverage = report.coverage
    assert coverage.kinds["year"] == 1
    assert "a change in percentage points, not a share" in coverage.unchecked
    assert "no number stated" in coverage.unchecked
    assert coverage.unchecked["no stated relation to another figure"] == ("12 schools",)
    assert coverage.checked == 3
    assert coverage.quantities == 6


def test_audit_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="needs text"):
        audit(b"12 per cent")  # type: ignore[arg-type]


def test_draft_needs_a_quantity() -> None:
    with pytest.raises(minestats.DataError, match="no quantity"):
        draft("Nothing to count here, in 2024.")


def test_draft_round_trips_and_checks_like_the_audit() -> None:
    text = "Of the 480 casualties, 120 were children and 360 were adults; children were 25 per cent."
    document = draft(text, name="casualties note")
    assert document.id == "casualties-note"
    again = minestats.loads(document.to_yaml())
    assert again == document
    assert minestats.check(again).counts == audit(text).counts


# -- the letter ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def letter_audit() -> minestats.Audit:
    return audit(LETTER.read_text(encoding="utf-8"), name="un-24-23652")


@needs_letter
def test_letter_percentages(letter_audit: minestats.Audit) -> None:
    shares = {s.quote: s for s in letter_audit.shares}
    cleared = shares["Approximately 14.2 per cent"]
    assert cleared.status == "inconsistent"
    assert (cleared.part, cleared.whole) == (("ha_165871_5",), ("km2_11258",))
    assert cleared.verdict is not None
    core = minestats.check(minestats.letter()).verdict("cleared_share_of_minefields", "of_minefield_area")
    assert cleared.verdict.computed == core.computed
    assert cleared.verdict.implied == tuple(
        i.model_copy(update={"figure": new})
        for i, new in zip(core.implied, ["ha_165871_5", "km2_11258"], strict=True)
    )
    neutralized = shares["3.6 per cent"]
    assert neutralized.status == "consistent"
    assert (neutralized.part, neutralized.whole) == (("mines_54430",), ("landmines_1_5_million",))


@needs_letter
def test_letter_totals(letter_audit: minestats.Audit) -> None:
    assert letter_audit.verdict("total_victims_382").status is minestats.Status.CONSISTENT
    within = letter_audit.verdict("within_citizens_3461")
    assert within.status is minestats.Status.CONSISTENT
    assert within.computed == 397
    # and no other: the letter states these two totals, and the audit reads no relation it does not state
    totals = [v.claim for v in letter_audit.verdicts if v.kind is not minestats.ClaimKind.SHARE]
    assert sorted(totals) == ["total_victims_382", "within_citizens_3461"]


@needs_letter
def test_letter_figures_all_found(letter_audit: minestats.Audit) -> None:
    for figure in minestats.letter().figures:
        assert any(
            f.value == figure.value
            and f.unit == figure.unit
            and f.qualifier == figure.qualifier
            and f.locator.paragraph == figure.locator.paragraph
            for f in letter_audit.figures
        ), figure.id


@needs_letter
def test_letter_minefield_area_is_a_round_share(letter_audit: minestats.Audit) -> None:
    """11,258 km² is exactly 13 per cent of 86,600 km²: flagged as probably derived."""
    (flag,) = letter_audit.flags
    assert (flag.figure, flag.of, flag.share) == ("km2_11258", "km2_86600", "13 per cent")


@needs_letter
def test_letter_text_report(letter_audit: minestats.Audit) -> None:
    text = letter_audit.to_text()
    assert "165,871.5 ha / 11,258 km² = 14.73 %" in text
    assert "70 + 312 = 382" in text
    assert "not checked (3), no number stated" in text


# -- properties ------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=2, max_value=10**7),
    fraction=st.fractions(min_value=Fraction(1, 1000), max_value=Fraction(999, 1000)),
    places=st.integers(min_value=0, max_value=2),
    offset=st.sampled_from([0, 2, -2]),
)
def test_exactly_rounded_share_is_consistent(
    whole: int, fraction: Fraction, places: int, offset: int
) -> None:
    """A percentage rounded from the text's own linked counts is consistent; two units off, it is not."""
    part = max(1, min(whole - 1, int(whole * fraction)))
    quantum = Decimal(1).scaleb(-places)
    exact = Decimal(part * 100) / Decimal(whole)
    stated = exact.quantize(quantum, rounding=ROUND_HALF_EVEN) + offset * quantum
    if not 0 < stated <= 100 or stated * whole / 100 == whole:
        return
    text = f"Of the {whole:,} mines found, {part:,} mines, or {stated} per cent, were destroyed."
    (share,) = audit(text).shares
    assert share.status == ("consistent" if offset == 0 else "inconsistent")


_PIECES = st.sampled_from(
    [
        "0",
        "7",
        "12",
        "1,500",
        "2.5",
        "100",
        "0.0",
        " ",
        ", ",
        ". ",
        "\n\n",
        " per cent",
        "%",
        " hectares",
        " km²",
        " mines",
        " million",
        " of whom ",
        " including ",
        " and ",
        "Of this, ",
        "Of the ",
        " about ",
        " years",
        " percentage points",
        "A/1/2",
        " 2024",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
@example(" per cent2.52.5")
def test_audit_never_fails_on_text(text: str) -> None:
    """Any text gives a report whose verdicts all name figures of its draft."""
    report = audit(text)
    ids = {f.id for f in report.figures}
    for claim in report.claims:
        for reading in claim.readings:
            assert set(reading.part + reading.whole) <= ids
    assert report.coverage.quantities >= len(report.figures)
    report.to_text()
    if report.figures:
        assert minestats.loads(report.draft().to_yaml()) == report.draft()
