"""Actors: who appears in the coverage, when, where, and with whom."""

import streamlit as st

from presswatch import charts, query
from presswatch.charts import palette
from presswatch.records import ACTOR_TYPES
from ui import data, filters, widgets

st.title("Actors")
f = filters.current()
widgets.page_hint()
if data.table(query.base.scope, f).articles == 0:
    widgets.empty(
        "No articles match the current filters. Widen the dates or clear a filter."
    )
    st.stop()

types = st.pills(
    "Actor types",
    list(ACTOR_TYPES),
    selection_mode="multi",
    format_func=palette.label,
    key="act_types",
    help="Show only these types (none chosen: all).",
)
c1, c2, c3 = st.columns(3, gap="large", vertical_alignment="bottom")
top_n = c1.slider("How many actors", 5, 40, 15, key="act_top_n")
with c3:
    measure = widgets.measure_toggle("act_measure", ("mentions", widgets.PER_1000))

actors = data.table(query.actors.top_actors, f, n=top_n, types=sorted(types or []))
if actors.empty:
    widgets.empty("No actors of these types are mentioned in the matching articles.")
    st.stop()

left, right = st.columns(2, gap="large")
with left:
    sel = widgets.chart(
        charts.actor_bar(actors, measure=measure),
        "act_bar_chart",
        widgets.caption(
            f, n=int(actors.mentions.sum()), unit=f"mentions of the top {len(actors)}"
        ),
    )
    with st.expander("Top actors as a table"):
        widgets.table(actors, "top actors", "act_table")
with right:
    chosen = st.multiselect(
        "Mentions over time for",
        actors.actor.tolist(),
        default=actors.actor.head(4).tolist(),
        key="act_timeline_actors",
        max_selections=8,
    )
    freq = widgets.period_control("act_freq", c2)
    sel_t = []
    if chosen:
        timeline = data.table(query.actors.actor_timeline, f, actors=chosen, freq=freq)
        if timeline.empty:
            widgets.empty("None of the matching articles has a publication date.")
        else:
            sel_t = widgets.chart(
                charts.actor_timeline(timeline, measure=measure, freq=freq),
                "act_timeline_chart",
                data=timeline,
                note=widgets.caption(
                    f, n=int(timeline.mentions.sum()), unit="mentions"
                ),
            )
    else:
        st.caption("Choose actors above to follow them over time.")

widgets.evidence(f, sel, "act_bar_evidence")
widgets.evidence(f, sel_t, "act_timeline_evidence")

matrix = data.table(query.actors.actor_outlet_matrix, f, n=top_n, max_outlets=12)
sel_m = widgets.chart(
    charts.actor_outlet_heatmap(matrix, measure=measure),
    "act_outlet_chart",
    data=matrix,
    note=widgets.caption(f, n=int(matrix.mentions.sum()), unit="mentions"),
)
widgets.evidence(f, sel_m, "act_outlet_evidence")

co = data.table(query.actors.actor_cooccurrence, f, n=min(top_n, 20))
if co.sentences.sum() == 0:
    widgets.empty("No two of the top actors are named in the same sentence.")
    sel_c = []
else:
    sel_c = widgets.chart(
        charts.cooccurrence_heatmap(co),
        "act_cooc_chart",
        data=co,
        note=widgets.caption(
            f, n=int(co.sentences.sum() // 2), unit="sentences naming two"
        ),
    )
widgets.evidence(f, sel_c, "act_cooc_evidence")

st.subheader("What is said about an actor")
pick = st.selectbox(
    "Actor",
    actors.actor.tolist(),
    key="act_evidence_actor",
    index=0,
    help="Every sentence that names this actor, newest first.",
)
if pick:
    widgets.evidence(f, [{"actor": pick}], "act_pick_evidence")
