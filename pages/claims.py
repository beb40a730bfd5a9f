"""Claims: which assertions travel through the coverage, and who they are pinned on."""

from urllib.parse import quote

import streamlit as st

from presswatch.charts import claims as claim_charts
from presswatch.query import claims as claim_query
from ui import data, filters, widgets

st.title("Claims")
f = filters.current()
st.caption(
    "A claim is one assertion made in several articles (copies of one article count "
    "once). Pick a claim to see every appearance, how each was attributed, its claimed "
    "origins and the denials found later."
)
c1, c2 = st.columns(2)
n = c1.slider("How many claims", 5, 50, 15, key="claims_top_n")
min_articles = c2.slider("Seen in at least … articles", 2, 10, 2, key="claims_min")
top = data.table(claim_query.top_claims, f, n=n, min_articles=min_articles)
if top.empty:
    widgets.empty(
        "No claim appears in two or more of the matching articles. Widen the filters, "
        "or ingest more articles."
    )
    st.stop()

ARTICLE_LINK = st.column_config.LinkColumn(
    "Article", display_text=r"article=(.*)$", help="Open the article"
)


def linked(df):
    """The table with its article ids as links to the Articles page."""
    return df.assign(article_id="articles?article=" + df.article_id.map(quote))


chosen = widgets.chart(
    claim_charts.claims_spread_bar(top),
    "claims_bar_chart",
    widgets.caption(f, n=int(top.articles.sum()), unit="appearances of the top claims"),
)
widgets.evidence(
    f,
    chosen,
    "claims_bar_evidence",
    hint="Ranked by outlets, then articles. Click a bar for the sentences behind it.",
)
with st.expander("The claims as a table", expanded=False):
    widgets.table(top, "claims that spread most", "claims_table")

labels = {
    r.claim: f"{r.articles} articles, {r.outlets} outlets — {' '.join(r.text.split())[:110]}"
    for r in top.itertuples()
}
claim = st.selectbox("Claim", list(labels), format_func=labels.get, key="claims_pick")
seen = data.table(claim_query.appearances, f, claim=claim)
spread = data.table(claim_query.spread, f, claim=claim)
denied = data.table(claim_query.denials, f, claim=claim)
origins = data.table(claim_query.origins, f, claim=claim)

left, right = st.columns(2, gap="large")
with left:
    picked = widgets.chart(
        claim_charts.claim_spread(seen, spread),
        "claims_spread_chart",
        claim_charts.claim_caption(seen, denied),
    )
    widgets.download(
        spread, "claim spread", "claims_spread_data", label="Chart data (CSV)"
    )
with right:
    st.markdown("**Claimed origins**")
    if origins.empty:
        st.caption("No appearance names a source: the claim is only stated or hedged.")
    else:
        widgets.table(
            origins,
            "claim origins",
            "claims_origins_table",
            column_config={
                "origin": st.column_config.TextColumn("Origin", width="medium"),
                "source_kind": "Kind",
                "named": st.column_config.NumberColumn("Named", help="Cited directly"),
                "relayed": st.column_config.NumberColumn(
                    "Relayed", help="Through a relay"
                ),
                "relays": "Relayed by",
                "state_affiliated_relay": st.column_config.TextColumn(
                    "State-affiliated relays",
                    help="Relays on the media list's state-affiliated list",
                ),
                "cited_directly_anywhere": st.column_config.CheckboxColumn(
                    "Cited directly anywhere",
                    help="The origin is cited somewhere in the collection without a "
                    "relay in between",
                ),
            },
        )

widgets.evidence(
    f, picked, "claims_spread_evidence", hint="Click a point for its sentence."
)

st.subheader("Every appearance")
config = {
    "published": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
    "outlet": "Outlet",
    "attribution": "Attribution",
    "source": "Source",
    "relay": "Relayed by",
    "text": st.column_config.TextColumn("Sentence", width="large"),
    "title": "Title",
    "article_id": ARTICLE_LINK,
}
# On screen: the sentence and how it was attributed first; the offsets, kinds and
# flags stay in the CSV, which keeps every column.
ORDER = list(config)
shown = seen.drop(columns=["claim"])
st.dataframe(linked(shown), hide_index=True, column_config=config, column_order=ORDER)
widgets.download(shown, "claim appearances", "claims_appearances")

st.subheader("Denials and contradictions found later")
if denied.empty:
    st.caption("No later sentence with the same actors denies or negates this claim.")
else:
    shown = denied.drop(columns=["claim"])
    st.dataframe(
        linked(shown), hide_index=True, column_config=config, column_order=ORDER
    )
    widgets.download(shown, "claim denials", "claims_denials")
