"""Linking a stated percentage to its part and whole, from the words of the text.

Only operands the text links to the percentage are evidence: a pair of
numbers that happens to give the percentage is not. The shapes read here:

- the part next to the percentage: ``X (P%)``, ``X, or P%``, ``X, that is P%``,
  ``X, representing P%``, ``X – P%`` (a year in the words between names the
  part: "the X total for 2020 (P% ..."); and ``P% (X)``, ``P% of the Y (X)``,
  ``P% (that is, X and Z)``, ``(P% of the Y), with X``;
- the whole: ``X of the Y, P%`` and ``P% (X of Y)``; ``P% of the Y`` with a
  figure Y right after; ``Y, P% of which/of whom``; ``Of the Y, ... X (P%)``
  and ``out of the Y, X or P%``; ``P% of the total``/``of this`` after
  ``including`` or ``of which`` (the head figure) or after a sentence that
  states it (the first figure of the sentence before, of the part's
  dimension); ``P% of all <things>`` where exactly one value of the text
  counts those things; for an amount of money, ``P% of all international
  funding`` where exactly one value of the text is money of that kind
  ("funding", "support", "contributions" are one kind; the modifiers must be
  the same: "international and national support" is not "international
  funding"), read from the words of the amount's clause
  (:func:`~minestats._audit._entities.funding_of`), and not said to be of a
  year the percentage's sentence does not name; "P% of all funding" with no
  kind of its own is of the one kind of funding its paragraph names
  (:func:`~minestats._audit._entities.funding_kinds`), and not checked when
  the paragraph names several.

Percentages a sentence lists as the parts of one whole ("Of the total area,
woodland makes up 55%, farmland 35% and scrub 10%") are a share sum, the
core's ``partition`` claim (:func:`breakdowns`): they must add up to 100 per
cent within their rounding.

A part and a whole must have the same dimension, and a part's entity must fit
within the whole's (:func:`~minestats._audit._entities.compatible`). With no
linked part, or no linked whole, the percentage is not checked, and the
reason says which is missing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise

from .._models import Claim, Reading
from .._vocab import ClaimKind
from ._bounds import year_of, years_in
from ._entities import (
    FUNDING,
    SHARE_PARTITIONS,
    compatible,
    funding_kinds,
    funding_of,
    funding_phrase,
    head,
    same_kind,
    side_of,
)
from ._figures import Item
from ._totals import sentence_start

__all__ = ["Breakdown", "Link", "Linker", "breakdown_claim", "breakdowns"]

_QUALIFIER = (
    r"(?:about|around|some|approximately|roughly|nearly|almost|over|more\s+than|less\s+than|just\s+over"
    r"|just\s+under|up\s+to|at\s+least|el|la|le|los|las)"
)
#: Between a part and its percentage: "X (", "X, or", "X, that is", "X – ".
_PART_BEFORE = re.compile(
    rf"(?P<words>[^\d.;%()]{{0,80}}?)(?P<linker>\(|[–—]|\s-\s|,|\bor\b|\bthat\s+is\b,?|\bi\.e\.,?"
    rf"|\brepresenting\b|\baccounting\s+for\b|\bwhich\s+is\b|\bamounting\s+to\b|\bmaking\s+up\b"
    rf"|\bes\s+decir\b|\bsoit\b|\bo\s+sea\b|\bbzw\.|\bbeziehungsweise\b|\bou\b)"
    rf"[\s,]*(?:{_QUALIFIER}\s+)?\s*",
    re.IGNORECASE,
)
#: Between a percentage and a part in parentheses after it: "P% (X", "P% of the Y (X", "P%, or X".
_PART_AFTER = re.compile(
    r"\s*(?:of\s+[^\d();.%]{0,60}?)?\(\s*(?:that\s+is,?|i\.e\.,?|or|namely)?\s*"
    r"|\s*(?:of\s+[^\d();.%]{0,110}?)?\(\s*(?:that\s+is,?|i\.e\.,?|namely)\s*"
    r"|\s*,?\s*(?:or|that\s+is,?|i\.e\.,?)\s+",
    re.IGNORECASE,
)
#: A percentage in parentheses, then its part: "clearance (62% of all support), with $310 million".
_PART_AFTER_PARENTHESES = re.compile(
    rf"\s*(?:of\s+[^\d();.%]{{0,60}}?)?\)\s*,?\s*(?:with|con|avec|com|mit)\s+(?:{_QUALIFIER}\s+)?",
    re.IGNORECASE,
)
#: A percentage of a named whole, then its part: "accounted for 72% of all funding with $301.8 million".
_PART_AFTER_WITH = re.compile(
    rf"\s+of\s+[^\d();.%,]{{1,60}}?\s*,?\s+(?:with|con|avec|com|mit)\s+(?:{_QUALIFIER}\s+)?",
    re.IGNORECASE,
)
_OPENS_PARENTHESES = re.compile(r"\(\s*$")
#: A year in the words between a part and its percentage ("total for 2020 (").
_YEAR_IN_WORDS = re.compile(r"\b(?:19|20)\d\d\b")
#: After "P% of the Y": the part, "(X" or ", or X".
_INNER_PART = re.compile(r"[^\d;()]{0,40}?\(\s*|\s*,?\s*(?:or|that\s+is,?|i\.e\.,?)\s+", re.IGNORECASE)
#: Between a part and a whole: "X of Y", "X out of Y", "X de los Y".
_OF = re.compile(
    r"\s+(?:out\s+of|of|de\s+los|de\s+las|de|des|sur)\s+(?:the\s+|a\s+total\s+of\s+)?", re.IGNORECASE
)
#: After a percentage, a whole figure: "P% of the Y".
_OF_FIGURE = re.compile(
    r"\s+(?:of|de|des|du)\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+|los\s+|las\s+|les\s+)?", re.IGNORECASE
)
#: After a percentage: the figure before it is its whole ("Y, P% of which ...").
_OF_WHICH = re.compile(
    r"\s+(?:of\s+(?:which|whom|them|these|those)\b|d[’']entre\s+(?:eux|elles)\b|de\s+(?:ellos|ellas)\b)",
    re.IGNORECASE,
)
_OF_WHICH_BEFORE = re.compile(
    rf"(?:[^\d;()%.]{{0,40}}?[\s,:–—-])?[\s,:–—-]*(?:(?:of\s+(?:whom|which|them|these)|d[’']entre\s+(?:eux|elles)|dont)[\s,]+)?(?:{_QUALIFIER}\s+)?\s*",
    re.IGNORECASE,
)
_OF_WHICH_GAP = re.compile(
    r"(?:[^\d;()%.]{0,40}?[\s,:–—-])?[\s,:–—-]*(?:of\s+(?:whom|which|them|these)|d[’']entre\s+(?:eux|elles)|dont)\b",
    re.IGNORECASE,
)
#: After a percentage: a whole named by a demonstrative ("of the total", "of this area").
_OF_THIS = re.compile(
    # "of the total", but not "of the total contribution": that names what the whole is
    r"\s+of\s+(?:the\s+total\b(?!\s+(?!(?:of|in|for|and|or|at|by|to|as|is|was|were|are)\b)[^\W\d_])"
    r"|this\b|that\b|these\b|those\b|it\b|them\b|the\s+(?:above|same)\b)",
    re.IGNORECASE,
)
_SHADOWED = "\u201cof them\u201d or \u201cof which\u201d may name the group of the share before it"
#: After a percentage: a whole named by what it counts ("of all planted mines", "of the casualties").
_OF_THINGS = re.compile(
    r"\s+of\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+)?(?P<words>(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)"
    r"(?=\s+(?:and|or|have|has|were|was|are|is|in|on|for|to|who|which|that|with)\b|\s*[,.;:()]|$)",
    re.IGNORECASE,
)
#: Before a figure that opens a sentence as the whole: "Of the Y, ...", "out of the Y, ...".
_WHOLE_OPENER = re.compile(
    r"(?:\bout\s+of|\bof|\bsur\s+ce\s+total\s+de|\bsur|\bde\s+los|\bde\s+las|\bamong)\s+"
    r"(?:the\s+|this\s+|these\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
#: Before a part: the marker that makes the figure before it a head ("Y, including X").
_HEAD_MARKER = re.compile(
    r"\b(?:including|of\s+which|of\s+whom|among\s+them|of\s+these|of\s+this)\b", re.IGNORECASE
)
_SENTENCE_DEMONSTRATIVE = re.compile(
    r"\s*(?:of\s+(?:this|these|that|those|them)|among\s+them)\b", re.IGNORECASE
)
_STOP_WORDS = frozenset(
    [
        "and",
        "or",
        "have",
        "has",
        "were",
        "was",
        "are",
        "is",
        "in",
        "on",
        "for",
        "to",
        "who",
        "which",
        "that",
        "with",
    ]
)


@dataclass(frozen=True)
class Link:
    """A part and a whole the text links to a percentage, and the words that link them."""

    part: tuple[Item, ...]
    whole: tuple[Item, ...]
    words: str


class Linker:
    """Finds the operands a text links to each of its percentages.

    ``operands`` are the items that can be a part or a whole: a stated
    number, not a percentage, in text order; ``shares``, where the text's
    percentages and other shares ("half") start, in text order: a part is
    never read past another share.
    """

    def __init__(self, text: str, operands: list[Item], shares: list[Item] | None = None) -> None:
        self.text = text
        self.operands = operands
        self.starts = [i.mention.start for i in operands]
        self.shares = [i.mention.start for i in shares or ()]
        self.share_ends = [i.mention.end for i in shares or ()]
        self.by_sentence: dict[int, list[Item]] = {}
        self.by_head: dict[str, list[Item]] = {}  # items by what they count, for "P% of all <things>"
        self.funding: dict[int, tuple[str, tuple[str, ...]] | None] = {}  # amounts' names, read once
        self.funded: dict[str, list[tuple[Item, tuple[str, tuple[str, ...]]]]] = {}  # by dimension
        for item in operands:
            self.by_sentence.setdefault(item.mention.sentence, []).append(item)
            counted = head(item.counted)
            if counted is not None:
                self.by_head.setdefault(counted, []).append(item)

    # -- neighbours ----------------------------------------------------------------------
    def _before(self, position: int, sentence: int) -> Item | None:
        index = bisect_left(self.starts, position) - 1
        if index >= 0 and self.operands[index].mention.sentence == sentence:
            return self.operands[index]
        return None

    def _after(self, position: int, sentence: int) -> Item | None:
        index = bisect_left(self.starts, position)
        if index < len(self.operands) and self.operands[index].mention.sentence == sentence:
            return self.operands[index]
        return None

    def _shadowed(self, whole: Item, stated: Item) -> bool:
        """Whether "of them" after ``stated`` may name the group of another share rather than ``whole``:
        one stands between them ("3,200 casualties, of which 80% were civilians, half of them ..."), or
        is of ``whole`` right before it ("80% of the 3,200 casualties, half of them ...")."""
        if self._share_between(whole.mention.end, stated.mention.start):
            return True
        index = bisect_left(self.shares, whole.mention.start) - 1
        if index < 0:
            return False
        end = self.share_ends[index]
        return end <= whole.mention.start and bool(_OF_FIGURE.fullmatch(self.text, end, whole.mention.start))

    def _share_between(self, start: int, end: int) -> bool:
        """Whether another share stands between ``start`` and ``end``: "80% of the casualties, half of
        them children (900)" - the 900 are the half's part, not the 80%'s."""
        index = bisect_left(self.shares, start)
        return index < len(self.shares) and self.shares[index] < end

    def _of_pair(self, item: Item) -> Item | None:
        """For ``Y`` in "X of Y", ``X``."""
        before = self._before(item.mention.start, item.mention.sentence)
        if before is not None and _OF.fullmatch(self.text, before.mention.end, item.mention.start):
            return before
        return None

    def _quote(self, item: Item) -> str:
        return f"\u201c{item.figure.locator.quote}\u201d"

    # -- the part ------------------------------------------------------------------------
    def part(self, stated: Item) -> tuple[tuple[Item, ...], Item | None, str] | None:
        """The part linked to ``stated``, a whole linked with it ("X of Y"), and the linking words."""
        m = stated.mention
        before = self._before(m.start, m.sentence)
        return self._part(stated, before, before is not None and bool(_OF_WHICH.match(self.text, m.end)))

    def _part(
        self, stated: Item, before: Item | None, of_which: bool
    ) -> tuple[tuple[Item, ...], Item | None, str] | None:
        """:meth:`part`, with the figure right before ``stated`` in its sentence and whether "of which"
        follows it (read by :meth:`links` already)."""
        m = stated.mention
        if before is not None and not of_which:
            # a year names the part ("the $25.5 million total for 2022 (4% ..."): it is no figure between
            gap = _YEAR_IN_WORDS.sub("year", self.text[before.mention.end : m.start])
            match = _PART_BEFORE.fullmatch(gap)
            if match is not None and self._plausible(match):
                linker = " ".join(match.group("linker").split())
                x = self._of_pair(before)
                if x is not None:  # "X of the Y, es decir P%": Y is the whole
                    return (
                        (x,),
                        before,
                        f"{self._quote(x)} of {self._quote(before)}, then \u201c{linker}\u201d",
                    )
                return (
                    (before,),
                    None,
                    f"{self._quote(before)} then \u201c{linker}\u201d before the percentage",
                )
        after = self._after(m.end, m.sentence)
        if after is not None and _OF_FIGURE.fullmatch(self.text, m.end, after.mention.start):
            # "P% of the Y (X)": Y is the whole, X in parentheses the part
            inner = self._after(after.mention.end, m.sentence)
            between = self.text[after.mention.end : inner.mention.start] if inner is not None else ""
            if (
                inner is not None
                and _INNER_PART.fullmatch(between)
                and not self._share_between(after.mention.end, inner.mention.start)
            ):
                return (
                    (inner,),
                    after,
                    f"{self._quote(inner)} right after \u201cof\u201d {self._quote(after)}",
                )
        if after is not None and not self._share_between(m.end, after.mention.start):
            gap = self.text[m.end : after.mention.start]
            if _PART_AFTER_PARENTHESES.fullmatch(gap) and _OPENS_PARENTHESES.search(
                self.text, max(0, m.start - 4), m.start
            ):
                return (after,), None, f"{self._quote(after)} right after the percentage\u2019s parentheses"
            if _PART_AFTER_WITH.fullmatch(gap):
                said = " ".join(gap.split()[-1:])
                return (
                    (after,),
                    None,
                    f"{self._quote(after)} after \u201c{said}\u201d, the percentage\u2019s own amount",
                )
            if _PART_AFTER.fullmatch(gap):
                parts = self._listed(after)
                inner = parts[-1] if len(parts) == 1 else None
                nxt = self._after(after.mention.end, m.sentence)
                if (
                    inner is not None
                    and nxt is not None
                    and _OF.fullmatch(self.text, after.mention.end, nxt.mention.start)
                ):
                    return (after,), nxt, f"{self._quote(after)} of {self._quote(nxt)} after the percentage"
                words = " and ".join(self._quote(p) for p in parts)
                return tuple(parts), None, f"{words} in the words right after the percentage"
        return None

    @staticmethod
    def _plausible(match: re.Match[str]) -> bool:
        words = match.group("words").split()
        if match.group("linker") == "(":
            return len(words) <= 8
        return len(words) <= 6 and not (
            {"and", "while", "but", "whereas", "y", "et"} & {w.lower() for w in words}
        )

    def _listed(self, first: Item) -> list[Item]:
        """``first`` and the figures listed after it with "and" or a comma, up to a closing parenthesis."""
        parts = [first]
        while len(parts) < 5:
            nxt = self._after(parts[-1].mention.end, first.mention.sentence)
            if nxt is None or nxt.dimension != first.dimension:
                break
            gap = self.text[parts[-1].mention.end : nxt.mention.start]
            if ")" in gap or not re.fullmatch(r"[^\d;()]{0,40}?(?:,|\band\b)\s*", gap):
                break
            parts.append(nxt)
        return parts

    # -- the whole -----------------------------------------------------------------------
    def wholes(self, stated: Item, part: tuple[Item, ...]) -> tuple[list[Item], str]:
        """Candidate wholes for ``stated`` with ``part``, and the words that link them."""
        m = stated.mention
        after = self._after(m.end, m.sentence)
        if (
            after is not None
            and after not in part
            and _OF_FIGURE.fullmatch(self.text, m.end, after.mention.start)
        ):
            return [after], f"\u201cof\u201d {self._quote(after)} after the percentage"
        first = part[0]
        opener = self._opening_whole(first)
        if opener is not None:
            return [opener], f"{self._quote(opener)} opens the sentence as the whole"
        if _OF_THIS.match(self.text, m.end) or _SENTENCE_DEMONSTRATIVE.match(
            self.text, sentence_start(self.text, first.mention.start)
        ):
            named_head = self._head(first)
            if named_head is not None:
                if self._shadowed(named_head, stated):
                    return [], _SHADOWED
                return [
                    named_head
                ], f"{self._quote(named_head)} before \u201cincluding\u201d/\u201cof which\u201d"
            opens = min(m.start, first.mention.start)
            start = sentence_start(self.text, opens)
            if any(
                i.mention.start < opens for i in self.by_sentence.get(first.mention.sentence, [])
            ) or self._share_between(start, opens):
                # "Civilians made up 80% of the casualties, half of them children (900)": "them" may name
                # a group of its own sentence, stated by no figure of its own
                return (
                    [],
                    "the words (\u201cthem\u201d, \u201cthis\u201d) may name a group of its own sentence",
                )
            earlier = [
                i
                for i in self.by_sentence.get(first.mention.sentence - 1, [])
                if i.dimension == first.dimension and i not in part
            ]
            if earlier:
                return [
                    earlier[0]
                ], f"{self._quote(earlier[0])}, the sentence before, named by a demonstrative"
            return [], "the whole it names (\u201cthe total\u201d, \u201cthis\u201d) is not stated nearby"
        things = _OF_THINGS.match(self.text, m.end)
        if things is not None:
            words = [w for w in things.group("words").split() if w.lower() not in _STOP_WORDS]
            if words:
                named = words[-1]
                if first.dimension.startswith("money") and named.lower() in FUNDING:
                    return self._funding_whole(stated, first, part, words)
                found = [
                    i
                    for key, counted in self.by_head.items()
                    if same_kind(key, named)
                    for i in counted
                    if i not in part and i.dimension == first.dimension
                ]
                values = {i.base.point for i in found if i.base is not None}
                if len(values) == 1:
                    return [
                        found[0]
                    ], f"{self._quote(found[0])} counts the \u201c{named}\u201d the percentage is of"
                if len(values) > 1:
                    return [], f"several figures with different values count the \u201c{named}\u201d"
                return [], f"no figure of the text counts the \u201c{named}\u201d it is a share of"
        named_head = self._head(first)
        if named_head is not None:
            return [
                named_head
            ], f"{self._quote(named_head)} before \u201cincluding\u201d/\u201cof which\u201d"
        return [], "the whole is not stated"

    def _funding(self, item: Item) -> tuple[str, tuple[str, ...]] | None:
        """What the text says an amount of money is ("international support"), from its clause."""
        if item.index not in self.funding:
            self.funding[item.index] = self._read_funding(item)
        return self.funding[item.index]

    def _funded(self, dimension: str) -> list[tuple[Item, tuple[str, tuple[str, ...]]]]:
        """The amounts of ``dimension`` the text says are funding, each with what (:meth:`_funding`), in
        text order; found once for every percentage of funding."""
        if dimension not in self.funded:
            self.funded[dimension] = [
                (i, f)
                for i in self.operands
                if i.dimension == dimension and (f := self._funding(i)) is not None
            ]
        return self.funded[dimension]

    def _read_funding(self, item: Item) -> tuple[str, tuple[str, ...]] | None:
        m = item.mention
        start = sentence_start(self.text, m.start)
        before = self._before(m.start, m.sentence)
        if before is not None:
            start = max(start, before.mention.end)
        clause = self.text[start : m.start]
        cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind("("), clause.rfind(":"))
        return funding_of(clause[cut + 1 :], self.text[m.end : m.end + 80])

    def _funding_whole(
        self, stated: Item, first: Item, part: tuple[Item, ...], words: list[str]
    ) -> tuple[list[Item], str]:
        """ "P% of all international funding": the one amount the text calls international support."""
        named = funding_phrase(words)
        assert named is not None
        noun, modifiers = named
        what = " ".join((*modifiers, noun))
        topic = ""
        funded = self._funded(first.dimension)
        if not modifiers:  # "P% of all funding": the funding its paragraph is about, if it names one kind
            known = {f[1] for _, f in funded}
            kinds = _paragraph_funding(self.text, stated.mention.start, known)
            if len(kinds) == 1:
                modifiers = kinds.pop()
                topic = f" (its paragraph is about \u201c{' '.join((*modifiers, noun))}\u201d)"
            elif kinds:
                return [], f"its paragraph names several kinds of \u201c{what}\u201d"
        # "..., or 20% of all international aid for 2021": an amount said to be of another year is not it
        start = sentence_start(self.text, stated.mention.start)
        end = self.text.find(". ", stated.mention.end)
        years = years_in(self.text, start, len(self.text) if end < 0 else end)
        found = []
        for item, funding in funded:
            # the items of one audit differ in their index: "in part" is whether it is one of them
            if funding[1] != modifiers or any(p is item for p in part):
                continue  # another kind of funding (its year is read only for those of the kind)
            year = year_of(self.text, item)
            if not (years and year and year not in years):
                found.append((item, funding[0]))
        values = {i.base.point for i, _ in found if i.base is not None}
        if len(values) == 1:
            item, called = found[0]
            said = " ".join((*modifiers, called))
            called_so = f"{self._quote(item)} is the \u201c{said}\u201d"
            return [item], f"{called_so}, the \u201c{what}\u201d it is a share of{topic}"
        if len(values) > 1:
            return [], f"several amounts with different values are the \u201c{what}\u201d"
        return [], f"no amount of the text is the \u201c{what}\u201d it is a share of"

    def _opening_whole(self, part: Item) -> Item | None:
        """ "Of the Y, ... X", "out of the Y ..., X": a whole that opens the part's sentence."""
        start = sentence_start(self.text, part.mention.start)
        for item in self.by_sentence.get(part.mention.sentence, []):
            if item.mention.start >= part.mention.start:
                break
            if item.mention.start < start or item.dimension != part.dimension:
                continue
            head = self.text[max(start, item.mention.start - 40) : item.mention.start]
            if _WHOLE_OPENER.search(head) and "," in self.text[item.mention.end : part.mention.start]:
                return item
        return None

    def _head(self, part: Item) -> Item | None:
        """ "Y, including X": the figure before the marker that names ``part`` as one of its parts."""
        start = sentence_start(self.text, part.mention.start)
        window = self.text[start : part.mention.start]
        markers = list(_HEAD_MARKER.finditer(window))
        if not markers:
            return None
        at = start + markers[-1].start()
        candidates = [
            i
            for i in self.by_sentence.get(part.mention.sentence, [])
            if start <= i.mention.start and i.mention.end <= at and i.dimension == part.dimension
        ]
        return candidates[-1] if candidates else None

    # -- both ----------------------------------------------------------------------------
    def links(self, stated: Item) -> tuple[list[Link], str]:
        """The readings the text links to ``stated`` (maybe none), and why there are none."""
        m = stated.mention
        before = self._before(m.start, m.sentence)
        which = before is not None and bool(_OF_WHICH.match(self.text, m.end))  # "P% of which"
        of_which = before is not None and (
            (which or _OF_WHICH_GAP.match(self.text, before.mention.end))
            and _OF_WHICH_BEFORE.fullmatch(self.text, before.mention.end, m.start)
        )
        if before is not None and of_which:
            nxt = self._after(m.end, m.sentence)
            limit = sentence_start(self.text, m.end + 1)
            # "$4.8 billion, 10% of which came in 2020 with 31 donors giving $482.5 million": figures of
            # another dimension in between are passed over; the first of the whole's dimension is the part
            while (
                nxt is not None
                and nxt.dimension != before.dimension
                and sentence_start(self.text, nxt.mention.start) == limit
            ):
                nxt = self._after(nxt.mention.end, m.sentence)
            if (
                nxt is None
                or nxt.dimension != before.dimension
                or sentence_start(self.text, nxt.mention.start) != limit
                or self._share_between(m.end, nxt.mention.start)
            ):
                return (
                    [],
                    f"the whole {self._quote(before)} is linked (\u201cof which\u201d),"
                    " but no part is stated",
                )
            if not compatible(nxt.counted, before.counted):
                return [], f"the whole {self._quote(before)} is linked, but no part of its kind is stated"
            if self._shadowed(before, stated):
                return [], _SHADOWED
            later = f"part {self._quote(nxt)} later in the clause"
            words = f"{self._quote(before)} then \u201cof which\u201d; {later}"
            return [Link((nxt,), (before,), words)], ""
        found = self._part(stated, before, which)
        if found is None:
            return [], "no part is stated with it"
        part, whole, words = found
        if whole is not None:
            wholes, how = [whole], words
        else:
            wholes, how = self.wholes(stated, part)
            how = f"part {words}; whole {how}"
        if not wholes:
            return [], f"part {words}, but {how.split('; whole ')[-1]}"
        links = []
        for w in wholes:
            kept = tuple(p for p in part if p.dimension == w.dimension and compatible(p.counted, w.counted))
            if kept and w.base is not None and w.base.low.numerator > 0:  # > 0 (a Fraction compared slowly)
                links.append(Link(kept, (w,), how))
        if not links:
            return [], f"part {words}, but no linked whole of its dimension and kind"
        return links, ""


