"""Scoring the attribution extractor on PolNeAR dev (political news, 84 articles).

Data: `polnear/polnear_dev.jsonl` under the eval folder, one record per article and
annotator; only `is_primary_annotation` records are scored (one per article). Each gold
attribution has a cue span, an optional source span and a type (`Attribution` or
`Attribution-no-source`). Spans may be discontinuous (several `[start, end]` pieces);
two spans overlap when any of their pieces share a character.

Tasks, all on dataset "polnear-dev", matching greedily in document order and using
each gold and each predicted attribution at most once:

- "attribution cues": a predicted attribution is a true positive when its cue span
  overlaps a gold cue span. fp = unmatched predictions, fn = unmatched gold.
- "attribution sources": gold = attributions with a source; a prediction matches when
  its cue overlaps the gold cue AND its source span overlaps the gold source span.
  Predictions: those with a source; fp = predictions with a source left unmatched.
- "no-source attributions": gold = `Attribution-no-source`; predictions = attributions
  with source None; a match is cue overlap.

Run `python -m presswatch.evaluation.attribution` to print the scores.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language

from presswatch.evaluation import DEFAULT_EVAL_DIR, Score
from presswatch.nlp import actors, attribution, pipeline
from presswatch.records import Attribution

DATASET = "polnear-dev"
Spans = list[tuple[int, int]]


def gold_articles(eval_dir: Path, split: str = "dev") -> list[dict]:
    """The primary-annotation PolNeAR records of a split."""
    path = eval_dir / "polnear" / f"polnear_{split}.jsonl"
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return [r for r in records if r["is_primary_annotation"]]


def _spans(part: dict | None) -> Spans:
    """The character pieces of a gold span, [] when absent."""
    if not part:
        return []
    return [(int(a), int(b)) for a, b in part.get("spans", []) if b > a]


def _overlap(a: Spans, b: Spans) -> bool:
    """Whether two (possibly discontinuous) spans share a character."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _match(
    gold: list[dict], pred: list[Attribution], same: Callable[[dict, Attribution], bool]
) -> tuple[int, int, int]:
    """tp, fp, fn of a one-to-one greedy matching in document order."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for n, p in enumerate(pred):
            if n not in used and same(g, p):
                used.add(n)
                tp += 1
                break
    return tp, len(pred) - tp, len(gold) - tp


def _cue(p: Attribution) -> Spans:
    return [(p.cue_start, p.cue_end)]


def article_counts(
    gold: list[dict], pred: list[Attribution]
) -> dict[str, tuple[int, int, int]]:
    """tp, fp, fn of each task on one article."""
    gold = [g for g in gold if _spans(g.get("cue"))]
    gold.sort(key=lambda g: _spans(g.get("cue"))[0])

    def cue_match(g: dict, p: Attribution) -> bool:
        return _overlap(_spans(g["cue"]), _cue(p))

    def source_match(g: dict, p: Attribution) -> bool:
        return cue_match(g, p) and _overlap(
            _spans(g["source"]), [(p.source_start, p.source_end)]
        )

    with_source = [
        g for g in gold if g["type"] == "Attribution" and _spans(g.get("source"))
    ]
    no_source = [g for g in gold if g["type"] == "Attribution-no-source"]
    return {
        "attribution cues": _match(gold, pred, cue_match),
        "attribution sources": _match(
            with_source, [p for p in pred if p.source_start is not None], source_match
        ),
        "no-source attributions": _match(
            no_source, [p for p in pred if p.source_start is None], cue_match
        ),
    }


def scores(
    eval_dir: Path = DEFAULT_EVAL_DIR, nlp: Language | None = None
) -> list[Score]:
    """Cue, source and no-source scores on PolNeAR dev."""
    nlp = nlp or pipeline.load()
    records = gold_articles(eval_dir)
    return _scores(records, pipeline.parse(nlp, (r["text"] for r in records)))


def _scores(records: list[dict], docs: Iterable) -> list[Score]:
    totals: dict[str, list[int]] = {}
    for record, doc in zip(records, docs, strict=True):
        pred = attribution.attributions(doc, actors.mentions(doc))
        for task, counts in article_counts(record["attributions"], pred).items():
            acc = totals.setdefault(task, [0, 0, 0])
            for i, c in enumerate(counts):
                acc[i] += c
    return [Score(task, DATASET, *counts) for task, counts in totals.items()]


if __name__ == "__main__":
    for s in scores():
        print(
            f"{s.dataset:12s} {s.task:24s} tp={s.tp:5d} fp={s.fp:5d} fn={s.fn:5d} "
            f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
        )
