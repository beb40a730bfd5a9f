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
    bar_panel = widgets.chart_panel(
        charts.actor_bar(actors, measure=measure),
        actors,
        f,
        key="act_bar_chart",
        n=int(actors.mentions.sum()),
        unit=f"mentions of the top {len(actors)}",
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
    time_panel = widgets.Panel("act_timeline_chart")
    if chosen:
        timeline = data.table(query.actors.actor_timeline, f, actors=chosen, freq=freq)
        time_panel = widgets.chart_panel(
            charts.actor_timeline(timeline, measure=measure, freq=freq),
            timeline,
            f,
            key="act_timeline_chart",
            n=int(timeline.mentions.sum()),
            unit="mentions",
            empty="None of the matching articles has a publication date.",
            csv=True,
        )
    else:
        st.caption("Choose actors above to follow them over time.")
widgets.evidence_of(f, bar_panel, time_panel)

matrix = data.table(query.actors.actor_outlet_matrix, f, n=top_n, max_outlets=12)
widgets.chart_panel(
    charts.actor_outlet_heatmap(
        matrix, measure=measure, colours=widgets.outlet_colours()
    ),
    matrix,
    f,
    key="act_outlet_chart",
    n=int(matrix.mentions.sum()),
    unit="mentions",
    csv=True,
    evidence=True,
)

co = data.table(query.actors.actor_cooccurrence, f, n=min(top_n, 20))
widgets.chart_panel(
    charts.cooccurrence_heatmap(co),
    co,
    f,
    key="act_cooc_chart",
    n=int(co.sentences.sum() // 2),
    unit="sentences naming two",
    empty="No two of the top actors are named in the same sentence.",
    blank=co.sentences.sum() == 0,
    csv=True,
    evidence=True,
)

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
