"""Shared test configuration.

Hypothesis profiles: ``ci`` (the default) tries a bounded number of examples
so the suite stays fast; ``long`` tries many more. Select one with the
``MINESTATS_HYPOTHESIS_PROFILE`` environment variable (see docs/testing.md).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=50,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("MINESTATS_HYPOTHESIS_PROFILE", "ci"))
