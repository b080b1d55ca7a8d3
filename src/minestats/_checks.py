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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal
from fractions import Fraction
from typing import Any

from ._format import num
from ._interval import common_scale
from ._models import Claim, Document, Figure, Reading
from ._numbers import decimal_of
from ._report import Implied, Report, Verdict
from ._rules import (
    Coefs,
    at,
    combine,
    extreme,
    linear_form,
    ratio_extreme,
    share_holds,
    sum_holds,
    within_holds,
)
from ._vocab import UNITS, ClaimKind, Status

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


def _quotient(numerator: int, denominator: int) -> Decimal:
    """``numerator / denominator`` as :func:`~minestats._numbers.decimal_of` writes it (28 digits)."""
    return _CONTEXT.divide(Decimal(numerator), Decimal(denominator))


def _range(low: Fraction, high: Fraction) -> str:
    """``low to high`` with enough digits to tell them apart, rounded outwards."""
    for digits in (4, 6, 8, 12):
        text_low = num(decimal_of(low), digits, ROUND_FLOOR)
        text_high = num(decimal_of(high), digits, ROUND_CEILING)
        if text_low != text_high or low == high:
            break
    return f"{text_low} to {text_high}"


@dataclass
class _Check:
    document: str
    claim: Claim
    reading: Reading
    figures: Mapping[str, Figure]

    def run(self) -> Verdict:
        kind = self.claim.kind
        self.operands = list(dict.fromkeys(self.reading.part + self.reading.whole))
        self.stated_figure = self.figures[self.claim.stated] if self.claim.stated else None
        involved = ([self.stated_figure] if self.stated_figure else []) + [
            self.figures[i] for i in self.operands
        ]
        self.base: dict[str, Any] = {
            "document": self.document,
            "claim": self.claim.id,
            "reading": self.reading.id,
            "kind": kind,
            "label": self.claim.label,
            "reading_label": self.reading.label,
            "qualifiers": {f.id: f.qualifier for f in involved if f.qualifier},
            "expect": self.reading.expect,
            "note": self.reading.note,
            "locator": self.claim.locator or (self.stated_figure.locator if self.stated_figure else None),
        }
        unknown = [f for f in involved if f.value is None]
        known = list({f.id: f for f in involved if f.value is not None}.values())
        # Every stated number as an integer over one common denominator: the rules then add and
        # compare integers (exact, and linear in the number of operands at a small constant).
        self.scale, rows = common_scale([(f.value, f.unit == "count", f.unit_info.factor) for f in known])  # type: ignore[misc]
        self.box: dict[str, tuple[int, int, int]] = {f.id: row for f, row in zip(known, rows, strict=True)}
        self.a = linear_form(self.reading.part)
        self.b = linear_form(self.reading.whole)
        if kind is ClaimKind.SHARE:
            return self._share(unknown)
        if kind is ClaimKind.SUM:
            return self._sum(unknown)
        return self._subset(unknown)

    # -- helpers ---------------------------------------------------------------

    def _base(self, scaled: int) -> Fraction:
        """A scaled integer of the box as an exact value in the base unit."""
        return Fraction(scaled, self.scale)

    def _term(self, ident: str) -> str:
        f = self.figures[ident]
        unit = "" if f.unit == "count" else " " + ("%" if f.unit == "percent" else f.unit)
        return f"{f.stated}{unit}"

    def _side(self, ids: tuple[str, ...], *, brackets: bool = True) -> str:
        """The stated figures added up, as a reader would write them; a long list is shortened."""
        if len(ids) > _LONGEST:
            shown = [*map(self._term, ids[: _LONGEST - 2]), "\u2026", self._term(ids[-1])]
            text = " + ".join(shown) + f" ({len(ids):,} figures)"
        else:
            text = " + ".join(map(self._term, ids))
        return f"({text})" if brackets and len(ids) > 1 else text

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
            return Implied(
                figure=figure.id, unit=figure.unit, entity=figure.entity, feasible=False, stated=figure.value
            )

        def conv(value: tuple[int, int] | None, factor: Fraction) -> Decimal | None:
            if value is None:
                return None
            return _quotient(value[0] * factor.denominator, value[1] * factor.numerator)

        alt = UNITS[unit.alternative] if unit.alternative else None
        return Implied(
            figure=figure.id,
            unit=figure.unit,
            entity=figure.entity,
            feasible=True,
            low=conv(low, unit.factor),
            high=conv(high, unit.factor),
            stated=figure.value,
            alternative_unit=alt.name if alt else None,
            alternative_low=conv(low, alt.factor) if alt else None,
            alternative_high=conv(high, alt.factor) if alt else None,
        )

    # -- kinds -----------------------------------------------------------------

    def _share(self, unknown: list[Figure]) -> Verdict:
        stated = self.stated_figure
        assert stated is not None
        base = dict(self.base, unit="percent", gap_unit="percentage points")
        base["stated"] = stated.value
        base["stated_text"] = stated.stated
        if stated.value is not None:
            low, high = stated.interval  # type: ignore[misc]
            base["low"], base["high"] = low, high
        if unknown:
            if len(unknown) == 1 and unknown[0] is not stated:
                s_low, _, s_high = self.box[stated.id]
                return self._one_unknown(base, unknown[0], self._share_constraints(s_low, s_high))
            return Verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        whole_point = at(self.b, self.box, 1)
        if whole_point == 0:
            return Verdict(
                **base,
                status=Status.INDETERMINATE,
                reason=f"the whole {self._side(self.reading.whole)} is zero, so no share can be computed",
            )
        s_low, s_point, s_high = self.box[stated.id]
        scale = self.scale
        ratio = Fraction(at(self.a, self.box, 1), whole_point)
        r_low = ratio_extreme(self.a, self.b, self.box, highest=False)
        r_high = ratio_extreme(self.a, self.b, self.box, highest=True)
        consistent = bool(share_holds(self.a, self.b, self.box, s_low, s_high, scale))
        hundred = Fraction(100)
        computed = decimal_of(ratio * hundred)
        gap = decimal_of((ratio - Fraction(s_point, scale)) * hundred)
        ratio_text = (
            f"{self._side(self.reading.part)} / {self._side(self.reading.whole)} = {num(computed, 4)} %"
        )
        interval_text = f"[{base['low']}, {base['high']}] %"
        if consistent and s_low <= ratio * scale <= s_high:
            reason = (
                f"{ratio_text}, within the rounding interval {interval_text} of the stated {stated.stated} %"
            )
        elif consistent:
            reason = (
                f"{ratio_text}, outside {interval_text} at the stated values, but values that round to"
                f" the stated figures give {num(decimal_of(r_low * hundred), 4)} to"
                f" {num(decimal_of(r_high * hundred), 4)} %, which meets it"
            )
        else:
            reason = (
                f"{ratio_text}; no values that round to the stated figures give a share in"
                f" {interval_text} (they give {_range(r_low * hundred, r_high * hundred)} %)"
            )
        constraints = self._share_constraints(s_low, s_high)
        if consistent and (gap_found := self._whole_number_gap(constraints, self.operands)):
            consistent = False
            reason = f"{ratio_text}; {self._whole_number_reason(*gap_found)}"
        return Verdict(
            **base,
            status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
            computed=computed,
            computed_low=decimal_of(r_low * hundred),
            computed_high=decimal_of(r_high * hundred),
            gap=gap,
            implied=self._implied(constraints, self.operands),
            reason=reason,
        )

    def _share_constraints(self, s_low: int, s_high: int) -> list[tuple[Coefs, str, int]]:
        """part / whole within [s_low, s_high] / scale, as two linear constraints for :meth:`_implied`."""
        return [
            (combine(self.a, self.b, s_low, self.scale), ">=", 0),
            (combine(self.a, self.b, s_high, self.scale), "<=", 0),
        ]

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
            return Verdict(
                **base, status=Status.INDETERMINATE, reason=self._unknown_reason([figure]), implied=(implied,)
            )
        if found is not None and figure.unit == "count":
            why = self._whole_number_reason(*found)
            implied = self._implied_in_units(figure, False, (0, 1), None)
        else:
            why = "no value of it can make the claim hold with the stated figures"
        reason = f"{figure.id} ({figure.locator.quote!r}) has no stated value, but {why}"
        return Verdict(**base, status=Status.INCONSISTENT, reason=reason, implied=(implied,))

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
        unit = total.unit_info
        gap_unit = total.entity if total.unit == "count" and total.entity else total.unit
        base = dict(
            self.base, unit=total.unit, gap_unit=gap_unit, stated=total.value, stated_text=total.stated
        )
        if total.value is not None:
            base["low"], base["high"] = total.interval  # type: ignore[misc]
        if unknown:
            if len(unknown) == 1 and unknown[0] is not total:
                t_low, _, t_high = self.box[total.id]
                return self._one_unknown(base, unknown[0], [(self.a, ">=", t_low), (self.a, "<=", t_high)])
            return Verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        t_low, t_point, t_high = self.box[total.id]
        point = at(self.a, self.box, 1)
        p_low = extreme(self.a, self.box, highest=False)
        p_high = extreme(self.a, self.box, highest=True)
        consistent = bool(sum_holds(self.a, self.box, t_low, t_high))
        computed = decimal_of(unit.from_base(self._base(point)))
        sum_text = self._side(self.reading.part, brackets=False) + f" = {num(computed, 12)}"
        if consistent and t_low <= point <= t_high:
            reason = f"{sum_text}, which matches the stated total {total.stated}"
        elif consistent:
            reason = f"{sum_text}; the stated total {total.stated} is met within the rounding of the parts"
        else:
            reason = f"{sum_text}, not the stated total {total.stated}"
        constraints = [(self.a, ">=", t_low), (self.a, "<=", t_high)]
        return Verdict(
            **base,
            status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
            computed=computed,
            computed_low=decimal_of(unit.from_base(self._base(p_low))),
            computed_high=decimal_of(unit.from_base(self._base(p_high))),
            gap=decimal_of(unit.from_base(self._base(point - t_point))),
            implied=self._implied(constraints, self.reading.part),
            reason=reason,
        )

    def _subset(self, unknown: list[Figure]) -> Verdict:
        whole_figure = self.figures[self.reading.whole[0]]
        unit = whole_figure.unit_info
        gap_unit = whole_figure.entity if whole_figure.unit == "count" and whole_figure.entity else unit.name
        stated_text = " + ".join(self.figures[i].stated for i in self.reading.whole)
        base = dict(self.base, unit=unit.name, gap_unit=gap_unit, stated_text=stated_text)
        if unknown:
            return Verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        whole_point = at(self.b, self.box, 1)
        part_point = at(self.a, self.box, 1)
        difference = combine(self.a, self.b, 1)
        consistent = bool(within_holds(self.a, self.b, self.box))
        part_text = f"{self._side(self.reading.part)}"
        whole_text = f"{self._side(self.reading.whole)}"
        if consistent and part_point <= whole_point:
            reason = f"{part_text} does not exceed {whole_text}"
        elif consistent:
            reason = (
                f"{part_text} exceeds {whole_text} at the stated values, but values rounding to them need not"
            )
        else:
            reason = f"{part_text} exceeds {whole_text}: a part cannot be larger than its whole"
        return Verdict(
            **base,
            status=Status.CONSISTENT if consistent else Status.INCONSISTENT,
            stated=decimal_of(unit.from_base(self._base(whole_point))),
            low=Decimal(0),
            high=decimal_of(unit.from_base(self._base(extreme(self.b, self.box, highest=True)))),
            computed=decimal_of(unit.from_base(self._base(part_point))),
            computed_low=decimal_of(unit.from_base(self._base(extreme(self.a, self.box, highest=False)))),
            computed_high=decimal_of(unit.from_base(self._base(extreme(self.a, self.box, highest=True)))),
            gap=decimal_of(unit.from_base(self._base(part_point - whole_point))),
            implied=self._implied([(difference, "<=", 0)], self.operands),
            reason=reason,
        )
