"""Auditing plain text: every stated percentage and total, checked against the text's own figures.

:func:`audit` turns the quantities :func:`~minestats.extract` finds into
figures, looks for the claims the text makes between them, and checks each
with the exact, rounding-aware machinery of :mod:`minestats._checks`:

- a stated percentage is *reproduced* when some part / whole pair of figures
  with compatible units gives a ratio within its rounding interval; pairs are
  looked for in the same paragraph first, then in the whole text;
- a total followed by its parts ("382, of whom 70 ... and 312"; "Of the
  5,210 victims, 4,001 ... and 1,209 ...") is checked as a sum; parts named
  with "including" are checked as a subset;
- a figure that is exactly a round share (a whole per cent, or a fraction
  n/d with d up to 10) of a less precise figure is flagged: its digits
  probably come from multiplying a rounded value;
- coverage says how many mentions were checked, and why the others were not.

:func:`draft` returns the same findings as a :class:`~minestats.Document`, the
first version of a data file for a person to review.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from pydantic import ValidationError

from ._checks import verdict_of
from ._errors import DataError
from ._extract import Extraction, Mention, extract
from ._format import num as _num
from ._format import unit_label as _unit
from ._models import Claim, Document, Figure, Locator, Reading
from ._report import Report, Verdict
from ._types import Frozen
from ._vocab import QUALIFIERS, ClaimKind

__all__ = ["Audit", "Coverage", "Flag", "Share", "audit", "draft"]

#: Round shares a derived figure is tested against: whole per cents and n/d, d <= 10.
ROUND_SHARES: tuple[Fraction, ...] = tuple(
    sorted(
        {Fraction(k, 100) for k in range(1, 100)}
        | {Fraction(n, d) for d in range(2, 11) for n in range(1, d)}
    )
)
_MAX_MATCHES = 5
_TOTAL_MARKERS = re.compile(r"\b(?:of whom|of which|of them|of these|among them|among whom|including)\b")
_SENTENCE_TOTAL = re.compile(r"\s*(?:of this|of these|of which|of them|of that|of the)\b\s*", re.IGNORECASE)
_NUMBER_OF = re.compile(r"number of\s+(?:[A-Za-z-]+\s+){0,3}?([a-z-]+s)\b")


class Share(Frozen):
    """What the audit found for one stated percentage.

    Attributes
    ----------
    figure : str
        Id of the stated percentage among the audit's figures.
    quote : str
        The words that state it.
    paragraph : int or None
        Its body paragraph.
    status : str
        ``"reproduced"`` when some pair of the text's figures gives it,
        ``"not reproduced"`` when none does, ``"not checked"`` when the text
        has no figures of compatible units.
    scope : str or None
        Where the reproducing pair was found: ``"sentence"``, ``"paragraph"``
        or ``"text"`` (searched in that order).
    limited : bool
        Whether a crowded sentence, paragraph or text was searched only among
        the figures nearest the percentage.
    matches : tuple of Verdict
        Consistent readings, best first (same sentence, then smallest gap).
    nearest : Verdict or None
        For a percentage not reproduced, the closest pair, with the interval
        each operand would need (``nearest.implied``).
    """

    figure: str
    quote: str
    paragraph: int | None = None
    status: Literal["reproduced", "not reproduced", "not checked"]
    scope: Literal["sentence", "paragraph", "text"] | None = None
    limited: bool = False
    matches: tuple[Verdict, ...] = ()
    nearest: Verdict | None = None

    def __str__(self) -> str:
        where = f"para. {self.paragraph}, " if self.paragraph else ""
        head = f"{where}\u201c{self.quote}\u201d: {self.status}"
        if self.limited:
            head += " (searched among the nearest figures only)"
        if self.matches:
            return f"{head} ({self.scope}) by " + "; ".join(_ratio_text(v) for v in self.matches)
        if self.nearest is not None:
            implied = "; ".join(str(i) for i in self.nearest.implied)
            return f"{head}; nearest {_ratio_text(self.nearest)}" + (
                f"; would need {implied}" if implied else ""
            )
        return head


class Flag(Frozen):
    """A figure that is exactly a round share of a less precise figure (false precision)."""

    figure: str
    of: str
    share: str
    quote: str
    of_quote: str
    reason: str

    def __str__(self) -> str:
        return self.reason


class Coverage(Frozen):
    """How much of the text the audit could check.

    Attributes
    ----------
    mentions : int
        Numeric mentions found.
    kinds : dict
        Mentions by kind (quantities, years, dates, symbols, ...).
    quantities : int
        Stated quantities.
    checked : int
        Quantities that take part in at least one verdict or flag.
    unchecked : dict
        For each reason, the quotes of the quantities not checked for it.
    """

    mentions: int
    kinds: dict[str, int]
    quantities: int
    checked: int
    unchecked: dict[str, tuple[str, ...]]

    def __str__(self) -> str:
        other = ", ".join(f"{n} {k}" for k, n in self.kinds.items() if n and k != "quantity")
        lines = [
            f"{self.mentions} numeric mentions: {self.quantities} quantities"
            + (f"; not quantities: {other}" if other else ""),
            f"{self.checked} of {self.quantities} quantities checked",
        ]
        for reason, quotes in self.unchecked.items():
            shown = "; ".join(f"\u201c{q}\u201d" for q in quotes[:6])
            more = f" and {len(quotes) - 6} more" if len(quotes) > 6 else ""
            lines.append(f"not checked ({len(quotes)}), {reason}: {shown}{more}")
        return "\n".join(lines)


class Audit(Report):
    """A :class:`~minestats.Report` of a plain text, with what only an audit knows.

    ``verdicts`` holds, for each stated percentage, its reproducing readings
    (or its nearest miss), then the sums and subsets. ``figures`` and
    ``claims`` are those of :func:`draft`.
    """

    figures: tuple[Figure, ...]
    claims: tuple[Claim, ...]
    shares: tuple[Share, ...]
    flags: tuple[Flag, ...]
    coverage: Coverage

    @property
    def as_expected(self) -> bool:
        """Whether every stated percentage is reproduced and every total holds."""
        return all(v.holds for v in self.verdicts) and all(s.status != "not reproduced" for s in self.shares)

    def to_text(self) -> str:
        """Figures, percentages, totals, flags and coverage, for a terminal."""
        lines = [f"{self.document}: {len(self.figures)} figures"]
        rows: list[tuple[str, ...]] = [("id", "stated", "unit", "qualifier", "para", "quote")]
        for f in self.figures:
            unit = f.entity if f.unit == "count" and f.entity else _unit(f.unit)
            para = str(f.locator.paragraph) if f.locator.paragraph else "fn"
            rows.append((f.id, f.stated, unit, f.qualifier or "", para, f.locator.quote))
        lines.extend(_table(rows))
        lines.append("")
        lines.append(f"Stated percentages ({len(self.shares)}):")
        lines.extend(f"  {s}" for s in self.shares)
        if not self.shares:
            lines.append("  none")
        totals = [v for v in self.verdicts if v.kind is not ClaimKind.SHARE]
        lines.append("")
        lines.append(f"Totals and parts ({len(totals)}):")
        lines.extend(f"  {v.claim}: {v.status} - {v.reason}" for v in totals)
        if not totals:
            lines.append("  none")
        lines.append("")
        lines.append(f"False precision ({len(self.flags)}):")
        lines.extend(f"  {f}" for f in self.flags)
        if not self.flags:
            lines.append("  none")
        lines.append("")
        lines.append("Coverage:")
        lines.extend(f"  {line}" for line in str(self.coverage).splitlines())
        lines.append("")
        lines.append(super().to_text())
        return "\n".join(lines)

    def draft(self, *, id: str | None = None, title: str | None = None) -> Document:
        """These figures and claims as a :class:`~minestats.Document`."""
        return _document(self.figures, self.claims, id or self.document, title)


def _table(rows: Sequence[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = ["  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    out.insert(1, "  " + "  ".join("-" * w for w in widths))
    return out


def _ratio_text(v: Verdict) -> str:
    gap = "" if v.gap is None else f", gap {'+' if v.gap > 0 else ''}{_num(v.gap, 3)} pp"
    return f"{v.reading}: {v.reason.split(';')[0].split(', within')[0].split(', outside')[0]}{gap}"


# -- figures out of mentions -----------------------------------------------------------


@dataclass
class _Item:
    index: int
    mention: Mention
    figure: Figure
    base: tuple[Fraction, Fraction, Fraction] | None
    dimension: str


def _stem(mention: Mention, entity: str | None) -> str:
    if mention.unit == "count":
        words = re.findall(r"[a-z0-9]+", (entity or "count").lower())
        return "_".join(words[-2:]) or "count"
    return {"percent": "pct", "km²": "km2", "m²": "m2", "year": "years", "month": "months"}.get(
        mention.unit or "", mention.unit or "n"
    )


def _slug(mention: Mention, entity: str | None) -> str:
    value = "unknown" if mention.value is None else mention.stated or ""
    tail = re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")
    slug = f"{_stem(mention, entity)}_{tail}"
    if not slug[0].isalpha():
        slug = "n_" + slug
    return slug[:90]


def _label(mention: Mention, entity: str | None) -> str:
    if mention.unit == "count":
        return f"Number of {entity}" if entity and entity != "items" else "A count"
    return {
        "percent": "A percentage",
        "km²": "An area",
        "ha": "An area",
        "m²": "An area",
        "year": "A duration",
        "month": "A duration",
    }.get(mention.unit or "", "A quantity")


def _entity_before(text: str, mention: Mention) -> str | None:
    """ "the number of post-conflict mine victims ... has reached 382": the noun before."""
    window = text[max(0, mention.start - 160) : mention.start]
    nouns = [m.group(1) for m in _NUMBER_OF.finditer(window)]
    return nouns[-1] if nouns else None


def _items(text: str, extraction: Extraction, unchecked: dict[str, list[str]]) -> list[_Item]:
    items: list[_Item] = []
    bases: dict[tuple[str, Decimal | None], tuple[Fraction, Fraction, Fraction] | None] = {}
    used: dict[str, int] = {}
    previous_entity: dict[int, str] = {}
    for mention in extraction.quantities:
        if mention.unit == "percentage points":
            unchecked.setdefault("a change in percentage points, not a share", []).append(mention.quote)
            continue
        if mention.value is None:
            unchecked.setdefault("no number stated", []).append(mention.quote)
        entity = mention.entity
        if mention.unit == "count" and entity is None:
            entity = _entity_before(text, mention) or previous_entity.get(mention.sentence) or "items"
        slug = _slug(mention, entity)
        used[slug] = used.get(slug, 0) + 1
        if used[slug] > 1:
            slug = f"{slug}_{used[slug]}"
        try:
            figure = Figure(
                id=slug,
                label=_label(mention, entity),
                value=mention.value,
                unit=mention.unit or "count",
                entity=entity if mention.unit == "count" else None,
                qualifier=mention.qualifier,
                locator=Locator(
                    page=mention.page, paragraph=mention.paragraph, quote=mention.quote[:300] or mention.text
                ),
            )
        except (ValidationError, DataError) as exc:
            reason = "not a valid figure: " + _first_message(exc)
            unchecked.setdefault(reason, []).append(mention.quote)
            continue
        if mention.unit == "count" and figure.entity:
            previous_entity[mention.sentence] = figure.entity
        key = (figure.unit, figure.value)
        if key not in bases:
            bases[key] = figure.base_interval()
        base = bases[key]
        items.append(_Item(len(items), mention, figure, base, figure.unit_info.dimension))
    return items


def _first_message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors(include_url=False)[0]
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, DataError):
            return cause.problems[0].message
        return str(error["msg"])
    if isinstance(exc, DataError):
        return exc.problems[0].message
    return str(exc)  # pragma: no cover


# -- shares ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operand:
    items: tuple[_Item, ...]
    low: Fraction
    point: Fraction
    high: Fraction
    flow: float
    fpoint: float
    fhigh: float

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i.figure.id for i in self.items)


def _operand(items: Sequence[_Item]) -> _Operand:
    low = point = high = Fraction(0)
    for item in items:
        assert item.base is not None
        low += item.base[0]
        point += item.base[1]
        high += item.base[2]
    return _Operand(tuple(items), low, point, high, float(low), float(point), float(high))


def _distance(part: _Operand, whole: _Operand, s_low: Fraction, s_high: Fraction) -> Fraction:
    """0 when some values within the rounding give a share in [s_low, s_high]; else how far."""
    lowest = part.low / whole.high
    highest = part.high / whole.low
    if highest < s_low:
        return s_low - highest
    if lowest > s_high:
        return lowest - s_high
    return Fraction(0)


_NEIGHBOURS = 16
_TEXT_POOL = 500
_MARGIN = 1e-9


def _float_pair(part: _Operand, whole: _Operand, s_low: float, s_high: float) -> bool:
    """A cheap float test that never rejects a pair the exact test accepts."""
    return part.fhigh >= s_low * whole.flow * (1 - _MARGIN) and part.flow <= s_high * whole.fhigh * (
        1 + _MARGIN
    )


class _Shares:
    """Finds the part / whole pairs that reproduce a stated percentage.

    In a sentence or paragraph with more than ``_NEIGHBOURS`` figures, only
    the figures nearest the percentage in the text are paired; the whole text
    is searched exhaustively (through the figures sorted by value) while it
    holds at most ``_TEXT_POOL`` distinct values per dimension, and by nearest
    figures beyond that. A search so limited is marked on the :class:`Share`.
    """

    def __init__(self, document: str, items: list[_Item]) -> None:
        self.document = document
        self.verdicts: dict[tuple[object, ...], Verdict] = {}
        self.operands = [i for i in items if i.base is not None and i.dimension != "ratio"]
        self.starts = [i.mention.start for i in self.operands]
        self.single = {i.index: _operand([i]) for i in self.operands}
        pool: dict[tuple[str, Fraction], _Operand] = {}
        for item in self.operands:
            assert item.base is not None
            pool.setdefault((item.dimension, item.base[1]), self.single[item.index])
        self.pool: dict[str, list[_Operand]] = {}
        for (dimension, _), operand in pool.items():
            self.pool.setdefault(dimension, []).append(operand)
        self.fpoints: dict[str, list[float]] = {}
        self.fspread: dict[str, float] = {}
        for dimension, operands in self.pool.items():
            operands.sort(key=lambda o: o.point)
            self.fpoints[dimension] = [o.fpoint for o in operands]
            self.fspread[dimension] = max(o.fhigh - o.fpoint for o in operands) * (1 + _MARGIN) + 1e-9
        self.crowded_text = any(len(o) > _TEXT_POOL for o in self.pool.values())
        self.text_cache: dict[
            tuple[Fraction, Fraction, Fraction],
            tuple[list[tuple[_Operand, _Operand]], tuple[_Operand, _Operand] | None],
        ] = {}

    def nearby(self, stated: _Item, scope: str) -> tuple[list[_Item], bool]:
        """Up to ``_NEIGHBOURS`` figures of ``scope`` nearest the percentage; whether any were left."""
        position = bisect_left(self.starts, stated.mention.start)
        key = {"sentence": "sentence", "paragraph": "block"}.get(scope)

        def inside(item: _Item) -> bool:
            return key is None or getattr(item.mention, key) == getattr(stated.mention, key)

        found: list[_Item] = []
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

    def pairs(self, singles: list[_Item]) -> list[tuple[_Operand, _Operand]]:
        parts: list[_Operand] = [self.single[i.index] for i in singles]
        for a, b in itertools.pairwise(singles):
            if (
                a.mention.sentence == b.mention.sentence
                and a.dimension == b.dimension
                and a.index + 1 == b.index
                and (a.mention.unit != "count" or a.figure.entity != b.figure.entity)
            ):
                parts.append(_operand([a, b]))
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
    ) -> tuple[list[tuple[_Operand, _Operand]], tuple[_Operand, _Operand] | None]:
        """Pairs of distinct figures anywhere in the text; exact, via sorted values."""
        key = (s_low, s_high, s_point)
        if key not in self.text_cache:
            self.text_cache[key] = self._text_search(s_low, s_high, s_point)
        matches, nearest = self.text_cache[key]
        return list(matches), nearest

    def _text_search(
        self, s_low: Fraction, s_high: Fraction, s_point: Fraction
    ) -> tuple[list[tuple[_Operand, _Operand]], tuple[_Operand, _Operand] | None]:
        matches: list[tuple[_Operand, _Operand]] = []
        best: tuple[float, _Operand, _Operand] | None = None
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
                        and len(matches) < 4 * _MAX_MATCHES
                        and _float_pair(part, whole, f_low, f_high)
                        and _distance(part, whole, s_low, s_high) == 0
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

    def verdict(self, stated: _Item, part: _Operand, whole: _Operand, figures: dict[str, Figure]) -> Verdict:
        claim = _share_claim(stated, part, whole)
        return _checked(self.document, claim, figures, self.verdicts)

    def check(self, stated: _Item, figures: dict[str, Figure]) -> tuple[Share, Claim | None]:
        assert stated.figure.value is not None
        interval = stated.figure.interval
        assert interval is not None
        s_low, s_high = Fraction(interval[0]) / 100, Fraction(interval[1]) / 100
        s_point = Fraction(stated.figure.value) / 100
        f_low, f_high, f_point = float(s_low), float(s_high), float(s_point)
        nearest: tuple[_Operand, _Operand] | None = None
        matches: list[tuple[_Operand, _Operand]] = []
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
                if _float_pair(p, w, f_low, f_high) and _distance(p, w, s_low, s_high) == 0
            ]
            closest = min(candidates, key=lambda pw: abs(pw[0].fpoint / pw[1].fpoint - f_point))
            if nearest is None or abs(closest[0].fpoint / closest[1].fpoint - f_point) < abs(
                nearest[0].fpoint / nearest[1].fpoint - f_point
            ):
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
            chosen = matches[:_MAX_MATCHES]
            verdicts = tuple(self.verdict(stated, p, w, figures) for p, w in chosen)
            claim = _merge_readings(stated, chosen)
            return Share(**base, status="reproduced", scope=scope, matches=verdicts), claim
        if nearest is None:
            return Share(**base, status="not checked"), None
        verdict = self.verdict(stated, nearest[0], nearest[1], figures)
        return Share(**base, status="not reproduced", nearest=verdict), _share_claim(stated, *nearest)


def _signature(figure: Figure) -> tuple[object, ...]:
    return (figure.unit, figure.value, figure.qualifier, figure.entity)


def _checked(
    document: str, claim: Claim, figures: dict[str, Figure], cache: dict[tuple[object, ...], Verdict]
) -> Verdict:
    """The verdict of a claim's first reading; a claim over the same stated figures is checked once.

    A text often repeats itself (a summary restates the body): the verdict
    depends only on the figures' values, units, qualifiers and entities, so a
    repeat reuses it with its own ids.
    """
    reading = claim.readings[0]
    ids = ([claim.stated] if claim.stated else []) + list(reading.part) + list(reading.whole)
    key = (
        claim.kind,
        claim.label,
        len(reading.part),
        tuple(_signature(figures[i]) for i in ids),
    )
    found = cache.get(key)
    if found is None:
        found = verdict_of(document, claim, reading, figures)
        cache[key] = found
        return found
    return _renamed(found, claim, ids, figures)


def _renamed(verdict: Verdict, claim: Claim, ids: list[str], figures: dict[str, Figure]) -> Verdict:
    """``verdict``, checked for another claim over figures equal to these, under this claim's ids."""
    reading = claim.readings[0]
    order = list(dict.fromkeys(reading.part + reading.whole))
    implied = tuple(
        i.model_copy(update={"figure": new}) for i, new in zip(verdict.implied, order, strict=False)
    )
    qualifiers = {i: figures[i].qualifier for i in ids if figures[i].qualifier}
    return verdict.model_copy(
        update={"claim": claim.id, "reading": reading.id, "implied": implied, "qualifiers": qualifiers}
    )


