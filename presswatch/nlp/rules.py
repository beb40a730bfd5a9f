"""The rule data (data/*.csv): where it is read from, how it is parsed, its fingerprint.

Every reader of a rule file goes through `parsed`: a file is read again only when it
changes on disk (size, modification time or inode: an atomic save always gives a new
inode; a file changed in the last two seconds is read every time), and each table is
built once per content, keyed by the content's hash. So a
saved file is what the next parse uses, and `fingerprint` names exactly the bytes the
extractors read.

`$PRESSWATCH_DATA_DIR` names a folder whose rule files replace the bundled ones in
data/; a file that folder lacks is read from data/. Editors save into that folder.

The format is CSV with comment lines: a line starting with "#" at the start of a record
is a comment (a "#" anywhere else, or in a quoted field, is text), so "Channel #4 News"
and a quoted "#MeToo" are data. `parse_table` and `format_table` read and write it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from presswatch import DATA_DIR

# Every rule file in data/ (a test keeps this list equal to data/*.csv).
RULE_FILES = (
    "aliases.csv",
    "claim_synonyms.csv",
    "hedges.csv",
    "media_outlets.csv",
    "reporting_verbs.csv",
)
# Editing these changes canonical actor names only (capitals are rows of type
# "capital" in aliases.csv): stored mentions are re-canonicalised, nothing re-parsed.
CANONICAL_FILES = ("aliases.csv",)

T = TypeVar("T")


class RuleFileError(ValueError):
    """A rule file that cannot be read as a table; the message names file and line."""

    def __init__(self, path: str | Path, problem: str, line: int | None = None) -> None:
        self.path, self.problem, self.line = Path(path), problem, line
        super().__init__(self._where(str(path)))

    def __reduce__(self):  # crosses to and from worker processes whole
        return type(self), (self.path, self.problem, self.line)

    def _where(self, file: str) -> str:
        at = file if self.line is None else f"{file} line {self.line}"
        return f"{at}: {self.problem}"

    @property
    def shown(self) -> str:
        """The message with the file's name only, not where it lives on the server."""
        return self._where(self.path.name)


def data_dir() -> Path:
    """Where rule files are read from and saved to: $PRESSWATCH_DATA_DIR, else data/."""
    folder = os.environ.get("PRESSWATCH_DATA_DIR")
    return Path(folder) if folder else DATA_DIR


def rule_path(name: str | Path) -> Path:
    """The file a rule table is read from: a path as given; a bare name from
    `data_dir()`, else the bundled copy in data/."""
    if isinstance(name, Path) or os.sep in name or "/" in name:
        return Path(name)
    own = data_dir() / name
    return own if own.exists() or own.parent == DATA_DIR else DATA_DIR / name


@dataclass(frozen=True, slots=True)
class RuleFile:
    """The bytes of a rule file as read, with their hash."""

    path: Path
    data: bytes
    digest: str

    @property
    def text(self) -> str:
        try:
            return self.data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise RuleFileError(self.path, f"not UTF-8 text ({err})") from None


_lock = threading.Lock()
_files: dict[Path, tuple[tuple[int, int, int], RuleFile]] = {}
_built: dict[tuple[Callable, str], object] = {}
_MAX_BUILT = 32  # old versions of edited files are dropped past this
_RACY_NS = 2_000_000_000


_unchanged = threading.local()  # per thread: the files read inside `unchanged()`


@contextmanager
def unchanged() -> Iterator[None]:
    """Inside, each rule file is looked at on disk once, at its first read, and that
    version is used to the end: a batch is analysed with one version of the rules,
    without a look at the disk for each of its thousands of lookups (0.15 CPU-s
    per 500 news articles)."""
    if getattr(_unchanged, "files", None) is not None:  # already inside
        yield
        return
    _unchanged.files = {}
    try:
        yield
    finally:
        _unchanged.files = None


def read(name: str | Path) -> RuleFile:
    """A rule file's current bytes: re-read only when the file changed on disk."""
    files = getattr(_unchanged, "files", None)
    if files is None:
        return _read(name)
    file = files.get(name)
    if file is None:
        file = files[name] = _read(name)
    return file


def _read(name: str | Path) -> RuleFile:
    path = rule_path(name)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise RuleFileError(path, "rule file not found") from None
    signature = (st.st_ino, st.st_size, st.st_mtime_ns)
    cached = _files.get(path)
    if cached is not None and cached[0] == signature:
        return cached[1]
    data = path.read_bytes()
    file = RuleFile(path, data, hashlib.sha256(data).hexdigest())
    # As git does with its index: a file changed within a clock tick of this read
    # could change again with the same size and time, so it is read again next time.
    if time.time_ns() - st.st_mtime_ns > _RACY_NS:
        with _lock:
            _files[path] = (signature, file)
    return file


def parsed(name: str | Path, build: Callable[[RuleFile], T]) -> T:
    """`build(file)` for the current content of a rule file, built once per content."""
    return built(read(name), build)


def built(file: RuleFile, build: Callable[[RuleFile], T]) -> T:
    """`build(file)`, built once per content of the file."""
    key = (build, file.digest)
    value = _built.get(key)
    if value is None:
        value = build(file)
        with _lock:
            if len(_built) >= _MAX_BUILT:
                _built.pop(next(iter(_built)))
            _built[key] = value
    return value  # type: ignore[return-value]


def forget() -> None:
    """Drop what was read, so the next reader looks at the files again (after a save
    that might share size and timestamp with the old file)."""
    with _lock:
        _files.clear()


