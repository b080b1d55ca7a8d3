"""The example notebook runs top to bottom, so it cannot go stale."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).parents[1] / "docs" / "letter.ipynb"


def test_letter_notebook_runs(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat", reason="executing the notebook needs nbformat (test extra)")
    nbclient = pytest.importorskip("nbclient", reason="executing the notebook needs nbclient (test extra)")
    pytest.importorskip("ipykernel", reason="executing the notebook needs ipykernel (test extra)")
    pytest.importorskip("matplotlib", reason="the notebook plots; install the plot extra")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("14 readings checked" in h for h in html), "the report is shown as HTML"
    assert any("cleared_share_of_minefields/of_minefield_area" in h for h in html), "the verdict is shown"
    assert any("image/png" in o.get("data", {}) for o in outputs), "the plots are drawn"
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "13.0 % of the territory is mined" in printed
    assert "share/as_stated in assert-share: inconsistent, expected consistent" in printed


def test_notebook_is_committed_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat", reason="reading the notebook needs nbformat (test extra)")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code)
