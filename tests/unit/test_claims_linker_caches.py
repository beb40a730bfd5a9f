"""The claims linker's caches (presswatch.claims.similar, vectors.stem): what they
remember gives the same answers as computing afresh, on invented features."""

from __future__ import annotations

import pytest

from presswatch.claims import similar, vectors
from presswatch.claims import claims as rules
from presswatch.claims.claims import SentenceFeatures


def _sf(terms, numbers, actors, subjects, predicate, negated=False):
    return SentenceFeatures(
        0, 0, 10, tuple(sorted(terms)), tuple(numbers), tuple(actors),
        tuple(subjects), predicate, negated, False, "bare", None, None, None,
    )  # fmt: skip


CHARGE = _sf({"approve", "charge", "euro", "old", "town", "car", "minister", "=toll"},
             ["12"], ["port alder"], ["port alder"], "approve")  # fmt: skip
TOLL = _sf({"impose", "toll", "euro", "old", "town", "car", "motorist"}, ["12"],
           ["port alder"], ["port alder"], "impose")  # fmt: skip
OTHER_SUM = _sf({"impose", "toll", "euro", "old", "town"}, ["15"], ["port alder"],
                ["port alder"], "impose")  # fmt: skip


def _fresh_alignment(xs: set[str], ys: set[str]) -> float:
    """The weighted share of `xs` matched in `ys`, nothing remembered."""
    if not xs or not ys:
        return 0.0
    weight, near = similar.weight.__wrapped__, similar._near
    total = sum(weight(x) for x in xs)
    return sum(weight(x) * max(near(x, y) for y in ys) for x in xs) / total


@pytest.mark.parametrize("a, b", [(CHARGE, TOLL), (TOLL, CHARGE), (CHARGE, OTHER_SUM)])
def test_content_similarity_remembered_equals_computed_afresh(a, b) -> None:
    ta = a.content() - rules.UNIT_TERMS - rules.TITLE_TERMS
    tb = b.content() - rules.UNIT_TERMS - rules.TITLE_TERMS
    fresh = (_fresh_alignment(ta, tb) + _fresh_alignment(tb, ta)) / 2
    assert 0 < fresh < 1
    for _ in range(2):  # the second time from the caches
        assert similar.content_similarity(a, b) == pytest.approx(fresh, abs=1e-12)


def test_a_sentence_is_weighted_once_without_units_titles_or_its_object_mark() -> None:
    terms, weights, total = similar._weighted(CHARGE)
    assert set(terms) == CHARGE.content() - rules.UNIT_TERMS - rules.TITLE_TERMS
    assert {"euro", "minister", "=toll"}.isdisjoint(terms) and "charge" in terms
    assert weights == tuple(similar.weight.__wrapped__(t) for t in terms)
    assert total == pytest.approx(sum(weights))
    hits = similar._weighted.cache_info().hits
    similar.content_similarity(CHARGE, TOLL)
    assert similar._weighted.cache_info().hits >= hits + 1


def test_a_hard_negative_is_not_scored(monkeypatch) -> None:
    def scored(*_):
        raise AssertionError("a hard negative was scored")

    assert similar.kept_apart(CHARGE, OTHER_SUM)  # another number
    monkeypatch.setattr(similar, "_scored_parts", scored)
    assert not similar.same(CHARGE, OTHER_SUM)
    with pytest.raises(AssertionError):
        similar.same(CHARGE, TOLL)  # a pair no test keeps apart is scored


def test_same_still_follows_the_score() -> None:
    assert similar.same(CHARGE, TOLL) == (similar.score(CHARGE, TOLL) >= 0)
    assert similar.same(CHARGE, TOLL)
    assert similar.score(CHARGE, OTHER_SUM) is None


# A pair whose short name ("the Commission") is the other's full name, a pair with
# a word near another's, and one whose words are all the other's
COMMISSION = _sf({"approve", "toll", "euro", "old", "town"}, ["12"], ["commission"],
                 ["commission"], "approve")  # fmt: skip
EUROPEAN = _sf({"approve", "charge", "euro", "motorist", "town"}, ["12"],
               ["european commission"], ["european commission"], "approve")  # fmt: skip
