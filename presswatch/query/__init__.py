"""The numbers behind every view, computed in DuckDB with the shared filters pushed down.

Every function takes the store and the `Filters` and returns a small DataFrame: the
filters become one `WITH fa AS (...)` of matching articles, and every count joins the
row tables to it, so no view ever reads all mentions into memory. Rates are per 1,000
words of the articles counted. Hedges never include boosters (category "booster"),
which are counted on their own. `evidence` gives the sentences behind any chart element.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from presswatch.records import BOOSTER, HEDGE_CATEGORIES, SOURCE_KINDS, Filters
from presswatch.store import Store
from presswatch.vocab import OTHER, UNATTRIBUTED

FREQS = ("day", "week", "month")

# What a source is called in the charts: its canonical actor, else its words as written,
# else what kind of source it is.
SOURCE_LABEL = (
    "coalesce(nullif({t}.actor, ''), nullif(trim({t}.source_text), ''), "
    "CASE {t}.source_kind WHEN 'none' THEN '(no source)' ELSE '(unnamed source)' END)"
)


# CTE `h`: hedges and boosters per matching article (needs the `fa` CTE of _articles).
_HEDGES_PER_ARTICLE = f"""h AS (SELECT h.article_id,
            count(*) FILTER (WHERE h.category <> '{BOOSTER}') AS hedges,
            count(*) FILTER (WHERE h.category = '{BOOSTER}') AS boosters
        FROM hedges h JOIN fa ON h.article_id = fa.id GROUP BY ALL)"""


def _source(alias: str) -> str:
    return SOURCE_LABEL.format(t=alias)


def _articles(filters: Filters) -> tuple[str, list[object]]:
    """The `fa` CTE (the filtered articles) and its parameters."""
    where, params = filters.article_where("a")
    cte = (
        "fa AS (SELECT a.id, a.outlet, a.published, a.word_count "
        f"FROM articles a WHERE {where})"
    )
    return cte, params


def _period(freq: str, column: str = "fa.published") -> str:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")
    return f"CAST(date_trunc('{freq}', {column}) AS DATE)"


def _per_1000(count: pd.Series, words: pd.Series) -> pd.Series:
    return (1000 * count / words.where(words > 0)).round(2).astype("float64")


def _run(store: Store, sql: str, params: Sequence[object]) -> pd.DataFrame:
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
    cte, params = _articles(filters)
    row = _run(
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
        start=_date(row.start),
        end=_date(row.end),
        outlets=tuple(o for o in _list(row.outlets) if o),
    )


def _list(value: object) -> list:
    """A DuckDB list cell as a list (NULL, from an empty selection, as [])."""
    return (
        []
        if value is None or value is pd.NA or not hasattr(value, "__iter__")
        else list(value)
    )


def _date(value: object) -> date | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date()


def date_bounds(store: Store) -> tuple[date | None, date | None]:
    """First and last publication date in the whole store."""
    row = _run(
        store, "SELECT min(published) lo, max(published) hi FROM articles", []
    ).iloc[0]
    return _date(row.lo), _date(row.hi)


def outlets(store: Store) -> list[str]:
    """Every outlet in the store, most articles first."""
    df = _run(
        store,
        "SELECT outlet FROM articles WHERE outlet <> '' GROUP BY outlet "
        "ORDER BY count(*) DESC, outlet",
        [],
    )
    return df.outlet.tolist()


def actor_names(store: Store, limit: int = 2000) -> list[str]:
    """The `limit` most-mentioned actors of the store, for pickers."""
    df = _run(
        store,
        "SELECT actor FROM mentions WHERE actor IS NOT NULL AND actor <> '' "
        "GROUP BY actor ORDER BY count(*) DESC, actor LIMIT ?",
        [limit],
    )
    return df.actor.tolist()


# -- overview ------------------------------------------------------------------------

METRICS = ("Articles", "Outlets", "Actors", "Attributions", "Hedges per 1,000 words")


def _metrics(store: Store, filters: Filters) -> dict[str, float]:
    cte, params = _articles(filters)
    row = _run(
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


def periods(store: Store, filters: Filters) -> tuple[Filters, Filters] | None:
    """The filtered period and the period of equal length just before it (None if the
    articles have no dates)."""
    start, end = filters.start, filters.end
    if start is None or end is None:
        sc = scope(store, filters)
        start, end = start or sc.start, end or sc.end
    if start is None or end is None:
        return None
    span = end - start + timedelta(days=1)
    current = dataclasses.replace(filters, start=start, end=end)
    previous = dataclasses.replace(
        filters, start=start - span, end=start - timedelta(days=1)
    )
    return current, previous


def headline(store: Store, filters: Filters) -> pd.DataFrame:
    """The headline numbers of the filtered period and of the equally long period before.

    Columns: metric, value, previous (NaN when there is no earlier period), change.
    """
    now = _metrics(store, filters)
    spans = periods(store, filters)
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
    cte, params = _articles(filters)
    return _run(
        store,
        f"""WITH {cte},
        top AS (SELECT outlet FROM fa GROUP BY outlet
                ORDER BY count(*) DESC, outlet LIMIT ?)
        SELECT {_period(freq)} AS period,
               CASE WHEN outlet IN (SELECT outlet FROM top) THEN outlet
                    ELSE '{OTHER}' END AS outlet,
               count(*) AS articles, sum(word_count) AS words
        FROM fa WHERE published IS NOT NULL
        GROUP BY ALL ORDER BY period, outlet""",
        [*params, max_outlets],
    )


def top_actors(
    store: Store, filters: Filters, *, n: int = 15, types: Sequence[str] = ()
) -> pd.DataFrame:
    """The most-mentioned actors. Columns: actor, type (its most frequent), mentions,
    articles, per_1000 (mentions per 1,000 words of the matching articles)."""
    cte, params = _articles(filters)
    type_clause = "AND m.type IN (SELECT unnest(?))" if types else ""
    df = _run(
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
    df["per_1000"] = _per_1000(df.mentions, df.words)
    return df.drop(columns="words")


def actor_timeline(
    store: Store, filters: Filters, actors: Sequence[str], *, freq: str = "week"
) -> pd.DataFrame:
    """Mentions of each actor per period, zeros included. Columns: period, actor,
    mentions, words (of all matching articles of the period), per_1000."""
    cte, params = _articles(filters)
    period = _period(freq)
    df = _run(
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
    df["per_1000"] = _per_1000(df.mentions, df.words)
    return df


def _top_actor_cte(n_param: str = "?") -> str:
    return (
        "top AS (SELECT m.actor, count(*) AS total FROM mentions m "
        "JOIN fa ON m.article_id = fa.id WHERE m.actor IS NOT NULL AND m.actor <> '' "
        f"GROUP BY m.actor ORDER BY total DESC, m.actor LIMIT {n_param})"
    )


def actor_outlet_matrix(
    store: Store, filters: Filters, *, n: int = 15, max_outlets: int = 12
) -> pd.DataFrame:
    """Mentions of the top actors in each of the largest outlets, zeros included.

    Columns: actor, outlet, mentions, words (of the outlet), per_1000, rank (of the actor).
    """
    cte, params = _articles(filters)
    df = _run(
        store,
        f"""WITH {cte}, {_top_actor_cte()},
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
    df["per_1000"] = _per_1000(df.mentions, df.words)
    df["rank"] = df.total.rank(method="dense", ascending=False).astype(int)
    return df.drop(columns=["total", "articles"])


