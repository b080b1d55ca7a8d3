"""What the readers of totals share: sentences, the words a figure names, and the text's figures.

:func:`sentence_start` finds where a sentence or clause starts (a total can
open a clause after a semicolon); :func:`words_of` gives what a part names;
:class:`Reader` holds the text (footnote markers and stray years masked) and
its figures by sentence, for the readers of one sentence (:mod:`._totals`)
and of several (:mod:`._across`).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from .._vocab import ClaimKind, Direction, direction_of
from ._entities import PARTITIONS
from ._figures import Item

__all__ = ["Reader", "Stops", "Total", "lowered", "sentence_start", "within", "word_matches", "words_of"]

_MAX_PARTS = 12

#: After a figure that starts its own breakdown ("40 people, including ...", "1.310 víctimas, de los cuales").
_HEAD = re.compile(
    r"[^\d;()]{0,40}?,?\s*\b(?:including|of\s+whom|of\s+which|dont|davon|darunter|в\s+том\s+числе"
    r"|de\s+l[oa]s\s+cuales|dos\s+quais|das\s+quais)\b",
    re.IGNORECASE,
)

#: Footnote markers ("[4]") and years ("in 2010"): digits in a gap that are not figures (a year only
#: where no digit stands next to it, tested by :func:`_masked`).
_NOT_FIGURES = re.compile(r"\[\d{1,3}\]|(?:19|20)\d\d")

_WORDS = re.compile(r"[A-Za-zÀ-ÿ-]+")

#: Letters that a pattern ignoring case matches to a Latin or Cyrillic letter of another lower case: the
#: dotted and dotless i, the long s, the old forms of Cyrillic letters (``re._casefix``).
_ODD_CASES = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")


def sentence_start(text: str, position: int) -> int:
    """Where the sentence or clause holding ``position`` starts (looking back at most 400 characters).

    A sentence ends at ". ", ".\\n", a blank line or "; ".

    Examples
    --------
    >>> text = "There were 480 casualties; of these, 120 were children."
    >>> text[sentence_start(text, text.index("120")) :]
    'of these, 120 were children.'
    """
    window = max(0, position - 400)
    segment = text[window:position]
    best = max(segment.rfind(". "), segment.rfind(".\n"), segment.rfind("\n\n"), segment.rfind("; "))
    return window + best + 2 if best >= 0 else window


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence holding ``position`` ends (a ". " at most 400 characters on), or -1."""
    return text.find(". ", position, position + 400)


#: Where a sentence or clause ends: ". ", ".\n", a blank line, "; ".
_STOPS = (". ", ".\n", "\n\n", "; ")


class Stops:
    """Where the sentences and clauses of one text end, found once and then bisected.

    :meth:`start` is :func:`sentence_start` and :meth:`end` is
    ``_sentence_end``, for a reader that asks them of the same text for many
    figures (each asked again scanned up to 400 characters).

    Examples
    --------
    >>> text = "There were 480 casualties; of these, 120 were children. Most were boys."
    >>> stops = Stops(text)
    >>> text[stops.start(text.index("120")) :]
    'of these, 120 were children. Most were boys.'
    >>> text[: stops.end(text.index("120"))]
    'There were 480 casualties; of these, 120 were children'
    """

    __slots__ = ("_all", "_stops", "_text")

    _stops: array[int]

    def __init__(self, text: str, among: Stops | None = None) -> None:
        """The stops of ``text``; ``among``: those of a text that has each of them and maybe more (the
        same text with characters blanked out), shared and tested against ``text`` where asked."""
        self._text = text
        self._all = among is None  # whether every offset kept is a stop of ``text``
        if among is not None:
            self._stops = among._stops
            return
        stops: list[int] = []
        for stop in _STOPS:  # each found with str.find (overlapping runs too: "\n\n\n" ends twice)
            at = text.find(stop)
            while at >= 0:
                stops.append(at)
                at = text.find(stop, at + 1)
        stops.sort()
        # an array of machine integers: a list holds an object per offset (the readers run at the
        # audit's peak of memory on dense text)
        self._stops = array("q", stops)

    def start(self, position: int) -> int:
        """Where the sentence or clause holding ``position`` starts, as :func:`sentence_start` finds it."""
        stops = self._stops
        k = bisect_right(stops, position - 2) - 1
        while k >= 0 and stops[k] >= position - 400:
            if self._all or self._text[stops[k] : stops[k] + 2] in _STOPS:
                return stops[k] + 2
            k -= 1
        return max(0, position - 400)

    def end(self, position: int) -> int:
        """Where the sentence holding ``position`` ends, as ``_sentence_end`` finds it (-1: no ". " near)."""
        stops = self._stops
        k = bisect_left(stops, position)
        while k < len(stops) and stops[k] + 2 <= position + 400:
            if self._text.startswith(". ", stops[k]):
                return stops[k]
            k += 1
        return -1


