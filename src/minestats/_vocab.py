"""The vocabulary of minestats, in one table: units, qualifiers, multipliers.

This is the one place where a unit, a qualifier or a multiplier word is
defined (in the spirit of pint's definitions file). The unit validator, the
display code, the JSON Schema and the text extractor's patterns are all built
from these tables, so adding a unit or a qualifier is one edit here.

Everything here is plain data: no module of minestats is imported, so every
other module may use it.

Examples
--------
>>> UNITS["km²"].factor
Fraction(1000000, 1)
>>> QUALIFIERS["more than"]
'lower bound'
>>> MULTIPLIERS["million"]
6
>>> VOCABULARY.text_units[-1].name  # read in texts; in data files only as a change's stated figure
'percentage points'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

__all__ = [
    "MULTIPLIERS",
    "QUALIFIERS",
    "QUALIFIER_TABLE",
    "TEXT_MULTIPLIERS",
    "TIME_MULTIPLES",
    "UNITS",
    "UNIT_ALIASES",
    "UNIT_TABLE",
    "VOCABULARY",
    "ClaimKind",
    "Direction",
    "Qualifier",
    "Status",
    "Unit",
    "Vocabulary",
    "direction_of",
]


class Status(StrEnum):
    """The outcome of one claim reading."""

    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    INDETERMINATE = "indeterminate"


class ClaimKind(StrEnum):
    """What a claim says about its figures.

    ``share``: part / whole equals the stated percentage. ``sum``: the parts
    add up to the stated total. ``subset``: a part cannot exceed its whole.
    ``bound``: one quantity lies within another (an area within a territory).
    ``partition``: stated percentages of one whole add up to 100 per cent.
    ``change``: the relative change (in percent) or the change in percentage
    points from an earlier figure to a later one. ``multiple``: part / whole
    equals a stated multiple ("three times as many", "112 % of the target").
    ``same``: two or more figures state one quantity ("5 km² (500 ha)").
    """

    SHARE = "share"
    SUM = "sum"
    SUBSET = "subset"
    BOUND = "bound"
    PARTITION = "partition"
    CHANGE = "change"
    MULTIPLE = "multiple"
    SAME = "same"


# -- units -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A unit minestats knows, with its exact factor to its dimension's base unit.

    Attributes
    ----------
    name : str
        Canonical spelling used in data files and tables (``"km²"``).
    dimension : str
        ``"area"``, ``"count"``, ``"ratio"``, ``"time"``, or ``"money USD"`` (and so on)
        for a currency (each currency its own dimension: amounts in two
        currencies are never converted into each other).
    factor : Fraction
        Exact size in the dimension's base unit (m², one item, one, one year).
    pint : str
        The unit as pint spells it; empty when pint has no unit of exactly this
        size (quantities are then given in the dimension's base unit).
    alternative : str or None
        The other unit a reader of this field expects beside it (ha for km²).
    symbol : str
        Short display after a number (``"%"`` for percent; empty for counts,
        whose entity is shown instead).
    singular, plural : str
        Long display, in English words.
    aliases : tuple of str
        Other spellings accepted in data files and tables, lower case, in the
        languages minestats reads.
    abbreviations : tuple of str
        Spellings the text extractor reads right after a number, with or
        without spaces or tabs between (``14.2%``, ``5 km²``, ``20ha``). A
        space inside one stands for any spaces or tabs, or none (``sq km``
        also reads ``sqkm``).
    words : tuple of str
        Spellings the text extractor reads after white space (``14.2 per
        cent``); a space inside one stands for any white space. One written
        with a leading ``-`` is joined to the number by a hyphen (``a
        500-hectare field``).
    prefixes : tuple of str
        Spellings the text extractor reads right before a number (currency
        signs and codes: ``US$ 32.5 million``, ``€4 million``).
    in_data : bool
        Whether data files accept the unit. ``False`` for a unit the
        extractor reports but a figure cannot have.
    """

    name: str
    dimension: str
    factor: Fraction
    pint: str
    alternative: str | None = None
    symbol: str = ""
    singular: str = ""
    plural: str = ""
    aliases: tuple[str, ...] = field(default=())
    abbreviations: tuple[str, ...] = field(default=(), kw_only=True)
    words: tuple[str, ...] = field(default=(), kw_only=True)
    prefixes: tuple[str, ...] = field(default=(), kw_only=True)
    in_data: bool = field(default=True, kw_only=True)

    def to_base(self, value: Fraction) -> Fraction:
        """``value`` in this unit, in the dimension's base unit."""
        return value * self.factor

    def from_base(self, value: Fraction) -> Fraction:
        """``value`` in the dimension's base unit, in this unit."""
        return value / self.factor


