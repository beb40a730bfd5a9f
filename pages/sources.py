"""Sources: who is cited, through whom, how openly, and with which reporting verbs."""

import streamlit as st

from presswatch import charts, query
from ui import data, filters, widgets

st.title("Sources")
f = filters.current()
widgets.page_hint()
kinds = data.table(query.sources.source_kind_mix, f)
if kinds.attributions.sum() == 0:
    widgets.empty("No attributed claims in the matching articles. Widen the filters.")
    st.stop()

left, right = st.columns(2, gap="large")
with left:
    top_n = st.slider("How many sources", 5, 40, 15, key="src_top_n")
    sources = data.table(query.sources.top_sources, f, n=top_n)
    top_panel = widgets.chart_panel(
        charts.sources_bar(sources),
        sources,
        f,
        key="src_top_chart",
        n=int(kinds.attributions.sum()),
        unit="attributions",
    )
    with st.expander("Most-cited sources as a table"):
        widgets.table(sources, "most cited sources", "src_top_table")
with right:
    measure = widgets.measure_toggle(
        "src_kind_measure", ("attributions", widgets.SHARE, widgets.PER_1000)
    )
    sort = st.selectbox(
        "Sort outlets by",
        query.sources.SORTS,
        index=query.sources.SORTS.index(widgets.SORT_FOR_MEASURE[measure]),
        format_func=widgets.sort_label,
        key=f"src_kind_sort_{measure}",  # each measure starts sorted by itself
        help="Share mode starts with the outlets that rely most on unnamed or no "
        "sources on top.",
    )
    by_outlet = data.table(query.sources.source_kinds_by_outlet, f, sort=sort)
    kind_panel = widgets.chart_panel(
        charts.source_kinds_by_outlet(
            by_outlet,
            measure=measure,
            colours=widgets.outlet_colours(),
            min_articles=filters.min_articles(),
        ),
        by_outlet,
        f,
        key="src_kinds_chart",
        n=int(by_outlet.attributions.sum()),
        unit="attributions",
    )
widgets.evidence_of(f, top_panel, kind_panel)
with st.expander("Source kinds by outlet as a table, with shares", expanded=True):
    widgets.share_table(
        query.sources.source_kind_shares(by_outlet),
        "source kinds by outlet",
        "src_kinds_table",
    )

st.subheader("Attribution chains")
c1, c2, c3 = st.columns([2, 2, 3])
relayed_only = c1.toggle(
    "Relayed claims only",
    value=True,
    key="src_relayed_only",
    help="Only claims passed on by another source (\"RIA Novosti, citing Japan's "
    'Defense Ministry"). Off: direct claims too.',
)
through = c2.text_input(
    "Chains through a source",
    key="src_through",
    placeholder="e.g. Defense Ministry",
    help="Every chain whose relaying source or claimed origin contains this, however "
    "small. Case, accents, apostrophes, quotes and dashes do not matter.",
).strip()
chains = data.table(
    query.sources.attribution_chains,
    f,
    relayed_only=relayed_only,
    n=None if through else 40,
    through=through,
)
widgets.chart_panel(
    charts.attribution_sankey(chains, colours=widgets.outlet_colours()),
    chains,
    f,
    key="src_sankey_chart",
    n=int(chains.claims.sum()),
    unit=f"claims through “{through}”" if through else "claims in the largest flows",
    empty=f"No chain runs through a source matching “{through}”."
    if through
    else "No relayed claims (X, citing Y) in the matching articles. "
    "Switch off “Relayed claims only” to see direct attributions.",
    selectable=False,
)
if not chains.empty:
    labels = [
        f"{r.outlet} → {r.relay} → {r.origin} ({r.claims})" for r in chains.itertuples()
    ]
    everything = "all" if through else None
    pick = c3.selectbox(
        "Sentences behind a chain",
        [None, *([everything] if through else []), *range(len(labels))],
        format_func=lambda i: (
            "Choose a chain…"
            if i is None
            else f"Every chain through “{through}”"
            if i == "all"
            else labels[i]
        ),
        key="src_chain_pick",
    )
    if pick == "all":
        widgets.evidence(f, [{"through": through}], "src_chain_evidence")
    elif pick is not None:
        row = chains.iloc[pick]
        widgets.evidence(
            f,
            [{"outlet": row.outlet, "relay": row.relay, "origin": row.origin}],
            "src_chain_evidence",
        )
    with st.expander("Chains as a table"):
        widgets.table(chains, "attribution chains", "src_chain_table")

freq = widgets.period_control("src_freq", st)
unnamed = data.table(query.sources.unnamed_share_over_time, f, freq=freq)
widgets.chart_panel(
    charts.unnamed_share_over_time(unnamed, freq=freq),
    unnamed,
    f,
    key="src_unnamed_chart",
    n=int(unnamed.attributions.sum()),
    unit="dated attributions",
    empty="None of the matching articles has a publication date.",
    csv=True,
    evidence=True,
)

verb_measure = widgets.measure_toggle(
    "src_verb_measure", (widgets.SHARE, "attributions")
)
verbs = data.table(query.sources.reporting_verbs, f, n=12, max_outlets=12)
widgets.chart_panel(
    charts.reporting_verbs_heatmap(
        verbs, measure=verb_measure, colours=widgets.outlet_colours()
    ),
    verbs,
    f,
    key="src_verbs_chart",
    n=int(verbs.attributions.sum()),
    unit="attributions",
    empty="No reporting verbs in the matching articles.",
    blank=verbs.attributions.sum() == 0,
    evidence=True,
)
with st.expander("Reporting verbs by outlet as a table"):
    widgets.table(verbs, "reporting verbs by outlet", "src_verbs_table")
