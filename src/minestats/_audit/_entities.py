"""What a count counts, compared: whether a part's entity can lie within a whole's.

The audit links a percentage or a total to its operands only when their
entities fit: "54,430 mines" can be part of "1.5 million landmines", and
"70 killed" part of "382 victims", but "104,940 explosive devices" is not part
of "1.5 million landmines". A figure with no known entity fits anything (the
text's structure alone links it).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "FUNDING",
    "PARTITIONS",
    "SHARE_PARTITIONS",
    "WHOLES",
    "compatible",
    "funding_kinds",
    "funding_of",
    "funding_phrase",
    "head",
    "known_kind",
    "of_ordnance",
    "of_people",
    "partition_of",
    "russian_alike",
    "same_kind",
    "side_of",
]

#: Heads that name people, and the heads that name groups of them.
_PEOPLE = frozenset(
    [
        "people",
        "persons",
        "casualties",
        "victims",
        "survivors",
        "citizens",
        "individuals",
        "cases",
        # French, Spanish, Portuguese, German
        "personnes",
        "victimes",
        "víctimas",
        "vítimas",
        "personas",
        "pessoas",
        "casos",
        "menschen",
        "opfer",
        "beneficiaries",
        "beneficiados",
        "beneficiarios",
        "bénéficiaires",
        # Russian: people, victims, the injured (a head is its last word, as written)
        *("человек", "человека", "люди", "людей", "жертв", "жертвы", "пострадавших", "пострадавшие"),
    ]
)
_GROUPS = frozenset(
    [
        "killed",
        "injured",
        "dead",
        "deaths",
        "death",
        "fatalities",
        "injuries",
        "wounded",
        "hurt",
        "maimed",
        "children",
        "child",
        "women",
        "men",
        "boys",
        "girls",
        "adults",
        "civilians",
        "civilian",
        "deminers",
        "soldiers",
        "military",
        "survivors",
        "victims",
        "casualties",
        "people",
        "persons",
        "males",
        "females",
        "amputees",
        "refugees",
        # French, Spanish, Portuguese, German
        "civils",
        "civiles",
        "civis",
        "enfants",
        "niños",
        "crianças",
        "kinder",
        "femmes",
        "mujeres",
        "mulheres",
        "frauen",
        "tués",
        "morts",
        "blessés",
        "muertos",
        "muertas",
        "heridas",
        "feridas",
        "mortas",
        "blessées",
        "tuées",
        "heridos",
        "mortos",
        "óbitos",
        "feridos",
        "militares",
        "militaires",
        "niñas",
        "members",
        "miembros",
        "membres",
        "membros",
        # minors, adults and men in French, Spanish, Portuguese, German; Russian groups
        *("minors", "menores", "mineurs", "minderjährige", "adults", "adultos", "adultes", "erwachsene"),
        *("hombres", "homens", "hommes", "männer", "elderly", "ancianos", "idosos"),
        *("дети", "детей", "взрослые", "взрослых", "мужчины", "женщины", "военные", "гражданские"),
        *("погибли", "погибших", "погибло", "ранены", "раненых", "ранения", "пострадали"),
        *("zivilisten", "kombattanten", "soldaten", "combatants", "combattants", "combatientes"),
    ]
)

#: Heads that name states and territories ("35 States Parties" are among "60 states").
_PLACES = frozenset(
    [
        *("states", "countries", "parties", "territories", "pays", "états", "etats", "territoires"),
        *("países", "estados", "partes", "territorios", "territórios", "länder", "staaten"),
    ]
)

#: Words for explosive things of any kind, and the kinds among them: mines and shells are ordnance items.
_UMBRELLAS = frozenset(
    [
        *("ordnance", "ordnances", "items", "item", "devices", "device", "objects", "object", "remnants"),
        *(
            "munitions",
            "explosives",
            "uxo",
            "erw",
            "engins",
            "artefactos",
            "engenhos",
            "предметов",
            "объектов",
        ),
    ]
)
_ORDNANCE = frozenset(
    [
        *(
            "mines",
            "mine",
            "landmines",
            "landmine",
            "shells",
            "shell",
            "bombs",
            "bomb",
            "bomblets",
            "grenades",
        ),
        *(
            "submunitions",
            "munitions",
            "ammunition",
            "rockets",
            "mortars",
            "projectiles",
            "ieds",
            "uxo",
            "erw",
        ),
        *("ordnance", "ordnances", "fuzes", "missiles", "cartridges", "mortar", "minas", "obus", "мин"),
    ]
)

#: People who survived: the killed are never among them.
_SURVIVORS = frozenset(
    ["survivors", "survivants", "survivantes", "sobrevivientes", "sobreviventes", "überlebende", "выжившие"]
)

#: Groups that together make up their whole: killed and injured are all the casualties.
PARTITIONS: tuple[tuple[frozenset[str], ...], ...] = (
    (
        frozenset(
            [
                *("killed", "dead", "deaths", "death", "fatalities", "died"),
                *("tués", "morts", "muertos", "fallecidos", "mortos", "óbitos", "tote", "getötet"),
                *("tuées", "mortes", "muertas", "fallecidas", "mortas", "погибли", "погибших", "погибло"),
            ]
        ),
        frozenset(
            [
                *("injured", "injuries", "wounded", "hurt", "blessés", "heridos", "feridos", "verletzte"),
                *("blessées", "heridas", "feridas", "ранены", "раненых", "ранения"),
            ]
        ),
    ),
    (frozenset(["cancelled", "canceled"]), frozenset(["reduced"]), frozenset(["cleared"])),
)

#: Groups whose shares make up their whole, for percentages: those of :data:`PARTITIONS`, and civilians and
#: the military (kept apart from :data:`PARTITIONS`, which the sums read too).
SHARE_PARTITIONS: tuple[tuple[frozenset[str], ...], ...] = (
    *PARTITIONS,
    (
        frozenset(
            ["civilians", "civilian", "civils", "civil", "civiles", "civis", "zivilisten", "гражданские"]
        ),
        frozenset(
            [
                *("military", "militaires", "militares", "militär", "soldiers", "servicemen", "kombattanten"),
                *("combatants", "combattants", "combatientes", "soldaten", "военные"),
            ]
        ),
    ),
)

#: The words that name the whole of each partition of :data:`PARTITIONS`, in its order.
WHOLES: tuple[frozenset[str], ...] = (
    frozenset(["casualties", "victims", "victimes", "víctimas", "vítimas"]),
    frozenset(["released", "release"]),
)

_SINGULAR = {
    "children": "child",
    "people": "people",
    "women": "woman",
    "men": "man",
    "casualties": "casualty",
}


_OF = re.compile(r"\s+(?:of|de|del|des|du|da|do|dos|das|von|der)\s+")


@lru_cache(maxsize=4096)
def head(entity: str | None) -> str | None:
    """The last word of an entity, lower-cased, as a plural-less stem (``None`` for none or "items").

    Examples
    --------
    >>> head("anti-personnel mines"), head("Landmines"), head("items"), head(None)
    ('mine', 'landmine', None, None)
    >>> head("members of the police"), head("miembros de la Fuerza Pública")
    ('member', 'miembro')
    """
    if not entity:
        return None
    # "members of the police", "miembros de la Fuerza Pública": the noun before the preposition
    entity = _OF.split(entity.lower(), maxsplit=1)[0]
    words: list[str] = re.findall(r"[a-zà-ÿ-]+", entity)
    if not words or words[-1] in ("items", "item", "count"):
        return None
    word: str = words[-1]
    if word in _SINGULAR:
        return _SINGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=4096)
def same_kind(a: str | None, b: str | None) -> bool:
    """Whether two entities name the same things ("mines" and "landmines"; "victims" and "casualties").

    Examples
    --------
    >>> same_kind("mines", "landmines"), same_kind("victims", "casualties"), same_kind("mines", "devices")
    (True, True, False)
    """
    ha, hb = head(a), head(b)
    if ha is None or hb is None:
        return False
    if ha == hb or ha.endswith(hb) or hb.endswith(ha):
        return True
    return (_among(ha, _PEOPLE) and _among(hb, _PEOPLE)) or (_among(ha, _PLACES) and _among(hb, _PLACES))


def _among(stem: str, words: frozenset[str]) -> bool:
    """Whether a head (``head()``'s stem) is one of ``words`` ("menschen" has no plural -s)."""
    return stem in words or _plural(stem) in words or stem + "s" in words


def _plurals() -> dict[str, str]:
    """The first plural of :data:`_SINGULAR` for each singular."""
    plurals: dict[str, str] = {}
    for plural, singular in _SINGULAR.items():
        plurals.setdefault(singular, plural)
    return plurals


_PLURALS = _plurals()


def _plural(stem: str) -> str:
    plural = _PLURALS.get(stem)
    if plural is not None:
        return plural
    return stem[:-1] + "ies" if stem.endswith("y") else stem + "s"


@lru_cache(maxsize=4096)
def compatible(part: str | None, whole: str | None) -> bool:
    """Whether things counted as ``part`` can be among those counted as ``whole``.

    An unknown entity fits anything; people fit people ("children" within
    "victims"); otherwise the two must name the same things.

    Examples
    --------
    >>> compatible("children", "victims"), compatible("mines", "landmines"), compatible(None, "mines")
    (True, True, True)
    >>> compatible("explosive devices", "landmines"), compatible("victims", "children")
    (False, False)
    >>> compatible("civilians", "injured"), compatible("killed", "injured"), compatible("mines", "injured")
    (True, False, False)
    >>> compatible("killed", "survivors"), compatible("children", "survivors")
    (False, True)
    >>> compatible("anti-tank mines", "unexploded ordnance"), compatible("unexploded ordnance", "mines")
    (True, False)
    """
    hp, hw = head(part), head(whole)
    if hp is None or hw is None:
        return True
    if _among(hw, _SURVIVORS) and _among(hp, PARTITIONS[0][0]):
        return False  # the killed are not among the survivors
    if same_kind(part, whole):
        return True
    umbrella = _among(hw, _UMBRELLAS) or (
        hw in ("unit", "piece")
        and any(w in _UMBRELLAS for w in (whole or "").lower().split())  # "units of ordnance"
    )
    if umbrella and _among(hp, _ORDNANCE):
        return True  # "62,228 shells" and "31,175 mines" are among "112,193 units of unexploded ordnance"
    if _among(hw, _PEOPLE):
        return _among(hp, _PEOPLE) or _among(hp, _GROUPS)
    if not _among(hw, _GROUPS) or _among(hp, _PEOPLE) or not _among(hp, _GROUPS):
        return False
    # "17 injured (15 civilians, 2 deminers)": a group of people within another, but not the other
    # side of a partition (the killed are not among the injured)
    for sides in PARTITIONS:
        of_whole = {k for k, side in enumerate(sides) if _among(hw, side)}
        of_part = {k for k, side in enumerate(sides) if _among(hp, side)}
        if of_whole and of_part and not of_whole & of_part:
            return False
    return True


def known_kind(entity: str | None) -> bool:
    """Whether ``entity`` names people or states, the kinds whose wholes and parts are known here.

    Examples
    --------
    >>> known_kind("civilians"), known_kind("States Parties"), known_kind("prostheses"), known_kind(None)
    (True, True, False, False)
    """
    stem = head(entity)
    return stem is not None and (_among(stem, _PEOPLE) or _among(stem, _GROUPS) or _among(stem, _PLACES))


def of_ordnance(entity: str | None) -> bool:
    """Whether ``entity`` names explosive things of some kind ("anti-tank mines", "unexploded ordnance").

    Examples
    --------
    >>> of_ordnance("anti-tank mines"), of_ordnance("explosive devices"), of_ordnance("UXO")
    (True, True, True)
    >>> of_ordnance("districts"), of_ordnance("victims"), of_ordnance(None)
    (False, False, False)
    """
    stem = head(entity)
    return stem is not None and (_among(stem, _ORDNANCE) or _among(stem, _UMBRELLAS))


def of_people(entity: str | None) -> bool:
    """Whether ``entity`` names people or a group of them ("victims", "children", "killed").

    Examples
    --------
    >>> of_people("casualties"), of_people("civilians"), of_people("countries"), of_people(None)
    (True, True, False, False)
    >>> of_people("человек"), of_people("зданий")
    (True, False)
    """
    stem = head(entity)
    if stem is None and entity:
        # a head is read from Latin letters only (its plural stripped): a Russian noun as written
        words = entity.lower().split()
        return bool(words) and (words[-1] in _PEOPLE or words[-1] in _GROUPS)
    return stem is not None and (_among(stem, _PEOPLE) or _among(stem, _GROUPS))


_CYRILLIC = re.compile(r"[а-яё-]+")


def russian_alike(a: str | None, b: str | None) -> bool | None:
    """Whether two Russian entities count the same kind of thing (``None`` unless both end in a Russian
    word, which :func:`head` does not read): forms of one noun ("мин", "минам"), two words for explosive
    things ("взрывоопасных предметов", "опасных объектов"), or two for people.

    Examples
    --------
    >>> russian_alike("взрывоопасных предметов", "опасных объектов"), russian_alike("команд", "предметов")
    (True, False)
    >>> russian_alike("мин", "минам"), russian_alike("mines", "мин")
    (True, None)
    """
    last = []
    for entity in (a, b):
        words = _CYRILLIC.findall((entity or "").lower())
        if not words or not (entity or "").lower().rstrip().endswith(words[-1]):
            return None
        last.append(words[-1])
    x, y = last
    shared = next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))
    if shared >= 3 and len(x) - shared <= 3 and len(y) - shared <= 3:
        return True  # one noun: "мин", "мины", "минам"; "предметов", "предмета"
    things = _UMBRELLAS | _ORDNANCE
    people = _PEOPLE | _GROUPS
    return (x in things and y in things) or (x in people and y in people)


