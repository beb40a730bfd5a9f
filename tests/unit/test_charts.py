"""charts: the figures carry the right marks, colours, order and evidence selectors."""

from __future__ import annotations

import inspect
import json
from datetime import date

import pandas as pd
import pytest

from presswatch import charts, query
from presswatch.charts import palette
from presswatch.query.base import Scope
from presswatch.records import (
    ACTOR_TYPES,
    BOOSTER,
    HEDGE_CATEGORIES,
    SOURCE_KINDS,
    Filters,
)

EVIDENCE_ARGS = set(inspect.signature(query.evidence.sentences).parameters) - {
    "store",
    "filters",
}

ACTORS = pd.DataFrame(
    {
        "actor": ["Norvania", "Elsa Varga", "Harbour Council", "Kessel", "Ostlanders"],
        "type": ["GPE", "PERSON", "ORG", "LOC", "NORP"],
        "mentions": [40, 25, 12, 7, 3],
        "articles": [20, 10, 6, 5, 2],
        "per_1000": [4.0, 2.5, 1.2, 0.7, 0.3],
    }
)
KINDS = pd.DataFrame(
    {"source_kind": list(SOURCE_KINDS), "attributions": [5, 4, 3, 2, 6, 1]}
).assign(share=lambda d: d.attributions / d.attributions.sum())
RATES = pd.DataFrame(
    {
        "outlet": ["Quay Courier", "Vale Gazette"],
        "articles": [10, 4],
        "words": [5000, 2000],
        "hedges": [20, 30],
        "boosters": [5, 1],
        "hedges_per_1000": [4.0, 15.0],
        "boosters_per_1000": [1.0, 0.5],
        "baseline_per_1000": [7.14, 7.14],
    }
)
CHAINS = pd.DataFrame(
    {
        "outlet": ["Quay Courier", "Quay Courier", "Vale Gazette"],
        "relay": ["RIA Novosti", "RIA Novosti", "(no source)"],
        "origin": ["Japan's Defense Ministry", "(unnamed source)", "(direct)"],
        "claims": [3, 1, 2],
        "relay_kind": ["media", "media", "none"],
        "origin_kind": ["government", "unnamed", None],
    }
)
CLAIMS = pd.DataFrame(
    {
        "source_kind": [*SOURCE_KINDS, palette.UNATTRIBUTED],
        "hedged": [1, 2, 0, 1, 3, 4, 2],
        "unhedged": [5, 4, 2, 1, 1, 0, 9],
    }
).assign(sentences=lambda d: d.hedged + d.unhedged)


def selectors(fig) -> list[dict]:
    out = []
    for trace in fig.data:
        for custom in trace.customdata if trace.customdata is not None else []:
            out.append(json.loads(custom[0]))
    return out


def marker_colours(trace) -> list[str]:
    colours = trace.marker.color
    return list(colours) if isinstance(colours, list | tuple) else [colours]


def test_actor_bar_colours_each_type_and_puts_the_largest_on_top():
    fig = charts.actor_bar(ACTORS)
    by_name = {t.name: t for t in fig.data}
    for kind in ACTOR_TYPES:
        trace = by_name[palette.label(kind)]
        assert marker_colours(trace) == [palette.ACTOR_COLOURS[kind]]
    assert list(fig.layout.yaxis.categoryarray)[-1] == "Norvania"
    assert {"actor": "Elsa Varga"} in selectors(fig)


@pytest.mark.parametrize("measure", ["mentions", "per_1000"])
def test_actor_bar_measure(measure):
    fig = charts.actor_bar(ACTORS, measure=measure)
    assert sum(sum(t.x) for t in fig.data) == pytest.approx(ACTORS[measure].sum())


@pytest.mark.parametrize("measure", ["attributions", "share"])
def test_source_kind_bar_uses_the_kind_colours(measure):
    fig = charts.source_kind_bar(KINDS, measure=measure)
    (trace,) = fig.data
    assert marker_colours(trace) == [
        palette.SOURCE_KIND_COLOURS[k] for k in SOURCE_KINDS
    ]
    assert list(trace.x) == pytest.approx(KINDS[measure].tolist())
    assert (fig.layout.xaxis.tickformat == ".0%") == (measure == "share")


