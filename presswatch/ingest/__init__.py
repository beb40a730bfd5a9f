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

import codecs
import csv
import glob
import hashlib
import itertools
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from charset_normalizer import from_bytes

from presswatch.records import Article

MAX_BYTES = 20_000_000
TITLE_CHARS = 120

# Field names accepted in headers, front matter and JSON/CSV records (any case);
# the first alias with a non-empty value wins.
TEXT_FIELDS = ("text", "body", "content", "article")
META_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "publisher", "sitename"),
    "published": ("published", "date", "published_at", "pubdate", "datetime"),
    "url": ("url", "link"),
    "author": ("author", "byline"),
}

# Every `Skipped.reason`, so a caller can count by them.
SKIP_REASONS = (
    "not found",
    "no files match",
    "not a regular file",
    "unsupported file type",
    "unreadable",
    "too large",
    "empty",
    "binary file",
    "invalid front matter",
    "invalid JSON",
    "not a JSON object",
    "invalid CSV",
    "wrong number of fields",
    "no text column",
    "no text",
    "analysis failed",  # set by the store update: the rules broke on this article
)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file, line or row that gave no article, and why."""

    path: str
    line: int | None
    reason: str  # one of SKIP_REASONS
    detail: str = ""

    @property
    def message(self) -> str:
        """One line for a log: 'data/x.jsonl line 7: invalid JSON (Expecting ...)'."""
        where = self.path if self.line is None else f"{self.path} line {self.line}"
        return f"{where}: {self.reason}" + (f" ({self.detail})" if self.detail else "")


Record = Article | Skipped


def read(
    paths: Iterable[str | Path],
    *,
    text_column: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Record]:
    """Articles from files, folders (recursive) and glob patterns, and what was skipped.

    `text_column` names the field holding the text in CSV and JSON records.
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
            yield from _read_file(path, text_column=text_column, max_bytes=max_bytes)


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
    """Files under a folder: its own by name, then each subfolder; no hidden ones."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        yield from _unreadable_folders(errors)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name
    yield from _unreadable_folders(errors)


def _unreadable_folders(errors: list[OSError]) -> Iterator[Skipped]:
    for err in errors:
        yield Skipped(str(err.filename), None, "unreadable", err.strerror or "")
    errors.clear()


def _read_file(
    path: Path, *, text_column: str | None, max_bytes: int
) -> Iterator[Record]:
    name = str(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None and path.suffix.lower() not in _STREAMED:
        yield Skipped(
            name, None, "unsupported file type", path.suffix or "no extension"
        )
        return
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            yield Skipped(name, None, "not a regular file")
            return
        if path.suffix.lower() in _STREAMED:
            yield from _read_stream(path, text_column, max_bytes)
            return
        if info.st_size > max_bytes:
            yield Skipped(
                name, None, "too large", f"{info.st_size} bytes > {max_bytes}"
            )
            return
        data = path.read_bytes()
    except OSError as err:
        yield Skipped(name, None, "unreadable", err.strerror or type(err).__name__)
        return
    if not data.strip():
        yield Skipped(name, None, "empty")
        return
    text = decode(data)
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
        yield Skipped(name, None, "unreadable", f"{type(err).__name__}: {err}")


# --- decoding ---------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes) -> str | None:
    """The text of a file's bytes, or None if they are not text.

    UTF-8 (BOM or not) first, then Windows-1252 when it reads as Western text, then
    charset-normalizer, which on short texts mistakes Windows-1252 curly quotes for
    Central European code pages ("pręts" for "prêts").
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text_or_none(data.decode(encoding))
            except UnicodeDecodeError:
                return None
    if b"\x00" in data:
        return None
    try:
        return _text_or_none(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text):
        return _text_or_none(text)
    best = from_bytes(data).best()
    return None if best is None else _text_or_none(str(best))


def _looks_western(text: str) -> bool:
    """Most letters ASCII: true of English or French, false of Cyrillic read as 1252."""
    letters = [c for c in text[:100_000] if c.isalpha()]
    accented = sum(1 for c in letters if not c.isascii())
    return bool(letters) and accented <= 0.3 * len(letters)


def _text_or_none(text: str) -> str | None:
    """Text unless control characters say it is binary data."""
    return None if len(_CONTROL.findall(text)) > 0.05 * len(text) else text


