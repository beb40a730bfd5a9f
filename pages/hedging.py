"""Hedging: how cautiously each outlet words its claims, and where claims stand bare."""

import streamlit as st

from presswatch import charts, query
from presswatch.charts import palette
from ui import data, filters, widgets

st.title("Hedging")
f = filters.current()
widgets.page_hint()
rates = data.table(query.hedging.hedge_rate_by_outlet, f, max_outlets=20)
if rates.empty or rates.words.sum() == 0:
    widgets.empty(
        "No articles match the current filters. Widen the dates or clear a filter."
    )
    st.stop()

categories = data.table(query.hedging.hedges_by_category, f)
total = query.hedging.totals(rates)
m1, m2, m3, m4 = st.columns(4)
m1.metric("Hedges", f"{total.hedges:,}", border=True)
m2.metric("Hedges per 1,000 words", f"{total.hedges_per_1000:.1f}", border=True)
m3.metric(
    "Boosters",
    f"{total.boosters:,}",
    border=True,
    help='Words that strengthen a claim ("confirmed", "clearly"): counted apart, never as hedges.',
)
m4.metric("Boosters per 1,000 words", f"{total.boosters_per_1000:.1f}", border=True)

measure = widgets.measure_toggle("hedge_measure", (widgets.PER_1000, widgets.COUNT))
left, right = st.columns(2, gap="large")
with left:
    outlet_panel = widgets.chart_panel(
        charts.hedge_rate_by_outlet(
            rates,
            measure=measure,
            colours=widgets.outlet_colours(),
            min_articles=filters.min_articles(),
        ),
        rates,
        f,
        key="hedge_outlet_chart",
        n=total.hedges,
        unit="hedges",
    )
    with st.expander("Hedging by outlet as a table"):
        widgets.table(rates, "hedging by outlet", "hedge_outlet_table")
with right:
    category_panel = widgets.chart_panel(
        charts.hedge_categories(categories, measure=measure),
        categories,
        f,
        key="hedge_category_chart",
        n=total.hedges,
        unit="hedges",
        empty="No hedges in the matching articles.",
        blank=total.hedges == 0,
    )
    with st.expander("Categories as a table"):
        widgets.table(categories, "hedges by category", "hedge_category_table")
widgets.evidence_of(f, outlet_panel, category_panel)

left, right = st.columns(2, gap="large")
with left:
    freq = widgets.period_control("hedge_freq", st)
    over_time = data.table(query.hedging.hedges_over_time, f, freq=freq)
    time_panel = widgets.chart_panel(
        charts.hedges_over_time(over_time, measure=measure, freq=freq),
        over_time,
        f,
        key="hedge_time_chart",
        n=int(over_time.hedges.sum()),
        unit="hedges in dated articles",
        empty="None of the matching articles has a publication date.",
        csv=True,
    )
with right:
    show_boosters = st.toggle(
        "Booster cues instead of hedges", key="hedge_cue_boosters"
    )
    cues = data.table(query.hedging.top_cues, f, n=20, boosters=show_boosters)
    cue_panel = widgets.chart_panel(
        charts.cue_bar(
            cues,
            measure="count" if measure == widgets.COUNT else "per_1000",
            title="Top booster cues" if show_boosters else "Top hedge cues",
        ),
        cues,
        f,
        key="hedge_cue_chart",
        n=int(cues["count"].sum()),
        unit="boosters" if show_boosters else "hedges of the top cues",
        empty="No boosters in the matching articles."
        if show_boosters
        else "No hedges in the matching articles.",
        csv=True,
    )
widgets.evidence_of(f, time_panel, cue_panel)

st.subheader("Hedging around actors")
top = data.table(query.actors.top_actors, f, n=40)
chosen = st.multiselect(
    "Actors",
    top.actor.tolist(),
    default=top.actor.head(10).tolist(),
    key="hedge_actors",
    help="Share of the sentences naming each actor that carry a hedge.",
)
if chosen:
    by_actor = data.table(query.hedging.actor_hedging, f, actors=chosen)
    widgets.chart_panel(
        charts.actor_hedging(by_actor, min_sentences=filters.min_sentences()),
        by_actor,
        f,
        key="hedge_actor_chart",
        n=int(by_actor.sentences.sum()),
        unit="sentence mentions",
        csv=True,
        evidence=True,
    )
else:
    st.caption("Choose actors to compare how hedged the sentences about them are.")

st.subheader("Hedged and bare claims by source")
crosstab = data.table(query.hedging.claims_crosstab, f)
bare, share_bare = query.hedging.bare_share(crosstab)
st.markdown(
    f"**{bare:,} bare assertions** ({share_bare:.0%} of sentences): "
    "sentences with neither a source nor a hedge."
)
cm = widgets.measure_toggle("hedge_claims_measure", ("sentences", widgets.SHARE))
left, right = st.columns(2, gap="large")
with left:
    claims_panel = widgets.chart_panel(
        charts.claims_bar(crosstab, measure=cm),
        crosstab,
        f,
        key="hedge_claims_chart",
        n=int(crosstab.sentences.sum()),
        unit="sentences",
    )
with right:
    shown = crosstab.assign(source_kind=crosstab.source_kind.map(palette.label))[
        ["source_kind", "hedged", "unhedged", "hedged_share"]
    ]
    widgets.table(
        shown,
        "hedged and unhedged claims by source kind",
        "hedge_claims_table",
        column_config={
            "source_kind": "Source kind",
            "hedged": "Hedged",
            "unhedged": "Unhedged",
            "hedged_share": st.column_config.NumberColumn(
                "Hedged share", format="percent"
            ),
        },
    )
widgets.evidence_of(f, claims_panel)
