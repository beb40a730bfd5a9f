"""The weekly briefing: one week against the one before, ready to quote, print and send.

`?view=print` in the address shows it without the app's chrome, in a fixed 1280 px
column, for a full-page screenshot or the browser's print-to-PDF.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import urlencode

import streamlit as st

from presswatch import charts, query, vocab
from presswatch.charts import briefing as briefing_charts
from presswatch.export import report
from ui import data, filters, widgets

PRINT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], [data-testid="stMainMenu"], header, footer,
.stDownloadButton, [data-testid="stElementToolbar"] { display: none !important; }
[data-testid="stApp"], [data-testid="stAppViewContainer"], [data-testid="stMain"] {
  background: #ffffff !important; color: #1f2933 !important; }
[data-testid="stMainBlockContainer"], .block-container {
  width: 1280px !important; max-width: 1280px !important; min-width: 1280px !important;
  margin: 0 auto !important; padding: 24px 32px !important; }
/* let the document itself scroll, so a full-page screenshot or print gets everything */
[data-testid="stApp"], [data-testid="stAppViewContainer"], [data-testid="stMain"],
[data-testid="stAppScrollToBottomContainer"] {
  position: static !important; overflow: visible !important; height: auto !important; }
@media print { @page { size: 1280px auto; margin: 12mm; } }
</style>
"""


print_view = st.query_params.get("view") == "print"
if print_view:
    st.markdown(PRINT_CSS, unsafe_allow_html=True)

chosen = filters.current()
weeks = data.briefing_weeks(chosen)
if not weeks:
    st.title("Weekly briefing")
    st.info(
        "No dated articles match the current filters, so there is no week to brief on."
    )
    st.stop()

default = data.default_week(chosen)
default_label = str(default) if default else weeks[-1]
options = sorted(set(weeks) | {default_label}, reverse=True)
if print_view:
    week = st.query_params.get("week", default_label)
    compare = st.query_params.get("compare", "previous")
    week = week if week in options else default_label
    compare = compare if compare in vocab.COMPARE_MODES else "previous"
else:
    left, right, _ = st.columns([1, 3, 2])  # room for both compare choices
    week = left.selectbox(
        "Week (ISO)",
        options,
        index=options.index(default_label),
        key="week",
        bind="query-params",
        help="Default: the last complete week in the data.",
    )
    compare = (
        right.segmented_control(
            "Compare with",
            vocab.COMPARE_MODES,
            format_func=vocab.COMPARE_OPTIONS.get,
            default="previous",
            required=True,
            key="compare",
            bind="query-params",
        )
        or "previous"
    )

b = data.briefing(week, compare, chosen)
st.title(f"Weekly briefing · {b.week}")
st.markdown(
    f"**{widgets.md(b.week_label)}** compared with "
    f"{widgets.md(vocab.COMPARE_LABELS[b.compare])} ({widgets.md(b.comparison_label)})"
    f" · corpus: {widgets.md(b.corpus)} · filters: {widgets.md(b.describe_filters())}"
)
if not print_view:
    st.caption("The week replaces the sidebar's date range; the other filters apply.")
if b.empty:
    st.info(f"No articles in {b.week} under the current filters.")
    st.stop()

widgets.metric_cards(report.headline_cards(b))
st.markdown("##### Hedges per 1,000 words by outlet, most hedged first")
widgets.metric_cards(report.outlet_cards(b))

st.subheader("What changed")
if not b.changes:
    st.info("No change passed the minimum counts this week.")
for i, change in enumerate(b.changes):
    st.markdown(f"- {widgets.md(change.sentence)}")
    if not print_view:
        sentences = data.briefing_evidence(week, compare, chosen, change)
        with st.expander(f"The {charts.plural(len(sentences), 'sentence')} behind it"):
            widgets.sentence_table(
                sentences, f"briefing-{week}-{change.kind}", f"briefing_evidence_{i}"
            )

if not b.claims.empty:
    st.subheader("Claims that spread most this week")
    for r in b.claims.itertuples():
        st.markdown(
            f"- {widgets.md(r.text)} — **{r.articles} articles, {r.outlets} outlets**, "
            f"first seen {str(r.first_published)[:10]} ({widgets.md(r.first_outlet)}); "
            f"{r.named} named, {r.relayed} relayed, {r.vague} vague, {r.bare} bare"
            + (f"; denied {r.denials}× later" if r.denials else "")
        )
        if not print_view:
            week_filters = dataclasses.replace(
                chosen, start=b.week.start, end=b.week.end
            )
            seen = data.table(query.claims.appearances, week_filters, claim=r.claim)
            with st.expander(f"The {len(seen)} sentences behind it"):
                st.dataframe(seen.drop(columns=["claim"]), hide_index=True)

st.subheader("Charts of the week")
for name, fig in briefing_charts.figures(b).items():
    # theme=None: the page shows the chart exactly as its PNG and the HTML export do,
    # caption included (it is the figure's subtitle, so a cut-out still says what it is)
    st.plotly_chart(
        fig,
        key=f"briefing_{name}",
        theme=None,
        config={
            "displaylogo": False,
            "toImageButtonOptions": report.toolbar_png(b, name, fig),
        },
    )
    if not print_view:
        st.download_button(
            "PNG (2×)",
            data=lambda fig=fig: report.png(fig),
            file_name=f"{b.file_name(name)}.png",
            mime="image/png",
            key=f"png_{name}",
            icon=":material/image:",
            on_click="ignore",
        )

if not print_view:
    st.subheader("Tables")
    for name, df in b.tables().items():
        with st.expander(name.replace("_", " ").capitalize()):
            widgets.table(df, f"briefing-{b.week}-{name}", key=f"briefing_table_{name}")
    st.download_button(
        "Download briefing (ZIP: HTML, PNG, CSV)",
        data=lambda: report.zip_bytes(b, data.store()),
        file_name=report.zip_name(b),
        mime="application/zip",
        key="briefing_zip",
        icon=":material/download:",
        type="primary",
        on_click="ignore",
    )
    # the print view keeps the sidebar's filters: they live in the same query string
    query = {key: st.query_params.get_all(key) for key in st.query_params}
    query |= {"view": ["print"], "week": [str(b.week)], "compare": [b.compare]}
    st.link_button("Print view", "?" + urlencode(query, doseq=True))
