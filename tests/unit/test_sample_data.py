"""The bundled sample corpus is well-formed and keeps the changes its README documents.

Read with the standard library only, so a broken reader in `presswatch` cannot hide a
broken sample file (and the reverse).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "data" / "sample"
SEED = SAMPLE_DIR / "seed" / "article.txt"
# No proper noun in it, so the marker adds no actor to the charts.
MARKER = (
    "[Invented article for the sample corpus: outlet, people and events are fictional.]"
)
FIRST_DAY, LAST_DAY = date(2026, 9, 7), date(2026, 11, 15)
TXT_HEADERS = ("Title", "Outlet", "Date", "Author")
JSONL_FIELDS = {"id", "title", "outlet", "published", "text", "author"}
# Unambiguous hedge cues, enough to see the documented jump; the real lexicon lives
# in presswatch.nlp.hedging. "could not" is a denial, not a hedge.
HEDGE_CUES = re.compile(
    r"\b(?:reportedly|allegedly|may|might|could(?! not)|likely|possibly|possible|"
    r"apparently|appear\w*|seem\w*|suggest\w*|unconfirmed|it is believed)\b"
)


@dataclass(frozen=True)
class SampleArticle:
    where: str
    title: str
    outlet: str
    published: date
    author: str
    body: str

    @property
    def week(self) -> str:
        year, week, _ = self.published.isocalendar()
        return f"{year}-W{week:02d}"


def txt_article(path: Path) -> SampleArticle:
    """A .txt sample file: `Key: value` header lines, a blank line, the body."""
    head, sep, body = path.read_text(encoding="utf-8").partition("\n\n")
    assert sep, f"{path}: no blank line after the header"
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    missing = [k for k in TXT_HEADERS if not fields.get(k, "").strip()]
    assert not missing, f"{path}: missing header fields {missing}"
    url = fields.get("URL")
    assert url is None or url.startswith("https://example.org/"), url
    return SampleArticle(
        str(path.relative_to(SAMPLE_DIR)),
        fields["Title"],
        fields["Outlet"],
        date.fromisoformat(fields["Date"]),
        fields["Author"],
        body,
    )


def jsonl_articles(path: Path) -> list[SampleArticle]:
    """One article per JSON line of a wire feed."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        assert set(record) == JSONL_FIELDS, f"{path}:{n}"
        out.append(
            SampleArticle(
                f"{path.name}:{n}",
                record["title"],
                record["outlet"],
                datetime.fromisoformat(record["published"]).date(),
                record["author"],
                record["text"],
            )
        )
    return out


