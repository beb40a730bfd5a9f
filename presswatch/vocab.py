"""The words every layer shares: source kinds, claim kinds and the grouped "other" rows.

Labels and colours for them live in `presswatch.charts.palette`; the values here are
what the store, the queries and the charts pass between them.
"""

from __future__ import annotations

from presswatch.records import ACTOR_TYPES, BOOSTER, HEDGE_CATEGORIES, SOURCE_KINDS

# A sentence with no attribution at all: the "bare assertion" when it is also unhedged.
UNATTRIBUTED = "unattributed"
# The row that outlets past a chart's top N are summed into.
OTHER = "Other outlets"

__all__ = [
    "ACTOR_TYPES",
    "BOOSTER",
    "HEDGE_CATEGORIES",
    "OTHER",
    "SOURCE_KINDS",
    "UNATTRIBUTED",
]
