"""Tests of minestats._rules: the extremes of a ratio of linear forms over a box of intervals."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minestats._rules import ratio_extreme, ratio_extreme_terms

# each figure: (low, point, high) scaled integers, low >= 1 so that a whole is never zero
_BOX = st.lists(
    st.tuples(st.integers(min_value=1, max_value=500), st.integers(min_value=0, max_value=40)).map(
        lambda t: (t[0], t[0] + t[1] // 2, t[0] + t[1])
    ),
    min_size=2,
    max_size=5,
)


def _by_vertices(
    a: dict[str, int], b: dict[str, int], box: dict[str, tuple[int, int, int]], highest: bool
) -> Fraction:
    """The reference: the ratio at every vertex of the box."""
    ids = list(box)
    values = []
    for corner in itertools.product(*[(box[i][0], box[i][2]) for i in ids]):
        x = dict(zip(ids, corner, strict=True))
        values.append(Fraction(sum(c * x[i] for i, c in a.items()), sum(c * x[i] for i, c in b.items())))
    return max(values) if highest else min(values)


@given(_BOX, st.integers(min_value=1, max_value=3), st.booleans())
def test_ratio_extreme_terms_give_the_extreme(
    rows: list[tuple[int, int, int]], parts: int, highest: bool
) -> None:
    box = {f"f{k}": row for k, row in enumerate(rows)}
    ids = list(box)
    parts = min(parts, len(ids) - 1)
    a = {i: 1 for i in ids[:parts]}  # the parts
    b = {i: 1 for i in ids}  # the whole: the parts and the rest, as "X of X + Y"
    p, q = ratio_extreme_terms(a, b, box, highest=highest)
    assert q > 0
    assert Fraction(p, q) == ratio_extreme(a, b, box, highest=highest) == _by_vertices(a, b, box, highest)


@pytest.mark.parametrize(
    ("part", "whole", "highest", "expected"),
    [
        ((95, 100, 105), (390, 400, 410), True, Fraction(105, 390)),  # the most part of the least whole
        ((95, 100, 105), (390, 400, 410), False, Fraction(95, 410)),
        ((100, 100, 100), (400, 400, 400), True, Fraction(1, 4)),  # exact figures: the stated ratio
    ],
)
def test_ratio_extreme_of_a_part_and_a_whole(
    part: tuple[int, int, int], whole: tuple[int, int, int], highest: bool, expected: Fraction
) -> None:
    box = {"part": part, "whole": whole}
    p, q = ratio_extreme_terms({"part": 1}, {"whole": 1}, box, highest=highest)
    assert Fraction(p, q) == ratio_extreme({"part": 1}, {"whole": 1}, box, highest=highest) == expected
