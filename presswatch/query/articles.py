"""The Articles page's reads: the filtered article list with counts, one article and
its tables, who relays whom in its attributions, and the coloured spans of its text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from presswatch.charts import palette
from presswatch.markup import Span
from presswatch.query import base
from presswatch.records import BOOSTER, Filters
from presswatch.store import Store

# Attribution cues ("said", "according to") are one colour of their own: the source
# they introduce carries the source-kind colour.
CUE_COLOUR = palette.CAPTION_GREY
LAYERS = ("Actors", "Sources", "Cues", "Hedges", "Boosters")

_COUNTS = """
WITH chosen AS (SELECT * FROM articles a WHERE {where})
SELECT c.id, c.title, c.outlet, c.published, c.word_count AS words,
       coalesce(m.n, 0) AS mentions, coalesce(t.n, 0) AS attributions,
       coalesce(h.hedges, 0) AS hedges, coalesce(h.boosters, 0) AS boosters
FROM chosen c
LEFT JOIN (SELECT article_id, count(*) AS n FROM mentions
           WHERE article_id IN (SELECT id FROM chosen) GROUP BY article_id) m
       ON m.article_id = c.id
LEFT JOIN (SELECT article_id, count(*) AS n FROM attributions
           WHERE article_id IN (SELECT id FROM chosen) GROUP BY article_id) t
       ON t.article_id = c.id
LEFT JOIN (SELECT article_id, count(*) FILTER (WHERE category <> ?) AS hedges,
                  count(*) FILTER (WHERE category = ?) AS boosters
           FROM hedges WHERE article_id IN (SELECT id FROM chosen) GROUP BY article_id) h
       ON h.article_id = c.id
ORDER BY c.published DESC NULLS LAST, c.outlet, c.title, c.id
"""


def article_list(store: Store, filters: Filters) -> pd.DataFrame:
    """One row per article matching `filters`, newest first, with its counts."""
    where, params = base.article_where(filters, "a")
    table = store.query(_COUNTS.format(where=where), [*params, BOOSTER, BOOSTER])
    table["published"] = pd.to_datetime(table["published"]).dt.date
    return table


@dataclass(frozen=True)
class ArticleDetail:
    """One stored article with its extracted tables."""

    article: dict
    mentions: pd.DataFrame
    attributions: pd.DataFrame
    hedges: pd.DataFrame
    duplicates: pd.DataFrame


def article_detail(store: Store, article_id: str) -> ArticleDetail | None:
    """The article with id `article_id` and its tables, or None if it is not stored."""
    rows = store.query("SELECT * FROM articles WHERE id = ?", [article_id])
    if rows.empty:
        return None

    def rows_of(table: str, order: str) -> pd.DataFrame:
        sql = f"SELECT * EXCLUDE (article_id) FROM {table} WHERE article_id = ? ORDER BY {order}"
        return store.query(sql, [article_id])

    attributions = rows_of("attributions", "cue_start")
    outlet = str(rows.iloc[0]["outlet"] or "")
    attributions["chain"] = relay_chains(attributions, outlet)
    article = rows.iloc[0].to_dict()
    article["published"] = as_date(article["published"])
    return ArticleDetail(
        article=article,
        mentions=rows_of("mentions", "start"),
        attributions=attributions,
        hedges=rows_of("hedges", "start"),
        duplicates=store.query(
            "SELECT id, path FROM duplicates WHERE article_id = ? ORDER BY id",
            [article_id],
        ),
    )


def as_date(value: object) -> date | None:
    """A stored DATE as read back through pandas (a Timestamp or NaT) as a date."""
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def source_name(row: pd.Series) -> str:
    """How a source reads in a chain: its canonical name, its words, or its kind."""
    for value in (row.get("actor"), row.get("source_text")):
        if isinstance(value, str) and value.strip():
            return value.strip()
    kind = row.get("source_kind")
    return "no source" if kind == "none" else f"({palette.label(kind).lower()} source)"


def relay_chains(attributions: pd.DataFrame, outlet: str) -> list[str]:
    """For each attribution, who relays whom: "outlet → relaying source → origin"."""
    by_id = {int(r["id"]): r for _, r in attributions.iterrows()}
    chains: list[str] = []
    for _, row in attributions.iterrows():
        names = [source_name(row)]
        seen = {int(row["id"])}
        relay = row.get("cited_by")
        while pd.notna(relay) and int(relay) in by_id and int(relay) not in seen:
            seen.add(int(relay))
            relay_row = by_id[int(relay)]
            names.append(source_name(relay_row))
            relay = relay_row.get("cited_by")
        chains.append(" → ".join([outlet or "article", *reversed(names)]))
    return chains


def spans(detail: ArticleDetail, layers: tuple[str, ...] = LAYERS) -> list[Span]:
    """The coloured spans of an article's text, for the chosen layers."""
    out: list[Span] = []
    if "Actors" in layers:
        out += [
            Span(
                int(m.start),
                int(m.end),
                palette.ACTOR_COLOURS.get(m.type, CUE_COLOUR),
                f"{palette.label(m.type)}: {m.actor}",
                "actor",
                priority=2,
            )
            for m in detail.mentions.itertuples()
        ]
    for a in detail.attributions.itertuples():
        if "Sources" in layers and pd.notna(a.source_start) and pd.notna(a.source_end):
            out.append(
                Span(
                    int(a.source_start),
                    int(a.source_end),
                    palette.SOURCE_KIND_COLOURS.get(a.source_kind, CUE_COLOUR),
                    f"Source ({palette.label(a.source_kind)}): {a.chain}",
                    "source",
                    priority=1,
                )
            )
        if "Cues" in layers:
            out.append(
                Span(
                    int(a.cue_start),
                    int(a.cue_end),
                    CUE_COLOUR,
                    f"Attribution cue '{a.verb}' ({palette.label(a.source_kind)} source)",
                    "cue",
                    priority=3,
                )
            )
    for h in detail.hedges.itertuples():
        booster = h.category == BOOSTER
        if ("Boosters" if booster else "Hedges") in layers:
            out.append(
                Span(
                    int(h.start),
                    int(h.end),
                    palette.HEDGE_COLOURS.get(h.category, CUE_COLOUR),
                    f"{'Booster' if booster else 'Hedge'} ({palette.label(h.category)}): {h.text}",
                    "booster" if booster else "hedge",
                    priority=4,
                )
            )
    return out


def legend_entries(
    detail: ArticleDetail, layers: tuple[str, ...] = LAYERS
) -> list[tuple[str, str]]:
    """(label, colour) of every kind of span the article shows, in a fixed order."""
    entries: list[tuple[str, str]] = []
    if "Actors" in layers:
        present = set(detail.mentions["type"])
        entries += [
            (palette.label(t), c)
            for t, c in palette.ACTOR_COLOURS.items()
            if t in present
        ]
    if "Sources" in layers:
        present = set(
            detail.attributions.dropna(subset=["source_start"])["source_kind"]
        )
        entries += [
            (f"Source: {palette.label(k)}", c)
            for k, c in palette.SOURCE_KIND_COLOURS.items()
            if k in present
        ]
    if "Cues" in layers and not detail.attributions.empty:
        entries.append(("Attribution cue", CUE_COLOUR))
    present = set(detail.hedges["category"])
    for category, colour in palette.HEDGE_COLOURS.items():
        layer = "Boosters" if category == BOOSTER else "Hedges"
        if layer in layers and category in present:
            prefix = "" if category == BOOSTER else "Hedge: "
            entries.append((prefix + palette.label(category), colour))
    return entries
