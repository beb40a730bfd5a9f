"""The readers of each file format: text -> Article and Skipped records."""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from presswatch.ingest.articles import (
    META_FIELDS,
    TEXT_FIELDS,
    build_article,
    first_field,
)
from presswatch.ingest.counting import open_counted
from presswatch.ingest.decoding import stream_encoding
from presswatch.ingest.skipped import Record, Skipped

MAX_BYTES = 20_000_000
# Front matter is a few lines of metadata; more than this is not front matter.
FRONT_MATTER_CHARS = 64 * 1024
_FLOW_DEPTH = 20  # nested [ ] and { } in front matter; metadata needs two or three

# --- plain text and Markdown ------------------------------------------------------

_HEADER_KEYS = sorted((a for names in META_FIELDS.values() for a in names), key=len)
# "Title: ...", "Source: ..." lines at the top; longest key first so "published_at"
# is not read as "published".
_HEADER_LINE = re.compile(
    r"(" + "|".join(reversed(_HEADER_KEYS)) + r")[ \t]*+:[ \t]*+(.*)", re.IGNORECASE
)
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*+\n)++")


class _FrontMatterLoader(yaml.SafeLoader):
    """safe_load of plain YAML only: scalars, lists and mappings, dates left as text.

    No aliases: `*name` repeats a whole subtree, so a few hundred bytes of nested
    aliases expand into millions of values. No tags beyond the plain ones (`!!omap`,
    `!!set`, `!!binary`, ...): metadata never needs them. "2024-02-30" gives no date,
    not an error.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed", mark
            )
        return super().compose_node(parent, index)

    def fetch_flow_collection_start(self, TokenClass: Any) -> None:
        # PyYAML's scanner does work in proportion to the open "[" and "{" for every
        # token, so deep nesting costs the square of its depth before any error.
        if self.flow_level >= _FLOW_DEPTH:
            raise yaml.scanner.ScannerError(
                None, None, "nested too deeply", self.get_mark()
            )
        super().fetch_flow_collection_start(TokenClass)


_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("null", "bool", "int", "float", "str", "seq", "map")
}
_FrontMatterLoader.yaml_constructors = {
    tag: construct
    for tag, construct in yaml.SafeLoader.yaml_constructors.items()
    if tag in _PLAIN_TAGS or tag is None  # None: the error for any other tag
}
_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag in _PLAIN_TAGS]
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
        front = "\n".join(lines[1:end])
        if len(front) > FRONT_MATTER_CHARS:
            detail = f"{len(front)} characters > {FRONT_MATTER_CHARS}"
            yield Skipped(str(path), 1, "invalid front matter", detail)
            return
        try:
            # a SafeLoader subclass: as safe as yaml.safe_load, and stricter
            meta = yaml.load(front, Loader=_FrontMatterLoader)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problem = getattr(err, "problem", None) or type(err).__name__
            yield Skipped(str(path), line, "invalid front matter", problem)
            return
        except RecursionError:
            yield Skipped(str(path), 1, "invalid front matter", "nested too deeply")
            return
        except ValueError as err:  # an integer of thousands of digits
            yield Skipped(str(path), 1, "invalid front matter", str(err)[:200])
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
    yield build_article(meta, body, path=str(path), folder=path)


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
    yield build_article(meta, body, path=str(path), folder=path)


# --- JSON and JSON Lines ----------------------------------------------------------


def _read_jsonl(
    lines: Iterable[str],
    path: Path,
    text_column: str | None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Record]:
    # Lines end at "\n" only (see read_stream): str.splitlines() would also split on
    # U+2028, which JSON allows unescaped inside strings.
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield Skipped(str(path), number, "too large", f"{len(line)} characters")
            continue
        try:
            # A byte-order mark inside the feed: files that each began with one, joined
            # by `cat` (json.loads refuses it: "Unexpected UTF-8 BOM").
            value = json.loads(line.lstrip("\ufeff"))
        except json.JSONDecodeError as err:
            yield Skipped(str(path), number, "invalid JSON", err.msg)
            continue
        except (ValueError, RecursionError) as err:
            yield Skipped(str(path), number, "invalid JSON", _json_problem(err))
            continue
        yield _record(value, path, number, text_column)


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
        yield _record(value, path, number, text_column)


def _json_items(text: str) -> Iterator[tuple[int | None, Any]]:
    """(line, value) for each element of a top-level JSON list, or (None, the value).

    Decodes element by element so each record knows its line, and the records before
    a syntax error (a truncated download) still come through.
    """
    decoder = json.JSONDecoder()
    line, counted = 1, 0  # line of position `counted`, so counting stays linear
    i = _skip_space(text, 0)
    if not text.startswith("[", i):
        value, end = _decoded(decoder, text, i)
        if _skip_space(text, end) != len(text):
            raise json.JSONDecodeError("Extra data", text, _skip_space(text, end))
        yield None, value
        return
    i = _skip_space(text, i + 1)
    if text.startswith("]", i):
        i += 1
    else:
        while True:
            value, end = _decoded(decoder, text, i)
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


def _decoded(decoder: json.JSONDecoder, text: str, i: int) -> tuple[Any, int]:
    """The JSON value at `i` and where it ends; every failure a JSONDecodeError."""
    try:
        value, end = decoder.raw_decode(text, i)
    except json.JSONDecodeError:
        raise
    except (ValueError, RecursionError) as err:  # too deep, or a 5,000-digit integer
        raise json.JSONDecodeError(_json_problem(err), text, i) from err
    return value, end


def _json_problem(err: Exception) -> str:
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return str(err).split(";")[0][:200]


_SPACE = re.compile(r"[ \t\r\n]*+")


def _skip_space(text: str, i: int) -> int:
    return _SPACE.match(text, i).end()  # type: ignore[union-attr]  # always matches


def _record(
    value: Any, path: Path, line: int | None, text_column: str | None
) -> Record:
    """The article a JSON or CSV record holds, or why not: never an exception, so one
    odd record (a list for a title, a lone surrogate) cannot end its file."""
    try:
        return _record_article(value, path, line, text_column)
    except Exception as err:  # noqa: BLE001 - the record boundary
        detail = f"{type(err).__name__}: {err}"[:200]
        return Skipped(str(path), line, "invalid record", detail)


def _record_article(
    value: Any, path: Path, line: int | None, text_column: str | None
) -> Record:
    if not isinstance(value, dict):
        return Skipped(str(path), line, "not a JSON object", type(value).__name__)
    where = str(path) if line is None else f"{path}:{line}"
    fields = (text_column,) if text_column else TEXT_FIELDS
    body = first_field(value, fields)
    if not isinstance(body, str) or not body.strip():
        detail = (
            f"no {' / '.join(fields)} field"
            if body is None
            else "empty or not a string"
        )
        return Skipped(str(path), line, "no text", detail)
    return build_article(value, body, path=where, folder=path)


# --- CSV --------------------------------------------------------------------------


def _read_csv(
    lines: Iterable[str],
    path: Path,
    text_column: str | None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Record]:
    _set_field_limit(max_bytes)
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
            reason = "too large" if "field limit" in str(err) else "invalid CSV"
            yield Skipped(str(path), start, reason, str(err))
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
        yield _record(dict(zip(header, row, strict=True)), path, start, text_column)


def _set_field_limit(max_bytes: int) -> None:
    """Let a whole article fit in one CSV field (the default limit is 128 KiB), and no
    more: a longer field (an unclosed quote in a huge file) is a skipped row."""
    csv.field_size_limit(min(max(max_bytes, 1 << 17), 2**31 - 1))  # a C long


# Whole files, read into memory (at most max_bytes).
READERS: dict[str, Callable[[str, Path, str | None], Iterator[Record]]] = {
    ".txt": _read_text,
    ".md": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": _read_json,
}
# Record streams: read line by line, so a feed of any size takes constant memory; the
# size limit applies to each record instead of the file.
STREAMED = {".jsonl": _read_jsonl, ".csv": _read_csv}
_HEAD_BYTES = 1 << 20


def read_stream(
    path: Path,
    text_column: str | None,
    max_bytes: int,
    on_bytes: Callable[[int], None] | None = None,
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
    with open_counted(path, encoding, newline, on_bytes) as f:
        yield from STREAMED[path.suffix.lower()](f, path, text_column, max_bytes)
