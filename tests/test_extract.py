"""Tests of minestats.extract: labelled sentences, the letter, and properties."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import minestats
from minestats import extract
from minestats._extract import KINDS, MENTION_COLUMNS, PATTERNS

CASES_FILE = Path(__file__).with_name("extract_cases.yaml")
CASES: list[dict[str, Any]] = yaml.load(CASES_FILE.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
LETTER = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e3977af694b74fda.txt"
needs_letter = pytest.mark.skipif(
    not LETTER.exists(),
    reason=f"the letter's text ({LETTER.name}) is not in the shared folder beside the project",
)


_NUMBER_ONLY = re.compile(r"[0-9][0-9.,]*(?:st|nd|rd|th)?|[A-Za-z]+(?:-[a-z]+)?")


def _mention_number(mention: minestats.Mention) -> str:
    """The number as printed, without multiplier or unit (symbols whole)."""
    if mention.kind in ("symbol", "malformed"):
        return mention.text
    match = _NUMBER_ONLY.match(mention.text)
    assert match is not None
    return match.group()


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_labelled_sentence(case: dict[str, Any]) -> None:
    text = case["text"]
    found = extract(text)
    got = [(_mention_number(m), m.kind) for m in found]
    want = [(e["number"], e["kind"]) for e in case["expect"]]
    assert got == want
    for mention, expected in zip(found, case["expect"], strict=True):
        if expected["kind"] != "quantity":
            assert mention.unit is None
            continue
        assert mention.unit == expected["unit"]
        assert mention.qualifier == expected.get("qualifier")
        if "value" in expected:
            assert mention.value is not None
            assert mention.value.as_tuple() == Decimal(expected["value"]).as_tuple()
        else:
            assert mention.value is None
        if "low" in expected:
            assert (mention.low, mention.high) == (Decimal(expected["low"]), Decimal(expected["high"]))
        if "entity" in expected:
            assert mention.entity == expected["entity"]


def test_labelled_set_covers_every_kind() -> None:
    kinds = {e["kind"] for case in CASES for e in case["expect"]}
    assert kinds == set(KINDS)


def test_mention_spans_and_quotes() -> None:
    text = "Nearly 1.5 million landmines cover about 11,258 square kilometres."
    first, second = extract(text)
    assert text[first.start : first.end] == first.text == "1.5 million"
    assert first.quote == "Nearly 1.5 million landmines"
    assert first.stated == "1.5 million"
    assert second.text == "11,258 square kilometres"
    assert second.quote == "about 11,258 square kilometres"


def test_sentence_and_paragraph_indices() -> None:
    text = "Teams found 12 mines. Then 14 more mines.\n\nA new paragraph with 3 devices.\n\n4 A footnote."
    found = extract(text)
    assert [(m.text, m.sentence, m.paragraph, m.block) for m in found] == [
        ("12", 1, 1, 1),
        ("14", 2, 1, 1),
        ("3", 3, 2, 2),
        ("4", 4, None, 3),
    ]
    assert found[3].kind == "footnote"


def test_to_frame_columns_and_digits() -> None:
    frame = extract("About 14.20 per cent of 165,871.5 ha, in 2024.").to_frame()
    assert list(frame.columns) == list(MENTION_COLUMNS)
    assert {c: str(t) for c, t in frame.dtypes.items()} == MENTION_COLUMNS
    assert frame["stated"].tolist() == ["14.20", "165871.5", "2024"]
    assert frame["kind"].tolist() == ["quantity", "quantity", "year"]


def test_extract_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="needs text"):
        extract(b"12 mines")  # type: ignore[arg-type]


def test_quantities_and_counts() -> None:
    found = extract("In 2020, 12 mines were found (see A/1/2).")
    assert [m.text for m in found.quantities] == ["12"]
    assert found.counts()["year"] == 1
    assert found.counts()["symbol"] == 1
    assert len(found) == 3
    assert found[0].kind == "year"


# -- the letter -------------------------------------------------------------------


@pytest.fixture(scope="module")
def letter_mentions() -> minestats.Extraction:
    return extract(LETTER.read_text(encoding="utf-8"))


@needs_letter
@pytest.mark.parametrize("figure", minestats.letter().figures, ids=lambda f: f.id)
def test_letter_figure_is_found(figure: minestats.Figure, letter_mentions: minestats.Extraction) -> None:
    """Every figure of the data file: same value (digits too), unit, qualifier and paragraph."""
    matches = [
        m
        for m in letter_mentions.quantities
        if m.paragraph == figure.locator.paragraph
        and m.unit == figure.unit
        and (m.value is None) == (figure.value is None)
        and (figure.value is None or m.value == figure.value)
    ]
    assert matches, f"{figure.id} not found"
    mention = matches[0]
    if figure.value is not None:
        assert mention.value is not None
        assert mention.stated == figure.stated.replace(",", "")
    assert mention.qualifier == figure.qualifier


@needs_letter
def test_letter_has_no_spurious_quantity(letter_mentions: minestats.Extraction) -> None:
    """No year, date, symbol or footnote counts as a quantity: each one is a figure of the data file."""
    figures = minestats.letter().figures
    for mention in letter_mentions.quantities:
        assert any(
            f.locator.paragraph == mention.paragraph and f.value == mention.value and f.unit == mention.unit
            for f in figures
        ), mention


@needs_letter
def test_letter_non_quantities(letter_mentions: minestats.Extraction) -> None:
    kinds = letter_mentions.counts()
    resolutions = [m.text for m in letter_mentions if m.kind == "resolution"]
    assert resolutions == ["822", "853", "874", "884", "15", "7"]
    assert kinds["agenda"] == 7
    assert kinds["footnote"] >= 6
    assert kinds["malformed"] == 0
    years = [m.text for m in letter_mentions if m.kind == "year"]
    assert "1993" in years
    assert "2024" in years


# -- properties ---------------------------------------------------------------------

UNITS = {
    "per cent": "percent",
    "%": "percent",
    "hectares": "ha",
    "square kilometres": "km²",
    "km²": "km²",
    "landmines": "count",
}


@given(
    value=st.integers(min_value=0, max_value=10**9),
    decimals=st.sampled_from(["", ".0", ".5", ".25"]),
    unit=st.sampled_from(sorted(UNITS)),
)
def test_grouped_number_round_trips(value: int, decimals: str, unit: str) -> None:
    number = f"{value:,}{decimals}"
    text = f"The survey found {number} {unit} in the district."
    found = extract(text)
    assert len(found) == 1
    mention = found[0]
    assert mention.kind == "quantity"
    assert mention.value is not None
    assert mention.value.as_tuple() == Decimal(number.replace(",", "")).as_tuple()
    assert mention.unit == UNITS[unit]


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("0123456789,. -/%()\nabcAB")), max_size=200))
def test_any_text_gives_ordered_disjoint_spans(text: str) -> None:
    found = extract(text)
    previous_end = 0
    for mention in found:
        assert mention.kind in KINDS
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.start >= previous_end
        assert text[mention.start : mention.end] == mention.text
        previous_end = mention.end


# -- the patterns built from the vocabulary -----------------------------------------


def test_the_unit_pattern_has_no_repeated_group() -> None:
    """Linear time: only single characters repeat (``\\s+``, ``[ \\t]*``); a group is at most optional."""
    pattern = PATTERNS.after.pattern
    assert re.search(r"\)[*+{]", pattern) is None
    assert pattern.count("(?P<") == len(PATTERNS.units) + 1


@pytest.mark.parametrize(
    ("text", "unit", "span"),
    [
        ("up 3  per  cent", "percent", "3  per  cent"),
        ("up 3 per\ncent", "percent", "3 per\ncent"),
        ("up 3 per-cent", "percent", "3 per-cent"),
        ("a 500-hectare field", "ha", "500-hectare"),
        ("12 sqkm and", "km²", "12 sqkm"),
        ("12 Sq.  Km and", "km²", "12 Sq.  Km"),
        ("2 p.p. more", "percentage points", "2 p.p."),
        ("left: 31.5 km 2 (mid-year)", "km²", "31.5 km 2"),
        ("some 800 m 2 of farmland", "m²", "800 m 2"),
    ],
)
def test_spellings_and_the_space_between(text: str, unit: str, span: str) -> None:
    (mention,) = extract(text)
    assert (mention.unit, mention.text) == (unit, span)


@pytest.mark.parametrize(
    ("text", "unit", "span"),
    [
        ("Teams checked 23 km of road.", "km", "23 km"),
        ("A 10-kilometre strip was fenced.", "km", "10-kilometre"),
        ("Se desminaron 40 kilómetros de caminos.", "km", "40 kilómetros"),
        ("Foram limpos 316 quilómetros de estrada.", "km", "316 quilómetros"),
        ("On a déminé 12 kilomètres de piste.", "km", "12 kilomètres"),
        ("Очищено 7 км дорог.", "km", "7 км"),
        ("They removed 12 tonnes of ordnance.", "tonne", "12 tonnes"),
        ("Se retiraron 3 toneladas de munición.", "tonne", "3 toneladas"),
        ("A 5 km2 area, not 5 km.", "km²", "5 km2"),
    ],
)
def test_lengths_and_masses(text: str, unit: str, span: str) -> None:
    # a length or a mass is its own dimension, not a count of kilometres
    mention = extract(text).quantities[0]
    assert (mention.unit, mention.text) == (unit, span)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("five hectares were released", [("five hectares", None)]),
        ("five percentage points higher", [("five percentage points", None)]),
        ("ten square kilometres of land", [("ten square kilometres", None)]),
        ("six action points were agreed", [("six", "points")]),
        ("more than 6,000 kilometres of roads", [("6,000 kilometres", None)]),
        ("some 40 metric tons of scrap", [("40 metric tons", None)]),
        ("six tons of scrap", [("six", "tons")]),  # "tons" alone may be short tons: no unit
    ],
)
def test_a_unit_word_is_never_the_counted_entity(text: str, expected: list[tuple[str, str]]) -> None:
    """The first word of a unit's spelling ends the noun phrase; other words are the noun."""
    assert [(m.text, m.entity) for m in extract(text).quantities] == expected