class _PageReader(HTMLParser):
    """Collects the <title>, the <meta> tags and the paragraphs inside <article>."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.title = ""
        self.paragraphs: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and (key := a.get("name") or a.get("property")):
            self.meta[key] = a.get("content") or ""
        if tag in ("title", "article", "p"):
            self._in.append(tag)
            if tag == "p" and "article" in self._in:
                self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in[-1:] == ["title"]:
            self.title += data
        elif self._in[-1:] == ["p"] and "article" in self._in:
            self.paragraphs[-1] += data


def html_article(path: Path) -> SampleArticle:
    page = _PageReader()
    page.feed(path.read_text(encoding="utf-8"))
    for key in ("author", "og:site_name", "article:published_time"):
        assert page.meta.get(key), f"{path}: no <meta> {key}"
    assert page.title.strip() and page.paragraphs, path
    return SampleArticle(
        str(path.relative_to(SAMPLE_DIR)),
        page.title,
        page.meta["og:site_name"],
        datetime.fromisoformat(page.meta["article:published_time"]).date(),
        page.meta["author"],
        "\n\n".join(p.strip() for p in page.paragraphs),
    )


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLE_DIR.rglob("*") if p.is_file())


def file_articles(path: Path) -> list[SampleArticle]:
    """The articles in one sample file, by its format."""
    if path.suffix == ".jsonl":
        return jsonl_articles(path)
    if path.suffix == ".html":
        return [html_article(path)]
    return [txt_article(path)]


def all_articles() -> list[SampleArticle]:
    """Every article that reads cleanly; `test_file_is_well_formed` reports the rest."""
    out: list[SampleArticle] = []
    for path in sample_files():
        try:
            out.extend(file_articles(path))
        except (AssertionError, KeyError, ValueError):
            continue
    return out


ARTICLES = all_articles()
INVENTED = [a for a in ARTICLES if a.where != "seed/article.txt"]


@pytest.mark.parametrize(
    "path", sample_files(), ids=lambda p: str(p.relative_to(SAMPLE_DIR))
)
def test_file_is_well_formed(path: Path) -> None:
    assert file_articles(path)


def test_only_known_formats() -> None:
    assert {p.suffix for p in sample_files()} == {".txt", ".jsonl", ".html"}


@pytest.mark.parametrize(
    ("check", "minimum"),
    [
        ("files", 41),
        ("articles", 45),
        ("outlets", 5),
        ("weeks", 8),
        ("jsonl records", 3),
        ("html pages", 1),
    ],
)
def test_corpus_size(check: str, minimum: int) -> None:
    measured = {
        "files": len(sample_files()),
        "articles": len(ARTICLES),
        "outlets": len({a.outlet for a in INVENTED}),
        "weeks": len({a.week for a in ARTICLES}),
        "jsonl records": sum(".jsonl:" in a.where for a in ARTICLES),
        "html pages": sum(a.where.endswith(".html") for a in ARTICLES),
    }
    assert measured[check] >= minimum


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.where)
def test_dates_inside_sample_range(article: SampleArticle) -> None:
    assert FIRST_DAY <= article.published <= LAST_DAY


@pytest.mark.parametrize("article", INVENTED, ids=lambda a: a.where)
def test_invented_articles_are_marked_and_short(article: SampleArticle) -> None:
    assert article.body.rstrip().endswith(MARKER)
    assert 120 <= len(article.body.split()) <= 300


@pytest.mark.parametrize("article", INVENTED, ids=lambda a: a.where)
def test_urls_and_outlets_are_fictional(article: SampleArticle) -> None:
    assert article.outlet in {
        "The Harbour Times",
        "Northern Ledger",
        "Daily Meridian",
        "Capital Wire",
        "Baltic Dispatch",
    }
    assert "http" not in article.body


def test_seed_keeps_its_hard_line_break() -> None:
    seed = txt_article(SEED)
    assert "former U.S.\nPresident Donald Trump" in seed.body
    assert seed.body.startswith("The United States, the United Kingdom")
    assert MARKER not in seed.body


def test_every_outlet_appears_in_most_weeks() -> None:
    weeks = {a.week for a in ARTICLES}
    per_outlet = Counter(outlet for outlet, _ in {(a.outlet, a.week) for a in INVENTED})
    assert all(n > len(weeks) / 2 for n in per_outlet.values()), per_outlet


def _in_week(week: str) -> list[SampleArticle]:
    return [a for a in ARTICLES if a.week == week]


def _before(week: str) -> list[SampleArticle]:
    return [a for a in ARTICLES if a.week < week]


@pytest.mark.parametrize(
    ("name", "min_mentions", "min_articles"),
    [
        ("Moldova", 10, 3),  # known change 2: an actor that rises
        # known change 3: a new source, named in two articles only so that it is
        # not also a rising actor (see data/README.md)
        ("Danube Monitoring Group", 2, 2),
    ],
)
def test_week_46_newcomers_are_absent_before(
    name: str, min_mentions: int, min_articles: int
) -> None:
    assert not [a.where for a in _before("2026-W46") if name in a.body]
    week = [a for a in _in_week("2026-W46") if name in a.body]
    assert sum(a.body.count(name) for a in week) >= min_mentions
    assert len(week) >= min_articles


def test_week_46_new_source_is_cited() -> None:
    cited = re.compile(
        r"according to the Danube Monitoring Group|citing the Danube Monitoring Group"
        r"|the Danube Monitoring Group said"
    )
    cites = sum(
        len(cited.findall(a.body.replace("The Danube", "the Danube")))
        for a in _in_week("2026-W46")
    )
    assert cites >= 2


def _cues_per_article(outlet: str, week: str) -> float:
    articles = [a for a in _in_week(week) if a.outlet == outlet]
    assert articles, (outlet, week)
    return sum(len(HEDGE_CUES.findall(a.body)) for a in articles) / len(articles)


@pytest.mark.parametrize(
    ("outlet", "low", "high"),
    [
        ("Northern Ledger", 0.0, 4.0),  # baseline of known change 1
        ("The Harbour Times", 0.0, 2.0),
        ("Capital Wire", 0.0, 3.0),
        ("Baltic Dispatch", 0.0, 3.0),
        ("Daily Meridian", 5.0, 12.0),
    ],
)
def test_hedging_before_week_46_is_stable(outlet: str, low: float, high: float) -> None:
    for week in ("2026-W43", "2026-W45"):
        assert low <= _cues_per_article(outlet, week) <= high


def test_northern_ledger_hedges_far_more_in_week_46() -> None:
    before = _cues_per_article("Northern Ledger", "2026-W45")
    after = _cues_per_article("Northern Ledger", "2026-W46")
    assert after >= 8 and after >= 4 * before