def _reading_id(part: _Operand, whole: _Operand) -> str:
    return ("_and_".join(part.ids) + "_of_" + "_and_".join(whole.ids))[:100]


_MATCH_NOTE = "A pair of the text's figures that reproduces the stated share (found by minestats.audit)."
_MISS_NOTE = (
    "No pair of the text's figures reproduces the stated share; this is the nearest"
    " (found by minestats.audit). Review which figures the text means."
)


def _share_claim(stated: _Item, part: _Operand, whole: _Operand, note: str = _MISS_NOTE) -> Claim:
    return Claim(
        id=f"share_{stated.figure.id}"[:100],
        kind=ClaimKind.SHARE,
        label=f"{stated.figure.stated} per cent, as stated",
        stated=stated.figure.id,
        readings=(Reading(id=_reading_id(part, whole), part=part.ids, whole=whole.ids, note=note),),
        locator=stated.figure.locator,
    )


def _merge_readings(stated: _Item, chosen: list[tuple[_Operand, _Operand]]) -> Claim:
    first = _share_claim(stated, *chosen[0], note=_MATCH_NOTE)
    readings = []
    seen = set()
    for part, whole in chosen:
        reading_id = _reading_id(part, whole)
        if reading_id not in seen:
            seen.add(reading_id)
            readings.append(Reading(id=reading_id, part=part.ids, whole=whole.ids, note=_MATCH_NOTE))
    return first.model_copy(update={"readings": tuple(readings)})