def test_hedge_rate_by_outlet_separates_boosters_and_draws_the_baseline():
    fig = charts.hedge_rate_by_outlet(RATES)
    names = [t.name for t in fig.data]
    assert names == ["Boosters (not hedges)", "Hedges", "All matching articles: 7.1"]
    hedges = fig.data[1]
    assert list(hedges.x) == [15.0, 4.0]  # most hedged first
    assert fig.layout.shapes[0].x0 == pytest.approx(7.14)
    assert {"outlet": "Vale Gazette", "category": BOOSTER} in selectors(fig)
    counts = charts.hedge_rate_by_outlet(RATES, measure="count")
    assert sorted(counts.data[1].x) == [20, 30]
    assert not counts.layout.shapes


def test_hedge_categories_leave_boosters_out():
    df = pd.DataFrame(
        {"category": [*HEDGE_CATEGORIES, BOOSTER], "count": [1, 2, 3, 4, 5, 9]}
    )
    fig = charts.hedge_categories(df)
    assert list(fig.data[0].y) == [palette.label(c) for c in HEDGE_CATEGORIES]
    assert list(fig.data[0].x) == [1, 2, 3, 4, 5]
    assert marker_colours(fig.data[0]) == [
        palette.HEDGE_COLOURS[c] for c in HEDGE_CATEGORIES
    ]


def test_sankey_links_outlet_to_relay_to_origin():
    fig = charts.attribution_sankey(CHAINS)
    (sankey,) = fig.data
    labels = list(sankey.node.label)
    links = {
        (labels[s], labels[t]): v
        for s, t, v in zip(
            sankey.link.source, sankey.link.target, sankey.link.value, strict=True
        )
    }
    assert links[("Quay Courier", "RIA Novosti")] == 4
    assert links[("RIA Novosti", "Japan's Defense Ministry")] == 3
    assert links[("Vale Gazette", "(no source)")] == 2
    assert "(direct)" not in labels  # direct claims end at their source
    colour = dict(zip(labels, sankey.node.color, strict=True))
    assert colour["RIA Novosti"] == palette.SOURCE_KIND_COLOURS["media"]
    assert (
        colour["Japan's Defense Ministry"] == palette.SOURCE_KIND_COLOURS["government"]
    )
    assert colour["(unnamed source)"] == palette.SOURCE_KIND_COLOURS["unnamed"]


def test_claims_bar_marks_bare_assertions():
    fig = charts.claims_bar(CLAIMS)
    hedged, unhedged = fig.data
    colours = marker_colours(unhedged)
    bare = list(CLAIMS.source_kind).index(palette.UNATTRIBUTED)
    assert colours[bare] == palette.BARE_ASSERTION_COLOUR
    assert colours.count(palette.BARE_ASSERTION_COLOUR) == 1
    assert {"source_kind": palette.UNATTRIBUTED, "hedged": False} in selectors(fig)
    shares = charts.claims_bar(CLAIMS, measure="share")
    total = [h + u for h, u in zip(shares.data[0].x, shares.data[1].x, strict=True)]
    assert total == pytest.approx([1.0] * len(CLAIMS))


def test_tile_heatmap_is_selectable_cell_by_cell():
    df = pd.DataFrame(
        {
            "actor": ["A", "A", "B", "B"],
            "outlet": ["X", "Y", "X", "Y"],
            "mentions": [3, 0, 1, 5],
        }
    )
    fig = charts.actor_outlet_heatmap(df)
    heatmap, cells = fig.data
    assert heatmap.type == "heatmap"
    assert [list(r) for r in heatmap.z] == [[3, 0], [1, 5]]
    assert [list(r) for r in heatmap.text] == [
        ["3", ""],
        ["1", "5"],
    ]  # zeros stay blank
    assert cells.type == "scatter" and cells.marker.opacity == 0  # clickable, unseen
    assert selectors(fig)[3] == {"actor": "B", "outlet": "Y"}


def test_time_series_carry_their_period():
    df = pd.DataFrame(
        {
            "period": pd.to_datetime(["2026-02-02", "2026-02-09"]),
            "outlet": ["Quay Courier", "Quay Courier"],
            "articles": [2, 3],
            "words": [100, 150],
        }
    )
    fig = charts.articles_over_time(df, freq="week")
    assert selectors(fig)[1] == {
        "outlet": "Quay Courier",
        "period": "2026-02-09",
        "freq": "week",
    }
    assert fig.layout.barmode == "stack"


