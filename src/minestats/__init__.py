"""minestats: the figures of mine-contamination documents as typed, cited records.

Load a document, check every percentage and total it states against its own
figures, and compute what it does not state.

Examples
--------
>>> import minestats
>>> letter = minestats.letter()
>>> report = minestats.check(letter)
>>> report.counts
{'consistent': 9, 'inconsistent': 3, 'indeterminate': 2}
"""

from __future__ import annotations

from ._audit import Audit, Coverage, Flag, Share, audit, draft
from ._checks import check, check_reading
from ._compute import compute
from ._errors import (
    DataError,
    ExpressionError,
    MinestatsError,
    Problem,
    UnitError,
    UnknownFigureError,
)
from ._extract import Extraction, Mention, extract
from ._io import documents, dump, dumps, letter, load, loads
from ._models import QUALIFIERS, Claim, ClaimKind, Document, Figure, Locator, Reading, Status
from ._report import Implied, Report, Verdict
from ._text import read_text
from ._toml import dumps_toml

__version__ = "0.1.0"

__all__ = [
    "QUALIFIERS",
    "Audit",
    "Claim",
    "ClaimKind",
    "Coverage",
    "DataError",
    "Document",
    "ExpressionError",
    "Extraction",
    "Figure",
    "Flag",
    "Implied",
    "Locator",
    "Mention",
    "MinestatsError",
    "Problem",
    "Reading",
    "Report",
    "Share",
    "Status",
    "UnitError",
    "UnknownFigureError",
    "Verdict",
    "__version__",
    "audit",
    "check",
    "check_reading",
    "compute",
    "documents",
    "draft",
    "dump",
    "dumps",
    "dumps_toml",
    "extract",
    "letter",
    "load",
    "loads",
    "read_text",
]