# -- totals ----------------------------------------------------------------------------


def _after(known: list[_Item], position: int) -> Iterator[_Item]:
    return (known[j] for j in range(position + 1, len(known)))


def _totals(text: str, items: list[_Item]) -> list[Claim]:
    """Sum and subset claims: "382, of whom 70 ... and 312", "including ...", "Of this, A ... and B"."""
    claims: list[Claim] = []
    known = [i for i in items if i.base is not None and i.dimension in ("count", "area")]
    by_sentence: dict[int, list[_Item]] = {}
    for item in known:
        by_sentence.setdefault(item.mention.sentence, []).append(item)
    for position, total in enumerate(known):
        if position + 1 == len(known) or known[position + 1].mention.sentence != total.mention.sentence:
            continue
        first = known[position + 1]
        gap = text[total.mention.end : first.mention.start].lower()
        marker = _TOTAL_MARKERS.search(gap)
        head = text[_sentence_start(text, total.mention.start) : total.mention.start]
        opens = _SENTENCE_TOTAL.fullmatch(head.split(",")[0]) if "," not in head else None
        if marker is None and not (opens is not None and "," in gap):
            continue  # neither "382, of whom ..." nor "Of the 5,210 victims, 4,001 ..."
        parts = _parts(text, total, _after(known, position))
        if not parts:
            continue
        word = marker.group() if marker else "of the"
        subset = word in ("including", "among them", "among whom") or len(parts) == 1
        claims.append(_total_claim(total, parts, ClaimKind.SUBSET if subset else ClaimKind.SUM))
    # "Of this, A ... and B ...": the total is the last figure of the sentence before.
    for position, item in enumerate(known):
        if by_sentence[item.mention.sentence][0] is not item:
            continue  # not the first figure of its sentence
        head = text[_sentence_start(text, item.mention.start) : item.mention.start]
        opener = _SENTENCE_TOTAL.match(head)
        if opener is None or opener.group().strip().lower() == "of the":
            continue
        earlier = [i for i in by_sentence.get(item.mention.sentence - 1, []) if i.dimension == item.dimension]
        parts = [item, *_parts(text, item, _after(known, position))]
        if earlier and len(parts) >= 2:
            claims.append(_total_claim(earlier[-1], parts, ClaimKind.SUM))
    return claims


