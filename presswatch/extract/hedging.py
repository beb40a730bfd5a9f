"""Hedging: words and phrases that soften a claim, and boosters that strengthen one.

TEMPORARY first cut so the pipeline runs end to end.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.records import Hedge


def hedges(doc: Doc) -> list[Hedge]:
    """Hedge and booster cues in document order."""
    return []
