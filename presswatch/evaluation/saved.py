"""The last evaluation, saved as data/evaluation.json by `presswatch evaluate --save`
and shown on the Data page (read, never recomputed, when the page loads).

The file holds the date and data folder of each run and one row per score: task,
dataset, precision, recall, F1, the gold count and the counts behind them. A run of
one task (`--task actors`) replaces that task's rows and keeps the others.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from presswatch import DATA_DIR
from presswatch.evaluation import Score, task_group

SAVED = DATA_DIR / "evaluation.json"

# What each task's scores say about the app: the chart whose numbers rest on them.
CHARTS = {
    "hedging": "Hedging (hedge rates)",
    "attribution": "Sources (who is cited, unnamed share)",
    "actors": "Actors (mentions, types, merged names)",
}
COLUMNS = ["chart", "task", "dataset", "precision", "recall", "f1", "gold", "date"]


def save(scores: Iterable[Score], data: Path, path: Path | None = None) -> Path:
    """Write the scores of a run into the saved table (atomically), replacing the
    rows of the tasks it scored."""
    path = path or SAVED
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    rows = [
        {
            "group": task_group(s.task),
            "task": s.task,
            "dataset": s.dataset,
            "precision": round(s.precision, 3),
            "recall": round(s.recall, 3),
            "f1": round(s.f1, 3),
            "gold": s.tp + s.fn,
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "date": now,
            "data": str(data),
        }
        for s in scores
    ]
    groups = {r["group"] for r in rows}
    kept = [r for r in _rows(path) if r.get("group") not in groups]
    order = list(CHARTS)
    merged = sorted(
        kept + rows,
        key=lambda r: order.index(r["group"]) if r["group"] in order else len(order),
    )
    text = json.dumps({"scores": merged}, indent=1, ensure_ascii=False) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".evaluation-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
    return path


def table(path: Path | None = None) -> pd.DataFrame:
    """The saved scores, one row per score with the chart they bear on (empty when
    no evaluation was saved)."""
    rows = _rows(path or SAVED)
    frame = pd.DataFrame(rows, columns=[*COLUMNS, "group"])
    frame["chart"] = frame["group"].map(CHARTS).fillna("")
    return frame[COLUMNS]


def _rows(path: Path) -> list[dict]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))["scores"]
    except (FileNotFoundError, json.JSONDecodeError, KeyError, TypeError):
        return []
