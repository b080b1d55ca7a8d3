"""The claims the audit writes, and their verdicts, each checked once.

A share claim names its stated percentage and a part / whole reading; a sum
or subset claim names its total and parts. :func:`checked` gives a claim's
verdict through :func:`minestats._checks.verdict_of`, reusing it for a claim
over figures equal to ones already checked (a summary that restates the body).
"""

from __future__ import annotations

from .._checks import verdict_of
from .._models import Claim, Figure, Reading
from .._report import Verdict
from .._vocab import ClaimKind
from ._figures import Item, Operand

__all__ = [
    "MAX_MATCHES",
    "VerdictCache",
    "checked",
    "merged_share_claim",
    "share_claim",
    "total_claim",
    "unique_ids",
]

#: At most this many readings of a share claim, or parts of a total.
MAX_MATCHES = 5

_MATCH_NOTE = "A pair of the text's figures that reproduces the stated share (found by minestats.audit)."
_MISS_NOTE = (
    "No pair of the text's figures reproduces the stated share; this is the nearest"
    " (found by minestats.audit). Review which figures the text means."
)

#: A claim's kind, label, number of parts and its figures' signatures: equal keys, equal verdicts.
VerdictCache = dict[tuple[object, ...], Verdict]


def _reading_id(part: Operand, whole: Operand) -> str:
    return ("_and_".join(part.ids) + "_of_" + "_and_".join(whole.ids))[:100]


def share_claim(stated: Item, part: Operand, whole: Operand, note: str = _MISS_NOTE) -> Claim:
    """The claim that ``stated`` per cent is ``part`` of ``whole``."""
    return Claim(
        id=f"share_{stated.figure.id}"[:100],
        kind=ClaimKind.SHARE,
        label=f"{stated.figure.stated} per cent, as stated",
        stated=stated.figure.id,
        readings=(Reading(id=_reading_id(part, whole), part=part.ids, whole=whole.ids, note=note),),
        locator=stated.figure.locator,
    )


def merged_share_claim(stated: Item, chosen: list[tuple[Operand, Operand]]) -> Claim:
    """One share claim with a reading for each reproducing pair, in order, without repeats."""
    first = share_claim(stated, *chosen[0], note=_MATCH_NOTE)
    readings = []
    seen = set()
    for part, whole in chosen:
        reading_id = _reading_id(part, whole)
        if reading_id not in seen:
            seen.add(reading_id)
            readings.append(Reading(id=reading_id, part=part.ids, whole=whole.ids, note=_MATCH_NOTE))
    return first.model_copy(update={"readings": tuple(readings)})


def total_claim(total: Item, parts: list[Item], kind: ClaimKind) -> Claim:
    """A sum claim (``total`` is the sum of ``parts``) or a subset claim (they fit within it)."""
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


def _signature(figure: Figure) -> tuple[object, ...]:
    return (figure.unit, figure.value, figure.qualifier, figure.entity)


def checked(document: str, claim: Claim, figures: dict[str, Figure], cache: VerdictCache) -> Verdict:
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


def unique_ids(claims: list[Claim]) -> list[Claim]:
    """``claims`` with a repeated id numbered (``share_pct_25``, ``share_pct_25_2``, ...)."""
    seen: dict[str, int] = {}
    out = []
    for claim in claims:
        seen[claim.id] = seen.get(claim.id, 0) + 1
        if seen[claim.id] > 1:
            claim = claim.model_copy(update={"id": f"{claim.id}_{seen[claim.id]}"})
        out.append(claim)
    return out
