"""The Overview page's numbers: the headline against the period before, articles over time."""

from __future__ import annotations

import pandas as pd

from presswatch.query import base
from presswatch.records import BOOSTER, Filters
from presswatch.store import Store
from presswatch.vocab import OTHER

METRICS = ("Articles", "Outlets", "Actors", "Attributions", "Hedges per 1,000 words")


def _metrics(store: Store, filters: Filters) -> dict[str, float]:
    ctes, params = base.buckets(store, filters, "ba", "bm", "bt", "bh")
    row = base.run(
        store,
        f"""WITH {ctes}
        SELECT (SELECT coalesce(sum(articles), 0) FROM ba) AS articles,
               (SELECT count(DISTINCT outlet) FROM ba) AS outlets,
               (SELECT coalesce(sum(words), 0) FROM ba) AS words,
               (SELECT count(DISTINCT actor) FROM bm) AS actors,
               (SELECT coalesce(sum(attributions), 0) FROM bt) AS attributions,
               (SELECT coalesce(sum(hedges), 0) FROM bh
                WHERE category <> '{BOOSTER}') AS hedges""",
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
    ctes, params = base.buckets(store, filters, "ba")
    return base.run(
        store,
        f"""WITH {ctes},
        top AS (SELECT outlet FROM ba GROUP BY outlet
                ORDER BY sum(articles) DESC, outlet LIMIT ?)
        SELECT {base.period(freq, "day")} AS period,
               CASE WHEN outlet IN (SELECT outlet FROM top) THEN outlet
                    ELSE '{OTHER}' END AS outlet,
               CAST(sum(articles) AS BIGINT) AS articles, sum(words) AS words
        FROM ba WHERE day IS NOT NULL
        GROUP BY ALL ORDER BY period, outlet""",
        [*params, max_outlets],
    )
