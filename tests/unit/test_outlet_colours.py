"""Outlet colours: one per outlet, kept in the store in order of first appearance, so
filters, pages, a newly added outlet and the briefing never recolour an outlet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from presswatch import briefing as bf
from presswatch import charts, query
from presswatch.charts import briefing as briefing_charts
from presswatch.charts import palette
from presswatch.nlp import Analysis
from presswatch.records import Article, Filters
from presswatch.store import Store


def article(aid: str, outlet: str, day: int, words: int = 40) -> Article:
    text = " ".join(["word"] * words)
    return Article(aid, f"Title {aid}", outlet, date(2026, 3, day), "", "", text,
                   f"{aid}.txt", f"hash-{aid}", words)  # fmt: skip


def add(store: Store, *articles: Article) -> None:
    store.write(list(articles), [Analysis([], [], [], []) for _ in articles], "test")


def test_slots_follow_first_appearance_and_are_never_reassigned(tmp_path: Path):
    with Store(tmp_path / "s.duckdb") as store:
        add(store, article("z1", "Zenith Daily", 2), article("m1", "Meridian Post", 9))
        first = store.outlet_colours()
        assert first == {"Zenith Daily": 0, "Meridian Post": 1}
        # An outlet that sorts first by name and by date arrives later: it goes last.
        add(store, article("a1", "Aardvark Times", 1))
        assert store.outlet_colours() == {**first, "Aardvark Times": 2}
        store.remove(["z1"])  # an outlet that leaves keeps its slot for its return
        add(store, article("b1", "Birch Wire", 3))
        assert store.outlet_colours()["Birch Wire"] == 3
        add(store, article("z2", "Zenith Daily", 20))
        assert store.outlet_colours()["Zenith Daily"] == 0


def test_a_store_from_before_the_table_gets_slots_when_opened(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        add(store, article("q1", "Quay Courier", 5), article("v1", "Vale Gazette", 2))
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE outlet_colours")
    con.close()
    with Store(path, read_only=True) as store:  # cannot write: numbered the same way
        read_only = store.outlet_colours()
    with Store(path) as store:
        assert (
            store.outlet_colours()
            == read_only
            == {"Vale Gazette": 0, "Quay Courier": 1}
        )
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM outlet_colours").fetchone() == (2,)
    con.close()


def test_palette_uses_stored_slots_and_a_set_of_its_own():
    colours = palette.outlet_colours(["Late Wire", "Early Post"], {"Late Wire": 0})
    assert colours["Late Wire"] == palette.OUTLET_SEQUENCE[0]
    assert colours["Early Post"] == palette.OUTLET_SEQUENCE[1]
    assert colours[palette.OTHER] == palette.GREY
    others = {
        *palette.ACTOR_COLOURS.values(), *palette.SOURCE_KIND_COLOURS.values(),
        *palette.HEDGE_COLOURS.values(), *palette.ACTOR_LINE_SEQUENCE,
    }  # fmt: skip
    assert not set(palette.OUTLET_SEQUENCE) & others
    assert len(set(palette.OUTLET_SEQUENCE)) == len(palette.OUTLET_SEQUENCE)


def _bar_colours(fig) -> dict[str, str]:
    return {t.name: t.marker.color for t in fig.data}


def _tick_colours(fig, axis: str = "y") -> dict[str, str]:
    ax = fig.layout[f"{axis}axis"]
    return {
        v: t.split("color:")[1].split('"')[0]
        for v, t in zip(ax.tickvals, ax.ticktext, strict=True)
    }


def test_every_chart_and_filter_and_the_briefing_agree(tmp_path: Path):
    with Store(tmp_path / "s.duckdb") as store:
        add(store, article("t1", "Tide Post", 2), article("t2", "Tide Post", 10),
            article("l1", "Ledger", 3), article("l2", "Ledger", 11),
            article("c1", "Coast Wire", 4))  # fmt: skip
        colours = palette.outlet_colours((), query.base.outlet_slots(store))
        expected = {o: colours[o] for o in ("Tide Post", "Ledger", "Coast Wire")}
        assert len(set(expected.values())) == 3

        def over_time(f: Filters) -> dict[str, str]:
            rows = query.overview.articles_over_time(store, f, freq="week")
            return _bar_colours(charts.articles_over_time(rows, colours=colours))

        assert over_time(Filters()) == expected
        only = over_time(Filters(outlets=("Coast Wire",)))  # Coast Wire alone
        assert only == {"Coast Wire": expected["Coast Wire"]}
        pair = over_time(Filters(outlets=("Ledger", "Coast Wire")))
        assert pair == {o: expected[o] for o in ("Ledger", "Coast Wire")}
        rates = query.hedging.hedge_rate_by_outlet(store, Filters(), max_outlets=12)
        fig = charts.hedge_rate_by_outlet(rates, colours=colours)
        assert _tick_colours(fig) == expected

        add(store, article("a1", "Aardvark Times", 1))  # a new outlet, first by name
        after = palette.outlet_colours((), query.base.outlet_slots(store))
        assert {o: after[o] for o in expected} == expected
        assert over_time(Filters()) != {}  # still draws

        b = bf.build(store, bf.Week.of(date(2026, 3, 10)), "previous")
        for name in ("articles_by_outlet", "hedging_by_outlet"):
            ticks = _tick_colours(briefing_charts.CHARTS[name](b))
            assert ticks and all(after[o] == c for o, c in ticks.items()), ticks
