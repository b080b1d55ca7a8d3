"""Relative changes a text states: "a 12% rise from the $250 million", "down 20 per cent, to 4,800".

A stated percentage is a change when the words around it say which way
("increase", "up", "less than", "une diminution de", "supérieur à") and name
the earlier figure right after it ("from", "than", "par rapport aux", "à
celui de", "frente a"). The later figure is, in this order:

- the figure after "to" in the rest of the sentence ("a fall of 20 per
  cent, to 4,800"), the earlier one then the last figure before the
  percentage that counts the same things;
- the last figure before the percentage in its sentence that counts the same
  things as the earlier one (of the same dimension; for counts, the same
  kind of thing: in "60 casualties (9 killed, 51 injured), 50 percent more
  than the 40 casualties of the year before", the casualties are compared);
- when the sentence opens on the figure before ("This represents", "Cela
  représente", "Ce total"), the one figure of the nearest sentence before
  that counts the same things (passing over up to two sentences of the
  paragraph with none); with several, the one said to be of the year the
  sentence names ("Ce nombre pour 2022 est de 30 % supérieur" and "6.120
  victimes en 2022"), else the change is not checked.

The levels may also stand around the percentage: "up 20% at 600, from 500",
"rose 25 per cent to 500 km² from 400 km²" (the later after "at"/"to", the
earlier after "from"), or both before it: "went from 600 to 480, a decrease
of 20%", "sont passées de 600 à 480, soit une baisse de 20 %", "сократилось
с 600 до 480, то есть на 20%"; the way is said next to the percentage (or,
failing that, by the verb before "from").

A change is also stated with its absolute difference ("fell by $4.5
million, a 15% decrease", "rose by 1,200 (15%) from 8,000"): the difference
and one level then give the other (:func:`differences`). A decrease with the
level it fell to ("..., to 33.3", or a next sentence opening on the total of
a later year than the one the change is from: "from the 2020 level. The
$25.5 million total for 2021 ...") had the earlier level ``later +
difference``; an increase from a stated earlier level reached ``earlier +
difference``; an increase to a stated level ("rose by 120, or 25%, to 600",
"gave $521 million, an increase of $61 million (13%) from 2018") came from
``later - difference`` (the reading's ``less``). The difference may also
follow the percentage in brackets, the level standing later in the sentence
(:func:`level_differences`). A decrease from a stated
level would need the later level as a difference of figures, which the
core's readings (a sum for the part) cannot state: it is not checked.

A change stated without a percentage ("68.7 km², a decrease from the 147
km² of 2015", "726.5 km², down from 815 km²", "en baisse par rapport aux
...") says only which way the figure went (:func:`comparisons`): the core's
``bound`` claim checks that the smaller side does not exceed the larger
one. The earlier figure follows the words, or, when they name it as "the
previous total" ("200 km², a slight increase on the previous record"),
it is the one figure of the sentences of the year before that states the
same quantity: the same dimension and the same words after it ("of mined
areas"). "An increase on the previous record" cannot hold if the year
before had more; finding that it did not is all the check says.

The claim is the core's ``change`` claim (the later figure as ``part``, the
earlier as ``whole``; for a change with its difference, the figures that add
up to each), judged by its rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from .._models import Claim, Reading
from .._vocab import ClaimKind
from ._bounds import sentence_end, year_of, year_of_sentence, years_in
from ._clauses import lowered as lower_case
from ._clauses import word_matches
from ._entities import head, same_kind
from ._figures import Item
from ._totals import sentence_start

__all__ = [
    "Change",
    "Comparison",
    "Difference",
    "changes",
    "comparison_claim",
    "comparisons",
    "difference_claim",
    "differences",
    "level_differences",
    "year_differences",
]

_UP = (
    r"increase[ds]?|rise|rose|up|higher|more|greater|augmentation|hausse|supérieure?s?|plus"
    r"|aumento|incremento|más|mayor|mais|maior|zunahme|anstieg|mehr|höher"
    r"|рост\w*|увеличени\w*|выросл\w*|увеличил\w*|возросл\w*"
)
_DOWN = (
    r"decrease[ds]?|decline[ds]?|drop|fall|fell|down|less|fewer|lower|reduction|diminution|baisse"
    r"|inférieure?s?|moins|disminución|descenso|reducción|menos|menor|redução|diminuição|queda"
    r"|rückgang|weniger|niedriger"
    r"|снижени\w*|сокращени\w*|уменьшени\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*"
)
#: Before the percentage: "an increase of", "up", "une diminution de", "est de" (the way follows it).
_BEFORE = re.compile(
    rf"(?:\b(?P<way>{_UP}|{_DOWN})\s+(?:(?:of|de|del|von|um|by)\s+)?(?:(?:some|about|nearly|almost|près\s+de"
    rf"|environ|casi|cerca\s+de)\s+)?|\b(?:est|was|is|fue|foi)\s+de\s+)$",
    re.IGNORECASE,
)
#: After the percentage, up to the earlier figure: "increase from the", "less than ... (", "par rapport aux".
_AFTER = re.compile(
    rf"\s*(?P<way>{_UP}|{_DOWN})?\s*"
    r"(?:from|than|on|over|compared\s+(?:with|to)|par\s+rapport\s+(?:aux?|à\s+(?:la|les?|celui\s+de|celle\s+de))"
    r"|à\s+(?:celui|celle|ceux|celles)\s+d[eu]s?|frente\s+a(?:\s+l[oa]s?)?|con\s+respecto\s+a(?:\s+l[oa]s?)?"
    r"|en\s+relación\s+(?:con|a)(?:\s+l[oa]s?)?|con\s+relación\s+al?|em\s+relação\s+a(?:os?|as?)?|gegenüber"
    r"|comparad[oa]s?\s+(?:con|com|a)|en\s+comparación\s+con|par\s+comparaison\s+(?:avec|à)"
    r"|по\s+сравнению\s+с)\b"
    # the earlier period may be named first: "con relación a 2018, cuando hubo 120", "compared with 2018,
    # when there were 120" (only a clause that says when: another clause may name another figure)
    r"(?:\s+(?:the\s+)?(?:19|20)\d\d\s*,\s*(?=(?:when|cuando|quand|lorsqu|quando|als|когда)\b))?"
    r"[^\d;()]{0,60}?\(?\s*(?:the\s+|les?\s+|la\s+|aux\s+|los\s+|las\s+|os\s+|as\s+)?$",
    re.IGNORECASE,
)
#: "..., to 4,800": the later figure after the earlier one or after the percentage.
_TO = re.compile(r"[^\d;()]{0,60}?,?\s*\b(?:to|à|a|para|auf|до)\s+$", re.IGNORECASE)
#: The last letters of the words that end :data:`_TO`, in lower case (the old form of "о" included: a
#: pattern ignoring case matches it).
_TO_ENDS = frozenset("oàafо\u1c82")

#: A sentence that opens on the figure of the sentence before.
_OPENS_ON_BEFORE = re.compile(
    r"\s*(?:this|that|it|these|the\s+figure|the\s+total|cela|ceci|ce\s+chiffre|ce\s+total|ce\s+nombre"
    r"|esto|esta\s+cifra|este\s+total|isso|isto|este\s+número|dies|lo\s+que|o\s+que|ce\s+qui|which)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Change:
    """A stated relative change, the earlier and later figures and the words that link them."""

    stated: Item
    earlier: Item
    later: Item
    increase: bool
    words: str


def _way(word: str | None) -> bool | None:
    if not word:
        return None
    return re.fullmatch(_UP, word, re.IGNORECASE) is not None


def _alike(item: Item, other: Item) -> bool:
    """Same dimension, and for counts that say what they count, the same kind of thing."""
    if item.dimension != other.dimension or item is other:
        return False
    if item.dimension != "count" or item.counted is None or other.counted is None:
        return True
    return same_kind(item.counted, other.counted)


def changes(text: str, items: list[Item]) -> Iterator[Change]:
    """The relative changes ``text`` states, each with its earlier and later figure.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Funding reached $412.0 million, a 15% increase from the $358.2 million of 2019."
    >>> found = changes(text, items(text, extract(text), {}))
    >>> [(c.later.figure.stated, c.earlier.figure.stated, c.increase) for c in found]
    [('412.0 million', '358.2 million', True)]
    """
    known = [i for i in items if i.base is not None]
    by_sentence: dict[int, list[Item]] = {}
    for item in known:
        by_sentence.setdefault(item.mention.sentence, []).append(item)
    for k, stated in enumerate(known):
        if stated.figure.unit != "percent" or k + 1 >= len(known):
            continue
        sentence = stated.mention.sentence
        earlier = known[k + 1]
        if earlier.mention.sentence != sentence or earlier.dimension == "ratio":
            continue
        after = _AFTER.fullmatch(text, stated.mention.end, earlier.mention.start)
        if after is None:
            continue
        here = by_sentence[sentence]
        start = max(0, stated.mention.start - 60)
        if here[0] is not stated:
            start = max(start, here[here.index(stated) - 1].mention.end)
        before = _BEFORE.search(text, start, stated.mention.start)
        way = _way(after.group("way"))
        if way is None and before is not None:
            way = _way(before.group("way"))
        if way is None:
            continue
        words = (
            "\u201c"
            + " ".join(text[stated.mention.end : earlier.mention.start].split()).rstrip(" (")
            + "\u201d"
        )
        found = _later(text, here, stated, earlier, _previous(here[0], earlier, by_sentence))
        if found is not None:
            later, how = found
            yield Change(stated, earlier, later, way, f"{words} names the earlier figure; {how}")
    yield from _to_after(text, known, by_sentence)
    yield from _levels(text, known)


def _later(
    text: str, here: list[Item], stated: Item, earlier: Item, previous: list[Item]
) -> tuple[Item, str] | None:
    """The later figure of a change whose earlier figure follows the percentage, and how it was found."""
    after = [i for i in here if i.mention.start > earlier.mention.start]
    if (
        after
        and _alike(after[0], earlier)
        and _TO.fullmatch(text, earlier.mention.end, after[0].mention.start)
    ):
        return after[0], f"\u201cto\u201d {_quote(after[0])} the later"  # "from 650 to 572"
    before = _closest([i for i in here if i.mention.start < stated.mention.start], earlier)
    if before is not None:
        return before, f"{_quote(before)} before it in the sentence the later"
    candidates = [i for i in previous if _alike(i, earlier)]
    start = sentence_start(text, here[0].mention.start)
    if not candidates or not _OPENS_ON_BEFORE.match(text, start, here[0].mention.start):
        return None
    if len({i.base.point for i in candidates if i.base is not None}) > 1:
        # "This total for 2022 is 20 per cent higher ...": the one of the year the sentence names
        years = years_in(text, start, stated.mention.start)
        candidates = [i for i in candidates if year_of(text, i) in years]
    if len(candidates) != 1:
        return None
    where = (
        "the sentence before"
        if candidates[0].mention.sentence + 1 == stated.mention.sentence
        else "a sentence before"
    )
    return candidates[0], f"the sentence opens on {_quote(candidates[0])} of {where}, the later"


def _previous(first: Item, earlier: Item, by_sentence: dict[int, list[Item]]) -> list[Item]:
    """The figures of the nearest sentence before ``first``'s that has one alike ``earlier``.

    "Clinics recorded 4,210 casualties. Of them, 1,150 were children. This
    reflects heavy fighting. The total is a rise of 25% from the 3,368 ...":
    a sentence that opens on the figure before refers to the last one of its
    kind, passing over sentences with none (of the three before it, those
    past the first only in its paragraph).
    """
    sentence = first.mention.sentence
    for back in range(sentence - 1, max(sentence - 4, 0), -1):
        found = by_sentence.get(back, [])
        if back < sentence - 1:  # past the sentence right before, only in the same paragraph
            found = [i for i in found if i.mention.paragraph == first.mention.paragraph]
        if any(_alike(i, earlier) for i in found):
            return found
    return []


def _closest(candidates: list[Item], earlier: Item) -> Item | None:
    """The last of ``candidates`` that counts what ``earlier`` counts: by the same noun when one does
    ("60 casualties (9 killed, 51 injured), 50 percent more than the 40 ..."), else the only one alike."""
    alike = [i for i in candidates if _alike(i, earlier)]
    named = [i for i in alike if earlier.counted and head(i.counted) == head(earlier.counted)]
    if named:
        return named[-1]
    if earlier.dimension != "count" or len(alike) == 1:
        return alike[-1] if alike else None
    return None


def _quote(item: Item) -> str:
    return f"\u201c{item.figure.locator.quote}\u201d"


def _to_after(text: str, known: list[Item], by_sentence: dict[int, list[Item]]) -> Iterator[Change]:
    """ "6,000 casualties ... a fall of 20 per cent in those casualties, to 4,800"."""
    for k, stated in enumerate(known):
        if stated.figure.unit != "percent" or k + 1 >= len(known):
            continue
        here = by_sentence[stated.mention.sentence]
        later = known[k + 1]
        if later.mention.sentence != stated.mention.sentence or later.dimension == "ratio":
            continue
        gap = text[stated.mention.end : later.mention.start]
        if not gap[-1:].isspace() or gap.rstrip()[-1:].lower() not in _TO_ENDS:
            continue  # a cheap test first: the gap ends on "to" (à, a, para, auf, до) and a space
        if _TO.fullmatch(text, stated.mention.end, later.mention.start) is None:
            continue
        start = max(0, stated.mention.start - 60)
        if here[0] is not stated:
            start = max(start, here[here.index(stated) - 1].mention.end)
        before = _BEFORE.search(text, start, stated.mention.start)
        way = _way(before.group("way")) if before is not None else None
        if way is None:
            continue
        earlier = _closest([i for i in here if i.mention.start < stated.mention.start], later)
        if earlier is None:
            continue
        yield Change(
            stated,
            earlier,
            later,
            way,
            f"{_quote(earlier)} before the percentage the earlier, \u201cto\u201d {_quote(later)} the later",
        )


#: Before the absolute difference: "declined by", "rose by", "a decrease of", "a augmenté de", "um".
_BY_VERB = re.compile(
    rf"(?:{_UP}|{_DOWN}|grew|climbed|dropped|shrank|augment\w*|diminu\w*|baiss\w*|aument\w*"
    r"|disminu\w*|ca[yí]\w*|creci\w*|cresc\w*|gestiegen|gesunken|gefallen)",
    re.IGNORECASE,
)
_BY = re.compile(rf"\b(?P<way>{_BY_VERB.pattern})\s+(?:by|of|de|en|em|um|на)\s+$", re.IGNORECASE)
_BY_WORDS = frozenset(["by", "of", "de", "en", "em", "um", "на"])
#: Between the difference and its percentage: ", a", ", or", " (", ", soit", ", es decir".
_BY_GAP = re.compile(
    r"[^\d;:()%.,]{0,40}?\s*(?:,\s*(?:or|that\s+is,?|i\.e\.,?|an?|soit|es\s+decir|o\s+sea|ou\s+seja|also|или(?:\s+на)?|то\s+есть(?:\s+на)?)?"
    r"(?:\s*\b(?:an?|une?|una|uma?)\b)?|\(|\s+or)"
    r"\s*(?:(?:some|about|nearly|almost|près\s+de|environ|casi|cerca\s+de)\s+)?",
    re.IGNORECASE,
)
_WAY_AFTER = re.compile(rf"\s*\)?\s*(?:(?P<way>{_UP}|{_DOWN})\b)?", re.IGNORECASE)
#: After the percentage (and its way), the earlier level: "from the 8,000", "par rapport aux".
_FROM = re.compile(
    r"\s*(?:from|on|over|compared\s+(?:with|to)|par\s+rapport\s+(?:aux?|à)|frente\s+a|desde|gegenüber)"
    r"\s+(?:the\s+|les?\s+|la\s+|l[oa]s\s+|os\s+|as\s+)?(?:(?:revised|previous|reported|adjusted)\s+)?$",
    re.IGNORECASE,
)
#: After the percentage, the earlier level named by its year only: "from the 2020 level".
_FROM_YEAR = re.compile(
    r"\s*(?:from|on|over|compared\s+(?:with|to)|since|par\s+rapport\s+à|frente\s+a|desde)\s+"
    r"(?:the\s+|its\s+|l[ae]\s+|el\s+|o\s+)?(?:level\s+(?:of|in)\s+|niveau\s+de\s+|nivel\s+de\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: A sentence opening on its figure: "The $25.5 million total for 2022", "Les 25,5 millions de 2022".
_OPENS_ON_FIGURE = re.compile(
    r"\s*(?:(?:the|this|that|its|le|la|les|el|la|los|las|o|a|os|as|der|die|das)\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class Difference:
    """A relative change stated with its absolute difference: the figures that add up to each level."""

    stated: Item
    earlier: tuple[Item, ...]
    later: tuple[Item, ...]
    increase: bool
    words: str
    less: tuple[Item, ...] = ()  # taken away from the earlier level: the later less the difference


#: How the earlier level follows from the later one and the difference, for an increase and a decrease.
_EARLIER = {True: "the later less the difference", False: "their sum"}


def _to_level(stated: Item, later: Item, difference: Item, increase: bool, words: str) -> Difference:
    """A change to the stated level ``later`` by ``difference``: the earlier level is their sum for a
    decrease, the later less the difference for an increase."""
    if increase:
        return Difference(stated, (later,), (later,), True, words, (difference,))
    return Difference(stated, (later, difference), (later,), False, words)


def differences(text: str, items: list[Item]) -> Iterator[Difference]:
    """The relative changes ``text`` states with their absolute difference and one level.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Clearance fell by 120 km², or 20%, to 480 km²."
    >>> [(tuple(i.figure.stated for i in d.earlier), d.later[0].figure.stated, d.increase)
    ...  for d in differences(text, items(text, extract(text), {}))]
    [(('480', '120'), '480', False)]
    """
    known = [i for i in items if i.base is not None]
    by_sentence: dict[int, list[Item]] = {}  # built when first needed: most texts state no difference
    for k in range(1, len(known)):
        stated, difference = known[k], known[k - 1]
        if stated.dimension != "ratio" or stated.figure.unit != "percent":
            continue
        sentence = stated.mention.sentence
        before = text[max(0, difference.mention.start - 40) : difference.mention.start].split()
        if (
            len(before) < 2
            or before[-1].lower() not in _BY_WORDS  # no "by", "of", "de" right before: no difference
            or not _BY_VERB.fullmatch(before[-2])  # nor a word of a change before it
            or difference.mention.sentence != sentence
            or difference.dimension in ("ratio", "time")
            or difference.figure.qualifier
            or not _BY_GAP.fullmatch(text, difference.mention.end, stated.mention.start)
        ):
            continue
        if not by_sentence:
            for item in known:
                by_sentence.setdefault(item.mention.sentence, []).append(item)
        by = _BY.search(text, max(0, difference.mention.start - 40), difference.mention.start)
        if by is None:
            continue
        increase = _way(by.group("way"))
        if increase is None:  # pragma: no cover - the words matched name a way
            continue
        way_after = _WAY_AFTER.match(text, stated.mention.end)
        assert way_after is not None
        if way_after.group("way") and _way(way_after.group("way")) != increase:
            continue  # "rose by 20, a 10% decrease": the words disagree
        rest = way_after.end()
        nxt = known[k + 1] if k + 1 < len(known) else None
        by_words = f"\u201c{' '.join(by.group(0).split())}\u201d {_quote(difference)} the difference"
        if nxt is not None and nxt.mention.sentence == sentence and _alike(nxt, difference):
            if increase and _FROM.fullmatch(text, rest, nxt.mention.start):  # rose by 1,200 (15%) from 8,000
                said = " ".join(text[rest : nxt.mention.start].split())
                words = f"{by_words}, \u201c{said}\u201d {_quote(nxt)} the earlier, the later their sum"
                yield Difference(stated, (nxt,), (nxt, difference), increase, words)
            elif _TO.fullmatch(text, rest, nxt.mention.start):  # fell by 120, or 20%, to 480
                said = " ".join(text[rest : nxt.mention.start].split()).lstrip(", ")
                how = _EARLIER[increase]
                words = f"{by_words}, \u201c{said}\u201d {_quote(nxt)} the later, the earlier {how}"
                yield _to_level(stated, nxt, difference, increase, words)  # rose by 120, or 20%, to 720
            continue
        year = _FROM_YEAR.match(text, rest)
        if year is None:
            continue
        if not increase:
            later = _opening_level(text, sentence, difference, by_sentence)
            if later is not None and (of := year_of(text, later)) is not None and of > year.group("year"):
                words = (
                    f"{by_words} from the level of {year.group('year')}; the next sentence opens on"
                    f" {_quote(later)} of {of}, the later, the earlier their sum"
                )
                yield _to_level(stated, later, difference, increase, words)
                continue
        # "Donors gave $521 million, an increase of $61 million (13%) from 2018": the level reached is the
        # one figure like the difference before it in the sentence (of no year, or of a later one)
        levels = [
            i
            for i in by_sentence[sentence]
            if i.mention.start < difference.mention.start and _alike(i, difference)
        ]
        if len(levels) != 1 or ((of := year_of(text, levels[0])) is not None and of <= year.group("year")):
            continue
        reached = levels[0]
        words = (
            f"{by_words} from the level of {year.group('year')}; {_quote(reached)}, before it in the"
            f" sentence, the later, the earlier {_EARLIER[increase]}"
        )
        yield _to_level(stated, reached, difference, increase, words)


#: Between a difference and its percentage, the earlier period named by its year: "$12.0 million less than
#: in 2019 (a 5% decrease)", "a decrease of $9.0 million from 2019 (a 5% decrease)".
_DIFFERENCE_YEAR = re.compile(
    r"\s*(?:(?P<than>less|fewer|lower|more|higher)\s+than\s+(?:in\s+)?|(?:from|on|over|compared\s+(?:with|to))\s+)"
    r"(?:the\s+(?:revised\s+)?)?(?P<year>(?:19|20)\d\d)(?:\s+(?:amount|level|total|figure))?"
    r"\s*(?:\[\d{1,3}\]\s*)?[(,]\s*(?:an?\s+)?$",
    re.IGNORECASE,
)
_DIFFERENCE_WAY = re.compile(
    rf"\b(?P<way>{_UP}|{_DOWN})\s+(?:of|by)\s+(?:(?:some|about|nearly|almost)\s+)?$", re.IGNORECASE
)


def year_differences(text: str, items: list[Item]) -> Iterator[Difference]:
    """A change stated with its absolute difference from a year, the level reached named before it.

    "Donors gave $228.0 million in 2020; $12.0 million less than in 2019 (a
    5% decrease)", "Donors gave $171.0 million. This represents a decrease
    of $9.0 million from 2019 (a 5% decrease)": the earlier level is the
    later plus the difference; for an increase ("$90.0 million more than
    the revised 2020 amount (a 25% increase)"), the later less it.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Donors gave $228.0 million in 2020; $12.0 million less than in 2019 (a 5% decrease)."
    >>> [(tuple(i.figure.stated for i in d.earlier), d.later[0].figure.stated)
    ...  for d in year_differences(text, items(text, extract(text), {}))]
    [(('228.0 million', '12.0 million'), '228.0 million')]
    """
    known = [i for i in items if i.base is not None]
    by_sentence: dict[int, list[Item]] = {}
    for k in range(1, len(known)):
        stated, difference = known[k], known[k - 1]
        if stated.figure.unit != "percent" or difference.dimension in ("ratio", "time"):
            continue
        gap = _DIFFERENCE_YEAR.fullmatch(text, difference.mention.end, stated.mention.start)
        if (
            gap is None
            or difference.mention.sentence != stated.mention.sentence
            or difference.figure.qualifier
        ):
            continue
        way_after = _WAY_AFTER.match(text, stated.mention.end)
        ways = {_way(way_after.group("way")) if way_after and way_after.group("way") else None}
        if gap.group("than"):
            ways.add(_way(gap.group("than")))
        else:
            by = _DIFFERENCE_WAY.search(text, max(0, difference.mention.start - 40), difference.mention.start)
            ways.add(_way(by.group("way")) if by else None)
        ways.discard(None)
        if len(ways) != 1:
            continue  # no way said, or the words disagree
        increase = bool(ways.pop())
        if not by_sentence:
            for item in known:
                by_sentence.setdefault(item.mention.sentence, []).append(item)
        here = by_sentence[stated.mention.sentence]
        before = [i for i in here if i.mention.start < difference.mention.start and _alike(i, difference)]
        how = "before it in the sentence"
        if not before:
            start = sentence_start(text, here[0].mention.start)
            if here[0] is not difference or not _OPENS_ON_BEFORE.match(text, start, difference.mention.start):
                continue
            before = [i for i in by_sentence.get(stated.mention.sentence - 1, []) if _alike(i, difference)]
            how = "in the sentence before, which this one opens on"
            if len(before) != 1:
                continue
        later = before[-1]
        said = " ".join(text[difference.mention.end : stated.mention.start].split()).rstrip(" (,")
        words = (
            f"{_quote(difference)} \u201c{said}\u201d the difference, {_quote(later)} {how} the later,"
            f" the earlier {_EARLIER[increase]}"
        )
        yield _to_level(stated, later, difference, increase, words)


#: Before the level a change reached, later in its sentence: "... 14 donors giving a total of $60.0 million".
_LEVEL_WORDS = re.compile(r"\b(?:a\s+total\s+of|totall?ing|totall?ed|to)\s+$", re.IGNORECASE)


def level_differences(text: str, items: list[Item]) -> Iterator[Difference]:
    """A relative change with its difference in brackets after it and the level reached later on.

    "Aid to clearance fell by 17% ($12.0 million), with 14 donors giving a
    total of $60.0 million": the level reached is the one figure like the
    difference after it in the sentence, named by "a total of", "totaling"
    or "to"; the earlier level is the later plus the difference (a
    decrease) or the later less it (an increase).

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Aid fell by 17% ($12.0 million), with 14 donors giving a total of $60.0 million."
    >>> [(tuple(i.figure.stated for i in d.earlier), d.later[0].figure.stated, d.increase)
    ...  for d in level_differences(text, items(text, extract(text), {}))]
    [(('60.0 million', '12.0 million'), '60.0 million', False)]
    """
    known = [i for i in items if i.base is not None]
    for k in range(len(known) - 2):
        stated, difference = known[k], known[k + 1]
        if (
            stated.figure.unit != "percent"
            or difference.dimension in ("ratio", "time")
            or difference.figure.qualifier
            or difference.mention.sentence != stated.mention.sentence
            or not re.fullmatch(r"\s*\(\s*", text[stated.mention.end : difference.mention.start])
            or not re.match(r"[^\d();]{0,30}?\)", text[difference.mention.end : difference.mention.end + 32])
        ):
            continue
        by = _BY.search(text, max(0, stated.mention.start - 40), stated.mention.start)
        if by is None:
            continue
        increase = _way(by.group("way"))
        if increase is None:  # pragma: no cover - the words matched name a way
            continue
        end = sentence_end(text, difference)
        after = []  # the figures like the difference after it, to its sentence's end (text order)
        for i in range(k + 2, len(known)):
            item = known[i]
            if item.mention.sentence != stated.mention.sentence or item.mention.start >= end:
                break
            if _alike(item, difference):
                after.append(item)
        if len(after) != 1 or not _LEVEL_WORDS.search(
            text, max(0, after[0].mention.start - 20), after[0].mention.start
        ):
            continue  # no level, or several
        later = after[0]
        level = " ".join(text[max(0, later.mention.start - 20) : later.mention.start].split()[-3:])
        words = (
            f"\u201c{' '.join(by.group(0).split())}\u201d {_quote(stated)} with {_quote(difference)} in"
            f" brackets the difference, \u201c{level}\u201d {_quote(later)} later in the sentence the later,"
            f" the earlier {_EARLIER[increase]}"
        )
        yield _to_level(stated, later, difference, increase, words)


def _opening_level(
    text: str, sentence: int, difference: Item, by_sentence: dict[int, list[Item]]
) -> Item | None:
    """The figure the next sentence of the paragraph opens on ("The $25.5 million total for 2022 ..."),
    when it is alike ``difference``."""
    found = by_sentence.get(sentence + 1, [])
    if not found or found[0].mention.paragraph != difference.mention.paragraph:
        return None
    first = found[0]
    start = sentence_start(text, first.mention.start)
    if not _OPENS_ON_FIGURE.fullmatch(text, start, first.mention.start) or not _alike(first, difference):
        return None
    return first


def difference_claim(change: Difference, claim_id: str) -> Claim:
    """The claim that ``change.stated`` per cent is the relative change between the sums of its levels."""
    way = "increase" if change.increase else "decrease"

    def side(levels: tuple[Item, ...], less: tuple[Item, ...] = ()) -> str:
        return " - ".join([" + ".join(i.figure.stated for i in levels), *(i.figure.stated for i in less)])

    return Claim(
        id=claim_id,
        kind=ClaimKind.CHANGE,
        label=(
            f"{change.stated.figure.stated} per cent {way} from {side(change.earlier, change.less)}"
            f" to {side(change.later)}"
        ),
        stated=change.stated.figure.id,
        change=way,
        readings=(
            Reading(
                id="from_earlier",
                part=tuple(i.figure.id for i in change.later),
                whole=tuple(i.figure.id for i in change.earlier),
                less=tuple(i.figure.id for i in change.less),
                note=f"Linked by minestats.audit: {change.words}.",
            ),
        ),
        locator=change.stated.figure.locator,
    )


_UP_NOUN = r"increase|rise|growth|hausse|augmentation|aumento|incremento|crecimiento|aumento|anstieg|zunahme"
_DOWN_NOUN = (
    r"decrease|decline|drop|fall|reduction|baisse|diminution|disminución|descenso|reducción|caída|redução"
    r"|diminuição|queda|rückgang"
)
#: After the later figure, the words of a change with no percentage, up to the earlier figure or its name:
#: "..., a sharp decrease from the", "..., down from", "..., en baisse par rapport aux".
_COMPARED = re.compile(
    rf"(?P<gap>[^\d;:()%]{{0,70}}?),\s*(?:(?:a|an|une?|una|uma?|en|em)\s+)?(?:[^\W\d_]+\s+)?"
    rf"(?:(?P<up>{_UP_NOUN}|up)|(?P<down>{_DOWN_NOUN}|down))\s+"
    r"(?:on|over|from|compared\s+(?:with|to)|par\s+rapport\s+(?:aux?|à)|sur|frente\s+a|respecto\s+a"
    r"|con\s+respecto\s+a|em\s+relação\s+a|gegenüber)\s+"
    r"(?:(?P<previous>(?:the|its|le|la|el|o|a)\s+(?:previous|prior|last|précédent|anterior)\b)"
    r"|(?:the|les?|la|l[oa]s|os|as|aux?)\s+|an\s+estimated\s+)?",
    re.IGNORECASE,
)
#: The word of a change and the word before its earlier figure, anywhere ("decrease from", "down from").
_WAY_WORD = re.compile(
    rf"\b(?:{_UP_NOUN}|up|{_DOWN_NOUN}|down)\s+(?:on|over|from|compared|par|sur|frente|respecto|con|em|gegenüber)\b"
)


#: The words a match of :data:`_WAY_WORD` starts with.
_WAY_STARTS = tuple(dict.fromkeys([*_UP_NOUN.split("|"), "up", *_DOWN_NOUN.split("|"), "down"]))


def _starts(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> list[int]:
    """Where the lower-case ``pattern``, whose matches start with one of ``words``, matches ``text`` in
    any case (searched in the lower-cased text where the words stand, many times faster than a
    case-blind search of a long alternation)."""
    lowered = lower_case(text)
    if len(lowered) != len(text):  # a letter whose lower case is longer: search the text as it is
        return [m.start() for m in re.compile(pattern.pattern, re.IGNORECASE).finditer(text)]
    return [m.start() for m in word_matches(pattern, lowered, words)]


#: Between the words of a comparison and its figure: a qualifier at most ("the nearly 68.4 km²").
_TO_FIGURE = re.compile(r"[^\W\d_]{0,12}\s*")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")
#: Years and footnote markers ("[3]") in the words between: no figures.
_NOT_FIGURES = re.compile(r"\b(?:19|20)\d\d\b|\[\d{1,3}\]")
#: The words that say what a quantity is, right after its figure: "of mined areas", "of battle areas".
_OF_WHAT = re.compile(r"\s*(?:of|de|des|del|da|do)\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Comparison:
    """A change stated without a percentage: ``smaller`` cannot exceed ``larger`` if the words hold."""

    later: Item
    earlier: Item
    increase: bool
    words: str


def comparisons(text: str, items: list[Item]) -> Iterator[Comparison]:
    """The changes ``text`` states without a percentage, each with its earlier and later figure.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Teams released 68.2 km² in 2021, a sharp decrease from the 141 km² released in 2020."
    >>> [(c.later.figure.stated, c.earlier.figure.stated, c.increase)
    ...  for c in comparisons(text, items(text, extract(text), {}))]
    [('68.2', '141', False)]
    """
    ways = _starts(_WAY_WORD, text, _WAY_STARTS)
    if not ways:  # no word of a change: nothing to read
        return
    known = [i for i in items if i.base is not None and i.dimension not in ("ratio", "time")]
    by_sentence: dict[int, list[Item]] = {}
    for item in known:
        by_sentence.setdefault(item.mention.sentence, []).append(item)
    whats: dict[int, str | None] = {}  # what each figure is, read for the first comparison with a year before
    for k, later in enumerate(known):
        way = bisect_left(ways, later.mention.end)
        if way == len(ways) or ways[way] > later.mention.end + 100:
            continue  # no word of a change in the words after it
        end = _clause_end(text, later.mention.end)
        masked = _NOT_FIGURES.sub(lambda m: " " * len(m.group(0)), text[later.mention.end : end])
        compared = _COMPARED.match(masked)
        if compared is None:
            continue
        increase = compared.group("up") is not None
        at = later.mention.end + compared.end()
        said = " ".join(_FOOTNOTE.sub("", text[later.mention.end + compared.end("gap") : at]).split())
        said = said.lstrip(", ")
        nxt = known[k + 1] if k + 1 < len(known) else None
        if compared.group("previous") is None:
            if nxt is None or not _TO_FIGURE.fullmatch(text, at, nxt.mention.start):
                continue
            if nxt.mention.sentence == later.mention.sentence and _alike(nxt, later):
                yield Comparison(later, nxt, increase, f"{_quote(later)}, \u201c{said}\u201d {_quote(nxt)}")
            continue
        earlier = _previous_year(text, later, by_sentence, whats)
        if earlier is not None:
            year = year_of_sentence(text, earlier)
            words = (
                f"{_quote(later)}, \u201c{said}\u201d: {_quote(earlier)}, the same quantity"
                f" stated for {year}, the year before"
            )
            yield Comparison(later, earlier, increase, words)


def _clause_end(text: str, start: int) -> int:
    """The end of the sentence from ``start``: a full stop before a space, or 200 characters on."""
    end = text.find(". ", start, start + 200)
    return end if end >= 0 else min(len(text), start + 200)


_WHAT_ENDS = frozenset(
    [
        "and",
        "or",
        "in",
        "on",
        "for",
        "to",
        "at",
        "by",
        "with",
        "from",
        "was",
        "were",
        "is",
        "are",
        "et",
        "y",
        "e",
    ]
)


def _what(text: str, item: Item) -> str | None:
    """The words after "of" right after ``item`` that say what it is ("of mined areas and ...")."""
    found = _OF_WHAT.match(text, item.mention.end)
    if found is None:
        return None
    words = found.group(1).lower().split()
    cut = next((k for k, w in enumerate(words) if w in _WHAT_ENDS), len(words))
    return " ".join(words[:cut]) or None


def _what_of(text: str, item: Item, whats: dict[int, str | None]) -> str | None:
    """:func:`_what` ``item``, read once for every figure a text compares with the year before."""
    if item.index not in whats:
        whats[item.index] = _what(text, item)
    return whats[item.index]


def _previous_year(
    text: str, later: Item, by_sentence: dict[int, list[Item]], whats: dict[int, str | None]
) -> Item | None:
    """The one figure stating ``later``'s quantity for the year before (same dimension, same words after;
    ``whats``: :func:`_what` of the items read so far, by index, filled in)."""
    year = year_of_sentence(text, later)
    what = _what(text, later)
    if year is None or what is None:
        return None
    before = str(int(year) - 1)
    found = [
        item
        for items in by_sentence.values()
        for item in items
        if item is not later
        and _alike(item, later)
        and _what_of(text, item, whats) == what
        and year_of_sentence(text, item) == before
    ]
    if len({i.base.point for i in found if i.base is not None}) != 1:
        return None
    return found[0]


def comparison_claim(comparison: Comparison, claim_id: str) -> Claim:
    """The claim that the smaller side of ``comparison`` does not exceed the larger.

    The core's ``bound`` claim (one quantity within another), checked as a subset is.
    """
    later, earlier = comparison.later.figure, comparison.earlier.figure
    smaller, larger = (earlier, later) if comparison.increase else (later, earlier)
    way = "an increase on" if comparison.increase else "a decrease from"
    return Claim(
        id=claim_id,
        kind=ClaimKind.BOUND,
        label=f"{later.stated} is {way} {earlier.stated}",
        readings=(
            Reading(
                id="the_way_it_went",
                part=(smaller.id,),
                whole=(larger.id,),
                note=f"Linked by minestats.audit: {comparison.words}.",
            ),
        ),
        locator=later.locator,
    )


#: After the percentage, the later level: "up 20% at 600", "rose 25 per cent to 500", "de 20 % à 480".
_AT_LATER = re.compile(
    rf"\s*(?:(?P<way>{_UP}|{_DOWN})\s+)?,?\s*(?:at|to|à|a|para|auf|до|hasta)\s+(?:the\s+)?$", re.IGNORECASE
)
#: Between the later level and the earlier: ", from 500", "from", "de los".
_FROM_EARLIER = re.compile(
    r"[^\d;()]{0,40}?,?\s*\b(?:from|de|desde|von|с|par\s+rapport\s+(?:aux?|à))\s+(?:the\s+|l[oa]s\s+|les\s+)?$",
    re.IGNORECASE,
)
#: Before two levels: "went from", "sont passées de", "pasaron de", "с".
_FROM_BEFORE = re.compile(r"\b(?:from|de|desde|von|с)\s+(?:the\s+|l[oa]s\s+|les\s+)?$", re.IGNORECASE)
_TO_WORDS = frozenset(["at", "to", "à", "a", "para", "auf", "до", "hasta", "the"])
#: The year a level is of, right after it: "from $52.0 million in 2020 to $61.4 million in 2021".
_OF_YEAR = r"(?:\s*,?\s*(?:in|en|em|im|в|for|pour|para)\s+(?:19|20)\d\d\s*,?)?"
_TO_BETWEEN = re.compile(rf"{_OF_YEAR}\s*(?:to|à|a|para|auf|до|hasta)\s+(?:the\s+)?$", re.IGNORECASE)
#: After two levels, up to the percentage: ", a decrease of", ", soit une baisse de", ", то есть на".
_THEN_PERCENT = re.compile(
    rf"{_OF_YEAR}[^\d;()]{{0,30}}?(?:,|\s\()?\s*"
    r"(?:(?:that\s+is|i\.e\.|or|soit|es\s+decir|o\s+sea|ou\s+seja|то\s+есть|или)\s*,?\s*)?"
    rf"(?:(?:an?|une?|una|uma)\s+)?(?:(?P<way>{_UP}|{_DOWN})\s+)?(?:(?:of|de|del|da|do|на|von|um)\s+)?$",
    re.IGNORECASE,
)


#: Between the levels and a percentage: a clause of its own ("although", "while", "mientras que").
_CONTRAST = re.compile(
    r"\b(?:although|though|while|whereas|but|yet|however|aunque|mientras|pero|sin\s+embargo|bien\s+que"
    r"|alors\s+que|tandis\s+que|mais|embora|enquanto|mas|obwohl|während|aber|хотя|тогда\s+как|но)\b",
    re.IGNORECASE,
)
#: After a percentage and its way: "than", which names another thing it is compared with.
_THAN = re.compile(r"\s*(?:than|que|als|чем)\b", re.IGNORECASE)


def _levels(text: str, known: list[Item]) -> Iterator[Change]:
    """A change whose levels are named around its percentage, in either order.

    "Casualties were up 20% at 600, from 500", "rose 25 per cent to 500 km²
    from 400 km²": the later level after "at"/"to", the earlier after "from";
    "went from 600 to 480, a decrease of 20%", "sont passées de 600 à 480,
    soit une baisse de 20 %": the two levels before it. The way is said by
    the words next to the percentage.
    """
    for k, stated in enumerate(known):
        if stated.dimension != "ratio" or stated.figure.unit != "percent":
            continue
        sentence = stated.mention.sentence
        if k + 2 < len(known):
            later, earlier = known[k + 1], known[k + 2]
            gap = text[stated.mention.end : later.mention.start].split()
            at = (
                _AT_LATER.fullmatch(text, stated.mention.end, later.mention.start)
                if gap and gap[-1].lower() in _TO_WORDS  # a cheap test before the search
                else None
            )
            if (
                at is not None
                and later.mention.sentence == earlier.mention.sentence == sentence
                and _alike(later, earlier)
                and _FROM_EARLIER.fullmatch(text, later.mention.end, earlier.mention.start)
            ):
                before = _BEFORE.search(text, max(0, stated.mention.start - 40), stated.mention.start)
                way = (
                    _way(at.group("way"))
                    if at.group("way")
                    else _way(before.group("way"))
                    if before
                    else None
                )
                if way is not None:
                    yield Change(
                        stated,
                        earlier,
                        later,
                        way,
                        f"{_quote(later)} after the percentage the later, {_quote(earlier)} after \u201c"
                        f"{_last_word(text, later.mention.end, earlier.mention.start)}\u201d the earlier",
                    )
                    continue
        if k >= 2:
            earlier, later = known[k - 2], known[k - 1]
            if (
                not (earlier.mention.sentence == later.mention.sentence == sentence)
                or not _TO_BETWEEN.fullmatch(text, earlier.mention.end, later.mention.start)
                or not _FROM_BEFORE.search(text, max(0, earlier.mention.start - 20), earlier.mention.start)
                or not _alike(earlier, later)
            ):
                continue
            then = _THEN_PERCENT.fullmatch(text, later.mention.end, stated.mention.start)
            if then is None or _CONTRAST.search(text, later.mention.end, stated.mention.start):
                continue  # "..., although it remained 25% above ...": another comparison
            way_after = _WAY_AFTER.match(text, stated.mention.end)
            if way_after is not None and _THAN.match(text, way_after.end()):
                continue  # "30% higher than the funding of ...": a percentage of something else
            words = [then.group("way"), way_after.group("way") if way_after else None]
            ways = {way for w in words if w and (way := _way(w)) is not None}
            if not ways:  # the way said before the levels: "сократилось с 600 до 480, то есть на 20%"
                verb = text[max(0, earlier.mention.start - 40) : earlier.mention.start].split()[-2:-1]
                ways = {
                    way
                    for w in verb
                    if re.fullmatch(f"{_UP}|{_DOWN}", w, re.IGNORECASE) and (way := _way(w)) is not None
                }
            if len(ways) == 1:
                yield Change(
                    stated,
                    earlier,
                    later,
                    ways.pop(),
                    f"{_quote(earlier)} to {_quote(later)} before the percentage, the earlier and the later",
                )


def _last_word(text: str, start: int, end: int) -> str:
    words = text[start:end].split()
    return words[-1] if words else ""
