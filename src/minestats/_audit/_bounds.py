"""Bounds a text states: a round figure with a directional qualifier that restates a precise one.

A headline says "more than 4,000 devices" where the body counts 4,126; a
summary says "just under 12 km²" where a table totals 11,968,200 m². The
round figure is a bound on the precise one, and the core's bound rule
(:meth:`minestats._interval.Interval.stated` with the qualifier) judges it:
"more than 4,000" holds from 4,000 up (from the low end of its rounding for a
figure that is not a whole count), "nearly 12 km²" up to the high end of 12's
rounding.

The link must come from the text, not from two numbers that happen to be
close. The round figure ``Q`` (a qualifier such as "more than", "over", "at
least", "nearly", "almost", "just under", "plus de", "почти") restates a
precise figure ``E`` when:

- both have the same dimension (a count and an area are never linked), and
  for counts that both say what they count, the same kind of thing ("victims"
  and "casualties", not "victims" and "children"); an amount of money only
  restates money of its currency;
- ``E`` is stated more precisely than ``Q`` and carries no qualifier of its
  own, and ``E`` agrees with ``Q`` to one unit of ``Q``'s last significant
  digit (4,126 is 4,000 cut to the thousand; 11,968,200 m² is 12 km² rounded
  up), and lies within a twentieth of ``Q`` (one significant digit alone
  would make "over 100 km²" a restatement of anything from 0 to 200 km²): the
  round figure is the precise one written with fewer digits, cut or rounded,
  and the bound then says on which side the precise one must lie;
- ``E``'s value is the only one of the text that does so (with several, the
  text does not say which one it restates);
- when both figures are said to be of a year ("in 2019") the years agree.

Vague qualifiers ("about", "около") do not make a bound and do not widen a
verdict (the core's rule), so a figure with one is not linked here: "about
6,000" against 5,973 would be judged at the stated digits and found wanting,
which the wording does not claim. The claim is the core's ``sum`` claim of
one part (the qualified figure stated, the precise one its part), the same
claim a figure restated in another unit makes; its verdict reads the stated
figure's qualifier as a bound.

A target the text says was exceeded is a bound too (:func:`targets`): "the
plan aimed to clear 180 municipalities. With the target surpassed, ...",
"la meta era liberar 170 veredas. Superada la meta, ...".
What was reached is the figure (or the figures listed as adding up: "186
... and 15 more", "186 ... y 15 más") of the nearest sentence before the
target's that states figures of its kind, at most two sentences back; the
claim is the core's ``bound`` (the target does not exceed what was
reached). A negated word ("not exceeded", "no se superó") links nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .._format import with_unit
from .._models import Claim, Reading
from .._vocab import ClaimKind, Direction, direction_of
from ._clauses import lowered as lower_case
from ._clauses import word_matches
from ._entities import compatible, same_kind
from ._figures import Item

__all__ = [
    "Bound",
    "Target",
    "bound_claim",
    "bounds",
    "sentence_end",
    "target_claim",
    "targets",
    "year_of",
    "year_of_sentence",
    "years_in",
]

#: A year the figure is of: "in 2019", "en 2020", "for 2021" after it, before any other number.
_YEAR_AFTER = re.compile(
    r"[^\d.;]{0,100}?\b(?:in|en|for|of|de|del|em|im|во?)\s+((?:19|20)\d\d)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Bound:
    """A figure with a directional qualifier, the precise figure it restates and the words that link them."""

    stated: Item
    value: Item
    words: str


def _step(item: Item) -> Fraction | None:
    """One unit of the last significant digit of ``item``'s value, in its dimension's base unit."""
    value = item.figure.value
    if not isinstance(value, Decimal) or not value:
        return None
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Fraction(10) ** exponent * item.figure.unit_info.factor


def _step_of(item: Item, steps: dict[int, Fraction | None]) -> Fraction | None:
    """:func:`_step` of ``item``, kept in ``steps`` by its index."""
    if item.index not in steps:
        steps[item.index] = _step(item)
    return steps[item.index]


def _near(other_at: float, at: float, within: float, other: Item, point: Fraction, reach: Fraction) -> bool:
    """Whether ``abs(_point(other) - point) <= reach``: decided by the floats (``other_at``, ``at``,
    ``within``) where they are far from the edge, exactly where they are not (a Fraction's arithmetic
    is many times slower)."""
    gap = abs(other_at - at)
    margin = 1e-6 * max(abs(other_at), abs(at), within)
    if gap > within + margin:
        return False
    if gap < within - margin:
        return True
    return abs(_point(other) - point) <= reach


def _point(item: Item) -> Fraction:
    assert item.base is not None
    assert item.base.point is not None
    return item.base.point


def _alike(stated: Item, other: Item) -> bool:
    """Same dimension; for counts that both say what they count, the same kind of thing."""
    if other is stated or other.dimension != stated.dimension:
        return False
    if stated.dimension == "count" and stated.counted and other.counted:
        return same_kind(stated.counted, other.counted)
    return True


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def years_in(text: str, start: int, end: int) -> set[str]:
    """The years ``text`` names between ``start`` and ``end`` ("in 2019", "for 2020").

    Examples
    --------
    >>> sorted(years_in("Mines found in 2019 and 2020: 1,250.", 0, 30))
    ['2019', '2020']
    """
    return set(_YEAR.findall(text, start, end))


def year_of(text: str, item: Item) -> str | None:
    """The year a figure is said to be of, in its words before any other number ("4,126 mines in 2020").

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Teams found 4,126 mines in 2020 and 3,900 mines the year after."
    >>> [year_of(text, i) for i in items(text, extract(text), {})]
    ['2020', None]
    """
    match = _YEAR_AFTER.match(text, item.mention.end)
    return match.group(1) if match else None


#: The end of a sentence, a footnote marker after its full stop included ("... cleared.[4] In 2018, ...").
_FULL_STOP = re.compile(r"[.!?](?:\[\d{1,3}\])*(?:\s|$)")


def year_of_sentence(text: str, item: Item) -> str | None:
    """The one year ``item``'s sentence names ("In 2009, teams cleared 198 km² ..."), if only one.

    The sentence ends at a full stop, a footnote marker after it included.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Teams cleared 460 km² in 2010.[5] In 2009, they cleared 198 km²."
    >>> [year_of_sentence(text, i) for i in items(text, extract(text), {})]
    ['2010', '2009']
    """
    years = _years_of_sentence(text, item)
    return years.pop() if len(years) == 1 else None


def sentence_end(text: str, item: Item) -> int:
    """Where ``item``'s sentence ends: its next full stop (a footnote marker after it included), within
    400 characters.

    The extractor's sentences do not end at a full stop with a footnote marker
    after it ("... for mine action.[2] It is ..."); a reader that must not
    look past the sentence asks this.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Aid fell to $5 million.[2] It was $6 million in 2019."
    >>> text[: sentence_end(text, items(text, extract(text), {})[0])]
    'Aid fell to $5 million'
    """
    end = _FULL_STOP.search(text, item.mention.end, item.mention.end + 400)
    return end.start() if end else min(len(text), item.mention.end + 400)


def _years_of_sentence(text: str, item: Item) -> set[str]:
    """The years ``item``'s sentence names."""
    stops = [m.end() for m in _FULL_STOP.finditer(text, max(0, item.mention.start - 400), item.mention.start)]
    start = stops[-1] if stops else max(0, item.mention.start - 400)
    return years_in(text, start, sentence_end(text, item))


