"""The weekly briefing: one ISO week against the week before (or the four before it),
as headline numbers, plain "what changed" sentences, the charts of the week and the
tables behind them. Everything is aggregated in DuckDB, so a briefing over tens of
thousands of articles takes a few queries, never a scan of every mention in pandas.

Comparison rules: counts (articles, outlets, new sources) are compared with the
average per week of the comparison period; rates and shares (hedges per 1,000 words,
share of mentions, share of claims) are pooled over the comparison period.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from presswatch.query import base
from presswatch.records import BOOSTER, Filters
from presswatch.store import Store

COMPARE_MODES = ("previous", "4w")
COMPARE_LABELS = {
    "previous": "the previous week",
    "4w": "the average of the previous four weeks",
}
UNNAMED_KINDS = ("unnamed", "none")
_WEEK_RE = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)

# Okabe-Ito blue for the chosen week, a neutral grey for what it is compared with.
WEEK_COLOUR = "#0072B2"
COMPARISON_COLOUR = "#A6A6A6"
FIGURE_WIDTH = 1000
TOP_OUTLETS = 15  # bars per outlet chart; the tables keep every outlet


NO_FILTERS = Filters()


class BriefingError(ValueError):
    """A briefing that cannot be made as asked (bad week, no data, unknown outlet)."""


@dataclass(frozen=True, order=True)
class Week:
    """An ISO week, e.g. 2026-W46 (Monday 9 Nov to Sunday 15 Nov 2026)."""

    year: int
    week: int

    @classmethod
    def parse(cls, text: str) -> Week:
        """The week written as 2026-W46 (or 2026W46); BriefingError if malformed."""
        match = _WEEK_RE.match(text or "")
        if not match:
            raise BriefingError(f"not an ISO week: {text!r} (write it like 2026-W46)")
        year, week = int(match[1]), int(match[2])
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise BriefingError(f"{year} has no ISO week {week}") from None
        return cls(year, week)

    @classmethod
    def of(cls, day: date) -> Week:
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def start(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    def shift(self, weeks: int) -> Week:
        return Week.of(self.start + timedelta(weeks=weeks))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def date_range_label(start: date, end: date) -> str:
    """'9–15 Nov 2026', '26 Oct – 8 Nov 2026', '28 Dec 2026 – 3 Jan 2027'."""
    if start.year != end.year:
        return f"{start:%-d %b %Y} – {end:%-d %b %Y}"
    if start.month != end.month:
        return f"{start:%-d %b} – {end:%-d %b %Y}"
    return f"{start:%-d}–{end:%-d %b %Y}"


@dataclass(frozen=True)
class Thresholds:
    """The minimum counts and changes a "what changed" sentence needs."""

    min_articles: int = 5  # articles in the larger period, for a volume sentence
    min_article_change: float = 0.5  # relative change in articles
    min_hedges: int = 5  # hedges in the larger period, for a hedging sentence
    min_words: int = 200  # words in each period, for a hedging rate
    min_rate_change: float = 0.4  # relative change of hedges per 1,000 words
    min_mentions: int = 5  # mentions of the actor in the larger period
    min_share_change: float = 2.0  # percentage points of all actor mentions
    min_citations: int = 2  # claims citing a new source in the week
    min_claims: int = 10  # attributed claims in each period, for the unnamed share
    min_unnamed_change: float = 10.0  # percentage points
    max_per_kind: int = 3  # sentences per kind of change, largest first
    # |z| of the two-proportion test (hedges per word, mentions, claims; a Poisson
    # test for article counts). Words and mentions are not independent draws, so the
    # bar is high: it keeps the churn of small weeks out of the sentences.
    min_z: float = 3.0


@dataclass(frozen=True)
class Change:
    """One "what changed" sentence and the numbers it was written from."""

    kind: str  # articles | hedging | actor | new_source | unnamed_share
    subject: str  # outlet, actor or source it is about ("" for the whole selection)
    before: float
    after: float
    n: int  # the count behind the statement, stated in the sentence
    sentence: str
    z: float = math.nan  # the test statistic that let it through (nan: not tested)


@dataclass
class Briefing:
    """Everything one briefing shows; tables() and figures() are what gets exported."""

    week: Week
    compare: str
    filters: Filters
    corpus: str
    comparison_start: date
    comparison_end: date
    comparison_weeks: int
    outlets: list[str]
    headline: pd.DataFrame
    hedging_by_outlet: pd.DataFrame
    actor_shares: pd.DataFrame
    new_sources: pd.DataFrame
    source_kinds: pd.DataFrame
    articles_by_outlet: pd.DataFrame
    changes: list[Change] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return int(self.headline.set_index("metric").loc["articles", "week"])

    @property
    def empty(self) -> bool:
        return self.articles == 0

    @property
    def week_label(self) -> str:
        return date_range_label(self.week.start, self.week.end)

    @property
    def comparison_label(self) -> str:
        return date_range_label(self.comparison_start, self.comparison_end)

    def describe_filters(self) -> str:
        """The non-date filters in words ("none" when the whole collection is shown)."""
        f = self.filters
        parts = []
        if f.actors:
            parts.append("actors: " + ", ".join(f.actors))
        if f.source_kinds:
            parts.append("source kinds: " + ", ".join(f.source_kinds))
        if f.search.strip():
            parts.append(f"search: “{f.search.strip()}”")
        return "; ".join(parts) or "none"

    def caption(self, chart: str) -> str:
        """The line under a chart that makes a cut-out image say what it shows."""
        n = CHART_N[chart](self)
        outlets = ", ".join(self.outlets) if self.outlets else "none"
        if len(outlets) > 90:
            outlets = f"{len(self.outlets)} outlets"
        return (
            f"n = {n} · {self.week} ({self.week_label}) vs "
            f"{COMPARE_LABELS[self.compare]} ({self.comparison_label}) · "
            f"outlets: {outlets} · filters: "
            f"{self.describe_filters()} · corpus: {self.corpus}"
        )

    def file_name(self, chart: str) -> str:
        """A file name saying which chart and dates: hedging-by-outlet_2026-11-09_2026-11-15"""
        return f"{chart.replace('_', '-')}_{self.week.start}_{self.week.end}"

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table behind the page, by file stem."""
        return {
            "headline": self.headline,
            "what_changed": changes_table(self.changes),
            "hedging_by_outlet": self.hedging_by_outlet,
            "actor_shares": self.actor_shares,
            "new_sources": self.new_sources,
            "source_kinds": self.source_kinds,
            "articles_by_outlet": self.articles_by_outlet,
        }

    def figures(self) -> dict[str, go.Figure]:
        """The key charts of the week by name, each captioned inside the figure."""
        return {name: make(self) for name, make in CHARTS.items()}


