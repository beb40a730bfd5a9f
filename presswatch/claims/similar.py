"""The similarity linker: two sentences make one claim when they share its actors and
numbers and say much the same thing in other words, beside the rule keys of
`claims.relation`.

The rules link a pair only when it fits one of their patterns (the same verb class,
enough shared words, the same doer...), and each blind corpus showed new wordings
that fit none ("approved a daily charge of 12 euros" / "has introduced a 12-euro
toll"). The linker scores what the pair has in common instead:

- actors: the share of the smaller actor set named by the other (a name cut short
  counts, as `claims._short_names` reads it); 0 when one side names no actor (an
  agentless passive, "hosepipes would be banned for 1,300,000 households"), which is
  no reason to keep a pair apart: requiring a shared actor lost such pairs;
- numbers: a rare number both give ("1.2 billion", "214 days") anchors a pair, an
  ordinary one less;
- content: each content word's best match among the other's words, one for the same
  word or verb class, the cosine of the shipped word vectors for a near one (at
  `NEAR` or more), weighted by how rare the word is in news (its rank in the vectors'
  vocabulary, which is ordered by frequency) and averaged both ways;
- the act: the same verb class, or one's verb among the other's words.

Hard negatives are kept apart before any score, by the rules' own tests: another
number or duration, another actor doing it (doers that differ, or each side naming an
actor the other does not), the actor it is done to swapped, roles reversed, a verb or
word that is the opposite of the other's, an act undone, a negation or denial on one
side only (that is the rules' contradiction, never a member).
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

import numpy as np

from presswatch.claims import claims as rules
from presswatch.claims import vectors
from presswatch.claims.claims import SentenceFeatures

NEAR = 0.6  # cosine from which a word stands for another (distributional vectors)

# A logistic score: the weights of its parts and its bias, fitted by
# `python -m presswatch train claims` (presswatch/train/claims.py) on the candidate
# pairs of the gold corpora in tests/data/claims that the rules leave undecided and no
# hard negative keeps apart; `linker.json` beside this file says what they were
# fitted on and how they scored. A pair is one claim when the score is 0 or more.
FEATURES = ("actors", "rare_number", "number", "content", "act")
LINKER_PATH = Path(__file__).with_name("linker.json")


@functools.cache
def linker(path: Path = LINKER_PATH) -> tuple[dict[str, float], float]:
    """The fitted weights (by part) and bias."""
    info = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(info["weights"][k]) for k in FEATURES}, float(info["bias"])


@functools.cache
def _rank() -> dict[str, int]:
    table = vectors.load()
    return {} if table is None else table.index


@functools.lru_cache(maxsize=1 << 16)
def weight(term: str) -> float:
    """How much a word says: log of its frequency rank in news (the vectors' vocabulary
    is ordered by frequency); a word the vectors lack is rare."""
    rank = _rank().get(vectors.stem(term))
    size = max(len(_rank()), 1)
    return math.log(2 + (2 * size if rank is None else rank))


def _near(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if a in rules.OPPOSITES and b in rules.OPPOSITES.get(a, ()):
        return 0.0
    table = vectors.load()
    if table is None:
        return 0.0
    s = table.similarity(a, b)
    return s if s >= NEAR else 0.0


@functools.lru_cache(maxsize=1 << 12)
def _weighted(f: SentenceFeatures) -> tuple[tuple[str, ...], tuple[float, ...], float]:
    """A sentence's content words (units and titles left out), their weights and the
    weights' sum: once per sentence, not once per pair it is a candidate of."""
    terms = tuple(f.content() - rules.UNIT_TERMS - rules.TITLE_TERMS)
    weights = tuple(map(weight, terms))
    return terms, weights, sum(weights)