@given(
    st.lists(
        st.sampled_from(["per cent", "percent", "pct", "per-cent", "sq km", "sq. km", "km2", "km"]),
        min_size=1,
        max_size=8,
    ),
    st.text(alphabet="abcdeklmnpqrst .-2", max_size=12),
)
def test_a_trie_of_spellings_matches_what_their_alternation_matches(spellings: list[str], text: str) -> None:
    """The trie refuses early but reads the same spellings as the plain alternation, longest first."""
    from minestats._extract._patterns import spelling_trie

    gap = "[ \\t]+"
    plain = (
        "(?:"
        + "|".join(
            gap.join(re.escape(p) for p in s.split()) + (r"(?![^\\W_])" if s[-1].isalnum() else "")
            for s in sorted(dict.fromkeys(spellings), key=len, reverse=True)
        )
        + ")"
    )
    trie = re.compile(spelling_trie(spellings, gap), re.IGNORECASE)
    alternation = re.compile(plain, re.IGNORECASE)
    for start in range(len(text) + 1):
        ours, theirs = trie.match(text, start), alternation.match(text, start)
        assert (ours and ours.end()) == (theirs and theirs.end())


def _reading(match: re.Match[str]) -> tuple[tuple[int, int], str | None, dict[str, str]]:
    """What a match of the unit pattern says: its span, its last group, and the groups it matched."""
    return match.span(), match.lastgroup, {k: v for k, v in match.groupdict().items() if v is not None}


