"""The Data page's work: ingest uploaded files with a per-file report, and describe
the corpus (editing the data files is `store.editing`). Nothing here draws widgets, so
the functions are tested directly."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.language import Language

from presswatch import ingest

# The corpus statistics are read-side: pages/data.py still finds them here.
from presswatch.query.corpus import CorpusStats, corpus_stats  # noqa: F401
from presswatch.store import Store, sync

FORMATS = ("txt", "md", "html", "htm", "json", "jsonl", "csv")
MAX_UPLOAD_MB = 20  # per file; ingest itself refuses anything above ingest.MAX_BYTES
DEFAULT_OUTLET = "Uploaded"

COUNTS = ("articles", "parsed", "unchanged", "duplicates", "skipped")


@dataclass(frozen=True)
class Upload:
    """One uploaded file: its name as the user's browser sent it, and its bytes."""

    name: str
    data: bytes


def safe_name(name: str, fallback: str = "upload") -> str:
    """A file or folder name without path parts or characters a file system dislikes."""
    base = Path(name.replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\- ]+", "_", base).strip(" ._")
    return cleaned or fallback


@dataclass
class IngestResult:
    """Per-file rows (file, the COUNTS, problems) and the store update's report."""

    files: pd.DataFrame
    report: sync.Report


def ingest_uploads(
    uploads: Sequence[Upload],
    store: Store,
    nlp: Language | None = None,
    *,
    outlet: str = DEFAULT_OUTLET,
    max_mb: float = MAX_UPLOAD_MB,
    progress: Callable[[float, str], None] | None = None,
) -> IngestResult:
    """Ingest uploaded files into `store` and say, per file, what was read or skipped.

    Files go to a fresh temporary folder named after `outlet` (the outlet of articles
    that do not name one), so nothing the user sends lands next to the data. Too-large
    and unsupported files are refused before ingest; bad files and lines are skipped by
    ingest; each batch is written in one transaction, so what is stored stays intact.
    """
    rows: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="presswatch-upload-") as tmp:
        folder = Path(tmp) / safe_name(outlet, DEFAULT_OUTLET)
        folder.mkdir()
        paths: dict[str, str] = {}
        refused: list[ingest.Skipped] = []
        for upload in uploads:
            name = _unique(safe_name(upload.name), rows)
            row = rows[name] = dict.fromkeys(COUNTS, 0) | {
                "file": upload.name,
                "problems": [],
            }
            problem = _refusal(name, upload.data, max_mb)
            if problem:
                refused.append(problem)
                row["problems"].append(problem.message)
                row["skipped"] += 1
                continue
            target = folder / name
            target.write_bytes(upload.data)
            paths[str(target)] = name

        total = max(len(paths), 1)
        report = sync.Report(skipped=refused)
        for i, (file, name) in enumerate(sorted(paths.items(), key=lambda kv: kv[1])):
            if progress:
                progress(
                    i / total, f"Reading and parsing {name} ({i + 1} of {len(paths)})"
                )
            row = rows[name]

            def on_item(item: ingest.Article | ingest.Skipped, row: dict = row) -> None:
                if isinstance(item, ingest.Skipped):
                    row["problems"].append(
                        item.message.replace(str(folder) + os.sep, "")
                    )
                    row["skipped"] += 1

            part = sync.update([file], store, nlp, on_item=on_item)
            row.update(
                articles=part.read,
                parsed=part.parsed,
                unchanged=part.unchanged,
                duplicates=part.duplicates,
            )
            _add(report, part)
        if progress:
            progress(1.0, f"Done: {len(paths)} of {len(uploads)} files ingested")
    table = pd.DataFrame(
        [
            {**r, "problems": "; ".join(r["problems"]) if r["problems"] else ""}
            for r in rows.values()
        ],
        columns=["file", *COUNTS, "problems"],
    )
    return IngestResult(table, report)


def summary(report: sync.Report) -> str:
    """One line on what an upload did to the store."""

    def n(count: int, one: str, many: str) -> str:
        return f"{count:,} {one if count == 1 else many}"

    return (
        f"{n(report.read, 'article', 'articles')} read: {report.parsed:,} new or "
        f"changed (parsed), {report.unchanged:,} already stored, "
        f"{n(report.duplicates, 'duplicate', 'duplicates')} recorded; "
        f"{n(len(report.skipped), 'file or record', 'files or records')} skipped."
    )


def _add(total: sync.Report | None, part: sync.Report) -> None:
    if total is None:
        return
    for name in ("read", "parsed", "unchanged", "duplicates", "reparsed"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.skipped += part.skipped


def _refusal(name: str, data: bytes, max_mb: float) -> ingest.Skipped | None:
    """Why a file is not even handed to ingest (its type or size), or None."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in FORMATS:
        return ingest.Skipped(name, None, "unsupported file type", f".{extension}")
    if len(data) > max_mb * 1_000_000:
        size = f"{len(data) / 1e6:.1f} MB > {max_mb} MB"
        return ingest.Skipped(name, None, "too large", size)
    return None


def _unique(name: str, used: Collection[str]) -> str:
    """`name`, or `name` with a counter, so two uploads of "a.txt" both survive."""
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}{dot}{ext}" if dot else f"{name}-{n}"
    return candidate