def _sentence_start(text: str, position: int) -> int:
    window = max(0, position - 400)
    segment = text[window:position]
    best = max(segment.rfind(". "), segment.rfind(".\n"), segment.rfind("\n\n"), segment.rfind("; "))
    return window + best + 2 if best >= 0 else window


def _parts(text: str, total: _Item, following: Iterable[_Item]) -> list[_Item]:
    parts: list[_Item] = []
    previous = total
    for item in following:
        if item.mention.sentence != total.mention.sentence or item.dimension != total.dimension:
            break
        if parts and not re.search(r"\band\b|,", text[previous.mention.end : item.mention.start]):
            break
        parts.append(item)
        previous = item
        if len(parts) == _MAX_MATCHES:
            break
    return parts


def _total_claim(total: _Item, parts: list[_Item], kind: ClaimKind) -> Claim:
    part_ids = tuple(p.figure.id for p in parts)
    if kind is ClaimKind.SUM:
        return Claim(
            id=f"total_{total.figure.id}"[:100],
            kind=kind,
            label=f"{total.figure.stated} is the sum of {', '.join(p.figure.stated for p in parts)}",
            stated=total.figure.id,
            readings=(Reading(id="parts", part=part_ids),),
            locator=total.figure.locator,
        )
    return Claim(
        id=f"within_{total.figure.id}"[:100],
        kind=kind,
        label=f"{' and '.join(p.figure.stated for p in parts)} within {total.figure.stated}",
        readings=(Reading(id="parts", part=part_ids, whole=(total.figure.id,)),),
        locator=total.figure.locator,
    )