@dataclass(frozen=True)
class Total:
    """A total, its parts, the kind of claim they make and the words that link them."""

    total: Item
    parts: tuple[Item, ...]
    kind: ClaimKind
    words: str
    conversion: bool = False


def _quote(item: Item) -> str:
    return f"\u201c{item.figure.locator.quote}\u201d"


_DIGIT = re.compile(r"\d")


def words_of(text: str, item: Item) -> list[str]:
    """What a part names: its entity and the three words after it ("people", "died", "and")."""
    entity = [w.lower() for w in _WORDS.findall(item.counted)] if item.counted else []
    end = item.mention.end
    digit = _DIGIT.search(text, end, end + 30)  # not the words of the next figure
    after = [
        w.lower() for w in _WORDS.findall(text[end : digit.start() if digit is not None else end + 30])[:3]
    ]
    if "lives" in after and _LOST & set(after):
        after.append("killed")  # "65 losing their lives", "57 of them lost their lives"
    return entity + after


#: With "lives" after a figure, the words that make it the killed.
_LOST = frozenset(["lost", "losing", "lose", "loses"])


def _sides_of() -> dict[str, tuple[tuple[int, int], ...]]:
    """For each word of a side of :data:`PARTITIONS`: the partitions and sides it names."""
    sides_of: dict[str, tuple[tuple[int, int], ...]] = {}
    for p, sides in enumerate(PARTITIONS):
        for k, words in enumerate(sides):
            for word in words:
                sides_of[word] = (*sides_of.get(word, ()), (p, k))
    return sides_of


_SIDES_OF = _sides_of()


def _named_sides(words: list[str]) -> list[set[int]]:
    """The sides of each partition of :data:`PARTITIONS` that ``words`` name (do not change the list)."""
    found = [side for word in words for side in _SIDES_OF.get(word, ())]
    if not found:
        return _NO_SIDES  # most figures: one shared list, not a list of sets each
    named: list[set[int]] = [set() for _ in PARTITIONS]
    for p, k in found:
        named[p].add(k)
    return named


#: What :func:`_named_sides` gives for words that name no side, shared.
_NO_SIDES: list[set[int]] = [set() for _ in PARTITIONS]

#: The bit of each side of each partition of :data:`PARTITIONS` in a figure's mask of the sides it
#: names (:meth:`Reader.named`), and the mask of each partition's sides; the high bit says "read".
_OFFSETS = tuple(sum(len(s) for s in PARTITIONS[:p]) for p in range(len(PARTITIONS)))
_SIDE_BITS: dict[str, int] = {
    word: sum(1 << (_OFFSETS[p] + k) for p, k in sides) for word, sides in _SIDES_OF.items()
}
_PARTITION_MASKS = tuple(((1 << len(sides)) - 1) << _OFFSETS[p] for p, sides in enumerate(PARTITIONS))
_READ = 0x80
assert sum(len(sides) for sides in PARTITIONS) < 8  # the masks fit a byte with the "read" bit


def _union(masks: list[int]) -> int:
    union = 0
    for mask in masks:
        union |= mask
    return union


def _covers(named: list[list[set[int]]]) -> bool:
    """Whether, in one partition, each part (its sides as :func:`_named_sides` gives) names a side, two
    sides or more in all."""
    for p in range(len(PARTITIONS)):
        hits = [sides[p] for sides in named]
        if all(hits) and len(set().union(*hits)) >= 2:
            return True
    return False


def opposed(a: list[set[int]], b: list[set[int]]) -> bool:
    """Whether two figures (their sides as :func:`_named_sides` gives) name different sides of one
    partition: "529 people were injured" is not among "251 people (who) died"."""
    return any(x and y and not x & y for x, y in zip(a, b, strict=True))


def casualty_parts(text: str, parts: tuple[Item, ...]) -> bool:
    """Whether a part says by its own words that it counts people killed or injured ("17,867 were
    killed"): their whole counts people too, never countries or areas."""
    for part in parts:
        after = re.split(r"\d", text[part.mention.end : part.mention.end + 30], maxsplit=1)[0]
        if any(w.lower() in side for w in _WORDS.findall(after)[:3] for side in PARTITIONS[0]):
            return True
    return False


def _exhaustive(text: str, parts: tuple[Item, ...]) -> bool:
    """Whether each part names a side of one exhaustive partition, two sides or more in all."""
    return _covers([_named_sides(words_of(text, p)) for p in parts])


def _side(text: str, item: Item) -> bool:
    """Whether ``item`` names a side of a partition itself ("28.93 km² was canceled"): a part, not a total."""
    return any(w in _SIDES_OF for w in words_of(text, item))


