"""Tests of minestats._audit._entities: what a count counts, compared."""

from __future__ import annotations

import pytest

from minestats._audit._entities import (
    _SINGULAR,
    _plural,
    compatible,
    funding_kinds,
    funding_of,
    head,
    partition_of,
    same_kind,
    side_of,
)


@pytest.mark.parametrize(
    ("entity", "expected"),
    [("mines", "mine"), ("Anti-personnel mines", "mine"), ("casualties", "casualty"), ("children", "child"),
     ("items", None), (None, None), ("", None), ("people", "people"), ("States", "state"),
     ("members of the police", "member"), ("miembros de la Fuerza Aérea", "miembro"),
     ("membres du personnel", "membre")],
)  # fmt: skip
def test_head(entity: str | None, expected: str | None) -> None:
    assert head(entity) == expected


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        ("mines", "landmines", True),
        ("anti-tank mines", "mines", True),
        ("explosive devices", "landmines", False),
        ("children", "casualties", True),
        ("killed", "victims", True),
        ("women", "people", True),
        ("victims", "children", False),  # a generic count is not within a group
        ("civilians", "Injured", True),  # a group within a group
        ("deminers", "killed", True),
        ("miembros de la Policía", "víctimas", True),
        ("killed", "injured", False),  # the other side of a partition
        ("deaths", "wounded", False),
        ("victims", "injured", False),
        ("mines", "injured", False),
        ("areas", "states", False),
        (None, "mines", True),  # unknown: the text's structure alone links it
        ("mines", None, True),
    ],
)
def test_compatible(part: str | None, whole: str | None, expected: bool) -> None:
    assert compatible(part, whole) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("victims", "casualties", True),
        ("mines", "landmines", True),
        ("mines", "devices", False),
        (None, "x", False),
    ],
)
def test_same_kind(a: str | None, b: str | None, expected: bool) -> None:
    assert same_kind(a, b) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["killed", "injured"], True),
        (["deaths", "injuries", "unknown"], True),
        (["cancelled", "reduced", "cleared"], True),
        (["cancelled", "cleared"], True),
        (["killed", "killed"], False),  # one side only
        (["children", "adults"], False),
        (["killed", "children"], False),  # a part outside the partition
    ],
)
def test_partition_of(words: list[str], expected: bool) -> None:
    assert partition_of(words) is expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # a noun linked to the amount by a verb, its modifiers (not the words before them)
        ("The level of international support provided by donors reached ", " in 2022.",
         ("support", ("international",))),
        ("Global funding totaled about ", ".", ("funding", ("global",))),
        # the noun right after the amount
        ("Donors reported ", " in international and national contributions.",
         ("contributions", ("international", "national"))),
        # French, Spanish: the modifier after the noun
        ("Le financement international a atteint ", ".", ("financement", ("international",))),
        ("Los donantes dieron ", " en apoyo internacional.", ("apoyo", ("internacional",))),
        # no money noun, or no verb linking it to the amount
        ("The United States gave ", " to Iraq.", None),
        ("International support for victims: Iraq received ", ".", None),
    ],
)  # fmt: skip
def test_funding_of(before: str, after: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert funding_of(before, after) == expected


_KNOWN = {("international",), ("international", "national")}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the funding that donors gave went to clearance", set()),
        ("donors reported international support by sector", {("international",)}),
        ("international and national support came to", {("international", "national")}),
        ("support for victim assistance fell", set()),
        ("national support grew and international support fell", {("national",), ("international",)}),
        ("le soutien international a baissé", {("international",)}),
        ("all funding", set()),
    ],
)
def test_funding_kinds(words: str, expected: set[tuple[str, ...]]) -> None:
    assert funding_kinds(words.split(), _KNOWN) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["were", "civilians"], (2, 0)),
        (["militares"], (2, 1)),
        (["killed"], (0, 0)),
        (["injured"], (0, 1)),
        (["reduced"], (1, 1)),
        (["children"], None),
        (["civilians", "killed"], None),  # two partitions: which one is not said
        ([], None),
    ],
)
def test_side_of(words: list[str], expected: tuple[int, int] | None) -> None:
    assert side_of(words) == expected


@pytest.mark.parametrize("stem", ["child", "people", "woman", "mine", "county", "deminer", "ss"])
def test_a_stems_plural_is_the_first_the_table_gives(stem: str) -> None:
    first = next((p for p, s in _SINGULAR.items() if s == stem), None)
    assert _plural(stem) == (first or (stem[:-1] + "ies" if stem.endswith("y") else stem + "s"))
    assert all(_plural(s) == next(p for p, t in _SINGULAR.items() if t == s) for s in _SINGULAR.values())