def _paragraph_funding(text: str, end: int, known: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The kinds of funding the paragraph names before ``end`` (:func:`~._entities.funding_kinds`).

    Examples
    --------
    >>> text = "International support grew. Most of the funding went to clearance (62% of all funding)."
    >>> _paragraph_funding(text, text.index("62%"), {("international",), ("international", "national")})
    {('international',)}
    """
    start = max(text.rfind("\n", 0, end) + 1, end - 2000)
    return funding_kinds(_WORD.findall(text, start, end), known)


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


#: A sentence that opens on the whole its percentages break down: "Of the total area, ...".
_TOTAL_OPENER = re.compile(
    r"\b(?:Of|Out\s+of|Among|Sur|De|Del|Dos|Von)\s+(?:the\s+|this\s+|l[ae]s?\s+|l[’']|ce\s+|el\s+|este\s+|esta\s+|o\s+|a\s+)?"
    r"(?:total|whole|ensemble|conjunto)\b[^\d%;,.]{0,40},",
)
#: Words that say a list gives some of a whole's parts only.
_PARTIAL = re.compile(
    r"\b(?:including|include|includes|such\s+as|notably|mainly|mostly|chiefly|largest|main|among|"
    r"dont|notamment|principalement|incluant|incluido|incluidos|entre\s+ell[oa]s|principalmente|sobre\s+todo"
    r"|incluindo|darunter|vor\s+allem)\b",
    re.IGNORECASE,
)
#: Between two listed percentages: the next one's category ("26%, agricultural land 26%").
_LIST_GAP = re.compile(r"[^\d%;.]{0,60}")
_AND_WORD = re.compile(r"\b(?:and|et|y|e|und)\b", re.IGNORECASE)
_AND = re.compile(rf"^\W*{_AND_WORD.pattern}", re.IGNORECASE)
#: Words that end a category's name ("woodland makes up 62%"): verbs and linking words.
_CATEGORY_END = frozenset(
    [
        *(
            "accounts",
            "account",
            "accounted",
            "for",
            "makes",
            "make",
            "made",
            "up",
            "represents",
            "represent",
        ),
        *("represented", "is", "are", "was", "were", "with", "at", "constitutes", "comprises", "covers"),
        *("représente", "représentent", "est", "sont", "représentaient", "representa", "representan"),
        *("es", "son", "eran", "era", "são", "é", "sind", "ist", "macht", "machen"),
    ]
)
_CATEGORY_SKIP = frozenset(
    ["and", "et", "y", "e", "und", "the", "le", "la", "les", "el", "los", "las", "o", "os"]
)


@dataclass(frozen=True)
class Breakdown:
    """Percentages that break one whole down into categories, and the words that say so."""

    shares: tuple[Item, ...]
    words: str


def _category(gap: str) -> str | None:
    """The name of a listed category from the words before (or after) its percentage."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", gap)]
    while words and words[0] in _CATEGORY_SKIP:
        words.pop(0)
    for k, word in enumerate(words):
        if word in _CATEGORY_END:
            words = words[:k]
            break
    return " ".join(words) or None


