"""Scoring PressWatch's extractors on the public dev data in ../shared/eval.

The data is read at run time from its folder and never copied into the project.
Each task module exposes `scores(eval_dir, nlp) -> list[Score]`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the saved table is read without loading spaCy (see `saved`)
    from spacy.language import Language

DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 of one task on one dataset."""

    task: str
    dataset: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


TASKS = ("hedging", "attribution", "actors")


def task_group(name: str) -> str:
    """The task (one of TASKS) a score's name belongs to: "attribution cues" ->
    "attribution", "hedged sentences" -> "hedging", entity and alias scores -> "actors"."""
    lower = name.lower()
    if "attribution" in lower:
        return "attribution"
    if "hedge" in lower:
        return "hedging"
    return "actors"


def run(eval_dir: Path, nlp: Language, task: str = "all") -> Iterator[Score]:
    """Scores of every task (or one), computed on the dev data in `eval_dir`."""
    for name in TASKS if task == "all" else (task,):
        module = importlib.import_module(f"presswatch.evaluation.{name}")
        yield from module.scores(eval_dir, nlp)
