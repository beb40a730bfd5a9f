"""The records PressWatch extracts. Each dataclass's fields are its table's columns.

Offsets are character offsets into the article text as written (`Article.text`);
`sent` is the index of the sentence the record lies in, so every count leads back
to its sentence. The store adds `article_id` to every row.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

ACTOR_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP")
SOURCE_KINDS = ("person", "organisation", "government", "media", "unnamed", "none")
HEDGE_CATEGORIES = ("reporting", "modal", "epistemic_verb", "adverb", "adjective")
BOOSTER = "booster"


def compact_pickle(cls):
    """A frozen slots dataclass pickled as its class and its fields' values, and
    unpickled by one call of the class: the dataclass's own state (a Python loop
    setting each slot) made unpickling the records of 2,000 articles, which the
    parsing workers send back to the ingest process, twice as slow (0.39 against
    0.20 CPU-s there). Only for classes whose __init__ takes every field in order."""
    values = attrgetter(*(f.name for f in dataclasses.fields(cls)))

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, before parsing."""

    id: str
    title: str
    outlet: str
    published: date | None
    url: str
    author: str
    text: str
    path: str  # where it was read from, with ":line" for JSONL/CSV records
    content_hash: str  # hash of the normalised text: duplicates share it
    word_count: int


@compact_pickle
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span of the article text."""

    sent: int
    start: int
    end: int


@compact_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an actor: a person, organisation, country/place or nationality."""

    start: int
    end: int
    text: str
    type: str  # one of ACTOR_TYPES
    actor: str  # canonical actor name
    sent: int


@compact_pickle
@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim attributed to a source ("X said", "according to X", "reportedly")."""

    id: int  # unique within the article
    cue_start: int
    cue_end: int
    cue_text: str
    verb: str  # normalised cue ("say", "confirm", "according to", "reportedly")
    source_start: int | None
    source_end: int | None
    source_text: str | None
    actor: str | None  # canonical source actor
    source_kind: str  # one of SOURCE_KINDS
    content_start: int | None
    content_end: int | None
    cited_by: int | None  # id of the attribution that relays this one
    sent: int


@compact_pickle
@dataclass(frozen=True, slots=True)
class Hedge:
    """A word or phrase that softens a claim ("reportedly", "may"), or a booster that
    strengthens one ("confirmed", "clearly"): category BOOSTER."""

    start: int
    end: int
    text: str
    category: str  # one of HEDGE_CATEGORIES, or BOOSTER
    sent: int


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the collection to. Empty means no restriction (the SQL it
    becomes is `presswatch.query.base.article_where`)."""

    start: date | None = None
    end: date | None = None
    outlets: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    source_kinds: tuple[str, ...] = ()
    search: str = ""
    copies_once: bool = False  # count a copy group (a syndicated story) as its original