def _opened(text: str, here: list[Item], shares: list[Item], start: int) -> Breakdown | None:
    """ "Of the total area, woodland makes up 55%, farmland 35% and scrub 10%"."""
    openers = list(_TOTAL_OPENER.finditer(text, start, shares[0].mention.start))
    if not openers:
        return None
    opener = openers[-1]
    listed = [i for i in here if i.mention.start >= opener.end()]
    if len(listed) < 2 or any(i not in shares for i in listed):
        return None  # another number in the list: not a plain breakdown
    gaps = [text[opener.end() : listed[0].mention.start]]
    gaps += [text[a.mention.end : b.mention.start] for a, b in pairwise(listed)]
    if not all(_LIST_GAP.fullmatch(g) for g in gaps) or not _AND.match(gaps[-1]):
        return None
    if _PARTIAL.search(text, opener.start(), listed[-1].mention.end):
        return None  # "the largest shares are ...", "including ...": some of the whole, not all of it
    names = [_category(g) for g in gaps]
    heads = [head(n) for n in names]
    if None in heads or len(set(heads)) < len(heads):
        return None
    if any(compatible(a, b) for a in names for b in names if a is not b):
        return None  # a category may lie within another: shares that overlap need not add up
    said = " ".join(text[opener.start() : opener.end()].split())
    quoted = ", ".join(
        f"\u201c{n} {i.figure.locator.quote}\u201d" for n, i in zip(names, listed, strict=True)
    )
    return Breakdown(tuple(listed), f"\u201c{said}\u201d opens the sentence, then {quoted}")


