"""Numbers written in words: cardinals, fractions and multiples, and scale words after digits."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from .._words import ARTICLES, GLUE, WHOLE_FRACTIONS, set_of, word_value
from ._context import before_words, counted_noun, qualifier_before, squeeze
from ._mention import Mention
from ._patterns import GAP, LETTER, WORD
from ._scan import Scan

__all__ = ["compound", "digit_fraction", "word_mention"]


_NOUNS = re.compile(
    rf"{GAP}(?:of{GAP}(?:the{GAP}|our{GAP}|its{GAP}|their{GAP})?)?({WORD})"
    rf"(?:{GAP}({WORD}))?(?:{GAP}({WORD}))?"
)


_PLAIN_MULTIPLES = set_of("double twice triple treble thrice doble dobro triplo doppelt")


_MULTIPLE_OF = re.compile(rf"{GAP}(?:the|that|as|its|their|what|since|le|la|les|el|que|de|do|da)\b")


_COMPOUND_TAIL = re.compile(r"[ \t]+([0-9]{1,3})(?![0-9.,])(?:[ \t]+([^\W\d_]+))?")


def compound(scan: Scan, mention: Mention, after: re.Match[str]) -> Mention:
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
    quote = squeeze(head + (rest.quote if rest is not None else text[mention.start : end]))
    return mention._replace(
        end=end, text=text[mention.start : end], value=value, unit=unit, entity=entity, quote=quote
    )


def word_mention(scan: Scan, match: re.Match[str], next_word: re.Pattern[str]) -> Mention | None:
    text, patterns = scan.text, scan.patterns
    word = match["word"]
    if word is None:
        start, end = match.span("vague")
        found = counted_noun(_NOUNS.match(text, end), patterns.stop, scan.language)
        if found is None:
            return None
        mention = scan.quantity(start, end, None, None)
        if mention is None:
            return None
        entity, quote_end = found
        return mention._replace(end=end, text=text[start:end], entity=entity, unit="count",
                                quote=squeeze(text[start:quote_end]))  # fmt: skip
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
        before = before_words(text, start, patterns.depth)
        if (
            last in _PLAIN_MULTIPLES
            and not _MULTIPLE_OF.match(text, end)
            and qualifier_before(text, start, before, patterns) is None
        ):
            return None  # "a double tragedy", "triple-checked": no multiple of anything
        times = scan.quantity(start, end, Decimal(scan.multiples[last]), before)
        return None if times is None else times._replace(unit="times", entity=None, words=text[start:end])
    if len(run) == 1 and last in scan.ordinals and last not in scan.cardinals and last not in scan.fractions:
        return scan.plain(start, end, "ordinal", Decimal(scan.ordinals[last]))
    phrases: list[str] | None = None  # the words before it: read here for a fraction, else where asked
    if last in scan.fractions:
        phrases = before_words(text, start, patterns.depth)
        previous = phrases[0] if phrases else ""
        if len(run) > 1 or previous in _NUMERATORS or last in WHOLE_FRACTIONS:
            numerator = Decimal(1)
            if len(run) > 1:
                counted = word_value(run[:-1], scan.cardinals)
                if counted is None:
                    return None
                numerator = counted[0]
            if len(run) == 1 and last in WHOLE_FRACTIONS and previous in _NOT_A_HALF:
                return None
            first = start
            if len(run) == 1 and last in WHOLE_FRACTIONS and previous in _HALF_ARTICLES:
                # "más de la mitad", "plus de la moitié", "mehr als die Hälfte", "mais da metade": the
                # words before the article ("da" is "de a")
                article = start - len(previous) - 1
                phrases = before_words(text, article, patterns.depth)
                if previous == "da":
                    phrases = ["de", *(f"{phrase} de" for phrase in phrases[: patterns.depth - 1])]
            if len(run) == 1 and previous in _NUMERATORS and previous not in patterns.qualifiers:
                first = start - len(previous) - 1
                # the words before the numerator ("about a third"; "près d’un quart", whose "d’" is "de")
                phrases = before_words(text, first, patterns.depth)
            fraction = scan.fractions[last] * int(numerator)
            scaled = _A_SCALE.match(text, end)
            exact = _exact(fraction) if scaled is not None else None
            if scaled is not None and exact is not None:
                # "half a million mines": the fraction of the scale, a whole number
                value = Decimal(int(exact.scaleb(patterns.multipliers.get(scaled.group(1).lower(), 0))))
                return scan.quantity(first, scaled.end(), value, phrases, words=text[first : scaled.end()])
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
    if last not in scan.cardinals:  # a fraction or the like after cardinals (only the last word can be)
        run = run[:-1]
        if not run:
            return None
    counted = word_value(run, scan.cardinals)
    if counted is None:
        return None
    value = counted[0]
    if value >= 100 and value % 100 == 0:
        # "Trezentos e 16", "three hundred and 12", "three thousand 450": the words, then the rest in
        # digits (below 100 after hundreds, below 1,000 after thousands)
        tail = (_THOUSANDS_TAIL if value % 1000 == 0 else _DIGIT_TAIL).match(text, end)
        if tail is not None and tail.group(1) in GLUE.get(scan.language, GLUE["en"]) | {None}:
            end = tail.end()
            mixed = scan.quantity(start, end, value + int(tail.group(2)), phrases)  # digits: a number
            return None if mixed is None else mixed._replace(words=text[start:end])
    if run[0] in _SCALES:
        # "more than a dozen", "a hundred mines": the article is the number's "one"
        last_letter = start - 1
        while last_letter >= 0 and text[last_letter] in " \t":
            last_letter -= 1
        first = last_letter + 1
        while first > 0 and text[first - 1].isalpha() and last_letter - first < 2:
            first -= 1
        if (
            last_letter - first < 2
            and text[first : last_letter + 1].lower() in ("a", "an")
            and (first == 0 or not text[first - 1].isalnum())
        ):
            start, phrases = first, None
    words = text[start:end]
    article = len(run) == 1 and run[0] in ARTICLES
    return scan.quantity(start, end, value, phrases, words=words, article=article)


_DIGIT_TAIL = re.compile(r"[ \t]+(?:(\w+)[ \t]+)?([1-9][0-9]?)(?![0-9.,'’/:])")


_THOUSANDS_TAIL = re.compile(r"[ \t]+(?:(\w+)[ \t]+)?([1-9][0-9]{0,2})(?![0-9.,'’/:])")


_NUMERATORS = set_of("a an one un une uno una um uma ein eine один одна")
_A_SCALE = re.compile(r"[ \t]+an?[ \t]+(million|billion|thousand)\b", re.IGNORECASE)  # "half a million"
_HALF_ARTICLES = set_of("la die da")  # the article of "la mitad", "die Hälfte", "da metade"
_SCALES = set_of("dozen hundred thousand million billion")  # words that "a" can be the "one" of


_NOT_A_HALF = set_of("first second third last latter other the this that same")


_HALF_OF = re.compile(rf"{GAP}(?:a|an|un|une|un|medio){GAP}({LETTER}+)")


# "1/2 of the land", "nearly 2/3 des victimes": a fraction in digits, of a whole named after it
_DIGIT_FRACTION = re.compile(
    r"([1-9])/([2-9]|10)(?![0-9/])(?=[ \t]+(?:of|de|des|du|del|da|do|dos|das|der|von)\b)"
)


def digit_fraction(scan: Scan, start: int) -> Mention | None:
    """The fraction written in digits at ``start`` ("1/2 of the land"), read as "half" is, or None."""
    text = scan.text
    found = _DIGIT_FRACTION.match(text, start)
    if found is None or (start and (text[start - 1].isalnum() or text[start - 1] in "/.,")):
        return None
    fraction = Fraction(int(found.group(1)), int(found.group(2)))
    if fraction >= 1:
        return None
    phrases = before_words(text, start, scan.patterns.depth)
    mention = scan.quantity(start, found.end(), _exact(fraction), phrases, fraction=fraction)
    return None if mention is None else mention._replace(unit="fraction", entity=None)


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
        end=end, text=text[start:end], unit=unit, words=words, quote=squeeze(text[start:end])
    )
