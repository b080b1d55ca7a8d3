"""Tests of minestats._extract._entities: what a count counts, with sentences written for these tests."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minestats import extract
from minestats._extract import PATTERNS
from minestats._extract._context import counted_noun, counted_noun_from
from minestats._extract._entities import _OF_BEFORE, _PART_OF, demonym
from minestats._extract._patterns import ENTITY, ENTITY_WORD, WORD


def _entities(text: str, locale: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity) for m in extract(text, locale=locale).quantities if m.unit == "count"]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # the verb before a generic noun
        ("The blast killed 14 people and injured 30 others.", None,
         [("14", "people killed"), ("30", "others injured")]),
        ("Shelling killed at least 9 people last week.", None, [("9", "people killed")]),
        ("A mine was found by 40 people walking home.", None, [("40", "people")]),
        # a participle after a generic noun, in other languages
        ("Au total, 212 personnes ont été blessées.", "fr", [("212", "personnes blessées")]),
        ("Unas 57 personas fueron heridas en la región.", "es", [("57", "personas heridas")]),
        ("One person was injured near the school.", None, [("One", "person injured")]),
        # "N of the X", "N out of M X"
        ("The team cleared 3,400 of the district's minefields.", None, [("3,400", "minefields")]),
        ("Mines remain in 9 out of 17 provinces.", None, [("9", "provinces"), ("17", "provinces")]),
        ("Ya están libres 300 de los 1.020 municipios.", "es",
         [("300", "municipios"), ("1.020", "municipios")]),
        ("Searchers recovered 812 of all types of munitions.", None, [("812", "types of munitions")]),
        # containers in other languages
        ("Murieron 41 miembros de la Policía.", "es", [("41", "miembros de la Policía")]),
        # a container with a copula before "of"
        ("Otros 2.310 casos son de personas heridas (1.200 civiles).", "es",
         [("2.310", "casos de personas heridas"), ("1.200", "civiles")]),
        ("A further 512 cases were of injured children.", None, [("512", "cases of injured children")]),
        # members of a body of people, after a group of people
        ("De las 90 víctimas, 60 eran civiles y 30 de la Policía Nacional.", "es",
         [("90", "víctimas"), ("60", "civiles"), ("30", "miembros de la Policía Nacional")]),
        ("Dos 50 feridos, 35 eram civis e 15 da Polícia.", "pt",
         [("50", "feridos"), ("35", "civis"), ("15", "membros da Polícia")]),
        ("Last year 14 soldiers and 6 of the Navy were hurt.", None,
         [("14", "soldiers"), ("6", "members of the Navy")]),
        ("Articles 3 and 5 of the Convention apply to 12 States.", None, [("12", "States")]),
        ("Hubo 40 civiles heridos y 3 de Colombia.", "es", [("40", "civiles"), ("3", "civiles")]),
        # kinds joined by a slash before the noun of "one"
        ("Each week the clinic saw at least one mine/ERW casualty.", None, [("one", "casualty")]),
        ("They found one mine/ERW.", None, [("one", "mine")]),
        # "one fewer", "one more": one of what the count before counts
        ("The team cleared 76 minefields (one fewer than in 2011).", None,
         [("76", "minefields"), ("one", "minefields")]),
        # a noun that modifies the noun after it
        ("In May, 2,310 explosive ordnance risk education sessions were held.", None,
         [("2,310", "explosive ordnance risk education sessions")]),
        ("The 14 UXO clearance teams worked.", None, [("14", "UXO clearance teams")]),
        # a Russian adjective before its noun
        ("Специалисты обезвредили 8410 взрывоопасных предметов и 120 мин.", "ru",
         [("8410", "взрывоопасных предметов"), ("120", "мин")]),
        ("Всего уничтожено 4 512 опасных объектов.", "ru", [("4 512", "опасных объектов")]),
        ("Восстановлено 12 социально значимых зданий.", "ru", [("12", "социально значимых зданий")]),
        ("Найдено 7 мест.", "ru", [("7", "мест")]),
        # a group a predicate names
        ("Some 70 of the victims were children.", None, [("70", "children")]),
        ("Et 305 victimes étaient des enfants.", "fr", [("305", "enfants")]),
        # mass nouns, adjectives joined, staff
        ("Deminers destroyed 75 unexploded ordnance in May.", None, [("75", "unexploded ordnance")]),
        ("Over 900 UXO items were removed.", None, [("900", "UXO")]),
        ("The authority ran 12 manual and mechanical operations.", None, [("12", "operations")]),
        ("About 1,100 trained survey personnel took part.", None, [("1,100", "personnel")]),
        # a row label, a noun before a bracket, "of the X, N"
        ("Killed: 18\n\nInjured: 41", None, [("18", "Killed"), ("41", "Injured")]),
        ("The province reported more victims (412) than last year.", None, [("412", "victims")]),
        ("Las víctimas 2021 (88) bajaron.", "es", [("88", "víctimas")]),
        ("In Chad (31) the count fell.", None, [("31", None)]),
        ("Of the deminers in 2022, 16 were trained abroad.", None, [("16", "deminers")]),
        ("Parmi ces enfants, 25 ont été soignés.", "fr", [("25", None)]),
        # the count before it in the sentence, or an earlier count of the same value
        ("We recorded 610 casualties in 2021, 540 in 2022 and 498 in 2023.", None,
         [("610", "casualties"), ("540", "casualties"), ("498", "casualties")]),
        ("Il y a eu 4.210 victimes. Sur ce total de 4.210, la moitié étaient des civils.", "fr",
         [("4.210", "victimes"), ("4.210", "victimes")]),
        ("There were 12 casualties. Only 12 were reported.", None, [("12", "casualties"), ("12", None)]),
        # "the number of X" earlier in the clause, a year between at most
        ("It lifts the overall number of destroyed stockpiled mines since 2001 to nearly 3.2 million.",
         None, [("3.2 million", "mines")]),
        ("Le nombre de démineurs formés atteint 640.", "fr", [("640", "démineurs")]),
        ("El número de víctimas civiles llegó a 95.", "es", [("95", "víctimas")]),
        ("The number of teams fell. Then 12 came.", None, [("12", None)]),
        # words between "number" and "of"; the number's noun before the noun of a bracket
        ("Le rapport cite un nombre très élevé de victimes, plus de 6.500, en 2022.", "fr",
         [("6.500", "victimes")]),
        ("Un número récord de víctimas (1.204) fue registrado.", "es", [("1.204", "víctimas")]),
        ("The largest number of victims was caused by cluster munitions (1,930).", None,
         [("1,930", "victims")]),
        # a toll counts deaths or casualties
        ("Officials put the war's death toll at 12,000.", None, [("12,000", "deaths")]),
        ("The casualty toll reached 340 in May.", None, [("340", "casualties")]),
        ("The number of teams is high; 3 left.", None, [("3", None)]),
    ],
)  # fmt: skip
def test_what_a_count_counts(text: str, locale: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert _entities(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts after "of whom" count what the whole before them counts: the audit reads them as its parts
        ("The 300 victims, of whom 120 were killed and 180 injured, were farmers.",
         [("300", "victims"), ("120", "victims"), ("180", "victims")]),
        ("Of the 90 casualties, 30 were children.", [("90", "casualties"), ("30", "casualties")]),
        ("De las 64 víctimas, de las cuales 20 heridos.", [("64", "víctimas"), ("20", "víctimas")]),
        # the whole, not a part in a bracket before the words
        ("The 52 teams (40 manual and 12 mechanical), of which 9 were new, worked.",
         [("52", "teams"), ("40", "teams"), ("12", "teams"), ("9", "teams")]),
        ("Les 52 équipes (40 manuelles et 12 mécaniques), dont 9 ont été formées en 2023.",
         [("52", "équipes"), ("40", "manuelles"), ("12", "mécaniques"), ("9", "équipes")]),
        # no comma before "of them": the whole is not certain, no noun
        ("Some 800 people fled but most of them came back, with 70 still away.",
         [("800", "people"), ("70", None)]),
        # without such words the participle is what is counted
        ("The year saw 40 casualties, 10 people killed and 30 injured.",
         [("40", "casualties"), ("10", "people killed"), ("30", "injured")]),
    ],
)  # fmt: skip
def test_parts_of_a_whole_count_what_the_whole_counts(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # a row label that is no noun: the heading above the rows names what they count
        ("Stockpiled mines (Article 4)\n\nAt start: 3,120\n\nAt end-2020: 2,980\n", None,
         [("3,120", "mines"), ("2,980", "mines")]),
        # a row label the heading names as a kind of its noun; another year's count in brackets
        ("Mine/UXO accidents in 2020\n\nTotal: 40 (2019: 22)\n\nMines: 31 (2019: 15) UXO: 9 (2019: 7)\n",
         None, [("40", "accidents"), ("22", "accidents"), ("31", "accidents"), ("15", "accidents"),
                ("9", "accidents"), ("7", "accidents")]),
        # a row label that is a noun of its own; the year's count is the row's, not the bracket's
        ("Casualties\n\nKilled: 12 (10 men) (2019: 7)\n\nInjured: 30 (4 women) (2019: 21)\n", None,
         [("12", "Killed"), ("10", "men"), ("7", "Killed"), ("30", "Injured"), ("4", "women"),
          ("21", "Injured")]),
        # the noun first in French and Spanish headings, a space before the colon in French
        ("Victimes des mines et REG en 2020\n\nTotal : 54 (2019 : 61)\n\nMines : 31\n", "fr",
         [("54", "Victimes"), ("61", "Victimes"), ("31", "Victimes")]),
        ("Víctimas de minas en 2021\n\nTotal: 88\n\nCiviles: 60 (2020: 41)\n", "es",
         [("88", "Víctimas"), ("60", "Civiles"), ("41", "Civiles")]),
        ("Vítimas de minas em 2020\n\nTotal: 35 (2019: 40)\n\nCrianças: 9\n", "pt",
         [("35", "Vítimas"), ("40", "Vítimas"), ("9", "Crianças")]),
        # a German or Russian word for the total is no noun of its own
        ("Minenopfer im Jahr 2020\n\nGesamt: 12\n\nKinder: 5\n", "de",
         [("12", "Minenopfer"), ("5", "Kinder")]),
        ("Жертвы мин в 2020 году\n\nВсего: 35\n\nДети: 9\n", "ru", [("35", "Жертвы"), ("9", "Дети")]),
        # a sentence is no heading; nor is a singular noun ("analysis")
        ("The survey found mines.\n\nRemaining: 12\n", None, [("12", None)]),
        ("Casualty analysis\n\nTotal: 12\n", None, [("12", None)]),
    ],
)  # fmt: skip
def test_the_rows_of_a_fact_sheet_count_what_their_heading_names(
    text: str, locale: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _entities(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Clearance by province\n\nProvince\n\nMinefields\n\nArea (ha)\n\nNorth\n\n12\n\n340\n\n"
         "South\n\n7\n\n95\n\nTotal\n\n19\n\n435\n", None,
         [("12", "Minefields"), ("7", "Minefields"), ("19", "Minefields")]),
        # an acronym in the plural, spelled out where the text defines it
        ("There were 40 suspected hazardous areas (SHAs) left.\n\nSHAs by district\n\nDistrict\n\nSHAs\n\n"
         "Area (m2)\n\nEast\n\n25\n\n1,200\n\nWest\n\n15\n\n800\n", None,
         [("40", "areas"), ("25", "suspected hazardous areas"), ("15", "suspected hazardous areas")]),
        ("Departamento\n\nMunicipios\n\nÁrea (ha)\n\nNorte\n\n12\n\n340\n\nSur\n\n7\n\n95\n", "es",
         [("12", "Municipios"), ("7", "Municipios")]),
        # each column its own header
        ("Region\n\nTeams\n\nDeminers\n\nNorth\n\n4\n\n31\n\nSouth\n\n2\n\n17\n", None,
         [("4", "Teams"), ("31", "Deminers"), ("2", "Teams"), ("17", "Deminers")]),
    ],
)  # fmt: skip
def test_a_table_column_header_names_what_its_cells_count(
    text: str, locale: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _entities(text, locale) == expected


def test_the_noun_before_a_count_never_crosses_a_blank_line() -> None:
    assert _entities("Mines found in 2023: 44 anti-tank mines.\n\n17 were destroyed.") == [
        ("44", "anti-tank mines"),
        ("17", None),
    ]


def test_a_range_is_not_split_by_the_noun_of_the_count_before_it() -> None:
    (first, second) = extract("The team of 8 deminers clears two to three hectares a day.").quantities
    assert (first.entity, second.low, second.high, second.unit) == ("deminers", Decimal(2), Decimal(3), "ha")


# -- the noun after a number, read a word at a time -------------------------------------------------

_AFTER_WORDS = [
    "mines",
    "and",
    "or",
    "of",
    "the",
    "anti-tank",
    "civilian",
    "deaths",
    "operative",
    "urgent",
    "operations",
    "human",
    "resources",
    "staff",
    "personnel",
    "Opfer",
    "Minen",
    "люди",
    "погибли",
    "class",
    "was",
    "x",
    "d'armes",
    "victims'",
]


@pytest.mark.parametrize("language", ["en", "de", "ru"])
@settings(max_examples=150)
@given(
    words=st.lists(st.sampled_from(_AFTER_WORDS), max_size=6),
    gaps=st.lists(
        st.sampled_from([" ", "  ", "\t", "\n", " \n ", "\n\n", " - ", ", "]), min_size=6, max_size=6
    ),
)
def test_the_noun_read_a_word_at_a_time_is_the_one_read_from_four(
    language: str, words: list[str], gaps: list[str]
) -> None:
    """Matched one by one, the words give what ``counted_noun`` finds in ENTITY's match."""
    text = "7" + "".join(gap + word for gap, word in zip(gaps, words, strict=False))
    stop = PATTERNS.stop
    whole = counted_noun(ENTITY.match(text, 1), stop, language)
    assert counted_noun_from(ENTITY_WORD.match(text, 1), stop, language) == whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 operative and urgent operations", ("operations", 33)),
        ("7 human resources personnel came", ("personnel", 27)),
        ("7 anti-tank mines", ("anti-tank mines", 17)),
        ("7 of the", None),
        ("7\n\nmines", None),
    ],
)
def test_the_noun_read_a_word_at_a_time(text: str, expected: tuple[str, int] | None) -> None:
    assert counted_noun_from(ENTITY_WORD.match(text, 1), PATTERNS.stop, "en") == expected


