"""Tests of minestats._audit._totals: where a sentence starts, and which figures are totals and parts."""

from __future__ import annotations

import pytest

import minestats
from minestats._audit._figures import items
from minestats._audit._totals import sentence_start, totals


@pytest.mark.parametrize(
    ("text", "before", "start"),
    [
        ("There were 480 casualties; of these, 120 were children.", "120", "of these, "),
        ("The area is large. Of this, 700 hectares are farmland.", "700", "Of this, "),
        ("The area is large.\nOf this, 700 hectares are farmland.", "700", "Of this, "),
        ("Summary\n\nOf the 480 casualties, 120 were children.", "480", "Of the "),
        ("Of the 480 casualties, 120 were children.", "480", "Of the "),
        ("x" * 500 + " of the 480 casualties", "480", ("x" * 500 + " of the ")[-400:]),  # looks back 400
    ],
)
def test_sentence_start(text: str, before: str, start: str) -> None:
    position = text.index(before)
    assert text[sentence_start(text, position) : position] == start


def _claims(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    found = items(text, minestats.extract(text), {})
    return [
        (c.kind.value, c.stated or c.readings[0].whole[0], c.readings[0].part) for c in totals(text, found)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 500 victims, of whom 320 were killed and 180 injured, were civilians.",
            [("sum", "victims_500", ("victims_320", "victims_180"))],
        ),
        (
            "There were 35 casualties, including 20 children and 10 women.",
            [("subset", "casualties_35", ("children_20", "women_10"))],
        ),
        (
            "There were 35 casualties, of whom 20 children.",
            [("subset", "casualties_35", ("children_20",))],
        ),
        (
            # a total after a semicolon: the extractor's sentence would start before "The toll"
            "The toll rose; of the 5,210 victims, 4,001 were men and 1,209 women.",
            [("sum", "victims_5210", ("victims_4001", "women_1209"))],
        ),
        (
            "Mines cover 1,200 hectares. Of this, 700 hectares are farmland and 500 hectares forest.",
            [("sum", "ha_1200", ("ha_700", "ha_500"))],
        ),
        ("Teams found 400 devices and destroyed 100 devices.", []),
        ("The toll rose to 5,210 victims, 4,001 were men and 1,209 women.", []),  # no marker, no opener
    ],
)
def test_totals(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _claims(text) == expected


def test_parts_stop_at_five() -> None:
    text = "There were 60 casualties, of whom " + ", ".join(f"{n} men" for n in range(1, 8)) + "."
    ((kind, _, parts),) = _claims(text)
    assert kind == "sum"
    assert len(parts) == 5