# -- computing -----------------------------------------------------------------


def _selection(
    store: Store, filters: Filters, start: date, end: date
) -> tuple[str, list]:
    """A CTE body selecting filtered, dated articles published between start and end."""
    where, params = base.article_where(replace(filters, start=None, end=None), "a")
    sql = (
        "SELECT a.id, a.outlet, a.published, a.word_count, "
        "date_trunc('week', a.published)::DATE AS monday FROM articles a "
        f"WHERE {where} AND a.published BETWEEN ? AND ?"
    )
    return sql, [*params, start, end]


def weeks_with_data(store: Store, filters: Filters = NO_FILTERS) -> list[Week]:
    """The ISO weeks in which an article matching the filters was published."""
    where, params = base.article_where(replace(filters, start=None, end=None), "a")
    rows = store.query(
        "SELECT DISTINCT date_trunc('week', a.published)::DATE AS monday "
        f"FROM articles a WHERE {where} AND a.published IS NOT NULL ORDER BY monday",
        params,
    )
    return [Week.of(d.date() if hasattr(d, "date") else d) for d in rows["monday"]]


def default_week(
    store: Store, filters: Filters = NO_FILTERS, today: date | None = None
) -> Week | None:
    """The last complete week in the data: the latest week with articles that ended
    before today (the latest week with articles if none has ended yet)."""
    weeks = weeks_with_data(store, filters)
    if not weeks:
        return None
    today = today or date.today()
    complete = [w for w in weeks if w.end < today]
    return (complete or weeks)[-1]


def outlets_in_store(store: Store) -> list[str]:
    return store.query("SELECT DISTINCT outlet FROM articles ORDER BY outlet")[
        "outlet"
    ].tolist()


SAMPLE_CORPUS = "PressWatch sample (invented articles)"


def corpus_name(store: Store) -> str:
    """What captions call the collection: the store's `corpus` meta value, the bundled
    sample's name when every article came from data/sample, else the store's file name."""
    if name := store.get_meta("corpus"):
        return name
    counts = store.query(
        "SELECT count(*) AS n, count(*) FILTER (WHERE replace(path, '\\', '/') "
        "LIKE '%data/sample/%') AS sample FROM articles"
    )
    if counts.n[0] and counts.n[0] == counts["sample"][0]:
        return SAMPLE_CORPUS
    return store.path.stem


