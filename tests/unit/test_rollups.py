"""The rollups answer exactly what the rows answer.

Every view that `query.base.buckets` can serve from the rollup tables is run twice for
many filter combinations, once from the rollups and once from the rows (the exact path),
on the parsed sample and again after each step of a sequence that changes rows: an
ingest, a re-ingest of an edited article, a removed file, an alias rename and a late
original that turns two stored articles into copies. The rollup tables themselves must
also equal a rebuild from the rows after every step.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from presswatch import data_path
from presswatch.query import actors, base, hedging, overview, sources
from presswatch.records import Filters
from presswatch.store import Store, rollups, sync

# (function, keyword arguments): every rollup-served view the pages call, with its options
VIEWS = [
    (base.scope, {}),
    (base.periods, {}),
    (overview.headline, {}),
    (overview.articles_over_time, {"freq": "week"}),
    (overview.articles_over_time, {"freq": "day", "max_outlets": 2}),
    (actors.top_actors, {"n": 15}),
    (actors.top_actors, {"n": 3}),
    (actors.actor_outlet_matrix, {"n": 6, "max_outlets": 3}),
    (sources.source_kind_mix, {}),
    (sources.top_sources, {"n": 20}),
    (sources.top_sources, {"n": 4}),
    (sources.source_kinds_by_outlet, {"max_outlets": 2}),
    (sources.source_kinds_by_outlet, {"sort": "unnamed_or_none"}),
    (sources.unnamed_share_over_time, {"freq": "week"}),
    (sources.reporting_verbs, {"n": 5, "max_outlets": 3}),
    (hedging.hedge_rate_by_outlet, {"max_outlets": 12}),
    (hedging.hedges_by_category, {}),
    (hedging.hedges_over_time, {"freq": "month"}),
    (hedging.top_cues, {"n": 8}),
    (hedging.top_cues, {"n": 8, "boosters": True}),
]
STORE_WIDE = [base.outlets, base.date_bounds, base.actor_names]


def filter_combinations(store: Store) -> list[Filters]:
    lo, hi = base.date_bounds(store)
    names = base.outlets(store)
    mid = lo + (hi - lo) / 2
    dates = [(None, None), (lo, mid), (mid + timedelta(days=1), hi)]
    picks = [(), tuple(names[:1]), tuple(names[1:4])]
    return [
        Filters(start=s, end=e, outlets=o, copies_once=c)
        for s, e in dates
        for o in picks
        for c in (False, True)
    ]


@pytest.fixture
def raw_rows(monkeypatch):
    """Run the views from the rows (as for a store without rollups)."""

    def use_rows(on: bool) -> None:
        if on:
            monkeypatch.setattr(base, "has_rollups", lambda store: False)
        else:
            monkeypatch.undo()

    return use_rows


def both_paths(store: Store, use_rows, read, filters: Filters, **kwargs):
    assert base.serves(store, filters), "the rollups should answer these filters"
    fast = read(store, filters, **kwargs)
    use_rows(True)
    try:
        assert not base.serves(store, filters)
        exact = read(store, filters, **kwargs)
    finally:
        use_rows(False)
    return fast, exact


def assert_same(fast, exact, where: str) -> None:
    if isinstance(exact, pd.DataFrame):
        pd.testing.assert_frame_equal(
            fast.reset_index(drop=True), exact.reset_index(drop=True), obj=where
        )
    else:
        assert fast == exact, where


def assert_views_exact(store: Store, use_rows) -> int:
    """Every view under every filter combination, both paths; returns how many
    comparisons had rows to compare (so a test sees it compared something)."""
    with store.snapshot():  # one read connection for all of them
        return _views_exact(store, use_rows)


def _views_exact(store: Store, use_rows) -> int:
    compared = 0
    for read in STORE_WIDE:
        fast = read(store)
        use_rows(True)
        try:
            exact = read(store)
        finally:
            use_rows(False)
        assert fast == exact, read.__name__
    names = base.actor_names(store, limit=4)
    views = [*VIEWS, (actors.actor_timeline, {"actors": names, "freq": "week"})]
    for filters in filter_combinations(store):
        for read, kwargs in views:
            fast, exact = both_paths(store, use_rows, read, filters, **kwargs)
            assert_same(fast, exact, f"{read.__name__}({filters}, {kwargs})")
            compared += bool(len(exact)) if isinstance(exact, pd.DataFrame) else 1
    return compared


def assert_rollups_match_rows(store: Store) -> None:
    """Each rollup table, summed per key, equals its recomputation from the rows."""
    for r in rollups.ROLLUPS:
        dims = ", ".join(f'"{c}"' for c in r.columns[: 3 + len(r.keys)])
        sums = ", ".join(f"sum({m}) AS {m}" for m in r.measures)
        kept = store.query(
            f"SELECT {dims}, {sums} FROM {r.table} GROUP BY ALL ORDER BY ALL"
        )
        fresh = store.query(
            f"""WITH rollup_a AS (
                    SELECT id, published, outlet, word_count,
                           coalesce(id IN {rollups.COPY_IDS}, FALSE) AS is_copy
                    FROM articles)
                SELECT {dims}, {sums} FROM ({r.rows_sql("rollup_a", {}, copy=True)})
                GROUP BY ALL ORDER BY ALL"""
        )
        pd.testing.assert_frame_equal(kept, fresh, obj=r.table)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, nlp) -> Path:
    path = tmp_path_factory.mktemp("rollups") / "sample.duckdb"
    sync.update([data_path("sample")], Store(path), nlp)
    return path


@pytest.fixture
def sample(sample_db, tmp_path) -> Store:
    """A fresh copy of the parsed sample for each test."""
    path = tmp_path / "sample.duckdb"
    shutil.copy(sample_db, path)
    return Store(path)


def test_sample_views_are_exact(sample, raw_rows):
    assert base.has_rollups(sample)
    assert_rollups_match_rows(sample)
    assert sample.query("SELECT count(*) AS n FROM copies").n[0] > 0  # wire copies
    assert assert_views_exact(sample, raw_rows) > 200


def test_filters_that_need_rows_take_the_exact_path(sample):
    assert base.serves(sample, Filters(copies_once=True, outlets=("x",)))
    for f in (Filters(actors=("Moldova",)), Filters(source_kinds=("official",)),
              Filters(search="drone")):  # fmt: skip
        assert not base.serves(sample, f)
        ctes, _ = base.buckets(sample, f, "ba")
        assert "rollup_" not in ctes and "fa AS" in ctes


def test_a_stale_rollup_is_caught(sample, raw_rows):
    """The comparison can fail: one hedge too many in one bucket shows."""
    with sample.writing() as con:
        con.execute(
            "UPDATE rollup_hedges SET hedges = hedges + 1 WHERE rowid = "
            "(SELECT min(rowid) FROM rollup_hedges WHERE category <> 'booster')"
        )
    with pytest.raises(AssertionError):
        assert_rollups_match_rows(sample)
    with pytest.raises(AssertionError):
        assert_views_exact(sample, raw_rows)


# -- a sequence of writes: every path that changes rows keeps the rollups right --------

WIRE = (
    "Officials in Kessel said on Monday that the grain corridor through the port of "
    "Varn would reopen next week after inspectors cleared the last of the damaged "
    "berths. The harbour authority reportedly expects forty ships to load before the "
    "end of the month, according to a statement from the Varn port office. Traders "
    "may still face delays because insurers have not yet lowered their premiums for "
    "the route, the Kessel Shipping Association said."
)


def article(outlet: str, day: date, title: str, text: str) -> str:
    return f"Title: {title}\nOutlet: {outlet}\nDate: {day}\n\n{text}\n"


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_every_write_path_keeps_the_rollups_exact(sample, raw_rows, nlp, tmp_path):
    feed = tmp_path / "feed"
    day = date(2026, 11, 20)
    # 1. an ingest: a wire story and its copy a day later in another outlet
    write(feed, "a.txt", article("Harbour Times", day, "Varn reopens", WIRE))
    write(
        feed,
        "b.txt",
        article(
            "Northern Ledger",
            day + timedelta(days=1),
            "Varn port to reopen",
            WIRE.replace("on Monday", "on Monday morning"),
        ),
    )
    write(
        feed,
        "c.txt",
        article(
            "Daily Meridian",
            day,
            "Kessel talks",
            "The Kessel foreign ministry said talks could possibly resume. "
            "Diplomats reportedly met in Varn.",
        ),
    )
    sync.update([feed], sample, nlp)
    copies = dict(sample.rows("SELECT article_id, original FROM copies"))
    ids = dict(sample.rows("SELECT path, id FROM articles"))
    a, b = ids[str(feed / "a.txt")], ids[str(feed / "b.txt")]
    assert copies.get(b) == a  # b is a copy of a
    assert_rollups_match_rows(sample)
    assert_views_exact(sample, raw_rows)

    # 2. re-ingest of an edited article (new text, same file and id)
    write(
        feed,
        "c.txt",
        article(
            "Daily Meridian",
            day + timedelta(days=2),
            "Kessel talks resume",
            "The Kessel foreign ministry confirmed that talks would clearly resume. "
            "Officials may meet again in Varn, the ministry said.",
        ),
    )
    before = sample.version()
    sync.update([feed], sample, nlp)
    assert sample.version() != before
    assert_rollups_match_rows(sample)
    assert_views_exact(sample, raw_rows)

    # 3. an alias rename: "Kessel" becomes another canonical name (no re-parse)
    aliases = tmp_path / "aliases.csv"
    shutil.copy(data_path("aliases.csv"), aliases)
    with aliases.open("a", encoding="utf-8") as f:
        f.write("Kessel,Republic of Kessel,GPE,test\n")
    sync.recanonicalise(sample, aliases)
    assert "Republic of Kessel" in base.actor_names(sample)
    assert_rollups_match_rows(sample)
    assert_views_exact(sample, raw_rows)

    # 4. a late original: an earlier story in another outlet turns a (the original
    # until now) into a copy of it
    late = tmp_path / "late"
    write(
        late,
        "z.txt",
        article(
            "Capital Wire",
            day - timedelta(days=3),
            "Varn corridor",
            WIRE.replace("on Monday", "on Friday"),
        ),
    )
    sync.update([late], sample, nlp)
    z = sample.rows("SELECT id FROM articles WHERE path = ?", [str(late / "z.txt")])
    copies = dict(sample.rows("SELECT article_id, original FROM copies"))
    assert copies.get(a) == z[0][0] and copies.get(b) == z[0][0]
    assert_rollups_match_rows(sample)
    assert_views_exact(sample, raw_rows)

    # 5. a deletion (Store.remove): the article goes, and its numbers with it
    c = ids[str(feed / "c.txt")]
    sample.remove([c, b])
    assert not sample.rows("SELECT id FROM articles WHERE id IN (?, ?)", [c, b])
    assert_rollups_match_rows(sample)
    assert_views_exact(sample, raw_rows)


def test_a_store_without_rollups_is_read_from_rows_then_built(sample, raw_rows):
    """A store written before the rollups: read-only readers use the rows; opening
    it for writing builds the rollups from them."""
    with sample.writing() as con:
        for table in rollups.TABLES:
            con.execute(f"DROP TABLE {table}")
        con.execute("DELETE FROM meta WHERE key = ?", [rollups.META_KEY])
    old = Store(sample.path, read_only=True)
    assert not base.has_rollups(old)
    exact = overview.headline(old, Filters(copies_once=True))
    assert exact.value.iloc[0] > 0
    reopened = Store(sample.path)  # open for writing: migrated
    assert base.has_rollups(reopened)
    pd.testing.assert_frame_equal(
        overview.headline(reopened, Filters(copies_once=True)), exact
    )
    assert_rollups_match_rows(reopened)


def test_removing_an_article_touches_its_bucket_only(sample):
    """A write replaces the rows of the buckets it touches; the others stay as they were."""
    [(gone, day, outlet)] = sample.rows(
        "SELECT id, published, outlet FROM articles WHERE published IS NOT NULL "
        "ORDER BY id LIMIT 1"
    )
    others = "SELECT * FROM rollup_actors WHERE day <> ? OR outlet <> ? ORDER BY ALL"
    before = sample.query(others, [day, outlet])
    [(n,)] = sample.rows(
        "SELECT sum(articles) FROM rollup_articles WHERE day = ? AND outlet = ?",
        [day, outlet],
    )
    sample.remove([gone])
    pd.testing.assert_frame_equal(sample.query(others, [day, outlet]), before)
    [(left,)] = sample.rows(
        "SELECT coalesce(sum(articles), 0) FROM rollup_articles "
        "WHERE day = ? AND outlet = ?",
        [day, outlet],
    )
    assert left == n - 1
    assert_rollups_match_rows(sample)
