"""The one read model: `Filters` in, a small DataFrame out, computed in DuckDB.

`base` holds the shared SQL (the filtered-articles CTE, periods, per-1,000 rates, the
scope); each page's numbers live in a module of their own (`overview`, `actors`,
`sources`, `hedging`, `articles`, `corpus`), `briefing` the weekly briefing's, and
`evidence.sentences` gives the sentences behind any chart element or briefing change.
"""

from presswatch.query import (
    actors,
    articles,
    base,
    briefing,
    claims,
    corpus,
    evidence,
    hedging,
    overview,
    sources,
)

__all__ = [
    "actors",
    "articles",
    "base",
    "briefing",
    "claims",
    "corpus",
    "evidence",
    "hedging",
    "overview",
    "sources",
]
