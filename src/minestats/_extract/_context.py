"""The words around a number: the qualifier before it, and the noun it counts after it."""

from __future__ import annotations

import re
from bisect import bisect_left

from .._words import set_of
from ._patterns import ENTITY_WORD, ENTITY_WORDS, WORD, TextPatterns

__all__ = [
    "before_words",
    "counted_noun",
    "counted_noun_from",
    "entity_after_year",
    "estimate_before",
    "estimate_keys",
    "is_noun",
    "last_word",
    "qualifier_before",
    "squeeze",
    "title_case",
]


_PLURALS = set_of(
    "children women men people persons personnel staff police civilians deminers survivors ordnance uxo erw"
    " cas killed injured wounded dead maimed amputated missing"
    " tués tuées blessés blessées morts muertos heridos fallecidos lesionados mortos feridos tote verletzte"
    " погибли погибших погибло ранены раненых ранено пострадали пострадавших человек"
)


_JOINED = set_of("and or")
_STAFF_AFTER = re.compile(r"[ \t]+(personnel|staff)\b")
_COMPOUND = set_of(
    "explosive anti-personnel anti-tank antipersonnel antitank mine landmine cluster unexploded"
    " improvised civilian military post-conflict"
)


_NOT_ABOUT = set_of(
    "data information details talk talked talking told tell know knew learn learned concerned worried"
    " news question questions story stories report reports asked think thought"
)


_PREPOSITION_AFTER = {
    "about": _NOT_ABOUT,
    "over": set_of(
        "handed hand hands took take takes taken spread spreads extended extends divided split distributed"
        " ran run runs held hold holds passed turned turn"
    ),
    "around": set_of("are is was were spread spreads"),
}


_ELIDED = re.compile(r"\A(?:d|l|qu)['’](?=\w)")  # "d'environ un tiers": the qualifier after the elision


def before_words(text: str, start: int, depth: int) -> list[str]:
    """The last word before ``start``, the last two, ... up to ``depth`` words, lower-cased.

    An elided "d'" before it ("près d'un tiers") is the word "de".
    """
    if not start or not text[start - 1].isspace():
        if start >= 3 and text[start - 1] in "'’" and text[start - 2] in "dD" and text[start - 3].isspace():
            return ["de", *(f"{phrase} de" for phrase in before_words(text, start - 2, depth - 1))]
        return []
    reach = 16 * depth if depth > 2 else 32  # (conditions, not max(): this runs once per number)
    words = text[start - reach if start > reach else 0 : start].rsplit(None, depth)
    phrases = []
    phrase = ""
    for word in reversed(words[-depth:]):
        word = word.lower().lstrip("-–—(“\"«'‘[")
        if "'" in word or "’" in word:
            word = _ELIDED.sub("", word, count=1)
        phrase = f"{word} {phrase}" if phrase else word
        phrases.append(phrase)
    return phrases


def last_word(text: str, start: int) -> str:
    """The word just before ``start`` (after white space), lower-cased, as ``before_words`` gives it."""
    if not start or not text[start - 1].isspace():
        return ""
    words = text[start - 32 if start > 32 else 0 : start].rsplit(None, 1)
    if not words:
        return ""
    word = words[-1].lower().lstrip("-–—(“\"«'‘[")
    return _ELIDED.sub("", word, count=1) if "'" in word or "’" in word else word


def qualifier_before(
    text: str, start: int, phrases: list[str], patterns: TextPatterns
) -> tuple[str, int] | None:
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


