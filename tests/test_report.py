from __future__ import annotations

import math

import pandas as pd
import pytest

import minestats
from minestats import Status


@pytest.fixture(scope="module")
def report() -> minestats.Report:
    return minestats.check(minestats.letter())


def test_report_frame_has_one_row_per_claim_reading(report: minestats.Report) -> None:
    frame = report.to_frame()
    readings = sum(len(c.readings) for c in minestats.letter().claims)
    assert len(frame) == readings == len(report)
    assert not frame.duplicated(["claim", "reading"]).any()


def test_report_frame_columns_and_dtypes_are_pinned(report: minestats.Report) -> None:
    frame = report.to_frame()
    assert {c: str(t) for c, t in frame.dtypes.items()} == {
        "document": "string", "claim": "string", "kind": "string", "reading": "string", "status": "string",
        "stated": "string", "low": "float64", "high": "float64", "computed": "float64",
        "computed_low": "float64", "computed_high": "float64", "unit": "string", "gap": "float64",
        "gap_unit": "string", "headroom": "float64", "implied": "string", "expected": "string",
        "as_expected": "bool", "qualifiers": "string", "reason": "string",
    }  # fmt: skip


def test_report_frame_row_of_the_cleared_share(report: minestats.Report) -> None:
    row = (
        report.to_frame()
        .set_index(["claim", "reading"])
        .loc[("cleared_share_of_minefields", "of_minefield_area")]
    )
    assert isinstance(row, pd.Series)  # one (claim, reading) pair is one row
    assert row["status"] == "inconsistent"
    assert (row["stated"], row["low"], row["high"]) == ("14.2", 14.15, 14.25)
    assert row["computed"] == pytest.approx(14.7337, abs=1e-4)
    assert row["gap"] == pytest.approx(0.5337, abs=1e-4)
    assert row["unit"] == "percent"
    assert row["gap_unit"] == "percentage points"
    assert "cleared_area in [159,300.7, 160,426.5] ha (1,593.007 to 1,604.265 km²)" in row["implied"]
    assert row["expected"] == "inconsistent"
    assert row["as_expected"]
    assert "cleared_share: approximately" in row["qualifiers"]


def test_indeterminate_rows_have_no_computed_value(report: minestats.Report) -> None:
    frame = report.to_frame()
    rows = frame[frame["status"] == "indeterminate"]
    assert len(rows) == 2
    assert rows["computed"].map(math.isnan).all()


def test_implied_frame(report: minestats.Report) -> None:
    frame = report.implied_frame()
    row = frame[(frame["reading"] == "of_minefield_area") & (frame["figure"] == "minefield_area")].iloc[0]
    assert (row["unit"], row["alternative_unit"]) == ("km²", "ha")
    assert row["low"] == pytest.approx(1658.715 / 0.1425)
    assert row["alternative_low"] == pytest.approx(165871.5 / 0.1425)
    assert set(frame.columns) >= {"claim", "reading", "figure", "feasible", "low", "high"}


def test_text_table_lists_every_reading_and_the_counts(report: minestats.Report) -> None:
    text = report.to_text()
    for v in report:
        assert f"{v.claim}/{v.reading}" in text
    assert "14 readings checked: 9 consistent, 3 inconsistent, 2 indeterminate." in text
    assert "+0.5337 pp" in text


def test_shown_intervals_round_outwards() -> None:
    implied = minestats.Implied(figure="x", unit="ha", feasible=True, low="1.00000001", high="1.99999999")
    assert str(implied) == "x in [1, 2] ha"


def test_unexpected_verdicts_are_marked(report: minestats.Report) -> None:
    doc = minestats.letter()
    data = doc.model_dump()
    # 1,658.715 km² of 11,258 km² is 14.73 %: a letter that said 14.7 % would agree.
    data["figures"] = [
        dict(f, value="14.7", locator=dict(f["locator"], quote="Approximately 14.7 per cent"))
        if f["id"] == "cleared_share"
        else f
        for f in data["figures"]
    ]
    changed = minestats.check(minestats.Document.model_validate(data))
    v = changed.verdict("cleared_share_of_minefields", "of_minefield_area")
    assert v.status is Status.CONSISTENT
    assert not v.as_expected
    assert not changed.as_expected
    assert "consistent (UNEXPECTED)" in changed.to_text()


def test_verdict_lookup_errors(report: minestats.Report) -> None:
    with pytest.raises(ValueError, match="several readings"):
        report.verdict("cleared_share_of_minefields")
    with pytest.raises(KeyError):
        report.verdict("nope")


def test_html_repr_is_a_table(report: minestats.Report) -> None:
    html = report._repr_html_()
    assert html.startswith("<div>")
    assert "cleared_share_of_minefields" in html