def _currency(
    code: str, singular: str, plural: str, prefixes: tuple[str, ...], words: tuple[str, ...]
) -> Unit:
    """An ISO 4217 currency: a dimension of its own, written before or after the amount."""
    return Unit(
        code, f"money {code}", Fraction(1), "", None, code, singular, plural,
        # the signs and codes written before an amount, but a bare "$" names no one currency
        tuple(dict.fromkeys((code.lower(), singular.lower(), plural.lower(),
                             *(p.lower() for p in prefixes if p != "$" and p.lower() != code.lower())))),
        abbreviations=(code,), words=words, prefixes=prefixes,
    )  # fmt: skip


UNIT_TABLE: tuple[Unit, ...] = (
    Unit(
        "km²", "area", Fraction(10**6), "kilometer ** 2", "ha", "km²",
        "square kilometre", "square kilometres",
        ("km2", "km^2", "km**2", "sq km", "sq. km", "square kilometre", "square kilometres",
         "square kilometer", "square kilometers", "kilomètres carrés", "kilomètre carré",
         "kilómetros cuadrados", "kilómetro cuadrado", "quilómetros quadrados", "quilômetros quadrados",
         "quilómetro quadrado", "quilômetro quadrado", "quadratkilometer", "кв. км", "км²", "км2",
         "квадратных километров", "квадратных километра", "квадратный километр", "кв. километров"),
        abbreviations=("km²", "km2", "sq km", "sq. km"),
        words=("square kilometre", "square kilometres", "square kilometer", "square kilometers"),
    ),
    Unit(
        "ha", "area", Fraction(10**4), "hectare", "km²", "ha", "hectare", "hectares",
        ("hectare", "hectares", "hectárea", "hectáreas", "hektar", "га", "гектар", "гектаров", "гектара"),
        abbreviations=("ha",),
        words=("hectare", "hectares", "-hectare", "-hectares"),
    ),
    Unit(
        "m²", "area", Fraction(1), "meter ** 2", "ha", "m²", "square metre", "square metres",
        ("m2", "m^2", "m**2", "square metre", "square metres", "square meter", "square meters",
         "mètres carrés", "metros cuadrados", "metros quadrados", "metro quadrado",
         # the agreement slip of news copy ("quatro milhões de metro quadrados")
         "metro quadrados", "quadratmeter", "кв. м", "м²", "м2", "квадратных метров", "квадратных метра",
         "квадратный метр"),
        abbreviations=("m²", "m2"),
        words=("square metre", "square metres", "square meter", "square meters"),
    ),
    Unit(
        "percent", "ratio", Fraction(1, 100), "percent", None, "%", "per cent", "per cent",
        ("%", "per cent", "pct", "pour cent", "por ciento", "por cento", "prozent", "процент", "процентов",
         "процента"),
        abbreviations=("%",),
        words=("per cent", "per-cent", "percent"),
    ),
    Unit(
        # pint's "acre" is the US survey acre; the international acre has no pint name
        "acre", "area", Fraction(40468564224, 10**7), "", "ha", "acres", "acre", "acres",
        ("acres", "acre (international)"),
        words=("acre", "acres"),
    ),
    Unit(
        "sq mi", "area", Fraction(2589988110336, 10**6), "mile ** 2", "km²", "sq mi",
        "square mile", "square miles",
        ("square mile", "square miles", "sq. mi", "mi2", "mi²", "mi^2"),
        abbreviations=("sq mi", "sq. mi", "mi²"),
        words=("square mile", "square miles"),
    ),
    Unit(
        "km", "length", Fraction(1000), "kilometer", None, "km", "kilometre", "kilometres",
        ("kilometre", "kilometres", "kilometer", "kilometers", "kilomètre", "kilomètres", "kilómetro",
         "kilómetros", "quilómetro", "quilómetros", "quilômetro", "quilômetros", "kilometern", "км",
         "километр", "километра", "километров"),
        abbreviations=("km",),
        words=("kilometre", "kilometres", "kilometer", "kilometers", "-kilometre", "-kilometer"),
    ),
    Unit(
        # the metric tonne only: "ton" alone may be a short (US) or long ton
        "tonne", "mass", Fraction(1000), "metric_ton", None, "t", "tonne", "tonnes",
        ("tonnes", "metric ton", "metric tons", "tonelada", "toneladas", "tonnes métriques", "тонна",
         "тонны", "тонн"),
        words=("tonne", "tonnes", "metric ton", "metric tons", "-tonne"),
    ),
    Unit("count", "count", Fraction(1), "dimensionless", None, "", "item", "items"),
    Unit("year", "time", Fraction(1), "year", None, "years", "year", "years",
         ("years", "ans", "année", "années", "año", "años", "ano", "anos", "jahr", "jahre", "jahren",
          "год", "года", "лет"),
         words=("year", "years")),
    Unit("month", "time", Fraction(1, 12), "month", None, "months", "month", "months",
         ("months", "mois", "mes", "meses", "mês", "monat", "monate", "monaten", "месяц", "месяца",
          "месяцев"),
         words=("month", "months")),
    *(
        _currency(code, singular, plural, prefixes, words)
        for code, singular, plural, prefixes, words in (
            ("USD", "US dollar", "US dollars", ("US$", "US $", "USD", "$"),
             ("US dollars", "dollars", "dólares", "долларов", "доллара")),
            ("EUR", "euro", "euros", ("€", "EUR"), ("euros", "euro", "евро")),
            ("GBP", "pound sterling", "pounds sterling", ("£", "GBP"), ("pounds sterling",)),
            ("CHF", "Swiss franc", "Swiss francs", ("CHF",), ("Swiss francs",)),
            ("JPY", "yen", "yen", ("JPY",), ()),
            ("CAD", "Canadian dollar", "Canadian dollars", ("CA$", "CAD"), ("Canadian dollars",)),
            ("AUD", "Australian dollar", "Australian dollars", ("A$", "AUD"), ("Australian dollars",)),
            ("NOK", "Norwegian krone", "Norwegian kroner", ("NOK",), ()),
            ("SEK", "Swedish krona", "Swedish kronor", ("SEK",), ()),
            ("DKK", "Danish krone", "Danish kroner", ("DKK",), ()),
            ("AZN", "manat", "manat", ("AZN", "₼"), ("manat",)),
            ("BRL", "Brazilian real", "Brazilian reais", ("R$", "BRL"), ("reais",)),
            ("RUB", "rouble", "roubles", ("RUB", "₽"), ("рублей", "рубля")),
        )
    ),
    # the difference of two percentages: in data files only as the stated figure of a change
    Unit("percentage points", "ratio", Fraction(1, 100), "", None, "percentage points",
         "percentage point", "percentage points", ("pp", "p.p.", "percentage point"),
         abbreviations=("pp", "p.p."),
         words=("percentage point", "percentage points")),
    # a multiple ("three times as many"): in data files only as the stated figure of a multiple
    Unit("times", "ratio", Fraction(1), "", None, "times", "time", "times", ("×", "x", "fold", "-fold")),
)  # fmt: skip