@pytest.mark.parametrize(
    ("name", "figure"),
    [
        ("actor_bar", lambda: charts.actor_bar(ACTORS)),
        ("source_kind_bar", lambda: charts.source_kind_bar(KINDS)),
        ("hedge_rate_by_outlet", lambda: charts.hedge_rate_by_outlet(RATES)),
        ("claims_bar", lambda: charts.claims_bar(CLAIMS)),
        ("sources_bar", lambda: charts.sources_bar(
            pd.DataFrame({"source": ["RIA Novosti"], "source_kind": ["media"],
                          "attributions": [4]}))),
    ],
)  # fmt: skip
def test_every_selector_is_a_valid_evidence_query(name, figure):
    fig = figure()
    sels = selectors(fig)
    assert sels, name
    for sel in sels:
        assert set(sel) <= EVIDENCE_ARGS, (name, sel)
    assert fig.layout.title.text
    assert fig.layout.height >= 320


def test_caption_states_n_dates_outlets_and_other_filters():
    scope = Scope(articles=12, sentences=80, words=4000, start=date(2026, 2, 2),
                  end=date(2026, 2, 27), outlets=("Quay Courier", "Vale Gazette"))  # fmt: skip
    text = charts.caption(scope, Filters(actors=("Elsa Varga",), search="bridge"),
                          n=1234, unit="mentions")  # fmt: skip
    assert text.startswith(
        "n = 1,234 mentions · 12 articles · 2 Feb 2026 – 27 Feb 2026"
    )
    assert "outlets: Quay Courier, Vale Gazette" in text
    assert "mentioning Elsa Varga" in text and 'matching "bridge"' in text
    many = Scope(12, 80, 4000, None, None, tuple(f"Outlet {i}" for i in range(9)))
    assert "all 9 outlets" in charts.caption(many, Filters())


def test_outlet_colours_are_stable_and_other_is_grey():
    a = palette.outlet_colours(["Vale Gazette", "Quay Courier", palette.OTHER])
    b = palette.outlet_colours(["Quay Courier", "Vale Gazette"])
    assert a["Quay Courier"] == b["Quay Courier"] != a["Vale Gazette"]
    assert a[palette.OTHER] == palette.GREY


@pytest.mark.parametrize(
    ("value", "label"),
    [("ORG", "Organisation"), ("epistemic_verb", "Epistemic verb"), ("none", "No source"),
     ("booster", "Booster"), ("Some outlet", "Some outlet")],
)  # fmt: skip
def test_palette_labels(value, label):
    assert palette.label(value) == label


def test_names_from_articles_are_literal_in_charts_but_raw_in_selectors():
    hostile = '<a href="https://x.test">Acme</a> & <b>Co</b>'
    df = ACTORS.assign(actor=[hostile, *ACTORS.actor[1:]])
    fig = charts.actor_bar(df)
    labels = [y for t in fig.data for y in t.y]
    assert (
        '&lt;a href="https://x.test"&gt;Acme&lt;/a&gt; &amp; &lt;b&gt;Co&lt;/b&gt;'
        in labels
    )
    assert {"actor": hostile} in selectors(fig)
    sankey = charts.attribution_sankey(CHAINS.assign(relay=[hostile] * 3))
    # long node labels are cut (issue 12: they ran into the next column); the hover
    # (customdata) keeps the whole name, escaped like the label
    assert "&lt;b&gt;Co&lt;/b&gt;" in sankey.data[0].node.customdata[2]
    assert sankey.data[0].node.label[2].startswith("&lt;a href=")


def _override_open(text: str) -> bool:
    """Whether a bidi embedding, override or isolate is still open after `text`."""
    depth = 0
    for ch in text:
        depth += ch in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
        depth -= ch in "\u202c\u2069"
    return depth > 0


