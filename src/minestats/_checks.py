"""Checking claims: exact, rounding-aware verdicts for each reading.

Each reading reduces to linear forms over the figures it names. A stated
number stands for every true value in its rounding interval (a box over the
figures); a claim is *consistent* when some point of that box satisfies it.
All arithmetic is on :class:`~fractions.Fraction` in base units, so unit
conversions and comparisons are exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from fractions import Fraction
from typing import Any

from ._format import num
from ._models import Claim, Document, Figure, Reading
from ._numbers import decimal_of
from ._report import Implied, Report, Verdict
from ._vocab import UNITS, ClaimKind, Status

__all__ = ["check", "check_reading"]

Box = Mapping[str, tuple[Fraction, Fraction, Fraction]]  # id -> (low, point, high)
Coefs = dict[str, Any]


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
    figures = {f.id: f for f in document.figures}
    verdicts = [
        check_reading(document, claim, reading, _figures=figures)
        for claim in document.claims
        for reading in claim.readings
    ]
    return Report(document=document.id, verdicts=tuple(verdicts))


def check_reading(
    document: Document,
    claim: Claim | str,
    reading: Reading | str | None = None,
    *,
    _figures: Mapping[str, Figure] | None = None,
) -> Verdict:
    """Check one reading of one claim.

    ``claim`` and ``reading`` may be given by id; ``reading`` may be left out
    for a claim with a single reading.
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
    figures = _figures if _figures is not None else {f.id: f for f in document.figures}
    return _Check(document.id, claim, reading, figures).run()


# -- The rules, written once -----------------------------------------------------
#
# A reading is a pair of linear forms (coefficients by figure id) over a box
# (each figure's low, point and high value). The functions below decide a
# reading from those. They only add, multiply, compare and pick, so the same
# code runs on exact fractions (one claim) and on numpy arrays of scaled
# integers (one claim per row of a table; see ``_frames.py``).


def _range(low: Fraction, high: Fraction) -> str:
    """``low to high`` with enough digits to tell them apart, rounded outwards."""
    for digits in (4, 6, 8, 12):
        text_low = num(decimal_of(low), digits, ROUND_FLOOR)
        text_high = num(decimal_of(high), digits, ROUND_CEILING)
        if text_low != text_high or low == high:
            break
    return f"{text_low} to {text_high}"


def _coefs(ids: Iterable[str]) -> Coefs:
    out: Coefs = {}
    for ident in ids:
        out[ident] = out.get(ident, 0) + 1
    return out


def _combine(a: Mapping[str, Any], b: Mapping[str, Any], scale: Any, a_scale: Any = 1) -> dict[str, Any]:
    """The coefficients of ``a_scale * a - scale * b``."""
    out = {ident: a_scale * c for ident, c in a.items()}
    for ident, c in b.items():
        out[ident] = out.get(ident, 0) - scale * c
    return out


def _pick(condition: Any, if_true: Any, if_false: Any) -> Any:
    """``if_true if condition else if_false``, elementwise for arrays."""
    if isinstance(condition, bool):
        return if_true if condition else if_false
    import numpy as np

    return np.where(condition, if_true, if_false)


def _at(coefs: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]], which: int) -> Any:
    total: Any = 0
    for ident, c in coefs.items():
        total = total + c * box[ident][which]
    return total


def _extreme(coefs: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]], *, highest: bool) -> Any:
    """Exact maximum (or minimum) of a linear form over the box."""
    total: Any = 0
    for ident, c in coefs.items():
        low, _, high = box[ident]
        total = total + c * _pick((c > 0) == highest, high, low)
    return total


def _share_holds(
    a: Mapping[str, Any], b: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]],
    low: Any, high: Any, scale: Any = 1,
) -> Any:  # fmt: skip
    """Whether ``a.x / b.x`` is within ``[low, high] / scale`` somewhere on the box (``b.x > 0``)."""
    reaches_low = _extreme(_combine(a, b, low, scale), box, highest=True) >= 0
    reaches_high = _extreme(_combine(a, b, high, scale), box, highest=False) <= 0
    return reaches_low & reaches_high


