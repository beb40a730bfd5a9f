"""The weekly briefing: one ISO week against the week before (or the four before it),
as headline numbers, plain "what changed" sentences and the tables behind them, on
the counts of `presswatch.query.briefing` (no SQL here). Its charts are
`presswatch.charts.briefing`, its files `presswatch.export.report`, its command
`presswatch briefing` in `presswatch.cli`.

Comparison rules: counts (articles, outlets, new sources) are compared with the
average per week of the comparison period; rates and shares (hedges per 1,000 words,
share of mentions, share of claims) are pooled over the comparison period.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pandas as pd

from presswatch import query
from presswatch.markup import contain_bidi as _own
from presswatch.records import SOURCE_KINDS, Filters
from presswatch.store import Store
from presswatch.vocab import COMPARE_LABELS, COMPARE_MODES, UNNAMED_KINDS, plural

_WEEK_RE = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


NO_FILTERS = Filters()


CLAIMS_SHOWN = 5  # "claims that spread most this week"


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
    claims: pd.DataFrame = field(default_factory=pd.DataFrame)  # spread most this week
    # outlet -> its slot in the outlet palette, as the store keeps it (`Store.outlet_colours`)
    outlet_slots: dict[str, int] = field(default_factory=dict)

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
            parts.append("actors: " + ", ".join(map(_own, f.actors)))
        if f.source_kinds:
            parts.append("source kinds: " + ", ".join(f.source_kinds))
        if f.search.strip():
            parts.append(f"search: “{_own(f.search.strip())}”")
        return "; ".join(parts) or "none"

    def caption(self, chart: str) -> str:
        """The line under a chart that makes a cut-out image say what it shows."""
        n = CHART_N[chart](self)
        outlets = ", ".join(map(_own, self.outlets)) if self.outlets else "none"
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
            "claims_that_spread": self.claims,
        }


# -- computing -----------------------------------------------------------------


def weeks_with_data(store: Store, filters: Filters = NO_FILTERS) -> list[Week]:
    """The ISO weeks in which an article matching the filters was published."""
    return [Week.of(d) for d in query.briefing.mondays_with_data(store, filters)]


def week_choices(store: Store, filters: Filters = NO_FILTERS) -> list[Week]:
    """The weeks to offer: every ISO week from the first with data to the last, empty
    ones included (only the weeks with articles across more than five years)."""
    weeks = weeks_with_data(store, filters)
    if not weeks:
        return []
    span = (weeks[-1].start - weeks[0].start).days // 7
    if span > 260:  # decades of archive: offer only the weeks that have articles
        return weeks
    return [weeks[0].shift(i) for i in range(span + 1)]


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


SAMPLE_CORPUS = "PressWatch sample (invented articles)"


def corpus_name(store: Store) -> str:
    """What captions call the collection: the store's `corpus` meta value, the bundled
    sample's name when every article came from data/sample, else the store's file name."""
    if name := store.get_meta("corpus"):
        return name
    articles, sample = query.briefing.sample_articles(store)
    if articles and articles == sample:
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
    cmp_start, cmp_end = query.base.preceding(week.start, week.end, n_weeks)
    counts = query.briefing.week_counts(store, filters, week.start, week.end, cmp_start)
    by_outlet = counts.by_outlet
    tables = _tables(
        week,
        n_weeks,
        counts.weekly,
        by_outlet,
        counts.actors,
        counts.kinds,
        counts.firsts,
    )
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
        outlet_slots=query.base.outlet_slots(store),
    )
    briefing.changes = what_changed(briefing, thresholds)
    briefing.claims = query.claims.top_claims(
        store, replace(filters, start=week.start, end=week.end), n=CLAIMS_SHOWN
    )
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
    new = new[["source", "source_kind", "claims", "sentences", "outlets"]].astype(
        {"claims": "int64", "sentences": "int64", "outlets": "int64"}
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
        f"{label}: {_own(r.actor)}",
        float(r.share_week),
        float(r.share_comparison),
        "% of mentions",
        int(r.mentions_week),
    )


def _order_kinds(kinds: pd.DataFrame) -> pd.DataFrame:
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
                f"n = {plural(int(art.week), 'article')}).".replace(".0 (", " ("),
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
                    f"Hedging in {_own(r.outlet)} {_direction(r.delta)} from "
                    f"{r.rate_comparison:.1f} to {r.rate_week:.1f} per 1,000 words"
                    f"{pct}{largest} (n = {plural(int(r.hedges_week), 'hedge')} "
                    f"in {plural(int(r.words_week), 'word')} this week"
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
                    f"{_own(r.actor)} {_direction(r.change_points)} from "
                    f"{r.share_comparison:.1f}% to {r.share_week:.1f}% of actor mentions "
                    f"({r.change_points:+.1f} points)"
                    f"{largest} (n = {plural(int(r.mentions_week), 'mention')} this week"
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
                f"{_own(r.source)} was cited as a source for the first time, "
                f"{plural(int(r.claims), 'time')} in "
                f"{plural(int(r.sentences), 'sentence')} in {where} "
                f"(n = {plural(int(r.claims), 'attribution')}).",
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
                f"({un.change:+.0f} points; n = {plural(claims[0], 'claim')} this week).",
                z,
            )
        )
    return changes


def changes_table(changes: Sequence[Change]) -> pd.DataFrame:
    cols = ["kind", "subject", "before", "after", "n", "z", "sentence"]
    return pd.DataFrame([[getattr(c, k) for k in cols] for c in changes], columns=cols)


def evidence_selector(change: Change) -> dict[str, object]:
    """The `query.evidence.sentences` conditions of the sentences behind a change."""
    if change.kind == "hedging":
        return {"outlet": change.subject, "hedged": True}
    if change.kind == "actor":
        return {"actor": change.subject}
    if change.kind == "new_source":
        return {"source_actor": change.subject}
    if change.kind == "unnamed_share":
        return {"source_kind": list(UNNAMED_KINDS)}
    return {}  # articles: the first sentence of each article


def evidence(
    store: Store, b: Briefing, change: Change, limit: int = 50
) -> pd.DataFrame:
    """The sentences of the week behind a change, oldest first: date, outlet, title,
    sentence and what counted in it (source, cue, hedge), one row per sentence."""
    week = replace(b.filters, start=b.week.start, end=b.week.end)
    found = query.evidence.sentences(
        store, week, oldest_first=True, limit=limit, **evidence_selector(change)
    )
    shown = ["published", "outlet", "title", "sentence", "source", "cue", "hedge"]
    return found.drop_duplicates([*shown, "sent"])[shown].reset_index(drop=True)


# What each chart's caption counts ("n = ..."), by chart name.
CHART_N = {
    "hedging_by_outlet": lambda b: (
        f"{plural(int(b.hedging_by_outlet.hedges_week.sum()), 'hedge')} "
        f"in {plural(int(b.hedging_by_outlet.words_week.sum()), 'word')}"
    ),
    "actor_shares": lambda b: (
        f"{plural(int(b.actor_shares.mentions_week.sum()), 'actor mention')}"
    ),
    "source_kinds": lambda b: (
        f"{plural(int(b.source_kinds.claims_week.sum()), 'attributed claim')}"
    ),
    "articles_by_outlet": lambda b: plural(b.articles, "article"),
}