# -- false precision -------------------------------------------------------------------


def _significant(value: Decimal) -> int:
    digits = value.as_tuple().digits
    text = "".join(map(str, digits)).lstrip("0")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= 0:
        text = text.rstrip("0")
    return max(len(text), 1)


def _rounded(figure: Figure) -> bool:
    """Whether a figure reads as a rounded value: approximate, a multiplier, or trailing zeros.

    A whole-number count stated to the unit is exact ("500 victims"), as in
    the checks; a count with a multiplier ("1.5 million") is not.
    """
    value = figure.value
    assert value is not None
    if figure.qualifier is not None and QUALIFIERS.get(figure.qualifier) == "approximate":
        return True
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if figure.unit == "count":
        return exponent > 0
    whole_digits = max(value.adjusted() + 1, 1)
    return exponent > 0 or (exponent == 0 and _significant(value) < whole_digits)


def _flags(items: list[_Item]) -> list[Flag]:
    by_value: dict[tuple[str, Fraction], list[_Item]] = {}
    for item in items:
        if item.base is not None and item.dimension != "ratio" and item.base[1] > 0:
            by_value.setdefault((item.dimension, item.base[1]), []).append(item)
    flags: list[Flag] = []
    seen: set[tuple[str, str]] = set()
    for (dimension, point), wholes in by_value.items():
        whole = wholes[0]
        assert whole.figure.value is not None
        if not _rounded(whole.figure):
            continue
        whole_digits = _significant(whole.figure.value)
        for share in ROUND_SHARES:
            derived = by_value.get((dimension, point * share))
            if not derived:
                continue
            part = derived[0]
            assert part.figure.value is not None
            if _significant(part.figure.value) <= whole_digits:
                continue
            key = (part.figure.id, whole.figure.id)
            if key in seen:
                continue
            seen.add(key)
            written = (
                f"{share.numerator}/{share.denominator}"
                if share.denominator <= 10
                else f"{share * 100} per cent"
            )
            flags.append(
                Flag(
                    figure=part.figure.id,
                    of=whole.figure.id,
                    share=written,
                    quote=part.figure.locator.quote,
                    of_quote=whole.figure.locator.quote,
                    reason=(
                        f"\u201c{part.figure.locator.quote}\u201d is exactly {written} of"
                        f" \u201c{whole.figure.locator.quote}\u201d: probably derived from that rounded"
                        f" value, so its {_significant(part.figure.value)} significant digits overstate"
                        f" what is known ({whole_digits} in the figure it comes from)"
                    ),
                )
            )
    return flags