def _bounded(parts: tuple[Item, ...]) -> bool:
    """Whether a part is stated as a bound ("at least 3,059"): its sum is then no exact total."""
    bounds = (Direction.LOWER_BOUND, Direction.UPPER_BOUND)
    return any(direction_of(p.figure.qualifier) in bounds for p in parts)


_LOWER_CHUNK = 1 << 16


def lowered(text: str) -> str:
    """``text.lower()``, a line-ending chunk of about 64 K characters at a time.

    CPython lower-cases a text that is not ASCII through a buffer of three
    4-byte characters per character; in chunks, that buffer stays small, and
    the lines keep each word (and its final sigma) whole.

    Examples
    --------
    >>> lowered("Déminage À FAIRE")
    'déminage à faire'
    """
    if text.isascii() or len(text) <= _LOWER_CHUNK:
        return text.lower()
    pieces = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + _LOWER_CHUNK)
        end = len(text) if end < 0 else end + 1
        pieces.append(text[start:end].lower())
        start = end
    return "".join(pieces)


def _masked(text: str, items: list[Item]) -> str:
    """``text`` with footnote markers and years that are not figures blanked out, offsets kept.

    The candidates are found by a pattern with no look-behind (which made
    the regular expression engine try it at every character) and then
    tested around: a year stands alone, not within a number ("12019",
    "3.2019"); the figures' spans are sorted only when a candidate needs them.
    """
    spans: list[tuple[int, int]] = []
    starts: list[int] = []
    pieces: list[str] = []
    at = 0
    size = len(text)
    for match in _NOT_FIGURES.finditer(text):
        start, end = match.span()
        if text[start] == "[":
            blank = " " * (end - start)
        elif (start and _digit_before(text, start)) or (end < size and _digit_after(text, end)):
            continue
        else:
            blank = "Y" * (end - start)
        if not spans and items:
            spans = sorted((i.mention.start, i.mention.end) for i in items)
            starts = [a for a, _ in spans]
        k = bisect_left(starts, end) - 1  # the last figure starting before the match ends
        if k >= 0 and spans[k][1] > start:
            continue  # part of a figure ("2,019 mines")
        pieces.append(text[at:start])
        pieces.append(blank)
        at = end
    if not pieces:
        return text
    pieces.append(text[at:])
    return "".join(pieces)


def _digit_before(text: str, start: int) -> bool:
    """Whether a digit, or a digit and a separator, stands just before ``start`` (``start`` > 0)."""
    before = text[start - 1]
    return before.isdecimal() or (before in ".," and start > 1 and text[start - 2].isdecimal())


def _digit_after(text: str, end: int) -> bool:
    """Whether a digit, or a separator and a digit, stands at ``end`` (``end`` < ``len(text)``)."""
    after = text[end]
    return after.isdecimal() or (after in ".," and end + 1 < len(text) and text[end + 1].isdecimal())


