"""minestats.plot (documents and series), drawn headless and tested by what the axes hold."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pytest

import minestats
from minestats import plot

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis

matplotlib = pytest.importorskip("matplotlib", reason="minestats.plot needs the plot extra (matplotlib)")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

LETTER = minestats.letter()
REPORT = minestats.check(LETTER)


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def bars(ax: Axes) -> list[tuple[float, float]]:
    """(left, width) of each horizontal bar."""
    from matplotlib.patches import Rectangle

    out = []
    for p in ax.patches:
        assert isinstance(p, Rectangle)  # a bar is a rectangle
        out.append((p.get_x(), p.get_width()))
    return out


def legend_texts(ax: Axes) -> list[str]:
    """The texts of the axes' legend, which must be drawn."""
    legend = ax.get_legend()
    assert legend is not None
    return [t.get_text() for t in legend.get_texts()]


def label_of(artist: Artist) -> str:
    """An artist's label (matplotlib types it as any object; minestats sets strings)."""
    label = artist.get_label()
    assert isinstance(label, str)
    return label


def ticks(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


def bar_labels(ax: Axes) -> list[str]:
    return [t.get_text() for container in ax.containers for t in getattr(container, "datavalues", [])] or [
        t.get_text() for t in ax.texts
    ]


def test_clearance_draws_cleared_and_still_to_clear_in_km2() -> None:
    ax = plot.clearance(LETTER)
    assert ticks(ax) == ["cleared", "still to clear"]
    (cleared_left, cleared), (_, left) = bars(ax)
    assert cleared_left == 0
    assert cleared == pytest.approx(1658.715)
    assert cleared + left == pytest.approx(11258)
    stated = LETTER.figure(LETTER.claim("cleared_share_of_minefields").stated or "").text
    assert [t.get_text() for t in ax.texts] == [f"1,659 km² (14.7 %); stated: {stated}", "9,599 km² (85.3 %)"]
    assert ax.get_title() == "Area covered by minefields: about 11,258 km²"


def tick_texts(axis: Axis) -> list[str]:
    axis.axes.figure.canvas.draw()
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text()]


@pytest.mark.parametrize(
    "draw", [plot.devices, plot.victims, plot.clearance], ids=["devices", "victims", "clearance"]
)
def test_count_and_area_ticks_have_thousands_separators_and_room(
    draw: Callable[[minestats.Document], Axes],
) -> None:
    ax = draw(LETTER)
    labels = tick_texts(ax.xaxis)
    assert 2 <= len(labels) <= 6
    numbers = [int(label.replace(",", "")) for label in labels]
    assert all(label == f"{n:,}" for label, n in zip(labels, numbers, strict=True))
    assert any("," in label for label in labels)


def test_titles_are_wrapped_to_fit_beside_another_plot() -> None:
    _, axes = plt.subplots(2, 2, figsize=(15, 9))
    plot.clearance(LETTER, axes[0][0])
    plot.claims(LETTER, axes[1][1])
    for ax in (axes[0][0], axes[1][1]):
        assert all(len(line) <= 60 for line in ax.get_title().splitlines())
    assert axes[1][1].get_title().replace("\n", " ") == (
        "un-24-23652: stated shares against the document's own figures"
    )


def test_clearance_in_hectares_on_given_axes() -> None:
    _, given = plt.subplots()
    ax = plot.clearance(LETTER, given, unit="ha")
    assert ax is given
    assert bars(ax)[0][1] == pytest.approx(165871.5)
    assert ax.get_xlabel() == "area (ha)"


def test_devices_by_kind() -> None:
    ax = plot.devices(LETTER)
    assert ticks(ax) == ["mines", "explosive devices"]
    assert [w for _, w in bars(ax)] == [54430, 104940]
    assert [t.get_text() for t in ax.texts] == ["54,430 mines", "104,940 explosive devices"]


