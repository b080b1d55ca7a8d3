"""Reading and writing document data files (YAML), and the bundled documents.

Scalars are read as strings: ``value: 14.20`` stays ``"14.20"``, never the
float 14.2. Only ``true``/``false`` and ``null``/``~`` are typed. YAML tags
that build Python objects are refused, and so are explicit type tags such
as ``!!int`` and ``!!float``; duplicate keys are an error, and nothing but
the given file is read.
"""

from __future__ import annotations

import functools
import os
import reprlib
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

import yaml
from pydantic import ValidationError

from ._errors import DataError, Problem
from ._models import Document

__all__ = ["FORMAT_VERSION", "documents", "dump", "dumps", "letter", "load", "loads"]

#: Version of the data format, written as ``minestats: 1`` at the top of a file.
FORMAT_VERSION = 1
#: Largest data file minestats reads, in bytes.
MAX_BYTES = 10 * 1024 * 1024
LETTER_ID = "un-24-23652"

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_KEEP_TAGS = {"tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"}


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that types nothing but null and true/false."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                raise yaml.constructor.ConstructorError(
                    None, None, f"a key must be text, not {key!r}", key_node.start_mark
                )
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    f"the key {key!r} first given on line {seen[key] + 1}",
                    None,
                    f"is given again on line {key_node.start_mark.line + 1}",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


for _first, _resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items():
    for _tag, _regexp in _resolvers:
        if _tag == "tag:yaml.org,2002:null":
            _Loader.add_implicit_resolver(_tag, _regexp, [_first])
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    __import__("re").compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _bool(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> bool:
    return str(node.value).lower() == "true"


_Loader.add_constructor("tag:yaml.org,2002:bool", _bool)


def _refuse_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    raise yaml.constructor.ConstructorError(
        None,
        None,
        f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} has no place in a data file;"
        " write the value as plain text",
        node.start_mark,
    )


# Explicit type tags would turn text into numbers behind the reader's back
# ("!!int 017" is octal 15, "!!float 14.20" loses a digit): refuse them.
for _name in ("int", "float", "binary", "timestamp", "set", "omap", "pairs"):
    _Loader.add_constructor(f"tag:yaml.org,2002:{_name}", _refuse_tag)


def load(path: str | os.PathLike[str]) -> Document:
    """Load a document from a data file.

    Parameters
    ----------
    path : str or path-like
        A YAML data file (JSON is YAML too).

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
    path = Path(path)
    with path.open("rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    return _from_bytes(raw, str(path))


def loads(text: str | bytes, *, name: str = "<string>") -> Document:
    """Load a document from the text of a data file.

    ``name`` is used in error messages in place of a file name.
    """
    if isinstance(text, str):
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise DataError(
                f"the text holds a lone surrogate at position {exc.start}, which no UTF-8 file can hold",
                file=name,
            ) from None
    else:
        raw = text
    return _from_bytes(raw, name)


def _decode(raw: bytes, name: str) -> str:
    """The text of a data file's bytes, or a DataError that says why there is none."""
    if len(raw) > MAX_BYTES:
        raise DataError(f"the file is larger than {MAX_BYTES // 2**20} MiB", file=name)
    if b"\x00" in raw:
        raise DataError("the file is binary (it holds NUL bytes), not a YAML data file", file=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            f"the file is not UTF-8 text (byte {exc.start} cannot be decoded)", file=name
        ) from None
    if not text.strip():
        raise DataError("the file is empty", file=name)
    return text


def _from_bytes(raw: bytes, name: str) -> Document:
    data, lines = _parse(_decode(raw, name), name)
    return _build(data, lines, name)


def _parse(text: str, name: str) -> tuple[Any, dict[str, int]]:
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise DataError([Problem(None, None, f"not valid YAML: {message}", line=line)], file=name) from None
    except yaml.YAMLError as exc:
        raise DataError(f"not valid YAML: {exc}", file=name) from None
    except RecursionError:
        raise DataError("the file is nested too deeply to be a data file", file=name) from None
    return data, _entry_lines(node)


