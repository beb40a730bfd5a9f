"""Questions the screen must answer: search that ignores case, accents and quote and
dash variants (one normalisation, in SQL, on both sides), and small samples marked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from presswatch import charts, query
from presswatch.nlp import Analysis
from presswatch.records import Article, Filters, Mention
from presswatch.store import Store

TEXTS = {
    "curly": ("Ministry says", "Japan’s Défense Ministry said the drill — a long one — ended."),
    "plain": ("Other news", "Farmers said the harvest was early."),
    "quoted": ("A «quoted» title", "The mayor called it “a mess” on Friday."),
}  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "search.duckdb")
    articles, analyses = [], []
    for i, (aid, (title, text)) in enumerate(TEXTS.items()):
        articles.append(Article(aid, title, "Quay Courier", date(2026, 3, 2 + i), "",
                                "", text, f"{aid}.txt", aid, len(text.split())))  # fmt: skip
        actor = {"curly": "Japan’s Défense Ministry", "plain": "Farmers"}.get(
            aid, "Mayor"
        )
        analyses.append(Analysis([], [Mention(0, 5, actor, "ORG", actor, 0)], [], []))
    s.write(articles, analyses, "test")
    yield s
    s.close()


def ids(store: Store, **filters) -> set[str]:
    where, params = query.base.article_where(Filters(**filters))
    return set(store.query(f"SELECT id FROM articles a WHERE {where}", params).id)


@pytest.mark.parametrize(
    "typed",
    ["Japan's Defense Ministry", "JAPAN’S DÉFENSE", "japan`s defense ministry",
     "drill - a long one - ended", "drill — a long one"],
)  # fmt: skip
def test_search_ignores_case_accents_quotes_and_dashes(store, typed):
    assert ids(store, search=typed) == {"curly"}


def test_search_matches_titles_and_double_quote_variants(store):
    assert ids(store, search='"a mess"') == {"quoted"}
    assert ids(store, search='"quoted"') == {"quoted"}  # « » in the title
    assert ids(store, search="harvest") == {"plain"}
    assert ids(store, search="50%") == set()  # LIKE wildcards stay literal
    assert ids(store, search="drill_") == set()


def test_actor_filter_ignores_the_same_variants(store):
    assert ids(store, actors=("japan's defense ministry",)) == {"curly"}
    assert ids(store, actors=("FARMERS", "nobody")) == {"plain"}


def test_one_normalisation_function():
    sql = query.base.normalised("x")
    assert "strip_accents" in sql and "lower" in sql and "translate" in sql
    assert len(query.base._FOLD_FROM) == len(query.base._FOLD_TO)


RATES = pd.DataFrame(
    {
        "outlet": ["Big Post", "Seed Wire", "Mid Ledger"],
        "articles": [40, 1, 12],
        "words": [20000, 300, 6000],
        "hedges": [100, 14, 60],
        "boosters": [10, 0, 5],
        "hedges_per_1000": [5.0, 46.9, 10.0],
        "boosters_per_1000": [0.5, 0.0, 0.83],
        "baseline_per_1000": [6.8] * 3,
    }
)


def test_small_outlets_are_marked_and_ranked_below():
    fig = charts.hedge_rate_by_outlet(RATES, min_articles=5)
    order = list(fig.layout.yaxis.categoryarray)[::-1]  # top first
    assert order == ["Mid Ledger", "Big Post", "Seed Wire"]
    ticks = dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext, strict=True))
    assert "n=1, too few" in ticks["Seed Wire"]
    assert "n=40" in ticks["Big Post"] and "too few" not in ticks["Big Post"]
    hedges = next(t for t in fig.data if t.name == "Hedges")
    shapes = dict(zip(hedges.y, hedges.marker.pattern.shape, strict=True))
    assert shapes == {"Mid Ledger": "", "Big Post": "", "Seed Wire": "/"}
    assert any(
        "n = articles; hatched: fewer than 5 articles" in (t.name or "")
        for t in fig.data
    )
    unmarked = charts.hedge_rate_by_outlet(RATES, min_articles=0)
    assert list(unmarked.layout.yaxis.categoryarray)[-1] == "Seed Wire"  # top: 46.9
    assert not any("fewer than" in (t.name or "") for t in unmarked.data)


def test_small_actors_are_marked():
    df = pd.DataFrame({"actor": ["A", "B"], "sentences": [30, 2], "hedged": [6, 2],
                       "share": [0.2, 1.0], "baseline": [0.25, 0.25]})  # fmt: skip
    bar = charts.actor_hedging(df, min_sentences=10).data[0]
    assert list(bar.marker.pattern.shape) == ["", "/"]
    assert bar.text[1] == "100% of 2, too few" and bar.text[0] == "20% of 30"


def test_one_pluralisation():
    assert charts.plural(1, "sentence") == "1 sentence"
    assert charts.plural(2, "article") == "2 articles"
    assert charts.plural(1204, "copy") == "1,204 copies"
