"""Property-based tests of data files: nothing lost on a round trip, and bad files meet a DataError.

Valid documents are generated as the plain data a person would write (every
number as the text they typed), written as YAML with numbers unquoted, loaded,
written back with :func:`minestats.dumps` and loaded again. Malformed files
are made by breaking one thing in a valid document, or are arbitrary bytes;
each must raise :class:`minestats.DataError` and nothing else.

The number of examples comes from the hypothesis profile (tests/conftest.py,
docs/testing.md).
"""

from __future__ import annotations

import copy
import json
import sys
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
import tomli_w
import yaml
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

import minestats
from minestats import DataError, Document, Status
from minestats._numbers import written_forms

# --- writing YAML the way a person does: numbers unquoted ------------------------------------------


class _HandDumper(yaml.SafeDumper):
    """Writes every string unquoted unless YAML needs quotes, as a person would.

    Only null and true/false are resolved implicitly, like minestats' own
    loader, so ``14.20`` is written bare and must come back as ``"14.20"``.
    """


_HandDumper.yaml_implicit_resolvers = {}  # its own, emptied (the stubs declare it per instance)
for _start, _resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items():
    for _tag, _regexp in _resolvers:
        if _tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"):
            _HandDumper.add_implicit_resolver(_tag, _regexp, [_start])


def write(data: Any, *, bare: bool = True) -> str:
    if bare:  # whole numbers as text too, or the dumper would tag them !!int
        return yaml.dump(_ints_as_text(data), Dumper=_HandDumper, sort_keys=False, allow_unicode=True)
    return yaml.dump(data, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True)


def _ints_as_text(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _ints_as_text(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_ints_as_text(value) for value in data]
    if isinstance(data, int) and not isinstance(data, bool):
        return str(data)
    return data


# --- strategies for valid documents --------------------------------------------------------------

UNIT_SPELLINGS: dict[str, tuple[str, ...]] = {
    "km²": ("km²", "km2", "square kilometres", "sq km"),
    "ha": ("ha", "hectares", "hectare"),
    "m²": ("m²", "m2", "square metres"),
    "percent": ("percent", "%", "per cent"),
    "count": ("count",),
    "year": ("year", "years"),
    "month": ("month", "months"),
}
DIMENSION = {"km²": "area", "ha": "area", "m²": "area", "percent": "ratio", "count": "count"}
DIMENSION |= {"year": "time", "month": "time"}

ids = st.from_regex(r"[a-z][a-z0-9_]{0,12}(-[a-z0-9_]{1,4})?", fullmatch=True)
# Figure ids hold no "-", which expressions read as minus.
figure_id = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
# Text a person might put in a label or quote: any printable character but
# surrogates (which no UTF-8 file can hold).
words = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(" \t"), min_size=1, max_size=40
).filter(lambda s: s.strip() != "")
digits = st.text("0123456789", min_size=1, max_size=30)


@st.composite
def stated_numbers(draw: st.DrawFn, *, whole: bool = False, at_most_100: bool = False) -> tuple[str, Decimal]:
    """A number as a person writes it, and the exact Decimal it must become (digits kept)."""
    if at_most_100:
        below_100 = draw(st.integers(0, 99))
        fraction = draw(st.text("0123456789", max_size=6))
        text = f"{below_100}.{fraction}" if fraction else str(below_100)
        if draw(st.booleans()) and not fraction:
            text, fraction = "100", ""
        return text, Decimal(text)
    style = draw(st.sampled_from(["plain", "grouped", "multiplier", "scientific"]))
    lead = draw(st.integers(1, 9))
    body = draw(st.text("0123456789", max_size=40))
    integer = str(lead) + body
    fraction = "" if whole else draw(st.text("0123456789", max_size=8))
    if style == "plain":
        text = integer + (f".{fraction}" if fraction else "")
        return text, Decimal(integer + (f".{fraction}" if fraction else ""))
    if style == "grouped":
        grouped = f"{int(integer):,}" if len(integer) < 4000 else integer
        text = grouped + (f".{fraction}" if fraction else "")
        return text, Decimal(integer + (f".{fraction}" if fraction else ""))
    if style == "multiplier":
        word, power = draw(st.sampled_from([("thousand", 3), ("million", 6), ("billion", 9)]))
        head = str(draw(st.integers(1, 999)))
        tail = draw(st.text("0123456789", max_size=min(power, 3) if whole else 6))
        number = head + (f".{tail}" if tail else "")
        expected = Decimal(f"{head}{tail}E{power - len(tail)}")
        return f"{number} {word}", expected
    exponent = draw(st.integers(0 if whole else -300, 999))
    tail = draw(st.text("0123456789", max_size=max(0, min(exponent, 12)) if whole else 12))
    mantissa = str(lead) + (f".{tail}" if tail else "")
    sign = draw(st.sampled_from(["E", "e", "E+"])) if exponent >= 0 else "E"
    text = f"{mantissa}{sign}{exponent}"
    return text, Decimal(f"{lead}{tail}E{exponent - len(tail)}")


