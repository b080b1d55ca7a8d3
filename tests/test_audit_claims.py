"""The audit's readings: built without pydantic's pass only when validation would give the same."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from minestats import Reading
from minestats._audit._claims import _reading


@pytest.mark.parametrize(
    "fields",
    [
        {"id": "dogs_12_of_teams_40", "part": ("dogs_12",), "whole": ("teams_40",), "note": "Linked."},
        {"id": "parts", "part": ("killed_3", "injured_9")},
        {"id": "same_quantity", "part": ("km2_4",), "note": "Linked by minestats.audit: “4 km²”."},
        {"id": "from_earlier", "part": ("dogs_7",), "whole": ("dogs_5",), "note": None},
    ],
)
def test_a_plain_reading_is_the_validated_one(fields: dict[str, Any]) -> None:
    quick = _reading(**fields)
    validated = Reading(**fields)
    assert quick == validated
    assert quick.model_dump() == validated.model_dump()
    assert quick.model_fields_set == validated.model_fields_set
    assert quick.model_dump_json() == validated.model_dump_json()


@pytest.mark.parametrize(
    ("fields", "expected_note"),
    [
        ({"id": "parts", "part": ("mines_2",), "note": "  padded note  "}, "padded note"),
        ({"id": "parts", "part": ("mines_2",), "note": "kept"}, "kept"),
    ],
)
def test_a_note_to_strip_goes_through_validation(fields: dict[str, Any], expected_note: str) -> None:
    assert _reading(**fields).note == expected_note


@pytest.mark.parametrize(
    "fields",
    [
        {"id": "Bad Id", "part": ("mines_2",)},
        {"id": "parts", "part": ()},
        {"id": "parts", "part": ("2_mines",)},
    ],
)
def test_a_reading_validation_refuses_is_still_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _reading(**fields)
