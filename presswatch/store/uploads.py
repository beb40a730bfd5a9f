"""The Data page's work: ingest uploaded files with a per-file report, and describe
the corpus (editing the data files is `store.editing`). Nothing here draws widgets, so
the functions are tested directly."""

from __future__ import annotations

import csv
import io
import logging
import re
import tempfile
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pandas as pd
from spacy.language import Language

from presswatch import ingest
from presswatch.nlp import rules

# The corpus statistics are read-side: pages/data.py still finds them here.
from presswatch.query.corpus import CorpusStats, corpus_stats  # noqa: F401
from presswatch.store import Store, sync
from presswatch.vocab import plural

FORMATS = ("txt", "md", "html", "htm", "json", "jsonl", "csv")
MAX_UPLOAD_MB = 20  # per file; ingest itself refuses anything above ingest.MAX_BYTES
MAX_FILES = 100  # per upload: more files are refused, with a message each
MAX_TOTAL_MB = 200  # per upload: files past this total are refused
# A stored file name, in UTF-8 bytes (file systems allow 255); the extension is kept.
MAX_NAME_BYTES = 120
SHOWN_NAME_CHARS = 120  # a longer name is shortened in the report
DEFAULT_OUTLET = "Uploaded"
UPLOADS = "uploads"  # uploaded files are recorded as read from uploads/<outlet>/<name>
_CHUNK = 1 << 20

COUNTS = ("articles", "parsed", "unchanged", "duplicates", "skipped")
# Problems kept per file, in the report table and the outcome: a file of a million bad
# lines is one row saying "… and 999,980 more", not a 70 MB cell sent to the browser.
SHOWN_PROBLEMS = 20

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Upload:
    """One uploaded file: its name as the user's browser sent it, and its content.

    `data` is bytes or a binary file object (Streamlit's UploadedFile): a file object is
    copied to disk in chunks, so an upload is never held in memory a second time.
    """

    name: str
    data: bytes | BinaryIO

    @property
    def size(self) -> int:
        if isinstance(self.data, bytes | bytearray | memoryview):
            return len(self.data)
        if self.data.seekable():
            here = self.data.tell()
            end = self.data.seek(0, io.SEEK_END)
            self.data.seek(here)
            return end
        return int(getattr(self.data, "size", 0))

    def write(self, path: Path, limit: int) -> int:
        """Copy the content to `path`, stopping after `limit` + 1 bytes; the count."""
        if isinstance(self.data, bytes | bytearray | memoryview):
            if len(self.data) <= limit:
                path.write_bytes(self.data)
            return len(self.data)
        if self.data.seekable():
            self.data.seek(0)
        written = 0
        with path.open("wb") as out:
            while written <= limit:
                chunk = self.data.read(min(_CHUNK, limit + 1 - written))
                if not chunk:
                    break
                out.write(chunk)
                written += len(chunk)
        return written


def safe_name(name: str, fallback: str = "upload") -> str:
    """A file or folder name without path parts or characters a file system dislikes,
    at most MAX_NAME_BYTES long in UTF-8 (a long stem is cut; the extension is kept)."""
    base = Path(name.replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\- ]+", "_", base).strip(" ._")
    stem, dot, ext = cleaned.rpartition(".")
    if not dot or len(ext) > 10:
        stem, dot, ext = cleaned, "", ""
    room = MAX_NAME_BYTES - len(f"{dot}{ext}".encode())
    stem = stem.encode()[:room].decode("utf-8", "ignore").strip(" ._")
    return (
        f"{stem}{dot}{ext}" if stem else (f"{fallback}{dot}{ext}" if dot else fallback)
    )


def shown_name(name: str, limit: int = SHOWN_NAME_CHARS) -> str:
    """A file name for the report: a long one keeps its start and its extension."""
    if len(name) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    tail = f"{dot}{ext}" if dot and len(ext) <= 10 else ""
    return name[: limit - len(tail) - 1] + "…" + tail


@dataclass
class IngestResult:
    """Per-file rows (file, outcome, the COUNTS, problems) and the store update's
    report; `reasons`: each file's problems in full, one message each."""

    files: pd.DataFrame
    report: sync.Report
    reasons: dict[str, list[str]] = field(default_factory=dict)


def _shown(err: Exception) -> str:
    """What an upload's table says of a failure: a broken rule file by its name and
    line (the editor's to fix; its folder stays in the log), else 'see the log'."""
    if isinstance(err, rules.RuleFileError):
        return f"rule file {err.shown}"
    return "see the log"


