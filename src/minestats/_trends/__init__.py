"""The record over time: reconciliation checks, cross-source comparison, rates, projections.

A package by concern:

- :mod:`._findings`: :class:`Finding` and :class:`Reconciliation`, what the checks found;
- :mod:`._figures`: the figures the checks read (totals made from their :data:`PARTS`),
  date relations and exact values written for people;
- :mod:`._reconcile`: the four reconciliation checks and :func:`reconcile`;
- :mod:`._compare`: :func:`compare`, a metric near a date against a reference figure;
- :mod:`._letter`: the 2024 letter's figures against the series (:func:`compare_letter`);
- :mod:`._explain`: :func:`explain_misses`, a document's misses explained by series figures
  inside the implied intervals;
- :mod:`._rates`: :func:`clearance_rates`, :func:`reported_rates` and :func:`project`;
- :mod:`._backtest`: :func:`forecast` from a cut-off by several models (constant rate, trend,
  official targets) and :func:`backtest`, a rolling-origin backtest of them.

Every figure is read through :class:`~minestats._interval.Interval`: what its
wording allows, "about" rounded at the last significant digit.
"""

from ._backtest import BACKTEST_COLUMNS, MODELS, PLANS, TARGET_SLACK, Backtest, Forecast, backtest, forecast
from ._compare import COMPARE_COLUMNS, compare, figure_interval, unit_factor
from ._explain import EXPLAIN_COLUMNS, EXPLAIN_METRICS, Explanation, Explanations, explain_misses
from ._figures import PARTS, derived, known_by, published_day
from ._findings import CHECKS, FINDING_COLUMNS, Finding, Reconciliation
from ._letter import LETTER_DATES, LETTER_METRICS, compare_letter
from ._rates import RATE_COLUMNS, Projection, clearance_rates, project, reported_rates
from ._reconcile import reconcile

__all__ = [
    "BACKTEST_COLUMNS",
    "CHECKS",
    "COMPARE_COLUMNS",
    "EXPLAIN_COLUMNS",
    "EXPLAIN_METRICS",
    "FINDING_COLUMNS",
    "LETTER_DATES",
    "LETTER_METRICS",
    "MODELS",
    "PARTS",
    "PLANS",
    "RATE_COLUMNS",
    "TARGET_SLACK",
    "Backtest",
    "Explanation",
    "Explanations",
    "Finding",
    "Forecast",
    "Projection",
    "Reconciliation",
    "backtest",
    "clearance_rates",
    "compare",
    "compare_letter",
    "derived",
    "explain_misses",
    "figure_interval",
    "forecast",
    "known_by",
    "project",
    "published_day",
    "reconcile",
    "reported_rates",
    "unit_factor",
]
