"""Tests of minestats._audit._across: totals whose parts stand in other sentences than the total."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import minestats
from minestats._audit._across import (
    _CUMULATIVE,
    _CUMULATIVE_WORDS,
    _LIST_OPENER,
    _REMAINING_BEFORE,
    _REMAINING_WORDS,
)
from minestats._audit._figures import items
from minestats._audit._totals import _Reader, totals

#: (text, [(kind, total value, part values, status)]) for the verdicts of the audit on totals
SHAPES = [
    # a count from a start holds the nearest earlier figure that names the same things in the same words
    (
        "In April the crews destroyed 64 anti-tank mines and 210 anti-personnel mines. They worked in 12"
        " villages. Trainers reached 3,000 pupils. Since 1998, the crews have destroyed more than 9,400"
        " anti-tank mines.",
        [("subset", "9400", ["64"], "consistent")],
    ),
    (
        "Last year the crews destroyed 64 anti-tank mines. They worked in 12 villages. Since 1998, the"
        " crews have destroyed more than 9,400 anti-tank mines.",
        [],  # "last year" may lie before the start
    ),
    (
        "In 1995 the crews destroyed 64 anti-tank mines. They worked in 12 villages. Since 1998, the crews"
        " have destroyed more than 9,400 anti-tank mines.",
        [],  # a year before the start
    ),
    (
        "In April the crews destroyed 64 mines. They worked in 12 villages. Since 1998, the crews have"
        " destroyed more than 9,400 mines.",
        [],  # "mines" alone may be any mines (or a table's casualties of mines)
    ),
    # "the highest number of X ... (N)": N is within a total of X of the same year a few sentences back
    (
        "A total of 640 casualties were recorded in 2021. Most were civilians. In 2021, the highest number"
        " of casualties was caused by mortars (212).",
        [("subset", "640", ["212"], "consistent")],
    ),
    (
        "A total of 640 casualties were recorded in 2021. Most were civilians. In 2021, the highest number"
        " of casualties was caused by mortars (712).",
        [("subset", "640", ["712"], "inconsistent")],
    ),
    (
        "A total of 640 casualties were recorded in 2021. Most were civilians. In 2020, the highest number"
        " of casualties was caused by mortars (212).",
        [],  # another year
    ),
    (
        "Some 640 casualties were recorded in 2021. The highest number of casualties was caused by mortars"
        " (212).",
        [],  # no total stated
    ),
    (
        "A total of 640 casualties were recorded in 2021. The largest number of mines was found in the north"
        " (212).",
        [],  # not the things the total counts
    ),
    # a later figure named "not" what names the part is the rest of the whole: a sum
    (
        "As of May, 61 states, including 40 States Parties to the treaty, were mine-affected. The list is"
        " long. A total of 20 states not party to the treaty are believed to be affected.",
        [("sum", "61", ["40", "20"], "inconsistent")],
    ),
    (
        "As of May, 61 states, including 40 States Parties to the treaty, were mine-affected. The list is"
        " long. Some 20 states not yet cleared are in Asia.",
        [("subset", "61", ["40"], "consistent")],  # "not" another thing than the part's name
    ),
    # the killed and the injured of events are all their victims, counted a little later for the same events
    (
        "In May, 4 people were killed and 19 injured in mine-related accidents. Teams cleared 80 ha. Nine"
        " mine-related accidents were recorded, with 23 victims.",
        [("sum", "23", ["4", "19"], "consistent")],
    ),
    (
        "In May, 4 people were killed and 19 injured in (mine)-related accidents. Teams cleared 80 ha. Nine"
        " mine-related accidents were recorded, with 25 victims.",
        [("sum", "25", ["4", "19"], "inconsistent")],
    ),
    (
        "In May, 4 people were killed and 19 injured in mine-related accidents. Teams cleared 80 ha. Nine"
        " road accidents were recorded, with 25 victims.",
        [],  # other events
    ),
    (
        "In May, 4 people were killed and 19 injured in accidents. Teams cleared 80 ha. Nine accidents were"
        " recorded, with 25 victims.",
        [],  # "accidents" alone names no events in particular
    ),
    (
        "In May, 4 people were killed and 19 injured in mine-related accidents. Since 1990, 900 victims of"
        " mine-related accidents were helped. Nine mine-related accidents were recorded, with 25 victims.",
        [],  # the first victims are counted from a start
    ),
    # "N of the victims": within the victims the text totalled last
    (
        "Mines killed 30 people and injured 90 in May, 120 casualties in all. Teams cleared 40 ha. Some 45"
        " of the victims were children.",
        [("sum", "120", ["30", "90"], "consistent"), ("subset", "120", ["45"], "consistent")],
    ),
    (
        "Mines killed 30 people and injured 90 in May. Teams cleared 40 ha. Some 45 of the victims were"
        " children.",
        [],  # no total of the victims
    ),
    (
        "Last year mines killed 30 people and injured 90, 120 casualties in all. Teams cleared 40 ha. Some 45"
        " of the victims of 2019 were children.",
        [("sum", "120", ["30", "90"], "consistent")],  # victims of another year
    ),
    # figures of what "the remaining" names, with the rest unstated: within the nearest total before them
    (
        "A total of 300 accidents were logged in May. Teams cleared 40 ha. In 120 cases the victim was a"
        " man. In 90 cases it was a woman, and it was not recorded in the remaining cases.",
        [("subset", "300", ["120", "90"], "consistent")],
    ),
    (
        "A total of 300 accidents were logged in May. In 220 cases the victim was a man. In 90 cases it was"
        " a woman, and it was not recorded in the remaining cases.",
        [("subset", "300", ["220", "90"], "inconsistent")],
    ),
    (
        "Some 300 accidents were logged in May. In 120 cases the victim was a man. In 90 cases it was a"
        " woman, and it was not recorded in the remaining cases.",
        [],  # no total stated
    ),
    # "the remaining" figure and the figure of the same things before it make up the whole before both
    (
        "Teams worked in 30 villages with 90 deminers. In 18 villages (50 deminers) the work was in the"
        " north. The remaining 12 villages (40 deminers) were in the south.",
        [("sum", "30", ["18", "12"], "consistent"), ("sum", "90", ["50", "40"], "consistent")],
    ),
    (
        "Teams worked in 35 villages. One village was new. In 18 villages (50 deminers) the work was in the"
        " north. The remaining 12 villages (40 deminers) were in the south.",
        [("sum", "35", ["18", "12"], "inconsistent")],  # "one village" cannot hold 18: another quantity
    ),
    (
        "In 2021 teams worked in 35 villages. In 2022 they worked in 18 villages (50 deminers) in the north."
        " The remaining 12 villages (40 deminers) were in the south.",
        [],  # a whole of another year
    ),
    (
        "Teams worked in 30 villages with 90 deminers. In 18 villages the work was in the north. The"
        " remaining 12 villages were in the south.",
        [],  # the same shape once only: the 18 may count other villages
    ),
    (
        "Teams worked in 30 villages. In 18 villages (50 deminers) the work was in the north. The remaining"
        " 12 villages (40 deminers) were in the south.",
        [("sum", "30", ["18", "12"], "consistent")],  # no whole stated for the deminers
    ),
    (
        "The survey found 300 villages at risk. In 18 villages (50 deminers) the work was in the north. The"
        " remaining 12 villages (40 deminers) were in the south.",
        [],  # 18 + 12 is far below 300: the rest of villages worked in, not of those at risk
    ),
    (
        "Teams worked in 30 villages. In 18 villages (50 deminers) the work was in the north. The remaining"
        " 2 villages (40 deminers) were in the south.",
        [("sum", "30", ["18", "2"], "inconsistent")],  # a rest a little off is still judged
    ),
    # a total over the names its sentence lists, then a figure beside each name a sentence or two later
    (
        "In 2023 the teams cleared 120 km of road on the Alpha, Bravo and Charlie routes. The work took all"
        " year. On the Alpha route 50 km were cleared, Bravo 30 and on Charlie 40 km.",
        [("sum", "120", ["50", "30", "40"], "consistent")],
    ),
    (
        "In 2023 the teams cleared 125 km of road on the Alpha, Bravo and Charlie routes. The work took all"
        " year. On the Alpha route 50 km were cleared, Bravo 30 and on Charlie 40 km.",
        [("sum", "125", ["50", "30", "40"], "inconsistent")],
    ),
    (
        "Crews cleared 70 ha in Delta and Echo last spring. Work was slow. They cleared 45 ha in Echo and"
        " 25 ha in Delta.",
        [("sum", "70", ["45", "25"], "consistent")],  # the figure before each name
    ),
    (
        "In 2023 the teams cleared 120 km of road on the Alpha, Bravo and Charlie routes. The work took all"
        " year. On Alpha 50 km were cleared and on Bravo 30 km.",
        [],  # a name with no figure: the parts may not be all
    ),
    (
        "In 2023 the teams cleared 120 km of road on the Alpha, Bravo and Charlie routes. On Alpha 50 mines"
        " were found, Bravo 30 and Charlie 40.",
        [],  # figures of another dimension
    ),
    (
        "In 2023 the teams cleared 120 km of road on the Alpha, Bravo, Delta and Charlie routes. On Alpha 50"
        " km were cleared, Bravo 30 and Charlie 40 km.",
        [],  # Delta has no figure
    ),
    (
        "In 2023 the teams cleared 120 km of road on the Alpha, Bravo and Charlie routes. On Alpha 50 km, on"
        " Bravo 30 km, on Charlie 40 km and elsewhere 9 km were cleared.",
        [],  # a figure beside no name: the names may not hold all
    ),
    (
        "Teams cleared 300 ha in Tete, Sofala and Manica. Tete has 20 ha left, Sofala 10 ha and Manica 5 ha.",
        [],  # the second sentence says what is left, not what was cleared: other things
    ),
    # the injured are not among those the sentence before says died; inhabitants are no kind of villages
    (
        "Since the fighting began, 940 people have been harmed by explosive remnants. 310 people died,"
        " including 25 children.\nThe agency gave these figures.\n630 people were injured, some badly,"
        " including 71 children.",
        [
            ("subset", "310", ["25"], "consistent"),
            ("subset", "630", ["71"], "consistent"),
            ("subset", "940", ["630"], "consistent"),
        ],
    ),
    (
        "The survey listed 27 villages with combined contamination of mines and cluster munitions. Places"
        " contaminated by cluster munitions put 48,200 inhabitants at risk.",
        [],
    ),
    # the figure a clause compares with ("almost double the area released in 2021, which totaled ...") is
    # not the whole the next sentence breaks down
    (
        "Teams released 480 km² in 2022—almost double the area released in 2021, which totaled 250 km². Of"
        " the land released in 2022, 210 km² was cleared, while 120 km² was reduced and 150 km² was"
        " cancelled.",
        [("sum", "480", ["210", "120", "150"], "consistent")],
    ),
    (
        "Progress was made as 480 km² of land was handed back in 2022—almost double the area released in"
        " 2021, which totaled 250 km². Of the land released in 2022, 210 km² was cleared, while 120 km² was"
        " reduced and 150 km² was cancelled.",
        [],
    ),
    # a figure in parentheses after a share of a whole ("Half of all casualties (210)") is a part of it, not
    # the whole the killed and injured of the next sentence make up
    (
        "Half of all casualties in 2021 (210) were recorded in the east. A total of 130 people were killed"
        " and 270 others were injured.",
        [],
    ),
    # the figure the sentence before compares with is not the total the next sentence speaks of; a figure of
    # the parts' kind left in their sentence may be one more part: a subset, not a sum
    (
        "In 2022 at least 4,900 people were hurt. This is a fall from the 5,600 victims of 2021. Of them,"
        " 1,700 died and 3,100 were injured; the status of 100 is not known.",
        [("sum", "4900", ["1700", "3100", "100"], "consistent")],
    ),
    (
        "En 2022, au moins 4 900 personnes ont été tuées ou blessées. (Cette baisse par rapport aux 5 600"
        " victimes de 2021 tient aux données).\nParmi elles, 1 700 ont perdu la vie, 3 100 ont été blessées,"
        " tandis que le statut de 100 personnes reste inconnu.",
        [("subset", "4900", ["1700", "3100"], "consistent")],
    ),
    # "De estos" opens a sentence on the parts of the figure before
    (
        "En el país hay 12.400 víctimas registradas. De estos, 4.900 son civiles y 7.500 son militares.",
        [("sum", "12400", ["4900", "7500"], "consistent")],
    ),
    (
        "Se sumaron 9 municipios nuevos. El país ya tiene el 70% del territorio libre. De estos, 160 se"
        " liberaron con desminado y 12 más por información.",
        [],  # "De estos" after a sentence with no count: nothing further back
    ),
    # the total of the first of a ranking is no whole of the others ranked after it
    (
        "Alpha is the country with the most victims, a total of 1,310. It is followed by Beta (290), Gamma"
        " (255) and Delta (230).",
        [],
    ),
    # a count that opens its sentence with "of them" lies within the people the sentence before counted
    (
        "Mines hurt at least 3,600 people last year. 1,250 of them lost a limb.",
        [("subset", "3600", ["1250"], "consistent")],
    ),
    (
        "Mines hurt at least 3,600 people last year. Some 1,250 of them lost a limb.",
        [("subset", "3600", ["1250"], "consistent")],
    ),
    (
        "Mines hurt 3,600 people last year. 4,100 of them lost a limb.",
        [("subset", "3600", ["4100"], "inconsistent")],
    ),
    # ... but "them" is not a figure less than half its part: another referent, not checked
    ("Mines hurt 3,600 people last year. 9,100 of them lost a limb.", []),
    ("The victims were recorded in 18 districts, above all in the capital with nearly 1,600 of them.", []),
    # things too ("of these"), and a whole earlier in the same sentence with no figure between
    ("Teams cleared 40 villages. 12 of them lay in the north.", [("subset", "40", ["12"], "consistent")]),
    (
        "Crews found 84,000 mines in the fields. Roughly 21,000 of these were anti-personnel mines.",
        [("subset", "84000", ["21000"], "consistent")],
    ),
    (
        "In all 410 people were victims of mines 63 of them lost their lives.",
        [("subset", "410", ["63"], "consistent")],
    ),
    # another paragraph, or not at the start of its sentence: nothing
    ("Mines hurt 3,600 people last year.\n\n1,250 of them lost a limb.", []),
    ("Mines hurt 3,600 people last year. In May, 20 were treated and 1,250 of them lost a limb.", []),
]

#: (text, locale, expected): as SHAPES, for texts too short for their locale to be inferred
SHAPES_IN_LOCALE = [
    # a count from a start holds a figure before it of the same kind of thing, in Russian too: explosive
    # items and "dangerous objects", or forms of one noun; not teams
    (
        "По оценкам экспертов, работа продлится 40 лет, если ею займутся примерно 500 команд. С начала года"
        " уже уничтожено более 30 000 взрывоопасных предметов.",
        "ru",
        [],
    ),
    (
        "За неделю обезврежено 800 взрывоопасных предметов. Всего с начала года уничтожено 30 000 опасных"
        " объектов.",
        "ru",
        [("subset", "30000", ["800"], "consistent")],
    ),
    (
        "За неделю обезврежено 800 мин. Всего с начала года уничтожено 30 000 мин.",
        "ru",
        [("subset", "30000", ["800"], "consistent")],
    ),
    (
        "En avril, les équipes ont détruit 64 mines antichars. Elles ont travaillé dans 12 villages. Des"
        " formateurs ont rencontré 3 000 élèves. Depuis 1998, les équipes ont détruit plus de 9 400 mines"
        " antichars.",
        "fr",
        [("subset", "9400", ["64"], "consistent")],
    ),
    (
        "En abril, los equipos destruyeron 64 minas antitanque. Trabajaron en 12 veredas. Desde 1998, los"
        " equipos han destruido más de 9.400 minas antipersonal.",
        "es",
        [],  # another kind of mine
    ),
    (
        "En mayo, 61 Estados, entre ellos 40 Estados Partes del tratado, estaban afectados. La lista es"
        " larga. Un total de 21 Estados no partes del tratado están afectados.",
        "es",
        [("sum", "61", ["40", "21"], "consistent")],
    ),
    (
        "En mai, 61 États, dont 40 États parties au traité, étaient touchés. La liste est longue. Au total,"
        " 21 États non parties au traité sont touchés.",
        "fr",
        [("sum", "61", ["40", "21"], "consistent")],
    ),
    (
        "En mayo hubo 4 muertos y 19 heridos en accidentes con minas. Los equipos limpiaron 80 hectáreas. Se"
        " registraron nueve accidentes con minas, con 23 víctimas.",
        "es",
        [("sum", "23", ["4", "19"], "consistent")],
    ),
    (
        "En mai, on compte 4 tués et 19 blessés dans des accidents de mines. Les équipes ont déminé 80"
        " hectares. Neuf accidents de mines ont fait 25 victimes.",
        "fr",
        [("sum", "25", ["4", "19"], "inconsistent")],
    ),
    (
        "Hubo un total de 120 víctimas en mayo. Los equipos limpiaron 40 hectáreas. Unas 45 de las víctimas"
        " eran niños.",
        "es",
        [("subset", "120", ["45"], "consistent")],
    ),
    (
        "On a recensé au total 120 victimes en mai. Les équipes ont déminé 40 hectares. Quelque 145 des"
        " victimes étaient des enfants.",
        "fr",
        [("subset", "120", ["145"], "inconsistent")],
    ),
    (
        "Os acidentes causaram um total de 120 vítimas. As equipas limparam 40 hectares. Cerca de 45 das"
        " vítimas eram crianças.",
        "pt",
        [("subset", "120", ["45"], "consistent")],
    ),
    (
        "Se registró un total de 300 accidentes en mayo. En 120 casos la víctima era un hombre. En 90 casos"
        " era una mujer, y no se sabe en los casos restantes.",
        "es",
        [("subset", "300", ["120", "90"], "consistent")],
    ),
    (
        "Foi registado um total de 300 acidentes em maio. Em 120 casos a vítima era um homem. Em 90 casos"
        " era uma mulher, e não se sabe nos casos restantes.",
        "pt",
        [("subset", "300", ["120", "90"], "consistent")],
    ),
    (
        "En 2021 se registró un total de 640 víctimas. La mayoría eran civiles. El mayor número de víctimas"
        " se registró en Nariño (212).",
        "es",
        [("subset", "640", ["212"], "consistent")],
    ),
    (
        "Au total, 640 victimes ont été recensées en 2021. Le plus grand nombre de victimes a été enregistré"
        " au Mali (212).",
        "fr",
        [("subset", "640", ["212"], "consistent")],
    ),
    (
        "Em 2023 foram limpos 90 hectares nas aldeias de Tete, Sofala e Manica. Os trabalhos duraram o ano"
        " todo. Em Tete foram limpos 40 hectares, Sofala 30 e em Manica 20 hectares.",
        "pt",
        [("sum", "90", ["40", "30", "20"], "consistent")],
    ),
    (
        "As equipas trabalharam em 30 aldeias. Em 18 aldeias (50 sapadores) o trabalho foi no norte. As 12"
        " aldeias restantes (40 sapadores) ficavam no sul.",
        "pt",
        [("sum", "30", ["18", "12"], "consistent")],
    ),
    (
        "Los equipos trabajaron en 30 aldeas. En 18 aldeas (50 zapadores) el trabajo fue en el norte. Las"
        " restantes 12 aldeas (40 zapadores) estaban en el sur.",
        "es",
        [("sum", "30", ["18", "12"], "consistent")],
    ),
    (
        "Les équipes ont travaillé dans 30 villages. Dans 18 villages (50 démineurs), le travail était au"
        " nord. Les 12 villages restants (40 démineurs) étaient au sud.",
        "fr",
        [("sum", "30", ["18", "12"], "consistent")],
    ),
    (
        "Foram limpos 300 hectares em Tete, Sofala e Manica. Em Tete restam 20 hectares, Sofala 10 hectares"
        " e Manica 5 hectares.",
        "pt",
        [],  # what remains, not what was cleared
    ),
    (
        "Duzentos e 15 hectares foram limpos em Tete e Sofala. Em Tete foram limpos 140 hectares e em"
        " Sofala 75 hectares.",
        "pt",
        [("sum", "215", ["140", "75"], "consistent")],  # a total in words, then digits
    ),
    (
        "En 2023 se despejaron 75 km en los tramos Norte, Centro y Sur. El trabajo duró todo el año. En el"
        " tramo Norte se despejaron 30 km, Centro 25 y en el Sur 20 km.",
        "es",
        [("sum", "75", ["30", "25", "20"], "consistent")],
    ),
    (
        "En 2023, 58 km de pistes ont été déminés à Gao, Kidal et Mopti. Le travail a duré toute l'année. À"
        " Gao, 25 km ont été déminés, Kidal 23 et à Mopti 14 km.",
        "fr",
        [("sum", "58", ["25", "23", "14"], "inconsistent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES, ids=[s[0][:50] for s in SHAPES])
def test_across_shapes(
    text: str,
    expected: list[tuple[str, str, list[str], str]],
    assert_totals: Callable[[minestats.Audit, list[tuple[str, str, list[str], str]]], None],
) -> None:
    assert_totals(minestats.audit(text), expected)


@pytest.mark.parametrize(
    ("text", "locale", "expected"), SHAPES_IN_LOCALE, ids=[s[0][:50] for s in SHAPES_IN_LOCALE]
)
def test_across_shapes_in_locale(
    text: str,
    locale: str,
    expected: list[tuple[str, str, list[str], str]],
    assert_totals: Callable[[minestats.Audit, list[tuple[str, str, list[str], str]]], None],
) -> None:
    assert_totals(minestats.audit(text, locale=locale), expected)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A total of 300 accidents were logged. In 120 cases the victim was a man. In 90 cases it was a"
            " woman, and it was not recorded in the remaining cases.",
            "\u201cthe remaining cases\u201d left unstated",
        ),
        (
            "As of May, 61 states, including 40 States Parties, were affected. A total of 20 states not party"
            " to the treaty are affected too.",
            "\u201cnot party\u201d: the rest",
        ),
        (
            "In May, 4 people were killed and 19 injured in mine-related accidents. Nine mine-related"
            " accidents were recorded, with 23 victims.",
            "the victims of the same \u201cmine-related accidents\u201d",
        ),
        (
            "Crews cleared 70 ha in Delta and Echo last spring. Work was slow. They cleared 45 ha in Echo"
            " and 25 ha in Delta.",
            "\u201c70 ha\u201d over \u201cDelta\u201d, \u201cEcho\u201d, then a figure for each",
        ),
    ],
)
def test_a_total_across_sentences_names_its_words(text: str, words: str) -> None:
    report = minestats.audit(text)
    notes = [c.readings[0].note for c in report.claims if c.kind is not minestats.ClaimKind.SHARE]
    assert any(words in (note or "") for note in notes), notes


@pytest.mark.parametrize(
    ("text", "openers"),
    [
        ("Crews cleared 80 ha. In particular:\n- 50 ha of pasture;\n- 30 ha of orchards.", 1),
        ("Crews cleared 80 ha.  \tNotably, in two months:\n• 50 ha of pasture\n", 1),
        ("Crews cleared 80 ha; in particular: none listed\n", 0),  # a semicolon opens no list
        ("Les équipes ont dégagé 80 ha. Notamment :\n- 50 ha de pâturages\nEn particulier:\n", 1),
        ("Саперы очистили 80 га. В частности:\n- 50 га пастбищ\n", 1),
        ("ın particular:\n- 5 ha\nİN PARTICULAR:\n- 6 ha\n", 2),  # letters whose case folds oddly
        ("No list here, particularly none.", 0),
    ],
)
def test_list_openers_are_those_the_pattern_finds(text: str, openers: int) -> None:
    reader = _Reader(text, items(text, minestats.extract(text), {}))
    found = [m.span() for m in reader._list_openers()]
    assert found == [m.span() for m in _LIST_OPENER.finditer(text)]
    assert len(found) == openers


@pytest.mark.parametrize(
    "text",
    [
        "Teams destroyed 120 mines in May. Since 2016, 4,800 mines have been destroyed.",
        "TEAMS DESTROYED 120 MINES IN MAY. SINCE 2016, 4,800 MINES HAVE BEEN DESTROYED.",
        "The survey covered 18 districts in two rounds. The first, in 12 districts, ended in May. The"
        " remaining 6 districts were surveyed in June.",
        "Donors gave $900 million of national and international funding in 2022. International funding"
        " reached $700 million in 2022.",
        "Mines killed 14 people and injured 31 in March, 45 In All.",
        "Crews worked in 30 villages with 90 deminers. In 18 villages (52 deminers) work ended early. The"
        " Remaining 12 villages (38 deminers) were cleared in May.",
    ],
)
def test_readers_that_skip_text_without_their_words_find_what_a_full_search_finds(text: str) -> None:
    # a dotless i elsewhere makes the readers search everywhere (its case folds to a Latin i)
    odd = text + "\n\nThe office is in Iğdır."

    def read(text: str) -> list[tuple[str, str, list[str]]]:
        found = totals(text, items(text, minestats.extract(text), {}))
        return [(t.kind.value, t.total.figure.id, [p.figure.id for p in t.parts]) for t in found]

    assert _Reader(odd, []).cues("since") is None
    assert _Reader(text, []).cues("since") is not None
    assert read(text) == read(odd) != []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Crews cleared 60 km on the roads Alpha, Bravo and Charlie.",
            [["on", "the", "roads", "Alpha"], ["Bravo"], ["Charlie"]],
        ),
        ("Crews cleared 60 km in Alpha,and Bravo.", [["in", "Alpha"], ["Bravo"]]),  # "and" after a comma
        ("Crews cleared 60 km in Alpha and Bravo.", [["in", "Alpha"], ["Bravo"]]),
        ("Crews cleared 60 km, 40 km of them in Alpha and Bravo.", None),  # a nearer figure holds the list
        ("Crews cleared 60 km with care, speed.", None),  # commas and no "and"
    ],
)
def test_the_names_listed_after_a_total(text: str, names: list[list[str]] | None) -> None:
    reader = _Reader(text, items(text, minestats.extract(text), {}))
    listed = reader._names_after(reader.known[0])
    assert (listed[0] if listed else None) == names


@pytest.mark.parametrize(
    ("pattern", "words", "phrase"),
    [
        *(
            (_CUMULATIVE, _CUMULATIVE_WORDS, p)
            for p in [
                "Since",
                "to  date",
                "so far",
                "Brings the total",
                "cumulatively",
                "desde",
                "hasta la fecha",
            ]
        ),
        *(
            (_CUMULATIVE, _CUMULATIVE_WORDS, p)
            for p in ["depuis", "À ce jour", "seit", "Bisher", "всего", "С начала"]
        ),
        *(
            (_REMAINING_BEFORE, _REMAINING_WORDS, f"{p} ")
            for p in ["the Remaining", "les restantes", "restants", "die übrigen", "Остальные", "остальных"]
        ),
    ],
)
def test_every_cue_holds_a_word_the_cheap_test_looks_for(
    pattern: re.Pattern[str], words: tuple[str, ...], phrase: str
) -> None:
    assert pattern.search(phrase)
    assert any(w in phrase.lower() for w in words)
