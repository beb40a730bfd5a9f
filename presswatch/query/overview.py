"""The Overview page's numbers: the headline against the period before, articles over time."""

from __future__ import annotations

import pandas as pd

from presswatch.query import base
from presswatch.records import BOOSTER, Filters
from presswatch.store import Store
from presswatch.vocab import OTHER

METRICS = ("Articles", "Outlets", "Actors", "Attributions", "Hedges per 1,000 words")


def _metrics(store: Store, filters: Filters) -> dict[str, float]:
    cte, params = base.filtered_articles(filters)
    row = base.run(
        store,
        f"""WITH {cte}
        SELECT (SELECT count(*) FROM fa) AS articles,
               (SELECT count(DISTINCT outlet) FROM fa) AS outlets,
               (SELECT coalesce(sum(word_count), 0) FROM fa) AS words,
               (SELECT count(DISTINCT m.actor) FROM mentions m
                WHERE m.article_id IN (SELECT id FROM fa)) AS actors,
               (SELECT count(*) FROM attributions t
                WHERE t.article_id IN (SELECT id FROM fa)) AS attributions,
               (SELECT count(*) FROM hedges h WHERE h.article_id IN (SELECT id FROM fa)
                AND h.category <> '{BOOSTER}') AS hedges""",
        params,
    ).iloc[0]
    words = int(row.words)
    return {
        "Articles": int(row.articles),
        "Outlets": int(row.outlets),
        "Actors": int(row.actors),
        "Attributions": int(row.attributions),
        "Hedges per 1,000 words": round(1000 * int(row.hedges) / words, 2)
        if words
        else 0.0,
    }


def headline(store: Store, filters: Filters) -> pd.DataFrame:
    """The headline numbers of the filtered period and of the equally long period before.

    Columns: metric, value, previous (NaN when there is no earlier period), change.
    """
    now = _metrics(store, filters)
    spans = base.periods(store, filters)
    before = _metrics(store, spans[1]) if spans else {}
    had_articles = bool(before.get("Articles"))
    rows = []
    for metric in METRICS:
        prev = before[metric] if had_articles else float("nan")
        rows.append({"metric": metric, "value": now[metric], "previous": prev})
    df = pd.DataFrame(rows)
    df["change"] = (df.value - df.previous).round(2)
    return df


def articles_over_time(
    store: Store, filters: Filters, *, freq: str = "week", max_outlets: int = 8
) -> pd.DataFrame:
    """Articles per period and outlet (smaller outlets merged into "Other outlets").

    Columns: period, outlet, articles, words.
    """
    cte, params = base.filtered_articles(filters)
    return base.run(
        store,
        f"""WITH {cte},
        top AS (SELECT outlet FROM fa GROUP BY outlet
                ORDER BY count(*) DESC, outlet LIMIT ?)
        SELECT {base.period(freq)} AS period,
               CASE WHEN outlet IN (SELECT outlet FROM top) THEN outlet
                    ELSE '{OTHER}' END AS outlet,
               count(*) AS articles, sum(word_count) AS words
        FROM fa WHERE published IS NOT NULL
        GROUP BY ALL ORDER BY period, outlet""",
        [*params, max_outlets],
    )
