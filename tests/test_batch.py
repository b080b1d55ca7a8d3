"""Many documents at once: data_files, check_all, audit_all, Batch, --jobs, and the Dask example."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import minestats
from minestats._batch import PROGRESS_FROM, _progress
from minestats._files import NoDataFilesError, is_data_file, text_files

SHARE = """\
minestats: 1
id: {id}
title: A page of {id}
figures:
  - {{id: released, label: Land released, value: "1,250", unit: ha, locator: {{quote: "1,250 hectares"}}}}
  - {{id: total, label: Contaminated land, value: "5,000", unit: ha, locator: {{quote: "5,000 hectares"}}}}
  - {{id: share, label: Share, value: "{share}", unit: percent, locator: {{quote: "{share} per cent"}}}}
claims:
  - {{id: released_share, kind: share, label: l, stated: share, part: [released], whole: [total]}}
"""


def write_share(path: Path, ident: str, share: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SHARE.format(id=ident, share=share), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path, letter_text: str) -> Path:
    """Three data files (one with a failing claim, in a subfolder), and files that are not data files."""
    root = tmp_path / "mydocs"
    write_share(root / "a.yaml", "page-a", "25")
    (root / "letter.yaml").write_text(letter_text, encoding="utf-8")
    write_share(root / "sub" / "b.yaml", "page-b", "30")  # 1,250 / 5,000 is 25 %, not 30 %
    (root / "notes.yaml").write_text("title: not a minestats file\n", encoding="utf-8")
    (root / "readme.txt").write_text("minestats: 1\n", encoding="utf-8")
    write_share(root / ".hidden" / "c.yaml", "page-c", "25")
    return root


# -- which files -------------------------------------------------------------------------------


def test_a_folder_gives_its_data_files_recursively_in_name_order(folder: Path) -> None:
    names = [p.relative_to(folder).as_posix() for p in minestats.data_files([folder])]
    assert names == ["a.yaml", "letter.yaml", "sub/b.yaml"]


def test_the_file_rule_is_the_plugins(folder: Path) -> None:
    from minestats import _plugin

    for path in folder.rglob("*"):
        if path.is_file():
            assert _plugin.is_data_file(path) == is_data_file(path)


def test_a_glob_keeps_data_files_and_a_named_file_is_taken_as_named(folder: Path, tmp_path: Path) -> None:
    found = minestats.data_files([str(folder / "**" / "*.yaml")])
    assert sorted(p.name for p in found) == ["a.yaml", "b.yaml", "letter.yaml"]
    toml = tmp_path / "page.toml"
    toml.write_text(minestats.dumps_toml(minestats.letter()), encoding="utf-8")
    assert minestats.data_files([toml, folder / "a.yaml", toml]) == [toml, folder / "a.yaml"]


@pytest.mark.parametrize("name", ["absent.yaml", "absent/*.yaml", "empty"])
def test_nothing_to_read_is_an_error_that_names_the_path(tmp_path: Path, name: str) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match=re.escape(name)):
        minestats.data_files([str(tmp_path / name)])


def test_an_empty_folder_or_pattern_says_what_it_looked_for(tmp_path: Path) -> None:
    with pytest.raises(NoDataFilesError, match="holds no minestats data file"):
        minestats.data_files([tmp_path])
    with pytest.raises(NoDataFilesError, match=r"holds no text \(\*\.txt, \*\.md or \*\.pdf\)"):
        text_files([tmp_path])


# -- check_all ----------------------------------------------------------------------------------


def test_check_all_is_one_report_with_a_document_column(folder: Path) -> None:
    batch = minestats.check_all([folder])
    reports = [minestats.check(minestats.load(p)) for p in minestats.data_files([folder])]
    assert [r.document for r in batch.reports] == ["page-a", "un-24-23652", "page-b"]
    assert list(batch.reports) == reports
    frame = batch.to_frame()
    expected = pd.concat([r.to_frame() for r in reports], ignore_index=True)
    pd.testing.assert_frame_equal(frame, expected)
    assert frame.groupby("document", sort=False).size().to_dict() == {
        "page-a": 1,
        "un-24-23652": len(minestats.check(minestats.letter())),
        "page-b": 1,
    }
    assert not batch.as_expected
    assert batch.report("page-b").verdict("released_share").status is minestats.Status.INCONSISTENT
    assert batch.counts == {
        s: sum(r.counts[s] for r in reports) for s in ("consistent", "inconsistent", "indeterminate")
    }


def test_jobs_give_the_same_batch(folder: Path) -> None:
    one = minestats.check_all([folder])
    two = minestats.check_all([folder], jobs=2)
    assert two == one
    assert [d.source for d in two.documents] == [d.source for d in one.documents]
    assert [d.line_of("released_share") for d in two.documents] == [
        d.line_of("released_share") for d in one.documents
    ]


def test_jobs_must_be_positive(folder: Path) -> None:
    with pytest.raises(ValueError, match="jobs must be 1 or more, not 0"):
        minestats.check_all([folder], jobs=0)


def test_a_bad_file_in_a_folder_names_the_file(folder: Path) -> None:
    bad = folder / "sub" / "bad.yaml"
    bad.write_text("minestats: 1\nid: x\n", encoding="utf-8")
    with pytest.raises(minestats.DataError, match=re.escape(str(bad))):
        minestats.check_all([folder], jobs=2)


def test_figures_frame_holds_every_documents_figures(folder: Path) -> None:
    batch = minestats.check_all([folder])
    frame = batch.figures_frame()
    assert list(frame.columns) == ["document", *minestats.letter().to_frame().columns]
    assert frame.groupby("document", sort=False).size().to_dict() == {
        "page-a": 3,
        "un-24-23652": len(minestats.letter().figures),
        "page-b": 3,
    }


def test_batch_text_is_one_table_with_a_line_per_document(folder: Path) -> None:
    text = minestats.check_all([folder]).to_text()
    lines = text.splitlines()
    assert lines[0].split()[:2] == ["document", "claim"]
    assert lines[-1] == "3 documents: 16 readings checked: 10 consistent, 4 inconsistent, 2 indeterminate;" \
        " 1 not as expected."  # fmt: skip
    assert (
        "page-b: 1 readings checked: 0 consistent, 1 inconsistent, 0 indeterminate; 1 not as expected."
        in lines
    )


def test_batch_of_reports_made_elsewhere() -> None:
    report = minestats.check(minestats.letter())
    batch = minestats.Batch.of([report, report])
    assert batch.document == "2 documents"
    assert len(batch) == 2 * len(report)
    with pytest.raises(minestats.UnknownIdError, match="un-24-23652"):
        batch.report("un-24-2365")


# -- audit_all ----------------------------------------------------------------------------------


def test_audit_all_audits_each_text_under_its_stem(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Of 200 mines, 50 (25 per cent) were cleared.", encoding="utf-8")
    (tmp_path / "deeper").mkdir()
    (tmp_path / "deeper" / "b.md").write_text(
        "Of 200 mines, 50 (35 per cent) were cleared.", encoding="utf-8"
    )
    (tmp_path / "c.yaml").write_text("minestats: 1\n", encoding="utf-8")
    batch = minestats.audit_all([tmp_path], jobs=2)
    assert [r.document for r in batch.reports] == ["a", "b"]
    assert [[s.status for s in r.shares] for r in batch.reports] == [["consistent"], ["inconsistent"]]
    assert not batch.as_expected
    assert batch == minestats.audit_all([tmp_path])
    assert set(batch.figures_frame()["document"]) == {"a", "b"}


# -- progress -------------------------------------------------------------------------------------


def test_no_progress_bar_off_a_terminal_or_for_few_files(capsys: pytest.CaptureFixture[str]) -> None:
    items = list(range(PROGRESS_FROM + 3))
    assert list(_progress(iter(items), len(items), "x", None)) == items
    assert capsys.readouterr().err == ""


def test_a_progress_bar_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("rich", reason="the progress bar is drawn by rich (the progress extra)")
    items = list(range(3))
    assert list(_progress(iter(items), len(items), "checking", True)) == items


# -- the Dask example of docs/cli.md ----------------------------------------------------------------


def _dask_example() -> str:
    page = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- example: dask -->\s*```python\n(.*?)```", page, re.DOTALL)
    assert match is not None, "docs/cli.md has lost its Dask example"
    return match.group(1)


def test_the_dask_example_gives_what_check_all_gives(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip(
        "dask.bag", reason="the Dask example needs the dask extra: pip install 'minestats[dask]'"
    )
    monkeypatch.chdir(folder.parent)
    namespace: dict[str, object] = {}
    exec(compile(_dask_example(), "docs/cli.md", "exec"), namespace)
    frame = namespace["frame"]
    assert isinstance(frame, pd.DataFrame)
    pd.testing.assert_frame_equal(frame, minestats.check_all(["mydocs"]).to_frame())


def test_one_path_is_one_path_not_the_characters_of_a_string() -> None:
    source = minestats.letter().source
    assert source is not None
    folder = str(Path(source).parent)
    assert len(minestats.check_all(folder).reports) == 1
    assert minestats.data_files(folder) == minestats.data_files([folder])
