"""The claims the audit writes, and their verdicts, each checked once.

A share claim names its stated percentage and a part / whole reading; a sum
or subset claim names its total and parts. :func:`checked` gives a claim's
verdict through :func:`minestats._checks.verdict_of`, reusing it for a claim
over figures equal to ones already checked (a summary that restates the body).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from itertools import chain
from typing import Any, cast

from .._checks import verdict_of
from .._errors import DataError
from .._models import Claim, Figure, Locator, Reading
from .._report import Verdict
from .._types import _FIGURE_ID, _SLUG, built, maker, slimmed
from .._vocab import ClaimKind
from ._changes import Change
from ._figures import Item, Operand

__all__ = [
    "Ids",
    "VerdictCache",
    "change_claim",
    "checked",
    "share_claim",
    "total_claim",
]


#: A claim's kind, label, number of parts and its figures' signatures: equal keys, equal verdicts.
VerdictCache = dict[tuple[object, ...], Verdict]


def _plain_id(value: object, pattern: re.Pattern[str]) -> bool:
    return type(value) is str and len(value) <= 100 and pattern.fullmatch(value) is not None


def _plain_text(value: object) -> bool:
    """A str that validation keeps as it is: stripped, not empty."""
    return type(value) is str and bool(value) and value == value.strip()


def _claim(**fields: Any) -> Claim:
    """The claim ``Claim(**fields)`` gives, built without pydantic's pass when its fields are plain.

    An audit writes thousands of claims: one of plain fields (ids, label,
    readings and locator already of their types) is built as is and checked
    by the claim's own check (``Claim._shape``); any other, or one that check
    refuses, is validated as before (so a refusal keeps its message). Either
    way its set of given fields is shared with its likes.
    """
    stated, change, readings, locator = (
        fields.get("stated"), fields.get("change"), fields["readings"], fields.get("locator")
    )  # fmt: skip
    plain = (
        set(fields) <= {"id", "kind", "label", "stated", "change", "readings", "locator"}
        and _plain_id(fields["id"], _SLUG)
        and type(fields["kind"]) is ClaimKind
        and _plain_text(fields["label"])
        and (stated is None or _plain_id(stated, _FIGURE_ID))
        and change in (None, "increase", "decrease")
        and type(readings) is tuple
        and len(readings) > 0
        and all(type(r) is Reading for r in readings)
        and (locator is None or type(locator) is Locator)
    )
    if plain:
        claim = built(Claim, fields)
        try:
            cast("Any", claim)._shape()
        except DataError:
            pass  # validation raises it as pydantic's error, as it always did
        else:
            return claim
    return slimmed(Claim(**fields))


def _reading(**fields: Any) -> Reading:
    """The reading ``Reading(**fields)`` gives, built without pydantic's pass when its fields are plain.

    The audit's readings name figure ids it made and a note it wrote; one
    that is not plain (an id or note validation would change or refuse) is
    validated as before, and slimmed as :func:`_claim`.
    """
    ident, part, whole, note = fields["id"], fields["part"], fields.get("whole", ()), fields.get("note")
    plain = (
        type(ident) is str
        and len(ident) <= 100
        and _SLUG.fullmatch(ident) is not None
        and type(part) is tuple
        and type(whole) is tuple
        and len(part) > 0
        and all(type(i) is str and _FIGURE_ID.fullmatch(i) for i in part + whole)
        and (note is None or (type(note) is str and note == note.strip()))
        and set(fields) <= {"id", "part", "whole", "note"}
    )
    if plain:
        return built(Reading, fields)
    return slimmed(Reading(**fields))


def _reading_id(part: tuple[str, ...], whole: tuple[str, ...]) -> str:
    return ("_and_".join(part) + "_of_" + "_and_".join(whole))[:100]


#: A share's reading and claim from their fields in this order (as :func:`_reading`, :func:`_claim`).
_SHARE_READING = maker(Reading, ("id", "part", "whole", "note"))
_SHARE_CLAIM = maker(Claim, ("id", "kind", "label", "stated", "readings", "locator"))


def share_claim(
    stated: Item,
    part: Operand | Sequence[Item],
    whole: Operand | Sequence[Item],
    claim_id: str,
    link: str,
) -> Claim:
    """The claim that ``stated`` per cent is ``part`` of ``whole``, linked by the words ``link``.

    ``part`` and ``whole`` are operands or their items (the claim names
    their figures). Its figure ids are the items' own (each checked when
    its figure was made) and its reading id is made of them, so with a
    plain claim id and a part and whole of one figure or more it is the
    claim validation gives (a share claim of one such reading passes the
    claim's own check); any other goes through :func:`_claim`.
    """
    part_ids = tuple(i.figure.id for i in (part.items if isinstance(part, Operand) else part))
    whole_ids = tuple(i.figure.id for i in (whole.items if isinstance(whole, Operand) else whole))
    note = f"Linked by minestats.audit: {link}."
    label = sys.intern(f"{stated.figure.stated} per cent, as stated")  # one str for each wording
    if part_ids and whole_ids and _plain_id(claim_id, _SLUG) and type(stated.figure.id) is str:
        reading = _SHARE_READING(_reading_id(part_ids, whole_ids), part_ids, whole_ids, note)
        return _SHARE_CLAIM(
            claim_id, ClaimKind.SHARE, label, stated.figure.id, (reading,), stated.figure.locator
        )
    return _claim(
        id=claim_id,
        kind=ClaimKind.SHARE,
        label=label,
        stated=stated.figure.id,
        readings=(_reading(id=_reading_id(part_ids, whole_ids), part=part_ids, whole=whole_ids, note=note),),
        locator=stated.figure.locator,
    )


def total_claim(
    total: Item, parts: list[Item], kind: ClaimKind, claim_id: str, link: str, *, conversion: bool = False
) -> Claim:
    """A sum claim (``total`` is the sum of ``parts``) or a subset claim (they fit within it)."""
    part_ids = tuple(p.figure.id for p in parts)
    note = f"Linked by minestats.audit: {link}."
    if conversion:
        return _claim(
            id=claim_id,
            kind=kind,
            label=(
                f"{parts[0].figure.stated} {parts[0].figure.unit} is"
                f" {total.figure.stated} {total.figure.unit} in another unit"
            ),
            stated=total.figure.id,
            readings=(_reading(id="same_quantity", part=part_ids, note=note),),
            locator=total.figure.locator,
        )
    if kind is ClaimKind.SUM:
        return _claim(
            id=claim_id,
            kind=kind,
            label=f"{total.figure.stated} is the sum of {', '.join(p.figure.stated for p in parts)}",
            stated=total.figure.id,
            readings=(_reading(id="parts", part=part_ids, note=note),),
            locator=total.figure.locator,
        )
    return _claim(
        id=claim_id,
        kind=kind,
        label=f"{' and '.join(p.figure.stated for p in parts)} within {total.figure.stated}",
        readings=(_reading(id="parts", part=part_ids, whole=(total.figure.id,), note=note),),
        locator=total.figure.locator,
    )


def change_claim(change: Change, claim_id: str) -> Claim:
    """The claim that ``change.stated`` per cent is the relative change from the earlier to the later."""
    way = "increase" if change.increase else "decrease"
    earlier, later = change.earlier.figure, change.later.figure
    return _claim(
        id=claim_id,
        kind=ClaimKind.CHANGE,
        label=f"{change.stated.figure.stated} per cent {way} from {earlier.stated} to {later.stated}",
        stated=change.stated.figure.id,
        change=way,
        readings=(
            _reading(
                id="from_earlier",
                part=(later.id,),
                whole=(earlier.id,),
                note=f"Linked by minestats.audit: {change.words}.",
            ),
        ),
        locator=change.stated.figure.locator,
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
    ids = (
        ([claim.stated] if claim.stated else [])
        + list(reading.part)
        + list(reading.whole)
        + list(reading.less)
    )
    # one flat tuple (signatures have four fields each): the cache holds a key per verdict to the end
    signatures = chain.from_iterable(_signature(figures[i]) for i in ids)
    key = (claim.kind, claim.label, len(reading.part), len(reading.whole), *signatures)
    found = cache.get(key)
    if found is None:
        found = verdict_of(document, claim, reading, figures)
        cache[key] = found
        return found
    return _renamed(found, claim, ids, figures)


def _renamed(verdict: Verdict, claim: Claim, ids: list[str], figures: dict[str, Figure]) -> Verdict:
    """``verdict``, checked for another claim over figures equal to these, under this claim's ids."""
    reading = claim.readings[0]
    order = list(dict.fromkeys(reading.part + reading.whole + reading.less))
    implied = tuple(
        i.model_copy(update={"figure": new}) for i, new in zip(verdict.implied, order, strict=False)
    )
    qualifiers = {i: figures[i].qualifier for i in ids if figures[i].qualifier}
    return verdict.model_copy(
        update={"claim": claim.id, "reading": reading.id, "implied": implied, "qualifiers": qualifiers}
    )


class Ids:
    """Claim ids unique in one audit: a repeated id is numbered (``share_pct_25``, ``share_pct_25_2``)."""

    def __init__(self, taken: set[str] | None = None) -> None:
        # a dict of the ids taken (values unused): a set of tens of thousands of names grows its table
        # four-fold at a time, a dict three-fold in a table of half the size per name
        self.taken: dict[str, None] = dict.fromkeys(sorted(taken or ()))

    def new(self, stem: str) -> str:
        """A free id starting with ``stem``; it is taken from then on."""
        stem = stem[:96]
        candidate, n = stem, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{stem}_{n}"
        self.taken[candidate] = None
        return candidate
