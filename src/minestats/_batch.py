"""Many documents at once: :func:`check_all`, :func:`audit_all` and the combined :class:`Batch`.

An analyst's first real job is a folder of reports. :func:`check_all` checks
every data file that some paths name (files, folders searched recursively,
glob patterns; see :func:`~minestats._files.data_files`); :func:`audit_all`
audits every plain text. Each file goes through the same per-file function
(:func:`check_file`, :func:`audit_file`), one after another or in several
processes (``jobs=``), with the same result either way; the reports come
back in file order as one :class:`Batch`, whose :meth:`~Batch.to_frame` has
a ``document`` column.

For a corpus larger than one machine, map the per-file function over a
distributed collection (a Dask bag, say) and combine the reports with
:meth:`Batch.of`; ``docs/cli.md`` shows how.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Generic, TypeVar

from ._audit import Audit, audit
from ._checks import check
from ._files import Paths, data_files, text_files
from ._html import batch_html
from ._io import load
from ._models import Document
from ._render import batch_text
from ._report import Report
from ._text import read_text

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from typing_extensions import TypeVar as DefaultedTypeVar  # a default for the type checker alone

__all__ = ["PROGRESS_FROM", "Batch", "audit_all", "audit_file", "check_all", "check_file"]

#: A progress bar is shown (on a terminal, with rich or tqdm installed) from this many files on.
PROGRESS_FROM = 5

T = TypeVar("T")
R = TypeVar("R")

#: The kind of report a batch holds: :class:`~minestats.Audit` for :func:`audit_all`; a bare
#: ``Batch`` in an annotation means ``Batch[Report]``.
if TYPE_CHECKING:  # pragma: no cover
    Kind = DefaultedTypeVar("Kind", bound=Report, default=Report, covariant=True)
else:
    Kind = TypeVar("Kind", bound=Report, covariant=True)
#: The kind of report a batch is made of, in :meth:`Batch.of`.
Of = TypeVar("Of", bound=Report)


class Batch(Report, Generic[Kind]):
    """The reports of several documents as one report.

    ``verdicts`` holds every document's verdicts in file order, so
    :meth:`to_frame` is one table with a ``document`` column; ``reports``
    holds each document's own report (an :class:`~minestats.Audit` for
    :func:`audit_all`), and ``documents`` the documents checked (none for
    audits, whose figures are on each audit).

    For a type checker, a batch is generic in the kind of report it holds:
    :func:`audit_all` gives a ``Batch[Audit]`` (its ``reports`` are audits,
    with their ``shares``), :func:`check_all` a ``Batch[Report]``; a bare
    ``Batch`` means ``Batch[Report]``.

    Examples
    --------
    >>> import minestats
    >>> batch = minestats.Batch.of([minestats.check(minestats.letter())])
    >>> batch.document, len(batch), batch.as_expected
    ('1 document', 14, True)
    >>> batch.to_frame()["document"].unique().tolist()
    ['un-24-23652']
    """

    reports: tuple[Kind, ...]
    documents: tuple[Document, ...] = ()

    @classmethod
    def of(cls: type[Batch[Of]], reports: Iterable[Of], documents: Iterable[Document] = ()) -> Batch[Of]:
        """Reports (and the documents checked, for their figures) combined, in the order given."""
        reports = tuple(reports)
        name = f"{len(reports)} document" + ("" if len(reports) == 1 else "s")
        return cls(
            document=name,
            verdicts=tuple(v for r in reports for v in r.verdicts),
            reports=reports,
            documents=tuple(documents),
        )

    @property
    def as_expected(self) -> bool:
        """Whether every document's report is as expected."""
        return all(r.as_expected for r in self.reports)

    def report(self, document: str) -> Kind:
        """The report of one document, by its id."""
        for report in self.reports:
            if report.document == document:
                return report
        from ._errors import UnknownIdError

        names = [r.document for r in self.reports]
        raise UnknownIdError(document, document=None, kind="document", near=names)

    def figures_frame(self) -> pd.DataFrame:
        """Every document's figures, one row each, with a ``document`` column first.

        The columns are those of :meth:`Document.to_frame <minestats.Document.to_frame>`.
        """
        import pandas as pd

        from ._models import FIGURE_COLUMNS

        frames = [d.to_frame().assign(document=d.id) for d in self.documents]
        for report in self.reports:
            if isinstance(report, Audit) and report.figures:
                frames.append(report.draft().to_frame().assign(document=report.document))
        columns = ["document", *FIGURE_COLUMNS]
        if not frames:
            return pd.DataFrame(columns=columns).astype({"document": "string", **FIGURE_COLUMNS})
        frame = pd.concat(frames, ignore_index=True)[columns]
        return frame.astype({"document": "string"})

    def to_excel(self, path: str | os.PathLike[str] | BinaryIO, *, document: Document | None = None) -> None:
        """A workbook with a sheet of verdicts and a sheet of every document's figures (``xlsx`` extra).

        ``document`` is not needed: a batch knows its documents.
        """
        from ._export import write_excel

        write_excel(path, {"verdicts": self.to_frame(), "figures": self.figures_frame()})

    def to_text(self) -> str:
        """One table of every verdict with its document, and a line of counts per document."""
        return batch_text(self)

    def _repr_html_(self) -> str:
        return batch_html(self)


