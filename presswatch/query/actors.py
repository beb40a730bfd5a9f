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
    """The most-mentioned actors. Columns: actor, type (its most frequent), mentions,
    articles, per_1000 (mentions per 1,000 words of the matching articles)."""
    cte, params = base.filtered_articles(filters)
    type_clause = "AND m.type IN (SELECT unnest(?))" if types else ""
    df = base.run(
        store,
        f"""WITH {cte}
        SELECT m.actor, mode(m.type) AS type, count(*) AS mentions,
               count(DISTINCT m.article_id) AS articles,
               (SELECT sum(word_count) FROM fa) AS words
        FROM mentions m JOIN fa ON m.article_id = fa.id
        WHERE m.actor IS NOT NULL AND m.actor <> '' {type_clause}
        GROUP BY m.actor ORDER BY mentions DESC, m.actor LIMIT ?""",
        [*params, *([list(types)] if types else []), n],
    )
    df["per_1000"] = base.per_1000(df.mentions, df.words)
    return df.drop(columns="words")


def actor_timeline(
    store: Store, filters: Filters, actors: Sequence[str], *, freq: str = "week"
) -> pd.DataFrame:
    """Mentions of each actor per period, zeros included. Columns: period, actor,
    mentions, words (of all matching articles of the period), per_1000."""
    cte, params = base.filtered_articles(filters)
    period = base.period(freq)
    df = base.run(
        store,
        f"""WITH {cte},
        w AS (SELECT {period} AS period, sum(word_count) AS words FROM fa
              WHERE published IS NOT NULL GROUP BY ALL),
        c AS (SELECT {period} AS period, m.actor, count(*) AS mentions
              FROM mentions m JOIN fa ON m.article_id = fa.id
              WHERE fa.published IS NOT NULL AND m.actor IN (SELECT unnest(?))
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
    cte, params = base.filtered_articles(filters)
    df = base.run(
        store,
        f"""WITH {cte}, {base.top_actor_cte()},
        o AS (SELECT outlet, sum(word_count) AS words, count(*) AS articles FROM fa
              GROUP BY outlet ORDER BY articles DESC, outlet LIMIT ?),
        c AS (SELECT m.actor, fa.outlet, count(*) AS mentions
              FROM mentions m JOIN fa ON m.article_id = fa.id
              WHERE m.actor IN (SELECT actor FROM top) GROUP BY ALL)
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
