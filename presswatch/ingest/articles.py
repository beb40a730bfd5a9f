"""Metadata and text -> an Article: field names, title, id and content hash."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from presswatch.ingest.dates import parse_date
from presswatch.markup import contain_bidi
from presswatch.nlp import rules
from presswatch.records import Article

TITLE_CHARS = 120
# The longest metadata a record keeps, in characters: a longer title, outlet, author
# or id is cut (an id gets a hash of the whole, so two long ids stay distinct); a
# longer URL is dropped, as a cut one would lead nowhere. (Dates: see DATE_CHARS.)
META_CHARS = {"title": 300, "outlet": 300, "author": 300, "id": 200, "url": 2000}
# Text a string may not hold: NUL (a JSON "\u0000") and lone surrogates (a JSON
# "\ud800"), which no UTF-8 file or database can store. Each becomes U+FFFD, so the
# text keeps its length and every offset.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")

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


def build_article(
    meta: dict[str, Any], text: str, *, path: str, folder: Path
) -> Article:
    """An Article from its text and whatever metadata the file gave."""
    text = storable(text)
    field = {name: _meta_text(meta, name) for name in META_CHARS}
    # A right-to-left override left open in a title, outlet or author would reverse
    # whatever the app writes after it on the same line (a caption naming outlets):
    # one that the field does not close is dropped (the text, with its offsets, stays).
    for name in ("title", "outlet", "author"):
        field[name] = contain_bidi(field[name], drop_unclosed=True)
    title = field["title"] or contain_bidi(_title_from(text), drop_unclosed=True)
    outlet = field["outlet"] or contain_bidi(
        storable(_folder_name(folder))[: META_CHARS["outlet"]], drop_unclosed=True
    )
    return Article(
        id=field["id"] or article_id(outlet, title, text),
        title=title,
        outlet=rules.outlet_name(outlet),  # the media list's name ("nyt" -> NYT's)
        published=parse_date(first_field(meta, META_FIELDS["published"])),
        url=field["url"],
        author=field["author"],
        text=text,
        path=path,
        content_hash=content_hash(text),
        word_count=len(text.split()),
    )


def first_field(record: dict[str, Any], names: Iterable[str]) -> Any:
    """The value of the first of `names` (any case) that is present and not empty."""
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value is not None and value != "" and value != []:
            return value
    return None


def storable(text: str) -> str:
    """`text` with NUL and lone surrogates replaced, same length."""
    return _UNSTORABLE.sub("\ufffd", text)


def _meta_text(meta: dict[str, Any], name: str) -> str:
    """A metadata field as storable text within its cap (META_CHARS)."""
    text = storable(_text_field(first_field(meta, META_FIELDS[name])))
    limit = META_CHARS[name]
    if len(text) <= limit:
        return text
    if name == "url":
        return ""
    if name == "id":
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        return text[: limit - 17] + "~" + digest
    return _cut(text, limit)


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
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""  # None, a nested list or mapping, bytes, a date object
    return " ".join(str(value).split())


def _title_from(text: str) -> str:
    """The first line of the text, cut at a word so it stays under TITLE_CHARS."""
    line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    return _cut(line, TITLE_CHARS)


def _cut(line: str, limit: int) -> str:
    """`line`, or its start cut at a word with "…" so it stays within `limit`."""
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
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


def folded(text: str) -> str:
    """The text after NFKC, typographic quotes and dashes made plain, and case folding:
    what `content_hash` and the copies' shingles compare."""
    return unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY).casefold()


def content_hash(text: str) -> str:
    """sha256 of the normalised text, shared by copies that differ only in typography,
    spacing or case."""
    normal = " ".join(folded(text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()
