"""Hedging scores on the Szeged Uncertainty Corpus (FactBank news, Wikipedia).

A sentence is gold-hedged if it has a cue of an epistemic or doxastic type
(speculation_modal_probable_, speculation_modal_possible_, speculation_hypo_doxastic _);
condition ("if", "would") and investigation ("whether") cues are not hedges here.
It is predicted hedged if `hedging.hedges` finds a non-booster cue in it. Cue level:
a predicted cue is a true positive if it overlaps a gold epistemic/doxastic cue.
Run: python -m presswatch.evaluation.hedging [--quick]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language

from presswatch.evaluation import (
    DEFAULT_EVAL_DIR,
    FALSE_NEGATIVE,
    FALSE_POSITIVE,
    Error,
    Score,
    error,
)
from presswatch.nlp import hedging, pipeline
from presswatch.records import BOOSTER

EPISTEMIC_TYPES = ("speculation_modal_probable", "speculation_modal_possible",
                   "speculation_hypo_doxastic")  # fmt: skip
DATASETS = (("factbank", "szeged-factbank"), ("wiki", "szeged-wiki"))
QUICK_EVERY = 4  # quick mode scores every 4th Wikipedia sentence


def is_epistemic(cue_type: str) -> bool:
    """Whether a Szeged cue type is an epistemic or doxastic (hedge) cue."""
    return cue_type.strip().rstrip("_ ").startswith(EPISTEMIC_TYPES)


def _rows(path: Path, every: int = 1) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every == 0:
                yield json.loads(line)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def dataset_scores(
    rows: list[dict], nlp: Language, dataset: str, errors: list[Error] | None = None
) -> list[Score]:
    """Hedged-sentence and cue-level scores on rows of a `*.sentences.jsonl` file;
    cue errors (grouped by the cue's words) to `errors`."""
    sent = [0, 0, 0]
    cue = [0, 0, 0]
    docs = pipeline.parse(nlp, (r["text"] for r in rows))
    for row, doc in zip(rows, docs, strict=True):
        gold = [(c["start"], c["end"]) for c in row["cues"] if is_epistemic(c["type"])]
        found = [(h.start, h.end) for h in hedging.hedges(doc) if h.category != BOOSTER]
        sent[0] += bool(gold) and bool(found)
        sent[1] += not gold and bool(found)
        sent[2] += bool(gold) and not found
        matched = sum(_overlaps(s, e, gold) for s, e in found)
        cue[0] += matched
        cue[1] += len(found) - matched
        cue[2] += sum(not _overlaps(s, e, found) for s, e in gold)
        if errors is not None:
            errors.extend(_cue_errors(row["text"], dataset, gold, found))
    return [
        Score("hedged sentences", dataset, *sent),
        Score("hedge cues", dataset, *cue),
    ]


def _cue_errors(
    text: str, dataset: str, gold: list[tuple[int, int]], found: list[tuple[int, int]]
) -> list[Error]:
    out = []
    for s, e in found:
        if not _overlaps(s, e, gold):
            word = " ".join(text[s:e].lower().split())
            out.append(error("hedge cues", dataset, FALSE_POSITIVE, word, text, s, e))
    for s, e in gold:
        if not _overlaps(s, e, found):
            word = " ".join(text[s:e].lower().split())
            out.append(error("hedge cues", dataset, FALSE_NEGATIVE, word, text, s, e))
    return out


def scores(eval_dir: Path = DEFAULT_EVAL_DIR, nlp: Language | None = None, *,
           quick: bool = False, errors: list[Error] | None = None) -> list[Score]:  # fmt: skip
    """Hedged-sentence and cue scores on FactBank and Wikipedia (every 4th if quick)."""
    nlp = nlp or pipeline.load()
    folder = Path(eval_dir) / "szeged_uncertainty"
    out: list[Score] = []
    for name, dataset in DATASETS:
        every = QUICK_EVERY if quick and name == "wiki" else 1
        if every > 1:
            dataset = f"{dataset}-1in{every}"
        rows = list(_rows(folder / f"{name}.sentences.jsonl", every))
        out.extend(dataset_scores(rows, nlp, dataset, errors))
    return out


if __name__ == "__main__":
    for s in scores(quick="--quick" in sys.argv):
        print(
            f"{s.task:17s} {s.dataset:22s} tp={s.tp:5d} fp={s.fp:5d} fn={s.fn:5d} "
            f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
        )
