"""docs/trends.ipynb runs from top to bottom and shows the findings and the projection."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "trends.ipynb"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_trends_notebook_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat", reason="needs nbformat (the test extra)")
    nbclient = pytest.importorskip("nbclient", reason="needs nbclient (the test extra)")
    pytest.importorskip("ipykernel", reason="needs ipykernel (the test extra)")
    pytest.importorskip("matplotlib", reason="needs matplotlib (the plot extra)")
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    text = "\n".join(
        output.get("text", "")
        if output.output_type == "stream"
        else str(output.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    )
    assert "[inconsistent (known)] same_date cleared_area 2023:" in text
    assert "14.2 % holds with Azernews citing ANAMA's" in text  # a miss explained from the series
    assert "would be done between" in text
    assert (
        "cleared_area: later running totals (within 730 days) inside each model's band" in text
    )  # the backtest
    assert "casualties: later running totals" in text
    assert "Assumptions:" in text
    assert (
        "source: Trend citing the Cabinet of Ministers <https://en.trend.az/azerbaijan/society/3870489.html>"
        in text
    )
    assert not any(
        output.output_type == "error" for cell in notebook.cells for output in cell.get("outputs", [])
    )
    assert os.environ["MPLBACKEND"] == "Agg"