def check_file(path: str | os.PathLike[str]) -> Report:
    """Load one data file and check it: the per-file function of :func:`check_all`.

    Examples
    --------
    >>> import minestats
    >>> minestats.check_file(minestats.letter().source).counts["inconsistent"]
    3
    """
    return check(load(path))


def _checked(path: Path) -> tuple[Document, Report]:
    document = load(path)
    return document, check(document)


def audit_file(path: str | os.PathLike[str], *, locale: str | None = None) -> Audit:
    """Read one plain text (or PDF) and audit it, named by its file's stem: the per-file function of
    :func:`audit_all` (``locale`` as for :func:`~minestats.audit`)."""
    return audit(read_text(path), name=Path(path).stem, locale=locale)


def _progress(items: Iterator[R], total: int, label: str, show: bool | None) -> Iterator[R]:
    """``items``, with a progress bar on standard error when asked, or when ``None`` and worth it."""
    if show is None:
        show = total >= PROGRESS_FROM and sys.stderr.isatty()
    if not show:
        return items
    try:
        from rich.progress import track
    except ImportError:
        try:
            from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
        except ImportError:
            return items
        return iter(tqdm(items, total=total, desc=label, file=sys.stderr, unit="file"))
    from rich.console import Console

    return iter(track(items, total=total, description=label, console=Console(stderr=True), transient=True))


def _run(
    function: Callable[[T], R], items: Sequence[T], jobs: int, label: str, progress: bool | None
) -> list[R]:
    """``function`` over ``items`` in order, in ``jobs`` processes (1: in this one)."""
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if jobs == 1 or len(items) < 2:
        return list(_progress(map(function, items), len(items), label, progress))
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(items))) as pool:
        chunk = max(1, len(items) // (4 * jobs))  # fewer round trips; the order is kept
        return list(_progress(pool.map(function, items, chunksize=chunk), len(items), label, progress))


def check_all(paths: Paths, *, jobs: int = 1, progress: bool | None = None) -> Batch[Report]:
    """Check every data file that ``paths`` name, as one :class:`Batch`.

    Parameters
    ----------
    paths : str, path-like or iterable of them
        One path or several: data files, folders (searched recursively for files that start with
        ``minestats: 1``, as the pytest plugin does) and glob patterns.
    jobs : int
        Processes to use; the result is the same for any number.
    progress : bool, optional
        Show a progress bar on standard error (needs rich or tqdm). By
        default, when standard error is a terminal and there are at least
        :data:`PROGRESS_FROM` files.

    Returns
    -------
    Batch
        The reports in file order; ``to_frame()`` has a ``document`` column.

    Raises
    ------
    DataError
        For the first file that cannot be loaded, naming it.
    FileNotFoundError
        For a path that does not exist, or a folder or pattern with no data file.

    Examples
    --------
    >>> import minestats
    >>> batch = minestats.check_all([minestats.letter().source])
    >>> batch.counts
    {'consistent': 9, 'inconsistent': 3, 'indeterminate': 2}
    """
    files = data_files(paths)
    pairs = _run(_checked, files, jobs, "checking", progress)
    return Batch.of([r for _, r in pairs], [d for d, _ in pairs])


def audit_all(
    paths: Paths,
    *,
    jobs: int = 1,
    progress: bool | None = None,
    locale: str | None = None,
) -> Batch[Audit]:
    """Audit every plain text that ``paths`` name (``*.txt``, ``*.md``, ``*.pdf`` in folders), as one
    :class:`Batch` of :class:`~minestats.Audit` reports; otherwise as :func:`check_all`.
    ``locale`` says how the texts write numbers (default: inferred from each text).

    Examples
    --------
    >>> import minestats, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "note.txt").write_text("Of 200 mines, 50 (25 per cent) were cleared.")
    >>> batch = minestats.audit_all([folder])
    >>> [(r.document, [s.status for s in r.shares]) for r in batch.reports]
    [('note', ['consistent'])]
    """
    files = text_files(paths)
    return Batch.of(_run(functools.partial(audit_file, locale=locale), files, jobs, "auditing", progress))
