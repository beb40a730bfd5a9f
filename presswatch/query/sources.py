"""Who is cited: source kinds, top sources, relayed chains, unnamed sources, reporting verbs."""

from __future__ import annotations

import pandas as pd

from presswatch.query import base
from presswatch.records import SOURCE_KINDS, Filters
from presswatch.store import Store
from presswatch.vocab import UNNAMED_KINDS

UNNAMED_OR_NONE = "unnamed_or_none"


def source_kind_mix(store: Store, filters: Filters) -> pd.DataFrame:
    """Attributions by source kind, every kind listed. Columns: source_kind,
    attributions, share (of all attributions, 0-1)."""
    ctes, params = base.buckets(store, filters, "bt")
    df = base.run(
        store,
        f"""WITH {ctes}
        SELECT source_kind, CAST(sum(attributions) AS BIGINT) AS attributions
        FROM bt GROUP BY ALL""",
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
    ctes, params = base.buckets(store, filters, "bt", "bta")
    return base.run(
        store,
        f"""WITH {ctes},
        top AS (SELECT source, CAST(sum(attributions) AS BIGINT) AS attributions,
                       count(DISTINCT outlet) AS outlets
                FROM bt WHERE source_kind <> 'none' GROUP BY source
                ORDER BY attributions DESC, source LIMIT ?),
        kinds AS (SELECT source, source_kind, sum(attributions) AS n FROM bt
                  WHERE source_kind <> 'none' AND source IN (SELECT source FROM top)
                  GROUP BY ALL),
        k AS (SELECT source, {base.commonest("source_kind", "n")} AS source_kind
              FROM kinds GROUP BY source),
        a AS (SELECT source, CAST(sum(articles) AS BIGINT) AS articles FROM bta
              WHERE source IN (SELECT source FROM top) GROUP BY source)
        SELECT top.source, k.source_kind, top.attributions, a.articles, top.outlets
        FROM top JOIN k ON k.source = top.source JOIN a ON a.source = top.source
        ORDER BY top.attributions DESC, top.source""",
        [*params, n],
    )


# What `source_kinds_by_outlet` can sort its outlets by: a measure of all its
# attributions, the combined share of unnamed or missing sources, or one kind's share.
SORTS = ("articles", "attributions", "per_1000", UNNAMED_OR_NONE, *SOURCE_KINDS)


def source_kinds_by_outlet(
    store: Store, filters: Filters, *, max_outlets: int = 15, sort: str = "articles"
) -> pd.DataFrame:
    """Attributions per outlet and source kind, the outlets in `sort` order, largest
    first (one of `SORTS`: "unnamed_or_none" is the combined share of claims with an
    unnamed or no source, a kind its share). Columns: outlet, source_kind,
    attributions, share (of the outlet's attributions), words, per_1000, articles,
    outlet_attributions, unnamed_or_none (share, 0-1)."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {SORTS}, not {sort!r}")
    ctes, params = base.buckets(store, filters, "ba", "bt")
    df = base.run(
        store,
        f"""WITH {ctes},
        o AS (SELECT outlet, sum(words) AS words, CAST(sum(articles) AS BIGINT) AS articles
              FROM ba GROUP BY outlet ORDER BY articles DESC, outlet LIMIT ?),
        c AS (SELECT outlet, source_kind, CAST(sum(attributions) AS BIGINT) AS attributions
              FROM bt GROUP BY ALL),
        k AS (SELECT unnest(?) AS source_kind, generate_subscripts(?, 1) AS k)
        SELECT o.outlet, k.source_kind, coalesce(c.attributions, 0) AS attributions,
               o.words, o.articles
        FROM o CROSS JOIN k
        LEFT JOIN c ON c.outlet = o.outlet AND c.source_kind = k.source_kind
        ORDER BY o.articles DESC, o.outlet, k.k""",
        [*params, max_outlets, list(SOURCE_KINDS), list(SOURCE_KINDS)],
    )
    totals = df.groupby("outlet").attributions.transform("sum")
    df["share"] = (df.attributions / totals.where(totals > 0)).fillna(0).round(4)
    df["per_1000"] = base.per_1000(df.attributions, df.words)
    df["outlet_attributions"] = totals.astype("int64")
    unnamed = df.attributions.where(df.source_kind.isin(UNNAMED_KINDS), 0)
    unnamed = unnamed.groupby(df.outlet).transform("sum")
    df["unnamed_or_none"] = (unnamed / totals.where(totals > 0)).fillna(0).round(4)
    if sort == "articles":
        return df
    key = {
        "attributions": df.outlet_attributions,
        "per_1000": base.per_1000(df.outlet_attributions, df.words),
        UNNAMED_OR_NONE: df.unnamed_or_none,
    }.get(sort)
    if key is None:  # one kind's share
        key = df.share.where(df.source_kind == sort).groupby(df.outlet).transform("max")
    order = (
        df.assign(
            _key=key.fillna(0), _kind=df.source_kind.map(SOURCE_KINDS.index)
        ).sort_values(
            ["_key", "articles", "outlet", "_kind"],
            ascending=[False, False, True, True],
        )  # fmt: skip
    )
    return order.drop(columns=["_key", "_kind"]).reset_index(drop=True)


def source_kind_shares(by_outlet: pd.DataFrame) -> pd.DataFrame:
    """A `source_kinds_by_outlet` frame as one row per outlet, in its order: articles,
    attributions, the share of each kind and of unnamed or no source (0-1)."""
    if by_outlet.empty:
        return pd.DataFrame(columns=["outlet", "articles", "attributions"])
    wide = by_outlet.pivot_table(
        index="outlet", columns="source_kind", values="share", sort=False
    ).reindex(columns=list(SOURCE_KINDS))
    wide.columns = [f"{k} share" for k in wide.columns]
    first = by_outlet.drop_duplicates("outlet").set_index("outlet")
    out = pd.DataFrame(
        {
            "articles": first.articles,
            "attributions": first.outlet_attributions,
            "unnamed or no source share": first.unnamed_or_none,
        }
    ).join(wide)
    return out.reset_index()


def attribution_chains(
    store: Store,
    filters: Filters,
    *,
    relayed_only: bool = True,
    n: int | None = 40,
    through: str = "",
) -> pd.DataFrame:
    """Claims by outlet, relaying source and claimed origin: "outlet -> RIA Novosti ->
    Japan's Defense Ministry" when an attribution is `cited_by` another. With
    `relayed_only=False`, direct claims come too, with origin "(direct)". `through`
    keeps the chains whose relay or origin contains that text (`base.normalised`:
    case, accents, quote and dash variants ignored), however small; `n` None: all.

    Columns: outlet, relay, origin, claims (the `n` largest flows), relay_kind and
    origin_kind (their commonest source kind; origin_kind is NULL for "(direct)").
    """
    cte, params = base.filtered_articles(filters)
    where, through_params = "", []
    if through.strip():
        where = f"WHERE {base.contains('relay')} OR {base.contains('origin')}"
        through_params = [base.like(through)] * 2
    direct = (
        ""
        if relayed_only
        else f"""UNION ALL
        SELECT fa.outlet, {base.source_label("r")} AS relay, '(direct)' AS origin,
               r.source_kind AS relay_kind, NULL AS origin_kind
        FROM attributions r JOIN fa ON r.article_id = fa.id
        WHERE r.cited_by IS NULL AND NOT EXISTS (
            SELECT 1 FROM attributions x WHERE x.article_id = r.article_id
            AND x.cited_by = r.id)"""
    )
    return base.run(
        store,
        f"""WITH {cte},
        flows AS (
            SELECT fa.outlet, {base.source_label("r")} AS relay, {base.source_label("o")} AS origin,
                   r.source_kind AS relay_kind, o.source_kind AS origin_kind
            FROM attributions o JOIN fa ON o.article_id = fa.id
            JOIN attributions r ON r.article_id = o.article_id AND r.id = o.cited_by
            {direct})
        SELECT outlet, relay, origin, count(*) AS claims,
               mode(relay_kind) AS relay_kind, mode(origin_kind) AS origin_kind
        FROM flows {where}
        GROUP BY outlet, relay, origin
        ORDER BY claims DESC, outlet, relay, origin LIMIT ?""",
        [*params, *through_params, n],
    )


def unnamed_share_over_time(
    store: Store, filters: Filters, *, freq: str = "week"
) -> pd.DataFrame:
    """Share of attributed claims whose source is unnamed or absent, per period.

    Columns: period, attributions, unnamed, none, unnamed_share, none_share (0-1).
    """
    ctes, params = base.buckets(store, filters, "bt")
    df = base.run(
        store,
        f"""WITH {ctes}
        SELECT {base.period(freq, "day")} AS period,
               CAST(sum(attributions) AS BIGINT) AS attributions,
               CAST(coalesce(sum(attributions) FILTER (WHERE source_kind = 'unnamed'), 0)
                    AS BIGINT) AS unnamed,
               CAST(coalesce(sum(attributions) FILTER (WHERE source_kind = 'none'), 0)
                    AS BIGINT) AS "none"
        FROM bt WHERE day IS NOT NULL GROUP BY ALL ORDER BY period""",
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
    ctes, params = base.buckets(store, filters, "bv")
    return base.run(
        store,
        f"""WITH {ctes},
        v AS (SELECT verb, sum(attributions) AS total FROM bv GROUP BY verb
              ORDER BY total DESC, verb LIMIT ?),
        o AS (SELECT outlet, sum(attributions) AS total FROM bv GROUP BY outlet
              ORDER BY total DESC, outlet LIMIT ?),
        c AS (SELECT outlet, verb, CAST(sum(attributions) AS BIGINT) AS attributions
              FROM bv GROUP BY ALL)
        SELECT o.outlet, v.verb, coalesce(c.attributions, 0) AS attributions,
               round(coalesce(c.attributions, 0) / o.total, 4) AS share
        FROM o CROSS JOIN v LEFT JOIN c ON c.outlet = o.outlet AND c.verb = v.verb
        ORDER BY o.total DESC, o.outlet, v.total DESC, v.verb""",
        [*params, n, max_outlets],
    )
