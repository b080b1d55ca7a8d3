"""Auditing plain text: every stated percentage and total, judged only on the evidence the text links to it.

:func:`audit` turns the quantities :func:`~minestats.extract` finds into
figures, links each stated percentage and each total to the figures the text
ties to it by its wording, and checks each with the exact, rounding-aware
machinery of :mod:`minestats._checks`:

- a stated percentage is judged on the part and whole the text links to it
  ("X of the Y, or P%", "P% of the Y (X)", "Y, P% of which ... X", "Of the Y,
  X (P%)", "P% of this area", ...); with no linked part or whole it is *not
  checked*, with the reason; a pair of numbers that merely happens to give
  the percentage is never evidence;
- a total and its parts ("382, of whom 70 ... and 312"; "506 casualties (251
  killed and 255 injured)"; "88 killed and 402 injured, 490 in all") are a
  sum; parts after "including" are a subset unless they make up the whole
  (killed and injured); a figure restated in another unit is checked as the
  same quantity;
- directional qualifiers ("more than", "nearly") make a stated percentage or
  total a bound, and a round figure with one ("more than 4,000") a bound on
  the one precise figure of the text it restates (``_bounds``); a target the
  text says was exceeded is a bound on what the sentence before reached;
- a relative change is judged on its earlier and later figures, or on one
  level and the absolute difference ("fell by 120 km², or 20%, to 480 km²");
  a change with no percentage ("68.7 km², a decrease from the 147 km²") on
  which way it went;
- percentages listed as the parts of one whole ("Of the total area, woodland
  55%, farmland 35% and scrub 10%") must add up to 100 per cent;
- a figure that is exactly a round share of a less precise figure is
  flagged: its digits probably come from multiplying a rounded value;
- coverage says how many mentions were checked, and why the others were not.

Every finding has one status, in the text, the tables, JSON and the CLI's
exit status: ``consistent``, ``inconsistent`` or ``not checked``.
:func:`draft` returns the same findings as a :class:`~minestats.Document`,
the first version of a data file for a person to review.

The modules, by concern: ``_figures`` (mentions as figures, operands),
``_entities`` (what a count counts, compared), ``_links`` (a percentage's
part and whole, shares of one whole), ``_shares`` (judging them, bounds),
``_totals`` (sums, subsets, restatements), ``_bounds`` (round figures that
restate precise ones), ``_changes`` (relative changes), ``_precision``
(false precision), ``_claims`` (the claims written, unique ids, verdicts
each checked once), ``_results`` (the result models and their text output).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from .._checks import shared_ends
from .._extract import Extraction, extract
from .._models import Claim, Document
from .._report import Verdict
from .._vocab import ClaimKind
from ._bounds import bound_claim, bounds, target_claim, targets
from ._changes import (
    Change,
    Difference,
    changes,
    comparison_claim,
    comparisons,
    difference_claim,
    differences,
    level_differences,
    year_differences,
)
from ._claims import Ids, VerdictCache, change_claim, checked, total_claim
from ._figures import Item, items
from ._links import breakdown_claim, breakdowns
from ._precision import flags as false_precision
from ._results import Audit, Coverage, Flag, Share, document_id
from ._shares import Shares
from ._tables import tables
from ._totals import Total, totals

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
    >>> report = audit("Of the 480 casualties, 120 were children (25 per cent) and 360 were adults.")
    >>> [(s.quote, s.status, s.part, s.whole) for s in report.shares]
    [('25 per cent', 'consistent', ('casualties_120',), ('casualties_480',))]
    >>> report.shares[0].link
    'part “120” then “(” before the percentage; whole “480 casualties” opens the sentence as the whole'
    >>> report.verdict("total_casualties_480").status.value
    'consistent'
    >>> unlinked = audit("Mines cover about 12% of the land; the team has 30 deminers and 250 detectors.")
    >>> unlinked.shares[0].reason
    'no part is stated with it'
    """
    if not isinstance(text, str):
        raise TypeError(f"audit() needs text (str), not {type(text).__name__}")
    with shared_ends():  # verdicts on equal stated figures share their intervals' ends
        return _audited(text, document_id(name), locale)


