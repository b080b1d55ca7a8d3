"""The audit's readings: built without pydantic's pass only when validation would give the same."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from minestats import Claim, ClaimKind, Locator, Reading
from minestats._audit._claims import Ids, _claim, _reading


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


def _plain_claims() -> list[dict[str, Any]]:
    one = Reading(id="dogs_12_of_teams_40", part=("dogs_12",), whole=("teams_40",), note="Linked.")
    parts = Reading(id="parts", part=("killed_3", "injured_9"))
    place = Locator(paragraph=2, quote="12 of the 40 teams")
    return [
        {"id": "share_pct_30", "kind": ClaimKind.SHARE, "label": "30 per cent, as stated",
         "stated": "pct_30", "readings": (one,), "locator": place},
        {"id": "total_hurt_12", "kind": ClaimKind.SUM, "label": "12 is the sum of 3, 9",
         "stated": "hurt_12", "readings": (parts,)},
        {"id": "change_pct_40", "kind": ClaimKind.CHANGE, "label": "40 per cent increase from 5 to 7",
         "stated": "pct_40", "change": "increase", "readings": (one,), "locator": place},
    ]  # fmt: skip


@pytest.mark.parametrize("fields", _plain_claims())
def test_a_plain_claim_is_the_validated_one(fields: dict[str, Any]) -> None:
    quick = _claim(**fields)
    validated = Claim(**fields)
    assert quick == validated
    assert quick.model_fields_set == validated.model_fields_set
    assert quick.model_dump_json() == validated.model_dump_json()


@pytest.mark.parametrize(
    ("update", "message"),
    [
        ({"stated": None}, "needs the stated figure"),  # the claim's own check refuses it
        ({"change": None}, "needs 'change'"),
        ({"label": " padded "}, None),  # text to strip: validated, and kept stripped
    ],
)
def test_a_claim_that_is_not_plain_goes_through_validation(
    update: dict[str, Any], message: str | None
) -> None:
    fields = {**_plain_claims()[2], **update}
    if message is None:
        assert _claim(**fields).label == "padded"
    else:
        with pytest.raises(ValidationError, match=message):
            _claim(**fields)


@pytest.mark.parametrize(
    ("stems", "expected"),
    [
        (
            ["share_pct_25", "share_pct_25", "share_pct_25"],
            ["share_pct_25", "share_pct_25_2", "share_pct_25_3"],
        ),
        (
            ["share_pct_25_2", "share_pct_25", "share_pct_25"],
            ["share_pct_25_2", "share_pct_25", "share_pct_25_3"],
        ),
        (["x" * 120, "x" * 120], ["x" * 96, "x" * 96 + "_2"]),
    ],
)
def test_claim_ids_are_unique_and_numbered(stems: list[str], expected: list[str]) -> None:
    ids = Ids()
    assert [ids.new(stem) for stem in stems] == expected


def test_ids_taken_before_are_not_given_again() -> None:
    ids = Ids({"total_mines_9"})
    assert ids.new("total_mines_9") == "total_mines_9_2"


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("Of the 64 wells, 16 were mined (25 per cent).", "share_pct_25"),
        ("The crews cleared 3.2 ha of the 40 ha field, or 8%.", "share_pct_8_2"),
        ("Of the 64 wells, 16 were mined (25 per cent).", "Share 25"),  # not a slug: validated, refused
    ],
)
def test_a_share_claim_is_the_validated_one(text: str, claim_id: str) -> None:
    from minestats import extract
    from minestats._audit._claims import share_claim
    from minestats._audit._figures import Operand, items

    found = items(text, extract(text), {})
    stated = next(i for i in found if i.figure.unit == "percent")
    whole, part = sorted(
        (i for i in found if i is not stated), key=lambda i: i.figure.value or Decimal(0), reverse=True
    )[:2]
    note = "Linked by minestats.audit: by hand."
    ids = {"part": (part.figure.id,), "whole": (whole.figure.id,)}
    reading = Reading(id=f"{part.figure.id}_of_{whole.figure.id}", **ids, note=note)
    label = f"{stated.figure.stated} per cent, as stated"
    fields = {"id": claim_id, "kind": ClaimKind.SHARE, "label": label, "stated": stated.figure.id,
              "readings": (reading,), "locator": stated.figure.locator}  # fmt: skip
    if " " in claim_id:
        with pytest.raises(ValidationError):
            share_claim(stated, Operand.of([part]), Operand.of([whole]), claim_id, "by hand")
        return
    quick = share_claim(stated, Operand.of([part]), Operand.of([whole]), claim_id, "by hand")
    validated = Claim(**fields)
    assert quick == validated
    assert quick.model_fields_set == validated.model_fields_set
    assert quick.readings[0].model_fields_set == validated.readings[0].model_fields_set
    assert quick.model_dump_json() == validated.model_dump_json()
