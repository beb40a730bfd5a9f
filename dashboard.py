"""PressWatch: the app's frame. Page config, the shared sidebar filters, the pages.

Run `streamlit run dashboard.py` (sample corpus) or
`streamlit run dashboard.py -- --db path/to/store.duckdb` (or set $PRESSWATCH_DB);
add `--read-only` after `--` (or set $PRESSWATCH_READ_ONLY=1) for public viewing.
"""

from pathlib import Path

import streamlit as st

from ui import auth, filters, live

st.set_page_config(
    page_title="PressWatch",
    page_icon=str(Path(__file__).parent / "ui" / "favicon.png"),  # local: no font fetch
    layout="wide",
    initial_sidebar_state="expanded",
)

HERE = Path(__file__).parent
PAGES = (
    ("overview.py", "Overview", ":material/dashboard:"),
    ("actors.py", "Actors", ":material/groups:"),
    ("sources.py", "Sources", ":material/record_voice_over:"),
    ("claims.py", "Claims", ":material/share:"),
    ("hedging.py", "Hedging", ":material/help:"),
    ("articles.py", "Articles", ":material/article:"),
    ("data.py", "Data", ":material/database:"),
    ("briefing.py", "Briefing", ":material/summarize:"),
)

if not auth.gate():  # sign-in is on and the visitor has not signed in
    st.stop()
pages = [
    st.Page(f"pages/{name}", title=title, icon=icon, default=name == "overview.py")
    for name, title, icon in PAGES
    if (HERE / "pages" / name).exists()
]
page = st.navigation(pages)
filters.resume_page()
st.logo(str(HERE / "ui" / "logo.svg"), size="large")
# Less empty space above the title, so a 1280x800 screenshot reaches the first charts.
st.html("<style>[data-testid=stMainBlockContainer]{padding-top:2.5rem}</style>")
# A table's own "Download as CSV" (the toolbar Streamlit gives every st.dataframe and
# data editor) writes cells as they are, so a title "=HYPERLINK(...)" runs as a formula
# in a spreadsheet. Every table has the app's "Download CSV" beside it, which
# neutralises formulas (presswatch.export.safe_csv); the toolbar's is hidden. Copying
# cells stays.
st.html(
    "<style>[data-testid=stElementToolbarButton]:has("
    "button[aria-label='Download as CSV']){display:none !important}</style>"
)
filters.sidebar()
live.notice()
auth.sidebar()
page.run()