def partition_of(words: list[str]) -> bool:
    """Whether ``words`` (one per part) name two or more sides of one exhaustive partition.

    Killed and injured together are all the casualties; cancelled, reduced
    and cleared together are all the land released.

    Examples
    --------
    >>> partition_of(["killed", "injured"]), partition_of(["deaths", "injuries"])
    (True, True)
    >>> partition_of(["children", "women"])
    False
    """
    lowered = [w.lower() for w in words]
    for sides in PARTITIONS:
        covered = [any(w in side for w in lowered) for side in sides]
        if sum(covered) >= 2 and all(any(w in side for side in sides) or w == "unknown" for w in lowered):
            return True
    return False


#: Nouns that name an amount of money given: "$610.0 million in international funding".
FUNDING = frozenset(
    [
        *("funding", "support", "contributions", "contribution", "assistance", "aid", "funds", "financing"),
        *("financement", "financements", "soutien", "aide"),
        *("financiación", "financiamiento", "apoyo", "contribuciones", "ayuda", "fondos"),
        *("financiamento", "apoio", "contribuições", "ajuda", "fundos"),
        *("finanzierung", "unterstützung", "beiträge", "mittel", "hilfe"),
    ]
)

#: Words between a money noun and the figure it names: "global support ... totaled $820.0 million".
_FUNDING_VERB = re.compile(
    r"\b(?:totall?ed|totall?ing|reached|amounted\s+to|stood\s+at|plateaued\s+at|was|were|came\s+to"
    r"|s[’']élevait\s+à|s[’']élève\s+à|atteint|ascendió\s+a|alcanzó|totalizou|atingiu|betrug)"
    r"\s+(?:a\s+total\s+of\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"\W{0,4}$",
    re.IGNORECASE,
)
_FUNDING_AFTER = re.compile(r"\s*(?:in|of|as|en|de|em|an)\s+(?P<phrase>[^\d,;.()]{0,60})", re.IGNORECASE)
_CONJUNCTIONS = frozenset(["and", "or", "et", "ou", "y", "o", "e", "und", "oder"])
#: Money nouns whose modifiers may follow them ("financement international", "apoyo internacional").
_POSTNOMINAL = frozenset(
    [
        *("financement", "financements", "soutien", "aide", "financiación", "financiamiento", "apoyo"),
        *("contribuciones", "ayuda", "fondos", "financiamento", "apoio", "contribuições", "ajuda", "fundos"),
    ]
)
#: Words that end the modifiers of a money noun, looking away from it (articles, prepositions, verbs).
_MODIFIER_STOP = frozenset(
    [
        *("the", "a", "an", "of", "for", "in", "to", "by", "from", "with", "all", "its", "their", "total"),
        *("level", "amount", "sum", "this", "that", "these", "provided", "given", "received", "reported"),
        *("was", "were", "against", "le", "la", "les", "de", "du", "des", "à", "au", "aux", "pour", "par"),
        *("en", "contre", "el", "los", "las", "del", "para", "por", "contra", "os", "as", "em", "do", "da"),
        *("dos", "das", "der", "die"),
    ]
)  # fmt: skip


