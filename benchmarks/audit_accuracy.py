"""Accuracy of minestats.audit on the labelled corpus of real mine-action texts.

Usage::

    python benchmarks/audit_accuracy.py [--corpus DIR] [--quiet | --misses]

The corpus (``../shared/corpus/`` from the repository root: ``texts/*.txt``
and ``labels.yaml``, see its README) labels every relation each text states
between its own numbers, with an exact verdict. This script audits each text
and scores the audit against those labels:

- **percentages** (labelled ``share`` checks): *right* when the audit's
  finding agrees with the label (consistent or inconsistent, with the
  labelled part and whole; not checked where the label says the share is not
  reproducible from the text), *wrong* when it gives a verdict the label
  contradicts (a verdict from any other pair, "inconsistent" where the text's
  numbers agree, any verdict on a share whose operands are not in the text),
  *not checked* otherwise;
- **totals** (``sum``, ``subset``, ``share_sum``, ``change``, ``bound``,
  ``conversion``): *right* when a verdict over the labelled figures has the
  labelled status (a check labelled inconsistent only under the exact-operand
  rule may be either), *wrong* when it has the other status, *missed* when
  the audit has no verdict over those figures;
- verdicts the audit gives that no label names: a percentage judged where no
  share is labelled, a total found "inconsistent" that no label states. These
  are printed too, and a confident one counts as wrong.

Every wrong verdict is printed with its text and reason. ``--misses`` prints
instead one line per labelled relation the audit missed or got wrong: the
file, the line and column of its first labelled figure, the kind and the
labelled values, and no other text of the corpus (so the list can be pasted
into an issue). ``ratio``, ``mean``
and ``count`` checks are listed as left unchecked (the audit does not attempt
them).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

import minestats

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
TOTAL_KINDS = ("sum", "subset", "share_sum", "change", "bound", "conversion")
UNCHECKED_KINDS = ("ratio", "mean", "count")


def read_text(path: Path) -> str:
    """The text of a corpus file without its ``URL:`` and ``DATE:`` header lines."""
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and (lines[0].startswith(("URL:", "DATE:")) or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


def number(value: Any) -> Decimal | None:
    """A label's value as a number: digits, ``a+b`` (a derived operand) or ``n/d`` (a fraction word)."""
    text = str(value)
    try:
        if "/" in text:
            numerator, denominator = text.split("/")
            return Decimal(numerator) / Decimal(denominator) * 100
        return sum((Decimal(part) for part in text.split("+")), Decimal(0))
    except (InvalidOperation, ValueError):
        return None


def values(items: Iterable[Any]) -> Counter[Decimal | None]:
    return Counter(number(v) for v in items)


def _signed(value: Any, sign: int) -> Decimal | None:
    found = number(value)
    return None if found is None else sign * found


def terms(items: Iterable[Any]) -> Counter[Decimal | None]:
    """The stated figures of labelled operands, a derived one (``a+b``) as its terms: a change's level
    that is a sum of stated figures is matched by the figures the audit adds up."""
    return Counter(number(term) for v in items for term in str(v).split("+"))


@dataclass
class Score:
    """Counts and the lines to print, for one group of labels."""

    counts: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)

    def add(self, outcome: str, line: str | None = None) -> None:
        self.counts[outcome] += 1
        if line:
            self.lines.append(line)


@dataclass
class Found:
    """An audit's findings over plain values, for matching against labels."""

    report: minestats.Audit
    values: dict[str, Decimal | None]

    def ids(self, ids: Iterable[str]) -> Counter[Decimal | None]:
        return Counter(self.values.get(i) for i in ids)


