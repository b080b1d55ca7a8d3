"""Data files: reading, writing back, and refusing what is not a data file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import minestats
from minestats import DataError

MINIMAL = """\
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
    locator: {quote: "1,420 ha"}
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
    part: [part]
    whole: [whole]
"""


def test_unquoted_numbers_keep_their_digits() -> None:
    doc = minestats.loads(MINIMAL)
    assert str(doc.figure("share").value) == "14.20"
    assert doc.figure("whole").as_of == "2024-09"


def test_round_trip_through_a_file_keeps_figures_and_claims(tmp_path: Path) -> None:
    doc = minestats.loads(MINIMAL)
    path = tmp_path / "doc.yaml"
    minestats.dump(doc, path)
    again = minestats.load(path)
    assert again == doc
    assert again.figures == doc.figures
    assert again.claims == doc.claims
    assert str(again.figure("share").value) == "14.20"
    assert again.source == str(path)


@pytest.mark.parametrize(("suffix", "write"), [(".yaml", minestats.dumps), (".toml", minestats.dumps_toml)])
def test_a_file_is_read_by_its_suffix(
    tmp_path: Path, suffix: str, write: Callable[[minestats.Document], str]
) -> None:
    doc = minestats.loads(MINIMAL)
    path = tmp_path / f"doc{suffix}"
    path.write_text(write(doc), encoding="utf-8")
    again = minestats.load(path)
    assert again == doc
    assert again.source == str(path)
    assert str(again.figure("share").value) == "14.20"
    line = again.line_of("part")
    assert line is not None
    assert path.read_text(encoding="utf-8").splitlines()[line - 1].endswith(("[[figures]]", "- id: part"))


def test_the_letter_round_trips_digit_for_digit() -> None:
    letter = minestats.letter()
    again = minestats.loads(minestats.dumps(letter))
    assert again == letter
    assert [f.value.as_tuple() if f.value is not None else None for f in again.figures] == [
        f.value.as_tuple() if f.value is not None else None for f in letter.figures
    ]
    assert "value: 1.5 million" in minestats.dumps(letter)


def test_bundled_documents_are_read_through_importlib_resources() -> None:
    docs = minestats.documents()
    assert "un-24-23652" in docs
    assert minestats.letter() is docs["un-24-23652"]
    source = minestats.letter().source
    assert source is not None
    assert minestats.load(source) == minestats.letter()


def test_lines_of_entries_are_known() -> None:
    doc = minestats.loads(MINIMAL)
    assert doc.line_of("share") == 5
    assert doc.line_of("c") == 22
    assert doc.line_of("nothing") is None


def test_error_gives_file_line_entry_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(MINIMAL.replace("value: 1,420", "value: -1,420"), encoding="utf-8")
    with pytest.raises(DataError) as info:
        minestats.load(path)
    err = info.value
    assert (err.file, err.line, err.entry, err.field) == (str(path), 10, "part", "value")
    assert str(err).startswith(
        f"{path}:10, entry 'part', field 'value': a stated quantity cannot be negative"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ("- a\n- b\n", "mapping"),
        ("just text", "mapping"),
        ("id: [unclosed", "not valid YAML"),
        ("!!python/object:os.system {}", "not valid YAML"),
        ("a: !!python/name:os.system\n", "not valid YAML"),
        ("id: a\nid: b\n", "given again on line 2"),
        ("minestats: 2\nid: doc\n", "version"),
        ("[" * 5000, "nested too deeply|not valid YAML"),
    ],
)
def test_not_a_data_file(text: str, message: str) -> None:
    with pytest.raises(DataError, match=message):
        minestats.loads(text, name="x.yaml")


def test_binary_and_non_utf8_files_are_refused() -> None:
    with pytest.raises(DataError, match="binary"):
        minestats.loads(b"\x00\x01id: x")
    with pytest.raises(DataError, match="UTF-8"):
        minestats.loads(b"id: caf\xe9\n")


def test_a_byte_order_mark_is_accepted() -> None:
    doc = minestats.loads(b"\xef\xbb\xbf" + MINIMAL.encode())
    assert doc.id == "doc"


def test_booleans_other_than_true_false_stay_text() -> None:
    doc = minestats.loads(MINIMAL.replace("title: Minimal", "title: no"))
    assert doc.title == "no"


def test_missing_file_is_a_file_not_found_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        minestats.load(tmp_path / "absent.yaml")


@pytest.mark.parametrize("reader", [minestats.load, minestats.load_series], ids=["load", "load_series"])
def test_a_folder_is_a_folder_error_that_says_what_reads_folders(
    tmp_path: Path, reader: Callable[..., object]
) -> None:
    (tmp_path / "doc.yaml").write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(minestats.FolderError) as caught:
        reader(tmp_path)
    assert isinstance(caught.value, IsADirectoryError)
    assert caught.value.filename == str(tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path}: is a folder")
    assert "minestats.check_all(folder)" in message
    # what the message recommends does read the folder
    assert len(minestats.check_all([tmp_path]).reports) == 1