@pytest.mark.parametrize(
    "text",
    [
        "7 mines lay there",
        "7 people said so",
        "7, then 8",
        "7 per cent of it",
        "7 PER CENT of it",
        "7 million square kilometres",
        "7 Million Hectares",
        "7 millions de dollars",
        "7 млн. га",
        "7 тыс. человек",
        "7-hectare plot",
        "7 -km",
        "7km² left",
        "7 km\n2 more",
        "7 \n\nhectares",
        "7 months later",
        "7 m² of it",
        "7 sq. mi. of it",
        "7 percentage points up",
        "7 pp up",
        "7 İha",
        "7 \u212am",
        "7",
        "7 ",
        "7 -",
        "7 mil munições",
        "7 mil millones de dólares",
        "7  million hectares",
        "7 \tmillion",
        "7 - million",
        "7 -hectares",
        "7 Mio. Euro",
        "7 mint leaves",
        "7 milk cartons",
        "7 ſq km",
        "7 ſquare miles",
        "7 squads",
        "7 тыл",
        "7 bnx",
        "7 hectic days",
    ],
)
def test_the_narrowed_unit_pattern_reads_what_the_whole_one_reads(text: str) -> None:
    """``after_match`` runs only the units that can start there, and gives the same match as ``after``."""
    assert _reading(PATTERNS.after_match(text, 1)) == _reading(PATTERNS.after.match(text, 1))  # type: ignore[arg-type]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            [
                "per",
                "cent",
                "km",
                "2",
                "²",
                "sq",
                ".",
                "mi",
                "m",
                "ha",
                "hectares",
                "million",
                "de",
                "of",
                "d'",
                "mines",
                "months",
                "years",
                "pp",
                "млн",
                "га",
                "тыс",
                "K",
                "ſ",
                "%",
                "$",
                "€",
                "x",
                "mil",
                "milk",
                "Mio.",
                "mint",
                "square",
                "squad",
                "ſq",
                "\u212am",
                "perhaps",
                "тысяча",
                "тыл",
                "bn",
                "bnx",
            ]
        ),
        max_size=5,
    ),
    st.lists(st.sampled_from(["", " ", "  ", "-", " -", "\n", "\t", "\u00a0"]), min_size=5, max_size=5),
)
def test_the_narrowed_unit_pattern_agrees_on_any_words(words: list[str], gaps: list[str]) -> None:
    from minestats._extract._patterns import NOTHING_AFTER

    text = "7" + "".join(gap + word for gap, word in zip(gaps, words, strict=False))
    whole = PATTERNS.after.match(text, 1)
    assert _reading(PATTERNS.after_match(text, 1)) == _reading(whole)  # type: ignore[arg-type]
    if PATTERNS.after_pattern(text, 1) is NOTHING_AFTER:  # nothing can follow: the whole pattern agrees
        assert _reading(whole) == ((1, 1), None, {})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("In 2021, 1 000 and 2,500.5 (or 3’000) were 1st.", ["2021", "1 000", "2,500.5", "3’000", "1"]),
        ("12 345 678 and 12 3456", ["12 345 678", "12", "3456"]),
        ("x7 /8 “9 «10 ‘11 '12", ["7", "8", "9", "10", "11", "12"]),
    ],
)
def test_the_scan_reads_each_number_once_with_its_digits(text: str, numbers: list[str]) -> None:
    scanner, _, _ = PATTERNS.scan("en")
    found = [text[m.start() : m.end("num")] for m in scanner.finditer(text) if m.end("num") >= 0]
    assert found == numbers