def content_similarity(a: SentenceFeatures, b: SentenceFeatures) -> float:
    """The weighted share of each sentence's words (`_weighted`) matched among the
    other's, each by its nearest, averaged both ways. `_near` is symmetric, so each
    pair of words is compared once for both ways (at ingest, most of the linker's
    time was these comparisons, each made twice)."""
    (terms_a, weights_a, total_a), (terms_b, weights_b, total_b) = (
        _weighted(a),
        _weighted(b),
    )
    if not terms_a or not terms_b:
        return 0.0
    table = vectors.load()
    if table is None:
        near = [[_near(x, y) for y in terms_b] for x in terms_a]
        best_a = [max(row) for row in near]
        best_b = [max(col) for col in zip(*near)]
    else:
        best_a, best_b = _best_matches(table, terms_a, terms_b)
    got_a = sum(w * m for m, w in zip(best_a, weights_a, strict=True))
    got_b = sum(w * m for m, w in zip(best_b, weights_b, strict=True))
    return (got_a / total_a + got_b / total_b) / 2


def _best_matches(
    table: vectors.Vectors, terms_a: tuple[str, ...], terms_b: tuple[str, ...]
) -> tuple[list[float], list[float]]:
    """For each word of `terms_a` its best `_near` among `terms_b`, and the other way:
    every pair's cosine from one matrix product (exact, `vectors.Vectors.counts`),
    the same values as `_near` word by word (at ingest, a quarter of a million pairs
    of words per 2,000 news articles, half of them new each time, had been most of
    the linker's time)."""
    stems_a, rows_a, counts_a = _stemmed(table, terms_a)
    stems_b, rows_b, counts_b = _stemmed(table, terms_b)
    near = (counts_a @ counts_b.T).astype(np.float64) / vectors.SCALE
    near[~(rows_a[:, None] & rows_b[None, :])] = 0.0  # a word the vectors lack
    near[stems_a[:, None] == stems_b[None, :]] = 1.0  # one stem (the same word too)
    near[near < NEAR] = 0.0
    for i, x in enumerate(terms_a):  # an opposite is never near ("rise" / "fall")
        if x in rules.OPPOSITES:
            for j, y in enumerate(terms_b):
                if x != y and y in rules.OPPOSITES[x]:
                    near[i, j] = 0.0
    return near.max(axis=1).tolist(), near.max(axis=0).tolist()


