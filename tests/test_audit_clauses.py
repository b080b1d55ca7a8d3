"""Tests of minestats._audit._clauses: what the readers of totals share."""

from __future__ import annotations

from decimal import Decimal

import pytest

import minestats
from minestats._audit._bounds import _TARGET_LOWER, _TARGET_WORDS
from minestats._audit._changes import _WAY_STARTS, _WAY_WORD
from minestats._audit._clauses import (
    Reader,
    Stops,
    _exhaustive,
    _masked,
    _sentence_end,
    _side,
    lowered,
    sentence_start,
    word_matches,
    words_of,
)
from minestats._audit._figures import items


def test_the_reader_masks_years_and_footnotes_but_keeps_offsets() -> None:
    text = "In 2019, teams cleared 40 ha.[3] Since 2015, 300 ha."
    reader = Reader(text, items(text, minestats.extract(text), {}))
    assert len(reader.text) == len(text)
    assert "2019" not in reader.text
    assert "[3]" not in reader.text
    assert [i.figure.value for i in reader.known] == [Decimal(40), Decimal(300)]


@pytest.mark.parametrize(
    ("text", "number", "words"),
    [
        (
            "Mines killed 12 people and injured 30 more.",
            "12",
            ["people", "killed", "people", "and", "injured"],
        ),
        ("Teams cleared 4 ha in May.", "4", ["in", "may"]),
        ("Of these, 30 were cancelled and 12 reduced.", "30", ["were", "cancelled", "and"]),
    ],
)
def test_words_of_a_part(text: str, number: str, words: list[str]) -> None:
    found = items(text, minestats.extract(text), {})
    (item,) = [i for i in found if str(i.figure.value) == number]
    assert words_of(text, item) == words


def test_the_lowered_text_keeps_offsets() -> None:
    text = "İsmayıllı: 40 ha. Of these, 30 ha were not cleared."
    reader = Reader(text, items(text, minestats.extract(text), {}))
    assert len(reader.lowered) == len(text)
    assert [text[at : at + 3] for at in reader.occurrences("not", "of")] == ["Of ", "not"]


@pytest.mark.parametrize(
    "text",
    [
        "Teams cleared 40 HA.",  # ASCII: one call
        "Déminage À FAIRE: 312 HECTARES. ΟΔΟΣ ΚΛΕΙΣΤΗ.\n" * 3_000,  # long, not ASCII: in chunks
        "Cleared 40 HA in ŞUŞA.\n" * 4_000 + "no line end after the last chunk " * 3_000,
    ],
)
def test_lowered_is_the_texts_lower_case_in_chunks(text: str) -> None:
    assert lowered(text) == text.lower()


def test_the_reader_lowers_a_dotted_capital_i_in_place() -> None:
    text = "İmişli: 40 ha cleared. " * 5_000 + "DONE"
    reader = Reader(text, [])
    assert len(reader.lowered) == len(text)
    assert reader.lowered.startswith("İmişli: 40 ha cleared. ")
    assert reader.lowered.endswith("done")


@pytest.mark.parametrize(
    ("text", "number", "head", "sentence"),
    [
        ("Crews mapped 9 fields. They fenced 4 of them. Done.", "4", "They fenced ", "They fenced 4 of them"),
        ("Crews mapped 9 fields; 4 were fenced. Done.", "4", "", "4 were fenced"),
        ("Header\n\n7 plots were marked.\nNo more", "7", "", None),  # a stop and a line end: no ". "
        ("A survey.[2] Then 15 ha were cut", "15", "   Then ", None),  # the blanked marker ends the survey
        ("x" * 500 + " 3 sites", "3", "x" * 399 + " ", None),  # no stop in reach: 400 characters back
    ],
)
def test_stops_find_what_the_scans_find(text: str, number: str, head: str, sentence: str | None) -> None:
    masked = text.replace("[2]", "   ")
    stops = Stops(masked)
    at = text.rindex(number)
    assert (stops.start(at), stops.end(at)) == (sentence_start(masked, at), _sentence_end(masked, at))
    assert masked[stops.start(at) : at] == head
    assert (masked[stops.start(at) : stops.end(at)] if stops.end(at) >= 0 else None) == sentence