def build(
    store: Store,
    week: Week,
    compare: str = "previous",
    filters: Filters = NO_FILTERS,
    *,
    corpus: str | None = None,
    thresholds: Thresholds = Thresholds(),
) -> Briefing:
    """The briefing for `week` against `compare` ("previous" or "4w") under `filters`
    (their date range is replaced by the week and its comparison period)."""
    if compare not in COMPARE_MODES:
        raise BriefingError(
            f"compare must be one of {', '.join(COMPARE_MODES)}, not {compare!r}"
        )
    n_weeks = 1 if compare == "previous" else 4
    cmp_start, cmp_end = week.shift(-n_weeks).start, week.shift(-1).end
    sel, params = _selection(store, filters, cmp_start, week.end)
    period = f"CASE WHEN s.published >= DATE '{week.start}' THEN 'week' ELSE 'comparison' END"

    weekly = store.query(
        f"WITH s AS ({sel}) SELECT monday, count(*) AS articles, "
        "count(DISTINCT outlet) AS outlets FROM s GROUP BY monday",
        params,
    )
    by_outlet = store.query(
        f"""WITH s AS ({sel}),
            w AS (SELECT outlet, {period} AS period, count(*) AS articles,
                         sum(word_count) AS words FROM s GROUP BY ALL),
            h AS (SELECT s.outlet, {period} AS period, count(*) AS hedges
                  FROM s JOIN hedges t ON t.article_id = s.id
                  WHERE t.category <> '{BOOSTER}' GROUP BY ALL)
            SELECT w.*, coalesce(h.hedges, 0) AS hedges FROM w
            LEFT JOIN h USING (outlet, period)""",
        params,
    )
    actors = store.query(
        f"""WITH s AS ({sel})
            SELECT m.actor, mode(m.type) AS type, {period} AS period,
                   count(*) AS mentions
            FROM s JOIN mentions m ON m.article_id = s.id
            WHERE m.actor IS NOT NULL GROUP BY m.actor, period""",
        params,
    )
    kinds = store.query(
        f"""WITH s AS ({sel})
            SELECT t.source_kind, {period} AS period, count(*) AS claims
            FROM s JOIN attributions t ON t.article_id = s.id GROUP BY ALL""",
        params,
    )
    history, hparams = _selection(store, filters, date(1, 1, 1), week.end)
    kind_list = ", ".join(f"'{k}'" for k in UNNAMED_KINDS)
    firsts = store.query(
        f"""WITH s AS ({history}),
            c AS (SELECT t.actor, t.source_kind, s.outlet, s.published
                  FROM s JOIN attributions t ON t.article_id = s.id
                  WHERE t.actor IS NOT NULL AND t.source_kind NOT IN ({kind_list})),
            f AS (SELECT actor, min(published) AS first_cited FROM c GROUP BY actor
                  HAVING min(published) >= ?)
            SELECT c.actor AS source, mode(c.source_kind) AS source_kind, f.first_cited,
                   count(*) FILTER (WHERE c.published >= ?) AS claims,
                   count(DISTINCT c.outlet) FILTER (WHERE c.published >= ?) AS outlets
            FROM c JOIN f USING (actor) GROUP BY c.actor, f.first_cited""",
        [*hparams, cmp_start, week.start, week.start],
    )
    tables = _tables(week, n_weeks, weekly, by_outlet, actors, kinds, firsts)
    briefing = Briefing(
        week=week,
        compare=compare,
        filters=filters,
        corpus=corpus or corpus_name(store),
        comparison_start=cmp_start,
        comparison_end=cmp_end,
        comparison_weeks=n_weeks,
        outlets=sorted(by_outlet.loc[by_outlet["period"] == "week", "outlet"].tolist()),
        **tables,
    )
    briefing.changes = what_changed(briefing, thresholds)
    return briefing


def _rate(hedges: float, words: float) -> float:
    return 1000 * hedges / words if words else math.nan


def _pct(after: float, before: float) -> float:
    return 100 * (after - before) / before if before else math.nan


