"""Tests for the minestats._trends package: findings, reconciliation, comparison, rates and projections."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minestats
from minestats import ClaimKind, Status
from minestats._trends import CHECKS, figure_interval


def _series(*observations: str, sources: int = 1) -> minestats.Series:
    """A series text with one source per group of observations (given as YAML flow mappings)."""
    lines = ["minestats-series: 1", "id: test", "title: test", "sources:"]
    groups = [observations[i::sources] for i in range(sources)]
    for index, group in enumerate(groups):
        lines += [
            f"  - id: s{index}",
            f"    publisher: Publisher {index}",
            f"    url: https://example.org/{index}",
            "    confirmed_by: stored copy",
            "    observations:",
        ]
        lines += [f"      - {o}" for o in group]
    return minestats.loads_series("\n".join(lines) + "\n", name="test.yaml")


def _obs(metric: str, as_of: str, value: str, extra: str = "") -> str:
    return f"{{metric: {metric}, as_of: '{as_of}', value: '{value}', quote: q{extra}}}"


# -- reconciliation on the bundled series -------------------------------------------


@pytest.fixture(scope="module")
def official() -> minestats.Reconciliation:
    return minestats.reconcile()


def test_the_81386_ha_of_25_may_no_longer_clashes_with_the_83993_ha_of_21_june(
    official: minestats.Reconciliation,
) -> None:
    """Issue 16: 81,386 ha stood in a background paragraph of 21 June; it is the figure of 25 May."""
    assert official.find("same_date", "cleared_area", "2023-06-21") == []
    assert official.find("same_date", "items_neutralized", "2023-06-21") == []
    (finding,) = official.find("same_date", "cleared_area", "2023-05-25")
    assert finding.status is Status.CONSISTENT
    assert any("apa.az" in s for s in finding.sources)


def test_the_2023_total_cut_rather_than_rounded_is_the_one_known_tension(
    official: minestats.Reconciliation,
) -> None:
    (finding,) = official.inconsistent
    assert (finding.check, finding.metric, finding.as_of) == ("same_date", "cleared_area", "2023")
    assert (finding.stated_text, finding.computed, finding.gap) == (
        "53,081",
        Decimal("53081.8"),
        Decimal("0.8"),
    )
    assert finding.as_expected
    others = [f for f in official.find("same_date", "cleared_area", "2023") if f is not finding]
    assert others
    assert all(f.holds and f.expect is None for f in others)


def test_a_known_tension_narrowed_to_sources_leaves_other_pairs_alone() -> None:
    lines = [
        "minestats-series: 1", "id: test", "title: test", "sources:",
        *[
            line
            for index, value in enumerate(["10", "12", "10"])
            for line in (
                f"  - id: s{index}", f"    publisher: P{index}", f"    url: https://example.org/{index}",
                "    confirmed_by: stored copy", "    observations:",
                f"      - {{metric: killed, as_of: '2024-01-01', value: '{value}', quote: q}}",
            )
        ],
        "known:",
        "  - {check: same_date, metric: killed, as_of: '2024-01-01', sources: [s0, s1],"
        " expect: inconsistent}",
    ]  # fmt: skip
    rec = minestats.reconcile(minestats.loads_series("\n".join(lines) + "\n", name="t.yaml"))
    by_pair = {f.id.partition(":")[2]: f for f in rec.find("same_date")}
    assert by_pair["s0|s1"].as_expected
    assert by_pair["s0|s1"].expect is Status.INCONSISTENT
    assert by_pair["s1|s2"].expect is None
    assert not by_pair["s1|s2"].as_expected
    assert by_pair["s0|s2"].holds


def test_known_tensions_are_expected_and_new_ones_are_not() -> None:
    rec = minestats.reconcile()
    assert rec.report.as_expected
    assert all(f.expect is not None for f in rec.inconsistent)
    assert rec.to_frame()["as_expected"].all()
    series = _series(
        _obs("cleared_area", "2023-06-21", "1"), _obs("cleared_area", "2023-06-21", "3"), sources=2
    )
    new = minestats.reconcile(series)
    assert not new.report.as_expected
    assert "(NEW)" in new.to_text()


def test_every_stated_total_matches_its_parts(official: minestats.Reconciliation) -> None:
    sums = official.find("parts_sum")
    assert len(sums) >= 15
    assert {f.status for f in sums} == {Status.CONSISTENT}
    assert {f.metric for f in sums} == {"casualties", "items_neutralized"}


def test_the_2024_casualty_figures_reconcile_once_dated_as_their_sources_say(
    official: minestats.Reconciliation,
) -> None:
    """382 at the end minus 341 before 2024 gives 41; the facts file's 342 was stated 'to date' in January."""
    findings = official.find("period_difference", "casualties", "2024")
    assert {f.status for f in findings} == {Status.CONSISTENT}
    upper = next(f for f in findings if "upper" in f.reading)
    assert upper.computed == 41
    assert upper.stated == 41


