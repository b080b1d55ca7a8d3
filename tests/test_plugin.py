"""The pytest plugin, run inside pytest with ``pytester``."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import minestats
from minestats import DataError, Status
from minestats._plugin import is_data_file

Alter = Callable[[str, str, str], str]
LETTER = minestats.letter()
READINGS = [(c.id, r.id) for c in LETTER.claims for r in c.readings]
#: The readings the letter records as known discrepancies: reported as xfail.
KNOWN = [(c.id, r.id) for c in LETTER.claims for r in c.readings if r.expect is Status.INCONSISTENT]
PASSING = len(READINGS) - len(KNOWN)


def outcome(claim: str, reading: str) -> str:
    return "XFAIL" if (claim, reading) in KNOWN else "PASSED"


@pytest.fixture
def letter_copy(pytester: pytest.Pytester, letter_text: str) -> Path:
    return pytester.makefile(".yaml", letter=letter_text)


def test_one_item_per_reading_each_passes_or_xfails(pytester: pytest.Pytester, letter_copy: Path) -> None:
    assert KNOWN  # the letter has known discrepancies
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=PASSING, xfailed=len(KNOWN))
    for claim, reading in READINGS:
        line = f"letter.yaml::un-24-23652::{claim}[[]{reading}[]] {outcome(claim, reading)}*"
        result.stdout.fnmatch_lines([line])


def test_a_known_discrepancy_is_xfail_with_its_reason(pytester: pytest.Pytester, letter_copy: Path) -> None:
    result = pytester.runpytest("-rx")
    claim, reading = KNOWN[0]
    note = LETTER.claim(claim).reading(reading).note
    assert note
    item = f"letter.yaml::un-24-23652::{claim}[[]{reading}[]]"
    result.stdout.fnmatch_lines([f"XFAIL {item} - known discrepancy (expect: inconsistent): {note}*"])
    assert result.ret == pytest.ExitCode.OK


def test_a_known_discrepancy_that_checks_out_fails(
    pytester: pytest.Pytester, letter_text: str, alter: Alter
) -> None:
    # 165,871.5 ha is 14.73 per cent of 11,258 km²: stated as such, the recorded discrepancy is gone
    pytester.makefile(".yaml", letter=alter(letter_text, "value: 14.2", "value: 14.7"))
    result = pytester.runpytest("-rf")
    result.assert_outcomes(passed=PASSING, xfailed=len(KNOWN) - 1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "[[]XPASS(strict)[]] known discrepancy (expect: inconsistent)*",
            "*now consistent: 165,871.5 ha / 11,258 km² = 14.73 %*remove 'expect: inconsistent'*",
            "FAILED letter.yaml::un-24-23652::cleared_share_of_minefields[[]of_minefield_area[]]*",
        ]
    )
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_a_known_discrepancy_that_becomes_indeterminate_fails_with_the_explanation(
    pytester: pytest.Pytester, letter_text: str
) -> None:
    data = LETTER.model_dump(mode="json")
    claim, reading = KNOWN[0]
    operand = LETTER.claim(claim).reading(reading).part[0]
    for item in data["figures"]:
        if item["id"] == operand:
            item["value"] = None
    pytester.makefile(".yaml", letter=minestats.dumps(minestats.Document.model_validate(data)))
    result = pytester.runpytest("-k", f"{claim} and {reading}")
    result.assert_outcomes(failed=1, deselected=len(READINGS) - 1)
    result.stdout.fnmatch_lines([f"{claim}/{reading} in un-24-23652: indeterminate, expected inconsistent"])


@pytest.mark.parametrize(
    ("old", "new", "failing"),
    [
        ("value: 382", "value: 383", "post_conflict_victims_total[as_stated]"),
        ("value: 3.6", "value: 4.6", "neutralized_share_of_planted[mines_of_mines]"),
        ("value: 38", "value: 3200", "children_and_women_within_victims[as_stated]"),
    ],
)
def test_a_changed_value_fails_exactly_its_item(
    pytester: pytest.Pytester, letter_text: str, alter: Alter, old: str, new: str, failing: str
) -> None:
    pytester.makefile(".yaml", letter=alter(letter_text, old, new))
    result = pytester.runpytest("-rf")
    result.assert_outcomes(passed=PASSING - 1, xfailed=len(KNOWN), failed=1)
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


def test_unrelated_yaml_json_and_toml_are_not_collected(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", config="name: demo\nfigures: [1, 2]\n")
    pytester.makefile(".yml", other="minestats_version: 1\nnote: 'pip install minestats'\n")
    pytester.makefile(".yml", mkdocs="site_name: minestats\nx: !!python/name:os.system\n")
    pytester.makefile(".yml", nested="tool:\n  minestats: 1\n")
    pytester.makefile(".toml", settings="minestats_version = 1\n[tool.minestats]\nx = 1\n")
    pytester.makefile(".json", package='{"name": "minestats", "list": [{"minestats": 1}]}')
    pytester.makefile(".yaml", template="{{ broken: [ yaml\n")  # no data file, whatever its syntax
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_file_patterns_are_configurable(pytester: pytest.Pytester, letter_text: str) -> None:
    pytester.makefile(".yaml", letter=letter_text)
    pytester.makefile(".ms.yaml", document=letter_text)
    pytester.makeini("[pytest]\nminestats_files = *.ms.yaml\n")
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=PASSING, xfailed=len(KNOWN))
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
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) + outcomes.get("xfailed", 0) == count
    assert outcomes.get("deselected", 0) == len(READINGS) - count
    assert result.ret == pytest.ExitCode.OK


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
        ("doc.yaml", "  minestats: 1\n", True),  # YAML's top level may be indented
        ("doc.yaml", "minestats_version: 1\n", False),
        ("doc.txt", "minestats: 1\n", False),
        ("doc.yaml", "\ufeffminestats: 1\n", True),
        ("doc.yaml", "minestats: 1\rid: x\r", True),
        ("doc.yaml", '{"minestats": 1, "id": "x"}', True),
        ("doc.yaml", '"minestats": 1\n', True),
        ("doc.yaml", '"minest\\x61ts": 1\n', True),
        ("doc.yaml", "id: x\n" + "#" * 10_000 + "\nminestats: 1\n", True),
        ("doc.json", '{"id": "x", "minestats": 1}', True),
        ("doc.json", '{"id": "x", "\\u006dinestats": 1}', True),
        ("doc.toml", "minestats = 1\n", True),
        ("doc.toml", '"minest\\u0061ts" = 1\n', True),
        ("doc.toml", "[tool.minestats]\n", False),
        ("doc.json", '{"name": "minestats"}', False),
        # no top-level mapping with the key: no data file, whatever the loader would say of it
        ("doc.yaml", "\ufeffminestats = 1", False),  # one string in YAML (from the long profile)
        ("doc.yaml", "# minestats: 1\n", False),
        ("doc.yaml", "- minestats: 1\n- text: minestats\n", False),  # as tests/extract_cases.yaml
    ],
)
def test_is_data_file(tmp_path: Path, name: str, text: str, collected: bool) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert is_data_file(path) is collected


def test_is_data_file_on_a_missing_file(tmp_path: Path) -> None:
    assert is_data_file(tmp_path / "absent.yaml") is False


# --- no false green: every file the loader reads as declared is collected ------------------------------


def letter_forms(text: str) -> dict[str, bytes]:
    """The letter's data file written in each form the loader reads, by file name."""
    data = {"minestats": 1, **LETTER.model_dump(mode="json", exclude_defaults=True)}
    body = text.replace("minestats: 1\n", "", 1)
    return {
        "bom.yaml": b"\xef\xbb\xbf" + text.encode(),
        "crlf.yaml": text.replace("\n", "\r\n").encode(),
        "cr.yaml": text.replace("\n", "\r").encode(),
        "form.json": json.dumps(data).encode(),
        "json-form.yaml": json.dumps(data, indent=1).encode(),
        "quoted.yaml": text.replace("minestats: 1", '"minestats": 1', 1).encode(),
        "escaped.yaml": text.replace("minestats: 1", '"minest\\x61ts": 1', 1).encode(),
        "late.yaml": (body + "#" + "x" * 9000 + "\nminestats: 1\n").encode(),
        "form.toml": minestats.dumps_toml(LETTER).encode(),
    }


