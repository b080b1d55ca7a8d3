"""Validation of the models: each rejected input names the entry and the field."""

from __future__ import annotations

import copy
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

import minestats
from minestats import DataError, Document, Figure


def base() -> dict[str, Any]:
    return {
        "id": "doc",
        "title": "A test document",
        "figures": [
            {"id": "part", "label": "Part", "value": "25", "unit": "ha", "locator": {"quote": "25 ha"}},
            {"id": "whole", "label": "Whole", "value": "1", "unit": "km²", "locator": {"quote": "1 km²"}},
            {"id": "share", "label": "Share", "value": "25", "unit": "%", "locator": {"quote": "25 %"}},
            {
                "id": "people",
                "label": "People",
                "value": "12",
                "unit": "count",
                "entity": "people",
                "locator": {"quote": "12 people"},
            },
        ],
        "claims": [
            {
                "id": "c",
                "kind": "share",
                "label": "25 %",
                "stated": "share",
                "part": ["part"],
                "whole": ["whole"],
            }
        ],
    }


def with_change(path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(base())
    target: Any = data
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is _DELETE:
        del target[last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return data


_DELETE = object()


def test_the_base_document_is_valid() -> None:
    doc = Document.model_validate(base())
    assert doc.figure("share").unit == "percent"


@pytest.mark.parametrize(
    ("path", "value", "entry", "field", "message"),
    [
        ("figures.0.value", "-5", "part", "value", "negative"),
        ("figures.3.value", "-1", "people", "value", "negative"),
        (
            "figures.2",
            {"id": "share", "label": "Share", "value": "100.5", "unit": "%", "locator": {"quote": "100.5 %"}},
            "share",
            "value",
            "100 per cent",
        ),
        ("figures.0.unit", "roods", "part", "unit", "unknown unit"),
        ("figures.3.entity", _DELETE, "people", "entity", "entity"),
        ("figures.3.value", "12.5", "people", "value", "whole number"),
        ("figures.0.value", "1.234,5", "part", "value", "number"),
        ("figures.0.qualifier", "maybe", "part", "qualifier", "qualifiers"),
        ("figures.0.as_of", "2024-13", "part", "as_of", "month"),
        ("figures.0.as_of", "Sept 2024", "part", "as_of", "YYYY"),
        ("figures.0.id", "Part Area", "Part Area", "id", "lower-case"),
        ("figures.1.id", "part", "part", "id", "duplicate figure id"),
        ("figures.0.colour", "red", "part", "colour", "not part of the data format"),
        ("figures.0.locator", _DELETE, "part", "locator", "required"),
        ("claims.0.whole", ["missing"], "c/as_stated", "whole[0]", "does not have"),
        ("claims.0.stated", "nothing", "c", "stated", "does not have"),
        ("claims.0.stated", "part", "c", "stated", "percentage"),
        ("claims.0.whole", ["people"], "c/as_stated", "part", "cannot be compared"),
        ("claims.0.kind", "ratio", "c", "kind", "share"),
        ("claims.0.stated", _DELETE, "c", "stated", "needs the stated figure"),
        ("url", "ftp://example.org", None, "url", "http"),
        ("date", "2024-02-30", None, "date", "day"),
    ],
)
def test_rejected_input_names_entry_and_field(
    path: str, value: Any, entry: str | None, field: str, message: str
) -> None:
    with pytest.raises(DataError, match=message) as info:
        minestats.loads(_yaml(with_change(path, value)), name="test.yaml")
    err = info.value
    assert err.file == "test.yaml"
    assert (err.entry, err.field) == (entry, field)
    assert "test.yaml" in str(err)


def test_a_float_value_from_python_is_refused_because_its_digits_are_lost() -> None:
    with pytest.raises(ValueError, match="in quotes"):
        Figure(id="x", label="X", value=14.20, unit="percent", locator={"quote": "q"})


def test_share_claim_units_must_be_compatible_area_over_people() -> None:
    data = base()
    data["claims"][0]["part"] = ["people"]
    with pytest.raises(DataError, match="people \\(count\\)") as info:
        minestats.loads(_yaml(data))
    assert info.value.entry == "c/as_stated"


def test_several_problems_are_all_reported() -> None:
    data = base()
    data["figures"][0]["value"] = "-1"
    data["figures"][1]["unit"] = "roods"
    with pytest.raises(DataError) as info:
        minestats.loads(_yaml(data))
    assert [p.entry for p in info.value.problems] == ["part", "whole"]
    assert "2 problems" in str(info.value)


def test_models_are_immutable() -> None:
    doc = Document.model_validate(base())
    with pytest.raises(ValueError, match="frozen"):
        doc.figures[0].value = Decimal(1)  # type: ignore[misc]


def test_claim_shorthand_is_one_reading_named_as_stated() -> None:
    claim = Document.model_validate(base()).claim("c")
    assert [r.id for r in claim.readings] == ["as_stated"]
    assert claim.readings[0].whole == ("whole",)


def test_unknown_ids_raise_key_errors_that_read_well() -> None:
    doc = Document.model_validate(base())
    with pytest.raises(KeyError) as info:
        doc.figure("nope")
    assert str(info.value) == "no figure with id 'nope' in document 'doc'"
    with pytest.raises(minestats.UnknownFigureError):
        doc.claim("nope")


def test_figure_text_and_interval() -> None:
    f = Figure(
        id="x", label="X", value="1.5 million", unit="count", entity="landmines",
        qualifier="An  Estimated", locator={"quote": "q"},
    )  # fmt: skip
    assert f.text == "an estimated 1.5 million landmines"
    assert f.interval == (Decimal("1.45E+6"), Decimal("1.55E+6"))


def test_unknown_figure_has_no_interval_or_quantity() -> None:
    f = Figure(id="x", label="X", value=None, unit="count", entity="devices", locator={"quote": "q"})
    assert f.interval is None
    assert not f.known
    assert f.stated == "unknown"
    with pytest.raises(ValueError, match="no stated value"):
        _ = f.quantity


def test_document_to_frame_columns_and_dtypes() -> None:
    frame = minestats.letter().to_frame()
    assert list(frame.columns) == [
        "id", "label", "stated", "value", "unit", "entity", "qualifier", "as_of", "page", "paragraph",
        "quote",
    ]  # fmt: skip
    assert {c: str(t) for c, t in frame.dtypes.items()} == {
        "id": "string", "label": "string", "stated": "string", "value": "float64", "unit": "string",
        "entity": "string", "qualifier": "string", "as_of": "string", "page": "Int64", "paragraph": "Int64",
        "quote": "string",
    }  # fmt: skip
    row = frame.set_index("id").loc["cleared_area"]
    assert (row["stated"], row["value"], row["unit"]) == ("165,871.5", 165871.5, "ha")
    assert len(frame) == len(minestats.letter().figures)


def _yaml(data: dict[str, Any]) -> str:
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


# -- the claim kinds of issue 13: a bad claim names the file, the entry and the field -----------------


def _kinds_base() -> dict[str, Any]:
    def f(ident: str, value: str, unit: str, **extra: Any) -> dict[str, Any]:
        data = {"id": ident, "label": ident, "value": value, "unit": unit, "locator": {"quote": ident}}
        data.update(extra)
        return data

    return {
        "id": "doc",
        "title": "Claims of every kind",
        "figures": [
            f("civilians", "38", "percent"),
            f("military", "62", "percent"),
            f("before", "650", "count", entity="casualties"),
            f("after", "572", "count", entity="casualties"),
            f("drop", "12", "percent"),
            f("points", "3", "percentage points"),
            f("times", "3", "times"),
            f("area_km2", "5", "km²"),
            f("area_ha", "500", "ha"),
            f("pledged", "32.5 million", "USD"),
            f("paid_eur", "12.5 million", "EUR"),
            f("over", "112", "percent"),
        ],
        "claims": [
            {"id": "split", "kind": "partition", "label": "l", "part": ["civilians", "military"]},
            {"id": "fell", "kind": "change", "change": "decrease", "label": "l", "stated": "drop",
             "part": ["after"], "whole": ["before"]},
            {"id": "rose", "kind": "change", "change": "increase", "label": "l", "stated": "points",
             "part": ["military"], "whole": ["civilians"]},
            {"id": "many", "kind": "multiple", "label": "l", "stated": "times", "part": ["before"],
             "whole": ["after"]},
            {"id": "twice", "kind": "same", "label": "l", "part": ["area_km2", "area_ha"]},
            {"id": "upto", "kind": "change", "change": "increase", "label": "l", "stated": "drop",
             "part": ["before"], "whole": ["before"], "less": ["after"]},
        ],
    }  # fmt: skip


def test_a_file_with_every_new_kind_loads_and_round_trips() -> None:
    doc = minestats.loads(_yaml(_kinds_base()), name="kinds.yaml")
    assert [c.kind.value for c in doc.claims] == [
        "partition",
        "change",
        "change",
        "multiple",
        "same",
        "change",
    ]
    assert doc.claims[5].readings[0].less == ("after",)
    assert minestats.loads(minestats.dumps(doc)) == doc
    assert doc.figure("over").value == Decimal("112")  # over 100 % is a figure; only shares refuse it


def _kinds_with(path: str, value: Any) -> dict[str, Any]:
    data = _kinds_base()
    target: Any = data
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    if value is _DELETE:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "entry", "field", "message"),
    [
        ("claims.0.whole", ["military"], "split/as_stated", "whole", "no whole"),
        ("claims.0.part", ["civilians"], "split/as_stated", "part", "two or more percentages"),
        ("claims.0.part", ["civilians", "area_ha"], "split/as_stated", "part[1]", "percentages of one whole"),
        ("claims.0.part", ["civilians", "over"], "over", "value", "cannot exceed 100 per cent"),
        ("claims.0.stated", "drop", "split", "stated", "states no figure"),
        ("claims.1.change", _DELETE, "fell", "change", "increase or decrease"),
        ("claims.1.change", "fell", "fell", "change", "'increase' or 'decrease'"),
        ("claims.1.stated", "area_ha", "fell", "stated", "percentage points"),
        ("claims.1.whole", ["area_ha"], "fell/as_stated", "part", "cannot be compared"),
        ("claims.1.relative_to", "middle", "fell", "readings[0].relative_to", "'earlier' or 'later'"),
        ("claims.2.part", ["after"], "rose/as_stated", "part", "between two percentages"),
        ("claims.3.stated", "before", "many", "stated", r"a multiple \(in times\)"),
        ("claims.3.change", "increase", "many", "change", "only for a change"),
        ("claims.3.whole", ["points"], "many/as_stated", "whole", "percentage points is the unit"),
        ("claims.4.part", ["area_km2"], "twice/as_stated", "part", "two or more figures"),
        ("claims.4.part", ["area_km2", "area_km2"], "twice/as_stated", "part", "two or more figures"),
        ("claims.4.part", ["area_km2", "before"], "twice/as_stated", "part", "cannot be compared"),
        ("claims.4.part", ["pledged", "paid_eur"], "twice/as_stated", "part", "money EUR and money USD"),
        ("claims.4.relative_to", "later", "twice/as_stated", "relative_to", "only a change"),
        ("claims.4.less", ["area_km2"], "twice/as_stated", "less", "only a change"),
        ("claims.5.less", ["nowhere"], "upto/as_stated", "less[0]", "does not have"),
        ("claims.5.less", ["area_ha"], "upto/as_stated", "part", "cannot be compared"),
        ("claims.5.less", ["points"], "upto/as_stated", "less", "percentage points is the unit"),
    ],
)
def test_a_bad_claim_of_a_new_kind_names_file_entry_and_field(
    path: str, value: Any, entry: str, field: str, message: str
) -> None:
    with pytest.raises(DataError, match=message) as info:
        minestats.loads(_yaml(_kinds_with(path, value)), name="kinds.yaml")
    err = info.value
    assert (err.file, err.entry, err.field) == ("kinds.yaml", entry, field)
    assert "kinds.yaml" in str(err)