@functools.lru_cache(maxsize=1 << 12)
def _stemmed(
    table: vectors.Vectors, terms: tuple[str, ...]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A sentence's words (`_weighted`) as the vectors know them: their stems, whether
    the vectors hold each, and their stored rows (zeros where not)."""
    ids = [table.index.get(vectors.stem(t)) for t in terms]
    stems = np.array([vectors.stem(t) for t in terms], dtype=object)
    known = np.array([i is not None for i in ids], dtype=bool)
    counts = np.zeros((len(terms), table.counts.shape[1]), dtype=np.float32)
    rows = [k for k, i in enumerate(ids) if i is not None]
    if rows:
        counts[rows] = table.counts[[ids[k] for k in rows]]
    return stems, known, counts


def kept_apart(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """The hard negatives: another number, doer, object actor, the opposite, another
    currency, a reversal, a negation on one side."""
    if a.polarity != b.polarity:
        return True
    # a denial contests what another said, a negation tells a fact in the negative:
    # "denied that the bridge would stay closed for 18 months" and "the bridge would
    # not reopen for a year and a half" say the opposite of each other
    if a.denial != b.denial:
        return True
    if rules._numbers_differ(a.numbers, b.numbers):
        return True
    actors_a, actors_b = set(a.actors), set(b.actors)
    if actors_a - actors_b and actors_b - actors_a:
        return True  # each names someone the other does not
    if a.subjects and b.subjects and not rules._doers_meet(
        frozenset(a.subjects), frozenset(b.subjects)
    ):
        return True
    done_a, done_b = a.object_actors(), b.object_actors()
    if done_a and done_b and not rules._doers_meet(done_a, done_b):
        return True
    terms_a, terms_b = a.content(), b.content()
    if rules._opposed(terms_a - terms_b, terms_b - terms_a):
        return True
    money_a, money_b = terms_a & rules.CURRENCY_TERMS, terms_b & rules.CURRENCY_TERMS
    if money_a and money_b and not money_a & money_b:
        return True  # "cost 300 million crowns" / "paid 300 million rand"
    if _directions(a) and _directions(b) and not _directions(a) & _directions(b):
        return True  # "the increase of its tariff to 25 percent" / "will cut to"
    return (
        rules._reversed(a, b)
        or rules._opposite_verbs(a, b)
        or rules._objects_differ(a, b)  # "its oil production" / "its oil reserve"
    )


UP = frozenset({"boost", "rise", "grow", "expand", "gain"})
DOWN = frozenset({"cut", "fall", "decrease", "drop", "shrink"})


def _directions(f: SentenceFeatures) -> set[str]:
    """Which way a change of the sentence goes: "up", "down" (both, or none)."""
    verbs = set(f.predicate.split())
    return {d for d, classes in (("up", UP), ("down", DOWN)) if verbs & classes}


def parts(a: SentenceFeatures, b: SentenceFeatures) -> dict[str, float]:
    """The score's parts for a pair (names shortened as the rules read them)."""
    a, b = rules._short_names(a, b)
    return {"apart": float(kept_apart(a, b)), **_scored_parts(a, b)}


def _scored_parts(a: SentenceFeatures, b: SentenceFeatures) -> dict[str, float]:
    """The parts the score weighs (FEATURES, in that order), of a pair whose names
    are shortened already."""
    actors_a, actors_b = set(a.actors), set(b.actors)
    shared = actors_a & actors_b
    actor_share = (
        len(shared) / min(len(actors_a), len(actors_b)) if actors_a and actors_b else 0
    )
    plain = rules._plain(a.numbers) & rules._plain(b.numbers)
    # durations and years (not those an undated article left counted from its date)
    longs = set(a.numbers) - rules._plain(a.numbers) - rules._dates(a.numbers)
    longs = (longs | rules._years(a.numbers)) & set(b.numbers)
    rare = any(map(rules._specific, plain)) or bool(longs)
    return {
        "actors": actor_share,
        "rare_number": float(rare),
        "number": float(bool(plain | longs) and not rare),
        "content": content_similarity(a, b),
        "act": float(rules._shares_verb(a, b)),
    }


def score(
    a: SentenceFeatures,
    b: SentenceFeatures,
    model: tuple[dict[str, float], float] | None = None,
) -> float | None:
    """The log-odds that two sentences make one claim (by `model`, weights and bias,
    else the shipped `linker()`); None for a hard negative."""
    p = parts(a, b)
    if p.pop("apart"):
        return None
    return _log_odds(p, model)


def _log_odds(
    p: dict[str, float], model: tuple[dict[str, float], float] | None = None
) -> float:
    weights, bias = model or linker()
    return bias + sum(weights[k] * v for k, v in p.items())


def same(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Do two sentences make one claim, by the score (even odds or better)? A hard
    negative is told before the score's parts are computed: at ingest nine candidate
    pairs in ten are one, and their word alignment was most of the linker's time."""
    return _same_shortened(*rules._short_names(a, b))


def _same_shortened(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """`same` of a pair whose names are shortened already (once, for the hard
    negatives and the parts alike)."""
    return not kept_apart(a, b) and _log_odds(_scored_parts(a, b)) >= 0


def decide(a: SentenceFeatures, b: SentenceFeatures) -> str | None:
    """How the store decides a candidate pair: the rules' `relation`, or "same" when
    only the linker joins it."""
    a, b = rules._short_names(a, b)  # once for both (a tenth of their time)
    return rules.shortened_relation(a, b) or ("same" if _same_shortened(a, b) else None)
