"""Ranges ("4-6 million", "between 3,000 and 5,000"), and a unit written once for several numbers."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ._context import squeeze
from ._mention import Mention

__all__ = ["RANGE_NEXT", "carry_currencies", "join_ranges", "propagate_units"]


_RANGE_GAP = re.compile(r"\s*(?:,\s*)?(?:and|to|or|-|–)\s*|\s*,\s*")


_RANGE = re.compile(r"[ \t]*[-–—][ \t]*|\s+(?:to|à|a|до|bis|and|et|y|e|и|und)\s+")


RANGE_NEXT = re.compile(r"\s+(?:to|à|a|до|bis)\s+[\w]|[ \t]*[-–][ \t]*[0-9]")


_BETWEEN = frozenset(["between", "entre", "между", "zwischen"])


_FROM = frozenset(["from", "de", "desde", "от", "von"])


def propagate_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Between 10 and 20 per cent", "10, 20 or 30 km²": the unit written once applies to all."""
    for index in range(len(mentions) - 2, -1, -1):
        here, nxt = mentions[index], mentions[index + 1]
        if (
            here.kind == "quantity"
            and here.unit == "count"
            and here.entity is None
            and nxt.kind == "quantity"
            and nxt.unit not in ("count", None, "fraction")
            and not (nxt.unit == "percent" and here.value is not None and here.value > 100)
            and _RANGE_GAP.fullmatch(text, here.end, nxt.start)
        ):
            mentions[index] = here._replace(unit=nxt.unit, currency=nxt.currency)
    return mentions


def carry_currencies(mentions: list[Mention], multipliers: Mapping[str, int]) -> list[Mention]:
    """ "610 millions de dollars, en baisse de 30 millions": an amount in millions with no unit and no
    noun, after an amount in millions of a currency in its sentence, is in that currency."""
    if not any(mention.currency is not None for mention in mentions):
        return mentions  # no amount in a currency: none to carry
    currency: str | None = None
    sentence = -1
    for index, mention in enumerate(mentions):
        if mention.kind != "quantity":
            continue
        if mention.sentence != sentence:
            currency, sentence = None, mention.sentence
        if mention.currency is not None:
            currency = mention.currency if _scaled(mention.text, multipliers) else None
        elif (
            currency is not None
            and mention.unit == "count"
            and mention.entity is None
            and mention.value is not None
            and _scaled(mention.text, multipliers)
        ):
            mentions[index] = mention._replace(unit=currency, currency=currency)
    return mentions


def _scaled(text: str, multipliers: Mapping[str, int]) -> bool:
    """Whether the words of a mention end in (or hold) a multiplier of a million or more."""
    return any(multipliers.get(word.lower(), 0) >= 6 for word in text.split()[1:4])


def join_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "4-6 million", "between 3,000 and 5,000 mines", "20–25 per cent": one quantity with two ends."""
    out: list[Mention] = []
    index = 0
    last = len(mentions) - 1
    while index < last:
        here = mentions[index]
        if here.kind == "quantity":
            nxt = mentions[index + 1]
            # _RANGE needs a dash or a word between
            if nxt.start - here.end <= 12 and not text[here.end : nxt.start].isspace():
                merged = _range_of(text, here, nxt)
                if merged is not None:
                    out.append(merged)
                    index += 2
                    continue
        out.append(here)
        index += 1
    if index == last:
        out.append(mentions[last])
    return out


def _range_of(text: str, low: Mention, high: Mention) -> Mention | None:
    if (
        high.start - low.end > 12
        or low.kind != "quantity"
        or high.kind != "quantity"
        or low.value is None
        or high.value is None
    ):
        return None
    if low.fraction is not None or high.fraction is not None or low.sign or high.sign:
        return None
    gap = _RANGE.fullmatch(text, low.end, high.start)
    if gap is None:
        return None
    joiner = gap.group().strip().lower()
    before = text[max(0, low.start - 12) : low.start].split()
    previous = before[-1].lower() if before else ""
    if joiner in ("and", "et", "y", "e", "и", "und"):
        if previous not in _BETWEEN:
            return None
    elif previous in _FROM or previous in _BETWEEN:
        return None
    if low.unit != high.unit and not (low.unit == "count" and low.entity is None):
        return None
    if low.entity is not None:
        return None
    low_value = low.value
    if (
        low.text.strip().replace(",", "").replace(".", "").isdigit()
        and high.value.adjusted() > low_value.adjusted()
    ):
        # "4-6 million": the multiplier written once applies to both ends
        scale = high.text[len(high.text.split()[0]) :] if " " in high.text else ""
        mult = high.value.as_tuple().exponent
        if scale and isinstance(mult, int) and mult > 0 and low.value.as_tuple().exponent == 0:
            low_value = low.value.scaleb(mult)
    if low_value > high.value:
        return None
    quote_start = low.quote.find(low.text)
    head = low.quote[:quote_start] if quote_start > 0 else ""
    return high._replace(
        start=low.start,
        text=text[low.start : high.end],
        value=None,
        low=low_value,
        high=high.value,
        qualifier=None if previous in _BETWEEN else low.qualifier,
        quote=squeeze(head + text[low.start : high.start]) + high.quote[high.quote.find(high.text) :]
        if high.text in high.quote
        else squeeze(head + text[low.start : high.end]),
        words=low.words or high.words,
        ambiguous=low.ambiguous or high.ambiguous,
    )
