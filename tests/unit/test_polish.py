"""Briefing-ready polish (issue 12): words and axes that say the right thing, a caption
once, cards in a visible order, labels that fit."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from presswatch import briefing as bf
from presswatch import charts
from presswatch.charts import briefing as briefing_charts
from presswatch.charts import palette
from presswatch.export import report
from presswatch.query.base import Scope
from presswatch.records import Filters
from presswatch.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_briefing import W46, make_store  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("polish") / "store.duckdb"
    make_store(path).close()
    with Store(path, read_only=True) as s:
        yield s


def test_one_article_is_not_one_articles():
    one = Scope(1, 1, 90, None, None, ("Quay Courier",))
    text = charts.caption(one, Filters())
    assert text.startswith("1 article · outlet: Quay Courier")
    assert "1 articles" not in text


def test_a_share_heatmap_reads_percent_on_its_colour_bar():
    df = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "verb": ["said", "told"] * 2,
                       "attributions": [3, 1, 2, 2], "share": [0.75, 0.25, 0.5, 0.5]})  # fmt: skip
    share = charts.reporting_verbs_heatmap(df, measure="share")
    assert share.data[0].colorbar.tickformat == ".0%"
    counts = charts.reporting_verbs_heatmap(df, measure="attributions")
    assert counts.data[0].colorbar.tickformat is None


@pytest.mark.parametrize("freq", ["day", "week", "month"])
def test_one_period_is_labelled_as_a_date_not_a_time(freq):
    df = pd.DataFrame({"period": [pd.Timestamp("2026-09-07").date()],
                       "outlet": ["A"], "articles": [2]})  # fmt: skip
    fig = charts.articles_over_time(df, freq=freq)
    assert list(fig.layout.xaxis.tickvals) == ["2026-09-07"]
    assert (
        "%H" not in fig.layout.xaxis.tickformat and "%Y" in fig.layout.xaxis.tickformat
    )
    assert fig.layout.yaxis.dtick == 1  # whole articles


def test_briefing_articles_axis_says_what_it_compares(store):
    previous = briefing_charts.articles_chart(bf.build(store, W46, "previous"))
    assert previous.layout.xaxis.title.text == "articles"
    assert previous.layout.xaxis.dtick in (1, 5)  # never half an article
    four = briefing_charts.articles_chart(bf.build(store, W46, "4w"))
    assert "average of 4 weeks" in four.layout.xaxis.title.text


def test_briefing_source_kinds_are_named_as_on_the_dashboard(store):
    fig = briefing_charts.source_kind_chart(bf.build(store, W46, "previous"))
    names = {t.name for t in fig.data}
    assert "Unnamed source" in names and "unnamed" not in names
    assert all(t.textangle == 0 for t in fig.data)


def test_each_caption_appears_once_in_the_exported_html(store):
    b = bf.build(store, W46, "previous")
    html = report.briefing_html(b)
    outside_figures = re.sub(r"<script.*?</script>", "", html, flags=re.S)
    for name in briefing_charts.CHARTS:
        first_line = b.caption(name).split(" · ")[0]  # "n = …"
        assert first_line not in outside_figures, name
        assert html.count(f'id="chart-{name}"') == 1
    assert "class='caption'" not in html


def test_outlet_cards_go_most_hedged_first(store):
    cards = report.outlet_cards(bf.build(store, W46, "previous"))
    values = [float(c.value) for c in cards]
    assert len(values) > 1 and values == sorted(values, reverse=True)


def test_long_sankey_labels_are_cut_and_whole_in_the_hover():
    long = "officials familiar with the discussions in the capital"
    df = pd.DataFrame(
        {"outlet": ["A"], "relay": [long], "origin": ["B"], "claims": [2]}
    )
    node = charts.attribution_sankey(df).data[0].node
    assert node.label[1] == long[: charts.SANKEY_LABEL - 1] + "…"
    assert node.customdata[1] == long and "%{customdata}" in node.hovertemplate


def test_outlet_swatches_use_the_outlet_palette():
    fig = charts.hedge_rate_by_outlet(
        pd.DataFrame(
            {
                "outlet": ["A"],
                "articles": [9],
                "words": [900],
                "hedges": [9],
                "boosters": [1],
                "hedges_per_1000": [10.0],
                "boosters_per_1000": [1.1],
                "baseline_per_1000": [10.0],
            }
        ),  # fmt: skip
        colours={"A": palette.OUTLET_SEQUENCE[3]},
    )
    assert palette.OUTLET_SEQUENCE[3] in fig.layout.yaxis.ticktext[0]
