"""Shared field types and bases: models built without a second validation equal validated ones."""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from pydantic import BaseModel

import minestats
from minestats._models import Figure, Locator
from minestats._report import Implied, Verdict
from minestats._types import _compact, built, maker, slimmed
from minestats._verbal import VerbalShare
from minestats._vocab import ClaimKind, Status

_VERDICT = {
    "document": "note",
    "claim": "share_pct_25",
    "reading": "children_of_casualties",
    "kind": ClaimKind.SHARE,
    "label": "25 per cent, as stated",
    "status": Status.CONSISTENT,
    "unit": "percent",
    "gap_unit": "percentage points",
    "stated": Decimal("25"),
    "low": Decimal("24.5"),
    "high": Decimal("25.5"),
    "computed": Decimal("25"),
    "reason": "120 / 480 = 25 %",
}


def _same(made: BaseModel, validated: BaseModel) -> None:
    """Equal fields, of the same types, in the same order, with the same given names."""
    assert made == validated
    assert list(made.__dict__) == list(validated.__dict__)
    assert [type(v) for v in made.__dict__.values()] == [type(v) for v in validated.__dict__.values()]
    assert made.model_fields_set == validated.model_fields_set
    assert made.model_dump_json() == validated.model_dump_json()
    assert repr(made) == repr(validated)


@pytest.mark.parametrize(
    ("cls", "fields"),
    [
        (Verdict, _VERDICT),
        (Verdict, {**_VERDICT, "qualifiers": {"pct_25": "about"}, "note": "linked by hand"}),
        (Verdict, {**_VERDICT, "stated": VerbalShare("a quarter", Fraction(1, 4)), "computed": None}),
        (Verdict, {**_VERDICT, "gap": 3}),  # an int in a Decimal field becomes a Decimal, as validated
        (Implied, {"figure": "mines_12", "unit": "count", "entity": "mines", "feasible": False}),
        (Implied, {"feasible": False, "entity": "mines", "unit": "count", "figure": "mines_12"}),  # any order
        (
            Implied,
            {
                "figure": "area_40",
                "unit": "ha",
                "feasible": True,
                "low": Decimal("39.5"),
                "high": Decimal("40.5"),
                "alternative_unit": "km²",
                "alternative_low": Decimal("0.395"),
            },
        ),
    ],
)
def test_built_equals_validated(cls: type[BaseModel], fields: dict[str, Any]) -> None:
    _same(built(cls, fields), cls(**fields))


@pytest.mark.parametrize(
    ("cls", "fields"),
    [
        (Verdict, {**_VERDICT, "stated": VerbalShare("a third", Fraction(1, 3)), "gap": 3}),
        (Implied, {"figure": "dogs_7", "unit": "count", "entity": "dogs", "feasible": True, "stated": None}),
        (Locator, {"page": None, "paragraph": 4, "quote": "7 dogs"}),
        (Figure, {"id": "dogs_7", "label": "Number of dogs", "value": Decimal("7"), "unit": "count",
                  "entity": "dogs", "qualifier": None, "locator": Locator(quote="7 dogs")}),
    ],
)  # fmt: skip
def test_maker_builds_what_validation_gives(cls: type[BaseModel], fields: dict[str, Any]) -> None:
    make = maker(cls, tuple(fields))
    _same(make(*fields.values()), cls(**fields))
    _same(make(*fields.values()), built(cls, fields))


def test_maker_refuses_a_name_given_twice() -> None:
    with pytest.raises(TypeError, match="twice"):
        maker(Locator, ("quote", "quote"))


def test_built_gives_each_instance_its_own_default() -> None:
    first, second = built(Verdict, _VERDICT), built(Verdict, _VERDICT)
    assert first.qualifiers == {}
    assert first.qualifiers is not second.qualifiers


def test_built_refuses_unknown_and_missing_fields() -> None:
    with pytest.raises(TypeError, match="no field colour"):
        built(Verdict, {**_VERDICT, "colour": "red"})
    with pytest.raises(TypeError, match="needs reason"):
        built(Verdict, {k: v for k, v in _VERDICT.items() if k != "reason"})


def test_a_built_model_copies_pickles_and_stays_frozen() -> None:
    made = built(Verdict, _VERDICT)
    other = built(Verdict, _VERDICT)
    changed = made.model_copy(update={"note": "read again"})
    assert changed.note == "read again"
    assert made.note is None
    assert "note" in changed.model_fields_set
    assert "note" not in other.model_fields_set
    assert pickle.loads(pickle.dumps(made)) == made
    assert copy.deepcopy(made) == made
    with pytest.raises(Exception, match="frozen"):
        made.reason = "no"  # type: ignore[misc]


def test_slimmed_keeps_a_validated_model_equal() -> None:
    locator = Locator(paragraph=2, quote=" about 1,400 mines ")
    figure = Figure(
        id="mines_1400", label="Mines", value="1,400", unit="count", entity="mines", qualifier="About",
        locator=locator,
    )  # fmt: skip
    twin = figure.model_copy()
    assert slimmed(figure) is figure
    _same(figure, twin)
    assert figure.locator.quote == "about 1,400 mines"
    assert figure.qualifier == "about"
    assert figure.model_copy(update={"note": "checked"}).note == "checked"
    assert figure.note is None


def test_verdicts_of_the_letter_are_the_verdicts_validation_gives() -> None:
    for verdict in minestats.check(minestats.letter()).verdicts:
        fields = {name: getattr(verdict, name) for name in verdict.model_fields_set}
        if "implied" in fields:
            fields["implied"] = tuple(Implied(**dict(i)) for i in verdict.implied)
        _same(verdict, Verdict(**fields))


@pytest.mark.parametrize(
    "values",
    [
        {"figure": "mines_12", "feasible": True},
        {"for": 1, "x y": 2, "__z": 3},  # names no assignment can set are set one by one
    ],
)
def test_compact_dicts_are_the_values_in_order(values: dict[str, Any]) -> None:
    class Holder:
        pass

    first, second = _compact(Holder, values), _compact(Holder, dict(values))
    assert first == second == values
    assert list(first) == list(values)
    assert first is not second
