"""aggregate's SQL against counts computed here, in pandas, from the stored tables.

The store holds generated records (no parsing): every actor type, source kind, hedge
category and booster, relayed attributions, undated articles and outlets of uneven size,
so each filter and each group-by has something to get wrong.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from presswatch import query
from presswatch.nlp import Analysis
from presswatch.records import (
    ACTOR_TYPES,
    BOOSTER,
    HEDGE_CATEGORIES,
    SOURCE_KINDS,
    Article,
    Attribution,
    Filters,
    Hedge,
    Mention,
    Sentence,
)
from presswatch.store import Store

OUTLETS = ["Alder Times", "Birch Post", "Cedar Wire", "Damson Daily"]
ACTORS = [
    (f"Actor {c}", ACTOR_TYPES[i % len(ACTOR_TYPES)]) for i, c in enumerate("ABCDEFGH")
]
CUES = {"may": "modal", "reportedly": "reporting", "suggest": "epistemic_verb",
        "possibly": "adverb", "likely": "adjective", "clearly": BOOSTER}  # fmt: skip
VERBS = ["say", "according to", "report", "confirm"]
START = date(2026, 1, 5)


def generated() -> tuple[list[Article], list[Analysis]]:
    rng = random.Random(7)
    articles, analyses = [], []
    for i in range(60):
        outlet = OUTLETS[min(rng.randrange(7), 3)]  # uneven outlet sizes
        published = None if i % 13 == 0 else START + timedelta(days=rng.randrange(70))
        n_sent = rng.randrange(2, 7)
        sentences, mentions, attributions, hedges = [], [], [], []
        pieces = []
        for s in range(n_sent):
            words = [rng.choice(["grain", "bridge", "talks", "port"]) for _ in range(6)]
            if i % 5 == 0 and s == 0:
                words.append("Kessel")
            sent_text = " ".join(words) + "."
            begin = sum(len(p) + 1 for p in pieces)
            pieces.append(sent_text)
            sentences.append(Sentence(s, begin, begin + len(sent_text)))
            for actor, kind in rng.sample(ACTORS, rng.randrange(0, 3)):
                mentions.append(Mention(begin, begin + 3, actor, kind, actor, s))
            if rng.random() < 0.5:
                source_kind = rng.choice(SOURCE_KINDS)
                named = source_kind not in ("unnamed", "none")
                actor = rng.choice(ACTORS)[0] if named else None
                relay = None
                if attributions and rng.random() < 0.4:
                    relay = attributions[-1].id
                attributions.append(
                    Attribution(
                        id=len(attributions),
                        cue_start=begin,
                        cue_end=begin + 3,
                        cue_text="said",
                        verb=rng.choice(VERBS),
                        source_start=None,
                        source_end=None,
                        source_text="officials" if source_kind == "unnamed" else actor,
                        actor=actor,
                        source_kind=source_kind,
                        content_start=None,
                        content_end=None,
                        cited_by=relay,
                        sent=s,
                    )  # fmt: skip
                )
            for cue in rng.sample(sorted(CUES), rng.randrange(0, 3)):
                hedges.append(Hedge(begin, begin + 3, cue.title(), CUES[cue], s))
        text = " ".join(pieces)
        articles.append(
            Article(
                id=f"a{i:02d}",
                title=f"Story {i}" + (" about Kessel" if i % 7 == 0 else ""),
                outlet=outlet,
                published=published,
                url="",
                author="",
                text=text,
                path=f"a{i}.txt",
                content_hash=f"h{i}",
                word_count=len(text.split()),
            )  # fmt: skip
        )
        analyses.append(Analysis(sentences, mentions, attributions, hedges))
    return articles, analyses


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = Store(tmp_path_factory.mktemp("agg") / "agg.duckdb")
    db.write(*generated(), fingerprint="test")
    yield db
    db.close()


@pytest.fixture(scope="module")
def tables(store):
    return {name: store.table(name) for name in ("articles", "sentences", "mentions",
                                                 "attributions", "hedges")}  # fmt: skip


def kept(tables, f: Filters) -> pd.DataFrame:
    """The articles a Filters keeps, decided in pandas."""
    a = tables["articles"]
    keep = pd.Series(True, index=a.index)
    published = pd.to_datetime(a.published)
    if f.start:
        keep &= published >= pd.Timestamp(f.start)
    if f.end:
        keep &= published <= pd.Timestamp(f.end)
    if f.outlets:
        keep &= a.outlet.isin(f.outlets)
    if f.actors:
        m = tables["mentions"]
        keep &= a.id.isin(m[m.actor.isin(f.actors)].article_id)
    if f.source_kinds:
        t = tables["attributions"]
        keep &= a.id.isin(t[t.source_kind.isin(f.source_kinds)].article_id)
    if f.search:
        needle = f.search.lower()
        keep &= a.title.str.lower().str.contains(
            needle, regex=False
        ) | a.text.str.lower().str.contains(needle, regex=False)
    return a[keep]


def rows(tables, name: str, f: Filters) -> pd.DataFrame:
    arts = kept(tables, f)
    df = tables[name]
    return df[df.article_id.isin(arts.id)].merge(
        arts[["id", "outlet", "published", "word_count"]],
        left_on="article_id",
        right_on="id",
        suffixes=("", "_article"),
    )


FILTERS = [
    Filters(),
    Filters(outlets=("Birch Post", "Damson Daily")),
    Filters(start=date(2026, 1, 20), end=date(2026, 2, 15)),
    Filters(actors=("Actor C",)),
    Filters(source_kinds=("unnamed",)),
    Filters(search="kessel"),
    Filters(
        start=date(2026, 2, 1), outlets=("Alder Times",), source_kinds=("media", "none")
    ),
]
IDS = ["all", "outlets", "dates", "actor", "source-kind", "search", "combined"]


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_scope(store, tables, f):
    arts = kept(tables, f)
    sc = query.base.scope(store, f)
    assert sc.articles == len(arts)
    assert sc.words == arts.word_count.sum()
    assert sc.sentences == len(rows(tables, "sentences", f))
    assert sc.outlets == tuple(sorted(arts.outlet.unique()))


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_top_actors(store, tables, f):
    m = rows(tables, "mentions", f)
    got = query.actors.top_actors(store, f, n=100)
    assert (
        dict(zip(got.actor, got.mentions, strict=True))
        == m.actor.value_counts().to_dict()
    )
    words = kept(tables, f).word_count.sum()
    for row in got.itertuples():
        assert row.per_1000 == pytest.approx(1000 * row.mentions / words, abs=0.01)


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_actor_outlet_matrix(store, tables, f):
    m = rows(tables, "mentions", f)
    got = query.actors.actor_outlet_matrix(store, f, n=100, max_outlets=10)
    expected = m.groupby(["actor", "outlet"]).size()
    for row in got.itertuples():
        assert row.mentions == expected.get((row.actor, row.outlet), 0)
    assert got.mentions.sum() == len(m)


@pytest.mark.parametrize("f", FILTERS[:4], ids=IDS[:4])
def test_actor_cooccurrence(store, tables, f):
    m = rows(tables, "mentions", f)[["article_id", "sent", "actor"]].drop_duplicates()
    pairs = m.merge(m, on=["article_id", "sent"])
    pairs = pairs[pairs.actor_x != pairs.actor_y].groupby(["actor_x", "actor_y"]).size()
    got = query.actors.actor_cooccurrence(store, f, n=100)
    for row in got.itertuples():
        assert row.sentences == pairs.get((row.actor_a, row.actor_b), 0)
    assert got.sentences.sum() == pairs.sum()


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_source_kinds(store, tables, f):
    t = rows(tables, "attributions", f)
    mix = query.sources.source_kind_mix(store, f)
    assert list(mix.source_kind) == list(SOURCE_KINDS)
    counts = t.source_kind.value_counts()
    assert dict(zip(mix.source_kind, mix.attributions, strict=True)) == {
        k: counts.get(k, 0) for k in SOURCE_KINDS
    }
    by_outlet = query.sources.source_kinds_by_outlet(store, f)
    expected = t.groupby(["outlet", "source_kind"]).size()
    for row in by_outlet.itertuples():
        assert row.attributions == expected.get((row.outlet, row.source_kind), 0)
    shares = by_outlet.groupby("outlet").share.sum()
    assert all(s == pytest.approx(1, abs=0.001) or s == 0 for s in shares)


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_attribution_chains(store, tables, f):
    t = rows(tables, "attributions", f)
    label = t.actor.fillna("").where(t.actor.notna(), None)
    t = t.assign(
        label=label.fillna(t.source_text).fillna(
            t.source_kind.map({"none": "(no source)"}).fillna("(unnamed source)")
        )
    )
    relayed = t[t.cited_by.notna()].merge(
        t, left_on=["article_id", "cited_by"], right_on=["article_id", "id"]
    )
    expected = relayed.groupby(["outlet_x", "label_y", "label_x"]).size()
    got = query.sources.attribution_chains(store, f, n=1000)
    assert got.claims.sum() == len(relayed)
    for row in got.itertuples():
        assert row.claims == expected[(row.outlet, row.relay, row.origin)]


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_hedge_rates_leave_boosters_out(store, tables, f):
    h = rows(tables, "hedges", f)
    arts = kept(tables, f)
    got = query.hedging.hedge_rate_by_outlet(store, f).set_index("outlet")
    for outlet, group in arts.groupby("outlet"):
        mine = h[h.outlet == outlet]
        assert got.loc[outlet, "hedges"] == (mine.category != BOOSTER).sum()
        assert got.loc[outlet, "boosters"] == (mine.category == BOOSTER).sum()
        assert got.loc[outlet, "words"] == group.word_count.sum()
    baseline = 1000 * (h.category != BOOSTER).sum() / arts.word_count.sum()
    assert got.baseline_per_1000.iloc[0] == pytest.approx(baseline, abs=0.01)


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_hedges_by_category_and_cues(store, tables, f):
    h = rows(tables, "hedges", f)
    cats = query.hedging.hedges_by_category(store, f)
    assert list(cats.category) == [*HEDGE_CATEGORIES, BOOSTER]
    counts = h.category.value_counts()
    assert dict(zip(cats.category, cats["count"], strict=True)) == {
        c: counts.get(c, 0) for c in cats.category
    }
    cues = query.hedging.top_cues(store, f, n=100)
    hedges = h[h.category != BOOSTER]
    assert dict(zip(cues.cue, cues["count"], strict=True)) == (
        hedges.text.str.lower().value_counts().to_dict()
    )
    boosters = query.hedging.top_cues(store, f, n=100, boosters=True)
    assert set(boosters.category) <= {BOOSTER}


@pytest.mark.parametrize("freq", ["week", "month"])
def test_hedges_over_time(store, tables, freq):
    f = Filters()
    h = rows(tables, "hedges", f).dropna(subset=["published"])
    got = query.hedging.hedges_over_time(store, f, freq=freq)
    assert got.hedges.sum() == (h.category != BOOSTER).sum()
    assert got.boosters.sum() == (h.category == BOOSTER).sum()
    first = pd.to_datetime(got.period).min()
    assert first.weekday() == 0 if freq == "week" else first.day == 1


@pytest.mark.parametrize("f", FILTERS, ids=IDS)
def test_claims_crosstab(store, tables, f):
    s = rows(tables, "sentences", f)[["article_id", "sent"]]
    t = rows(tables, "attributions", f).sort_values("cue_start")
    first_kind = t.groupby(["article_id", "sent"]).source_kind.first()
    h = rows(tables, "hedges", f)
    hedged = set(map(tuple, h[h.category != BOOSTER][["article_id", "sent"]].values))
    kinds = [first_kind.get((a, n), "unattributed") for a, n in s.values]
    is_hedged = [(a, n) in hedged for a, n in s.values]
    expected = pd.DataFrame({"kind": kinds, "hedged": is_hedged})
    got = query.hedging.claims_crosstab(store, f).set_index("source_kind")
    for kind, row in got.iterrows():
        mine = expected[expected.kind == kind]
        assert row.hedged == mine.hedged.sum()
        assert row.unhedged == (~mine.hedged).sum()
    assert got.sentences.sum() == len(s)


def test_actor_hedging_against_all_sentences(store, tables):
    f = Filters()
    got = query.hedging.actor_hedging(store, f, actors=["Actor A", "Actor B"])
    m = rows(tables, "mentions", f)
    h = rows(tables, "hedges", f)
    hedged = set(map(tuple, h[h.category != BOOSTER][["article_id", "sent"]].values))
    for row in got.itertuples():
        sents = set(map(tuple, m[m.actor == row.actor][["article_id", "sent"]].values))
        assert row.sentences == len(sents)
        assert row.hedged == len(sents & hedged)
    assert got.baseline.iloc[0] == pytest.approx(
        len(hedged) / len(tables["sentences"]), abs=1e-4
    )


def test_headline_compares_with_the_period_before(store, tables):
    f = Filters(start=date(2026, 2, 1), end=date(2026, 2, 14))
    before = Filters(start=date(2026, 1, 18), end=date(2026, 1, 31))
    got = query.overview.headline(store, f).set_index("metric")
    assert got.loc["Articles", "value"] == len(kept(tables, f))
    assert got.loc["Articles", "previous"] == len(kept(tables, before))
    assert got.loc["Attributions", "previous"] == len(
        rows(tables, "attributions", before)
    )


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ({"actor": "Actor C"}, lambda m, t, h: set(map(tuple, m[m.actor == "Actor C"][["article_id", "sent"]].values))),
        ({"source_kind": "media"}, lambda m, t, h: set(map(tuple, t[t.source_kind == "media"][["article_id", "sent"]].values))),
        ({"cue": "may"}, lambda m, t, h: set(map(tuple, h[h.text == "May"][["article_id", "sent"]].values))),
        ({"category": BOOSTER}, lambda m, t, h: set(map(tuple, h[h.category == BOOSTER][["article_id", "sent"]].values))),
    ],
    ids=["actor", "source-kind", "cue", "booster"],
)  # fmt: skip
def test_evidence_returns_exactly_the_sentences_behind_an_element(
    store, tables, selector, expected
):
    f = Filters()
    got = query.evidence.sentences(store, f, limit=10_000, **selector)
    want = expected(tables["mentions"], tables["attributions"], tables["hedges"])
    assert set(zip(got.article_id, got.sent, strict=True)) == want
    assert (got.total == len(want)).all()


def test_evidence_of_bare_assertions(store, tables):
    got = query.evidence.sentences(store, Filters(), source_kind="unattributed", hedged=False,
                             limit=10_000)  # fmt: skip
    t, h = tables["attributions"], tables["hedges"]
    attributed = set(zip(t.article_id, t.sent, strict=True))
    hedged = set(zip(h[h.category != BOOSTER].article_id, h[h.category != BOOSTER].sent,
                     strict=True))  # fmt: skip
    everything = set(
        zip(tables["sentences"].article_id, tables["sentences"].sent, strict=True)
    )
    assert (
        set(zip(got.article_id, got.sent, strict=True))
        == everything - attributed - hedged
    )


def test_evidence_without_a_sentence_condition_gives_each_articles_lead(store, tables):
    f = Filters(outlets=("Cedar Wire",))
    got = query.evidence.sentences(store, f, outlet="Cedar Wire", limit=10_000)
    assert sorted(got.article_id) == sorted(kept(tables, f).id)
    assert (got.sent == 0).all()


def test_evidence_for_the_briefing_kinds_actor_and_order(store, tables):
    t = tables["attributions"]
    kinds = ("unnamed", "none")
    got = query.evidence.sentences(store, Filters(), source_kind=list(kinds),
                                   oldest_first=True, limit=10_000)  # fmt: skip
    want = t[t.source_kind.isin(kinds)]
    assert set(zip(got.article_id, got.sent, strict=True)) == set(
        zip(want.article_id, want.sent, strict=True)
    )
    published = pd.to_datetime(got.published).dropna()
    assert published.is_monotonic_increasing
    named = t[t.actor.notna() & (t.actor != "")]
    actor = named.actor.mode()[0]
    by_actor = query.evidence.sentences(store, Filters(), source_actor=actor,
                                        limit=10_000)  # fmt: skip
    mine = named[named.actor == actor]
    assert set(zip(by_actor.article_id, by_actor.sent, strict=True)) == set(
        zip(mine.article_id, mine.sent, strict=True)
    )


@pytest.mark.parametrize(
    ("start", "end", "times", "expected"),
    [
        (date(2026, 11, 9), date(2026, 11, 15), 1, (date(2026, 11, 2), date(2026, 11, 8))),
        (date(2026, 11, 9), date(2026, 11, 15), 4, (date(2026, 10, 12), date(2026, 11, 8))),
        (date(2026, 3, 1), date(2026, 3, 1), 1, (date(2026, 2, 28), date(2026, 2, 28))),
    ],
)  # fmt: skip
def test_one_period_comparison(start, end, times, expected):
    assert query.base.preceding(start, end, times) == expected


def test_source_labels_merge_case_and_never_show_a_bare_pronoun_or_symbol():
    import duckdb

    from presswatch.query import base

    con = duckdb.connect()
    con.execute(
        "CREATE TABLE t (actor VARCHAR, source_text VARCHAR, source_kind VARCHAR)"
    )
    rows = [
        (None, "They", "unnamed"), (None, "he", "unnamed"), (None, ">", "organisation"),
        (None, "Officials", "unnamed"), (None, "officials", "unnamed"),
        (None, "U.S. officials", "unnamed"), ("Ola Brekke", "Brekke", "person"),
        (None, "Песков", "person"), (None, "", "none"),
    ]  # fmt: skip
    con.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    labels = [
        r[0] for r in con.execute(f"SELECT {base.source_label('t')} FROM t").fetchall()
    ]
    assert labels == [
        base.UNRESOLVED, base.UNRESOLVED, "(unnamed source)", "officials", "officials",
        "U.S. officials", "Ola Brekke", "Песков", "(no source)",
    ]  # fmt: skip
