"""The JSON Schema of the data format, and its reference in Markdown.

The schema comes from the pydantic models; field descriptions come from the
``Attributes`` sections of the models' docstrings, and the units and
qualifiers from the vocabulary (:mod:`minestats._vocab`), so the schema, the
docs and the code say the same thing. Editors that read JSON Schema (VS Code with the
YAML extension, PyCharm) can validate data files against it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ._format import grouped
from ._io import FORMAT_VERSION
from ._models import Claim, Document, Figure, Locator, Reading
from ._render import markdown_table
from ._vocab import QUALIFIER_TABLE, QUALIFIERS, UNIT_ALIASES, UNITS, Unit

__all__ = ["json_schema", "schema_markdown", "spellings_pattern"]

SCHEMA_ID = "https://minestats.invalid/schema/data-format-1.json"
_MODELS = {"Document": Document, "Figure": Figure, "Locator": Locator, "Claim": Claim, "Reading": Reading}
_SLUG_PATTERN = r"^[a-z][a-z0-9_]*(-[a-z0-9_]+)*$"
_GENERIC = {
    "id": "Slug: lower-case letters, digits, `_` and `-`, starting with a letter.",
    "label": "What it is, in a few words of your own.",
    "title": "The document's title.",
    "author": "Who signed or wrote it.",
    "office": "The author's office.",
    "publisher": "Who published it.",
    "url": "Where it can be read (http or https).",
    "locator": "Where it stands in the document.",
    "note": "Free text for readers; not checked.",
}
_SECTION = re.compile(r"^(\w[\w ]*)\n-{3,}\n", re.MULTILINE)
_REGEX_SPECIAL = frozenset("\\^$.|?*+()[]{}/")


def spellings_pattern(spellings: Iterable[str]) -> str:
    r"""A JSON Schema ``pattern`` that accepts what the loader reads as one of ``spellings``.

    The loader folds case and runs of white space (``canonical_unit``,
    ``qualifier_wording``), so each letter matches either case and each
    space any white space; JSON Schema patterns have no flags.

    Examples
    --------
    >>> print(spellings_pattern(["sq. km", "%"]))
    ^\s*(?:[sS][qQ]\.\s+[kK][mM]|%)\s*$
    """

    def char(c: str) -> str:
        if c in _REGEX_SPECIAL:
            return "\\" + c
        upper = c.upper()
        return f"[{c}{upper}]" if upper != c and len(upper) == 1 else c

    alternatives = (
        r"\s+".join("".join(char(c) for c in word) for word in text.split())
        for text in dict.fromkeys(spellings)
    )
    return r"^\s*(?:" + "|".join(alternatives) + r")\s*$"


def _docs(model: type) -> tuple[str, dict[str, str]]:
    """(summary, {attribute: description}) from a numpydoc docstring."""
    text = _dedent(model.__doc__ or "")
    sections = _SECTION.split(text)
    summary = " ".join(sections[0].split())
    fields: dict[str, str] = {}
    for name, body in zip(sections[1::2], sections[2::2], strict=True):
        if name.strip() != "Attributes":
            continue
        current: list[str] = []
        for line in body.splitlines():
            if line and not line.startswith(" "):
                current = [n.strip() for n in line.split(":")[0].split(",")]
                for n in current:
                    fields[n] = ""
            elif line.strip():
                for n in current:
                    fields[n] = (fields[n] + " " + line.strip()).strip()
    return _md(summary), {k: _md(v) for k, v in fields.items()}


def _md(text: str) -> str:
    return text.replace("``None``", "`null`").replace("``", "`")


def _dedent(text: str) -> str:
    import textwrap

    first, _, rest = text.partition("\n")
    return first.strip() + "\n" + textwrap.dedent(rest)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a minestats data file.

    Examples
    --------
    >>> schema = json_schema()
    >>> schema["properties"]["minestats"]["enum"]
    [1, '1']
    >>> sorted(schema["$defs"])
    ['Claim', 'ClaimKind', 'Figure', 'Locator', 'Reading', 'Status']
    """
    schema = copy.deepcopy(Document.model_json_schema())
    defs = schema["$defs"]
    schema["$defs"] = defs
    for name, model in _MODELS.items():
        target = schema if name == "Document" else defs[name]
        summary, fields = _docs(model)
        target["description"] = summary
        for field, spec in target["properties"].items():
            spec.pop("title", None)
            if fields.get(field) or field in _GENERIC:
                spec["description"] = fields.get(field) or _GENERIC[field]
        if "id" in target["properties"]:
            target["properties"]["id"]["pattern"] = _SLUG_PATTERN
    for name in ("ClaimKind", "Status"):
        defs[name]["description"] = " ".join(_md(defs[name]["description"]).split())
    for side in ("part", "whole", "less"):
        defs["Reading"]["properties"][side]["items"]["pattern"] = _SLUG_PATTERN
    figure = defs["Figure"]["properties"]
    # a YAML editor reads `value: 14.2` as a number; minestats reads its digits as written
    figure["value"]["anyOf"][0]["anyOf"].append({"type": "number"})
    figure["unit"]["description"] = (
        "Unit of the value: one of " + ", ".join(UNITS) + " (common spellings such as"
        " 'square kilometres' or 'hectares' are accepted and stored as these)."
    )
    figure["unit"]["examples"] = list(UNITS)
    figure["unit"]["pattern"] = spellings_pattern([*UNITS, *UNIT_ALIASES])
    figure["qualifier"]["description"] = (
        "The word that qualifies the value, as worded: " + ", ".join(f"'{q}'" for q in QUALIFIERS) + "."
    )
    figure["qualifier"]["examples"] = list(QUALIFIERS)
    for branch in figure["qualifier"]["anyOf"]:
        if branch.get("type") == "string":
            branch["pattern"] = spellings_pattern(QUALIFIERS)
    for field in ("as_of",):
        figure[field]["anyOf"][0]["pattern"] = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
    claim = defs["Claim"]
    reading = defs["Reading"]["properties"]
    for key in ("part", "whole", "less", "relative_to", "expect"):
        spec = copy.deepcopy(reading[key])
        spec["description"] = f"Shorthand for a claim with one reading: the reading's `{key}`."
        claim["properties"][key] = spec
    claim["required"] = [r for r in claim["required"] if r != "readings"]
    claim["anyOf"] = [{"required": ["readings"]}, {"required": ["part"]}]
    schema["properties"] = {
        "minestats": {
            "enum": [FORMAT_VERSION, str(FORMAT_VERSION)],
            "description": "Version of the data format. The pytest plugin collects files that declare it.",
        },
        **schema["properties"],
    }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "minestats data file"
    return schema