@st.composite
def partial_dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    return draw(st.sampled_from([f"{day:%Y}", f"{day:%Y-%m}", f"{day:%Y-%m-%d}"]))


@st.composite
def figures(draw: st.DrawFn, ident: str) -> tuple[dict[str, Any], Decimal | None]:
    unit = draw(st.sampled_from(list(UNIT_SPELLINGS)))
    data: dict[str, Any] = {"id": ident, "label": draw(words)}
    expected: Decimal | None
    if draw(st.integers(0, 9)) == 0:
        data["value"] = None
        expected = None
    else:
        data["value"], expected = draw(stated_numbers(whole=unit == "count", at_most_100=unit == "percent"))
    data["unit"] = draw(st.sampled_from(UNIT_SPELLINGS[unit]))
    if unit == "count":
        data["entity"] = draw(words)
    if draw(st.booleans()):
        data["qualifier"] = draw(st.sampled_from(list(minestats.QUALIFIERS)))
    if draw(st.booleans()):
        data["as_of"] = draw(partial_dates())
    locator: dict[str, Any] = {"quote": draw(words)}
    if expected is not None:  # a quote that has digits states its figure's value, as written
        form = draw(st.sampled_from(written_forms(expected)))
        locator["quote"] = f"{locator['quote'][:40]} {form}" if len(form) < 200 else "the figure"
    if draw(st.booleans()):
        locator["page"] = draw(st.integers(1, 9999))
    if draw(st.booleans()):
        locator["paragraph"] = draw(st.integers(1, 999))
    data["locator"] = locator
    if draw(st.booleans()):
        data["note"] = draw(words)
    return data, expected


@st.composite
def claims(draw: st.DrawFn, ident: str, figs: list[dict[str, Any]]) -> dict[str, Any] | None:
    units = {f["id"]: DIMENSION[_canonical(f["unit"])] for f in figs}
    kind = draw(st.sampled_from(["share", "sum", "subset", "bound"]))
    by_dimension: dict[str, list[str]] = {}
    for fid, dimension in units.items():
        by_dimension.setdefault(dimension, []).append(fid)
    claim: dict[str, Any] = {"id": ident, "kind": kind, "label": draw(words)}
    if kind == "share":
        percents = by_dimension.get("ratio", [])
        dims = [d for d, members in by_dimension.items() if members]
        if not percents:
            return None
        claim["stated"] = draw(st.sampled_from(percents))
        dimension = draw(st.sampled_from(dims))
    elif kind == "sum":
        dimension = draw(st.sampled_from(sorted(by_dimension)))
        claim["stated"] = draw(st.sampled_from(by_dimension[dimension]))
    else:
        dimension = draw(st.sampled_from(sorted(by_dimension)))
    pool = by_dimension[dimension]
    count = draw(st.integers(1, 3))
    readings = []
    for index in range(count):
        reading: dict[str, Any] = {
            "id": f"r{index}",
            "part": draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3)),
        }
        if kind != "sum":
            reading["whole"] = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3))
        if draw(st.booleans()):
            reading["expect"] = draw(st.sampled_from([s.value for s in Status]))
        readings.append(reading)
    if count == 1 and draw(st.booleans()):
        claim.update({k: v for k, v in readings[0].items() if k != "id"})
    else:
        claim["readings"] = readings
    return claim


def _canonical(unit: str) -> str:
    return next(name for name, spellings in UNIT_SPELLINGS.items() if unit in spellings)