def test_no_cumulative_series_falls(official: minestats.Reconciliation) -> None:
    falls = official.find("never_falls")
    assert falls
    assert all(f.status is Status.CONSISTENT for f in falls)


def test_report_and_frame(official: minestats.Reconciliation) -> None:
    counts = official.counts
    assert counts["inconsistent"] == len(official.inconsistent) == 1
    assert sum(counts.values()) == len(official)
    frame = official.to_frame()
    assert len(frame) == len(official)
    assert set(frame["status"]) == {"consistent", "inconsistent", "indeterminate"}
    text = official.to_text(consistent=False)
    assert "[inconsistent (known)] same_date cleared_area 2023:" in text
    assert "[consistent]" not in text
    assert "azerbaijan-official:" in official.report.to_text()


# -- each check on small series --------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "expected"),
    [("257", Status.CONSISTENT), ("258", Status.INCONSISTENT)],
)
def test_parts_sum(total: str, expected: Status) -> None:
    series = _series(
        _obs("killed", "2022-10-06", "44"),
        _obs("injured", "2022-10-06", "213"),
        _obs("casualties", "2022-10-06", total),
    )
    (finding,) = minestats.reconcile(series).find("parts_sum")
    assert finding.status is expected
    assert finding.computed == 257


def test_parts_sum_allows_for_a_qualified_total() -> None:
    series = _series(
        _obs("killed", "2023-01-01", "44"),
        _obs("injured", "2023-01-01", "213"),
        _obs("casualties", "2023-01-01", "250", ", qualifier: more than"),
    )
    (finding,) = minestats.reconcile(series).find("parts_sum")
    assert finding.status is Status.CONSISTENT


def test_a_falling_running_total_is_inconsistent() -> None:
    series = _series(
        _obs("cleared_area", "2023-01-01", "100"), _obs("cleared_area", "2023-06-01", "90"), sources=2
    )
    (finding,) = minestats.reconcile(series).find("never_falls")
    assert finding.status is Status.INCONSISTENT
    assert "cannot fall" in finding.reason


def test_a_fall_within_rounding_is_not_a_fall() -> None:
    series = _series(
        _obs("cleared_area", "2023-01-01", "75,000", ", qualifier: about"),
        _obs("cleared_area", "2023-06-01", "74,900"),
        sources=2,
    )
    (finding,) = minestats.reconcile(series).find("never_falls")
    assert finding.status is Status.CONSISTENT


@pytest.mark.parametrize(
    ("per_year", "expected"),
    [("40", Status.CONSISTENT), ("41", Status.INCONSISTENT), ("39", Status.INCONSISTENT)],
)
def test_period_difference_with_totals_on_the_period_ends(per_year: str, expected: Status) -> None:
    series = _series(
        _obs("casualties", "2023-12-31", "342"),
        _obs("casualties", "2024-12-31", "382"),
        _obs("casualties", "2024", per_year, ", kind: period"),
    )
    findings = minestats.reconcile(series).find("period_difference")
    assert len(findings) == 2  # an upper and a lower bound, both from the end figures
    status = (
        Status.INCONSISTENT if any(f.status is Status.INCONSISTENT for f in findings) else Status.CONSISTENT
    )
    assert status is expected


def test_period_difference_bounds_from_enclosing_and_enclosed_totals() -> None:
    series = _series(
        _obs("casualties", "2023-12-26", "341"),
        _obs("casualties", "2024-01-26", "342"),
        _obs("casualties", "2024-12-04", "382"),
        _obs("casualties", "2025-01-27", "390"),
        _obs("casualties", "2024", "50", ", kind: period"),
    )
    findings = {f.reading.split(":")[1]: f for f in minestats.reconcile(series).find("period_difference")}
    assert findings["upper"].status is Status.INCONSISTENT  # 50 > 390 - 341
    assert findings["upper"].computed == 49
    assert findings["lower"].status is Status.CONSISTENT  # 50 >= 382 - 342


