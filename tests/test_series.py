"""Tests for minestats._series: the series format, its loader and the bundled official series."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import minestats
from minestats._series import Dating, Observation, date_span

FACTS = Path(__file__).resolve().parents[2] / "shared" / "facts" / "azerbaijan-official-series.csv"

SMALL = """\
minestats-series: 1
id: small
title: A small series
sources:
  - id: one
    publisher: Somebody
    url: https://example.org/one
    confirmed_by: stored copy
    observations:
      - {metric: cleared_area, as_of: 2024-01-31, value: "1,000", quote: "1,000 hectares"}
      - {metric: casualties, as_of: 2024-01-31, value: "10", quote: "10 people"}
"""


def test_bundled_series_loads_with_every_source_confirmed() -> None:
    series = minestats.official_series()
    assert series.id == "azerbaijan-official"
    assert len(series) > 100
    assert all(source.confirmed_by for source in series.sources)
    ids = {s.id for s in series.sources}
    assert all(o.source in ids for o in series)
    assert list(minestats.series()) == ["azerbaijan-official"]


def test_bundled_series_does_not_change_the_document_loader() -> None:
    assert list(minestats.documents()) == ["un-24-23652"]


def test_dropped_rows_are_listed_with_reasons() -> None:
    dropped = minestats.official_series().dropped
    urls = {d.url for d in dropped}
    assert "https://www.azernews.az/nation/184695.html" in urls
    assert "https://menafn.com/1108814804" in urls
    assert all(len(d.reason) > 20 for d in dropped)
    frame = minestats.official_series().dropped_frame()
    assert list(frame.columns) == ["rows", "url", "reason"]
    assert len(frame) == len(dropped)


@pytest.mark.skipif(
    not FACTS.exists(), reason=f"the facts file ({FACTS.name}) is not in the shared folder beside the project"
)
def test_every_row_of_the_facts_file_is_shipped_or_accounted_for() -> None:
    """A row is shipped (same metric and value), re-cited (its URL in a source note) or dropped."""
    series = minestats.official_series()
    shipped = {(o.metric, o.kind.value, o.value) for o in series}
    notes = " ".join(s.note or "" for s in series.sources) + " ".join(s.url for s in series.sources)
    dropped_urls = {d.url for d in series.dropped}
    with FACTS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 50
    for row in rows:
        metric, kind = row["series"], "cumulative"
        for suffix in ("_in_year", "_in_month"):
            if metric.endswith(suffix):
                metric, kind = metric.removesuffix(suffix), "period"
        value = Decimal(row["value"])
        found = any(m == metric and k == kind and v == value for m, k, v in shipped)
        accounted = row["url"] in dropped_urls or row["url"] in notes
        assert found or accounted, row


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("2024-04-04", date(2024, 4, 4), date(2024, 4, 4)),
        ("2024-11-14/2024-12-31", date(2024, 11, 14), date(2024, 12, 31)),
        ("2024-09/2024", date(2024, 9, 1), date(2024, 12, 31)),
    ],
)
def test_date_span(text: str, first: date, last: date) -> None:
    assert date_span(text) == (first, last)


def test_date_span_rejects_a_backward_range() -> None:
    with pytest.raises(ValueError, match="forward"):
        date_span("2024-12/2024-01")


def _obs(value: str, qualifier: str | None = None, metric: str = "cleared_area") -> Observation:
    return Observation(
        metric=metric, as_of="2024-01-01", value=value, qualifier=qualifier, quote=value, source="s"
    )


@pytest.mark.parametrize(
    ("value", "qualifier", "metric", "low", "high"),
    [
        ("81,386", None, "cleared_area", Fraction(162771, 2), Fraction(162773, 2)),
        ("734.7", None, "cleared_area", Fraction(14693, 20), Fraction(14695, 20)),
        ("75,000", "about", "cleared_area", Fraction(74500), Fraction(75500)),
        ("41,915", "about", "cleared_area", Fraction(83829, 2), Fraction(83831, 2)),
        # a bound keeps the rounding of its last stated digit (the unit, the thousand)
        ("123,000", "more than", "cleared_area", Fraction(245999, 2), None),
        ("180 thousand", "nearly", "cleared_area", Fraction(0), Fraction(180500)),
        ("62 thousand", None, "cleared_area", Fraction(61500), Fraction(62500)),
        ("382", None, "casualties", Fraction(382), Fraction(382)),
        ("57", "about", "killed", Fraction(113, 2), Fraction(115, 2)),
    ],
)
def test_bounds_follow_rounding_and_qualifiers(
    value: str, qualifier: str | None, metric: str, low: Fraction, high: Fraction | None
) -> None:
    assert _obs(value, qualifier, metric).bounds() == (low, high)


def test_bounds_tell_equal_numbers_of_different_precision_apart() -> None:
    exact = _obs("1,500,000", metric="items_neutralized").bounds()
    rounded = _obs("1.5 million", metric="items_neutralized").bounds()
    assert exact == (Fraction(1500000), Fraction(1500000))
    assert rounded == (Fraction(1450000), Fraction(1550000))


@given(
    st.decimals(min_value=0, max_value=10**7, places=1, allow_nan=False, allow_infinity=False),
    st.sampled_from([None, "about", "approximately"]),
)
def test_bounds_contain_the_stated_value(value: Decimal, qualifier: str | None) -> None:
    low, high = _obs(str(value), qualifier).bounds()
    assert high is not None
    assert low <= Fraction(value) <= high


def test_defaults_come_from_the_metric() -> None:
    o = _obs("10", metric="victims_since_1991")
    assert (o.unit, o.entity, o.since) == ("count", "people", "1991")
    assert o.id == "s:victims_since_1991@2024-01-01"
    assert o.text == "10 people"


@pytest.mark.parametrize(
    ("given", "unit", "entity", "since"),
    [
        ({}, "ha", None, "2020-11-10"),
        ({"unit": "hectares"}, "ha", None, "2020-11-10"),
        ({"metric": "killed", "entity": "civilians"}, "count", "civilians", "2020-11-10"),
        ({"metric": "killed", "entity": None, "since": None}, "count", "people", "2020-11-10"),
        ({"since": "2021-01-01"}, "ha", None, "2021-01-01"),
        ({"kind": "period", "as_of": "2023"}, "ha", None, None),
    ],
)
def test_what_the_data_leaves_out_is_taken_from_the_metric(
    given: dict[str, object], unit: str, entity: str | None, since: str | None
) -> None:
    data = {"metric": "cleared_area", "as_of": "2024-01-01", "value": "10", "quote": "q", "source": "s"}
    o = Observation.model_validate({**data, **given})
    assert (o.unit, o.entity, o.since) == (unit, entity, since)


def test_a_unit_of_another_dimension_is_refused() -> None:
    with pytest.raises(ValueError, match="counted in ha"):
        Observation(metric="cleared_area", as_of="2024", value="1", unit="count", quote="q", source="s")


def test_frame_is_indexed_by_date_with_source_columns() -> None:
    frame = minestats.official_series().to_frame()
    assert frame.index.name == "date"
    assert frame.index.is_monotonic_increasing
    assert str(frame["value"].dtype) == "float64"
    assert frame["confirmed"].all()
    row = frame[frame["id"] == "trend-3764412:cleared_area@2023-06-21"].iloc[0]
    assert row["stated"] == "83,993"
    assert row["url"] == "https://en.trend.az/azerbaijan/society/3764412.html"


def test_of_filters_metric_kind_and_coverage() -> None:
    series = minestats.official_series()
    cumulative = series.of("cleared_area")
    assert all(o.kind.value == "cumulative" and o.coverage is None for o in cumulative)
    assert [o.as_of for o in series.of("cleared_area", coverage="ANAMA")] == ["2021-10-02", "2022-04-14"]
    assert {o.as_of for o in series.of("casualties", "period")} == {"2023", "2024"}
    with pytest.raises(ValueError, match="metrics"):
        series.of("nonsense")


def test_loads_a_small_series(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    series = minestats.load_series(path)
    assert len(series) == 2
    assert series.source("one").publisher == "Somebody"
    with pytest.raises(KeyError):
        series.source("two")


def test_a_series_file_in_toml_loads_like_the_yaml_one(tmp_path: Path) -> None:
    import tomli_w

    yaml_series = minestats.loads_series(SMALL, name="small.yaml")
    data = {"minestats-series": 1, **yaml_series.model_dump(mode="json", exclude_defaults=True)}
    for source in data["sources"]:
        for observation in source["observations"]:
            del observation["source"]  # given by the source the observation is listed under
    path = tmp_path / "small.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    assert minestats.load_series(path) == yaml_series
    assert minestats.loads_series(path.read_text(encoding="utf-8"), format="toml") == yaml_series


def test_series_is_the_catalogue_of_bundled_series() -> None:
    catalogue = minestats.series()
    assert all(isinstance(s, minestats.Series) for s in catalogue.values())
    assert all(key == s.id for key, s in catalogue.items())
    assert catalogue["azerbaijan-official"] is minestats.official_series()


@pytest.mark.parametrize(
    ("old", "new", "entry", "field", "line"),
    [
        ("metric: casualties", "metric: casualtys", "one/observations[1]", "metric", 11),
        ('value: "10"', "value: 10.5", "one/observations[1]", "value", 11),
        ("    confirmed_by: stored copy\n", "", "one", "confirmed_by", 5),
        (
            "metric: cleared_area, as_of: 2024-01-31",
            "metric: cleared_area, as_of: 2024-13-31",
            "one/observations[0]",
            "as_of",
            10,
        ),
        ('value: "1,000", quote', 'value: "1,000", unit: km², quote', "one/observations[0]", "unit", 10),
    ],
)
def test_errors_name_file_entry_field_and_line(old: str, new: str, entry: str, field: str, line: int) -> None:
    text = SMALL.replace(old, new)
    assert text != SMALL
    with pytest.raises(minestats.DataError) as info:
        minestats.loads_series(text, name="small.yaml")
    err = info.value
    assert err.file == "small.yaml"
    assert (err.entry, err.field, err.line) == (entry, field, line)
    assert "small.yaml" in str(err)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (SMALL.replace("minestats-series: 1", "minestats-series: 2"), "version"),
        ("", "empty"),
        ("- a list", "mapping"),
        (
            SMALL + "  - id: one\n    publisher: x\n    url: https://e.org\n    confirmed_by: y\n"
            "    observations: [{metric: killed, as_of: '2024', value: '1', quote: q}]\n",
            "duplicate source",
        ),
    ],
)
def test_bad_files_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(minestats.DataError, match=message):
        minestats.loads_series(text, name="bad.yaml")


def test_a_period_figure_has_no_start() -> None:
    with pytest.raises(ValueError, match="per-period"):
        Observation(
            metric="killed", kind="period", as_of="2024", since="2020-11-10", value="5", quote="q", source="s"
        )


# -- how each date was found (issue 16) ---------------------------------------------


def test_every_bundled_figure_says_how_its_date_was_found() -> None:
    series = minestats.official_series()
    assert all(o.dated is not None for o in series)
    assert {o.dated for o in series} == set(Dating)
    frame = series.to_frame()
    assert frame["dated"].notna().all()
    assert (frame["date_stated"] == frame["dated"].isin(["stated", "event"])).all()
    inferred = [o for o in series if o.dated is Dating.CONTEXT]
    assert all(o.note for o in inferred)


@pytest.mark.parametrize(
    ("observation_id", "dated"),
    [
        # 81,386 ha and 88,260 items: a background paragraph of 21 June repeating the figures of 25 May
        ("trend-3764400:cleared_area@2023-05-25", Dating.CONTEXT),
        ("trend-3764400:items_neutralized@2023-05-25", Dating.CONTEXT),
        ("apa-404101:cleared_area@2023-05-25", Dating.EVENT),
        ("apa-404101:ap_mines_neutralized@2023-05-25", Dating.EVENT),
        # 341 / 65 / 276: published after the incident of 26 December, not counted to 6 December
        ("reportaz-hajiyev:casualties@2023-12-26", Dating.CONTEXT),
        ("reportaz-hajiyev:injured@2023-12-26", Dating.CONTEXT),
        # 3,336 / 357 / 38 since 1991: given on 6 October 2022, not 24 November
        ("trend-3653709:victims_since_1991@2022-10-06", Dating.EVENT),
        ("agenzianova-2022-11-24:victims_since_1991@2022-10-06", Dating.CONTEXT),
        ("agenzianova-2022-11-24:victims_since_1991_women@2022-10-06", Dating.CONTEXT),
        # "nearly 180 thousand ha": an inferred end-of-2024 date
        ("azertag-3462743:cleared_area@2024-12-31", Dating.CONTEXT),
        # a figure the source dates itself
        ("trend-3653709:cleared_area@2022-10-04", Dating.STATED),
        ("newsaz-2051:cleared_area@2021-05-06", Dating.PUBLICATION),
    ],
)
def test_the_rows_issue_16_lists_are_redated_or_explained(observation_id: str, dated: Dating) -> None:
    observation = {o.id: o for o in minestats.official_series()}[observation_id]
    assert observation.dated is dated
    assert observation.date_stated is dated.stated


@pytest.mark.parametrize(
    "gone",
    [
        "trend-3764400:cleared_area@2023-06-21",
        "reportaz-hajiyev:casualties@2023-12-06",
        "agenzianova-2022-11-24:victims_since_1991@2022-11-24",
    ],
)
def test_the_old_dates_are_gone(gone: str) -> None:
    assert gone not in {o.id for o in minestats.official_series()}


def test_the_2022_area_counts_every_operator_and_the_counts_stay_the_agencys() -> None:
    series = minestats.official_series()
    (area,) = [o for o in series.of("cleared_area", "period") if o.as_of == "2022"]
    assert area.coverage is None
    assert "every operator" in (area.note or "")
    counts = [o for o in series if o.as_of == "2022" and o.metric.endswith("_neutralized")]
    assert counts
    assert {o.coverage for o in counts} == {"ANAMA"}


def test_unconfirmed_sources_named_in_the_issue_are_listed_as_dropped() -> None:
    dropped = " ".join(d.rows for d in minestats.official_series().dropped)
    assert "338" in dropped
    assert "62,023.9" in dropped


DATED = SMALL.replace(
    "    confirmed_by: stored copy\n", "    confirmed_by: stored copy\n    published: 2024-01-31\n"
)


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ('value: "10", quote', 'value: "10", dated: seen, quote', "dated", "stated"),
        ('value: "10", quote', 'value: "10", dated: context, quote', "note", "inferred from context"),
        (
            'as_of: 2024-01-31, value: "10", quote',
            'as_of: 2024-01-30, value: "10", dated: publication, quote',
            "as_of",
            "published",
        ),
        ('value: "10", quote', 'value: "10", kind: estimate, quote', "kind", "cumulative or period"),
    ],
)
def test_dating_is_validated(old: str, new: str, field: str, message: str) -> None:
    text = DATED.replace(old, new)
    assert text != DATED
    with pytest.raises(minestats.DataError, match=message) as info:
        minestats.loads_series(text, name="dated.yaml")
    assert info.value.field == field
    assert info.value.entry is not None
    assert info.value.entry.startswith("one/observations[")


def test_a_publication_date_needs_the_sources_published_date() -> None:
    text = SMALL.replace('value: "10", quote', 'value: "10", dated: publication, quote')
    with pytest.raises(minestats.DataError, match="no published date"):
        minestats.loads_series(text, name="small.yaml")


def test_a_sources_dating_applies_to_figures_that_do_not_give_their_own() -> None:
    text = DATED.replace("    observations:\n", "    dated: publication\n    observations:\n").replace(
        'value: "1,000", quote', 'value: "1,000", dated: stated, quote'
    )
    series = minestats.loads_series(text, name="dated.yaml")
    assert [o.dated for o in series.source("one").observations] == [Dating.STATED, Dating.PUBLICATION]
    assert [o.date_stated for o in series.source("one").observations] == [True, False]
    assert minestats.loads_series(SMALL).observations[0].dated is None


@pytest.mark.parametrize(
    ("metric", "kind", "ok"),
    [
        ("hazardous_area", "estimate", True),
        ("hazardous_area", "cumulative", False),
        ("cleared_area_target", "period", True),
        ("cleared_area_target", "cumulative", False),
        ("cleared_area", "estimate", False),
    ],
)
def test_each_metric_allows_its_kinds(metric: str, kind: str, ok: bool) -> None:
    def make() -> Observation:
        return Observation(metric=metric, kind=kind, as_of="2024", value="1", quote="q", source="s")

    if ok:
        assert make().since is None
    else:
        with pytest.raises(ValueError, match="figures are"):
            make()
