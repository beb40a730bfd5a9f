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
hedges = int(rates.hedges.sum())
boosters = int(rates.boosters.sum())
words = int(rates.words.sum())
m1, m2, m3, m4 = st.columns(4)
m1.metric("Hedges", f"{hedges:,}", border=True)
m2.metric("Hedges per 1,000 words", f"{1000 * hedges / words:.1f}", border=True)
m3.metric(
    "Boosters",
    f"{boosters:,}",
    border=True,
    help='Words that strengthen a claim ("confirmed", "clearly"): counted apart, never as hedges.',
)
m4.metric("Boosters per 1,000 words", f"{1000 * boosters / words:.1f}", border=True)

measure = widgets.measure_toggle("hedge_measure", (widgets.PER_1000, widgets.COUNT))
left, right = st.columns(2, gap="large")
with left:
    sel = widgets.chart(
        charts.hedge_rate_by_outlet(rates, measure=measure),
        "hedge_outlet_chart",
        widgets.caption(f, n=hedges, unit="hedges"),
    )
    with st.expander("Hedging by outlet as a table"):
        widgets.table(rates, "hedging by outlet", "hedge_outlet_table")
with right:
    if hedges == 0:
        widgets.empty("No hedges in the matching articles.")
        sel_c = []
    else:
        sel_c = widgets.chart(
            charts.hedge_categories(categories, measure=measure),
            "hedge_category_chart",
            widgets.caption(f, n=hedges, unit="hedges"),
        )
    with st.expander("Categories as a table"):
        widgets.table(categories, "hedges by category", "hedge_category_table")

widgets.evidence(f, sel, "hedge_outlet_evidence")
widgets.evidence(f, sel_c, "hedge_category_evidence")

left, right = st.columns(2, gap="large")
with left:
    freq = widgets.period_control("hedge_freq", st)
    over_time = data.table(query.hedging.hedges_over_time, f, freq=freq)
    if over_time.empty:
        widgets.empty("None of the matching articles has a publication date.")
        sel_t = []
    else:
        sel_t = widgets.chart(
            charts.hedges_over_time(over_time, measure=measure, freq=freq),
            "hedge_time_chart",
            data=over_time,
            note=widgets.caption(
                f, n=int(over_time.hedges.sum()), unit="hedges in dated articles"
            ),
        )
with right:
    show_boosters = st.toggle(
        "Booster cues instead of hedges", key="hedge_cue_boosters"
    )
    cues = data.table(query.hedging.top_cues, f, n=20, boosters=show_boosters)
    if cues.empty:
        widgets.empty(
            "No boosters in the matching articles."
            if show_boosters
            else "No hedges in the matching articles."
        )
        sel_q = []
    else:
        sel_q = widgets.chart(
            charts.cue_bar(
                cues,
                measure="count" if measure == widgets.COUNT else "per_1000",
                title="Top booster cues" if show_boosters else "Top hedge cues",
            ),
            "hedge_cue_chart",
            data=cues,
            note=widgets.caption(
                f,
                n=int(cues["count"].sum()),
                unit="boosters" if show_boosters else "hedges of the top cues",
            ),
        )

widgets.evidence(f, sel_t, "hedge_time_evidence")
widgets.evidence(f, sel_q, "hedge_cue_evidence")

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
    sel_a = widgets.chart(
        charts.actor_hedging(by_actor),
        "hedge_actor_chart",
        data=by_actor,
        note=widgets.caption(
            f, n=int(by_actor.sentences.sum()), unit="sentence mentions"
        ),
    )
    widgets.evidence(f, sel_a, "hedge_actor_evidence")
else:
    st.caption("Choose actors to compare how hedged the sentences about them are.")

st.subheader("Hedged and bare claims by source")
crosstab = data.table(query.hedging.claims_crosstab, f)
bare = crosstab[crosstab.source_kind == "unattributed"].iloc[0]
share_bare = bare.unhedged / max(int(crosstab.sentences.sum()), 1)
st.markdown(
    f"**{int(bare.unhedged):,} bare assertions** ({share_bare:.0%} of sentences): "
    "sentences with neither a source nor a hedge."
)
cm = widgets.measure_toggle("hedge_claims_measure", ("sentences", widgets.SHARE))
left, right = st.columns(2, gap="large")
with left:
    sel_x = widgets.chart(
        charts.claims_bar(crosstab, measure=cm),
        "hedge_claims_chart",
        widgets.caption(f, n=int(crosstab.sentences.sum()), unit="sentences"),
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
widgets.evidence(f, sel_x, "hedge_claims_evidence")
