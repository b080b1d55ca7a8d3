"""Checking claims: exact, rounding-aware verdicts for each reading.

Each reading reduces to linear forms over the figures it names. A stated
number stands for every true value in its rounding interval (a box over the
figures); a claim is *consistent* when some point of that box satisfies it.
All arithmetic is exact: the stated numbers of a reading become integers
over one common denominator (:func:`~minestats._interval.common_scale`), so
the rules add and compare integers, and the results are
:class:`~fractions.Fraction` values in base units.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from ._format import num, unit_label, with_unit
from ._interval import common_scale
from ._models import Claim, Document, Figure, Reading
from ._numbers import decimal_of, decimal_ratio
from ._report import Implied, Report, Verdict
from ._rules import (
    Coefs,
    at,
    combine,
    extreme,
    form_within,
    linear_form,
    ratio_extreme_terms,
    sum_reason,
    within_holds,
)
from ._types import built, maker
from ._verbal import VerbalMultiple, VerbalShare, verbal_interval
from ._vocab import UNITS, ClaimKind, Direction, Status, direction_of

__all__ = ["check", "check_reading", "verdict_of"]


def check(document: Document) -> Report:
    """Check every reading of every claim of ``document``.

    Parameters
    ----------
    document : Document

    Returns
    -------
    Report
        One :class:`Verdict` per claim reading, in the document's order.

    Examples
    --------
    >>> import minestats
    >>> report = minestats.check(minestats.letter())
    >>> v = report.verdict("cleared_share_of_minefields", "of_minefield_area")
    >>> v.status.value, round(v.computed, 2), round(v.gap, 2)
    ('inconsistent', Decimal('14.73'), Decimal('0.53'))
    """
    figures = document.figures_by_id
    verdicts = [
        verdict_of(document.id, claim, reading, figures)
        for claim in document.claims
        for reading in claim.readings
    ]
    return Report(document=document.id, verdicts=tuple(verdicts))


def check_reading(document: Document, claim: Claim | str, reading: Reading | str | None = None) -> Verdict:
    """Check one reading of one claim.

    ``claim`` and ``reading`` may be given by id; ``reading`` may be left out
    for a claim with a single reading.

    Examples
    --------
    >>> import minestats
    >>> minestats.check_reading(minestats.letter(), "post_conflict_victims_total").status.value
    'consistent'
    """
    if isinstance(claim, str):
        claim = document.claim(claim)
    if reading is None:
        if len(claim.readings) != 1:
            names = ", ".join(r.id for r in claim.readings)
            raise ValueError(f"claim {claim.id!r} has several readings ({names}); name one")
        reading = claim.readings[0]
    elif isinstance(reading, str):
        reading = claim.reading(reading)
    return verdict_of(document.id, claim, reading, document.figures_by_id)


def verdict_of(document: str, claim: Claim, reading: Reading, figures: Mapping[str, Figure]) -> Verdict:
    """The verdict of one reading, given the figures it names by id (for the audit and the plugin).

    ``figures`` must hold every figure the claim names; ``document`` is the id
    the verdict records.
    """
    return _Check(document, claim, reading, figures).run()


_CONTEXT = Context(prec=28)
#: Most figures a reason names one by one; longer sums show the first and the last.
_LONGEST = 12


#: While :func:`shared_ends` runs: the first Decimal of each value a verdict's ``low`` or ``high`` takes.
_ENDS: ContextVar[dict[Decimal, Decimal] | None] = ContextVar("minestats_ends", default=None)


@contextmanager
def shared_ends() -> Iterator[None]:
    """Within the block, verdicts whose stated intervals have equal ends written alike share them.

    An audit of dense text writes thousands of verdicts on percentages, many
    stating the same one ("25 per cent": 24.5 to 25.5): each end is a Decimal
    of about 100 bytes. A later end replaces its equal only when both are
    written alike (``str``), as equal Decimals need not be (``1.0`` and
    ``1.00``). Decimals are immutable: a shared one is the same value.
    """
    token = _ENDS.set({})
    try:
        yield
    finally:
        _ENDS.reset(token)


def _verdict(**fields: Any) -> Verdict:
    """A verdict of fields computed here (so of their types), built without validating them again."""
    ends = _ENDS.get()
    if ends is not None:
        for name in ("low", "high"):
            value = fields.get(name)
            if type(value) is Decimal:
                first = ends.setdefault(value, value)
                if first is not value and str(first) == str(value):
                    fields[name] = first
    return built(Verdict, fields)


def _implied(**fields: Any) -> Implied:
    """An operand's implied interval, computed here, built without validating it again."""
    return built(Implied, fields)


#: A feasible implied interval from its fields, in this order (the alternative unit's given, maybe as None).
_IMPLIED = maker(
    Implied,
    (
        "figure", "unit", "entity", "feasible", "low", "high", "stated",
        "alternative_unit", "alternative_low", "alternative_high",
    ),
)  # fmt: skip


def _quotient(numerator: int, denominator: int) -> Decimal:
    """``numerator / denominator`` as :func:`~minestats._numbers.decimal_of` writes it (28 digits)."""
    if denominator == 1 and -_EXACT < numerator < _EXACT:  # a whole number the division gives as it is
        return Decimal(numerator)
    return _CONTEXT.divide(Decimal(numerator), Decimal(denominator))