def locate(text: str, entry: dict[str, Any], check: dict[str, Any]) -> str:
    """``line:column`` of the first labelled figure of ``check`` in ``text`` (figures are in text order)."""
    wanted = set()
    for key in ("stated", "total", "parts", "part", "whole", "from", "to", "value", "abs_change"):
        field_ = check.get(key)
        for value in field_ if isinstance(field_, list) else [field_]:
            if value is not None:
                wanted.add(number(value))
    start, best = 0, None
    for figure in entry.get("figures") or []:
        at = text.find(str(figure.get("text", "")), start)
        if at < 0:
            continue
        start = at + 1
        if number(figure.get("value")) in wanted and (best is None or at < best):
            best = at
    if best is None:
        return "?"
    line = text.count("\n", 0, best) + 1
    return f"{line}:{best - text.rfind(chr(10), 0, best)}"


def _quote(report: minestats.Audit, figure_id: str) -> str:
    for f in report.figures:
        if f.id == figure_id:
            return f.locator.quote
    return figure_id


def score_text(
    name: str,
    entry: dict[str, Any],
    text: str,
    shares: Score,
    totals: Score,
    extra: Score,
    misses: list[str] | None = None,
) -> None:
    report = minestats.audit(text, name=name.removesuffix(".txt"))
    found = Found(report, {f.id: f.value for f in report.figures})
    claims = {c.id: c for c in report.claims}
    checks = entry.get("checks") or []
    # -- percentages -----------------------------------------------------------------------
    labelled = [c for c in checks if c["kind"] == "share"]
    groups: dict[Decimal | None, list[dict[str, Any]]] = {}
    for check in labelled:
        groups.setdefault(number(check["stated"]), []).append(check)
    pool = list(report.shares)
    used: set[int] = set()
    for stated, group in groups.items():
        # several labels of one stated value are either several percentages or readings of one
        readings = all("reading" in c for c in group) and len(group) > 1
        units = [group] if readings else [[c] for c in group]
        for options in units:
            match = None
            for index, share in enumerate(pool):
                if index not in used and found.values.get(share.figure) == stated:
                    match = index
                    break
            if match is not None:
                used.add(match)
            share = pool[match] if match is not None else None
            outcome, why = _share_outcome(share, options, found)
            label = options[0]
            where = share.quote if share else f"{label['stated']} (not found by the audit)"
            line = f"{name}: \u201c{where}\u201d labelled {label['verdict']}"
            if "part" in label:
                line += f" ({'+'.join(label['part'])} of {'+'.join(label['whole'])})"
            shares.add(outcome, f"  {outcome.upper()}: {line}; audit: {why}" if outcome != "right" else None)
            if outcome != "right" and misses is not None:
                misses.append(
                    f"{outcome.upper():11s} {name}:{locate(text, entry, label)} share {_describe(label)},"
                    f" labelled {label['verdict']}"
                )
    for index, share in enumerate(pool):
        if index in used or share.status == "not checked":
            continue
        extra.add(
            "wrong",
            f"  WRONG (no share labelled): {name}: \u201c{share.quote}\u201d {share.status}: {share}",
        )
    # -- totals ----------------------------------------------------------------------------
    matched: set[tuple[str, str]] = set()
    verdicts = [v for v in report.verdicts if v.kind is not minestats.ClaimKind.SHARE]
    for check in checks:
        kind = check["kind"]
        if kind in UNCHECKED_KINDS:
            totals.add("left unchecked")
            continue
        if kind not in TOTAL_KINDS:
            continue
        want = _operands(check)
        if want is None:  # not reproducible from the text: right unless the audit judged it
            totals.add("right")
            continue
        hit = None
        for verdict in verdicts:
            claim = claims.get(verdict.claim)
            if claim is None:
                continue
            if _same(claim, verdict, want, found) or (
                kind == "bound" and _same(claim, verdict, _bound_as_subset(check), found)
            ):
                hit = verdict
                break
        if hit is None:
            totals.add("missed", f"  MISSED: {name}: {kind} {_describe(check)}, labelled {check['verdict']}")
            if misses is not None:
                misses.append(
                    f"{'MISSED':11s} {name}:{locate(text, entry, check)} {kind} {_describe(check)},"
                    f" labelled {check['verdict']}"
                )
            continue
        matched.add((hit.claim, hit.reading))
        allowed = {check["verdict"], check.get("verdict_with_operand_rounding", check["verdict"])}
        status = hit.status.value
        if status in allowed:
            totals.add("right")
        elif status == "indeterminate":
            totals.add("missed", f"  MISSED: {name}: {kind} {_describe(check)}: audit indeterminate")
        else:
            if misses is not None:
                misses.append(
                    f"{'WRONG':11s} {name}:{locate(text, entry, check)} {kind} {_describe(check)},"
                    f" labelled {check['verdict']}, audit {status}"
                )
            totals.add(
                "wrong",
                f"  WRONG: {name}: {kind} {_describe(check)} labelled {check['verdict']};"
                f" audit {status}: {hit.reason}",
            )
    for verdict in verdicts:
        if (verdict.claim, verdict.reading) in matched:
            continue
        quote = verdict.locator.quote if verdict.locator else verdict.claim
        if verdict.status is minestats.Status.INCONSISTENT:
            extra.add(
                "wrong", f"  WRONG (no such relation labelled): {name}: \u201c{quote}\u201d: {verdict.reason}"
            )
        else:
            extra.add(
                "unlabelled",
                f"  unlabelled {verdict.status.value}: {name}: {verdict.kind.value}"
                f" \u201c{quote}\u201d: {verdict.reason}",
            )


