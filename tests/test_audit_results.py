"""Tests of minestats._audit._results: the audit's result models, their text, and the draft document."""

from __future__ import annotations

import pytest

import minestats
from minestats._audit._results import Coverage, document_id, draft_document


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("text", "text"),
        ("Casualties note, 2024", "casualties-note-2024"),
        ("2024 note", "text-2024-note"),
        ("***", "text"),
        ("un-24-23652", "un-24-23652"),
        ("Déminage à Sangüesa", "deminage-a-sanguesa"),  # accents off, letters kept
    ],
)
def test_document_id(name: str, expected: str) -> None:
    assert document_id(name) == expected


def test_draft_document_needs_a_figure() -> None:
    with pytest.raises(minestats.DataError, match="no quantity") as caught:
        draft_document((), (), "empty note", None)
    assert "empty note" in str(caught.value)


def test_coverage_text_shows_six_quotes_and_counts_the_rest() -> None:
    quotes = tuple(f"{n} mines" for n in range(1, 10))
    coverage = Coverage(
        mentions=10,
        kinds={"quantity": 9, "year": 1, "date": 0},
        quantities=9,
        checked=0,
        unchecked={"no stated relation to another figure": quotes},
    )
    lines = str(coverage).splitlines()
    assert lines[0] == "10 numeric mentions: 9 quantities; not quantities: 1 year"
    assert lines[1] == "0 of 9 quantities checked"
    assert lines[2].startswith("not checked (9), no stated relation to another figure: \u201c1 mines\u201d")
    assert "\u201c6 mines\u201d and 3 more" in lines[2]
    assert "7 mines" not in lines[2]


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        (
            "Prices rose by 12 per cent.",
            {"Stated percentages (1):": "not checked", "Totals and parts (0):": "none"},
        ),
        (
            "There were 35 casualties, including 20 children and 10 women.",
            {"Stated percentages (0):": "none", "Totals and parts (1):": "within_casualties_35: consistent"},
        ),
    ],
)
def test_audit_text_sections(text: str, sections: dict[str, str]) -> None:
    lines = minestats.audit(text).to_text().splitlines()
    for title, first in sections.items():
        entry = lines[lines.index(title) + 1]
        assert entry.startswith("  ")
        assert first in entry
    assert "False precision (0):" in lines
    assert lines[1].split() == ["id", "stated", "unit", "qualifier", "para", "quote"]
    assert set(lines[2]) <= {" ", "-"}


def test_audit_text_names_a_count_by_its_entity() -> None:
    rows = minestats.audit("There were 35 casualties in 12 hectares.").to_text().splitlines()[3:5]
    assert rows[0].split()[:3] == ["casualties_35", "35", "casualties"]
    assert rows[1].split()[:3] == ["ha_12", "12", "ha"]


def test_share_text_of_an_inconsistent_share_names_its_pair_what_it_would_need_and_the_link() -> None:
    report = minestats.audit("Of 2,000 hectares, 450 hectares, that is 25 per cent, were cleared.")
    (share,) = report.shares
    text = str(share)
    assert text.startswith("para. 1, \u201c25 per cent\u201d: inconsistent: 450 ha / 2,000 ha = 22.5 %")
    assert "gap -2.5 pp" in text
    assert "; would need ha_450 in " in text
    assert "[linked: part \u201c450 hectares\u201d then \u201cthat is\u201d" in text
    assert not report.as_expected


def test_one_status_vocabulary() -> None:
    """A share's status is its verdict's status, in the text, the table, JSON and the exit status."""
    report = minestats.audit("Of 2,000 hectares, 450 hectares, that is 25 per cent, were cleared.")
    (share,) = report.shares
    assert share.verdict is not None
    assert share.status == share.verdict.status.value == "inconsistent"
    assert report.model_dump(mode="json")["shares"][0]["status"] == "inconsistent"
    assert "inconsistent" in report.to_text().split("Totals and parts")[0]


# -- names and titles a caller gives (issue 14) ---------------------------------------------


def test_a_long_name_makes_an_id_of_at_most_100_characters() -> None:
    doc = minestats.draft("Of the 100 ha, 12 ha (12 per cent) are cleared.", name="a" * 150)
    assert doc.id == "a" * 100
    assert minestats.loads(doc.to_yaml()) == doc


@pytest.mark.parametrize("name", [None, 12, b"text"])
def test_a_name_that_is_not_text_is_a_data_error(name: object) -> None:
    with pytest.raises(minestats.DataError, match="field 'name'"):
        minestats.audit("Of the 100 ha, 12 ha are cleared.", name=name)  # type: ignore[arg-type]


@pytest.mark.parametrize("title", ["", "  ", "\n"])
def test_a_blank_title_is_a_data_error(title: str) -> None:
    with pytest.raises(minestats.DataError, match="field 'title'"):
        minestats.draft("Of the 100 ha, 12 ha are cleared.", title=title)
