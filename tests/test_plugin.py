"""The pytest plugin, run inside pytest with ``pytester``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

import minestats
from minestats._plugin import is_data_file

Alter = Callable[[str, str, str], str]
LETTER = minestats.letter()
READINGS = [(c.id, r.id) for c in LETTER.claims for r in c.readings]


@pytest.fixture
def letter_copy(pytester: pytest.Pytester, letter_text: str) -> Path:
    return pytester.makefile(".yaml", letter=letter_text)


def test_one_item_per_claim_reading_and_all_pass(pytester: pytest.Pytester, letter_copy: Path) -> None:
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=len(READINGS))
    for claim, reading in READINGS:
        result.stdout.fnmatch_lines([f"letter.yaml::un-24-23652::{claim}[[]{reading}[]] PASSED*"])


@pytest.mark.parametrize(
    ("old", "new", "failing"),
    [
        ("value: 382", "value: 383", "post_conflict_victims_total[as_stated]"),
        ("value: 14.2", "value: 14.7", "cleared_share_of_minefields[of_minefield_area]"),
        ("value: 3.6", "value: 4.6", "neutralized_share_of_planted[mines_of_mines]"),
        ("value: 38", "value: 3200", "children_and_women_within_victims[as_stated]"),
    ],
)
def test_a_changed_value_fails_exactly_its_item(
    pytester: pytest.Pytester, letter_text: str, alter: Alter, old: str, new: str, failing: str
) -> None:
    pytester.makefile(".yaml", letter=alter(letter_text, old, new))
    result = pytester.runpytest("-rf")
    result.assert_outcomes(passed=len(READINGS) - 1, failed=1)
    result.stdout.fnmatch_lines([f"FAILED letter.yaml::un-24-23652::{failing.replace('[', '[[]')}*"])


def test_failure_message_shows_the_claim_and_why(
    pytester: pytest.Pytester, letter_text: str, alter: Alter
) -> None:
    text = alter(letter_text, "value: 382", "value: 383")
    pytester.makefile(".yaml", letter=text)
    result = pytester.runpytest()
    line = text.splitlines().index("  - id: post_conflict_victims_total") + 1
    result.stdout.fnmatch_lines(
        [
            "post_conflict_victims_total/as_stated in un-24-23652: inconsistent, expected consistent",
            "  claim: *Post-conflict victims are those killed and those injured",
            "  total: *383, rounding interval [[]383, 383[]]",
            "  computed: *382",
            "  gap: *-1 people",
            "  implied: *post_conflict_killed in [[]71, 71[]] people, stated 70",
            "*post_conflict_injured in [[]313, 313[]] people, stated 312",
            f"  where: *letter.yaml:{line}: claim post_conflict_victims_total, p. 2, para. 8: *",
            "  reason: *70 + 312 = 382, not the stated total 383",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_failure_of_a_share_names_the_interval_and_implied_operands(
    pytester: pytest.Pytester, letter_text: str, alter: Alter
) -> None:
    pytester.makefile(".yaml", letter=alter(letter_text, "value: 3.6", "value: 4.6"))
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(
        [
            "neutralized_share_of_planted/mines_of_mines in un-24-23652: inconsistent, expected consistent",
            "  stated: *4.6 %, rounding interval [[]4.55, 4.65[]] %",
            "  computed: *3.62867 % (3.51161 to 3.75379 % within the rounding of its operands)",
            "  gap: *-0.971333 percentage points",
            "  implied: *mines_neutralized in [[]68,250, 69,750[]] mines, stated 54,430",
        ]
    )


def test_a_malformed_file_is_one_clear_collection_error(
    pytester: pytest.Pytester, letter_text: str, alter: Alter
) -> None:
    pytester.makefile(".yaml", letter=alter(letter_text, "value: 382", "value: 38.2"))
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "*ERROR collecting letter.yaml*",
            "minestats could not load this data file:",
            "*letter.yaml:*entry 'post_conflict_victims', field 'value': a count must be a whole number*",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_unrelated_yaml_and_toml_are_not_collected(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", config="name: demo\nfigures: [1, 2]\n")
    pytester.makefile(".yml", other="minestats_version: 1\n")
    pytester.makefile(".toml", settings="minestats = 1\n")
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_file_patterns_are_configurable(pytester: pytest.Pytester, letter_text: str) -> None:
    pytester.makefile(".yaml", letter=letter_text)
    pytester.makefile(".ms.yaml", document=letter_text)
    pytester.makeini("[pytest]\nminestats_files = *.ms.yaml\n")
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=len(READINGS))
    assert "document.ms.yaml::" in result.stdout.str()
    assert "letter.yaml::" not in result.stdout.str()


def test_plugin_can_be_disabled(pytester: pytest.Pytester, letter_copy: Path) -> None:
    result = pytester.runpytest("-p", "no:minestats")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


@pytest.mark.parametrize(
    ("expression", "count"),
    [
        ("un-24-23652", len(READINGS)),
        ("cleared_share_of_minefields", 2),
        ("of_minefield_area", 1),
        ("neutralized and not within", 3),
    ],
)
def test_select_items_with_k(
    pytester: pytest.Pytester, letter_copy: Path, expression: str, count: int
) -> None:
    result = pytester.runpytest("-k", expression)
    result.assert_outcomes(passed=count, deselected=len(READINGS) - count)


def test_junitxml_records_each_reading(pytester: pytest.Pytester, letter_text: str, alter: Alter) -> None:
    pytester.makefile(".yaml", letter=alter(letter_text, "value: 382", "value: 383"))
    pytester.runpytest("--junitxml=report.xml")
    root = ET.parse(pytester.path / "report.xml").getroot()
    cases = root.findall(".//testcase")
    assert len(cases) == len(READINGS)
    failed = [c for c in cases if c.find("failure") is not None]
    assert [c.get("name") for c in failed] == ["post_conflict_victims_total[as_stated]"]
    failure = failed[0].find("failure")
    assert failure is not None
    assert "rounding interval [383, 383]" in (failure.text or "")
    properties = {p.get("name"): p.get("value") for p in failed[0].iter("property")}
    assert properties == {"minestats_status": "inconsistent", "minestats_expected": "consistent"}


@pytest.mark.parametrize(
    ("name", "text", "collected"),
    [
        ("doc.yaml", "minestats: 1\nid: x\n", True),
        ("doc.yml", "# a comment\nminestats: '1'\n", True),
        ("doc.yaml", "id: x\nminestats: 1  # format\n", True),
        ("doc.yaml", "id: x\n", False),
        ("doc.yaml", "  minestats: 1\n", False),
        ("doc.yaml", "minestats_version: 1\n", False),
        ("doc.json", "minestats: 1\n", False),
        ("doc.toml", "minestats: 1\n", False),
    ],
)
def test_is_data_file(tmp_path: Path, name: str, text: str, collected: bool) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert is_data_file(path) is collected


def test_is_data_file_on_a_missing_file(tmp_path: Path) -> None:
    assert is_data_file(tmp_path / "absent.yaml") is False
