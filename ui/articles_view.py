"""The Articles page's cached reads of `presswatch.query.articles`, keyed by the store's
path and version, so an ingest or alias edit refreshes them; and the columns it shows."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from presswatch.query import articles
from presswatch.records import Filters
from ui import data

PICKER_LIMIT = 1000  # a selectbox with every title of a 20k store would be slow to send


@st.cache_data(max_entries=16, show_spinner=False)
def cached_article_list(path: str, version: str, filters: Filters) -> pd.DataFrame:
    """`article_list` of the app's store, cached by store version and filters."""
    del path, version  # cache keys only
    return articles.article_list(data.store(), filters)


@st.cache_data(max_entries=32, show_spinner=False)
def cached_article_detail(
    path: str, version: str, article_id: str
) -> articles.ArticleDetail | None:
    del path, version
    return articles.article_detail(data.store(), article_id)


ATTRIBUTION_COLUMNS = [
    "sent",
    "cue_text",
    "verb",
    "source_text",
    "actor",
    "source_kind",
    "chain",
]
MENTION_COLUMNS = ["sent", "text", "type", "actor", "start", "end"]
HEDGE_COLUMNS = ["sent", "text", "category", "start", "end"]
