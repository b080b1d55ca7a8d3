"""Field types and base classes shared by every record of minestats.

An internal module: the annotated types that validate ids, dates, stated
numbers, qualifiers and addresses, and the two pydantic base classes
(:class:`Model` for what data files hold, :class:`Frozen` for what checks
compute). Documents, series, verdicts, findings and audits are all built on
these, so a field means the same everywhere.
"""

from __future__ import annotations

import calendar
import keyword
import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
)

from ._format import format_stated
from ._numbers import parse_stated
from ._vocab import QUALIFIERS, Status

__all__ = [
    "Compared",
    "FigureId",
    "Frozen",
    "Judged",
    "Model",
    "PartialDate",
    "QualifierText",
    "Slug",
    "StatedNumber",
    "Url",
    "WholeNumber",
    "built",
    "http_url",
    "maker",
    "qualifier_wording",
    "slimmed",
]

_FIGURE_ID = re.compile(r"[a-z][a-z0-9_]*")
_SLUG = re.compile(r"[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*")
_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # ASCII digits only
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _identifier(pattern: re.Pattern[str], expected: str) -> Callable[[str], str]:
    """A validator for ids that match ``pattern`` and are at most 100 characters long."""

    def check(value: str) -> str:
        if not pattern.fullmatch(value) or len(value) > 100:
            raise ValueError(f"{expected} (at most 100 characters), not {value[:60]!r}")
        return value

    return check


_slug = _identifier(_SLUG, "an id of lower-case letters, digits, '_' and '-', starting with a letter")
_figure_id = _identifier(
    _FIGURE_ID,
    "a figure id of lower-case letters, digits and '_', starting with a letter"
    " (no '-', which expressions read as minus)",
)


def _partial_date(value: str) -> str:
    match = _PARTIAL_DATE.fullmatch(value)
    if match is None:
        raise ValueError(f"a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value[:40]!r}")
    year, month, day = match.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"a month from 01 to 12, not {month!r} in {value!r}")
    leap_day = month == "02" and day == "29" and not calendar.isleap(int(year))
    if day is not None and (leap_day or not 1 <= int(day) <= _DAYS[int(month) - 1]):
        raise ValueError(f"a day that exists in that month, not {day!r} in {value!r}")
    return value


def qualifier_wording(value: str) -> str:
    """The canonical wording of a qualifier (spaces and case normalised), or a ValueError."""
    key = " ".join(value.split()).lower()
    if key not in QUALIFIERS:
        raise ValueError(f"one of the qualifiers {', '.join(QUALIFIERS)}, not {value[:40]!r}")
    return key


def http_url(value: str) -> str:
    """``value`` if it is an http(s) address, else a ValueError."""
    if not re.fullmatch(r"https?://\S+", value):
        raise ValueError(f"an http(s) address, not {value[:60]!r}")
    return value


def _whole_number(value: Any) -> Any:
    """Refuse what pydantic would quietly turn into an int: true/false, "1.0"."""
    if isinstance(value, bool) or (isinstance(value, str) and not re.fullmatch(r"[0-9]+", value.strip())):
        raise ValueError(f"a whole number written in digits, not {str(value)[:40]!r}")
    return value


QualifierText = Annotated[str, AfterValidator(qualifier_wording)]
Url = Annotated[str, AfterValidator(http_url)]
Slug = Annotated[str, AfterValidator(_slug)]
FigureId = Annotated[str, AfterValidator(_figure_id)]
WholeNumber = Annotated[int, BeforeValidator(_whole_number)]
PartialDate = Annotated[str, AfterValidator(_partial_date)]
StatedNumber = Annotated[
    Decimal,
    PlainValidator(parse_stated),
    PlainSerializer(format_stated, return_type=str, when_used="json"),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string"}, {"type": "integer"}],
            "description": "A number as stated, e.g. '14.20', '165,871.5', '1.5 million'",
        }
    ),
]


class Model(BaseModel):
    """Base of the data files' records: frozen, no unknown fields, text stripped."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Frozen(BaseModel):
    """Base of computed results (verdicts, findings, audits): frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


_M = TypeVar("_M", bound=BaseModel)