# -- qualifiers --------------------------------------------------------------------------


class Direction(StrEnum):
    """What a qualifier does to the number it qualifies."""

    APPROXIMATE = "approximate"
    LOWER_BOUND = "lower bound"
    UPPER_BOUND = "upper bound"


@dataclass(frozen=True)
class Qualifier:
    """A qualifier as worded in documents, and what it says about the figure.

    Attributes
    ----------
    wording : str
        Canonical English wording, as data files record it.
    direction : Direction
        ``approximate`` (the true value is near), ``lower bound`` (at least
        the stated value) or ``upper bound`` (at most the stated value).
    estimate : bool
        The figure is an estimate ("an estimated"): approximate, and said to be
        the result of an estimation rather than of a count.
    words : tuple of str
        Other spellings the text extractor reads before a number as this
        qualifier, in English and in the other languages it reads
        (``"plus de"``, ``"más de"``, ``"свыше"``); lower case.
    after : tuple of str
        Spellings read right after a number (``"52,300+"``).
    """

    wording: str
    direction: Direction
    estimate: bool = False
    words: tuple[str, ...] = field(default=(), kw_only=True)
    after: tuple[str, ...] = field(default=(), kw_only=True)


QUALIFIER_TABLE: tuple[Qualifier, ...] = (
    Qualifier("about", Direction.APPROXIMATE,
              words=("environ", "alrededor de", "aproximadamente", "около", "примерно", "порядка", "etwa",
                     "rund", "ungefähr", "circa", "c.", "approx.", "ca.")),
    Qualifier("approximately", Direction.APPROXIMATE),
    Qualifier("around", Direction.APPROXIMATE),
    Qualifier("roughly", Direction.APPROXIMATE),
    Qualifier("some", Direction.APPROXIMATE,
              words=("quelque", "quelques", "unos", "unas", "algo más de")),
    Qualifier("an estimated", Direction.APPROXIMATE, estimate=True,
              words=("une estimation de", "un estimado de", "an estimate of")),
    Qualifier("estimated", Direction.APPROXIMATE, estimate=True,
              words=("estimés", "estimées", "estimados", "estimadas", "estimated at", "estimated to be")),
    Qualifier("more than", Direction.LOWER_BOUND,
              words=("just over", "well over", "in excess of", "upwards of", "plus de", "más de", "mais de",
                     "свыше", "более", "больше", "mehr als", "über"),
              after=("+",)),
    Qualifier("over", Direction.LOWER_BOUND),
    Qualifier("at least", Direction.LOWER_BOUND,
              words=("no fewer than", "no less than", "not fewer than", "not less than", "au moins",
                     "al menos", "por lo menos", "pelo menos", "не менее", "mindestens")),
    Qualifier("almost", Direction.UPPER_BOUND,
              words=("presque", "casi", "quase", "fast", "knapp")),
    Qualifier("nearly", Direction.UPPER_BOUND,
              words=("just under", "près de", "почти")),
    Qualifier("close to", Direction.UPPER_BOUND, words=("cerca de", "nearing")),
    Qualifier("as many as", Direction.UPPER_BOUND, words=("as much as",)),
    Qualifier("up to", Direction.UPPER_BOUND,
              words=("jusqu'à", "jusqu’à", "hasta", "até", "bis zu", "at most", "not more than")),
    Qualifier("less than", Direction.UPPER_BOUND,
              words=("fewer than", "no more than", "moins de", "menos de", "менее", "меньше", "weniger als")),
    Qualifier("under", Direction.UPPER_BOUND),
)  # fmt: skip