def _quote(item: Item) -> str:
    return f"\u201c{item.figure.locator.quote}\u201d"


def bounds(text: str, items: list[Item]) -> Iterator[Bound]:
    """The round figures with a directional qualifier in ``text``, each with the precise figure it restates.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "Teams removed more than 4,000 devices. The survey lists 4,126 devices in all."
    >>> found = bounds(text, items(text, extract(text), {}))
    >>> [(b.stated.figure.stated, b.value.figure.stated) for b in found]
    [('4,000', '4,126')]
    """
    known = [i for i in items if i.base is not None and isinstance(i.figure.value, Decimal)]
    known = [i for i in known if i.dimension not in ("ratio", "time")]
    qualified = [
        i for i in known if direction_of(i.figure.qualifier) in (Direction.LOWER_BOUND, Direction.UPPER_BOUND)
    ]
    if not qualified:
        return
    # the precise figures (no qualifier) of each dimension by value, to find those near a bound at once
    # (sorted and searched by float, the few found then compared exactly)
    precise: dict[str, tuple[list[float], list[Item]]] = {}
    pool = [i for i in known if not i.figure.qualifier]
    keys = [float(_point(i)) for i in pool]  # each point turned to a float once (no tuple per figure)
    for k in sorted(range(len(pool)), key=keys.__getitem__):
        points, ordered = precise.setdefault(pool[k].dimension, ([], []))
        points.append(keys[k])
        ordered.append(pool[k])
    del pool, keys
    steps: dict[int, Fraction | None] = {}  # each candidate's step, worked out once
    for stated in qualified:
        step = _step(stated)
        if step is None:
            continue
        point = _point(stated)
        reach = min(step, point / 20)  # one unit of its last significant digit, and a twentieth of it
        points, ordered = precise.get(stated.dimension, ([], []))
        low, high = float(point - reach), float(point + reach)
        first, last = bisect_left(points, low - abs(low) * 1e-9), bisect_right(points, high + high * 1e-9)
        at, within = float(point), float(reach)
        candidates = [
            ordered[k]
            for k in range(first, last)
            if _near(points[k], at, within, ordered[k], point, reach)
            and _alike(stated, ordered[k])
            and (other_step := _step_of(ordered[k], steps)) is not None
            and other_step < step
        ]
        candidates.sort(key=lambda i: i.index)
        if not candidates:
            continue
        if len({_point(c) for c in candidates}) != 1:
            continue  # several precise values it could restate: no evidence which
        after = [c for c in candidates if c.mention.start > stated.mention.start]
        value = after[0] if after else candidates[-1]
        years = (year_of(text, stated), year_of(text, value))
        if None not in years and years[0] != years[1]:
            continue
        yield Bound(
            stated, value, f"{_quote(stated)} restates {_quote(value)}, the one value of the text it rounds"
        )