def test_victims_by_group() -> None:
    ax = plot.victims(LETTER)
    expected = [
        f
        for f in LETTER.figures
        if f.unit == "count" and f.known and any(w in f.id for w in ("victim", "killed", "injured"))
    ]
    assert sorted(t.split("\u2514 ")[-1] for t in ticks(ax)) == sorted(f.label for f in expected)
    assert sorted(w for _, w in bars(ax)) == sorted(float(f.value or 0) for f in expected)
    assert "3,461 people" in [t.get_text() for t in ax.texts]


def test_victims_puts_each_group_under_the_group_it_belongs_to() -> None:
    ax = plot.victims(LETTER)
    labels = ticks(ax)
    label = {f.id: f.label for f in LETTER.figures}
    assert labels[0] == label["mine_victims"]  # the total comes first, not indented
    for part in ("mine_victims_children", "mine_victims_women", "post_conflict_victims"):
        assert f"\u2514 {label[part]}" in labels
    for part in ("post_conflict_killed", "post_conflict_injured"):  # parts of the post-conflict victims
        assert f"\u00b7 \u2514 {label[part]}" in labels
        assert labels.index(f"\u00b7 \u2514 {label[part]}") > labels.index(
            f"\u2514 {label['post_conflict_victims']}"
        )
    legend = legend_texts(ax)
    assert legend == ["a total", "part of the total above it (groups overlap)"]


def test_victims_of_named_figures() -> None:
    ax = plot.victims(LETTER, figures=["post_conflict_killed", "post_conflict_injured"])
    assert [w for _, w in bars(ax)] == [70, 312]


@pytest.mark.parametrize("source", [LETTER, REPORT], ids=["document", "report"])
def test_claims_chart_draws_interval_stated_and_computed(
    source: minestats.Document | minestats.Report,
) -> None:
    ax = plot.claims(source)
    shares = [v for v in REPORT if v.kind.value == "share"]
    assert ticks(ax) == [f"{v.claim}\n{v.reading}" for v in shares]
    intervals = bars(ax)
    assert intervals == [
        pytest.approx((float(v.low or 0), float((v.high or 0) - (v.low or 0)))) for v in shares
    ]
    dots = [line for line in ax.lines if line.get_marker() == "o"]
    decided = [v for v in shares if v.computed is not None]
    assert [float(np.asarray(d.get_xdata())[0]) for d in dots] == pytest.approx(
        [float(v.computed or 0) for v in decided]
    )
    texts = [t.get_text() for t in ax.texts]
    assert texts[0] == "inconsistent (+0.53 pp)"
    assert "indeterminate: an operand is unknown" in texts
    colours = [matplotlib.colors.to_hex(d.get_color()) for d in dots]
    assert colours == [plot.COLOURS[v.status] for v in decided]
    legend = legend_texts(ax)
    assert legend[:2] == ["what the stated percentage allows (its rounding)", "stated percentage"]
    assert set(legend[2:]) == {f"computed: {v.status.value}" for v in decided}


def test_claims_needs_a_share() -> None:
    figure = "{id: a, label: a, value: 1, unit: count, entity: m, locator: {quote: q}}"
    document = minestats.loads(f"id: x\ntitle: t\nfigures:\n  - {figure}\n")
    with pytest.raises(ValueError, match="states no share"):
        plot.claims(document)


def test_missing_figures_are_named() -> None:
    with pytest.raises(minestats.UnknownFigureError, match="no figure with id 'nope'"):
        plot.devices(LETTER, figures=["nope"])
    with pytest.raises(ValueError, match="has no stated value"):
        plot.devices(LETTER, figures=["other_devices_planted"])
    with pytest.raises(ValueError, match="cannot be shown in km²"):
        plot.clearance(LETTER, cleared="mine_victims")


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plot.devices(LETTER),
        lambda: plot.claims(REPORT),
        lambda: plot.plot_series(),
        lambda: plot.plot_rates(pd.DataFrame()),
        lambda: plot.plot_projection(minestats.project()),
    ],
    ids=["devices", "claims", "plot_series", "plot_rates", "plot_projection"],
)
def test_missing_matplotlib_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, draw: Callable[[], Axes]
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(plot.MissingExtraError, match=r"pip install 'minestats\[plot\]'") as info:
        draw()
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, minestats.MinestatsError)