def test_captions_keep_their_own_words_in_order_after_a_reversing_name():
    """A name (or a ?q= in a shared link) holding an unclosed U+202E must not reverse
    the caption after it: "outlets: A, B · 1 named, 5 relayed" stays readable."""
    from presswatch.charts import claims as cc

    rlo = "\u202e"
    scope = Scope(3, 9, 300, date(2026, 2, 2), date(2026, 2, 9),
                  (f"{rlo}Wire", "Vale Gazette"))  # fmt: skip
    text = charts.caption(scope, Filters(actors=(f"Ann {rlo}Lee",), search=f"{rlo}x"),
                          n=7, unit="mentions")  # fmt: skip
    parts = text.split(" · ")
    assert len(parts) >= 5
    for i in range(1, len(parts) + 1):
        assert not _override_open(" · ".join(parts[:i])), parts[:i]
    seen = pd.DataFrame({
        "published": pd.to_datetime(["2026-02-02", "2026-02-03"]),
        "article_id": ["a", "b"], "outlet": [f"{rlo}Wire", "Vale Gazette"],
        "attribution": ["named", "relayed"],
    })  # fmt: skip
    caption = cc.claim_caption(seen)
    assert caption.endswith("1 named, 1 relayed")
    head = caption.rsplit(" · ", 1)[0]
    assert not _override_open(head) and "Wire" in head
    # names without controls are shown exactly as before
    plain = Scope(3, 9, 300, None, None, ("Quay Courier",))
    assert "outlet: Quay Courier" in charts.caption(plain, Filters())


@pytest.mark.parametrize(
    ("freq", "periods", "each"),
    [
        ("day", ["2026-03-01", "2026-03-02", "2026-03-04"], True),
        ("day", ["2026-03-01", "2026-03-09"], True),  # 8 days apart
        ("day", [f"2026-03-0{d}" for d in range(1, 8)] + ["2026-12-01"], False),
        ("week", ["2026-03-02", "2026-03-09", "2026-04-20"], True),  # 7 weeks
        ("week", ["2026-03-02", "2026-09-07"], False),
        ("month", ["2026-01-01", "2026-09-01"], True),  # 8 months
        ("month", ["2024-01-01", "2026-01-01"], False),
    ],
)
def test_scattered_periods_do_not_pile_their_ticks(freq, periods, each):
    df = pd.DataFrame({"period": pd.to_datetime(periods), "outlet": "A",
                       "articles": range(1, len(periods) + 1)})  # fmt: skip
    axis = charts.articles_over_time(df, freq=freq).layout.xaxis
    assert (axis.tickvals is not None) is each
    assert axis.tickformat and "%H" not in axis.tickformat


def _spread_axis(days: list[str]):
    """The x axis of a claim's spread chart with one appearance on each of `days`."""
    from presswatch.charts import claims as cc

    published = pd.to_datetime(days)
    n = len(days)
    spread = pd.DataFrame({"published": published, "articles": range(1, n + 1),
                           "outlets": range(1, n + 1)})  # fmt: skip
    seen = pd.DataFrame({"published": published, "attribution": ["named"] * n,
                         "outlet": ["O"] * n, "source": [None] * n,
                         "article_id": [f"a{i}" for i in range(n)], "start": [0] * n})  # fmt: skip
    return cc.claim_spread(seen, spread).layout.xaxis


def _daily_axis(days: list[str]):
    df = pd.DataFrame({"period": pd.to_datetime(days), "outlet": "A",
                       "articles": range(1, len(days) + 1)})  # fmt: skip
    return charts.articles_over_time(df, freq="day").layout.xaxis


@pytest.mark.parametrize(
    ("days", "each"),
    [
        ([f"2026-03-{d:02d}" for d in range(2, 11)], False),  # 9 dates in 8 days
        ([f"2026-03-{d:02d}" for d in range(2, 10)], True),  # 8 dates in 7 days
        (["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-10"], True),  # 8 days
        (["2026-03-02", "2026-03-11"], False),  # 9 days apart
    ],
)
def test_a_claims_days_tick_as_a_days_periods(days, each):
    """One rule for every date axis: a claim's spread (dates) ticks as the daily
    charts do, nine dates in eight days included."""
    spread, daily = _spread_axis(days), _daily_axis(days)
    for axis in (spread, daily):
        assert (axis.tickvals is not None) is each
    assert spread.tickvals == daily.tickvals and spread.tickformat == daily.tickformat