def ingest_uploads(
    uploads: Iterable[Upload],
    store: Store,
    nlp: Language | None = None,
    *,
    outlet: str = DEFAULT_OUTLET,
    max_mb: float = MAX_UPLOAD_MB,
    max_files: int = MAX_FILES,
    max_total_mb: float = MAX_TOTAL_MB,
    text_column: str | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> IngestResult:
    """Ingest uploaded files into `store` and say, per file, what was read or skipped.

    Files go to a fresh temporary folder named after `outlet` (the outlet of articles
    that do not name one), so nothing the user sends lands next to the data; articles
    are recorded as read from `uploads/<outlet>/<file name>`, so uploading the same
    file again finds it already stored, and an edited file replaces its old version
    (as re-reading an edited file from disk does). Files of
    an unsupported type, over `max_mb`, past the `max_files`-th or past `max_total_mb`
    in all are refused before ingest, each with its reason; bad files and lines are
    skipped by ingest; each batch is written in one transaction, so what is stored
    stays intact. A file that fails in any other way is reported (and logged) and the
    others go on. `text_column` names the CSV/JSON field that holds the text (as
    `--text-column`).
    """
    rows: dict[str, dict] = {}
    limit = int(max_mb * 1_000_000)
    with tempfile.TemporaryDirectory(prefix="presswatch-upload-") as tmp:
        folder = Path(tmp) / safe_name(outlet, DEFAULT_OUTLET)
        folder.mkdir()
        logical = f"{UPLOADS}/{folder.name}"

        def as_path(path: str) -> str:
            return logical + path.removeprefix(str(folder))

        paths: dict[str, str] = {}
        refused: list[ingest.Skipped] = []
        total = 0
        for count, upload in enumerate(uploads, 1):
            name = _unique(safe_name(upload.name), rows)
            row = rows[name] = dict.fromkeys(COUNTS, 0) | {
                "file": shown_name(upload.name),
                "problems": [],
            }
            problem = _refusal(name, upload.size, max_mb) or _over_limits(
                name, count, total + upload.size, max_files, max_total_mb
            )
            if problem is None:
                problem = _write(upload, folder / name, limit, max_mb)
            if problem:
                refused.append(problem)
                row["problems"].append(problem.message)
                row["skipped"] += 1
                continue
            total += upload.size
            paths[str(folder / name)] = name

        n_files = max(len(paths), 1)
        report = sync.Report(skipped=refused)
        for i, (file, name) in enumerate(sorted(paths.items(), key=lambda kv: kv[1])):
            if progress:
                progress(
                    i / n_files,
                    f"Reading and parsing {shown_name(name, 60)} ({i + 1} of {len(paths)})",
                )
            row = rows[name]

            def on_item(item: ingest.Article | ingest.Skipped, row: dict = row) -> None:
                if isinstance(item, ingest.Skipped):
                    if len(row["problems"]) < SHOWN_PROBLEMS:
                        row["problems"].append(item.message.replace(logical + "/", ""))
                    row["skipped"] += 1

            try:
                part = sync.update(
                    [file],
                    store,
                    nlp,
                    text_column=text_column or None,
                    on_item=on_item,
                    as_path=as_path,
                )
            except Exception as err:  # one file never ends the upload; the log has it
                log.exception("ingest of the uploaded file %s failed", name)
                failed = ingest.Skipped(name, None, "analysis failed", _shown(err))
                report.skip(failed)
                row["problems"].append(failed.message)
                row["skipped"] += 1
                continue
            row.update(
                articles=part.read,
                parsed=part.parsed,
                unchanged=part.unchanged,
                duplicates=part.duplicates,
            )
            _add(report, part)
        if progress:
            read = sum(1 for r in rows.values() if r["articles"])
            progress(1.0, f"Done: {read} of {plural(len(rows), 'file')} read")
    table = pd.DataFrame(
        [
            {
                **r,
                "outcome": _file_outcome(r),
                "problems": "; ".join(_problems(r)),
            }
            for r in rows.values()
        ],
        columns=["file", "outcome", *COUNTS, "problems"],
    )
    reasons = {r["file"]: _problems(r) for r in rows.values() if r["problems"]}
    return IngestResult(table, report, reasons)


def _problems(row: dict) -> list[str]:
    """A file's problems as shown: the first SHOWN_PROBLEMS, then how many more."""
    more = row["skipped"] - len(row["problems"])
    return row["problems"] + ([f"… and {more:,} more"] if more > 0 else [])


# -- the report: what happened, in words and as one of three outcomes -------------------
SUCCESS, PARTIAL, FAILURE = "success", "partial", "failure"


def _file_outcome(row: dict) -> str:
    if not row["articles"]:
        return "not read" if row["problems"] else "no articles in it"
    return "partly read" if row["problems"] else "read"


@dataclass(frozen=True)
class Outcome:
    """What an upload did: `kind` success (every file read whole), partial (some files
    or records could not be read) or failure (not one article read); a one-line
    `message`; and per file that had problems, its full reasons."""

    kind: str
    message: str
    problems: list[tuple[str, list[str]]]


def outcome(result: IngestResult) -> Outcome:
    """The upload's outcome in words (never "done" when nothing was read)."""
    files = result.files
    n = len(files)
    problems = list(result.reasons.items())
    articles = summary(result.report)
    if n and result.report.read == 0:
        kind = FAILURE
        message = (
            f"Nothing was added: no article could be read from the {n} files."
            if n > 1
            else "Nothing was added: no article could be read from the file."
        )
    elif problems:
        kind = PARTIAL
        whole = int((files.outcome == "read").sum())
        message = (
            f"Partly added: {whole} of {plural(n, 'file')} read whole; "
            f"{plural(len(problems), 'file')} could not be read in full (reasons "
            f"below). {articles}"
        )
    else:
        kind = SUCCESS
        message = (
            f"Added: {'the file' if n == 1 else f'all {n} files'} read. {articles}"
        )
    return Outcome(kind, message, problems)


def summary(report: sync.Report) -> str:
    """One line on what an upload did to the store."""
    skipped = report.skipped_total
    return (
        f"{plural(report.read, 'article')} read: {report.parsed:,} new or "
        f"changed (parsed), {report.unchanged:,} already stored, "
        f"{plural(report.duplicates, 'duplicate')} recorded; "
        f"{skipped:,} {'file or record' if skipped == 1 else 'files or records'} skipped."
    )


def csv_columns(uploads: Iterable[Upload]) -> list[str]:
    """The header fields of the uploaded CSV files, in order (the text column choices)."""
    seen: dict[str, None] = {}
    for upload in uploads:
        if not upload.name.lower().endswith(".csv"):
            continue
        if isinstance(upload.data, bytes | bytearray | memoryview):
            head = bytes(upload.data[:65536])
        else:  # a file object: read its start, then put it back
            if not upload.data.seekable():
                continue  # cannot peek without losing what ingest needs
            here = upload.data.tell()
            upload.data.seek(0)
            head = upload.data.read(65536)
            upload.data.seek(here)
        first = head.decode("utf-8-sig", "replace").splitlines()[:1]
        if first:
            delimiter = max(",;\t", key=first[0].count)
            for name in next(csv.reader(first, delimiter=delimiter), []):
                if name.strip():
                    seen.setdefault(name.strip(), None)
    return list(seen)


def _add(total: sync.Report | None, part: sync.Report) -> None:
    if total is None:
        return
    for name in ("read", "parsed", "unchanged", "duplicates", "reparsed"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.add_skips(part)


def _refusal(name: str, size: int, max_mb: float) -> ingest.Skipped | None:
    """Why a file is not even handed to ingest (its type or size), or None."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in FORMATS:
        return ingest.Skipped(name, None, "unsupported file type", f".{extension}")
    if size > max_mb * 1_000_000:
        return ingest.Skipped(
            name, None, "too large", f"{size / 1e6:.1f} MB > {max_mb} MB"
        )
    return None


def _over_limits(
    name: str, count: int, total: int, max_files: int, max_total_mb: float
) -> ingest.Skipped | None:
    """Why a file is past what one upload may hold (its number, the running total)."""
    if count > max_files:
        return ingest.Skipped(
            name, None, "too large", f"one upload takes {max_files} files at most"
        )
    if total > max_total_mb * 1_000_000:
        return ingest.Skipped(
            name, None, "too large", f"one upload takes {max_total_mb:g} MB at most"
        )
    return None


def _write(
    upload: Upload, target: Path, limit: int, max_mb: float
) -> ingest.Skipped | None:
    """Copy an upload to the temporary folder; why not, if it could not be."""
    try:
        written = upload.write(target, limit)
    except (OSError, ValueError) as err:
        log.warning("could not write the upload %s: %s", target.name, err)
        return ingest.Skipped(target.name, None, "unreadable", "could not be saved")
    if written > limit:  # the file grew past what its size said
        target.unlink(missing_ok=True)
        return ingest.Skipped(target.name, None, "too large", f"> {max_mb} MB")
    return None


def _unique(name: str, used: Collection[str]) -> str:
    """`name`, or `name` with a counter, so two uploads of "a.txt" both survive."""
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}{dot}{ext}" if dot else f"{name}-{n}"
    return candidate