def test_period_difference_without_totals_is_indeterminate() -> None:
    series = _series(_obs("killed", "2024", "5", ", kind: period"))
    (finding,) = minestats.reconcile(series).find("period_difference")
    assert finding.status is Status.INDETERMINATE


def test_same_date_overlapping_dates_cannot_be_told_apart() -> None:
    series = _series(_obs("casualties", "2024-04", "350"), _obs("casualties", "2024-04-04", "351"), sources=2)
    (finding,) = minestats.reconcile(series).find("same_date")
    assert finding.status is Status.INDETERMINATE


def test_same_date_same_figure_agrees() -> None:
    series = _series(
        _obs("casualties", "2024-04-04", "350"), _obs("casualties", "2024-04-04", "350"), sources=2
    )
    (finding,) = minestats.reconcile(series).find("same_date")
    assert finding.status is Status.CONSISTENT


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=2, max_size=8))
def test_never_falls_exactly_when_sorted(values: list[int]) -> None:
    start = date(2022, 1, 1)
    series = _series(
        *(
            _obs("cleared_area", (start + timedelta(days=30 * i)).isoformat(), str(v))
            for i, v in enumerate(values)
        )
    )
    findings = minestats.reconcile(series).find("never_falls")
    rises = all(a <= b for a, b in itertools.pairwise(values))
    assert all(f.status is Status.CONSISTENT for f in findings) is rises


# -- comparison ------------------------------------------------------------------------


def test_letter_casualties_agree_with_the_series() -> None:
    table = minestats.compare_letter()
    victims = table[table["figure"] == "post_conflict_victims"]
    assert set(victims["status"]) == {"consistent", "reference"}
    assert set(victims["relation"]) == {"earlier", "later", "overlapping", "reference"}
    assert (victims.loc[victims["relation"] == "overlapping", "value"] == 382).all()


def test_letter_area_after_november_2024_is_below_the_30_november_total() -> None:
    table = minestats.compare_letter()
    area = table[table["figure"] == "cleared_area"]
    row = area[area["as_of"] == "2024-11-30"].iloc[0]
    assert row["relation"] == "overlapping"
    assert row["status"] == "indeterminate"
    assert row["difference"] == pytest.approx(176237 - 165871.5)


def test_compare_flags_an_earlier_figure_above_the_reference() -> None:
    series = _series(
        _obs("casualties", "2024-01-01", "400"), _obs("casualties", "2024-06-01", "380"), sources=2
    )
    table = minestats.compare(series, "casualties", near="2024-06-01")
    earlier = table[table["relation"] == "earlier"].iloc[0]
    assert earlier["status"] == "inconsistent"
    assert table["relation"].iloc[-1] == "reference"


def test_compare_needs_a_date_for_an_undated_figure() -> None:
    with pytest.raises(ValueError, match="reference_as_of"):
        minestats.compare(
            None, "cleared_area", near="2024", reference=minestats.letter().figure("cleared_area")
        )


# -- rates and projections -------------------------------------------------------------


def test_rates_are_the_rise_per_year() -> None:
    series = _series(_obs("cleared_area", "2023-01-01", "1,000"), _obs("cleared_area", "2024-01-01", "2,000"))
    rates = minestats.clearance_rates(series)
    assert list(rates.index) == [minestats.clearance_rates(series).index[0]]
    assert rates["days"].iloc[0] == 365
    assert rates["rate"].iloc[0] == pytest.approx(1000 * 365.25 / 365)
    assert rates["rate_low"].iloc[0] == pytest.approx(999 * 365.25 / 365)


def test_rates_skip_spans_far_from_the_window() -> None:
    series = _series(_obs("cleared_area", "2023-01-01", "1,000"), _obs("cleared_area", "2023-03-01", "2,000"))
    assert minestats.clearance_rates(series).empty


def test_reported_rates_use_whole_years_only() -> None:
    rates = minestats.reported_rates()
    # 2022 counts every operator (second pass); 2023 cut (53,081) and as stated (53,081.8); 2025 added
    assert sorted(rates["rate"]) == [41915.0, 53081.0, 53081.8, 53100.0, 62000.0, 69200.0]
    assert str(rates.index[-1].date()) == "2025-12-31"


