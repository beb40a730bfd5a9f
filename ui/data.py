"""All caching of the app: the model and the store as resources, tables keyed by the
store's path and version and the filter values (small strings, never DataFrames)."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pandas as pd
import streamlit as st

from presswatch import briefing as bf
from presswatch import data_path, query
from presswatch.markup import escape_markdown as md
from presswatch.records import Filters
from presswatch.store import Store, StoreBusy, StoreDamaged, StoreError, default_db
from ui import auth

if TYPE_CHECKING:
    from spacy.language import Language

T = TypeVar("T")

log = logging.getLogger(__name__)
SAMPLE_DIR = data_path("sample")
SAMPLE_DB = data_path("presswatch.duckdb")
# DuckDB's own cache and threads per connection; with the app's tables they keep the
# process under 1.5 GB (measured on a 2.2M-article store, bench/dashboard.py --growth).
MEMORY_LIMIT = os.environ.get("PRESSWATCH_MEMORY_LIMIT", "1GB")
THREADS = int(os.environ.get("PRESSWATCH_THREADS", "2"))


def store_path() -> Path:
    """The store the app shows: `--db FILE` after `--` on the command line, else
    $PRESSWATCH_DB, else the bundled sample store under data/."""
    argv = sys.argv
    if "--db" in argv[:-1]:
        return Path(argv[argv.index("--db") + 1]).resolve()
    return default_db().resolve()


@st.cache_resource(show_spinner="Loading the language model…")
def nlp() -> Language:
    # Imported here: viewing a store needs no spaCy, and importing it costs seconds.
    from presswatch.nlp import pipeline

    return pipeline.load()


@st.cache_resource(show_spinner="Opening the store…")
def _store(path: str) -> Store:
    # A Store holds no connection: every read opens the file read-only for one query,
    # so a CLI ingest can write it while the app is open.
    opened = Store(path, memory_limit=MEMORY_LIMIT, threads=THREADS)
    if Path(path) == SAMPLE_DB.resolve() and not os.environ.get("PRESSWATCH_NO_SAMPLE"):
        from presswatch.store import sync

        sync.update([SAMPLE_DIR], opened, nlp())
    return opened


def store() -> Store:
    """The app's store. The bundled sample is ingested into the default store on first
    start (and kept up to date: unchanged articles are not re-parsed).

    A store that cannot be opened stops the page with a short message; the details go
    to the server's log, and only editors are told the file's path."""
    path = store_path()
    try:
        return _store(str(path))
    except StoreError as err:
        log.warning("the store %s could not be opened: %s", path, err)
        where = f" ({md(path)})" if auth.can_edit() else ""
        if isinstance(err, StoreBusy):  # another program wrote for longer than the wait
            st.warning(
                f"The store{where} is busy (an ingest is writing a large batch). "
                "Try again in a moment, or look at a copy meanwhile: copy the store "
                "file to `copy.duckdb`, then start "
                "`streamlit run dashboard.py -- --db copy.duckdb`.",
                icon=":material/hourglass:",
            )
        elif isinstance(err, StoreDamaged):
            st.error(
                f"The store{where} is not a PressWatch store, or it is damaged. Start "
                "the app with `-- --db` on another file, or rebuild it with "
                "`presswatch ingest`.",
                icon=":material/error:",
            )
        else:
            st.error(
                f"The store{where} cannot be opened. The server's log says why.",
                icon=":material/error:",
            )
        st.stop()


def version() -> str:
    """The store's current version (a small sidecar file, read without opening the
    database): part of the cache key of every table read from it."""
    return store().version()


def filters_key(filters: Filters) -> str:
    """A Filters value as a small JSON string, for cache keys."""
    return json.dumps(dataclasses.asdict(filters), default=str, sort_keys=True)


def _filters(key: str) -> Filters:
    raw = json.loads(key)
    for name in ("start", "end"):
        raw[name] = date.fromisoformat(raw[name]) if raw[name] else None
    for name in ("outlets", "actors", "source_kinds"):
        raw[name] = tuple(raw[name])
    return Filters(**raw)


@st.cache_data(max_entries=512, show_spinner=False)
def _table(
    _read: Callable[..., T],
    name: str,
    path: str,
    version: str,
    filters: str,
    kwargs: str,
) -> T:
    # `_read` is left out of the key (a leading underscore): `name` stands for it.
    del name, version  # part of the cache key only
    return _read(_store(path), _filters(filters), **json.loads(kwargs))


def table(read: Callable[..., T], filters: Filters, **kwargs: Any) -> T:
    """`read(store, filters, **kwargs)` for a `presswatch.query` function, cached until
    the store changes: `data.table(query.sources.top_sources, f, n=15)`.

    The cache key is the function's module and name, the store's path and version and
    the filters and keyword arguments as small strings. Callers get a shared value:
    never mutate it (every session sees the same one).
    """
    return _table(
        read,
        f"{read.__module__}.{read.__qualname__}",
        str(store_path()),
        version(),
        filters_key(filters),
        json.dumps(kwargs, sort_keys=True, default=str),
    )


@st.cache_data(max_entries=16, show_spinner=False)
def _choices(path: str, version: str) -> dict[str, Any]:
    del version
    s = _store(path)
    return {
        "outlets": query.base.outlets(s),
        "actors": query.base.actor_names(s, limit=500),
        "dates": query.base.date_bounds(s),
    }


def choices() -> dict[str, Any]:
    """What the sidebar filters offer: outlets, actors (most mentioned first), dates."""
    return _choices(str(store_path()), version())


def evidence(
    filters: Filters, selectors: list[dict[str, Any]], limit: int = 200
) -> pd.DataFrame:
    """The sentences behind one or more chart elements (selectors from chart marks)."""
    frames = [
        table(query.evidence.sentences, filters, limit=limit, **sel)
        for sel in selectors[:10]
    ]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=list(query.evidence.COLUMNS))
    out = pd.concat(frames, ignore_index=True)
    return out.drop_duplicates(subset=["article_id", "sent"]).head(limit)


@st.cache_data(max_entries=32, show_spinner="Computing the briefing…")
def _briefing(
    path: str, version: str, week: str, compare: str, filters: str
) -> bf.Briefing:
    del version  # part of the cache key only
    return bf.build(_store(path), bf.Week.parse(week), compare, _filters(filters))


def briefing(week: str, compare: str, filters: Filters) -> bf.Briefing:
    """The briefing of `week` ("2026-W46") against `compare`, cached like `table`."""
    return _briefing(str(store_path()), version(), week, compare, filters_key(filters))


@st.cache_data(max_entries=64, show_spinner=False)
def _briefing_weeks(path: str, version: str, filters: str) -> tuple[list[str], str]:
    del version
    s, chosen = _store(path), _filters(filters)
    default = bf.default_week(s, chosen)
    return [str(w) for w in bf.week_choices(s, chosen)], str(default or "")


def briefing_weeks(filters: Filters) -> list[str]:
    """The ISO weeks the briefing offers under `filters` (see `week_choices`)."""
    return _briefing_weeks(str(store_path()), version(), filters_key(filters))[0]


def default_week(filters: Filters) -> str | None:
    """The last complete week with data under `filters` (None without dated articles)."""
    return (
        _briefing_weeks(str(store_path()), version(), filters_key(filters))[1] or None
    )


@st.cache_data(max_entries=256, show_spinner=False)
def _briefing_evidence(
    path: str, version: str, week: str, compare: str, filters: str, change: bf.Change
) -> pd.DataFrame:
    b = _briefing(path, version, week, compare, filters)
    return bf.evidence(_store(path), b, change)


def briefing_evidence(
    week: str, compare: str, filters: Filters, change: bf.Change
) -> pd.DataFrame:
    """The sentences behind one of the briefing's changes."""
    return _briefing_evidence(
        str(store_path()), version(), week, compare, filters_key(filters), change
    )
