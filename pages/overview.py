"""Overview: the headline numbers against the previous period, and the four charts a
weekly briefing starts from."""

import math

import streamlit as st

from presswatch import charts, query
from presswatch.vocab import plural
from ui import data, filters, widgets

st.title("Overview")
f = filters.current()
widgets.page_hint()
scope = data.table(query.base.scope, f)
if scope.articles == 0:
    widgets.empty(
        "No articles match the current filters. Widen the dates or clear a filter."
    )
    st.stop()

spans = data.table(query.base.periods, f)
headline = data.table(query.overview.headline, f)
compared = headline.previous.notna().any()
if spans:
    now, before = spans
    days = plural((now.end - now.start).days + 1, "day")
    window = f"{before.start:%-d %b %Y} – {before.end:%-d %b %Y}"
    note = (
        f"Changes compare with the {days} before ({window})."
        if compared
        else f"No articles in the {days} before ({window}) to compare with: "
        "choose a shorter date range in the sidebar to see changes."
    )
    st.caption(f"{widgets.md(charts.caption(scope, f))}. {note}")
cols = [c for row in range(2) for c in st.columns(3)]
cols[0].metric(
    "Date span",
    plural((scope.end - scope.start).days + 1, "day")
    if scope.start and scope.end
    else "undated",
    help=f"{scope.start} to {scope.end}" if scope.start else None,
    border=True,
)
for col, row in zip(cols[1:], headline.itertuples(), strict=True):
    is_rate = row.metric.startswith("Hedges")
    value = f"{row.value:.1f}" if is_rate else f"{int(row.value):,}"
    delta = (
        None
        if math.isnan(row.previous)
        else (f"{row.change:+.1f}" if is_rate else f"{int(row.change):+,}")
    )
    col.metric(
        row.metric,
        value,
        delta=delta,
        delta_color="off" if is_rate else "normal",
        help=(
            "No articles in the previous period."
            if delta is None
            else f"Previous period: {row.previous:,.1f}"
            if is_rate
            else f"Previous period: {int(row.previous):,}"
        ),
        border=True,
    )
with st.expander("Headline numbers as a table"):
    widgets.table(headline, "headline", "headline_table")

left, right = st.columns(2, gap="large")
with left:
    freq = widgets.period_control("ov_freq", st)
    over_time = data.table(query.overview.articles_over_time, f, freq=freq)
    widgets.chart_panel(
        charts.articles_over_time(
            over_time, freq=freq, colours=widgets.outlet_colours()
        ),
        over_time,
        f,
        key="ov_articles_chart",
        n=int(over_time.articles.sum()),
        unit="dated articles",
        empty="None of the matching articles has a publication date.",
        csv=True,
        evidence=True,  # the sentences of a click right under its chart
    )
with right:
    measure = widgets.measure_toggle("ov_actor_measure", ("mentions", widgets.PER_1000))
    actors = data.table(query.actors.top_actors, f, n=15)
    widgets.chart_panel(
        charts.actor_bar(actors, measure=measure),
        actors,
        f,
        key="ov_actors_chart",
        n=int(actors.mentions.sum()),
        unit="mentions of the top 15",
        empty="No actors are mentioned in the matching articles.",
        csv=True,
        evidence=True,  # the sentences of a click right under its chart
    )

left, right = st.columns(2, gap="large")
with left:
    kind_measure = widgets.measure_toggle(
        "ov_kind_measure", ("attributions", widgets.SHARE)
    )
    kinds = data.table(query.sources.source_kind_mix, f)
    widgets.chart_panel(
        charts.source_kind_bar(kinds, measure=kind_measure),
        kinds,
        f,
        key="ov_kinds_chart",
        n=int(kinds.attributions.sum()),
        unit="attributions",
        empty="No attributed claims in the matching articles.",
        blank=kinds.attributions.sum() == 0,
        csv=True,
        evidence=True,  # the sentences of a click right under its chart
    )
with right:
    hedge_measure = widgets.measure_toggle(
        "ov_hedge_measure", (widgets.PER_1000, "count")
    )
    rates = data.table(query.hedging.hedge_rate_by_outlet, f, max_outlets=12)
    widgets.chart_panel(
        charts.hedge_rate_by_outlet(
            rates,
            measure=hedge_measure,
            colours=widgets.outlet_colours(),
            min_articles=filters.min_articles(),
        ),
        rates,
        f,
        key="ov_hedge_chart",
        n=int(rates.hedges.sum()),
        unit="hedges",
        empty="The matching articles have no words to count hedges in.",
        blank=rates.words.sum() == 0,
        csv=True,
        evidence=True,  # the sentences of a click right under its chart
    )
