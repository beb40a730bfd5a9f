"""How far the hedge lexicon's per-cue choices generalise: k-fold cross-validation over
FactBank documents, and the same choices learned on Wikipedia and scored on FactBank.

The lexicon (`data/hedges.csv`) was written by hand while looking at FactBank dev, so
its FactBank score is optimistic. The choices made per word are which rows are in the
lexicon and which context rule each row applies. Here they are made from data instead:
starting from the lexicon as written, each row may be switched off or have its context
rule dropped (keeping its part of speech), greedily, one change at a time, while the change
raises hedged-sentence F1 on the training documents (by more than `MIN_GAIN` sentences'
worth). The choices learned on k-1 folds are scored on the held-out fold and the counts
summed over folds: the cross-validated F1. Tuning rows to the training folds is what
the hand-made lexicon risks; if the learned changes do not win on the held-out folds,
the lexicon as written is as good as per-word tuning to this data would make it, and a
change learned in most folds is a choice worth revisiting.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from presswatch.evaluation import Score
from presswatch.nlp import hedging
from presswatch.records import BOOSTER

FOLDS = 5
SEED = 13
OFF, RULED, UNRULED = "off", "ruled", "unruled"
MIN_GAIN = (
    0.0  # a change must raise training F1 by more than this many sentences' worth
)
MAX_CHANGES = 40


@dataclass(frozen=True, slots=True)
class Sentence:
    """A scored sentence: its document, whether it is gold-hedged, its lexicon matches."""

    doc_id: str
    gold: bool
    matches: list[list[hedging.Candidate]]


Choices = dict[int, str]  # lexicon row -> OFF or UNRULED; rows not in it are RULED


def hedged(sentence: Sentence, choices: Choices) -> bool:
    """Whether the sentence has a non-booster cue under the choices."""

    def choose(c: hedging.Candidate) -> hedging.Found | None:
        mode = choices.get(c.row, RULED)
        return c.found if mode == RULED else c.unruled if mode == UNRULED else None

    return any(cat != BOOSTER for _, _, cat in hedging.chosen(sentence.matches, choose))


def counts(sentences: Iterable[Sentence], choices: Choices) -> tuple[int, int, int]:
    """(tp, fp, fn) of hedged sentences under the choices."""
    tp = fp = fn = 0
    for s in sentences:
        found = hedged(s, choices)
        tp += s.gold and found
        fp += found and not s.gold
        fn += s.gold and not found
    return tp, fp, fn


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def learn(sentences: list[Sentence]) -> Choices:
    """Greedy changes to the lexicon as written that raise F1 on `sentences`: each step
    takes the best single change (a row off, or its rule dropped) while one raises F1
    by more than MIN_GAIN sentences' worth."""
    by_row: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        for row in {c.row for group in s.matches for c in group}:
            by_row.setdefault(row, []).append(i)
    choices: Choices = {}
    tp, fp, fn = counts(sentences, choices)
    n_gold = tp + fn
    for _ in range(MAX_CHANGES):
        best: tuple[float, int, str, tuple[int, int, int]] | None = None
        for row, where in sorted(by_row.items()):
            if row in choices:
                continue
            subset = [sentences[i] for i in where]
            before = counts(subset, choices)
            for mode in (OFF, UNRULED):
                after = counts(subset, {**choices, row: mode})
                new = tuple(
                    t + a - b
                    for t, a, b in zip((tp, fp, fn), after, before, strict=True)
                )
                gain = (_f1(*new) - _f1(tp, fp, fn)) * n_gold
                if gain > MIN_GAIN and (best is None or gain > best[0]):
                    best = (gain, row, mode, new)
        if best is None:
            break
        _, row, mode, (tp, fp, fn) = best
        choices[row] = mode
    return choices


def folds_of(sentences: list[Sentence], k: int = FOLDS) -> list[int]:
    """The fold of each sentence: documents shuffled with a fixed seed, dealt round."""
    docs = sorted({s.doc_id for s in sentences})
    random.Random(SEED).shuffle(docs)
    fold = {d: i % k for i, d in enumerate(docs)}
    return [fold[s.doc_id] for s in sentences]


@dataclass(frozen=True, slots=True)
class CrossValidation:
    """The lexicon's own score and the cross-validated one, per fold and summed."""

    written: Score
    learned: Score
    per_fold: list[
        tuple[float, float]
    ]  # (written F1, learned F1) on each held-out fold
    changes: list[Choices]  # learned on the other folds, per held-out fold


def cross_validate(
    sentences: list[Sentence], dataset: str, k: int = FOLDS
) -> CrossValidation:
    """K-fold over documents: choices learned on k-1 folds, scored on the last."""
    fold = folds_of(sentences, k)
    written = [0, 0, 0]
    learned = [0, 0, 0]
    per_fold, changes = [], []
    for f in range(k):
        train = [s for s, g in zip(sentences, fold, strict=True) if g != f]
        test = [s for s, g in zip(sentences, fold, strict=True) if g == f]
        choices = learn(train)
        mine, theirs = counts(test, {}), counts(test, choices)
        written = [a + b for a, b in zip(written, mine, strict=True)]
        learned = [a + b for a, b in zip(learned, theirs, strict=True)]
        per_fold.append((_f1(*mine), _f1(*theirs)))
        changes.append(choices)
    task = f"hedged sentences, cue choices {k}-fold CV"
    return CrossValidation(
        Score("hedged sentences", dataset, *written),
        Score(task, dataset, *learned),
        per_fold,
        changes,
    )


def transferred(train: list[Sentence], test: list[Sentence], dataset: str,
                source: str) -> tuple[Score, Choices]:  # fmt: skip
    """The choices learned on one dataset (Wikipedia) scored on another (FactBank)."""
    choices = learn(train)
    task = f"hedged sentences, cue choices learned on {source}"
    return Score(task, dataset, *counts(test, choices)), choices


def describe(choices: Choices) -> list[str]:
    """The learned changes as "cue (category, rule): off|unruled" lines."""
    rows = hedging.lexicon()
    out = []
    for row, mode in sorted(choices.items()):
        cue = rows[row]
        out.append(f"{cue.cue} ({cue.category}, {'|'.join(cue.pos) or 'any'}, "
                   f"{cue.rule or 'no rule'}): {mode}")  # fmt: skip
    return out
