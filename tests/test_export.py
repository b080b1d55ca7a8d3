"""Tables out: Excel workbooks (Report.to_excel, Batch.to_excel) and HXL-tagged CSV (to_hxl)."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pandas as pd
import pytest

import minestats
from minestats._errors import MissingExtraError
from minestats._export import HXL_TAGS, hxl_csv, hxl_row, write_excel

LETTER = minestats.letter()
REPORT = minestats.check(LETTER)


def test_every_tag_is_an_hxl_hashtag_with_attributes() -> None:
    for column, tag in HXL_TAGS.items():
        hashtag, *attributes = tag.split("+")
        assert hashtag in {"#meta", "#indicator", "#status", "#description", "#date", "#org"}, column
        assert all(a and a.replace("_", "").isalnum() and a.islower() for a in attributes), tag


def test_every_column_of_the_reports_and_figures_tables_that_has_a_tag_is_tagged() -> None:
    tags = hxl_row(list(REPORT.to_frame().columns))
    assert tags.count("") == len([c for c in REPORT.to_frame().columns if c not in HXL_TAGS])
    figures = dict(zip(LETTER.to_frame().columns, hxl_row(list(LETTER.to_frame().columns)), strict=True))
    assert (figures["id"], figures["value"], figures["as_of"]) == (
        "#indicator+code",
        "#indicator+num",
        "#date",
    )


def test_hxl_is_the_csv_with_a_hashtag_row(tmp_path: Path) -> None:
    text = REPORT.to_hxl()
    assert text is not None
    header, tags, *rows = list(csv.reader(io.StringIO(text)))
    frame = REPORT.to_frame()
    assert header == list(frame.columns)
    assert tags == hxl_row(header)
    assert rows == list(csv.reader(io.StringIO(frame.to_csv(index=False, lineterminator="\n"))))[1:]
    path = tmp_path / "verdicts.csv"
    assert REPORT.to_hxl(path) is None
    assert path.read_text(encoding="utf-8") == text
    stream = io.StringIO()
    hxl_csv(frame, stream)
    assert stream.getvalue() == text


def test_a_report_workbook_has_verdicts_and_the_documents_figures(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl", reason="Excel output needs the xlsx extra (openpyxl)")
    path = tmp_path / "letter.xlsx"
    REPORT.to_excel(path, document=LETTER)
    sheets = pd.read_excel(path, sheet_name=None, dtype={"stated": str})
    assert list(sheets) == ["verdicts", "figures"]
    assert sheets["verdicts"]["claim"].tolist() == [v.claim for v in REPORT]
    assert sheets["verdicts"]["stated"].tolist() == [v.stated_text for v in REPORT]
    assert sheets["figures"]["id"].tolist() == [f.id for f in LETTER.figures]
    assert set(sheets["figures"]["document"]) == {LETTER.id}
    REPORT.to_excel(path)
    assert list(pd.read_excel(path, sheet_name=None)) == ["verdicts"]


def test_without_openpyxl_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now fails
    with pytest.raises(MissingExtraError, match=r"pip install 'minestats\[xlsx\]'") as info:
        write_excel(tmp_path / "x.xlsx", {"verdicts": REPORT.to_frame()})
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, minestats.MinestatsError)