def _describe(check: dict[str, Any]) -> str:
    keys = ("stated", "total", "parts", "part", "whole", "from", "to", "abs_change", "value", "qualifier")
    return ", ".join(f"{k}={check[k]}" for k in keys if k in check)


def _operands(check: dict[str, Any]) -> dict[str, Counter[Decimal | None]] | None:
    """The labelled figures of a check, by role, as plain values (None when not reproducible)."""
    if check.get("reproducible_from_text") is False:
        return None
    kind = check["kind"]
    if kind == "sum":
        return {"stated": values([check["total"]]), "part": values(check["parts"])}
    if kind == "subset":
        return {"part": values(check["part"]), "whole": values(check["whole"])}
    if kind == "share_sum":
        return {"part": values(check["stated"])}
    if kind == "change":
        if "from" not in check and "to" in check and "abs_change" in check:
            # the earlier level the later one less the difference (an increase) or plus it: the terms of
            # both levels, a term taken away counted as its negative, as the audit's `less`
            sign = -1 if check.get("direction") == "increase" else 1
            earlier = values([check["to"]]) + Counter({_signed(check["abs_change"], sign): 1})
            return {"stated": values([check["stated"]]), "part": earlier + values([check["to"]])}
        if "from" not in check:
            return {"stated": values([check["stated"]]), "part": values([check.get("abs_change", "")])}
        return {"stated": values([check["stated"]]), "part": terms([check["from"], check["to"]])}
    if kind == "bound":
        return {"stated": values([check["stated"]]), "part": values(check["value"])}
    if kind == "conversion":
        return {"stated": values([check["stated"]]), "part": values([check["from"]])}
    return None  # pragma: no cover


def _bound_as_subset(check: dict[str, Any]) -> dict[str, Counter[Decimal | None]]:
    """A bound as the subset that says the same: "at least S" holds when S does not exceed the value,
    "at most S" when the value does not exceed S."""
    stated, value = values([check["stated"]]), values(check["value"])
    if check.get("qualifier") == "at_most":
        return {"part": value, "whole": stated}
    return {"part": stated, "whole": value}


