"""minestats.plot, drawn headless and tested by what the axes hold."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

import minestats
from minestats import plot

if TYPE_CHECKING:
    from matplotlib.axes import Axes

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
    return [(p.get_x(), p.get_width()) for p in ax.patches]  # type: ignore[attr-defined]


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
    assert [t.get_text() for t in ax.texts] == ["1,659 km² (14.7 %)", "9,599 km² (85.3 %)"]
    assert ax.get_title() == "Area covered by minefields: about 11,258 km²"


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
    assert ticks(ax) == [f.label for f in expected]
    assert [w for _, w in bars(ax)] == [float(f.value or 0) for f in expected]
    assert "3,461 people" in [t.get_text() for t in ax.texts]


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
    assert [float(d.get_xdata()[0]) for d in dots] == pytest.approx([float(v.computed or 0) for v in decided])
    texts = [t.get_text() for t in ax.texts]
    assert texts[0] == "inconsistent (+0.53 pp)"
    assert "indeterminate: an operand is unknown" in texts
    colours = [matplotlib.colors.to_hex(d.get_color()) for d in dots]
    assert colours == [plot.COLOURS[v.status] for v in decided]


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


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(plot.MissingExtraError, match=r"pip install 'minestats\[plot\]'") as info:
        plot.devices(LETTER)
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, minestats.MinestatsError)
