"""Judging a stated percentage on the operands the text links to it.

:class:`~minestats._audit._links.Linker` finds the part and the whole; each
linked reading is checked by the core (:func:`minestats._checks.verdict_of`),
exactly and with every operand's rounding. A directional qualifier makes the
stated percentage a bound, by the core's rule for data files: "more than 12
per cent" holds when the share can be 11.5 per cent or more (the half-unit of
the stated figure counts), "nearly 50 per cent" when it can be 50.5 or less.
With no linked reading, or linked readings that disagree, the percentage is
not checked and the reason says why.
"""

from __future__ import annotations

from .._models import Claim, Figure
from .._report import Verdict
from .._types import maker
from .._vocab import Status
from ._claims import VerdictCache, checked, share_claim
from ._figures import Item
from ._links import Link, Linker
from ._results import Share

__all__ = ["Shares"]


#: A finding from its fields in this order: a percentage not checked, and one checked on its link.
_UNCHECKED = maker(Share, ("figure", "quote", "paragraph", "status", "reason"))
_CHECKED = maker(
    Share, ("figure", "quote", "paragraph", "status", "reason", "link", "part", "whole", "verdict")
)


class Shares:
    """Checks each stated percentage on the part and whole the text links to it."""

    def __init__(self, document: str, text: str, items: list[Item]) -> None:
        self.document = document
        self.verdicts: VerdictCache = {}
        operands = [i for i in items if i.base is not None and i.dimension != "ratio"]
        shares = [i for i in items if i.dimension == "ratio"]
        self.linker = Linker(text, operands, shares)

    def check(self, stated: Item, figures: dict[str, Figure], claim_id: str) -> tuple[Share, Claim | None]:
        """The finding for the stated percentage ``stated``, and the claim to draft."""
        figure, quote, paragraph = stated.figure.id, stated.figure.locator.quote, stated.mention.paragraph
        links, why = self.linker.links(stated)
        if not links:
            return _UNCHECKED(figure, quote, paragraph, "not checked", why), None
        judged: list[tuple[Link, Claim, Verdict]] = []
        for link in links:
            claim = share_claim(stated, link.part, link.whole, claim_id, link.words)
            verdict = checked(self.document, claim, figures, self.verdicts)
            judged.append((link, claim, verdict))
        statuses = {v.status for _, _, v in judged}
        if len(statuses) > 1 or Status.INDETERMINATE in statuses:
            readings = "; ".join(f"{v.reading}: {v.status.value}" for _, _, v in judged)
            reason = f"linked readings disagree ({readings})"
            return _UNCHECKED(figure, quote, paragraph, "not checked", reason), None
        link, claim, verdict = judged[0]
        status = "consistent" if verdict.status is Status.CONSISTENT else "inconsistent"
        reading = claim.readings[0]  # its own tuples of ids, not copies of them
        share = _CHECKED(
            figure, quote, paragraph, status, verdict.reason, link.words, reading.part, reading.whole, verdict
        )
        return share, claim
