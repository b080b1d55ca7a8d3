"""The exception tree of minestats.

Every error the library raises on purpose derives from :class:`MinestatsError`
and also from the builtin it resembles, so ``except ValueError`` keeps working
for callers who do not know minestats.
"""

from __future__ import annotations

import difflib
import errno
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "DataError",
    "ExpressionError",
    "FolderError",
    "MinestatsError",
    "MissingExtraError",
    "PrecisionWarning",
    "Problem",
    "UnitError",
    "UnknownFigureError",
    "UnknownIdError",
]


class MinestatsError(Exception):
    """Base class of every error minestats raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file or a document.

    Attributes
    ----------
    entry : str or None
        The id of the figure, claim or reading (``"claim/reading"``) at fault,
        or a positional name such as ``"figures[3]"`` when it has no id.
    field : str or None
        The field of that entry, e.g. ``"value"`` or ``"readings[0].part"``.
    message : str
        What is wrong, in words a person can act on.
    expected, found : str or None
        What the field should hold, and what it holds.
    line : int or None
        1-based line in the file, when the format tells.
    """

    entry: str | None
    field: str | None
    message: str
    expected: str | None = None
    found: str | None = None
    line: int | None = None

    def describe(self, file: str | None = None) -> str:
        where = []
        if file:
            where.append(file + (f":{self.line}" if self.line else ""))
        if self.entry:
            where.append(f"entry {self.entry!r}")
        if self.field:
            where.append(f"field {self.field!r}")
        head = ", ".join(where)
        text = f"{head}: {self.message}" if head else self.message
        if self.expected is not None:
            text += f" (expected {self.expected}"
            text += f"; found {self.found})" if self.found is not None else ")"
        elif self.found is not None:
            text += f" (found {self.found})"
        return text


class DataError(MinestatsError, ValueError):
    r"""A document or data file that does not hold what minestats needs.

    The first problem's fields are copied onto the error for convenience;
    :attr:`problems` holds every problem found, in file order.

    Examples
    --------
    >>> import minestats
    >>> text = "id: d\ntitle: T\nfigures: 3\n"
    >>> try:
    ...     minestats.loads(text, name="bad.yaml")
    ... except minestats.DataError as err:
    ...     print(err.file, err.field, isinstance(err, ValueError))
    bad.yaml figures True
    """

    def __init__(
        self,
        problems: Sequence[Problem] | str,
        *,
        file: str | None = None,
    ) -> None:
        if isinstance(problems, str):
            problems = [Problem(None, None, problems)]
        if not problems:
            raise TypeError("DataError needs at least one problem")
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.file = file
        first = self.problems[0]
        self.entry = first.entry
        self.field = first.field
        self.expected = first.expected
        self.found = first.found
        self.line = first.line
        super().__init__(self._message())

    def _message(self) -> str:
        lines = [p.describe(self.file) for p in self.problems[:20]]
        if len(self.problems) > 20:
            lines.append(f"... and {len(self.problems) - 20} more problems")
        if len(lines) == 1:
            return lines[0]
        return f"{len(self.problems)} problems:\n  " + "\n  ".join(lines)


class UnitError(MinestatsError, ValueError):
    """A unit that is unknown, or quantities whose units cannot be combined.

    Attributes
    ----------
    unit : str or None
        The unit at fault, as written.
    """

    def __init__(self, message: str, *, unit: str | None = None) -> None:
        self.unit = unit
        super().__init__(message)


class ExpressionError(MinestatsError, ValueError):
    """An expression for :func:`minestats.compute` that cannot be evaluated.

    Attributes
    ----------
    expression : str
        The expression as given (cut to 200 characters).
    position : int or None
        0-based character offset of the fault, when there is one.
    """

    def __init__(self, message: str, *, expression: str, position: int | None = None) -> None:
        self.expression = expression[:200]
        self.position = position
        text = message
        if position is not None and len(expression) <= 200:
            text += f"\n  {expression}\n  {' ' * position}^"
        super().__init__(text)


class UnknownIdError(MinestatsError, KeyError):
    """An id (of a figure, claim, reading, source or observation) that is not there.

    Attributes
    ----------
    key : str
        The id asked for.
    document : str or None
        The id of the document (or series) looked in.
    kind : str
        What was looked for: ``"figure"``, ``"claim"``, ...
    suggestions : tuple of str
        The ids nearest to ``key``, for "did you mean".

    Examples
    --------
    >>> import minestats
    >>> try:
    ...     minestats.letter().figure("minefield_areas")
    ... except minestats.UnknownIdError as error:
    ...     print(error)
    ...     print(error.suggestions)
    no figure with id 'minefield_areas' in document 'un-24-23652'; did you mean 'minefield_area'?
    ('minefield_area',)
    """

    def __init__(
        self, key: str, *, document: str | None = None, kind: str = "figure", near: Iterable[str] = ()
    ) -> None:
        self.key = key
        self.document = document
        self.kind = kind
        self.suggestions = tuple(difflib.get_close_matches(str(key), list(near), n=3, cutoff=0.6))
        super().__init__(key)

    def __str__(self) -> str:
        where = f" in document {self.document!r}" if self.document else ""
        hint = ""
        if self.suggestions:
            hint = "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return f"no {self.kind} with id {self.key!r}{where}{hint}"


#: The former name of :class:`UnknownIdError`, kept so that existing code keeps working.
UnknownFigureError = UnknownIdError


class MissingExtraError(MinestatsError, ImportError):
    """An optional dependency that is not installed; the message names the extra to install."""


class FolderError(MinestatsError, IsADirectoryError):
    """A folder was given where one data file is read.

    The message says what reads a folder instead: :func:`minestats.check_all`,
    :func:`minestats.audit_all` or :func:`minestats.data_files`. As an
    :class:`IsADirectoryError`, code that catches the builtin still catches it.

    Examples
    --------
    >>> import minestats, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     try:
    ...         minestats.load(folder)
    ...     except IsADirectoryError as error:
    ...         print(str(error).split(": ", 1)[1].split(";")[0])
    is a folder, and minestats.load reads one data file
    """

    def __init__(self, path: str) -> None:
        super().__init__(errno.EISDIR, "is a folder", path)
        self.message = (
            f"{path}: is a folder, and minestats.load reads one data file; "
            "minestats.check_all(folder) checks every data file in it and "
            "minestats.data_files(folder) lists them"
        )

    def __str__(self) -> str:
        return self.message


class PrecisionWarning(UserWarning):
    """Stated numbers arrived as floats, so their stated digits may be lost.

    ``14.20`` stored as a float reads back as ``14.2``, whose rounding interval
    is ten times wider. Give stated numbers as strings to keep every digit.
    """