#: Whole numbers below this have at most the 28 digits of the checks' context: dividing one by 1 is exact.
_EXACT = 10**28


def _converted(value: tuple[int, int] | None, factor: Fraction) -> Decimal | None:
    """A (numerator, denominator) value in the base unit, in a unit of ``factor`` (``None``: open)."""
    if value is None:
        return None
    return _quotient(value[0] * factor.denominator, value[1] * factor.numerator)


#: A unit's factor as (numerator, denominator), by the unit's name (a fraction's terms are properties).
_TERMS: dict[str, tuple[int, int]] = {}


def _terms(unit: str) -> tuple[int, int]:
    """The numerator and denominator of the factor of the unit named ``unit``."""
    found = _TERMS.get(unit)
    if found is None:
        factor = UNITS[unit].factor
        found = _TERMS[unit] = (factor.numerator, factor.denominator)
    return found


def _range(low: Fraction, high: Fraction) -> str:
    """``low to high`` with enough digits to tell them apart, rounded outwards."""
    for digits in (4, 6, 8, 12):
        text_low = num(decimal_of(low), digits, ROUND_FLOOR)
        text_high = num(decimal_of(high), digits, ROUND_CEILING)
        if text_low != text_high or low == high:
            break
    return f"{text_low} to {text_high}"


@lru_cache(maxsize=2048)
def _interval_text(low: Decimal | None, high: Decimal | None) -> str:
    """A stated figure's rounding interval, its ends rounded outwards (once for each interval).

    :func:`~minestats._format.num` writes a value the same for every way of
    writing it (``1.0``, ``1.00``): equal ends may share the text.
    """
    return f"[{num(low, 8, ROUND_FLOOR)}, {num(high, 8, ROUND_CEILING)}]"


