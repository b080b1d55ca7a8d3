"""Numbers written in words, in the languages minestats reads: cardinals, fractions, ordinals.

The one table of number words: the extractor reads running text with it, and
a data file's share in words ("two thirds", "un tiers") is read with it by
:mod:`minestats._verbal`.

Each language has a table of words with their values; :func:`word_pattern`
compiles a language's words into one regular expression shaped as a trie
(one branch per first letter), so that finding them costs little more than
finding digits. :func:`word_value` adds up a run of words ("one thousand
nine hundred and thirty six", "vingt-deux", "двадцать два").
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

__all__ = [
    "ARTICLES",
    "FRACTIONS",
    "GLUE",
    "MULTIPLES",
    "NUMBER_WORDS",
    "ORDINALS",
    "WHOLE_FRACTIONS",
    "set_of",
    "trie_pattern",
    "word_value",
]


def set_of(words: str) -> frozenset[str]:
    """The words of a string, split on white space."""
    return frozenset(words.split())


def _table(text: str) -> dict[str, int]:
    """``"one 1 two 2"`` as a dict; ``a|b 3`` gives both spellings."""
    items = text.split()
    out: dict[str, int] = {}
    for words, value in zip(items[::2], items[1::2], strict=True):
        for word in words.split("|"):
            out[word] = int(value)
    return out


#: Cardinal number words by language (lower case) and their values; 100 and above multiply.
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": _table("""one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12
        thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20
        thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100 thousand 1000
        dozen 12"""),
    "fr": _table("""un|une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11
        douze 12 treize 13 quatorze 14 quinze 15 seize 16 vingt|vingts 20 trente 30 quarante 40
        cinquante 50 soixante 60 quatre-vingt|quatre-vingts 80 cent|cents 100 mille 1000
        douzaine 12 dizaine 10 centaine 100"""),
    "es": _table("""un|uno|una 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11
        doce 12 trece 13 catorce 14 quince 15 dieciséis 16 diecisiete 17 dieciocho 18 diecinueve 19
        veinte 20 veintiuno|veintiún|veintiuna 21 veintidós 22 veintitrés 23 veinticuatro 24 veinticinco 25
        veintiséis 26 veintisiete 27 veintiocho 28 veintinueve 29 treinta 30 cuarenta 40 cincuenta 50
        sesenta 60 setenta 70 ochenta 80 noventa 90 cien|ciento 100 doscientos|doscientas 200
        trescientos|trescientas 300 cuatrocientos|cuatrocientas 400 quinientos|quinientas 500
        seiscientos|seiscientas 600 setecientos|setecientas 700 ochocientos|ochocientas 800
        novecientos|novecientas 900 mil 1000 docena 12 decena 10 centenar 100"""),
    "pt": _table("""um|uma 1 dois|duas 2 três 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 dez 10 onze 11
        doze 12 treze 13 catorze|quatorze 14 quinze 15 dezasseis|dezesseis 16 dezassete|dezessete 17
        dezoito 18 dezanove|dezenove 19 vinte 20 trinta 30 quarenta 40 cinquenta 50 sessenta 60
        setenta 70 oitenta 80 noventa 90 cem|cento 100 duzentos|duzentas 200 trezentos|trezentas 300
        quatrocentos|quatrocentas 400 quinhentos|quinhentas 500 seiscentos|seiscentas 600
        setecentos|setecentas 700 oitocentos|oitocentas 800 novecentos|novecentas 900 mil 1000"""),
    "de": _table("""ein|eine|eins 1 zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10
        elf 11 zwölf 12 zwanzig 20 dreißig 30 vierzig 40 fünfzig 50 sechzig 60 siebzig 70 achtzig 80
        neunzig 90 hundert 100 tausend 1000 dutzend 12"""),
    "ru": _table("""один|одна|одно|одного|одной 1 два|две|двух 2 три|трёх|трех 3 четыре|четырёх|четырех 4
        пять|пяти 5 шесть|шести 6 семь|семи 7 восемь|восьми 8 девять|девяти 9 десять|десяти 10
        одиннадцать 11 двенадцать 12 тринадцать 13 четырнадцать 14 пятнадцать 15 шестнадцать 16
        семнадцать 17 восемнадцать 18 девятнадцать 19 двадцать|двадцати 20 тридцать|тридцати 30
        сорок|сорока 40 пятьдесят|пятидесяти 50 шестьдесят 60 семьдесят 70 восемьдесят 80
        девяносто 90 сто|ста 100 двести 200 триста 300 четыреста 400 пятьсот 500 шестьсот 600
        семьсот 700 восемьсот 800 девятьсот 900 тысяча|тысячи|тысяч 1000 десяток|десятка 10
        сотня|сотни 100"""),
}

#: Words that are also articles or pronouns: a number only before a multiplier, fraction or unit.
ARTICLES: frozenset[str] = set_of("one un une uno una um uma ein eine eins один одна одно a an")

#: Words that join the words of one number ("thirty-six", "vingt et un", "treinta y seis").
GLUE: dict[str, frozenset[str]] = {
    "en": frozenset(("and",)),
    "fr": frozenset(("et",)),
    "es": frozenset(("y",)),
    "pt": frozenset(("e",)),
    "de": frozenset(("und",)),
    "ru": frozenset(),
}

#: Fraction words by language: the word and its value when one is its numerator ("a third").
FRACTIONS: dict[str, dict[str, Fraction]] = {
    "en": {"half": Fraction(1, 2), "halves": Fraction(1, 2), "third": Fraction(1, 3),
           "thirds": Fraction(1, 3), "quarter": Fraction(1, 4), "quarters": Fraction(1, 4),
           "fourth": Fraction(1, 4), "fourths": Fraction(1, 4), "fifth": Fraction(1, 5),
           "fifths": Fraction(1, 5), "sixth": Fraction(1, 6), "sixths": Fraction(1, 6),
           "seventh": Fraction(1, 7), "sevenths": Fraction(1, 7), "eighth": Fraction(1, 8),
           "eighths": Fraction(1, 8), "tenth": Fraction(1, 10), "tenths": Fraction(1, 10)},
    "fr": {"moitié": Fraction(1, 2), "tiers": Fraction(1, 3), "quart": Fraction(1, 4),
           "quarts": Fraction(1, 4), "cinquième": Fraction(1, 5), "cinquièmes": Fraction(1, 5),
           "dixième": Fraction(1, 10), "dixièmes": Fraction(1, 10)},
    "es": {"mitad": Fraction(1, 2), "tercio": Fraction(1, 3), "tercios": Fraction(1, 3),
           "cuarto": Fraction(1, 4), "cuartos": Fraction(1, 4), "quinto": Fraction(1, 5),
           "quintos": Fraction(1, 5), "décimo": Fraction(1, 10)},
    "pt": {"metade": Fraction(1, 2), "terço": Fraction(1, 3), "terços": Fraction(1, 3),
           "quarto": Fraction(1, 4), "quartos": Fraction(1, 4)},
    "de": {"hälfte": Fraction(1, 2), "drittel": Fraction(1, 3), "viertel": Fraction(1, 4),
           "fünftel": Fraction(1, 5), "zehntel": Fraction(1, 10)},
    "ru": {"половина": Fraction(1, 2), "половину": Fraction(1, 2), "половины": Fraction(1, 2),
           "треть": Fraction(1, 3), "трети": Fraction(1, 3), "четверть": Fraction(1, 4),
           "четверти": Fraction(1, 4)},
}  # fmt: skip

#: Fraction words that stand alone, with no numerator ("half of the victims", "la mitad").
WHOLE_FRACTIONS: frozenset[str] = set_of(
    "half moitié mitad metade hälfte половина половину половины треть трети четверть четверти"
)

#: Multiples in words by language ("double", "tenfold", "вдвое") and their values.
MULTIPLES: dict[str, dict[str, int]] = {
    "en": _table("""double|twice|twofold|two-fold 2 triple|treble|thrice|threefold|three-fold 3 fourfold 4
        fivefold 5 tenfold|ten-fold 10 hundredfold 100"""),
    "fr": _table("double 2 triple 3 quadruple 4 décuple 10"),
    "es": _table("doble 2 triple 3 cuádruple 4"),
    "pt": _table("dobro 2 triplo 3"),
    "de": _table("doppelt|zweifach 2 dreifach 3 zehnfach 10"),
    "ru": _table("вдвое 2 втрое 3 вчетверо 4 впятеро 5 вдесятеро 10"),
}

#: Ordinal words by language and their values.
ORDINALS: dict[str, dict[str, int]] = {
    "en": _table("""first 1 second 2 third 3 fourth 4 fifth 5 sixth 6 seventh 7 eighth 8 ninth 9 tenth 10
        eleventh 11 twelfth 12 twentieth 20"""),
    "fr": _table("""premier|première 1 deuxième|second|seconde 2 troisième 3 quatrième 4 cinquième 5
        sixième 6 septième 7 huitième 8 neuvième 9 dixième 10"""),
    "es": _table("""primero|primera|primer 1 segundo|segunda 2 tercero|tercera|tercer 3 cuarto|cuarta 4
        quinto|quinta 5 sexto|sexta 6 séptimo|séptima 7 octavo|octava 8 noveno|novena 9
        décimo|décima 10"""),
    "pt": _table("""primeiro|primeira 1 segundo|segunda 2 terceiro|terceira 3 quarto|quarta 4
        quinto|quinta 5 sexto|sexta 6 sétimo|sétima 7 oitavo|oitava 8 nono|nona 9 décimo|décima 10"""),
    "de": _table("""erste|erster|ersten 1 zweite|zweiter|zweiten 2 dritte|dritter|dritten 3
        vierte|vierter|vierten 4 fünfte|fünfter|fünften 5"""),
    "ru": _table("""первый|первая|первое|первом 1 второй|вторая|второе 2 третий|третья|третье 3
        четвёртый|четвертый 4 пятый|пятая 5 шестой 6 седьмой 7 восьмой 8 девятый 9 десятый 10"""),
}


Trie = dict[str, "Trie"]


def trie_pattern(words: list[str]) -> str:
    """The words as one regular expression shaped as a trie (a longer spelling is tried first).

    Examples
    --------
    >>> trie_pattern(["two", "twelve", "ten"])
    't(?:en|w(?:elve|o))'
    """
    tree: Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: Trie) -> str:
        branches = []
        for char in sorted(node, key=lambda c: (c == "", c)):
            if char == "":
                continue
            branches.append(re.escape(char) + render(node[char]))
        if "" in node:
            if not branches:
                return ""
            return "(?:" + "|".join(branches) + ")?"
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return render(tree)


@lru_cache(maxsize=16)
def language_words(
    language: str,
) -> tuple[dict[str, int], dict[str, Fraction], dict[str, int], dict[str, int]]:
    """Cardinals, fractions, ordinals and multiples of a language (English for one it has no table for)."""
    if language not in NUMBER_WORDS:
        language = "en"
    return NUMBER_WORDS[language], FRACTIONS[language], ORDINALS[language], MULTIPLES[language]


def word_value(words: list[str], table: dict[str, int]) -> tuple[Decimal, int] | None:
    """The value of a run of cardinal words, and the power of ten of its last scale word.

    ``"seven million"`` gives ``(7, 0)`` when "million" is left to the caller
    as a multiplier; within the run, hundreds and thousands multiply.

    Examples
    --------
    >>> word_value("one thousand nine hundred thirty six".split(), NUMBER_WORDS["en"])
    (Decimal('1936'), 0)
    >>> word_value(["quatre-vingt", "dix"], NUMBER_WORDS["fr"])
    (Decimal('90'), 0)
    """
    total = 0
    current = 0
    for word in words:
        value = table.get(word)
        if value is None:
            return None
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        else:
            current += value
    return Decimal(total + current), 0
