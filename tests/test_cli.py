"""The command line, called through ``main(argv)``."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import pytest

import minestats
from minestats._cli import COMMANDS, command, main

LETTER = minestats.letter()
REPORT = minestats.check(LETTER)
Alter = Callable[[str, str, str], str]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_check_with_no_file_prints_the_letters_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check")
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == f"{LETTER.title} (24-23652)"
    assert lines[2].split() == ["claim", "reading", "status", "expected", "stated", "computed", "gap"]
    rows = [line.split() for line in lines[4 : 4 + len(REPORT)]]
    assert [(r[0], r[1], r[2]) for r in rows] == [(v.claim, v.reading, v.status.value) for v in REPORT]
    assert lines[-1] == (
        "un-24-23652: 14 readings checked: 9 consistent, 3 inconsistent, 2 indeterminate; all as expected."
    )


@pytest.mark.parametrize("argv", [[], ["check", "un-24-23652"], ["un-24-23652"], ["--format", "table"]])
def test_no_command_and_a_bundled_id_mean_check(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    expected = run(capsys, "check")
    assert run(capsys, *argv) == expected


def test_legacy_form_with_files(capsys: pytest.CaptureFixture[str], letter_file: Path) -> None:
    assert run(capsys, str(letter_file)) == run(capsys, "check", str(letter_file))


def test_check_an_altered_copy_exits_1_and_explains(
    capsys: pytest.CaptureFixture[str], letter_file: Path, letter_text: str, alter: Alter
) -> None:
    letter_file.write_text(alter(letter_text, "value: 14.2", "value: 14.7"), encoding="utf-8")
    status, out, _ = run(capsys, "check", str(letter_file))
    assert status == 1
    unexpected = [line for line in out.splitlines() if "(UNEXPECTED)" in line]
    assert len(unexpected) == 1
    assert unexpected[0].split()[:4] == [
        "cleared_share_of_minefields",
        "of_minefield_area",
        "consistent",
        "(UNEXPECTED)",
    ]
    assert "1 not as expected." in out
    assert (
        "cleared_share_of_minefields/of_minefield_area in un-24-23652: consistent, expected inconsistent"
        in out
    )
    assert f"{letter_file}:" in out


def test_check_several_files(capsys: pytest.CaptureFixture[str], letter_file: Path) -> None:
    status, out, _ = run(capsys, "check", str(letter_file), "un-24-23652")
    assert status == 0
    assert out.count("readings checked") == 3  # one line per document, one for all
    assert out.splitlines()[-1].startswith("2 documents: 28 readings checked:")


# --- many documents: folders, globs, --jobs, xlsx and hxl ----------------------------------------------

PAGE = """minestats: 1
id: {id}
title: Page {id}
figures:
  - {{id: released, label: Released, value: "1,250", unit: ha, locator: {{quote: "1,250 hectares"}}}}
  - {{id: total, label: Contaminated, value: "5,000", unit: ha, locator: {{quote: "5,000 hectares"}}}}
  - {{id: share, label: Share, value: "{share}", unit: percent, locator: {{quote: "{share} per cent"}}}}
claims:
  - {{id: released_share, kind: share, label: l, stated: share, part: [released], whole: [total]}}
