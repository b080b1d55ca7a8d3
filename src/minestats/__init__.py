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
from ._io import documents, dump, dumps, letter, load, loads
from ._models import QUALIFIERS, Claim, ClaimKind, Document, Figure, Locator, Reading, Status
from ._report import Implied, Report, Verdict
from ._series import METRICS, Observation, Series, Source, load_series, loads_series, official_series, series
from ._trends import (
    Finding,
    Projection,
    Reconciliation,
    clearance_rates,
    compare,
    compare_letter,
    project,
    reconcile,
    reported_rates,
)

__version__ = "0.1.0"

__all__ = [
    "METRICS",
    "QUALIFIERS",
    "Claim",
    "ClaimKind",
    "DataError",
    "Document",
    "ExpressionError",
    "Figure",
    "Finding",
    "Implied",
    "Locator",
    "MinestatsError",
    "Observation",
    "Problem",
    "Projection",
    "Reading",
    "Reconciliation",
    "Report",
    "Series",
    "Source",
    "Status",
    "UnitError",
    "UnknownFigureError",
    "Verdict",
    "__version__",
    "check",
    "check_reading",
    "clearance_rates",
    "compare",
    "compare_letter",
    "compute",
    "documents",
    "dump",
    "dumps",
    "letter",
    "load",
    "load_series",
    "loads",
    "loads_series",
    "official_series",
    "project",
    "reconcile",
    "reported_rates",
    "series",
]