def _tables(
    week: Week,
    n_weeks: int,
    weekly: pd.DataFrame,
    by_outlet: pd.DataFrame,
    actors: pd.DataFrame,
    kinds: pd.DataFrame,
    firsts: pd.DataFrame,
) -> dict[str, pd.DataFrame]:
    mondays = pd.to_datetime(weekly["monday"]).dt.date
    in_week = mondays == week.start

    def per_week(col: str) -> tuple[float, float]:
        return float(weekly.loc[in_week, col].sum()), float(
            weekly.loc[~in_week, col].sum()
        ) / n_weeks

    # hedging by outlet, pooled per period
    wide = by_outlet.pivot_table(
        index="outlet",
        columns="period",
        values=["articles", "words", "hedges"],
        aggfunc="sum",
        fill_value=0,
    )
    hedging = pd.DataFrame(index=wide.index)
    for col in ("articles", "words", "hedges"):
        for p in ("week", "comparison"):
            hedging[f"{col}_{p}"] = wide[(col, p)] if (col, p) in wide.columns else 0
    hedging = hedging.astype("int64")
    hedging["rate_week"] = [
        _rate(h, w)
        for h, w in zip(hedging.hedges_week, hedging.words_week, strict=True)
    ]
    hedging["rate_comparison"] = [
        _rate(h, w)
        for h, w in zip(
            hedging.hedges_comparison, hedging.words_comparison, strict=True
        )
    ]
    hedging["change_pct"] = [
        _pct(a, b)
        for a, b in zip(hedging.rate_week, hedging.rate_comparison, strict=True)
    ]
    hedging = hedging.reset_index().sort_values(
        ["rate_week", "outlet"], ascending=[False, True], na_position="last"
    )
    hedging = hedging.reset_index(drop=True)

    # share of actor mentions, pooled per period
    shares = actors.pivot_table(
        index="actor", columns="period", values="mentions", aggfunc="sum", fill_value=0
    )
    shares = shares.reindex(columns=["week", "comparison"], fill_value=0).astype(
        "int64"
    )
    shares.columns = ["mentions_week", "mentions_comparison"]
    types = actors.sort_values("mentions").groupby("actor")["type"].last()
    shares.insert(0, "type", types.reindex(shares.index))
    for p in ("week", "comparison"):
        total = shares[f"mentions_{p}"].sum()
        # no mentions at all in a period: its shares are unknown, not zero
        shares[f"share_{p}"] = (
            100 * shares[f"mentions_{p}"] / total if total else math.nan
        )
    shares["change_points"] = shares["share_week"] - shares["share_comparison"]
    shares = (
        shares.reset_index()
        .sort_values(["mentions_week", "actor"], ascending=[False, True])
        .reset_index(drop=True)
    )

    # source kinds, pooled per period
    kinds_wide = kinds.pivot_table(
        index="source_kind",
        columns="period",
        values="claims",
        aggfunc="sum",
        fill_value=0,
    ).reindex(columns=["week", "comparison"], fill_value=0)
    kinds_t = pd.DataFrame({"source_kind": kinds_wide.index})
    for p in ("week", "comparison"):
        counts = kinds_wide[p].to_numpy()
        kinds_t[f"claims_{p}"] = counts.astype("int64")
        kinds_t[f"share_{p}"] = 100 * counts / counts.sum() if counts.sum() else 0.0
    kinds_t = _order_kinds(kinds_t)

    # sources first cited in the week / in the comparison period
    first = (
        pd.to_datetime(firsts["first_cited"]).dt.date
        if len(firsts)
        else pd.Series([], dtype=object)
    )
    new = firsts[(first >= week.start).to_numpy()] if len(firsts) else firsts
    new = new[["source", "source_kind", "claims", "outlets"]].astype(
        {"claims": "int64", "outlets": "int64"}
    )
    new = new.sort_values(["claims", "source"], ascending=[False, True]).reset_index(
        drop=True
    )
    new_before = int((first < week.start).sum()) if len(firsts) else 0

    articles = per_week("articles")
    outlets = per_week("outlets")
    words = (hedging.words_week.sum(), hedging.words_comparison.sum())
    hedges = (hedging.hedges_week.sum(), hedging.hedges_comparison.sum())
    claims = (kinds_t.claims_week.sum(), kinds_t.claims_comparison.sum())
    unnamed = kinds_t[kinds_t.source_kind.isin(UNNAMED_KINDS)]
    unnamed_n = (unnamed.claims_week.sum(), unnamed.claims_comparison.sum())
    rise = (
        shares[shares.change_points > 0]
        .sort_values("change_points", ascending=False)
        .head(1)
    )
    fall = shares[shares.change_points < 0].sort_values("change_points").head(1)
    rows = [
        ("articles", "Articles", articles[0], articles[1], "", int(articles[0])),
        ("outlets", "Outlets", outlets[0], outlets[1], "", int(outlets[0])),
        (
            "new_sources",
            "Sources cited for the first time",
            float(len(new)),
            new_before / n_weeks,
            "",
            int(len(new)),
        ),
        (
            "unnamed_share",
            "Claims with an unnamed or no source",
            100 * unnamed_n[0] / claims[0] if claims[0] else math.nan,
            100 * unnamed_n[1] / claims[1] if claims[1] else math.nan,
            "%",
            int(claims[0]),
        ),
        (
            "hedging_rate",
            "Hedges per 1,000 words",
            _rate(hedges[0], words[0]),
            _rate(hedges[1], words[1]),
            "per 1,000 words",
            int(hedges[0]),
        ),
        _actor_row("actor_rise", "Actor that rose most", rise),
        _actor_row("actor_fall", "Actor that fell most", fall),
    ]
    headline = pd.DataFrame(
        rows, columns=["metric", "label", "week", "comparison", "unit", "n"]
    )
    headline["change"] = headline["week"] - headline["comparison"]
    headline["change_pct"] = [
        _pct(w, c) for w, c in zip(headline.week, headline.comparison, strict=True)
    ]

    by_outlet_articles = hedging[
        ["outlet", "articles_week", "articles_comparison"]
    ].copy()
    by_outlet_articles["articles_comparison"] = (
        by_outlet_articles["articles_comparison"] / n_weeks
    )
    by_outlet_articles = (
        by_outlet_articles.rename(
            columns={"articles_comparison": "articles_comparison_per_week"}
        )
        .sort_values(["articles_week", "outlet"], ascending=[False, True])
        .reset_index(drop=True)
    )
    return {
        "headline": headline,
        "hedging_by_outlet": hedging,
        "actor_shares": shares,
        "new_sources": new,
        "source_kinds": kinds_t,
        "articles_by_outlet": by_outlet_articles,
    }


