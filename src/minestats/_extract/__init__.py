"""Numeric mentions out of plain text: what each number is, with its digits kept.

:func:`extract` finds every number in a text and says what it is: a
quantity (with its value as stated, multiplier, unit, counted entity and
qualifier) or something that only looks like one: a year, a date, a clock
time, a footnote marker, a document symbol, a resolution or agenda-item
number, a page number, an ordinal or a reference ("rule 82", "para. 392").

It reads numbers as people write them: grouped with commas, dots, spaces
(ordinary, no-break, thin) or apostrophes, with a decimal point or comma
chosen by the document's locale (:mod:`._locale`); in words, in English,
French, Spanish, Portuguese, German and Russian (:mod:`._words`); as ranges
("4-6 million", "between 3,000 and 5,000"), fractions ("a third") and with
a sign; with a currency before them ("US$ 32.5 million"); and as the cells
of a flattened table whose caption gives their unit (:mod:`._layout`).

Every pattern here runs in linear time: the scan is one regular expression
whose repetitions cannot overlap, and each candidate is then classified by
anchored matches on a bounded window around it.

The units, qualifiers and multipliers it reads are those of
:mod:`minestats._vocab`: :func:`compile_patterns` builds the patterns from a
:class:`~minestats._vocab.Vocabulary`, so a unit or qualifier added there is
read here too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple, overload

from .._format import format_stated
from .._limits import refuse_long_text
from .._vocab import VOCABULARY, Vocabulary
from ._layout import FOOTNOTE_BLOCK, Layout, table_units
from ._locale import Convention, convention_for, infer_convention, read_number
from ._words import ARTICLES, GLUE, WHOLE_FRACTIONS, language_words, trie_pattern, word_value

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
    "quantity": "a stated quantity: a count, an area, a percentage, a duration, an amount of money",
    "year": "a calendar year",
    "date": "a day of a month, or a range of days",
    "time": "a clock time or a time-zone offset (16:19, UTC+04:00)",
    "footnote": "a footnote marker or the number of a footnote",
    "symbol": "part of a document symbol, code, address or link (A/78/908, 24-23652)",
    "resolution": "a resolution number",
    "agenda": "an agenda item number",
    "page": "a page number",
    "ordinal": "an ordinal (18th, 19th, sixth)",
    "reference": "the number of a rule, paragraph, article, goal or the like",
    "malformed": "digits and separators that do not form one number",
}

_SPACE = "[ \u00a0\u202f\u2009\u2007]"
_DIGITS = rf"[0-9]{{1,3}}(?:{_SPACE}[0-9]{{3}}(?![0-9]))+(?:[.,][0-9]+)?|[0-9]+(?:[.,'’][0-9]+)*"
_ORD = r"(?:st|nd|rd|th|ème|ième|eme|er|ère|º|ª)(?![^\W\d_])"
_VAGUE = (
    r"(?P<vague>(?:[Tt]ens|[Hh]undreds) of thousands|[Tt]housands|[Hh]undreds|[Dd]ozens|[Mm]illions"
    r"|(?:[Aa]n )?[Uu]nknown number)(?= of\s)"
)
_VAGUE_FIRSTS = "TtHhDdMmAaUu"  # the first letters _VAGUE can start with
_LETTER = r"[^\W\d_]"
_WORD = r"[^\W\d_][\w'’-]*"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # white space within a paragraph: no blank line
_NOUNS = re.compile(
    rf"{_GAP}(?:of{_GAP}(?:the{_GAP}|our{_GAP}|its{_GAP}|their{_GAP})?)?({_WORD})"
    rf"(?:{_GAP}({_WORD}))?(?:{_GAP}({_WORD}))?"
)
_ENTITY = re.compile(rf"{_GAP}({_WORD})(?:{_GAP}({_WORD}))?(?:{_GAP}({_WORD}))?(?:{_GAP}({_WORD}))?")
_PARTICIPLE_AFTER = re.compile(
    rf"(?:{_GAP}(?:were|was|have been|had been|are|is)(?:{_GAP}(?:reportedly|also))?)?{_GAP}"
    r"(killed|injured|wounded|maimed|amputated|affected|displaced)\b"
)
_PIECES_OF = re.compile(rf"{_GAP}of{_GAP}((?:[A-Z]{{2,6}}|[a-z][\w-]*)(?:{_GAP}[a-z][\w-]*)?)")
_WERE_ENTITY = re.compile(rf"\)?{_GAP}(?:were|are)(?:{_GAP}(?:all|mostly|reportedly))?{_GAP}({_WORD})")
_DATE_AFTER = re.compile(
    r"(?:[-–][0-9]{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre)|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b"
)
_ISO_DATE = re.compile(r"(?:1[89]|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9](?![0-9])")
_DMY_DATE = re.compile(r"[0-3]?[0-9]-[01]?[0-9]-(?:1[89]|20)[0-9]{2}(?![0-9])")
_YEAR_SPAN = re.compile(r"(?:1[89]|20)[0-9]{2}[-–][0-9]{2}(?![0-9])")  # "1977-79"
_DOT_DATE = re.compile(r"[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}")
_SYMBOL_AFTER = re.compile(r"-[0-9]{4,}")
_LIST_GAP = re.compile(
    r"[ \t\n]*(?:[,;&][ \t\n]*)*(?:(?:and|or|to)[ \t\n]+)?|[ \t]*[-–][ \t]*|[ \t\n]+[A-Z]{2,6}[ \t\n]+"
)
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")
_ADDRESS = re.compile(r"[^\s@<>\"(),;:]+@[\w-]+\.[\w.-]+")
_CLOCK_AFTER = re.compile(r":[0-9]{2}\b")
_OTHER_CALENDAR = re.compile(r"[ \t]*\((?:1[89]|20)[0-9]{2}\)")
_PARAGRAPH_NUMBER = re.compile(r"\.[ \t]+[A-ZА-ЯЁ“\"]")
_TIME_MULTIPLE = re.compile(rf"{_GAP}({_LETTER}+)")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PLAIN_MULTIPLES = _word_set("double twice triple treble thrice doble dobro triplo doppelt")
_MULTIPLE_OF = re.compile(rf"{_GAP}(?:the|that|as|its|their|what|since|le|la|les|el|que|de|do|da)\b")
_SPAN_ADJECTIVES = _word_set("previous last past next following consecutive preceding straight full")
_TIMES = _word_set("times fold fois veces vezes раза раз mal")  # "ten times", "deux fois": a multiple
_OF_YEAR = _word_set("года году год г. année an año")  # "2025 года": the year 2025, not 2025 years
_NOT_COUNTED = _word_set("another way hand side day time point thing")  # "one another", "on one hand"
_ONE_NOUN = re.compile(
    rf"(?:{_GAP}(?:new|other|more|single|further|additional))?{_GAP}([a-z][a-z-]*[a-z])\b(?!-)"
)


_MONTHS = _word_set(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    " janvier février mars avril juin juillet août septembre octobre novembre décembre enero febrero"
    " marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
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
for _w in _word_set(
    "rule rules para. paras. paragraph paragraphs article articles art. section sections chapter"
    " chapters annex no. nos. goal goals footnote note table figure fig. box principle principles"
    " protocol amendment rev. vol. volume artículo article статья статьи пункт"
):
    _REFERENCE_WORDS[_w] = "reference"
# Words that end the noun phrase after a number; compile_patterns adds the first word of
# every unit spelling of the vocabulary ("five hectares" counts no hectares).
_FUNCTION_WORDS = _word_set("""a an the of and or in on at to for by with from into onto as than that
    which who
    whom whose is are was were be been being has have had do does did will would shall should may might
    can could per its their our his her this these those it they we he she there here so such also only
    all each every any no not nor but if when where while since until after before about over under
    between among through during against within without upon more less most least same
    half halves thirds quarters fifths sixths sevenths eighths ninths tenths
    de des du la le les et en dans sur par pour à au aux qui que dont est sont ont été ou avec ces ce
    cette son sa ses leur leurs plus moins entre depuis d l y del los las se su sus al es son fue fueron
    o desde do da dos das em com seu sua os as ao foram foi der die das den dem und im von mit für auf zu
    ist sind wurden и в на по с из за от для что как это был были было года году лет а но к о у
    mais pero mas aber donc car puis luego entonces""")
_PLURALS = _word_set(
    "children women men people persons personnel staff police civilians deminers survivors"
    " killed injured wounded dead maimed amputated missing"
    " tués tuées blessés blessées morts muertos heridos fallecidos lesionados mortos feridos tote verletzte"
    " погибли погибших погибло ранены раненых ранено пострадали пострадавших человек"
)
_COMPOUND = _word_set(
    "explosive anti-personnel anti-tank antipersonnel antitank mine landmine cluster unexploded"
    " improvised civilian military post-conflict"
)
_PARTICIPLES = _word_set(
    "killed injured wounded dead maimed amputated missing tués tuées blessés blessées morts muertos heridos"
    " fallecidos lesionados mortos feridos tote verletzte погибли погибших погибло ранены раненых ранено"
    " пострадали пострадавших"
)
_CONTAINERS = _word_set("pieces items units pairs kinds types")  # "pieces of UXO": the pieces are UXO
_GENERIC = _word_set("people persons others individuals")  # counted nouns a participle after them names
_STOP_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_NOT_ABOUT = _word_set(
    "data information details talk talked talking told tell know knew learn learned concerned worried"
    " news question questions story stories report reports asked think thought"
)
_PREPOSITION_AFTER = {
    "about": _NOT_ABOUT,
    "over": _word_set(
        "handed hand hands took take takes taken spread spreads extended extends divided split distributed"
        " ran run runs held hold holds passed turned turn"
    ),
    "around": _word_set("are is was were spread spreads"),
}
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
        Multiplier spelling (lower case, single-spaced) to its power of ten.
    qualifiers : dict
        Qualifier spelling (lower case, single-spaced, in any language read)
        to its canonical wording.
    depth : int
        The most words a qualifier has.
    stop : frozenset of str
        Words that end the noun phrase after a number: function words, and
        the first word of every unit spelling.
    prefixes : re.Pattern
        Searched at the end of the few characters before a number: a
        currency written before it (``US$``, ``€``).
    prefix_units : dict
        Each such spelling to its unit's name.
    after_qualifiers : dict
        Qualifier spellings read right after a number (``+``) to their wording.
    time_multiples : dict
        Words for a number of years (``decades``) to the unit and factor.
    unit_names : dict
        Every spelling of a unit (lower case) to its name, for table captions.
    prefix_ends : frozenset of str
        The last characters of the prefixes.
    qualifier_ends : frozenset of str
        The last words of the qualifiers' spellings: a number after any
        other word has no qualifier before it.
    """

    after: re.Pattern[str]
    units: dict[str, str]
    multipliers: dict[str, int]
    qualifiers: dict[str, str]
    depth: int
    stop: frozenset[str]
    prefixes: re.Pattern[str] | None = None
    prefix_units: dict[str, str] = field(default_factory=dict)
    after_qualifiers: dict[str, str] = field(default_factory=dict)
    time_multiples: dict[str, tuple[str, int]] = field(default_factory=dict)
    unit_names: dict[str, str] = field(default_factory=dict)
    prefix_ends: frozenset[str] = frozenset()
    qualifier_ends: frozenset[str] = frozenset()
    scans: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def unit_of(self, spelling: str) -> str | None:
        """The unit a caption spells (``"m2"``, ``"km²"``, ``"hectares"``), if any."""
        return self.unit_names.get(" ".join(spelling.lower().split()))

    def scan(self, language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        """The scan, its form at the start of a text, and the next-word pattern, for a language."""
        found = self.scans.get(language)
        if found is None:
            cardinals, fractions, ordinals, multiples = language_words(language)
            spellings = {*cardinals, *fractions, *ordinals, *multiples}
            # lower case, capitalised and upper case: a case-sensitive trie is twice as fast as (?i:)
            variants = {v for w in spellings for v in (w, w[:1].upper() + w[1:], w.upper())}
            words = trie_pattern(sorted(variants))
            end = rf"(?![\w’']|-(?!{_LETTER}))"
            # the lookaheads on the first characters let the regex engine skip to the next place a
            # number can start: without them it tries the alternatives at every character
            firsts = "".join(re.escape(c) for c in sorted({v[0] for v in variants} | set(_VAGUE_FIRSTS)))
            scan = re.compile(
                rf"(?=[0-9\s(“\"«‘'/])(?:(?P<num>{_DIGITS})(?P<ord>{_ORD})?"
                rf"|[\s(“\"«‘'/](?=[{firsts}])(?:(?P<word>{words}){end}|{_VAGUE}))"
            )
            start = re.compile(rf"(?P<num>(?!))?(?P<ord>(?!))?(?:(?P<word>{words}){end}|{_VAGUE})")
            glue = "|".join(sorted(GLUE.get(language, GLUE["en"])))
            joined = (
                rf"(?:[ \t]+(?:(?:{glue})[ \t]+)?|[ \t]*-[ \t]*)" if glue else r"(?:[ \t]+|[ \t]*-[ \t]*)"
            )
            nxt = re.compile(rf"{joined}(?P<word>{words}){end}")
            found = (scan, start, nxt)
            self.scans[language] = found
        return found


_GAP_TOKEN = ""  # in a spelling's trie, the separator between its words


@dataclass
class _Node:
    """A node of a trie of spellings: what may follow, and how a spelling that ends here ends."""

    children: dict[str, _Node] = field(default_factory=dict)
    end: str | None = None


def _either(spellings: Sequence[str], gap: str) -> str:
    """The spellings as one pattern shaped as a trie: a longer spelling first, each space ``gap``.

    The pattern is case-insensitive in use, so spellings that differ only by
    case are one. A spelling ending in a letter or digit ends at a word
    boundary. Shaped as a trie, a text that spells none of them is refused
    at its first character that no spelling continues with, instead of once
    per spelling.

    Examples
    --------
    >>> pattern = re.compile(_either(["per cent", "percent", "pct"], "[ ]+"), re.IGNORECASE)
    >>> [bool(pattern.fullmatch(t)) for t in ("Per  cent", "pct", "percentage")]
    [True, True, False]
    """
    tree = _Node()
    for spelling in spellings:
        node = tree
        for index, part in enumerate(spelling.lower().split()):
            if index:
                node = node.children.setdefault(_GAP_TOKEN, _Node())
            for char in part:
                node = node.children.setdefault(char, _Node())
        node.end = r"(?![^\W_])" if spelling[-1].isalnum() else ""

    def render(node: _Node) -> str:
        branches = [
            (gap if key == _GAP_TOKEN else re.escape(key)) + render(node.children[key])
            for key in sorted(node.children)
        ]
        if node.end is not None:
            branches.append(node.end)
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return render(tree)


def compile_patterns(vocabulary: Vocabulary = VOCABULARY) -> TextPatterns:
    """The extractor's patterns for the units, qualifiers and multipliers of ``vocabulary``.

    A unit's abbreviations may follow the number with spaces or tabs or
    nothing between (``5%``, ``5 km²``); its words and its aliases in other
    languages follow white space (``5 per cent``, ``5 гектаров``), or a
    hyphen (``500-hectare``, ``a 10-year plan``). Its prefixes (currency
    signs and codes) stand before the number. Every alternative is a fixed
    spelling after one run of separators, so the pattern runs in linear time.

    Examples
    --------
    >>> patterns = compile_patterns()
    >>> match = patterns.after.match("12 million square kilometres", 2)
    >>> patterns.units[match.lastgroup], patterns.multipliers[match["mult"].strip()]
    ('km²', 6)
    """
    groups: list[str] = []
    units: dict[str, str] = {}
    names: dict[str, str] = {}
    stop = set(_FUNCTION_WORDS)
    all_words: list[str] = []
    prefix_units: dict[str, str] = {}
    spellings_read: list[str] = []
    for index, unit in enumerate(vocabulary.text_units):
        name = f"u{index}"
        units[name] = unit.name
        words = [w.lstrip("-") for w in unit.words]
        abbreviations = list(unit.abbreviations)
        for alias in unit.aliases:
            if "(" in alias or alias.lower() in (unit.name.lower(), "%"):
                continue
            if any(c.isdigit() or c in "²." for c in alias) or len(alias) <= 3:
                abbreviations.append(alias)
            else:
                words.append(alias)
        words = list(dict.fromkeys(words))
        parts = []
        spellings_read.extend((*abbreviations, *words))
        if abbreviations:
            parts.append(_TIGHT + _either(abbreviations, _TIGHT))
        if words:
            parts.append(_SPACED + _either(words, _SPACED))
            parts.append("-" + _either(words, _SPACED))
        groups.append(f"(?P<{name}>{'|'.join(parts)})")
        all_words.extend(words)
        for spelling in (*unit.abbreviations, *unit.words, *unit.aliases, unit.name):
            names.setdefault(" ".join(spelling.lower().lstrip("-").split()), unit.name)
            first = spelling.lower().lstrip("-").split()[0]
            if _STOP_TOKEN.fullmatch(first):
                stop.add(first)
        for prefix in unit.prefixes:
            prefix_units[prefix] = unit.name
    multipliers = {
        " ".join(w.lower().split()): power
        for w, power in {**vocabulary.text_multipliers, **vocabulary.multipliers}.items()
    }
    linked = rf"(?:{_SPACED}(?:of|de|d['’])(?={_SPACED}{_either(all_words, _SPACED)}))?" if all_words else ""
    # a unit starts with one of these characters after white space or a hyphen: a look-ahead on
    # them refuses at once the words that start no unit ("5 people"), instead of once per unit
    firsts = {s.lower().lstrip("-")[:1] for s in spellings_read if s.strip("-")}
    guard = "".join(re.escape(c) for c in sorted(firsts))
    after = re.compile(
        f"(?:(?P<mult>{_SPACED}{_either(list(multipliers), _SPACED)}){linked})?"
        f"(?:(?=\\s*-?[{guard}])(?:{'|'.join(groups)}))?",
        re.IGNORECASE,
    )
    qualifiers: dict[str, str] = {}
    after_qualifiers: dict[str, str] = {}
    for qualifier in vocabulary.qualifiers:
        qualifiers[" ".join(qualifier.wording.lower().split())] = " ".join(qualifier.wording.lower().split())
    for qualifier in vocabulary.qualifiers:
        wording = " ".join(qualifier.wording.lower().split())
        for spelling in getattr(qualifier, "words", ()):
            qualifiers.setdefault(" ".join(spelling.lower().split()), wording)
        for spelling in getattr(qualifier, "after", ()):
            after_qualifiers[spelling] = wording
    depth = max((len(q.split()) for q in qualifiers), default=1)
    prefixes = None
    if prefix_units:
        prefixes = re.compile(
            f"(?:{'|'.join(re.escape(p) for p in sorted(prefix_units, key=len, reverse=True))})"
            r"[ \t\u00a0]?\Z"
        )
    time_multiples = {k.lower(): v for k, v in getattr(vocabulary, "time_multiples", {}).items()}
    return TextPatterns(
        after, units, multipliers, qualifiers, depth, frozenset(stop), prefixes, prefix_units,
        after_qualifiers, time_multiples, names, frozenset(p[-1] for p in prefix_units),
        frozenset(q.split()[-1] for q in qualifiers),
    )  # fmt: skip


#: The patterns of minestats' own vocabulary, used by :func:`extract`.
PATTERNS = compile_patterns()


class Mention(NamedTuple):
    """One number in a text, and what it is.

    Attributes
    ----------
    start, end : int
        Character span of the number with its multiplier and unit
        (``"1.5 million"``, ``"14.2 per cent"``, ``"US$ 32.5 million"``).
    text : str
        That span as printed.
    kind : str
        One of :data:`KINDS`; only ``"quantity"`` mentions are figures.
    value : Decimal or None
        The value as stated, digits kept, multiplier applied
        (``Decimal('1.5E+6')``), negative when written with a minus sign;
        ``None`` for a vague amount ("hundreds of"), a range, or a fraction
        that no decimal writes exactly.
    unit : str or None
        For quantities, the canonical name of a unit of the vocabulary
        (:data:`minestats._vocab.VOCABULARY`: the units of data files, and
        ``percentage points``), ``count``, or ``fraction`` for a fraction
        in words ("a third"); ``None`` otherwise.
    entity : str or None
        For counts, the noun counted, when the text gives one.
    qualifier : str or None
        The qualifier of the vocabulary just before the number (or ``+``
        after it), by its canonical wording (``minestats.QUALIFIERS``),
        whatever the language it is written in.
    sentence : int
        1-based index of the sentence in the whole text.
    paragraph : int or None
        1-based index of the body paragraph; ``None`` in a footnote.
    block : int
        1-based index of the block of text (paragraphs and footnotes alike).
    quote : str
        The few words that state it: qualifier, number, unit and entity.
    page : int or None
        1-based page, when the text marks pages with form feeds (``"\\f"``).
    low, high : Decimal or None
        The two ends of a range ("4-6 million", "between 3,000 and 5,000"),
        multiplier applied to both.
    sign : str or None
        ``"-"`` or ``"+"`` when a sign is written before the number (a
        change); the value then carries it.
    currency : str or None
        The ISO 4217 code of an amount of money (also its ``unit``).
    words : str or None
        The number words as written ("Thirty-six", "deux tiers").
    fraction : Fraction or None
        The exact value of a fraction in words (``Fraction(1, 3)``).
    ambiguous : bool
        The digits read two ways (``1,234`` in a text whose locale nothing
        tells): the English reading was taken.
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
    low: Decimal | None = None
    high: Decimal | None = None
    sign: str | None = None
    currency: str | None = None
    words: str | None = None
    fraction: Fraction | None = None
    ambiguous: bool = False

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
    "low": "float64",
    "high": "float64",
    "sign": "string",
    "currency": "string",
    "words": "string",
    "fraction": "string",
    "ambiguous": "bool",
}


@dataclass(frozen=True)
class Extraction(Sequence[Mention]):
    """Every numeric mention of a text, in text order.

    Attributes
    ----------
    mentions : tuple of Mention
        The mentions.
    locale : str or None
        The locale the numbers were read in: the one given, or the one
        inferred; ``None`` when nothing told.

    Examples
    --------
    >>> found = extract("Some 4,000 people went missing in 1993.")
    >>> [(m.kind, m.value, m.entity, m.qualifier) for m in found]
    [('quantity', Decimal('4000'), 'people', 'some'), ('year', Decimal('1993'), None, None)]
    """

    mentions: tuple[Mention, ...]
    locale: str | None = None

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
            row["low"] = float("nan") if m.low is None else float(m.low)
            row["high"] = float("nan") if m.high is None else float(m.high)
            row["fraction"] = None if m.fraction is None else str(m.fraction)
            rows.append(row)
        return pd.DataFrame(rows, columns=list(MENTION_COLUMNS)).astype(MENTION_COLUMNS)


def _before_words(text: str, start: int, depth: int) -> list[str]:
    """The last word before ``start``, the last two, ... up to ``depth`` words, lower-cased."""
    if not start or not text[start - 1].isspace():
        return []
    words = text[max(0, start - 16 * max(depth, 2)) : start].rsplit(None, depth)
    phrases = []
    phrase = ""
    for word in reversed(words[-depth:]):
        word = word.lower().lstrip("-–—(“\"«'‘[")
        phrase = f"{word} {phrase}" if phrase else word
        phrases.append(phrase)
    return phrases


def _last_word(text: str, start: int) -> str:
    """The word just before ``start`` (after white space), lower-cased, as ``_before_words`` gives it."""
    if not start or not text[start - 1].isspace():
        return ""
    words = text[max(0, start - 32) : start].rsplit(None, 1)
    return words[-1].lower().lstrip("-–—(“\"«'‘[") if words else ""


def _qualifier(text: str, start: int, phrases: list[str], patterns: TextPatterns) -> tuple[str, int] | None:
    """The longest of ``phrases`` that spells a qualifier: its wording, and where the spelling starts."""
    for size in range(len(phrases), 0, -1):
        phrase = phrases[size - 1]
        wording = patterns.qualifiers.get(phrase)
        if wording is None:
            continue
        window = max(0, start - 16 * max(patterns.depth, 2))
        segment = text[window:start]
        lowered = segment.lower()
        head = phrase.split()[0]
        if len(lowered) == len(segment):
            found = lowered.rfind(head)
        else:  # "İ" lower-cases to two characters: find the word in the text itself
            hits = [m.start() for m in re.finditer(re.escape(head), segment, re.IGNORECASE)]
            found = hits[-1] if hits else -1
        where = window + found if found >= 0 else start
        if phrase in _PREPOSITION_AFTER and len(phrases) > size:
            before = phrases[size].split()[0].strip(",;:")
            if before in _PREPOSITION_AFTER[phrase]:
                return None  # "data about 2,315 victims", "handed over two programmes"
        return wording, where
    return None


def _entity(match: re.Match[str] | None, stop: frozenset[str], language: str) -> tuple[str, int] | None:
    """The counted noun among up to three words that follow a number, and where it ends."""
    if match is None:
        return None
    seen: list[str] = []
    for group in range(1, match.re.groups + 1):
        raw = match[group]
        if raw is None:
            break
        word = raw.lower().rstrip("'’")
        if word in stop:
            break
        if _is_noun(raw if language == "de" else word, language):
            noun = raw.rstrip("'’")
            end = match.start(group) + len(noun)
            if seen and seen[-1].lower() in _COMPOUND:
                return f"{seen[-1]} {noun}", end
            return noun, end
        seen.append(raw)
    return None


def _is_noun(word: str, language: str) -> bool:
    """Whether a word after a number can be the plural noun counted."""
    if word in _PLURALS:
        return True
    if language == "ru":
        return len(word) >= 3 and "а" <= word[0] <= "я"
    if language == "de":
        return len(word) > 3 and word[:1].isupper()
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def extract(text: str, locale: str | None = None) -> Extraction:
    """Every numeric mention of ``text``, each classified.

    Parameters
    ----------
    text : str
        Plain text: a letter, a report, a press release.
    locale : str, optional
        How the text writes numbers (``"en"``, ``"fr"``, ``"es-CO"``): its
        decimal mark (CLDR data, through Babel) and the language of its
        number words and qualifiers. By default it is inferred from the
        text's unambiguous numbers and common words; a number such as
        ``1,234`` that nothing decides is read the English way and marked
        ``ambiguous``.

    Returns
    -------
    Extraction
        The mentions in text order; ``.quantities`` are the stated
        quantities and ``.to_frame()`` gives a DataFrame.

    Raises
    ------
    DataError
        For a locale that Babel does not know.

    Examples
    --------
    >>> found = extract("The minefields cover about 11,258 square kilometres; 14.2 per cent"
    ...                 " was cleared by 2024 (see A/78/908, para. 9).")
    >>> [(m.kind, m.stated, m.unit, m.qualifier) for m in found]  # doctest: +NORMALIZE_WHITESPACE
    [('quantity', '11258', 'km²', 'about'), ('quantity', '14.2', 'percent', None),
     ('year', '2024', None, None), ('symbol', None, None, None), ('reference', '9', None, None)]
    >>> extract("an estimated 1.5 million landmines")[0].value
    Decimal('1.5E+6')
    >>> [(m.value, m.unit) for m in extract("Déminage de 312,48 hectares, soit 4,7 %.", locale="fr")]
    [(Decimal('312.48'), 'ha'), (Decimal('4.7'), 'percent')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs text (str), not {type(text).__name__}")
    refuse_long_text(text)  # the bound of every text audited or extracted (audit and draft call extract)
    return extract_with(text, PATTERNS, locale)


class _Scan:
    """The state of one scan of a text: the text, its layout, its convention and patterns."""

    def __init__(self, text: str, patterns: TextPatterns, convention: Convention) -> None:
        self.text = text
        self.patterns = patterns
        self.convention = convention
        self.language = convention.language or "en"
        self.cardinals, self.fractions, self.ordinals, self.multiples = language_words(self.language)
        self.layout = Layout(text)
        self.cells = table_units(text, patterns.unit_of) if "\n" in text else {}
        self.after_verb: set[int] = set()  # starts of counts whose entity follows "were"

    def plain(self, start: int, end: int, kind: str, value: Decimal | None = None) -> Mention:
        layout = self.layout
        block = bisect_right(layout.block_starts, start)
        span = self.text[start:end]
        quote = span if "\n" not in span else " ".join(span.split())
        page = bisect_right(layout.form_feeds, start) + 1 if layout.form_feeds else None
        # tuple.__new__ skips the keyword handling of a NamedTuple: this runs once per mention
        return tuple.__new__(
            Mention,
            (start, end, span, kind, value, None, None, None,
             bisect_right(layout.sentence_starts, start), layout.paragraphs[block - 1], block, quote, page,
             None, None, None, None, None, None, False),
        )  # fmt: skip

    def quantity(
        self,
        start: int,
        number_end: int,
        value: Decimal | None,
        phrases: list[str],
        *,
        words: str | None = None,
        fraction: Fraction | None = None,
        ambiguous: bool = False,
        article: bool = False,
        after: re.Match[str] | None = None,
    ) -> Mention | None:
        """The quantity whose number spans ``start:number_end``, with what follows and precedes it."""
        text, patterns = self.text, self.patterns
        if after is None:
            after = patterns.after.match(text, number_end)
            assert after is not None  # everything in it is optional
        end = after.end()
        mult = after["mult"]
        if mult and value is not None:
            value = value.scaleb(patterns.multipliers[" ".join(mult.lower().split())])
        group = after.lastgroup
        unit = "count" if group is None or group == "mult" else patterns.units[group]
        plus = None
        if end == number_end and number_end < len(text) and text[number_end] in patterns.after_qualifiers:
            plus = patterns.after_qualifiers[text[number_end]]
            end = number_end + 1
        if fraction is not None:
            unit = "fraction"
        if unit == "count" and value is not None and text[end : end + 1].isspace():
            multiple = _TIME_MULTIPLE.match(text, end)
            word = multiple.group(1).lower() if multiple is not None else ""
            if multiple is not None and word in patterns.time_multiples:
                unit, factor = patterns.time_multiples[word]
                value = value * factor
                end = multiple.end()
            elif multiple is not None and word in _TIMES:
                unit, end = "times", multiple.end()
            elif multiple is not None and word in _SPAN_ADJECTIVES:
                # "the three previous years": a duration with an adjective between
                span = patterns.after.match(text, multiple.end())
                if span is not None and span.lastgroup in patterns.units:
                    spanned = patterns.units[span.lastgroup]
                    if spanned in ("year", "month"):
                        unit, end = spanned, span.end()
        # a currency before the number
        sign = None
        currency = None
        first = start
        ends = patterns.prefix_ends
        if (
            patterns.prefixes is not None
            and start
            and (
                text[start - 1] in ends
                or (text[start - 1] in " \t\u00a0" and start >= 2 and text[start - 2] in ends)
            )
        ):
            window = text[max(0, start - 6) : start]
            found = patterns.prefixes.search(window)
            if found is not None:
                code = patterns.prefix_units[found.group().rstrip(" \t\u00a0")]
                if unit in ("count", code):
                    unit = code
                    first = start - len(window) + found.start()
        if (
            unit not in ("count", "fraction", "percent", "percentage points")
            and unit.isupper()
            and len(unit) == 3
        ):
            currency = unit
        if first == start and start and text[start - 1] in "-−+" and value is not None:
            before = text[start - 2] if start >= 2 else " "
            if before.isspace() or before in "(:;=":
                sign = "+" if text[start - 1] == "+" else "-"
                first = start - 1
                if sign == "-":
                    value = -value
        entity = None
        quote_end = end
        if article and not mult and unit == "count" and fraction is None:
            # "one" counts only with the noun after it ("one new project"); "un", "una" are articles
            single = _ONE_NOUN.match(text, end) if words and words.lower() == "one" else None
            if single is None or single.group(1).lower() in patterns.stop or single.group(1) in _NOT_COUNTED:
                return None
            entity, quote_end = single.group(1), single.end()
        elif unit == "count":
            counted = _entity(_ENTITY.match(text, end), patterns.stop, self.language)
            if counted is not None:
                entity, quote_end = counted
                participle = _PARTICIPLE_AFTER.match(text, quote_end)
                if participle is not None and entity.lower() in _GENERIC:
                    entity = f"{entity} {participle.group(1)}"
                elif entity.lower() in _CONTAINERS:
                    what = _PIECES_OF.match(text, quote_end)
                    if what is not None and what.group(1).split()[0].lower() not in patterns.stop:
                        named = what.group(1).split()
                        if len(named) > 1 and named[1].lower() in patterns.stop:
                            named = named[:1]
                        entity = f"{entity} of {' '.join(named)}"
                        quote_end = what.start(1) + len(" ".join(named)) if len(named) == 1 else what.end()
            else:
                found_entity = _WERE_ENTITY.match(text, end)
                if (
                    found_entity is not None
                    and found_entity.group(1).lower() not in patterns.stop
                    and _is_noun(found_entity.group(1).lower(), self.language)
                ):
                    entity = found_entity.group(1)
                    self.after_verb.add(first)
            if entity is None and start in self.cells:
                unit = self.cells[start]
        if (
            words is not None
            and unit == "count"
            and entity is None
            and not mult
            and not _RANGE_NEXT.match(text, end)
        ):
            return None
        if words is not None and unit != "count" and _title_case(text[start:end]):
            return None  # "Five-Year Support": a title
        qualifier = None
        quote_start = first
        if first != start:
            phrases = _before_words(text, first, patterns.depth)
        found_q = _qualifier(text, first, phrases, patterns)
        if found_q is not None:
            qualifier, quote_start = found_q
        elif plus is not None:
            qualifier = plus
        layout = self.layout
        block = bisect_right(layout.block_starts, start)
        page = bisect_right(layout.form_feeds, start) + 1 if layout.form_feeds else None
        return tuple.__new__(
            Mention,
            (first, end, text[first:end], "quantity", value, unit, entity, qualifier,
             bisect_right(layout.sentence_starts, start), layout.paragraphs[block - 1], block,
             _squeeze(text[quote_start:max(quote_end, end)]), page,
             None, None, sign, currency, words, fraction, ambiguous),
        )  # fmt: skip


def extract_with(text: str, patterns: TextPatterns, locale: str | None = None) -> Extraction:
    """Every numeric mention of ``text``, reading the vocabulary ``patterns`` was compiled from.

    Examples
    --------
    >>> [m.unit for m in extract_with("3.6% and 2 pp", compile_patterns())]
    ['percent', 'percentage points']
    """
    convention = convention_for(locale) if locale else infer_convention(text)
    scan = _Scan(text, patterns, convention)
    scanner, at_start, next_word = patterns.scan(scan.language)
    links = _links(text)
    mentions: list[Mention] = []
    skip_until = 0
    list_kind: str | None = None
    list_end = -1
    size = len(text)
    first = at_start.match(text)
    matches = scanner.finditer(text)
    link_index = 0
    for match in [first, *matches] if first else matches:
        number = match["num"]
        if number is not None:
            start = match.start()
        else:
            start = match.start("word" if match["word"] is not None else "vague")
        if start < skip_until:
            continue
        while link_index < len(links) and links[link_index][1] <= start:
            link_index += 1
        if link_index < len(links) and links[link_index][0] <= start:
            left, right = links[link_index]
            while right > left and text[right - 1] in '.,;:)”"’':
                right -= 1
            if start < right:
                mentions.append(scan.plain(left, right, "symbol"))
                skip_until = right
                continue
        if number is None:
            mention = _word_mention(scan, match, next_word)
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
            or (nxt == "/" and not _currency_after(text, end + 1, patterns))
            or (prev == "(" and start >= 2 and text[start - 2].isalnum())
            or (nxt == "-" and _SYMBOL_AFTER.match(text, end) and not _year_range(text, number, end))
        ):
            kind = "symbol"
        elif prev == "[" and nxt == "]":
            kind = "footnote"
        elif prev == "-" and start >= 2 and text[start - 2].isalpha():
            kind = "symbol"
        elif prev.isalpha():
            kind = "symbol" if prev.isupper() else "footnote"
        elif prev in '.,;:”"’)' and start >= 2 and text[start - 2].isalpha() and len(number) <= 2:
            kind = "footnote"
        elif match["ord"]:
            kind = "ordinal"
        elif (prev in ":+-−" or nxt == ":") and _is_time(text, start, end, prev, nxt):
            kind = "time"
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
            mentions.append(scan.plain(left, right, "symbol"))
            skip_until = right
            continue
        if kind == "time":
            right = end
            while right < size and (text[right].isdigit() or text[right] == ":"):
                right += 1
            mentions.append(scan.plain(start, right, "time"))
            skip_until = right
            continue
        if kind is not None:
            value = read_number(number, scan.convention.decimal)[0] if kind == "ordinal" else None
            mentions.append(
                scan.plain(start, end, kind, value if value is not None else _plain_value(number))
            )
            skip_until = end
            continue
        dot_date = _DOT_DATE.match(text, start) if number.count(".") == 2 else None
        if dot_date is not None and dot_date.end() == end and len(number) >= 8:
            mentions.append(scan.plain(start, end, "date"))
            skip_until = end
            continue
        iso_date = _ISO_DATE.match(text, start) if nxt == "-" and len(number) == 4 else None
        if iso_date is None and nxt in "-–" and number.isdigit():
            iso_date = _DMY_DATE.match(text, start) or _YEAR_SPAN.match(text, start)
        if iso_date is not None:
            span_kind = "year" if iso_date.re is _YEAR_SPAN else "date"
            mentions.append(scan.plain(start, iso_date.end(), span_kind))
            skip_until = iso_date.end()
            continue
        value, ambiguous = read_number(number, scan.convention.decimal)
        after = patterns.after.match(text, end)
        assert after is not None  # everything in it is optional
        if nxt.isalpha() and after.end() == end and _code_after(text, end):
            # digits glued to letters that are no unit: a code or a file size ("4.31Mb", "13MSP")
            right = end
            while right < size and (text[right].isalnum() or text[right] in "-_"):
                right += 1
            mentions.append(scan.plain(start, right, "symbol"))
            skip_until = right
            continue
        if value is None or len(number) > 40:
            mentions.append(scan.plain(start, end, "malformed"))
            skip_until = end
            continue
        last = _last_word(text, start)
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
            mentions.append(scan.plain(start, end, kind, value))
            list_kind, list_end = kind, end
            skip_until = end
            continue
        whole = number.isdigit()
        unitless = after.end() == end
        if not unitless and whole and len(number) == 4 and 1800 <= value <= 2100:
            word = text[after.end() - 1 : after.end()]
            heading = text[end : after.end()].strip()
            if (
                heading[:1].isupper() and heading[:1].isalpha() and word.isalpha()
            ) or heading.lower() in _OF_YEAR:
                unitless = True
        # -- dates and years -----------------------------------------------------
        day_after = whole and value <= 31 and _DATE_AFTER.match(text, end) is not None
        if day_after or (unitless and whole and last in _MONTHS):
            kind = "date" if day_after or len(number) != 4 else "year"
        elif unitless and whole and len(number) == 4 and 1800 <= value <= 2100:
            if _OTHER_CALENDAR.match(text, end) or (
                _qualifier(text, start, _before_words(text, start, patterns.depth), patterns) is None
                and _entity_after_year(text, end, patterns.stop, scan.language) is None
            ):
                kind = "year"
        elif unitless and whole and len(number) == 4 and _OTHER_CALENDAR.match(text, end):
            kind = "year"
        elif (
            unitless
            and whole
            and len(number) <= 3
            and _starts_line(text, start)
            and (_PARAGRAPH_NUMBER.match(text, end) is not None)
        ):
            kind = "reference"
        elif (
            unitless
            and whole
            and len(number) <= 2
            and _starts_line(text, start)
            and FOOTNOTE_BLOCK.match(text, start)
        ):
            kind = "footnote"
        elif (
            unitless
            and whole
            and start not in scan.cells
            and _alone_on_line(text, start, end)
            and not (_next_line_number(text, end) or _previous_line_number(text, start))
        ):
            kind = "page"
        if kind is not None:
            mention = scan.plain(start, end, kind, value)
            mentions.append(mention)
            if list_kind is not None and 0 < start - list_end <= 4 and text[list_end:start].strip() == "(":
                list_end = end + 1 if text.startswith(")", end) else end
            skip_until = end
            continue
        list_kind = None
        phrases = _before_words(text, start, patterns.depth) if last in patterns.qualifier_ends else []
        quantity = scan.quantity(start, end, value, phrases, ambiguous=ambiguous, after=after)
        assert quantity is not None
        if after["mult"]:
            quantity = _compound(scan, quantity, after)
        mentions.append(quantity)
        skip_until = quantity.end
    mentions = _participles(mentions, scan.after_verb)
    return Extraction(tuple(_ranges(text, _propagate_units(text, mentions))), convention.locale)


def _participles(mentions: list[Mention], after_verb: set[int]) -> list[Mention]:
    """ "100 killed and 327 injured" count people killed and injured; but in "of the 500 victims, 180
    injured" the 180 are victims: a participle (or a noun after "were") is the entity only when no
    noun before it in the sentence names what is counted."""
    named: set[int] = set()
    for index, mention in enumerate(mentions):
        entity = mention.entity
        if entity is None:
            continue
        if entity.lower() in _PARTICIPLES or mention.start in after_verb:
            if mention.sentence in named:
                mentions[index] = mention._replace(entity=None)
        else:
            named.add(mention.sentence)
    return mentions


def _title_case(words: str) -> bool:
    """ "Five-Year": every part capitalised, as in a title."""
    parts = re.split(r"[\s-]+", words)
    return len(parts) > 1 and all(p[:1].isupper() for p in parts)


def _currency_after(text: str, position: int, patterns: TextPatterns) -> bool:
    """ "$12,479,965/€9,933,109": an amount after the slash, in a currency."""
    return any(text.startswith(prefix, position) for prefix in patterns.prefix_units)


def _code_after(text: str, end: int) -> bool:
    """Letters glued to the digits that make a code or a size (``4.31Mb``, ``13MSP``), not a word."""
    right = end
    while right < len(text) and right - end < 12 and (text[right].isalnum()):
        right += 1
    glued = text[end:right]
    return any(c.isupper() or c.isdigit() for c in glued)


def _links(text: str) -> list[tuple[int, int]]:
    """The spans of web addresses and e-mail addresses, in text order."""
    spans = [m.span() for m in _LINK.finditer(text)] if ("://" in text or "www." in text) else []
    at = text.find("@")
    while at >= 0:
        left = at
        while left > 0 and not text[left - 1].isspace() and at - left < 64:
            left -= 1
        found = _ADDRESS.search(text, left, at + 256)
        if found is not None and found.start() <= at < found.end():
            spans.append(found.span())
            at = text.find("@", found.end())
        else:
            at = text.find("@", at + 1)
    return sorted(spans)


def _is_time(text: str, start: int, end: int, prev: str, nxt: str) -> bool:
    """ "16:19", "UTC+04:00": a clock time or a time-zone offset."""
    if nxt == ":" and _CLOCK_AFTER.match(text, end):
        return True
    if prev == ":":
        return start >= 2 and text[start - 2].isdigit()
    return prev in "+-−" and start >= 4 and text[start - 4 : start - 1] in ("UTC", "GMT")


def _plain_value(number: str) -> Decimal | None:
    digits = number.replace(",", "")
    return Decimal(digits) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", digits) else None


def _entity_after_year(text: str, end: int, stop: frozenset[str], language: str) -> tuple[str, int] | None:
    """The entity after a year-like number, unless it is a heading word ("2019 Casualties")."""
    match = _ENTITY.match(text, end)
    if match is None or not match.group(1)[0].islower():
        return None
    return _entity(match, stop, language)


_NEXT_NUMBER_LINE = re.compile(
    r"[ \t\r]*\n(?:[ \t\r]*\n){0,4}[ \t]{0,8}[-+]?[0-9][0-9.,'’ \u00a0\u202f]{0,30}"
    r"(?:\[[0-9]+\])?[ \t%]{0,4}(?:\n|\Z)"
)


def _next_line_number(text: str, end: int) -> bool:
    return _NEXT_NUMBER_LINE.match(text, end) is not None


def _previous_line_number(text: str, start: int) -> bool:
    window = text[max(0, start - 80) : start].rstrip(" \t")
    lines = [line.strip() for line in window.split("\n")[:-1] if line.strip()]
    return (
        bool(lines)
        and re.fullmatch(r"[-+]?[0-9][0-9.,'’ \u00a0\u202f]*(?:\[[0-9]+\])?%?", lines[-1]) is not None
    )


_COMPOUND_TAIL = re.compile(r"[ \t]+([0-9]{1,3})(?![0-9.,])(?:[ \t]+([^\W\d_]+))?")


def _compound(scan: _Scan, mention: Mention, after: re.Match[str]) -> Mention:
    """ "544 million 786 thousand 682": a number written as scale words and digits, one quantity."""
    text, patterns = scan.text, scan.patterns
    if mention.value is None or after.lastgroup not in (None, "mult"):
        return mention
    power = patterns.multipliers[" ".join(after["mult"].lower().split())]
    value = mention.value
    position = after.end()
    while True:
        tail = _COMPOUND_TAIL.match(text, position)
        if tail is None:
            break
        word = (tail.group(2) or "").lower()
        smaller = patterns.multipliers.get(word)
        if smaller is not None and smaller < power:
            value += Decimal(tail.group(1)).scaleb(smaller)
            power = smaller
            position = tail.end()
            continue
        if power == 3:
            value += Decimal(tail.group(1))
            position = tail.end(1)
        break
    if position == after.end():
        return mention
    rest = scan.quantity(mention.start, position, Decimal(0), [])
    unit = rest.unit if rest is not None else "count"
    end = rest.end if rest is not None else position
    entity = rest.entity if rest is not None else None
    head = mention.quote[: mention.quote.find(mention.text)] if mention.text in mention.quote else ""
    quote = _squeeze(head + (rest.quote if rest is not None else text[mention.start : end]))
    return mention._replace(
        end=end, text=text[mention.start : end], value=value, unit=unit, entity=entity, quote=quote
    )


def _word_mention(scan: _Scan, match: re.Match[str], next_word: re.Pattern[str]) -> Mention | None:
    text, patterns = scan.text, scan.patterns
    word = match["word"]
    if word is None:
        start, end = match.span("vague")
        found = _entity(_NOUNS.match(text, end), patterns.stop, scan.language)
        if found is None:
            return None
        mention = scan.quantity(start, end, None, _before_words(text, start, patterns.depth))
        if mention is None:
            return None
        entity, quote_end = found
        return mention._replace(end=end, text=text[start:end], entity=entity, unit="count",
                                quote=_squeeze(text[start:quote_end]))  # fmt: skip
    start, end = match.span("word")
    run = [word.lower()]
    # more words of the same number: "thirty-six", "one thousand nine hundred and thirty six"
    while run[-1] in scan.cardinals:
        more = next_word.match(text, end)
        if more is None:
            break
        following = more["word"].lower()
        if following not in scan.cardinals and following not in scan.fractions:
            break
        run.append(following)
        end = more.end()
    last = run[-1]
    if len(run) == 1 and last in scan.multiples:
        before = _before_words(text, start, patterns.depth)
        if (
            last in _PLAIN_MULTIPLES
            and not _MULTIPLE_OF.match(text, end)
            and _qualifier(text, start, before, patterns) is None
        ):
            return None  # "a double tragedy", "triple-checked": no multiple of anything
        times = scan.quantity(start, end, Decimal(scan.multiples[last]), before)
        return None if times is None else times._replace(unit="times", entity=None, words=text[start:end])
    if len(run) == 1 and last in scan.ordinals and last not in scan.cardinals and last not in scan.fractions:
        return scan.plain(start, end, "ordinal", Decimal(scan.ordinals[last]))
    phrases = _before_words(text, start, patterns.depth)
    previous = phrases[0] if phrases else ""
    if last in scan.fractions and (len(run) > 1 or previous in _NUMERATORS or last in WHOLE_FRACTIONS):
        numerator = Decimal(1)
        if len(run) > 1:
            counted = word_value(run[:-1], scan.cardinals)
            if counted is None:
                return None
            numerator = counted[0]
        if len(run) == 1 and last in WHOLE_FRACTIONS and previous in _NOT_A_HALF:
            return None
        first = start
        if len(run) == 1 and previous in _NUMERATORS and previous not in patterns.qualifiers:
            first = start - len(previous) - 1
            phrases = phrases[1:]
        fraction = scan.fractions[last] * int(numerator)
        century = _HALF_OF.match(text, end)
        if century is not None and century.group(1).lower() in patterns.time_multiples:
            unit, factor = patterns.time_multiples[century.group(1).lower()]
            value = Decimal(fraction.numerator * factor) / fraction.denominator
            return _retag(scan.quantity(first, end, value, phrases), text, first, century.end(), unit,
                          text[first:end])  # fmt: skip
        mention = scan.quantity(
            first, end, _exact(fraction), phrases, fraction=fraction, words=text[first:end]
        )
        return None if mention is None else mention._replace(unit="fraction", entity=None)
    if len(run) == 1 and last in scan.ordinals and last not in scan.cardinals:
        return scan.plain(start, end, "ordinal", Decimal(scan.ordinals[last]))
    if any(w not in scan.cardinals for w in run):
        run = run[:-1]
        if not run:
            return None
    counted = word_value(run, scan.cardinals)
    if counted is None:
        return None
    words = text[start:end]
    article = len(run) == 1 and run[0] in ARTICLES
    return scan.quantity(start, end, counted[0], phrases, words=words, article=article)


_NUMERATORS = _word_set("a an one un une uno una um uma ein eine один одна")
_NOT_A_HALF = _word_set("first second third last latter other the this that same")
_HALF_OF = re.compile(rf"{_GAP}(?:a|an|un|une|un|medio){_GAP}({_LETTER}+)")


def _exact(fraction: Fraction) -> Decimal | None:
    """The fraction as a Decimal when one writes it exactly (1/2, 2/5), else None (1/3)."""
    denominator = fraction.denominator
    while denominator % 2 == 0:
        denominator //= 2
    while denominator % 5 == 0:
        denominator //= 5
    if denominator != 1:
        return None
    return Decimal(fraction.numerator) / Decimal(fraction.denominator)


def _retag(mention: Mention | None, text: str, start: int, end: int, unit: str, words: str) -> Mention | None:
    if mention is None:
        return None
    return mention._replace(
        end=end, text=text[start:end], unit=unit, words=words, quote=_squeeze(text[start:end])
    )


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


def _squeeze(words: str) -> str:
    """The words with every run of white space made one space."""
    if "\n" in words or "  " in words or "\t" in words or "\r" in words or "\f" in words:
        return " ".join(words.split())
    return words


_RANGE_GAP = re.compile(r"\s*(?:,\s*)?(?:and|to|or|-|–)\s*|\s*,\s*")
_RANGE = re.compile(r"[ \t]*[-–—][ \t]*|\s+(?:to|à|a|до|bis|and|et|y|e|и|und)\s+")
_RANGE_NEXT = re.compile(r"\s+(?:to|à|a|до|bis)\s+[\w]|[ \t]*[-–][ \t]*[0-9]")
_BETWEEN = frozenset(["between", "entre", "между", "zwischen"])
_FROM = frozenset(["from", "de", "desde", "от", "von"])


def _propagate_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Between 10 and 20 per cent", "10, 20 or 30 km²": the unit written once applies to all."""
    for index in range(len(mentions) - 2, -1, -1):
        here, nxt = mentions[index], mentions[index + 1]
        if (
            here.kind == "quantity"
            and here.unit == "count"
            and here.entity is None
            and nxt.kind == "quantity"
            and nxt.unit not in ("count", None, "fraction")
            and not (nxt.unit == "percent" and here.value is not None and here.value > 100)
            and _RANGE_GAP.fullmatch(text, here.end, nxt.start)
        ):
            mentions[index] = here._replace(unit=nxt.unit, currency=nxt.currency)
    return mentions


def _ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "4-6 million", "between 3,000 and 5,000 mines", "20–25 per cent": one quantity with two ends."""
    out: list[Mention] = []
    index = 0
    count = len(mentions)
    while index < count:
        here = mentions[index]
        if index + 1 < count and here.kind == "quantity" and mentions[index + 1].start - here.end <= 12:
            merged = _range_of(text, here, mentions[index + 1])
            if merged is not None:
                out.append(merged)
                index += 2
                continue
        out.append(here)
        index += 1
    return out


def _range_of(text: str, low: Mention, high: Mention) -> Mention | None:
    if (
        high.start - low.end > 12
        or low.kind != "quantity"
        or high.kind != "quantity"
        or low.value is None
        or high.value is None
    ):
        return None
    if low.fraction is not None or high.fraction is not None or low.sign or high.sign:
        return None
    gap = _RANGE.fullmatch(text, low.end, high.start)
    if gap is None:
        return None
    joiner = gap.group().strip().lower()
    before = text[max(0, low.start - 12) : low.start].split()
    previous = before[-1].lower() if before else ""
    if joiner in ("and", "et", "y", "e", "и", "und"):
        if previous not in _BETWEEN:
            return None
    elif previous in _FROM or previous in _BETWEEN:
        return None
    if low.unit != high.unit and not (low.unit == "count" and low.entity is None):
        return None
    if low.entity is not None:
        return None
    low_value = low.value
    if (
        low.text.strip().replace(",", "").replace(".", "").isdigit()
        and high.value.adjusted() > low_value.adjusted()
    ):
        # "4-6 million": the multiplier written once applies to both ends
        scale = high.text[len(high.text.split()[0]) :] if " " in high.text else ""
        mult = high.value.as_tuple().exponent
        if scale and isinstance(mult, int) and mult > 0 and low.value.as_tuple().exponent == 0:
            low_value = low.value.scaleb(mult)
    if low_value > high.value:
        return None
    quote_start = low.quote.find(low.text)
    head = low.quote[:quote_start] if quote_start > 0 else ""
    return high._replace(
        start=low.start,
        text=text[low.start : high.end],
        value=None,
        low=low_value,
        high=high.value,
        qualifier=None if previous in _BETWEEN else low.qualifier,
        quote=_squeeze(head + text[low.start : high.start]) + high.quote[high.quote.find(high.text) :]
        if high.text in high.quote
        else _squeeze(head + text[low.start : high.end]),
        words=low.words or high.words,
        ambiguous=low.ambiguous or high.ambiguous,
    )