# -- dates and years the extractor tells from quantities ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "kinds"),
    [
        ("The review meets between 14 and 18 of the month.", None, ["date", "date"]),
        ("La conferencia será entre 9 y 13 de marzo.", "es", ["date", "date"]),
        ("A reunião decorre entre 3 e 7 do mês em curso.", "pt", ["date", "date"]),
        ("DEADLINE: 1 MARCH 2031", None, ["date", "year"]),
        ("Officials said on Thursday (12) that work resumed.", None, ["date"]),
        ("O ministro disse no domingo (9) que o trabalho continua.", "pt", ["date"]),
        ("Photo 2021 04 18 taken in the field", None, ["date"]),
        ("since 2016 villages have asked for survey", None, ["year"]),
        ("The group had 2016 members.", None, ["quantity"]),
        ("Teams of 12 (as planned) may be sent.", None, ["quantity"]),
    ],
)
def test_dates_and_years(text: str, locale: str | None, kinds: list[str]) -> None:
    assert [m.kind for m in extract(text, locale=locale)] == kinds


# -- the estimate words before a number, searched once per text or once per number ----------------------


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The ministry estimated that 7,300 mines were still laid.", "7,300", "estimated"),
        ("Observers put the number of missing at 950 in May.", "950", "put"),
        ("Observers put forward a plan. Then 950 were found.", "950", None),
        ("Output rose and 950 hectares were cleared.", "950", None),
        ("ESTIMATED AREA\n\n412 hectares", "412", "412"),
        ("the estimated extent of the fields (38 km2) is large", "38", "the"),
        ("Эксперты: оценка 12 тысяч", "12", None),
        ("Die Behörde schätzt, dass 40 Felder bleiben.", "40", "schätzt"),
        ("Nothing is said before 5 mines.", "5", None),
    ],
)
def test_estimate_words_found_alike_with_the_text_searched_once(
    text: str, number: str, expected: str | None
) -> None:
    from minestats._extract._context import estimate_before, estimate_keys

    start = text.index(number)
    found = estimate_before(text, start)
    assert found == estimate_before(text, start, estimate_keys(text))
    assert (None if found is None else text[found:].split()[0].rstrip(",")) == expected


