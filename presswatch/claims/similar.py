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


def _aligned(
    xs: tuple[tuple[str, ...], tuple[float, ...], float], ys: tuple[str, ...]
) -> float:
    """The weighted share of the words `xs` (`_weighted`) matched in `ys` (each by
    its nearest)."""
    terms, weights, total = xs
    if not terms or not ys:
        return 0.0
    got = sum(
        w * max(_near(x, y) for y in ys) for x, w in zip(terms, weights, strict=True)
    )
    return got / total


def content_similarity(a: SentenceFeatures, b: SentenceFeatures) -> float:
    wa, wb = _weighted(a), _weighted(b)
    return (_aligned(wa, wb[0]) + _aligned(wb, wa[0])) / 2


def kept_apart(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """The hard negatives: another number, doer, object actor, the opposite, a
    reversal, a negation on one side."""
    if a.polarity != b.polarity:
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
    actors_a, actors_b = set(a.actors), set(b.actors)
    shared = actors_a & actors_b
    actor_share = (
        len(shared) / min(len(actors_a), len(actors_b)) if actors_a and actors_b else 0
    )
    plain = rules._plain(a.numbers) & rules._plain(b.numbers)
    longs = (set(a.numbers) - rules._plain(a.numbers)) & set(b.numbers)
    rare = any(map(rules._specific, plain)) or bool(longs)
    return {
        "apart": float(kept_apart(a, b)),
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
    weights, bias = model or linker()
    return bias + sum(weights[k] * v for k, v in p.items())


def same(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Do two sentences make one claim, by the score (even odds or better)? A hard
    negative is told before the score's parts are computed: at ingest nine candidate
    pairs in ten are one, and their word alignment was most of the linker's time."""
    if kept_apart(*rules._short_names(a, b)):
        return False
    s = score(a, b)
    return s is not None and s >= 0


def decide(a: SentenceFeatures, b: SentenceFeatures) -> str | None:
    """How the store decides a candidate pair: the rules' `relation`, or "same" when
    only the linker joins it."""
    return rules.relation(a, b) or ("same" if same(a, b) else None)
