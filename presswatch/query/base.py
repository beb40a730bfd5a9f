"""The SQL every read shares: the filtered-articles CTE, periods, rates per 1,000 words,
the store's scope, outlets and date bounds, and the comparison with the period before.

The filters become one `WITH fa AS (...)` of matching articles and every count joins
the row tables to it, so no view ever reads all mentions into memory. Rates are per
1,000 words of the articles counted. Hedges never include boosters (category
"booster"), which are counted on their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from presswatch.records import BOOSTER, Filters
from presswatch.store import Store

FREQS = ("day", "week", "month")


# Source words that name nobody on their own: a pronoun the text never resolved.
UNRESOLVED_PRONOUNS = ("he", "she", "they", "we", "i", "you", "it", "who", "one",
                       "him", "her", "them", "us")  # fmt: skip
UNRESOLVED = "(unresolved pronoun)"

# What a source is called in the charts: its canonical actor; else its words as written
# (an unnamed description without its sentence-initial capital, so "Officials" and
# "officials" are one source; a pronoun nobody was found for is UNRESOLVED; words
# without a letter or digit count as none); else what kind of source it is.
SOURCE_LABEL = (
    "coalesce(nullif({t}.actor, ''), "
    "CASE WHEN NOT regexp_matches(coalesce({t}.source_text, ''), '[\\pL\\pN]') "
    "THEN NULL "
    "WHEN lower(trim({t}.source_text)) IN ("
    + ", ".join(f"'{p}'" for p in UNRESOLVED_PRONOUNS)
    + f") THEN '{UNRESOLVED}' "
    "WHEN {t}.source_kind = 'unnamed' "
    "AND regexp_matches(trim({t}.source_text), '^[A-Z][a-z]') "
    "THEN lower(trim({t}.source_text)[1]) || trim({t}.source_text)[2:] "
    "ELSE trim({t}.source_text) END, "
    "CASE {t}.source_kind WHEN 'none' THEN '(no source)' ELSE '(unnamed source)' END)"
)


# CTE `h`: hedges and boosters per matching article (needs the `fa` CTE of filtered_articles).
HEDGES_PER_ARTICLE = f"""h AS (SELECT h.article_id,
            count(*) FILTER (WHERE h.category <> '{BOOSTER}') AS hedges,
            count(*) FILTER (WHERE h.category = '{BOOSTER}') AS boosters
        FROM hedges h JOIN fa ON h.article_id = fa.id GROUP BY ALL)"""


# Apostrophe, quote and dash variants, each folded to its plain keyboard form, so that
# "Japan's" finds "Japan’s" and "Jean-Marc" finds "Jean–Marc".
_FOLD = {
    "'": "‘’‚‛′`´ʹʻʼʽ＇",
    '"': "“”„‟″«»＂",
    "-": "‐‑‒–—―−﹣－",
}
_FOLD_FROM = "".join(_FOLD.values())
_FOLD_TO = "".join(plain * len(variants) for plain, variants in _FOLD.items())


def normalised(expr: str) -> str:
    """SQL for `expr` (a column or `?`) as search compares it: apostrophe, quote and
    dash variants folded, accents stripped, lower case. Search, the actor filter and
    the source finder put both sides through this, so "japan's defense ministry"
    finds "Japan’s Défense Ministry"."""
    quoted_from, quoted_to = (t.replace("'", "''") for t in (_FOLD_FROM, _FOLD_TO))
    return f"lower(strip_accents(translate({expr}, '{quoted_from}', '{quoted_to}')))"


def contains(expr: str) -> str:
    """SQL: normalised `expr` contains the normalised `?` (LIKE-escaped: see `like`)."""
    return f"{normalised(expr)} LIKE '%' || {normalised('?')} || '%' ESCAPE '\\'"


def like(text: str) -> str:
    """`text` with LIKE's wildcards escaped, the parameter of `contains`."""
    return text.strip().replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")


def source_label(alias: str) -> str:
    return SOURCE_LABEL.format(t=alias)


def article_where(filters: Filters, alias: str = "a") -> tuple[str, list[object]]:
    """SQL condition on the articles table (aliased `alias`) and its parameters.

    Actor and source-kind filters keep articles that mention one of the actors /
    cite one of the source kinds; the search matches title or text. Search and actors
    ignore case, accents and apostrophe, quote and dash variants (`normalised`).
    """
    clauses: list[str] = ["TRUE"]
    params: list[object] = []
    if filters.start:
        clauses.append(f"{alias}.published >= ?")
        params.append(filters.start)
    if filters.end:
        clauses.append(f"{alias}.published <= ?")
        params.append(filters.end)
    if filters.outlets:
        clauses.append(f"{alias}.outlet IN (SELECT unnest(?))")
        params.append(list(filters.outlets))
    if filters.actors:
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM mentions WHERE {normalised('actor')} "
            f"IN (SELECT {normalised('x')} FROM unnest(?) AS t(x)))"
        )
        params.append(list(filters.actors))
    if filters.source_kinds:
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM attributions "
            "WHERE source_kind IN (SELECT unnest(?)))"
        )
        params.append(list(filters.source_kinds))
    if filters.search.strip():
        clauses.append(f"({contains(f'{alias}.title')} OR {contains(f'{alias}.text')})")
        params += [like(filters.search)] * 2
    if filters.copies_once:  # presswatch.claims: a copy counts as its original only
        clauses.append(
            f"{alias}.id NOT IN (SELECT article_id FROM copies WHERE article_id <> original)"
        )
    return " AND ".join(clauses), params