# an estimate said by the words before a number, not by a qualifier right before it: "the paper
# estimated that 300,000 tons", "groups put the toll at 500,000", "the estimated size of the areas (450
# km2)"; in the languages read (in the clause before the number)
_ESTIMATE_BEFORE = re.compile(
    r"(?:\b(?:estimated|estimates|estimate|estime|estimait|estimé|estima|estimó|estimou|schätzt|schätzte)"
    r",?[ \t\n]+(?:that|que|dass)[ \t\n]+(?:(?:the|some|le|la|les|el|los|las|o|os|a|as)[ \t\n]+)?"
    r"|\b(?:put|puts|putting)[ \t\n]+(?:[\w’'-]+[ \t\n]+){1,6}?at[ \t\n]+"
    r"|\b(?:the|an|its|their)[ \t\n]+estimated[ \t\n]+(?:[\w’'-]+[ \t\n]+){1,5}?\()\Z",
    re.IGNORECASE,
)
# a heading line that says the figure under it is an estimate ("Estimated area of contamination")
_ESTIMATE_HEADING = re.compile(
    r"(?:\A|\n)[^\n\d.]{0,60}\b(?:estimated|estimate|estimation|estimación|estimativa|geschätzt|оценка)\b"
    r"[^\n\d.]{0,60}\n[ \t]*(?:\n[ \t]*)?\Z",
    re.IGNORECASE,
)


# one of these is in the words of every pattern above: one search for them in the window before a
# number (a literal alternation, which the regex engine skips through) tells most numbers have none
_ESTIMATE_KEYS = ("stim", "STIM", "put", "Put", "PUT", "chätz", "CHÄTZ", "ценк", "ЦЕНК")
_ESTIMATE_KEY = re.compile("|".join(_ESTIMATE_KEYS))


