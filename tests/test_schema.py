"""The JSON Schema of the data format and its Markdown reference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import minestats
from minestats._schema import _docs, json_schema, schema_markdown

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
        f"### {n}" for n in ("Document", "Figure", "Locator", "Claim", "Reading", "ClaimKind", "Status")
    ]
    assert "| `figures` | list of [Figure](#figure) | yes |" in text
    assert "| `expect` | [Status](#status) or null | no |" in text