def test_the_latest_date_keeps_its_label():
    """plotly hides a slanted tick label that would pass the figure's right edge: on a
    narrow chart the latest date lost its label (a claim's spread ending on 29 Sep
    ticked 21, 23, 25 Sep)."""
    days = ["2026-09-21", "2026-09-23", "2026-09-25", "2026-09-29"]
    assert _spread_axis(days).ticklabeloverflow == "allow"
    assert _daily_axis(days).ticklabeloverflow == "allow"
    weeks = pd.DataFrame({"period": pd.to_datetime(["2026-09-07", "2026-09-14"]),
                          "unnamed_share": [0.2, 0.1], "none_share": [0.1, 0.1]})  # fmt: skip
    shares = charts.unnamed_share_over_time(weeks, freq="week")
    assert shares.layout.xaxis.ticklabeloverflow == "allow"


@pytest.mark.parametrize("weeks", [9, 10, 20, 32])
def test_weeks_tick_on_the_mondays_they_start(weeks):
    """Past eight weeks plotly's weekly ticks fell on Sundays ("6 Sep" under the bar of
    the week of Monday 7 Sep): up to 32 weeks the ticks are Mondays, at most 9 of them."""
    mondays = pd.date_range("2026-09-07", periods=weeks + 1, freq="7D")
    df = pd.DataFrame({"period": mondays, "outlet": "A", "articles": 1})
    axis = charts.articles_over_time(df, freq="week").layout.xaxis
    assert axis.tickmode == "linear" and pd.Timestamp(axis.tick0).weekday() == 0
    step = pd.Timedelta(milliseconds=axis.dtick)
    assert step % pd.Timedelta(days=7) == pd.Timedelta(0)
    assert (mondays[-1] - mondays[0]) / step <= 8
    # a span past 32 weeks keeps plotly's month or year ticks
    longer = pd.date_range("2026-01-05", periods=40, freq="7D")
    long_df = pd.DataFrame({"period": longer, "outlet": "A", "articles": 1})
    assert charts.articles_over_time(long_df, freq="week").layout.xaxis.tickmode is None


def test_claims_ranked_by_outlets_say_their_outlets():
    """The claims chart ranks by outlets, then articles: a 3-article claim in one outlet
    sits below 2-article claims in two, which read as unsorted bars until each bar
    says its outlets."""
    from presswatch.charts import claims as cc

    top = pd.DataFrame({
        "claim": ["c1", "c2", "c3"], "text": ["Two outlets carry it.", "So do these.",
                                              "One outlet, three times."],
        "articles": [2, 2, 3], "outlets": [2, 2, 1],
        "named": [1, 2, 3], "relayed": [1, 0, 0], "vague": [0, 0, 0], "bare": [0, 0, 0],
    })  # fmt: skip
    fig = cc.claims_spread_bar(top)
    assert len(fig.data) == 4  # the attributions; the outlets are annotations
    notes = {a.y: (a.x, a.text) for a in fig.layout.annotations}
    assert notes["One outlet, three times."] == (3, "1 outlet")
    assert notes["Two outlets carry it."] == (2, "2 outlets")
    assert fig.layout.xaxis.range[1] > 3  # room for the longest bar's note


def test_a_claims_caption_counts_its_undated_outlets():
    """The news store's top claim: 12 articles in 8 outlets in the claims table and its
    picker, "12 articles in 6 outlets" under its chart, which counted the outlets of
    dated appearances only (two outlets' articles had no date)."""
    from presswatch.charts import claims as cc

    seen = pd.DataFrame({
        "published": pd.to_datetime(["2026-02-02", "2026-02-03", None, None]),
        "article_id": ["a", "b", "c", "d"],
        "outlet": ["Wire", "Gazette", "Undated Post", "Wire"],
        "attribution": ["named", "bare", "bare", "vague"],
    })  # fmt: skip
    caption = cc.claim_caption(seen)
    assert caption.startswith("n = 4 articles in 3 outlets · 2 undated, not charted")
    assert "outlets: Wire, Gazette, Undated Post" in caption
    dated = cc.claim_caption(seen.iloc[:2])
    assert dated.startswith("n = 2 articles in 2 outlets · 2 Feb 2026") and "undated" not in dated