@st.composite
def documents(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Decimal | None]]:
    """A valid document as plain data, and the exact value each figure must load as."""
    figure_ids = draw(st.lists(figure_id, min_size=1, max_size=8, unique=True))
    figs = []
    expected: dict[str, Decimal | None] = {}
    for ident in figure_ids:
        data, value = draw(figures(ident))
        figs.append(data)
        expected[ident] = value
    doc: dict[str, Any] = {"minestats": 1, "id": draw(ids), "title": draw(words)}
    if draw(st.booleans()):
        doc["symbol"] = draw(words)
    if draw(st.booleans()):
        doc["date"] = draw(partial_dates())
    doc["figures"] = figs
    claim_list = []
    for ident in draw(st.lists(ids, max_size=5, unique=True)):
        claim = draw(claims(ident, figs))
        if claim is not None:
            claim_list.append(claim)
    if claim_list:
        doc["claims"] = claim_list
    return doc, expected


def digits_of(document: Document) -> dict[str, tuple[Any, ...] | None]:
    """Each figure's value as (sign, digits, exponent): equal only when every digit is."""
    return {f.id: None if f.value is None else tuple(f.value.as_tuple()) for f in document.figures}


# --- round trips ------------------------------------------------------------------------------


@given(documents(), st.booleans())
def test_load_write_load_keeps_every_figure_and_claim(case: Any, bare: bool) -> None:
    data, expected = case
    text = write(data, bare=bare)
    note(text)
    first = minestats.loads(text, name="generated.yaml")
    for ident, value in expected.items():
        got = first.figure(ident).value
        if value is None:
            assert got is None
        else:
            assert got is not None
            assert got.as_tuple() == value.as_tuple(), (ident, got, value)
    written = minestats.dumps(first)
    second = minestats.loads(written, name="written.yaml")
    assert digits_of(second) == digits_of(first)
    assert second.model_dump(mode="json") == first.model_dump(mode="json")
    assert second.figures == first.figures
    assert second.claims == first.claims
    assert minestats.dumps(second) == written


@given(documents())
def test_round_trip_through_a_file(tmp_path_factory: pytest.TempPathFactory, case: Any) -> None:
    data, _ = case
    path = tmp_path_factory.mktemp("roundtrip") / "doc.yaml"
    path.write_text(write(data), encoding="utf-8")
    first = minestats.load(path)
    minestats.dump(first, path)
    second = minestats.load(path)
    assert digits_of(second) == digits_of(first)
    assert second.model_dump(mode="json") == first.model_dump(mode="json")


@given(documents())
def test_every_valid_document_gets_a_verdict_for_every_reading(case: Any) -> None:
    data, _ = case
    document = minestats.loads(write(data))
    report = minestats.check(document)
    assert len(report) == sum(len(c.readings) for c in document.claims)
    for verdict in report:
        assert verdict.status in set(Status)
        assert verdict.reason
    assert report.to_text()
    assert len(report.to_frame()) == len(report)
    report.implied_frame()
    assert len(document.to_frame()) == len(document.figures)
    for figure in document.figures:
        assert figure.text


def test_the_letter_round_trips_digit_for_digit() -> None:
    letter = minestats.letter()
    again = minestats.loads(minestats.dumps(letter))
    assert digits_of(again) == digits_of(letter)
    assert again == letter


# --- malformed documents ----------------------------------------------------------------------


def _first(doc: dict[str, Any]) -> dict[str, Any]:
    figure: dict[str, Any] = doc["figures"][0]
    return figure


NOT_FINITE = ["NaN", "nan", ".nan", "inf", "-inf", ".inf", "Infinity", "sNaN", "-0"]
OTHER_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९１２３"
NOT_NUMBERS = ["1.2.3", "1,2", "1,23,456", ".5", "5.", "1e", "0x1F", "1_000", "½", "1 000", "14.20 %", ""]


Ex = TypeVar("Ex")


class Draw(Protocol):
    """What a mutation draws with: ``data.draw`` (hypothesis types it apart from a composite's draw)."""

    def __call__(self, strategy: st.SearchStrategy[Ex], label: Any = None) -> Ex: ...