def word_matches(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern each of whose matches starts with one of ``words`` and
    holds no other match: tried only where a word stands (found with ``str.find``), not at every
    character (as a pattern that starts with ``\\b`` is).

    Examples
    --------
    >>> pattern = re.compile(r"\\b(?:rise|fall)\\s+(?:from|to)\\b")
    >>> text = "a rise from 3; a fall to 2; rainfall to 1"
    >>> [m.group() for m in word_matches(pattern, text, ("rise", "fall"))]
    ['rise from', 'fall to']
    """
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    matches = []
    end = 0
    for at in sorted(found):
        match = pattern.match(text, at) if at >= end else None
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


def within(positions: list[int], start: int, end: int) -> bool:
    """Whether one of ``positions`` (sorted) is in ``range(start, end)``.

    Examples
    --------
    >>> within([4, 30], 10, 31), within([4, 30], 5, 30)
    (True, False)
    """
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


class Reader:
    """A text and its figures with a number (not ratios), in order and by sentence."""

    def __init__(self, text: str, items: list[Item]) -> None:
        self.source = text
        self.text = _masked(text, items)
        # for the readers' cheap tests of where a word is: offsets kept ("İ" lower-cases to two characters)
        self.lowered = lowered(self.text)
        if len(self.lowered) != len(self.text):
            # "İ" is the one character that does: kept as it is, each run between lower-cased
            self.lowered = "\u0130".join(lowered(run) for run in self.text.split("\u0130"))
        self._plain_case: bool | None = None
        # where its sentences and clauses start and end, for the many figures each reader asks about
        self.stops = Stops(self.text)
        self._source_stops: Stops | None = None
        self.known = [i for i in items if i.base is not None and i.dimension not in ("ratio",)]
        self.starts = [i.mention.start for i in self.known]
        self.by_sentence: dict[int, list[Item]] = {}
        for item in self.known:
            self.by_sentence.setdefault(item.mention.sentence, []).append(item)
        # what each figure's words say, read once for the many readers that ask: a byte per figure, by
        # its index (0: not read yet), not a record of its words (the audit's peak of memory on dense
        # text is while the readers run)
        size = max((i.index for i in items), default=-1) + 1
        self._heads = bytearray(size)  # 1: heads no breakdown, 2: heads one
        self._named = bytearray(size)  # _READ and the bits of the sides its words name
        self._years: dict[int, str | None] = {}  # the year each figure is given for (``Across._year``)

    @property
    def source_stops(self) -> Stops:
        """The sentences of the text as it is (a footnote marker blanked out may end one in ``text``;
        each stop of the text as it is is one of ``text``'s: blanking ends sentences, never joins them)."""
        if self._source_stops is None:
            self._source_stops = Stops(self.source, among=self.stops)
        return self._source_stops

    @property
    def plain_case(self) -> bool:
        """Whether a pattern ignoring case finds what its lower case finds in the lowered text: the text
        has no letter that a pattern's letter matches in another case but that lower-cases to another
        letter (:data:`_ODD_CASES`)."""
        if self._plain_case is None:
            self._plain_case = _ODD_CASES.search(self.text) is None
        return self._plain_case

    def cues(self, *words: str) -> list[int] | None:
        """:meth:`occurrences` of ``words``, where a reader may look for a pattern that ignores case
        and holds one of them; ``None`` (look everywhere) when the text is not :attr:`plain_case`."""
        return self.occurrences(*words) if self.plain_case else None

    def has(self, *words: str) -> bool:
        """Whether any of ``words`` (lower-case) is in the text, as a word or within one."""
        return any(word in self.lowered for word in words)

    def occurrences(self, *words: str) -> list[int]:
        """Where any of ``words`` (lower-case) starts in the text, in order (found with ``str.find``: a
        reader then tests its pattern at these places only, not over the whole text)."""
        found: set[int] = set()
        for word in words:
            at = self.lowered.find(word)
            while at >= 0:
                found.add(at)
                at = self.lowered.find(word, at + 1)
        return sorted(found)

    def following(self, position: int) -> Iterator[Item]:
        return (self.known[j] for j in range(position + 1, len(self.known)))

    def split(self, item: Item) -> bool:
        """Whether ``item`` may be the tail of a number read in pieces ("544 million 786 thousand 682")."""
        before = self.text[max(0, item.mention.start - 10) : item.mention.start]
        return bool(re.search(r"(?:\d|thousand|million|billion)\s*$", before, re.IGNORECASE))

    def is_head(self, item: Item) -> bool:
        """Whether ``item`` starts its own breakdown ("40 people, including ...")."""
        head = self._heads[item.index]
        if not head:
            after = self.text[item.mention.end : item.mention.end + 60]
            head = self._heads[item.index] = 2 if _HEAD.match(after) else 1
        return head == 2

    def words(self, item: Item) -> list[str]:
        """:func:`words_of` ``item`` in the text."""
        return words_of(self.text, item)

    def named(self, item: Item) -> int:
        """The bits (:data:`_SIDE_BITS`) of the sides of partitions that ``item``'s words name, read once."""
        named = self._named[item.index]
        if not named:
            named = _READ
            for word in words_of(self.text, item):
                named |= _SIDE_BITS.get(word, 0)
            self._named[item.index] = named
        return named & ~_READ

    def side(self, item: Item) -> bool:
        """:func:`_side`: whether ``item`` names a side of a partition itself."""
        return self.named(item) != 0

    def names_side_of(self, item: Item, partition: int) -> bool:
        """Whether ``item`` names a side of ``PARTITIONS[partition]``."""
        return self.named(item) & _PARTITION_MASKS[partition] != 0

    def sides(self, item: Item) -> list[set[int]]:
        """:func:`_named_sides` of ``item``'s words, from the bits read once (do not change the list)."""
        named = self.named(item)
        if not named:
            return _NO_SIDES
        return [
            {k for k in range(len(sides)) if named >> (_OFFSETS[p] + k) & 1}
            for p, sides in enumerate(PARTITIONS)
        ]

    def exhaustive(self, parts: tuple[Item, ...]) -> bool:
        """:func:`_exhaustive`: whether ``parts`` name the sides of one exhaustive partition."""
        named = [self.named(part) for part in parts]
        for mask in _PARTITION_MASKS:
            hits = [bits & mask for bits in named]
            if all(hits) and bin(_union(hits)).count("1") >= 2:  # each names a side, two sides in all
                return True
        return False