#: Right before the last percentage of a sentence: it is the rest of the whole the ones before it share.
_THE_REST = re.compile(
    r"\b(?:the\s+(?:remaining|other|rest\s+of\s+the)|le\s+reste\s+(?:de|des)|les\s+autres|l[oa]s?\s+restantes?"
    r"|el\s+resto\s+de|el\s+restante|os?\s+restantes?|as\s+restantes|a\s+restante|o\s+resto\s+d[eo]s?"
    r"|die\s+restlichen|den\s+restlichen|остальн\w+|оставш\w+)\s*$",
    re.IGNORECASE,
)


#: Right after it, in the languages that put the word after: "el 30% restante", "les 30 % restants".
_REST_AFTER = re.compile(r"\s*(?:restantes?|restant(?:e|s|es)?)\b", re.IGNORECASE)


def _remaining(text: str, here: list[Item], shares: list[Item]) -> Breakdown | None:
    """ "International funds made up 68% of the total, and national funds the remaining 32%": the last
    percentage is said to be the rest of the whole; two or three in the sentence, no other number among
    them, must then add up to 100 per cent."""
    if len(shares) > 3:
        return None
    at = here.index(shares[0])
    if here[at : at + len(shares)] != shares:
        return None  # another number among the percentages
    last = shares[-1]
    rest = _THE_REST.search(
        text, max(shares[-2].mention.end, last.mention.start - 40), last.mention.start
    ) or _REST_AFTER.match(text, last.mention.end)
    if rest is None:
        return None
    said = " ".join(rest.group().split())
    quoted = ", ".join(f"\u201c{i.figure.locator.quote}\u201d" for i in shares[:-1])
    return Breakdown(
        tuple(shares), f"{quoted}, then \u201c{last.figure.locator.quote}\u201d, \u201c{said}\u201d"
    )


