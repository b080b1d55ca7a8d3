"""The pytest plugin: every claim reading of a data file is a test.

Registered through the ``pytest11`` entry point, so it is active wherever
minestats is installed; ``-p no:minestats`` turns it off.

A file is collected when its name matches one of the ``minestats_files``
patterns (ini option; default ``*.yaml *.yml``) **and** it declares the data
format on a line of its own near the top (``minestats: 1``), so unrelated YAML
files are never touched. Each reading of each claim becomes one item,
``<file>::<document id>::<claim>[<reading>]``, so ``-k un-24-23652`` or
``-k cleared_share_of_minefields`` select items. An item passes when the verdict is the
one the file records with ``expect:``, or ``consistent`` when none is recorded.

This module imports minestats lazily: loading the plugin costs nothing in
projects that have no data files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ._files import DEFAULT_PATTERNS, is_data_file

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterator

    from ._models import Document
    from ._report import Verdict

__all__ = ["ClaimItem", "DataFile", "DocumentNode", "is_data_file"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "minestats_files",
        type="args",
        default=list(DEFAULT_PATTERNS),
        help="glob patterns of minestats data files to collect (they must also start with 'minestats: 1')",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> DataFile | None:
    patterns = parent.config.getini("minestats_files")
    if is_data_file(file_path, patterns):
        return DataFile.from_parent(parent, path=file_path)
    return None


class DataFile(pytest.File):
    """A minestats data file: its document."""

    def collect(self) -> Iterator[DocumentNode]:
        from ._errors import DataError
        from ._io import load

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
        for claim in self.document.claims:
            for reading in claim.readings:
                yield ClaimItem.from_parent(
                    self,
                    name=f"{claim.id}[{reading.id}]",
                    document=self.document,
                    claim=claim.id,
                    reading=reading.id,
                )


class ClaimMismatchError(AssertionError):
    """A verdict that is not the one expected."""

    def __init__(self, verdict: Verdict) -> None:
        self.verdict = verdict
        super().__init__(str(verdict))


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

        verdict = check_reading(self.document, self.claim, self.reading)
        self.user_properties.append(("minestats_status", verdict.status.value))
        self.user_properties.append(("minestats_expected", verdict.expected.value))
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