def test_the_letter_in_every_form_the_loader_reads_is_collected(
    pytester: pytest.Pytester, letter_text: str
) -> None:
    forms = letter_forms(letter_text)
    for name, raw in forms.items():
        (pytester.path / name).write_bytes(raw)
        assert minestats.load(pytester.path / name) == LETTER, name
    result = pytester.runpytest()
    result.assert_outcomes(passed=PASSING * len(forms), xfailed=len(KNOWN) * len(forms))


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        ("bad.yaml", b"minestats: 1\nid: [unclosed\n", "not valid YAML"),
        ("bad.yaml", b"minestats: 1\n\x00\x01", "binary"),
        ("bad.yaml", b"minestats: 1\ntitle: caf\xe9\n", "not UTF-8"),
        ("bad.toml", b"minestats = 1\nid = \n", "not valid TOML"),
        ("bad.yaml", b"minestats: 1\nid: !!map x\n", "the tag !!map needs a mapping"),
        ("bad.json", b'{"minestats": 1, "id": ', "not valid YAML"),
        ("bad.yaml", b"minestats: 2\nid: x\n", "unsupported data format version"),
        ("bad.yaml", b"---\nid: x\n---\nminestats: 1\n", "not valid YAML"),
    ],
)
def test_a_candidate_that_cannot_be_read_is_a_collection_error(
    pytester: pytest.Pytester, name: str, raw: bytes, message: str
) -> None:
    (pytester.path / name).write_bytes(raw)
    with pytest.raises(DataError):
        minestats.load(pytester.path / name)
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"*ERROR collecting {name}*", f"*{message}*"])
    assert "Traceback" not in result.stdout.str()