_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bet\b|\by\b|\be\b|\bund\b|\bor\b|\bou\b|\bo\b)\s*", re.IGNORECASE)


#: A side named as the whole of its percentage ("38% of civilians", "40 % des militaires").
_OF_SIDE = re.compile(
    r"^\W*(?:of|de|des|du|del|da|do|dos|das|d[’'])\s*(?:(?:the|all|les|la|los|las|os|as)\s+)?"
    rf"(?:{'|'.join(sorted({w for sides in SHARE_PARTITIONS for side in sides for w in side}))})\b",
    re.IGNORECASE,
)


def _sided(text: str, here: list[Item], shares: list[Item], start: int) -> Breakdown | None:
    """ "38% were civilians and 62% military", "killed 40% and injured 60%": every side of one partition."""
    at = here.index(shares[0])
    listed = here[at : at + len(shares)]
    if listed != shares:
        return None  # another number among the percentages
    gaps = [text[a.mention.end : b.mention.start] for a, b in pairwise(listed)]
    if not all(_LIST_GAP.fullmatch(g) for g in gaps) or not _AND_WORD.search(gaps[-1]):
        return None
    following = here[at + len(shares)].mention.start if at + len(shares) < len(here) else len(text)
    tail = re.split(
        r"[.;:,()\d\n]", text[listed[-1].mention.end : min(following, listed[-1].mention.end + 60)]
    )[0]
    head_gap = re.split(r"[.;:()\d\n]", text[start : listed[0].mention.start])[-1]
    after = [_SPLIT.split(g.strip())[0] for g in gaps] + [tail]
    before = [_SPLIT.split(head_gap.strip())[-1]] + [_SPLIT.split(g.strip())[-1] for g in gaps]
    for names, words_first in ((after, False), (before, True)):
        if not words_first and any(_OF_SIDE.search(n) for n in names):
            continue  # "38% of civilians and 62% of soldiers": shares of two wholes, not of one
        sides = [side_of(re.findall(r"[^\W\d_]+", n)) for n in names]
        known = [side for side in sides if side is not None]
        if len(known) < len(sides) or len({p for p, _ in known}) != 1:
            continue
        partition = known[0][0]
        if sorted(k for _, k in known) != list(range(len(SHARE_PARTITIONS[partition]))):
            continue  # a side missing, or named twice: not the whole
        quoted = ", ".join(
            f"\u201c{n.strip()} {i.figure.locator.quote}\u201d"
            if words_first
            else f"\u201c{i.figure.locator.quote} {n.strip()}\u201d"
            for n, i in zip(names, listed, strict=True)
        )
        return Breakdown(tuple(listed), f"{quoted}: every side of one whole")
    return None


