"""The pytest plugin: every claim reading of a data file is a test.

Registered through the ``pytest11`` entry point, so it is active wherever
minestats is installed; ``-p no:minestats`` turns it off.

A file is collected when its name matches one of the ``minestats_files``
patterns (ini option; default ``*.yaml *.yml *.json *.toml``) **and** its top
level declares the data format (``minestats: 1``), as the loader reads it
(:func:`minestats._load.declares`: a byte order mark, any line ending, JSON,
quoted keys and escapes all count), so unrelated files are never loaded. A
file whose name matches but which cannot be read, or whose text cannot be
parsed far enough to tell, is a collection error, never a silent skip.

Each reading of each claim becomes one item,
``<file>::<document id>::<claim>[<reading>]``, so ``-k un-24-23652`` or
``-k cleared_share_of_minefields`` select items. An item passes when the verdict is
``consistent``, or the one the file records with ``expect:``. A reading recorded
as ``expect: inconsistent`` is a known discrepancy: it is reported as an
expected failure (xfail) with the reason, strictly, so that it fails once
the claim checks out.

This module imports minestats lazily: loading the plugin costs nothing in
projects that have no data files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ._files import DEFAULT_PATTERNS, is_data_file, matches_patterns

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterator

    from ._models import Document
    from ._report import Verdict

__all__ = ["ClaimItem", "DataFile", "DocumentNode", "KnownDiscrepancyError", "is_data_file"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "minestats_files",
        type="args",
        default=list(DEFAULT_PATTERNS),
        help="glob patterns of minestats data files to collect (they must also declare 'minestats: 1')",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> DataFile | None:
    patterns = parent.config.getini("minestats_files")
    if not matches_patterns(file_path, patterns):
        return None  # minestats is not even imported
    from ._errors import DataError

    try:
        if not is_data_file(file_path, patterns):
            return None
    except DataError as exc:
        problem = f"minestats could not tell whether this is a data file:\n{exc}"
        return DataFile.from_parent(parent, path=file_path, problem=problem)
    return DataFile.from_parent(parent, path=file_path)


class DataFile(pytest.File):
    """A minestats data file: its document (or the reason it could not be read)."""

    def __init__(self, *, problem: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.problem = problem

    def collect(self) -> Iterator[DocumentNode]:
        from ._errors import DataError
        from ._io import load

        if self.problem is not None:
            raise self.CollectError(self.problem)
        try:
            document = load(self.path)
        except (DataError, OSError) as exc:
            raise self.CollectError(f"minestats could not load this data file:\n{exc}") from None
        yield DocumentNode.from_parent(self, name=document.id, document=document)


class DocumentNode(pytest.Collector):
    """A document: one item per claim reading."""

    def __init__(self, *, document: Document, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.document = document

    def collect(self) -> Iterator[ClaimItem]:
        from ._vocab import Status

        for claim in self.document.claims:
            for reading in claim.readings:
                item = ClaimItem.from_parent(
                    self,
                    name=f"{claim.id}[{reading.id}]",
                    document=self.document,
                    claim=claim.id,
                    reading=reading.id,
                )
                if reading.expect is Status.INCONSISTENT:
                    reason = "known discrepancy (expect: inconsistent)"
                    if reading.note:
                        reason += f": {reading.note}"
                    item.add_marker(
                        pytest.mark.xfail(reason=reason, strict=True, raises=KnownDiscrepancyError)
                    )
                yield item


class ClaimMismatchError(AssertionError):
    """A verdict that is not the one expected."""

    def __init__(self, verdict: Verdict) -> None:
        self.verdict = verdict
        super().__init__(str(verdict))


class KnownDiscrepancyError(AssertionError):
    """A reading found inconsistent, as its data file records: the item is reported as xfail."""

    def __init__(self, verdict: Verdict) -> None:
        self.verdict = verdict
        super().__init__(f"inconsistent, as recorded: {verdict.reason}")


class ClaimItem(pytest.Item):
    """One reading of one claim."""

    def __init__(self, *, document: Document, claim: str, reading: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.document = document
        self.claim = claim
        self.reading = reading
        self.extra_keyword_matches.update({claim, reading})

    def runtest(self) -> None:
        from ._checks import check_reading
        from ._vocab import Status

        verdict = check_reading(self.document, self.claim, self.reading)
        self.user_properties.append(("minestats_status", verdict.status.value))
        self.user_properties.append(("minestats_expected", verdict.expected.value))
        if verdict.expected is Status.INCONSISTENT and verdict.status is Status.INCONSISTENT:
            raise KnownDiscrepancyError(verdict)  # an expected failure, by the item's xfail marker
        if verdict.expected is Status.INCONSISTENT and verdict.status is Status.CONSISTENT:
            # the xfail marker is strict: an expected inconsistency that holds fails, saying why
            self.add_report_section(
                "call",
                "minestats",
                f"now consistent: {verdict.reason}; remove 'expect: inconsistent' from the data file",
            )
            return
        if not verdict.as_expected:
            raise ClaimMismatchError(verdict)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        if isinstance(excinfo.value, ClaimMismatchError):
            from ._render import explain

            return explain(excinfo.value.verdict, self.document, file=self._file())
        return super().repr_failure(excinfo, style=style)

    def _file(self) -> str:
        return self.nodeid.split("::", 1)[0]

    def reportinfo(self) -> tuple[Path, int | None, str]:
        line = self.document.line_of(self.claim)
        return (
            self.path,
            None if line is None else line - 1,
            f"{self.document.id}: {self.claim}/{self.reading}",
        )
