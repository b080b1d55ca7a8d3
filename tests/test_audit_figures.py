"""Tests of minestats._audit._figures: figure ids, labels and entities; operands as interval sums."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from pydantic import ValidationError

import minestats
from minestats._audit._figures import Operand, items
from minestats._interval import Interval
from minestats._models import Figure, Locator


def _items(text: str, unchecked: dict[str, list[str]] | None = None) -> list[tuple[str, str, str | None]]:
    found = items(text, minestats.extract(text), {} if unchecked is None else unchecked)
    return [(i.figure.id, i.figure.label, i.figure.entity) for i in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teams cleared 14.2 per cent.", [("pct_14_2", "A percentage", None)]),
        ("Mines cover 11,258 km².", [("km2_11258", "An area", None)]),
        ("Mines cover 12 square metres.", [("m2_12", "An area", None)]),
        ("Mines cover 2.5 hectares.", [("ha_2_5", "An area", None)]),
        ("It took 3 years and 6 months.", [("years_3", "A duration", None),
                                           ("months_6", "A duration", None)]),
        ("Some 4,000 people went missing.", [("people_4000", "Number of people", "people")]),
        ("About 1.5 million mines were laid.", [("mines_1_5_million", "Number of mines", "mines")]),
        # the noun after "number of", before the figure
        ("The number of mine victims has reached 382.", [("victims_382", "Number of victims", "victims")]),
        # repeated ids are numbered
        ("It was 12 mines, then 12 mines.", [("mines_12", "Number of mines", "mines"),
                                              ("mines_12_2", "Number of mines", "mines")]),
    ],
)  # fmt: skip
def test_ids_labels_entities(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _items(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Clearance rose 3 percentage points.", "a change in percentage points, not a share"),
        ("Clearance reached 140 per cent.", "not a valid figure: "),
    ],
)
def test_quantities_that_are_not_figures(text: str, reason: str) -> None:
    unchecked: dict[str, list[str]] = {}
    assert _items(text, unchecked) == []
    ((found, quotes),) = unchecked.items()
    assert found.startswith(reason)
    assert len(quotes) == 1


def test_a_mention_without_a_number_is_kept_without_an_interval() -> None:
    unchecked: dict[str, list[str]] = {}
    text = "Hundreds of families returned."
    (item,) = items(text, minestats.extract(text), unchecked)
    assert item.base is None
    assert list(unchecked) == ["no number stated"]


@pytest.mark.parametrize(
    "text", ["30 hectares and 2 km²", "382 people, 70 people", "1.5 million mines and 12 mines"]
)
def test_operand_is_the_sum_of_its_items_intervals(text: str) -> None:
    found = items(text, minestats.extract(text), {})
    operand = Operand.of(found)
    bases = [f.figure.stated_interval() for f in found]
    assert all(b is not None for b in bases)
    expected = Interval.total([b for b in bases if b is not None])
    assert (operand.low, operand.point, operand.high) == expected.triple()
    assert (operand.flow, operand.fpoint, operand.fhigh) == tuple(float(x) for x in expected.triple())
    assert operand.ids == tuple(f.figure.id for f in found)
    assert operand.low < operand.point < operand.high or operand.low == operand.high
    values = [f.figure.value for f in found]
    assert all(v is not None for v in values)
    factors = [f.figure.unit_info.factor for f in found]
    assert operand.point == sum(
        Fraction(v) * k for v, k in zip(values, factors, strict=True) if v is not None
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the extractor gives the parts the whole's noun; the text names it only after the whole
        ("Disse que dos 150 distritos, 131 estão em paz e 19 não.", ["distritos", None, None]),
        ("Teams cleared 40 mines, then 30 mines.", ["mines", "mines"]),
        # a row label before the count, a noun after it, a noun before it not right after another count
        ("Summary\n\nInjured: 17 (15 civilians, 2 deminers)", ["Injured", "civilians", "deminers"]),
        ("They found 12 mines and the mines numbered 30 in all.", ["mines", "mines"]),
    ],
)
def test_counted_is_what_the_words_next_to_a_count_name(text: str, expected: list[str | None]) -> None:
    found = items(text, minestats.extract(text), {})
    assert [i.counted for i in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Of the 2,140 deminers, 615 were women (28.7 per cent).",
        "Nearly 95 ha of 1,210 ha were released; about 3.4 km² remain.",
        "Two thirds of the 90 villages, some 60 villages, were surveyed.",
        "Donors gave $4,210 million, and 14 teams worked for 3 years.",
        "Avant 2019, 1 250 mines ont été détruites, soit 12,5 %.",
    ],
)
def test_figures_are_the_figures_validation_gives(text: str) -> None:
    """Figures are built by their own validators without pydantic's pass: equal to validated ones."""
    quick: dict[str, list[str]] = {}
    found = items(text, minestats.extract(text), quick)
    assert found
    for item in found:
        figure = item.figure
        validated = Figure(**{name: getattr(figure, name) for name in figure.model_fields_set})
        assert figure == validated
        assert figure.model_fields_set == validated.model_fields_set
        assert type(figure.value) is type(validated.value)
        assert figure.model_dump_json() == validated.model_dump_json()


