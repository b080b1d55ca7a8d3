"""Totals and their parts, read from the words between them.

The shapes read within one sentence (or one clause after a semicolon):

- ``T, of whom A ... and B``, ``T, of which ...``, ``Of the T ..., A ... and B``:
  a sum; ``T, including A and B`` and ``among them``: a subset;
- ``T (A killed and B injured)``: a sum; ``T: A killed; B injured``: a sum;
  ``T – A in X, B in Y and C in Z``: a sum (a second dash ends the parts);
- ``T (A civilians)``: one group in parentheses, a subset; ``T (A and B),
  of which C``: the marker after the parenthesis names ``T``;
- ``A killed and B injured, T in all`` (``in total``, ``altogether``): a sum;
- ``T, with A cancelled and B cleared``: a sum when the parts are an
  exhaustive partition (below), else nothing;
- ``A out of B``, ``only A of the B``, ``A de los B``: a subset;
- ``T people ..., most of them ..., with about A still ...``: ``A`` (which
  names nothing it counts) within ``T``;
- ``X km² (Y ha)``: one figure in another unit of the same dimension, the
  same quantity (checked as a sum of one part).

And across sentences: :mod:`._across` (a total in one sentence, its parts
in another; a count from a start and the count of a period within it; ...).
:func:`totals` reads both.

Parts stop at the next head count: a figure counting the same things as the
total ("12 people, including 5 children, died and 40 people, including 9
children, were hurt" gives two subsets), or one that starts its own
"including". Parts that make up their whole (killed and injured are all the
casualties; cancelled, reduced and cleared are all the land released) make a
sum even after "including".

The start of a sentence is found by :func:`sentence_start` (in
:mod:`._clauses`, with what the readers share), not taken from the
extractor: a total can open a clause after a semicolon ("...; of these, 70
... and 312 ...") or follow a full stop before a lower-case word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from .._vocab import ClaimKind
from ._across import Across
from ._clauses import (
    _MAX_PARTS,
    Total,
    _bounded,
    _quote,
    casualty_parts,
    sentence_start,
)
from ._entities import compatible, known_kind, of_ordnance, of_people, same_kind
from ._figures import Item

__all__ = ["Total", "sentence_start", "totals"]

#: The markers after a total that open its parts ("of whom", "including", "dont", "de las cuales", ...).
_MARKER_PHRASES = (
    "of whom",
    "of which",
    "of them",
    "of these",
    "among them",
    "among whom",
    "including",
    "in which",
    "with",
    "dont",
    "davon",
    "darunter",
    "в том числе",
    "de los cuales",
    "de las cuales",
    "entre ellos",
    "entre estos",
    "entre estas",
    "parmi eux",
    "parmi elles",
    "dos quais",
    "das quais",
    "destas",
    "destes",
    "que correspondem a",
    "que corresponden a",
    "incluindo",
    "incluyendo",
    "einschließlich",
    "включая",
    "y compris",
    "из них",
    "из которых",
    "среди них",
    "среди которых",
    "de ellos",
    "de ellas",
    "d'entre eux",
    "d'entre elles",
    "von ihnen",
    "de estos",
    "de estas",
)

_MARKERS = re.compile(
    r"[^\d;()]{0,80}?(?:\(\s*)?\b(?P<marker>"
    + "|".join(phrase.replace(" ", r"\s+") for phrase in _MARKER_PHRASES)
    + r")\b[\s,:]*"
    r"(?:(?:more\s+than|over|at\s+least|about|some|nearly|almost|another|más\s+de|plus\s+de|mais\s+de)\s+)?",
    re.IGNORECASE,
)

#: The longest word of each marker of :data:`_MARKERS`, lower-case: where none stands, no marker does.
_MARKER_WORDS = re.compile(
    "|".join(dict.fromkeys(re.escape(max(p.split(), key=len)) for p in _MARKER_PHRASES))
)

_SUBSET_MARKERS = (
    "including",
    "among them",
    "among whom",
    "in which",
    "dont",
    "davon",
    "darunter",
    "в том числе",
    "entre ellos",
    "entre estos",
    "entre estas",
    "parmi eux",
    "parmi elles",
    "destas",
    "destes",
    "incluindo",
    "incluyendo",
    "einschließlich",
    "включая",
    "y compris",
)

_CLOSE = re.compile(r"[^\d();]{0,40}?\)\s*")

_OPEN_PAREN = re.compile(r"[^\d;()]{0,60}\(\s*")

_COLON = re.compile(r"[^\d;():–—]{0,40}:\s*")

#: A total, then a dash that opens its breakdown: "seven centres – one in A, three in B and two in C".
_DASH = re.compile(r"[^\d;():–—]{0,40}\s[–—]\s*")

#: (Keep :func:`_says_all` in step: "in all" is looked for only where its letters stand.)
_IN_ALL = re.compile(
    r"\s*[,;:–—-]?\s*(?:for\s+|with\s+)?(?:a\s+total\s+of|in\s+all|total|in\s+total|altogether|totall?ing)"
    r"\s*[,;:–—-]?\s*",
    re.IGNORECASE,
)

#: The same after the last part's own words and a mark: "... and 610 unexploded ordnance — totaling 712".
_IN_ALL_WORDS = re.compile(
    r"[^\d;()]{0,40}?[,;:–—-]\s*(?:for\s+|with\s+)?(?:a\s+total\s+of|in\s+all|in\s+total|altogether"
    r"|totall?ing)\s*[,;:–—-]?\s*",
    re.IGNORECASE,
)

_IN_ALL_AFTER = re.compile(r"[^\d;()]{0,20}?\b(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)

#: Before a total that opens its clause: "Of the 480 casualties, ...", "..., que dos 128 distritos, ...".
_SENTENCE_TOTAL = re.compile(
    r"(?:^|[,:]|\bque\b|\bthat\b)\s*(?P<opener>of\s+this|of\s+these|of\s+which|of\s+them|of\s+that"
    r"|of\s+the\s+total\s+of|out\s+of\s+a\s+total\s+of|of\s+the|out\s+of\s+the|among\s+the|among\s+these"
    r"|del\s+total\s+de|du\s+total\s+de|do\s+total\s+de|parmi\s+les|entre\s+l[oa]s|de\s+las|de\s+los|dos|das|des)"
    r"\s*$",
    re.IGNORECASE,
)

_PART_GAP = re.compile(
    r"[^\d;()]{0,60}?(?:,|;|\band\b|\bet\b|\by\b|\be\b|\bund\b|\bи\b)[^\d;()]{0,25}?", re.IGNORECASE
)

_PART_GAP_SEMICOLON = re.compile(
    r"[^\d()]{0,60}?(?:,|;|\band\b|\bet\b|\by\b|\be\b|\bund\b|\bи\b)[^\d()]{0,25}?", re.IGNORECASE
)

_APPOSITION = re.compile(r"[^\d;()]{0,40}?,\s*")

#: Between a part and its whole: "12 out of 21 counties", "only 9 of the 40 districts", "5 de los 40".
_OUT_OF = re.compile(
    r"\s+(?:out\s+of|of|de\s+l[oa]s|dos|das|des|из|von)\s+(?:the\s+|a\s+total\s+of\s+)?", re.IGNORECASE
)

#: Between a total and a parenthesis holding one of its groups: the total's own words, no other phrase.
_NAMED_BY = re.compile(r"(?:\s*(?!(?:and|et|y|e|und|и)\b)[^\W\d_][\w-]*){0,3}\s*\(\s*", re.IGNORECASE)

#: "of them" far before a part that names nothing it counts ("most of them went home, with 60 ...").
_OF_THEM = re.compile(
    r"[^\d;()]{0,80}?\b(?P<marker>of\s+them|of\s+these|of\s+whom|d'entre\s+eux|d'entre\s+elles|de\s+ellos"
    r"|de\s+ellas|deles|delas)\b[^\d;():]{0,80}",
    re.IGNORECASE,
)

_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")

#: Words that say the parts of a whole overlap: then their sum may exceed it.
_OVERLAP = re.compile(
    r"\b(?:combined|both|overlap\w*|at\s+the\s+same\s+time|simultaneous\w*|à\s+la\s+fois|ambos|ambas"
    r"|a\s+la\s+vez|ao\s+mesmo\s+tempo|sowohl|beide\w*|одновременно|обоих|обеих)\b",
    re.IGNORECASE,
)

#: Right after a figure (and its unit): a verb of its own clause ("70.4 km² was released by survey, 30.1
#: km² was reduced ..."): an item of a list, not a total its apposition breaks down.
_PREDICATE = re.compile(
    r"\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been|fue|fueron|foi|foram"
    r"|a\s+été|ont\s+été|wurden|wurde|был[аио]?)\b",
    re.IGNORECASE,
)

#: After a figure in parentheses: the period it covers, not a group it names ("2,150 mines (41,300
#: since the war ended)", "(480 412 – с начала ...)"): another count of the same things, not a part.
_PERIOD_AFTER = re.compile(
    r"\s*(?:[–—-]\s*)?(?:since|from|over|during|to\s+date|so\s+far|in\s+all|in\s+total|overall|altogether"
    r"|с\s+начала|с|со|за|всего|depuis|au\s+total|desde|en\s+total|seit|insgesamt|ao\s+todo|no\s+total)\b",
    re.IGNORECASE,
)


def _relative(head: str, opener: re.Match[str]) -> bool:
    """Whether ``opener`` is "of which" or "of whom" after words of its sentence: it refers back to a
    figure before it, and the figure after it is a part ("..., of which 2,610 were killed, ...")."""
    word = opener.group("opener").split()[-1].lower()
    return word in ("which", "whom") and bool(head[: opener.start("opener")].strip(" ,:"))


def _says_all(words: str) -> bool:
    """Whether lower-case ``words`` may hold what :data:`_IN_ALL` or :data:`_IN_ALL_AFTER` match: each of
    "total", "in all", "altogether" and "all told" has one of these letters."""
    return "tal" in words or "all" in words or "altog" in words


def _within(part: str | None, whole: str | None) -> bool:
    """Whether a part listed before "totaling" can be among its whole: its entity fits the whole's, or
    both name people, or both explosive things (a text may call every item it lists "mines")."""
    return (
        compatible(part, whole)
        or (of_people(part) and of_people(whole))
        or (of_ordnance(part) and of_ordnance(whole))
    )


def _width(item: Item) -> Fraction:
    """The width of a figure's rounding interval, in its dimension's base unit."""
    assert item.base is not None
    assert item.base.high is not None
    return item.base.high - item.base.low


class _Reader(Across):
    def parts(
        self,
        total: Item,
        first: int,
        *,
        closing: bool = False,
        semicolons: bool = False,
        skip: Item | None = None,
    ) -> tuple[Item, ...]:
        """The figures from ``known[first]`` on, listed as parts of ``total``, up to the next head count."""
        parts: list[Item] = []
        previous: Item | None = None
        anchor = skip if skip is not None else total
        limit = self.stops.start(anchor.mention.end + 1) if not semicolons else None
        for j in range(first, len(self.known)):
            item = self.known[j]
            if item.mention.sentence != total.mention.sentence or item.dimension != total.dimension:
                break
            if limit is not None and self.stops.start(item.mention.start) != limit and not closing:
                break
            if previous is not None:
                # "120 children (25 per cent) and 360 adults": a parenthesis between parts is skipped
                gap = self.text[previous.mention.end : item.mention.start]
                if "(" in gap:
                    gap = _ASIDE.sub("", gap)
                if closing and ")" in gap:
                    break
                pattern = _PART_GAP_SEMICOLON if (semicolons or closing) else _PART_GAP
                if not pattern.fullmatch(gap):
                    break
            if parts and not closing and total.counted and same_kind(item.counted, total.counted):
                break  # the next head count
            if (
                item.counted
                and total.counted
                and not compatible(item.counted, total.counted)
                and (not closing or known_kind(item.counted) or known_kind(total.counted))
            ):
                # "60 states, including 35 States Parties, as well as four areas"; in parentheses right
                # after a total, parts may be named by words of their own ("(17,811 prostheses and ...)")
                break
            if parts and self.is_head(item):
                break
            parts.append(item)
            previous = item
            if self.is_head(item) or len(parts) == _MAX_PARTS:
                break
        return tuple(parts)

    def read(self) -> list[Total]:
        found: list[Total] = []
        taken: set[int] = set()  # totals already read
        closed: dict[int, Item] = {}  # the last part inside a parenthesis: the total before it
        plain = self.plain_case
        for position, total in enumerate(self.known):
            if position + 1 >= len(self.known):
                break
            first = self.known[position + 1]
            if first.mention.sentence != total.mention.sentence:
                continue
            gap = self.text[total.mention.end : first.mention.start]
            if (
                gap[:1].isspace()  # a cheap test first: the words start with a space
                and _OUT_OF.fullmatch(gap)
                and first.dimension == total.dimension
                and compatible(total.counted, first.counted)
            ):
                # "12 out of 21 counties": the first within the second
                word = " ".join(self.source[total.mention.end : first.mention.start].split())
                found.append(
                    Total(
                        first,
                        (total,),
                        ClaimKind.SUBSET,
                        f"{_quote(total)} \u201c{word}\u201d {_quote(first)}",
                    )
                )
                continue
            # read once: the readers of a total and of "_across" ask; only where a marker's word stands
            marker = (
                _MARKERS.fullmatch(gap)
                if not plain or _MARKER_WORDS.search(self.lowered, total.mention.end, first.mention.start)
                else None
            )
            result = self._after_total(total, position, gap, marker)
            if result is None and total.index in closed:
                result = self._after_paren(closed[total.index], total, position, gap)
            if result is None and position > 0:
                result = self._across(total, position, marker)
            if result is None:
                result = self._of_them(total, first, gap)
            if result is not None and result.parts:
                found.append(result)
                taken.add(total.index)
                if result.total is total and not result.conversion:
                    last = result.parts[-1]
                    if _CLOSE.match(self.text, last.mention.end):
                        closed[last.index] = total
        found.extend(self._total_after_parts(taken))
        found.extend(self._next_sentence())
        # the figures read as parts so far, brought up to date before each reader that asks (each
        # reader's totals are all found before the set changes)
        parts: set[int] = set()
        counted = 0

        def parts_so_far() -> set[int]:
            nonlocal counted
            for t in found[counted:]:
                parts.update(p.index for p in t.parts)
            counted = len(found)
            return parts

        found.extend(self._alone(parts_so_far()))
        found.extend(self._cumulative())
        found.extend(self._listed())
        found.extend(self._named_sections())
        found.extend(self._first_and_rest())
        found.extend(self._remaining_of())
        found.extend(self._one_of_both())
        found.extend(self._total_next())
        found.extend(self._ranking())
        found.extend(self._victims_of())
        found.extend(self._most_of(parts_so_far()))
        found.extend(self._were_group(parts_so_far()))
        parts.clear()  # its last reader is done: free its table before the readers after
        found.extend(self._of_the_victims(found))
        found.extend(self._of_them_next({p.index for t in found for p in t.parts}))
        found.extend(self._rest_unstated())
        rests = list(self._complement([t for t in found if t.kind is ClaimKind.SUBSET and len(t.parts) == 1]))
        if rests:  # the sum says more than that the part fits
            replaced = {(r.total.index, r.parts[0].index) for r in rests}
            found = [
                t
                for t in found
                if (t.total.index, t.parts[0].index) not in replaced or t.kind is ClaimKind.SUM
            ]
            found.extend(rests)
        return [self._remaining(t) for t in self._apart(found)]

    def _apart(self, found: list[Total]) -> list[Total]:
        """Each part of a subset on its own when the text says its parts overlap ("1,369 communities
        (mines) and 60 (cluster munitions, of which 31 combined)"): only parts apart must fit together."""
        out: list[Total] = []
        for total in found:
            if total.kind is ClaimKind.SUBSET and len(total.parts) >= 2:
                start = total.parts[0].mention.start
                last = total.parts[-1].mention.end
                end = self.stops.end(last)
                if _OVERLAP.search(self.text, start, end if end > 0 else last + 200):
                    words = f"{total.words} (the parts overlap: each on its own)"
                    out.extend(Total(total.total, (part,), ClaimKind.SUBSET, words) for part in total.parts)
                    continue
            out.append(total)
        return out

    def _of_them(self, total: Item, part: Item, gap: str) -> Total | None:
        """ "300 people fled, most of them went home, with about 60 still in camps": a figure that
        names nothing it counts, after "of them" later in the sentence of a total, is within it."""
        if part.counted or not total.counted or part.dimension != total.dimension:
            return None
        marker = _OF_THEM.fullmatch(gap)
        if marker is None:
            return None
        word = " ".join(marker.group("marker").split())
        return Total(
            total, (part,), ClaimKind.SUBSET, f"{_quote(total)}, \u201c{word}\u201d, then {_quote(part)}"
        )

    def _across(self, between: Item, position: int, marker: re.Match[str] | None) -> Total | None:
        """ "$120.5 million ... to 18 States Parties, including $84.2 million": the marker's parts are
        of another dimension than the figure before it, and belong to the figure before that."""
        first = self.known[position + 1]
        total = self.known[position - 1]
        # a duration may end a longer clause ("318 civilians killed by explosive remnants in the border
        # districts during the past four years, including ...")
        reach = 100 if between.dimension == "time" else 60
        if (
            marker is None
            or first.dimension == between.dimension
            or total.dimension != first.dimension
            or total.mention.sentence != between.mention.sentence
            or len(self.text[total.mention.end : between.mention.start]) > reach
            or not re.fullmatch(r"[^\d;:,()]*", self.text[total.mention.end : between.mention.start])
        ):
            return None
        word = " ".join(marker.group("marker").lower().split())
        if word not in _SUBSET_MARKERS:
            return None
        parts = self.parts(total, position + 1, skip=between)
        if not parts:
            return None
        kind = ClaimKind.SUM if len(parts) >= 2 and self.exhaustive(parts) else ClaimKind.SUBSET
        return Total(total, parts, kind, f"{_quote(total)}, \u201c{word}\u201d after {_quote(between)}")

    def _after_paren(self, head: Item, between: Item, position: int, gap: str) -> Total | None:
        """ "171 routes (163 local and 8 regional), of which 11 ...": the marker after a parenthesized
        breakdown names the figure before the parenthesis, not the last figure inside it."""
        close = _CLOSE.match(gap)
        if close is None:
            return None
        marker = _MARKERS.fullmatch(gap[close.end() :])
        if marker is None:
            return None
        return self._marked(head, position, marker, skip=between)

    def _marked(
        self, total: Item, position: int, marker: re.Match[str], skip: Item | None = None
    ) -> Total | None:
        """The parts after a marker ("of whom", "including", "dont", ...) of ``total``, and their kind."""
        word = " ".join(marker.group("marker").lower().split())
        # "301 áreas, que correspondem a 62 áreas ..., 32 reservas ...": each part named in its own words
        listing = word.startswith("que correspond")
        parts = self.parts(total, position + 1, closing=listing, skip=skip)
        if not parts:
            return None
        if total.counted and not of_people(total.counted) and casualty_parts(self.text, parts):
            # "8,240 casualties in 37 provinces, of which 2,610 were killed, ...": the killed are
            # among the casualties, not the countries; the whole is the people the sentence counted
            whole = self._people_before(position)
            if whole is None:
                return None
            total = whole
        if word == "with":
            if len(parts) >= 2 and self.exhaustive(parts):
                return Total(total, parts, ClaimKind.SUM, f"{_quote(total)}, with parts that make it up")
            return None
        if word in _SUBSET_MARKERS or len(parts) == 1:
            kind = ClaimKind.SUM if len(parts) >= 2 and self.exhaustive(parts) else ClaimKind.SUBSET
        else:
            kind = ClaimKind.SUM
        after = f" after {_quote(skip)}" if skip is not None else ""
        return Total(total, parts, kind, f"{_quote(total)}, \u201c{word}\u201d{after}, then the parts")

    def _people_before(self, position: int) -> Item | None:
        """The nearest figure before ``known[position]`` in its sentence that counts people."""
        here = self.known[position]
        for j in range(position - 1, -1, -1):
            item = self.known[j]
            if item.mention.sentence != here.mention.sentence:
                return None
            if item.dimension == here.dimension and of_people(item.counted):
                return item
        return None

    def _after_total(
        self, total: Item, position: int, gap: str, marker: re.Match[str] | None
    ) -> Total | None:
        """The parts that the words after ``total`` (``gap``, up to the next figure; ``marker``: its
        match of :data:`_MARKERS`) list, and their kind."""
        if marker is not None:
            return self._marked(total, position, marker)
        opener = None
        if "," in gap or ":" in gap:  # "Of the 480 casualties, 120 ...": read only before a comma or colon
            head = self.text[self.stops.start(total.mention.start) : total.mention.start]
            opener = _SENTENCE_TOTAL.search(head)
            if opener is not None and _relative(head, opener):
                opener = None  # "8,240 casualties, of which 2,610 were killed, ...": a part, not a whole
        if opener is not None:
            parts = self.parts(total, position + 1)
            if parts:
                # "Of the 480 casualties, 120 were children": one part is within the whole; parts stated as
                # bounds ("at least 3,059 were killed") make no exact sum
                kind = ClaimKind.SUM if len(parts) >= 2 and not _bounded(parts) else ClaimKind.SUBSET
                words = " ".join(opener.group("opener").split())
                return Total(total, parts, kind, f"\u201c{words}\u201d {_quote(total)}, then the parts")
        # each pattern below is tried only where its mark stands in the gap
        if "(" in gap and _OPEN_PAREN.fullmatch(gap):
            parts = self.parts(total, position + 1, closing=True)
            first = parts[0] if parts else None
            if first is None:
                return None
            if len(parts) == 1:
                if first.figure.unit != total.figure.unit and not self.split(total):
                    # "731,034 m² (73.1 ha)": one quantity twice; the less precise is checked
                    stated, precise = sorted((total, first), key=_width, reverse=True)
                    return Total(
                        stated,
                        (precise,),
                        ClaimKind.SUM,
                        f"{_quote(first)} in parentheses after {_quote(total)}",
                        True,
                    )
                if (
                    first.figure.unit == total.figure.unit
                    and first.counted
                    and compatible(first.counted, total.counted)
                    and not self.split(total)
                    and _NAMED_BY.fullmatch(gap)
                    and not _PERIOD_AFTER.match(self.text, first.mention.end)
                ):
                    # "Killed: 12 (9 civilians)": one group named in parentheses is within its whole
                    return Total(
                        total,
                        parts,
                        ClaimKind.SUBSET,
                        f"{_quote(first)} in parentheses after {_quote(total)}",
                    )
                return None
            return Total(total, parts, ClaimKind.SUM, f"the parts in parentheses after {_quote(total)}")
        if ":" in gap and _COLON.fullmatch(gap):
            parts = self.parts(total, position + 1, semicolons=True)
            if len(parts) >= 2:
                return Total(total, parts, ClaimKind.SUM, f"the parts after {_quote(total)} and a colon")
        if ("–" in gap or "—" in gap) and _DASH.fullmatch(gap):
            parts = self.parts(total, position + 1, semicolons=True)
            # "– one in A and two in B – and 12 elsewhere": a second dash closes the breakdown
            ends = [
                k
                for k in range(1, len(parts))
                if re.search("[–—]", self.text[parts[k - 1].mention.end : parts[k].mention.start])
            ]
            parts = parts[: ends[0]] if ends else parts
            if len(parts) >= 2:
                return Total(total, parts, ClaimKind.SUM, f"the parts after {_quote(total)} and a dash")
        if "," in gap and _APPOSITION.fullmatch(gap):
            # "52 casualties, 8 people died and 44 injured": only parts that make up the whole
            parts = self.parts(total, position + 1)
            if (
                len(parts) >= 2
                and not self.side(total)
                and not _PREDICATE.match(self.text, total.mention.end)
                and self.exhaustive(parts)
                and not _bounded(parts)
            ):
                return Total(total, parts, ClaimKind.SUM, f"{_quote(total)}, then parts that make it up")
        return None

    def _total_after_parts(self, taken: set[int]) -> Iterator[Total]:
        """ "A killed and B injured, T in all"."""
        for position, total in enumerate(self.known):
            if total.index in taken or position < 2:
                continue
            previous = self.known[position - 1].mention.end
            if not _says_all(self.lowered[previous : total.mention.start]) and not _says_all(
                self.lowered[total.mention.end : total.mention.end + 40]
            ):
                continue  # no word of "in all" before or after it
            before_gap = self.text[previous : total.mention.start]
            after = self.text[total.mention.end : total.mention.end + 40]
            # with words of the last part's between, every part must name what the total names
            named = not _IN_ALL.fullmatch(before_gap) and not (
                _IN_ALL_AFTER.match(after) and re.fullmatch(r"[^\d;()]{0,30}?[,;:–—-]\s*", before_gap)
            )
            if named and not _IN_ALL_WORDS.fullmatch(before_gap):
                continue
            parts: list[Item] = []
            j = position - 1
            while j >= 0 and len(parts) < _MAX_PARTS:
                item = self.known[j]
                if item.mention.sentence != total.mention.sentence or item.dimension != total.dimension:
                    break
                if parts:
                    gap = self.text[item.mention.end : parts[-1].mention.start]
                    if not _PART_GAP_SEMICOLON.fullmatch(gap):
                        break
                parts.append(item)
                j -= 1
            if named and not all(_within(p.counted, total.counted) for p in parts):
                continue  # "... and 925 mines in 12 districts, in all 40 villages"
            if len(parts) >= 2:
                yield Total(
                    total,
                    tuple(reversed(parts)),
                    ClaimKind.SUM,
                    f"the parts before {_quote(total)} \u201cin all\u201d",
                )


def totals(text: str, items: list[Item]) -> list[Total]:
    """The totals the text states with their parts, each with the words that link them.

    Examples
    --------
    >>> from minestats import extract
    >>> from minestats._audit._figures import items
    >>> text = "There were 35 casualties, including 20 children and 10 women."
    >>> found = totals(text, items(text, extract(text), {}))
    >>> [(t.kind.value, t.total.figure.id, [p.figure.id for p in t.parts]) for t in found]
    [('subset', 'casualties_35', ['children_20', 'women_10'])]
    """
    return _Reader(text, items).read()