def _sum_holds(a: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]], low: Any, high: Any) -> Any:
    """Whether ``a.x`` is within ``[low, high]`` somewhere on the box."""
    return (_extreme(a, box, highest=True) >= low) & (_extreme(a, box, highest=False) <= high)


def _within_holds(a: Mapping[str, Any], b: Mapping[str, Any], box: Mapping[str, tuple[Any, Any, Any]]) -> Any:
    """Whether ``a.x <= b.x`` somewhere on the box."""
    return _extreme(_combine(a, b, 1), box, highest=False) <= 0


def _ratio_extreme(a: Coefs, b: Coefs, box: Box, *, highest: bool) -> Fraction:
    """Exact max (or min) of a.x / b.x over the box, b.x > 0 (Dinkelbach's method).

    A linear-fractional function takes its extremes at vertices; each step
    moves to a strictly better vertex, so the loop ends.
    """
    t: Fraction = _at(a, box, 1) / _at(b, box, 1)
    while True:
        vertex: dict[str, Fraction] = {}
        for ident in set(a) | set(b):
            c = a.get(ident, Fraction(0)) - t * b.get(ident, Fraction(0))
            low, point, high = box[ident]
            vertex[ident] = high if (c > 0) == highest else low
            if c == 0:
                vertex[ident] = point
        num = sum((a.get(i, Fraction(0)) * x for i, x in vertex.items()), Fraction(0))
        den = sum((b.get(i, Fraction(0)) * x for i, x in vertex.items()), Fraction(0))
        nxt = num / den
        if (nxt <= t) if highest else (nxt >= t):
            return t
        t = nxt


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
        self.box: dict[str, tuple[Fraction, Fraction, Fraction]] = {}
        for f in involved:
            interval = f.base_interval()
            if interval is not None:
                self.box[f.id] = interval
        self.a = _coefs(self.reading.part)
        self.b = _coefs(self.reading.whole)
        if kind is ClaimKind.SHARE:
            return self._share(unknown)
        if kind is ClaimKind.SUM:
            return self._sum(unknown)
        return self._subset(unknown)

    # -- helpers ---------------------------------------------------------------

    def _side(self, ids: tuple[str, ...]) -> str:
        terms = []
        for ident in ids:
            f = self.figures[ident]
            unit = "" if f.unit == "count" else " " + ("%" if f.unit == "percent" else f.unit)
            terms.append(f"{f.stated}{unit}")
        text = " + ".join(terms)
        return f"({text})" if len(terms) > 1 else text

    def _unknown_reason(self, unknown: list[Figure]) -> str:
        names = ", ".join(f"{f.id} ({f.locator.quote!r})" for f in unknown)
        verb = "has" if len(unknown) == 1 else "have"
        return f"{names} {verb} no stated value, so the claim cannot be decided"

    def _implied(
        self, constraints: list[tuple[Coefs, str, Fraction]], ids: Iterable[str]
    ) -> tuple[Implied, ...]:
        """For each figure, the interval that satisfies every constraint, others at their stated values."""
        out = []
        for ident in ids:
            figure = self.figures[ident]
            low: Fraction | None = Fraction(0)
            high: Fraction | None = None
            feasible = True
            for coefs, op, rhs in constraints:
                c = coefs.get(ident, Fraction(0))
                rest = rhs - sum((k * self.box[j][1] for j, k in coefs.items() if j != ident), Fraction(0))
                if c == 0:
                    ok = rest <= 0 if op == ">=" else rest >= 0
                    feasible = feasible and ok
                    continue
                bound = rest / c
                lower = (op == ">=") == (c > 0)
                if lower:
                    low = bound if low is None or bound > low else low
                else:
                    high = bound if high is None or bound < high else high
            if low is not None and high is not None and low > high:
                feasible = False
            out.append(self._implied_in_units(figure, feasible, low, high))
        return tuple(out)

    def _implied_in_units(
        self, figure: Figure, feasible: bool, low: Fraction | None, high: Fraction | None
    ) -> Implied:
        unit = figure.unit_info
        if not feasible:
            return Implied(
                figure=figure.id, unit=figure.unit, entity=figure.entity, feasible=False, stated=figure.value
            )

        def conv(value: Fraction | None, factor: Fraction) -> Decimal | None:
            return None if value is None else decimal_of(value / factor)

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
            implied: tuple[Implied, ...] = ()
            if len(unknown) == 1 and unknown[0] is not stated:
                implied = self._implied_unknown_share(unknown[0])
            return Verdict(
                **base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown), implied=implied
            )
        whole_point = _at(self.b, self.box, 1)
        if whole_point == 0:
            return Verdict(
                **base,
                status=Status.INDETERMINATE,
                reason=f"the whole {self._side(self.reading.whole)} is zero, so no share can be computed",
            )
        s_low, s_point, s_high = self.box[stated.id]
        ratio = _at(self.a, self.box, 1) / whole_point
        r_low = _ratio_extreme(self.a, self.b, self.box, highest=False)
        r_high = _ratio_extreme(self.a, self.b, self.box, highest=True)
        consistent = bool(_share_holds(self.a, self.b, self.box, s_low, s_high))
        hundred = Fraction(100)
        computed = decimal_of(ratio * hundred)
        gap = decimal_of((ratio - s_point) * hundred)
        ratio_text = (
            f"{self._side(self.reading.part)} / {self._side(self.reading.whole)} = {num(computed, 4)} %"
        )
        interval_text = f"[{base['low']}, {base['high']}] %"
        if consistent and s_low <= ratio <= s_high:
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

    def _share_constraints(self, s_low: Fraction, s_high: Fraction) -> list[tuple[Coefs, str, Fraction]]:
        """part / whole within [s_low, s_high], as two linear constraints for :meth:`_implied`."""
        return [
            (_combine(self.a, self.b, s_low), ">=", Fraction(0)),
            (_combine(self.a, self.b, s_high), "<=", Fraction(0)),
        ]

    def _implied_unknown_share(self, figure: Figure) -> tuple[Implied, ...]:
        """What an unknown operand would have to be for the stated share to hold."""
        stated = self.stated_figure
        assert stated is not None
        assert stated.value is not None
        s_low, _, s_high = self.box[stated.id]
        self.box[figure.id] = (Fraction(0), Fraction(0), Fraction(0))
        try:
            return self._implied(self._share_constraints(s_low, s_high), [figure.id])
        finally:
            del self.box[figure.id]

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
            return Verdict(**base, status=Status.INDETERMINATE, reason=self._unknown_reason(unknown))
        t_low, t_point, t_high = self.box[total.id]
        point = _at(self.a, self.box, 1)
        p_low = _extreme(self.a, self.box, highest=False)
        p_high = _extreme(self.a, self.box, highest=True)
        consistent = bool(_sum_holds(self.a, self.box, t_low, t_high))
        computed = decimal_of(unit.from_base(point))
        sum_text = " + ".join(self._side((i,)) for i in self.reading.part) + f" = {num(computed, 12)}"
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
            computed_low=decimal_of(unit.from_base(p_low)),
            computed_high=decimal_of(unit.from_base(p_high)),
            gap=decimal_of(unit.from_base(point - t_point)),
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
        whole_point = _at(self.b, self.box, 1)
        part_point = _at(self.a, self.box, 1)
        difference = _combine(self.a, self.b, Fraction(1))
        consistent = bool(_within_holds(self.a, self.b, self.box))
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
            stated=decimal_of(unit.from_base(whole_point)),
            low=Decimal(0),
            high=decimal_of(unit.from_base(_extreme(self.b, self.box, highest=True))),
            computed=decimal_of(unit.from_base(part_point)),
            computed_low=decimal_of(unit.from_base(_extreme(self.a, self.box, highest=False))),
            computed_high=decimal_of(unit.from_base(_extreme(self.a, self.box, highest=True))),
            gap=decimal_of(unit.from_base(part_point - whole_point)),
            implied=self._implied([(difference, "<=", Fraction(0))], self.operands),
            reason=reason,
        )
