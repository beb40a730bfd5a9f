"""The sidebar notice that new articles arrived: while the app is open, an ingest may
write the store. Every few seconds the notice reads the store's version (a small sidecar
file, the database stays closed) and, when it moved, offers a refresh. Tables are cached
by version, so the refresh shows the new batch."""

from __future__ import annotations

import streamlit as st

from ui import data

POLL_EVERY = "5s"
_SHOWN = "live_shown"  # (version, articles) this session's last full run showed


@st.cache_data(max_entries=16, show_spinner=False)
def _articles(path: str, version: str) -> int:
    del path, version  # cache key only
    return data.store().article_count()


def notice() -> None:
    """Remember what this run shows, then poll for a newer version in the sidebar."""
    version = data.version()
    st.session_state[_SHOWN] = (version, _articles(str(data.store_path()), version))
    with st.sidebar:
        _poll()


def pending(shown: tuple[str | None, int]) -> str | None:
    """What changed since `shown` (version, articles): "3 new articles", or None."""
    version, articles = shown
    current = data.version()
    if current == version:
        return None
    new = _articles(str(data.store_path()), current) - articles
    if new > 0:
        return f"{new:,} new article{'s' if new != 1 else ''}"
    return "The store changed"


@st.fragment(run_every=POLL_EVERY)
def _poll() -> None:
    text = pending(st.session_state.get(_SHOWN, (None, 0)))
    if text and st.button(f"{text} · refresh", icon=":material/refresh:"):
        st.rerun()