# -- multipliers -------------------------------------------------------------------------

#: Multiplier words accepted after a number, with their powers of ten.
MULTIPLIERS: dict[str, int] = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}

#: Every spelling of a multiplier the text extractor reads after a number, in English and the
#: other languages it reads (lower case), with its power of ten. A spelling may be followed by
#: "of" or "de" before a unit ("millions de dollars").
TEXT_MULTIPLIERS: dict[str, int] = {
    **MULTIPLIERS,
    **dict.fromkeys(("thousands", "mille", "mil", "tausend", "тысяча", "тысячи", "тысяч", "тыс."), 3),
    **dict.fromkeys(("millions", "millón", "millones", "milhão", "milhões", "million", "millionen",
                     "mio.", "миллион", "миллиона", "миллионов", "млн", "млн."), 6),
    **dict.fromkeys(("billions", "milliard", "milliards", "mil millones", "milliarde", "milliarden",
                     "mrd.", "миллиард", "миллиарда", "миллиардов", "млрд", "млрд.", "bn"), 9),
    **dict.fromkeys(("trillions", "триллион", "триллиона", "триллионов", "трлн"), 12),
}  # fmt: skip

#: Words for a number of years (decades, centuries) read after a number: the unit and its factor.
TIME_MULTIPLES: dict[str, tuple[str, int]] = {
    **dict.fromkeys(("decade", "decades", "décennie", "décennies", "década", "décadas", "dekade",
                     "dekaden", "jahrzehnt", "jahrzehnte", "десятилетие", "десятилетия", "десятилетий"),
                    ("year", 10)),
    **dict.fromkeys(("century", "centuries", "siècle", "siècles", "siglo", "siglos", "século", "séculos",
                     "jahrhundert", "jahrhunderte", "век", "века", "веков"), ("year", 100)),
}  # fmt: skip