# -- audit and draft -------------------------------------------------------------------


def audit(text: str, *, name: str = "text") -> Audit:
    """Check every stated percentage and total of ``text`` against the text's own figures.

    Parameters
    ----------
    text : str
        Plain text.
    name : str
        A slug naming the text in the report (``"text"``).

    Returns
    -------
    Audit
        A :class:`~minestats.Report` with the figures, each stated
        percentage's finding (``shares``), the false-precision ``flags`` and
        the ``coverage``. ``audit(text).to_text()`` prints it all.

    Examples
    --------
    >>> report = audit("Of the 480 casualties, 120 were children and 360 were adults;"
    ...                " children were 25 per cent of the total.")
    >>> [(s.quote, s.status) for s in report.shares]
    [('25 per cent', 'reproduced')]
    >>> report.shares[0].matches[0].reading
    'casualties_120_of_casualties_480'
    >>> report.verdict("total_casualties_480").status.value
    'consistent'
    """
    if not isinstance(text, str):
        raise TypeError(f"audit() needs text (str), not {type(text).__name__}")
    name = _document_id(name)
    extraction = extract(text)
    unchecked: dict[str, list[str]] = {}
    items = _items(text, extraction, unchecked)
    figures = {i.figure.id: i.figure for i in items}
    shares_finder = _Shares(name, items)
    shares: list[Share] = []
    claims: list[Claim] = []
    verdicts: list[Verdict] = []
    for item in items:
        if item.figure.unit != "percent" or item.figure.value is None:
            continue
        share, claim = shares_finder.check(item, figures)
        shares.append(share)
        if claim is not None:
            claims.append(claim)
        verdicts.extend(share.matches)
        if share.nearest is not None:
            verdicts.append(share.nearest)
    for claim in _totals(text, items):
        claims.append(claim)
        verdicts.append(_checked(name, claim, figures, shares_finder.verdicts))
    flags = _flags(items)
    claims = _unique_ids(claims)
    checked: set[str] = set()
    for claim in claims:
        if claim.stated:
            checked.add(claim.stated)
        for reading in claim.readings:
            checked.update(reading.part + reading.whole)
    for flag in flags:
        checked.update((flag.figure, flag.of))
    for share in shares:
        if share.status == "not checked":
            unchecked.setdefault("a percentage with no figures of compatible units in the text", []).append(
                share.quote
            )
    for item in items:
        if item.figure.id not in checked and item.figure.value is not None and item.figure.unit != "percent":
            unchecked.setdefault("no stated relation to another figure", []).append(item.figure.locator.quote)
    coverage = Coverage(
        mentions=len(extraction),
        kinds=extraction.counts(),
        quantities=len(extraction.quantities),
        checked=len(checked),
        unchecked={k: tuple(v) for k, v in unchecked.items()},
    )
    return Audit(
        document=name,
        verdicts=tuple(verdicts),
        figures=tuple(i.figure for i in items),
        claims=tuple(claims),
        shares=tuple(shares),
        flags=tuple(flags),
        coverage=coverage,
    )


