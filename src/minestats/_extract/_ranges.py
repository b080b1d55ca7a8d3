"""Ranges ("4-6 million", "between 3,000 and 5,000"), and a unit written once for several numbers
(a range, or a list whose first or last item carries it)."""

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
    return _list_units(text, mentions)


#: The words that join the last item of a list: "185 km, 53 and 78 km".
_LIST_AND = frozenset(["and", "et", "y", "e", "und", "и"])


#: Words that may follow a bare item's number before its name: "53 in Mavinga", "53 no troço".
_ITEM_PLACE = frozenset(["in", "at", "on", "em", "no", "na", "en", "à", "au", "aux", "dans", "im", "в", "на"])


#: Units a bare number of a list never takes: shares, ratios and counts have rules of their own.
_NO_LIST_UNIT = frozenset(["count", "percent", "percentage points", "fraction", "times"])


_LIST_GAP = re.compile(r"[^\d.;:!?()\[\]\n\r]{1,60}")


_GAP_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _list_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Road A 185 km, road B 53 and road C 78 km": the bare numbers of a list whose first or last item
    carries a unit take it.

    A list is three or more quantities of one sentence joined by commas and a final "and" (e, y, et,
    und, и), each gap short, with no digits, no clause mark (``. ; : ( )``) and at most six words. Its
    unit is that of the items that carry one (all the same, neither a share nor money), written on the
    first or the last item; each other item is a bare number (a count of nothing, in digits, with no
    multiplier) that starts its item after a comma, a name or a short word (not "destroyed 120"), ends
    it (a comma, the "and", a place: "53 in Mavinga", the sentence's end) and lies within a factor of a
    hundred of the items with the unit.
    """
    # a list has an item with its unit first or last: look only around those (few) items
    count = len(mentions)
    done = -1
    for index, mention in enumerate(mentions):
        if (
            index <= done
            or mention.kind != "quantity"
            or mention.unit is None
            or mention.unit in _NO_LIST_UNIT
            or mention.currency is not None
        ):
            continue
        first = last = index
        if index > 0 and _gap_kind(text, mentions[index - 1], mention) == "and":  # the unit on the last item
            first = index - 1
            while first > 0 and _gap_kind(text, mentions[first - 1], mentions[first]) == ",":
                first -= 1
        elif index + 1 < count and _gap_kind(text, mention, mentions[index + 1]) == ",":  # on the first
            if index > 0 and _gap_kind(text, mentions[index - 1], mention) == ",":
                continue  # not the list's first item
            while last + 1 < count and _gap_kind(text, mentions[last], mentions[last + 1]) == ",":
                last += 1
            if last + 1 >= count or _gap_kind(text, mentions[last], mentions[last + 1]) != "and":
                continue
            last += 1
        if last - first >= 2:
            _take_unit(text, mentions, first, mentions[first : last + 1])
            done = last
    return mentions


def _gap_kind(text: str, here: Mention, nxt: Mention) -> str | None:
    """``","`` or ``"and"`` when the text between two quantities joins two items of a list, else None."""
    if (
        here.kind != "quantity"
        or nxt.kind != "quantity"
        or here.sentence != nxt.sentence
        or not 0 < nxt.start - here.end <= 60
    ):
        return None
    if not _LIST_GAP.fullmatch(text, here.end, nxt.start):
        return None
    gap = text[here.end : nxt.start]
    words = [w.lower() for w in _GAP_WORD.findall(gap)]
    if len(words) > 6:
        return None
    if any(w in _LIST_AND for w in words):
        return "and" if gap.count(",") <= 1 else None
    return "," if gap.count(",") == 1 else None


def _take_unit(text: str, mentions: list[Mention], first: int, items: list[Mention]) -> None:
    units = {m.unit for m in items if m.unit != "count"}
    if len(units) != 1:
        return
    (unit,) = units
    if unit is None or unit in _NO_LIST_UNIT or any(m.currency is not None for m in items):
        return
    if items[0].unit != unit and items[-1].unit != unit:
        return
    sized = [m.value for m in items if m.unit == unit and m.value is not None]
    if not sized:
        return
    low, high = min(sized), max(sized)
    bare = [m for m in items if m.unit != unit]
    for item in bare:
        if (
            item.entity is not None
            or item.value is None
            or item.words is not None
            or item.sign is not None
            or not item.text.replace(",", "").replace(".", "").replace(" ", "").isdigit()
            or not low / 100 <= item.value <= high * 100
            or not _ends_item(text, item.end)
            or not _starts_item(text, item.start)
        ):
            return
    for offset, item in enumerate(items):
        if item.unit != unit:
            mentions[first + offset] = item._replace(unit=unit)


def _starts_item(text: str, start: int) -> bool:
    """Whether a bare number starts its item's number: after a comma, a name ("Rivungo 53"), or a short
    word ("and 53", "em 53"); not after a longer lower-case word ("destroyed 120": a clause of its own)."""
    before = text[max(0, start - 40) : start].rstrip(" \t\u00a0")
    if not before or before[-1] == ",":
        return True
    words = _GAP_WORD.findall(before)
    if not words or not before.endswith(words[-1]):
        return True
    word = words[-1]
    return word[:1].isupper() or len(word) <= 3 or word.lower() in _LIST_AND


def _ends_item(text: str, end: int) -> bool:
    """Whether a bare number ends its list item: a comma, the list's "and", a place after it, or the
    end of the sentence."""
    rest = text[end : end + 24].lstrip(" \t\u00a0")
    if not rest or rest[0] in ",.;)\n":
        return True
    word = _GAP_WORD.match(rest)
    return word is not None and (word.group().lower() in _LIST_AND or word.group().lower() in _ITEM_PLACE)


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


_DIGIT = re.compile("[0-9]")


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
    # "$1-3 per square metre": the currency before the first end is the second's
    priced = (
        low.currency is not None and high.unit == "count" and high.entity is None and high.currency is None
    )
    unit, currency = (low.unit, low.currency) if priced else (high.unit, high.currency)
    if low.unit != unit and not (low.unit == "count" and low.entity is None):
        return None
    if low.entity is not None:
        return None
    low_value = low.value
    digit = _DIGIT.search(low.text)
    digits = low.text[digit.start() :] if digit is not None else low.text  # "US$ 4-6 million": "4"
    if (
        digits.strip().replace(",", "").replace(".", "").isdigit()
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
        unit=unit,
        currency=currency,
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