SUBSET = _sf({"impose", "toll", "town"}, ["12"], ["port alder"], ["port alder"],
             "impose")  # fmt: skip
PAIRS = [(CHARGE, TOLL), (TOLL, CHARGE), (CHARGE, OTHER_SUM), (COMMISSION, EUROPEAN),
         (EUROPEAN, COMMISSION), (TOLL, SUBSET), (SUBSET, CHARGE)]  # fmt: skip


@pytest.mark.parametrize("a, b", PAIRS)
def test_decide_is_the_rules_relation_else_the_linkers_same(a, b) -> None:
    """`decide` shortens the names once for both tests: the answer of each test
    asked on its own, and `same` the score's (even odds or better)."""
    expected = rules.relation(a, b) or ("same" if similar.same(a, b) else None)
    assert similar.decide(a, b) == expected
    s = similar.score(a, b)
    assert similar.same(a, b) == (s is not None and s >= 0)


@pytest.mark.parametrize("a, b", PAIRS)
def test_words_compared_once_match_each_way_as_computed_afresh(a, b) -> None:
    """Each pair of words is compared once for both directions: the same share as
    aligning each sentence's words with the other's anew."""
    ta = a.content() - rules.UNIT_TERMS - rules.TITLE_TERMS
    tb = b.content() - rules.UNIT_TERMS - rules.TITLE_TERMS
    fresh = (_fresh_alignment(ta, tb) + _fresh_alignment(tb, ta)) / 2
    assert similar.content_similarity(a, b) == pytest.approx(fresh, abs=1e-12)
    assert similar.content_similarity(a, b) == pytest.approx(
        similar.content_similarity(b, a), abs=1e-12
    )


@pytest.mark.parametrize(
    "word", ["displaced", "displace", "cities", "city", "glass", "rose", "ties", "go"]
)
def test_a_remembered_stem_is_the_computed_one(word) -> None:
    assert vectors.stem(word) == vectors.stem.__wrapped__(word)
    assert vectors.stem(word) == vectors.stem(word)  # from the cache
    assert vectors.stem("Displaced") == vectors.stem("displace")


class _Write:
    """A claims write that returns the candidate pairs in a given order."""

    def __init__(self, candidates):
        self.candidates, self.inserted = candidates, {}

    def insert(self, table, rows):
        self.inserted[table] = list(rows)

    def rows(self, _sql, **_tables):
        return self.candidates


def test_a_batch_stores_its_pairs_the_same_way_whatever_order_duckdb_gives() -> None:
    """The candidates come back from DuckDB in no fixed order; a pair of two of the
    batch's sentences is stored one way only, and the claims are clustered in order."""
    import random

    found = {"a1": [TOLL], "a2": [CHARGE], "a3": [TOLL]}
    both = [(x, 0, y, 0) for x in found for y in found if x != y]
    stored = set()
    for seed in range(6):
        candidates = list(both)
        random.Random(seed).shuffle(candidates)
        write = _Write(candidates)
        rules.index_batch(write, found, similar.decide)
        stored.add(tuple(write.inserted["claim_pairs"]))
    assert len(stored) == 1 and len(next(iter(stored))) == 3


@pytest.mark.parametrize(
    "term, described",
    [
        ("airline", True),  # begins "airlines" of "halvard airlines"
        ("bank", True),  # begins "bank" of "bank of ostrava"
        ("ostrav", True),
        ("lines", False),  # inside a word, not its start
        ("air", False),  # too short to describe
        ("airlines bank", False),  # two words: no one word begins so
        ("halvard airlines", False),
        ("airport", False),
    ],
)
def test_a_term_describes_a_name_when_it_begins_one_of_its_words(term, described):
    names = {"halvard airlines", "bank of ostrava", "ostrava"}
    assert (term in rules._described({term}, names)) is described
    assert not rules._described({term}, {"halvard", "ostrava"})  # one-word names


def test_a_term_describes_nothing_when_no_name_has_several_words() -> None:
    assert rules._described({"airline", "bank"}, set()) == set()
