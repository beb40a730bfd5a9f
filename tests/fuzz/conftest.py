"""Hypothesis profiles: "ci" (the default here) keeps the suite quick; bench/fuzz.py
runs the same properties with its own, far larger profile.

Choose another with HYPOTHESIS_PROFILE=name (e.g. "dev": 500 examples).
"""

import os

from hypothesis import HealthCheck, settings

# The machine is shared and a parse takes milliseconds: time is never a failure.
QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "ci", max_examples=50, deadline=None, database=None, suppress_health_check=QUIET
)
settings.register_profile(
    "dev", max_examples=500, deadline=None, database=None, suppress_health_check=QUIET
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
