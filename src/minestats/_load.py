"""Reading data files: one pipeline for documents and series, YAML and TOML.

Every data file minestats reads goes through the same steps: its bytes are
read up to a size limit (:data:`MAX_BYTES`), decoded (UTF-8, a byte order
mark allowed, binary refused), parsed by format with at most
:data:`~minestats._limits.MAX_NODES` values (aliases counted as often as they
are used), checked for the format version, validated with pydantic, and every problem is reported as a
:class:`~minestats.Problem` that names the file, the entry, the field and the
line. What differs between a document and a series is described by a
:class:`FileKind`; nothing here knows either model.

Stated numbers keep their digits in both formats:

- **YAML**: every scalar is read as text (``value: 14.20`` stays ``"14.20"``);
  only ``true``/``false`` and ``null``/``~`` are typed. Tags that build Python
  objects are refused, and so are explicit type tags such as ``!!int`` and
  ``!!float``, merge keys, and a tag that does not fit its node (``!!map x``);
  duplicate keys are an error.
- **TOML** (read with :mod:`tomllib`): a float is kept as the text it is
  written as (``value = 14.20`` gives ``"14.20"``), a decimal integer and a
  date as their text, so a TOML file means what the same YAML file means.
  Hexadecimal, octal and binary integers are refused. TOML has no null: the
  fields a :class:`FileKind` names in ``absent_is_null`` (a figure's
  ``value``) are null when left out.

The format is chosen by :func:`format_of`: the ``format`` argument when given,
else the file name's suffix (``.toml`` is TOML, anything else is YAML; JSON
is YAML too).

Whether a file declares the format at its top level (``minestats: 1``) is
told by :func:`declares`, from the same parse, so the pytest plugin collects
exactly the files the loader reads as declared data files.
"""

from __future__ import annotations

import os
import re
import reprlib
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ._errors import DataError, FolderError, Problem
from ._limits import MAX_DATA_BYTES, MAX_NODES

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "FileKind",
    "Loaded",
    "declares",
    "format_of",
    "load_bundled",
    "load_bytes",
    "load_data",
    "load_path",
    "load_text",
    "utf8",
]

#: Largest data file minestats reads, in bytes (:data:`minestats._limits.MAX_DATA_BYTES`).
MAX_BYTES = MAX_DATA_BYTES
#: The formats a data file may be written in.
FORMATS = ("yaml", "toml")

M = TypeVar("M", bound=BaseModel)
#: Where an entry is in the data: ``("figures", 3)`` or ``("claims", 1, "readings", 0)``.
Position = tuple[str | int, ...]


@dataclass(frozen=True)
class FileKind(Generic[M]):
    """What one kind of data file holds, as far as reading it goes.

    Attributes
    ----------
    model : type
        The pydantic model the whole file validates as.
    noun : str
        What the file is called in messages (``"data file"``).
    label : str
        What its format is called in messages (``"data format"``).
    holds : str
        The keys a file must have, for the message about a file that is no mapping.
    version_key, version : str, int
        The key that declares the format version, and the version read.
    version_required : bool
        Whether a file without ``version_key`` is refused.
    sections : mapping of str to str or None
        The top-level lists whose items are entries (``"figures"``), each with
        the list inside its items whose items are entries too (``"readings"``), if any.
        Errors and line numbers are given by entry.
    absent_is_null : mapping of str to tuple of str
        For TOML, which has no null: fields of a section's items that are null when left out.
    """

    model: type[M]
    noun: str
    label: str
    holds: str
    version_key: str
    version: int
    version_required: bool
    sections: Mapping[str, str | None]
    absent_is_null: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Loaded(Generic[M]):
    """A validated file: its model and the line of each entry, by id (``"claim/reading"`` nested)."""

    value: M
    lines: dict[str, int]


# --- reading bytes --------------------------------------------------------------------------------


def format_of(name: str, format: str | None = None) -> str:
    """The format of a data file: ``format`` if given, else by the suffix of ``name``.

    Examples
    --------
    >>> format_of("letter.toml"), format_of("letter.yaml"), format_of("<string>")
    ('toml', 'yaml', 'yaml')
    >>> format_of("letter.yaml", "toml")
    'toml'
    """
    if format is None:
        return "toml" if name.lower().endswith(".toml") else "yaml"
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(map(repr, FORMATS))}, not {format!r}")
    return format


