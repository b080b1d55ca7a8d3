"""minestats: the figures of mine-contamination documents as typed, cited records.

Load a document, check every percentage and total it states against its own
figures, and compute what it does not state.

Importing the package is cheap: its modules load on first use of a name, and
pandas and pint load only when a table or a quantity is asked for.

Examples
--------
>>> import minestats
>>> letter = minestats.letter()
>>> report = minestats.check(letter)
>>> report.counts
{'consistent': 9, 'inconsistent': 3, 'indeterminate': 2}
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> private module that defines it.
_EXPORTS: dict[str, str] = {
    "METRICS": "_series",
    "QUALIFIERS": "_vocab",
    "Audit": "_audit._results",
    "Backtest": "_trends._backtest",
    "Batch": "_batch",
    "Claim": "_models",
    "ClaimKind": "_vocab",
    "Coverage": "_audit._results",
    "DataError": "_errors",
    "Dating": "_series",
    "Document": "_models",
    "Explanation": "_trends._explain",
    "Explanations": "_trends._explain",
    "ExpressionError": "_errors",
    "ExpressionWarning": "_errors",
    "Extraction": "_extract",
    "Figure": "_models",
    "Finding": "_trends._findings",
    "Forecast": "_trends._backtest",
    "Flag": "_audit._results",
    "FolderError": "_errors",
    "Implied": "_report",
    "Locator": "_models",
    "Mention": "_extract",
    "MinestatsError": "_errors",
    "MinestatsWarning": "_errors",
    "Observation": "_series",
    "PrecisionWarning": "_errors",
    "Problem": "_errors",
    "Projection": "_trends._rates",
    "Reading": "_models",
    "Reconciliation": "_trends._findings",
    "Report": "_report",
    "Series": "_series",
    "Share": "_audit._results",
    "Source": "_series",
    "Status": "_vocab",
    "UnitError": "_errors",
    "UnknownFigureError": "_errors",
    "UnknownIdError": "_errors",
    "Verdict": "_report",
    "audit": "_audit",
    "audit_all": "_batch",
    "audit_file": "_batch",
    "check": "_checks",
    "check_all": "_batch",
    "check_change": "_frames_kinds",
    "check_changes": "_frames_kinds",
    "check_file": "_batch",
    "check_multiple": "_frames_kinds",
    "check_multiples": "_frames_kinds",
    "check_partition": "_frames_kinds",
    "check_partitions": "_frames_kinds",
    "check_reading": "_checks",
    "check_same": "_frames_kinds",
    "check_sames": "_frames_kinds",
    "check_share": "_frames",
    "check_shares": "_frames",
    "check_sum": "_frames",
    "check_sums": "_frames",
    "clearance_rates": "_trends._rates",
    "backtest": "_trends._backtest",
    "compare": "_trends._compare",
    "compare_letter": "_trends._letter",
    "compute": "_compute",
    "data_files": "_files",
    "documents": "_io",
    "draft": "_audit",
    "dump": "_io",
    "dumps": "_io",
    "dumps_toml": "_toml",
    "explain_misses": "_trends._explain",
    "extract": "_extract",
    "forecast": "_trends._backtest",
    "letter": "_io",
    "load": "_io",
    "load_series": "_series",
    "loads": "_io",
    "loads_series": "_series",
    "official_series": "_series",
    "project": "_trends._rates",
    "read_text": "_text",
    "reconcile": "_trends._reconcile",
    "reported_rates": "_trends._rates",
    "series": "_series",
}

__all__ = [
    "METRICS",
    "QUALIFIERS",
    "Audit",
    "Backtest",
    "Batch",
    "Claim",
    "ClaimKind",
    "Coverage",
    "DataError",
    "Dating",
    "Document",
    "Explanation",
    "Explanations",
    "ExpressionError",
    "ExpressionWarning",
    "Extraction",
    "Figure",
    "Finding",
    "Flag",
    "FolderError",
    "Forecast",
    "Implied",
    "Locator",
    "Mention",
    "MinestatsError",
    "MinestatsWarning",
    "Observation",
    "PrecisionWarning",
    "Problem",
    "Projection",
    "Reading",
    "Reconciliation",
    "Report",
    "Series",
    "Share",
    "Source",
    "Status",
    "UnitError",
    "UnknownFigureError",
    "UnknownIdError",
    "Verdict",
    "__version__",
    "audit",
    "audit_all",
    "audit_file",
    "backtest",
    "check",
    "check_all",
    "check_change",
    "check_changes",
    "check_file",
    "check_multiple",
    "check_multiples",
    "check_partition",
    "check_partitions",
    "check_reading",
    "check_same",
    "check_sames",
    "check_share",
    "check_shares",
    "check_sum",
    "check_sums",
    "clearance_rates",
    "compare",
    "compare_letter",
    "compute",
    "data_files",
    "documents",
    "draft",
    "dump",
    "dumps",
    "dumps_toml",
    "explain_misses",
    "extract",
    "forecast",
    "letter",
    "load",
    "load_series",
    "loads",
    "loads_series",
    "official_series",
    "project",
    "read_text",
    "reconcile",
    "reported_rates",
    "series",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'minestats' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"minestats.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from ._audit import Audit, Coverage, Flag, Share, audit, draft
    from ._batch import Batch, audit_all, audit_file, check_all, check_file
    from ._checks import check, check_reading
    from ._compute import compute
    from ._errors import (
        DataError,
        ExpressionError,
        ExpressionWarning,
        FolderError,
        MinestatsError,
        MinestatsWarning,
        PrecisionWarning,
        Problem,
        UnitError,
        UnknownFigureError,
        UnknownIdError,
    )
    from ._extract import Extraction, Mention, extract
    from ._files import data_files
    from ._frames import check_share, check_shares, check_sum, check_sums
    from ._frames_kinds import (
        check_change,
        check_changes,
        check_multiple,
        check_multiples,
        check_partition,
        check_partitions,
        check_same,
        check_sames,
    )
    from ._io import documents, dump, dumps, letter, load, loads
    from ._models import Claim, Document, Figure, Locator, Reading
    from ._report import Implied, Report, Verdict
    from ._series import (
        METRICS,
        Dating,
        Observation,
        Series,
        Source,
        load_series,
        loads_series,
        official_series,
        series,
    )
    from ._text import read_text
    from ._toml import dumps_toml
    from ._trends._backtest import Backtest, Forecast, backtest, forecast
    from ._trends._compare import compare
    from ._trends._explain import Explanation, Explanations, explain_misses
    from ._trends._findings import Finding, Reconciliation
    from ._trends._letter import compare_letter
    from ._trends._rates import Projection, clearance_rates, project, reported_rates
    from ._trends._reconcile import reconcile
    from ._vocab import QUALIFIERS, ClaimKind, Status