def _actor_row(metric: str, label: str, row: pd.DataFrame) -> tuple:
    """A headline row for the actor whose share of mentions moved most (if any did)."""
    if row.empty:
        return metric, label, math.nan, math.nan, "% of mentions", 0
    r = row.iloc[0]
    return (
        metric,
        f"{label}: {r.actor}",
        float(r.share_week),
        float(r.share_comparison),
        "% of mentions",
        int(r.mentions_week),
    )


def _order_kinds(kinds: pd.DataFrame) -> pd.DataFrame:
    from presswatch.records import SOURCE_KINDS

    order = {k: i for i, k in enumerate(SOURCE_KINDS)}
    kinds = kinds.assign(_o=kinds.source_kind.map(lambda k: order.get(k, len(order))))
    return (
        kinds.sort_values(["_o", "source_kind"])
        .drop(columns="_o")
        .reset_index(drop=True)
    )


# -- what changed ----------------------------------------------------------------


def _fmt_pct(pct: float) -> str:
    return f"{pct:+.0f}%".replace("-", "−")


def _direction(delta: float) -> str:
    return "rose" if delta > 0 else "fell"


def z_proportions(x1: float, n1: float, x0: float, n0: float) -> float:
    """z of the difference between proportions x1/n1 and x0/n0 (pooled variance)."""
    if not n1 or not n0:
        return math.nan
    p = (x1 + x0) / (n1 + n0)
    if p <= 0 or p >= 1:
        return 0.0
    return (x1 / n1 - x0 / n0) / math.sqrt(p * (1 - p) * (1 / n1 + 1 / n0))


def z_counts(week: float, per_week: float, n_weeks: int) -> float:
    """z of a week's count against the weekly average of n_weeks (Poisson)."""
    variance = week + per_week / n_weeks
    return (week - per_week) / math.sqrt(variance) if variance else 0.0


def what_changed(b: Briefing, t: Thresholds = Thresholds()) -> list[Change]:
    """The changes that pass the thresholds as sentences, largest first within a kind."""
    changes: list[Change] = []
    cmp_word = "a week on average" if b.comparison_weeks > 1 else "the week before"
    head = b.headline.set_index("metric")

    art = head.loc["articles"]
    z = z_counts(art.week, art.comparison, b.comparison_weeks)
    if (
        max(art.week, art.comparison) >= t.min_articles
        and art.comparison
        and abs(art.change_pct) >= 100 * t.min_article_change
        and abs(z) >= t.min_z
    ):
        changes.append(
            Change(
                "articles",
                "",
                art.comparison,
                art.week,
                int(art.week),
                f"The number of articles {_direction(art.change)} from "
                f"{art.comparison:,.1f} "
                f"({cmp_word}) to {int(art.week):,} ({_fmt_pct(art.change_pct)}; "
                f"n = {int(art.week):,} articles).".replace(".0 (", " ("),
                z,
            )
        )

    h = b.hedging_by_outlet
    ok = (
        (h.words_week >= t.min_words)
        & (h.words_comparison >= t.min_words)
        & (h[["hedges_week", "hedges_comparison"]].max(axis=1) >= t.min_hedges)
    )
    h = h[ok].assign(delta=lambda d: d.rate_week - d.rate_comparison)
    h["z"] = [
        z_proportions(
            r.hedges_week, r.words_week, r.hedges_comparison, r.words_comparison
        )
        for r in h.itertuples()
    ]
    rel = (h.rate_week - h.rate_comparison).abs() / h.rate_comparison.where(
        h.rate_comparison > 0
    )
    h = h[((rel.isna() & (h.delta != 0)) | (rel >= t.min_rate_change))]
    h = h[h.z.abs() >= t.min_z]
    for sign in (1, -1):
        side = h[h.delta * sign > 0].sort_values("delta", ascending=sign < 0)
        for i, r in enumerate(side.head(t.max_per_kind).itertuples()):
            pct = f" ({_fmt_pct(r.change_pct)})" if not math.isnan(r.change_pct) else ""
            largest = (
                f", the largest {'rise' if sign > 0 else 'fall'} of any outlet"
                if i == 0
                else ""
            )
            changes.append(
                Change(
                    "hedging",
                    r.outlet,
                    r.rate_comparison,
                    r.rate_week,
                    int(r.hedges_week),
                    f"Hedging in {r.outlet} {_direction(r.delta)} from "
                    f"{r.rate_comparison:.1f} to {r.rate_week:.1f} per 1,000 words"
                    f"{pct}{largest} (n = {r.hedges_week:,} "
                    f"hedges in {r.words_week:,} words this week"
                    + (
                        f", {r.hedges_comparison:,} in {r.words_comparison:,} before)."
                        if sign < 0
                        else ")."
                    ),
                    r.z,
                )
            )

    s = b.actor_shares
    totals = (s.mentions_week.sum(), s.mentions_comparison.sum())
    s = s[
        (s[["mentions_week", "mentions_comparison"]].max(axis=1) >= t.min_mentions)
        & (s.change_points.abs() >= t.min_share_change)
    ].copy()
    s["z"] = [
        z_proportions(r.mentions_week, totals[0], r.mentions_comparison, totals[1])
        for r in s.itertuples()
    ]
    s = s[s.z.abs() >= t.min_z]
    for sign in (1, -1):
        side = s[s.change_points * sign > 0].sort_values(
            "change_points", ascending=sign < 0
        )
        for i, r in enumerate(side.head(t.max_per_kind).itertuples()):
            largest = (
                f", the largest {'rise' if sign > 0 else 'fall'} of any actor"
                if i == 0
                else ""
            )
            changes.append(
                Change(
                    "actor",
                    r.actor,
                    r.share_comparison,
                    r.share_week,
                    int(r.mentions_week),
                    f"{r.actor} {_direction(r.change_points)} from "
                    f"{r.share_comparison:.1f}% to {r.share_week:.1f}% of actor mentions "
                    f"({r.change_points:+.1f} points)"
                    f"{largest} (n = {r.mentions_week:,} mentions this week"
                    + (f", {r.mentions_comparison:,} before)." if sign < 0 else ")."),
                    r.z,
                )
            )

    new = b.new_sources[b.new_sources.claims >= t.min_citations]
    for r in new.head(t.max_per_kind).itertuples():
        where = "one outlet" if r.outlets == 1 else f"{r.outlets} outlets"
        changes.append(
            Change(
                "new_source",
                r.source,
                0,
                r.claims,
                int(r.claims),
                f"{r.source} was cited as a source for the first time, in "
                f"{r.claims:,} claims "
                f"in {where} (n = {r.claims:,} claims).",
            )
        )

    k = b.source_kinds
    claims = (int(k.claims_week.sum()), int(k.claims_comparison.sum()))
    un = head.loc["unnamed_share"]
    unnamed = k[k.source_kind.isin(UNNAMED_KINDS)]
    z = z_proportions(
        unnamed.claims_week.sum(), claims[0], unnamed.claims_comparison.sum(), claims[1]
    )
    if (
        min(claims) >= t.min_claims
        and abs(un.change) >= t.min_unnamed_change
        and abs(z) >= t.min_z
    ):
        changes.append(
            Change(
                "unnamed_share",
                "",
                un.comparison,
                un.week,
                claims[0],
                f"Claims with an unnamed or no source {_direction(un.change)} from "
                f"{un.comparison:.0f}% to {un.week:.0f}% of attributed claims "
                f"({un.change:+.0f} points; n = {claims[0]:,} claims this week).",
                z,
            )
        )
    return changes


