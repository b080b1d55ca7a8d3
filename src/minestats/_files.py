"""Which files are minestats data files, and the files that paths, folders and globs name.

One rule for the pytest plugin and the command line: a file is a data file
when its name matches one of the patterns (``*.yaml``, ``*.yml``, ``*.json``,
``*.toml`` by default) **and** its top level declares the data format
(``minestats: 1``) as the loader reads it, so unrelated files in a folder are
never loaded.

:func:`data_files` turns what a user names (files, folders, glob patterns)
into the list of files to read: a file named is always taken; a folder is
searched recursively and a glob expanded, keeping only data files by the rule.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

__all__ = [
    "DEFAULT_PATTERNS",
    "TEXT_PATTERNS",
    "NoDataFilesError",
    "Paths",
    "data_files",
    "is_data_file",
    "is_text_file",
    "matches_patterns",
    "text_files",
]

#: Default file name patterns of data files (the plugin's ``minestats_files`` ini option):
#: every name the loader reads.
DEFAULT_PATTERNS = ("*.yaml", "*.yml", "*.json", "*.toml")
#: File name patterns of plain texts for the audit (a PDF needs the pdf extra).
TEXT_PATTERNS = ("*.txt", "*.md", "*.pdf")
_GLOB = re.compile(r"[*?\[]")

#: One path (a file, a folder or a glob pattern) or several.
Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


class NoDataFilesError(FileNotFoundError):
    """A folder or glob pattern that names no data file (an ``OSError``, like a missing file)."""


def matches_patterns(path: Path, patterns: Sequence[str]) -> bool:
    """Whether ``path``'s name matches one of the file name ``patterns``."""
    return any(fnmatch.fnmatch(path.name, p) for p in patterns)


def is_data_file(path: Path, patterns: Sequence[str] = DEFAULT_PATTERNS) -> bool:
    """Whether ``path`` is a minestats data file: the rule of the pytest plugin and of folders.

    Its name must match one of ``patterns`` and its top level must declare the
    format (``minestats: N``), as :func:`minestats.load` reads the file.

    Raises
    ------
    DataError
        When the name matches but it cannot be told: the file cannot be read
        (the error names the operating system's reason), or is too large,
        binary, not UTF-8, or not valid YAML or TOML where the key could be.

    Examples
    --------
    >>> import minestats
    >>> is_data_file(Path(minestats.letter().source))
    True
    >>> is_data_file(Path("pyproject.toml"))
    False
    """
    if not matches_patterns(path, patterns):
        return False
    from ._errors import DataError
    from ._io import DOCUMENT_FILE
    from ._load import MAX_BYTES, declares

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise DataError(f"the file cannot be read: {exc.strerror or exc}", file=str(path)) from None
    return declares(raw, str(path), DOCUMENT_FILE)


def is_text_file(path: Path, patterns: Sequence[str] = TEXT_PATTERNS) -> bool:
    """Whether ``path`` is a plain text (or PDF) for the audit, by its name.

    Examples
    --------
    >>> is_text_file(Path("notes/report.txt")), is_text_file(Path("data.yaml"))
    (True, False)
    """
    return any(fnmatch.fnmatch(path.name, p) for p in patterns)


def _in_folder(folder: Path, accept: Callable[[Path], bool]) -> Iterable[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # no .git, .venv, ...
        for name in sorted(names):
            path = Path(root, name)
            if accept(path):
                yield path


def _collect(paths: Paths, accept: Callable[[Path], bool], kind: str) -> list[Path]:
    found: dict[Path, None] = {}
    if isinstance(paths, str | os.PathLike):  # one path, not the characters of a string
        paths = [paths]
    for entry in paths:
        text = os.fspath(entry)
        path = Path(text)
        if path.is_dir():
            matches = list(_in_folder(path, accept))
            what = "folder"
        elif path.exists():
            found[path] = None
            continue
        elif _GLOB.search(text):
            matches = []
            for name in sorted(glob.glob(text, recursive=True)):
                match = Path(name)
                if match.is_dir():
                    matches.extend(_in_folder(match, accept))
                elif accept(match):
                    matches.append(match)
            what = "pattern"
        else:
            raise FileNotFoundError(2, "No such file or directory", text)
        if not matches:
            raise NoDataFilesError(f"{text}: the {what} holds no {kind}")
        found.update(dict.fromkeys(matches))
    return list(found)


def data_files(paths: Paths, patterns: Sequence[str] = DEFAULT_PATTERNS) -> list[Path]:
    """The data files that ``paths`` name, in the order named, each once.

    Parameters
    ----------
    paths : str, path-like or iterable of them
        One path or several: files (taken whatever their name: a TOML data file too), folders
        (searched recursively, hidden folders skipped, keeping the data files
        by :func:`is_data_file`) and glob patterns (``"reports/**/*.yaml"``;
        the matches are kept by the same rule, folders searched).
    patterns : sequence of str
        File name patterns of data files in folders and globs.

    Returns
    -------
    list of Path

    Raises
    ------
    FileNotFoundError
        For a file that does not exist; :class:`NoDataFilesError` (a
        ``FileNotFoundError``) for a folder or pattern with no data file.

    Examples
    --------
    >>> import minestats
    >>> folder = Path(minestats.letter().source).parent
    >>> [p.name for p in data_files([folder])]
    ['un-24-23652.yaml']
    """
    kind = f"minestats data file ({' or '.join(patterns)} with a 'minestats: 1' line at the top)"
    return _collect(paths, lambda p: is_data_file(p, patterns), kind)


def text_files(paths: Paths, patterns: Sequence[str] = TEXT_PATTERNS) -> list[Path]:
    """The plain texts that ``paths`` name, as :func:`data_files` does, by :func:`is_text_file`.

    Examples
    --------
    >>> import minestats
    >>> folder = Path(minestats.letter().source).parent
    >>> text_files([folder])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    minestats._files.NoDataFilesError: ...: the folder holds no text (*.txt, *.md or *.pdf)
    """
    names = f"{', '.join(patterns[:-1])} or {patterns[-1]}" if len(patterns) > 1 else patterns[0]
    kind = f"text ({names})"
    return _collect(paths, lambda p: is_text_file(p, patterns), kind)
