"""Rebuild PressWatch's trained components from the public data in ../shared/eval.

`python -m presswatch train TASK --data DIR` converts the data into spaCy's binary
format in a cache folder outside the project (never into it), trains with spaCy's own
trainer on the CPU with a fixed seed, writes the weights into `presswatch/nlp/models/`
with a MODEL_CARD.md, and prints the dev scores. CI never retrains: it runs the same
code on a tiny invented dataset (tests/unit/test_train.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

TASKS = ("attribution", "cues", "ner")
SEED = 0


def cache_dir() -> Path:
    """Where converted data and training runs go: $PRESSWATCH_TRAIN_CACHE, else a
    folder in the system's temp directory (never inside the project)."""
    root = os.environ.get("PRESSWATCH_TRAIN_CACHE")
    path = Path(root) if root else Path(tempfile.gettempdir()) / "presswatch-train"
    path.mkdir(parents=True, exist_ok=True)
    return path


def single_thread() -> None:
    """One core per training run: the numeric libraries would otherwise take all."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def run(
    task: str,
    data: Path,
    *,
    out: Path | None = None,
    max_steps: int | None = None,
    seed: int = SEED,
    evaluate: bool = True,
    log=print,
) -> dict:
    """Rebuild one trained component and write its model card; returns its card data."""
    import json
    import shutil

    from presswatch.nlp import models

    if task not in TASKS:
        raise ValueError(f"unknown training task {task!r} (one of {', '.join(TASKS)})")
    single_thread()
    work = cache_dir() / task
    target = out or models.MODELS_DIR / task
    trained = work / "component"
    if trained.exists():
        shutil.rmtree(trained)
    steps = {} if max_steps is None else {"max_steps": max_steps}
    if task == "attribution":
        from presswatch.train import attribution as trainer
    elif task == "cues":
        from presswatch.train import cues as trainer
    else:
        from presswatch.train import ner as trainer
    info = trainer.train(data, work, trained, seed=seed, log=log, **steps)
    info["task"] = task
    info["command"] = f"python -m presswatch train {task} --data DIR --seed {seed}" + (
        f" --max-steps {max_steps}" if max_steps is not None else ""
    )
    if evaluate:
        info["dev"] = trainer.dev_scores(data, trained, log=log)
        if task in {"attribution", "cues"}:
            from presswatch.train import attribution as polnear

            held = polnear.split(
                polnear.read_records(data / "polnear" / "polnear_train.jsonl")
            )[1]
            info["heldout"] = trainer.dev_scores(data, trained, log=log, records=held)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(trained, target)
    (target / "training.json").write_text(
        json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    (target / "MODEL_CARD.md").write_text(trainer.model_card(info), encoding="utf-8")
    log(f"wrote {target}")
    return info


def prune_strings(folder: Path, base_strings, keep=()) -> int:
    """Keep in a trained pipeline's vocab only the base model's strings and `keep`
    (its labels): the word types seen in training are not needed by the hashed
    weights, and the training data's vocabulary stays out of the project. Returns
    how many strings were dropped."""
    import json

    path = folder / "vocab" / "strings.json"
    strings = json.loads(path.read_text(encoding="utf-8"))
    allowed = set(base_strings) | set(keep)
    kept = [s for s in strings if s in allowed]
    path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    return len(strings) - len(kept)


def run_trainer(config: str, work: Path) -> tuple[Path, float]:
    """Train with spaCy's trainer on `work`/train.spacy (scored on heldout.spacy) from
    the config text; returns the run's output folder and the seconds it took."""
    import time

    from spacy.cli.train import train as spacy_train

    path = work / "config.cfg"
    path.write_text(config, encoding="utf-8")
    output = work / "output"
    if output.exists():
        shutil.rmtree(output)
    t0 = time.perf_counter()
    spacy_train(
        path,
        output,
        overrides={
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "heldout.spacy"),
        },
    )
    return output, time.perf_counter() - t0