def test_projection_of_the_minefield_area() -> None:
    projection = minestats.project()
    assert projection.target == 1125800
    assert projection.remaining == 1125800 - 249000  # the end-2025 total, added in the second pass
    assert projection.slowest < projection.fastest
    assert projection.earliest < projection.latest
    first, last = projection.years
    assert 2030 < first <= last < 2050
    text = str(projection)
    assert "11,258 km²" in text
    assert "nearly 249,000 ha as of 2025-12-31" in text
    assert len(projection.assumptions) >= 6


def test_projection_arithmetic_on_a_straight_line() -> None:
    series = _series(
        _obs("cleared_area", "2022-12-31", "100"),
        _obs("cleared_area", "2023-12-31", "200"),
        _obs("cleared_area", "2024-12-31", "300"),
    )
    target = minestats.Figure(id="t", label="Target", value="1,300", unit="ha", locator={"quote": "q"})
    projection = minestats.project(series, target=target, include_reported=False)
    assert projection.remaining == Fraction(1000)
    expected = 1000 / (100 * 365.25 / 366)  # 2024 is a leap year: 366 days in the last window
    assert min(projection.rates["years_needed"]) == pytest.approx(1000 / (100 * 365.25 / 365))
    assert max(projection.rates["years_needed"]) == pytest.approx(expected)


def test_projection_of_mines_against_the_estimated_million_and_a_half() -> None:
    projection = minestats.project(metric="mines_neutralized")
    assert projection.target == 1500000
    assert projection.base.value == 34996 + 21022
    assert any("anti-personnel" in a or "ap_mines" in a for a in projection.assumptions)


def test_projection_needs_recent_rates() -> None:
    series = _series(_obs("cleared_area", "2024-01-01", "100"))
    with pytest.raises(ValueError, match="no rate"):
        minestats.project(series)


def test_derived_mines_sum_parts_of_one_source_and_date() -> None:
    from minestats._trends import derived

    mines = derived(minestats.official_series(), "mines_neutralized")
    by_date = {o.as_of: o.value for o in mines if o.kind.value == "cumulative"}
    assert by_date["2024-11-30"] == 56018
    assert by_date["2023-05-25"] == 28259 + 15303


# -- findings are their own records ------------------------------------------------------

#: Fields of a document verdict that say nothing about a series finding.
VERDICT_ONLY = {"document", "claim", "kind", "reading_label", "implied", "locator", "gap_unit"}


def test_a_finding_is_not_a_verdict_and_has_no_verdict_only_fields() -> None:
    assert not issubclass(minestats.Finding, minestats.Verdict)
    assert not VERDICT_ONLY & set(minestats.Finding.model_fields)
    assert {"series", "check", "metric", "as_of", "status", "sources", "observations"} <= set(
        minestats.Finding.model_fields
    )


def test_a_finding_refuses_an_unknown_check() -> None:
    with pytest.raises(ValueError, match="check"):
        minestats.Finding(
            series="s", check="sum", id="x", metric="killed", as_of="2024", label="l",
            status=Status.CONSISTENT, unit="count", reason="r",
        )  # fmt: skip


def test_every_check_runs_in_order_on_the_official_series(official: minestats.Reconciliation) -> None:
    order = [CHECKS.index(f.check) for f in official]
    assert order == sorted(order)
    assert set(order) == set(range(len(CHECKS)))
    assert all(f.series == official.series == "azerbaijan-official" for f in official)
    assert official.as_expected is official.report.as_expected is True


@pytest.mark.parametrize(
    ("check", "kind"),
    [
        ("parts_sum", ClaimKind.SUM),
        ("never_falls", ClaimKind.BOUND),
        ("period_difference", ClaimKind.BOUND),
        ("same_date", ClaimKind.SUM),
    ],
)
def test_a_finding_as_a_verdict_names_the_rule_it_applies(
    official: minestats.Reconciliation, check: str, kind: ClaimKind
) -> None:
    finding = official.find(check)[0]
    verdict = finding.to_verdict()
    assert (verdict.claim, verdict.reading, verdict.kind) == (check, finding.id, kind)
    assert (verdict.status, verdict.reason, verdict.gap_unit) == (
        finding.status,
        finding.reason,
        finding.unit_text,
    )
    assert str(verdict) == str(finding)


@pytest.mark.parametrize(
    ("metric", "unit_text"),
    [("cleared_area", "ha"), ("casualties", "people"), ("items_neutralized", "items")],
)
def test_the_unit_column_names_what_is_counted(
    official: minestats.Reconciliation, metric: str, unit_text: str
) -> None:
    frame = official.to_frame()
    assert set(frame.loc[frame["metric"] == metric, "unit"]) == {unit_text}


