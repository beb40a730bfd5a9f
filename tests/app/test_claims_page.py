"""AppTest of the Claims page and the "count syndicated copies once" toggle, on a store
of the invented claims corpus (tests/data/claims)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from presswatch.store import Store, sync

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard.py")
CORPUS = ROOT / "tests" / "data" / "claims" / "articles.jsonl"


@pytest.fixture(scope="module")
def claims_db(tmp_path_factory, nlp) -> Path:
    db = tmp_path_factory.mktemp("claims_app") / "claims.duckdb"
    with Store(db) as store:
        sync.update([CORPUS], store, nlp)
    return db


@pytest.fixture
def claims_env(claims_db, monkeypatch) -> Path:
    monkeypatch.setenv("PRESSWATCH_DB", str(claims_db))
    monkeypatch.chdir(ROOT)
    st.cache_data.clear()
    st.cache_resource.clear()
    return claims_db


def open_claims(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    at.switch_page("pages/claims.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_claims_page_shows_the_relay_chain(claims_env):
    at = open_claims()
    assert at.title[0].value == "Claims"
    titles = [
        json.loads(c.proto.spec)["layout"]["title"]["text"]
        for c in at.get("plotly_chart")
    ]
    assert titles == ["Claims that spread most", "How the claim spread"]
    appearances = next(
        d.value
        for d in at.dataframe
        if "attribution" in d.value.columns and "title" in d.value.columns
    )
    assert list(appearances.attribution) == ["named", "relayed", "vague", "bare"]
    assert all(appearances.article_id.str.startswith("articles?article="))
    captions = " ".join(c.value for c in at.caption).replace("\\", "")  # md escapes
    assert "n = 4 articles in 4 outlets" in captions and "denied 1× later" in captions
    assert {b.label for b in at.get("download_button")} >= {
        "Download CSV",
        "Chart data (CSV)",
    }


def test_claims_page_follows_the_filters(claims_env):
    at = open_claims({"outlet": "Rivertown Post"})
    assert not at.get("plotly_chart")  # one outlet: no claim in two of its articles
    assert at.info


def test_copies_once_toggle_counts_a_wire_story_once(claims_env):
    def matched(at: AppTest) -> str:
        return next(m.value for m in at.sidebar.markdown if "sentences" in m.value)

    every = AppTest.from_file(APP, default_timeout=60)
    every.run()
    once = AppTest.from_file(APP, default_timeout=60)
    once.query_params["copies"] = "true"
    once.run()
    assert not every.exception and not once.exception
    assert matched(every).startswith("**24 articles**")
    assert matched(once).startswith("**22 articles**")


def test_articles_page_lists_an_articles_copies(claims_env):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["article"] = "wire-3"
    at.run()
    at.switch_page("pages/articles.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    copies = next(d.value for d in at.dataframe if "original" in d.value.columns)
    assert list(copies.article_id.str.removeprefix("articles?article=")) == [
        "wire-1",
        "wire-2",
    ]
    assert list(copies.original) == [True, False]