def test_an_unreadable_candidate_is_a_collection_error(
    pytester: pytest.Pytester, letter_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opener = Path.open

    def refuse(path: Path, *args: Any, **kwargs: Any) -> object:  # Path.open's arguments, passed on
        if path.name == "letter.yaml":
            raise PermissionError(13, "Permission denied", str(path))
        return opener(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*ERROR collecting letter.yaml*", "*cannot be read: Permission denied*"])


def test_is_data_file_raises_when_it_cannot_tell(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_bytes(b"id: [unclosed\nminestats: 1\n")
    with pytest.raises(DataError, match="not valid YAML") as info:
        is_data_file(path)
    assert info.value.file == str(path)


def test_a_data_file_of_the_new_kinds_is_checked_reading_by_reading(pytester: pytest.Pytester) -> None:
    page = (Path(__file__).parents[1] / "docs" / "data-format.md").read_text(encoding="utf-8")
    block = page.split("## Claim kinds", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    pytester.makefile(".yaml", kinds=block)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*::casualty_split[[]as_stated[]] PASSED*",
            "*::casualties_fell[[]of_2022[]] PASSED*",
            "*::casualties_fell[[]of_2023[]] FAILED*",
            "*::devices_doubled[[]as_stated[]] PASSED*",
            "*::area_stated_twice[[]as_stated[]] PASSED*",
            "casualties_fell/of_2023 in example-kinds: inconsistent, expected consistent",
            "  stated: *12 %, rounding interval [[]11.5, 12.5[]] %",
            "  reason: *(650 - 572) / 572 = 13.64 %*",
        ]
    )
