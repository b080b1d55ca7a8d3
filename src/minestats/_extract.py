"""Numeric mentions out of plain text: what each number is, with its digits kept.

:func:`extract` finds every number in a text and says what it is: a
quantity (with its value as stated, multiplier, unit, counted entity and
qualifier) or something that only looks like one: a year, a date, a footnote
marker, a document symbol, a resolution or agenda-item number, a page number,
an ordinal or a reference ("rule 82", "para. 392").

Every pattern here runs in linear time: the scan is one regular expression
whose repetitions cannot overlap, and each candidate is then classified by
anchored matches on a bounded window around it.

The units, qualifiers and multipliers it reads are those of
:mod:`minestats._vocab`: :func:`compile_patterns` builds the patterns from a
:class:`~minestats._vocab.Vocabulary`, so a unit or qualifier added there is
read here too.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, overload

from ._format import format_stated
from ._limits import refuse_long_text
from ._vocab import VOCABULARY, Vocabulary

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "KINDS",
    "PATTERNS",
    "Extraction",
    "Mention",
    "TextPatterns",
    "compile_patterns",
    "extract",
    "extract_with",
]

#: What a numeric mention can be. Only ``quantity`` mentions are figures.
KINDS: dict[str, str] = {
    "quantity": "a stated quantity: a count, an area, a percentage, a duration",
    "year": "a calendar year",
    "date": "a day of a month, or a range of days",
    "footnote": "a footnote marker or the number of a footnote",
    "symbol": "part of a document symbol or code (A/78/908, 24-23652)",
    "resolution": "a resolution number",
    "agenda": "an agenda item number",
    "page": "a page number",
    "ordinal": "an ordinal (18th, 19th)",
    "reference": "the number of a rule, paragraph, article, goal or the like",
    "malformed": "digits and separators that do not form one number",
}

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# One scan finds every candidate: digits (with separators, an ordinal suffix),
# and, after a space, number words and vague magnitudes. Each repetition
# starts with a mandatory separator, so no two can match the same characters.
_UNIT_WORD = "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
_WORDS = (
    rf"(?P<word>[Tt](?:w(?:enty{_UNIT_WORD}|o|elve)|h(?:irty{_UNIT_WORD}|ree|irteen)|en)"
    rf"|[Ff](?:orty{_UNIT_WORD}|ifty{_UNIT_WORD}|our(?:teen)?|ive|ifteen)"
    rf"|[Ss](?:ixty{_UNIT_WORD}|eventy{_UNIT_WORD}|ix(?:teen)?|even(?:teen)?)"
    rf"|[Ee](?:ighty{_UNIT_WORD}|ight(?:een)?|leven)"
    rf"|[Nn]ine(?:ty{_UNIT_WORD}|teen)?)"
    r"|(?P<vague>(?:[Tt]ens|[Hh]undreds) of thousands|[Tt]housands|[Hh]undreds|[Dd]ozens|[Mm]illions"
    r"|(?:[Aa]n )?[Uu]nknown number)(?= of\s)"
)
_SCAN = re.compile(
    rf"(?P<num>[0-9]+(?:[.,][0-9]+)*)(?P<ord>st|nd|rd|th)?"
    rf"|[ \t\n(“\"](?=[TtFfSsEeNnHhDdMmAaUu])(?:{_WORDS})(?![A-Za-z-])"
)
_SCAN_START = re.compile(rf"(?P<num>(?!))?(?P<ord>(?!))?(?:{_WORDS})(?![A-Za-z-])")
_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_WORD = r"[A-Za-z][A-Za-z'’-]*"
_NOUNS = re.compile(
    rf"[ \t\n]+(?:of[ \t\n]+(?:the[ \t\n]+|our[ \t\n]+|its[ \t\n]+|their[ \t\n]+)?)?({_WORD})"
    rf"(?:[ \t\n]+({_WORD}))?(?:[ \t\n]+({_WORD}))?"
)
_ENTITY = re.compile(rf"[ \t\n]+({_WORD})(?:[ \t\n]+({_WORD}))?(?:[ \t\n]+({_WORD}))?")
_DATE_AFTER = re.compile(
    r"(?:[-–][0-9]{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)
_SYMBOL_AFTER = re.compile(r"-[0-9]{4,}")
_LIST_GAP = re.compile(
    r"[ \t\n]*(?:[,;&][ \t\n]*)*(?:(?:and|or|to)[ \t\n]+)?|[ \t]*[-–][ \t]*|[ \t\n]+[A-Z]{2,6}[ \t\n]+"
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+|\f\s*")
_SENTENCE = re.compile(r"([.!?])[\"”’)]*\s+(?=[A-Z“\"(*»•])")
_FOOTNOTE_BLOCK = re.compile(r"(?:[0-9]{1,2}|[!?®†‡§¹²³⁴⁵⁶⁷⁸⁹])[ \t]+[A-Z“\"]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTHS = _words("january february march april may june july august september october november december")
_REFERENCE_WORDS = {
    "resolution": "resolution",
    "resolutions": "resolution",
    "item": "agenda",
    "items": "agenda",
    "page": "page",
    "pages": "page",
    "p.": "page",
    "pp.": "page",
}
for _w in _words(
    "rule rules para. paras. paragraph paragraphs article articles art. section sections chapter"
    " chapters annex no. nos. goal goals footnote note table figure fig. box principle principles"
    " protocol amendment rev. vol. volume"
):
    _REFERENCE_WORDS[_w] = "reference"
# English words that end the noun phrase after a number; compile_patterns adds the first word of
# every unit spelling of the vocabulary ("five hectares" counts no hectares).
_FUNCTION_WORDS = _words("""a an the of and or in on at to for by with from into onto as than that which who
    whom whose is are was were be been being has have had do does did will would shall should may might
    can could per its their our his her this these those it they we he she there here so such also only
    all each every any no not nor but if when where while since until after before about over under
    between among through during against within without upon more less most least same
    half halves thirds quarters fifths sixths sevenths eighths ninths tenths""")
_PLURALS = _words("children women men people persons personnel staff police civilians deminers survivors")
_COMPOUND = _words(
    "explosive anti-personnel anti-tank antipersonnel antitank mine landmine cluster unexploded"
    " improvised civilian military post-conflict"
)
_ABBREVIATIONS = _words("para paras p pp no nos art e.g i.e cf fig vol rev mr mrs ms dr st")
_STOP_TOKEN = re.compile(r"[a-z][a-z'’-]*")
_TIGHT = "[ \t]*"  # between a number and an abbreviation ("5%", "5 km²")
_SPACED = r"\s+"  # between a number and a word ("5 per cent")


@dataclass(frozen=True)
class TextPatterns:
    """What the extractor reads, compiled from a vocabulary by :func:`compile_patterns`.

    Attributes
    ----------
    after : re.Pattern
        Anchored after a number: an optional multiplier (group ``mult``),
        then an optional unit, one named group per unit.
    units : dict
        Group name of ``after`` to the unit's canonical name.
    multipliers : dict
        Multiplier word (lower case, single-spaced) to its power of ten.
    qualifiers : frozenset of str
        Qualifier wordings (lower case, single-spaced).
    depth : int
        The most words a qualifier has.
    stop : frozenset of str
        Words that end the noun phrase after a number: English function
        words, and the first word of every unit spelling.
    """

    after: re.Pattern[str]
    units: dict[str, str]
    multipliers: dict[str, int]
    qualifiers: frozenset[str]
    depth: int
    stop: frozenset[str]


def _spelling(text: str, gap: str) -> str:
    """One spelling as a pattern: its parts escaped, each space ``gap``, a word boundary after a letter."""
    pattern = gap.join(re.escape(part) for part in text.split())
    return pattern + (r"\b" if text[-1].isascii() and text[-1].isalnum() else "")


def _either(spellings: Sequence[str], gap: str) -> str:
    """The spellings as one alternation, longest first."""
    ordered = sorted(dict.fromkeys(spellings), key=len, reverse=True)
    return "(?:" + "|".join(_spelling(text, gap) for text in ordered) + ")"


def compile_patterns(vocabulary: Vocabulary = VOCABULARY) -> TextPatterns:
    """The extractor's patterns for the units, qualifiers and multipliers of ``vocabulary``.

    A unit's abbreviations may follow the number with spaces or tabs or
    nothing between (``5%``, ``5 km²``); its words follow white space (``5
    per cent``), or a hyphen when written with a leading ``-``
    (``500-hectare``). Every alternative is a fixed spelling after one run of
    separators, so the pattern runs in linear time.

    Examples
    --------
    >>> patterns = compile_patterns()
    >>> match = patterns.after.match("12 million square kilometres", 2)
    >>> patterns.units[match.lastgroup], patterns.multipliers[match["mult"].strip()]
    ('km²', 6)
    """
    groups: list[str] = []
    units: dict[str, str] = {}
    stop = set(_FUNCTION_WORDS)
    for index, unit in enumerate(vocabulary.text_units):
        name = f"u{index}"
        units[name] = unit.name
        joined = [w[1:] for w in unit.words if w.startswith("-")]
        spaced = [w for w in unit.words if not w.startswith("-")]
        parts = []
        if unit.abbreviations:
            parts.append(_TIGHT + _either(unit.abbreviations, _TIGHT))
        if spaced:
            parts.append(_SPACED + _either(spaced, _SPACED))
        if joined:
            parts.append("-" + _either(joined, _SPACED))
        groups.append(f"(?P<{name}>{'|'.join(parts)})")
        for spelling in (*unit.abbreviations, *unit.words):
            first = spelling.lower().lstrip("-").split()[0]
            if _STOP_TOKEN.fullmatch(first):
                stop.add(first)
    multipliers = {" ".join(w.lower().split()): power for w, power in vocabulary.multipliers.items()}
    after = re.compile(
        f"(?P<mult>{_SPACED}{_either(list(multipliers), _SPACED)})?(?:{'|'.join(groups)})?", re.IGNORECASE
    )
    qualifiers = frozenset(" ".join(q.wording.lower().split()) for q in vocabulary.qualifiers)
    depth = max((len(q.split()) for q in qualifiers), default=1)
    return TextPatterns(after, units, multipliers, qualifiers, depth, frozenset(stop))


#: The patterns of minestats' own vocabulary, used by :func:`extract`.
PATTERNS = compile_patterns()


class Mention(NamedTuple):
    """One number in a text, and what it is.

    Attributes
    ----------
    start, end : int
        Character span of the number with its multiplier and unit
        (``"1.5 million"``, ``"14.2 per cent"``).
    text : str
        That span as printed.
    kind : str
        One of :data:`KINDS`; only ``"quantity"`` mentions are figures.
    value : Decimal or None
        The value as stated, digits kept, multiplier applied
        (``Decimal('1.5E+6')``); ``None`` for a vague amount ("hundreds of").
    unit : str or None
        For quantities, the canonical name of a unit of the vocabulary
        (:data:`minestats._vocab.VOCABULARY`: the units of data files, and
        ``percentage points``), or ``count``; ``None`` otherwise.
    entity : str or None
        For counts, the noun counted, when the text gives one.
    qualifier : str or None
        The qualifier of the vocabulary just before the number, by its
        canonical wording (``minestats.QUALIFIERS``).
    sentence : int
        1-based index of the sentence in the whole text.
    paragraph : int or None
        1-based index of the body paragraph; ``None`` in a footnote.
    block : int
        1-based index of the block of text (paragraphs and footnotes alike).
    page : int or None
        1-based page, when the text marks pages with form feeds (``"\\f"``).
    quote : str
        The few words that state it: qualifier, number, unit and entity.
    """

    start: int
    end: int
    text: str
    kind: str
    value: Decimal | None = None
    unit: str | None = None
    entity: str | None = None
    qualifier: str | None = None
    sentence: int = 1
    paragraph: int | None = None
    block: int = 1
    quote: str = ""
    page: int | None = None

    @property
    def stated(self) -> str | None:
        """The value as it would be written in a data file (``"1.5 million"``)."""
        return None if self.value is None else format_stated(self.value)

    def __str__(self) -> str:
        if self.kind != "quantity":
            return f"{self.text!r} ({self.kind})"
        return f"{self.quote!r} ({self.unit})"


#: Columns of :meth:`Extraction.to_frame` and their dtypes.
MENTION_COLUMNS: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "text": "string",
    "kind": "string",
    "stated": "string",
    "value": "float64",
    "unit": "string",
    "entity": "string",
    "qualifier": "string",
    "sentence": "int64",
    "paragraph": "Int64",
    "block": "int64",
    "quote": "string",
    "page": "Int64",
}


@dataclass(frozen=True)
class Extraction(Sequence[Mention]):
    """Every numeric mention of a text, in text order.

    Examples
    --------
    >>> found = extract("Some 4,000 people went missing in 1993.")
    >>> [(m.kind, m.value, m.entity, m.qualifier) for m in found]
    [('quantity', Decimal('4000'), 'people', 'some'), ('year', Decimal('1993'), None, None)]
    """

    mentions: tuple[Mention, ...]

    @overload
    def __getitem__(self, index: int) -> Mention: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Mention]: ...
    def __getitem__(self, index: int | slice) -> Mention | Sequence[Mention]:
        return self.mentions[index]

    def __len__(self) -> int:
        return len(self.mentions)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.mentions)

    @property
    def quantities(self) -> tuple[Mention, ...]:
        """The mentions that are stated quantities."""
        return tuple(m for m in self.mentions if m.kind == "quantity")

    def counts(self) -> dict[str, int]:
        """Number of mentions of each kind."""
        out = dict.fromkeys(KINDS, 0)
        for m in self.mentions:
            out[m.kind] += 1
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per mention; columns and dtypes in ``MENTION_COLUMNS``.

        ``stated`` keeps the digits; ``value`` is a float for sorting and plots.
        """
        import pandas as pd

        rows = []
        for m in self.mentions:
            row = m._asdict()
            row["stated"] = m.stated
            row["value"] = float("nan") if m.value is None else float(m.value)
            rows.append(row)
        return pd.DataFrame(rows, columns=list(MENTION_COLUMNS)).astype(MENTION_COLUMNS)