def changes_table(changes: Sequence[Change]) -> pd.DataFrame:
    cols = ["kind", "subject", "before", "after", "n", "z", "sentence"]
    return pd.DataFrame([[getattr(c, k) for k in cols] for c in changes], columns=cols)


def evidence(
    store: Store, b: Briefing, change: Change, limit: int = 50
) -> pd.DataFrame:
    """The sentences of the week behind a change: date, outlet, title, sentence."""
    sel, params = _selection(store, b.filters, b.week.start, b.week.end)
    cols = "s.published, s.outlet, a.title, x.sent, x.text AS sentence"
    base = (
        f"WITH s AS ({sel}) SELECT DISTINCT {cols} FROM s "
        "JOIN articles a ON a.id = s.id "
        "JOIN sentences x ON x.article_id = s.id "
    )
    if change.kind == "hedging":
        sql = base + (
            "WHERE s.outlet = ? AND EXISTS (SELECT 1 FROM hedges h "
            "WHERE h.article_id = s.id "
            f"AND h.sent = x.sent AND h.category <> '{BOOSTER}')"
        )
        params = [*params, change.subject]
    elif change.kind == "actor":
        sql = base + (
            "WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = s.id "
            "AND m.sent = x.sent AND m.actor = ?)"
        )
        params = [*params, change.subject]
    elif change.kind == "new_source":
        sql = base + (
            "WHERE EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = s.id "
            "AND t.sent = x.sent AND t.actor = ?)"
        )
        params = [*params, change.subject]
    elif change.kind == "unnamed_share":
        kinds = ", ".join(f"'{k}'" for k in UNNAMED_KINDS)
        sql = base + (
            "WHERE EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = s.id "
            f"AND t.sent = x.sent AND t.source_kind IN ({kinds}))"
        )
    else:  # articles: the first sentence of each article
        sql = base + "WHERE x.sent = 0"
    out = store.query(
        f"{sql} ORDER BY s.published, s.outlet, a.title, x.sent LIMIT {int(limit)}",
        params,
    )
    return out.drop(columns="sent")


# -- charts ----------------------------------------------------------------------


def _source_kind_colours() -> dict[str, str]:
    try:
        from presswatch.charts.palette import SOURCE_KIND_COLOURS
    except (
        ImportError
    ):  # the shared palette is not there yet: Okabe-Ito in SOURCE_KINDS order
        from presswatch.records import SOURCE_KINDS

        okabe_ito = ["#0072B2", "#009E73", "#E69F00", "#CC79A7", "#D55E00", "#999999"]
        return dict(zip(SOURCE_KINDS, okabe_ito, strict=True))
    return dict(SOURCE_KIND_COLOURS)