def _mutations() -> dict[str, Callable[[dict[str, Any], Draw], tuple[str | None, str | None]]]:
    """Each breaks one thing and returns the (entry, field) the error must name."""

    def set_value(text: Any) -> Callable[[dict[str, Any], Draw], tuple[str | None, str | None]]:
        def mutate(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
            figure = _first(doc)
            figure["value"] = text if not callable(text) else text(draw)
            return figure["id"], "value"

        return mutate

    def drop(field: str) -> Callable[[dict[str, Any], Draw], tuple[str | None, str | None]]:
        def mutate(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
            figure = _first(doc)
            del figure[field]
            return figure["id"], field

        return mutate

    def wrong_type(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
        figure = _first(doc)
        field = draw(st.sampled_from(["label", "unit", "locator", "id"]))
        figure[field] = draw(
            st.sampled_from([["a", "list"], {"a": "mapping"}, True, None, [], {}, [[["nested"]]]])
        )
        return (figure["id"] if field != "id" else "figures[0]"), field

    def unknown_unit(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
        figure = _first(doc)
        figure["unit"] = draw(st.sampled_from(["roods", "km³", "furlongs", "kg", "%%", "square leagues"]))
        return figure["id"], "unit"

    def share_above_100(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
        figure = _first(doc)
        figure["unit"] = "percent"
        figure.pop("entity", None)
        figure["value"] = f"{draw(st.integers(101, 10**9))}.{draw(st.integers(0, 99))}"
        # a percentage over 100 is a figure (a change, a multiple); as a share's stated value it is refused
        figure["locator"] = {**figure["locator"], "quote": figure["value"]}
        doc["claims"] = [
            {"id": "broken", "kind": "share", "label": "x", "stated": figure["id"], "part": [figure["id"]],
             "whole": [figure["id"]]}
        ]  # fmt: skip
        return figure["id"], "value"

    def duplicate_id(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
        figure = _first(doc)
        doc["figures"].append(copy.deepcopy(figure))
        return figure["id"], "id"

    def dangling(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
        doc["claims"] = [
            {
                "id": "broken",
                "kind": "subset",
                "label": "x",
                "part": [_first(doc)["id"]],
                "whole": ["nowhere"],
            }
        ]
        return "broken/as_stated", "whole[0]"

    def extra_field(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
        figure = _first(doc)
        name = draw(st.sampled_from(["valeu", "units", "qualifer", "source"]))
        figure[name] = "x"
        return figure["id"], name

    def bad_qualifier(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
        figure = _first(doc)
        figure["qualifier"] = draw(st.sampled_from(["perhaps", "exactly", "circa", "≈"]))
        return figure["id"], "qualifier"

    def bad_date(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
        figure = _first(doc)
        figure["as_of"] = draw(
            st.sampled_from(["2024-13", "2024-02-30", "2023-02-29", "24", "2024/01", "2024-1-1", "0000-00"])
        )
        return figure["id"], "as_of"

    def bad_page(doc: dict[str, Any], draw: Draw) -> tuple[str | None, str | None]:
        figure = _first(doc)
        figure["locator"]["page"] = draw(st.sampled_from(["0", "-1", "one", "1.5", "٣", True, "1e3"]))
        return figure["id"], "locator.page"

    return {
        "wrong type": wrong_type,
        "missing label": drop("label"),
        "missing unit": drop("unit"),
        "missing locator": drop("locator"),
        "missing value": drop("value"),
        "unknown unit": unknown_unit,
        "negative value": set_value(lambda draw: "-" + draw(digits)),
        "share above 100": share_above_100,
        "duplicate id": duplicate_id,
        "dangling reference": dangling,
        "huge exponent": set_value(lambda draw: f"1E{draw(st.integers(1000, 10**6))}"),
        "NaN or infinity": set_value(lambda draw: draw(st.sampled_from(NOT_FINITE))),
        "non-ASCII digits": set_value(
            lambda draw: draw(st.text(st.sampled_from(OTHER_DIGITS), min_size=1, max_size=6))
        ),
        "European decimal comma": set_value(
            lambda draw: f"{draw(st.integers(1, 999))}.{draw(st.integers(100, 999))},{draw(digits)}"
        ),
        "float-looking junk": set_value(lambda draw: draw(st.sampled_from(NOT_NUMBERS))),
        "extra field": extra_field,
        "bad qualifier": bad_qualifier,
        "bad date": bad_date,
        "bad page": bad_page,
    }


MUTATIONS = _mutations()


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
@given(data=st.data())
def test_each_broken_field_raises_a_data_error_naming_entry_and_field(
    mutation: str, data: st.DataObject
) -> None:
    document, _ = data.draw(documents(), label="document")
    entry, field = MUTATIONS[mutation](document, data.draw)
    text = write(document, bare=data.draw(st.booleans(), label="bare"))
    note(text)
    with pytest.raises(DataError) as info:
        minestats.loads(text, name="broken.yaml")
    error = info.value
    assert error.file == "broken.yaml"
    assert str(error).startswith(("broken.yaml", f"{len(error.problems)} problems"))
    located = [(p.entry, p.field) for p in error.problems]
    assert any(
        p.entry == entry and p.field is not None and field is not None and p.field.startswith(field)
        for p in error.problems
    ), located
    assert all(p.line is not None for p in error.problems if p.entry is not None), located


# --- arbitrary and hostile bytes ------------------------------------------------------------------


@contextmanager
def no_file_opened_but(allowed: Path | None = None) -> Iterator[list[str]]:
    """Record every file opened while the block runs (through an audit hook)."""
    opened: list[str] = []
    _HOOK_STATE["log"] = opened
    try:
        yield opened
    finally:
        _HOOK_STATE["log"] = None
    strange = [
        p for p in opened if (allowed is None or Path(p) != allowed) and not p.endswith((".py", ".pyc"))
    ]
    assert not strange, strange


_HOOK_STATE: dict[str, list[str] | None] = {"log": None}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    log = _HOOK_STATE["log"]
    if log is not None and event == "open" and isinstance(args[0], str | bytes | Path):
        log.append(str(args[0]))


sys.addaudithook(_audit)


def load_or_error(raw: str | bytes, name: str) -> Document | DataError:
    """The document, or the DataError; any other exception fails the test."""
    try:
        return minestats.loads(raw, name=name)
    except DataError as error:
        return error


def _valid_text() -> str:
    return minestats.dumps(minestats.letter())


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_load_or_raise_a_data_error(raw: bytes) -> None:
    outcome = load_or_error(raw, "junk")
    assert isinstance(outcome, Document) or (outcome.file == "junk" and str(outcome))


@given(st.text(max_size=2000))
def test_arbitrary_text_loads_or_raises_a_data_error(text: str) -> None:
    outcome = load_or_error(text, "junk")
    assert isinstance(outcome, Document) or (outcome.file == "junk" and str(outcome))


@given(st.data())
def test_a_valid_file_cut_or_corrupted_anywhere_loads_or_raises_a_data_error(data: st.DataObject) -> None:
    raw = bytearray(_valid_text().encode("utf-8"))
    action = data.draw(st.sampled_from(["cut", "flip", "insert"]))
    at = data.draw(st.integers(0, len(raw) - 1))
    if action == "cut":
        raw = raw[:at]
    elif action == "flip":
        raw[at] = data.draw(st.integers(0, 255))
    else:
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    outcome = load_or_error(bytes(raw), "damaged")
    assert isinstance(outcome, Document) or (outcome.file == "damaged" and str(outcome))


junk = st.recursive(
    st.none() | st.booleans() | st.text(max_size=10) | st.integers() | st.floats(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=60,
)


@given(junk)
def test_nested_junk_raises_a_data_error(value: Any) -> None:
    text = yaml.safe_dump(value)
    with pytest.raises(DataError):
        minestats.loads(text, name="junk")


@given(junk)
def test_nested_junk_in_place_of_a_field_raises_a_data_error(value: Any) -> None:
    data = minestats.letter().model_dump(mode="json")
    data["figures"][0]["locator"] = value
    with pytest.raises(DataError) as info:
        minestats.loads(yaml.safe_dump(data, allow_unicode=True), name="junk")
    assert info.value.problems[0].entry == data["figures"][0]["id"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("empty", ""),
        ("blank", " \n\t\n"),
        ("only a comment", "# nothing here\n"),
        ("a scalar", "just text"),
        ("a list", "- id: x\n"),
        ("NUL bytes", "id: x\x00\n"),
        ("two documents", "id: a\ntitle: A\n---\nid: b\n"),
        ("an unclosed flow", "id: [a, b\n"),
        ("a tab indent", "id: x\n\ttitle: y\n"),
        ("a duplicate key", "id: a\nid: b\ntitle: T\nfigures: []\n"),
        ("a key that is a list", "? [a, b]\n: c\n"),
        ("a future version", "minestats: 2\nid: a\ntitle: T\nfigures: []\n"),
        ("no figures", "minestats: 1\nid: a\ntitle: T\nfigures: []\n"),
        ("an undefined alias", "id: *nothing\n"),
        ("a deep flow", "figures: " + "[" * 5000 + "]" * 5000),
        ("a deep block", "".join("  " * i + "- \n" for i in range(3000))),
        ("deep but parseable", "minestats: 1\nid: t\ntitle: T\nfigures: " + "[" * 990 + "]" * 990),
        ("a python object tag", "!!python/object/apply:os.system ['echo pwned']\n"),
        ("a python name tag", "id: !!python/name:os.system\n"),
        ("a python module tag", "id: !!python/module:os\n"),
        ("an unknown local tag", "id: !include /etc/passwd\n"),
    ],
)
def test_files_that_are_no_data_file_raise_a_data_error(name: str, text: str) -> None:
    with no_file_opened_but(None), pytest.raises(DataError) as info:
        minestats.loads(text, name=name)
    assert info.value.file == name


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff\xfe\x00i\x00d",  # UTF-16 with its byte-order mark
        b"\xfe\xff\x00i\x00d",
        b"id: \xc3\x28\n",  # invalid UTF-8
        b"\x89PNG\r\n\x1a\n\x00\x00",
        bytes(range(256)),
        b"\x1b[31m red \x1b[0m",
    ],
)
def test_binary_files_raise_a_data_error(raw: bytes) -> None:
    with pytest.raises(DataError):
        minestats.loads(raw, name="binary")


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    text = _valid_text()
    assert minestats.loads(b"\xef\xbb\xbf" + text.encode("utf-8")) == minestats.loads(text)


def test_an_oversized_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * (11 * 2**20))
    with pytest.raises(DataError, match="larger than"):
        minestats.load(path)


def test_loading_opens_only_the_given_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(_valid_text() + "# see other.yaml\n", encoding="utf-8")
    (tmp_path / "other.yaml").write_text("id: other\n", encoding="utf-8")
    with no_file_opened_but(path) as opened:
        document = minestats.load(path)
    assert str(path) in opened
    assert document.id == minestats.letter().id


def test_a_python_tag_executes_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    text = f"!!python/object/apply:os.system ['touch {marker}']\n"
    with pytest.raises(DataError):
        minestats.loads(text)
    assert not marker.exists()


# --- the pytest plugin collects exactly what minestats.load reads -----------------------------------

KEYS = {
    "plain": "minestats",
    "double": '"minestats"',
    "single": "'minestats'",
    "escaped": '"minest\\x61ts"',
    "unicode": '"minest\\u0061ts"',
}


def _without_none(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_none(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [_without_none(v) for v in data]
    return data


@st.composite
def data_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file that declares the format, in any form the loader reads, valid or not: name and bytes."""
    doc, _ = draw(documents())
    doc = dict(doc)
    del doc["minestats"]
    breakage = draw(st.sampled_from(["none", "none", "version", "negative", "unknown field", "no title"]))
    version = "2" if breakage == "version" else "1"
    if breakage == "negative":
        doc["figures"][0]["value"] = "-1"
    elif breakage == "unknown field":
        doc["colour"] = "red"
    elif breakage == "no title":
        del doc["title"]
    form = draw(st.sampled_from(["yaml", "json", "toml"]))
    last = form != "toml" and draw(st.booleans())  # in TOML, a key after a table is in that table
    if form == "toml":
        key = draw(st.sampled_from(["minestats", '"minestats"', '"minest\\u0061ts"']))
        body = tomli_w.dumps(_without_none(doc))
        head = f"{key} = {version}\n"
        text = body + "\n" + head if last else head + body
        declaration = head
    else:
        key = KEYS[draw(st.sampled_from(["plain", "double", "unicode"] if form == "json" else list(KEYS)))]
        if form == "json":
            body = json.dumps(doc, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 1])))
            pair = f"{key}: {version}"
            inner = body[1:-1].strip()
            text = "{" + (f"{inner}, {pair}" if last else f"{pair}, {inner}") + "}"
            declaration = "{" + pair
        else:
            body = write(doc)
            head = f"{key}: {version}\n"
            text = body + head if last else head + body
            declaration = head
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    raw = text.replace("\n", ending).encode("utf-8")
    start = len(declaration.replace("\n", ending).encode("utf-8"))
    if draw(st.booleans()):
        raw = b"\xef\xbb\xbf" + raw
        start += 3
    if not last and draw(st.integers(0, 3)) == 0:  # damage after the declaration, which stays
        at = draw(st.integers(start, len(raw)))
        raw = raw[:at] + draw(st.sampled_from([b"", b"\x00", b"\xff", b"[", b"\n  - x"]))
    suffix = {"yaml": draw(st.sampled_from([".yaml", ".yml"])), "json": ".json", "toml": ".toml"}[form]
    if draw(st.integers(0, 9)) == 0:
        suffix = draw(st.sampled_from([".yaml", ".json", ".toml"]))  # a name that says another format
    return suffix, raw


_CASES = iter(range(10**9))


#: The parser minestats reads YAML with (libyaml where PyYAML has it), building no tag.
_PARSER: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def declares(raw: bytes, name: str) -> bool | None:
    """The oracle: whether the file's top level holds ``minestats`` in the format its name says,
    composed by the same YAML parser as minestats' or by tomllib; None when it cannot be parsed."""
    try:
        text = raw.decode("utf-8-sig")
        if name.endswith(".toml"):
            return "minestats" in tomllib.loads(text)
        return any(
            isinstance(node, yaml.MappingNode)
            and any(isinstance(k, yaml.ScalarNode) and k.value == "minestats" for k, _ in node.value)
            for node in yaml.compose_all(text, Loader=_PARSER)
        )
    except (UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError, RecursionError):
        return None


# Each example runs pytest's collection (about 0.4 s): a fifth of the profile's examples.
@settings(
    max_examples=max(10, settings().max_examples // 5),  # settings() inherits the profile's
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(data_files(), min_size=1, max_size=4))
def test_pytest_collects_exactly_the_files_minestats_load_reads(
    pytester: pytest.Pytester, files: list[tuple[str, bytes]]
) -> None:
    folder = pytester.mkdir(f"case{next(_CASES)}")
    expected: dict[str, int | DataError | None] = {}
    for index, (suffix, raw) in enumerate(files):
        path = folder / f"file{index}{suffix}"
        path.write_bytes(raw)
        declared = declares(raw, path.name)
        try:
            document = minestats.load(path)
        except DataError as error:
            expected[path.name] = error
        else:
            expected[path.name] = sum(len(c.readings) for c in document.claims)
        if declared is False:  # no data file (TOML syntax in a .yaml file, say): not collected
            expected[path.name] = None
        note(f"{path.name}: {raw[:300]!r} -> declared {declared}, {expected[path.name]!r}")
    recorder = pytester.inline_run(str(folder), "--collect-only", "-p", "no:cacheprovider")
    items: dict[str, int] = {}
    for call in recorder.getcalls("pytest_itemcollected"):
        name = call.item.nodeid.split("::")[0].rsplit("/", 1)[-1]
        items[name] = items.get(name, 0) + 1
    errors = {
        report.nodeid.rsplit("/", 1)[-1]: str(report.longrepr)
        for report in recorder.getreports("pytest_collectreport")
        if report.failed
    }
    for name, outcome in expected.items():
        if outcome is None:
            assert name not in errors, errors.get(name)
            assert name not in items
        elif isinstance(outcome, DataError):
            assert name in errors, f"{name} is refused by minestats.load but not by pytest: {outcome}"
            assert name not in items
            assert "minestats could not" in errors[name]
        else:
            assert name not in errors, errors.get(name)
            assert items.get(name, 0) == outcome, f"{name}: {items.get(name, 0)} items, {outcome} readings"
