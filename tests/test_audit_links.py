"""Tests of minestats._audit._links: which part and whole a text links to each percentage."""

from __future__ import annotations

from fractions import Fraction

import pytest

import minestats

# (text, [(status, part values, whole values)] for each stated percentage in order)
CASES = [
    # an unrelated pair that happens to give the percentage is no evidence
    (
        "Mines cover about 12% of the country. The team has 30 deminers and 250 detectors.",
        [("not checked", [], [])],
    ),
    # X of the Y, that is P%
    (
        "Teams cleared 450 hectares of 2,000 hectares, that is 25 per cent.",
        [("inconsistent", ["450"], ["2000"])],
    ),
    # X (P% of the total) after "including": the head figure is the whole
    (
        "The budget was $400 million, including $100 million for clearance (25% of the total).",
        [("consistent", ["1.00E+8"], ["4.00E+8"])],
    ),
    # P% of the Y (X)
    (
        "About 40 per cent of the 500 hectares (200 hectares) was released.",
        [("consistent", ["200"], ["500"])],
    ),
    # X, or P% of the Y
    (
        "Deminers cleared 30 km², or 15 per cent of the 200 km² surveyed.",
        [("consistent", ["30"], ["200"])],
    ),
    # P% of the <things>, with one figure counting those things
    (
        "The survey counted 480 casualties. Children were 120 of them (25 per cent of the casualties).",
        [("consistent", ["120"], ["480"])],
    ),
    # Y, P% of which ... X
    (
        "Funding reached $80 million: 10% of which went to victim assistance as $8.4 million.",
        [("consistent", ["8.4E+6"], ["8.0E+7"])],
    ),
    # figures of another dimension between "of which" and the part are passed over
    (
        "Since 2012 support totaled about $4.8 billion, 10% of which came in 2020 with 31 donors giving"
        " $482.5 million.",
        [("consistent", ["4.825E+8"], ["4.8E+9"])],
    ),
    (
        "Since 2012 support totaled about $4.8 billion, 10% of which came in 2020 with 31 donors giving"
        " $530.5 million.",
        [("inconsistent", ["5.305E+8"], ["4.8E+9"])],
    ),
    # of whom P%: the whole is linked, no part is stated
    ("The clinic treated 200 survivors, of whom 30 per cent were children.", [("not checked", [], [])]),
    # a part's entity must fit within the whole's
    (
        "There are an estimated 2 million mines. So far 5 per cent of the mines have been removed"
        " (that is, 100,000 mines and 30,000 shells).",
        [("consistent", ["100000"], ["2E+6"])],
    ),
    # several candidate wholes that disagree
    (
        "Surveys found 2,000 mines in the north and 4,000 mines in the south."
        " Teams removed 5 per cent of the mines (100 mines).",
        [("not checked", [], [])],
    ),
    # Of the Y, X (P%); out of the Y, X or P%
    (
        "Of 100 people, 14 were hurt (14 per cent). Of 50 mines, 7 exploded (14 per cent)."
        " Elsewhere 14.2 per cent.",
        [("consistent", ["14"], ["100"]), ("consistent", ["7"], ["50"]), ("not checked", [], [])],
    ),
    (
        "By June, out of the 900 sqkm at risk, 850 sqkm or 94% was released.",
        [("consistent", ["850"], ["900"])],
    ),
    # X of the Y, then the percentage after other words
    (
        "In all, 310 of the 1,200 villages, that is 26 per cent, are safe.",
        [("consistent", ["310"], ["1200"])],
    ),
    # P% of all <funding>: the one amount the text calls that kind of money, its modifiers the same
    (
        "Global support for mine action totaled $820.0 million in 2022, with $610.0 million in"
        " international funding. Three donors gave $305.0 million, half of all international support.",
        [("consistent", ["3.050E+8"], ["6.100E+8"])],
    ),
    (
        "International support reached $400.0 million. The five largest donors gave $290.0 million,"
        " or 75% of all international contributions.",
        [("inconsistent", ["2.900E+8"], ["4.000E+8"])],
    ),
    # "international and national" is not "international": no amount is that money
    (
        "Donors reported $700.0 million in international and national support. The largest donor gave"
        " $210.0 million, or 30% of all international funding.",
        [("not checked", [], [])],
    ),
    # the one amount named so is of another year than the percentage
    (
        "International support reached $400.0 million in 2020. In 2021 donors gave $90.0 million,"
        " or 20% of all international support.",
        [("not checked", [], [])],
    ),
    # two amounts are "international support": no evidence which
    (
        "International support reached $400.0 million in 2021. In 2022, international support totaled"
        " $450.0 million. Donors gave $90.0 million, or 20% of all international support.",
        [("not checked", [], [])],
    ),
    # a year in the words that name the part: "the X total for 2021 (P% of ...)"
    (
        "In 2021 international support came to $250.0 million. The $40.0 million total for 2021"
        " (16% of all international support) went to survivors.",
        [("consistent", ["4.00E+7"], ["2.500E+8"])],
    ),
    # the part after the percentage's parentheses: "clearance (P% of all funding), with X"
    (
        "International support reached $500.0 million. Clearance took the largest share"
        " (62% of all international funding), with $310.0 million.",
        [("consistent", ["3.100E+8"], ["5.000E+8"])],
    ),
    (
        "International support reached $500.0 million. Clearance took the largest share"
        " (70% of all international funding), with $310.0 million.",
        [("inconsistent", ["3.100E+8"], ["5.000E+8"])],
    ),
    (
        "El apoyo internacional llegó a 500 millones de dólares. El desminado recibió la mayor parte"
        " (62 % del total), con 310 millones de dólares.",
        [("not checked", [], [])],
    ),
    # parentheses with no part right after them: no part
    (
        "International support reached $500.0 million. Clearance took the largest share"
        " (62% of all international funding). Donors also gave $310.0 million to training.",
        [("not checked", [], [])],
    ),
    # "all funding" with no kind of its own: the kind its paragraph is about
    (
        "National support came to $90.0 million.\nInternational support was $400.0 million; most"
        " international support went to clearance, $240.0 million or 60% of all funding.",
        [("consistent", ["2.400E+8"], ["4.000E+8"])],
    ),
    # a paragraph about two kinds (one not the kind of any amount): no evidence which "all funding" is
    (
        "National support grew as international support reached $400.0 million."
        " Clearance received $240.0 million, or 60% of all funding.",
        [("not checked", [], [])],
    ),
    (
        "International support came to $400.0 million and national support to $90.0 million."
        " Clearance received $240.0 million, or 60% of all funding.",
        [("not checked", [], [])],
    ),
    # the paragraph's kind is read in the percentage's paragraph only
    (
        "International support came to $400.0 million.\nClearance received $240.0 million,"
        " or 60% of all funding.",
        [("not checked", [], [])],
    ),
    (
        "International support came to $400.0 million.\nNational support went to clearance:"
        " $54.0 million, or 60% of all funding, of a total of $90.0 million in national support.",
        [("consistent", ["5.40E+7"], ["9.00E+7"])],
    ),
    # this area: the first figure of the sentence before
    (
        "Minefields cover 2,000 km² of a territory of 50,000 km²."
        " About 10 per cent of this area (200 km²) is cleared.",
        [("consistent", ["200"], ["2000"])],
    ),
    # a percentage of a named whole, then its own amount after "with"
    (
        "Donors gave $520.0 million in international support. The top three donors accounted for 40% of all"
        " international funding with $208.0 million.",
        [("consistent", ["2.080E+8"], ["5.200E+8"])],
    ),
    (
        "Donors gave $520.0 million in international support. The top three donors accounted for 45% of all"
        " international funding with $208.0 million.",
        [("inconsistent", ["2.080E+8"], ["5.200E+8"])],
    ),
    ("Mines lie in 35% of the districts with 120 km² of farmland.", [("not checked", [], [])]),
    # "of the total" with a noun after it names the whole: not a demonstrative for the sentence before
    (
        "Three donors gave more this year."
        " The top four donors making up 58% of the total contribution in 2010.",
        [("not checked", [], [])],
    ),
    (
        "Teams cleared 2,000 km² in 2023. They then released 300 km², 15% of the total.",
        [("consistent", ["300"], ["2000"])],
    ),
    # "of them" after a group its own sentence names by a percentage: not the figure of the sentence before
    (
        "Last year 3,200 people were hurt by mines. Civilians made up 80% of the casualties, half of them"
        " children (900).",
        [("not checked", [], []), ("not checked", [], [])],
    ),
    (
        "Last year 3,200 people were hurt by mines. In the south, 1,400 were civilians, half of them"
        " children (700).",
        [("consistent", ["700"], ["1400"])],
    ),
    # ... nor a part read past another share, nor a whole "of them" may not name (a share's group between)
    (
        "Civilians made up 80% of the 3,200 casualties, half of them children (900).",
        [("not checked", [], []), ("not checked", [], [])],
    ),
    (
        "There were 3,200 casualties, of which 80% were civilians, half of them children (900).",
        [("not checked", [], []), ("not checked", [], [])],
    ),
    ("There were 3,200 casualties, half of them children (1,600).", [("consistent", ["1600"], ["3200"])]),
    (
        "Last year 3,200 people were hurt by mines. Half of them were children (1,600).",
        [("consistent", ["1600"], ["3200"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_links(text: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    report = minestats.audit(text)
    values = {f.id: str(f.value) for f in report.figures}
    got = [(s.status, [values[i] for i in s.part], [values[i] for i in s.whole]) for s in report.shares]
    assert got == expected


def test_not_checked_says_why() -> None:
    (share,) = minestats.audit("Mines cover about 12% of the country. The team has 30 deminers.").shares
    assert share.reason == "no part is stated with it"
    (share,) = minestats.audit("The clinic treated 200 survivors, of whom 30 per cent were children.").shares
    assert "no part is stated" in share.reason
    assert "200 survivors" in share.reason
    (share,) = minestats.audit("Teams cleared 300 hectares (40 per cent).").shares
    assert share.reason.endswith("the whole is not stated")
    text = (
        "Donors reported $700.0 million in international and national support. The largest donor gave"
        " $210.0 million, or 30% of all international funding."
    )
    (share,) = minestats.audit(text).shares
    assert share.reason.endswith(
        "no amount of the text is the \u201cinternational funding\u201d it is a share of"
    )
    text = (
        "International support reached $400.0 million in 2021. In 2022, international support totaled"
        " $450.0 million. Donors gave $90.0 million, or 20% of all international support."
    )
    (share,) = minestats.audit(text).shares
    assert share.reason.endswith(
        "several amounts with different values are the \u201cinternational support\u201d"
    )


def test_the_report_shows_the_linking_words() -> None:
    report = minestats.audit("Deminers cleared 30 km², or 15 per cent of the 200 km² surveyed.")
    (share,) = report.shares
    assert "\u201c30 km²\u201d then \u201cor\u201d" in share.link
    assert "\u201cof\u201d \u201c200 km²\u201d" in share.link
    assert share.link in report.to_text()


def test_ids_are_unique_and_the_draft_loads() -> None:
    text = (
        "Of 100 people, 14 were hurt (14 per cent). Of 50 mines, 7 exploded (14 per cent)."
        " Elsewhere 14.2 per cent."
    )
    report = minestats.audit(text)
    ids = [f.id for f in report.figures]
    assert len(ids) == len(set(ids))
    claims = [c.id for c in report.claims]
    assert len(claims) == len(set(claims))
    assert {v.claim for v in report.verdicts} <= set(claims)
    document = minestats.draft(text)
    assert minestats.check(document).counts["consistent"] == 2
    assert minestats.audit(text).claims == report.claims  # stable: the same text gives the same ids


# (text, locale, expected statuses of the share-sum claims): percentages listed as the parts of one whole
BREAKDOWNS = [
    ("Of the total area, woodland makes up 55%, farmland 35%, and scrub 10%.", None, ["consistent"]),
    ("Of the total area, woodland makes up 55%, farmland 30%, and scrub 10%.", None, ["inconsistent"]),
    # rounding: two whole percentages can miss 100 by up to one point, both ends counted
    ("Of the total area, woodland makes up 60% and farmland 39%.", None, ["consistent"]),
    ("Of the total area, woodland makes up 60% and farmland 38%.", None, ["inconsistent"]),
    ("Of the total area, woodland makes up 60% and farmland 41%.", None, ["consistent"]),
    ("Of the total area, woodland makes up 60% and farmland 42%.", None, ["inconsistent"]),
    (
        "Sur l'ensemble, la forêt représente 55 %, les terres agricoles 35 % et les broussailles 10 %.",
        "fr",
        ["consistent"],
    ),
    # every side of a partition: civilians and the military, killed and injured, land released three ways
    ("Of the 300 casualties, 38% were civilians and 62% military.", None, ["consistent"]),
    ("Civilians made up 81% of casualties and military 18%.", None, ["consistent"]),
    ("Of the casualties, 40% were killed and 55% injured.", None, ["inconsistent"]),
    ("Last year 30% of the land was cancelled, 50% reduced and 20% cleared.", None, ["consistent"]),
    ("Les civils représentent 70 % des victimes et les militaires 30 %.", "fr", ["consistent"]),
    # a side missing, or named twice, or groups that overlap: not the whole
    ("Last year 30% of the land was cancelled and 50% cleared.", None, []),
    ("Of the casualties, 40% were killed and 55% were killed later.", None, []),
    ("Of the casualties, 80% were civilians and 40% children.", None, []),
    # shares of two wholes, each side its own whole
    ("Mines injured 40% of civilians and 30% of soldiers in the district.", None, []),
    ("Les mines ont blessé 40 % des civils et 30 % des militaires.", "fr", []),
    # no evidence that the list is the whole, or that its categories are apart
    ("Of the total casualties, civilians were 80% and children 40%.", None, []),
    ("Woodland makes up 55%, farmland 35% and scrub 10%.", None, []),
    ("Of the total area, the largest shares are woodland with 55% and farmland with 30%.", None, []),
    ("Of the total area, woodland makes up 55%, including pine 30% and oak 20%.", None, []),
    ("Of the total area, woodland makes up 55%, farmland 35%, scrub 5%.", None, []),
    ("Of the total area, woodland makes up 55%, 120 km2 of farmland 35%, and scrub 10%.", None, []),
    # the last percentage said to be the rest: the ones before it and it make up the whole
    ("Clinics received 61% of the grants, while schools got the remaining 39%.", None, ["consistent"]),
    ("Clinics received 61% of the grants, while schools got the remaining 37%.", None, ["inconsistent"]),
    ("In 2020, 45% were men, 30% women and the remaining 25% children.", None, ["consistent"]),
    ("Los donantes aportaron el 70% y los Estados el 30% restante.", "es", ["consistent"]),
    ("Les bailleurs ont fourni 70 % des fonds et les États les 30 % restants.", "fr", ["consistent"]),
    ("Доноры обеспечили 70% средств, остальные 30% - государства.", "ru", ["consistent"]),
    # the two sides of civilians and combatants, in German
    ("Davon waren 30 % Kombattanten und 70 % Zivilisten.", "de", ["consistent"]),
    # no word of the rest, or another number among them
    ("Donors cut support by 30% in 2020 and the remaining programmes grew 12%.", None, []),
    ("Clinics received 61% of the 900 grants, while schools got the remaining 39%.", None, []),
]


@pytest.mark.parametrize(("text", "locale", "expected"), BREAKDOWNS, ids=[c[0][:50] for c in BREAKDOWNS])
def test_percentages_of_one_whole_add_up(text: str, locale: str | None, expected: list[str]) -> None:
    report = minestats.audit(text, locale=locale)
    got = [v.status.value for v in report.verdicts if v.kind is minestats.ClaimKind.PARTITION]
    assert got == expected
    if expected:
        assert all(s.reason.startswith("a share of one whole, checked as shares_pct_") for s in report.shares)


@pytest.mark.parametrize(("first", "second"), [(60, 39), (60, 38), (60, 41), (60, 42), (70, 30), (55, 44)])
def test_a_share_sum_holds_as_the_fraction_reference_says(first: int, second: int) -> None:
    text = f"Of the total area, woodland makes up {first}% and farmland {second}%."
    (verdict,) = [v for v in minestats.audit(text).verdicts if v.kind is minestats.ClaimKind.PARTITION]
    half = Fraction(1, 2)
    holds = first - half + second - half <= 100 <= first + half + second + half
    assert verdict.status.value == ("consistent" if holds else "inconsistent")