def _ends_block(text: str, position: int) -> bool:
    """Whether the text before ``position`` can end a paragraph (not mid-sentence)."""
    index = position - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    if index < 0:
        return False
    last = text[index]
    if last.isdigit():  # a footnote marker after the full stop: "homes.4"
        return index > 0 and text[index - 1] in '.!?”"’);:'
    return not last.isalnum() and last not in ",-–"


class _Layout:
    """Blocks (paragraphs and footnotes) and sentences of a text, for fast lookup."""

    def __init__(self, text: str) -> None:
        starts = [0]
        for m in _PARAGRAPH.finditer(text):
            end = m.end()
            if end >= len(text):
                continue
            nxt = text[end]
            gap = m.group()
            if gap.startswith("\f"):
                starts.append(end)
                continue
            blank = "\n" in gap[1:]
            if blank:
                if _ends_block(text, m.start()) and (nxt.isupper() or nxt.isdigit() or nxt in '“"*»•!?'):
                    starts.append(end)
            elif nxt.isupper() or nxt in '“"*»•':
                starts.append(end)
        self.block_starts = starts
        paragraphs: list[int | None] = []
        number = 0
        for index, start in enumerate(starts):
            if _FOOTNOTE_BLOCK.match(text, start) and index > 0:
                paragraphs.append(None)
            else:
                number += 1
                paragraphs.append(number)
        self.paragraphs = paragraphs
        sentence_starts = set(starts)
        for m in _SENTENCE.finditer(text):
            if m.group(1) == ".":
                # abbreviations are short: the last few characters tell
                tail = text[max(0, m.start() - 6) : m.start()].rsplit(None, 1)
                word = tail[-1].lower() if tail and not text[m.start() - 1].isspace() else ""
                if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
            sentence_starts.add(m.end())
        self.sentence_starts = sorted(sentence_starts)
        self.form_feeds = [m.start() for m in re.finditer("\f", text)]

    def block(self, position: int) -> int:
        return bisect_right(self.block_starts, position)

    def sentence(self, position: int) -> int:
        return bisect_right(self.sentence_starts, position)

    def page(self, position: int) -> int | None:
        return bisect_right(self.form_feeds, position) + 1 if self.form_feeds else None


