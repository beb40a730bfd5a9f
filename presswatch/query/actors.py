"""Who appears: the most-mentioned actors, over time, by outlet and together."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from presswatch.query import base
from presswatch.records import Filters
from presswatch.store import Store


def top_actors(
    store: Store, filters: Filters, *, n: int = 15, types: Sequence[str] = ()
) -> pd.DataFrame:
    """The most-mentioned actors. Columns: actor, type (its most frequent; ties to
    the first by name), mentions, articles, per_1000 (mentions per 1,000 words of
    the matching articles). `types` counts only mentions of those types."""
    if types:  # articles of a type are no sum of buckets: counted from the rows
        return _top_actors_of_types(store, filters, n=n, types=types)
    ctes, params = base.buckets(store, filters, "ba", "bm", "bmt")
    df = base.run(
        store,
        f"""WITH {ctes},
        top AS (SELECT actor, CAST(sum(mentions) AS BIGINT) AS mentions,
                       CAST(sum(articles) AS BIGINT) AS articles FROM bm
                WHERE actor IS NOT NULL AND actor <> '' GROUP BY actor
                ORDER BY mentions DESC, actor LIMIT ?),
        ty AS (SELECT actor, {base.commonest("type", "n")} AS type
               FROM (SELECT actor, type, sum(mentions) AS n FROM bmt
                     WHERE actor IN (SELECT actor FROM top) GROUP BY ALL)
               GROUP BY actor)
        SELECT top.actor, ty.type, top.mentions, top.articles,
               (SELECT sum(words) FROM ba) AS words
        FROM top LEFT JOIN ty ON ty.actor = top.actor
        ORDER BY top.mentions DESC, top.actor""",
        [*params, n],
    )
    df["per_1000"] = base.per_1000(df.mentions, df.words)
    return df.drop(columns="words")


def _top_actors_of_types(
    store: Store, filters: Filters, *, n: int, types: Sequence[str]
) -> pd.DataFrame:
    cte, params = base.filtered_articles(filters)
    df = base.run(
        store,
        f"""WITH {cte},
        ty AS (SELECT m.actor, m.type, count(*) AS n
               FROM mentions m JOIN fa ON m.article_id = fa.id
               WHERE m.type IN (SELECT unnest(?)) GROUP BY ALL),
        t AS (SELECT actor, {base.commonest("type", "n")} AS type FROM ty
              GROUP BY actor)
        SELECT m.actor, any_value(t.type) AS type, count(*) AS mentions,
               count(DISTINCT m.article_id) AS articles,
               (SELECT sum(word_count) FROM fa) AS words
        FROM mentions m JOIN fa ON m.article_id = fa.id
        JOIN t ON t.actor = m.actor
        WHERE m.actor IS NOT NULL AND m.actor <> '' AND m.type IN (SELECT unnest(?))
        GROUP BY m.actor ORDER BY mentions DESC, m.actor LIMIT ?""",
        [*params, list(types), list(types), n],
    )
    df["per_1000"] = base.per_1000(df.mentions, df.words)
    return df.drop(columns="words")


def actor_timeline(
    store: Store, filters: Filters, actors: Sequence[str], *, freq: str = "week"
) -> pd.DataFrame:
    """Mentions of each actor per period, zeros included. Columns: period, actor,
    mentions, words (of all matching articles of the period), per_1000."""
    ctes, params = base.buckets(store, filters, "ba", "bm")
    period = base.period(freq, "day")
    df = base.run(
        store,
        f"""WITH {ctes},
        w AS (SELECT {period} AS period, sum(words) AS words FROM ba
              WHERE day IS NOT NULL GROUP BY ALL),
        c AS (SELECT {period} AS period, actor, CAST(sum(mentions) AS BIGINT) AS mentions
              FROM bm WHERE day IS NOT NULL AND actor IN (SELECT unnest(?))
              GROUP BY ALL),
        chosen AS (SELECT unnest(?) AS actor)
        SELECT w.period, chosen.actor, coalesce(c.mentions, 0) AS mentions, w.words
        FROM w CROSS JOIN chosen LEFT JOIN c ON c.period = w.period AND c.actor = chosen.actor
        ORDER BY w.period, chosen.actor""",
        [*params, list(actors), list(actors)],
    )
    df["per_1000"] = base.per_1000(df.mentions, df.words)
    return df


def actor_outlet_matrix(
    store: Store, filters: Filters, *, n: int = 15, max_outlets: int = 12
) -> pd.DataFrame:
    """Mentions of the top actors in each of the largest outlets, zeros included.

    Columns: actor, outlet, mentions, words (of the outlet), per_1000, rank (of the actor).
    """
    ctes, params = base.buckets(store, filters, "ba", "bm")
    df = base.run(
        store,
        f"""WITH {ctes},
        top AS (SELECT actor, sum(mentions) AS total FROM bm
                WHERE actor IS NOT NULL AND actor <> ''
                GROUP BY actor ORDER BY total DESC, actor LIMIT ?),
        o AS (SELECT outlet, sum(words) AS words, sum(articles) AS articles FROM ba
              GROUP BY outlet ORDER BY articles DESC, outlet LIMIT ?),
        c AS (SELECT actor, outlet, CAST(sum(mentions) AS BIGINT) AS mentions FROM bm
              WHERE actor IN (SELECT actor FROM top) GROUP BY ALL)
        SELECT top.actor, o.outlet, coalesce(c.mentions, 0) AS mentions, o.words,
               top.total, o.articles
        FROM top CROSS JOIN o LEFT JOIN c ON c.actor = top.actor AND c.outlet = o.outlet
        ORDER BY top.total DESC, top.actor, o.articles DESC, o.outlet""",
        [*params, n, max_outlets],
    )
    df["per_1000"] = base.per_1000(df.mentions, df.words)
    df["rank"] = df.total.rank(method="dense", ascending=False).astype(int)
    return df.drop(columns=["total", "articles"])


def actor_cooccurrence(store: Store, filters: Filters, *, n: int = 15) -> pd.DataFrame:
    """How many sentences mention both of two top actors (each pair both ways; the
    diagonal is left out). Columns: actor_a, actor_b, sentences."""
    cte, params = base.filtered_articles(filters)
    return base.run(
        store,
        f"""WITH {cte}, {base.top_actor_cte()},
        ms AS (SELECT DISTINCT m.article_id, m.sent, m.actor
               FROM mentions m JOIN fa ON m.article_id = fa.id
               WHERE m.actor IN (SELECT actor FROM top)),
        pairs AS (SELECT x.actor AS actor_a, y.actor AS actor_b, count(*) AS sentences
                  FROM ms x JOIN ms y ON x.article_id = y.article_id AND x.sent = y.sent
                   AND x.actor <> y.actor GROUP BY ALL)
        SELECT ta.actor AS actor_a, tb.actor AS actor_b,
               coalesce(pairs.sentences, 0) AS sentences
        FROM top ta CROSS JOIN top tb
        LEFT JOIN pairs ON pairs.actor_a = ta.actor AND pairs.actor_b = tb.actor
        WHERE ta.actor <> tb.actor
        ORDER BY ta.total DESC, ta.actor, tb.total DESC, tb.actor""",
        [*params, n],
    )
