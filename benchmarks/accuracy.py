"""Precision and recall of minestats.extract on the labelled sentences and on the letter.

Usage::

    python benchmarks/accuracy.py

Labelled sets: ``tests/extract_cases.yaml`` (sentences written for the tests,
used while building the extractor) and ``benchmarks/extract_holdout.yaml``
(written afterwards, never used to tune it).
A mention counts as right when its number, kind and, for quantities, value
(digits included), unit and qualifier are the labelled ones.

Letter: the figures of the bundled data file ``un-24-23652.yaml`` are the
truth. Recall is the share of those figures found with the right value,
unit, qualifier and paragraph; precision is the share of the quantities
extract reports that are figures of the data file. The audit's findings on
the letter's stated percentages are printed after.

Corpus: when ``../shared/corpus/`` (from the repository root) is present, each
of its labelled real texts is read and, per text and in total, the figure
recall and precision are printed at three levels: the value; the value, unit
and qualifier; and those with the counted entity. Then the number of
non-quantities read as quantities (quantities that match no labelled figure)
and the time per text. ``--corpus-only`` skips the other sets; ``--misses``
lists every labelled figure not read right, with what was read instead.

How a labelled figure is matched (README of the corpus gives the labels):
its ``text`` is found in reading order, and the first quantity mention
overlapping it is its reading. The value is compared as a number (``a..b``
against the mention's ``low`` and ``high``, ``p/q`` against its
``fraction``; ``alt_value`` is accepted too). Units ``count``, ``percent``,
``km2``, ``other:km`` ... are compared with the vocabulary's
names (``km``). A unit the vocabulary has no row for
(``other:score``, ``other:ton``: "tons" may be short tons, ...) is counted right when
the mention claims no other unit (``count``), except ``other:ordinal``
(an ordinal mention), ``other:fraction`` (a fraction word) and
``other:ratio`` (a multiple, unit ``times``, or a count); the total
line says how many figures these are. Qualifiers compare by direction
(``about`` approximate, ``estimated`` approximate and an estimate,
``at_least`` lower bound, ``at_most`` upper bound, ``range`` a range). An
entity is right when the label has none, or when a word of it (or its
translation in a small table here, for texts in other languages) begins
like a word of the mention's entity.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

import minestats

ROOT = Path(__file__).resolve().parents[1]
LETTER = ROOT.parent / "shared" / "seeds" / "000_e3977af694b74fda.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
_NUMBER = re.compile(r"[0-9][0-9.,]*(?:st|nd|rd|th)?|[A-Za-z]+(?:-[a-z]+)?")


def _number(mention: minestats.Mention) -> str:
    if mention.kind in ("symbol", "malformed"):
        return mention.text
    match = _NUMBER.match(mention.text)
    return match.group() if match else mention.text


def _key(number: str, kind: str, value: Any, unit: Any, qualifier: Any) -> tuple[Any, ...]:
    if kind != "quantity":
        return (number, kind)
    digits = None if value is None else Decimal(value).as_tuple()
    return (number, kind, digits, unit, qualifier)


def labelled(path: Path, name: str) -> None:
    cases = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    expected: list[tuple[Any, ...]] = []
    found: list[tuple[Any, ...]] = []
    quantity_expected = quantity_found = quantity_right = 0
    for index, case in enumerate(cases):
        want = [
            (index, *_key(e["number"], e["kind"], e.get("value"), e.get("unit"), e.get("qualifier")))
            for e in case["expect"]
        ]
        got = [
            (index, *_key(_number(m), m.kind, m.value, m.unit, m.qualifier))
            for m in minestats.extract(case["text"])
        ]
        expected.extend(want)
        found.extend(got)
        want_q = {w for w in want if w[2] == "quantity"}
        got_q = {g for g in got if g[2] == "quantity"}
        quantity_expected += len(want_q)
        quantity_found += len(got_q)
        quantity_right += len(want_q & got_q)
    right = len(set(expected) & set(found))
    for item in sorted(set(expected) - set(found), key=str):
        print(f"  missed: sentence {item[0] + 1}: {item[1:]}")
    for item in sorted(set(found) - set(expected), key=str):
        print(f"  wrong:  sentence {item[0] + 1}: {item[1:]}")
    print(f"{name}: {len(cases)} sentences, {len(expected)} numeric mentions")
    print(
        f"  all mentions (number and kind; quantities with value, unit, qualifier):"
        f" precision {right / len(found):.3f}, recall {right / len(expected):.3f}"
    )
    print(
        f"  quantities only: precision {quantity_right / quantity_found:.3f},"
        f" recall {quantity_right / quantity_expected:.3f} ({quantity_right} of {quantity_expected})"
    )


def letter() -> None:
    if not LETTER.exists():
        print(f"letter: skipped, its text is not here ({LETTER})")
        return
    text = LETTER.read_text(encoding="utf-8")
    figures = minestats.letter().figures
    quantities = minestats.extract(text).quantities

    def same(f: minestats.Figure, m: minestats.Mention) -> bool:
        return (
            f.locator.paragraph == m.paragraph
            and f.unit == m.unit
            and f.value == m.value
            and (f.value is None or f.stated.replace(",", "") == m.stated)
            and f.qualifier == m.qualifier
        )

    found = [f for f in figures if any(same(f, m) for m in quantities)]
    genuine = [m for m in quantities if any(same(f, m) for f in figures)]
    print(f"letter: {len(figures)} figures in the data file, {len(quantities)} quantities extracted")
    print(
        f"  recall {len(found) / len(figures):.3f} ({len(found)} of {len(figures)}),"
        f" precision {len(genuine) / len(quantities):.3f} ({len(genuine)} of {len(quantities)})"
    )
    for f in figures:
        if f not in found:
            print(f"  missed: {f.id} ({f.text})")
    for m in quantities:
        if m not in genuine:
            print(f"  extra: {m.quote!r}")
    report = minestats.audit(text, name="un-24-23652")
    print("  audit of the stated percentages:")
    for share in report.shares:
        print(f"    {share}")


# -- the labelled corpus of real texts ------------------------------------------------------

_UNITS = {
    "count": "count", "percent": "percent", "km2": "km²", "ha": "ha", "m2": "m²", "acre": "acre",
    "sq_mi": "sq mi", "year": "year", "month": "month", "day": "day", "usd": "USD", "eur": "EUR",
    # units the labels spell "other:" that the vocabulary has since gained
    "other:km": "km",
}  # fmt: skip
_DIRECTIONS = {
    "exact": None, "about": "approximate", "estimated": "approximate", "at_least": "lower bound",
    "at_most": "upper bound", "range": "range",
}  # fmt: skip
# label entity words (English) and how texts in other languages begin them
_ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        *("tué", "muert", "fallec", "morre", "mort", "óbito", "погиб", "убит", "victim", "víctim", "death"),
    ),
    "injured": ("bless", "herid", "ferid", "ранен", "wound"),
    "casualties": ("victim", "víctim", "vítim", "жертв", "пострадав", "accident", "killed", "injur"),
    "people": ("person", "pesso", "человек", "habitant", "einwohn", "bewohner", "menschen", "hombre"),
    "mines": ("mine", "mina", "мин", "landmin"),
    "landmines": ("mine", "mina", "мин", "landmin"),
    "children": ("enfant", "niño", "niña", "menor", "crianç", "дет", "kinder"),
    "women": ("femme", "mujer", "mulher", "frauen"),
    "states": ("états", "etats", "estad", "países", "pays", "state"),
    "countries": ("pays", "países", "стран", "länder", "state"),
    "municipalities": ("municip", "gemeind"),
    "settlements": ("siedl", "ortschaft"),
    "victims": ("victim", "víctim", "vítim", "opfer", "жертв"),
    "buildings": ("здани", "bâtim", "edific"),
    "items": (
        "предмет",
        "объект",
        "боеприпас",
        "objet",
        "artefact",
        "engin",
        "engenho",
        "munic",
        "muniç",
        "item",
        "device",
        "ordnance",
        "pieces",
    ),
    "explosive": ("взрыво", "explos"),
    "observation": ("наблюдат",),
    "routes": ("ruta",),
    "areas": ("área", "area", "zone", "zona", "territ"),
    "sections": ("troço", "tramo", "tronçon", "участ"),
    "accidents": ("acident", "accident"),
    "institutions": ("institu",),
    "brigades": ("brigad",),
    "teams": ("equip", "équipe"),
    "districts": ("distrit", "district"),
    "civilians": ("civil",),
    "security": ("fuerza", "militar", "police", "policía"),
    "uxo": ("uxo", "unexploded", "ordnance", "engenhos", "explosive"),
    "activities": ("actividad",),
    "routes (municipal)": ("municip",),
}


def _stems(words: str) -> set[str]:
    return {w for w in re.split(r"[^\w-]+", words.lower()) if len(w) >= 2}


def _entity_right(label: str, entity: str | None) -> bool:
    if not label:
        return True
    if not entity:
        return False
    got = _stems(entity)
    for word in _stems(label):
        prefixes = (word[:5], *_ENTITY_WORDS.get(word, ()))
        for prefix in prefixes:
            if any(g.startswith(prefix) or (prefix.startswith(g[:5]) and len(g) >= 3) for g in got):
                return True
    return False


def _value_right(label: dict[str, str], mention: minestats.Mention) -> bool:
    wanted = [label["value"], *([label["alt_value"]] if "alt_value" in label else [])]
    for value in wanted:
        if ".." in value:
            low, high = value.split("..")
            got = (getattr(mention, "low", None), getattr(mention, "high", None))
            if (
                got[0] is not None
                and got[1] is not None
                and (got[0], got[1]) == (Decimal(low), Decimal(high))
            ):
                return True
        elif "/" in value:
            if getattr(mention, "fraction", None) == Fraction(value):
                return True
        elif mention.value is not None and mention.value == Decimal(value):
            return True
    return False


def _unit_right(label: str, mention: minestats.Mention) -> bool:
    if label == "other:ordinal":
        return mention.kind == "ordinal"
    if label == "other:fraction":
        return getattr(mention, "fraction", None) is not None
    if label == "other:ratio":
        return mention.unit in ("times", "count")
    if label.startswith("other:") and label not in _UNITS:
        return mention.unit == "count"
    return mention.unit == _UNITS[label]


def _qualifier_right(label: str, mention: minestats.Mention) -> bool:
    wanted = _DIRECTIONS[label]
    if getattr(mention, "low", None) is not None and getattr(mention, "high", None) is not None:
        return wanted == "range"
    got = minestats.QUALIFIERS.get(mention.qualifier or "")
    if got != wanted:
        return False
    estimate = mention.qualifier in ("an estimated", "estimated")
    return wanted != "approximate" or estimate == (label == "estimated")


class _Score:
    def __init__(self) -> None:
        self.labelled = self.found = self.value = self.vuq = self.entity = self.extra = self.other = 0
        self.seconds = 0.0

    def add(self, other: _Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, name: str) -> str:
        def ratio(right: int, of: int) -> str:
            return f"{right / of:6.1%}" if of else "     -"

        return (
            f"{name:30s} {self.labelled:4d} {self.found:4d} | {ratio(self.value, self.labelled)}"
            f" {ratio(self.value, self.found)} | {ratio(self.vuq, self.labelled)}"
            f" {ratio(self.vuq, self.found)}"
            f" | {ratio(self.entity, self.labelled)} {ratio(self.entity, self.found)} | {self.extra:4d}"
            f" | {self.seconds * 1000:7.1f}"
        )


def _text_of(path: Path) -> str:
    """The text after the URL and DATE header lines and the blank line."""
    lines = path.read_text(encoding="utf-8").split("\n")
    index = 0
    while index < len(lines) and re.match(r"(URL|DATE): ", lines[index]):
        index += 1
    if index < len(lines) and not lines[index].strip():
        index += 1
    return "\n".join(lines[index:])


def _find(text: str, words: str, position: int) -> int:
    """Where ``words`` next stand in ``text`` as a whole ("6" not inside "2016")."""
    where = text.find(words, position)
    while where >= 0:
        before = text[where - 1] if where else " "
        after = text[where + len(words)] if where + len(words) < len(text) else " "
        glued_before = before.isalnum() and (words[0].isalnum())
        glued_after = (
            after.isalnum() and words[-1].isalnum() and not (words[-1].isdigit() and after.isalpha())
        )
        if not glued_before and not glued_after:
            return where
        where = text.find(words, where + 1)
    return -1


def score_text(text: str, labels: dict[str, Any], misses: list[str] | None = None) -> _Score:
    score = _Score()
    start = time.perf_counter()
    found = minestats.extract(text)
    score.seconds = time.perf_counter() - start
    candidates = [m for m in found if m.kind in ("quantity", "ordinal")]
    used: set[int] = set()
    position = 0
    optional_hits = 0
    for label in labels["figures"]:
        where = _find(text, label["text"], position)
        if where < 0:
            where = _find(text, label["text"], 0)
        span = (where, where + len(label["text"]))
        position = where + 1
        if str(label["unit"]).startswith("other:"):
            score.other += 1
        match = next(
            (
                i
                for i, m in enumerate(candidates)
                if i not in used
                and m.start < span[1]
                and span[0] < m.end
                and (m.kind == "quantity" or label["unit"] == "other:ordinal")
            ),
            None,
        )
        if match is None:
            if not label.get("optional"):
                score.labelled += 1
                if misses is not None:
                    misses.append(f"not read: {label['text']!r} ({label['unit']}, {label['qualifier']})")
            continue
        used.add(match)
        mention = candidates[match]
        if label.get("optional"):
            optional_hits += 1
            continue
        score.labelled += 1
        value = _value_right(label, mention)
        vuq = value and _unit_right(label["unit"], mention) and _qualifier_right(label["qualifier"], mention)
        entity = vuq and _entity_right(str(label.get("entity") or ""), mention.entity)
        score.value += value
        score.vuq += vuq
        score.entity += entity
        if misses is not None and not entity:
            low, high = getattr(mention, "low", None), getattr(mention, "high", None)
            got = f"{mention.kind} {mention.value} {mention.unit} {mention.qualifier!r}"
            got += f" entity={mention.entity!r}"
            if low is not None:
                got += f" range {low}..{high}"
            level = "value" if not value else "unit/qualifier" if not vuq else "entity"
            misses.append(
                f"wrong {level}: {label['text']!r} = {label['value']} {label['unit']} {label['qualifier']}"
                f" {label.get('entity')!r}; read {got}"
            )
    quantities = [i for i, m in enumerate(candidates) if m.kind == "quantity"]
    extra = [candidates[i] for i in quantities if i not in used]
    score.extra = len(extra)
    score.found = sum(1 for i in quantities if i in used) - optional_hits + len(extra)
    score.found += sum(1 for i in used if candidates[i].kind == "ordinal")
    if misses is not None:
        misses.extend(f"extra: {m.quote!r} ({m.unit})" for m in extra)
    return score


def corpus(show_misses: bool = False) -> None:
    labels_file = CORPUS / "labels.yaml"
    if not labels_file.exists():
        print(f"corpus: skipped, it is not here ({CORPUS})")
        return
    labels = yaml.safe_load(labels_file.read_text(encoding="utf-8"))
    total = _Score()
    minestats.extract("Some 4,000 people.")  # compile and import before timing
    print(f"corpus: {len(labels)} labelled texts in {CORPUS}")
    print(f"{'text':30s} figs read |  value recall/precision | +unit+qualifier | +entity        | non-q | ms")
    for name, entry in labels.items():
        text = _text_of(CORPUS / "texts" / name)
        misses: list[str] | None = [] if show_misses else None
        score = score_text(text, entry, misses)
        total.add(score)
        print(score.row(name.removesuffix(".txt")))
        for line in misses or ():
            print(f"    {line}")
    print(total.row("TOTAL"))
    print(
        f"  ({total.other} labelled figures have a unit the vocabulary has no row for, other:*;"
        " see the docstring for how they are scored)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-only", action="store_true", help="only the labelled corpus of real texts")
    parser.add_argument("--misses", action="store_true", help="list each corpus figure not read right")
    args = parser.parse_args(argv)
    if not args.corpus_only:
        labelled(ROOT / "tests" / "extract_cases.yaml", "labelled development set (tests/extract_cases.yaml)")
        labelled(
            ROOT / "benchmarks" / "extract_holdout.yaml",
            "labelled held-out set (benchmarks/extract_holdout.yaml)",
        )
        letter()
    corpus(args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