def _type(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in spec:
        kinds = [_type(s) for s in spec["anyOf"] if s.get("type") != "null"]
        text = " or ".join(dict.fromkeys(kinds))
        return text + (" or null" if any(s.get("type") == "null" for s in spec["anyOf"]) else "")
    if "enum" in spec:
        return " | ".join(f"`{v}`" for v in spec["enum"])
    if "const" in spec:
        return f"`{spec['const']}`"
    if spec.get("type") == "array":
        return f"list of {_type(spec.get('items', {}))}"
    return str(spec.get("type", "any"))


def _table(spec: dict[str, Any]) -> list[str]:
    required = set(spec.get("required", []))
    rows = [
        (f"`{name}`", _type(field), "yes" if name in required else "no", str(field.get("description", "")))
        for name, field in spec["properties"].items()
    ]
    return markdown_table(("field", "type", "required", "description"), rows).splitlines()


def _vocabulary_tables(heading: str) -> list[str]:
    """The units and qualifiers data files accept, with their spellings and meaning."""
    units = markdown_table(
        ("unit", "dimension", "size", "also written"),
        [
            (f"`{u.name}`", u.dimension, _size(u), ", ".join(f"`{a}`" for a in u.aliases))
            for u in UNITS.values()
        ],
    )
    qualifiers = markdown_table(
        ("qualifier", "direction", "estimate"),
        [(f"`{q.wording}`", q.direction.value, "yes" if q.estimate else "") for q in QUALIFIER_TABLE],
    )
    return [
        "",
        f"{heading} Units",
        "",
        "The `unit` of a figure; any spelling is read case-insensitively and stored as the unit's name.",
        "",
        *units.splitlines(),
        "",
        f"{heading} Qualifiers",
        "",
        "The `qualifier` of a figure, and what it says about the stated value.",
        "",
        *qualifiers.splitlines(),
    ]


def _size(unit: Unit) -> str:
    """A unit's exact size in its dimension's base unit (the unit of factor 1, when there is one)."""
    base = next((b for b in UNITS.values() if b.dimension == unit.dimension and b.factor == 1), None)
    if base is unit:
        return "base unit"
    factor = unit.factor
    rest = factor.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    # a factor with a finite decimal expansion is shown in decimals, others as a fraction (1/12)
    amount = grouped(Decimal(factor.numerator) / factor.denominator) if rest == 1 else str(factor)
    return amount if base is None else f"{amount} {base.name}"


def schema_markdown(level: int = 2) -> str:
    """The data format reference, as Markdown tables generated from :func:`json_schema`.

    Examples
    --------
    >>> text = schema_markdown()
    >>> text.splitlines()[0]
    '## Document'
    >>> "| `value` |" in text
    True
    """
    schema = json_schema()
    heading = "#" * level
    out = [f"{heading} Document", "", schema["description"], "", *_table(schema)]
    for name in ("Figure", "Locator", "Claim", "Reading", "ClaimKind", "Status"):
        spec = schema["$defs"][name]
        out += ["", f"{heading} {name}", "", spec.get("description", "")]
        if "properties" in spec:
            out += ["", *_table(spec)]
        else:
            out += ["", "One of: " + ", ".join(f"`{v}`" for v in spec["enum"]) + "."]
    out += _vocabulary_tables(heading)
    return "\n".join(out) + "\n"
