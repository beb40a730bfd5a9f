"""How cautiously claims are worded: hedges and boosters by outlet, category, time, cue,
actor, and the hedged or bare claims by source kind."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from presswatch.query import base
from presswatch.records import BOOSTER, HEDGE_CATEGORIES, SOURCE_KINDS, Filters
from presswatch.store import Store
from presswatch.vocab import UNATTRIBUTED


def hedge_rate_by_outlet(
    store: Store, filters: Filters, *, max_outlets: int = 20
) -> pd.DataFrame:
    """Hedges and boosters per 1,000 words by outlet, with the baseline of all matching
    articles. Columns: outlet, articles, words, hedges, boosters, hedges_per_1000,
    boosters_per_1000, baseline_per_1000 (hedges, whole selection)."""
    ctes, params = base.buckets(store, filters, "ba", "bh")
    df = base.run(
        store,
        f"""WITH {ctes},
        o AS (SELECT outlet, CAST(sum(articles) AS BIGINT) AS articles,
                     sum(words) AS words FROM ba GROUP BY outlet),
        h AS (SELECT outlet,
                     sum(hedges) FILTER (WHERE category <> '{BOOSTER}') AS hedges,
                     sum(hedges) FILTER (WHERE category = '{BOOSTER}') AS boosters
              FROM bh GROUP BY outlet)
        SELECT o.outlet, o.articles, o.words, coalesce(h.hedges, 0) AS hedges,
               coalesce(h.boosters, 0) AS boosters
        FROM o LEFT JOIN h ON h.outlet IS NOT DISTINCT FROM o.outlet
        ORDER BY o.articles DESC, o.outlet""",
        params,
    )
    for col in ("words", "hedges", "boosters"):
        df[col] = df[col].astype("int64")
    words = df.words.sum()
    df["hedges_per_1000"] = base.per_1000(df.hedges, df.words)
    df["boosters_per_1000"] = base.per_1000(df.boosters, df.words)
    df["baseline_per_1000"] = round(1000 * df.hedges.sum() / words, 2) if words else 0.0
    return df.head(max_outlets).reset_index(drop=True)


def hedges_by_category(store: Store, filters: Filters) -> pd.DataFrame:
    """Hedges by category, boosters last. Columns: category, count, per_1000,
    share (of hedges; NaN for boosters)."""
    ctes, params = base.buckets(store, filters, "ba", "bh")
    df = base.run(
        store,
        f"""WITH {ctes}
        SELECT category, CAST(sum(hedges) AS BIGINT) AS count,
               (SELECT sum(words) FROM ba) AS words
        FROM bh GROUP BY ALL""",
        params,
    )
    order = [*HEDGE_CATEGORIES, BOOSTER]
    words = int(df.words.max()) if len(df) else 0
    df = (
        pd.DataFrame({"category": order})
        .merge(df[["category", "count"]], how="left", on="category")
        .fillna({"count": 0})
    )
    df["count"] = df["count"].astype(int)
    df["per_1000"] = round(1000 * df["count"] / words, 2) if words else 0.0
    hedges = df.loc[df.category != BOOSTER, "count"].sum()
    df["share"] = (df["count"] / hedges).round(4) if hedges else 0.0
    df.loc[df.category == BOOSTER, "share"] = float("nan")
    return df


def hedges_over_time(
    store: Store, filters: Filters, *, freq: str = "week"
) -> pd.DataFrame:
    """Hedges and boosters per period. Columns: period, words, hedges, boosters,
    hedges_per_1000, boosters_per_1000."""
    ctes, params = base.buckets(store, filters, "ba", "bh")
    period = base.period(freq, "day")
    df = base.run(
        store,
        f"""WITH {ctes},
        w AS (SELECT {period} AS period, sum(words) AS words FROM ba
              WHERE day IS NOT NULL GROUP BY ALL),
        h AS (SELECT {period} AS period,
                     sum(hedges) FILTER (WHERE category <> '{BOOSTER}') AS hedges,
                     sum(hedges) FILTER (WHERE category = '{BOOSTER}') AS boosters
              FROM bh WHERE day IS NOT NULL GROUP BY ALL)
        SELECT w.period, w.words, coalesce(h.hedges, 0) AS hedges,
               coalesce(h.boosters, 0) AS boosters
        FROM w LEFT JOIN h ON h.period = w.period ORDER BY w.period""",
        params,
    )
    df["hedges_per_1000"] = base.per_1000(df.hedges, df.words)
    df["boosters_per_1000"] = base.per_1000(df.boosters, df.words)
    return df


def top_cues(
    store: Store, filters: Filters, *, n: int = 20, boosters: bool = False
) -> pd.DataFrame:
    """The commonest hedge cues (or booster cues), lower-cased. Columns: cue, category,
    count, articles, per_1000."""
    ctes, params = base.buckets(store, filters, "ba", "bh", "bha")
    which = "=" if boosters else "<>"
    df = base.run(
        store,
        f"""WITH {ctes},
        top AS (SELECT cue, CAST(sum(hedges) AS BIGINT) AS count FROM bh
                WHERE category {which} '{BOOSTER}' GROUP BY cue
                ORDER BY count DESC, cue LIMIT ?),
        c AS (SELECT cue, {base.commonest("category", "n")} AS category
              FROM (SELECT cue, category, sum(hedges) AS n FROM bh
                    WHERE category {which} '{BOOSTER}'
                      AND cue IN (SELECT cue FROM top) GROUP BY ALL)
              GROUP BY cue),
        a AS (SELECT cue, CAST(sum(articles) AS BIGINT) AS articles FROM bha
              WHERE {"" if boosters else "NOT "}booster
                AND cue IN (SELECT cue FROM top) GROUP BY cue)
        SELECT top.cue, c.category, top.count, a.articles,
               (SELECT sum(words) FROM ba) AS words
        FROM top JOIN c ON c.cue = top.cue JOIN a ON a.cue = top.cue
        ORDER BY top.count DESC, top.cue""",
        [*params, n],
    )
    df["per_1000"] = base.per_1000(df["count"], df.words)
    return df.drop(columns="words")


def actor_hedging(
    store: Store, filters: Filters, *, actors: Sequence[str] = (), n: int = 12
) -> pd.DataFrame:
    """How often sentences that mention an actor are hedged, against all sentences.

    `actors` empty means the `n` most-mentioned. Columns: actor, sentences, hedged,
    share (0-1), baseline (share of all matching sentences that are hedged).
    """
    cte, params = base.filtered_articles(filters)
    if actors:
        chosen = "top AS (SELECT unnest(?) AS actor)"
        chosen_params: list[object] = [list(actors)]
    else:
        chosen, chosen_params = base.top_actor_cte(), [n]
    df = base.run(
        store,
        f"""WITH {cte}, {chosen},
        hs AS (SELECT DISTINCT h.article_id, h.sent FROM hedges h
               JOIN fa ON h.article_id = fa.id WHERE h.category <> '{BOOSTER}'),
        ms AS (SELECT DISTINCT m.article_id, m.sent, m.actor FROM mentions m
               JOIN fa ON m.article_id = fa.id WHERE m.actor IN (SELECT actor FROM top)),
        base AS (SELECT count(*) AS sentences,
                        (SELECT count(*) FROM hs) AS hedged
                 FROM sentences s JOIN fa ON s.article_id = fa.id)
        SELECT ms.actor, count(*) AS sentences, count(hs.sent) AS hedged,
               any_value(base.hedged) / nullif(any_value(base.sentences), 0) AS baseline
        FROM ms LEFT JOIN hs ON hs.article_id = ms.article_id AND hs.sent = ms.sent
        CROSS JOIN base GROUP BY ms.actor ORDER BY sentences DESC, ms.actor""",
        [*params, *chosen_params],
    )
    df["share"] = (df.hedged / df.sentences).round(4)
    df["baseline"] = df.baseline.astype("float64").round(4)
    return df[["actor", "sentences", "hedged", "share", "baseline"]]


CLAIM_KINDS = (*SOURCE_KINDS, UNATTRIBUTED)


def claims_crosstab(store: Store, filters: Filters) -> pd.DataFrame:
    """Sentences by source kind (of the sentence's first attribution, or "unattributed")
    and whether they are hedged. An unattributed, unhedged sentence is a bare assertion.

    Columns: source_kind, hedged, unhedged, sentences, hedged_share (0-1).
    """
    cte, params = base.filtered_articles(filters)
    df = base.run(
        store,
        f"""WITH {cte},
        att AS (SELECT t.article_id, t.sent, arg_min(t.source_kind, t.cue_start) AS kind
                FROM attributions t JOIN fa ON t.article_id = fa.id GROUP BY ALL),
        hs AS (SELECT DISTINCT h.article_id, h.sent FROM hedges h
               JOIN fa ON h.article_id = fa.id WHERE h.category <> '{BOOSTER}')
        SELECT coalesce(att.kind, '{UNATTRIBUTED}') AS source_kind,
               count(hs.sent) AS hedged, count(*) - count(hs.sent) AS unhedged
        FROM sentences s JOIN fa ON s.article_id = fa.id
        LEFT JOIN att ON att.article_id = s.article_id AND att.sent = s.sent
        LEFT JOIN hs ON hs.article_id = s.article_id AND hs.sent = s.sent
        GROUP BY ALL""",
        params,
    )
    df = (
        pd.DataFrame({"source_kind": list(CLAIM_KINDS)})
        .merge(df, how="left", on="source_kind")
        .fillna({"hedged": 0, "unhedged": 0})
    )
    df["hedged"] = df.hedged.astype(int)
    df["unhedged"] = df.unhedged.astype(int)
    df["sentences"] = df.hedged + df.unhedged
    df["hedged_share"] = (df.hedged / df.sentences.where(df.sentences > 0)).round(4)
    return df


@dataclass(frozen=True)
class HedgeTotals:
    """Hedges and boosters in the whole selection, and their rates per 1,000 words."""

    hedges: int
    boosters: int
    words: int

    @property
    def hedges_per_1000(self) -> float:
        return 1000 * self.hedges / self.words if self.words else 0.0

    @property
    def boosters_per_1000(self) -> float:
        return 1000 * self.boosters / self.words if self.words else 0.0


def totals(rates: pd.DataFrame) -> HedgeTotals:
    """The totals of a `hedge_rate_by_outlet` table (the outlets it lists)."""
    return HedgeTotals(
        hedges=int(rates.hedges.sum()),
        boosters=int(rates.boosters.sum()),
        words=int(rates.words.sum()),
    )


def bare_share(crosstab: pd.DataFrame) -> tuple[int, float]:
    """Bare assertions (unattributed, unhedged sentences) in a `claims_crosstab` table:
    their number and their share of all its sentences."""
    bare = crosstab[crosstab.source_kind == UNATTRIBUTED].iloc[0]
    return int(bare.unhedged), bare.unhedged / max(int(crosstab.sentences.sum()), 1)
