"""Totals and their parts: "382, of whom 70 ... and 312", "Of the N ..., A ... and B ...".

Which figures are totals and which are their parts is read from the words
between them and from the start of their sentence. The start of a sentence is
found here (:func:`sentence_start`), not taken from the extractor: a total can
open a clause after a semicolon ("...; of these, 70 ... and 312 ...") or
follow a full stop before a lower-case word, where the extractor's sentences
(which end only before a capital, and skip abbreviations) go on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .._models import Claim
from .._vocab import ClaimKind
from ._claims import MAX_MATCHES, total_claim
from ._figures import Item

__all__ = ["sentence_start", "totals"]

_TOTAL_MARKERS = re.compile(r"\b(?:of whom|of which|of them|of these|among them|among whom|including)\b")
_SENTENCE_TOTAL = re.compile(r"\s*(?:of this|of these|of which|of them|of that|of the)\b\s*", re.IGNORECASE)
_SUBSET_WORDS = ("including", "among them", "among whom")


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


def _after(known: list[Item], position: int) -> Iterator[Item]:
    return (known[j] for j in range(position + 1, len(known)))


def totals(text: str, items: list[Item]) -> list[Claim]:
    """Sum and subset claims: "382, of whom 70 ... and 312", "including ...", "Of this, A ... and B".

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "There were 35 casualties, including 20 children and 10 women."
    >>> [(c.id, c.kind.value) for c in totals(text, items(text, extract(text), {}))]
    [('within_casualties_35', 'subset')]
    """
    claims: list[Claim] = []
    known = [i for i in items if i.base is not None and i.dimension in ("count", "area")]
    by_sentence: dict[int, list[Item]] = {}
    for item in known:
        by_sentence.setdefault(item.mention.sentence, []).append(item)
    for position, total in enumerate(known):
        if position + 1 == len(known) or known[position + 1].mention.sentence != total.mention.sentence:
            continue
        first = known[position + 1]
        gap = text[total.mention.end : first.mention.start].lower()
        marker = _TOTAL_MARKERS.search(gap)
        head = text[sentence_start(text, total.mention.start) : total.mention.start]
        opens = _SENTENCE_TOTAL.fullmatch(head.split(",")[0]) if "," not in head else None
        if marker is None and not (opens is not None and "," in gap):
            continue  # neither "382, of whom ..." nor "Of the 5,210 victims, 4,001 ..."
        parts = _parts(text, total, _after(known, position))
        if not parts:
            continue
        word = marker.group() if marker else "of the"
        subset = word in _SUBSET_WORDS or len(parts) == 1
        claims.append(total_claim(total, parts, ClaimKind.SUBSET if subset else ClaimKind.SUM))
    # "Of this, A ... and B ...": the total is the last figure of the sentence before.
    for position, item in enumerate(known):
        if by_sentence[item.mention.sentence][0] is not item:
            continue  # not the first figure of its sentence
        head = text[sentence_start(text, item.mention.start) : item.mention.start]
        opener = _SENTENCE_TOTAL.match(head)
        if opener is None or opener.group().strip().lower() == "of the":
            continue
        earlier = [i for i in by_sentence.get(item.mention.sentence - 1, []) if i.dimension == item.dimension]
        parts = [item, *_parts(text, item, _after(known, position))]
        if earlier and len(parts) >= 2:
            claims.append(total_claim(earlier[-1], parts, ClaimKind.SUM))
    return claims


def _parts(text: str, total: Item, following: Iterable[Item]) -> list[Item]:
    """The figures after ``total`` in its sentence and dimension, listed with "and" or commas."""
    parts: list[Item] = []
    previous = total
    for item in following:
        if item.mention.sentence != total.mention.sentence or item.dimension != total.dimension:
            break
        if parts and not re.search(r"\band\b|,", text[previous.mention.end : item.mention.start]):
            break
        parts.append(item)
        previous = item
        if len(parts) == MAX_MATCHES:
            break
    return parts