# "of whom", "of the 500 victims,": the pattern as first written, one alternative after a look-behind
_PART_OF_AS_WRITTEN = re.compile(
    r"(?<![\w-])(?:of whom|of which|of these|of those|of them|among them|among whom|dont|parmi eux"
    r"|parmi elles|de los cuales|de las cuales|de ellos|de ellas|dos quais|das quais|deles|delas|из них"
    r"|davon|darunter|[Oo]f the [0-9][0-9.,\u00a0\u202f]*[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?,)"
)
_PART_PIECES = [
    "of whom",
    "of which",
    "of these",
    "of those",
    "of them",
    "among whom",
    "dont",
    "parmi elles",
    "de las cuales",
    "de ellos",
    "dos quais",
    "delas",
    "из них",
    "davon",
    "darunter",
    "Of the 80 victims,",
    "of the 1,200 mine victims,",
    "of the 12 people",
    "x",
    "-",
    "1",
    "O",
    "d",
    "é",
    "_",
]


@settings(max_examples=300)
@given(
    pieces=st.lists(st.sampled_from(_PART_PIECES), min_size=1, max_size=5),
    gaps=st.lists(st.sampled_from(["", " ", "-", "\n", ", ", "x"]), min_size=5, max_size=5),
    cut=st.integers(min_value=0, max_value=3),
)
def test_the_words_of_a_part_are_found_where_the_pattern_as_written_finds_them(
    pieces: list[str], gaps: list[str], cut: int
) -> None:
    """The pattern starts with each alternative's first letter (faster to search) and finds the same."""
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    for low in range(min(cut, len(text)) + 1):
        ours, theirs = _PART_OF.search(text, low), _PART_OF_AS_WRITTEN.search(text, low)
        assert (ours and ours.span()) == (theirs and theirs.span())


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the 600 casualties, of whom 40", "of whom"),
        ("Of the 90 deminers, 12", "Of the 90 deminers,"),
        ("proof of whom", "of whom"),
        ("roof-of them", None),
        ("Xdont", None),
        ("1 500 personas, de las cuales 20", "de las cuales"),
    ],
)
def test_the_words_of_a_part(text: str, found: str | None) -> None:
    match = _PART_OF.search(text)
    assert (match and match.group()) == found


