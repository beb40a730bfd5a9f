"""Files -> Article records: the library's only file reading.

`read(paths)` yields an `Article` for every good article and a `Skipped` record for
every bad file, line or row; it never raises on bad input and reads lazily, one file
at a time. Supported: .txt/.md (optional header or YAML front matter), .html/.htm
(trafilatura), .jsonl/.json and .csv records.

Choices a monitor should know about:
- Text. JSON/CSV text is kept exactly as given. For .txt/.md the header is removed,
  line endings become "\\n" (as Python's text mode does), leading blank lines and
  trailing whitespace are dropped; nothing else changes, so offsets stay meaningful.
- Title. Given, else the first line of the text (cut at a word before 120
  characters, with "…"): a monitor scanning a list recognises an article by its lead,
  which the file name ("article.txt") rarely tells.
- Outlet. Given, else the HTML site name (or the host of its canonical URL), else
  the parent folder's name.
- Dates. The date as written, timezone ignored ("2024-05-03T23:30:00-05:00" is
  3 May). ISO, "May 3, 2024", "3 May 2024", RFC 2822, "2024/05/03" are read.
  "03/05/2024" is read only when unambiguous (a part above 12, or day == month);
  otherwise None: a wrong date is worse than none. Anything unreadable -> None.
- content_hash: sha256 of the text after NFKC, typographic quotes and dashes made
  ASCII, whitespace collapsed, casefolded; copies from two outlets that differ only
  in such details share it. read() keeps duplicates: the store decides.
- id: the given id, else sha256(outlet, title, text) hex prefix 16: stable across
  runs, equal for byte-identical copies under the same outlet and title.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from presswatch.ingest.articles import (
    META_CHARS,
    META_FIELDS,
    TEXT_FIELDS,
    TITLE_CHARS,
    article_id,
    content_hash,
)
from presswatch.ingest.dates import DATE_CHARS, parse_date
from presswatch.ingest.decoding import decode, stream_encoding
from presswatch.ingest.formats import (
    FRONT_MATTER_CHARS,
    MAX_BYTES,
    READERS,
    STREAMED,
    read_stream,
)
from presswatch.ingest.skipped import SKIP_REASONS, Record, Skipped

__all__ = [
    "DATE_CHARS",
    "FRONT_MATTER_CHARS",
    "MAX_BYTES",
    "META_CHARS",
    "META_FIELDS",
    "SKIP_REASONS",
    "TEXT_FIELDS",
    "TITLE_CHARS",
    "Record",
    "Skipped",
    "article_id",
    "content_hash",
    "decode",
    "parse_date",
    "read",
    "stream_encoding",
]


def read(
    paths: Iterable[str | Path],
    *,
    text_column: str | None = None,
    max_bytes: int = MAX_BYTES,
    on_read: Callable[[int, int], None] | None = None,
) -> Iterator[Record]:
    """Articles from files, folders (recursive) and glob patterns, and what was skipped.

    `text_column` names the field holding the text in CSV and JSON records.
    `on_read(files, nbytes)` hears of progress: bytes as a JSONL/CSV feed is read, and
    each file as it is done (1, its bytes not yet counted); see `input_size`.
    """
    if isinstance(paths, str | Path):  # one path, not an iterable of characters
        paths = [paths]
    seen: set[str] = set()
    for item in paths:
        for path in _paths(item):
            if isinstance(path, Skipped):
                yield path
                continue
            key = os.path.realpath(path)
            if key in seen:
                continue
            seen.add(key)
            if on_read is None:
                yield from _read_file(
                    path, text_column=text_column, max_bytes=max_bytes
                )
            else:
                yield from _read_counted(
                    path, on_read, text_column=text_column, max_bytes=max_bytes
                )


def _read_counted(
    path: Path, on_read: Callable[[int, int], None], **options: Any
) -> Iterator[Record]:
    """`_read_file`, telling `on_read` of a feed's bytes as they are read and of the
    file when it is done."""
    counted = 0

    def on_bytes(n: int) -> None:
        nonlocal counted
        counted += n
        on_read(0, n)

    yield from _read_file(path, on_bytes=on_bytes, **options)
    on_read(1, max(_size(path) - counted, 0))


class InputSize(NamedTuple):
    """What `read(paths)` will go through: a progress bar's total."""

    files: int
    bytes: int
    feeds: int  # JSONL and CSV files, read record by record


