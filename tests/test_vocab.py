"""The vocabulary table: units, qualifiers, multipliers, and what is built from them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import minestats
from minestats._extract import compile_patterns, extract_with
from minestats._units import canonical_unit
from minestats._vocab import (
    MULTIPLIERS,
    QUALIFIER_TABLE,
    QUALIFIERS,
    UNIT_ALIASES,
    UNIT_TABLE,
    UNITS,
    VOCABULARY,
    Direction,
    Qualifier,
    Unit,
    direction_of,
)

jsonschema = pytest.importorskip("jsonschema", reason="validating against the schema needs jsonschema")

ROOD = Unit(
    "rood", "area", Fraction(10117141056, 10**7), "rood", "ha", "ro", "rood", "roods",
    ("roods", "ro"), abbreviations=("ro",), words=("rood", "roods"),
)  # fmt: skip
NO_FEWER_THAN = Qualifier("no fewer than", Direction.LOWER_BOUND)
TEXT = "They cleared no fewer than 40 roods, then 12 ro more."

# The one edit: a row added to each table of _vocab.py (written where the tables end).
EDIT = f"""
UNIT_TABLE = (*UNIT_TABLE, {ROOD!r})
QUALIFIER_TABLE = (*QUALIFIER_TABLE,
    Qualifier({NO_FEWER_THAN.wording!r}, Direction.{NO_FEWER_THAN.direction.name}))
"""
EDIT_BEFORE = "\n#: The vocabulary minestats uses.\n"

# What the unit validator, the extractor, the schema, its reference and the loader make of the new words.
CHECKS = """
import json, sys
if sys.argv[1]:
    sys.path.insert(0, sys.argv[1])
import jsonschema, yaml
import minestats
from minestats._schema import json_schema, schema_markdown
from minestats._units import canonical_unit
from minestats._vocab import Direction, direction_of
assert not sys.argv[1] or minestats.__file__.startswith(sys.argv[1]), minestats.__file__
text = sys.argv[2]
figure = {"id": "a", "label": "a", "value": "40", "unit": "Roods", "qualifier": "No fewer  than",
          "locator": {"page": 1, "quote": "40 roods"}}
document = {"minestats": 1, "id": "x", "title": "t", "figures": [figure]}
out = {}
try:
    out["canonical_unit"] = canonical_unit("ROODS") == canonical_unit("ro") == "rood"
except minestats.UnitError:
    out["canonical_unit"] = False
found = minestats.extract(text).quantities
out["extract"] = [(m.unit, m.qualifier) for m in found] == [("rood", "no fewer than"), ("rood", None)]
out["schema"] = jsonschema.Draft202012Validator(json_schema()).is_valid(document)
markdown = schema_markdown()
out["reference"] = "| `rood` | area | 1,011.7141056 m² |" in markdown and "| `no fewer than` |" in markdown
try:
    loaded = minestats.loads(yaml.safe_dump(document)).figures[0]
    out["loader"] = (loaded.unit, loaded.qualifier) == ("rood", "no fewer than")
except minestats.DataError:
    out["loader"] = False