def bound_claim(bound: Bound, claim_id: str) -> Claim:
    """The claim that the qualified figure of ``bound`` is a bound on the precise one it restates."""
    stated, value = bound.stated.figure, bound.value.figure
    return Claim(
        id=claim_id,
        kind=ClaimKind.SUM,
        label=(
            f"{stated.qualifier} {with_unit(stated.stated, stated.unit)} restates"
            f" {with_unit(value.stated, value.unit)} as a bound"
        ),
        stated=stated.id,
        readings=(
            Reading(id="restated", part=(value.id,), note=f"Linked by minestats.audit: {bound.words}."),
        ),
        locator=stated.locator,
    )


#: The word that names a figure as a target, before it in its clause ("the target of", "la meta ... a").
_TARGET = re.compile(
    r"\b(?:target|goal|aim|aimed|objective|meta|objetivo|objectif|cible|ziel)\b[^\d.;]{0,100}$", re.IGNORECASE
)
_TARGET_WORDS = ("target", "goal", "aim", "objective", "meta", "objetivo", "objectif", "cible", "ziel")
_TARGET_WORD = re.compile(rf"\b(?:{'|'.join(_TARGET_WORDS)}|aimed)\b", re.IGNORECASE)
_TARGET_LOWER = re.compile(_TARGET_WORD.pattern)
#: Words that say the target was exceeded, after it in its sentence or opening the next one.
_EXCEEDED = re.compile(
    r"\b(?:exceeded|surpassed|superad[oa]s?|super[óo]|superaron|sobrepasad[oa]s?|sobrepas[óo]|superou"
    r"|ultrapassad[oa]s?|ultrapassou|dépassée?s?|dépassé|übertroffen|überschritten)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|no|nunca|pas|nicht|não|jamais)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
#: Between two figures that add up to what was reached: "186 ... and 15 more", "186 ... y 15".
_AND_MORE = re.compile(r"[^\d;:()]{0,80}?\b(?:and|y|e|et|und|plus)\s+$", re.IGNORECASE)
_MORE = re.compile(r"\s*(?:more|más|mais|de\s+plus|weitere|additional)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Target:
    """A target the text says was exceeded, the figures that reached it and the words that link them."""

    target: Item
    reached: tuple[Item, ...]
    words: str


def targets(text: str, items: list[Item]) -> Iterator[Target]:
    """The targets ``text`` says were exceeded, each with what was reached.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = ("Teams freed 120 villages by demining and 31 more by survey. The plan's target was"
    ...         " 140 villages. It was exceeded in May.")
    >>> found = targets(text, items(text, extract(text), {}))
    >>> [(t.target.figure.stated, [i.figure.stated for i in t.reached]) for t in found]
    [('140', ['120', '31'])]
    """
    lowered = lower_case(text)
    if not any(w in lowered for w in _TARGET_WORDS):  # most texts name no target: nothing to read
        return
    if len(lowered) != len(text):  # a letter whose lower case is longer: search the text as it is
        words = [m.end() for m in _TARGET_WORD.finditer(text)]
    else:  # the lower-cased text, searched case-sensitively: several times faster
        words = [m.end() for m in word_matches(_TARGET_LOWER, lowered, _TARGET_WORDS)]
    known = [i for i in items if i.base is not None and i.dimension not in ("ratio", "time")]
    by_sentence: dict[int, list[Item]] = {}
    for item in known:
        by_sentence.setdefault(item.mention.sentence, []).append(item)
    at_of = {id(i): k for here in by_sentence.values() for k, i in enumerate(here)}
    for target in known:
        word = bisect_left(words, target.mention.start) - 1
        if word < 0 or words[word] < target.mention.start - 200:
            continue  # no word naming a target in the 200 characters before it
        here = by_sentence[target.mention.sentence]
        at = at_of[id(target)]
        start = here[at - 1].mention.end if at else max(0, target.mention.start - 200)
        named = _TARGET.search(text, max(start, target.mention.start - 200), target.mention.start)
        if named is None:
            continue
        exceeded = _exceeded(text, target, here[at + 1] if at + 1 < len(here) else None)
        if exceeded is None:
            continue
        reached = _reached(text, target, by_sentence)
        if reached is None:
            continue
        quoted = " + ".join(_quote(i) for i in reached)
        yield Target(
            target,
            reached,
            f"{_quote(target)} named a target (\u201c{named.group(0).split()[0]}\u201d),"
            f" \u201c{exceeded}\u201d; {quoted} reached, the sentence before",
        )


def _exceeded(text: str, target: Item, following: Item | None) -> str | None:
    """The word that says ``target`` was exceeded: later in its sentence with no figure between, or
    opening the next sentence ("Superada la cifra, ...")."""
    end = text.find(". ", target.mention.end)
    end = len(text) if end < 0 else end
    window = [(target.mention.end, end)]
    if end < len(text):
        window.append((end + 2, min(len(text), end + 2 + 40)))
    for low, high in window:
        if following is not None and following.mention.start < high:
            high = following.mention.start
        found = _EXCEEDED.search(text, low, high)
        if found is not None:
            if _NEGATED.search(text, max(0, found.start() - 30), found.start()):
                return None
            return found.group(0)
    return None


def _reached(text: str, target: Item, by_sentence: dict[int, list[Item]]) -> tuple[Item, ...] | None:
    """What reached ``target``: the one figure of its kind of the nearest sentence before with any, or
    figures listed there as adding up ("186 ... and 15 more")."""
    sentence = target.mention.sentence
    for back in range(sentence - 1, max(sentence - 3, 0), -1):
        found = [i for i in by_sentence.get(back, []) if _reaches(i, target)]
        if not found:
            continue
        years = (_years_of_sentence(text, target), _years_of_sentence(text, found[0]))
        if all(years) and not years[0] & years[1]:
            return None  # reached in another year than the target's
        if len(found) == 1:
            return (found[0],)
        if len(found) == 2 and (
            _AND_MORE.fullmatch(text, found[0].mention.end, found[1].mention.start)
            and _MORE.match(text, found[1].mention.end)
        ):
            return (found[0], found[1])
        return None
    return None


def _reaches(item: Item, target: Item) -> bool:
    """Whether ``item`` can state what reached ``target``: its dimension, its kind or none said."""
    if item.dimension != target.dimension or item.figure.qualifier:
        return False
    return item.counted is None or target.counted is None or compatible(item.counted, target.counted)


def target_claim(target: Target, claim_id: str) -> Claim:
    """The claim that the target of ``target`` does not exceed what was reached.

    The core's ``bound`` claim (one quantity within another), checked as a subset is.
    """
    reached = " + ".join(i.figure.stated for i in target.reached)
    return Claim(
        id=claim_id,
        kind=ClaimKind.BOUND,
        label=f"{reached} exceeds the target {target.target.figure.stated}",
        readings=(
            Reading(
                id="target_reached",
                part=(target.target.figure.id,),
                whole=tuple(i.figure.id for i in target.reached),
                note=f"Linked by minestats.audit: {target.words}.",
            ),
        ),
        locator=target.target.figure.locator,
    )
