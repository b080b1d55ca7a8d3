"""Auditing plain text: every stated percentage and total, checked against the text's own figures.

:func:`audit` turns the quantities :func:`~minestats.extract` finds into
figures, looks for the claims the text makes between them, and checks each
with the exact, rounding-aware machinery of :mod:`minestats._checks`:

- a stated percentage is *reproduced* when some part / whole pair of figures
  with compatible units gives a ratio within its rounding interval; pairs are
  looked for in the same sentence first, then the paragraph, then the text;
- a total followed by its parts ("382, of whom 70 ... and 312"; "Of the
  5,210 victims, 4,001 ... and 1,209 ...") is checked as a sum; parts named
  with "including" are checked as a subset;
- a figure that is exactly a round share (a whole per cent, or a fraction
  n/d with d up to 10) of a less precise figure is flagged: its digits
  probably come from multiplying a rounded value;
- coverage says how many mentions were checked, and why the others were not.

:func:`draft` returns the same findings as a :class:`~minestats.Document`, the
first version of a data file for a person to review.

The modules, by concern: ``_figures`` (mentions as figures, operands),
``_shares`` (the share search), ``_totals`` (sums and subsets), ``_precision``
(false precision), ``_claims`` (the claims written and their verdicts, each
checked once), ``_results`` (the result models and their text output).
"""

from __future__ import annotations

from .._extract import Extraction, extract
from .._models import Claim, Document
from .._report import Verdict
from ._claims import checked, unique_ids
from ._figures import Item, items
from ._precision import flags as false_precision
from ._results import Audit, Coverage, Flag, Share, document_id
from ._shares import Shares
from ._totals import totals

__all__ = ["Audit", "Coverage", "Flag", "Share", "audit", "draft"]


def audit(text: str, *, name: str = "text", locale: str | None = None) -> Audit:
    """Check every stated percentage and total of ``text`` against the text's own figures.

    Parameters
    ----------
    text : str
        Plain text.
    name : str
        A slug naming the text in the report (``"text"``).
    locale : str, optional
        How the text writes numbers (``"fr"``, ``"es-CO"``); inferred from
        the text by default. See :func:`~minestats.extract`.

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
    name = document_id(name)
    extraction = extract(text, locale=locale)
    unchecked: dict[str, list[str]] = {}
    found = items(text, extraction, unchecked)
    figures = {i.figure.id: i.figure for i in found}
    search = Shares(name, found)
    shares: list[Share] = []
    claims: list[Claim] = []
    verdicts: list[Verdict] = []
    for item in found:
        if item.figure.unit != "percent" or item.figure.value is None:
            continue
        share, claim = search.check(item, figures)
        shares.append(share)
        if claim is not None:
            claims.append(claim)
        verdicts.extend(share.matches)
        if share.nearest is not None:
            verdicts.append(share.nearest)
    for claim in totals(text, found):
        claims.append(claim)
        verdicts.append(checked(name, claim, figures, search.verdicts))
    flags = false_precision(found)
    claims = unique_ids(claims)
    return Audit(
        document=name,
        verdicts=tuple(verdicts),
        figures=tuple(i.figure for i in found),
        claims=tuple(claims),
        shares=tuple(shares),
        flags=tuple(flags),
        coverage=_coverage(extraction, found, claims, shares, flags, unchecked),
    )


def _coverage(
    extraction: Extraction,
    found: list[Item],
    claims: list[Claim],
    shares: list[Share],
    flags: list[Flag],
    unchecked: dict[str, list[str]],
) -> Coverage:
    """How many quantities take part in a claim or flag, and why each other one does not."""
    checked_ids: set[str] = set()
    for claim in claims:
        if claim.stated:
            checked_ids.add(claim.stated)
        for reading in claim.readings:
            checked_ids.update(reading.part + reading.whole)
    for flag in flags:
        checked_ids.update((flag.figure, flag.of))
    for share in shares:
        if share.status == "not checked":
            unchecked.setdefault("a percentage with no figures of compatible units in the text", []).append(
                share.quote
            )
    for item in found:
        if (
            item.figure.id not in checked_ids
            and item.figure.value is not None
            and item.figure.unit != "percent"
        ):
            unchecked.setdefault("no stated relation to another figure", []).append(item.figure.locator.quote)
    return Coverage(
        mentions=len(extraction),
        kinds=extraction.counts(),
        quantities=len(extraction.quantities),
        checked=len(checked_ids),
        unchecked={k: tuple(v) for k, v in unchecked.items()},
    )


def draft(text: str, *, name: str = "text", title: str | None = None, locale: str | None = None) -> Document:
    """A first data file for ``text``: its figures and the claims the audit found, for a person to review.

    ``draft(text).to_yaml()`` is the text of the data file. ``locale`` is
    passed to :func:`~minestats.extract`.

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
    return audit(text, name=name, locale=locale).draft(title=title)