def fingerprint(files: Iterable[str] = RULE_FILES, *, salt: str = "") -> str:
    """Identifies the content of rule files (all by default), each hashed with its name."""
    h = hashlib.sha256(salt.encode())
    for name in sorted(files):
        h.update(name.encode())
        h.update(read(name).data)
    return h.hexdigest()[:16]


@dataclass
class Table:
    """A rule file as a table of text: its columns, rows (each with the file line it
    starts on) and comment lines, each kept with the number of rows before it
    (-1: before the column line)."""

    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    comments: list[tuple[int, str]] = field(default_factory=list)

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line, {column: value}) per row; missing trailing cells are empty."""
        for line, row in zip(self.lines, self.rows, strict=True):
            padded = row + [""] * (len(self.columns) - len(row))
            yield line, dict(zip(self.columns, padded, strict=True))


def parse_table(text: str, source: str | Path = "<text>") -> Table:
    """A table from CSV text with comment lines; a row with more cells than columns
    is an error naming the file and line."""
    lines = io.StringIO(text, newline="")
    state = {"line": 0, "at_record": True, "start": 0, "rows": -1}
    comments: list[tuple[int, str]] = []

    def feed() -> Iterator[str]:
        for line in lines:
            state["line"] += 1
            if state["at_record"]:
                if line.startswith("#"):
                    comments.append((state["rows"], line.rstrip("\r\n")))
                    continue
                state["start"] = state["line"]
            state["at_record"] = False
            yield line

    table: Table | None = None
    reader = csv.reader(feed(), strict=True)
    try:
        for row in reader:
            state["at_record"] = True
            if not row:
                continue  # a blank line
            if table is None:
                table = Table(columns=row)
                state["rows"] = 0
                continue
            if len(row) > len(table.columns):
                raise RuleFileError(
                    source,
                    f"{len(row)} cells, the column line has {len(table.columns)}",
                    state["start"],
                )
            table.rows.append(row)
            table.lines.append(state["start"])
            state["rows"] += 1
    except csv.Error as err:
        raise RuleFileError(source, str(err), state["start"]) from None
    if table is None:
        raise RuleFileError(source, "no column line")
    table.comments = comments
    return table


def read_table(file: RuleFile) -> Table:
    """The table in a rule file."""
    return parse_table(file.text, file.path)


def format_table(table: Table) -> str:
    """CSV text that `parse_table` reads back as the same table: cells quoted where
    they hold a comma, quote or line break, or start with "#"; comments kept at their
    places; lines end in "\\n"."""
    comments = sorted(table.comments, key=lambda c: c[0])
    out: list[str] = []
    at = 0

    def comments_before(rows: int) -> None:
        nonlocal at
        while at < len(comments) and comments[at][0] < rows:
            out.append(comments[at][1] + "\n")
            at += 1

    comments_before(0)
    out.append(_line(table.columns))
    for n, row in enumerate(table.rows):
        comments_before(n + 1)
        out.append(_line(row))
    comments_before(len(table.rows) + 1)
    return "".join(out)


def _line(cells: list[str]) -> str:
    if len(cells) == 1 and cells[0] == "":
        return '""\n'  # an empty line would be read as no row
    return ",".join(_cell(c) for c in cells) + "\n"


def _cell(text: str) -> str:
    if text.startswith("#") or any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


# --- outlet names -------------------------------------------------------------------


def outlet_name(name: str) -> str:
    """The media list's name for an outlet as a file gives it: "nyt", "New York Times"
    and "the-new-york-times" are "The New York Times" (matched on letters and digits
    only, case and a leading "the" ignored, against each outlet's name and aliases in
    media_outlets.csv); a name not on the list, or an unreadable list, leaves the name
    as given."""
    if not name.strip():
        return name
    try:
        names = parsed("media_outlets.csv", _outlet_names)
    except RuleFileError:
        return name
    return names.get(outlet_key(name), name)


def known_outlet(name: str) -> bool:
    """Whether a name is one of the media list's outlets (compared as `outlet_name`)."""
    try:
        return outlet_key(name) in parsed("media_outlets.csv", _outlet_names)
    except RuleFileError:
        return False


def known_agency(name: str) -> bool:
    """Whether a name is one of the media list's news agencies (its `agency` column:
    "Reuters", "The Associated Press", "Xinhua")."""
    try:
        return outlet_key(name) in parsed("media_outlets.csv", _agency_names)
    except RuleFileError:
        return False


@lru_cache(maxsize=1 << 14)
def outlet_key(name: str) -> str:
    """The form outlet names are compared in: "The Huffington-Post" -> "huffingtonpost"."""
    text = unicodedata.normalize("NFKD", name).casefold()
    text = _LEADING_THE.sub("", text.strip())
    return _NOT_ALNUM.sub("", text)


_LEADING_THE = re.compile(r"^the\b")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _agency_names(file: RuleFile) -> frozenset[str]:
    return frozenset(
        key
        for key, row in _outlet_rows(file)
        if (row.get("agency") or "").strip().lower() == "yes"
    )


def _outlet_names(file: RuleFile) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, row in _outlet_rows(file):
        out.setdefault(key, row["name"].strip())
    return out


def _outlet_rows(file: RuleFile) -> Iterator[tuple[str, dict[str, str]]]:
    """(key of each name and alias, its row) of the media list, in the file's order."""
    for _, row in read_table(file).records():
        name = row.get("name", "").strip()
        if not name:
            continue
        for alias in [name, *(row.get("aliases") or "").split("|")]:
            key = outlet_key(alias)
            if key:
                yield key, row
