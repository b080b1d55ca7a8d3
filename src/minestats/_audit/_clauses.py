"""What the readers of totals share: sentences, the words a figure names, and the text's figures.

:func:`sentence_start` finds where a sentence or clause starts (a total can
open a clause after a semicolon); :func:`words_of` gives what a part names;
:class:`Reader` holds the text (footnote markers and stray years masked) and
its figures by sentence, for the readers of one sentence (:mod:`._totals`)
and of several (:mod:`._across`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from .._vocab import ClaimKind, Direction, direction_of
from ._entities import PARTITIONS
from ._figures import Item

__all__ = ["Reader", "Total", "lowered", "sentence_start", "words_of"]

_MAX_PARTS = 12

#: After a figure that starts its own breakdown ("40 people, including ...", "1.310 víctimas, de los cuales").
_HEAD = re.compile(
    r"[^\d;()]{0,40}?,?\s*\b(?:including|of\s+whom|of\s+which|dont|davon|darunter|в\s+том\s+числе"
    r"|de\s+l[oa]s\s+cuales|dos\s+quais|das\s+quais)\b",
    re.IGNORECASE,
)

#: Footnote markers ("[4]") and years ("in 2010"): digits in a gap that are not figures.
_NOT_FIGURES = re.compile(r"\[\d{1,3}\]|(?<!\d)(?<!\d[.,])(?:19|20)\d\d(?!\d|[.,]\d)")

_WORDS = re.compile(r"[A-Za-zÀ-ÿ-]+")


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


def words_of(text: str, item: Item) -> list[str]:
    """What a part names: its entity and the three words after it ("people", "died", "and")."""
    entity = [w.lower() for w in _WORDS.findall(item.counted)] if item.counted else []
    after = text[item.mention.end : item.mention.end + 30]
    after = re.split(r"\d", after, maxsplit=1)[0]  # not the words of the next figure
    return entity + [w.lower() for w in _WORDS.findall(after)[:3]]


def _exhaustive(text: str, parts: tuple[Item, ...]) -> bool:
    """Whether each part names a side of one exhaustive partition, two sides or more in all."""
    named = [words_of(text, p) for p in parts]
    for sides in PARTITIONS:
        hits = [{k for k, side in enumerate(sides) if any(w in side for w in words)} for words in named]
        if all(hits) and len(set().union(*hits)) >= 2:
            return True
    return False


def casualty_parts(text: str, parts: tuple[Item, ...]) -> bool:
    """Whether a part says by its own words that it counts people killed or injured ("17,867 were
    killed"): their whole counts people too, never countries or areas."""
    for part in parts:
        after = re.split(r"\d", text[part.mention.end : part.mention.end + 30], maxsplit=1)[0]
        if any(w.lower() in side for w in _WORDS.findall(after)[:3] for side in PARTITIONS[0]):
            return True
    return False


def _side(text: str, item: Item) -> bool:
    """Whether ``item`` names a side of a partition itself ("28.93 km² was canceled"): a part, not a total."""
    words = words_of(text, item)
    return any(w in side for sides in PARTITIONS for side in sides for w in words)


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
    """``text`` with footnote markers and years that are not figures blanked out, offsets kept."""
    spans = sorted((i.mention.start, i.mention.end) for i in items)
    starts = [a for a, _ in spans]

    def blank(match: re.Match[str]) -> str:
        start, end = match.span()
        k = bisect_left(starts, end) - 1  # the last figure starting before the match ends
        if k >= 0 and spans[k][1] > start:
            return match.group()  # part of a figure ("2,019 mines")
        return " " * len(match.group()) if match.group().startswith("[") else "Y" * len(match.group())

    return _NOT_FIGURES.sub(blank, text)


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
        self.known = [i for i in items if i.base is not None and i.dimension not in ("ratio",)]
        self.starts = [i.mention.start for i in self.known]
        self.by_sentence: dict[int, list[Item]] = {}
        for item in self.known:
            self.by_sentence.setdefault(item.mention.sentence, []).append(item)

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
        after = self.text[item.mention.end : item.mention.end + 60]
        return bool(_HEAD.match(after))
