"""Attribution: who is cited for each claim, and through whom.

TEMPORARY first cut so the pipeline runs end to end.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.records import Attribution, Mention


def attributions(doc: Doc, mentions: list[Mention]) -> list[Attribution]:
    """Attributions in document order."""
    return []
