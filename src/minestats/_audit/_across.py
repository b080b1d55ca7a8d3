"""Totals whose parts stand in other sentences than the total, read from the words that tie them.

The shapes (the readers of one sentence are in :mod:`._totals`):

- ``Of this, A ... and B``, ``Among them, A``, ``Of that total, A ...``: with
  the last figure of the sentence before as the total (looking back over up
  to two sentences without a figure of that dimension); ``Another B`` opening
  the next sentence adds a part;
- ``Released 9.5 km². In all, A cancelled, B reduced and C cleared.``: the
  sides of an exhaustive partition after the one figure that names their
  whole (not one it is compared with, "up from the 7.2 km² of 2020");
- ``A killed and B injured. A total of T accidents ...``: a sum;
- ``A killed and B injured in road accidents ... N road accidents, with T
  victims``: the victims of the same events, named in the same words, a sum;
- ``In 2019 alone, ...``; ``Since 2015 / to date / brings the total to / desde
  / всего, T ...`` next to a sentence counting the same things for a period:
  each within its pair; a count from a start also holds the nearest figure
  a few sentences back that names the same things in the same words
  ("anti-personnel mines", "minas antipersonal");
- ``In particular:`` and a bulleted list: within the last figure before it;
- ``The first, A ... The remaining B ...`` after ``T``: a sum;
- ``In A cases ... In B cases ..., and not in the remaining cases`` after ``a
  total of T``: within ``T``, the rest unstated;
- ``$T of national and international funding ... International funding $A``
  (same year): a subset;
- ``a total of T ... X (A), Y (B), Z (C)``: three figures or more alone in
  parentheses after names, within ``T``; ``the highest number of X ... (A)``
  after ``a total of T X`` of the same year: within ``T``;
- ``T victims ... And A victims were children``: a group within ``T``;
  ``A of the victims were ...``: within the victims the text totalled last;
- ``T states, including A States Parties ... B states not party``: the part
  and what is named "not" the part make up the whole, a sum;
- ``T X ... U Y ... A X (C Y) ... The remaining B X (D Y)``: A + B = T and
  C + D = U (the same shape twice ties the pairs);
- ``T km on the roads A, B and C. [...] On A 185 km, B 53 and on C 78 km``:
  the figures given to each name a total's sentence lists, a sum.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain

from .._vocab import ClaimKind
from .._words import set_of
from ._clauses import (
    _MAX_PARTS,
    _WORDS,
    Reader,
    Total,
    _bounded,
    _named_sides,
    _quote,
    opposed,
    within,
)
from ._entities import PARTITIONS, WHOLES, compatible, head, known_kind, russian_alike, same_kind
from ._figures import Item

__all__ = ["Across"]

#: A sentence about a part of the period of the sentence before: "In 2019 alone, ...".
_ALONE = re.compile(r"\s*(?:in\s+Y{4}|last\s+year|this\s+year|that\s+year)\s+alone\b", re.IGNORECASE)

#: The start of the sentence after a breakdown, naming what is left: "The remaining area ... 126 sqkm".
_REMAINING = re.compile(r"\s*(?:the\s+)?(?:remaining|rest|other)\b[^\d;()]{0,80}$", re.IGNORECASE)

_NEXT_SENTENCE = re.compile(
    r"\s*(?P<marker>of\s+this|of\s+these|of\s+them|of\s+those|among\s+them|among\s+these|de\s+estos|de\s+estas"
    r"|de\s+ellos|de\s+ellas|parmi\s+eux|parmi\s+elles|parmi\s+ces|из\s+них|desses|dessas)\b",
    re.IGNORECASE,
)
#: Openers whose "these" can only be the things of the sentence right before (no looking further back).
_NEAR_ONLY = re.compile(
    r"\s*(?:de\s+estos|de\s+estas|de\s+ellos|de\s+ellas|parmi\s+eux|parmi\s+elles|parmi\s+ces|из\s+них"
    r"|desses|dessas)\b",
    re.IGNORECASE,
)
#: Right before a figure: the words that compare it with another ("par rapport aux", "respecto a las").
_COMPARED_WITH = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|par\s+rapport\s+aux?|respecto\s+a(?:\s+l[oa]s)?|frente\s+a"
    r"|en\s+comparación\s+con|comparad[oa]s?\s+con|em\s+relação\s+a|по\s+сравнению\s+с|gegenüber)"
    r"\s+(?:the\s+|les?\s+|la\s+|los\s+|las\s+|os\s+|as\s+)?[^\d\s]{0,12}\s*$",
    re.IGNORECASE,
)

#: Openers of a sentence that names the total of the sentence before without saying the parts make it up.
_NEXT_SENTENCE_SUBSET = re.compile(
    r"\s*(?P<marker>of\s+(?:that|this|the)\s+total|of\s+the\s+(?P<noun>[a-z-]+)(?:\s+in\s+Y{4})?\s*,"
    r"|this\s+included|these\s+included|this\s+includes|these\s+include|davon|darunter"
    r"|de\s+(?:ese|este)\s+total|entre\s+ellos|destes|destas|parmi\s+eux)",
    re.IGNORECASE,
)

#: After "Of the total", right before the sentence's first figure: that figure is the total itself.
_OWN_TOTAL = re.compile(r"\s+(?:of|de|d')\s*", re.IGNORECASE)

#: Between the parts of a sentence that follows its total: a clause each ("142 were ..., while 218 were ...").
_NEXT_PART_GAP = re.compile(
    r"[^\d;()]{0,80}?(?:,|;|\band\b|\bwhile\b|\bet\b|\by\b|\bund\b|\bи\b|\be\b)[^\d;()]{0,40}?",
    re.IGNORECASE,
)

#: Just before a figure that a sentence compares with another ("up from the 90 km² of the year before").
_COMPARED = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|par\s+rapport\s+aux?|frente\s+a|чем|gegenüber)"
    r"\s+(?:the\s+|les?\s+|la\s+|los\s+|las\s+|os\s+|as\s+)?[^\d\s]{0,12}\s*$",
    re.IGNORECASE,
)

#: Before a total: it belongs to the first of a ranking ("the country with the most victims").
_FIRST_OF_RANKING = re.compile(
    r"\b(?:the\s+most|the\s+highest|the\s+largest|the\s+greatest|most\s+affected|le\s+plus|la\s+plus"
    r"|el\s+(?:país\s+)?(?:con\s+)?más|la\s+más|el\s+mayor|la\s+mayor|o\s+mais|a\s+mais|am\s+meisten"
    r"|больше\s+всего|наибольш\w+|més)\b",
    re.IGNORECASE,
)

#: Before a figure in parentheses: the share of a whole it counts ("Half of all casualties in 2020 (182)
#: were recorded in Syria"): a part of that whole, not the whole.
_SHARE_IN_PARENS = re.compile(
    r"(?:\b(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|the\s+majority|most|la\s+mitad"
    r"|la\s+moitié|a\s+metade|die\s+hälfte|половин\w*|большинств\w*)\b|\d\s*%|per\s*cent|percent|por\s+ciento"
    r"|pour\s+cent)[^()\d]{0,60}\(\s*$",
    re.IGNORECASE,
)

#: Words of a clause that compares its figure with another ("almost double the area released in 2021").
_COMPARISON = re.compile(
    r"\b(?:double|twice|triple|thrice|half|times|than|compared|versus|up\s+from|down\s+from|doble|deux\s+fois"
    r"|moitié|mitad|metade|dobro|вдвое|раза|doppelt|hälfte)\b",
    re.IGNORECASE,
)

#: The opening of a sentence that adds a part to the list of the sentence before.
_ANOTHER = re.compile(
    r"\s*(?:another|a\s+further|a\s+remaining|otros|otras|outros|outras|d'autres|weitere)\s+"
    r"(?:(?:more\s+than|over|about|some|nearly|almost|más\s+de|plus\s+de|mais\s+de)\s+)?",
    re.IGNORECASE,
)

#: "In particular, ... :" before a bulleted list of parts, and one line of the list.
#: (Keep :data:`_LIST_WORDS` in step: a reader looks for this only where one of its openers stands.)
_LIST_OPENER = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?P<opener>in\s+particular|notably|en\s+particular|notamment|insbesondere"
    r"|em\s+particular|в\s+частности)\b[^\n.:;]{0,80}:[ \t]*\n",
    re.IGNORECASE,
)

#: The openers of :data:`_LIST_OPENER` alone, in lower case: found fast in the lowered text.
_LIST_WORDS = re.compile(
    r"in\s+particular|notably|en\s+particular|notamment|insbesondere|em\s+particular|в\s+частности"
)

_BULLET = re.compile(r"(?:[ \t]*\n)*[ \t]*[•·▪◦*–-][ \t]+[^\n]*(?:\n|$)")

#: How far before a list its whole may stand.
_LIST_REACH = 500

#: Just before the figure of what is left of a whole ("the remaining five districts").
#: (Keep :data:`_REMAINING_WORDS` in step: readers look for this only where one of them stands.)
_REMAINING_BEFORE = re.compile(
    r"\b(?:remaining|restantes|restants|übrigen|остальные|остальных)\s+(?:\w+\s+)?$", re.IGNORECASE
)

#: A word of each of :data:`_REMAINING_BEFORE`'s, lower-case: where none stands, it does not.
_REMAINING_WORDS = ("remaining", "restant", "übrigen", "остальн")

#: "Remaining" after the number and its noun: "as 12 aldeias restantes", "les 12 villages restants".
_REMAINING_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:restantes|restante|restants|restant)\b", re.IGNORECASE
)

#: The opening of a sentence on the first part of a whole stated in the sentence before.
_FIRST = re.compile(
    r"\s*(?:the\s+first|first|of\s+these|of\s+them|of\s+those|la\s+primera|el\s+primero|la\s+première"
    r"|le\s+premier|a\s+primeira|o\s+primeiro|die\s+erste|der\s+erste)\b",
    re.IGNORECASE,
)

#: Two kinds of one thing named together ("national and international funding").
_BOTH = re.compile(
    r"\b(?P<a>[^\W\d_]{3,})\s+(?:and|et|y|e|und|и)\s+(?P<b>[^\W\d_]{3,})\s+(?P<noun>[^\W\d_]{4,})",
    re.IGNORECASE,
)

#: A space before a word joining two others ("national and international"), in the lowered text (every
#: match of :data:`_BOTH` holds one).
_AND_WORDS = re.compile(r"\s(?=(?:and|et|y|e|und|и)\s)")

#: What ends the words after a figure: a digit, a full stop, a semicolon, a parenthesis.
_FIGURE_CUT = re.compile(r"[\d.;()]")

#: Words after "A and B" that are no noun of both.
_NOT_NOUNS = frozenset(
    ["were", "was", "have", "has", "are", "with", "from", "that", "which", "during", "since"]
)

#: The opening of a sentence that states the total of the sentence before.
_TOTAL_OPENS = re.compile(
    r"\s*(?:a\s+total\s+of|in\s+total,?|in\s+all,?|altogether,?|au\s+total,?|en\s+total,?|no\s+total,?"
    r"|insgesamt|un\s+total\s+de|um\s+total\s+de)\s*"
    r"(?:(?:more\s+than|over|at\s+least|about|some|nearly|almost|más\s+de|plus\s+de|mais\s+de)\s+)?",
    re.IGNORECASE,
)

#: A figure alone in its parentheses ("(2,729)"), a gap of names between two of them, and "total of".
_ALONE_IN_PARENS = re.compile(r"\s*\)")

_BETWEEN_NAMES = re.compile(r"\s*\)\s*,?[^\d();]{1,60}\(\s*")

_TOTAL_BEFORE = re.compile(r"\btotal\s+(?:of|de|d')?\s*$", re.IGNORECASE)

#: "the highest number of casualties", "el mayor número de víctimas", "le plus grand nombre de victimes".
_MOST_OF = re.compile(
    r"\b(?:(?:highest|largest|greatest|biggest)\s+(?:annual\s+|yearly\s+)?number\s+of"
    r"|mayor\s+(?:número|numero|cantidad)\s+de|plus\s+grand\s+nombre\s+d(?:e\s+|')"
    r"|maior\s+(?:número|numero|quantidade)\s+de)\s*(?P<words>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)",
    re.IGNORECASE,
)

#: "a total of", "in total", "total de" just before a figure (a qualifier between).
_TOTAL_NEAR = re.compile(r"\btotal\b[^\d.;()]{0,20}$", re.IGNORECASE)

#: "not party", "non-party", "no partes", "não partes", "nicht Vertragsstaaten", "не участники".
_NOT = re.compile(r"(?<![^\W\d_])(?:not|non|no|não|nicht|не)[\s-]+(?P<word>[^\W\d_]+)", re.IGNORECASE)

#: Events the casualties of a sentence come from, with the word before their noun: "in UXO-related
#: accidents", "en accidentes con minas" (the word after, then).
_EVENT_WORDS = (
    "accidents|incidents|explosions|blasts|accidentes|incidentes|acidentes|explosiones|explosões|unfällen"
)
_EVENTS = re.compile(
    r"\b(?:in|en|em|dans|lors|bei)\s+(?:[^\d.;]{0,40}?\s)??(?:(?P<mod>[\w()/-]{3,})\s+)?"
    rf"(?P<noun>{_EVENT_WORDS})(?:\s+(?:con|avec|com|de|du|des|por|par)\s+(?P<after>[^\W\d_]{{3,}}))?\b",
    re.IGNORECASE,
)

#: Right after a figure: "of the victims", "de las víctimas", "des victimes", "das vítimas", a word of the
#: wholes of killed and injured (no figure or year after, which would name other victims: "of the victims
#: of 2019").
_OF_THE_VICTIMS = re.compile(
    r"\s+(?:of\s+the|of\s+these|de\s+las|de\s+los|des|das|dos)\s+"
    rf"(?:{'|'.join(sorted(WHOLES[0]))})\b(?![^\d.;]{{0,40}}\d)",
    re.IGNORECASE,
)

#: After a count that opens its sentence: "of them" ("1,900 of them died", "2.182 von ihnen starben").
_THEM_AFTER = re.compile(
    r"\s+(?:of\s+them|of\s+these|of\s+whom|von\s+ihnen|d[’']entre\s+(?:eux|elles)|de\s+ellos|de\s+ellas"
    r"|deles|delas|из\s+них)\b",
    re.IGNORECASE,
)
#: Before it, opening the sentence: "Of them, 1,900", "Из них 400", "Davon 1.900".
_THEM_BEFORE = re.compile(
    r"\s*(?:of\s+them|of\s+these|из\s+них|из\s+этих\s+\w+|davon|von\s+ihnen|parmi\s+(?:eux|elles)"
    r"|de\s+ellos|de\s+ellas|deles|delas|dos\s+quais|das\s+quais)\s*[,:]?\s*(?:(?:some|about|nearly|almost"
    r"|around|около|почти|более|etwa|rund|fast)\s+)?",
    re.IGNORECASE,
)
#: Words before a count that still opens its sentence: a qualifier at most ("Some 1,900 of them").
_SHORT_OPENING = re.compile(
    r"\s*[“\"«‘']?\s*(?:(?:some|about|nearly|almost|around|roughly|approximately|an\s+estimated|over|more\s+than"
    r"|at\s+least|environ|près\s+de|casi|unos|unas|aproximadamente|cerca\s+de|etwa|rund|fast|mindestens|около"
    r"|почти|более|примерно)\s+)?",
    re.IGNORECASE,
)
#: How many figures before a count "of them" may stand in the sentence before it.
_MAX_BEFORE = 12
#: A word of each of the markers above, lower-case: where none stands, no marker does.
_THEM_WORDS = (
    "them",
    "these",
    "whom",
    "ihnen",
    "entre",
    "ellos",
    "ellas",
    "deles",
    "delas",
    "них",
    "этих",
    "davon",
)

#: A rest named without a figure: "the remaining cases", "los casos restantes", "les cas restants".
_REST_UNSTATED = re.compile(
    r"\bthe\s+remaining\s+(?P<noun>[^\W\d_]{3,})\b"
    r"|\b(?:los|las|os|as|nos|nas|les|des|aux)\s+(?P<noun2>[^\W\d_]{3,})\s+(?:restantes|restants)\b",
    re.IGNORECASE,
)

#: The heads of nouns that count events of any kind ("cases", "casos", "cas").
_ANY_EVENTS = frozenset(["case", "caso", "cas", "ca"])

#: The nouns of :data:`_EVENTS` alone, to find quickly whether a sentence names events at all.
_EVENT_NOUNS = re.compile(rf"\b(?:{_EVENT_WORDS})\b", re.IGNORECASE)
#: The heads (:func:`head`) of the nouns that count all the victims of events (the wholes of killed and
#: injured).
_VICTIMS = frozenset(head(word) for word in WHOLES[0])

#: At least this many figures in parentheses after names make a ranking.
_RANKED = 3

#: After a figure: its noun, then "were" and a group of people ("1,872 victims were children").
_WERE_GROUP = re.compile(
    r"\s+(?P<noun>[^\W\d_]{4,})\s+(?:were|was|étaient|était|eran|era|foram|eram|waren)\s+"
    r"(?:des\s+|de\s+|d'|)(?P<group>[^\W\d_]{3,})\b",
    re.IGNORECASE,
)

#: A sentence that counts from a start: its figures hold those of a period.
#: (Keep :data:`_CUMULATIVE_WORDS` in step: a reader looks for this only where one of them stands.)
_CUMULATIVE = re.compile(
    r"\b(?:since|to\s+date|so\s+far|brings\s+the\s+total|cumulative(?:ly)?|desde|hasta\s+la\s+fecha|depuis"
    r"|à\s+ce\s+jour|seit|bisher|всего|с\s+начала)\b",
    re.IGNORECASE,
)

#: A word of each cue of :data:`_CUMULATIVE`, lower-case: where none stands, no cue does.
_CUMULATIVE_WORDS = (
    *("since", "date", "far", "brings", "cumulativ", "desde", "fecha", "depuis", "jour", "seit", "bisher"),
    *("всего", "начала"),
)

_SINCE_YEAR = re.compile(
    r"(?:since|desde|depuis|seit)\s+(?:el\s+|la\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)

#: A period that may lie before a cumulative count's start.
_EARLIER = re.compile(
    r"\b(?:last|previous|preceding|prior)\s+(?:year|month|decade|period)|\byear\s+before\b|\bbefore\s+(?:that|then)\b"
    r"|\bl'année\s+précédente\b|\bel\s+año\s+(?:pasado|anterior)\b|\bo\s+ano\s+passado\b|\bVorjahr",
    re.IGNORECASE,
)

#: How many sentences back a count from a start may find the figure of a period that names the same things.
_NAMED_REACH = 8

#: A noun and the kind of mine after it ("mines antichars", "minas antipersonal", "minas anti-tanque").
_KIND_AFTER = re.compile(r"\s+(?P<noun>[^\W\d_]+)\s+(?P<kind>anti-?[^\W\d_]{4,})\b", re.IGNORECASE)

#: How far before the first figure it counts a cumulative cue may stand.
_CUE_REACH = 150

_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")

#: Sentences without a figure of the dimension that a "next sentence" opener may look back over.
_SKIPPED = 2

_WORDS_ASIDE = re.compile(r"\s*\([^\d()]{0,100}\)")

#: Between a figure with its words and a figure in parentheses after it: "14 programmes (42 projects)".
_OPENS_ASIDE = re.compile(r"[^\d();.]{0,60}\(\s*")
_CLOSES_ASIDE = re.compile(r"[^\d();.]{0,40}\)")

#: How many sentences after a total and its list of names the figures of each name may stand.
_SECTIONS_REACH = 3

#: How far after a total its list of names may reach, and what ends it (a clause mark, a digit).
_SECTIONS_SPAN = 240
_SECTIONS_CUT = re.compile(r"[.;:()\n\d]")

#: The word before the last name of a list.
_SECTIONS_AND = re.compile(r"(?<!\S)(?:and|e|y|et|und|и)(?!\S)")
#: The same word in the words after a figure, a comma or an end of them next to it as a space is: a list's
#: last name follows one in some piece of the words between commas.
_LIST_AND = re.compile(r"(?<![^\s,])(?:and|e|y|et|und|и)(?![^\s,])")

#: The words of a name (hyphens and apostrophes kept: "Cuito Cuanavale-Mavinga"), and how many make one.
_NAME_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NAME_SIZE = 4

#: Words that say nothing of what a total and its parts count or do.
_COMMON = set_of(
    "about after before during since their there these those where which while other total years"
    " durante entre sobre todos todas desde después depuis pendant autres selon année años anos"
)

#: Between a name and its figure: a few words, no digit and no clause mark.
_SECTIONS_GAP = re.compile(r"[^\d.;:()\n]{0,60}")


def _a_name(words: list[str]) -> bool:
    """Whether ``words`` are a name alone: a capital first, then capitals or short joining words ("Rio de
    Janeiro"), at most :data:`_NAME_SIZE` words."""
    return (
        len(words) <= _NAME_SIZE
        and words[0][:1].isupper()
        and all(w[:1].isupper() or len(w) <= 3 for w in words)
    )


def _at_least(whole: Item, *parts: Item) -> bool:
    """Whether ``whole`` may hold each of ``parts``: its values reach as high as each part's lowest."""
    if whole.base is None or whole.base.high is None:
        return False
    return all(p.base is not None and p.base.low <= whole.base.high for p in parts)


def _far_below(whole: Item, *parts: Item) -> bool:
    """Whether ``parts`` together reach less than half of ``whole`` (at their highest and its lowest): too
    little to be all of it, so "the remaining" names the rest of another, unstated whole; a rest a little
    off is still judged (18 + 2 of 30 is inconsistent)."""
    highs = [p.base.high for p in parts if p.base is not None and p.base.high is not None]
    if whole.base is None or len(highs) != len(parts):
        return False
    return 2 * sum(highs) < whole.base.low


def _alike(other: Item, item: Item) -> bool:
    """Whether two figures count the same things (amounts of money are alike)."""
    if other.dimension != item.dimension:
        return False
    return item.dimension.startswith("money") or same_kind(other.counted, item.counted)


def _counts(text: str, item: Item) -> str | None:
    """What ``item`` counts, for holding parts: "casualties" for "11,408 killed and injured" (the words
    after it name two sides of the casualties' partition), else its entity."""
    after = re.split(r"[\d.;()]", text[item.mention.end : item.mention.end + 50], maxsplit=1)[0]
    words = [w.lower() for w in _WORDS.findall(f"{item.counted or ''} {after}")]
    sides = PARTITIONS[0]
    if sum(any(w in side for w in words) for side in sides) >= 2:
        return "casualties"
    return item.counted


def _same_events(events: re.Match[str]) -> re.Pattern[str]:
    """The words that name the events of ``events`` again: "UXO-related accidents" for "(UXO)-related
    accidents" (parentheses optional), "accidentes con minas" where the noun's word follows it."""
    if events.group("after"):
        words = rf"{events.group('noun')}\s+\w+\s+{re.escape(events.group('after'))}"
    else:
        pieces = [re.escape(p) for p in re.split(r"[()]", events.group("mod")) if p]
        words = r"\(?" + r"\)?".join(pieces) + rf"\s+{events.group('noun')}"
    return re.compile(rf"(?<!\w){words}\b", re.IGNORECASE)


class Across(Reader):
    """The readers of totals across sentences, over the figures of a :class:`~._clauses.Reader`."""

    def _back(self, item: Item) -> Iterator[Item]:
        """The figures before ``item``, nearest first, up to :data:`_NAMED_REACH` sentences back."""
        for k in range(bisect_left(self.starts, item.mention.start) - 1, -1, -1):
            other = self.known[k]
            if item.mention.sentence - other.mention.sentence > _NAMED_REACH:
                return
            yield other

    def _of_the_victims(self, found: list[Total]) -> Iterator[Total]:
        """ "Mines killed 30 people and injured 90, 120 casualties in all. [...] Some 45 of the victims
        were children.": "of the victims" (of the casualties, de las víctimas, des victimes, das vítimas)
        names the victims the text has totalled last (a total of killed and injured, or a total of
        casualties), a few sentences before, and the figure before it is within them."""
        if not self.has("victim", "casualt", "víctima", "vítima"):
            return  # most texts: no need to find the totals of victims
        totals = {
            t.total.index: t.total
            for t in found
            if t.kind is ClaimKind.SUM and len(t.parts) >= 2 and self.exhaustive(t.parts)
        }
        for item in self.known:
            if item.dimension != "count" or not _OF_THE_VICTIMS.match(self.source, item.mention.end):
                continue
            if item.index in totals:
                continue
            whole = next(
                (
                    i
                    for i in self._back(item)
                    if i.mention.sentence < item.mention.sentence
                    and i.dimension == "count"
                    and (
                        i.index in totals
                        or (
                            head(_counts(self.text, i)) in _VICTIMS
                            and _TOTAL_NEAR.search(self.text, max(0, i.mention.start - 30), i.mention.start)
                        )
                    )
                ),
                None,
            )
            if whole is None:
                continue
            of = _OF_THE_VICTIMS.match(self.source, item.mention.end)
            assert of is not None
            words = " ".join(of.group().split())
            yield Total(
                whole, (item,), ClaimKind.SUBSET, f"{_quote(item)} \u201c{words}\u201d: of {_quote(whole)}"
            )

    def _of_them_next(self, parts: set[int]) -> Iterator[Total]:
        """ "At least 4,800 people were hurt. 1,900 of them died." ("2.182 von ihnen starben", "1 900
        d'entre elles", "Из них 400 погибли", "161,000 mines ... Approximately 25,000 of these are
        anti-personnel mines"): a count said to be "of them" lies within the last count before it that
        can hold it: in the sentence right before (in its paragraph) when it opens its sentence, else
        earlier in its own sentence with no other figure between ("305 people were victims, 57 of them
        lost their lives"); unless it is already read as a part (``parts``)."""
        if not self.has(*_THEM_WORDS):
            return
        for k, item in enumerate(self.known):
            if item.index in parts or item.dimension != "count" or k == 0:
                continue
            start = self.stops.start(item.mention.start)
            opens = self.known[k - 1].mention.start < start
            if opens and start > 0:
                marker = (
                    _THEM_AFTER.match(self.source, item.mention.end)
                    if _SHORT_OPENING.fullmatch(self.source, start, item.mention.start)
                    else None
                ) or _THEM_BEFORE.fullmatch(self.source, start, item.mention.start)
                since = self.stops.start(start - 1)
            elif not opens:
                marker = _THEM_AFTER.match(self.source, item.mention.end)
                since = self.known[k - 1].mention.start  # the figure right before it, in its sentence
            else:
                continue
            if marker is None:
                continue
            before = [
                i
                for i in self.known[max(0, k - _MAX_BEFORE) : k]
                if i.mention.start >= since
                and i.dimension == "count"
                and i.mention.paragraph == item.mention.paragraph
                and i.counted is not None
                and compatible(item.counted, i.counted)
            ]
            if not before:
                continue
            whole = before[-1]
            part_at = item.base.point if item.base is not None else None
            whole_at = whole.base.point if whole.base is not None else None
            if part_at is not None and whole_at is not None and part_at > 2 * whole_at:
                # "identified in 18 countries, among them nearly 1,600 of them in one": "them" is not the
                # figure before, far smaller than its part (a slip of a digit stays within twice it)
                continue
            words = " ".join(marker.group().split())
            yield Total(
                whole, (item,), ClaimKind.SUBSET, f"{_quote(item)}, \u201c{words}\u201d: of {_quote(whole)}"
            )

    def _rest_unstated(self) -> Iterator[Total]:
        """ "A total of 300 accidents were logged. [...] In 120 cases the victim was a man. In 90 cases it
        was a woman, and it was not recorded in the remaining cases.": the figures counting what "the
        remaining" names (in its sentence and the one before), and a rest left unstated, are within the
        nearest total before them ("a total of", a few sentences back) that can hold them ("cases" can
        count any events)."""
        rests: dict[int, re.Match[str]] = {}
        for at in self.occurrences("remaining", "restantes", "restants"):
            for match in _REST_UNSTATED.finditer(self.text, max(0, at - 40), at + 60):
                if match.start() <= at < match.end():
                    rests.setdefault(match.start(), match)
        for here, rest in sorted(rests.items()):
            noun = rest.group("noun") or rest.group("noun2")
            before = bisect_left(self.starts, here)
            sentence = self.known[before - 1].mention.sentence if before else None
            if sentence is None:
                continue
            parts = tuple(
                i
                for k in (1, 0)
                for i in self.by_sentence.get(sentence - k, [])
                if i.mention.start < here and i.dimension == "count" and same_kind(i.counted, noun)
            )
            if len(parts) < 2:
                continue
            whole = next(
                (
                    i
                    for i in self._back(parts[0])
                    if i.mention.sentence < parts[0].mention.sentence
                    and i.dimension == "count"
                    and _TOTAL_NEAR.search(self.text, max(0, i.mention.start - 30), i.mention.start)
                    and (head(noun) in _ANY_EVENTS or compatible(noun, i.counted))
                ),
                None,
            )
            if whole is None:
                continue
            words = " ".join(self.source[rest.start() : rest.end()].split())
            yield Total(
                whole,
                parts,
                ClaimKind.SUBSET,
                f"the parts, then \u201c{words}\u201d left unstated: within {_quote(whole)}",
            )

    def _complement(self, subsets: list[Total]) -> Iterator[Total]:
        """ "61 states, including 40 States Parties, [...] A total of 20 states not party [...]": a later
        figure that counts what the whole counts, named as "not" (non, no, não, nicht, не) what names
        the part within it, is the rest of the whole: the two parts make a sum."""
        negations = [
            at
            for at in self.occurrences("not", "non", "no", "não", "nicht", "не")
            if _NOT.match(self.text, at)
        ]
        # the figures with a "not" in their words (the entity before its end, or just after it)
        marked = [
            i
            for i in self.known
            if i.counted
            and (k := bisect_left(negations, i.mention.start)) < len(negations)
            and negations[k] < i.mention.end + 40
        ]
        if not marked:
            return
        starts = [i.mention.start for i in marked]
        for subset in subsets:
            whole, (part,) = subset.total, subset.parts
            if not whole.counted:
                continue
            later = marked[bisect_left(starts, part.mention.end) :]
            if not later or later[0].mention.sentence - part.mention.sentence > _NAMED_REACH:
                continue
            own = set(_WORDS.findall(whole.counted.lower()))
            names = [w for w in self.words(part) if w not in own]
            if not names or len(names[0]) < 4:
                continue
            for item in later:
                if item.mention.sentence - part.mention.sentence > _NAMED_REACH:
                    break
                if item.mention.sentence == part.mention.sentence or item.dimension != whole.dimension:
                    continue
                if not same_kind(item.counted, whole.counted):
                    continue
                after = re.split(r"[\d.;()]", self.text[item.mention.end : item.mention.end + 40], maxsplit=1)
                near = f"{item.counted} {after[0]}"
                negated = _NOT.search(near)
                if negated is None or negated.group("word")[:4].lower() != names[0][:4]:
                    continue
                words = " ".join(negated.group().split())
                yield Total(
                    whole,
                    (part, item),
                    ClaimKind.SUM,
                    f"{_quote(part)} within {_quote(whole)}; {_quote(item)} \u201c{words}\u201d: the rest",
                )
                break

    def _alone(self, parts: set[int]) -> Iterator[Total]:
        """ "Over ten years, 41 States Parties ... In 2018 alone, 17 States Parties ...": each figure
        of the "alone" sentence within the figure of the sentence before that counts the same things,
        paired in order when both sentences have as many of them. Figures already read as the parts of
        another figure (``parts``: "$207.7 million ..., including $146.9 million") are not counted."""
        for sentence, here in self.by_sentence.items():
            first = here[0]
            head = self.text[self.stops.start(first.mention.start) : first.mention.start]
            if not _ALONE.match(head):
                continue
            before = self.by_sentence.get(sentence - 1, [])
            start = self.stops.start(first.mention.start)
            words = self.source[start : first.mention.start].strip().rstrip(",")
            heads = [i for i in here if i.index not in parts]
            for item in heads:
                mine = [i for i in heads if _alike(i, item)]
                theirs = [i for i in before if _alike(i, item) and i.index not in parts]
                if not (item.counted or item.dimension.startswith("money")) or len(mine) != len(theirs):
                    continue
                whole = theirs[mine.index(item)]
                yield Total(
                    whole,
                    (item,),
                    ClaimKind.SUBSET,
                    f"\u201c{words}\u201d: {_quote(item)} within {_quote(whole)}",
                )

    def _cumulative(self) -> Iterator[Total]:
        """ "Teams destroyed 8,000 mines in May. Since 2015, 350,000 mines have been destroyed.": the
        figures of a sentence that counts from a start ("since", "to date", "brings the total to",
        "desde", "depuis", "всего") each hold the figure of a neighbouring sentence that counts the
        same things over a period within it, paired in order when both sentences have as many."""
        paired: set[int] = set()  # wholes already paired with the figures of a neighbouring sentence
        cues = self.cues(*_CUMULATIVE_WORDS)
        for sentence, here in self.by_sentence.items():
            start = self.stops.start(here[0].mention.start)
            if cues is not None and not within(cues, start, here[-1].mention.start):
                continue  # no word of a cue in the sentence before its last figure
            cue = _CUMULATIVE.search(self.text, start, here[-1].mention.start)
            if cue is None:
                continue
            since = _SINCE_YEAR.match(self.source, cue.start())
            for dimension in dict.fromkeys(i.dimension for i in here):
                wholes = [i for i in here if i.dimension == dimension and i.mention.start > cue.start()]
                if not wholes or (dimension != "count" and not dimension.startswith("money")):
                    continue  # an area or a duration names nothing it counts: no pairing by kind
                between = self.source[cue.start() : wholes[0].mention.start]
                if len(between) > _CUE_REACH or len(set(_YEAR.findall(between))) > 1:
                    continue  # "since 2007, the funding in 2020 ...": the cue is not the figure's
                for step in (-1, 1):
                    parts = self._neighbour(sentence, step, dimension)
                    if parts is None:
                        continue
                    pairs = list(zip(parts, wholes, strict=False))
                    if len(parts) != len(wholes) or not all(self._counts_alike(p, w) for p, w in pairs):
                        continue
                    if all(p.mention.value == w.mention.value for p, w in pairs):
                        continue  # "All three conferences" after "three conferences since 2022": said again
                    if since is not None and self._before_year(parts[0], int(since.group("year"))):
                        break
                    start = self.stops.start(parts[0].mention.start)
                    if _EARLIER.search(self.text, start, parts[-1].mention.end):
                        break  # "Last year, ...": a period that may lie before the start
                    word = " ".join(self.source[cue.start() : cue.end()].split())
                    for part, whole in pairs:
                        yield Total(
                            whole,
                            (part,),
                            ClaimKind.SUBSET,
                            f"\u201c{word}\u201d: {_quote(part)} within {_quote(whole)}, from a start",
                        )
                    paired.update(w.index for w in wholes)
                    break
                if dimension == "count":
                    yield from self._cumulative_by_name(cue, since, wholes, paired)

    def _cumulative_by_name(
        self, cue: re.Match[str], since: re.Match[str] | None, wholes: list[Item], paired: set[int]
    ) -> Iterator[Total]:
        """ "Teams destroyed 118 anti-tank mines in May. [...] Since 1995, 61,000 anti-tank mines have
        been destroyed.": a count from a start holds the nearest figure before it, a few sentences back,
        that names the same things in the same two words or more ("anti-personnel mines", not "anti-tank
        mines", nor "mines" alone, which a table's cell of casualties may name too; never people or
        places, which many figures count), for a period that may lie within the count's (no year before
        its start, no "last year")."""
        for whole in wholes:
            name = self._name(whole)
            if whole.index in paired or len(name.split()) < 2 or known_kind(whole.counted):
                continue
            part = None
            for item in self._back(whole):
                if item.counted and self._name(item) == name:
                    part = item if item.mention.sentence != whole.mention.sentence else None
                    break  # the nearest figure of those things, or none
            if part is None or part.mention.value == whole.mention.value:
                continue
            start = self.stops.start(part.mention.start)
            end = self.stops.end(part.mention.end)
            if _CUMULATIVE.search(self.text, start, end if end > 0 else part.mention.end) or _EARLIER.search(
                self.text, start, end if end > 0 else part.mention.end
            ):
                continue  # a count from a start of its own, or a period that may lie before the start
            if since is not None and self._before_year(part, int(since.group("year"))):
                continue
            word = " ".join(self.source[cue.start() : cue.end()].split())
            yield Total(
                whole,
                (part,),
                ClaimKind.SUBSET,
                f"\u201c{word}\u201d: {_quote(part)} within {_quote(whole)}, the same things from a start",
            )

    def _name(self, item: Item) -> str:
        """What ``item`` counts, in its own words, lower-cased: its entity, and the kind of mine after it
        where the kind follows the noun ("mines antichars", "minas antipersonal")."""
        if not item.counted:
            return ""
        name = " ".join(_WORDS.findall(item.counted.lower()))
        after = _KIND_AFTER.match(self.text, item.mention.end)
        if after is not None and after.group("noun").lower() == item.counted.lower():
            name += " " + after.group("kind").lower()
        return name

    def _listed(self) -> Iterator[Total]:
        """ "Teams cleared 610 ha. In particular:\\n  • 540 ha of farmland;\\n  • 12 km of road;\\n  •
        30 ha of forest.": the figures of a bulleted list after "in particular" ("notably", "en
        particular", "notamment", "в частности") are within the last figure before it that they fit."""
        for opener in self._list_openers():
            end = opener.end()
            line = _BULLET.match(self.text, end)
            while line is not None and line.end() > end:
                end = line.end()
                line = _BULLET.match(self.text, end)
            first = bisect_left(self.starts, opener.end())
            inside = self.known[first : bisect_left(self.starts, end)]
            reach = bisect_left(self.starts, opener.start() - _LIST_REACH)
            before = [i for i in self.known[reach:first] if i.mention.end <= opener.start()]
            word = " ".join(self.source[opener.start("opener") : opener.end("opener")].split())
            for dimension in dict.fromkeys(i.dimension for i in inside):
                earlier = [i for i in before if i.dimension == dimension]
                if not earlier:
                    continue
                whole = earlier[-1]
                parts = tuple(i for i in inside if i.dimension == dimension)
                if not all(compatible(p.counted, whole.counted) for p in parts):
                    continue
                yield Total(
                    whole,
                    parts,
                    ClaimKind.SUBSET,
                    f"the list after \u201c{word}\u201d, below {_quote(whole)}",
                )

    def _list_openers(self) -> Iterator[re.Match[str]]:
        """The matches of :data:`_LIST_OPENER` in the text, as ``finditer`` gives them: tried only where
        an opener stands in the lowered text, after the spaces and tabs before it (the pattern, which
        starts with a look-behind, was tried at every character)."""
        if not self.plain_case:
            yield from _LIST_OPENER.finditer(self.text)
            return
        end = 0  # where the last match ended: finditer looks for the next one from there
        for word in _LIST_WORDS.finditer(self.lowered):
            start = word.start()
            while start > end and self.text[start - 1] in " \t":
                start -= 1
            opener = _LIST_OPENER.match(self.text, start) if start >= end else None
            if opener is not None:
                end = opener.end()
                yield opener

    def _first_and_rest(self) -> Iterator[Total]:
        """ "The survey covered 18 districts in two rounds. The first, in 12 districts, ... The remaining
        6 districts ...": a sentence that opens on "the first" (or "of these") with a part of the figure
        before it, and "the remaining" figure after: a sum."""
        cues = self.cues(*_REMAINING_WORDS)
        for rest in self.known:
            if not rest.counted or (
                cues is not None and not within(cues, rest.mention.start - 30, rest.mention.start)
            ):
                continue
            before = self.text[max(0, rest.mention.start - 30) : rest.mention.start]
            if not _REMAINING_BEFORE.search(before):
                continue
            alike = [
                i
                for k in range(_SKIPPED, -1, -1)
                for i in self.by_sentence.get(rest.mention.sentence - k, [])
                if i.index < rest.index
                and i.dimension == rest.dimension
                and same_kind(i.counted, rest.counted)
            ]
            if len(alike) < 2:
                continue
            first, whole = alike[-1], alike[-2]
            head = self.text[self.stops.start(first.mention.start) : first.mention.start]
            if whole.mention.sentence != first.mention.sentence - 1 or not _FIRST.match(head):
                continue
            yield Total(
                whole,
                (first, rest),
                ClaimKind.SUM,
                f"{_quote(first)} in \u201cthe first\u201d, then \u201cthe remaining\u201d {_quote(rest)},"
                f" of {_quote(whole)}",
            )

    def _one_of_both(self) -> Iterator[Total]:
        """ "$900 million of national and international funding ... International funding reached $700
        million": the figure a later sentence gives for one of two named kinds of a thing lies within the
        figure given for both, for the same year."""
        ands = [m.start() for m in _AND_WORDS.finditer(self.lowered)]
        for whole in self.known:
            end = whole.mention.end
            cut = _FIGURE_CUT.search(self.text, end, end + 80)
            stop = cut.start() if cut is not None else end + 80
            if not within(ands, end, stop):
                continue  # no "and" between words after the figure: no two kinds named together
            both = _BOTH.search(self.text[end:stop])
            if both is None or both.group("noun").lower() in _NOT_NOUNS:
                continue
            kinds = "|".join(re.escape(both.group(k)) for k in ("a", "b"))
            one = re.compile(rf"\b(?:{kinds})\s+{re.escape(both.group('noun'))}\b", re.IGNORECASE)
            year = self._year(whole)
            later = (
                i
                for k in range(1, _SKIPPED + 2)
                for i in self.by_sentence.get(whole.mention.sentence + k, [])
            )
            for part in later:
                if part.dimension != whole.dimension or self._year(part) != year:
                    continue
                if part.dimension == "count" and not self._counts_alike(part, whole):
                    continue  # "545,000 inhabitants" is no kind of "31 communities"
                start = max(self.stops.start(part.mention.start), part.mention.start - 80)
                near = re.split(r"\d", self.text[start : part.mention.start])[-1]
                near += re.split(
                    r"[\d.;()]", self.text[part.mention.end : part.mention.end + 60], maxsplit=1
                )[0]
                if one.search(near) and not _BOTH.search(near):
                    words = " ".join(both.group().split())
                    yield Total(
                        whole,
                        (part,),
                        ClaimKind.SUBSET,
                        f"{_quote(part)} is one of \u201c{words}\u201d of {_quote(whole)}",
                    )
                    break

    def _year(self, item: Item) -> str | None:
        """The year a figure is given for: one right after it in its sentence, else the sentence's first
        (read once for each figure that several readers, or several wholes, ask about)."""
        if item.index not in self._years:
            self._years[item.index] = self._read_year(item)
        return self._years[item.index]

    def _read_year(self, item: Item) -> str | None:
        end = self.source_stops.end(item.mention.end)
        after = _YEAR.search(
            self.source[item.mention.end : min(item.mention.end + 40, end if end > 0 else len(self.source))]
        )
        if after is not None:
            return after.group()
        start = self.source_stops.start(item.mention.start)
        first = _YEAR.search(self.source[start : end if end > 0 else item.mention.end + 400])
        return first.group() if first is not None else None

    def _total_next(self) -> Iterator[Total]:
        """ "Mines killed 12 people and injured 30. A total of 42 incidents were logged.": a sentence
        that opens on "a total of" after a sentence whose figures are all sides of an exhaustive
        partition (killed and injured) states their sum."""
        for sentence, here in self.by_sentence.items():
            total = here[0]
            head = self.text[self.stops.start(total.mention.start) : total.mention.start]
            if not _TOTAL_OPENS.fullmatch(head) or known_kind(total.counted):
                continue
            parts = tuple(i for i in self.by_sentence.get(sentence - 1, []) if i.dimension == total.dimension)
            if len(parts) < 2 or not all(self.side(p) for p in parts):
                continue
            if not self.exhaustive(parts):
                continue
            words = " ".join(head.split())
            yield Total(total, parts, ClaimKind.SUM, f"\u201c{words}\u201d {_quote(total)} after its parts")

    def _victims_of(self) -> Iterator[Total]:
        """ "Mines killed 4 people and injured 19 in road accidents in May. [...] Nine road accidents were
        recorded, with 25 victims.": the killed and the injured of events named in a sentence are all
        their victims, which a sentence a little later counts, naming the same events in the same words
        (the first figure of victims or casualties after the parts; none when another figure of that
        kind comes first, or when it counts from a start: "since 1990")."""
        nouns = [
            at
            for at in self.occurrences("accident", "acidente", "incident", "explosi", "blast", "unfäll")
            if _EVENT_NOUNS.match(self.text, at)
        ]
        if not nouns:
            return  # most texts: no events named
        for sentence, here in self.by_sentence.items():
            parts = tuple(i for i in here if i.dimension == "count")
            if len(parts) < 2:
                continue
            end = self.stops.end(parts[-1].mention.end)
            k = bisect_left(nouns, parts[-1].mention.end)
            if k == len(nouns) or (end > 0 and nouns[k] >= end):
                continue  # no events named after the parts
            if _bounded(parts) or not all(self.side(p) for p in parts) or not self.exhaustive(parts):
                continue
            events = _EVENTS.search(self.text, parts[-1].mention.end, end if end > 0 else len(self.text))
            if events is None or not (events.group("mod") or events.group("after")):
                continue  # "in accidents" alone names no events in particular
            phrase = _same_events(events)
            for item in (
                i for k in range(1, 2 + _SKIPPED + 1) for i in self.by_sentence.get(sentence + k, [])
            ):
                if item.dimension != "count" or not item.counted:
                    continue
                if head(item.counted) not in _VICTIMS and not self.side(item):
                    continue
                start = self.stops.start(item.mention.start)
                stop = self.stops.end(item.mention.end)
                if _CUMULATIVE.search(self.text, start, stop if stop > 0 else len(self.text)):
                    break  # victims counted from a start, not those of the events
                if not self.side(item) and phrase.search(
                    self.text, start, stop if stop > 0 else len(self.text)
                ):
                    words = " ".join(events.group().split()[-2:])
                    yield Total(
                        item,
                        parts,
                        ClaimKind.SUM,
                        f"the victims of the same \u201c{words}\u201d, {_quote(item)}",
                    )
                break

    def _ranking(self) -> Iterator[Total]:
        """ "Of this total of 900, most were in Alpha (310), then Beta (200), Gamma (90) and Delta (40).":
        three figures or more, each alone in parentheses after a name, lie within the total a sentence
        before names (after "total of", "ce total de", "a total of")."""
        for sentence, here in self.by_sentence.items():
            listed = [i for i in here if _ALONE_IN_PARENS.match(self.text, i.mention.end) and self._opens(i)]
            run: list[Item] = []
            for item in listed:
                if run and not _BETWEEN_NAMES.fullmatch(self.text, run[-1].mention.end, item.mention.start):
                    break
                run.append(item)
            if len(run) < _RANKED or any(i.dimension != run[0].dimension for i in run):
                continue
            for back in range(1, 2 + _SKIPPED):
                wholes = [
                    i
                    for i in self.by_sentence.get(sentence - back, [])
                    if i.dimension == run[0].dimension
                    and _TOTAL_BEFORE.search(self.text, max(0, i.mention.start - 25), i.mention.start)
                    and all(compatible(p.counted, i.counted) for p in run)
                    # "Alpha is the country with the most victims, a total of 1,296": one of the ranked
                    # itself, not the whole of those after it
                    and not _FIRST_OF_RANKING.search(
                        self.text, self.stops.start(i.mention.start), i.mention.start
                    )
                ]
                if wholes:
                    whole = wholes[-1]
                    yield Total(
                        whole,
                        tuple(run),
                        ClaimKind.SUBSET,
                        f"the figures in parentheses after names, of {_quote(whole)}",
                    )
                    break

    def _most_of(self, parts: set[int]) -> Iterator[Total]:
        """ "A total of 640 casualties were recorded in 2021. [...] The highest number of casualties was
        caused by mortars (212).": the figure in parentheses after what holds "the highest number of" the
        things a total of the same year counts, a few sentences before (the nearest), is within it,
        unless it is already read as a part (``parts``: the first of a ranking)."""
        for item in self.known:
            alone = _ALONE_IN_PARENS.match(self.text, item.mention.end) and self._opens(item)
            if item.index in parts or not alone:
                continue
            start = self.stops.start(item.mention.start)
            found = list(_MOST_OF.finditer(self.text, start, item.mention.start))
            most = found[-1] if found else None  # the last one before the figure
            if most is None or re.search(r"[\d()]", self.text[most.end() : item.mention.start - 1]):
                continue
            nouns = _WORDS.findall(most.group("words"))
            wholes = [
                i
                for back in range(1, 1 + _NAMED_REACH)
                for i in self.by_sentence.get(item.mention.sentence - back, [])
                if i.dimension == item.dimension
                and _TOTAL_NEAR.search(self.text, max(0, i.mention.start - 30), i.mention.start)
                and any(same_kind(noun, _counts(self.text, i)) for noun in nouns)
            ]
            if not wholes:
                continue
            whole = max(wholes, key=lambda i: i.index)
            years = (self._year(whole), self._year(item))
            if None not in years and years[0] != years[1]:
                continue
            words = " ".join(self.source[most.start() : most.end()].split())
            yield Total(
                whole, (item,), ClaimKind.SUBSET, f"{_quote(item)} after “{words}”, of {_quote(whole)}"
            )

    def _opens(self, item: Item) -> bool:
        """Whether ``item`` stands right after an opening parenthesis."""
        return bool(re.search(r"\(\s*$", self.text[max(0, item.mention.start - 5) : item.mention.start]))

    def _were_group(self, parts: set[int]) -> Iterator[Total]:
        """ "The agency recorded 900 victims in 2021. And 310 victims were children.": a figure named
        with the noun of a figure of the sentence before and said to be a group of people lies within
        it (for the same year), unless it is already read as a part (``parts``)."""
        for item in self.known:
            if item.index in parts:
                continue
            said = _WERE_GROUP.match(self.text, item.mention.end)
            if (
                said is None
                or not known_kind(said.group("group"))
                or same_kind(said.group("group"), said.group("noun"))
            ):
                continue
            if self.by_sentence[item.mention.sentence][0] is not item:
                continue
            noun = said.group("noun")
            wholes = [
                i
                for back in range(1, 2 + _SKIPPED)
                for i in self.by_sentence.get(item.mention.sentence - back, [])
                if i.dimension == item.dimension
                and same_kind(i.counted, noun)
                and compatible(said.group("group"), i.counted)  # the killed are not among survivors
                and not opposed(_named_sides([said.group("group").lower()]), self.sides(i))
            ]
            if not wholes:
                continue
            whole = max(wholes, key=lambda i: i.index)
            if _WERE_GROUP.match(self.text, whole.mention.end):
                # "In A, 20 civilians were killed ... In B, 19 civilians were killed": a group said of the
                # whole too, the two are figures side by side, not a whole and its part
                continue
            years = (self._year(whole), self._year(item))
            if None not in years and years[0] != years[1]:
                continue
            words = " ".join(said.group().split())
            yield Total(
                whole, (item,), ClaimKind.SUBSET, f"{_quote(item)} \u201c{words}\u201d, of {_quote(whole)}"
            )

    def _neighbour(self, sentence: int, step: int, dimension: str) -> list[Item] | None:
        """The figures of ``dimension`` of the nearest sentence before (``step`` -1) or after (+1),
        passing over at most two sentences without one; ``None`` when it counts from a start too."""
        for k in range(1, 2 + _SKIPPED):
            there = [i for i in self.by_sentence.get(sentence + step * k, []) if i.dimension == dimension]
            if there:
                start = self.stops.start(there[0].mention.start)
                if _CUMULATIVE.search(self.text, start, there[-1].mention.end):
                    return None
                return there
        return None

    def _counts_alike(self, part: Item, whole: Item) -> bool:
        """Whether ``part`` counts what ``whole`` counts (both name it; amounts of money are alike)."""
        if part.dimension.startswith("money") or part.dimension != "count":
            return part.dimension == whole.dimension
        russian = russian_alike(part.counted, whole.counted)
        if russian is not None:  # "8410 взрывоопасных предметов" and "458 714 опасных объектов", not "команд"
            return russian
        return bool(part.counted and whole.counted) and (
            same_kind(part.counted, whole.counted)
            or (compatible(part.counted, whole.counted) and head(part.counted) is None)
        )

    def _before_year(self, item: Item, year: int) -> bool:
        """Whether the sentence of ``item`` names only years before ``year`` (its period is not within)."""
        start = self.stops.start(item.mention.start)
        end = self.stops.end(item.mention.end)
        years = [
            int(y) for y in _YEAR.findall(self.source[start : end if end > 0 else item.mention.end + 400])
        ]
        return bool(years) and max(years) < year

    def _remaining(self, total: Total) -> Total:
        """A breakdown whose next sentence opens on what is left ("The remaining $636.1 million"): a sum."""
        if total.conversion or not total.parts:
            return total
        last = total.parts[-1]
        if any(
            i.dimension == last.dimension and i.mention.start > last.mention.start
            for i in self.by_sentence.get(last.mention.sentence, [])
        ):
            return total  # a later figure of the dimension in the sentence
        rest = next(
            (i for i in self.by_sentence.get(last.mention.sentence + 1, []) if i.dimension == last.dimension),
            None,
        )
        if rest is None:
            return total
        head = self.text[self.stops.start(rest.mention.start) : rest.mention.start]
        if not _REMAINING.fullmatch(head) or not compatible(rest.counted, total.total.counted):
            return total
        return Total(
            total.total,
            (*total.parts, rest),
            ClaimKind.SUM,
            f"{total.words}; \u201cthe remaining\u201d {_quote(rest)} in the next sentence",
        )

    def _next_sentence(self) -> Iterator[Total]:
        """ "Of this, A ... and B", "Among them, A": the total is the last figure of the sentence before.

        Openers that name the total without saying the parts make it up ("Of
        that total", "Of the casualties", "This included", "Davon") give a
        subset, or a sum when the parts are an exhaustive partition stated
        exactly.
        """
        for position, item in enumerate(self.known):
            if self.by_sentence[item.mention.sentence][0] is not item:
                continue
            start = self.stops.start(item.mention.start)
            head = self.text[start : item.mention.start]
            opener = _NEXT_SENTENCE.match(head)
            loose = opener is None
            if loose:
                opener = _NEXT_SENTENCE_SUBSET.match(head)
            if opener is None:
                whole_of = self._partition_after(item, position)
                if whole_of is not None:
                    yield whole_of
                continue
            if _OWN_TOTAL.fullmatch(head, opener.end()):
                continue  # "Of the total of 8,605 casualties, ...": the sentence states its own whole
            earlier = self._before(item)
            if _NEAR_ONLY.match(head):
                # "De estos, 186 ...": these are what the sentence right before counts; a sentence between
                # may only compare with another figure ("(This is a fall from the 5,544 of 2021)")
                earlier = [
                    i
                    for i in earlier
                    if all(
                        self._only_compared(k, item)
                        for k in range(i.mention.sentence + 1, item.mention.sentence)
                    )
                ]
            if not earlier:
                continue
            noun = opener.groupdict().get("noun")
            if noun:
                # "Of the casualties in 2017, 96 ...": the last figure of the sentence before counting them
                earlier = [i for i in earlier if same_kind(noun, i.counted)]
                if not earlier:
                    continue
            whole = earlier[-1]
            parts = self._parts_from(item, position, whole)
            more = self._another(parts[-1], whole)
            parts = (*parts, *more)
            a, b = opener.span("marker")
            word = " ".join(self.source[start + a : start + b].split()).rstrip(" ,")
            exhaustive = len(parts) >= 2 and self.exhaustive(parts)
            if loose:
                kind = ClaimKind.SUM if exhaustive and not _bounded(parts) else ClaimKind.SUBSET
            elif word.lower().startswith("among") or len(parts) == 1:
                kind = ClaimKind.SUM if exhaustive else ClaimKind.SUBSET
            else:
                kind = ClaimKind.SUM
            left = [
                i
                for i in self.by_sentence.get(parts[-1].mention.sentence, [])
                if i.dimension == parts[-1].dimension and i.mention.start > parts[-1].mention.start
            ]
            if left and not more:
                # "1,661 died and 3,015 were hurt, while the status of 34 is unknown": a figure of the parts'
                # kind left in their sentence may be one more part, so they need not make up the whole
                kind = ClaimKind.SUBSET
            also = f"; {_quote(more[0])} opens the next sentence" if more else ""
            yield Total(
                whole, parts, kind, f"\u201c{word}\u201d names {_quote(whole)} of the sentence before{also}"
            )

    def _only_compared(self, sentence: int, item: Item) -> bool:
        """Whether ``sentence`` has figures, each one of ``item``'s kind that its sentence compares with."""
        figures = self.by_sentence.get(sentence, [])
        return bool(figures) and all(
            i.dimension == item.dimension
            and _COMPARED_WITH.search(self.text, max(0, i.mention.start - 40), i.mention.start) is not None
            for i in figures
        )

    def _before(self, item: Item) -> list[Item]:
        """The figures of the sentence before ``item``'s that can hold it, looking back over at most
        two sentences with no figure of its dimension ("De ese total, ..." after a sentence on sources)."""
        for back in range(1, 2 + _SKIPPED):
            sentence = self.by_sentence.get(item.mention.sentence - back, [])
            # a figure the sentence compares with ("(This is a fall from the 5,544 of 2021)") is not the
            # total the next sentence speaks of: the sentence before it is read then
            same = [
                i
                for i in sentence
                if i.dimension == item.dimension
                and not _COMPARED_WITH.search(self.text, max(0, i.mention.start - 40), i.mention.start)
            ]
            if same:
                return [i for i in same if compatible(item.counted, _counts(self.text, i))]
        return []

    def _another(self, last: Item, whole: Item) -> tuple[Item, ...]:
        """ "... 2,100 were killed. Another 6,300 were injured": the first figure of the next sentence, when
        it opens on "another" ("a further", "otros", ...) and can be within ``whole``, continues the parts."""
        following = [
            i for i in self.by_sentence.get(last.mention.sentence + 1, []) if i.dimension == last.dimension
        ]
        later = [
            i
            for i in self.by_sentence.get(last.mention.sentence, [])
            if i.dimension == last.dimension and i.mention.start > last.mention.start
        ]
        if not following or (later and not self.is_head(last)):  # figures after a head are its own parts
            return ()
        item = following[0]
        head = self.text[self.stops.start(item.mention.start) : item.mention.start]
        if not _ANOTHER.fullmatch(head) or not compatible(item.counted, _counts(self.text, whole)):
            return ()
        return (item,)

    def _partition_after(self, first: Item, position: int) -> Total | None:
        """ "Teams released 9.5 km². In all, 4.5 km² was cancelled, 3 km² reduced and 2 km² cleared.": a
        sentence whose figures are the sides of an exhaustive partition, after a sentence that names
        its whole with one figure (not one it is compared with: "down from the 12 km² released in
        2020"), is a sum."""
        if not self.side(first):
            return None
        parts = self._parts_from(first, position, first)
        if len(parts) < 2 or _bounded(parts) or not all(self.side(p) for p in parts):
            return None
        if not self.exhaustive(parts):
            return None
        named = [k for k in range(len(PARTITIONS)) if all(self.names_side_of(p, k) for p in parts)]
        wholes = [
            i
            for i in self.by_sentence.get(first.mention.sentence - 1, [])
            if i.dimension == first.dimension
            and not self.side(i)
            and not _COMPARED.search(self.text[max(0, i.mention.start - 30) : i.mention.start])
            and not self._in_comparison(i)
            and not _SHARE_IN_PARENS.search(self.text, max(0, i.mention.start - 80), i.mention.start)
            and any(self._names_whole(i, WHOLES[k]) for k in named)
        ]
        if len(wholes) != 1:
            return None
        whole = wholes[0]
        return Total(
            whole,
            parts,
            ClaimKind.SUM,
            f"the parts of the next sentence make up {_quote(whole)}",
        )

    def _in_comparison(self, item: Item) -> bool:
        """Whether ``item`` stands in a clause that compares ("—almost double the area released in 2021,
        which totaled 276 km²"): it is the figure compared with, not the whole of the next sentence."""
        start = max(self.stops.start(item.mention.start), item.mention.start - 120)
        before = self.text[start : item.mention.start]
        cut = max(before.rfind(mark) for mark in ("—", "–", " - ", ";", "("))
        return _COMPARISON.search(before, cut + 1 if cut >= 0 else 0) is not None

    def _names_whole(self, item: Item, whole: frozenset[str]) -> bool:
        """Whether the words around ``item`` (before it in its clause, its entity, after it) name a whole."""
        start = max(self.stops.start(item.mention.start), item.mention.start - 60)
        before = [w.lower() for w in _WORDS.findall(self.text[start : item.mention.start])]
        return any(w in whole for w in before + self.words(item))

    def _parts_from(self, first: Item, position: int, whole: Item) -> tuple[Item, ...]:
        parts = [first]
        for j in range(position + 1, len(self.known)):
            item = self.known[j]
            if item.mention.sentence != first.mention.sentence:
                break
            if item.dimension != first.dimension:
                continue  # "six provinces" between two areas; digits in the gap stop the parts below
            # "1,207 km² in six provinces (Basra, ..., and Wassit) and another 311 km²": a list of names aside
            gap = _WORDS_ASIDE.sub("", self.text[parts[-1].mention.end : item.mention.start])
            if not _NEXT_PART_GAP.fullmatch(gap):
                break
            if (
                item.counted
                and whole.counted
                and not compatible(item.counted, whole.counted)
                and not (known_kind(item.counted) and known_kind(first.counted))
            ):
                break  # "people injured" after "people killed", of a whole read as "people killed"
            if self.is_head(parts[-1]):
                break
            parts.append(item)
            if len(parts) == _MAX_PARTS:
                break
        return tuple(parts)

    def _named_sections(self) -> Iterator[Total]:
        """ "T km were cleared on the Alpha, Bravo and Charlie roads. [...] On Alpha A km, Bravo B and on
        Charlie C km were cleared.": a figure whose sentence then lists names (commas and a final "and",
        e, y, et, und, и) is the sum of the figures that a sentence within the next three gives each of
        those names, one figure beside each name, every name matched, no other figure of the dimension
        in that sentence, and a word of what is done or counted said in both ("cleared")."""
        for total in self.known:
            listed = self._names_after(total)
            if listed is None:
                continue
            names, stop = listed
            said: set[str] | None = None  # read where a sentence gives the names their figures
            for sentence in range(total.mention.sentence + 1, total.mention.sentence + 1 + _SECTIONS_REACH):
                there = [i for i in self.by_sentence.get(sentence, []) if i.dimension == total.dimension]
                if not there:
                    continue
                found = self._named_parts(names, there)
                if found is None:
                    continue
                parts, named, start, end = found
                if said is None:
                    said = self._said(self.stops.start(total.mention.start), stop)
                if not said & self._said(start, end):
                    break  # the sentence says nothing the total's says ("cleared", then "left"): other things
                if all(compatible(p.counted, total.counted) for p in parts) and not _bounded(parts):
                    names_said = ", ".join(f"\u201c{n}\u201d" for n in named)
                    yield Total(
                        total,
                        parts,
                        ClaimKind.SUM,
                        f"{_quote(total)} over {names_said}, then a figure for each",
                    )
                break

    def _said(self, start: int, end: int) -> set[str]:
        """The first letters of the words of ``text[start:end]`` that say what is done or counted: words
        of five letters or more, lower-case, outside the figures and their units, not common words."""
        k = bisect_left(self.starts, start)
        pieces: list[str] = []
        at = start
        while k < len(self.known) and self.known[k].mention.start < end:
            mention = self.known[k].mention
            pieces.append(self.text[at : mention.start])
            at = max(at, mention.end)
            k += 1
        pieces.append(self.text[at:end])
        words = _NAME_WORDS.findall(" ".join(pieces))
        return {
            w[:5].lower()
            for w in words
            if len(w) >= 5 and w[:1].islower() and w.lower() not in _COMMON and w[:1] != "Y"
        }

    def _names_after(self, total: Item) -> tuple[list[list[str]], int] | None:
        """The words of each name listed after ``total`` in its sentence (the first may hold the words
        that introduce the list: "on the roads A"; the last, words after the name)."""
        end = total.mention.end
        cut = _SECTIONS_CUT.search(self.text, end, end + _SECTIONS_SPAN)
        stop = cut.start() if cut is not None else min(len(self.text), end + _SECTIONS_SPAN)
        listed = self.text[end:stop]
        if not _LIST_AND.search(listed):
            return None  # most figures: no "and" (between commas, spaces or the ends) after them
        if self.text.find(",", end, stop) < 0 and not _SECTIONS_AND.search(self.text, end, stop):
            return None
        k = bisect_left(self.starts, end)
        while k < len(self.known) and self.starts[k] < stop:
            other = self.known[k]
            if other.mention.sentence == total.mention.sentence and other.dimension == total.dimension:
                return None  # the list is not the nearest figure's
            k += 1
        chunks = listed.split(",")
        last = next((k for k in range(len(chunks) - 1, -1, -1) if _SECTIONS_AND.search(chunks[k])), None)
        if last is None:
            return None
        joined = _SECTIONS_AND.search(chunks[last])
        assert joined is not None
        before, after = chunks[last][: joined.start()], chunks[last][joined.end() :]
        tail = _NAME_WORDS.findall(after)[:_NAME_SIZE]
        heads: list[list[str]] = []
        # back from the "and": names alone ("Bravo"), up to the first, which its introduction may precede
        # ("on the roads Alpha"); a text with no introduction to its list starts at the chunk after the total
        for words in chain(
            [_NAME_WORDS.findall(before)], (_NAME_WORDS.findall(c) for c in reversed(chunks[:last]))
        ):
            if not words:
                if heads:
                    return None
                continue  # ", and Charlie": nothing between the last comma and the "and"
            heads.append(words)
            if not _a_name(words):
                break
        else:
            if not heads or not _a_name(heads[-1]):
                return None
        heads.reverse()
        if not tail or not heads or len(heads) + 1 > _MAX_PARTS:
            return None
        return [*heads, tail], stop

    def _named_parts(
        self, names: list[list[str]], there: list[Item]
    ) -> tuple[tuple[Item, ...], list[str], int, int] | None:
        """The figure beside each name in the sentence of ``there``, in text order, each name as that
        sentence writes it, and where the sentence starts and ends; or None."""
        start = self.stops.start(there[0].mention.start)
        stop = there[-1].mention.end + 60
        newline = self.text.find("\n", there[-1].mention.end, stop)
        stop = newline if newline >= 0 else stop
        spans: list[tuple[int, int]] = []
        for k, words in enumerate(names):
            span = self._phrase_in(words, start, stop, first=k == 0, last=k == len(names) - 1)
            if span is None:
                return None
            spans.append(span)
        if len(set(spans)) != len(spans) or len(there) != len(spans):
            return None
        order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        ordered = [spans[k] for k in order]
        for before in (True, False):  # "On Alpha A km": the name, then its figure; "A km on Alpha"
            paired: dict[int, Item] = {}
            for k, (left, right) in zip(order, ordered, strict=True):
                item = self._beside(there, left, right, before=before)
                if item is None or any(p is item for p in paired.values()):
                    break
                paired[k] = item
            else:
                named = [" ".join(self.source[a:b].split()) for a, b in spans]
                return tuple(sorted(paired.values(), key=lambda i: i.index)), named, start, stop
        return None

    def _phrase_in(
        self, words: list[str], start: int, stop: int, *, first: bool, last: bool
    ) -> tuple[int, int] | None:
        """Where the longest run of ``words`` that names something (a capitalised word first) stands in
        ``text[start:stop]`` as whole words; a middle name must be found whole."""
        size = len(words)
        for length in range(min(size, _NAME_SIZE), 0, -1):
            # the first name may follow its introduction, the last have words around it
            offsets = [size - length] if first else range(size - length + 1) if last else [0]
            for offset in offsets:
                run = words[offset : offset + length]
                if not run[0][:1].isupper():
                    continue
                found = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in run) + r"(?![\w-])")
                match = found.search(self.text, start, stop)
                if match is not None:
                    return match.span()
            if not first and not last:
                return None  # a middle name is found whole or not at all
        return None

    def _beside(self, there: list[Item], left: int, right: int, *, before: bool) -> Item | None:
        """The figure of ``there`` just after the name at ``left:right`` (``before``) or just before it."""
        for item in there:
            if before and item.mention.start >= right:
                gap = self.text[right : item.mention.start]
            elif not before and item.mention.end <= left:
                gap = self.text[item.mention.end : left]
            else:
                continue
            if _SECTIONS_GAP.fullmatch(gap) and len(_NAME_WORDS.findall(gap)) <= _NAME_SIZE:
                return item
        return None

    def _remaining_of(self) -> Iterator[Total]:
        """ "Teams worked in 30 villages, with 90 deminers. [...] 18 villages (50 deminers) were in the
        north. The remaining 12 villages (40 deminers) ...": where "the remaining" figure and the figure
        of the same things in a sentence before each have a figure of the same things in parentheses
        after them, each pair makes up the nearest figure of its things before both that is no smaller
        than either, of the same year."""
        if not self.has("remaining", "restantes", "restants", "übrigen", "остальн"):
            return
        cues = self.cues(*_REMAINING_WORDS)
        for rest in self.known:
            if not rest.counted:
                continue
            start = rest.mention.start
            before = (
                _REMAINING_BEFORE.search(self.text[max(0, start - 30) : start])
                if cues is None or within(cues, start - 30, start)
                else None
            )
            if before is None and not _REMAINING_AFTER.match(self.text, rest.mention.end):
                continue
            first = next((i for i in self._back(rest) if _alike(i, rest)), None)
            if first is None or first.mention.sentence == rest.mention.sentence:
                continue
            if rest.mention.sentence - first.mention.sentence > 1 + _SKIPPED:
                continue
            # the same shape twice, a figure in parentheses after each ("14 programmes (42 projects)"):
            # without it, the figure before may count others (the 12 of "teams worked in 12 districts")
            aside = self._aside(first), self._aside(rest)
            if aside[0] is None or aside[1] is None or not _alike(aside[0], aside[1]):
                continue
            for one, other in ((first, rest), (aside[0], aside[1])):
                # the nearest figure of the same things before them that can hold them (a smaller one,
                # "one new project", is another quantity)
                whole = next(
                    (i for i in self._back(one) if _alike(i, one) and _at_least(i, one, other)), None
                )
                if whole is None or whole.mention.sentence == one.mention.sentence or self._aside_of(whole):
                    continue
                if _far_below(whole, one, other):
                    continue  # "300 villages at risk ... 18 villages ... the remaining 12": another whole
                years = {self._year(i) for i in (whole, one, other)} - {None}
                if len(years) > 1:
                    continue  # a whole of another year
                yield Total(
                    whole,
                    (one, other),
                    ClaimKind.SUM,
                    f"{_quote(one)}, then \u201cthe remaining\u201d {_quote(other)}, of {_quote(whole)}",
                )

    def _aside(self, item: Item) -> Item | None:
        """The figure alone in parentheses right after ``item`` and its words ("14 programmes (42
        projects)"), or None."""
        k = bisect_left(self.starts, item.mention.end)
        if k >= len(self.known):
            return None
        nxt = self.known[k]
        if not _OPENS_ASIDE.fullmatch(self.text, item.mention.end, nxt.mention.start):
            return None
        return nxt if _CLOSES_ASIDE.match(self.text, nxt.mention.end) else None

    def _aside_of(self, item: Item) -> bool:
        """Whether ``item`` stands alone in parentheses after another figure."""
        k = bisect_left(self.starts, item.mention.start) - 1
        return k >= 0 and self._aside(self.known[k]) is item
