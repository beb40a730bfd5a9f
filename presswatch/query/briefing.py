"""The weekly briefing's SQL: the counts of one week and its comparison period, per
outlet, actor and source kind, the sources first cited in them, and the weeks with data.

Everything is aggregated in DuckDB, so a briefing over tens of thousands of articles
takes a few queries, never a scan of every mention in pandas. The week model and the
"what changed" sentences built on these frames live in `presswatch.briefing`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from presswatch.query import base
from presswatch.records import BOOSTER, Filters
from presswatch.store import Store
from presswatch.vocab import UNNAMED_KINDS


def selection(filters: Filters, start: date, end: date) -> tuple[str, list]:
    """A CTE body selecting filtered, dated articles published between start and end
    (the filters' own dates are replaced by these)."""
    where, params = base.article_where(replace(filters, start=None, end=None), "a")
    sql = (
        "SELECT a.id, a.outlet, a.published, a.word_count, "
        "date_trunc('week', a.published)::DATE AS monday FROM articles a "
        f"WHERE {where} AND a.published BETWEEN ? AND ?"
    )
    return sql, [*params, start, end]


def mondays_with_data(store: Store, filters: Filters) -> list[date]:
    """The Monday of every ISO week in which an article matching the filters (their
    dates aside) was published, oldest first."""
    where, params = base.article_where(replace(filters, start=None, end=None), "a")
    rows = base.run(
        store,
        "SELECT DISTINCT date_trunc('week', a.published)::DATE AS monday "
        f"FROM articles a WHERE {where} AND a.published IS NOT NULL ORDER BY monday",
        params,
    )
    return [d.date() if hasattr(d, "date") else d for d in rows["monday"]]


def sample_articles(store: Store) -> tuple[int, int]:
    """(articles in the store, of which read from a data/sample folder)."""
    counts = base.run(
        store,
        "SELECT count(*) AS n, count(*) FILTER (WHERE replace(path, '\\', '/') "
        "LIKE '%data/sample/%') AS sample FROM articles",
    )
    return int(counts.n[0]), int(counts["sample"][0])


@dataclass(frozen=True)
class WeekCounts:
    """The raw counts of a week (period "week") and its comparison ("comparison")."""

    weekly: pd.DataFrame  # monday, articles, outlets
    by_outlet: pd.DataFrame  # outlet, period, articles, words, hedges
    actors: pd.DataFrame  # actor, type (commonest), period, mentions
    kinds: pd.DataFrame  # source_kind, period, claims
    firsts: pd.DataFrame  # source, source_kind, first_cited, claims, outlets, sentences


def week_counts(
    store: Store, filters: Filters, week_start: date, week_end: date, cmp_start: date
) -> WeekCounts:
    """The counts from `cmp_start` to `week_end`, split at `week_start`; and every
    named source first cited on or after `cmp_start`, with its claims in the week."""
    sel, params = selection(filters, cmp_start, week_end)
    period = (
        f"CASE WHEN s.published >= DATE '{week_start}' "
        "THEN 'week' ELSE 'comparison' END"
    )
    weekly = base.run(
        store,
        f"WITH s AS ({sel}) SELECT monday, count(*) AS articles, "
        "count(DISTINCT outlet) AS outlets FROM s GROUP BY monday",
        params,
    )
    by_outlet = base.run(
        store,
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
    actors = base.run(
        store,
        f"""WITH s AS ({sel})
            SELECT m.actor, mode(m.type) AS type, {period} AS period,
                   count(*) AS mentions
            FROM s JOIN mentions m ON m.article_id = s.id
            WHERE m.actor IS NOT NULL GROUP BY m.actor, period""",
        params,
    )
    kinds = base.run(
        store,
        f"""WITH s AS ({sel})
            SELECT t.source_kind, {period} AS period, count(*) AS claims
            FROM s JOIN attributions t ON t.article_id = s.id GROUP BY ALL""",
        params,
    )
    history, hparams = selection(filters, date(1, 1, 1), week_end)
    kind_list = ", ".join(f"'{k}'" for k in UNNAMED_KINDS)
    firsts = base.run(
        store,
        f"""WITH s AS ({history}),
            c AS (SELECT t.actor, t.source_kind, s.outlet, s.published, t.article_id,
                         t.sent
                  FROM s JOIN attributions t ON t.article_id = s.id
                  WHERE t.actor IS NOT NULL AND t.source_kind NOT IN ({kind_list})),
            f AS (SELECT actor, min(published) AS first_cited FROM c GROUP BY actor
                  HAVING min(published) >= ?)
            SELECT c.actor AS source, mode(c.source_kind) AS source_kind, f.first_cited,
                   count(*) FILTER (WHERE c.published >= ?) AS claims,
                   count(DISTINCT c.outlet) FILTER (WHERE c.published >= ?) AS outlets,
                   count(DISTINCT (c.article_id, c.sent))
                       FILTER (WHERE c.published >= ?) AS sentences
            FROM c JOIN f USING (actor) GROUP BY c.actor, f.first_cited""",
        [*hparams, cmp_start, week_start, week_start, week_start],
    )
    return WeekCounts(weekly, by_outlet, actors, kinds, firsts)
