"""Actors: who is mentioned, with name variants merged into one canonical actor.

TEMPORARY first cut (spaCy entities, no canonicalisation) so the pipeline runs end to end.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.extract.common import sentence_of_token
from presswatch.records import ACTOR_TYPES, Mention


def canonical(text: str, type: str | None = None) -> str:
    """The canonical actor name for a surface form."""
    return text.strip()


def mentions(doc: Doc) -> list[Mention]:
    """Actor mentions in document order."""
    sent_of = sentence_of_token(doc)
    return [
        Mention(e.start_char, e.end_char, e.text, e.label_, canonical(e.text), sent_of[e.start])
        for e in doc.ents
        if e.label_ in ACTOR_TYPES
    ]