def _ratio_extremes(num: Coefs, den: Coefs, box: Mapping[str, tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The lowest and highest ``num / den`` over the box, as (numerator, denominator) pairs.

    One figure over another, each counted once, with a whole above zero (a
    share of one part and one whole) takes its extremes at the corners: the
    part's low end over the whole's high end, and its high end over the
    whole's low end; any other forms go through
    :func:`~minestats._rules.ratio_extreme_terms`. The pairs differ from
    those only in their terms, never in value.
    """
    if len(num) == 1 and len(den) == 1:
        (part, a), (whole, b) = next(iter(num.items())), next(iter(den.items()))
        if a == 1 and b == 1 and part != whole:
            part_low, _, part_high = box[part]
            whole_low, _, whole_high = box[whole]
            if whole_low > 0:
                return [(part_low, whole_high), (part_high, whole_low)]
    return [ratio_extreme_terms(num, den, box, highest=h) for h in (False, True)]


def _positive(n: int, d: int) -> tuple[int, int]:
    """``n / d`` with a positive denominator (0 raises, as a fraction's would)."""
    if d == 0:
        raise ZeroDivisionError(f"Fraction({n}, 0)")
    return (n, d) if d > 0 else (-n, -d)


def _equal(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Whether two (numerator, positive denominator) pairs are the same value."""
    return x[0] * y[1] == y[0] * x[1]


@dataclass
class _Check:
    document: str
    claim: Claim
    reading: Reading
    figures: Mapping[str, Figure]

    def run(self) -> Verdict:
        kind = self.claim.kind
        self.operands = list(dict.fromkeys(self.reading.part + self.reading.whole + self.reading.less))
        self.stated_figure = self.figures[self.claim.stated] if self.claim.stated else None
        involved = ([self.stated_figure] if self.stated_figure else []) + [
            self.figures[i] for i in self.operands
        ]
        # one pass over the figures: their qualifiers, the unknown ones, the known ones by id (a figure
        # named twice once), and of those the numbers in digits (with their rounding) and in words
        qualifiers: dict[str, str] = {}
        unknown: list[Figure] = []
        known: dict[str, Figure] = {}
        for f in involved:
            if f.qualifier:
                qualifiers[f.id] = f.qualifier
            if f.value is None:
                unknown.append(f)
            else:
                known[f.id] = f
        digits: list[str] = []  # the ids of the numbers in digits
        stated: list[tuple[Decimal, bool, Fraction]] = []
        verbal: list[Figure] = []
        for f in known.values():
            if isinstance(f.value, VerbalShare):
                verbal.append(f)
            else:
                digits.append(f.id)
                stated.append((f.value, f.unit == "count", f.unit_info.factor))  # type: ignore[arg-type]
        self.base: dict[str, Any] = {
            "document": self.document,
            "claim": self.claim.id,
            "reading": self.reading.id,
            "kind": kind,
            "label": self.claim.label,
            "reading_label": self.reading.label,
            "qualifiers": qualifiers,
            "expect": self.reading.expect,
            "note": self.reading.note,
            "locator": self.claim.locator or (self.stated_figure.locator if self.stated_figure else None),
        }
        # Every stated number as an integer over one common denominator: the rules then add and
        # compare integers (exact, and linear in the number of operands at a small constant).
        self.scale, rows = common_scale(stated)
        self.box: dict[str, tuple[int, int, int]] = dict(zip(digits, rows, strict=True))
        if verbal:
            self._add_verbal(verbal)
        self.a = linear_form(self.reading.part)
        self.b = linear_form(self.reading.whole)
        if self.reading.less:  # an earlier figure stated as the later one less the difference
            self.b = combine(self.b, linear_form(self.reading.less), 1)
        if kind is ClaimKind.CHANGE and self.stated_figure and self.stated_figure.unit == "percentage points":
            return self._points(unknown)
        if kind in (ClaimKind.SHARE, ClaimKind.MULTIPLE, ClaimKind.CHANGE):
            return self._ratio(unknown)
        if kind is ClaimKind.SUM:
            return self._sum(unknown)
        if kind is ClaimKind.PARTITION:
            return self._partition(unknown)
        if kind is ClaimKind.SAME:
            return self._same(unknown)
        return self._subset(unknown)

    # -- helpers ---------------------------------------------------------------

    def _add_verbal(self, figures: list[Figure]) -> None:
        """Shares in words into the box: the scale grows to hold their fractions as integers."""
        ends = {}
        for figure in figures:
            assert isinstance(figure.value, VerbalShare)
            ends[figure.id] = verbal_interval(figure.value.fraction)
        scale = self.scale
        for triple in ends.values():
            for end in triple:
                scale = math.lcm(scale, end.denominator)
        k = scale // self.scale
        if k != 1:
            self.box = {i: (low * k, point * k, high * k) for i, (low, point, high) in self.box.items()}
        for ident, (low, point, high) in ends.items():
            self.box[ident] = (int(low * scale), int(point * scale), int(high * scale))
        self.scale = scale

    def _said(self, figure: Figure) -> str:
        """A stated figure as a reader sees it: with its unit, or its words ("two thirds", "double")."""
        if isinstance(figure.value, VerbalShare | VerbalMultiple):
            return figure.value.words
        return with_unit(figure.stated, figure.unit)

    def _base(self, scaled: int) -> Fraction:
        """A scaled integer of the box as an exact value in the base unit."""
        return Fraction(scaled, self.scale)

    def _term(self, ident: str) -> str:
        f = self.figures[ident]
        if isinstance(f.value, VerbalShare):
            return f.value.words
        unit = "" if f.unit == "count" else " " + ("%" if f.unit == "percent" else f.unit)
        return f"{f.stated}{unit}"

    def _side(self, ids: tuple[str, ...], *, brackets: bool = True) -> str:
        """The stated figures added up, as a reader would write them; a long list is shortened."""
        if len(ids) == 1:
            return self._term(ids[0])
        if len(ids) > _LONGEST:
            shown = [*map(self._term, ids[: _LONGEST - 2]), "\u2026", self._term(ids[-1])]
            text = " + ".join(shown) + f" ({len(ids):,} figures)"
        else:
            text = " + ".join(map(self._term, ids))
        return f"({text})" if brackets and len(ids) > 1 else text

    def _whole_side(self, *, brackets: bool = True) -> str:
        """The whole as a reader would write it: its figures added up, less those of ``less``."""
        if not self.reading.less:
            return self._side(self.reading.whole, brackets=brackets)
        text = " - ".join(
            [self._side(self.reading.whole, brackets=False), *map(self._term, self.reading.less)]
        )
        return f"({text})" if brackets else text

    def _unknown_reason(self, unknown: list[Figure]) -> str:
        names = ", ".join(f"{f.id} ({f.locator.quote!r})" for f in unknown)
        verb = "has" if len(unknown) == 1 else "have"
        return f"{names} {verb} no stated value, so the claim cannot be decided"

    def _implied(
        self, constraints: list[tuple[Coefs, str, int]], ids: Iterable[str], *, over_box: bool = False
    ) -> tuple[Implied, ...]:
        """For each figure, the interval that satisfies every constraint, others at their stated values.

        Linear in the number of figures: each form's value at the stated point
        (or its extremes, with ``over_box``) is summed once, and each figure's
        own term taken back out of it. Constraints are integer forms over the
        scaled box, with integer right-hand sides at the same scale; bounds
        are kept as integer pairs (numerator, denominator) and compared by
        cross-multiplication.

        With ``over_box=True`` the other figures range over their rounding
        intervals instead of sitting at their stated values: the result holds
        every value of the figure for which some values that round to the
        stated ones satisfy the claim. (For each choice of the others, one
        lower and one upper constraint give an interval; where that interval
        is never empty, as for a figure on one side of a share or a sum,
        their union is exactly the interval found; otherwise it is wider,
        never narrower.)
        """
        sums = self._sums(constraints, over_box)
        out = []
        for ident in ids:
            feasible, low, high = self._bounds(constraints, sums, ident, over_box)
            out.append(self._implied_in_units(self.figures[ident], feasible, low, high))
        return tuple(out)

    def _sums(self, constraints: list[tuple[Coefs, str, int]], over_box: bool) -> list[tuple[int, int, int]]:
        """Each constraint's form at the stated point, and its lowest and highest value on the box."""
        return [
            (
                at(form, self.box, 1),
                extreme(form, self.box, highest=False) if over_box else 0,
                extreme(form, self.box, highest=True) if over_box else 0,
            )
            for form, _, _ in constraints
        ]

    def _bounds(
        self,
        constraints: list[tuple[Coefs, str, int]],
        sums: list[tuple[int, int, int]],
        ident: str,
        over_box: bool,
    ) -> tuple[bool, tuple[int, int], tuple[int, int] | None]:
        """Feasibility and (numerator, denominator) bounds of one figure in the base unit."""
        low_box, point, high_box = self.box[ident]
        low_n, low_d = 0, 1
        high_n: int | None = None
        high_d = 1
        feasible = True
        for (form, op, rhs), (at_point, lowest, highest) in zip(constraints, sums, strict=True):
            c = form.get(ident, 0)
            if not over_box:
                total = at_point - c * point
                if c == 0:
                    feasible = feasible and (total >= rhs if op == ">=" else total <= rhs)
                    continue
            elif c == 0:
                feasible = feasible and (highest >= rhs if op == ">=" else lowest <= rhs)
                continue
            lower = (op == ">=") == (c > 0)
            if over_box:  # the rest of the form at the extreme that makes this bound loosest
                if lower == (c > 0):
                    total = highest - c * (high_box if c > 0 else low_box)
                else:
                    total = lowest - c * (low_box if c > 0 else high_box)
            rest = rhs - total
            n, d = (rest, c) if c > 0 else (-rest, -c)
            if lower:
                if n * low_d > low_n * d:
                    low_n, low_d = n, d
            elif high_n is None or n * high_d < high_n * d:
                high_n, high_d = n, d
        high = None if high_n is None else (high_n, high_d * self.scale)
        return feasible, (low_n, low_d * self.scale), high

    def _whole_number_gap(
        self, constraints: list[tuple[Coefs, str, int]], ids: Iterable[str], unknown: Figure | None = None
    ) -> tuple[Figure, tuple[int, int], tuple[int, int] | None] | None:
        """The first count that no whole number can fill (the GRIM rule), with the values it would need.

        For each count among ``ids`` (and ``unknown``, a count with no stated
        value, taken as anything from 0 up), the values for which some values
        rounding to the other stated figures satisfy the constraints,
        within its own rounding interval; a count is a whole number (and the
        whole of a share at least 1), so if that range holds none, the claim
        cannot hold. Ranges are in the base
        unit, as (numerator, denominator) pairs.
        """
        counts = [i for i in dict.fromkeys(ids) if self.figures[i].unit == "count"]
        if unknown is not None and unknown.unit == "count":
            counts.append(unknown.id)
        if not counts:
            return None
        sums = self._sums(constraints, True)
        for ident in counts:
            feasible, low, high = self._bounds(constraints, sums, ident, True)
            if unknown is None or ident != unknown.id:
                own_low, _, own_high = self.box[ident]
                if own_low * low[1] > low[0] * self.scale:
                    low = (own_low, self.scale)
                if high is None or own_high * high[1] < high[0] * self.scale:
                    high = (own_high, self.scale)
            whole_low = -(-low[0] // low[1])
            if ident in self.b and ident not in self.a:  # a whole of no items gives no share
                whole_low = max(whole_low, 1)
            if not feasible or (high is not None and whole_low > high[0] // high[1]):
                return self.figures[ident], low, high
        return None

    def _implied_in_units(
        self, figure: Figure, feasible: bool, low: tuple[int, int], high: tuple[int, int] | None
    ) -> Implied:
        """An implied interval given as (numerator, denominator) pairs in the base unit.

        A count's implied values are the whole numbers in the interval (the
        GRIM rule): ``[3.465, 3.535]`` people holds none, so no count does.
        """
        unit = figure.unit_info
        if figure.unit == "count":
            whole_low = -(-low[0] // low[1])
            whole_high = None if high is None else high[0] // high[1]
            feasible = feasible and (whole_high is None or whole_low <= whole_high)
            low = (whole_low, 1)
            high = None if whole_high is None else (whole_high, 1)
        elif high is not None and low[0] * high[1] > high[0] * low[1]:
            feasible = False
        if not feasible:
            return _implied(
                figure=figure.id, unit=figure.unit, entity=figure.entity, feasible=False, stated=figure.value
            )

        one = low == high  # a single value: one Decimal for both ends
        factor_n, factor_d = _terms(unit.name)
        low_value = _quotient(low[0] * factor_d, low[1] * factor_n)
        if one or high is None:  # one value, or no upper end
            high_value = low_value if one else None
        else:
            high_value = _quotient(high[0] * factor_d, high[1] * factor_n)
        if not unit.alternative:
            return _IMPLIED(
                figure.id, figure.unit, figure.entity, True, low_value, high_value, figure.value,
                None, None, None,
            )  # fmt: skip
        alt = UNITS[unit.alternative]
        alt_low = _quotient(low[0] * alt.factor.denominator, low[1] * alt.factor.numerator)
        alt_high = alt_low if one else _converted(high, alt.factor)
        return _IMPLIED(
            figure.id, figure.unit, figure.entity, True, low_value, high_value, figure.value,
            alt.name, alt_low, alt_high,
        )  # fmt: skip

    # -- kinds -----------------------------------------------------------------

    def _target(self, cap: int | None) -> tuple[int | None, int, int | None, Direction | None]:
        """The stated figure's (low, point, high) at the scale, one end opened by a directional qualifier.

        "More than 12 %" holds from the low end of 12's rounding up to
        ``cap`` (100 % for a share of a whole; ``None``, unbounded, else);
        "nearly 12 %" from 0 up to the high end of its rounding. Vague
        qualifiers change nothing.
        """
        stated = self.stated_figure
        assert stated is not None
        low: int | None
        high: int | None
        low, point, high = self.box[stated.id]
        direction = direction_of(stated.qualifier)
        if direction is Direction.LOWER_BOUND:
            high = cap
        elif direction is Direction.UPPER_BOUND:
            low = 0
        else:
            direction = None
        return low, point, high, direction

    def _stated_base(self, unit: str, gap_unit: str, cap: Decimal | None) -> dict[str, Any]:
        """The verdict's fields about the stated figure: its value, text and interval (a bound's open end)."""
        stated = self.stated_figure
        assert stated is not None
        base = dict(self.base, unit=unit, gap_unit=gap_unit, stated=stated.value, stated_text=stated.stated)
        if stated.value is not None:
            low, rounded_high = stated.interval  # type: ignore[misc]
            high: Decimal | None = rounded_high
            direction = direction_of(stated.qualifier)
            if direction is Direction.LOWER_BOUND:
                high = cap
            elif direction is Direction.UPPER_BOUND:
                low = Decimal(0)
            if direction in (Direction.LOWER_BOUND, Direction.UPPER_BOUND):
                base["stated_text"] = f"{stated.qualifier} {stated.stated}"  # a bound: the words say which
            base["low"], base["high"] = low, high
        return base

    def _words(self, direction: Direction | None) -> str:
        """What the stated figure says, and, for a bound, how it is read."""
        stated = self.stated_figure
        assert stated is not None
        text = self._said(stated)
        if direction is None:
            return text
        article = "an" if direction is Direction.UPPER_BOUND else "a"
        return f"{stated.qualifier} {text}, {article} {direction.value} (within its rounding)"

    def _ratio(self, unknown: list[Figure]) -> Verdict:
        """share, multiple and relative change: a ratio of two linear forms within a target interval.

        The stated value ``v`` and the ratio ``r = num / den`` are related by
        ``v = sign * (r - offset)``: a share or a multiple is the ratio
        itself; a change relative to the earlier figure is ``later / earlier
        - 1`` (an increase) or ``1 - later / earlier`` (a decrease), and
        relative to the later one ``earlier / later`` takes the ratio's place.
        """
        stated_figure = self.stated_figure
        assert stated_figure is not None
        kind = self.claim.kind
        unit = stated_figure.unit_info
        scale = self.scale
        sign, offset, swap = 1, 0, False
        if kind is ClaimKind.CHANGE:
            later = self.reading.relative_to == "later"
            increase = self.claim.change == "increase"
            sign, offset, swap = (1 if increase != later else -1), 1, later
        num_form, den_form = (self.b, self.a) if swap else (self.a, self.b)
        self.a, self.b = num_form, den_form  # the whole-number rule's "whole" is the denominator
        share = kind is ClaimKind.SHARE
        base = self._stated_base(
            stated_figure.unit,
            "percentage points" if stated_figure.unit == "percent" else unit.name,
            Decimal(100) if share else None,
        )
        v_low: int | None
        v_high: int | None
        if stated_figure.value is not None:
            v_low, v_point, v_high, direction = self._target(scale if share else None)
        else:
            v_low = v_point = v_high = 0
            direction = None
        r_bounds = self._ratio_bounds(sign, offset, v_low, v_high)
        constraints = self._ratio_constraints(*r_bounds)
        if unknown:
            if len(unknown) == 1 and unknown[0] is not stated_figure:
                return self._one_unknown(base, unknown[0], constraints)
            return _verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        part_side, whole_side = self._side(self.reading.part), self._whole_side()
        den_side, num_side = (part_side, whole_side) if swap else (whole_side, part_side)
        den_point = at(den_form, self.box, 1)
        if den_point == 0:
            return _verdict(
                **base,
                status=Status.INDETERMINATE,
                reason=f"the whole {den_side} is zero, so no {kind} can be computed",
            )
        if self.reading.less and extreme(den_form, self.box, highest=False) <= 0:
            # a difference of figures: the ratio's extremes need a denominator above zero on the whole box
            return _verdict(
                **base,
                status=Status.INDETERMINATE,
                reason=f"the whole {den_side} is not above zero for every value that rounds to its"
                f" figures, so no {kind} can be computed",
            )
        # Every value below is a pair of integers (numerator, denominator > 0): a stated figure's
        # unit, the ratio and its extremes are exact, and no fraction is built on the common path.
        factor_n, factor_d = _terms(unit.name)

        def stated(n: int, d: int) -> tuple[int, int]:
            """The ratio ``n / d`` (``d > 0``) as the stated figure: ``sign * (n / d - offset) / factor``."""
            return sign * (n - offset * d) * factor_d, d * factor_n

        num_point = at(num_form, self.box, 1)
        if den_point < 0:  # pragma: no cover - the forms add stated values, never below zero
            num_point, den_point = -num_point, -den_point
        at_stated = stated(num_point, den_point)
        ends = [stated(*_positive(*terms)) for terms in _ratio_extremes(num_form, den_form, self.box)]
        if ends[0][0] * ends[1][1] > ends[1][0] * ends[0][1]:
            ends.reverse()
        # num / den within the bounds somewhere on the box (ratio_within), from the constraints' forms
        consistent = True
        for form, op, _ in constraints:
            lower = op == ">="
            reached = extreme(form, self.box, highest=lower)
            if reached < 0 if lower else reached > 0:
                consistent = False
        computed = decimal_ratio(*at_stated)
        gap = decimal_ratio(
            (sign * (num_point - offset * den_point) * scale - v_point * den_point) * factor_d,
            den_point * scale * factor_n,
        )
        symbol = unit_label(stated_figure.unit)
        expression = f"{num_side} / {den_side}"
        if kind is ClaimKind.CHANGE:
            expression = f"{self._difference()} / {den_side}"
        ratio_text = f"{expression} = {num(computed, 4)} {symbol}"

        def end(v: int | None, default: str) -> str:
            return default if v is None else num(decimal_ratio(v * factor_d, scale * factor_n), 12)

        if direction is None:
            interval_text = f"{_interval_text(base['low'], base['high'])} {symbol}"
        else:
            interval_text = f"[{end(v_low, '0')}, {end(v_high, '∞')}] {symbol}"
        # the ratio times the scale, against the scaled ends: sign * (n - offset * d) * scale / d
        scaled = sign * (num_point - offset * den_point) * scale
        at_point = (v_low is None or scaled >= v_low * den_point) and (
            v_high is None or scaled <= v_high * den_point
        )
        if consistent and at_point:
            if direction is None:
                reason = (
                    f"{ratio_text}, within the rounding interval {interval_text}"
                    f" of the stated {self._said(stated_figure)}"
                )
            else:
                reason = f"{ratio_text}, within {interval_text}: the stated {self._words(direction)}"
        elif consistent:
            reason = (
                f"{ratio_text}, outside {interval_text} at the stated values, but values that round to"
                f" the stated figures give {num(decimal_ratio(*ends[0]), 4)} to"
                f" {num(decimal_ratio(*ends[1]), 4)} {symbol}, which meets it"
            )
        else:
            reason = (
                f"{ratio_text}; no values that round to the stated figures give a {kind} in"
                f" {interval_text} (they give {_range(Fraction(*ends[0]), Fraction(*ends[1]))} {symbol})"
            )
            if direction is not None:
                reason += f"; the stated {self._words(direction)}"
        if consistent and (gap_found := self._whole_number_gap(constraints, self.operands)):
            consistent = False
            reason = f"{ratio_text}; {self._whole_number_reason(*gap_found)}"
        # exact operands give one value at every end: one Decimal object for it
        return _verdict(
            **base,
            status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
            computed=computed,
            computed_low=computed if _equal(ends[0], at_stated) else decimal_ratio(*ends[0]),
            computed_high=computed if _equal(ends[1], at_stated) else decimal_ratio(*ends[1]),
            gap=gap,
            implied=self._implied(constraints, self.operands),
            reason=reason,
        )

    def _difference(self) -> str:
        """A change's difference as a reader writes it: later minus earlier for an increase."""
        earlier, later = self._whole_side(), self._side(self.reading.part)
        return f"({later} - {earlier})" if self.claim.change == "increase" else f"({earlier} - {later})"

    def _ratio_bounds(
        self, sign: int, offset: int, v_low: int | None, v_high: int | None
    ) -> tuple[int | None, int | None]:
        """The ratio's bounds at the scale for a stated value in ``[v_low, v_high]`` (``None``: open)."""
        shift = offset * self.scale
        if sign > 0:
            return (None if v_low is None else shift + v_low), (None if v_high is None else shift + v_high)
        return (None if v_high is None else shift - v_high), (None if v_low is None else shift - v_low)

    def _ratio_constraints(self, low: int | None, high: int | None) -> list[tuple[Coefs, str, int]]:
        """num / den within [low, high] / scale, as constraints for :meth:`_implied` (open ends left out)."""
        out = []
        if low is not None:
            out.append((combine(self.a, self.b, low, self.scale), ">=", 0))
        if high is not None:
            out.append((combine(self.a, self.b, high, self.scale), "<=", 0))
        return out

    def _one_unknown(
        self, base: dict[str, Any], figure: Figure, constraints: list[tuple[Coefs, str, int]]
    ) -> Verdict:
        """One operand has no stated value: what it would have to be, and whether any value can be.

        The other figures range over their rounding intervals. When no value
        of the unknown can make the claim hold (a count, which is a whole
        number, whose range holds none; parts that already exceed the stated
        total), the claim is inconsistent whatever the figure is.
        """
        self.box[figure.id] = (0, 0, 0)
        try:
            (implied,) = self._implied(constraints, [figure.id], over_box=True)
            found = self._whole_number_gap(constraints, (), unknown=figure)
        finally:
            del self.box[figure.id]
        if implied.feasible and found is None:
            return _verdict(
                **base, status=Status.INDETERMINATE, reason=self._unknown_reason([figure]), implied=(implied,)
            )
        if found is not None and figure.unit == "count":
            why = self._whole_number_reason(*found)
            implied = self._implied_in_units(figure, False, (0, 1), None)
        else:
            why = "no value of it can make the claim hold with the stated figures"
        reason = f"{figure.id} ({figure.locator.quote!r}) has no stated value, but {why}"
        return _verdict(**base, status=Status.INCONSISTENT, reason=reason, implied=(implied,))

    def _whole_number_reason(self, figure: Figure, low: tuple[int, int], high: tuple[int, int] | None) -> str:
        what = figure.entity or "items"
        where = (
            f"at least {num(_quotient(*low), 6)}"
            if high is None
            else f"from {_range(Fraction(*low), Fraction(*high))}"
        )
        if high is not None and low[0] * high[1] > high[0] * low[1]:
            return f"no value of {figure.id} makes the claim hold with the stated figures"
        if high is not None and -(-low[0] // low[1]) <= high[0] // high[1]:
            return f"{figure.id} would have to be {where}, and the whole of a share is at least one"
        return (
            f"{figure.id} counts {what}, a whole number, and would have to be {where}, which holds no"
            " whole number"
        )

    def _sum(self, unknown: list[Figure]) -> Verdict:
        total = self.stated_figure
        assert total is not None
        gap_unit = total.entity if total.unit == "count" and total.entity else total.unit
        base = self._stated_base(total.unit, gap_unit, None)
        return self._linear(base, unknown, self.a, self.reading.part, "total")

    def _points(self, unknown: list[Figure]) -> Verdict:
        """A change in percentage points: later minus earlier (a decrease: the reverse) is the stated one."""
        base = self._stated_base("percentage points", "percentage points", None)
        first, second = (self.a, self.b) if self.claim.change == "increase" else (self.b, self.a)
        return self._linear(base, unknown, combine(first, second, 1), self.operands, "change")

    def _linear(
        self, base: dict[str, Any], unknown: list[Figure], form: Coefs, ids: Iterable[str], what: str
    ) -> Verdict:
        """A linear form of the operands (a sum, a difference) against the stated figure's interval.

        A directional qualifier on the stated figure opens one end (see
        :meth:`_target`); the form's value is in the stated figure's unit.
        """
        total = self.stated_figure
        assert total is not None
        unit = total.unit_info
        if total.value is None:
            return _verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        t_low, t_point, t_high, direction = self._target(None)
        constraints = self._form_constraints(form, t_low, t_high)
        if unknown:
            if len(unknown) == 1:
                return self._one_unknown(base, unknown[0], constraints)
            return _verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        point = at(form, self.box, 1)
        p_low = extreme(form, self.box, highest=False)
        p_high = extreme(form, self.box, highest=True)
        consistent = form_within(form, self.box, t_low, t_high)
        computed = decimal_of(unit.from_base(self._base(point)))
        if self.claim.kind is ClaimKind.CHANGE:
            expression = f"{self._difference()} = {with_unit(num(computed, 12), total.unit)}"
        else:
            expression = self._side(self.reading.part, brackets=False) + f" = {num(computed, 12)}"
        at_point = (t_low is None or point >= t_low) and (t_high is None or point <= t_high)
        stated_words = total.stated if direction is None else self._words(direction)
        if direction is None and self.claim.kind is ClaimKind.CHANGE:
            stated_words = self._said(total)
        reason = sum_reason(expression, stated_words, consistent=consistent, at_point=at_point, what=what)
        return _verdict(
            **base,
            status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
            computed=computed,
            computed_low=computed if p_low == point else decimal_of(unit.from_base(self._base(p_low))),
            computed_high=computed if p_high == point else decimal_of(unit.from_base(self._base(p_high))),
            gap=decimal_of(unit.from_base(self._base(point - t_point))),
            implied=self._implied(constraints, dict.fromkeys(ids)),
            reason=reason,
        )

    @staticmethod
    def _form_constraints(form: Coefs, low: int | None, high: int | None) -> list[tuple[Coefs, str, int]]:
        out: list[tuple[Coefs, str, int]] = []
        if low is not None:
            out.append((form, ">=", low))
        if high is not None:
            out.append((form, "<=", high))
        return out

    def _partition(self, unknown: list[Figure]) -> Verdict:
        """Shares of one whole add up to 100 %, within the rounding of each (an unstated one is implied).

        A share stated as a bound ("more than 60 %") ranges from the low end
        of its rounding to 100 % ("nearly 40 %": from 0 to the high end).
        """
        hundred = self.scale  # 100 % is 1 in the base unit
        for ident in self.reading.part:
            figure = self.figures[ident]
            if ident not in self.box:
                continue
            low, point, high = self.box[ident]
            direction = direction_of(figure.qualifier)
            if direction is Direction.LOWER_BOUND:
                self.box[ident] = (low, point, max(hundred, high))
            elif direction is Direction.UPPER_BOUND:
                self.box[ident] = (0, point, high)
        base = dict(
            self.base, unit="percent", gap_unit="percentage points", stated=Decimal(100), stated_text="100",
            low=Decimal(100), high=Decimal(100),
        )  # fmt: skip
        constraints = self._form_constraints(self.a, hundred, hundred)
        if unknown:
            if len(unknown) == 1:
                return self._one_unknown(base, unknown[0], constraints)
            return _verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        point = at(self.a, self.box, 1)
        consistent = form_within(self.a, self.box, hundred, hundred)
        computed = decimal_of(Fraction(point * 100, self.scale))
        low_sum = decimal_of(Fraction(extreme(self.a, self.box, highest=False) * 100, self.scale))
        high_sum = decimal_of(Fraction(extreme(self.a, self.box, highest=True) * 100, self.scale))
        expression = (
            self._side(self.reading.part, brackets=False).replace(" %", "") + f" = {num(computed, 12)} %"
        )
        spread = "values that round to the stated shares add up to"
        spread += f" {num(low_sum, 12)} to {num(high_sum, 12)} %"
        if consistent and point == hundred:
            reason = f"{expression}: the shares of one whole add up to 100 %"
        elif consistent:
            reason = f"{expression}; {spread}, which meets 100 %"
        else:
            reason = f"{expression}; {spread}, never 100 %"
        return _verdict(
            **base,
            status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
            computed=computed,
            computed_low=low_sum,
            computed_high=high_sum,
            gap=computed - 100,
            implied=self._implied(constraints, self.reading.part, over_box=True),
            reason=reason,
        )

    def _same(self, unknown: list[Figure]) -> Verdict:
        """Two or more figures state one quantity: their rounding intervals share a value."""
        ids = list(dict.fromkeys(self.reading.part))
        first = self.figures[ids[0]]
        unit = first.unit_info
        gap_unit = first.entity if first.unit == "count" and first.entity else first.unit
        base = dict(
            self.base, unit=first.unit, gap_unit=gap_unit, stated=first.value, stated_text=first.stated
        )
        if first.value is not None:
            base["low"], base["high"] = first.interval  # type: ignore[misc]
        if unknown:
            return _verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        boxes = [self.box[i] for i in ids]
        lowest_high = min(b[2] for b in boxes)
        highest_low = max(b[0] for b in boxes)
        consistent = highest_low <= lowest_high
        others = [self.box[i] for i in ids[1:]]
        o_low, o_high = max(b[0] for b in others), min(b[2] for b in others)
        second = self.box[ids[1]]
        computed = decimal_of(unit.from_base(self._base(second[1])))
        stated_texts = " = ".join(self._term(i) for i in ids)
        if consistent:
            common = _range(unit.from_base(self._base(highest_low)), unit.from_base(self._base(lowest_high)))
            label = unit_label(first.unit, first.entity)
            reason = f"{stated_texts}: their rounding intervals share {common} {label}"
        else:
            reason = f"{stated_texts}: their rounding intervals share no value: not one quantity"
        implied = []
        for index, ident in enumerate(ids):
            rest = [self.box[i] for i in ids if i != ident] if len(ids) > 2 else [boxes[1 - index]]
            low, high = max(b[0] for b in rest), min(b[2] for b in rest)
            implied.append(
                self._implied_in_units(
                    self.figures[ident], low <= high, (low, self.scale), (high, self.scale)
                )
            )
        return _verdict(
            **base,
            status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
            computed=computed,
            computed_low=decimal_of(unit.from_base(self._base(o_low))) if o_low <= o_high else None,
            computed_high=decimal_of(unit.from_base(self._base(o_high))) if o_low <= o_high else None,
            gap=decimal_of(unit.from_base(self._base(second[1] - boxes[0][1]))),
            implied=tuple(implied),
            reason=reason,
        )

    def _subset(self, unknown: list[Figure]) -> Verdict:
        whole_figure = self.figures[self.reading.whole[0]]
        unit = whole_figure.unit_info
        gap_unit = whole_figure.entity if whole_figure.unit == "count" and whole_figure.entity else unit.name
        stated_text = " + ".join(self.figures[i].stated for i in self.reading.whole)
        base = dict(self.base, unit=unit.name, gap_unit=gap_unit, stated_text=stated_text)
        if unknown:
            return _verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        whole_point = at(self.b, self.box, 1)
        part_point = at(self.a, self.box, 1)
        difference = combine(self.a, self.b, 1)
        # A whole stated as a lower bound ("more than 5,000 casualties") has no upper end: any part fits.
        direction = direction_of(whole_figure.qualifier) if len(self.reading.whole) == 1 else None
        open_above = direction is Direction.LOWER_BOUND
        consistent = open_above or bool(within_holds(self.a, self.b, self.box))
        part_text = f"{self._side(self.reading.part)}"
        whole_text = f"{self._side(self.reading.whole)}"
        if open_above and part_point > whole_point:
            reason = f"{part_text} fits within {whole_figure.qualifier} {whole_text}, a lower bound"
        elif consistent and part_point <= whole_point:
            reason = f"{part_text} does not exceed {whole_text}"
        elif consistent:
            reason = (
                f"{part_text} exceeds {whole_text} at the stated values, but values rounding to them need not"
            )
        else:
            reason = f"{part_text} exceeds {whole_text}: a part cannot be larger than its whole"
        return _verdict(
            **base,
            status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
            stated=decimal_of(unit.from_base(self._base(whole_point))),
            low=Decimal(0),
            high=None
            if open_above
            else decimal_of(unit.from_base(self._base(extreme(self.b, self.box, highest=True)))),
            computed=decimal_of(unit.from_base(self._base(part_point))),
            computed_low=decimal_of(unit.from_base(self._base(extreme(self.a, self.box, highest=False)))),
            computed_high=decimal_of(unit.from_base(self._base(extreme(self.a, self.box, highest=True)))),
            gap=decimal_of(unit.from_base(self._base(part_point - whole_point))),
            implied=self._implied([] if open_above else [(difference, "<=", 0)], self.operands),
            reason=reason,
        )