@given(st.text(alphabet="stimSTIMpuPUchätzCHÄTZ ценкЦЕНК.\n1", max_size=160))
@settings(max_examples=200)
def test_estimate_words_searched_once_agree_on_any_text(text: str) -> None:
    from minestats._extract._context import estimate_before, estimate_keys

    keys = estimate_keys(text)
    for start in range(len(text) + 1):
        assert estimate_before(text, start, keys) == estimate_before(text, start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of thousands of villagers fled the fighting.", ("Hundreds of thousands", "villagers")),
        ("They counted hundreds of thousands. Then more.", ("hundreds", "thousands")),
        ("An unknown number of shells still lie there.", ("An unknown number", "shells")),
        ("we found an Unknown number of bombs", ("an Unknown number", "bombs")),
        ("Dozens of schools reopened.", ("Dozens", "schools")),
        ("by then tens of thousands of leaflets", ("tens of thousands", "leaflets")),
        ("HUNDREDS of homes burned", None),
    ],
)
def test_amounts_in_words_with_no_number(text: str, expected: tuple[str, str] | None) -> None:
    found = [(m.text, m.entity) for m in extract(text) if m.kind == "quantity"]
    assert found == ([] if expected is None else [expected])


# the amounts in words with no number as the scan once wrote them: one alternative each
_VAGUE_AS_WRITTEN = re.compile(
    r"(?P<vague>(?:[Tt]ens|[Hh]undreds) of thousands|[Tt]housands|[Hh]undreds|[Dd]ozens|[Mm]illions"
    r"|(?:[Aa]n )?[Uu]nknown number)(?= of\s)"
)


@given(
    st.lists(
        st.sampled_from(
            [
                "tens",
                "Tens",
                "hundreds",
                "Hundreds",
                "thousands",
                "Thousands",
                "dozens",
                "millions",
                "Millions",
                "an",
                "An",
                "unknown",
                "Unknown",
                "number",
                "of",
                "of.",
                " ",
                "  ",
                "\n",
                "HUNDREDS",
                "hundred",
            ]
        ),
        max_size=12,
    ).map(" ".join)
)
@settings(max_examples=300)
def test_amounts_in_words_read_as_one_trie_match_the_alternatives(text: str) -> None:
    from minestats._extract._patterns import _VAGUE

    trie = re.compile(_VAGUE)
    for start in range(len(text) + 1):
        ours, theirs = trie.match(text, start), _VAGUE_AS_WRITTEN.match(text, start)
        assert (ours and ours.span()) == (theirs and theirs.span())


# the paragraph gaps and sentence ends as the layout once searched them, with one pattern each
_GAP_AS_WRITTEN = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+|\f\s*")
_GAP_OR_LINE_AS_WRITTEN = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+|\f\s*|\n")
_SENTENCE_AS_WRITTEN = re.compile(r"([.!?])[\"”’)]*\s+(?=[A-ZА-ЯЁÀ-Ý“\"(*»•¿¡])")


@given(st.text(alphabet='.!?\n\f\t ”)"aB1é', max_size=80))
@settings(max_examples=300)
def test_layout_patterns_that_start_with_a_character_find_what_the_patterns_as_written_find(
    text: str,
) -> None:
    from minestats._extract import _layout

    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(text)]

    if "\f" not in text:
        assert spans(_layout._PARAGRAPH_NO_FEED) == spans(_GAP_AS_WRITTEN)
        assert spans(_layout._PARAGRAPH_OR_LINE_NO_FEED) == spans(_GAP_OR_LINE_AS_WRITTEN)
    assert spans(_layout._PARAGRAPH) == spans(_GAP_AS_WRITTEN)
    assert spans(_layout._PARAGRAPH_OR_LINE) == spans(_GAP_OR_LINE_AS_WRITTEN)
    # the group that matched tells the gap as its characters do
    patterns = [_layout._PARAGRAPH, _layout._PARAGRAPH_OR_LINE]
    if "\f" not in text:
        patterns += [_layout._PARAGRAPH_NO_FEED, _layout._PARAGRAPH_OR_LINE_NO_FEED]
    for pattern in patterns:
        for m in pattern.finditer(text):
            gap = m.group()
            told = (
                _layout._FEED
                if gap.startswith("\f")
                else _layout._BLANK
                if "\n" in gap[1:]
                else None
                if gap == "\n"
                else _layout._INDENT
            )
            assert m.lastindex == told
    marks = (_layout._FULL_STOP_ENDS, _layout._FULL_STOP_READ, _layout._EXCLAMATION, _layout._QUESTION)
    assert sorted(span for pattern in marks for span in spans(pattern)) == spans(_SENTENCE_AS_WRITTEN)