def _same(claim: Any, verdict: Any, want: dict[str, Counter[Decimal | None]], found: Found) -> bool:
    reading = next((r for r in claim.readings if r.id == verdict.reading), claim.readings[0])
    got = {
        "stated": found.ids([claim.stated] if claim.stated else []),
        "part": found.ids(reading.part),
        "whole": found.ids(reading.whole),
    }
    if claim.kind is minestats.ClaimKind.CHANGE:  # labelled as the stated change, from and to
        less = Counter(-v if (v := found.values.get(i)) is not None else None for i in reading.less)
        got = {"stated": got["stated"], "part": found.ids(reading.whole + reading.part) + less}
    if "whole" not in want and not got["stated"] and got["whole"]:
        got["stated"] = got.pop("whole")  # a sum read as a subset: part within whole
    if "stated" not in want and got["stated"] and not got.get("whole"):
        got["whole"] = got.pop("stated")  # a subset read as a sum
    return all(want.get(role, Counter()) == got.get(role, Counter()) for role in ("stated", "part", "whole"))


def _share_outcome(
    share: minestats.Share | None, options: list[dict[str, Any]], found: Found
) -> tuple[str, str]:
    """("right" | "wrong" | "not checked", what the audit said) for a labelled percentage."""
    if share is None:
        return ("right" if all(o["verdict"] == "not_checked" for o in options) else "not checked"), (
            "not found"
        )
    said = str(share)
    if share.status == "not checked":
        ok = any(o["verdict"] == "not_checked" for o in options)
        return ("right" if ok else "not checked"), said
    pair = (found.ids(share.part), found.ids(share.whole))
    want = share.status
    for option in options:
        if (
            option["verdict"] == want
            and "part" in option
            and (values(option["part"]), values(option["whole"])) == pair
        ):
            return "right", said
    return "wrong", said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder (texts/, labels.yaml)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--quiet", action="store_true", help="only the table")
    output.add_argument(
        "--misses",
        action="store_true",
        help="each labelled relation missed or judged wrong, by file:line:column (no corpus text)",
    )
    args = parser.parse_args(argv)
    labels_path = args.corpus / "labels.yaml"
    if not labels_path.exists():
        print(f"the corpus is not here ({args.corpus}); nothing to score", file=sys.stderr)
        return 2
    labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    shares, totals, extra = Score(), Score(), Score()
    misses: list[str] = []
    for name, entry in labels.items():
        text = read_text(args.corpus / "texts" / name)
        score_text(name, entry, text, shares, totals, extra, misses if args.misses else None)
    n_shares = sum(shares.counts.values())
    n_totals = sum(v for k, v in totals.counts.items() if k != "left unchecked")

    def pct(n: int, d: int) -> str:
        return f"{n:3d} ({100 * n / d:5.1f} %)" if d else f"{n:3d}"

    print(f"minestats {minestats.__version__}: audit of {len(labels)} corpus texts ({args.corpus})")
    print(f"percentages labelled: {n_shares}")
    for outcome in ("right", "wrong", "not checked"):
        print(f"  {outcome:12s} {pct(shares.counts[outcome], n_shares)}")
    print(f"totals labelled (sums, subsets, share sums, changes, bounds, conversions): {n_totals}")
    for outcome in ("right", "wrong", "missed"):
        print(f"  {outcome:12s} {pct(totals.counts[outcome], n_totals)}")
    print(f"  ratios, means and counts, left unchecked: {totals.counts['left unchecked']}")
    print(
        f"verdicts on relations no label states: {extra.counts['wrong']} wrong (confident),"
        f" {extra.counts['unlabelled']} consistent"
    )
    if args.misses:
        print(f"\nlabelled relations missed or judged wrong ({len(misses)}):")
        print("\n".join(sorted(misses, key=lambda line: (not line.startswith("WRONG"), line))))
        return 0
    if not args.quiet:
        for title, score in (("percentages", shares), ("totals", totals), ("unlabelled verdicts", extra)):
            if score.lines:
                print(f"\n{title}:")
                print(
                    "\n".join(
                        sorted(score.lines, key=lambda line: (not line.lstrip().startswith("WRONG"), line))
                    )
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