def _entry_lines(node: Any) -> dict[str, int]:
    """Line of each figure and claim, by id and by position ('figures[3]')."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key, value in node.value:
        if key.value not in ("figures", "claims") or not isinstance(value, yaml.SequenceNode):
            continue
        for index, item in enumerate(value.value):
            line = item.start_mark.line + 1
            lines[f"{key.value}[{index}]"] = line
            if isinstance(item, yaml.MappingNode):
                for k, v in item.value:
                    if k.value == "id" and isinstance(v, yaml.ScalarNode):
                        lines.setdefault(str(v.value), line)
    return lines


def _build(data: Any, lines: dict[str, int], name: str) -> Document:
    if not isinstance(data, dict):
        kind = "nothing" if data is None else type(data).__name__
        raise DataError(
            [Problem(None, None, "a data file holds a mapping with id, title and figures", found=kind)],
            file=name,
        )
    data = dict(data)
    version = data.pop("minestats", FORMAT_VERSION)
    if str(version) != str(FORMAT_VERSION):
        raise DataError(
            [
                Problem(
                    None, "minestats", "unsupported data format version", str(FORMAT_VERSION), str(version)
                )
            ],
            file=name,
        )
    try:
        document = Document.model_validate(data)
    except ValidationError as exc:
        raise DataError(_problems(exc, data, lines), file=name) from None
    except RecursionError:
        raise DataError("the file is nested too deeply to be a data file", file=name) from None
    document._source = name
    document._lines = {k: v for k, v in lines.items() if "[" not in k}
    return document


def _problems(exc: ValidationError, data: Mapping[str, Any], lines: dict[str, int]) -> list[Problem]:
    problems: list[Problem] = []
    for error in exc.errors(include_url=False):
        loc = list(error["loc"])
        entry, field, line = _locate(loc, data, lines)
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, DataError):
            for p in cause.problems:
                p_entry = p.entry or entry
                p_line = lines.get((p_entry or "").split("/")[0], line)
                problems.append(Problem(p_entry, p.field or field, p.message, p.expected, p.found, p_line))
            continue
        message = error["msg"]
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
            message = (
                "expected " + message if not message.startswith(("unknown", "a ", "an ", "the ")) else message
            )
        found = None if error["type"] == "missing" else _short(error.get("input"))
        if error["type"] == "missing":
            message = "this field is required"
        elif error["type"] == "extra_forbidden":
            message = "this field is not part of the data format (a typo?)"
        problems.append(Problem(entry, field, message, None, found, line))
    return problems


def _locate(
    loc: list[Any], data: Mapping[str, Any], lines: dict[str, int]
) -> tuple[str | None, str | None, int | None]:
    if len(loc) >= 2 and loc[0] in ("figures", "claims") and isinstance(loc[1], int):
        section, index = loc[0], loc[1]
        items = data.get(section)
        item = items[index] if isinstance(items, list) and index < len(items) else None
        ident = item.get("id") if isinstance(item, dict) else None
        entry = ident if isinstance(ident, str) and ident else f"{section}[{index}]"
        rest = loc[2:]
        if section == "claims" and len(rest) >= 2 and rest[0] == "readings" and isinstance(rest[1], int):
            readings = item.get("readings") if isinstance(item, dict) else None
            reading = readings[rest[1]] if isinstance(readings, list) and rest[1] < len(readings) else None
            rid = reading.get("id") if isinstance(reading, dict) else None
            if isinstance(rid, str):
                entry = f"{entry}/{rid}"
                rest = rest[2:]
        field = _dotted(rest) or None
        return entry, field, lines.get(f"{section}[{index}]")
    return None, _dotted(loc) or None, None


def _dotted(loc: list[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif "[" in str(part) or "function-" in str(part):
            continue  # pydantic's names for union members and validators
        else:
            out += ("." if out else "") + str(part)
    return out


_REPR = reprlib.Repr()
_REPR.maxlevel = 3  # a bounded repr: deep nesting and shared (aliased) lists cost nothing
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 4
_REPR.maxstring = _REPR.maxother = 60


def _short(value: Any) -> str:
    text = _REPR.repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Flow(list[Any]):
    """A list written in YAML flow style: ``[a, b]``."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Flow, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
)


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
            for side in ("part", "whole"):
                if side in reading:
                    reading[side] = _Flow(reading[side])
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def dump(document: Document, path: str | os.PathLike[str]) -> None:
    """Write ``document`` to a data file at ``path`` (UTF-8 YAML)."""
    Path(path).write_text(dumps(document), encoding="utf-8")


def _bundled() -> Iterator[tuple[str, bytes]]:
    folder = resources.files("minestats").joinpath("data")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith((".yaml", ".yml")):
            yield item.name, item.read_bytes()


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
    folder = resources.files("minestats").joinpath("data")
    for name, raw in _bundled():
        document = _from_bytes(raw, name)
        document._source = str(folder.joinpath(name))
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