@given(
    st.lists(
        st.sampled_from(
            ["para", "Paras", "p", "Mr", "e.g", "X", "İ", "x²", "abcdef", "abcde", "(para", "a9", "9", "“Y”"]
        )
        | st.sampled_from([". ", ".\n", " ", ". ", ".) ", ".\t", "\n\n"]),
        max_size=16,
    ).map("".join)
)
@settings(max_examples=300)
def test_full_stops_ended_without_reading_them_are_those_the_abbreviation_rule_ends(text: str) -> None:
    from minestats._extract._layout import ABBREVIATIONS, Layout

    layout = Layout(text)
    expected = set(layout.block_starts)
    for m in _SENTENCE_AS_WRITTEN.finditer(text):
        dot = m.start()
        if m.group(1) == "." and dot and text[dot - 1].isalpha():
            tail = text[max(0, dot - 6) : dot].rsplit(None, 1)
            word = tail[-1].lower() if tail else ""
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        expected.add(m.end())
    assert layout.sentence_starts == sorted(expected)


@pytest.mark.parametrize(
    ("text", "sentences", "blocks"),
    [
        ("Fields were mapped. Teams left!\nThen? Yes.", [0, 20, 32, 38], [0]),
        ("Mr. Amin spoke. He left.\n\nA new day.\n\fPage two.", [0, 16, 26, 38], [0, 26, 38]),
        (
            "Each paragraph of this page is one long line, as web pages write them, with no break inside"
            " it at any width at all\n" * 9,
            list(range(0, 1035, 115)),
            list(range(0, 1035, 115)),
        ),
    ],
)
def test_layout_blocks_and_sentences(text: str, sentences: list[int], blocks: list[int]) -> None:
    from minestats._extract._layout import Layout

    layout = Layout(text)
    assert (layout.sentence_starts, layout.block_starts) == (sentences, blocks)


def test_white_space_written_out_is_what_backslash_s_matches() -> None:
    from minestats._extract._patterns import _WHITE_SPACE

    written = re.compile(f"[{_WHITE_SPACE}]")
    every = [chr(code) for code in range(0x110000)]
    assert [c for c in every if written.fullmatch(c)] == [c for c in every if re.fullmatch(r"\s", c)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("7", [("7", None, None)]),
        ("Teams cleared between 3 and 5", [("3 and 5", "3", "5")]),
        ("Teams cleared 3-5 km2 and 9 mines", [("3-5 km2", "3", "5"), ("9", None, None)]),
        ("Survey 12 fields, then 4-6 million", [("12", None, None), ("4-6 million", "4E+6", "6E+6")]),
    ],
)
def test_ranges_joined_first_last_and_alone(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    found = [(m.text, m.low, m.high) for m in extract(text)]
    assert found == [
        (t, None if low is None else Decimal(low), None if high is None else Decimal(high))
        for t, low, high in expected
    ]


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt", "de", "ru"])
@given(data=st.data())
@settings(max_examples=60)
def test_number_words_with_lower_case_letters_first_match_as_the_plain_trie(
    language: str, data: st.DataObject
) -> None:
    from minestats._extract._patterns import _lower_case_first
    from minestats._words import language_words, trie_pattern

    spellings = {w for table in language_words(language) for w in table}
    variants = {v for w in spellings for v in (w, w[:1].upper() + w[1:], w.upper())}
    pieces = [*sorted(variants), "x", " ", "-", "s", "teen", "ty"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=8)))
    ours, plain = re.compile(_lower_case_first(variants)), re.compile(trie_pattern(sorted(variants)))
    for start in range(len(text) + 1):
        found, expected = ours.match(text, start), plain.match(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_a_footnote_block_starts_with_one_of_its_first_characters() -> None:
    from minestats._extract._layout import _FOOTNOTE_FIRSTS, FOOTNOTE_BLOCK

    starting = {chr(code) for code in range(0x10000) if FOOTNOTE_BLOCK.match(chr(code) + " A")}
    assert starting <= _FOOTNOTE_FIRSTS
    assert FOOTNOTE_BLOCK.match("12 Note")
    assert not FOOTNOTE_BLOCK.match("Note 12 A")