"""


@pytest.fixture
def folder(tmp_path: Path, letter_text: str) -> Path:
    """Three data files, one with a claim that fails (30 % stated where 25 % is right), and a stray YAML."""
    root = tmp_path / "mydocs"
    (root / "more").mkdir(parents=True)
    (root / "a.yaml").write_text(PAGE.format(id="page-a", share="25"), encoding="utf-8")
    (root / "letter.yaml").write_text(letter_text, encoding="utf-8")
    (root / "more" / "b.yaml").write_text(PAGE.format(id="page-b", share="30"), encoding="utf-8")
    (root / "config.yaml").write_text("setting: 1\n", encoding="utf-8")
    return root


def test_check_a_folder_prints_one_table_and_exits_1(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    status, out, err = run(capsys, "check", str(folder))
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert lines[0].split() == [
        "document",
        "claim",
        "reading",
        "status",
        "expected",
        "stated",
        "computed",
        "gap",
    ]
    rows = [line.split()[:3] for line in lines[2 : 2 + 16]]
    assert [r[0] for r in rows] == ["page-a"] + ["un-24-23652"] * 14 + ["page-b"]
    assert lines[2 + 16] == ""
    assert (
        "page-b: 1 readings checked: 0 consistent, 1 inconsistent, 0 indeterminate; 1 not as expected." in out
    )
    assert "released_share/as_stated in page-b: inconsistent, expected consistent" in out


def test_jobs_give_the_same_output(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    for fmt in ("table", "csv", "json"):
        assert run(capsys, "check", str(folder), "--jobs", "2", "-f", fmt) == run(
            capsys, "check", str(folder), "-f", fmt
        )


def test_a_glob_and_a_bundled_id_together(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, _ = run(capsys, "check", str(folder / "*.yaml"), "un-24-23652", "-f", "csv")
    assert status == 0
    assert out.count("\npage-a,") == 1
    assert out.count("\nun-24-23652,") == 28


def test_xlsx_has_the_csv_rows_and_every_figure(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    import pandas as pd

    pytest.importorskip("openpyxl", reason="Excel output needs the xlsx extra (openpyxl)")
    out_file = tmp_path / "out.xlsx"
    status, out, _ = run(capsys, "check", str(folder), "-f", "xlsx", "-o", str(out_file))
    assert (status, out) == (1, "")
    sheets = pd.read_excel(out_file, sheet_name=None, dtype={"stated": str})
    assert list(sheets) == ["verdicts", "figures"]
    _, csv_text, _ = run(capsys, "check", str(folder), "-f", "csv")
    csv_frame = pd.read_csv(io.StringIO(csv_text), dtype={"stated": str})
    pd.testing.assert_frame_equal(sheets["verdicts"], csv_frame, check_dtype=False)
    assert len(sheets["figures"]) == 3 + len(LETTER.figures) + 3
    assert set(sheets["figures"]["document"]) == {"page-a", "un-24-23652", "page-b"}


def test_xlsx_to_a_pipe_and_not_to_a_terminal(
    capsys: pytest.CaptureFixture[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("openpyxl", reason="Excel output needs the xlsx extra (openpyxl)")
    import pandas as pd

    result = subprocess.run(
        [sys.executable, "-m", "minestats", "check", str(folder / "a.yaml"), "-f", "xlsx"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert pd.read_excel(io.BytesIO(result.stdout))["document"].tolist() == ["page-a"]
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    status, _, err = run(capsys, "check", str(folder), "-f", "xlsx")
    assert status == 2
    assert "-o FILE" in err


def test_hxl_has_a_hashtag_row(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    import csv

    status, out, _ = run(capsys, "check", str(folder), "-f", "hxl")
    assert status == 1
    header, tags, *rows = list(csv.reader(io.StringIO(out)))
    tag = dict(zip(header, tags, strict=True))
    assert (tag["document"], tag["claim"], tag["status"], tag["reason"]) == (
        "#meta+document",
        "#indicator+claim+code",
        "#status",
        "#description+reason",
    )
    assert tag["qualifiers"] == ""
    _, csv_out, _ = run(capsys, "check", str(folder), "-f", "csv")
    assert rows == list(csv.reader(io.StringIO(csv_out)))[1:]


def test_output_to_a_file(capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "verdicts.csv"
    status, out, _ = run(capsys, "check", str(folder), "-f", "csv", "-o", str(target))
    assert (status, out) == (1, "")
    assert target.read_text(encoding="utf-8") == run(capsys, "check", str(folder), "-f", "csv")[1]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["check", "--jobs", "0"], "--jobs must be 1 or more, not 0"),
        (["check", "no-such-doc"], "no such file: 'no-such-doc' (bundled documents: un-24-23652"),
        (["audit"], "name the text files, folders or patterns to audit"),
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str], needle: str) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert needle in err


def test_a_folder_without_data_files_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "check", str(tmp_path))
    assert status == 2
    assert "holds no minestats data file" in err


def test_audit_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(SCREENED, encoding="utf-8")
    (tmp_path / "two.txt").write_text(SCREENED.replace("25 per cent", "35 per cent"), encoding="utf-8")
    status, out, _ = run(capsys, "audit", str(tmp_path), "--jobs", "2")
    assert status == 1
    assert out.splitlines()[-1].startswith("2 documents:")
    assert "one: " in out
    assert "two: " in out
    _, payload, _ = run(capsys, "audit", str(tmp_path), "-f", "json")
    assert [a["document"] for a in json.loads(payload)] == ["one", "two"]


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--format", "json")
    assert status == 0
    (payload,) = json.loads(out)
    assert payload["document"] == "un-24-23652"
    assert payload["as_expected"] is True
    assert payload["counts"] == REPORT.counts
    verdicts = payload["verdicts"]
    assert [(v["claim"], v["reading"], v["status"]) for v in verdicts] == [
        (v.claim, v.reading, v.status.value) for v in REPORT
    ]
    first = verdicts[0]
    assert (first["stated"], first["low"], first["high"]) == ("14.2", "14.15", "14.25")
    assert first["implied"][0]["figure"] == "cleared_area"


def test_check_csv(capsys: pytest.CaptureFixture[str]) -> None:
    import pandas as pd

    status, out, _ = run(capsys, "check", "-f", "csv")
    assert status == 0
    frame = pd.read_csv(io.StringIO(out), dtype={"stated": str})
    assert list(frame.columns) == list(REPORT.to_frame().columns)
    assert list(frame["status"]) == [v.status.value for v in REPORT]
    assert frame["stated"].iloc[0] == "14.2"


def test_check_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "-f", "markdown")
    assert status == 0
    rows = [line for line in out.splitlines() if line.startswith("|")]
    assert len(rows) == 2 + len(REPORT)
    assert rows[0] == "| claim | reading | status | expected | stated | computed | gap |"
    assert rows[2].startswith("| cleared_share_of_minefields | of_minefield_area | inconsistent |")


def test_check_markdown_marks_unexpected(
    capsys: pytest.CaptureFixture[str], letter_file: Path, letter_text: str, alter: Alter
) -> None:
    letter_file.write_text(alter(letter_text, "value: 70", "value: 71"), encoding="utf-8")
    status, out, _ = run(capsys, "check", "-f", "markdown", str(letter_file))
    assert status == 1
    assert "| post_conflict_victims_total | as_stated | **inconsistent** | consistent |" in out


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ("minestats: 1\nid: x\n", ["field 'title': this field is required"]),
        ("figures: [", ["not valid YAML"]),
        ("", ["the file is empty"]),
    ],
)
def test_check_bad_input_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, needles: list[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "check", str(path))
    assert status == 2
    assert out == ""
    assert err.startswith("minestats check: ")
    assert str(path) in err
    for needle in needles:
        assert needle in err
    assert "Traceback" not in err


def test_check_a_malformed_entry_names_entry_and_field(
    capsys: pytest.CaptureFixture[str], letter_file: Path, letter_text: str, alter: Alter
) -> None:
    letter_file.write_text(alter(letter_text, "value: 54430", "value: 54,430.5"), encoding="utf-8")
    status, _, err = run(capsys, "check", str(letter_file))
    assert status == 2
    assert "entry 'mines_neutralized', field 'value': a count must be a whole number" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "absent.yaml"],
        ["check", "--format", "xml"],
        ["figures", "a", "b"],
        ["compute", "un-24-23652"],
        ["compute", "un-24-23652", "minefield_area", "--digits", "0"],
        ["--no-such-option"],
    ],
)
def test_many_documents_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert err.strip()
    assert "Traceback" not in err


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str], flag: str) -> None:
    status, out, _ = run(capsys, flag)
    assert status == 0
    assert "minestats" in out
    if flag == "--help":
        for name in COMMANDS:
            assert name in out


def test_figures_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "figures")
    assert status == 0
    lines = out.splitlines()
    assert lines[2].split()[:4] == ["id", "stated", "as", "of"]
    ids = [line.split()[0] for line in lines[4:]]
    assert ids == [f.id for f in LETTER.figures]
    row = next(line for line in lines if line.startswith("minefield_area "))
    assert "about 11,258 km²" in row
    assert "p. 2, para. 6" in row


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_figures_formats(capsys: pytest.CaptureFixture[str], letter_file: Path, fmt: str) -> None:
    status, out, _ = run(capsys, "figures", str(letter_file), "--format", fmt)
    assert status == 0
    if fmt == "json":
        figures = json.loads(out)
        assert [minestats.Figure.model_validate(f) for f in figures] == list(LETTER.figures)
    elif fmt == "csv":
        assert len(out.splitlines()) == 1 + len(LETTER.figures)
        assert out.splitlines()[0].startswith("id,label,stated,value,unit")
    else:
        assert len([line for line in out.splitlines() if line.startswith("| ")]) == 2 + len(LETTER.figures)


@pytest.mark.parametrize(
    ("expression", "options", "expected"),
    [
        ("minefield_area - cleared_area", [], "9,599.28 km²"),
        ("minefield_area - cleared_area", ["--exact"], "9599.285 km²"),
        ("cleared_area / minefield_area", ["--digits", "3"], "14.7 %"),
        ("mines_neutralized + devices_neutralized", [], "159,370"),
        ("minefield_area / national_territory", [], "13 %"),
    ],
)
def test_compute(
    capsys: pytest.CaptureFixture[str], expression: str, options: list[str], expected: str
) -> None:
    status, out, _ = run(capsys, "compute", "un-24-23652", expression, *options)
    assert status == 0
    assert out == expected + "\n"


@pytest.mark.parametrize(
    ("expression", "needle"),
    [
        ("minefield_area +", "minestats compute:"),
        ("unknown_figure * 2", "no figure with id 'unknown_figure'"),
        ("minefield_area + mine_victims", "minestats compute:"),
        ("other_devices_planted * 2", "minestats compute:"),
    ],
)
def test_compute_errors_exit_2(capsys: pytest.CaptureFixture[str], expression: str, needle: str) -> None:
    status, out, err = run(capsys, "compute", "un-24-23652", expression)
    assert status == 2
    assert out == ""
    assert needle in err


def test_schema_is_json_schema_that_accepts_the_letter(capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema validates the schema")
    import yaml

    status, out, _ = run(capsys, "schema")
    assert status == 0
    schema = json.loads(out)
    validator = jsonschema.Draft202012Validator(schema)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert LETTER.source is not None
    validator.validate(yaml.safe_load(Path(LETTER.source).read_text(encoding="utf-8")))
    validator.validate(yaml.safe_load(minestats.dumps(LETTER)))
    assert not validator.is_valid({"minestats": 1, "id": "x", "title": "t", "figures": [], "extra": 1})


def test_a_new_command_plugs_in(capsys: pytest.CaptureFixture[str]) -> None:
    def arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("word")

    @command("echo-test", "repeat a word", arguments=arguments)
    def _echo(args: argparse.Namespace, out: TextIO) -> int:
        out.write(args.word + "\n")
        return 0

    try:
        assert run(capsys, "echo-test", "mines") == (0, "mines\n", "")
    finally:
        del COMMANDS["echo-test"]


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minestats"], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert result.returncode == 0
    assert "all as expected." in result.stdout


# --- audit and extract ------------------------------------------------------------------------------

SCREENED = (
    "The district reports about 2,000 hectares of suspected hazardous area. "
    "Some 500 hectares, or 25 per cent of it, have been released so far.\n\n"
    "Casualties reached 120, of whom 20 were killed and 100 were injured.\n"
)


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(SCREENED, encoding="utf-8")
    return path


def test_audit_reproduces_a_text_and_exits_0(capsys: pytest.CaptureFixture[str], text_file: Path) -> None:
    status, out, err = run(capsys, "audit", str(text_file))
    assert (status, err) == (0, "")
    assert "25 per cent" in out
    assert "25 per cent\u201d: consistent" in out
    assert "120" in out
    assert "consistent" in out


def test_audit_exits_1_when_a_percentage_is_not_reproduced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "wrong.txt"
    path.write_text(SCREENED.replace("25 per cent", "35 per cent"), encoding="utf-8")
    status, out, _ = run(capsys, "audit", str(path))
    assert status == 1
    assert "35 per cent\u201d: inconsistent" in out


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_audit_formats(capsys: pytest.CaptureFixture[str], text_file: Path, fmt: str) -> None:
    status, out, _ = run(capsys, "audit", str(text_file), "--format", fmt)
    assert status == 0
    if fmt == "json":
        assert json.loads(out)["document"] == "release"
    elif fmt == "csv":
        assert out.splitlines()[0].startswith("document,claim,kind,reading,status")
    else:
        assert out.startswith("## release")


def test_audit_of_a_missing_or_binary_file_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "audit", str(tmp_path / "absent.txt"))[0] == 2
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    status, _, err = run(capsys, "audit", str(binary))
    assert status == 2
    assert "binary" in err


@pytest.mark.parametrize("fmt", ["yaml", "toml"])
def test_extract_writes_a_data_file_that_loads(
    capsys: pytest.CaptureFixture[str], text_file: Path, tmp_path: Path, fmt: str
) -> None:
    status, out, _ = run(capsys, "extract", str(text_file), "--format", fmt)
    assert status == 0
    if fmt == "yaml":
        document = minestats.loads(out, name="draft.yaml")
        assert {f.stated for f in document.figures} >= {"2,000", "500", "25", "120", "20", "100"}
        assert minestats.check(document).as_expected
    else:
        import tomllib

        assert tomllib.loads(out)["id"] == "release"


def test_extract_mentions_as_csv(capsys: pytest.CaptureFixture[str], text_file: Path) -> None:
    status, out, _ = run(capsys, "extract", str(text_file), "--mentions")
    assert status == 0
    assert len(out.splitlines()) > 6


def test_audit_markdown_marks_what_is_not_as_expected_as_check_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "wrong.txt"
    path.write_text(SCREENED.replace("25 per cent", "35 per cent"), encoding="utf-8")
    status, table, _ = run(capsys, "audit", str(path), "--format", "table")
    assert status == run(capsys, "audit", str(path), "--format", "markdown")[0] == 1
    _, markdown, _ = run(capsys, "audit", str(path), "--format", "markdown")
    marked_text = [line.split()[0] for line in table.splitlines() if "(UNEXPECTED)" in line]
    marked_markdown = [
        "/".join(c.strip() for c in line.split("|")[1:3]) for line in markdown.splitlines() if "| **" in line
    ]
    assert marked_text
    assert marked_markdown == marked_text


def test_check_a_file_of_the_new_kinds_shows_each_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = (Path(__file__).parents[1] / "docs" / "data-format.md").read_text(encoding="utf-8")
    block = page.split("## Claim kinds", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "kinds.yaml"
    path.write_text(block, encoding="utf-8")
    report = minestats.check(minestats.load(path))
    status, out, _ = run(capsys, "check", str(path))
    assert status == 1  # relative to the later figure, the 12 % decrease does not hold
    rows = {tuple(line.split()[:3]) for line in out.splitlines()}
    for v in report:
        assert (v.claim, v.reading, v.status.value) in rows
    assert "casualties_fell/of_2023 in example-kinds: inconsistent, expected consistent" in out
    status, out, _ = run(capsys, "check", "--format", "json", str(path))
    kinds = {v["kind"] for document in json.loads(out) for v in document["verdicts"]}
    assert kinds == {"partition", "change", "multiple", "same"}