# --- plain text and Markdown ------------------------------------------------------

_HEADER_KEYS = sorted((a for names in META_FIELDS.values() for a in names), key=len)
# "Title: ...", "Source: ..." lines at the top; longest key first so "published_at"
# is not read as "published".
_HEADER_LINE = re.compile(
    r"(" + "|".join(reversed(_HEADER_KEYS)) + r")[ \t]*:[ \t]*(.*)", re.IGNORECASE
)
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")


class _FrontMatterLoader(yaml.SafeLoader):
    """safe_load that leaves dates as text: "2024-02-30" gives no date, not an error."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_text(text: str, path: Path, text_column: str | None) -> Iterator[Record]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[0].rstrip() == "---":
        end = next(
            (i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")),
            None,
        )
        if end is None:
            yield Skipped(str(path), 1, "invalid front matter", "no closing ---")
            return
        try:
            # a SafeLoader subclass: as safe as yaml.safe_load
            meta = yaml.load("\n".join(lines[1:end]), Loader=_FrontMatterLoader)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problem = getattr(err, "problem", None) or type(err).__name__
            yield Skipped(str(path), line, "invalid front matter", problem)
            return
        if meta is None:
            meta = {}
        if not isinstance(meta, dict):
            yield Skipped(str(path), 2, "invalid front matter", "not a mapping")
            return
        body_start = end + 1
    else:
        meta = {}
        body_start = 0
        first = next((i for i, line in enumerate(lines) if line.strip()), 0)
        for i, line in enumerate(lines[first:], start=first):
            match = _HEADER_LINE.fullmatch(line.strip())
            if match is None:
                break
            meta.setdefault(match.group(1).lower(), match.group(2).strip())
            body_start = i + 1
    body = _LEADING_BLANK_LINES.sub("", "\n".join(lines[body_start:])).rstrip()
    if not body.strip():
        yield Skipped(str(path), None, "no text")
        return
    yield _article(meta, body, path=str(path), folder=path)


# --- HTML -------------------------------------------------------------------------


def _read_html(text: str, path: Path, text_column: str | None) -> Iterator[Record]:
    import trafilatura  # slow to import; only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True)
    body = (doc.text or "").strip() if doc is not None else ""
    if not body:
        yield Skipped(str(path), None, "no text", "no main text found in the HTML")
        return
    title = (doc.title or "").strip()
    first, _, rest = body.partition("\n")
    if title and first.strip() == title and rest.strip():
        body = rest.strip()  # the headline is the title, not the first paragraph
    meta = {
        "title": title,
        # trafilatura falls back to the host name of the page's canonical URL
        "outlet": doc.sitename or "",
        "published": doc.date or "",
        "url": doc.url or "",
        "author": doc.author or "",
    }
    yield _article(meta, body, path=str(path), folder=path)


# --- JSON and JSON Lines ----------------------------------------------------------


def _read_jsonl(
    lines: Iterable[str],
    path: Path,
    text_column: str | None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Record]:
    # Lines end at "\n" only (see _read_stream): str.splitlines() would also split on
    # U+2028, which JSON allows unescaped inside strings.
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield Skipped(str(path), number, "too large", f"{len(line)} characters")
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(str(path), number, "invalid JSON", err.msg)
            continue
        yield _record_article(value, path, number, text_column)


def _read_json(text: str, path: Path, text_column: str | None) -> Iterator[Record]:
    items = _json_items(text)
    while True:
        try:
            number, value = next(items)
        except StopIteration:
            return
        except json.JSONDecodeError as err:
            yield Skipped(str(path), err.lineno, "invalid JSON", err.msg)
            return
        yield _record_article(value, path, number, text_column)


def _json_items(text: str) -> Iterator[tuple[int | None, Any]]:
    """(line, value) for each element of a top-level JSON list, or (None, the value).

    Decodes element by element so each record knows its line, and the records before
    a syntax error (a truncated download) still come through.
    """
    decoder = json.JSONDecoder()
    line, counted = 1, 0  # line of position `counted`, so counting stays linear
    i = _skip_space(text, 0)
    if not text.startswith("[", i):
        yield None, json.loads(text)
        return
    i = _skip_space(text, i + 1)
    if text.startswith("]", i):
        i += 1
    else:
        while True:
            value, end = decoder.raw_decode(text, i)
            line += text.count("\n", counted, i)
            counted = i
            yield line, value
            i = _skip_space(text, end)
            if text.startswith(",", i):
                i = _skip_space(text, i + 1)
            elif text.startswith("]", i):
                i += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, i)
    if _skip_space(text, i) != len(text):
        raise json.JSONDecodeError("Extra data", text, _skip_space(text, i))


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


def _record_article(
    value: Any, path: Path, line: int | None, text_column: str | None
) -> Record:
    if not isinstance(value, dict):
        return Skipped(str(path), line, "not a JSON object", type(value).__name__)
    where = str(path) if line is None else f"{path}:{line}"
    fields = (text_column,) if text_column else TEXT_FIELDS
    body = _first(value, fields)
    if not isinstance(body, str) or not body.strip():
        detail = (
            f"no {' / '.join(fields)} field"
            if body is None
            else "empty or not a string"
        )
        return Skipped(str(path), line, "no text", detail)
    return _article(value, body, path=where, folder=path)


# --- CSV --------------------------------------------------------------------------


def _read_csv(
    lines: Iterable[str],
    path: Path,
    text_column: str | None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Record]:
    _raise_field_limit()
    lines = iter(lines)
    header_line = next(lines, "")
    # Exports from European spreadsheets use ";", some tools a tab.
    delimiter = (
        max(",;\t", key=header_line.count) if header_line.count(",") == 0 else ","
    )
    # strict: an unclosed quote is an error, not a field that swallows later rows.
    # The lines come from a file opened with newline="" as the csv docs ask.
    rows = csv.reader(
        itertools.chain([header_line], lines), delimiter=delimiter, strict=True
    )
    try:
        header = [name.strip().lower() for name in next(rows)]
    except (csv.Error, StopIteration) as err:
        yield Skipped(str(path), 1, "invalid CSV", str(err))
        return
    wanted = (text_column.lower(),) if text_column else TEXT_FIELDS
    if not any(name in header for name in wanted):
        detail = f"none of {', '.join(wanted)} in header: {', '.join(header)}"
        yield Skipped(str(path), 1, "no text column", detail)
        return
    previous = rows.line_num
    while True:
        start = (
            previous + 1
        )  # a quoted field may span lines: report where the row begins
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as err:
            yield Skipped(str(path), start, "invalid CSV", str(err))
            previous = rows.line_num
            continue
        previous = rows.line_num
        if not any(field.strip() for field in row):
            continue
        if (size := sum(map(len, row))) > max_bytes:
            yield Skipped(str(path), start, "too large", f"{size} characters")
            continue
        if len(row) != len(header):
            detail = f"expected {len(header)}, got {len(row)}"
            yield Skipped(str(path), start, "wrong number of fields", detail)
            continue
        yield _record_article(
            dict(zip(header, row, strict=True)), path, start, text_column
        )


def _raise_field_limit() -> None:
    """Let a whole article fit in one CSV field (the default limit is 128 KiB)."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # a C long is 32 bits on Windows
            limit //= 2


