"""What the extractor reads: patterns compiled from the vocabulary, and the word lists read around numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .._vocab import VOCABULARY, Vocabulary
from .._words import GLUE, language_words, set_of, trie_pattern

__all__ = [
    "ENTITY",
    "ENTITY_WORD",
    "ENTITY_WORDS",
    "GAP",
    "LETTER",
    "NOTHING_AFTER",
    "PATTERNS",
    "REFERENCE_WORDS",
    "WEAK_REFERENCE_WORDS",
    "WORD",
    "TextPatterns",
    "compile_patterns",
    "spelling_trie",
]


_SPACE = "[ \u00a0\u202f\u2009\u2007]"


#: The characters of a unit's or multiplier's first word that :meth:`TextPatterns.after_match` reads
#: to tell which may start where a number ends ("5 mines": "min" begins neither "million" nor "mi²")
BEGINNING = 3


_KEPT = 4096  # the most beginnings (and pairs of characters) whose answers are kept


#: What :meth:`TextPatterns.after_pattern` gives where nothing can follow a number: ``after`` with no
#: unit and no multiplier (its group ``mult`` never matches)
NOTHING_AFTER = re.compile("(?P<mult>(?!))?", re.IGNORECASE)


# what ``\s`` matches, each character written out: in a class, the regular expression engine tells these
# with one table look-up, where ``\s`` asks Unicode of each character the class is tried on
# (tests/test_extract.py checks it against every character), as a class's escapes
_WHITE_SPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


# a number's digits after its first: "1 000" or "1,000.5", written with one digit taken out of
# "[0-9]{1,3}(?:SPACE[0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?|[0-9]+(?:[.,'’][0-9]+)*"
_DIGITS_AFTER_FIRST = (
    rf"(?:[0-9]{{0,2}}(?:{_SPACE}[0-9]{{3}}(?![0-9]))+(?:[.,][0-9]+)?|[0-9]*(?:[.,'’][0-9]+)*)"
)


_ORD = r"(?:st|nd|rd|th|ème|ième|eme|er|ère|º|ª)(?![^\W\d_])"


# an amount in words with no number: "tens of thousands of", "hundreds of", "an unknown number of"; each
# spelled lower case or capitalised (and "an Unknown number"), before " of"
_VAGUE_SPELLINGS = [
    spelling
    for word in ("tens of thousands", "hundreds of thousands", "thousands", "hundreds", "dozens", "millions")
    for spelling in (word, word[:1].upper() + word[1:])
] + [f"{article}{u}nknown number" for article in ("", "an ", "An ") for u in "uU"]
# shaped as a trie (the longer of "hundreds" and "hundreds of thousands" first): a text that spells none
# is refused at its first character no spelling continues with, not once per alternative
_VAGUE = f"(?P<vague>{trie_pattern(sorted(_VAGUE_SPELLINGS))})(?= of\\s)"


LETTER = r"[^\W\d_]"


WORD = r"[^\W\d_][\w'’-]*"


GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # white space within a paragraph: no blank line


ENTITY = re.compile(rf"{GAP}({WORD})(?:{GAP}({WORD}))?(?:{GAP}({WORD}))?(?:{GAP}({WORD}))?")


ENTITY_WORD = re.compile(rf"{GAP}({WORD})")  # one word of ENTITY: matched in turn, they are its groups


ENTITY_WORDS = ENTITY.groups


REFERENCE_WORDS = {
    "resolution": "resolution",
    "resolutions": "resolution",
    "item": "agenda",
    "items": "agenda",
    "page": "page",
    "pages": "page",
    "p.": "page",
    "pp.": "page",
}


for _w in set_of(
    "rule rules para. paras. paragraph paragraphs article articles art. section sections chapter"
    " chapters annex no. nos. goal goals footnote note table figure fig. box principle principles"
    " protocol amendment rev. vol. volume artículo article статья статьи пункт"
):
    REFERENCE_WORDS[_w] = "reference"
# the number of a phase, sector, law or standard ("Phase 2", "Sector 7", "Law 1448", "IMAS 09.10",
# "km 45" of a road): a name, no quantity - unless a unit follows the number ("on the Alpha route 50 km
# were cleared"): these words also stand before quantities
WEAK_REFERENCE_WORDS = set_of(
    "phase phases sector sectors zone zones level levels law decree route routes block blocks grid km"
    " imas iso fase fases nivel zona zonas ruta bloque ley decreto loi décret secteur lei setor gesetz"
    " absatz artikel закон зона сектор"
)
for _w in WEAK_REFERENCE_WORDS:
    REFERENCE_WORDS[_w] = "reference"
for _w in set_of("résolution résolutions resolución resoluciones resolução resoluções резолюция резолюции"):
    REFERENCE_WORDS[_w] = "resolution"


# Words that end the noun phrase after a number; compile_patterns adds the first word of
# every unit spelling of the vocabulary ("five hectares" counts no hectares).
_FUNCTION_WORDS = set_of("""a an the of and or in on at to for by with from into onto as than that
    which who
    whom whose is are was were be been being has have had do does did will would shall should may might
    can could per its their our his her this these those it they we he she there here so such also only
    all each every any no not nor but if when where while since until after before about over under
    between among through during against within without upon less most least same
    half halves thirds quarters fifths sixths sevenths eighths ninths tenths
    de des du la le les et en dans sur par pour à au aux qui que dont est sont ont été ou avec ces ce
    cette son sa ses leur leurs plus moins entre depuis d l y del los las se su sus al es son fue fueron
    están estaban estão estavam
    o desde do da dos das em com seu sua os as ao foram foi der die das den dem und im von mit für auf zu
    ist sind wurden и в на по с из за от для что как это был были было года году лет а но к о у
    mais pero mas aber donc car puis luego entonces""")


_STOP_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


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
    unit_groups : tuple
        Each named group of ``after`` that reads a unit: its name, its
        pattern and the beginnings of its spellings (the first
        :data:`BEGINNING` characters of their first words, lower case).
    guard : str
        The characters (of a character class) a unit starts with.
    multiplier_beginnings : frozenset of str
        The beginnings of the multipliers' spellings (as those of units).
        With ``unit_groups`` and ``guard``, what :meth:`after_match` narrows
        ``after`` with.
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
    unit_groups: tuple[tuple[str, str, frozenset[str]], ...] = ()
    guard: str = ""
    multiplier_beginnings: frozenset[str] = frozenset()
    scans: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    narrowed: dict[tuple[bool, str], re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    narrowed_units: dict[tuple[str, ...], re.Pattern[str]] = field(
        default_factory=dict, compare=False, repr=False
    )
    starting: dict[str, tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def after_match(self, text: str, position: int) -> re.Match[str]:
        """``after.match(text, position)``, run with only the units that can start where a unit would.

        The same match (span, groups, ``lastgroup``) as ``after`` gives: each
        alternative of a unit starts, after white space or a hyphen, with
        the beginning of one of its spellings (its first :data:`BEGINNING`
        characters, or its whole first word when shorter), so a unit none of
        whose spellings begins as the text does there cannot match, and is
        left out of the pattern run. ``after`` tries every unit in turn (a
        few microseconds for each number followed by a word); this, the one
        that may be there, or none ("5 mines" begins neither "mi²" nor
        "million"). Where a multiplier may start ("5 million"), ``after``
        itself is run. The narrowed patterns are compiled the first time a
        beginning asks for them, and kept (the beginnings, up to
        :data:`_KEPT` of them).

        Examples
        --------
        >>> patterns = compile_patterns()
        >>> text = "12 million square kilometres and 5 mines"
        >>> found = patterns.after_match(text, 2)
        >>> found.span(), found.lastgroup == patterns.after.match(text, 2).lastgroup
        ((2, 28), True)
        """
        found = self.after_pattern(text, position).match(text, position)
        assert found is not None  # everything in it is optional
        return found

    def after_pattern(self, text: str, position: int) -> re.Pattern[str]:
        """The pattern :meth:`after_match` runs at ``position``: :data:`NOTHING_AFTER` where no unit or
        multiplier can begin (its match ends where it starts, with no group)."""
        if not self.unit_groups:
            return self.after
        # where a unit would start: after white space and one hyphen
        first = position
        head = text[position : position + 1]
        gap = head == " "
        if gap:  # the most common gap, one space: the character after it, unless more gap follows
            first = position + 1
            head = text[first : first + 1]
            if head.isspace() or head == "-":
                first = _first_after_gap(text, position)
        elif head.isspace() or head == "-":
            gap = head != "-"
            first = _first_after_gap(text, position)
        key = (gap, text[first : first + BEGINNING])
        pattern = self.narrowed.get(key)
        if pattern is None:
            if len(self.narrowed) >= _KEPT:
                self.narrowed.clear()
            pattern = self.narrowed[key] = self._narrow(*key)
        return pattern

    def _narrow(self, gap: bool, beginning: str) -> re.Pattern[str]:
        """``after`` with only the units whose spellings can begin as ``beginning`` does, no multiplier.

        ``after`` itself where a multiplier may begin so (after white space,
        ``gap``).
        """
        head = beginning[:1]
        starting = self.starting.get(head)
        if starting is None:
            starting = self.starting[head] = self._starting(head)
        multipliers, units = starting
        if gap and _continues(multipliers, beginning):
            return self.after
        names = tuple(name for name, beginnings in units if _continues(beginnings, beginning))
        if not names:
            return NOTHING_AFTER
        shared = self.narrowed_units.get(names)
        if shared is not None:
            return shared
        groups = "|".join(source for name, source, _ in self.unit_groups if name in names)
        pattern = re.compile(f"(?P<mult>(?!))?(?:(?=\\s*-?[{self.guard}])(?:{groups}))?", re.IGNORECASE)
        self.narrowed_units[names] = pattern
        return pattern

    def _starting(self, head: str) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
        """The beginnings of the multipliers, and of each unit, that start as ``head`` (a character)."""

        def starting(beginnings: frozenset[str]) -> tuple[str, ...]:
            return tuple(beginning for beginning in sorted(beginnings) if _same(beginning[0], head))

        units = ((name, starting(beginnings)) for name, _, beginnings in self.unit_groups)
        return starting(self.multiplier_beginnings), tuple(unit for unit in units if unit[1])

    def unit_of(self, spelling: str) -> str | None:
        """The unit a caption spells (``"m2"``, ``"km²"``, ``"hectares"``), if any."""
        return self.unit_names.get(" ".join(spelling.lower().split()))

    def scan(self, language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        """The scan, its form at the start of a text, and the next-word pattern, for a language.

        A match of the scan is a number (its digits end where the empty
        group ``num`` is, an ordinal's ending ``ord`` may follow) or a
        number word (group ``word``, or ``vague``, after the character
        before it).
        """
        found = self.scans.get(language)
        if found is None:
            cardinals, fractions, ordinals, multiples = language_words(language)
            spellings = {*cardinals, *fractions, *ordinals, *multiples}
            # lower case, capitalised and upper case: a case-sensitive trie is twice as fast as (?i:)
            variants = {v for w in spellings for v in (w, w[:1].upper() + w[1:], w.upper())}
            words = _lower_case_first(variants)
            end = rf"(?![\w’']|-(?!{LETTER}))"
            # it starts with the class of the characters a match starts with (a digit, or the space
            # or bracket before a word), so that the regex engine skips to the next of them without
            # trying the alternatives at every character; a look-behind tells a digit, whose branch
            # always matches (the second is tried after any other character). The number's digits are
            # the match up to the empty group ``num``. Its white space is written out (_WHITE_SPACE), so
            # that the class is one table look-up a character.
            # a word is tried only where its first characters (up to three, as many as every spelling
            # has) are those a spelling can have there: a class for each, which refuses most words after
            # a space in a few look-ups, before the trie is entered
            spelled = variants | set(_VAGUE_SPELLINGS)
            gate = "".join(
                "[" + "".join(re.escape(c) for c in sorted({v[i] for v in spelled})) + "]"
                for i in range(min(3, *(len(v) for v in spelled)))
            )
            scan = re.compile(
                rf"[0-9{_WHITE_SPACE}(“\"«‘'/](?:(?<=[0-9]){_DIGITS_AFTER_FIRST}(?P<num>)(?P<ord>{_ORD})?"
                rf"|(?={gate})(?:(?P<word>{words}){end}|{_VAGUE}))"
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


def _lower_case_first(words: set[str]) -> str:
    """The words as one trie pattern whose first alternatives are those of the lower-case first letters.

    Its alternatives each start with another character, so their order
    changes no match; the regex engine tries them in turn at each space of
    a text, where most words start with a lower-case letter.
    """
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    firsts = sorted(rests, key=lambda first: (not first.islower(), first))
    return "(?:" + "|".join(re.escape(first) + trie_pattern(sorted(rests[first])) for first in firsts) + ")"


def _first_after_gap(text: str, position: int) -> int:
    """Where the white space and the one hyphen at ``position`` end."""
    size = len(text)
    while position < size and text[position].isspace():  # what \s matches
        position += 1
    if position < size and text[position] == "-":
        position += 1
    return position


def _continues(beginnings: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` goes on as one of ``beginnings`` (each of which starts as it does) in a pattern.

    A beginning shorter than ``text`` (a spelling's whole first word) asks
    nothing of the characters after it.
    """
    return any(
        len(beginning) <= len(text)
        and all(_same(spelled, key) for spelled, key in zip(beginning[1:], text[1:], strict=False))
        for beginning in beginnings
    )


_FOLDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}  # a spelled character's two patterns
_SAME: dict[tuple[str, str], bool] = {}  # each answer of _same


