"""The public API: what `import minestats` offers, and what importing it costs."""

from __future__ import annotations

import subprocess
import sys

import minestats

PUBLIC = [
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


def test_public_api_is_pinned() -> None:
    assert minestats.__all__ == PUBLIC


def test_all_is_sorted_and_every_name_exists() -> None:
    def kind(name: str) -> tuple[int, str]:  # constants, classes, then the rest (isort style)
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert minestats.__all__ == sorted(minestats.__all__, key=kind)
    for name in minestats.__all__:
        assert hasattr(minestats, name), name


def test_error_tree() -> None:
    assert issubclass(minestats.DataError, minestats.MinestatsError)
    assert issubclass(minestats.DataError, ValueError)
    assert issubclass(minestats.UnitError, ValueError)
    assert issubclass(minestats.ExpressionError, ValueError)
    assert issubclass(minestats.UnknownFigureError, KeyError)
    assert issubclass(minestats.FolderError, IsADirectoryError)
    for error in (
        minestats.UnitError,
        minestats.ExpressionError,
        minestats.UnknownFigureError,
        minestats.FolderError,
    ):
        assert issubclass(error, minestats.MinestatsError)


def test_import_does_not_load_pandas_or_pint_or_build_a_registry() -> None:
    code = (
        "import sys, minestats; "
        "print(sorted(m for m in ('pandas', 'pint', 'numpy', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_package_is_typed() -> None:
    from importlib import resources

    assert resources.files("minestats").joinpath("py.typed").is_file()


def test_every_export_is_mapped_to_its_module() -> None:
    exported = set(minestats.__all__) - {"__version__"}
    assert set(minestats._EXPORTS) == exported
    for name, module in minestats._EXPORTS.items():
        value = getattr(minestats, name)
        assert getattr(value, "__module__", f"minestats.{module}") == f"minestats.{module}", name


def test_unknown_id_error_keeps_its_former_name() -> None:
    import pytest

    assert minestats.UnknownFigureError is minestats.UnknownIdError
    with pytest.raises(minestats.UnknownFigureError, match="did you mean 'minefield_area'") as caught:
        minestats.letter().figure("minefield_areas")
    assert caught.value.suggestions[0] == "minefield_area"
    assert isinstance(caught.value, KeyError)


def test_unknown_attribute_is_an_attribute_error() -> None:
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = minestats.nope
    assert "check" in dir(minestats)