def test_usd_and_eur_never_add_up() -> None:
    data = _kinds_base()
    data["claims"] = [
        {"id": "money", "kind": "sum", "label": "l", "stated": "pledged", "part": ["paid_eur"]},
    ]
    with pytest.raises(DataError, match="money EUR and money USD") as info:
        minestats.loads(_yaml(data), name="funding.yaml")
    assert (info.value.file, info.value.entry, info.value.field) == (
        "funding.yaml",
        "money/as_stated",
        "part",
    )
    assert "paid_eur (EUR)" in str(info.value)
    assert "pledged (USD)" in str(info.value)


@pytest.mark.parametrize(
    "words",
    [
        "two thirds",
        "a third",
        "half",
        "2/3",
        "Three-Quarters",
        # the other languages of the number-word table
        "un tiers",
        "la moitié",
        "dos tercios",
        "um terço",
        "zwei Drittel",
        "две трети",
    ],
)
def test_a_share_in_words_loads_and_keeps_its_words(words: str) -> None:
    data = base()
    data["figures"][2] = {"id": "share", "label": "Share", "value": words, "unit": "percent",
                          "locator": {"quote": f"{words} of the land"}}  # fmt: skip
    doc = minestats.loads(_yaml(data), name="words.yaml")
    assert doc.figure("share").stated == words
    assert f"value: {words}" in minestats.dumps(doc)
    assert minestats.loads(minestats.dumps(doc)) == doc


