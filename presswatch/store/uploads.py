"""The Data page's work: ingest uploaded files with a per-file report, edit the alias
table and the media list, and describe the corpus. Nothing here draws widgets, so the
functions are tested directly."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
from spacy.language import Language

from presswatch import ingest
from presswatch.nlp import rules
from presswatch.records import ACTOR_TYPES
from presswatch.store import Store, sync

FORMATS = ("txt", "md", "html", "htm", "json", "jsonl", "csv")
MAX_UPLOAD_MB = 20  # per file; ingest itself refuses anything above ingest.MAX_BYTES
DEFAULT_OUTLET = "Uploaded"

COUNTS = ("articles", "parsed", "unchanged", "duplicates", "skipped")

# The columns that must never be empty, per editable data file.
REQUIRED = {"aliases.csv": ("alias", "canonical"), "media_outlets.csv": ("name",)}


def data_dir() -> Path:
    """Where the editable data files live: $PRESSWATCH_DATA_DIR, else data/."""
    return rules.data_dir()


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


def read_table(name: str, directory: Path | None = None) -> pd.DataFrame:
    """An editable data file (aliases.csv, media_outlets.csv) as text columns."""
    path = (directory or data_dir()) / name
    if not path.exists():
        return pd.DataFrame(columns=list(REQUIRED.get(name, ())))
    return pd.read_csv(path, dtype=str, keep_default_na=False, comment="#")


def problems(name: str, table: pd.DataFrame) -> list[str]:
    """What is wrong with an edited data file; empty when it can be saved."""
    found: list[str] = []
    for column in REQUIRED.get(name, ()):
        if column not in table.columns:
            found.append(f"the column '{column}' is missing")
            continue
        values = table[column].fillna("").astype(str).str.strip()
        for i in values.index[values == ""]:
            found.append(f"row {int(i) + 1}: '{column}' is empty")
    if name == "aliases.csv" and not found:
        found += _alias_conflicts(table)
    return found


def _alias_conflicts(table: pd.DataFrame) -> list[str]:
    """Aliases (matched ignoring case) that name two different actors, and bad types."""
    found: list[str] = []
    keys = table["alias"].astype(str).str.strip().str.casefold()
    canonicals = table["canonical"].astype(str).str.strip()
    for alias, group in canonicals.groupby(keys):
        if group.nunique() > 1:
            names = ", ".join(sorted(set(group)))
            found.append(f"the alias '{alias}' names different actors: {names}")
    if "type" in table.columns:
        allowed = {*ACTOR_TYPES, "CAPITAL", ""}
        types = table["type"].fillna("").astype(str).str.strip().str.upper()
        for i in types.index[~types.isin(allowed)]:
            found.append(
                f"row {int(i) + 1}: type '{table['type'][i]}' is not one of "
                f"{', '.join(ACTOR_TYPES)} or capital"
            )
    return found


def save_table(name: str, table: pd.DataFrame, directory: Path | None = None) -> Path:
    """Write an edited data file (trimmed cells, blank rows dropped) atomically."""
    if name not in REQUIRED:
        raise ValueError(f"{name} is not an editable data file")
    cleaned = table.fillna("").astype(str).apply(lambda col: col.str.strip())
    cleaned = cleaned[(cleaned != "").any(axis=1)]
    if problems(name, cleaned):
        raise ValueError("; ".join(problems(name, cleaned)))
    path = (directory or data_dir()) / name
    head, comments = _header_and_comments(path)
    body = cleaned.to_csv(index=False, lineterminator="\n")
    columns, _, rows = body.partition("\n")
    tmp = path.with_suffix(".csv.tmp")
    tmp.write_text(head + columns + "\n" + comments + rows, encoding="utf-8")
    tmp.replace(path)
    return path


def _header_and_comments(path: Path) -> tuple[str, str]:
    """The file's '#' comment lines before and right after its column line, kept
    across an edit (the data files explain themselves there)."""
    if not path.exists():
        return "", ""
    before: list[str] = []
    after: list[str] = []
    seen_columns = False
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("#"):
            (after if seen_columns else before).append(line)
        elif seen_columns:
            break
        else:
            seen_columns = True
    return "".join(before), "".join(after)


def save_aliases(
    table: pd.DataFrame, store: Store, directory: Path | None = None
) -> Path:
    """Save the alias table and re-canonicalise the stored mentions (no re-parse)."""
    path = save_table("aliases.csv", table, directory)
    sync.recanonicalise(store, path)
    store.set_meta("canonical_fingerprint", sync.canonical_fingerprint())
    return path


@dataclass(frozen=True)
class CorpusStats:
    """What is in the store, for the Data page."""

    articles: int
    by_outlet: pd.DataFrame  # outlet, articles, first, last, words
    first: date | None
    last: date | None
    undated: int
    duplicates: int
    sentences: int
    mentions: int
    attributions: int
    hedges: int


def corpus_stats(store: Store) -> CorpusStats:
    """Counts per outlet and overall, computed in DuckDB."""
    by_outlet = store.query(
        """SELECT outlet, count(*) AS articles, min(published) AS first,
                  max(published) AS last, sum(word_count) AS words
           FROM articles GROUP BY outlet ORDER BY articles DESC, outlet"""
    )
    overall = store.query(
        """SELECT count(*) AS n, min(published) AS first, max(published) AS last,
                  count(*) FILTER (WHERE published IS NULL) AS undated FROM articles"""
    ).iloc[0]
    count = {
        table: int(store.query(f"SELECT count(*) AS n FROM {table}").iloc[0]["n"])
        for table in ("duplicates", "sentences", "mentions", "attributions", "hedges")
    }
    for column in ("first", "last"):
        by_outlet[column] = pd.to_datetime(by_outlet[column]).dt.date
    return CorpusStats(
        articles=int(overall["n"]),
        by_outlet=by_outlet,
        first=_date(overall["first"]),
        last=_date(overall["last"]),
        undated=int(overall["undated"]),
        **count,
    )


def _date(value: object) -> date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()