def breakdowns(text: str, items: list[Item]) -> list[Breakdown]:
    """Percentages a sentence lists as the parts of one whole: shares that must add up to 100 per cent.

    The evidence that a list breaks one whole down, with nothing left out:

    - the sentence opens on that whole ("Of the total area, woodland makes
      up 60%, farmland 30% and scrub 10%"), each percentage names its own
      category, the last after "and", with no other number in between, and
      the categories are apart (no category among another: "civilians" and
      "children" may overlap, so a list of them is not a breakdown);
    - or the percentages, listed with "and", name every side of one
      partition of :data:`~minestats._audit._entities.SHARE_PARTITIONS`, each
      once ("38% were civilians and 62% military"; "killed 40% and injured
      60%"; "30% cancelled, 50% reduced and 20% cleared").

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Of the total area, woodland makes up 55%, farmland 35%, and scrub 10%."
    >>> [[i.figure.stated for i in b.shares] for b in breakdowns(text, items(text, extract(text), {}))]
    [['55', '35', '10']]
    """
    found: list[Breakdown] = []
    ends = sorted(i.mention.end for i in items)
    by_sentence: dict[int, list[Item]] = {}
    for item in items:
        by_sentence.setdefault(item.mention.sentence, []).append(item)
    for here in by_sentence.values():
        shares = [i for i in here if i.figure.unit == "percent" and i.base is not None]
        if len(shares) < 2:
            continue
        first = shares[0]
        start = max(0, first.mention.start - 200)
        before = bisect_left(ends, first.mention.start + 1) - 1  # the last figure ending before it
        if before >= 0:
            start = max(start, ends[before])
        breakdown = (
            _opened(text, here, shares, start)
            or _sided(text, here, shares, start)
            or _remaining(text, here, shares)
        )
        if breakdown is not None:
            found.append(breakdown)
    return found


def breakdown_claim(breakdown: Breakdown, claim_id: str) -> Claim:
    """The claim that the percentages of ``breakdown``, shares of one whole, add up to 100 per cent."""
    stated = [i.figure.stated for i in breakdown.shares]
    return Claim(
        id=claim_id,
        kind=ClaimKind.PARTITION,
        label=f"{', '.join(stated[:-1])} and {stated[-1]} per cent of one whole add up to 100",
        readings=(
            Reading(
                id="one_whole",
                part=tuple(i.figure.id for i in breakdown.shares),
                note=f"Linked by minestats.audit: {breakdown.words}.",
            ),
        ),
        locator=breakdown.shares[0].figure.locator,
    )
