"""All caching of the app: the model and the store as resources, tables keyed by the store's version."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import streamlit as st
from spacy.language import Language

from presswatch import data_path, pipeline, update
from presswatch.store import Store, default_db

SAMPLE_DIR = data_path("sample")


def store_path() -> Path:
    """The store the app shows: `--db FILE` after `--` on the command line, else
    $PRESSWATCH_DB, else the bundled sample store under data/."""
    argv = sys.argv
    if "--db" in argv[:-1]:
        return Path(argv[argv.index("--db") + 1])
    return default_db()


@st.cache_resource(show_spinner="Loading the language model…")
def nlp() -> Language:
    return pipeline.load()


@st.cache_resource(show_spinner="Opening the store…")
def store() -> Store:
    """The app's one store connection. The bundled sample is ingested into the default
    store on first start (and kept up to date: unchanged articles are not re-parsed)."""
    path = store_path()
    opened = Store(path)
    if path == data_path("presswatch.duckdb") and not os.environ.get("PRESSWATCH_NO_SAMPLE"):
        update.update([SAMPLE_DIR], opened, nlp())
    return opened


def version() -> str:
    """The store's current version: the cache key for every table read from it."""
    return store().version()