def estimate_keys(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the words of :data:`_ESTIMATE_KEY` in ``text``, for :func:`estimate_before`.

    Its alternatives cannot overlap (no end of one begins another), so
    these are all the places it is found, searched once for the whole text.
    """
    found: list[tuple[int, int]] = []
    for key in _ESTIMATE_KEYS:  # str.find runs in C, where the pattern would be tried at every character
        at = text.find(key)
        while at >= 0:
            found.append((at, at + len(key)))
            at = text.find(key, at + 1)
    found.sort()
    return [start for start, _ in found], [end for _, end in found]


def estimate_before(text: str, start: int, keys: tuple[list[int], list[int]] | None = None) -> int | None:
    """Where the words that make the number at ``start`` an estimate begin, if any.

    ``start`` itself when the estimate is said by a heading on the line above.
    ``keys``, :func:`estimate_keys` of ``text``, spares a search of the
    window before each number.

    Examples
    --------
    >>> text = "The survey estimated that 4,000 mines remain."
    >>> text[estimate_before(text, text.index("4,000")) :][:9]
    'estimated'
    >>> estimate_before("The survey found 4,000 mines.", 17) is None
    True
    """
    low = start - 100 if start > 100 else 0
    if keys is not None:
        # the first key that starts in the window is inside it when it ends before the number
        index = bisect_left(keys[0], low)
        if index == len(keys[0]) or keys[1][index] > start:
            return None
    elif _ESTIMATE_KEY.search(text, low, start) is None:
        return None  # the words of every pattern below hold one of these
    window = text[low:start]
    line = window.rsplit("\n", 1)[-1]
    if not line.strip():
        return start if _ESTIMATE_HEADING.search(window) is not None else None
    clause = re.split(r"[.;:!?\n]", window)[-1]
    found = _ESTIMATE_BEFORE.search(clause)
    return None if found is None else start - len(clause) + found.start()


def counted_noun(match: re.Match[str] | None, stop: frozenset[str], language: str) -> tuple[str, int] | None:
    """The counted noun among up to three words that follow a number, and where it ends."""
    if match is None:
        return None
    seen: list[str] = []
    for group in range(1, match.re.groups + 1):
        raw = match[group]
        if raw is None:
            break
        word = raw.lower().rstrip("'’")
        if word in _JOINED and seen:
            seen.append(raw)  # "operative and urgent operations": adjectives joined
            continue
        if word in stop:
            break
        if is_noun(raw if language == "de" else word, language):
            noun = raw.rstrip("'’")
            end = match.start(group) + len(noun)
            staff = _STAFF_AFTER.match(match.string, end)
            if staff is not None:
                return staff.group(1), staff.end()  # "human resources personnel"
            noun, end = _head_after(match.string, noun, end, stop, language)
            if seen and seen[-1].lower() in _COMPOUND:
                return f"{seen[-1]} {noun}", end
            return noun, end
        seen.append(raw)
    return None


# what a word after a number is to counted_noun_from, by its spelling (kept for each stop list and
# language, up to _KINDS_KEPT spellings): a word that joins adjectives, a stop word, a noun, or another
_JOINING, _STOP, _NOUN, _OTHER = "joining", "stop", "noun", "other"
_WORD_KINDS: dict[tuple[frozenset[str], str], dict[str, str]] = {}
_KINDS_KEPT = 20_000


def _word_kind(raw: str, stop: frozenset[str], language: str, joining: bool = True) -> str:
    """What ``raw`` is to :func:`counted_noun_from`: ``_JOINING`` ("and", "or": it joins adjectives
    after another word; else read as ``joining=False`` reads it), ``_STOP``, ``_NOUN`` or ``_OTHER``."""
    word = raw.lower().rstrip("'’")
    if joining and word in _JOINED:
        return _JOINING
    if word in stop and not (raw.isupper() and len(raw) > 1):  # "AT mines": anti-tank, not "at"
        return _STOP
    if is_noun(raw if language == "de" else word, language):
        return _NOUN
    return _OTHER


def counted_noun_from(
    first: re.Match[str] | None, stop: frozenset[str], language: str
) -> tuple[str, int] | None:
    """What :func:`counted_noun` finds in ``ENTITY``'s match, read a word at a time from its first.

    ``first`` is the match of ``ENTITY_WORD`` after the number: each next
    word is matched only when the words before it named no noun, where
    ``ENTITY`` reads its four words before any is looked at.
    """
    seen: list[str] = []
    match = first
    kinds = _WORD_KINDS.get((stop, language))
    if kinds is None or len(kinds) >= _KINDS_KEPT:
        kinds = _WORD_KINDS[stop, language] = {}
    for _ in range(ENTITY_WORDS):
        if match is None:
            break
        raw = match[1]
        kind = kinds.get(raw)
        if kind is None:
            kind = kinds[raw] = _word_kind(raw, stop, language)
        if kind is _JOINING:
            if seen:
                seen.append(raw)  # "operative and urgent operations": adjectives joined
                match = ENTITY_WORD.match(match.string, match.end())
                continue
            kind = _word_kind(raw, stop, language, joining=False)
        if kind is _STOP:
            break
        if kind is _NOUN:
            noun = raw.rstrip("'’")
            end = match.start(1) + len(noun)
            staff = _STAFF_AFTER.match(match.string, end)
            if staff is not None:
                return staff.group(1), staff.end()  # "human resources personnel"
            if language == "ru" or noun.lower() in _MODIFIERS:  # else _head_after gives the noun as it is
                noun, end = _head_after(match.string, noun, end, stop, language)
            if seen and seen[-1].lower() in _COMPOUND:
                joint = "/" if match.string[match.start() : match.start() + 1] == "/" else " "
                return f"{seen[-1]}{joint}{noun}", end
            return noun, end
        seen.append(raw)
        text, after = match.string, match.end()
        match = ENTITY_WORD.match(text, after)
        if match is None and text[after : after + 1] == "/":
            match = _SLASHED.match(text, after)  # "45 mine/ERW casualties"
    return None


_SLASHED = re.compile(rf"/({WORD})")


# nouns used as modifiers of a noun after them: "ordnance risk education sessions", "UXO clearance teams"
_MODIFIERS = set_of("ordnance uxo erw")
_MODIFIER_WORDS = 3  # words read after such a modifier for the noun it modifies
_GENERIC_AFTER = set_of("items pieces units")  # "UXO items": the modifier is the better name
_RU_ADJECTIVE = ("ых", "их")  # "взрывоопасных предметов": the adjective (genitive plural) before its noun


def _head_after(text: str, noun: str, end: int, stop: frozenset[str], language: str) -> tuple[str, int]:
    """The noun phrase that ``noun`` (ending at ``end``) begins, when it only modifies a noun after it.

    A Russian adjective takes the noun after it ("опасных объектов"), and so
    does an adverb before one ("социально значимых объектов"); a mass
    noun used as a modifier ("explosive ordnance risk education sessions")
    takes the plural noun a few words after it, unless that is a generic
    "items". Otherwise ``noun`` and ``end`` as given.
    """
    lowered = noun.lower()
    if language == "ru":
        if lowered.endswith("о"):  # an adverb before an adjective: "социально значимых объектов"
            after = ENTITY_WORD.match(text, end)
            if after is not None and after.group(1).lower().endswith(_RU_ADJECTIVE):
                phrase, phrase_end = _head_after(text, after.group(1), after.end(1), stop, language)
                if phrase_end != after.end(1):
                    return f"{noun} {phrase}", phrase_end
            return noun, end
        if not lowered.endswith(_RU_ADJECTIVE):
            return noun, end
        after = ENTITY_WORD.match(text, end)
        if after is None:
            return noun, end
        word = after.group(1).lower()
        if word in stop or not is_noun(word, language) or word.endswith(_RU_ADJECTIVE):
            return noun, end
        return f"{noun} {after.group(1)}", after.end(1)
    if lowered not in _MODIFIERS:
        return noun, end
    position = end
    for _ in range(_MODIFIER_WORDS):
        after = ENTITY_WORD.match(text, position)
        if after is None:
            break
        raw = after.group(1)
        word = raw.lower()
        if word in stop or not raw.isalpha() or not raw.islower():
            break
        position = after.end(1)
        if is_noun(word, language) and word not in _PLURALS:
            if word in _GENERIC_AFTER:
                break
            return squeeze(text[end - len(noun) : position]), position
    return noun, end


def is_noun(word: str, language: str) -> bool:
    """Whether a word after a number can be the plural noun counted."""
    if word in _PLURALS:
        return True
    if language == "ru":
        # "120 получили ранения": a verb in the past plural ("-или", "-али", "-ыли") is no noun
        return len(word) >= 3 and "а" <= word[0] <= "я" and not word.endswith(_RU_PAST)
    if language == "de":
        return len(word) > 3 and word[:1].isupper()
    if language == "en" and (word.endswith(_NOT_PLURAL_EN) or word in _VERBS_EN):
        # "hazardous", "status", "analysis": an adjective, or a noun in the singular; "the toll of 1,200
        # includes ...": a verb
        return False
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


_NOT_PLURAL_EN = ("us", "sis", "'s", "’s")  # ... and a possessive: "last year's"
# verbs in the third person that follow a number as its sentence's verb, never as what it counts
_VERBS_EN = set_of(
    "includes represents exceeds comprises contains involves reaches brings affects equals becomes seems"
    " appears"
)
_RU_PAST = ("или", "али", "ыли", "яли")


def title_case(words: str) -> bool:
    """ "Five-Year": every part capitalised, as in a title."""
    parts = re.split(r"[\s-]+", words)
    return len(parts) > 1 and all(p[:1].isupper() for p in parts)


_NUMBER_NEXT = re.compile(r"[ \t]+[0-9]")


def entity_after_year(text: str, end: int, stop: frozenset[str], language: str) -> tuple[str, int] | None:
    """The entity after a year-like number, unless it is a heading word ("2019 Casualties") or a verb
    whose object is a number ("the blast of 2019 wounded 40 people": the year 2019)."""
    match = ENTITY_WORD.match(text, end)
    if match is None or not match.group(1)[0].islower():
        return None
    found = counted_noun_from(match, stop, language)
    if found is not None and _NUMBER_NEXT.match(text, match.end()):
        return None
    return found


def squeeze(words: str) -> str:
    """The words with every run of white space made one space."""
    if "\n" in words or "  " in words or "\t" in words or "\r" in words or "\f" in words:
        return " ".join(words.split())
    return words