# "Of the casualties in 2017, 96": the pattern as first written, its look-ahead and look-behind first
_OF_BEFORE_AS_WRITTEN = re.compile(
    rf"(?=[OoAaDd])(?<![\w'’-])(?:[Oo]f|[Aa]mong|[Dd]e|[Dd]es|[Dd]os|[Dd]as|[Dd]el)"
    rf"(?:[ \t]+(?:the|these|those|its|their|los|las|les|ces|os|as|ce|cette|estos|estas|esos|esas))?"
    rf"(?:[ \t]+[0-9][0-9.,\u00a0\u202f]*)?[ \t]+({WORD})(?:[ \t]+(?:in|en|em|im)[ \t]+[0-9]{{4}})?,[ \t]*\Z"
)
_OF_PIECES = [
    "Of",
    "of",
    "Among",
    "de",
    "des",
    "dos",
    "das",
    "del",
    "the",
    "these",
    "los",
    "cette",
    "40",
    "3,500",
    "deminers",
    "victims",
    "in",
    "2022",
    "x",
    "-",
    "’",
    "Xof",
    "ofs",
    "D",
    ",",
    "é",
]


@settings(max_examples=300)
@given(
    pieces=st.lists(st.sampled_from(_OF_PIECES), min_size=1, max_size=7),
    gaps=st.lists(st.sampled_from([" ", "", "\t", ", ", "-"]), min_size=7, max_size=7),
    low=st.integers(min_value=0, max_value=4),
)
def test_a_whole_named_before_is_found_where_the_pattern_as_written_finds_it(
    pieces: list[str], gaps: list[str], low: int
) -> None:
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    for end in range(min(low, len(text)), len(text) + 1):
        ours = _OF_BEFORE.search(text, min(low, end), end)
        theirs = _OF_BEFORE_AS_WRITTEN.search(text, min(low, end), end)
        assert (ours and (ours.span(), ours.group(1))) == (theirs and (theirs.span(), theirs.group(1)))


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # a demonym counts people of a country, named with the language's word for people
        ("Police detained 12 Libyans near the border.", None, [("12", "Libyans (people)")]),
        ("Some 12 Libyans were killed near the border.", None, [("12", "Libyans (people killed)")]),
        ("The blast killed 4 Afghans and 2 Pakistanis.", None,
         [("4", "Afghans (people killed)"), ("2", "Pakistanis (people)")]),
        ("The camp housed 300 Iraqis and 20 Croats.", None,
         [("300", "Iraqis (people)"), ("20", "Croats (people)")]),
        ("Unos 3 colombianos resultaron heridos.", "es", [("3", "colombianos (personas)")]),
        ("Trois Maliens ont été tués.", "fr", [("Trois", "Maliens (personnes tués)")]),
        ("L'explosion a blessé 8 Tchadiens.", "fr", [("8", "Tchadiens (personnes)")]),
        ("Foram feridos 7 moçambicanos.", "pt", [("7", "moçambicanos (pessoas)")]),
        ("Die Mine tötete 3 Kolumbianer.", "de", [("3", "Kolumbianer (Menschen)")]),
        ("Погибли 5 украинцев.", "ru", [("5", "украинцев (человек)")]),
        # people, and capitalised plurals that name no country's people, stay as they are
        ("6 people died in the blast.", None, [("6", "people")]),
        ("The 12 Parties agreed on 3 Plans.", None, [("12", "Parties"), ("3", "Plans")]),
        ("Over 40 Guineas were paid.", None, [("40", "Guineas")]),
        ("Se hallaron 12 indicadores y 9 estadios.", "es", [("12", "indicadores"), ("9", "estadios")]),
        # French "cas" (cases) is a plural noun, though short
        ("Dans 120 cas, la victime était un enfant.", "fr", [("120", "cas")]),
        ("On a recensé 120 cas de blessés graves.", "fr", [("120", "cas de blessés graves")]),
        # a pronoun after a part: the whole's noun
        ("Se registraron 95 víctimas, 30 de ellas menores.", "es", [("95", "víctimas"), ("30", "víctimas")]),
        ("Houve 95 vítimas, 30 delas crianças.", "pt", [("95", "vítimas"), ("30", "vítimas")]),
        ("On compte 95 victimes, dont 30 d'entre elles des enfants.", "fr",
         [("95", "victimes"), ("30", "victimes")]),
        # a Russian verb in the past plural is no noun
        ("Взрывом ранены 8 человек, ещё 3 получили ожоги.", "ru", [("8", "человек"), ("3", "ожоги")]),
        # a verb of harm before a count with no noun: the killed or injured
        ("The mine killed 2 and injured 3 in 2020.", None, [("2", "killed"), ("3", "injured")]),
        ("Shelling killed at least 12, including 5 children.", None, [("12", "killed"), ("5", "children")]),
        # "more" before the noun
        ("Teams found 40 more mines near the road.", None, [("40", "mines")]),
        # kinds joined by a slash, an acronym in capitals that is no stop word ("AT": anti-tank)
        ("The centre logged 45 mine/ERW casualties.", None, [("45", "mine/ERW casualties")]),
        ("The teams lifted 600 AP mines and 40 AT mines.", None, [("600", "mines"), ("40", "mines")]),
        # a verb in the third person, or a possessive, after a number is no noun it counts
        ("The toll of 1,200 includes 300 children.", None, [("1,200", None), ("300", "children")]),
        ("This year's figure of 450 exceeds last year's.", None, [("450", None)]),
        # an acronym counted at the start of a line is no footnote
        ("12 IEDs and 3 AT mines were lifted.", None, [("12", "IEDs"), ("3", "mines")]),
        ("5 MDD teams and 12 manual teams worked.", None, [("5", "teams"), ("12", "teams")]),
        # a whole after "of the" counts its own noun, not the group its part is ("were children")
        ("Some 40% of the 500 casualties were children.", None, [("500", "casualties")]),
        ("Nearly a third of the 500 casualties were boys.", None, [("500", "casualties")]),
        ("El 40 % de las 500 víctimas eran niños.", "es", [("500", "víctimas")]),
        ("40 % des 500 victimes étaient des enfants.", "fr", [("500", "victimes")]),
        ("220 of the 500 casualties were children.", None, [("220", "children"), ("500", "casualties")]),
        ("Casi 7 de cada 10 víctimas son militares.", "es", [("7", None), ("10", "víctimas")]),
        ("Mehr als die Hälfte der 300 Opfer waren Zivilisten.", "de", [("300", "Opfer")]),
        # a copula of state ends the words read for the noun: "libres" (free) is counted by no one
        ("El país tiene 900 municipios, de los cuales 350 están libres de sospecha.", "es",
         [("900", "municipios"), ("350", "municipios")]),
        ("O país tem 900 municípios, dos quais 350 estão livres de minas.", "pt",
         [("900", "municípios"), ("350", "municípios")]),
    ],
)  # fmt: skip
def test_people_of_a_country_and_other_slips_of_what_is_counted(
    text: str, locale: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _entities(text, locale) == expected


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("Libyans", "en", True),
        ("Azerbaijanis", "en", True),
        ("libyans", "en", False),  # English demonyms are capitalised
        ("Plans", "en", False),
        ("colombianos", "es", True),
        ("personas", "es", False),
        ("peruanos", "es", True),
        ("maliens", "fr", True),
        ("moyens", "fr", False),
        ("Afghanen", "de", True),
        ("россиян", "ru", True),
        ("минах", "ru", False),
        ("Libyans", "xx", False),  # a language with no table
    ],
)
def test_a_demonym_starts_as_its_country_does_and_ends_as_a_plural_demonym(
    word: str, language: str, expected: bool
) -> None:
    assert demonym(word, language) is expected


def test_the_names_of_countries_read_from_the_file_are_those_babel_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from minestats._extract import _entities

    read = _entities._territory_names("fr")
    assert "Libye" in read
    assert "Colombie" in read
    monkeypatch.setattr(_entities, "load_pickle", lambda data_file: {})  # a file with no names
    assert sorted(_entities._territory_names("fr")) == sorted(read)  # the fallback: Babel's Locale