# Whole files, read into memory (at most max_bytes).
_READERS: dict[str, Callable[[str, Path, str | None], Iterator[Record]]] = {
    ".txt": _read_text,
    ".md": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": _read_json,
}
# Record streams: read line by line, so a feed of any size takes constant memory; the
# size limit applies to each record instead of the file.
_STREAMED = {".jsonl": _read_jsonl, ".csv": _read_csv}
_HEAD_BYTES = 1 << 20


def _read_stream(
    path: Path, text_column: str | None, max_bytes: int
) -> Iterator[Record]:
    """Records of a JSONL or CSV file, decoded with the encoding its first MiB shows."""
    name = str(path)
    with path.open("rb") as f:
        head = f.read(_HEAD_BYTES)
    if not head.strip():
        yield Skipped(name, None, "empty")
        return
    encoding = stream_encoding(head)
    if encoding is None:
        yield Skipped(name, None, "binary file")
        return
    # JSONL lines end at "\n" only; CSV wants newline="" (quoted line breaks kept).
    newline = "" if path.suffix.lower() == ".csv" else "\n"
    # errors="replace": a stray byte past the first MiB costs one character, not the file
    with path.open(encoding=encoding, errors="replace", newline=newline) as f:
        yield from _STREAMED[path.suffix.lower()](f, path, text_column, max_bytes)


