"""What is in the store, for the Data page: articles per outlet and the row counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from presswatch.query import base
from presswatch.store import Store


@dataclass(frozen=True)
class CorpusStats:
    """What is in the store, for the Data page."""

    articles: int
    by_outlet: pd.DataFrame  # outlet, articles, first, last, words
    first: date | None
    last: date | None
    undated: int
    duplicates: int
    sentences: int
    mentions: int
    attributions: int
    hedges: int


def corpus_stats(store: Store) -> CorpusStats:
    """Counts per outlet and overall, computed in DuckDB."""
    by_outlet = base.run(
        store,
        """SELECT outlet, count(*) AS articles, min(published) AS first,
                  max(published) AS last, sum(word_count) AS words
           FROM articles GROUP BY outlet ORDER BY articles DESC, outlet""",
    )
    overall = base.run(
        store,
        """SELECT count(*) AS n, min(published) AS first, max(published) AS last,
                  count(*) FILTER (WHERE published IS NULL) AS undated FROM articles""",
    ).iloc[0]
    count = {
        table: int(base.run(store, f"SELECT count(*) AS n FROM {table}").iloc[0]["n"])
        for table in ("duplicates", "sentences", "mentions", "attributions", "hedges")
    }
    for column in ("first", "last"):
        by_outlet[column] = pd.to_datetime(by_outlet[column]).dt.date
    return CorpusStats(
        articles=int(overall["n"]),
        by_outlet=by_outlet,
        first=base.as_date(overall["first"]),
        last=base.as_date(overall["last"]),
        undated=int(overall["undated"]),
        **count,
    )
