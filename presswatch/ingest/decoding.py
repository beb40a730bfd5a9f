"""Bytes -> text: which encoding a file is in, and whether it is text at all."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

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


def stream_encoding(head: bytes) -> str | None:
    """The encoding of a file from its first bytes (as `decode` would choose), or None
    if they are not text."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    # UTF-16 without a BOM is half NUL bytes; a feed with one NUL in a record (a
    # scraper's stray byte) is still text, and that record's problem alone.
    if head.count(b"\x00") > len(head) // 100:
        return None
    whole_lines = (head[: head.rfind(b"\n") + 1] or head).replace(b"\x00", b"")
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
