"""Writing a document's data file as TOML (with ``tomli-w``).

The TOML file holds what the YAML data file holds, key for key, and
:func:`minestats.loads` (``format="toml"``) or :func:`minestats.load` (a
``.toml`` file) reads it back equal, digits kept. TOML has no null: a figure
whose value the text does not give is written without a ``value`` key, with a
comment saying so, and is read back with the value ``None``.
"""

from __future__ import annotations

from typing import Any

import tomli_w

from ._io import FORMAT_VERSION
from ._models import Document

__all__ = ["dumps_toml"]

_NO_VALUE = "# no value: the document names this quantity without a number"


def dumps_toml(document: Document) -> str:
    """The document's data file as TOML text.

    Examples
    --------
    >>> import minestats
    >>> text = dumps_toml(minestats.letter())
    >>> text.splitlines()[0]
    'minestats = 1'
    >>> minestats.loads(text, format="toml") == minestats.letter()
    True
    """
    data: dict[str, Any] = {"minestats": FORMAT_VERSION}
    data.update(document.model_dump(mode="json", exclude_none=True, exclude_defaults=True))
    no_value = {i for i, figure in enumerate(data.get("figures", [])) if "value" not in figure}
    lines: list[str] = []
    figure = -1
    # split at "\n" only: str.splitlines would also split a string holding NEL or U+2028.
    # DEL is escaped, which tomli-w before 1.1 wrote raw (no TOML reader accepts it).
    for line in tomli_w.dumps(data).replace("\x7f", "\\u007f").rstrip("\n").split("\n"):
        lines.append(line)
        if line == "[[figures]]":  # strings are written on one line, so this is a table header
            figure += 1
            if figure in no_value:
                lines.append(_NO_VALUE)
    return "\n".join(lines) + "\n"
