"""Scoring PressWatch's extractors on the public dev data in ../shared/eval.

The data is read at run time from its folder and never copied into the project.
Each task module exposes `scores(eval_dir, nlp, errors=None) -> list[Score]`; given a
list as `errors`, it also appends the false positives and negatives it counted, as
`Error` records grouped by kind (cue, entity type, alias kind), for `error_report`.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection, Iterator
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


@dataclass(frozen=True, slots=True)
class Error:
    """One false positive or false negative, with the text around it."""

    task: str
    dataset: str
    kind: str  # FALSE_POSITIVE or FALSE_NEGATIVE
    group: str  # what kind of thing was missed or wrongly found ("said", "ORG", ...)
    text: str
    context: str


FALSE_POSITIVE, FALSE_NEGATIVE = "false positive", "false negative"
TASKS = ("hedging", "attribution", "actors")
# The hedging datasets `run(only=...)` may name (here, not in `hedging`, so that the
# command line lists them without loading spaCy).
HEDGING_DATASETS = ("factbank", "wiki", "bioscope", "sfu")
CONTEXT_CHARS = 60


def task_group(name: str) -> str:
    """The task (one of TASKS) a score's name belongs to: "attribution cues" ->
    "attribution", "hedged sentences" -> "hedging", entity and alias scores -> "actors"."""
    lower = name.lower()
    if "attribution" in lower:
        return "attribution"
    if "hedge" in lower:
        return "hedging"
    return "actors"


def run(
    eval_dir: Path,
    nlp: Language,
    task: str = "all",
    errors: list[Error] | None = None,
    only: Collection[str] | None = None,
) -> Iterator[Score]:
    """Scores of every task (or one), computed on the dev data in `eval_dir`; errors
    go to `errors` when it is a list. `only` names the hedging datasets to score
    (HEDGING_DATASETS; all if None): it needs `task` "hedging"."""
    if only is not None and task != "hedging":
        raise ValueError("only names hedging datasets: it needs task 'hedging'")
    some = {} if only is None else {"only": only}
    for name in TASKS if task == "all" else (task,):
        module = importlib.import_module(f"presswatch.evaluation.{name}")
        yield from module.scores(eval_dir, nlp, errors=errors, **some)


def error(task: str, dataset: str, kind: str, group: str, text: str, start: int,
          end: int) -> Error:  # fmt: skip
    """An Error for text[start:end], with up to CONTEXT_CHARS either side on one line."""
    left = text[max(0, start - CONTEXT_CHARS) : start]
    right = text[end : end + CONTEXT_CHARS]
    context = f"{left}[{text[start:end]}]{right}"
    return Error(task, dataset, kind, group, text[start:end], " ".join(context.split()))


def error_report(errors: list[Error], *, groups: int = 8, per_group: int = 3) -> str:
    """A sample of the errors: per task, dataset and kind, the most frequent groups with
    their counts and a few examples spread over the data."""
    by_section: dict[tuple[str, str, str], dict[str, list[Error]]] = {}
    for e in errors:
        by_section.setdefault((e.task, e.dataset, e.kind), {}).setdefault(
            e.group, []
        ).append(e)
    lines: list[str] = []
    for (task, dataset, kind), by_group in by_section.items():
        total = sum(len(v) for v in by_group.values())
        lines.append(f"== {task} / {dataset}: {total} {kind}s")
        ranked = sorted(by_group.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        for group, items in ranked[:groups]:
            lines.append(f"  {group} ({len(items)})")
            step = max(1, len(items) // per_group)
            for e in items[::step][:per_group]:
                lines.append(f"    {e.context}")
        if len(ranked) > groups:
            rest = sum(len(v) for _, v in ranked[groups:])
            lines.append(f"  ... {len(ranked) - groups} more groups ({rest} errors)")
    return "\n".join(lines)
