"""Tests of the TOML writer: the letter and drafts read back with tomllib give the same document."""

from __future__ import annotations

import tomllib

import pytest

import minestats
from minestats._toml import toml_data


def _read(text: str) -> minestats.Document:
    return minestats.Document.model_validate(toml_data(tomllib.loads(text)))


def test_letter_round_trips() -> None:
    letter = minestats.letter()
    text = minestats.dumps_toml(letter)
    assert text.startswith("minestats = 1\n")
    assert _read(text) == letter
    assert 'value = "165871.5"' in text


@pytest.mark.parametrize(
    "text",
    [
        'About 11,258 km² are "mined"; 14.7 per cent (1,658.7 km²) is cleared.',
        "Hundreds of families and 382 victims, of whom 70 died and 312 were injured.",
        "Backslash \\ and tab\there: 12 mines.",
    ],
)
def test_drafts_round_trip(text: str) -> None:
    document = minestats.draft(text)
    assert _read(minestats.dumps_toml(document)) == document


def test_unknown_value_is_left_out_with_a_comment() -> None:
    text = minestats.dumps_toml(minestats.draft("Hundreds of families returned."))
    assert "value" not in tomllib.loads(text)["figures"][0]
    assert "# no value" in text
