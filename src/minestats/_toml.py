"""Writing a document's data file as TOML, with no dependency.

The TOML file holds what the YAML data file holds, key for key. TOML has no
null: a figure whose value the text does not give is written without a
``value`` key, with a comment saying so; :func:`toml_data` puts the ``None``
back when reading such a file with :mod:`tomllib`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._io import FORMAT_VERSION
from ._models import Document

__all__ = ["dumps_toml", "toml_data"]


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON string escapes are TOML's
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")  # pragma: no cover


def _table(lines: list[str], header: str, item: Mapping[str, Any], nested: str | None = None) -> None:
    lines.append("")
    lines.append(f"[[{header}]]")
    for key, value in item.items():
        if key == nested:
            continue
        lines.append(f"{key} = {_value(value)}")


def dumps_toml(document: Document) -> str:
    """The document's data file as TOML text.

    Examples
    --------
    >>> import tomllib, minestats
    >>> text = dumps_toml(minestats.letter())
    >>> data = toml_data(tomllib.loads(text))
    >>> minestats.Document.model_validate(data) == minestats.letter()
    True
    """
    data = document.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    lines = [f"minestats = {FORMAT_VERSION}"]
    for key, value in data.items():
        if key not in ("figures", "claims"):
            lines.append(f"{key} = {_value(value)}")
    for figure in data.get("figures", []):
        _table(lines, "figures", figure)
        if "value" not in figure:
            lines.append("# no value: the document names this quantity without a number")
    for claim in data.get("claims", []):
        _table(lines, "claims", claim, nested="readings")
        for reading in claim["readings"]:
            _table(lines, "claims.readings", reading)
    return "\n".join(lines) + "\n"


def toml_data(data: Mapping[str, Any]) -> dict[str, Any]:
    """Data read from a TOML data file, ready for :class:`~minestats.Document`.

    Drops the format version and gives a figure without ``value`` the value ``None``.
    """
    out = {k: v for k, v in data.items() if k != "minestats"}
    out["figures"] = [dict(f) if "value" in f else {**f, "value": None} for f in data.get("figures", [])]
    return out
