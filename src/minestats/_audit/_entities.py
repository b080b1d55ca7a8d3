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

__all__ = ["PARTITIONS", "compatible", "head", "partition_of", "same_kind"]

#: Heads that name people, and the heads that name groups of them.
_PEOPLE = frozenset(
    ["people", "persons", "casualties", "victims", "survivors", "citizens", "individuals", "cases"]
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
    ]
)

#: Groups that together make up their whole: killed and injured are all the casualties.
PARTITIONS: tuple[tuple[frozenset[str], ...], ...] = (
    (
        frozenset(["killed", "dead", "deaths", "death", "fatalities", "died"]),
        frozenset(["injured", "injuries", "wounded", "hurt"]),
    ),
    (frozenset(["cancelled", "canceled"]), frozenset(["reduced"]), frozenset(["cleared"])),
)

_SINGULAR = {
    "children": "child",
    "people": "people",
    "women": "woman",
    "men": "man",
    "casualties": "casualty",
}


@lru_cache(maxsize=4096)
def head(entity: str | None) -> str | None:
    """The last word of an entity, lower-cased, as a plural-less stem (``None`` for none or "items").

    Examples
    --------
    >>> head("anti-personnel mines"), head("Landmines"), head("items"), head(None)
    ('mine', 'landmine', None, None)
    """
    if not entity:
        return None
    words: list[str] = re.findall(r"[a-zà-ÿ-]+", entity.lower())
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
    return _plural(ha) in _PEOPLE and _plural(hb) in _PEOPLE


def _plural(stem: str) -> str:
    for plural, singular in _SINGULAR.items():
        if singular == stem:
            return plural
    return stem[:-1] + "ies" if stem.endswith("y") else stem + "s"


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
    """
    hp, hw = head(part), head(whole)
    if hp is None or hw is None:
        return True
    if same_kind(part, whole):
        return True
    if _plural(hw) not in _PEOPLE:
        return False
    return _plural(hp) in _PEOPLE or hp in _GROUPS or _plural(hp) in _GROUPS


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
