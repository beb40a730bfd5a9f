"""AppTest of the Claims page and the "count syndicated copies once" toggle, on a store
of the invented claims corpus (tests/data/claims)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import numpy as np
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


def click(at: AppTest, key: str, *selectors: str) -> AppTest:
    """Rerun as if the marks carrying `selectors` were clicked in the chart `key`.
    AppTest cannot click a plotly chart, so this sends the selection the browser
    would send (the chart's widget state) with the other widgets' states."""
    chart = next(c for c in at.get("plotly_chart") if c.proto.id.endswith(key))
    states = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = chart.proto.id
    state.string_value = json.dumps(
        {
            "selection": {
                "points": [{"customdata": [s]} for s in selectors],
                "point_indices": list(range(len(selectors))),
                "box": [],
                "lasso": [],
            }
        }
    )
    at._run(states)
    assert not at.exception, [e.value for e in at.exception]
    return at


def marks(at: AppTest, key: str) -> list[tuple[str, object, str]]:
    """(trace name, value, selector) of every mark of the chart `key`."""
    chart = next(c for c in at.get("plotly_chart") if c.proto.id.endswith(key))
    out = []
    for trace in json.loads(chart.proto.spec)["data"]:
        if "customdata" not in trace:
            continue  # the spread chart's running totals
        values = trace.get("x") if trace.get("orientation") == "h" else trace.get("y")
        if isinstance(values, dict):  # plotly's typed array: {"dtype", "bdata"}
            values = np.frombuffer(base64.b64decode(values["bdata"]), values["dtype"])
        for value, custom in zip(values, trace["customdata"], strict=True):
            out.append((trace.get("name"), value, custom[0]))
    return out


def evidence_rows(at: AppTest):
    return next(
        d.value
        for d in reversed(at.dataframe)
        if "sentence" in d.value.columns and "cue" in d.value.columns
    )


def test_a_bar_of_the_claims_chart_drills_down_to_its_sentences(claims_env):
    at = open_claims()
    assert "Click a bar" in " ".join(c.value for c in at.caption)
    bars = [m for m in marks(at, "claims_bar_chart") if m[1]]
    # the relay chain's "relayed" bar: one appearance, the Coastal Wire relay
    name, count, sel = next(
        m for m in bars if json.loads(m[2])["attribution"] == "relayed"
    )
    click(at, "claims_bar_chart", sel)
    rows = evidence_rows(at)
    assert len(rows) == count == 1
    assert rows.sentence.iloc[0].startswith("Norway will deliver 40 armoured vehicles")
    assert "citing" in rows.sentence.iloc[0]
    assert rows.article_id.iloc[0].endswith("c1-relayed")
    # every bar's count is the number of sentences it drills down to
    for _, count, sel in bars:
        at = click(open_claims(), "claims_bar_chart", sel)
        assert len(evidence_rows(at)) == count


def test_a_point_of_the_spread_chart_drills_down_to_its_sentence(claims_env):
    at = open_claims()
    points = marks(at, "claims_spread_chart")
    bare = next(m for m in points if m[0].startswith("Bare"))
    click(at, "claims_spread_chart", bare[2])
    rows = evidence_rows(at)
    assert list(rows.article_id.str.removeprefix("articles?article=")) == ["c1-bare"]
    assert rows.sentence.iloc[0].startswith("Norway is sending 40 armoured vehicles")