def load_path(path: str | os.PathLike[str], kind: FileKind[M], format: str | None = None) -> Loaded[M]:
    """Read, parse and validate the data file at ``path`` (at most :data:`MAX_BYTES` are read)."""
    path = Path(path)
    name = str(path)
    if path.is_dir():
        raise FolderError(name)
    with path.open("rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    return load_bytes(raw, name, kind, format_of(name, format))


def load_text(
    text: str | bytes | bytearray | memoryview, name: str, kind: FileKind[M], format: str | None = None
) -> Loaded[M]:
    """Parse and validate the text (or bytes) of a data file; ``name`` stands for the file in messages."""
    if isinstance(text, bytearray | memoryview):
        text = bytes(text)
    if not isinstance(text, str | bytes):
        raise TypeError(f"the text of a data file is a str or bytes, not {type(text).__name__}")
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
    return load_bytes(raw, name, kind, format_of(name, format))


def load_bytes(raw: bytes, name: str, kind: FileKind[M], format: str = "yaml") -> Loaded[M]:
    """The whole pipeline: decode, parse as ``format``, check the version, validate."""
    text = _decode(raw, name)
    if format_of(name, format) == "toml":
        data, positions = _parse_toml(text, name, kind)
    else:
        data, positions = _parse_yaml(text, name, kind)
    return _build(data, positions, name, kind)


def load_bundled(kind: FileKind[M], folder: str | None = None) -> Iterator[tuple[str, Loaded[M]]]:
    """Each data file shipped in ``minestats/data`` (or its sub-folder), loaded, with its path.

    Files are read through :mod:`importlib.resources`, in name order; errors
    name the file by its name.
    """
    root = resources.files("minestats").joinpath("data")
    if folder is not None:
        root = root.joinpath(folder)
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if item.is_file() and item.name.endswith((".yaml", ".yml", ".toml")):
            yield str(item), load_bytes(item.read_bytes(), item.name, kind, format_of(item.name))


def utf8(raw: bytes, name: str, expected: str) -> str:
    """``raw`` as UTF-8 text (a byte-order mark dropped), or a DataError naming the file.

    ``expected`` says what the file should have been ("a data file", "text or PDF").

    Examples
    --------
    >>> utf8("\ufeffminestats: 1".encode(), "a.yaml", "a data file")
    'minestats: 1'
    """
    if b"\x00" in raw:
        raise DataError(f"the file is binary (it holds NUL bytes), not {expected}", file=name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            f"the file is not UTF-8 text (byte {exc.start} cannot be decoded)", file=name
        ) from None


def _decode(raw: bytes, name: str) -> str:
    """The text of a data file's bytes, or a DataError that says why there is none."""
    if len(raw) > MAX_BYTES:
        raise DataError(f"the file is larger than {MAX_BYTES // 2**20} MiB", file=name)
    text = utf8(raw, name, "a data file")
    if not text.strip():
        raise DataError("the file is empty", file=name)
    return text


def _too_deep(name: str) -> DataError:
    return DataError("the file is nested too deeply to be a data file", file=name)


def _too_many(name: str, line: int | None = None) -> DataError:
    message = f"the file holds more than {MAX_NODES:,} values (an alias counts each time it is used)"
    return DataError([Problem(None, None, message, line=line)], file=name)


# --- does a file declare the format? ----------------------------------------------------------------

# Escapes that can write a letter of a key in YAML, JSON or TOML strings, and a YAML line continuation.
_ESCAPE = re.compile(rb"\\(?:x|u00|U000000)[0-9A-Fa-f]{2}|\\\r?\n|\\\r")


def declares(raw: bytes, name: str, kind: FileKind[Any], format: str | None = None) -> bool:
    """Whether a data file declares ``kind``'s format at its top level (``minestats: 1``).

    The file is parsed as the loader parses it (a byte order mark, any line
    ending, JSON, quoted keys and escapes all allowed), so a file declares the
    format exactly when :func:`load_bytes` finds the key. A file that never
    writes the key, not even through an escape, is decided without parsing.

    Raises
    ------
    DataError
        When it cannot be told: the file is too large, binary, not UTF-8, or
        not valid YAML or TOML.

    Examples
    --------
    >>> from minestats._io import DOCUMENT_FILE
    >>> declares(b"\\xef\\xbb\\xbf{\\"minestats\\": 1}", "a.json", DOCUMENT_FILE)
    True
    >>> declares(b"name: demo  # minestats: 1", "a.yaml", DOCUMENT_FILE)
    False
    """
    if kind.version_key.encode() not in raw and not _ESCAPE.search(raw):
        return False
    text = _decode(raw, name)
    if format_of(name, format) == "toml":
        try:
            return kind.version_key in tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise DataError(f"not valid TOML: {exc}", file=name) from None
        except RecursionError:
            raise _too_deep(name) from None
    try:
        return _yaml_declares(text, kind.version_key)
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(exc, name) from None
    except yaml.YAMLError as exc:
        raise DataError(f"not valid YAML: {exc}", file=name) from None


def _yaml_declares(text: str, key: str) -> bool:
    """Whether the top-level mapping of a YAML document has ``key``, from the parser's events."""
    loader = _Loader(text)
    try:
        mappings: list[bool] = []  # for each open collection, whether it is a mapping
        position = 0  # of the node within the top-level mapping: keys are even
        scalars: dict[str, str] = {}  # anchored scalars, for a key written as an alias
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.ScalarEvent) and event.anchor:
                scalars[event.anchor] = event.value
            if mappings == [True] and isinstance(event, yaml.NodeEvent):
                if position % 2 == 0 and isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
                    value = (
                        event.value
                        if isinstance(event, yaml.ScalarEvent)
                        else scalars.get(event.anchor or "")
                    )
                    if value == key:
                        return True
                position += 1
            if isinstance(event, yaml.CollectionStartEvent):
                mappings.append(isinstance(event, yaml.MappingStartEvent))
            elif isinstance(event, yaml.CollectionEndEvent):
                mappings.pop()
            elif isinstance(event, yaml.DocumentStartEvent):
                position = 0
        return False
    finally:
        loader.dispose()


