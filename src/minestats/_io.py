"""Document data files: reading and writing them, and the bundled documents.

Reading goes through the one loader of every data file (:mod:`minestats._load`):
a ``.toml`` file is read as TOML, any other as YAML; either way a stated
number keeps its digits (``14.20`` stays ``"14.20"``). Writing gives YAML
(:func:`dumps`); :func:`minestats.dumps_toml` gives TOML.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any

import yaml

from ._load import FileKind, Loaded, load_bundled, load_path, load_text
from ._models import Document

__all__ = ["DOCUMENT_FILE", "FORMAT_VERSION", "documents", "dump", "dumps", "letter", "load", "loads"]

#: Version of the data format, written as ``minestats: 1`` at the top of a file.
FORMAT_VERSION = 1
LETTER_ID = "un-24-23652"

#: What a document's data file holds, for the loader.
DOCUMENT_FILE: FileKind[Document] = FileKind(
    model=Document,
    noun="data file",
    label="data format",
    holds="id, title and figures",
    version_key="minestats",
    version=FORMAT_VERSION,
    version_required=False,
    sections={"figures": None, "claims": "readings"},
    absent_is_null={"figures": ("value",)},
)


def load(path: str | os.PathLike[str], *, format: str | None = None) -> Document:
    """Load a document from a data file.

    Parameters
    ----------
    path : str or path-like
        A data file: TOML if its name ends in ``.toml``, else YAML (JSON is YAML too).
        At most 10 MiB are read.
    format : {"yaml", "toml"}, optional
        The format, whatever the file's name.

    Returns
    -------
    Document

    Raises
    ------
    DataError
        For anything wrong in the file, naming the file, the entry, the field
        and the line.
    FileNotFoundError
        If there is no such file.

    Examples
    --------
    >>> import minestats
    >>> doc = minestats.load(minestats.letter().source)
    >>> doc.id
    'un-24-23652'
    """
    return _document(load_path(path, DOCUMENT_FILE, format), str(Path(path)))


def loads(text: str | bytes, *, name: str = "<string>", format: str | None = None) -> Document:
    """Load a document from the text of a data file.

    ``name`` is used in error messages in place of a file name. The format is
    ``format`` (``"yaml"`` or ``"toml"``) if given, else TOML when ``name``
    ends in ``.toml``, else YAML.

    Examples
    --------
    >>> import minestats
    >>> doc = minestats.loads(minestats.dumps_toml(minestats.letter()), format="toml")
    >>> doc == minestats.letter(), str(doc.figure("cleared_area").value)
    (True, '165871.5')
    """
    return _document(load_text(text, name, DOCUMENT_FILE, format), name)


def _document(loaded: Loaded[Document], source: str) -> Document:
    document = loaded.value
    document._source = source
    document._lines = loaded.lines
    return document


class _Flow(list[Any]):
    """A list written in YAML flow style: ``[a, b]``."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Flow, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
)

#: Characters a YAML reader takes for a line break, or that no YAML file may hold raw.
_ESCAPED = re.compile(
    "[\x85\u2028\u2029\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    """Text as PyYAML writes it, but double-quoted (with escapes) when it holds a character that
    would not read back as itself, such as NEL (U+0085), which a plain or single-quoted scalar
    turns into a line break."""
    style = '"' if _ESCAPED.search(data) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def dumps(document: Document) -> str:
    """The text of a data file for ``document``.

    Examples
    --------
    >>> import minestats
    >>> doc = minestats.letter()
    >>> minestats.loads(dumps(doc)) == doc
    True
    """
    data: dict[str, Any] = {"minestats": FORMAT_VERSION}
    data.update(document.model_dump(mode="json", exclude_defaults=True))
    for claim in data.get("claims", []):
        for reading in claim["readings"]:
            for side in ("part", "whole", "less"):
                if side in reading:
                    reading[side] = _Flow(reading[side])
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def dump(document: Document, path: str | os.PathLike[str]) -> None:
    """Write ``document`` to a data file at ``path`` (UTF-8 YAML)."""
    Path(path).write_text(dumps(document), encoding="utf-8")


@functools.cache
def documents() -> dict[str, Document]:
    """The documents bundled with minestats, by id.

    Examples
    --------
    >>> import minestats
    >>> list(minestats.documents())
    ['un-24-23652']
    """
    result: dict[str, Document] = {}
    for source, loaded in load_bundled(DOCUMENT_FILE):
        document = _document(loaded, source)
        result[document.id] = document
    return result


def letter() -> Document:
    """The 2024 letter of Azerbaijan's Permanent Representative to the UN (24-23652).

    Examples
    --------
    >>> import minestats
    >>> minestats.letter().figure("cleared_share").text
    'approximately 14.2 per cent'
    """
    return documents()[LETTER_ID]