@pytest.mark.parametrize(
    ("value", "unit", "quote", "field", "message"),
    [
        ("two thirds", "ha", "two thirds", "value", "unit percent"),
        ("two thirds", "percent", "a third of", "locator.quote", "state the share as written"),
        ("five thirds", "percent", "five thirds", "value", "a share in words"),
        ("two third", "percent", "two third", "value", "a share in words"),
        ("cinq tiers", "percent", "cinq tiers", "value", "a share in words"),  # more than the whole
        ("tiers", "percent", "tiers", "value", "a share in words"),  # a third of what count?
    ],
)
def test_a_bad_share_in_words_names_file_entry_and_field(
    value: str, unit: str, quote: str, field: str, message: str
) -> None:
    data = base()
    data["figures"][2] = {
        "id": "share",
        "label": "Share",
        "value": value,
        "unit": unit,
        "locator": {"quote": quote},
    }
    with pytest.raises(DataError, match=message) as info:
        minestats.loads(_yaml(data), name="words.yaml")
    assert (info.value.file, info.value.entry, info.value.field) == ("words.yaml", "share", field)


@pytest.mark.parametrize(
    ("words", "fraction"),
    [
        ("un tiers", Fraction(1, 3)),
        ("deux tiers", Fraction(2, 3)),
        ("trois quarts", Fraction(3, 4)),
        ("la mitad", Fraction(1, 2)),
        ("dois terços", Fraction(2, 3)),
        ("die Hälfte", Fraction(1, 2)),
        ("одна треть", Fraction(1, 3)),
        ("a tenth", Fraction(1, 10)),
    ],
)
def test_a_share_in_words_of_any_language_is_read_as_its_fraction_to_whole_per_cent(
    words: str, fraction: Fraction
) -> None:
    data = base()
    data["figures"][2] = {"id": "share", "label": "Share", "value": words, "unit": "percent",
                          "locator": {"quote": f"{words}"}}  # fmt: skip
    interval = minestats.loads(_yaml(data), name="words.yaml").figure("share").stated_interval()
    assert interval is not None
    # in the base unit of percent (a fraction of one): half a percentage point either side
    assert (interval.low, interval.point, interval.high) == (
        fraction - Fraction(1, 200),
        fraction,
        fraction + Fraction(1, 200),
    )