# -- intervals: what each figure's wording allows --------------------------------------


@pytest.mark.parametrize(
    ("total", "low", "high", "expected"),
    [
        ("257", 257, 257, Status.CONSISTENT),
        ("about 260", 255, 265, Status.CONSISTENT),  # "about" at its last significant digit
        ("about 250", 245, 255, Status.INCONSISTENT),
        ("more than 250", 250, None, Status.CONSISTENT),
        ("nearly 250", 0, 250, Status.INCONSISTENT),
    ],
)
def test_parts_sum_reads_the_total_as_its_wording_allows(
    total: str, low: int, high: int | None, expected: Status
) -> None:
    qualifier, _, number = total.rpartition(" ")
    extra = f", qualifier: {qualifier}" if qualifier else ""
    series = _series(
        _obs("killed", "2022-10-06", "44"),
        _obs("injured", "2022-10-06", "213"),
        _obs("casualties", "2022-10-06", number, extra),
    )
    (finding,) = minestats.reconcile(series).find("parts_sum")
    assert (finding.low, finding.high) == (Decimal(low), None if high is None else Decimal(high))
    assert (finding.computed_low, finding.computed_high) == (Decimal(257), Decimal(257))
    assert finding.status is expected


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "to", "low", "high"),
    [
        ("11,258", "km²", "about", "ha", 1125750, 1125850),
        ("11,258", "km²", None, "ha", 1125750, 1125850),
        ("11,300", "km²", "about", "ha", 1125000, 1135000),
        ("11,300", "km²", None, "ha", 1129950, 1130050),
        ("2,700", "count", "more than", "count", 2700, None),
        ("180 thousand", "ha", "nearly", "ha", 0, 180500),
        ("382", "count", None, "count", 382, 382),
    ],
)
def test_a_document_figure_is_read_as_the_series_reads_its_figures(
    value: str, unit: str, qualifier: str | None, to: str, low: int, high: int | None
) -> None:
    entity = "people" if unit == "count" else None
    figure = minestats.Figure(
        id="f", label="F", value=value, unit=unit, entity=entity, qualifier=qualifier, locator={"quote": "q"}
    )
    interval = figure_interval(figure, to)
    assert (interval.low, interval.high) == (Fraction(low), None if high is None else Fraction(high))
    if unit == to:  # an observation with the same wording allows the same values
        metric = "killed" if unit == "count" else "cleared_area"
        observation = minestats.Observation(
            metric=metric, as_of="2024", value=value, qualifier=qualifier, quote="q", source="s"
        )
        assert observation.bounds() == (interval.low, interval.high)


# -- a document's misses explained from the series (issue 16, part 2) ---------------------


def test_the_letters_14_2_percent_is_explained_by_the_agencys_estimate() -> None:
    found = minestats.explain_misses()
    explained = found.of("cleared_share_of_minefields", "of_minefield_area")
    assert {e.observation for e in explained} == {
        "azernews-232653:hazardous_area@2024-10-16",
        "vestikavkaza-171419:hazardous_area@2024-10-31",
    }
    implied = next(
        i
        for i in minestats.check(minestats.letter())
        .verdict("cleared_share_of_minefields", "of_minefield_area")
        .implied
        if i.figure == "minefield_area"
    )
    for e in explained:
        assert (e.low, e.high) == (implied.low, implied.high)
        assert e.low is not None
        assert e.high is not None
        assert e.low <= e.value <= e.high
        assert e.status is Status.CONSISTENT
        assert e.computed is not None
        assert Decimal("14.15") <= e.computed <= Decimal("14.25")
        assert e.url.startswith("https://")
    first = explained[0]
    assert first.sentence.startswith("14.2 % holds with Azernews citing ANAMA's")
    assert "165,871.5 ha / 1,167,000 ha = 14.21 %" in first.sentence
    assert "in place of minefield_area (about 11,258 km²)" in first.sentence


def test_misses_no_series_figure_explains_are_listed() -> None:
    found = minestats.explain_misses()
    text = found.to_text()
    assert "not explained: cleared_share_of_minefields/of_national_territory" in text
    assert "not explained: neutralized_share_of_planted/all_of_mines" in text
    frame = found.to_frame()
    assert len(frame) == len(found)
    assert list(frame.columns) == list(minestats._trends.EXPLAIN_COLUMNS)
    assert set(frame["status"]) == {"consistent"}


