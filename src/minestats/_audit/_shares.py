"""The share search: which part / whole pairs of the text's figures give a stated percentage.

Pairs are looked for in the percentage's sentence, then its paragraph, then
the whole text. Floating point only pre-selects candidates (with a margin that
cannot drop a pair the exact test accepts); every pair kept passes the exact
test on the operands' intervals, and every verdict comes from the core checks.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from fractions import Fraction
from typing import Literal

from .._models import Claim, Figure
from .._report import Verdict
from ._claims import MAX_MATCHES, VerdictCache, checked, merged_share_claim, share_claim
from ._figures import Item, Operand
from ._results import Share

__all__ = ["Shares", "distance", "prefilter"]

_NEIGHBOURS = 16
_TEXT_POOL = 500
_MARGIN = 1e-9

Pair = tuple[Operand, Operand]


def distance(part: Operand, whole: Operand, s_low: Fraction, s_high: Fraction) -> Fraction:
    """0 when some values within the operands' intervals give a share in [s_low, s_high]; else how far.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "30 hectares of 200 hectares"
    >>> part, whole = (Operand.of([i]) for i in items(text, extract(text), {}))
    >>> distance(part, whole, Fraction(15, 100), Fraction(15, 100))
    Fraction(0, 1)
    >>> distance(part, whole, Fraction(20, 100), Fraction(20, 100))
    Fraction(94, 1995)
    """
    lowest = part.low / whole.high
    highest = part.high / whole.low
    if highest < s_low:
        return s_low - highest
    if lowest > s_high:
        return lowest - s_high
    return Fraction(0)


def prefilter(part: Operand, whole: Operand, s_low: float, s_high: float) -> bool:
    """A cheap float test that never rejects a pair the exact test accepts."""
    return part.fhigh >= s_low * whole.flow * (1 - _MARGIN) and part.flow <= s_high * whole.fhigh * (
        1 + _MARGIN
    )


def _gap(pair: Pair, f_point: float) -> float:
    return abs(pair[0].fpoint / pair[1].fpoint - f_point)


class Shares:
    """Finds the part / whole pairs that reproduce a stated percentage.

    In a sentence or paragraph with more than ``_NEIGHBOURS`` figures, only
    the figures nearest the percentage in the text are paired; the whole text
    is searched exhaustively (through the figures sorted by value) while it
    holds at most ``_TEXT_POOL`` distinct values per dimension, and by nearest
    figures beyond that. A search so limited is marked on the :class:`Share`.
    """

    def __init__(self, document: str, items: list[Item]) -> None:
        self.document = document
        self.verdicts: VerdictCache = {}
        self.operands = [i for i in items if i.base is not None and i.dimension != "ratio"]
        self.starts = [i.mention.start for i in self.operands]
        self.single = {i.index: Operand.of([i]) for i in self.operands}
        pool: dict[tuple[str, Fraction], Operand] = {}
        for item in self.operands:
            operand = self.single[item.index]
            pool.setdefault((item.dimension, operand.point), operand)
        self.pool: dict[str, list[Operand]] = {}
        for (dimension, _), operand in pool.items():
            self.pool.setdefault(dimension, []).append(operand)
        self.fpoints: dict[str, list[float]] = {}
        self.fspread: dict[str, float] = {}
        for dimension, operands in self.pool.items():
            operands.sort(key=lambda o: o.point)
            self.fpoints[dimension] = [o.fpoint for o in operands]
            self.fspread[dimension] = max(o.fhigh - o.fpoint for o in operands) * (1 + _MARGIN) + 1e-9
        self.crowded_text = any(len(o) > _TEXT_POOL for o in self.pool.values())
        self.text_cache: dict[tuple[Fraction, Fraction, Fraction], tuple[list[Pair], Pair | None]] = {}

    def nearby(self, stated: Item, scope: str) -> tuple[list[Item], bool]:
        """Up to ``_NEIGHBOURS`` figures of ``scope`` nearest the percentage; whether any were left."""
        position = bisect_left(self.starts, stated.mention.start)
        key = {"sentence": "sentence", "paragraph": "block"}.get(scope)

        def inside(item: Item) -> bool:
            return key is None or getattr(item.mention, key) == getattr(stated.mention, key)

        found: list[Item] = []
        left, right = position - 1, position
        while len(found) < _NEIGHBOURS:
            go_left = left >= 0 and inside(self.operands[left])
            go_right = right < len(self.operands) and inside(self.operands[right])
            if not go_left and not go_right:
                return sorted(found, key=lambda i: i.index), False
            if go_left and (
                not go_right
                or stated.mention.start - self.operands[left].mention.start
                <= self.operands[right].mention.start - stated.mention.start
            ):
                found.append(self.operands[left])
                left -= 1
            else:
                found.append(self.operands[right])
                right += 1
        more = (left >= 0 and inside(self.operands[left])) or (
            right < len(self.operands) and inside(self.operands[right])
        )
        return sorted(found, key=lambda i: i.index), more

    def pairs(self, singles: list[Item]) -> list[Pair]:
        """Each figure, and each two listed side by side, as a part; each other figure as the whole."""
        parts: list[Operand] = [self.single[i.index] for i in singles]
        for a, b in itertools.pairwise(singles):
            if (
                a.mention.sentence == b.mention.sentence
                and a.dimension == b.dimension
                and a.index + 1 == b.index
                and (a.mention.unit != "count" or a.figure.entity != b.figure.entity)
            ):
                parts.append(Operand.of([a, b]))
        out = []
        for part in parts:
            for whole_item in singles:
                if whole_item in part.items or whole_item.dimension != part.items[0].dimension:
                    continue
                whole = self.single[whole_item.index]
                if whole.low > 0:
                    out.append((part, whole))
        return out

    def text_search(
        self, s_low: Fraction, s_high: Fraction, s_point: Fraction
    ) -> tuple[list[Pair], Pair | None]:
        """Pairs of distinct figures anywhere in the text; exact, via sorted values."""
        key = (s_low, s_high, s_point)
        if key not in self.text_cache:
            self.text_cache[key] = self._text_search(s_low, s_high, s_point)
        matches, nearest = self.text_cache[key]
        return list(matches), nearest

    def _text_search(
        self, s_low: Fraction, s_high: Fraction, s_point: Fraction
    ) -> tuple[list[Pair], Pair | None]:
        matches: list[Pair] = []
        best: tuple[float, Operand, Operand] | None = None
        f_low, f_high, f_point = float(s_low), float(s_high), float(s_point)
        for dimension, operands in self.pool.items():
            points = self.fpoints[dimension]
            spread = self.fspread[dimension]
            for whole in operands:
                if whole.low <= 0:
                    continue
                low = bisect_left(points, f_low * whole.flow * (1 - _MARGIN) - spread)
                high = bisect_right(points, f_high * whole.fhigh * (1 + _MARGIN) + spread)
                for part in operands[low:high]:
                    if (
                        part is not whole
                        and len(matches) < 4 * MAX_MATCHES
                        and prefilter(part, whole, f_low, f_high)
                        and distance(part, whole, s_low, s_high) == 0
                    ):
                        matches.append((part, whole))
                target = bisect_left(points, f_point * whole.fpoint)
                for index in (target - 1, target):
                    if 0 <= index < len(operands) and operands[index] is not whole:
                        part = operands[index]
                        gap = abs(part.fpoint / whole.fpoint - f_point)
                        if best is None or gap < best[0]:
                            best = (gap, part, whole)
        nearest = (best[1], best[2]) if best else None
        return matches, nearest

    def verdict(self, stated: Item, part: Operand, whole: Operand, figures: dict[str, Figure]) -> Verdict:
        """The verdict of the claim that ``stated`` is ``part`` of ``whole``."""
        claim = share_claim(stated, part, whole)
        return checked(self.document, claim, figures, self.verdicts)

    def check(self, stated: Item, figures: dict[str, Figure]) -> tuple[Share, Claim | None]:
        """What the search finds for the stated percentage ``stated``, and the claim to draft."""
        assert stated.base is not None
        s_low, s_point, s_high = stated.base.triple()  # a percentage, as a ratio
        f_low, f_high, f_point = float(s_low), float(s_high), float(s_point)
        nearest: Pair | None = None
        matches: list[Pair] = []
        limited = False
        scope: Literal["sentence", "paragraph", "text"] = "sentence"
        for scope in ("sentence", "paragraph", "text"):
            if scope == "text" and not self.crowded_text:
                matches, text_nearest = self.text_search(s_low, s_high, s_point)
                nearest = nearest or text_nearest
                break
            singles, more = self.nearby(stated, scope)
            candidates = self.pairs(singles)
            if not candidates:
                continue
            matches = [
                (p, w)
                for p, w in candidates
                if prefilter(p, w, f_low, f_high) and distance(p, w, s_low, s_high) == 0
            ]
            closest = min(candidates, key=lambda pw: _gap(pw, f_point))
            if nearest is None or _gap(closest, f_point) < _gap(nearest, f_point):
                nearest = closest
            if matches:
                limited = more
                break
            limited = limited or more
        base = {
            "figure": stated.figure.id,
            "quote": stated.figure.locator.quote,
            "paragraph": stated.mention.paragraph,
            "limited": limited,
        }
        if matches:
            matches.sort(key=lambda pw: (abs(pw[0].point / pw[1].point - s_point), pw[0].items[0].index))
            chosen = matches[:MAX_MATCHES]
            verdicts = tuple(self.verdict(stated, p, w, figures) for p, w in chosen)
            claim = merged_share_claim(stated, chosen)
            return Share(**base, status="reproduced", scope=scope, matches=verdicts), claim
        if nearest is None:
            return Share(**base, status="not checked"), None
        verdict = self.verdict(stated, nearest[0], nearest[1], figures)
        return Share(**base, status="not reproduced", nearest=verdict), share_claim(stated, *nearest)
