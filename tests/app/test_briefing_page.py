"""AppTest of the Briefing page on a temporary store of invented articles (no parsing)."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from presswatch.charts import briefing as briefing_charts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "unit"))
from test_briefing import HT, NL, make_store  # noqa: E402
from test_report import run_cli  # noqa: E402

PAGE = str(ROOT / "pages" / "briefing.py")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("briefing_app") / "store.duckdb"
    make_store(path).close()
    patch = pytest.MonkeyPatch()
    patch.setenv("PRESSWATCH_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield path
    patch.undo()
    st.cache_resource.clear()
    st.cache_data.clear()


def run_page(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def shown(markdown: str) -> str:
    """What escaped Markdown shows: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def specs(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def test_page_shows_the_last_complete_week(db):
    at = run_page()
    assert not at.exception
    assert at.selectbox(key="week").value == "2026-W46"
    assert at.title[0].value == "Weekly briefing · 2026-W46"
    charts = specs(at)
    assert len(charts) == len(briefing_charts.CHARTS)
    titles = [c["layout"]["title"]["text"] for c in charts]
    assert titles[0] == "Hedging by outlet · 2026-W46"
    for chart in charts:
        caption = chart["layout"]["title"]["subtitle"]["text"]
        assert caption.startswith("n = ") and "corpus: invented test corpus" in caption
    sentences = " ".join(shown(m.value) for m in at.markdown)
    assert f"Hedging in {HT} rose from 4.0 to 24.0 per 1,000 words (+500%)" in sentences
    assert (
        "Danube Monitoring Group was cited as a source for the first time" in sentences
    )
    expanders = [e for e in at.expander if "sentences behind it" in e.label]
    assert len(expanders) == 4  # HT hedging, Lysenko, Russia, Danube Monitoring Group
    hedging = expanders[0]
    assert hedging.label == "The 10 sentences behind it"
    assert set(hedging.dataframe[0].value.outlet) == {HT}
    labels = [m.label for m in at.metric]
    assert "Articles" in labels and HT in labels and NL in labels


def test_toolbar_png_has_scale_2_and_a_telling_name(db):
    at = run_page()
    for chart, name in zip(at.get("plotly_chart"), briefing_charts.CHARTS, strict=True):
        options = json.loads(chart.proto.config)["toImageButtonOptions"]
        spec = json.loads(chart.proto.spec)["layout"]
        assert options["format"] == "png" and options["scale"] == 2
        assert options["filename"] == f"{name.replace('_', '-')}_2026-11-09_2026-11-15"
        assert (options["width"], options["height"]) == (spec["width"], spec["height"])


def test_compare_switch_changes_the_numbers(db):
    at = run_page()
    before = {m.label: m.delta for m in at.metric}
    at.segmented_control(key="compare").set_value("4w").run()
    assert not at.exception
    after = {m.label: m.delta for m in at.metric}
    assert before["Articles"] != after["Articles"]
    assert "average of the previous four weeks" in " ".join(
        shown(m.value) for m in at.markdown
    )


def test_picking_an_empty_week_says_so(db):
    at = run_page({"week": "2026-W43"})
    assert not at.exception
    assert any("No articles in 2026-W43" in i.value for i in at.info)
    assert not at.get("plotly_chart")


def test_print_view_hides_controls_and_keeps_the_briefing(db):
    at = run_page({"view": "print", "week": "2026-W46", "compare": "4w"})
    assert not at.exception
    assert not at.selectbox and not at.expander
    css = [m.value for m in at.markdown if "<style>" in m.value]
    assert css and "1280px" in css[0] and "stSidebar" in css[0]
    assert len(specs(at)) == len(briefing_charts.CHARTS)


def test_page_numbers_equal_cli_csv(db, tmp_path, capsys):
    copy = tmp_path / "copy.duckdb"  # the app holds the store open for writing
    shutil.copy(db, copy)
    argv = ["--week", "2026-W46", "--db", str(copy), "--out", str(tmp_path)]
    assert run_cli(argv) == 0
    headline = pd.read_csv(tmp_path / "tables" / "headline.csv").set_index("label")
    at = run_page()
    shown = {m.label: m.value for m in at.metric}
    assert shown["Articles"] == f"{headline.loc['Articles', 'week']:.0f}"
    assert (
        shown["Hedges per 1,000 words"]
        == f"{headline.loc['Hedges per 1,000 words', 'week']:.1f}"
    )
    hedging = pd.read_csv(tmp_path / "tables" / "hedging_by_outlet.csv").set_index(
        "outlet"
    )
    assert shown[HT] == f"{hedging.loc[HT, 'rate_week']:.1f}"