def _estimate(value: str, as_of: str = "2024-05-01", extra: str = "") -> str:
    return _obs("hazardous_area", as_of, value, ", kind: estimate" + extra)


def _area_share_doc(whole: str = "1,000", as_of: str = "2024-06-30") -> minestats.Document:
    from helpers import document, figure

    return document(
        figure("done", "150"),
        figure("area", whole, as_of=as_of),
        figure("pct", "12.5", "percent"),
        claims=[
            {"id": "c", "kind": "share", "label": "l", "stated": "pct", "part": ["done"], "whole": ["area"]}
        ],
    )


@pytest.mark.parametrize(
    ("figures", "explained"),
    [
        # 150 / 12.5 % = 1,200 ha, rounding allows [1,195.2, 1,204.8]
        ([_estimate("1,200")], ["1,200"]),
        ([_estimate("1,300")], []),
        ([_estimate("1,200", "2020-01-01")], []),  # too far from the figure's date
        ([_estimate("1,204", extra=", qualifier: nearly")], ["1,204"]),  # at its stated value
        ([_estimate("1,200"), _estimate("1,201", "2024-05-02")], ["1,200", "1,201"]),
    ],
)  # fmt: skip
def test_only_figures_inside_the_implied_interval_and_near_the_date_explain(
    figures: list[str], explained: list[str]
) -> None:
    series = _series(*figures)
    found = minestats.explain_misses(_area_share_doc(), series, metrics={"area": "hazardous_area"})
    used = {e.observation for e in found}
    assert [o.stated for o in series if o.id in used] == explained
    assert all(e.claim_stated == "12.5" and e.unit == "ha" for e in found)
    if not explained:
        assert found.unexplained == ("c/as_stated (12.5): no hazardous_area figure (for area) within 366 days"
                                     " lies in the implied interval",)  # fmt: skip


def test_a_per_period_figure_never_explains_a_total() -> None:
    series = _series(_obs("cleared_area", "2024", "1,200", ", kind: period"))
    found = minestats.explain_misses(_area_share_doc(), series, metrics={"area": "cleared_area"})
    assert len(found) == 0
    assert len(found.unexplained) == 1


def test_an_operand_without_a_metric_is_said_to_have_none() -> None:
    found = minestats.explain_misses(_area_share_doc(), _series(_obs("killed", "2024", "1")), metrics={})
    assert found.unexplained == ("c/as_stated (12.5): no operand has a series metric",)


def test_a_consistent_document_has_nothing_to_explain() -> None:
    found = minestats.explain_misses(_area_share_doc("1,200"), _series(_obs("killed", "2024", "1")))
    assert (len(found), found.unexplained) == (0, ())


@given(st.integers(min_value=1_100, max_value=1_300))
@settings(max_examples=40, deadline=None)
def test_every_explanation_lies_in_the_interval_and_makes_the_claim_hold(whole: int) -> None:
    series = _series(_estimate(str(whole)))
    found = minestats.explain_misses(_area_share_doc(), series, metrics={"area": "hazardous_area"})
    inside = Fraction(150 * 100, whole)
    assert (len(found) == 1) is (Fraction(1245, 100) <= inside <= Fraction(1255, 100))
    for e in found:
        assert e.low is not None
        assert e.high is not None
        assert e.low <= e.value <= e.high
        assert e.status is Status.CONSISTENT


# -- projections from a cut-off and their backtest (issue 16, part 3) ----------------------


def _published_series(*rows: tuple[str, str, str], extra: tuple[str, ...] = ()) -> minestats.Series:
    """One source per (as_of, published, value) running total of cleared area ("about"), plus ``extra``."""
    lines = ["minestats-series: 1", "id: test", "title: test", "sources:"]
    for index, (as_of, published, value) in enumerate(rows):
        lines += [
            f"  - id: s{index}", f"    publisher: P{index}", f"    url: https://example.org/{index}",
            f"    published: '{published}'", "    confirmed_by: stored copy", "    observations:",
            f"      - {_obs('cleared_area', as_of, value, ', qualifier: about')}",
        ]  # fmt: skip
    lines += list(extra)
    return minestats.loads_series("\n".join(lines) + "\n", name="test.yaml")


