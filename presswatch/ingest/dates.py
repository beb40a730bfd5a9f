"""Publication dates as written in feeds, headers and front matter."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

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
# Possessive runs of spaces: a failed match never tries every shorter run.
_MONTH_DAY_YEAR = re.compile(
    _MONTH + r"\s++(\d{1,2})(?:st|nd|rd|th)?,?\s++(\d{4})\b", re.IGNORECASE
)
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s++(?:of\s++)?" + _MONTH + r",?\s++(\d{4})\b",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
# A date is read from the start of a value: "May 3, 2024 by Lois Lane", never from
# a megabyte of text someone put in a date field.
DATE_CHARS = 100


def parse_date(value: Any) -> date | None:
    """The publication date a value names, or None when it is missing or unclear."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value[: DATE_CHARS + 20].strip()[:DATE_CHARS]
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