def multiple_document(words: str, quote: str, unit: str = "times") -> dict[str, Any]:
    """Devices found in two years and the later stated as a multiple of the earlier, in words."""
    data = base()
    data["figures"] = [
        {"id": "later", "label": "Later", "value": "905", "unit": "count", "entity": "devices",
         "locator": {"quote": "905 devices"}},
        {"id": "earlier", "label": "Earlier", "value": "300", "unit": "count", "entity": "devices",
         "locator": {"quote": "300 devices"}},
        {"id": "times", "label": "Multiple", "value": words, "unit": unit, "locator": {"quote": quote}},
    ]  # fmt: skip
    data["claims"] = [{"id": "grew", "kind": "multiple", "label": "Grew", "stated": "times",
                       "part": ["later"], "whole": ["earlier"]}]  # fmt: skip
    return data


@pytest.mark.parametrize(
    ("words", "times"),
    [("double", 2), ("Twice", 2), ("three times", 3), ("3 times", 3), ("threefold", 3), ("triple", 3),
     ("tenfold", 10), ("trois fois", 3), ("doble", 2), ("вдвое", 2)],
)  # fmt: skip
def test_a_multiple_in_words_loads_keeps_its_words_and_reads_as_its_whole_number(
    words: str, times: int
) -> None:
    doc = minestats.loads(_yaml(multiple_document(words, f"nearly {words} as many")), name="m.yaml")
    figure = doc.figure("times")
    assert figure.stated == words
    assert figure.value == times
    assert figure.interval == (Decimal(times) - Decimal("0.5"), Decimal(times) + Decimal("0.5"))
    assert f"value: {words}" in minestats.dumps(doc)
    assert minestats.loads(minestats.dumps(doc)) == doc
    # 905 / 300 = 3.0167: within [2.5, 3.5] for three times, not for double or ten times
    verdict = minestats.check(doc).verdicts[0]
    assert (verdict.status.value == "consistent") == (times == 3)
    assert verdict.stated_text == words
    assert f"{words} times" not in verdict.reason  # the words are the multiple, with no unit after them


@pytest.mark.parametrize(
    ("value", "unit", "quote", "field", "message"),
    [
        ("double", "percent", "double", "value", "unit times"),
        ("double", "times", "twice as many", "locator.quote", "state the multiple as written"),
        ("zero times", "times", "zero times", "value", "a multiple in words"),
        ("many times", "times", "many times", "value", "a multiple in words"),
    ],
)
def test_a_bad_multiple_in_words_names_file_entry_and_field(
    value: str, unit: str, quote: str, field: str, message: str
) -> None:
    with pytest.raises(DataError, match=message) as info:
        minestats.loads(_yaml(multiple_document(value, quote, unit)), name="m.yaml")
    assert (info.value.file, info.value.entry, info.value.field) == ("m.yaml", "times", field)
