"""Tests of minestats.extract on numbers as people write them, in English, French, Spanish and Russian.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minestats
from minestats import extract


def _read(text: str, locale: str | None = None) -> list[tuple[object, ...]]:
    return [(m.value, m.unit, m.qualifier) for m in extract(text, locale=locale).quantities]


# -- digit groups --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A total of 23 500 sq km needed clearance.", "23500", "km²"),
        ("Of the 1\u00a0000 victims recorded, most were farmers.", "1000", "count"),
        ("Les équipes ont nettoyé 12\u202f345 hectares.", "12345", "ha"),
        ("Se limpiaron 4\u2009321 hectáreas en la región.", "4321", "ha"),
        ("Было обезврежено 5 973 гектара земли.", "5973", "ha"),
        ("Plus de 230'000 mines ont été détruites.", "230000", "count"),
    ],
)
def test_a_number_grouped_with_spaces_or_apostrophes_is_one_number(text: str, value: str, unit: str) -> None:
    (mention,) = extract(text).quantities
    assert (mention.value, mention.unit) == (Decimal(value), unit)


# -- the decimal mark by locale --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "values"),
    [
        ("Déminage de 312,48 hectares, soit 4,7 %.", "fr", ["312.48", "4.7"]),
        ("Déminage de 312,48 hectares, soit 4,7 %.", None, ["312.48", "4.7"]),
        ("Se registraron 8.431 víctimas y 1.234,5 ha despejadas.", "es", ["8431", "1234.5"]),
        ("Se registraron 8.431 víctimas en los municipios del país.", None, ["8431"]),
        ("Разминировано 5653,77 га и найдено 8410 предметов.", "ru", ["5653.77", "8410"]),
        ("Teams cleared 1,234.5 hectares and found 7,000 mines.", "en", ["1234.5", "7000"]),
        ("Teams cleared 1,234 hectares.", "en", ["1234"]),
        ("Les équipes ont déminé 1,234 hectares.", "fr", ["1.234"]),
    ],
)
def test_decimal_commas_and_dot_thousands_follow_the_locale(
    text: str, locale: str | None, values: list[str]
) -> None:
    found = extract(text, locale=locale)
    assert [m.value for m in found.quantities] == [Decimal(v) for v in values]
    assert not any(m.ambiguous for m in found.quantities)


def test_a_number_nothing_decides_is_read_the_english_way_and_marked_ambiguous() -> None:
    (mention,) = extract("1,234 mines").quantities
    assert mention.value == Decimal("1234")
    assert mention.ambiguous
    assert extract("1,234 mines").locale is None


def test_the_locale_inferred_is_reported() -> None:
    assert extract("Les équipes de la région ont déminé 62,4 % des zones et des routes.").locale == "fr"
    assert extract("The teams of the region cleared 62.4 per cent of the land and the roads.").locale == "en"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # one number written the other way against the language's words: read as it alone can be read
        (
            "Of the 5,005 people hurt in the north, 3,339 were hurt in the war; 3,4% of the land is mined.",
            ["5005", "3339", "3.4"],
        ),
        (
            "Sur les 5.005 personnes touchées dans le nord, 3.339 l'ont été pendant la guerre; 3.5 % du"
            " territoire est miné.",
            ["5005", "3339", "3.5"],
        ),
        # two or more such numbers outweigh the words
        (
            "In the north 1,25 km² and in the east 2,75 km² of the land were cleared in the year.",
            ["1.25", "2.75"],
        ),
    ],
)
def test_the_language_decides_against_one_number_written_the_other_way(text: str, values: list[str]) -> None:
    assert [m.value for m in extract(text).quantities] == [Decimal(v) for v in values]


def test_an_unknown_locale_is_an_error_that_names_it() -> None:
    with pytest.raises(minestats.MinestatsError, match="xx-nowhere"):
        extract("12 mines", locale="xx-nowhere")


# -- number words, fractions, durations ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "value", "unit"),
    [
        ("Some two million mines were laid.", None, Decimal("2E+6"), "count"),
        ("The war lasted four years.", None, Decimal(4), "year"),
        ("Demining took half a century.", None, Decimal(50), "year"),
        ("Thirty-six people stepped on mines near villages.", None, Decimal(36), "count"),
        (
            "One thousand nine hundred and thirty six square kilometres were released.",
            None,
            Decimal(1936),
            "km²",
        ),
        ("Le conflit a duré trois décennies.", "fr", Decimal(30), "year"),
        ("Vingt-deux démineurs ont été formés.", "fr", Decimal(22), "count"),
        ("El conflicto duró tres años.", "es", Decimal(3), "year"),
        ("Treinta y seis personas resultaron heridas.", "es", Decimal(36), "count"),
        ("Работы продолжались двадцать два года.", "ru", Decimal(22), "year"),
        ("Обезврежено пять тысяч мин.", "ru", Decimal(5000), "count"),
    ],
)
def test_numbers_in_words_are_quantities(text: str, locale: str | None, value: Decimal, unit: str) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (mention.value, mention.unit) == (Decimal(value), unit)
    assert mention.words is not None


@pytest.mark.parametrize(
    ("text", "locale", "fraction"),
    [
        ("A third of the land is still mined.", None, Fraction(1, 3)),
        ("Half of the victims were children.", None, Fraction(1, 2)),
        ("Two-thirds of the districts reported accidents.", None, Fraction(2, 3)),
        ("Environ un tiers des victimes sont des enfants.", "fr", Fraction(1, 3)),
        ("Deux tiers des routes sont ouvertes.", "fr", Fraction(2, 3)),
        ("La mitad de las víctimas eran civiles.", "es", Fraction(1, 2)),
        ("Dos tercios del territorio fueron despejados.", "es", Fraction(2, 3)),
        ("Треть территории всё ещё заминирована.", "ru", Fraction(1, 3)),
    ],
)
def test_fractions_in_words_are_exact(text: str, locale: str | None, fraction: Fraction) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (mention.unit, mention.fraction) == ("fraction", fraction)


@pytest.mark.parametrize(
    ("text", "locale", "value", "words"),
    [
        ("Two hundred and 14 mines were lifted.", None, 214, "Two hundred and 14"),
        ("Trezentas e 8 minas foram destruídas.", "pt", 308, "Trezentas e 8"),
        ("Cuatrocientos 15 hectáreas quedan.", "es", 415, "Cuatrocientos 15"),
        ("Deux cents 30 mines ont sauté.", "fr", 230, "Deux cents 30"),
        ("Three thousand 450 mines were lifted.", None, 3450, "Three thousand 450"),
        ("Dois mil e 315 minas foram destruídas.", "pt", 2315, "Dois mil e 315"),
        ("Mil 200 hectáreas quedan.", "es", 1200, "Mil 200"),
        ("Deux mille 75 mines ont sauté.", "fr", 2075, "Deux mille 75"),
        ("Триста 12 мин обезврежено.", "ru", 312, "Триста 12"),
    ],
)
def test_hundreds_in_words_then_digits_are_one_number(
    text: str, locale: str | None, value: int, words: str
) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (mention.value, mention.words) == (Decimal(value), words)


def test_hundreds_in_words_then_a_year_are_two_numbers() -> None:
    found = extract("Two hundred or 12 mines; one hundred 1999 bombs.").quantities
    assert [m.value for m in found] == [12, 1999]
    found = extract("Two thousand 2019 mines; three hundred 150 bombs.").quantities
    assert [m.value for m in found] == [2019, 150]  # four digits after thousands, three after hundreds


@pytest.mark.parametrize(
    ("text", "locale", "fraction", "qualifier"),
    [
        ("Around 1/2 of the land was released.", None, Fraction(1, 2), "around"),
        ("Nearly 2/3 of the victims were farmers.", None, Fraction(2, 3), "nearly"),
        ("Les mines causent 1/3 des accidents.", "fr", Fraction(1, 3), None),
        ("Se limpiaron 3/4 de los campos.", "es", Fraction(3, 4), None),
    ],
)
def test_a_fraction_in_digits_of_a_whole_is_a_fraction(
    text: str, locale: str | None, fraction: Fraction, qualifier: str | None
) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (mention.unit, mention.fraction, mention.qualifier) == ("fraction", fraction, qualifier)


@pytest.mark.parametrize(
    "text", ["On 12/3/2020.", "See 1/2 page.", "The ratio was 1/3.", "In resolution 4/5 of 2019."]
)
def test_a_slash_between_digits_without_a_whole_is_no_fraction(text: str) -> None:
    assert all(m.fraction is None for m in extract(text))


def test_the_first_half_of_a_year_is_no_fraction() -> None:
    assert extract("In the first half of the year, teams worked in the north.").quantities == ()


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("This is the sixth consecutive year of decline.", None, 6),
        ("C'est la cinquième année consécutive.", "fr", 5),
        ("Es el tercer año consecutivo.", "es", 3),
        ("Это третий год подряд.", "ru", 3),
    ],
)
def test_ordinal_words_are_ordinals(text: str, locale: str | None, value: int) -> None:
    (mention,) = [m for m in extract(text, locale=locale) if m.kind == "ordinal"]
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("Accidents saw a tenfold rise.", None, 10),
        ("The toll was almost double the lowest on record.", None, 2),
        ("Les victimes sont plus de deux fois plus nombreuses.", "fr", 2),
        ("Las víctimas fueron el doble de las del año anterior.", "es", 2),
        ("Число жертв выросло вдвое.", "ru", 2),
    ],
)
def test_multiples_in_words_are_quantities(text: str, locale: str | None, value: int) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (mention.value, mention.unit) == (Decimal(value), "times")


@pytest.mark.parametrize(
    ("text", "value", "unit", "span"),
    [
        ("Clearance rose 30-fold in a decade.", 30, "times", "30-fold"),
        ("Output grew 3-fold.", 3, "times", "3-fold"),
        ("A 2-decade conflict left the land mined.", 20, "year", "2-decade"),
    ],
)
def test_a_multiple_or_decades_after_a_hyphen(text: str, value: int, unit: str, span: str) -> None:
    (mention,) = extract(text).quantities
    assert (mention.value, mention.unit, mention.text) == (Decimal(value), unit, span)


def test_a_double_tragedy_is_no_multiple() -> None:
    assert extract("It was a double tragedy for the village.").quantities == ()


@pytest.mark.parametrize(
    ("text", "value", "unit", "entity"),
    [
        ("It was lower than in the three previous years.", 3, "year", None),
        ("The ICRC opened one new project in the north.", 1, "count", "project"),
        ("There was one casualty every hour.", 1, "count", "casualty"),
    ],
)
def test_words_between_a_number_and_what_it_counts(
    text: str, value: int, unit: str, entity: str | None
) -> None:
    (mention,) = extract(text).quantities
    assert (mention.value, mention.unit, mention.entity) == (Decimal(value), unit, entity)


def test_one_as_a_pronoun_is_no_count() -> None:
    assert extract("One of the teams left; on one hand it was late.").quantities == ()


# -- ranges, qualifiers, signs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "low", "high", "unit"),
    [
        ("Another 4-6 million more mines may remain.", None, "4E+6", "6E+6", "count"),
        ("There are between 3,000 and 5,000 mines in the area.", None, "3000", "5000", "count"),
        ("About 20–25 per cent of maps are wrong.", None, "20", "25", "percent"),
        ("An estimated 4 million to 6 million landmines remain.", None, "4E+6", "6E+6", "count"),
        ("Six to eight square metres per deminer each day.", None, "6", "8", "m²"),
        ("Entre 3.000 et 5.000 mines restent enfouies.", "fr", "3000", "5000", "count"),
        ("Entre 20 y 25 por ciento de los mapas son erróneos.", "es", "20", "25", "percent"),
        ("Ещё 4–6 гектаров земли остаются опасными.", "ru", "4", "6", "ha"),
    ],
)
def test_a_range_is_one_quantity_with_two_ends(
    text: str, locale: str | None, low: str, high: str, unit: str
) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (mention.low, mention.high, mention.unit) == (Decimal(low), Decimal(high), unit)
    assert mention.value is None


def test_from_one_number_to_another_is_a_change_not_a_range() -> None:
    found = extract("Casualties fell from 15,764 to 10,102 in two years.").quantities
    assert [m.value for m in found][:2] == [Decimal(15764), Decimal(10102)]


@pytest.mark.parametrize(
    ("text", "locale", "qualifier"),
    [
        ("52,300+ troops took part.", None, "more than"),
        ("There were close to 1,400 casualties.", None, "close to"),
        ("As many as 80,000 mines may remain.", None, "as many as"),
        ("Over 2,700 devices were destroyed.", None, "over"),
        ("Just over 26.3 km2 remain.", None, "more than"),
        ("Plus de 7.000 victimes ont été recensées.", "fr", "more than"),
        ("Près de 146 km² restent contaminés.", "fr", "nearly"),
        ("Más de 31.000 actividades fueron realizadas.", "es", "more than"),
        ("Alrededor de 500 personas fueron evacuadas.", "es", "about"),
        ("Свыше 1120 га было разминировано.", "ru", "more than"),
        ("Почти 6000 гектаров было обследовано.", "ru", "nearly"),
        ("Около 6000 гектаров было обследовано.", "ru", "about"),
    ],
)
def test_qualifiers_in_each_language_have_their_direction(
    text: str, locale: str | None, qualifier: str
) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert mention.qualifier == qualifier
    assert minestats.QUALIFIERS[qualifier] in ("approximate", "lower bound", "upper bound")


def test_over_after_a_verb_is_no_qualifier() -> None:
    (mention,) = extract("It handed over two programmes to the Red Crescent.").quantities
    assert (mention.value, mention.qualifier) == (Decimal(2), None)


def test_about_as_a_preposition_is_no_qualifier() -> None:
    (mention,) = extract("The database holds data about 2,315 victims.").quantities
    assert (mention.value, mention.qualifier, mention.entity) == (Decimal(2315), None, "victims")


@pytest.mark.parametrize("text", ["The toll changed by -5 people.", "The toll changed by −5 people."])
def test_a_minus_sign_is_kept(text: str) -> None:
    (mention,) = extract(text).quantities
    assert (mention.value, mention.sign) == (Decimal(-5), "-")


def test_a_hyphen_between_numbers_is_no_sign() -> None:
    assert [(m.low, m.high, m.sign) for m in extract("Teams cleared 10-12 fields.").quantities] == [
        (Decimal(10), Decimal(12), None)
    ]


# -- units and money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Nearly 45 square miles are contaminated.", "45", "sq mi"),
        ("The village regained 250 acres of farmland.", "250", "acre"),
        ("A site of 12,000 m² was released.", "12000", "m²"),
        ("Donors gave US$ 32.5 million in 2021.", "3.25E+7", "USD"),
        ("The programme cost $1.8 trillion in all.", "1.8E+12", "USD"),
        ("The European Union gave €4 million.", "4E+6", "EUR"),
        ("Funding reached EUR 1.2 billion.", "1.2E+9", "EUR"),
        ("Les donateurs ont versé 610 millions de dollars.", "6.10E+8", "USD"),
    ],
)
def test_areas_and_money(text: str, value: str, unit: str) -> None:
    (mention,) = extract(text).quantities
    assert (mention.value, mention.unit) == (Decimal(value), unit)
    assert mention.currency == (unit if unit in ("USD", "EUR") else None)


def test_a_currency_sign_is_part_of_the_quote() -> None:
    (mention,) = extract("Donors gave about US$5.2 billion.").quantities
    assert (mention.text, mention.qualifier, mention.quote) == (
        "US$5.2 billion",
        "about",
        "about US$5.2 billion",
    )


def test_a_currency_sign_glued_after_an_amount_is_the_next_amounts() -> None:
    found = extract("Funding: $12,400,500€9,800,100 (2005: $1,000)").quantities
    assert [(m.text, m.unit) for m in found] == [
        ("$12,400,500", "USD"),
        ("€9,800,100", "EUR"),
        ("$1,000", "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "locale", "units"),
    [
        ("Les pays ont dépensé 410 millions de dollars, en baisse de 25 millions.", "fr", ["USD", "USD"]),
        ("Donors gave €80 million in 2020 and 12 million more in 2021.", None, ["EUR", "EUR"]),
        ("Los donantes dieron 90 millones de euros; 4 millones fueron a Chad.", "es", ["EUR", "EUR"]),
        ("They spent US$ 40 million, and 3 million people were reached.", None, ["USD", "count"]),
        ("It cost 5 million euros. Then 3 million came.", None, ["EUR", "count"]),
        ("They spent US$ 40,000 and 3 million more.", None, ["USD", "count"]),
    ],
)
def test_millions_after_an_amount_in_millions_of_a_currency_are_in_it(
    text: str, locale: str | None, units: list[str]
) -> None:
    assert [m.unit for m in extract(text, locale=locale).quantities] == units


@pytest.mark.parametrize(
    ("text", "locale", "units"),
    [
        ("The teams cleared 240 km of track in the north, 35 in the centre and 61 km in the south.", None,
         ["km", "km", "km"]),
        ("Road A 30 km, road B 12 and road C 8.", None, ["km", "km", "km"]),
        ("A equipa limpou 12 hectares em Tete, 9 em Sofala e 4 hectares em Manica.", "pt",
         ["ha", "ha", "ha"]),
        ("Se despejaron 75 km en Meta, Huila 20 y Cauca 14 km.", "es", ["km", "km", "km"]),
        ("On a déminé 18 km à Gao, 6 à Kidal et 9 km à Mopti.", "fr", ["km", "km", "km"]),
        ("Разминировано 40 км в Агдаме, 15 в Физули и 7 км в Лачине.", "ru", ["km", "km", "km"]),
    ],
)  # fmt: skip
def test_the_bare_numbers_of_a_list_take_the_unit_of_its_first_or_last_item(
    text: str, locale: str | None, units: list[str]
) -> None:
    assert [m.unit for m in extract(text, locale=locale).quantities] == units


@pytest.mark.parametrize(
    ("text", "locale", "units"),
    [
        ("They cleared 12 ha in May, 40 mines in June and 7 ha in July.", None, ["ha", "count", "ha"]),
        ("Losses fell 12 per cent in May, 40 in June and 7 per cent in July.", None,
         ["percent", "count", "percent"]),
        ("They cleared 12 ha; 40 teams remain and 7 ha are next.", None, ["ha", "count", "ha"]),
        ("Road A is 3 km, road B 45000 and road C 5 km.", None, ["km", "count", "km"]),
        ("The team cleared 12 ha in May and 40 in June.", None, ["ha", "count"]),
        ("The team cleared 45 ha, destroyed 120 and found 30.", None, ["ha", "count", "count"]),
        ("La equipa limpió 45 ha, destruyó 120 y encontró 30.", "es", ["ha", "count", "count"]),
        ("Limpámos 12 hectares, 40 minas e 7 hectares.", "pt", ["ha", "count", "ha"]),
        ("Se limpiaron 12 hectáreas; 40 quedan y 7 hectáreas más.", "es", ["ha", "count", "ha"]),
    ],
)  # fmt: skip
def test_a_list_gives_no_unit_to_a_count_a_share_another_clause_or_a_number_of_another_size(
    text: str, locale: str | None, units: list[str]
) -> None:
    assert [m.unit for m in extract(text, locale=locale).quantities] == units


# -- not quantities ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Mines killed 40 people.[3] Another study[25] agreed.", ["quantity", "footnote", "footnote"]),
        ("Posted at 16:19 (UTC+04:00) by the desk.", ["time", "time"]),
        ("See https://example.org/report-2021/table3 for 12 tables.", ["symbol", "quantity"]),
        ("Write to info2020@example.org about 5 sites.", ["symbol", "quantity"]),
        ("12. The Committee noted 40 new areas.", ["reference", "quantity"]),
        ("In 1396 (2017) the agency cleared 30 fields.", ["year", "year", "quantity"]),
        ("2009 Year in review", ["year"]),
        ("2019 Casualties", ["year"]),
        # a participle after the year with a number for its object is a verb: the year of an event
        ("The blast of 2019 wounded 40 people.", ["year", "quantity"]),
        ("The attacks of 2018 killed 12 civilians.", ["year", "quantity"]),
        ("Les explosions de 2017 ont tué 9 civils.", ["year", "quantity"]),
        ("Survey dates: 1977-79 and 31-07-2005; 40 areas.", ["year", "date", "quantity"]),
        ("Posted Saturday Nov 16, 2024 about 12 fields.", ["date", "year", "quantity"]),
        ("В августе 2025 года обследовано 40 участков.", ["year", "quantity"]),
        ("Download the report (4.31Mb) on 13MSP results: 9 tables.", ["symbol", "symbol", "quantity"]),
        ("Les données du 16.05.2021 montrent 25 613 engins.", ["date", "quantity"]),
    ],
)
def test_things_that_only_look_like_quantities(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in extract(text)] == kinds


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("In all, 2019 wounded were treated.", [("2019", "wounded")]),
        ("Clinics saw 2019 injured and 300 killed.", [("2019", "injured"), ("300", "killed")]),
    ],
)
def test_a_year_like_count_before_its_noun_stays_a_count(text: str, counts: list[tuple[str, str]]) -> None:
    assert [(m.text, m.entity) for m in extract(text).quantities] == counts


# -- tables ----------------------------------------------------------------------------------------------


def test_a_caption_unit_applies_to_the_cells_below() -> None:
    lines = ["Remaining contamination", "District", "Area (m2)", "North", "821,555", "South"]
    text = "\n\n".join([*lines, "10,787,756", "Total", "11,609,311\n"])
    found = extract(text).quantities
    assert [(m.value, m.unit) for m in found] == [
        (Decimal(821555), "m²"),
        (Decimal(10787756), "m²"),
        (Decimal(11609311), "m²"),
    ]


def test_two_columns_take_their_own_header_units() -> None:
    text = (
        "Hazards by location\n\nLocation\n\nAreas\n\nSize (km2)\n\nEast\n\n14\n\n3.5\n\nWest\n\n6\n\n1.25\n"
    )
    found = extract(text).quantities
    assert [(m.value, m.unit) for m in found] == [
        (Decimal(14), "count"),
        (Decimal("3.5"), "km²"),
        (Decimal(6), "count"),
        (Decimal("1.25"), "km²"),
    ]


# -- entities and layout -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "entities"),
    [
        ("Of the casualties, 23% (61) were children.", None, [None, "children"]),
        ("At least 96 killed and 120 injured in the attack.", None, ["killed", "injured"]),
        ("Seven people were killed on the road.", None, ["people killed"]),
        ("Il y a eu 35 tués et 12 blessés.", "fr", ["tués", "blessés"]),
        ("Hubo 35 muertos y 12 heridos.", "es", ["muertos", "heridos"]),
        ("Обнаружено 12 зданий и 27 постов.", "ru", ["зданий", "постов"]),
    ],
)
def test_what_is_counted(text: str, locale: str | None, entities: list[str | None]) -> None:
    assert [m.entity for m in extract(text, locale=locale).quantities] == entities


def test_entity_look_up_never_crosses_a_blank_line() -> None:
    (mention,) = extract("The total was 480\n\nCasualties by region").quantities
    assert mention.entity is None


def test_a_capital_dotted_i_does_not_shift_the_quote() -> None:
    text = "İİİ İzmir has about 300 mines."
    (mention,) = extract(text).quantities
    assert mention.quote == "about 300 mines"
    assert text[mention.start : mention.end] == "300"


def test_single_line_breaks_separate_paragraphs_in_a_web_page() -> None:
    lines = [
        f"Paragraph {i} of the page says that {i + 10} mines were found in the fields of the district, as "
        "the survey teams of the national authority reported to the press after the season ended."
        for i in range(10)
    ]
    found = extract("\n".join(lines)).quantities
    assert [m.paragraph for m in found] == list(range(1, 11))


def test_to_frame_has_the_new_columns() -> None:
    frame = extract("Between 10 and 20 per cent, US$ 3 million and a third.").to_frame()
    assert {"low", "high", "sign", "currency", "words", "fraction", "ambiguous"} <= set(frame.columns)
    assert frame["currency"].dropna().tolist() == ["USD"]
    assert frame["fraction"].dropna().tolist() == ["1/3"]


@pytest.mark.parametrize(
    ("text", "qualifier", "quote"),
    [
        ("Les engins causent d’environ un quart des accidents.", "about", "environ un quart"),
        ("Une hausse d'environ 12 % des victimes.", "about", "environ 12 %"),
        ("Un stock d'au moins 300 mines a été détruit.", "at least", "au moins 300 mines"),
        ("Ils ont déminé jusqu'à 40 hectares.", "up to", "jusqu'à 40 hectares"),
    ],
)
def test_a_french_qualifier_after_an_elision(text: str, qualifier: str, quote: str) -> None:
    (mention,) = extract(text, locale="fr").quantities
    assert (mention.qualifier, mention.quote) == (qualifier, quote)


# -- units spelled in the other languages, and durations with an adjective between ----------------------


@pytest.mark.parametrize(
    ("text", "locale", "value", "unit"),
    [
        ("A brigada limpou 12 metros quadrados por dia.", "pt", "12", "m²"),
        ("Ao todo, cinco milhões de metro quadrados ficam por limpar.", "pt", "5E+6", "m²"),
        ("A estrada atravessa 40 quilómetros quadrados de mata.", "pt", "40", "km²"),
        ("Die Teams räumten 8 Quadratkilometer und 300 Hektar.", "de", "8", "km²"),
        ("Die Arbeiten dauern seit 15 Jahren an.", "de", "15", "year"),
        ("Der Einsatz dauerte 7 Monate.", "de", "7", "month"),
        ("O programa durou 6 anos no total.", "pt", "6", "year"),
        ("Ils ont déminé le terrain en deux années pleines.", "fr", "2", "year"),
        ("Plus d'accidents que pendant les sept dernières années.", "fr", "7", "year"),
        ("Menos víctimas que en los dos últimos años del conflicto.", "es", "2", "year"),
    ],
)
def test_units_in_other_languages(text: str, locale: str, value: str, unit: str) -> None:
    first = extract(text, locale=locale).quantities[0]
    assert (first.value, first.unit) == (Decimal(value), unit)


def test_a_year_before_ano_is_a_year_not_a_duration() -> None:
    assert [m.kind for m in extract("Em 2023 ano de balanço, nada mudou.", locale="pt")] == ["year"]


# -- an estimate said by the words before the number, or by a heading ------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "quote"),
    [
        ("A survey estimated that 2,500 mines remain in the hills.", None, "estimated that 2,500 mines"),
        ("Officials put the number of displaced people at 40,000.", None,
         "put the number of displaced people at 40,000"),
        ("Teams found 20 km2, far below the estimated extent of the fields (90 km2).", None,
         "the estimated extent of the fields (90 km2"),
        ("Remaining contamination (estimate)\n\n75 km2\n\nNext item", None, "75 km2"),
        ("L'ONG estime que 3 000 mines restent enfouies.", "fr", "estime que 3 000 mines"),
        ("El informe estimó que 700 minas siguen activas.", "es", "estimó que 700 minas"),
    ],
)  # fmt: skip
def test_an_estimate_said_before_the_number(text: str, locale: str | None, quote: str) -> None:
    estimated = [m for m in extract(text, locale=locale).quantities if m.qualifier == "estimated"]
    assert [m.quote for m in estimated] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "He put 5 boxes at the door.",
        "The estimated cost was high; 3 teams (4 people) left.",
        "Estimated dates\n2019: 4 teams\n",
        "We estimated the area. Then 12 teams came.",
    ],
)
def test_no_estimate_where_the_words_say_none(text: str) -> None:
    assert all(m.qualifier is None for m in extract(text).quantities)


# -- number words with the noun of the list they stand in -------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "values", "entity"),
    [
        ("The NGO shut nine clinics – two in Peru, four in Chad and three in the Sudan.", None,
         [9, 2, 4, 3], "clinics"),
        ("La ONG a fermé cinq dépôts : deux à Lyon, trois à Metz.", "fr", [5, 2, 3], "dépôts"),
        ("El ejército aportó dos equipos, la policía con uno, y la Cruz Roja con tres.", "es",
         [2, 1, 3], "equipos"),
        ("A Marinha tem quatro equipas, a Polícia com duas, o Exército com uma.", "pt", [4, 2, 1], "equipas"),
        ("O Norte tem três lanchas e o Sul com uma lancha.", "pt", [3, 1], "lancha"),
    ],
)  # fmt: skip
def test_a_number_word_in_a_list_counts_the_noun_of_the_list(
    text: str, locale: str | None, values: list[int], entity: str
) -> None:
    found = extract(text, locale=locale).quantities
    assert [m.value for m in found] == values
    assert all(m.unit == "count" and m.entity and m.entity.startswith(entity[:5]) for m in found)


@pytest.mark.parametrize(
    ("text", "locale", "values"),
    [
        ("One of the teams left, one in ten stayed.", None, []),
        ("The team, with one in charge, left.", None, []),
        ("A equipa trabalha com uma pá e três enxadas.", "pt", [3]),
    ],
)
def test_a_number_word_outside_a_list_of_counts_is_no_count(
    text: str, locale: str | None, values: list[int]
) -> None:
    assert [m.value for m in extract(text, locale=locale).quantities] == values


@given(
    st.text(
        alphabet="0123456789 ,.'’\u00a0\u202f-–+$€%()[]:\nabcdefghijklmnopqrstuvwxyz éçñтысяч", max_size=200
    ),
    st.sampled_from([None, "en", "fr", "es", "ru"]),
)
@settings(max_examples=300, deadline=None)
def test_any_text_gives_ordered_mentions_within_it(text: str, locale: str | None) -> None:
    found = extract(text, locale=locale)
    ends = [0]
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= ends[-1] or mention.kind != "quantity"
        ends.append(mention.end)
        if mention.low is not None:
            assert mention.high is not None
            assert mention.low <= mention.high


# -- years, durations and amounts read wrongly before (each sentence written for these tests) ----------


@pytest.mark.parametrize(
    ("text", "locale", "kinds"),
    [
        # a year-like number after "in", "by", "en", "em" that opens a sentence or clause is a year, even
        # with a noun after it
        ("In 2021 landmines injured 30 children in the north.", None, ["year", "quantity"]),
        ("Officials said that in 2019 mines killed 22 civilians.", None, ["year", "quantity"]),
        ("By 2018 deminers had cleared 45 km2.", None, ["year", "quantity"]),
        ("En 2020 minas antipersonal hirieron a 9 niños.", "es", ["year", "quantity"]),
        ("Em 2020 minas mataram 14 pessoas.", "pt", ["year", "quantity"]),
        # a year after a quarter, a half or a fiscal year
        ("In Q3 2023 teams cleared 12 km2.", None, ["symbol", "year", "quantity"]),
        ("In H1 2024 deminers found 40 devices.", None, ["symbol", "year", "quantity"]),
        # the second day of a span of days
        ("Between June 1 and 15, 40 devices were found.", None, ["date", "date", "quantity"]),
        ("From May 3 to 9, 12 devices were found.", None, ["date", "date", "quantity"]),
        ("On 5 May, 12 and 40 devices were found.", None, ["date", "quantity", "quantity"]),
        # the second year of a span of years
        ("The 2021-2025 strategy targets 500 villages.", None, ["year", "year", "quantity"]),
        ("Between 2015 and 2020 casualties fell by a fifth.", None, ["year", "year", "quantity"]),
        ("Entre 2015 y 2020 minas mataron a 30 personas.", "es", ["year", "year", "quantity"]),
        # "in" inside a clause, or a number below the years before it: counts
        ("The blasts resulted in 2020 casualties.", None, ["quantity"]),
        ("Teams worked in 1850 villages.", None, ["quantity"]),
        ("Teams cleared 1500 and 2000 mines.", None, ["quantity", "quantity"]),
        # the first of two years after a qualifier-like word, but a range of counts before a noun
        ("Donors gave US$40 million over 2019–2023.", None, ["quantity", "year", "year"]),
        ("Some 1900-2000 mines were found.", None, ["quantity"]),
    ],
)
def test_a_year_like_number_that_the_words_before_make_a_year(
    text: str, locale: str | None, kinds: list[str]
) -> None:
    assert [m.kind for m in extract(text, locale=locale)] == kinds


@pytest.mark.parametrize(
    ("text", "locale", "value", "unit"),
    [
        # "last year", "this year" after a number say when, not how long
        ("Unknown devices injured 90 last year.", None, 90, "count"),
        ("The toll of the floods reached 275 last year.", None, 275, "count"),
        ("Teams found 12 last month.", None, 12, "count"),
        ("Teams found 41 this year.", None, 41, "count"),
        ("Il y a eu 85 accidents l'année dernière.", "fr", 85, "count"),
        ("Se registraron 64 accidentes el año pasado.", "es", 64, "count"),
        ("Foram registados 64 acidentes no ano passado.", "pt", 64, "count"),
        ("Сапёры нашли 64 мины в прошлом году.", "ru", 64, "count"),
        ("Die Teams fanden 64 Minen im letzten Jahr.", "de", 64, "count"),
        # but a plural after the adjective, or one, is a duration
        ("Teams worked 4 previous years on the site.", None, 4, "year"),
        ("It took 1 previous year.", None, 1, "year"),
        ("Clearance of the last sector will take 2 more years.", None, 2, "year"),
        ("They asked for 3 additional months.", None, 3, "month"),
        ("Les équipes ont travaillé 3 derniers mois.", "fr", 3, "month"),
    ],
)
def test_a_number_before_last_year_is_no_duration(
    text: str, locale: str | None, value: int, unit: str
) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (mention.value, mention.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "locale", "value", "unit"),
    [
        # money in words after a multiplier, in each language
        ("Le budget atteint 12,5 millions d'euros.", "fr", "1.25E+7", "EUR"),
        ("Un don de 4 millions d’euros a été annoncé.", "fr", "4E+6", "EUR"),
        ("El fondo recibió 2,3 millones de dólares.", "es", "2.3E+6", "USD"),
        ("O orçamento foi de 2,3 milhões de dólares.", "pt", "2.3E+6", "USD"),
        ("Бюджет составил 5 млн евро.", "ru", "5E+6", "EUR"),
        ("Фонд выделил 2,3 млн долларов.", "ru", "2.3E+6", "USD"),
        # a Russian area in words
        ("Заминировано более 3 тысяч квадратных километров.", "ru", "3E+3", "km²"),
        ("Сапёры очистили 1 500 квадратных метров.", "ru", "1500", "m²"),
        # a multiplier glued to an amount
        ("Donors pledged $4.5m for survey.", None, "4.5E+6", "USD"),
        ("The fund holds £2bn.", None, "2E+9", "GBP"),
        ("A grant of US$350k was made.", None, "3.50E+5", "USD"),
        ("A grant of $1.2M was made.", None, "1.2E+6", "USD"),
        ("It cost 3bn dollars.", None, "3E+9", "USD"),
        ("Some 1.2m people live near minefields.", None, "1.2E+6", "count"),
        ("Teams cleared 2.5m square metres.", None, "2.5E+6", "m²"),
        # no multiplier: metres (not a unit read) or nothing after it
        ("The wall is 4.5m high.", None, "4.5", "count"),
        # a German number word before a capitalised unit is no title
        ("Dreißig Prozent der Opfer waren Kinder.", "de", "30", "percent"),
        ("Zwanzig Jahre lang wurde geräumt.", "de", "20", "year"),
        # percentages in words
        ("Cerca de 40 por cento das vítimas eram crianças.", "pt", "40", "percent"),
        ("Rund 30 Prozent der Opfer waren Kinder.", "de", "30", "percent"),
    ],
)
def test_amounts_and_percentages_in_words_and_glued_multipliers(
    text: str, locale: str | None, value: str, unit: str
) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (str(mention.value), mention.unit) == (value, unit)
    assert mention.currency == (unit if unit.isupper() else None)


@pytest.mark.parametrize(
    "text",
    ["Il reste près d'un quart du territoire.", "Il reste près d’un quart du territoire."],
)
def test_a_qualifier_before_an_elided_de(text: str) -> None:
    (mention,) = extract(text, locale="fr").quantities
    assert (mention.fraction, mention.qualifier) == (Fraction(1, 4), "nearly")
    assert mention.quote.startswith("près d")


@pytest.mark.parametrize(
    ("text", "locale", "kinds"),
    [
        # the number of a phase, sector, law, standard or road marker names something
        ("Phase 2 of the survey cleared 40 ha.", None, ["reference", "quantity"]),
        ("Deminers moved from Sector 7 to Zone 3.", None, ["reference", "reference"]),
        ("Law 1448 of 2011 covers 8 million people.", None, ["reference", "year", "quantity"]),
        ("Survey at Level 2 found 30 hazards.", None, ["reference", "quantity"]),
        ("The device lay near km 45 of Route 9.", None, ["reference", "reference"]),
        ("IMAS 09.10 was met by 5 operators.", None, ["reference", "quantity"]),
        ("El Decreto 3750 creó el programa en 2011.", "es", ["reference", "year"]),
        ("La résolution 2365 (2017) vise 12 pays.", "fr", ["resolution", "year", "quantity"]),
        ("Artikel 5 verlangt die Räumung von 40 Gebieten.", "de", ["reference", "quantity"]),
        # a number before those words is still a quantity, and so is one with a unit after it
        ("The road is 45 km long and crosses 3 zones.", None, ["quantity", "quantity"]),
        ("On the Alpha route 50 km were cleared.", None, ["quantity"]),
        ("In zone 12 hectares were released.", None, ["quantity"]),
        ("The convoy took Route 50 to the border.", None, ["reference"]),
    ],
)
def test_the_number_of_a_phase_sector_law_or_road_is_no_quantity(
    text: str, locale: str | None, kinds: list[str]
) -> None:
    assert [m.kind for m in extract(text, locale=locale)] == kinds


@pytest.mark.parametrize(
    ("text", "locale", "words", "value", "qualifier"),
    [
        # a bound spelled with a negation, or "at most"
        ("Not more than 20% of the land is mined.", None, None, 20, "up to"),
        ("At most 30 deminers work on the site.", None, None, 30, "up to"),
        ("Not less than 40 ha were cleared.", None, None, 40, "at least"),
        ("Not fewer than 12 teams took part.", None, None, 12, "at least"),
        # the qualifier before the article of a fraction
        ("Around a quarter of the area is forest.", None, "a quarter", Decimal("0.25"), "around"),
        ("About a half of the area is farmland.", None, "a half", Decimal("0.5"), "about"),
        # "a" as the one of a dozen, a hundred, a thousand
        ("More than a dozen deminers were hurt.", None, "a dozen", 12, "more than"),
        ("A hundred mines were lifted.", None, "A hundred", 100, None),
        ("Teams found about a thousand shells.", None, "a thousand", 1000, "about"),
        # half a million
        ("Over half a million mines remain.", None, "half a million", 500000, "over"),
        # the qualifier before the article of a half
        ("Más de la mitad del terreno está despejado.", "es", "mitad", Decimal("0.5"), "more than"),
        ("Plus de la moitié du terrain est dépolluée.", "fr", "moitié", Decimal("0.5"), "more than"),
        ("Mais da metade do terreno foi limpa.", "pt", "metade", Decimal("0.5"), "more than"),
        ("Mehr als die Hälfte des Geländes ist geräumt.", "de", "Hälfte", Decimal("0.5"), "more than"),
    ],
)
def test_bounds_and_scales_spelled_in_words(
    text: str, locale: str | None, words: str | None, value: object, qualifier: str | None
) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (mention.words, mention.value, mention.qualifier) == (words, value, qualifier)


@pytest.mark.parametrize(
    ("text", "locale", "unit", "value", "low", "high"),
    [
        # a dollar sign after letters names another dollar: not US dollars unless the vocabulary has it
        ("O governo investiu R$ 3 milhões na limpeza.", "pt", "BRL", "3E+6", None, None),
        ("A donor gave NZ$ 3 million.", None, "count", "3E+6", None, None),
        ("Выделено 500 млн рублей.", "ru", "RUB", "5.00E+8", None, None),
        # a range after a currency sign: both ends are money, the multiplier applies to both
        ("Clearance costs $1-3 per square metre.", None, "USD", "None", "1", "3"),
        ("Donors pledged $4-6 million.", None, "USD", "None", "4E+6", "6E+6"),
        ("Donors pledged US$ 4-6 million.", None, "USD", "None", "4E+6", "6E+6"),
    ],
)
def test_currencies_before_amounts_and_ranges(
    text: str, locale: str | None, unit: str, value: str, low: str | None, high: str | None
) -> None:
    (mention,) = extract(text, locale=locale).quantities
    assert (mention.unit, str(mention.value)) == (unit, value)
    assert (mention.low, mention.high) == (
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
    )


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a number at the start of a line before a counted acronym is a count, before other words a footnote
        ("12 IEDs and 3 AT mines were lifted.", ["quantity", "quantity"]),
        ("3 UN document A/78/1 is cited.", ["footnote", "symbol"]),
    ],
)
def test_a_number_before_a_counted_acronym_at_the_start_of_a_line(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in extract(text)] == kinds
