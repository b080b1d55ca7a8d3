"""The JSON Schema of the data format and its Markdown reference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import minestats
from minestats._schema import _docs, json_schema, schema_markdown
from minestats._types import qualifier_wording
from minestats._units import canonical_unit
from minestats._vocab import QUALIFIERS, UNIT_ALIASES, UNITS

jsonschema = pytest.importorskip("jsonschema", reason="validating against the schema needs jsonschema")
LETTER = minestats.letter()


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_letter_is_valid(validator: Any) -> None:
    assert LETTER.source is not None
    validator.validate(yaml.safe_load(Path(LETTER.source).read_text(encoding="utf-8")))
    validator.validate(yaml.safe_load(minestats.dumps(LETTER)))


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d.update(minestats=2), "minestats"),
        (lambda d: d["figures"][0].update(id="Bad Id"), "figures/0/id"),
        (lambda d: d["figures"][0].pop("locator"), "figures/0"),
        (lambda d: d["figures"][0].update(as_of="Sept 2024"), "figures/0/as_of"),
        (lambda d: d["claims"][0].update(kind="ratio"), "claims/0/kind"),
        (lambda d: d["claims"][0].pop("readings"), "claims/0"),
        (lambda d: d["claims"][0]["readings"][0].update(expect="maybe"), "claims/0/readings/0/expect"),
    ],
)
def test_invalid_data_is_flagged_where_it_is(validator: Any, change: Any, path: str) -> None:
    assert LETTER.source is not None
    data = yaml.safe_load(Path(LETTER.source).read_text(encoding="utf-8"))
    change(data)
    errors = list(validator.iter_errors(data))
    assert errors
    where = ["/".join(str(p) for p in e.absolute_path) for e in errors]
    assert any(
        w.startswith(path) or (not w and path in e.message) for w, e in zip(where, errors, strict=True)
    )


def test_what_the_schema_rejects_the_loader_rejects_too(validator: Any) -> None:
    text = (
        "minestats: 1\nid: x\ntitle: t\nfigures:\n  - {id: a, label: a, value: 1, unit: count, locator: {}}\n"
    )
    assert not validator.is_valid(yaml.safe_load(text))
    with pytest.raises(minestats.DataError):
        minestats.loads(text)


def test_descriptions_come_from_the_docstrings() -> None:
    schema = json_schema()
    figure = schema["$defs"]["Figure"]
    assert figure["description"] == "One stated quantity."
    assert figure["properties"]["value"]["description"].startswith("The number exactly as stated")
    assert "km²" in figure["properties"]["unit"]["description"]
    locator = schema["$defs"]["Locator"]["properties"]
    assert locator["page"]["description"] == locator["paragraph"]["description"]


def test_docstring_parser() -> None:
    class Model:
        """Summary line.

        More words.

        Attributes
        ----------
        a, b : int
            Two numbers
            on two lines.
        c : str
            ``text``.

        Examples
        --------
        >>> 1
        1
        """

    summary, fields = _docs(Model)
    assert summary == "Summary line. More words."
    assert fields == {"a": "Two numbers on two lines.", "b": "Two numbers on two lines.", "c": "`text`."}


def test_markdown_has_a_table_per_model() -> None:
    text = schema_markdown(level=3)
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == [
        f"### {n}"
        for n in (
            "Document",
            "Figure",
            "Locator",
            "Claim",
            "Reading",
            "ClaimKind",
            "Status",
            "Units",
            "Qualifiers",
        )
    ]
    assert "| `figures` | list of [Figure](#figure) | yes |" in text
    assert "| `expect` | [Status](#status) or null | no |" in text


def test_markdown_lists_every_unit_and_qualifier_of_the_vocabulary() -> None:
    text = schema_markdown()
    units = text.split("## Units", 1)[1].split("## Qualifiers", 1)[0]
    qualifiers = text.split("## Qualifiers", 1)[1]
    assert [line.split("`")[1] for line in units.splitlines() if line.startswith("| `")] == list(UNITS)
    assert [line.split("`")[1] for line in qualifiers.splitlines() if line.startswith("| `")] == list(
        QUALIFIERS
    )
    assert "| `month` | time | 1/12 year |" in units
    assert "| `an estimated` | approximate | yes |" in qualifiers


def _one_figure(**fields: str) -> dict[str, Any]:
    locator = {"page": 1, "quote": "1 ha"}
    figure = {"id": "a", "label": "a", "value": "1", "unit": "ha", "locator": locator, **fields}
    return {"minestats": 1, "id": "x", "title": "t", "figures": [figure]}


def test_a_one_figure_document_is_valid(validator: Any) -> None:
    validator.validate(_one_figure())
    minestats.loads(yaml.safe_dump(_one_figure()))


def _loader_reads_unit(text: str) -> bool:
    try:
        canonical_unit(text)
    except minestats.UnitError:
        return False
    return True


def _loader_reads_qualifier(text: str) -> bool:
    try:
        qualifier_wording(text)
    except ValueError:
        return False
    return True


_UNIT_SPELLINGS = [*UNITS, *UNIT_ALIASES]
_UNITS_WRITTEN = [
    *_UNIT_SPELLINGS,
    *(s.upper() for s in _UNIT_SPELLINGS),
    *(f"  {s.title().replace(' ', chr(9) + ' ')} " for s in _UNIT_SPELLINGS),
    *["roods", "km", "", " ", "people", "percentage points", "p.p.", "kmm²", "km2 km2", "sq.km", "KM²x"],
]


@pytest.mark.parametrize("written", _UNITS_WRITTEN)
def test_schema_reads_a_unit_as_the_loader_does(validator: Any, written: str) -> None:
    data = _one_figure(unit=written)
    assert validator.is_valid(data) == _loader_reads_unit(written)


_QUALIFIERS_WRITTEN = [
    *QUALIFIERS,
    *(q.upper() for q in QUALIFIERS),
    *(f" {q.replace(' ', chr(10) + '  ')}  " for q in QUALIFIERS),
    *["circa", "", "more  than  about", "atleast", "under.", "nearly?"],
]


@pytest.mark.parametrize("written", _QUALIFIERS_WRITTEN)
def test_schema_reads_a_qualifier_as_the_loader_does(validator: Any, written: str) -> None:
    data = _one_figure(qualifier=written)
    assert validator.is_valid(data) == _loader_reads_qualifier(written)


def _kinds_example() -> dict[str, Any]:
    page = (Path(__file__).parents[1] / "docs" / "data-format.md").read_text(encoding="utf-8")
    block = page.split("## Claim kinds", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    data: dict[str, Any] = yaml.safe_load(block)
    return data


def test_the_new_claim_kinds_and_a_share_in_words_are_valid(validator: Any) -> None:
    data = _kinds_example()
    data["figures"][0].update(value="two thirds", locator={"quote": "two thirds"})
    validator.validate(data)
    validator.validate(yaml.safe_load(minestats.dumps(minestats.loads(yaml.safe_dump(data)))))


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["claims"][1].update(change="fell"), "claims/1/change"),
        (
            lambda d: d["claims"][1]["readings"][1].update(relative_to="middle"),
            "claims/1/readings/1/relative_to",
        ),
        (lambda d: d["claims"][0].update(kind="partitions"), "claims/0/kind"),
    ],
)
def test_a_bad_new_kind_is_flagged_by_the_schema_and_the_loader(
    validator: Any, change: Any, path: str
) -> None:
    data = _kinds_example()
    change(data)
    where = ["/".join(str(p) for p in e.absolute_path) for e in validator.iter_errors(data)]
    assert path in where
    with pytest.raises(minestats.DataError):
        minestats.loads(yaml.safe_dump(data))