def _wrap(text: str, width: int = 150) -> str:
    """Break a caption into <br>-joined lines at its " · " separators where possible."""
    lines: list[str] = []
    for part in text.split(" · "):
        if lines and len(lines[-1]) + 3 + len(part) <= width:
            lines[-1] += " · " + part
        else:
            lines.append(part)
    return "<br>".join(lines)


def _frame(fig: go.Figure, b: Briefing, chart: str, title: str, rows: int) -> go.Figure:
    """Fixed size, light look, the title and the caption inside the figure."""
    caption = _wrap(b.caption(chart))
    lines = caption.count("<br>") + 1
    # title and caption hang from the top edge; the legend sits between them and plot
    top = 84 + 16 * lines
    fig.update_layout(
        template="plotly_white",
        width=FIGURE_WIDTH,
        height=max(380, top + 110 + 34 * rows),
        margin={"t": top, "l": 10, "r": 30, "b": 60},
        title={
            "text": f"{title} · {b.week}",
            "subtitle": {"text": caption, "font": {"size": 11, "color": "#555555"}},
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "pad": {"t": 14},
        },
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.0,
            "x": 0,
            "title": None,
            "traceorder": "normal",
        },
        font={"family": "Arial, Helvetica, sans-serif", "size": 13},
    )
    return fig


def _periods(b: Briefing) -> tuple[str, str]:
    cmp = "previous week" if b.compare == "previous" else "4-week average"
    return f"{b.week} ({b.week_label})", f"{cmp} ({b.comparison_label})"


def _week_against_comparison(
    b: Briefing,
    labels: pd.Series,
    comparison: pd.Series,
    week: pd.Series,
    text: pd.Series,
    x_title: str,
) -> go.Figure:
    """Grouped horizontal bars per label: the comparison period, then the week (labelled)."""
    week_name, cmp_name = _periods(b)
    fig = go.Figure(
        [
            go.Bar(
                y=labels,
                x=comparison,
                name=cmp_name,
                orientation="h",
                marker_color=COMPARISON_COLOUR,
            ),
            go.Bar(
                y=labels,
                x=week,
                name=week_name,
                orientation="h",
                marker_color=WEEK_COLOUR,
                text=text,
                textposition="outside",
            ),
        ]
    )
    fig.update_layout(barmode="group")
    fig.update_xaxes(title=x_title, rangemode="tozero")
    fig.update_yaxes(title=None, automargin=True)
    return fig


def hedging_chart(b: Briefing, top: int = TOP_OUTLETS) -> go.Figure:
    """Hedges per 1,000 words by outlet (the `top` with most articles this week):
    the week against the comparison period."""
    h = b.hedging_by_outlet[b.hedging_by_outlet.articles_week > 0]
    shown = h.sort_values(["articles_week", "outlet"], ascending=[False, True])
    h = shown.head(top).sort_values(["rate_week", "outlet"], ascending=[True, False])
    fig = _week_against_comparison(
        b,
        h.outlet,
        h.rate_comparison.round(2),
        h.rate_week.round(2),
        h.rate_week.round(1),
        "hedges per 1,000 words",
    )
    title = "Hedging by outlet" + _of(len(h), len(shown))
    return _frame(fig, b, "hedging_by_outlet", title, 2 * len(h))


def actor_chart(b: Briefing, top: int = 10) -> go.Figure:
    """Share of mentions of the week's most-mentioned actors, against the comparison."""
    s = b.actor_shares[b.actor_shares.mentions_week > 0].head(top).iloc[::-1]
    fig = _week_against_comparison(
        b,
        s.actor,
        s.share_comparison.round(2),
        s.share_week.round(2),
        s.share_week.round(1).astype(str) + "%",
        "% of all actor mentions",
    )
    return _frame(fig, b, "actor_shares", "Most-mentioned actors", 2 * len(s))


def source_kind_chart(b: Briefing) -> go.Figure:
    """Who claims were attributed to: shares of source kinds, week against comparison."""
    k = b.source_kinds
    week, cmp = _periods(b)
    colours = _source_kind_colours()
    fig = go.Figure(
        [
            go.Bar(
                y=[cmp, week],
                x=[round(r.share_comparison, 2), round(r.share_week, 2)],
                name=r.source_kind,
                orientation="h",
                marker_color=colours.get(r.source_kind),
                text=[f"{r.share_comparison:.0f}%", f"{r.share_week:.0f}%"],
                textposition="inside",
            )
            for r in k.itertuples()
        ]
    )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title="% of attributed claims", range=[0, 100])
    fig.update_yaxes(title=None, automargin=True)
    return _frame(fig, b, "source_kinds", "Source kinds of claims", 4)