def _unique_ids(claims: list[Claim]) -> list[Claim]:
    seen: dict[str, int] = {}
    out = []
    for claim in claims:
        seen[claim.id] = seen.get(claim.id, 0) + 1
        if seen[claim.id] > 1:
            claim = claim.model_copy(update={"id": f"{claim.id}_{seen[claim.id]}"})
        out.append(claim)
    return out


def _document_id(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "text"
    return slug if slug[0].isalpha() else f"text-{slug}"


def _document(figures: Sequence[Figure], claims: Sequence[Claim], id: str, title: str | None) -> Document:
    if not figures:
        raise DataError("the text states no quantity that could be a figure", file=id)
    return Document(
        id=_document_id(id),
        title=title or f"Draft from {id}: figures and claims found by minestats.audit, to review",
        figures=tuple(figures),
        claims=tuple(claims),
    )


def draft(text: str, *, name: str = "text", title: str | None = None) -> Document:
    """A first data file for ``text``: its figures and the claims the audit found, for a person to review.

    ``draft(text).to_yaml()`` is the text of the data file.

    Raises
    ------
    DataError
        When the text states no quantity at all.

    Examples
    --------
    >>> doc = draft("About 11,258 square kilometres are mined; 1,658.7 km² (14.7 per cent) are cleared.")
    >>> [f.text for f in doc.figures]
    ['about 11,258 km²', '1,658.7 km²', '14.7 per cent']
    >>> [c.id for c in doc.claims]
    ['share_pct_14_7']
    >>> import minestats
    >>> minestats.check(doc).counts["consistent"]
    1
    """
    return audit(text, name=name).draft(title=title)
