"""What an audit finds (:class:`Share`, :class:`Flag`, :class:`Coverage`, :class:`Audit`) and its text output.

These are computed results: frozen, built by :func:`minestats.audit`. An
:class:`Audit` is a :class:`~minestats.Report` with the figures and claims it
found, which :meth:`Audit.draft` writes out as a :class:`~minestats.Document`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from .._errors import DataError, Problem
from .._format import ascii_folded, num, unit_label
from .._models import Claim, Document, Figure
from .._render import text_table
from .._report import Report, Verdict
from .._types import Frozen
from .._vocab import ClaimKind, Status

__all__ = ["Audit", "Coverage", "FindingStatus", "Flag", "Share", "document_id", "draft_document"]


#: The one status vocabulary of an audit's findings (shares, totals, text, tables, JSON).
FindingStatus = Literal["consistent", "inconsistent", "not checked"]


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
        ``"consistent"`` when the part and whole the text links to it give
        it, ``"inconsistent"`` when they cannot, ``"not checked"`` when the
        text links no part or no whole to it (``reason`` says which), or its
        linked readings disagree.
    reason : str
        The verdict's reason, or why it was not checked.
    link : str
        The words that link the part and the whole to the percentage.
    part, whole : tuple of str
        Ids of the linked figures.
    verdict : Verdict or None
        The verdict, with the interval each operand would need
        (``verdict.implied``).
    """

    figure: str
    quote: str
    paragraph: int | None = None
    status: FindingStatus
    reason: str = ""
    link: str = ""
    part: tuple[str, ...] = ()
    whole: tuple[str, ...] = ()
    verdict: Verdict | None = None

    def __str__(self) -> str:
        where = f"para. {self.paragraph}, " if self.paragraph else ""
        head = f"{where}\u201c{self.quote}\u201d: {self.status}"
        if self.verdict is None:
            return f"{head} ({self.reason})" if self.reason else head
        text = f"{head}: {_ratio_text(self.verdict)}"
        if self.status == "inconsistent":
            implied = "; ".join(str(i) for i in self.verdict.implied)
            text += f"; would need {implied}" if implied else ""
        return f"{text} [linked: {self.link}]"


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
        """Whether every linked, checked finding holds (what the CLI's exit status says)."""
        return all(v.status is not Status.INCONSISTENT for v in self.verdicts)

    def to_text(self) -> str:
        """Figures, percentages, totals, flags and coverage, for a terminal."""
        lines = [f"{self.document}: {len(self.figures)} figures"]
        rows = [
            (
                f.id,
                f.stated,
                unit_label(f.unit, f.entity),
                f.qualifier or "",
                str(f.locator.paragraph) if f.locator.paragraph else "fn",
                f.locator.quote,
            )
            for f in self.figures
        ]
        header = ("id", "stated", "unit", "qualifier", "para", "quote")
        lines.extend(text_table(header, rows, indent="  ").splitlines())
        totals = [v for v in self.verdicts if v.kind is not ClaimKind.SHARE]
        sections: list[tuple[str, list[str]]] = [
            (f"Stated percentages ({len(self.shares)}):", [str(s) for s in self.shares]),
            (
                f"Totals and parts ({len(totals)}):",
                [f"{v.claim}: {v.status} - {v.reason}" + _linked(v.note) for v in totals],
            ),
            (f"False precision ({len(self.flags)}):", [str(f) for f in self.flags]),
        ]
        for title, entries in sections:
            lines.extend(["", title])
            lines.extend(f"  {e}" for e in entries or ["none"])
        lines.extend(["", "Coverage:"])
        lines.extend(f"  {line}" for line in str(self.coverage).splitlines())
        lines.append("")
        lines.append(super().to_text())
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from .._html import audit_html

        return audit_html(self)

    def draft(self, *, id: str | None = None, title: str | None = None) -> Document:
        """These figures and claims as a :class:`~minestats.Document`."""
        return draft_document(self.figures, self.claims, id or self.document, title)


def _linked(note: str | None) -> str:
    prefix = "Linked by minestats.audit: "
    if note and note.startswith(prefix):
        return f" [linked: {note.removeprefix(prefix).rstrip('.')}]"
    return ""


def _ratio_text(v: Verdict) -> str:
    gap = "" if v.gap is None else f", gap {'+' if v.gap > 0 else ''}{num(v.gap, 3)} pp"
    return f"{v.reason}{gap}"


def document_id(name: str) -> str:
    """A document id (a slug) for a text's name.

    Examples
    --------
    >>> document_id("Casualties note, 2024"), document_id("2024 note"), document_id("***")
    ('casualties-note-2024', 'text-2024-note', 'text')
    >>> len(document_id("a" * 500))   # ids hold at most 100 characters
    100

    Raises
    ------
    DataError
        When ``name`` is not a text.
    """
    if not isinstance(name, str):
        found = type(name).__name__
        raise DataError([Problem(None, "name", "the name of a text is a string", "a string", found)])
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_folded(name.lower())).strip("-") or "text"
    slug = slug if slug[0].isalpha() else f"text-{slug}"
    return slug[:100].rstrip("-")


def draft_document(
    figures: Sequence[Figure], claims: Sequence[Claim], id: str, title: str | None
) -> Document:
    """A :class:`~minestats.Document` of an audit's figures and claims, for a person to review.

    Raises
    ------
    DataError
        When there is no figure.
    """
    if not figures:
        raise DataError("the text states no quantity that could be a figure", file=id)
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise DataError(
            [Problem(None, "title", "a draft's title holds at least one character", found=repr(title))]
        )
    return Document(
        id=document_id(id),
        title=title or f"Draft from {id}: figures and claims found by minestats.audit, to review",
        figures=tuple(figures),
        claims=tuple(claims),
    )