def _before_words(text: str, start: int, depth: int) -> list[str]:
    """The last word before ``start``, the last two, ... up to ``depth`` words, lower-cased."""
    if not start or not text[start - 1].isspace():
        return []
    words = text[max(0, start - 16 * max(depth, 2)) : start].split()
    phrases = []
    phrase = ""
    for word in reversed(words[-depth:]):
        phrase = f"{word.lower()} {phrase}" if phrase else word.lower()
        phrases.append(phrase)
    return phrases


def _qualifier(phrases: list[str], patterns: TextPatterns) -> str | None:
    """The longest of ``phrases`` that is a qualifier's wording."""
    for phrase in reversed(phrases):
        if phrase in patterns.qualifiers:
            return phrase
    return None


def _entity(match: re.Match[str] | None, stop: frozenset[str]) -> tuple[str, int] | None:
    """The counted noun among up to three words that follow a number, and where it ends."""
    if match is None:
        return None
    seen: list[str] = []
    for group in range(1, 4):
        raw = match[group]
        if raw is None:
            break
        word = raw.lower().rstrip("'’")
        if word in stop:
            break
        if word in _PLURALS or (len(word) > 3 and word.endswith("s") and not word.endswith("ss")):
            noun = raw.rstrip("'’")
            end = match.start(group) + len(noun)
            if seen and seen[-1].lower() in _COMPOUND:
                return f"{seen[-1]} {noun}", end
            return noun, end
        seen.append(raw)
    return None