def actor_cooccurrence(store: Store, filters: Filters, *, n: int = 15) -> pd.DataFrame:
    """How many sentences mention both of two top actors (each pair both ways; the
    diagonal is left out). Columns: actor_a, actor_b, sentences."""
    cte, params = _articles(filters)
    return _run(
        store,
        f"""WITH {cte}, {_top_actor_cte()},
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


# -- sources -------------------------------------------------------------------------


def source_kind_mix(store: Store, filters: Filters) -> pd.DataFrame:
    """Attributions by source kind, every kind listed. Columns: source_kind,
    attributions, share (of all attributions, 0-1)."""
    cte, params = _articles(filters)
    df = _run(
        store,
        f"""WITH {cte}
        SELECT t.source_kind, count(*) AS attributions
        FROM attributions t JOIN fa ON t.article_id = fa.id GROUP BY ALL""",
        params,
    )
    df = (
        pd.DataFrame({"source_kind": list(SOURCE_KINDS)})
        .merge(df, how="left", on="source_kind")
        .fillna({"attributions": 0})
    )
    df["attributions"] = df.attributions.astype(int)
    total = df.attributions.sum()
    df["share"] = (df.attributions / total).round(4) if total else 0.0
    return df


def top_sources(store: Store, filters: Filters, *, n: int = 20) -> pd.DataFrame:
    """The most-cited sources (claims with no source at all left out). Columns: source,
    source_kind (most frequent), attributions, articles, outlets."""
    cte, params = _articles(filters)
    return _run(
        store,
        f"""WITH {cte}
        SELECT {_source("t")} AS source, mode(t.source_kind) AS source_kind,
               count(*) AS attributions, count(DISTINCT t.article_id) AS articles,
               count(DISTINCT fa.outlet) AS outlets
        FROM attributions t JOIN fa ON t.article_id = fa.id
        WHERE t.source_kind <> 'none'
        GROUP BY ALL ORDER BY attributions DESC, source LIMIT ?""",
        [*params, n],
    )


def source_kinds_by_outlet(
    store: Store, filters: Filters, *, max_outlets: int = 15
) -> pd.DataFrame:
    """Attributions per outlet and source kind. Columns: outlet, source_kind,
    attributions, share (of the outlet's attributions), words, per_1000."""
    cte, params = _articles(filters)
    df = _run(
        store,
        f"""WITH {cte},
        o AS (SELECT outlet, sum(word_count) AS words, count(*) AS articles FROM fa
              GROUP BY outlet ORDER BY articles DESC, outlet LIMIT ?),
        c AS (SELECT fa.outlet, t.source_kind, count(*) AS attributions
              FROM attributions t JOIN fa ON t.article_id = fa.id GROUP BY ALL),
        k AS (SELECT unnest(?) AS source_kind, generate_subscripts(?, 1) AS k)
        SELECT o.outlet, k.source_kind, coalesce(c.attributions, 0) AS attributions,
               o.words
        FROM o CROSS JOIN k
        LEFT JOIN c ON c.outlet = o.outlet AND c.source_kind = k.source_kind
        ORDER BY o.articles DESC, o.outlet, k.k""",
        [*params, max_outlets, list(SOURCE_KINDS), list(SOURCE_KINDS)],
    )
    totals = df.groupby("outlet").attributions.transform("sum")
    df["share"] = (df.attributions / totals.where(totals > 0)).fillna(0).round(4)
    df["per_1000"] = _per_1000(df.attributions, df.words)
    return df


def attribution_chains(
    store: Store, filters: Filters, *, relayed_only: bool = True, n: int = 40
) -> pd.DataFrame:
    """Claims by outlet, relaying source and claimed origin: "outlet -> RIA Novosti ->
    Japan's Defense Ministry" when an attribution is `cited_by` another. With
    `relayed_only=False`, direct claims come too, with origin "(direct)".

    Columns: outlet, relay, origin, claims (the `n` largest flows), relay_kind and
    origin_kind (their commonest source kind; origin_kind is NULL for "(direct)").
    """
    cte, params = _articles(filters)
    direct = (
        ""
        if relayed_only
        else f"""UNION ALL
        SELECT fa.outlet, {_source("r")} AS relay, '(direct)' AS origin,
               r.source_kind AS relay_kind, NULL AS origin_kind
        FROM attributions r JOIN fa ON r.article_id = fa.id
        WHERE r.cited_by IS NULL AND NOT EXISTS (
            SELECT 1 FROM attributions x WHERE x.article_id = r.article_id
            AND x.cited_by = r.id)"""
    )
    return _run(
        store,
        f"""WITH {cte},
        flows AS (
            SELECT fa.outlet, {_source("r")} AS relay, {_source("o")} AS origin,
                   r.source_kind AS relay_kind, o.source_kind AS origin_kind
            FROM attributions o JOIN fa ON o.article_id = fa.id
            JOIN attributions r ON r.article_id = o.article_id AND r.id = o.cited_by
            {direct})
        SELECT outlet, relay, origin, count(*) AS claims,
               mode(relay_kind) AS relay_kind, mode(origin_kind) AS origin_kind
        FROM flows GROUP BY outlet, relay, origin
        ORDER BY claims DESC, outlet, relay, origin LIMIT ?""",
        [*params, n],
    )


def unnamed_share_over_time(
    store: Store, filters: Filters, *, freq: str = "week"
) -> pd.DataFrame:
    """Share of attributed claims whose source is unnamed or absent, per period.

    Columns: period, attributions, unnamed, none, unnamed_share, none_share (0-1).
    """
    cte, params = _articles(filters)
    df = _run(
        store,
        f"""WITH {cte}
        SELECT {_period(freq)} AS period, count(*) AS attributions,
               count(*) FILTER (WHERE t.source_kind = 'unnamed') AS unnamed,
               count(*) FILTER (WHERE t.source_kind = 'none') AS "none"
        FROM attributions t JOIN fa ON t.article_id = fa.id
        WHERE fa.published IS NOT NULL GROUP BY ALL ORDER BY period""",
        params,
    )
    df["unnamed_share"] = (df.unnamed / df.attributions).round(4)
    df["none_share"] = (df["none"] / df.attributions).round(4)
    return df


def reporting_verbs(
    store: Store, filters: Filters, *, n: int = 12, max_outlets: int = 12
) -> pd.DataFrame:
    """Use of the `n` commonest reporting verbs (attribution cues) by outlet, zeros
    included. Columns: outlet, verb, attributions, share (of the outlet's attributions)."""
    cte, params = _articles(filters)
    return _run(
        store,
        f"""WITH {cte},
        t AS (SELECT fa.outlet, lower(t.verb) AS verb FROM attributions t
              JOIN fa ON t.article_id = fa.id WHERE t.verb IS NOT NULL AND t.verb <> ''),
        v AS (SELECT verb, count(*) AS total FROM t GROUP BY verb
              ORDER BY total DESC, verb LIMIT ?),
        o AS (SELECT outlet, count(*) AS total FROM t GROUP BY outlet
              ORDER BY total DESC, outlet LIMIT ?),
        c AS (SELECT outlet, verb, count(*) AS attributions FROM t GROUP BY ALL)
        SELECT o.outlet, v.verb, coalesce(c.attributions, 0) AS attributions,
               round(coalesce(c.attributions, 0) / o.total, 4) AS share
        FROM o CROSS JOIN v LEFT JOIN c ON c.outlet = o.outlet AND c.verb = v.verb
        ORDER BY o.total DESC, o.outlet, v.total DESC, v.verb""",
        [*params, n, max_outlets],
    )


# -- hedging -------------------------------------------------------------------------


def hedge_rate_by_outlet(
    store: Store, filters: Filters, *, max_outlets: int = 20
) -> pd.DataFrame:
    """Hedges and boosters per 1,000 words by outlet, with the baseline of all matching
    articles. Columns: outlet, articles, words, hedges, boosters, hedges_per_1000,
    boosters_per_1000, baseline_per_1000 (hedges, whole selection)."""
    cte, params = _articles(filters)
    df = _run(
        store,
        f"""WITH {cte},
        {_HEDGES_PER_ARTICLE}
        SELECT fa.outlet, count(*) AS articles, sum(fa.word_count) AS words,
               coalesce(sum(h.hedges), 0) AS hedges,
               coalesce(sum(h.boosters), 0) AS boosters
        FROM fa LEFT JOIN h ON h.article_id = fa.id
        GROUP BY fa.outlet ORDER BY articles DESC, fa.outlet""",
        params,
    )
    for col in ("words", "hedges", "boosters"):
        df[col] = df[col].astype("int64")
    words = df.words.sum()
    df["hedges_per_1000"] = _per_1000(df.hedges, df.words)
    df["boosters_per_1000"] = _per_1000(df.boosters, df.words)
    df["baseline_per_1000"] = round(1000 * df.hedges.sum() / words, 2) if words else 0.0
    return df.head(max_outlets).reset_index(drop=True)


def hedges_by_category(store: Store, filters: Filters) -> pd.DataFrame:
    """Hedges by category, boosters last. Columns: category, count, per_1000,
    share (of hedges; NaN for boosters)."""
    cte, params = _articles(filters)
    df = _run(
        store,
        f"""WITH {cte}
        SELECT h.category, count(*) AS count, (SELECT sum(word_count) FROM fa) AS words
        FROM hedges h JOIN fa ON h.article_id = fa.id GROUP BY ALL""",
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
    cte, params = _articles(filters)
    df = _run(
        store,
        f"""WITH {cte},
        {_HEDGES_PER_ARTICLE}
        SELECT {_period(freq)} AS period, sum(fa.word_count) AS words,
               coalesce(sum(h.hedges), 0) AS hedges,
               coalesce(sum(h.boosters), 0) AS boosters
        FROM fa LEFT JOIN h ON h.article_id = fa.id
        WHERE fa.published IS NOT NULL GROUP BY ALL ORDER BY period""",
        params,
    )
    df["hedges_per_1000"] = _per_1000(df.hedges, df.words)
    df["boosters_per_1000"] = _per_1000(df.boosters, df.words)
    return df


def top_cues(
    store: Store, filters: Filters, *, n: int = 20, boosters: bool = False
) -> pd.DataFrame:
    """The commonest hedge cues (or booster cues), lower-cased. Columns: cue, category,
    count, articles, per_1000."""
    cte, params = _articles(filters)
    which = "=" if boosters else "<>"
    df = _run(
        store,
        f"""WITH {cte}
        SELECT lower(trim(h.text)) AS cue, mode(h.category) AS category,
               count(*) AS count, count(DISTINCT h.article_id) AS articles,
               (SELECT sum(word_count) FROM fa) AS words
        FROM hedges h JOIN fa ON h.article_id = fa.id
        WHERE h.category {which} '{BOOSTER}'
        GROUP BY ALL ORDER BY count DESC, cue LIMIT ?""",
        [*params, n],
    )
    df["per_1000"] = _per_1000(df["count"], df.words)
    return df.drop(columns="words")


def actor_hedging(
    store: Store, filters: Filters, *, actors: Sequence[str] = (), n: int = 12
) -> pd.DataFrame:
    """How often sentences that mention an actor are hedged, against all sentences.

    `actors` empty means the `n` most-mentioned. Columns: actor, sentences, hedged,
    share (0-1), baseline (share of all matching sentences that are hedged).
    """
    cte, params = _articles(filters)
    if actors:
        chosen = "top AS (SELECT unnest(?) AS actor)"
        chosen_params: list[object] = [list(actors)]
    else:
        chosen, chosen_params = _top_actor_cte(), [n]
    df = _run(
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
    cte, params = _articles(filters)
    df = _run(
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


# -- evidence ------------------------------------------------------------------------


def evidence(
    store: Store,
    filters: Filters,
    *,
    actor: str | None = None,
    actor_b: str | None = None,
    actor_type: str | None = None,
    outlet: str | None = None,
    period: str | date | None = None,
    freq: str = "week",
    source: str | None = None,
    source_kind: str | None = None,
    relay: str | None = None,
    origin: str | None = None,
    verb: str | None = None,
    cue: str | None = None,
    category: str | None = None,
    hedged: bool | None = None,
    limit: int = 200,
) -> pd.DataFrame:
    """The sentences behind a chart element, newest first: every given condition must
    hold in the sentence (`outlet` and `period` on its article). With no sentence-level
    condition, each matching article's first sentence stands for the article.

    `source_kind` "unattributed" means sentences with no attribution; `relay`/`origin`
    are source labels as in `attribution_chains` (origin "(direct)" means not relayed);
    `category` "booster" selects boosters, any other category or `cue` hedges.

    Columns: article_id, title, outlet, published, sent, sentence, total (all matches).
    """
    cte, params = _articles(filters)
    conds: list[str] = []
    args: list[object] = []
    sentence_level = False

    def mention(name: str | None, kind: str | None = None) -> None:
        nonlocal sentence_level
        clause = "m.actor = ?" if name else "TRUE"
        if kind:
            clause += " AND m.type = ?"
        conds.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = s.article_id "
            f"AND m.sent = s.sent AND {clause})"
        )
        args.extend([v for v in (name, kind) if v])
        sentence_level = True

    if actor or actor_type:
        mention(actor, actor_type)
    if actor_b:
        mention(actor_b)
    if outlet and outlet != OTHER:
        conds.append("fa.outlet = ?")
        args.append(outlet)
    if period is not None:
        conds.append(f"{_period(freq)} = CAST(? AS DATE)")
        args.append(str(period)[:10])
    att = "EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = s.article_id AND t.sent = s.sent AND {})"
    if source_kind == UNATTRIBUTED:
        conds.append(
            "NOT EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = s.article_id "
            "AND t.sent = s.sent)"
        )
        sentence_level = True
    elif source_kind or source or verb:
        parts, part_args = [], []
        if source_kind:
            parts.append("t.source_kind = ?")
            part_args.append(source_kind)
        if source:
            parts.append(f"{_source('t')} = ?")
            part_args.append(source)
        if verb:
            parts.append("lower(t.verb) = ?")
            part_args.append(verb.lower())
        conds.append(att.format(" AND ".join(parts)))
        args.extend(part_args)
        sentence_level = True
    if relay or origin:
        if origin == "(direct)":
            conds.append(
                att.format(
                    f"{_source('t')} = ? AND t.cited_by IS NULL AND NOT EXISTS ("
                    "SELECT 1 FROM attributions x WHERE x.article_id = t.article_id "
                    "AND x.cited_by = t.id)"
                )
            )
            args.append(relay)
        else:
            parts = ["t.cited_by IS NOT NULL"]
            part_args = []
            if origin:
                parts.append(f"{_source('t')} = ?")
                part_args.append(origin)
            if relay:
                parts.append(
                    "EXISTS (SELECT 1 FROM attributions r WHERE r.article_id = t.article_id"
                    f" AND r.id = t.cited_by AND {_source('r')} = ?)"
                )
                part_args.append(relay)
            conds.append(att.format(" AND ".join(parts)))
            args.extend(part_args)
        sentence_level = True
    if cue or category:
        parts = []
        if cue:
            parts.append("lower(trim(h.text)) = ?")
            args.append(cue.lower().strip())
        if category:
            parts.append("h.category = ?")
            args.append(category)
        else:
            parts.append(f"h.category <> '{BOOSTER}'")
        conds.append(
            "EXISTS (SELECT 1 FROM hedges h WHERE h.article_id = s.article_id "
            f"AND h.sent = s.sent AND {' AND '.join(parts)})"
        )
        sentence_level = True
    if hedged is not None:
        conds.append(
            ("" if hedged else "NOT ")
            + "EXISTS (SELECT 1 FROM hedges h WHERE h.article_id = s.article_id "
            f"AND h.sent = s.sent AND h.category <> '{BOOSTER}')"
        )
        sentence_level = True
    if not sentence_level:
        conds.append(
            "s.sent = (SELECT min(f.sent) FROM sentences f WHERE f.article_id = s.article_id)"
        )
    where = " AND ".join(conds) or "TRUE"
    return _run(
        store,
        f"""WITH {cte}
        SELECT s.article_id, a.title, a.outlet, a.published, s.sent, s.text AS sentence,
               count(*) OVER () AS total
        FROM sentences s JOIN fa ON s.article_id = fa.id JOIN articles a ON a.id = fa.id
        WHERE {where}
        ORDER BY a.published DESC NULLS LAST, s.article_id, s.sent LIMIT ?""",
        [*params, *args, limit],
    )