def _same(spelled: str, key: str) -> bool:
    """Whether ``key`` in a text matches the character ``spelled`` of a case-insensitive pattern.

    Asked of the regular expression engine itself (as a literal and in a
    class), so that every case folding it makes is one made here.
    """
    found = _SAME.get((spelled, key))
    if found is None:
        folds = _FOLDS.get(spelled)
        if folds is None:
            escaped = re.escape(spelled)
            folds = _FOLDS[spelled] = (
                re.compile(escaped, re.IGNORECASE),
                re.compile(f"[{escaped}]", re.IGNORECASE),
            )
        found = spelled == key or folds[0].fullmatch(key) is not None or folds[1].fullmatch(key) is not None
        if len(_SAME) >= _KEPT:
            _SAME.clear()
        _SAME[spelled, key] = found
    return found


_GAP_TOKEN = ""  # in a spelling's trie, the separator between its words


@dataclass
class _Node:
    """A node of a trie of spellings: what may follow, and how a spelling that ends here ends."""

    children: dict[str, _Node] = field(default_factory=dict)
    end: str | None = None


def spelling_trie(spellings: Sequence[str], gap: str) -> str:
    """The spellings as one pattern shaped as a trie: a longer spelling first, each space ``gap``.

    The pattern is case-insensitive in use, so spellings that differ only by
    case are one. A spelling ending in a letter or digit ends at a word
    boundary. Shaped as a trie, a text that spells none of them is refused
    at its first character that no spelling continues with, instead of once
    per spelling.

    Examples
    --------
    >>> pattern = re.compile(spelling_trie(["per cent", "percent", "pct"], "[ ]+"), re.IGNORECASE)
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
    unit_groups: list[tuple[str, str, frozenset[str]]] = []
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
        # "km 2", "m 2": a superscript flattened to a digit after a space
        abbreviations += [a[:-1] + " 2" for a in abbreviations if re.fullmatch(r"[a-z]+2", a)]
        words = list(dict.fromkeys(words))
        parts = []
        spellings_read.extend((*abbreviations, *words))
        if abbreviations:
            parts.append(_TIGHT + spelling_trie(abbreviations, _TIGHT))
        if words:
            parts.append(_SPACED + spelling_trie(words, _SPACED))
            parts.append("-" + spelling_trie(words, _SPACED))
            # "12,5 millions d'euros": a word right after the elided "de" of ``linked`` below
            parts.append("(?<=['’])" + spelling_trie(words, _SPACED))
        groups.append(f"(?P<{name}>{'|'.join(parts)})")
        # the beginning of each spelling as its trie has it
        starts = frozenset(w.lower().split()[0][:BEGINNING] for w in (*abbreviations, *words) if w.strip())
        unit_groups.append((name, groups[-1], starts))
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
    linked = (
        rf"(?:{_SPACED}(?:of|de)(?={_SPACED}{spelling_trie(all_words, _SPACED)})"
        rf"|{_SPACED}d['’](?={spelling_trie(all_words, _SPACED)}))?"
        if all_words
        else ""
    )
    # a unit starts with one of these characters after white space or a hyphen: a look-ahead on
    # them refuses at once the words that start no unit ("5 people"), instead of once per unit
    firsts = {s.lower().lstrip("-")[:1] for s in spellings_read if s.strip("-")}
    guard = "".join(re.escape(c) for c in sorted(firsts))
    head = f"(?:(?P<mult>{_SPACED}{spelling_trie(list(multipliers), _SPACED)}){linked})?"
    after = re.compile(f"{head}(?:(?=\\s*-?[{guard}])(?:{'|'.join(groups)}))?", re.IGNORECASE)
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
        frozenset(q.split()[-1] for q in qualifiers), tuple(unit_groups),
        guard, frozenset(m.split()[0][:BEGINNING] for m in multipliers if m.strip()),
    )  # fmt: skip


#: The patterns of minestats' own vocabulary, used by :func:`extract`.
PATTERNS = compile_patterns()