def test_plot_error_is_the_one_error_class() -> None:
    assert plot.PlotError is plot.MissingExtraError
    assert issubclass(plot.MissingExtraError, minestats.MinestatsError)


# -- series over time ------------------------------------------------------------------


def test_plots_of_series_are_public_and_the_private_module_is_gone() -> None:
    import importlib

    assert {"plot_series", "plot_rates", "plot_projection", "PlotError"} <= set(plot.__all__)
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("minestats._trend_plots")


def points(ax: Axes) -> int:
    """Markers drawn for a legend entry (a source), not the helper collections."""
    return sum(
        len(np.asarray(c.get_offsets()))
        for c in ax.collections
        if hasattr(c, "get_offsets") and label_of(c)[:1] != "_"
    )


@pytest.mark.parametrize("metric", ["cleared_area", "casualties", "items_neutralized"])
def test_plot_series_draws_one_point_per_figure(metric: str) -> None:
    series = minestats.official_series()
    ax = plot.plot_series(series, metric)
    assert points(ax) == len(series.of(metric))
    assert ax.get_title() == minestats.METRICS[metric].label
    info = minestats.METRICS[metric]
    assert ax.get_ylabel() == (info.entity if info.unit == "count" else info.unit)


def test_plot_series_marks_what_an_approximate_figure_allows() -> None:
    series = minestats.official_series()
    qualified = [
        o
        for o in series.of("cleared_area")
        if o.qualifier and o.interval.high is not None and o.interval.low > 0
    ]
    assert qualified
    ax = plot.plot_series(series, "cleared_area")
    segments = [s for c in ax.collections if hasattr(c, "get_segments") for s in c.get_segments()]
    assert sorted((s[0][1], s[1][1]) for s in segments) == sorted(
        (float(o.interval.low), float(o.interval.high or 0)) for o in qualified
    )


def test_plot_series_on_given_axes() -> None:
    _, given = plt.subplots()
    assert plot.plot_series(metric="killed", ax=given) is given


def test_plot_rates_and_projection() -> None:
    rates = pd.concat([minestats.clearance_rates(), minestats.reported_rates()])
    ax = plot.plot_rates(rates)
    assert ax.get_ylabel() == "ha per year"
    assert set(legend_texts(ax)) == set(rates["basis"])
    projection = minestats.project()
    ax = plot.plot_projection(projection)
    labels = [label_of(line) for line in ax.get_lines()]
    assert any("fastest" in label for label in labels)
    assert any("slowest" in label for label in labels)
    assert ax.get_ylabel() == projection.label
    years = tick_texts(ax.xaxis)
    assert all(y.isdigit() and len(y) == 4 for y in years)
    values = tick_texts(ax.yaxis)
    assert all("e" not in v for v in values)
    assert "1,000,000" in values
    assert ax.get_title().replace("\n", " ").startswith(minestats.METRICS[projection.metric].label)
    assert projection.metric not in ax.get_title()


def test_every_publisher_gets_its_own_colour_and_marker() -> None:
    ax = plot.plot_series(minestats.official_series(), "cleared_area")
    looks = [
        (tuple(np.asarray(c.get_facecolor())[0]), np.asarray(c.get_paths()[0].vertices).tobytes())
        for c in ax.collections
        if label_of(c)[:1] != "_" and hasattr(c, "get_offsets")
    ]
    assert len(looks) == len(
        {
            minestats.official_series().source(o.source).publisher
            for o in minestats.official_series().of("cleared_area")
        }
    )
    assert len(set(looks)) == len(looks)


@pytest.mark.parametrize("count", [3, 10, 11, 20, 21, 40])
def test_colours_do_not_repeat_past_ten(count: int) -> None:
    from minestats.plot import MARKERS, _colours

    looks = [(tuple(c), MARKERS[i % len(MARKERS)]) for i, c in enumerate(_colours(count))]
    assert len(set(looks)) == count
    assert len({tuple(c) for c in _colours(count)}) == count