def filtered_articles(filters: Filters) -> tuple[str, list[object]]:
    """The `fa` CTE (the filtered articles) and its parameters."""
    where, params = article_where(filters, "a")
    cte = (
        "fa AS (SELECT a.id, a.outlet, a.published, a.word_count "
        f"FROM articles a WHERE {where})"
    )
    return cte, params


def period(freq: str, column: str = "fa.published") -> str:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")
    return f"CAST(date_trunc('{freq}', {column}) AS DATE)"


def per_1000(count: pd.Series, words: pd.Series) -> pd.Series:
    return (1000 * count / words.where(words > 0)).round(2).astype("float64")


def run(store: Store, sql: str, params: Sequence[object] = ()) -> pd.DataFrame:
    return store.query(sql, list(params))


@dataclass(frozen=True)
class Scope:
    """What a view counts: the matching articles, their sentences, words, dates and outlets."""

    articles: int
    sentences: int
    words: int
    start: date | None
    end: date | None
    outlets: tuple[str, ...]


def scope(store: Store, filters: Filters) -> Scope:
    """Size, date span and outlets of the articles that match the filters."""
    cte, params = filtered_articles(filters)
    row = run(
        store,
        f"""WITH {cte}
        SELECT count(*) AS articles, coalesce(sum(word_count), 0) AS words,
               min(published) AS start, max(published) AS "end",
               list(DISTINCT outlet ORDER BY outlet) AS outlets,
               (SELECT count(*) FROM sentences s
                WHERE s.article_id IN (SELECT id FROM fa)) AS sentences
        FROM fa""",
        params,
    ).iloc[0]
    return Scope(
        articles=int(row.articles),
        sentences=int(row.sentences),
        words=int(row.words),
        start=as_date(row.start),
        end=as_date(row.end),
        outlets=tuple(o for o in as_list(row.outlets) if o),
    )


def as_list(value: object) -> list:
    """A DuckDB list cell as a list (NULL, from an empty selection, as [])."""
    return (
        []
        if value is None or value is pd.NA or not hasattr(value, "__iter__")
        else list(value)
    )


def as_date(value: object) -> date | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date()


def date_bounds(store: Store) -> tuple[date | None, date | None]:
    """First and last publication date in the whole store."""
    row = run(
        store, "SELECT min(published) lo, max(published) hi FROM articles", []
    ).iloc[0]
    return as_date(row.lo), as_date(row.hi)


def outlets(store: Store) -> list[str]:
    """Every outlet in the store, most articles first."""
    df = run(
        store,
        "SELECT outlet FROM articles WHERE outlet <> '' GROUP BY outlet "
        "ORDER BY count(*) DESC, outlet",
        [],
    )
    return df.outlet.tolist()


def outlet_slots(store: Store, filters: Filters | None = None) -> dict[str, int]:
    """outlet -> its slot in the outlet palette, as the store keeps them (every outlet
    of the store, whatever the filters: a filter never recolours an outlet)."""
    del filters  # colours belong to the store, not to a view
    return store.outlet_colours()


def actor_names(store: Store, limit: int = 2000) -> list[str]:
    """The `limit` most-mentioned actors of the store, for pickers."""
    df = run(
        store,
        "SELECT actor FROM mentions WHERE actor IS NOT NULL AND actor <> '' "
        "GROUP BY actor ORDER BY count(*) DESC, actor LIMIT ?",
        [limit],
    )
    return df.actor.tolist()


def preceding(start: date, end: date, times: int = 1) -> tuple[date, date]:
    """The `times` periods as long as start..end that end the day before `start`: the
    comparison of the dashboard (times=1) and of the briefing (one week or four)."""
    span = end - start + timedelta(days=1)
    return start - times * span, start - timedelta(days=1)


def periods(store: Store, filters: Filters) -> tuple[Filters, Filters] | None:
    """The filtered period and the period of equal length just before it (None if the
    articles have no dates)."""
    start, end = filters.start, filters.end
    if start is None or end is None:
        sc = scope(store, filters)
        start, end = start or sc.start, end or sc.end
    if start is None or end is None:
        return None
    before = preceding(start, end)
    current = dataclasses.replace(filters, start=start, end=end)
    previous = dataclasses.replace(filters, start=before[0], end=before[1])
    return current, previous


def top_actor_cte(n_param: str = "?") -> str:
    return (
        "top AS (SELECT m.actor, count(*) AS total FROM mentions m "
        "JOIN fa ON m.article_id = fa.id WHERE m.actor IS NOT NULL AND m.actor <> '' "
        f"GROUP BY m.actor ORDER BY total DESC, m.actor LIMIT {n_param})"
    )
