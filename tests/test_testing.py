"""minestats.testing: assertion helpers and their messages."""

from __future__ import annotations

import contextlib
import math
import warnings
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import minestats
from minestats.testing import (
    Stated,
    assert_as_expected,
    assert_change,
    assert_consistent,
    assert_multiple,
    assert_partition,
    assert_same,
    assert_share,
    assert_sum,
    explain,
)

LETTER = minestats.letter()


@pytest.mark.parametrize(
    ("claim", "reading"),
    [
        ("neutralized_share_of_planted", "mines_of_mines"),
        ("post_conflict_victims_total", None),
        ("minefields_within_territory", "as_stated"),
    ],
)
def test_assert_consistent_passes_on_consistent_claims(claim: str, reading: str | None) -> None:
    assert_consistent(LETTER, claim, reading)


@pytest.mark.parametrize(
    ("claim", "reading", "failing"),
    [
        ("cleared_share_of_minefields", "of_minefield_area", 1),
        ("cleared_share_of_minefields", None, 2),
        ("neutralized_share_of_planted", None, 2),
    ],
)
def test_assert_consistent_fails_naming_each_reading(claim: str, reading: str | None, failing: int) -> None:
    with pytest.raises(AssertionError) as info:
        assert_consistent(LETTER, claim, reading)
    message = str(info.value)
    assert message.count(f"{claim}/") == failing
    assert "expected consistent" in message
    assert "implied:" in message


def test_assert_as_expected_honours_recorded_expectations() -> None:
    assert_as_expected(LETTER)
    assert_as_expected(LETTER, "cleared_share_of_minefields")
    assert_as_expected(minestats.check(LETTER))


def test_assert_as_expected_fails_on_an_altered_document(
    letter_text: str, alter: Callable[[str, str, str], str]
) -> None:
    altered = minestats.loads(alter(letter_text, "value: 70", "value: 71"), name="altered.yaml")
    with pytest.raises(AssertionError) as info:
        assert_as_expected(altered)
    message = str(info.value)
    assert message.startswith("1 of 14 claim readings did not check out as expected:")
    assert (
        "post_conflict_victims_total/as_stated in un-24-23652: inconsistent, expected consistent" in message
    )
    assert "altered.yaml:" in message
    with pytest.raises(AssertionError, match="expected consistent"):
        assert_as_expected(minestats.check(altered), "post_conflict_victims_total")


def test_assert_helpers_raise_for_unknown_claims() -> None:
    with pytest.raises(minestats.UnknownFigureError, match="no claim with id 'nope'"):
        assert_consistent(LETTER, "nope")
    with pytest.raises(minestats.UnknownFigureError):
        assert_as_expected(LETTER, "post_conflict_victims_total", "nope")


@pytest.mark.parametrize(
    ("part", "whole", "stated", "unit"),
    [
        ("54,430", "1.5 million", "3.6", "count"),
        (["70", "312"], "764", "50", "count"),
        ("1.5", "2", "75", "ha"),
        (1, 3, "33.3", "count"),
        (Decimal("1"), Decimal("3"), Decimal("33.33"), "count"),
        ("1", "8", "12", "count"),  # 12.5 rounds half to even
        ("1", "8", "13", "count"),  # or half up: both ends count
        (LETTER.figure("cleared_area"), LETTER.figure("minefield_area"), "14.7", "count"),
    ],
)
def test_assert_share_passes(
    part: Stated | Sequence[Stated], whole: Stated, stated: Stated, unit: str
) -> None:
    assert_share(part, whole, stated, unit=unit)


@pytest.mark.parametrize(
    ("part", "whole", "stated", "unit", "gap"),
    [
        ("165,871.5", "1,125,800", "14.2", "ha", "+0.533656"),
        ("1", "3", "33.4", "count", "-0.0666667"),
        ("1", "8", "12.4", "count", "+0.1"),
        (
            LETTER.figure("cleared_area"),
            LETTER.figure("minefield_area"),
            LETTER.figure("cleared_share"),
            "count",
            "+0.533656",
        ),
    ],
)
def test_assert_share_fails_with_the_gap(
    part: Stated, whole: Stated, stated: Stated, unit: str, gap: str
) -> None:
    with pytest.raises(AssertionError) as info:
        assert_share(part, whole, stated, unit=unit)
    message = str(info.value)
    assert "inconsistent, expected consistent" in message
    assert "rounding interval" in message
    assert f"gap:        {gap} percentage points" in message


