"""TOML data files: what dumps_toml writes loads back equal, and hand-written TOML reads like YAML."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import minestats
from minestats._cli import main

SHARE = """\
minestats: 1
id: doc
title: Minimal
figures:
  - id: share
    label: Share
    value: 14.20
    unit: per cent
    locator: {quote: 14.20 per cent}
  - id: part
    label: Part
    value: 1,420
    unit: ha
    locator: {quote: "1,420 ha", page: 3}
  - id: whole
    label: Whole
    value: 100
    unit: km2
    as_of: 2024-09
    locator: {quote: 100 km2}
claims:
  - id: c
    kind: share
    label: Part of the whole
    stated: share
    readings:
      - id: r
        part: [part]
        whole: [whole]
"""


def _digits(document: minestats.Document) -> list[object]:
    return [None if f.value is None else f.value.as_tuple() for f in document.figures]


def test_the_letter_round_trips_digit_for_digit() -> None:
    letter = minestats.letter()
    text = minestats.dumps_toml(letter)
    assert text.startswith("minestats = 1\n")
    assert 'value = "165871.5"' in text
    again = minestats.loads(text, format="toml")
    assert again == letter
    assert _digits(again) == _digits(letter)


def test_trailing_zeros_are_kept() -> None:
    document = minestats.loads(SHARE)
    text = minestats.dumps_toml(document)
    assert 'value = "14.20"' in text
    again = minestats.loads(text, format="toml")
    assert str(again.figure("share").value) == "14.20"
    assert again == document


@pytest.mark.parametrize(
    "text",
    [
        'About 11,258 km² are "mined"; 14.7 per cent (1,658.7 km²) is cleared.',
        "Hundreds of families and 382 victims, of whom 70 died and 312 were injured.",
        "Backslash \\ and tab\there: 12 mines.",
        "Cleared land rose by 120 km², or 25%, to 600 km².",  # a change reading with `less`
    ],
)
def test_drafts_round_trip(text: str) -> None:
    document = minestats.draft(text)
    assert minestats.loads(minestats.dumps_toml(document), format="toml") == document
    assert minestats.loads(minestats.dumps(document)) == document


def test_a_reading_that_takes_figures_away_keeps_them_in_both_formats() -> None:
    document = minestats.draft("Cleared land rose by 120 km², or 25%, to 600 km².")
    (reading,) = next(c for c in document.claims if c.kind is minestats.ClaimKind.CHANGE).readings
    assert (reading.whole, reading.less) == (("km2_600",), ("km2_120",))
    assert "less = [" in minestats.dumps_toml(document)
    assert "less: [km2_120]" in minestats.dumps(document)


def test_unknown_value_is_left_out_with_a_comment_and_read_back_as_none() -> None:
    document = minestats.draft("Hundreds of families returned.")
    assert document.figures[0].value is None
    text = minestats.dumps_toml(document)
    assert "value" not in tomllib.loads(text)["figures"][0]
    assert "# no value" in text
    assert minestats.loads(text, format="toml").figures[0].value is None


def test_the_written_text_is_plain_toml() -> None:
    letter = minestats.letter()
    data = tomllib.loads(minestats.dumps_toml(letter))
    assert data["minestats"] == 1
    assert [f["id"] for f in data["figures"]] == [f.id for f in letter.figures]


@pytest.mark.parametrize(
    ("written", "digits"),
    [("14.20", "14.20"), ('"14.20"', "14.20"), ("14.2", "14.2"), ("14", "14"), ("1e1", "1E+1")],
)
def test_numbers_written_by_hand_keep_their_digits(written: str, digits: str) -> None:
    shown = {"1e1": "10"}.get(written, written.strip('"'))  # the quote states the value as printed
    text = minestats.dumps_toml(minestats.loads(SHARE)).replace('value = "14.20"', f"value = {written}")
    text = text.replace('quote = "14.20 per cent"', f'quote = "{shown} per cent"')
    assert f"value = {written}" in text
    value = minestats.loads(text, format="toml").figure("share").value
    assert str(value) == digits
    share = SHARE.replace("value: 14.20", f"value: {written}").replace("14.20 per cent", f"{shown} per cent")
    assert value == minestats.loads(share).figure("share").value


def test_a_toml_date_is_read_as_its_text() -> None:
    text = minestats.dumps_toml(minestats.loads(SHARE)).replace('as_of = "2024-09"', "as_of = 2024-09-30")
    assert "as_of = 2024-09-30" in text
    assert minestats.loads(text, format="toml").figure("whole").as_of == "2024-09-30"


@pytest.mark.parametrize("number", ["0x1F", "0o17", "0b101", "-0x1"])
def test_an_integer_in_another_base_is_refused_with_its_line(number: str) -> None:
    text = minestats.dumps_toml(minestats.loads(SHARE))
    text = text.replace("page = 3", f"page = {number}")
    line = text.splitlines().index(f"page = {number}") + 1
    with pytest.raises(minestats.DataError, match="decimal digits") as info:
        minestats.loads(text, name="hex.toml")
    assert (info.value.file, info.value.line) == ("hex.toml", line)


def test_a_base_prefix_inside_a_string_is_text() -> None:
    text = minestats.dumps_toml(minestats.loads(SHARE)).replace('label = "Part"', 'label = "Part 0x1F"')
    assert minestats.loads(text, format="toml").figure("part").label == "Part 0x1F"


@pytest.mark.parametrize(
    ("old", "new", "entry", "field", "header"),
    [
        ('value = "1420"', 'value = "-1420"', "part", "value", 2),
        ('value = "1420"', 'value = "1420"\ncolour = "red"', "part", "colour", 2),
        ('stated = "share"', 'stated = "nothing"', "c", "stated", 1),
        ('whole = [\n    "whole",', 'whole = [\n    "missing",', "c/r", "whole[0]", 1),
    ],
)
def test_errors_name_file_line_entry_and_field(
    tmp_path: Path, old: str, new: str, entry: str, field: str, header: int
) -> None:
    text = minestats.dumps_toml(minestats.loads(SHARE))
    assert old in text
    text = text.replace(old, new)
    lines = text.splitlines()
    table = "[[claims.readings]]" if "/" in entry else "[[claims]]" if entry == "c" else "[[figures]]"
    line = [i + 1 for i, text_line in enumerate(lines) if text_line == table][header - 1]
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(minestats.DataError) as info:
        minestats.load(path)
    err = info.value
    assert (err.file, err.line, err.entry, err.field) == (str(path), line, entry, field)
    assert str(err).startswith(f"{path}:{line}, entry {entry!r}, field {field!r}: ")


def test_entries_written_as_inline_tables_have_no_line_rather_than_a_wrong_one() -> None:
    text = (
        'minestats = 1\nid = "d"\ntitle = "T"\n'
        'figures = [{id = "a", label = "A", value = "-1", unit = "ha", locator = {quote = "q"}}]\n'
    )
    with pytest.raises(minestats.DataError) as info:
        minestats.loads(text, format="toml")
    assert (info.value.entry, info.value.field, info.value.line) == ("a", "value", None)


def test_lines_of_entries_are_known() -> None:
    text = minestats.dumps_toml(minestats.loads(SHARE))
    lines = text.splitlines()
    document = minestats.loads(text, format="toml")
    whole, reading = document.line_of("whole"), document.line_of("c/r")
    assert whole is not None
    assert reading is not None
    assert lines[whole - 1 :][:2] == ["[[figures]]", 'id = "whole"']
    assert lines[reading - 1 :][:2] == ["[[claims.readings]]", 'id = "r"']


def test_check_on_a_toml_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "letter.toml"
    path.write_text(minestats.dumps_toml(minestats.letter()), encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith(minestats.letter().title)


def test_check_on_a_bad_toml_file_exits_2_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.toml"
    path.write_text(minestats.dumps_toml(minestats.letter()) + "id = 3\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert f"{path}:" in capsys.readouterr().err