#: One set of field names for every instance built (or slimmed) with the same names: a model's own
#: set costs more memory than its fields (728 bytes for seven names). The models are frozen, so no
#: instance adds to it; pydantic's copies (``model_copy``) copy it before they change it.
_FIELDS_SET: dict[tuple[type, tuple[str, ...]], set[str]] = {}
#: By class and field names in order: a plain class whose instances' dicts share one table of keys.
_HOLDERS: dict[tuple[type, tuple[str, ...]], type] = {}


def _holder(cls: type, names: tuple[str, ...]) -> type:
    """A plain class whose ``__init__`` sets ``names`` in order, from its arguments (one per name).

    Set by an ``__init__`` of plain assignments, the attributes share the
    class's keys as when set one by one with ``setattr``, in a fraction of
    the time (field names are identifiers; any other name is set by
    ``setattr``).
    """
    if all(n.isidentifier() and not keyword.iskeyword(n) and not n.startswith("__") for n in names):
        arguments = "".join(f", _{k}" for k in range(len(names)))
        body = "".join(f"\n    self.{name} = _{k}" for k, name in enumerate(names)) or "\n    pass"
        space: dict[str, Any] = {}
        exec(f"def __init__(self{arguments}):{body}", space)  # names checked just above
        init = space["__init__"]
    else:

        def init(self: Any, *values: Any) -> None:
            for name, value in zip(names, values, strict=True):
                setattr(self, name, value)

    return type(f"_{cls.__name__}Fields", (), {"__init__": init})