def extract(text: str) -> Extraction:
    """Every numeric mention of ``text``, each classified.

    Parameters
    ----------
    text : str
        Plain text: a letter, a report, a press release.

    Returns
    -------
    Extraction
        The mentions in text order; ``.quantities`` are the stated
        quantities and ``.to_frame()`` gives a DataFrame.

    Examples
    --------
    >>> found = extract("The minefields cover about 11,258 square kilometres; 14.2 per cent"
    ...                 " was cleared by 2024 (see A/78/908, para. 9).")
    >>> [(m.kind, m.stated, m.unit, m.qualifier) for m in found]  # doctest: +NORMALIZE_WHITESPACE
    [('quantity', '11258', 'km²', 'about'), ('quantity', '14.2', 'percent', None),
     ('year', '2024', None, None), ('symbol', None, None, None), ('reference', '9', None, None)]
    >>> extract("an estimated 1.5 million landmines")[0].value
    Decimal('1.5E+6')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs text (str), not {type(text).__name__}")
    return extract_with(text, PATTERNS)


def extract_with(text: str, patterns: TextPatterns) -> Extraction:
    """Every numeric mention of ``text``, reading the vocabulary ``patterns`` was compiled from.

    Examples
    --------
    >>> [m.unit for m in extract_with("3.6% and 2 pp", compile_patterns())]
    ['percent', 'percentage points']
    """
    refuse_long_text(text)  # the bound of every text audited or extracted (audit and draft come here)
    layout = _Layout(text)
    mentions: list[Mention] = []
    skip_until = 0
    list_kind: str | None = None
    list_end = -1
    size = len(text)
    first = _SCAN_START.match(text)
    for match in itertools.chain([first] if first else [], _SCAN.finditer(text)):
        number = match["num"]
        if number is not None:
            start = match.start()
        else:
            start = match.start("word" if match["word"] is not None else "vague")
        if start < skip_until:
            continue
        if number is None:
            mention = _word_mention(text, match, layout, patterns)
            if mention is not None:
                mentions.append(mention)
                skip_until = mention.end
            continue
        end = match.end()
        kind: str | None = None
        prev = text[start - 1] if start else ""
        nxt = text[end] if end < size else ""
        # -- what the characters around it say ---------------------------------
        if (
            prev == "/"
            or nxt == "/"
            or (prev == "(" and start >= 2 and text[start - 2].isalnum())
            or (nxt == "-" and _SYMBOL_AFTER.match(text, end) and not _year_range(text, number, end))
        ):
            kind = "symbol"
        elif prev.isalpha():
            kind = "symbol" if prev.isupper() else "footnote"
        elif prev in '.,;:”"’)' and start >= 2 and text[start - 2].isalpha() and len(number) <= 2:
            kind = "footnote"
        elif match["ord"]:
            kind = "ordinal"
        if kind == "symbol":
            left = start
            while left > skip_until and not text[left - 1].isspace():
                left -= 1
            while left < start and text[left] in "(“\"‘'[":
                left += 1
            right = end
            while right < size and not text[right].isspace():
                right += 1
            while right > end and text[right - 1] in '.,;:”"’':
                right -= 1
            mentions.append(_plain(text, left, right, "symbol", layout))
            skip_until = right
            continue
        if kind is not None:
            mentions.append(_plain(text, start, end, kind, layout, number))
            skip_until = end
            continue
        if (("," in number or number.count(".") > 1) and not _NUMBER.fullmatch(number)) or len(number) > 40:
            mentions.append(_plain(text, start, end, "malformed", layout))
            skip_until = end
            continue
        after = patterns.after.match(text, end)
        assert after is not None  # everything in it is optional
        phrases = _before_words(text, start, patterns.depth)
        last = phrases[0] if phrases else ""
        # -- lists: "resolutions 822 (1993), 853 (1993) and 884", "items 18, 32 and 98"
        if (
            list_kind is not None
            and 0 < start - list_end <= 40
            and _LIST_GAP.fullmatch(text, list_end, start)
        ):
            kind = list_kind
        elif last in _REFERENCE_WORDS:
            kind = _REFERENCE_WORDS[last]
        if kind is not None:
            mentions.append(_plain(text, start, end, kind, layout, number))
            list_kind, list_end = kind, end
            skip_until = end
            continue
        whole = "." not in number
        plain_value = Decimal(number.replace(",", ""))
        unitless = after.end() == end
        # -- dates and years -----------------------------------------------------
        day_after = whole and plain_value <= 31 and _DATE_AFTER.match(text, end) is not None
        if day_after or (unitless and whole and last in _MONTHS):
            kind = "date" if day_after or len(number) != 4 else "year"
        elif (
            unitless
            and whole
            and len(number) == 4
            and 1800 <= plain_value <= 2100
            and _qualifier(phrases, patterns) is None
        ):
            entity_match = _ENTITY.match(text, end)
            if _entity(entity_match, patterns.stop) is None:
                kind = "year"
        elif (
            unitless
            and whole
            and len(number) <= 2
            and _starts_line(text, start)
            and _FOOTNOTE_BLOCK.match(text, start)
        ):
            kind = "footnote"
        elif unitless and whole and _alone_on_line(text, start, end):
            kind = "page"
        if kind is not None:
            mention = _plain(text, start, end, kind, layout, number)
            mentions.append(mention)
            if list_kind is not None and 0 < start - list_end <= 4 and text[list_end:start].strip() == "(":
                list_end = end + 1 if text.startswith(")", end) else end
            skip_until = end
            continue
        list_kind = None
        mentions.append(_quantity(text, start, after, number, plain_value, phrases, layout, patterns))
        skip_until = mentions[-1].end
    return Extraction(tuple(_propagate_units(text, mentions)))


def _year_range(text: str, number: str, end: int) -> bool:
    """ "2019-2020": two calendar years, not a document number."""
    after = _SYMBOL_AFTER.match(text, end)
    if after is None or len(number) != 4 or not number.isdigit() or len(after.group()) != 5:
        return False
    first, second = int(number), int(after.group()[1:])
    return 1800 <= first < second <= 2100


def _starts_line(text: str, start: int) -> bool:
    """Only spaces or tabs between the last line break (or the start) and ``start``."""
    index = start - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index < 0 or text[index] == "\n"


def _ends_line(text: str, end: int) -> bool:
    """Only spaces or tabs between ``end`` and the next line break (or the end)."""
    index = end
    size = len(text)
    while index < size and text[index] in " \t\r":
        index += 1
    return index >= size or text[index] == "\n"


def _alone_on_line(text: str, start: int, end: int) -> bool:
    return _starts_line(text, start) and _ends_line(text, end)


def _plain(text: str, start: int, end: int, kind: str, layout: _Layout, number: str | None = None) -> Mention:
    block = bisect_right(layout.block_starts, start)
    value = None
    if number is not None and _NUMBER.fullmatch(number):
        value = Decimal(number.replace(",", ""))
    span = text[start:end]
    quote = span if number is not None else " ".join(span.split())
    page = bisect_right(layout.form_feeds, start) + 1 if layout.form_feeds else None
    # tuple.__new__ skips the keyword handling of a NamedTuple: this runs once per mention
    return tuple.__new__(
        Mention,
        (start, end, span, kind, value, None, None, None,
         bisect_right(layout.sentence_starts, start), layout.paragraphs[block - 1], block, quote, page),
    )  # fmt: skip


def _quantity(
    text: str,
    start: int,
    after: re.Match[str],
    number: str,
    plain_value: Decimal,
    phrases: list[str],
    layout: _Layout,
    patterns: TextPatterns,
) -> Mention:
    value = plain_value
    mult = after["mult"]
    if mult:
        value = value.scaleb(patterns.multipliers[" ".join(mult.lower().split())])
    group = after.lastgroup
    unit = "count" if group is None or group == "mult" else patterns.units[group]
    end = after.end()
    entity = None
    quote_end = end
    if unit == "count":
        counted = _entity(_ENTITY.match(text, end), patterns.stop)
        if counted is not None:
            entity, quote_end = counted
    qualifier = _qualifier(phrases, patterns)
    quote_start = start
    if qualifier is not None:
        window = max(0, start - 40)
        found = text[window:start].lower().rfind(qualifier.split()[0])
        quote_start = window + found if found >= 0 else start
    block = bisect_right(layout.block_starts, start)
    page = bisect_right(layout.form_feeds, start) + 1 if layout.form_feeds else None
    return tuple.__new__(
        Mention,
        (start, end, text[start:end], "quantity", value, unit, entity, qualifier,
         bisect_right(layout.sentence_starts, start), layout.paragraphs[block - 1], block,
         _squeeze(text[quote_start:quote_end]), page),
    )  # fmt: skip


def _squeeze(words: str) -> str:
    """The words with every run of white space made one space."""
    if "\n" in words or "  " in words or "\t" in words or "\r" in words or "\f" in words:
        return " ".join(words.split())
    return words


def _word_mention(text: str, match: re.Match[str], layout: _Layout, patterns: TextPatterns) -> Mention | None:
    word = match["word"]
    start, end = match.span("word" if word is not None else "vague")
    block = layout.block(start)
    qualifier = _qualifier(_before_words(text, start, patterns.depth), patterns)
    if word is not None:
        found = _entity(_ENTITY.match(text, end), patterns.stop)
        if found is None:
            return None
        value: Decimal | None = Decimal(sum(_WORD_NUMBERS[p] for p in word.lower().split("-")))
    else:
        found = _entity(_NOUNS.match(text, end), patterns.stop)
        if found is None:
            return None
        value = None
    entity, quote_end = found
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        kind="quantity",
        value=value,
        unit="count",
        entity=entity,
        qualifier=qualifier,
        sentence=layout.sentence(start),
        paragraph=layout.paragraphs[block - 1],
        block=block,
        quote=" ".join(text[start:quote_end].split()),
        page=layout.page(start),
    )


_RANGE_GAP = re.compile(r"\s*(?:,\s*)?(?:and|to|or|-|–)\s*|\s*,\s*")


def _propagate_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Between 10 and 20 per cent", "10, 20 or 30 km²": the unit written once applies to all."""
    for index in range(len(mentions) - 2, -1, -1):
        here, nxt = mentions[index], mentions[index + 1]
        if (
            here.kind == "quantity"
            and here.unit == "count"
            and here.entity is None
            and nxt.kind == "quantity"
            and nxt.unit not in ("count", None)
            and _RANGE_GAP.fullmatch(text, here.end, nxt.start)
        ):
            mentions[index] = _replace_unit(here, nxt.unit)
    return mentions


def _replace_unit(mention: Mention, unit: str | None) -> Mention:
    return mention._replace(unit=unit)