def funding_phrase(words: list[str], *, first: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """The last (or ``first``) money noun of ``words`` and its modifiers ("international and national").

    Modifiers are the words right before the noun, and in French, Spanish
    and Portuguese the words right after it ("financement international").
    """
    lowered = [w.lower() for w in words]
    at = [k for k, w in enumerate(lowered) if w in FUNDING]
    if not at:
        return None
    k = at[0] if first else at[-1]
    modifiers = []
    for word in reversed(lowered[:k]):
        if word in _CONJUNCTIONS:
            continue
        if word in _MODIFIER_STOP or word in FUNDING:
            break
        modifiers.append(word)
    if lowered[k] in _POSTNOMINAL:
        for word in lowered[k + 1 : k + 4]:
            if word in _CONJUNCTIONS:
                continue
            if word in _MODIFIER_STOP or word in FUNDING:
                break
            modifiers.append(word)
    return lowered[k], tuple(sorted(modifiers[:3]))


#: Before a money noun's modifiers: what the money goes to ("support for victim assistance"), not its kind.
_FOR_WHAT = frozenset(["for", "to", "pour", "para", "für"])


def funding_kinds(words: list[str], known: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The kinds of funding ``words`` name: each money noun's modifiers, as one of ``known`` if one fits.

    A money noun right after the modifiers of a known kind names it
    ("international support", "international and national funding": the
    longest that fits); one after other modifiers names a kind of its own
    ("national support" when no amount is called that; in French, Spanish
    and Portuguese a known kind may follow the noun); one with no modifier
    ("the funding provided", "all funding") names none, nor one named for
    what the money goes to ("support for victim assistance").

    Examples
    --------
    >>> words = "Donors gave international support and the funding for victim assistance grew".split()
    >>> funding_kinds(words, {("international",)})
    {('international',)}
    >>> sorted(funding_kinds("international support and national support".split(), {("international",)}))
    [('international',), ('national',)]
    """
    lowered = [w.lower() for w in words]
    kinds: set[tuple[str, ...]] = set()
    for k, word in enumerate(lowered):
        if word not in FUNDING or k == 0:
            continue
        before = [w for w in lowered[max(0, k - 6) : k] if w not in _CONJUNCTIONS]
        fits = [kind for kind in known if kind and tuple(sorted(before[len(before) - len(kind) :])) == kind]
        if word in _POSTNOMINAL:  # "soutien international", "apoyo internacional y nacional"
            after = [w for w in lowered[k + 1 : k + 6] if w not in _CONJUNCTIONS]
            fits += [kind for kind in known if kind and tuple(sorted(after[: len(kind)])) == kind]
        if fits:
            kinds.add(max(fits, key=len))
            continue
        found = funding_phrase(lowered[: k + 1])
        if found is None or not found[1] or lowered[k - 1] in _MODIFIER_STOP | FUNDING | _CONJUNCTIONS:
            continue
        run = k - 1
        while run > 0 and lowered[run - 1] not in _MODIFIER_STOP | FUNDING | _CONJUNCTIONS:
            run -= 1
        if run > 0 and lowered[run - 1] in _FOR_WHAT:
            continue
        kinds.add((lowered[k - 1],))
    return kinds


def funding_of(before: str, after: str) -> tuple[str, tuple[str, ...]] | None:
    """What an amount of money is said to be, from the words around it: a money noun and its modifiers.

    ``before`` is the text of its clause before the amount, ``after`` the
    text right after it. The noun is read before the amount when a verb links
    them ("global support for clearance totaled $820.0 million"), or right
    after it ("$700.0 million in international and national contributions").

    Examples
    --------
    >>> funding_of("Global support for clearance totaled ", " in 2022.")
    ('support', ('global',))
    >>> funding_of("Donors reported ", " in international and national funding.")
    ('funding', ('international', 'national'))
    >>> funding_of("The United States gave ", " to Iraq.") is None
    True
    """
    verb = _FUNDING_VERB.search(before)
    if verb is not None:
        found = funding_phrase(_WORDS.findall(before[: verb.start()])[-12:])
        if found is not None:
            return found
    after_words = _FUNDING_AFTER.match(after)
    if after_words is not None:
        return funding_phrase(_WORDS.findall(after_words.group("phrase"))[:6], first=True)
    return None


_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def side_of(words: list[str]) -> tuple[int, int] | None:
    """Which side of which partition of :data:`SHARE_PARTITIONS` the words name, if exactly one.

    Examples
    --------
    >>> side_of(["were", "civilians"]), side_of(["military"]), side_of(["children"])
    ((2, 0), (2, 1), None)
    >>> side_of(["civilians", "killed"]) is None
    True
    """
    found = {
        (p, k)
        for word in words
        for p, sides in enumerate(SHARE_PARTITIONS)
        for k, side in enumerate(sides)
        if word.lower() in side
    }
    return found.pop() if len(found) == 1 else None