# --- YAML -----------------------------------------------------------------------------------------

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that types nothing but null and true/false, and refuses duplicate keys."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        _expect_kind(node, yaml.MappingNode)
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
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


_NODE_KINDS = {yaml.ScalarNode: "a scalar", yaml.SequenceNode: "a sequence", yaml.MappingNode: "a mapping"}


def _expect_kind(node: yaml.Node, kind: type[yaml.Node]) -> None:
    """A ConstructorError unless ``node`` is of ``kind`` (``!!map x`` tags a scalar as a mapping)."""
    if not isinstance(node, kind):
        tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"the tag {tag} needs {_NODE_KINDS[kind]}, not {_NODE_KINDS.get(type(node), 'this node')}",
            node.start_mark,
        )


def _bool(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> bool:
    _expect_kind(node, yaml.ScalarNode)
    if str(node.value).lower() not in ("true", "false"):
        raise yaml.constructor.ConstructorError(
            None, None, f"the tag !!bool needs true or false, not {str(node.value)[:40]!r}", node.start_mark
        )
    return str(node.value).lower() == "true"


def _seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> Iterator[list[Any]]:
    _expect_kind(node, yaml.SequenceNode)
    data: list[Any] = []
    yield data  # filled afterwards, as PyYAML does, so that deep nesting needs no deep recursion
    data.extend(loader.construct_sequence(node))


def _str(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    _expect_kind(node, yaml.ScalarNode)
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:bool", _bool)
_Loader.add_constructor("tag:yaml.org,2002:seq", _seq)
_Loader.add_constructor("tag:yaml.org,2002:str", _str)


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
# A merge key (``!!merge <<: *a``) would bring in keys that are written nowhere in the file.
for _name in ("int", "float", "binary", "timestamp", "set", "omap", "pairs", "merge", "value"):
    _Loader.add_constructor(f"tag:yaml.org,2002:{_name}", _refuse_tag)


def _yaml_error(exc: yaml.MarkedYAMLError, name: str) -> DataError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
    return DataError([Problem(None, None, f"not valid YAML: {message}", line=line)], file=name)


def _count_yaml(text: str, name: str) -> None:
    """A DataError if the YAML text holds more than MAX_NODES values, aliases expanded.

    Counted from the parser's events before any node is built, so that a file
    of millions of values, or of aliases to a large node, is refused at once:
    an anchored node's size is the count between its start and its end, and
    each alias adds that size again.
    """
    loader = _Loader(text)
    try:
        count = 0
        sizes: dict[str, int] = {}
        started: list[tuple[str | None, int]] = []  # open collections: anchor, count at the start
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                count += sizes.get(event.anchor or "", 1)
            elif isinstance(event, yaml.ScalarEvent):
                count += 1
                if event.anchor:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.CollectionStartEvent):
                count += 1
                started.append((event.anchor, count - 1))
            elif isinstance(event, yaml.CollectionEndEvent):
                anchor, start = started.pop()
                if anchor:
                    sizes[anchor] = count - start
            if count > MAX_NODES:
                raise _too_many(name, event.start_mark.line + 1)
    finally:
        loader.dispose()


def _parse_yaml(text: str, name: str, kind: FileKind[Any]) -> tuple[Any, dict[Position, int]]:
    """The data of a YAML file and the line of each entry, from one parse."""
    try:
        _count_yaml(text, name)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(exc, name) from None
    except yaml.YAMLError as exc:
        raise DataError(f"not valid YAML: {exc}", file=name) from None
    except RecursionError:
        raise _too_deep(name) from None
    return data, _yaml_positions(node, kind)


def _yaml_positions(node: Any, kind: FileKind[Any]) -> dict[Position, int]:
    positions: dict[Position, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return positions
    for key, value in node.value:
        if key.value not in kind.sections or not isinstance(value, yaml.SequenceNode):
            continue
        section, sub = key.value, kind.sections[key.value]
        for i, item in enumerate(value.value):
            positions[(section, i)] = item.start_mark.line + 1
            if sub is None or not isinstance(item, yaml.MappingNode):
                continue
            for k, v in item.value:
                if k.value == sub and isinstance(v, yaml.SequenceNode):
                    for j, child in enumerate(v.value):
                        positions[(section, i, sub, j)] = child.start_mark.line + 1
    return positions


# --- TOML -----------------------------------------------------------------------------------------

# Strings and comments (skipped), integers in another base than ten (refused), and what starts a
# value outside strings ("=", "," and "[" or "{"), to bound the number of values before parsing.
_TOML_TOKENS = re.compile(
    r'"""[\s\S]*?"""(?!")|\'\'\'[\s\S]*?\'\'\'(?!\')|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*'
    r"|(?P<int>(?<![\w.+-])[+-]?0[xob][0-9A-Fa-f_]+)|(?P<value>[=,\[{])"
)
_TOML_AT = re.compile(r"\s*\(at line (\d+), column \d+\)$|\s*\(at end of document\)$")
_TOML_HEADER = re.compile(r"\s*\[\[\s*([^\[\]#]+?)\s*\]\]\s*(?:#.*)?")


def _parse_toml(text: str, name: str, kind: FileKind[Any]) -> tuple[Any, dict[Position, int]]:
    """The data of a TOML file, its numbers and dates as text, and the line of each entry."""
    values = 0
    for match in _TOML_TOKENS.finditer(text):
        if match.group("value"):
            values += 1
            if values > MAX_NODES:
                raise _too_many(name, text.count("\n", 0, match.start()) + 1)
            continue
        if match.group("int"):
            line = text.count("\n", 0, match.start()) + 1
            message = (
                f"the number {match.group('int')} is not written in decimal digits;"
                " write it as stated, in quotes"
            )
            raise DataError([Problem(None, None, message, line=line)], file=name)
    try:
        data = _as_text(tomllib.loads(text, parse_float=str))
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = _TOML_AT.search(message)
        where = int(at.group(1)) if at is not None and at.group(1) else None
        message = message[: at.start()] if at is not None else message
        raise DataError([Problem(None, None, f"not valid TOML: {message}", line=where)], file=name) from None
    except RecursionError:
        raise _too_deep(name) from None
    for section, fields in kind.absent_is_null.items():
        items = data.get(section)
        if isinstance(items, list):
            data[section] = [
                {**{f: None for f in fields}, **item} if isinstance(item, dict) else item for item in items
            ]
    return data, _toml_positions(text, data, kind)


def _as_text(value: Any) -> Any:
    """TOML data with integers and dates as their text, as a YAML file gives them."""
    if isinstance(value, dict):
        return {k: _as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_text(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    return value


def _toml_positions(text: str, data: Mapping[str, Any], kind: FileKind[Any]) -> dict[Position, int]:
    """The line of each ``[[section]]`` and ``[[section.sub]]`` header (best effort).

    The headers are trusted only where they account for every entry: entries
    written as inline tables, or a header inside a multi-line string, leave
    those entries without a line rather than with a wrong one.
    """
    positions: dict[Position, int] = {}
    counts: dict[Position, int] = {}
    for number, line in enumerate(text.split("\n"), 1):
        match = _TOML_HEADER.fullmatch(line)
        if match is None:
            continue
        key = tuple(part.strip().strip("\"'") for part in match.group(1).split("."))
        if len(key) == 1 and key[0] in kind.sections:
            index = counts.get(key, 0)
            counts[key] = index + 1
            positions[(key[0], index)] = number
        elif len(key) == 2 and key[0] in kind.sections and kind.sections[key[0]] == key[1]:
            parent = counts.get(key[:1], 0) - 1
            index = counts.get((key[0], parent), 0)
            counts[(key[0], parent)] = index + 1
            positions[(key[0], parent, key[1], index)] = number
    for section, sub in kind.sections.items():
        items = data.get(section)
        items = items if isinstance(items, list) else []
        if counts.get((section,), 0) != len(items):
            positions = {k: v for k, v in positions.items() if k[0] != section}
            continue
        for i, item in enumerate(items):
            children = item.get(sub) if sub is not None and isinstance(item, dict) else None
            if counts.get((section, i), 0) != (len(children) if isinstance(children, list) else 0):
                positions = {k: v for k, v in positions.items() if k[:2] != (section, i) or len(k) == 2}
    return positions


# --- from data to a model -------------------------------------------------------------------------


def load_data(data: Any, name: str, kind: FileKind[M]) -> M:
    """Validate data already in Python (what a file would hold) as ``kind``'s model.

    The one way the functions that build a document from their arguments
    (``check_share``, ``assert_sum``, ...) validate it: every problem is a
    :class:`~minestats.DataError` naming ``name``, the entry and the field,
    as for a file, never pydantic's ``ValidationError``.
    """
    return _build(data, {}, name, kind).value


def _build(data: Any, positions: dict[Position, int], name: str, kind: FileKind[M]) -> Loaded[M]:
    if not isinstance(data, dict):
        found = "nothing" if data is None else type(data).__name__
        message = f"a {kind.noun} holds a mapping with {kind.holds}"
        raise DataError([Problem(None, None, message, found=found)], file=name)
    data = dict(data)
    if kind.version_required or kind.version_key in data:
        version = data.pop(kind.version_key, None)
        if str(version) != str(kind.version):
            message = f"unsupported {kind.label} version"
            problem = Problem(None, kind.version_key, message, str(kind.version), str(version))
            raise DataError([problem], file=name)
    lines = _entry_lines(data, positions, kind)
    try:
        value = kind.model.model_validate(data)
    except ValidationError as exc:
        raise DataError(_problems(exc, data, positions, lines, kind), file=name) from None
    except RecursionError:
        raise _too_deep(name) from None
    return Loaded(value, lines)


def _item(items: Any, index: int) -> Any:
    return items[index] if isinstance(items, list) and 0 <= index < len(items) else None


def _ident(item: Any) -> str | None:
    ident = item.get("id") if isinstance(item, dict) else None
    return ident if isinstance(ident, str) and ident else None


def _entry_lines(
    data: Mapping[str, Any], positions: dict[Position, int], kind: FileKind[Any]
) -> dict[str, int]:
    """Line of each entry that has an id, by id (``"parent/child"`` for nested entries)."""
    lines: dict[str, int] = {}
    for section, sub in kind.sections.items():
        items = data.get(section)
        for i, item in enumerate(items if isinstance(items, list) else []):
            ident = _ident(item)
            if ident is None or (section, i) not in positions:
                continue
            lines.setdefault(ident, positions[(section, i)])
            if sub is None:
                continue
            children = item.get(sub)
            for j, child in enumerate(children if isinstance(children, list) else []):
                child_id = _ident(child)
                if child_id is not None and (section, i, sub, j) in positions:
                    lines.setdefault(f"{ident}/{child_id}", positions[(section, i, sub, j)])
    return lines


def _repeated_lines(
    data: Mapping[str, Any], positions: dict[Position, int], kind: FileKind[Any]
) -> dict[str, int]:
    """For each id given to a second entry of its section (or claim), the line of that second entry."""
    repeats: dict[str, int] = {}
    for section, sub in kind.sections.items():
        items = data.get(section)
        items = items if isinstance(items, list) else []
        seen: set[str] = set()
        for i, item in enumerate(items):
            ident = _ident(item)
            if ident is not None and ident in seen and (section, i) in positions:
                repeats.setdefault(ident, positions[(section, i)])
            seen.add(ident or "")
            if sub is None or not isinstance(item, dict):
                continue
            children = item.get(sub)
            known: set[str] = set()
            for j, child in enumerate(children if isinstance(children, list) else []):
                child_id = _ident(child)
                key: Position = (section, i, sub, j)
                if ident is not None and child_id is not None and child_id in known and key in positions:
                    repeats.setdefault(f"{ident}/{child_id}", positions[key])
                known.add(child_id or "")
    return repeats


def _problems(
    exc: ValidationError,
    data: Mapping[str, Any],
    positions: dict[Position, int],
    lines: dict[str, int],
    kind: FileKind[Any],
) -> list[Problem]:
    """Each pydantic error as a Problem naming the entry, the field and the line."""
    problems: list[Problem] = []
    repeats = _repeated_lines(data, positions, kind)
    errors = exc.errors(include_url=False)
    # lists with an item that failed: pydantic also says such a list is too short, as if it were empty
    failed = {e["loc"][:k] for e in errors for k, part in enumerate(e["loc"]) if isinstance(part, int)}
    for error in errors:
        if error["type"] == "too_short" and error["loc"] in failed:
            continue  # the failed item's own errors say what is wrong
        entry, field, line = _locate(list(error["loc"]), data, positions, kind)
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, DataError):  # raised by a model's own validator, with entries of its own
            for p in cause.problems:
                p_line = line
                if p.entry is not None and p.entry != entry:  # else: the entry at loc, whose id may repeat
                    p_line = lines.get(p.entry, lines.get(p.entry.split("/")[0], line))
                    if p.field == "id" and p.entry in repeats:  # "duplicate id": the line of the repeat
                        p_line = repeats[p.entry]
                problems.append(
                    Problem(p.entry or entry, p.field or field, p.message, p.expected, p.found, p_line)
                )
            continue
        message = str(error["msg"])
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
            if not message.startswith(("unknown", "a ", "an ", "the ")):
                message = "expected " + message
        found = None if error["type"] == "missing" else _short(error.get("input"))
        if error["type"] == "missing":
            message = "this field is required"
        elif error["type"] == "extra_forbidden":
            message = f"this field is not part of the {kind.label} (a typo?)"
        problems.append(Problem(entry, field, message, None, found, line))
    return problems


def _locate(
    loc: list[Any], data: Mapping[str, Any], positions: dict[Position, int], kind: FileKind[Any]
) -> tuple[str | None, str | None, int | None]:
    """Entry, field and line of an error at ``loc``.

    An entry is named by its id, else by its place (``figures[3]``); a nested
    entry by its parent's name, ``/`` and its own (``claim/reading``,
    ``source/observations[2]``).
    """
    if len(loc) < 2 or loc[0] not in kind.sections or not isinstance(loc[1], int):
        return None, _dotted(loc) or None, None
    section, index, rest = loc[0], loc[1], loc[2:]
    item = _item(data.get(section), index)
    entry = _ident(item) or f"{section}[{index}]"
    line = positions.get((section, index))
    sub = kind.sections[section]
    if sub is not None and len(rest) >= 2 and rest[0] == sub and isinstance(rest[1], int):
        child = _item(item.get(sub) if isinstance(item, dict) else None, rest[1])
        if child is not None:  # in the file, not made by a validator from a shorthand
            entry += "/" + (_ident(child) or f"{sub}[{rest[1]}]")
            line = positions.get((section, index, sub, rest[1]), line)
            rest = rest[2:]
    return entry, _dotted(rest) or None, line


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
