"""The weekly briefing's numbers and sentences, checked against plain pandas over the tables.

The store is built from invented articles written here (no parsing): two outlets over
ISO weeks 2026-W42…W46, with a known rise in hedging, a rising actor and a new source.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from presswatch import briefing as bf
from presswatch.charts import briefing as briefing_charts
from presswatch.nlp import Analysis
from presswatch.records import Article, Attribution, Filters, Hedge, Mention, Sentence
from presswatch.store import Store
from presswatch.vocab import plural

HT, NL = "The Harbour Times", "Northern Ledger"
W45, W46 = bf.Week(2026, 45), bf.Week(2026, 46)


@dataclass
class Doc:
    """An invented article: one sentence per claim, and the records to store for it."""

    id: str
    outlet: str
    published: date | None
    words: int
    sentences: list[str]
    mentions: list[tuple[int, str, str]] = field(
        default_factory=list
    )  # sent, actor, type
    hedges: list[tuple[int, str, str]] = field(
        default_factory=list
    )  # sent, cue, category
    claims: list[tuple[int, str | None, str]] = field(
        default_factory=list
    )  # sent, actor, kind


def _analysis(doc: Doc) -> tuple[Article, Analysis]:
    text, starts = "", []
    for s in doc.sentences:
        starts.append(len(text))
        text += s + " "
    sents = [
        Sentence(i, st, st + len(s))
        for i, (st, s) in enumerate(zip(starts, doc.sentences, strict=True))
    ]
    mentions = [
        Mention(starts[i], starts[i] + len(a), a, t, a, i) for i, a, t in doc.mentions
    ]
    hedges = [
        Hedge(starts[i], starts[i] + len(c), c, cat, i) for i, c, cat in doc.hedges
    ]
    claims = [
        Attribution(
            n,
            starts[i],
            starts[i] + 4,
            "said",
            "say",
            None,
            None,
            actor,
            actor,
            kind,
            None,
            None,
            None,
            i,
        )
        for n, (i, actor, kind) in enumerate(doc.claims)
    ]
    article = Article(
        doc.id,
        f"Title {doc.id}",
        doc.outlet,
        doc.published,
        "",
        "",
        text.strip(),
        f"{doc.id}.txt",
        f"hash-{doc.id}",
        doc.words,
    )
    return article, Analysis(sents, mentions, claims, hedges)


def _filler(n: int) -> list[str]:
    return [f"Filler sentence {i} about the harbour." for i in range(n)]


def corpus() -> list[Doc]:
    """W42: the ministry is first cited. W45 vs W46: Harbour Times hedges far more,
    Lysenko rises, Russia falls, the Danube Monitoring Group is cited for the first
    time (all with |z| >= 3; Ukraine moves too little to be stated)."""
    docs = [
        Doc(
            "w42-ht",
            HT,
            date(2026, 10, 14),
            500,
            _filler(3),
            mentions=[(0, "Ukraine", "GPE")],
            hedges=[(1, "may", "modal")],
            claims=[(2, "Ministry of Defence", "government")],
        ),
        Doc("undated", HT, None, 300, _filler(2), hedges=[(0, "may", "modal")]),
    ]
    # W45: HT 2 × 500 words, 4 hedges (4.0 per 1,000); NL 400 words, 2 hedges (5.0)
    for k, day in enumerate((date(2026, 11, 3), date(2026, 11, 5))):
        docs.append(
            Doc(
                f"w45-ht{k}",
                HT,
                day,
                500,
                _filler(4),
                mentions=[
                    (0, "Ukraine", "GPE"),
                    (1, "Ukraine", "GPE"),
                    (1, "Ukraine", "GPE"),
                    (2, "Russia", "GPE"),
                    (3, "Russia", "GPE"),
                ],
                hedges=[
                    (0, "may", "modal"),
                    (1, "reportedly", "adverb"),
                    (2, "confirmed", "booster"),
                ],
                claims=[(0, "Ministry of Defence", "government"), (1, None, "unnamed")],
            )
        )
    docs.append(
        Doc(
            "w45-nl",
            NL,
            date(2026, 11, 6),
            400,
            _filler(3),
            mentions=[(i % 3, "Russia", "GPE") for i in range(16)],
            hedges=[(0, "might", "modal"), (1, "suggests", "epistemic_verb")],
            claims=[
                (0, "Ministry of Defence", "government"),
                (1, "Olena Lysenko", "person"),
                (2, None, "none"),
            ],
        )
    )
    # W46: HT 2 × 500 words, 24 hedges (24.0); NL 400 words, 2 hedges (5.0)
    for k, day in enumerate((date(2026, 11, 10), date(2026, 11, 12))):
        docs.append(
            Doc(
                f"w46-ht{k}",
                HT,
                day,
                500,
                _filler(5),
                mentions=[
                    (0, "Ukraine", "GPE"),
                    (1, "Russia", "GPE"),
                    (2, "Olena Lysenko", "PERSON"),
                    (3, "Olena Lysenko", "PERSON"),
                    (4, "Olena Lysenko", "PERSON"),
                ],
                hedges=[
                    *[(i % 5, "may", "modal") for i in range(7)],
                    (1, "could", "modal"),
                    (2, "reportedly", "adverb"),
                    (3, "appears", "epistemic_verb"),
                    (4, "possibly", "adverb"),
                    (4, "likely", "adverb"),
                    (4, "clearly", "booster"),
                ],
                claims=[
                    (0, "Danube Monitoring Group", "organisation"),
                    (1, None, "unnamed"),
                    (2, None, "unnamed"),
                    (3, "Ministry of Defence", "government"),
                ],
            )
        )
    docs.append(
        Doc(
            "w46-nl",
            NL,
            date(2026, 11, 15),
            400,
            _filler(4),
            mentions=[
                (0, "Ukraine", "GPE"),
                (1, "Russia", "GPE"),
                (2, "Olena Lysenko", "PERSON"),
                (3, "Olena Lysenko", "PERSON"),
            ],
            hedges=[(0, "might", "modal"), (1, "suggests", "epistemic_verb")],
            claims=[
                (0, "Danube Monitoring Group", "organisation"),
                (1, None, "none"),
                (2, "Olena Lysenko", "person"),
                (3, "<script>alert(1)</script>", "person"),
            ],
        )
    )
    return docs


def make_store(
    path: Path, docs: list[Doc] | None = None, corpus_name: str | None = None
) -> Store:
    store = Store(path)
    pairs = [_analysis(d) for d in (corpus() if docs is None else docs)]
    store.write([a for a, _ in pairs], [x for _, x in pairs], "test")
    store.set_meta("corpus", corpus_name or "invented test corpus")
    return store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = make_store(tmp_path / "briefing.duckdb")
    yield s
    s.close()


# -- independent computations: plain pandas over the tables ------------------------


def _articles(store: Store, outlets: tuple[str, ...] = ()) -> pd.DataFrame:
    a = store.table("articles").dropna(subset=["published"])
    a["week"] = [str(bf.Week.of(pd.Timestamp(d).date())) for d in a.published]
    return a[a.outlet.isin(outlets)] if outlets else a


def _weeks(compare: str) -> list[str]:
    return (
        ["2026-W45"]
        if compare == "previous"
        else [f"2026-W{w}" for w in (42, 43, 44, 45)]
    )


def expected_hedging(store: Store, weeks: list[str], outlets=()) -> pd.DataFrame:
    """hedges and words per outlet in `weeks`, by pandas."""
    a = _articles(store, outlets)
    a = a[a.week.isin(weeks)]
    h = store.table("hedges")
    h = h[(h.category != "booster") & h.article_id.isin(a.id)]
    hedges = (
        h.merge(a[["id", "outlet"]], left_on="article_id", right_on="id")
        .groupby("outlet")
        .size()
    )
    words = a.groupby("outlet").word_count.sum()
    return pd.DataFrame({"hedges": hedges, "words": words}).fillna(0)


def expected_shares(store: Store, weeks: list[str], outlets=()) -> pd.Series:
    a = _articles(store, outlets)
    m = store.table("mentions")
    m = m[m.article_id.isin(a[a.week.isin(weeks)].id)]
    return 100 * m.groupby("actor").size() / len(m)


@pytest.mark.parametrize("compare", ["previous", "4w"])
@pytest.mark.parametrize("outlets", [(), (HT,), (NL,)])
def test_hedging_rates_equal_pandas(store, compare, outlets):
    b = bf.build(store, W46, compare, Filters(outlets=outlets))
    week = expected_hedging(store, ["2026-W46"], outlets)
    cmp = expected_hedging(store, _weeks(compare), outlets)
    got = b.hedging_by_outlet.set_index("outlet")
    assert sorted(got.index) == sorted(set(week.index) | set(cmp.index))
    for outlet in week.index:
        assert got.loc[outlet, "hedges_week"] == week.loc[outlet, "hedges"]
        assert got.loc[outlet, "rate_week"] == pytest.approx(
            1000 * week.loc[outlet, "hedges"] / week.loc[outlet, "words"]
        )
        assert got.loc[outlet, "rate_comparison"] == pytest.approx(
            1000 * cmp.loc[outlet, "hedges"] / cmp.loc[outlet, "words"]
        )
    head = b.headline.set_index("metric")
    assert head.loc["hedging_rate", "week"] == pytest.approx(
        1000 * week.hedges.sum() / week.words.sum()
    )
    assert head.loc["hedging_rate", "comparison"] == pytest.approx(
        1000 * cmp.hedges.sum() / cmp.words.sum()
    )


@pytest.mark.parametrize("compare", ["previous", "4w"])
@pytest.mark.parametrize("outlets", [(), (HT,), (NL,)])
def test_headline_counts_equal_pandas(store, compare, outlets):
    b = bf.build(store, W46, compare, Filters(outlets=outlets))
    a = _articles(store, outlets)
    n_weeks = len(_weeks(compare))
    cmp = a[a.week.isin(_weeks(compare))]
    head = b.headline.set_index("metric")
    assert head.loc["articles", "week"] == (a.week == "2026-W46").sum()
    assert head.loc["articles", "comparison"] == pytest.approx(len(cmp) / n_weeks)
    assert head.loc["outlets", "comparison"] == pytest.approx(
        cmp.groupby("week").outlet.nunique().sum() / n_weeks
    )
    claims = store.table("attributions").merge(
        a[["id", "week"]], left_on="article_id", right_on="id"
    )
    week_claims = claims[claims.week == "2026-W46"]
    unnamed = week_claims.source_kind.isin(["unnamed", "none"]).mean() * 100
    assert head.loc["unnamed_share", "week"] == pytest.approx(unnamed)
    assert head.loc["unnamed_share", "n"] == len(week_claims)


@pytest.mark.parametrize("compare", ["previous", "4w"])
def test_actor_shares_equal_pandas(store, compare):
    b = bf.build(store, W46, compare)
    week = expected_shares(store, ["2026-W46"])
    cmp = expected_shares(store, _weeks(compare))
    got = b.actor_shares.set_index("actor")
    for actor in week.index:
        assert got.loc[actor, "share_week"] == pytest.approx(week[actor])
        assert got.loc[actor, "change_points"] == pytest.approx(
            week[actor] - cmp.get(actor, 0.0)
        )
    assert got.loc["Olena Lysenko", "type"] == "PERSON"


@pytest.mark.parametrize(
    ("outlets", "new"),
    [
        ((), {"Danube Monitoring Group": 3, "<script>alert(1)</script>": 1}),
        ((HT,), {"Danube Monitoring Group": 2}),
        # Lysenko was cited by the Ledger in W45 but never by the Harbour Times before
        ((NL,), {"Danube Monitoring Group": 1, "<script>alert(1)</script>": 1}),
    ],
)
def test_new_sources(store, outlets, new):
    b = bf.build(store, W46, "previous", Filters(outlets=outlets))
    assert dict(zip(b.new_sources.source, b.new_sources.claims, strict=True)) == new


def test_new_sources_per_outlet_first_citation(store):
    b = bf.build(store, W46, "previous", Filters(outlets=(HT,)))
    # Lysenko is not a source of the Harbour Times at all, the ministry was cited in W42
    assert "Ministry of Defence" not in set(b.new_sources.source)


def test_what_changed_sentences(store):
    b = bf.build(store, W46, "previous")
    kinds = {(c.kind, c.subject) for c in b.changes}
    assert kinds == {
        ("hedging", HT),
        ("actor", "Olena Lysenko"),
        ("actor", "Russia"),
        ("new_source", "Danube Monitoring Group"),
    }  # not the unnamed share: 7 claims in W45 are below min_claims
    week = expected_hedging(store, ["2026-W46"]).loc[HT]
    cmp = expected_hedging(store, ["2026-W45"]).loc[HT]
    before, after = 1000 * cmp.hedges / cmp.words, 1000 * week.hedges / week.words
    hedging = next(c for c in b.changes if c.kind == "hedging")
    assert (hedging.before, hedging.after, hedging.n) == (before, after, week.hedges)
    pct = round(100 * (after - before) / before)
    assert hedging.sentence == (
        f"Hedging in {HT} rose from {before:.1f} to {after:.1f} per 1,000 words (+{pct}%), "
        f"the largest rise of any outlet (n = {int(week.hedges)} hedges in "
        f"{int(week.words):,} words this week)."
    )
    shares = expected_shares(store, ["2026-W46"]) - expected_shares(
        store, ["2026-W45"]
    ).reindex(expected_shares(store, ["2026-W46"]).index, fill_value=0)
    rise = next(c for c in b.changes if c.subject == "Olena Lysenko")
    assert rise.after - rise.before == pytest.approx(shares["Olena Lysenko"])
    assert "the largest rise of any actor" in rise.sentence
    assert f"n = {rise.n} mentions" in rise.sentence and rise.n == 8
    fall = next(c for c in b.changes if c.subject == "Russia")
    assert "fell" in fall.sentence and "the largest fall of any actor" in fall.sentence
    for change in b.changes:
        assert re.search(r"\(n = [\d,]+|; n = [\d,]+", change.sentence), change.sentence


@pytest.mark.parametrize(
    ("min_z", "subjects"),
    [
        (3.0, {HT, "Olena Lysenko", "Russia", "Danube Monitoring Group"}),
        (4.0, {"Olena Lysenko", "Danube Monitoring Group"}),  # HT 3.8, Russia -3.4
        (5.0, {"Danube Monitoring Group"}),  # a first citation has no test
    ],
)
def test_changes_need_a_clear_z(store, min_z, subjects):
    b = bf.build(store, W46, "previous", thresholds=bf.Thresholds(min_z=min_z))
    assert {c.subject for c in b.changes} == subjects


@pytest.mark.parametrize(
    ("args", "z"),
    [
        ((19, 149, 0, 150), 4.51),  # a new actor: 19 of 149 mentions, none before
        ((31, 526, 3, 526), 4.88),  # hedges per word
        ((10, 100, 10, 100), 0.0),
        ((3, 14, 6, 26), -0.12),
    ],
)
def test_z_proportions(args, z):
    assert bf.z_proportions(*args) == pytest.approx(z, abs=0.01)


def test_z_degenerate_cases():
    assert math.isnan(bf.z_proportions(1, 0, 1, 10))
    assert bf.z_proportions(0, 10, 0, 10) == 0.0
    assert bf.z_counts(6, 4, 1) == pytest.approx(2 / math.sqrt(10))
    assert bf.z_counts(0, 0, 4) == 0.0


def test_thresholds_silence_small_changes(store):
    strict = bf.Thresholds(
        min_hedges=50, min_mentions=50, min_citations=10, min_claims=100
    )
    assert bf.build(store, W46, "previous", thresholds=strict).changes == []


def test_single_outlet_has_no_other_outlets(store):
    b = bf.build(store, W46, "previous", Filters(outlets=(NL,)))
    assert b.outlets == [NL]
    assert b.hedging_by_outlet.outlet.tolist() == [NL]
    assert all(c.subject != HT for c in b.changes)
    assert NL in b.caption("hedging_by_outlet") and HT not in b.caption(
        "hedging_by_outlet"
    )


@pytest.mark.parametrize("week", [bf.Week(2026, 44), bf.Week(2027, 1)])
def test_empty_week(store, week):
    b = bf.build(store, week, "previous")
    assert b.empty and b.changes == []
    assert b.hedging_by_outlet.articles_week.sum() == 0
    assert len(briefing_charts.figures(b)) == len(briefing_charts.CHARTS)


def test_empty_store(tmp_path):
    with make_store(tmp_path / "empty.duckdb", docs=[]) as s:
        assert bf.default_week(s) is None
        b = bf.build(s, W46, "4w")
        assert b.empty and b.new_sources.empty and b.actor_shares.empty


@pytest.mark.parametrize(
    ("today", "week"),
    [
        (date(2026, 11, 25), "2026-W46"),  # W46 ended on the 15th
        (date(2026, 11, 15), "2026-W45"),  # W46 still running on its Sunday
        (
            date(2026, 1, 1),
            "2026-W46",
        ),  # nothing complete yet: the latest week with data
    ],
)
def test_default_week_is_last_complete(store, today, week):
    assert str(bf.default_week(store, today=today)) == week


@pytest.mark.parametrize(
    ("meta", "folder", "name"),
    [
        ("Weekly monitor", "data/sample", "Weekly monitor"),
        (None, "/srv/app/data/sample", bf.SAMPLE_CORPUS),
        (None, "uploads", "named"),
    ],
)
def test_corpus_name(tmp_path, meta, folder, name):
    with Store(tmp_path / "named.duckdb") as s:
        article, analysis = _analysis(corpus()[0])
        article = dataclasses.replace(article, path=f"{folder}/a.txt")
        s.write([article], [analysis], "test")
        if meta:
            s.set_meta("corpus", meta)
        assert bf.corpus_name(s) == name


@pytest.mark.parametrize(
    ("text", "week"),
    [
        ("2026-W46", bf.Week(2026, 46)),
        ("2026w7", bf.Week(2026, 7)),
        (" 2020-W53 ", bf.Week(2020, 53)),
    ],
)
def test_parse_week(text, week):
    assert bf.Week.parse(text) == week


@pytest.mark.parametrize(
    "text", ["2026-46", "W46", "2026-W54", "2026-W00", "2025-W53", ""]
)
def test_parse_week_rejects(text):
    with pytest.raises(bf.BriefingError):
        bf.Week.parse(text)


def test_week_dates():
    assert (W46.start, W46.end) == (date(2026, 11, 9), date(2026, 11, 15))
    assert str(bf.Week(2027, 1).shift(-1)) == "2026-W53"
    assert bf.date_range_label(W46.start, W46.end) == "9–15 Nov 2026"


def test_captions_carry_n_dates_outlets_filters_corpus(store):
    b = bf.build(store, W46, "4w", Filters(actors=("Olena Lysenko",)))
    for name, fig in briefing_charts.figures(b).items():
        caption = b.caption(name)
        assert caption.startswith("n = ")
        for part in (
            "9–15 Nov 2026",
            "12 Oct – 8 Nov 2026",
            "actors: Olena Lysenko",
            "corpus: invented test corpus",
            HT,
        ):
            assert part in caption, (name, part)
        assert fig.layout.width and fig.layout.height
        assert "n = " in fig.layout.title.subtitle.text


def test_evidence_sentences(store):
    b = bf.build(store, W46, "previous")
    hedging = next(c for c in b.changes if c.kind == "hedging")
    ev = bf.evidence(store, b, hedging)
    # every HT W46 sentence holds a hedge (boosters alone would not count)
    assert len(ev) == 10 and set(ev.outlet) == {HT}
    source = next(c for c in b.changes if c.kind == "new_source")
    assert len(bf.evidence(store, b, source)) == 3


def test_chart_numbers_equal_tables(store):
    b = bf.build(store, W46, "previous")
    fig = briefing_charts.figures(b)["hedging_by_outlet"]
    week = next(t for t in fig.data if t.name.startswith("2026-W46"))
    rates = dict(zip(week.y, week.x, strict=True))
    assert rates[HT] == pytest.approx(24.0) and rates[NL] == pytest.approx(5.0)
    assert not any(math.isnan(x) for x in rates.values())


# -- the bundled sample: the briefing finds exactly the changes data/README.md documents


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, nlp):
    from presswatch import data_path
    from presswatch.store import sync

    store = Store(tmp_path_factory.mktemp("sample") / "sample.duckdb")
    sync.update([data_path("sample")], store, nlp)
    yield store
    store.close()


KNOWN_W46_CHANGES = {  # data/README.md, "Known changes in week 2026-W46"
    ("hedging", "Northern Ledger"),
    ("actor", "Moldova"),
    ("new_source", "Danube Monitoring Group"),
}
# Its "the group" lines are mentions of the Danube Monitoring Group (5 in W46): against
# the four weeks before it also rises as an actor, against W45 alone it falls short of
# the significance test (data/README.md).
KNOWN_W46_EXTRA = {"previous": set(), "4w": {("actor", "Danube Monitoring Group")}}


@pytest.mark.parametrize("compare", ["previous", "4w"])
def test_sample_briefing_finds_exactly_the_documented_changes(sample_store, compare):
    week = bf.default_week(sample_store, today=date(2026, 11, 25))
    assert str(week) == "2026-W46"
    assert bf.corpus_name(sample_store) == bf.SAMPLE_CORPUS
    b = bf.build(sample_store, week, compare)
    expected = KNOWN_W46_CHANGES | KNOWN_W46_EXTRA[compare]
    assert {(c.kind, c.subject) for c in b.changes} == expected
    rises: dict[str, bf.Change] = {}
    for c in b.changes:  # the largest change of each kind comes first
        rises.setdefault(c.kind, c)
    weeks = _weeks(compare)
    # each stated number, recomputed with pandas from the stored tables
    now = expected_hedging(sample_store, ["2026-W46"]).loc["Northern Ledger"]
    before = expected_hedging(sample_store, weeks).loc["Northern Ledger"]
    hedging = rises["hedging"]
    assert hedging.n == now.hedges and hedging.after == pytest.approx(
        1000 * now.hedges / now.words
    )
    assert hedging.before == pytest.approx(1000 * before.hedges / before.words)
    assert hedging.after > 4 * hedging.before
    assert "the largest rise of any outlet" in hedging.sentence
    shares = expected_shares(sample_store, ["2026-W46"])
    actor = rises["actor"]
    assert actor.before == 0 and actor.after == pytest.approx(shares["Moldova"])
    assert "the largest rise of any actor" in actor.sentence
    a = _articles(sample_store)
    m = sample_store.table("mentions")
    assert (
        actor.n
        == (
            (m.actor == "Moldova") & m.article_id.isin(a[a.week == "2026-W46"].id)
        ).sum()
    )
    source = rises["new_source"]
    t = sample_store.table("attributions").merge(
        a[["id", "week", "outlet"]], left_on="article_id", right_on="id"
    )
    cited = t[t.actor == "Danube Monitoring Group"]
    assert set(cited.week) == {"2026-W46"}
    assert (
        source.n == len(cited)
        and f"in {cited.outlet.nunique()} outlets" in source.sentence
    )
    # the sentences it names are the sentences behind it, one row each
    shown = bf.evidence(sample_store, b, source)
    assert f"in {plural(len(shown), 'sentence')} in" in source.sentence
    assert len(shown) == len(cited[["article_id", "sent"]].drop_duplicates())


def test_outlet_charts_show_the_top_outlets_only(tmp_path):
    docs = [
        Doc(f"o{i}", f"Outlet {i:02d}", date(2026, 11, 10), 300, _filler(2), hedges=[])
        for i in range(20)
    ]
    docs += [Doc("o0b", "Outlet 00", date(2026, 11, 11), 300, _filler(1))]
    with make_store(tmp_path / "many.duckdb", docs) as s:
        b = bf.build(s, W46, "previous")
        figures = briefing_charts.figures(b)
        for name in ("hedging_by_outlet", "articles_by_outlet"):
            fig = figures[name]
            assert len(fig.data[1].y) == briefing_charts.TOP_OUTLETS
            assert "(top 15 of 20)" in fig.layout.title.text
            assert "Outlet 00" in fig.data[1].y  # the one with two articles
        assert len(b.hedging_by_outlet) == len(b.articles_by_outlet) == 20
        assert "20 outlets" in b.caption("articles_by_outlet")


def test_no_comparison_data_states_no_change(tmp_path):
    """A first week of data: nothing 'rose from 0' (only first citations are news)."""
    with make_store(tmp_path / "first.duckdb", corpus()[-3:]) as s:  # W46 only
        b = bf.build(s, W46, "previous")
        assert b.articles == 3
        assert {c.kind for c in b.changes} == {"new_source"}
        head = b.headline.set_index("metric")
        assert math.isnan(head.loc["actor_rise", "week"])
        assert math.isnan(head.loc["hedging_rate", "comparison"])
        assert b.actor_shares.share_comparison.isna().all()


def test_week_choices_run_from_the_first_week_with_data_to_the_last(store):
    weeks = bf.weeks_with_data(store)
    choices = bf.week_choices(store)
    assert choices[0] == weeks[0] and choices[-1] == weeks[-1]
    assert set(weeks) <= set(choices)
    assert all(b == a.shift(1) for a, b in zip(choices, choices[1:], strict=False))
    assert bf.week_choices(store, Filters(search="no such words anywhere")) == []