out["direction"] = direction_of("no fewer than") is Direction.LOWER_BOUND
print(json.dumps(out))
"""


def _checks(package: Path | None) -> dict[str, bool]:
    run = subprocess.run(
        [sys.executable, "-c", CHECKS, str(package or ""), TEXT], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, bool] = json.loads(run.stdout)
    return result


def test_adding_a_unit_and_a_qualifier_is_one_edit(tmp_path: Path) -> None:
    before = _checks(None)
    assert before
    assert not any(before.values()), before
    package = tmp_path / "minestats"
    shutil.copytree(Path(minestats.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    source = (package / "_vocab.py").read_text(encoding="utf-8")
    assert source.count(EDIT_BEFORE) == 1
    (package / "_vocab.py").write_text(source.replace(EDIT_BEFORE, EDIT + EDIT_BEFORE), encoding="utf-8")
    after = _checks(tmp_path)
    assert after == dict.fromkeys(before, True)


def test_a_vocabulary_given_to_the_extractor_is_the_one_it_reads() -> None:
    bigger = replace(VOCABULARY, units=(*UNIT_TABLE, ROOD), qualifiers=(*QUALIFIER_TABLE, NO_FEWER_THAN))
    found = extract_with(TEXT, compile_patterns(bigger)).quantities
    assert [(m.unit, m.qualifier, m.text) for m in found] == [
        ("rood", "no fewer than", "40 roods"),
        ("rood", None, "12 ro"),
    ]
    assert [m.unit for m in minestats.extract(TEXT).quantities] == ["count", "count"]


def test_percentage_points_are_read_in_texts_and_accepted_in_data_files() -> None:
    # in a data file only as the stated figure of a change (see test_models)
    assert [u.name for u in UNIT_TABLE if not u.in_data] == []
    assert canonical_unit("percentage points") == canonical_unit("pp") == "percentage points"
    assert UNITS["percentage points"].pint == ""  # pint's "percent" stays the percent's alias
    assert canonical_unit("percent") == "percent"
    assert extract_with("up 3 percentage points", compile_patterns())[0].unit == "percentage points"


@pytest.mark.parametrize(
    ("unit", "spelling"),
    [(u.name, s) for u in UNITS.values() for s in (u.name, u.pint, *u.aliases) if s],
)
def test_every_alias_resolves_to_its_unit(unit: str, spelling: str) -> None:
    assert canonical_unit(spelling) == unit
    assert canonical_unit(f" {spelling.upper()} ") == unit


def test_no_two_units_share_a_spelling() -> None:
    data = Counter(s for u in UNITS.values() for s in {x.lower() for x in (u.name, u.pint, *u.aliases) if x})
    assert [s for s, n in data.items() if n > 1] == []
    text = Counter(s.lower() for u in VOCABULARY.text_units for s in (*u.abbreviations, *u.words))
    assert [s for s, n in text.items() if n > 1] == []
    names = Counter(u.name for u in UNIT_TABLE)
    assert [s for s, n in names.items() if n > 1] == []


def test_every_text_spelling_of_a_data_unit_names_that_unit_in_a_data_file() -> None:
    for unit in VOCABULARY.text_units:
        for spelling in (*unit.abbreviations, *unit.words):
            owner = UNIT_ALIASES.get(spelling.lstrip("-").lower(), spelling)
            assert owner in (unit.name, spelling), (unit.name, spelling)


@pytest.mark.parametrize(
    ("unit", "written"),
    [(u.name, f" {s}") for u in VOCABULARY.text_units for s in u.words if not s.startswith("-")]
    + [(u.name, s) for u in VOCABULARY.text_units for s in u.words if s.startswith("-")]
    + [
        (u.name, f"{gap}{s.upper()}")
        for u in VOCABULARY.text_units
        for s in u.abbreviations
        for gap in ("", " ")
    ],
)
def test_the_extractor_reads_every_spelling_of_every_unit(unit: str, written: str) -> None:
    (mention,) = minestats.extract(f"Teams recorded 12{written} there.")
    assert (mention.unit, mention.value, mention.text) == (unit, Decimal(12), f"12{written}")


@pytest.mark.parametrize(("word", "power"), list(MULTIPLIERS.items()))
def test_the_extractor_scales_by_every_multiplier(word: str, power: int) -> None:
    (mention,) = minestats.extract(f"About 1.5 {word.title()} mines remain.")
    assert mention.value == Decimal("1.5").scaleb(power)
    assert mention.text == f"1.5 {word.title()}"


@pytest.mark.parametrize("qualifier", QUALIFIER_TABLE, ids=lambda q: q.wording)
def test_the_extractor_reads_every_qualifier(qualifier: Qualifier) -> None:
    (mention,) = minestats.extract(f"Teams found {qualifier.wording} 4,000 mines.")
    assert mention.qualifier == qualifier.wording
    assert direction_of(mention.qualifier) is qualifier.direction


def test_every_qualifier_has_a_direction() -> None:
    for qualifier in QUALIFIER_TABLE:
        assert isinstance(qualifier.direction, Direction)
        assert QUALIFIERS[qualifier.wording] == qualifier.direction.value
        assert qualifier.wording == " ".join(qualifier.wording.lower().split())
    assert [q.wording for q in QUALIFIER_TABLE if q.estimate] == ["an estimated", "estimated"]
    assert all(q.direction is Direction.APPROXIMATE for q in QUALIFIER_TABLE if q.estimate)
