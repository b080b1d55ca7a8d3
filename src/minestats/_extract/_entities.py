"""What a count counts: the noun after the number, or, when none follows, the words before it.

Looked for in this order: the noun phrase after the number ("96 killed",
"300 anti-personnel mines", "12 out of 21 counties", "5 members of the
police"), with the group a predicate names ("95 of the victims were
soldiers"); the verb before a generic noun ("killed 40 people" counts
people killed); then, with no noun after it, a noun that the words before
the number name: a row label ("Killed: 18"), a noun before a bracket
("victims (2,729)"), or "of the victims, 142". :func:`inherit_entities`
then gives a count still without a noun the noun of the count before it in
the same sentence ("30 victims in 2019, 25 in 2020"), or of an earlier
count of the same value ("7,073 victims ... of this total of 7,073"); a part
after "of whom" the noun of its whole. Look-ups after a number never cross a
blank line (the pattern's gap).

Layouts name what a count counts too: the rows of a fact sheet ("Total: 35")
count what the heading above them names ("Mine/ERW victims in 2009"), and
the cells of a flattened table what their column header names
(:func:`table_entities`; "CHAs" spelled out as the text defines it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from pickle import UnpicklingError
from pickle import load as load_pickle

from .._words import set_of
from ._context import counted_noun_from, is_noun, squeeze
from ._layout import _lines_above
from ._mention import Mention
from ._patterns import ENTITY_WORD, GAP, WORD

__all__ = [
    "AFTER_VERB",
    "GENERIC",
    "demonym",
    "entity_after",
    "entity_before",
    "inherit_entities",
    "parts_of_a_whole",
    "table_entities",
    "with_participle",
]


# "people were killed", "personnes ont été victimes", "Menschen Opfer": generic nouns a participle names
_PARTICIPLE_AFTER = re.compile(
    rf"(?:{GAP}(?:were|was|have been|had been|are|is|ont été|a été|sont|han sido|fueron|foram|são"
    rf"|wurden|sind|были)(?:{GAP}(?:reportedly|also))?)?{GAP}"
    r"(?i:(killed|injured|wounded|maimed|amputated|affected|displaced|victimes|victimas|víctimas|vítimas"
    r"|tués|tuées|blessés|blessées|muertos|heridos|heridas|mortos|feridos|opfer|погибли|ранены))\b"
)
# generic nouns, named better with a verb before the number or a participle after it ("people killed")
GENERIC = set_of("people persons person others individuals personnes personas pessoas menschen человек")
_GENERIC = GENERIC
# "pieces of UXO", "members of the police", "cases of injured": the container is of what follows
_CONTAINERS = set_of("pieces items units pairs kinds types members cases cas miembros membres membros casos")
_PIECES_OF = re.compile(
    # "9,153 cases are of injured people", "casos son de personas heridas": a copula between
    rf"(?:{GAP}(?:are|were|son|eran|fueron|sont|étaient|são|eram|foram))?"
    rf"{GAP}(?:of|de|des|do|da|dos|das|del)(?:{GAP}(?:the|la|las|los|le|les|os|as|el))?{GAP}"
    rf"((?:[A-Z]{{2,6}}|{WORD})(?:{GAP}{WORD})?)"
)
# "of the" right before a number: the number is a whole that a part before it is of
_WHOLE_AFTER_OF = re.compile(
    r"(?<![\w-])(?:of|de|des|dos|das|del|du|der|из)"
    r"(?:[ \t]+(?:the|all|every|las|los|la|le|les|os|as|cada|chaque))?[ \t]+\Z",
    re.IGNORECASE,
)
_COPULAS = set_of("are were son eran fueron sont étaient são eram foram")
# "12 out of 21 counties", "412 de los 980 municipios", "171,000 of the country's landmines"
_OF_THE = re.compile(
    rf"{GAP}(?:out{GAP}of|of|de|des|dos|das|del)"
    rf"(?:{GAP}(?:the|its|their|our|all|these|those|los|las|les|os|as|la|le|el)(?![\w'’]))*"
    rf"(?:{GAP}[^\W\d_]+['’]s)?(?:{GAP}[0-9][0-9.,\u00a0\u202f]*)?(?=[ \t\n])"
)
# "(61) were children", "victims were soldiers", "victimes étaient des enfants"
_WERE = re.compile(
    rf"\)?{GAP}(?:were|are|was|étaient|sont|eran|son|eram|são|waren|sind)"
    rf"(?:{GAP}(?:all|mostly|reportedly|des|de|los|las|os|as))?{GAP}({WORD})"
)
_GROUPS = set_of(
    "children women men boys girls civilians soldiers deminers military adults enfants femmes hommes"
    " civils militaires niños niñas mujeres hombres civiles soldados militares crianças mulheres homens"
    " civis kinder frauen männer zivilisten soldaten дети женщины мужчины"
)
# "killed at least 100 people", "injuring 117 others", "either hurt or maimed 3,210 others"
_VERB_BEFORE = re.compile(
    r"(?<![\w-])(killed|killing|kills|injured|injuring|injures|wounded|wounding|maimed|maiming|amputated)"
    r"(?:[ \t]+(?:at[ \t]+least|more[ \t]+than|over|about|some|nearly|almost|around|approximately|another"
    r"|a[ \t]+further|an[ \t]+estimated))?[ \t]+\Z"
)
_HARMED = {
    verb: participle
    for participle, forms in (
        ("killed", "killed killing kills"),
        ("injured", "injured injuring injures"),
        ("wounded", "wounded wounding"),
        ("maimed", "maimed maiming"),
        ("amputated", "amputated"),
    )
    for verb in forms.split()
}
_HARM_KEY = re.compile("ill|njur|ound|aim|mput")  # one is in each verb of _VERB_BEFORE
# a row label at the start of a line: "Killed: 18"
_LABEL = re.compile(rf"(?:\A|\n)[ \t]*({WORD}):[ \t]*\Z")
# a noun before a bracket, a year between them or none: "victims (2,729)", "víctimas 2020 (176)"
_BRACKET = re.compile(rf"(?=[^\W\d_])(?<![\w'’-])({WORD})(?:[ \t]+(?:1[89]|20)[0-9]{{2}})?[ \t]*\(\Z")
# "Of the casualties in 2017, 96 were", "dos 128 distritos, 114", "Among these deminers, 12"
_OF_BEFORE = re.compile(
    # the first letter first, then what comes before it and the rest of the word: the regex engine
    # skips to those letters ("(?=[OoAaDd])(?<![\w'’-])(?:[Oo]f|[Aa]mong|[Dd]e|...)" tried everywhere)
    rf"[OoAaDd](?<![\w'’-][\s\S])(?:(?<=[Oo])f|(?<=[Aa])mong|(?<=[Dd])(?:e|es|os|as|el))"
    rf"(?:[ \t]+(?:the|these|those|its|their|los|las|les|ces|os|as|ce|cette|estos|estas|esos|esas))?"
    rf"(?:[ \t]+[0-9][0-9.,\u00a0\u202f]*)?[ \t]+({WORD})(?:[ \t]+(?:in|en|em|im)[ \t]+[0-9]{{4}})?,[ \t]*\Z"
)
_ENDING_IN = {":": _LABEL, "(": _BRACKET, ",": _OF_BEFORE}
# "the total number of destroyed mines ... to more than 2.1 million", "le nombre de victimes atteint
# 382", "un nombre très élevé de victimes": the plural noun after "number (of)" earlier in the clause, with
# no other number but a year between
_NUMBER_OF = re.compile(
    r"(?<![\w-])(?:number|nombre|número|numero)(?:[ \t\n]+[^\W\d_][\w-]*){0,2}?[ \t\n]+(?:of|de|d['’]|des|du)"
    r"[ \t\n]*"
    r"(?:(?:the|les|los|las|os|as)[ \t\n]+)?(?:[\w-]+[ \t\n]+){0,3}?([^\W\d_][\w-]*s)\b"
    r"(?:[^0-9.;:!?\n]|(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9]))*\Z",
    re.IGNORECASE,
)
_NOT_NOUNS = set_of(
    "these those this them others estos estas esos esas ellos ellas ceux celles eux elles destes destas"
    " deles delas total totals its their this year years thirds quarters halves tiers quarts tercios"
    " cuartos terços quartos totales totaux gesamt insgesamt summe итого всего"
)
# pronouns for people or things named before: "30 de ellas", "30 delas", "30 d'entre elles" count no
# "ellas", but what the whole before them counts
_PRONOUNS = set_of(
    "these those them estos estas esos esas ellos ellas ceux celles eux elles destes destas deles delas"
    " dessas desses eles elas"
)
_LOOK_BACK = 80  # characters before a number read for a noun before it
AFTER_VERB = -1  # where entity_after says a noun ends when it names it after a verb
# "of whom", "of the 500 victims,": what follows are parts of a whole the sentence named before
_NOT_AFTER_WORD = r"(?<![\w-][\s\S])"  # after a first character: the one before it ends no word
_PART_OF = re.compile(
    # each alternative starts with its first letter, so that the regex engine skips to those letters;
    # the look-behind after it asks what "(?<![\w-])" would before it
    rf"o{_NOT_AFTER_WORD}f[ ](?:whom|which|these|those|them"
    rf"|the[ ][0-9][0-9.,\u00a0\u202f]*[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?,)"
    rf"|O{_NOT_AFTER_WORD}f[ ]the[ ][0-9][0-9.,\u00a0\u202f]*[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?,"
    rf"|a{_NOT_AFTER_WORD}mong[ ](?:them|whom)"
    rf"|d{_NOT_AFTER_WORD}(?:ont|e[ ](?:los[ ]cuales|las[ ]cuales|ellos|ellas)|os[ ]quais|as[ ]quais"
    rf"|eles|elas|avon|arunter)"
    rf"|p{_NOT_AFTER_WORD}armi[ ](?:eux|elles)"
    rf"|и{_NOT_AFTER_WORD}з[ ]них"
)
_PARTICIPLES = set_of(
    "killed injured wounded dead maimed amputated missing tués tuées blessés blessées morts muertos heridos"
    " fallecidos lesionados mortos feridos tote verletzte погибли погибших погибло ранены раненых ранено"
    " пострадали пострадавших"
)


def entity_after(
    text: str, end: int, stop: frozenset[str], language: str, start: int | None = None
) -> tuple[str | None, int]:
    """The noun counted after a number ending at ``end``, and where the words that name it end
    (``AFTER_VERB`` when it follows a verb: "(61) were children").

    ``start``, where the number starts, tells a whole after "of the" ("40 % of the 600 victims were
    children": the 600 are victims, the children a part of them)."""
    words = ENTITY_WORD.match(text, end)
    if words is None and not text.startswith(")", end):
        return None, end  # no word after it: neither "of the X" nor "were X" can follow
    counted = counted_noun_from(words, stop, language)
    by_of = False
    if counted is not None and counted[0].lower() in _PRONOUNS:
        counted = None  # "30 delas": a pronoun, for the noun of the whole named before
    if counted is None:
        of_the = _OF_THE.match(text, end)
        if of_the is not None:
            counted = counted_noun_from(ENTITY_WORD.match(text, of_the.end()), stop, language)
            if counted is not None and counted[0].lower() in _PRONOUNS:
                counted = None  # "30 de ellas", "30 d'entre elles"
            by_of = counted is not None
    if counted is None:
        found = _WERE.match(text, end)
        if (
            found is not None
            and found.group(1).lower() not in stop
            and is_noun(found.group(1).lower(), language)
        ):
            return found.group(1), AFTER_VERB
        return None, end
    entity, quote_end = counted
    if entity.lower() in _GENERIC:
        participle = _PARTICIPLE_AFTER.match(text, quote_end)
        if participle is not None:
            return f"{entity} {participle.group(1)}", participle.end()
    if entity.lower() in _CONTAINERS:
        what = _PIECES_OF.match(text, quote_end)
        if what is not None and what.group(1).split()[0].lower() not in stop:
            named = what.group(1).split()
            if len(named) > 1 and named[1].lower() in stop:
                named = named[:1]
            joined = [w for w in text[quote_end : what.start(1)].split() if w.lower() not in _COPULAS]
            entity = " ".join([entity, *joined, *named])
            quote_end = what.start(1) + len(" ".join(named)) if len(named) == 1 else what.end()
    group = _WERE.match(text, quote_end)
    if (
        group is not None
        and group.group(1).lower() in _GROUPS
        and (start is None or _WHOLE_AFTER_OF.search(text, max(0, start - 12), start) is None)
    ):
        return group.group(1), end if by_of else quote_end
    return entity, end if by_of else quote_end


def with_participle(text: str, entity: str, end: int) -> tuple[str, int]:
    """A generic noun with the participle after it ("one person was injured"), and where that ends."""
    if entity.lower() in _GENERIC:
        participle = _PARTICIPLE_AFTER.match(text, end)
        if participle is not None:
            return f"{entity} {participle.group(1)}", participle.end()
    return entity, end


# -- demonyms: "46,000 Libyans", "3 colombianos" count people of a country --------------------------

# the generic noun for people in each language read: what a demonym counts
_PEOPLE = {
    "en": "people", "fr": "personnes", "es": "personas", "pt": "pessoas", "de": "Menschen", "ru": "человек",
}  # fmt: skip
# how the plural of a demonym ends in each language ("Libyans", "Iraqis", "Croats"; "maliens",
# "congolais", "chinois"; "colombianos", "libios", "nicaragüenses"; "Kolumbianer", "Afghanen";
# "украинцев", "россиян")
_DEMONYM_ENDS = {
    "en": ("ans", "is", "ats", "aks", "eks", "iks"),
    "fr": ("iens", "iennes", "ais", "aises", "ois", "oises", "ains", "aines", "ans", "anes"),
    "es": ("anos", "anas", "ios", "ias", "eños", "eñas", "enses", "eses", "inos", "inas", "ecos", "ecas"),
    "pt": ("anos", "anas", "ios", "ias", "enses", "eses", "inos", "inas", "aos", "ãos"),
    "de": ("er", "en", "innen"),
    "ru": ("цев", "цы", "ян", "ане"),
}
_STEM = 5  # letters of a country's name that its demonym starts with, at most ("Colombia": "colom")
_VOWELS = frozenset("aeiouyаеиоуыэюяй")
_DEMONYMS: dict[tuple[str, str], bool] = {}  # each word's answer, by word and language
_DEMONYMS_KEPT = 20_000


def _plain(word: str) -> str:
    """``word`` lower-cased without accents ("Colômbia": "colombia"; Cyrillic letters kept)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _country_stems(language: str) -> frozenset[str]:
    """The first letters of the one-word names of countries and regions in ``language`` (CLDR, through
    Babel): a final vowel dropped ("Libye": "liby", "Ливия": "ливи"), at most :data:`_STEM` letters,
    the whole name where that leaves fewer than four ("Mali", "Peru")."""
    stems = set()
    for name in _territory_names(language):
        if not name.isalpha():
            continue  # "United States", "États-Unis": no one word to start a demonym
        plain = _plain(name)
        stem = plain[:-1] if plain[-1] in _VOWELS else plain
        if len(stem) < 4:
            stem = plain
        if len(stem) >= 4:
            stems.add(stem[:_STEM])
    return frozenset(stems)


def _territory_names(language: str) -> list[str]:
    """The names of countries and regions in ``language``, from Babel's CLDR data file for it.

    Read from the file, not through ``babel.Locale``: a Locale keeps the
    whole of its locale's data in Babel's cache, thousands of objects that
    the garbage collector would then walk at each full collection (about
    1 % of :func:`extract`'s time on ordinary text); only the names are kept
    here. Babel's Locale is the fallback where the file holds none.
    """
    from babel.localedata import resolve_locale_filename

    try:
        with open(resolve_locale_filename(language), "rb") as data_file:
            names = load_pickle(data_file).get("territories") or {}
    except (OSError, ValueError, UnpicklingError):
        names = {}
    if not names:
        from babel import Locale

        names = Locale.parse(language).territories
    return [str(name) for name in names.values()]


def demonym(word: str, language: str) -> bool:
    """Whether the plural noun ``word`` names people of a country or region ("Libyans", "colombianos",
    "Maliens", "Kolumbianer", "украинцев"): it starts as the country's name does and ends as a
    demonym's plural does in ``language``; in English and German it is capitalised.

    Examples
    --------
    >>> demonym("Libyans", "en"), demonym("colombianos", "es"), demonym("personas", "es")
    (True, True, False)
    """
    key = (word, language)
    known = _DEMONYMS.get(key)
    if known is not None:
        return known
    ends = _DEMONYM_ENDS.get(language)
    found = False
    if ends is not None and len(word) > 4 and word.isalpha():
        plain = _plain(word)
        capital = word[0].isupper() and not word.isupper()
        if (capital or language not in ("en", "de")) and plain.endswith(ends):
            stems = _country_stems(language)
            found = plain[:4] in stems or plain[:5] in stems
    if len(_DEMONYMS) >= _DEMONYMS_KEPT:
        _DEMONYMS.clear()
    _DEMONYMS[key] = found
    return found


def people_of(text: str, word: str, first: int, end: int, language: str) -> tuple[str, int]:
    """The entity of a count of ``word``, a demonym ending at ``end``, of a number starting at ``first``:
    the demonym with the people it counts, as a generic noun would name them ("12 Libyans were killed":
    ``"Libyans (people killed)"``; "killed 4 Afghans": ``"Afghans (people killed)"``), and where the
    words that name it end."""
    people = _PEOPLE.get(language, "people")
    participle = _PARTICIPLE_AFTER.match(text, end)
    if participle is not None:
        return f"{word} ({people} {participle.group(1)})", participle.end()
    verb = _VERB_BEFORE.search(text, max(0, first - _LOOK_BACK), first)
    if verb is not None:
        return f"{word} ({people} {verb.group(1)})", end
    return f"{word} ({people})", end


def entity_before(text: str, first: int, language: str, entity: str | None) -> str | None:
    """What the words before a number starting at ``first`` say it counts, given the noun after it.

    A generic noun after it (``people``, ``others``) takes the verb before
    it; with no noun after it, a row label, a noun before its bracket or
    "of the X," before it names what it counts.
    """
    if entity is not None:
        if entity.lower() in _GENERIC:
            verb = _VERB_BEFORE.search(text, max(0, first - _LOOK_BACK), first)
            if verb is not None:
                return f"{entity} {verb.group(1)}"
        return entity
    # each look-back ends in one character before the number: most numbers have none of them
    before = first - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    pattern = _ENDING_IN.get(text[before]) if before >= 0 else None
    if pattern is None:
        named = _number_of(text, first)
        if named is None:
            # "the mine killed 2 and injured 3": people, as the verb before names them (searched for
            # where the window before holds one of the verbs' letters: few numbers have them)
            low = max(0, first - _LOOK_BACK)
            if _HARM_KEY.search(text, low, first) is not None:
                verb = _VERB_BEFORE.search(text, low, first)
                if verb is not None:
                    return _HARMED[verb.group(1)]
        return named
    if pattern is _LABEL:
        return _row_entity(text, first, language)
    if pattern is _BRACKET:
        # "the number of victims was due to old shells (1,240)": the number's noun first
        named = _number_of(text, first)
        if named is not None:
            return named
    found = pattern.search(text, max(0, first - _LOOK_BACK), first)
    if found is None:
        return None
    word = found.group(1)
    lowered = word.lower()
    if lowered in _NOT_NOUNS:
        return None
    if pattern is not _LABEL and language != "de" and not word[:1].islower():
        return None  # "Afghanistan (1,474)": a name, not what is counted
    if is_noun(word if language == "de" else lowered, language):
        return word
    return None


# a fact sheet's row, "Initially: 3,120", "At end-2009: 2,874": its label, up to the colon before a number
_ROW = re.compile(r"(?:\A|\n)[ \t]*([^\W\d_][^\n:]{0,40}?)[ \t]*:[ \t]*\Z")
# a line that is such a row, or a row of dates ("Deadline: 1 March 2003"): skipped on the way up to a heading
_ROW_LINE = re.compile(r"[^:\n]{1,60}:[ \t]*\S")
_HEADING_LINES = 8  # lines, blank ones included, read up from a row to its heading


def _row_entity(text: str, first: int, language: str) -> str | None:
    """What the count of a fact sheet's row ("Label: N") counts.

    The label when it is a plural noun ("Killed: 18"), unless the heading
    above the rows names it as a kind of its own noun ("Mines: 21" under
    "Mine/ERW victims in 2009" counts victims); the heading's noun when
    the label is none ("Initially: 3,120" under "Stockpile (mines kept)",
    "Total: 29" under "Mine/ERW victims in 2009").
    """
    found = _ROW.search(text, max(0, first - _LOOK_BACK), first)
    if found is None:
        return None
    label = found.group(1)
    lowered = label.lower()
    single = re.fullmatch(WORD, label) is not None
    own = single and lowered not in _NOT_NOUNS and is_noun(label if language == "de" else lowered, language)
    heading = _heading_noun(text, found.start(1), language)
    if heading is None:
        return label if own else None
    noun, modifiers = heading
    if not own or lowered.rstrip("s") in modifiers:
        return noun
    return label


def _heading_noun(text: str, line_start: int, language: str) -> tuple[str, set[str]] | None:
    """The noun of the heading above the rows whose first row starts at ``line_start``, and its
    other words (lower-cased, without a final s): "Mine/ERW victims in 2009" gives
    ``("victims", {"mine", "erw", "in"})``, "Victimes des mines" ``("Victimes", {"de", "mine"})``.

    The heading is the first line up that is not a row ("Label: value"): a
    short line that ends no sentence; none is read past a few lines.
    """
    position = text.rfind("\n", max(0, line_start - _LOOK_BACK), line_start) + 1
    for _ in range(_HEADING_LINES):
        if position <= 0:
            return None
        # no line longer than a heading is read whole: a long one above is no heading
        low = max(0, position - 2 - 2 * _MAX_HEADING)
        newline = text.rfind("\n", low, position - 1)
        if newline < 0 and low > 0:
            return None
        begin = newline + 1
        line = text[begin : position - 1].strip()
        position = begin
        if not line or _ROW_LINE.match(line):
            continue
        if len(line) > _MAX_HEADING or line[-1] in ".;!?,":
            return None
        words: list[str] = re.findall(WORD, line)
        head = words
        for index, word in enumerate(words):
            if word.lower() in _HEADING_BREAKS:  # "Victims of mines in 2020": the noun is before "of"
                head = words[:index]
                break
        # the noun phrase ends with its noun in English and German, starts with it elsewhere
        order = reversed(head) if language in ("en", "de") else iter(head)
        for word in order:
            lowered = word.lower()
            if lowered in _NOT_NOUNS or not is_noun(word if language == "de" else lowered, language):
                continue
            return word, {w.lower().rstrip("s") for w in words if w is not word}
        return None
    return None


_HEADING_BREAKS = set_of(
    "of in by for from at on during de des du del da do dos das en em par pour por para au aux à im von für"
    " в на по за от из"
)


_COMPARATIVES = set_of("fewer less more")  # "one fewer", "one more": the noun of the count compared
# "48 of the Police", "48 de la Fuerza Pública": a body of people named with capitals, after "of the"
_MEMBERS_OF = re.compile(
    # "of" with an article, or a preposition and article in one ("da", "del", "du"): not "3 of Chad"
    rf"{GAP}((?:(?:of|de){GAP}(?:the|la|las|los|le|les|el)|da|do|das|dos|du|des|del)"
    r"[ \t]+[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2})(?![\w-])"
)
_MEMBERS = {"en": "members", "fr": "membres", "es": "miembros", "pt": "membros", "de": "Mitglieder"}
# "(2005: 10)": the count of a row in another year
_YEAR_BEFORE = re.compile(r"\([ \t]*(?:1[89]|20)[0-9]{2}[ \t]*:[ \t]*\Z")
_MAX_HEADING = 80  # characters of a heading line


def inherit_entities(
    text: str, mentions: list[Mention], minimum_repeat: int = 100, language: str = "en"
) -> list[Mention]:
    """Counts with no noun take the noun of the count before them in the sentence, or of an earlier
    count of the same value (at least ``minimum_repeat``, so that small numbers, which repeat by
    chance, do not). After "of whom", "of the 500 victims," (:func:`parts_of_a_whole`), a part
    takes the noun of the whole before those words, not that of a part before it; a row's count
    in another year ("Killed: 12 (12 civilians) (2008: 7)") takes the row's; "one fewer" takes
    the noun of the count before it; after a group of people, "48 of the Police" counts members
    of the body it names (in ``language``)."""
    by_value: dict[object, str] = {}
    last_sentence = -1
    last_entity: str | None = None
    for index, mention in enumerate(mentions):
        if mention.kind != "quantity":
            continue
        if mention.sentence != last_sentence:
            last_sentence, last_entity = mention.sentence, None
        if mention.unit != "count":
            continue
        if mention.entity is not None and mention.entity.lower() in _COMPARATIVES and last_entity:
            # "58 clinics (one fewer than in 2014)": one of what the count before counts
            mention = mentions[index] = mention._replace(entity=last_entity)
        if mention.entity is None and last_entity is not None and last_entity.lower() in _GROUPS:
            body = _MEMBERS_OF.match(text, mention.end)
            if body is not None:
                # "75 were civilians and 48 of the Police": members of a body of people
                members = _MEMBERS.get(language, "members")
                mention = mentions[index] = mention._replace(entity=f"{members} {squeeze(body.group(1))}")
        if mention.entity is not None:
            last_entity = mention.entity
            if mention.value is not None and mention.value >= minimum_repeat:
                by_value.setdefault(mention.value, mention.entity)
            continue
        entity = last_entity
        if entity is not None and _YEAR_BEFORE.search(text, max(0, mention.start - 12), mention.start):
            row = _row_noun(text, mentions, index)
            if row is not None:
                # "Killed: 12 (12 civilians) (2008: 7)": the row's count in another year
                mentions[index] = mention._replace(entity=row)
                continue
        if entity is not None:
            part = _PART_OF.search(text, max(0, mention.start - 120), mention.start)
            if part is not None:
                # "the 171 routes (163 ... and 16 ...), of which 11": the whole's noun, not a sibling's
                entity = _whole_before(text, mentions, index, part)
                if entity is not None:
                    mentions[index] = mention._replace(entity=entity)
                continue
        if entity is None and mention.value is not None and mention.value >= minimum_repeat:
            entity = by_value.get(mention.value)
        if entity is not None:
            mentions[index] = mention._replace(entity=entity)
            last_entity = entity
    return mentions


def _row_noun(text: str, mentions: list[Mention], index: int) -> str | None:
    """The noun of the first count with one on the line of ``mentions[index]``, a short line (a row)."""
    start = mentions[index].start
    line = text.rfind("\n", max(0, start - _LOOK_BACK), start)
    if line < 0 and start > _LOOK_BACK:
        return None  # a long line: no row
    noun = None
    for back in range(index - 1, -1, -1):
        before = mentions[back]
        if before.start <= line:
            break
        if before.kind == "quantity" and before.unit == "count" and before.entity is not None:
            noun = before.entity
    return noun


def _whole_before(text: str, mentions: list[Mention], index: int, marker: re.Match[str]) -> str | None:
    """The noun of the whole that ``marker`` ("of whom", "Of the 90 casualties,") makes
    ``mentions[index]`` a part of: the count in the marker, or the count whose clause the marker
    follows after a comma ("the 171 routes (163 ... and 16 ...), of which"), leaving out counts in
    a bracket closed before it. ``None`` for a marker after no comma ("most of them"): the whole is
    then less certain."""
    sentence = mentions[index].sentence
    comma = _after_comma(text, marker)
    for back in range(index - 1, -1, -1):
        whole = mentions[back]
        if (
            whole.sentence != sentence
            or (whole.end <= marker.start() and not comma)
            or whole.end < marker.start() - _WHOLE_BEFORE
        ):
            return None
        if whole.kind != "quantity" or whole.unit != "count" or whole.entity is None:
            continue
        if whole.end > marker.end():
            continue
        between = text[whole.end : marker.start()]
        if between.count(")") > between.count("("):
            continue
        return whole.entity
    return None


_WHOLE_BEFORE = 200  # characters between a whole and the words that make a part of it, at most


def _after_comma(text: str, marker: re.Match[str]) -> bool:
    """Whether a comma is the last character before ``marker`` but white space."""
    return text[max(0, marker.start() - 4) : marker.start()].rstrip().endswith(",")


def parts_of_a_whole(text: str, mentions: list[Mention], after_verb: set[int]) -> list[Mention]:
    """In "the 500 victims, of whom 320 were killed" and "of the 5,210 victims, 4,001 were men", the
    parts count what the whole counts: a participle (or a noun after "were") after such words, in a
    sentence that named a noun before, is no entity (:func:`inherit_entities` then gives the whole's)."""
    named: set[int] = set()
    for index, mention in enumerate(mentions):
        entity = mention.entity
        if entity is None:
            continue
        if entity.lower() in _PARTICIPLES or mention.start in after_verb:
            if mention.sentence in named and _PART_OF.search(
                text, max(0, mention.start - 120), mention.start
            ):
                mentions[index] = mention._replace(entity=None)
        else:
            named.add(mention.sentence)
    return mentions


_NUMBER_KEY = re.compile("umber|ombre|úmero|UMBER|toll")  # one is in each spelling _NUMBER_OF, _TOLL read
# "put the death toll at 500,000": a toll counts deaths (or casualties), earlier in the clause
_TOLL = re.compile(r"(?<![\w-])(death|casualty)[ \t\n]+toll\b[^0-9.;:!?\n]*\Z", re.IGNORECASE)
_TOLLS = {"death": "deaths", "casualty": "casualties"}


def _number_of(text: str, first: int) -> str | None:
    """The noun of "the number of X" (or what "the death toll" counts) earlier in the clause before
    ``first``, if any."""
    low = max(0, first - 160)
    if _NUMBER_KEY.search(text, low, first) is None:
        return None
    window = text[low:first]
    found = _NUMBER_OF.search(window)
    if found is None:
        toll = _TOLL.search(window)
        return None if toll is None else _TOLLS[toll.group(1).lower()]
    return None if found.group(1).lower() in _NOT_NOUNS else found.group(1)


# a column header that is an acronym in the plural, "CHAs", "SHAs": spelled out where the text defines it
_ACRONYM = re.compile(r"([A-Z]{2,6})s")
_MAX_HEADER_WORDS = 4  # words of a column header that names what its cells count


def table_entities(text: str, tables: Sequence[list[list[int]]], language: str) -> dict[int, str]:
    """What the bare number cells of flattened tables count, by their column headers.

    A cell ``n`` into a row of ``k`` cells is under the ``k - n``-th header
    line from the last (as :func:`~._layout.table_units` aligns units); a
    header of a few words whose last word is a plural noun ("Minefields",
    "Cleared items") names what the cells under it count, and an acronym in
    the plural ("CHAs") is spelled out where the text defines it
    ("199 confirmed hazardous areas (CHAs)"). Returns the start of each such
    cell and its noun.
    """
    out: dict[int, str] = {}
    spelled: dict[str, str | None] = {}  # each acronym spelled out once, however many tables it heads
    for rows in tables:
        lines = _lines_above(text, rows[0][0])[:-1]  # the first row's label is the last line above
        nouns = [_header_noun(text, line, language, spelled) for line in lines]
        if not any(nouns):
            continue
        for row in rows:
            if len(row) > len(nouns):
                continue
            for position, start in enumerate(row):
                noun = nouns[len(nouns) - len(row) + position]
                if noun is not None:
                    out[start] = noun
    return out


def _header_noun(text: str, header: str, language: str, spelled: dict[str, str | None]) -> str | None:
    """The noun a column header names, spelled out when it is an acronym the text defines."""
    if "(" in header:
        return None  # "Area (m2)": a unit, not what is counted
    words: list[str] = re.findall(WORD, header)
    if not words or len(words) > _MAX_HEADER_WORDS:
        return None
    last = words[-1]
    acronym = _ACRONYM.fullmatch(last)
    if acronym is not None:
        if last not in spelled:
            spelled[last] = _spelled_out(text, last, acronym.group(1))
        return spelled[last] or last
    lowered = last.lower()
    if lowered in _NOT_NOUNS or not is_noun(last if language == "de" else lowered, language):
        return None
    return last


def _spelled_out(text: str, plural: str, letters: str) -> str | None:
    """The words before the first "(CHAs)" or "(CHA)" in ``text`` whose initials spell ``letters``."""
    size = len(letters)
    pattern = rf"((?:[^\W\d_][\w-]*[ \t]+){{{size - 1}}}[^\W\d_][\w-]*)[ \t]*\((?:{plural}|{letters})\)"
    for found in re.finditer(pattern, text):
        words = found.group(1).split()
        initials = "".join(w[0] for w in words).upper()
        if initials == letters:
            return found.group(1)
    return None
