"""Every article under the filters; open one to read it with its actors, sources and hedges."""

from __future__ import annotations

from urllib.parse import quote

import streamlit as st

from presswatch import charts, export, markup, query
from presswatch.markup import escape_markdown
from presswatch.records import Filters
from ui import articles_view as view
from ui import data, filters, widgets

st.title("Articles")
chosen = filters.current()
path, version = str(data.store_path()), data.version()
table = view.cached_article_list(path, version, chosen)

if table.empty:
    st.info("No articles match the current filters.")
else:
    st.caption(
        f"{charts.plural(len(table), 'article')} · select a row (or pick a title below) to read one. "
        "The table's search icon finds words in titles and outlets."
    )
    ids = table["id"].tolist()
    st.session_state["_article_ids"] = ids

    def _open_selected_row() -> None:
        rows = st.session_state["articles_table"].selection.rows
        shown = st.session_state.get("_article_ids", [])
        if rows and rows[0] < len(shown):
            st.query_params["article"] = shown[rows[0]]

    st.dataframe(
        table,
        key="articles_table",
        on_select=_open_selected_row,
        selection_mode="single-row",
        hide_index=True,
        column_order=[
            "title",
            "outlet",
            "published",
            "words",
            "mentions",
            "attributions",
            "hedges",
            "boosters",
        ],
        column_config={
            "title": st.column_config.TextColumn("Title", width=240),
            "outlet": "Outlet",
            "published": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
            "words": st.column_config.NumberColumn("Words", format="%d"),
            "mentions": st.column_config.NumberColumn(
                "Mentions", format="%d", help="Actor mentions"
            ),
            "attributions": st.column_config.NumberColumn("Attributions", format="%d"),
            "hedges": st.column_config.NumberColumn("Hedges", format="%d"),
            "boosters": st.column_config.NumberColumn("Boosters", format="%d"),
        },
        height=min(
            260 if st.query_params.get("article") else 400, 38 + 35 * len(table)
        ),
    )
    st.download_button(
        "Download CSV",
        lambda: export.safe_csv(table),  # built on click: 20k rows are 2 MB
        file_name="presswatch-articles.csv",
        mime="text/csv",
        key="articles_csv",
        icon=":material/download:",
        on_click="ignore",
    )

current = st.query_params.get("article")
picker_ids = table["id"].tolist()[: view.PICKER_LIMIT]
if current and current not in picker_ids:
    picker_ids.insert(0, current)
titles = dict(zip(table["id"], table["title"], strict=True))
if st.session_state.get("article_pick") != current:
    st.session_state["article_pick"] = current


def _open_picked() -> None:
    picked = st.session_state.get("article_pick")
    if picked:
        st.query_params["article"] = picked
    else:
        st.query_params.pop("article", None)


st.selectbox(
    "Open article",
    [None, *picker_ids],
    key="article_pick",
    format_func=lambda i: "—" if i is None else titles.get(i, i),
    on_change=_open_picked,
    help=f"The first {view.PICKER_LIMIT:,} articles of the table; narrow the filters to "
    "reach others.",
)

if not current:
    st.stop()

detail = view.cached_article_detail(path, version, current)
if detail is None:
    st.warning(
        "That article is not in the store (it may have been replaced by a newer copy)."
    )
    st.stop()

a = detail.article
meta = " · ".join(
    str(v)
    for v in (
        a["outlet"],
        a["published"] if a["published"] is not None else "undated",
        charts.plural(int(a["word_count"]), "word"),
        a["author"],
    )
    if v
)
link = ""
if url := markup.safe_url(a["url"]):  # only http(s) becomes a link
    link = (
        f' · <a href="{markup.escape_html(url)}" target="_blank" '
        'rel="noopener noreferrer nofollow">original</a>'
    )
st.html(
    f'<h3 class="pw-article-title" style="margin-bottom:0;overflow-wrap:anywhere">'
    f"{markup.escape_html(a['title'])}</h3>"
    f'<p style="color:#666;margin-top:0.2em;overflow-wrap:anywhere">'
    f"{markup.escape_html(meta)}{link}</p>"
)
if current not in titles:
    st.caption("This article is outside the current filters.")

layers = st.pills(
    "Highlight",
    query.articles.LAYERS,
    selection_mode="multi",
    default=query.articles.LAYERS,
    key="highlight_layers",
)
layers = tuple(layers or ())
st.html(markup.legend(query.articles.legend_entries(detail, layers)))
st.html(markup.article_html(str(a["text"]), query.articles.spans(detail, layers)))
st.caption(
    "Hover over a highlight to see what it is. Article text is shown as plain text."
)

tab_m, tab_a, tab_h = st.tabs(
    [
        f"Actor mentions ({len(detail.mentions)})",
        f"Attributions ({len(detail.attributions)})",
        f"Hedges and boosters ({len(detail.hedges)})",
    ]
)
for tab, name, frame, columns in (
    (tab_m, "mentions", detail.mentions, view.MENTION_COLUMNS),
    (tab_a, "attributions", detail.attributions, view.ATTRIBUTION_COLUMNS),
    (tab_h, "hedges", detail.hedges, view.HEDGE_COLUMNS),
):
    with tab:
        if frame.empty:
            st.info(f"No {name} found in this article.")
            continue
        widgets.table(frame[columns], f"{current} {name}", f"article_{name}")
copies = data.table(query.claims.article_copies, Filters(), article_id=current)
if not copies.empty:
    st.markdown(
        f"**Copies of this story** ({len(copies)} other articles: a syndicated "
        "or republished version, near-identical text)"
    )
    st.dataframe(
        copies.assign(article_id="articles?article=" + copies.article_id.map(quote)),
        hide_index=True,
        column_config={
            "article_id": st.column_config.LinkColumn(
                "Article", display_text=r"article=(.*)$"
            )
        },
    )
if not detail.duplicates.empty:
    st.caption(
        f"{len(detail.duplicates)} other copies of this text were recorded as duplicates: "
        + escape_markdown(", ".join(detail.duplicates["path"].astype(str)))
    )