def _audited(text: str, name: str, locale: str | None) -> Audit:
    """:func:`audit`'s work, on a text and name already checked."""
    extraction = extract(text, locale=locale)
    unchecked: dict[str, list[str]] = {}
    found = items(text, extraction, unchecked)
    figures = {i.figure.id: i.figure for i in found}
    ids = Ids()
    search = Shares(name, text, found)
    shares: list[Share] = []
    claims: list[Claim] = []
    verdicts: list[Verdict] = []
    for item in found:
        if item.figure.unit != "percent" or item.figure.value is None:
            continue
        share, claim = search.check(item, figures, ids.new(f"share_{item.figure.id}"))
        shares.append(share)
        if claim is not None and share.verdict is not None:
            claims.append(claim)
            verdicts.append(share.verdict)
        elif claim is not None:  # pragma: no cover - a claim always comes with its verdict
            ids.taken.pop(claim.id, None)
    # the search, its indexes and its verdicts are done with: a cached verdict is reused only for a claim
    # of the same kind (the kind starts its key), and no claim below is a share
    del search
    cache: VerdictCache = {}
    by_figure = {s.figure: k for k, s in enumerate(shares)}
    stated_changes: Iterator[Change | Difference] = chain(
        changes(text, found),
        differences(text, found),
        year_differences(text, found),
        level_differences(text, found),
    )
    for change in stated_changes:
        k = by_figure.get(change.stated.figure.id)
        if k is None or shares[k].status != "not checked" or shares[k].link:
            continue  # the text links the percentage to a part and a whole (a share), or it is checked
        new = ids.new(f"change_{change.stated.figure.id}")
        claim = difference_claim(change, new) if isinstance(change, Difference) else change_claim(change, new)
        claims.append(claim)
        verdicts.append(checked(name, claim, figures, cache))
        shares[k] = shares[k].model_copy(
            update={"reason": f"a relative change, checked as {claim.id}", "link": change.words}
        )
    for breakdown in breakdowns(text, found):
        claim = breakdown_claim(breakdown, ids.new(f"shares_{breakdown.shares[0].figure.id}"))
        claims.append(claim)
        verdicts.append(checked(name, claim, figures, cache))
        for k in (by_figure[i.figure.id] for i in breakdown.shares if i.figure.id in by_figure):
            if shares[k].status == "not checked":
                update = {"reason": f"a share of one whole, checked as {claim.id}", "link": breakdown.words}
                shares[k] = shares[k].model_copy(update=update)
    del by_figure
    linked = {(s.part, s.whole) for s in shares if s.part}
    for total in _all_totals(text, found):
        if (
            total.kind is ClaimKind.SUBSET
            and (
                tuple(p.figure.id for p in total.parts),
                (total.total.figure.id,),
            )
            in linked
        ):
            continue  # a share of the same part and whole says more than that it fits
        stem = "same" if total.conversion else "total" if total.kind is ClaimKind.SUM else "within"
        claim = total_claim(
            total.total,
            list(total.parts),
            total.kind,
            ids.new(f"{stem}_{total.total.figure.id}"),
            total.words,
            conversion=total.conversion,
        )
        claims.append(claim)
        verdicts.append(checked(name, claim, figures, cache))
    del linked
    restated = {(c.stated, c.readings[0].part) for c in claims if c.kind is ClaimKind.SUM}
    for bound in bounds(text, found):
        if (bound.stated.figure.id, (bound.value.figure.id,)) not in restated:
            claim = bound_claim(bound, ids.new(f"bound_{bound.stated.figure.id}"))
            claims.append(claim)
            verdicts.append(checked(name, claim, figures, cache))
    for target in targets(text, found):
        claim = target_claim(target, ids.new(f"target_{target.target.figure.id}"))
        claims.append(claim)
        verdicts.append(checked(name, claim, figures, cache))
    for comparison in comparisons(text, found):
        claim = comparison_claim(comparison, ids.new(f"way_{comparison.later.figure.id}"))
        claims.append(claim)
        verdicts.append(checked(name, claim, figures, cache))
    # the cache of verdicts, the indexes and the ids taken are done with: free them before the last
    # passes, which run at the audit's peak of memory
    del cache, figures, restated, ids
    flags = false_precision(found)
    # every part was validated when it was built: the report holds them as they are (validating the
    # report again re-ran every figure's checks, a tenth of the audit's time on dense text)
    return Audit.model_construct(
        document=name,
        verdicts=tuple(verdicts),
        figures=tuple(i.figure for i in found),
        claims=tuple(claims),
        shares=tuple(shares),
        flags=tuple(flags),
        coverage=_coverage(extraction, found, claims, shares, flags, unchecked),
    )


def _all_totals(text: str, found: list[Item]) -> Iterator[Total]:
    """The totals of sentences, tables and lines, each total with the same parts once.

    Each is let go once yielded (the tables' first, read first while little
    is held): dense text has a total every few sentences, and holding them
    all while their claims are built was the audit's peak of memory.
    """
    seen: set[tuple[int, ...]] = set()
    in_tables = tables(text, found)
    for pending in (totals(text, found), in_tables):
        pending.reverse()
        while pending:
            total = pending.pop()
            key = (total.total.index, *(p.index for p in total.parts))
            if key not in seen:
                seen.add(key)
                yield total


def _coverage(
    extraction: Extraction,
    found: list[Item],
    claims: list[Claim],
    shares: list[Share],
    flags: list[Flag],
    unchecked: dict[str, list[str]],
) -> Coverage:
    """How many quantities take part in a claim or flag, and why each other one does not."""
    # a dict of the ids (values unused): at the audit's peak, a set's table would take twice the memory
    checked_ids: dict[str, None] = {}
    for claim in claims:
        if claim.stated:
            checked_ids[claim.stated] = None
        for reading in claim.readings:
            for figure in chain(reading.part, reading.whole, reading.less):
                checked_ids[figure] = None
    for flag in flags:
        checked_ids[flag.figure] = checked_ids[flag.of] = None
    for share in shares:
        if share.status == "not checked":
            unchecked.setdefault(f"a percentage not checked: {share.reason}", []).append(share.quote)
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
    >>> doc = draft("Of the 11,258 square kilometres mined, 1,658.7 km² (14.7 per cent) are cleared.")
    >>> [f.text for f in doc.figures]
    ['11,258 km²', '1,658.7 km²', '14.7 per cent']
    >>> [c.id for c in doc.claims]
    ['share_pct_14_7']
    >>> import minestats
    >>> minestats.check(doc).counts["consistent"]
    1
    """
    return audit(text, name=name, locale=locale).draft(title=title)
