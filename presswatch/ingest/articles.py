"""Metadata and text -> an Article: field names, title, id and content hash."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from presswatch.ingest.dates import parse_date
from presswatch.records import Article

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


def build_article(
    meta: dict[str, Any], text: str, *, path: str, folder: Path
) -> Article:
    """An Article from its text and whatever metadata the file gave."""
    title = _text_field(first_field(meta, META_FIELDS["title"])) or _title_from(text)
    outlet = _text_field(first_field(meta, META_FIELDS["outlet"])) or _folder_name(
        folder
    )
    given_id = _text_field(first_field(meta, META_FIELDS["id"]))
    return Article(
        id=given_id or article_id(outlet, title, text),
        title=title,
        outlet=outlet,
        published=parse_date(first_field(meta, META_FIELDS["published"])),
        url=_text_field(first_field(meta, META_FIELDS["url"])),
        author=_text_field(first_field(meta, META_FIELDS["author"])),
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