#: A running total rising by 1,000 ha a year, each published a month later.
STRAIGHT = tuple(
    (
        f"{year}-{month:02d}-01",
        f"{year}-{month + 1:02d}-01",
        str(1000 * (year - 2020) + 250 * (month - 1) // 3),
    )
    for year in range(2021, 2026)
    for month in (1, 4, 7, 10)
)


def test_known_by_keeps_only_figures_published_by_then() -> None:
    from minestats._trends import known_by

    series = _published_series(("2023-01-01", "2023-03-01", "100"), ("2023-06-01", "2023-06-02", "200"))
    assert [o.value for o in known_by(series, "2023-05-31")] == [100]
    assert len(known_by(series, "2023-06")) == 2
    with pytest.raises(ValueError, match="no figure"):
        known_by(series, "2022")


def test_project_from_a_cut_off_uses_only_what_was_published() -> None:
    later = minestats.project(as_of="2024-12-31")
    assert later.base.as_of == "2024-11-30"  # the nearly 180 thousand ha was published in March 2025
    early = minestats.project(as_of="2024-03-31")
    assert early.base.as_of == "2024-03-01"
    assert early.remaining > later.remaining


@pytest.mark.parametrize("model", ["constant", "trend"])
def test_a_straight_line_is_projected_on_the_line(model: Literal["constant", "trend"]) -> None:
    series = _published_series(*STRAIGHT)
    result = minestats.forecast(series, model=model, as_of="2023-12-31")
    assert result.base.as_of == "2023-10-01"
    low, high = result.band(date(2024, 10, 1))
    assert low - 5 <= 4750 <= high + 5  # "about 4,750": within its wording
    assert high - low < 200
    assert "figures published by 2023-12-31" in str(result)


def test_the_target_model_follows_the_official_targets() -> None:
    targets = (
        "  - id: plan", "    publisher: Government", "    url: https://example.org/plan",
        "    published: '2023-03-01'", "    confirmed_by: stored copy", "    observations:",
        "      - {metric: cleared_area_target, kind: period, as_of: '2023', value: '2,000', quote: q}",
    )  # fmt: skip
    series = _published_series(*STRAIGHT, extra=targets)
    result = minestats.forecast(series, model="target", as_of="2023-06-30")
    assert result.rate(2024.5) == pytest.approx((1800, 2200))  # a later year takes the latest target
    assert "official yearly targets (2023: 2,000 ha (Government))" in str(result)
    with pytest.raises(ValueError, match="no official target"):
        minestats.forecast(series, model="target", as_of="2023-01-31")


def test_the_target_area_is_a_stated_choice() -> None:
    letter_target = minestats.forecast(model="constant", as_of="2024-12-31", target="letter")
    assert letter_target.target == 1125800
    assert "the letter's minefield area" in str(letter_target)
    estimate = minestats.forecast(model="constant", as_of="2024-12-31", target="estimate")
    assert estimate.target == 1166700  # 11,667 km², the latest estimate published by the end of 2024
    assert "11,667 square kilometers" in str(estimate)
    assert estimate.years is not None
    with pytest.raises(ValueError, match="letter"):
        minestats.forecast(model="constant", target="nonsense")
    with pytest.raises(ValueError, match="model"):
        minestats.forecast(model="guess")  # type: ignore[arg-type]  # deliberately unknown: checked at run time


def test_a_backtest_of_a_straight_line_holds_every_later_figure() -> None:
    series = _published_series(*STRAIGHT)
    result = minestats.backtest(series, cutoffs=["2023-06-30", "2024-06-30"], models=["constant", "trend"])
    compared = result.table[result.table["held"].notna()]
    assert len(compared) > 10
    assert compared["held"].all()
    assert result.held_share("constant") == 1.0
    summary = result.summary()
    assert list(summary.columns) == ["constant", "trend"]
    assert list(summary.index) == ["2023-06-30", "2024-06-30", "all"]
    assert str(summary.loc["all", "constant"]).endswith("(100%)")


def test_the_official_backtests_compare_only_figures_published_later() -> None:
    for metric in ("cleared_area", "casualties"):
        result = minestats.backtest(metric=metric)
        table = result.table
        compared = table[table["held"].notna()]
        assert len(compared) > 0
        assert (compared["published"] > compared["cutoff"]).all()
        skipped = table[table["held"].isna()]
        assert skipped["note"].notna().all()
        assert list(result.summary().index)[-1] == "all"
        assert "cut-off" in str(result)