def _compact(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` as a dict that shares its keys with every other one of the same names (CPython).

    An instance's attributes are kept in a key-sharing dict: the names once
    per class, the values per instance (a third of the memory of a dict of
    its own for a verdict's 23 fields). Equal as a dict in every way; an
    audit of dense text holds tens of thousands of models.
    """
    key = (cls, tuple(values))
    holder_class = _HOLDERS.get(key)
    if holder_class is None:
        holder_class = _HOLDERS[key] = _holder(cls, key[1])
    compact: dict[str, Any] = holder_class(*values.values()).__dict__
    return compact


#: By class and given field names (in order): the function that builds an instance from a dict of them.
_PLANS: dict[tuple[type, tuple[str, ...]], Callable[[dict[str, Any]], Any]] = {}


def _shared(cls: type, names: tuple[str, ...]) -> set[str]:
    key = (cls, names)
    found = _FIELDS_SET.get(key)
    if found is None:
        found = _FIELDS_SET[key] = set(names)
    return found


def _decimal(value: Any) -> Any:
    """A Decimal subclass (a share in words) as a plain Decimal, as pydantic makes it; others as they are."""
    return value if value is None or type(value) is Decimal else Decimal(value)


def _builder(cls: type[BaseModel], names: tuple[str, ...], *, positional: bool) -> Callable[..., Any]:
    """A function that builds an instance of ``cls`` from the given ``names``, filling in every field.

    Each field is the given value (a Decimal field made a plain Decimal, as
    :func:`_decimal` does, written inline), a default made per instance by
    its factory, or its default, passed in declared order to the class's
    holder (:func:`_compact`); the instance gets that dict, the shared set
    of given names and pydantic's two empty slots, all in one generated
    function. With ``positional`` the function takes the values of
    ``names`` in order; else one dict of them.
    """
    unknown = set(names) - set(cls.model_fields)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]}")
    if len(set(names)) != len(names) or not all(n.isidentifier() and not keyword.iskeyword(n) for n in names):
        raise TypeError(f"{cls.__name__}: field names given twice or not identifiers: {names}")
    space: dict[str, Any] = {"_Decimal": Decimal, "_cls": cls, "_new": object.__new__}
    space["_put"] = object.__setattr__
    space["_given_set"] = _shared(cls, tuple(sorted(names)) if positional else names)
    arguments = []
    for k, (name, field) in enumerate(cls.model_fields.items()):
        if name in names:
            value = f"_v{names.index(name)}" if positional else f"given[{name!r}]"
            decimal = field.annotation is Decimal or Decimal in getattr(field.annotation, "__args__", ())
            if decimal and positional:
                value = f"({value} if {value} is None or type({value}) is _Decimal else _Decimal({value}))"
            elif decimal:
                value = f"(_d if (_d := {value}) is None or type(_d) is _Decimal else _Decimal(_d))"
            arguments.append(value)
        elif field.default_factory is not None:
            space[f"_factory{k}"] = field.default_factory
            arguments.append(f"_factory{k}()")
        elif field.is_required():
            raise TypeError(f"{cls.__name__} needs {name}")
        else:
            space[f"_default{k}"] = field.default
            arguments.append(f"_default{k}")
    every = tuple(cls.model_fields)
    holder = _HOLDERS.get((cls, every))
    if holder is None:
        holder = _HOLDERS[cls, every] = _holder(cls, every)
    space["_holder"] = holder
    signature = ", ".join(f"_v{k}" for k in range(len(names))) if positional else "given"
    exec(  # field names checked above and by pydantic
        f"def make({signature}):\n"
        "    obj = _new(_cls)\n"
        f"    _put(obj, '__dict__', _holder({', '.join(arguments)}).__dict__)\n"
        "    _put(obj, '__pydantic_fields_set__', _given_set)\n"
        "    _put(obj, '__pydantic_extra__', None)\n"
        "    _put(obj, '__pydantic_private__', None)\n"
        "    return obj",
        space,
    )
    make: Callable[..., Any] = space["make"]
    return make


def built(cls: type[_M], fields: dict[str, Any]) -> _M:
    """An instance of ``cls`` from fields already of their types, as ``cls(**fields)`` gives it.

    For results the code computed (verdicts, implied intervals, an audit's
    findings), without validating again what it made: defaults filled in,
    a Decimal subclass (a share in words) made a plain Decimal as pydantic
    makes it, the same set of fields given, the fields in a key-sharing
    dict (:func:`_compact`). Only for fields of their declared types (and,
    for a :class:`Model`, text with nothing to strip); tests compare the
    results with validated ones.
    """
    key = (cls, tuple(fields))
    make = _PLANS.get(key)
    if make is None:
        make = _PLANS[key] = _builder(cls, key[1], positional=False)
    obj: _M = make(fields)
    return obj


def maker(cls: type[_M], names: tuple[str, ...]) -> Callable[..., _M]:
    """A function of the values of ``names``, in order, that gives what :func:`built` gives for them.

    For the records an audit builds by the thousand with the same fields
    (figures, locators, implied intervals): no dict of the fields is made
    and no plan looked up per record.

    Examples
    --------
    >>> from minestats._models import Locator
    >>> make = maker(Locator, ("paragraph", "quote"))
    >>> make(2, "12 mines") == Locator(paragraph=2, quote="12 mines")
    True
    """
    make: Callable[..., _M] = _builder(cls, names, positional=True)
    return make


def slimmed(obj: _M) -> _M:
    """``obj`` (validated, frozen), holding its fields and the set of given ones as :func:`built` does."""
    names = obj.__pydantic_fields_set__
    object.__setattr__(obj, "__pydantic_fields_set__", _shared(type(obj), tuple(sorted(names))))
    object.__setattr__(obj, "__dict__", _compact(type(obj), obj.__dict__))
    return obj


class Judged(Frozen):
    """Base of a result with a status and, maybe, the status a data file expects.

    Verdicts of claims and findings of a series share what follows from
    those two fields; each declares the fields itself, in its own order.
    """

    if TYPE_CHECKING:  # declared by each subclass
        status: Status
        expect: Status | None

    @property
    def expected(self) -> Status:
        """The expected status: the recorded one, else ``consistent``."""
        return self.expect or Status.CONSISTENT

    @property
    def as_expected(self) -> bool:
        """Whether the status is the expected one."""
        return self.status is self.expected

    @property
    def holds(self) -> bool:
        """Whether the figures agree (the status is ``consistent``)."""
        return self.status is Status.CONSISTENT


class Compared(Judged):
    """Base of a result that compares a stated value with what other figures give.

    Attributes
    ----------
    stated, stated_text : Decimal or str or None
        The stated value, and as written.
    low, high : Decimal or None
        The stated value's interval.
    computed, computed_low, computed_high : Decimal or None
        What the other figures give at their stated values, and anywhere in
        their intervals.
    gap : Decimal or None
        ``computed - stated``.
    """

    stated: Decimal | None = None
    stated_text: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    computed: Decimal | None = None
    computed_low: Decimal | None = None
    computed_high: Decimal | None = None
    gap: Decimal | None = None
