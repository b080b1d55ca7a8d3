"""Tests for minestats._trend_plots: plots behind the plot extra."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

import minestats
from minestats import _trend_plots


@pytest.fixture
def pyplot(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    matplotlib = pytest.importorskip("matplotlib", reason="needs matplotlib (the plot extra)")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


@pytest.mark.parametrize("metric", ["cleared_area", "casualties", "items_neutralized"])
def test_plot_series_draws_one_point_per_figure(pyplot, metric: str) -> None:  # type: ignore[no-untyped-def]
    series = minestats.official_series()
    ax = _trend_plots.plot_series(series, metric)
    points = sum(
        len(c.get_offsets()) for c in ax.collections if hasattr(c, "get_offsets") and c.get_label()[:1] != "_"
    )
    assert points == len(series.of(metric))
    assert ax.get_title() == minestats.METRICS[metric].label


def test_plot_rates_and_projection(pyplot) -> None:  # type: ignore[no-untyped-def]
    rates = pd.concat([minestats.clearance_rates(), minestats.reported_rates()])
    ax = _trend_plots.plot_rates(rates)
    assert ax.get_ylabel() == "ha per year"
    projection = minestats.project()
    ax = _trend_plots.plot_projection(projection)
    labels = [line.get_label() for line in ax.get_lines()]
    assert any("fastest" in label for label in labels)
    assert any("slowest" in label for label in labels)


def test_plots_name_the_extra_when_matplotlib_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(_trend_plots.PlotError, match=r"minestats\[plot\]"):
        _trend_plots.plot_series()
    with pytest.raises(ImportError):
        _trend_plots.plot_rates(pd.DataFrame())
