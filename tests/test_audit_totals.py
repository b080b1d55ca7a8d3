"""Tests of minestats._audit._totals: where a sentence starts, and which figures are totals and parts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minestats
from minestats._audit._figures import items
from minestats._audit._totals import (
    _IN_ALL,
    _IN_ALL_AFTER,
    _MARKER_PHRASES,
    _MARKER_WORDS,
    _MARKERS,
    _says_all,
    sentence_start,
    totals,
)


@pytest.mark.parametrize(
    ("text", "before", "start"),
    [
        ("There were 480 casualties; of these, 120 were children.", "120", "of these, "),
        ("The area is large. Of this, 700 hectares are farmland.", "700", "Of this, "),
        ("The area is large.\nOf this, 700 hectares are farmland.", "700", "Of this, "),
        ("Summary\n\nOf the 480 casualties, 120 were children.", "480", "Of the "),
        ("Of the 480 casualties, 120 were children.", "480", "Of the "),
        ("x" * 500 + " of the 480 casualties", "480", ("x" * 500 + " of the ")[-400:]),  # looks back 400
    ],
)
def test_sentence_start(text: str, before: str, start: str) -> None:
    position = text.index(before)
    assert text[sentence_start(text, position) : position] == start


def _claims(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    found = items(text, minestats.extract(text), {})
    return [
        (t.kind.value, t.total.figure.id, tuple(p.figure.id for p in t.parts)) for t in totals(text, found)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 500 victims, of whom 320 were killed and 180 injured, were civilians.",
            [("sum", "victims_500", ("victims_320", "victims_180"))],
        ),
        (
            "There were 35 casualties, including 20 children and 10 women.",
            [("subset", "casualties_35", ("children_20", "women_10"))],
        ),
        (
            "There were 35 casualties, of whom 20 children.",
            [("subset", "casualties_35", ("children_20",))],
        ),
        (
            # a total after a semicolon: the extractor's sentence would start before "The toll"
            "The toll rose; of the 5,210 victims, 4,001 were men and 1,209 women.",
            [("sum", "victims_5210", ("victims_4001", "women_1209"))],
        ),
        (
            "Mines cover 1,200 hectares. Of this, 700 hectares are farmland and 500 hectares forest.",
            [("sum", "ha_1200", ("ha_700", "ha_500"))],
        ),
        ("Teams found 400 devices and destroyed 100 devices.", []),
        ("The toll rose to 5,210 victims, 4,001 were men and 1,209 women.", []),  # no marker, no opener
    ],
)
def test_totals(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _claims(text) == expected


def test_parts_stop_at_twelve() -> None:
    text = "There were 60 casualties, of whom " + ", ".join(f"{n} men" for n in range(1, 15)) + "."
    ((kind, _, parts),) = _claims(text)
    assert kind == "sum"
    assert len(parts) == 12


# (text, [(kind, total value, part values, status)]) for the verdicts of the audit
SHAPES = [
    (
        "The season caused 506 casualties (251 killed and 255 injured).",
        [("sum", "506", ["251", "255"], "consistent")],
    ),
    (
        "The season caused 88 killed and 402 injured, 490 in all.",
        [("sum", "490", ["88", "402"], "consistent")],
    ),
    # "totaling" after a list whose last part has words of its own; the parts must name what it names
    (
        "Crews lifted 14 anti-personnel mines, 83 anti-tank mines, 5 explosive devices and 610 unexploded"
        " ordnance — totaling 712 mines — in the first week of June.",
        [("sum", "712", ["14", "83", "5", "610"], "consistent")],
    ),
    (
        "Crews lifted 14 anti-personnel mines, 83 anti-tank mines and 610 unexploded ordnance, totalling 717"
        " items, in June.",
        [("sum", "717", ["14", "83", "610"], "inconsistent")],
    ),
    ("Crews lifted 14 mines and 83 shells, in all 40 villages.", []),
    ("Crews lifted 14 mines, 83 shells and 610 grenades in 12 districts, in all 40 villages.", []),
    (
        "The blasts killed 9 people and injured 31 people, totalling 40.",
        [("sum", "40", ["9", "31"], "consistent")],
    ),
    (
        "Teams released 2.0 km², with 1.2 km² cancelled and 0.8 km² cleared.",
        [("sum", "2.0", ["1.2", "0.8"], "consistent")],
    ),
    ("Teams released 2.0 km², with 1.2 km² in the north and 0.6 km² in the south.", []),  # not a partition
    ("There were 490 casualties: 88 killed; 402 injured.", [("sum", "490", ["88", "402"], "consistent")]),
    (
        "There were 490 casualties last year. Among them, 212 were children.",
        [("subset", "490", ["212"], "consistent")],
    ),
    # a duration at the end of a long clause between the total and "including"
    (
        "Monitors counted 318 civilians killed by explosive remnants in the northern border"
        " districts during the past four years, including 71 children and 40 women.",
        [("subset", "318", ["71", "40"], "consistent")],
    ),
    (
        "Monitors counted 98 civilians killed by explosive remnants in the northern border"
        " districts during the past four years, including 71 children and 40 women.",
        [("subset", "98", ["71", "40"], "inconsistent")],
    ),
    (
        "Since May, 12 people, including 5 children, died and 40 people, including 9 children, were hurt.",
        [("subset", "12", ["5"], "consistent"), ("subset", "40", ["9"], "consistent")],
    ),
    (
        "There were 250 casualties, including 41 deaths and 200 injuries.",
        [("sum", "250", ["41", "200"], "inconsistent")],
    ),
    (
        "There were 250 casualties, including 41 children and 200 adults.",
        [("subset", "250", ["41", "200"], "consistent")],
    ),
    (
        "Teams found more than 5,000 mines (3,200 anti-personnel mines and 1,900 anti-tank mines).",
        [("sum", "5000", ["3200", "1900"], "consistent")],
    ),
    (
        "Teams found nearly 5,000 mines (3,200 anti-personnel mines and 1,900 anti-tank mines).",
        [("sum", "5000", ["3200", "1900"], "inconsistent")],
    ),
    ("The site covers 731,034 square metres (73.1 hectares).", [("sum", "73.1", ["731034"], "consistent")]),
    ("The site covers 731,034 square metres (74.1 hectares).", [("sum", "74.1", ["731034"], "inconsistent")]),
    ("The site covers 5.42 km2 (5,428,507 m2).", [("sum", "5.42", ["5428507"], "inconsistent")]),
    (
        "There are 60 states, including 40 States Parties, and 12 areas.",
        [("subset", "60", ["40"], "consistent")],
    ),
    (
        "Of the 480 casualties, 120 were children (25 per cent) and 360 were adults.",
        [("sum", "480", ["120", "360"], "consistent")],
    ),
    # killed and injured after a comma make up the casualties; a part that names a side is no total
    (
        "The agency recorded 52 casualties, 8 people died and 44 injured, in the first quarter.",
        [("sum", "52", ["8", "44"], "consistent")],
    ),
    (
        "The agency recorded 52 casualties, 8 people died and 40 injured, in the first quarter.",
        [("sum", "52", ["8", "40"], "inconsistent")],
    ),
    ("The district recorded 52 casualties, 8 children and 40 women, last year.", []),
    # a sentence of parts that make up a whole, after the sentence that names the whole with one figure
    (
        "In all 40.2 km2 was released. In total 20.1 km2 was canceled by survey, 10.1 km2 was reduced,"
        " and 10 km2 was cleared.",
        [("sum", "40.2", ["20.1", "10.1", "10"], "consistent")],
    ),
    (
        "In 2021 the agency released 9.5 km2, up from the 7.2 km2 released in 2020. In all, 4.5 km2 was"
        " cancelled, 3.5 km2 was reduced and 1.5 km2 was cleared.",
        [("sum", "9.5", ["4.5", "3.5", "1.5"], "consistent")],
    ),
    (
        "In 2021 the agency released 9.5 km2, up from the 7.2 km2 released in 2020. In all, 4.5 km2 was"
        " cancelled, 3.5 km2 was reduced and 0.5 km2 was cleared.",
        [("sum", "9.5", ["4.5", "3.5", "0.5"], "inconsistent")],
    ),
    (  # two figures name the whole: which one the parts make up is not said
        "The agency released 9.5 km2 in 2021 and released 7.2 km2 in 2020. In all, 4.5 km2 was cancelled,"
        " 3.5 km2 was reduced and 1.5 km2 was cleared.",
        [],
    ),
    (  # parts that are not the sides of a partition say nothing of the sentence before
        "In 2021 the agency released 9.5 km2. In all, 4.5 km2 was in the north and 5 km2 in the south.",
        [],
    ),
    ("Mines remain in 7 out of 15 provinces.", [("subset", "15", ["7"], "consistent")]),
    ("Mines remain in 17 out of 15 provinces.", [("subset", "15", ["17"], "inconsistent")]),
    ("Only 9 of the 40 affected districts are now clear.", [("subset", "40", ["9"], "consistent")]),
    ("Only 45 of the 40 affected districts are now clear.", [("subset", "40", ["45"], "inconsistent")]),
    (
        "Teams trained 9 of 40 deminers and 12 of the 20 dogs.",
        [("subset", "40", ["9"], "consistent"), ("subset", "20", ["12"], "consistent")],
    ),
    ("Teams trained 9 deminers of 40 dogs.", []),  # what the two count does not fit
    # one group in parentheses is within its total; a parenthesis after another phrase is not
    ("Killed: 12 (9 civilians)\n\nNotes", [("subset", "12", ["9"], "consistent")]),
    ("Killed: 12 (14 civilians)\n\nNotes", [("subset", "12", ["14"], "inconsistent")]),
    ("Teams cleared 900 hectares of pasture and forest plots (120 hectares) last year.", []),
    # a marker after a parenthesized breakdown names the figure before the parenthesis
    (
        "The state runs 140 clinics (120 urban and 20 rural), of which 35 are mobile.",
        [("sum", "140", ["120", "20"], "consistent"), ("subset", "140", ["35"], "consistent")],
    ),
    (
        "The state runs 140 clinics (120 urban and 20 rural), of which 150 are mobile.",
        [("sum", "140", ["120", "20"], "consistent"), ("subset", "140", ["150"], "inconsistent")],
    ),
    # a dash opens a breakdown; a second dash closes it
    (
        "The agency closed 9 field offices – 2 in the north, 4 in the east and 3 in the west.",
        [("sum", "9", ["2", "4", "3"], "consistent")],
    ),
    (
        "The agency closed 8 field offices — 2 in the north, 4 in the east and 3 in the west.",
        [("sum", "8", ["2", "4", "3"], "inconsistent")],
    ),
    (
        "The agency closed 6 field offices – 2 in the north and 4 in the east – and 12 more elsewhere.",
        [("sum", "6", ["2", "4"], "consistent")],
    ),
    ("The agency closed 6 field offices – in the north and east.", []),
    # the next sentence names the total: a subset unless its parts make it up exactly
    (
        "A total of 90 casualties were recorded in 2021. Of the casualties in 2021, 40 were caused by new"
        " attacks in the north and renewed attacks in the south, while 50 were caused by old remnants.",
        [("subset", "90", ["40", "50"], "consistent")],
    ),
    (
        "A total of 90 casualties were recorded in 2021. Of the mines, 40 were found in the north.",
        [],
    ),
    (
        "At least 5,120 people were hurt by mines in the year. Of that total, at least 2,010 people were"
        " killed, and another 3,110 people were injured.",
        [("subset", "5120", ["2010", "3110"], "consistent")],
    ),
    (
        "Last year 120 people were hurt. Of that total, 50 people were killed and 70 people injured.",
        [("sum", "120", ["50", "70"], "consistent")],
    ),
    (
        "In 20 Jahren wurden 320 Menschen Opfer. Davon 110 Frauen und 120 Kinder.",
        [("subset", "320", ["110", "120"], "consistent")],
    ),
    # footnote markers and years between a total and its marker
    (
        "A further 380 km2 of battle areas[4] was cleared in 2010 including more than 12.5 km2 of farmland.",
        [("subset", "380", ["12.5"], "consistent")],
    ),
    # other languages: markers, "of the" after a comma, parts named by words of their own in parentheses
    (
        "Au total, 48 pays ou territoires, dont 30 Etats parties, restent pollués.",
        [("subset", "48", ["30"], "consistent")],
    ),
    (
        "Foram registadas 96 vítimas, dos quais 30 óbitos e 66 feridos.",
        [("sum", "96", ["30", "66"], "consistent")],
    ),
    (
        "Segundo ele, dos 140 distritos, 120 já foram limpos e 20 ainda não.",
        [("sum", "140", ["120", "20"], "consistent")],
    ),
    (
        "Por ejemplo, de las 140 víctimas registradas en 2021, 90 eran civiles y 50 militares.",
        [("sum", "140", ["90", "50"], "consistent")],
    ),
    (
        "Hubo 800 beneficiados, entre estos, más de 300 niñas.",
        [("subset", "800", ["300"], "consistent")],
    ),
    (
        "The centres made 4,210 appliances (1,900 prostheses and 2,310 orthoses) last year.",
        [("sum", "4210", ["1900", "2310"], "consistent")],
    ),
    (
        "Funcionan 150 rutas de atención a las víctimas (140 municipales y 12 departamentales).",
        [("sum", "150", ["140", "12"], "inconsistent")],
    ),
    # "of the" after a comma or "que", with one part a subset
    (
        "Segundo ele, em Maputo (17), que dos 140 distritos, 120 já foram limpos e 20 ainda não.",
        [("sum", "140", ["120", "20"], "consistent")],
    ),
    (
        "De las 190 rutas previstas, han entrado en operación 170 rutas.",
        [("subset", "190", ["170"], "consistent")],
    ),
    # "the remaining" in the next sentence completes a breakdown
    (
        "At the end of 2019, out of the 3,100 sqkm land area contaminated with mines, 2,900 sqkm was cleared."
        " The remaining area to be cleared is put at 210 sqkm.",
        [("sum", "3100", ["2900", "210"], "inconsistent")],
    ),
    (
        "Aid reached $612.0 million. Of this, $150.2 million went to clearance."
        " The remaining $461.8 million went elsewhere.",
        [("sum", "6.120E+8", ["1.502E+8", "4.618E+8"], "consistent")],
    ),
    # "including" after a figure of another dimension belongs to the figure before it
    (
        "In 2019, 21 donors provided $305.5 million in support to 27 States Parties, including $200.1 million"
        " to clearance (65% of the total) and $20.4 million to victim assistance (7%).",
        [("subset", "3.055E+8", ["2.001E+8", "2.04E+7"], "consistent")],
    ),
    # the parts of the next sentence pass over a list of names and a number word of another dimension
    (
        "The report estimated contamination totaling 2,100km2. This included 1,500km2 of mined area in the"
        " four southern provinces (Alpha, Beta, Gamma, and Delta) and another 720km2 of suspected areas.",
        [("subset", "2100", ["1500", "720"], "inconsistent")],
    ),
    # "In 2019 alone": each figure within the one of the sentence before that counts the same things
    (
        "Over the decade, 40 States Parties gave some $2.1 billion to 70 affected States Parties. In 2019"
        " alone, 25 States Parties provided $300.5 million to 31 States Parties.",
        [
            ("subset", "40", ["25"], "consistent"),
            ("subset", "2.1E+9", ["3.005E+8"], "consistent"),
            ("subset", "70", ["31"], "consistent"),
        ],
    ),
    (
        "Over the decade, 40 States Parties gave aid. In 2019 alone, 25 States Parties and 30 States gave.",
        [],
    ),
    # the parts of a figure of the "alone" sentence are not paired with the sentence before
    (
        "Over ten years, 30 donors gave $1.9 billion. In 2020 alone, 12 donors gave $210.4 million,"
        " including $150.2 million for clearance and $30.1 million for education.",
        [
            ("subset", "2.104E+8", ["1.502E+8", "3.01E+7"], "consistent"),
            ("subset", "30", ["12"], "consistent"),
            ("subset", "1.9E+9", ["2.104E+8"], "consistent"),
        ],
    ),
    # "of that total" looks back over a sentence without figures; "another" in the next sentence adds a part
    (
        "Last year 300 people were killed or injured. The figures come from the police. Of that total,"
        " 120 people were killed. Another 180 people were injured.",
        [("sum", "300", ["120", "180"], "consistent")],
    ),
    (
        "Last year 300 people were killed or injured. The figures come from the police. Of that total,"
        " 120 people were killed. Another 190 people were injured.",
        [("sum", "300", ["120", "190"], "inconsistent")],
    ),
    (  # a sentence between with a count that cannot hold the part: no looking further back
        "Last year 300 people were killed or injured. The police counted 40 reports. Of that total,"
        " 12 people were killed.",
        [],
    ),
    # a sentence that counts from a start holds the figure of a neighbouring sentence's period
    (
        "Teams destroyed 8,000 mines in May. Since 2015, 350,000 mines have been destroyed.",
        [("subset", "350000", ["8000"], "consistent")],
    ),
    (
        "Teams destroyed 8,000 mines in May. Since 2015, 7,000 mines have been destroyed.",
        [("subset", "7000", ["8000"], "inconsistent")],
    ),
    (
        "Teams cleared 1,200 mines in March. Their work brings the total cleared since the ceasefire to more"
        " than 41,500 landmines.",
        [("subset", "41500", ["1200"], "consistent")],
    ),
    (
        "Since 2010, the programme held more than 9,000 sessions for more than 200,000 people. Under the new"
        " plan it held more than 4,000 sessions for more than 90,000 people.",
        [("subset", "9000", ["4000"], "consistent"), ("subset", "200000", ["90000"], "consistent")],
    ),
    # a period before the start, other things counted, unpaired figures, a cue far from the figure,
    # or areas (which name nothing they count): nothing
    ("In 2012, teams destroyed 8,000 mines. Since 2015, 350,000 mines have been destroyed.", []),
    ("Teams destroyed 8,000 mines in May. Since 2015, 350,000 shells have been destroyed.", []),
    ("Teams destroyed 8,000 mines in May. Since 2015, 350,000 mines and 20,000 shells were destroyed.", []),
    ("As has been the case since 2007, funding in 2020 reached $400 million. Donors gave $250 million.", []),
    ("Teams cleared 40 hectares in May. Since 2015, 9,000 hectares have been cleared.", []),
    ("Since May, 90 mines were found. Last year, 200 mines were found.", []),  # a period before the start
    # the same number of the same things said again is not a period within the start's count
    ("Since 2019, the agency has run four training courses for deminers. All four courses were full.", []),
    # a bulleted list after "in particular" lies within the last figure before it that it fits
    (
        "Teams cleared 610 hectares last year. The work went well.\n\nIn particular, they cleared:\n\n"
        "  • 540 hectares of farmland;\n  • 30 hectares of forest.\n\nMore next year.",
        [("subset", "610", ["540", "30"], "consistent")],
    ),
    (
        "Teams cleared 610 hectares last year.\n\nIn particular, they cleared:\n  • 540 hectares of"
        " farmland;\n  • 90 hectares of forest.\n",
        [("subset", "610", ["540", "90"], "inconsistent")],
    ),
    (
        "Teams cleared 610 hectares last year.\n\nNotamment, les équipes ont déminé :\n  - 500 hectares de"
        " terres;\n  - 60 hectares de forêt.\n",
        [("subset", "610", ["500", "60"], "consistent")],
    ),
    # a list without "in particular" says nothing of the figure before it
    ("Teams cleared 610 hectares last year.\n\nThey cleared:\n  • 540 hectares;\n  • 90 hectares.\n", []),
    # "the first" part in the sentence after its whole, and "the remaining" one after it: a sum
    (
        "A survey covered the 18 districts in two rounds. The first, in 12 districts, found 40 hazards."
        " The remaining 6 districts were surveyed in 2020.",
        [("sum", "18", ["12", "6"], "consistent")],
    ),
    (
        "A survey covered the 18 districts in two rounds. The first, in 12 districts, found 40 hazards."
        " The remaining 5 districts were surveyed in 2020.",
        [("sum", "18", ["12", "5"], "inconsistent")],
    ),
    (  # no "the first": the 12 districts may be of another count
        "A survey covered the 18 districts in two rounds. Teams worked in 12 districts. The remaining 5"
        " districts were surveyed in 2020.",
        [],
    ),
    # one of two kinds named together with a figure, given for the same year in a later sentence
    (
        "In 2021, 30 donors gave $900.5 million of national and international funding. International"
        " funding reached $700.2 million in 2021, up from $650.1 million in 2020.",
        [("subset", "9.005E+8", ["7.002E+8"], "consistent")],
    ),
    (
        "In 2021, 30 donors gave $900.5 million of national and international funding. International"
        " funding reached $950.2 million in 2021.",
        [("subset", "9.005E+8", ["9.502E+8"], "inconsistent")],
    ),
    (  # another year, or a kind not named with the whole: nothing
        "In 2021, 30 donors gave $900.5 million of national and international funding. International"
        " funding reached $700.2 million in 2020.",
        [],
    ),
    (
        "In 2021, 30 donors gave $900.5 million of national and international funding. Clearance received"
        " $700.2 million in 2021.",
        [],
    ),
    # "a total of" opening the sentence after the sides of a partition: their sum (a bound part bounds it)
    (
        "Mines killed 12 people and wounded 30 in the first half of the year. A total of 42"
        " incidents were logged.",
        [("sum", "42", ["12", "30"], "consistent")],
    ),
    (
        "Mines killed 12 people and wounded 30 in the first half of the year. A total of 45"
        " incidents were logged.",
        [("sum", "45", ["12", "30"], "inconsistent")],
    ),
    (
        "Mines killed at least 12 people and wounded 30 this year. A total of 40 incidents were logged.",
        [("sum", "40", ["12", "30"], "inconsistent")],
    ),
    # a total of states is no sum of people; parts that are no partition say nothing of it
    ("Mines killed 12 people and wounded 30 this year. A total of 45 States reported.", []),
    ("Teams found 12 mines and 30 shells this year. A total of 42 items were destroyed.", []),
    # three figures or more alone in parentheses after names lie within "a total of" a sentence before
    (
        "The monitor counted a total of 900 casualties in 2021. Most were in Alpha (310), then Beta (200),"
        " Gamma (90) and Delta (40).",
        [("subset", "900", ["310", "200", "90", "40"], "consistent")],
    ),
    (
        "The monitor counted a total of 500 casualties in 2021. Most were in Alpha (310), then Beta (200),"
        " Gamma (90) and Delta (40).",
        [("subset", "500", ["310", "200", "90", "40"], "inconsistent")],
    ),
    # no "total of" before the whole, or two names only: nothing
    (
        "The monitor counted 900 casualties in 2021. Most were in Alpha (310), then Beta (200), Gamma (90)"
        " and Delta (40).",
        [],
    ),
    ("The monitor counted a total of 900 casualties in 2021. Most were in Alpha (310) and Beta (200).", []),
    # "N victims were children" after a sentence counting the victims: a group within them
    (
        "The agency recorded 900 victims in 2021. And 310 victims were children.",
        [("subset", "900", ["310"], "consistent")],
    ),
    (
        "The agency recorded 900 victims in 2021. And 950 victims were children.",
        [("subset", "900", ["950"], "inconsistent")],
    ),
    (
        "L'agence a enregistré 900 victimes en 2021. Ici 310 victimes étaient des femmes.",
        [("subset", "900", ["310"], "consistent")],
    ),
    # another year, or a sentence before that counts other things: nothing
    ("The agency recorded 900 victims in 2021. In 2019, 310 victims were children.", []),
    ("The agency recorded 900 mines in 2021. And 310 victims were children.", []),
    # ... nor one said to be the same group itself: two regions side by side
    (
        "In the north, 20 civilians were killed by mines in May. Likewise, in the south, 29 civilians were"
        " killed by mines in May.",
        [],
    ),
    # "of them" far before a figure that names nothing it counts: that figure is within the total
    (
        "In 2010 about 5,000 people fled the area, but most of them went home since, with about 300"
        " still in camps.",
        [("subset", "5000", ["300"], "consistent")],
    ),
    (
        "In 2010 about 5,000 people fled the area, but most of them went home since, with about 6,300"
        " still in camps.",
        [("subset", "5000", ["6300"], "inconsistent")],
    ),
    # a part that names what it counts, or no "of them": nothing
    ("In 2010 about 5,000 people fled the area, most of them children, and 300 soldiers left too.", []),
    ("In 2010 about 5,000 people fled the area and 300 returned.", []),
    # "que correspondem a": a breakdown, each part named in its own words
    (
        "A avaliação aponta a pesquisa de 250 áreas adicionais, que correspondem a 50 áreas turísticas,"
        " 40 reservas fundiárias, 100 áreas agrícolas e 70 de produção.",
        [("sum", "250", ["50", "40", "100", "70"], "inconsistent")],
    ),
    # people and places keep their check in parentheses
    ("The survey covered 60 villages (400 people and 30 deminers).", []),
    # a row label names the whole; groups of people in parentheses are its parts (not the killed)
    (
        "Casualty summary\n\nKilled: 12 (12 civilians)\n\nWounded: 23 (20 civilians, 3 deminers)\n\nNotes",
        [("subset", "12", ["12"], "consistent"), ("sum", "23", ["20", "3"], "consistent")],
    ),
    (
        "Casualty summary\n\nInjured: 30 (21 civilians, 7 soldiers)\n\nNotes",
        [("sum", "30", ["21", "7"], "inconsistent")],
    ),
    # the parts of "dos 150 distritos, 131 ... e 19" count districts only by inheritance: parts, not heads
    (
        "O ministro afirmou que dos 150 distritos, 131 já foram desminados e 19 ainda esperam.",
        [("sum", "150", ["131", "19"], "consistent")],
    ),
    (
        "Disse que dos 150 distritos, 131 estão em paz e 18 e o resto da zona.",
        [("sum", "150", ["131", "18"], "inconsistent")],
    ),
    # the killed and injured after "of which" are among the people the sentence counted, not among the
    # places between them and the marker; and the figure right after "of which" is a part, not a whole
    (
        "Over ten years the registry logged 8,240 casualties in 37 provinces, of which 2,610 were killed,"
        " 5,390 injured and 240 of unknown status.",
        [("sum", "8240", ["2610", "5390", "240"], "consistent")],
    ),
    (
        "The registry logged 96 casualties in 12 districts, of which 30 were killed and 60 injured.",
        [("sum", "96", ["30", "60"], "inconsistent")],
    ),
    ("The blasts hit 14 districts, of which 9 killed and 20 injured.", []),
    (
        "Le registre compte 1 240 victimes dans 31 provinces, dont 410 tués et 830 blessés.",
        [("sum", "1240", ["410", "830"], "consistent")],
    ),
    # mines, shells and rockets are among items of ordnance; "lost their lives" are the killed
    (
        "In all 9,310 units of unexploded ordnance, including 5,120 shells, 2,940 anti-personnel mines and"
        " 1,250 anti-tank mines, were found.",
        [("subset", "9310", ["5120", "2940", "1250"], "consistent")],
    ),
    (
        "Over the year 410 individuals fell victim to mines, with 347 sustaining injuries and 63 losing"
        " their lives.",
        [("sum", "410", ["347", "63"], "consistent")],
    ),
    # parts stated as bounds make no exact sum of the whole a sentence opens on; its own total is no part
    # of the sentence before
    (
        "Of the total of 9,420 casualties recorded in 2020, at least 2,310 people were killed and another"
        " 7,085 were injured; for 25 it was not known.",
        [("subset", "9420", ["2310", "7085"], "consistent")],
    ),
    (
        "The year before there were 7,100 casualties. Of the total of 9,420 casualties recorded in 2020, at"
        " least 2,310 people were killed and another 7,085 were injured.",
        [("subset", "9420", ["2310", "7085"], "consistent")],
    ),
    # "including" in other languages: a subset
    ("La explosión dejó 9 muertos, incluyendo 4 niños, en la aldea.", [("subset", "9", ["4"], "consistent")]),
    ("Взрыв унес жизни 9 человек, включая 4 детей.", [("subset", "9", ["4"], "consistent")]),
    ("L'explosion a fait 9 morts, y compris 4 enfants.", [("subset", "9", ["4"], "consistent")]),
    # items of a list that each have their own verb are no total and parts
    ("In 2021, 70.4 km² was released by survey, 30.1 km² was reduced, and 46.5 km² was cleared.", []),
    (
        "The province recorded 52 casualties, 8 people died and 44 were injured.",
        [("sum", "52", ["8", "44"], "consistent")],
    ),
    # "among the", "del total de ...:" open a sentence on its whole
    (
        "Among the 48 victims, 11 died, 30 sustained injuries, and 7 lost a limb.",
        [("sum", "48", ["11", "30", "7"], "consistent")],
    ),
    (
        "Del total de 58 víctimas anotadas: 51 quedaron heridas, 4 murieron y 3 están por determinar.",
        [("sum", "58", ["51", "4", "3"], "consistent")],
    ),
    (
        "De los 70 civiles heridos, 41 son menores de edad y 9 adultos mayores.",
        [("sum", "70", ["41", "9"], "inconsistent")],
    ),
    # "de estos": the parts of the figure before
    (
        "Se llegó a 140 municipios descontaminados y, de estos, 120 se liberaron con desminado y 20 más por"
        " información.",
        [("sum", "140", ["120", "20"], "consistent")],
    ),
    # "из них", "из которых": the parts of the figure before
    (
        "Пострадали 1310 человек, из них 402 погибли, еще 908 получили ранения.",
        [("sum", "1310", ["402", "908"], "consistent")],
    ),
    (
        "Зафиксировано не менее 5120 случаев, из них 1400 погибли, а 3700 получили ранения.",
        [("sum", "5120", ["1400", "3700"], "inconsistent")],
    ),
    ("Пострадали более 90 детей, из которых 17 погибли.", [("subset", "90", ["17"], "consistent")]),
    # the killed are not among the survivors; the injured and children may be
    ("The province has some 4,500 mine survivors. About 2,000 people were killed in the same years.", []),
    (
        "The province has some 4,500 mine survivors. About 2,000 people were children in the same years.",
        [("subset", "4500", ["2000"], "consistent")],
    ),
    # parts the text says overlap are each within the whole, not their sum
    (
        "Surveyors counted 820 affected villages. Of the total of affected villages, 790 are"
        " contaminated by mines, while 45 are contaminated by cluster munitions (of which 15 by both).",
        [
            ("subset", "45", ["15"], "consistent"),
            ("subset", "820", ["790"], "consistent"),
            ("subset", "820", ["45"], "consistent"),
        ],
    ),
    (
        "Surveyors counted 820 affected villages. Of the total of affected villages, 790 are"
        " contaminated by mines, while 45 are contaminated by cluster munitions.",
        [("subset", "820", ["790", "45"], "inconsistent")],
    ),
    # a count in parentheses for another period is no group of the count before it
    ("This year the teams destroyed 2,150 explosive items (41,300 since the war ended).", []),
    ("Les équipes ont détruit 2 150 engins explosifs (41 300 depuis 1995).", []),
    ("За год саперы обнаружили и уничтожили 2 150 взрывоопасных предметов (41 300 – с начала работ).", []),
    (
        "This year the teams destroyed 2,150 mines (1,900 anti-personnel mines).",
        [("subset", "2150", ["1900"], "consistent")],
    ),
]

#: (text, locale, expected): as SHAPES, for texts too short for their locale to be inferred
SHAPES_IN_LOCALE = [
    # spelled-out numbers and "incluindo": a subset
    (
        "A explosão provocou seis mortos, incluindo quatro crianças, na aldeia.",
        "pt",
        [("subset", "6", ["4"], "consistent")],
    ),
    (
        "A explosão provocou seis mortos, incluindo oito crianças, na aldeia.",
        "pt",
        [("subset", "6", ["8"], "inconsistent")],
    ),
    # "miembros de la Policía": members, a group of people, within the victims
    (
        "De ese total, 1.310 son víctimas mortales, de los cuales 510 son civiles y 800 miembros de la"
        " Policía Nacional.",
        "es",
        [("sum", "1310", ["510", "800"], "consistent")],
    ),
    (
        "Otros 6.200 casos son de personas heridas (2.100 civiles y 4.100 miembros del Ejército Nacional).",
        "es",
        [("sum", "6200", ["2100", "4100"], "consistent")],
    ),
    (
        "En mayo se destruyeron 900 minas. Desde 2016 se han destruido 52.000 minas en el país.",
        "es",
        [("subset", "52000", ["900"], "consistent")],
    ),
    (
        "Solo 12 de los 30 municipios tienen rutas de atención.",
        "es",
        [("subset", "30", ["12"], "consistent")],
    ),
    (
        "Desde 2000 se registraron 5.400 muertos y heridos. Los datos son del ministerio. De ese total,"
        " 1.200 son víctimas mortales, de los cuales 700 son civiles y 500 militares. Otros 4.200 casos son"
        " de personas heridas.",
        "es",
        [
            ("sum", "1200", ["700", "500"], "consistent"),
            ("subset", "5400", ["1200", "4200"], "consistent"),
        ],
    ),
    (
        "Desde 2000 se registraron 5.400 muertos y heridos. Los datos son del ministerio. De ese total,"
        " 1.200 son víctimas mortales. Otros 4.300 casos son de personas heridas.",
        "es",
        [("subset", "5400", ["1200", "4300"], "inconsistent")],
    ),
    (
        "Otros 6.200 casos son de personas heridas (2.100 civiles y 4.000 miembros del Ejército Nacional).",
        "es",
        [("sum", "6200", ["2100", "4000"], "inconsistent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES, ids=[s[0][:50] for s in SHAPES])
def test_total_shapes(
    text: str,
    expected: list[tuple[str, str, list[str], str]],
    assert_totals: Callable[[minestats.Audit, list[tuple[str, str, list[str], str]]], None],
) -> None:
    assert_totals(minestats.audit(text), expected)


@pytest.mark.parametrize(
    ("text", "locale", "expected"), SHAPES_IN_LOCALE, ids=[s[0][:50] for s in SHAPES_IN_LOCALE]
)
def test_total_shapes_in_locale(
    text: str,
    locale: str,
    expected: list[tuple[str, str, list[str], str]],
    assert_totals: Callable[[minestats.Audit, list[tuple[str, str, list[str], str]]], None],
) -> None:
    assert_totals(minestats.audit(text, locale=locale), expected)


def test_a_total_names_the_words_that_link_its_parts() -> None:
    report = minestats.audit("The season caused 506 casualties (251 killed and 255 injured).")
    (claim,) = report.claims
    assert (
        claim.readings[0].note
        == "Linked by minestats.audit: the parts in parentheses after \u201c506 casualties\u201d."
    )
    assert "parts in parentheses" in report.to_text()


# -- properties ------------------------------------------------------------------------


def _statuses(text: str) -> list[tuple[str, str]]:
    report = minestats.audit(text)
    return [
        (v.kind.value, v.status.value) for v in report.verdicts if v.kind is not minestats.ClaimKind.SHARE
    ]


@settings(max_examples=40, deadline=None)
@given(
    part=st.integers(min_value=1, max_value=10**6),
    whole=st.integers(min_value=1, max_value=10**6),
)
def test_a_part_of_the_whole_is_judged_exactly(part: int, whole: int) -> None:
    """ "Only A of the B districts": consistent exactly when A does not exceed B."""
    text = f"Only {part:,} of the {whole:,} affected districts are now clear."
    assert _statuses(text) == [("subset", "consistent" if part <= whole else "inconsistent")]


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(st.integers(min_value=1, max_value=9_000), min_size=2, max_size=4),
    offset=st.integers(-2, 2),
)
def test_a_dash_breakdown_is_judged_exactly(parts: list[int], offset: int) -> None:
    """ "N offices – a in A, b in B and c in C": consistent exactly when the parts add up to N."""
    total = max(1, sum(parts) + offset)
    places = ["Alpha", "Beta", "Gamma", "Delta"]
    listed = [f"{n:,} in {place}" for n, place in zip(parts, places, strict=False)]
    text = f"The agency closed {total:,} field offices – {', '.join(listed[:-1])} and {listed[-1]}."
    assert _statuses(text) == [("sum", "consistent" if total == sum(parts) else "inconsistent")]


_PIECES = st.sampled_from(
    [
        "7",
        "12",
        "1,500",
        "2.5",
        " ",
        ", ",
        ". ",
        "\n",
        "\n\n",
        " hectares",
        " mines",
        " victims",
        " people",
        " killed",
        " injured",
        " of the ",
        " – ",
        "(",
        ")",
        ": ",
        "Total: ",
        "Mines: ",
        "(2019: ",
        "Since 2015, ",
        "In 2019 alone, ",
        "In particular:\n",
        "  • ",
        "Of that total, ",
        "Another ",
        "The first, ",
        "The remaining ",
        "A total of ",
        " were children",
        " most of them ",
        " national and international funding",
        "International funding ",
        "$",
        " million",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_totals_never_fail_on_text(text: str) -> None:
    """Any text gives totals whose parts are figures of the text other than the total."""
    found = items(text, minestats.extract(text), {})
    for total in totals(text, found):
        assert total.parts
        assert total.total not in total.parts
    _statuses(text)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (", a total of ", ""),
        (" and ", " people in all were hurt"),
        ("; Total: ", ""),
        (", with ", " altogether"),
        (": ", ", All Told, in the north"),
        (" – in total ", ""),
        (", totalling ", ""),
    ],
)
def test_the_words_of_in_all_hold_what_the_cheap_test_looks_for(before: str, after: str) -> None:
    assert _IN_ALL.fullmatch(before) or _IN_ALL_AFTER.match(after)
    assert _says_all(before.lower()) or _says_all(after.lower())


@pytest.mark.parametrize(
    "gap",
    [
        " people, of whom ",
        " ha, Of Which ",
        " mines (among them ",
        " casualties, including at least ",
        " sites, in which ",
        " km², with ",
        " victimes, dont ",
        " Opfer, davon ",
        " Minen, darunter ",
        " жертв, в том числе ",
        " víctimas, de las cuales ",
        " heridos, entre ellos ",
        " victimes, parmi elles ",
        " vítimas, das quais ",
        " áreas, destas ",
        " áreas, que correspondem a ",
    ],
)
def test_every_marker_holds_a_word_the_cheap_test_looks_for(gap: str) -> None:
    assert _MARKERS.fullmatch(gap)
    assert _MARKER_WORDS.search(gap.lower())


def test_the_cheap_test_knows_a_word_of_every_marker() -> None:
    for phrase in _MARKER_PHRASES:
        gap = f" people, {phrase[:1].upper() + phrase[1:]} "
        assert _MARKERS.fullmatch(gap), phrase
        assert _MARKER_WORDS.search(gap.lower()), phrase