@pytest.mark.parametrize(
    ("part", "whole", "stated", "unit", "floats"),
    [
        (0.5, "1", "50", "ha", 1),
        ("0.5", 1.0, 50.0, "ha", 2),
        (np.float64(14.2), np.int64(100), "14.2", "ha", 1),
        (np.int64(7), 50, Decimal("14"), "count", 0),
        (7, "50", "14.0", "count", 0),
    ],
)
def test_assert_share_takes_what_the_table_functions_take(
    part: object, whole: object, stated: object, unit: str, floats: int
) -> None:
    """Floats with a PrecisionWarning (as check_shares), ints (numpy's too), Decimals, strings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert_share(part, whole, stated, unit=unit)  # type: ignore[arg-type]
    found = [w for w in caught if issubclass(w.category, minestats.PrecisionWarning)]
    assert len(found) == floats
    assert all(w.filename == __file__ for w in found)  # the warning points at the caller
    table = pd.DataFrame({"p": [part], "w": [whole], "s": [stated]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", minestats.PrecisionWarning)
        out = minestats.check_shares(table, part="p", whole="w", stated="s", part_unit=unit, whole_unit=unit)
    assert out["status"].tolist() == ["consistent"]


@pytest.mark.parametrize(
    ("parts", "total", "holds"),
    [([1.2, 3.4], 4.6, True), ([1.2, 3.4], 4.8, False), ([np.float32(0.5)], "0.5", True)],
)
def test_assert_sum_takes_floats_with_a_warning(parts: list[object], total: object, holds: bool) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", minestats.PrecisionWarning)
        if holds:
            assert_sum(parts, total, unit="km²")  # type: ignore[arg-type]
        else:
            with pytest.raises(AssertionError):
                assert_sum(parts, total, unit="km²")  # type: ignore[arg-type]
    with (
        pytest.warns(minestats.PrecisionWarning, match="digits as stated may be lost"),
        contextlib.suppress(AssertionError),
    ):
        assert_sum(parts, total, unit="km²")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [math.nan, math.inf, -1.0])
def test_assert_share_refuses_floats_that_state_no_quantity(value: float) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", minestats.PrecisionWarning)
        with pytest.raises(minestats.DataError, match="part_0"):
            assert_share(value, "1", "50")


@pytest.mark.parametrize(
    ("parts", "total", "unit", "holds"),
    [
        (["70", "312"], "382", "count", True),
        (["70", "312"], "383", "count", False),
        (["1.2", "3.4"], "4.6", "km²", True),
        (["1.2", "3.4"], "4.7", "km²", True),  # 1.25 + 3.45 = 4.70
        (["1.2", "3.4"], "4.8", "km²", False),
    ],
)
def test_assert_sum(parts: list[str], total: str, unit: str, holds: bool) -> None:
    if holds:
        assert_sum(parts, total, unit=unit)
    else:
        with pytest.raises(AssertionError, match="total: "):
            assert_sum(parts, total, unit=unit)


def test_explain_lists_every_part_of_a_failure() -> None:
    report = minestats.check(LETTER)
    verdict = report.verdict("neutralized_share_of_planted", "all_of_mines")
    lines = explain(verdict, LETTER).splitlines()
    heads = [line.split(":")[0].strip() for line in lines[1:] if line[2] != " "]
    assert heads == ["claim", "stated", "computed", "gap", "implied", "qualifiers", "where", "reason"]
    assert lines[0] == "neutralized_share_of_planted/all_of_mines in un-24-23652: inconsistent (as expected)"
    assert "mines_neutralized: no value of this figure alone makes it hold" in lines[5]
    line = LETTER.line_of("neutralized_share_of_planted")
    assert f"un-24-23652.yaml:{line}: claim neutralized_share_of_planted, p. 2, para. 6" in lines[-2]


def test_explain_an_indeterminate_verdict_without_a_document() -> None:
    verdict = minestats.check(LETTER).verdict("neutralized_within_planted", "all_within_all")
    text = explain(verdict)
    assert "computed:   nothing (an operand has no stated value)" in text
    assert "  where:      p. 2, para. 6: \u201c54,430 mines and 104,940 other explosive devices\u201d" in text
    assert "has no stated value" in text.splitlines()[-1]


@given(st.integers(1, 10**7), st.integers(0, 10**7), st.integers(0, 3))
def test_assert_share_holds_for_any_correctly_rounded_share(whole: int, part: int, digits: int) -> None:
    part = part % (whole + 1)
    exact = Decimal(100 * part) / Decimal(whole)
    stated = exact.quantize(Decimal(1).scaleb(-digits), rounding="ROUND_HALF_UP")
    assert_share(str(part), str(whole), f"{stated:f}")
    off = stated + 4 * Decimal(1).scaleb(-digits)
    if off <= 100:
        with pytest.raises(AssertionError, match="inconsistent, expected consistent"):
            assert_share(str(part), str(whole), f"{off:f}")


# -- the other kinds: the same verdicts as the single-claim functions --------------------------------

KIND_CASES = [
    (assert_change, minestats.check_change, ("650", "572", "12"), {}),
    (assert_change, minestats.check_change, ("650", "572", "12"), {"relative_to": "later"}),
    (assert_change, minestats.check_change, ("1000", "885", "12"), {"qualifier": "more than"}),
    (assert_change, minestats.check_change, ("1000", "886", "12"), {"qualifier": "more than"}),
    (assert_change, minestats.check_change, ("38.0", "41.5", "3.5"),
     {"change": "increase", "stated_unit": "percentage points"}),
    (assert_multiple, minestats.check_multiple, ("2500", "1000", "2"), {"qualifier": "almost"}),
    (assert_multiple, minestats.check_multiple, ("2501", "1000", "2"), {"qualifier": "almost"}),
    (assert_multiple, minestats.check_multiple, ("1125", "1000", "112"), {"stated_unit": "percent"}),
    (assert_partition, minestats.check_partition, (["38", "62"],), {}),
    (assert_partition, minestats.check_partition, (["32", "33", "33"],), {}),
    (assert_partition, minestats.check_partition, (["38.5", None],), {}),
    (assert_partition, minestats.check_partition, (["60", "30"],), {"qualifiers": ["more than", None]}),
    (assert_same, minestats.check_same, (("5", "km²"), ("550", "ha")), {}),
    (assert_same, minestats.check_same, (("5", "km²"), ("551", "ha")), {}),
    (assert_same, minestats.check_same, ("2.5 million", "2,500,000"), {}),
    (assert_multiple, minestats.check_multiple, ("2500", "1000", "double"), {"qualifier": "almost"}),
    (assert_multiple, minestats.check_multiple, ("3501", "1000", "three times"), {}),
]  # fmt: skip

SHARE_AND_SUM_CASES = [
    (assert_share, minestats.check_share, ("1000", "3045", "a third"), {}),
    (assert_share, minestats.check_share, ("1000", "3046", "a third"), {}),
    (assert_share, minestats.check_share, ("1195", "10000", "12.0"), {"qualifier": "more than"}),
    (assert_share, minestats.check_share, ("1194", "10000", "12.0"), {"qualifier": "more than"}),
    (assert_share, minestats.check_share, ("1205", "10000", "12.0"), {"qualifier": "nearly"}),
    (assert_share, minestats.check_share, ("1206", "10000", "12.0"), {"qualifier": "nearly"}),
    (assert_sum, minestats.check_sum, (["88", "402"], "490"), {"qualifier": "more than"}),
    (assert_sum, minestats.check_sum, (["88", "402"], "491"), {"qualifier": "more than"}),
    (assert_sum, minestats.check_sum, (["88", "402"], "490"), {"qualifier": "nearly"}),
    (assert_sum, minestats.check_sum, (["88", "402"], "489"), {"qualifier": "nearly"}),
]  # fmt: skip


@pytest.mark.parametrize(("helper", "check", "args", "kwargs"), SHARE_AND_SUM_CASES)
def test_assert_share_and_assert_sum_read_bounds_and_words_as_the_checks_do(
    helper: Callable[..., None], check: Callable[..., minestats.Verdict], args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:  # fmt: skip
    verdict = check(*args, **kwargs)
    if verdict.status.value == "consistent":
        helper(*args, **kwargs)
    else:
        with pytest.raises(AssertionError) as info:
            helper(*args, **kwargs)
        assert f"{verdict.status.value}, expected consistent" in str(info.value).splitlines()[0]
        assert verdict.reason in str(info.value)


@pytest.mark.parametrize(("helper", "check", "args", "kwargs"), KIND_CASES)
def test_the_kind_helpers_pass_exactly_when_the_check_is_consistent(
    helper: Callable[..., None], check: Callable[..., minestats.Verdict], args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:  # fmt: skip
    verdict = check(*args, **kwargs)
    if verdict.status.value == "consistent":
        helper(*args, **kwargs)
    else:
        with pytest.raises(AssertionError) as info:
            helper(*args, **kwargs)
        assert str(info.value) == explain(verdict, expected=minestats.Status.CONSISTENT)
        assert f"{verdict.status.value}, expected consistent" in str(info.value).splitlines()[0]


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda: assert_change(650.0, "572", "12"), "earlier"),
        (lambda: assert_multiple("800", "400", 2.0), "stated"),
        (lambda: assert_partition([38.0, "62"]), "share_0"),
        (lambda: assert_same(("5", "km²"), (500.0, "ha")), "value_1"),
    ],
)
def test_the_kind_helpers_take_floats_with_a_warning_at_the_callers_line(call: Any, named: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    assert [type(w.message) for w in caught] == [minestats.PrecisionWarning]
    assert str(caught[0].message).startswith(f"{named} is the float")
    assert caught[0].filename == __file__


def test_a_kind_helper_given_bad_input_raises_a_data_error() -> None:
    with pytest.raises(minestats.DataError, match="'share_1'"):
        assert_partition(["38", "162"])
