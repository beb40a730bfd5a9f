"""The words every layer shares: source kinds, claim kinds, the grouped "other" rows and
the briefing's compare modes with their labels.

Labels and colours for them live in `presswatch.charts.palette`; the values here are
what the store, the queries and the charts pass between them.
"""

from __future__ import annotations

from presswatch.records import ACTOR_TYPES, BOOSTER, HEDGE_CATEGORIES, SOURCE_KINDS

# A sentence with no attribution at all: the "bare assertion" when it is also unhedged.
UNATTRIBUTED = "unattributed"
# The row that outlets past a chart's top N are summed into.
OTHER = "Other outlets"
# Claims whose source is not named: "claims with an unnamed or no source".
UNNAMED_KINDS = ("unnamed", "none")

# What a briefing week is compared with, and how each place names it: in sentences,
# in short (chart legends, card deltas) and on the page's switch.
COMPARE_MODES = ("previous", "4w")
COMPARE_LABELS = {
    "previous": "the previous week",
    "4w": "the average of the previous four weeks",
}
COMPARE_SHORT = {"previous": "previous week", "4w": "4-week average"}
COMPARE_OPTIONS = {"previous": "Previous week", "4w": "Average of previous 4"}

# Words whose plural is not word + "s".
_PLURALS = {"copy": "copies", "entry": "entries", "category": "categories"}


def plural(n: int, word: str) -> str:
    """ "1 article", "3 articles", "1,204 sentences": the one pluralisation of the app."""
    return f"{n:,} {word if n == 1 else _PLURALS.get(word, word + 's')}"


__all__ = [
    "ACTOR_TYPES",
    "BOOSTER",
    "COMPARE_LABELS",
    "COMPARE_MODES",
    "COMPARE_OPTIONS",
    "COMPARE_SHORT",
    "HEDGE_CATEGORIES",
    "OTHER",
    "SOURCE_KINDS",
    "UNATTRIBUTED",
    "UNNAMED_KINDS",
    "plural",
]
