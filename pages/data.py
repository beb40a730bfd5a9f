"""Load your own articles, edit the alias table and the media list, see what is stored."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from presswatch.evaluation import saved as evaluation
from presswatch.store import editing, sync
from presswatch.store import uploads as up
from presswatch.vocab import plural
from ui import auth, data, editors, filters, widgets

st.title("Data")
filters.current()  # unused here, but a deep link to this page goes through the frame
store = data.store()
# Viewers (and everyone in read-only mode) get the corpus only: the write tabs are not
# drawn, and each write below is also refused unless the visitor is an editor.
editor = auth.can_edit()
tab_corpus, *write_tabs = st.tabs(
    ["Corpus", *(["Add articles", "Alias table", "Media list"] if editor else [])]
)

with tab_corpus:
    stats = up.corpus_stats(store)
    cols = st.columns(4)
    cols[0].metric("Articles", f"{stats.articles:,}")
    cols[1].metric("Outlets", f"{len(stats.by_outlet):,}")
    cols[2].metric("Duplicates recorded", f"{stats.duplicates:,}")
    cols[3].metric("Store version", widgets.md(data.version()))
    span = f"{stats.first} to {stats.last}" if stats.first else "no dated articles"
    st.markdown(
        f"**Date span:** {span}"
        + (f" ({stats.undated:,} undated)" if stats.undated else "")
        + f"  \n**Extracted:** {stats.sentences:,} sentences, {stats.mentions:,} actor "
        f"mentions, {stats.attributions:,} attributions, {stats.hedges:,} hedges and boosters"
    )
    if editor:  # the server's file system is no business of a viewer's
        st.caption("Store file")
        st.code(str(data.store_path()), language=None)
    if stats.by_outlet.empty:
        st.info(
            "The store is empty: add articles in the next tab."
            if editor
            else "The store is empty."
        )
    else:
        widgets.table(
            stats.by_outlet,
            "articles per outlet",
            "corpus_outlets",
            column_config={
                "outlet": "Outlet",
                "articles": st.column_config.NumberColumn("Articles", format="%d"),
                "first": st.column_config.DateColumn("First", format="YYYY-MM-DD"),
                "last": st.column_config.DateColumn("Last", format="YYYY-MM-DD"),
                "words": st.column_config.NumberColumn("Words", format="%d"),
            },
        )

if not editor:
    st.stop()
tab_upload, tab_aliases, tab_media = write_tabs

with tab_upload:
    st.markdown(
        "Upload articles as **.txt / .md** (optional header or front matter), **.html / .htm**, "
        "or **.json / .jsonl / .csv** records (a `text` column; `title`, `outlet`, `date`, "
        f"`url`, `author` when present). Up to {up.MAX_UPLOAD_MB} MB per file, "
        f"{up.MAX_FILES} files and {up.MAX_TOTAL_MB} MB per upload. Articles "
        "already stored are not parsed again; a file that cannot be read is reported and "
        "leaves the store as it was."
    )
    files = st.file_uploader(
        "Article files",
        type=list(up.FORMATS),
        accept_multiple_files=True,
        key="upload_files",
        max_upload_size=up.MAX_UPLOAD_MB,
    )
    outlet = st.text_input(
        "Outlet for articles that do not name one",
        value=up.DEFAULT_OUTLET,
        key="upload_outlet",
        max_chars=80,
    )
    columns = up.csv_columns(up.Upload(f.name, f) for f in files or [])  # peeks only
    text_column = st.selectbox(
        "Column that holds the article text (CSV)",
        [None, *columns],
        format_func=lambda c: (
            "Found by name (text, body, content, article)" if c is None else c
        ),
        key="upload_text_column",
        disabled=not columns,
        help="For CSV files whose text sits in a column with another name, as "
        "`--text-column` on the command line. The uploaded CSVs' columns are listed.",
    )
    if st.button(
        "Add to the store", type="primary", disabled=not files, key="upload_go"
    ):
        auth.require_editor("upload files")
        bar = st.progress(0.0, text="Starting…")
        result = up.ingest_uploads(
            # Each file is copied to disk from Streamlit's buffer, never duplicated.
            (up.Upload(f.name, f) for f in files),
            store,
            data.nlp(),
            outlet=outlet.strip() or up.DEFAULT_OUTLET,
            text_column=text_column,
            progress=lambda share, text: bar.progress(share, text=text),
        )
        st.session_state["upload_result"] = result
    result = st.session_state.get("upload_result")
    if result is not None:
        widgets.upload_outcome(up.outcome(result))
        widgets.table(result.files, "upload report", "upload_report")

with tab_aliases:
    st.markdown(
        "Each row maps a name as written (**alias**) to the actor it means (**canonical**). "
        "Saving re-names the stored mentions at once; nothing is parsed again."
    )

    def save_aliases(table: pd.DataFrame) -> str:
        auth.require_editor("edit the alias table")
        path = editing.save_aliases(table, store)
        return f"Saved {path.name}; stored mentions re-canonicalised."

    editors.data_file_editor(
        "aliases.csv",
        key="aliases",
        save_label="Save aliases",
        save=save_aliases,
        spinner="Re-naming stored mentions…",
        download_label="Download aliases (CSV)",
    )

with tab_media:
    st.markdown(
        "Outlets and agencies whose citations count as **media** sources (names, `|`-separated "
        "aliases, state affiliation, country, news agency or not). The list is part of the "
        "parsing rules: after saving, stored articles keep their old source kinds until they "
        "are parsed again, which the next ingest (or the button below) does for every "
        "stored article."
    )

    def save_media(table: pd.DataFrame) -> str:
        auth.require_editor("edit the media list")
        path = editing.save_table("media_outlets.csv", table)
        return f"Saved {path.name}. Re-parse to apply it to stored articles."

    editors.data_file_editor(
        "media_outlets.csv",
        key="media",
        save_label="Save media list",
        save=save_media,
    )
    if st.button(
        "Re-parse stored articles with the current rules", key="media_reparse"
    ):
        auth.require_editor("re-parse the store")
        nlp = data.nlp()
        with st.spinner("Parsing stored articles again (minutes on a large store)…"):
            n = sync.reparse_changed(store, nlp)
        st.success(
            f"Re-parsed {plural(n, 'article')}."
            if n
            else "Every article is up to date."
        )

# --- how far to trust each chart: the last saved evaluation (never computed here) ---
with st.expander("Accuracy: how far to trust each chart"):
    scores = evaluation.table()
    if scores.empty:
        st.info(
            "No evaluation saved yet: run `python -m presswatch evaluate --save` "
            "(it writes data/evaluation.json)."
        )
    else:
        st.markdown(
            "Scores of the extractors on public annotated news data, as last saved by "
            "`presswatch evaluate --save` (precision: how many of the things found are "
            "right; recall: how many of the right ones are found). A chart is only as "
            "good as the task under it."
        )
        widgets.table(
            scores,
            "evaluation",
            "evaluation_table",
            column_config={
                "chart": "Chart",
                "task": "Task",
                "dataset": "Dataset",
                "precision": st.column_config.NumberColumn("Precision", format="%.3f"),
                "recall": st.column_config.NumberColumn("Recall", format="%.3f"),
                "f1": st.column_config.NumberColumn("F1", format="%.3f"),
                "gold": st.column_config.NumberColumn("Gold items", format="%d"),
                "date": "Measured",
            },
        )
