"""The SQL every read shares: the filtered-articles CTE, the bucket relations, periods,
rates per 1,000 words, the store's scope, outlets and date bounds, and the comparison
with the period before.

The filters become one `WITH fa AS (...)` of matching articles and every count joins
the row tables to it, so no view ever reads all mentions into memory. The dashboard's
counts go one step further: `buckets` gives them per (day, outlet) bucket, read from
the rollup tables (presswatch.store.rollups) when the filters are about dates, outlets
and copies only, and computed from the rows by the same SQL otherwise (an actor,
source-kind or text filter, or a store without rollups), so each view's query is
written once and its cost follows what it shows, not the size of the store. Rates are
per 1,000 words of the articles counted. Hedges never include boosters (category
"booster"), which are counted on their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from presswatch.records import Filters
from presswatch.store import Store, rollups
from presswatch.store.rollups import SOURCE_LABEL

FREQS = ("day", "week", "month")


# Source words that name nobody on their own, and what the charts call them.
UNRESOLVED_PRONOUNS = rollups.UNRESOLVED_PRONOUNS
UNRESOLVED = rollups.UNRESOLVED


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
    if filters.actors:  # names folded once each, not once per mention
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM mentions WHERE actor IN ("
            f"SELECT actor FROM (SELECT DISTINCT actor FROM mentions) "
            f"WHERE {normalised('actor')} "
            f"IN (SELECT {normalised('x')} FROM unnest(?) AS t(x))))"
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


def serves(store: Store, filters: Filters) -> bool:
    """Can the rollups answer for these filters? Only dates, outlets and copies-once
    select whole buckets; an actor, source-kind or text filter needs the rows."""
    if filters.actors or filters.source_kinds or filters.search.strip():
        return False
    return has_rollups(store)


_HAS_ROLLUPS: dict[tuple[str, str], bool] = {}


def has_rollups(store: Store) -> bool:
    """Does the store hold rollups of the current definition? (A store written before
    them, opened read-only, has none: its views read the rows.) Known per version."""
    key = (str(store.path), store.version())
    if key not in _HAS_ROLLUPS:
        found = store.get_meta(rollups.META_KEY) == rollups.VERSION
        if not found:
            return False  # asked again: opening the store for writing builds them
        if len(_HAS_ROLLUPS) > 256:
            _HAS_ROLLUPS.clear()
        _HAS_ROLLUPS[key] = found
    return _HAS_ROLLUPS[key]


def buckets(
    store: Store, filters: Filters, *names: str, rows: bool = False
) -> tuple[str, list[object]]:
    """CTEs of the named bucket relations (`rollups.ROLLUPS`: ba articles and words,
    bn sentences, bm actors, bmt actor types, bt sources, bta articles per source,
    bv verbs, bh hedges, bha articles per cue) for the filtered articles, and their
    parameters. Each relation has the columns day, outlet, its keys and its counts;
    a view sums them (rows of one bucket and key may repeat). From the rollups when
    `serves` says so and `rows` is not asked for, else from the rows (then `fa` comes
    first, for views that also need it)."""
    unknown = set(names) - set(rollups.BY_NAME)
    if unknown:
        raise ValueError(f"unknown bucket relations: {sorted(unknown)}")
    chosen = [rollups.BY_NAME[n] for n in names]
    if rows or not serves(store, filters):
        cte, params = filtered_articles(filters)
        parts = [cte] + [
            f"{r.name} AS ({r.rows_sql('fa', {}, copy=False)})" for r in chosen
        ]
        return ",\n".join(parts), params
    where, params = _bucket_where(filters)
    parts, all_params = [], []
    for r in chosen:
        cols = ", ".join(f'"{c}"' for c in r.columns if c != "is_copy")
        parts.append(f"{r.name} AS (SELECT {cols} FROM {r.table} WHERE {where})")
        all_params += params
    return ",\n".join(parts), all_params


def _bucket_where(filters: Filters) -> tuple[str, list[object]]:
    """`article_where` for a rollup table: the filters that select whole buckets."""
    clauses, params = ["TRUE"], []
    if filters.start:
        clauses.append("day >= ?")
        params.append(filters.start)
    if filters.end:
        clauses.append("day <= ?")
        params.append(filters.end)
    if filters.outlets:
        clauses.append("outlet IN (SELECT unnest(?))")
        params.append(list(filters.outlets))
    if filters.copies_once:
        clauses.append("NOT is_copy")
    return " AND ".join(clauses), params


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
    ctes, params = buckets(store, filters, "ba", "bn")
    row = run(
        store,
        f"""WITH {ctes}
        SELECT coalesce(sum(articles), 0) AS articles,
               coalesce(sum(words), 0) AS words,
               min(day) AS start, max(day) AS "end",
               list(DISTINCT outlet ORDER BY outlet) AS outlets,
               (SELECT coalesce(sum(sentences), 0) FROM bn) AS sentences
        FROM ba""",
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
    ctes, params = buckets(store, Filters(), "ba")
    row = run(store, f"WITH {ctes} SELECT min(day) lo, max(day) hi FROM ba", params)
    return as_date(row.iloc[0].lo), as_date(row.iloc[0].hi)


def outlets(store: Store) -> list[str]:
    """Every outlet in the store, most articles first."""
    ctes, params = buckets(store, Filters(), "ba")
    df = run(
        store,
        f"""WITH {ctes} SELECT outlet FROM ba WHERE outlet <> '' GROUP BY outlet
        ORDER BY sum(articles) DESC, outlet""",
        params,
    )
    return df.outlet.tolist()


def outlet_slots(store: Store, filters: Filters | None = None) -> dict[str, int]:
    """outlet -> its slot in the outlet palette, as the store keeps them (every outlet
    of the store, whatever the filters: a filter never recolours an outlet)."""
    del filters  # colours belong to the store, not to a view
    return store.outlet_colours()


def actor_names(store: Store, limit: int = 2000) -> list[str]:
    """The `limit` most-mentioned actors of the store, for pickers."""
    ctes, params = buckets(store, Filters(), "bm")
    df = run(
        store,
        f"""WITH {ctes} SELECT actor FROM bm WHERE actor IS NOT NULL AND actor <> ''
        GROUP BY actor ORDER BY sum(mentions) DESC, actor LIMIT ?""",
        [*params, limit],
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


def commonest(value: str, count: str) -> str:
    """SQL aggregate: the `value` with the largest summed `count`, ties to the first in
    sort order (DuckDB's `mode` breaks ties by row order, which a rollup cannot keep).
    Use over a relation with one row per value: see `by_value`."""
    return f"first({value} ORDER BY {count} DESC, {value}) FILTER ({value} IS NOT NULL)"


def top_actor_cte(n_param: str = "?") -> str:
    return (
        "top AS (SELECT m.actor, count(*) AS total FROM mentions m "
        "JOIN fa ON m.article_id = fa.id WHERE m.actor IS NOT NULL AND m.actor <> '' "
        f"GROUP BY m.actor ORDER BY total DESC, m.actor LIMIT {n_param})"
    )