def articles_chart(b: Briefing, top: int = TOP_OUTLETS) -> go.Figure:
    """Articles per outlet (the `top` with most this week) against the comparison's
    weekly average."""
    a = b.articles_by_outlet.head(top).iloc[::-1]
    fig = _week_against_comparison(
        b,
        a.outlet,
        a.articles_comparison_per_week.round(2),
        a.articles_week,
        a.articles_week,
        "articles (comparison: average per week)",
    )
    title = "Articles by outlet" + _of(len(a), len(b.articles_by_outlet))
    return _frame(fig, b, "articles_by_outlet", title, 2 * len(a))


def _of(shown: int, total: int) -> str:
    return f" (top {shown} of {total})" if shown < total else ""


CHARTS = {
    "hedging_by_outlet": hedging_chart,
    "actor_shares": actor_chart,
    "source_kinds": source_kind_chart,
    "articles_by_outlet": articles_chart,
}
CHART_N = {
    "hedging_by_outlet": lambda b: (
        f"{int(b.hedging_by_outlet.hedges_week.sum()):,} hedges "
        f"in {int(b.hedging_by_outlet.words_week.sum()):,} words"
    ),
    "actor_shares": lambda b: (
        f"{int(b.actor_shares.mentions_week.sum()):,} actor mentions"
    ),
    "source_kinds": lambda b: (
        f"{int(b.source_kinds.claims_week.sum()):,} attributed claims"
    ),
    "articles_by_outlet": lambda b: f"{b.articles:,} articles",
}


# -- command line ----------------------------------------------------------------


def add_command(commands: argparse._SubParsersAction) -> None:
    """Register `presswatch briefing` on the CLI's subcommands."""
    p = commands.add_parser(
        "briefing",
        help="write the weekly briefing (HTML, PNG charts, CSV tables, ZIP)",
        description="Write the briefing of one ISO week, compared with the week "
        "before or the average of the four before it: a self-contained HTML file, "
        "every chart as PNG (2x scale, rendered with the system's chromium), every "
        "table as CSV, and a ZIP "
        "of them all. The same files as the dashboard's 'Download briefing' button.",
    )
    p.add_argument(
        "--week",
        help="ISO week such as 2026-W46 (default: the last complete week in the data)",
    )
    p.add_argument(
        "--compare",
        choices=COMPARE_MODES,
        default="previous",
        help="compare with the previous week or the average of the previous four (4w)",
    )
    p.add_argument(
        "--outlet",
        action="append",
        default=[],
        metavar="NAME",
        help="only this outlet (repeat for several; default: all)",
    )
    p.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        help="DuckDB store file (default: $PRESSWATCH_DB or data/presswatch.duckdb)",
    )
    p.add_argument(
        "--corpus", help="the collection's name in captions (default: the store's)"
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="folder to write to"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """`presswatch briefing`: 0 when the files are written, else 2 (or 3) with a message."""
    import duckdb

    from presswatch.export import report
    from presswatch.store import default_db

    db = args.db or default_db()
    try:
        week = Week.parse(args.week) if args.week else None
        if not Path(db).is_file():
            raise BriefingError(
                f"no store at {db} (ingest articles first, or pass --db FILE)"
            )
        with contextlib.ExitStack() as stack:
            store = stack.enter_context(_open_read_only(db))
            filters = Filters(outlets=tuple(args.outlet))
            known = outlets_in_store(store)
            unknown = [o for o in args.outlet if o not in known]
            if unknown:
                raise BriefingError(
                    f"unknown outlet {', '.join(map(repr, unknown))}; the store has: "
                    + ", ".join(known)
                )
            # chromium starts now and gets ready while the numbers are computed
            renderer = stack.enter_context(report.PngRenderer())
            week = week or default_week(store, filters)
            if week is None:
                raise BriefingError(f"the store {db} has no dated articles")
            b = build(store, week, args.compare, filters, corpus=args.corpus)
            if b.empty:
                weeks = weeks_with_data(store, filters)
                span = f"{weeks[0]} to {weeks[-1]}" if weeks else "no weeks"
                raise BriefingError(
                    f"no articles in {week} under these filters (data: {span})"
                )
            paths = report.write(b, args.out, store=store, renderer=renderer)
    except BriefingError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except duckdb.Error as err:
        print(f"error: cannot read the store {db}: {err}", file=sys.stderr)
        return 2
    except report.RenderError as err:
        print(f"error: could not render the charts: {err}", file=sys.stderr)
        return 3
    print(
        f"briefing {week} ({b.week_label}) vs {COMPARE_LABELS[b.compare]}: "
        f"{b.articles} articles"
    )
    for line in (c.sentence for c in b.changes):
        print(f"  - {line}")
    print(f"wrote {len(paths)} files to {args.out} (zip: {paths[-1].name})")
    return 0


def _open_read_only(db: Path) -> Store:
    import duckdb

    try:
        return Store(db, read_only=True)
    except duckdb.Error as err:  # locked by a running app, or not a DuckDB file
        raise BriefingError(f"cannot open the store {db}: {err}") from None