def test_stops_agree_with_the_scans_at_every_position() -> None:
    text = "Teams cleared 4 ha. Then 2 more;  one left.\n\n\nA new year. " * 30 + "y" * 450 + ". end"
    stops = Stops(text)
    for at in range(len(text) + 2):
        assert (stops.start(at), stops.end(at)) == (sentence_start(text, at), _sentence_end(text, at))


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("By 2021 the crews had 40 dogs.[12]", "By YYYY the crews had 40 dogs.    "),
        ("Plot 12019 and lot 3.2019 and 2019,5 ha", "Plot 12019 and lot 3.2019 and 2019,5 ha"),
        ("Years 1998-2004: 1,950 mines [7] found", "Years YYYY-YYYY: 1,950 mines     found"),
        ("Code [1234] in 2031.", "Code [1234] in YYYY."),
        ("No year here, 19 or 200 or 2100.", "No year here, 19 or 200 or 2100."),
    ],
)
def test_masked_blanks_years_and_footnote_markers_only(text: str, masked: str) -> None:
    assert _masked(text, items(text, minestats.extract(text), {})) == masked


@pytest.mark.parametrize(
    ("text", "sides", "exhaustive"),
    [
        ("The blasts left 14 dead and 31 wounded near the dam.", [True, True], True),
        ("Crews cancelled 2.5 ha, reduced 1.5 ha and cleared 0.5 ha.", [True, True, False], False),
        ("Of 9 ha, 5 ha were cleared and 4 ha reduced by survey.", [False, True, True], True),
        ("The 6 killed were farmers and 6 more killed were herders.", [True, True], False),
        ("Teams counted 12 dogs and 30 detectors.", [False, False], False),
    ],
)
def test_the_readers_partition_tests_agree_with_the_functions(
    text: str, sides: list[bool], exhaustive: bool
) -> None:
    reader = Reader(text, items(text, minestats.extract(text), {}))
    assert [reader.side(i) for i in reader.known] == [_side(reader.text, i) for i in reader.known] == sides
    for _ in range(2):  # read, then from what the reader holds
        assert [reader.words(i) for i in reader.known] == [words_of(reader.text, i) for i in reader.known]
        parts = tuple(reader.known[-2:])
        assert reader.exhaustive(parts) is _exhaustive(reader.text, parts) is exhaustive


@pytest.mark.parametrize(
    "text",
    [
        "clearance fell to 40 ha, a decrease from the 55 ha of 2021; casualties rose, up from 12.",
        "the goal of 90 villages was met; the aim was 80; our aimed-for target: 100 (objectif 120).",
        "setup over budget: a group from the north; the metal goalposts; un aumento sobre la meta.",
        "",
    ],
)
def test_word_matches_are_the_patterns_matches(text: str) -> None:
    for pattern, words in ((_WAY_WORD, _WAY_STARTS), (_TARGET_LOWER, _TARGET_WORDS)):
        found = [m.span() for m in word_matches(pattern, text, words)]
        assert found == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Teams cleared 40 ha.[3] In 2019 they cleared 30 ha; the rest waits.\n\nNext part.",
        "A note;[12] then more. End.[1]\n\n\nLast",
        "No stop here at all",
    ],
)
def test_the_stops_of_the_text_as_it_is_are_kept_from_the_masked_texts(text: str) -> None:
    reader = Reader(text, items(text, minestats.extract(text), {}))
    kept = reader.source_stops
    for at in range(len(text) + 2):
        assert (kept.start(at), kept.end(at)) == (sentence_start(text, at), _sentence_end(text, at))
