"""Tests of minestats._audit._shares: linked readings judged exactly, directional qualifiers as bounds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minestats


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # directional qualifiers make the stated percentage a bound
        ("More than 12 per cent of the land (240 ha of 1,500 ha) is cleared.", "consistent"),
        ("More than 20 per cent of the land (240 ha of 1,500 ha) is cleared.", "inconsistent"),
        ("Nearly 20 per cent of the land (240 ha of 1,500 ha) is cleared.", "consistent"),
        ("Nearly 12 per cent of the land (240 ha of 1,500 ha) is cleared.", "inconsistent"),
        ("Less than 16.5 per cent of the land (240 ha of 1,500 ha) is cleared.", "consistent"),
        ("At least 16 per cent of the land (240 ha of 1,500 ha) is cleared.", "consistent"),
        # without a qualifier, the rounding interval
        ("Some 16 per cent of the land (240 ha of 1,500 ha) is cleared.", "consistent"),
        ("Exactly 15 per cent of the land (240 ha of 1,500 ha) is cleared.", "inconsistent"),
    ],
)
def test_directional_qualifiers_are_bounds(text: str, status: str) -> None:
    (share,) = minestats.audit(text).shares
    assert share.status == status
    assert share.verdict is not None
    assert share.verdict.status.value == status


def test_a_bound_names_its_qualifier_and_is_the_core_rule() -> None:
    text = "More than 12 per cent of the land (240 ha of 1,500 ha) is cleared."
    (share,) = minestats.audit(text).shares
    assert (
        "within [11.5, 100] %: the stated more than 12 %, a lower bound (within its rounding)" in share.reason
    )
    # the audit judges a bound as a data file's claim is judged: one rule, in the core
    core = minestats.check_share("240", "1500", "12", part_unit="ha", whole_unit="ha", qualifier="more than")
    assert share.verdict is not None
    assert (share.verdict.status, share.verdict.low, share.verdict.high) == (core.status, core.low, core.high)


_STATED = st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=0, max_value=2),
)


@settings(max_examples=150, deadline=None)
@given(part=_STATED, whole=_STATED, stated=_STATED.filter(lambda s: s <= 100))
def test_a_linked_share_is_judged_as_the_core_judges_it(
    part: Decimal, whole: Decimal, stated: Decimal
) -> None:
    """ "X ha of Y ha, or P per cent": the audit's status is the core check's, on the same numbers."""
    text = f"Teams cleared {part:,f} hectares of {whole:,f} hectares, or {stated:f} per cent."
    (share,) = minestats.audit(text).shares
    core = minestats.check_share(f"{part:f}", f"{whole:f}", f"{stated:f}", part_unit="ha", whole_unit="ha")
    assert share.status == core.status.value


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Two thirds of the 300 casualties (200) were civilians.", "consistent"),
        ("Half of the 480 casualties (240) were children.", "consistent"),
        ("Half of the 480 casualties (300) were children.", "inconsistent"),
        ("La moitié des 480 victimes (240) étaient des enfants.", "consistent"),
        # a fraction with no part linked to it is a share the text does not let us check
        ("It took a third of the time.", "not checked"),
    ],
)
def test_a_share_in_words_is_judged_as_a_share_to_whole_per_cent(text: str, status: str) -> None:
    audit = minestats.audit(text)
    assert [s.status for s in audit.shares] == [status]
    if status != "not checked":
        assert "[49.5, 50.5]" in audit.shares[0].reason or "[66.16" in audit.shares[0].reason


def test_a_fraction_that_names_no_share_is_left_unchecked_with_its_reason() -> None:
    audit = minestats.audit("The stockpile grew by three halves.")  # more than a whole
    assert not audit.shares
    assert any("names no share" in reason for reason in audit.coverage.unchecked)