def stream_encoding(head: bytes) -> str | None:
    """The encoding of a file from its first bytes (as `decode` would choose), or None
    if they are not text."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if b"\x00" in head:
        return None
    whole_lines = head[: head.rfind(b"\n") + 1] or head
    sample = decode(whole_lines)
    if sample is None:
        return None
    for encoding in ("utf-8", "cp1252"):
        try:
            if whole_lines.decode(encoding) == sample:
                return encoding
        except UnicodeDecodeError:
            continue
    best = from_bytes(whole_lines).best()
    return None if best is None else best.encoding


# --- the Article ------------------------------------------------------------------


def _article(meta: dict[str, Any], text: str, *, path: str, folder: Path) -> Article:
    """An Article from its text and whatever metadata the file gave."""
    title = _text_field(_first(meta, META_FIELDS["title"])) or _title_from(text)
    outlet = _text_field(_first(meta, META_FIELDS["outlet"])) or _folder_name(folder)
    given_id = _text_field(_first(meta, META_FIELDS["id"]))
    return Article(
        id=given_id or article_id(outlet, title, text),
        title=title,
        outlet=outlet,
        published=parse_date(_first(meta, META_FIELDS["published"])),
        url=_text_field(_first(meta, META_FIELDS["url"])),
        author=_text_field(_first(meta, META_FIELDS["author"])),
        text=text,
        path=path,
        content_hash=content_hash(text),
        word_count=len(text.split()),
    )


def _first(record: dict[str, Any], names: Iterable[str]) -> Any:
    """The value of the first of `names` (any case) that is present and not empty."""
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value is not None and value != "" and value != []:
            return value
    return None


def _text_field(value: Any) -> str:
    """A metadata value as one line of text: lists joined, {"name": ...} unwrapped.

    One level deep only: YAML aliases can nest a small file into a huge tree.
    """
    if isinstance(value, list):
        return ", ".join(part for part in map(_scalar_text, value) if part)
    return _scalar_text(value)


def _scalar_text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("name")
    if value is None or isinstance(value, bool | list | dict):
        return ""
    return " ".join(str(value).split())


def _title_from(text: str) -> str:
    """The first line of the text, cut at a word so it stays under TITLE_CHARS."""
    line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    if len(line) <= TITLE_CHARS:
        return line
    cut = line[: TITLE_CHARS - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def _folder_name(path: Path) -> str:
    return Path(os.path.abspath(path)).parent.name


def article_id(outlet: str, title: str, text: str) -> str:
    """A stable id for an article that came without one."""
    joined = f"{outlet}\x1f{title}\x1f{text}"
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


_TYPOGRAPHY = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    }
)  # fmt: skip


def content_hash(text: str) -> str:
    """sha256 of the normalised text, shared by copies that differ only in typography,
    spacing or case."""
    normal = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)
    normal = " ".join(normal.split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


# --- dates ------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"),
            ("apr", "april"), ("may",), ("jun", "june"), ("jul", "july"),
            ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
            ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_MONTH_DAY_YEAR = re.compile(
    _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE
)
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(\d{4})\b",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(value: Any) -> date | None:
    """The publication date a value names, or None when it is missing or unclear."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if match := _ISO.match(text):
        return _date(*match.groups())
    if match := _COMPACT.fullmatch(text):
        return _date(*match.groups())
    if match := _MONTH_DAY_YEAR.search(text):
        month, day, year = match.groups()
        return _date(year, _MONTHS[month.lower()], day)
    if match := _DAY_MONTH_YEAR.search(text):
        day, month, year = match.groups()
        return _date(year, _MONTHS[month.lower()], day)
    if match := _NUMERIC.match(text):
        first, second, year = (int(part) for part in match.groups())
        if first > 12 or first == second:
            return _date(year, second, first)  # 25/12/2024: day first
        if second > 12:
            return _date(year, first, second)  # 12/25/2024: month first
    return None  # 03/05/2024 is 3 May or March 5: better no date than a wrong one


def _date(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
