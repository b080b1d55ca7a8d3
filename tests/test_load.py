"""The one loader: documents and series, YAML and TOML, read with the same limits, errors and lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import minestats
from minestats._load import MAX_BYTES, format_of

DOCUMENT_YAML = """\
minestats: 1
id: doc
title: Minimal
figures:
  - id: part
    label: Part
    value: "1,420"
    unit: ha
    locator: {quote: "1,420 ha"}
"""

DOCUMENT_TOML = """\
minestats = 1
id = "doc"
title = "Minimal"

[[figures]]
id = "part"
label = "Part"
value = "1,420"
unit = "ha"
locator = {quote = "1,420 ha"}
"""

SERIES_YAML = """\
minestats-series: 1
id: small
title: A small series
sources:
  - id: one
    publisher: Somebody
    url: https://example.org/one
    confirmed_by: stored copy
    observations:
      - {metric: cleared_area, as_of: 2024-01-31, value: "1,420", quote: "1,420 hectares"}
"""

SERIES_TOML = """\
minestats-series = 1
id = "small"
title = "A small series"

[[sources]]
id = "one"
publisher = "Somebody"
url = "https://example.org/one"
confirmed_by = "stored copy"

[[sources.observations]]
metric = "cleared_area"
as_of = 2024-01-31
value = "1,420"
quote = "1,420 hectares"
"""

#: (loads, load, text, entry of the first figure or observation) for each kind and format.
Kind = tuple[Callable[..., Any], Callable[..., Any], str, str]
KINDS: dict[str, Kind] = {
    "document-yaml": (minestats.loads, minestats.load, DOCUMENT_YAML, "part"),
    "document-toml": (minestats.loads, minestats.load, DOCUMENT_TOML, "part"),
    "series-yaml": (minestats.loads_series, minestats.load_series, SERIES_YAML, "one/observations[0]"),
    "series-toml": (minestats.loads_series, minestats.load_series, SERIES_TOML, "one/observations[0]"),
}
SUFFIX = {"yaml": ".yaml", "toml": ".toml"}


def _kind(name: str) -> tuple[Callable[..., Any], Callable[..., Any], str, str, str]:
    loads, load, text, entry = KINDS[name]
    return loads, load, text, entry, SUFFIX[name.split("-")[1]]


@pytest.mark.parametrize("name", KINDS)
def test_each_kind_loads_in_each_format(name: str, tmp_path: Path) -> None:
    loads, load, text, _, suffix = _kind(name)
    path = tmp_path / f"file{suffix}"
    path.write_text(text, encoding="utf-8")
    loaded = load(path)
    assert loaded == loads(text, name=path.name)
    assert loaded == loads(text, format=suffix[1:])
    yaml_twin = KINDS[name.replace("toml", "yaml")][2]
    assert loaded == loads(yaml_twin)  # TOML and YAML say the same thing


@pytest.mark.parametrize("name", KINDS)
def test_an_oversized_file_is_refused_with_the_same_error(name: str, tmp_path: Path) -> None:
    _, load, text, _, suffix = _kind(name)
    path = tmp_path / f"big{suffix}"
    path.write_text(text + "#" + "x" * MAX_BYTES + "\n", encoding="utf-8")
    with pytest.raises(minestats.DataError) as info:
        load(path)
    assert str(info.value) == f"{path}: the file is larger than 10 MiB"


@pytest.mark.parametrize("name", KINDS)
@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "the file is empty"),
        (b" \n\n", "the file is empty"),
        (b"\x00\x01id", "the file is binary (it holds NUL bytes), not a data file"),
        (b"id: caf\xe9\n", "the file is not UTF-8 text (byte 7 cannot be decoded)"),
    ],
)
def test_what_is_no_text_is_refused_with_the_same_error(name: str, raw: bytes, message: str) -> None:
    loads, _, _, _, suffix = _kind(name)
    with pytest.raises(minestats.DataError) as info:
        loads(raw, name=f"x{suffix}")
    assert str(info.value) == f"x{suffix}: {message}"


@pytest.mark.parametrize("name", KINDS)
def test_a_byte_order_mark_is_accepted(name: str) -> None:
    loads, _, text, _, suffix = _kind(name)
    assert loads(b"\xef\xbb\xbf" + text.encode(), name=f"x{suffix}") == loads(text, name=f"x{suffix}")


@pytest.mark.parametrize("name", KINDS)
@pytest.mark.parametrize(
    ("yaml_old", "toml_old", "new_value", "field", "message"),
    [
        ('value: "1,420"', 'value = "1,420"', "-1,420", "value", "cannot be negative"),
        ('value: "1,420"', 'value = "1,420"', "many", "value", "a number such as"),
        ("quote: ", "quote = ", None, "quote", "this field is required"),
    ],
)
def test_a_bad_entry_gets_an_error_of_the_same_shape(
    name: str, yaml_old: str, toml_old: str, new_value: str | None, field: str, message: str
) -> None:
    loads, _, text, entry, suffix = _kind(name)
    old = toml_old if suffix == ".toml" else yaml_old
    if new_value is None:  # leave the field out
        if suffix == ".toml":
            bad = text.replace(', quote = "1,420 ha"', "").replace('quote = "1,420 hectares"\n', "")
            bad = bad.replace('locator = {quote = "1,420 ha"}', "locator = {}")
        else:
            bad = text.replace('locator: {quote: "1,420 ha"}', "locator: {}")
            bad = bad.replace(', quote: "1,420 hectares"', "")
    else:
        bad = text.replace(old, old.replace("1,420", new_value))
    assert bad != text
    with pytest.raises(minestats.DataError) as info:
        loads(bad, name=f"bad{suffix}")
    err = info.value
    starts = ("- id: part", "[[figures]]", "- {metric", "[[sources.observations]]")
    line = next(i + 1 for i, t in enumerate(text.splitlines()) if t.strip().startswith(starts))
    if field == "quote" and name.startswith("document"):
        field = "locator.quote"
    assert (err.file, err.line, err.entry, err.field) == (f"bad{suffix}", line, entry, field)
    assert len(err.problems) == 1
    assert str(err).startswith(f"bad{suffix}:{line}, entry {entry!r}, field {field!r}: ")
    assert message in str(err)


@pytest.mark.parametrize("name", KINDS)
def test_a_field_that_is_not_in_the_format_is_named(name: str) -> None:
    loads, _, text, _, suffix = _kind(name)
    bad = text.replace("title", "titel")
    with pytest.raises(minestats.DataError) as info:
        loads(bad, name=f"bad{suffix}")
    problems = {(p.entry, p.field, p.message) for p in info.value.problems}
    what = "series" if name.startswith("series") else "data"
    assert (None, "titel", f"this field is not part of the {what} format (a typo?)") in problems
    assert (None, "title", "this field is required") in problems


@pytest.mark.parametrize("name", KINDS)
def test_an_unknown_version_is_refused(name: str) -> None:
    loads, _, text, _, suffix = _kind(name)
    key = text.split("\n")[0].split()[0].rstrip(":")
    bad = text.replace(text.split("\n")[0], text.split("\n")[0].replace("1", "2"))
    with pytest.raises(minestats.DataError) as info:
        loads(bad, name=f"bad{suffix}")
    what = "series" if name.startswith("series") else "data"
    assert str(info.value) == (
        f"bad{suffix}, field {key!r}: unsupported {what} format version (expected 1; found 2)"
    )


@pytest.mark.parametrize(("name", "text"), [("x.yaml", "- a\n- b\n"), ("x.toml", 'a = "b"\n')])
def test_a_series_file_must_be_a_mapping_with_a_version(name: str, text: str) -> None:
    with pytest.raises(minestats.DataError, match=r"version|mapping"):
        minestats.loads_series(text, name=name)


@pytest.mark.parametrize(
    ("text", "line"),
    [("a = [1,\n", None), ('a = "b"\na = "c"\n', 2), ('id = "x"\n[[figures]\n', 2)],
)
def test_invalid_toml_is_named_with_its_line(text: str, line: int | None) -> None:
    with pytest.raises(minestats.DataError, match="not valid TOML") as info:
        minestats.loads(text, name="x.toml")
    assert (info.value.file, info.value.line) == ("x.toml", line)


@pytest.mark.parametrize(
    ("name", "given", "expected"),
    [
        ("a.toml", None, "toml"),
        ("A.TOML", None, "toml"),
        ("a.yaml", None, "yaml"),
        ("a.yml", None, "yaml"),
        ("a.json", None, "yaml"),
        ("<string>", None, "yaml"),
        ("a.yaml", "toml", "toml"),
        ("a.toml", "yaml", "yaml"),
    ],
)
def test_the_format_is_given_or_told_by_the_suffix(name: str, given: str | None, expected: str) -> None:
    assert format_of(name, given) == expected


def test_an_unknown_format_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="'yaml', 'toml'"):
        minestats.loads(DOCUMENT_YAML, format="json")


def test_a_format_overrides_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(DOCUMENT_TOML, encoding="utf-8")
    with pytest.raises(minestats.DataError, match="holds a mapping"):
        minestats.load(path)
    assert minestats.load(path, format="toml") == minestats.loads(DOCUMENT_YAML)