def input_size(paths: Iterable[str | Path]) -> InputSize:
    """The files and bytes that `read(paths)` reads, found without reading them."""
    if isinstance(paths, str | Path):
        paths = [paths]
    seen: set[str] = set()
    files = nbytes = feeds = 0
    for item in paths:
        for path in _paths(item):
            if isinstance(path, Path) and (key := os.path.realpath(path)) not in seen:
                seen.add(key)
                files += 1
                nbytes += _size(path)
                feeds += path.suffix.lower() in STREAMED
    return InputSize(files, nbytes, feeds)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _paths(item: str | Path) -> Iterator[Path | Skipped]:
    """The files a path, folder or glob pattern names; a path the OS rejects is skipped."""
    if not str(item).strip():
        yield Skipped(str(item), None, "not found")
        return
    try:
        yield from _expand(item)
    except (OSError, ValueError) as err:  # a name too long, a NUL byte in it
        yield Skipped(str(item), None, "not found", str(err)[:200])


def _expand(item: str | Path) -> Iterator[Path | Skipped]:
    """The files a path, folder or glob pattern names, in sorted order."""
    path = Path(item)
    if path.is_dir():
        yield from _walk(path)
    elif path.exists() or path.is_symlink():
        yield path
    elif any(c in str(item) for c in "*?["):
        matches = sorted(glob.glob(str(item), recursive=True))
        if not matches:
            yield Skipped(str(item), None, "no files match")
        for match in matches:
            yield from (
                _walk(Path(match)) if os.path.isdir(match) else iter([Path(match)])
            )
    else:
        yield Skipped(str(item), None, "not found")


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    """Files under a folder: its own by name, then each subfolder; no hidden ones.

    A symbolic link to a file or folder outside the folder is skipped ("link outside
    the folder"): a folder unpacked from someone else's archive could otherwise hold
    `notes.txt -> ~/.ssh/id_rsa` and put that file in the store for every reader. Links
    to folders are never followed (os.walk's default, so no loops); one that stays
    inside is walked anyway, as the folder it points to.
    """
    inside = os.path.realpath(folder)
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        yield from _unreadable_folders(errors)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            path = Path(root) / name
            if path.is_symlink() and not _within(path, inside):
                yield Skipped(str(path), None, "link outside the folder")
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if path.is_symlink() and not _within(path, inside):
                yield Skipped(str(path), None, "link outside the folder")
            else:
                yield path
    yield from _unreadable_folders(errors)


def _within(link: Path, folder: str) -> bool:
    """Whether `link` resolves to `folder` or below it (`folder` already resolved)."""
    target = os.path.realpath(link)
    return target == folder or target.startswith(folder.rstrip(os.sep) + os.sep)


def _unreadable_folders(errors: list[OSError]) -> Iterator[Skipped]:
    for err in errors:
        yield Skipped(str(err.filename), None, "unreadable", err.strerror or "")
    errors.clear()


def _read_file(
    path: Path,
    *,
    text_column: str | None,
    max_bytes: int,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[Record]:
    name = str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None and path.suffix.lower() not in STREAMED:
        yield Skipped(
            name, None, "unsupported file type", path.suffix or "no extension"
        )
        return
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            yield Skipped(name, None, "not a regular file")
            return
        if path.suffix.lower() in STREAMED:
            # Each record's failure is its own skip; what reaches here is the file's.
            yield from read_stream(path, text_column, max_bytes, on_bytes)
            return
        if info.st_size > max_bytes:
            yield Skipped(
                name, None, "too large", f"{info.st_size} bytes > {max_bytes}"
            )
            return
        data = path.read_bytes()
        text = decode(data) if data.strip() else ""
    except Exception as err:  # noqa: BLE001 - one file never ends the batch
        yield Skipped(name, None, "unreadable", _problem(err))
        return
    if text is None:
        yield Skipped(name, None, "binary file")
        return
    if not text.strip():
        yield Skipped(name, None, "empty")
        return
    try:
        yield from reader(text, path, text_column)
    except Exception as err:  # noqa: BLE001 - hostile input must not end the batch
        # Parsers of third-party formats raise more than they document (trafilatura
        # and lxml on broken markup, RecursionError on deeply nested JSON or YAML).
        yield Skipped(name, None, "unreadable", _problem(err))


def _problem(err: Exception) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return f"{type(err).__name__}: {err}"[:200]