# -- the three tables together, and what is derived from them ---------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """The unit, qualifier and multiplier tables, and the look-ups derived from them.

    ``multipliers`` are those data files accept; ``text_multipliers`` the
    other spellings the text extractor reads (in every language it reads);
    ``time_multiples`` the words for a number of years ("three decades").

    The module-level tables (:data:`UNITS`, :data:`UNIT_ALIASES`,
    :data:`QUALIFIERS`) are those of :data:`VOCABULARY`; the text extractor
    compiles its patterns from one (``minestats._extract.compile_patterns``).

    Examples
    --------
    >>> from dataclasses import replace
    >>> acre = Unit("acre", "area", Fraction(40468564224, 10**7), "acre", "ha", "ac", "acre", "acres",
    ...             ("acres",), words=("acre", "acres"))
    >>> bigger = replace(VOCABULARY, units=VOCABULARY.units + (acre,))
    >>> bigger.unit_aliases()["acres"]
    'acre'
    """

    units: tuple[Unit, ...]
    qualifiers: tuple[Qualifier, ...]
    multipliers: Mapping[str, int]
    text_multipliers: Mapping[str, int] = field(default_factory=dict)
    time_multiples: Mapping[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def text_units(self) -> tuple[Unit, ...]:
        """The units the text extractor reads (those with a spelling in text)."""
        return tuple(u for u in self.units if u.abbreviations or u.words)

    def data_units(self) -> dict[str, Unit]:
        """The units data files accept, by canonical name."""
        return {u.name: u for u in self.units if u.in_data}

    def unit_aliases(self) -> dict[str, str]:
        """Every spelling data files accept (lower case, single-spaced), pint's too, to its name."""
        accepted = self.data_units().values()
        return {
            **{alias: u.name for u in accepted for alias in u.aliases},
            **{u.pint: u.name for u in accepted if u.pint},
        }

    def qualifier_directions(self) -> dict[str, str]:
        """Each qualifier's wording to its direction's value."""
        return {q.wording: q.direction.value for q in self.qualifiers}


#: The vocabulary minestats uses.
VOCABULARY = Vocabulary(UNIT_TABLE, QUALIFIER_TABLE, MULTIPLIERS, TEXT_MULTIPLIERS, TIME_MULTIPLES)

#: Every unit data files accept, by canonical name.
UNITS: dict[str, Unit] = VOCABULARY.data_units()

#: Every accepted spelling (lower case, single-spaced), and pint's own, to the canonical name.
UNIT_ALIASES: dict[str, str] = VOCABULARY.unit_aliases()

#: Qualifiers as worded in documents, and what each says about the figure.
QUALIFIERS: dict[str, str] = VOCABULARY.qualifier_directions()


def direction_of(qualifier: str | None) -> Direction | None:
    """The direction of a qualifier's wording, or ``None`` for no (or an unknown) qualifier.

    Examples
    --------
    >>> direction_of("nearly")
    <Direction.UPPER_BOUND: 'upper bound'>
    >>> direction_of(None) is None
    True
    """
    meaning = QUALIFIERS.get(qualifier or "")
    return None if meaning is None else Direction(meaning)