def test_an_amount_with_a_smaller_multiplier_is_kept() -> None:
    # "$4,210 million" writes 4.21 billion with its digits: a figure, not refused.
    text = "Donors gave $4,210 million."
    unchecked: dict[str, list[str]] = {}
    (item,) = items(text, minestats.extract(text), unchecked)
    assert unchecked == {}
    assert item.figure.value == Decimal("4.210E+9")
    assert item.figure.locator.quote == "$4,210 million"


def test_a_figure_the_check_refuses_keeps_validation_s_message() -> None:
    text = "Teams found some 12.5 mines per day."
    unchecked: dict[str, list[str]] = {}
    assert items(text, minestats.extract(text), unchecked) == []
    ((reason, quotes),) = unchecked.items()
    with pytest.raises(ValidationError) as caught:
        Figure(
            id="mines_12_5", label="A count", value="12.5", unit="count", entity="mines",
            locator=Locator(paragraph=1, quote=quotes[0]),
        )  # fmt: skip
    assert reason == "not a valid figure: " + caught.value.errors()[0]["ctx"]["error"].problems[0].message


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("El año pasado hubo 506 víctimas.", "victimas_506"),
        ("On a compté 73 blessés.", "blesses_73"),
        ("Foram registadas 19 explosões.", "explosoes_19"),
        ("There were 506 victims.", "victims_506"),
    ],
)
def test_ids_keep_accented_letters_without_their_accents(text: str, ident: str) -> None:
    # an id is ASCII: "víctimas" gives "victimas", not "v_ctimas"
    (item,) = items(text, minestats.extract(text), {})
    assert item.figure.id == ident


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "Teams cleared 25 per cent of the fields. Later 25.0 per cent of the roads were open.",
            [("0.245", "0.255"), ("0.2495", "0.2505")],
        ),
        (
            "About 3.0 ha were searched in May and 3 ha in June.",
            [("29500", "30500"), ("25000", "35000")],
        ),
    ],
)
def test_equal_values_written_otherwise_keep_their_own_rounding(
    text: str, ends: list[tuple[str, str]]
) -> None:
    # "25" and "25.0" are equal numbers: each keeps the interval its digits give
    found = items(text, minestats.extract(text), {})
    assert [(str(i.base.low), str(i.base.high)) for i in found if i.base is not None] == [
        (str(Fraction(low)), str(Fraction(high))) for low, high in ends
    ]


_PLAIN = {
    "ident": "wells_64", "label": "Number of wells", "value": Decimal("64"), "unit": "count",
    "entity": "wells", "qualifier": None, "page": None, "paragraph": 2, "quote": "64 wells",
}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "quick"),
    [
        ({}, True),
        ({"unit": "hectares", "value": Decimal("6.5"), "entity": None, "quote": "6.5 hectares"}, True),
        ({"qualifier": "About", "quote": "about 64 wells"}, True),
        ({"quote": "64 wells "}, False),  # text to strip: validation's
        ({"label": " Number of wells"}, False),
        ({"entity": ""}, False),
        ({"ident": "Wells-64"}, False),
        ({"paragraph": 0}, False),
        ({"unit": "furlongs"}, False),  # a unit validation refuses, with its message
    ],
)
def test_a_quick_figure_is_the_validated_one_or_none(change: dict[str, object], quick: bool) -> None:
    from minestats._audit._figures import _quick_figure

    fields = {**_PLAIN, **change}
    figure = _quick_figure(**fields)  # type: ignore[arg-type]
    assert (figure is not None) is quick
    if figure is not None:
        place = {"page": fields["page"], "paragraph": fields["paragraph"], "quote": fields["quote"]}
        validated = Figure(
            id=fields["ident"], label=fields["label"], value=fields["value"], unit=fields["unit"],
            entity=fields["entity"], qualifier=fields["qualifier"], locator=Locator(**place),
        )  # fmt: skip
        assert figure == validated
        assert figure.model_dump_json() == validated.model_dump_json()


def test_a_note_in_parentheses_is_no_part_of_an_id() -> None:
    """A demonym counts people: the entity says so, the id keeps the demonym alone."""
    (figure,) = minestats.audit("Over 46,000 Libyans fled the fighting.").figures
    assert figure.entity == "Libyans (people)"
    assert figure.id == "libyans_46000"
